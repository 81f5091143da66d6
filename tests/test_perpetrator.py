"""actor1 from outside the event sentence (polemos.perpetrator), on texts written for polemos."""

import pytest

from polemos.pipeline import extract


@pytest.mark.parametrize("text,lang,actor1,said", [
    ("У п'ятницю вранці російська ракета влучила в житловий квартал Харкова. За даними "
     "обласної адміністрації, загинули четверо людей, ще 14 поранені.", "uk",
     "Military Forces of Russia", "російська ракета"),
    ("В пятницю утром российская ракета попала в жилой квартал Харькова. По данным областной "
     "администрации, погибли четыре человека.", "ru", "Military Forces of Russia",
     "российская ракета"),
])
def test_a_toll_sentence_takes_the_doer_of_the_strike_before_it(text, lang, actor1, said):
    events = extract(text, published="2024-05-18", lang=lang)
    assert events, "the strike gives an event"
    ev = events[0]
    assert ev.actor1.startswith(actor1)
    assert ev.inter1 == 8  # a foreign state's forces abroad
    assert [e.text for e in ev.evidence if e.field == "actor1"] == [said]


def _toll_event(before: str, toll: str):
    from types import SimpleNamespace

    from polemos.actors import ActorRegistry
    from polemos.candidates import Candidate
    from polemos.perpetrator import find_actor1

    first = SimpleNamespace(text=before, start=0, end=len(before))
    second = SimpleNamespace(text=toll, start=len(before) + 1, end=len(before) + 1 + len(toll))
    c = Candidate(1, second.start, second.end, "Attack", "Violence against civilians", 0.9,
                  {}, [])
    find_actor1(ActorRegistry.default(), c, second, [], "en", "UA", first, [second], "UA")
    return c


def test_the_strike_sentence_before_names_the_doer():
    c = _toll_event("A Russian missile hit a block of flats in Kharkiv on Friday.",
                    "Four people were killed and 14 wounded.")
    assert c.fields["actor1"].startswith("Military Forces of Russia")
    assert [e.text for e in c.evidence if e.field == "actor1"] == ["Russian missile"]


@pytest.mark.parametrize("before", [
    "Police arrested two men in the centre of Kharkiv on Friday.",  # no strike: not the doer
    "Russian forces said on Friday that they had taken a village near Kupiansk.",
])
def test_a_sentence_before_that_tells_no_strike_names_no_doer(before):
    c = _toll_event(before, "Four people were killed and 14 wounded.")
    assert not (c.fields.get("actor1") or "").startswith(("Police", "Military"))


def test_a_sentence_that_tells_more_than_a_toll_keeps_its_own_story():
    c = _toll_event("A Russian missile hit a block of flats in Kharkiv on Friday.",
                    "Gunmen attacked a checkpoint in the south, killing two guards.")
    assert not (c.fields.get("actor1") or "").startswith("Military Forces of Russia")


@pytest.mark.parametrize("text,lang,published,actor1", [
    ("Four people were killed when a missile hit a block of flats in Kharkiv on Friday.", "en",
     "2024-05-18", "Military Forces of Russia"),
    ("В воскресенье Белгород подвергся обстрелу из реактивных систем залпового огня, ранены три "
     "человека, сообщили местные власти.", "ru", "2024-03-18", "Military Forces of Ukraine"),
])
def test_an_unattributed_strike_from_afar_is_coded_to_the_side_that_strikes(
        text, lang, published, actor1):
    (ev,) = extract(text, published=published, lang=lang)
    assert ev.actor1.startswith(actor1) and ev.inter1 == 8
    assert [e.field for e in ev.evidence].count("actor1") == 1  # the strike as told


@pytest.mark.parametrize("text,published", [
    # before the full-scale invasion: no default
    ("Three people were wounded when shells hit a street in Belgorod on Sunday.", "2021-06-01"),
    # a war where several sides strike from afar
    ("Four civilians were killed when shells hit a market in Idlib on Friday.", "2024-05-18"),
])
def test_no_default_side_before_the_war_or_where_several_strike(text, published):
    for ev in extract(text, published=published, lang="en"):
        assert not (ev.actor1 or "").startswith("Military Forces")


def test_doers_named_however_vaguely_keep_their_name():
    text = "Unknown gunmen fired mortars at a village near Donetsk on Friday, wounding two people."
    for ev in extract(text, published="2024-05-18", lang="en"):
        assert not (ev.actor1 or "").startswith("Military Forces of Russia")


