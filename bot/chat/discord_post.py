"""Posting a briefing to Discord once, now: to a channel as the bot, or through a webhook.

``discord:CHANNEL_ID`` logs in with DISCORD_TOKEN over HTTP only (no gateway connection) and posts as
the bot; ``discord-webhook:URL`` needs no token at all. Both send the payloads of
``bot.render.discord.discord_messages`` through discord.py, whose HTTP clients wait out a few 429s
themselves. A longer streak of 429s is waited out here, message by message, until the briefing's total
deadline (``bot.delivery.POST_DEADLINE``), so a briefing is not cut short by a busy channel.

A channel message carries a ``nonce`` derived from the delivery and the message number, which discord.py
sends with ``enforce_nonce``: Discord stores a message sent twice with it once, so a 5xx after Discord
stored it (discord.py retries some 5xx itself) or a run that takes over a dead one's claim duplicates
nothing, and a 5xx is retried ``RETRIES`` times. Webhooks take no nonce, so webhook messages are sent with
one plain request each (discord.py's ``Webhook.send`` would repeat one after a 5xx) and a 5xx is not retried.
Each message that lands is recorded in the ``Progress`` (and so in the ledger). A post that still fails is
logged with its target and the error and raised as ``DeliveryError``; later posts are unaffected.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import discord
from discord.http import Route

from bot import delivery
from bot.chat.payload import inert
from bot.errors import ConfigError, DeliveryError
from bot.logs import without_url_tokens
from bot.model import Briefing
from bot.render.discord import discord_messages
from bot.settings import Settings
from bot.targets import Progress, Target

log = logging.getLogger(__name__)

TOKEN_REFUSED = "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot > Reset Token)"
NO_MENTIONS = discord.AllowedMentions(everyone=False, users=[], roles=[], replied_user=False)
RETRIES = 3  # 5xx answers to a message sent with a nonce, retried
DISCORD_HOSTS = frozenset({"discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"})
_WEBHOOK = re.compile(r"/api(?:/v\d+)?/webhooks/(?P<id>\d+)/(?P<token>[^/?#\s]+)/?(?:[?#].*)?$")


class TokenInUrlMask(logging.Filter):
    """Masks the token in the webhook and interaction URLs that discord.py logs (at DEBUG, and on a 429),
    in the record itself, so that no handler can see it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = without_url_tokens(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


for _name in ("discord.http", "discord.webhook.async_"):
    logging.getLogger(_name).addFilter(TokenInUrlMask())


def use_api_base(settings: Settings) -> None:
    """Point discord.py at DISCORD_API_URL when it is set (a proxy, or the fake API in tests).

    discord.py builds every URL, webhooks' included, from the class attribute ``Route.BASE``
    (discord.py 2.4 to 2.7), so this applies to the whole process, as the setting does.
    """
    base = settings.discord_api_url
    if base is None:
        return
    if not base.startswith(("http://", "https://")):
        raise ConfigError(f"DISCORD_API_URL={base!r} is not an http(s) URL: set it like "
                          "https://discord.com/api/v10 or unset it")
    Route.BASE = base.rstrip("/")  # a ClassVar meant to be set: discord.http._set_api_version does too


def send_arguments(message: dict[str, Any]) -> dict[str, Any]:
    """One ``discord_messages`` payload as keyword arguments of discord.py's ``send`` methods."""
    arguments: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    message = inert(message)
    if message.get("content"):
        arguments["content"] = message["content"]
    if message.get("embeds"):
        arguments["embeds"] = [discord.Embed.from_dict(e) for e in message["embeds"]]
    return arguments


async def send_briefing(send: Callable[..., Awaitable[object]], briefing: Briefing, target: str,
                        progress: Progress | None = None, *, nonces: bool = False, **extra: Any) -> None:
    """Send every message of ``briefing`` in order with ``send``, skipping those ``progress`` names as landed;
    ``DeliveryError`` at the first that cannot be sent. ``nonces`` when ``send`` takes one (channels)."""
    messages = discord_messages(briefing)
    progress = progress or Progress()
    deadline = asyncio.get_running_loop().time() + delivery.POST_DEADLINE
    for number, message in enumerate(messages):
        if number in progress.landed:
            continue
        arguments = {**send_arguments(message), **extra}
        if nonces:
            arguments["nonce"] = progress.nonce(number)
        try:
            sent = await _send_one(send, arguments, deadline, retry_5xx=nonces)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            landed = f" ({progress.summary(len(messages))})" if progress.landed else ""
            reason = f"message {number + 1} of {len(messages)} was not posted{landed}: {_describe(exc)}"
            raise DeliveryError(target, reason) from None  # logged once, by whoever posts (dispatch)
        progress.land(number, str(getattr(sent, "id", "") or number))


async def _send_one(send: Callable[..., Awaitable[object]], arguments: dict[str, Any], deadline: float, *,
                    retry_5xx: bool) -> object:
    """What ``send`` returns for one message, after waiting out any number of 429s until ``deadline``."""
    loop = asyncio.get_running_loop()
    failures = 0
    while True:
        try:
            return await send(**arguments)
        except discord.HTTPException as exc:
            if exc.status == 429:
                wait = _retry_after(exc)
            elif exc.status >= 500 and retry_5xx and failures < RETRIES:
                failures += 1
                wait = 0.5 * failures
            else:
                raise
            if loop.time() + wait > deadline:
                raise
            await asyncio.sleep(wait)


def _retry_after(exc: discord.HTTPException) -> float:
    """The seconds a 429 asks to wait: ``X-RateLimit-Reset-After``, else ``Retry-After``, else 1."""
    headers = exc.response.headers
    for name in ("X-RateLimit-Reset-After", "Retry-After"):
        try:
            return max(float(headers[name]), 0.0)
        except (KeyError, ValueError):
            continue
    return 1.0


def _describe(exc: BaseException) -> str:
    """What went wrong, for the log, the ledger and the user: an error's text can quote a webhook URL, so
    its token is masked here (the ledger and the CLI do not go through the log's mask)."""
    if isinstance(exc, discord.HTTPException):
        after = ": it may have arrived, so it is not sent again" if exc.status >= 500 else ""
        return f"Discord answered {exc.status} ({exc.text or exc.response.reason}){after}"
    return without_url_tokens(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)


async def post_to_discord_channel(briefing: Briefing, channel_id: str, settings: Settings,
                                  progress: Progress | None = None) -> None:
    """Post ``briefing`` to the channel ``channel_id`` as the bot (DISCORD_TOKEN), without a gateway session."""
    target = str(Target("discord", channel_id))
    if not channel_id.strip().isdigit():
        raise ConfigError(f"{target}: a Discord channel is its numeric ID (Developer Mode > Copy Channel ID)")
    token = settings.require("discord_token", f"post to Discord channels ({target})")
    use_api_base(settings)
    client = discord.Client(intents=discord.Intents(guilds=True))
    try:
        try:
            await client.login(token)
        except discord.LoginFailure:
            raise DeliveryError(target, TOKEN_REFUSED) from None
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(target, f"cannot log in: {_describe(exc)}") from None
        channel = client.get_partial_messageable(int(channel_id))
        await send_briefing(channel.send, briefing, target, progress, nonces=True)
    finally:
        await client.close()


def webhook_address(url: str) -> tuple[int, str]:
    """The webhook ID and token in a Discord webhook URL; ``ConfigError`` if it is not one.

    Only Discord's own hosts are accepted: the message always goes to Discord's API (or ``DISCORD_API_URL``),
    so a URL naming another host would silently be posted somewhere it does not say."""
    match = _WEBHOOK.search(url.strip())
    host = (urlsplit(url.strip()).hostname or "").lower()
    if not url.startswith("https://") or match is None or host not in DISCORD_HOSTS:
        shown = str(Target("discord-webhook", url))
        raise ConfigError(f"{shown} is not a Discord webhook URL: copy it from the channel's "
                          "Integrations > Webhooks (https://discord.com/api/webhooks/ID/TOKEN)")
    return int(match["id"]), match["token"]


async def post_to_discord_webhook(briefing: Briefing, url: str, settings: Settings,
                                  progress: Progress | None = None) -> None:
    """Post ``briefing`` through the webhook at ``url``: no token and no gateway needed."""
    target = str(Target("discord-webhook", url))
    webhook_id, token = webhook_address(url)
    use_api_base(settings)
    address = f"{Route.BASE}/webhooks/{webhook_id}/{token}"
    async with aiohttp.ClientSession() as session:
        await send_briefing(partial(_execute_webhook, session, address), briefing, target, progress)


async def _execute_webhook(session: aiohttp.ClientSession, address: str, **arguments: Any) -> dict[str, Any]:
    """Execute the webhook once with ``send_arguments``; the message Discord stored, else ``HTTPException``.

    Not through discord.py's ``Webhook.send``, which sends again after a 5xx: a webhook message takes no
    nonce, so a 5xx that came after Discord stored the message would post it twice.
    """
    payload: dict[str, Any] = {"allowed_mentions": arguments["allowed_mentions"].to_dict()}
    if arguments.get("content"):
        payload["content"] = arguments["content"]
    if arguments.get("embeds"):
        payload["embeds"] = [embed.to_dict() for embed in arguments["embeds"]]
    async with session.post(address, params={"wait": "true"}, json=payload) as response:
        answer = await response.json(content_type=None) if response.content_length != 0 else None
        if 200 <= response.status < 300 and isinstance(answer, dict):
            return answer
        raise discord.HTTPException(response, answer if isinstance(answer, (dict, str)) else "")
