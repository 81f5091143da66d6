"""Named, swappable components (geocoder, classifier, back end), as spaCy registers its pipes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from polemos.errors import ConfigError

_REGISTRY: dict[str, dict[str, Callable[..., Any]]] = {}


def register(kind: str, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: make a factory available as ``kind``/``name`` (e.g. "geocoder"/"default")."""

    def deco(factory: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTRY.setdefault(kind, {})[name] = factory
        return factory

    return deco


def create(kind: str, name: str, **config: Any) -> Any:
    """Build the component registered as ``kind``/``name`` with its config."""
    try:
        factory = _REGISTRY[kind][name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY.get(kind, {}))) or "none"
        raise ConfigError(f"no {kind} named {name!r} (known: {known})") from None
    return factory(**config)


def names(kind: str) -> list[str]:
    """The registered names of one kind of component."""
    return sorted(_REGISTRY.get(kind, {}))
