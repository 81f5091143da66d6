"""A country named as the doer of a strike is its military: "Russia launched a drone attack",
"que Rusia lanzó", "Les Russes ont bombardé", "قصفت إسرائيل", "Россия нанесла удар".

ACLED codes such events to the state's forces ("Military Forces of Russia (2000-)"). The actor
lexicon holds "Russian forces" and "Russian missile", but a country's bare name is a place far
more often than a doer ("a drone attack in Russia's Belgorod region"), so it is read as the
doer only right before the act ("Russia launched", "Israel struck", "les Russes ont
bombardé") or, in Arabic's verb-first order, right after it ("قصفت إسرائيل"), and only when the
sentence names no other perpetrator. The country or demonym comes from the geocoder, so every
language it reads is covered.
"""

from __future__ import annotations

import re
from typing import Any

# Verbs of striking, as verbs: a noun right after a country is a headline's topic ("Nigeria
# attack kills 20"), not its doer.
_STRIKE_VERBS = re.compile(
    r"(?i)\b(?:launch(?:ed|es)|fired|struck|strikes|hit|hits|targeted|targets|bombed|pounded|"
    r"shelled|attacked|attacks|killed|kills|"
    r"bombard[ée]\w*|attaqu[ée]\w*|tu[ée]\w*|bombarde[óa]\w*|mat[óa]|обстрелял\w*|"
    r"убил\w*|обстріляли|обстріляла|обстріляв|вбил\w*|"
    r"lanc[éeè]\w*|tir[éeè]\w*|frapp[éeè]\w*|vis[éeè]\w*|lanz[óa]\w*|dispar[óa]\w*|atac[óa]\w*|"
    r"golpe[óa]\w*|запустил\w*|нанесл\w*|нанес|ударил\w*|атаковал\w*|выпустил\w*|завдал\w*|"
    r"завдав|вдарил\w*|атакувал\w*|випустил\w*)\b"
    r"|(?:أطلق|شن|قصف|استهدف|ضرب|هاجم)\S*")
_WORD = re.compile(r"\w+(?:['’]\w+)?")
# An auxiliary or a date word between the doer and its verb: "Russia has launched", "les Russes
# ont bombardé", "Israel on Tuesday struck".
_FILLER = re.compile(
    r"(?i)^(?:has|have|had|was|were|on|in|at|early|late|overnight|again|also|then|once|"
    r"a|ont|avait|avaient|de|nouveau|encore|ha|han|había|habían|в|у|снова|знову|ночью|вночі|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
    r"понеділок|вівторок|середу|п'ятницю|суботу|неділю)$")


def acting_state(text: str, mentions: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The mention (start, end, country code) of ``text`` that names the state doing the act,
    or None. ``mentions`` are the sentence's countries and demonyms, offsets into ``text``."""
    for start, end, cc in mentions:
        if _acts_after(text, end) or _acts_before(text, start):
            return start, end, cc
    return None


def _acts_after(text: str, end: int) -> bool:
    """The words right after a name (fillers skipped, at most three of them) begin an act."""
    words = _WORD.findall(text[end:end + 60])
    for w in words[:4]:
        if _FILLER.match(w):
            continue
        return bool(_STRIKE_VERBS.fullmatch(w))
    return False


def _acts_before(text: str, start: int) -> bool:
    """Arabic verb-first order: the act right before the name ("قصفت إسرائيل")."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and bool(re.fullmatch(
        r"(?:و|ف)?(?:أطلق|شن|قصف|استهدف|ضرب|هاجم)\S*", before[-1]))


def state_mentions(resolved: list[Any], start: int, end: int) -> list[tuple[int, int, str]]:
    """The countries and demonyms the geocoder read within ``start``-``end`` of the document,
    as (start, end, country code) relative to ``start``."""
    return [(r.start - start, r.end - start, r.country_code) for r in resolved
            if start <= r.start and r.end <= end and r.country_code
            and (r.kind == "demonym" or (r.feature_code or "").startswith("PCL"))]
