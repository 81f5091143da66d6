"""Read files, directories, URLs, RSS/Atom feeds, JSON lines and stdin into Documents.

Bad input never stops a batch: each unreadable file, page or line is yielded as an
:class:`~polemos.errors.InputError` (one line saying what and where) and reading goes on.
HTML goes through trafilatura (a real boilerplate remover); feeds through feedparser.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from polemos.errors import InputError
from polemos.fetch import Fetcher, human_size
from polemos.schema import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode_bytes",
    "html_to_document",
    "parse_date",
    "read_documents",
    "read_source",
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
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass
class _Options:
    published: date | None
    lang: str | None
    max_bytes: int
    fetcher: Fetcher | None


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
) -> Iterator[Document | InputError]:
    """Documents from a path, directory (recursive, sorted), http(s) URL or feed, or ``-``.

    ``published``, ``lang`` and ``country`` (an ISO alpha-2 prior on where the articles are)
    apply to documents that give none; ``max_bytes`` caps one file, page or JSON line; URLs
    use ``fetcher`` (a default polite Fetcher if None).
    """
    if country:
        code = country.upper()
        for got in read_source(src, published=published, lang=lang, fetcher=fetcher,
                               max_bytes=max_bytes, stdin=stdin):
            if isinstance(got, Document) and got.country is None:
                got = got.model_copy(update={"country": code})
            yield got
        return
    opts = _Options(published, _norm_lang(lang), max_bytes, fetcher)
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
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, opts)
        elif path.exists():
            yield from _read_file(path, opts)
        else:
            yield InputError("no such file or directory", where=src)


# -- files -------------------------------------------------------------------------------


def _walk(root: Path) -> list[Path]:
    """Readable files under ``root`` (recursive, sorted, hidden ones skipped)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIX_KIND:
                found.append(Path(dirpath) / name)
    return sorted(found)


def _read_file(path: Path, opts: _Options) -> Iterator[Document | InputError]:
    where = str(path)
    kind = SUFFIX_KIND.get(path.suffix.lower())
    try:
        size = path.stat().st_size
        if kind == "jsonl":  # streamed line by line: the limit applies to each line
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, where, opts)
            return
        if size > opts.max_bytes:
            yield InputError(_too_large(size, opts.max_bytes), where=where)
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
        if b"\x00" in data and not data.startswith(_UTF16_BOMS):
            yield InputError("binary file (NUL bytes)", where=where)
            return
        try:
            html: str | bytes = data.decode(encoding) if encoding else data
        except (LookupError, UnicodeDecodeError):
            html = data
        try:
            yield html_to_document(html, url=url, source=where, published=opts.published,
                                   lang=opts.lang)
        except InputError as exc:
            yield exc
        return
    if kind == "feed":
        yield from _read_feed(data, where, opts, fetch_items=fetch_items)
        return
    try:
        text = decode_bytes(data, where, encoding=encoding)
    except InputError as exc:
        yield exc
        return
    if kind == "json" or (kind == "jsonl" and _is_one_json_value(text)):
        yield from _read_json(text, where, opts)
    elif kind == "jsonl":
        lines = (ln.encode("utf-8") for ln in text.splitlines(keepends=True))
        yield from _records(enumerate(lines, 1), where, opts)
    elif not text.strip():
        yield InputError("empty", where=where)
    else:
        yield _make_document({"text": _clean_text(text), "url": url}, where, opts)


def _sniff(data: bytes) -> str:
    """The kind of a file with an unknown suffix, from its first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"\x00" in head and not data.startswith(_UTF16_BOMS):
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


def decode_bytes(data: bytes, where: str, encoding: str | None = None) -> str:
    """Text from bytes: the declared encoding, UTF-8 (BOMs honoured), or a legacy encoding
    when charset detection is confident; InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 text ({exc.reason})", where=where) from None
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes)", where=where)
    error: Exception | None = None
    for enc in ([encoding] if encoding else []) + ["utf-8"]:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError) as exc:
            error = exc
    guess = _guess_legacy(data)
    if guess is not None:
        log.warning("%s: not UTF-8, decoded as %s", where, guess[0])
        return guess[1]
    detail = ""
    if isinstance(error, UnicodeDecodeError):
        detail = f"byte 0x{data[error.start]:02x} at offset {error.start}; "
    raise InputError(f"not UTF-8 text ({detail}no confident guess of its encoding)", where=where)


