"""Deciding which reports describe the same event, and combining them into one event.

Pure functions on ``Event`` objects, no database: the store (polemos.store) asks
``best_match`` which stored event a new report belongs to and rebuilds the merged event
with ``combine``; ``cluster`` does the same in memory for evaluation. The rules, and
what counts as a correction, are documented in docs/store.md.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from polemos.schema import Document, Event
from polemos.taxonomy import disorder_type, event_type_of, interaction

K = TypeVar("K", bound=Hashable)

# Sub-event types that reports of one happening commonly disagree on (pairs, both ways).
_COMPATIBLE_PAIRS: set[frozenset[str]] = {
    frozenset(p)
    for p in [
        ("Armed clash", "Government regains territory"),
        ("Armed clash", "Non-state actor overtakes territory"),
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        ("Suicide bomb", "Remote explosive/landmine/IED"),
        ("Grenade", "Remote explosive/landmine/IED"),
        ("Peaceful protest", "Protest with intervention"),
        ("Protest with intervention", "Excessive force against protesters"),
        ("Peaceful protest", "Excessive force against protesters"),
        ("Protest with intervention", "Violent demonstration"),
        ("Violent demonstration", "Mob violence"),
    ]
}
# Sub-event types whose two sides are symmetric: "A clashed with B" = "B clashed with A".
_SYMMETRIC = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}

# Days two event dates may differ by, by the coarser time precision of the two.
DATE_TOLERANCE_DAYS = {1: 1, 2: 7, 3: 31}
# An event without a date is placed on its publication day, this many days either side.
UNDATED_TOLERANCE_DAYS = 2
# Two points are one place within this many km, by the coarser geo precision (1 or 2).
PLACE_RADIUS_KM = {1: 10.0, 2: 25.0}

_UNIDENTIFIED = re.compile(r"\bunidentified\b|\bunknown\b", re.IGNORECASE)
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")

# Words that mark a document as a correction of an earlier report, in polemos' languages.
# Matched at the start of the title or of the text (first 200 characters).
_CORRECTION = re.compile(
    r"^\W{0,3}(correction|corrected|corrects|clarification|erratum|rectificatif|correctif|"
    r"corrigé|corrige|corrección|correccion|fe de erratas|rectificación|rectificacion|"
    r"تصحيح|استدراك|исправление|поправка|уточнение|виправлення|уточнення|спростування)\b",
    re.IGNORECASE,
)


def is_correction(doc: Document) -> bool:
    """True when the document announces itself as a correction (title or lead starts so)."""
    heads = [doc.title or "", doc.text[:200]]
    return any(_CORRECTION.search(h.strip()) for h in heads)


def compatible_types(a: str, b: str) -> bool:
    """Same sub-event type, or two that reports of one happening often disagree on."""
    return a == b or frozenset((a, b)) in _COMPATIBLE_PAIRS


def compatible_sub_types(sub: str) -> set[str]:
    """Every sub-event type compatible with ``sub`` (itself included)."""
    out = {sub}
    for pair in _COMPATIBLE_PAIRS:
        if sub in pair:
            out |= pair
    return out


def _norm(s: str | None) -> str:
    """Casefolded, accent-free, year-range-free form of a name for comparison."""
    if not s:
        return ""
    s = _YEARS.sub("", s)
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def _named(actor: str | None) -> bool:
    return bool(actor) and not _UNIDENTIFIED.search(actor or "")


def _actor_match(a: str | None, b: str | None) -> bool | None:
    """True same, False different, None unknown (missing or unidentified on one side)."""
    if not _named(a) or not _named(b):
        return None
    na, nb = _norm(a), _norm(b)
    return na == nb or na.startswith(nb) or nb.startswith(na)


def _assoc_match(a: str | None, b: str | None) -> bool:
    """Associated actors ("A; B") agree unless both are given and share no name."""
    if not a or not b:
        return True
    na, nb = ({_norm(x) for x in s.split(";") if x.strip()} for s in (a, b))
    return bool(na & nb)


def actors_compatible(a: Event, b: Event) -> bool:
    """No named actor of one report contradicts the other's (unidentified fits anyone)."""
    if not _assoc_match(a.assoc_actor_1, b.assoc_actor_1):
        return False
    straight = (_actor_match(a.actor1, b.actor1), _actor_match(a.actor2, b.actor2))
    if False not in straight:
        return True
    if straight[0] and (a.claimed or b.claimed):
        return True  # a party's claim often names another target than the other reports do
    if a.sub_event_type in _SYMMETRIC or b.sub_event_type in _SYMMETRIC:
        crossed = (_actor_match(a.actor1, b.actor2), _actor_match(a.actor2, b.actor1))
        return False not in crossed
    return False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_score(a: Event, b: Event) -> float | None:
    """How surely two events are at one place, in (0, 1]; None when they are not (or unknown)."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0
    pa, pb = a.geo_precision or 1, b.geo_precision or 1
    coarse = max(pa, pb)
    both_points = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    if both_points and coarse <= 2:
        d = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        radius = PLACE_RADIUS_KM[coarse]
        if d <= radius:
            return 1.0 - 0.5 * d / radius
        if coarse == 1:  # two precisely placed points this far apart are two places
            return None
    if a.location and _norm(a.location) == _norm(b.location):
        return 0.8
    if a.admin2 and _norm(a.admin2) == _norm(b.admin2) and (a.admin1 == b.admin1 or not a.admin1
                                                          or not b.admin1):
        return 0.6
    if coarse == 3 and a.admin1 and _norm(a.admin1) == _norm(b.admin1):
        return 0.4  # one report names only the province: same province is all we can say
    return None


def merge_day(e: Event) -> tuple[date, int] | None:
    """The day an event is compared on and its tolerance in days; None when it has neither."""
    if e.event_date is not None:
        return e.event_date, DATE_TOLERANCE_DAYS[e.time_precision]
    if e.published is not None:
        return e.published, UNDATED_TOLERANCE_DAYS
    return None


def date_window(e: Event) -> tuple[date, date] | None:
    """The widest range of days a matching event's date can fall in (for a database query)."""
    md = merge_day(e)
    if md is None:
        return None
    day, tol = md
    tol = max(tol, max(DATE_TOLERANCE_DAYS.values()))
    return day - timedelta(days=tol), day + timedelta(days=tol)


