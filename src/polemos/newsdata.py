"""Readers for the labelled news sets of ``shared/data/news`` and ``shared/data/events-misc``.

Each set's labels are kept as the set gives them (``NewsExample.labels``) and mapped to
ACLED's taxonomy (``NewsExample.gold``): a sub-event type, an event type, ``"event"`` (an
event whose ACLED type the set does not tell), ``"none"`` (no ACLED event), or ``None`` where
no mapping exists (kept, and reported as unmapped). The mappings are the module-level
dictionaries below; docs/newsdata.md explains each one and what is left out.

``load(name, part)`` is the one entry point: ``name`` in :data:`NAMES` (plus
``"negatives"``), ``part`` in train / dev / test / all. Sets without a split of their own get
a fixed, deterministic one (see :data:`PARTS_NOTE`). Nothing here needs a model.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from polemos.errors import InputError
from polemos.taxonomy import EVENT_TYPE_OF, EVENT_TYPES, NONE_LABEL
from polemos.training_news import CAMEO_DEV_EVERY  # the dev cut the detector trains around

EVENT = "event"  # an event of a type the set does not tell
NAMES: tuple[str, ...] = ("satp", "cameo", "plover", "ipe", "keep_it_local")
PARTS: tuple[str, ...] = ("train", "dev", "test", "all")
KIL_LANGS: tuple[str, ...] = ("en", "es", "ar")

PARTS_NOTE = {
    "satp": "its own train/dev/test files",
    "cameo": "dev = every 5th row of train.tsv (rows 5, 10, ...; the file is grouped by kind "
             "of action), train = the other rows (the cut polemos.training_news trains with), "
             "test = test.tsv",
    "plover": "no split of its own: dev = even positions, test = odd positions (records "
              "sharing a text merged first, file order); train = nothing",
    "ipe": "its own train/dev/test files (IndiaPoliceEvents_sents)",
    "keep_it_local": "no split of its own: by row index of the binary files, index % 5 == 3 "
                     "dev, == 4 test, else train",
    "negatives": "polemos.training.news_negatives (BBC own files, AG News 50/15/35 %, "
                 "MasakhaNEWS dev file = train, test file 1/3 dev 2/3 test)",
}


@dataclass(frozen=True)
class NewsExample:
    """One labelled text: its set's own labels and their ACLED mapping (see module doc)."""

    id: str
    text: str
    lang: str
    labels: tuple[str, ...]
    gold: str | None


# -- SATP: South Asia Terrorism Portal incident paragraphs, multi-label ----------------------
# Column order of satp/*.tsv after the text (checked on the rows: column 2 holds explosions,
# column 3 abductions, column 1 shootings and encounters, column 4 the rest).
SATP_LABELS: tuple[str, ...] = ("armed assault", "bombing", "kidnapping", "other")
# SATP class -> ACLED, for rows with ONE label. Armed assault is "event": ACLED splits it into
# Battles (both sides armed: "encounters") and Violence against civilians (Attack) by the
# target, which SATP does not record. "other" (arson, attacks on facilities, single killings)
# is an incident of no single ACLED type: "event". Rows with several labels are "event" too.
SATP_TO_ACLED: dict[str, str] = {
    "armed assault": EVENT,
    "bombing": "Explosions/Remote violence",
    "kidnapping": "Abduction/forced disappearance",
    "other": EVENT,
}
# Scoring (polemos.newseval): a predicted ACLED sub-event type counts as this SATP class.
# Event types not listed (protests, riots, strategic developments) count as "other".
ACLED_TO_SATP: dict[str, str] = {
    **{s: "bombing" for s in EVENT_TYPES["Explosions/Remote violence"]},
    **{s: "armed assault" for s in EVENT_TYPES["Battles"]},
    "Attack": "armed assault",
    "Sexual violence": "armed assault",
    "Abduction/forced disappearance": "kidnapping",
}

