"""The JSON API under /api: events (JSON, GeoJSON, CSV), one event with its reports, one
document, grid clusters and a per-day timeline for the map, and two POSTs: /extract (text
in, events out, nothing stored) and /ingest (URLs or texts into the store; token needed).

Every route only parses, calls the library (Store, queries, export, ingest, watch) and
shapes the answer; see docs/server.md for examples.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from polemos.errors import InputError, ModelError, PolemosError
from polemos.export import write_events
from polemos.schema import Document, Event
from polemos.server import queries
from polemos.server.config import Extractor, ServerConfig
from polemos.server.security import PublicOnlyTransport, check_public_url, check_token
from polemos.store import Store
from polemos.taxonomy import EVENT_TYPES

_MEDIA = {"csv": "text/csv; charset=utf-8", "acled": "text/csv; charset=utf-8",
          "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
_SUFFIX = {"csv": "csv", "acled": "csv", "geojson": "geojson", "jsonl": "jsonl"}


class DocumentIn(BaseModel):
    """An article given as text."""

    text: str = Field(min_length=1, description="The article text.")
    title: str | None = None
    published: date | None = Field(None, description="Publication date; relative dates "
                                                     "('on Sunday') are resolved against it.")
    lang: str | None = Field(None, description="ISO 639-1 language, detected when absent.")
    url: str | None = None

    def document(self) -> Document:
        """As a polemos Document."""
        return Document(text=self.text, title=self.title, published=self.published,
                        url=self.url, language=self.lang, source="api")


class IngestIn(BaseModel):
    """What to add to the store: URLs to fetch (pages or feeds) and/or texts."""

    urls: list[str] = Field(default_factory=list)
    documents: list[DocumentIn] = Field(default_factory=list)


class ExtractOut(BaseModel):
    """The events a text reports (nothing stored)."""

    document_id: str
    events: list[Event]


class EventPage(BaseModel):
    """One page of matching events, newest first."""

    total: int
    limit: int
    offset: int
    events: list[Event]


class IngestOut(BaseModel):
    """What an ingest did."""

    read: int
    skipped: int
    failed: int
    new: int
    merged: int
    errors: list[str]


class LazyPipeline:
    """The default extractor, built on first use and shared; one extraction at a time."""

    def __init__(self) -> None:
        self._extract: Extractor | None = None
        self._lock = threading.Lock()

    def __call__(self, doc: Document) -> list[Event]:
        with self._lock:
            if self._extract is None:
                try:
                    from polemos.pipeline import Pipeline

                    self._extract = Pipeline().extract
                except ImportError as exc:
                    raise ModelError(f"the extraction pipeline cannot be loaded: {exc}") from exc
            return self._extract(doc)


def filters(
    country: Annotated[str | None, Query(description="ISO alpha-2 code or country name")] = None,
    since: Annotated[date | None, Query(description="First day (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="Last day (YYYY-MM-DD)")] = None,
    type: Annotated[str | None, Query(description="Event type or sub-event type")] = None,  # noqa: A002
    actor: Annotated[str | None, Query(description="Part of an actor's name")] = None,
    q: Annotated[str | None, Query(description="Words to find in notes, place or actors",
                                   max_length=200)] = None,
    bbox: Annotated[str | None, Query(description="W,S,E,N in degrees")] = None,
) -> queries.Filters:
    """The common filters, as `polemos events` takes them, plus free text and bbox."""
    return queries.Filters(country=country, since=since, until=until, event_type=type,
                           actor=actor, q=q, bbox=queries.parse_bbox(bbox))


FiltersDep = Annotated[queries.Filters, Depends(filters)]
_BEARER = HTTPBearer(auto_error=False, description="The token named by --token-env")


def make_router(store: Store, config: ServerConfig) -> APIRouter:
    """The /api routes on one store with one configuration."""
    router = APIRouter(prefix="/api")
    extract: Extractor = config.extractor or LazyPipeline()

    def need_token(request: Request,
                   _cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]
                   ) -> None:
        check_token(request, config.token)  # declared via HTTPBearer so /docs can send it

    @router.get("/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """The server and its store answer."""
        store.ping()
        return {"status": "ok"}

    @router.get("/meta", tags=["meta"])
    def meta() -> dict[str, Any]:
        """What the page needs to draw its menus: types, countries, dates, map settings."""
        return {"event_types": {k: list(v) for k, v in EVENT_TYPES.items()},
                **queries.facets(store), "tiles": config.tiles,
                "tiles_attribution": config.tiles_attribution, "max_points": config.max_points,
                "write_enabled": config.token is not None}

    @router.get("/events", tags=["events"], response_model=None)
    def list_events(
        f: FiltersDep,
        limit: Annotated[int | None, Query(ge=1, description="Page size (JSON: at most "
                                           "max_page, default 100; exports: all)")] = None,
        offset: Annotated[int, Query(ge=0)] = 0,
        format: Literal["json", "geojson", "csv", "acled", "jsonl"] = "json",  # noqa: A002
    ) -> EventPage | StreamingResponse:
        """Matching merged events, newest first: a JSON page, or an export of the selection."""
        if format == "json":
            size = min(limit or 100, config.max_page)
            return EventPage(total=queries.count(store, f), limit=size, offset=offset,
                             events=queries.list_events(store, f, size, offset))
        size = min(limit or config.max_export, config.max_export)
        return _export(store, f, size, offset, format)

    @router.get("/events/{event_id}", tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One merged event with its evidence, its sources, and every report merged into it."""
        ev = store.get_event(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        reps = store.reports(event_id)
        ids = [r.document_id for r in reps if r.document_id]
        return {"event": ev.model_dump(mode="json"),
                "reports": [r.model_dump(mode="json") for r in reps],
                "documents": queries.documents_meta(store, ids)}

    @router.get("/documents/{doc_id}", tags=["documents"])
    def get_document(doc_id: str) -> dict[str, Any]:
        """One stored article: its text (evidence spans are offsets into it) and its events."""
        doc = store.get_document(doc_id) if "://" not in doc_id else None
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return {"id": doc.id, "title": doc.title, "url": doc.url, "language": doc.language,
                "published": doc.published.isoformat() if doc.published else None,
                "text": doc.text, "events": queries.events_of_document(store, doc.id)}

    @router.get("/clusters", tags=["map"])
    def clusters(f: FiltersDep, zoom: Annotated[int, Query(ge=0, le=22)] = 2) -> dict[str, Any]:
        """Events in the bbox as points when few, else counted per grid cell of the zoom."""
        return queries.clusters(store, f, zoom, config.max_points)

    @router.get("/timeline", tags=["map"])
    def timeline(f: FiltersDep) -> dict[str, Any]:
        """Matching events per day (dates from the filters restrict the range shown)."""
        return {"days": queries.timeline(store, f)}

    @router.post("/extract", tags=["extract"])
    def extract_text(body: DocumentIn) -> ExtractOut:
        """The events a text reports, with evidence; nothing is stored."""
        doc = body.document()
        return ExtractOut(document_id=doc.id, events=extract(doc))

    @router.post("/ingest", tags=["extract"], dependencies=[Depends(need_token)])
    def ingest(body: IngestIn) -> IngestOut:
        """Fetch URLs (pages or feeds) and/or take texts, extract, store and merge.
        Needs the bearer token; URLs to private, loopback or link-local hosts are refused."""
        from polemos.watch import IngestSummary, ingest_into

        if not body.urls and not body.documents:
            raise HTTPException(422, "give 'urls' and/or 'documents'")
        if len(body.urls) > config.max_ingest_urls:
            raise HTTPException(422, f"at most {config.max_ingest_urls} URLs per request")
        if not config.allow_private_urls:
            refused = []
            for url in body.urls:
                try:
                    check_public_url(url)
                except InputError as exc:
                    refused.append(str(exc))
            if refused:
                raise HTTPException(400, "; ".join(refused))
        total = IngestSummary()
        if body.documents:
            total += ingest_into(store, (d.document() for d in body.documents), extract)
        if body.urls:
            total += _ingest_urls(store, body.urls, extract, config)
        return IngestOut(read=total.read, skipped=total.skipped, failed=total.failed,
                         new=total.new, merged=total.merged, errors=total.errors[:50])

    return router


def _ingest_urls(store: Store, urls: list[str], extract: Extractor, config: ServerConfig) -> Any:
    """Fetch and ingest URLs; every request (redirects too) re-checked when private is off."""
    from polemos.fetch import Fetcher
    from polemos.ingest import read_source
    from polemos.watch import IngestSummary, ingest_into

    transport = None if config.allow_private_urls else PublicOnlyTransport()
    total = IngestSummary()
    with Fetcher(transport=transport) as fetcher:
        for url in urls:
            total += ingest_into(store, read_source(url, fetcher=fetcher), extract)
    return total


def _export(store: Store, f: queries.Filters, limit: int, offset: int,
            fmt: str) -> StreamingResponse:
    """The selection written by polemos.export into a spooled file, then streamed."""
    def selection() -> Iterator[Event]:
        done = 0
        while done < limit:
            page = queries.list_events(store, f, min(1000, limit - done), offset + done)
            yield from page
            done += len(page)
            if not page:
                return

    spool = tempfile.SpooledTemporaryFile(max_size=8_000_000, mode="w+b")
    try:
        write_events(selection(), fmt, spool)
    except PolemosError:
        spool.close()
        raise
    spool.seek(0)

    def chunks() -> Iterator[bytes]:
        try:
            while block := spool.read(65536):
                yield block
        finally:
            spool.close()

    name = f"polemos-events.{_SUFFIX[fmt]}"
    return StreamingResponse(chunks(), media_type=_MEDIA[fmt],
                             headers={"content-disposition": f'attachment; filename="{name}"'})


__all__ = ["DocumentIn", "IngestIn", "LazyPipeline", "filters", "make_router"]
