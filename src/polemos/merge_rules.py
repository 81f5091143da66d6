"""Whether two reports describe the same happening: the merge rules (docs/store.md).

Pure functions on ``Event`` objects: compatible sub-types (and neighbouring ones a detector
confuses), dates, places, actors; ``match_score`` and ``best_match`` for the store,
``mismatch`` to say which rule keeps two reports apart, ``document_duplicates`` for the
events of one document that only repeat another. polemos.merge combines matched reports.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from datetime import date, timedelta
from typing import TypeVar

from polemos.schema import Event
from polemos.taxonomy import event_type_of

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
# Neighbouring sub-types a detector confuses from one report's wording ("an attack killed
# two", "explosions were heard"): tolerated only on the same day, at a compatible place, with
# compatible actors and fatality figures, and scored below any match of compatible types.
_NEIGHBOUR_PAIRS: set[frozenset[str]] = {
    frozenset(p)
    for p in [
        ("Attack", "Air/drone strike"),
        ("Attack", "Shelling/artillery/missile attack"),
        ("Attack", "Remote explosive/landmine/IED"),
        ("Attack", "Grenade"),
        ("Attack", "Suicide bomb"),
        ("Remote explosive/landmine/IED", "Air/drone strike"),
        ("Remote explosive/landmine/IED", "Shelling/artillery/missile attack"),
        ("Non-violent transfer of territory", "Armed clash"),
        ("Non-violent transfer of territory", "Government regains territory"),
        ("Non-violent transfer of territory", "Non-state actor overtakes territory"),
    ]
}
_REMOTE = "Explosions/Remote violence"
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


def compatible_types(a: str, b: str) -> bool:
    """Same sub-event type, or two that reports of one happening often disagree on."""
    return a == b or frozenset((a, b)) in _COMPATIBLE_PAIRS


def neighbour_types(a: str, b: str) -> bool:
    """Two sub-types one detector confuses; they match only on stronger evidence (same day)."""
    return frozenset((a, b)) in _NEIGHBOUR_PAIRS


def compatible_sub_types(sub: str) -> set[str]:
    """Every sub-event type that may match ``sub`` (itself, compatible ones and neighbours)."""
    out = {sub}
    for pair in _COMPATIBLE_PAIRS | _NEIGHBOUR_PAIRS:
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


def _lone(e: Event) -> bool:
    """Only one actor named: a report may have put the victim on side 1 ("soldiers killed")."""
    return _named(e.actor1) and not _named(e.actor2)


def actors_compatible(a: Event, b: Event) -> bool:
    """No named actor of one report contradicts the other's (unidentified fits anyone)."""
    if not _assoc_match(a.assoc_actor_1, b.assoc_actor_1):
        return False
    straight = (_actor_match(a.actor1, b.actor1), _actor_match(a.actor2, b.actor2))
    if False not in straight:
        return True
    if straight[0] and (a.claimed or b.claimed):
        return True  # a party's claim often names another target than the other reports do
    if straight[0] and _remote(a, b) and (_generic(a.actor2) or _generic(b.actor2)):
        return True  # one strike: "hit a military facility" / "killed civilians" in two reports
    crossed = (_actor_match(a.actor1, b.actor2), _actor_match(a.actor2, b.actor1))
    if a.sub_event_type in _SYMMETRIC or b.sub_event_type in _SYMMETRIC:
        return False not in crossed
    if (_lone(a) or _lone(b)) and True in crossed and compatible_types(a.sub_event_type,
                                                                       b.sub_event_type):
        return False not in crossed  # the lone actor is the other report's second side
    return False


def _remote(a: Event, b: Event) -> bool:
    """Both reports tell explosions or remote violence (strikes, shelling, bombs)."""
    return event_type_of(a.sub_event_type) == event_type_of(b.sub_event_type) == _REMOTE


def _generic(actor: str | None) -> bool:
    """Civilians, protesters or rioters: a target a report names by what happened to them."""
    return bool(actor) and _norm(actor).startswith(("civilians", "protesters", "rioters"))


