"""Independent corroboration: how many outlets report a story on their own.

The same wire text run by several outlets is one report, not several. Two articles are copies when
most of the shorter one's word sequences (4-word shingles) also occur in the longer one, whatever each
outlet added around the wire text, or when their openings read the same (rapidfuzz ratio), as with a
wire story updated further down. Articles from the same outlet count once too. Every copy stays in the
story and stays cited; only the ranking counts them once.
"""

from __future__ import annotations

import heapq
import zlib
from collections import defaultdict
from itertools import combinations, compress, count
from operator import not_

from rapidfuzz import fuzz

from bot.partition import Partition
from bot.rules.kept import compiled
from bot.stories.profile import Profile, ascii_words_only

SAME_OPENING = 90.0
"""rapidfuzz ratio (0-100) of two openings above which one is a copy of the other."""
SHARED_SHINGLES = 0.5
"""Share of the shorter article's shingles found in the other above which it is a copy."""
OPENING_CHARS = 400
SHINGLE_WORDS = 4
COMPARED_WORDS = 400
SKETCH = 4

_WORD = compiled(r"\w+")
_ASCII_WORD_BYTES = bytes(ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32
                          for c in range(256))
"""An ASCII byte as ``\\w`` and ``casefold`` see it: a capital letter in lower case, a letter, digit or "_" as
it is, any other byte a space (as is every byte of a non-ASCII character: only text whose non-ASCII characters
are no word's is translated)."""
_FOLDS_INTO_A_WORD = "\u0345"
"""The one character that is no word's (``\\W``) but folds into one: the combining ypogegrammeni, whose
``casefold`` is the Greek letter iota."""
_UTF8_WORD_BYTES = _ASCII_WORD_BYTES[:128] + bytes(range(128, 256))
"""``_ASCII_WORD_BYTES`` for the ASCII bytes of UTF-8 text, every byte of a non-ASCII character kept as it is."""


def opening(p: Profile) -> str:
    """The lead's first ``OPENING_CHARS`` characters, case-folded. The lead is already its words joined by single
    spaces (``profile_of``), and each character folds on its own, so folding that many of them is enough."""
    return p.lead[:OPENING_CHARS].casefold()[:OPENING_CHARS]


def shingles(text: str) -> set[int]:
    """Hashes of every run of ``SHINGLE_WORDS`` words in the first ``COMPARED_WORDS`` words of ``text``.

    crc32, not ``hash()``: the sketch keeps the smallest hashes, and those must be the same in every run
    (``hash()`` of text changes with each interpreter's hash seed).
    """
    words = first_words(text, COMPARED_WORDS)
    runs = zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False)  # the runs slicing made, built in C
    return set(map(zlib.crc32, map(b" ".join, runs)))


def first_words(text: str, count: int) -> list[bytes]:
    """The first ``count`` words of ``text`` (``\\w+``), case-folded and UTF-8 encoded, reading no more of a
    long text than they need.

    Words found in a prefix are the text's own when another word starts after them in the prefix (the last
    one found may be cut short), so the prefix is enough when it holds more than ``count``. Case folding
    maps each character on its own, so the folded prefix is a prefix of the folded text."""
    size = (count + 1) * 8
    while size < len(text):
        words = _folded_words(text[:size])
        if len(words) > count:
            return words[:count]
        size *= 2
    return _folded_words(text)[:count]


def _folded_words(text: str) -> list[bytes]:
    """The ``\\w+`` words of ``text.casefold()``, UTF-8 encoded. An ASCII text's are found by a byte
    translation and a split, several times faster than the pattern.

    Any other text is cut the same way at its ASCII non-word characters, which separate words before and
    after folding (each character folds on its own, an ASCII non-word one to itself); only the few pieces holding a
    non-ASCII character are folded and read by the pattern. Most of a news text's non-ASCII characters are
    quotation marks and dashes, so this reads a few words by the pattern instead of the whole text.

    A text whose non-ASCII characters are none of them a word's (most of the rest) has only ASCII words: each
    of its non-ASCII characters ends a word before folding and after (it folds into characters that are no
    word's either, but for ``_FOLDS_INTO_A_WORD``), as a space does, so the ASCII translation, which makes a
    space of every byte of a non-ASCII character, finds them without cutting the text into pieces first."""
    if ascii_words_only(text) and _FOLDS_INTO_A_WORD not in text:
        return text.encode().translate(_ASCII_WORD_BYTES).split()
    pieces = text.encode().translate(_UTF8_WORD_BYTES).split()
    for k in reversed(list(compress(count(), map(not_, map(bytes.isascii, pieces))))):
        pieces[k:k + 1] = [word.encode() for word in _WORD.findall(pieces[k].decode().casefold())]
    return pieces


def copies(a: tuple[str, set[int]], b: tuple[str, set[int]]) -> bool:
    """Whether two articles (opening, shingles) carry the same text."""
    smaller = min(len(a[1]), len(b[1]))
    if smaller and len(a[1] & b[1]) >= SHARED_SHINGLES * smaller:
        return True
    return bool(a[0]) and fuzz.ratio(a[0], b[0], score_cutoff=SAME_OPENING) > 0


def independent_reports(profiles: list[Profile]) -> int:
    """Independent reports among one story's ``profiles``: copies and same-outlet pieces count once.

    Only articles sharing one of each other's smallest shingle hashes (a bottom-k sketch: copies almost
    always do) are compared, so a story carried by hundreds of sites is not checked pair by pair.
    """
    reports = Partition(len(profiles))
    first_of_outlet: dict[str, int] = {}
    for i, p in enumerate(profiles):
        reports.union(i, first_of_outlet.setdefault(p.outlet, i))
    if len(first_of_outlet) < 2:  # one outlet (or none): one report (or none) whatever the texts say
        return len(first_of_outlet)
    texts = [(opening(p), shingles(p.article.text)) for p in profiles]
    holders: dict[int, list[int]] = defaultdict(list)
    for i, (start, body) in enumerate(texts):
        for value in {*heapq.nsmallest(SKETCH, body), *heapq.nsmallest(SKETCH, shingles(start))}:
            holders[value].append(i)
    for members in holders.values():
        for i, j in combinations(members, 2):
            if reports.find(i) != reports.find(j) and copies(texts[i], texts[j]):
                reports.union(i, j)
    return reports.count()

