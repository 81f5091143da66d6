"""Shared fixtures: the examples, the shared data directory, a temporary polemos home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polemos.datasets import shared_data_dir

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


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
