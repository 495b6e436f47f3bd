"""Whether a cleaned page is a news article at all, judged on the page as a whole.

A paywall stub, a site search page, a terms page or links disclaimer, an author's profile, a cookie wall,
a "page not found" page, a tag or archive page or a robot check has a shape: its title names it, or the
lines it is made of (``bot.rules.page_kinds``) outweigh the article prose it has left. One such line inside
a real article never decides: the article's own prose outweighs it. Such a page is skipped with a one-line
reason, like any other unusable source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.rules.clutter import Clutter
from bot.rules.kept import compiled
from bot.rules.page_kinds import PAGE_SIGNS, PAGE_TITLES, PageKind
from bot.rules.table import Hit

MIN_ARTICLE_WORDS = 50
"""Less article prose than this (two or three sentences) is no article when the rest of the page is a
stub's furniture. A one-sentence news brief stays an article unless such furniture outweighs it."""

REPORTED_PARAGRAPHS = 3
"""A page whose title names a stub but which has this many paragraphs reporting what someone said is an
article with a bad title (a scraper that kept a paywall's title over the story it also kept)."""

_CHROME = {Clutter.PAYWALL: PageKind.PAYWALL, Clutter.COOKIE_NOTICE: PageKind.COOKIE_WALL}
"""Page chrome that real articles carry too ("Already a subscriber? Log in"): it makes a stub only where
it is all the page has, never on its own."""
_UNMISTAKABLE = {PageKind.SEARCH, PageKind.NOT_FOUND, PageKind.AUTHOR, PageKind.INDEX}
"""Kinds whose lines never stand in an article ("Showing 1-10 of 245 results", "Latest stories by Jane
Roe"): two of them decide whatever the prose around them (a search page's snippets are prose), and a
heading above the first paragraph that names one decides like the title."""

_SIGNED_OFF = {PageKind.AUTHOR}
"""Kinds whose lines also close a real article ("Ana Ruiz is the Courier's political correspondent.", one per author
of a piece written by two): however many, they decide only where they outweigh the article's prose, never on their
own as the lines of ``_UNMISTAKABLE`` kinds do."""

_QUOTABLE = {PageKind.LEGAL}
"""Kinds whose signs are sentences a short article may quote ("users agree that tickets are not
refundable"): they must outweigh the prose, and be two lines unless the prose is under the minimum."""

_TITLE_PARTS = compiled(r"\s+[|–—-]\s+|\s*[|»›·]\s*")
_REPORTING = compiled(r"\b(?:said|says|told|according to)\b")


@dataclass(frozen=True)
class NotArticle:
    """What the page is instead of an article."""

    kind: PageKind

    @property
    def reason(self) -> str:
        """Why the page is skipped, without its words: the reason stands in the briefing's sources, and a page's
        clutter ("External links are provided for reference purposes") must never reach a briefing."""
        return f"not a news article but {self.kind.value}: pass the article's own page, or leave it out"


def not_article(titles: Sequence[str], headings: Sequence[str],
                lines: Sequence[tuple[str, Clutter | None, int]], paragraphs: Sequence[str]) -> NotArticle | None:
    """What the page is if it is no article, else ``None``.

    ``titles``: its stated title and the line taken as its headline; ``headings``: the other lines above
    its first paragraph that no clutter rule took; ``lines``: every line of the page with its clutter kind
    and its number of words (``len(text.split())``, which the cleaner keeps); ``paragraphs``: the article
    text left once clutter is out.
    """
    found = _named(titles, headings)
    if found is not None and sum(1 for p in paragraphs if _REPORTING.search(p)) < REPORTED_PARAGRAPHS:
        return found
    # A paragraph is mostly a line: judged once, its words counted once.
    judged = {text: (PAGE_SIGNS.first(text, words), words) for text, _, words in lines}
    signs: dict[PageKind, list[str]] = {}
    chrome: dict[PageKind, list[str]] = {}
    for text, clutter, _ in lines:
        hit = judged[text][0]
        if clutter in _CHROME and (hit is None or hit.kind is not _CHROME[clutter]):
            chrome.setdefault(_CHROME[clutter], []).append(text)  # "you agree to our use of cookies" is no terms page
        elif hit is not None:
            signs.setdefault(hit.kind, []).append(text)
    prose = 0
    for p in paragraphs:
        hit, words = judged[p] if p in judged else _judged(p)
        if hit is None:
            prose += words
    for kind, shown in sorted(signs.items(), key=lambda item: -_words(item[1])):
        short, outweighs = prose < MIN_ARTICLE_WORDS, _words(shown) >= prose
        if kind in _QUOTABLE:
            decided = outweighs and (short or len(shown) >= 2)
        else:
            decided = short or (len(shown) >= 2 and ((kind in _UNMISTAKABLE and kind not in _SIGNED_OFF) or outweighs))
        if decided:
            return NotArticle(kind)
    for kind, shown in sorted(chrome.items(), key=lambda item: -_words(item[1])):
        if prose < MIN_ARTICLE_WORDS and _words(shown) >= prose:
            return NotArticle(kind)
    return None


def _named(titles: Sequence[str], headings: Sequence[str]) -> NotArticle | None:
    """The kind a title (or a part of one, "Privacy Policy | Example Post") or a heading names."""
    for title in titles:
        for part in [title, *_TITLE_PARTS.split(title)]:
            hit = PAGE_TITLES.first(part.strip())
            if hit is not None:
                return NotArticle(hit.kind)
    for heading in headings:
        hit = PAGE_TITLES.first(heading)
        if hit is not None and hit.kind in _UNMISTAKABLE and len(heading.split()) >= 2:
            return NotArticle(hit.kind)
    return None


def _judged(text: str) -> tuple[Hit[PageKind] | None, int]:
    words = len(text.split())
    return PAGE_SIGNS.first(text, words), words


def _words(lines: Sequence[str]) -> int:
    return sum(len(line.split()) for line in lines)
