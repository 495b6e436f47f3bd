"""The garbage collector during a build: spaced out inside the block, as it was after it."""

from __future__ import annotations

import gc
import threading

import pytest

from bot.collector import BUILD_THRESHOLD, spaced_collections


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
