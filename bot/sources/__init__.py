"""Where articles come from: turns source specs (paths, later URLs and feeds) into articles.

Every spec that is tried ends up in ``Collection.sources`` in input order, read or skipped;
the readable ones also become ``Collection.articles``. A missing path is the user's mistake and
stops the run (``ConfigError``); a file that exists but cannot be used is skipped with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from bot.addresses import ANY_ADDRESS, AddressPolicy
from bot.errors import ConfigError
from bot.logs import masked
from bot.model import Article, Source
from bot.settings import Settings
from bot.sources.files import expand_paths, read_file
from bot.text.decode import readable_line, readable_text, shown_name


@dataclass
class Collection:
    """What reading the sources gave: every source (with its error if unreadable) and the articles read."""

    sources: list[Source] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    def add(self, outcome: Article | Source) -> None:
        if isinstance(outcome, Article):
            self.sources.append(readable_source(outcome.source))
            outcome.paragraphs = [readable_text(p) for p in outcome.paragraphs]
            outcome.dropped = [(readable_text(line), why) for line, why in outcome.dropped]
            self.articles.append(outcome)
        else:
            self.sources.append(readable_source(outcome))

    def next_id(self) -> str:
        return str(len(self.sources) + 1)


FEED_FILE_SUFFIXES = (".xml", ".rss", ".atom")


def readable_source(source: Source) -> Source:
    """``source`` with every field a page or file supplied made ``readable_line``, and every secret a brief's
    ``${VAR}`` put in its address masked: the last of the reading boundary's passes, so no surrogate,
    escape, control character or API key reaches any output, post, archive or store."""
    for name in ("title", "outlet", "url", "path", "published", "error"):
        value = getattr(source, name)
        if value:
            setattr(source, name, masked(readable_line(value)))
    return source


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def is_fetched(spec: str) -> bool:
    """A URL, or a feed saved as a file: read like a feed URL, its entries followed to their pages."""
    return is_url(spec) or (spec.lower().endswith(FEED_FILE_SUFFIXES) and "://" not in spec)


def url_problem(spec: str) -> str | None:
    """Why ``spec``, written as a URL, cannot be fetched (a scheme briefbot does not read, a mistyped one,
    no host), or ``None`` when it is a fetchable http(s) URL or not a URL at all (then it is a path)."""
    scheme, found, rest = spec.partition("://")
    if not found or "/" in scheme or "\\" in scheme:
        return None
    if scheme.lower() not in ("http", "https"):
        near = " (did you mean http://?)" if _near(scheme.lower(), ("http", "https")) else ""
        return f"{scheme}:// addresses are not read{near}: pass an http:// or https:// URL, or a file or folder"
    if not rest.split("/", 1)[0].strip(" @:"):
        return "no host name: write the whole address, such as https://example.org/news"
    return None


def _near(word: str, choices: tuple[str, ...]) -> bool:
    """One letter away (dropped, added, swapped or changed) from one of ``choices``."""
    for choice in choices:
        if len(word) == len(choice) and sum(a != b for a, b in zip(word, choice, strict=True)) == 1:
            return True
        if abs(len(word) - len(choice)) == 1:
            shorter, longer = sorted((word, choice), key=len)
            if any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer))):
                return True
        if len(word) == len(choice) and sorted(word) == sorted(choice) and \
                sum(a != b for a, b in zip(word, choice, strict=True)) == 2:
            return True
    return False


async def collect(specs: Sequence[str], settings: Settings, *, addresses: AddressPolicy = ANY_ADDRESS) -> Collection:
    """Read every source named by ``specs``, in order; consecutive URLs are fetched together, concurrently,
    each (and each redirect hop) only if ``addresses`` allows it."""
    collection = Collection()
    for is_web, run in groupby(specs, key=is_fetched):
        if is_web:
            from bot.sources.web import fetch_all  # lazy: only runs that fetch need httpx

            urls = list(run)
            problems = {url: problem for url in urls if (problem := url_problem(url)) is not None}
            for url in urls:
                if not is_url(url) and not Path(url).expanduser().is_file():
                    raise ConfigError(f"{shown_name(url)}: no such file: check the path or pass a URL")
            for outcome in await fetch_all([url for url in urls if url not in problems], settings,
                                           first_id=int(collection.next_id()), addresses=addresses):
                collection.add(outcome)
            for url, problem in problems.items():
                collection.add(Source(id=collection.next_id(), title=shown_name(url), url=shown_name(url),
                                      status="skipped", error=problem))
            continue
        for spec in run:
            if (problem := url_problem(spec)) is not None:
                raise ConfigError(f"{shown_name(spec)}: {problem}")
            for path in expand_paths(spec):
                collection.add(read_file(path, collection.next_id(), settings.max_source_bytes))
    return collection
