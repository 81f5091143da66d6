"""Tests of polemos.evaluate, polemos.gold, polemos.metrics and `polemos evaluate`."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import polemos.evaluate as ev
from polemos.datasets import ReadReport, shared_data_dir
from polemos.gold import read_acled_gold, read_brat, read_classify_tsv, read_geo_gold
from polemos.metrics import (
    classification_report,
    distance_summary,
    fallback_actor_name,
    fatalities_match,
    fold,
    haversine_km,
)
from polemos.schema import Event

# -- fixtures written for these tests (wire-report style, invented) ---------------------------
ACLED_CSV = """event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,latitude,longitude,time_precision,fatalities,notes
KEN1,9-May-20,Protests,Peaceful protest,Protesters (Kenya),,Nairobi,-1.2833,36.8167,1,0,"On 9 May 2020, traders marched in Nairobi against new market fees."
KEN2,31 December 2020,Battles,Armed clash,Military Forces of Kenya (2013-),Al Shabaab,Mandera,3.9366,41.867,1,4,"On 31 December 2020, soldiers clashed with Al Shabaab near Mandera. Four were killed."
KEN3,31-12-19,Riots,Mob violence,Rioters (Kenya),Civilians (Kenya),Kisumu,-0.1022,34.7617,2,1,"On 31 December 2019, a mob beat a suspected thief to death in Kisumu."
KEN4,someday,Riots,Mob violence,Rioters (Kenya),,Kisumu,,,1,0,"A date nobody can read."
KEN5,2-Jan-20,Riots,Tea party,Rioters (Kenya),,Kisumu,,,1,0,"An unknown sub-event type."
KEN6,3-Jan-20,Protests,Peaceful protest,Protesters (Kenya),,Nakuru,,,1,,
"""

CLASSIFY_TSV = (
    "id\ttext\tlabel\n"
    "a\tPolice detained six opposition activists in the capital on Monday.\tArrests\n"
    "b\tHundreds of nurses marched peacefully to demand unpaid wages.\tpeaceful protest\n"
    "c\tThe central bank left its key rate unchanged.\tnone\n"
    "d\tA text with a label nobody knows.\tPicnic\n"
)

GWN_XML = """<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>t</title>
    <text>Protesters gathered in Lyon and later in Paris, the city said.</text>
    <toponyms>
      <toponym><extractedName>Lyon</extractedName><type>Literal</type>
        <start>22</start><end>26</end><geonamesID>2996944</geonamesID>
        <latitude>45.748</latitude><longitude>4.847</longitude></toponym>
      <toponym><extractedName>Paris</extractedName><type>Literal</type>
        <start>40</start><end>45</end><geonamesID/>
        <latitude>48.853</latitude><longitude>2.349</longitude></toponym>
      <toponym><extractedName>city</extractedName><type>Literal_Expression</type>
        <start>51</start><end>55</end></toponym>
      <toponym><extractedName>Nowhere</extractedName><type>Literal</type>
        <start>0</start><end>7</end></toponym>
    </toponyms>
  </article>
