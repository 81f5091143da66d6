"""Code a news archive on a Dask cluster: partitions of documents in, Parquet events out.

A run is planned on the client (deterministic partitions of the input files, recorded in
``DIR/manifest.json``), then each partition runs the same Pipeline as ``polemos extract`` on a
worker, which loads its models once and keeps them (a worker-level cache). Each partition
writes ``DIR/events/part-NNNNN.parquet`` (the columns of ``polemos events --format parquet``)
and ``DIR/status/part-NNNNN.parquet`` (one row per document) atomically, so a stopped run
resumes by skipping the partitions whose status file exists. See docs/batch.md.
"""

from __future__ import annotations

from polemos.batch.partitions import (
    Partition,
    input_files,
    plan_partitions,
    read_partition,
    to_document,
)
from polemos.batch.run import BatchSummary, run_batch
from polemos.batch.worker import (
    PipelineSpec,
    event_parquet_bytes,
    read_events,
    read_status,
    run_partition,
    worker_pipeline,
)

__all__ = [
    "BatchSummary",
    "Partition",
    "PipelineSpec",
    "event_parquet_bytes",
    "input_files",
    "plan_partitions",
    "read_events",
    "read_partition",
    "read_status",
    "run_batch",
    "run_partition",
    "to_document",
    "worker_pipeline",
]
