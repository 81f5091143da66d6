"""The gazetteer: an SQLite file of places and their names in many scripts, built offline.

It is built on first use from data shipped in PyPI packages (see ``polemos.gazetteer_build``)
and can be enlarged with a full GeoNames dump or the user's own places.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from polemos.errors import GazetteerError

SCHEMA_VERSION = "8"
FILENAME = "gazetteer.sqlite"

# Feature codes polemos treats as areas rather than points.
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
ADMIN1_CODES = frozenset({"ADM1", "ADM1H"})
ADMIN2_CODES = frozenset({"ADM2", "ADM2H", "ADM3"})
CONTINENT_CODES = frozenset({"CONT", "RGN"})
# Natural features polemos treats as areas: oceans, seas, gulfs, straits, lakes, rivers,
# mountain ranges, deserts, peninsulas, islands.
NATURAL_CODES = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "LK", "LKS", "STM", "MTS", "DSRT",
                           "PEN", "ISL"})
# Kinds of name matches (names.kind): own name, alternate, derived key, demonym, abbreviation.
DEMONYM_KIND = 3
ABBREV_KIND = 4

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, feature_class TEXT, feature_code TEXT,
    country_code TEXT, admin1_code TEXT, admin2_code TEXT, admin1 TEXT, admin2 TEXT,
    latitude REAL, longitude REAL, population INTEGER DEFAULT 0,
    source TEXT NOT NULL, priority INTEGER DEFAULT 0);
CREATE TABLE names (key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE INDEX places_admin ON places (country_code, admin1_code, feature_code);
"""
INDEXES = "ANALYZE;"

_ARABIC = str.maketrans({"ى": "ي", "ة": "ه", "ـ": None, "ٱ": "ا"})
_APOS = re.compile(r"[\u2019'`ʻʼ‘´ʹ]")
_NONWORD = re.compile(r"[\W_]+")


