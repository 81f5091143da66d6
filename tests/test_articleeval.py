"""Article-level evaluation: reading gold articles, pairing events by place and day, scoring
fields per language, false alarms on articles without events; and one real run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from polemos.articleeval import (
    evaluate_articles,
    pair_events,
    read_article_gold,
    score_articles,
)
from polemos.errors import InputError
from polemos.schema import Event

MERGE_SET = Path(__file__).parent / "fixtures" / "merge" / "articles.jsonl"

KYIV = {"event_date": "2024-03-02", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia (2000-)",
        "fatalities": 2, "admin1": "Kyiv City", "location": "Kyiv", "country_code": "UA",
        "latitude": 50.45, "longitude": 30.52}
ODESA = {"event_date": "2024-03-02", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia (2000-)",
         "fatalities": None, "admin1": "Odesa", "location": "Odesa", "country_code": "UA",
         "latitude": 46.48, "longitude": 30.73}


def _article(i: str, lang: str, events: list[dict]) -> dict:
    return {"id": i, "language": lang, "published": "2024-03-03",
            "text": f"Article {i}, written for this test.",
            "events": [{"gold": f"G{k}", "event": e} for k, e in enumerate(events)]}


def _pred(g: dict, **change: object) -> Event:
    fields = {k: v for k, v in g.items() if k != "event_date"}
    fields.update(change)
    when = change.pop("event_date", None) or date.fromisoformat(g["event_date"])
    fields.pop("event_date", None)
    return Event(event_date=when, **fields)


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    rows = [_article("a-en", "en", [KYIV, ODESA]), _article("a-uk", "uk", [KYIV]),
            _article("b-fr", "fr", [])]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_read_article_gold(gold_file: Path) -> None:
    arts = read_article_gold(gold_file)
    assert [a.document.id for a in arts] == ["a-en", "a-uk", "b-fr"]
    assert arts[0].document.language == "en" and arts[0].document.published == date(2024, 3, 3)
    assert len(arts[0].events) == 2 and arts[2].events == []


def test_malformed_line_names_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "published": "yesterday", "events": []}\n')
    with pytest.raises(InputError, match=r"bad.jsonl:1"):
        read_article_gold(bad)
    bad.write_text('[1, 2]\n')
    with pytest.raises(InputError, match=r"bad.jsonl:1.*expected a JSON object"):
        read_article_gold(bad)


def test_pairing_is_by_place_and_day_one_to_one() -> None:
    # Predictions in reverse order, an Odesa one a day late (still pairs) and a third one in
    # Lviv (pairs with nothing).
    lviv = _pred(KYIV, location="Lviv", admin1="Lviv", latitude=49.84, longitude=24.03)
    preds = [lviv, _pred(ODESA, event_date=date(2024, 3, 3)), _pred(KYIV)]
    assert pair_events([KYIV, ODESA], preds) == [(0, 2), (1, 1)]
    # three days apart: not the same event
    assert pair_events([KYIV], [_pred(KYIV, event_date=date(2024, 2, 27))]) == []


def test_scores_fields_languages_and_false_alarms(gold_file: Path) -> None:
    arts = read_article_gold(gold_file)
    predicted = [
        [_pred(KYIV), _pred(ODESA, fatalities=5, sub_event_type="Shelling/artillery/missile "
                                                               "attack")],
        [],  # the Ukrainian article: missed
        [_pred(KYIV)],  # false alarm on an article without events
    ]
    rep = score_articles(arts, predicted)
    assert rep.overall.gold == 3 and rep.overall.predicted == 3 and rep.overall.paired == 2
    assert rep.false_alarms == 1 and rep.empty_articles == 1
    f = rep.overall.fields
    assert (f["event_type"].correct, f["event_type"].n) == (2, 3)
    assert f["sub_event_type"].correct == 1 and f["fatalities"].correct == 1
    assert rep.by_language["uk"].recall == 0.0 and rep.by_language["en"].recall == 1.0
    assert json.loads(json.dumps(rep.to_dict()))["by_language"]["en"]["paired"] == 2


def test_real_pipeline_on_written_articles() -> None:
    """The merge fixtures (our own wire-style articles in six languages) through the real
    pipeline: every language gives some event, and pairing finds most of them."""
    from polemos.pipeline import Pipeline

    arts = read_article_gold(MERGE_SET)
    rep = evaluate_articles(arts, Pipeline().extract)
    assert not rep.errors
    assert set(rep.by_language) >= {"en", "fr", "es", "ar", "ru", "uk"}
    assert all(c.predicted > 0 for c in rep.by_language.values())
    assert rep.overall.recall >= 0.5


def test_cli_articles_json(gold_file: Path) -> None:
    from click.testing import CliRunner

    from polemos.cli import main

    res = CliRunner().invoke(main, ["evaluate", "articles", str(MERGE_SET), "--limit", "4",
                                    "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["articles"] == 4 and data["overall"]["gold_events"] >= 4
    assert set(data["overall"]["fields"]) >= {"event_type", "event_date", "fatalities"}
    bad = CliRunner().invoke(main, ["evaluate", "articles", str(gold_file.parent / "nope")])
    assert bad.exit_code != 0


@pytest.mark.parametrize("name", sorted(p.name for p in MERGE_SET.parent.glob("*.jsonl")))
def test_every_article_set_reads_whole(name: str) -> None:
    # a gold set that loses an article or an event to a reading error measures nothing
    path = MERGE_SET.with_name(name)
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    arts = read_article_gold(path)
    assert len(arts) == len(lines)
    assert sum(len(a.events) for a in arts) == sum(len(json.loads(x)["events"]) for x in lines)
    assert all(a.document.published and a.document.language for a in arts)
    assert all(date.fromisoformat(e["event_date"]) <= a.document.published  # type: ignore[operator]
               for a in arts for e in a.events)


def test_an_areas_name_with_or_without_its_republic_is_the_same_area() -> None:
    from polemos.articleeval import _admin_key

    assert _admin_key("Republic of Dagestan") == _admin_key("Dagestan")
    assert _admin_key("Udmurt Republic") == _admin_key("Udmurt")
    assert _admin_key("Republic of Dagestan") != _admin_key("Republic of Tatarstan")
