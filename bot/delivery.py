"""Where a briefing goes: targets (``slack:#news``, ``discord:123``, ``discord-webhook:URL``, ``stdout``)
and posting one briefing to one target. Chat libraries are imported only when a target needs them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from bot.errors import ConfigError
from bot.logs import without_url_tokens
from bot.model import Briefing
from bot.settings import Settings

KINDS = ("slack", "discord", "discord-webhook", "stdout")
FORMS = "slack:#channel, slack:C0123, discord:CHANNEL_ID, discord-webhook:URL or stdout"  # for messages


@dataclass(frozen=True)
class Target:
    kind: str
    address: str = ""

    @classmethod
    def parse(cls, text: str) -> Target:
        text = text.strip()
        if text == "stdout":
            return cls("stdout")
        kind, sep, address = text.partition(":")
        if not sep or kind not in KINDS or not address:
            raise ConfigError(f"{without_url_tokens(repr(text))} is not a target: use {FORMS}")
        return cls(kind, address)

    def __str__(self) -> str:
        if self.kind == "discord-webhook":  # the token stays secret, even in a URL that is not a webhook's
            masked = without_url_tokens(self.address)
            if masked == self.address:
                masked = self.address.rstrip("/").rsplit("/", 1)[0] + "/***"
            return f"discord-webhook:{masked}"
        return self.kind if self.kind == "stdout" else f"{self.kind}:{self.address}"


async def deliver(briefing: Briefing, target: Target, settings: Settings) -> None:
    """Post ``briefing`` to ``target`` (``stdout`` gets the text format); ``DeliveryError`` if it still fails
    after the retries."""
    if target.kind == "stdout":
        from bot.render import render

        sys.stdout.write(render(briefing, "text"))
        sys.stdout.flush()
    elif target.kind == "slack":
        from bot.chat.slack_post import post_to_slack

        await post_to_slack(briefing, target.address, settings)
    elif target.kind == "discord":
        from bot.chat.discord_post import post_to_discord_channel

        await post_to_discord_channel(briefing, target.address, settings)
    else:
        from bot.chat.discord_post import post_to_discord_webhook

        await post_to_discord_webhook(briefing, target.address, settings)
