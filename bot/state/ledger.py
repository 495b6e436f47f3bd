"""The delivery ledger: which briefing went where, for which scheduled slot, and what it said.

Three tables on the shared ``metadata``:

- ``deliveries``: one row per (brief, target, slot), UNIQUE. A run *claims* the row before it posts,
  so a restart or a second replica that reaches the same slot finds it taken and posts nothing.
  The row then ends ``posted``, ``failed``, ``abandoned`` (stopped mid-way) or ``missed`` (too late).
  A claim is a *lease*: its owner holds it until ``lease_until`` and renews it as each message lands. A
  claim whose lease ran out was left by a process that died; another run may take it over once
  (``attempts``) or mark it abandoned, each with a conditional UPDATE so that only one run does.
- ``delivered_parts``: each message of a briefing that reached its target (number and the platform's
  reference), so a run taking over continues from the first message not acknowledged.
- ``briefings``: the archive, every briefing posted as its briefing/1 JSON.
- ``posted_items``: the key of every item already posted per (brief, target), for ``mode = "new"``.

Slots are stored as naive UTC so the unique key compares the same on SQLite and PostgreSQL.
The calls are short and synchronous on purpose: a task cancelled at shutdown can never be interrupted
between a write and the bookkeeping that follows it.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    CursorResult,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.errors import StateError
from bot.model import Briefing
from bot.state import metadata, open_engine, upsert

CLAIMED, POSTED, FAILED, ABANDONED, MISSED = "claimed", "posted", "failed", "abandoned", "missed"
SCHEDULED, MANUAL = "scheduled", "manual"

briefings = Table(
    "briefings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("brief", String(200), nullable=False, index=True),
    Column("generated_at", DateTime, nullable=False),
    Column("stories", Integer, nullable=False),
    Column("document", Text, nullable=False),
)

deliveries = Table(
    "deliveries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("brief", String(200), nullable=False),
    Column("target", String(500), nullable=False),
    Column("slot", DateTime, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("state", String(20), nullable=False),
    Column("owner", String(200), nullable=False),
    Column("claimed_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("detail", Text),
    Column("briefing_id", Integer, ForeignKey("briefings.id")),
    Column("lease_until", DateTime),
    Column("attempts", Integer),
    UniqueConstraint("brief", "target", "slot", name="uq_deliveries_slot"),
)

delivered_parts = Table(
    "delivered_parts", metadata,
    Column("delivery_id", Integer, ForeignKey("deliveries.id"), primary_key=True),
    Column("part", Integer, primary_key=True),
    Column("ref", String(200), nullable=False),
)

posted_items = Table(
    "posted_items", metadata,
    Column("brief", String(200), primary_key=True),
    Column("target", String(500), primary_key=True),
    Column("item", String(64), primary_key=True),
    Column("delivery_id", Integer, ForeignKey("deliveries.id"), nullable=False),
)


@dataclass(frozen=True)
class Delivery:
    """One row of the ledger, as ``briefbot history`` shows it."""

    id: int
    brief: str
    target: str
    slot: datetime
    kind: str
    state: str
    claimed_at: datetime
    finished_at: datetime | None
    detail: str | None
    briefing_id: int | None
    owner: str = ""
    lease_until: datetime | None = None
    attempts: int = 1

    def lease_expired(self, moment: datetime) -> bool:
        """Whether this claim's owner stopped renewing it before ``moment`` (a row claimed before
        leases existed has none: it counts as expired)."""
        return self.state == CLAIMED and (self.lease_until is None or self.lease_until < moment)


def utc(moment: datetime) -> datetime:
    """``moment`` as naive UTC, the form every timestamp is stored in."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def aware(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC)


def now() -> datetime:
    return datetime.now(UTC)


LEASE = timedelta(minutes=15)  # longer than a briefing may take to post (bot.delivery.POST_DEADLINE)


