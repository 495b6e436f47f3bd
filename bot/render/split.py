"""Packing lines into messages that fit a platform's limit: split between lines, never inside one.

A single line longer than the limit (a 10,000-character paragraph) is broken at word boundaries,
and only a word longer than the limit itself is cut.
"""

from __future__ import annotations

from collections.abc import Iterable


def break_line(line: str, limit: int) -> list[str]:
    """``line`` in pieces of at most ``limit`` characters, broken at spaces where possible."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    pieces.append(line)
    return pieces


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
