"""A country named as the doer of a strike is its military (polemos.state_actor); sentences
written for polemos."""

import pytest

from polemos.state_actor import acting_state, state_mentions


@pytest.fixture(scope="module")
def geocoder():
    from polemos.geocode import Geocoder

    return Geocoder()


@pytest.mark.parametrize("text,lang,doer", [
    ("Russia launched a drone attack on Odesa on Thursday.", "en", "RU"),
    ("Dos personas murieron en el ataque con drones que Rusia lanzó contra Odesa.", "es", "RU"),
    ("Les Russes ont bombardé Kharkiv mardi.", "fr", "RU"),
    ("Israel struck a building in Gaza City.", "en", "IL"),
    ("قصفت إسرائيل مبنى في مدينة غزة.", "ar", "IL"),
    ("Россия нанесла удар по Одессе.", "ru", "RU"),
    ("Росіяни в середу обстріляли з артилерії центральну частину Херсона.", "uk", "RU"),
    ("Russia said Ukraine launched 40 drones at Moscow overnight.", "en", "UA"),
    # a country as a place or a headline's topic is no doer
    ("Nigeria attack kills 20 villagers.", "en", None),
    ("A drone attack hit Russia's Belgorod region.", "en", None),
    ("Sudan clashes kill 12.", "en", None),
])
def test_the_state_doing_the_act(geocoder, text, lang, doer):
    found = acting_state(text, state_mentions(geocoder.geoparse(text, lang=lang), 0, len(text)))
    assert (found[2] if found else None) == doer


@pytest.mark.parametrize("text,lang,inter", [
    ("KYIV, May 8 - Russia launched a drone attack on Odesa on Thursday night, killing two "
     "people, regional officials said.", "en", 8),
    ("GAZA, 8 mai - Israël a frappé jeudi un immeuble de la ville de Gaza, tuant cinq "
     "personnes.", "fr", None),
])
def test_pipeline_names_the_state_forces(text, lang, inter):
    from polemos.pipeline import extract

    events = extract(text, published="2025-05-09", lang=lang)
    assert events and events[0].actor1 is not None
    assert events[0].actor1.startswith("Military Forces of ")
    assert ("Russia" in events[0].actor1) == ("Russia" in text)
    if inter is not None:
        assert events[0].inter1 == inter  # Russian forces in Ukraine are external forces
