"""Posting to Discord: the real discord.py HTTP clients against a fake Discord API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from discord.http import Route

from bot.chat.discord_post import post_to_discord_channel, post_to_discord_webhook
from bot.delivery import deliver
from bot.errors import ConfigError, DeliveryError, MissingSetting
from bot.model import Briefing, Item, Source, Story
from bot.render.discord import discord_messages
from bot.settings import Settings
from bot.targets import Progress, Target
from tests.conftest import ROOT
from tests.fakes.discord_api import FakeDiscord, message_problems

WEBHOOK_TOKEN = "w3bh00k-t0ken-that-must-stay-secret"
HOSTILE = "@everyone @here <@123> <@&456> **x** " + "long paragraph " * 700


@pytest.fixture
async def api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    monkeypatch.setattr(Route, "BASE", Route.BASE)  # DISCORD_API_URL changes it for the process
    async with FakeDiscord() as fake:
        fake.add_webhook("1", WEBHOOK_TOKEN)
        yield fake


def settings(api: FakeDiscord, token: str | None = None) -> Settings:
    return Settings(discord_token=token or api.token, discord_api_url=api.base)


def briefing(text: str = "Ports reopen on Monday.", stories: int = 1) -> Briefing:
    return Briefing(
        brief="test", title="Trade",
        sources=[Source(id="1", title="Ports", outlet="Tidings")],
        stories=[Story(id=str(n), headline=f"Ports {n}", sources=["1"], what=[Item(text=text, sources=["1"])])
                 for n in range(stories)],
    )


def assert_all_accepted(api: FakeDiscord) -> None:
    assert api.refused == []
    assert all(message_problems(p.payload) == [] for p in api.posted)


async def test_a_webhook_post_delivers_every_message_in_order(api: FakeDiscord) -> None:
    big = briefing("cargo moved through the port again " * 20, stories=60)
    await post_to_discord_webhook(big, f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}", settings(api))
    posted = api.messages_to("webhook:1")
    assert len(posted) > 2
    assert_all_accepted(api)
    titles = [e["title"] for p in posted for e in p.payload["embeds"]]
    assert titles == [f"{n + 1}. Ports {n}" for n in range(60)]
    assert len(posted) == 60  # one message per story
    assert ("GET", "users/@me") not in api.requests  # a webhook needs neither a token nor a login


async def test_a_channel_post_logs_in_over_http_and_posts_as_the_bot(api: FakeDiscord) -> None:
    await deliver(briefing(), Target.parse("discord:920000000000000009"), settings(api))
    assert api.requests[:2] == [("GET", "users/@me"), ("GET", "oauth2/applications/@me")]
    [posted] = api.messages_to("channel:920000000000000009")
    assert posted.payload["content"] == "**Trade**\n1 story from 1 source"
    assert_all_accepted(api)


async def test_hostile_article_text_arrives_neutralised_and_split(api: FakeDiscord) -> None:
    await post_to_discord_webhook(briefing(HOSTILE), f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}",
                                  settings(api))
    assert_all_accepted(api)
    text = "\n".join(t for p in api.posted for t in p.texts())
    assert not re.search(r"@(everyone|here)|<@[!&]?\d+>", text)
    assert "\\*\\*x\\*\\*" in text
    assert text.count("long") == text.count("paragraph") == 700  # split across embeds, none lost
    assert all(p.payload["allowed_mentions"]["parse"] == [] for p in api.posted)


async def test_a_429_is_waited_out_and_the_post_goes_through(api: FakeDiscord) -> None:
    api.rate_limits = 1
    await post_to_discord_webhook(briefing(), f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}", settings(api))
    api.rate_limits = 1
    await post_to_discord_channel(briefing(), "920000000000000009", settings(api))
    assert api.rate_limited == 2
    assert len(api.messages_to("webhook:1")) == 1 and len(api.messages_to("channel:920000000000000009")) == 1


async def test_a_failed_post_is_logged_with_its_channel_and_the_next_post_goes_on(
    api: FakeDiscord, caplog: pytest.LogCaptureFixture,
) -> None:
    api.forbidden_channels.add("920000000000000666")
    with caplog.at_level(logging.ERROR), pytest.raises(DeliveryError) as raised:
        await post_to_discord_channel(briefing(), "920000000000000666", settings(api))
    assert str(raised.value).startswith("discord:920000000000000666: message 1 of 1 was not posted: "
                                        "Discord answered 403 (Missing Permissions)")
    await post_to_discord_channel(briefing(), "920000000000000009", settings(api))
    assert len(api.messages_to("channel:920000000000000009")) == 1


async def test_an_unknown_webhook_fails_without_showing_its_token(
    api: FakeDiscord, caplog: pytest.LogCaptureFixture,
) -> None:
    url = "https://discord.com/api/webhooks/2/another-secret-token"
    with caplog.at_level(logging.DEBUG), pytest.raises(DeliveryError) as raised:
        await post_to_discord_webhook(briefing(), url, settings(api))
    assert "404" in str(raised.value) and "discord-webhook:https://discord.com/api/webhooks/2/***" in str(raised.value)
    assert "another-secret-token" not in str(raised.value) + caplog.text


async def test_an_error_quoting_the_webhook_url_does_not_show_its_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    bad_base = Settings(discord_api_url="http://127.0.0.1:99999/api/v10")  # aiohttp quotes the URL it refuses
    with pytest.raises(DeliveryError) as raised:
        await post_to_discord_webhook(briefing(), f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}", bad_base)
    assert "InvalidUrl" in raised.value.reason and WEBHOOK_TOKEN not in str(raised.value)


async def test_tokens_are_checked_before_anything_is_sent(api: FakeDiscord) -> None:
    with pytest.raises(MissingSetting, match=r"^DISCORD_TOKEN is not set"):
        await post_to_discord_channel(briefing(), "920000000000000009", Settings(discord_api_url=api.base))
    with pytest.raises(DeliveryError, match="refused DISCORD_TOKEN") as raised:
        await post_to_discord_channel(briefing(), "920000000000000009", settings(api, token="wrong-token"))
    assert "wrong-token" not in str(raised.value)
    with pytest.raises(ConfigError, match="numeric ID"):
        await post_to_discord_channel(briefing(), "#news", settings(api))
    with pytest.raises(ConfigError, match=r"^DISCORD_API_URL='127.0.0.1:80' is not an http\(s\) URL"):
        await post_to_discord_channel(briefing(), "920000000000000009",
                                      Settings(discord_token="t", discord_api_url="127.0.0.1:80"))
    for elsewhere in ("https://example.org/hook", "http://127.0.0.1:9/api/webhooks/1/token",
                      "https://example.org/api/webhooks/1/token", "http://discord.com/api/webhooks/1/token"):
        with pytest.raises(ConfigError, match="not a Discord webhook URL"):
            await post_to_discord_webhook(briefing(), elsewhere, settings(api))
    assert api.posted == []


async def test_briefbot_post_delivers_the_seeds_to_a_webhook_within_every_limit(api: FakeDiscord) -> None:
    """The issue's done-when check: the CLI in a subprocess, pointed at the fake by DISCORD_API_URL."""
    api.add_webhook("1", "token")
    env = {**os.environ, "DISCORD_API_URL": api.base, "BRIEFBOT_LOG_LEVEL": "DEBUG"}
    env.pop("DISCORD_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "post", "--sources", "seeds",
        "--to", "discord-webhook:https://discord.com/api/webhooks/1/token",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    posted = api.messages_to("webhook:1")
    assert posted and api.refused == []
    assert all(p.payload["allowed_mentions"] == {"parse": [], "users": [], "roles": []} for p in posted)
    assert "**Sources:** Tasnim, AFP" in posted[-1].payload["embeds"][-1]["description"]
    assert out == b""


async def test_a_failed_webhook_post_is_reported_once(api: FakeDiscord, tmp_path: Path) -> None:
    env = {**os.environ, "DISCORD_API_URL": api.base, "BRIEFBOT_STATE": str(tmp_path / "state.db")}
    env.pop("DISCORD_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "post", "--sources", "seeds",
        "--to", "discord-webhook:https://discord.com/api/webhooks/7/unknown-token",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, err = await process.communicate()
    assert process.returncode == 1
    said = err.decode()
    assert said.count("404") == 1, said  # the log line; the closing line only names the target
    assert said.splitlines()[-1] == "briefbot: not posted to discord-webhook:https://discord.com/api/webhooks/7/*** " \
                                    "(the reason is logged above)"


@pytest.mark.parametrize("where", ["webhook", "channel"])
async def test_a_streak_of_429s_is_waited_out_and_every_message_lands(api: FakeDiscord, where: str) -> None:
    big = briefing("cargo moved through the port again " * 20, stories=60)
    api.rate_limits = 17  # more than three times what discord.py waits out on its own
    progress = Progress()
    if where == "webhook":
        await post_to_discord_webhook(big, f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}", settings(api),
                                      progress)
    else:
        await post_to_discord_channel(big, "920000000000000009", settings(api), progress)
    assert api.rate_limited == 17
    posted = api.posted
    assert len(posted) == len(discord_messages(big)) == len(progress.landed) > 2
    assert_all_accepted(api)


async def test_a_500_after_discord_stored_a_channel_message_does_not_duplicate_it(api: FakeDiscord) -> None:
    big = briefing("cargo moved through the port again " * 20, stories=60)
    api.store_then_fail_next = 2
    await post_to_discord_channel(big, "920000000000000009", settings(api))
    assert api.server_errors == 2
    titles = [e["title"] for p in api.posted for e in p.payload["embeds"]]
    assert titles == [f"{n + 1}. Ports {n}" for n in range(60)]  # each once
    assert all(p.payload["enforce_nonce"] is True and len(p.payload["nonce"]) <= 25 for p in api.posted)


async def test_a_channel_post_taken_over_sends_only_what_did_not_land_and_repeats_nothing(api: FakeDiscord) -> None:
    big = briefing("cargo moved through the port again " * 20, stories=60)
    total = len(discord_messages(big))
    first = Progress(key="morning|discord:9|41")
    with pytest.raises(DeliveryError):
        api.forbidden_channels.add("920000000000000009")
        await post_to_discord_channel(big, "920000000000000009", settings(api), first)
    api.forbidden_channels.clear()
    sent = Progress(key="morning|discord:9|41")
    await post_to_discord_channel(big, "920000000000000009", settings(api), sent)
    landed = dict(sent.landed)
    again = Progress(key="morning|discord:9|41", landed={n: ref for n, ref in landed.items() if n < 2})
    await post_to_discord_channel(big, "920000000000000009", settings(api), again)  # as a run dying after 2
    assert len(api.posted) == total  # the nonces made Discord keep one copy of messages 3 to the end
    assert again.landed == landed


async def test_a_500_after_discord_stored_a_webhook_message_is_not_sent_again(api: FakeDiscord) -> None:
    big = briefing("cargo moved through the port again " * 20, stories=60)
    api.store_then_fail_next = 1  # webhooks take no nonce: a repeat would be a second copy
    url = f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}"
    with pytest.raises(DeliveryError, match=r"message 1 of \d+ was not posted: Discord answered 500 .*it may have "
                                            r"arrived, so it is not sent again"):
        await post_to_discord_webhook(big, url, settings(api))
    assert api.server_errors == 1 and len(api.posted) == 1
