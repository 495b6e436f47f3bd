"""Persistent state: one SQLite file by default, or PostgreSQL for several replicas (via SQLAlchemy).

Every table is declared on ``metadata`` in its own module here; ``open_engine`` creates them.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, MetaData, Table, create_engine, event, make_url, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StateError

metadata = MetaData()
SCHEMA_LOCK = 0x62726965  # the advisory lock key briefbot's schema creation holds ('brie')


def database_url(state: str) -> str:
    """``BRIEFBOT_STATE`` as a SQLAlchemy URL: a URL stays as it is, a path becomes a SQLite file."""
    if state.startswith("postgresql://"):
        return state.replace("postgresql://", "postgresql+psycopg://", 1)
    if "://" in state:
        return state
    path = Path(state).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def describe(state: str) -> str:
    """``BRIEFBOT_STATE`` fit for output: a database URL with its password masked."""
    if "://" not in state:
        return state
    try:
        return make_url(state).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show only its scheme
        return state.split("://", 1)[0] + "://***"


def open_engine(state: str) -> Engine:
    """An engine on the state store with every table created; ``StateError`` if it cannot be opened."""
    try:
        engine = create_engine(database_url(state))
        if engine.dialect.name == "sqlite":
            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(conn: DBAPIConnection, _record: object) -> None:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA busy_timeout=5000")

        create_schema(engine)
    except ModuleNotFoundError as exc:
        raise StateError(f"the state store {describe(state)!r} needs the {exc.name} driver: "
                         "pip install 'briefbot[postgres]'") from None
    except (OSError, SQLAlchemyError) as exc:
        raise StateError(f"cannot open the state store {describe(state)!r} ({exc.__class__.__name__}): "
                         "check BRIEFBOT_STATE points to a writable file or a reachable database") from None
    return engine


def create_schema(engine: Engine) -> None:
    """Create the tables that are missing. On PostgreSQL under an advisory lock, in one transaction: replicas
    starting together on an empty database otherwise race between checking for a table and creating it."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        metadata.create_all(conn)


def upsert(engine: Engine, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An INSERT into ``table`` with ``ON CONFLICT`` clauses, in the dialect of ``engine`` (SQLite or PostgreSQL)."""
    return sqlite.insert(table) if engine.dialect.name == "sqlite" else postgresql.insert(table)
