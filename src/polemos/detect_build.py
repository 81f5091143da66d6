"""Training of the event detector (polemos.detect): the sub-type network, the event head,
the lexical model, training on the user's ACLED CSV files and the rebuild of the shipped
model from ``shared/data``. ``python -m polemos.detect ...`` runs :func:`main`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from polemos.detect import DEFAULT_MODEL_DIR, EventClassifier, load_default
from polemos.errors import InputError
from polemos.lexical import LexicalModel


def fit_network(x: np.ndarray, yi: list[int], n_labels: int, cfg: dict[str, Any]
                ) -> list[tuple[np.ndarray, np.ndarray]]:
    """The sub-type network's layers: one hidden ReLU layer (``n_nets`` seeds, logits
    averaged, stored as one wider network) or, with ``hidden`` 0, a logistic regression."""
    y = np.array(yi)
    if int(cfg["hidden"]) > 0:
        from sklearn.neural_network import MLPClassifier

        nets = []
        for k in range(max(int(cfg["n_nets"]), 1)):
            net = MLPClassifier(hidden_layer_sizes=(int(cfg["hidden"]),),
                                alpha=float(cfg["alpha"]), max_iter=int(cfg["max_iter"]),
                                random_state=int(cfg["seed"]) + k, early_stopping=True,
                                n_iter_no_change=5, batch_size=256)
            net.fit(x, y)
            nets.append(net)
        # k networks with averaged logits are one network k times as wide
        k = len(nets)
        layers = [(np.hstack([n.coefs_[0] for n in nets]).astype(np.float32),
                   np.hstack([n.intercepts_[0] for n in nets]).astype(np.float32)),
                  (np.vstack([n.coefs_[1] for n in nets]).astype(np.float32) / k,
                   (sum(n.intercepts_[1] for n in nets) / k).astype(np.float32))]
        if n_labels == 2:  # sklearn's binary output is one logistic unit
            w, b = layers[-1]
            layers[-1] = (np.hstack([-w / 2, w / 2]), np.hstack([-b / 2, b / 2]))
        return layers
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1.0 / max(float(cfg["alpha"]), 1e-9),
                            max_iter=int(cfg["max_iter"]) * 10)
    lr.fit(x, y)
    w, b = lr.coef_.T, lr.intercept_
    if n_labels == 2:
        w, b = np.hstack([-w / 2, w / 2]), np.hstack([-b / 2, b / 2])
    return [(w.astype(np.float32), b.astype(np.float32))]


def fit_event_head(x: np.ndarray, y: np.ndarray, config: dict[str, Any]
                   ) -> list[tuple[np.ndarray, np.ndarray]]:
    """The event head: event (True) vs "none" on the detector's features, as layers with two
    outputs [none, event] (one hidden ReLU layer, or a logistic regression when
    ``event_hidden`` is 0)."""
    hidden, seed = int(config["event_hidden"]), int(config["seed"])
    yi = y.astype(int)
    x = embedding_dropout(x, float(config.get("event_emb_dropout", 0.0)), seed)
    if hidden > 0:
        from sklearn.neural_network import MLPClassifier

        net = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=float(config["alpha"]),
                            max_iter=int(config["max_iter"]), random_state=seed,
                            early_stopping=len(yi) >= 1000, n_iter_no_change=5,
                            batch_size=min(256, len(yi)))
        net.fit(x, yi)
        w, b = net.coefs_[1], net.intercepts_[1]
        first = (net.coefs_[0].astype(np.float32), net.intercepts_[0].astype(np.float32))
        return [first, (np.hstack([-w / 2, w / 2]).astype(np.float32),
                        np.hstack([-b / 2, b / 2]).astype(np.float32))]
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1.0, max_iter=1000)
    lr.fit(x, yi)
    w, b = lr.coef_.T, lr.intercept_
    return [(np.hstack([-w / 2, w / 2]).astype(np.float32),
             np.hstack([-b / 2, b / 2]).astype(np.float32))]


def embedding_dropout(x: np.ndarray, share: float, seed: int) -> np.ndarray:
    """``x`` with the embedding part (the first ``Embedder.dim`` columns) zeroed in a random
    ``share`` of the rows (a copy; ``x`` itself when ``share`` is 0): the event head then
    learns to decide from the lexicon concepts too, for text the embedder reads badly."""
    if share <= 0:
        return x
    from polemos.features import Embedder

    rng = np.random.default_rng(seed + 101)
    out = x.copy()
    out[rng.random(len(x)) < share, :Embedder.dim] = 0.0
    return out


def average_networks(nets: list[list[tuple[np.ndarray, np.ndarray]]], shares: list[float]
                     ) -> list[tuple[np.ndarray, np.ndarray]]:
    """One-hidden-layer networks whose logits are averaged with ``shares`` (summing to 1),
    as one wider network: hidden layers side by side, output weights and biases scaled by
    the shares (how :func:`fit_network` stores ``n_nets`` networks)."""
    if len(nets) != len(shares) or not nets:
        raise InputError("one share per network", "average_networks")
    if abs(sum(shares) - 1.0) > 1e-6 or min(shares) < 0:
        raise InputError(f"shares must be >= 0 and sum to 1, not {shares}", "average_networks")
    if any(len(n) != 2 for n in nets):
        raise InputError("only networks of one hidden layer can be averaged", "average_networks")
    if len({(n[0][0].shape[0], n[1][0].shape[1]) for n in nets}) != 1:
        raise InputError("the networks' inputs or outputs differ", "average_networks")
    first = (np.hstack([n[0][0] for n in nets]).astype(np.float32),
             np.hstack([n[0][1] for n in nets]).astype(np.float32))
    out = (np.vstack([s * n[1][0] for n, s in zip(nets, shares, strict=True)]),
           sum(s * n[1][1] for n, s in zip(nets, shares, strict=True)))
    return [first, (out[0].astype(np.float32), np.asarray(out[1], dtype=np.float32))]


def combine_models(base: Path, others: list[Path], shares: list[float], out: Path
                   ) -> dict[str, Any]:
    """``base`` (its event heads, lexical model, concept model and settings) with a sub-type
    network averaging its own and the ``others``' networks (``shares``: base first), saved
    in ``out`` (docs/model.md, "Sub-type networks of two trainings averaged")."""
    model = EventClassifier.from_disk(base)
    parts = [EventClassifier.from_disk(p) for p in others]
    for p, m in zip(others, parts, strict=True):
        if m.labels != model.labels or m.concepts != model.concepts:
            raise InputError("the models' labels or concepts differ", str(p))
    model.layers = average_networks([model.layers] + [m.layers for m in parts], shares)
    model.config["n_nets"] = sum(int(m.config.get("n_nets", 1)) for m in [model, *parts])
    model.meta["subtype_network"] = {"averaged": [str(base)] + [str(p) for p in others],
                                     "shares": list(shares)}
    model.to_disk(out)
    return {"out": str(out), "hidden": int(model.layers[0][0].shape[1]),
            "n_nets": model.config["n_nets"], "shares": list(shares)}


def fit_lexical(texts: list[str], labels: list[str], config: dict[str, Any]) -> LexicalModel:
    """The lexical half of the detector, on the English texts of the training set."""
    return LexicalModel.fit(texts, labels, c=float(config["lex_c"]),
                            min_df=2 if len(texts) >= 1000 else 1)


def train_from_csv(paths: list[Path], out: Path, *, negatives: bool = True,
                   **config: Any) -> dict[str, Any]:
    """Train a detector on the user's ACLED CSV files (notes + sub_event_type) and save it.

    ``negatives`` adds "none" sentences: the news negatives of shared/data when present,
    else the hand-written ones shipped with polemos; with shared/data, the news sets' event /
    no-event sentences train the event head too. Returns a report (counts, skipped rows).
    """
    from polemos.datasets import ReadReport, read_acled_csv, shared_data_dir
    from polemos.training import label_counts, negative_examples, note_examples, written_negatives

    report = ReadReport()
    records = [r for p in paths for r in read_acled_csv(p, report)]
    if not records:
        raise InputError("no usable rows (notes + sub_event_type) in the given files",
                         ", ".join(str(p) for p in paths))
    from polemos.training_news import event_examples

    examples = note_examples(records)
    news: list[tuple[str, str]] = []
    if negatives:
        root = shared_data_dir()
        examples += written_negatives()
        if root is not None:
            examples += negative_examples(root, "train")
            news = event_examples(root, "train")
    model = EventClassifier.train(examples, news, **config)
    model.to_disk(out)
    return {"out": str(out), "rows_read": report.read, "rows_skipped": len(report.skipped),
            "skipped": report.skipped[:20], "examples": len(examples),
            "labels": label_counts(examples)}


def build_default(out: Path = DEFAULT_MODEL_DIR, root: Path | None = None,
                  **config: Any) -> dict[str, Any]:
    """Rebuild the shipped model from shared/data (acled/ train split, acled-more without its
    2022 global sample, news negatives; the event head also on SATP, CAMEO and
    IndiaPoliceEvents train parts); returns the label counts. See docs/model.md."""
    from polemos.datasets import shared_data_dir
    from polemos.training import default_training_set, label_counts
    from polemos.training_news import event_examples

    root = root or shared_data_dir()
    if root is None:
        raise InputError("shared/data not found (set POLEMOS_DATA)", "build_default")
    examples = default_training_set(root)
    news = event_examples(root, "train")
    model = EventClassifier.train(examples, news, **config)
    model.meta.update({"trained_on": "acled/ train split x3 + acled-more (capped, without the "
                                     "2022 global sample) + news/ negatives (en, fr); event head "
                                     "also on SATP, CAMEO, IndiaPoliceEvents (train parts)",
                       "labels": label_counts(examples), "event_examples": label_counts(news)})
    model.to_disk(out)
    return {"out": str(out), "examples": len(examples), "labels": label_counts(examples),
            "event_examples": label_counts(news)}


def main(argv: list[str] | None = None) -> int:
    """``python -m polemos.detect train OUT CSV... | build-default | combine OUT MODEL... |
    predict TEXT...``."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m polemos.detect",
                                 description="Train, rebuild or try the event detector.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train a model on your ACLED CSV files")
    t.add_argument("out", type=Path)
    t.add_argument("csv", type=Path, nargs="+")
    t.add_argument("--no-negatives", action="store_true")
    b = sub.add_parser("build-default", help="rebuild the shipped model from shared/data")
    b.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR)
    b.add_argument("--data", type=Path, default=None)
    b.add_argument("--n-nets", type=int, default=None,
                   help="sub-type networks of different seeds, averaged (default: 1)")
    c = sub.add_parser("combine", help="average the sub-type networks of models (the first "
                       "model's heads, lexical and concept model kept)")
    c.add_argument("out", type=Path)
    c.add_argument("models", type=Path, nargs="+")
    c.add_argument("--shares", type=float, nargs="+", required=True,
                   help="each model's share of the averaged logits (sum 1)")
    p = sub.add_parser("predict", help="label sentences")
    p.add_argument("text", nargs="+")
    p.add_argument("--lang", default=None)
    p.add_argument("--model", type=Path, default=None)
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    if args.cmd == "train":
        rep = train_from_csv(args.csv, args.out, negatives=not args.no_negatives)
    elif args.cmd == "build-default":
        cfg = {} if args.n_nets is None else {"n_nets": args.n_nets}
        rep = build_default(args.out, args.data, **cfg)
    elif args.cmd == "combine":
        rep = combine_models(args.models[0], args.models[1:], args.shares, args.out)
    else:
        model = EventClassifier.from_disk(args.model) if args.model else load_default()
        rep = {"predictions": [p.__dict__ for p in model.predict(args.text, args.lang)]}
    print(json.dumps(rep, indent=1, ensure_ascii=False, default=str))
    return 0
