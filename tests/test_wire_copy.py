"""Wire copy from Latin American, Arabic and Sahel agencies, end to end: datelines of their
own shapes, gangs named after places or numbers, ground taken told with a day in between.
The articles are written for these tests (not taken from any outlet or data set)."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.actors import ActorRegistry
from polemos.pipeline import Pipeline
from polemos.schema import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str, published: date, lang: str) -> list:
    return pipeline.extract(Document(text=text, published=published, language=lang))


def test_a_gang_named_like_a_village_is_no_place(pipeline: Pipeline) -> None:
    text = ("GUAYAQUIL, 6 may (Diario Costero).- Cuatro personas murieron la noche del domingo en "
            "un enfrentamiento armado entre integrantes de las bandas Los Lobos y Los Choneros en "
            "la ciudadela Las Orquídeas, en el cantón Durán, provincia del Guayas, informó la "
            "Policía.")
    events = _events(pipeline, text, date(2025, 5, 6), "es")
    assert events
    assert all(e.location != "Los Lobos" for e in events)
    assert any(e.admin1 == "Guayas" for e in events)


def test_a_number_in_a_gang_name_counts_no_one(pipeline: Pipeline) -> None:
    text = ("PORT-AU-PRINCE, 24 juin (Agence Caraïbe) - Au moins quatre membres présumés du gang "
            "400 Mawozo ont été tués hier lors d'une frappe de drone de la police à "
            "Croix-des-Bouquets, a annoncé la police.")
    events = _events(pipeline, text, date(2025, 6, 24), "fr")
    assert events and events[0].fatalities == 4


def test_the_spanish_dateline_day_is_not_the_event_day(pipeline: Pipeline) -> None:
    text = ("PUEBLA, Pue., 19 de febrero (Crónica Sur).- Agentes de la Policía Estatal detuvieron "
            "este martes en Zacatlán a tres hombres señalados como presuntos instigadores de un "
            "linchamiento.")
    events = _events(pipeline, text, date(2025, 2, 19), "es")
    assert events and events[0].event_date == date(2025, 2, 18)
    assert events[0].sub_event_type == "Arrests"


def test_ground_taken_with_the_day_in_between(pipeline: Pipeline) -> None:
    text = ("BAMAKO, 27 mai (Sahel Info) - Des combattants du JNIM ont pris samedi le contrôle du "
            "camp militaire de Ké-Macina, dans la région de Ségou, au terme de plusieurs heures "
            "de combats, ont indiqué des sources locales.")
    events = _events(pipeline, text, date(2025, 5, 27), "fr")
    assert [e.sub_event_type for e in events][:1] == ["Non-state actor overtakes territory"]


def test_an_arabic_agency_dateline_is_not_the_event_place(pipeline: Pipeline) -> None:
    text = ("دمشق – (وكالة الشام) – تجددت مساء أمس الاثنين اشتباكات بين فصائل محلية ومسلحين من "
            "العشائر على الأطراف الغربية لمدينة السويداء جنوبي سوريا، ما أسفر عن مقتل ثلاثة "
            "مسلحين على الأقل.")
    events = _events(pipeline, text, date(2025, 8, 26), "ar")
    assert events
    assert all(e.location != "Damascus" for e in events)


def test_digits_of_a_group_name_are_blanked_in_place() -> None:
    reg = ActorRegistry.default()
    text = "Des membres du gang 400 Mawozo ont été tués."
    blanked = reg.digits_blanked(text)
    assert len(blanked) == len(text) and "400" not in blanked and "###" in blanked
    assert reg.digits_blanked("Quatre soldats tués.") == "Quatre soldats tués."


def test_only_the_country_told_places_the_event_where_the_report_was_filed(
        pipeline: Pipeline) -> None:
    text = ("ТБИЛИСИ, 14 марта (Кавказ-Информ) - Полиция в четверг вечером применила водометы, "
            "чтобы разогнать несколько сотен демонстрантов у здания парламента Грузии, сообщило "
            "МВД.")
    events = _events(pipeline, text, date(2025, 3, 14), "ru")
    assert events and events[0].location == "Tbilisi"
    assert events[0].geo_precision == 3  # the city stands for a place the text does not give
    assert any(e.field == "location" and e.text == "ТБИЛИСИ" for e in events[0].evidence)


def test_a_dateline_abroad_does_not_place_the_event(pipeline: Pipeline) -> None:
    text = ("PARIS, 14 mars (Agence Horizons) - Des hommes armés ont tué jeudi six soldats lors "
            "d'une attaque contre un poste militaire au Mali, a annoncé l'armée malienne.")
    events = _events(pipeline, text, date(2025, 3, 14), "fr")
    assert events and events[0].country_code == "ML"
    assert events[0].location != "Paris"


def test_towns_listed_with_their_prepositions_are_one_event_each(pipeline: Pipeline) -> None:
    text = ("CIUDAD DE MÉXICO, 27 may (Agencia Sur) - Miles de maestros marcharon este martes en "
            "Oaxaca de Juárez y en Tuxtla Gutiérrez para exigir la abrogación de la reforma, "
            "mientras que en Chilpancingo la protesta terminó en enfrentamientos con la policía.")
    events = _events(pipeline, text, date(2025, 5, 27), "es")
    places = {e.location: e for e in events}
    assert {"Oaxaca", "Tuxtla"} <= set(places), places.keys()
    # the city, not the municipality named "Oaxaca de Juárez" around it
    assert places["Oaxaca"].geo_precision == 1


def test_a_place_within_a_listed_town_stands_for_it(pipeline: Pipeline) -> None:
    text = ("NAIROBI, Aug 16 - In Buruburu area in Nairobi and in Kiambu, police fired teargas on "
            "Tuesday to disperse protesters.")
    events = _events(pipeline, text, date(2017, 8, 16), "en")
    assert {"Buruburu", "Kiambu"} <= {e.location for e in events}


def test_protest_fired_on_and_a_riot_elsewhere_the_same_day(pipeline: Pipeline) -> None:
    # "وفي قضاء الرفاعي": another place the same day; protesters stoning the police riot
    text = ("بغداد، 15 يوليو (وكالة) - قُتل متظاهر أمس الثلاثاء عندما أطلقت الشرطة الرصاص الحي "
            "لتفريق مئات المحتجين أمام مبنى المحافظة في مدينة الناصرية، بحسب مصادر طبية. "
            "وكان المحتجون يطالبون بتحسين خدمات الكهرباء والماء. "
            "وفي قضاء الرفاعي، أضرم محتجون النار في إطارات ورشقوا قوات الأمن بالحجارة، ما أسفر "
            "عن إصابة ثلاثة من عناصر الشرطة.")
    events = _events(pipeline, text, date(2026, 7, 15), "ar")
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [
        ("Excessive force against protesters", "2026-07-14"),
        ("Violent demonstration", "2026-07-14")]
    assert events[1].admin1 == "Thi Qar" and events[1].location != events[0].location
