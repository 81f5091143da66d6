"""Checking a model's quotes against the document: nothing the model says is kept unsupported.

polemos searches each quote in the text itself (exact, then tolerant of case, spacing,
typographic quotes and Arabic diacritics) and takes the evidence span from that search,
never from offsets the model might give. A field whose quote is not found is dropped and the
drop is counted by reason; a fatality count must appear, in digits or words, in its quote.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from polemos.llm.records import TEXT_FIELDS, LLMEvent

# Characters the tolerant search ignores: Arabic harakat and tatweel, soft hyphen, zero-widths.
_IGNORED = set("\u0640\u00ad\u200b\u200c\u200d\u2060\ufeff") | {
    chr(c) for c in range(0x064B, 0x0653)
} | {"\u0670"}
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0649": "\u064a",
})
_WRAP = "\"'“”«»‘’ \t\n"
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*")
# The largest gap an elided quote ("A ... B") may span in the document.
MAX_ELISION_GAP = 300
# A quote must hold at least this many letters or digits to count as evidence.
MIN_QUOTE_CHARS = 2


def normalise(text: str) -> tuple[str, list[int]]:
    """Text folded for tolerant search, and for each folded char its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _IGNORED:
            continue
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            continue
        for c in ch.translate(_FOLD).lower():
            out.append(c)
            index.append(i)
    return "".join(out), index


def _clean(quote: str) -> str:
    q = quote.strip()
    while len(q) > 1 and q[0] in _WRAP and q[-1] in _WRAP:
        q = q[1:-1].strip()
    return q.strip(_WRAP).rstrip(".,;:").strip()


