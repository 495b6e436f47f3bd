"""``briefbot brief``: the dry run. Builds a briefing and prints it; posts nothing, needs no token."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.briefs import DEFAULT, brief_named
from bot.errors import ConfigError
from bot.event_loop import result_of
from bot.explain import Explanation
from bot.pipeline import build_briefing
from bot.render import render
from bot.selection import EVERYTHING
from bot.settings import Settings


def run(args: argparse.Namespace, settings: Settings) -> int:
    name = args.brief or DEFAULT
    title = None
    selection = EVERYTHING
    if args.sources and args.brief is None:
        specs = list(args.sources)
        name = "adhoc"
    else:
        brief = brief_named(settings.briefs_dir, name)
        specs, title, selection = (list(args.sources) or brief.sources), brief.title, brief.selection
    selection = selection.overridden(args.top, args.include, args.exclude)
    for path, flag in ((args.output, "-o/--output"), (args.explain_to, "--explain-to")):
        if path is not None:
            _refuse_source(path, flag, specs)
    explain_on_stderr = args.explain and not args.explain_to
    explanation = Explanation() if args.explain or args.explain_to else None
    briefing = result_of(build_briefing(specs, settings, brief=name, title=title, selection=selection,
                                         explanation=explanation))
    skipped = [{"source": str(source.path or source.url), "error": source.error} for source in briefing.skipped]
    if not explain_on_stderr:  # on stderr the explanation carries them, so stderr stays one JSON document
        for entry in skipped:
            print(f"briefbot: skipped {entry['source']}: {entry['error']}", file=sys.stderr)
    output = render(briefing, args.format)
    if args.output:
        _write(args.output, output, "-o/--output")
    else:
        sys.stdout.write(output)
    if explanation is not None:
        dump = json.dumps({**explanation.to_dict(), "skipped": skipped}, ensure_ascii=False, indent=2)
        if args.explain_to:
            _write(args.explain_to, dump + "\n", "--explain-to")
        else:
            print(dump, file=sys.stderr)
    return 0


def _refuse_source(path: str, flag: str, specs: list[str]) -> None:
    """An output file is never one of the inputs, nor inside an input folder."""
    target = Path(path).resolve()
    for spec in specs:
        if "://" in spec:
            continue
        source = Path(spec).resolve()
        if target == source or source in target.parents:
            raise ConfigError(f"{flag} {path} is one of the sources: give {flag} a file outside "
                              "them, so no input is written over")


def _write(path: str, text: str, flag: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {path} ({exc.strerror}): "
                          f"give {flag} a file in a folder you can write to") from None
