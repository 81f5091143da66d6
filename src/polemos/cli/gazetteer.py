"""`polemos gazetteer ...` and `polemos geoparse`: thin click faces on the locate stage."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from pathlib import Path

import click

from polemos.cli import describe
from polemos.errors import InputError, PolemosError


def _path(explicit: str | None) -> Path:
    from polemos.gazetteer import default_path

    return Path(explicit) if explicit else default_path()


def _fail(exc: Exception) -> None:
    raise click.ClickException(str(exc)) from exc


@click.group("gazetteer")
@click.option("--path", "gaz_path", default=None, help="Gazetteer file (default: the user data dir).")
@click.pass_context
def gazetteer_group(ctx: click.Context, gaz_path: str | None) -> None:
    """Build, enlarge and search the offline gazetteer."""
    ctx.obj = _path(gaz_path)


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if it is up to date.")
@click.pass_obj
def build_cmd(path: Path, force: bool) -> None:
    """Build the gazetteer from the installed packages' data."""
    from polemos.gazetteer_build import ensure_built

    try:
        ensure_built(path, force=force)
    except PolemosError as exc:
        _fail(exc)
    click.echo(str(path))


@gazetteer_group.command("info")
@click.pass_obj
def info_cmd(path: Path) -> None:
    """Show where the gazetteer is, what it was built from and how big it is."""
    from polemos.gazetteer import Gazetteer

    try:
        g = Gazetteer(path)
    except PolemosError as exc:
        _fail(exc)
    click.echo(f"path: {path}")
    for k, v in sorted(g.meta.items()):
        click.echo(f"{k}: {v}")
    for k, v in sorted(g.stats().items()):
        click.echo(f"{k}: {v}")


@gazetteer_group.command("search")
@click.argument("name")
@click.option("--limit", default=10, show_default=True)
@click.pass_obj
def search_cmd(path: Path, name: str, limit: int) -> None:
    """Show the candidate places for NAME, the most important first."""
    from polemos.gazetteer import Gazetteer
    from polemos.gazetteer_build import ensure_built

    try:
        g = Gazetteer(ensure_built(path))
    except PolemosError as exc:
        _fail(exc)
    for p in g.search(name, limit):
        click.echo(f"{p.geonameid}\t{p.name}\t{p.feature_code}\t{p.country_code}\t{p.admin1 or ''}"
                   f"\t{p.latitude}\t{p.longitude}\t{p.population}\t{p.source}")


@gazetteer_group.command("import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("alternate", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def import_cmd(path: Path, dump: Path, alternate: Path | None) -> None:
    """Load a GeoNames dump (allCountries.zip or a country .txt) and optional alternate names."""
    from polemos.gazetteer_build import ensure_built
    from polemos.gazetteer_import import import_geonames

    try:
        n = import_geonames(ensure_built(path), dump, alternate)
    except PolemosError as exc:
        _fail(exc)
    click.echo(f"imported {n} places into {path}")


@gazetteer_group.command("add")
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def add_cmd(path: Path, csv_path: Path) -> None:
    """Add user places (CSV: name,aliases,feature,country,admin1,lat,lon); they win ties."""
    from polemos.gazetteer_build import add_user_places, ensure_built

    try:
        n = add_user_places(ensure_built(path), csv_path)
    except PolemosError as exc:
        _fail(exc)
    except (UnicodeDecodeError, csv.Error) as exc:  # nothing was added: one transaction
        raise click.ClickException(f"{csv_path}: {describe(exc)}; nothing added") from None
    click.echo(f"added {n} places to {path}")


_FIELDS = ("document_id", "start", "end", "text", "geonameid", "name", "feature_code",
           "country_code", "admin1", "admin2", "latitude", "longitude", "score", "reason")


@click.command("geoparse")
@click.argument("sources", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl")
@click.option("--lang", default=None, help="Language of the texts (default: detected or given).")
@click.option("--gazetteer", "gaz_path", default=None, help="Gazetteer file to use.")
def geoparse_cmd(sources: tuple[str, ...], fmt: str, lang: str | None, gaz_path: str | None) -> None:
    """Find and resolve the toponyms of each document: one line per toponym."""
    from polemos.gazetteer import Gazetteer
    from polemos.gazetteer_build import ensure_built
    from polemos.geocode import Geocoder
    from polemos.ingest import read_source, unique_ids

    try:
        geo = Geocoder(Gazetteer(ensure_built(_path(gaz_path))))
    except PolemosError as exc:
        _fail(exc)
    if fmt == "table":
        click.echo("\t".join(_FIELDS))
    read = failed = 0
    docs = unique_ids(got for src in sources or ("-",) for got in read_source(src, lang=lang))
    for doc in docs:
        if isinstance(doc, InputError):
            click.echo(f"polemos: {doc}", err=True)
            failed += 1
            continue
        read += 1
        for r in geo.geoparse(doc.text, lang=doc.language or lang, spans=doc.spans):
            row = {"document_id": doc.id, **dataclasses.asdict(r)}
            if fmt == "jsonl":
                click.echo(json.dumps({k: row[k] for k in _FIELDS + ("precision", "kind")},
                                      ensure_ascii=False))
            else:
                click.echo("\t".join("" if row[k] is None else str(row[k]) for k in _FIELDS))
    if failed and not read:  # non-zero only when nothing could be read
        sys.exit(1)


COMMANDS = [gazetteer_group, geoparse_cmd]
