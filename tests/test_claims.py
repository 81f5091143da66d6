"""Tests for polemos.claims: claims of responsibility, attributions and cited sources in six languages."""

from __future__ import annotations

import pytest

from polemos.claims import ClaimMatch, find_claim


def _find(text: str, lang: str | None) -> ClaimMatch | None:
    m = find_claim(text, lang)
    if m is not None:
        assert text[m.start:m.end] == m.text
    return m


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("The Islamic State group claimed responsibility for the bombing.", "en", "The Islamic State group"),
        ("Al-Shabaab has claimed responsibility for the attack on the camp.", "en", "Al-Shabaab"),
        ("Ukraine blamed Russia for the strike on the market.", "en", "Ukraine"),
        ("L'attentat a été revendiqué par l'État islamique.", "fr", "l'État islamique"),
        ("El ataque fue reivindicado por el ELN.", "es", "el ELN"),
        ("Группировка ИГ взяла на себя ответственность за теракт.", "ru", "Группировка ИГ"),
        ("Ответственность за теракт взяла на себя группировка ИГ.", "ru", "группировка ИГ"),
        ("Угруповання взяло на себе відповідальність за напад.", "uk", "Угруповання"),
        ("تبنى تنظيم الدولة الإسلامية الهجوم على الحاجز.", "ar", "تنظيم الدولة الإسلامية"),
        ("أعلنت حركة الشباب مسؤوليتها عن التفجير.", "ar", "حركة الشباب"),
    ],
)
def test_claims(text: str, lang: str, who: str) -> None:
    m = _find(text, lang)
    assert m is not None and m.claimed is True
    assert m.attribution == who
    assert who in m.text


def test_attributed_to_takes_the_source_as_sayer() -> None:
    m = _find("The attack was attributed to JNIM militants, according to local sources.", "en")
    assert m is not None and m.claimed
    assert m.attribution == "local sources"
    assert "JNIM" in m.text


def test_negated_claim_is_not_a_claim() -> None:
    assert _find("No group has claimed responsibility for the blast.", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Three people were killed, according to the Ministry of Health.", "en", "the Ministry of Health"),
        ("Two soldiers were killed, police said.", "en", "police"),
        ("Deux soldats ont été tués, selon la police.", "fr", "la police"),
        ("Según el Ministerio de Defensa, tres soldados murieron.", "es", "el Ministerio de Defensa"),
        ("По данным МВД, погибли три человека.", "ru", "МВД"),
        ("За даними поліції, загинули двоє людей.", "uk", "поліції"),
        ("قتل ثلاثة أشخاص وفقا لوزارة الصحة.", "ar", "وزارة الصحة"),
        ("The attack was reported by local media.", "en", "local media"),
    ],
)
def test_sources_only(text: str, lang: str, who: str) -> None:
    m = _find(text, lang)
    assert m is not None and m.claimed is False
    assert m.attribution == who


def test_nothing_to_attribute() -> None:
    assert _find("Gunmen killed five herders in the village.", "en") is None
    assert _find("Des manifestants ont bloqué la route.", "fr") is None
    # a passive names no source: "reported" here is not said by "No deaths"
    assert _find("No deaths were reported.", "en") is None
    assert _find("Two people have been reported missing.", "en") is None


# --- who did it, by a claim or an accusation (claims.claimed_perpetrator) -----------------------
@pytest.mark.parametrize("text,cc,actor", [
    ("Au moins 30 personnes ont été tuées lors de l'attaque d'un village près de Djugu, attribuée "
     "par les autorités locales à la milice CODECO.", "CD", "CODECO: Cooperative for Development of Congo"),
    ("Las autoridades atribuyeron la colocación del artefacto al Cártel Jalisco Nueva Generación.",
     "MX", "CJNG: Jalisco New Generation Cartel"),
    ("The Pakistani Taliban (TTP) claimed responsibility for the bombing in a statement.", "PK",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("Al-Shabaab claimed the attack hours later.", "SO", "Al Shabaab"),
    ("تبنت حركة الشباب الهجوم في بيان على الإنترنت.", "SO", "Al Shabaab"),
    ("Ответственность за теракт взяла на себя группировка «Аш-Шабаб».", "SO", "Al Shabaab"),
    ("Les Forces de soutien rapide (FSR) sont accusées d'avoir tiré les obus.", "SD", "Rapid Support Forces"),
    ("El Ejército acusó al ELN del ataque contra la estación.", "CO", "ELN: National Liberation Army"),
    ("Police blamed Al-Shabaab for the attack on the bus.", "KE", "Al Shabaab"),
    ("The army said it carried out the strike on the camp.", "ML", "Military Forces of Mali"),
])
def test_claimed_perpetrator(text: str, cc: str, actor: str) -> None:
    from polemos.actors import ActorRegistry
    from polemos.claims import claimed_perpetrator

    m = claimed_perpetrator(ActorRegistry.default(), text, cc)
    assert m is not None and m.name.startswith(actor)
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,cc", [
    ("Unknown gunmen were blamed for the attack on the market.", "NG"),  # no one named
    ("Ukraine blamed Russia for the strike.", "UA"),  # a country is not an armed actor
    ("Police said three people were killed in the attack.", "KE"),  # a source, no claim
])
def test_no_claimed_perpetrator(text: str, cc: str) -> None:
    from polemos.actors import ActorRegistry
    from polemos.claims import claimed_perpetrator

    assert claimed_perpetrator(ActorRegistry.default(), text, cc) is None


