"""The command line: extract, classify, train, bad input; run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POLEMOS = [sys.executable, "-m", "polemos"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*POLEMOS, *args], input=stdin, capture_output=True, text=True,
                          timeout=600, cwd=ROOT)


def test_extract_examples_jsonl_one_process() -> None:
    r = run("extract", "examples/", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert len({e["document_id"] for e in events}) >= 6
    langs = {e["language"] for e in events}
    assert {"en", "fr", "es", "ar", "ru", "uk"} <= langs
    for e in events:
        for key in ("event_date", "sub_event_type", "actor1", "latitude", "evidence",
                    "document_id", "confidence", "geo_precision", "claimed"):
            assert key in e


def test_bad_files_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    good = tmp_path / "good.txt"
    good.write_text("Soldiers clashed with JNIM fighters near Mopti, Mali, on Monday, "
                    "killing four militants, the army said.", encoding="utf-8")
    r = run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(good),
            str(tmp_path / "missing.txt"), "--published", "2024-03-06", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("polemos:")]
    assert any("empty.txt" in ln for ln in lines)
    assert any("binary.txt" in ln for ln in lines)
    assert any("missing.txt" in ln for ln in lines)
    assert r.stdout.strip(), "the good file still gives events"


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    r = run("extract", str(tmp_path / "empty.txt"), "--format", "jsonl")
    assert r.returncode != 0
    assert "empty.txt" in r.stderr


def test_formats(tmp_path: Path) -> None:
    for fmt in ("csv", "acled", "geojson", "json"):
        out = tmp_path / f"e.{fmt}"
        r = run("extract", "examples/articles.jsonl", "--format", fmt, "-o", str(out))
        assert r.returncode == 0, r.stderr
        body = out.read_text(encoding="utf-8")
        if fmt == "geojson":
            fc = json.loads(body)
            assert fc["type"] == "FeatureCollection" and fc["features"]
        elif fmt == "json":
            assert isinstance(json.loads(body), list)
        elif fmt == "acled":
            from polemos.taxonomy import ACLED_COLUMNS

            assert body.splitlines()[0].split(",") == list(ACLED_COLUMNS)


def test_classify_snippets() -> None:
    stdin = "\n".join(json.dumps(x) for x in [
        {"id": "1", "text": "Police fired tear gas at thousands of protesters in Dakar."},
        {"id": "2", "text": "The central bank kept interest rates unchanged on Thursday."},
        "not json",
    ])
    r = run("classify", stdin=stdin)
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["1", "2"]
    assert out[0]["event_type"] == "Protests"
    assert out[1]["sub_event_type"] == "none"
    assert ":3:" in r.stderr


@pytest.mark.slow
def test_train_writes_a_usable_model(tmp_path: Path) -> None:
    rows = ["event_date,sub_event_type,notes"]
    protest = ["Hundreds of traders marched peacefully in {} against new taxes.",
               "Students held a peaceful sit-in in {} to demand lower fees."]
    clash = ["Soldiers clashed with rebels near {}, leaving several dead.",
             "Army troops fought militants in {} for two hours."]
    towns = ["Kisumu", "Mopti", "Gao", "Nakuru", "Djibo", "Dori", "Eldoret", "Segou"]
    for i, t in enumerate(towns):
        for tpl in protest:
            rows.append(f'{i + 1}-Jan-21,Peaceful protest,"{tpl.format(t)}"')
        for tpl in clash:
            rows.append(f'{i + 1}-Jan-21,Armed clash,"{tpl.format(t)}"')
    data = tmp_path / "mine.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    model = tmp_path / "model"
    r = run("train", str(data), "--model", str(model), "--no-negatives")
    assert r.returncode == 0, r.stderr
    r = run("classify", "--model", str(model),
            stdin=json.dumps({"id": "x", "text": "Teachers marched peacefully in Kitui."}))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("cmd", [["extract", "examples/articles.jsonl"],
                                 ["ingest", "examples/articles.jsonl"],
                                 ["batch", "examples/articles.jsonl", "--out", "unused"]])
def test_llm_backend_without_url_is_refused_before_reading(cmd: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "POLEMOS_DB": str(tmp_path / "x.db")}
    r = subprocess.run([*POLEMOS, *cmd, "--backend", "llm"], capture_output=True, text=True,
                       timeout=300, cwd=ROOT, env=env)
    assert r.returncode == 2, r.stderr
    assert "--llm-url" in r.stderr
    assert not (ROOT / "unused").exists()


def test_train_without_files_needs_shared_data(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """With no CSV, `polemos train` rebuilds the default model from shared/data; where that is
    absent it says so on one line and writes nothing."""
    from click.testing import CliRunner

    from polemos.cli import main

    monkeypatch.setattr("polemos.datasets.shared_data_dir", lambda: None)
    model = tmp_path / "model"
    res = CliRunner().invoke(main, ["train", "--model", str(model)])
    assert res.exit_code == 2
    assert "shared/data not found" in res.output
    assert not model.exists()


def test_extract_min_confidence_leaves_out_unsure_events() -> None:
    text = "Gunmen killed three people."  # no day, no place: a weak event
    res = run("extract", "-", "--format", "jsonl", stdin=text)
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert events and all(e["confidence"] < 0.5 for e in events)
    res = run("extract", "-", "--format", "jsonl", "--min-confidence", "0.5", stdin=text)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == ""
    res = run("extract", "-", "--min-confidence", "2", stdin=text)
    assert res.returncode == 2 and "min-confidence" in res.stderr


def test_extract_min_confidence_zero_keeps_what_the_default_floor_drops() -> None:
    text = "Unidentified men with machetes destroyed a campaign poster."  # weak, no day, no place
    res = run("extract", "-", "--format", "jsonl", stdin=text)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == ""  # under the pipeline's floor of 0.45
    res = run("extract", "-", "--format", "jsonl", "--min-confidence", "0", stdin=text)
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert events and all(e["confidence"] < 0.45 for e in events)
