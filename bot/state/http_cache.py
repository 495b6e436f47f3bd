"""Conditional GET: what a URL answered last time, so a repeated run refetches only what changed.

Only responses that carry a validator (``ETag`` or ``Last-Modified``) are kept, with their body: the
next request for the URL sends ``If-None-Match`` / ``If-Modified-Since`` and a ``304 Not Modified``
reuses the stored body. One row per URL, replaced on every new full response.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Engine, LargeBinary, String, Table, Text, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StateError
from bot.state import metadata

http_cache = Table(
    "http_cache",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text, nullable=True),
    Column("last_modified", String(64), nullable=True),
    Column("content_type", Text, nullable=True),
    Column("body", LargeBinary, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class CachedResponse:
    """A stored full response: its validators, content type and body."""

    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes

    def conditional_headers(self) -> dict[str, str]:
        """The request headers asking the server to answer 304 if this is still current."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class HttpCache:
    """The ``http_cache`` table on one engine. Blocking: async code calls it in a worker thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, url: str) -> CachedResponse | None:
        try:
            with self.engine.connect() as conn:
                row = conn.execute(select(http_cache).where(http_cache.c.url == url)).first()
        except SQLAlchemyError as exc:
            raise StateError(f"cannot read the HTTP cache ({exc.__class__.__name__}): "
                             "check BRIEFBOT_STATE") from None
        if row is None:
            return None
        return CachedResponse(etag=row.etag, last_modified=row.last_modified, content_type=row.content_type,
                              body=bytes(row.body))

    def put(self, url: str, response: CachedResponse) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(http_cache).where(http_cache.c.url == url))
                conn.execute(insert(http_cache).values(
                    url=url, etag=response.etag, last_modified=response.last_modified,
                    content_type=response.content_type, body=response.body, stored_at=datetime.now(UTC)))
        except SQLAlchemyError as exc:
            raise StateError(f"cannot write the HTTP cache ({exc.__class__.__name__}): "
                             "check BRIEFBOT_STATE") from None

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()
