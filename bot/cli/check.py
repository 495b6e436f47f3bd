"""``briefbot check``: validate every brief file, show which tokens are set (never their values), which
targets cannot be reached for lack of one, and whether the state store opens. Posts nothing.

Exit status 0 when everything is usable, 1 when something needs fixing. ``--alive SECONDS`` checks
only that ``briefbot serve`` on this host wrote its heartbeat within SECONDS (the Docker HEALTHCHECK).
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path

from bot.briefs import Brief, scan_briefs
from bot.errors import BriefbotError
from bot.settings import SETTINGS, Settings
from bot.state import describe, open_engine
from bot.state.heartbeat import last_beat
from bot.state.ledger import ABANDONED, Ledger, now

ABANDONED_SHOWN = 5  # the latest abandoned deliveries check lists


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.alive is not None:
        return _alive(settings, args.alive)
    briefs, problems = _briefs(settings)
    print("tokens:")
    for setting in SETTINGS:
        if setting.secret:
            state = "set" if getattr(settings, setting.attribute) else "not set"
            print(f"  {setting.name}: {state}")
    unreachable = [(brief, target, token) for brief in briefs for target in brief.targets
                   if (token := target.missing_token(settings)) is not None]
    if unreachable:
        print("cannot be reached:")
        for brief, target, token in unreachable:
            print(f"  {brief.name} -> {target}: set {token}")
    try:
        if "://" not in settings.state and not Path(settings.state).expanduser().exists():
            print(f"state: {settings.state}: not created yet (briefbot serve and post create it)")
        else:
            ledger = Ledger.open(settings.state, create=False)
            print(f"state: {describe(settings.state)}: ok")
            _unfinished(ledger)
    except BriefbotError as exc:
        print(f"state: {exc}")
        problems += 1
    return 1 if problems or unreachable else 0


def _unfinished(ledger: Ledger) -> None:
    """Deliveries that need a look: claims left by a run that died, and recent abandoned ones."""
    moment = now()
    left = ledger.expired_claims(moment)
    abandoned = [row for row in ledger.history(limit=ABANDONED_SHOWN * 10) if row.state == ABANDONED]
    for row in left:
        print(f"  unfinished: {row.brief} -> {row.target} at {row.slot:%Y-%m-%d %H:%M} UTC, claimed by {row.owner}, "
              "whose lease ran out (serve takes it over once within grace, else marks it abandoned)")
    for row in abandoned[:ABANDONED_SHOWN]:
        print(f"  abandoned: {row.brief} -> {row.target} at {row.slot:%Y-%m-%d %H:%M} UTC: {row.detail}")


def _briefs(settings: Settings) -> tuple[list[Brief], int]:
    """Every brief that loads, after printing one line per brief and per invalid file."""
    briefs, errors = scan_briefs(settings.briefs_dir)
    print(f"briefs in {settings.briefs_dir}/:")
    for error in errors:
        print(f"  error: {error}")
    for brief in sorted(briefs.values(), key=lambda b: b.name):
        where = brief.path.name if brief.path and brief.path.parent == settings.briefs_dir else "built in"
        print(f"  ok: {brief.name} ({where}): {_when(brief)}")
    return list(briefs.values()), len(errors)


def _alive(settings: Settings, seconds: float) -> int:
    host = socket.gethostname()
    try:
        last = last_beat(open_engine(settings.state, create=False), host)
    except BriefbotError as exc:  # no state store yet, or none reachable: not alive either way
        print(f"briefbot serve has not run on {host} with this state store ({exc})")
        return 1
    if last is None:
        print(f"briefbot serve has not run on {host} with this state store")
        return 1
    age = (now() - last).total_seconds()
    print(f"briefbot serve on {host}: last heartbeat {age:.0f} s ago")
    return 0 if age <= seconds else 1


def _when(brief: Brief) -> str:
    if not brief.scheduled:
        return "on demand only"
    return f"\"{brief.schedule}\" {brief.timezone} -> {', '.join(map(str, brief.targets))}, mode {brief.mode}"
