"""Tests for polemos.dates: absolute and relative dates in six languages, resolved against publication."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from polemos.dates import DateMatch, find_date, find_dates

PUB = date(2024, 3, 13)  # a Wednesday


def _check_span(text: str, m: DateMatch) -> None:
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("text", "lang", "expected", "precision"),
    [
        ("On December 31 2019, gunmen attacked a checkpoint near the border.", "en", date(2019, 12, 31), 1),
        ("Le 3 mars 2024, des hommes armés ont attaqué un poste de police.", "fr", date(2024, 3, 3), 1),
        ("Le 1er mars, des manifestants ont bloqué la route nationale.", "fr", date(2024, 3, 1), 1),
        ("El 5 de febrero de 2024, un grupo armado atacó una patrulla.", "es", date(2024, 2, 5), 1),
        ("3 марта боевики обстреляли блокпост на окраине города.", "ru", date(2024, 3, 3), 1),
        ("3 березня 2024 року російські війська обстріляли село.", "uk", date(2024, 3, 3), 1),
        ("في 3 آذار/مارس هاجم مسلحون نقطة تفتيش قرب المدينة.", "ar", date(2024, 3, 3), 1),
        ("في ٥ شباط/فبراير قتل جندي في انفجار عبوة ناسفة.", "ar", date(2024, 2, 5), 1),
        # the day as an Arabic ordinal word ("the ninth of", "the twenty-first of")
        ("وكانت عبوة قد قتلت ضابطاً في التاسع من شباط/فبراير الماضي.", "ar", date(2024, 2, 9), 1),
        ("قتل مسلحون ثلاثة مزارعين في الحادي والعشرين من كانون الثاني.", "ar", date(2024, 1, 21), 1),
        ("هاجم مسلحون القرية في الثالث عشر من آذار 2023.", "ar", date(2023, 3, 13), 1),
        # a month after "and in" / "for in" ("وفي فبراير الماضي", "ففي مارس")
        ("وفي فبراير الماضي قُتل ثلاثة أشخاص في اشتباكات مماثلة.", "ar", date(2024, 2, 1), 3),
        # Maghrebi and Moroccan month names (Algerian, Tunisian, Moroccan outlets)
        ("قُتل دركيان يوم 26 جوان 2023 في كمين قرب الحدود.", "ar", date(2023, 6, 26), 1),
        ("وتجمّع المحتجون في 2 فيفري أمام مقر الولاية.", "ar", date(2024, 2, 2), 1),
        ("اعتقلت الشرطة ناشطين في 14 غشت 2023 بعد وقفة احتجاجية.", "ar", date(2023, 8, 14), 1),
        ("وفي 9 دجنبر الماضي فرّقت قوات الأمن مسيرة للمعطلين.", "ar", date(2023, 12, 9), 1),
        ("Protesters blocked the highway on 11/03/2024 in the town centre.", "en", date(2024, 3, 11), 1),
        ("Troops shelled the village on 2024-03-09, officials said.", "en", date(2024, 3, 9), 1),
        ("Police dispersed the crowd on March 4, 2024 with tear gas.", "en", date(2024, 3, 4), 1),
    ],
)
def test_absolute_dates(text: str, lang: str, expected: date, precision: int) -> None:
    m = find_date(text, PUB, lang)
    assert m is not None
    assert m.value == expected and m.precision == precision
    _check_span(text, m)


@pytest.mark.parametrize(
    ("text", "lang", "days_back"),
    [
        ("Gunmen killed two farmers yesterday in the north.", "en", 1),
        ("Hier, une explosion a frappé le marché central.", "fr", 1),
        ("Ayer, un ataque dejó dos muertos.", "es", 1),
        ("Вчера боевики атаковали колонну.", "ru", 1),
        ("Учора ворог обстріляв місто.", "uk", 1),
        ("قتل جنديان أمس في هجوم على الحاجز.", "ar", 1),
        ("Militants stormed a police post on Sunday.", "en", 3),
        ("Dimanche, des manifestants ont incendié la mairie.", "fr", 3),
        ("El domingo, cientos de personas marcharon en la capital.", "es", 3),
        ("В воскресенье в городе прошла акция протеста.", "ru", 3),
        ("У неділю окупанти обстріляли лікарню.", "uk", 3),
        ("هاجم مسلحون القرية يوم الأحد الماضي.", "ar", 3),
        ("Rebels attacked the base last Tuesday.", "en", 1),
        ("Mardi dernier, la police a arrêté trois militants.", "fr", 1),
        ("The army said on Wednesday it had killed four fighters.", "en", 0),
        ("The strike happened last Wednesday, the ministry said.", "en", 7),
        ("El miércoles pasado hubo enfrentamientos.", "es", 7),
    ],
)
def test_relative_days(text: str, lang: str, days_back: int) -> None:
    m = find_date(text, PUB, lang)
    assert m is not None and m.precision == 1
    assert m.value == PUB - timedelta(days=days_back)
    _check_span(text, m)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Clashes broke out earlier this week in the capital.", date(2024, 3, 11), 2),
        ("La semaine dernière, des affrontements ont fait deux morts.", date(2024, 3, 4), 2),
        ("На прошлой неделе в регионе прошли протесты.", date(2024, 3, 4), 2),
        ("Protests spread in early March across the region.", date(2024, 3, 1), 3),
        ("Fighting intensified last month in the east.", date(2024, 2, 1), 3),
        ("In February, rebels seized two towns.", date(2024, 2, 1), 3),
        ("أواخر شباط/فبراير سيطر المسلحون على البلدة.", date(2024, 2, 21), 3),
        ("Наприкінці лютого тривали бої за місто.", date(2024, 2, 21), 3),
        # the start of a month, whatever letters its words hold ("comienzos" holds "mi")
        ("A comienzos de febrero, un ataque con drones dejó dos muertos.", date(2024, 2, 1), 3),
        ("A principios de febrero hubo combates en la zona.", date(2024, 2, 1), 3),
        ("À la mi-février, les combats ont repris.", date(2024, 2, 15), 3),
        ("A mediados de febrero se registraron protestas.", date(2024, 2, 15), 3),
    ],
)
def test_vaguer_dates(text: str, expected: date, precision: int) -> None:
    m = find_date(text, PUB, None)
    assert m is not None
    assert (m.value, m.precision) == (expected, precision)
    _check_span(text, m)


@pytest.mark.parametrize("text", [
    "وفي فبراير الماضي قُتل ثلاثة أشخاص، ولم تُكشف نتائج التحقيق حتى اليوم.",
    "In February three people were killed; no one has been charged until today.",
])
def test_until_today_is_no_day(text: str) -> None:
    dm = find_date(text, PUB)
    assert dm is not None and dm.precision == 3 and dm.value.month == 2


def test_never_after_publication() -> None:
    assert find_date("The opposition will hold elections on March 20.", PUB, "en") is None
    assert find_date("The trial opens on 20/03/2024 in the capital.", PUB, "en") is None
    for m in find_dates("Fighting on March 2 and 2025 talks on 4 April 2025.", PUB, "en"):
        assert m.value <= PUB


def test_yearless_date_goes_back_a_year_across_new_year() -> None:
    m = find_date("On 30 December, gunmen attacked a bus.", date(2024, 1, 3), "en")
    assert m is not None and m.value == date(2023, 12, 30)


def test_false_friends_are_not_dates() -> None:
    assert find_date("Protesters gathered in Santo Domingo.", PUB, "es") is None
    assert find_date("Officials said the group may attack again.", PUB, "en") is None


def test_all_dates_in_order_and_first_day_wins() -> None:
    text = "Earlier this week troops arrived; on Monday [11 March] they were ambushed."
    ms = find_dates(text, PUB, "en")
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert len(ms) >= 2
    best = find_date(text, PUB, "en")
    assert best is not None and best.value == date(2024, 3, 11) and best.precision == 1


def test_without_publication_relative_is_skipped() -> None:
    assert find_date("Gunmen struck yesterday.", None, "en") is None
    m = find_date("On 3 March 2021, gunmen struck.", None, "en")
    assert m is not None and m.value == date(2021, 3, 3)


def test_acled_dev_notes_accuracy() -> None:
    """Notes' own dates resolve to the gold event date (only notes that state a date are scored)."""
    from polemos.datasets import acled_split, shared_data_dir

    if shared_data_dir() is None:
        pytest.skip("shared/data not available")
    recs = acled_split("dev")
    found = ok = 0
    for r in recs:
        m = find_date(r.notes, r.event_date + timedelta(days=3), None)
        if m is not None:
            found += 1
            ok += m.value == r.event_date
    assert found > 0.5 * len(recs)
    assert ok / found >= 0.88


