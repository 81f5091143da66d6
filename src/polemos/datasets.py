"""Readers for ACLED-format CSV files and the fixed train/dev/test split polemos is measured on.

The split is by time within each file: rows sorted by event date, the oldest 70 % train,
the next 10 % dev (for tuning), the newest 20 % test (held out: never trained or tuned on).
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from polemos.errors import InputError
from polemos.taxonomy import EVENT_TYPE_OF

log = logging.getLogger(__name__)

DATE_FORMATS = ("%d %B %Y", "%d-%b-%y", "%d-%m-%y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d-%B-%Y",
                "%d %b %Y", "%B %d, %Y", "%d.%m.%Y")
SPLIT_FRACTIONS = {"train": 0.7, "dev": 0.1, "test": 0.2}


def shared_data_dir() -> Path | None:
    """``../shared/data`` next to the checkout (or $POLEMOS_DATA), if it exists."""
    env = os.environ.get("POLEMOS_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents]
    candidates += [Path.cwd().parent / "shared" / "data"]
    for c in candidates:
        if (c / "acled").is_dir():
            return c
    return None


def parse_date(value: str) -> date | None:
    """A date in any of the formats ACLED exports have used; None when none fits."""
    value = (value or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


@dataclass
class AcledRecord:
    """One gold ACLED row, with the fields polemos predicts parsed into Python types."""

    event_id: str
    event_date: date
    sub_event_type: str
    event_type: str
    notes: str
    country: str = ""
    iso3: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    source_file: str = ""
    line: int = 0
    raw: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class ReadReport:
    """What a reader skipped and why, so a user can see every row accounted for."""

    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, why)


def read_acled_csv(path: str | Path, report: ReadReport | None = None) -> Iterator[AcledRecord]:
    """Yield the usable rows of one ACLED-format CSV; rows without notes, date or a known
    sub-event type are skipped and listed in ``report``."""
    path = Path(path)
    report = report if report is not None else ReadReport()
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot open ({exc.strerror})", str(path)) from None
    with fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "notes" not in reader.fieldnames:
            raise InputError("not an ACLED CSV: no 'notes' column", str(path))
        for lineno, row in enumerate(reader, start=2):
            where = f"{path.name}:{lineno}"
            notes = (row.get("notes") or "").strip()
            sub = (row.get("sub_event_type") or "").strip()
            d = parse_date(row.get("event_date", ""))
            why = None
            if not notes:
                why = "no notes"
            elif sub not in EVENT_TYPE_OF:
                why = f"unknown sub_event_type {sub!r}"
            elif d is None:
                why = f"unreadable event_date {row.get('event_date')!r}"
            if why:
                report.skipped.append((where, why))
                continue
            report.read += 1
            yield AcledRecord(
                event_id=row.get("event_id_cnty") or row.get("data_id") or where,
                event_date=d,  # type: ignore[arg-type]
                sub_event_type=sub,
                event_type=EVENT_TYPE_OF[sub],
                notes=notes,
                country=(row.get("country") or "").strip(),
                iso3=(row.get("iso3") or "").strip(),
                actor1=(row.get("actor1") or "").strip(),
                assoc_actor_1=(row.get("assoc_actor_1") or "").strip(),
                inter1=_int(row.get("inter1")),
                actor2=(row.get("actor2") or "").strip(),
                assoc_actor_2=(row.get("assoc_actor_2") or "").strip(),
                inter2=_int(row.get("inter2")),
                admin1=(row.get("admin1") or "").strip(),
                admin2=(row.get("admin2") or "").strip(),
                location=(row.get("location") or "").strip(),
                latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")),
                geo_precision=_int(row.get("geo_precision")),
                time_precision=_int(row.get("time_precision")),
                fatalities=_int(row.get("fatalities")),
                source_file=path.name,
                line=lineno,
                raw=row,
            )


def split_records(records: Iterable[AcledRecord]) -> dict[str, list[AcledRecord]]:
    """Split one file's records by time: oldest 70 % train, next 10 % dev, newest 20 % test.

    Ties on the date are broken by event id so the split is deterministic.
    """
    rows = sorted(records, key=lambda r: (r.event_date, r.event_id))
    n = len(rows)
    a = n * 7 // 10  # integer arithmetic: 0.7 + 0.1 is not 0.8 in floating point
    b = n * 8 // 10
    return {"train": rows[:a], "dev": rows[a:b], "test": rows[b:]}


def acled_split(part: str, files: Iterable[str | Path] | None = None) -> list[AcledRecord]:
    """One part ("train", "dev", "test") of the time split, over each file separately.

    By default the four files of ``shared/data/acled/``; InputError if they are absent.
    """
    if part not in SPLIT_FRACTIONS:
        raise ValueError(f"split part must be one of {sorted(SPLIT_FRACTIONS)}, not {part!r}")
    if files is None:
        root = shared_data_dir()
        if root is None:
            raise InputError("shared/data/acled not found (set POLEMOS_DATA)", "acled_split")
        files = sorted((root / "acled").glob("*.csv"))
    out: list[AcledRecord] = []
    for f in files:
        out.extend(split_records(read_acled_csv(f))[part])
    return out