class Ledger:
    """Claims, outcomes, archive and posted items on one state store (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine, owner: str | None = None, lease: timedelta = LEASE) -> None:
        self.engine = engine
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}"
        self.lease = lease

    @classmethod
    def open(cls, state: str, *, create: bool = True) -> Ledger:
        """The ledger on ``state``; with ``create=False`` (read-only commands) the store must already exist."""
        return cls(open_engine(state, create=create))

    def claim(self, brief: str, target: str, slot: datetime, kind: str = SCHEDULED) -> int | None:
        """The id of a new claim on (brief, target, slot), or ``None`` if someone already has it."""
        moment = now()
        row = {"brief": brief, "target": target, "slot": utc(slot), "kind": kind, "state": CLAIMED,
               "owner": self.owner, "claimed_at": utc(moment), "lease_until": utc(moment + self.lease),
               "attempts": 1}
        try:
            with self.engine.begin() as conn:
                return _inserted_id(conn.execute(insert(deliveries).values(row)))
        except IntegrityError:
            return None
        except SQLAlchemyError as exc:
            raise _state_error("claim a slot in", exc) from None

    def mark_missed(self, brief: str, target: str, slot: datetime, detail: str) -> bool:
        """Record that ``slot`` was skipped; ``False`` if the slot was already taken."""
        claim = self.claim(brief, target, slot)
        if claim is None:
            return False
        self.finish(claim, MISSED, detail)
        return True

    def finish(self, delivery: int, state: str, detail: str | None = None,
               briefing: int | None = None) -> None:
        """Close a claim as ``posted``, ``failed``, ``abandoned`` or ``missed``."""
        values: dict[str, Any] = {"state": state, "finished_at": utc(now()), "detail": detail}
        if briefing is not None:
            values["briefing_id"] = briefing
        statement = update(deliveries).where(deliveries.c.id == delivery).values(values)
        self._write(statement, "record a delivery in")

    def attach(self, delivery: int, briefing: int) -> None:
        """Name the archived briefing a claim is about to post, and renew the claim's lease: building the
        briefing may have taken a while, and posting it may take up to ``bot.delivery.POST_DEADLINE``."""
        statement = update(deliveries).where(deliveries.c.id == delivery).values(briefing_id=briefing)
        self._write(statement, "record a delivery in")
        self._renew(delivery)

    def record_part(self, delivery: int, part: int, ref: str) -> None:
        """Message ``part`` (from 0) of ``delivery`` reached its target as ``ref``; the lease is renewed."""
        row = {"delivery_id": delivery, "part": part, "ref": ref[:200]}
        self._write(upsert(self.engine, delivered_parts).values(row).on_conflict_do_nothing(), "record a message in")
        self._renew(delivery)

    def _renew(self, delivery: int) -> None:
        """Extend the lease on ``delivery`` while this run still holds it."""
        renewal = update(deliveries).where(deliveries.c.id == delivery, deliveries.c.state == CLAIMED,
                                           deliveries.c.owner == self.owner)
        self._write(renewal.values(lease_until=utc(now() + self.lease)), "renew a claim in")

    def parts(self, delivery: int) -> dict[int, str]:
        """The messages of ``delivery`` that reached their target: number -> the platform's reference."""
        query = select(delivered_parts.c.part, delivered_parts.c.ref).where(delivered_parts.c.delivery_id == delivery)
        with self.engine.connect() as conn:
            return {int(part): str(ref) for part, ref in conn.execute(query)}

    def expired_claims(self, moment: datetime) -> list[Delivery]:
        """Claims whose owner stopped renewing them before ``moment``: left by a process that died."""
        query = select(deliveries).where(deliveries.c.state == CLAIMED).order_by(deliveries.c.slot, deliveries.c.id)
        return [d for d in self._deliveries(query, "read the claims from") if d.lease_expired(moment)]

    def take_over(self, claim: Delivery) -> bool:
        """Make an expired ``claim`` ours for one more attempt; ``False`` if another run got there first."""
        values = {"owner": self.owner, "lease_until": utc(now() + self.lease), "attempts": claim.attempts + 1}
        return self._update_if_unchanged(claim, values, "take over a claim in")

    def abandon(self, claim: Delivery, detail: str) -> bool:
        """Close an expired ``claim`` as abandoned; ``False`` if another run got there first."""
        values = {"state": ABANDONED, "finished_at": utc(now()), "detail": detail}
        return self._update_if_unchanged(claim, values, "record a delivery in")

    def _update_if_unchanged(self, claim: Delivery, values: dict[str, Any], doing: str) -> bool:
        """UPDATE ``claim``'s row only if it is still claimed by the same owner under the same lease."""
        lease = deliveries.c.lease_until.is_(None) if claim.lease_until is None \
            else deliveries.c.lease_until == utc(claim.lease_until)
        statement = update(deliveries).where(deliveries.c.id == claim.id, deliveries.c.state == CLAIMED,
                                             deliveries.c.owner == claim.owner, lease).values(values)
        try:
            with self.engine.begin() as conn:
                return conn.execute(statement).rowcount == 1
        except SQLAlchemyError as exc:
            raise _state_error(doing, exc) from None

    def archive(self, briefing: Briefing) -> int:
        """Store ``briefing``'s JSON; its id in the archive."""
        document = json.dumps(briefing.to_dict(), ensure_ascii=False)
        if not _utf8(document):  # a lone surrogate from a broken source: stored as a JSON escape, losslessly
            document = json.dumps(briefing.to_dict())
        row = {"brief": briefing.brief[:200], "generated_at": utc(briefing.generated_at),
               "stories": len(briefing.stories), "document": document}
        try:
            with self.engine.begin() as conn:
                return _inserted_id(conn.execute(insert(briefings).values(row)))
        except SQLAlchemyError as exc:
            raise _state_error("archive a briefing in", exc) from None

    def archived(self, briefing: int) -> dict[str, Any] | None:
        """The archived briefing/1 JSON with id ``briefing``, or ``None`` if there is none."""
        with self.engine.connect() as conn:
            query = select(briefings.c.document).where(briefings.c.id == briefing)
            document = conn.execute(query).scalar()
        return dict(json.loads(document)) if document is not None else None

    def posted_items(self, brief: str, target: str) -> set[str]:
        """Keys of every item already posted for ``brief`` to ``target``."""
        query = select(posted_items.c.item).where(posted_items.c.brief == brief,
                                                  posted_items.c.target == target)
        with self.engine.connect() as conn:
            return set(conn.execute(query).scalars())

    def remember_items(self, brief: str, target: str, items: Iterable[str], delivery: int) -> None:
        rows = [{"brief": brief, "target": target, "item": item, "delivery_id": delivery}
                for item in sorted(set(items))]
        if not rows:
            return
        self._write(upsert(self.engine, posted_items).values(rows).on_conflict_do_nothing(), "remember items in")

    def last_posted(self, brief: str, target: str) -> datetime | None:
        """The slot of the last briefing posted for ``brief`` to ``target``."""
        query = select(func.max(deliveries.c.slot)).where(
            deliveries.c.brief == brief, deliveries.c.target == target, deliveries.c.state == POSTED)
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return aware(found) if found is not None else None

    def last_slot(self, brief: str, target: str, kind: str = SCHEDULED) -> datetime | None:
        """The latest slot of ``kind`` recorded for (brief, target), whatever became of it."""
        query = select(func.max(deliveries.c.slot)).where(
            deliveries.c.brief == brief, deliveries.c.target == target, deliveries.c.kind == kind)
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return aware(found) if found is not None else None

    def history(self, brief: str | None = None, limit: int = 20) -> list[Delivery]:
        """The latest deliveries, newest first."""
        query = select(deliveries).order_by(deliveries.c.slot.desc(), deliveries.c.id.desc()).limit(limit)
        if brief is not None:
            query = query.where(deliveries.c.brief == brief)
        return self._deliveries(query, "read the history from")

    def _deliveries(self, query: Any, doing: str) -> list[Delivery]:
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(query).mappings().all()
        except SQLAlchemyError as exc:
            raise _state_error(doing, exc) from None
        return [Delivery(id=r["id"], brief=r["brief"], target=r["target"], slot=aware(r["slot"]),
                         kind=r["kind"], state=r["state"], claimed_at=aware(r["claimed_at"]),
                         finished_at=aware(r["finished_at"]) if r["finished_at"] else None,
                         detail=r["detail"], briefing_id=r["briefing_id"], owner=r["owner"],
                         lease_until=aware(r["lease_until"]) if r["lease_until"] else None,
                         attempts=r["attempts"] or 1) for r in rows]

    def _write(self, statement: Any, doing: str) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(statement)
        except SQLAlchemyError as exc:
            raise _state_error(doing, exc) from None


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _inserted_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always has one
    return int(key[0])


def _state_error(doing: str, exc: SQLAlchemyError) -> StateError:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return StateError(f"cannot {doing} the state store ({reason}): "
                      "check BRIEFBOT_STATE points to a writable file or a reachable database")
