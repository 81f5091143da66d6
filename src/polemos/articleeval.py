"""Measure extraction on whole news articles whose events are known (any language).

Gold: JSON lines, one article each, with ``id``, ``text``, ``published``, ``language`` (or
``lang``), optional ``title``/``url``, and ``events``: a list of ``{"gold": ID, "event": {ACLED
fields}}`` (the format of ``tests/fixtures/merge/*.jsonl``). An article with ``"events": []``
reports no event (background, opinion): any event found there is a false alarm.

Each article is extracted by the real pipeline; its predicted events are paired one-to-one
with its gold events by place and date (:func:`pair_events`), and each pair is then judged
field by field. A gold event with no partner is missed, a predicted event with no partner is
spurious. Figures per language show whether the six languages give the same answer.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from polemos.errors import InputError, PolemosError
from polemos.metrics import FieldScore, fallback_actor_name, fold, haversine_km
from polemos.schema import Document, Event

__all__ = ["ArticleGold", "ArticlesReport", "evaluate_articles", "pair_events",
           "read_article_gold", "score_articles"]

# A predicted event may stand for a gold one when it is this close, or in the same admin1.
PAIR_KM = 60.0
PAIR_DAYS = 1
FIELDS = ("event_type", "sub_event_type", "event_date", "fatalities", "actor1", "admin1",
          "location_25km")


@dataclass
class ArticleGold:
    """One article to extract and the events it should give (ACLED fields as dicts)."""

    document: Document
    events: list[dict[str, Any]]


def read_article_gold(path: str | Path) -> list[ArticleGold]:
    """Articles with gold events from a JSONL file; InputError naming the line when malformed."""
    out: list[ArticleGold] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise TypeError(f"expected a JSON object, got {type(rec).__name__}")
                events = [e["event"] for e in rec.get("events", [])]
                doc = Document(
                    text=rec["text"], id=str(rec["id"]), title=rec.get("title"),
                    url=rec.get("url"), language=rec.get("language") or rec.get("lang"),
                    published=date.fromisoformat(rec["published"]) if rec.get("published")
                    else None, source=where)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(f"not an article with gold events ({exc})", where=where) from None
            out.append(ArticleGold(doc, events))
    return out


def _gold_date(g: dict[str, Any]) -> date | None:
    value = g.get("event_date")
    return date.fromisoformat(value) if isinstance(value, str) else value


def _admin_key(name: str | None) -> str:
    """Loose compare form of an admin1 name: transliterations differ in their endings
    ("Kharkivska" / "Kharkiv" / "Kharkiv Oblast"), so the first 5 folded letters decide."""
    folded = re.sub(r"^republic of |^autonomous republic of | republic$", "", fold(name or ""))
    return folded.replace(" ", "")[:5]  # "Republic of Dagestan" / "Dagestan" alike


def _km(g: dict[str, Any], p: Event) -> float | None:
    if g.get("latitude") is None or p.latitude is None or p.longitude is None:
        return None
    return haversine_km(g["latitude"], g["longitude"], p.latitude, p.longitude)


def _pair_cost(g: dict[str, Any], p: Event) -> float | None:
    """How far a prediction is from a gold event (lower is closer), None if it cannot be it."""
    gd = _gold_date(g)
    if gd is not None and p.event_date is not None and abs((gd - p.event_date).days) > PAIR_DAYS:
        return None
    if g.get("country_code") and p.country_code and g["country_code"] != p.country_code:
        return None
    km = _km(g, p)
    same_admin = bool(g.get("admin1")) and _admin_key(g.get("admin1")) == _admin_key(p.admin1)
    if not same_admin and (km is None or km > PAIR_KM):
        return None
    cost = min(km if km is not None else PAIR_KM, PAIR_KM)
    if g.get("event_type") != p.event_type:
        cost += 100.0  # a place-and-day match of another type pairs only when nothing better
    if g.get("sub_event_type") != p.sub_event_type:
        cost += 10.0
    return cost


def pair_events(gold: Sequence[dict[str, Any]], pred: Sequence[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, closest first (greedy)."""
    costs = sorted((c, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                   if (c := _pair_cost(g, p)) is not None)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in costs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class _Counts:
    gold: int = 0
    predicted: int = 0
    paired: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})

    def to_dict(self) -> dict[str, Any]:
        return {"gold_events": self.gold, "predicted_events": self.predicted,
                "paired": self.paired, "recall": self.recall, "precision": self.precision,
                "fields": {k: v.to_dict() for k, v in self.fields.items()}}

    @property
    def recall(self) -> float:
        return self.paired / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.paired / self.predicted if self.predicted else 0.0


