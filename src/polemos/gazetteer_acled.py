"""The places ACLED codes (``data/acled_places.tsv``, built by ``tools/build_acled_places.py``
from the ACLED rows polemos trains on): villages, wards and camps GeoNames cities500 lacks,
loaded into the gazetteer as places of source ``acled``, and how they rank.

An ACLED place is weak evidence on its own: it ranks below every GeoNames namesake (its prior
is below any town's) and counts for nothing in the article's country focus; it wins only when
the article's context (its other places, or the country given as a prior) is about its country
(:func:`agrees`), and a reading of one that no context supports is dropped as a word or a
namesake (:func:`unsupported`). ACLED data: acleddata.com, ACLED's terms of use, attribution
required."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import defaultdict
from importlib import resources
from typing import Any

from polemos.gazetteer import Place, insert_names, insert_places, normalize_name
from polemos.gazetteer_rank import km

FILE = "acled_places.tsv"
SOURCE = "acled"
BASE_PRIOR = 0.5  # below a GeoNames town of no population (1.6)
AGREE_SHARE = 0.5  # the article's country share (a prior country gives 0.5) that agrees with it
AGREE_BONUS = 4.0  # then it beats a village abroad and a namesake of the same country's size
BIG_CITY = 100_000  # a town this big abroad is no namesake of a village ("Nancy" is France's)
ALT_STRONG = 1_000_000  # a city this big keeps even a name it bears as an alternate one
ABROAD_PENALTY = 8.0  # what a namesake abroad loses (as in geocode._pick)
SAME_KM = 15.0  # a GeoNames place of the same name and country this near is the same place
_ID0 = 5_000_000  # ids -(5_000_000 + row)
LOAD_VERSION = "+a2"  # what load does with the file (towns' and districts' provinces: _reassign)
# "Deh Rahwod district", "Saku constituency": the area named after an ACLED town, not the town
_AREA_AFTER = re.compile(r"\s+(?:district|sub-?county|constituency|ward|division|commune|"
                         r"cercle|département|departement|province|region)\b", re.IGNORECASE)


def _text() -> str | None:
    try:
        return (resources.files("polemos") / "data" / FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None


def version() -> str:
    """A short digest of the file ("absent" without it), part of the gazetteer's sources."""
    text = _text()
    if text is None:
        return "absent"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10] + LOAD_VERSION


def rows() -> list[tuple[str, str, str, str, float, float, int]]:
    """(name, country code, admin1, admin2, lat, lon, events) per line; [] without the file."""
    text = _text()
    out = []
    for line in (text or "").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 7:
            continue
        try:
            out.append((cols[0], cols[1], cols[2], cols[3], float(cols[4]), float(cols[5]),
                        int(cols[6])))
        except ValueError:
            continue
    return out


def names_of(name: str) -> list[str]:
    """The names an ACLED location is found by: itself, and the ward of "Dhaka - Badda"."""
    out = [name]
    if " - " in name:
        out.append(name.split(" - ", 1)[1])
    return out


def load(db: sqlite3.Connection, only: frozenset[str] | None = None) -> int:
    """Insert the ACLED places the gazetteer lacks (no GeoNames place of the same name and
    country within 15 km, nor an admin area of that name in the country), one per (name,
    country, admin1): the point with the most events. Their admin1 is the gazetteer's province
    of ACLED's admin1 name (ACLED's name when the gazetteer has no such province). Returns the
    number inserted."""
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for name, cc, a1, a2, la, lo, n in rows():
        if (only is not None and cc not in only) or any(c.isdigit() for c in name):
            continue
        if normalize_name(name):
            groups[(normalize_name(name), cc, a1)].append((n, name, a2, la, lo))
    provinces: dict[tuple[str, str], tuple[str, str]] = {}
    for cc, shown, code, name in db.execute(
            "SELECT country_code, admin1, admin1_code, name FROM places "
            "WHERE feature_code = 'ADM1' AND admin1_code IS NOT NULL"):
        for label in (name, shown):
            if label:
                provinces.setdefault((cc, normalize_name(label)), (code, shown or name))
    ids = defaultdict(list)
    place_rows, n_in = [], 0
    for i, (key, cc, a1) in enumerate(sorted(groups)):
        _n, name, a2, la, lo = max(groups[(key, cc, a1)])
        if _known(db, names_of(name), cc, la, lo):
            continue
        code, shown = provinces.get((cc, normalize_name(a1)), (None, a1))
        pid = -(_ID0 + i)
        place_rows.append((pid, name, "P", "PPL", cc, code, None, shown, a2 or None, la, lo, 0,
                           SOURCE, 0))
        ids[pid] = names_of(name)
        n_in += 1
    insert_places(db, place_rows)
    for pid, names in ids.items():
        insert_names(db, pid, names, 0)
    _reassign(db, provinces, only)
    return n_in


