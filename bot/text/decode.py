"""Bytes to text without ever crashing on bad input.

Order of trust: a byte-order mark, then strict UTF-8, then Windows-1252 when the result reads like
Western text (the usual encoding of non-UTF-8 news files), then charset-normalizer's best guess.
Whatever is chosen must look like text; anything else is ``UnreadableSource`` with a reason a user
can act on. A UTF-8 file cut off in the middle of a character is still UTF-8 (the cut bytes become
U+FFFD), and UTF-16 without a byte-order mark is recognised by its zero bytes.

``readable_text`` is the reading boundary's last word on any text a source brings in (decoded bytes,
JSON strings, feed entries): no lone surrogate (which no output can encode), no terminal escape
sequence, no control or bidirectional-override character; line separators become newlines.
"""

from __future__ import annotations

import codecs
import unicodedata

from bot.errors import UnreadableSource
from bot.rules.kept import compiled

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
_UTF8_TAIL = 3  # a UTF-8 character is at most 4 bytes: a cut one leaves at most 3 of them

# A terminal escape sequence: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ST), or ESC and one byte.
_ESCAPE_SEQUENCE = compiled("\x1b(?:\\[[0-?]*[ -/]*[@-~]?|\\][^\x07\x1b\n]*(?:\x07|\x1b\\\\)?|[@-_]?)")
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() breaks at besides \r and \n
_SUSPECT = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE = compiled("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = compiled("[\ud800-\udfff]")
_BREAKS_TO_NEWLINE = str.maketrans(dict.fromkeys(_LINE_BREAKS, "\n"))


def readable_text(text: str) -> str:
    """``text`` safe to carry to any output: escape sequences, control characters (but tab, CR and
    newline) and bidirectional overrides removed, other line separators made newlines, and each lone
    surrogate (from a ``\\udfff`` JSON escape or a ``&#xD800;`` reference) replaced by U+FFFD.

    Every character ``_SUSPECT`` finds is unprintable (a control, format, separator or surrogate) and none
    is a newline, so a text whose only unprintable characters are newlines (most lines and pages) is returned
    as it is without the search, which costs several times ``str.isprintable`` (and the copy made when
    the text holds a newline to put a space for)."""
    if _printable(text) or not _SUSPECT.search(text):
        return text
    text = _ESCAPE_SEQUENCE.sub("", text).translate(_BREAKS_TO_NEWLINE)
    return _UNSAFE.sub("", _SURROGATE.sub("\ufffd", text))


def _printable(text: str) -> bool:
    """Whether every character of ``text`` but its newlines is printable: ``text.replace("\\n", " ").isprintable()``.
    An ASCII text (a raw file: news-please JSON escapes every other character) is checked by one pass in C
    deleting its printable bytes and newlines (``_PRINTABLE_ASCII``), where ``isprintable`` looks each character
    up in the Unicode database."""
    if text.isascii():
        return not text.encode("ascii").translate(None, _PRINTABLE_ASCII)
    return text.replace("\n", " ").isprintable()


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
"""The printable ASCII characters (space to tilde, what ``str.isprintable`` passes among them) and the newline,
as bytes."""


def readable_line(text: str) -> str:
    """``text`` as ``readable_text`` on one line, its whitespace runs made single spaces."""
    return " ".join(readable_text(text).split())


def shown_name(name: str) -> str:
    """A file name fit for one line of output: each unprintable character (a newline, an escape, an
    undecodable byte that ``os.fsdecode`` turned into a surrogate) written as Python's ``repr`` would. A
    name all printable (most) is that name, without a look at each character."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def decode_bytes(data: bytes, name: str) -> str:
    """The text in ``data``; ``UnreadableSource`` (naming ``name``) for empty, binary or undecodable data."""
    if not data.strip():
        raise UnreadableSource(name, "the file is empty: add the article text or remove the file")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableSource(name, f"the file is {what}, not text: {_SAVE_AS}")
    text = _by_bom(data)
    if text is not None:
        pass
    elif b"\x00" in data[:8192]:
        text = _as_utf16(data)
        if text is None:
            raise UnreadableSource(name, f"the file is binary, not text: {_SAVE_AS}")
    else:
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
    """UTF-8, also when the data was cut inside its last character (a truncated download or copy)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut = exc.start if exc.reason == "unexpected end of data" else -1
    if cut < len(data) - _UTF8_TAIL:  # bad bytes before the end: not UTF-8
        return None
    return data[:cut].decode("utf-8") + "\ufffd"


def _as_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its zero bytes: in text mostly of Latin letters, digits
    and punctuation, every other byte is zero (the high byte of each character, first or second)."""
    even, odd = data[0:8192:2], data[1:8192:2]
    if odd.count(0) > len(odd) * 0.5 > even.count(0):
        encoding = "utf-16-le"
    elif even.count(0) > len(even) * 0.5 > odd.count(0):
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data[:len(data) // 2 * 2].decode(encoding)
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
    from charset_normalizer import from_bytes  # only for bytes neither UTF-8 nor cp1252: not worth its import

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_like_text(text: str) -> bool:
    """Few control or unassigned characters: decoding noise would fail this."""
    sample = text[:20000]
    if sample.isascii():  # most files (news-please JSON escapes the rest): counted without a set of characters
        bad = len(sample.encode("ascii").translate(None, _ASCII_TEXT))
    else:
        bad = sum(sample.count(c) for c in set(sample) if _not_text(c))  # each distinct character looked up once
    return bad <= len(sample) * 0.01


def _not_text(c: str) -> bool:
    return unicodedata.category(c) in _NOT_TEXT and c not in "\n\r\t\f"


_ASCII_TEXT = bytes(b for b in range(128) if not _not_text(chr(b)))
"""The ASCII characters that count as text, as bytes: deleting them from an ASCII sample (``bytes.translate``,
a pass in C) leaves exactly the characters ``_looks_like_text`` counts."""
