"""Session 8's codebook rules (polemos.codebook), on sentences written for polemos: the forces'
own moves are strategic developments, violence said not to have happened is calm, what a
protest is against is not its violence, a crowd armed with sticks is no armed side."""

from datetime import date

import pytest

from polemos.codebook import forces_move, recode
from polemos.features import concepts_of
from polemos.gate_words import opens_gate


@pytest.mark.parametrize("text,sub", [
    ("On 3 June, the army launched Operation Harmattan in the northern regions to counter the "
     "insurgent threat.", "Change to group/activity"),
    ("Soldiers began a combing operation around Kolla, seizing motorbikes and radios suspected of "
     "belonging to the militants.", "Disrupted weapons use"),
    ("During a sweep near the river, troops confiscated rifles and ammunition hidden in a hut.",
     "Disrupted weapons use"),
    ("French troops installed a new base near the airport of the town.",
     "Headquarters or base established"),
    ("Police conducted an operation in the market and fired warning shots to calm the crowd.",
     "Change to group/activity"),
])
def test_a_move_of_the_forces_with_no_one_fought_is_a_strategic_development(text, sub):
    assert recode("Armed clash", text) == sub


@pytest.mark.parametrize("text", [
    # fought, harmed or aimed at the other side: a battle (ground taken: test_codebook_territory)
    "The army launched an offensive against the rebels near the border.",
    "Troops conducted an operation in the forest and killed four militants.",
    "Rebels seized two soldiers at a checkpoint on the highway.",
])
def test_a_fight_stays_a_clash(text):
    assert recode("Armed clash", text) is None


def test_forces_move_needs_an_armed_side():
    text = "The company launched an operation to recover stolen vehicles."
    assert forces_move(concepts_of(text), text) is None


@pytest.mark.parametrize("text", [
    "Party members protested the cancelled results in the town hall. No reports of violence.",
    "Supporters of the losing candidate rallied in the main square; no violence was reported.",
])
def test_violence_said_not_to_happen_is_calm(text):
    assert recode("Violent demonstration", text) == "Peaceful protest"


def test_what_a_protest_is_against_is_not_its_violence():
    text = ("Police arrested demonstrators in the market town. They were protesting against the "
            "minister's attacks on the press.")
    assert recode("Violent demonstration", text) == "Protest with intervention"


def test_a_crowd_forcing_its_way_in_is_a_riot():
    assert recode("Peaceful protest",
                  "Party youths forced their way into the counting hall during the vote."
                  ) == "Violent demonstration"


def test_a_crowd_armed_with_sticks_is_a_mob():
    text = "Rival party supporters armed with sticks and clubs fought outside the polling centre."
    assert recode("Armed clash", text) == "Mob violence"


@pytest.mark.parametrize("text", [
    "Hundreds of students crowded the town square demanding the return of their teachers.",
    "Local traders armed with sticks closed down the market and beat a suspected thief.",
    "Party youths forced their way into the counting hall during the vote.",
    "A group of youths stormed the polling station and scared voters away.",
    "Voters chased the candidate away from the tallying centre.",
    "Supporters of the two camps broke into fistfights at the rally.",
    "Gunmen seized an ambulance on the road to the district hospital.",
])
def test_plain_forms_of_a_crowds_or_a_raiders_act_open_the_gate(text):
    assert opens_gate(text)


def test_a_month_told_early_the_next_month_may_be_news():
    from polemos.date_age import last_day
    from polemos.dates import DateMatch

    assert last_day(DateMatch(date(2017, 4, 1), 3, 0, 8, "in April")) == date(2017, 4, 30)
    assert last_day(DateMatch(date(2016, 12, 1), 3, 0, 8, "December")) == date(2016, 12, 31)
    assert last_day(DateMatch(date(2017, 4, 9), 1, 0, 8, "April 9")) == date(2017, 4, 9)


@pytest.mark.parametrize("text", [
    "Supporters of the two aspirants clashed outside the tallying centre in the town.",
    "Party partisans broke into fistfights at the nomination venue.",
])
def test_a_political_crowd_fighting_is_mob_violence(text):
    from polemos.codebook import crowd_fight

    assert crowd_fight(text)


@pytest.mark.parametrize("text", [
    "The rebels clashed with the army near the border.",
    "Supporters of the party gathered to hear the candidate speak.",
    "Youths armed with guns fought with the police.",
])
def test_no_crowd_fight_without_a_crowd_fighting_unarmed(text):
    from polemos.codebook import crowd_fight

    assert not crowd_fight(text)


def test_crowd_fight_adds_an_event_the_detector_missed():
    from polemos.detect import Prediction
    from polemos.sentence_rules import weapon_or
    from polemos.taxonomy import NONE_LABEL

    silent = Prediction(NONE_LABEL, None, 0.9, {NONE_LABEL: 0.9})
    got = weapon_or(silent, "Rival factions of the party clashed at the primaries.", None)
    assert got.sub_event_type == "Mob violence" and got.score >= 0.5 and got.by_rule


def test_an_attack_on_a_village_is_on_civilians():
    assert recode("Armed clash", "Militants attacked the village of Kora and burned ten houses, "
                  "killing two.") == "Attack"


def test_a_crowd_storming_a_named_school_is_no_storm():
    from polemos.codebook import only_disaster

    assert not only_disaster("Residents storm Kamukunji Secondary School after the killing of a "
                             "guard.")
    assert only_disaster("A storm destroyed 300 homes in the coastal district.")
    assert only_disaster("Storm Eunice killed three people and cut power to 200,000 homes.")


@pytest.mark.parametrize("text", [
    "Автобус столкнулся с бензовозом на трассе, погибли 17 пассажиров, сообщили в дорожной "
    "полиции.",
    "Автобус зіткнувся з бензовозом на трасі, загинули 17 пасажирів, повідомили в дорожній "
    "поліції.",
])
def test_a_road_crash_told_by_the_traffic_police_is_no_event(text):
    from polemos.codebook import only_disaster

    assert only_disaster(text)


@pytest.mark.parametrize("text", [
    "Turkish troops have set up a new military base on a ridge near Amadiya, officials said.",
    "L'armée turque a installé une nouvelle base sur une colline près d'Amadiya.",
    "Las fuerzas turcas han establecido una nueva base militar cerca de Amadiya.",
    "Турецкие военные оборудовали новую военную базу у Амадии.",
    "Турецькі військові облаштували нову військову базу поблизу Амадії.",
    "أقامت القوات التركية قاعدة عسكرية جديدة قرب العمادية.",
])
def test_a_base_set_up_by_an_armed_side(text):
    from polemos.detect import Prediction
    from polemos.sentence_rules import weapon_or
    from polemos.strategic import strategic
    from polemos.taxonomy import NONE_LABEL

    assert strategic(text) == "Headquarters or base established"
    transfer = Prediction("Non-violent transfer of territory", "Strategic developments", 0.7,
                          {"Non-violent transfer of territory": 0.7, NONE_LABEL: 0.3})
    assert weapon_or(transfer, text, None).sub_event_type == "Headquarters or base established"


def test_a_camp_for_the_displaced_is_no_base():
    from polemos.strategic import strategic

    assert strategic("Aid agencies set up a new camp for 5,000 displaced families.") is None
