"""The figures polemos reports: label F1 with a confusion matrix, field agreement, distances.

Pure functions on plain values, so each can be checked on hand-made gold/prediction pairs.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass

EARTH_RADIUS_KM = 6371.0088


@dataclass
class LabelScore:
    """Precision, recall and F1 of one label, with its gold support."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class ClassReport:
    """Accuracy, weighted and macro F1, per-label scores and the confusion matrix.

    Macro F1 averages over the labels that occur in the gold (a label only ever predicted
    still costs precision of nothing, but recall of the gold labels it was predicted for).
    ``confusion[gold][pred]`` counts items.
    """

    n: int
    accuracy: float
    weighted_f1: float
    macro_f1: float
    labels: list[str]
    per_label: dict[str, LabelScore]
    confusion: dict[str, dict[str, int]]

    def to_dict(self) -> dict:
        """A JSON-ready dictionary."""
        return asdict(self)


def _safe(num: float, den: float) -> float:
    return num / den if den else 0.0


def classification_report(gold: Sequence[str], pred: Sequence[str]) -> ClassReport:
    """Score predicted labels against gold labels, item by item."""
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} labels but pred has {len(pred)}")
    pairs = Counter(zip(gold, pred, strict=True))
    g_count, p_count = Counter(gold), Counter(pred)
    labels = sorted(set(g_count) | set(p_count))
    per: dict[str, LabelScore] = {}
    for lab in labels:
        tp = pairs[(lab, lab)]
        p, r = _safe(tp, p_count[lab]), _safe(tp, g_count[lab])
        per[lab] = LabelScore(p, r, _safe(2 * p * r, p + r), g_count[lab])
    n = len(gold)
    gold_labels = [lab for lab in labels if g_count[lab]]
    confusion = {g: {p: pairs[(g, p)] for p in labels if pairs[(g, p)]} for g in labels
                 if g_count[g]}
    return ClassReport(
        n=n,
        accuracy=_safe(sum(pairs[(lab, lab)] for lab in labels), n),
        weighted_f1=_safe(sum(per[lab].f1 * g_count[lab] for lab in gold_labels), n),
        macro_f1=_safe(sum(per[lab].f1 for lab in gold_labels), len(gold_labels)),
        labels=labels,
        per_label=per,
        confusion=confusion,
    )


@dataclass
class FieldScore:
    """Agreement on one field: over every gold item, and over the items where an event was found.

    ``accuracy`` counts a missed event as wrong; ``accuracy_found`` only judges found events.
    """

    n: int = 0
    found: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        """Share of all gold items whose value was predicted right."""
        return _safe(self.correct, self.n)

    @property
    def accuracy_found(self) -> float:
        """Share right among the gold items for which an event was predicted."""
        return _safe(self.correct, self.found)

    def add(self, found: bool, correct: bool) -> None:
        """Count one gold item."""
        self.n += 1
        self.found += int(found)
        self.correct += int(found and correct)

    def to_dict(self) -> dict:
        """A JSON-ready dictionary with the derived rates."""
        return {"n": self.n, "found": self.found, "correct": self.correct,
                "accuracy": self.accuracy, "accuracy_found": self.accuracy_found}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class DistanceSummary:
    """Distances between gold and predicted places.

    ``n`` gold places, ``resolved`` of them given coordinates; the shares within 25 km and
    161 km (100 miles, the field's usual threshold) are over all ``n`` (unresolved = miss);
    median and mean are over the resolved ones.
    """

    n: int
    resolved: int
    within_25km: float
    within_161km: float
    median_km: float | None
    mean_km: float | None

    def to_dict(self) -> dict:
        """A JSON-ready dictionary."""
        return asdict(self)


def distance_summary(distances: Sequence[float | None]) -> DistanceSummary:
    """Summarise one distance per gold place (None where nothing was predicted)."""
    got = sorted(d for d in distances if d is not None)
    n = len(distances)
    return DistanceSummary(
        n=n,
        resolved=len(got),
        within_25km=_safe(sum(d <= 25 for d in got), n),
        within_161km=_safe(sum(d <= 161 for d in got), n),
        median_km=statistics.median(got) if got else None,
        mean_km=statistics.fmean(got) if got else None,
    )


def fatalities_match(gold: int | None, pred: int | None, tolerance: float = 0.0) -> bool:
    """True when the counts agree within ``tolerance`` (0.2 = ±20 %); None counts as 0,
    as ACLED codes "no number reported" as 0."""
    g, p = gold or 0, pred or 0
    return abs(p - g) <= tolerance * g if g else p == 0


def fold(text: str | None) -> str:
    """Casefold, strip accents and fold punctuation to single spaces ("Ségou-Région" ->
    "segou region"), for comparing place and actor names."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", t).split())


_ERA = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")


def fallback_actor_name(name: str | None) -> str:
    """Compare form of an ACLED actor name: era suffix like "(2013-)" dropped, then folded."""
    return fold(_ERA.sub(" ", name or ""))
