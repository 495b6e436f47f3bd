"""Briefing -> the Discord messages that would be posted: ``content``, ``embeds``, ``allowed_mentions``.

Pure data (no discord.py import), so ``briefbot brief --format discord`` stays a dry run; the adapters
in ``bot/chat/`` send these dicts as they are. The text comes from ``templates/discord.md.j2``.

The first message carries the briefing's title, what it is made of and the link to the full page, with the
first story; every other story is a message of its own, the most important first. Each story is one embed:
its title linked to the story's most central article, each line citing its outlets by name as masked links
(``render.outlets``), the outlets it cites at the end. A story too long for one embed continues in more,
split between lines and never inside one (``split.py``), within Discord's limits and well below them.
Article text is escaped so it can neither mention anyone nor change the markdown around it, and every
message allows no mention at all.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.model import Briefing, Story
from bot.render.escape import link_address, markdown_line, markdown_link
from bot.render.lines import environment, headed_stories
from bot.render.outlets import Citations, could_not_read, read_count
from bot.render.split import break_line, pack_groups, pack_lines

# Discord's documented limits for one message (https://discord.com/developers/docs/resources/message);
# besides these, a footer holds 2048 characters and all embeds together 6000.
CONTENT = 2000
EMBEDS = 10
TITLE = 256
DESCRIPTION = 4096
# What a message is packed to: well below the limits, so a story continues in a new message before one is near.
DESCRIPTION_BUDGET = 3500
MESSAGE_BUDGET = 5000

NBSP = "\u00a0"
ALLOWED_MENTIONS: dict[str, Any] = {"parse": [], "users": [], "roles": [], "replied_user": False}
COLOUR = 0x3B82F6

# Only at the start of a line do these start a heading or a list; elsewhere they are plain text.
_HEADING = re.compile(r"\*\*[^*]+\*\*")  # the template's own; escaped article text never matches
_LINE_START = re.compile(r"^(#{1,3}|-#|-|\+|\d+\.)(?=\s)")


def masked_link(label: str, url: str) -> str:
    """``[label](url)``, its spaces no-break spaces so a long line is never broken inside the link."""
    return markdown_link(label.replace(" ", NBSP), url)


def citations(briefing: Briefing) -> Citations:
    """How this briefing's Discord messages cite: outlet names as masked links."""
    return Citations(briefing, markdown_line, masked_link)


@cache
def _template() -> Any:
    env = environment().overlay()
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


def _descriptions(lines: list[str], limit: int = DESCRIPTION_BUDGET) -> list[str]:
    """``lines`` packed into embed descriptions; a section heading stays with the line after it."""
    units: list[str] = []
    for line in lines:
        if units and _HEADING.fullmatch(units[-1]):
            units[-1] += "\n" + line
        else:
            units.append(line)
    pieces = [p for unit in units for p in line_pieces(unit, limit)]
    return [chunk.strip("\n") for chunk in pack_lines(pieces, limit) if chunk.strip()]


def _story_embeds(story: Story, shown_headline: str, cite: Citations) -> list[dict[str, Any]]:
    headline = markdown_line(shown_headline)
    lines = _lines(_template().story(story, cite))
    title: str | None = headline
    if len(headline) > TITLE:  # too long for a title: it leads the description instead, whole
        title, lines = None, [headline, "", *lines]
    central = cite.central(story)
    embeds: list[dict[str, Any]] = []
    continued = f"{title} (continued)" if title and len(title) + len(" (continued)") <= TITLE else None
    for i, description in enumerate(_descriptions(lines)):
        heading = title if i == 0 else continued
        embed: dict[str, Any] = {"title": heading} if heading else {}
        if i == 0 and heading and central is not None and central.url:
            embed["url"] = link_address(central.url)  # Discord refuses a message whose embed URL is not valid
        embeds.append({**embed, "description": description, "color": COLOUR})
    return embeds


def embed_size(embed: dict[str, Any]) -> int:
    """The characters Discord counts toward the 6000 shared by every embed of a message."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += sum(len(f.get("name", "")) + len(f.get("value", "")) for f in embed.get("fields", []))
    size += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return size


def fits_one_message(embeds: list[dict[str, Any]]) -> bool:
    return len(embeds) <= EMBEDS and sum(map(embed_size, embeds)) <= MESSAGE_BUDGET


def header(briefing: Briefing) -> str:
    """The message that opens the briefing: its title, what it is made of, the link to the full page."""
    facts = [read_count(briefing), could_not_read(briefing)] if briefing.sources else []
    if briefing.page_url:
        facts.append(masked_link("Full briefing", briefing.page_url))
    if not briefing.stories and briefing.sources:
        facts.append("No stories were found in these sources.")
    return str(_template().heading(briefing, " · ".join(f for f in facts if f)))


def discord_messages(briefing: Briefing) -> list[dict[str, Any]]:
    """The message payloads that post ``briefing`` to Discord, in order, each within every limit: the header
    with the first story, then each story in a message of its own (a long story continues in the next)."""
    cite = citations(briefing)
    stories = [_story_embeds(story, headline, cite) for story, headline in headed_stories(briefing)]
    if stories:
        last = stories[-1][-1]
        last["footer"] = {"text": _template().footer(briefing)}  # ours, and far below the footer's 2048
        last["timestamp"] = briefing.generated_at.isoformat(timespec="seconds")
        if briefing.page_url:
            last["description"] = _with_page_link(last["description"], briefing.page_url)
    contents = pack_lines(line_pieces(header(briefing), CONTENT), CONTENT)
    messages: list[dict[str, Any]] = [{"content": c} for c in contents]
    for n, embeds in enumerate(stories):
        for i, group in enumerate(pack_groups([[e] for e in embeds], fits_one_message)):
            if n == 0 and i == 0:
                messages[-1]["embeds"] = group
            else:
                messages.append({"embeds": group})
    for message in messages:
        message["allowed_mentions"] = dict(ALLOWED_MENTIONS)
    return messages


def _with_page_link(description: str, url: str) -> str:
    """The last story's description ending with the link to the full briefing, when it still fits."""
    ended = f"{description}\n\n{masked_link('Full briefing', url)}"
    return ended if len(ended) <= DESCRIPTION else description
