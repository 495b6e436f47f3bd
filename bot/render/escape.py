"""Making untrusted article text safe for an output format.

Article text can contain anything a page author typed: ``@everyone``, Slack's ``<!channel>``,
Discord's ``<@123>``, or markup that would restyle the rest of a message. Mentions are broken with a
zero-width space (invisible to a reader, inert to every chat client); markup is backslash-escaped.
"""

from __future__ import annotations

import re
from urllib.parse import quote

ZWSP = "\u200b"
_AT_MENTION = re.compile(r"@(?=(everyone|here|channel|all)\b)", re.IGNORECASE)
_ANGLE_MENTION = re.compile(r"<(?=[@!#]|/)")
_URL_SAFE = ":/?#&=%+,;!$'~.-_"  # kept as they are in a link target; anything else is %-encoded
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~]|^#)", re.MULTILINE)


def neutralize_mentions(text: str) -> str:
    """``text`` with every broadcast or user/role/channel mention made inert."""
    text = _AT_MENTION.sub("@" + ZWSP, text)
    return _ANGLE_MENTION.sub("<" + ZWSP, text)


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: markup characters escaped, mentions neutralized."""
    return neutralize_mentions(_MARKDOWN_SPECIAL.sub(r"\\\1", text))


def markdown_line(text: object) -> str:
    """Untrusted text as one inert line of Markdown (Discord's too): whitespace flattened, so no line break
    can start a list or a heading, markup escaped, mentions broken."""
    return escape_markdown(" ".join(str(text).split()))


def link_address(url: str) -> str:
    """``url`` with ``( ) < > | [ ]`` and spaces %-encoded: one piece that nothing can end early."""
    return quote(url, safe=_URL_SAFE)


def markdown_link(label: str, url: str) -> str:
    """``[label](url)`` with ``( ) < >`` and spaces in ``url`` encoded, so no character of it can end the link early."""
    return f"[{label}]({link_address(url)})"
