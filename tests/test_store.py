"""The event store on a real SQLite file and a real PostgreSQL server (conftest starts one):
idempotent adds, one transaction per document, queries, migrations, and the CLI."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from polemos.errors import StoreError
from polemos.schema import Document, Event
from polemos.store import Store, resolve_url
from polemos.taxonomy import EVENT_TYPE_OF

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _reset_pg(url: str) -> None:
    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS reports, events, documents, alembic_version"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")  # a real server, started for the session
        _reset_pg(url)
        s = Store(url)
    else:
        s = Store(tmp_path / "events.db")
    yield s
    s.close()


# Places the fake extractor knows: name -> (country, code, admin1, lat, lon)
PLACES = {
    "Lyon": ("France", "FR", "Auvergne-Rhone-Alpes", 45.7485, 4.8467),
    "Marseille": ("France", "FR", "Provence-Alpes-Cote d'Azur", 43.2965, 5.3698),
    "Kherson": ("Ukraine", "UA", "Khersonska", 46.6354, 32.6169),
    "Nairobi": ("Kenya", "KE", "Nairobi", -1.2833, 36.8167),
}


def make_event(place: str = "Lyon", day: str = "2024-03-05", sub: str = "Peaceful protest",
               actor1: str = "Protesters (France)", **kw: object) -> Event:
    country, code, admin1, lat, lon = PLACES[place]
    fields: dict[str, object] = dict(
        event_date=date.fromisoformat(day), event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
        actor1=actor1, inter1=6, country=country, country_code=code, admin1=admin1,
        location=place, latitude=lat, longitude=lon, geo_precision=1, confidence=0.6)
    fields.update(kw)
    return Event(**fields)


def fake_extract(doc: Document) -> list[Event]:
    """A stand-in extractor for CLI tests: one protest in each known town the text names."""
    day = (doc.published or date(2024, 3, 5)).isoformat()
    return [make_event(p, day) for p in PLACES if p in doc.text]


def slow_extract(doc: Document) -> list[Event]:
    time.sleep(0.05)
    return fake_extract(doc)


def doc(text: str, url: str | None = None, published: str = "2024-03-05") -> Document:
    return Document(text=text, url=url, published=date.fromisoformat(published), language="en")


# -- adding -------------------------------------------------------------------------------
def test_add_then_same_document_again_adds_nothing(store: Store) -> None:
    d = doc("Hundreds marched in Lyon on Tuesday against pension cuts.",
            "https://news.example/lyon-march?utm_source=rss&utm_medium=feed")
    assert store.add(d, [make_event()]) == (1, 0, 0)
    assert store.add(d, [make_event()]) == (0, 0, 1)
    # the same URL without the tracking parameters, text re-extracted slightly differently
    again = doc("Hundreds marched in Lyon on Tuesday against pension cuts!",
                "https://NEWS.example/lyon-march#top")
    assert store.has_document("https://news.example/lyon-march")
    assert store.add(again, [make_event()]) == (0, 0, 1)
    assert store.stats() == {"documents": 1, "events": 1, "reports": 1}


def test_second_outlet_merges_and_lists_both_sources(store: Store) -> None:
    a = doc("Protesters gathered in Lyon on Tuesday.", "https://one.example/a")
    b = doc("A rally took place in Lyon on Tuesday, police said.", "https://two.example/b",
            published="2024-03-06")
    store.add(a, [make_event(fatalities=None)])
    assert store.add(b, [make_event(day="2024-03-05")]) == (0, 1, 0)
    (ev,) = store.query()
    assert ev.sources == ["https://one.example/a", "https://two.example/b"]
    assert store.get_event(ev.event_id) == ev
    assert [r.document_id for r in store.reports(ev.event_id)] == [a.id, b.id]
    got = store.get_document(b.id)
    assert got is not None and got.text == b.text and got.published == date(2024, 3, 6)
    assert store.get_document("https://one.example/a").id == a.id  # by URL too


def test_replace_gives_a_document_its_new_events_and_keeps_the_others(store: Store) -> None:
    a = doc("Protesters gathered in Lyon on Tuesday.", "https://one.example/a")
    b = doc("A rally took place in Lyon on Tuesday, police said.", "https://two.example/b")
    store.add(a, [make_event(), make_event("Kherson", sub="Armed clash",
                                           actor1="Military Forces of Russia (2000-)")])
    store.add(b, [make_event()])  # merges with a's Lyon event
    assert store.stats() == {"documents": 2, "events": 2, "reports": 3}
    # a newer polemos reads a again: a Lyon protest with intervention, no Kherson clash
    res = store.add(a, [make_event(sub="Protest with intervention")], replace=True)
    assert (res.skipped, res.new + res.merged) == (0, 1)
    assert store.stats() == {"documents": 2, "events": 1, "reports": 2}
    (ev,) = store.query()
    assert ev.location == "Lyon" and sorted(ev.sources) == ["https://one.example/a",
                                                            "https://two.example/b"]
    assert [r.sub_event_type for r in store.reports(ev.event_id)
            if r.document_id == a.id] == ["Protest with intervention"]
    # without replace the stored reading stays
    assert store.add(a, [], replace=False) == (0, 0, 1)
    assert store.stats()["reports"] == 2
    # replacing with no event at all leaves b's event, built from b alone
    store.add(a, [], replace=True)
    (ev,) = store.query()
    assert ev.sources == ["https://two.example/b"]
    assert store.stats() == {"documents": 2, "events": 1, "reports": 1}


def test_events_of_one_document_never_merge_together(store: Store) -> None:
    d = doc("Two rallies in Lyon on Tuesday, one in the morning and one at night.")
    assert store.add(d, [make_event(), make_event()]) == (2, 0, 0)


def test_invalid_event_writes_nothing(store: Store) -> None:
    bad = make_event()
    bad.latitude = 123.0  # bypasses validation on purpose
    with pytest.raises(StoreError, match="latitude"):
        store.add(doc("Rally in Lyon."), [make_event(), bad])
    negative = make_event()
    negative.fatalities = -2
    with pytest.raises(StoreError, match="fatalities"):
        store.add(doc("Rally in Lyon again."), [negative])
    assert store.stats() == {"documents": 0, "events": 0, "reports": 0}


def test_crash_in_the_middle_of_a_document_rolls_back(store: Store, monkeypatch:
                                                      pytest.MonkeyPatch) -> None:
    store.add(doc("A first rally in Lyon."), [make_event()])
    import polemos.store as store_mod

    calls = {"n": 0}
    real = store_mod.combine

    def flaky(reps: list) -> Event:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash")
        return real(reps)

    monkeypatch.setattr(store_mod, "combine", flaky)
    d = doc("Rallies in Lyon and Marseille.", "https://x.example/two")
    with pytest.raises(RuntimeError):
        store.add(d, [make_event(), make_event("Marseille")])
    assert not store.has_document(d.id)
    assert store.stats() == {"documents": 1, "events": 1, "reports": 1}
    (ev,) = store.query()
    assert ev.sources == [store.query()[0].sources[0]] and len(ev.sources) == 1
    monkeypatch.setattr(store_mod, "combine", real)
    assert store.add(d, [make_event(), make_event("Marseille")]) == (1, 1, 0)


def test_text_no_database_accepts_is_stored_safely(store: Store) -> None:
    d = doc("Rally in Lyon\x00 with a lone surrogate \ud800 here.")
    store.add(d, [make_event(notes="note\x00")])
    got = store.get_document(d.id)
    assert got is not None and len(got.text) == len(d.text) and "\x00" not in got.text


# -- querying -----------------------------------------------------------------------------
@pytest.fixture
def filled(store: Store) -> Store:
    rows = [
        ("Lyon", "2024-03-05", "Peaceful protest", "Protesters (France)"),
        ("Marseille", "2024-03-09", "Violent demonstration", "Rioters (France)"),
        ("Kherson", "2024-03-07", "Shelling/artillery/missile attack",
         "Military Forces of Russia (2000-)"),
        ("Kherson", "2024-04-01", "Air/drone strike", "Military Forces of Russia (2000-)"),
        ("Nairobi", "2024-02-01", "Peaceful protest", "Protesters (Kenya)"),
    ]
    for n, (place, day, sub, actor) in enumerate(rows):
        store.add(doc(f"Report {n} about {place}.", published=day),
                  [make_event(place, day, sub, actor)])
    return store


def test_query_filters(filled: Store) -> None:
    s = filled
    assert [e.event_date.isoformat() for e in s.query()] == [
        "2024-04-01", "2024-03-09", "2024-03-07", "2024-03-05", "2024-02-01"]
    assert {e.location for e in s.query(country="FR")} == {"Lyon", "Marseille"}
    assert {e.location for e in s.query(country="Kenya")} == {"Nairobi"}
    assert len(s.query(since=date(2024, 3, 6), until=date(2024, 3, 31))) == 2
    assert len(s.query(event_type="Explosions/Remote violence")) == 2
    assert len(s.query(event_type="peaceful protest")) == 2
    assert len(s.query(actor="russia")) == 2
    assert {e.location for e in s.query(bbox=(30, 44, 40, 53))} == {"Kherson"}
    assert {e.location for e in s.query(bbox=(170, -5, 40, 5))} == {"Nairobi"}  # wraps
    assert len(s.query(limit=2)) == 2 and len(s.query(limit=2, offset=4)) == 1
    assert s.count(country="UA") == 2
    assert len(list(s.iter_query(batch_size=2))) == 5
    with pytest.raises(StoreError, match="unknown event type"):
        s.query(event_type="Skirmish")
    assert s.get_event("no-such-id") is None and s.get_document("nope") is None


# -- migrations ---------------------------------------------------------------------------
def test_migrations_match_the_tables(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from polemos.db import metadata
    from polemos.migrations import current, head

    assert current(store.engine) == head()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_store_reopens_and_bad_url_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "x.db"
    with Store(path) as s:
        s.add(doc("Rally in Lyon."), [make_event()])
    with Store(f"sqlite:///{path}") as s:
        assert s.stats()["events"] == 1
    with pytest.raises(StoreError):
        Store("postgresql://nobody@127.0.0.1:1/none")


# -- ingest interrupted -------------------------------------------------------------------
def test_killed_ingest_rerun_has_no_duplicate_and_no_lost_document(tmp_path: Path) -> None:
    arts = tmp_path / "articles"
    arts.mkdir()
    n_docs = 40
    for i in range(n_docs):
        place = list(PLACES)[i % 4]
        (arts / f"a{i:02d}.txt").write_text(f"Story {i}: a rally was held in {place}.\n")
    db = tmp_path / "k.db"
    script = textwrap.dedent(f"""
        import sys; sys.path[:0] = [{SRC!r}, {str(Path(__file__).parent)!r}]
        from polemos.ingest import read_source
        from polemos.store import Store
        from polemos.watch import ingest_into
        from test_store import slow_extract
        s = Store({str(db)!r})
        print(ingest_into(s, read_source({str(arts)!r}), slow_extract).line(), flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if db.exists():
            with Store(db) as s:
                if s.stats()["documents"] >= 5:
                    break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        partial_docs = s.stats()["documents"]
    assert 0 < partial_docs < n_docs
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    assert f"skipped (already stored): {partial_docs}" in out
    with Store(db) as s:
        st = s.stats()
        assert st["documents"] == n_docs and st["reports"] == n_docs
        # one event per town: every same-day rally in the same town merged
        assert st["events"] == 4
        assert sorted(len(e.sources) for e in s.query()) == [10, 10, 10, 10]


# -- CLI ----------------------------------------------------------------------------------
def _cli() -> object:
    from polemos.cli import main

    return main


def test_cli_ingest_and_events(tmp_path: Path) -> None:
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "one.txt").write_text("Students rallied in Lyon on Tuesday.")
    (arts / "two.txt").write_text("Farmers blocked roads near Kherson and in Nairobi.")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    args = ["ingest", str(arts), "--db", db, "--extractor", "test_store:fake_extract",
            "--published", "2024-03-05"]
    res = runner.invoke(_cli(), args)
    assert res.exit_code == 0, res.output
    assert "documents read: 2" in res.output and "events new: 3" in res.output
    res = runner.invoke(_cli(), args)
    assert "skipped (already stored): 2" in res.output and "events new: 0" in res.output
    res = runner.invoke(_cli(), [*args, "--reextract"])  # read again, events replaced
    assert res.exit_code == 0, res.output
    assert "documents read: 2, skipped (already stored): 0" in res.output
    assert "events new: 3" in res.output
    res = runner.invoke(_cli(), ["events", "--db", db, "--country", "FR", "--format", "acled"])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("event_id_cnty,event_date,year,")
    out = tmp_path / "ev.parquet"
    res = runner.invoke(_cli(), ["events", "--db", db, "-o", str(out)])
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 3
    res = runner.invoke(_cli(), ["events", "--db", db, "--bbox", "1,2,3"])
    assert res.exit_code != 0 and "W,S,E,N" in res.output
    res = runner.invoke(_cli(), ["events", "--db", db])
    assert res.exit_code == 0 and "Kherson" in res.output


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_dir(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def test_cli_watch_once_ingests_a_local_feed(tmp_path: Path, http_dir: tuple[str, Path]) -> None:
    base, root = http_dir
    for name, body in (("a", "A rally was held in Lyon on Tuesday by students."),
                       ("b", "Shelling hit Kherson overnight, officials said.")):
        (root / f"{name}.html").write_text(
            f"<html><head><title>{name}</title></head><body><article><p>{body} "
            + "The report continues with more details about the day. " * 5
            + "</p></article></body></html>")
    items = "".join(
        f"<item><title>{n}</title><link>{base}/{n}.html?utm_source=rss</link>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>" for n in "ab")
    (root / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
        "</channel></rss>")
    feeds = tmp_path / "feeds.opml"
    feeds.write_text(f'<opml version="2.0"><body><outline text="x" type="rss" '
                     f'xmlUrl="{base}/feed.xml"/></body></opml>')
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    args = ["watch", str(feeds), "--once", "--db", db, "--extractor", "test_store:fake_extract"]
    res = runner.invoke(_cli(), args)
    assert res.exit_code == 0, res.output
    assert "round 1: documents read: 2" in res.output and "events new: 2" in res.output
    res = runner.invoke(_cli(), args)
    assert "skipped (already stored): 2" in res.output
    # the default extractor (the offline pipeline) too: no --extractor
    db2 = str(tmp_path / "w2.db")
    res = runner.invoke(_cli(), ["watch", str(feeds), "--once", "--db", db2])
    assert res.exit_code == 0, res.output
    assert "documents read: 2" in res.output and "failed: 0" in res.output, res.output


def test_watch_helpers(tmp_path: Path) -> None:
    from polemos.errors import ConfigError, InputError
    from polemos.watch import parse_interval, read_feed_list

    assert parse_interval("15m") == 900 and parse_interval("1h30m") == 5400
    assert parse_interval("45") == 45
    with pytest.raises(ConfigError):
        parse_interval("soon")
    txt = tmp_path / "feeds.txt"
    txt.write_text("# my feeds\nhttps://a.example/rss\n\nhttps://b.example/atom # news\n")
    assert read_feed_list(txt) == ["https://a.example/rss", "https://b.example/atom"]
    txt.write_text("# nothing\n")
    with pytest.raises(InputError, match="no feed URL"):
        read_feed_list(txt)
