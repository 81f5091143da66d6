"""`polemos batch`: a thin click face on polemos.batch.run_batch (code an archive on Dask)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from polemos.cli.extract import backend_options
from polemos.errors import PolemosError


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output directory: events/, status/, manifest.json, summary.json.")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786) [default: a local cluster].")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the local cluster (one thread each).")
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Documents per partition (one task, one output file).")
@click.option("--resume", is_flag=True,
              help="Finish a stopped run in --out: skip the partitions already written.")
@click.option("--model", "model_path", type=click.Path(exists=True, path_type=Path),
              help="A classifier written by `polemos train` [default: the shipped one].")
@click.option("--extractor", metavar="MODULE:FUNCTION",
              help="Use this function (Document -> list[Event]) instead of the pipeline; "
                   "it must be importable on every worker.")
@click.option("-q", "--quiet", is_flag=True, help="No per-partition progress lines.")
@backend_options
def batch_cmd(inputs: tuple[str, ...], out: Path, scheduler: str | None, workers: int,
              partition_size: int, resume: bool, model_path: Path | None, extractor: str | None,
              quiet: bool, backend: str, llm_url: str | None, llm_model: str | None,
              llm_key_env: str | None) -> None:
    """Extract events from JSONL (plain or .gz) or Parquet files, or directories of them,
    on a Dask cluster; one document per row (id, text, optional published, url, lang).

    \b
    Examples:
      polemos batch archive/ --out run1 --workers 2
      polemos batch news-2024.jsonl.gz --out run1 --scheduler tcp://10.0.0.5:8786
      polemos batch archive/ --out run1 --resume     # after a stop: only what is missing

    Loading a run into the event store is a few lines of Python (docs/batch.md).
    """
    from polemos.batch import BatchSummary, PipelineSpec, run_batch

    def on_start(s: BatchSummary) -> None:
        click.echo(f"polemos batch: {s.partitions} partitions ({s.resumed} already written), "
                   f"{s.workers} workers", err=True)
        click.echo(f"Dask dashboard: {s.dashboard or 'not available (pip install bokeh)'}",
                   err=True)

    def on_partition(counts: dict[str, Any]) -> None:
        if "error" in counts:
            click.echo(f"partition {counts['partition']:05d} FAILED: {counts['error']}", err=True)
        elif not quiet:
            click.echo(f"partition {counts['partition']:05d}: {counts['documents']} documents, "
                       f"{counts['events']} events, {counts['failed']} failed", err=True)

    factory = None
    if backend != "offline":
        if not llm_url:
            raise click.UsageError(f"--backend {backend} needs --llm-url")
        import functools

        from polemos.llm import make_backend

        # each worker builds its own client; the key is read there from the named variable
        factory = functools.partial(make_backend, backend, llm_url=llm_url, llm_model=llm_model,
                                    llm_key_env=llm_key_env)
    spec = PipelineSpec(model=str(model_path) if model_path else None, extractor=extractor,
                        factory=factory)
    try:
        summary = run_batch(inputs, out, scheduler=scheduler, workers=workers,
                            partition_size=partition_size, resume=resume, spec=spec,
                            on_start=on_start, on_partition=on_partition)
    except PolemosError as exc:
        click.echo(f"polemos: {exc}", err=True)
        sys.exit(2)
    s = summary
    click.echo(json.dumps(s.to_json(), indent=2))
    click.echo(f"{s.documents} documents: {s.ok} ok, {s.skipped} skipped, {s.failed} failed; "
               f"{s.events} events; {s.computed} partitions computed, {s.resumed} resumed, "
               f"{len(s.failed_partitions)} failed; {s.docs_per_second:.1f} documents/s "
               f"(models loaded in {s.load_seconds:.1f} s)", err=True)
    if s.failed_partitions:
        click.echo(f"polemos: {len(s.failed_partitions)} partitions failed; rerun with "
                   "--resume to retry them", err=True)
        sys.exit(1)


COMMANDS = [batch_cmd]
