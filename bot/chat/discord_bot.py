"""The Discord bot: ``/brief [brief]`` as an application command, through discord.py.

A thin adapter: the interaction's text goes to ``bot.chat.request.brief_command`` (the same use case as
on Slack: brief names and public URLs, never local paths), and its ``Reply`` becomes Discord messages, a
briefing those of ``bot.render.discord``. The command is deferred at once (Discord allows 3 seconds), the
briefing is built without blocking the event loop, then sent as followups; anything that goes wrong comes
back to the user alone as one short ephemeral message, and the details go to the log.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket

from bot.briefs import Brief
from bot.chat.discord_post import NO_MENTIONS, TOKEN_REFUSED, send_briefing, use_api_base
from bot.chat.request import BriefRequest, brief_command, public_and_words
from bot.errors import ConfigError, DeliveryError
from bot.render.discord import CONTENT
from bot.render.split import pack_lines
from bot.settings import Settings

log = logging.getLogger(__name__)

CHOICE_NAME = 100  # Discord's limit for an autocomplete choice's name
CHOICES = 25  # and for how many are offered


def brief_choices(briefs: dict[str, Brief], typed: str) -> list[app_commands.Choice[str]]:
    """Brief names matching what the user has typed so far (after ``public``, if any), for autocomplete."""
    public, words = public_and_words(typed)
    prefix = "public " if public else ""
    typed = " ".join(words).lower()
    names = sorted(n for n in briefs if typed in n.lower() or typed in (briefs[n].title or "").lower())
    choices = []
    for name in names[:CHOICES]:
        label = prefix + (f"{name}: {briefs[name].title}" if briefs[name].title else name)
        if len(label) > CHOICE_NAME:
            label = (prefix + name)[:CHOICE_NAME]
        choices.append(app_commands.Choice(name=label, value=prefix + name))
    return choices


def slash_command(settings: Settings, briefs: dict[str, Brief]) -> app_commands.Command[Any, ..., None]:
    """The ``/brief`` application command, answering from ``briefs`` under ``settings``."""

    @app_commands.command(name="brief", description="A short, deduplicated briefing of the news")
    @app_commands.describe(brief="a brief's name, or public http(s) URLs; start with 'public' to post it "
                                 "in the channel, or type 'help'")
    async def brief(interaction: discord.Interaction, brief: str = "") -> None:
        await answer(interaction, brief, settings, briefs)

    @brief.autocomplete("brief")
    async def complete(interaction: discord.Interaction, typed: str) -> list[app_commands.Choice[str]]:
        return brief_choices(briefs, typed)

    return brief


async def answer(interaction: discord.Interaction, text: str, settings: Settings, briefs: dict[str, Brief]) -> None:
    """``brief_command``'s reply as Discord messages: deferred once building starts (Discord allows 3 s),
    then the briefing as followups; help and refusals to the user alone."""
    where = f"discord /brief in channel {interaction.channel_id}"

    async def started(request: BriefRequest) -> bool:
        try:
            await interaction.response.defer(ephemeral=not request.public, thinking=True)
        except discord.NotFound:  # more than 3 s passed (a stalled loop, a slow network): Discord gave up
            log.warning("a /brief interaction expired before it could be acknowledged")
            return False
        return True

    reply = await brief_command(text, briefs, settings, started=started, user=where)
    if reply is None:
        return
    if reply.request is None:
        await reply_privately(interaction, reply.text)
    elif reply.briefing is None:
        await _report(interaction, reply.text, reply.public)
    else:
        try:
            await send_briefing(interaction.followup.send, reply.briefing, where, ephemeral=not reply.public,
                                wait=True)
        except DeliveryError as exc:  # already logged; the interaction may be gone, but try to say so
            text = f"Could not post {reply.request.description} in full: {exc.reason}"
            await _report(interaction, text, reply.public)


async def _report(interaction: discord.Interaction, text: str, public: bool) -> None:
    """An error as an ephemeral followup; a public "thinking…" message is removed first."""
    try:
        if public:
            await interaction.delete_original_response()
        await reply_privately(interaction, text)
    except discord.HTTPException as exc:
        log.warning("could not tell the user about an error: %s", exc)


async def reply_privately(interaction: discord.Interaction, text: str) -> None:
    """``text`` to this user only, in as many messages as Discord's 2000 characters need."""
    for part in pack_lines(text.split("\n"), CONTENT):
        if interaction.response.is_done():
            await interaction.followup.send(part, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(part, ephemeral=True, allowed_mentions=NO_MENTIONS)


class DiscordService:
    """``briefbot serve``'s Discord part: logs in, syncs ``/brief``, and keeps the gateway connected."""

    name = "discord"

    def __init__(self, settings: Settings, briefs: dict[str, Brief]) -> None:
        self.settings = settings
        self.client = discord.Client(intents=discord.Intents(guilds=True))
        self.tree = app_commands.CommandTree(self.client)
        self.tree.add_command(slash_command(settings, briefs))
        self._connection: asyncio.Task[None] | None = None

    async def login(self) -> None:
        """Log in over HTTP and register ``/brief`` with Discord: everything but the gateway connection."""
        token = self.settings.require("discord_token", "run the Discord bot")
        use_api_base(self.settings)
        try:
            await self.client.login(token)
        except discord.LoginFailure:
            raise ConfigError(TOKEN_REFUSED) from None
        await self.tree.sync()

    async def start(self) -> None:
        await self.login()
        if self.settings.discord_api_url:
            # discord.py connects to wss://gateway.discord.gg unless told otherwise; behind DISCORD_API_URL
            # the gateway is the one that API names, as Discord's docs advise (GET /gateway/bot).
            _, url, _ = await self.client.http.get_bot_gateway()
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        self._connection = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")
        self._connection.add_done_callback(self._ended)

    def _ended(self, connection: asyncio.Task[None]) -> None:
        if not connection.cancelled() and connection.exception() is not None:
            log.error("the Discord gateway connection ended: %s: /brief is not answered until a restart",
                      connection.exception())

    async def stop(self) -> None:
        await self.client.close()
        if self._connection is not None:
            await asyncio.gather(self._connection, return_exceptions=True)  # its error is logged by _ended
