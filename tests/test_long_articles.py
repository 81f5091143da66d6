"""Long articles: one happening reported at length gives one event, not one per paragraph.

The articles are written for these tests (not taken from any data set): each reports one
event (or two) and goes on, as news does, with details of it, an earlier attack recalled with
its own date, reactions (condemnations, denials, vows) and an announced march.
"""

from __future__ import annotations

from datetime import date

import pytest

from polemos.background import aftermath, announced, earlier_period, habitual, prune, reaction
from polemos.candidates import Candidate, collapse
from polemos.dates import find_sequel_day, hours_later
from polemos.pipeline import Pipeline
from polemos.schema import Document

# lang -> (published, text, [(event date, fatalities)] expected, in text order)
ARTICLES = {
    "en": ("2025-03-14", (
        "LAGOS, March 14 - Gunmen killed nine villagers in an attack on Kuchi village in Niger "
        "state on Wednesday night, local officials said.\n\n"
        "The attackers arrived on motorcycles and opened fire on residents before setting houses "
        "alight, a community leader said.\n\n"
        "In January last year, bandits killed more than 30 people in a nearby village.\n\n"
        "The state governor condemned the killings and vowed that the perpetrators would be "
        "brought to justice.\n\n"
        "The army denied that its troops had arrived late."), [(date(2025, 3, 12), 9)]),
    "fr": ("2025-04-10", (
        "BAMAKO, 10 avril - Des hommes armés ont attaqué mardi un poste de la gendarmerie à "
        "Diafarabé, dans le centre du Mali, tuant quatre gendarmes, selon des sources "
        "sécuritaires.\n\n"
        "Les assaillants ont ensuite incendié deux véhicules avant de prendre la fuite.\n\n"
        "Le 12 mars, une embuscade sur la même route avait fait six morts parmi les soldats.\n\n"
        "Le gouvernement a condamné une attaque « lâche » et promis de retrouver les auteurs.\n\n"
        "Une marche de soutien aux forces de sécurité aura lieu samedi prochain à Mopti."),
        [(date(2025, 4, 8), 4)]),
    "es": ("2025-05-09", (
        "MEDELLÍN, 9 de mayo - Tres soldados murieron el miércoles en un combate con disidentes "
        "de las FARC en zona rural de Briceño, Antioquia, informó el Ejército.\n\n"
        "Según el comunicado, los combates duraron cerca de dos horas.\n\n"
        "El año pasado, un ataque similar en el mismo municipio dejó cinco militares muertos.\n\n"
        "El grupo armado negó haber atacado a civiles y acusó al Ejército de violar el cese al "
        "fuego.\n\n"
        "Los habitantes convocaron una marcha por la paz para el próximo domingo."),
        [(date(2025, 5, 7), 3)]),
    "uk": ("2025-06-05", (
        "ОДЕСА, 5 червня - Двоє людей загинули внаслідок удару російських дронів по Одесі в ніч "
        "на середу, повідомив голова обласної військової адміністрації.\n\n"
        "Уламки пошкодили житлові будинки та автомобілі.\n\n"
        "Минулого місяця внаслідок ракетного удару по порту загинули вісім людей.\n\n"
        "Президент закликав партнерів посилити протиповітряну оборону.\n\n"
        "Москва заперечує удари по цивільних об'єктах."), [(date(2025, 6, 4), 2)]),
    "ar": ("2025-09-10", (
        "قُتل خمسة أشخاص يوم الاثنين في غارة بطائرة مسيّرة على سيارة قرب مدينة صور في جنوب "
        "لبنان، بحسب وزارة الصحة.\n\n"
        "واندلعت النيران في السيارة بعد الغارة.\n\n"
        "وفي الشهر الماضي، قُتل ثلاثة أشخاص في غارة على بلدة قريبة.\n\n"
        "ودانت الحكومة اللبنانية الغارة ودعت إلى وقف الاعتداءات.\n\n"
        "ونفى الجيش الإسرائيلي استهداف مدنيين."), [(date(2025, 9, 8), 5)]),
    # "Le même jour" opens a second happening, dated by the first one's day
    "fr2": ("2025-10-03", (
        "BAMAKO, 3 octobre - Des combattants jihadistes ont attaqué mardi un convoi de l'armée "
        "près de Nioro du Sahel, tuant cinq soldats, selon des sources sécuritaires.\n\n"
        "« Nous avons entendu les tirs pendant des heures », a raconté un habitant.\n\n"
        "Les assaillants ont ensuite tiré sur des civils qui tentaient de fuir.\n\n"
        "Le même jour, une frappe de drone de l'armée a tué au moins six civils près de Niono, "
        "dans la région de Ségou."), [(date(2025, 9, 30), 5), (date(2025, 9, 30), 6)]),
    # two happenings the same day: "В тот же день" opens the second one
    "ru": ("2025-03-20", (
        "КИЕВ, 20 марта - Три человека погибли во вторник при обстреле Харькова, сообщили "
        "местные власти.\n\n"
        "Снаряды попали в жилой дом в центре города.\n\n"
        "В тот же день беспилотник атаковал автобус в Никополе, погиб водитель.\n\n"
        "В начале марта при обстреле рынка в Харькове погибли пять человек.\n\n"
        "Власти пообещали усилить защиту транспорта."),
        [(date(2025, 3, 18), 3), (date(2025, 3, 18), 1)]),
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_long_article_gives_its_events_only(pipeline: Pipeline, lang: str) -> None:
    published, text, expected = ARTICLES[lang]
    doc = Document(text=text, published=date.fromisoformat(published), id=f"long-{lang}",
                   language=lang[:2])
    events = pipeline.extract(doc)
    assert [(e.event_date, e.fatalities) for e in events] == expected, [
        (e.sub_event_type, e.event_date, e.location, e.fatalities, e.notes) for e in events]
    recalled = {"en": "last year", "fr": "Le 12 mars", "fr2": "ont ensuite", "es": "El año pasado",
                "uk": "Минулого місяця", "ar": "الشهر الماضي", "ru": "В начале марта"}[lang]
    assert not any(recalled in (e.notes or "") for e in events)


# -- the rules, alone -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In June last year, a series of bombings killed 18 people.",
    "L'an dernier, une attaque similaire avait fait dix morts.",
    "El mes pasado, un ataque dejó cinco muertos.",
    "В прошлом году при обстреле погибли семь человек.",
    "Торік унаслідок удару загинули троє людей.",
    "وفي العام الماضي قُتل عشرة أشخاص.",
    "Ten years ago, rebels seized the northern city of Gao.",
    "Il y a trois ans, une embuscade avait tué douze soldats.",
    "Hace dos años, un atentado dejó nueve muertos en la ciudad.",
    "Пять лет назад при взрыве погибли 14 человек.",
    "Два роки тому під час обстрілу загинули шестеро людей.",
    "قبل عشر سنوات قتل مسلحون عشرين شخصا في القرية.",
])
def test_earlier_period(text: str) -> None:
    assert earlier_period(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed nine villagers on Wednesday.",
    "Des hommes armés ont tué quatre gendarmes mardi.",
    "В среду погибли два человека.",
    "Two days ago, gunmen attacked the village.",
    "Il y a deux jours, des hommes armés ont attaqué le village.",
])
def test_not_earlier_period(text: str) -> None:
    assert not earlier_period(text)


