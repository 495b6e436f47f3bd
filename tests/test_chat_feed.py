"""The issue's done-when check: ``briefbot post`` of the 383-article Giveme5W1H feed with ``top = 5`` to the
fake Slack and the fake Discord in one run: a handful of messages, none near a limit, citations as links,
every part posted once and in order, the last one linking to the full briefing; and a source that could not
be read stays the operator's business."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from discord.http import Route

from bot.briefs import Brief
from bot.model import Briefing
from bot.render.discord import discord_messages, embed_size
from bot.render.page import page_url
from bot.render.slack import slack_messages
from bot.schedule.dispatch import dispatch
from bot.settings import Settings
from bot.state.ledger import Ledger, now
from bot.targets import Progress, Target
from tests.conftest import ROOT, SHARED
from tests.fakes.discord_api import FakeDiscord, message_problems
from tests.fakes.slack_api import FakeSlack, block_text, limit_problems, payload_text

FEED = SHARED / "eval" / "giveme5w1h" / "clusters"
PUBLIC = "https://briefs.example"
NEAR = 0.9  # a message "near a limit" uses more than this share of one


@pytest.fixture
async def fakes(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[FakeSlack, FakeDiscord]]:
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    slack = await FakeSlack().start()
    async with FakeDiscord() as discord:
        discord.add_webhook("1", "token")
        yield slack, discord
    await slack.stop()


def slack_sizes(payload: dict[str, Any]) -> list[float]:
    """The share of each Slack limit one payload uses."""
    shares = [len(payload["blocks"]) / 50]
    shares += [len(block_text(b)) / (150 if b["type"] == "header" else 3000) for b in payload["blocks"]]
    return shares


@pytest.mark.skipif(not FEED.is_dir(), reason="needs ../shared/eval/giveme5w1h/clusters")
async def test_the_383_article_feed_with_top_5_posts_a_handful_of_linked_messages(
        fakes: tuple[FakeSlack, FakeDiscord], tmp_path: Path) -> None:
    slack, discord = fakes
    (tmp_path / "feed.toml").write_text(f'name = "feed"\ntitle = "World news"\nsources = ["{FEED}"]\ntop = 5\n',
                                        encoding="utf-8")
    env = {**os.environ, "BRIEFBOT_BRIEFS": str(tmp_path), "BRIEFBOT_STATE": str(tmp_path / "state.db"),
           "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.api_url, "DISCORD_API_URL": discord.base,
           "BRIEFBOT_PUBLIC_URL": PUBLIC}
    env.pop("DISCORD_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "post", "feed", "--to", "slack:#news",
        "--to", "discord-webhook:https://discord.com/api/webhooks/1/token",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(process.communicate(), 300)
    assert process.returncode == 0, err.decode()[-3000:]

    [row] = {r.briefing_id for r in Ledger.open(str(tmp_path / "state.db")).history()}
    assert row is not None
    document = Ledger.open(str(tmp_path / "state.db")).archived(row)
    assert document is not None
    posted = replace(Briefing.from_dict(document), title="World news", page_url=page_url(PUBLIC, row))
    assert len(posted.stories) == 5

    # Slack: the header in the channel, each story in its thread, exactly the payloads rendered, in order.
    assert 2 <= len(slack.posts) <= 7 and slack.refused == []
    assert [p.payload["blocks"] for p in slack.posts] == [m["blocks"] for m in slack_messages(posted)]
    first, *replies = slack.posts
    assert first.thread_ts is None and all(r.thread_ts == first.ts for r in replies)
    for post in slack.posts:
        assert limit_problems(post.payload) == [] and max(slack_sizes(post.payload)) <= NEAR
    lines = [line for post in replies for line in payload_text(post.payload).splitlines() if " — " in line]
    assert len(lines) > 20 and all(re.search(r" — <https?://[^|>]+\|[^>]+>", line) for line in lines)
    assert [p.payload["text"] for p in replies] == [f"{n}. {s.headline}" for n, s in enumerate(posted.stories, 1)]
    assert payload_text(replies[-1].payload).endswith(f"<{PUBLIC}/briefings/{row}|Full\u00a0briefing>")

    # Discord: one message per story, the first with the header; the same embeds as rendered, in order.
    messages = discord.messages_to("webhook:1")
    # A story of many outlets may need a second message (its embeds "(continued)"): at most one per story besides.
    assert 2 <= len(messages) <= 2 * len(posted.stories) and discord.refused == []
    expected = discord_messages(posted)
    assert [[(e.get("title"), e["description"]) for e in m.payload["embeds"]] for m in messages] == \
           [[(e.get("title"), e["description"]) for e in m["embeds"]] for m in expected]
    for message in messages:
        assert message_problems(message.payload) == []
        assert sum(map(embed_size, message.payload["embeds"])) <= NEAR * 6000
        assert all(len(e["description"]) <= NEAR * 4096 for e in message.payload["embeds"])
    bullets = [line for m in messages for e in m.payload["embeds"] for line in e["description"].split("\n")
               if " — " in line]
    assert len(bullets) > 20 and all(re.search(r" — \[[^\]]+\]\(https?://[^)]+\)", b) for b in bullets)
    assert messages[-1].payload["embeds"][-1]["description"].endswith(f"({PUBLIC}/briefings/{row})")
    skipped = len([s for s in posted.sources if s.status == "skipped"])
    assert skipped and f"{skipped} sources could not be read" in messages[0].payload["content"]
    assert "clutter" not in str([m.payload for m in messages]) + str([p.payload for p in slack.posts])


async def test_a_skipped_source_is_logged_and_in_the_history_and_only_counted_in_chat(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(2):
        (articles / f"a{n}.txt").write_text("Ports reopen after strike\n\nThe ports of Kestria reopened on Monday "
                                            "after a week-long strike, officials said.\n", encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    sent: list[Briefing] = []

    async def send(briefing: Briefing, target: Target, settings: Settings, progress: Progress) -> None:
        sent.append(briefing)

    ledger = Ledger.open(str(tmp_path / "state.db"))
    with caplog.at_level(logging.WARNING, logger="bot.schedule.dispatch"):
        await dispatch(Brief(name="ports", sources=[str(articles)]), now(), [Target("slack", "#news")], ledger,
                       Settings(), send=send)
    assert "skipped" in caplog.text and "broken.txt" in caplog.text
    [row] = ledger.history()
    assert row.detail == "1 story; 1 source could not be read (the archived JSON says which)"
    [briefing] = sent
    chat = str(slack_messages(briefing)) + str(discord_messages(briefing))
    assert "1 source could not be read" in chat and "broken" not in chat
