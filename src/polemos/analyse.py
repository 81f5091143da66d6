"""Language identification and sentence splitting of a Document (the ``analyse`` stage).

Language: py3langid's naive Bayes model over 140 languages, with a prior towards the languages
polemos reads (short headlines are otherwise often taken for Nigerian Pidgin or Lombard),
Arabic dialect labels folded into ``ar``, and a letter check that settles Russian against
Ukrainian (і ї є ґ are Ukrainian only; ы э are Russian only).

Sentences: the ``sentencex`` segmenter (Wikimedia; rule-based, ~300 languages, written in Rust)
run per paragraph, followed by repairs for news text it gets wrong: titles and initials
("M. Macron", "Gen. Smith", "В. Зеленский"), abbreviations ("gén.", "г. Москва", "Jan. 3"),
and a following lowercase word, which never starts a sentence. Offsets are exact:
``Sentence.text == text[start:end]``.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from polemos.dates import MONTHS, WEEKDAYS
from polemos.schema import Document

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Analysed",
    "Sentence",
    "analyse",
    "detect_language",
    "split_sentences",
]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ar", "ru", "uk")
UNDETERMINED = "und"
PRIOR_BOOST = 5.0  # odds multiplier for the supported languages (see module docstring)
MAX_DETECT_CHARS = 4000  # the first few thousand characters settle the language

# py3langid labels without an ISO 639-1 code that map onto one.
_FOLD = {"ary": "ar", "arz": "ar", "uzs": "uz", "yue": "zh", "wuu": "zh", "fuv": "ff", "gug": "gn"}
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэЫЭ")
_CYRILLIC_PEERS = frozenset({"ru", "uk", "bg", "mk", "sr", "be"})

_identifier: Any = None
_identifier_lock = threading.Lock()


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == document_text[start:end]``; ``paragraph`` counts from 0."""

    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Analysed:
    """A Document with its language and sentences (offsets into ``document.text``)."""

    document: Document
    language: str
    sentences: list[Sentence]
    dateline: tuple[int, int] | None = None


def analyse(doc: Document) -> Analysed:
    """Language (the document's own if given, else detected) and sentences of a Document."""
    language = (doc.language or "").lower() or detect_language(doc.text)
    return Analysed(doc, language, split_sentences(doc.text, language), find_dateline(doc.text))


# A wire dateline: "BAMAKO, March 14 (Reuters) - ", "OUAGADOUGOU, 9 mai - ", "Paris (AFP) - ",
# "МОСКВА, 18 марта - ", "CARACAS, 10 ene (EFE).- ". The place and date there are where and when the report was filed,
# not where and when the event happened.
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
# Arabic month names of every usage (Egyptian, Levantine, Maghrebi, Moroccan), from the
# month table of polemos.dates, longest first
_AR_MONTHS = "|".join(re.escape(m).replace(r"\ ", r"\s+")
                      for m in sorted((m for m in MONTHS if "\u0621" <= m[0] <= "\u064a"),
                                      key=len, reverse=True))
# An Arabic dateline's day: "15 أيلول/سبتمبر 2025", after a weekday or not
_AR_DAY = (rf"(?:(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)\s*[،,]?\s*)?"
           rf"\d{{1,2}}\s+(?:{_AR_MONTHS})(?:\s*/\s*(?:{_AR_MONTHS}))?(?:\s+\d{{4}})?")
_AR_AGENCY = r"\([^)\n]{1,30}\)"
_WEEKDAY_NAMES = "|".join(re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True)
                          if not "\u0600" <= w[0] <= "\u06ff")
# Month names and abbreviations in Latin and Cyrillic letters, from the same table
_LATIN_MONTHS = "|".join(re.escape(m) for m in sorted(
    (m for m in MONTHS if not "\u0600" <= m[0] <= "\u06ff"), key=len, reverse=True))
