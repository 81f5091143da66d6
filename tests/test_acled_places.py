"""The gazetteer layer of the places ACLED codes (``data/acled_places.tsv``): built from the
training rows only, loaded as places of source "acled", found only where the article is about
their country, and absent without harm when the file is missing. Sentences written for these
tests."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from polemos import gazetteer_acled
from polemos.datasets import shared_data_dir
from polemos.gazetteer import Gazetteer
from polemos.gazetteer_build import build, source_versions
from polemos.geocode import Geocoder

TOOL = Path(__file__).resolve().parents[1] / "tools" / "build_acled_places.py"


def _tool():
    spec = importlib.util.spec_from_file_location("build_acled_places", TOOL)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_shipped_file_has_its_columns_and_no_text() -> None:
    rows = gazetteer_acled.rows()
    assert len(rows) > 1000
    for name, cc, a1, _a2, la, lo, n in rows:
        assert name and len(cc) == 2 and a1 and n >= 1
        assert -90 <= la <= 90 and -180 <= lo <= 180
        assert len(name) < 80  # place names, never a note


def test_no_place_only_held_out_rows_name() -> None:
    root = shared_data_dir()
    if root is None or not (root / "acled").is_dir():
        pytest.skip("shared/data not available")
    from polemos.datasets import acled_split

    tool = _tool()
    train = tool.training_rows(root)
    built = tool.place_rows(train)
    iso = tool._iso2(train)
    seen = {(r.location, iso.get(r.country)) for r in train}
    files = sorted((root / "acled").glob("*.csv"))
    held = acled_split("dev", files) + acled_split("test", files)
    only_held = {(r.location, iso.get(r.country)) for r in held} - seen
    assert only_held  # the check means something: the held-out years name new villages
    shipped = {(r[0], r[1]) for r in gazetteer_acled.rows()}
    assert not only_held & {(r[0], r[1]) for r in built}
    assert not only_held & shipped
    # and the shipped file is what the tool builds from the data
    assert shipped == {(r[0], r[1]) for r in built}


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder()


def _event(geo: Geocoder, text: str, country: str | None = None):
    rs = geo.geoparse(text, lang="en", country=country)
    return rs, geo.place_in(rs, 0, len(text))


def test_ward_geonames_lacks_is_found_with_acleds_admin1(geo: Geocoder) -> None:
    rs, ev = _event(geo, "Police fired tear gas at traders in Kawangware, Nairobi, on Monday.")
    assert ev is not None and ev.name == "Kawangware" and ev.admin1 == "Nairobi"
    assert ev.precision == 1
    _rs, ev = _event(geo, "Police fired tear gas at traders in Kawangware on Monday.", "KE")
    assert ev is not None and ev.name == "Kawangware" and ev.admin1 == "Nairobi"


def test_acled_village_beats_a_namesake_abroad_in_its_country(geo: Geocoder) -> None:
    # Eastleigh is also a town in England (GeoNames); in a Kenyan report it is Nairobi's ward
    _rs, ev = _event(geo, "Youths looted shops in Eastleigh, Nairobi, after the rally.")
    assert ev is not None and ev.country_code == "KE" and ev.admin1 == "Nairobi"
    _rs, ev = _event(geo, "Youths looted shops in Eastleigh after the rally.", "KE")
    assert ev is not None and ev.country_code == "KE" and ev.admin1 == "Nairobi"


def test_same_name_in_a_report_on_another_country_is_not_acleds(geo: Geocoder) -> None:
    rs, ev = _event(geo, "Hampshire police said a man was stabbed in Eastleigh, near "
                         "Southampton, on Friday.")
    assert ev is not None and ev.country_code == "GB"
    assert all(r.country_code != "KE" for r in rs)
    rs, _ev = _event(geo, "French police said riots broke out in Lyon, Marseille and Kawangware.")
    assert all(r.country_code != "KE" for r in rs)  # nothing speaks for Kenya


def test_with_no_context_geonames_first_and_a_lone_acled_village_stands(geo: Geocoder) -> None:
    # nothing in the note speaks for a country: a GeoNames namesake wins (England's Eastleigh),
    # and a name only ACLED holds is read as ACLED's (nothing speaks against it)
    _rs, ev = _event(geo, "Youths looted shops in Eastleigh after the rally.")
    assert ev is not None and ev.country_code == "GB"
    _rs, ev = _event(geo, "Police fired tear gas in Kawangware on Monday.")
    assert ev is not None and ev.name == "Kawangware" and ev.admin1 == "Nairobi"


def test_a_big_city_beats_an_acled_ward(geo: Geocoder) -> None:
    rs, _ev = _event(geo, "Kenyan police met French officials in Paris and Lyon.")
    assert [r.country_code for r in rs if r.text == "Paris"] == ["FR"]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    build(path, only_countries=frozenset({"KE"}))
    return path


def test_layer_is_a_source_of_the_build(small: Path) -> None:
    gaz = Gazetteer(small)
    assert gaz.stats().get("acled", 0) > 100
    kaw = [p for p in gaz.search("Kawangware") if p.source == "acled"]
    assert kaw and kaw[0].admin1 == "Nairobi" and kaw[0].admin1_code  # the gazetteer's province
    # a place GeoNames already holds (same name, same country, nearby) is not added again
    assert not [p for p in gaz.search("Kisumu") if p.source == "acled"]
    # a GeoNames town ACLED always codes in another province takes ACLED's (GeoNames: Nairobi)
    thika = [p for p in gaz.search("Thika") if p.feature_code == "PPL"]
    assert thika and thika[0].admin1 == "Kiambu"
    assert f"acled={gazetteer_acled.version()}" in source_versions()


def test_missing_file_leaves_the_layer_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setattr(gazetteer_acled, "_text", lambda: None)
    assert gazetteer_acled.rows() == [] and gazetteer_acled.version() == "absent"
    path = tmp_path / "gazetteer.sqlite"
    build(path, only_countries=frozenset({"KE"}))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM places WHERE source='acled'").fetchone()[0] == 0
    geo = Geocoder(Gazetteer(path))
    rs = geo.geoparse("Police fired tear gas at traders in Kawangware, Nairobi.", lang="en")
    assert [r.name for r in rs] == ["Nairobi"]


def test_acled_village_before_a_part_camp_lodge_or_road_word(geo: Geocoder) -> None:
    # ACLED places have no population: the words after the name decide ("X East", "X Lodge")
    for text, name, admin1 in (
            ("Gunmen abducted two nurses at the Mentao Refugee Camp on Sunday.", "Mentao", "Sahel"),
            ("Police dispersed angry voters in Embakasi East on Tuesday.", "Embakasi", "Nairobi"),
            ("Armed herders raided Mukutan Lodge before dawn.", "Mukutan", "Baringo")):
        _rs, ev = _event(geo, text)
        assert ev is not None and ev.name == name and ev.admin1 == admin1, text


def test_a_place_after_a_possessive_town(geo: Geocoder) -> None:
    rs, ev = _event(geo, "In Kisumu's Nyamasaria, officers shot a trader on Friday.")
    assert [(r.text, r.name) for r in rs] == [("Kisumu", "Kisumu"), ("Nyamasaria", "Nyamasaria")]
    assert ev is not None and ev.name == "Nyamasaria" and ev.admin1 == "Kisumu"


def test_an_officials_constituency_is_no_event_place(geo: Geocoder) -> None:
    rs, ev = _event(geo, "Backers of the Embakasi East MP burnt tyres in Kiambu on Monday.")
    assert [r.kind for r in rs if r.text == "Embakasi"] == ["metonym"]
    assert ev is not None and ev.admin1 == "Kiambu"


def test_lone_acled_name_over_a_town_abroad_bearing_it_as_an_alternate_name(geo: Geocoder
                                                                            ) -> None:
    # GeoNames gives India's Tonk the alternate name "Tonka"; nothing in the note names a country
    _rs, ev = _event(geo, "Gunmen attacked a gendarmerie post in Tonka on Sunday.")
    assert ev is not None and ev.country_code == "ML" and ev.admin1 == "Tombouctou"
    _rs, ev = _event(geo, "Indian police said a bus overturned near Tonka on Sunday.")
    assert ev is not None and ev.country_code == "IN"  # the context speaks for India


def test_a_town_takes_acleds_province_unless_a_twin_is_in_it(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    from polemos.gazetteer import connect_new, insert_names, insert_places

    db = connect_new(tmp_path / "g.sqlite")
    rows = [(1, "Alpha", "A", "ADM1", "XX", "01", None, "Alpha", None, 0.0, 0.0, 0, "admin", 0),
            (2, "Beta", "A", "ADM1", "XX", "02", None, "Beta", None, 1.0, 1.0, 0, "admin", 0),
            # Lotown: GeoNames says Alpha; Twinville: one town in each province, 5 km apart
            (10, "Lotown", "P", "PPL", "XX", "01", None, "Alpha", None, 0.5, 0.5, 0, "c", 0),
            (11, "Twinville", "P", "PPL", "XX", "01", None, "Alpha", None, 0.8, 0.8, 0, "c", 0),
            (12, "Twinville", "P", "PPL", "XX", "02", None, "Beta", None, 0.8, 0.84, 0, "c", 0)]
    insert_places(db, rows)
    for gid, name, *_rest in rows:
        insert_names(db, gid, [name], 0)
    coded = [("Lotown", "XX", "Beta", "Lo", 0.51, 0.5, 3), ("Twinville", "XX", "Beta", "", 0.8,
                                                            0.84, 2)]
    monkeypatch.setattr(gazetteer_acled, "rows", lambda: coded)
    gazetteer_acled.load(db)
    got = dict(db.execute("SELECT geonameid, admin1 FROM places WHERE feature_code = 'PPL'"))
    assert got == {10: "Beta", 11: "Alpha", 12: "Beta"}


def test_demonyms_alone_do_not_drop_an_acled_village(geo: Geocoder) -> None:
    # "French troops" says who fought, not where: the village stays Mali's
    for text, name, admin1 in (
            ("French troops raided the area of Akabar on Friday, killing ten fighters.",
             "Akabar", "Menaka"),
            ("French and Malian soldiers swept the forest of Serma at dawn.", "Serma", "Mopti")):
        _rs, ev = _event(geo, text)
        assert ev is not None and (ev.name, ev.admin1, ev.country_code) == (name, admin1, "ML")
    # a place of another country named in the text still speaks against it
    rs, _ev = _event(geo, "French police in Lyon said a man from Akabar was arrested.")
    assert "ML" not in {r.country_code for r in rs}


def test_area_of_a_short_name_keeps_only_acleds_village(geo: Geocoder) -> None:
    # a five-letter name of no known population is read after "the area/forest of" only as
    # the village ACLED codes, never as a small town abroad
    _rs, ev = _event(geo, "Soldiers shot two herders near the village of Sia on Monday.")
    assert ev is not None and ev.country_code == "BF"
    rs, _ev = _event(geo, "A roadside bomb hit a lorry in the area of Bodio on Monday.")
    assert all(r.country_code != "IT" for r in rs)


def test_a_district_without_a_point_takes_acleds_province(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from polemos.gazetteer import connect_new, insert_names, insert_places

    db = connect_new(tmp_path / "g.sqlite")
    rows = [(1, "Alpha", "A", "ADM1", "XX", "01", None, "Alpha", None, 0.0, 0.0, 0, "admin", 0),
            (2, "Beta", "A", "ADM1", "XX", "02", None, "Beta", None, 1.0, 1.0, 0, "admin", 0),
            # districts with no point: GeoNames files Gamma under Alpha, Delta under Beta
            (20, "Gamma", "A", "ADM2", "XX", "01", "77", "Alpha", "Gamma", None, None, 0,
             "admin", 0),
            (22, "Delta", "A", "ADM2", "XX", "02", "78", "Beta", "Delta", None, None, 0,
             "admin", 0)]
    insert_places(db, rows)
    for gid, name, *_rest in rows:
        insert_names(db, gid, [name], 0)
    coded = [("Gamma", "XX", "Beta", "Gamma", 0.9, 0.9, 4), ("Delta", "XX", "Beta", "", 1.0,
                                                           1.0, 2)]
    monkeypatch.setattr(gazetteer_acled, "rows", lambda: coded)
    gazetteer_acled.load(db)
    got = {gid: (a1, code, a2, la) for gid, a1, code, a2, la in db.execute(
        "SELECT geonameid, admin1, admin1_code, admin2_code, latitude FROM places "
        "WHERE geonameid > 2")}
    # Gamma moves to ACLED's province, keeps its own district code and gets ACLED's point;
    # Delta is already there
    assert got == {20: ("Beta", "02", "77", 0.9), 22: ("Beta", "02", "78", None)}
