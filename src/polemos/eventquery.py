"""The filters of stored-event queries, shared by `Store.query`, `polemos events` and the map.

One meaning everywhere: ``country`` an ISO alpha-2 code or a name (any letter case),
``event_type`` an event type or sub-event type (any letter case), ``actor`` a substring of any
actor, ``q`` words that must all occur in the notes, place, country or an actor, dates
inclusive, ``bbox`` (west, south, east, north) in degrees, west > east across the antimeridian.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.engine import RowMapping

from polemos.db import EVENT_COLUMNS, events
from polemos.errors import InputError
from polemos.schema import Event
from polemos.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

__all__ = ["BBox", "Filters", "canonical_type", "conditions", "parse_bbox", "row_event"]

BBox = tuple[float, float, float, float]
TEXT_COLUMNS = ("notes", "location", "admin1", "admin2", "country", "actor1", "actor2",
                "assoc_actor_1", "assoc_actor_2", "attribution")
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


@dataclass(frozen=True)
class Filters:
    """Which merged events a query keeps (every filter given must hold)."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    actor: str | None = None
    q: str | None = None
    bbox: BBox | None = None

    def without_dates(self) -> Filters:
        """The same filters over all dates (the timeline shows what a range would pick from)."""
        return replace(self, since=None, until=None)


def parse_bbox(value: str | None) -> BBox | None:
    """(west, south, east, north) from "W,S,E,N"; longitudes wrapped into [-180, 180] (a box
    over the antimeridian has west > east), latitudes clamped; InputError when malformed."""
    if not value:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise InputError(f"bbox must be W,S,E,N in degrees, not {value!r}") from None
    if not all(abs(x) < 1e6 for x in (w, s, e, n)) or s > n:
        raise InputError(f"not a bounding box (need S <= N): {value!r}")
    s, n = max(s, -90.0), min(n, 90.0)
    if w > e:  # over the antimeridian
        if not (-180 <= e < w <= 180):
            raise InputError(f"not a bounding box (W > E only across the antimeridian): {value!r}")
        return (w, s, e, n)
    if e - w >= 360:
        return (-180.0, s, 180.0, n)

    def wrap(x: float) -> float:
        return ((x + 180.0) % 360.0) - 180.0

    w2, e2 = wrap(w), wrap(e)
    if e2 == -180.0 and e > w:
        e2 = 180.0
    return (w2, s, e2, n)


def canonical_type(value: str) -> tuple[str, str]:
    """("event_type"|"sub_event_type", canonical name) for a type in any letter case."""
    for col, names in (("event_type", EVENT_TYPES), ("sub_event_type", SUB_EVENT_TYPES)):
        for name in names:
            if name.casefold() == value.strip().casefold():
                return col, name
    raise InputError(f"unknown event type or sub-event type: {value!r}")


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(f: Filters, index_bbox: bool = True) -> list[Any]:
    """SQL conditions on the events table for these filters (all must hold).

    ``index_bbox=False`` writes the bbox so that no index can serve it (``latitude + 0``):
    for a box holding most events a table scan beats fetching every row through the index.
    """
    conds: list[Any] = []
    if f.country and f.country.strip():
        c = f.country.strip()
        if len(c) == 2:
            conds.append(events.c.country_code == c.upper())
        else:
            conds.append(func.lower(events.c.country) == c.lower())
    if f.since:
        conds.append(events.c.event_date >= f.since)
    if f.until:
        conds.append(events.c.event_date <= f.until)
    if f.event_type and f.event_type.strip():
        col, name = canonical_type(f.event_type)
        conds.append(events.c[col] == name)
    if f.actor and f.actor.strip():
        pat = _like(f.actor.strip())
        conds.append(or_(*(events.c[k].ilike(pat, escape="\\") for k in ACTOR_COLUMNS)))
    for word in (f.q or "").split()[:8]:
        pat = _like(word)
        conds.append(or_(*(events.c[k].ilike(pat, escape="\\") for k in TEXT_COLUMNS)))
    if f.bbox:
        w, s, e, n = f.bbox
        lat, lon = events.c.latitude, events.c.longitude
        if not index_bbox:
            lat, lon = lat + 0, lon + 0
        conds.append(lat.between(s, n))
        conds.append(lon.between(w, e) if w <= e else or_(lon >= w, lon <= e))
    return conds


def row_event(row: RowMapping) -> Event:
    """A stored event (an events row, or a reports row with its one source) as an Event."""
    data = {c: row[c] for c in EVENT_COLUMNS}
    data["event_id"] = row["event_id"]
    data["evidence"] = json.loads(row["evidence"] or "[]")
    data["sources"] = (json.loads(row["sources"] or "[]") if "sources" in row
                       else [row["source_ref"]])
    return Event.model_validate(data)
