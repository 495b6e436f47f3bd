"""Local files as sources: which files a path names, and reading one into an ``Article``.

A file that exists but cannot be used (empty, binary, undecodable, too big, not an article) is
returned as a skipped ``Source`` whose ``error`` says what to do; it never stops the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.errors import ConfigError, UnreadableSource
from bot.model import Article, Source
from bot.text.clean import clean_article
from bot.text.decode import decode_bytes
from bot.text.metadata import iso_timestamp
from bot.text.webpage import PageMeta

KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
         ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json"}
ARTICLE_SUFFIXES = set(KINDS)
_USE = "use .txt, .md, .html, .htm or news-please .json"


def expand_paths(spec: str) -> list[Path]:
    """The files a path names: itself, or every file below a directory in name order."""
    path = Path(spec).expanduser()
    if not path.exists():
        raise ConfigError(f"{spec}: no such file or directory: check the path or pass a URL")
    if path.is_dir():
        return sorted(p for p in path.rglob("*")
                      if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
    return [path]


def read_file(path: Path, source_id: str, max_bytes: int) -> Article | Source:
    """The article in ``path``, or a skipped ``Source`` saying why it could not be used."""
    try:
        return _read(path, source_id, max_bytes)
    except UnreadableSource as exc:
        return Source(id=source_id, title=path.name, path=str(path), status="skipped", error=exc.reason)


def _read(path: Path, source_id: str, max_bytes: int) -> Article:
    name = str(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        what = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        raise UnreadableSource(name, f"{what} are not read as articles: {_USE}")
    if not path.is_file():
        raise UnreadableSource(name, "not a regular file (a device, pipe or socket): pass a saved article file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableSource(name, f"the file is too big ({size:,} bytes, limit {max_bytes:,}): "
                                         "shorten it or raise BRIEFBOT_MAX_SOURCE_BYTES")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableSource(name, f"the file cannot be read ({exc.strerror}): "
                                     "check that it exists and its permissions") from None
    text = decode_bytes(data, name)
    meta = PageMeta()
    if kind == "json":
        text, meta = _news_please(text, name)
        kind = "text"
    source = Source(id=source_id, title=path.name, path=name)
    article = clean_article(text, kind=kind, source=source, meta=meta)
    if not article.paragraphs:
        raise UnreadableSource(name, "no article text is left once page clutter is removed: "
                                     "check that it holds a news article")
    return article


def _news_please(text: str, name: str) -> tuple[str, PageMeta]:
    """Body text and metadata of a news-please style JSON article."""
    try:
        doc: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableSource(name, f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}): "
                                     "fix it or remove it") from None
    if isinstance(doc, list):
        raise UnreadableSource(name, f"the JSON holds a list of {len(doc)} items, not one article: "
                                     "save each news-please article in its own file")
    body = None
    if isinstance(doc, dict):
        body = doc.get("maintext") or doc.get("text") or doc.get("description")
    if not isinstance(body, str) or not body.strip():
        raise UnreadableSource(name, "the JSON is not a news-please article (no 'maintext' or 'text' field): "
                                     "convert it or remove it")
    published = doc.get("date_publish")
    return body, PageMeta(
        title=_field(doc, "title"),
        outlet=_field(doc, "source_domain") or _field(doc, "publisher"),
        published=iso_timestamp(published) if isinstance(published, str) else None,
        url=_field(doc, "url"),
    )


def _field(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    return " ".join(value.split()) or None if isinstance(value, str) else None
