"""Tokens of the fatality counter (:mod:`polemos.casualties`): split a sentence into words,
numbers and punctuation, and tell death words, injury words, numbers and list joiners apart.

Handles the forms the six languages write a number in: digits (Arabic-Indic too), number words
in any case ("семи", "двох", "п'ятьох"), compounds written as two words ("twenty five",
"двадцять п'ять", "خمسة وعشرون", "ثلاثة عشر"), Arabic clitics and article ("والثلاثة",
"العشرات"), Arabic short vowels ("قُتل" is "قتل").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from polemos.casualty_lexicon import CONJ, DEATH, INJURY, NUMBER_WORDS

# Arabic short vowels and tatweel belong to their word ("قُتلوا"); they are dropped for look-up.
_AR_MARKS = "\u064b-\u0652\u0640"
_TOKEN = re.compile(rf"\d{{1,3}}(?:[,  ]\d{{3}})+(?!\d)|\d+"
                    rf"|[\w{_AR_MARKS}]+(?:['’ʼ-][\w{_AR_MARKS}]+)*|[^\w\s]")
AR_MARK = re.compile(f"[{_AR_MARKS}]")  # also read by arrests.is_arrest
AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_BREAK = set(".;:!?()[]—–؛؟")
_COMMA = {",", "،"}
_AR_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")
# "أحد عشر" = 11, "اثنا عشر" = 12: words that only count with "عشر" after them
_DETS = frozenset("a an un une una uno".split())
_AR_TEEN_HEADS = {"أحد": 1, "إحدى": 1, "احد": 1, "احدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2,
                  "اثنتي": 2}


@dataclass
class Tok:
    text: str
    start: int
    end: int
    kind: str = ""  # NUM, DEATH, INJ, CONJ, BREAK, COMMA, WORD
    value: int = 0
    sub: str = ""
    joined: bool = False  # Arabic "و" glued to the word ("وأصيب"): it starts a new clause part


def bare(word: str) -> str:
    """Lower-cased, apostrophes unified, Arabic short vowels dropped."""
    return AR_MARK.sub("", word.lower().replace("’", "'").replace("ʼ", "'"))


def _ar_stem(w: str, table) -> str | None:
    """The word without its Arabic clitics and article when that is in ``table``."""
    if w.isascii():
        return None
    for c in ("",) + _AR_CLITICS:
        if not w.startswith(c):
            continue
        rest = w[len(c):]
        for art in ("", "ال", "لل"):
            if rest.startswith(art) and rest[len(art):] in table and (c or art):
                return rest[len(art):]
    return None


def number(word: str) -> int | None:
    """Value of a digit string or number word ("twenty-five", "dix-sept", "والثلاثة"), else None."""
    w = bare(word)
    if w[0].isdigit():
        return int(re.sub(r"\D", "", w))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
        parts = [NUMBER_WORDS[p] for p in w.split("-")]
        return parts[0] * parts[1] if parts[1] >= 100 else sum(parts)
    stem = _ar_stem(w, NUMBER_WORDS)
    return NUMBER_WORDS[stem] if stem is not None else None


def _classify(tok: Tok) -> None:
    w = bare(tok.text)
    stem = w
    if not w.isascii() and w not in DEATH and w not in INJURY:
        stem = _ar_stem(w, DEATH) or _ar_stem(w, INJURY) or w
        tok.joined = stem != w and w.startswith("و")
    if stem in DEATH:
        tok.kind, tok.sub = "DEATH", DEATH[stem]
    elif stem in INJURY:
        tok.kind = "INJ"
    elif w in _BREAK:
        tok.kind = "BREAK"
    elif w in _COMMA:
        tok.kind = "COMMA"
    elif w in CONJ:
        tok.kind = "CONJ"
    else:
        n = number(tok.text)
        if n is not None:
            tok.kind, tok.value = "NUM", n
        else:
            tok.kind = "WORD"


def _merge_compounds(toks: list[Tok]) -> list[Tok]:
    """One number for "twenty five", "двадцять п'ять", "خمسة وعشرون", "ثلاثة عشر"."""
    out: list[Tok] = []
    for t in toks:
        a = out[-1] if out else None
        words = a is not None and not a.text[0].isdigit() and not t.text[0].isdigit()
        if words and a.kind == "NUM" and t.kind == "NUM" and bare(t.text) not in _DETS:
            tens_units = a.value in range(20, 100, 10) and 1 <= t.value <= 9
            units_tens = (1 <= a.value <= 9 and t.value in range(20, 100, 10)
                          and bare(t.text).startswith("و"))  # Arabic "خمسة وعشرون"
            teen = 1 <= a.value <= 9 and bare(t.text) in ("عشر", "عشرة")
            if tens_units or units_tens or teen:
                a.value += t.value
                a.text, a.end = a.text + _gap(a, t) + t.text, t.end
                continue
        if a is not None and a.kind == "WORD" and bare(a.text) in _AR_TEEN_HEADS \
                and bare(t.text) in ("عشر", "عشرة"):
            a.kind, a.value = "NUM", _AR_TEEN_HEADS[bare(a.text)] + 10
            a.text, a.end = a.text + _gap(a, t) + t.text, t.end
            continue
        out.append(t)
    return out


def _gap(a: Tok, b: Tok) -> str:
    return " " * (b.start - a.end)


def tokens(text: str) -> list[Tok]:
    """The tokens of ``text`` (Arabic-Indic digits already made ASCII), classified."""
    toks = [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for t in toks:
        _classify(t)
    toks = _merge_compounds(toks)
    for a, b in zip(toks, toks[1:], strict=False):
        if a.kind == "CONJ" and b.text == "/":
            a.kind = "WORD"  # "JNIM and/or ISGS militants": one group, not a list
    return toks
