"""``briefbot post [BRIEF] [--sources ...] --to TARGET``: build a briefing and post it now."""

from __future__ import annotations

import argparse
import asyncio

from bot.briefs import DEFAULT, find_brief, load_briefs
from bot.delivery import Target, deliver
from bot.pipeline import build_briefing
from bot.settings import Settings


def run(args: argparse.Namespace, settings: Settings) -> int:
    targets = [Target.parse(t) for t in args.to]
    if args.sources and args.brief is None:
        specs, name, title = list(args.sources), "adhoc", None
    else:
        brief = find_brief(load_briefs(settings.briefs_dir), args.brief or DEFAULT)
        specs, name, title = list(args.sources or brief.sources), brief.name, brief.title

    async def post() -> None:
        briefing = await build_briefing(specs, settings, brief=name, title=title)
        for target in targets:
            await deliver(briefing, target, settings)

    asyncio.run(post())
    return 0
