"""Briefing -> text for one output format. Text and Markdown come from jinja2 templates in ``templates/``.

``json`` is the ``briefing/1`` contract. ``slack`` and ``discord`` print the JSON list of message
payloads that would be posted (built by ``render/slack.py`` and ``render/discord.py``), so a dry run
shows exactly what a post would send without importing any chat library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jinja2

from bot.model import Briefing, Conflict, Reaction, Source
from bot.render.escape import escape_markdown, neutralize_mentions

FORMATS = ("text", "markdown", "json", "slack", "discord")
TEMPLATES = {"text": "briefing.txt.j2", "markdown": "briefing.md.j2"}


def citations(source_ids: Iterable[str]) -> str:
    """``[1][3]``: how every line names the sources that carry it."""
    return "".join(f"[{i}]" for i in source_ids)


def said(reaction: Reaction) -> str:
    """A reaction's text, in quotation marks when it is verbatim."""
    return f"“{reaction.text}”" if reaction.quote else reaction.text


def claims(conflict: Conflict) -> str:
    """The competing claims of a conflict, each with its sources: ``47 dead [1][2] vs 63 dead [3]``."""
    return " vs ".join(f"{c.text} {citations(c.sources)}" for c in conflict.claims)


def shown_path(path: str) -> str:
    """A file's path as a reader wants it: relative to the working directory when it is below it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def source_line(source: Source) -> str:
    """One entry of the numbered source list."""
    where = source.outlet or source.url or (shown_path(source.path) if source.path else source.id)
    if source.status == "skipped":
        return f"{where} (skipped: {source.error})"
    return f"{where}: {source.title}" if source.outlet else f"{source.title} ({where})"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bot", "render/templates"),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(cite=citations, said=said, claims=claims, source_line=source_line,
                       safe_text=neutralize_mentions, md=escape_markdown)
    return env


def render(briefing: Briefing, fmt: str) -> str:
    """``briefing`` in ``fmt`` (one of ``FORMATS``), ready to print."""
    if fmt == "json":
        return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "slack":
        from bot.render.slack import slack_messages

        return json.dumps(slack_messages(briefing), ensure_ascii=False, indent=2) + "\n"
    if fmt == "discord":
        from bot.render.discord import discord_messages

        return json.dumps(discord_messages(briefing), ensure_ascii=False, indent=2) + "\n"
    return environment().get_template(TEMPLATES[fmt]).render(briefing=briefing)
