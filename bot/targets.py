"""Where a briefing can go: the target kinds, in one registry, and ``Target`` (``slack:#news``,
``discord:123``, ``discord-webhook:URL``, ``stdout``).

Each kind is one row of ``KINDS``: its name, the form users write it in (for messages), the setting
it needs (a token) and the function that posts to it. Parsing, ``briefbot check``, ``briefbot post``,
the schedule and delivery all read the registry, so a new kind is one row. A leaf module: posters are
named as ``module:function`` and imported only when a briefing is posted there, so a dry run never
loads a chat library.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from bot.errors import ConfigError
from bot.extras import chat_module
from bot.logs import without_url_tokens
from bot.settings import BY_ATTRIBUTE, Settings

if TYPE_CHECKING:
    from bot.model import Briefing

Poster = Callable[["Briefing", str, Settings, "Progress | None"], Awaitable[None]]
"""Posts a briefing to an address of its kind, skipping and recording messages through the ``Progress``;
``DeliveryError`` if it still fails after the retries."""


def _masked_webhook(address: str) -> str:
    """A webhook URL with its token hidden, even in a URL that is not a webhook's."""
    masked = without_url_tokens(address)
    return masked if masked != address else address.rstrip("/").rsplit("/", 1)[0] + "/***"


@dataclass(frozen=True)
class TargetKind:
    """One kind of target. ``token`` is the ``Settings`` attribute it cannot post without (``None``: it
    needs none, e.g. a webhook URL carries its own); ``poster`` is ``module:function``."""

    name: str
    form: str
    token: str | None
    poster: str
    has_address: bool = True
    shown: Callable[[str], str] = str

    def post_function(self) -> Poster:
        """The function that posts to this kind, imported now (``ConfigError`` naming the pip extra when
        its chat library is not installed)."""
        module, _, function = self.poster.partition(":")
        return cast(Poster, getattr(chat_module(module, f"posting to {self.name}"), function))


KINDS: dict[str, TargetKind] = {kind.name: kind for kind in (
    TargetKind("slack", "slack:#channel, slack:C0123", "slack_bot_token", "bot.chat.slack_post:post_to_slack"),
    TargetKind("discord", "discord:CHANNEL_ID", "discord_token", "bot.chat.discord_post:post_to_discord_channel"),
    TargetKind("discord-webhook", "discord-webhook:URL", None, "bot.chat.discord_post:post_to_discord_webhook",
               shown=_masked_webhook),
    TargetKind("stdout", "stdout", None, "bot.delivery:write_to_stdout", has_address=False),
)}
FORMS = ", ".join(kind.form for kind in list(KINDS.values())[:-1]) + f" or {list(KINDS.values())[-1].form}"
"""Every accepted form, for messages: ``slack:#channel, ..., discord-webhook:URL or stdout``."""


@dataclass(frozen=True)
class Target:
    """Where a briefing goes: a kind of destination (``KINDS``) and its address there."""

    kind: str
    address: str = ""

    @classmethod
    def parse(cls, text: str) -> Target:
        """``kind:address`` (or a kind that takes no address, alone) -> ``Target``; ``ConfigError`` otherwise."""
        text = text.strip()
        if text in KINDS and not KINDS[text].has_address:
            return cls(text)
        kind, sep, address = text.partition(":")
        if not sep or kind not in KINDS or not KINDS[kind].has_address or not address:
            raise ConfigError(f"{without_url_tokens(repr(text))} is not a target: use {FORMS}")
        return cls(kind, address)

    @property
    def kind_info(self) -> TargetKind:
        return KINDS[self.kind]

    def missing_token(self, settings: Settings) -> str | None:
        """The variable that must be set before this target can be reached, or ``None`` if it can be."""
        token = self.kind_info.token
        return BY_ATTRIBUTE[token].name if token and not getattr(settings, token) else None

    def __str__(self) -> str:
        info = self.kind_info
        return f"{self.kind}:{info.shown(self.address)}" if info.has_address else self.kind


def _delivery_key() -> str:
    import uuid  # here: uuid imports platform, and a dry run delivers nothing

    return uuid.uuid4().hex


@dataclass
class Progress:
    """Which messages of one briefing reached its target, by number from 0, with the platform's reference
    for each (a Slack ``channel ts``, a Discord message id); ``record`` keeps each in the ledger as it lands.

    ``key`` stays the same for one delivery across retries and take-overs: message nonces derive from it,
    so a message sent twice is stored once where the platform supports that.
    """

    key: str = field(default_factory=_delivery_key)
    landed: dict[int, str] = field(default_factory=dict)
    record: Callable[[int, str], None] | None = None

    def land(self, part: int, ref: str) -> None:
        self.landed[part] = ref
        if self.record is not None:
            self.record(part, ref)

    def nonce(self, part: int) -> str:
        """A nonce for message ``part``: the same in every attempt, at most 25 characters (Discord's limit)."""
        return hashlib.sha256(f"{self.key}:{part}".encode()).hexdigest()[:25]

    def summary(self, total: int) -> str:
        """Which messages landed, for a failure's reason: 'messages 1-3 of 6 posted'."""
        if not self.landed:
            return f"none of {total} messages posted"
        numbers = sorted(n + 1 for n in self.landed)
        return f"messages {_ranges(numbers)} of {total} posted"


def _ranges(numbers: list[int]) -> str:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
