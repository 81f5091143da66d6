"""The web map in a real browser: Playwright (Python) driving Debian's Chromium.

Every request that leaves the test server is aborted and recorded, so "loads offline" is
checked, not assumed. A hostile article (script and onerror markup in its title, text and
fields) must be shown as text and never run. Screenshots go to test-artifacts/.
Skips where /usr/bin/chromium or playwright is missing, unless $CI is set (then fails).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    _unavailable("playwright is not installed")
if not os.path.exists(CHROMIUM):
    _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")

from polemos.schema import Document  # noqa: E402
from polemos.server import ServerConfig, create_app  # noqa: E402
from polemos.server.app import serve_in_background  # noqa: E402
from test_server import _ev, fill_store  # noqa: E402

HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Breaking: clashes'
HOSTILE_TEXT = ("GAO - Clashes broke out <script>window.__pwned=2</script> near the market "
                'of Gao on Monday <img src=x onerror="window.__pwned=3"> as rival militias '
                "fought, witnesses said.")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _hostile() -> tuple[Document, list]:
    doc = Document(text=HOSTILE_TEXT, title=HOSTILE_TITLE, published=date(2024, 2, 20),
                   url="javascript:window.__pwned=5")
    ev = _ev(doc, "Armed clash", "Battles", date(2024, 2, 19),
             spans={"sub_event_type": "Clashes broke out <script>window.__pwned=2</script>",
                    "location": "Gao", "actor1": '<img src=x onerror="window.__pwned=3">'},
             actor1='<img src=x onerror="window.__pwned=4">Militia', country="Mali",
             country_code="ML", location="<b onmouseover=alert(1)>Gao</b>", latitude=16.27,
             longitude=-0.04, geo_precision=1)
    return doc, [ev]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("web") / "events.db"
    ids = fill_store(db, extra=[_hostile()])
    with serve_in_background(create_app(str(db), ServerConfig())) as url:
        yield {"url": url, "db": db, **ids}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Browser, site: dict[str, Any]) -> Iterator[Page]:
    """A fresh page; requests off the test server are aborted and listed in page.outside."""
    ctx = browser.new_context(viewport={"width": 1300, "height": 850})
    pg = ctx.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(site["url"]) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.outside, pg.errors = outside, errors  # type: ignore[attr-defined]
    pg.goto(site["url"] + "/")
    pg.wait_for_selector("body[data-basemap=ready][data-map-total]", timeout=20_000)
    yield pg
    ctx.close()


def _markers(pg: Page) -> int:
    return pg.locator("path.ev-marker").count()


def _wait_total(pg: Page, total: int) -> None:
    # selectors, not wait_for_function: the page's CSP forbids the eval that one needs
    pg.wait_for_selector(f'body[data-map-total="{total}"]', state="attached", timeout=10_000)


def test_page_loads_offline_with_outlines_and_markers(page: Page) -> None:
    _wait_total(page, 6)  # six located events (Kharkiv merged), one without coordinates
    assert _markers(page) == 6
    outlines = page.locator(".leaflet-overlay-pane path:not(.ev-marker)").count()
    assert outlines > 150  # Natural Earth 110m countries
    assert page.outside == [], page.outside  # type: ignore[attr-defined]
    assert page.errors == [], page.errors  # type: ignore[attr-defined]
    page.wait_for_selector("#timeline rect.bar", state="attached")
    assert page.locator("#timeline rect.bar").count() == 6  # six dated days
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-map.png"))


def test_click_shows_evidence_highlighted(page: Page, site: dict[str, Any]) -> None:
    page.locator(f'path.ev-marker[data-event-id="{site["kharkiv"]}"]').dispatch_event("click")
    page.wait_for_selector("#d-article mark.evidence")
    marks = page.locator("#d-article mark.evidence")
    texts = {marks.nth(i).text_content() for i in range(marks.count())}
    assert {"Kharkiv on", "four people", "missile struck"} <= texts
    article = page.locator("#d-article").text_content()
    assert article.startswith("KHARKIV, March 3") and "regional governor" in article
    page.locator('#d-fields tr[data-field="fatalities"] td.has-evidence').click()
    assert page.locator("#d-article mark.evidence.focus").text_content() == "four people"
    assert page.locator("#d-reports > li").count() == 2
    links = page.locator("#d-sources a")
    assert links.count() == 2
    for i in range(2):
        assert links.nth(i).get_attribute("href").startswith("https://")
        assert "noopener" in links.nth(i).get_attribute("rel")
    page.locator("#d-reports button").nth(1).click()
    expect(page.locator("#d-article")).to_contain_text("Four civilians died")
    assert page.locator("#d-article mark.evidence").first.text_content() == "Four civilians"
    page.screenshot(path=str(ARTIFACTS / "web-event.png"))


def test_hostile_article_is_shown_as_text_and_never_runs(page: Page) -> None:
    page.fill("#f-q", "Militia")
    page.click("#f-apply")
    expect(page.locator("#list-title")).to_have_text("1 event in view")
    page.locator("#event-list button").first.click()
    page.wait_for_selector("#d-article mark.evidence")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#panel img, #panel script, #panel b[onmouseover]").count() == 0
    assert "<script>window.__pwned=2</script>" in page.locator("#d-article").text_content()
    assert page.locator("#d-doc-title").text_content().startswith(HOSTILE_TITLE)
    assert page.locator("#d-doc-title a").count() == 0  # a javascript: URL is not a link
    marks = page.locator("#d-article mark.evidence")
    assert any("<script>" in (marks.nth(i).text_content() or "") for i in range(marks.count()))
    fields = page.locator("#d-fields").text_content()
    assert '<img src=x onerror="window.__pwned=4">Militia' in fields
    page.locator('path.ev-marker').first.hover()
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "web-hostile.png"))


def test_filters_change_what_is_shown(page: Page) -> None:
    _wait_total(page, 6)
    page.select_option("#f-type", "Protests")
    _wait_total(page, 2)
    assert _markers(page) == 2
    page.select_option("#f-type", "")
    page.fill("#f-country", "ML")
    page.click("#f-apply")
    _wait_total(page, 2)  # Ansongo and the hostile Gao event; the unplaced one has no point
    assert page.locator("#list-title").text_content().startswith("2 events")
    page.click("#f-reset")
    _wait_total(page, 6)
    href = page.get_attribute("#x-csv", "href")
    assert "format=csv" in href


def test_timeline_drag_filters_the_map(page: Page) -> None:
    _wait_total(page, 6)
    page.wait_for_selector("#timeline rect.bar", state="attached")
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + 30
    # the days run from 2024-01-26 to 2024-04-01: drag over the first half (Jan-Feb)
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    expect(page.locator("#f-since")).not_to_have_value("")
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since <= "2024-01-26" and "2024-02-13" <= until < "2024-03-03"
    _wait_total(page, 4)  # Paris, Lyon, Ansongo, Gao
    assert page.locator("#timeline rect.bar.in").count() == 4  # Jan 26, Feb 1, 13, 19
    page.mouse.click(box["x"] + 50, y)  # a click clears the range
    _wait_total(page, 6)
    assert page.input_value("#f-since") == ""


def test_dense_views_show_clusters(browser: Browser, site: dict[str, Any]) -> None:
    with serve_in_background(create_app(str(site["db"]), ServerConfig(max_points=2))) as url:
        ctx = browser.new_context(viewport={"width": 1100, "height": 750})
        pg = ctx.new_page()
        pg.goto(url + "/")
        pg.wait_for_selector("body[data-map-mode=clusters]", timeout=20_000)
        counts = pg.locator(".ev-cluster .cluster").all_text_contents()
        assert sum(int(c) for c in counts) == 6 and _markers(pg) == 0
        zoom = int(pg.get_attribute("body", "data-zoom"))
        pg.locator(".ev-cluster").first.click()  # the biggest: zooms in on its events
        expect(pg.locator("body")).not_to_have_attribute("data-zoom", str(zoom))
        assert int(pg.get_attribute("body", "data-zoom")) > zoom
        ctx.close()


def test_api_docs_load_offline(page: Page, site: dict[str, Any]) -> None:
    page.goto(site["url"] + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() >= 9
    assert page.locator(".authorize").count() == 1  # the bearer token can be given here
    assert page.outside == [], page.outside  # type: ignore[attr-defined]
