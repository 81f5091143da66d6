"""read_source on files, directories, JSON lines, stdin, a local web page and a local feed."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from polemos.errors import InputError
from polemos.fetch import Fetcher
from polemos.ingest import html_to_document, parse_date, read_documents, read_source
from polemos.schema import Document

LEAD = "Security forces dispersed hundreds of protesters outside the parliament on Tuesday, witnesses said."
ARTICLE = f"""<!DOCTYPE html><html lang="en"><head><title>Protest dispersed in the capital</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Protest dispersed in the capital</h1>
<p>{LEAD}</p>
<p>Police fired tear gas and arrested at least twelve people, a rights group said in a statement.</p>
<p>The demonstrators were demanding the release of detained opposition leaders.</p></article>
<footer>Copyright 2024 An Example Newspaper. All rights reserved.</footer></body></html>"""


def _docs(items: list[Document | InputError]) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def _errors(items: list[Document | InputError]) -> list[str]:
    return [str(e) for e in items if isinstance(e, InputError)]


def test_text_file_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(LEAD + "\r\nSecond line.\r\n", encoding="utf-8")
    [doc] = list(read_source(str(path), published=date(2024, 3, 5), lang="en-GB"))
    assert isinstance(doc, Document)
    assert doc.text.startswith(LEAD + "\nSecond line.")
    assert doc.published == date(2024, 3, 5) and doc.language == "en"
    assert doc.source == str(path) and len(doc.id) == 16


def test_bad_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1_empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "2_binary.txt").write_bytes(b"\x7fELF\x00\x00\x01garbage")
    (tmp_path / "3_big.txt").write_text("word " * 400, encoding="utf-8")
    (tmp_path / "4_good.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "5_image.png").write_bytes(b"\x89PNG")  # not a kind read from directories
    items = list(read_source(str(tmp_path), max_bytes=1000))
    errors = _errors(items)
    assert [e.split(": ", 1)[1] for e in errors] == [
        "empty", "binary file (NUL bytes)", "too large (2.0 kB > 1 kB limit)",
    ]
    assert all(e.startswith(str(tmp_path)) and "\n" not in e for e in errors)
    assert [d.text for d in _docs(items)] == [LEAD]


def test_legacy_encodings_decoded_when_confident(tmp_path: Path) -> None:
    french = "Des manifestants ont été dispersés à Bamako mercredi, a déclaré le préfet de police."
    russian = "Демонстранты собрались в центре города в среду, сообщила полиция региона."
    (tmp_path / "fr.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    assert [d.text for d in _docs(list(read_source(str(tmp_path))))] == [french, russian]


def test_undecodable_bytes_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 3)
    [err] = list(read_source(str(path)))
    assert isinstance(err, InputError) and "not UTF-8" in str(err)


def test_jsonl_lines_and_errors(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": LEAD, "title": "Protest", "published": "2024-03-05T10:00:00Z",
                    "url": "https://news.example.org/a", "lang": "en", "id": 7}),
        '{"text": "Broken", oops}',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Clashes in Goma.", "spans": [[12, 16]], "published": "05/03/2024"}),
        json.dumps({"text": "Clashes in Goma.", "spans": [[12, 99]]}),
        json.dumps({"text": "x", "published": "not a date at all"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_source(str(path), lang="fr"))
    first, goma, undated = _docs(items)
    assert undated.text == "x" and undated.published is None  # a bad date loses nothing
    assert "batch.jsonl:8: bad 'published' date ignored" in caplog.text
    assert (first.id, first.title, first.url, first.language) == ("7", "Protest", "https://news.example.org/a", "en")
    assert first.published == date(2024, 3, 5) and first.source == f"{path}:1"
    assert goma.spans == [(12, 16)] and goma.language == "fr" and goma.published == date(2024, 3, 5)
    assert goma.id and goma.id != first.id
    errors = _errors(items)
    assert [e.split(":")[1] for e in errors] == ["2", "4", "5", "7"]
    assert "invalid JSON" in errors[0] and "expected a JSON object" in errors[1]


def test_jsonl_line_over_the_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = json.dumps({"text": "word " * 500})
    path.write_text(f"{big}\n{json.dumps({'text': LEAD})}\n", encoding="utf-8")
    items = list(read_source(str(path), max_bytes=1000))
    assert "big.jsonl:1: too large" in _errors(items)[0]
    assert [d.text for d in _docs(items)] == [LEAD]


def test_json_array_and_sniffed_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"text": "One."}, {"text": ""}]), "utf-8")
    (tmp_path / "page.dat").write_text(ARTICLE, encoding="utf-8")
    items = list(read_source(str(tmp_path / "list.json")))
    assert [d.text for d in _docs(items)] == ["One."] and "list.json[1]: empty text" in _errors(items)[0]
    [page] = list(read_source(str(tmp_path / "page.dat")))  # a named file of any suffix is sniffed
    assert isinstance(page, Document) and LEAD in page.text and "<p>" not in page.text


def test_html_main_text_title_and_date() -> None:
    doc = html_to_document(ARTICLE, url="https://news.example.org/p")
    assert doc.text.startswith(LEAD)  # headline kept in `title`, not repeated
    assert "Copyright" not in doc.text and "Sport" not in doc.text
    assert doc.title == "Protest dispersed in the capital"
    assert doc.published == date(2024, 3, 5)
    assert html_to_document(ARTICLE, lang="en").language == "en"  # else analyse detects it
    with pytest.raises(InputError, match="no main text"):
        html_to_document("<html><body><script>var x = 1;</script></body></html>", source="x.html")


def test_stdin_jsonl_and_text() -> None:
    stream = io.BytesIO(b'{"text": "First report."}\n{"bad json\n{"text": "Second report."}\n')
    items = list(read_source("-", stdin=stream))
    assert [d.text for d in _docs(items)] == ["First report.", "Second report."]
    assert _errors(items)[0].startswith("<stdin>:2: invalid JSON")
    [doc] = list(read_source("-", stdin=io.BytesIO(LEAD.encode())))
    assert isinstance(doc, Document) and doc.text == LEAD and doc.source == "<stdin>"


def test_read_documents_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LEAD, encoding="utf-8")
    items = list(read_documents([str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")]))
    assert "no such file" in str(items[0]) and isinstance(items[1], Document)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-03-05", date(2024, 3, 5)), ("2024-03-05T23:10:00Z", date(2024, 3, 5)),
     ("Tue, 05 Mar 2024 10:00:00 GMT", date(2024, 3, 5)), ("05.03.2024", date(2024, 3, 5)),
     (None, None)],
)
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


# -- URLs and feeds, served from 127.0.0.1 ----------------------------------------------------


class _Site(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        routes = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/story.html": ("text/html; charset=utf-8", ARTICLE),
            "/private/story.html": ("text/html", ARTICLE),
            "/plain.txt": ("text/plain; charset=utf-8", LEAD),
            "/feed.xml": ("application/rss+xml", _feed(self.base)),
        }
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _feed(base: str) -> str:
    item = "<item><title>{t}</title><link>{base}{p}</link><pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate></item>"
    items = "".join(item.format(t=t, base=base, p=p) for t, p in
                    [("Story", "/story.html"), ("Hidden", "/private/story.html"), ("Gone", "/gone.html")])
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    httpd.daemon_threads = True
    _Site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield _Site.base
    httpd.shutdown()
    httpd.server_close()


def test_url_page_and_plain_text(site: str) -> None:
    with Fetcher(per_host_interval=0, backoff=0, retries=0) as fetcher:
        [page] = list(read_source(site + "/story.html", fetcher=fetcher))
        [plain] = list(read_source(site + "/plain.txt", fetcher=fetcher, lang="en"))
        [missing] = list(read_source(site + "/nothing", fetcher=fetcher))
    assert isinstance(page, Document) and page.text.startswith(LEAD)
    assert page.url == site + "/story.html" and page.published == date(2024, 3, 5)
    assert isinstance(plain, Document) and plain.text == LEAD and plain.language == "en"
    assert isinstance(missing, InputError) and "HTTP 404" in str(missing)


def test_feed_gives_one_document_per_item(site: str) -> None:
    with Fetcher(per_host_interval=0, backoff=0, retries=0) as fetcher:
        items = list(read_source(site + "/feed.xml", fetcher=fetcher))
    [doc] = _docs(items)
    assert doc.text.startswith(LEAD) and doc.source == site + "/feed.xml"
    errors = _errors(items)
    assert len(errors) == 2 and "robots.txt" in errors[0] and "HTTP 404" in errors[1]


def test_local_feed_file_uses_item_summaries(tmp_path: Path) -> None:
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item>'
           "<title>Clashes</title><description>&lt;p&gt;Two soldiers were killed in clashes "
           "on Sunday.&lt;/p&gt;</description><pubDate>Sun, 03 Mar 2024 08:00:00 GMT</pubDate>"
           "</item></channel></rss>")
    path = tmp_path / "feed.rss"
    path.write_text(rss, encoding="utf-8")
    [doc] = list(read_source(str(path)))
    assert isinstance(doc, Document)
    assert doc.text == "Two soldiers were killed in clashes on Sunday."
    assert doc.title == "Clashes" and doc.published == date(2024, 3, 3)
