"""Article pages and RSS/Atom feeds over HTTP.

Every URL is fetched with httpx under the same rules: at most ``BRIEFBOT_FETCH_CONCURRENCY`` at once,
``BRIEFBOT_FETCH_TIMEOUT`` seconds for the whole fetch (redirects and body included), at most
``MAX_REDIRECTS`` redirects (each hop checked), bodies capped at ``BRIEFBOT_MAX_SOURCE_BYTES`` while they
stream in, and a User-Agent naming briefbot. The cap counts decoded bytes: briefbot asks for gzip or
deflate only and inflates the body itself, never more than the cap allows at a time, so a small
compressed bomb cannot burst memory; stacked or unknown encodings are refused.

A body is a feed or a page by what it contains, not by its URL. A feed's newest
``BRIEFBOT_MAX_FEED_ENTRIES`` entries are followed to their full articles (the older ones are reported as
one skipped source); an entry whose page cannot be used falls back on the feed's summary, keeps status
``ok`` and says so in its source's ``error`` (the briefing/1 contract has no third status). Anything else
that fails becomes a skipped source whose ``error`` says what to do; even a bug met on one URL or entry
costs only that source, never the rest of the run.

Under a public-only address policy (chat) the host of each hop is resolved once, the addresses are
checked, and the connection goes to those checked addresses (``PinnedBackend``): a resolver that answers
differently the second time (DNS rebinding) is never asked again. TLS still verifies the host name, and
the ``Host`` header is unchanged. Proxies from the environment are not used then, since a proxy would
resolve the host itself.

Responses with an ``ETag`` or ``Last-Modified`` are kept in the state store (``bot.state.http_cache``),
so a repeated run sends ``If-None-Match`` / ``If-Modified-Since`` and reuses the body on ``304``.

httpx is imported only here, and this module only when a URL is briefed, so file-only runs stay light.
"""

from __future__ import annotations

import asyncio
import codecs
import hashlib
import logging
import sys
import zlib
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpcore

from bot import __version__
from bot.addresses import AddressPolicy
from bot.errors import BriefbotError, FetchError, RequestRejected, StateError, UnreadableSource
from bot.logs import masked
from bot.model import Article, Source
from bot.settings import Settings
from bot.sources.feeds import Feed, FeedEntry, is_feed, parse_feed
from bot.state import open_engine
from bot.state.http_cache import CachedResponse, HttpCache
from bot.text.clean import clean_article
from bot.text.decode import decode_bytes, readable_text
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
ACCEPT_ENCODING = "gzip, deflate"  # the codings briefbot inflates itself, under the size cap
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
# Codecs Python has that are not character sets: a page declaring one is decoded by detection instead.
_NOT_CHARSETS = frozenset({"punycode", "idna", "undefined", "utf_7", "unicode_escape", "raw_unicode_escape",
                           "base64_codec", "bz2_codec", "hex_codec", "quopri_codec", "rot_13", "uu_codec",
                           "zlib_codec", "palmos", "mbcs", "oem"})


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
    pins: dict[str, list[str]] = {}
    transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=settings.fetch_concurrency))
    if addresses.public_only:
        transport._pool._network_backend = PinnedBackend(pins)  # httpx has no public hook for this
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING}
    try:
        async with httpx.AsyncClient(headers=headers, timeout=settings.fetch_timeout, follow_redirects=False,
                                     transport=transport, trust_env=not addresses.public_only) as client:
            fetcher = Fetcher(client, settings, cache, addresses=addresses, progress=progress, pins=pins)
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