def normalize_name(name: str) -> str:
    """The lookup key of a name: case, diacritics, Arabic letter variants and punctuation folded.

    The same folding is applied to gazetteer names and to text, so "Hassaké" meets "hassake",
    "الحَسَكة" meets "الحسكه" and "Al-Hasakah" meets "al hasakah".
    """
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.casefold().translate(_ARABIC)
    s = _APOS.sub("", s)
    return _NONWORD.sub(" ", s).strip()


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry (a GeoNames feature, a package-derived area, or a user place)."""

    geonameid: int
    name: str
    feature_class: str | None
    feature_code: str | None
    country_code: str | None
    admin1_code: str | None
    admin2_code: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int
    source: str
    priority: int = 0
    match_kind: int = 0  # 0 own name, 1 alternate, 2 derived key, 3 demonym, 4 abbreviation

    @property
    def is_country(self) -> bool:
        """True for sovereign and dependent countries."""
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin1(self) -> bool:
        """True for first-order administrative divisions (provinces, states, regions)."""
        return self.feature_code in ADMIN1_CODES

    @property
    def is_area(self) -> bool:
        """True for countries, continents and administrative areas: places without one point."""
        fc = self.feature_code or ""
        return (fc in COUNTRY_CODES or fc in CONTINENT_CODES or fc in NATURAL_CODES
                or fc.startswith("ADM"))


_COLUMNS = (
    "p.geonameid, p.name, p.feature_class, p.feature_code, p.country_code, p.admin1_code, "
    "p.admin2_code, p.admin1, p.admin2, p.latitude, p.longitude, p.population, p.source, "
    "p.priority"
)


def data_dir() -> Path:
    """Where polemos keeps its gazetteer: $POLEMOS_HOME, else the platform's user data dir."""
    env = os.environ.get("POLEMOS_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("polemos"))


def default_path() -> Path:
    """The default gazetteer file."""
    return data_dir() / FILENAME


class Gazetteer:
    """Read access to a built gazetteer file: name search and place look-up by id."""

    _default: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"no gazetteer file at {self.path}; run `polemos gazetteer build`")
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self.meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path}: not a polemos gazetteer ({exc})") from exc
        self._db.execute("PRAGMA query_only = 1")
        self._by_key: dict[str, list[Place]] = {}
        self._by_id: dict[int, Place | None] = {}
        self._admin: dict[tuple[str, str, str], Place | None] = {}

    @classmethod
    def default(cls) -> Gazetteer:
        """The user's gazetteer, built on first use (or rebuilt when its sources changed)."""
        with cls._lock:
            if cls._default is None:
                from polemos.gazetteer_build import ensure_built

                cls._default = cls(ensure_built(default_path()))
            return cls._default

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Place]]:
        """Places for each normalised key that has any (batched, cached)."""
        out: dict[str, list[Place]] = {}
        todo = []
        for k in keys:
            if k in self._by_key:
                if self._by_key[k]:
                    out[k] = self._by_key[k]
            else:
                todo.append(k)
        todo = list(dict.fromkeys(todo))
        for i in range(0, len(todo), 500):
            chunk = todo[i : i + 500]
            found: dict[str, list[Place]] = {k: [] for k in chunk}
            q = (
                f"SELECT n.key, n.kind, {_COLUMNS} FROM names n JOIN places p USING (geonameid) "
                f"WHERE n.key IN ({','.join('?' * len(chunk))})"
            )
            for row in self._db.execute(q, chunk):
                found[row[0]].append(Place(*row[2:], match_kind=row[1]))
            for k, v in found.items():
                self._by_key[k] = v
                if v:
                    out[k] = v
            if len(self._by_key) > 200_000:
                self._by_key.clear()
        return out

    def towns_of(self, country_code: str) -> list[tuple[str, Place]]:
        """Every Latin-script name key of the towns of a country, with its town (a full scan of
        the names: up to seconds for a large country, for a caller that caches it)."""
        return self._towns("WHERE p.country_code = ?", (country_code,))

    def province_towns(self, country_code: str, admin1_code: str | None
                       ) -> list[tuple[str, Place]]:
        """The same for the towns of one province of the country (None: towns in none)."""
        return self._towns("WHERE p.country_code = ? AND p.admin1_code IS ?",
                           (country_code, admin1_code))

    def _towns(self, where: str, args: tuple[str | None, ...]) -> list[tuple[str, Place]]:
        q = (f"SELECT n.key, n.kind, {_COLUMNS} FROM places p JOIN names n USING (geonameid) "
             f"{where} AND p.feature_class = 'P'")
        return [(row[0], Place(*row[2:], match_kind=row[1]))
                for row in self._db.execute(q, args) if row[0].isascii()]

    def areas_of(self, country_code: str, level: int = 1) -> list[tuple[str, Place]]:
        """Every Latin-script name key of the areas of a country at ``level`` (1: provinces or
        states, 2: their districts), with its area."""
        q = (f"SELECT n.key, n.kind, {_COLUMNS} FROM places p JOIN names n USING (geonameid) "
             "WHERE p.country_code = ? AND p.feature_code = ?")
        return [(row[0], Place(*row[2:], match_kind=row[1]))
                for row in self._db.execute(q, (country_code, f"ADM{level}"))
                if row[0].isascii()]

    def search(self, name: str, limit: int = 20) -> list[Place]:
        """Places called ``name`` (any script), the most important first."""
        key = normalize_name(name)
        places = self.lookup([key]).get(key, [])
        return sorted(places, key=importance, reverse=True)[:limit]

    def get(self, geonameid: int) -> Place | None:
        """The place with this id, or None."""
        if geonameid not in self._by_id:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM places p WHERE p.geonameid = ?", (geonameid,)
            ).fetchone()
            self._by_id[geonameid] = Place(*row) if row else None
        return self._by_id[geonameid]

    def admin_area(self, country_code: str, admin1_code: str | None, level: int = 1) -> Place | None:
        """The admin1 area (level 1) of a country/code, or the country itself (level 0)."""
        key = (country_code, admin1_code or "", str(level))
        if key not in self._admin:
            if level == 0:
                q = f"SELECT {_COLUMNS} FROM places p WHERE country_code = ? AND feature_code IN ('PCLI','PCLD','PCLF','PCLS','TERR') ORDER BY population DESC LIMIT 1"
                row = self._db.execute(q, (country_code,)).fetchone()
            else:
                q = f"SELECT {_COLUMNS} FROM places p WHERE country_code = ? AND admin1_code = ? AND feature_code = 'ADM1' LIMIT 1"
                row = self._db.execute(q, (country_code, admin1_code)).fetchone()
            self._admin[key] = Place(*row) if row else None
        return self._admin[key]

    def stats(self) -> dict[str, int]:
        """Counts of places by source and of names, for ``polemos gazetteer info``."""
        out = dict(self._db.execute("SELECT source, COUNT(*) FROM places GROUP BY source"))
        out["names"] = self._db.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return out


