"""The detect stage: does a sentence report a new act of political violence, protest or
strategic development, and of which ACLED sub-event type (or "none")?

Two passes: a trigger lexicon in six languages (polemos.features) marks candidate sentences
and gives language-independent concept features; only candidates are embedded (USE
multilingual v3) and scored by a small sub-type network trained on ACLED notes and news
negatives (mixed with an English lexical model for English), and by an event head, trained
also on news sentences (polemos.training_news), that decides event or not. Training lives in
polemos.detect_build, persistence in polemos.detect_io. Models are a directory of JSON (labels,
config, format version) and a NumPy ``.npz`` of weights loaded with ``allow_pickle=False``: no
pickled code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from polemos import detect_io
from polemos.detect_io import FORMAT, FORMAT_VERSION  # noqa: F401 (public names)
from polemos.errors import InputError, ModelError
from polemos.features import CONCEPTS, Embedder, concepts_of, has_trigger
from polemos.gate_words import opens_gate
from polemos.lexical import LexicalModel
from polemos.registry import register
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL, SUB_EVENT_TYPES

DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "detector"
DEFAULT_CONFIG: dict[str, Any] = {
    "hidden": 256,          # 0 = multinomial logistic regression
    "n_nets": 1,            # >1: networks of different seeds, logits averaged (not better on dev)
    "alpha": 1e-4,          # L2 penalty of the network (or 1/C of the regression)
    "max_iter": 60,
    "seed": 0,
    "concept_scale": 2.0,   # weight of the lexicon features next to the embedding
    "gate": True,           # sentences with no trigger word are "none" without embedding
    "min_event_score": 0.5,  # predict(): the best event label must reach this
    "temperature": 1.0,
    "lexical": True,        # also fit the English lexical model (polemos.lexical)
    "lex_c": 20.0,          # inverse L2 penalty of the lexical regression
    # share of the lexical model in the mixed probabilities, by language ("*" = others):
    # it is trained on English only, so it speaks for English text alone
    "lex_weight": {"en": 0.5, "*": 0.0},
    # event head (format 3): a second network on the same features, event vs "none", also
    # trained on news sentences (polemos.training_news); it decides *whether*, the sub-type
    # network and the lexical model decide *which*
    "event_head": True,      # fit one when training has both events and "none"
    "event_hidden": 128,     # 0 = logistic regression
    "event_none_repeat": 2,  # the head sees the "none" training examples this many times
    "event_threshold": 0.6,  # predict(): event when the event score reaches this (dev)
    "event_blend": 0.7,      # event score = b x head + (1 - b) x (1 - P(none) of the mix)
    # share of the concept-only model (polemos.concept_model) in labels and event score, by
    # language: for languages the network reads worst (chosen on tests/fixtures/detector_dev)
    "concept_model": True,
    "concept_weight": {"es": 0.5, "ru": 0.5, "uk": 0.5, "*": 0.0},
    # its share in the event score alone, by language, and whether it may only raise the
    # score: English news reports the lexicon reads as acts ("killed five members of his
    # family") that the head, trained mostly on ACLED notes, doubts (chosen on the news dev
    # parts, docs/model.md 2026-12-01)
    # (Arabic at 0.35 from 2026-12-02: +2 of 190 parallel dev sentences, +1 event of set L;
    # French at 0.35-0.5 found 2-5 more sentences but gave false events in articles and
    # non-conflict news, docs/model.md)
    "concept_event_weight": {"en": 0.35, "es": 0.5, "ru": 0.5, "uk": 0.5, "ar": 0.35, "*": 0.0},
    "concept_event_raise": {"en": 1.0, "*": 0.0},
    # the event head trained with the embedding zeroed in this share of its examples (0 in
    # the shipped model: with 0.6 it gave more false events in English, docs/model.md)
    "event_emb_dropout": 0.0,
    # a second head trained so (embedding zeroed in this share of its examples; 0 = none),
    # used on the concepts alone (embedding zeroed) for the languages the embedding reads
    # worst: by language, its share in the head's P(event) (chosen on the dev sets; French:
    # the networks saw French only as "none" examples, docs/model.md)
    "concept_head_dropout": 0.6,
    "head_concept_weight": {"fr": 0.3, "uk": 0.3, "*": 0.0},
}


@dataclass
class Prediction:
    """The detector's answer for one text."""

    sub_event_type: str
    event_type: str | None
    score: float
    scores: dict[str, float] = field(default_factory=dict)
    # an event a rule read where the detector saw none ("ont pris lundi le contrôle de")
    by_rule: bool = False

    def retyped(self, sub_event_type: str, score: float | None = None,
                by_rule: bool | None = None) -> Prediction:
        """This answer with another sub-type (a rule's), the detector's scores kept."""
        return Prediction(sub_event_type, EVENT_TYPE_OF[sub_event_type],
                          self.score if score is None else score, dict(self.scores),
                          self.by_rule if by_rule is None else by_rule)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


