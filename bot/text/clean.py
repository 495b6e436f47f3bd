"""Page clutter out, article in. (First version: keeps non-empty lines; the cleaning issue refines it.)"""

from __future__ import annotations

from bot.model import Article, Source


def clean_article(text: str, *, kind: str, source: Source) -> Article:
    """The article body of ``text`` (plain text or HTML), with the title put on ``source``."""
    if kind == "html":
        import trafilatura  # noqa: PLC0415 - heavy import, only for HTML

        text = trafilatura.extract(text, include_comments=False) or ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines:
        source.title = lines[0]
    return Article(source=source, paragraphs=lines[1:])
