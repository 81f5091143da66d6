"""The arrest rule: state forces arresting someone, and nothing else in the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.actors import ActorRegistry
from polemos.arrests import is_arrest
from polemos.pipeline import default_pipeline
from polemos.schema import Document


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(("text", "cc"), [
    ("Police arrested three opposition activists in Kampala on Monday.", "UG"),
    ("Ukraine's SBU security service said it had detained a suspected Russian agent.", "UA"),
    ("В понедельник в Одессе СБУ задержала мужчину, подозреваемого в шпионаже.", "UA"),
    ("Les gendarmes ont interpellé deux militants indépendantistes lundi.", "FR"),
    ("La policía detuvo el martes a cuatro dirigentes sindicales.", "CO"),
    # what the arrested are suspected of is not the sentence's act
    ("Police detained three activists on suspicion of planning an arson attack on an office.",
     "RU"),
    ("Поліція затримала двох чоловіків, підозрюваних у підпалах автомобілів військових.", "UA"),
    ("Les forces de sécurité ont arrêté dimanche une dizaine d'opposants à Niamey.", "NE"),
    # the authorities, or a political detainee with no force named (2026-12-01)
    ("The authorities detained the leader of the teachers' union on Monday.", "ZW"),
    ("An opposition blogger was taken into custody at the border on Friday.", None),
    ("Un periodista opositor fue detenido el sábado en el aeropuerto.", None),
    ("У Херсоні затримали активіста, який збирав гроші для ЗСУ.", None),
    # a raid is how they arrested: no other act (2026-12-02)
    ("Police raided two houses in the old town and arrested five opposition supporters.", "KE"),
    ("داهمت قوات الأمن حي الزهور فجر الخميس واعتقلت أربعة طلاب.", "IQ"),
    ("اعتقلت شرطة المدينة خمسة ناشطين في مداهمات ليلية.", "EG"),
    # named as the authors of what they are arrested for (2026-12-02)
    ("La Policía Estatal detuvo a tres hombres señalados como presuntos instigadores del "
     "linchamiento de un joven.", "MX"),
    ("Police arrested two men in connection with the killing of a chief.", "KE"),
    # activists arrested, written with vowels, in the passive or as French "militants"
    ("اعتُقل ناشطان في منظمة حقوقية يوم الخميس في كراكاس.", None),
    ("Двое активистов правозащитной организации были арестованы в четверг в Каракасе.", None),
    ("Двох активістів правозахисної організації в четвер заарештували в Каракасі.", None),
    ("Deux militants d'une organisation de défense des droits humains ont été arrêtés jeudi.",
     None),
    # a group's leader or members arrested: who they are is no act of the sentence
    ("La Policía capturó en Caucasia a alias Cascarón, cabecilla de una subestructura del "
     "Clan del Golfo.", "CO"),
    ("Police arrested three members of Boko Haram in Maiduguri on Monday.", "NG"),
    # a protest they called for or planned is no protest that took place
    ("Police arrested three activists in Niamey on Monday who had called for a protest.", "NE"),
    ("La police a arrêté lundi à Niamey trois militants qui appelaient à manifester.", "NE"),
    ("La policía detuvo el lunes a tres activistas que convocaban a una protesta.", "VE"),
    ("В понедельник полиция задержала трёх активистов, которые призывали к протесту.", "KG"),
    ("Поліція затримала трьох активістів за заклики до протестів.", "BY"),
    ("اعتقلت الشرطة يوم الاثنين ثلاثة ناشطين بسبب الدعوة إلى التظاهر.", "DZ"),
    # ... or an attack they were preparing
    ("Служба безпеки в понеділок затримала агента, який готував підпал військового автомобіля.",
     "UA"),
    ("ФСБ задержала в Москве мужчину, который готовил поджог военкомата.", "RU"),
    ("The SBU detained a man on Monday who was preparing to set fire to a military vehicle.",
     "UA"),
    # intelligence or security agents (2026-12-03, session 17, parallel_dev3)
    ("Intelligence agents arrested an opposition organiser in Maracaibo on Saturday.", None),
    ("Des agents du renseignement ont arrêté samedi un organisateur de l'opposition.", None),
    ("Співробітники розвідки затримали в суботу організатора опозиції.", None),
])
def test_arrests_by_state_forces(reg: ActorRegistry, text: str, cc: str | None) -> None:
    assert is_arrest(text, reg, cc)


@pytest.mark.parametrize("text", [
    "Police arrested 20 protesters during the march on Monday.",  # a protest with intervention
    "Soldiers beat a detainee to death near the camp.",  # an attack
    "Police arrested two men suspected of stealing cattle.",  # ordinary crime
    "Police seized 40 kg of cocaine and detained the driver.",
    "Gunmen killed two guards and freed detainees from the prison.",
    "The minister said the suspects would be arrested soon.",  # no state force named as such
    # journalists or activists in detention, told as a state, or held by gunmen
    "Many of these detainees are journalists and activists held before their trial.",
    "Gunmen stormed the hotel and detained several journalists in the lobby.",
    # a raid with a killing is no arrest, whatever the raid word
    "Troops raided the village, killed two men and arrested three others.",
    # a road death's driver
    "La Policía Nacional Civil indicó que el piloto fue detenido por homicidio culposo.",
    "Police arrested a man suspected of robbing a jewellery shop in the old town.",
    # who they are is left aside, what happened is not: arrests at a protest
    "Police arrested 20 members of the opposition party during a protest in the capital.",
    "La policía detuvo a diez integrantes del sindicato durante una marcha.",
    # no one arrested, said so
    "Le cortège a rejoint la place centrale sans incident, selon la police, qui n'a procédé à "
    "aucune interpellation.",
    "The march ended peacefully and police said no arrests were made.",
    "La policía vigiló la marcha de los taxistas, sin que se registraran detenidos.",
    "Полиция сообщила, что никто не был задержан.",
])
def test_not_an_arrest_event(reg: ActorRegistry, text: str) -> None:
    assert not is_arrest(text, reg, "KE")


def test_the_pipeline_types_an_arrest_the_detector_misses() -> None:
    text = "Ukraine's SBU security service said on Tuesday it had detained a suspected Russian " \
           "agent in Odesa the previous day."
    events = default_pipeline().extract(Document(text=text, published=date(2024, 6, 4),
                                                 language="en"))
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Odesa")]
    assert events[0].actor1 and events[0].actor1.startswith("Police Forces of Ukraine")


@pytest.mark.parametrize("text", [
    "Federal police arrested three journalists in Addis Ababa for covering the fighting in Amhara.",
    "Федеральная полиция арестовала трёх журналистов за освещение боёв в регионе Амхара.",
    "اعتقلت الشرطة ثلاثة صحفيين على خلفية تغطيتهم للمعارك في إقليم أمهرة.",
])
def test_what_the_arrested_reported_on_is_no_fight(text: str) -> None:
    from polemos.actors import ActorRegistry
    from polemos.arrests import is_arrest

    assert is_arrest(text, ActorRegistry.default(), "ET")


def test_what_was_seized_is_not_an_act() -> None:
    from polemos.actors import ActorRegistry
    from polemos.arrests import is_arrest

    reg = ActorRegistry.default()
    assert is_arrest("Soldados detuvieron el domingo a cinco hombres en un rancho de Navolato, a "
                     "quienes se les decomisaron armas largas y un dron adaptado para lanzar "
                     "explosivos.", reg, "MX")
    # a drone strike with arrests after it stays more than an arrest
    assert not is_arrest("Un dron lanzó explosivos contra una patrulla y los soldados detuvieron "
                         "a dos hombres.", reg, "MX")
