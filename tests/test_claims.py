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
