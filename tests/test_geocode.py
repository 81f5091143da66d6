"""The locate stage: toponym recognition in six languages, context resolution, event places."""

from __future__ import annotations

from pathlib import Path

import pytest

from polemos.gazetteer import Gazetteer
from polemos.gazetteer_build import add_user_places, build
from polemos.geocode import Geocoder, Resolved

SMALL = frozenset({"UA", "RU", "SY", "IQ", "KE", "ML", "BF", "VE", "US", "GN", "PS", "SD", "LB", "IL",
                   "CD"})


@pytest.fixture(scope="module")
def geo(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    root = tmp_path_factory.mktemp("geo")
    path = root / "gazetteer.sqlite"
    build(path, only_countries=SMALL)
    csv = root / "places.csv"
    csv.write_text("name,aliases,feature,country,admin1,lat,lon\n"
                   "Mopti,Mopti Grand Hotel,HTL,ML,Mopti,14.49,-4.19\n", encoding="utf-8")
    add_user_places(path, csv)
    return Geocoder(Gazetteer(path))


def _by_text(rs: list[Resolved]) -> dict[str, Resolved]:
    return {r.text: r for r in rs}


def test_english_town_country_and_demonym(geo: Geocoder) -> None:
    text = "Gunmen attacked a checkpoint in Mopti, central Mali, on Sunday, the Malian army said."
    rs = _by_text(geo.geoparse(text, lang="en"))
    assert rs["Mopti"].feature_code.startswith("PPL") and rs["Mopti"].admin1 == "Mopti"
    assert rs["Mali"].feature_code == "PCLI"  # the country, not a namesake village
    assert rs["Malian"].kind == "demonym"
    ev = geo.place_in(list(rs.values()), 0, len(text))
    assert ev is not None and ev.name == rs["Mopti"].name and ev.precision == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("Un véhicule de l'armée a heurté une mine sur l'axe Gao-Ansongo lundi.", "fr"),
    ("An IED struck a bus on the road between Gao and Ansongo.", "en"),
])
def test_on_a_road_from_a_town_is_near_it(geo: Geocoder, text: str, lang: str) -> None:
    r = geo.place_in(geo.geoparse(text, lang=lang), 0, len(text))
    assert r is not None and r.name == "Gao" and r.precision == 2


def test_french_near_gives_precision_2(geo: Geocoder) -> None:
    text = "Des hommes armés ont attaqué un poste près de Ouahigouya, dans le nord du Burkina Faso."
    rs = geo.geoparse(text, lang="fr")
    ev = geo.place_in(rs, 0, len(text))
    assert ev is not None and ev.name == "Ouahigouya" and ev.precision == 2
    assert ev.admin1 == "Nord"


@pytest.mark.parametrize("text", [
    "De violents combats ont eu lieu autour de Masisi, au nord-ouest de Goma.",
    "Des affrontements ont opposé les rebelles à l'armée dans la cité de Masisi, près de Goma.",
])
def test_a_district_named_without_its_area_word_after_around_or_town_of(geo: Geocoder,
                                                                        text: str) -> None:
    # "Masisi" is in the gazetteer as "Masisi Territory" only (no town): read as the district
    # after "autour de" or "la cité de", as after "près de"
    found = {r.text: r for r in geo.geoparse(text, lang="fr")}
    assert "Masisi" in found
    assert found["Masisi"].country_code == "CD" and found["Masisi"].admin1 == "Nord-Kivu"


def test_spanish(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("Miles de manifestantes marcharon en Caracas, Venezuela.", lang="es"))
    assert rs["Caracas"].country_code == "VE" and rs["Venezuela"].feature_code == "PCLI"


def test_russian_and_ukrainian_inflections(geo: Geocoder) -> None:
    ru = geo.geoparse("Ночью в Харькове прогремели взрывы, сообщили власти.", lang="ru")
    uk = geo.geoparse("Уночі у Харкові пролунали вибухи.", lang="uk")
    en = geo.geoparse("Explosions were heard in Kharkov overnight.", lang="en")
    ids = {r.geonameid for r in ru + uk + en}
    assert len(ids) == 1 and ru[0].country_code == "UA"


def test_arabic_clitics_and_transliterations_agree(geo: Geocoder) -> None:
    ar = geo.geoparse("قتل ثلاثة مدنيين بالحسكة وأربيل أمس.", lang="ar")
    assert [r.country_code for r in ar] == ["SY", "IQ"]
    fr = geo.geoparse("Un attentat a frappé Hassaké mardi.", lang="fr")
    en = geo.geoparse("A car bomb exploded in Al-Hasakah on Tuesday.", lang="en")
    assert ar[0].geonameid == fr[0].geonameid == en[0].geonameid


