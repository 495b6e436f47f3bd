"""Bytes to text without ever crashing on bad input."""

from __future__ import annotations

from charset_normalizer import from_bytes

from bot.errors import UnreadableSource


def decode_bytes(data: bytes, name: str) -> str:
    """UTF-8 if it is, else the detected encoding; ``UnreadableSource`` for empty or binary data."""
    if not data.strip():
        raise UnreadableSource(name, "is empty: remove it or add the article text")
    if b"\x00" in data[:8192]:
        raise UnreadableSource(name, "is a binary file, not text: pass the article as .txt, .html or .json")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableSource(name, "is not in any text encoding briefbot can detect: save it as UTF-8")
    return str(best)
