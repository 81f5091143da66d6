"""Shared fixtures: the examples, the shared data directory, a temporary polemos home."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from polemos.datasets import shared_data_dir

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# The tests never read the developer's own settings file (polemos.config).
os.environ["POLEMOS_CONFIG"] = str(ROOT / "tests" / "no-such-config.toml")


@pytest.fixture(scope="session")
def examples() -> dict[str, dict]:
    """The example articles of examples/articles.jsonl, by id."""
    rows = [json.loads(line) for line in (EXAMPLES / "articles.jsonl").open(encoding="utf-8")]
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip the test when it is absent."""
    root = shared_data_dir()
    if root is None:
        pytest.skip("shared/data not found (set POLEMOS_DATA)")
    return root


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A real PostgreSQL server for the session: $POLEMOS_TEST_PG_URL if set, else one started
    from Debian's postgresql package by scripts/start-postgres.sh and stopped at the end.
    Skips where PostgreSQL is not installed, except under CI, where that is a failure."""
    url = os.environ.get("POLEMOS_TEST_PG_URL")
    if url:
        yield url
        return
    script = ROOT / "scripts" / "start-postgres.sh"
    proc = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        msg = f"PostgreSQL could not be started: {proc.stderr.strip()[-300:]}"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    env = dict(line.removeprefix("export ").split("=", 1)
               for line in proc.stdout.splitlines() if line.startswith("export "))
    try:
        yield env["POLEMOS_TEST_PG_URL"]
    finally:
        data = env.get("PGDATA_DIR")
        bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        cmd = f"'{bindir}/pg_ctl' -D '{data}' -m immediate stop"
        if os.geteuid() == 0:
            subprocess.run(["su", "-s", "/bin/sh", "postgres", "-c", cmd], capture_output=True)
        else:
            subprocess.run(["sh", "-c", cmd], capture_output=True)
        shutil.rmtree(Path(data).parent, ignore_errors=True)