@pytest.mark.parametrize("text", [
    "The army denied that its troops had arrived late.",
    "Le gouvernement a promis de retrouver les auteurs.",
    "El grupo armado negó haber atacado a civiles.",
    "Москва отрицает удары по гражданским объектам.",
    "Міністр звинуватив «злочинців» у нападах.",
    "ونفى الجيش استهداف مدنيين.",
    "Authorities attributed the blast to the group.",
])
def test_reaction(text: str) -> None:
    assert reaction(text)


def test_protesters_denounce_without_it_being_a_reaction() -> None:
    assert reaction("The governor condemned the attack.")
    assert not reaction("Thousands of protesters denounced the law.", protest=True)
    assert not reaction("The attack claimed the lives of five people.")


@pytest.mark.parametrize("text", [
    "Organisers called a new march for next Sunday.",
    "Une marche aura lieu samedi prochain à Mopti.",
    "Convocaron una marcha para el próximo domingo.",
    "Протест запланований наступного тижня.",
    "ودعا المنظمون إلى مظاهرة الجمعة المقبل.",
])
def test_announced(text: str) -> None:
    assert announced(text)


@pytest.mark.parametrize("text", [
    "The United States has continued air strikes against the group.",
    "Les attaques contre les convois se répètent.",
    "В регионе регулярно происходят обстрелы.",
    "وقال ضابط إن الهجمات الليلية تتكرر.",
])
def test_habitual(text: str) -> None:
    assert habitual(text)
    assert not habitual("Gunmen attacked the convoy on Tuesday.")


