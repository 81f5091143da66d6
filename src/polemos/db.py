"""The event store's tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Three tables: ``documents`` (one row per article read), ``reports`` (one row per event as
one document reported it, with its evidence), ``events`` (the merged event, one row per
happening, recomputed from its reports). The Alembic migrations in ``polemos/migrations``
create exactly these; a test checks that they agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("canonical_url", String(2048), nullable=True),
    Column("url", Text, nullable=True),
    Column("title", Text, nullable=True),
    Column("published", Date, nullable=True),
    Column("language", String(16), nullable=True),
    Column("source", Text, nullable=True),
    Column("text", Text, nullable=False),
    Column("is_correction", Boolean, nullable=False, default=False),
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("canonical_url", name="uq_documents_canonical_url"),
)

# The scalar columns an event row and a report row share (everything of Event but lists).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "country", "country_code", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "geonameid", "feature_code", "fatalities",
    "claimed", "attribution", "confidence", "notes", "language", "document_id", "source_url",
    "published",
)


def _event_columns() -> list[Column]:
    """Fresh Column objects for the Event fields (a Column belongs to one table only)."""
    return [
        Column("event_date", Date, nullable=True),
        Column("time_precision", Integer, nullable=False, default=1),
        Column("disorder_type", String(64), nullable=True),
        Column("event_type", String(64), nullable=False),
        Column("sub_event_type", String(64), nullable=False),
        Column("actor1", Text, nullable=True),
        Column("assoc_actor_1", Text, nullable=True),
        Column("inter1", Integer, nullable=True),
        Column("actor2", Text, nullable=True),
        Column("assoc_actor_2", Text, nullable=True),
        Column("inter2", Integer, nullable=True),
        Column("interaction", Integer, nullable=True),
        Column("civilian_targeting", String(64), nullable=True),
        Column("country", String(128), nullable=True),
        Column("country_code", String(8), nullable=True),
        Column("admin1", Text, nullable=True),
        Column("admin2", Text, nullable=True),
        Column("location", Text, nullable=True),
        Column("latitude", Float, nullable=True),
        Column("longitude", Float, nullable=True),
        Column("geo_precision", Integer, nullable=True),
        Column("geonameid", Integer, nullable=True),
        Column("feature_code", String(16), nullable=True),
        Column("fatalities", Integer, nullable=True),
        Column("claimed", Boolean, nullable=False, default=False),
        Column("attribution", Text, nullable=True),
        Column("confidence", Float, nullable=False, default=0.0),
        Column("notes", Text, nullable=True),
        Column("language", String(16), nullable=True),
        Column("document_id", String(64), nullable=True),
        Column("source_url", Text, nullable=True),
        Column("published", Date, nullable=True),
    ]


events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    *_event_columns(),
    Column("evidence", Text, nullable=False, default="[]"),  # JSON: the shown report's spans
    Column("sources", Text, nullable=False, default="[]"),  # JSON: every reporting document
    Column("n_sources", Integer, nullable=False, default=1),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_events_date", "event_date"),
    Index("ix_events_country_date", "country_code", "event_date"),
    Index("ix_events_country_name_date", "country", "event_date"),
    Index("ix_events_type_date", "event_type", "event_date"),
    Index("ix_events_subtype_date", "sub_event_type", "event_date"),
    Index("ix_events_lat_lon", "latitude", "longitude"),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), ForeignKey("events.event_id"), nullable=False),
    Column("doc_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("source_ref", Text, nullable=False),  # the document's URL, or its id
    Column("is_correction", Boolean, nullable=False, default=False),
    Column("evidence", Text, nullable=False, default="[]"),  # JSON list of Evidence
    *_event_columns(),
    UniqueConstraint("doc_id", "position", name="uq_reports_doc_position"),
    Index("ix_reports_event", "event_id"),
)

__all__ = ["EVENT_COLUMNS", "documents", "events", "metadata", "reports"]
