"""An optional LLM back end: any OpenAI-compatible chat endpoint, every field checked.

``make_backend("offline" | "llm" | "hybrid", **opts)`` gives an object with
``.extract(doc) -> list[Event]``; importing this package registers "llm" and "hybrid" as
``polemos.registry`` back ends. Nothing here is imported by the offline pipeline.
"""

from __future__ import annotations

from typing import Any

from polemos.errors import ConfigError
from polemos.llm.backend import LLMBackend, LLMPrediction
from polemos.llm.client import ClientStats, LLMClient
from polemos.llm.verify import find_quote, numbers_in
from polemos.registry import register

BACKENDS: tuple[str, ...] = ("offline", "llm", "hybrid")


def _options(opts: dict[str, Any]) -> dict[str, Any]:
    """Accept the CLI's names (llm_url, llm_model, llm_key_env) as well as the plain ones;
    drop options left at None so the back end's defaults apply."""
    out: dict[str, Any] = {}
    for k, v in opts.items():
        if v is None:
            continue
        out[k[4:] if k.startswith("llm_") else k] = v
    return out


@register("backend", "llm")
def _llm(**opts: Any) -> LLMBackend:
    return LLMBackend(**{**_options(opts), "mode": "llm"})


@register("backend", "hybrid")
def _hybrid(**opts: Any) -> LLMBackend:
    return LLMBackend(**{**_options(opts), "mode": "hybrid"})


def make_backend(name: str, **opts: Any) -> Any:
    """The extractor for ``name``: the offline Pipeline, or an LLMBackend in "llm"/"hybrid"
    mode (``url`` is then required). Raises ConfigError for an unknown name or missing URL."""
    if name == "offline":
        from polemos.pipeline import Pipeline

        classifier = opts.get("classifier")
        return Pipeline(classifier=classifier) if classifier is not None else Pipeline()
    if name not in ("llm", "hybrid"):
        raise ConfigError(f"unknown back end {name!r} (known: {', '.join(BACKENDS)})")
    o = _options(opts)
    if not o.get("url"):
        raise ConfigError(f"the {name} back end needs --llm-url (an OpenAI-compatible base "
                          "URL such as http://127.0.0.1:8080/v1)")
    return _llm(**o) if name == "llm" else _hybrid(**o)


__all__ = ["BACKENDS", "ClientStats", "LLMBackend", "LLMClient", "LLMPrediction", "find_quote",
           "make_backend", "numbers_in"]
