"""Measure the event detector on the labelled news sets of :mod:`polemos.newsdata`.

:func:`run_detector` runs the classifier once over a set (batched by language) and gives one
:class:`Decision` per example; the ``score_*`` functions are pure (examples + decisions ->
:class:`NewsReport`), so each figure can be checked on hand-made cases. A text of several
sentences (SATP paragraphs, news articles) is cut into sentences: it reports an event when
any sentence does (``predict``), and its type is the event label with the highest
probability over all its sentences (``classify``, forced choice).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from polemos.metrics import classification_report
from polemos.newsdata import (
    ACLED_TO_SATP,
    EVENT,
    IPE_EVENT_LABELS,
    IPE_LABELS,
    SATP_LABELS,
    NewsExample,
    gold_event_type,
    is_event_gold,
)
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL

Splitter = Callable[[str], list[str]]


@dataclass(frozen=True)
class Decision:
    """The detector's answer for one example.

    ``event``: ``predict`` found an event (in any sentence); ``predicted``: the sub-event type
    of its most confident event sentence, or "none"; ``forced``: the event label of highest
    probability under ``classify`` over all sentences (None when typing was not run)."""

    event: bool
    predicted: str = NONE_LABEL
    forced: str | None = None
    score: float = 0.0


@dataclass
class NewsReport:
    """Figures of one set and part: ``figure`` is the issue's number for the set."""

    name: str
    part: str
    n: int
    figure_name: str
    figure: float
    unmapped: int = 0
    details: dict[str, Any] = field(default_factory=dict)
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        """A JSON-ready dictionary of every figure."""
        return {"set": self.name, "part": self.part, "n": self.n,
                "figure_name": self.figure_name, "figure": round(self.figure, 4),
                "unmapped": self.unmapped, "details": _round(self.details),
                "per_class": _round(self.per_class), "seconds": round(self.seconds, 2)}


def _round(x: Any) -> Any:
    if isinstance(x, float):
        return round(x, 4)
    if isinstance(x, dict):
        return {k: _round(v) for k, v in x.items()}
    return x