def figures_agree(a: Event, b: Event) -> bool:
    """Fatality figures that can describe one happening: both zero or both not, within 2x+2."""
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None:
        return True
    lo, hi = sorted((fa, fb))
    return (lo == 0) == (hi == 0) and hi <= 2 * lo + 2


def corroborated(a: Event, b: Event) -> bool:
    """One positive piece of evidence besides place and day: the same named actor on a side
    (either side for battles), or the same non-zero fatality figure (required of
    neighbouring sub-types)."""
    crossed = a.sub_event_type in _SYMMETRIC or b.sub_event_type in _SYMMETRIC
    return bool(_actor_match(a.actor1, b.actor1) or _actor_match(a.actor2, b.actor2)
                or (crossed and (_actor_match(a.actor1, b.actor2)
                                 or _actor_match(a.actor2, b.actor1)))
                or (a.fatalities and a.fatalities == b.fatalities))


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


def mismatch(a: Event, b: Event) -> str | None:
    """The first rule two events fail ("type", "date", "place", "actor", "evidence"), or None
    when they are one happening (the same checks as ``match_score``, for diagnosis)."""
    neighbours = not compatible_types(a.sub_event_type, b.sub_event_type)
    if neighbours and not neighbour_types(a.sub_event_type, b.sub_event_type):
        return "type"
    da, db = merge_day(a), merge_day(b)
    if da is None or db is None:
        return "date"
    gap = abs((da[0] - db[0]).days)
    if gap > max(da[1], db[1]):
        return "date"
    if neighbours and (gap or a.event_date is None or b.event_date is None
                       or max(a.time_precision, b.time_precision) > 1):
        return "type"  # neighbouring sub-types: only two reports of the same day
    exact_days = a.event_date is not None and b.event_date is not None and max(
        a.time_precision, b.time_precision) == 1
    place = place_score(a, b)
    if place is None:
        return "place"
    if not actors_compatible(a, b) and not (
            not neighbours and not gap and exact_days and place >= 0.75
            and _disputed_perpetrator(a, b)):
        return "actor"
    if neighbours and not (figures_agree(a, b) and corroborated(a, b)):
        return "evidence"
    return None


def _disputed_perpetrator(a: Event, b: Event) -> bool:
    """Two reports of a strike or bombing that blame different perpetrators but agree on the
    target: explosions are often attributed differently by different sources (the caller
    requires the same day and the same precise place)."""
    return (_remote(a, b) and _actor_match(a.actor2, b.actor2) is not False
            and _assoc_match(a.assoc_actor_1, b.assoc_actor_1))


def match_score(a: Event, b: Event) -> float | None:
    """A score when two events are one happening (higher = surer), None when they are not."""
    if mismatch(a, b) is not None:
        return None
    da, db = merge_day(a), merge_day(b)
    gap = abs((da[0] - db[0]).days)  # type: ignore[index]
    tol = max(da[1], db[1])  # type: ignore[index]
    score = place_score(a, b) + 0.5 * (1 - gap / (tol + 1))  # type: ignore[operator]
    if a.sub_event_type == b.sub_event_type:
        score += 0.2
    elif neighbour_types(a.sub_event_type, b.sub_event_type):
        score -= 0.3  # any match of compatible types is preferred
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


def _place_spans(e: Event) -> set[tuple[int, int]]:
    return {(v.start, v.end) for v in e.evidence if v.field == "location"}


def document_duplicates(events: Sequence[Event]) -> list[int | None]:
    """For each event of one document, the index of an earlier event of the same document it
    only repeats, else None: a second sentence about the same strike typed as an attack, or
    the same protest placed at the province. Both must cite the same place in the text (the
    same location span) and match as two reports of one happening would."""
    out: list[int | None] = []
    for i, ev in enumerate(events):
        spans = _place_spans(ev)
        out.append(next((j for j in range(i) if out[j] is None and spans
                         and spans & _place_spans(events[j])
                         and match_score(ev, events[j]) is not None), None))
    return out


__all__ = [
    "actors_compatible",
    "best_match",
    "compatible_sub_types",
    "compatible_types",
    "corroborated",
    "date_window",
    "document_duplicates",
    "figures_agree",
    "haversine_km",
    "match_score",
    "merge_day",
    "mismatch",
    "neighbour_types",
    "place_score",
]
