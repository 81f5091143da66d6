"""The server's guards: bearer token, security headers, and the refusal
of private, loopback and link-local addresses for URLs the server is asked to fetch.

Article text is untrusted and so are URLs sent to POST /api/ingest: a URL that resolves to
127.0.0.1 or 169.254.169.254 would let any caller read the server's own network (SSRF).
"""

from __future__ import annotations

import hmac
import ipaddress
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
from fastapi import HTTPException, Request

from polemos.errors import InputError

Resolver = Callable[[str], list[str]]
ASGIApp = Callable[..., Any]


# -- tokens -------------------------------------------------------------------------------
def check_token(request: Request, expected: str | None) -> None:
    """Raise 401 without a bearer token, 403 with a wrong one or when no token is configured."""
    if expected is None:
        raise HTTPException(403, "write endpoints are disabled: start the server with a token "
                                 "(--token-env VAR, default POLEMOS_TOKEN)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "this endpoint needs 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(403, "wrong token")


# -- addresses ----------------------------------------------------------------------------
def system_resolver(host: str) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), as text."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"cannot resolve host {host!r}: {exc}") from exc
    return sorted({str(info[4][0]).split("%")[0] for info in infos})


def is_public_address(addr: str) -> bool:
    """True for a globally routable unicast address; False for private, loopback,
    link-local, shared (CGNAT), reserved, multicast and unspecified ones."""
    ip = ipaddress.ip_address(addr)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_public_url(url: str, resolver: Resolver = system_resolver) -> None:
    """Raise InputError unless ``url`` is http(s) and its host resolves only to public
    addresses (every address is checked: one private answer is enough to refuse)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError("not an http(s) URL", where=url)
    host = parts.hostname
    try:
        addrs = [str(ipaddress.ip_address(host))]
    except ValueError:
        addrs = resolver(host)
    if not addrs:
        raise InputError(f"host {host!r} resolves to no address", where=url)
    for addr in addrs:
        if not is_public_address(addr):
            raise InputError(f"refused: host {host!r} resolves to non-public address {addr} "
                             "(private, loopback or link-local; see --allow-private-urls)",
                             where=url)


class PublicOnlyTransport(httpx.HTTPTransport):
    """An httpx transport that re-checks every request (redirects, robots.txt, feed items)
    against ``check_public_url`` before connecting."""

    def __init__(self, resolver: Resolver = system_resolver, **kw: Any) -> None:
        super().__init__(**kw)
        self._resolver = resolver

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            check_public_url(str(request.url), self._resolver)
        except InputError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        return super().handle_request(request)


# -- middlewares --------------------------------------------------------------------------
def content_security_policy(tiles: str | None) -> str:
    """The CSP of every response: scripts, styles and data from this server only (map tiles
    also from their host when configured); no inline script at all."""
    img = "'self' data:"
    if tiles and tiles.startswith(("http://", "https://")):
        scheme, rest = tiles.split("://", 1)
        netloc = rest.split("/", 1)[0].replace("{s}", "*")
        img += f" {scheme}://{netloc}"
    return ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


class SecurityHeadersMiddleware:
    """Add CSP, nosniff, no-referrer and no-framing headers to every HTTP response."""

    def __init__(self, app: ASGIApp, tiles: str | None = None) -> None:
        self.app = app
        self.csp = content_security_policy(tiles).encode()

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any],
                       send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = self.csp

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", csp),
                            (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


__all__ = [
    "PublicOnlyTransport",
    "SecurityHeadersMiddleware",
    "check_public_url",
    "check_token",
    "content_security_policy",
    "is_public_address",
    "system_resolver",
]