@pytest.mark.parametrize("text", [
    "Several of the wounded were flown to the capital by helicopter.",
    "Plusieurs blessés ont été évacués vers Gao.",
    "Los heridos fueron trasladados al hospital de Cúcuta.",
    "Поранених госпіталізували до обласної лікарні.",
    "ونُقل الجرحى إلى مستشفى المدينة.",
])
def test_aftermath(text: str) -> None:
    assert aftermath(text)
    assert not aftermath("Gunmen wounded five people in the market.")


def test_hours_later_is_a_sequel_of_the_same_day() -> None:
    for text in ("Hours later, drones hit the city.", "Horas después, en Buenavista,",
                 "Через несколько часов дрон", "Quelques heures plus tard,"):
        sq = find_sequel_day(text)
        assert sq is not None and sq[0] == 0 and hours_later(sq[3]), text
    sq = find_sequel_day("Le même jour, une frappe a touché Niono.")
    assert sq is not None and sq[0] == 0 and not hours_later(sq[3])


def _cand(i: int, day: date | None, *, own_date: bool = True, precision: int = 1,
          sub: str = "Attack", event_type: str = "Violence against civilians",
          score: float = 0.95, place: tuple | None = None, own_place: bool = True) -> Candidate:
    c = Candidate(i, i * 100, i * 100 + 90, sub, event_type, score, own_date=own_date,
                  own_place=own_place)
    if day is not None:
        c.add("event_date", day, i * 100, i * 100 + 5, "day")
        c.fields["time_precision"] = precision
    if place is not None:
        key, lat, lon = place
        c.place_key = key
        c.fields.update(latitude=lat, longitude=lon, location=str(key))
    return c


def test_prune_drops_recalled_reaction_and_announced() -> None:
    lead = _cand(0, date(2025, 6, 10))
    recalled = _cand(1, date(2025, 6, 1), precision=3)  # "early June", lead on the 10th
    old_day = _cand(2, date(2025, 6, 2))  # eight days before the lead
    same_week = _cand(3, date(2025, 6, 9), precision=2)  # "earlier this week": may be news
    react = _cand(4, None, own_date=False)
    march = _cand(5, None, own_date=False, sub="Peaceful protest", event_type="Protests")
    texts = ["Gunmen killed 11 farmers on Tuesday.", "Early in June, a blast killed three.",
             "On 2 June a bomb killed two.", "Earlier this week gunmen attacked a second village.",
             "The governor condemned the attack.", "A march is planned for next Sunday."]
    kept = prune([lead, recalled, old_day, same_week, react, march], texts)
    assert kept == [lead, same_week]


def test_prune_keeps_the_only_event_even_when_it_is_told_as_a_reaction() -> None:
    only = _cand(0, date(2025, 6, 10))
    assert prune([only], ["The UN condemned the killing of 11 farmers on Tuesday."]) == [only]


def test_detail_in_a_district_of_the_city_is_the_same_event() -> None:
    city = _cand(0, date(2025, 9, 3), place=(1, 47.85, 35.12))
    district = _cand(1, date(2025, 9, 3), own_date=False, sub="Shelling/artillery/missile attack",
                     event_type="Explosions/Remote violence", place=(2, 47.90, 35.20))
    elsewhere = _cand(2, date(2025, 9, 3), own_date=False, score=0.97,
                      sub="Shelling/artillery/missile attack",
                      event_type="Explosions/Remote violence", place=(3, 46.64, 32.61))
    out = collapse([city, district, elsewhere])
    assert [c.place_key for c in out] == [1, 3]


def test_places_listed_in_one_sentence_stay_one_event_each() -> None:
    a = _cand(0, date(2017, 6, 5), own_date=False, sub="Peaceful protest", event_type="Protests",
              place=(1, -0.49, 37.12))
    b = _cand(0, date(2017, 6, 5), own_date=False, sub="Peaceful protest", event_type="Protests",
              place=(2, -0.55, 36.98))
    assert len(collapse([a, b])) == 2


