"""ACLED's conventions for actor roles (polemos.roles), on sentences written for these tests."""

from __future__ import annotations

import pytest

from polemos.actors import ActorMatch, ActorRegistry


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


def _span_ok(text: str, m: ActorMatch | None) -> None:
    assert m is not None
    assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text


@pytest.mark.parametrize(("lang", "sub", "cc", "text"), [
    ("en", "Abduction/forced disappearance", "ML",
     "Armed men kidnapped a bank cashier on the road to Menaka on Monday."),
    ("en", "Attack", "KE", "An off-duty police officer was shot dead by gunmen in Garissa."),
    ("fr", "Abduction/forced disappearance", "ML", "Des hommes armés ont enlevé un notable près de Tombouctou."),
    ("es", "Attack", "CO", "Hombres armados atacaron la camioneta de un concejal en el Cauca."),
    ("ru", "Attack", "UA", "Неизвестные вооружённые люди напали на автобус под Харьковом."),
])
def test_violence_against_civilians_always_targets_civilians(
        reg: ActorRegistry, lang: str, sub: str, cc: str, text: str) -> None:
    f = reg.fill(text, lang, sub, cc)
    assert f.actor2 is not None and f.actor2.name.startswith("Civilians (")
    assert f.actor2.inter == 7
    _span_ok(text, f.actor2)


@pytest.mark.parametrize(("lang", "sub", "cc", "text"), [
    ("en", "Looting/property destruction", "ML", "Gunmen torched two lorries near Boni."),
    ("en", "Mob violence", "KE", "An angry mob set ablaze a lorry in Kisii after an accident."),
    ("fr", "Looting/property destruction", "BF", "Des individus armés ont incendié deux camions près de Djibo."),
])
def test_looting_and_mob_violence_default_to_civilians(
        reg: ActorRegistry, lang: str, sub: str, cc: str, text: str) -> None:
    f = reg.fill(text, lang, sub, cc)
    assert f.actor2 is not None and f.actor2.name.startswith("Civilians (")
    _span_ok(text, f.actor2)


@pytest.mark.parametrize(("lang", "sub", "cc", "text", "crowd"), [
    ("en", "Attack", "KE", "A crowd attacked a county official at a market in Kisii.", "crowd"),
    ("en", "Attack", "KE", "The official was attacked by a mob outside the tallying centre.", "mob"),
    ("en", "Armed clash", "KE", "Supporters of two rival candidates clashed in Kisumu on Sunday.",
     "Supporters"),
    ("fr", "Attack", "BF", "Des habitants ont lynché un voleur présumé à Bobo-Dioulasso.", "habitants"),
    ("es", "Attack", "CO", "Los vecinos atacaron a un presunto ladrón en un barrio de Cali.", "vecinos"),
    ("ru", "Attack", "UA", "Местные жители избили подозреваемого в краже в Одессе.", "жители"),
    ("uk", "Attack", "UA", "Місцеві мешканці побили підозрюваного у крадіжці в Одесі.", "мешканці"),
])
def test_a_crowd_doing_violence_is_rioters(reg: ActorRegistry, lang: str, sub: str, cc: str,
                                           text: str, crowd: str) -> None:
    f = reg.fill(text, lang, sub, cc)
    assert f.actor1 is not None and f.actor1.name.startswith("Rioters (")
    assert crowd in f.actor1.text and f.actor1.inter == 5
    _span_ok(text, f.actor1)
    if sub == "Armed clash":  # two crowds: rioters on both sides
        assert f.actor2 is not None and f.actor2.name.startswith("Rioters (")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Four armed men attacked a candidate at his home in Nyeri."),
    ("en", "The candidate was beaten by four men wielding clubs in Nyeri."),
    ("en", "Two residents were killed when gunmen attacked the market in Nyeri."),
])
def test_armed_or_unnamed_individuals_are_not_a_crowd(reg: ActorRegistry, lang: str,
                                                       text: str) -> None:
    f = reg.fill(text, lang, "Attack", "KE")
    assert f.actor1 is not None and f.actor1.name == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(("lang", "text", "ally_word"), [
    ("en", "French and Malian forces attacked ISGS militants near Menaka.", "Malian"),
    ("en", "An airstrike by French or Malian forces hit ISGS militants near Menaka.", "Malian"),
    ("fr", "Les forces françaises et maliennes ont attaqué des militants de l'EIGS près de Ménaka.",
     "maliennes"),
    ("es", "Las fuerzas francesas y malienses atacaron a militantes del EIGS cerca de Ménaka.",
     "malienses"),
    ("ar", "هاجمت القوات الفرنسية والمالية مسلحي داعش قرب ميناكا.", "المالية"),
    ("ru", "Французские и малийские военные атаковали боевиков ИГИЛ под Менакой.", "малийские"),
    ("uk", "Французькі та малійські військові атакували бойовиків ІДІЛ біля Менаки.", "малійські"),
])
def test_joint_operation_first_force_is_actor1_partner_associated(
        reg: ActorRegistry, lang: str, text: str, ally_word: str) -> None:
    f = reg.fill(text, lang, "Armed clash", "ML")
    assert f.actor1 is not None and f.actor1.name.startswith("Military Forces of France")
    assert f.actor1.inter == 8  # foreign forces abroad
    assert f.assoc_actor_1 is not None and f.assoc_actor_1.name.startswith("Military Forces of Mali")
    assert ally_word in f.assoc_actor_1.text
    assert f.actor2 is None or not f.actor2.name.startswith("Military Forces")
    _span_ok(text, f.actor1)
    _span_ok(text, f.assoc_actor_1)


