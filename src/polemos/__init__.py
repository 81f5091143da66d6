"""polemos: news articles in many languages to geocoded ACLED-style event records."""

from __future__ import annotations

from polemos.errors import (
    ConfigError,
    FetchError,
    GazetteerError,
    InputError,
    ModelError,
    PolemosError,
    StoreError,
)
from polemos.schema import Document, Event, Evidence

__all__ = [
    "ConfigError",
    "Document",
    "Event",
    "Evidence",
    "FetchError",
    "GazetteerError",
    "InputError",
    "ModelError",
    "PolemosError",
    "StoreError",
    "extract",
]


def extract(text: str, *, published=None, lang: str | None = None, url: str | None = None,  # noqa: ANN001
            country: str | None = None):
    """The events a news text reports (see polemos.pipeline.extract)."""
    from polemos.pipeline import extract as _extract

    return _extract(text, published=published, lang=lang, url=url, country=country)