# Legacy encodings of the languages polemos reads, preferred when detection ties.
_PREFERRED = ("cp1252", "cp1251", "cp1256", "latin_1", "iso8859_6", "iso8859_5", "koi8_u", "koi8_r")


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) when charset_normalizer is confident (little mess, some coherence)."""
    import charset_normalizer

    matches = [
        m for m in charset_normalizer.from_bytes(data)
        if m.chaos < 0.15 and m.coherence >= 0.2 and not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    for enc in _PREFERRED:  # cp1250 and cp1252 often tie on French; the tie goes to cp1252
        if any(enc in m.could_be_from_charset for m in tied):
            try:
                return enc, data.decode(enc)
            except UnicodeDecodeError:
                continue
    return tied[0].encoding, str(tied[0])


def _clean_text(text: str) -> str:
    """Unix newlines; nothing else changes, so offsets stay meaningful."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _too_large(size: int, limit: int) -> str:
    return f"too large ({human_size(size)} > {human_size(limit, 0)} limit)"


# -- JSON and JSON lines ---------------------------------------------------------------


def _is_one_json_value(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _read_json(text: str, where: str, opts: _Options) -> Iterator[Document | InputError]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
                         where=where)
        return
    if isinstance(value, dict) and "text" in value:
        yield _make_document(value, where, opts)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield _make_document(item, f"{where}[{i}]", opts)
    else:
        yield InputError("expected an object with 'text' or a list of such objects", where=where)


def _read_jsonl(stream: IO[bytes], where: str, opts: _Options) -> Iterator[Document | InputError]:
    yield from _records(_bounded_lines(stream, opts.max_bytes), where, opts)


def _bounded_lines(
    stream: IO[bytes], limit: int, first: bytes = b""
) -> Iterator[tuple[int, bytes | int]]:
    """(line number, line) pairs, reading at most ``limit`` bytes of a line into memory;
    an over-long line is skipped and given as its size instead. ``first``: a line already read."""
    lineno = 0
    while True:
        line, first = (first, b"") if first else (stream.readline(limit + 1), b"")
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                more = stream.readline(1 << 20)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, size
        else:
            yield lineno, line


def _records(
    lines: Iterable[tuple[int, bytes | int]], where: str, opts: _Options
) -> Iterator[Document | InputError]:
    for lineno, line in lines:
        here = f"{where}:{lineno}"
        if isinstance(line, int):
            yield InputError(_too_large(line, opts.max_bytes), where=here)
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield InputError(f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})",
                             where=here)
            continue
        except json.JSONDecodeError as exc:
            yield InputError(f"invalid JSON ({exc.msg} at column {exc.colno})", where=here)
            continue
        yield _make_document(value, here, opts)