# -- cameo_class: news sentences, CAMEO quad class 0..4 --------------------------------------
# 4 material conflict -> "event" (mostly violence; also sanctions and seizures, which ACLED
# does not code); 0 neutral, 1 verbal cooperation, 2 material cooperation (aid, releases),
# 3 verbal conflict (accusations, threats) -> "none": ACLED codes no verbal act.
CAMEO_LABELS: dict[str, str] = {"0": "neutral", "1": "verbal cooperation",
                                "2": "material cooperation", "3": "verbal conflict",
                                "4": "material conflict"}
CAMEO_TO_ACLED: dict[str, str] = {"0": NONE_LABEL, "1": NONE_LABEL, "2": NONE_LABEL,
                                  "3": NONE_LABEL, "4": EVENT}

# -- PLOVER gold standard records: one edited news sentence per record -----------------------
# PLOVER event type -> ACLED. Verbal and cooperative types -> "none" (ACLED codes no
# statement, meeting, aid or sanction). RETREAT (withdrawals, releases), MOBILIZE
# (deployments, alerts) and INVESTIGATE have no ACLED counterpart: unmapped.
PLOVER_TO_ACLED: dict[str, str | None] = {
    "AGREE": NONE_LABEL, "CONSULT": NONE_LABEL, "SUPPORT": NONE_LABEL,
    "COOPERATE": NONE_LABEL, "AID": NONE_LABEL, "CONCEDE": NONE_LABEL,
    "DEMAND": NONE_LABEL, "DISAPPROVE": NONE_LABEL, "REJECT": NONE_LABEL,
    "THREATEN": NONE_LABEL, "SANCTION": NONE_LABEL,
    "RETREAT": None, "MOBILIZE": None, "INVESTIGATE": None,
    "PROTEST": "Protests",
    "FIGHT": "Battles",
    "ASSAULT": "Violence against civilians",
    "COERCE": None,
}
# (type, mode) refinements where PLOVER's mode says more than its type; a mode not listed
# keeps the type's mapping.
PLOVER_MODE_TO_ACLED: dict[tuple[str, str], str | None] = {
    ("PROTEST", "riot"): "Riots",
    ("PROTEST", "riot-spon"): "Riots",
    # heavy weapons: shelling and air raids are Explosions/Remote violence, ground fighting
    # with them Battles; PLOVER does not say which
    ("FIGHT", "heavy-weapons"): EVENT,
    ("FIGHT", "explosives"): "Explosions/Remote violence",
    ("FIGHT", "assassinate"): EVENT,
    ("FIGHT", "deport"): None,
    ("FIGHT", "other"): None,
    ("ASSAULT", "explosives"): "Explosions/Remote violence",
    ("ASSAULT", "suicide-attack"): "Suicide bomb",
    ("ASSAULT", "sexual"): "Sexual violence",
    ("COERCE", "arrest"): "Arrests",
    ("COERCE", "detain"): "Arrests",
    ("COERCE", "destroy"): "Looting/property destruction",
    ("COERCE", "firearms"): "Excessive force against protesters",
}

# -- IndiaPoliceEvents sentences: five binary police-action labels ---------------------------
# Column order after the text (checked: column 3 is set whenever 1, 2 or 5 is; 4 stands alone).
IPE_LABELS: tuple[str, ...] = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")
# KILL or FORCE -> "event" (police killing or using force: an ACLED event, its type depending
# on whom it targets); ARREST alone -> "Arrests". A sentence with no police action is NOT
# "none": IPE labels only police acts, and many such sentences report a mob's violence
# (Riots) - unmapped, like ANY_ACTION or FAIL alone.
IPE_EVENT_LABELS: frozenset[str] = frozenset({"KILL", "FORCE"})