def test_metonym_is_not_an_event_place(geo: Geocoder) -> None:
    text = "Washington said the strike killed two civilians."
    rs = geo.geoparse(text, lang="en")
    assert rs and rs[0].kind == "metonym"
    ru = geo.geoparse("Москва заявила о провокации.", lang="ru")
    assert ru[0].kind == "metonym"
    assert geo.place_in(rs, 0, len(text)) is None


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Un misil alcanzó el centro de Nikopol, ciudad situada junto al antiguo embalse de "
     "Kajovka, frente a la central nuclear de Zaporiyia.", "es", "Nikopol"),
    ("Un missile a frappé le centre de Nikopol, face à la centrale nucléaire de Zaporijjia.",
     "fr", "Nikopol"),
])
def test_a_dam_or_plant_named_after_a_town_yields_to_the_town(geo: Geocoder, text: str,
                                                              lang: str, town: str) -> None:
    rs = geo.geoparse(text, lang=lang)
    assert any(r.landmark for r in rs)
    best = geo.place_in(rs, 0, len(text))
    assert best is not None and best.text == town


@pytest.mark.parametrize(("text", "lang", "source", "place"), [
    ("Les rebelles, soutenus par un voisin selon Kinshasa, sont entrés dimanche dans Bukavu.",
     "fr", "Kinshasa", "Bukavu"),
    ("The drone hit a depot in Kharkiv, according to Kyiv.", "en", "Kyiv", "Kharkiv"),
    ("El ataque, según Damasco, dejó tres muertos en Alepo.", "es", "Damasco", "Alepo"),
])
def test_a_capital_that_says_so_is_no_place(geo: Geocoder, text: str, lang: str, source: str,
                                            place: str) -> None:
    rs = geo.geoparse(text, lang=lang)
    kinds = {r.text: r.kind for r in rs}
    assert kinds[source] == "metonym" and kinds[place] == "place"
    best = geo.place_in(rs, 0, len(text))
    assert best is not None and best.text == place


def test_province_word_picks_the_province_not_a_building(geo: Geocoder) -> None:
    rs = geo.geoparse("Clashes were reported in the Mopti region.", lang="en")
    assert rs[0].feature_code == "ADM1" and rs[0].precision == 3
    town = geo.geoparse("Clashes were reported in Mopti.", lang="en")
    assert town[0].feature_code.startswith("PPL")


@pytest.mark.parametrize(("text", "lang", "admin1"), [
    # a department and its namesake municipality: the area word right before picks the first
    ("Two soldiers died in fighting in the western state of Barinas on Tuesday.", "en",
     "Barinas"),
    ("Soldiers were ambushed in Barinas state on Tuesday.", "en", "Barinas"),
    # the Arabic name is known only for the town: "the region of Gao" still reaches the region
    ("انفجرت عبوة ناسفة في منطقة غاو يوم الاثنين.", "ar", "Gao"),
])
def test_first_level_area_word_before_a_namesake(geo: Geocoder, text: str, lang: str,
                                                 admin1: str) -> None:
    r = geo.place_in(geo.geoparse(text, lang=lang), 0, len(text))
    assert r is not None and r.feature_code == "ADM1" and r.precision == 3
    assert r.admin1 == admin1


def test_area_word_elsewhere_in_the_sentence_leaves_the_city(geo: Geocoder) -> None:
    text = "He played a central role in the region. On a visit to Bamako on Monday he spoke."
    r = next(r for r in geo.geoparse(text, lang="en") if r.text == "Bamako")
    assert r.feature_code == "PPLC"


def test_common_words_and_person_names_are_not_places(geo: Geocoder) -> None:
    rs = geo.geoparse("Police said Mr Washington met President Ruto. March was calm.", lang="en")
    assert [r.text for r in rs if r.kind == "place"] == []


def test_unknown_place_falls_back_to_the_area_named_next(geo: Geocoder) -> None:
    text = "Militants raided the village of Zzyxqa, Mopti region, killing four."
    rs = geo.geoparse(text, lang="en")
    unknown = [r for r in rs if r.text == "Zzyxqa"][0]
    assert unknown.reason and unknown.feature_code in ("ADM1", "PCLI")
    assert unknown.country_code == "ML" and unknown.precision == 3
    alone = geo.geoparse("Soldiers in Mali said the village of Qqvwzt was attacked.", lang="en")
    q = [r for r in alone if r.text == "Qqvwzt"][0]
    assert q.feature_code == "PCLI" and q.country_code == "ML" and "country" in (q.reason or "")


