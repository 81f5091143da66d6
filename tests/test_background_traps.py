"""Articles full of violent words that report no new event: a match report, a commemoration,
a funeral, a parade, a warning, an annual report, a mine blast, a month's toll of a town
regularly shelled; and the events that must survive next to such words. Texts written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

import polemos
from polemos.background import announced, remembers, told_alone
from polemos.background_words import DRILL as _DRILL
from polemos.background_words import MATCH as _MATCH
from polemos.background_words import REPORT_COUNTS as _REPORT_COUNTS

PUB = date(2026, 3, 10)


@pytest.mark.parametrize(("text", "lang"), [
    ("KAMPALA, March 9 - Uganda survived a late siege to beat Rwanda 2-1 in a bruising "
     "qualifier on Sunday, a match both coaches had billed as a battle. Rwanda launched wave "
     "after wave of attacks after the break under what the captain called an aerial "
     "bombardment of long throws.", "en"),
    ("LYON, 9 mars - Des centaines de personnes se sont recueillies lundi devant la mairie, "
     "cinq ans jour pour jour après l'attentat qui avait fait 12 morts dans le quartier.", "fr"),
    ("حلب، 10 مارس - شيّع مئات من الأهالي أمس جثامين أربعة من ضحايا انفجار السيارة المفخخة "
     "الذي هز سوق المدينة في الأول من مارس.", "ar"),
    ("بغداد، 10 مارس - أقيم أمس عرض عسكري بمناسبة عيد الجيش، وقدمت وحدات مكافحة الإرهاب "
     "عرضاً لاقتحام مبنى وتحرير رهائن أمام المنصة الرسمية.", "ar"),
    ("QUITO, 10 de marzo - El ministro del Interior advirtió el lunes que bandas criminales "
     "preparan una ola de atentados con coches bomba contra cárceles en Guayaquil.", "es"),
    ("LIMA, 10 de marzo - El país registró el año pasado 1.200 homicidios y 40 ataques armados "
     "contra policías, según el informe anual de un observatorio presentado el lunes.", "es"),
    ("КЕМЕРОВО, 10 марта - Шесть горняков погибли в результате взрыва метановоздушной смеси "
     "на угольной шахте в Кузбассе в ночь на понедельник, сообщили в МЧС.", "ru"),
    # a landslide, a drill (session 18)
    ("MEDELLÍN, 10 de marzo - Al menos ocho personas murieron el lunes tras un deslizamiento "
     "de tierra que sepultó varias casas en una vereda de Antioquia.", "es"),
    ("بغداد، 10 مارس - شمل التمرين الذي جرى أمس قصفا مدفعيا على أهداف وهمية وإنزالا جويا "
     "لقوات خاصة اقتحمت مبنى.", "ar"),
])
def test_no_event_from_a_trap(text: str, lang: str) -> None:
    assert polemos.extract(text, published=PUB, lang=lang) == []


@pytest.mark.parametrize(("text", "lang", "published"), [
    # a year's toll told days after the year ended
    ("ХАРКІВ, 5 січня - У 2025 році внаслідок обстрілів на Харківщині загинули 300 "
     "цивільних, повідомила в понеділок обласна прокуратура.", "uk", "2026-01-05"),
    # a documentary's story
    ("DAKAR, 10 mars - Mines au bord des routes, frappes de drones et embuscades meurtrières : "
     "le documentaire « Les dunes », présenté samedi soir en avant-première à Dakar, plonge le "
     "spectateur au cœur de la guerre au Sahel.", "fr", "2026-03-10"),
])
def test_no_event_from_a_year_or_a_film(text: str, lang: str, published: str) -> None:
    assert polemos.extract(text, published=published, lang=lang) == []


def test_an_anniversary_far_from_its_verb_and_historians_are_remembering() -> None:
    assert remembers("أحيا آلاف من أهالي المدينة في إقليم كردستان العراق، اليوم الاثنين، "
                     "الذكرى الثلاثين للقصف الذي تعرضت له المدينة.")
    assert remembers("По оценкам историков, в том сражении погибли десятки тысяч солдат.")
    assert not remembers("Боевики атаковали исторический центр города.")
    assert remembers("وشُيّع الرجل صباح اليوم في مقبرة المدينة.")  # vowel marks written
    assert remembers("يصادف اليوم الخميس مرور عام على دخول اتفاق وقف إطلاق النار حيز التنفيذ.")


def test_a_verdict_is_before_judges() -> None:
    from polemos.background import before_judges

    assert before_judges("A judge found the four men guilty of murder after a long trial.")
    assert before_judges("Les trois accusés ont été jugés coupables par le tribunal.")
    assert not before_judges("Gunmen killed four men near the court on Monday.")


def test_the_event_next_to_trap_words_survives() -> None:
    # a real attack on a funeral, a real clash reported with a score-like time, a real arrest
    # of a cell that was preparing attacks
    attack = polemos.extract(
        "GAO, March 9 - Gunmen opened fire on mourners in Gao on Sunday, killing three people, "
        "local officials said.", published=PUB, lang="en")
    assert [e.sub_event_type for e in attack] == ["Attack"]
    arrest = polemos.extract(
        "PARIS, 10 mars - La police a arrêté lundi à Marseille trois hommes soupçonnés de "
        "préparer un attentat, a annoncé le parquet.", published=PUB, lang="fr")
    assert [e.sub_event_type for e in arrest] == ["Arrests"]


def test_the_trap_forms_are_read_narrowly() -> None:
    assert _MATCH.search("Kenya beat Uganda 2-1 in a friendly on Sunday.")
    assert not _MATCH.search("Gunmen killed 12 people in a raid on Sunday, 2 km from the town.")
    assert _DRILL.search("The army held military exercises near the border.")
    assert not _DRILL.search("Дрон ударив по навчальному закладу в Сумах.")  # a school
    assert _REPORT_COUNTS.search("The report counts 41 drone attacks in the state.")
    assert not _REPORT_COUNTS.search("Police reported that gunmen attacked a bus.")
    assert remembers("Hundreds of mourners attended the funeral of the three soldiers.")
    assert announced("Officials warned that gangs are preparing new attacks.")
    from polemos.background_words import WORK_SHOWN as _WORK_SHOWN

    assert not _WORK_SHOWN.match("Gunmen killed five people at a cinema screening a film.")
    assert not _WORK_SHOWN.match("Роман Петров показал, что боевики атаковали село.")


@pytest.mark.parametrize("text", [
    "Relatives buried the two policemen killed in Monday's raid at a cemetery in Kano.",
    "Des proches ont inhumé mardi les trois gendarmes tués dans l'embuscade.",
    "Familiares enterraron el martes a los tres policías asesinados en el ataque.",
    "Residents laid flowers at the bus stop where the rocket struck last week.",
    "Des habitants ont déposé des gerbes devant l'école bombardée la semaine passée.",
    "Vecinos depositaron flores ante el mercado destruido por el bombardeo.",
    "Жители возложили цветы к месту, где упала ракета.",
    "Мешканці приносили квіти до зруйнованого будинку.",
    "وضع الأهالي أكاليل الزهور في موقع الانفجار.",
])
def test_burials_and_flowers_are_remembering(text: str) -> None:
    assert remembers(text)


def test_the_new_remembering_forms_are_narrow() -> None:
    # people buried by the blast, a buried mine, flowers in a market: the acts themselves
    assert not remembers("Twelve people were buried under the rubble after the strike.")
    assert not remembers("Soldiers died when a buried mine exploded under their truck.")
    assert not remembers("Gunmen attacked a flower market in Kabul, killing two vendors.")


def test_a_match_at_a_stadium_and_joint_exercises() -> None:
    assert _MATCH.search("Dynamo crushed Vorskla 4-1 in a fierce battle at the city stadium.")
    assert _MATCH.search("Le Dynamo a écrasé Vorskla 4-1 au terme d'une bataille acharnée.")
    assert _MATCH.search("«Спартак» обыграл «Зенит» со счетом 2:1 в напряженной битве.")
    assert not _MATCH.search("Shelling hit the stadium district on Sunday, killing 2 and "
                             "wounding 11.")
    assert not _MATCH.search("A bomb exploded near the stadium at 21:30, killing 10-12 people.")
    assert _DRILL.search("Troops of both countries began joint exercises near the border.")
    assert _DRILL.search("Війська почали спільні навчання біля кордону.")


def test_the_next_morning_is_no_day_to_come() -> None:
    # "на следующее утро": the morning after the act told, in the past
    assert not announced("Раненым оказали помощь в клинике на следующее утро.")
    assert not announced("Поранених доправили до лікарні у наступний ранок.")
    assert announced("Профсоюзы объявили забастовку на следующей неделе.")


@pytest.mark.parametrize(("text", "sub", "alone"), [
    ("Mourners buried the three soldiers killed in the ambush.", "Armed clash", True),
    ("Unions announced a march next Sunday against the fuel price rise.", "Peaceful protest",
     True),
    ("Police arrested two men suspected of preparing attacks next week.", "Arrests", False),
    ("Thousands marched in silence to mark the anniversary of the massacre.",
     "Peaceful protest", False),
    ("Gunmen killed four villagers in a raid on Sunday.", "Attack", False),
])
def test_told_alone(text: str, sub: str, alone: bool) -> None:
    assert told_alone(text, sub) is alone


def test_a_snippet_read_alone_keeps_its_event_and_drops_its_background() -> None:
    from polemos.pipeline import Pipeline

    answers = Pipeline().answer([
        "Families buried the five soldiers killed in last week's ambush near the town.",
        "Gunmen on motorbikes shot dead five soldiers at a checkpoint near the town on Sunday.",
        "Residents laid flowers at the site of the apartment block destroyed by a missile.",
    ], "en")
    assert [a.sub_event_type for a in answers][0] == "none"
    assert answers[1].sub_event_type != "none"
    assert answers[2].sub_event_type == "none"


@pytest.mark.parametrize(("text", "lang"), [
    ("ТАМБОВ, 10 марта - Семь человек погибли в понедельник в результате столкновения "
     "рейсового автобуса с большегрузом на трассе Р-22, сообщили в МЧС.", "ru"),
    ("ЛЬВІВ, 10 березня - Четверо людей загинули внаслідок зіткнення маршрутки з вантажівкою "
     "під Стриєм у понеділок, повідомили в поліції.", "uk"),
    ("الرياض، 10 مارس - لقي خمسة أشخاص حتفهم أمس إثر اصطدام حافلة ركاب بشاحنة على الطريق "
     "السريع.", "ar"),
])
def test_a_road_crash_is_no_clash(text: str, lang: str) -> None:
    assert polemos.extract(text, published=PUB, lang=lang) == []


def test_a_clash_near_a_bus_is_still_a_clash() -> None:
    from polemos.codebook import only_disaster

    assert not only_disaster("Боевики вступили в столкновение с военными у автобуса, погибли "
                             "двое.")


def test_taken_to_hospital_with_injuries_is_an_aftermath() -> None:
    from polemos.background import aftermath

    assert aftermath("His companion was taken to a hospital in Ranchi with head injuries.")
    assert not aftermath("Gunmen shot a trader who was later taken to hospital in Kano.")


@pytest.mark.parametrize(("text", "lang"), [
    ("GAO, March 9 - Gunmen attacked a bus on the road to Ansongo on Sunday, killing four "
     "passengers, officials said. Two of the wounded later died of their injuries at the "
     "hospital in Gao. The Islamic State Sahel Province claimed the attack.", "en"),
    ("حلب، 10 مارس - قُتل خمسة مدنيين أمس في انفجار سيارة مفخخة في سوق مدينة منبج. وقال الدفاع "
     "المدني إن فرقه انتشلت جثتين إضافيتين من تحت الأنقاض، وإن اثنين من الجرحى توفيا متأثرين "
     "بإصاباتهما في مستشفى في حلب.", "ar"),
    ("ХАРКІВ, 10 березня - Унаслідок удару російського дрона по Куп'янську в понеділок загинули "
     "двоє людей. Ще один поранений помер від отриманих травм у лікарні в Харкові.", "uk"),
])
def test_the_wounded_dying_later_adds_no_event(text: str, lang: str) -> None:
    events = polemos.extract(text, published=PUB, lang=lang)
    assert len(events) == 1, [(e.location, e.sub_event_type) for e in events]


def test_a_claim_read_after_the_wounded_died_stays_with_the_act() -> None:
    text = ("GAO, March 9 - Gunmen attacked a bus on the road to Ansongo on Sunday, killing four "
            "passengers, officials said.\n\nA fifth passenger later died of his wounds in a "
            "hospital in Gao. The Islamic State Sahel Province claimed the attack in a "
            "statement.")
    events = polemos.extract(text, published=PUB, lang="en")
    assert len(events) == 1 and events[0].claimed is True


@pytest.mark.parametrize(("text", "lang"), [
    ("LIMA, 10 de marzo - El sindicato de maestros anunció hoy que convocará una gran marcha "
     "nacional el próximo jueves en Lima para exigir más recursos para la educación.", "es"),
    ("DAKAR, 10 mars - Les syndicats de la santé ont annoncé mardi qu'ils manifesteront jeudi "
     "prochain devant le ministère.", "fr"),
    ("NAIROBI, March 10 - The teachers' union said on Monday it will stage a march next week "
     "to demand higher pay.", "en"),
])
def test_a_march_announced_for_a_day_to_come_is_no_event(text: str, lang: str) -> None:
    assert polemos.extract(text, published=PUB, lang=lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("ОДЕСА, 10 березня - Поліція затримала 45-річного чоловіка, якого підозрюють у вбивстві "
     "сусіда під час сварки в квартирі на Молдаванці.", "uk"),
    ("DURBAN, March 10 - A man was arrested after he stabbed his neighbour to death during an "
     "argument over a parking space on Sunday.", "en"),
    ("ТОМСК, 10 марта - Полицейские задержали мужчину, который во время ссоры на бытовой почве "
     "зарезал знакомого.", "ru"),
    ("ХАРКІВ, 10 березня - Поліцейські розшукали викрадений у Чугуєві автомобіль і повернули "
     "його власнику.", "uk"),
])
def test_a_private_quarrel_or_a_stolen_car_is_no_event(text: str, lang: str) -> None:
    assert polemos.extract(text, published=PUB, lang=lang) == []


def test_a_kidnapping_in_a_stolen_car_stays_an_abduction() -> None:
    text = ("KANO, March 10 - Gunmen in a stolen car kidnapped two aid workers on the road to "
            "Kano on Monday, police said.")
    events = polemos.extract(text, published=PUB, lang="en")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]



@pytest.mark.parametrize(("text", "usual"), [
    ("Ukraine's General Staff usually does not comment on single strikes on Russian territory.",
     True),
    ("Генштаб ЗСУ зазвичай не коментує окремі удари по території Росії.", True),
    ("ولم تعلق كييف على الهجوم، لكنها تؤكد عادة أنها تستهدف منشآت عسكرية.", True),
    ("El ejército suele bombardear las posiciones rebeldes de noche.", True),
    ("A drone struck a car in the Kursk region on Monday, killing two people.", False),
])
def test_what_a_side_usually_does_is_habitual(text: str, usual: bool) -> None:
    from polemos.background import habitual

    assert habitual(text) is usual
