"""Persistence of the event detector (polemos.detect): a model is a directory of
``model.json`` (format name and version, labels, concepts, config, meta) and
``weights.npz`` (float16 / float32 arrays, read with ``allow_pickle=False``: no pickled code).

:meth:`polemos.detect.EventClassifier.to_disk` and ``from_disk`` call these functions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from polemos.concept_model import ConceptModel
from polemos.errors import ModelError
from polemos.features import Embedder
from polemos.lexical import LexicalModel

if TYPE_CHECKING:
    from polemos.detect import EventClassifier

FORMAT = "polemos-detector"
FORMAT_VERSION = 3


def save(model: EventClassifier, path: str | Path) -> None:
    """Write ``model.json`` and ``weights.npz`` of ``model`` into the directory ``path``."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    for i, (w, b) in enumerate(model.layers):
        arrays[f"w{i}"] = w.astype(np.float16)
        arrays[f"b{i}"] = b.astype(np.float32)
    for i, (w, b) in enumerate(model.event_layers):
        arrays[f"ew{i}"] = w.astype(np.float16)
        arrays[f"eb{i}"] = b.astype(np.float32)
    for i, (w, b) in enumerate(model.concept_head):
        arrays[f"hw{i}"] = w.astype(np.float16)
        arrays[f"hb{i}"] = b.astype(np.float32)
    if model.lexical is not None:
        arrays.update(model.lexical.arrays())
    if model.concept_model is not None:
        arrays.update(model.concept_model.arrays())
    np.savez_compressed(path / "weights.npz", **arrays)
    doc = {"format": FORMAT, "version": FORMAT_VERSION, "labels": model.labels,
           "concepts": model.concepts, "n_layers": len(model.layers),
           "n_event_layers": len(model.event_layers),
           "n_concept_head_layers": len(model.concept_head),
           "config": model.config, "meta": model.meta}
    (path / "model.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def _read_doc(path: Path) -> dict:
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
    return doc


def load(cls: type[EventClassifier], path: str | Path,
         embedder: Embedder | None = None) -> EventClassifier:
    """A model written by :func:`save`, as ``cls``; ModelError if missing, corrupt or old."""
    path = Path(path)
    doc = _read_doc(path)
    try:
        with np.load(path / "weights.npz", allow_pickle=False) as z:
            layers = [(z[f"w{i}"].astype(np.float32), z[f"b{i}"].astype(np.float32))
                      for i in range(int(doc["n_layers"]))]
            event_layers = [(z[f"ew{i}"].astype(np.float32), z[f"eb{i}"].astype(np.float32))
                            for i in range(int(doc.get("n_event_layers", 0)))]
            concept_head = [(z[f"hw{i}"].astype(np.float32), z[f"hb{i}"].astype(np.float32))
                            for i in range(int(doc.get("n_concept_head_layers", 0)))]
            labels, concepts = list(doc["labels"]), list(doc["concepts"])
            lexical = LexicalModel.from_arrays(z, labels) if "lex_w" in z.files else None
            cmodel = ConceptModel.from_arrays({k: z[k] for k in ("cw", "cb") if k in z.files},
                                              labels, concepts)
    except FileNotFoundError:
        raise ModelError(f"{path}: weights.npz missing") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path / 'weights.npz'}: corrupt ({exc})") from None
    dim = Embedder.dim + len(concepts)
    if not layers or layers[0][0].shape[0] != dim or layers[-1][0].shape[1] != len(labels):
        raise ModelError(f"{path}: weight shapes do not match {len(labels)} labels and "
                         f"{dim} input features")
    for head in (event_layers, concept_head):
        if head and (head[0][0].shape[0] != dim or head[-1][0].shape[1] != 2):
            raise ModelError(f"{path}: event head shapes do not match {dim} input features")
    if cmodel is not None and cmodel.weights.shape != (len(labels), 2 * len(concepts)):
        raise ModelError(f"{path}: concept model shapes do not match the labels and concepts")
    return cls(labels, layers, concepts, doc.get("config"), embedder, doc.get("meta"), lexical,
               event_layers, cmodel, concept_head)
