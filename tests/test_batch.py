"""polemos batch: deterministic partitions, per-document failures, atomic resumable output,
a crashed worker's partition retried, and the same events as Pipeline.extract, on a real
dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

import functools
import gzip
import json
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
import cloudpickle  # noqa: E402  (installed with distributed)
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from polemos.batch import (  # noqa: E402
    PipelineSpec,
    event_parquet_bytes,
    input_files,
    plan_partitions,
    read_events,
    read_partition,
    read_status,
    run_batch,
    run_partition,
)
from polemos.errors import ConfigError, InputError  # noqa: E402
from polemos.schema import Document, Event  # noqa: E402

# The stub pipelines below travel to the worker processes by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

WIRE = [
    "Gunmen killed two villagers in Djibo on Sunday, local officials said.",
    "Police fired tear gas at hundreds of protesters in Dakar on Friday.",
    "The central bank left its main interest rate unchanged on Thursday.",
    "Militants killed a soldier near Mopti at dawn, the army said.",
    "Des manifestants ont bloqué une route à Bamako mardi.",
    "Unknown attackers killed three farmers in Kaya, witnesses told reporters.",
    "The ministry published its annual budget report on Monday.",
]


def _rows(n: int) -> list[dict]:
    """n wire-style documents (the sentences above, numbered so each id differs)."""
    return [{"id": f"d{i:03d}", "text": f"{WIRE[i % len(WIRE)]} (Report {i}.)",
             "published": f"2024-03-{1 + i % 28:02d}", "url": f"https://news.example/{i}",
             "lang": "fr" if "Des " in WIRE[i % len(WIRE)] else "en"} for i in range(n)]


def _write_jsonl(path: Path, rows: list[dict | str], gz: bool = False) -> Path:
    lines = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


class StubPipeline:
    """A fast stand-in for Pipeline: one Attack per 'killed'; raises or crashes on cue."""

    def __init__(self, crash_flag: str | None = None) -> None:
        self.crash_flag = crash_flag

    def extract(self, doc: Document) -> list[Event]:
        if "EXPLODE" in doc.text:
            raise RuntimeError("stub exploded")
        if "CRASH" in doc.text and self.crash_flag and not os.path.exists(self.crash_flag):
            Path(self.crash_flag).touch()
            os._exit(1)  # the worker process dies mid-partition, once
        start = doc.text.find("killed")
        if start < 0:
            return []
        return [Event(event_id=f"{doc.id}-0", event_date=doc.published,
                      event_type="Violence against civilians", sub_event_type="Attack",
                      notes=doc.text, document_id=doc.id, source_url=doc.url,
                      published=doc.published, language=doc.language, confidence=0.583,
                      sources=[doc.url or doc.id])]


def stub_extract(doc: Document) -> list[Event]:
    """The stub as a plain function, for --extractor (workers import this module by name)."""
    return StubPipeline().extract(doc)


STUB = PipelineSpec(factory=StubPipeline)


@pytest.fixture(scope="module")
def pipeline():
    """The real default pipeline in this process, or skip while its models are missing."""
    try:
        from polemos.pipeline import Pipeline

        return Pipeline()
    except Exception as exc:  # the stages or the shipped model are still being finished
        pytest.skip(f"the real pipeline is not available ({type(exc).__name__}: {exc})")


@pytest.fixture(scope="module")
def client():
    """A real LocalCluster: two worker processes, one thread each."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=40)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def _parts_bytes(out: Path) -> dict[str, bytes]:
    return {f"{sub}/{p.name}": p.read_bytes()
            for sub in ("events", "status") for p in sorted((out / sub).glob("part-*"))}


