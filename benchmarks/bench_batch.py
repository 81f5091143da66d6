"""Throughput of `polemos batch` with 1 and 2 local Dask workers, and per-worker peak memory.

Each setting starts its own LocalCluster (worker processes, one thread each), loads the models
on every worker (timed apart), then codes the corpus as JSONL partitions. Reported: articles/s
of the compute phase, the speed-up over one worker, and each worker's peak resident memory
(ru_maxrss, read inside the worker). The in-process `Pipeline.extract` loop on one core is the
baseline: its rate is what one worker could reach without Dask's overhead.
Corpus: the GeoWebNews article texts (shared/data/geoparsing/GeoWebNews_brat/*.txt), as in
bench_extract.py; the script prints a line and exits 0 when shared/data is absent.

    python benchmarks/bench_batch.py [--limit 200] [--workers 1,2] [--partition-size 10]
                                     [--repeat 1] [--model DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import corpus  # noqa: E402  (the same corpus, read the same way)


def peak_mb() -> float:
    """Peak resident memory of the calling process, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    """User + system CPU seconds of the calling process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def write_corpus(texts: list[str], path: Path) -> Path:
    """The texts as batch input: one JSONL row per article."""
    with path.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": f"gwn-{i:04d}", "text": t, "lang": "en",
                                 "published": "2018-06-01"}) + "\n")
    return path


def prime(pipeline: object) -> None:
    """One short extract, so that parts the pipeline loads lazily are loaded before timing."""
    from polemos.schema import Document

    pipeline.extract(Document(text="Gunmen killed two villagers in Djibo on Sunday.",  # type: ignore[attr-defined]
                              language="en", published=date(2018, 6, 1)))


def prime_worker(spec: object) -> None:
    """Load and prime this worker's cached pipeline."""
    from polemos.batch import worker_pipeline

    prime(worker_pipeline(spec))  # type: ignore[arg-type]


def baseline(texts: list[str], model: str | None) -> dict:
    """Pipeline.extract in this process, one article at a time: the one-core rate."""
    from polemos.batch import PipelineSpec
    from polemos.schema import Document

    t0 = time.perf_counter()
    p = PipelineSpec(model=model).build()
    prime(p)
    t1 = time.perf_counter()
    c1 = cpu_s()
    for t in texts:
        p.extract(Document(text=t, language="en", published=date(2018, 6, 1)))
    t2 = time.perf_counter()
    return {"name": "in-process", "workers": 1, "articles": len(texts), "load_s": t1 - t0,
            "run_s": t2 - t1, "articles_per_s": len(texts) / (t2 - t1),
            "articles_per_cpu_s": len(texts) / (cpu_s() - c1),
            "worker_peak_mb": [round(peak_mb())]}


def batch(src: Path, workers: int, partition_size: int, tmp: Path, model: str | None) -> dict:
    """One `polemos batch` run on a fresh LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    from polemos.batch import PipelineSpec, run_batch

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=40) as cluster, \
            Client(cluster) as client:
        spec = PipelineSpec(model=model)
        t0 = time.perf_counter()
        client.run(prime_worker, spec)  # load first, so the CPU time below is coding alone
        load = time.perf_counter() - t0
        cpu0 = client.run(cpu_s)
        s = run_batch([src], tmp / f"out-{workers}", client=client,
                      partition_size=partition_size, spec=spec)
        cpu = sum(v - cpu0[k] for k, v in client.run(cpu_s).items())
        mem = sorted(round(v) for v in client.run(peak_mb).values())
    return {"name": f"batch x{workers}", "workers": workers, "articles": s.documents,
            "load_s": load, "run_s": s.seconds - s.load_seconds,
            "articles_per_s": s.docs_per_second, "articles_per_cpu_s": s.documents / cpu,
            "events": s.events, "failed": s.failed,
            "worker_peak_mb": mem}


def report(rows: list[dict]) -> str:
    """A plain-text table; speed-up is relative to the one-worker batch run."""
    one = next((r for r in rows if r["name"] == "batch x1"), None)
    out = [f"{'run':<12}{'articles':>9}{'articles/s':>12}{'speed-up':>10}{'per CPU-s':>11}"
           f"{'load s':>8}{'per-worker peak MB':>20}"]
    for r in rows:
        up = f"{r['articles_per_s'] / one['articles_per_s']:.2f}x" if one else "-"
        out.append(f"{r['name']:<12}{r['articles']:>9}{r['articles_per_s']:>12.2f}{up:>10}"
                   f"{r['articles_per_cpu_s']:>11.2f}{r['load_s']:>8.1f}"
                   f"{', '.join(map(str, r['worker_peak_mb'])):>20}")
    out.append(f"load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
               f"on {os.cpu_count()} cores (other jobs slow the wall-clock rates)")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="first N articles")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--partition-size", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=1,
                    help="code the corpus this many times over (longer, steadier runs)")
    ap.add_argument("--model", default=None, help="a classifier directory [default: shipped]")
    ap.add_argument("--no-baseline", action="store_true", help="skip the in-process run")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    args = ap.parse_args()
    texts = corpus(args.limit) * args.repeat
    if not texts:
        print("bench_batch: shared/data/geoparsing/GeoWebNews_brat not found; nothing measured")
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        src = write_corpus(texts, tmp / "corpus.jsonl")
        for n in (int(x) for x in args.workers.split(",")):
            rows.append(batch(src, n, args.partition_size, tmp, args.model))
    if not args.no_baseline:
        rows.append(baseline(texts, args.model))
    print(json.dumps(rows, indent=2) if args.json else report(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
