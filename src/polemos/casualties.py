"""Fill stage, fatalities: the number of people a sentence says were killed, by ACLED's rules.

A token-level rule system over a hand-built lexicon (en, fr, es, ru, uk, ar): numbers (digits
and number words) are attached to the nearest death word in the same clause; numbers that
count the injured, and cumulative tolls ("has killed 10,000 since 2014"), are not this event's
count; a toll that rose ("the toll rose to seven") is (:mod:`polemos.casualty_forms`).
ACLED's conventions: "dozens" = 12 (Arabic "عشرات" too, which it renders so), "tens" = 10,
"hundreds" = 100, "several" = 3 (the value ACLED coders used most often for "several" on the
train and dev splits), "a"/"one" = 1;
of several figures for the same deaths ("at least three ... the Star reports four") the most
conservative (lowest) is kept, while distinct groups ("two soldiers and three civilians") add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from polemos.casualty_forms import negated, risen_toll
from polemos.casualty_lexicon import (
    _ATTRIBUTED,
    _AUX,
    _BODY,
    _CAUSE,
    _CAUSE_NOUNS,
    _DETS,
    _EVENT_NOUNS,
    _FOUND,
    _FR_AUX_NEXT,
    _FREE,
    _KIN,
    _NOT_PEOPLE,
    _NOT_VICTIM,
    _PARTICIPLE,
    _PREP,
    _STOP_AFTER,
    _THEM,
    _TRY,
    CUMULATIVE,
    NUMBER_WORDS,
    SKIP_WORDS,
    ZERO,
)
from polemos.casualty_tokens import AR_DIGITS, bare
from polemos.casualty_tokens import Tok as _Tok
from polemos.casualty_tokens import tokens as _tokens
from polemos.dates import MONTHS

__all__ = ["NUMBER_WORDS", "FatalityMatch", "find_fatalities", "hurt_not_dead"]


@dataclass(frozen=True)
class FatalityMatch:
    """A fatality count and the span of text that states it (number through death word)."""

    count: int
    start: int
    end: int
    text: str


def _is_year(t: _Tok) -> bool:
    return t.text.isdigit() and len(t.text) == 4 and 1900 <= t.value <= 2100


def _after_injury(toks: list[_Tok], j: int) -> bool:
    """ "wounding two youths": a number right after an injury word counts the injured."""
    k = j - 1
    while k >= 0 and toks[k].text.lower() in SKIP_WORDS:
        k -= 1
    return k >= 0 and toks[k].kind == "INJ"


def _usable(toks: list[_Tok], j: int) -> bool:
    """A number that counts people here: not a year, not a date ("on 28 August"), not an age,
    distance or herd ("a 15-year-old", "25 km", "100 camels"), not the injured."""
    t = toks[j]
    if t.kind != "NUM" or _is_year(t):
        return False
    if t.text == "a" and j + 1 < len(toks) and toks[j + 1].text.lower() in _FR_AUX_NEXT:
        return False  # French "a été tué": the verb, not the article
    if j > 0 and toks[j - 1].text.lower().rstrip(".") in MONTHS and t.text.isdigit():
        return False
    nxt = [x for x in toks[j + 1:j + 4]]
    if nxt and nxt[0].text.lower().rstrip(".") in MONTHS:
        return False
    if _is_measure(toks, j):
        return False
    if j > 1 and toks[j - 1].text.lower() in ("of", "de") and toks[j - 2].text.lower() in _KIN:
        return False  # "a father of four"
    if _after_injury(toks, j):
        return False
    for x in nxt:
        if x.kind == "INJ" and not x.joined:  # Arabic "وأصيب": a new clause, not this noun's
            return False
        if x.kind in ("DEATH", "BREAK", "COMMA", "CONJ") or x.joined:
            break
    return True


def _is_measure(toks: list[_Tok], j: int) -> bool:
    """True when the number at j is an age, distance, time or herd ("21-year-old", "35km")."""
    rest = [x.text for x in toks[j + 1:j + 3]]
    if rest and rest[0] == "-":
        rest = rest[1:]
    return bool(rest) and bool(_NOT_PEOPLE.match(rest[0]))


def _value(toks: list[_Tok], j: int) -> int:
    """The number at j, with "a reported ten" / "a total of 5" reading as the later number."""
    t = toks[j]
    for k in range(j + 1, min(j + 4, len(toks))) if t.text.lower() in ("a", "an") else ():
        x = toks[k]
        if x.kind in ("CONJ", "COMMA", "BREAK"):
            break  # "a priest and five worshippers": two groups
        if x.kind == "NUM" and not _is_measure(toks, k):
            return 0  # "a reported ten", "a total of 5" (not "a 34-year-old")
    return t.value


def _group(toks: list[_Tok], j: int, step: int) -> tuple[int, int]:
    """Sum a list of counts from the number at j, walking by ``step`` (-1 back, +1 on):
    "two gendarmes, a customs agent, and four civilians" = 7, "an imam and his son" = 2.
    Returns (total, last index)."""
    total, last, n = _value(toks, j), j, len(toks)

    def skip(k: int, kinds: tuple[str, ...], most: int) -> tuple[int, int]:
        c = 0
        while 0 <= k < n and toks[k].kind in kinds and c < most and toks[k].text.lower() not in _PREP:
            c += "WORD" not in kinds or toks[k].text.lower() not in _FREE
            k += step
        return k, c

    while True:
        k = last + step
        if step > 0:
            k, words = skip(k, ("WORD",), 3)
            k, seps = skip(k, ("COMMA", "CONJ"), 2)
        else:
            k, seps = skip(k, ("COMMA", "CONJ"), 2)
            k, words = skip(k, ("WORD",), 3)
        if step > 0 and words and seps and k + 1 < n and toks[k - 1].kind == "CONJ" \
                and _one_more(toks, k):
            total, last = total + 1, k + 1  # "... and his son", "... and the treasurer"
            continue
        if not (words and seps and 0 <= k < n and _usable(toks, k)):
            return total, last
        if step < 0 and k > 0 and _PARTICIPLE.match(toks[k - 1].text):
            return total, last  # "attacked a church, a priest and five worshippers": an object
        if step > 0 and toks[k].text.lower() == "a" and k + 1 < n and toks[k + 1].kind == "NUM":
            k += 1  # Spanish personal "a": "mataron a dos líderes y a un menor"
        if step > 0 and _ATTRIBUTED.search(" ".join(x.text for x in toks[k + 1:k + 5])):
            return total, last  # "killed 19 civilians, a medical group said": the source
        total += _value(toks, k)
        last = k


def _one_more(toks: list[_Tok], k: int) -> bool:
    """ "his son", "the treasurer", "another villager": one more person in a list."""
    low = toks[k].text.lower()
    nxt = toks[k + 1]
    return (low in ("his", "her", "the", "another") and nxt.kind == "WORD"
            and not nxt.text.lower().endswith("s"))


def _skip_coordinated(toks: list[_Tok], j: int) -> int:
    """Index before "shot and" in "were shot and killed": the death word shares its subject."""
    if j >= 1 and toks[j].kind == "CONJ" and _PARTICIPLE.match(toks[j - 1].text):
        k = j - 2
        while k >= 0 and toks[k].text.lower() in ("summarily", "later", "then", "brutally", "also"):
            k -= 1
        return k
    return j


def _count_before(toks: list[_Tok], i: int, apposition: bool = True) -> tuple[int, int] | None:
    """(total, first index) of the number group just before death word i."""
    j, words = i - 1, 0
    while j >= 0 and words <= 8:
        j = _skip_coordinated(toks, j)
        if j < 0:
            return None
        t = toks[j]
        if t.text == ")" and "(" in (x.text for x in toks[max(0, j - 6):j]):
            while toks[j].text != "(":  # "huit soldats (VDP) ont été tués"
                j -= 1
            j, words = j - 1, words + 1
            continue
        if t.kind == "COMMA" and apposition and not _GERUND.search(toks[i].text) \
                and all(x.text.lower() in _APPOS_AUX for x in toks[j + 1:i]):
            return _apposition(toks, j)
        if t.kind == "CONJ" and apposition:
            k = _coordinated_nouns(toks, j)
            if k is not None:  # "huit soldats et volontaires ont été tués"
                j = k
                continue
        if t.kind in ("BREAK", "DEATH", "INJ", "COMMA", "CONJ"):
            return None
        if t.kind == "NUM":
            low = t.text.lower()
            if low in _DETS and (toks[i].text.lower() in _EVENT_NOUNS
                                 or (j > 0 and toks[j - 1].text.lower() in _PREP)):
                return None if toks[i].text.lower() in _EVENT_NOUNS else _count_before_skip(toks, i, j)
            if t.text == "a" and not _usable(toks, j):  # French "a été tué"
                words += 1
                j -= 1
                continue
            if _is_measure(toks, j) and j > 0 and toks[j - 1].kind == "NUM":
                words += 1  # "beat a 34-year-old man to death": the age, then its person
                j -= 1
                continue
            if not _usable(toks, j):
                return None
            total, first = _group(toks, j, -1)
            return (total, first) if total or first != j else None
        words += t.text.lower() not in _APPOS_AUX
        j -= 1
    return None


def _coordinated_nouns(toks: list[_Tok], c: int) -> int | None:
    """Index of the number in "eight soldiers and volunteers" (c the conjunction): bare nouns
    joined to a counted noun share its count; "two men and his wife" are two groups."""
    nxt = toks[c + 1] if c + 1 < len(toks) else None
    if nxt is None or nxt.kind != "WORD" or nxt.text.lower() in _DETERMINERS:
        return None
    for k in range(c - 1, max(-1, c - 4), -1):
        t = toks[k]
        if t.kind == "NUM":
            return k if k < c - 1 and _usable(toks, k) else None
        if t.kind != "WORD" or t.text.lower() in _DETERMINERS:
            return None
    return None


_ES_AUX = frozenset("fue fueron sido ha han".split())
_GERUND = re.compile(r"(?:ing|ant|ando|iendo)$")  # "..., killing five": not a subject's verb
_DETERMINERS = frozenset("the his her their its a an le la les l' un une des du el los las su sus "
                         "our my".split())
# What may stand between an apposition's closing comma and its death word ("..., were killed").
_APPOS_AUX = _AUX | {"ont", "a", "have", "has", "had", "были", "був", "була", "були", "resultaron"}


def _apposition(toks: list[_Tok], c: int) -> tuple[int, int] | None:
    """The count of a subject with an apposition that ends at comma c: "Tres personas, dos
    militares y un guerrillero, murieron" = 3, "11 civilians, among them children, died" = 11;
    with no figure in the subject, the apposition's ("Civilians, including two children, ...")."""
    o = next((k for k in range(c - 1, max(-1, c - 12), -1)
              if toks[k].kind in ("COMMA", "BREAK", "DEATH", "INJ")), None)
    if o is None or toks[o].kind != "COMMA":
        return None
    head = _count_before(toks, o, apposition=False)
    if head:
        return head
    k = next((k for k in range(o + 1, c) if _usable(toks, k)), None)
    if k is None or toks[k].text.lower() in _DETS:
        return None
    return _group(toks, k, +1)[0], k