# -- planning and reading (no cluster) ------------------------------------------------------
def test_partitions_are_deterministic_and_cover_every_row(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    _write_jsonl(d / "b.jsonl", _rows(7))
    _write_jsonl(d / "a.jsonl.gz", _rows(5), gz=True)
    pq.write_table(pa.Table.from_pylist(_rows(9)), d / "c.parquet", row_group_size=2)
    (d / "notes.txt").write_text("not an input")
    files = input_files([d])
    assert [f.name for f in files] == ["a.jsonl.gz", "b.jsonl", "c.parquet"]
    parts, described = plan_partitions(files, 3)
    again, _ = plan_partitions(input_files([d]), 3)
    assert parts == again
    assert [p.count for p in parts] == [3, 2, 3, 3, 1, 3, 3, 3]
    assert [x["rows"] for x in described] == [5, 7, 9]
    ids = [doc.id for p in parts for _, doc in read_partition(p)]
    assert ids == [r["id"] for r in _rows(5) + _rows(7) + _rows(9)]


def test_rows_become_the_documents_extract_reads(tmp_path: Path) -> None:
    from polemos.ingest import read_source

    rows: list[dict | str] = [*_rows(4), {"id": "x", "text": "  "}, "{not json",
                              {"text": "Protesters marched in Kyiv.", "language": "uk-UA",
                               "date": "12/03/2024"}]
    path = _write_jsonl(tmp_path / "in.jsonl", rows)
    parts, _ = plan_partitions([path], 3)
    ours = [doc for p in parts for _, doc in read_partition(p)]
    theirs = list(read_source(str(path)))
    assert len(ours) == len(theirs) == 7
    for a, b in zip(ours, theirs, strict=True):
        assert isinstance(a, InputError) == isinstance(b, InputError)
        if isinstance(a, Document):
            assert a.model_dump(exclude={"source"}) == b.model_dump(exclude={"source"})


def test_bad_inputs_are_refused_with_where(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(InputError, match="a.txt"):
        input_files([tmp_path / "a.txt"])
    with pytest.raises(InputError, match="no such file"):
        input_files([tmp_path / "missing.jsonl"])
    with pytest.raises(ConfigError):
        plan_partitions([_write_jsonl(tmp_path / "a.jsonl", _rows(1))], 0)


def test_a_failing_document_fails_alone(tmp_path: Path) -> None:
    rows = _rows(5)
    rows[2]["text"] = "EXPLODE " + rows[2]["text"]
    rows.insert(4, {"id": "empty", "text": ""})
    parts, _ = plan_partitions([_write_jsonl(tmp_path / "in.jsonl", rows)], 100)
    counts = run_partition(parts[0], str(tmp_path / "out"), STUB)
    assert counts == {"partition": 0, "documents": 6, "events": 2, "ok": 4, "skipped": 1,
                      "failed": 1}
    status = list(read_status(tmp_path / "out"))
    by_id = {s["document_id"]: s for s in status}
    assert by_id["d002"]["status"] == "failed" and "stub exploded" in by_id["d002"]["reason"]
    assert [s["status"] for s in status].count("ok") == 4
    assert sum(s["n_events"] for s in status) == len(list(read_events(tmp_path / "out")))
    leftovers = [p for p in (tmp_path / "out").rglob("*") if p.name.startswith(".")]
    assert leftovers == []


# -- on the cluster -------------------------------------------------------------------------
def test_resume_recomputes_only_the_missing_partition(tmp_path: Path, client) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", _rows(20))
    out = tmp_path / "out"
    first = run_batch([src], out, client=client, partition_size=4, spec=STUB)
    assert (first.partitions, first.computed, first.documents) == (5, 5, 20)
    assert first.events == sum("killed" in r["text"] for r in _rows(20))
    before = _parts_bytes(out)
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "status").iterdir()}
    with pytest.raises(ConfigError, match="--resume"):
        run_batch([src], out, client=client, partition_size=4, spec=STUB)
    (out / "events" / "part-00003.parquet").unlink()
    (out / "status" / "part-00003.parquet").unlink()
    second = run_batch([src], out, client=client, partition_size=4, spec=STUB, resume=True)
    assert (second.computed, second.resumed, second.documents) == (1, 4, 20)
    assert _parts_bytes(out) == before  # same bytes as the first run
    for p in (out / "status").iterdir():
        assert (p.stat().st_mtime_ns == stamps[p.name]) == (p.name != "part-00003.parquet")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["documents"] == 20 and summary["events"] == first.events
    with pytest.raises(ConfigError, match="partition_size"):
        run_batch([src], out, client=client, partition_size=5, spec=STUB, resume=True)


def test_models_load_once_per_worker(tmp_path: Path, client) -> None:
    from polemos.batch.worker import _builds

    src = _write_jsonl(tmp_path / "in.jsonl", _rows(30))
    run_batch([src], tmp_path / "out", client=client, partition_size=2, spec=STUB)
    builds = client.run(_builds)
    assert len(builds) == 2
    assert all(b.get(STUB.key, 0) <= 1 for b in builds.values())