_DATELINE = re.compile(
    rf"""\A\s*
    (?:[{_UPPER}][{_UPPER}'’.\- ]{{1,40}}[{_UPPER}.]      # CITY in capitals
      (?:\s*\([^)\n]{{1,20}}\))?                           # (its country: "BENI (RDC)")
      (?:\s*,\s*[^\n,–—-]{{1,30}})?                       # , region or date
      (?:\s*,\s*[^\n,–—-]{{1,30}})?
      (?:\s*\([^)\n]{{1,30}}\))?                          # (Agency)
    |[{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+)?        # City (Agency)
      (?:\s*,\s*[^\n,()–—-]{{1,30}})?
      \s*\([{_UPPER}][^()\n]{{1,25}}\)
    |(?!(?i:{_WEEKDAY_NAMES})\b)                             # City, Feb 17 (no agency)
      [{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+)?
      \s*,\s*(?:(?i:{_LATIN_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_LATIN_MONTHS})\.?)
      (?:,?\s+\d{{4}})?
    |[\u0621-\u064a][\u0621-\u064a\u064b-\u0652 /]{{0,30}}?   # مدينة، 15 أيلول/سبتمبر (وكالة)
      (?:\s*{_AR_AGENCY})?\s*[،,\-–—]?\s*{_AR_DAY}(?:\s*{_AR_AGENCY})?
    |[\u0621-\u064a][\u0621-\u064a\u064b-\u0652 /]{{0,30}}?   # مأرب / عدن – (وكالة) 15 سبتمبر
      \s*[-–—]?\s*{_AR_AGENCY}(?:\s*[،,]?\s*{_AR_DAY})?
    )
    \s*\.?[-–—:]{{1,2}}\s""",                               # " - ", Spanish wire ".- "
    re.VERBOSE,
)


# A dateline closed by a full stop, no dash: "BOGOTÁ, 5 mar. El martes ...", "МОСКВА, 5 марта.
# /ТАСС/. ...", "Kyiv, March 5. Russian forces ..." (a place, then its day and month, then the
# next sentence's capital)
_DOT_DATELINE = re.compile(
    rf"""\A\s*
    (?!(?i:{_WEEKDAY_NAMES})\b)
    [{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+)?
    \s*,\s*(?:(?i:{_LATIN_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_LATIN_MONTHS}))
    (?:,?\s+\d{{4}})?\.
    (?:\s*/[^/\n]{{1,20}}/\.?)?
    \s+(?=[{_UPPER}])""",
    re.VERBOSE,
)


def find_dateline(text: str) -> tuple[int, int] | None:
    """The span of the wire dateline opening the text ("KABUL, March 3 (Reuters) - "), if any."""
    m = _DATELINE.match(text[:200]) or _DOT_DATELINE.match(text[:200])
    return (0, m.end()) if m else None


# -- language ------------------------------------------------------------------------------