def test_given_spans_only(geo: Geocoder) -> None:
    text = "Protesters in Nairobi and Kisumu blocked roads."
    s = text.index("Kisumu")
    rs = geo.geoparse(text, lang="en", spans=[(s, s + 6)])
    assert len(rs) == 1 and rs[0].country_code == "KE"
    missing = geo.geoparse("Nothing here", spans=[(0, 7)])
    assert missing[0].geonameid is None and missing[0].reason


def test_place_in_falls_back_to_the_focus_province(geo: Geocoder) -> None:
    text = "Heavy fighting hit Mopti and Sevare. Later, gunmen killed three herders."
    rs = geo.geoparse(text, lang="en")
    later = text.index("Later")
    ev = geo.place_in(rs, later, len(text))
    assert ev is not None and ev.precision == 3 and ev.admin1 == "Mopti" and ev.reason
    assert geo.place_in([], 0, 10) is None


def test_context_breaks_ties_between_namesakes(geo: Geocoder) -> None:
    # "Kankan" (Guinea) and a Malian context: the focus country does not override a unique name,
    # but an ambiguous name follows the article's country.
    a = geo.geoparse("In Kenya, police in Nairobi and Mombasa dispersed crowds in Kisumu.", lang="en")
    assert {r.country_code for r in a} == {"KE"}


def test_registered(geo: Geocoder) -> None:
    from polemos import registry

    assert "default" in registry.names("geocoder")