@dataclass
class ArticlesReport:
    """Event-level recall/precision and per-field agreement, overall and per language."""

    articles: int = 0
    empty_articles: int = 0  # gold says no event
    false_alarms: int = 0  # of those, articles that gave an event anyway
    overall: _Counts = field(default_factory=_Counts)
    by_language: dict[str, _Counts] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"articles": self.articles, "empty_articles": self.empty_articles,
                "false_alarms": self.false_alarms, "overall": self.overall.to_dict(),
                "by_language": {k: v.to_dict() for k, v in sorted(self.by_language.items())},
                "errors": [list(e) for e in self.errors],
                "skipped": [list(e) for e in self.skipped], "seconds": round(self.seconds, 2)}


def _judge(g: dict[str, Any], p: Event | None) -> dict[str, bool]:
    if p is None:
        return {f: False for f in FIELDS}
    km = _km(g, p)
    return {
        "event_type": g.get("event_type") == p.event_type,
        "sub_event_type": g.get("sub_event_type") == p.sub_event_type,
        "event_date": _gold_date(g) == p.event_date,
        "fatalities": g.get("fatalities") == p.fatalities,
        "actor1": fallback_actor_name(g.get("actor1")) == fallback_actor_name(p.actor1),
        "admin1": _admin_key(g.get("admin1")) == _admin_key(p.admin1),
        "location_25km": km is not None and km <= 25.0,
    }


def score_articles(gold: Sequence[ArticleGold], predicted: Sequence[Sequence[Event]]
                   ) -> ArticlesReport:
    """Pure scoring: gold articles and the events predicted for each, in the same order."""
    rep = ArticlesReport(articles=len(gold))
    for art, preds in zip(gold, predicted, strict=True):
        lang = art.document.language or "und"
        counts = [rep.overall, rep.by_language.setdefault(lang, _Counts())]
        if not art.events:
            rep.empty_articles += 1
            rep.false_alarms += int(bool(preds))
        pairs = dict(pair_events(art.events, preds))
        for c in counts:
            c.gold += len(art.events)
            c.predicted += len(preds)
            c.paired += len(pairs)
        for i, g in enumerate(art.events):
            p = preds[pairs[i]] if i in pairs else None
            for name, ok in _judge(g, p).items():
                for c in counts:
                    c.fields[name].add(p is not None, ok)
    return rep


def evaluate_articles(gold: Sequence[ArticleGold], extract: Callable[[Document], list[Event]],
                      progress: Callable[[int, int], None] | None = None) -> ArticlesReport:
    """Extract every article with ``extract`` (e.g. ``Pipeline().extract``) and score it.
    An article the pipeline fails on counts as giving no event and is listed in ``errors``."""
    t0 = time.perf_counter()
    predicted: list[list[Event]] = []
    errors: list[tuple[str, str]] = []
    for k, art in enumerate(gold, 1):
        try:
            predicted.append(list(extract(art.document)))
        except PolemosError as exc:
            errors.append((art.document.id, str(exc)))
            predicted.append([])
        if progress:
            progress(k, len(gold))
    rep = score_articles(gold, predicted)
    rep.errors = errors
    rep.seconds = time.perf_counter() - t0
    return rep
