"""Splitting paragraphs into sentences. (First version: punctuation followed by a capital.)"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def split_sentences(paragraph: str) -> list[str]:
    out, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group().rstrip())
        out.append(paragraph[start:end].strip())
        start = match.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]