def test_cli_geoparse_jsonl(geo: Geocoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    pytest.importorskip("polemos.ingest")
    from polemos.cli.gazetteer import geoparse_cmd

    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": "Clashes in Kidal, Mali."}) + "\n", encoding="utf-8")
    monkeypatch.setattr("polemos.gazetteer_build.ensure_built", lambda p, force=False: p)
    out = CliRunner().invoke(geoparse_cmd, [str(src), "--gazetteer", str(geo.gazetteer.path)])
    assert out.exit_code == 0, out.output
    rows = [json.loads(x) for x in out.output.splitlines()]
    assert [r["text"] for r in rows] == ["Kidal", "Mali"] and rows[0]["document_id"] == "d1"


def test_us_state_abbreviation_after_a_town(geo: Geocoder) -> None:
    text = "FRESNO, Calif. -- Firefighters contained a blaze near Fresno, Calif., on Monday."
    rs = [r for r in geo.geoparse(text, lang="en") if r.text.startswith("Calif")]
    assert rs and all(r.feature_code == "ADM1" and r.name == "California" for r in rs)
    fresno = [r for r in geo.geoparse(text, lang="en") if r.text.lower() == "fresno"]
    assert fresno and all(r.admin1 == "California" for r in fresno)
    # an abbreviation that follows no town is not taken for a state
    assert not [r for r in geo.geoparse("Pa. Smith and Ind. Jones spoke.", lang="en")
                if r.feature_code == "ADM1"]


def test_state_after_town_is_the_state_that_holds_it(geo: Geocoder) -> None:
    text = "A bakery in Tacoma, Washington shared its recipes."
    rs = _by_text(geo.geoparse(text, lang="en"))
    assert rs["Washington"].feature_code == "ADM1" and rs["Tacoma"].admin1 == "Washington"


def test_namesake_town_follows_the_places_named_nearby(geo: Geocoder) -> None:
    text = ("Farmers drove tractors from Chicago and Champaign to a rally in Springfield, "
            "where the governor met them.")
    rs = _by_text(geo.geoparse(text, lang="en"))
    assert rs["Springfield"].admin1 == "Illinois"


def test_gold_span_with_extra_words_resolves_its_place_part(geo: Geocoder) -> None:
    text = "Members of the Kharkiv City Council met the Nairobi Chamber of Commerce."
    s1 = text.index("Kharkiv City Council")
    s2 = text.index("Nairobi Chamber of Commerce")
    spans = [(s2, s2 + len("Nairobi Chamber of Commerce")), (s1, s1 + len("Kharkiv City Council"))]
    rs = geo.geoparse(text, lang="en", spans=spans)
    assert [r.start for r in rs] == [s2, s1]  # the caller's order is kept
    assert rs[0].country_code == "KE" and rs[1].country_code == "UA"
    assert rs[0].latitude is not None and abs(rs[0].latitude - -1.28) < 0.5


def test_unknown_building_falls_back_to_the_article_town(geo: Geocoder) -> None:
    text = ("Protesters gathered in Nakuru on Monday. Police in Nakuru said the crowd then "
            "marched to the Zawadi Plaza Hall.")
    s = text.index("Zawadi Plaza Hall")
    towns = [(i, i + 6) for i in (text.index("Nakuru"), text.rindex("Nakuru"))]
    r = geo.geoparse(text, lang="en", spans=[*towns, (s, s + len("Zawadi Plaza Hall"))])[-1]
    assert r.reason and r.country_code == "KE" and r.admin1 == "Nakuru"


def test_acled_admin1_spelling(geo: Geocoder) -> None:
    text = "Students protested against the railway policy in Taveta, Kenya."
    ev = geo.place_in(geo.geoparse(text, lang="en"), 0, len(text))
    assert ev is not None and ev.admin1 == "Taita Taveta"


def test_area_centre_is_the_middle_of_its_towns_box() -> None:
    from polemos.gazetteer_build import _centre

    pts = [(10.0, 10.0)] * 50 + [(20.0, 30.0), (0.0, -10.0)]  # towns crowd one corner
    lat, lon = _centre(pts)
    assert lat is not None and lon is not None and 5.0 < lat <= 15.0 and lon < 25.0
    assert _centre([]) == (None, None)


def test_country_prior_and_place_breadth(geo: Geocoder) -> None:
    g = geo
    t = "Clashes in Gao on Monday left two dead."
    assert [r.country_code for r in g.geoparse(t, "en")] == ["ML"]
    t = "Jihadists attacked an army post in the Mopti region of central Mali."
    best = g.place_in(g.geoparse(t, "en"), 0, len(t))
    assert best.feature_code == "ADM1" and best.admin1 == "Mopti"
    # a demonym names an actor's country: it must not make Kharkiv a stray
    t = "Російські війська обстріляли Харків."
    assert "Kharkiv" in [r.name for r in g.geoparse(t, "uk")]
    cp = g.country_place("bf")
    assert cp.country_code == "BF" and cp.precision == 3 and cp.start == -1


def test_elision_and_common_words_are_not_toponyms(geo: Geocoder) -> None:
    t = "Une frappe russe a tué trois civils à Kharkiv, la deuxième ville d'Ukraine."
    names = {r.text: r.name for r in geo.geoparse(t, "fr")}
    assert names.get("Ukraine") == "Ukraine" and names.get("Kharkiv") == "Kharkiv"
    t = "قتل شخصان في مدينة حلب يوم الأربعاء."
    assert all(r.text not in ("مدينة", "الأربعاء") for r in geo.geoparse(t, "ar"))
    t = "Teachers marched to Congress in Caracas on Tuesday."
    assert [r.text for r in geo.geoparse(t, "en")] == ["Caracas"]


# -- event place: the toponym the event words point at ------------------------------------------

@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Officials in Washington and Kyiv said Russian drones struck Kharkiv on Monday.", "en",
     "Kharkiv"),
    ("Les autorités à Bamako ont indiqué que des hommes armés ont attaqué Ségou mardi.", "fr",
     "Ségou"),
    ("Las autoridades en Caracas dijeron que rebeldes atacaron Maracaibo el lunes.", "es",
     "Maracaibo"),
    ("Власти в Киеве сообщили, что российские дроны атаковали Харьков.", "ru", "Kharkiv"),
    ("Посадовці в Києві повідомили, що російські дрони атакували Харків.", "uk", "Kharkiv"),
    ("قال مسؤولون في دمشق إن طائرات قصفت حلب.", "ar", "Aleppo"),
])
def test_place_in_prefers_the_toponym_after_the_event_words(
        geo: Geocoder, text: str, lang: str, want: str) -> None:
    rs = geo.geoparse(text, lang=lang)
    ev = geo.place_in(rs, 0, len(text))
    assert ev is not None and ev.name == want and ev.precision == 1


def test_event_cue_counts_from_the_last_event_word_of_the_sentence() -> None:
    from polemos.toponyms import event_cue

    text = "Officials in Kyiv said drones struck Kharkiv. Lviv was calm."
    assert event_cue(text, text.index("Kharkiv")) == 1
    assert event_cue(text, text.index("Kyiv")) is None  # no event word before it
    assert event_cue(text, text.index("Lviv")) is None  # the next sentence starts afresh


def test_place_in_keeps_a_town_over_its_province_and_a_name_over_a_fallback(
        geo: Geocoder) -> None:
    text = "Gunmen attacked a checkpoint in the village of Qqvwzt, near Mopti, in central Mali."
    ev = geo.place_in(geo.geoparse(text, lang="en"), 0, len(text))
    assert ev is not None and ev.name == "Mopti" and ev.precision == 2 and not ev.reason


