"""Article pages and RSS/Atom feeds over HTTP.

Every URL is fetched with httpx under the same rules: at most ``BRIEFBOT_FETCH_CONCURRENCY`` at once,
``BRIEFBOT_FETCH_TIMEOUT`` seconds for the whole fetch (redirects and body included), at most
``MAX_REDIRECTS`` redirects (each hop checked), bodies capped at ``BRIEFBOT_MAX_SOURCE_BYTES`` while they
stream in, and a User-Agent naming briefbot. A body is a feed or a page by what it contains, not by its
URL. A feed's entries are followed to their full articles; an entry whose page cannot be used falls back
on the feed's summary, keeps status ``ok`` and says so in its source's ``error`` (the briefing/1 contract
has no third status). Anything else that fails becomes a skipped source whose ``error`` says what to do.

Responses with an ``ETag`` or ``Last-Modified`` are kept in the state store (``bot.state.http_cache``),
so a repeated run sends ``If-None-Match`` / ``If-Modified-Since`` and reuses the body on ``304``.

httpx is imported only here, and this module only when a URL is briefed, so file-only runs stay light.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot import __version__
from bot.addresses import AddressPolicy
from bot.errors import BriefbotError, FetchError, RequestRejected, StateError, UnreadableSource
from bot.model import Article, Source
from bot.settings import Settings
from bot.sources.feeds import FeedEntry, is_feed, parse_feed
from bot.state import open_engine
from bot.state.http_cache import CachedResponse, HttpCache
from bot.text.clean import clean_article
from bot.text.decode import decode_bytes
from bot.text.webpage import PageMeta

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/briefbot/briefbot"
USER_AGENT = f"briefbot/{__version__} (+{PROJECT_URL})"
MAX_REDIRECTS = 5
_DNS_FAILURES = ("name or service not known", "nodename nor servname", "getaddrinfo failed",
                 "no address associated", "temporary failure in name resolution", "name resolution")
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


@dataclass(frozen=True)
class Response:
    """What a URL finally answered (after redirects): where, which content type, and the body."""

    url: str
    content_type: str | None
    body: bytes


class Progress:
    """``fetched N, failed M`` on stderr, rewritten in place, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.fetched = self.failed = 0
        self.shown = sys.stderr.isatty()

    def count(self, ok: bool) -> None:
        if ok:
            self.fetched += 1
        else:
            self.failed += 1
        if self.shown:
            line = f"\rbriefbot: fetched {self.fetched}, failed {self.failed}"
            print(line, end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.shown and (self.fetched or self.failed):
            print(file=sys.stderr, flush=True)


async def fetch_all(specs: Sequence[str], settings: Settings, *, first_id: int,
                    addresses: AddressPolicy) -> list[Article | Source]:
    """Every page and feed entry that ``specs`` (URLs) lead to, in input order, numbered from ``first_id``.

    Every URL and every redirect hop is checked against ``addresses`` before it is requested.
    """
    import httpx  # lazy: only runs that fetch URLs pay for it

    cache = await asyncio.to_thread(_open_cache, settings)
    progress = Progress()
    limits = httpx.Limits(max_connections=settings.fetch_concurrency)
    try:
        async with httpx.AsyncClient(headers={"User-Agent": USER_AGENT}, timeout=settings.fetch_timeout,
                                     follow_redirects=False, limits=limits) as client:
            fetcher = Fetcher(client, settings, cache, addresses=addresses, progress=progress)
            results = await asyncio.gather(*(fetcher.outcomes(url) for url in specs))
    finally:
        progress.close()
        if cache is not None:
            cache.close()
    outcomes = [outcome for result in results for outcome in result]
    for number, outcome in enumerate(outcomes, first_id):
        (outcome.source if isinstance(outcome, Article) else outcome).id = str(number)
    return outcomes


def _open_cache(settings: Settings) -> HttpCache | None:
    try:
        return HttpCache(open_engine(settings.state))
    except BriefbotError as exc:
        log.warning("fetching without the HTTP cache: %s", exc)
        return None


class Fetcher:
    """One run's fetching: the shared client, the concurrency slots, the cache and the progress line."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings, cache: HttpCache | None, *,
                 addresses: AddressPolicy, progress: Progress) -> None:
        self.client, self.settings, self.cache = client, settings, cache
        self.addresses, self.progress = addresses, progress
        self.slots = asyncio.Semaphore(settings.fetch_concurrency)

    async def outcomes(self, url: str) -> list[Article | Source]:
        """The article at ``url``, or one per entry if it is a feed, or one skipped source saying why not."""
        try:
            response = await self.get(url) if "://" in url else await asyncio.to_thread(self.feed_file, url)
            if is_feed(response.body, response.content_type):
                feed = await asyncio.to_thread(parse_feed, response.body, response.url, response.content_type)
                return list(await asyncio.gather(*(self.entry(e, response.url) for e in feed.entries)))
            return [await self.article(url, response)]
        except FetchError as exc:
            return [Source(id="", title=url, url=url, status="skipped", error=exc.reason)]

    def feed_file(self, path: str) -> Response:
        """A feed saved as a local file (``.xml``, ``.rss``, ``.atom``), read as if a URL had answered it;
        ``FetchError`` if it cannot be read or is not a feed."""
        try:
            with Path(path).expanduser().open("rb") as file:
                body = file.read(self.settings.max_source_bytes + 1)
        except OSError as exc:
            raise FetchError(path, f"the feed file cannot be read ({exc.strerror}): check the path") from None
        if len(body) > self.settings.max_source_bytes:
            raise FetchError(path, f"the feed file is larger than {self.settings.max_source_bytes:,} bytes: "
                                   "shorten it or raise BRIEFBOT_MAX_SOURCE_BYTES")
        if not is_feed(body, None):
            raise FetchError(path, "is not an RSS or Atom feed: pass a feed file, or the article files themselves")
        return Response(url=Path(path).expanduser().resolve().as_uri(), content_type=None, body=body)

    async def entry(self, entry: FeedEntry, feed_url: str) -> Article | Source:
        """A feed entry's full article; else its summary, with the reason in ``error``; else skipped."""
        meta = PageMeta(title=entry.title or None, published=entry.published, url=entry.link)
        reason = "the feed entry has no link"
        if entry.link:
            try:
                return await self.article(entry.link, await self.get(entry.link), meta)
            except FetchError as exc:
                reason = exc.reason
        url = entry.link or feed_url
        if entry.summary:
            source = Source(id="", title=entry.title or url, url=url,
                            error=f"full article unavailable ({reason}); briefed from the feed's summary")
            article = await asyncio.to_thread(clean_article, entry.summary, kind="text", source=source, meta=meta)
            if article.paragraphs:
                source.outlet = source.outlet or _outlet(url)
                return article
        return Source(id="", title=entry.title or url, url=url, status="skipped",
                      error=f"{reason}; the feed has no summary to fall back on")

    async def article(self, url: str, response: Response, meta: PageMeta | None = None) -> Article:
        """The article in an HTML page; ``FetchError`` if it is not a page or has no article text.

        ``meta`` is what a feed says about the page (title, date); it wins over what the page says.
        """
        content_type = (response.content_type or "").split(";")[0].strip().lower()
        html_text = content_type.startswith("text/") and _looks_like_html(response)
        if content_type not in _TEXT_TYPES and not html_text:
            shown = content_type or "of unknown type"
            raise FetchError(url, f"is {shown}, not an HTML page or an RSS/Atom feed: "
                                  "link to the article page or the site's feed")
        text = _decode(response, url)
        source = Source(id="", title=response.url, url=response.url)
        article = await asyncio.to_thread(clean_article, text, kind="html", source=source, meta=meta)
        if not article.paragraphs:
            raise FetchError(url, "has no article text: link to an article page, not a home or index page")
        source.url = response.url
        source.outlet = source.outlet or _outlet(response.url)
        return article

    async def get(self, url: str) -> Response:
        """The final response for ``url``, under the concurrency, time, size and redirect rules."""
        import httpx  # lazy: see fetch_all

        async with self.slots:
            try:
                async with asyncio.timeout(self.settings.fetch_timeout):
                    response = await self._follow(url)
            except (TimeoutError, httpx.TimeoutException):
                self.progress.count(ok=False)
                raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g}s: the site is slow "
                                      "or down; try later or raise BRIEFBOT_FETCH_TIMEOUT") from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                self.progress.count(ok=False)
                raise FetchError(url, _transport_problem(url, exc)) from None
            except FetchError:
                self.progress.count(ok=False)
                raise
        self.progress.count(ok=True)
        return response

    async def _follow(self, url: str) -> Response:
        hops = [url]
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            await self._check_public(url, current)
            cached = await self._cached(current)
            headers = cached.conditional_headers() if cached else {}
            async with self.client.stream("GET", current, headers=headers) as response:
                if response.status_code == 304 and cached is not None:
                    log.debug("not modified: %s", current)
                    return Response(url=current, content_type=cached.content_type, body=cached.body)
                if response.is_redirect:
                    target = str(response.url.join(response.headers["location"]))
                    if target in hops:
                        raise FetchError(url, f"redirect loop ({' -> '.join([*hops, target])}): "
                                              "the site is misconfigured; try the final address directly")
                    hops.append(target)
                    current = target
                    continue
                if response.status_code >= 400 or response.status_code == 304:
                    raise FetchError(url, _status_problem(response.status_code, response.reason_phrase))
                body = await self._body(url, response)
                content_type = response.headers.get("content-type")
                etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
            if etag or modified:
                await self._store(current, CachedResponse(etag, modified, content_type, body))
            return Response(url=current, content_type=content_type, body=body)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects ({' -> '.join(hops[:3])} ...): "
                              "try the final address directly")

    async def _cached(self, url: str) -> CachedResponse | None:
        """What ``url`` answered last time, if kept; a state store that fails only costs the cache."""
        if self.cache is None:
            return None
        try:
            return await asyncio.to_thread(self.cache.get, url)
        except StateError as exc:
            log.warning("%s", exc)
            return None

    async def _store(self, url: str, response: CachedResponse) -> None:
        if self.cache is None:
            return
        try:
            await asyncio.to_thread(self.cache.put, url, response)
        except StateError as exc:
            log.warning("%s", exc)

    async def _body(self, url: str, response: httpx.Response) -> bytes:
        """The body, read only up to the size cap: a page that announces or streams more is refused."""
        limit = self.settings.max_source_bytes
        too_big = f"is larger than the {limit:,}-byte limit: raise BRIEFBOT_MAX_SOURCE_BYTES or link a " \
                  "smaller page"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, too_big)
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, too_big)
            chunks.append(chunk)
        return b"".join(chunks)

    async def _check_public(self, url: str, hop: str) -> None:
        try:
            await self.addresses.check([hop])
        except RequestRejected as exc:
            raise FetchError(url, str(exc) if hop == url else f"redirects to {exc}") from None


