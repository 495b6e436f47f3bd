"""``/brief`` on Discord: real INTERACTION_CREATE payloads run through discord.py's own CommandTree, the
answers going over discord.py's HTTP client to a fake Discord API on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.briefs import load_briefs
from bot.chat.discord_bot import DiscordService
from bot.cli.serve import services
from bot.errors import MissingSetting
from bot.settings import Settings
from tests.conftest import SEEDS
from tests.fakes.discord_api import FakeDiscord, Posted

HOSTILE = ("@everyone @here <@123> <@&456> **x** " + "the port stayed closed all week " * 320).strip()


@pytest.fixture
async def api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    monkeypatch.setattr(Route, "BASE", Route.BASE)  # DISCORD_API_URL changes these for the process
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture
def briefs_dir(tmp_path: Path) -> Path:
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "a.txt").write_text(f"Port closed\n\n{HOSTILE}\n", encoding="utf-8")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "default.toml").write_text(f'name = "default"\ntitle = "Seeds"\nsources = ["{SEEDS}"]\n')
    (briefs / "hostile.toml").write_text(f'name = "hostile"\ntitle = "Port news"\nsources = ["{hostile}"]\n')
    return briefs


@pytest.fixture
async def bot(api: FakeDiscord, briefs_dir: Path) -> AsyncIterator[DiscordService]:
    settings = Settings(discord_token=api.token, discord_api_url=api.base, briefs_dir=briefs_dir)
    service = DiscordService(settings, load_briefs(briefs_dir))
    await service.login()
    yield service
    await service.client.close()


async def brief(bot: DiscordService, api: FakeDiscord, text: str | None, *, autocomplete: bool = False) -> None:
    """What Discord's gateway delivers when a user types ``/brief text``, run through the command tree."""
    options: list[dict[str, Any]] = []
    if text is not None:
        options = [{"type": 3, "name": "brief", "value": text, **({"focused": True} if autocomplete else {})}]
    payload = api.interaction_payload("brief", options, autocomplete=autocomplete)
    await bot.tree._call(discord.Interaction(data=payload, state=bot.client._connection))  # type: ignore[arg-type]


def followups(api: FakeDiscord) -> list[Posted]:
    return api.messages_to("followup")


def shown(posted: list[Posted]) -> str:
    return "\n".join(t for p in posted for t in p.texts())


async def test_login_registers_brief_with_autocomplete(bot: DiscordService, api: FakeDiscord) -> None:
    [command] = api.commands
    assert command["name"] == "brief"
    [option] = command["options"]
    assert option["name"] == "brief" and option["autocomplete"] is True and option["required"] is False


async def test_brief_is_deferred_then_the_briefing_follows_privately(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, None)
    [callback] = api.callbacks
    assert callback["type"] == 5 and callback["data"]["flags"] == 64  # deferred, only the user sees it
    assert api.requests.index(("POST", "interactions/callback")) < api.requests.index(("POST", "webhooks"))
    posted = followups(api)
    assert posted and all(p.ephemeral for p in posted) and api.refused == []
    assert posted[0].payload["content"] == "**Seeds**\n1 story from 5 sources"
    [story] = posted[-1].payload["embeds"]
    assert story["title"].startswith("Joe Biden") and "**Sources:** Tasnim, AFP" in story["description"]


async def test_brief_public_posts_the_briefing_in_the_channel(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "public default")
    assert api.callbacks[0]["type"] == 5 and "flags" not in (api.callbacks[0].get("data") or {})
    assert followups(api) and not any(p.ephemeral for p in followups(api))


async def test_hostile_article_text_arrives_neutralised_and_split(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "hostile")
    posted = followups(api)
    assert posted and api.refused == []  # within every limit, however much of it the summary keeps
    text = shown(posted)
    assert "stayed closed" in text
    assert not re.search(r"@(everyone|here)|<@[!&]?\d+>|(?<!\\)\*\*x", text)


async def test_a_local_path_is_refused_at_once_and_nothing_is_built(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "/etc/passwd")
    [callback] = api.callbacks
    assert callback["type"] == 4 and callback["data"]["flags"] == 64
    assert "`/etc/passwd` is neither a brief nor a list of http(s) URLs" in callback["data"]["content"]
    assert callback["data"]["allowed_mentions"]["parse"] == []
    assert followups(api) == []


async def test_a_private_url_is_refused_after_the_defer(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "http://127.0.0.1:8/secret")
    assert api.callbacks[0]["type"] == 5
    [posted] = followups(api)
    assert posted.ephemeral and "points to a private address" in posted.payload["content"]
    assert posted.payload["content"].startswith("Could not build a briefing of 1 URL: ")  # worded as on Slack


async def test_a_public_request_that_fails_tells_only_the_user(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "public http://127.0.0.1:8/secret")
    assert ("DELETE", "webhooks/messages/@original") in api.requests  # the public "thinking…" goes
    [posted] = followups(api)
    assert posted.ephemeral and "private address" in posted.payload["content"]


async def test_help_lists_the_briefs(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "help")
    [callback] = api.callbacks
    assert callback["type"] == 4 and callback["data"]["flags"] == 64
    assert "• default: Seeds\n• hostile: Port news" in callback["data"]["content"]


async def test_autocomplete_offers_matching_brief_names(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "PORT", autocomplete=True)
    [callback] = api.callbacks
    assert callback["type"] == 8
    assert callback["data"]["choices"] == [{"name": "hostile: Port news", "value": "hostile"}]


async def test_autocomplete_keeps_public_in_front(bot: DiscordService, api: FakeDiscord) -> None:
    await brief(bot, api, "public def", autocomplete=True)
    assert api.callbacks[0]["data"]["choices"] == [{"name": "public default: Seeds", "value": "public default"}]


async def test_interaction_tokens_stay_out_of_the_log(
    bot: DiscordService, api: FakeDiscord, caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        await brief(bot, api, "http://127.0.0.1:8/secret")
    assert "/interactions/" in caplog.text and "/webhooks/" in caplog.text  # discord.py did log the URLs
    assert "interaction-token-" not in caplog.text


async def test_the_bot_needs_discord_token(api: FakeDiscord, briefs_dir: Path) -> None:
    service = DiscordService(Settings(discord_api_url=api.base), load_briefs(briefs_dir))
    with pytest.raises(MissingSetting, match=r"^DISCORD_TOKEN is not set"):
        await service.start()
    assert api.requests == []


async def test_serve_answers_brief_from_the_gateway(api: FakeDiscord, briefs_dir: Path) -> None:
    settings = Settings(discord_token=api.token, discord_api_url=api.base, briefs_dir=briefs_dir)
    [service] = services(argparse.Namespace(host="127.0.0.1", port=0), settings)
    await service.start()
    try:
        await api.until(lambda: api.identify is not None)
        assert api.identify is not None and api.identify["intents"] == discord.Intents(guilds=True).value
        await api.dispatch("INTERACTION_CREATE", api.interaction_payload("brief", []))
        await api.until(lambda: any("**Sources:**" in e.get("description", "") for p in followups(api)
                                    for e in p.payload.get("embeds", [])))
    finally:
        await service.stop()
    assert api.callbacks[0]["type"] == 5 and api.refused == []
    assert [c["name"] for c in api.commands] == ["brief"]
