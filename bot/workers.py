"""Briefings built in worker processes, a bounded number at once, so a bot's event loop never waits.

A thread does not help: reading, cleaning and summarizing are regex and dictionary work that holds the
GIL, so a big briefing in a thread still delays every acknowledgement the loop owes Slack (three
seconds at most) or Discord. ``briefbot serve`` installs a ``BuildPool`` (``installed``); from then on
``bot.pipeline.build_briefing`` sends each build (fetching included) to a process of its own and the
loop only waits for the result. At most ``limit`` builds run at once; one more is refused at once with
``Busy`` ("try again in a minute") rather than queued without end behind a long one.

Each build gets a fresh process (spawned, not forked from a loop with threads): the memory and caches
of a 4,000-article briefing go away with it, and a crash takes down one build, not the bot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from bot.errors import Busy

if TYPE_CHECKING:  # the process pool is imported when ``serve`` first builds, never by a dry run
    from concurrent.futures import ProcessPoolExecutor

BUILDS = 2
"""Briefings built at once by default: the machines the bot runs on have a few cores, not dozens."""

T = TypeVar("T")


class BuildPool:
    """Runs functions in worker processes, at most ``limit`` at a time; past that, ``run`` raises ``Busy``."""

    def __init__(self, limit: int = BUILDS) -> None:
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from bot.collector import one_build_per_process

            self._executor = ProcessPoolExecutor(self.limit, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=one_build_per_process, max_tasks_per_child=1)
        return self._executor

    async def run(self, function: Callable[..., T], *args: Any, wait: bool = False) -> T:
        """``function(*args)`` in a worker process (both must pickle). With ``limit`` already running:
        ``Busy`` at once, or with ``wait`` (the schedule's own briefs, a bounded few) a turn in line."""
        if not wait and self._slots.locked():
            raise Busy(f"busy: {self.limit} briefings are being built; try again in a minute")
        from concurrent.futures.process import BrokenProcessPool

        async with self._slots:
            try:
                return await asyncio.wrap_future(self._pool().submit(function, *args))
            except BrokenProcessPool:
                self.close()  # a worker died (killed, out of memory): the next build starts a new pool
                raise

    def close(self) -> None:
        """Stop the workers; builds still running are abandoned (their futures are cancelled)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


_installed: BuildPool | None = None


def current() -> BuildPool | None:
    """The pool builds go to, or ``None``: build in this process (the CLI's one-off dry run)."""
    return _installed


@contextmanager
def installed(pool: BuildPool) -> Iterator[BuildPool]:
    """Send every build to ``pool`` while inside the block; the pool is closed on leaving."""
    global _installed
    previous, _installed = _installed, pool
    try:
        yield pool
    finally:
        _installed = previous
        pool.close()
