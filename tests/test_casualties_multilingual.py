"""Fatality counts in French, Spanish, Arabic, Russian and Ukrainian news sentences.

The sentences are written for these tests (none is taken from a data set). Each language has
positive cases (number words before or after the death word, with adverbs and appositions in
between, tolls that rose, vague quantities) and negative ones (injured only, a cumulative toll
of a war, "no casualties").
"""

from __future__ import annotations

import pytest

from polemos.casualties import find_fatalities


def _count(text: str) -> int | None:
    m = find_fatalities(text)
    if m is not None:
        assert text[m.start:m.end] == m.text
    return m.count if m else None


FRENCH = [
    ("L'armée affirme avoir neutralisé une dizaine d'assaillants.", 10),
    ("Au moins sept civils ont été tués mardi dans l'attaque du marché.", 7),
    ("L'attaque a fait une douzaine de morts parmi les villageois.", 12),
    ("Le bilan de l'explosion s'est alourdi à neuf morts, selon la protection civile.", 9),
    ("Trois soldats, dont un officier, ont été tués dans l'embuscade.", 3),
    ("Huit gendarmes et supplétifs (GPN) ont été tués lors de l'assaut.", 8),
    ("Des hommes armés ont tué quatre bergers et un chef de village.", 5),
    ("L'attaque a coûté la vie à six personnes.", 6),
    ("Personne n'a été tué dans l'explosion.", 0),
    ("Cinq passants ont été blessés par des éclats.", None),
    ("Le conflit a fait plus de 13 000 morts depuis 2014.", None),
    ("L'incendie du dépôt n'a pas fait de victimes.", 0),
    ("Le tir de roquette s'est produit sans faire de victimes.", 0),
]

SPANISH = [
    ("Tres personas, dos militares y un guerrillero, murieron en los enfrentamientos del martes.",
     3),
    ("Al menos cinco campesinos fueron asesinados por hombres armados.", 5),
    ("Por lo menos doce personas murieron ayer en el ataque al puesto policial.", 12),
    ("La cifra de muertos por la explosión ascendió a siete, informó la fiscalía.", 7),
    ("El ataque dejó una docena de muertos.", 12),
    ("Hombres armados mataron a dos líderes sociales y a un menor.", 3),
    ("El atentado le costó la vida a cuatro policías.", 4),
    ("Murió un soldado y otros seis resultaron heridos.", 1),
    ("Fueron asesinados tres comerciantes en el mercado.", 3),
    ("El saldo de muertos llegó a 30.", 30),
    ("Seis soldados resultaron heridos en el ataque.", None),
    ("El ataque con explosivos no dejó víctimas.", 0),
    ("El atentado se produjo sin causar víctimas.", 0),
    ("Nadie murió en el ataque contra la base.", 0),
    ("La guerra ha dejado más de 450 000 muertos desde 2011.", None),
]

ARABIC = [
    ("قُتل أربعة مدنيين وأصيب تسعة آخرون، اليوم الثلاثاء، جراء انفجار سيارة مفخخة", 4),
    ("ما أسفر عن مقتل العشرات بحسب مصادر طبية.", 12),
    ("قتل جنديان وأصيب ثالث في انفجار عبوة ناسفة.", 2),
    ("استشهد ثلاثة شبان برصاص قوات الاحتلال فجر اليوم.", 3),
    ("لقي خمسة أشخاص حتفهم في قصف استهدف السوق.", 5),
    ("ارتفعت حصيلة قتلى الانفجار إلى سبعة أشخاص.", 7),
    ("أسفر الهجوم عن مقتل ما لا يقل عن عشرين مدنيا.", 20),
    ("سقط قتيلان في اشتباكات بين العشائر.", 2),
    ("قتل خمسة وعشرون مسلحا في الغارة.", 25),
    ("خمسة أشخاص لقوا حتفهم في الحادث.", 5),
    ("قُتِلَ أحد عشر جنديا في الكمين.", 11),
    ("أصيب سبعة أشخاص بجروح في الانفجار.", None),
    ("لم يسفر الانفجار عن وقوع إصابات.", 0),
    ("قتل أكثر من 500 ألف شخص منذ عام 2011 في الحرب.", None),
    ("لم يُقتل أحد في الهجوم.", None),
]