def test_sequel_day_phrases() -> None:
    from polemos.dates import find_sequel_day

    t = "L'armée a mené des frappes le lendemain dans la même zone."
    days, s, e, txt = find_sequel_day(t)
    assert days == 1 and t[s:e] == txt == "le lendemain"
    assert find_sequel_day("Traders marched on the same day in Mombasa.")[0] == 0
    assert find_sequel_day("في اليوم التالي قصفت الطائرات القرية")[0] == 1
    assert find_sequel_day("Troops attacked the village on Monday.") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Following a murder over a land dispute on 12 March, villagers attacked the houses "
         "of the suspects on 24 March.", 24),
        ("Après le meurtre d'un berger le 2 mars, des hommes armés ont attaqué le village "
         "le 5 mars.", 5),
        ("Tras el asesinato de un líder el 3 de marzo, hubo enfrentamientos el 6 de marzo.", 6),
        ("On 5 March, after clashes on 3 March, police arrested ten people.", 5),
    ],
)
def test_background_clause_date_is_not_the_event_date(text: str, day: int) -> None:
    dm = find_date(text, date(2024, 3, 27))
    assert dm is not None and dm.value == date(2024, 3, day)


def test_stale_year_marks_history_sentences() -> None:
    from polemos.date_age import stale_year

    pub = date(2024, 6, 1)
    assert stale_year("À la suite de la révolution de 2011, le pays a changé.", pub) == 2011
    assert stale_year("En 2019, des manifestants ont été tués.", pub) == 2019
    assert stale_year("The 2023 elections were disputed.", pub) == 2023
    assert stale_year("Protests broke out in 2024.", pub) is None  # this year: not stale
    assert stale_year("Gunmen killed 2011 people.", pub) is None  # a count, not a year
    assert stale_year("The 2023 vote.", date(2024, 1, 10)) is None  # December may be recent
    assert stale_year("In 2011 the army fired on crowds.", None) is None


