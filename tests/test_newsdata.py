"""Tests of polemos.newsdata (readers and mappings of the labelled news sets), polemos.newseval
(scoring) and `polemos evaluate classify --set`.

The fixtures under tests/fixtures/news/ are written for these tests, in each set's file
format; the last tests read shared/data when it is present (counts and labels only).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import polemos.evaluate as ev
from polemos import newsdata as nd
from polemos import newseval as ne
from polemos.datasets import shared_data_dir
from polemos.detect import Prediction
from polemos.taxonomy import EVENT_TYPE_OF, EVENT_TYPES, NONE_LABEL

FIX = Path(__file__).parent / "fixtures" / "news"


def ex(id_: str, labels: tuple[str, ...], gold: str | None, lang: str = "en",
       text: str = "x") -> nd.NewsExample:
    return nd.NewsExample(id_, text, lang, labels, gold)


def dec(event: bool, predicted: str = NONE_LABEL, forced: str | None = None) -> ne.Decision:
    return ne.Decision(event, predicted, forced, 0.9 if event else 0.0)


# -- mappings ---------------------------------------------------------------------------------
def test_mappings_name_only_acled_labels() -> None:
    allowed = set(EVENT_TYPE_OF) | set(EVENT_TYPES) | {nd.EVENT, NONE_LABEL, None}
    for table in (nd.SATP_TO_ACLED, nd.CAMEO_TO_ACLED, nd.PLOVER_TO_ACLED,
                  nd.PLOVER_MODE_TO_ACLED, nd.KIL_QUAD_TO_ACLED):
        assert set(table.values()) <= allowed, table
    assert set(nd.ACLED_TO_SATP) <= set(EVENT_TYPE_OF)
    assert set(nd.ACLED_TO_SATP.values()) <= set(nd.SATP_LABELS)
    assert nd.plover_gold("FIGHT", None) == "Battles"
    assert nd.plover_gold("FIGHT", "explosives") == "Explosions/Remote violence"
    assert nd.plover_gold("ASSAULT", "beat") == "Violence against civilians"
    assert nd.plover_gold("MOBILIZE", "troops") is None
    assert nd.ipe_gold(("ARREST", "ANY_ACTION")) == "Arrests"
    assert nd.ipe_gold(("ARREST", "ANY_ACTION", "FORCE")) == nd.EVENT
    assert nd.ipe_gold(()) is None  # no police action is not "no event" (a mob may riot)
    assert nd.gold_event_type("Suicide bomb") == "Explosions/Remote violence"
    assert nd.gold_event_type("Protests") == "Protests"
    assert nd.gold_event_type(nd.EVENT) is None and nd.is_event_gold(nd.EVENT) is True
    assert nd.is_event_gold(NONE_LABEL) is False and nd.is_event_gold(None) is None


# -- readers on the fixtures ------------------------------------------------------------------
def test_satp_reader() -> None:
    dev = nd.load("satp", "dev", FIX)
    assert len(dev) == 5  # the row with an unreadable label is skipped
    assert [e.labels for e in dev][:4] == [("armed assault",), ("bombing",), ("kidnapping",),
                                           ("other",)]
    assert [e.gold for e in dev] == [nd.EVENT, "Explosions/Remote violence",
                                     "Abduction/forced disappearance", nd.EVENT, nd.EVENT]
    assert dev[4].labels == ("armed assault", "bombing")
    assert len(nd.load("satp", "all", FIX)) == 8 and all(e.lang == "en" for e in dev)


def test_cameo_reader_and_dev_slice() -> None:
    train, dev, test = (nd.load("cameo", p, FIX) for p in ("train", "dev", "test"))
    assert (len(train), len(dev), len(test)) == (8, 2, 3)  # class 9 skipped; every 5th = dev
    assert [e.labels[0] for e in dev] == ["material conflict"] * 2
    assert {e.gold for e in train} == {NONE_LABEL, nd.EVENT}
    assert [e.gold for e in train].count(nd.EVENT) == 1
    assert train[6].text == '"We will not accept this," the spokesman told reporters.'
    assert not {e.text for e in train} & {e.text for e in dev}


def test_plover_reader_merges_records_of_one_text() -> None:
    both = nd.load("plover", "all", FIX)
    assert len(both) == 8  # DOCUMENT dropped, two pairs of records merged
    by_id = {e.id: e for e in both}
    assert by_id["P-PROTEST-1"].gold == "Protests"
    assert by_id["P-PROTEST-2"].gold == "Riots"
    assert by_id["P-FIGHT-1"].gold == nd.EVENT  # heavy weapons: Battles or shelling
    assert by_id["P-ASSAULT-1"].gold == "Suicide bomb"
    assert by_id["P-RETREAT-1"].gold is None
    assert by_id["P-COERCE-1"].labels == ("COERCE/detain", "ASSAULT/explosives")
    assert by_id["P-COERCE-1"].gold == nd.EVENT  # Arrests + Explosions: an event of two types
    assert by_id["P-SANCTION-1"].gold == NONE_LABEL
    dev, test = nd.load("plover", "dev", FIX), nd.load("plover", "test", FIX)
    assert len(dev) + len(test) == 8 and not {e.id for e in dev} & {e.id for e in test}
    assert nd.load("plover", "train", FIX) == []


def test_ipe_reader() -> None:
    dev = nd.load("ipe", "dev", FIX)
    assert len(dev) == 7  # empty text skipped
    assert dev[0].labels == ("KILL", "ANY_ACTION", "FORCE") and dev[0].gold == nd.EVENT
    assert dev[1].gold == "Arrests"
    assert dev[3].text == 'the police stood by and watched," a shopkeeper said.'
    assert dev[3].labels == ("FAIL",) and dev[3].gold is None
    assert dev[4].labels == () and dev[4].gold is None


def test_keep_it_local_reader_aligns_languages() -> None:
    rows = nd.load("keep_it_local", "all", FIX)
    assert len(rows) == 18 and {e.lang for e in rows} == {"en", "es", "ar"}
    by = {(e.id, e.lang): e for e in rows}
    assert by[("kil/1", "ar")].gold == nd.EVENT  # the English row's quad class: material conflict
    assert by[("kil/1", "es")].text.startswith("Grupos armados")
    assert by[("kil/2", "en")].labels == ("relevant", "verbal conflict")
    assert by[("kil/0", "en")].gold == NONE_LABEL
    dev, test = nd.load("keep_it_local", "dev", FIX), nd.load("keep_it_local", "test", FIX)
    assert {e.id for e in dev} == {"kil/3"} and {e.id for e in test} == {"kil/4"}


def test_negatives_and_errors() -> None:
    neg = nd.load("negatives", "dev", FIX)
    assert [e.gold for e in neg] == [NONE_LABEL, NONE_LABEL]  # the politics row is left out
    with pytest.raises(ValueError):
        nd.load("satp", "holdout", FIX)
    with pytest.raises(ValueError):
        nd.load("muc4", "dev", FIX)
    summary = nd.summary(nd.load("ipe", "dev", FIX))
    assert summary["unmapped"] == 4 and summary["gold"]["event"] == 2


# -- scoring -----------------------------------------------------------------------------------
def test_score_satp() -> None:
    exs = [ex("a", ("armed assault",), nd.EVENT), ex("b", ("bombing",), "x"),
           ex("c", ("kidnapping",), "x"), ex("d", ("bombing",), "x"),
           ex("e", ("armed assault", "bombing"), nd.EVENT)]
    decs = [dec(True, "Armed clash", "Armed clash"),
            dec(True, "Air/drone strike", "Air/drone strike"),
            dec(False, NONE_LABEL, "Abduction/forced disappearance"),
            dec(True, "Attack", "Attack"),  # a bombing called an attack: wrong on purpose
            dec(True, "Grenade", "Grenade")]
    rep = ne.score_satp(exs, decs, "dev")
    assert rep.details["single_label"] == 4 and rep.details["multi_label"] == 1
    assert rep.details["accuracy"] == pytest.approx(3 / 4)
    # armed assault P 1/2 R 1 F1 2/3 (n 1); bombing P 1 R 1/2 F1 2/3 (n 2); kidnapping 1 (n 1)
    assert rep.figure == pytest.approx((2 / 3 + 2 * 2 / 3 + 1) / 4)
    assert rep.details["multi_label_any_of"] == 1.0
    assert rep.details["event_recall"] == pytest.approx(4 / 5)
    assert ne.satp_class("Peaceful protest") == "other" and ne.satp_class("none") == "none"


def test_score_cameo_and_ipe() -> None:
    exs = [ex("1", ("material conflict",), nd.EVENT), ex("2", ("material conflict",), nd.EVENT),
           ex("3", ("neutral",), NONE_LABEL), ex("4", ("verbal conflict",), NONE_LABEL)]
    rep = ne.score_cameo(exs, [dec(True), dec(False), dec(True), dec(False)])
    assert rep.details["precision"] == 0.5 and rep.details["recall"] == 0.5
    assert rep.figure == 0.5 and rep.per_class["neutral"]["event_rate"] == 1.0
    ipe = [ex("k", ("KILL", "ANY_ACTION", "FORCE"), nd.EVENT),
           ex("f", ("ANY_ACTION", "FORCE"), nd.EVENT),
           ex("a", ("ARREST", "ANY_ACTION"), "Arrests"), ex("n", (), None)]
    rep = ne.score_ipe(ipe, [dec(True), dec(False), dec(True, "Arrests"), dec(False)])
    assert rep.figure == 0.5  # recall of KILL|FORCE
    assert rep.details["precision"] == 0.5  # the arrest counts against precision
    assert rep.per_class["KILL"]["event_rate"] == 1.0 and rep.per_class["FORCE"]["n"] == 2
    assert rep.details["arrest_rows_typed_arrests"] == 1.0
    assert rep.details["meets_precision_0.70"] is False


def test_score_plover_keep_it_local_negatives() -> None:
    exs = [ex("p", ("PROTEST/demo-org",), "Protests"), ex("s", ("ASSAULT",), "Suicide bomb"),
           ex("a", ("AGREE",), NONE_LABEL), ex("r", ("RETREAT",), None)]
    rep = ne.score_plover(exs, [dec(True, "Peaceful protest", "Peaceful protest"),
                                dec(False, NONE_LABEL, "Remote explosive/landmine/IED"),
                                dec(False), dec(True)])
    assert rep.unmapped == 1 and rep.details["recall"] == 0.5 and rep.details["precision"] == 1
    assert rep.details["event_type_accuracy"] == 1.0  # both types right at event-type level
    assert rep.details["sub_event_type_accuracy"] == 0.0  # IED is not a suicide bomb
    kil = [ex(f"k{i}", ("irrelevant",), NONE_LABEL, lg) for i in range(2) for lg in ("en", "es", "ar")]
    decs = [dec(False)] * 3 + [dec(True), dec(True), dec(False)]
    rep = ne.score_keep_it_local(kil, decs)
    assert rep.n == 2 and rep.figure == 0.5 and rep.details["en=es"] == 1.0
    assert rep.details["en=ar"] == 0.5 and rep.per_class["en"]["agrees_with_relevant"] == 0.5
    neg = [ex("b1", ("bbc",), NONE_LABEL), ex("b2", ("bbc",), NONE_LABEL),
           ex("g1", ("agnews",), NONE_LABEL)]
    rep = ne.score_negatives(neg, [dec(True, "Attack"), dec(False), dec(False)])
    assert rep.figure == pytest.approx(1 / 3) and rep.per_class["bbc"]["event_rate"] == 0.5
    with pytest.raises(ValueError):
        ne.score_negatives(neg, [])


# -- running the detector -----------------------------------------------------------------------
class FakeDetector:
    """Keyword rules: "bomb" -> IED, "shot" -> Attack; classify always gives two labels."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None, int]] = []

    def _label(self, t: str) -> str:
        return ("Remote explosive/landmine/IED" if "bomb" in t else
                "Attack" if "shot" in t else NONE_LABEL)

    def predict(self, texts: list[str], lang: str | None = None) -> list[Prediction]:
        self.calls.append(("predict", lang, len(texts)))
        out = []
        for t in texts:
            lab = self._label(t)
            out.append(Prediction(lab, EVENT_TYPE_OF.get(lab), 0.8 if "bomb" in t else 0.6,
                                  {lab: 0.8}))
        return out

    def classify(self, texts: list[str], lang: str | None = None) -> list[Prediction]:
        self.calls.append(("classify", lang, len(texts)))
        out = []
        for t in texts:
            p = 0.7 if "bomb" in t else 0.4
            out.append(Prediction("Armed clash", "Battles", 0.5,
                                  {"Armed clash": 0.5, NONE_LABEL: 0.1,
                                   "Remote explosive/landmine/IED": p}))
        return out


