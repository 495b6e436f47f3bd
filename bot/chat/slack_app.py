"""Slack: ``/brief`` on slack-bolt's ``AsyncApp``, in Socket Mode or over HTTP.

A thin adapter, as bolt's own framework adapters are: a slash command's text goes to
``bot.chat.request.brief_command`` (which decides what a chat user may have and what the answer is),
and its ``Reply`` becomes an ack or ``response_url`` answers, a briefing as Block Kit
(``bot.render.slack``). The command is acknowledged at once, with no work before the ack but
parsing; the briefing is built afterwards (in a worker process, ``bot.workers``, so the loop keeps answering
others) and sent through the command's ``response_url``: ephemeral, or in the channel for
``/brief public``. Errors are short ephemeral messages saying what to type instead.

HTTP mode serves ``POST /slack/events``. Every request's signature is checked with SLACK_SIGNING_SECRET
before anything reads its body: unsigned, forged or stale (over five minutes old) ones, and ones whose
timestamp is not a number, get 401; a signed body that is not the JSON or form Slack sends gets 400.
Only then does bolt see the request. None of these is an error of the bot's, so none logs a traceback.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Mapping
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.request.internals import parse_body
from slack_sdk.errors import SlackApiError

from bot.briefs import Brief
from bot.chat.request import BriefRequest, brief_command
from bot.chat.slack_post import post_messages, slack_client, slack_error
from bot.errors import ConfigError, DeliveryError
from bot.model import Briefing
from bot.render.slack import joined_messages, slack_messages
from bot.settings import Settings

log = logging.getLogger(__name__)

PATH = "/slack/events"
STOP_GRACE = 30.0  # seconds answers in flight get to finish when the bot stops
MAX_REQUEST_AGE = 5 * 60  # seconds: an older signature is a replay
RESPONSES_PER_COMMAND = 5  # Slack takes at most five answers through one response_url


class _ClientOverToken(logging.Filter):
    """Drops bolt's warning that SLACK_BOT_TOKEN goes unused: our client already carries that token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


_CLIENT_OVER_TOKEN = _ClientOverToken()