@pytest.mark.parametrize(("text", "lang"), [
    ("قتل ثلاثة مدنيين قرب حلب يوم الأحد.", "ar"),
    ("قتل ثلاثة مدنيين قرب مدينة حلب يوم الأحد.", "ar"),
    ("وقعت اشتباكات بالقرب من حلب.", "ar"),
    ("Three civilians were killed near the city of Aleppo.", "en"),
    ("Trois civils ont été tués près de la ville d'Alep.", "fr"),
    ("Tres civiles murieron cerca de la ciudad de Alepo.", "es"),
    ("Трое мирных жителей погибли под Алеппо.", "ru"),
])
def test_near_gives_precision_2_in_every_language(geo: Geocoder, text: str, lang: str) -> None:
    ev = geo.place_in(geo.geoparse(text, lang=lang), 0, len(text))
    assert ev is not None and ev.name == "Aleppo" and ev.precision == 2


# -- places the packages lack, landmarks, names in context ---------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Migrants drowned in the Mediterranean on Sunday.", "en"),
    ("Des migrants se sont noyés en mer Méditerranée dimanche.", "fr"),
    ("Migrantes se ahogaron en el mar Mediterráneo el domingo.", "es"),
    ("غرق مهاجرون في البحر الأبيض المتوسط يوم الأحد.", "ar"),
    ("Мігранти загинули в Середземному морі.", "uk"),
    ("Мигранты утонули в Средиземном море.", "ru"),
])
def test_seas_resolve_in_every_language(geo: Geocoder, text: str, lang: str) -> None:
    rs = [r for r in geo.geoparse(text, lang=lang) if r.feature_code == "SEA"]
    assert rs and rs[0].name == "Mediterranean Sea" and rs[0].precision == 3


def test_world_regions_and_their_adjectives(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("Jihadist groups spread across the Sahel and North Africa.", "en"))
    assert rs["Sahel"].feature_code == "RGN" and rs["North Africa"].feature_code == "RGN"
    fr = _by_text(geo.geoparse("Le groupe sahélien frappe aussi en Afrique du Nord.", "fr"))
    assert fr["Afrique du Nord"].name == "Northern Africa"
    assert fr["sahélien"].kind == "demonym"
    ru = _by_text(geo.geoparse("Боевики действуют в Северной Африке.", "ru"))
    assert ru["Северной Африке"].name == "Northern Africa"


def test_landmark_metonym_is_not_an_event_place(geo: Geocoder) -> None:
    text = "The Kremlin said the talks had failed."
    rs = geo.geoparse(text, lang="en")
    assert rs and rs[0].name == "Kremlin" and rs[0].kind == "metonym"
    assert geo.place_in(rs, 0, len(text)) is None


def test_abbreviated_own_name_and_context(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("Russia will close the US consulate in St. Petersburg.", "en"))
    assert rs["St. Petersburg"].country_code == "RU"
    rs = _by_text(geo.geoparse("Tech firms left western states such as California or Washington.",
                               "en"))
    assert rs["Washington"].feature_code == "ADM1"  # a state listed with a state


def test_airport_word_picks_the_airport(geo: Geocoder) -> None:
    rs = geo.geoparse("Flights were cancelled at O'Hare airport on Monday.", "en")
    assert rs and rs[0].feature_code == "AIRP" and rs[0].country_code == "US"


def test_namesake_outside_the_area_named_next_falls_back_to_the_area(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("A festival was held in Lyon, Kharkiv Oblast, on Monday.", "en"))
    assert rs["Lyon"].country_code == "UA" and rs["Lyon"].reason and rs["Lyon"].precision == 3


def test_part_of_a_name_abroad_and_acronyms_are_no_evidence(geo: Geocoder) -> None:
    text = ("Protesters marched in Nairobi and Kisumu on Monday, then rallied at the Caracas "
            "Gardens Hall in Nairobi. The IDP camp nearby was calm.")
    names = ("Nairobi", "Kisumu", "Caracas Gardens Hall", "IDP")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    rs = geo.geoparse(text, lang="en", spans=spans)
    hall, idp = rs[2], rs[3]
    assert hall.country_code == "KE" and hall.reason  # not Caracas, Venezuela
    assert idp.country_code == "KE" and idp.reason  # not Independence (IDP), Kansas


def test_a_place_name_inside_a_person_name_is_not_a_place(geo: Geocoder) -> None:
    text = ("Le président Zine El Abidine Ben Ali a quitté Tunis. "
            "President Zine El Abidine Ben Ali left Tunis.")
    found = {(r.text, r.name) for r in geo.geoparse(text, lang="fr")}
    assert all(t != "Ben" for t, _ in found)
    assert any(name == "Tunis" for _, name in found)


