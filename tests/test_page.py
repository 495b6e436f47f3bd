"""The full briefing as a web page: served by ``briefbot serve`` at ``/briefings/ID``, written by
``briefbot history --briefing ID --format html``, linked from chat, and checked in a real headless browser."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.pages import BriefingPages
from bot.render.discord import discord_messages
from bot.render.page import briefing_page, page_url
from bot.render.slack import slack_messages
from bot.state.ledger import Ledger
from tests.conftest import Result

HOSTILE = ('<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">'
           '<a href="javascript:alert(1)">x</a> </li></ul><h1>fake</h1> @everyone & "quoted"')
CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (.ci/run installs Debian's)")


def briefing(base: str = "https://news.example") -> Briefing:
    sources = [Source(id="1", title="Ports reopen", outlet="Tidings", url=f"{base}/a"),
               Source(id="2", title="Ports busy again " + HOSTILE, url=f"{base}/b"),
               Source(id="3", title="A feed entry", url="javascript:alert(1)"),
               Source(id="4", title="c.bin", path="/srv/c.bin", status="skipped", error="is a binary file")]
    reactions = [Reaction(speaker=f"Speaker {k}", role="port official", text=f"Statement {k}.", quote=True,
                          sources=["1"]) for k in range(9)]
    first = Story(id="s1", headline="Ports busy again after strike", sources=["1", "2", "3"],
                  who=[Actor(name="Ana Berg", role="port director", sources=["1", "2"])],
                  what=[Item(text="The ports reopened on Monday. " + HOSTILE, sources=["1", "2", "3"])],
                  restrictions=[Item(text="Only cargo ships may dock.", sources=["2"])],
                  reactions=reactions,
                  conflicts=[Conflict(about="ships", claims=[Item(text="40 ships", sources=["1"]),
                                                             Item(text="45 ships", sources=["2"])])])
    second = Story(id="s2", headline="Second story", sources=["2"], what=[Item(text="Also news.", sources=["2"])])
    return Briefing(brief="ports", title="Ports <b>briefing</b>", sources=sources, stories=[first, second])


def test_the_page_has_every_story_and_item_with_linked_sources_and_escaped_text() -> None:
    page = briefing_page(briefing())
    assert page.startswith("<!doctype html>") and '<meta name="viewport"' in page
    for k in range(9):  # all of them: chat shows five
        assert f"Statement {k}." in page
    assert "Second story" in page and "Only cargo ships may dock." in page and "45 ships" in page
    headline = ('<h2><a href="https://news.example/a" rel="noopener noreferrer nofollow">'
                "1. Ports busy again after strike")
    assert headline in page  # the headline leads to the story's central article
    assert '<a href="https://news.example/a" rel="noopener noreferrer nofollow">Tidings</a>' in page
    assert "<title>Ports &lt;b&gt;briefing&lt;/b&gt;</title>" in page
    assert "<script" not in page and "<img" not in page and "<h1>fake" not in page and "onerror=\"" not in page
    assert 'href="javascript:' not in page  # a URL that is not http(s) is named, never linked
    assert "&lt;script&gt;" in page
    assert "c.bin" not in page and "1 source could not be read" in page


@dataclass
class Site:
    """``briefbot serve``'s page service and a stand-in news site, both on 127.0.0.1."""

    pages: BriefingPages
    news: str
    ledger: Ledger
    public_url: str


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    async def article(request: web.Request) -> web.Response:
        return web.Response(text=f"article {request.match_info['name']}")

    news = web.Application()
    news.router.add_get("/{name}", article)
    runner = web.AppRunner(news)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    ledger = Ledger.open(str(tmp_path / "state.db"))
    pages = BriefingPages(ledger, {}, host="127.0.0.1", port=0)
    await pages.start()
    yield Site(pages, f"http://127.0.0.1:{runner.addresses[0][1]}", ledger, f"http://127.0.0.1:{pages.port}")
    await pages.stop()
    await runner.cleanup()


async def test_serve_answers_an_archived_briefing_and_404_otherwise(site: Site) -> None:
    archived = site.ledger.archive(briefing(site.news))
    async with aiohttp.ClientSession() as http:
        async with http.get(page_url(site.public_url, archived)) as response:
            assert response.status == 200 and response.content_type == "text/html"
            assert "script-src" not in response.headers["Content-Security-Policy"]  # default-src 'none' covers it
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert "Statement 8." in await response.text()
        for path in (f"/briefings/{archived + 1}", "/briefings/x", "/", "/briefings/1/../../etc/passwd"):
            async with http.get(site.public_url + path) as response:
                assert response.status == 404, path


def test_history_writes_the_same_page(cli: Callable[..., Result], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_STATE", str(tmp_path / "state.db"))
    archived = Ledger.open(str(tmp_path / "state.db")).archive(briefing())
    result = cli("history", "--briefing", str(archived), "--format", "html", "--briefs", str(tmp_path))
    assert result.code == 0, result.err
    expected = briefing_page(replace(briefing(), title=None))  # the archive keeps no title; no brief names one
    assert result.out == expected
    refused = cli("history", "--format", "html")
    assert refused.code == 2 and "add --briefing ID" in refused.err


def test_chat_posts_end_with_the_full_briefing_link() -> None:
    linked = replace(briefing(), page_url="https://briefs.example/briefings/7")
    slack = slack_messages(linked)
    assert slack[-1]["blocks"][-1]["elements"][0]["text"] == "<https://briefs.example/briefings/7|Full\u00a0briefing>"
    discord = discord_messages(linked)
    assert discord[-1]["embeds"][-1]["description"].endswith("[Full\u00a0briefing](https://briefs.example/briefings/7)")
    assert "Full" not in str(slack_messages(briefing())) + str(discord_messages(briefing()))


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs |= {value for name, value in attrs if name == "href" and value}


def links_in(dom: str) -> set[str]:
    """The target of every real link element (text that looks like one is not)."""
    parser = Links()
    parser.feed(dom)
    return parser.hrefs


def dump_dom(url: str) -> str:
    """The page as a real browser built it: Debian's chromium, headless, after loading ``url``."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--metrics-recording-only", "--no-proxy-server",
             f"--user-data-dir={profile}", "--window-size=390,844", "--dump-dom", url],
            capture_output=True, text=True, timeout=90, env={**os.environ, "HOME": profile}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@needs_browser
async def test_a_real_browser_renders_the_page_its_links_work_and_hostile_text_stays_inert(site: Site) -> None:
    archived = site.ledger.archive(briefing(site.news))
    [link] = set(re.findall(r"<(http[^|>]+)\|Full", str(slack_messages(replace(
        briefing(site.news), page_url=page_url(site.public_url, archived))))))  # what a Slack reader taps
    dom = await asyncio.to_thread(dump_dom, link)
    assert "<title>Briefing: ports</title>" in dom  # no script ran to retitle it "pwned"
    assert "pwned" not in re.sub(r"&lt;script&gt;.*?&lt;/script&gt;|onerror=.*?&gt;", "", dom)
    assert "<script" not in dom and "<img" not in dom and "<h1>fake" not in dom
    assert len(re.findall(r"<article ", dom)) == 2 and dom.count("Statement ") == 9
    hrefs = links_in(dom)
    assert hrefs == {f"{site.news}/a", f"{site.news}/b"}  # every source with a web address, nothing else
    async with aiohttp.ClientSession() as http:
        for href in hrefs:
            async with http.get(href) as response:
                assert response.status == 200 and (await response.text()).startswith("article ")
