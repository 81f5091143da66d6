"""`polemos evaluate`: measure extraction, classification and geoparsing against gold files.

Thin: parses options, calls polemos.gold / polemos.evaluate, prints JSON or rich tables.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from polemos.cli import describe
from polemos.cli.extract import backend_options, make_extractor, print_stats
from polemos.datasets import ReadReport
from polemos.errors import PolemosError


def _emit(report: Any, skipped: list[tuple[str, str]], as_json: bool,
          tables: Callable[[Any], list]) -> None:
    """Print the report as JSON (for machines) or as tables (for people)."""
    report.skipped = list(skipped) + list(report.skipped)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str))
        return
    from rich.console import Console

    from polemos.evalreport import skipped_table

    console = Console(width=max(Console().width, 150))  # the confusion matrix needs room
    for t in tables(report):
        console.print(t)
    extra = skipped_table(report.skipped)
    if extra is not None:
        console.print(extra)


def _progress(enabled: bool) -> Callable[[int, int], None] | None:
    if not enabled or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            click.echo(f"\r{done}/{total}", err=True, nl=done == total)

    return show


@click.group("evaluate")
def evaluate_group() -> None:
    """Measure polemos against gold data (ACLED notes, labelled snippets, geoparsing gold)."""


@evaluate_group.command("events")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--acled-dev", is_flag=True, help="Use the dev split of shared/data/acled.")
@click.option("--split", type=click.Choice(["train", "dev", "test", "all"]), default=None,
              help="Part of each file's time split to use (default: all; dev for --acled-dev).")
@click.option("--limit", type=int, default=None, help="Only the first N notes (date order).")
@click.option("--country-hint", is_flag=True,
              help="Give each note its gold country as a prior (as for a national feed).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@backend_options
def events_cmd(gold: tuple[str, ...], acled_dev: bool, split: str | None, limit: int | None,
               country_hint: bool, as_json: bool, backend: str, llm_url: str | None,
               llm_model: str | None, llm_key_env: str | None) -> None:
    """Extract events from ACLED notes in GOLD CSV files and compare with the coded rows.

    \b
    Examples:
      polemos evaluate events --acled-dev --limit 200
      polemos evaluate events --acled-dev --backend llm --llm-url http://127.0.0.1:8080/v1
    """
    from polemos.evalreport import events_tables
    from polemos.evaluate import evaluate_events
    from polemos.gold import read_acled_gold

    rr = ReadReport()
    try:
        if acled_dev:
            if gold:
                raise click.UsageError("give GOLD files or --acled-dev, not both")
            from polemos.datasets import shared_data_dir

            root = shared_data_dir()
            if root is None:
                raise click.ClickException("shared/data/acled not found (set POLEMOS_DATA)")
            gold = tuple(str(p) for p in sorted((root / "acled").glob("*.csv")))
            split = split or "dev"
        if not gold:
            raise click.UsageError("give at least one GOLD CSV file, or --acled-dev")
        records = read_acled_gold(gold, split=split or "all", limit=limit, report=rr)
        if not records:
            raise click.ClickException(f"no usable gold rows ({len(rr.skipped)} skipped)")
        extractor = (None if backend == "offline" else
                     make_extractor(backend, None, llm_url, llm_model, llm_key_env))
        report = evaluate_events(records, pipeline=extractor, progress=_progress(not as_json),
                                 country_hint=country_hint)
        print_stats(extractor)
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from None
    _emit(report, rr.skipped, as_json, events_tables)


NEWS_SETS = ("satp", "cameo", "plover", "ipe", "keep_it_local", "negatives", "all")


@evaluate_group.command("classify")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--set", "news_set", type=click.Choice(NEWS_SETS), default=None,
              help="A labelled news set of shared/data (docs/newsdata.md) instead of GOLD.")
@click.option("--part", type=click.Choice(["train", "dev", "test", "all"]), default="dev",
              show_default=True, help="Part of the news set (test: held out, measure once).")
@click.option("--limit", type=int, default=None,
              help="Only the first N examples of each news set (parallel: N sentence ids).")
@click.option("--lang", default=None, help="Language of the GOLD snippets (default: detect).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def classify_cmd(gold: str | None, news_set: str | None, part: str, limit: int | None,
                 lang: str | None, as_json: bool) -> None:
    """Classify the snippets of a GOLD TSV (id, text, label) and report F1, or measure the
    detector on a labelled news set (--set, mapped to ACLED types: docs/newsdata.md).

    \b
    Examples:
      polemos evaluate classify snippets.tsv --json
      polemos evaluate classify --set satp --part dev
      polemos evaluate classify --set all --part test --json
    """
    if news_set is not None:
        if gold:
            raise click.UsageError("give a GOLD file or --set, not both")
        _news_cmd(news_set, part, limit, as_json)
        return
    if not gold:
        raise click.UsageError("give a GOLD TSV file, or --set NAME")
    from polemos.evalreport import classify_tables
    from polemos.evaluate import evaluate_classify
    from polemos.gold import read_classify_tsv

    rr = ReadReport()
    try:
        items = read_classify_tsv(gold, rr)
        if not items:
            raise click.ClickException(f"no usable gold rows ({len(rr.skipped)} skipped)")
        report = evaluate_classify(items, lang=lang)
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from None
    _emit(report, rr.skipped, as_json, classify_tables)


def _news_cmd(news_set: str, part: str, limit: int | None, as_json: bool) -> None:
    """Measure the default detector on one news set (or all) and print the reports."""
    from polemos import evaluate
    from polemos.newseval import SETS, evaluate_news

    names = SETS if news_set == "all" else (news_set,)
    try:
        classifier = evaluate.default_classifier()
        reports = [evaluate_news(n, part, classifier=classifier, limit=limit) for n in names]
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        out = [r.to_dict() for r in reports]
        click.echo(json.dumps(out if news_set == "all" else out[0], indent=2,
                              ensure_ascii=False))
        return
    from rich.console import Console

    console = Console(width=max(Console().width, 110))
    for r in reports:
        console.print(_news_table(r))


def _news_table(rep: Any) -> Any:
    """One table per set: the issue's figure, then per class (or language, or source)."""
    from rich.table import Table

    t = Table(title=f"{rep.name} ({rep.part}): {rep.n} examples, {rep.unmapped} unmapped, "
                    f"{rep.seconds:.1f} s", title_justify="left")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row(f"[bold]{rep.figure_name}[/bold]", f"[bold]{rep.figure:.3f}[/bold]")
    for k, v in rep.details.items():
        if isinstance(v, bool | int | float):
            t.add_row(k, f"{v:.3f}" if isinstance(v, float) else str(v))
    keys: list[str] = []
    for row in rep.per_class.values():
        keys += [k for k in row if k not in keys]
    if not rep.per_class:
        return t
    per = Table(title=None, show_edge=False)
    per.add_column("class / language / source")
    for k in keys:
        per.add_column(k, justify="right")
    for name, row in rep.per_class.items():
        per.add_row(name, *(_cell(row.get(k)) for k in keys))
    grid = Table.grid()
    grid.add_row(t)
    grid.add_row(per)
    return grid


