"""``result_of``: a command's coroutine run to its end, its result handed back untouched."""

from __future__ import annotations

import pytest

from bot.event_loop import result_of


class _Large:
    """A result whose text form a user would pay for: a briefing of a thousand articles."""

    reprs = 0

    def __repr__(self) -> str:
        _Large.reprs += 1
        return "<large>"


def test_the_result_comes_back_without_being_turned_into_text() -> None:
    async def building() -> _Large:
        return _Large()

    result = result_of(building())

    assert isinstance(result, _Large)
    assert _Large.reprs == 0  # asyncio.run alone makes it twice on Python 3.11


def test_an_error_reaches_the_caller_as_raised() -> None:
    async def failing() -> None:
        raise LookupError("no such brief")

    with pytest.raises(LookupError, match="no such brief"):
        result_of(failing())