@pytest.mark.parametrize(("text", "want"), [
    ("The city has seen repeated demonstrations in recent years.", True),
    ("Over the past decade, attacks have displaced thousands.", True),
    ("La ville a connu de nombreuses manifestations ces dernières années.", True),
    ("La ciudad ha vivido varias protestas en los últimos años.", True),
    ("В последние годы в городе прошли десятки митингов.", True),
    ("Останніми роками місто зазнавало обстрілів.", True),
    ("شهدت المدينة احتجاجات عديدة في السنوات الأخيرة.", True),
    ("Gunmen attacked the village on Monday.", False),
    ("Hundreds marched in the last hours of the campaign.", False),
    ("Attacks on the roads have doubled since 2019.", True),
    ("Les enlèvements se sont multipliés dans la région depuis 2016.", True),
    ("Desde 2021 la región vive protestas semanales.", True),
    ("С 2014 года в районе погибли сотни мирных жителей.", True),
    ("З 2022 року місто обстрілюють майже щодня.", True),
    ("قُتل المئات في المنطقة منذ عام 2012.", True),
    ("Police clashed with 2000 protesters outside the stadium.", False),
    ("Полиция столкнулась с 2000 протестующих у стадиона.", False),
    # a whole year, or the year so far
    ("Упродовж 2025 року внаслідок атак на області загинули 312 цивільних.", True),
    ("Throughout 2024, militants attacked convoys on the highway.", True),
    ("Since the beginning of the year, 40 people have been killed in the district.", True),
    ("С начала года в районе задержаны 15 активистов.", True),
    ("خلال عام 2025 قتل عشرات المدنيين في الولاية.", True),
    ("On Monday police shot two protesters, the worst incident of 2025.", False),
    # for months, or the first part of a year summed
    ("Fighting has gone on around the town for months.", True),
    ("وتشهد الولاية منذ أشهر معارك متقطعة بين الجيش والدعم السريع.", True),
    ("Вже кілька місяців місто потерпає від обстрілів.", True),
    ("In the first six months of 2025, 1,100 civilians were killed in attacks.", True),
    ("Au premier semestre, les attaques ont tué 300 civils.", True),
    ("En los primeros seis meses del año murieron 80 personas.", True),
    ("В первом полугодии в регионе погибли 40 человек.", True),
    ("За перше півріччя внаслідок обстрілів загинули 52 людини.", True),
    ("خلال النصف الأول من العام قتل 300 مدني في الهجمات.", True),
    ("Six months after the coup, soldiers shot two protesters on Monday.", False),
    ("The first half of the march passed the ministry peacefully.", False),
])
def test_long_period_is_not_a_day(text: str, want: bool) -> None:
    from polemos.date_age import long_period

    assert long_period(text) is want