def _reassign(db: sqlite3.Connection, provinces: dict[tuple[str, str], tuple[str, str]],
              only: frozenset[str] | None) -> int:
    """The province of a GeoNames town (or a district without a point) ACLED codes in another
    one, every time: Thika is Kiambu's (GeoNames: Nairobi), Sololo Marsabit's (GeoNames: none),
    the district of Rarieda Siaya's (GeoNames: Kajiado; a district so moved gets the point
    ACLED codes most events at). A town ACLED codes in
    two provinces (Kansas City, Texarkana: twin towns on a border) keeps GeoNames'. Returns
    the number of places changed."""
    votes: dict[int, set[tuple[str, str, str]]] = defaultdict(set)
    points: dict[int, tuple[int, float, float]] = {}  # a district's busiest ACLED point
    for name, cc, a1, a2, la, lo, n in rows():
        if (only is not None and cc not in only) or (cc, normalize_name(a1)) not in provinces:
            continue
        code, shown = provinces[(cc, normalize_name(a1))]
        keys = [normalize_name(n) for n in names_of(name)]
        q = ("SELECT p.geonameid, p.latitude, p.longitude, p.admin1_code, p.admin1 FROM names n "
             f"JOIN places p USING (geonameid) WHERE n.key IN ({','.join('?' * len(keys))}) "
             "AND p.country_code = ? AND p.source != ? AND p.feature_code LIKE 'PPL%'")
        # a town near ACLED's point, or a district with no point of its own (Kenya's GeoNames
        # districts carry stale province codes: Rarieda is Siaya's, not Kajiado's)
        q2 = q.replace("LIKE 'PPL%'", "LIKE 'ADM2%' AND p.latitude IS NULL")
        towns = [(gid, pc, normalize_name(pa or "")) for gid, pla, plo, pc, pa
                 in db.execute(q, (*keys, cc, SOURCE))
                 if pla is not None and km(la, lo, pla, plo) <= SAME_KM]
        districts = [(gid, pc, normalize_name(pa or "")) for gid, _la, _lo, pc, pa
                     in db.execute(q2, (*keys, cc, SOURCE))]
        for near in (towns, districts):
            if any(pc == code or pa == normalize_name(shown) for _g, pc, pa in near):
                continue  # one of them is in ACLED's province (Bristol, Tennessee; not Virginia)
            for gid, _pc, _pa in near:
                votes[gid].add((code, shown, a2))
                if near is districts:
                    points[gid] = max(points.get(gid, (0, la, lo)), (n, la, lo))
    changed = []
    for gid, seen in votes.items():
        if len({c for c, _s, _a in seen}) == 1:
            code, shown, a2 = min(seen)
            changed.append((code, shown, a2 or None, gid, code))
    cur = db.executemany(  # a district keeps its own name and code as its second level
        "UPDATE places SET admin1_code = ?, admin1 = ?, "
        "admin2 = CASE WHEN feature_code LIKE 'ADM2%' THEN admin2 ELSE ? END, "
        "admin2_code = CASE WHEN feature_code LIKE 'ADM2%' THEN admin2_code END "
        "WHERE geonameid = ? AND admin1_code IS NOT ?", changed)
    moved = cur.rowcount
    # a moved district gets ACLED's point (where it codes events "in X district")
    db.executemany("UPDATE places SET latitude = ?, longitude = ? WHERE geonameid = ? "
                   "AND latitude IS NULL", [(la, lo, gid) for _c, _s, _a, gid, _k in changed
                                            if gid in points for _n, la, lo in [points[gid]]])
    return moved


