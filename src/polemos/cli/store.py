"""`polemos ingest`, `polemos events`, `polemos watch`: a thin click face on polemos.store.

They parse options and call Store, polemos.watch and polemos.export; nothing else.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

import click

from polemos.cli import one_line
from polemos.cli.extract import backend_options, print_stats
from polemos.errors import ConfigError, InputError, PolemosError
from polemos.eventquery import parse_bbox
from polemos.schema import Document, Event

DB_HELP = ("SQLite file or postgresql:// URL (default: $POLEMOS_DB, else polemos.db in the "
           "user data directory).")
_SUFFIX_FORMAT = {".csv": "csv", ".jsonl": "jsonl", ".json": "json", ".geojson": "geojson",
                  ".parquet": "parquet"}


class _LazyPipeline:
    """The chosen back end, loaded on the first document that needs it (not for skips)."""

    def __init__(self, backend: str = "offline", **llm: str | None) -> None:
        self._extract: Callable[[Document], list[Event]] | None = None
        self.backend, self.llm, self.extractor = backend, llm, None

    def __call__(self, doc: Document) -> list[Event]:
        if self._extract is None:
            from polemos.cli.extract import make_extractor

            self.extractor = make_extractor(self.backend, None, self.llm.get("llm_url"),
                                            self.llm.get("llm_model"),
                                            self.llm.get("llm_key_env"))
            self._extract = self.extractor.extract
        return self._extract(doc)


def _extractor(spec: str | None, backend: str = "offline",
               **llm: str | None) -> Callable[[Document], list[Event]]:
    """The extractor named MODULE:FUNCTION, or the chosen back end (offline pipeline default)."""
    if not spec:
        return _LazyPipeline(backend, **llm)
    mod, _, name = spec.partition(":")
    try:
        fn = getattr(importlib.import_module(mod), name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise click.BadParameter(f"cannot import {spec!r}: {exc}", param_hint="--extractor") \
            from exc
    return fn


def _open_store(db: str | None, *, existing: bool = False) -> Any:
    """The store at ``db``; with ``existing``, refuse an SQLite file that is not there yet
    (a query must not create, or turn an unrelated empty file into, a database)."""
    from polemos.store import Store

    if existing:
        target = db if db is not None else os.environ.get("POLEMOS_DB") or None
        if target is None or "://" not in target:
            from polemos.store import default_db_path

            path = Path(target or default_db_path()).expanduser()
            if not path.is_file() or path.stat().st_size == 0:
                raise click.ClickException(f"{path}: no event store there "
                                           "(`polemos ingest --db PATH` creates one)")
    try:
        return Store(db)
    except PolemosError as exc:
        raise click.ClickException(one_line(exc)) from None


def _stored_text(store: Any) -> Callable[[str], str | None]:
    def text(doc_id: str) -> str | None:
        doc = store.get_document(doc_id)
        return None if doc is None else doc.text

    return text


def _reporter(label: str) -> tuple[Any, Callable[[Any, str], None]]:
    """A rich progress display on a terminal (None elsewhere), and the per-item callback
    that also prints each new error as one line on stderr, as soon as it happens."""
    progress = task = None
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        task = progress.add_task(label)
    shown = 0

    def on_item(s: Any, where: str) -> None:
        nonlocal shown
        for err in s.errors[shown:]:
            line = f"polemos: {one_line(err)}"
            if progress is not None:
                progress.console.print(line, markup=False, highlight=False)
            else:
                click.echo(line, err=True)
        shown = len(s.errors)
        if progress is not None:
            progress.update(task, description=(
                f"{label}: {s.read} read, {s.skipped} skipped, {s.failed} failed, "
                f"{s.new} new, {s.merged} merged  {where[-50:]}"))

    return progress, on_item


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=None, help=DB_HELP)
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date for documents that give none.")
@click.option("--lang", default=None, help="Language of documents that give none (ISO 639-1).")
@click.option("--extractor", default=None, metavar="MODULE:FUNCTION",
              help="Use this function (Document -> list of Event) instead of the pipeline.")
@click.option("--reextract", is_flag=True,
              help="Extract documents already stored again and replace their events "
                   "(after upgrading polemos or changing --extractor).")
@backend_options
def ingest_cmd(sources: tuple[str, ...], db: str | None, published: datetime | None,
               lang: str | None, extractor: str | None, reextract: bool, backend: str,
               llm_url: str | None, llm_model: str | None, llm_key_env: str | None) -> None:
    """Read SOURCES (files, directories, URLs, feeds, JSONL, '-'), extract, store and merge.

    Example: polemos ingest articles/ https://example.org/feed.xml --db events.db

    Documents already stored are skipped; with --reextract they are read again and their
    events replaced (events merged with other documents' reports are rebuilt from those).
    """
    from polemos.ingest import read_source, unique_ids
    from polemos.watch import ingest_into

    if backend != "offline" and not llm_url:
        raise click.UsageError(f"--backend {backend} needs --llm-url (an OpenAI-compatible "
                               "base URL such as http://127.0.0.1:8080/v1)")
    store = _open_store(db)
    extract = _extractor(extractor, backend, llm_url=llm_url, llm_model=llm_model,
                         llm_key_env=llm_key_env)
    pub = published.date() if published else None
    items = unique_ids(chain.from_iterable(read_source(src, published=pub, lang=lang)
                                           for src in sources), _stored_text(store))
    progress, on_item = _reporter("ingest")
    try:
        if progress:
            progress.start()
        total = ingest_into(store, items, extract, on_item=on_item, replace=reextract)
    finally:
        if progress:
            progress.stop()
        store.close()
    click.echo(total.line())
    if isinstance(extract, _LazyPipeline) and extract.extractor is not None:
        print_stats(extract.extractor)
    if total.failed and not total.read:
        sys.exit(1)


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    try:
        return parse_bbox(value)
    except InputError as exc:
        raise click.BadParameter(f"{exc} (e.g. 30,44,40,53)", param_hint="--bbox") from None


def _table(events: list[Event]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False)
    for col in ("event_id", "date", "sub-event type", "actor1", "location", "country",
                "deaths", "sources"):
        t.add_column(col, overflow="fold", no_wrap=col in ("event_id", "date"))
    for e in events:
        t.add_row(e.event_id, str(e.event_date or ""), e.sub_event_type, e.actor1 or "",
                  e.location or "", e.country or e.country_code or "",
                  "" if e.fatalities is None else str(e.fatalities), str(len(e.sources)))
    Console(width=None if sys.stdout.isatty() else 200).print(t)  # no folding when piped


@click.command("events")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--country", default=None, help="ISO alpha-2 code or country name.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--type", "event_type", default=None, help="Event type or sub-event type.")
@click.option("--actor", default=None, help="Part of an actor's name.")
@click.option("--bbox", default=None, metavar="W,S,E,N", help="Bounding box in degrees.")
@click.option("--limit", type=int, default=None,
              help="At most N events (default 50 for the table, all for exports).")
@click.option("--format", "fmt", default=None,
              type=click.Choice(["table", "csv", "acled", "geojson", "parquet", "jsonl", "json"]),
              help="Output format (default: table, or from -o's suffix).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
def events_cmd(db: str | None, country: str | None, since: datetime | None,
               until: datetime | None, event_type: str | None, actor: str | None,
               bbox: str | None, limit: int | None, fmt: str | None,
               output: Path | None) -> None:
    """Query stored events and print or export them, newest first.

    Example: polemos events --country UA --since 2024-01-01 --format acled -o ua.csv
    """
    from polemos.export import write_events

    if fmt is None:
        fmt = _SUFFIX_FORMAT.get(output.suffix.lower(), "csv") if output else "table"
    filters: dict[str, Any] = {
        "country": country, "event_type": event_type, "actor": actor, "bbox": _bbox(bbox),
        "since": since.date() if since else None, "until": until.date() if until else None,
    }
    store = _open_store(db, existing=True)
    try:
        if fmt == "table":
            if output:
                raise click.BadParameter("the table format prints to the terminal; "
                                         "choose another --format for -o", param_hint="--format")
            _table(store.query(limit=limit or 50, **filters))
            return
        events = store.iter_query(limit=limit, **filters)
        if output is None:
            out = sys.stdout.buffer if fmt == "parquet" else sys.stdout
            write_events(events, fmt, out)
        else:
            # written under another name, renamed when complete: never a half-written file
            part = output.with_name(f".{output.name}.part{os.getpid()}")
            try:
                with open(part, "wb" if fmt == "parquet" else "w", encoding=None if
                          fmt == "parquet" else "utf-8", newline=None if fmt == "parquet" else "") as fh:
                    n = write_events(events, fmt, fh)
                os.replace(part, output)
            finally:
                part.unlink(missing_ok=True)
            click.echo(f"{n} events written to {output}", err=True)
    except (PolemosError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


@click.command("watch")
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="15m", show_default=True, help="Interval: 30s, 15m, 1h...")
@click.option("--once", is_flag=True, help="One round, then exit.")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--extractor", default=None, metavar="MODULE:FUNCTION",
              help="Use this function (Document -> list of Event) instead of the pipeline.")
def watch_cmd(feeds: str, every: str, once: bool, db: str | None, extractor: str | None) -> None:
    """Ingest every feed of FEEDS (OPML, or one URL a line) now and every interval.

    Example: polemos watch feeds.opml --every 15m
    """
    from polemos.watch import parse_interval, read_feed_list, watch

    try:
        seconds = parse_interval(every)
        urls = read_feed_list(feeds)
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from exc
    store = _open_store(db)

    def on_round(n: int, summary: Any) -> None:
        stamp = datetime.now().isoformat(timespec="seconds")
        for err in summary.errors[:5]:
            click.echo(f"error: {err}", err=True)
        click.echo(f"[{stamp}] round {n}: {summary.line()}")

    try:
        watch(store, urls, _extractor(extractor), every=seconds, once=once, on_round=on_round)
    finally:
        store.close()


COMMANDS = [ingest_cmd, events_cmd, watch_cmd]

__all__ = ["COMMANDS", "events_cmd", "ingest_cmd", "watch_cmd"]
