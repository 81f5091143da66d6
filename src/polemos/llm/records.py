"""The LLM-facing records: what the model must return, one value and one quote per field.

These models are separate from polemos.schema.Event on purpose: the model only proposes
values and the words it relied on; polemos checks the words and builds the Event itself.
Their JSON schema is what the request's ``response_format`` carries.
"""

from __future__ import annotations

import enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from polemos.taxonomy import NONE_LABEL, SUB_EVENT_TYPES

# The 25 ACLED sub-event types as an enum, built from polemos.taxonomy (never typed by hand).
SubEventType = enum.Enum(  # type: ignore[misc]
    "SubEventType", {f"T{i}": s for i, s in enumerate(SUB_EVENT_TYPES)}, type=str
)
# The same plus "none", for classifying snippets.
Label = enum.Enum(  # type: ignore[misc]
    "Label", {f"T{i}": s for i, s in enumerate((*SUB_EVENT_TYPES, NONE_LABEL))}, type=str
)

_STRICT = ConfigDict(extra="forbid")


class TypeField(BaseModel):
    """The event's ACLED sub-event type and the words that show it."""

    model_config = _STRICT
    value: SubEventType  # type: ignore[valid-type]
    quote: str = Field(description="Words copied exactly from the article.")


class TextField(BaseModel):
    """A text value (a date, place or actor) and the words it came from; null when not stated."""

    model_config = _STRICT
    value: str | None
    quote: str = Field(description="Words copied exactly from the article, or '' if null.")


class CountField(BaseModel):
    """The fatality count and the words that state it; null when not stated."""

    model_config = _STRICT
    value: int | None = Field(ge=0)
    quote: str = Field(description="Words copied exactly from the article, or '' if null.")


class LLMEvent(BaseModel):
    """One event as the model proposes it; every field carries its supporting quote."""

    model_config = _STRICT
    sub_event_type: TypeField
    event_date: TextField  # value as YYYY-MM-DD (the prompt says so)
    location: TextField
    country: TextField
    actor1: TextField
    actor2: TextField
    fatalities: CountField


class LLMResponse(BaseModel):
    """The whole answer for one document: the events it reports (possibly none)."""

    model_config = _STRICT
    events: list[LLMEvent]


class LLMLabel(BaseModel):
    """The answer for one snippet to classify: one sub-event type or "none"."""

    model_config = _STRICT
    label: Label  # type: ignore[valid-type]


# Fields of LLMEvent that become Event fields after checking, in prompt order.
TEXT_FIELDS: tuple[str, ...] = ("event_date", "location", "country", "actor1", "actor2")


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema a request carries for ``model`` (pydantic's, titles kept)."""
    return model.model_json_schema()


def response_format(model: type[BaseModel], name: str) -> dict[str, Any]:
    """An OpenAI ``response_format`` asking for JSON that matches ``model``'s schema."""
    return {
        "type": "json_schema",
        "json_schema": {"name": name, "strict": True, "schema": json_schema(model)},
    }


__all__ = ["CountField", "LLMEvent", "LLMLabel", "LLMResponse", "Label", "SubEventType",
           "TEXT_FIELDS", "TextField", "TypeField", "json_schema", "response_format"]
