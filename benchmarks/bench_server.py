"""Benchmark of `polemos serve`: API latency over a store of 50,000 synthetic events.

    .venv/bin/python benchmarks/bench_server.py [--events 50000] [--runs 15] [--db FILE]

Loads synthetic merged events (bench_store.synthetic: 10 countries, every sub-event type,
5 years) straight into a temporary SQLite store, starts the real app in uvicorn on
127.0.0.1, and times what the page asks for: /api/clusters (world view, one country's view,
a zoomed-in view where points are returned, with and without filters), /api/events (first
page; free text), /api/timeline and a CSV export. Prints the median and slowest wall time of
each request over HTTP, and the size of the answer (the page never receives all rows).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import synthetic  # noqa: E402

from polemos.db import events  # noqa: E402
from polemos.server import ServerConfig, create_app  # noqa: E402
from polemos.server.app import serve_in_background  # noqa: E402
from polemos.store import Store  # noqa: E402

REQUESTS = [
    ("clusters world z2", "/api/clusters?bbox=-180,-85,180,85&zoom=2"),
    ("clusters world z2 type=Protests", "/api/clusters?bbox=-180,-85,180,85&zoom=2&type=Protests"),
    ("clusters Ukraine z6", "/api/clusters?bbox=22,44,40,53&zoom=6"),
    ("clusters Ukraine z6 q=Town", "/api/clusters?bbox=22,44,40,53&zoom=6&q=Town%2012"),
    ("clusters zoomed z11 (points)", "/api/clusters?bbox=31.0,48.3,31.4,48.5&zoom=11"),
    ("events page 1 (100)", "/api/events?limit=100"),
    ("events in view (50)", "/api/events?bbox=22,44,40,53&limit=50"),
    ("events country+dates", "/api/events?country=UA&since=2023-01-01&until=2023-06-30"),
    ("events q=Town 12", "/api/events?q=Town%2012&limit=50"),
    ("timeline all", "/api/timeline"),
    ("timeline country", "/api/timeline?country=SD"),
    ("export csv 5000", "/api/events?format=csv&limit=5000"),
]


def fill(db: str, n: int) -> float:
    """Bulk-load n synthetic events; returns seconds taken."""
    t0 = time.perf_counter()
    store = Store(db)
    rows = synthetic(n)
    with store.engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(events), rows[i:i + 5000])
    store.close()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--db", default=None, help="SQLite file to fill and keep (default: temp)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        secs = fill(db, args.events)
        print(f"store: {args.events} synthetic events loaded in {secs:.1f} s ({db})")
        app = create_app(db, ServerConfig())
        with serve_in_background(app) as base, httpx.Client(base_url=base, timeout=60) as client:
            client.get("/api/health").raise_for_status()
            print(f"{'request':34} {'median ms':>9} {'max ms':>8} {'bytes':>9}  answer")
            for label, url in REQUESTS:
                times, size, note = [], 0, ""
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
                    size = len(r.content)
                if "clusters" in url:
                    j = r.json()
                    note = f"{j['mode']}: {len(j['clusters']) or len(j['points'])} of {j['total']}"
                elif "timeline" in url:
                    note = f"{len(r.json()['days'])} days"
                elif "format=csv" in url:
                    note = f"{r.text.count(chr(10)) - 1} rows"
                else:
                    j = r.json()
                    note = f"{len(j['events'])} of {j['total']}"
                print(f"{label:34} {statistics.median(times):9.1f} {max(times):8.1f} "
                      f"{size:9d}  {note}")


if __name__ == "__main__":
    main()
