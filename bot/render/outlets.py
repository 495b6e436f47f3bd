"""Naming sources the way a reader wants them: by outlet, linked to the article, compact when many carry it.

Every format that can link (Slack, Discord, the HTML page) cites an item as ``Reuters, AP +4``: the first
outlets by name, each linked to its article when a URL is known, and how many more carry it. A source with
no outlet is named by its site (the URL's host) or, for a local file, by the start of its title, never by a
file name that means nothing to a reader. Skipped sources are never cited: they belong to the operator
(logs, ``--explain``, ``history``), and a chat post only counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath
from urllib.parse import urlsplit

from bot.model import Briefing, Source, Story

TITLE_WORDS = 4  # a source known only by its title is named by this many of its words


def _site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def web_url(source: Source) -> str | None:
    """The article's address when it is one a reader can open (http or https), else ``None``."""
    return source.url if source.url and source.url.startswith(("http://", "https://")) else None


def known_outlet(source: Source) -> str | None:
    """The outlet or site ``source`` came from, when known: ``AFP``, ``example.org``."""
    if source.outlet and source.outlet.strip():
        return source.outlet.strip().removeprefix("www.")
    if source.url and _site(source.url):
        return _site(source.url)
    return None


def outlet_names(sources: Iterable[Source]) -> dict[str, str]:
    """A short name for each source, by id: its outlet, else its site, else the first words of its title,
    quoted, as many as tell it from the other titles (at least ``TITLE_WORDS``)."""
    names: dict[str, str] = {}
    titled: list[tuple[str, list[str]]] = []
    for source in sources:
        known = known_outlet(source)
        if known:
            names[source.id] = known
        elif source.title.split():
            titled.append((source.id, source.title.split()))
        else:
            names[source.id] = PurePath(source.path).name if source.path else source.id
    for source_id, words in titled:
        n = TITLE_WORDS
        while n < len(words) and any(w[:n] == words[:n] for i, w in titled if i != source_id):
            n += 1
        names[source_id] = "“" + " ".join(words[:n]) + ("…”" if len(words) > n else "”")
    return names


def could_not_read(briefing: Briefing) -> str:
    """``2 sources could not be read``, or nothing: all a reader needs to know of the skipped ones."""
    n = len(briefing.skipped)
    if not n:
        return ""
    return f"{n} source{'s' if n > 1 else ''} could not be read"


def read_count(briefing: Briefing) -> str:
    """``3 stories from 12 sources``: what the briefing is made of, skipped sources left out."""
    stories, read = len(briefing.stories), len(briefing.sources) - len(briefing.skipped)
    return f"{stories} {'story' if stories == 1 else 'stories'} from {read} source{'' if read == 1 else 's'}"


@dataclass(frozen=True)
class Citations:
    """The citations of one briefing in one format.

    ``inert`` makes untrusted text safe for the format; ``link(label, url)`` writes a link in it (``label``
    is already inert).
    """

    briefing: Briefing
    inert: Callable[[str], str]
    link: Callable[[str, str], str]
    shown: int = 2

    @cached_property
    def names(self) -> dict[str, str]:
        return outlet_names(self.briefing.sources)

    def name(self, source: Source) -> str:
        """The source's outlet name, inert and linked to the article when its URL is known."""
        label = self.inert(self.names[source.id])
        url = web_url(source)
        return self.link(label, url) if url else label

    def cited(self, source_ids: Iterable[str]) -> list[Source]:
        """The readable sources among ``source_ids``, one per outlet (its first article): those with a known
        outlet first, then the ones known only by their titles, each in citing order."""
        seen: set[str] = set()
        found: list[Source] = []
        for source in self.cited_all(source_ids):
            key = (known_outlet(source) or f"\0{source.id}").casefold()
            if key not in seen:
                seen.add(key)
                found.append(source)
        return sorted(found, key=lambda s: known_outlet(s) is None)

    def cite(self, source_ids: Iterable[str]) -> str:
        """``Reuters, AP +4``: the first outlets carrying an item, linked, and how many more carry it."""
        sources = self.cited(source_ids)
        names = ", ".join(self.name(s) for s in sources[: self.shown])
        more = len(sources) - self.shown
        return f"{names} +{more}" if more > 0 else names

    def story_sources(self, story: Story, limit: int | None = None) -> str:
        """Every outlet the story cites, linked, or the first ``limit`` and how many more."""
        sources = self.cited(story.sources)
        shown = sources if limit is None else sources[:limit]
        names = ", ".join(self.name(s) for s in shown)
        more = len(sources) - len(shown)
        return f"{names} and {more} more" if more > 0 else names

    def central(self, story: Story) -> Source | None:
        """The article a story's headline links to: the one whose title it is, else the one its items cite most."""
        sources = [s for s in self.cited_all(story.sources) if web_url(s)]
        for source in sources:
            if source.title.strip() == story.headline.strip():
                return source
        counts = {s.id: 0 for s in sources}
        for ids in story_citations(story):
            for source_id in ids:
                if source_id in counts:
                    counts[source_id] += 1
        return max(sources, key=lambda s: counts[s.id], default=None)

    def cited_all(self, source_ids: Iterable[str]) -> list[Source]:
        """The readable sources among ``source_ids``, every article (several may share an outlet)."""
        by_id = {s.id: s for s in self.briefing.sources}
        return [by_id[i] for i in source_ids if i in by_id and by_id[i].status == "ok"]


def story_citations(story: Story) -> list[list[str]]:
    """The source lists of every cited line of ``story``: its items, reactions and conflicting claims."""
    lists = [i.sources for i in (*story.what, *story.restrictions)]
    lists += [r.sources for r in story.reactions]
    lists += [c.sources for conflict in story.conflicts for c in conflict.claims]
    return lists
