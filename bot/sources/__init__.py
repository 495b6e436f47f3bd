"""Where articles come from: turns source specs (paths, later URLs and feeds) into articles.

Every spec that is tried ends up in ``Collection.sources`` in input order, read or skipped;
the readable ones also become ``Collection.articles``. A missing path is the user's mistake and
stops the run (``ConfigError``); a file that exists but cannot be used is skipped with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby

from bot.addresses import ANY_ADDRESS, AddressPolicy
from bot.model import Article, Source
from bot.settings import Settings
from bot.sources.files import expand_paths, read_file


@dataclass
class Collection:
    sources: list[Source] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    def add(self, outcome: Article | Source) -> None:
        if isinstance(outcome, Article):
            self.sources.append(outcome.source)
            self.articles.append(outcome)
        else:
            self.sources.append(outcome)

    def next_id(self) -> str:
        return str(len(self.sources) + 1)


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


async def collect(specs: Sequence[str], settings: Settings, *, addresses: AddressPolicy = ANY_ADDRESS) -> Collection:
    """Read every source named by ``specs``, in order; consecutive URLs are fetched together, concurrently,
    each (and each redirect hop) only if ``addresses`` allows it."""
    collection = Collection()
    for is_web, run in groupby(specs, key=is_url):
        if is_web:
            from bot.sources.web import fetch_all  # lazy: only runs that fetch need httpx

            for outcome in await fetch_all(list(run), settings, first_id=int(collection.next_id()),
                                           addresses=addresses):
                collection.add(outcome)
            continue
        for spec in run:
            for path in expand_paths(spec):
                collection.add(read_file(path, collection.next_id(), settings.max_source_bytes))
    return collection
