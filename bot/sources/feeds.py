"""RSS and Atom feeds: telling a feed from a page by its content, and reading its entries.

A feed is recognised by what it is (an ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` document), never by how its
URL looks. Parsing is feedparser's; an entry becomes a ``FeedEntry`` with the link to follow for the full
article and the summary to fall back on, its text made readable (``readable_text``: a ``&#xD800;`` or a
control character in a feed never reaches the output).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.errors import FetchError
from bot.text.decode import readable_line, readable_text

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf)[\s>/]", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
SCANNED = 5  # a feed with many entries is parsed to this many times the entries kept (see parse_feed)
_ENTRY_START = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]", re.I)
_ENTRY_END = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.I)
_CHAR_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def is_feed(body: bytes, content_type: str | None) -> bool:
    """Whether ``body`` is an RSS/Atom/RDF feed: declared as one, or an XML document with a feed root."""
    if content_type and content_type.split(";")[0].strip().lower() in _FEED_TYPES:
        return True
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return _FEED_ROOT.search(head) is not None and _HTML_ROOT.search(head) is None


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where its full article is, and what the feed itself says about it."""

    title: str
    link: str | None
    summary: str
    published: str | None


@dataclass(frozen=True)
class Feed:
    """A feed's title and the entries read; ``total`` counts every entry it has, read or not."""

    title: str | None
    entries: list[FeedEntry]
    total: int = 0


def parse_feed(body: bytes, url: str, content_type: str | None, keep: int | None = None) -> Feed:
    """The entries of the feed in ``body``; ``FetchError`` if it cannot be read as a feed.

    With ``keep``, a feed of more than ``SCANNED`` times that many entries is parsed from its first and
    last ``SCANNED / 2`` times as many only, wherever its newest are (feeds list newest first, some oldest
    first): feedparser takes about 40 s on 100,000 entries, and a page is allowed 5 MB of them.
    """
    import feedparser  # lazy: only runs that read feeds need it

    total = None
    if keep is not None:
        body, total = _ends_only(body, keep * SCANNED // 2)
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(_without_bad_references(body), response_headers=headers)
    entries = [_entry(e) for e in parsed.entries]
    entries = [e for e in entries if e.link or e.summary]
    if not entries:
        if parsed.get("bozo"):
            problem = str(parsed.get("bozo_exception") or "not well-formed XML").splitlines()[0][:120]
            raise FetchError(url, f"is a malformed feed ({problem}): check the feed URL or tell the site")
        raise FetchError(url, "is a feed with no entries: check it is the feed you meant")
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title=readable_line(str(title)) or None if title else None, entries=entries,
                total=max(total or 0, len(entries)))


def _ends_only(body: bytes, each: int) -> tuple[bytes, int | None]:
    """``body`` with only its first and last ``each`` entries (items are siblings, so what is left is as well
    formed as it was), and how many entries it had; ``body`` itself and ``None`` when it has no more."""
    starts = [m.start() for m in _ENTRY_START.finditer(body)]
    if len(starts) <= 2 * each:
        return body, None
    ends = [m.end() for m in _ENTRY_END.finditer(body)]
    if len(ends) != len(starts):  # entries that do not close as they open: leave them to the parser
        return body, None
    return body[:ends[each - 1]] + body[starts[-each]:], len(starts)


def _without_bad_references(body: bytes) -> bytes:
    """``body`` with each character reference to a lone surrogate (``&#xD800;``), a control character or
    past Unicode made ``&#xFFFD;``: feedparser's lenient parser crashes on the first of them."""

    def fixed(match: re.Match[bytes]) -> bytes:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        bad = 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or (code < 0x20 and code not in (9, 10, 13))
        return b"&#xFFFD;" if bad else match.group()

    return _CHAR_REFERENCE.sub(fixed, body) if b"&#" in body else body


def _entry(entry: Any) -> FeedEntry:
    summary = entry.get("summary") or ""
    for content in entry.get("content") or []:
        if len(content.get("value") or "") > len(summary):
            summary = content["value"]
    return FeedEntry(
        title=readable_line(str(entry.get("title") or "")),
        link=readable_line(str(entry["link"])) or None if entry.get("link") else None,
        summary=readable_text(html_to_text(summary)),
        published=_published(entry),
    )


def _published(entry: Any) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat(timespec="seconds")


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed summary), one paragraph per line."""
    if "<" not in fragment:
        return fragment.strip()
    from lxml import html  # lazy: lxml comes with trafilatura; only feeds with HTML summaries need it

    try:
        root = html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, html.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