def _known(db: sqlite3.Connection, names: list[str], cc: str, la: float, lo: float) -> bool:
    keys = [normalize_name(n) for n in names]
    q = ("SELECT p.feature_code, p.latitude, p.longitude FROM names n JOIN places p "
         f"USING (geonameid) WHERE n.key IN ({','.join('?' * len(keys))}) "
         "AND p.country_code = ? AND p.source != ?")
    for fc, pla, plo in db.execute(q, (*keys, cc, SOURCE)):
        if (fc or "").startswith("ADM") or (pla is not None and km(la, lo, pla, plo) <= SAME_KM):
            return True
    return False


def among(places: list[Place]) -> bool:
    """True when one of a name's candidates is an ACLED place."""
    return any(p.source == SOURCE for p in places)


def others(mentions: list[Any], readings: list[Any], i: int,
           places_only: bool = False) -> list[Any]:
    """The readings of the article's other names (not the name of mention ``i`` said again):
    what the context says of an ACLED place's country, without the place itself; with
    ``places_only``, without demonyms and metonyms either."""
    key = normalize_name(mentions[i].text)
    return [r for m, r in zip(mentions, readings, strict=True) if normalize_name(m.text) != key
            and (not places_only or getattr(m, "kind", "place") == "place")]


def agrees(p: Place, share: dict[str, float]) -> bool:
    """True when the article's context (its country shares, a prior country included) is about
    the country of ``p``."""
    return share.get(p.country_code or "", 0.0) >= AGREE_SHARE


def adjust(p: Place, places: list[Place], share: dict[str, float]) -> float:
    """What a candidate gains or loses to the ACLED places among ``places``: an ACLED place
    of the country the article is about gains 4; a town or district abroad (not a capital, nor
    a town of 100,000: Paris stays Paris) yields to it (-8), as a namesake abroad does."""
    if p.source == SOURCE:
        return AGREE_BONUS if agrees(p, share) else 0.0
    if p.is_country or p.is_admin1 or p.feature_code == "PPLC" or agrees(p, share):
        return 0.0
    if p.match_kind in (1, 2) and not p.is_area and p.population < ALT_STRONG and not any(
            v > 0 for v in share.values()) and any(
            q.source == SOURCE and q.match_kind == 0 for q in places):
        # nothing speaks for a country: ACLED's own name over a town abroad that only bears it
        # as an alternate name ("Tonka" is no Tonk, India; "Hindi" no Mariupol)
        return -ABROAD_PENALTY
    if p.population >= BIG_CITY:
        return 0.0
    home = any(q.source == SOURCE and q.country_code != p.country_code and agrees(q, share)
               for q in places)
    return -ABROAD_PENALTY if home else 0.0


def unsupported(p: Place | None, share: dict[str, float],
                named: dict[str, float] | None = None) -> bool:
    """True for an ACLED place read where nothing in the article speaks for its country. With
    ``named`` (the shares of the places named, demonyms left out), a context of demonyms only
    is no evidence against it: "French troops raided X" names who fought, not where (X may
    be a village of Mali's)."""
    if named is not None and not any(v > 0 for v in named.values()):
        return False
    return p is not None and p.source == SOURCE and not agrees(p, share) and any(
        v > 0 for v in share.values())


def precision(p: Place, text: str, end: int, default: int) -> int:
    """ACLED geo_precision of a place read at ``text[:end]``: 2 for an ACLED town followed by
    an area word ("in Regi of Deh Rahwod district": somewhere in the district named after it)."""
    if p.source == SOURCE and _AREA_AFTER.match(text, end):
        return 2
    return default
