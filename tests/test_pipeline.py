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


@pytest.mark.parametrize(
    ("text", "lang", "admin1"),
    [
        ("Gunmen killed three people in an attack on a remote village in Lamu County on Sunday.",
         "en", "Lamu"),
        ("Des hommes armés ont tué deux civils dans un hameau isolé de la région de Mopti "
         "dimanche.", "fr", "Mopti"),
        ("Hombres armados asesinaron a dos campesinos en una vereda del departamento del Cauca "
         "el domingo.", "es", "Cauca"),
    ],
)
def test_area_word_gives_the_province(pipeline: Pipeline, text: str, lang: str,
                                      admin1: str) -> None:
    """A sentence naming no known town takes the province its area word names."""
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 12), language=lang))
    assert events and events[0].admin1 == admin1
    _check_evidence(Document(text=text), events)


def test_fatalities_from_the_text_and_peaceful_protest(pipeline: Pipeline) -> None:
    # A coder's remark is not news: the figure comes from what the text reports.
    text = ("On 4 March, militants attacked an army post near Gao, killing 3 soldiers. "
            "Fatalities coded as 0 (a partisan source reported 3).")
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 6), language="en"))
    assert events and events[0].fatalities == 3
    text = "Students marched peacefully in Bamako on Monday after a classmate was killed."
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 6), language="en"))
    assert all(e.fatalities == 0 for e in events if e.sub_event_type == "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "lang", "cc", "group"),
    [
        ("Al Shabaab militants attacked a village near Mandera on Sunday. Two people were killed.",
         "en", "KE", "Al Shabaab"),
        ("Des militants du JNIM ont attaqué un village près de Boni dimanche. Deux civils ont été "
         "tués.", "fr", "ML", "JNIM"),
    ],
)
def test_follow_up_sentence_keeps_the_named_perpetrator(pipeline: Pipeline, text: str, lang: str,
                                                        cc: str, group: str) -> None:
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 12), language=lang,
                                       country=cc))
    assert events and all(e.actor1 and e.actor1.startswith(group) for e in events)
    _check_evidence(Document(text=text), events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Government troops fought rebels in Omdurman on Tuesday. A local medical group said 15 "
     "people were killed.", "en"),
    ("Soldados y rebeldes se enfrentaron el martes en Omdurmán. Según fuentes médicas, "
     "quince personas murieron.", "es"),
])
def test_a_toll_sentence_with_no_perpetrator_goes_on_about_the_event(
        pipeline: Pipeline, text: str, lang: str) -> None:
    """A later sentence with no place, day or perpetrator of its own is no second event."""
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 14), language=lang))
    assert len(events) == 1 and events[0].fatalities == 15
    _check_evidence(Document(text=text), events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hundreds of farmers marched in Paris on Tuesday. Police fired tear gas to disperse them.",
     "en"),
])
def test_a_protest_takes_the_intervention_told_next(pipeline: Pipeline, text: str,
                                                   lang: str) -> None:
    events = pipeline.extract(Document(text=text, published=date(2024, 2, 6), language=lang))
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    # no figure told, and ACLED codes a protest with intervention with 0 dead
    assert events[0].location == "Paris" and events[0].fatalities == 0
    _check_evidence(Document(text=text), events)


@pytest.mark.parametrize(("text", "lang", "sub", "fatalities"), [
    # types ACLED always codes with 0 dead: no figure told is 0
    ("Gunmen abducted a village chief near Mopti on Monday, residents said.", "en",
     "Abduction/forced disappearance", 0),
    ("La police a arrêté lundi à Niamey un opposant accusé de complot contre l'État.", "fr",
     "Arrests", 0),
    # a violent type with no figure told stays unknown
    ("Gunmen attacked a village near Mopti on Monday and burned several houses.", "en",
     "Attack", None),
])
def test_fatalities_of_types_acled_codes_without_deaths(pipeline: Pipeline, text: str, lang: str,
                                                         sub: str, fatalities: int | None) -> None:
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language=lang))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(sub, fatalities)]


