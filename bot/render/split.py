"""Packing lines into messages that fit a platform's limit: split between lines, never inside one.

A single line longer than the limit (a 10,000-character paragraph) is broken at word boundaries,
and only a word longer than the limit itself is cut. No break falls inside an escape (an entity such
as ``&amp;``, or a backslash and the character it escapes) or a link (``<url|label>``,
``[label](url)``): it moves to before it, unless the escape or link alone is longer than the limit.
Blocks (Slack) and embeds (Discord) are packed into messages the same way, by ``pack_groups``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# What a break must not fall inside: an HTML entity, a backslash escape, a Slack link or a Markdown link.
_WHOLE = re.compile(r"&#?\w{1,10};|\\.|<[^<>\n]*>|\[(?:[^\[\]\\\n]|\\.)*\]\([^()\s]*\)", re.DOTALL)


def break_line(line: str, limit: int) -> list[str]:
    """``line`` in pieces of at most ``limit`` characters, broken at spaces where possible."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        cut = _outside_whole(line, cut)
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    pieces.append(line)
    return pieces


def _outside_whole(line: str, cut: int) -> int:
    """``cut``, or the start of the escape or link it falls inside (when that does not start the line)."""
    for found in _WHOLE.finditer(line):
        if found.start() >= cut:
            break
        if cut < found.end():
            return found.start() if found.start() > 0 else cut
    return cut


def pack_lines(lines: Iterable[str], limit: int, sep: str = "\n") -> list[str]:
    """Consecutive ``lines`` joined by ``sep`` into chunks of at most ``limit`` characters each."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        for piece in break_line(line, limit):
            candidate = f"{current}{sep}{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                chunks.append(current)
                current = piece
    if current:
        chunks.append(current)
    return chunks


def pack_groups(groups: Iterable[list[T]], fits: Callable[[list[T]], bool]) -> list[list[T]]:
    """Consecutive ``groups`` of parts packed into as few messages as ``fits``: a group starts a new message
    rather than be split, and is split only when it does not fit one message on its own."""
    messages: list[list[T]] = []
    current: list[T] = []
    for group in groups:
        if current and not fits(current + group):
            messages.append(current)
            current = []
        for part in group:
            if current and not fits([*current, part]):
                messages.append(current)
                current = []
            current.append(part)
    if current:
        messages.append(current)
    return messages


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters (an ellipsis included) at a word, escape or link boundary:
    for a label too long to keep a link or a message within a platform's limits."""
    if len(text) <= limit:
        return text
    return break_line(text, limit - 1)[0] + "…"
