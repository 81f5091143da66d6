"""`polemos extract`, `polemos classify` and `polemos train`: thin faces on the library."""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

import click

from polemos.errors import InputError, PolemosError
from polemos.schema import Event

FORMATS = ("jsonl", "json", "csv", "acled", "geojson", "table")


def _error(msg: str) -> None:
    click.echo(f"polemos: {msg}", err=True)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def write_table(events: list[Event], out: IO[str]) -> None:
    """A readable table of events for a terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "type", "actor1", "actor2", "location", "admin1", "country",
                "deaths", "conf", "lang"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(
            str(e.event_date or ""), e.sub_event_type, e.actor1 or "", e.actor2 or "",
            e.location or "", e.admin1 or "", e.country or "",
            "" if e.fatalities is None else str(e.fatalities), f"{e.confidence:.2f}",
            e.language or "",
        )
    Console(file=out, width=160).print(table)


def write_events(events: list[Event], fmt: str, out: IO[str]) -> None:
    """Write events in one of FORMATS (table here; the file formats live in polemos.export)."""
    if fmt == "table":
        write_table(events, out)
        return
    from polemos.export import write_events as export_events

    export_events(events, fmt, out)


def _from_config(key: str, fallback: str | None = None):  # noqa: ANN202
    """A click default read from the [backend] section of the settings file at call time."""
    from polemos.config import setting

    def default() -> str | None:
        try:
            return setting("backend", key, fallback)
        except PolemosError as exc:  # a broken settings file: one line, no traceback
            raise click.ClickException(str(exc)) from None

    return default


def backend_options(f):  # noqa: ANN001, ANN201
    """--backend offline|llm|hybrid and the LLM endpoint's options (key from an env var);
    their defaults come from the settings file's [backend] section (polemos.config)."""
    f = click.option("--llm-key-env", metavar="VAR", default=_from_config("llm_key_env"),
                     help="Environment variable holding the API key (never the key itself).")(f)
    f = click.option("--llm-model", metavar="NAME", default=_from_config("llm_model"),
                     help="Model name at the endpoint.")(f)
    f = click.option("--llm-url", metavar="URL", default=_from_config("llm_url"),
                     help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1.")(f)
    f = click.option("--backend", type=click.Choice(["offline", "llm", "hybrid"]),
                     default=_from_config("name", "offline"), show_default="offline, or config",
                     help="offline: the shipped models; llm: every field from the LLM, checked "
                          "against the text; hybrid: the offline detector picks what to send.")(f)
    return f


def make_extractor(backend: str, model_path: Path | None, llm_url: str | None,
                   llm_model: str | None, llm_key_env: str | None):  # noqa: ANN201
    """The extractor the options ask for (models loaded once)."""
    if backend == "offline":
        from polemos.pipeline import Pipeline

        return Pipeline(classifier=_load_classifier(model_path))
    from polemos.llm import make_backend

    return make_backend(backend, llm_url=llm_url, llm_model=llm_model, llm_key_env=llm_key_env)


def print_stats(extractor) -> None:  # noqa: ANN001
    """The LLM back end's request, token and drop counts, on stderr."""
    stats = getattr(extractor, "stats", None)
    if stats is not None and hasattr(stats, "summary"):
        click.echo(f"polemos: {stats.summary()}", err=True)


@click.command("extract")
@click.argument("sources", nargs=-1)
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for documents that carry none (anchors 'yesterday').")
@click.option("--lang", metavar="CODE", help="Language of documents that carry none (else detected).")
@click.option("--country", metavar="CC",
              help="ISO alpha-2 prior on where the articles are (e.g. a national feed): "
                   "namesake places there win.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format [default: table on a terminal, else jsonl].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@click.option("--model", "model_path", type=click.Path(exists=True, path_type=Path),
              help="A classifier written by `polemos train` [default: the shipped one].")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None, metavar="X",
              help="Leave out events less sure than X [default: 0.45 offline, which drops a "
                   "weakly detected act with neither a day nor a place read; 0 keeps every "
                   "event; 0.5 also drops any event with neither].")
