"""The record: schema validation, taxonomy helpers, the ACLED reader and split."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from polemos.datasets import parse_date, read_acled_csv, split_records
from polemos.schema import Document, Event
from polemos.taxonomy import (
    ACLED_COLUMNS,
    EVENT_TYPE_OF,
    SUB_EVENT_TYPES,
    disorder_type,
    event_type_of,
    interaction,
)


def test_taxonomy_has_acled_shape() -> None:
    assert len(SUB_EVENT_TYPES) == 25
    assert len(set(EVENT_TYPE_OF.values())) == 6
    assert len(ACLED_COLUMNS) == 31
    assert event_type_of("Air/drone strike") == "Explosions/Remote violence"
    with pytest.raises(ValueError):
        event_type_of("Skirmish")


def test_interaction_and_disorder() -> None:
    assert interaction(1, 7) == 17
    assert interaction(7, 1) == 17
    assert interaction(6, None) == 60
    assert interaction(2, 2) == 22
    assert interaction(None, None) is None
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Battles") == "Political violence"


def test_event_rejects_unknown_types() -> None:
    with pytest.raises(ValidationError):
        Event(event_type="Battles", sub_event_type="Skirmish")
    with pytest.raises(ValidationError):
        Event(event_type="Wars", sub_event_type="Armed clash")
    e = Event(event_type="Battles", sub_event_type="Armed clash")
    assert e.evidence == [] and e.claimed is False


def test_document_id_is_stable_hash() -> None:
    a = Document(text="Soldiers clashed with rebels.")
    b = Document(text="Soldiers clashed with rebels.")
    c = Document(text="Soldiers clashed with rebels!", id="given")
    assert a.id == b.id and len(a.id) == 16
    assert c.id == "given"


@pytest.mark.parametrize(
    "text,expected",
    [("31 December 2020", date(2020, 12, 31)), ("9-May-20", date(2020, 5, 9)),
     ("31-12-19", date(2019, 12, 31)), ("2022-01-05", date(2022, 1, 5)), ("soon", None)],
)
def test_parse_date_formats(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_reader_skips_bad_rows_and_split_is_by_time(tmp_path) -> None:
    from polemos.datasets import ReadReport

    p = tmp_path / "gold.csv"
    rows = ["event_date,sub_event_type,notes,actor1,actor2,fatalities"]
    for i in range(10):
        rows.append(f"{i + 1}-Jan-21,Armed clash,Soldiers and rebels fought in village {i}.,A,,0")
    rows.append("2-Jan-21,Skirmish,Unknown type.,A,,0")
    rows.append("not a date,Armed clash,Bad date.,A,,0")
    rows.append("3-Jan-21,Armed clash,,A,,0")
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = ReadReport()
    recs = list(read_acled_csv(p, report))
    assert len(recs) == 10 and report.read == 10
    assert len(report.skipped) == 3
    assert all(r.actor2 == "" for r in recs)
    parts = split_records(recs)
    assert [len(parts[k]) for k in ("train", "dev", "test")] == [7, 1, 2]
    assert max(r.event_date for r in parts["train"]) < min(r.event_date for r in parts["test"])