def test_as_of_is_the_publication_day_or_the_latest_year_named() -> None:
    from polemos.date_age import as_of

    pub = date(2024, 3, 5)
    assert as_of("On 22 December 1975 the hostages were freed.", pub) == pub
    text = ("On 22 December 1975 the convoy reached the airport. "
            "The film about it came out in 2019.")
    assert as_of(text, None) == date(2019, 1, 1)
    assert as_of("Gunmen attacked the village on Monday.", None) is None
    assert as_of("Some 2019 people marched.", None) is None  # a count, not a year


def test_undated_document_history_gives_no_event() -> None:
    from polemos.pipeline import default_pipeline
    from polemos.schema import Document

    text = ("Le 22 décembre 1975, des hommes armés ont pris en otage onze ministres à Vienne. "
            "Un documentaire sur cette prise d'otages est sorti en 2021.")
    assert default_pipeline().extract(Document(text=text, language="fr")) == []
    later = Document(text=text, language="fr", published=date(1975, 12, 23))
    assert [e.sub_event_type for e in default_pipeline().extract(later)] != []


@pytest.mark.parametrize(("text", "want"), [
    ("The security service said on Tuesday it had detained a courier in Odesa the previous "
     "day.", date(2024, 6, 3)),
    ("Le parquet a annoncé mardi que le suspect avait été arrêté la veille à Dakar.",
     date(2024, 6, 3)),
    ("La fiscalía informó el martes que el sospechoso fue detenido el día anterior.",
     date(2024, 6, 3)),
    ("Полиция во вторник сообщила, что задержала подозреваемого накануне.", date(2024, 6, 3)),
    ("أعلنت الشرطة يوم الثلاثاء أنها اعتقلت المشتبه به في اليوم السابق.", date(2024, 6, 3)),
    # the eve of something, or the day before of a cause: the day named stays
    ("La police a arrêté mardi dix manifestants à la veille du scrutin.", date(2024, 6, 4)),
    ("Police detained ten people on Tuesday, the day before the vote.", date(2024, 6, 4)),
    ("Полиция задержала во вторник десять человек накануне выборов.", date(2024, 6, 4)),
    ("On Tuesday traders shut their shops in protest at the kidnapping of a colleague the day "
     "before.", date(2024, 6, 4)),
])
def test_the_previous_day_of_the_day_named(text: str, want: date) -> None:
    dm = find_date(text, date(2024, 6, 5))
    assert dm is not None and dm.value == want
    assert text[dm.start:dm.end] == dm.text


@pytest.mark.parametrize(("text", "want"), [
    # the day a report was made is not the act's when the act's day is also told
    ("Police said on Wednesday that gunmen killed five villagers on Monday.", date(2024, 3, 11)),
    ("Губернатор сообщил в среду, что беспилотник атаковал автомобиль в понедельник.",
     date(2024, 3, 11)),
    # alone, it is what the sentence gives
    ("Five villagers were killed, police said on Wednesday.", date(2024, 3, 13)),
    # the day a state still holds is the report's, not the act's
    ("La fiscalía seguía este miércoles sin pistas de los cuatro comerciantes secuestrados el "
     "lunes por un comando armado.", date(2024, 3, 11)),
    ("Les deux employés enlevés lundi restaient introuvables mercredi.", date(2024, 3, 11)),
])
def test_a_report_day_yields_to_the_act_day(text: str, want: date) -> None:
    m = find_date(text, PUB)
    assert m is not None and m.value == want


