"""News-register training and dev data for the detector's event head (issue 9).

ACLED notes are coders' summaries; news sentences say the same things in other words and mix
them with background. These readers turn the labelled news sets of ``shared/data`` into
event / no-event examples (and, where the set has them, coarse types):

- SATP incident reports (``news/satp``): every snippet reports an incident -> "event";
- CAMEO sentences (``news/cameo_class``): 4 (material conflict) -> "event", 0-3 -> "none";
- IndiaPoliceEvents sentences (``events-misc/IndiaPoliceEvents_sents``): KILL or FORCE ->
  "event", no police action at all -> "none" (ARREST / other police action only: left out,
  ACLED codes some arrests and not others).

Splits: the sets' own train / dev / test files; CAMEO has no dev file, so every 5th row of
its train file is dev (the file is grouped by kind of action: a cut at 80 % would give a dev
part of curfews and deportations only) and its test file is the test part. Nothing here is downloaded.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

EVENT = "event"
NONE = "none"
SATP_CLASSES = ("armed_assault", "bombing", "kidnapping", "other")
IPE_COLUMNS = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")
CAMEO_DEV_EVERY = 5


@dataclass(frozen=True)
class NewsItem:
    """One labelled news text: ``labels`` are the set's own labels."""

    text: str
    labels: tuple[str, ...]
    event: bool | None  # True event, False none, None left out of event / no-event training


def _rows(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [[c.strip() for c in row] for row in csv.reader(fh, delimiter="\t",
                                                               quoting=csv.QUOTE_NONE) if row]


def _check(part: str) -> None:
    if part not in ("train", "dev", "test"):
        raise ValueError(f"part must be train, dev or test, not {part!r}")


def _flags(row: list[str], names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The names whose 0/1 column after the text is 1; None for a malformed row."""
    cols = row[1:1 + len(names)]
    if len(cols) < len(names) or not all(c in ("0", "1") for c in cols):
        return None
    return tuple(n for n, c in zip(names, cols, strict=True) if c == "1")


def satp(root: Path, part: str) -> list[NewsItem]:
    """SATP snippets with their incident classes (one or more of SATP_CLASSES)."""
    _check(part)
    out = []
    for row in _rows(root / "news" / "satp" / f"{part}.tsv"):
        labels = _flags(row, SATP_CLASSES)
        if labels:
            out.append(NewsItem(row[0], labels, True))
    return out


def cameo(root: Path, part: str) -> list[NewsItem]:
    """CAMEO quad-class sentences: 4 material conflict is an event, 0-3 are not."""
    _check(part)
    name = "test.tsv" if part == "test" else "train.tsv"
    rows = [r for r in _rows(root / "news" / "cameo_class" / name)
            if len(r) > 1 and r[1] in ("0", "1", "2", "3", "4")]
    if part != "test":  # the file is grouped by kind of action: every 5th row is dev
        rows = [r for k, r in enumerate(rows) if (k % CAMEO_DEV_EVERY == CAMEO_DEV_EVERY - 1)
                == (part == "dev")]
    return [NewsItem(r[0], (r[1],), r[1] == "4") for r in rows]


def ipe(root: Path, part: str) -> list[NewsItem]:
    """IndiaPoliceEvents sentences with their police-action labels."""
    _check(part)
    out = []
    for row in _rows(root / "events-misc" / "IndiaPoliceEvents_sents" / f"{part}.tsv"):
        labels = _flags(row, IPE_COLUMNS)
        if labels is None:
            continue
        if "KILL" in labels or "FORCE" in labels:
            event: bool | None = True
        elif labels:
            event = None
        else:
            event = False
        if len(row[0]) > 15:
            out.append(NewsItem(row[0], labels, event))
    return out


def event_examples(root: Path, part: str = "train", untriggered: float = 0.05,
                   seed: int = 7) -> list[tuple[str, str]]:
    """(text, "event" | "none") pairs of the news sets for the event head: SATP snippets
    and their first sentences, CAMEO and IndiaPoliceEvents sentences. Of the "none"
    IndiaPoliceEvents sentences without a trigger word (never scored by ``predict``) only a
    share ``untriggered`` is kept, as for the news negatives."""
    import random

    from polemos.features import concepts_of, has_trigger
    from polemos.training import split_sentences

    rnd = random.Random(seed)
    out: list[tuple[str, str]] = []
    for item in satp(root, part):
        out.append((item.text, EVENT))
        sents = split_sentences(item.text)
        if len(sents) > 1:
            out.append((sents[0], EVENT))
    out += [(c.text, EVENT if c.event else NONE) for c in cameo(root, part)]
    for item in ipe(root, part):
        if item.event is None or (item.event is False and not has_trigger(
                concepts_of(item.text)) and rnd.random() >= untriggered):
            continue
        out.append((item.text, EVENT if item.event else NONE))
    return out


def satp_sub_type(item: NewsItem) -> str | None:
    """An ACLED sub-event type for a SATP snippet with one incident class (None for
    "other" or several classes): kidnapping -> Abduction; bombing -> Grenade / Suicide bomb
    when the lexicon sees one, else Remote explosive; armed assault -> Armed clash when the
    lexicon sees fighting, else Attack."""
    from polemos.features import concepts_of

    if len(item.labels) != 1 or item.labels[0] == "other":
        return None
    kind = item.labels[0]
    if kind == "kidnapping":
        return "Abduction/forced disappearance"
    found = concepts_of(item.text)
    if kind == "bombing":
        if "SUICIDE" in found:
            return "Suicide bomb"
        return "Grenade" if "GRENADE" in found else "Remote explosive/landmine/IED"
    return "Armed clash" if "CLASH" in found else "Attack"


def typed_examples(root: Path, part: str = "train") -> list[tuple[str, str]]:
    """(text, sub-event type) pairs from SATP snippets with one incident class (the snippet
    and its first sentence), for the sub-type network (:func:`satp_sub_type`)."""
    from polemos.training import split_sentences

    out: list[tuple[str, str]] = []
    for item in satp(root, part):
        sub = satp_sub_type(item)
        if sub is None:
            continue
        out.append((item.text, sub))
        sents = split_sentences(item.text)
        if len(sents) > 1:
            out.append((sents[0], sub))
    return out


__all__ = ["EVENT", "NONE", "NewsItem", "cameo", "event_examples", "ipe", "satp",
           "satp_sub_type", "typed_examples"]
