"""A fresh PostgreSQL database per test, on the server named by BRIEFBOT_TEST_POSTGRES_URL (``.ci/postgres``
starts one on 127.0.0.1). Tests that need it skip, saying why, when it is not set or not reachable."""

from __future__ import annotations

import importlib.util
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import SQLAlchemyError

VARIABLE = "BRIEFBOT_TEST_POSTGRES_URL"


@contextmanager
def empty_database() -> Iterator[str]:
    """The URL of an empty database created for one test and dropped after it."""
    server = os.environ.get(VARIABLE)
    if not server:
        pytest.skip(f"no PostgreSQL server: set {VARIABLE} (.ci/postgres starts one on 127.0.0.1)")
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("the psycopg driver is not installed: pip install 'briefbot[postgres]'")
    url = make_url(server.replace("postgresql://", "postgresql+psycopg://", 1))
    if url.host not in {"127.0.0.1", "localhost", "::1"}:
        pytest.skip(f"{VARIABLE} must point to 127.0.0.1: tests reach nothing else")
    name = f"briefbot_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as exc:
        admin.dispose()
        pytest.skip(f"the PostgreSQL server at {VARIABLE} is not reachable ({exc.__class__.__name__})")
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
