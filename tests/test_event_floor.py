"""The pipeline's confidence floor and the sharing of one sentence's toll between places."""

from __future__ import annotations

import pytest

from polemos.candidates import split_count
from polemos.pipeline import MIN_CONFIDENCE, Pipeline
from polemos.schema import Document

WEAK = "Unidentified men with machetes destroyed a campaign poster."  # no place, no day


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def open_pipeline() -> Pipeline:
    return Pipeline(min_confidence=0.0)


def test_weak_unplaced_undated_event_is_not_reported(pipeline, open_pipeline):
    doc = Document(text=WEAK, language="en")
    everything = open_pipeline.extract(doc)
    assert everything and all(e.confidence < MIN_CONFIDENCE for e in everything)
    assert pipeline.extract(doc) == []


def test_floor_keeps_placed_dated_events(pipeline):
    doc = Document(text="Gunmen attacked a bus near Kaya on Monday, killing two passengers.",
                   language="en", published="2024-03-06")
    events = pipeline.extract(doc)
    assert events and all(e.confidence >= MIN_CONFIDENCE for e in events)


def test_every_reported_event_clears_the_floor(pipeline):
    text = ("Protesters marched in Nairobi on Tuesday against the new tax law. "
            "Unidentified men with machetes destroyed a campaign poster.")
    events = pipeline.extract(Document(text=text, language="en", published="2024-06-27"))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.parametrize(("count", "places", "shares"), [
    (10, 2, [5, 5]), (7, 3, [3, 2, 2]), (1, 2, [1, 0]), (0, 3, None), (None, 2, None),
    (4, 1, None), (4, 0, None)])
def test_split_count(count, places, shares):
    assert split_count(count, places) == shares
    if shares:
        assert sum(shares) == count


def test_toll_of_coordinated_towns_is_shared(pipeline):
    doc = Document(text="Drone strikes on Kramatorsk, Sloviansk and Druzhkivka killed seven "
                        "people on Monday.", language="en", published="2024-05-14")
    events = pipeline.extract(doc)
    assert len(events) == 3
    assert sorted(e.fatalities for e in events) == [2, 2, 3]


# A long business story with one weak mention of protests in passing (text written for this test).
PASSING = "Farmers' protests spread to several towns last week."
BUSINESS_STORY = [
    "The cooperative reported higher sales of maize flour in the second quarter.",
    "Its chief executive said costs had fallen as fuel prices eased.",
    "The company plans to open two new mills before the end of the year.",
    "Analysts expect demand to grow as the harvest improves.",
    "The board approved a dividend of three cents a share.",
    "Exports to neighbouring markets rose by a tenth.",
    "The firm also signed a supply contract with a regional retailer.",
    "Shares in the cooperative's listed parent closed slightly higher.",
]


def test_a_long_document_asks_more_of_a_lone_weak_event(pipeline, open_pipeline):
    from polemos.pipeline import LONG_DOCUMENT_EXTRA, LONG_DOCUMENT_SENTENCES

    short = Document(text=PASSING, language="en", published="2026-05-04")
    kept = pipeline.extract(short)
    assert kept and all(MIN_CONFIDENCE <= e.confidence < MIN_CONFIDENCE + LONG_DOCUMENT_EXTRA
                        for e in kept)  # a brief of one sentence: the usual floor
    long_text = " ".join(BUSINESS_STORY[:4] + [PASSING] + BUSINESS_STORY[4:])
    assert len(BUSINESS_STORY) + 1 >= LONG_DOCUMENT_SENTENCES
    doc = Document(text=long_text, language="en", published="2026-05-04")
    weak = [e for e in open_pipeline.extract(doc)
            if e.confidence < MIN_CONFIDENCE + LONG_DOCUMENT_EXTRA]
    # the mention is found with the floor at 0, above the usual floor ...
    assert any(e.confidence >= MIN_CONFIDENCE for e in weak)
    reported = pipeline.extract(doc)
    assert all(e.confidence >= MIN_CONFIDENCE + LONG_DOCUMENT_EXTRA for e in reported)
    assert len(reported) < len(open_pipeline.extract(doc))  # ... but not reported


# A takeover the rules read where the detector is silent, in a long report (text written for
# this test): told with its day, it stays; without a day, a long document still asks more of it.
TAKEOVER = ("Les rebelles du M23 ont pris {day}le contrôle de Kalembe, dans la province du "
            "Nord-Kivu, après le départ de l'armée.")
AFTERMATH = [
    "Les habitants ont fui vers les collines voisines.",
    "Les écoles de la zone restent fermées depuis le début du mois.",
    "Les organisations humanitaires disent manquer de moyens pour aider les déplacés.",
    "Le gouverneur de la province a appelé au calme.",
    "Les prix des denrées ont fortement augmenté sur les marchés de la région.",
    "Les routes vers le chef-lieu sont coupées par les pluies.",
    "Une réunion des chefs coutumiers est prévue la semaine prochaine.",
    "Le conflit a déjà poussé des milliers de familles à quitter leurs villages.",
]


@pytest.mark.parametrize(("day", "kept"), [("mardi ", True), ("", False)])
def test_a_dated_takeover_read_by_the_rules_survives_a_long_report(pipeline, day, kept):
    from polemos.pipeline import LONG_DOCUMENT_EXTRA
    from polemos.strategic import OVERTAKES

    text = " ".join([TAKEOVER.format(day=day), *AFTERMATH])
    alone = pipeline.extract(Document(text=TAKEOVER.format(day=day), language="fr",
                                      published="2026-03-05"))
    assert [e.sub_event_type for e in alone] == [OVERTAKES]
    assert alone[0].confidence < MIN_CONFIDENCE + LONG_DOCUMENT_EXTRA  # a weak, rule-made one
    events = pipeline.extract(Document(text=text, language="fr", published="2026-03-05"))
    assert [e.sub_event_type for e in events] == ([OVERTAKES] if kept else [])
    if kept:
        assert events[0].event_date.isoformat() == "2026-03-03"


def test_a_rule_made_answer_keeps_its_mark_when_retyped():
    from polemos.detect import NONE_LABEL, Prediction
    from polemos.strategic import OVERTAKES, REGAINS

    detector = Prediction("Armed clash", "Battles", 0.93)
    assert not detector.retyped(OVERTAKES).by_rule  # a rule renaming the detector's event
    made = Prediction(NONE_LABEL, None, 0.8).retyped(OVERTAKES, 0.7, by_rule=True)
    assert made.by_rule and made.retyped(REGAINS).by_rule
    assert not made.retyped(REGAINS, by_rule=False).by_rule
