"""Benchmark of the event store: filtered queries on 100,000 synthetic events, and adds.

    .venv/bin/python benchmarks/bench_store.py [--events 100000] [--db URL] [--adds 500]
    .venv/bin/python benchmarks/bench_store.py --merge-pipeline [--fixture F] [--cache F.json]

Loads synthetic merged events straight into the events table (bulk), then times each
filtered query (median of 7 runs, first page of 100) and ``Store.add`` of new documents
that must be checked for merging against the loaded events. Prints one line per figure.

``--merge-pipeline`` instead runs the real pipeline on clustered articles
(tests/fixtures/merge/articles.jsonl, set A, by default; ``--fixture`` for another file in
the same format), stores the extracted events and prints pairwise precision, recall and F1
of the merging, the counts, and every missed or wrong pair by cause (type, date, place,
actor, evidence, spurious or secondary event, merge order), see ``merge_with_pipeline``.
"""

from __future__ import annotations

import argparse
import hashlib
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
FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "merge" / "articles.jsonl"
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


def _extract(arts: list[dict], cache: Path | None) -> list[list[Event]]:
    """The pipeline's events for each article, read from / written to ``cache`` when given
    (keyed by the fixture's texts only: delete the file after changing the pipeline)."""
    key = hashlib.sha1(json.dumps([[a["id"], a["text"], a.get("published")] for a in arts])
                       .encode()).hexdigest()
    if cache and cache.exists():
        got = json.loads(cache.read_text())
        if got["key"] == key:
            print(f"(extraction read from the cache {cache})")
            return [[Event.model_validate(e) for e in evs] for evs in got["events"]]
    from polemos.pipeline import Pipeline

    pipe = Pipeline()
    out = [pipe.extract(_doc(a)) for a in arts]
    if cache:
        cache.write_text(json.dumps({"key": key, "events": [[e.model_dump(mode="json")
                                                            for e in evs] for evs in out]}))
    return out


def _doc(a: dict) -> Document:
    return Document(text=a["text"], title=a["title"], url=a["url"], published=a["published"],
                    language=a["language"])


def _label(ev: Event, golds: list[dict]) -> str | None:
    """The gold event of its article that an extracted event reports: the article's only one,
    else the best fit by type (same sub-type 2, same event type 1) plus place (same location
    name or within 10 km 2, within 50 km 1); None when nothing fits. Independent of merging."""
    from polemos.merge_rules import _norm, haversine_km

    if len(golds) <= 1:
        return golds[0]["gold"] if golds else None  # an article with no event: spurious

    def fit(g: dict) -> int:
        ge = g["event"]
        t = 2 if ge.get("sub_event_type") == ev.sub_event_type else int(
            ge.get("event_type") == ev.event_type)
        if ev.location and _norm(ev.location) == _norm(ge.get("location")):
            return t + 2
        if ev.latitude is None or ge.get("latitude") is None:
            return t
        d = haversine_km(ev.latitude, ev.longitude, ge["latitude"], ge["longitude"])
        return t + (2 if d <= 10 else 1 if d <= 50 else 0)

    best = max(golds, key=fit)
    return best["gold"] if fit(best) > 0 else None


def _legacy_label(ev: Event, golds: list[dict]) -> str | None:
    """The labelling used before (compatible type and same location name, or the article's only
    gold event of a compatible type): it depends on the merge rules being measured."""
    from polemos.merge import compatible_types

    fits = [g["gold"] for g in golds if compatible_types(g["event"].get("sub_event_type", ""),
                                                         ev.sub_event_type)]
    same = [g["gold"] for g in golds if g["gold"] in fits
            and g["event"].get("location") == ev.location]
    return (same or (fits if len(fits) == 1 else []) or [None])[0]


def _pairs(groups: dict[str, list[tuple[int, int]]], cross_doc: bool) -> set[frozenset]:
    out = set()
    for items in groups.values():
        out |= {frozenset((x, y)) for i, x in enumerate(items) for y in items[i + 1:]
                if not cross_doc or x[0] != y[0]}
    return out


