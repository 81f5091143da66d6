"""Which toponyms of a text hold or list each other: "X, Y" / "X in Y" (Y holds X), "X
district, Y", and lists of provinces ("California or Washington"), read from the geocoder's
first pass."""

from __future__ import annotations

import re

from polemos.gazetteer import Place, importance
from polemos.gazetteer_rank import inside
from polemos.toponym_words import DISTRICT_COMMA, DISTRICT_TAIL
from polemos.toponyms import SENTENCE_STOP, Mention

# "X, Y", "X (Y", "X in Y", "X, en Y", "X, in the province of Y": Y holds X
_CONTAIN = re.compile(r"^\s*(?:\(|,?\s*(?:in|à|en|dans|в|у|في|ب)\b|,)\s*(?:the\s+)?"
                      r"(?:province\s+of\s+|region\s+of\s+|la\s+province\s+d[eu']\s*|"
                      r"la\s+région\s+d[eu']\s*|la\s+provincia\s+de\s+)?$", re.IGNORECASE)

_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or|et|ou|y|o|и|или|і|та|або|و|أو))\s*$",
                       re.IGNORECASE)


def container(text: str, mentions: list[Mention], first: list[Place | None], i: int,
               share: dict[str, float]) -> Place | None:
    """The area named right after a toponym ("X, Y", "X in the province of Y", "X (Y)"),
    the one that holds a place called X when several areas bear Y's name, else the one of
    the article's countries."""
    if i + 1 >= len(mentions) or first[i + 1] is None:
        return None
    nxt = mentions[i + 1]
    gap = text[mentions[i].end:nxt.start]
    district = gap[:1].isspace() and DISTRICT_COMMA.match(gap.lstrip())  # "X district, Y"
    if len(gap) > 30 or not (_CONTAIN.match(gap) or district or (
            not gap.strip() and DISTRICT_TAIL.search(mentions[i].text))):
        return None
    areas = [p for p in nxt.places if p.is_area or p.population > 0]
    if gap.strip().lower() == "à" and mentions[i].places and not any(a.is_area for a in areas):
        return None  # "l'axe reliant Kumbo à Bamenda": a town to a town, a road (2026-12-03, dev V)
    holding = [a for a in areas if a.is_area and any(inside(p, a) for p in mentions[i].places)]
    pool = holding or areas
    if not holding and gap.strip() == "," and (mentions[i].places
                                               or DISTRICT_TAIL.search(mentions[i].text)):
        # "Kiunga, Lamu" with no Kiunga in any Lamu nor in its country: Y is the province
        # (ACLED's "village, province"), where X falls back, rather than a town whose
        # namesake X lies abroad (a town of Y's country, or an area, is a list: "Miami, West
        # Palm Beach", "Mali, Niger")
        pool = [a for a in areas if a.is_admin1 and not any(
            p.country_code == a.country_code or p.is_area for p in mentions[i].places)] or pool
    return max(pool, key=lambda a: importance(a) + 4.0 * share.get(a.country_code or "", 0.0),
               default=None)


def area_before(text: str, mentions: list[Mention], first: list[Place | None], i: int
                ) -> Place | None:
    """The first-level area named last before this toponym in its sentence ("На Харківщині в
    ніч на вівторок ... у Золочеві", "Dans la région de Mopti, ... à Boni"), if any: a town
    there beats a namesake elsewhere."""
    for j in range(i - 1, -1, -1):
        gap = text[mentions[j].end:mentions[i].start]
        if len(gap) > 200 or SENTENCE_STOP.search(gap):
            return None
        p = first[j]
        if p is not None and p.is_admin1 and mentions[j].kind == "place":
            return p
    return None


def sibling(text: str, mentions: list[Mention], first: list[Place | None], i: int) -> str | None:
    """The country of a province listed next to this toponym ("California or Washington")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions) and first[j] is not None and first[j].is_admin1:
            a, b = sorted((mentions[i], mentions[j]), key=lambda x: x.start)
            if _LIST_GAP.match(text[a.end:b.start]):
                return first[j].country_code
    return None


def contained(text: str, mentions: list[Mention], i: int) -> list[Place]:
    """The candidates of the toponym right before this one when it reads "X, Y" or "X (Y)"."""
    if i == 0:
        return []
    prev = mentions[i - 1]
    gap = text[prev.end:mentions[i].start]
    if len(gap) > 30 or not _CONTAIN.match(gap):
        return []
    return prev.places
