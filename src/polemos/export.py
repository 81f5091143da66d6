"""Writers of events: JSON Lines, JSON, CSV, ACLED CSV, GeoJSON and Parquet.

``write_events(events, fmt, out)`` is the one entry point, used by ``polemos events`` and
``polemos extract --format``. ``acled`` gives exactly ACLED's 31 columns in ACLED's order
(polemos.taxonomy.ACLED_COLUMNS); the other formats carry every Event field.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any
from urllib.parse import urlsplit

from polemos.errors import ConfigError
from polemos.schema import Event
from polemos.taxonomy import ACLED_COLUMNS

FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "acled", "geojson", "parquet")
BINARY_FORMATS = frozenset({"parquet"})

# Event fields as flat columns (csv, geojson properties, parquet): lists become JSON text.
FLAT_COLUMNS: tuple[str, ...] = tuple(Event.model_fields)


def _flat(ev: Event) -> dict[str, Any]:
    """An event as one flat row: evidence as JSON text, sources joined with '; '."""
    row = ev.model_dump(mode="json")
    row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
    row["sources"] = "; ".join(ev.sources)
    return row


def _numeric_iso(alpha2: str | None) -> str:
    """ACLED's ``iso`` column is the numeric ISO 3166-1 code (e.g. 404 for Kenya)."""
    if not alpha2:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return str(int(c.numeric)) if c else ""


def _outlet(ref: str) -> str:
    """A readable source name: the host of a URL (without www.), else the reference."""
    if "://" in ref:
        host = urlsplit(ref).hostname or ref
        return host.removeprefix("www.")
    return ref


def acled_row(ev: Event) -> dict[str, Any]:
    """One event as ACLED's 31 columns (empty where polemos has no value)."""
    refs = ev.sources or [r for r in (ev.source_url, ev.document_id) if r]
    outlets = list(dict.fromkeys(_outlet(r) for r in refs))
    tags = f"claimed; {ev.attribution}" if ev.claimed and ev.attribution else (
        "claimed" if ev.claimed else "")
    values: dict[str, Any] = {
        "event_id_cnty": ev.event_id,
        "event_date": ev.event_date.isoformat() if ev.event_date else "",
        "year": ev.event_date.year if ev.event_date else "",
        "time_precision": ev.time_precision,
        "disorder_type": ev.disorder_type or "",
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1 or "",
        "assoc_actor_1": ev.assoc_actor_1 or "",
        "inter1": ev.inter1 if ev.inter1 is not None else "",
        "actor2": ev.actor2 or "",
        "assoc_actor_2": ev.assoc_actor_2 or "",
        "inter2": ev.inter2 if ev.inter2 is not None else 0,
        "interaction": ev.interaction if ev.interaction is not None else "",
        "civilian_targeting": ev.civilian_targeting or "",
        "iso": _numeric_iso(ev.country_code),
        "region": "",
        "country": ev.country or "",
        "admin1": ev.admin1 or "",
        "admin2": ev.admin2 or "",
        "admin3": "",
        "location": ev.location or "",
        "latitude": ev.latitude if ev.latitude is not None else "",
        "longitude": ev.longitude if ev.longitude is not None else "",
        "geo_precision": ev.geo_precision or "",
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": ev.notes or "",
        "fatalities": ev.fatalities or 0,
        "tags": tags,
        "timestamp": "",
    }
    return {c: values[c] for c in ACLED_COLUMNS}


def _text_out(out: IO[Any]) -> tuple[IO[str], bool]:
    """A text stream on ``out`` (wrapping a binary one); True when we wrapped it."""
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        return out, False  # type: ignore[return-value]
    return io.TextIOWrapper(out, encoding="utf-8", newline=""), True


def _binary_out(out: IO[Any]) -> IO[bytes]:
    """A binary stream on ``out`` (the buffer under a text stream)."""
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        buf = getattr(out, "buffer", None)
        if buf is None:
            raise ConfigError("parquet needs a binary output (a file opened 'wb'), not text")
        out.flush()
        return buf
    return out


def _geojson_feature(ev: Event) -> dict[str, Any]:
    props = ev.model_dump(mode="json")
    geom = None
    if ev.latitude is not None and ev.longitude is not None:
        geom = {"type": "Point", "coordinates": [ev.longitude, ev.latitude]}
    return {"type": "Feature", "id": ev.event_id or None, "geometry": geom, "properties": props}


def _write_parquet(events: Iterator[Event], out: IO[bytes]) -> int:
    """Events as one Parquet table (typed columns; evidence as JSON text)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency of the store
        raise ConfigError("parquet output needs pyarrow (pip install pyarrow)") from exc
    types = {"event_date": pa.date32(), "published": pa.date32(), "time_precision": pa.int8(),
             "geo_precision": pa.int8(), "inter1": pa.int8(), "inter2": pa.int8(),
             "interaction": pa.int16(), "latitude": pa.float64(), "longitude": pa.float64(),
             "geonameid": pa.int64(), "fatalities": pa.int32(), "claimed": pa.bool_(),
             "confidence": pa.float32(), "sources": pa.list_(pa.string())}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
    cols: dict[str, list[Any]] = {c: [] for c in FLAT_COLUMNS}
    n = 0
    for ev in events:
        for c in FLAT_COLUMNS:
            v = getattr(ev, c)
            if c == "evidence":
                v = json.dumps([e.model_dump() for e in v], ensure_ascii=False)
            cols[c].append(v)
        n += 1
    pq.write_table(pa.table(cols, schema=schema), out)
    return n


def write_events(events: Iterable[Event], fmt: str, out: IO[Any]) -> int:
    """Write events to ``out`` (text or binary stream) in ``fmt``; returns how many."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    it = iter(events)
    if fmt == "parquet":
        return _write_parquet(it, _binary_out(out))
    text, wrapped = _text_out(out)
    n = 0
    try:
        if fmt == "jsonl":
            for ev in it:
                text.write(ev.model_dump_json() + "\n")
                n += 1
        elif fmt in ("json", "geojson"):
            if fmt == "json":
                text.write("[")
            else:
                text.write('{"type": "FeatureCollection", "features": [')
            for ev in it:
                obj = ev.model_dump(mode="json") if fmt == "json" else _geojson_feature(ev)
                text.write(("," if n else "") + "\n" + json.dumps(obj, ensure_ascii=False))
                n += 1
            text.write("\n]" if fmt == "json" else "\n]}")
            text.write("\n")
        else:
            cols = ACLED_COLUMNS if fmt == "acled" else FLAT_COLUMNS
            writer = csv.DictWriter(text, fieldnames=list(cols), lineterminator="\n")
            writer.writeheader()
            for ev in it:
                writer.writerow(acled_row(ev) if fmt == "acled" else _flat(ev))
                n += 1
    finally:
        if wrapped:
            text.flush()
            text.detach()  # type: ignore[attr-defined]
    return n


def read_jsonl(lines: Iterable[str]) -> Iterator[Event]:
    """Events back from JSON Lines (as ``write_events(..., "jsonl", ...)`` wrote them)."""
    for line in lines:
        if line.strip():
            yield Event.model_validate_json(line)


__all__ = ["FORMATS", "acled_row", "read_jsonl", "write_events"]
