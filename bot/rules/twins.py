"""Patterns written once for the regex module, with a twin for Python's re that answers the same on plain text.

Python's re engine steps through a text several times faster than the regex module, but knows no Unicode
properties. Below U+0590 (Latin, Greek, Cyrillic and their marks) and from U+2000 to U+2BFF (punctuation,
symbols), each set a pattern needs is spelt out as the characters the regex module itself puts in it there,
so a text of those characters alone (``is_plain``: nearly all news) gets the same answers from the re twin of
the pattern; any other text is matched by the regex pattern.
"""

from __future__ import annotations

import re
from typing import Any

from bot.rules.kept import compiled, compiled_regex

PLAIN_BLOCKS = ("".join(map(chr, range(0x590))), "".join(map(chr, range(0x2000, 0x2C00))))
_BEYOND_PLAIN = compiled(r"[^\x00-\u058f\u2000-\u2bff]")


def is_plain(text: str) -> bool:
    """Every character of ``text`` is in ``PLAIN_BLOCKS``, where a twin answers as its regex pattern does.
    ``isascii()`` reads a flag of the string: most texts are answered without a search."""
    return text.isascii() or _BEYOND_PLAIN.search(text) is None


def twins(form: str, **sets: str) -> tuple[Any, re.Pattern[str]]:
    """The regex pattern ``form`` makes with ``sets`` (names of regex set contents, each put between brackets),
    and its re twin for plain texts, with each set spelt out."""
    return (compiled_regex(form.format(**{k: f"[{v}]" for k, v in sets.items()})),
            compiled(form.format(**{k: f"[{_plain_set(f'[{v}]')}]" for k, v in sets.items()})))


def _plain_set(regex_set: str) -> str:
    """The characters of ``PLAIN_BLOCKS`` in ``regex_set`` (a regex character class such as ``[\\p{Ll},;:]``), as
    the inside of an re character class: the ranges of code points the set's runs in each block span."""
    runs = compiled_regex(regex_set + "+")
    return "".join(f"\\u{ord(run[0]):04x}-\\u{ord(run[-1]):04x}" for block in PLAIN_BLOCKS
                   for run in runs.findall(block))
