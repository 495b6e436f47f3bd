"""RSS and Atom feeds: telling a feed from a page by its content, and reading its entries.

A feed is recognised by what it is (an ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` document), never by how its
URL looks. Parsing is feedparser's; an entry becomes a ``FeedEntry`` with the link to follow for the full
article and the summary to fall back on.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.errors import FetchError

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf)[\s>/]", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


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
    title: str | None
    entries: list[FeedEntry]


def parse_feed(body: bytes, url: str, content_type: str | None) -> Feed:
    """The entries of the feed in ``body``; ``FetchError`` if it cannot be read as a feed."""
    import feedparser  # lazy: only runs that read feeds need it

    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    entries = [_entry(e) for e in parsed.entries]
    entries = [e for e in entries if e.link or e.summary]
    if not entries:
        if parsed.get("bozo"):
            problem = str(parsed.get("bozo_exception") or "not well-formed XML").splitlines()[0][:120]
            raise FetchError(url, f"is a malformed feed ({problem}): check the feed URL or tell the site")
        raise FetchError(url, "is a feed with no entries: check it is the feed you meant")
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title=str(title).strip() or None if title else None, entries=entries)


def _entry(entry: Any) -> FeedEntry:
    summary = entry.get("summary") or ""
    for content in entry.get("content") or []:
        if len(content.get("value") or "") > len(summary):
            summary = content["value"]
    return FeedEntry(
        title=" ".join(str(entry.get("title") or "").split()),
        link=str(entry["link"]) if entry.get("link") else None,
        summary=html_to_text(summary),
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
