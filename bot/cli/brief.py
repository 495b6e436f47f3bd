"""``briefbot brief``: the dry run. Builds a briefing and prints it; posts nothing, needs no token."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from bot.briefs import DEFAULT, find_brief, load_briefs
from bot.errors import ConfigError
from bot.explain import Explanation
from bot.pipeline import build_briefing
from bot.render import render
from bot.settings import Settings


def run(args: argparse.Namespace, settings: Settings) -> int:
    name = args.brief or DEFAULT
    title = None
    if args.sources and args.brief is None:
        specs = list(args.sources)
        name = "adhoc"
    else:
        brief = find_brief(load_briefs(settings.briefs_dir), name)
        specs, title = (list(args.sources) or brief.sources), brief.title
    explanation = Explanation() if args.explain else None
    briefing = asyncio.run(build_briefing(specs, settings, brief=name, title=title, top=args.top,
                                          explanation=explanation))
    for source in briefing.skipped:
        print(f"briefbot: skipped {source.path or source.url}: {source.error}", file=sys.stderr)
    output = render(briefing, args.format)
    if args.output:
        _write(args.output, output, "-o/--output")
    else:
        sys.stdout.write(output)
    if explanation is not None:
        dump = json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2)
        if args.explain == "-":
            print(dump, file=sys.stderr)
        else:
            _write(args.explain, dump + "\n", "--explain")
    return 0


def _write(path: str, text: str, flag: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {path} ({exc.strerror}): "
                          f"give {flag} a file in a folder you can write to") from None
