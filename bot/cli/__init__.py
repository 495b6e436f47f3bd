"""The ``briefbot`` command (also ``python -m bot``). Each subcommand lives in its own module here."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from bot import __version__
from bot.collector import one_build_per_process, resume_collections
from bot.errors import BriefbotError, ConfigError
from bot.render import FORMATS
from bot.settings import Settings
from bot.targets import FORMS

DESCRIPTION = """briefbot turns many news articles about one story into a short, deduplicated briefing
(who, what, restrictions, reactions, conflicts; every line cites its sources) and posts it to Slack
and Discord. `briefbot brief` with no arguments is a dry run on the sample articles."""


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout at the terminal's width, read without ``shutil``: argparse's own formatter imports
    it (and with it bz2, lzma and zlib) for ``shutil.get_terminal_size``, as every ``add_argument`` makes one,
    and that import took a dry run more time than building the whole parser."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)


def _columns() -> int:
    """What ``shutil.get_terminal_size().columns`` answers: ``$COLUMNS``, else the terminal's, else 80."""
    with contextlib.suppress(ValueError):
        columns = int(os.environ.get("COLUMNS", "0"))
        if columns > 0:
            return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` laying out its help with ``_HelpFormatter``; its subcommands' parsers are ``_Parser``."""

    def __init__(self, **options: Any) -> None:
        super().__init__(formatter_class=_HelpFormatter, **options)


def parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--briefs", metavar="DIR", type=Path,
                        help="folder of brief files (default: $BRIEFBOT_BRIEFS or briefs/)")

    choosing = _Parser(add_help=False)
    choosing.add_argument("--top", type=positive, metavar="N",
                          help="keep only the N most important stories (default: the brief's top, else all)")
    choosing.add_argument("--include", action="append", metavar="WORD",
                          help="keep only articles with WORD (a whole word or phrase, any case) in their title "
                               "or lead; repeatable (default: the brief's include)")
    choosing.add_argument("--exclude", action="append", metavar="WORD",
                          help="leave out articles with WORD in their title or lead; repeatable "
                               "(default: the brief's exclude)")

    top = _Parser(prog="briefbot", description=DESCRIPTION)
    top.add_argument("--version", action="version", version=f"briefbot {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    brief = sub.add_parser("brief", parents=[common, choosing],
                           help="build a briefing and print it (dry run: posts nothing)")
    brief.add_argument("sources", nargs="*", metavar="SOURCE", help="files, folders or URLs (default: the brief's)")
    brief.add_argument("--brief", default=None, metavar="NAME", help="brief to run (default: 'default')")
    brief.add_argument("--format", choices=FORMATS, default="text",
                       help="text (default), markdown, json (the briefing/1 contract), or the slack or "
                            "discord payloads that would be posted")
    brief.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    brief.add_argument("--explain", action="store_true",
                       help="why each item is there and what was dropped, as one JSON document on stderr "
                            "(skipped sources included)")
    brief.add_argument("--explain-to", metavar="FILE",
                       help="write that JSON to FILE instead (never one of the sources)")

    quotes = sub.add_parser("quotes", parents=[common], help="every quotation in each source and who said it")
    quotes.add_argument("sources", nargs="*", metavar="SOURCE",
                        help="files, folders or URLs (default: the default brief's)")
    quotes.add_argument("--format", choices=("jsonl", "text"), default="jsonl",
                        help="one JSON object per quotation (source, quote, speaker, role, verbatim) or text")

    serve = sub.add_parser("serve", parents=[common], help="run the chat bots and the schedule")
    serve.add_argument("--host", default="127.0.0.1", help="HTTP mode address for Slack (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=3000, help="HTTP mode port for Slack (default 3000)")
    serve.add_argument("--pages-port", type=int, default=8080,
                       help="port of the full-briefing pages, served when BRIEFBOT_PUBLIC_URL is set (default 8080)")

    post = sub.add_parser("post", parents=[common, choosing], help="build a briefing and post it now")
    post.add_argument("brief", nargs="?", default=None, metavar="BRIEF", help="brief to post (default: 'default')")
    post.add_argument("--brief", dest="brief_option", metavar="NAME", help="the same as BRIEF")
    post.add_argument("--sources", nargs="+", metavar="SOURCE", help="brief these instead of the brief's sources")
    post.add_argument("--to", action="append", metavar="TARGET",
                      help=f"{FORMS} (repeatable; default: the brief's deliver list)")

    schedule = sub.add_parser("schedule", parents=[common],
                              help="each brief, its targets and its next run times")
    schedule.add_argument("--next", type=positive, default=3, metavar="N",
                          help="how many run times to show (default 3)")
    history = sub.add_parser("history", parents=[common], help="past briefings and where they went")
    history.add_argument("brief", nargs="?", default=None, metavar="BRIEF", help="only this brief's history")
    history.add_argument("--brief", dest="brief_option", metavar="NAME", help="the same as BRIEF")
    history.add_argument("--limit", type=positive, default=20, metavar="N", help="how many to show (default 20)")
    history.add_argument("--briefing", type=int, metavar="ID",
                         help="print archived briefing ID (as listed) as its briefing/1 JSON")
    history.add_argument("--format", choices=("json", "html"), default="json",
                         help="with --briefing: json (default) or html, the full-briefing web page")
    check = sub.add_parser("check", parents=[common], help="validate briefs and show which targets can be reached")
    check.add_argument("--alive", type=float, metavar="SECONDS",
                       help="only check that `briefbot serve` on this host beat in the last SECONDS (health checks)")
    return top


def tolerant_streams() -> None:
    """Let stdout and stderr write any text: a character the terminal's encoding lacks (or a lone
    surrogate that slipped past the reading boundary) is written as an escape, not a crash mid-output."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


LONG_RUNNING = frozenset({"serve"})
"""Commands whose process outlives a build; the others end after theirs (see ``bot.collector``)."""


def main(argv: Sequence[str] | None = None) -> int:
    """The command line ``argv``, or this process's own (``argv`` None: the ``briefbot`` script). A process
    whose command is not long-running ends with it, at once (``_exit_now``)."""
    tolerant_streams()
    args = parser().parse_args(argv)
    own_process = argv is None and args.command not in LONG_RUNNING
    if own_process:
        one_build_per_process()
    else:
        resume_collections()  # the script loaded the modules with the collector off (``bot.script``)
    code = _exit_code(args)
    if own_process:
        _exit_now(code)
    return code


def _exit_code(args: argparse.Namespace) -> int:
    try:
        option = getattr(args, "brief_option", None)
        if option is not None:
            if args.brief is not None and args.brief != option:
                raise ConfigError(f"brief named twice ({args.brief!r} and --brief {option!r}): give one")
            args.brief = option
        settings = Settings.from_env()
        if args.briefs is not None:
            settings = Settings(**{**settings.__dict__, "briefs_dir": args.briefs})
        command = importlib.import_module(f"bot.cli.{args.command}")
        code = int(command.run(args, settings))
        sys.stdout.flush()  # here, where a reader that went away is handled, rather than at exit
        return code
    except BriefbotError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (briefbot history --briefing 1 | head): nothing left to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit's flush cannot fail again
        return 1


def _exit_now(code: int) -> NoReturn:
    """End this process without freeing its objects one by one, as mypy's ``hard_exit`` does: after a
    1,000-article briefing that took 0.6 s of CPU, for nothing. What an exit must still do is done first:
    the exit handlers (the kept derivations of ``bot.rules.kept`` are written, the logs flushed), then the
    output streams."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that went away, a closed stream: nothing to add
            stream.flush()
    os._exit(code)