def _cell(v: Any) -> str:
    if v is None:
        return ""
    return f"{v:.3f}" if isinstance(v, float) else str(v)


@evaluate_group.command("geoparse")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--lang", default="en", show_default=True, help="Language of the articles.")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--no-recognition", is_flag=True, help="Only resolve gold spans (faster).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def geoparse_cmd(gold: str, lang: str, limit: int | None, no_recognition: bool,
                 as_json: bool) -> None:
    """Resolve the toponyms of GOLD (GeoWebNews/LGL/GeoVirus XML, or a brat directory).

    Example: polemos evaluate geoparse GWN.xml --limit 50
    """
    from polemos.evalreport import geoparse_tables
    from polemos.evaluate import evaluate_geoparse
    from polemos.gold import read_geo_gold

    rr = ReadReport()
    try:
        articles = read_geo_gold(gold, rr)[:limit]
        if not articles:
            raise click.ClickException(f"no usable gold articles ({len(rr.skipped)} skipped)")
        report = evaluate_geoparse(articles, lang=lang, recognise=not no_recognition,
                                   progress=_progress(not as_json))
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from None
    _emit(report, rr.skipped, as_json, geoparse_tables)


@evaluate_group.command("articles")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@backend_options
def articles_cmd(gold: str, limit: int | None, as_json: bool, backend: str,
                 llm_url: str | None, llm_model: str | None, llm_key_env: str | None) -> None:
    """Extract whole articles whose events are known (JSONL, the format of
    tests/fixtures/merge/) and score events and fields, overall and per language.

    \b
    Examples:
      polemos evaluate articles tests/fixtures/merge/heldout.jsonl
      polemos evaluate articles my-gold.jsonl --json --backend hybrid
    """
    from polemos.articleeval import evaluate_articles, read_article_gold
    from polemos.evalreport import articles_tables

    try:
        articles = read_article_gold(gold)[:limit]
        if not articles:
            raise click.ClickException("no articles in GOLD")
        extractor = make_extractor(backend, None, llm_url, llm_model, llm_key_env)
        report = evaluate_articles(articles, extractor.extract, progress=_progress(not as_json))
        print_stats(extractor)
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{gold}: {describe(exc)}") from None
    _emit(report, [], as_json, articles_tables)


COMMANDS = [evaluate_group]
