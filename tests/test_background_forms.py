"""Background told in the forms news uses besides dates: what the news follows, Arabic's
pluperfect, remembering, a claim told afterwards. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.background import before_judges, follows, prune, reaction, remembers
from test_long_articles import _cand


@pytest.mark.parametrize("text", [
    "The attack comes two days after gunmen killed a village chief nearby.",
    "It came less than a week after a similar ambush on the same road.",
    "L'attaque intervient une semaine après l'enlèvement de trois enseignants.",
    "El ataque se produce tres días después de la captura de un cabecilla.",
    "ويأتي الهجوم بعد أيام من إعلان مقتل أحد قياديي التنظيم في غارة جوية.",
    "وكانت عبوة مماثلة قد أودت بحياة ضابط وجندي شمال بغداد.",
])
def test_what_the_news_follows(text: str) -> None:
    assert follows(text)


@pytest.mark.parametrize("text", [
    "Police came to the scene after gunmen opened fire on the market.",
    "The attack came as villagers gathered for prayers.",
    "قتل مسلحون ثلاثة جنود في كمين قرب القرية.",
])
def test_not_what_the_news_follows(text: str) -> None:
    assert not follows(text)


@pytest.mark.parametrize("text", [
    "Residents marked the first anniversary of the massacre with a vigil.",
    "Le gouvernement a rendu jeudi un hommage national aux 54 militaires tués le 17 avril.",
    "Las autoridades rindieron homenaje a los policías asesinados en marzo.",
    "Жители почтили память погибших при обстреле год назад.",
    "أحيت مدينة سوسة، صباح اليوم الخميس، الذكرى العاشرة للهجوم على الفندق.",
])
def test_remembering(text: str) -> None:
    assert remembers(text)


def test_an_attack_on_a_memorial_is_no_remembering() -> None:
    assert not remembers("Gunmen attacked a memorial ceremony, killing three mourners.")


@pytest.mark.parametrize("text", [
    "A former militia commander testified on Tuesday that his men had burned the village.",
    "Once exmilitares reconocieron el jueves ante la JEP su responsabilidad en el asesinato "
    "de civiles.",
    "Un ancien chef de milice a avoué mardi devant la cour que ses hommes avaient tué 40 "
    "villageois.",
    "Бывший командир признал в суде, что его люди расстреляли колонну беженцев.",
    "Колишній командир у вівторок зізнався в суді, що його люди спалили село.",
    "اعترف قائد سابق في ميليشيا أمام المحكمة يوم الثلاثاء بأن رجاله قتلوا 40 قرويا.",
])
def test_testimony_before_judges(text: str) -> None:
    assert before_judges(text)


@pytest.mark.parametrize("text", [
    # a group admitting an attack claims it; a court attacked or besieged is news
    "The group admitted responsibility for Tuesday's bombing in Mogadishu.",
    "Gunmen stormed the court building in Kismayo on Monday, killing two guards.",
    "Судя по всему, боевики признали потери после обстрела.",
    "أعلن الجيش القضاء على عشرة مسلحين واعترف بمقتل جنديين.",
])
def test_no_testimony(text: str) -> None:
    assert not before_judges(text)


@pytest.mark.parametrize("text", [
    "L'attaque, revendiquée par le GSIM, est la plus meurtrière de l'année.",
    "The bombing was claimed by the Islamic State on Tuesday.",
    "El atentado, reivindicado por el ELN, dejó daños en el oleoducto.",
])
def test_a_claim_told_afterwards_is_a_reaction(text: str) -> None:
    assert reaction(text)


def test_who_reported_the_act_is_no_reaction() -> None:
    # "denunció la Asociación" closing a sentence names the source of the act told before it
    told = ("El lunes, hombres armados se llevaron de su vivienda en el casco urbano de "
            "Saravena a un líder comunal de 48 años, denunció la Asociación Campesina de Arauca.")
    assert not reaction(told)
    assert reaction("El alcalde de Saravena denunció el secuestro del líder comunal.")


def test_prune_drops_a_tribute_and_what_it_goes_on_about() -> None:
    tribute = _cand(0, date(2025, 4, 17))
    claim = _cand(1, None, own_date=False, sub="Armed clash", event_type="Battles")
    texts = ["Le gouvernement a rendu jeudi hommage aux 54 militaires tués le 17 avril.",
             "L'attaque, revendiquée par le GSIM, est la plus meurtrière jamais subie."]
    assert prune([tribute, claim], texts) == []


def test_prune_drops_an_arabic_pluperfect_even_as_the_first_event() -> None:
    had = _cand(0, None, own_date=False)
    texts = ["وكان المهاجم قد أطلق النار على نزلاء الفندق قبل أن تقتله قوات الأمن."]
    assert prune([had], texts) == []


def test_prune_keeps_a_pluperfect_with_a_day_of_its_own() -> None:
    lead = _cand(0, date(2025, 2, 10), sub="Shelling/artillery/missile attack",
                 event_type="Explosions/Remote violence")
    sunday = _cand(1, date(2025, 2, 9))
    texts = ["سقط تسعة قتلى أمس الاثنين جراء قصف مدفعي على المخيم.",
             "وكانت قوات الدعم السريع قد اقتحمت يوم الأحد مخيم زمزم وقتلت ستة مدنيين."]
    assert prune([lead, sunday], texts) == [lead, sunday]


def test_prune_keeps_another_news_item_of_the_week() -> None:
    """"Par ailleurs, ... mardi dernier": another news item, not a recollection; a month back
    it is one."""
    lead = _cand(0, date(2025, 3, 16))
    other = _cand(1, date(2025, 3, 11), sub="Remote explosive/landmine/IED",
                  event_type="Explosions/Remote violence")
    texts = ["Au moins neuf civils ont été tués dimanche par des hommes armés près de Dori.",
             "Par ailleurs, trois soldats ont été tués mardi dernier par un engin explosif."]
    assert prune([lead, other], texts) == [lead, other]
    old = _cand(1, date(2025, 2, 11), sub="Remote explosive/landmine/IED",
                event_type="Explosions/Remote violence")
    assert prune([lead, old], texts) == [lead]


@pytest.mark.parametrize(("text", "want"), [
    ("Grenade attacks are not uncommon in the city.", True),
    ("Беспорядки в местах лишения свободы случаются нечасто.", True),
    ("Such attacks have become common in the province.", True),
    ("The attack is common knowledge in the town.", False),
])
def test_how_often_such_things_happen(text: str, want: bool) -> None:
    from polemos.background import habitual

    assert habitual(text) is want


def test_the_wounded_taken_to_hospital_with_a_clause_between() -> None:
    from polemos.background import aftermath

    assert aftermath("Five injured workers, two with burns covering half their bodies, were "
                     "admitted to the district hospital and later shifted to a burns ward.")


@pytest.mark.parametrize(("text", "want"), [
    ("The deadliest day of the year was a strike on a housing block in spring.", True),
    ("Найсмертоноснішим днем року став удар по житловому кварталу Харкова навесні.", True),
    ("Protesters marched in the spring sunshine.", False),
])
def test_a_season_is_an_earlier_period(text: str, want: bool) -> None:
    from polemos.background import earlier_period

    assert earlier_period(text) is want


@pytest.mark.parametrize("text", [
    "Южный окружной военный суд во вторник приговорил четырех человек по делу о нападении.",
    "The court sentenced three men to life over the 2019 bombing of the market.",
])
def test_a_sentence_passed_is_before_judges(text: str) -> None:
    assert before_judges(text)


def test_a_commemoration_planned_is_announced() -> None:
    from polemos.background import announced

    assert announced("У понеділок у Львові заплановано вшанування загиблих на цвинтарі.")
    assert not before_judges("Le gouvernement a condamné l'attaque contre le convoi.")


@pytest.mark.parametrize("text", [
    "Twelve years ago, rebels seized the northern city of Kidal.",
    "Il y a quinze ans, les rebelles ont pris Kidal.",
    "Двенадцать лет назад боевики захватили город.",
])
def test_years_ago_in_any_number_is_an_earlier_period(text: str) -> None:
    from polemos.background import earlier_period

    assert earlier_period(text)



def test_prune_drops_an_act_told_with_at_the_time() -> None:
    # "the day before, on 6 July, a drone attacked a minibus in the town; the driver was wounded
    # then": a recollection of its own day, not the news of the day
    lead = _cand(0, date(2026, 7, 7), sub="Shelling/artillery/missile attack",
                 event_type="Explosions/Remote violence")
    before = _cand(1, date(2026, 7, 6), sub="Air/drone strike",
                   event_type="Explosions/Remote violence")
    texts = ["Вчора росіяни обстріляли Нікополь з артилерії, загинули двоє людей.",
             "Напередодні, 6 липня, дрон атакував маршрутне таксі в місті, тоді поранено водія."]
    assert prune([lead, before], texts) == [lead]
    texts[1] = "Напередодні, 6 липня, дрон атакував маршрутне таксі в місті, поранено водія."
    assert prune([lead, before], texts) == [lead, before]


def test_an_arabic_sentence_passed_by_a_court_is_before_judges() -> None:
    # "the criminal court sentenced three defendants to death yesterday in the case of the attack
    # on the checkpoint": the attack is the one on trial
    assert before_judges("أصدرت محكمة الجنايات أمس أحكاماً بالإعدام بحق ثلاثة متهمين في قضية "
                         "الهجوم على الحاجز الأمني جنوب المدينة.")
    assert not before_judges("هاجم مسلحون أمس الحاجز الأمني جنوب المدينة وقتلوا ثلاثة من عناصره.")


@pytest.mark.parametrize("text", [
    "Las autoridades no precisaron si los detenidos tienen relación con el enfrentamiento del "
    "sábado.",
    "Les enquêteurs cherchent encore à savoir si les suspects ont participé à l'accrochage de "
    "samedi.",
    "Officials did not say whether the men were linked to Saturday's clash.",
])
def test_an_act_named_by_its_day_refers_to_the_event_told(text: str) -> None:
    day = date(2026, 1, 17)
    clash = _cand(0, day, sub="Armed clash", event_type="Battles")
    again = _cand(1, day, sub="Armed clash", event_type="Battles")
    texts = ["Four gunmen were killed on Saturday in a clash with soldiers near the city.", text]
    assert prune([clash, again], texts) == [clash]
    other_day = _cand(1, date(2026, 1, 18), sub="Armed clash", event_type="Battles")
    assert prune([clash, other_day], texts) == [clash, other_day]  # not the one told
    # a night "de samedi à dimanche" is a day, not an act named by it
    night = ["Four gunmen were killed on Saturday in a clash with soldiers near the city.",
             "Dans la nuit de samedi à dimanche, des combats ont éclaté près de Tibú."]
    assert prune([clash, again], night) == [clash, again]


# A lead act, then an earlier one the sentence recalls in the newsroom's words (texts written for
# this test): the recalled act, a day before the lead's, is background.
RECALLED = {
    "uk": ("ХЕРСОН, 5 березня. У вівторок унаслідок удару російського дрона по Херсону загинули "
           "двоє людей, повідомили в обласній адміністрації. Нагадаємо, у понеділок під час "
           "обстрілу Херсона поранено трьох людей."),
    "ru": ("БЕЛГОРОД, 5 марта. Во вторник в результате удара украинского беспилотника по Белгороду "
           "погибли два человека, сообщил губернатор. Напомним, в понедельник при обстреле "
           "Шебекино были ранены три человека."),
    "fr": ("BAMAKO, 5 mars. Mardi, des hommes armés ont tué deux civils dans une attaque contre le "
           "village de Dioura, selon des sources locales. Rappelons que lundi, une embuscade près "
           "de Niono avait coûté la vie à trois soldats."),
    "es": ("BOGOTÁ, 5 mar. El martes, hombres armados asesinaron a dos campesinos en zona rural de "
           "Tumaco, informó la Defensoría. Cabe recordar que el lunes un ataque con explosivos "
           "contra una patrulla en Tumaco dejó tres soldados heridos."),
    "en": ("MAIDUGURI, March 5. Gunmen on Tuesday killed two farmers in an attack on a village near "
           "Konduga, police said. It will be recalled that on Monday a roadside bomb wounded three "
           "soldiers near Bama."),
    "ar": ("مقديشو، 5 مارس - قتل مسلحون من حركة الشباب اثنين من المدنيين يوم الثلاثاء في هجوم على "
           "قرية قرب مدينة أفجوي، بحسب مصادر محلية. يذكر أن عبوة ناسفة انفجرت يوم الاثنين في مدينة "
           "أفجوي وأسفرت عن إصابة ثلاثة جنود."),
}


@pytest.fixture(scope="module")
def pipeline():
    from polemos.pipeline import Pipeline

    return Pipeline()


@pytest.mark.parametrize("lang", sorted(RECALLED))
def test_what_the_newsroom_recalls_is_background(pipeline, lang: str) -> None:
    from polemos.schema import Document

    text = RECALLED[lang]
    events = pipeline.extract(Document(text=text, language=lang, published="2026-03-05"))
    assert [e.event_date for e in events] == [date(2026, 3, 3)]
    # the recalled act alone, with no "recall" word, is news of its own
    plain = text.replace("Нагадаємо, у", "У").replace("Напомним, в", "В").replace(
        "Rappelons que lundi", "Lundi").replace("Cabe recordar que el", "El").replace(
        "It will be recalled that on", "On").replace("يذكر أن عبوة ناسفة انفجرت", "انفجرت عبوة ناسفة")
    assert plain != text
    again = pipeline.extract(Document(text=plain, language=lang, published="2026-03-05"))
    assert date(2026, 3, 2) in [e.event_date for e in again]


# Snippets read alone that tell no new act (sentences written for these tests)
@pytest.mark.parametrize("text", [
    # years or months summed, no day named
    "More than 4,000 people have been killed in the province since the rebellion began in 2019.",
    "قُتل أكثر من 4000 شخص في الإقليم منذ اندلاع التمرد عام 2019.",
    "Depuis le début de l'année, plus de 50 000 personnes ont fui les combats vers le Tchad.",
    # the wounded cared for
    "The injured were airlifted to the military hospital in Mopti, a medical source said.",
    "Поранених доправили до лікарні в Харкові, повідомили в ОВА.",
    # a funeral, an anniversary
    "Funerals were held on Friday for the three police officers killed in Tuesday's ambush.",
    "Los funerales de los tres policías asesinados el martes se celebraron el viernes en Cúcuta.",
    "El país conmemoraba el aniversario del atentado contra la estación de tren.",
    "نُكّست الأعلام يوم الأحد إحياءً لذكرى ضحايا التفجير.",
    # since a month, no day named; attending a ceremony; a yearly report
    "Según el sindicato, 9 mototaxistas han sido asesinados en Trujillo desde noviembre.",
    "С октября в области погибли 14 мирных жителей.",
    "Since October 2023 more than 40 bus drivers have been killed in Lima.",
    "На церемонію прийшли родини загиблих і військові.",
    "Hundreds of residents attended the ceremony, including relatives of the dead soldiers.",
    "В ежегодном докладе говорится, что в 2025 году погибли 900 мирных жителей.",
])
def test_told_alone_background(text: str) -> None:
    from polemos.background import told_alone

    assert told_alone(text, "Attack")


@pytest.mark.parametrize("text", [
    # a day named: the act is news, whatever the year's sum after it
    "A journalist was shot dead on Thursday in Cebu, the third killing of a reporter since the "
    "start of the year.",
    "Радиоведущий был застрелен в четверг у своего дома; это третье убийство журналиста с "
    "начала года.",
    # a day of the month after "since" is a day
    "Gunmen have killed three drivers in Trujillo since November 4, police said.",
    # deaths with the wounded: the act itself
    "Two people were killed and the wounded were taken to hospital after gunmen opened fire.",
    # an attack on a funeral is an attack
    "A bomb exploded at a funeral in Jalalabad on Friday, killing seven mourners.",
])
def test_told_alone_news(text: str) -> None:
    from polemos.background import told_alone

    assert not told_alone(text, "Attack")


@pytest.mark.parametrize("text", [
    "At least nine miners died when a coal mine collapsed in Zonguldak province on Monday.",
    "Au moins douze orpailleurs ont péri dans l'effondrement d'un puits près de Kéniéba.",
    "Не менее шести человек погибли при обрушении шахты в Кемеровской области.",
    "لقي خمسة عمال حتفهم في انهيار منجم للذهب شمالي السودان.",
    # an aircraft crashing (not a drone)
    "Un petit avion-cargo s'est écrasé peu après son décollage, tuant ses quatre membres d'équipage.",
    "تحطمت طائرة شحن صغيرة بعد إقلاعها بقليل ما أسفر عن مقتل أفراد طاقمها الأربعة.",
])
def test_a_collapse_or_a_crash_is_a_disaster(text: str) -> None:
    from polemos.codebook import only_disaster

    assert only_disaster(text)


# An act, then what followed it: the search, and no one claiming it (texts written for this test)
FOLLOWED = [
    ("en", "GUSAU, Feb 18 - Gunmen abducted 23 villagers from Magami in Zamfara state on Sunday, "
           "residents said. Police said no one was killed and that tactical units had been "
           "deployed on Monday to comb the forest where the kidnappers were hiding. No group "
           "claimed the abduction by Tuesday."),
    ("fr", "NIAMEY, 12 mars - Des hommes armés ont tué quatre civils lundi à Ayorou, selon des "
           "sources locales. L'armée a dépêché mardi des renforts pour ratisser la zone. Aucun "
           "groupe n'a revendiqué l'attaque."),
    ("ar", "حلب، 1 يوليو - قُتل أربعة مدنيين أمس الاثنين بانفجار عبوة ناسفة في سوق مدينة الباب. "
           "وطوّقت قوات الأمن موقع الانفجار وفتحت تحقيقاً، ولم تتبنّ أي جهة الهجوم حتى مساء الاثنين."),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOWED)
def test_what_followed_the_act_is_no_other_act(pipeline, lang: str, text: str) -> None:
    from polemos.schema import Document

    published = {"en": "2025-02-18", "fr": "2025-03-12", "ar": "2025-07-01"}[lang]
    events = pipeline.extract(Document(text=text, language=lang, published=published))
    assert len(events) == 1


# After an act: its claim, its doer's own account, the country's night summed up (texts written
# for this test); each tells the act already told, or no act of one place
AFTER_ACT = [
    ("en", "2025-03-18", "MOGADISHU, March 18 - Al-Shabaab fighters attacked an army base near "
     "Afgooye on Sunday, killing four soldiers, officials said. In a statement read on its radio "
     "station, al-Shabaab claimed responsibility for the raid and said it had killed 19 soldiers.",
     1, True),
    ("ar", "2025-08-10", "الخرطوم، 10 آب - قتلت قوات الدعم السريع 12 مدنياً أمس السبت في هجوم على "
     "قرية قرب مدينة بارا بولاية شمال كردفان، بحسب مصادر محلية. وقالت قوات الدعم السريع في بيان "
     "إنها اشتبكت مع ميليشيات متحالفة مع الجيش في المنطقة.", 1, None),
    ("uk", "2025-12-08", "ДНІПРО, 8 грудня - У ніч на неділю російські дрони атакували Дніпро, "
     "загинули двоє людей, повідомив голова ОВА. За даними Повітряних сил, загалом у ніч на 7 "
     "грудня противник атакував Україну 52 ударними дронами, сили ППО збили 40 з них.", 1, None),
]


@pytest.mark.parametrize(("lang", "published", "text", "n", "claimed"), AFTER_ACT)
def test_what_an_act_s_claim_or_account_tells_is_that_act(pipeline, lang, published, text, n,
                                                          claimed) -> None:
    from polemos.schema import Document

    events = pipeline.extract(Document(text=text, language=lang, published=published))
    assert len(events) == n
    if claimed is not None:
        assert events[0].claimed is claimed


@pytest.mark.parametrize("text", [
    "Під час навчань військові відпрацьовуватимуть знищення дронів-мішеней.",
    "La marcha está prevista para las 14.00 horas del jueves.",
    # the search after an act, an evacuation ordered
    "The army said it had launched an operation to track down the attackers near Bokkos.",
    "Les autorités ont ordonné l'évacuation obligatoire de huit villages proches du front.",
])
def test_drills_and_days_to_come(text: str) -> None:
    from polemos.background import told_alone

    assert told_alone(text, "Air/drone strike")


def test_every_night_is_habitual() -> None:
    from polemos.background import habitual

    assert habitual('"We hear firing almost every night," said a shopkeeper in Bannu.')


def test_a_drone_crashing_into_a_block_is_no_disaster() -> None:
    from polemos.codebook import only_disaster

    assert not only_disaster("Un drone russe s'est écrasé sur un immeuble de Kharkiv, tuant deux "
                             "personnes.")


def test_a_town_named_with_the_country_s_sum_keeps_its_event(pipeline) -> None:
    from polemos.schema import Document

    text = ("ХАРКІВ, 16 лютого - Загалом у ніч на неділю росіяни атакували Україну 60 дронами, у "
            "Харкові загинули двоє людей, повідомив голова ОВА.")
    events = pipeline.extract(Document(text=text, language="uk", published="2026-02-16"))
    assert [e.location for e in events] == ["Kharkiv"]