def _get_identifier() -> Any:
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def detect_language(text: str, *, prefer: tuple[str, ...] = SUPPORTED_LANGUAGES) -> str:
    """The ISO 639-1 code of the text's language, ``"und"`` if it has no letters.

    Languages in ``prefer`` get PRIOR_BOOST times the odds: a short French headline
    should come out "fr", not Luxembourgish; pass ``prefer=()`` for the bare model.
    """
    sample = text[:MAX_DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED
    scores: dict[str, float] = {}
    for label, prob in _get_identifier().rank(sample):
        code = _FOLD.get(label, label)
        if len(code) == 2:
            scores[code] = scores.get(code, 0.0) + prob
    if not scores:
        return UNDETERMINED
    best = max(scores, key=lambda c: scores[c] * (PRIOR_BOOST if c in prefer else 1.0))
    if best in _CYRILLIC_PEERS and best != "be":
        uk = sum(ch in _UK_ONLY for ch in sample)
        ru = sum(ch in _RU_ONLY for ch in sample)
        if uk and not ru:
            best = "uk"
        elif ru and not uk and best in ("uk", "ru"):
            best = "ru"
    return best


# -- sentences -----------------------------------------------------------------------------

# Abbreviations that never end a sentence, lower case, without their final period.
_TITLES = {
    "en": "mr mrs ms dr gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep pres prof rev "
    "st mt ft brig lieut supt insp det hon messrs approx dept est vs",
    "fr": "m mm mme mmes mlle dr pr me gén gen col cdt cmdt lt lieut capt sgt adj mgr st ste "
    "av bd bld env cf art min ministre préf",
    "es": "sr sra sres srta dr dra gral gen cnel tte cap sgto cmdte lic ing av avda sto sta "
    "prof pdte dpto aprox",
    "ru": "г гг ул пр просп пос с д им ген полк подполк м обл тов св проф акад пгт пер ст",
    "uk": "м с смт вул обл ген полк ім р пров просп пос св проф акад ст",
    "ar": "",
}
# Abbreviated months: after one, a number or "(" (a dateline's "(AFP)") continues the sentence.
_MONTHS = (
    "jan feb mar apr jun jul aug sep sept oct nov dec janv févr fév avr juil déc "
    "ene abr ago dic янв фев февр мар апр авг сент окт нояб дек січ лют бер квіт трав черв "
    "лип серп вер жовт лист груд"
)
_MONTH_SET = frozenset(_MONTHS.split())
# "г."/"р." after a number is a year ("в 2022 г."), which may end a sentence.
_YEAR_ABBR = frozenset({"г", "гг", "р"})
_LAST_WORD = re.compile(r"(?:^|[\s(«\"“'‘])([^\W\d_]+(?:\.[^\W\d_]+)*)\.\W*$")
_PRE_WORD = re.compile(r"(\S+)\s+\S+\.\W*$")
_INITIAL = re.compile(r"(?:^|[\s(«\"“'‘.])[^\W\d_]\.\W?$")
_LEAD = re.compile(r"[\s\"'«»“”‘’„()\[\]—–-]*")


def _paragraph_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, wrapped) paragraphs: lines, or blank-line blocks in hard-wrapped text.

    Text is hard-wrapped when it has blank lines and most line breaks inside its blocks fall
    mid-sentence (no final punctuation before, a lowercase word or a long line's run-on after:
    a headline line above a paragraph is not a wrap); there a newline is a space.
    """
    blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
    wrapped = False
    if "\n\n" in text.strip():
        breaks = [m for s, e in blocks for m in _BREAK.finditer(text, s, e)]
        mid = sum(1 for m in breaks if _wrap_break(m.group(1), m.group(2)))
        wrapped = bool(breaks) and mid > len(breaks) / 2
    if wrapped:
        return [(s, e, True) for s, e in blocks if text[s:e].strip()]
    return [(m.start(), m.end(), False) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
# Anchored at a line start: unanchored, a long last line was scanned once per character.
_BREAK = re.compile(r"^([^\n]*)\n(?=([^\n]*))", re.MULTILINE)


def _wrap_break(line: str, following: str) -> bool:
    """Whether a line break between two lines falls inside a sentence."""
    line, following = line.rstrip(), following.lstrip()
    if not line or not following or line[-1] in ".!?؟…:;\"'»”)":
        return False
    first = following[0]
    return first.islower() or (first.isalpha() and not first.isupper() and len(line) >= 50)


def _lower_start(segment: str) -> bool:
    """Whether a segment opens with a lowercase letter (after quotes and brackets)."""
    rest = segment[_LEAD.match(segment).end():]  # type: ignore[union-attr]
    return bool(rest) and rest[0].islower()


def _continues(prev: str, nxt: str, lang: str) -> bool:
    """Whether the boundary between two segments is false (one sentence runs on)."""
    prev_s = prev.rstrip()
    if not prev_s or not nxt.strip():
        return True
    if prev_s == prev and not nxt[:1].isspace():  # "PanArmenian.Net": no space, no boundary
        return True
    if not prev_s.endswith("."):
        return _lower_start(nxt)  # '"Fire!" he shouted' is one sentence
    if _lower_start(nxt) or _LEAD.fullmatch(nxt.strip()):
        return True
    if _INITIAL.search(prev_s):
        return True
    match = _LAST_WORD.search(prev_s)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _MONTH_SET:
        return bool(re.match(r"\s*[\d(]", nxt))
    if word in _titles(lang):
        if word in _YEAR_ABBR:
            before = _PRE_WORD.search(prev_s)
            return not (before and before.group(1)[-1:].isdigit())
        return True
    return False


@lru_cache(maxsize=16)
def _titles(lang: str) -> frozenset[str]:
    return frozenset(_TITLES.get(lang, _TITLES["en"]).split())


def _segments(text: str, lang: str) -> list[tuple[int, int]]:
    """sentencex's boundaries of one paragraph as (start, end) offsets into it."""
    import sentencex

    return [(b["start_index"], b["end_index"]) for b in sentencex.get_sentence_boundaries(lang, text)
            if not b.get("is_paragraph_break")]


