"""The gazetteer: offline build, atomicity, versioning, GeoNames import and user places."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from polemos.errors import GazetteerError
from polemos.gazetteer import Gazetteer, normalize_name
from polemos.gazetteer_build import (
    acled_admin_name,
    add_user_places,
    build,
    ensure_built,
    source_versions,
)
from polemos.gazetteer_import import import_geonames

SMALL = frozenset({"UA", "SY", "KE", "ML"})


@pytest.fixture(scope="module")
def gaz_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    build(path, only_countries=SMALL)
    return path


def test_normalize_folds_case_diacritics_and_arabic_marks() -> None:
    assert normalize_name("Hassaké") == normalize_name("HASSAKE")
    assert normalize_name("Al-Hasakah") == "al hasakah"
    assert normalize_name("الحَسَكة") == normalize_name("الحسكه")


def test_acled_admin_spelling() -> None:
    assert acled_admin_name("Herāt") == "Herat"
    assert acled_admin_name("Nairobi City") == "Nairobi"


def test_names_in_several_scripts_meet(gaz_path: Path) -> None:
    g = Gazetteer(gaz_path)
    ids = {g.search(n)[0].geonameid for n in ("Kharkiv", "Kharkov", "Харків", "Харьков")}
    assert len(ids) == 1
    hasakah = {g.search(n)[0].geonameid for n in ("Al-Hasakah", "Hassaké", "الحسكة")}
    assert len(hasakah) == 1
    assert g.search("Syria")[0].feature_code == "PCLI"
    assert g.search("Сирия")[0].country_code == "SY"


def test_admin1_names_follow_acled(gaz_path: Path) -> None:
    g = Gazetteer(gaz_path)
    kilifi = [p for p in g.search("Kilifi") if p.feature_code == "PPL"][0]
    assert kilifi.admin1 == "Kilifi"
    mopti = [p for p in g.search("Mopti") if p.feature_code != "ADM1"][0]
    assert mopti.admin1 == "Mopti"
    assert g.search("Kharkiv")[0].admin1 == "Kharkiv"


def test_towns_of_one_province_are_a_part_of_the_country(gaz_path: Path) -> None:
    g = Gazetteer(gaz_path)
    kharkiv = [p for p in g.search("Kharkiv") if p.feature_class == "P"][0]
    country = g.towns_of("UA")
    province = g.province_towns("UA", kharkiv.admin1_code)
    assert 0 < len(province) < len(country)
    assert {p.admin1_code for _, p in province} == {kharkiv.admin1_code}
    assert kharkiv.geonameid in {p.geonameid for _, p in province}


def test_missing_or_bad_file_raises(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer"):
        Gazetteer(tmp_path / "nope.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError):
        Gazetteer(bad)


def test_failed_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import polemos.gazetteer_build as gb

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(gb, "_load_countries", boom)
    with pytest.raises(RuntimeError):
        build(tmp_path / "g.sqlite", only_countries=frozenset({"ML"}))
    assert list(tmp_path.iterdir()) == []


def test_rebuilt_when_sources_change(gaz_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    import polemos.gazetteer_build as gb

    path = tmp_path / "g.sqlite"
    shutil.copy(gaz_path, path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'sources'", (source_versions(),))
    calls: list[Path] = []
    monkeypatch.setattr(gb, "build", lambda p, *a, **k: calls.append(p))
    ensure_built(path)
    assert calls == []
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'schema=0' WHERE key = 'sources'")
    ensure_built(path)
    assert calls == [path]


def _row(gid: int, name: str, alts: str, lat: float, lon: float, fcl: str, fcode: str, cc: str,
         a1: str, a2: str = "", pop: int = 0) -> str:
    return "\t".join([str(gid), name, name, alts, str(lat), str(lon), fcl, fcode, cc, "", a1, a2,
                      "", "", str(pop), "", "100", "Africa/Bamako", "2024-01-01"]) + "\n"


def test_import_geonames_dump(gaz_path: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "g.sqlite"
    shutil.copy(gaz_path, path)
    dump = tmp_path / "allCountries.zip"
    rows = _row(99000001, "Tinzawatene Wells", "Tin Zaouatene Wells", 19.95, 2.9, "H", "WLL", "ML", "08")
    rows += _row(99000002, "Koro Bamba", "", 14.07, -3.08, "P", "PPL", "ML", "04", pop=300)
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("allCountries.txt", rows)
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t99000002\tfr\tKoro-Bamba du Nord\t\t\t\t\t\t\n2\t99000002\tlink\thttp://x\t\t\t\t\t\t\n",
                   encoding="utf-8")
    assert import_geonames(path, dump, alt, batch=1) == 2
    g = Gazetteer(path)
    well = g.search("Tin Zaouatene Wells")[0]
    assert (well.geonameid, well.feature_code, well.admin1) == (99000001, "WLL", "Tombouctou")
    assert g.search("Koro-Bamba du Nord")[0].geonameid == 99000002
    assert g.search("http://x") == []


def test_import_rejects_bad_dump(gaz_path: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "g.sqlite"
    shutil.copy(gaz_path, path)
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.txt:1"):
        import_geonames(path, bad)


def test_user_places_win_ties_and_survive_rebuild(gaz_path: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "g.sqlite"
    shutil.copy(gaz_path, path)
    csv = tmp_path / "places.csv"
    csv.write_text("name,aliases,feature,country,admin1,lat,lon\n"
                   "Kilifi,Kilifi Camp,PPL,KE,Kilifi,-3.6,39.8\n", encoding="utf-8")
    assert add_user_places(path, csv) == 1
    top = Gazetteer(path).search("Kilifi")[0]
    assert top.source == "user" and top.latitude == -3.6
    assert (tmp_path / "user_places.csv").is_file()
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nX,north,1\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.csv:2"):
        add_user_places(path, bad)
    bad.write_text("name,lat,lon\nZzyzxville,1,1\nX,999,1\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.csv:3: lat/lon out of range"):
        add_user_places(path, bad)
    assert not Gazetteer(path).search("Zzyzxville")  # nothing of the bad file was added


def test_cli_search_and_info(gaz_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from polemos.cli.gazetteer import gazetteer_group

    monkeypatch.setattr("polemos.gazetteer_build.ensure_built", lambda p, force=False: p)
    runner = CliRunner()
    out = runner.invoke(gazetteer_group, ["--path", str(gaz_path), "search", "Харків"])
    assert out.exit_code == 0, out.output
    assert "Kharkiv" in out.output.splitlines()[0]
    info = runner.invoke(gazetteer_group, ["--path", str(gaz_path), "info"])
    assert info.exit_code == 0 and "names:" in info.output


def test_hand_compiled_features_are_built_in(gaz_path: Path) -> None:
    from polemos.gazetteer_features import rows

    g = Gazetteer(gaz_path)
    for name, code in (("Indian Ocean", "OCN"), ("Средиземное море", "SEA"),
                       ("الشرق الأوسط", "RGN"), ("Sahel", "RGN"), ("Donbas", "RGN")):
        top = g.search(name)[0]
        assert top.feature_code == code and top.is_area, name
    assert g.search("Sahelian")[0].match_kind == 3  # an adjective, not a place name
    # every row parses: a known code, a point on the globe, names without stray spaces
    names = set()
    for gid, name, code, cc, lat, lon, aliases, demonyms, pop in rows():
        assert code and -90 <= lat <= 90 and -180 <= lon <= 180 and pop >= 0
        assert gid is None or gid > 0
        assert cc is None or len(cc) == 2
        assert all(a == a.strip() and a for a in [name, *aliases, *demonyms])
        assert name not in names, name
        names.add(name)


def test_features_file_is_part_of_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    import polemos.gazetteer_build as gb

    before = source_versions()
    assert "features=" in before
    monkeypatch.setattr(gb, "features_version", lambda: "changed")
    assert source_versions() != before


def test_country_abbreviation_yields_to_the_province_it_follows(tmp_path: Path) -> None:
    from polemos.geocode import Geocoder

    path = tmp_path / "g.sqlite"
    build(path, only_countries=frozenset({"AU", "ZA"}))
    geo = Geocoder(Gazetteer(path))
    text = "Fires burned near Adelaide, SA, on Monday."
    rs = {r.text: r for r in geo.geoparse(text, lang="en")}
    assert rs["SA"].name == "South Australia"
    text = "Miners struck in Rustenburg and Johannesburg. SA police said talks had failed."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Rustenburg", "Johannesburg")]
    s = text.index("SA ")
    r = geo.geoparse(text, lang="en", spans=[*spans, (s, s + 2)])[-1]
    assert r.country_code == "ZA" and r.feature_code == "PCLI"


def test_admin_display_name_strips_generic_words_as_acled_does() -> None:
    from polemos.gazetteer_build import admin_display_name

    assert admin_display_name("Kharkivska oblast", ["Kharkiv", "Kharkiv Oblast"]) == "Kharkiv"
    # an apostrophe after the generic word, an English alias to strip
    assert admin_display_name("Ryazanskaya oblast'", ["Ryazan Oblast", "Рязанская область"]) \
        == "Ryazan"
    # ACLED calls the region around the capital "Moscow Oblast", the city "Moscow"
    assert admin_display_name("Moskovskaya oblast'", ["Moscow", "Moscow Oblast"]) \
        == "Moscow Oblast"
    assert admin_display_name("Lamu", ["Lamu County"]) == "Lamu"


def test_acled_admin1_names_learnt_from_acled_rows() -> None:
    from polemos.gazetteer_features import admin1_spellings
    from polemos.geo_lexicon import ADMIN1_SPELLINGS

    names = admin1_spellings()
    assert names[("SY", "Halab")] == "Aleppo" and names[("PS", "Jenin")] == "West Bank"
    assert all(names[k] == v for k, v in ADMIN1_SPELLINGS.items())  # the hand list wins
    gaz = Gazetteer.default()
    [aleppo] = [p for p in gaz.search("Aleppo") if p.feature_class == "P"][:1]
    assert aleppo.admin1 == "Aleppo"


def test_kyiv_city_and_kyiv_oblast_are_told_apart() -> None:
    gaz = Gazetteer.default()
    city = [p for p in gaz.search("Kyiv") if p.feature_class == "P"][0]
    oblast_town = [p for p in gaz.search("Bila Tserkva") if p.country_code == "UA"][0]
    assert city.admin1 == "Kyiv City" and oblast_town.admin1 == "Kyiv"


def test_iraqi_kurdistan_towns_take_acled_governorates() -> None:
    """GeoNames has one area, "Iqlim Kurdistan"; ACLED codes the governorate."""
    gaz = Gazetteer.default()
    got = {n: [p for p in gaz.search(n) if p.country_code == "IQ" and p.feature_class == "P"][0]
           for n in ("Zakho", "Erbil", "Sulaymaniyah", "Baghdad")}
    assert {n: p.admin1 for n, p in got.items()} == {
        "Zakho": "Duhok", "Erbil": "Erbil", "Sulaymaniyah": "Al Sulaymaniyah",
        "Baghdad": "Baghdad"}


def test_a_city_added_by_hand_lies_in_its_neighbours_province() -> None:
    from polemos.geocode import Geocoder

    got = [(r.name, r.admin1) for r in Geocoder().geoparse(
        "Vecinos bloquearon la autopista en El Alto.", lang="es") if r.country_code == "BO"]
    assert ("El Alto", "La Paz") in got


def test_arabic_demonym_forms() -> None:
    from polemos.gazetteer_build import arabic_demonym_forms

    forms = arabic_demonym_forms(["الصومالي", "Somali"])
    assert {"صوماليين", "الصومالية", "صوماليون", "صومالي"} <= set(forms)
    assert not [f for f in forms if f.isascii()]


def test_a_russian_republic_is_found_by_its_own_name_and_named_as_acled_does() -> None:
    gaz = Gazetteer.default()
    dagestan = [p for p in gaz.search("Dagestan") if p.feature_code == "ADM1"]
    assert dagestan and dagestan[0].country_code == "RU"
    assert dagestan[0].admin1 == "Republic of Dagestan"
    town = [p for p in gaz.search("Makhachkala") if p.country_code == "RU"][0]
    assert town.admin1 == "Republic of Dagestan"


def test_a_republic_named_in_arabic_after_its_word_is_found_by_its_key() -> None:
    from polemos.geocode import Geocoder

    # the article's country from the demonym and the region (Russia), then the republic
    got = Geocoder().geoparse("هاجم مسلحون نقطة تفتيش للشرطة في جمهورية داغستان الروسية بشمال "
                              "القوقاز مساء الأحد.", lang="ar")
    assert any(r.admin1 == "Republic of Dagestan" and r.precision == 3 for r in got)
