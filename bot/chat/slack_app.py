"""Slack: ``/brief`` on slack-bolt's ``AsyncApp``, in Socket Mode or over HTTP.

A thin adapter, as bolt's own framework adapters are: a slash-command payload becomes a
``BriefRequest`` (``bot.chat.request`` decides what a chat user may have), a ``Briefing`` becomes
Block Kit (``bot.render.slack``). The command is acknowledged at once, with no work before the ack but
parsing; the briefing is built afterwards (its CPU work runs in a thread, so the loop keeps answering
others) and sent through the command's ``response_url``: ephemeral, or in the channel for
``/brief public``. Errors are short ephemeral messages saying what to type instead.

HTTP mode serves ``POST /slack/events``; bolt verifies every request's signature with
SLACK_SIGNING_SECRET and answers unsigned, forged or stale (over five minutes old) ones with 401.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.briefs import Brief
from bot.chat.request import BriefRequest, briefing_for, help_text, parse_brief_command
from bot.chat.slack_post import slack_client
from bot.errors import BriefbotError
from bot.render.slack import slack_messages
from bot.settings import Settings

log = logging.getLogger(__name__)

PATH = "/slack/events"


class _ClientOverToken(logging.Filter):
    """Drops bolt's warning that SLACK_BOT_TOKEN goes unused: our client already carries that token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


class SlackService:
    """``/brief`` in Slack for ``briefbot serve``: Socket Mode with an app token, else HTTP on host:port."""

    name = "slack"

    def __init__(self, settings: Settings, briefs: dict[str, Brief], *, host: str, port: int) -> None:
        self.settings, self.briefs, self.host, self.port = settings, briefs, host, port
        self.app_token = settings.slack_app_token
        client = slack_client(settings, "answer /brief in Slack")
        secret = "" if self.app_token else settings.require(
            "slack_signing_secret", "verify Slack's requests in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)")
        bolt_log = logging.getLogger("bot.chat.bolt")
        bolt_log.addFilter(_ClientOverToken())
        self.app = AsyncApp(client=client, signing_secret=secret, request_verification_enabled=not self.app_token,
                            logger=bolt_log)
        self.app.command("/brief")(self.brief)
        self._answering: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self._socket: Any = None

    async def brief(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/brief``: acknowledged at once; the briefing follows through ``response_url``."""
        try:
            request = parse_brief_command(command.get("text", ""), self.briefs)
        except BriefbotError as exc:
            await ack(response_type="ephemeral", text=str(exc))
            return
        if request.help:
            await ack(response_type="ephemeral", text=help_text(self.briefs))
            return
        await ack(response_type="ephemeral", text=f"Building {_what(request)}…")
        task = asyncio.create_task(self.answer(request, respond, command.get("user_id", "?")))
        self._answering.add(task)
        task.add_done_callback(self._answering.discard)

    async def answer(self, request: BriefRequest, respond: AsyncRespond, user: str) -> None:
        """Build what ``request`` asks for and send it, or a short error, to the user who asked."""
        try:
            briefing = await briefing_for(request, self.briefs, self.settings)
        except BriefbotError as exc:
            await respond(response_type="ephemeral", text=f"Could not build {_what(request)}: {exc}")
            return
        except Exception:
            log.exception("building %s for %s failed", _what(request), user)
            await respond(response_type="ephemeral",
                          text=f"Something went wrong building {_what(request)}; the bot's log has the details.")
            return
        kind = "in_channel" if request.public else "ephemeral"
        for message in slack_messages(briefing):
            await respond(response_type=kind, **message)

    async def start(self) -> None:
        if self.app_token:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler  # noqa: PLC0415

            self._socket = AsyncSocketModeHandler(self.app, self.app_token)
            await self._socket.connect_async()
            log.info("Slack: Socket Mode connected")
            return
        self._runner = web.AppRunner(self.app.web_app(path=PATH, port=self.port), access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = self._runner.addresses[0][1]  # the real port when 0 asked for any free one
        log.info("Slack: HTTP mode on http://%s:%d%s", self.host, self.port, PATH)

    async def stop(self) -> None:
        """Stop taking commands, then give answers in flight a moment to reach Slack."""
        if self._socket is not None:
            await self._socket.close_async()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._answering:
            await asyncio.wait(set(self._answering), timeout=30)


def _what(request: BriefRequest) -> str:
    if request.urls:
        return f"a briefing of {len(request.urls)} URL{'s' if len(request.urls) > 1 else ''}"
    return f"the `{request.brief}` briefing"


def slack_service(settings: Settings, briefs: dict[str, Brief], *, host: str, port: int) -> SlackService:
    """The Slack service; ``MissingSetting`` naming the variable if one it needs is not set."""
    return SlackService(settings, briefs, host=host, port=port)
