"""Fetcher against a real HTTP server on 127.0.0.1 (no other address is ever contacted)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from polemos.errors import FetchError, InputError
from polemos.fetch import DEFAULT_USER_AGENT, Fetcher, canonical_url, human_size

PAGE = (
    b"<html><head><title>Clashes near the border</title></head><body><article>"
    b"<p>Fighting broke out near the border town on Sunday, officials said.</p></article>"
    b"</body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    hits: Counter[str] = Counter()
    agents: list[str] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              length: bool = True, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path
        self.hits[path] += 1
        self.agents.append(self.headers.get("User-Agent", ""))
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path in ("/page.html", "/private/page.html"):
            self._send(200, PAGE)
        elif path == "/flaky":
            self._send(500 if self.hits[path] == 1 else 200, PAGE)
        elif path == "/always500":
            self._send(503, b"down")
        elif path == "/missing":
            self._send(404, b"no")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif path == "/big-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"y" * 500)
            self.close_connection = True
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/redirect":
            self._send(302, b"", headers={"Location": "/page.html"})
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fetcher(**kw: object) -> Fetcher:
    opts: dict[str, object] = {"per_host_interval": 0.0, "backoff": 0.0, "timeout": 5.0}
    opts.update(kw)
    return Fetcher(**opts)  # type: ignore[arg-type]


def test_get_page_with_user_agent(server: str) -> None:
    with _fetcher() as f:
        result = f.get(server + "/page.html")
    assert result.status == 200
    assert result.content == PAGE
    assert result.content_type == "text/html"
    assert result.encoding == "utf-8"
    assert "Fighting broke out" in result.text()
    assert _Handler.agents[-1] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("polemos/")


def test_robots_disallow_is_honoured_and_cached(server: str) -> None:
    before = _Handler.hits["/robots.txt"]
    with _fetcher() as f:
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(server + "/private/page.html")
        f.get(server + "/page.html")
        assert _Handler.hits["/robots.txt"] == before + 1  # one robots.txt per host
    with _fetcher(respect_robots=False) as f:
        assert f.get(server + "/private/page.html").status == 200


def test_retry_after_500_then_success(server: str) -> None:
    with _fetcher(retries=2) as f:
        result = f.get(server + "/flaky")
    assert result.status == 200
    assert _Handler.hits["/flaky"] == 2


def test_backoff_is_exponential_and_error_is_one_line(server: str) -> None:
    waits: list[float] = []
    with _fetcher(retries=3, backoff=0.5, sleep=waits.append) as f:
        with pytest.raises(FetchError) as info:
            f.get(server + "/always500")
    assert waits == [0.5, 1.0, 2.0]
    message = str(info.value)
    assert "\n" not in message and "503" in message and "4 tries" in message
    assert message.startswith(server + "/always500: ")
    assert isinstance(info.value, InputError)


def test_client_errors_are_not_retried(server: str) -> None:
    before = _Handler.hits["/missing"]
    with _fetcher(retries=3) as f, pytest.raises(FetchError, match="HTTP 404"):
        f.get(server + "/missing")
    assert _Handler.hits["/missing"] == before + 1


def test_timeout(server: str) -> None:
    with _fetcher(timeout=0.3, retries=0) as f, pytest.raises(FetchError, match="timed out"):
        f.get(server + "/slow")


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_too_large_body(server: str, path: str) -> None:
    with _fetcher(max_bytes=1000) as f, pytest.raises(FetchError, match="too large"):
        f.get(server + path)
    with _fetcher(max_bytes=10_000) as f:
        assert len(f.get(server + path).content) == 5000


def test_wrong_content_type(server: str) -> None:
    with _fetcher() as f, pytest.raises(FetchError, match="image/png"):
        f.get(server + "/image.png")


def test_redirects_followed_with_a_limit(server: str) -> None:
    with _fetcher(max_redirects=3) as f:
        result = f.get(server + "/redirect")
        assert result.final_url == server + "/page.html"
        assert result.url == server + "/redirect"
        with pytest.raises(FetchError, match="too many redirects"):
            f.get(server + "/loop")


def test_per_host_rate_limit(server: str) -> None:
    waits: list[float] = []
    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with _fetcher(per_host_interval=0.5, sleep=sleep) as f:
        f.get(server + "/page.html")  # robots.txt, then the page: the page had to wait
        f.get(server + "/page.html")
    assert len(waits) >= 2 and all(0 < w <= 0.5 for w in waits)


def test_refused_connection_and_bad_scheme() -> None:
    with _fetcher(retries=1, respect_robots=False) as f:
        with pytest.raises(FetchError, match="connection failed"):
            f.get("http://127.0.0.1:9/nothing")  # port 9 (discard) is closed on loopback
        with pytest.raises(FetchError, match="not an http"):
            f.get("ftp://127.0.0.1/file")


def test_canonical_url() -> None:
    url = "HTTPS://News.Example.ORG:443/World/Story?utm_source=x&b=2&fbclid=abc&a=1&gclid=z#top"
    assert canonical_url(url) == "https://news.example.org/World/Story?a=1&b=2"
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("http://example.org:8080/a?utm_medium=m") == "http://example.org:8080/a"
    assert canonical_url(canonical_url(url)) == canonical_url(url)


def test_human_size() -> None:
    assert human_size(52_000_000) == "52.0 MB"
    assert human_size(20_000_000, 0) == "20 MB"
    assert human_size(12) == "12 bytes"
