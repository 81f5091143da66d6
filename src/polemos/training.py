"""Training data for the event detector: ACLED notes cut into sentences, news negatives,
and the measurements reported in docs/model.md.

Everything here reads files given to it (or ``shared/data`` when present); nothing is
downloaded. The default model is built by ``python -m polemos.detect build-default``.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from polemos.datasets import AcledRecord, acled_split, parse_date, read_acled_csv
from polemos.errors import InputError
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL

_SENT_RX = re.compile(r"(?<=[.!?؟])\s+(?=[\"'«(\[]?[A-ZА-ЯІЇЄҐ0-9\u0600-\u06ff])")
_LOOSE_RX = re.compile(r"(?<=[.!?؟])\s+|\s{2,}|\n+")
_CODING_RX = re.compile(r"\[[^\]]*\]|\((?:coded|geo|as a|at geoprecision)[^)]*\)", re.I)


def split_sentences(text: str) -> list[str]:
    """A light sentence splitter for training and measuring (the pipeline uses its own)."""
    parts = [p.strip() for p in _SENT_RX.split(text.strip())]
    return [p for p in parts if len(p) > 3]


def clean_note(note: str) -> str:
    """Drop ACLED coder annotations ("[size=no report]", "(coded as ...)") from a note."""
    return re.sub(r"\s+", " ", _CODING_RX.sub(" ", note)).strip()


# Follow-up sentences of ACLED notes that code the record rather than report an act.
_META_RX = re.compile(
    r"^(casualties unknown|no (casualties|injuries|fatalities|deaths|one was)|"
    r"\d+ fatalit|unspecified fatalit|fatalit|there (were|was|are|is) no |"
    r"(the )?(number|toll) of (fatalities|casualties)|(this|the) event (was|is) coded|"
    r"coded as |source|according to [^,]{0,40}(report|source)s?\.?$)", re.I)


def note_examples(records: Iterable[AcledRecord], *, sentences: bool = True,
                  later: bool = True) -> list[tuple[str, str]]:
    """(text, label) pairs from ACLED records: each whole note and, with ``sentences``, its
    first sentence with the note's sub-event type.

    With ``later``, the note's later sentences are "none" when they only code the record
    ("Casualties unknown.", "Fatalities coded as ...") or carry no trigger word (background);
    later sentences with a trigger word are left out, being neither clearly the act nor
    clearly not (the pipeline merges them into the first sentence's event)."""
    from polemos.features import concepts_of, has_trigger

    out: list[tuple[str, str]] = []
    for r in records:
        note = clean_note(r.notes)
        if not note:
            continue
        out.append((note, r.sub_event_type))
        if not sentences:
            continue
        sents = split_sentences(note)
        if len(sents) > 1:
            out.append((sents[0], r.sub_event_type))
        if later:
            for s in sents[1:]:
                if len(s) > 12 and (_META_RX.match(s) or not has_trigger(concepts_of(s))):
                    out.append((s, NONE_LABEL))
    return out


# acled-more's random global sample of January-June 2022 (8.8k rows, 169 countries): the
# time-split held-out set of ACLED notes, January-March dev, April-June test; never trained on.
GLOBAL_SAMPLE = "dtacled+acledR/acled_old_deletion_dummy.rda::acled_old_deletion_dummy"


def global_sample(root: Path, part: str) -> list[AcledRecord]:
    """The dev (January-March 2022) or test (April-June 2022) part of acled-more's global
    sample; [] when acled-more is absent."""
    if part not in ("dev", "test"):
        raise ValueError(f"the global sample has a dev and a test part, not {part!r}")
    path = root / "acled-more" / "acled_more.csv"
    if not path.exists():
        return []
    rows = [r for r in read_acled_csv(path) if r.raw.get("src_file") == GLOBAL_SAMPLE]
    return [r for r in rows if (r.event_date.month <= 3) == (part == "dev")]


def acled_more_records(path: Path, *, exclude: list[AcledRecord] | None = None,
                       us_protest_cap: int = 2000, per_label_cap: int = 2500,
                       seed: int = 13) -> list[AcledRecord]:
    """Rows of acled-more with the US 2020 peaceful protests down-sampled to ``us_protest_cap``,
    at most ``per_label_cap`` rows of one sub-event type and, for countries of ``exclude``
    (the held-out split), nothing on or after its first date. The global sample (dev/test,
    :func:`global_sample`) is left out, with rows of other files on the same day and place
    as one of its rows and notes identical to one of its notes."""
    rows = list(read_acled_csv(path))
    held = [r for r in rows if r.raw.get("src_file") == GLOBAL_SAMPLE]
    same_place = {(r.country, r.event_date, r.location) for r in held}
    rows = [r for r in rows if r.raw.get("src_file") != GLOBAL_SAMPLE
            and (r.country, r.event_date, r.location) not in same_place]
    cut: dict[str, object] = {}
    seen_notes = {r.notes.strip().lower() for r in held}
    for r in exclude or []:
        seen_notes.add(r.notes.strip().lower())
        if r.country and (r.country not in cut or r.event_date < cut[r.country]):  # type: ignore[operator]
            cut[r.country] = r.event_date
    kept = [r for r in rows if r.notes.strip().lower() not in seen_notes
            and not (r.country in cut and r.event_date >= cut[r.country])]  # type: ignore[operator]
    rnd = random.Random(seed)
    us = [r for r in kept if r.country == "United States" and r.sub_event_type == "Peaceful protest"]
    rest = [r for r in kept if not (r.country == "United States"
                                    and r.sub_event_type == "Peaceful protest")]
    rnd.shuffle(us)
    rows = rest + us[:us_protest_cap]
    if per_label_cap:
        rnd.shuffle(rows)
        seen: Counter[str] = Counter()
        capped = []
        for r in rows:
            seen[r.sub_event_type] += 1
            if seen[r.sub_event_type] <= per_label_cap:
                capped.append(r)
        rows = capped
    return rows


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if row]