def test_a_crashed_worker_gives_the_clean_result(tmp_path: Path, client) -> None:
    rows = _rows(12)
    rows[5]["text"] = "CRASH " + rows[5]["text"]
    src = _write_jsonl(tmp_path / "in.jsonl", rows)
    flag = str(tmp_path / "crashed-once")
    crashy = PipelineSpec(factory=functools.partial(StubPipeline, flag))
    run_batch([src], tmp_path / "crashy", client=client, partition_size=3, spec=crashy)
    assert os.path.exists(flag)  # a worker did die
    client.wait_for_workers(2, timeout=60)
    clean = run_batch([src], tmp_path / "clean", client=client, partition_size=3,
                      spec=PipelineSpec(factory=functools.partial(StubPipeline, flag)))
    assert clean.failed_partitions == {}
    assert _parts_bytes(tmp_path / "crashy") == _parts_bytes(tmp_path / "clean")


def test_same_events_as_pipeline_extract(tmp_path: Path, client, pipeline) -> None:
    rows: list[dict | str] = [*_rows(10), {"id": "blank", "text": " "}]
    src = _write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out"
    s = run_batch([src], out, client=client, partition_size=4)  # the default pipeline
    assert (s.documents, s.ok, s.skipped, s.partitions) == (11, 10, 1, 3)
    expected: list[Event] = []
    for _, doc in read_partition(plan_partitions([src], 100)[0][0]):
        if isinstance(doc, Document):
            expected.extend(pipeline.extract(doc))
    assert expected, "the fixture should report some events"
    got = list(read_events(out))
    assert got == expected
    table = pa.concat_tables(pq.read_table(p) for p in sorted((out / "events").glob("*")))
    assert table.equals(pq.read_table(pa.BufferReader(event_parquet_bytes(expected))))
    assert [r["n_events"] for r in read_status(out)] == [
        len(pipeline.extract(d)) if isinstance(d, Document) else 0
        for _, d in read_partition(plan_partitions([src], 100)[0][0])]


# -- the command ----------------------------------------------------------------------------
def test_cli_refuses_to_mix_runs(tmp_path: Path, client) -> None:
    from click.testing import CliRunner

    from polemos.cli.batch import batch_cmd

    src = _write_jsonl(tmp_path / "in.jsonl", _rows(6))
    out = tmp_path / "out"
    run_batch([src], out, client=client, partition_size=3, spec=STUB)
    runner = CliRunner()
    res = runner.invoke(batch_cmd, [str(src), "--out", str(out), "--partition-size", "2",
                                    "--resume"])
    assert res.exit_code == 2 and "cannot resume" in res.output
    res = runner.invoke(batch_cmd, [str(src), "--out", str(out)])
    assert res.exit_code == 2 and "--resume" in res.output
    res = runner.invoke(batch_cmd, [str(tmp_path / "missing.jsonl"), "--out", str(out)])
    assert res.exit_code != 0


def test_cli_runs_on_a_given_scheduler(tmp_path: Path, client, pipeline) -> None:
    from click.testing import CliRunner

    from polemos.cli.batch import batch_cmd

    src = _write_jsonl(tmp_path / "in.jsonl", _rows(6))
    res = CliRunner().invoke(batch_cmd, [str(src), "--out", str(tmp_path / "o"), "--scheduler",
                                         client.scheduler.address, "--partition-size", "3"])
    assert res.exit_code == 0, res.output
    assert "Dask dashboard:" in res.output
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert summary["documents"] == 6 and summary["computed"] == 2
    assert summary["events"] == len(list(read_events(tmp_path / "o"))) > 0


def test_cli_with_an_extractor_function(tmp_path: Path, client) -> None:
    from click.testing import CliRunner

    from polemos.cli.batch import batch_cmd

    rows = _rows(8)
    rows[1]["text"] = "EXPLODE " + rows[1]["text"]
    src = _write_jsonl(tmp_path / "in.jsonl", rows)
    args = [str(src), "--out", str(tmp_path / "o"), "--scheduler", client.scheduler.address,
            "--partition-size", "3", "--extractor", f"{__name__}:stub_extract"]
    res = CliRunner().invoke(batch_cmd, args)
    assert res.exit_code == 0, res.output
    assert "Dask dashboard: http" in res.output
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert (summary["documents"], summary["failed"], summary["partitions"]) == (8, 1, 3)
    assert summary["events"] == sum("killed" in r["text"] for r in rows)
    args[2] = str(tmp_path / "o2")
    res = CliRunner().invoke(batch_cmd, [*args[:-1], "no_such_module:f"])
    assert res.exit_code == 2 and "cannot import" in res.output
