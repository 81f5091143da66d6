"""Benchmark of the event store: filtered queries on 100,000 synthetic events, and adds.

    .venv/bin/python benchmarks/bench_store.py [--events 100000] [--db URL] [--adds 500]
    .venv/bin/python benchmarks/bench_store.py --merge-pipeline   # merging after real extraction

Loads synthetic merged events straight into the events table (bulk), then times each
filtered query (median of 7 runs, first page of 100) and ``Store.add`` of new documents
that must be checked for merging against the loaded events. Prints one line per figure.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from polemos.db import EVENT_COLUMNS, events
from polemos.schema import Document, Event
from polemos.store import Store
from polemos.taxonomy import SUB_EVENT_TYPES, disorder_type, event_type_of

COUNTRIES = [("UA", "Ukraine", 48.4, 31.2, 4.0), ("SD", "Sudan", 15.5, 30.0, 5.0),
             ("ML", "Mali", 15.0, -2.0, 4.0), ("KE", "Kenya", 0.0, 37.9, 2.5),
             ("FR", "France", 46.6, 2.4, 3.0), ("CO", "Colombia", 4.6, -74.1, 3.0),
             ("SO", "Somalia", 5.1, 46.2, 3.0), ("MM", "Myanmar", 21.9, 95.9, 4.0),
             ("NG", "Nigeria", 9.1, 8.7, 4.0), ("MX", "Mexico", 23.6, -102.5, 5.0)]
ACTORS = ["Military Forces of {}", "Protesters ({})", "Unidentified Armed Group ({})",
          "Police Forces of {}", "Rioters ({})", "Civilians ({})"]


def synthetic(n: int, seed: int = 7) -> list[dict]:
    """n event rows spread over 5 years, 10 countries and every sub-event type."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    now = datetime(2025, 1, 1)
    rows = []
    for i in range(n):
        code, name, lat, lon, spread = rng.choice(COUNTRIES)
        sub = rng.choice(SUB_EVENT_TYPES)
        et = event_type_of(sub)
        row = {c: None for c in EVENT_COLUMNS}
        row.update(
            event_id=f"syn{i:07d}", event_date=start + timedelta(days=rng.randrange(1826)),
            time_precision=1, disorder_type=disorder_type(et, sub), event_type=et,
            sub_event_type=sub, actor1=rng.choice(ACTORS).format(name), inter1=rng.randint(1, 8),
            country=name, country_code=code, admin1=f"Province {rng.randint(1, 20)}",
            location=f"Town {rng.randint(1, 2000)}",
            latitude=round(lat + rng.uniform(-spread, spread), 4),
            longitude=round(lon + rng.uniform(-spread, spread), 4), geo_precision=1,
            fatalities=rng.choice([None, 0, 0, 1, 2, 5]), claimed=False, confidence=0.5,
            notes=f"Synthetic event {i}.", evidence="[]",
            sources=json.dumps([f"https://synthetic.example/{i}"]), n_sources=1,
            created_at=now, updated_at=now)
        rows.append(row)
    return rows


def timed(fn, runs: int = 7) -> tuple[float, object]:  # noqa: ANN001
    """Median wall time in ms of ``fn()`` over ``runs`` runs, and its last result."""
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), out


