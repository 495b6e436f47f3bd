"""Hostile pages and feeds on 127.0.0.1 (issue 13): compression bombs, feeds of thousands of entries,
charsets that are not charsets, lone surrogates, a bug on one page, and DNS rebinding. Each costs at most
its own source; none bursts memory or reaches an address that was not checked."""

from __future__ import annotations

import gzip
import socket
import tracemalloc
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot import addresses
from bot.addresses import PUBLIC_ONLY
from bot.model import Article, Source
from bot.pipeline import build_briefing
from bot.render import FORMATS, render
from bot.settings import Settings
from bot.sources import collect, web
from bot.sources.feeds import SCANNED, parse_feed
from tests.fakes.web_server import FakeWeb, Item, Page, article_html, rss

PARAGRAPHS = ["The harbour reopened on Monday after a storm damaged two piers, the port authority said in a statement.",
              "Ferries will run a reduced timetable until Friday while repairs to both piers continue, officials said.",
              "Fishing boats were allowed back into the inner basin on Sunday evening, the harbour master added."]
PAGE = article_html("Harbour reopens after storm damages two piers", PARAGRAPHS, "harbour.example")


@pytest.fixture
def site() -> Iterator[FakeWeb]:
    server = FakeWeb().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(state=str(tmp_path / "state.sqlite3"), fetch_timeout=5.0, max_source_bytes=200_000)


def sources(outcomes: list[Article] | list[Source]) -> list[Source]:
    return [o.source if isinstance(o, Article) else o for o in outcomes]


# --- compression --------------------------------------------------------------------------------

async def test_a_gzip_page_is_read(site: FakeWeb, settings: Settings) -> None:
    url = site.add("/gz", Page(gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}))
    collection = await collect([url], settings)
    assert collection.articles and "reduced timetable" in collection.articles[0].text
    assert site.requests[0].headers.get("Accept-Encoding") == web.ACCEPT_ENCODING


@pytest.mark.parametrize("deflate", [zlib.compress, lambda data: zlib.compress(data)[2:-4]], ids=["zlib", "raw"])
async def test_a_deflate_page_is_read(site: FakeWeb, settings: Settings, deflate: Any) -> None:
    url = site.add("/deflate", Page(deflate(PAGE), headers={"Content-Encoding": "deflate"}))
    collection = await collect([url], settings)
    assert collection.articles and "reduced timetable" in collection.articles[0].text


async def test_stacked_gzip_is_refused_and_the_rest_is_read(site: FakeWeb, settings: Settings) -> None:
    bomb = gzip.compress(gzip.compress(b" " * 50_000_000))
    assert len(bomb) < 10_000
    bad = site.add("/bomb", Page(bomb, headers={"Content-Encoding": "gzip, gzip"}))
    good = site.add("/good", Page(PAGE))
    refused, fine = sources((await collect([bad, good], settings)).sources)
    assert refused.status == "skipped" and "'gzip, gzip'" in (refused.error or "")
    assert fine.status == "ok"


