"""Small articles for the summarizer tests: each source is a list of paragraphs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from bot.explain import Explanation
from bot.model import Article, Item, Reaction, Source, Story
from bot.summary import summarize


def article(source_id: str, *paragraphs: str, title: str = "", outlet: str | None = None) -> Article:
    source = Source(id=source_id, title=title or f"Story {source_id}", path=f"{source_id}.txt", outlet=outlet)
    return Article(source=source, paragraphs=list(paragraphs))


def story(*articles: Article, explanation: Explanation | None = None) -> Story:
    return summarize(list(articles), explanation)


def texts(items: Sequence[Item | Reaction]) -> list[str]:
    return [i.text for i in items]


SECOND_READING = Path(__file__).parent / "fixtures" / "second_reading"


def told(name: str) -> Story:
    """A story of four or five outlets from a reviewer's second reading (``fixtures/second_reading/<name>.json``: each
    outlet's name, headline and paragraphs)."""
    outlets = json.loads((SECOND_READING / f"{name}.json").read_text(encoding="utf-8"))
    return story(*(article(o["outlet"], *o["paragraphs"], title=o["title"], outlet=o["outlet"]) for o in outlets))
