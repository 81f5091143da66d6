"""Tests of the actor registry and actor filling, on sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from polemos.actors import ActorFill, ActorMatch, ActorRegistry, normalise_actor_name
from polemos.errors import ConfigError


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


def _check_span(text: str, m: ActorMatch | None) -> None:
    """Every produced actor carries the words that named or implied it."""
    if m is None:
        return
    assert 0 <= m.start < m.end <= len(text)
    assert text[m.start:m.end] == m.text


# (lang, sub_event_type, country, sentence, actor1, evidence word in actor1's span, actor2 or None)
CASES = [
    ("en", "Attack", "KE", "Gunmen shot dead three villagers near Mandera on Tuesday, police said.",
     "Unidentified Armed Group (Kenya)", "Gunmen", "Civilians (Kenya)"),
    ("en", "Armed clash", "KE", "Two soldiers died when Al-Shabaab fighters ambushed a KDF convoy near Lamu.",
     "Al Shabaab", "Al-Shabaab", "Military Forces of Kenya (2013-)"),
    ("en", "Armed clash", "AF", "Heavy clashes between Taliban militants and Afghan forces were reported in Helmand.",
     "Taliban", "Taliban", "Military Forces of Afghanistan (2014-)"),
    ("en", "Attack", "ML", "A trader was shot dead by unknown gunmen on a motorbike in Gao.",
     "Unidentified Armed Group (Mali)", "gunmen", "Civilians (Mali)"),
    ("en", "Peaceful protest", "KE", "Hundreds of teachers marched through Nairobi to demand higher pay.",
     "Protesters (Kenya)", "marched", None),
    ("en", "Mob violence", "KE", "An angry mob lynched a suspected thief at a market in Kisumu.",
     "Rioters (Kenya)", "mob", "Civilians (Kenya)"),
    ("en", "Remote explosive/landmine/IED", "KE",
     "Four police officers were wounded by a roadside bomb; Al-Shabaab later claimed the attack.",
     "Al Shabaab", "Al-Shabaab", "Police Forces of Kenya (2013-)"),
    ("fr", "Armed clash", "ML", "Des hommes armés ont attaqué un poste des forces armées maliennes près de Mopti.",
     "Unidentified Armed Group (Mali)", "hommes armés", "Military Forces of Mali (2013-2020)"),
    ("fr", "Attack", "ML", "Trois civils ont été tués par des jihadistes présumés du JNIM près de Bandiagara.",
     "JNIM: Group for Support of Islam and Muslims", "JNIM", "Civilians (Mali)"),
    ("fr", "Peaceful protest", "BF", "Des centaines de manifestants se sont rassemblés devant la mairie.",
     "Protesters (Burkina Faso)", "manifestants", None),
    ("es", "Attack", "CO", "Hombres armados asesinaron a dos campesinos en una vereda del Cauca.",
     "Unidentified Armed Group (Colombia)", "Hombres armados", "Civilians (Colombia)"),
    ("es", "Protest with intervention", "VE", "La policía dispersó con gases lacrimógenos a los manifestantes.",
     "Protesters (Venezuela)", "manifestantes", "Police Forces of Venezuela"),
    ("ar", "Attack", "SY", "قتل مسلحون مجهولون ثلاثة مدنيين في ريف إدلب.",
     "Unidentified Armed Group (Syria)", "مسلحون", "Civilians (Syria)"),
    ("ar", "Armed clash", "SY", "اندلعت اشتباكات بين الجيش السوري ومقاتلي هيئة تحرير الشام في ريف حلب.",
     "Military Forces of Syria (2000-)", "الجيش", "HTS: Hayat Tahrir al Sham"),
    ("ar", "Remote explosive/landmine/IED", "SO", "قتل جنديان من الجيش الصومالي في انفجار عبوة ناسفة تبنته حركة الشباب.",
     "Al Shabaab", "الشباب", "Military Forces of Somalia (2022-)"),
    ("ru", "Shelling/artillery/missile attack", "UA", "ВСУ обстреляли Донецк, погибли двое мирных жителей.",
     "Military Forces of Ukraine (2019-)", "ВСУ", "Civilians (Ukraine)"),
    ("ru", "Armed clash", "UA", "Российские войска атаковали позиции ВСУ под Бахмутом.",
     "Military Forces of Russia (2000-)", "Российские войска", "Military Forces of Ukraine (2019-)"),
    ("uk", "Armed clash", "UA", "Збройні сили України відбили атаку російських військ біля Авдіївки.",
     "Military Forces of Ukraine (2019-)", "Збройні сили", "Military Forces of Russia (2000-)"),
    ("uk", "Shelling/artillery/missile attack", "UA", "Російські окупанти вдарили по Херсону, поранено жінку.",
     "Military Forces of Russia (2000-)", "окупанти", "Civilians (Ukraine)"),
]


@pytest.mark.parametrize("lang,sub,cc,text,actor1,word,actor2", CASES)
def test_fill_six_languages(reg: ActorRegistry, lang: str, sub: str, cc: str, text: str, actor1: str,
                            word: str, actor2: str | None) -> None:
    f = reg.fill(text, lang, sub, cc)
    assert isinstance(f, ActorFill)
    assert f.actor1 is not None and f.actor1.name == actor1
    assert word in f.actor1.text
    if actor2 is None:
        assert f.actor2 is None
    else:
        assert f.actor2 is not None and f.actor2.name == actor2
    _check_span(text, f.actor1)
    _check_span(text, f.actor2)


def test_passive_agent_makes_actor1(reg: ActorRegistry) -> None:
    active = reg.fill("Police officers shot two robbers in Eldoret.", "en", "Armed clash", "KE")
    passive = reg.fill("Two robbers were shot by police officers in Eldoret.", "en", "Armed clash", "KE")
    assert active.actor1.name == passive.actor1.name == "Police Forces of Kenya (2013-)"
    assert passive.actor2.name == "Unidentified Armed Group (Kenya)"


def test_inter_codes(reg: ActorRegistry) -> None:
    text = "French troops and Malian soldiers repelled an attack by ISGS militants."
    found = {m.name: m.inter for m in reg.find(text, "en", "ML")}
    assert found["Military Forces of Mali (2013-2020)"] == 1
    assert found["Military Forces of France (2017-)"] == 8  # foreign forces abroad: external
    assert found["Islamic State (West Africa) - Greater Sahara Faction"] == 2


def test_generic_words_follow_country(reg: ActorRegistry) -> None:
    text = "Soldiers and gendarmes were deployed after protesters blocked the road."
    bf = {m.name for m in reg.find(text, "en", "BF")}
    ke = {m.name for m in reg.find(text, "en", "KE")}
    assert "Police Forces of Burkina Faso (2015-) Gendarmerie" in bf
    assert "Military Forces of Kenya (2013-)" in ke and "Protesters (Kenya)" in ke
    cd = reg.fill("Des manifestants ont marché à Kinshasa.", "fr", "Peaceful protest", "CD")
    assert cd.actor1.name == "Protesters (Democratic Republic of Congo)"


def test_unknown_group_keeps_its_name(reg: ActorRegistry) -> None:
    text = "Fighters of the Front for the Liberation of Kivu attacked a village near Beni."
    f = reg.fill(text, "en", "Attack", "CD")
    assert f.actor1.name == "Front for the Liberation of Kivu"
    _check_span(text, f.actor1)


def test_no_words_no_actor(reg: ActorRegistry) -> None:
    f = reg.fill("The weather in Nairobi was calm on Sunday.", "en", "Peaceful protest", "KE")
    assert f.actor1 is None and f.actor2 is None
    assert reg.find("Le temps était calme à Bamako.", "fr", "ML") == []


def test_inflected_and_cliticised_aliases(reg: ActorRegistry) -> None:
    ru = reg.find("Удар российских войск по позициям ВСУ.", "ru", "UA")
    assert [m.name for m in ru] == ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"]
    ar = reg.find("هجوم لداعش على مواقع للجيش العراقي", "ar", "IQ")
    assert {m.name for m in ar} == {"Islamic State (Iraq)", "Military Forces of Iraq (2020-)"}
    for m in ar:
        assert m.text.endswith(("داعش", "العراقي"))


def test_short_acronyms_are_case_sensitive(reg: ActorRegistry) -> None:
    assert all(m.name != "Islamic State (Iraq)" for m in reg.find("This is what it is.", "en", "IQ"))
    assert any(m.name == "Islamic State (Iraq)" for m in reg.find("IS fighters fled.", "en", "IQ"))


def test_state_forces_of_every_country(reg: ActorRegistry) -> None:
    import pycountry

    for c in pycountry.countries:
        assert (c.alpha_2, "military") in reg.state and (c.alpha_2, "police") in reg.state
    assert reg.country_name("CI") == "Ivory Coast"


@pytest.mark.parametrize("a,b", [
    ("Military Forces of Kenya (2013-)", "military forces of kenya"),
    ("Police Forces of Mali (2013-2020) Gendarmerie", "Police Forces of Mali (2021-) Gendarmerie"),
    ("JNIM: Group for Support of Islam and Muslims", "JNIM:  Group for Support of Islam and Muslims"),
    ("Civilians (Côte d'Ivoire)", "civilians (cote d ivoire)"),
])
def test_normalise_equal(a: str, b: str) -> None:
    assert normalise_actor_name(a) == normalise_actor_name(b)


def test_normalise_keeps_distinctions() -> None:
    assert normalise_actor_name("Protesters (Kenya)") != normalise_actor_name("Rioters (Kenya)")
    assert normalise_actor_name("Police Forces of Kenya (2013-)") != normalise_actor_name(
        "Police Forces of Kenya (2013-) General Service Unit")


def test_bad_registry_file(tmp_path) -> None:
    p = tmp_path / "actors.json"
    p.write_text(json.dumps({"actors": []}))
    with pytest.raises(ConfigError, match="missing section"):
        ActorRegistry.from_file(p)
    with pytest.raises(ConfigError, match="cannot read"):
        ActorRegistry.from_file(tmp_path / "absent.json")


def test_dev_accuracy() -> None:
    """On ACLED dev notes with gold sub-event type and country, actor1 matches >= 0.80."""
    from polemos.datasets import acled_split, shared_data_dir

    if shared_data_dir() is None:
        pytest.skip("shared/data/acled not available")
    reg = ActorRegistry.default()
    by_name = {v["name"]: k for k, v in reg.countries.items()}
    recs = acled_split("dev")
    ok = sum(
        normalise_actor_name(f.actor1.name if f.actor1 else "") == normalise_actor_name(r.actor1)
        for r in recs
        for f in [reg.fill(r.notes, "en", r.sub_event_type, by_name.get(r.country))]
    )
    assert ok / len(recs) >= 0.80


def test_target_words_before_a_force_make_it_actor2() -> None:
    reg = ActorRegistry.default()
    f = reg.fill("Un artefacto explosivo detonó al paso de una patrulla del Ejército en Suárez "
                 "y mató a dos soldados.", "es", "Remote explosive/landmine/IED", "CO")
    assert f.actor1 is not None and f.actor1.name.startswith("Unidentified Armed Group")
    assert f.actor2 is not None and f.actor2.name.startswith("Military Forces of Colombia")
    f = reg.fill("An IED hit an army convoy near Gao, killing two soldiers.", "en",
                 "Remote explosive/landmine/IED", "ML")
    assert f.actor2 is not None and f.actor2.name.startswith("Military Forces of Mali")


@pytest.mark.parametrize(
    ("lang", "cc", "text"),
    [
        ("en", "KE", "A roadside bomb struck a military convoy near Mandera, wounding soldiers."),
        ("fr", "ML", "Un engin explosif a touché un véhicule de l'armée malienne près de Boni."),
        ("es", "CO", "Una mina antipersonal hirió a soldados del Ejército en zona rural de Tumaco."),
    ],
)
def test_state_forces_hit_by_a_bomb_are_not_its_perpetrator(reg: ActorRegistry, lang: str,
                                                             cc: str, text: str) -> None:
    f = reg.fill(text, lang, "Remote explosive/landmine/IED", cc)
    assert f.actor1 is None or f.actor1.inter != 1
    assert f.actor2 is not None and f.actor2.inter == 1


@pytest.mark.parametrize(
    ("lang", "cc", "text", "attacker"),
    [
        ("en", "KE", "Al Shabaab militants raided a village near Lamu but were repulsed by the "
         "police.", "Al Shabaab"),
        ("fr", "ML", "Des militants du JNIM ont attaqué un poste à Boni, mais ont été repoussés "
         "par l'armée.", "JNIM"),
        ("es", "CO", "Hombres armados atacaron la estación, pero fueron rechazados por la "
         "policía.", "Unidentified Armed Group"),
    ],
)
def test_defender_after_repelled_by_is_not_actor1(reg: ActorRegistry, lang: str, cc: str,
                                                  text: str, attacker: str) -> None:
    f = reg.fill(text, lang, "Armed clash", cc)
    assert f.actor1 is not None and attacker.lower() in f.actor1.name.lower()


def test_generic_agent_refers_back_to_the_named_group(reg: ActorRegistry) -> None:
    text = ("JNIM militants attacked a police post near Djibo, and motorbikes were seized by the "
            "assailants.")
    f = reg.fill(text, "en", "Armed clash", "BF")
    assert f.actor1 is not None and f.actor1.name.startswith("JNIM")


def test_disrupted_weapons_use_is_by_the_forces(reg: ActorRegistry) -> None:
    for lang, text in (
        ("en", "The army defused an IED planted by JNIM militants on the road to Djibo."),
        ("fr", "L'armée a désamorcé un engin explosif posé par des militants du JNIM près de Djibo."),
    ):
        f = reg.fill(text, lang, "Disrupted weapons use", "BF")
        assert f.actor1 is not None and f.actor1.name.startswith("Military Forces of Burkina Faso")


@pytest.mark.parametrize(("lang", "text", "cc"), [
    ("fr", "Les autorités ont annoncé l'arrestation lundi de huit soldats accusés de complot.",
     "BF"),
    ("en", "The authorities announced the arrest of eight soldiers accused of plotting a coup.",
     "BF"),
    ("es", "Las autoridades anunciaron la detención de ocho militares acusados de conspirar.",
     "CO"),
])
def test_the_arrested_are_actor2(reg: ActorRegistry, lang: str, text: str, cc: str) -> None:
    """Soldiers who are arrested are the target, not the arresting force."""
    f = reg.fill(text, lang, "Arrests", cc)
    assert f.actor2 is not None and f.actor2.name.startswith("Military Forces")
    assert f.actor1 is None or not f.actor1.name.startswith("Military Forces")


def test_a_member_group_acled_keeps_apart_is_not_folded_into_its_umbrella(
        reg: ActorRegistry) -> None:
    text = "An IED planted by Ansar Dine (JNIM) militants struck a convoy near Tessalit."
    assert [h.match.name for h in reg.hits(text, "ML") if not h.generic] == ["Ansar Dine"]
    text = "Katiba Macina (JNIM) militants attacked the village."
    assert [h.match.name for h in reg.hits(text, "ML") if not h.generic] == [
        "JNIM: Group for Support of Islam and Muslims"]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Two herders were killed and 300 cattle stolen by bandits near Kapedo on Sunday.",
     "Unidentified Communal Militia (Kenya)"),
    ("A man was shot dead by gunmen from a neighbouring village in Kaptet.",
     "Unidentified Communal Militia (Kenya)"),
    ("Bandits shot dead a shopkeeper in Kapedo on Sunday.", "Unidentified Armed Group (Kenya)"),
])
def test_unnamed_livestock_raiders_are_a_communal_militia(reg: ActorRegistry, text: str,
                                                          actor1: str) -> None:
    assert reg.fill(text, "en", "Attack", "KE").actor1.name == actor1


@pytest.mark.parametrize(("text", "name"), [
    # a generic word "of" a named group is that group, also elided ("de l'", "d'") and past a
    # long full name with its acronym in brackets
    ("Des affrontements ont opposé les rebelles de l'AFC/M23 à des miliciens wazalendo.",
     "M23: March 23 Movement"),
    ("Des combattants d'Al-Shabaab ont attaqué une base près de Kismayo.", "Al Shabaab"),
    ("Quatre femmes ont été violées par des miliciens présumés de la Coopérative pour le "
     "développement du Congo (CODECO).", "CODECO: Cooperative for Development of Congo"),
])
def test_a_generic_word_of_a_named_group_is_the_group(reg: ActorRegistry, text: str,
                                                        name: str) -> None:
    fill = reg.fill(text, "fr", "Armed clash", "CD")
    assert fill.actor1 is not None and fill.actor1.name == name
