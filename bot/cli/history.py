"""``briefbot history [BRIEF]``: past briefings, newest first, and where each one went."""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo

from bot.briefs import load_briefs
from bot.settings import Settings
from bot.state import describe
from bot.state.ledger import MANUAL, Ledger


def run(args: argparse.Namespace, settings: Settings) -> int:
    zones = {name: brief.zone for name, brief in load_briefs(settings.briefs_dir).items()}
    rows = Ledger.open(settings.state).history(args.brief, max(1, args.limit))
    if not rows:
        which = f"of {args.brief!r} " if args.brief else ""
        print(f"no briefings {which}recorded yet in {describe(settings.state)}")
        return 0
    for row in rows:
        when = row.slot.astimezone(zones.get(row.brief, ZoneInfo("UTC")))
        kind = " (posted by hand)" if row.kind == MANUAL else ""
        detail = f": {row.detail}" if row.detail else ""
        print(f"{when:%Y-%m-%d %H:%M %Z}  {row.brief} -> {row.target}  {row.state}{kind}{detail}")
    return 0