def test_capitalised_common_noun_is_not_a_small_town(geo: Geocoder) -> None:
    text = "Les suspects voulaient tuer des Noirs et des Blancs, selon la police."
    assert not any(r.text == "Blancs" for r in geo.geoparse(text, lang="fr"))


@pytest.mark.parametrize(("text", "lang"), [
    ("La police sud-africaine a arrêté trois hommes.", "fr"),
    ("La policía sudafricana detuvo a tres hombres.", "es"),
    ("South African police arrested three men.", "en"),
])
def test_compound_demonym_is_its_country(geo: Geocoder, text: str, lang: str) -> None:
    found = geo.geoparse(text, lang=lang)
    assert found and all(r.country_code == "ZA" and r.kind == "demonym" for r in found)


def test_surnames_and_headline_words_are_not_counties_or_countries(geo: Geocoder) -> None:
    text = ("Bizarre Car Attack In Town. Singer Taylor Swift met the actress. "
            "Police arrested Paul Francis Floyd, 47.")
    assert [r.text for r in geo.geoparse(text, lang="en") if r.kind == "place"] == []


def test_lowercase_word_after_a_comma_is_not_a_state_abbreviation(geo: Geocoder) -> None:
    text = "Des centaines de personnes, souvent cagoulées, ont brisé des vitrines à Kharkiv."
    assert [r.text for r in geo.geoparse(text, lang="fr")] == ["Kharkiv"]


def test_unknown_inflected_cyrillic_names_reach_their_base_form(geo: Geocoder) -> None:
    # the lemmatiser does not know these names: their case ending is stripped
    rs = _by_text(geo.geoparse("Боевики атаковали блокпост у Киркука.", lang="ru"))
    assert rs["Киркука"].country_code == "IQ"
    rs = _by_text(geo.geoparse("Вибух пролунав у центрі Ідліба.", lang="uk"))
    assert rs["Ідліба"].country_code == "SY"
    # a short common word is not transliterated into a place name ("Бои" is not "Boy")
    assert "Бои" not in _by_text(geo.geoparse("Бои шли весь день.", lang="ru"))


def test_hand_list_adds_names_to_places_the_packages_hold(geo: Geocoder) -> None:
    rs = geo.geoparse("Tres milicianos murieron en Cisjordania.", lang="es")
    assert [(r.text, r.feature_code) for r in rs] == [("Cisjordania", "ADM1")]


def test_arabic_town_named_once_as_a_town_is_that_town_everywhere(geo: Geocoder) -> None:
    # تسيت is no Arabic name the gazetteer holds: "بلدة تسيت" in a Malian report is matched to
    # Tessit by its consonants (t-s-t, not the digraph "ts"), and the bare "في تسيت" later too
    text = ("قتل ستة جنود ماليين في هجوم على معسكر في بلدة تسيت بولاية غاو شمال مالي. "
            "وقال مصدر عسكري إن المهاجمين انسحبوا من محيط تسيت بعد ثلاث ساعات.")
    rs = [r for r in geo.geoparse(text, lang="ar") if r.text == "تسيت"]
    assert len(rs) == 2 and {r.name for r in rs} == {"Tessit"}
    assert all(r.admin1 == "Gao" for r in rs)
    # a word only after a place word is transliterated: the same letters alone are not a town
    alone = geo.geoparse("قال تسيت إن الوضع هادئ في مالي.", lang="ar")
    assert all(r.text != "تسيت" for r in alone)


def test_countryside_of_a_city_is_its_governorate(geo: Geocoder) -> None:
    text = ("اقتحم محتجون مبنى البلدية في مدينة البوكمال بريف دير الزور الشرقي "
            "احتجاجاً على انقطاع الكهرباء.")
    rs = geo.geoparse(text, lang="ar")
    by = _by_text(rs)
    assert by["دير الزور"].precision == 3 and by["دير الزور"].feature_code == "ADM1"
    ev = geo.place_in(rs, 0, len(text))
    assert ev is not None and ev.text == "البوكمال" and ev.precision == 1
    # the city itself, named without "ريف", stays the city
    city = _by_text(geo.geoparse("سقطت قذيفة في مدينة دير الزور أمس.", lang="ar"))
    assert city["دير الزور"].precision == 1


def test_district_named_like_its_town_is_placed_at_the_town(geo: Geocoder) -> None:
    text = "هاجم مسلحون نقطة تفتيش للجيش في قضاء الطارمية شمالي بغداد فجر اليوم."
    rs = geo.geoparse(text, lang="ar")
    district = next(r for r in rs if "الطارمية" in r.text)
    assert district.feature_code == "ADM2"  # the geocoder reads the district
    ev = geo.place_in(rs, 0, len(text))
    # the event is where ACLED puts it: the district's town, precision 2
    assert ev is not None and ev.feature_code.startswith("PPL") and ev.precision == 2
    assert ev.admin1 == "Baghdad" and abs(ev.latitude - district.latitude) < 1.0


