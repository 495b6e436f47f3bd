"""sources -> clean -> sentences -> dedup -> extract -> Briefing: the core, with no chat platform in it."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace

from bot import logs, workers
from bot.addresses import ANY_ADDRESS, AddressPolicy
from bot.collector import spaced_collections
from bot.errors import NoUsableSources
from bot.event_loop import result_of
from bot.explain import Explanation
from bot.model import Article, Briefing, Source, Story
from bot.selection import EVERYTHING, Selection
from bot.settings import Settings
from bot.sources import collect
from bot.stories import group_stories
from bot.summary import summarize


async def build_briefing(
    specs: Sequence[str],
    settings: Settings,
    *,
    brief: str = "default",
    title: str | None = None,
    top: int | None = None,
    selection: Selection = EVERYTHING,
    explanation: Explanation | None = None,
    addresses: AddressPolicy = ANY_ADDRESS,
    wait: bool = False,
) -> Briefing:
    """Read ``specs`` and brief them.

    Under ``briefbot serve`` (a ``bot.workers`` pool installed) the whole build, fetching included, runs
    in a worker process, so a bot's loop stays free whatever the size of the briefing; ``Busy`` if the
    pool already builds as many as it may (``wait``: a turn in line instead). Otherwise (a dry run, or
    an ``explanation`` to fill) it runs here, its CPU-bound part in a thread.

    ``selection`` is the brief's ``top``, ``include`` and ``exclude``; ``top`` (a flag) overrides its ``top``.
    ``addresses`` says which hosts URLs (and redirects) may lead to: chat requests pass the chat policy.
    """
    if top is not None:
        selection = replace(selection, top=top)
    pool = workers.current()
    if pool is not None and explanation is None:
        return await pool.run(built_briefing, list(specs), settings, brief, title, selection, addresses,
                              logs.expanded_values(), wait=wait)
    return await _briefing(specs, settings, brief, title, selection, explanation, addresses, in_thread=True)


def built_briefing(specs: list[str], settings: Settings, brief: str, title: str | None, selection: Selection,
                   addresses: AddressPolicy, expanded: frozenset[str] = frozenset()) -> Briefing:
    """``build_briefing`` done start to end in this process: what a worker process runs.

    A spawned worker starts knowing no secret: it is handed the ``${VAR}`` values to mask in the sources it
    reads, and logs through the same masked handler as the process that started it."""
    for value in expanded:
        logs.remember_expanded(value)
    logs.configure(settings.log_level, settings.secrets(), settings.log_format)
    return result_of(_briefing(specs, settings, brief, title, selection, None, addresses, in_thread=False))


async def _briefing(specs: Sequence[str], settings: Settings, brief: str, title: str | None, selection: Selection,
                    explanation: Explanation | None, addresses: AddressPolicy, *, in_thread: bool) -> Briefing:
    with spaced_collections():
        collection = await collect(specs, settings, addresses=addresses)
        if not collection.articles:
            raise NoUsableSources(_nothing_usable(specs, collection.sources))
        if in_thread:
            stories = await asyncio.to_thread(briefing_stories, collection.articles, explanation, selection)
        else:
            stories = briefing_stories(collection.articles, explanation, selection)
    return Briefing(brief=brief, title=title, sources=collection.sources, stories=stories)


def briefing_stories(articles: list[Article], explanation: Explanation | None = None,
                     selection: Selection = EVERYTHING) -> list[Story]:
    """The stories in the articles ``selection`` keeps, most important first: all of them, or its ``top``.

    The filters apply before grouping, and groups are ranked before they are summarized, so stories past
    ``top`` are never summarized.
    """
    if explanation is not None:
        for article in articles:
            for text, reason in article.dropped:
                explanation.drop(article.source.id, text, reason)
    chosen = selection.kept(articles, explanation)
    return [summarize(group.articles, explanation) for group in group_stories(chosen)[:selection.top]]


def _nothing_usable(specs: Sequence[str], sources: list[Source]) -> str:
    if not sources:
        return f"no article files found in {', '.join(specs)}: pass .txt, .md, .html, .htm or .json files"
    if len(sources) == 1:
        return f"{sources[0].path or sources[0].url}: {sources[0].error}"
    return f"none of the {len(sources)} sources could be read ({sources[0].error}): fix them or pass others"
