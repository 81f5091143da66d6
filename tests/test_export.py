"""Writers: every format reads back to what was written; ACLED CSV has ACLED's 31 columns."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from polemos.errors import ConfigError
from polemos.export import FORMATS, acled_row, read_jsonl, write_events
from polemos.schema import Event, Evidence
from polemos.taxonomy import ACLED_COLUMNS


def events() -> list[Event]:
    text = "Protesters clashed with police in Nairobi on Monday; two people were killed."
    return [
        Event(event_id="e1", event_date=date(2024, 6, 24), event_type="Protests",
              sub_event_type="Excessive force against protesters",
              disorder_type="Political violence; Demonstrations", actor1="Protesters (Kenya)",
              inter1=6, actor2="Police Forces of Kenya (2022-)", inter2=1, interaction=16,
              country="Kenya", country_code="KE", admin1="Nairobi", location="Nairobi",
              latitude=-1.2833, longitude=36.8167, geo_precision=1, fatalities=2,
              notes=text, language="en", confidence=0.8,
              evidence=[Evidence(field="location", start=35, end=42, text="Nairobi")],
              sources=["https://www.daily.example/a?x=1", "https://wire.example/b",
                       "https://daily.example/c"]),
        Event(event_id="e2", event_type="Battles", sub_event_type="Armed clash",
              actor1="Military Forces of Mali (2021-)", country="Mali", country_code="ML",
              claimed=True, attribution="the army", notes='He said: "a, b"\nand more'),
    ]


def test_acled_has_exactly_acleds_columns_in_order() -> None:
    buf = io.StringIO()
    assert write_events(events(), "acled", buf) == 2
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["iso"] == "404" and first["year"] == "2024" and first["event_date"] == "2024-06-24"
    assert first["source"] == "daily.example; wire.example"  # hosts, www. dropped, deduplicated
    assert first["fatalities"] == "2" and first["interaction"] == "16"
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["fatalities"] == "0" and second["tags"] == "claimed; the army"
    assert second["notes"] == 'He said: "a, b"\nand more'  # quoting survives
    assert set(acled_row(events()[0])) == set(ACLED_COLUMNS)


def test_csv_has_every_field_and_reads_back() -> None:
    buf = io.StringIO()
    write_events(events(), "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert set(rows[0]) == set(Event.model_fields)
    assert json.loads(rows[0]["evidence"])[0]["text"] == "Nairobi"
    assert rows[0]["sources"].count(";") == 2 and rows[1]["latitude"] == ""


def test_jsonl_and_json_round_trip() -> None:
    buf = io.StringIO()
    write_events(events(), "jsonl", buf)
    assert list(read_jsonl(buf.getvalue().splitlines())) == events()
    buf = io.StringIO()
    write_events(events(), "json", buf)
    assert [Event(**d) for d in json.loads(buf.getvalue())] == events()
    buf = io.StringIO()
    write_events([], "json", buf)
    assert json.loads(buf.getvalue()) == []


def test_geojson_points_are_lon_lat_and_unplaced_events_have_no_geometry() -> None:
    raw = io.BytesIO()  # a binary stream works for text formats too
    write_events(events(), "geojson", raw)
    fc = json.loads(raw.getvalue().decode("utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    f1, f2 = fc["features"]
    assert f1["geometry"] == {"type": "Point", "coordinates": [36.8167, -1.2833]}
    assert f1["properties"]["fatalities"] == 2 and f2["geometry"] is None


def test_parquet_reads_back_with_types() -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    raw = io.BytesIO()
    assert write_events(events(), "parquet", raw) == 2
    table = pq.read_table(io.BytesIO(raw.getvalue()))
    assert table.num_rows == 2 and set(table.column_names) == set(Event.model_fields)
    d = table.to_pylist()
    assert d[0]["event_date"] == date(2024, 6, 24) and d[1]["event_date"] is None
    assert d[0]["sources"][1] == "https://wire.example/b" and d[1]["claimed"] is True
    with pytest.raises(ConfigError, match="binary"):
        write_events(events(), "parquet", io.StringIO())


def test_unknown_format() -> None:
    assert "acled" in FORMATS
    with pytest.raises(ConfigError, match="unknown export format"):
        write_events(events(), "xlsx", io.StringIO())
