"""The detect stage: does a sentence report a new act of political violence, protest or
strategic development, and of which ACLED sub-event type (or "none")?

Two passes: a trigger lexicon in six languages (polemos.features) marks candidate sentences
and gives language-independent concept features; only candidates are embedded (USE
multilingual v3) and scored by a small network trained on ACLED notes and news negatives.
Models are a directory of JSON (labels, config, format version) and a NumPy ``.npz`` of
weights loaded with ``allow_pickle=False``: no pickled code.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from polemos.errors import InputError, ModelError
from polemos.features import CONCEPTS, Embedder, concepts_of, has_trigger
from polemos.lexical import LexicalModel
from polemos.registry import register
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL, SUB_EVENT_TYPES

FORMAT = "polemos-detector"
FORMAT_VERSION = 2
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
}


@dataclass
class Prediction:
    """The detector's answer for one text."""

    sub_event_type: str
    event_type: str | None
    score: float
    scores: dict[str, float] = field(default_factory=dict)


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
                 lexical: LexicalModel | None = None) -> None:
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
        h = x.astype(np.float32)
        for i, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if i < len(self.layers) - 1:
                np.maximum(h, 0, out=h)
        return _softmax(h / float(self.config["temperature"]))

    def lex_share(self, texts: list[str], lang: str | None) -> np.ndarray:
        """Per text, the weight of the lexical model in the mix (0 without one)."""
        weights = dict(self.config.get("lex_weight") or {})
        if self.lexical is None or not weights:
            return np.zeros(len(texts), dtype=np.float32)
        if lang is not None:
            return np.full(len(texts), float(weights.get(lang, weights.get("*", 0.0))),
                           dtype=np.float32)
        import py3langid

        return np.array([float(weights.get(py3langid.classify(t)[0], weights.get("*", 0.0)))
                         for t in texts], dtype=np.float32)

    def mixed_proba(self, texts: list[str], lang: str | None = None,
                    found: list[dict[str, int]] | None = None) -> np.ndarray:
        """Label probabilities of the network, mixed with the lexical model's by language."""
        p = self.proba(self.features(texts, lang, found))
        share = self.lex_share(texts, lang)
        if self.lexical is not None and share.any():
            t = float(self.config["temperature"])
            q = _softmax(self.lexical.logits(texts) / t)
            p = (1 - share[:, None]) * p + share[:, None] * q
        return p

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
        cand = [i for i, f in enumerate(found) if has_trigger(f) or not self.config["gate"]]
        out: list[Prediction] = [Prediction(NONE_LABEL, None, 1.0, {NONE_LABEL: 1.0})
                                 for _ in texts]
        if not cand:
            return out
        p = self.mixed_proba([texts[i] for i in cand], lang, [found[i] for i in cand])
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

    def classify(self, texts: list[str], lang: str | None = None) -> list[Prediction]:
        """Forced choice among the 25 sub-types unless "none" wins outright (no gate, no
        threshold): what ``polemos classify`` shows for a note or a snippet."""
        texts = _check_texts(texts)
        if not texts:
            return []
        p = self.mixed_proba(texts, lang)
        return [self._prediction(row, int(np.argmax(row))) for row in p]

    # ---------------------------------------------------------------- training
    @classmethod
    def train(cls, examples: list[tuple[str, str]], **config: Any) -> EventClassifier:
        """Fit on (text, label) pairs; labels are ACLED sub-event types or "none"."""
        from polemos.training import check_labels

        check_labels(examples)
        if len({lb for _, lb in examples}) < 2:
            raise InputError("need at least two different labels to train", "EventClassifier.train")
        emb = config.pop("embedder", None) or _shared_embedder()
        texts = [t for t, _ in examples]
        uniq = list(dict.fromkeys(texts))  # repeated examples are embedded once
        pos = {t: i for i, t in enumerate(uniq)}
        probe = cls([NONE_LABEL, SUB_EVENT_TYPES[0]], [], list(CONCEPTS), config, emb)
        x = np.vstack([probe.features(uniq[i:i + 1024]) for i in range(0, len(uniq), 1024)])
        x = x[[pos[t] for t in texts]]
        y = [lb for _, lb in examples]
        model = cls.fit_matrix(x, y, embedder=emb, **config)
        if model.config["lexical"]:
            model.lexical = fit_lexical(texts, y, model.config)
        return model

    @classmethod
    def fit_matrix(cls, x: np.ndarray, y: list[str], *, embedder: Embedder | None = None,
                   **config: Any) -> EventClassifier:
        """Fit the network on a ready feature matrix (from :meth:`features`)."""
        cfg = {**DEFAULT_CONFIG, **config}
        labels = sorted(set(y))
        yi = np.array([labels.index(v) for v in y])
        if int(cfg["hidden"]) > 0:
            from sklearn.neural_network import MLPClassifier

            nets = []
            for k in range(max(int(cfg["n_nets"]), 1)):
                net = MLPClassifier(hidden_layer_sizes=(int(cfg["hidden"]),),
                                    alpha=float(cfg["alpha"]), max_iter=int(cfg["max_iter"]),
                                    random_state=int(cfg["seed"]) + k, early_stopping=True,
                                    n_iter_no_change=5, batch_size=256)
                net.fit(x, yi)
                nets.append(net)
            # k networks with averaged logits are one network k times as wide
            k = len(nets)
            layers = [(np.hstack([n.coefs_[0] for n in nets]).astype(np.float32),
                       np.hstack([n.intercepts_[0] for n in nets]).astype(np.float32)),
                      (np.vstack([n.coefs_[1] for n in nets]).astype(np.float32) / k,
                       (sum(n.intercepts_[1] for n in nets) / k).astype(np.float32))]
            if len(labels) == 2:  # sklearn's binary output is one logistic unit
                w, b = layers[-1]
                layers[-1] = (np.hstack([-w / 2, w / 2]), np.hstack([-b / 2, b / 2]))
        else:
            from sklearn.linear_model import LogisticRegression

            lr = LogisticRegression(C=1.0 / max(float(cfg["alpha"]), 1e-9), max_iter=int(cfg["max_iter"]) * 10)
            lr.fit(x, yi)
            w, b = lr.coef_.T, lr.intercept_
            if len(labels) == 2:
                w, b = np.hstack([-w / 2, w / 2]), np.hstack([-b / 2, b / 2])
            layers = [(w.astype(np.float32), b.astype(np.float32))]
        meta = {"n_examples": len(y)}
        return cls(labels, layers, list(CONCEPTS), cfg, embedder, meta)

    # ---------------------------------------------------------------- persistence
    def to_disk(self, path: str | Path) -> None:
        """Write ``model.json`` and ``weights.npz`` into the directory ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        for i, (w, b) in enumerate(self.layers):
            arrays[f"w{i}"] = w.astype(np.float16)
            arrays[f"b{i}"] = b.astype(np.float32)
        if self.lexical is not None:
            arrays.update(self.lexical.arrays())
        np.savez_compressed(path / "weights.npz", **arrays)
        doc = {"format": FORMAT, "version": FORMAT_VERSION, "labels": self.labels,
               "concepts": self.concepts, "n_layers": len(self.layers),
               "config": self.config, "meta": self.meta}
        (path / "model.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                         encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path, embedder: Embedder | None = None) -> EventClassifier:
        """Load a model written by :meth:`to_disk`; ModelError if missing, corrupt or old."""
        path = Path(path)
        try:
            doc = json.loads((path / "model.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelError(f"no detector model at {path} (model.json missing)") from None
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path / 'model.json'}: unreadable ({exc})") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ModelError(f"{path / 'model.json'}: not a polemos detector model")
        if doc.get("version") != FORMAT_VERSION:
            raise ModelError(f"{path / 'model.json'}: format version {doc.get('version')!r}, "
                             f"this polemos reads {FORMAT_VERSION}; retrain the model")
        try:
            with np.load(path / "weights.npz", allow_pickle=False) as z:
                layers = [(z[f"w{i}"].astype(np.float32), z[f"b{i}"].astype(np.float32))
                          for i in range(int(doc["n_layers"]))]
                labels, concepts = list(doc["labels"]), list(doc["concepts"])
                lexical = LexicalModel.from_arrays(z, labels) if "lex_w" in z.files else None
        except FileNotFoundError:
            raise ModelError(f"{path}: weights.npz missing") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path / 'weights.npz'}: corrupt ({exc})") from None
        dim = Embedder.dim + len(concepts)
        if not layers or layers[0][0].shape[0] != dim or layers[-1][0].shape[1] != len(labels):
            raise ModelError(f"{path}: weight shapes do not match {len(labels)} labels and "
                             f"{dim} input features")
        return cls(labels, layers, concepts, doc.get("config"), embedder, doc.get("meta"), lexical)


def fit_lexical(texts: list[str], labels: list[str], config: dict[str, Any]) -> LexicalModel:
    """The lexical half of the detector, on the English texts of the training set."""
    return LexicalModel.fit(texts, labels, c=float(config["lex_c"]),
                            min_df=2 if len(texts) >= 1000 else 1)


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
    """Train a detector on the user's ACLED CSV files (notes + sub_event_type) and save it.

    ``negatives`` adds "none" sentences: the news negatives of shared/data when present,
    else the hand-written ones shipped with polemos. Returns a report (counts, skipped rows).
    """
    from polemos.datasets import ReadReport, read_acled_csv, shared_data_dir
    from polemos.training import label_counts, negative_examples, note_examples, written_negatives

    report = ReadReport()
    records = [r for p in paths for r in read_acled_csv(p, report)]
    if not records:
        raise InputError("no usable rows (notes + sub_event_type) in the given files",
                         ", ".join(str(p) for p in paths))
    examples = note_examples(records)
    if negatives:
        root = shared_data_dir()
        examples += written_negatives()
        if root is not None:
            examples += negative_examples(root, "train")
    model = EventClassifier.train(examples, **config)
    model.to_disk(out)
    return {"out": str(out), "rows_read": report.read, "rows_skipped": len(report.skipped),
            "skipped": report.skipped[:20], "examples": len(examples),
            "labels": label_counts(examples)}


def build_default(out: Path = DEFAULT_MODEL_DIR, root: Path | None = None,
                  **config: Any) -> dict[str, Any]:
    """Rebuild the shipped model from shared/data (acled/ train split, acled-more, news
    negatives); returns the label counts. See docs/model.md."""
    from polemos.datasets import shared_data_dir
    from polemos.training import default_training_set, label_counts

    root = root or shared_data_dir()
    if root is None:
        raise InputError("shared/data not found (set POLEMOS_DATA)", "build_default")
    examples = default_training_set(root)
    model = EventClassifier.train(examples, **config)
    model.meta.update({"trained_on": "acled/ train split x3 + acled-more (capped) + news/ negatives (en, fr)",
                       "labels": label_counts(examples)})
    model.to_disk(out)
    return {"out": str(out), "examples": len(examples), "labels": label_counts(examples)}


def main(argv: list[str] | None = None) -> int:
    """``python -m polemos.detect train OUT CSV... | build-default | predict TEXT...``."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m polemos.detect", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train a model on your ACLED CSV files")
    t.add_argument("out", type=Path)
    t.add_argument("csv", type=Path, nargs="+")
    t.add_argument("--no-negatives", action="store_true")
    b = sub.add_parser("build-default", help="rebuild the shipped model from shared/data")
    b.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR)
    b.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("predict", help="label sentences")
    p.add_argument("text", nargs="+")
    p.add_argument("--lang", default=None)
    p.add_argument("--model", type=Path, default=None)
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    if args.cmd == "train":
        rep = train_from_csv(args.csv, args.out, negatives=not args.no_negatives)
    elif args.cmd == "build-default":
        rep = build_default(args.out, args.data)
    else:
        model = EventClassifier.from_disk(args.model) if args.model else load_default()
        rep = {"predictions": [p.__dict__ for p in model.predict(args.text, args.lang)]}
    print(json.dumps(rep, indent=1, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
