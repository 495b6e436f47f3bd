"""The delivery ledger on a real SQLite file and a real PostgreSQL server: one claim per (brief, target, slot),
across processes."""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.errors import StateError
from bot.model import Briefing, Source
from bot.state import describe, open_engine
from bot.state.ledger import ABANDONED, CLAIMED, FAILED, MANUAL, MISSED, POSTED, Ledger, now
from tests.postgres import empty_database

SLOT = datetime(2030, 1, 7, 7, 0, tzinfo=UTC)


def test_a_slot_is_claimed_once_even_through_a_second_connection(state_store: str) -> None:
    first, second = Ledger.open(state_store), Ledger.open(state_store)
    claim = first.claim("morning", "slack:#news", SLOT)
    assert claim is not None
    assert second.claim("morning", "slack:#news", SLOT) is None
    assert second.claim("morning", "slack:#news", SLOT.astimezone(ZoneInfo("Asia/Tokyo"))) is None  # same instant
    assert second.claim("morning", "stdout", SLOT) is not None
    assert second.claim("morning", "slack:#news", SLOT + timedelta(days=1)) is not None


def _claim(state: str, results: multiprocessing.Queue[bool]) -> None:
    results.put(Ledger.open(state).claim("morning", "stdout", SLOT) is not None)


def test_of_four_processes_racing_for_one_slot_exactly_one_wins(state_store: str) -> None:
    state = state_store
    Ledger.open(state)
    context = multiprocessing.get_context("fork")
    results: multiprocessing.Queue[bool] = context.Queue()
    workers = [context.Process(target=_claim, args=(state, results)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert sorted(results.get(timeout=5) for _ in workers) == [False, False, False, True]


def test_outcomes_archive_and_history(state_store: str) -> None:
    ledger = Ledger.open(state_store)
    briefing = Briefing(brief="morning", sources=[Source(id="1", title="T", path="/a.txt")], stories=[],
                        title="Morning")
    posted = ledger.claim("morning", "stdout", SLOT)
    failed = ledger.claim("morning", "slack:#news", SLOT)
    assert posted is not None and failed is not None
    archived = ledger.archive(briefing)
    ledger.finish(posted, POSTED, "0 stories", archived)
    ledger.finish(failed, FAILED, "slack:#news: channel_not_found")
    assert ledger.mark_missed("morning", "stdout", SLOT + timedelta(days=1), "2:00:00 late")
    assert not ledger.mark_missed("morning", "stdout", SLOT, "taken already")
    ledger.claim("evening", "stdout", SLOT, MANUAL)

    rows = ledger.history("morning")
    assert [(r.target, r.state) for r in rows] == [("stdout", MISSED), ("slack:#news", FAILED), ("stdout", POSTED)]
    assert rows[2].slot == SLOT and rows[2].briefing_id == archived
    assert rows[1].detail == "slack:#news: channel_not_found"
    assert json.loads(json.dumps(ledger.archived(archived)))["sources"][0]["path"] == "/a.txt"
    assert len(ledger.history()) == 4 and len(ledger.history(limit=1)) == 1
    assert ledger.last_posted("morning", "stdout") == SLOT
    assert ledger.last_slot("morning", "stdout") == SLOT + timedelta(days=1)


def test_posted_items_are_remembered_per_brief_and_target(state_store: str) -> None:
    ledger = Ledger.open(state_store)
    claim = ledger.claim("morning", "stdout", SLOT)
    assert claim is not None
    ledger.remember_items("morning", "stdout", ["a", "b"], claim)
    ledger.remember_items("morning", "stdout", ["b", "c"], claim)
    assert ledger.posted_items("morning", "stdout") == {"a", "b", "c"}
    assert ledger.posted_items("morning", "slack:#news") == set()
    assert ledger.posted_items("evening", "stdout") == set()


def test_an_unusable_state_store_is_one_line_without_the_password(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StateError, match="BRIEFBOT_STATE"):
        open_engine(str(blocker / "state.db"))
    assert describe("postgresql://briefbot:hunter2@db:5432/briefbot") == "postgresql://briefbot:***@db:5432/briefbot"


def test_a_postgresql_url_goes_through_sqlalchemy_and_never_shows_its_password() -> None:
    if importlib.util.find_spec("psycopg") is None:
        with pytest.raises(StateError, match=r"briefbot:\*\*\*@127\.0\.0\.1:9/x.*briefbot\[postgres\]") as caught:
            open_engine("postgresql://briefbot:hunter2@127.0.0.1:9/x")
    else:  # the driver is there: nothing listens on port 9
        with pytest.raises(StateError, match="reachable database") as caught:
            open_engine("postgresql://briefbot:hunter2@127.0.0.1:9/x")
    assert "hunter2" not in str(caught.value)


def _open(state: str, start: threading.Barrier, errors: list[str]) -> None:
    start.wait()
    try:
        Ledger.open(state).claim("morning", "stdout", SLOT)
    except StateError as exc:
        errors.append(str(exc))


def test_replicas_starting_together_on_an_empty_postgresql_database_all_open_it() -> None:
    for trial in range(5):
        with empty_database() as state:
            start = threading.Barrier(3)
            errors: list[str] = []
            replicas = [threading.Thread(target=_open, args=(state, start, errors)) for _ in range(3)]
            for replica in replicas:
                replica.start()
            for replica in replicas:
                replica.join(60)
            assert errors == [], f"trial {trial}"
            assert len(Ledger.open(state).history()) == 1


@pytest.mark.parametrize(("state", "shown"), [
    ("postgresql://briefbot:p@ss@db:5432/briefbot", "postgresql://briefbot:***@db:5432/briefbot"),
    ("postgresql://db:5432/briefbot?user=b&password=hunter2&sslmode=require",
     "postgresql://db:5432/briefbot?user=b&password=***&sslmode=require"),
    ("postgres://briefbot@db/briefbot", "postgres://briefbot@db/briefbot"),
])
def test_the_state_url_never_shows_its_password(state: str, shown: str) -> None:
    assert describe(state) == shown


def test_postgres_urls_as_providers_write_them_use_psycopg_and_other_databases_are_refused() -> None:
    from bot.state import database_url

    assert database_url("postgres://u:p@db/x") == "postgresql+psycopg://u:p@db/x"
    with pytest.raises(StateError, match=r"mysql is not supported: use a SQLite file path or a postgresql:// URL"):
        database_url("mysql://u:secret@db/x")


def test_a_database_that_refuses_says_why_without_the_password(tmp_path: Path) -> None:
    with pytest.raises(StateError) as caught:
        open_engine(f"sqlite:///{tmp_path}/no/such/folder/x.db")
    assert "unable to open database file" in str(caught.value)


def test_read_only_use_of_a_missing_state_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "state.db"
    with pytest.raises(StateError, match=r"does not exist: nothing was recorded with this BRIEFBOT_STATE"):
        Ledger.open(str(missing), create=False)
    assert not missing.parent.exists()


def test_a_missing_postgresql_database_is_named_with_the_servers_reason() -> None:
    from sqlalchemy import make_url

    with empty_database() as url:
        missing = make_url(url).set(database="briefbot_no_such_db", password="s3cret-pw")
        state = missing.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgres://")
        with pytest.raises(StateError) as caught:
            open_engine(state)
    assert 'database "briefbot_no_such_db" does not exist' in str(caught.value)
    assert "s3cret-pw" not in str(caught.value)


def test_a_claim_is_a_lease_that_one_other_run_takes_over_once(state_store: str) -> None:
    dead = Ledger(open_engine(state_store), owner="deadhost:4242", lease=timedelta(seconds=-1))  # ran out at once
    claim = dead.claim("morning", "slack:C0NEWS", SLOT)
    assert claim is not None
    dead.record_part(claim, 0, "C0NEWS 1700000000.000100")
    dead.record_part(claim, 1, "C0NEWS 1700000001.000100")
    replicas = [Ledger(open_engine(state_store), owner=f"replica:{n}") for n in range(3)]
    [left] = replicas[0].expired_claims(now())
    assert (left.id, left.owner, left.attempts, left.state) == (claim, "deadhost:4242", 1, CLAIMED)
    assert [r.take_over(left) for r in replicas] == [True, False, False]
    assert replicas[1].abandon(left, "too late") is False  # the row changed since it was read
    assert replicas[0].expired_claims(now()) == []  # the new owner holds a fresh lease
    [row] = replicas[0].history()
    assert (row.owner, row.attempts, row.state) == ("replica:0", 2, CLAIMED)
    assert replicas[0].parts(claim) == {0: "C0NEWS 1700000000.000100", 1: "C0NEWS 1700000001.000100"}


def test_an_expired_claim_is_abandoned_by_one_run_only(state_store: str) -> None:
    dead = Ledger(open_engine(state_store), owner="deadhost:4242", lease=timedelta(seconds=-1))
    assert dead.claim("morning", "stdout", SLOT) is not None
    first, second = Ledger.open(state_store), Ledger.open(state_store)
    [left] = first.expired_claims(now())
    assert first.abandon(left, "left unfinished; too late") is True
    assert second.abandon(left, "left unfinished; too late") is False
    [row] = second.history()
    assert (row.state, row.detail) == (ABANDONED, "left unfinished; too late")


def test_a_state_file_from_before_leases_gains_them_and_its_open_claims_count_as_expired(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # the deliveries table as briefbot created it before leases
        db.execute("CREATE TABLE deliveries (id INTEGER PRIMARY KEY, brief VARCHAR(200) NOT NULL, "
                   "target VARCHAR(500) NOT NULL, slot DATETIME NOT NULL, kind VARCHAR(20) NOT NULL, "
                   "state VARCHAR(20) NOT NULL, owner VARCHAR(200) NOT NULL, claimed_at DATETIME NOT NULL, "
                   "finished_at DATETIME, detail TEXT, briefing_id INTEGER, "
                   "CONSTRAINT uq_deliveries_slot UNIQUE (brief, target, slot))")
        db.execute("INSERT INTO deliveries (brief, target, slot, kind, state, owner, claimed_at) VALUES ('morning', "
                   "'stdout', '2030-01-07 07:00:00', 'scheduled', 'claimed', 'old:1', '2030-01-07 07:00:00')")
    ledger = Ledger.open(str(path))
    [left] = ledger.expired_claims(now())
    assert (left.owner, left.lease_until, left.attempts) == ("old:1", None, 1)
    assert ledger.take_over(left)
    assert ledger.claim("morning", "stdout", SLOT + timedelta(days=1)) is not None


def test_a_briefing_with_a_lone_surrogate_is_archived_losslessly(state_store: str) -> None:
    ledger = Ledger.open(state_store)
    title = "Broken \udfff title"
    archived = ledger.archive(Briefing(brief="morning", sources=[Source(id="1", title=title)], stories=[]))
    assert ledger.archived(archived)["sources"][0]["title"] == title  # type: ignore[index]


def test_a_claim_is_renewed_when_its_briefing_is_attached_and_as_each_message_lands(state_store: str) -> None:
    engine = open_engine(state_store)
    slow = Ledger(engine, owner="here:1", lease=timedelta(seconds=-1))  # as if building took the whole lease
    claim = slow.claim("morning", "stdout", SLOT)
    assert claim is not None and len(slow.expired_claims(now())) == 1
    here = Ledger(engine, owner="here:1")
    archived = here.archive(Briefing(brief="morning", sources=[], stories=[]))
    here.attach(claim, archived)
    assert here.expired_claims(now()) == []
    [row] = here.history()
    assert row.briefing_id == archived
    slow.record_part(claim, 0, "m1")  # renews it for the slow ledger's (expired) lease
    assert len(here.expired_claims(now())) == 1
    there = Ledger(engine, owner="there:2")
    there.record_part(claim, 1, "m2")  # another owner's messages do not renew a lease it does not hold
    assert len(here.expired_claims(now())) == 1 and here.parts(claim) == {0: "m1", 1: "m2"}
