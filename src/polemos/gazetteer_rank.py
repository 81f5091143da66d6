"""How gazetteer places relate to each other and to the name that matched them: containment,
distance, breadth, and the prior of a candidate given the other candidates of its name; and the
article-level readings built on them (its country focus, the stray towns abroad to drop)."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Any

from polemos.gazetteer import NATURAL_CODES, Place, importance, normalize_name

# Areas without admin codes (hand-compiled regions, islands, English counties) hold the places
# within this many km of their point.
_NEAR_AREA_KM = {"ISL": 120.0, "ADM2": 80.0, "RGN": 150.0}


def km(la1: float, lo1: float, la2: float, lo2: float) -> float:
    """Approximate distance in km (equirectangular: enough for nearness within a country)."""
    coslat = math.cos(math.radians((la1 + la2) / 2))
    return math.hypot((la1 - la2) * 111.0, (lo1 - lo2) * 111.0 * coslat)


def inside(p: Place, area: Place) -> bool:
    """True when ``p`` lies in ``area``: same country or province codes; for an area without
    codes (an island, a region), a point within reach of its centre."""
    if area.is_country:
        return p.country_code == area.country_code and not p.is_country
    if area.is_admin1:
        return ((p.country_code, p.admin1_code) == (area.country_code, area.admin1_code)
                and not p.is_admin1)
    if area.feature_code == "ADM2" and area.admin2_code:
        return (p.country_code, p.admin1_code, p.admin2_code) == (
            area.country_code, area.admin1_code, area.admin2_code) and not p.is_area
    reach = _NEAR_AREA_KM.get(area.feature_code or "")
    if (reach is None or area.admin1_code or p.is_area or p.latitude is None
            or area.latitude is None or p.country_code != area.country_code):
        return False
    return km(p.latitude, p.longitude, area.latitude, area.longitude) <= reach


def can_hold(area: Place) -> bool:
    """True for a province, a district with its codes, or a hand-compiled region or island:
    areas whose contents ``inside`` can tell and that a list of names rarely ends with."""
    fc = area.feature_code or ""
    return (area.is_admin1 or (fc == "ADM2" and bool(area.admin2_code))
            or (fc in _NEAR_AREA_KM and not area.admin1_code))


def nearness(p: Place, anchors: list[tuple[float, float, str]], key: str) -> float:
    """A bonus for a candidate close to the places the article names confidently."""
    best = 1e9
    coslat = math.cos(math.radians(p.latitude or 0.0))
    for la, lo, k in anchors:
        if k == key:
            continue
        d = math.hypot((la - p.latitude) * 111.0, (lo - p.longitude) * 111.0 * coslat)
        if d > 0.5:  # the same place named otherwise is no evidence for itself
            best = min(best, d)
    if best <= 50:
        return 3.0
    if best <= 150:
        return 2.0
    return 1.0 if best <= 400 else 0.0


def breadth(feature_code: str | None) -> int:
    """How wide a feature is: a town 0, districts 1-2, a province 3, a country 4."""
    fc = feature_code or ""
    if fc.startswith("PCL") or fc in ("TERR", "CONT", "RGN") or fc in NATURAL_CODES:
        return 4
    if fc == "ADM1":
        return 3
    if fc == "ADM2":
        return 2
    if fc.startswith("ADM"):
        return 1
    return 0


def alt_name_penalty(places: list[Place], p: Place, share: dict[str, float] | None = None
                     ) -> float:
    """What a place matched by an alternate (often former or translated) name loses to a place
    whose own name it is: "Gao" is the Malian town before Guantánamo, which also bears it.
    Nothing for a city of half a million or more, five times the size of the own-name places,
    all abroad, in the country the article is most about (``share``): "Odessa" in a report on
    Ukraine is Odesa, not the Texan town of 114,000 (but "Salisbury" in a British report is no
    former name of Harare, and "New Delhi" not the larger Delhi of the same country)."""
    if p.match_kind != 1 or p.is_area:
        return 0.0
    own = [q for q in places if q.match_kind == 0]
    if (share and share.get(p.country_code or "", 0.0) >= max(max(share.values()), 1e-9) and own
            and all(q.country_code != p.country_code for q in own)
            and (p.population or 0) >= max(500_000, 5 * max(q.population or 0 for q in own))):
        return 0.0
    # the municipality a town names, in the town's own province, is no rival: "Oaxaca de
    # Juárez" is the city of Oaxaca (an alternate name) before the municipality (its own)
    return 2.5 if any(q.match_kind == 0 and not (
        (q.feature_code or "").startswith(("ADM2", "ADM3")) and q.country_code == p.country_code
        and q.admin1_code == p.admin1_code) for q in places) else 0.0


def prior(places: list[Place], p: Place) -> float:
    """A candidate's importance less its alternate-name penalty (the first reading's score)."""
    return importance(p) - alt_name_penalty(places, p)


WIDE = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR", "CONT", "RGN", "ADM1",
                   *NATURAL_CODES})


def country_focus(readings: list[tuple[list[Place], Place | None, float]]
           ) -> tuple[dict[str, float], Counter[tuple[str, str]]]:
    """The article's country shares and provinces from a reading of its toponyms."""
    countries: Counter[str] = Counter()
    admins: Counter[tuple[str, str]] = Counter()
    for places, p, weight in readings:
        if p is None or not p.country_code or p.source == "acled":
            continue  # an ACLED village is evidence of its country only where others agree
        ambiguous = len({q.country_code for q in places}) > 1
        w = 1.0 if (p.is_country or p.is_admin1) else (0.3 if ambiguous else 0.7)
        countries[p.country_code] += w * max(weight, 0.3)
        if p.admin1_code and (p.is_admin1 or not ambiguous or weight >= 0.8):
            admins[(p.country_code, p.admin1_code)] += 1
    total = sum(countries.values()) or 1.0
    return {c: v / total for c, v in countries.items()}, admins