# -- keep_it_local: UN sentences in en/es/ar, relevant/irrelevant and CAMEO quad class ------
# Quad class 2 (material conflict) -> "event"; irrelevant (binary 0) and the other quad
# classes -> "none"; relevant rows with no single quad class -> unmapped.
KIL_QUAD: dict[str, str] = {"-1": "several classes", "0": "irrelevant", "1": "verbal conflict",
                            "2": "material conflict", "3": "verbal cooperation",
                            "4": "material cooperation"}
KIL_QUAD_TO_ACLED: dict[str, str | None] = {"-1": None, "0": NONE_LABEL, "1": NONE_LABEL,
                                             "2": EVENT, "3": NONE_LABEL, "4": NONE_LABEL}


def is_event_gold(gold: str | None) -> bool | None:
    """True for a gold that is an event (any type), False for "none", None when unmapped."""
    if gold is None:
        return None
    return gold != NONE_LABEL


def gold_event_type(gold: str | None) -> str | None:
    """The ACLED event type a gold names (directly or through its sub-event type), if any."""
    if gold in EVENT_TYPES:
        return gold
    return EVENT_TYPE_OF.get(gold or "")


# -- file helpers -------------------------------------------------------------------------------
def data_root(root: str | Path | None = None) -> Path:
    """The shared data folder given, else ``shared_data_dir()``; InputError when absent."""
    if root is not None:
        return Path(root)
    from polemos.datasets import shared_data_dir

    found = shared_data_dir()
    if found is None:
        raise InputError("shared/data not found (set POLEMOS_DATA)", "newsdata")
    return found


def _rows(path: Path) -> list[list[str]]:
    """TSV rows (quoted fields allowed, CRLF or LF); InputError when the file is missing."""
    if not path.exists():
        raise InputError("file not found", str(path))
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and any(c.strip() for c in r)]


def _flags(cells: Iterable[str], names: tuple[str, ...]) -> tuple[str, ...] | None:
    cells = [c.strip() for c in cells]
    if len(cells) != len(names) or any(c not in ("0", "1") for c in cells):
        return None
    return tuple(n for n, c in zip(names, cells, strict=True) if c == "1")


def _check_part(part: str) -> None:
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")


def _files(folder: Path, part: str) -> list[Path]:
    return [folder / f"{p}.tsv" for p in (("train", "dev", "test") if part == "all" else (part,))]


# -- readers ------------------------------------------------------------------------------------
def read_satp(path: str | Path) -> list[NewsExample]:
    """One SATP TSV (text, then four 0/1 columns in :data:`SATP_LABELS` order)."""
    path = Path(path)
    out = []
    for i, row in enumerate(_rows(path)):
        labels = _flags(row[1:], SATP_LABELS)
        if labels is None or not row[0].strip():
            continue
        gold = SATP_TO_ACLED[labels[0]] if len(labels) == 1 else (EVENT if labels else None)
        out.append(NewsExample(f"satp/{path.stem}/{i}", row[0].strip(), "en", labels, gold))
    return out


def read_cameo(path: str | Path) -> list[NewsExample]:
    """One cameo_class TSV (sentence, quad class 0..4)."""
    path = Path(path)
    out = []
    for i, row in enumerate(_rows(path)):
        if len(row) != 2 or row[1].strip() not in CAMEO_TO_ACLED or not row[0].strip():
            continue
        code = row[1].strip()
        out.append(NewsExample(f"cameo/{path.stem}/{i}", row[0].strip(), "en",
                               (CAMEO_LABELS[code],), CAMEO_TO_ACLED[code]))
    return out


def plover_gold(event: str, mode: str | None) -> str | None:
    """The ACLED mapping of one PLOVER (event type, mode)."""
    key = (event, (mode or "").strip())
    if key in PLOVER_MODE_TO_ACLED:
        return PLOVER_MODE_TO_ACLED[key]
    return PLOVER_TO_ACLED.get(event)


def _merge_gold(golds: list[str | None]) -> str | None:
    """One gold for a text several records code: the common one; "event" when they name
    different event types; "none" only when all say none; else unmapped."""
    if len(set(golds)) == 1:
        return golds[0]
    events = [g for g in golds if g not in (None, NONE_LABEL)]
    return EVENT if events else None