def match_score(a: Event, b: Event) -> float | None:
    """A score when two events are one happening (higher = surer), None when they are not."""
    if not compatible_types(a.sub_event_type, b.sub_event_type):
        return None
    da, db = merge_day(a), merge_day(b)
    if da is None or db is None:
        return None
    gap = abs((da[0] - db[0]).days)
    tol = max(da[1], db[1])
    if gap > tol:
        return None
    place = place_score(a, b)
    if place is None or not actors_compatible(a, b):
        return None
    score = place + 0.5 * (1 - gap / (tol + 1))
    if a.sub_event_type == b.sub_event_type:
        score += 0.2
    if _actor_match(a.actor1, b.actor1):
        score += 0.3
    return score


def best_match(new: Event, candidates: Iterable[tuple[K, Event]]) -> K | None:
    """The key of the candidate event ``new`` reports again, or None (it is a new event)."""
    best: tuple[float, K] | None = None
    for key, ev in candidates:
        s = match_score(new, ev)
        if s is not None and (best is None or s > best[0]):
            best = (s, key)
    return best[1] if best else None


@dataclass
class Report:
    """One event as one document reported it, with what merging needs to know about it."""

    event: Event
    source_ref: str  # the document's URL, or its id
    is_correction: bool = False
    order: int = 0  # arrival order in the store


def _quality(r: Report) -> tuple:
    e = r.event
    return (e.claimed, e.geo_precision or 4, e.time_precision, -e.confidence, r.order)


