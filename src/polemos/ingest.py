"""Read files, directories, URLs, RSS/Atom feeds, JSON lines and stdin into Documents.

Bad input never stops a batch: each unreadable file, page or line is yielded as an
:class:`~polemos.errors.InputError` (one line saying what and where) and reading goes on.
This module dispatches by source and kind; bytes become text in :mod:`polemos.decode`,
JSON records become Documents in :mod:`polemos.docrecords`, HTML goes through trafilatura in
:mod:`polemos.webpage`, feeds through feedparser here.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from polemos.decode import UTF16_BOMS, clean_text, decode_bytes, looks_binary
from polemos.docrecords import (
    DEFAULT_MAX_CHARS,
    RecordDefaults,
    bounded_lines,
    is_one_json_value,
    make_document,
    norm_lang,
    parse_date,
    read_json,
    read_jsonl,
    read_records,
    str_or_none,
    too_large,
    too_long,
)
from polemos.errors import InputError
from polemos.fetch import Fetcher, human_size
from polemos.schema import Document, text_id
from polemos.webpage import html_fragment_text, html_to_document, struct_date

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode_bytes",
    "html_to_document",
    "parse_date",
    "read_documents",
    "read_source",
    "unique_ids",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
SUFFIX_KIND = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
}  # fmt: skip
FEED_TYPES = ("rss", "atom", "rdf", "xml")


@dataclass
class _Options(RecordDefaults):
    fetcher: Fetcher | None = None


def read_documents(sources: Iterable[str], **kw: Any) -> Iterator[Document | InputError]:
    """Documents (and InputErrors) from many sources in turn; keywords as for read_source."""
    for src in sources:
        yield from read_source(src, **kw)


def read_source(
    src: str,
    *,
    published: date | None = None,
    lang: str | None = None,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    country: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document | InputError]:
    """Documents from a path, directory (recursive, sorted), http(s) URL or feed, or ``-``.

    ``published``, ``lang`` and ``country`` (an ISO alpha-2 prior on where the articles are)
    apply to documents that give none; ``max_bytes`` caps one file, page or JSON line,
    ``max_chars`` the text of one document; URLs use ``fetcher`` (a default polite Fetcher
    if None).
    """
    if country:
        code = country.upper()
        for got in read_source(src, published=published, lang=lang, fetcher=fetcher,
                               max_bytes=max_bytes, stdin=stdin, max_chars=max_chars):
            if isinstance(got, Document) and got.country is None:
                got = got.model_copy(update={"country": code})
            yield got
        return
    opts = _Options(published, norm_lang(lang), max_bytes, max_chars, fetcher)
    if src == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, opts)
    elif src.lower().startswith(("http://", "https://")):
        own = opts.fetcher is None
        if own:
            opts.fetcher = Fetcher(max_bytes=max_bytes)
        try:
            yield from _read_url(src, opts)
        finally:
            if own and opts.fetcher is not None:
                opts.fetcher.close()
    else:
        path = Path(src)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. inside a directory we may not enter
            yield InputError(f"cannot read ({exc.strerror or exc})", where=src)
            return
        if is_dir:
            for file in _walk(path):
                yield from (_read_file(file, opts) if isinstance(file, Path) else [file])
        elif exists:
            yield from _read_file(path, opts)
        else:
            yield InputError("no such file or directory", where=src)


def unique_ids(
    items: Iterable[Document | InputError], stored_text: Callable[[str], str | None] | None = None
) -> Iterator[Document | InputError]:
    """The items, with a document whose given id already names another text (earlier in
    this stream, or in a store: ``stored_text(id)``) given its text's own id instead, and a
    one-line warning; so "id": 1 in two files loses neither. A repeated id with the same
    text is left alone (a true duplicate, which the store skips)."""
    seen: dict[str, str] = {}  # given id -> text id of the first text it named
    for item in items:
        if isinstance(item, Document):
            own = text_id(item.text)
            if item.id != own:
                clash = seen.setdefault(item.id, own) != own
                if not clash and stored_text is not None:
                    old = stored_text(item.id)
                    clash = old is not None and old != _storable(item.text)
                if clash:
                    log.warning("%s: id %r already names another text; this one gets id %s",
                                item.source or item.url or item.id, item.id, own)
                    item = item.model_copy(update={"id": own})
        yield item


def _storable(text: str) -> str:
    """The text as the store keeps it (NUL and lone surrogates as U+FFFD, same length)."""
    text = text.replace("\x00", "\ufffd")
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


# -- files -------------------------------------------------------------------------------


def _walk(root: Path) -> list[Path | InputError]:
    """Readable files under ``root`` (recursive, sorted, hidden ones skipped), and an
    InputError for each directory that cannot be listed, in path order."""
    found: list[tuple[Path, Path | InputError]] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename or root)
        found.append((where, InputError(f"cannot read directory ({exc.strerror or exc})",
                                        where=str(where))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIX_KIND:
                found.append((Path(dirpath) / name, Path(dirpath) / name))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _read_file(path: Path, opts: _Options) -> Iterator[Document | InputError]:
    where = str(path)
    kind = SUFFIX_KIND.get(path.suffix.lower())
    try:
        size = path.stat().st_size
        if kind == "jsonl":  # streamed line by line: the limit applies to each line
            with path.open("rb") as stream:
                head = stream.read(4096)
                stream.seek(0)
                if _streamable_jsonl(head):
                    yield from read_jsonl(stream, where, opts)
                    return
        if size > opts.max_bytes:
            yield InputError(too_large(size, opts.max_bytes), where=where)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", where=where)
        return
    yield from _read_bytes(data, kind or _sniff(data), where, opts, fetch_items=False)


def _read_bytes(
    data: bytes, kind: str, where: str, opts: _Options, *, url: str | None = None,
    fetch_items: bool, encoding: str | None = None,
) -> Iterator[Document | InputError]:
    """Documents from one body of bytes whose kind (text/html/json/jsonl/feed) is known."""
    if not data.strip():
        yield InputError("empty", where=where)
        return
    if kind == "html":
        why = looks_binary(data[:4096])
        if why:
            yield InputError(f"binary file ({why})", where=where)
            return
        try:
            html: str | bytes = data.decode(encoding) if encoding else data
        except (LookupError, UnicodeDecodeError):
            html = data
        try:
            doc = html_to_document(html, url=url, source=where, published=opts.published,
                                   lang=opts.lang, max_chars=opts.max_chars)
        except InputError as exc:
            yield exc
            return
        too = len(doc.text) > opts.max_chars
        yield InputError(too_long(len(doc.text), opts.max_chars), where=where) if too else doc
        return
    if kind == "feed":
        yield from _read_feed(data, where, opts, fetch_items=fetch_items)
        return
    try:
        text = decode_bytes(data, where, encoding=encoding)
    except InputError as exc:
        yield exc
        return
    if kind == "json" or (kind == "jsonl" and is_one_json_value(text)):
        yield from read_json(text, where, opts)
    elif kind == "jsonl":
        lines = (ln.encode("utf-8") for ln in text.split("\n"))
        yield from read_records(enumerate(lines, 1), where, opts)
    elif not text.strip():
        yield InputError("empty", where=where)
    else:
        yield make_document({"text": clean_text(text), "url": url}, where, opts)


def _streamable_jsonl(head: bytes) -> bool:
    """Whether a .jsonl file starting with ``head`` is read line by line (UTF-8 JSON lines,
    even with some broken line), rather than whole: UTF-16 is decoded whole, and a binary
    file is one error instead of one per line."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(UTF16_BOMS) or start.startswith((b"{\x00", b"\x00{")):
        return False
    return start.startswith(b"{") or looks_binary(head) is None


def _sniff(data: bytes) -> str:
    """The kind of a file with an unknown suffix, from its first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if looks_binary(data[:4096]):
        return "binary"
    low = head[:1024].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"<"):
        if any(tag in low for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        return "html"
    return "text"


# -- stdin -----------------------------------------------------------------------------


def _read_stdin(stream: IO[bytes], opts: _Options) -> Iterator[Document | InputError]:
    where = "<stdin>"
    first = stream.readline(opts.max_bytes + 1)
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        yield from read_records(bounded_lines(stream, opts.max_bytes, first), where, opts)
        return
    data = first + stream.read(max(opts.max_bytes + 1 - len(first), 0))
    if len(data) > opts.max_bytes:
        yield InputError(f"too large (> {human_size(opts.max_bytes, 0)} limit)", where=where)
        return
    yield from _read_bytes(data, "text", where, opts, fetch_items=False)


# -- HTML, URLs and feeds ------------------------------------------------------------------


def _kind_of(content_type: str, data: bytes) -> str:
    """text/html/json/jsonl/feed from a Content-Type, sniffing when it says too little."""
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type == "text/plain":
        return "text"
    if "json" in content_type:
        return "jsonl" if "ndjson" in content_type or "jsonl" in content_type else "json"
    sniffed = _sniff(data)
    if any(t in content_type for t in FEED_TYPES):
        return "html" if sniffed == "html" else "feed"
    return sniffed


def _read_url(url: str, opts: _Options, *, fetch_items: bool = True
              ) -> Iterator[Document | InputError]:
    assert opts.fetcher is not None
    try:
        result = opts.fetcher.get(url)
    except InputError as exc:
        yield exc
        return
    kind = _kind_of(result.content_type, result.content)
    if kind == "binary":
        yield InputError("binary content (NUL bytes)", where=url)
        return
    yield from _read_bytes(result.content, kind, url, opts, url=result.final_url,
                           fetch_items=fetch_items, encoding=result.encoding)


def _read_feed(data: bytes, where: str, opts: _Options, *, fetch_items: bool
               ) -> Iterator[Document | InputError]:
    """One Document per feed item: its linked page when fetching, else its summary."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({_one_line(feed.bozo_exception)})" if feed.get("bozo") else ""
        yield InputError(f"no items in RSS/Atom feed{problem}", where=where)
        return
    for n, entry in enumerate(feed.entries, 1):
        item_where = f"{where}#item{n}"
        entry_date = struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        link = entry.get("link")
        title = str_or_none(entry.get("title"))
        item_opts = _Options(entry_date or opts.published, opts.lang, opts.max_bytes,
                             opts.max_chars, opts.fetcher)
        if fetch_items and link and opts.fetcher is not None:
            for got in _read_url(link, item_opts, fetch_items=False):
                if isinstance(got, Document):
                    got = got.model_copy(update={"source": where, "title": got.title or title})
                yield got
            continue
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = html_fragment_text(body)
        if not text:
            yield InputError("feed item has neither a link to fetch nor text", where=item_where)
            continue
        yield Document(text=text, title=title, published=item_opts.published, url=link,
                       source=item_where, language=opts.lang)


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:120]