def read_plover(path: str | Path) -> list[NewsExample]:
    """PLOVER_GSR_CAMEO.txt (a JSON list of records); records sharing a text are merged,
    their labels ("TYPE" or "TYPE/mode") joined."""
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", str(path))
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg})", str(path)) from None
    by_text: dict[str, list[dict]] = {}
    for r in records:
        text = (r.get("text") or "").strip()
        if text and r.get("event") and r["event"] != "DOCUMENT":
            by_text.setdefault(text, []).append(r)
    out = []
    for text, recs in by_text.items():
        labels = tuple(r["event"] + (f"/{r['mode'].strip()}" if (r.get("mode") or "").strip()
                                     else "") for r in recs)
        gold = _merge_gold([plover_gold(r["event"], r.get("mode")) for r in recs])
        out.append(NewsExample(recs[0].get("id", text[:20]), text, _plover_lang(recs[0]), labels, gold))
    return out


def _plover_lang(record: dict) -> str:
    """The language of a PLOVER record (English when not given)."""
    return (record.get("language") or "en").strip() or "en"


def ipe_gold(labels: tuple[str, ...]) -> str | None:
    """The ACLED mapping of one IndiaPoliceEvents sentence's labels."""
    if IPE_EVENT_LABELS & set(labels):
        return EVENT
    if "ARREST" in labels:
        return "Arrests"
    return None


def read_ipe(path: str | Path) -> list[NewsExample]:
    """One IndiaPoliceEvents_sents TSV (sentence, five 0/1 columns in :data:`IPE_LABELS`)."""
    path = Path(path)
    out = []
    for i, row in enumerate(_rows(path)):
        labels = _flags(row[1:], IPE_LABELS)
        if labels is None or not row[0].strip():
            continue
        out.append(NewsExample(f"ipe/{path.stem}/{i}", row[0].strip(), "en", labels,
                               ipe_gold(labels)))
    return out


def read_keep_it_local(folder: str | Path, langs: tuple[str, ...] = KIL_LANGS
                       ) -> list[NewsExample]:
    """keep_it_local's ``1_data`` folder: the binary file of each language, rows aligned by
    position (id ``kil/<row>`` shared by the languages), with the quad class of the row's
    English text where the quadclass file gives one. Order: row by row, languages in
    ``langs`` order."""
    folder = Path(folder)
    binary = {lg: _rows(folder / lg / "binary" / f"{lg}_annotations_binary_complete.tsv")[1:]
              for lg in langs}
    sizes = {len(v) for v in binary.values()}
    if len(sizes) != 1:
        raise InputError(f"the languages' binary files differ in length: {sorted(sizes)}",
                         str(folder))
    quad: dict[str, str | None] = {}
    qfile = folder / "en" / "quadclass" / "en_annotations_quad_multiclass.tsv"
    if qfile.exists() and "en" in langs:
        for row in _rows(qfile)[1:]:
            if len(row) == 2 and row[1].strip() in KIL_QUAD:
                t, q = row[0].strip(), row[1].strip()
                quad[t] = q if quad.get(t, q) == q else None  # same text, two classes: none
    out = []
    for i in range(sizes.pop()):
        rows = {lg: binary[lg][i] for lg in langs}
        rel = {r[1].strip() if len(r) > 1 else "" for r in rows.values()}
        if len(rel) != 1 or rel & {""} or not rel <= {"0", "1"}:
            continue
        relevant = rel.pop() == "1"
        q = quad.get(rows["en"][0].strip()) if "en" in rows else None
        if not relevant:
            labels, gold = ("irrelevant",), NONE_LABEL
        elif q is None or q == "0":
            labels, gold = ("relevant",), None
        else:
            labels, gold = ("relevant", KIL_QUAD[q]), KIL_QUAD_TO_ACLED[q]
        for lg in langs:
            text = rows[lg][0].strip()
            if text:
                out.append(NewsExample(f"kil/{i}", text, lg, labels, gold))
    return out


