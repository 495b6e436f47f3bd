"""A fake Slack on 127.0.0.1: the Web API methods briefbot calls, and ``response_url`` endpoints.

It checks Slack's message limits on every payload it gets (at most 50 blocks, section text at most
3000 characters, header text at most 150, context blocks of 1 to 10 elements of at most 3000, a non-empty
``text`` fallback) and refuses a payload that
breaks one, as Slack does; it records everything it accepted, and can answer the next
``chat.postMessage`` calls with 429 + ``Retry-After`` (a streak of them, or every call once some posts
are stored), with 503 before storing, or with 503 *after* storing (as a platform failing mid-request
does), or refuse a channel. Also: how to sign a
request the way Slack does, a real slash-command form body, and a Socket Mode endpoint that sends one.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
from aiohttp import web

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_CONTEXT_ELEMENTS = 10


def limit_problems(payload: dict[str, Any]) -> list[str]:
    """Every way ``payload`` breaks Slack's message limits; empty when Slack would take it."""
    problems = []
    if not isinstance(payload.get("text"), str) or not payload["text"].strip():
        problems.append("no text fallback")
    blocks = payload.get("blocks") or []
    if len(blocks) > MAX_BLOCKS:
        problems.append(f"{len(blocks)} blocks")
    for block in blocks:
        text = (block.get("text") or {}).get("text", "")
        if block["type"] == "section" and not 0 < len(text) <= MAX_SECTION:
            problems.append(f"section text of {len(text)} characters")
        if block["type"] == "header" and (block["text"]["type"] != "plain_text" or not 0 < len(text) <= MAX_HEADER):
            problems.append(f"header of {len(text)} characters")
        if block["type"] == "context":
            elements = block.get("elements") or []
            if not 0 < len(elements) <= MAX_CONTEXT_ELEMENTS:
                problems.append(f"context of {len(elements)} elements")
            problems += [f"context text of {len(e['text'])} characters" for e in elements
                         if not 0 < len(e.get("text", "")) <= MAX_SECTION]
    return problems


@dataclass
class Post:
    """One accepted ``chat.postMessage``."""

    channel: str
    ts: str
    thread_ts: str | None
    payload: dict[str, Any]