def _make_document(record: object, where: str, opts: _Options) -> Document | InputError:
    """A Document from one JSON record; InputError saying what is wrong with it."""
    if not isinstance(record, dict):
        return InputError(f"expected a JSON object, got {type(record).__name__}", where=where)
    text = record.get("text")
    if not isinstance(text, str):
        return InputError("no 'text' string" if text is None else "'text' is not a string",
                          where=where)
    if not text.strip():
        return InputError("empty text", where=where)
    try:
        published = parse_date(record.get("published") or record.get("date")) or opts.published
    except ValueError as exc:
        return InputError(f"bad 'published' date ({exc})", where=where)
    lang = _norm_lang(record.get("lang") or record.get("language")) or opts.lang
    spans = record.get("spans")
    if spans is not None:
        ok = isinstance(spans, list) and all(
            isinstance(s, (list, tuple)) and len(s) == 2 and all(isinstance(x, int) for x in s)
            and 0 <= s[0] < s[1] <= len(text) for s in spans
        )
        if not ok:
            return InputError("'spans' must be [start, end] pairs inside the text", where=where)
        spans = [tuple(s) for s in spans]
    doc_id = record.get("id")
    try:
        return Document(
            text=text, title=_str_or_none(record.get("title")), published=published,
            url=_str_or_none(record.get("url")), source=where, language=lang,
            id="" if doc_id is None else str(doc_id), spans=spans,
            country=_str_or_none(record.get("country")),
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        return InputError(f"invalid field {loc!r} ({first['msg']})", where=where)


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def parse_date(value: object) -> date | None:
    """A date from "2024-03-05", "2024-03-05T10:00:00Z", "Tue, 05 Mar 2024 10:00:00 GMT",
    "05/03/2024" (day first) and the like; None for no value; ValueError if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    try:
        return dateutil_parser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError):
        raise ValueError(f"unreadable date {text[:40]!r}") from None


def _norm_lang(lang: object) -> str | None:
    """'en-US' -> 'en'; None for anything that is not a language tag."""
    if not isinstance(lang, str) or not lang.strip():
        return None
    return lang.strip().replace("_", "-").split("-")[0].lower() or None


# -- stdin -----------------------------------------------------------------------------


def _read_stdin(stream: IO[bytes], opts: _Options) -> Iterator[Document | InputError]:
    where = "<stdin>"
    first = stream.readline(opts.max_bytes + 1)
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        yield from _records(_bounded_lines(stream, opts.max_bytes, first), where, opts)
        return
    data = first + stream.read(max(opts.max_bytes + 1 - len(first), 0))
    if len(data) > opts.max_bytes:
        yield InputError(f"too large (> {human_size(opts.max_bytes, 0)} limit)", where=where)
        return
    yield from _read_bytes(data, "text", where, opts, fetch_items=False)


# -- HTML, URLs and feeds ------------------------------------------------------------------


def html_to_document(
    html: str | bytes, *, url: str | None = None, source: str | None = None,
    published: date | None = None, lang: str | None = None,
) -> Document:
    """The main text of a web page (trafilatura), with its title, date and language."""
    import trafilatura

    where = source or url or "<html>"
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})", where=where) from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputError("no main text found in HTML", where=where)
    title = (result.title or "").strip() or None
    if title and text.startswith(title + "\n"):  # the headline is kept in `title`, not twice
        text = text[len(title) + 1 :].lstrip("\n")
    try:
        page_date = parse_date(result.date)
    except ValueError:
        page_date = None
    return Document(
        text=text, title=title, published=page_date or published, url=url, source=where,
        language=_norm_lang(getattr(result, "language", None)) or lang,
    )


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
        entry_date = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        link = entry.get("link")
        title = _str_or_none(entry.get("title"))
        item_opts = _Options(entry_date or opts.published, opts.lang, opts.max_bytes, opts.fetcher)
        if fetch_items and link and opts.fetcher is not None:
            for got in _read_url(link, item_opts, fetch_items=False):
                if isinstance(got, Document):
                    got = got.model_copy(update={"source": where, "title": got.title or title})
                yield got
            continue
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = _html_fragment_text(body)
        if not text:
            yield InputError("feed item has neither a link to fetch nor text", where=item_where)
            continue
        yield Document(text=text, title=title, published=item_opts.published, url=link,
                       source=item_where, language=opts.lang)


def _html_fragment_text(fragment: str) -> str:
    """Plain text of a feed item's HTML summary (lxml parser; one line per block)."""
    if not fragment.strip():
        return ""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises ParserError or ValueError on odd input
        return fragment.strip()
    for br in root.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4"):
        br.tail = "\n" + (br.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _struct_date(value: Any) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
    except (AttributeError, ValueError):
        return None


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:120]
