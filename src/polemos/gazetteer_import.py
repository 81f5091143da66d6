"""Streaming import of a full GeoNames dump (allCountries format) into the gazetteer.

Bounded memory: rows are read one at a time from the .txt or the .zip and written in batches,
all in one transaction, so a failed import leaves the gazetteer as it was.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from polemos.errors import GazetteerError
from polemos.gazetteer import insert_names, insert_places
from polemos.gazetteer_build import acled_admin_name
from polemos.gazetteer_features import apply_admin1_names

_SKIP_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid"})


def _lines(path: Path) -> Iterator[str]:
    """The lines of a GeoNames .txt file, or of the main .txt inside a .zip, streamed."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next((n for n in zf.namelist() if n.endswith(".txt")
                           and "readme" not in n.lower()), None)
            if member is None:
                raise GazetteerError(f"{path}: no .txt file inside the zip")
            with zf.open(member) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def import_geonames(gazetteer_path: Path, dump: Path, alternate: Path | None = None,
                    batch: int = 20_000) -> int:
    """Stream a GeoNames dump (allCountries format) into the gazetteer, in one transaction."""
    if not dump.is_file():
        raise GazetteerError(f"{dump}: no such file")
    db = sqlite3.connect(gazetteer_path)
    n = 0
    try:
        with db:
            rows: list[tuple] = []
            pending: list[tuple[int, str, list[str]]] = []
            for lineno, line in enumerate(_lines(dump), start=1):
                f = line.rstrip("\n").split("\t")
                if len(f) < 15:
                    raise GazetteerError(f"{dump}:{lineno}: expected 19 tab-separated columns")
                try:
                    gid, lat, lon, pop = int(f[0]), float(f[4]), float(f[5]), int(f[14] or 0)
                except ValueError as exc:
                    raise GazetteerError(f"{dump}:{lineno}: {exc}") from exc
                rows.append((gid, f[1], f[6], f[7], f[8], f[10] or None, f[11] or None, None,
                             None, lat, lon, pop, "geonames", 0))
                pending.append((gid, f[1], [f[2], *f[3].split(",")]))
                n += 1
                if len(rows) >= batch:
                    _flush(db, rows, pending)
            _flush(db, rows, pending)
            if alternate is not None:
                _import_alternates(db, alternate, batch)
            _fix_admin_names(db)
    finally:
        db.close()
    return n


def _flush(db: sqlite3.Connection, rows: list[tuple], pending: list) -> None:
    insert_places(db, rows)
    for gid, name, extra in pending:
        insert_names(db, gid, [name], 0)
        insert_names(db, gid, extra, 1)
    rows.clear()
    pending.clear()


def _import_alternates(db: sqlite3.Connection, path: Path, batch: int) -> None:
    buf: list[tuple[int, str]] = []
    for line in _lines(path):
        f = line.rstrip("\n").split("\t")
        if len(f) < 4 or f[2] in _SKIP_LANGS or (len(f) > 7 and f[7] == "1"):
            continue
        buf.append((int(f[1]), f[3]))
        if len(buf) >= batch:
            for gid, name in buf:
                insert_names(db, gid, [name], 1)
            buf.clear()
    for gid, name in buf:
        insert_names(db, gid, [name], 1)


def _fix_admin_names(db: sqlite3.Connection) -> None:
    """Fill admin1/admin2 names (ACLED spelling) of imported places from the ADM1/ADM2 rows."""
    for level in ("1", "2"):
        areas = db.execute(
            "SELECT country_code, admin1_code, admin2_code, name FROM places "
            f"WHERE feature_code = 'ADM{level}'"
        ).fetchall()
        col = f"admin{level}"
        cond = "admin1_code = ?" + (" AND admin2_code = ?" if level == "2" else "")
        db.executemany(
            f"UPDATE places SET {col} = ? WHERE source = 'geonames' AND country_code = ? AND {cond}",
            [(acled_admin_name(n), cc, a1, *((a2,) if level == "2" else ()))
             for cc, a1, a2, n in areas],
        )
    apply_admin1_names(db)