@dataclass
class FakeSlack:
    token: str = "xoxb-test-token"
    app_token: str = "xapp-test-token"
    posts: list[Post] = field(default_factory=list)
    responses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    refused: list[list[str]] = field(default_factory=list)
    rate_limited: int = 0  # how many 429s were answered
    rate_limit_next: int = 0  # answer this many coming chat.postMessage calls with 429
    server_errors_next: int = 0  # answer this many coming chat.postMessage calls with 503
    server_errors: int = 0  # how many 503s were answered
    store_then_fail_next: int = 0  # store this many coming messages, then answer each with 503 all the same
    limit_after: int | None = None  # once this many messages are stored, answer every call with 429
    retry_after: str = "1"  # the Retry-After of each 429
    missing_channels: set[str] = field(default_factory=set)
    expired_responses: set[str] = field(default_factory=set)  # response_url keys Slack no longer takes
    port: int = 0

    def __post_init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._arrived = asyncio.Condition()
        self.answers_open = asyncio.Event()  # cleared: answers to response_url wait (ack-before-answer tests)
        self.answers_open.set()
        self._socket: web.WebSocketResponse | None = None
        self._socket_acks: dict[str, asyncio.Future[dict[str, Any]]] = {}

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, key: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{key}"

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.add_routes([web.post("/api/auth.test", self._auth_test),
                        web.post("/api/chat.postMessage", self._post_message),
                        web.post("/api/apps.connections.open", self._connections_open),
                        web.get("/socket", self._socket_mode),
                        web.post("/response/{key}", self._respond)])
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for_responses(self, key: str, count: int = 1, timeout: float = 20) -> list[dict[str, Any]]:
        """The payloads sent to ``response_url(key)``, once at least ``count`` have arrived."""
        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: len(self.responses.get(key, [])) >= count),
                                   timeout)
        return self.responses[key]

    async def slash_command_over_socket(self, text: str, response_url: str, timeout: float = 10) -> dict[str, Any]:
        """Send ``/brief text`` to the connected Socket Mode client; its acknowledgement (envelope id and payload)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while self._socket is None:
            assert asyncio.get_running_loop().time() < deadline, "no Socket Mode client connected"
            await asyncio.sleep(0.05)
        envelope_id = f"env-{len(self._socket_acks) + 1}"
        self._socket_acks[envelope_id] = asyncio.get_running_loop().create_future()
        payload = dict(parse_qsl(slash_command(text, response_url)))
        await self._socket.send_json({"envelope_id": envelope_id, "type": "slash_commands",
                                      "accepts_response_payload": True, "payload": payload})
        return await asyncio.wait_for(self._socket_acks[envelope_id], timeout)

    def _authorized(self, request: web.Request, token: str | None = None) -> bool:
        return request.headers.get("Authorization") == f"Bearer {token or self.token}"

    async def _connections_open(self, request: web.Request) -> web.Response:
        if not self._authorized(request, self.app_token):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"})

    async def _socket_mode(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        self._socket = socket
        await socket.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        async for message in socket:
            if message.type == aiohttp.WSMsgType.TEXT:
                ack = json.loads(message.data)
                future = self._socket_acks.get(ack.get("envelope_id", ""))
                if future is not None and not future.done():
                    future.set_result(ack)
        return socket

    async def _auth_test(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response({"ok": True, "url": "https://fake.slack.test/", "team": "Fake", "user": "briefbot",
                                  "team_id": "T0FAKE", "user_id": "U0BOT", "bot_id": "B0BOT"})

    async def _post_message(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if self.rate_limit_next > 0 or (self.limit_after is not None and len(self.posts) >= self.limit_after):
            self.rate_limit_next = max(self.rate_limit_next - 1, 0)
            self.rate_limited += 1
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": self.retry_after})
        if self.server_errors_next > 0:
            self.server_errors_next -= 1
            self.server_errors += 1
            return web.Response(status=503, text="upstream unavailable")
        payload = await request.json()
        channel = payload.pop("channel", "")
        if channel in self.missing_channels:
            return web.json_response({"ok": False, "error": "channel_not_found"})
        problems = limit_problems(payload)
        if problems:
            self.refused.append(problems)
            return web.json_response({"ok": False, "error": "invalid_blocks", "errors": problems})
        channel_id = "C0" + hashlib.sha1(channel.encode()).hexdigest()[:8].upper() if channel.startswith("#") \
            else channel
        ts = f"{1_700_000_000 + len(self.posts)}.000100"
        self.posts.append(Post(channel_id, ts, payload.pop("thread_ts", None), payload))
        if self.store_then_fail_next > 0:
            self.store_then_fail_next -= 1
            self.server_errors += 1
            return web.Response(status=503, text="upstream timed out after storing")
        return web.json_response({"ok": True, "channel": channel_id, "ts": ts, "message": {"text": payload["text"]}})

    async def _respond(self, request: web.Request) -> web.Response:
        if request.match_info["key"] in self.expired_responses:
            return web.Response(status=404, text="expired_url")
        payload = await request.json()
        problems = limit_problems(payload)
        if problems:
            self.refused.append(problems)
            return web.Response(status=400, text="invalid_blocks")
        await self.answers_open.wait()
        async with self._arrived:
            self.responses.setdefault(request.match_info["key"], []).append(payload)
            self._arrived.notify_all()
        return web.Response(text="ok")


def signed_headers(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack sends with ``body``: ``v0=`` HMAC-SHA256 of ``v0:timestamp:body``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}",
            "Content-Type": "application/x-www-form-urlencoded"}


def slash_command(text: str, response_url: str, command: str = "/brief") -> str:
    """The form body Slack posts for ``/brief text``, field for field."""
    return urlencode({
        "token": "legacy-verification-token", "team_id": "T0FAKE", "team_domain": "fake",
        "channel_id": "C0NEWS", "channel_name": "news", "user_id": "U0ASKER", "user_name": "asker",
        "command": command, "text": text, "api_app_id": "A0BRIEF", "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": "1.2.3",
    })


def block_text(block: dict[str, Any]) -> str:
    """The text of one block: a section's or header's, or a context block's elements joined."""
    if block["type"] == "context":
        return " ".join(e.get("text", "") for e in block.get("elements", []))
    return str((block.get("text") or {}).get("text", ""))


def payload_text(payload: dict[str, Any]) -> str:
    """Every text in a payload's blocks, in order, one per line."""
    return "\n".join(block_text(b) for b in payload.get("blocks", []))
