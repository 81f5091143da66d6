"""The event store: documents and merged events in SQLite (default) or PostgreSQL.

``Store(url)`` opens (and migrates) a database; ``add(document, events)`` stores one
article and its events in ONE transaction, merging each event with a stored report of
the same happening (polemos.merge); ``query`` filters and pages merged events. Adding a
document already stored (same id, or same URL up to tracking parameters) adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from polemos.db import EVENT_COLUMNS, documents, events, reports
from polemos.errors import InputError, StoreError
from polemos.eventquery import Filters, conditions, row_event
from polemos.fetch import canonical_url
from polemos.merge import (
    Report,
    best_match,
    combine,
    compatible_sub_types,
    date_window,
    document_duplicates,
)
from polemos.merge import is_correction as _is_correction
from polemos.schema import Document, Event

_WRITE_LOCK = 0x706F6C65  # PostgreSQL advisory lock id serialising writers ("pole")


class AddResult(NamedTuple):
    """What one ``Store.add`` did: events created, events merged into stored ones, and
    ``skipped`` = 1 when the document was already stored (then nothing was written)."""

    new: int
    merged: int
    skipped: int


def default_db_path() -> Path:
    """Where the default SQLite database lives: $POLEMOS_DB, else the user data directory."""
    env = os.environ.get("POLEMOS_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("polemos")) / "polemos.db"


def resolve_url(url: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from a path, a sqlite:// or postgresql:// URL, or None (the default)."""
    if url is None:
        env = os.environ.get("POLEMOS_DB")
        url = env if env else default_db_path()
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    path = Path(url).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the directory of database {path}: {exc}") from exc
    return f"sqlite:///{path.resolve()}"


def _sqlite_setup(engine: Engine) -> None:
    """WAL, foreign keys, and explicit BEGIN (IMMEDIATE for writers) on SQLite."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("polemos_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _clean(s: str | None) -> str | None:
    """Text every database accepts, same length (offsets stay valid): no NUL, no lone surrogate."""
    if s is None:
        return None
    if "\x00" in s:
        s = s.replace("\x00", "\ufffd")
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in s)
    return s


def _check_event(ev: Event, where: str) -> Event:
    """A re-validated copy of an event; StoreError when it cannot be stored as it is."""
    try:
        ev = Event.model_validate(ev.model_dump())
    except ValidationError as exc:
        raise StoreError(f"{where}: invalid event: {exc.errors()[0]['msg']}") from exc
    for name, lo, hi in (("latitude", -90, 90), ("longitude", -180, 180)):
        v = getattr(ev, name)
        if v is not None and not (math.isfinite(v) and lo <= v <= hi):
            raise StoreError(f"{where}: {name} {v} out of range [{lo}, {hi}]")
    if ev.fatalities is not None and ev.fatalities < 0:
        raise StoreError(f"{where}: negative fatalities ({ev.fatalities})")
    return ev


def _columns(ev: Event) -> dict[str, Any]:
    """An event's scalar fields as column values."""
    out = {c: getattr(ev, c) for c in EVENT_COLUMNS}
    out["notes"] = _clean(out["notes"])
    return out


