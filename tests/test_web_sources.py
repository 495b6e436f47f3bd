"""Briefing from the web: article pages and RSS/Atom feeds served on 127.0.0.1, and every way a fetch fails.

The site is the shared dev stories wrapped in real page HTML (navigation, banners, footers), their feeds,
and broken routes: a 404, a response slower than the timeout, a binary file, oversized pages (with and
without ``Content-Length``), a malformed feed and a redirect loop.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from bot import addresses
from bot.addresses import PUBLIC_ONLY, AddressPolicy
from bot.errors import NoUsableSources
from bot.model import Article, Source
from bot.pipeline import build_briefing
from bot.settings import Settings
from bot.sources import collect, web
from tests.conftest import DEV_STORIES, Result
from tests.fakes.web_server import FakeWeb, Item, Page, article_html, atom, rss

pytestmark = pytest.mark.skipif(len(DEV_STORIES) < 2, reason="needs ../shared/eval/dev")


def blocks(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    return [b.splitlines() for b in text.split("\n\n") if b.strip()]


def headline(path: Path) -> tuple[str, list[str]]:
    """The article's title (its first one-line block that reads like a headline) and the text after it."""
    parts = blocks(path)
    for k, block in enumerate(parts):
        line = block[0]
        if len(block) == 1 and len(line.split()) >= 6 and not any(c in line for c in "|›·"):
            return line, [" ".join(b) for b in parts[k + 1:]]
    raise AssertionError(f"no headline in {path}")


def lead(paragraphs: list[str]) -> str:
    return next(p for p in paragraphs if len(p.split()) >= 20)


