"""Grouping articles into stories. (First version: everything is one story.)"""

from __future__ import annotations

from bot.model import Article


def group_stories(articles: list[Article]) -> list[list[Article]]:
    return [articles] if articles else []
