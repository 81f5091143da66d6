"""Deterministic partitions of a batch's input files, and reading one partition's documents.

Inputs are JSONL (plain or .gz) and Parquet files, one document per row (``id``, ``text``,
optional ``published``, ``url``, ``lang``). A partition is a row range of one file, so the
same files and partition size always give the same partitions, and a worker reads only its
own rows (plain JSONL by byte offset, Parquet by row group; .gz must decompress from the start).
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from polemos.errors import ConfigError, InputError
from polemos.schema import Document

__all__ = ["Partition", "input_files", "plan_partitions", "read_partition", "to_document"]

INPUT_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl.gz",
               ".ndjson.gz": "jsonl.gz", ".parquet": "parquet"}
PARQUET_COLUMNS = ("id", "text", "published", "date", "url", "lang", "language", "title")


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, kind in INPUT_KINDS.items():
        if name.endswith(suffix):
            return kind
    return None


def input_files(inputs: Iterable[str | Path]) -> list[Path]:
    """The input files, directories expanded (recursive, sorted, hidden files skipped)."""
    files: list[Path] = []
    for item in inputs:
        p = Path(item).resolve()
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and _kind(q)
                           and not any(part.startswith(".") for part in q.relative_to(p).parts))
            if not found:
                raise InputError("no .jsonl, .jsonl.gz or .parquet files in directory", str(p))
            files.extend(found)
        elif p.is_file():
            if _kind(p) is None:
                raise InputError("not a .jsonl, .jsonl.gz or .parquet file", str(p))
            files.append(p)
        else:
            raise InputError("no such file or directory", str(item))
    if not files:
        raise InputError("no input given")
    return files


@dataclass(frozen=True)
class Partition:
    """Rows ``start .. start+count`` (lines for JSONL) of one input file; ``offset`` is the byte
    offset of the first line in a plain JSONL file (-1 where seeking is impossible)."""

    index: int
    path: str
    kind: str
    start: int
    count: int
    offset: int = -1

    @property
    def name(self) -> str:
        """The file name of this partition's outputs."""
        return f"part-{self.index:05d}.parquet"


def _jsonl_cuts(path: Path, kind: str, size: int) -> tuple[int, list[tuple[int, int]]]:
    """(number of lines, [(first line, byte offset)] every ``size`` lines) of a JSONL file."""
    opener: Callable[..., IO[bytes]] = gzip.open if kind == "jsonl.gz" else open
    cuts: list[tuple[int, int]] = []
    n = offset = 0
    with opener(path, "rb") as fh:
        for line in fh:
            if n % size == 0:
                cuts.append((n, offset if kind == "jsonl" else -1))
            offset += len(line)
            n += 1
    return n, cuts


def plan_partitions(files: list[Path], size: int) -> tuple[list[Partition], list[dict]]:
    """Deterministic partitions (same files and size -> same partitions; none spans two
    files) and a description of each input file for the manifest."""
    if size < 1:
        raise ConfigError(f"partition size must be at least 1, got {size}")
    parts: list[Partition] = []
    described: list[dict] = []
    for path in files:
        kind = _kind(path) or ""
        try:
            if kind == "parquet":
                import pyarrow.parquet as pq

                rows = pq.ParquetFile(path).metadata.num_rows
                cuts = [(s, -1) for s in range(0, rows, size)]
            else:
                rows, cuts = _jsonl_cuts(path, kind, size)
        except (OSError, EOFError, ValueError) as exc:
            raise InputError(f"cannot read ({exc})", str(path)) from exc
        for start, offset in cuts:
            parts.append(Partition(len(parts), str(path), kind, start,
                                   min(size, rows - start), offset))
        described.append({"path": str(path), "bytes": path.stat().st_size, "rows": rows,
                          "fingerprint": _fingerprint(path)})
    return parts, described


def _fingerprint(path: Path, block: int = 1 << 16) -> str:
    """SHA-256 of a file's first and last 64 KiB: cheap, and catches an edited input."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        h.update(fh.read(block))
        fh.seek(max(0, path.stat().st_size - block))
        h.update(fh.read(block))
    return h.hexdigest()[:16]


# -- reading one partition --------------------------------------------------------------------
def _lang(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower() or None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def to_document(record: object, where: str) -> Document | InputError:
    """A Document from one input row, built as ``polemos extract`` builds it from JSONL."""
    from polemos.docrecords import parse_date

    if not isinstance(record, dict):
        return InputError(f"expected a JSON object, got {type(record).__name__}", where)
    text = record.get("text")
    if not isinstance(text, str):
        return InputError("no 'text' string" if text is None else "'text' is not a string", where)
    if not text.strip():
        return InputError("empty text", where)
    try:
        published = parse_date(record.get("published") or record.get("date"))
    except ValueError as exc:
        return InputError(f"bad 'published' date ({exc})", where)
    doc_id = record.get("id")
    return Document(text=text, title=_str(record.get("title")), published=published,
                    url=_str(record.get("url")), source=where,
                    language=_lang(record.get("lang") or record.get("language")),
                    id="" if doc_id is None else str(doc_id))


def _jsonl_rows(part: Partition) -> Iterator[tuple[str, object]]:
    opener: Callable[..., IO[bytes]] = gzip.open if part.kind == "jsonl.gz" else open
    with opener(part.path, "rb") as fh:
        if part.offset >= 0:
            fh.seek(part.offset)
            lines: Iterator[bytes] = itertools.islice(fh, part.count)
        else:
            lines = itertools.islice(fh, part.start, part.start + part.count)
        for i, line in enumerate(lines):
            where = f"{part.path}:{part.start + i + 1}"
            if not line.strip():
                continue
            try:
                yield where, json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield where, InputError(f"invalid JSON line ({type(exc).__name__}: {exc})", where)


def _parquet_rows(part: Partition) -> Iterator[tuple[str, object]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(part.path)
    cols = [c for c in PARQUET_COLUMNS if c in pf.schema_arrow.names]
    first, end, groups, skip = 0, part.start + part.count, [], 0
    for g in range(pf.metadata.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        if first + n > part.start and first < end:
            if not groups:
                skip = part.start - first
            groups.append(g)
        first += n
    table = pf.read_row_groups(groups, columns=cols) if groups else pa.table({})
    for i, row in enumerate(table.slice(skip, part.count).to_pylist()):
        yield f"{part.path}#{part.start + i}", row


def read_partition(part: Partition) -> Iterator[tuple[str, Document | InputError]]:
    """(where, Document or InputError) for each row of a partition, in input order."""
    rows = _parquet_rows(part) if part.kind == "parquet" else _jsonl_rows(part)
    for where, rec in rows:
        yield where, rec if isinstance(rec, InputError) else to_document(rec, where)