def _prf(pred: set, gold: set) -> tuple[float, float, float]:
    p = len(pred & gold) / len(pred) if pred else 1.0
    r = len(pred & gold) / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _cause(x: Event, y: Event, gx: Event, gy: Event, wrong: bool) -> str:
    """Why two reports were merged wrongly / kept apart wrongly: the rule that decided, and
    whether the extraction (a field unlike the article's gold event) or merging is to blame."""
    from polemos.merge_rules import mismatch

    if wrong:
        rule = mismatch(gx, gy)
        if rule is None:
            return "merge: near miss indistinguishable even from the gold fields"
        return f"{rule} (extraction hid the difference)" if mismatch(x, y) is None else \
            f"{rule} (merge: joined through the merged event)"
    rule = mismatch(x, y)
    if rule is None:
        return "merge: pair matches, but the reports joined different events"
    if mismatch(gx, gy) == rule:
        return f"{rule} (merge rule: the gold events themselves do not match)"
    return f"{rule} (extraction)"


def merge_with_pipeline(fixture: Path, cache: Path | None = None, examples: int = 3) -> None:
    """Pairwise merge precision/recall when the real pipeline extracts the fixture's texts.

    Each extracted event is labelled with the gold event of its article it reports
    (``_label``); the store merges the extracted events; pairs are counted between reports of
    different documents only (events of one document join only when one repeats the other,
    and are counted apart).
    Missed and wrong pairs are broken down by cause. The former labelling and all-pairs
    scoring are printed too, for comparison with earlier figures.
    """
    from sqlalchemy import select

    from polemos.db import reports

    arts = [json.loads(x) for x in fixture.read_text(encoding="utf-8").splitlines() if x.strip()]
    extracted = _extract(arts, cache)
    tmp = tempfile.TemporaryDirectory()
    store = Store(Path(tmp.name) / "merge.db")
    docs, skipped = [], []
    for a, evs in zip(arts, extracted, strict=True):
        doc = _doc(a)
        docs.append(doc.id)
        if store.add(doc, evs).skipped:
            skipped.append(a["id"])  # same text or canonical URL as an earlier article
    with store.engine.connect() as conn:
        pred: dict[str, list[tuple[int, int]]] = {}
        for eid, d, pos in conn.execute(select(reports.c.event_id, reports.c.doc_id,
                                               reports.c.position)):
            pred.setdefault(eid, []).append((docs.index(d), pos))
    store.close()
    tmp.cleanup()

    gold: dict[str, list[tuple[int, int]]] = {}
    legacy: dict[str, list[tuple[int, int]]] = {}
    label: dict[tuple[int, int], str] = {}
    found: set[tuple[int, str]] = set()
    secondary = spurious = 0
    for n, (a, evs) in enumerate(zip(arts, extracted, strict=True)):
        for i, ev in enumerate(evs):
            g = _label(ev, a["events"])
            if g is None:
                g, spurious = f"spurious {a['id']}#{i}", spurious + 1
            elif (n, g) in found:
                secondary += 1  # the article's event already extracted once
            found.add((n, g))
            label[(n, i)] = g
            gold.setdefault(g, []).append((n, i))
            old = _legacy_label(ev, a["events"]) or f"spurious {a['id']}#{i}"
            legacy.setdefault(old, []).append((n, i))
    n_gold = sum(len(a["events"]) for a in arts)
    n_found = sum(1 for n, a in enumerate(arts) for g in {e["gold"] for e in a["events"]}
                  if (n, g) in found)
    n_events = len({e["gold"] for a in arts for e in a["events"]})
    print(f"fixture {fixture.name}: {len(arts)} articles, {n_gold} gold reports of "
          f"{n_events} events")
    print(f"extraction: {sum(map(len, extracted))} events; {n_found}/{n_gold} gold reports "
          f"found, {secondary} secondary (a 2nd event for one gold report), {spurious} spurious")
    same_doc = [tuple(pr) for pr in _pairs(pred, False) - _pairs(pred, True)]
    if skipped:
        print(f"store: skipped as already stored: {', '.join(skipped)}")
    print(f"store: {len(pred)} events for {n_events} gold events; {len(same_doc)} pairs of "
          f"events of one document joined as repeats, "
          f"{sum(1 for x, y in same_doc if label[x] == label[y])} of them right")
    pp, gp = _pairs(pred, True), _pairs(gold, True)
    p, r, f = _prf(pp, gp)
    print(f"merge after real extraction (pairs between documents): precision {p:.3f}, "
          f"recall {r:.3f}, F1 {f:.3f} ({len(pp & gp)} right of {len(pp)} merged pairs; "
          f"{len(gp)} gold pairs)")
    gold_items = {}
    for n, a in enumerate(arts):
        for e in a["events"]:
            gold_items.setdefault(e["gold"], set()).add(n)
    e2e = {frozenset(((x, g), (y, g))) for g, ns in gold_items.items() for x in ns for y in ns
           if x < y}
    got = {frozenset(((x[0], label[x]), (y[0], label[y]))) for pr in pp for x, y in [tuple(pr)]
           if label[x] == label[y]}
    print(f"end to end: {len(e2e & got)}/{len(e2e)} pairs of gold reports of different "
          f"documents end up in one stored event (recall {len(e2e & got) / max(1, len(e2e)):.3f})")
    lp, lr, lf = _prf(_pairs(pred, False), _pairs(legacy, False))
    print(f"former scoring (labels from merge types, same-document pairs counted): precision "
          f"{lp:.3f}, recall {lr:.3f}")

    golds = {(n, e["gold"]): Event.model_validate(e["event"]) for n, a in enumerate(arts)
             for e in a["events"]}
    where = {x: eid for eid, items in pred.items() for x in items}
    causes: dict[str, list[str]] = {}
    for kind, prs in (("missed", gp - pp), ("wrong", pp - gp)):
        for pr in sorted(prs, key=sorted):
            x, y = sorted(pr)
            ex, ey = extracted[x[0]][x[1]], extracted[y[0]][y[1]]
            if label[x].startswith("spurious") or label[y].startswith("spurious"):
                c = "spurious event"
            elif kind == "missed" and any(where.get((x[0], j)) == where[y] for j in range(
                    len(extracted[x[0]])) if j != x[1] and label[(x[0], j)] == label[x]):
                c = "secondary event (its document's first report joined the event)"
            elif kind == "missed" and any(where.get((y[0], j)) == where[x] for j in range(
                    len(extracted[y[0]])) if j != y[1] and label[(y[0], j)] == label[y]):
                c = "secondary event (its document's first report joined the event)"
            else:
                c = _cause(ex, ey, golds[(x[0], label[x])], golds[(y[0], label[y])],
                           kind == "wrong")
            desc = " vs ".join(f"{arts[z[0]]['id']}#{z[1]}={label[z]} {e.sub_event_type} @ "
                               f"{e.location} p{e.geo_precision} {e.event_date} "
                               f"[{e.actor1} / {e.actor2}]" for z, e in ((x, ex), (y, ey)))
            causes.setdefault(f"{kind}: {c}", []).append(desc)
    for c, items in sorted(causes.items(), key=lambda kv: (kv[0].split(":")[0], -len(kv[1]))):
        print(f"  {len(items):3d} {c}")
        for d in items[:examples]:
            print(f"        {d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--adds", type=int, default=500)
    ap.add_argument("--db", default=None, help="database URL (default: a temp SQLite file)")
    ap.add_argument("--merge-pipeline", action="store_true",
                    help="only measure merging on the fixture texts through the real pipeline")
    ap.add_argument("--fixture", type=Path, default=FIXTURE,
                    help="clustered articles for --merge-pipeline (default: set A)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="JSON file caching the extracted events for --merge-pipeline")
    ap.add_argument("--examples", type=int, default=3, help="examples printed per cause")
    args = ap.parse_args()
    if args.merge_pipeline:
        merge_with_pipeline(args.fixture, args.cache, args.examples)
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