def test_report_day() -> None:
    from polemos.dates import find_dates, report_day

    text = "Один человек погиб, сообщил в субботу губернатор; дрон ударил вчера."
    got = [(dm.text, report_day(text, dm)) for dm in find_dates(text, PUB)]
    assert got == [("в субботу", True), ("вчера", False)]


def test_the_same_night_is_a_sequel_day() -> None:
    from polemos.dates import find_sequel_day

    for text in ("Тієї ж ночі ударні дрони атакували електростанцію.",
                 "The same night, drones struck a power plant.", "La même nuit, des drones ont frappé."):
        found = find_sequel_day(text)
        assert found is not None and found[0] == 0


@pytest.mark.parametrize(("text", "period"), [
    ("За минулий тиждень у Донецькій області загинули 11 цивільних.", True),
    ("Over the past week, 11 civilians were killed in the region.", True),
    ("Au cours de la semaine écoulée, douze civils ont été tués.", True),
    ("За прошедшую неделю погибли семь человек.", True),
    ("Минулого тижня у Донецькій області загинули троє цивільних.", False),  # last week: a day
    ("Last week gunmen killed three people in the town.", False),
])
def test_a_weeks_sum_is_a_period(text: str, period: bool) -> None:
    from polemos.date_age import long_period

    assert long_period(text) is period


def test_a_periods_toll_dated_only_by_its_report_is_no_event() -> None:
    from polemos.pipeline import Pipeline
    from polemos.schema import Document

    text = ("DORI, March 3 (Sahel Wire) - At least 400 civilians were killed in attacks in the "
            "region in the first six months of the year, a rights group said in a report on "
            "Thursday.\n\nGunmen killed four herders near Dori on Monday, residents said.")
    events = Pipeline().extract(Document(text=text, id="t", language="en",
                                         published=date(2026, 3, 3)))
    assert [e.fatalities for e in events] == [4]


def test_the_day_a_toll_rose_is_not_the_acts_day() -> None:
    from polemos.pipeline import Pipeline
    from polemos.schema import Document

    text = ("QUETTA, May 9 (Wire) - The death toll from a suicide bombing at a checkpoint in "
            "Quetta rose to eleven on Saturday after two of the wounded died in hospital, police "
            "said.\n\nSix soldiers and five civilians were killed when the attacker blew himself "
            "up at the checkpoint on Thursday evening, the police chief said.")
    events = Pipeline().extract(Document(text=text, id="t", language="en",
                                         published=date(2026, 5, 9)))
    assert [e.event_date for e in events] == [date(2026, 5, 7)]


@pytest.mark.parametrize(("text", "expected"), [
    # a night between two days, its hour told: the calendar day of the hour (published on
    # Wednesday 21 October 2026)
    ("Des hommes armés ont attaqué le village dans la nuit de lundi à mardi, vers deux heures "
     "du matin.", date(2026, 10, 20)),
    ("Des hommes armés ont attaqué le village dans la nuit de lundi à mardi.", date(2026, 10, 19)),
    ("У ніч проти неділі, о 23:40, дрони атакували Суми.", date(2026, 10, 17)),
    ("В ночь на воскресенье около 23 часов беспилотники атаковали Курск.", date(2026, 10, 17)),
    ("В ночь на воскресенье беспилотники атаковали Курск.", date(2026, 10, 18)),
])
def test_a_night_s_hour_decides_its_day(text: str, expected: date) -> None:
    from polemos.dates import find_date

    assert find_date(text, date(2026, 10, 21)).value == expected


def test_the_same_day_after_a_day_named_is_that_day() -> None:
    from polemos.pipeline import Pipeline
    from polemos.schema import Document

    text = ("غزة، 10 حزيران - قُتل خمسة فلسطينيين أمس الاثنين في قصف إسرائيلي على منطقة المواصي "
            "غرب مدينة خان يونس. وكانت غارة إسرائيلية قد أودت في الأول من حزيران بحياة عشرة أشخاص "
            "في مدينة غزة، فيما قُتل 31 شخصاً في اليوم نفسه قرب رفح.")
    events = Pipeline().extract(Document(text=text, language="ar", published="2025-06-10"))
    assert date(2025, 6, 9) in [e.event_date for e in events]
    assert all(e.event_date != date(2025, 6, 9) or e.fatalities == 5 for e in events)
