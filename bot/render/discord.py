"""Briefing -> the Discord messages that would be posted: ``content``, ``embeds``, ``allowed_mentions``.

Pure data (no discord.py import), so ``briefbot brief --format discord`` stays a dry run; the adapters
in ``bot/chat/`` send these dicts as they are. The text comes from ``templates/discord.md.j2``.

Each story is one embed (a long one continues in more embeds), the sources list is the last. Embeds are
packed into messages within Discord's limits; a briefing that does not fit one message continues in the
next, split between lines and never inside one (``split.py``). Article text is escaped so it can neither
mention anyone nor change the markdown around it, and every message allows no mention at all.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.model import Briefing, Source, Story
from bot.render import environment, headed_stories, source_line
from bot.render.escape import markdown_line, markdown_link
from bot.render.split import break_line, pack_groups, pack_lines

# Discord's documented limits for one message (https://discord.com/developers/docs/resources/message).
CONTENT = 2000
EMBEDS = 10
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
EMBED_TOTAL = 6000  # title + description + field names and values + footer + author, over all embeds

ALLOWED_MENTIONS: dict[str, Any] = {"parse": [], "users": [], "roles": [], "replied_user": False}
COLOUR = 0x3B82F6

# Only at the start of a line do these start a heading or a list; elsewhere they are plain text.
_HEADING = re.compile(r"\*\*[^*]+\*\*")  # the template's own; escaped article text never matches
_LINE_START = re.compile(r"^(#{1,3}|-#|-|\+|\d+\.)(?=\s)")


def source_entry(source: Source) -> str:
    """One source in the list, by the rule every format follows (``render.source_line``), its title linked."""
    return source_line(source, markdown_line, markdown_link, file_name=True)


@cache
def _template() -> Any:
    env = environment().overlay()
    env.filters["discord_source"] = source_entry
    return env.get_template("discord.md.j2").module


def _lines(markup: str) -> list[str]:
    return markup.strip("\n").split("\n")


def line_pieces(line: str, limit: int) -> list[str]:
    """``line`` broken into pieces of at most ``limit`` characters that stay inert on their own:
    no escape separated from what it escapes, and no piece that starts a list or a heading.
    """
    pieces = break_line(line, limit - 2)
    for i in range(len(pieces) - 1):
        trailing = len(pieces[i]) - len(pieces[i].rstrip("\\"))
        if trailing % 2:
            pieces[i], pieces[i + 1] = pieces[i][:-1], "\\" + pieces[i + 1]
    return [_LINE_START.sub(r"\\\1", p) for p in pieces]


def _descriptions(lines: list[str], limit: int = DESCRIPTION) -> list[str]:
    """``lines`` packed into embed descriptions; a section heading stays with the line after it."""
    units: list[str] = []
    for line in lines:
        if units and _HEADING.fullmatch(units[-1]):
            units[-1] += "\n" + line
        else:
            units.append(line)
    pieces = [p for unit in units for p in line_pieces(unit, limit)]
    return [chunk.strip("\n") for chunk in pack_lines(pieces, limit) if chunk.strip()]


def _story_embeds(story: Story, shown_headline: str) -> list[dict[str, Any]]:
    headline = markdown_line(shown_headline)
    lines = _lines(_template().story(story))
    title: str | None = headline
    if len(headline) > TITLE:  # too long for a title: it leads the description instead, whole
        title, lines = None, [headline, "", *lines]
    embeds: list[dict[str, Any]] = []
    continued = f"{title} (continued)" if title and len(title) + len(" (continued)") <= TITLE else None
    for i, description in enumerate(_descriptions(lines)):
        heading = title if i == 0 else continued
        embed: dict[str, Any] = {"title": heading} if heading else {}
        embeds.append({**embed, "description": description, "color": COLOUR})
    return embeds


def _sources_embeds(briefing: Briefing) -> list[dict[str, Any]]:
    lines = [_template().source(s).strip() for s in briefing.sources]
    return [{"title": "Sources", "description": d, "color": COLOUR} for d in _descriptions(lines)]


def embed_size(embed: dict[str, Any]) -> int:
    """The characters Discord counts toward the 6000 shared by every embed of a message."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += sum(len(f.get("name", "")) + len(f.get("value", "")) for f in embed.get("fields", []))
    size += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return size


def fits_one_message(embeds: list[dict[str, Any]]) -> bool:
    return len(embeds) <= EMBEDS and sum(map(embed_size, embeds)) <= EMBED_TOTAL


def discord_messages(briefing: Briefing) -> list[dict[str, Any]]:
    """The message payloads that post ``briefing`` to Discord, in order, each within every limit."""
    embeds = [e for story, headline in headed_stories(briefing) for e in _story_embeds(story, headline)]
    embeds += _sources_embeds(briefing)
    if embeds:
        embeds[-1]["footer"] = {"text": _template().footer(briefing)}  # ours, and far below FOOTER
        embeds[-1]["timestamp"] = briefing.generated_at.isoformat(timespec="seconds")
    contents = pack_lines(line_pieces(_template().heading(briefing), CONTENT), CONTENT)
    messages: list[dict[str, Any]] = [{"content": c} for c in contents]
    for i, group in enumerate(pack_groups([[e] for e in embeds], fits_one_message)):
        if i == 0:
            messages[-1]["embeds"] = group
        else:
            messages.append({"embeds": group})
    for message in messages:
        message["allowed_mentions"] = dict(ALLOWED_MENTIONS)
    return messages

