"""The HTTP API of `polemos serve`, against a real uvicorn server on 127.0.0.1.

The store is filled with events and articles written for these tests (wire-report style);
/api/extract and /api/ingest use a small rule extractor so they test the server, not the
pipeline (one test uses the real pipeline and skips while it cannot load).
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from polemos.errors import InputError  # noqa: E402
from polemos.schema import Document, Event, Evidence  # noqa: E402
from polemos.server import ServerConfig, create_app  # noqa: E402
from polemos.server.app import serve_in_background  # noqa: E402
from polemos.server.config import hosts_for  # noqa: E402
from polemos.server.security import (  # noqa: E402
    PublicOnlyTransport,
    check_public_url,
    is_public_address,
)
from polemos.store import Store  # noqa: E402

TOKEN = "test-token-5f1c2a9e"


def _ev(doc: Document, sub: str, etype: str, when: date, *, spans: dict[str, str],
        **fields: object) -> Event:
    """An event whose evidence points at the given words of the document text."""
    evidence = []
    for field, words in spans.items():
        start = doc.text.index(words)
        evidence.append(Evidence(field=field, start=start, end=start + len(words), text=words))
    return Event(event_type=etype, sub_event_type=sub, event_date=when, evidence=evidence,
                 **fields)


def fill_store(path: str | Path, extra: list[tuple[Document, list[Event]]] = ()) -> dict:
    """Five stored articles, six merged events (one reported twice), one hostile article
    optional via ``extra``; returns the ids the tests look for."""
    store = Store(path)
    d1 = Document(
        text="KHARKIV, March 3 (Wire) - A missile struck an apartment block in Kharkiv on "
             "Sunday, killing four people, the regional governor said.",
        title="Missile hits Kharkiv block", published=date(2024, 3, 4),
        url="https://news.example/kharkiv-strike")
    e1 = _ev(d1, "Shelling/artillery/missile attack", "Explosions/Remote violence",
             date(2024, 3, 3), spans={"location": "Kharkiv on", "fatalities": "four people",
                                      "sub_event_type": "missile struck"},
             actor1="Military Forces of Russia (2000-)", country="Ukraine", country_code="UA",
             admin1="Kharkiv", location="Kharkiv", latitude=49.99, longitude=36.23,
             geo_precision=1, fatalities=4)
    d2 = Document(
        text="Four civilians died when a missile hit a residential building in Kharkiv on "
             "March 3, emergency services reported.",
        title="Kharkiv toll", published=date(2024, 3, 4), url="https://other.example/kh")
    e2 = _ev(d2, "Shelling/artillery/missile attack", "Explosions/Remote violence",
             date(2024, 3, 3), spans={"location": "Kharkiv", "fatalities": "Four civilians"},
             actor1="Military Forces of Russia (2000-)", country="Ukraine", country_code="UA",
             admin1="Kharkiv", location="Kharkiv", latitude=49.99, longitude=36.23,
             geo_precision=1, fatalities=4)
    d3 = Document(
        text="PARIS, Jan 26 - Farmers drove tractors to the Paris ring road on Friday to "
             "protest against fuel taxes. Elsewhere, teachers marched in Lyon the same day.",
        title="Farmers block Paris", published=date(2024, 1, 26),
        url="https://news.example/paris-farmers")
    e3 = _ev(d3, "Peaceful protest", "Protests", date(2024, 1, 26),
             spans={"location": "Paris ring road", "actor1": "Farmers"},
             actor1="Protesters (France)", assoc_actor_1="Farmers (France)", country="France",
             country_code="FR", location="Paris", latitude=48.86, longitude=2.35,
             geo_precision=1)
    e4 = _ev(d3, "Peaceful protest", "Protests", date(2024, 1, 26),
             spans={"location": "Lyon", "actor1": "teachers"},
             actor1="Protesters (France)", assoc_actor_1="Teachers (France)", country="France",
             country_code="FR", location="Lyon", latitude=45.76, longitude=4.84,
             geo_precision=1)
    d4 = Document(
        text="BAMAKO - Suspected jihadists ambushed an army convoy near Ansongo on Tuesday, "
             "local sources said.", title="Ambush near Ansongo", published=date(2024, 2, 14),
        url="https://wire.example/ansongo")
    e5 = _ev(d4, "Armed clash", "Battles", date(2024, 2, 13),
             spans={"location": "Ansongo", "actor1": "jihadists"},
             actor1="JNIM: Group for Support of Islam and Muslims", actor2="Military Forces of Mali",
             country="Mali", country_code="ML", location="Ansongo", latitude=15.66,
             longitude=0.5, geo_precision=2)
    d5 = Document(
        text="SUVA - Police arrested six men after a brawl outside a nightclub in Labasa, "
             "a spokesman said on Monday.", title="Arrests in Labasa",
        published=date(2024, 4, 2), url="https://island.example/labasa")
    e6 = _ev(d5, "Arrests", "Strategic developments", date(2024, 4, 1),
             spans={"location": "Labasa"}, actor1="Police Forces of Fiji", country="Fiji",
             country_code="FJ", location="Labasa", latitude=-16.43, longitude=179.38,
             geo_precision=1)
    d6 = Document(text="Unrest was reported somewhere in the north; no place was named.",
                  title="Unplaced", published=date(2024, 2, 1))
    e7 = _ev(d6, "Mob violence", "Riots", date(2024, 2, 1), spans={}, country="Mali",
             country_code="ML", actor1="Rioters (Mali)")
    for doc, evs in [(d1, [e1]), (d2, [e2]), (d3, [e3, e4]), (d4, [e5]), (d5, [e6]),
                     (d6, [e7]), *extra]:
        store.add(doc, evs)
    kharkiv = store.query(country="UA")[0].event_id
    store.close()
    return {"kharkiv": kharkiv, "kharkiv_doc": d1.id, "paris_doc": d3.id}


def rule_extract(doc: Document) -> list[Event]:
    """A stand-in extractor: one protest per text that says 'protest', with its evidence."""
    i = doc.text.lower().find("protest")
    if i < 0:
        return []
    return [Event(event_type="Protests", sub_event_type="Peaceful protest",
                  event_date=doc.published, country="Kenya", country_code="KE",
                  location="Nairobi", latitude=-1.29, longitude=36.82, geo_precision=1,
                  evidence=[Evidence(field="sub_event_type", start=i, end=i + 7,
                                     text=doc.text[i:i + 7])])]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    db = tmp_path_factory.mktemp("server") / "events.db"
    return db, fill_store(db)


@pytest.fixture(scope="module")
def base(stored: tuple[Path, dict]) -> Iterator[str]:
    config = ServerConfig(token=TOKEN, extractor=rule_extract, max_body_bytes=20_000,
                          max_points=3, allowed_hosts=hosts_for("127.0.0.1"))
    with serve_in_background(create_app(str(stored[0]), config)) as url:
        yield url


@pytest.fixture()
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def _all_ids(client: httpx.Client, **params: object) -> list[str]:
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return [e["event_id"] for e in r.json()["events"]]


# -- reading -----------------------------------------------------------------------------
def test_page_and_security_headers(client: httpx.Client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/app.js", "/static/vendor/leaflet/leaflet.js",
                  "/static/vendor/world-110m.geojson", "/static/vendor/swagger-ui/swagger-ui-bundle.js"):
        assert client.get(asset).status_code == 200, asset


def test_pages_load_nothing_from_elsewhere(client: httpx.Client) -> None:
    import re

    for page in ("/", "/docs"):
        html = client.get(page).text
        refs = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert refs, page
        for ref in refs:
            assert ref.startswith(("/", "data:")), f"{page} loads {ref}"
    world = client.get("/static/vendor/world-110m.geojson").json()
    assert len(world["features"]) > 150


def test_events_pagination_is_stable_and_complete(client: httpx.Client) -> None:
    everything = _all_ids(client)
    assert len(everything) == 6  # the Kharkiv reports merged into one event
    pages = []
    for offset in range(0, 6, 2):
        body = client.get("/api/events", params={"limit": 2, "offset": offset}).json()
        assert body["total"] == 6 and body["limit"] == 2
        pages += [e["event_id"] for e in body["events"]]
    assert pages == everything


@pytest.mark.parametrize(("params", "expected"), [
    ({"country": "UA"}, 1), ({"country": "mali"}, 2), ({"type": "protests"}, 2),
    ({"type": "peaceful PROTEST"}, 2), ({"actor": "jnim"}, 1), ({"actor": "50%"}, 0),
    ({"since": "2024-02-01", "until": "2024-03-31"}, 3), ({"bbox": "20,40,40,55"}, 1),
    ({"bbox": "170,-30,-170,0"}, 1), ({"bbox": "-190,-30,-170,0"}, 1),
    ({"country": "FR", "type": "Battles"}, 0),
])
def test_events_filters(client: httpx.Client, params: dict, expected: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == expected == len(body["events"])


def test_free_text_searches_places_and_actors(client: httpx.Client) -> None:
    assert len(_all_ids(client, q="Lyon")) == 1
    assert len(_all_ids(client, q="protesters france")) == 2
    assert len(_all_ids(client, q="Lyon Paris")) == 0  # every word must match


def test_bad_filters_are_422(client: httpx.Client) -> None:
    for params in ({"type": "Picnic"}, {"bbox": "1,2,3"}, {"bbox": "0,10,5,0"},
                   {"since": "yesterday"}, {"limit": 0}, {"format": "xml"}):
        r = client.get("/api/events", params=params)
        assert r.status_code == 422, params
        assert "detail" in r.json()


def test_exports_follow_the_filters(client: httpx.Client) -> None:
    r = client.get("/api/events", params={"format": "csv", "country": "FR"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["location"] for row in rows} == {"Paris", "Lyon"}
    gj = client.get("/api/events", params={"format": "geojson"}).json()
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 6
    located = [f for f in gj["features"] if f["geometry"]]
    assert len(located) == 5
    paris = next(f for f in located if f["properties"]["location"] == "Paris")
    assert paris["geometry"]["coordinates"] == [2.35, 48.86]
    acled = client.get("/api/events", params={"format": "acled", "limit": 2}).text
    assert acled.splitlines()[0].startswith("event_id_cnty,event_date")
    assert len(acled.strip().splitlines()) == 3


def test_event_detail_has_evidence_sources_and_reports(client: httpx.Client,
                                                       stored: tuple[Path, dict]) -> None:
    ids = stored[1]
    body = client.get(f"/api/events/{ids['kharkiv']}").json()
    ev = body["event"]
    assert ev["fatalities"] == 4 and ev["location"] == "Kharkiv"
    assert sorted(ev["sources"]) == ["https://news.example/kharkiv-strike",
                                     "https://other.example/kh"]
    assert len(body["reports"]) == 2
    docs = body["documents"]
    assert {d["title"] for d in docs.values()} == {"Missile hits Kharkiv block", "Kharkiv toll"}
    doc = client.get(f"/api/documents/{ev['document_id']}").json()
    assert ids["kharkiv"] in doc["events"]
    for span in ev["evidence"]:
        assert doc["text"][span["start"]:span["end"]] == span["text"]
    for report in body["reports"]:
        text = client.get(f"/api/documents/{report['document_id']}").json()["text"]
        assert all(text[s["start"]:s["end"]] == s["text"] for s in report["evidence"])


def test_missing_things_are_404(client: httpx.Client) -> None:
    assert client.get("/api/events/no-such-event").status_code == 404
    assert client.get("/api/documents/0000000000000000").status_code == 404


def test_clusters_group_when_dense_and_count_everything(client: httpx.Client) -> None:
    world = client.get("/api/clusters", params={"bbox": "-180,-85,180,85", "zoom": 0}).json()
    assert world["mode"] == "clusters" and world["total"] == 5  # max_points = 3
    assert sum(c["count"] for c in world["clusters"]) == 5
    for c in world["clusters"]:
        w, s, e, n = c["bounds"]
        assert w <= c["lon"] <= e and s <= c["lat"] <= n
        assert sum(c["types"].values()) == c["count"] and c["event_type"] in c["types"]
        assert (c["event_id"] is not None) == (c["count"] == 1)
    france = client.get("/api/clusters", params={"bbox": "-5,42,9,51", "zoom": 6}).json()
    assert france["mode"] == "points" and {p["location"] for p in france["points"]} == \
        {"Paris", "Lyon"}
    protests = client.get("/api/clusters", params={"bbox": "-180,-85,180,85", "zoom": 0,
                                                   "type": "Protests"}).json()
    assert protests["total"] == 2 and protests["mode"] == "points"


def test_clusters_split_as_zoom_grows(client: httpx.Client) -> None:
    bbox = {"bbox": "-10,10,50,60", "country": "", "type": ""}
    coarse = client.get("/api/clusters", params={**bbox, "zoom": 1}).json()
    fine = client.get("/api/clusters", params={**bbox, "zoom": 9}).json()
    assert coarse["total"] == fine["total"] == 4 and coarse["mode"] == "clusters"
    assert len(fine["clusters"]) == 4 > len(coarse["clusters"])


def test_timeline_counts_per_day(client: httpx.Client) -> None:
    days = client.get("/api/timeline").json()["days"]
    assert [d["date"] for d in days] == sorted(d["date"] for d in days)
    assert sum(d["count"] for d in days) == 6
    assert {"date": "2024-01-26", "count": 2} in days
    mali = client.get("/api/timeline", params={"country": "ML"}).json()["days"]
    assert [d["date"] for d in mali] == ["2024-02-01", "2024-02-13"]


def test_openapi_and_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}",
                 "/api/clusters", "/api/timeline", "/api/extract", "/api/ingest"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 200


# -- writing -----------------------------------------------------------------------------
def test_extract_returns_events_and_stores_nothing(client: httpx.Client) -> None:
    before = client.get("/api/events").json()["total"]
    text = "NAIROBI - Hundreds of students gathered to protest tuition fees on Monday."
    r = client.post("/api/extract", json={"text": text, "published": "2024-05-06"})
    assert r.status_code == 200, r.text
    (ev,) = r.json()["events"]
    span = ev["evidence"][0]
    assert text[span["start"]:span["end"]] == "protest" and ev["event_date"] == "2024-05-06"
    assert client.post("/api/extract", json={"text": "Markets were calm."}).json()["events"] == []
    assert client.get("/api/events").json()["total"] == before
    assert client.post("/api/extract", json={"title": "no text"}).status_code == 422


def test_ingest_needs_the_token(client: httpx.Client) -> None:
    body = {"documents": [{"text": "Dockers went on protest strike in Mombasa."}]}
    r = client.post("/api/ingest", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong-token!"})
    assert r.status_code == 403
    r = client.post("/api/ingest", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401


def test_ingest_stores_texts_once(client: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"documents": [{"text": "Nurses staged a protest outside Kenyatta hospital.",
                           "published": "2024-06-03", "title": "Nurses protest"}]}
    before = client.get("/api/events", params={"country": "KE"}).json()["total"]
    first = client.post("/api/ingest", json=body, headers=auth).json()
    assert (first["read"], first["new"], first["skipped"]) == (1, 1, 0)
    again = client.post("/api/ingest", json=body, headers=auth).json()
    assert (again["new"], again["skipped"]) == (0, 1)
    after = client.get("/api/events", params={"country": "KE"}).json()
    assert after["total"] == before + 1


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/feed.xml", "http://localhost/", "http://10.1.2.3/a",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://0.0.0.0/",
    "http://192.168.0.10/", "ftp://news.example/x", "file:///etc/passwd",
])
def test_ingest_refuses_private_and_odd_urls(client: httpx.Client, url: str) -> None:
    r = client.post("/api/ingest", json={"urls": [url]},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400, r.text
    assert url.split("/")[2].split(":")[0].strip("[]") in r.json()["detail"] or \
        "http(s)" in r.json()["detail"]


def test_body_size_limit(client: httpx.Client) -> None:
    big = {"text": "protest " * 5000}
    assert client.post("/api/extract", json=big).status_code == 413

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"protest " * 100
        yield b'"}'

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_cors_is_off_and_host_is_checked(client: httpx.Client) -> None:
    r = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = client.options("/api/ingest", headers={"Origin": "https://evil.example",
                                                 "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers
    assert client.get("/api/health", headers={"Host": "rebind.evil.example"}).status_code == 400


def test_cors_when_configured_and_no_token_means_no_writes(stored: tuple[Path, dict]) -> None:
    config = ServerConfig(cors_origins=("https://analyst.example",))
    with serve_in_background(create_app(str(stored[0]), config)) as url, \
            httpx.Client(base_url=url) as c:
        ok = c.get("/api/events", headers={"Origin": "https://analyst.example"})
        assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
        other = c.get("/api/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        r = c.post("/api/ingest", json={"documents": [{"text": "x"}]},
                   headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403 and "disabled" in r.json()["detail"]


# -- address checks ----------------------------------------------------------------------
@pytest.mark.parametrize(("addr", "public"), [
    ("93.184.216.34", True), ("2606:2800:220:1:248:1893:25c8:1946", True),
    ("127.0.0.1", False), ("10.0.0.8", False), ("172.16.5.4", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("::1", False), ("fe80::1", False),
    ("fc00::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
])
def test_is_public_address(addr: str, public: bool) -> None:
    assert is_public_address(addr) is public


def test_check_public_url_refuses_any_private_answer() -> None:
    answers = {"good.example": ["93.184.216.34"], "sneaky.example": ["93.184.216.34", "10.0.0.5"],
               "inside.example": ["192.168.3.3"]}
    check_public_url("https://good.example/a", answers.__getitem__)
    for host in ("sneaky.example", "inside.example"):
        with pytest.raises(InputError, match="non-public"):
            check_public_url(f"https://{host}/a", answers.__getitem__)


def test_transport_rechecks_every_request() -> None:
    transport = PublicOnlyTransport()
    with httpx.Client(transport=transport) as c, pytest.raises(httpx.ConnectError,
                                                                match="non-public"):
        c.get("http://127.0.0.1:9/redirected-here")


# -- the command ---------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_command(stored: tuple[Path, dict]) -> None:
    port = _free_port()
    env = {**os.environ, "MY_SERVE_TOKEN": TOKEN}
    cmd = [sys.executable, "-c", "from polemos.cli.serve import serve_cmd; serve_cmd()",
           "--db", str(stored[0]), "--port", str(port), "--token-env", "MY_SERVE_TOKEN"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "polemos serve did not start"
            time.sleep(0.2)
        assert httpx.get(f"{base}/api/events").json()["total"] >= 6
        r = httpx.post(f"{base}/api/ingest", json={"urls": ["http://127.0.0.1/"]})
        assert r.status_code == 401
        r = httpx.post(f"{base}/api/ingest", json={"urls": ["http://127.0.0.1/"]},
                       headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 400
    finally:
        proc.terminate()
        proc.wait(10)


def test_extract_with_the_real_pipeline(stored: tuple[Path, dict]) -> None:
    try:
        import polemos

        polemos.extract("Gunmen killed two villagers in Djibo on Sunday.", published="2024-03-12")
    except Exception as exc:  # the pipeline is still being built by others
        pytest.skip(f"the extraction pipeline does not run yet: {type(exc).__name__}: {exc}")
    text = "Gunmen killed two villagers in Djibo on Sunday, residents said."
    with serve_in_background(create_app(str(stored[0]), ServerConfig())) as url:
        before = httpx.get(f"{url}/api/events").json()["total"]
        r = httpx.post(f"{url}/api/extract", json={"text": text, "published": "2024-03-12"},
                       timeout=120)
        assert httpx.get(f"{url}/api/events").json()["total"] == before
    assert r.status_code == 200, r.text
    events = r.json()["events"]
    assert events  # the classifier's accuracy is measured elsewhere; here: served, not stored
    for span in events[0]["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    json.dumps(events)


def test_map_queries_on_postgresql(pg_url: str) -> None:
    """The clusters, timeline and free-text SQL also run on PostgreSQL (floor, ILIKE)."""
    from sqlalchemy import create_engine, text

    from polemos.store import resolve_url

    engine = create_engine(resolve_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS reports, events, documents, alembic_version"))
    engine.dispose()
    fill_store(pg_url)
    with serve_in_background(create_app(pg_url, ServerConfig(max_points=3))) as url, \
            httpx.Client(base_url=url) as c:
        assert c.get("/api/events").json()["total"] == 6
        assert c.get("/api/events", params={"q": "protesters france"}).json()["total"] == 2
        assert c.get("/api/events", params={"actor": "50%"}).json()["total"] == 0
        assert c.get("/api/events", params={"country": "mali"}).json()["total"] == 2
        world = c.get("/api/clusters", params={"bbox": "-180,-85,180,85", "zoom": 0}).json()
        assert world["mode"] == "clusters" and sum(x["count"] for x in world["clusters"]) == 5
        fine = c.get("/api/clusters", params={"bbox": "-10,10,50,60", "zoom": 9}).json()
        assert len(fine["clusters"]) == 4
        days = c.get("/api/timeline").json()["days"]
        assert sum(d["count"] for d in days) == 6