def test_a_quarter_or_a_square_is_not_a_namesake_town(geo: Geocoder) -> None:
    # "la place du Commerce" of Nantes is not Commerce, California; "Головне управління" (the
    # Main Directorate) is no village Holovne
    fr = geo.geoparse("Les manifestants se sont rassemblés sur la place du Commerce.", lang="fr")
    assert all(r.text != "Commerce" for r in fr)
    uk = geo.geoparse("Про це повідомило Головне управління розвідки.", lang="uk")
    assert all(r.text != "Головне" for r in uk)


def test_a_province_named_in_another_script_is_found_by_its_key(geo: Geocoder) -> None:
    # province names the gazetteer holds only in Latin letters, after a province word, among
    # the provinces of the article's country; compass words as such ("Северный" = North)
    ru = geo.geoparse("Боевики атаковали деревню в департаменте Норте-де-Сантандер на "
                      "северо-востоке Колумбии.", lang="ru")
    assert any(r.admin1 == "Norte de Santander" and r.precision == 3 for r in ru)
    uk = geo.geoparse("Бойовики атакували село в департаменті Норте-де-Сантандер на сході "
                      "Колумбії.", lang="uk")
    assert any(r.admin1 == "Norte de Santander" and r.precision == 3 for r in uk)
    # a name after a province word that names no province of the country stays unplaced
    none = geo.geoparse("Боевики атаковали деревню в департаменте Заратустра в Колумбии.",
                        lang="ru")
    assert not any(r.text.startswith("Заратустра") and r.latitude is not None for r in none)


def test_a_province_named_by_its_capitals_adjective(geo: Geocoder) -> None:
    rs = geo.geoparse("Дрон атакував автомобіль у Бєлгородській області Росії.", lang="uk")
    area = next(r for r in rs if r.text.startswith("Бєлгородській"))
    assert area.feature_code == "ADM1" and area.country_code == "RU"


def test_a_province_named_earlier_in_the_sentence_picks_its_town(geo: Geocoder) -> None:
    # two Zolochivs: Lviv's is larger, Kharkiv's is the one in the province named before it
    text = "На Харківщині в ніч на вівторок ударний дрон влучив у приватний будинок у Золочеві."
    rs = _by_text(geo.geoparse(text, lang="uk"))
    assert rs["Золочеві"].admin1 == "Kharkiv"
    # a province in another sentence does not reach it
    text = "На Харківщині тихо. Ударний дрон влучив у приватний будинок у Золочеві."
    assert _by_text(geo.geoparse(text, lang="uk"))["Золочеві"].admin1 == "Lviv"


def test_a_capital_in_the_instrumental_is_an_agent_not_a_place(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("По данным назначенных Москвой властей, обстрел длился час.",
                               lang="ru"))
    assert rs["Москвой"].kind == "metonym"
    rs = _by_text(geo.geoparse("Беспилотник сбит над Москвой.", lang="ru"))
    assert rs["Москвой"].kind == "place"


def test_a_hyphenated_town_is_read_in_any_case(geo: Geocoder) -> None:
    for text, lang in (("Снаряд попал в дом в Каменке-Днепровской.", "ru"),
                       ("Снаряд влучив у будинок у Кам'янці-Дніпровській.", "uk")):
        r = geo.geoparse(text, lang=lang)[0]
        assert r.admin1 == "Zaporizhia" and r.feature_code.startswith("PPL"), text


def test_russian_and_ukrainian_town_forms(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("БЕЛГОРОД, 4 ноября - Мирный житель погиб в понедельник в "
                               "Грайвороне, когда дрон атаковал его машину.", lang="ru"))
    assert "Мирный" not in rs  # a civilian, not the town of Mirny
    assert rs["Грайвороне"].name == "Grayvoron"  # a masculine town in the locative
    rs = _by_text(geo.geoparse("Війська завершили зачистку Вовчанська на Харківщині.",
                               lang="uk"))
    assert rs["Вовчанська"].admin1 == "Kharkiv"  # the genitive of Вовчанськ, no adjective


