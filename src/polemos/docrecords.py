"""JSON and JSON-lines records to Documents: one record at a time, each bad record an
:class:`~polemos.errors.InputError` naming its line, never the end of the batch."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import IO

from pydantic import ValidationError

from polemos.errors import InputError
from polemos.fetch import human_size
from polemos.schema import Document

__all__ = ["DEFAULT_MAX_CHARS", "RecordDefaults", "bounded_lines", "is_blank",
           "is_one_json_value", "make_document", "norm_lang", "parse_date", "parse_line",
           "read_json", "read_jsonl", "read_records", "str_or_none", "too_large", "too_long"]

log = logging.getLogger(__name__)

# The longest text read as one document (about 150,000 words: far beyond any news article).
# Extraction time grows faster than the length, so a whole archive pasted into one file or
# JSON line is refused with a message instead of keeping the batch busy for hours.
DEFAULT_MAX_CHARS = 1_000_000


@dataclass
class RecordDefaults:
    """What applies to records that say nothing of it, and the size limit of one record."""

    published: date | None
    lang: str | None
    max_bytes: int
    max_chars: int = DEFAULT_MAX_CHARS


def too_large(size: int, limit: int) -> str:
    return f"too large ({human_size(size)} > {human_size(limit, 0)} limit)"


def too_long(chars: int, limit: int) -> str:
    return (f"text too long for one document ({chars:,} characters > {limit:,} limit; "
            "split it into articles)")


def is_one_json_value(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def read_json(text: str, where: str, opts: RecordDefaults) -> Iterator[Document | InputError]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
                         where=where)
        return
    if isinstance(value, dict) and "text" in value:
        yield make_document(value, where, opts)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield make_document(item, f"{where}[{i}]", opts)
    else:
        yield InputError("expected an object with 'text' or a list of such objects", where=where)


def read_jsonl(stream: IO[bytes], where: str, opts: RecordDefaults
               ) -> Iterator[Document | InputError]:
    yield from read_records(bounded_lines(stream, opts.max_bytes), where, opts)


def bounded_lines(
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


def read_records(
    lines: Iterable[tuple[int, bytes | int]], where: str, opts: RecordDefaults
) -> Iterator[Document | InputError]:
    for lineno, line in lines:
        value = parse_line(line, f"{where}:{lineno}", opts.max_bytes)
        if value is not _BLANK:
            yield value if isinstance(value, InputError) else make_document(
                value, f"{where}:{lineno}", opts)


_BLANK = object()


def parse_line(line: bytes | int, here: str, max_bytes: int) -> object:
    """The JSON value of one line (``bounded_lines`` gives an over-long line as its size);
    an InputError saying what is wrong; ``_BLANK`` for an empty line."""
    if isinstance(line, int):
        return InputError(too_large(line, max_bytes), where=here)
    if not line.strip():
        return _BLANK
    try:
        return json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})",
                          where=here)
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")  # "Invalid control character at"
        return InputError(f"invalid JSON ({msg} at column {exc.colno})", where=here)


def is_blank(value: object) -> bool:
    return value is _BLANK


def make_document(record: object, where: str, opts: RecordDefaults) -> Document | InputError:
    """A Document from one JSON record; InputError saying what is wrong with it."""
    if not isinstance(record, dict):
        return InputError(f"expected a JSON object, got {type(record).__name__}", where=where)
    text = record.get("text")
    if not isinstance(text, str):
        return InputError("no 'text' string" if text is None else "'text' is not a string",
                          where=where)
    if not text.strip():
        return InputError("empty text", where=where)
    if len(text) > opts.max_chars:
        return InputError(too_long(len(text), opts.max_chars), where=where)
    try:
        published = parse_date(record.get("published") or record.get("date")) or opts.published
    except ValueError as exc:  # the text is still good: keep it, without that date
        log.warning("%s: bad 'published' date ignored (%s)", where, exc)
        published = opts.published
    lang = norm_lang(record.get("lang") or record.get("language")) or opts.lang
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
            text=text, title=str_or_none(record.get("title")), published=published,
            url=str_or_none(record.get("url")), source=where, language=lang,
            id="" if doc_id is None else str(doc_id), spans=spans,
            country=str_or_none(record.get("country")),
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        return InputError(f"invalid field {loc!r} ({first['msg']})", where=where)


def str_or_none(value: object) -> str | None:
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


def norm_lang(lang: object) -> str | None:
    """'en-US' -> 'en'; None for anything that is not a language tag."""
    if not isinstance(lang, str) or not lang.strip():
        return None
    return lang.strip().replace("_", "-").split("-")[0].lower() or None