def combine(reports: Sequence[Report]) -> Event:
    """One merged event from the reports of one happening (see docs/store.md for the rules).

    Fields come from the best-placed non-claimed report, gaps filled from the others; a named actor
    beats an unidentified one; the fatality figure is the lowest non-claimed figure (the
    lowest claimed one when all are claims); corrections, in order, override what they give.
    """
    if not reports:
        raise ValueError("combine() needs at least one report")
    plain = sorted((r for r in reports if not r.is_correction), key=_quality)
    fixes = sorted((r for r in reports if r.is_correction),
                   key=lambda r: (r.event.published or date.min, r.order))
    ranked = plain or fixes
    merged = ranked[0].event.model_copy(deep=True)
    data = merged.model_dump()
    for r in ranked[1:]:
        for k, v in r.event.model_dump().items():
            if data.get(k) is None and v is not None and k != "event_id":
                data[k] = v
    for side in ("1", "2"):
        if not _named(data[f"actor{side}"]):
            for r in ranked:
                if _named(getattr(r.event, f"actor{side}")):
                    data[f"actor{side}"] = getattr(r.event, f"actor{side}")
                    data[f"assoc_actor_{side}"] = getattr(r.event, f"assoc_actor_{side}")
                    data[f"inter{side}"] = getattr(r.event, f"inter{side}")
                    break
    subs = Counter(r.event.sub_event_type for r in ranked)
    top = max(subs.values())
    data["sub_event_type"] = next(r.event.sub_event_type for r in ranked
                                  if subs[r.event.sub_event_type] == top)
    dated = [r.event for r in ranked if r.event.event_date is not None]
    if dated:
        best_tp = min(e.time_precision for e in dated)
        days = Counter(e.event_date for e in dated if e.time_precision == best_tp)
        top = max(days.values())
        data["event_date"] = min(d for d, n in days.items() if n == top)
        data["time_precision"] = best_tp
    figures = [(r.event.fatalities, r.event.claimed) for r in ranked
               if r.event.fatalities is not None]
    credible = [f for f, claimed in figures if not claimed]
    data["fatalities"] = min(credible) if credible else (min(f for f, _ in figures)
                                                         if figures else None)
    data["claimed"] = all(r.event.claimed for r in ranked)
    confs = sorted((r.event.confidence for r in ranked), reverse=True)
    conf = confs[0]
    for _ in confs[1:]:
        conf += 0.1 * (1 - conf)  # each further independent report adds a little
    data["confidence"] = round(min(1.0, conf), 3)
    for fix in fixes if plain else []:
        given = fix.event.model_dump(exclude={"event_id", "evidence", "sources", "confidence"})
        for k, v in given.items():
            if v is not None and k not in {"claimed", "time_precision"}:
                data[k] = v
        data["claimed"] = fix.event.claimed
        data["time_precision"] = fix.event.time_precision if fix.event.event_date else data[
            "time_precision"]
        data["evidence"] = fix.event.model_dump()["evidence"]
    data["event_type"] = event_type_of(data["sub_event_type"])
    data["disorder_type"] = disorder_type(data["event_type"], data["sub_event_type"])
    data["interaction"] = interaction(data["inter1"], data["inter2"])
    seen: dict[str, None] = {}
    for r in sorted(reports, key=lambda r: r.order):
        seen.setdefault(r.source_ref, None)
    data["sources"] = list(seen)
    return Event.model_validate(data)


def cluster(reports: Sequence[Report], doc_ids: Sequence[str]) -> list[list[int]]:
    """Group reports (in arrival order) as the store would: indices of each merged event.

    ``doc_ids[i]`` is the document of ``reports[i]``: two reports of one document never merge.
    """
    groups: list[list[int]] = []
    merged: list[Event] = []
    for i, rep in enumerate(reports):
        cands = [(g, merged[g]) for g in range(len(groups))
                 if doc_ids[i] not in {doc_ids[j] for j in groups[g]}]
        g = best_match(rep.event, cands)
        if g is None:
            groups.append([i])
            merged.append(combine([rep]))
        else:
            groups[g].append(i)
            merged[g] = combine([reports[j] for j in groups[g]])
    return groups


def pairwise_scores(predicted: Iterable[Iterable[K]], gold: Iterable[Iterable[K]]
                    ) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against gold clusters of the same items."""

    def pairs(groups: Iterable[Iterable[K]]) -> set[frozenset[K]]:
        out: set[frozenset[K]] = set()
        for g in groups:
            items = list(g)
            out |= {frozenset((x, y)) for i, x in enumerate(items) for y in items[i + 1:]}
        return out

    p, g = pairs(predicted), pairs(gold)
    precision = len(p & g) / len(p) if p else 1.0
    recall = len(p & g) / len(g) if g else 1.0
    return precision, recall


__all__ = [
    "Report",
    "actors_compatible",
    "best_match",
    "cluster",
    "combine",
    "compatible_sub_types",
    "compatible_types",
    "date_window",
    "haversine_km",
    "is_correction",
    "match_score",
    "merge_day",
    "pairwise_scores",
    "place_score",
]
