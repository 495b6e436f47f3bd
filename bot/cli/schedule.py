"""``briefbot schedule``: each brief, where it goes and when it runs next, in its own timezone."""

from __future__ import annotations

import argparse
import sys

from bot.briefs import scan_briefs
from bot.schedule.slots import next_runs
from bot.settings import Settings
from bot.state.ledger import now


def run(args: argparse.Namespace, settings: Settings) -> int:
    briefs, errors = scan_briefs(settings.briefs_dir)
    for error in errors:
        print(f"briefbot: left out {error} (briefbot check lists every problem)", file=sys.stderr)
    moment = now()
    for brief in sorted(briefs.values(), key=lambda b: (not b.scheduled, b.name)):
        if not brief.scheduled:
            print(f"{brief.name}: on demand only (/brief {brief.name}, or briefbot post {brief.name})")
            continue
        print(f"{brief.name}: \"{brief.schedule}\" in {brief.timezone}, mode {brief.mode}")
        print(f"  to:   {', '.join(str(t) for t in brief.targets)}")
        runs = next_runs(brief.trigger(), moment.astimezone(brief.zone), args.next)
        print("  next: " + "\n        ".join(f"{r:%a %Y-%m-%d %H:%M %Z}" for r in runs))
    return 0
