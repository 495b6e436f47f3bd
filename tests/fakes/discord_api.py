"""A fake Discord HTTP API (and gateway) on 127.0.0.1 for the real discord.py client to talk to.

It serves the endpoints briefbot's Discord adapter uses (login, command sync, interaction callbacks and
followups, webhook execute, channel messages, and a gateway that can deliver INTERACTION_CREATE), answers
like Discord does (same JSON shapes, status codes and error bodies), enforces Discord's message limits,
refuses any message whose ``allowed_mentions`` allows anything, records every payload, and can answer
429 the way Discord does (``Retry-After``, ``X-RateLimit-*``, ``Via``, ``{"retry_after", "global"}``), as
long a streak of them as a test asks. A channel message with a ``nonce`` and ``enforce_nonce`` is stored
once per channel: sent again, Discord answers with the message it already has. ``store_then_fail_next``
stores messages and then answers 500 all the same, as a platform failing mid-request does.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

APP_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 900000000000000003
USER_ID = 900000000000000004

# Discord's limits for one message.
LIMITS = {"content": 2000, "embeds": 10, "title": 256, "description": 4096, "fields": 25, "field_name": 256,
          "field_value": 1024, "footer": 2048, "author": 256, "total": 6000}


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON answer with Discord's exact ``Content-Type`` (discord.py parses only ``application/json``)."""
    return web.Response(body=json.dumps(body).encode(), status=status,
                        headers={**(headers or {}), "Content-Type": "application/json"})