# --- later sentences: claimed, attributed, said to belong, suspected (texts written for polemos)
@pytest.mark.parametrize("text,cc,actor", [
    ("Le raid a été revendiqué par le Groupe de soutien à l'islam et aux musulmans (JNIM) dans "
     "la soirée.", "ML", "JNIM"),
    ("JNIM, the Sahel branch of al Qaeda, said on Telegram that it had carried out the raid.",
     "BF", "JNIM"),
    ("The Islamic State group said its fighters had stormed the checkpoint.", "IQ",
     "Islamic State"),
    ("The attackers, who witnesses said belonged to the Viv Ansanm coalition, fled at dawn.",
     "HT", "Viv Ansanm"),
    ("Los agresores, según vecinos, pertenecían al Cártel Jalisco Nueva Generación.", "MX",
     "CJNG"),
    ("La policía sospecha que el Cártel Jalisco Nueva Generación colocó la mina.", "MX", "CJNG"),
    ("Police suspect Al-Shabaab of planting the device on the road.", "KE", "Al Shabaab"),
    ("ويرجّح مسؤول أمني أن تكون خلية من تنظيم داعش قد نفذت الهجوم.", "IQ", "Islamic State"),
    ("Ответственность за нападение взяли на себя боевики «Аш-Шабаб».", "SO", "Al Shabaab"),
    ("Відповідальність за напад взяла на себе група «Аш-Шабаб».", "SO", "Al Shabaab"),
])
def test_claimed_perpetrator_later_forms(text: str, cc: str, actor: str) -> None:
    from polemos.actors import ActorRegistry
    from polemos.claims import claimed_perpetrator

    m = claimed_perpetrator(ActorRegistry.default(), text, cc)
    assert m is not None and m.name.startswith(actor), m
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,cc", [
    ("Al-Shabaab has not claimed the attack.", "KE"),  # nothing claimed
    ("JNIM n'a pas revendiqué l'attaque.", "ML"),
    ("El CJNG no reivindicó el ataque.", "MX"),
    ("Al-Shabaab denied any involvement in the blast.", "KE"),  # a denial
    ("JNIM, which is active in the region, has attacked army posts in the past.", "BF"),  # background
    ("L'État islamique au Sahel, qui y a mené plusieurs assauts, est actif dans la zone.", "NE"),
    ("The victims belonged to the Viv Ansanm coalition, residents said.", "HT"),  # not the attackers
    ("ولا يزال تنظيم داعش ينشط في المناطق الريفية.", "IQ"),
    ("Группировка «Аш-Шабаб» не взяла на себя ответственность.", "SO"),
    ("Угруповання «Аш-Шабаб» не взяло на себе відповідальність.", "SO"),
])
def test_no_claimed_perpetrator_later_forms(text: str, cc: str) -> None:
    from polemos.actors import ActorRegistry
    from polemos.claims import claimed_perpetrator

    assert claimed_perpetrator(ActorRegistry.default(), text, cc) is None


def test_claiming_the_attack_itself_is_a_claim_not_an_assertion_about_it() -> None:
    from polemos.claims import find_claim

    got = find_claim("The Islamic State Sahel Province claimed the attack in a statement.", "en")
    assert got is not None and got.claimed and got.attribution == "The Islamic State Sahel Province"
    assert find_claim("The ministry claimed the attack was staged.", "en") is None


@pytest.mark.parametrize(("text", "said"), [
    ("No group has claimed responsibility for the blast.", True),
    ("Police did not name the attackers and no group claimed either assault.", True),
    ("Aucune de ces attaques n'a été revendiquée.", True),
    ("Aucun groupe n'a revendiqué l'attentat.", True),
    ("Ningún grupo se ha atribuido el ataque.", True),
    ("Никто не взял на себя ответственность за взрыв.", True),
    ("Жодне угруповання не взяло на себе відповідальності.", True),
    ("ولم تعلن أي جهة مسؤوليتها عن التفجير.", True),
    ("JNIM claimed the attack in a statement.", False),
    ("L'attaque a été revendiquée par l'EIGS.", False),
])
def test_no_one_claimed_it(text: str, said: bool) -> None:
    from polemos.claims import unclaimed

    assert unclaimed(text) is said


# (text written for this test)
BORNO = ("A suicide bomber blew herself up at a market in Konduga, in Borno state, on Saturday, "
         "killing six people, police said.{after}")


@pytest.mark.parametrize(("after", "actor1"), [
    ("", "Boko Haram"),  # the usual armed group of the area, as ACLED's notes code it
    (" No group has claimed responsibility. Boko Haram has used suicide bombers in Borno.",
     "Unidentified Armed Group (Nigeria)"),
])
def test_the_usual_group_only_where_the_report_leaves_it_open(after: str, actor1: str) -> None:
    from polemos.pipeline import Pipeline
    from polemos.schema import Document

    events = Pipeline().extract(Document(text=BORNO.format(after=after), language="en",
                                         published="2025-06-22"))
    assert len(events) == 1 and events[0].actor1.startswith(actor1)