def test_coordination_needs_a_second_nationality(reg: ActorRegistry) -> None:
    names = [m.name for m in reg.find("Protesters and police clashed in Nairobi.", "en", "KE")]
    assert names == ["Protesters (Kenya)", "Police Forces of Kenya (2013-)"]


@pytest.mark.parametrize(("lang", "sub", "cc", "text"), [
    ("en", "Violent demonstration", "BF",
     "Rioters burned tyres in Ouagadougou and security forces fired tear gas."),
    ("fr", "Protest with intervention", "BF",
     "Les forces de l'ordre ont dispersé les manifestants devant la mairie de Koudougou."),
    ("es", "Protest with intervention", "CO",
     "Las fuerzas de seguridad dispersaron a los manifestantes en Popayán."),
])
def test_security_forces_facing_a_crowd_are_police(reg: ActorRegistry, lang: str, sub: str,
                                                   cc: str, text: str) -> None:
    f = reg.fill(text, lang, sub, cc)
    assert f.actor2 is not None and f.actor2.name.startswith("Police Forces of")
    _span_ok(text, f.actor2)


def test_mob_clashing_with_police_targets_the_police(reg: ActorRegistry) -> None:
    text = "Traders clashed with police at the market in Kisumu after a raid."
    f = reg.fill(text, "en", "Mob violence", "KE")
    assert f.actor1 is not None and f.actor1.name == "Rioters (Kenya)"
    assert f.actor2 is not None and f.actor2.name == "Police Forces of Kenya (2013-)"


def test_violent_demonstration_target_is_the_force_not_a_group(reg: ActorRegistry) -> None:
    text = ("Residents blocked the road with burning tyres to denounce an attack by Al Shabaab, "
            "and police fired in the air.")
    f = reg.fill(text, "en", "Violent demonstration", "KE")
    assert f.actor1 is not None and f.actor1.name == "Rioters (Kenya)"
    assert f.actor2 is not None and f.actor2.name == "Police Forces of Kenya (2013-)"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Militiamen opened fire on two herders near Mopti, wounding one of them."),
    ("fr", "Des miliciens ont blessé deux bergers près de Mopti."),
    ("es", "Milicianos hirieron a dos pastores cerca de Mopti."),
    ("ru", "Боевики ранили двух пастухов под Мопти."),
])
def test_wounding_alone_evidences_the_civilian_target(reg: ActorRegistry, lang: str,
                                                       text: str) -> None:
    f = reg.fill(text, lang, "Attack", "ML")
    assert f.actor2 is not None and f.actor2.name == "Civilians (Mali)"
    _span_ok(text, f.actor2)