def _count_before_skip(toks: list[_Tok], i: int, j: int) -> tuple[int, int] | None:
    """Go on past an article inside a prepositional phrase ("a couple on a motorbike was killed")."""
    k, words = j - 2, 2
    while k >= 0 and words <= 8:
        t = toks[k]
        if t.kind in ("BREAK", "DEATH", "INJ", "COMMA", "CONJ"):
            return None
        if t.kind == "NUM":
            if not _usable(toks, k):
                return None
            total, first = _group(toks, k, -1)
            return (total, first) if total else None
        words += 1
        k -= 1
    return None


def _count_after(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """(count, last index) of the number group just after verb-like death word i: "killing at
    least 5", "killed an imam and his son", "arrested six men and executed them"."""
    prev = {t.text.lower() for t in toks[max(0, i - 3):i]}
    if prev & _AUX - _ES_AUX:  # passive: "were killed" takes its count from before
        # (Spanish puts it after as often: "fueron asesinados tres comerciantes")
        return None
    for j in range(i + 1, min(len(toks), i + 6)):
        t = toks[j]
        low = t.text.lower()
        if t.kind in ("BREAK", "COMMA", "DEATH", "INJ", "CONJ") or low in _STOP_AFTER:
            return None
        later = next((k for k in range(j + 1, min(len(toks), j + 4)) if toks[k].kind == "NUM"), None)
        if t.kind == "NUM" and low in _DETS and later is not None:
            if later == j + 1 and _is_measure(toks, later):
                return 1, later  # "killing a 15-year-old girl"
            if _usable(toks, later):
                continue  # Spanish personal "a" ("mató a dos"), "a reported ten", "a total of 5"
            return 1, j  # "killed a father of three"
        if t.kind == "NUM":
            if not _usable(toks, j):
                return None
            total, last = _group(toks, j, +1)
            return (total, last) if total else None
        if low in ("the", "his", "her") and j + 1 < len(toks) and toks[j + 1].kind == "WORD" \
                and not toks[j + 1].text.lower().endswith("s"):
            total, k = 1, j + 2  # "the mayor and the treasurer", "his wife and his son"
            while k + 2 < len(toks) and toks[k].kind == "CONJ" and _one_more(toks, k + 1):
                total, k = total + 1, k + 3
            return total, k - 1
        if low in ("him", "her"):
            return 1, j
        if low in _THEM:
            back = _antecedent(toks, i)
            return (back, j) if back else None
        if t.kind == "WORD" and low not in SKIP_WORDS and j > i + 2:
            return None
    return None


def _antecedent(toks: list[_Tok], i: int) -> int:
    """The count "them" refers to in "arrested seventeen traders and executed them"."""
    for k in range(i - 1, max(-1, i - 10), -1):
        t = toks[k]
        if t.kind in ("BREAK", "DEATH", "INJ"):
            return 0
        if t.kind == "NUM" and _usable(toks, k) and t.text.lower() not in _DETS:
            return _group(toks, k, -1)[0]
    return 0


def _clause_text(text: str, toks: list[_Tok], i: int) -> str:
    a = i
    while a > 0 and toks[a - 1].kind != "BREAK":
        a -= 1
    b = i
    while b + 1 < len(toks) and toks[b + 1].kind != "BREAK":
        b += 1
    return text[toks[a].start:toks[b].end]


def _is_cause(text: str, toks: list[_Tok], i: int) -> bool:
    """ "protests over the killing of a student": a death named as the cause of the event."""
    t = toks[i]
    low = t.text.lower()
    if low not in _CAUSE_NOUNS:
        return False
    m = _CAUSE.search(text[max(0, t.start - 40):t.start])
    if m is None:
        return False
    if low in ("killing", "killings"):  # "after killing five people" is the event itself
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        return bool(m.group("det")) or nxt in ("of", "de")
    return True


def find_fatalities(text: str, lang: str | None = None) -> FatalityMatch | None:
    """The fatality count a sentence reports, with its span; count 0 for "no casualties"; None
    when the text gives no figure (or only a cumulative toll, or a death named as the cause of
    a protest or a reprisal).

    ``lang`` is accepted for symmetry; the lexicon covers the six languages at once.
    """
    norm = text.translate(AR_DIGITS)
    toks = _tokens(norm)
    risen = risen_toll(toks, norm, _usable)
    if risen is not None and risen[0] >= 0:  # "the toll rose to seven": the latest figure
        return FatalityMatch(risen[0], risen[1], risen[2], text[risen[1]:risen[2]])
    war = (risen[1], risen[2]) if risen else (0, 0)  # "the war's toll rose to 40,000"
    found: list[tuple[int, int, int, frozenset[str]]] = []  # (count, start, end, victims)
    used: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind != "DEATH" or CUMULATIVE.search(_clause_text(norm, toks, i)) \
                or war[0] <= t.start < war[1]:
            continue
        if _is_cause(norm, toks, i) or _attempted(toks, i) or negated(toks, i) or _downed(toks, i):
            continue
        shot_dead = t.text.lower() == "dead" and i > 0 and toks[i - 1].text.lower() in ("shot", "shoot", "shoots", "shooting")
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        noun_of = t.sub == "n" and (nxt in ("of", "de", "des")
                                    or (bare(t.text) in ("vie", "vida") and nxt in ("à", "a")))
        # verb-first languages: "استشهد أربعة فلسطينيين", "погиб 21 человек", "murió un soldado"
        verb_first = t.sub == "s" and not t.text.isascii()
        hit = _count_after(toks, i) if t.sub == "v" or shot_dead or noun_of or verb_first else None
        if hit and hit[1] not in used:
            used.update(range(i, hit[1] + 1))
            found.append((hit[0], t.start, toks[hit[1]].end, _victims(toks, i + 1, hit[1] + 4)))
            continue
        hit = _count_before(toks, i)
        if hit and hit[1] not in used:
            used.update(range(hit[1], i))
            found.append((hit[0], toks[hit[1]].start, t.end, _victims(toks, hit[1], i)))
        elif t.sub in ("s", "d") or _singular_passive(toks, i):
            n = 2 if t.sub == "d" else 1  # Arabic dual: "سقوط قتيلين"
            found.append((n, t.start, t.end, _victims(toks, _clause_start(toks, i), i)))
    for t in toks:  # "his body was found", "a third corpse was found nearby"
        if not found and t.text.lower() in _BODY and _FOUND.search(_clause_text(norm, toks, toks.index(t))):
            found.append((1, t.start, t.end, frozenset()))
    if found:
        count, start, end = _combine(found, norm)
        return FatalityMatch(count, start, end, text[start:end])
    zero = ZERO.search(norm)
    if zero:
        return FatalityMatch(0, zero.start(), zero.end(), text[zero.start():zero.end()])
    return None


def hurt_not_dead(text: str) -> tuple[int, int] | None | bool:
    """Whether a sentence tells of people hurt and of no one dead ("тоді поранено водія",
    "three soldiers were wounded"): the span of its first injury word; False when it names a
    death at all ("several were killed": a toll not given, not none); None when it names
    neither."""
    toks = _tokens(text.translate(AR_DIGITS))
    if any(t.kind == "DEATH" for t in toks):
        return False
    hurt = next((t for t in toks if t.kind == "INJ"), None)
    return (hurt.start, hurt.end) if hurt is not None else None


def _victims(toks: list[_Tok], a: int, b: int) -> frozenset[str]:
    """The nouns naming whom a figure counts ("soldiers", "militants"), singular-folded."""
    out = set()
    for t in toks[max(0, a):min(len(toks), b)]:
        low = t.text.lower()
        if t.kind == "BREAK" or (t.kind == "COMMA" and out):
            break
        if t.kind == "WORD" and low not in _NOT_VICTIM and len(low) > 2:
            out.add(low[:-1] if low.endswith("s") and len(low) > 4 else low)
    return frozenset(out)


def _clause_start(toks: list[_Tok], i: int) -> int:
    k = i
    while k > 0 and toks[k - 1].kind not in ("BREAK", "COMMA"):
        k -= 1
    return k


def _combine(found: list[tuple[int, int, int, frozenset[str]]], text: str) -> tuple[int, int, int]:
    """One figure from several in a sentence: distinct victims add up ("one peacekeeper was
    killed ..., one assailant was killed" = 2); figures for the same deaths, or any figure a
    source is credited with, give the most conservative one."""
    if len(found) >= 2 and not _ATTRIBUTED.search(text) and all(f[3] for f in found):
        sets = [f[3] for f in found]
        if all(not (x & y) for k, x in enumerate(sets) for y in sets[k + 1:]):
            return (sum(f[0] for f in found), min(f[1] for f in found), max(f[2] for f in found))
    if len(found) >= 2 and _UPDATED.search(text):
        # "At least 12 soldiers were killed ..., raising its earlier toll of nine after three
        # wounded soldiers died": the deaths added are part of the new toll, the highest figure
        count, start, end, _ = max(found, key=lambda f: f[0])
        return count, start, end
    count, start, end, _ = min(found, key=lambda f: f[0])
    return count, start, end


# A toll said to replace an earlier one in the same sentence
_UPDATED = re.compile(
    r"(?i)\b(?:rais(?:ing|ed)\s+(?:its|the|an)\s+(?:earlier|previous|initial)\s+(?:death\s+)?toll|"
    r"(?:earlier|previous|initial)\s+(?:death\s+)?toll\s+of|"
    r"(?:bilan|chiffre)\s+(?:précédent|initial|provisoire)\s+(?:de|était)|"
    r"(?:balance|cifra)\s+(?:anterior|inicial|preliminar)\s+(?:de|era))")


# What is shot down, not dead: "a abattu neuf drones", "abatió un avión", "neutralised two
# missiles"
_AIRCRAFT = re.compile(r"(?i)(?:drones?|dron(?:es)?|missiles?|misiles?|roquettes?|rockets?|"
                       r"cohetes?|avions?|aviones|avi[oó]n|h[ée]licopt[èe]res?|helic[oó]pteros?|"
                       r"aeronaves?|a[ée]ronefs?|uavs?|shaheds?)$")


def _downed(toks: list[_Tok], i: int) -> bool:
    """Whether the death word at ``i`` ("abattu", "abatió", "neutralisé") has aircraft, drones
    or missiles for its object within the next five words: shot down, no one killed."""
    return toks[i].text.lower().startswith(("abat", "neutrali")) and any(
        _AIRCRAFT.match(t.text) for t in toks[i + 1:i + 6])


def _attempted(toks: list[_Tok], i: int) -> bool:
    """ "attempts to assassinate", "tried to lynch", "a tenté de tuer": no one died."""
    prev = [t.text.lower() for t in toks[max(0, i - 3):i]]
    return len(prev) >= 2 and prev[-1] in ("to", "de", "d") and bool(_TRY & set(prev[:-1]))


def _singular_passive(toks: list[_Tok], i: int) -> bool:
    """ "was killed", "was shot and killed", "a été tué", "fue asesinado", "stabbed to death":
    one death with no number."""
    j = _skip_coordinated(toks, i - 1) + 1
    if toks[i].text.lower() == "death" and i > 1 and toks[i - 1].text.lower() == "to":
        j = i - 2  # "was stabbed to death"
    prev = [t.text.lower() for t in toks[max(0, j - 2):j]]
    return bool({"was", "été", "fue", "est", "is", "has"} & set(prev)) or toks[i].text.lower() in ("tué", "tuée", "mort", "muerto", "asesinado")
