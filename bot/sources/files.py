"""Local files as sources: which files a path names, and reading one into an ``Article``."""

from __future__ import annotations

import json
from pathlib import Path

from bot.errors import ConfigError, UnreadableSource
from bot.model import Article, Source
from bot.text.clean import clean_article
from bot.text.decode import decode_bytes

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json"}


def expand_paths(spec: str) -> list[Path]:
    """The files a path names: itself, or every file below a directory in name order."""
    path = Path(spec).expanduser()
    if not path.exists():
        raise ConfigError(f"{spec}: no such file or directory: check the path or pass a URL")
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [path]


def read_file(path: Path, source_id: str, max_bytes: int) -> Article | Source:
    """The article in ``path``, or a skipped ``Source`` saying why it could not be used."""
    try:
        return _read(path, source_id, max_bytes)
    except UnreadableSource as exc:
        return Source(id=source_id, title=path.name, path=str(path), status="skipped", error=exc.reason)


def _read(path: Path, source_id: str, max_bytes: int) -> Article:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise UnreadableSource(name, f"not an article file ({suffix or 'no extension'}): "
                                     "use .txt, .md, .html, .htm or news-please .json")
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableSource(name, f"too big ({size:,} bytes, limit {max_bytes:,}): "
                                     "split it or raise BRIEFBOT_MAX_SOURCE_BYTES")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableSource(name, f"cannot be read ({exc.strerror}): check its permissions") from None
    text = decode_bytes(data, name)
    meta: dict[str, str | None] = {}
    kind = "html" if suffix in {".html", ".htm"} else "text"
    if suffix == ".json":
        text, meta, kind = _news_please(text, name)
    article = clean_article(text, kind=kind, source=Source(id=source_id, title=path.name, path=name))
    for key in ("title", "outlet", "url", "published"):
        if meta.get(key):
            setattr(article.source, key, meta[key])
    if not article.paragraphs:
        raise UnreadableSource(name, "has no article text after cleaning: check it is a news article")
    return article


def _news_please(text: str, name: str) -> tuple[str, dict[str, str | None], str]:
    """Body text, metadata and kind of a news-please style JSON article."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableSource(name, f"is not valid JSON (line {exc.lineno}): fix it or remove it") from None
    if not isinstance(doc, dict) or not (doc.get("text") or doc.get("maintext") or doc.get("description")):
        raise UnreadableSource(name, "JSON has no 'text' field: expected a news-please article")
    title = doc.get("title")
    body = str(doc.get("text") or doc.get("maintext") or doc.get("description"))
    published = doc.get("date_publish")
    meta = {
        "title": str(title) if title else None,
        "outlet": str(doc.get("source_domain") or doc.get("publisher") or "") or None,
        "url": str(doc["url"]) if doc.get("url") else None,
        "published": str(published).replace(" ", "T") if published else None,
    }
    return (f"{title}\n\n{body}" if title else body), meta, "text"