# --- a claim in a later sentence, not only the next one (texts written for polemos) ---------
def _claimed_in(sentences: list[str], cc: str):
    """Run find_actor1 on the first sentence with all of them as the run that still tells it."""
    from datetime import date
    from types import SimpleNamespace

    from polemos.actors import ActorRegistry
    from polemos.candidates import Candidate
    from polemos.perpetrator import find_actor1

    run, pos = [], 0
    for s in sentences:
        run.append(SimpleNamespace(text=s, start=pos, end=pos + len(s)))
        pos += len(s) + 1
    c = Candidate(0, run[0].start, run[0].end, "Attack", "Violence against civilians", 0.9,
                  {"event_date": date(2025, 3, 10)}, [])
    find_actor1(ActorRegistry.default(), c, run[0], [], None, cc, None, run, cc)
    return c.fields.get("actor1")


@pytest.mark.parametrize("sentences,cc,actor1", [
    (["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
      "Several of the wounded were flown to the capital on Tuesday.",  # a day, but no new act
      "Residents said the men came on motorbikes.",
      "JNIM said in a statement that it had carried out the raid."], "BF", "JNIM"),
    (["Des hommes armés ont attaqué lundi un poste de gendarmerie près de Djibo.",
      "Le bilan n'a pas été communiqué.", "Les blessés ont été évacués vers la capitale.",
      "Le raid a été revendiqué par le Groupe de soutien à l'islam et aux musulmans dans un "
      "message audio."],
     "BF", "JNIM"),
    (["Hombres armados mataron a cuatro policías el lunes en Apatzingán.",
      "Los heridos fueron trasladados a Morelia.", "Vecinos dijeron que escucharon disparos.",
      "Las autoridades atribuyeron el ataque al Cártel Jalisco Nueva Generación."],
     "MX", "CJNG"),
    (["قتل مسلحون ثلاثة جنود يوم الإثنين قرب كركوك.", "ونقل الجرحى إلى المستشفى.",
      "وقال مصدر أمني إن التحقيق جار.",
      "ويرجّح المصدر أن تكون خلية من تنظيم داعش قد نفذت الهجوم."], "IQ", "Islamic State"),
    (["Боевики напали в понедельник на деревню на юге страны.", "Раненых доставили в больницу.",
      "Местные жители покинули деревню.",
      "Ответственность за нападение взяла на себя группировка «Аш-Шабаб»."], "SO", "Al Shabaab"),
    (["Бойовики напали в понеділок на село на півдні країни.", "Поранених доставили до лікарні.",
      "Місцеві жителі залишили село.",
      "Відповідальність за напад взяла на себе група «Аш-Шабаб»."], "SO", "Al Shabaab"),
])
def test_a_claim_several_sentences_later_names_the_doer(sentences, cc, actor1):
    assert (_claimed_in(sentences, cc) or "").startswith(actor1)


@pytest.mark.parametrize("sentences,cc", [
    # another act in between: the claim is that act's
    (["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
      "On the same day, gunmen attacked a police post near Dori.",
      "JNIM claimed responsibility in a statement."], "BF"),
    (["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
      "On 2 March, a bomb killed five soldiers near Dori.",
      "JNIM claimed responsibility in a statement."], "BF"),
    (["Des hommes armés ont attaqué lundi un village près de Djibo.",
      "Une autre attaque a visé un poste militaire dans la région.",
      "Le JNIM a revendiqué l'attaque."], "BF"),
    # background, a denial, the victims
    (["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
      "JNIM, which is active in the region, has attacked army posts in the past."], "BF"),
    (["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
      "JNIM denied any involvement in a statement."], "BF"),
    (["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
      "JNIM has not claimed the attack."], "BF"),
])
def test_no_claimed_doer_past_another_act_or_from_background(sentences, cc):
    assert not (_claimed_in(sentences, cc) or "").startswith("JNIM")


def test_a_later_claim_sets_claimed_and_who_claims():
    from datetime import date
    from types import SimpleNamespace

    from polemos.actors import ActorRegistry
    from polemos.candidates import Candidate
    from polemos.perpetrator import find_actor1

    texts = ["Gunmen attacked a village near Djibo on Monday, killing 12 people.",
             "The wounded were taken to hospital.", "Residents fled to the town.",
             "JNIM claimed responsibility for the raid."]
    run, pos = [], 0
    for t in texts:
        run.append(SimpleNamespace(text=t, start=pos, end=pos + len(t)))
        pos += len(t) + 1
    c = Candidate(0, 0, run[0].end, "Attack", "Violence against civilians", 0.9,
                  {"event_date": date(2025, 3, 10)}, [])
    find_actor1(ActorRegistry.default(), c, run[0], [], "en", "BF", None, run, "BF")
    assert c.fields["actor1"].startswith("JNIM")
    assert c.fields["claimed"] is True and c.fields["attribution"] == "JNIM"
