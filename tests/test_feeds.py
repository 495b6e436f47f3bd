"""Feeds are told from pages by their content, and their entries read the way sites publish them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import FetchError
from bot.sources.feeds import html_to_text, is_feed, parse_feed
from tests.fakes.web_server import Item, article_html, atom, rss

WHEN = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
ITEMS = [
    Item("Harbour bridge closes for repairs", "https://example.org/a/1", "The bridge shuts for six weeks & traffic "
         "is diverted <east>.", WHEN),
    Item("Council approves new tram line", "https://example.org/a/2", "The vote was 31 to 12.", WHEN),
]


def test_a_feed_is_recognised_whatever_it_is_served_as() -> None:
    assert is_feed(rss("City", "https://example.org/", ITEMS), "text/html")
    assert is_feed(b"\xef\xbb\xbf\n" + atom("City", "https://example.org/", ITEMS), None)
    assert is_feed(b"<html><body>not really</body></html>", "application/rss+xml")


def test_a_page_is_not_a_feed_even_at_a_feed_looking_url() -> None:
    page = article_html("How to read an RSS feed", ["Use <rss> and <feed> tags wisely, said nobody."], "blog")
    assert not is_feed(page, "application/xml")
    assert not is_feed(b"just some text about feeds", "text/plain")


@pytest.mark.parametrize("make", [rss, atom])
def test_entries_carry_title_link_plain_summary_and_date(make) -> None:  # type: ignore[no-untyped-def]
    feed = parse_feed(make("City news", "https://example.org/", ITEMS), "https://example.org/feed", None)
    assert feed.title == "City news"
    first = feed.entries[0]
    assert first.title == "Harbour bridge closes for repairs"
    assert first.link == "https://example.org/a/1"
    assert first.summary == "The bridge shuts for six weeks & traffic is diverted <east>."
    assert first.published == "2026-11-20T06:30:00+00:00"
    assert [e.link for e in feed.entries] == ["https://example.org/a/1", "https://example.org/a/2"]


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>One</title><link>/a/1</link><description>First.</description></item></channel></rss>"""
    feed = parse_feed(body, "https://example.org/news/feed.xml", "application/rss+xml")
    assert feed.entries[0].link == "https://example.org/a/1"


def test_a_malformed_or_empty_feed_is_an_error_saying_so() -> None:
    with pytest.raises(FetchError, match="malformed feed"):
        parse_feed(b'<?xml version="1.0"?><rss><channel><item><title>cut off', "https://example.org/f", None)
    with pytest.raises(FetchError, match="no entries"):
        parse_feed(rss("Empty", "https://example.org/", []), "https://example.org/f", None)


def test_summary_html_becomes_paragraph_lines() -> None:
    assert html_to_text("<p>One <b>bold</b> claim.</p><p>Second&nbsp;line.</p>") == "One bold claim.\nSecond line."
    assert html_to_text("plain text") == "plain text"