def importance(place: Place) -> float:
    """A prior for a place out of context: countries, then provinces and big cities."""
    import math

    fc = place.feature_code or ""
    lp = math.log10(max(place.population, 0) + 10)
    if fc in COUNTRY_CODES:
        # "SA" after "Adelaide," is South Australia: an abbreviated country weighs as a province
        base = 14.0 + lp / 8 if place.match_kind != ABBREV_KIND else 8.5
    elif fc in CONTINENT_CODES:
        base = 10.0 if place.country_code else 14.0  # "Midwest" (US) below "Middle East"
    elif fc in NATURAL_CODES:
        base = 9.0 if fc == "ISL" else 10.0
    elif fc in ADMIN1_CODES:
        base = max(6.5, 1.0 + 1.2 * lp)
    elif fc in ADMIN2_CODES:
        base = max(5.0, 0.5 + 1.1 * lp)
    elif fc == "AIRP":
        base = 4.0
    elif place.source == "acled":
        base = 0.5  # ACLED's villages: below any GeoNames namesake (gazetteer_acled.BASE_PRIOR)
    else:
        base = 1.6 * lp
        if fc == "PPLC":
            base += 2.0
        elif fc in ("PPLA", "PPLG"):
            base += 0.5
        elif place.source == "features":
            base = 8.0  # a landmark news names: "the White House", "Tahrir Square"
        elif place.feature_class not in (None, "P", ""):
            base = min(base, 3.0) + (1.5 if place.source == "user" else 0.0)
    if place.match_kind:
        base -= 0.3 * place.match_kind
    if place.priority and place.feature_class in ("P", "A"):
        base += 8.0 * place.priority  # the user's own towns and areas win over namesakes
    return base


def connect_new(path: Path) -> sqlite3.Connection:
    """A fresh database with the schema, for a build that writes ``path`` atomically."""
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
    return db


def finish(db: sqlite3.Connection, meta: dict[str, str]) -> None:
    """Index each first-level area also by the name it is shown under, write the indexes and the
    meta table and close."""
    # ACLED's spelling of a province ("Urozgan" for GeoNames' Uruzgan) finds it too, where it
    # names one area only (not "West Bank", shown for each of its governorates), and is another
    # spelling, not a part of the name ("Metropolitana" of Región Metropolitana de Santiago)
    rows = db.execute("SELECT geonameid, name, admin1 FROM places WHERE feature_code = 'ADM1' "
                      "AND admin1 IS NOT NULL AND admin1 != name AND (country_code, admin1) IN ("
                      "SELECT country_code, admin1 FROM places WHERE feature_code = 'ADM1' "
                      "GROUP BY country_code, admin1 HAVING count(*) = 1)").fetchall()
    for gid, name, shown in rows:
        a, b = normalize_name(name), normalize_name(shown)
        if a not in b and b not in a:
            insert_names(db, gid, [shown], 1)
    db.executescript(INDEXES)
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(meta.items()))
    db.commit()
    db.close()


def insert_places(db: sqlite3.Connection, rows: Sequence[tuple]) -> None:
    """Insert or replace place rows (14 columns, as in the ``places`` table)."""
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def insert_names(db: sqlite3.Connection, geonameid: int, names: Iterable[str], kind: int) -> None:
    """Index each name of a place under its normalised key (keeping the best kind)."""
    keys = {normalize_name(n) for n in names if n}
    keys.discard("")
    db.executemany(
        "INSERT INTO names VALUES (?,?,?) ON CONFLICT(key, geonameid) DO UPDATE SET "
        "kind = min(kind, excluded.kind)",
        [(k, geonameid, kind) for k in keys],
    )
