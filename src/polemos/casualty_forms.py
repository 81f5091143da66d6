"""Sentence forms the fatality counter (:mod:`polemos.casualties`) reads before counting:
a negated death ("no one was killed", "никто не погиб", "لم يُقتل أحد") and a toll that rose
("the death toll rose to seven", "число погибших возросло до семи", "le bilan s'est alourdi à
sept morts", "la cifra de muertos ascendió a siete", "ارتفعت حصيلة القتلى إلى سبعة").

A toll that rose to N is the count of this event (the latest figure for the same deaths), not
a cumulative toll, unless it is a war's or counted since a date.
"""

from __future__ import annotations

from collections.abc import Callable

from polemos.casualty_lexicon import CUMULATIVE, NEGATORS, SKIP_WORDS, TOLL_RISE, TOLL_TO, WAR_TOLL
from polemos.casualty_tokens import Tok, bare

__all__ = ["negated", "risen_toll"]

# Auxiliaries between a negation and its death word: "was not killed", "n'a pas été tué".
_NEG_AUX = frozenset("was were been is are be has have had été être est sont ont pas fue "
                     "fueron sido "
                     "ha han был была было были був була було були".split())
# Nouns of a tally: "the number of dead", "число погибших", "عدد القتلى".
_TOLL_NOUNS = frozenset("toll number nombre bilan cifra número numero balance saldo число количество "
                        "кількість عدد حصيلة".split())
_TOLL_DEATHS = frozenset("toll bilan balance حصيلة".split())


def negated(toks: list[Tok], i: int) -> bool:
    """Whether death word i is denied: "no one was killed", "nadie murió", "ніхто не загинув"."""
    k = i - 1
    while k >= 0 and bare(toks[k].text) in _NEG_AUX and bare(toks[k].text) != bare(toks[i].text):
        k -= 1
    if k < 0:
        return False
    w = bare(toks[k].text)
    if w == "pas" or w in NEGATORS:
        return True
    return w == "one" and k > 0 and bare(toks[k - 1].text) == "no"


def risen_toll(toks: list[Tok], text: str,
               usable: Callable[[list[Tok], int], bool]) -> tuple[int, int, int] | None:
    """(count, start, end) of "the toll rose to N" for this event's deaths; count -1 when the
    toll is a war's or counted since a date (the span is then no figure of this event)."""
    for r, t in enumerate(toks):
        if bare(t.text) not in TOLL_RISE:
            continue
        j = _figure(toks, r, usable)
        if j is None:
            continue
        a = r
        while a > 0 and r - a < 30 and toks[a - 1].kind != "BREAK":
            a -= 1
        window = toks[a:j + 1]
        if any(x.kind == "INJ" for x in window) or not any(
                _tally(toks, k) for k in range(a, j) if toks[k].kind == "DEATH"):
            continue
        span = text[toks[a].start:toks[j].end]
        cumulative = WAR_TOLL.search(span) or CUMULATIVE.search(span)
        return -1 if cumulative else toks[j].value, toks[a].start, toks[j].end
    return None


def _figure(toks: list[Tok], r: int, usable: Callable[[list[Tok], int], bool]) -> int | None:
    """Index of the number the rise verb at r leads to ("rose to at least 7", "إلى 7")."""
    seen_to = False
    for j in range(r + 1, min(len(toks), r + 10)):
        x = toks[j]
        w = bare(x.text)
        if x.kind in ("BREAK", "INJ"):
            return None
        nxt_num = j + 1 < len(toks) and toks[j + 1].kind == "NUM"
        if w in TOLL_TO and (x.kind != "NUM" or nxt_num):
            seen_to = True  # Spanish "a" reads as an article
            continue
        if x.kind == "NUM":
            prev = bare(toks[j - 1].text)
            direct = j == r + 1 or prev in TOLL_TO or (seen_to and prev in SKIP_WORDS)
            return j if direct and usable(toks, j) else None
    return None


def _tally(toks: list[Tok], d: int) -> bool:
    """Death word d names a tally: "toll", "bilan", "number of dead", "число погибших"."""
    if bare(toks[d].text) in _TOLL_DEATHS:
        return True
    return any(bare(x.text) in _TOLL_NOUNS for x in toks[max(0, d - 3):d])