def _looks_like_html(response: Response) -> bool:
    head = response.body[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head or b"<body" in head


def _decode(response: Response, url: str) -> str:
    """The page as text: its declared charset if that works, else detected; ``FetchError`` if binary."""
    if b"\x00" in response.body[:8192]:
        raise FetchError(url, "is binary data, not an HTML page: link to the article page")
    charset = None
    for part in (response.content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"')
    if charset:
        try:
            return response.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_bytes(response.body, url)
    except UnreadableSource as exc:
        raise FetchError(url, exc.reason) from None


def _outlet(url: str) -> str | None:
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _status_problem(status: int, phrase: str) -> str:
    said = f"HTTP {status} {phrase}".rstrip()
    if status in (401, 403):
        return f"{said}: the site refuses briefbot; pass another URL for this story"
    if status in (404, 410):
        return f"{said}: the page is gone or the URL is wrong; check it"
    if status == 429:
        return f"{said}: the site is rate-limiting; try again later"
    if status >= 500:
        return f"{said}: the site has a problem; try again later"
    return f"{said}: check the URL"


def _transport_problem(url: str, exc: Exception) -> str:
    import httpx  # lazy: see fetch_all

    host = urlsplit(url).hostname or url
    detail = str(exc) or exc.__class__.__name__
    if isinstance(exc, httpx.ConnectError) and any(s in detail.lower() for s in _DNS_FAILURES):
        return f"the host {host} cannot be found (DNS): check the URL"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect to {host} ({detail}): check the URL or try later"
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return f"is not a valid http(s) URL ({detail}): check it"
    return f"the transfer failed ({exc.__class__.__name__}: {detail}): try again later"
