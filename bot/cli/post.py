"""``briefbot post [BRIEF] [--sources ...] --to TARGET``: build a briefing and post it now."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot import logs
from bot.briefs import DEFAULT, find_brief, load_briefs
from bot.delivery import Target, deliver
from bot.errors import DeliveryError
from bot.pipeline import build_briefing
from bot.settings import Settings


def run(args: argparse.Namespace, settings: Settings) -> int:
    targets = [Target.parse(t) for t in args.to]
    if args.sources and args.brief is None:
        specs, name, title = list(args.sources), "adhoc", None
    else:
        brief = find_brief(load_briefs(settings.briefs_dir), args.brief or DEFAULT)
        specs, name, title = list(args.sources or brief.sources), brief.name, brief.title

    async def post() -> list[DeliveryError]:
        briefing = await build_briefing(specs, settings, brief=name, title=title)
        failed = []
        for target in targets:  # one target failing does not stop the others
            try:
                await deliver(briefing, target, settings)
            except DeliveryError as exc:
                failed.append(exc)
        return failed

    logs.configure(settings.log_level, settings.secrets())
    failed = asyncio.run(post())
    for exc in failed:
        print(f"briefbot: {exc}", file=sys.stderr)
    return DeliveryError.exit_code if failed else 0
