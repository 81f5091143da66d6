"""Read-only queries the map needs and `Store.query` does not give: grid clusters for a
bounding box and zoom, counts per day, free-text search, and facets for the filter menus.

They run on the store's own engine and tables (polemos.db) with the filters of
`polemos.eventquery`, which `Store.query` uses too (country code or name, event or sub-event
type, actor substring, dates, bbox, and ``q``: words in the notes, place or actors). The
database does the grouping, so the browser never receives more than a few hundred rows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.engine import RowMapping

from polemos.db import documents, events, reports
from polemos.eventquery import BBox, Filters, canonical_type, conditions, parse_bbox, row_event
from polemos.schema import Event
from polemos.store import Store

__all__ = ["BBox", "Filters", "canonical_type", "clusters", "conditions", "count", "facets",
           "list_events", "parse_bbox", "row_event", "timeline"]

POINT_COLUMNS = ("event_id", "latitude", "longitude", "event_date", "event_type",
                 "sub_event_type", "location", "country", "fatalities", "actor1")


def count(store: Store, f: Filters) -> int:
    """How many merged events match."""
    with store.engine.connect() as conn:
        stmt = select(func.count()).select_from(events).where(*conditions(f))
        return int(conn.execute(stmt).scalar() or 0)


def list_events(store: Store, f: Filters, limit: int, offset: int = 0) -> list[Event]:
    """One page of matching merged events, newest first (ties by id, so pages are stable)."""
    stmt = (select(events).where(*conditions(f))
            .order_by(events.c.event_date.desc(), events.c.event_id).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [row_event(r) for r in conn.execute(stmt).mappings()]


def cell_size(zoom: int) -> float:
    """Grid cell in degrees at a map zoom: a quarter of a 256-pixel tile (64 px)."""
    return 360.0 / (2 ** max(0, min(zoom, 22))) / 4.0


def _point(row: RowMapping) -> dict[str, Any]:
    out = {c: row[c] for c in POINT_COLUMNS}
    out["event_date"] = row["event_date"].isoformat() if row["event_date"] else None
    return out


def clusters(store: Store, f: Filters, zoom: int, max_points: int) -> dict[str, Any]:
    """The events with coordinates in the filters' bbox: every point when there are at most
    ``max_points``, else one cluster per grid cell with its count, centre, extent and counts
    per event type (a cell holding one event also gives its id)."""
    located = [events.c.latitude.is_not(None), events.c.longitude.is_not(None)]
    conds = [*conditions(f), *located]
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(events).where(*conds))
                    .scalar() or 0)
        if f.bbox and total > 2000:
            everywhere = int(conn.execute(select(func.count()).select_from(events).where(
                *conditions(replace(f, bbox=None)), *located)).scalar() or 0)
            if total > everywhere / 3:  # most rows are in view: scan, do not use the index
                conds = [*conditions(f, index_bbox=False)]
        if total <= max_points:
            rows = conn.execute(select(*(events.c[c] for c in POINT_COLUMNS)).where(*conds)
                                .order_by(events.c.event_date.desc()).limit(max_points)).mappings()
            return {"mode": "points", "total": total, "points": [_point(r) for r in rows],
                    "clusters": []}
        size = cell_size(zoom)
        lon, lat = events.c.longitude, events.c.latitude
        if store.is_sqlite:  # lon + 180 >= 0, so truncation is floor
            cx, cy = cast((lon + 180.0) / size, Integer), cast((lat + 90.0) / size, Integer)
        else:
            cx, cy = (cast(func.floor((lon + 180.0) / size), Integer),
                      cast(func.floor((lat + 90.0) / size), Integer))
        stmt = (select(cx.label("cx"), cy.label("cy"), events.c.event_type,
                       func.count().label("n"), func.avg(lat).label("lat"),
                       func.avg(lon).label("lon"), func.min(lat).label("s"),
                       func.max(lat).label("n_"), func.min(lon).label("w"),
                       func.max(lon).label("e"), func.min(events.c.event_id).label("id"))
                .where(*conds).group_by("cx", "cy", events.c.event_type))
        rows = conn.execute(stmt).mappings().all()
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for r in rows:
        c = cells.setdefault((r["cx"], r["cy"]), {
            "count": 0, "lat": 0.0, "lon": 0.0, "types": {}, "bounds": [180.0, 90.0, -180.0, -90.0],
            "event_id": None})
        n = int(r["n"])
        c["lat"] += float(r["lat"]) * n
        c["lon"] += float(r["lon"]) * n
        c["count"] += n
        c["types"][r["event_type"]] = n
        b = c["bounds"]
        c["bounds"] = [min(b[0], r["w"]), min(b[1], r["s"]), max(b[2], r["e"]), max(b[3], r["n_"])]
        c["event_id"] = r["id"] if c["count"] == 1 else None
    out = []
    for c in cells.values():
        c["lat"] = round(c["lat"] / c["count"], 5)
        c["lon"] = round(c["lon"] / c["count"], 5)
        c["event_type"] = max(c["types"], key=lambda t: c["types"][t])
        out.append(c)
    out.sort(key=lambda c: -c["count"])
    return {"mode": "clusters", "total": total, "cell_deg": size, "points": [], "clusters": out}


def timeline(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Events per day (dated events only), oldest first."""
    conds = [*conditions(f), events.c.event_date.is_not(None)]
    stmt = (select(events.c.event_date, func.count().label("n")).where(*conds)
            .group_by(events.c.event_date).order_by(events.c.event_date))
    with store.engine.connect() as conn:
        return [{"date": r["event_date"].isoformat(), "count": int(r["n"])}
                for r in conn.execute(stmt).mappings()]


def facets(store: Store) -> dict[str, Any]:
    """What the filter menus offer: countries present (code, name, count), the date span,
    and the extent [W, S, E, N] of the located events (the page's first view)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(events.c.country_code, events.c.country, func.count()
                                   .label("n")).group_by(events.c.country_code, events.c.country)
                            .order_by(func.count().desc()).limit(300)).mappings().all()
        lo, hi = conn.execute(select(func.min(events.c.event_date),
                                     func.max(events.c.event_date))).one()
        lat, lon = events.c.latitude, events.c.longitude
        box = conn.execute(select(func.min(lon), func.min(lat), func.max(lon), func.max(lat))
                           ).one()
    return {"countries": [{"code": r["country_code"], "name": r["country"], "count": int(r["n"])}
                          for r in rows if r["country_code"] or r["country"]],
            "first_date": lo.isoformat() if lo else None,
            "last_date": hi.isoformat() if hi else None,
            "extent": [float(x) for x in box] if box[0] is not None else None}


def documents_meta(store: Store, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, URL, date and language of some documents, by id (no text)."""
    if not doc_ids:
        return {}
    cols = (documents.c.id, documents.c.title, documents.c.url, documents.c.published,
            documents.c.language)
    with store.engine.connect() as conn:
        rows = conn.execute(select(*cols).where(documents.c.id.in_(sorted(set(doc_ids)))))
        return {r.id: {"id": r.id, "title": r.title, "url": r.url, "language": r.language,
                       "published": r.published.isoformat() if r.published else None}
                for r in rows}


def events_of_document(store: Store, doc_id: str) -> list[str]:
    """Ids of the merged events a document reported."""
    stmt = (select(reports.c.event_id).where(reports.c.doc_id == doc_id).distinct()
            .order_by(reports.c.event_id))
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(stmt)]


__all__ = ["Filters", "canonical_type", "cell_size", "clusters", "conditions", "count",
           "documents_meta", "events_of_document", "facets", "list_events", "parse_bbox",
           "row_event", "timeline"]