</articles>
"""

GEOVIRUS_XML = """<articles><article><source>x</source>
<text>Cases rose in Madrid.</text><locations><location><name>Madrid</name>
<start>14</start><end>20</end><lat>40.4</lat><lon>-3.7</lon></location></locations>
</article></articles>"""

BRAT_TXT = "Shelling hit Kharkiv and a village near Izium on Sunday, officials said."
BRAT_ANN = (
    "T1\tLiteral 13 20\tKharkiv\n"
    "#1\tAnnotatorNotes T1\t706483\n"
    "T2\tLiteral_Expression 27 34\tvillage\n"
    "T3\tLiteral 40 45\tIzium\n"
    "#2\tAnnotatorNotes T3\t49.2, 37.3\n"
    "T4\tNon_Toponym 59 68\tofficials\n"
    "A1\tModifier_Type T3 Noun\n"
)


def _ev(sub: str, etype: str, conf: float = 0.5, **kw: object) -> Event:
    return Event(sub_event_type=sub, event_type=etype, confidence=conf, **kw)


@pytest.fixture()
def acled_csv(tmp_path: Path) -> Path:
    p = tmp_path / "gold.csv"
    p.write_text(ACLED_CSV, encoding="utf-8")
    return p


# -- metrics ----------------------------------------------------------------------------------
def test_classification_report_by_hand() -> None:
    rep = classification_report(["A", "A", "B", "B"], ["A", "B", "B", "B"])
    assert rep.per_label["A"].precision == 1.0 and rep.per_label["A"].recall == 0.5
    assert rep.per_label["B"].f1 == pytest.approx(0.8)
    assert rep.weighted_f1 == pytest.approx((2 / 3 * 2 + 0.8 * 2) / 4)
    assert rep.accuracy == 0.75
    assert rep.confusion == {"A": {"A": 1, "B": 1}, "B": {"B": 2}}


def test_classification_report_agrees_with_sklearn() -> None:
    from sklearn.metrics import f1_score

    rng = random.Random(7)
    labels = ["Attack", "Armed clash", "Arrests", "none"]
    gold = [rng.choice(labels[:3]) for _ in range(300)]
    pred = [g if rng.random() < 0.6 else rng.choice(labels) for g in gold]
    rep = classification_report(gold, pred)
    assert rep.weighted_f1 == pytest.approx(f1_score(gold, pred, average="weighted"))
    assert rep.macro_f1 == pytest.approx(
        f1_score(gold, pred, labels=sorted(set(gold)), average="macro"))


def test_distances_and_fatalities() -> None:
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.5)
    d = distance_summary([0.0, 20.0, 100.0, None])
    assert (d.within_25km, d.within_161km, d.median_km, d.resolved) == (0.5, 0.75, 20.0, 3)
    assert fatalities_match(None, 0) and fatalities_match(0, None)
    assert not fatalities_match(10, 12) and fatalities_match(10, 12, 0.2)
    assert not fatalities_match(10, 13, 0.2) and not fatalities_match(0, 1, 0.2)


def test_name_folding() -> None:
    assert fold("Ségou-Région ") == fold("segou region")
    assert fallback_actor_name("Military Forces of Kenya (2013-)") == "military forces of kenya"
    assert fallback_actor_name("Police Forces of Mali (2021-2022)") == "police forces of mali"


def test_pick_event_prefers_same_sub_type_then_confidence() -> None:
    a = _ev("Attack", "Violence against civilians", 0.9)
    b = _ev("Armed clash", "Battles", 0.4)
    c = _ev("Armed clash", "Battles", 0.6)
    assert ev.pick_event("Armed clash", [a, b, c]) is c
    assert ev.pick_event("Arrests", [b, a, c]) is a
    assert ev.pick_event("Arrests", []) is None


# -- readers ----------------------------------------------------------------------------------
def test_acled_reader_quirky_dates_and_skips(acled_csv: Path) -> None:
    rr = ReadReport()
    recs = read_acled_gold([acled_csv], report=rr)
    assert [r.event_date for r in recs] == [date(2019, 12, 31), date(2020, 5, 9),
                                            date(2020, 12, 31)]
    assert [r.actor2 for r in recs if r.event_id == "KEN1"] == [""]
    why = dict(rr.skipped)
    assert "date" in why["gold.csv:5"] and "sub_event_type" in why["gold.csv:6"]
    assert "notes" in why["gold.csv:7"]
    assert len(read_acled_gold([acled_csv], limit=2)) == 2


def test_classify_reader(tmp_path: Path) -> None:
    p = tmp_path / "g.tsv"
    p.write_text(CLASSIFY_TSV, encoding="utf-8")
    rr = ReadReport()
    items = read_classify_tsv(p, rr)
    assert [i.label for i in items] == ["Arrests", "Peaceful protest", "none"]
    assert len(rr.skipped) == 1 and "Picnic" in rr.skipped[0][1]


def test_geo_xml_reader(tmp_path: Path) -> None:
    p = tmp_path / "g.xml"
    p.write_text(GWN_XML, encoding="utf-8")
    rr = ReadReport()
    (art,) = read_geo_gold(p, rr)
    by = {t.text: t for t in art.toponyms}
    assert by["Lyon"].geonameid == 2996944 and by["Paris"].geonameid is None
    assert by["Paris"].resolvable and not by["city"].resolvable
    assert "Nowhere" not in by and len(rr.skipped) == 1  # span holds "Protest", not the name
    v = tmp_path / "v.xml"
    v.write_text(GEOVIRUS_XML, encoding="utf-8")
    (gv,) = read_geo_gold(v)
    assert gv.toponyms[0].text == "Madrid" and gv.toponyms[0].longitude == -3.7


def test_brat_reader(tmp_path: Path) -> None:
    (tmp_path / "3.txt").write_text(BRAT_TXT, encoding="utf-8")
    (tmp_path / "3.ann").write_text(BRAT_ANN, encoding="utf-8")
    (art,) = read_brat(tmp_path)
    assert [t.text for t in art.toponyms] == ["Kharkiv", "Izium"]
    assert art.toponyms[0].geonameid == 706483 and art.toponyms[0].latitude is None
    assert (art.toponyms[1].latitude, art.toponyms[1].longitude) == (49.2, 37.3)


# -- scoring ----------------------------------------------------------------------------------
def test_score_events(acled_csv: Path) -> None:
    recs = read_acled_gold([acled_csv])  # KEN3 mob, KEN1 protest, KEN2 clash (date order)
    preds = [
        [],  # the mob violence note: missed
        [_ev("Peaceful protest", "Protests", 0.8, event_date=date(2020, 5, 9), admin1="nairobi",
             latitude=-1.29, longitude=36.82, actor1="Protesters (Kenya)", time_precision=1)],
        [_ev("Attack", "Violence against civilians", 0.9, fatalities=5),
         _ev("Armed clash", "Battles", 0.3, event_date=date(2020, 12, 30), fatalities=5,
             actor1="Military Forces of Kenya (2013-2022)", actor2="al-Shabaab",
             latitude=3.0, longitude=41.0)],
    ]
    rep = ev.score_events(recs, preds, normalise_actor=fallback_actor_name)
    assert (rep.notes, rep.found, rep.notes_with_extra, rep.extra_events) == (3, 2, 1, 1)
    assert rep.sub_event_type.accuracy == pytest.approx(2 / 3)
    assert rep.sub_event_type.confusion["Mob violence"] == {"none": 1}
    f = rep.fields
    assert (f["event_date"].correct, f["admin1"].correct, f["actor1"].correct) == (1, 1, 2)
    assert f["actor2"].correct == 2  # empty = empty; "al-Shabaab" folds to "al shabaab"
    assert f["fatalities"].correct == 1 and f["fatalities_20pct"].correct == 1  # 5 vs 4: 25 %
    assert f["event_date"].accuracy_found == 0.5
    assert rep.coordinates.within_25km == pytest.approx(1 / 3)
    assert rep.coordinates.within_161km == pytest.approx(2 / 3)  # about 140 km off
    json.dumps(rep.to_dict())


def test_score_geoparse(tmp_path: Path) -> None:
    p = tmp_path / "g.xml"
    p.write_text(GWN_XML, encoding="utf-8")
    arts = read_geo_gold(p)
    res = [[SimpleNamespace(start=22, end=26, latitude=45.76, longitude=4.84, geonameid=2996944),
            SimpleNamespace(start=40, end=45, latitude=43.3, longitude=5.4, geonameid=1)]]
    rep = ev.score_geoparse(arts, res, [[(22, 26), (0, 10)]])
    assert rep.distance.n == 2 and rep.distance.within_161km == 0.5
    assert rep.geonameid.correct == 1 and rep.geonameid.n == 1
    assert rep.recall == 0.5 and rep.precision == 0.5  # (0, 10) overlaps no gold toponym


# -- the command ------------------------------------------------------------------------------
class FakePipeline:
    """Predicts from trigger words, so the CLI can be run without the real models."""

    def extract(self, doc):  # noqa: ANN001, ANN201
        t = doc.text.lower()
        if "marched" in t:
            return [_ev("Peaceful protest", "Protests", 0.7, event_date=doc.published)]
        if "clashed" in t:
            return [_ev("Armed clash", "Battles", 0.7, fatalities=4)]
        return []


class FakeClassifier:
    def predict(self, texts, lang=None):  # noqa: ANN001, ANN201
        return [SimpleNamespace(sub_event_type="Arrests" if "detained" in t else "none")
                for t in texts]


class FakeGeocoder:
    def geoparse(self, text, lang=None, spans=None):  # noqa: ANN001, ANN201
        spans = spans or [(22, 26)]
        return [SimpleNamespace(start=s, end=e, latitude=45.75, longitude=4.85, geonameid=2996944)
                for s, e in spans]


@pytest.fixture()
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ev, "default_pipeline", FakePipeline)
    monkeypatch.setattr(ev, "default_classifier", FakeClassifier)
    monkeypatch.setattr(ev, "default_geocoder", FakeGeocoder)


def test_cli_events_json_is_deterministic(acled_csv: Path, fakes: None) -> None:
    from polemos.cli.evaluate import evaluate_group

    runs = [CliRunner().invoke(evaluate_group, ["events", str(acled_csv), "--json"])
            for _ in range(2)]
    assert runs[0].exit_code == 0, runs[0].output
    a, b = (json.loads(r.output) for r in runs)
    a.pop("seconds"), b.pop("seconds")
    assert a == b
    assert a["notes"] == 3 and a["found"] == 2 and len(a["skipped"]) == 3
    assert a["fields"]["fatalities"]["correct"] == 2  # clash 4 = 4; protest None = 0
    assert a["fields"]["event_date"]["correct"] == 0  # published is 3 days after the event


def test_cli_tables_and_errors(acled_csv: Path, tmp_path: Path, fakes: None) -> None:
    from polemos.cli.evaluate import evaluate_group

    r = CliRunner().invoke(evaluate_group, ["events", str(acled_csv), "--split", "dev"])
    assert r.exit_code != 0  # 3 rows: dev part of the time split is empty
    r = CliRunner().invoke(evaluate_group, ["events", str(acled_csv)])
    assert r.exit_code == 0 and "weighted F1" in r.output and "skipped 3" in r.output
    tsv = tmp_path / "g.tsv"
    tsv.write_text(CLASSIFY_TSV, encoding="utf-8")
    r = CliRunner().invoke(evaluate_group, ["classify", str(tsv), "--json"])
    out = json.loads(r.output)
    assert out["sub_event_type"]["accuracy"] == pytest.approx(2 / 3)
    xml = tmp_path / "g.xml"
    xml.write_text(GWN_XML, encoding="utf-8")
    r = CliRunner().invoke(evaluate_group, ["geoparse", str(xml), "--json"])
    out = json.loads(r.output)
    assert out["distance"]["within_161km"] == 0.5  # Lyon right, Paris put in Lyon
    assert out["recognition"]["recall"] == 0.5
    r = CliRunner().invoke(evaluate_group, ["geoparse", str(xml)])
    assert r.exit_code == 0 and "GeoNames id" in r.output


def test_shared_acled_dev_reads() -> None:
    root = shared_data_dir()
    if root is None:
        pytest.skip("shared/data absent")
    recs = read_acled_gold(sorted((root / "acled").glob("*.csv")), split="dev")
    assert len(recs) > 500 and all(r.notes for r in recs)
