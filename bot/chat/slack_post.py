"""Posting a briefing to a Slack channel with ``chat.postMessage``: the first message in the channel,
the rest as replies in its thread.

Retries are ours, not slack_sdk's, because only some failures are safe to repeat:

- a 429 stored nothing: it is waited out for its Retry-After, as many times as Slack asks, until the
  briefing's total deadline (``bot.delivery.POST_DEADLINE``) would pass;
- a connection that was never made sent nothing: it is retried ``RETRIES`` times with backoff;
- a 5xx, a timeout or a connection lost mid-request may come after Slack stored the message, and Slack
  has no idempotency key, so that message is not sent again: the post fails saying it may have arrived.

Each message that lands is recorded in the ``Progress`` (and so in the ledger), so a run that takes over
continues with the first message not acknowledged, in the same thread. A post that still fails is logged
with the channel, which messages landed and Slack's error, and raised as ``DeliveryError``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient

from bot import delivery
from bot.chat.payload import inert
from bot.errors import DeliveryError
from bot.model import Briefing
from bot.render.slack import slack_messages
from bot.settings import Settings
from bot.targets import Progress

log = logging.getLogger(__name__)

RETRIES = 3  # connections that could not be made, per message
TIMEOUT = 30
BACKOFF = BackoffRetryIntervalCalculator(backoff_factor=0.5)  # 0.5 s, 1 s, 2 s, each plus up to 1 s of jitter


class GaveUp(Exception):
    """A message that cannot be sent now; its text is the reason."""


def slack_error(exc: SlackApiError) -> str:
    """Slack's error code (``channel_not_found``), or the HTTP status when the answer was not Slack's JSON."""
    data = exc.response.data
    code = data.get("error") if isinstance(data, dict) else None
    return str(code or f"HTTP {exc.response.status_code}")


def retry_after(headers: Mapping[str, Any]) -> float:
    """The seconds a 429 asks to wait (1 when it does not say)."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), "1")
    if isinstance(value, list):
        value = value[0] if value else "1"
    try:
        return max(float(value), 0.0)
    except ValueError:
        return 1.0


def slack_client(settings: Settings, needed_for: str) -> AsyncWebClient:
    """The Web API client for SLACK_BOT_TOKEN, at SLACK_API_URL when that is set, retrying nothing itself."""
    token = settings.require("slack_bot_token", needed_for)
    base_url = settings.slack_api_url or AsyncWebClient.BASE_URL
    return AsyncWebClient(token=token, base_url=base_url, timeout=TIMEOUT, retry_handlers=[])


async def post_to_slack(briefing: Briefing, channel: str, settings: Settings, progress: Progress | None = None) -> None:
    """Post ``briefing`` to ``channel`` (``#name`` or an ID); ``DeliveryError`` if Slack still refuses it."""
    client = slack_client(settings, "post briefings to Slack")
    await post_messages(client, channel, slack_messages(briefing), f"briefing {briefing.brief!r}", progress)


async def post_messages(client: AsyncWebClient, channel: str, messages: list[dict[str, Any]], what: str,
                        progress: Progress | None = None) -> None:
    """Post ``messages`` to ``channel``, the first in the channel and the rest in its thread; those that
    ``progress`` names as landed are skipped (a later one goes in the first one's thread)."""
    target = f"slack:{channel}"
    progress = progress or Progress()
    deadline = asyncio.get_running_loop().time() + delivery.POST_DEADLINE
    thread = _thread(progress.landed.get(0))
    try:
        for number, message in enumerate(messages):
            if number in progress.landed:
                continue
            answer = await _post_one(client, {**(thread or {"channel": channel}), **inert(message)}, deadline)
            progress.land(number, f"{answer['channel']} {answer['ts']}")
            if thread is None:
                thread = {"channel": str(answer["channel"]), "thread_ts": str(answer["ts"])}
    except GaveUp as exc:
        reason = str(exc)
    else:
        log.info("posted %s to %s in %d message(s)", what, target, len(messages))
        return
    done = f" ({progress.summary(len(messages))})" if progress.landed else ""
    raise DeliveryError(target, f"Slack refused the post{done}: {reason}")


async def _post_one(client: AsyncWebClient, arguments: dict[str, Any], deadline: float) -> Any:
    """Slack's answer to one ``chat.postMessage``, retried only when nothing can have been stored."""
    loop = asyncio.get_running_loop()
    state = RetryState()
    while True:
        try:
            return await client.chat_postMessage(**arguments)
        except SlackApiError as exc:
            status = exc.response.status_code
            if status == 429:
                wait = retry_after(exc.response.headers)
                if loop.time() + wait > deadline:
                    raise GaveUp(f"still rate limited (429) at the {delivery.POST_DEADLINE:.0f} s deadline") from None
                await asyncio.sleep(wait)
                continue
            if status >= 500:
                raise GaveUp(f"{slack_error(exc)}: the message may have arrived, so it is not sent again") from None
            raise GaveUp(slack_error(exc)) from None
        except aiohttp.ClientConnectorError as exc:  # no connection was made: nothing reached Slack
            if state.current_attempt >= RETRIES or loop.time() >= deadline:
                raise GaveUp(f"{type(exc).__name__}: {exc}".rstrip(": ")) from None
            await asyncio.sleep(BACKOFF.calculate_sleep_duration(state.current_attempt))
            state.increment_current_attempt()
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise GaveUp(f"{type(exc).__name__}: {exc}".rstrip(": ")
                         + " (the message may have arrived, so it is not sent again)") from None


def _thread(first: str | None) -> dict[str, str] | None:
    """The thread of the first message, from its recorded ``channel ts``."""
    if first is None:
        return None
    channel, _, ts = first.partition(" ")
    return {"channel": channel, "thread_ts": ts}
