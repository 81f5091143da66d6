"""Combining the reports of one happening into one event (and deciding which are one).

Pure functions on ``Event`` objects, no database: the store (polemos.store) asks
``best_match`` which stored event a new report belongs to and rebuilds the merged event
with ``combine``; ``cluster`` does the same in memory for evaluation. The matching rules
live in polemos.merge_rules (re-exported here); they, and what counts as a correction,
are documented in docs/store.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from polemos.merge_rules import (
    _named,
    actors_compatible,
    best_match,
    compatible_sub_types,
    compatible_types,
    corroborated,
    date_window,
    document_duplicates,
    figures_agree,
    haversine_km,
    match_score,
    merge_day,
    mismatch,
    neighbour_types,
    place_score,
)
from polemos.schema import Document, Event
from polemos.taxonomy import disorder_type, event_type_of, interaction

K = TypeVar("K", bound=Hashable)

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
    conf = max(r.event.confidence for r in ranked)
    for _ in range(len({r.source_ref for r in ranked}) - 1):
        conf += 0.1 * (1 - conf)  # each further independent source adds a little
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

    ``doc_ids[i]`` is the document of ``reports[i]``: two reports of one document merge only
    when ``document_duplicates`` says the second repeats the first.
    """
    groups: list[list[int]] = []
    merged: list[Event] = []
    where: dict[int, int] = {}
    i = 0
    while i < len(reports):
        n = next((k for k in range(i, len(reports)) if doc_ids[k] != doc_ids[i]), len(reports))
        dups = document_duplicates([r.event for r in reports[i:n]])
        for k in range(i, n):
            if dups[k - i] is not None:
                g = where[i + dups[k - i]]
            else:
                cands = [(g, merged[g]) for g in range(len(groups))
                         if doc_ids[k] not in {doc_ids[j] for j in groups[g]}]
                g = best_match(reports[k].event, cands)
            if g is None:
                groups.append([k])
                merged.append(combine([reports[k]]))
                g = len(groups) - 1
            else:
                groups[g].append(k)
                merged[g] = combine([reports[j] for j in groups[g]])
            where[k] = g
        i = n
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
    "corroborated",
    "date_window",
    "document_duplicates",
    "figures_agree",
    "haversine_km",
    "is_correction",
    "match_score",
    "merge_day",
    "mismatch",
    "neighbour_types",
    "pairwise_scores",
    "place_score",
]