async def test_a_gzip_bomb_stops_at_the_size_cap_without_inflating_it(site: FakeWeb, settings: Settings) -> None:
    bomb = gzip.compress(b"<html><body>" + b" " * 100_000_000)
    url = site.add("/bomb", Page(bomb, headers={"Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        collection = await collect([url], settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than the 200,000-byte limit" in (collection.sources[0].error or "")
    assert peak < 20_000_000  # httpx alone inflated a whole chunk: 64 MB at once


async def test_an_unknown_encoding_is_refused_with_a_reason(site: FakeWeb, settings: Settings) -> None:
    url = site.add("/br", Page(b"\x1b\x03\x00", headers={"Content-Encoding": "br"}))
    assert "'br'" in ((await collect([url], settings)).sources[0].error or "")


# --- feeds --------------------------------------------------------------------------------------

async def test_a_feed_is_read_to_its_newest_entries_and_says_how_many_were_left(
        site: FakeWeb, settings: Settings) -> None:
    when = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    # Oldest first, as some feeds are: the cap must keep the newest, not the first.
    items = [Item(f"Storm update number {n}", site.url(f"/a/{n}"), f"Summary {n}: " + PARAGRAPHS[0],
                  when - timedelta(hours=30 - n)) for n in range(30)]
    url = site.add("/feed.xml", Page(rss("Harbour", site.url("/"), items), content_type="application/rss+xml"))
    collection = await collect([url], replace(settings, max_feed_entries=10))
    asked = [p for p in site.paths_requested() if p.startswith("/a/")]
    assert sorted(asked) == sorted(f"/a/{n}" for n in range(20, 30))
    note = collection.sources[-1]
    assert note.status == "skipped" and note.url == url
    error = note.error or ""
    assert "20 older entries of this feed's 30" in error and "BRIEFBOT_MAX_FEED_ENTRIES" in error
    assert len(collection.articles) == 10  # briefed from their summaries (the pages 404)


def test_the_feed_cap_is_a_setting_with_a_default_of_100() -> None:
    assert Settings.from_env({}).max_feed_entries == 100
    assert Settings.from_env({"BRIEFBOT_MAX_FEED_ENTRIES": "5"}).max_feed_entries == 5


@pytest.mark.parametrize("fmt", FORMATS)
async def test_a_lone_surrogate_or_control_character_in_a_feed_never_reaches_the_output(
        site: FakeWeb, settings: Settings, fmt: str) -> None:
    feed = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>H</title>'
            b"<item><title>Harbour &#xD800; reopens &#x1b;[2J after storm</title><link>" +
            site.url("/gone").encode() + b"</link><description>" +
            " ".join(PARAGRAPHS).replace("Monday", "Monday &amp;#xDFFF; &#xD800;").encode() +
            b"</description></item></channel></rss>")
    url = site.add("/feed.xml", Page(feed, content_type="application/rss+xml"))
    out = render(await build_briefing([url], settings), fmt)
    out.encode("utf-8")
    assert not any(c in out for c in "\x1b\ud800\udfff")


# --- charsets and bugs --------------------------------------------------------------------------

@pytest.mark.parametrize("charset", ["undefined", "punycode", "idna", "utf-7", "base64", "no-such-charset"])
async def test_a_page_declaring_a_codec_that_is_not_a_charset_is_still_read(
        site: FakeWeb, settings: Settings, charset: str) -> None:
    odd = site.add("/odd", Page(PAGE, content_type=f"text/html; charset={charset}"))
    good = site.add("/good", Page(PAGE.replace(b"Harbour reopens", b"Harbour still reopens")))
    collection = await collect([odd, good], settings)
    assert [s.status for s in collection.sources] == ["ok", "ok"]
    assert "reduced timetable" in collection.articles[0].text


async def test_a_bug_on_one_page_costs_only_that_page(site: FakeWeb, settings: Settings,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.text.clean import clean_article as real

    def fragile(text: str, **kwargs: Any) -> Article:
        if "Explodes" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, **kwargs)

    monkeypatch.setattr(web, "clean_article", fragile)
    bad = site.add("/bad", Page(article_html("Explodes", PARAGRAPHS, "x")))
    good = site.add("/good", Page(PAGE))
    broken, fine = sources((await collect([bad, good], settings)).sources)
    assert broken.status == "skipped" and "RecursionError" in (broken.error or "") and fine.status == "ok"


# --- DNS rebinding ------------------------------------------------------------------------------

async def test_the_connection_goes_to_the_address_that_was_checked(
        site: FakeWeb, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """A resolver that answers a checked (public) address first and something else afterwards: nothing but
    the check may ask it. (127.0.0.1 stands in for a public address; a later answer would be internal,
    here simply one that cannot be connected to.)"""
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("news.rebind.test", b"news.rebind.test"):
            answers.append("127.0.0.1" if not answers else "internal")
            if answers[-1] != "127.0.0.1":
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(addresses, "is_public", lambda address: address == "127.0.0.1")
    site.add("/story", Page(PAGE))
    url = f"http://news.rebind.test:{site.port}/story"
    collection = await collect([url], settings, addresses=PUBLIC_ONLY)
    assert collection.sources[0].status == "ok", collection.sources[0].error
    assert answers == ["127.0.0.1"]  # asked once, by the check; the connection used its answer
    assert site.requests[0].headers.get("Host") == f"news.rebind.test:{site.port}"


@pytest.mark.parametrize("newest_first", [True, False])
def test_a_feed_of_thousands_of_entries_is_parsed_at_its_ends_only(newest_first: bool) -> None:
    when = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    items = [Item(f"Update {n}", f"https://news.example/a/{n}", f"Summary {n}", when - timedelta(minutes=n))
             for n in range(3000)]
    body = rss("Harbour", "https://news.example/", items if newest_first else items[::-1])
    feed = parse_feed(body, "https://news.example/feed.xml", "application/rss+xml", keep=10)
    assert feed.total == 3000 and len(feed.entries) == 10 * SCANNED
    newest = {f"https://news.example/a/{n}" for n in range(10)}
    assert newest <= {e.link for e in feed.entries}
