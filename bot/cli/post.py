"""``briefbot post [BRIEF] [--sources ...] [--to TARGET]``: build a briefing and post it now.

Without ``--to`` the brief's own ``deliver`` targets are used. One target failing does not stop the
others. Each post is recorded in the ledger (``briefbot history``) with the briefing archived; a
``mode = "new"`` brief posts only what each target has not been sent yet.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from bot import logs
from bot.briefs import DEFAULT, Brief, brief_named
from bot.errors import ConfigError, DeliveryError, MissingSetting
from bot.event_loop import result_of
from bot.schedule.dispatch import dispatch
from bot.settings import Settings
from bot.state.ledger import MANUAL, POSTED, Ledger, now
from bot.targets import FORMS, Target


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.sources and args.brief is None:
        brief = Brief(name="adhoc", sources=list(args.sources))
    else:
        brief = brief_named(settings.briefs_dir, args.brief or DEFAULT)
        if args.sources:
            brief = replace(brief, sources=list(args.sources))
    chosen = brief.selection.overridden(args.top, args.include, args.exclude)
    brief = replace(brief, top=chosen.top, include=chosen.include, exclude=chosen.exclude)
    targets = [Target.parse(t) for t in args.to] if args.to else brief.targets
    if not targets:
        raise ConfigError(f"nowhere to post {brief.name!r}: pass --to TARGET ({FORMS}) "
                          "or give the brief a deliver list")
    unreachable = {t: MissingSetting(v, f"post to {t}") for t in targets if (v := t.missing_token(settings))}
    reachable = [t for t in targets if t not in unreachable]
    if not reachable:  # nothing to do: the first missing variable is the whole answer
        raise next(iter(unreachable.values()))
    for error in unreachable.values():  # the others are still posted
        print(f"briefbot: {error}", file=sys.stderr)
    logs.configure(settings.log_level, settings.secrets(), settings.log_format)
    ledger = Ledger.open(settings.state)
    outcomes = result_of(dispatch(brief, now(), reachable, ledger, settings, kind=MANUAL))
    failed = [o for o in outcomes if o.state != POSTED]
    for outcome in failed:  # why it failed is in the log line dispatch wrote; said once, not again here
        print(f"briefbot: not posted to {outcome.target} (the reason is logged above)", file=sys.stderr)
    return DeliveryError.exit_code if failed or unreachable else 0
