"""Namesakes abroad: which candidates of a toponym lie in a country the rest of the article never
names while it names another ("Boni" read as Bonn in a report on "l'armée malienne"), read from
the geocoder's first pass. The rules themselves are ``gazetteer_rank.namesake_abroad``."""

from __future__ import annotations

import re
from typing import Any

from polemos.gazetteer import Place, normalize_name
from polemos.gazetteer_rank import WIDE, country_support, namesake_abroad
from polemos.toponym_filter import common_word
from polemos.toponym_words import COMPASS
from polemos.toponyms import Mention

ABROAD = "a namesake abroad in a country the article does not name"
# a wire dateline after a name at the start of a text: "KYIV, May 3 -", "بيروت، 24 سبتمبر -"
DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?[,،][^\n.]{1,40}?\s[-–—]{1,2}\s")
# the outlet in a wire dateline's brackets, no place of the story: "МОСКВА, 3 ноября
# (Восток-Пресс) –" (2026-12-03, session 21, set W: read as the town Vostok)
DATELINE_OUTLET = re.compile(r"\A(?:[^\n(),،]{2,40}[,،][^\n()]{1,30}?|\S+(?:\s\S+){0,2}\s)"
                             r"\(([^()\n]{2,40})\)\s*[-–—]{1,2}\s")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_AR_STEM = re.compile(r"^(?:[وفبلك]?ال|لل)(?=\S{3})|\s")
# a place word before an Arabic name: "في", "قرب", "مدينة", "ريف" (countryside), "شمال"...
_AR_PLACED = re.compile(r"(?<![\u0621-\u064A])[وب]?(?:في|قرب|محافظة|ولاية|منطقة|إقليم|اقليم|مدينة|بلدة|قرية|مخيم|ريف|حي|"
                        r"مطار|ميناء|بلدات|قرى|ضواحي|أطراف|محيط|شمال|جنوب|شرق|غرب|شمالي|"
                        r"جنوبي|شرقي|غربي|وسط|بادية|أحياء|مدينتي|معبر|طريق)\s+$")
# the start of a sentence or of a dateline's story: a capital there says nothing of a name
_OPENS = re.compile(r"(?:[.!?:;\"«»“”\n]|\s[-–—])\s*$")


def abroad_candidates(text: str, mentions: list[Mention], first: list[Any],
                      hint: str | None, lang: str | None) -> list[dict[Place, int]]:
    """For each mention, its candidates that are namesakes abroad (2: no evidence at all, 1: a
    small town a namesake at home should beat), given the first reading of every mention."""
    # a compass word says nothing of the article's country ("Nord": Burkina Faso, Cameroon,
    # Haiti...; "الشمال", "the north": Qatar); a compound only one country has does
    # ("Centre-Nord")
    compass = [any(COMPASS.fullmatch(k) for k in m.keys or [normalize_name(m.text)])
               and (len({p.country_code for p in m.places}) > 1
                    or " " not in normalize_name(m.text)) for m in mentions]
    support = country_support([(normalize_name(m.text), r.country_code,
                                0.0 if c else _weight(r), _cue(text, r, m))
                               for m, r, c in zip(mentions, first, compass, strict=True)], hint)
    out = []
    for m, sup, comp in zip(mentions, support, compass, strict=True):
        key = normalize_name(m.text)
        # a word of the language, capitalised only because it opens a sentence ("Trente
        # soldats..."); dictionaries also hold names ("venice"), so not elsewhere
        opens = m.start == 0 or bool(_OPENS.search(text, max(0, m.start - 6), m.start))
        common = opens and common_word(m.text, lang)
        latin = bool(_LATIN.match(m.text))
        # a short Arabic word (a stem of five letters at most: the length of most words of
        # the language) is as likely a word as a town abroad; "ماريوبول" is a name
        arabic = bool(_ARABIC.match(m.text)) and len(_AR_STEM.sub("", key)) <= 5
        placed = bool(_AR_PLACED.search(text, max(0, m.start - 12), m.start)
                      or m.text.startswith("بال"))  # "بالحسكة": in al-Hasakah
        out.append({p: k for p in m.places if (k := namesake_abroad(
            p, sup, key, common, latin, arabic, comp, placed))})
    return out


def _weight(r: Any) -> float:
    """What a first reading says for its country: a country or province 1, a town, a demonym
    or a metonym 0.5, a fallback nothing."""
    if r.latitude is None or r.reason is not None:
        return 0.0
    return 1.0 if r.kind == "place" and r.feature_code in WIDE else 0.5


def _cue(text: str, r: Any, m: Mention | None = None) -> int:
    """What a reading tells of the article's country: 2 a country, province or capital named
    (also as a metonym; also a town named like its province: "Lamu", "Gao"), a wire dateline's
    city; 1 a demonym ("l'armée malienne"); 0 else."""
    if r.kind == "demonym":
        return 1
    if m is not None and r.kind == "place" and r.admin1_code and any(
            p.is_admin1 and (p.country_code, p.admin1_code) == (r.country_code, r.admin1_code)
            for p in m.places):
        return 2
    return 2 if r.feature_code in WIDE or r.feature_code == "PPLC" or (
        r.start <= 2 and bool(DATELINE_TAIL.match(text, r.end))) else 0
