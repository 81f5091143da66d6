"""What follows an act told in an article — the doers getting away, a case opened, suspects
charged, the toll restated — and crime or accident stories around violent words: no new event
(session 21). Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

import polemos
from polemos.background import before_judges, habitual
from polemos.background_words import DOERS_LEFT, FUTURE, INQUIRY, REPORT_COUNTS
from polemos.casualties import find_fatalities

PUB = date(2026, 3, 10)


@pytest.mark.parametrize("text", [
    "The attackers withdrew towards the river, carrying some of their wounded.",
    "Les assaillants se sont repliés vers la brousse après l'attaque.",
    "Los atacantes huyeron en motocicletas hacia la sierra.",
    "Нападавшие скрылись на автомобиле.",
    "Нападники відступили до лісу.",
    "وانسحب المهاجمون نحو الغابة.",
])
def test_the_doers_getting_away_is_aftermath(text: str) -> None:
    assert DOERS_LEFT.search(text)


@pytest.mark.parametrize(("text", "opened"), [
    ("Police said they had registered a murder case and detained two suspects.", True),
    ("Le parquet a ouvert une enquête pour tentative de meurtre.", True),
    ("La Fiscalía abrió una investigación por el ataque.", True),
    ("По факту нападения возбуждено уголовное дело.", True),
    ("Поліція відкрила кримінальне провадження.", True),
    ("وفتحت الشرطة تحقيقا في الحادث.", True),
    ("Gunmen killed three police officers at a checkpoint on Monday.", False),
])
def test_an_inquiry_opened(text: str, opened: bool) -> None:
    assert bool(INQUIRY.search(text)) is opened


def test_a_case_registered_after_a_lynching_is_no_second_event() -> None:
    text = ("PALWAL, March 10 - A mob of about 20 men beat a 30-year-old trader to death near "
            "Palwal in Haryana on Monday night after accusing him of theft, police said.\n\n"
            "Police said they had registered a murder case against unidentified persons and "
            "detained three suspects for questioning on Tuesday.")
    events = polemos.extract(text, published=PUB, lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 1)]


def test_an_inquiry_that_restates_the_toll_is_no_second_event() -> None:
    text = ("JOS, March 10 - Gunmen killed at least 14 villagers in an attack on a farming "
            "settlement near Bokkos in Plateau State on Sunday night, police said.\n\n"
            "Police opened an investigation and detained four suspects on Monday, a spokesman "
            "said, adding that the bodies of 14 victims had been recovered.")
    events = polemos.extract(text, published=PUB, lang="en")
    assert [e.fatalities for e in events] == [14]


@pytest.mark.parametrize(("text", "count"), [
    ("A mob beat a 34-year-old man to death near the market.", 1),
    ("Vigilantes beat two 19-year-old students to death.", 2),
    ("A total of 5 people were killed.", 5),
])
def test_an_age_between_the_article_and_the_person(text: str, count: int) -> None:
    found = find_fatalities(text, "en")
    assert found is not None and found.count == count


@pytest.mark.parametrize(("text", "lang"), [
    ("LYON, 10 mars (PR) - Un vigile a été blessé par balle lundi soir lors du braquage d'une "
     "bijouterie du centre-ville, a-t-on appris de source policière.", "fr"),
    ("ЕКАТЕРИНБУРГ, 10 марта - Двое мужчин в масках ворвались в понедельник в ювелирный "
     "магазин, угрожая продавцам пистолетом, и похитили украшения на 5 миллионов рублей.", "ru"),
    ("ЛЬВІВ, 10 березня - Троє людей загинули внаслідок зіткнення автобуса з вантажівкою на "
     "трасі Львів — Стрий у понеділок ввечері. Водій вантажівки не впорався з керуванням і "
     "виїхав на зустрічну смугу. Загинули водій автобуса і двоє пасажирів.", "uk"),
])
def test_a_robbery_or_a_road_crash_is_no_event(text: str, lang: str) -> None:
    assert polemos.extract(text, published=PUB, lang=lang) == []


def test_robbers_who_kill_stay_an_event() -> None:
    text = ("NAIROBI, March 10 - Armed robbers shot dead two guards during a robbery of a bank "
            "in Nairobi's Eastleigh area on Monday, police said.")
    assert polemos.extract(text, published=PUB, lang="en") != []


@pytest.mark.parametrize(("text", "outlet"), [
    ("МОСКВА, 3 ноября (Восток-Пресс) – Суд приговорил", "Восток-Пресс"),
    ("ABUJA, April 6 (Sahel Wire) – Fighters attacked", "Sahel Wire"),
    ("Paris (AFP) - Le gouvernement", "AFP"),
    ("Fighters attacked the base (in Borno) - a soldier said", None),
])
def test_a_dateline_outlet_is_no_place(text: str, outlet: str | None) -> None:
    from polemos.geocode_abroad import DATELINE_OUTLET

    m = DATELINE_OUTLET.match(text)
    assert (m.group(1) if m else None) == outlet


def test_the_outlet_does_not_place_an_event() -> None:
    text = ("МОСКВА, 9 марта (Восток-Пресс) – Дела о поджогах на железной дороге стали "
            "массовыми после начала войны.\n\nВ воскресенье беспилотник атаковал нефтебазу в "
            "Туапсе, пострадали два человека, сообщили власти.")
    events = polemos.extract(text, published=PUB, lang="ru")
    assert [e.location for e in events] == ["Tuapse"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Arson attacks on railway relay boxes have become widespread since the war began.", True),
    ("Дела о поджогах стали массовыми после начала войны.", True),
    ("Les attaques contre les écoles se sont multipliées.", True),
    ("Arsonists set fire to a relay box near Tver on Sunday.", False),
])
def test_acts_grown_common_are_habitual(text: str, expected: bool) -> None:
    assert habitual(text) is expected


def test_a_call_to_protest_on_a_day_to_come() -> None:
    assert FUTURE.search("Activists on Tuesday called for nationwide demonstrations on June 25.")
    assert FUTURE.search("Les syndicats ont appelé à manifester le 25 juin.")
    assert not FUTURE.search("Thousands of people marched on Tuesday in the capital.")


def test_charged_in_court_is_before_judges() -> None:
    assert before_judges("A magistrate charged two police officers with murder over the "
                         "shooting of a protester last year.")
    assert not before_judges("Police shot dead a protester on Monday.")


def test_an_annual_report_in_arabic() -> None:
    assert REPORT_COUNTS.search("قال تقرير سنوي أصدرته منظمة حقوقية إن 1200 مدني قتلوا في 2025")


def test_a_peaceful_rally_for_prisoners_of_war_stays_peaceful() -> None:
    text = ("КИЇВ, 9 березня – Кілька сотень родичів зниклих безвісти та полонених українських "
            "військових у неділю провели мирну акцію на майдані Незалежності в Києві.")
    events = polemos.extract(text, published=PUB, lang="uk")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_the_ends_of_a_road_named_after_its_word() -> None:
    from polemos.toponym_words import ROAD_NAMED_ENDS

    assert ROAD_NAMED_ENDS.search("на трассе Дамаск — Сувейда").group(1) == "Дамаск — Сувейда"
    assert ROAD_NAMED_ENDS.search("на автодорозі Львів — Стрий").group(1) == "Львів — Стрий"
    assert ROAD_NAMED_ENDS.search("sur l'axe Gao-Ansongo").group(1) == "Gao-Ansongo"


def test_a_square_named_after_a_place_is_no_town() -> None:
    text = ("LIMA, 10 mars - Des milliers de chauffeurs ont défilé lundi dans le centre de Lima "
            "pour dénoncer les extorsions. Partis de la place Dos de Mayo en début d'après-midi, "
            "les manifestants ont marché jusqu'au Congrès.")
    events = polemos.extract(text, published=PUB, lang="fr")
    assert events and {e.location for e in events} == {"Lima"}


@pytest.mark.parametrize("text", [
    "By the time a police team reached the village the man was dead.",
    "À l'arrivée des secours, deux corps gisaient sur la route.",
    "Cuando llegaron los agentes, los agresores ya habían huido.",
])
def test_help_arriving_after_the_act(text: str) -> None:
    assert DOERS_LEFT.search(text)