@backend_options
def extract_cmd(sources: tuple[str, ...], published: date | None, lang: str | None,
                country: str | None, fmt: str | None, output: str | None,
                model_path: Path | None, min_confidence: float | None, backend: str,
                llm_url: str | None, llm_model: str | None, llm_key_env: str | None) -> None:
    """Extract events from files (.txt, .html, .jsonl), directories, URLs or '-' (stdin).

    \b
    Examples:
      polemos extract examples/articles.jsonl
      polemos extract article.txt --published 2024-03-14 --format csv -o events.csv
      echo "Gunmen killed three villagers in Djibo on Sunday." | polemos extract - --published 2024-03-12
      polemos extract feed.jsonl --min-confidence 0.5
    """
    if not sources:
        sources = ("-",)
    # -o FILE is written beside it under another name and renamed at the end: an interrupted
    # or failed run never leaves a half-written file (nor truncates an existing one).
    part = Path(output).with_name(f".{Path(output).name}.part{os.getpid()}") if output else None
    out: IO[str] = open(part, "w", encoding="utf-8") if part else sys.stdout  # noqa: SIM115
    try:
        _extract_to(out, sources, published, lang, country, fmt,
                    (backend, model_path, llm_url, llm_model, llm_key_env), min_confidence)
        if part and output:
            out.close()
            os.replace(part, output)
    finally:
        if part:
            out.close()
            part.unlink(missing_ok=True)


def _extract_to(out: IO[str], sources: tuple[str, ...], published: date | None,
                lang: str | None, country: str | None, fmt: str | None,
                backend_args: tuple, min_confidence: float | None = None) -> None:
    from polemos.ingest import read_documents, unique_ids

    if fmt is None:
        fmt = "table" if out.isatty() else "jsonl"
    read_ok = failed = 0
    try:
        pipeline = make_extractor(*backend_args)
    except PolemosError as exc:
        _error(str(exc))
        sys.exit(2)
    if min_confidence is not None and hasattr(pipeline, "min_confidence"):
        pipeline.min_confidence = min_confidence  # the offline pipeline's own floor
    events: list[Event] = []
    streaming = fmt == "jsonl"
    docs = unique_ids(read_documents(sources, published=published, lang=lang, country=country))
    try:
        for _doc, result in pipeline.extract_many(docs):
            if isinstance(result, InputError):
                failed += 1
                _error(str(result))
                continue
            read_ok += 1
            if min_confidence is not None:
                result = [e for e in result if e.confidence >= min_confidence]
            if streaming:
                write_events(result, fmt, out)
                out.flush()
            else:
                events.extend(result)
    except PolemosError as exc:  # the LLM endpoint is unreachable or refuses the key
        _error(str(exc))
        print_stats(pipeline)
        sys.exit(2)
    print_stats(pipeline)
    if not streaming:
        write_events(events, fmt, out)
    if read_ok == 0 and failed:
        sys.exit(1)


def _load_classifier(model_path: Path | None):  # noqa: ANN202
    from polemos.detect import EventClassifier, load_default

    return EventClassifier.from_disk(model_path) if model_path else load_default()


@click.command("classify")
@click.argument("source", default="-")
@click.option("--model", "model_path", type=click.Path(exists=True, path_type=Path),
              help="A classifier written by `polemos train` [default: the shipped one].")
@backend_options
def classify_cmd(source: str, model_path: Path | None, backend: str, llm_url: str | None,
                 llm_model: str | None, llm_key_env: str | None) -> None:
    """Classify short snippets: JSON lines {"id", "text"} in, one of the 25 ACLED sub-event
    types or "none" out, with scores.

    \b
    Example:
      echo '{"id": "a", "text": "Police fired tear gas at protesters in Dakar."}' | polemos classify
    """
    where = "<stdin>" if source == "-" else source
    try:
        fh = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
        if backend == "offline":
            clf = _load_classifier(model_path)
        else:
            clf = make_extractor(backend, model_path, llm_url, llm_model, llm_key_env)
    except OSError as exc:
        _error(f"{source}: cannot read ({exc.strerror or exc})")
        sys.exit(1)
    except PolemosError as exc:
        _error(f"{source}: {exc}")
        sys.exit(2)
    batch: list[tuple[str, str]] = []
    ok = bad = 0

    def flush() -> None:
        preds = clf.classify([t for _, t in batch])
        for (id_, _), p in zip(batch, preds, strict=True):
            click.echo(json.dumps({"id": id_, "event_type": p.event_type or "none",
                                   "sub_event_type": p.sub_event_type, "scores": p.scores},
                                  ensure_ascii=False))
        batch.clear()

    for id_, text in _snippets(fh, where):
        if isinstance(text, InputError):
            bad += 1
            _error(str(text))
            continue
        batch.append((id_, text))
        ok += 1
        if len(batch) >= 256:
            flush()
    if batch:
        flush()
    fh.close()
    print_stats(clf)
    if ok == 0 and bad:
        sys.exit(1)


