"""Alembic migrations of the event store; ``upgrade(engine)`` brings a database to the head.

The same revisions run on SQLite and PostgreSQL. To add one after changing polemos.db:
``alembic -c src/polemos/migrations/alembic.ini revision -m "what"`` (see docs/store.md).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from polemos.errors import StoreError

HERE = Path(__file__).resolve().parent


def _config():  # noqa: ANN202 - alembic's Config, imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head() -> str:
    """The newest revision id."""
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(_config()).get_current_head())


def current(engine: Engine) -> str | None:
    """The revision a database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration the database lacks, in one transaction."""
    from alembic import command

    try:
        if revision == "head" and current(engine) == head():
            return
        cfg = _config()
        with engine.connect() as conn:
            conn.execution_options(polemos_write=True)
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate event store {engine.url!r}: {exc}") from exc


def downgrade(engine: Engine, revision: str) -> None:
    """Revert the database to an older revision ("base" empties it)."""
    from alembic import command

    cfg = _config()
    with engine.connect() as conn:
        conn.execution_options(polemos_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