def _pin_key(url: str) -> str:
    """The host of ``url`` as the connection pool names it: lower case, IDNA-encoded, no IPv6 brackets."""
    import httpx  # lazy: see fetch_all

    return httpx.URL(url).raw_host.decode("ascii").strip("[]").lower()


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting each host only to the addresses the policy checked for it.

    ``pins`` is filled by the fetcher as it checks each hop; a host with no checked address is refused.
    """

    def __init__(self, pins: dict[str, list[str]]) -> None:
        self.pins = pins
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        addresses = self.pins.get(host.strip("[]").lower())
        if not addresses:
            raise httpcore.ConnectError(f"{host} was not checked against the address policy")
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure or httpcore.ConnectError(host)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched under the address policy")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class Fetcher:
    """One run's fetching: the shared client, the concurrency slots, the cache and the progress line."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings, cache: HttpCache | None, *,
                 addresses: AddressPolicy, progress: Progress, pins: dict[str, list[str]] | None = None) -> None:
        self.client, self.settings, self.cache = client, settings, cache
        self.addresses, self.progress = addresses, progress
        self.pins = {} if pins is None else pins
        self.slots = asyncio.Semaphore(settings.fetch_concurrency)

    async def outcomes(self, url: str) -> list[Article | Source]:
        """The article at ``url``, or one per entry if it is a feed, or one skipped source saying why not."""
        try:
            response = await self.get(url) if "://" in url else await asyncio.to_thread(self.feed_file, url)
            if is_feed(response.body, response.content_type):
                feed = await asyncio.to_thread(parse_feed, response.body, response.url, response.content_type,
                                               self.settings.max_feed_entries)
                entries, left_out = self.newest(feed, response.url)
                return [*await asyncio.gather(*(self.entry(e, response.url) for e in entries)), *left_out]
            return [await self.article(url, response)]
        except FetchError as exc:
            return [Source(id="", title=url, url=url, status="skipped", error=exc.reason)]
        except Exception as exc:  # a bug met on one hostile URL must not cost the rest of the run
            return [_failed(url, exc)]

    def newest(self, feed: Feed, url: str) -> tuple[list[FeedEntry], list[Source]]:
        """The feed's newest ``max_feed_entries`` entries, in feed order, and a skipped source naming how
        many older ones were left out (none if nothing was)."""
        limit, total = self.settings.max_feed_entries, max(feed.total, len(feed.entries))
        if total <= limit:
            return feed.entries, []
        by_age = sorted(range(len(feed.entries)), key=lambda i: feed.entries[i].published or "", reverse=True)
        kept = sorted(by_age[:limit])
        note = Source(id="", title=feed.title or url, url=url, status="skipped",
                      error=f"{total - len(kept):,} older entries of this feed's {total:,} were not read, only "
                            f"the newest {len(kept):,}: raise BRIEFBOT_MAX_FEED_ENTRIES to read more")
        return [feed.entries[i] for i in kept], [note]

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
        try:
            return await self._entry(entry, feed_url)
        except Exception as exc:  # as in outcomes: one entry, never the whole feed
            return _failed(entry.link or feed_url, exc)

    async def _entry(self, entry: FeedEntry, feed_url: str) -> Article | Source:
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
            if article.paragraphs and not article.unusable:
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
        if article.unusable:
            raise FetchError(url, article.unusable)
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
            return await asyncio.to_thread(self.cache.get, _cache_key(url))
        except StateError as exc:
            log.warning("%s", exc)
            return None

    async def _store(self, url: str, response: CachedResponse) -> None:
        if self.cache is None:
            return
        try:
            await asyncio.to_thread(self.cache.put, _cache_key(url), response)
        except StateError as exc:
            log.warning("%s", exc)

    async def _body(self, url: str, response: httpx.Response) -> bytes:
        """The decoded body, read only up to the size cap: a page that announces, streams or inflates to
        more is refused as soon as it passes the cap."""
        limit = self.settings.max_source_bytes
        too_big = f"is larger than the {limit:,}-byte limit: raise BRIEFBOT_MAX_SOURCE_BYTES or link a " \
                  "smaller page"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, too_big)
        chunks, size = [], 0
        async for chunk in _decoded(url, response, limit):
            size += len(chunk)
            if size > limit:
                raise FetchError(url, too_big)
            chunks.append(chunk)
        return b"".join(chunks)

    async def _check_public(self, url: str, hop: str) -> None:
        """``FetchError`` if the policy does not allow ``hop``; under public-only, its checked addresses are
        pinned for the connection."""
        if not self.addresses.public_only:
            return
        try:
            addresses = await self.addresses.allowed_addresses(hop)
        except RequestRejected as exc:
            raise FetchError(url, str(exc) if hop == url else f"redirects to {exc}") from None
        self.pins[_pin_key(hop)] = addresses


def _cache_key(url: str) -> str:
    """How ``url`` is named in the state store: as it is, or, when a brief's ``${VAR}`` put a secret in it,
    masked and told apart from other secrets by a digest (the store must not hold the key in clear)."""
    shown = masked(url)
    return url if shown == url else f"{shown} sha256:{hashlib.sha256(url.encode()).hexdigest()}"


def _failed(url: str, exc: Exception) -> Source:
    log.exception("reading %s failed", url, exc_info=exc)
    return Source(id="", title=url, url=url, status="skipped",
                  error=f"briefbot failed on this page ({exc.__class__.__name__}): please report it with the URL")


async def _decoded(url: str, response: httpx.Response, limit: int) -> AsyncIterator[bytes]:
    """The body as it streams in, inflated here (gzip or deflate) never more than ``limit`` + 1 bytes at
    a time: httpx would inflate a whole chunk, and every layer of a stacked encoding, before any count."""
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        async for chunk in response.aiter_raw():
            yield chunk
        return
    if len(codings) > 1 or codings[0] not in _WBITS:
        raise FetchError(url, f"is sent with the content encoding {', '.join(codings)!r}, which briefbot does not "
                              f"read (it asks for {ACCEPT_ENCODING}): tell the site or link another page")
    inflater: Any = None
    async for chunk in response.aiter_raw():
        if inflater is None:
            inflater = _inflater(codings[0], chunk)
        pending = chunk
        while pending and not inflater.eof:
            try:
                out = inflater.decompress(pending, limit + 1)
            except zlib.error:
                raise FetchError(url, f"has a corrupt {codings[0]} body: try again later or tell the site") from None
            pending = inflater.unconsumed_tail
            yield out
    if inflater is not None:
        yield inflater.flush()


def _inflater(coding: str, first: bytes) -> Any:
    """A zlib decompressor for ``coding``; ``deflate`` is zlib-wrapped by the standard, raw on some servers."""
    raw_deflate = coding == "deflate" and first[:1] and (first[0] & 0x0F) != 8
    return zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else _WBITS[coding])


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
    if charset and _is_charset(charset):
        try:
            return readable_text(response.body.decode(charset))
        except (LookupError, UnicodeError, ValueError):
            pass
    try:
        return readable_text(decode_bytes(response.body, url))
    except UnreadableSource as exc:
        raise FetchError(url, exc.reason) from None


def _is_charset(name: str) -> bool:
    """Whether ``name`` is a character set Python knows, not a codec of another kind (``punycode``)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return info.name.replace("-", "_") not in _NOT_CHARSETS and getattr(info, "_is_text_encoding", True)


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
