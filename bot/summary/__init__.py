"""One story's articles in, one ``Story`` out: who, what, restrictions, reactions, conflicts."""

from __future__ import annotations

import hashlib

from rapidfuzz import fuzz

from bot.explain import Explanation
from bot.model import Article, Item, Story
from bot.text.sentences import split_sentences


def story_id(articles: list[Article]) -> str:
    """Stable for the same set of sources: a hash of where they came from."""
    keys = sorted(a.source.url or a.source.path or a.source.title for a in articles)
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()[:12]


def summarize(articles: list[Article], explanation: Explanation | None = None) -> Story:
    """First version: the lead sentence of each article, near-duplicates merged."""
    items: list[Item] = []
    for article in articles:
        if not article.paragraphs:
            continue
        lead = split_sentences(article.paragraphs[0])[0]
        for item in items:
            if fuzz.token_set_ratio(item.text, lead) >= 85:
                item.sources.append(article.source.id)
                break
        else:
            items.append(Item(text=lead, sources=[article.source.id]))
    return Story(
        id=story_id(articles),
        headline=articles[0].source.title,
        sources=[a.source.id for a in articles],
        what=items,
    )
