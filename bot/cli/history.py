"""``briefbot history [BRIEF]``: past briefings, newest first, and where each one went;
``--briefing ID`` prints one archived briefing as the JSON that was posted, or with ``--format html`` as
the full-briefing web page ``briefbot serve`` shows at ``/briefings/ID``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.briefs import scan_briefs
from bot.errors import ConfigError
from bot.settings import Settings
from bot.state import describe
from bot.state.ledger import CLAIMED, MANUAL, Delivery, Ledger, now


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.format == "html" and args.briefing is None:
        raise ConfigError("--format html shows one briefing: add --briefing ID (an ID that briefbot history lists)")
    ledger = Ledger.open(settings.state, create=False)
    if args.briefing is not None:
        document = ledger.archived(args.briefing)
        if document is None:
            raise ConfigError(f"no briefing {args.briefing} in the archive: pick an ID that briefbot history lists")
        if args.format == "html":
            from bot.render.page import archived_page

            sys.stdout.write(archived_page(document, scan_briefs(settings.briefs_dir)[0]))
        else:
            print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    briefs, _ = scan_briefs(settings.briefs_dir)  # a broken brief file must not hide the history
    zones = {name: brief.zone for name, brief in briefs.items()}
    rows = ledger.history(args.brief, args.limit)
    if not rows:
        which = f"of {args.brief!r} " if args.brief else ""
        print(f"no briefings {which}recorded yet in {describe(settings.state)}")
        return 0
    moment = now()
    for row in rows:
        when = row.slot.astimezone(zones.get(row.brief, ZoneInfo("UTC")))
        kind = " (posted by hand)" if row.kind == MANUAL else ""
        state = _claim_state(row, moment) if row.state == CLAIMED else row.state
        detail = f": {row.detail}" if row.detail else ""
        archived = f"  [briefing {row.briefing_id}]" if row.briefing_id else ""
        print(f"{when:%Y-%m-%d %H:%M %Z}  {row.brief} -> {row.target}  {state}{kind}{detail}{archived}")
    return 0


def _claim_state(row: Delivery, moment: datetime) -> str:
    """An unfinished claim: still being posted, or left by a run that died (its lease ran out)."""
    until = f"{row.lease_until:%Y-%m-%d %H:%M:%S} UTC" if row.lease_until else "before leases"
    if row.lease_expired(moment):
        return (f"claimed by {row.owner}, unfinished: its lease ran out {until} (the run died; serve takes it "
                "over once within grace, else marks it abandoned)")
    return f"claimed by {row.owner}, being posted (lease until {until})"