@dataclass
class Posted:
    """One message Discord accepted: where it went (``channel:ID``, ``webhook:ID`` or ``followup``)."""

    where: str
    payload: dict[str, Any]

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.payload.get("flags") or 0) & 64)

    def texts(self) -> list[str]:
        """Every piece of text the message shows."""
        out = [self.payload.get("content") or ""]
        for embed in self.payload.get("embeds") or []:
            out += [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
            out += [f.get(k, "") for f in embed.get("fields", []) for k in ("name", "value")]
        return [t for t in out if t]


def message_problems(payload: dict[str, Any]) -> list[str]:
    """What Discord would refuse in a message payload, plus any mention it would allow."""
    problems: list[str] = []
    content = payload.get("content") or ""
    embeds = payload.get("embeds") or []
    if not content and not embeds:
        problems.append("empty message: neither content nor embeds")
    if len(content) > LIMITS["content"]:
        problems.append(f"content has {len(content)} characters (max 2000)")
    if len(embeds) > LIMITS["embeds"]:
        problems.append(f"{len(embeds)} embeds (max 10)")
    total = 0
    for n, embed in enumerate(embeds):
        sizes = {
            "title": len(embed.get("title") or ""),
            "description": len(embed.get("description") or ""),
            "footer": len((embed.get("footer") or {}).get("text") or ""),
            "author": len((embed.get("author") or {}).get("name") or ""),
        }
        for key, size in sizes.items():
            if size > LIMITS[key]:
                problems.append(f"embeds[{n}].{key} has {size} characters (max {LIMITS[key]})")
        fields = embed.get("fields") or []
        if len(fields) > LIMITS["fields"]:
            problems.append(f"embeds[{n}] has {len(fields)} fields (max 25)")
        for m, f in enumerate(fields):
            name, value = f.get("name") or "", f.get("value") or ""
            if not name or not value:
                problems.append(f"embeds[{n}].fields[{m}] needs a name and a value")
            if len(name) > LIMITS["field_name"]:
                problems.append(f"embeds[{n}].fields[{m}].name has {len(name)} characters (max 256)")
            if len(value) > LIMITS["field_value"]:
                problems.append(f"embeds[{n}].fields[{m}].value has {len(value)} characters (max 1024)")
            sizes[f"field{m}"] = len(name) + len(value)
        total += sum(sizes.values())
    if total > LIMITS["total"]:
        problems.append(f"embeds have {total} characters in all (max 6000)")
    mentions = payload.get("allowed_mentions")
    if not isinstance(mentions, dict):
        problems.append("allowed_mentions is not set: Discord would parse every mention")
    else:
        if mentions.get("parse") != []:
            problems.append(f"allowed_mentions.parse is {mentions.get('parse')!r}, not []")
        for key in ("users", "roles"):
            if mentions.get(key):
                problems.append(f"allowed_mentions.{key} allows {mentions[key]!r}")
        if mentions.get("replied_user"):
            problems.append("allowed_mentions.replied_user is true")
    return problems


@dataclass
class FakeDiscord:
    """``async with FakeDiscord() as api``: the fake serving on ``api.base`` (``.../api/v10``)."""

    token: str = "fake-bot-token"
    requests: list[tuple[str, str]] = field(default_factory=list)
    posted: list[Posted] = field(default_factory=list)
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    webhooks: dict[str, str] = field(default_factory=dict)
    forbidden_channels: set[str] = field(default_factory=set)
    rate_limits: int = 0
    rate_limited: int = 0
    retry_after: float = 0.05
    store_then_fail_next: int = 0
    server_errors: int = 0
    _by_nonce: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _interactions: dict[str, str] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(910000000000000000))
    identify: dict[str, Any] | None = None
    _socket: web.WebSocketResponse | None = None
    _sequence: int = 0
    _runner: web.AppRunner | None = None
    base: str = ""

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/api/v10/users/@me", self._me)
        app.router.add_get("/api/v10/oauth2/applications/@me", self._application)
        app.router.add_put("/api/v10/applications/{app}/commands", self._sync)
        app.router.add_post("/api/v10/interactions/{id}/{token}/callback", self._callback)
        app.router.add_post("/api/v10/webhooks/{id}/{token}", self._execute)
        app.router.add_delete("/api/v10/webhooks/{id}/{token}/messages/@original", self._delete_original)
        app.router.add_post("/api/v10/channels/{channel}/messages", self._channel_message)
        app.router.add_get("/api/v10/gateway/bot", self._gateway_bot)
        app.router.add_get("/gateway", self._gateway)
        self._runner = web.AppRunner(app, access_log=None)  # its lines are the server's, not ours
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}/api/v10"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what tests set up and read ---------------------------------------------------------------

    def add_webhook(self, webhook_id: str, token: str) -> None:
        self.webhooks[webhook_id] = token

    def interaction_payload(self, command: str, options: list[dict[str, Any]], *, autocomplete: bool = False,
                            channel_id: int = 920000000000000001) -> dict[str, Any]:
        """An INTERACTION_CREATE payload as the gateway delivers it for ``/command`` in a guild channel."""
        interaction_id = str(next(self._ids))
        token = f"interaction-token-{interaction_id}"
        self._interactions[interaction_id] = token
        return {
            "id": interaction_id,
            "application_id": str(APP_ID),
            "type": 4 if autocomplete else 2,
            "token": token,
            "version": 1,
            "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id),
            "channel": {"id": str(channel_id), "type": 0, "guild_id": str(GUILD_ID), "name": "news",
                        "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None},
            "member": {"user": self._user(USER_ID, "reader", bot=False), "roles": [], "joined_at":
                       "2024-01-01T00:00:00+00:00", "deaf": False, "mute": False, "permissions": "2147483647",
                       "flags": 0},
            "app_permissions": "2147483647",
            "locale": "en-US",
            "attachment_size_limit": 10485760,
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "data": {"id": str(next(self._ids)), "name": command, "type": 1, "options": options,
                     "guild_id": str(GUILD_ID)},
        }

    def messages_to(self, where: str) -> list[Posted]:
        return [p for p in self.posted if p.where == where]

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event (``INTERACTION_CREATE``...) to the bot connected to the gateway."""
        if self._socket is None:
            raise RuntimeError("no bot is connected to the gateway")
        self._sequence += 1
        await self._socket.send_json({"op": 0, "t": event, "s": self._sequence, "d": data})

    async def until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Return once ``condition()`` holds: what the bot does after a gateway event happens in its own time."""
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.01)

    # -- Discord's answers -----------------------------------------------------------------------

    def _user(self, user_id: int, name: str, *, bot: bool) -> dict[str, Any]:
        return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": None,
                "avatar": None, "bot": bot, "public_flags": 0, "flags": 0}

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bot {self.token}"

    @staticmethod
    def _error(status: int, code: int, message: str, **extra: Any) -> web.Response:
        return _json({"message": message, "code": code, **extra}, status=status)

    def _headers(self, remaining: int) -> dict[str, str]:
        return {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": str(remaining),
                "X-RateLimit-Reset": f"{time.time() + self.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{self.retry_after:.3f}", "X-RateLimit-Bucket": "f4k3bucket"}

    def _too_many(self) -> web.Response | None:
        """Discord's 429 for the next ``rate_limits`` message posts."""
        if self.rate_limits <= 0:
            return None
        self.rate_limits -= 1
        self.rate_limited += 1
        headers = {**self._headers(0), "Retry-After": str(max(1, round(self.retry_after))),
                   "X-RateLimit-Scope": "user", "Via": "1.1 google"}
        body = {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False}
        return _json(body, status=429, headers=headers)

    def _message(self, payload: dict[str, Any], channel_id: str, *, webhook_id: str | None = None) -> dict[str, Any]:
        author = self._user(int(webhook_id) if webhook_id else BOT_ID, "briefbot", bot=True)
        return {
            "id": str(next(self._ids)), "channel_id": channel_id, "type": 0, "author": author,
            "content": payload.get("content") or "", "embeds": payload.get("embeds") or [], "attachments": [],
            "mentions": [], "mention_roles": [], "mention_everyone": False, "pinned": False, "tts": False,
            "timestamp": "2024-01-01T00:00:00+00:00", "edited_timestamp": None, "flags": payload.get("flags", 0),
            "components": [], **({"webhook_id": webhook_id} if webhook_id else {}),
        }

    async def _accept(self, request: web.Request, where: str) -> dict[str, Any] | web.Response:
        """The message payload if Discord would take it, else Discord's 400 (recorded in ``refused``)."""
        payload: dict[str, Any] = await request.json()
        problems = message_problems(payload)
        if problems:
            self.refused += [f"{where}: {p}" for p in problems]
            return self._error(400, 50035, "Invalid Form Body", errors={"_errors": problems})
        self.posted.append(Posted(where, payload))
        return payload

    async def _me(self, request: web.Request) -> web.Response:
        self.requests.append(("GET", "users/@me"))
        if not self._authorized(request):
            return self._error(401, 0, "401: Unauthorized")
        return _json(self._user(BOT_ID, "briefbot", bot=True), headers=self._headers(4))

    async def _application(self, request: web.Request) -> web.Response:
        self.requests.append(("GET", "oauth2/applications/@me"))
        if not self._authorized(request):
            return self._error(401, 0, "401: Unauthorized")
        return _json({
            "id": str(APP_ID), "name": "briefbot", "description": "", "icon": None, "bot_public": True,
            "bot_require_code_grant": False, "owner": self._user(USER_ID, "owner", bot=False),
            "verify_key": "0" * 64, "flags": 0, "team": None, "summary": "",
        })

    async def _sync(self, request: web.Request) -> web.Response:
        self.requests.append(("PUT", "applications/commands"))
        if not self._authorized(request) or request.match_info["app"] != str(APP_ID):
            return self._error(401, 0, "401: Unauthorized")
        self.commands = await request.json()
        return _json([
            {**c, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1",
             "default_member_permissions": None, "nsfw": False}
            for c in self.commands
        ])

    async def _callback(self, request: web.Request) -> web.Response:
        interaction_id, token = request.match_info["id"], request.match_info["token"]
        self.requests.append(("POST", "interactions/callback"))
        if self._interactions.get(interaction_id) != token:
            return self._error(404, 10062, "Unknown interaction")
        if any(c["interaction_id"] == interaction_id for c in self.callbacks):
            return self._error(400, 40060, "Interaction has already been acknowledged.")
        body = await request.json()
        data = body.get("data") or {}
        if body.get("type") == 4:
            problems = message_problems(data)
            if problems:
                self.refused += [f"callback: {p}" for p in problems]
                return self._error(400, 50035, "Invalid Form Body", errors={"_errors": problems})
        if body.get("type") == 8:
            choices = data.get("choices") or []
            if len(choices) > 25 or any(not 1 <= len(c["name"]) <= 100 for c in choices):
                self.refused.append("callback: autocomplete choices over the limits")
                return self._error(400, 50035, "Invalid Form Body")
        self.callbacks.append({"interaction_id": interaction_id, **body})
        answer: dict[str, Any] = {"interaction": {
            "id": interaction_id, "type": 2,
            "response_message_loading": body.get("type") == 5,
            "response_message_ephemeral": bool(int(data.get("flags") or 0) & 64),
        }, "resource": {"type": body.get("type")}}
        if body.get("type") == 4:
            answer["resource"]["message"] = self._message(data, "920000000000000001")
        return _json(answer)

    async def _execute(self, request: web.Request) -> web.Response:
        """``POST /webhooks/{id}/{token}``: a webhook's message, or an interaction's followup."""
        webhook_id, token = request.match_info["id"], request.match_info["token"]
        self.requests.append(("POST", "webhooks"))
        if webhook_id == str(APP_ID) and token in self._interactions.values():
            where = "followup"
            if not any(self._interactions[c["interaction_id"]] == token for c in self.callbacks):
                return self._error(404, 10015, "Unknown Webhook")  # a followup needs a response first
        elif self.webhooks.get(webhook_id) == token:
            where = f"webhook:{webhook_id}"
        else:
            return self._error(404, 10015, "Unknown Webhook")
        limited = self._too_many()
        if limited is not None:
            return limited
        accepted = await self._accept(request, where)
        if isinstance(accepted, web.Response):
            return accepted
        if self.store_then_fail_next > 0:
            self.store_then_fail_next -= 1
            self.server_errors += 1
            return self._error(500, 0, "500: Internal Server Error")
        if request.query.get("wait") not in {"1", "true", "True"}:
            return web.Response(status=204, headers=self._headers(4))
        return _json(self._message(accepted, "920000000000000001", webhook_id=webhook_id),
                                 headers=self._headers(4))

    async def _delete_original(self, request: web.Request) -> web.Response:
        self.requests.append(("DELETE", "webhooks/messages/@original"))
        if request.match_info["token"] not in self._interactions.values():
            return self._error(404, 10015, "Unknown Webhook")
        return web.Response(status=204)

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        self.requests.append(("GET", "gateway/bot"))
        if not self._authorized(request):
            return self._error(401, 0, "401: Unauthorized")
        url = self.base.replace("http://", "ws://").removesuffix("/api/v10") + "/gateway"
        return _json({"url": url, "shards": 1, "session_start_limit": {
            "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        """The gateway's handshake (HELLO, IDENTIFY, READY) and heartbeat ACKs, in plain JSON text frames."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": 45000}})
        async for frame in socket:
            message = json.loads(frame.data)
            if message["op"] == 1:
                await socket.send_json({"op": 11})
            elif message["op"] == 2:
                self.identify = message["d"]
                if message["d"]["token"] != self.token:
                    await socket.close(code=4004, message=b"Authentication failed.")
                    break
                self._socket, self._sequence = socket, 1
                await socket.send_json({"op": 0, "t": "READY", "s": 1, "d": {
                    "v": 10, "user": self._user(BOT_ID, "briefbot", bot=True), "guilds": [],
                    "session_id": "fake-session", "resume_gateway_url": str(request.url.with_query(None)),
                    "application": {"id": str(APP_ID), "flags": 0}}})
        self._socket = None
        return socket

    async def _channel_message(self, request: web.Request) -> web.Response:
        channel = request.match_info["channel"]
        self.requests.append(("POST", f"channels/{channel}/messages"))
        if not self._authorized(request):
            return self._error(401, 0, "401: Unauthorized")
        if channel in self.forbidden_channels:
            return self._error(403, 50013, "Missing Permissions")
        limited = self._too_many()
        if limited is not None:
            return limited
        sent = await request.json()
        key = (channel, str(sent.get("nonce")))
        if sent.get("enforce_nonce") and key in self._by_nonce:
            return _json(self._by_nonce[key], headers=self._headers(4))  # the message Discord already has
        accepted = await self._accept(request, f"channel:{channel}")
        if isinstance(accepted, web.Response):
            return accepted
        message = self._message(accepted, channel)
        if sent.get("enforce_nonce") and sent.get("nonce") is not None:
            self._by_nonce[key] = message
        if self.store_then_fail_next > 0:
            self.store_then_fail_next -= 1
            self.server_errors += 1
            return self._error(500, 0, "500: Internal Server Error")
        return _json(message, headers=self._headers(4))