NEXT_DOOR_CITY = 100_000  # a city this big in a neighbouring country is no false toponym


def drop_strays(resolved: list[Any], hint: str | None = None) -> list[Any]:
    """Drop recognised small towns of a country the article is otherwise not about: a capitalised
    word ("Taliban", "Nawa") matching a village abroad is a false toponym, not a place."""
    weight: Counter[str] = Counter()
    if hint:
        weight[hint] += 2.0
    seen: set[tuple[str, int | None]] = set()
    for r in resolved:
        if r.country_code and r.latitude is not None:
            # a demonym ("Russian forces") names an actor's country, not where the article is
            strong = r.feature_code in WIDE and r.kind == "place"
            key = (normalize_name(r.text), r.geonameid)
            # a village named again adds less than another name ("Potrerito" read in Mexico)
            weight[r.country_code] += 1.0 if strong else (0.25 if key in seen else 0.5)
            seen.add(key)
    if not weight:
        return resolved
    (cc, w), total = weight.most_common(1)[0], sum(weight.values())
    if w / total < 0.4 or w < 1.0:
        return resolved
    near = neighbours(cc)
    # two or more towns of one country are no stray word: the article is (also) there ("селище
    # Краснопілля" and "Сумах" in a report that names Russia three times as the attacker)
    towns: dict[str, set[int | None]] = {}
    for r in resolved:
        if r.country_code and r.latitude is not None and r.kind == "place" \
                and r.feature_code not in WIDE:
            towns.setdefault(r.country_code, set()).add(r.geonameid)
    # a sure reading of a city next door stays: Gaza in a report on Israel, Kharkiv in one on
    # Belgorod (a village next door is as likely a word as one far away: "Tangi", "Aqtash")
    return [r for r in resolved if r.country_code in (cc, None) or r.kind != "place"
            or len(towns.get(r.country_code, ())) >= 2
            or r.feature_code in WIDE or r.feature_code in ("PPLC", "PPLA")
            or (r.score >= 0.9 and weight[r.country_code or ""] >= 1.0)
            or (r.score >= 0.8 and r.country_code in near
                and getattr(r, "population", 0) >= NEXT_DOOR_CITY)]


# A town abroad smaller than this, named in an article about another country that never names
# its own, is read as a namesake of a place the gazetteer lacks (or as a word), not a trip abroad.
SMALL_ABROAD = 50_000
COMMON_ABROAD = 200_000  # a common word is a town abroad below this only when its country is named
BIG_ABROAD = 1_000_000  # news names cities this big (and capitals) without their country


def country_support(readings: list[tuple[str, str | None, float, int]], hint: str | None = None
                    ) -> list[tuple[Counter[str], ...]]:
    """For each toponym (its folded name, its first reading's country, that reading's weight:
    1 a country or province, 0.5 a town, a demonym or a metonym; and what it tells of the
    article's country: 0 nothing more, 1 a demonym, 2 a cue: a country, province, capital or
    dateline named), how much the *other* names of the article speak for each country, how
    much of that is cues and how much demonyms. The same name said again is no support for
    itself; a country given as a prior (a feed's) is a cue of weight 2."""
    sums: tuple[Counter[str], ...] = (Counter(), Counter(), Counter())
    by_key: dict[str, tuple[Counter[str], ...]] = {}
    for key, cc, w, cue in readings:
        if cc and w > 0:
            own = by_key.setdefault(key, (Counter(), Counter(), Counter()))
            for c, keep in zip((*sums, *own), (True, cue == 2, cue == 1) * 2, strict=True):
                if keep:
                    c[cc] += w
    if hint:
        sums[0][hint] += 2.0
        sums[1][hint] += 2.0
    out = []
    for key, *_rest in readings:
        own = by_key.get(key)
        out.append(tuple(a - b for a, b in zip(sums, own, strict=True)) if own
                   else tuple(Counter(a) for a in sums))
    return out


