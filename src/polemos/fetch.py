"""Polite HTTP fetching of pages and feeds: robots.txt, rate limits, retries, size and type checks.

Used by ``polemos.ingest`` for URLs and feeds and by the event store for ``polemos ingest/watch``.
Every failure raises :class:`polemos.errors.FetchError` with a one-line message naming the URL.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from polemos.errors import ConfigError, FetchError

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchResult",
    "Fetcher",
    "canonical_url",
    "human_size",
]

DEFAULT_USER_AGENT = "polemos/0.1 (research event coder)"
ROBOTS_AGENT = "polemos"  # the product token robots.txt rules are matched against

# Content types polemos can read; anything else (images, PDFs, archives) is refused.
ACCEPTED_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/json",
        "application/feed+json",
        "application/x-ndjson",
        "application/jsonl",
        "application/ld+json",
    }
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Query parameters that only track the reader and never select content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid",
        "ncid", "sr_share", "twclid", "ttclid", "li_fat_id", "vero_id", "oly_anon_id",
        "oly_enc_id", "rb_clickid", "s_cid", "at_medium", "at_campaign", "ref_src", "ref_url",
        "spm", "share", "smid", "utm",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_")


def canonical_url(url: str) -> str:
    """One spelling per page, for deduplication: lower-case scheme and host, no default port,
    no fragment, no tracking parameters (utm_*, fbclid, gclid, ...), remaining query sorted."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += f":{parts.password}"
        host = f"{userinfo}@{host}"
    path = parts.path or ("/" if host else "")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


