"""Posting one briefing to one target: the target's kind (``bot.targets.KINDS``) names the function that
posts there, imported only now, so chat libraries load only when a target needs them.
"""

from __future__ import annotations

import sys

from bot.model import Briefing
from bot.settings import Settings
from bot.targets import Progress, Target

POST_DEADLINE = 600.0  # seconds one briefing may spend waiting out rate limits before it is given up


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
