"""The perpetrator named by a claim or an accusation after the event sentence becomes actor1
(pipeline); a state named in the genitive after a strike noun is its military. Texts written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.actors import ActorRegistry
from polemos.pipeline import Pipeline
from polemos.schema import Document


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _first(pipe: Pipeline, text: str, lang: str) -> object:
    events = pipe.extract(Document(text=text, published=date(2025, 3, 12), language=lang))
    assert events, text
    return events[0]


def test_claim_two_sentences_later_names_the_perpetrator(pipe: Pipeline) -> None:
    text = ("YAOUNDE, March 11 - A roadside bomb killed four soldiers on Tuesday near Bamenda, "
            "officials said.\n\nThe blast destroyed a military truck. "
            "Anglophone separatists claimed the attack in a video posted online.")
    ev = _first(pipe, text, "en")
    assert ev.actor1 == "Ambazonian Separatists (Cameroon)" and ev.inter1 == 2
    [span] = [e for e in ev.evidence if e.field == "actor1"]
    assert text[span.start:span.end] == "Anglophone separatists"


def test_a_claim_about_another_day_is_not_read(pipe: Pipeline) -> None:
    text = ("YAOUNDE, March 11 - A roadside bomb killed four soldiers on Tuesday near Bamenda, "
            "officials said. Anglophone separatists claimed a similar attack on 14 January.")
    ev = _first(pipe, text, "en")
    assert ev.actor1 != "Ambazonian Separatists (Cameroon)"


@pytest.mark.parametrize(("text", "lang"), [
    ("At least 12 soldiers were killed on Sunday in an attack on army positions in Djibo. "
     "JNIM claimed the attack on Monday.", "en"),
    ("Au moins douze militaires ont été tués dimanche lors d'une attaque contre des positions de "
     "l'armée à Djibo. Le GSIM a revendiqué l'attaque lundi dans un communiqué.", "fr"),
])
def test_a_claim_made_the_day_after_names_the_perpetrator(pipe: Pipeline, text: str,
                                                          lang: str) -> None:
    """The claim's own later day is not another attack's."""
    ev = _first(pipe, text, lang)
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_named_perpetrator_is_kept(pipe: Pipeline) -> None:
    text = ("JNIM fighters attacked an army post near Boni on Tuesday, killing six soldiers. "
            "The army blamed Islamic State militants for the attack.")
    ev = _first(pipe, text, "en")
    assert ev.actor1.startswith("JNIM")


@pytest.mark.parametrize("text,cc", [
    ("Щонайменше 17 людей загинули внаслідок ракетного удару Росії по Дніпру у вівторок.", "UA"),
    ("Не менее пяти человек погибли в результате обстрела России по Харькову.", "UA"),
])
def test_a_strike_of_a_named_state_is_its_military(text: str, cc: str) -> None:
    names = [m.name for m in ActorRegistry.default().find(text, None, cc)]
    assert "Military Forces of Russia (2000-)" in names


def test_a_strike_on_a_state_is_not_its_military() -> None:
    text = "Внаслідок удару по Росії загинули двоє людей."
    assert not any(m.name.startswith("Military") for m in ActorRegistry.default().find(text, None, "RU"))


@pytest.mark.parametrize("text,lang,actor", [
    ("الموصل 10 مارس - قُتل مدنيان اليوم الإثنين بانفجار عبوة ناسفة على طريق زراعي غرب "
     "الموصل. ورجّح ضابط في الشرطة أن يكون عناصر من تنظيم داعش قد زرعوا العبوة.", "ar",
     "Islamic State"),
    ("PORT-AU-PRINCE, March 11 - Armed men stormed a market in Croix-des-Bouquets on Monday, "
     "killing four traders. Witnesses said the attackers belonged to the Viv Ansanm coalition.",
     "en", "Viv Ansanm"),
])
def test_a_suspected_or_belonging_group_names_the_perpetrator(pipe: Pipeline, text: str,
                                                              lang: str, actor: str) -> None:
    ev = _first(pipe, text, lang)
    assert (ev.actor1 or "").startswith(actor), ev.actor1


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Офіцер загинув на місці, повідомило Головне управління розвідки Міноборони України, яке "
     "взяло відповідальність за операцію.", "uk", "Головне управління розвідки"),
    ("Two guards died, said the Islamic State group, which claimed responsibility on Telegram.",
     "en", "Islamic State group"),
    ("Группировка ИГ взяла ответственность за взрыв.", "ru", "Группировка ИГ"),
])
def test_a_claim_by_relative_clause_names_the_claimant(text: str, lang: str, who: str) -> None:
    from polemos.claims import find_claim

    m = find_claim(text, lang)
    assert m is not None and m.claimed
    assert m.attribution is not None and m.attribution.startswith(who)


def test_a_toll_then_the_blast_that_caused_it_is_one_claimed_event(pipe: Pipeline) -> None:
    text = ("ЗАПОРІЖЖЯ, 12 березня (ПІ) - У Мелітополі в понеділок вранці вибухнув автомобіль "
            "російського офіцера. Офіцер загинув на місці, повідомило Головне управління розвідки "
            "Міноборони України, яке взяло відповідальність за операцію.\n\nЗа даними ГУР, "
            "вибуховий пристрій спрацював близько 07:30, коли військовий виїжджав з двору.")
    events = pipe.extract(Document(text=text, published=date(2025, 3, 12), language="uk"))
    assert len(events) == 1
    e = events[0]
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities == 1 and e.claimed
    assert e.actor1 == "Military Forces of Ukraine (2019-)"


def test_collapse_reads_a_bare_toll_and_the_blast_after_it_as_one_event() -> None:
    from polemos.candidates import Candidate, collapse

    toll = Candidate(1, 0, 40, "Attack", "Violence against civilians", 0.9,
                     {"fatalities": 1, "event_date": date(2025, 4, 14)})
    toll.add("fatalities", 1, 7, 14, "загинув")
    blast = Candidate(2, 41, 120, "Remote explosive/landmine/IED",
                      "Explosions/Remote violence", 0.97, {"event_date": date(2025, 4, 14)})
    blast.add("actor2", "Military Forces of Ukraine (2019-)", 90, 100, "військовий")
    toll.place_key = blast.place_key = 703845
    merged = collapse([toll, blast])
    assert len(merged) == 1
    assert merged[0].sub_event_type == "Remote explosive/landmine/IED"
    assert merged[0].fields["fatalities"] == 1