def _in_part(i: int, part: str, k: int = 5, dev: int = 3, test: int = 4) -> bool:
    """Whether row ``i`` belongs to ``part`` when rows are dealt out by index modulo ``k``."""
    if part == "all":
        return True
    return {"dev": i % k == dev, "test": i % k == test}.get(part, i % k not in (dev, test))


def load_negatives(root: Path, part: str) -> list[NewsExample]:
    """Non-conflict articles (gold "none") from :func:`polemos.training.news_negatives`,
    without its CAMEO sentences (scored as the cameo set)."""
    from polemos.training import news_negatives

    out = []
    for p in (("train", "dev", "test") if part == "all" else (part,)):
        for src, texts in news_negatives(root, p).items():
            if src == "cameo":
                continue
            lang = "fr" if src.endswith("fra") else "en"
            out += [NewsExample(f"{src}/{p}/{i}", t, lang, (src,), NONE_LABEL)
                    for i, t in enumerate(texts)]
    return out


def load(name: str, part: str, root: str | Path | None = None) -> list[NewsExample]:
    """The examples of set ``name`` (:data:`NAMES` or "negatives") in ``part``
    (train / dev / test / all; see :data:`PARTS_NOTE` for how each set is split)."""
    _check_part(part)
    base = data_root(root)
    news = base / "news"
    if name == "satp":
        return [e for f in _files(news / "satp", part) for e in read_satp(f)]
    if name == "cameo":
        out = []
        if part in ("train", "dev", "all"):
            train = read_cameo(news / "cameo_class" / "train.tsv")
            dev = [k % CAMEO_DEV_EVERY == CAMEO_DEV_EVERY - 1 for k in range(len(train))]
            out += {"all": train, "train": [e for e, d in zip(train, dev, strict=True) if not d],
                    "dev": [e for e, d in zip(train, dev, strict=True) if d]}[part]
        if part in ("test", "all"):
            out += read_cameo(news / "cameo_class" / "test.tsv")
        return out
    if name == "plover":
        recs = read_plover(news / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt")
        return [e for i, e in enumerate(recs) if _in_part(i, part, k=2, dev=0, test=1)]
    if name == "ipe":
        folder = base / "events-misc" / "IndiaPoliceEvents_sents"
        return [e for f in _files(folder, part) for e in read_ipe(f)]
    if name == "keep_it_local":
        rows = read_keep_it_local(news / "keep_it_local" / "1_data")
        return [e for e in rows if _in_part(int(e.id.split("/")[1]), part)]
    if name == "negatives":
        return load_negatives(base, part)
    raise ValueError(f"unknown set {name!r}: one of {', '.join(NAMES)}, negatives")


def summary(examples: list[NewsExample]) -> dict[str, object]:
    """Counts for reports: examples, languages, gold values (unmapped as "unmapped")."""
    return {"n": len(examples),
            "langs": dict(Counter(e.lang for e in examples)),
            "gold": dict(Counter(e.gold or "unmapped" for e in examples).most_common()),
            "unmapped": sum(e.gold is None for e in examples)}


__all__ = [
    "ACLED_TO_SATP", "CAMEO_TO_ACLED", "EVENT", "IPE_EVENT_LABELS", "IPE_LABELS",
    "KIL_QUAD_TO_ACLED", "NAMES", "NewsExample", "PARTS", "PLOVER_MODE_TO_ACLED",
    "PLOVER_TO_ACLED", "SATP_LABELS", "SATP_TO_ACLED", "gold_event_type", "ipe_gold",
    "is_event_gold", "load", "load_negatives", "plover_gold", "read_cameo", "read_ipe",
    "read_keep_it_local", "read_plover", "read_satp", "summary",
]