class Store:
    """Documents and merged events in one database; see the module docstring."""

    def __init__(self, url: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> None:
        self.url = resolve_url(url)
        try:
            self.engine = create_engine(self.url, future=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open event store {self.url!r}: {exc}") from exc
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            _sqlite_setup(self.engine)
        if migrate:
            from polemos.migrations import upgrade

            upgrade(self.engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ------------------------------------------------------------------------
    def has_document(self, key: str) -> bool:
        """True when a document with this id, or this URL (tracking parameters ignored), is stored."""
        with self.engine.connect() as conn:
            return self._known(conn, key) is not None

    def _known(self, conn: Connection, key: str) -> str | None:
        col = documents.c.canonical_url if "://" in key else documents.c.id
        value = canonical_url(key) if "://" in key else key
        return conn.execute(select(documents.c.id).where(col == value)).scalar()

    def get_document(self, doc_id: str) -> Document | None:
        """The stored document with this id (or URL), or None."""
        with self.engine.connect() as conn:
            found = self._known(conn, doc_id)
            if found is None:
                return None
            row = conn.execute(select(documents).where(documents.c.id == found)).mappings().one()
        return Document(text=row["text"], title=row["title"], published=row["published"],
                        url=row["url"], source=row["source"], language=row["language"],
                        id=row["id"])

    # -- adding ---------------------------------------------------------------------------
    def add(self, document: Document, events_: Sequence[Event], *,
            replace: bool = False) -> AddResult:
        """Store one document and its events, merged with stored events: one transaction.
        With ``replace``, a document already stored (same id or URL) loses its former reports
        first (events left with no report go; merged ones are rebuilt from the others), so a
        newer extraction replaces the old one; otherwise it adds nothing."""
        where = document.source or document.url or document.id
        checked = [_check_event(e, f"{where} event {i}") for i, e in enumerate(events_)]
        try:
            with self.engine.connect() as conn:
                conn.execution_options(polemos_write=True)
                with conn.begin():
                    if not self.is_sqlite:
                        conn.execute(select(func.pg_advisory_xact_lock(_WRITE_LOCK)))
                    known = self._known(conn, document.id) or (
                        self._known(conn, document.url) if document.url else None)
                    if known and not replace:
                        return AddResult(0, 0, 1)
                    if known:
                        self._remove(conn, known)
                    return self._add(conn, document, checked)
        except IntegrityError:  # another writer stored the same document meanwhile
            return AddResult(0, 0, 1)
        except SQLAlchemyError as exc:
            raise StoreError(f"{where}: cannot store document: {exc}") from exc

    def _add(self, conn: Connection, doc: Document, evs: list[Event]) -> AddResult:
        now = datetime.now(UTC).replace(tzinfo=None)
        correction = _is_correction(doc)
        conn.execute(insert(documents).values(
            id=doc.id, canonical_url=canonical_url(doc.url) if doc.url else None,
            url=_clean(doc.url), title=_clean(doc.title), published=doc.published,
            language=doc.language, source=_clean(doc.source), text=_clean(doc.text) or "",
            is_correction=correction, added_at=now,
        ))
        ref = doc.url or doc.id
        new = merged = 0
        evs = [ev.model_copy(update={
            "published": ev.published or doc.published,
            "document_id": ev.document_id or doc.id,
            "source_url": ev.source_url if ev.document_id else doc.url}) for ev in evs]
        repeats = document_duplicates(evs)  # events that only repeat an earlier one of doc
        targets: list[str] = []
        for pos, ev in enumerate(evs):
            first = repeats[pos]
            target = targets[first] if first is not None else best_match(
                ev, self._candidates(conn, ev, doc.id))
            targets.append(target or "")
            if target is None:
                target = self._new_id(conn, ev, doc.id, pos)
                conn.execute(insert(events).values(
                    event_id=target, **_columns(ev), evidence="[]", sources="[]", n_sources=1,
                    created_at=now, updated_at=now))
                new += 1
                targets[pos] = target
            else:
                merged += 1
            conn.execute(insert(reports).values(
                event_id=target, doc_id=doc.id, position=pos, source_ref=ref,
                is_correction=correction, evidence=json.dumps(
                    [e.model_dump() for e in ev.evidence], ensure_ascii=False),
                **_columns(ev)))
            self._recompute(conn, target, now)
        return AddResult(new, merged, 0)

    def _remove(self, conn: Connection, doc_id: str) -> None:
        """Take a stored document and its reports out; rebuild or drop the events they fed."""
        fed = conn.execute(select(reports.c.event_id).where(reports.c.doc_id == doc_id)
                           .distinct()).scalars().all()
        conn.execute(delete(reports).where(reports.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))
        now = datetime.now(UTC).replace(tzinfo=None)
        for event_id in fed:
            left = conn.execute(select(func.count()).select_from(reports).where(
                reports.c.event_id == event_id)).scalar()
            if left:
                self._recompute(conn, event_id, now)
            else:
                conn.execute(delete(events).where(events.c.event_id == event_id))

    def _new_id(self, conn: Connection, ev: Event, doc_id: str, pos: int) -> str:
        """The event's own id when it is free, else one derived from its document."""
        if ev.event_id:
            taken = conn.execute(select(events.c.event_id).where(
                events.c.event_id == ev.event_id)).scalar()
            if taken is None:
                return ev.event_id
        return hashlib.sha1(f"{doc_id}:{pos}".encode()).hexdigest()[:16]

    def _candidates(self, conn: Connection, ev: Event, doc_id: str) -> list[tuple[str, Event]]:
        """Stored events that could be the same happening (type, dates, country), as Events."""
        window = date_window(ev)
        if window is None:
            return []
        lo, hi = window
        conds = [
            events.c.sub_event_type.in_(sorted(compatible_sub_types(ev.sub_event_type))),
            or_(events.c.event_date.between(lo, hi),
                and_(events.c.event_date.is_(None), events.c.published.between(lo, hi))),
            events.c.event_id.not_in(select(reports.c.event_id).where(reports.c.doc_id == doc_id)),
        ]
        if ev.country_code:
            conds.append(or_(events.c.country_code == ev.country_code,
                             events.c.country_code.is_(None)))
        rows = conn.execute(select(events).where(*conds).limit(500)).mappings()
        return [(r["event_id"], row_event(r)) for r in rows]

    def _recompute(self, conn: Connection, event_id: str, now: datetime) -> None:
        """Rebuild a merged event from all its reports."""
        rows = conn.execute(select(reports).where(reports.c.event_id == event_id)
                            .order_by(reports.c.id)).mappings().all()
        reps = [Report(row_event(r), r["source_ref"], bool(r["is_correction"]), r["id"])
                for r in rows]
        merged = combine(reps)
        conn.execute(update(events).where(events.c.event_id == event_id).values(
            **_columns(merged), n_sources=len(merged.sources), updated_at=now,
            sources=json.dumps(merged.sources, ensure_ascii=False),
            evidence=json.dumps([e.model_dump() for e in merged.evidence], ensure_ascii=False)))

    # -- reading --------------------------------------------------------------------------
    @staticmethod
    def _filters(country: str | None, since: date | None, until: date | None,
                 event_type: str | None, actor: str | None,
                 bbox: tuple[float, float, float, float] | None) -> list[Any]:
        try:
            return conditions(Filters(country=country, since=since, until=until,
                                      event_type=event_type, actor=actor, bbox=bbox))
        except InputError as exc:
            raise StoreError(str(exc)) from None

    def query(self, *, country: str | None = None, since: date | None = None,
              until: date | None = None, event_type: str | None = None,
              actor: str | None = None, bbox: tuple[float, float, float, float] | None = None,
              limit: int | None = 100, offset: int = 0) -> list[Event]:
        """Merged events matching every filter given, newest first.

        ``country``: ISO alpha-2 code or name; ``event_type``: an event type or sub-event type;
        ``actor``: substring of any actor; ``bbox``: (west, south, east, north) in degrees.
        """
        conds = self._filters(country, since, until, event_type, actor, bbox)
        stmt = (select(events).where(*conds)
                .order_by(events.c.event_date.desc(), events.c.event_id).offset(offset))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            return [row_event(r) for r in conn.execute(stmt).mappings()]

    def iter_query(self, *, batch_size: int = 1000, limit: int | None = None,
                   **filters: Any) -> Iterator[Event]:
        """Like ``query`` but yields every match page by page (for large exports)."""
        done = 0
        while limit is None or done < limit:
            size = batch_size if limit is None else min(batch_size, limit - done)
            page = self.query(limit=size, offset=done, **filters)
            yield from page
            done += len(page)
            if len(page) < size:
                return

    def count(self, *, country: str | None = None, since: date | None = None,
              until: date | None = None, event_type: str | None = None,
              actor: str | None = None,
              bbox: tuple[float, float, float, float] | None = None) -> int:
        """How many merged events match the filters (same meaning as ``query``)."""
        conds = self._filters(country, since, until, event_type, actor, bbox)
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(events).where(*conds))
                       .scalar() or 0)

    def get_event(self, event_id: str) -> Event | None:
        """One merged event by id, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.event_id == event_id)
                               ).mappings().first()
        return row_event(row) if row else None

    def reports(self, event_id: str) -> list[Event]:
        """Every report merged into an event, in arrival order, each with its own evidence."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(reports).where(reports.c.event_id == event_id)
                                .order_by(reports.c.id)).mappings().all()
        return [row_event(r) for r in rows]

    def stats(self) -> dict[str, int]:
        """Row counts: documents, events, reports."""
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                    for t in (documents, events, reports)}

    def ping(self) -> None:
        """Raise StoreError unless the database answers."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise StoreError(f"event store {self.url!r} does not answer: {exc}") from exc


__all__ = ["AddResult", "Store", "default_db_path", "resolve_url"]
