"""Readable tables (rich) for the reports of polemos.evaluate: figures for people.

Machines should read ``report.to_dict()`` instead; nothing here computes a figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table

from polemos.metrics import ClassReport, DistanceSummary


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def _km(x: float | None) -> str:
    return "-" if x is None else f"{x:,.1f} km"


def label_table(rep: ClassReport, title: str) -> Table:
    """Per-label precision, recall, F1 and support, most frequent gold label first."""
    t = Table(title=title)
    for col in ("label", "precision", "recall", "F1", "support"):
        t.add_column(col, justify="left" if col == "label" else "right")
    for lab in sorted(rep.labels, key=lambda lab: (-rep.per_label[lab].support, lab)):
        s = rep.per_label[lab]
        t.add_row(lab, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    t.add_row("[b]weighted F1[/b]", "", "", f"[b]{rep.weighted_f1:.3f}[/b]", str(rep.n))
    t.add_row("[b]macro F1[/b]", "", "", f"[b]{rep.macro_f1:.3f}[/b]", "")
    return t


def confusion_table(rep: ClassReport, title: str = "confusion (rows gold, columns predicted)"
                    ) -> Table:
    """The confusion matrix with numbered labels (the row header names each number)."""
    labels = sorted(rep.labels, key=lambda lab: (-rep.per_label[lab].support, lab))
    num = {lab: str(i + 1) for i, lab in enumerate(labels)}
    t = Table(title=title, show_lines=False)
    t.add_column("gold \\ pred", no_wrap=True, max_width=26, overflow="ellipsis")
    width = max(len(str(v)) for row in rep.confusion.values() for v in row.values()) \
        if rep.confusion else 1
    for lab in labels:  # counts must stay readable: columns never shrink below their numbers
        t.add_column(num[lab], justify="right", no_wrap=True,
                     min_width=max(width, len(num[lab])))
    for g in labels:
        row = rep.confusion.get(g)
        if not row:
            continue
        cells = [(f"[b]{row[p]}[/b]" if p == g else str(row[p])) if row.get(p) else "."
                 for p in labels]
        t.add_row(f"{num[g]} {g}", *cells)
    unnamed = [f"{num[lab]} = {lab}" for lab in labels if not rep.confusion.get(lab)]
    if unnamed:  # predicted labels with no gold row still need a name
        t.caption = "; ".join(unnamed)
    return t


def _distance_rows(t: Table, d: DistanceSummary, what: str) -> None:
    t.add_row(f"{what} within 25 km", _pct(d.within_25km), f"of {d.n} gold places")
    t.add_row(f"{what} within 161 km", _pct(d.within_161km), f"of {d.n} gold places")
    t.add_row(f"{what} median error", _km(d.median_km), f"over {d.resolved} resolved")
    t.add_row(f"{what} mean error", _km(d.mean_km), f"over {d.resolved} resolved")


def _summary(title: str) -> Table:
    t = Table(title=title)
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_column("detail")
    return t


def events_tables(rep: Any) -> list[Table]:
    """Summary, per-sub-type and confusion tables of an EventsReport."""
    t = _summary(f"events: {rep.notes} gold notes ({rep.seconds:.0f} s)")
    t.add_row("notes with an event (recall)", _pct(rep.recall), f"{rep.found}/{rep.notes}")
    t.add_row("notes with extra events", _pct(rep.notes_with_extra / rep.notes if rep.notes else 0),
              f"{rep.extra_events} extra events (false positives)")
    t.add_row("event_type accuracy", _pct(rep.event_type.accuracy), "missed note = wrong")
    t.add_row("sub_event_type weighted F1", f"{rep.sub_event_type.weighted_f1:.3f}",
              f"macro F1 {rep.sub_event_type.macro_f1:.3f}")
    for name, fs in rep.fields.items():
        t.add_row(f"{name} accuracy", _pct(fs.accuracy),
                  f"{fs.correct}/{fs.n}; {_pct(fs.accuracy_found)} of {fs.found} found")
    _distance_rows(t, rep.coordinates, "coordinates")
    if rep.errors:
        t.add_row("pipeline errors", str(len(rep.errors)), rep.errors[0][1][:60])
    return [t, label_table(rep.sub_event_type, "sub_event_type"),
            confusion_table(rep.sub_event_type)]


def classify_tables(rep: Any) -> list[Table]:
    """Summary, per-label and confusion tables of a ClassifyReport."""
    s = rep.sub_event_type
    t = _summary(f"classify: {s.n} snippets ({rep.seconds:.1f} s)")
    t.add_row("sub_event_type weighted F1", f"{s.weighted_f1:.3f}", f"macro F1 {s.macro_f1:.3f}")
    t.add_row("sub_event_type accuracy", _pct(s.accuracy), "")
    t.add_row("event_type accuracy", _pct(rep.event_type_accuracy), "")
    return [t, label_table(s, "sub_event_type"), confusion_table(s)]


def geoparse_tables(rep: Any) -> list[Table]:
    """Summary table of a GeoparseReport."""
    t = _summary(f"geoparse: {rep.articles} articles ({rep.seconds:.0f} s)")
    _distance_rows(t, rep.distance, "gold spans")
    g = rep.geonameid
    t.add_row("exact GeoNames id", _pct(g.accuracy), f"{g.correct}/{g.n} gold ids")
    t.add_row("toponym recall", _pct(rep.recall),
              f"{rep.recognised}/{rep.gold_toponyms} found without gold spans")
    t.add_row("toponym precision", _pct(rep.precision),
              f"{rep.predicted_correct}/{rep.predicted_spans} found spans")
    return [t]


def articles_tables(rep: Any) -> list[Table]:
    """Summary and per-language tables of an articles report (polemos.articleeval)."""
    t = _summary(f"articles: {rep.articles} with gold events ({rep.seconds:.0f} s)")
    o = rep.overall
    t.add_row("gold events found (recall)", _pct(o.recall), f"{o.paired}/{o.gold}")
    t.add_row("found events that are gold (precision)", _pct(o.precision),
              f"{o.paired}/{o.predicted}")
    t.add_row("articles without events that gave one", str(rep.false_alarms),
              f"of {rep.empty_articles}")
    for name, fs in o.fields.items():
        t.add_row(f"{name}", _pct(fs.accuracy),
                  f"{fs.correct}/{fs.n}; {_pct(fs.accuracy_found)} of {fs.found} found")
    if rep.errors:
        t.add_row("pipeline errors", str(len(rep.errors)), rep.errors[0][1][:60])
    langs = Table(title="per language (missed event = wrong)")
    langs.add_column("lang")
    for col in ("gold", "recall", "precision", *o.fields):
        langs.add_column(col, justify="right")
    for lang, c in sorted(rep.by_language.items()):
        langs.add_row(lang, str(c.gold), _pct(c.recall), _pct(c.precision),
                      *(_pct(fs.accuracy) for fs in c.fields.values()))
    return [t, langs]


def skipped_table(skipped: Sequence[tuple[str, str]], limit: int = 10) -> Table | None:
    """The first rows a reader skipped, with why (None when none were)."""
    if not skipped:
        return None
    t = Table(title=f"skipped {len(skipped)} gold rows (first {min(limit, len(skipped))})")
    t.add_column("where")
    t.add_column("why")
    for where, why in skipped[:limit]:
        t.add_row(where, why)
    return t