def namesake_abroad(p: Place, support: tuple[Counter[str], ...], key: str,
                    common: bool = False, latin: bool = True, arabic: bool = False,
                    compass: bool = False, placed: bool = False) -> int:
    """How likely a town or district of a country the rest of the article never names, while it
    names another one (its name, a province, its capital or dateline; or a demonym of a country
    that is not a neighbour: "Russian forces" fight in Ukraine), is a misreading: 2 matched by
    an alternate Latin name that is no short form of its own ("Boni" is an old name of Bonn;
    "Clacton" is short for Clacton-on-Sea) or a common word of the text's language ("Trente",
    "Pueblo"): no evidence at all; 1 a small town (a namesake at home is likelier), only
    against a country named; 0 not one: a capital, a city of a million, or "Bonn, Germany".

    ``compass``: a name of compass words ("Nord", "Centre", "الشرقية") is 2 wherever the
    article names neither its country nor a place in it. ``arabic``: a short Arabic-script name,
    where every town abroad is an alternate name and short words are common ones ("وإن", "and
    if", is Van's): only the country, its provinces, capital or demonym (or two more of its
    towns) speak for its country; a town under a million or a province is 2 when another
    country is named ("العاصمة", "the capital", is Yemen's Amanat al-Asimah), and also when no
    country is named unless ``placed`` after "في" or a place word; a place of a neighbour of
    the country named stays when ``placed``."""
    names, cues, demonyms = support
    cc = p.country_code
    if compass and not p.is_country and cc and names.get(cc, 0.0) <= 0:
        return 2
    if arabic and cc:
        # Arabic news names the country of its places: other Arabic words matching towns of
        # one country abroad ("المصدر", "النصر") do not make that country the article's
        names = Counter({cc: cues.get(cc, 0.0) + demonyms.get(cc, 0.0)
                         + max(0.0, names.get(cc, 0.0) - 1.0)})
    if not cc or p.priority > 0 or names.get(cc, 0.0) > 0 or p.feature_code == "PPLC":
        return 0
    named = max(cues.values(), default=0.0) >= 0.5
    local = p.feature_class == "P" or (p.feature_code or "")[:4] in ("ADM2", "ADM3")
    if arabic and named and (p.is_admin1 or local) and any(
            cc in neighbours(c) for c, w in cues.items() if w >= 0.5) and placed:
        return 0  # a place of a neighbour of the country named, introduced as a place
    if arabic and p.is_admin1:
        return 2 if named or not placed else 0  # "آب" (August) is not Yemen's Ibb
    if not local or p.population >= BIG_ABROAD:
        return 0
    if arabic and not placed and not any(cues.values()) and not any(demonyms.values()):
        return 2  # a short Arabic word, not introduced as a place, in a text naming no country
    if not named and not any(c not in neighbours(cc) for c, w in demonyms.items() if w >= 0.5):
        return 0  # the article names no other country: nothing to weigh it against
    own = normalize_name(p.name)
    if (p.match_kind >= 1 and latin and not own.startswith(key)) or (
            common and p.population < COMMON_ABROAD) or (arabic and named):
        return 2
    # a demonym alone does not make a small town foreign: "French forces ... in Menaka"
    if not named or p.population >= SMALL_ABROAD:
        return 0
    # a village far from every country named (not even a neighbour's) is a namesake of a place
    # the gazetteer lacks ("Kiunga" with Lamu named is not Papua New Guinea's)
    return 1 if any(cc in neighbours(c) for c, w in cues.items() if w >= 0.5) else 2


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Each country's land neighbours (alpha-2), from countryinfo's data; empty without it."""
    from polemos.gazetteer_build import _countryinfo

    info = _countryinfo()
    a3 = {((d.get("ISO") or {}).get("alpha3") or ""): a2 for a2, d in info.items()}
    out: dict[str, set[str]] = {a2: set() for a2 in info}
    for a2, d in info.items():
        for b in d.get("borders") or ():
            if b in a3:
                out[a2].add(a3[b])
                out.setdefault(a3[b], set()).add(a2)
    return {a2: frozenset(v) for a2, v in out.items()}


def neighbours(cc: str) -> frozenset[str]:
    """The country itself and the countries it borders (either side's list: countryinfo gives
    Israel among Palestine's neighbours but not Palestine among Israel's)."""
    return _borders().get(cc, frozenset()) | {cc}
