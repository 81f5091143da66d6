"""The worker side of a batch: one pipeline per worker process, one partition per task.

``run_partition`` extracts a partition's documents with the process's cached pipeline and
writes its events and status Parquet files atomically (temporary file, then rename), status
last, so a partition whose status file exists is complete.
"""

from __future__ import annotations

import io
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polemos.batch.partitions import Partition, read_partition
from polemos.errors import ConfigError, InputError
from polemos.schema import Document, Event

__all__ = ["PipelineSpec", "event_parquet_bytes", "read_events", "read_status", "run_partition",
           "worker_pipeline"]

STATUS_COLUMNS = ("partition", "source", "document_id", "status", "reason", "n_events")


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker builds its pipeline: small and picklable; built once per worker process.

    ``model`` is a classifier directory (as ``polemos extract --model``); ``extractor`` a
    ``"module:function"`` taking a Document to a list of Events (as ``polemos ingest
    --extractor``); ``factory`` a picklable callable returning an object with ``.extract``.
    """

    model: str | None = None
    extractor: str | None = None
    factory: Callable[[], Any] | None = None

    @property
    def key(self) -> str:
        """The cache key of the pipeline this spec builds."""
        f = self.factory
        name = (f"{getattr(f, '__module__', '')}.{getattr(f, '__qualname__', repr(f))}"
                if f is not None else "default")
        return f"{name}|{self.extractor or ''}|{self.model or ''}"

    def build(self) -> Any:
        """A new pipeline (loads its models: seconds)."""
        if self.factory is not None:
            return self.factory()
        if self.extractor:
            return _Extractor(_import(self.extractor))
        from polemos.detect import EventClassifier, load_default
        from polemos.pipeline import Pipeline

        clf = EventClassifier.from_disk(Path(self.model)) if self.model else load_default()
        return Pipeline(classifier=clf)


@dataclass(frozen=True)
class _Extractor:
    """A plain function Document -> list[Event] with the Pipeline's ``extract`` face."""

    extract: Callable[[Document], list[Event]]


def _import(ref: str) -> Callable[[Document], list[Event]]:
    """The function named by ``"module:function"``."""
    import importlib

    mod_name, _, attr = ref.partition(":")
    try:
        fn = getattr(importlib.import_module(mod_name), attr) if attr else None
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"--extractor {ref!r}: cannot import ({exc})") from exc
    if not callable(fn):
        raise ConfigError(f"--extractor {ref!r}: expected MODULE:FUNCTION naming a function")
    return fn


_PIPELINES: dict[str, Any] = {}
_BUILDS: dict[str, int] = {}
_LOCK = threading.Lock()


def worker_pipeline(spec: PipelineSpec) -> Any:
    """This process's pipeline for ``spec``: built on first use, then reused by every task."""
    with _LOCK:
        pipe = _PIPELINES.get(spec.key)
        if pipe is None:
            pipe = _PIPELINES[spec.key] = spec.build()
            _BUILDS[spec.key] = _BUILDS.get(spec.key, 0) + 1
        return pipe


def warm(spec: PipelineSpec) -> int:
    """Build this worker's pipeline now (run on every worker before the first task); pid."""
    worker_pipeline(spec)
    return os.getpid()


def _builds() -> dict[str, int]:
    """How many times this process built each pipeline (once, if the cache works)."""
    return dict(_BUILDS)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename: complete or absent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def event_parquet_bytes(events: list[Event]) -> bytes:
    """Events as Parquet bytes, through polemos.export (the `polemos events` columns)."""


    from polemos.export import write_events

    buf = io.BytesIO()
    write_events(events, "parquet", buf)
    return buf.getvalue()


def _status_bytes(rows: list[dict]) -> bytes:


    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("partition", pa.int32()), ("source", pa.string()),
                        ("document_id", pa.string()), ("status", pa.string()),
                        ("reason", pa.string()), ("n_events", pa.int32())],
                       metadata={"polemos": "batch status"})
    cols = {c: [r[c] for r in rows] for c in STATUS_COLUMNS}
    buf = io.BytesIO()
    pq.write_table(pa.table(cols, schema=schema), buf)
    return buf.getvalue()


def run_partition(part: Partition, out_dir: str, spec: PipelineSpec) -> dict[str, int]:
    """Extract one partition and write its events and status files; counts by status.

    A document that raises is recorded as failed and the others go on; rows that are not
    documents (no text, bad JSON or date) are skipped. Output order is input order.
    """
    pipeline = worker_pipeline(spec)
    events: list[Event] = []
    status: list[dict] = []
    for where, doc in read_partition(part):
        row = {"partition": part.index, "source": where, "status": "ok", "reason": None,
               "n_events": 0,
               "document_id": doc.id if isinstance(doc, Document) else None}
        if isinstance(doc, InputError):
            row.update(status="skipped", reason=str(doc))
        else:
            try:
                found = pipeline.extract(doc)
            except InputError as exc:
                row.update(status="skipped", reason=str(exc))
            except Exception as exc:  # one bad document must not fail its partition
                row.update(status="failed", reason=f"{type(exc).__name__}: {exc}")
            else:
                events.extend(found)
                row["n_events"] = len(found)
        status.append(row)
    out = Path(out_dir)
    atomic_write(out / "events" / part.name, event_parquet_bytes(events))
    atomic_write(out / "status" / part.name, _status_bytes(status))  # last: marks it done
    counts = {s: sum(r["status"] == s for r in status) for s in ("ok", "skipped", "failed")}
    return {"partition": part.index, "documents": len(status), "events": len(events), **counts}


def read_status(out: str | Path) -> Iterator[dict[str, Any]]:
    """The per-document status rows of a run, in partition order."""
    import pyarrow.parquet as pq

    for path in sorted((Path(out) / "status").glob("part-*.parquet")):
        yield from pq.read_table(path).to_pylist()



def read_events(out: str | Path) -> Iterator[Event]:
    """The events of a run back as Event objects, in partition order."""
    import pyarrow.parquet as pq

    for path in sorted((Path(out) / "events").glob("part-*.parquet")):
        for row in pq.read_table(path).to_pylist():
            row["evidence"] = json.loads(row["evidence"] or "[]")
            row["sources"] = row["sources"] or []
            if row.get("confidence") is not None:  # stored as float32: back to its decimals
                row["confidence"] = float(f"{row['confidence']:.7g}")
            for k in ("latitude", "longitude"):
                if row.get(k) is not None:
                    row[k] = float(row[k])
            yield Event.model_validate(row)
