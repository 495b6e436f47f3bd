"""The ``/brief`` use case every chat platform shares (``bot.chat.request.brief_command``): what each
command is answered with, and when the platform is asked to acknowledge it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from bot.briefs import Brief
from bot.chat import request
from bot.chat.request import Answer, BriefRequest, brief_command
from bot.errors import NoUsableSources
from bot.selection import Selection
from bot.settings import Settings

ARTICLE = ("Kestria bans lithium exports\n\nKestria's trade minister Ana Berg said on Monday that exports of raw "
           "lithium will be banned from 1 April.\n\nLicences will only be granted to members of the cooperative.\n")


class Platform:
    """Stands in for an adapter: records what was started, and may decline like an expired interaction."""

    def __init__(self, takes_answers: bool = True) -> None:
        self.takes_answers = takes_answers
        self.started: list[BriefRequest] = []

    async def __call__(self, brief_request: BriefRequest) -> bool:
        self.started.append(brief_request)
        return self.takes_answers


@pytest.fixture
def briefs(tmp_path: Path) -> dict[str, Brief]:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return {"trade": Brief(name="trade", title="Trade", sources=[str(tmp_path / "a.txt")])}


async def test_a_brief_is_started_then_answered_with_its_briefing(briefs: dict[str, Brief]) -> None:
    platform = Platform()
    reply = await brief_command("public trade", briefs, Settings(), started=platform)
    assert reply is not None and reply.answer is Answer.BRIEFING and reply.public
    assert reply.briefing is not None and reply.briefing.brief == "trade" and reply.briefing.title == "Trade"
    assert [r.brief for r in platform.started] == ["trade"]


def test_top_include_and_exclude_choose_stories_from_chat() -> None:
    briefs = {"trade": Brief(name="trade", sources=["a"], top=5, exclude=("sport",))}
    parsed = request.parse_brief_command("public trade top=2 include=rail INCLUDE=ferry", briefs)
    assert (parsed.brief, parsed.public, parsed.top, parsed.include) == ("trade", True, 2, ("rail", "ferry"))
    assert parsed.typed == "trade top=2 include=rail include=ferry"
    assert parsed.selection(briefs["trade"].selection) == Selection(top=2, include=("rail", "ferry"),
                                                                    exclude=("sport",))
    urls = request.parse_brief_command("https://news.example/feed exclude=sport", briefs)
    assert urls.urls == ["https://news.example/feed"] and urls.selection() == Selection(exclude=("sport",))
    assert request.parse_brief_command("trade", briefs).selection(briefs["trade"].selection) == \
        briefs["trade"].selection  # nothing typed: the brief's own


async def test_a_filter_typed_in_chat_reaches_the_briefing(briefs: dict[str, Brief]) -> None:
    reply = await brief_command("trade exclude=lithium", briefs, Settings(), started=Platform())
    assert reply is not None and reply.briefing is not None and reply.briefing.stories == []
    reply = await brief_command("trade include=lithium", briefs, Settings(), started=Platform())
    assert reply is not None and reply.briefing is not None and len(reply.briefing.stories) == 1


@pytest.mark.parametrize(("text", "answer", "says"), [
    ("help", Answer.HELP, "• trade: Trade"),
    ("public help", Answer.HELP, "/brief public"),
    ("/etc/passwd", Answer.REFUSAL, "`/etc/passwd` is neither a brief nor a list of http(s) URLs (briefs: trade)"),
    ("trade top=0", Answer.REFUSAL, "`top=0` is not a number of stories: type e.g. `top=3`"),
    ("trade top=x", Answer.REFUSAL, "`top=x` is not a number of stories"),
])
async def test_help_and_unreadable_commands_are_answered_before_anything_starts(
        briefs: dict[str, Brief], text: str, answer: Answer, says: str) -> None:
    platform = Platform()
    reply = await brief_command(text, briefs, Settings(), started=platform)
    assert reply is not None and reply.answer is answer and says in reply.text
    assert reply.request is None and not reply.public and platform.started == []


async def test_a_request_that_cannot_be_built_is_refused_saying_why(briefs: dict[str, Brief]) -> None:
    reply = await brief_command("http://127.0.0.1:9/feed", briefs, Settings(), started=Platform())
    assert reply is not None and reply.answer is Answer.REFUSAL and reply.request is not None
    assert reply.text.startswith("Could not build a briefing of 1 URL: http://127.0.0.1:9/feed points to a private")


async def test_an_unexpected_error_is_a_failure_whose_details_go_to_the_log(
        briefs: dict[str, Brief], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    async def broken(*_args: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(request, "briefing_for", broken)
    with caplog.at_level(logging.ERROR, logger="bot.chat.request"):
        reply = await brief_command("trade", briefs, Settings(), started=Platform(), user="U42")
    assert reply is not None and reply.answer is Answer.FAILURE
    assert reply.text == "Something went wrong building the `trade` briefing; the bot's log has the details."
    assert "disk on fire" not in reply.text and "building the `trade` briefing for U42 failed" in caplog.text


async def test_nothing_is_built_when_the_platform_can_take_no_answer(
        briefs: dict[str, Brief], monkeypatch: pytest.MonkeyPatch) -> None:
    async def must_not_build(*_args: Any) -> None:
        raise NoUsableSources("built anyway")

    monkeypatch.setattr(request, "briefing_for", must_not_build)
    platform = Platform(takes_answers=False)
    assert await brief_command("trade", briefs, Settings(), started=platform) is None
    assert len(platform.started) == 1
