"""A small news site on 127.0.0.1 for briefbot's fetcher: pages, feeds and every way a fetch can fail.

The server runs aiohttp in its own thread and loop, so synchronous tests (the CLI) and async tests can
both use it. Every route is a ``Page`` (status, content type, body, optional delay, redirect, whether
``Content-Length`` is sent). Pages carry an ``ETag`` and a ``Last-Modified`` and the server answers
``304`` to a request that presents either, as real servers do; it records every request's headers and
every 304 it sent, and the most requests it was serving at once.

``article_html``, ``rss`` and ``atom`` build real-looking payloads: an article wrapped in navigation,
share bars, a cookie banner and a footer, and feeds in the formats sites publish.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from aiohttp import web

LAST_MODIFIED = format_datetime(datetime(2026, 11, 20, 6, 0, tzinfo=UTC), usegmt=True)


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    location: str | None = None
    content_length: bool = True
    validators: bool = True
    headers: dict[str, str] = field(default_factory=dict)  # sent as they are, e.g. Content-Encoding

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


@dataclass
class FakeWeb:
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    most_at_once: int = 0
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, page: Page) -> str:
        self.pages[path] = page
        return self.url(path)

    def paths_requested(self) -> list[str]:
        return [r.path for r in self.requests]

    # -- serving ---------------------------------------------------------------------------------

    def __post_init__(self) -> None:
        self._busy = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(Seen(request.path, dict(request.headers)))
        self._busy += 1
        self.most_at_once = max(self.most_at_once, self._busy)
        try:
            return await self._answer(request)
        finally:
            self._busy -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        page = self.pages.get(request.path)
        if page is None:
            return web.Response(status=404, text="<html><body><h1>Not found</h1></body></html>",
                                content_type="text/html")
        if page.delay:
            await asyncio.sleep(page.delay)
        if page.location is not None:
            raise web.HTTPFound(location=page.location)
        headers = {"Content-Type": page.content_type, **page.headers}
        if page.validators:
            headers |= {"ETag": page.etag, "Last-Modified": LAST_MODIFIED}
            if request.headers.get("If-None-Match") == page.etag or \
                    request.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self.not_modified.append(request.path)
                return web.Response(status=304, headers={"ETag": page.etag})
        if page.content_length:
            return web.Response(status=page.status, body=page.body, headers=headers)
        response = web.StreamResponse(status=page.status, headers=headers)
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(page.body), 65536):
            await response.write(page.body[start:start + 65536])
        await response.write_eof()
        return response

    def start(self) -> FakeWeb:
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            app = web.Application()
            app.router.add_route("GET", "/{tail:.*}", self._handle)
            self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            loop.run_until_complete(site.start())
            self.port = self._runner.addresses[0][1]
            ready.set()
            loop.run_forever()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.wait(pending))
            loop.close()

        self._thread = threading.Thread(target=serve, name="fake-web", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        """Close every connection (cancelling a handler still sleeping) and end the server's thread."""
        if self._loop is None or self._runner is None:
            return
        runner, loop = self._runner, self._loop

        async def shutdown() -> None:
            await runner.cleanup()
            loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), loop)
        self._thread.join(10)


# -- payloads ------------------------------------------------------------------------------------

def article_html(title: str, paragraphs: list[str], outlet: str) -> bytes:
    """An article page as news sites serve it: the story inside navigation, ads, banners and a footer."""
    body = "\n".join(f"    <p>{html.escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | {html.escape(outlet)}</title>
  <meta property="og:title" content="{html.escape(title)}">
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Manage settings</a>
    <button>Accept all</button></div>
  <header class="masthead">
    <a class="logo" href="/">{html.escape(outlet)}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
      <li><a href="/tech">Tech</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
    <h1>{html.escape(title)}</h1>
    <div class="share">Share on Facebook · Share on X · Email this article</div>
{body}
    </article>
    <aside class="most-read"><h2>Most read</h2><ol>
      <li><a href="/a/1">Ten airport lounges worth arriving early for</a></li>
      <li><a href="/a/2">The one kitchen gadget chefs swear by</a></li>
      <li><a href="/a/3">Why everyone is talking about this new savings account</a></li></ol></aside>
    <div class="newsletter">Sign up for our morning newsletter. <input type="email"> <button>Sign up</button></div>
  </main>
  <footer><p>© 2026 {html.escape(outlet)}. All rights reserved. Republication or redistribution is prohibited.</p>
    <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></footer>
</body>
</html>
"""
    return page.encode("utf-8")


@dataclass(frozen=True)
class Item:
    """One feed entry: its title, the page it links to, and the short summary the feed carries."""

    title: str
    link: str
    summary: str
    published: datetime


def rss(title: str, site: str, items: list[Item]) -> bytes:
    entries = "\n".join(f"""    <item>
      <title>{html.escape(i.title)}</title>
      <link>{html.escape(i.link)}</link>
      <guid isPermaLink="true">{html.escape(i.link)}</guid>
      <pubDate>{format_datetime(i.published)}</pubDate>
      <description>{html.escape("<p>" + html.escape(i.summary) + "</p>")}</description>
    </item>""" for i in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{html.escape(title)}</title>
    <link>{html.escape(site)}</link>
    <description>Latest news</description>
{entries}
  </channel>
</rss>
""".encode()


def atom(title: str, site: str, items: list[Item]) -> bytes:
    entries = "\n".join(f"""  <entry>
    <title>{html.escape(i.title)}</title>
    <link rel="alternate" type="text/html" href="{html.escape(i.link)}"/>
    <id>{html.escape(i.link)}</id>
    <updated>{i.published.isoformat()}</updated>
    <summary type="html">{html.escape("<p>" + html.escape(i.summary) + "</p>")}</summary>
  </entry>""" for i in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{html.escape(title)}</title>
  <link href="{html.escape(site)}"/>
  <id>{html.escape(site)}</id>
  <updated>2026-11-20T06:00:00Z</updated>
{entries}
</feed>
""".encode()
