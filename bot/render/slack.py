"""Briefing -> the Slack messages that would be posted: Block Kit payloads within Slack's limits.

The first payload starts the briefing in the channel; the rest continue it as replies in its thread.
Limits kept: at most 50 blocks per message, section text at most 3000 characters, header text at most
150, and a ``text`` fallback (what notifications show) on every message. Text is split between lines,
never inside one; only a single line longer than a section is broken, at spaces.

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

from bot.model import Briefing, Source, Story
from bot.render import environment, headed_stories, source_line
from bot.render.escape import neutralize_mentions
from bot.render.split import break_line, pack_groups, pack_lines

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150

Block = dict[str, Any]

_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_LOOKALIKES = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}
# Markup characters that could open or close formatting: all backticks, and ``* _ ~`` unless inside a word.
_MARKUP = re.compile(r"`|(?<![^\W_])[*_~]|[*_~](?![^\W_])")
_QUOTE_START = re.compile(r"^(?=&gt;)")
_SPACES = re.compile(r"\s+")


def mrkdwn(text: str) -> str:
    """Untrusted ``text`` as inert mrkdwn on one line: escaped, no mention, no markup."""
    flat = _SPACES.sub(" ", text).strip()
    return _MARKUP.sub(lambda m: _LOOKALIKES[m.group()], neutralize_mentions(flat.translate(_ENTITIES)))


def plain(text: str) -> str:
    """Untrusted ``text`` for a ``plain_text`` object (never parsed as mrkdwn), on one line, mention-free."""
    return neutralize_mentions(_SPACES.sub(" ", text).strip())


def link_target(url: str) -> str:
    """``url`` safe inside ``<url|label>``: no raw ``| < > &`` or spaces can end the link early."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%-._~").replace("&", "&amp;")


def source_entry(source: Source) -> str:
    """One source in the list, by the rule every format follows (``render.source_line``), its title linked."""
    return source_line(source, mrkdwn, lambda label, url: f"<{link_target(url)}|{label}>", file_name=True)


@cache
def _templates() -> Any:
    """The macros of ``slack.mrkdwn.j2``, in an environment with the Slack filters added."""
    base = environment()
    env = base.overlay(cache_size=10)  # its own cache: a template is bound to the environment that loaded it
    env.filters = {**base.filters, "mrkdwn": mrkdwn, "slack_source": source_entry}
    return env.get_template("slack.mrkdwn.j2").module


def _lines(rendered: object) -> list[str]:
    return [line for line in str(rendered).splitlines() if line.strip()]


def sections(lines: list[str]) -> list[Block]:
    """``lines`` packed into as few mrkdwn sections as fit, each at most ``MAX_SECTION`` characters.

    A line too long for a section is broken first, and a piece that would start a line with ``&gt;``
    (a quote, in mrkdwn) gets a soft hyphen in front, within the limit.
    """
    pieces = [_QUOTE_START.sub("\u00ad", piece) for line in lines for piece in break_line(line, MAX_SECTION - 1)]
    return [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}} for chunk in pack_lines(pieces, MAX_SECTION)]


def heading(text: str) -> list[Block]:
    """A header block, or bold section(s) when ``text`` is too long for a header: a heading is never cut."""
    if len(plain(text)) <= MAX_HEADER:
        return [{"type": "header", "text": {"type": "plain_text", "text": plain(text), "emoji": False}}]
    bold = f"*{mrkdwn(text)}*"
    return sections([bold] if len(bold) < MAX_SECTION else [mrkdwn(text)])


def story_blocks(story: Story, headline: str) -> list[Block]:
    return [*heading(headline), *sections(_lines(_templates().story_body(story)))]


def briefing_groups(briefing: Briefing) -> list[list[Block]]:
    """The blocks of ``briefing`` in groups (title with the first story, each story, the sources) that are
    kept in one message when they fit."""
    groups = [story_blocks(story, headline) for story, headline in headed_stories(briefing)]
    if not groups:
        groups = [sections(["No stories were found in these sources."])] if briefing.sources else [[]]
    groups[0][:0] = heading(briefing.title or "Briefing")
    for group in groups[1:]:
        group.insert(0, {"type": "divider"})
    if briefing.sources:
        groups.append([{"type": "divider"}, *sections(_lines(_templates().sources(briefing)))])
    return groups


def slack_messages(briefing: Briefing) -> list[dict[str, Any]]:
    """The ``chat.postMessage`` payloads (without ``channel``/``thread_ts``) for ``briefing``, in order."""
    messages = pack_groups(briefing_groups(briefing), lambda blocks: len(blocks) <= MAX_BLOCKS)
    summary = _lines(_templates().summary(briefing))[0]
    payloads = []
    for n, blocks in enumerate(messages, 1):
        if blocks[0]["type"] == "divider":
            blocks = blocks[1:]  # a thread reply needs no rule above it
        text = summary if n == 1 else f"{summary} (continued, {n} of {len(messages)})"
        payloads.append({"text": text, "blocks": blocks, "unfurl_links": False, "unfurl_media": False})
    return payloads
