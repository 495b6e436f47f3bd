"""Briefing -> the Slack messages that would be posted: Block Kit payloads within Slack's limits.

The first payload is a short header (title, what the briefing is made of, the link to the full page)
that starts the briefing in the channel; each story follows as its own reply in its thread, the most
important first: its headline linked to its most central article, each line citing its outlets by name as
links (``render.outlets``), and the outlets it cites below it. Limits kept: at most 50 blocks per
message, section text at most 3000 characters (packed to ``SECTION_BUDGET``, well below), header text at
most 150, and a ``text`` fallback (what notifications show) on every message. Text is split between
lines, never inside one; only a single line longer than a section is broken, at spaces.

Article text is untrusted. Slack's mrkdwn has no escape character, so besides the three entities Slack
asks for (``&amp; &lt; &gt;``, which also kill ``<!channel>`` and ``<@U123>``), bare ``@here`` style
mentions get a zero-width space and the markup characters that could open or close formatting (`` ` ``, and
``* _ ~`` unless inside a word such as ``file_name``) are replaced by look-alikes Slack does not parse.
A line beginning with ``>`` (a quote) is prefixed with an invisible soft hyphen.
Pure: no chat library is imported, so ``briefbot brief --format slack`` stays a dry run.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import quote

from bot.model import Briefing, Story
from bot.render.escape import LINK_LABEL, LINK_TARGET, neutralize_mentions
from bot.render.lines import environment, headed_stories
from bot.render.outlets import Citations, could_not_read, read_count
from bot.render.split import break_line, clipped, pack_groups, pack_lines
from bot.text.decode import readable_text

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
SECTION_BUDGET = 2400  # sections are packed to this, not to the limit, so no message is near one
MAX_CONTEXT = 2000  # a context element may hold 3000; a story's source line is kept well below

Block = dict[str, Any]

NBSP = "\u00a0"
UNTITLED = "(untitled)"
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_LOOKALIKES = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}
# Markup characters that could open or close formatting: all backticks, and ``* _ ~`` unless inside a word.
_MARKUP = re.compile(r"`|(?<![^\W_])[*_~]|[*_~](?![^\W_])")
_QUOTE_START = re.compile(r"^(?=&gt;)")
_SPACES = re.compile(r"\s+")


def mrkdwn(text: str) -> str:
    """Untrusted ``text`` as inert mrkdwn on one line: escaped, no mention, no markup."""
    flat = _SPACES.sub(" ", readable_text(text)).strip()  # control characters out before escaping
    return _MARKUP.sub(lambda m: _LOOKALIKES[m.group()], neutralize_mentions(flat.translate(_ENTITIES)))


def plain(text: str) -> str:
    """Untrusted ``text`` for a ``plain_text`` object (never parsed as mrkdwn), on one line, mention-free."""
    return neutralize_mentions(_SPACES.sub(" ", text).strip())


def link_target(url: str) -> str:
    """``url`` safe inside ``<url|label>``: no raw ``| < > &`` or spaces can end the link early."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%-._~", errors="replace").replace("&", "&amp;")


def slack_link(label: str, url: str) -> str:
    """``<url|label>``: a mrkdwn link; ``label`` is already inert. Its spaces are no-break spaces, so a long
    line is never broken inside the link."""
    target = link_target(url)
    label = clipped(label, LINK_LABEL).replace(" ", NBSP)
    return label if len(target) > LINK_TARGET else f"<{target}|{label}>"


def citations(briefing: Briefing) -> Citations:
    """How this briefing's Slack messages cite: outlet names as mrkdwn links."""
    return Citations(briefing, mrkdwn, slack_link)


@cache
def _templates() -> Any:
    """The macros of ``slack.mrkdwn.j2``, in an environment with the Slack filters added."""
    base = environment()
    env = base.overlay(cache_size=10)  # its own cache: a template is bound to the environment that loaded it
    env.filters = {**base.filters, "mrkdwn": mrkdwn}
    return env.get_template("slack.mrkdwn.j2").module


def _lines(rendered: object) -> list[str]:
    return [line for line in str(rendered).splitlines() if line.strip()]


