"""Which articles and stories a briefing keeps: ``top``, ``include`` and ``exclude`` (brief files and flags).

``include`` and ``exclude`` are words or phrases matched as whole words, case-insensitive, in each
article's title and lead (its first paragraph), before the articles are grouped into stories: with
``include`` an article is kept only if one of them is there; with ``exclude`` it is left out if one of
them is there. "rail" matches "Rail strike" and "rail," but not "railway" or "trailer"; the phrase "North
Sea" matches "north  sea" across any spacing. ``top`` keeps the N most important stories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from bot.explain import Explanation
from bot.model import Article


def word_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any of ``phrases`` as whole words, case-insensitive; ``None`` for no phrases."""
    alternatives = [r"\s+".join(map(re.escape, p.split())) for p in phrases if p.split()]
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def title_and_lead(article: Article) -> str:
    """Where the filters look: the article's title and its first paragraph."""
    lead = article.paragraphs[0] if article.paragraphs else ""
    return f"{article.source.title}\n{lead}"


@dataclass(frozen=True)
class Selection:
    """Which stories a brief keeps: the ``top`` few, and those whose articles name (or do not name) its words."""

    top: int | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @cached_property
    def _include(self) -> re.Pattern[str] | None:
        return word_pattern(self.include)

    @cached_property
    def _exclude(self) -> re.Pattern[str] | None:
        return word_pattern(self.exclude)

    def overridden(self, top: int | None = None, include: Sequence[str] | None = None,
                   exclude: Sequence[str] | None = None) -> Selection:
        """This selection with what a command's flags give (``--top``, ``--include``, ``--exclude``) instead."""
        return Selection(self.top if top is None else top,
                         self.include if include is None else tuple(include),
                         self.exclude if exclude is None else tuple(exclude))

    def refusal(self, article: Article) -> str | None:
        """Why the filters leave ``article`` out, or ``None`` when it is kept."""
        text = title_and_lead(article)
        if self._include is not None and not self._include.search(text):
            return f"filtered out: none of include = {list(self.include)} is in its title or lead"
        if self._exclude is not None and (found := self._exclude.search(text)):
            return f"filtered out: exclude has {found.group()!r}, found in its title or lead"
        return None

    def kept(self, articles: list[Article], explanation: Explanation | None = None) -> list[Article]:
        """The articles the filters keep; each one left out is recorded in ``explanation`` with the reason."""
        kept = []
        for article in articles:
            reason = self.refusal(article)
            if reason is None:
                kept.append(article)
            elif explanation is not None:
                explanation.drop(article.source.id, article.source.title, reason)
        return kept


EVERYTHING = Selection()