def test_run_detector_articles_and_languages() -> None:
    from polemos.training import split_sentences

    exs = [ex("1", (), None, "en", "Nothing happened here. Then a man was shot. A bomb went off."),
           ex("2", (), None, "fr", "Rien. Rien du tout."),
           ex("3", (), None, "en", "Quiet day.")]
    fake = FakeDetector()
    decs = ne.run_detector(exs, fake, split=split_sentences, typing=True, batch_size=2)
    assert decs[0].event and decs[0].predicted == "Remote explosive/landmine/IED"  # best score
    assert decs[0].forced == "Remote explosive/landmine/IED"  # 0.7 beats every Armed clash 0.5
    assert decs[1] == ne.Decision(False, NONE_LABEL, "Armed clash", 0.0)
    assert not decs[2].event
    langs = {lang for _, lang, _ in fake.calls}
    assert langs == {"en", "fr"} and max(n for *_, n in fake.calls) <= 2


def test_evaluate_news_on_fixtures() -> None:
    rep = ne.evaluate_news("satp", "dev", classifier=FakeDetector(), root=FIX)
    assert rep.n == 5 and rep.details["single_label"] == 4
    assert rep.per_class["bombing"]["recall"] == 1.0  # "A bomb hidden ..." typed as IED
    rep = ne.evaluate_news("keep_it_local", "all", classifier=FakeDetector(), root=FIX, limit=2)
    assert rep.n == 2 and rep.figure == 1.0  # no keyword in any language: same decision