@dataclass(frozen=True)
class FetchResult:
    """What one successful GET returned, after redirects."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str  # media type without parameters, lower case ("" if the server sent none)
    content: bytes
    encoding: str | None  # the charset the server declared, if any

    def text(self) -> str:
        """The body decoded with the declared charset, else UTF-8 (replacing bad bytes)."""
        if self.encoding:
            try:
                return self.content.decode(self.encoding, errors="replace")
            except LookupError:
                pass
        return self.content.decode("utf-8", errors="replace")


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


class Fetcher:
    """A polite HTTP client: one per crawl, reused for all requests (keeps robots and rate state).

    ``max_bytes`` caps a body (checked on Content-Length and while streaming); ``retries`` is the
    number of extra tries on 429/5xx and connection errors, waiting ``backoff * 2**n`` seconds
    (or the server's Retry-After, capped at ``max_backoff``); ``per_host_interval`` is the least
    time between two requests to one host (robots.txt Crawl-delay can raise it).
    """

    def __init__(
        self,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 20.0,
        max_bytes: int = 20_000_000,
        retries: int = 3,
        backoff: float = 1.0,
        per_host_interval: float = 1.0,
        respect_robots: bool = True,
        max_redirects: int = 5,
        max_backoff: float = 60.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if timeout <= 0 or max_bytes <= 0 or retries < 0 or backoff < 0 or per_host_interval < 0:
            raise ConfigError(
                "Fetcher: timeout and max_bytes must be > 0; retries, backoff and "
                "per_host_interval must be >= 0"
            )
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.per_host_interval = per_host_interval
        self.respect_robots = respect_robots
        self.max_redirects = max_redirects
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._client = httpx.Client(
            headers={
                "User-Agent": user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                "application/rss+xml,application/atom+xml,text/plain;q=0.8,"
                "application/json;q=0.8,*/*;q=0.1",
            },
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_errors: dict[str, str] = {}  # host -> why its robots.txt was unreachable
        self._last_request: dict[str, float] = {}
        self._crawl_delays: dict[str, float] = {}
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close the underlying connection pool."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ------------------------------------------------------------------------------
    def get(self, url: str) -> FetchResult:
        """GET ``url`` politely, following redirects; raise FetchError on any failure."""
        current = url
        for _hop in range(self.max_redirects + 1):
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https") or not urlsplit(current).hostname:
                raise FetchError(f"not an http(s) URL: {current!r}", where=url)
            if self.respect_robots and not self.allowed(current):
                unreachable = self._robots_errors.get(_host_key(current))
                if unreachable:  # the host did not answer: say so, not "disallowed"
                    raise FetchError(unreachable, where=url)
                raise FetchError(f"disallowed by robots.txt ({current})", where=url)
            status, headers, content = self._request(current, where=url)
            if status in REDIRECT_STATUSES and "location" in headers:
                current = urljoin(current, headers["location"])
                continue
            if status >= 400:
                tries = f" ({self.retries + 1} tries)" if status in RETRY_STATUSES and self.retries else ""
                raise FetchError(f"HTTP {status} {_reason(status)}{tries}", where=url)
            ctype, charset = _parse_content_type(headers.get("content-type", ""))
            return FetchResult(url, current, status, ctype, content, charset)
        raise FetchError(f"too many redirects (> {self.max_redirects})", where=url)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets polemos fetch it (cached per host)."""
        key = _host_key(url)
        if key not in self._robots:
            self._robots[key] = self._load_robots(key)
        parser = self._robots[key]
        return True if parser is None else parser.can_fetch(ROBOTS_AGENT, url)

    # -- internals ---------------------------------------------------------------------------
    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """robots.txt of a host; None when there is none (404 etc.: all allowed).

        As RFC 9309 asks, 401/403 and an unreachable file (5xx, network error) mean
        "disallow everything".
        """
        robots_url = f"{host}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            status, _headers, content = self._request(robots_url, where=robots_url, check_type=False)
        except FetchError as exc:
            self._robots_errors[host] = str(exc).removeprefix(f"{robots_url}: ")
            parser.disallow_all = True
            return parser
        if status in (401, 403) or status >= 500:
            parser.disallow_all = True
            return parser
        if status >= 400 or status in REDIRECT_STATUSES:
            return None
        parser.parse(content.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._crawl_delays[host] = float(delay)
        return parser

    def _wait_turn(self, url: str) -> None:
        """Sleep until this host may be asked again (per-host rate limit)."""
        key = _host_key(url)
        interval = max(self.per_host_interval, self._crawl_delays.get(key, 0.0))
        with self._lock:
            last = self._last_request.get(key)
            now = time.monotonic()
            wait = 0.0 if last is None else last + interval - now
            self._last_request[key] = now + max(wait, 0.0)
        if wait > 0:
            self._sleep(wait)

    def _request(
        self, url: str, *, where: str, check_type: bool = True
    ) -> tuple[int, dict[str, str], bytes]:
        """One GET with retries; returns status, lower-cased headers and the (capped) body."""
        last_error = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self._sleep(min(self.backoff * 2 ** (attempt - 1), self.max_backoff))
            self._wait_turn(url)
            try:
                status, headers, content = self._stream(url, where=where, check_type=check_type)
            except httpx.TimeoutException:
                last_error = f"timed out after {self.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                last_error = f"connection failed ({type(exc).__name__}: {_one_line(exc)})"
                continue
            if status in RETRY_STATUSES and attempt < self.retries:
                wait = _retry_after(headers.get("retry-after"))
                if wait:
                    self._sleep(min(wait, self.max_backoff))
                last_error = f"HTTP {status} {_reason(status)}"
                continue
            return status, headers, content
        tries = self.retries + 1
        raise FetchError(f"{last_error} ({tries} {'try' if tries == 1 else 'tries'})", where=where)

    def _stream(
        self, url: str, *, where: str, check_type: bool
    ) -> tuple[int, dict[str, str], bytes]:
        with self._client.stream("GET", url) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            status = response.status_code
            if status >= 300:
                return status, headers, b""
            if check_type:
                ctype, _ = _parse_content_type(headers.get("content-type", ""))
                if ctype and ctype not in ACCEPTED_TYPES and not ctype.endswith(("+xml", "+json")):
                    raise FetchError(f"unsupported content type {ctype!r}", where=where)
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(_too_large(int(declared), self.max_bytes), where=where)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(_too_large(size, self.max_bytes, partial=True), where=where)
                chunks.append(chunk)
            return status, headers, b"".join(chunks)


def human_size(n: int, digits: int = 1) -> str:
    """52000000 -> '52.0 MB', 1500 -> '1.5 kB', 12 -> '12 bytes' (for one-line messages)."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            value = n / scale
            return f"{value:.{digits}f} {unit}" if digits else f"{value:g} {unit}"
    return f"{n} bytes"


def _too_large(size: int, limit: int, partial: bool = False) -> str:
    more = "more than " if partial else ""
    return f"too large ({more}{human_size(size)} > {human_size(limit, 0)} limit)"


def _parse_content_type(value: str) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset=UTF-8'."""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
