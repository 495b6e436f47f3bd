"""Small articles for the summarizer tests: each source is a list of paragraphs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from bot.event_loop import result_of
from bot.explain import Explanation
from bot.model import Article, Briefing, Item, Reaction, Source, Story
from bot.pipeline import build_briefing
from bot.settings import Settings
from bot.summary import summarize
from tests.conftest import SHARED


def article(source_id: str, *paragraphs: str, title: str = "", outlet: str | None = None) -> Article:
    source = Source(id=source_id, title=title or f"Story {source_id}", path=f"{source_id}.txt", outlet=outlet)
    return Article(source=source, paragraphs=list(paragraphs))


def story(*articles: Article, explanation: Explanation | None = None) -> Story:
    return summarize(list(articles), explanation)


def texts(items: Sequence[Item | Reaction]) -> list[str]:
    return [i.text for i in items]


SECOND_READING = Path(__file__).parent / "fixtures" / "second_reading"
CLUSTERS = SHARED / "eval" / "giveme5w1h" / "clusters"
"""The shared feed of real articles, which the held-out stories (``fixtures/real_heldout/<story>/ARTICLES``) name."""


def heldout_briefing(story_name: str) -> Briefing:
    """The briefing of a held-out story's real articles, read from the shared feed (``CLUSTERS``)."""
    names = (Path(__file__).parent / "fixtures" / "real_heldout" / story_name / "ARTICLES").read_text().split()
    return result_of(build_briefing([str(CLUSTERS / name) for name in names], Settings.from_env({})))


def told(name: str) -> Story:
    """A story of four or five outlets from a reviewer's second reading (``fixtures/second_reading/<name>.json``: each
    outlet's name, headline and paragraphs)."""
    outlets = json.loads((SECOND_READING / f"{name}.json").read_text(encoding="utf-8"))
    return story(*(article(o["outlet"], *o["paragraphs"], title=o["title"], outlet=o["outlet"]) for o in outlets))