# ... or, when near types split the probability (peaceful vs violent demonstration), all
# event labels together must reach MIN_EVENT_MASS and the best one MIN_LABEL_SCORE. Chosen on
# dev: recall on ACLED notes against false events on non-conflict news (docs/model.md).
MIN_LABEL_SCORE = 0.35
MIN_EVENT_MASS = 0.6


class EventClassifier:
    """Sentence -> ACLED sub-event type or "none"; see the module docstring."""

    def __init__(self, labels: list[str], layers: list[tuple[np.ndarray, np.ndarray]],
                 concepts: list[str], config: dict[str, Any] | None = None,
                 embedder: Embedder | None = None, meta: dict[str, Any] | None = None,
                 lexical: LexicalModel | None = None,
                 event_layers: list[tuple[np.ndarray, np.ndarray]] | None = None,
                 concept_model: Any = None,
                 concept_head: list[tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        unknown = [lb for lb in labels if lb != NONE_LABEL and lb not in EVENT_TYPE_OF]
        if unknown:
            raise ModelError(f"model labels are not ACLED sub-event types: {unknown}")
        self.labels = list(labels)
        self.layers = layers
        self.concepts = list(concepts)
        self.config = {**DEFAULT_CONFIG, **(config or {})}
        self.embedder = embedder or _shared_embedder()
        self.meta = dict(meta or {})
        if lexical is not None and lexical.labels != self.labels:
            raise ModelError("the lexical model's labels differ from the network's")
        self.lexical = lexical
        self.event_layers = event_layers or []
        self.concept_model = concept_model
        self.concept_head = concept_head or []
        self._none = self.labels.index(NONE_LABEL) if NONE_LABEL in self.labels else -1
        self._cidx = [CONCEPTS.index(c) if c in CONCEPTS else -1 for c in self.concepts]

    # ---------------------------------------------------------------- features and scores
    def _concept_matrix(self, found: list[dict[str, int]]) -> np.ndarray:
        m = np.zeros((len(found), len(self.concepts)), dtype=np.float32)
        for i, f in enumerate(found):
            for j, c in enumerate(self.concepts):
                if c in f:
                    m[i, j] = 1.0 + np.log(f[c])
        return m * float(self.config["concept_scale"])

    def features(self, texts: list[str], lang: str | None = None,
                 found: list[dict[str, int]] | None = None) -> np.ndarray:
        """The input matrix of the network: embedding, then lexicon concepts."""
        found = found if found is not None else [concepts_of(t) for t in texts]
        return np.hstack([self.embedder.encode(texts, lang), self._concept_matrix(found)])

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Label probabilities (rows of ``x`` from :meth:`features`)."""
        return _softmax(_forward(self.layers, x) / float(self.config["temperature"]))

    def event_proba(self, x: np.ndarray) -> np.ndarray | None:
        """P(event) of the event head per row of ``x`` (None for a model without one)."""
        if not self.event_layers:
            return None
        return _softmax(_forward(self.event_layers, x))[:, 1]

    def lex_share(self, texts: list[str], lang: str | list[str] | None) -> np.ndarray:
        """Per text, the weight of the lexical model in the mix (0 without one)."""
        if self.lexical is None:
            return np.zeros(len(texts), dtype=np.float32)
        return self._share("lex_weight", texts, lang)

    def mixed_proba(self, texts: list[str], lang: str | None = None,
                    found: list[dict[str, int]] | None = None) -> np.ndarray:
        """Label probabilities of the network, mixed with the lexical model's by language."""
        return self.scores(texts, lang, found)[0]

    def scores(self, texts: list[str], lang: str | None = None,
               found: list[dict[str, int]] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Mixed label probabilities and, per text, the event score: the event head's
        P(event) blended with 1 - P(none) of the mix (``event_blend``); without a head,
        1 - P(none)."""
        found = found if found is not None else [concepts_of(t) for t in texts]
        x = self.features(texts, lang, found)
        if lang is None:  # each text's language, detected once for every weight below
            import py3langid

            langs: str | list[str] | None = [py3langid.classify(t)[0] for t in texts]
        else:
            langs = lang
        p = self.proba(x)
        share = self.lex_share(texts, langs)
        if self.lexical is not None and share.any():
            t = float(self.config["temperature"])
            q = _softmax(self.lexical.logits(texts) / t)
            p = (1 - share[:, None]) * p + share[:, None] * q
        not_none = 1.0 - p[:, self._none] if self._none >= 0 else np.ones(len(p), np.float32)
        head = self.event_proba(x)
        w = self._share("head_concept_weight", texts, langs) if head is not None else None
        if w is not None and w.any():  # a head on the concepts alone (embedding zeroed)
            x0 = x.copy()
            x0[:, :Embedder.dim] = 0.0
            alone = (_softmax(_forward(self.concept_head, x0))[:, 1] if self.concept_head
                     else self.event_proba(x0))
            head = (1 - w) * head + w * alone
        b = float(self.config["event_blend"])
        ev = not_none if head is None else b * head + (1 - b) * not_none
        if self.concept_model is None:
            return p, ev
        c = self._share("concept_weight", texts, langs)
        # the event score takes the concept model's word at a weight of its own, by language,
        # and where ``concept_event_raise`` says so only to raise it
        ce = self._share("concept_event_weight", texts, langs)
        if c.any() or ce.any():
            q = self.concept_model.proba(found)
            p = (1 - c[:, None]) * p + c[:, None] * q
            q_ev = 1.0 - q[:, self._none] if self._none >= 0 else np.ones(len(q), np.float32)
            blended = (1 - ce) * ev + ce * q_ev
            raise_only = self._share("concept_event_raise", texts, langs) > 0
            ev = np.where(raise_only, np.maximum(ev, blended), blended)
        return p, ev

    def _share(self, key: str, texts: list[str], lang: str | list[str] | None) -> np.ndarray:
        """Per text, a by-language weight of the config (``{"ru": 0.5, "*": 0}``); ``lang`` is
        one language for all texts, or one per text; with ``None`` each text's language is
        detected (py3langid)."""
        weights = dict(self.config.get(key) or {})
        if not weights:
            return np.zeros(len(texts), dtype=np.float32)
        if isinstance(lang, str):
            return np.full(len(texts), float(weights.get(lang, weights.get("*", 0.0))),
                           dtype=np.float32)
        if lang is None:
            import py3langid

            lang = [py3langid.classify(t)[0] for t in texts]
        default = weights.get("*", 0.0)
        return np.array([float(weights.get(g, default)) for g in lang], dtype=np.float32)

    def _prediction(self, p: np.ndarray, label: int) -> Prediction:
        top = np.argsort(-p)[:5]
        scores = {self.labels[k]: round(float(p[k]), 4) for k in top}
        sub = self.labels[label]
        return Prediction(sub, EVENT_TYPE_OF.get(sub), float(p[label]), scores)

    # ---------------------------------------------------------------- public API
    def predict(self, texts: list[str], lang: str | None = None) -> list[Prediction]:
        """Per text: the sub-event type of the new event it reports, or "none".

        Conservative (a false event costs more than a missed one): texts with no trigger
        word are "none" without being embedded; a text is an event when its best event label
        beats "none" and reaches ``min_event_score``, or when all event labels together reach
        MIN_EVENT_MASS (and the best MIN_LABEL_SCORE). ``score`` is then the probability of an
        event at all (1 - P(none)); ``scores`` has each label's."""
        texts = _check_texts(texts)
        found = [concepts_of(t) for t in texts]
        cand = [i for i, f in enumerate(found)
                if has_trigger(f) or not self.config["gate"] or opens_gate(texts[i])]
        out: list[Prediction] = [Prediction(NONE_LABEL, None, 1.0, {NONE_LABEL: 1.0})
                                 for _ in texts]
        if not cand:
            return out
        p, ev_score = self.scores([texts[i] for i in cand], lang, [found[i] for i in cand])
        if self.event_layers:
            return self._decide_by_head(out, p, ev_score, cand)
        thr = float(self.config["min_event_score"])
        for row, i in zip(p, cand, strict=True):
            ev = row.copy()
            if self._none >= 0:
                ev[self._none] = -1.0
            best = int(np.argmax(ev))
            none_p = row[self._none] if self._none >= 0 else 0.0
            split = 1.0 - none_p >= MIN_EVENT_MASS and row[best] >= MIN_LABEL_SCORE
            if row[best] > none_p and (row[best] >= thr or split):
                # two near types splitting the mass must not make "none"; the score is the
                # probability of an event at all
                pred = self._prediction(row, best)
                out[i] = Prediction(pred.sub_event_type, pred.event_type, float(1.0 - none_p),
                                    pred.scores)
            elif self._none >= 0:
                out[i] = self._prediction(row, self._none)
            else:  # a model trained without "none": the remaining mass stands for it
                out[i] = Prediction(NONE_LABEL, None, float(1 - row[best]),
                                    self._prediction(row, best).scores)
        return out

    def _decide_by_head(self, out: list[Prediction], p: np.ndarray, ev_score: np.ndarray,
                        cand: list[int]) -> list[Prediction]:
        """predict() with an event head: an event when the event score reaches
        ``event_threshold``, typed by the best event label of the mix."""
        thr = float(self.config["event_threshold"])
        for row, e, i in zip(p, ev_score, cand, strict=True):
            ev = row.copy()
            if self._none >= 0:
                ev[self._none] = -1.0
            pred = self._prediction(row, int(np.argmax(ev)) if e >= thr or self._none < 0
                                    else self._none)
            if e >= thr:
                out[i] = Prediction(pred.sub_event_type, pred.event_type, float(e), pred.scores)
            else:
                out[i] = Prediction(NONE_LABEL, None, float(1.0 - e), pred.scores)
        return out

    def classify(self, texts: list[str], lang: str | None = None) -> list[Prediction]:
        """Forced choice among the 25 sub-types unless "none" wins outright (no gate, no
        threshold): what ``polemos classify`` shows for a note or a snippet, after the rules
        by which ACLED's codebook types what the text tells (the weapon, a destructive or a
        calm protest, civilians attacked, a crowd: ``weapons.retype``, ``codebook.recode``;
        the pipeline applies them to each sentence)."""
        texts = _check_texts(texts)
        if not texts:
            return []
        p = self.mixed_proba(texts, lang)
        return [_coded(self._prediction(row, int(np.argmax(row))), t) for row, t in
                zip(p, texts, strict=True)]

    # ---------------------------------------------------------------- training
    @classmethod
    def train(cls, examples: list[tuple[str, str]],
              event_examples: list[tuple[str, str]] | None = None,
              **config: Any) -> EventClassifier:
        """Fit on (text, label) pairs; labels are ACLED sub-event types or "none".

        ``event_examples`` ((text, "event" | "none") pairs, e.g. news sentences of no known
        sub-type) train the event head only, next to ``examples`` (event = any sub-type)."""
        from polemos.detect_build import fit_event_head, fit_lexical
        from polemos.training import check_labels

        check_labels(examples)
        if len({lb for _, lb in examples}) < 2:
            raise InputError("need at least two different labels to train", "EventClassifier.train")
        bad = [lb for _, lb in event_examples or [] if lb not in ("event", NONE_LABEL)]
        if bad:
            raise InputError(f"event examples are 'event' or 'none', not {bad[0]!r}",
                             "EventClassifier.train")
        emb = config.pop("embedder", None) or _shared_embedder()
        texts = [t for t, _ in examples]
        extra = [t for t, _ in event_examples or []]
        uniq = list(dict.fromkeys(texts + extra))  # repeated examples are embedded once
        pos = {t: i for i, t in enumerate(uniq)}
        probe = cls([NONE_LABEL, SUB_EVENT_TYPES[0]], [], list(CONCEPTS), config, emb)
        xu = np.vstack([probe.features(uniq[i:i + 1024]) for i in range(0, len(uniq), 1024)])
        x = xu[[pos[t] for t in texts]]
        y = [lb for _, lb in examples]
        model = cls.fit_matrix(x, y, embedder=emb, **config)
        if model.config["lexical"]:
            model.lexical = fit_lexical(texts, y, model.config)
        if model.config["concept_model"]:
            from polemos.concept_model import ConceptModel

            model.concept_model = ConceptModel.fit([concepts_of(t) for t in texts], y,
                                                   model.labels)
        # the head sees every example (event = any sub-type), the news examples, and the
        # "none" examples ``event_none_repeat`` times in all (news is mostly not events)
        nones = [i for i, lb in enumerate(y) if lb == NONE_LABEL]
        rows = [pos[t] for t in texts] + [pos[t] for t in extra]
        ye = [lb != NONE_LABEL for lb in y] + [lb == "event" for _, lb in event_examples or []]
        for _ in range(int(model.config["event_none_repeat"]) - 1):
            rows += [pos[texts[i]] for i in nones]
            ye += [False] * len(nones)
        if model.config["event_head"] and len(set(ye)) == 2:
            model.event_layers = fit_event_head(xu[rows], np.array(ye), model.config)
            share = float(model.config["concept_head_dropout"])
            if share > 0:  # a second head, for the concepts alone (``head_concept_weight``)
                model.concept_head = fit_event_head(
                    xu[rows], np.array(ye), {**model.config, "event_emb_dropout": share})
        return model

    @classmethod
    def fit_matrix(cls, x: np.ndarray, y: list[str], *, embedder: Embedder | None = None,
                   **config: Any) -> EventClassifier:
        """Fit the network on a ready feature matrix (from :meth:`features`)."""
        from polemos.detect_build import fit_network

        cfg = {**DEFAULT_CONFIG, **config}
        labels = sorted(set(y))
        layers = fit_network(x, [labels.index(v) for v in y], len(labels), cfg)
        return cls(labels, layers, list(CONCEPTS), cfg, embedder, {"n_examples": len(y)})

    # ---------------------------------------------------------------- persistence
    def to_disk(self, path: str | Path) -> None:
        """Write ``model.json`` and ``weights.npz`` into the directory ``path``
        (:func:`polemos.detect_io.save`)."""
        detect_io.save(self, path)

    @classmethod
    def from_disk(cls, path: str | Path, embedder: Embedder | None = None) -> EventClassifier:
        """Load a model written by :meth:`to_disk`; ModelError if missing, corrupt or old
        (:func:`polemos.detect_io.load`)."""
        return detect_io.load(cls, path, embedder)


def _forward(layers: list[tuple[np.ndarray, np.ndarray]], x: np.ndarray) -> np.ndarray:
    """Logits of a ReLU network stored as (weights, bias) layers."""
    h = x.astype(np.float32)
    for i, (w, b) in enumerate(layers):
        h = h @ w + b
        if i < len(layers) - 1:
            np.maximum(h, 0, out=h)
    return h


def _check_texts(texts: list[str]) -> list[str]:
    if isinstance(texts, str):
        raise InputError("expected a list of texts, got one string", "EventClassifier")
    return [t if isinstance(t, str) else str(t) for t in texts]


@lru_cache(maxsize=1)
def _shared_embedder() -> Embedder:
    return Embedder()


@lru_cache(maxsize=1)
def load_default() -> EventClassifier:
    """The model shipped in polemos/models/detector (loaded once per process)."""
    return EventClassifier.from_disk(DEFAULT_MODEL_DIR)


@register("classifier", "default")
def _default_factory(path: str | None = None) -> EventClassifier:
    return EventClassifier.from_disk(path) if path else load_default()


def train_from_csv(paths: list[Path], out: Path, *, negatives: bool = True,
                   **config: Any) -> dict[str, Any]:
    """Train a detector on the user's ACLED CSV files and save it
    (:func:`polemos.detect_build.train_from_csv`)."""
    from polemos.detect_build import train_from_csv as train

    return train(paths, out, negatives=negatives, **config)


def build_default(out: Path = DEFAULT_MODEL_DIR, root: Path | None = None,
                  **config: Any) -> dict[str, Any]:
    """Rebuild the shipped model from shared/data (:func:`polemos.detect_build.build_default`)."""
    from polemos.detect_build import build_default as build

    return build(out, root, **config)


def _coded(pred: Prediction, text: str) -> Prediction:
    """``pred`` re-typed by ACLED's coding rules where the text decides the sub-type."""
    from polemos.codebook import coded

    new = coded(pred.sub_event_type, text) if pred.sub_event_type != NONE_LABEL else None
    return pred if new is None else pred.retyped(new)


if __name__ == "__main__":
    from polemos.detect_build import main

    raise SystemExit(main())
