"""HTML pages to article text with trafilatura, plus what the page's metadata states.

trafilatura is imported only here and only when a page is read: plain-text runs never load it.
It is asked for precision (menus, footers and link lists left out) with one paragraph per line;
the text then goes through the same line cleaning as any plain-text article. Dates come only from
what the page declares (meta tags, visible dates), never from a guess over the whole page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import unescape
from typing import Any

from bot.rules.kept import compiled
from bot.text.metadata import iso_timestamp

_SHORT = 500  # characters: less than this from a whole page means the extraction missed the article
_COMMON_TAG = compiled(r"</?(?:p|br|div|span|a|em|strong|b|i|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img)"
                         r"\b[^<>]{0,500}>", re.I)
_BLOCK_END = compiled(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|figure|figcaption|ul|ol)\s*>", re.I)
_ANY_TAG = compiled(r"<[^<>]{0,1000}>")
_TITLE_TAG = compiled(r"<title[^>]*>(.{1,300}?)</title>", re.I | re.S)
_FRONT_MATTER = compiled(r"\A\ufeff?---[ \t]*\n(.{0,4000}?)\n---[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class PageMeta:
    """Metadata a structured source states about itself (HTML meta tags, news-please JSON fields)."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    """The names the source gives as its authors: the cleaner knows their bio lines ("Ana Ruiz is the Courier's
    transport correspondent.") where no by-line in the text names them."""

    def merged(self, other: PageMeta) -> PageMeta:
        """These values, with ``other`` filling the gaps."""
        return replace(self, title=self.title or other.title, outlet=self.outlet or other.outlet,
                       published=self.published or other.published, url=self.url or other.url,
                       authors=self.authors or other.authors)


def page_text(html: str) -> tuple[str, PageMeta]:
    """The article text of an HTML page (one paragraph per line) and its metadata."""
    import trafilatura

    def extract(precision: bool) -> Any:
        return trafilatura.bare_extraction(
            html,
            favor_precision=precision,
            favor_recall=not precision,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )

    doc = extract(precision=True)
    if doc is None or len(str(getattr(doc, "text", "") or "")) < _SHORT:
        # Precision can throw out the whole article on pages with unusual markup: ask again for recall.
        doc = extract(precision=False) or doc
    if doc is None:
        return "", PageMeta()
    text = str(getattr(doc, "text", "") or "")
    title = _text(getattr(doc, "title", None))
    sitename = _text(getattr(doc, "sitename", None)) or _site_in_title_tag(html, title)
    published = _text(getattr(doc, "date", None))
    meta = PageMeta(
        title=title,
        outlet=sitename,
        published=iso_timestamp(published) if published else None,
        url=_text(getattr(doc, "url", None)),
        authors=author_names(_text(getattr(doc, "author", None)) or ""),
    )
    return text, meta


_AUTHOR_SEPARATORS = compiled(r"\s*(?:;|,|&|\band\b)\s*")


def author_names(*listed: str) -> tuple[str, ...]:
    """The authors' names in ``listed``: each entry one name or several ("Ana Ruiz; Tom Vale", trafilatura's way),
    in order, each once."""
    names = (" ".join(part.split()) for entry in listed for part in _AUTHOR_SEPARATORS.split(entry))
    return tuple(dict.fromkeys(name for name in names if name))


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed summary, a pasted snippet): one line per block, no tags."""
    text = _BLOCK_END.sub("\n", html)
    return unescape(_ANY_TAG.sub("", text))


def looks_like_fragment(text: str) -> bool:
    """``text`` carries HTML markup (two or more common tags)."""
    return len(_COMMON_TAG.findall(text[:20000])) >= 2


def _site_in_title_tag(html: str, headline: str | None) -> str | None:
    """The site's name from ``<title>Headline | Site</title>`` when the headline part is the headline."""
    match = _TITLE_TAG.search(html)
    if match is None or not headline:
        return None
    title = " ".join(unescape(match.group(1)).split())
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) == 2 and parts[0].casefold() == headline.casefold() and 1 <= len(parts[1].split()) <= 5:
        return parts[1]
    return None


def front_matter(text: str) -> tuple[str, PageMeta]:
    """Markdown's YAML front matter (``title:``, ``date:``, ``source:``...) as metadata, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, PageMeta()
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and value.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    date = next((fields[k] for k in ("date", "published", "date_publish", "published_at") if k in fields), None)
    return text[match.end():], PageMeta(
        title=fields.get("title"),
        outlet=next((fields[k] for k in ("outlet", "source", "publisher", "site", "site_name") if k in fields), None),
        published=iso_timestamp(date) if date else None,
        url=fields.get("url") or fields.get("link"),
        authors=author_names(fields.get("author") or fields.get("authors") or ""),
    )


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
