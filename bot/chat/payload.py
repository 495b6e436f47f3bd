"""The last check before a payload leaves for a chat platform: no string in it carries a character no
chat message should carry raw.

Sources are cleaned when they are read (``bot.text.decode.readable_text``), but a payload is built from
more than sources (a brief's title, a setting, an error's text), and a lone surrogate anywhere makes the
HTTP client fail to encode the whole request. So each string is checked once more here, one character
at a time: control characters go (tabs and carriage returns become spaces), as do line separators and
bidirectional overrides, and a lone surrogate becomes U+FFFD. Whole escape sequences are not matched
here, as they are at reading: after rendering, the character after an ESC may be a backslash escaping
markup, which must stay. Nothing grows, so a payload never passes a limit it was split to fit.
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
_SPACED = str.maketrans({"\t": " ", "\r": " "})
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def inert(value: Any) -> Any:
    """``value`` (a JSON payload) with each string cleaned of what no chat message should carry raw."""
    if isinstance(value, str):
        cleaned = _SURROGATE.sub(REPLACEMENT, _UNSAFE.sub("", value.translate(_SPACED)))
        # a text that was nothing but such characters keeps a mark, so no required field ends up empty
        return cleaned if cleaned.strip() or not value.strip() else REPLACEMENT
    if isinstance(value, dict):
        return {key: inert(item) for key, item in value.items()}
    if isinstance(value, list):
        return [inert(item) for item in value]
    return value