def _prf(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    """Precision, recall and F1 of the positive class, with the counts."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(pred), sum(gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": n_gold, "predicted": n_pred, "true_positives": tp}


def _check(examples: Sequence[NewsExample], decisions: Sequence[Decision]) -> None:
    if len(examples) != len(decisions):
        raise ValueError(f"{len(examples)} examples but {len(decisions)} decisions")


def _per_class(rep: Any) -> dict[str, dict[str, float]]:
    return {lab: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "n": s.support}
            for lab, s in rep.per_label.items()}


# -- running the detector ----------------------------------------------------------------
def run_detector(examples: Sequence[NewsExample], classifier: Any, *,
                 split: Splitter | None = None, typing: bool = False,
                 batch_size: int = 256) -> list[Decision]:
    """One :class:`Decision` per example; ``split`` cuts texts into sentences (else each
    text is one sentence); ``typing`` also runs ``classify`` for the forced-choice type."""
    sents: list[tuple[int, str]] = []
    for i, ex in enumerate(examples):
        parts = split(ex.text) if split else []
        sents += [(i, s) for s in (parts or [ex.text])]
    by_lang: dict[str, list[int]] = defaultdict(list)
    for k, (i, _) in enumerate(sents):
        by_lang[examples[i].lang].append(k)
    pred: list[Any] = [None] * len(sents)
    forced: list[Any] = [None] * len(sents)
    for lang, idx in by_lang.items():
        for b in range(0, len(idx), batch_size):
            chunk = idx[b:b + batch_size]
            texts = [sents[k][1] for k in chunk]
            for k, p in zip(chunk, classifier.predict(texts, lang=lang), strict=True):
                pred[k] = p
            if typing:
                for k, p in zip(chunk, classifier.classify(texts, lang=lang), strict=True):
                    forced[k] = p
    per_ex: dict[int, list[int]] = defaultdict(list)
    for k, (i, _) in enumerate(sents):
        per_ex[i].append(k)
    out = []
    for i in range(len(examples)):
        ks = per_ex[i]
        events = [pred[k] for k in ks if pred[k].sub_event_type != NONE_LABEL]
        best = max(events, key=lambda p: p.score) if events else None
        out.append(Decision(
            event=best is not None,
            predicted=best.sub_event_type if best else NONE_LABEL,
            forced=_forced([forced[k] for k in ks]) if typing else None,
            score=best.score if best else 0.0))
    return out


def _forced(preds: Sequence[Any]) -> str:
    """The event label of highest probability over the sentences' ``classify`` scores."""
    best, best_p = NONE_LABEL, -1.0
    for p in preds:
        for lab, prob in (p.scores or {p.sub_event_type: p.score}).items():
            if lab != NONE_LABEL and prob > best_p:
                best, best_p = lab, prob
    return best


# -- scoring, one function per set -------------------------------------------------------
def satp_class(sub_event_type: str | None) -> str:
    """The SATP class a predicted ACLED sub-event type counts as ("none" stays "none")."""
    if not sub_event_type or sub_event_type == NONE_LABEL:
        return NONE_LABEL
    return ACLED_TO_SATP.get(sub_event_type, "other")


def score_satp(examples: Sequence[NewsExample], decisions: Sequence[Decision],
               part: str = "") -> NewsReport:
    """Weighted F1 over SATP's four classes on single-label rows, the forced-choice type
    mapped to SATP classes (:data:`polemos.newsdata.ACLED_TO_SATP`); multi-label rows count
    as right when the type falls in any of their classes (reported apart)."""
    _check(examples, decisions)
    single = [(e, d) for e, d in zip(examples, decisions, strict=True) if len(e.labels) == 1]
    multi = [(e, d) for e, d in zip(examples, decisions, strict=True) if len(e.labels) > 1]
    gold = [e.labels[0] for e, _ in single]
    forced = [satp_class(d.forced or d.predicted) for _, d in single]
    rep = classification_report(gold, forced)
    pred_rep = classification_report(gold, [satp_class(d.predicted) for _, d in single])
    return NewsReport(
        "satp", part, len(examples), "weighted F1, 4 classes (forced type)", rep.weighted_f1,
        unmapped=sum(e.gold is None for e in examples),
        details={"single_label": len(single), "multi_label": len(multi),
                 "accuracy": rep.accuracy, "macro_f1": rep.macro_f1,
                 "weighted_f1_predict": pred_rep.weighted_f1,
                 "event_recall": sum(d.event for d in decisions) / max(len(decisions), 1),
                 "multi_label_any_of": sum(satp_class(d.forced or d.predicted) in e.labels
                                           for e, d in multi) / max(len(multi), 1),
                 "confusion": rep.confusion},
        per_class={k: v for k, v in _per_class(rep).items() if k in SATP_LABELS})


def score_cameo(examples: Sequence[NewsExample], decisions: Sequence[Decision],
                part: str = "") -> NewsReport:
    """F1 of "material conflict" (gold "event") against the rest, from ``predict``."""
    _check(examples, decisions)
    prf = _prf([e.gold == EVENT for e in examples], [d.event for d in decisions])
    rate: dict[str, list[bool]] = defaultdict(list)
    for e, d in zip(examples, decisions, strict=True):
        rate[e.labels[0]].append(d.event)
    return NewsReport(
        "cameo", part, len(examples), "F1 material conflict vs rest", prf["f1"],
        unmapped=sum(e.gold is None for e in examples), details=prf,
        per_class={k: {"event_rate": sum(v) / len(v), "n": len(v)} for k, v in rate.items()})


def score_plover(examples: Sequence[NewsExample], decisions: Sequence[Decision],
                 part: str = "") -> NewsReport:
    """Event/none detection (``predict``) over mapped records, and event-type accuracy of
    the forced-choice type over records whose gold names an ACLED type."""
    _check(examples, decisions)
    mapped = [(e, d) for e, d in zip(examples, decisions, strict=True) if e.gold is not None]
    prf = _prf([bool(is_event_gold(e.gold)) for e, _ in mapped], [d.event for _, d in mapped])
    typed = [(gold_event_type(e.gold), d) for e, d in mapped if gold_event_type(e.gold)]
    g_t = [g for g, _ in typed]
    p_t = [EVENT_TYPE_OF.get(d.forced or d.predicted, NONE_LABEL) for _, d in typed]
    rep = classification_report(g_t, p_t)
    subs = [(e.gold, d) for e, d in mapped if e.gold in EVENT_TYPE_OF]
    rate: dict[str, list[bool]] = defaultdict(list)
    for e, d in zip(examples, decisions, strict=True):
        for lab in e.labels:
            rate[lab.split("/")[0]].append(d.event)
    return NewsReport(
        "plover", part, len(examples), "F1 event vs none", prf["f1"],
        unmapped=len(examples) - len(mapped),
        details={**prf, "typed": len(typed), "event_type_accuracy": rep.accuracy,
                 "event_type_weighted_f1": rep.weighted_f1, "sub_typed": len(subs),
                 "sub_event_type_accuracy": sum(g == (d.forced or d.predicted)
                                                for g, d in subs) / max(len(subs), 1)},
        per_class={k: {"event_rate": sum(v) / len(v), "n": len(v)}
                   for k, v in sorted(rate.items())})


def score_ipe(examples: Sequence[NewsExample], decisions: Sequence[Decision],
              part: str = "") -> NewsReport:
    """Recall and precision of "any event" (``predict``) against KILL or FORCE sentences,
    and the share of each label's sentences given an event."""
    _check(examples, decisions)
    prf = _prf([bool(IPE_EVENT_LABELS & set(e.labels)) for e in examples],
               [d.event for d in decisions])
    per = {}
    for lab in (*IPE_LABELS, "no label"):
        rows = [d for e, d in zip(examples, decisions, strict=True)
                if (lab in e.labels if lab != "no label" else not e.labels)]
        per[lab] = {"event_rate": sum(d.event for d in rows) / max(len(rows), 1),
                    "n": len(rows)}
    arrests = [d for e, d in zip(examples, decisions, strict=True) if e.gold == "Arrests"]
    return NewsReport(
        "ipe", part, len(examples), "recall KILL|FORCE", prf["recall"],
        unmapped=sum(e.gold is None for e in examples),
        details={**prf, "meets_precision_0.70": prf["precision"] >= 0.70,
                 "arrest_rows_typed_arrests": sum(d.predicted == "Arrests" for d in arrests)
                 / max(len(arrests), 1)},
        per_class=per)


def score_keep_it_local(examples: Sequence[NewsExample], decisions: Sequence[Decision],
                        part: str = "") -> NewsReport:
    """Share of parallel sentences (same id) given the same event/no-event decision in every
    language; per language, agreement with the relevant label and the event rate."""
    _check(examples, decisions)
    by_id: dict[str, dict[str, bool]] = defaultdict(dict)
    for e, d in zip(examples, decisions, strict=True):
        by_id[e.id][e.lang] = d.event
    langs = sorted({e.lang for e in examples})
    full = [v for v in by_id.values() if len(v) == len(langs)]
    same = sum(len(set(v.values())) == 1 for v in full)
    per: dict[str, dict[str, float]] = {}
    for lg in langs:
        rows = [(e, d) for e, d in zip(examples, decisions, strict=True) if e.lang == lg]
        mapped = [(e, d) for e, d in rows if e.gold is not None]
        prf = _prf([e.gold == EVENT for e, _ in mapped], [d.event for _, d in mapped])
        per[lg] = {"n": len(rows), "event_rate": sum(d.event for _, d in rows) / max(len(rows), 1),
                   "agrees_with_relevant": sum(d.event == ("relevant" in e.labels)
                                               for e, d in rows) / max(len(rows), 1),
                   "material_conflict_recall": prf["recall"],
                   "material_conflict_precision": prf["precision"]}
    pairs = {}
    for other in langs:
        if other != "en" and "en" in langs:
            pairs[f"en={other}"] = sum(v["en"] == v[other] for v in full) / max(len(full), 1)
    return NewsReport(
        "keep_it_local", part, len(by_id), "same decision in " + "/".join(langs),
        same / max(len(full), 1), unmapped=sum(e.gold is None for e in examples) // max(len(langs), 1),
        details={"aligned": len(full), "same": same, **pairs}, per_class=per)


def score_negatives(examples: Sequence[NewsExample], decisions: Sequence[Decision],
                    part: str = "") -> NewsReport:
    """Share of non-conflict articles in which any sentence gives an event, per source."""
    _check(examples, decisions)
    by_src: dict[str, list[bool]] = defaultdict(list)
    for e, d in zip(examples, decisions, strict=True):
        by_src[e.labels[0]].append(d.event)
    hits = sum(d.event for d in decisions)
    return NewsReport(
        "negatives", part, len(examples), "articles with an event", hits / max(len(examples), 1),
        details={"articles_with_event": hits,
                 "types": dict(Counter(d.predicted for d in decisions if d.event).most_common())},
        per_class={k: {"event_rate": sum(v) / len(v), "n": len(v)} for k, v in by_src.items()})


# How each set is run: (sentence splitter name or None, forced-choice typing, scorer).
SCORERS: dict[str, Callable[..., NewsReport]] = {
    "satp": score_satp, "cameo": score_cameo, "plover": score_plover, "ipe": score_ipe,
    "keep_it_local": score_keep_it_local, "negatives": score_negatives,
}
SETS: tuple[str, ...] = tuple(SCORERS)


def _splitter(name: str) -> Splitter | None:
    from polemos.training import loose_sentences, split_sentences

    return {"satp": split_sentences, "negatives": loose_sentences}.get(name)


def evaluate_news(name: str, part: str, *, classifier: Any = None, limit: int | None = None,
                  root: Any = None) -> NewsReport:
    """Load set ``name`` (``part``), run the (default) detector on it and score it."""
    from polemos import newsdata

    if name not in SCORERS:
        raise ValueError(f"unknown set {name!r}: one of {', '.join(SETS)}")
    examples = newsdata.load(name, part, root)
    if limit is not None:
        examples = _limit(examples, limit)
    if classifier is None:
        from polemos.evaluate import default_classifier

        classifier = default_classifier()
    t0 = time.perf_counter()
    decisions = run_detector(examples, classifier, split=_splitter(name),
                             typing=name in ("satp", "plover"))
    report = SCORERS[name](examples, decisions, part)
    report.seconds = time.perf_counter() - t0
    return report


def _limit(examples: list[NewsExample], limit: int) -> list[NewsExample]:
    """The first ``limit`` examples, or for parallel sets the first ``limit`` ids (all
    their languages)."""
    ids: list[str] = []
    for e in examples:
        if e.id not in ids:
            ids.append(e.id)
            if len(ids) > limit:
                break
    keep = set(ids[:limit])
    return [e for e in examples if e.id in keep]


__all__ = [
    "Decision", "NewsReport", "SCORERS", "SETS", "evaluate_news", "run_detector",
    "satp_class", "score_cameo", "score_ipe", "score_keep_it_local", "score_negatives",
    "score_plover", "score_satp",
]