class SlackService:
    """``/brief`` in Slack for ``briefbot serve``: Socket Mode with an app token, else HTTP on host:port.

    ``MissingSetting`` names the variable if one it needs is not set.
    """

    name = "slack"

    def __init__(self, settings: Settings, briefs: dict[str, Brief], *, host: str, port: int) -> None:
        self.settings, self.briefs, self.host, self.port = settings, briefs, host, port
        self.app_token = settings.slack_app_token
        client = slack_client(settings, "answer /brief in Slack")
        secret = "" if self.app_token else settings.require(
            "slack_signing_secret", "verify Slack's requests in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)")
        bolt_log = logging.getLogger("bot.chat.bolt")
        bolt_log.addFilter(_CLIENT_OVER_TOKEN)  # the same filter object each time: added once
        self.app = AsyncApp(client=client, signing_secret=secret, request_verification_enabled=not self.app_token,
                            logger=bolt_log)
        self.app.command("/brief")(self.brief)
        self.secret = secret
        self._answering: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self._socket: Any = None

    async def brief(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``/brief``: acknowledged at once (bolt waits for the ack); the briefing follows through
        ``response_url`` from a task of our own, so stopping can let answers in flight finish."""
        task = asyncio.create_task(self.answer(ack, command, respond))
        self._answering.add(task)
        task.add_done_callback(self._answered)

    def _answered(self, task: asyncio.Task[None]) -> None:
        """Forget a finished answer; a bug in it is logged here, once, rather than lost with the task."""
        self._answering.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("answering /brief failed", exc_info=error)

    async def events(self, request: web.Request) -> web.Response:
        """``POST /slack/events``: 401 unless Slack signed it, 400 unless its body parses, else bolt's answer."""
        body = await request.read()
        if self.secret and not signed_by_slack(self.secret, body, request.headers, time.time()):
            return web.Response(status=401, text="invalid request signature")
        try:
            text = body.decode("utf-8")
            parsed = parse_body(text, request.headers.get("Content-Type", ""))
        except ValueError:  # UnicodeDecodeError and json.JSONDecodeError both are
            parsed = None
        if not isinstance(parsed, dict):
            log.info("Slack: a signed but malformed request to %s refused", PATH)
            return web.Response(status=400, text="malformed request body: expected Slack's form or JSON")
        bolt_request = AsyncBoltRequest(body=text, query=request.query_string, headers=dict(request.headers))
        return await to_aiohttp_response(await self.app.async_dispatch(bolt_request))

    async def answer(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """``brief_command``'s reply in Slack: help and unreadable commands in the ack, the rest through
        ``response_url`` once the ack has said what is being built."""
        user = command.get("user_id", "?")

        async def started(request: BriefRequest) -> bool:
            if not command.get("response_url"):
                log.warning("/brief from %s came without a response_url: answered in the ack only", user)
                await ack(response_type="ephemeral", text="Slack sent this command without a response_url, so "
                          "the briefing has nowhere to go: type the command again, or ask an admin to reinstall "
                          "the app.")
                return False
            await ack(response_type="ephemeral", text=f"Building {request.description}…")
            return True

        reply = await brief_command(command.get("text", ""), self.briefs, self.settings, started=started, user=user)
        if reply is None:
            return
        if reply.request is None:
            await ack(response_type="ephemeral", text=reply.text)
        elif reply.briefing is None:
            await self.send(respond, {"response_type": "ephemeral", "text": reply.text})
        else:
            await self.answer_briefing(reply.request, reply.briefing, respond, command.get("channel_id", ""))

    async def answer_briefing(self, request: BriefRequest, briefing: Briefing, respond: AsyncRespond,
                              channel: str) -> None:
        """The briefing through ``response_url``: in the channel for ``/brief public``, else to the user alone."""
        messages = slack_messages(briefing)
        answers = messages if len(messages) <= RESPONSES_PER_COMMAND else joined_messages(messages)  # fewer
        if len(answers) > RESPONSES_PER_COMMAND:
            await self.answer_long(request, messages, channel, respond)  # a story a message, in the thread
            return
        kind = "in_channel" if request.public else "ephemeral"
        for message in answers:
            if not await self.send(respond, {"response_type": kind, **message}):
                return

    async def answer_long(self, request: BriefRequest, messages: list[dict[str, Any]], channel: str,
                          respond: AsyncRespond) -> None:
        """More messages than one command may answer: a public briefing is posted with its thread
        (as a scheduled one is); a private one says how to get all of it rather than end mid-way."""
        what = request.description
        if request.public:
            try:
                await post_messages(self.app.client, channel, messages, what)
                return
            except DeliveryError as exc:
                text = f"Could not post {what} in this channel: {exc.reason}. Invite the bot and try again."
        else:
            text = (f"{what[0].upper()}{what[1:]} is {len(messages)} messages long, more than Slack lets a private "
                    f"answer be: type `/brief public {_words(request)}` to post it here with the rest in a thread.")
        await self.send(respond, {"response_type": "ephemeral", "text": text})

    @staticmethod
    async def send(respond: AsyncRespond, message: dict[str, Any]) -> bool:
        """Send one answer through the command's ``response_url``; log and say so if Slack refuses it."""
        try:
            sent = await respond(**message)
        except (TimeoutError, aiohttp.ClientError) as exc:
            log.error("answering /brief through response_url failed: %s", type(exc).__name__)
            return False
        if sent.status_code != 200:
            log.error("answering /brief through response_url failed: HTTP %d %s", sent.status_code, sent.body[:200])
            return False
        return True

    async def start(self) -> None:
        """Connect (Socket Mode) or listen (HTTP). Bad tokens or a busy port are one-line errors, raised here."""
        await self._check_token(self.app.client.auth_test(), "SLACK_BOT_TOKEN")
        if self.app_token:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

            # The socket client retries a refused token forever; ask once first so a bad one stops the start.
            await self._check_token(self.app.client.apps_connections_open(app_token=self.app_token), "SLACK_APP_TOKEN")
            self._socket = AsyncSocketModeHandler(self.app, self.app_token)
            await self._socket.connect_async()
            log.info("Slack: Socket Mode connected")
            return
        server = web.Application()
        server.add_routes([web.post(PATH, self.events)])
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError as exc:
            await self._runner.cleanup()
            raise ConfigError(f"cannot listen on {self.host}:{self.port} ({exc.strerror}): "
                              "pick another --host/--port") from None
        self.port = self._runner.addresses[0][1]  # the real port when 0 asked for any free one
        log.info("Slack: HTTP mode on http://%s:%d%s", self.host, self.port, PATH)

    @staticmethod
    async def _check_token(call: Awaitable[Any], variable: str) -> None:
        try:
            await call
        except SlackApiError as exc:
            raise ConfigError(f"Slack refused {variable} ({slack_error(exc)}): check its value") from None
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise ConfigError(f"cannot reach Slack to check {variable} ({type(exc).__name__}): "
                              "check the network or SLACK_API_URL") from None

    async def stop(self) -> None:
        """Stop taking commands, then give answers in flight a moment to reach Slack."""
        if self._socket is not None:
            await self._socket.close_async()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._answering:
            _, late = await asyncio.wait(set(self._answering), timeout=STOP_GRACE)
            for task in late:
                task.cancel()
            if late:
                log.warning("Slack: stopped with %d /brief answer(s) unsent", len(late))


def signed_by_slack(secret: str, body: bytes, headers: Mapping[str, str], now: float) -> bool:
    """Whether Slack signed ``body`` (``v0=`` HMAC-SHA256 of ``v0:timestamp:body``) at most five minutes from ``now``.

    Done here on the raw bytes because slack_sdk's check raises on a timestamp that is not a number and on
    a body that is not UTF-8: such a request is simply not signed.
    """
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not (timestamp.isascii() and timestamp.isdigit()) or abs(now - int(timestamp)) > MAX_REQUEST_AGE:
        return False
    digest = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"v0={digest}", signature)


def _words(request: BriefRequest) -> str:
    """What to type after ``/brief public`` to ask for ``request`` again."""
    return request.typed
