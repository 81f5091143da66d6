"""Alembic environment: runs on the connection polemos.migrations.upgrade hands it, or on
``sqlalchemy.url`` / $POLEMOS_DB when alembic is run from the command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from polemos.db import metadata

config = context.config
target_metadata = metadata


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTER via table copies
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate on the given connection, or open one from the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from polemos.store import resolve_url

    engine = create_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("polemos migrations run online only (give a database URL)")
run_migrations_online()