def _occurrences(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _nearest(starts: list[int], hint: int | None) -> int:
    return starts[0] if hint is None else min(starts, key=lambda s: (abs(s - hint), s))


class QuoteIndex:
    """One document prepared for repeated quote searches (the folded text is built once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm: tuple[str, list[int]] | None = None

    @property
    def folded(self) -> tuple[str, list[int]]:
        """The folded text and its index map, built on first use."""
        if self._norm is None:
            self._norm = normalise(self.text)
        return self._norm

    def find(self, quote: str, hint: int | None = None) -> tuple[int, int] | None:
        """The span of ``quote`` in the text (the occurrence nearest ``hint``), else None.

        Exact search first; then case-, spacing- and punctuation-tolerant; then an elided
        quote ("A ... B") whose parts occur in order within MAX_ELISION_GAP characters.
        """
        q = _clean(quote)
        if sum(c.isalnum() for c in q) < MIN_QUOTE_CHARS:
            return None
        starts = _occurrences(self.text, q)
        if starts:
            s = _nearest(starts, hint)
            return s, s + len(q)
        span = self._tolerant(q, hint)
        if span is not None:
            return span
        parts = [p for p in _ELLIPSIS.split(q) if p.strip()]
        if len(parts) > 1:
            return self._elided(parts, hint)
        return None

    def _tolerant(self, q: str, hint: int | None) -> tuple[int, int] | None:
        norm, index = self.folded
        nq, _ = normalise(q)
        nq = nq.strip()
        if not nq:
            return None
        starts = _occurrences(norm, nq)
        if not starts:
            return None
        norm_hint = None
        if hint is not None:
            norm_hint = next((k for k, i in enumerate(index) if i >= hint), len(index) - 1)
        s = _nearest(starts, norm_hint)
        return index[s], index[s + len(nq) - 1] + 1

    def _elided(self, parts: list[str], hint: int | None) -> tuple[int, int] | None:
        first = self.find(parts[0], hint)
        if first is None:
            return None
        start, end = first
        for p in parts[1:]:
            nxt = self.find(p, end)
            if nxt is None or nxt[0] < end or nxt[0] - end > MAX_ELISION_GAP:
                return None
            end = nxt[1]
        return start, end


def find_quote(text: str, quote: str, hint: int | None = None) -> tuple[int, int] | None:
    """Where ``quote`` occurs in ``text`` (exact, then tolerant), as (start, end), else None."""
    return QuoteIndex(text).find(quote, hint)


# -- numbers ----------------------------------------------------------------------------------
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUM_TOKEN = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+|\w+(?:['’ʼ-]\w+)*")
_ZERO = re.compile(
    r"\b(?:0|zero|no(?:\s+one|body)?|none|aucun\w*|personne|ningún|ninguna?|nadie|"
    r"никто|нікого|ніхто|никого)\b|لا\s+|لم\s+", re.IGNORECASE)
_AR_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")


def _number_words() -> dict[str, int]:
    try:
        from polemos.casualties import NUMBER_WORDS

        return dict(NUMBER_WORDS)
    except ImportError:  # casualties is optional for this check; keep a minimal table
        base = "zero one two three four five six seven eight nine ten eleven twelve".split()
        table = {w: i for i, w in enumerate(base)}
        table.update({"a": 1, "an": 1, "dozen": 12, "dozens": 12, "hundred": 100,
                      "hundreds": 100, "thousand": 1000, "twenty": 20, "thirty": 30})
        return table


_WORDS: dict[str, int] | None = None


def _word_value(w: str) -> int | None:
    global _WORDS
    if _WORDS is None:
        _WORDS = _number_words()
    w = w.lower().replace("’", "'").replace("ʼ", "'")
    if w in _WORDS:
        return _WORDS[w]
    if "-" in w and all(p in _WORDS for p in w.split("-")):
        vals = [_WORDS[p] for p in w.split("-")]
        return vals[0] * vals[1] if vals[1] >= 100 else sum(vals)
    for c in _AR_CLITICS:
        if not w.isascii() and w.startswith(c) and w[len(c):] in _WORDS:
            return _WORDS[w[len(c):]]
    return None


def numbers_in(text: str) -> set[int]:
    """Every number ``text`` states, in digits ("12", "1,200", "١٢") or words ("twelve",
    "twenty-five", "two hundred", "dozens" = 12), including compounds of adjacent words."""
    out: set[int] = set()
    if _ZERO.search(text):
        out.add(0)
    prev: int | None = None
    for m in _NUM_TOKEN.finditer(text.translate(_DIGITS)):
        tok = m.group(0)
        if tok[0].isdigit():
            val: int | None = int(re.sub(r"\D", "", tok))
        else:
            val = _word_value(tok)
        if val is None:
            prev = None
            continue
        out.add(val)
        if prev is not None:
            if val >= 100 and prev < val:
                out.add(prev * val)
                val = prev * val
            elif prev >= 20 and prev % 10 == 0 and val < 10:
                out.add(prev + val)
                val = prev + val
        prev = val
    return out


# -- one event ----------------------------------------------------------------------------------
@dataclass
class Supported:
    """A field value whose quote was found: the value and its evidence span in the document."""

    value: Any
    start: int
    end: int
    text: str


@dataclass
class Checked:
    """What survives of one model event: supported fields, and the drops by field and reason."""

    fields: dict[str, Supported] = field(default_factory=dict)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    seen: int = 0


def _support(idx: QuoteIndex, name: str, value: Any, quote: str, hint: int | None,
             out: Checked) -> None:
    out.seen += 1
    if not quote or not quote.strip():
        out.dropped.append((name, "no_quote"))
        return
    span = idx.find(quote, hint)
    if span is None:
        out.dropped.append((name, "quote_not_found"))
        return
    s, e = span
    out.fields[name] = Supported(value, s, e, idx.text[s:e])


def check_event(idx: QuoteIndex, ev: LLMEvent) -> Checked:
    """Check one model event against the document: each field is kept only if supported.

    The type's quote anchors the event; other quotes are searched nearest to it. Dates must be
    ISO (YYYY-MM-DD); fatalities must be a number stated in their own quote.
    """
    out = Checked()
    _support(idx, "sub_event_type", ev.sub_event_type.value.value, ev.sub_event_type.quote,
             None, out)
    anchor = out.fields["sub_event_type"].start if "sub_event_type" in out.fields else None
    for name in TEXT_FIELDS:
        f = getattr(ev, name)
        if f.value is None or not str(f.value).strip():
            continue
        value: Any = str(f.value).strip()
        if name == "event_date":
            try:
                value = date.fromisoformat(value)
            except ValueError:
                out.seen += 1
                out.dropped.append((name, "bad_value"))
                continue
        _support(idx, name, value, f.quote, anchor, out)
    fat = ev.fatalities
    if fat.value is not None:
        _support(idx, "fatalities", fat.value, fat.quote, anchor, out)
        got = out.fields.get("fatalities")
        if got is not None and fat.value not in numbers_in(got.text):
            del out.fields["fatalities"]
            out.dropped.append(("fatalities", "number_not_in_quote"))
    return out


def count_drops(checked: Checked, into: Counter[str]) -> None:
    """Add one event's drops to a run's counter, keyed "field:reason"."""
    for name, reason in checked.dropped:
        into[f"{name}:{reason}"] += 1


__all__ = ["Checked", "QuoteIndex", "Supported", "check_event", "count_drops", "find_quote",
           "normalise", "numbers_in"]
