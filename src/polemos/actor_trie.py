"""Token trie for matching thousands of actor aliases in one left-to-right pass, in six languages.

Text and aliases go through the same folding: lower case, accents and Arabic diacritics removed,
Arabic letter variants unified, Russian/Ukrainian endings stripped (so "российских войск" meets
"российские войска"), and small function words ("the", "of", "de", "du", "la") skipped, so
"armée du Mali" meets "armée Mali". Arabic clitics ("و", "ب", "ل") are tried off the first word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Combining marks belong to their word: Arabic short vowels and shadda ("مسيّرة"), stress marks.
TOKEN_RE = re.compile(r"(?:\w|[\u0300-\u036f\u064b-\u065f\u0670\u0640])+", re.UNICODE)
STOPWORDS = frozenset({"the", "of", "le", "la", "les", "l", "du", "de", "des", "d", "el", "los", "las",
                       "del", "s", "a", "an"})
_CYR_ENDINGS = sorted(
    ["ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ые", "ие", "ий", "ый", "ой",
     "ая", "яя", "ую", "юю", "ое", "ее", "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ою", "ею",
     "ів", "ям", "ій", "ої", "ими", "і", "ї", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й", "є"],
    key=len, reverse=True)
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
_AR_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك")


def _is_cyrillic(tok: str) -> bool:
    return "\u0400" <= tok[0] <= "\u04ff"


def _is_arabic(tok: str) -> bool:
    return "\u0600" <= tok[0] <= "\u06ff"


def fold(tok: str) -> str:
    """One token's matching key (see the module docstring)."""
    t = tok.lower()
    if _is_arabic(t):
        t = "".join(ch for ch in t if not unicodedata.category(ch).startswith("M")).translate(_AR_MAP)
        return t
    if _is_cyrillic(t):  # й is a letter, not и + breve; ё is written е as often as not
        t = "".join(ch for ch in t.replace("ё", "е") if not unicodedata.combining(ch))
    else:
        t = unicodedata.normalize("NFKD", t)
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
    if t and _is_cyrillic(t) and len(t) > 4:
        for end in _CYR_ENDINGS:
            if t.endswith(end) and len(t) - len(end) >= 3:
                return t[: -len(end)]
    return t


def arabic_variants(key: str) -> list[tuple[str, int]]:
    """The key with each possible proclitic removed, with the number of letters removed."""
    out = []
    for p in _AR_PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 2:
            rest = key[len(p):]
            if p in ("وال", "فال", "بال", "كال", "لل"):
                rest = "ال" + rest
                out.append((rest, len(p) - (0 if p == "لل" else 2) - (1 if p == "لل" else 0)))
            else:
                out.append((rest, len(p)))
    return out


@dataclass
class Token:
    """A word of the text: its matching key and character offsets."""

    key: str
    start: int
    end: int
    raw: str


def tokens(text: str) -> list[Token]:
    """The text's words, function words dropped, with offsets into ``text``."""
    out = []
    for m in TOKEN_RE.finditer(text):
        k = fold(m.group())
        if k and k not in STOPWORDS:
            out.append(Token(k, m.start(), m.end(), m.group()))
    return out


def alias_keys(alias: str) -> tuple[tuple[str, ...], bool]:
    """An alias's key sequence, and whether it must match case-sensitively (short acronyms)."""
    toks = [t.key for t in tokens(alias)]
    letters = [c for c in alias if c.isalpha()]
    case_sensitive = bool(letters) and len(letters) <= 5 and alias == alias.upper() and " " not in alias
    return tuple(toks), case_sensitive


class TokenTrie:
    """Leftmost-longest matching of key sequences over a token list."""

    _END = "\x00"

    def __init__(self) -> None:
        self.root: dict = {}
        self.size = 0

    def add(self, alias: str, payload: object) -> None:
        """Register ``payload`` under ``alias`` (a payload list is kept per key sequence)."""
        keys, cs = alias_keys(alias)
        if not keys:
            return
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault(self._END, []).append((payload, alias if cs else None))
        self.size += 1

    def _walk(self, toks: list[Token], i: int, first: str) -> tuple[int, list] | None:
        node = self.root.get(first)
        best = None
        j = i
        while node is not None:
            if self._END in node:
                best = (j, node[self._END])
            j += 1
            if j >= len(toks):
                break
            node = node.get(toks[j].key)
        return best

    def scan(self, text: str) -> Iterator[tuple[int, int, list[object]]]:
        """Yield (start, end, payloads) for each non-overlapping leftmost-longest match."""
        toks = tokens(text)
        i = 0
        while i < len(toks):
            tok = toks[i]
            found = self._walk(toks, i, tok.key)
            skip = 0
            if found is None and _is_arabic(tok.key):
                for var, n in arabic_variants(tok.key):
                    found = self._walk(toks, i, var)
                    if found is not None:
                        skip = n
                        break
            if found is None:
                i += 1
                continue
            j, payloads = found
            start, end = tok.start + skip, toks[j].end
            ok = [p for p, cs in payloads if cs is None or _case_ok(text[start:end], cs)]
            if ok:
                yield start, end, ok
                i = j + 1
            else:
                i += 1


def _case_ok(found: str, alias: str) -> bool:
    return found.upper() == found and any(c.isalpha() for c in found)
