"""A coroutine run to its end from synchronous code: a command, or a build in a worker process.

``asyncio.run`` on Python 3.11 calls ``repr`` of its task's result twice as it restores the Ctrl+C handler
(cpython#112559): for a briefing or a collection of a thousand articles that is megabytes of text made and
thrown away (0.06 s for the 1k bench feed's collection). ``result_of`` runs a task that keeps the result
aside and returns nothing, so no result of ours is ever turned into text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def result_of(main: Coroutine[Any, Any, T]) -> T:
    """What ``main`` returns, run to its end in a new event loop (``asyncio.run``)."""
    kept: list[T] = []

    async def keeping() -> None:
        kept.append(await main)

    asyncio.run(keeping())
    return kept[0]
