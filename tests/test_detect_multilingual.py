"""The detector in Spanish, Arabic, Russian and Ukrainian (issue 9): persistence module,
embedding dropout of the event head, by-language inference settings, lexicon words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from polemos import detect_io
from polemos.detect import FORMAT, FORMAT_VERSION, EventClassifier
from polemos.detect_build import embedding_dropout
from polemos.features import Embedder, concepts_of
from polemos.taxonomy import NONE_LABEL

# written for this test (not from any data set)
TINY = [
    ("Gunmen shot dead a shopkeeper and his son in the village on Monday.", "Attack"),
    ("Unknown assailants killed three herders near the river.", "Attack"),
    ("Hundreds of nurses marched peacefully to parliament to demand back pay.",
     "Peaceful protest"),
    ("Farmers held a peaceful rally in the town square over crop prices.", "Peaceful protest"),
    ("The striker scored a late goal to win the league match.", NONE_LABEL),
    ("The bank reported higher profits for the quarter.", NONE_LABEL),
]
NEWS = [("Gunmen opened fire on a bus near the market, killing four passengers.", "event"),
        ("Exports of coffee rose by a tenth in the first half of the year.", NONE_LABEL)]


def test_persistence_lives_in_detect_io(tmp_path: Path) -> None:
    assert (FORMAT, FORMAT_VERSION) == (detect_io.FORMAT, detect_io.FORMAT_VERSION)
    model = EventClassifier.train(TINY, NEWS, hidden=0, alpha=0.1)
    detect_io.save(model, tmp_path / "a")
    model.to_disk(tmp_path / "b")
    for name in ("a", "b"):
        back = detect_io.load(EventClassifier, tmp_path / name)
        assert isinstance(back, EventClassifier) and back.labels == model.labels
        assert back.config == EventClassifier.from_disk(tmp_path / "b").config
    texts = ["Gunmen killed two traders."]
    assert np.allclose(EventClassifier.from_disk(tmp_path / "a").scores(texts, "en")[1],
                       model.scores(texts, "en")[1], atol=2e-3)


def test_embedding_dropout_zeroes_the_embedding_of_a_share_of_rows() -> None:
    x = np.ones((2000, Embedder.dim + 7), dtype=np.float32)
    assert embedding_dropout(x, 0.0, 0) is x
    out = embedding_dropout(x, 0.3, 0)
    zeroed = (out[:, :Embedder.dim] == 0).all(axis=1)
    assert 0.25 < zeroed.mean() < 0.35
    assert (out[:, Embedder.dim:] == 1).all() and (x == 1).all()  # concepts kept, x untouched
    assert (out[~zeroed, :Embedder.dim] == 1).all()
    assert np.array_equal(out, embedding_dropout(x, 0.3, 0))  # seeded


def test_head_trained_with_dropout_is_stored() -> None:
    model = EventClassifier.train(TINY, NEWS, hidden=0, alpha=0.1, event_emb_dropout=0.5)
    assert model.event_layers and model.config["event_emb_dropout"] == 0.5


@pytest.mark.parametrize(("text", "concept"), [
    ("Hombres armados golpearon a un vecino hasta dejarlo inconsciente.", "ATTACK"),
    ("Толпа избила двух прохожих у вокзала.", "ATTACK"),
    ("اختطف مجهولون تاجرا من سوق المدينة.", "ABDUCT"),
    ("Його вивезли у невідомому напрямку.", "ABDUCT"),
    ("Грузовик подорвался на мине у дороги.", "IED"),
    ("Вантажівка підірвалася на міні біля траси.", "IED"),
    ("Un tribunal sentenció al acusado a diez años.", "STATEMENT"),
    ("Міністр попередив про нові удари.", "STATEMENT"),
    ("Від початку року загинули сорок людей.", "TOLL"),
    ("Un incendio forestal quemó mil hectáreas.", "DISASTER"),
    ("Нацбанк знизив облікову ставку.", "BUSINESS"),
])
def test_lexicon_words_added_for_es_ar_ru_uk(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


def test_concept_head_is_trained_stored_and_mixed_by_language(tmp_path: Path) -> None:
    from polemos.detect import _forward, _softmax

    model = EventClassifier.train(TINY, NEWS, hidden=0, alpha=0.1, concept_head_dropout=0.5,
                                  concept_model=False, head_concept_weight={"*": 0.0})
    assert model.concept_head and model.concept_head[-1][0].shape[1] == 2
    texts = ["Gunmen killed two traders at the market."]
    x = model.features(texts, "en")
    x0 = x.copy()
    x0[:, :Embedder.dim] = 0.0
    _, before = model.scores(texts, "en")
    model.config["head_concept_weight"] = {"uk": 0.3, "*": 0.0}
    model.to_disk(tmp_path / "m")
    back = EventClassifier.from_disk(tmp_path / "m")
    assert len(back.concept_head) == len(model.concept_head)
    _, en = back.scores(texts, "en")
    _, uk = back.scores(texts, "uk")
    assert np.allclose(en, before, atol=2e-3)  # other languages: the head on the whole input
    b = float(model.config["event_blend"])
    alone = _softmax(_forward(model.concept_head, x0))[:, 1]
    head = 0.7 * model.event_proba(x) + 0.3 * alone
    not_none = 1.0 - model.proba(x)[:, model.labels.index(NONE_LABEL)]
    assert np.allclose(uk, b * head + (1 - b) * not_none, atol=2e-3)
    # a model without a concept head stays readable (older format-3 files)
    plain = EventClassifier.train(TINY, NEWS, hidden=0, alpha=0.1, concept_head_dropout=0.0)
    plain.to_disk(tmp_path / "p")
    assert EventClassifier.from_disk(tmp_path / "p").concept_head == []
