"""Posting briefings to Slack channels: the real slack_sdk client against a fake Slack Web API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator

from bot import delivery
from bot.chat import slack_post
from bot.chat.slack_post import post_to_slack
from bot.errors import DeliveryError
from bot.render.slack import slack_messages
from bot.settings import Settings
from bot.state.ledger import Ledger
from bot.targets import Progress
from tests.conftest import ROOT, Result
from tests.fakes.slack_api import FakeSlack, payload_text
from tests.test_slack_render import briefing, story


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.stop()


@pytest.fixture(autouse=True)
def short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries still happen, as many as ever, without seconds of backoff between them."""
    monkeypatch.setattr(slack_post, "BACKOFF", FixedValueRetryIntervalCalculator(0.01))


def settings_for(fake: FakeSlack) -> Settings:
    return Settings(slack_bot_token=fake.token, slack_api_url=fake.api_url)


async def test_a_long_briefing_continues_in_the_thread_with_nothing_lost(fake: FakeSlack) -> None:
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 31)]
    await post_to_slack(briefing(*stories), "#news", settings_for(fake))
    assert fake.refused == [] and len(fake.posts) > 2
    first, *replies = fake.posts
    assert first.thread_ts is None
    assert all(r.thread_ts == first.ts and r.channel == first.channel for r in replies)
    text = "\n".join(payload_text(p.payload) for p in fake.posts)
    assert re.findall(r"Item \d+\.\d+:", text) == [f"Item {n}.{i}:" for n in range(1, 31) for i in range(30)]


async def test_a_429_is_waited_out_and_the_post_goes_through(fake: FakeSlack) -> None:
    fake.rate_limit_next = 1
    await post_to_slack(briefing(story(1, ["Kestria bans exports."])), "C0NEWS", settings_for(fake))
    assert fake.rate_limited == 1
    header, post = fake.posts
    assert header.channel == "C0NEWS" and "Kestria bans exports." in payload_text(post.payload)


async def test_a_503_is_not_retried_because_the_message_may_have_arrived(fake: FakeSlack) -> None:
    fake.store_then_fail_next = 1  # Slack stored it, then failed to say so
    with pytest.raises(DeliveryError, match=r"^slack:C0NEWS: Slack refused the post: HTTP 503: the message may have "
                                            r"arrived, so it is not sent again$"):
        await post_to_slack(briefing(story(1, ["Kestria bans exports."])), "C0NEWS", settings_for(fake))
    assert fake.server_errors == 1 and len(fake.posts) == 1  # once, not twice


async def test_a_streak_of_429s_is_waited_out_and_every_message_lands(fake: FakeSlack) -> None:
    fake.rate_limit_next, fake.retry_after = 12, "0"  # four times the retries the client used to allow
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 31)]
    progress = Progress()
    await post_to_slack(briefing(*stories), "C0NEWS", settings_for(fake), progress)
    assert fake.rate_limited == 12 and len(fake.posts) > 3
    assert sorted(progress.landed) == list(range(len(fake.posts)))
    assert progress.landed[0] == f"C0NEWS {fake.posts[0].ts}"


async def test_a_rate_limit_past_the_deadline_fails_saying_which_messages_landed(
        fake: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "POST_DEADLINE", 0.5)
    fake.limit_after = 2  # two messages go through, then Slack wants a second's pause, past the deadline
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 31)]
    total = len(slack_messages(briefing(*stories)))
    with pytest.raises(DeliveryError, match=rf"\(messages 1-2 of {total} posted\): still rate limited \(429\)"):
        await post_to_slack(briefing(*stories), "C0NEWS", settings_for(fake))
    assert len(fake.posts) == 2


async def test_a_post_taken_over_continues_in_the_thread_after_the_messages_that_landed(fake: FakeSlack) -> None:
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 31)]
    messages = slack_messages(briefing(*stories))
    progress = Progress(landed={0: "C0NEWS 1699999999.000100", 1: "C0NEWS 1699999999.000200"})
    await post_to_slack(briefing(*stories), "C0NEWS", settings_for(fake), progress)
    assert len(fake.posts) == len(messages) - 2
    assert all(p.thread_ts == "1699999999.000100" and p.channel == "C0NEWS" for p in fake.posts)
    assert [p.payload["text"] for p in fake.posts] == [m["text"] for m in messages[2:]]


async def test_a_refused_post_is_raised_once_unlogged_and_the_next_post_goes_on(
        fake: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    fake.missing_channels.add("#gone")
    settings = settings_for(fake)
    with caplog.at_level(logging.ERROR), pytest.raises(DeliveryError, match=r"^slack:#gone: .*channel_not_found"):
        await post_to_slack(briefing(story(1, ["x"])), "#gone", settings)
    assert "channel_not_found" not in caplog.text  # whoever posts logs it, once (dispatch)
    await post_to_slack(briefing(story(1, ["y"])), "#news", settings)
    assert len(fake.posts) == 2  # the header, then the story in its thread


async def test_an_unreachable_slack_is_a_delivery_error(fake: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slack_post, "RETRIES", 1)  # one retry is enough to show it gives up
    settings = Settings(slack_bot_token=fake.token, slack_api_url="http://127.0.0.1:9/api/")
    with pytest.raises(DeliveryError, match=r"^slack:#news: "):
        await post_to_slack(briefing(story(1, ["x"])), "#news", settings)


def test_posting_without_a_bot_token_names_the_variable(cli: Callable[..., Result],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    result = cli("post", "--to", "slack:#news")
    assert result.code == 2
    assert result.err.startswith("briefbot: SLACK_BOT_TOKEN is not set")


async def briefbot_post(fake: FakeSlack, tmp_path: Path, *targets: str) -> tuple[int | None, str]:
    env = {**os.environ, "SLACK_BOT_TOKEN": fake.token, "SLACK_API_URL": fake.api_url,
           "BRIEFBOT_BRIEFS": str(tmp_path)}
    args = [arg for target in targets for arg in ("--to", target)]
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "post", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert fake.token not in err.decode()
    return process.returncode, err.decode()


async def test_briefbot_post_sends_the_default_brief_to_a_channel(fake: FakeSlack, tmp_path: Path) -> None:
    code, err = await briefbot_post(fake, tmp_path, "slack:#news")
    assert code == 0, err
    header, post = fake.posts
    assert header.channel.startswith("C0") and post.thread_ts == header.ts
    assert "*What*" in payload_text(post.payload) and "Sources: Tasnim, AFP" in payload_text(post.payload)


async def test_briefbot_post_goes_on_past_a_refused_channel_and_exits_1(fake: FakeSlack, tmp_path: Path) -> None:
    fake.missing_channels.add("#gone")
    code, err = await briefbot_post(fake, tmp_path, "slack:#gone", "slack:#news")
    assert code == 1
    assert err.splitlines()[-1] == "briefbot: not posted to slack:#gone (the reason is logged above)"
    assert err.count("channel_not_found") == 1  # the reason is said once
    assert len(fake.posts) == 2 and all(p.channel == fake.posts[0].channel for p in fake.posts)
    gone = next(row for row in Ledger.open(os.environ["BRIEFBOT_STATE"]).history() if row.target == "slack:#gone")
    assert gone.detail == "Slack refused the post: channel_not_found"  # the row names the target once
