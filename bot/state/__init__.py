"""Persistent state: one SQLite file by default, or PostgreSQL for several replicas (via SQLAlchemy).

Every table is declared on ``metadata`` in its own module here; ``open_engine`` creates them, and adds the
nullable columns a newer version declares to a store an older one created.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, event, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StateError

metadata = MetaData()
SCHEMA_LOCK = 0x62726965  # the advisory lock key briefbot's schema creation holds ('brie')


SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}  # what providers hand out
_PASSWORD_IN_QUERY = re.compile(r"(?i)([?&]password=)[^&#]*")


def database_url(state: str, *, create: bool = True) -> str:
    """``BRIEFBOT_STATE`` as a SQLAlchemy URL: a ``postgresql://`` or ``postgres://`` URL uses psycopg, any
    other URL must name its SQLAlchemy driver itself, a path becomes a SQLite file (its folder made when
    ``create``, else it must already exist)."""
    scheme, found, rest = state.partition("://")
    if found and scheme.lower() in SCHEMES:
        return f"{SCHEMES[scheme.lower()]}://{rest}"
    if found:
        if not scheme.lower().startswith(("postgresql+", "sqlite")):
            raise StateError(f"BRIEFBOT_STATE={describe(state)!r}: {scheme} is not supported: use a SQLite file "
                             "path or a postgresql:// URL")
        return state
    path = Path(state).expanduser()
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.is_file():
        raise StateError(f"the state store {state} does not exist: nothing was recorded with this BRIEFBOT_STATE; "
                         "check the path (briefbot serve and post create it)")
    return f"sqlite:///{path}"


def describe(state: str) -> str:
    """``BRIEFBOT_STATE`` fit for output: a database URL with its password masked, wherever it is written
    (``user:password@``, even with an unescaped ``@`` in it, or ``?password=``)."""
    if "://" not in state:
        return state
    scheme, _, rest = state.partition("://")
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        user_info, _, host = authority.rpartition("@")  # the last '@' ends the user info
        user = user_info.split(":", 1)[0]
        authority = f"{user}:***@{host}" if ":" in user_info else f"{user}@{host}"
    return _PASSWORD_IN_QUERY.sub(r"\1***", f"{scheme}://{authority}{slash}{path}")


def open_engine(state: str, *, create: bool = True) -> Engine:
    """An engine on the state store with every table created; ``StateError`` if it cannot be opened.

    Read-only commands pass ``create=False``: a SQLite file that does not exist is then an error, not a new
    empty store (a mistyped path would otherwise look like an empty history)."""
    try:
        engine = create_engine(database_url(state, create=create))
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
        raise StateError(f"cannot open the state store {describe(state)!r} ({_reason(exc, state)}): "
                         "check BRIEFBOT_STATE points to a writable file or a reachable database") from None
    return engine


def _reason(exc: BaseException, state: str) -> str:
    """What the database (or the system) said, on one line, with the password masked."""
    said = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = said[0] if said else exc.__class__.__name__
    password = _password(state)
    return reason.replace(password, "***") if password else reason


def _password(state: str) -> str | None:
    if "://" not in state:
        return None
    authority = state.partition("://")[2].partition("/")[0]
    user_info = authority.rpartition("@")[0]
    found = _PASSWORD_IN_QUERY.search(state)
    if ":" in user_info:
        return user_info.split(":", 1)[1] or None
    return found.group(0).split("=", 1)[1] or None if found else None


def create_schema(engine: Engine) -> None:
    """Create the tables that are missing. On PostgreSQL under an advisory lock, in one transaction: replicas
    starting together on an empty database otherwise race between checking for a table and creating it."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        metadata.create_all(conn)
        add_missing_columns(conn)


def add_missing_columns(conn: Connection) -> None:
    """Add the nullable columns a newer briefbot declares to tables an older one created (``create_all``
    creates missing tables only)."""
    found = inspect(conn)
    for table in metadata.sorted_tables:
        present = {column["name"] for column in found.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present and column.nullable:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))


def upsert(engine: Engine, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An INSERT into ``table`` with ``ON CONFLICT`` clauses, in the dialect of ``engine`` (SQLite or PostgreSQL)."""
    return sqlite.insert(table) if engine.dialect.name == "sqlite" else postgresql.insert(table)
