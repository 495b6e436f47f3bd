"""Posting a briefing to a Slack channel with ``chat.postMessage``: the first message in the channel,
the rest as replies in its thread.

The Web API client waits out a 429 for its Retry-After (when that is at most ``MAX_RETRY_AFTER``
seconds) and retries 500/503 answers and connection errors with backoff, each a bounded number of
times. A post that still fails is logged with the channel and Slack's error and raised as
``DeliveryError``; nothing else is affected, so the next post goes on.
"""

from __future__ import annotations

import logging
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import DeliveryError
from bot.model import Briefing
from bot.render.slack import slack_messages
from bot.settings import Settings

log = logging.getLogger(__name__)

RETRIES = 3
MAX_RETRY_AFTER = 60.0
TIMEOUT = 30
BACKOFF = BackoffRetryIntervalCalculator(backoff_factor=0.5)  # 0.5 s, 1 s, 2 s, each plus up to 1 s of jitter


class BoundedRateLimitRetry(AsyncRateLimitErrorRetryHandler):
    """Waits out a 429's Retry-After, unless Slack asks for a wait longer than ``MAX_RETRY_AFTER``."""

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = next((v for k, v in response.headers.items() if k.lower() == "retry-after"), ["1"])
        try:
            return float(wait[0]) <= MAX_RETRY_AFTER
        except (ValueError, IndexError):
            return True


def slack_error(exc: SlackApiError) -> str:
    """Slack's error code (``channel_not_found``), or the HTTP status when the answer was not Slack's JSON."""
    data = exc.response.data
    code = data.get("error") if isinstance(data, dict) else None
    return str(code or f"HTTP {exc.response.status_code}")


def retry_handlers() -> list[AsyncRetryHandler]:
    return [BoundedRateLimitRetry(max_retry_count=RETRIES),
            AsyncServerErrorRetryHandler(max_retry_count=RETRIES, interval_calculator=BACKOFF),
            AsyncConnectionErrorRetryHandler(max_retry_count=RETRIES, interval_calculator=BACKOFF)]


def slack_client(settings: Settings, needed_for: str) -> AsyncWebClient:
    """The Web API client for SLACK_BOT_TOKEN, at SLACK_API_URL when that is set, with bounded retries."""
    token = settings.require("slack_bot_token", needed_for)
    base_url = settings.slack_api_url or AsyncWebClient.BASE_URL
    return AsyncWebClient(token=token, base_url=base_url, timeout=TIMEOUT, retry_handlers=retry_handlers())


async def post_to_slack(briefing: Briefing, channel: str, settings: Settings) -> None:
    """Post ``briefing`` to ``channel`` (``#name`` or an ID); ``DeliveryError`` if Slack still refuses it."""
    client = slack_client(settings, "post briefings to Slack")
    await post_messages(client, channel, slack_messages(briefing), f"briefing {briefing.brief!r}")


async def post_messages(client: AsyncWebClient, channel: str, messages: list[dict[str, Any]], what: str) -> None:
    """Post ``messages`` to ``channel``, the first in the channel and the rest in its thread."""
    target = f"slack:{channel}"
    posted = 0
    try:
        first = await client.chat_postMessage(channel=channel, **messages[0])
        posted = 1
        thread = {"channel": first["channel"], "thread_ts": first["ts"]}
        for message in messages[1:]:
            await client.chat_postMessage(**thread, **message)
            posted += 1
    except SlackApiError as exc:
        reason = slack_error(exc)
    except (TimeoutError, aiohttp.ClientError) as exc:
        reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
    else:
        log.info("posted %s to %s in %d message(s)", what, target, posted)
        return
    where = f" after {posted} of {len(messages)} messages" if posted else ""
    log.error("posting %s to %s failed%s: %s", what, target, where, reason)
    raise DeliveryError(target, f"Slack refused the post{where}: {reason}")
