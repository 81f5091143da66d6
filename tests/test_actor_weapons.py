"""A state's weapon names its forces; sub-units; offices that are not actors; the tokenizer's
Arabic marks and Cyrillic й. Sentences written for these tests."""

from __future__ import annotations

import pytest

from polemos.actor_trie import fold, tokens
from polemos.actors import ActorRegistry
from polemos.arrests import is_arrest


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


# (sub_event_type, country of the event, sentence, actor1 (era suffix left out), its words)
WEAPON_CASES = [
    ("Shelling/artillery/missile attack", "UA",
     "A Russian missile struck a residential district of Kharkiv on Friday morning.",
     "Military Forces of Russia", "Russian missile"),
    ("Air/drone strike", "LB",
     "Trois civils ont été tués mercredi dans une frappe israélienne contre une maison de Tyr.",
     "Military Forces of Israel", "frappe israélienne"),
    ("Air/drone strike", "LB",
     "Two farmers were killed in an Israeli drone strike on a village near Tyre.",
     "Military Forces of Israel", "Israeli drone strike"),
    ("Air/drone strike", "PS",
     "استشهد ثلاثة شبان في قصف نفذته طائرة مسيّرة إسرائيلية على مخيم جنين.",
     "Military Forces of Israel", "طائرة مسيّرة إسرائيلية"),
    ("Air/drone strike", "RU",
     "В субботу украинский беспилотник атаковал Белгород, погибли два человека.",
     "Military Forces of Ukraine", "украинский беспилотник"),
    ("Air/drone strike", "UA",
     "Уночі російські ударні дрони атакували портову інфраструктуру Одеси.",
     "Military Forces of Russia", "російські ударні дрони"),
    ("Shelling/artillery/missile attack", "UA",
     "Un misil ruso impactó el jueves en un edificio de viviendas de Dnipró.",
     "Military Forces of Russia", "misil ruso"),
    ("Disrupted weapons use", "UA",
     "Ukrainian air defence shot down 20 Russian drones over Kyiv overnight.",
     "Military Forces of Ukraine", "Ukrainian air defence"),
    # one weapon: the adjective in the singular (ru/uk), a warplane (ar)
    ("Shelling/artillery/missile attack", "UA",
     "У п'ятницю російська ракета влучила в житловий будинок у Дніпрі.",
     "Military Forces of Russia", "російська ракета"),
    ("Air/drone strike", "UA",
     "Российский авиаудар разрушил школу в пригороде Харькова.",
     "Military Forces of Russia", "Российский авиаудар"),
    ("Air/drone strike", "LB",
     "شنت طائرة حربية إسرائيلية غارة على منزل في بلدة قرب صور.",
     "Military Forces of Israel", "طائرة حربية إسرائيلية"),
]


@pytest.mark.parametrize("sub,cc,text,actor1,words", WEAPON_CASES)
def test_a_states_weapon_names_its_forces(reg, sub, cc, text, actor1, words) -> None:
    got = reg.fill(text, None, sub, cc).actor1
    assert got is not None and got.name.startswith(actor1), got
    assert got.text == words and text[got.start:got.end] == words


def test_a_labour_strike_is_not_a_military(reg) -> None:
    text = "Teachers joined a Kenyan strike over pay in Nairobi on Monday."
    assert not any(m.name.startswith("Military") for m in reg.find(text, "en", "KE"))


@pytest.mark.parametrize("text,cc", [
    ("За даними Харківської обласної військової адміністрації, загинули четверо людей.", "UA"),
    ("Как сообщила областная военная администрация, погибли два человека.", "UA"),
    ("A military court in Bamako sentenced two former officers on Monday.", "ML"),
])
def test_an_office_named_after_the_military_is_no_actor(reg, text, cc) -> None:
    assert not any(m.name.startswith("Military") for m in reg.find(text, None, cc))


@pytest.mark.parametrize("text,lang", [
    ("Співробітники СБУ затримали в Харкові чоловіка, який передавав ворогу координати.", "uk"),
    ("The SBU detained a man in Kharkiv suspected of passing coordinates to Russia.", "en"),
])
def test_the_sbu_is_acleds_subunit_and_still_an_arrest(reg, text, lang) -> None:
    fill = reg.fill(text, lang, "Arrests", "UA")
    assert fill.actor1 is not None
    assert fill.actor1.name == "Police Forces of Ukraine (2019-) Security Service of Ukraine"
    assert fill.actor1.inter == 1
    assert is_arrest(text, reg, "UA")


def test_subunits_do_not_replace_the_force_for_generic_words(reg) -> None:
    assert reg.generic_actor("police", "UA") == ("Police Forces of Ukraine (2019-)", 1)
    assert reg.generic_actor("military", "RU") == ("Military Forces of Russia (2000-)", 1)


def test_arabic_marks_stay_inside_their_word() -> None:
    assert [t.raw for t in tokens("طائرة مسيّرة")] == ["طائرة", "مسيّرة"]
    assert fold("مسيّرة") == fold("مسيرة")


def test_cyrillic_short_i_is_a_letter() -> None:
    # "й" must not become "и" + breve: the adjective ending "-ий" is then stripped like "-ие"
    assert fold("украинский") == fold("украинские") == "украинск"
    assert fold("ёлка") == fold("елка")


@pytest.mark.parametrize("text,cc,sub,actor1,actor2", [
    ("Dos policías murieron cuando disidentes de las FARC lanzaron explosivos desde drones contra "
     "la estación.", "CO", "Air/drone strike",
     "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction", "Police Forces"),
    ("Trois soldats sont morts lorsque des jihadistes ont attaqué leur poste près de Boni.", "ML",
     "Armed clash", "JNIM", "Military Forces of Mali"),
])
def test_those_who_died_are_not_the_perpetrator(reg, text, cc, sub, actor1, actor2) -> None:
    fill = reg.fill(text, None, sub, cc)
    assert fill.actor1 is not None and fill.actor1.name.startswith(actor1)
    assert fill.actor2 is not None and fill.actor2.name.startswith(actor2)


@pytest.mark.parametrize("name,day,expected", [
    ("Military Forces of Mali (2013-2020)", "2024-05-01", "Military Forces of Mali (2021-)"),
    ("Military Forces of Mali (2013-2020)", "2018-05-01", "Military Forces of Mali (2013-2020)"),
    ("Military Forces of Mali (2013-2020)", "2021-01-10", "Military Forces of Mali (2020-2021)"),
    ("Police Forces of Burkina Faso (2015-) Gendarmerie", "2023-01-01",
     "Police Forces of Burkina Faso (2022-) Gendarmerie"),
    ("Military Forces of Kenya (2013-)", "2019-01-01", "Military Forces of Kenya (2013-2022)"),
    ("Military Forces of the Philippines (2016-)", "2023-01-01",
     "Military Forces of the Philippines (2022-)"),
    ("Military Forces of Russia (2000-)", "2023-01-01", "Military Forces of Russia (2000-)"),
    ("Islamic State (Greater Sahara)", "2019-06-01", "Islamic State (Greater Sahara)"),
    ("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)",
     "2023-01-01", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"),
])
def test_names_follow_the_era_of_the_events_day(reg, name, day, expected) -> None:
    from datetime import date

    assert reg.dated_name(name, date.fromisoformat(day)) == expected
    assert reg.dated_name(name, None) == name


def test_rebel_forces_are_no_state_military(reg) -> None:
    fill = reg.fill("Rebel forces fired mortars at army positions near the town.", "en",
                    "Shelling/artillery/missile attack", "CD")
    assert fill.actor1 is not None and fill.actor1.name.startswith("Unidentified Armed Group")
