"""Settings of `polemos serve`: who may write, what the browser may do, how much it may send.

One frozen dataclass, built by the CLI (or a test) and read by the app, its middlewares and
its routes, so that no setting is read from the environment behind the caller's back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from polemos.errors import ConfigError
from polemos.schema import Document, Event

Extractor = Callable[[Document], list[Event]]

DEFAULT_TOKEN_ENV = "POLEMOS_TOKEN"
LOOPBACK_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True)
class ServerConfig:
    """What the server allows.

    ``token``: the bearer token write endpoints require (None: writes are refused).
    ``cors_origins``: origins allowed to call the API from a browser (empty: CORS off).
    ``max_body_bytes``: larger request bodies get 413. ``allow_private_urls``: let POST
    /api/ingest fetch private, loopback and link-local addresses. ``tiles``: an XYZ tile URL
    template for the map (None: the bundled country outlines only). ``allowed_hosts``: Host
    headers accepted (guards a loopback server against DNS rebinding; ("*",) = any).
    ``extractor``: Document -> events for /api/extract and /api/ingest (None: the pipeline).
    """

    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 1_000_000
    allow_private_urls: bool = False
    tiles: str | None = None
    tiles_attribution: str = ""
    allowed_hosts: tuple[str, ...] = ("*",)
    max_page: int = 1000
    max_export: int = 100_000
    max_points: int = 400
    max_ingest_urls: int = 20
    extractor: Extractor | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.max_body_bytes <= 0:
            raise ConfigError(f"max_body_bytes must be > 0, not {self.max_body_bytes}")
        if self.token is not None and len(self.token) < 8:
            raise ConfigError("the API token must have at least 8 characters")
        if self.tiles is not None and not self.tiles.startswith(("http://", "https://", "/")):
            raise ConfigError(f"--tiles must be an http(s) URL template, not {self.tiles!r}")
        for origin in self.cors_origins:
            if origin != "*" and not origin.startswith(("http://", "https://")):
                raise ConfigError(f"--cors-origin must be like https://host[:port], not {origin!r}")

    @staticmethod
    def token_from_env(var: str = DEFAULT_TOKEN_ENV) -> str | None:
        """The token held by environment variable ``var`` (None when unset or empty)."""
        value = os.environ.get(var, "").strip()
        return value or None


def hosts_for(bind_host: str) -> tuple[str, ...]:
    """Host headers to accept for a server bound to ``bind_host``: loopback names for a
    loopback bind (so a rebinding web page cannot reach it by another name), else any."""
    if bind_host in LOOPBACK_HOSTS or bind_host.startswith("127."):
        return tuple(dict.fromkeys((*LOOPBACK_HOSTS, bind_host)))
    return ("*",)


__all__ = ["DEFAULT_TOKEN_ENV", "Extractor", "ServerConfig", "hosts_for"]