def _part(rows: list, part: str, cuts: tuple[float, float]) -> list:
    """The train / dev / test share of ``rows`` cut at the fractions ``cuts``."""
    a, b = int(len(rows) * cuts[0]), int(len(rows) * cuts[1])
    return {"train": rows[:a], "dev": rows[a:b], "test": rows[b:]}[part]


def news_negatives(root: Path, part: str = "train") -> dict[str, list[str]]:
    """Articles that report no political event, by source, for ``part`` train/dev/test:
    BBC non-politics (label 0, its own files), AG News sports/business/tech (rows cut
    50/15/35 %), MasakhaNEWS en/fr non-politics (dev file = train; test file cut 1/3 dev,
    2/3 test) and CAMEO neutral/verbal sentences (:func:`polemos.training_news.cameo`: every
    5th row of the train file is dev, the test file is test)."""
    if part not in ("train", "dev", "test"):
        raise ValueError(f"part must be train, dev or test, not {part!r}")
    news = root / "news"
    out: dict[str, list[str]] = {}
    bbc_file = news / "bbc_politics" / f"{part}.tsv"
    if bbc_file.exists():
        out["bbc"] = [r[0] for r in _read_tsv(bbc_file) if len(r) > 1 and r[1].strip() == "0"]
    ag_file = news / "agnews" / "ag_news_csv" / "test.csv"
    if ag_file.exists():
        with ag_file.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.reader(fh) if r and r[0] in ("2", "3", "4")]
        out["agnews"] = [f"{r[1]}. {r[2]}" for r in _part(rows, part, (0.5, 0.65))]
    for lang in ("eng", "fra"):
        f = news / "masakhanews" / "data" / lang / ("dev.tsv" if part == "train" else "test.tsv")
        if f.exists():
            with f.open(encoding="utf-8", newline="") as fh:
                rows = [r for r in csv.DictReader(fh, delimiter="\t")
                        if r.get("category") != "politics"]
            if part != "train":
                rows = _part(rows, "dev" if part == "dev" else "test", (0.0, 1 / 3))
            out[f"masakhanews_{lang}"] = [f"{r['headline']}. {r['text']}" for r in rows]
    from polemos.training_news import cameo

    rows = [c.text for c in cameo(root, part) if c.labels[0] in ("0", "1", "3")]
    if rows:
        out["cameo"] = rows
    return out


def loose_sentences(text: str) -> list[str]:
    """Sentences of text that may have lost its capitals and punctuation (BBC, AG News):
    cut at end punctuation, runs of spaces and line breaks."""
    return [x.strip() for x in _LOOSE_RX.split(text) if len(x.strip()) > 3]


def negative_examples(root: Path, part: str = "train", per_article: int = 40,
                      untriggered: float = 0.05, seed: int = 7,
                      lang: str | tuple[str, ...] | None = ("en", "fr")) -> list[tuple[str, str]]:
    """("none") sentences from :func:`news_negatives`, at most ``per_article`` per article.

    Sentences without a trigger word never reach the network in ``predict`` (the lexicon
    gate answers "none" for them), so only a share ``untriggered`` of them is kept: the
    hard negatives are the ones with "attack", "shot", "strike"... With ``lang`` set, only
    sentences py3langid puts in one of those languages are kept (other languages have no
    positive examples to balance them, and would teach the model that the language means
    "none")."""
    import py3langid

    from polemos.features import concepts_of, has_trigger

    rnd = random.Random(seed)
    langs = (lang,) if isinstance(lang, str) else lang
    out: list[tuple[str, str]] = []
    for texts in news_negatives(root, part).values():
        for t in texts:
            sents = loose_sentences(t) or [t]
            if len(sents) > per_article:
                sents = rnd.sample(sents, per_article)
            out.extend((s, NONE_LABEL) for s in sents if len(s) > 15 and (
                has_trigger(concepts_of(s)) or rnd.random() < untriggered)
                and (langs is None or py3langid.classify(s)[0] in langs))
    return out


