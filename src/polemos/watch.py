"""Feeding the store: ingest a stream of documents, and watch a list of feeds.

``ingest_into(store, items, extract)`` runs the extractor on each document not yet stored
and adds it with its events (one transaction each, so an interrupted ingest run again
finishes the job with nothing twice). ``watch`` does that for every feed of an OPML or
text list, again and again. The CLI (``polemos ingest``/``watch``) only calls these.
"""

from __future__ import annotations

import logging
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from polemos.errors import ConfigError, InputError, PolemosError
from polemos.schema import Document, Event
from polemos.store import Store

log = logging.getLogger(__name__)

Extractor = Callable[[Document], list[Event]]


@dataclass
class IngestSummary:
    """What an ingest did: documents read, skipped (already stored), failed; events new/merged."""

    read: int = 0
    skipped: int = 0
    failed: int = 0
    new: int = 0
    merged: int = 0
    errors: list[str] = field(default_factory=list)

    def __iadd__(self, other: IngestSummary) -> IngestSummary:
        for name in ("read", "skipped", "failed", "new", "merged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        return self

    def line(self) -> str:
        """A one-line human summary."""
        return (f"documents read: {self.read}, skipped (already stored): {self.skipped}, "
                f"failed: {self.failed}; events new: {self.new}, merged: {self.merged}")


def ingest_into(store: Store, items: Iterable[Document | InputError], extract: Extractor,
                on_item: Callable[[IngestSummary, str], None] | None = None, *,
                replace: bool = False) -> IngestSummary:
    """Extract and store every document of ``items`` not already stored; errors are counted.
    With ``replace``, documents already stored are extracted again and their events replaced
    (``Store.add(replace=True)``; counted as read, not skipped)."""
    out = IngestSummary()
    for item in items:
        if isinstance(item, InputError):
            out.failed += 1
            out.errors.append(str(item))
            if on_item:
                on_item(out, str(item.where or ""))
            continue
        where = item.source or item.url or item.id
        out.read += 1
        try:
            if not replace and (store.has_document(item.id)
                                or (item.url and store.has_document(item.url))):
                out.skipped += 1
            else:
                res = store.add(item, extract(item), replace=replace)
                out.new += res.new
                out.merged += res.merged
                out.skipped += res.skipped
        except PolemosError as exc:
            out.failed += 1
            out.errors.append(f"{where}: {exc}" if where not in str(exc) else str(exc))
        except Exception as exc:  # an extractor bug must not stop the batch
            log.exception("extraction failed for %s", where)
            out.failed += 1
            out.errors.append(f"{where}: extraction failed ({type(exc).__name__}: {exc})")
        if on_item:
            on_item(out, where)
    return out


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in an interval such as "15m", "1h30m", "90s" or "2h"; ConfigError otherwise."""
    t = text.strip().lower().replace(" ", "")
    parts = re.findall(r"(\d+(?:\.\d+)?)([smhd])", t)
    if not parts or "".join(n + u for n, u in parts) != t:
        if re.fullmatch(r"\d+(\.\d+)?", t):
            return float(t)
        raise ConfigError(f"not an interval: {text!r} (use e.g. 30s, 15m, 1h, 1h30m)")
    seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise ConfigError(f"interval must be positive: {text!r}")
    return seconds


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs from an OPML file (every outline's xmlUrl) or a text file (one per line, #)."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read feed list: {exc.strerror or exc}", where=str(p)) from exc
    if raw.lstrip().startswith("<"):
        try:
            root = ET.fromstring(raw)
        except ET.ParseError as exc:
            raise InputError(f"not valid OPML: {exc}", where=str(p)) from exc
        urls = [o.get("xmlUrl") or o.get("xmlurl") or "" for o in root.iter("outline")]
    else:
        urls = [ln.split("#", 1)[0].strip() for ln in raw.splitlines()]
    urls = list(dict.fromkeys(u for u in urls if u))
    if not urls:
        raise InputError("no feed URL in feed list", where=str(p))
    return urls


def watch(store: Store, feeds: Sequence[str], extract: Extractor, *, every: float,
          once: bool = False, rounds: int | None = None,
          read: Callable[[str], Iterable[Document | InputError]] | None = None,
          on_round: Callable[[int, IngestSummary], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> IngestSummary:
    """Ingest every feed, wait ``every`` seconds, again; stop after one round (``once``),
    after ``rounds`` rounds, or on KeyboardInterrupt. Returns the total."""
    if read is None:
        from polemos.ingest import read_source as read
    total = IngestSummary()
    n = 0
    try:
        while True:
            n += 1
            started = time.monotonic()
            this = IngestSummary()
            for url in feeds:
                this += ingest_into(store, read(url), extract)
            total += this
            if on_round:
                on_round(n, this)
            if once or (rounds is not None and n >= rounds):
                break
            sleep(max(0.0, every - (time.monotonic() - started)))
    except KeyboardInterrupt:
        log.info("watch stopped after %d round(s)", n)
    return total


__all__ = ["Extractor", "IngestSummary", "ingest_into", "parse_interval", "read_feed_list",
           "watch"]
