"""Types the detector misread on fresh articles (session 21): a march dispersed by the police
is a protest with intervention, clashes between two armed sides an armed clash, an attack
repelled a fight (no ground retaken), relatives gathered calling on the authorities a
peaceful protest. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import polemos
from polemos.codebook import dispersed_march
from polemos.features import concepts_of

PUB = date(2026, 3, 10)


@pytest.mark.parametrize(("text", "expected"), [
    ("La police a dispersé lundi à coups de gaz lacrymogène des milliers de chauffeurs qui "
     "défilaient dans le centre de la ville pour dénoncer les extorsions.", True),
    ("Los agentes lanzaron bombas lacrimógenas para dispersar a los manifestantes.", True),
    ("Police fired tear gas to disperse rioters who were looting shops.", False),
    ("Thousands marched peacefully through the capital on Monday.", False),
])
def test_a_march_dispersed_by_the_police(text: str, expected: bool) -> None:
    assert dispersed_march(text) is expected


def test_a_dispersed_march_is_a_protest_with_intervention() -> None:
    text = ("LIMA, 10 mars - La police péruvienne a dispersé lundi à coups de gaz lacrymogène "
            "plusieurs milliers de chauffeurs de bus qui défilaient dans le centre de Lima pour "
            "dénoncer la vague d'assassinats visant les transporteurs.")
    events = polemos.extract(text, published=PUB, lang="fr")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_clashes_between_two_armed_sides_in_arabic() -> None:
    text = ("دمشق، 10 مارس - قتل أربعة أشخاص أمس الاثنين في اشتباكات اندلعت بين مسلحين من "
            "أبناء العشائر ومقاتلين محليين في بلدة المزرعة غرب مدينة السويداء.")
    events = polemos.extract(text, published=PUB, lang="ar")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Прикордонники відбили спробу диверсійної групи проникнути на територію України.",
    "Военные отбили атаку боевиков на блокпост.",
])
def test_an_attack_repelled_is_a_fight_not_ground_retaken(text: str) -> None:
    found = concepts_of(text)
    assert "CLASH" in found and "RETAKE" not in found


def test_relatives_gathered_calling_on_the_authorities() -> None:
    text = ("ПОЛТАВА, 10 березня - Близько двохсот родичів зниклих безвісти військових "
            "зібралися в неділю на площі перед міською радою Кременчука, закликаючи владу "
            "пришвидшити обміни полоненими.")
    events = polemos.extract(text, published=PUB, lang="uk")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_police_acts_after_force_on_a_calm_crowd_make_no_riot() -> None:
    text = ("LA PAZ, 10 mar – Un manifestante murió y doce resultaron heridos el lunes cuando la "
            "policía despejó por la fuerza un bloqueo de campesinos en la carretera cerca de "
            "Sacaba, informó la Defensoría del Pueblo.\n\nSegún testigos, los agentes llegaron a "
            "media mañana, lanzaron gases lacrimógenos y, minutos después, se escucharon "
            "disparos.\n\n\"Estábamos sentados en la carretera, sin palos ni piedras\", dijo un "
            "dirigente campesino.")
    events = polemos.extract(text, published=PUB, lang="es")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_stones_denied_are_no_riot() -> None:
    assert "RIOT" not in concepts_of("Estábamos sentados en la carretera, sin palos ni piedras.")
    assert "RIOT" in concepts_of("Los manifestantes lanzaron piedras contra la policía.")
