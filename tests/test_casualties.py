"""Tests for polemos.casualties: fatality counts by ACLED's rules in six languages."""

from __future__ import annotations

import pytest

from polemos.casualties import FatalityMatch, find_fatalities


def _count(text: str, lang: str | None = None) -> int | None:
    m = find_fatalities(text, lang)
    if m is not None:
        assert text[m.start:m.end] == m.text
    return m.count if m else None


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Three people were killed when gunmen opened fire on a bus.", "en", 3),
        ("At least 12 killed in a market blast in the north.", "en", 12),
        ("Gunmen stormed the village, killing 5 civilians.", "en", 5),
        ("The roadside bomb left 4 dead near the checkpoint.", "en", 4),
        ("A soldier was killed near the border on Friday.", "en", 1),
        ("Two soldiers and three civilians were killed in the ambush.", "en", 5),
        ("Twenty-five people were killed in the raid.", "en", 25),
        ("Militants killed 1,200 people in the assault.", "en", 1200),
        ("L'explosion a fait trois morts et cinq blessés.", "fr", 3),
        ("Au moins douze personnes ont été tuées dans l'attaque.", "fr", 12),
        ("Un policier a été tué lors des affrontements.", "fr", 1),
        ("El atentado dejó tres muertos y diez heridos.", "es", 3),
        ("Murieron cuatro soldados en el ataque.", "es", 4),
        ("Al menos 7 personas murieron en los enfrentamientos.", "es", 7),
        ("В результате обстрела трое погибших и пятеро раненых.", "ru", 3),
        ("В результате удара погибли 6 человек.", "ru", 6),
        ("Погиб один военнослужащий.", "ru", 1),
        ("Внаслідок обстрілу троє загиблих, п'ятеро поранених.", "uk", 3),
        ("Щонайменше 8 людей загинули внаслідок удару.", "uk", 8),
        ("ثلاثة قتلى وخمسة جرحى في هجوم على الحاجز.", "ar", 3),
        ("أسفر الهجوم عن مقتل ٤ أشخاص.", "ar", 4),
        ("مقتل جنديين في انفجار عبوة ناسفة.", "ar", 2),
    ],
)
def test_counts(text: str, lang: str, count: int) -> None:
    assert _count(text, lang) == count
    assert _count(text, None) == count  # the lexicon does not need the language


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dozens were killed in the clashes.", 12),
        ("Tens of people died in the fighting.", 10),
        ("Hundreds were killed in the offensive.", 100),
        ("Several people were killed in the attack.", 3),
        ("Des dizaines de personnes ont été tuées.", 10),
    ],
)
def test_vague_quantities(text: str, count: int) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(
    "text",
    [
        "Five people were injured in the attack.",
        "Cinq personnes ont été blessées.",
        "Cinco personas resultaron heridas.",
        "Пять человек ранены.",
        "П'ятеро людей поранені.",
        "أصيب خمسة أشخاص في الانفجار.",
        "Police arrested twelve protesters on Monday.",
    ],
)
def test_injuries_and_other_numbers_are_not_deaths(text: str) -> None:
    assert _count(text) is None


def test_injuries_beside_deaths_are_not_added() -> None:
    assert _count("One soldier was killed and nine others wounded.") == 1
    assert _count("3 policemen were killed and 8 were wounded in the raid.") == 3


def test_dates_are_not_counts() -> None:
    assert _count("Two soldiers were killed on 28 August near the camp.") == 2


def test_cumulative_toll_is_skipped() -> None:
    assert _count("The war has killed 10,000 people since 2014.") is None
    assert _count("Le conflit a fait 3 000 morts depuis 2012.") is None


@pytest.mark.parametrize(
    "text",
    ["No casualties were reported in the attack.", "L'attaque n'a fait aucune victime.",
     "El ataque fue repelido sin víctimas.", "Обстрел обошелся без жертв.",
     "سقطت القذيفة دون وقوع إصابات."],
)
def test_no_casualties_is_zero(text: str) -> None:
    m = find_fatalities(text, None)
    assert isinstance(m, FatalityMatch) and m.count == 0
    assert text[m.start:m.end] == m.text


def test_most_conservative_figure() -> None:
    text = "At least three people were killed. A local paper reported four dead."
    assert _count(text) == 3


def test_nothing_reported() -> None:
    assert find_fatalities("Protesters marched peacefully through the capital.", "en") is None


def test_acled_dev_notes_accuracy() -> None:
    from polemos.datasets import acled_split, shared_data_dir

    if shared_data_dir() is None:
        pytest.skip("shared/data not available")
    recs = acled_split("dev")
    ok = 0
    for r in recs:
        m = find_fatalities(r.notes, None)
        ok += (m.count if m else 0) == (r.fatalities or 0)
    assert ok / len(recs) >= 0.88


def test_spanish_personal_a_before_the_count() -> None:
    m = find_fatalities("Una bomba mató a dos soldados en el Cauca.", "es")
    assert m is not None and m.count == 2 and m.text == "mató a dos"
