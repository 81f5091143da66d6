"""The `polemos` command: a thin click face on the library (it only parses and calls)."""

from __future__ import annotations

import importlib
import logging
import sys

import click

# Sub-command modules, each defining click commands registered on ``main`` below.
_SUBMODULES = ("extract", "gazetteer", "evaluate", "store", "batch", "serve")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polemos")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """polemos: news articles in many languages to ACLED-style event records."""
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


for _name in _SUBMODULES:
    try:
        _mod = importlib.import_module(f"polemos.cli.{_name}")
    except ModuleNotFoundError as exc:  # a sub-command module not written yet
        if exc.name != f"polemos.cli.{_name}":
            raise
        continue
    for _cmd in getattr(_mod, "COMMANDS", ()):
        main.add_command(_cmd)
