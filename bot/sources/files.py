"""Local files as sources: which files a path names, and reading one into an ``Article``.

A file that exists but cannot be used (empty, binary, undecodable, too big, not an article, nested
too deep, not a regular file) is returned as a skipped ``Source`` whose ``error`` says what to do; it
never stops the run. Inside a folder, an entry that is neither a regular file nor a folder to walk (a
pipe, a device, a socket, a symbolic link loop or a broken link, a folder named like an article file)
is reported too, never passed over in silence. A file's name is shown with unprintable characters
escaped (``shown_name``), so a newline in a name cannot forge a line of output.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

from bot.errors import ConfigError, UnreadableSource
from bot.model import Article, Source
from bot.text.clean import clean_article
from bot.text.decode import decode_bytes, readable_line, readable_text, shown_name
from bot.text.metadata import iso_timestamp
from bot.text.webpage import PageMeta, author_names

KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
         ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json"}
_USE = "use .txt, .md, .html, .htm or news-please .json"

log = logging.getLogger(__name__)


def expand_paths(spec: str) -> list[Path]:
    """The entries a path names: itself, or, below a directory in name order, every entry that is not a
    folder walked into (regular files, and what ``read_file`` reports as not one) and every folder
    named like an article file (reported, its files read too)."""
    path = Path(spec).expanduser()
    if not path.exists():
        raise ConfigError(f"{shown_name(spec)}: no such file or directory: check the path or pass a URL")
    if path.is_dir():
        return sorted({*(p for p in path.rglob("*")
                         if (not p.is_dir() or p.suffix.lower() in KINDS)
                         and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                       *_unreadable_folders(path)})
    return [path]


def _unreadable_folders(top: Path) -> list[Path]:
    """The folders at or below ``top`` that cannot be listed (``rglob`` passes them over in silence);
    ``read_file`` reports each as a skipped source."""
    found: list[Path] = []

    def note(exc: OSError) -> None:
        if exc.filename is not None and not Path(exc.filename).name.startswith("."):
            found.append(Path(exc.filename))

    for _folder, dirs, _files in os.walk(top, onerror=note):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
    return found


def read_file(path: Path, source_id: str, max_bytes: int) -> Article | Source:
    """The article in ``path``, or a skipped ``Source`` saying why it could not be used."""
    name = shown_name(str(path))
    try:
        return _read(path, source_id, max_bytes)
    except UnreadableSource as exc:
        reason = exc.reason
    except Exception as exc:  # a bug met on one strange file must not cost the rest of the briefing
        log.exception("reading %s failed", name)
        reason = f"briefbot failed on this file ({exc.__class__.__name__}): please report it with the file"
    return Source(id=source_id, title=shown_name(path.name), path=name, status="skipped", error=reason)


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file that can be read, or ``None`` if it is one."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop: fix or remove the link"
        if path.is_symlink():
            return "a broken symbolic link (its target is gone): fix or remove the link"
        return f"it cannot be read ({exc.strerror}): check that it exists and its permissions"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        try:
            with os.scandir(path) as entries:
                next(entries, None)
        except OSError as exc:
            return f"a folder that cannot be read ({exc.strerror}): let briefbot's user read it, or leave it out"
        return "a folder named like an article file, not a file: its files are read on their own; rename it"
    what = "a pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({what}): pass a saved article file"


def _read(path: Path, source_id: str, max_bytes: int) -> Article:
    name = shown_name(str(path))
    kind = KINDS.get(path.suffix.lower())
    if path.is_dir() and (problem := _not_regular(path)) is not None:  # a folder says so, whatever its name
        raise UnreadableSource(name, problem)
    if kind is None:
        what = f"'{shown_name(path.suffix)}' files" if path.suffix else "files without an extension"
        raise UnreadableSource(name, f"{what} are not read as articles: {_USE}")
    if (problem := _not_regular(path)) is not None:
        raise UnreadableSource(name, problem)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableSource(name, f"the file is too big ({size:,} bytes, limit {max_bytes:,}): "
                                         "shorten it or raise BRIEFBOT_MAX_SOURCE_BYTES")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableSource(name, f"the file cannot be read ({exc.strerror}): "
                                     "check that it exists and its permissions") from None
    text = readable_text(decode_bytes(data, name))
    meta = PageMeta()
    if kind == "json":
        text, meta = _news_please(text, name)
        kind = "text"
    source = Source(id=source_id, title=shown_name(path.name), path=name)
    article = clean_article(text, kind=kind, source=source, meta=meta)
    if article.unusable:
        raise UnreadableSource(name, article.unusable)
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
    except RecursionError:
        raise UnreadableSource(name, "the JSON is nested too deep to be an article: remove the file") from None
    except ValueError:  # the one other refusal: a number of thousands of digits
        raise UnreadableSource(name, "the JSON holds a number too long to read: fix it or remove it") from None
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
    authors = doc.get("authors")
    return readable_text(body), PageMeta(
        title=_field(doc, "title"),
        outlet=_field(doc, "source_domain") or _field(doc, "publisher"),
        published=iso_timestamp(published) if isinstance(published, str) else None,
        url=_field(doc, "url"),
        authors=author_names(*(readable_line(a) for a in authors if isinstance(a, str)))
        if isinstance(authors, list) else (),
    )


def _field(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    return readable_line(value) or None if isinstance(value, str) else None
