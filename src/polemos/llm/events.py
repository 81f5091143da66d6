"""From checked model fields to polemos Events, with the offline normalisers in hybrid mode.

Only fields whose quotes were found (polemos.llm.verify) reach this module. In "llm" mode the
model's values are kept as given; in "hybrid" mode the offline date resolver, geocoder and
actor registry re-read the quoted words and supply ACLED's normal forms (dates with their
precision, coordinates and admin areas, actor names with inter codes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from polemos.llm.verify import Checked, Supported
from polemos.schema import Document, Event, Evidence, event_from_fields
from polemos.taxonomy import event_type_of

# Event-level requirement names -> the field that must be supported.
REQUIRE_FIELDS = {"sub_event_type": "no_type", "location": "no_place", "event_date": "no_date"}
_SENT_END = re.compile(r"[.!?؟。\n]")


@dataclass
class Normalisers:
    """The offline components hybrid mode uses; any may be None (then the model value stays)."""

    geocoder: Any = None
    actors: Any = None
    resolved: list = field(default_factory=list)  # geoparse of the whole document, done once
    use_dates: bool = False


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence(s) containing text[start:end] (a light split for notes)."""
    left = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    right = m.end() if m else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, max(right, end)


def _ev(name: str, s: Supported) -> Evidence:
    return Evidence(field=name, start=s.start, end=s.end, text=s.text)


def _date(s: Supported, doc: Document, lang: str | None, norm: Normalisers) -> tuple[date, int]:
    """The event date and its precision: the resolver's reading of the quote in hybrid mode."""
    if norm.use_dates:
        try:
            from polemos.dates import find_date
        except ImportError:
            find_date = None  # type: ignore[assignment]
        if find_date is not None:
            dm = find_date(s.text, doc.published, lang)
            if dm is not None:
                return dm.value, int(dm.precision)
    return s.value, 1


def _place(f: dict[str, Any], s: Supported, norm: Normalisers) -> None:
    """Location fields: the geocoder's place inside the quote in hybrid mode, else the value."""
    f["location"] = s.value
    if norm.geocoder is None:
        return
    place = norm.geocoder.place_in(norm.resolved, s.start, s.end)
    if place is None:
        return
    for name in ("country", "country_code", "admin1", "admin2", "latitude", "longitude",
                 "geonameid", "feature_code"):
        value = getattr(place, name, None)
        if value is not None:
            f[name] = value
    f["location"] = getattr(place, "name", None) or s.value
    f["geo_precision"] = getattr(place, "precision", None)


def _actor(f: dict[str, Any], role: str, s: Supported, lang: str | None,
           norm: Normalisers) -> None:
    """Actor name (and inter code): the registry's match in the quote in hybrid mode."""
    f[role] = s.value
    if norm.actors is None:
        return
    found = norm.actors.find(s.text, lang, f.get("country_code"))
    if found:
        f[role] = found[0].name
        f["inter" + role[-1]] = found[0].inter


def build_event(doc: Document, lang: str | None, checked: Checked, norm: Normalisers,
                require: tuple[str, ...]) -> tuple[Event | None, str]:
    """The Event for one checked model event, or (None, reason) when a required field is
    unsupported. Evidence spans are polemos's own search results, never the model's."""
    got = checked.fields
    for name in require:
        if name not in got:
            return None, REQUIRE_FIELDS.get(name, f"no_{name}")
    if "sub_event_type" not in got:
        return None, "no_type"
    st = got["sub_event_type"]
    sub = str(st.value)
    event_type_of(sub)  # raises on a sub-type outside ACLED's 25
    f: dict[str, Any] = {}
    evidence = [_ev("sub_event_type", st), _ev("event_type", st)]
    if "event_date" in got:
        f["event_date"], f["time_precision"] = _date(got["event_date"], doc, lang, norm)
    if "location" in got:
        _place(f, got["location"], norm)
    if "country" in got and "country" not in f:
        f["country"] = got["country"].value
    for role in ("actor1", "actor2"):
        if role in got:
            _actor(f, role, got[role], lang, norm)
    if "fatalities" in got:
        f["fatalities"] = int(got["fatalities"].value)
    for name, s in got.items():
        if name != "sub_event_type":
            evidence.append(_ev(name, s))
    if "location" in got:
        for extra in ("admin1", "admin2", "latitude", "longitude", "geonameid"):
            if extra in f:
                evidence.append(_ev(extra, got["location"]))
    kept = len(got)
    confidence = 0.5 + 0.5 * kept / max(checked.seen, 1)
    n_start, n_end = sentence_around(doc.text, st.start, st.end)
    key = f"{doc.id}:{st.start}:{sub}:{f.get('location')}:{f.get('event_date')}"
    event = event_from_fields(f, sub_event_type=sub, doc=doc, lang=lang, key=key,
                              confidence=confidence, notes=doc.text[n_start:n_end].strip(),
                              evidence=evidence)
    return event, ""


def same_event(a: Event, b: Event) -> bool:
    """One event per action type, place and day: a model's repeat of an event is not a new one."""
    return (a.sub_event_type == b.sub_event_type and a.location == b.location
            and a.event_date == b.event_date and a.actor1 == b.actor1)


__all__ = ["Normalisers", "REQUIRE_FIELDS", "build_event", "same_event", "sentence_around"]
