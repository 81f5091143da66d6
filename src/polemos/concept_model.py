"""A language-independent linear model on the trigger lexicon's concept counts.

The embedding network reads Russian, Ukrainian, Spanish and Arabic through a multilingual
encoder trained mostly on other text, and its event head saw English and French news only; a
Ukrainian "a Russian missile hit a block of flats in Kharkiv" can come out "none" although the
lexicon finds SHELL in it. This model sees only the concepts (the same features in every
language), so it gives those sentences the answer their words imply. The detector mixes it in
by language (``concept_weight`` in the model's config; docs/model.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from polemos.features import CONCEPTS

__all__ = ["ConceptModel"]


def concept_features(found: Sequence[dict[str, int]],
                     concepts: Sequence[str] = CONCEPTS) -> np.ndarray:
    """log(1 + count) and presence of every concept (in ``concepts`` order), per text."""
    x = np.zeros((len(found), len(concepts)), dtype=np.float32)
    for i, f in enumerate(found):
        for j, c in enumerate(concepts):
            if c in f:
                x[i, j] = f[c]
    return np.hstack([np.log1p(x), (x > 0).astype(np.float32)])


class ConceptModel:
    """Softmax regression from concept features to the detector's labels (same order)."""

    def __init__(self, labels: list[str], weights: np.ndarray, bias: np.ndarray,
                 concepts: list[str]) -> None:
        self.labels = list(labels)
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.concepts = list(concepts)

    def proba(self, found: Sequence[dict[str, int]]) -> np.ndarray:
        """Label probabilities per text (rows sum to 1)."""
        z = concept_features(found, self.concepts) @ self.weights.T + self.bias
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    @classmethod
    def fit(cls, found: Sequence[dict[str, int]], y: Sequence[str], labels: list[str],
            c: float = 1.0) -> ConceptModel:
        """Fit on the training examples' concepts; labels absent from ``y`` never win."""
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=c, max_iter=2000)
        lr.fit(concept_features(found), list(y))
        classes = list(lr.classes_)
        n = concept_features([{}]).shape[1]
        w = np.zeros((len(labels), n), dtype=np.float32)
        b = np.full(len(labels), -30.0, dtype=np.float32)
        for k, lab in enumerate(labels):
            if lab in classes:
                j = classes.index(lab)
                w[k] = lr.coef_[j] if len(classes) > 2 else (
                    lr.coef_[0] if j == 1 else -lr.coef_[0])
                b[k] = lr.intercept_[j] if len(classes) > 2 else (
                    lr.intercept_[0] if j == 1 else -lr.intercept_[0])
        return cls(labels, w, b, list(CONCEPTS))

    def arrays(self) -> dict[str, np.ndarray]:
        """What ``weights.npz`` stores of this model."""
        return {"cw": self.weights.astype(np.float32), "cb": self.bias.astype(np.float32)}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], labels: list[str],
                    concepts: list[str]) -> ConceptModel | None:
        """The model stored in ``weights.npz``, None when the file has none."""
        if "cw" not in arrays:
            return None
        return cls(labels, np.asarray(arrays["cw"]), np.asarray(arrays["cb"]), concepts)
