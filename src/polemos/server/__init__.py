"""`polemos serve`: the web map and the JSON API over an event store (FastAPI + uvicorn)."""

from __future__ import annotations

from polemos.server.app import create_app
from polemos.server.config import ServerConfig

__all__ = ["ServerConfig", "create_app"]