def test_a_one_sentence_paragraph_goes_on_about_the_event_before(pipeline: Pipeline) -> None:
    """Wire copy puts each sentence in its own paragraph: the next one keeps the day and place
    just reported; a sentence about years, not a day, is background."""
    text = ("Hundreds of protesters marched in Zinder on Monday against fuel prices.\n\n"
            "Police fired tear gas to disperse them.\n\n"
            "The city has seen repeated demonstrations against fuel prices in recent years.")
    events = pipeline.extract(Document(text=text, published=date(2024, 7, 31), language="en"))
    assert [(e.sub_event_type, e.location, e.event_date, e.time_precision) for e in events] == [
        ("Protest with intervention", "Zinder", date(2024, 7, 29), 1)]
    _check_evidence(Document(text=text), events)


def test_the_next_sentence_toll_is_not_read_from_background(pipeline: Pipeline) -> None:
    text = ("Gunmen attacked a village near Mopti on Monday and burned several houses. "
            "Armed groups have killed thousands of people in central Mali in recent years.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language="en"))
    assert events and all(e.fatalities is None for e in events)


def test_a_detail_told_in_the_same_place_by_no_one_new_is_no_second_event(
        pipeline: Pipeline) -> None:
    text = ("Gunmen attacked a police post in Djibo on Monday, killing two officers. The "
            "attackers set fire to a vehicle and looted shops in Djibo before fleeing.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language="en"))
    assert len(events) == 1 and events[0].location == "Djibo" and events[0].fatalities == 2
    # another place and new actors: another event
    text = ("Gunmen attacked a police post in Djibo on Monday, killing two officers. "
            "Separately, soldiers clashed with JNIM fighters near Arbinda.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language="en"))
    assert len(events) == 2


def test_a_protest_that_turned_violent_is_one_riot(pipeline: Pipeline) -> None:
    text = ("Hundreds of traders protested in Kisumu on Monday over new taxes. The protesters "
            "later burnt tyres and looted shops.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language="en"))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Violent demonstration", "Rioters (Kenya)")]
    _check_evidence(Document(text=text), events)


def test_country_prior_keeps_namesakes_at_home(pipeline: Pipeline) -> None:
    """With a national feed's country, a village is not read as a namesake abroad."""
    for text, lang in (("Gunmen attacked a truck between Boni and Douentza on Sunday.", "en"),
                       ("Des hommes armés ont attaqué un camion près de Boni dimanche.", "fr")):
        events = pipeline.extract(Document(text=text, published=date(2024, 3, 12), language=lang,
                                           country="ML"))
        assert events and all(e.country_code == "ML" for e in events)


def test_within_prior_drops_lone_foreign_namesakes() -> None:
    from types import SimpleNamespace as NS

    from polemos.event_place import within_prior

    boni = NS(country_code="DE", feature_code="PPLA", kind="place")  # "Boni" read as Bonn
    gao = NS(country_code="ML", feature_code="PPL", kind="place")
    assert within_prior([boni, gao], "ML") == [gao]
    germany = NS(country_code="DE", feature_code="PCLI", kind="place")  # Germany is named
    assert within_prior([boni, gao, germany], "ML") == [boni, gao, germany]


def test_inherit_perpetrator_only_replaces_an_unnamed_one() -> None:
    from polemos.candidates import Candidate, inherit_perpetrator

    prev = Candidate(0, 0, 10, "Armed clash", "Battles", 0.9)
    prev.add("actor1", "Al Shabaab", 0, 10, "Al Shabaab")
    cur = Candidate(1, 11, 30, "Attack", "Violence against civilians", 0.9)
    cur.add("actor1", "Unidentified Armed Group (Kenya)", 20, 26, "killed")
    inherit_perpetrator(cur, prev)
    assert cur.fields["actor1"] == "Al Shabaab"
    assert [e.text for e in cur.evidence if e.field == "actor1"] == ["Al Shabaab"]
    named = Candidate(1, 11, 30, "Attack", "Violence against civilians", 0.9)
    named.add("actor1", "JNIM: Group for Support of Islam and Muslims", 11, 15, "JNIM")
    inherit_perpetrator(named, prev)
    assert named.fields["actor1"].startswith("JNIM")


@pytest.mark.parametrize(
    ("text", "lang", "cc"),
    [
        ("Malian soldiers clashed with jihadists on Sunday, killing four of them.", "en", "ML"),
        ("Des soldats burkinabè ont tué quatre jihadistes lors de violents combats dimanche.", "fr",
         "BF"),
        ("Kenyan police fired tear gas at rioters who burned tyres on Monday.", "en", "KE"),
    ],
)
def test_country_implied_by_who_acts(pipeline: Pipeline, text: str, lang: str, cc: str) -> None:
    """No place named: the demonyms and national forces give the event's country."""
    events = pipeline.extract(Document(text=text, published=date(2024, 3, 12), language=lang))
    assert events and all(e.country_code == cc for e in events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Lors de la révolution de 2011, des manifestants ont été tués par la police à Tunis.", "fr"),
    ("During the 2011 uprising, police killed dozens of protesters in Tunis.", "en"),
    ("Durante la revuelta de 2011, la policía mató a decenas de manifestantes en Túnez.", "es"),
])
def test_a_sentence_dated_only_by_an_old_year_is_history(pipeline: Pipeline, text: str,
                                                         lang: str) -> None:
    doc = Document(text=text, published=date(2024, 3, 12), language=lang)
    assert pipeline.extract(doc) == []


@pytest.mark.parametrize(("text", "lang"), [
    # the detector misses this French sentence (event score 0.24; docs/model.md); police
    # killing protesters is told plainly enough for weapons.act_of to make it the event
    ("Hier, des manifestants ont été tués par la police à Tunis.", "fr"),
    ("Yesterday police killed dozens of protesters in Tunis.", "en"),
    ("Ayer la policía mató a decenas de manifestantes en Túnez.", "es"),
])
def test_the_same_act_with_a_day_of_its_own_is_news(pipeline: Pipeline, text: str,
                                                    lang: str) -> None:
    assert pipeline.extract(Document(text=text, published=date(2024, 3, 12), language=lang))


def test_headline_without_a_day_and_its_dated_report_are_one_event(pipeline: Pipeline) -> None:
    text = ("Gunmen kill four villagers near Djibo\n\n"
            "Gunmen killed four villagers near Djibo on Tuesday, local officials said.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 10), language="en"))
    assert len(events) == 1
    assert events[0].event_date == date(2024, 5, 7) and events[0].time_precision == 1
    ev = [e for e in events[0].evidence if e.field == "event_date"]
    assert ev and ev[0].text.endswith("Tuesday")
    # two reports of the same kind on two named days stay two events
    two = ("Gunmen killed four villagers near Djibo on Tuesday. "
           "Gunmen killed two more villagers near Djibo on Thursday.")
    days = {e.event_date for e in pipeline.extract(
        Document(text=two, published=date(2024, 5, 10), language="en"))}
    assert days == {date(2024, 5, 7), date(2024, 5, 9)}


def test_location_is_ascii_as_acled_writes_it(pipeline: Pipeline) -> None:
    from polemos.gazetteer_build import ascii_name

    assert ascii_name("Al Ḩasakah") == "Al Hasakah" and ascii_name("Łódź") == "Lodz"
    doc = Document(text="A car bomb killed three people in Al Hasakah on Sunday, officials said.",
                   published=date(2024, 2, 12), language="en")
    events = pipeline.extract(doc)
    assert events and all(e.location is None or e.location.isascii() for e in events)


@pytest.mark.parametrize("text,country", [
    ("FAMa soldiers clashed with JNIM militants near Pensa on Sunday, killing four militants.",
     "ML"),
    ("KDF soldiers repulsed Al Shabaab militants who attacked their camp at Tori on Sunday.",
     "KE"),
])
def test_villages_of_a_note_naming_no_country_are_looked_up_where_its_actors_are(
        pipeline: Pipeline, text: str, country: str) -> None:
    """A village with a famous namesake abroad (Penza, Turin) is not the namesake when the
    actors tell the country and no place, province or demonym does."""
    events = pipeline.extract(Document(text=text, published=date(2019, 5, 12), language="en"))
    assert events and all(e.country_code == country for e in events)


@pytest.mark.parametrize("text", [
    "Suspected JNIM militants attacked the gendarmerie post in Pensa on Sunday, burning two cars.",
    "Al Shabaab militants attacked a police camp in Tori on Sunday, killing two officers.",
])
def test_a_cross_border_group_keeps_its_villages_out_of_other_continents(
        pipeline: Pipeline, text: str) -> None:
    """JNIM and Al Shabaab act in several countries (no single one is implied): their villages
    are read in those countries, and a namesake elsewhere (Penza in Russia, Turin) is dropped."""
    events = pipeline.extract(Document(text=text, published=date(2019, 5, 12), language="en"))
    assert events
    assert all(e.country_code in (None, "ML", "BF", "NE", "SO", "KE") for e in events)


def test_implied_area_lists_the_countries_of_the_groups_named(pipeline: Pipeline) -> None:
    from polemos.event_place import implied_area

    assert implied_area(pipeline.actors, "JNIM militants burned a school.") == ("ML", "BF", "NE")
    assert implied_area(pipeline.actors, "Al Shabaab fighters and JNIM militants") == (
        "SO", "KE", "ML", "BF", "NE")
    assert implied_area(pipeline.actors, "Gunmen burned a school.") == ()


def test_the_same_strike_told_again_in_its_province_is_one_event(pipeline: Pipeline) -> None:
    """The other side's account of the day's strike, placed only in the province, is no second
    event; a strike the same day in another province is."""
    text = ("A drone strike killed three fighters on Monday near Kidal, the rebels said. The army "
            "said in a statement it had neutralised several terrorists in an air strike in the "
            "Kidal region.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language="en"))
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Kidal")]
    other = ("A drone strike killed three fighters on Monday near Kidal, the rebels said. On the "
             "same day, a drone strike killed two herders in the Menaka region.")
    events = pipeline.extract(Document(text=other, published=date(2024, 5, 15), language="en"))
    assert [e.location for e in events] == ["Kidal", "Menaka"]


def test_a_place_in_a_groups_name_does_not_move_the_event(pipeline: Pipeline) -> None:
    """"Congo" inside the CODECO's French name put a Djugu report in the Republic of Congo (a
    namesake country, then Djugu a stray town of another country)."""
    text = ("Quatre femmes ont été violées mardi par des miliciens présumés de la Coopérative pour "
            "le développement du Congo (CODECO) près de Djugu.")
    events = pipeline.extract(Document(text=text, published=date(2024, 5, 15), language="fr"))
    assert [(e.location, e.country_code, e.actor1) for e in events] == [
        ("Djugu", "CD", "CODECO: Cooperative for Development of Congo")]


@pytest.mark.parametrize(("text", "lang"), [
    ("БЕЛГОРОД, 15 марта — Один человек погиб в результате атаки украинского беспилотника на "
     "автомобиль в Грайвороне, сообщил в субботу губернатор.\n\nПо его словам, дрон ударил по "
     "машине вчера около 17:00.", "ru"),
    ("One man was killed when a drone struck a car in Graivoron, the governor said on "
     "Saturday.\n\nThe drone hit the car yesterday at about 5 pm, he said.", "en"),
])
def test_the_acts_day_told_after_the_reports_day(pipeline: Pipeline, text: str,
                                                  lang: str) -> None:
    """The lead dates only the report ("сообщил в субботу"): the act's day comes next."""
    events = pipeline.extract(Document(text=text, published=date(2025, 3, 15), language=lang))
    assert events and events[0].event_date == date(2025, 3, 14)


def test_the_first_events_day_told_next(pipeline: Pipeline) -> None:
    """The lead tells the arrest with no day; the next sentence gives it."""
    text = ("В Гомеле задержан журналист, сотрудничавший с независимыми изданиями, сообщила "
            "ассоциация журналистов.\n\nКак рассказали правозащитники, 10 ноября утром в квартиру "
            "журналиста пришли сотрудники милиции.")
    events = pipeline.extract(Document(text=text, published=date(2025, 11, 12), language="ru"))
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Arrests", date(2025, 11, 10))]


def test_people_hurt_and_no_one_dead_is_zero_dead_with_its_evidence(pipeline: Pipeline) -> None:
    text = ("Russian shelling hit a school in Kherson on Monday, wounding three teachers. "
            "Firefighters put out the blaze within an hour.")
    doc = Document(text=text, published=date(2025, 3, 4), language="en")
    events = pipeline.extract(doc)
    assert [e.fatalities for e in events] == [0]
    assert [ev.text for ev in events[0].evidence if ev.field == "fatalities"] == ["wounding"]
    # a later sentence's toll wins over the wounded
    doc = Document(text=text.replace("Firefighters put out the blaze within an hour.",
                                     "One of them died in hospital on Tuesday."),
                   published=date(2025, 3, 4), language="en")
    assert [e.fatalities for e in pipeline.extract(doc)] == [1]
