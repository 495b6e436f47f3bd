"""Bytes to text without ever crashing on bad input.

Order of trust: a byte-order mark, then strict UTF-8, then Windows-1252 when the result reads like
Western text (the usual encoding of non-UTF-8 news files), then charset-normalizer's best guess.
Whatever is chosen must look like text; anything else is ``UnreadableSource`` with a reason a user
can act on.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

from charset_normalizer import from_bytes

from bot.errors import UnreadableSource

# File signatures of formats people mistake for articles, so the error can name what the file is.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_TEXT = {"Cc", "Cn", "Co", "Cs"}  # control, unassigned, private-use, surrogate
_SAVE_AS = "save the article as UTF-8 text (.txt), .html or news-please .json"


def decode_bytes(data: bytes, name: str) -> str:
    """The text in ``data``; ``UnreadableSource`` (naming ``name``) for empty, binary or undecodable data."""
    if not data.strip():
        raise UnreadableSource(name, "the file is empty: add the article text or remove the file")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableSource(name, f"the file is {what}, not text: {_SAVE_AS}")
    text = _by_bom(data)
    if text is None:
        if b"\x00" in data[:8192]:
            raise UnreadableSource(name, f"the file is binary, not text: {_SAVE_AS}")
        text = _as_utf8(data) or _as_western(data) or _detected(data)
    if text is None or not _looks_like_text(text):
        raise UnreadableSource(name, f"the file's encoding cannot be recognised: {_SAVE_AS}")
    if not text.strip():
        raise UnreadableSource(name, "the file holds only whitespace: add the article text or remove it")
    return text


def _by_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _as_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _as_western(data: bytes) -> str | None:
    """Windows-1252 if the bytes decode and accented letters are the exception, as in Western text.

    Cyrillic or Greek single-byte text also decodes as cp1252, but then almost every letter is
    non-ASCII; that case is left to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if not c.isascii())
    return text if letters and accented / len(letters) < 0.25 else None


def _detected(data: bytes) -> str | None:
    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_like_text(text: str) -> bool:
    """Few control or unassigned characters: decoding noise would fail this."""
    sample = text[:20000]
    bad = sum(n for c, n in Counter(sample).items()  # each distinct character looked up once
              if unicodedata.category(c) in _NOT_TEXT and c not in "\n\r\t\f")
    return bad <= len(sample) * 0.01
