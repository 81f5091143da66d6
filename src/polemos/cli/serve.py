"""`polemos serve`: a thin click face that builds a ServerConfig and runs the app in uvicorn."""

from __future__ import annotations

import logging

import click

from polemos.cli.store import DB_HELP, _extractor
from polemos.errors import PolemosError

log = logging.getLogger(__name__)


@click.command("serve")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; put TLS in front).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token-env", default="POLEMOS_TOKEN", show_default=True, metavar="VAR",
              help="Environment variable holding the bearer token of POST /api/ingest "
                   "(unset: ingest is refused).")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages from ORIGIN (https://host[:port]) call the API; repeatable. "
                   "Default: no cross-origin access.")
@click.option("--tiles", default=None, metavar="URL",
              help="XYZ tile URL template, e.g. https://tiles.example.org/{z}/{x}/{y}.png "
                   "(default: the bundled country outlines, no internet needed).")
@click.option("--tiles-attribution", default="", help="Attribution shown for --tiles.")
@click.option("--allow-private-urls", is_flag=True,
              help="Let POST /api/ingest fetch private, loopback and link-local addresses.")
@click.option("--max-body", type=click.IntRange(1_000, None), default=1_000_000,
              show_default=True, help="Largest request body in bytes (larger: 413).")
@click.option("--extractor", default=None, metavar="MODULE:FUNCTION",
              help="Use this function (Document -> list of Event) instead of the pipeline.")
def serve_cmd(db: str | None, host: str, port: int, token_env: str,
              cors_origins: tuple[str, ...], tiles: str | None, tiles_attribution: str,
              allow_private_urls: bool, max_body: int, extractor: str | None) -> None:
    """Serve the web map and the JSON API (docs at /docs) over the event store.

    Example: POLEMOS_TOKEN=$(openssl rand -hex 16) polemos serve --db events.db --port 8000
    """
    import uvicorn

    from polemos.server import ServerConfig, create_app
    from polemos.server.config import hosts_for

    try:
        config = ServerConfig(
            token=ServerConfig.token_from_env(token_env), cors_origins=cors_origins,
            tiles=tiles, tiles_attribution=tiles_attribution,
            allow_private_urls=allow_private_urls, max_body_bytes=max_body,
            allowed_hosts=hosts_for(host),
            extractor=_extractor(extractor) if extractor else None)
        app = create_app(db, config)
    except PolemosError as exc:
        raise click.ClickException(str(exc)) from exc
    if config.token is None:
        click.echo(f"note: ${token_env} is not set: POST /api/ingest is refused", err=True)
    click.echo(f"polemos: serving http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False,
                server_header=False)


COMMANDS = [serve_cmd]

__all__ = ["COMMANDS", "serve_cmd"]