def test_mob_violence_broken_up_by_police_targets_the_police(reg: ActorRegistry) -> None:
    text = "Police dispersed a crowd that had stormed a tallying centre in Kisii."
    f = reg.fill(text, "en", "Mob violence", "KE")
    assert f.actor1 is not None and f.actor1.name == "Rioters (Kenya)"
    assert f.actor2 is not None and f.actor2.name == "Police Forces of Kenya (2013-)"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ODM supporters protested outside the tallying centre."),
    ("fr", "Des partisans du Mouvement démocratique orange ont manifesté à Kisumu."),
    ("ru", "Сторонники Оранжевого демократического движения вышли на протест."),
])
def test_parties_are_country_cues_not_actors(reg: ActorRegistry, lang: str, text: str) -> None:
    hits = reg.hits(text, None)
    party = [h for h in hits if h.kind == "party"]
    assert party and reg.by_name[party[0].match.name]["country"] == "KE"
    f = reg.fill(text, lang, "Protest with intervention", "KE")
    assert f.actor1 is not None and f.actor1.name == "Protesters (Kenya)"
    assert f.actor2 is None  # a party is never the intervening force


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Taliban militants attacked a local police checkpoint in Kunduz."),
    ("fr", "Des talibans ont attaqué un poste de la police locale à Kunduz."),
    ("ru", "Талибы атаковали пост местной полиции в Кундузе."),
])
def test_local_police_is_the_afghan_local_police_only_in_afghanistan(
        reg: ActorRegistry, lang: str, text: str) -> None:
    af = reg.fill(text, lang, "Armed clash", "AF")
    assert af.actor2 is not None
    assert af.actor2.name == "Police Forces of Afghanistan (2014-) Afghan Local Police"
    pk = {m.name for m in reg.find(text, lang, "PK")}
    assert not any("Afghan Local Police" in n for n in pk)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Burning tyres blocked the main road to Kisumu on Monday.", "Burning"),
    ("fr", "Des pneus ont été incendiés et la route nationale bloquée à Koudougou.", "incendiés"),
    ("es", "La carretera fue bloqueada con piedras en Popayán.", "bloqueada"),
])
def test_a_riot_always_has_rioters(reg: ActorRegistry, lang: str, text: str, word: str) -> None:
    cc = {"en": "KE", "fr": "BF", "es": "CO"}[lang]
    f = reg.fill(text, lang, "Violent demonstration", cc)
    assert f.actor1 is not None and f.actor1.name.startswith("Rioters (")
    assert f.actor1.text == word
    _span_ok(text, f.actor1)


@pytest.mark.parametrize(("text", "lang", "cc"), [
    ("Un grupo de jubilados protestó el miércoles frente al Congreso.", "es", "AR"),
    ("Des retraités ont manifesté mercredi devant la préfecture.", "fr", "FR"),
    ("تظاهر عشرات المتقاعدين أمام البرلمان يوم الأربعاء.", "ar", "JO"),
])
def test_a_protest_always_has_its_protesters(reg: ActorRegistry, text: str, lang: str,
                                             cc: str) -> None:
    """A crowd the registry does not know ("jubilados") still protests: the act evidences it."""
    f = reg.fill(text, lang, "Peaceful protest", cc)
    assert f.actor1 is not None and f.actor1.name.startswith("Protesters (")
    assert f.actor1.start >= 0 and text[f.actor1.start:f.actor1.end] == f.actor1.text