def test_a_capital_holding_ground_is_an_agent_not_the_place(geo: Geocoder) -> None:
    rs = geo.geoparse("Один человек погиб при атаке беспилотника на автомобиль в "
                      "подконтрольной Киеву части Херсонской области.", lang="ru")
    kinds = {r.text: r.kind for r in rs}
    assert kinds.get("Киеву") == "metonym" and kinds.get("Херсонской области") == "place"
    uk = geo.geoparse("Обстріл підконтрольної Москві частини області не вщухає.", lang="uk")
    assert all(r.kind != "place" or r.country_code != "RU" for r in uk)


def test_a_feminine_town_in_an_oblique_case_before_its_province(geo: Geocoder) -> None:
    for text, lang in (("Ракета попала в дом в Лозовой Харьковской области.", "ru"),
                       ("Ракета влучила в будинок у Лозовій Харківської області.", "uk")):
        rs = _by_text(geo.geoparse(text, lang=lang))
        town = next(r for t, r in rs.items() if t.startswith("Лозов"))
        assert town.name == "Lozova" and town.admin1 == "Kharkiv", text


def test_an_arabic_name_with_its_article_in_cyrillic(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("Заминированный автомобиль взорвался в городе Эль-Баб на "
                               "севере Сирии.", lang="ru"))
    assert rs["Эль-Баб"].country_code == "SY" and rs["Эль-Баб"].admin1 == "Aleppo"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Взрыв прогремел на рынке в провинции Алеппо.", "ru", "Алеппо"),
    ("Une bombe a explosé dans la province d'Alep.", "fr", "Alep"),
    ("Una bomba estalló en la provincia de Alepo.", "es", "Alepo"),
])
def test_a_province_word_makes_a_capital_its_province(geo: Geocoder, text: str, lang: str,
                                                       name: str) -> None:
    r = _by_text(geo.geoparse(text, lang=lang))[name]
    assert r.feature_code == "ADM1" and r.precision == 3, text


def test_a_compass_word_opening_a_region_is_not_a_village(geo: Geocoder) -> None:
    rs = geo.geoparse("Бойцы СБР напали на деревню в суданском штате Северный Кордофан, "
                      "сообщили власти Судана.", lang="ru")
    assert all(r.country_code != "RU" for r in rs)
    region = next(r for r in rs if r.text.startswith("Северный"))
    assert region.admin1 == "North Kordofan" and region.precision == 3


def test_a_second_level_province_named_in_cyrillic(geo: Geocoder) -> None:
    rs = _by_text(geo.geoparse("Озброєні люди викрали жінок на півночі Буркіна-Фасо, у "
                               "провінції Сум.", lang="uk"))
    assert rs["Сум"].country_code == "BF" and rs["Сум"].precision == 3


def test_a_town_not_in_the_most_named_country_is_looked_for_in_the_next(
        geo: Geocoder) -> None:
    # more words for Israel (the side that struck) than for Lebanon (where it struck)
    text = ("БЕЙРУТ, 5 мая - Израильский беспилотник ударил по машине у деревни Кфар-Кила "
            "на юге Ливана, заявила армия Израиля. Израильские военные сообщили об ударе, "
            "армия Израиля не уточнила цель. Власти Ливана осудили удар.")
    rs = _by_text(geo.geoparse(text, lang="ru"))
    assert rs["Кфар-Кила"].country_code == "LB"


def test_a_big_city_by_its_other_spelling_in_the_country_the_report_is_about(
        geo: Geocoder) -> None:
    r = _by_text(geo.geoparse("Russian drones struck a building in the Ukrainian port of "
                              "Odessa overnight.", lang="en"))["Odessa"]
    assert r.country_code == "UA"
    # abroad, the own name's town stays first: "Odessa" with nothing of Ukraine around it
    r = _by_text(geo.geoparse("Police in Odessa, Texas, arrested two men.", lang="en"))["Odessa"]
    assert r.country_code == "US"


def test_a_territory_named_after_a_town_is_the_area_not_the_town(geo: Geocoder) -> None:
    text = ("Des rebelles ont attaqué lundi soir Oicha, chef-lieu du territoire de Beni, dans "
            "le Nord-Kivu.")
    rs = geo.geoparse(text, lang="fr")
    ev = geo.place_in(rs, 0, len(text))
    assert ev is not None and ev.name != "Beni" and ev.admin1 == "Nord-Kivu"


def test_an_arabic_name_with_or_without_its_first_long_vowel(geo: Geocoder) -> None:
    # Kismayo is spelt "كسمايو" in the gazetteer, "كيسمايو" in much of the press; the test
    # gazetteer holds Iraq's Tikrit as "تكريت": written "تيكريت" it is the same town
    rs = geo.geoparse("وفي تيكريت، خرج المئات في مظاهرة.", lang="ar")
    assert any(r.country_code == "IQ" and r.feature_code.startswith("PPL") for r in rs)
