"""Grouping a mixed feed into stories, most widely carried first.

``group_stories`` profiles every article (``profile``: weighted words, named actors, date), finds
candidate pairs through an inverted index on each article's most distinctive words and merges them by
average similarity (``clustering``: no all-pairs comparison), then ranks the stories by how many
independent outlets carry them, a syndicated wire copy counting once (``syndication``).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.model import Article
from bot.stories.clustering import clusters
from bot.stories.profile import profile_of, weigh
from bot.stories.syndication import independent_reports


@dataclass
class StoryGroup:
    """The articles of one story, and how many independent outlets carry it."""

    articles: list[Article]
    outlets: int


def group_stories(articles: list[Article]) -> list[StoryGroup]:
    """Every story in ``articles``: most independent outlets first, then most articles, then input order."""
    if not articles:
        return []
    profiles = [profile_of(a) for a in articles]
    weigh(profiles)
    groups = []
    for members in clusters(profiles):
        story = [profiles[i] for i in members]
        groups.append(StoryGroup(articles=[p.article for p in story], outlets=independent_reports(story)))
    groups.sort(key=lambda g: (-g.outlets, -len(g.articles)))
    return groups
