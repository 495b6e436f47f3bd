"""Posting one briefing to one target: the target's kind (``bot.targets.KINDS``) names the function that
posts there, imported only now, so chat libraries load only when a target needs them.
"""

from __future__ import annotations

import hashlib
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.model import Briefing
from bot.settings import Settings
from bot.targets import Target

POST_DEADLINE = 600.0  # seconds one briefing may spend waiting out rate limits before it is given up


@dataclass
class Progress:
    """Which messages of one briefing reached its target, by number from 0, with the platform's reference
    for each (a Slack ``channel ts``, a Discord message id); ``record`` keeps each in the ledger as it lands.

    ``key`` stays the same for one delivery across retries and take-overs: message nonces derive from it,
    so a message sent twice is stored once where the platform supports that.
    """

    key: str = field(default_factory=lambda: uuid.uuid4().hex)
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


async def deliver(briefing: Briefing, target: Target, settings: Settings, progress: Progress | None = None) -> None:
    """Post ``briefing`` to ``target``; ``DeliveryError`` if it still fails after the retries. With
    ``progress``, messages it names as landed are skipped and each new one is recorded."""
    await target.kind_info.post_function()(briefing, target.address, settings, progress)


async def write_to_stdout(briefing: Briefing, _address: str, _settings: Settings,
                          _progress: Progress | None = None) -> None:
    """The ``stdout`` target: the briefing in the text format."""
    from bot.render import render

    sys.stdout.write(render(briefing, "text"))
    sys.stdout.flush()