# A "sentence" longer than this is a segmenter failure (an unclosed quote makes sentencex keep
# a whole article together): it is cut again at every full stop followed by a capital.
MAX_SENTENCE_CHARS = 600
_HARD_STOP = re.compile(
    r"[.!?…؟][\"'»”’)]*(?=\s+[\"'«“„‘(]*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ\u0621-\u064A])")


# A full stop in a text written without capitals (lower-cased copy, some feeds and data sets):
# any word may open the next sentence.
_LOWER_STOP = re.compile(r"[.!?…؟][\"'»”’)]*(?=\s+\S)")
_CAPITAL_AFTER_STOP = re.compile(
    r"[.!?…؟][\"'»”’)]*\s+[\"'«“„‘(]*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")


def _cased(para: str) -> bool:
    """Whether a paragraph is written with capitals: it opens with one or a capital follows a
    full stop somewhere (a lower-cased copy keeps a stray capital in "PS130" or "FBI" but
    opens no sentence with one); a script without case (Arabic) and a short paragraph ("12
    killed in Gao") count as cased."""
    if len(para) < 200 or not any(c.islower() for c in para):
        return True
    first = next((c for c in para if c.isalpha()), "")
    return first.isupper() or _CAPITAL_AFTER_STOP.search(para) is not None


def _recut(start: int, end: int, para: str, para_cased: bool = True) -> list[list[int]]:
    """An overlong span cut at hard stops (quotes ignored), a span with no capital letter or
    in a paragraph written without capitals at every full stop; other spans as they are."""
    span = para[start:end]
    cased = para_cased and (any(c.isupper() for c in span)
                            or not any(c.islower() for c in span))  # Arabic
    if cased and end - start <= MAX_SENTENCE_CHARS:
        return [[start, end]]
    pieces, s = [], start
    stops = _HARD_STOP if cased else _LOWER_STOP
    for m in stops.finditer(para, start, end):
        if m.end() - s >= 20:  # not after an initial or an abbreviation of a few letters
            pieces.append([s, m.end()])
            s = m.end()
    pieces.append([s, end])
    return pieces


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of a news text, each with exact offsets and its paragraph index.

    Newlines end paragraphs (and so sentences) unless the text is hard-wrapped. A span longer
    than MAX_SENTENCE_CHARS is cut again at full stops (see ``_recut``).
    """
    seg_lang = lang if lang and lang != UNDETERMINED else "en"
    sentences: list[Sentence] = []
    for para_no, (p_start, p_end, wrapped) in enumerate(_paragraph_spans(text)):
        para = text[p_start:p_end]
        spans: list[list[int]] = []
        for s, e in _segments(para.replace("\n", " ") if wrapped else para, seg_lang):
            if spans and _continues(para[spans[-1][0]:spans[-1][1]], para[s:e], seg_lang):
                spans[-1][1] = e
            else:
                spans.append([s, e])
        para_cased = _cased(para)
        for s, e in (piece for span in spans for piece in _recut(*span, para, para_cased)):
            chunk = para[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail > lead:
                start, end = p_start + s + lead, p_start + s + trail
                sentences.append(Sentence(start, end, text[start:end], para_no))
    return sentences
