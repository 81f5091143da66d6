"""The detector's lexical model: hashed word unigrams and bigrams -> multinomial logistic
regression, trained on English ACLED notes and news negatives.

It knows ACLED's English wording far better than the multilingual embedding (issue 9: TF-IDF
reaches 0.89 weighted F1 on notes), so the detector mixes it in for English text. Stored as
NumPy arrays (the hashed buckets kept, their IDF, float16 weights): no vocabulary file, no
pickle. Hashing is sklearn's ``HashingVectorizer`` (MurmurHash3, stable across versions).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from polemos.errors import ModelError

N_FEATURES = 2 ** 18
TOKEN_PATTERN = r"(?u)\b\w+\b"


def _hasher(n_features: int) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=n_features, ngram_range=(1, 2), alternate_sign=False,
                             norm=None, lowercase=True, token_pattern=TOKEN_PATTERN,
                             dtype=np.float32)


class LexicalModel:
    """Hashed 1-2 gram TF-IDF (sublinear tf, L2 norm) and a linear layer over kept buckets."""

    def __init__(self, labels: list[str], buckets: np.ndarray, idf: np.ndarray,
                 weights: np.ndarray, bias: np.ndarray, n_features: int = N_FEATURES) -> None:
        if not (len(buckets) == len(idf) == weights.shape[0]) or weights.shape[1] != len(labels):
            raise ModelError(f"lexical model shapes do not agree: {len(buckets)} buckets, "
                             f"{len(idf)} idf, weights {weights.shape}, {len(labels)} labels")
        self.labels = list(labels)
        self.buckets = buckets.astype(np.int64)
        self.idf = idf.astype(np.float32)
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.n_features = int(n_features)
        self._hash = _hasher(self.n_features)

    def transform(self, texts: list[str]) -> Any:
        """Sparse TF-IDF rows over the kept buckets (CSR, L2-normalised)."""
        from sklearn.preprocessing import normalize

        x = self._hash.transform(texts)[:, self.buckets]
        x.data = np.log1p(x.data)
        x = x.multiply(self.idf[None, :]).tocsr()
        return normalize(x, copy=False)

    def logits(self, texts: list[str]) -> np.ndarray:
        """Raw class scores, one row per text."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return np.asarray(self.transform(texts) @ self.weights) + self.bias

    @classmethod
    def fit(cls, texts: list[str], labels: list[str], *, c: float = 20.0, min_df: int = 2,
            max_iter: int = 300, class_weight: str | None = None,
            n_features: int = N_FEATURES) -> LexicalModel:
        """Fit on (text, label) columns; ``labels`` sorted give the output order."""
        from sklearn.linear_model import LogisticRegression

        names = sorted(set(labels))
        y = np.array([names.index(v) for v in labels])
        raw = _hasher(n_features).transform(texts).tocsc()
        df = np.diff(raw.indptr)
        buckets = np.flatnonzero(df >= min_df)
        idf = (np.log((1 + len(texts)) / (1 + df[buckets])) + 1).astype(np.float32)
        probe = cls(names, buckets, idf, np.zeros((len(buckets), len(names))),
                    np.zeros(len(names)), n_features)
        x = probe.transform(texts)
        lr = LogisticRegression(C=c, max_iter=max_iter, class_weight=class_weight)
        lr.fit(x, y)
        w, b = lr.coef_.T, lr.intercept_
        if len(names) == 2:
            w, b = np.hstack([-w / 2, w / 2]), np.hstack([-b / 2, b / 2])
        return cls(names, buckets, idf, w, b, n_features)

    def arrays(self) -> dict[str, np.ndarray]:
        """What :meth:`from_arrays` needs, for an ``.npz`` file (weights as float16)."""
        return {"lex_buckets": self.buckets.astype(np.int32), "lex_idf": self.idf,
                "lex_w": self.weights.astype(np.float16), "lex_b": self.bias,
                "lex_n_features": np.array([self.n_features], dtype=np.int64)}

    @classmethod
    def from_arrays(cls, z: Any, labels: list[str]) -> LexicalModel:
        """Rebuild from the arrays of :meth:`arrays` (an opened ``.npz``)."""
        return cls(labels, z["lex_buckets"], z["lex_idf"], z["lex_w"], z["lex_b"],
                   int(z["lex_n_features"][0]))
