"""A heartbeat in the state store: ``briefbot serve`` writes one every ``INTERVAL`` seconds, and
``briefbot check --alive SECONDS`` (the Docker HEALTHCHECK) asks whether this host's is recent.

It proves more than a live process: the event loop is turning and the state store takes writes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from datetime import datetime

from sqlalchemy import Column, DateTime, Engine, String, Table, select
from sqlalchemy.exc import SQLAlchemyError

from bot.state import metadata, upsert
from bot.state.ledger import aware, now, utc

log = logging.getLogger(__name__)

INTERVAL = 30.0

heartbeats = Table(
    "heartbeats", metadata,
    Column("host", String(200), primary_key=True),
    Column("beat_at", DateTime, nullable=False),
)


def beat(engine: Engine, host: str) -> None:
    statement = upsert(engine, heartbeats).values(host=host, beat_at=utc(now()))
    with engine.begin() as conn:
        conn.execute(statement.on_conflict_do_update(index_elements=["host"],
                                                     set_={"beat_at": statement.excluded.beat_at}))


def last_beat(engine: Engine, host: str) -> datetime | None:
    with engine.connect() as conn:
        found = conn.execute(select(heartbeats.c.beat_at).where(heartbeats.c.host == host)).scalar()
    return aware(found) if found is not None else None


class Heartbeat:
    """The heartbeat as a ``Service`` of ``briefbot serve``."""

    name = "heartbeat"

    def __init__(self, engine: Engine, host: str | None = None, interval: float = INTERVAL) -> None:
        self.engine, self.interval = engine, interval
        self.host = host or socket.gethostname()
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        beat(self.engine, self.host)
        self.task = asyncio.create_task(self._beat_forever())

    async def _beat_forever(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                beat(self.engine, self.host)
            except SQLAlchemyError as exc:  # a missed beat is what the health check is there to notice
                log.warning("heartbeat not written: %s", exc.__class__.__name__)

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
