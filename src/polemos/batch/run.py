"""The client side of a batch: plan, check the manifest, submit partitions, summarise.

``run_batch`` plans deterministic partitions, records them in ``DIR/manifest.json`` (a resume
with another manifest is refused), skips partitions already written, and runs the rest on a
Dask cluster (the user's, or a LocalCluster of single-threaded worker processes).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from polemos.batch.partitions import Partition, input_files, plan_partitions
from polemos.batch.worker import (
    STATUS_COLUMNS,
    PipelineSpec,
    atomic_write,
    run_partition,
    warm,
)
from polemos.errors import ConfigError

__all__ = ["BatchSummary", "run_batch"]

MANIFEST = "manifest.json"
SUMMARY = "summary.json"


@dataclass
class BatchSummary:
    """What a run did: documents by status, events, partitions, time and throughput."""

    out: str
    documents: int = 0
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    partitions: int = 0
    computed: int = 0
    resumed: int = 0
    failed_partitions: dict[int, str] = field(default_factory=dict)
    workers: int = 0
    seconds: float = 0.0
    load_seconds: float = 0.0
    docs_per_second: float = 0.0
    dashboard: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The summary as JSON-ready data."""
        return asdict(self)


def _manifest(files: list[dict], size: int, n_parts: int, spec: PipelineSpec
              ) -> dict[str, Any]:
    from importlib.metadata import version

    return {"polemos_version": version("polemos"), "partition_size": size,
            "inputs": files, "partitions": n_parts, "pipeline": spec.key,
            "outputs": {"events": "events/part-NNNNN.parquet (polemos.export parquet columns)",
                        "status": "status/part-NNNNN.parquet (" + ", ".join(STATUS_COLUMNS) + ")"}}


def _check_out_dir(out: Path, manifest: dict[str, Any], resume: bool) -> None:
    """Refuse to mix runs: a resume must find the same manifest, a new run an unused DIR."""
    path = out / MANIFEST
    if not path.exists():
        return
    if not resume:
        raise ConfigError(f"{out} already holds a batch run: pass --resume to finish it, "
                          "or choose another --out directory")
    old = json.loads(path.read_text(encoding="utf-8"))
    diff = [k for k in ("polemos_version", "partition_size", "inputs", "partitions", "pipeline")
            if old.get(k) != manifest.get(k)]
    if diff:
        raise ConfigError(f"cannot resume in {out}: the run differs from {path} in "
                          f"{', '.join(diff)} (same inputs, partition size, pipeline and "
                          "polemos version are needed; start a new --out directory)")


def _open_client(scheduler: str | None, workers: int, dashboard: str) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {workers}")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=dashboard)
    return Client(cluster), cluster


def run_batch(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 1000,
    resume: bool = False,
    spec: PipelineSpec | None = None,
    client: Any = None,
    dashboard_address: str = ":8787",
    on_start: Callable[[BatchSummary], None] | None = None,
    on_partition: Callable[[dict[str, Any]], None] | None = None,
) -> BatchSummary:
    """Run the pipeline over every input row on a Dask cluster and write DIR's outputs.

    ``client`` (a distributed.Client) wins over ``scheduler`` (an address), which wins over a
    LocalCluster of ``workers`` processes with one thread each.
    """
    out = Path(out)
    spec = spec or PipelineSpec()
    parts, described = plan_partitions(input_files(inputs), partition_size)
    manifest = _manifest(described, partition_size, len(parts), spec)
    _check_out_dir(out, manifest, resume)
    for sub in ("events", "status"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    atomic_write(out / MANIFEST, json.dumps(manifest, indent=2).encode())
    todo = [p for p in parts if not (out / "status" / p.name).exists()]
    summary = BatchSummary(out=str(out.resolve()), partitions=len(parts),
                           resumed=len(parts) - len(todo))
    own = cluster = None
    if client is None:
        own, cluster = _open_client(scheduler, workers, dashboard_address)
        client = own
    try:
        summary.dashboard = client.dashboard_link
        summary.workers = len(client.scheduler_info(n_workers=-1)["workers"])
        if on_start:
            on_start(summary)
        t0 = time.perf_counter()
        if todo:
            client.run(warm, spec)  # load the models on every worker, in parallel
        summary.load_seconds = round(time.perf_counter() - t0, 2)
        _compute(client, todo, out, spec, summary, on_partition)
        summary.seconds = round(time.perf_counter() - t0, 2)
    finally:
        if own is not None:
            own.close()
        if cluster is not None:
            cluster.close()
    _total(out, parts, summary)
    atomic_write(out / SUMMARY, json.dumps(summary.to_json(), indent=2).encode())
    return summary


def _compute(client: Any, todo: list[Partition], out: Path, spec: PipelineSpec,
             summary: BatchSummary, on_partition: Callable[[dict], None] | None) -> None:
    """Submit the partitions and collect them; a partition that errors is reported, not fatal."""
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]
    futures = {client.submit(run_partition, p, str(out.resolve()), spec, retries=1,
                             key=f"polemos-batch-{token}-{p.index:05d}"): p for p in todo}
    computed_docs = 0
    t0 = time.perf_counter()
    for fut in as_completed(futures):
        part = futures[fut]
        try:
            counts = fut.result()
        except Exception as exc:  # a worker crashed too often or the input vanished
            summary.failed_partitions[part.index] = f"{type(exc).__name__}: {exc}"
            counts = {"partition": part.index, "error": str(exc)}
        else:
            summary.computed += 1
            computed_docs += counts["documents"]
        fut.release()
        if on_partition:
            on_partition(counts)
    elapsed = time.perf_counter() - t0
    summary.docs_per_second = round(computed_docs / elapsed, 2) if elapsed > 0 else 0.0


def _total(out: Path, parts: list[Partition], summary: BatchSummary) -> None:
    """Fill the document and event counts from every status file written (this run or not)."""
    import pyarrow.parquet as pq

    for p in parts:
        path = out / "status" / p.name
        if not path.exists():
            continue
        t = pq.read_table(path, columns=["status", "n_events"]).to_pydict()
        summary.documents += len(t["status"])
        for s in ("ok", "skipped", "failed"):
            setattr(summary, s, getattr(summary, s) + t["status"].count(s))
        summary.events += sum(t["n_events"])

