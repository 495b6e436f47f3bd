"""Briefing -> text for one output format. Text and Markdown come from jinja2 templates in ``templates/``.

``slack`` and ``discord`` print the JSON list of message payloads that would be posted.
"""

from __future__ import annotations

import json
from functools import cache

import jinja2

from bot.model import Briefing

FORMATS = ("text", "markdown", "json", "slack", "discord")


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
    env.filters["cite"] = lambda ids: "".join(f"[{i}]" for i in ids)
    return env


def render(briefing: Briefing, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "slack":
        from bot.render.slack import slack_messages  # noqa: PLC0415

        return json.dumps(slack_messages(briefing), ensure_ascii=False, indent=2) + "\n"
    if fmt == "discord":
        from bot.render.discord import discord_messages  # noqa: PLC0415

        return json.dumps(discord_messages(briefing), ensure_ascii=False, indent=2) + "\n"
    template = {"text": "briefing.txt.j2", "markdown": "briefing.md.j2"}[fmt]
    return environment().get_template(template).render(briefing=briefing)