def later(paragraphs: list[str]) -> str:
    """A paragraph from the middle of the article body, well after the lead a feed carries."""
    long = [p for p in paragraphs if len(p.split()) >= 20]
    return long[len(long) // 2]


def core(paragraph: str) -> str:
    """A piece from inside a paragraph: what any cleaning keeps (datelines and credits are at the ends)."""
    return paragraph[len(paragraph) // 3:][:50]


class Site:
    """The fake web with two stories as pages, an RSS feed of one and an Atom feed of the other."""

    def __init__(self, web: FakeWeb) -> None:
        self.web = web
        self.pages: dict[str, tuple[str, list[str]]] = {}
        when = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
        rss_items: list[Item] = []
        atom_items: list[Item] = []
        for story, items in ((DEV_STORIES[0], rss_items), (DEV_STORIES[1], atom_items)):
            for n, path in enumerate(sorted(story.iterdir())):
                title, paragraphs = headline(path)
                url = web.add(f"/news/{path.stem}", Page(article_html(title, paragraphs, path.stem.split("_")[1])))
                self.pages[url] = (title, paragraphs)
                items.append(Item(title, url, lead(paragraphs), when - timedelta(hours=n)))
        self.rss = web.add("/feed.xml", Page(rss("World news", web.url("/"), rss_items),
                                             content_type="application/rss+xml"))
        # Detected by content: an Atom feed at a URL that does not look like one, served as text/html.
        self.atom = web.add("/latest", Page(atom("Business", web.url("/"), atom_items)))
        self.missing = web.url("/gone")
        self.down = web.add("/down", Page(b"<html><body>Service Unavailable</body></html>", status=503))
        self.slow = web.add("/slow", Page(article_html("Slow", ["Too late."], "slow"), delay=3))
        self.binary = web.add("/photo.jpg", Page(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8,
                                                 content_type="image/jpeg"))
        big = article_html("Big", ["A paragraph of a very long page. " * 40] * 200, "big")
        self.big = web.add("/big", Page(big))
        self.big_streamed = web.add("/big-streamed", Page(big, content_length=False))
        self.malformed = web.add("/broken.xml", Page(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x'
                                                     b"</title><item><title>Half an entry</titl",
                                                     content_type="application/rss+xml"))
        self.loop = web.add("/loop/a", Page(location="/loop/b"))
        web.add("/loop/b", Page(location="/loop/a"))


@pytest.fixture
def site() -> Iterator[Site]:
    web = FakeWeb().start()
    try:
        yield Site(web)
    finally:
        web.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(state=str(tmp_path / "state.sqlite3"), fetch_timeout=1.0, fetch_concurrency=3,
                    max_source_bytes=200_000)


def by_url(outcomes: Sequence[Article | Source]) -> dict[str, Source]:
    return {(o.source if isinstance(o, Article) else o).url or "": o.source if isinstance(o, Article) else o
            for o in outcomes}


async def test_an_rss_feed_is_briefed_from_the_full_pages_of_its_entries(site: Site, settings: Settings) -> None:
    collection = await collect([site.rss], settings)
    assert len(collection.articles) == len(site.pages) // 2
    for article in collection.articles:
        title, paragraphs = site.pages[article.source.url or ""]
        assert article.source.status == "ok" and article.source.error is None
        assert article.source.title == title
        assert article.source.published is not None and article.source.published.startswith("2026-11-20")
        # The feed only carries the lead: the last paragraph can only have come from the page.
        assert core(later(paragraphs)) in article.text
        assert "Most read" not in article.text and "Sign up for our morning newsletter" not in article.text
    assert [s.id for s in collection.sources] == [str(n) for n in range(1, len(collection.sources) + 1)]


async def test_an_atom_feed_is_recognised_by_its_content_not_its_url(site: Site, settings: Settings) -> None:
    collection = await collect([site.atom], settings)
    assert len(collection.articles) == 5
    assert {a.source.url for a in collection.articles} <= set(site.pages)
    assert all(a.source.status == "ok" for a in collection.articles)


async def test_every_failure_is_a_skipped_source_with_a_reason_and_the_rest_is_briefed(
        site: Site, settings: Settings) -> None:
    page = next(iter(site.pages))
    specs = [site.missing, site.down, site.slow, page, site.binary, site.big, site.big_streamed, site.malformed,
             site.loop]
    briefing = await build_briefing(specs, settings)
    sources = by_url(briefing.sources)
    assert [s.url for s in briefing.sources] == specs  # input order kept though fetched concurrently
    reasons = {url: (s.status, s.error or "") for url, s in sources.items()}
    assert reasons[page] == ("ok", "")
    assert reasons[site.missing][0] == "skipped" and "HTTP 404" in reasons[site.missing][1]
    assert "HTTP 503" in reasons[site.down][1] and "try again later" in reasons[site.down][1]
    assert "timed out after 1s" in reasons[site.slow][1] and "BRIEFBOT_FETCH_TIMEOUT" in reasons[site.slow][1]
    assert "image/jpeg, not an HTML page" in reasons[site.binary][1]
    for big in (site.big, site.big_streamed):
        assert "larger than the 200,000-byte limit" in reasons[big][1]
        assert "BRIEFBOT_MAX_SOURCE_BYTES" in reasons[big][1]
    assert "malformed feed" in reasons[site.malformed][1]
    assert "redirect loop" in reasons[site.loop][1] and "/loop/b" in reasons[site.loop][1]
    assert all(status == "skipped" for url, (status, _) in reasons.items() if url != page)
    assert len(briefing.stories) == 1 and briefing.stories[0].sources == [sources[page].id]


async def test_an_entry_whose_page_fails_is_briefed_from_the_feed_summary_and_says_so(
        site: Site, settings: Settings) -> None:
    gone = next(iter(site.pages))
    del site.web.pages[gone.removeprefix(site.web.url(""))]
    collection = await collect([site.rss], settings)
    fallback = next(a for a in collection.articles if a.source.url == gone)
    assert fallback.source.status == "ok"
    assert "HTTP 404" in (fallback.source.error or "") and "feed's summary" in (fallback.source.error or "")
    assert core(lead(site.pages[gone][1])) in fallback.text
    assert len(collection.articles) == 5


async def test_a_second_run_sends_validators_and_refetches_nothing_unchanged(
        site: Site, settings: Settings) -> None:
    first = await collect([site.rss, site.atom], settings)
    assert site.web.not_modified == []
    asked = len(site.web.requests)
    second = await collect([site.rss, site.atom], settings)
    again = site.web.requests[asked:]
    assert len(again) == asked
    assert all(r.headers.get("If-None-Match") and r.headers.get("If-Modified-Since") for r in again)
    assert sorted(site.web.not_modified) == sorted(r.path for r in again)
    assert [a.text for a in second.articles] == [a.text for a in first.articles]


async def test_an_unusable_state_store_costs_only_the_cache(site: Site, settings: Settings,
                                                             tmp_path: Path) -> None:
    collection = await collect([site.rss], replace(settings, state=str(tmp_path)))  # a folder, not a file
    assert len(collection.articles) == 5
    assert not any("If-None-Match" in r.headers for r in site.web.requests)


async def test_fetches_are_bounded_and_say_who_is_asking(site: Site, settings: Settings) -> None:
    for path in list(site.web.pages):
        if path.startswith("/news/"):
            site.web.pages[path] = replace(site.web.pages[path], delay=0.05)
    await collect([site.rss, site.atom], replace(settings, fetch_concurrency=2))
    assert 1 <= site.web.most_at_once <= 2
    agents = {r.headers.get("User-Agent", "") for r in site.web.requests}
    assert len(agents) == 1 and agents.pop().startswith("briefbot/")


async def test_chat_requests_may_not_reach_private_addresses(site: Site, settings: Settings) -> None:
    with pytest.raises(NoUsableSources):
        await build_briefing([site.rss], settings, addresses=PUBLIC_ONLY)
    collection = await collect([site.rss], settings, addresses=PUBLIC_ONLY)
    assert collection.articles == []
    assert "private address" in (collection.sources[0].error or "")
    assert site.web.requests == []


async def test_a_redirect_to_a_private_address_is_refused_before_it_is_followed(
        site: Site, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every address here is loopback, so stand in for DNS: 127.0.0.1 passes for public, localhost is private.
    monkeypatch.setattr(addresses, "is_public", lambda address: address == "127.0.0.1")

    async def localhost_is_private(host: str) -> list[str]:
        return ["10.0.0.7"] if host == "localhost" else ["127.0.0.1"]

    hop = site.web.add("/short/1", Page(location=f"http://localhost:{site.web.port}/intranet/wiki"))
    site.web.add("/intranet/wiki", Page(article_html("Internal", ["Secret plans for the quarter."], "corp")))
    policy = AddressPolicy(public_only=True, resolve=localhost_is_private)
    collection = await collect([hop, next(iter(site.pages))], settings, addresses=policy)
    refused, fine = collection.sources
    assert refused.status == "skipped" and "redirects to" in (refused.error or "")
    assert "private address" in (refused.error or "") and fine.status == "ok"
    assert "/intranet/wiki" not in site.web.paths_requested()


def test_transport_failures_read_as_what_to_do() -> None:
    dns = httpx.ConnectError("[Errno -2] Name or service not known")
    assert web._transport_problem("https://news.invalid/a", dns) == \
        "the host news.invalid cannot be found (DNS): check the URL"
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    assert web._transport_problem("https://news.example/a", refused).startswith("cannot connect to news.example")
    assert "not a valid http(s) URL" in web._transport_problem("ftp://x", httpx.UnsupportedProtocol("ftp"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_progress_is_shown_on_a_terminal_only(site: Site, settings: Settings,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    await collect([site.rss, site.missing], settings)
    assert terminal.getvalue().rstrip().rsplit("\r", 1)[-1] == "briefbot: fetched 6, failed 1"
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    await collect([site.rss, site.missing], settings)
    assert piped.getvalue() == ""


def test_the_cli_briefs_a_local_feed(site: Site, settings: Settings, cli: Callable[..., Result],
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFBOT_STATE", str(tmp_path / "cli.sqlite3"))
    result = cli("brief", site.rss, site.missing, "--format", "json")
    assert result.code == 0, result.err
    assert f"skipped {site.missing}: HTTP 404" in result.err and "fetched" not in result.err
    briefing = json.loads(result.out)
    assert len(briefing["stories"]) == 1
    assert len(briefing["stories"][0]["sources"]) == 5
    assert {s["url"] for s in briefing["sources"] if s["status"] == "ok"} <= set(site.pages)


def test_a_feed_saved_as_a_file_is_read_like_the_feed_url(site: Site, cli: Callable[..., Result],
                                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import httpx

    monkeypatch.setenv("BRIEFBOT_STATE", str(tmp_path / "cli.sqlite3"))
    saved = tmp_path / "news.rss"
    saved.write_bytes(httpx.get(site.rss).content)
    result = cli("brief", str(saved), "--format", "json")
    assert result.code == 0, result.err
    briefing = json.loads(result.out)
    assert {s["url"] for s in briefing["sources"] if s["status"] == "ok"} <= set(site.pages)
    assert len(briefing["stories"][0]["sources"]) == 5  # its entries followed to their pages, as for the URL
    (tmp_path / "not-a-feed.xml").write_text("<config><a>1</a></config>")
    refused = cli("brief", str(tmp_path / "not-a-feed.xml"))
    assert refused.code == 2 and "is not an RSS or Atom feed" in refused.err
