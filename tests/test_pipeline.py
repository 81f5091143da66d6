"""End to end: wire-style articles (written for polemos) in six languages -> events."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.pipeline import Pipeline
from polemos.schema import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _doc(a: dict) -> Document:
    return Document(text=a["text"], published=date.fromisoformat(a["published"]),
                    url=a.get("url"), id=a["id"])


def _check_evidence(doc: Document, events) -> None:
    for e in events:
        assert e.evidence, "every event carries evidence"
        for ev in e.evidence:
            assert doc.text[ev.start:ev.end] == ev.text, ev
        fields = {ev.field for ev in e.evidence}
        assert "sub_event_type" in fields
        if e.location:
            assert "location" in fields or e.geo_precision == 3


# id -> (country_code, event date, event types allowed for the main event, fatalities)
EXPECTED = {
    "demo-en-mali": ("ML", date(2024, 3, 12), {"Battles", "Violence against civilians"}, 7),
    "demo-fr-burkina": ("BF", date(2024, 5, 7), {"Violence against civilians", "Battles"}, 12),
    "demo-es-colombia": ("CO", date(2024, 4, 21), {"Explosions/Remote violence"}, 2),
    "demo-ar-syria": ("SY", date(2024, 2, 11), {"Explosions/Remote violence"}, 3),
    "demo-ru-belgorod": ("RU", date(2024, 3, 17), {"Explosions/Remote violence"}, 2),
    "demo-uk-kharkiv": ("UA", date(2024, 5, 19), {"Explosions/Remote violence"}, 4),
}


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_main_event_of_each_language(pipeline: Pipeline, examples, doc_id: str) -> None:
    a = examples[doc_id]
    doc = _doc(a)
    events = pipeline.extract(doc)
    assert events, f"no event from {doc_id}"
    _check_evidence(doc, events)
    cc, day, types, deaths = EXPECTED[doc_id]
    main = events[0]
    assert main.language == a["lang"]
    assert main.country_code == cc
    assert main.event_date == day
    assert main.event_type in types
    assert main.fatalities == deaths
    assert main.document_id == doc_id and main.source_url == a["url"]
    assert main.latitude is not None and main.longitude is not None
    for e in events:
        assert e.event_date is None or e.event_date <= doc.published


def test_background_gives_no_event(pipeline: Pipeline) -> None:
    text = (
        "The conflict in the Sahel has killed more than 20,000 people since 2012, according "
        "to monitoring groups. Ten years ago, rebels seized the northern city of Kidal. Many "
        "analysts believe the crisis will only end through negotiations."
    )
    assert pipeline.extract(Document(text=text, published=date(2024, 3, 1))) == []


def test_non_conflict_news_gives_no_event(pipeline: Pipeline) -> None:
    texts = [
        "Real Madrid beat Barcelona 3-1 on Sunday in a fierce battle at the Bernabeu, with two "
        "late goals sealing the win.",
        "Shares of the mining group rose 4 percent in Johannesburg on Tuesday after it reported "
        "record quarterly profits.",
        "Heavy rains caused floods in the capital on Monday, cutting power to thousands of homes.",
    ]
    for t in texts:
        assert pipeline.extract(Document(text=t, published=date(2024, 3, 1))) == [], t


def test_three_places_give_three_events(pipeline: Pipeline) -> None:
    text = ("Russian drones struck military airfields in Kharkiv, Poltava and Dnipro overnight on "
            "Saturday, the Ukrainian air force said.")
    events = pipeline.extract(Document(text=text, published=date(2024, 6, 10)))
    places = {e.location for e in events}
    assert len(events) == 3 and len(places) == 3, [(e.location, e.sub_event_type) for e in events]
    assert all(e.country_code == "UA" for e in events)


def test_injuries_are_not_deaths_and_claim_is_recorded(pipeline: Pipeline) -> None:
    text = ("Gunmen attacked a police checkpoint in Kidal, northern Mali, on Friday, wounding "
            "four officers. The Islamic State in the Sahel claimed responsibility.")
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 4)))
    assert events
    e = events[0]
    assert e.fatalities in (None, 0)
    assert e.claimed is True
    assert e.event_date == date(2024, 3, 1)


def test_empty_document_is_an_input_error(pipeline: Pipeline) -> None:
    from polemos.errors import InputError

    with pytest.raises(InputError):
        pipeline.extract(Document(text="   \n"))


def test_public_api_extract() -> None:
    import polemos

    events = polemos.extract(
        "Police arrested 15 protesters in Dakar on Monday during a march against the "
        "postponement of the election.", published="2024-02-07")
    assert events and all(isinstance(e, polemos.Event) for e in events)
    assert events[0].country_code == "SN"
