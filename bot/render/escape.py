"""Making untrusted article text safe for an output format.

Article text can contain anything a page author typed: ``@everyone``, Slack's ``<!channel>``,
Discord's ``<@123>``, or markup that would restyle the rest of a message, or a terminal escape sequence.
Mentions are broken with a zero-width space (invisible to a reader, inert to every chat client); markup
is backslash-escaped; control characters, bidirectional overrides and lone surrogates go, whatever the
reading boundary let through (``bot.text.decode.readable_text``), and a carriage return becomes a space.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from bot.render.split import clipped
from bot.text.decode import readable_text

ZWSP = "\u200b"
LINK_LABEL = 200  # characters of a link's label; a real outlet name or headline is far shorter
LINK_TARGET = 1500  # characters of a link's target; longer ones are shown unlinked
_AT_MENTION = re.compile(r"@(?=(everyone|here|channel|all)\b)", re.IGNORECASE)
_ANGLE_MENTION = re.compile(r"<(?=[@!#]|/)")
_URL_SAFE = ":/?#&=%+,;!$'~.-_"  # kept as they are in a link target; anything else is %-encoded
# Characters JSON may carry raw but a terminal should not get: C1 controls, line and paragraph separators,
# bidirectional overrides, and lone surrogates (which cannot even be encoded).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~]|^#)", re.MULTILINE)


def neutralize_mentions(text: str) -> str:
    """``text`` with every broadcast or user/role/channel mention made inert, and no control character."""
    text = _AT_MENTION.sub("@" + ZWSP, readable_text(text).replace("\r", " "))
    return _ANGLE_MENTION.sub("<" + ZWSP, text)


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: markup characters escaped, mentions neutralized.

    Control characters go first: removed after escaping, an escape sequence could take a backslash with it.
    """
    return neutralize_mentions(_MARKDOWN_SPECIAL.sub(r"\\\1", readable_text(text)))


def markdown_line(text: object) -> str:
    """Untrusted text as one inert line of Markdown (Discord's too): whitespace flattened, so no line break
    can start a list or a heading, markup escaped, mentions broken."""
    return escape_markdown(" ".join(str(text).split()))


def link_address(url: str) -> str:
    """``url`` with ``( ) < > | [ ]`` and spaces %-encoded: one piece that nothing can end early."""
    return quote(url, safe=_URL_SAFE, errors="replace")  # a lone surrogate cannot be encoded: "?"


def markdown_link(label: str, url: str) -> str:
    """``[label](url)`` with ``( ) < >`` and spaces in ``url`` encoded, so no character of it can end the link early.

    A link must fit whole in one message part, so a label is clipped to ``LINK_LABEL`` characters and a
    target longer than ``LINK_TARGET`` is not linked at all (the label alone is shown)."""
    target = link_address(url)
    label = clipped(label, LINK_LABEL)
    return label if len(target) > LINK_TARGET else f"[{label}]({target})"


def json_text(value: Any) -> str:
    """``value`` as indented JSON, UTF-8 text kept readable, but every character a terminal would act on or
    that cannot be encoded written as a ``\\uXXXX`` escape: the same data, safe to print."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