def test_the_next_sentence_opening_on_the_blast_is_that_event() -> None:
    from datetime import date

    from polemos.pipeline import Pipeline
    from polemos.schema import Document

    text = ("QUETTA, Oct 8 - A suicide bomber rammed an explosives-laden car into a police "
            "checkpoint outside Quetta late on Tuesday, killing five officers, officials said. "
            "The blast was followed by gunfire as several militants tried to storm the post.")
    events = Pipeline().extract(Document(text=text, published=date(2025, 10, 9), language="en"))
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_an_attack_a_later_sentence_turned_into_the_clash_already_told_is_one_event() -> None:
    from polemos.candidates import collapse

    clash = _cand(0, date(2026, 7, 8), sub="Armed clash", event_type="Battles", place=(7, 37.2, 69.1))
    attack = _cand(1, date(2026, 7, 8), place=(7, 37.2, 69.1), own_place=False)
    # "In the exchange of fire three of them were killed": fighting back makes it a clash
    fought = _cand(2, None, own_date=False, sub="Armed clash", event_type="Battles",
                   place=(7, 37.2, 69.1), own_place=False)
    fought.add("fatalities", 3, 200, 210, "трое убиты")
    out = collapse([clash, attack, fought])
    assert len(out) == 1 and out[0].fields["fatalities"] == 3
    # another place, or another day, stays another event
    elsewhere = _cand(1, date(2026, 7, 8), sub="Armed clash", event_type="Battles",
                      place=(8, 37.9, 69.8))
    assert len(collapse([clash, elsewhere])) == 2


def _evidence_sentence(c: Candidate, text: str) -> Candidate:
    c.add("sub_event_type", c.sub_event_type, c.start, c.end, text)
    return c


def test_a_part_of_the_city_just_named_is_that_city_s_event() -> None:
    shelling = dict(sub="Shelling/artillery/missile attack", event_type="Explosions/Remote violence")
    city = _cand(0, date(2025, 3, 10), place=(1, 46.64, 32.61), **shelling)
    # the district read as a namesake of another city's, 400 km away
    part = _evidence_sentence(_cand(1, date(2025, 3, 10), place=(2, 50.45, 30.60), **shelling),
                              "Close to 10:30 several shells burst at a bus stop in the Dnipro "
                              "district of the city.")
    assert [c.place_key for c in collapse([city, part])] == [1]
    # a town named as such stays its own event
    town = _evidence_sentence(_cand(1, date(2025, 3, 10), place=(2, 46.62, 32.44), **shelling),
                              "Shells also hit the town of Bilozerka, wounding one man.")
    assert len(collapse([city, town])) == 2


def test_the_same_doer_striking_the_same_place_the_same_day_is_one_event() -> None:
    strike = _cand(0, date(2026, 4, 13), sub="Air/drone strike",
                   event_type="Explosions/Remote violence", place=(5, 33.38, 35.48))
    strike.fields.update(actor1="Military Forces of Israel (2022-)", fatalities=2)
    # "the drone fired a missile at the car on Monday evening", read as an attack on civilians
    again = _cand(1, date(2026, 4, 13), place=(5, 33.38, 35.48), own_place=False)
    # "the army said it had targeted two Hezbollah members", read as a clash
    claim = _cand(2, date(2026, 4, 13), sub="Armed clash", event_type="Battles",
                  place=(6, 33.26, 35.55), own_place=False)
    claim.fields.update(actor1="Military Forces of Israel (2022-)", actor2="Hezbollah")
    assert len(collapse([strike, again, claim])) == 1
    # another doer, a higher toll, or an unidentified doer: another event
    other = _cand(1, date(2026, 4, 13), sub="Armed clash", event_type="Battles",
                  place=(5, 33.38, 35.48), own_place=False)
    other.fields.update(actor1="Hezbollah")
    assert len(collapse([strike, other])) == 2
    worse = _cand(1, date(2026, 4, 13), place=(5, 33.38, 35.48), own_place=False)
    worse.fields.update(fatalities=5)
    assert len(collapse([strike, worse])) == 2