# Hand-written "no new event" sentences in the register of wire reports (our own words):
# tolls of a whole war, anniversaries, history, statements. They teach the "none" side
# what ACLED notes never show.
WRITTEN_NEGATIVES: tuple[str, ...] = (
    "More than 10,000 people have been killed since the conflict began in 2014, the UN says.",
    "The war has claimed tens of thousands of lives over the past decade.",
    "The overall death toll from the insurgency has now passed 3,000, officials estimate.",
    "Hundreds of thousands have died in the civil war, according to monitoring groups.",
    "Veterans gathered on Sunday to mark the 30th anniversary of the end of the war.",
    "The country commemorates the victims of the 1994 massacre every year in April.",
    "The rebellion that broke out in 2012 drove thousands of families from their homes.",
    "Ten years ago, the city was the scene of fierce fighting between the army and rebels.",
    "The minister condemned the violence and called for calm ahead of the elections.",
    "The foreign ministry said it was deeply concerned about the situation in the region.",
    "Analysts say the group has been weakened by years of military pressure.",
    "The president promised to restore security in the northern provinces.",
    "The United Nations warned that the humanitarian situation continues to deteriorate.",
    "Talks between the two sides are expected to resume next month in Geneva.",
    "Human rights groups have long accused the security forces of abuses.",
    "The region has been plagued by violence for years.",
    "A powerful storm killed four people and left thousands without power.",
    "Floods triggered by heavy rains have killed at least 20 people this week.",
    "Two people died when a bus collided with a lorry on the highway.",
    "The striker scored twice as the home side beat their rivals 3-1.",
    "Police are investigating the theft of cattle from a farm near the town.",
    "Shares in the company fell sharply after it reported a drop in quarterly profits.",
    "The government announced a new budget for schools and hospitals.",
    "The film about the 1990s civil war won the top prize at the festival.",
)


def written_negatives() -> list[tuple[str, str]]:
    """The hand-written negatives as training pairs."""
    return [(t, NONE_LABEL) for t in WRITTEN_NEGATIVES]


def default_training_set(root: Path, *, negatives: bool = True, more: bool = True,
                         neg_per_article: int = 40, acled_repeat: int = 3,
                         per_label_cap: int = 2500, us_protest_cap: int = 2000
                         ) -> list[tuple[str, str]]:
    """The training set of the shipped model: acled/ train split (repeated ``acled_repeat``
    times: it holds the countries and coding habits of the held-out periods), acled-more
    (US 2020 peaceful protests cut to ``us_protest_cap``, at most ``per_label_cap`` rows a
    sub-type, held-out period excluded) and news negatives in English and French (train
    parts only). Notes give whole-note, first-sentence and follow-up examples
    (:func:`note_examples`)."""
    files = sorted((root / "acled").glob("*.csv"))
    if not files:
        raise InputError("no ACLED CSV files", str(root / "acled"))
    ex = note_examples(acled_split("train", files)) * max(int(acled_repeat), 1)
    more_path = root / "acled-more" / "acled_more.csv"
    if more and more_path.exists():
        held = acled_split("dev", files) + acled_split("test", files)
        ex += note_examples(acled_more_records(more_path, exclude=held, per_label_cap=per_label_cap,
                                               us_protest_cap=us_protest_cap))
    if negatives:
        ex += negative_examples(root, "train", per_article=neg_per_article)
        ex += written_negatives()
    return ex


def label_counts(examples: Iterable[tuple[str, str]]) -> dict[str, int]:
    """How many examples each label has (for reports)."""
    return dict(Counter(lbl for _, lbl in examples).most_common())


def check_labels(examples: Iterable[tuple[str, str]]) -> None:
    """InputError naming the first label that is neither a sub-event type nor "none"."""
    for i, (_, lbl) in enumerate(examples):
        if lbl != NONE_LABEL and lbl not in EVENT_TYPE_OF:
            raise InputError(f"unknown label {lbl!r}", f"example {i}")


__all__ = [
    "acled_more_records", "check_labels", "clean_note", "default_training_set",
    "label_counts", "loose_sentences", "negative_examples", "news_negatives", "note_examples", "parse_date",
    "split_sentences", "written_negatives",
]