def sections(lines: list[str]) -> list[Block]:
    """``lines`` packed into as few mrkdwn sections as fit, each at most ``SECTION_BUDGET`` characters.

    A line too long for a section is broken first, and a piece that would start a line with ``&gt;``
    (a quote, in mrkdwn) gets a soft hyphen in front, within the limit.
    """
    pieces = [_QUOTE_START.sub("\u00ad", piece) for line in lines for piece in break_line(line, SECTION_BUDGET - 1)]
    chunks = pack_lines(pieces, SECTION_BUDGET)
    return [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}} for chunk in chunks]


def heading(text: str) -> list[Block]:
    """A header block, or bold section(s) when ``text`` is too long for a header: a heading is never cut."""
    shown = plain(text) or UNTITLED  # a title of control characters alone is empty once they are gone
    if len(shown) <= MAX_HEADER:
        return [{"type": "header", "text": {"type": "plain_text", "text": shown, "emoji": False}}]
    bold = f"*{mrkdwn(text)}*"
    return sections([bold] if len(bold) < MAX_SECTION else [mrkdwn(text)])


def context(text: str) -> Block:
    """A context block (small grey text under a story) with one mrkdwn element."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def headline_blocks(headline: str, url: str | None) -> list[Block]:
    """The story's headline in bold, linked to its most central article when that has a URL."""
    label = mrkdwn(headline)
    text = f"*<{link_target(url)}|{label}>*" if url else f"*{label}*"
    return sections([text]) if len(text) < SECTION_BUDGET else heading(headline)


def story_blocks(story: Story, headline: str, cite: Citations) -> list[Block]:
    """One story: its headline, its sections, and the outlets it cites."""
    central = cite.central(story)
    blocks = [*headline_blocks(headline, central.url if central else None),
              *sections(_lines(_templates().story_body(story, cite)))]
    listed = _lines(_templates().story_sources(story, cite))
    if listed:
        blocks.append(context(break_line(listed[0], MAX_CONTEXT)[0]))
    return blocks


def header_blocks(briefing: Briefing) -> list[Block]:
    """The briefing's first message: its title, what it is made of, and the link to the full page."""
    facts = [read_count(briefing), could_not_read(briefing)] if briefing.sources else []
    if briefing.page_url:
        facts.append(slack_link("Full briefing", briefing.page_url))
    blocks = heading((briefing.title or "").strip() or "Briefing")
    if not briefing.stories:
        blocks += sections(["No stories were found in these sources."] if briefing.sources else [])
    line = " · ".join(f for f in facts if f)
    return [*blocks, context(line)] if line else blocks


def fits(blocks: list[Block]) -> bool:
    return len(blocks) <= MAX_BLOCKS


def slack_messages(briefing: Briefing) -> list[dict[str, Any]]:
    """The ``chat.postMessage`` payloads (without ``channel``/``thread_ts``) for ``briefing``, in order:
    a short header message, then each story in its own message (a story too long for one continues)."""
    cite = citations(briefing)
    summary = _lines(_templates().summary(briefing))[0]
    messages: list[tuple[str, list[Block]]] = [(summary, header_blocks(briefing))]
    for story, headline in headed_stories(briefing):
        blocks = story_blocks(story, headline, cite)
        for n, part in enumerate(pack_groups([[b] for b in blocks], fits)):
            messages.append((mrkdwn(headline) if n == 0 else f"{mrkdwn(headline)} (continued)", part))
    if briefing.page_url:
        messages[-1][1].append(context(slack_link("Full briefing", briefing.page_url)))
    return [{"text": clipped(text, MAX_SECTION), "blocks": blocks, "unfurl_links": False, "unfurl_media": False}
            for text, blocks in messages]


def joined_messages(payloads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``payloads`` with consecutive story messages joined into as few as Slack's limits allow, a divider
    between stories: for answers that can only be a few messages long (``/brief`` through ``response_url``).
    The header stays first and alone, and each message keeps the notification text of its first story."""
    header, *stories = payloads
    parts = [[(n, block) for block in [{"type": "divider"}, *p["blocks"]]] for n, p in enumerate(stories)]
    joined = []
    for part in pack_groups(parts, lambda blocks: len(blocks) <= MAX_BLOCKS):
        if part[0][1]["type"] == "divider":  # a message needs no rule above its first story
            part = part[1:]
        joined.append({**stories[part[0][0]], "blocks": [block for _, block in part]})
    return [header, *joined]