def test_cli_classify_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from polemos.cli.evaluate import evaluate_group

    root = tmp_path / "data"
    shutil.copytree(FIX, root)
    (root / "acled").mkdir()  # what shared_data_dir() looks for
    monkeypatch.setenv("POLEMOS_DATA", str(root))
    monkeypatch.setattr(ev, "default_classifier", FakeDetector)
    r = CliRunner().invoke(evaluate_group, ["classify", "--set", "cameo", "--part", "test",
                                            "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["set"] == "cameo" and out["n"] == 3 and out["details"]["gold"] == 1
    r = CliRunner().invoke(evaluate_group, ["classify", "--set", "all", "--limit", "2"])
    assert r.exit_code == 0, r.output
    assert "keep_it_local (dev)" in r.output and "F1 material conflict" in r.output
    r = CliRunner().invoke(evaluate_group, ["classify"])
    assert r.exit_code != 0 and "--set" in r.output


# -- the real sets, when shared/data is present ------------------------------------------------
def _shared() -> Path:
    root = shared_data_dir()
    if root is None or not (root / "news").is_dir():
        pytest.skip("shared/data absent")
    return root


def test_shared_satp() -> None:
    root = _shared()
    n = {p: len(nd.load("satp", p, root)) for p in ("train", "dev", "test")}
    assert n == {"train": 1085, "dev": 232, "test": 233}
    test = nd.load("satp", "test", root)
    assert all(e.labels for e in test) and sum(len(e.labels) == 1 for e in test) > 190


def test_shared_cameo() -> None:
    root = _shared()
    train, dev, test = (nd.load("cameo", p, root) for p in ("train", "dev", "test"))
    assert len(train) + len(dev) == 1349 and len(test) == 451
    assert sum(e.gold == nd.EVENT for e in test) == 108


def test_shared_plover() -> None:
    root = _shared()
    rows = nd.load("plover", "all", root)
    assert 310 <= len(rows) <= 322 and all(e.lang == "en" for e in rows)
    assert sum(e.gold not in (None, NONE_LABEL) for e in rows) > 50


def test_shared_ipe() -> None:
    root = _shared()
    test = nd.load("ipe", "test", root)
    assert len(test) > 3000
    assert sum(e.gold == nd.EVENT for e in test) > 30
    assert all(set(e.labels) <= set(nd.IPE_LABELS) for e in test)


def test_shared_keep_it_local() -> None:
    root = _shared()
    test = nd.load("keep_it_local", "test", root)
    ids = {e.id for e in test}
    assert len(ids) > 2000 and len(test) == 3 * len(ids)
    assert sum(e.gold == nd.EVENT for e in test) > 300


def test_shared_negatives() -> None:
    root = _shared()
    neg = nd.load("negatives", "test", root)
    assert len(neg) > 1000 and {e.gold for e in neg} == {NONE_LABEL}
    assert {e.labels[0] for e in neg} >= {"bbc", "agnews"}
