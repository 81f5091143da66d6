"""The `polemos` command: a thin click face on the library (it only parses and calls).

No Python traceback reaches the user: an error polemos did not foresee is shown as one line
(``-vv`` shows the traceback), log records carry no traceback below ``-vv``, and the chatty
third-party loggers (trafilatura, htmldate, ...) only speak with ``-v``.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

# Sub-command modules, each defining click commands registered on ``main`` below.
_SUBMODULES = ("extract", "gazetteer", "evaluate", "store", "batch", "serve")
# Libraries whose warnings repeat what polemos already says in its own one-line message.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability",
                  "charset_normalizer")


class _OneLineFormatter(logging.Formatter):
    """Log records as one line each: the exception's type and message, not its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        exc = record.exc_info[1] if record.exc_info else None
        record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        line = " ".join(super().format(record).split())
        if exc is not None:
            line += f" ({type(exc).__name__}: {one_line(exc)}; -vv shows the traceback)"
        return line


def one_line(exc: BaseException | str) -> str:
    """A message on one line, without SQLAlchemy's "(Background on this error at ...)"."""
    text = str(exc).split("(Background on this error at:")[0]
    return " ".join(text.split()) or (type(exc).__name__ if isinstance(exc, BaseException) else "")


def describe(exc: BaseException) -> str:
    """One line saying what went wrong and where, for an exception polemos did not wrap."""
    if isinstance(exc, UnicodeDecodeError):
        byte = exc.object[exc.start] if exc.start < len(exc.object) else 0
        return f"not UTF-8 text (byte 0x{byte:02x} at offset {exc.start})"
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or one_line(exc)}"
    return f"{type(exc).__name__}: {one_line(exc)}"


class _Group(click.Group):
    """The top-level group: an unforeseen error becomes one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit,
                KeyboardInterrupt, EOFError):
            raise
        except Exception as exc:
            if (ctx.params.get("verbose") or 0) >= 2:
                raise
            click.echo(f"polemos: {describe(exc)} (-vv shows the traceback)", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polemos")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """polemos: news articles in many languages to ACLED-style event records."""
    level = logging.WARNING - 10 * verbose
    handler = logging.StreamHandler(sys.stderr)
    fmt = "%(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt) if verbose >= 2 else _OneLineFormatter(fmt))
    logging.basicConfig(level=level, handlers=[handler])  # a no-op under a test runner
    if not verbose:
        for name in _QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)


for _name in _SUBMODULES:
    try:
        _mod = importlib.import_module(f"polemos.cli.{_name}")
    except ModuleNotFoundError as exc:  # a sub-command module not written yet
        if exc.name != f"polemos.cli.{_name}":
            raise
        continue
    for _cmd in getattr(_mod, "COMMANDS", ()):
        main.add_command(_cmd)
