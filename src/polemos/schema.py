"""The records polemos reads and writes: Document in, Event out, Evidence behind every field."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from polemos.taxonomy import EVENT_TYPE_OF, EVENT_TYPES


def text_id(text: str) -> str:
    """A stable document id from its text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Document(BaseModel):
    """One article as read from a file, URL, feed or JSONL line."""

    model_config = ConfigDict(extra="ignore")

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: a path, URL, or "path:line"
    language: str | None = None  # ISO 639-1, given or detected
    id: str = ""
    spans: list[tuple[int, int]] | None = None  # toponym spans to resolve (geoparse only)
    country: str | None = None  # ISO alpha-2 prior on where the article is (a feed's country)

    @field_validator("country")
    @classmethod
    def _alpha2(cls, v: str | None) -> str | None:
        if v is None:
            return None
        if len(v) != 2 or not v.isalpha():
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, not {v!r}")
        return v.upper()

    def model_post_init(self, __context: object) -> None:
        if not self.id:
            self.id = text_id(self.text)


class Evidence(BaseModel):
    """Where in the document text a field's value came from: ``text[start:end]``."""

    field: str
    start: int
    end: int
    text: str


class Event(BaseModel):
    """One ACLED-style event: one action type, by one actor, on one day, at one place."""

    model_config = ConfigDict(extra="forbid")

    event_id: str = ""
    event_date: date | None = None
    time_precision: Literal[1, 2, 3] = 1
    disorder_type: str | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: Literal[1, 2, 3] | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    fatalities: int | None = None
    claimed: bool = False
    attribution: str | None = None
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    notes: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    language: str | None = None
    document_id: str | None = None
    source_url: str | None = None
    published: date | None = None
    sources: list[str] = Field(default_factory=list)

    @field_validator("sub_event_type")
    @classmethod
    def _known_sub_type(cls, v: str) -> str:
        if v not in EVENT_TYPE_OF:
            raise ValueError(f"not an ACLED sub-event type: {v!r}")
        return v

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"not an ACLED event type: {v!r}")
        return v

    def evidence_for(self, field: str) -> list[Evidence]:
        """The evidence spans recorded for one field."""
        return [e for e in self.evidence if e.field == field]


# Fields copied as they are from a stage's field dict into an Event.
_PLAIN_FIELDS = (
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country",
    "country_code", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "geonameid", "feature_code", "fatalities", "attribution",
)


def event_from_fields(fields: dict, *, sub_event_type: str, doc: Document, lang: str | None,
                      key: str, confidence: float, notes: str,
                      evidence: list[Evidence]) -> Event:
    """An Event from the field values a back end found (offline pipeline or LLM), with the
    derived ACLED codes (event and disorder type, interaction, civilian targeting) filled in."""
    from polemos.taxonomy import EVENT_TYPE_OF, disorder_type, interaction

    et = EVENT_TYPE_OF[sub_event_type]
    day = fields.get("event_date")
    inter1, inter2 = fields.get("inter1"), fields.get("inter2")
    return Event(
        event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        event_date=day,
        time_precision=fields.get("time_precision", 3) if day else 3,
        disorder_type=disorder_type(et, sub_event_type),
        event_type=et,
        sub_event_type=sub_event_type,
        interaction=interaction(inter1, inter2),
        civilian_targeting="Civilian targeting" if inter2 == 7 else None,
        claimed=bool(fields.get("claimed", False)),
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        notes=notes,
        evidence=sorted(evidence, key=lambda e: (e.start, e.field)),
        language=lang,
        document_id=doc.id,
        source_url=doc.url,
        published=doc.published,
        sources=[doc.url or doc.id],
        **{name: fields.get(name) for name in _PLAIN_FIELDS},
    )
