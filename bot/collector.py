"""The cyclic garbage collector while a briefing builds: asked less often, or not at all.

A build allocates millions of small objects (tokens, word grams, cached folds) that hold no reference
cycles, and keeps many of them to its end. With CPython's default threshold (a young collection every
700 allocations) the collector keeps walking that growing heap for nothing: on 1,000 articles 23 full
collections cost 4 of 30 CPU seconds and found almost no garbage. During a build the young generation
is collected every ``BUILD_THRESHOLD`` allocations instead; older generations follow as usual, so any
cycle is still freed, a little later.

A process that builds one briefing and then ends (``briefbot brief`` and the other one-off commands, a
``serve`` worker, which takes one build) needs no collection at all: after a 1,000-article build with the
collector off, a full collection finds nothing to free, yet each walk over the build's objects costs the
same, and one more comes at exit. Such a process says so with ``one_build_per_process``, which switches the
collector off there and then, so the modules a worker loads for its build load without it too (the ``briefbot``
script loads its own with it off from the start: ``bot.script``); a build leaves it off, and the memory goes
back to the system at exit.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BUILD_THRESHOLD = 50_000
"""Allocations between two young collections during a build (CPython's default is 700)."""

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()
_one_build = False
_off_for_loading = False


def one_build_per_process() -> None:
    """This process ends after its build (a one-off command, a worker process): the collector goes off now, for
    good. A long-running process (``briefbot serve``, a test session) never calls this."""
    global _one_build
    _one_build = True
    gc.disable()


def loading_without_collections() -> None:
    """The briefbot script's start (``bot.script``): the collector goes off while briefbot's modules load, which
    make hundreds of thousands of objects and free almost none."""
    global _off_for_loading
    _off_for_loading = True
    gc.disable()


def resume_collections() -> None:
    """A process that lives on after its command (``briefbot serve``): the collector comes back on if the script
    switched it off to load, and only then (a caller that switched it off for its own reasons keeps it off)."""
    global _off_for_loading
    if _off_for_loading:
        _off_for_loading = False
        gc.enable()


@contextmanager
def spaced_collections() -> Iterator[None]:
    """Within the block, the collector runs every ``BUILD_THRESHOLD`` allocations; the thresholds it had
    come back when the last of overlapping blocks (builds in threads) ends. In a process of one build, the
    collector is switched off instead, and stays off."""
    global _depth, _saved
    if _one_build:
        gc.disable()
        yield
        return
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(BUILD_THRESHOLD, _saved[0]), _saved[1], _saved[2])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