RUSSIAN = [
    ("Число погибших при взрыве возросло до семи, сообщают правозащитники.", 7),
    ("Число погибших в результате теракта выросло до девяти.", 9),
    ("Не менее пяти мирных жителей погибли в результате обстрела.", 5),
    ("В результате удара погибли по меньшей мере 12 человек.", 12),
    ("Боевики убили троих полицейских и двух охранников.", 5),
    ("Погиб 21 человек, еще 40 получили ранения.", 21),
    ("Трое военных, в том числе командир, были убиты при нападении.", 3),
    ("Двое мирных жителей погибли, пятеро ранены.", 2),
    ("Были убиты пятеро полицейских.", 5),
    ("Погибла 65-летняя женщина.", 1),
    ("В результате обстрела ранены три человека.", None),
    ("Никто не погиб, сообщили власти.", 0),
    ("Обстрел обошелся без жертв.", 0),
    ("С 2014 года в Донбассе погибли более 13 тысяч человек.", None),
]

UKRAINIAN = [
    ("Щонайменше 11 мирних жителів, серед них діти, загинули вчора внаслідок авіаудару.", 11),
    ("Кількість загиблих унаслідок атаки дронів зросла до двох.", 2),
    ("Внаслідок удару загинули троє людей, ще 11 дістали поранення.", 3),
    ("Кількість загиблих зросла до п'ятьох, повідомила ОВА.", 5),
    ("Російські військові вбили двох цивільних у селі.", 2),
    ("Загинув один військовослужбовець, ще двоє поранені.", 1),
    ("Внаслідок обстрілу загинуло п'ятеро людей.", 5),
    ("Загинули двадцять п'ять людей.", 25),
    ("Щонайменше чотири людини загинули під завалами будинку.", 4),
    ("Поранено одного працівника порту, загиблих немає.", 0),
    ("Внаслідок обстрілу поранені шестеро людей.", None),
    ("Ніхто не загинув, повідомили рятувальники.", 0),
    ("З 2014 року на Донбасі загинули понад 14 тисяч людей.", None),
]


@pytest.mark.parametrize(("text", "count"), FRENCH)
def test_french(text: str, count: int | None) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(("text", "count"), SPANISH)
def test_spanish(text: str, count: int | None) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(("text", "count"), ARABIC)
def test_arabic(text: str, count: int | None) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(("text", "count"), RUSSIAN)
def test_russian(text: str, count: int | None) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(("text", "count"), UKRAINIAN)
def test_ukrainian(text: str, count: int | None) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("No one was killed in the attack.", 0),
        ("The death toll from Monday's bombing rose to 14.", 14),
        ("Five people were killed; the toll later rose to seven.", 7),
        ("The war's death toll has risen to 40,000.", None),
        ("The number of injured rose to 30.", None),
        ("Artillery fire killed at least 19 civilians, a medical group said.", 19),
    ],
)
def test_english_forms_shared_with_the_other_languages(text: str, count: int | None) -> None:
    assert _count(text) == count


@pytest.mark.parametrize(
    ("word", "value"),
    [("семи", 7), ("девяти", 9), ("двох", 2), ("трьох", 3), ("п'ятьох", 5), ("сімох", 7),
     ("двадцяти", 20), ("dizaine", 10), ("docena", 12), ("العشرات", 12), ("والثلاثة", 3),
     ("جنديين", 2)],
)
def test_number_words_in_every_case(word: str, value: int) -> None:
    from polemos.casualty_tokens import number

    assert number(word) == value


@pytest.mark.parametrize("text,count", [
    ("Dos policías murieron cuando disidentes lanzaron explosivos desde drones.", 2),
    ("Trois civils ont été tués par des obus tirés depuis l'est de la ville.", 3),
])
def test_from_a_place_is_not_since_a_date(text: str, count: int) -> None:
    # "desde" / "depuis" + a place is where the fire came from, not a cumulative toll
    m = find_fatalities(text)
    assert m is not None and m.count == count


@pytest.mark.parametrize("text", [
    "Más de 300 personas han muerto desde enero en la región.",
    "La guerra ha matado a 10.000 personas desde 2014.",
    "Le conflit a fait plus de 20 000 morts depuis 2012.",
    "Des dizaines de morts depuis le début de l'année.",
])
def test_since_a_date_is_still_cumulative(text: str) -> None:
    assert find_fatalities(text) is None


def test_drones_shot_down_are_no_deaths() -> None:
    from polemos.casualties import find_fatalities

    assert find_fatalities("La défense antiaérienne a abattu neuf drones russes.", "fr") is None
    assert find_fatalities("Las fuerzas abatieron dos drones cargados de explosivos.", "es") is None
    hit = find_fatalities("Les soldats ont abattu neuf jihadistes près de Gao.", "fr")
    assert hit is not None and hit.count == 9  # people shot dead still count


def test_a_toll_raised_in_its_sentence_is_the_new_figure() -> None:
    from polemos.casualties import find_fatalities

    hit = find_fatalities("At least 12 soldiers were killed in the attack on Tuesday, the army "
                          "said, raising its earlier toll of nine after three wounded soldiers "
                          "died in hospital.", "en")
    assert hit is not None and hit.count == 12
