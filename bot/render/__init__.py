"""Briefing -> text for one output format. Text and Markdown come from jinja2 templates in ``templates/``.

``json`` is the ``briefing/1`` contract. ``slack`` and ``discord`` print the JSON list of message
payloads that would be posted (built by ``render/slack.py`` and ``render/discord.py``), so a dry run
shows exactly what a post would send without importing any chat library.
"""

from __future__ import annotations

from bot.model import Briefing
from bot.render.escape import json_text
from bot.render.lines import environment

FORMATS = ("text", "markdown", "json", "slack", "discord")
TEMPLATES = {"text": "briefing.txt.j2", "markdown": "briefing.md.j2"}


def render(briefing: Briefing, fmt: str) -> str:
    """``briefing`` in ``fmt`` (one of ``FORMATS``), ready to print."""
    if fmt == "json":
        return json_text(briefing.to_dict())
    if fmt == "slack":
        from bot.render.slack import slack_messages

        return json_text(slack_messages(briefing))
    if fmt == "discord":
        from bot.render.discord import discord_messages

        return json_text(discord_messages(briefing))
    return environment().get_template(TEMPLATES[fmt]).render(briefing=briefing)