def _snippets(stream: IO[bytes], where: str) -> Iterator[tuple[str, str | InputError]]:
    """(id, text) of each JSON line {"id", "text"} (id: the line number when absent), or
    (line number, InputError) for a line that is not one; a binary stream is one error."""
    from polemos.decode import looks_binary
    from polemos.docrecords import bounded_lines, is_blank, parse_line
    from polemos.ingest import DEFAULT_MAX_BYTES

    first = stream.readline(DEFAULT_MAX_BYTES + 1)
    if first.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield "1", InputError("UTF-16 text (JSON lines must be UTF-8)", where=where)
        return
    why = looks_binary(first[:4096])
    if why:
        yield "1", InputError(f"binary file ({why})", where=where)
        return
    seen = False
    first = first.removeprefix(b"\xef\xbb\xbf")
    for lineno, line in bounded_lines(stream, DEFAULT_MAX_BYTES, first):
        here = f"{where}:{lineno}"
        value = parse_line(line, here, DEFAULT_MAX_BYTES)
        if is_blank(value):
            continue
        seen = True
        if isinstance(value, InputError):
            yield str(lineno), value
        elif not isinstance(value, dict):
            yield str(lineno), InputError(f"expected a JSON object, got {type(value).__name__}",
                                          where=here)
        elif not isinstance(value.get("text"), str) or not value["text"].strip():
            problem = "no 'text'" if value.get("text") is None else "'text' is not a string"
            if isinstance(value.get("text"), str):
                problem = "empty 'text'"
            yield str(lineno), InputError(problem, where=here)
        else:
            yield str(value.get("id", lineno)), value["text"]
    if not seen:
        yield "0", InputError("empty", where=where)


@click.command("train")
@click.argument("data", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", "model_path", required=True, type=click.Path(path_type=Path),
              help="Where to write the trained model (a directory).")
@click.option("--no-negatives", is_flag=True,
              help="Do not add the shipped non-conflict news as 'none' examples.")
def train_cmd(data: tuple[Path, ...], model_path: Path, no_negatives: bool) -> None:
    """Fit the event classifier from ACLED-format CSV files (notes + sub_event_type).

    With no file, rebuild the default model from shared/data (acled/, acled-more/ and news/,
    as shipped; set POLEMOS_DATA where it is not beside the repository; about 5 minutes).

    \b
    Examples:
      polemos train my_acled_export.csv --model models/mine
      polemos extract article.txt --model models/mine
      polemos train --model models/default-rebuilt
    """
    from polemos.detect import build_default, train_from_csv

    usable = [p for p in data if _readable_csv(p)]
    if data and not usable:
        sys.exit(1)
    try:
        if data:
            report = train_from_csv(usable, model_path, negatives=not no_negatives)
        else:
            report = build_default(model_path)
    except InputError as exc:  # the given CSVs had no usable row: 1; no shared/data: 2
        _error(str(exc))
        sys.exit(1 if data else 2)
    except PolemosError as exc:
        _error(str(exc))
        sys.exit(2)
    click.echo(json.dumps(report, indent=2, default=str))


def _readable_csv(path: Path) -> bool:
    """Whether ``path`` is UTF-8 text (else one line on stderr says why, and it is skipped)."""
    from polemos.decode import looks_binary

    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
            why = looks_binary(head) or ("UTF-16" if head.startswith((b"\xff\xfe", b"\xfe\xff"))
                                          else None)
            if why:
                _error(f"{path}: binary file ({why}); skipped")
                return False
            fh.seek(0)
            decoder, offset = codecs.getincrementaldecoder("utf-8")(), 0
            while chunk := fh.read(1 << 20):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    _error(f"{path}: not UTF-8 text (byte 0x{chunk[exc.start]:02x} at offset "
                           f"{offset + exc.start}); skipped")
                    return False
                offset += len(chunk)
    except OSError as exc:
        _error(f"{path}: cannot read ({exc.strerror or exc}); skipped")
        return False
    return True


COMMANDS = [extract_cmd, classify_cmd, train_cmd]