def merge_with_pipeline() -> None:
    """Pairwise merge precision/recall when the real pipeline extracts the fixture texts.

    Each extracted event is matched to a gold event of its article (compatible type and the
    same location, or the article's only gold event of a compatible type); the rest count as
    spurious singletons. Gold reports the pipeline missed are reported separately.
    """
    from polemos.merge import compatible_types, pairwise_scores
    from polemos.pipeline import Pipeline

    fixture = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "merge"
    arts = [json.loads(x) for x in (fixture / "articles.jsonl").read_text().splitlines()]
    pipe = Pipeline()
    tmp = tempfile.TemporaryDirectory()
    store = Store(Path(tmp.name) / "merge.db")
    gold: dict[str, list[tuple[str, int]]] = {}
    found = spurious = 0
    for a in arts:
        doc = Document(text=a["text"], title=a["title"], url=a["url"],
                       published=a["published"], language=a["language"])
        evs = pipe.extract(doc)
        store.add(doc, evs)
        for i, ev in enumerate(evs):
            fits = [g["gold"] for g in a["events"]
                    if compatible_types(g["event"]["sub_event_type"], ev.sub_event_type)]
            same_place = [g["gold"] for g in a["events"]
                          if g["gold"] in fits and g["event"]["location"] == ev.location]
            label = (same_place or (fits if len(fits) == 1 else []) or [None])[0]
            if label is None:
                label, spurious = f"spurious-{a['id']}-{i}", spurious + 1
            else:
                found += 1
            gold.setdefault(label, []).append((doc.id, i))
    from sqlalchemy import select

    from polemos.db import reports

    with store.engine.connect() as conn:
        pred: dict[str, list[tuple[str, int]]] = {}
        for eid, d, pos in conn.execute(select(reports.c.event_id, reports.c.doc_id,
                                               reports.c.position)):
            pred.setdefault(eid, []).append((d, pos))
    p, r = pairwise_scores(pred.values(), gold.values())
    n_gold = sum(len(a["events"]) for a in arts)
    print(f"pipeline: {found}/{n_gold} gold reports extracted, {spurious} spurious events")
    print(f"merge after real extraction: pairwise precision {p:.3f}, recall {r:.3f}")
    store.close()
    tmp.cleanup()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--adds", type=int, default=500)
    ap.add_argument("--db", default=None, help="database URL (default: a temp SQLite file)")
    ap.add_argument("--merge-pipeline", action="store_true",
                    help="only measure merging on the fixture texts through the real pipeline")
    args = ap.parse_args()
    if args.merge_pipeline:
        merge_with_pipeline()
        return
    tmp = tempfile.TemporaryDirectory()
    store = Store(args.db or Path(tmp.name) / "bench.db")
    t0 = time.perf_counter()
    rows = synthetic(args.events)
    with store.engine.begin() as conn:
        for k in range(0, len(rows), 5000):
            conn.execute(insert(events), rows[k:k + 5000])
    print(f"bulk load of {args.events} events: {time.perf_counter() - t0:.1f} s "
          f"({store.engine.dialect.name})")
    queries = {
        "country + date range": dict(country="UA", since=date(2023, 1, 1),
                                     until=date(2023, 6, 30)),
        "country + type + dates": dict(country="SD", event_type="Battles",
                                       since=date(2022, 1, 1), until=date(2022, 12, 31)),
        "sub-event type": dict(event_type="Air/drone strike"),
        "bbox": dict(bbox=(30.0, 46.0, 34.0, 50.0)),
        "bbox + dates": dict(bbox=(30.0, 46.0, 34.0, 50.0), since=date(2024, 1, 1)),
        "actor substring + country": dict(actor="Police", country="KE"),
        "no filter (newest 100)": {},
        "rare: country + sub-type + month": dict(country="ML", event_type="Suicide bomb",
                                                 since=date(2021, 3, 1),
                                                 until=date(2021, 3, 31)),
    }
    worst = 0.0
    for label, q in queries.items():
        ms, got = timed(lambda q=q: store.query(limit=100, **q))
        worst = max(worst, ms)
        print(f"query {label:34s} {ms:7.1f} ms  ({len(got)} rows)")  # type: ignore[arg-type]
    ms, n = timed(lambda: store.count(country="UA", since=date(2023, 1, 1)))
    print(f"count country + since                  {ms:7.1f} ms  ({n})")
    print(f"slowest filtered query: {worst:.1f} ms (target < 200 ms)")

    rng = random.Random(3)
    t0 = time.perf_counter()
    merged = 0
    for i in range(args.adds):
        code, name, lat, lon, _ = COUNTRIES[i % len(COUNTRIES)]
        sub = rng.choice(SUB_EVENT_TYPES)
        ev = Event(event_date=date(2024, 1, 1) + timedelta(days=rng.randrange(200)),
                   event_type=event_type_of(sub), sub_event_type=sub, country=name,
                   country_code=code, latitude=lat, longitude=lon, geo_precision=1,
                   actor1=f"Protesters ({name})", location=f"Town {i % 50}")
        res = store.add(Document(text=f"Bench article {i} about {name}.",
                                 url=f"https://bench.example/{i}"), [ev])
        merged += res.merged
    dt = time.perf_counter() - t0
    print(f"Store.add: {args.adds} documents in {dt:.1f} s = {args.adds / dt:.0f} docs/s "
          f"({merged} merged)")
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
