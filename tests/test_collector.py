"""The garbage collector during a build: spaced out inside the block, as it was after it; in a process of
one build, off."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from bot import collector
from bot.addresses import ANY_ADDRESS
from bot.collector import BUILD_THRESHOLD, spaced_collections
from bot.pipeline import built_briefing
from bot.selection import EVERYTHING
from bot.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_the_block_spaces_young_collections_and_restores_the_thresholds_even_on_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), spaced_collections():
        assert gc.get_threshold() == (max(BUILD_THRESHOLD, before[0]), before[1], before[2])
        assert gc.isenabled()
        raise ValueError("the build failed")
    assert gc.get_threshold() == before


def test_overlapping_blocks_restore_the_thresholds_when_the_last_one_ends() -> None:
    before = gc.get_threshold()
    inner_started, outer_ended = threading.Event(), threading.Event()
    seen: list[tuple[int, int, int]] = []

    def inner() -> None:
        with spaced_collections():
            inner_started.set()
            outer_ended.wait(5)
            seen.append(gc.get_threshold())  # after the outer block ended: still spaced

    with spaced_collections():
        thread = threading.Thread(target=inner)
        thread.start()
        inner_started.wait(5)
    outer_ended.set()
    thread.join(5)
    assert seen == [(max(BUILD_THRESHOLD, before[0]), before[1], before[2])]
    assert gc.get_threshold() == before


def test_a_process_of_one_build_switches_the_collector_off_and_leaves_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "_one_build", False)
    collector.one_build_per_process()
    try:
        assert not gc.isenabled()  # at once: a worker loads the modules of its build without it
        with spaced_collections():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_build_leaves_no_reference_cycles_so_a_process_of_one_build_never_needs_the_collector(
        tmp_path: Path) -> None:
    (tmp_path / "unreadable.html").write_bytes(b"\x00\x01\x02 not a page")
    for seed in SEEDS.iterdir():
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    gc.collect()
    gc.disable()
    try:
        briefing = built_briefing([str(tmp_path)], Settings(state=str(tmp_path / "state.db")), "default", None,
                                  EVERYTHING, ANY_ADDRESS)
        assert briefing.stories and briefing.skipped
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_process_that_lives_on_gets_back_the_collector_the_script_switched_off_to_load(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "_off_for_loading", False)
    try:
        collector.loading_without_collections()
        assert not gc.isenabled()
        collector.resume_collections()
        assert gc.isenabled()
        gc.disable()  # switched off by someone else: left off
        collector.resume_collections()
        assert not gc.isenabled()
    finally:
        gc.enable()
