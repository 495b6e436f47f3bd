"""How much two statements share in content, for paraphrases that are not copies."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import chain

from bot.summary.normalization import STOPWORDS, STORY_CACHE, words


@lru_cache(maxsize=STORY_CACHE)
def content_set(text: str) -> frozenset[str]:
    """Content words (``content_words``, read in the same pass) with a crude plural folded ("weapons" ~
    "weapon")."""
    return content_of(words(text))


def content_of(ws: Iterable[str]) -> frozenset[str]:
    """The content words among ``ws`` (folded words), plurals folded as ``content_set`` folds them. The last
    letter is tested first, by index (the words kept have two or more): most words do not end in "s"."""
    return frozenset([w[:-1] if w[-1] == "s" and len(w) > 4 and w[-2] != "s" else w
                      for w in ws if w not in STOPWORDS and len(w) > 1])


def spread(texts: Iterable[str]) -> Counter[str]:
    """How many of ``texts`` use each content word (``content_set``): a story's document frequencies."""
    return Counter(chain.from_iterable(map(content_set, texts)))


def overlap(a: str, b: str) -> float:
    """Cosine of the two content-word sets: 1.0 same words, 0.0 none shared."""
    x, y = content_set(a), content_set(b)
    if not x or not y:
        return 0.0
    return len(x & y) / math.sqrt(len(x) * len(y))


class Weights:
    """Word weights from one story: a word few sentences use says more than one most of them use."""

    def __init__(self, texts: list[str], used: Counter[str] | None = None) -> None:
        """``used``: the texts' document frequencies (``spread``), when the caller already counted them."""
        self._texts = texts
        self._used = used
        n = max(len(texts), 1)
        self._default = math.log(n + 2)
        self._norms: dict[str, float] = {}  # text -> length of its weighted vector: texts are compared often

    @cached_property
    def _idf(self) -> _Rarity:
        """Counted on first use: a story with no statement to weigh never needs them."""
        used = spread(self._texts) if self._used is None else self._used
        return _Rarity(used, max(len(self._texts), 1), self._default)

    def _norm(self, text: str, ws: frozenset[str]) -> float:
        norm = self._norms.get(text)
        if norm is None:
            w = self._idf
            norm = self._norms[text] = math.sqrt(math.fsum(w[t] ** 2 for t in ws))
        return norm

    def rarest(self, text: str, n: int) -> list[str]:
        """The ``n`` rarest content words of ``text``: blocking keys for comparisons."""
        idf = self._idf
        return sorted(content_set(text), key=lambda w: (-idf[w], w))[:n]

    def overlap(self, a: str, b: str) -> float:
        """Cosine of the word sets with each word weighted by its rarity in the story.

        The weights are summed with ``math.fsum``, whose result does not depend on the order of the terms: a
        set's order follows the per-process string hash, and a plain sum over it would differ in its last bits
        from one run to the next, enough to tip a comparison at a threshold or a tie between two rules."""
        x, y = content_set(a), content_set(b)
        if not x or not y:
            return 0.0
        w = self._idf
        shared = math.fsum(w[t] ** 2 for t in x & y)
        return shared / (self._norm(a, x) * self._norm(b, y))


class _Rarity(dict[str, float]):
    """Word -> its weight in ``Weights``, each worked out when first asked: the texts a story weighs (its
    candidate rules) use a few hundred of the thousands of words it counts. A word the texts never use weighs
    ``default``."""

    def __init__(self, used: Counter[str], n: int, default: float) -> None:
        super().__init__()
        self._used = used
        self._n = n
        self._default = default

    def __missing__(self, word: str) -> float:
        count = self._used.get(word)
        weight = self[word] = self._default if count is None else math.log((self._n + 1) / (count + 0.5))
        return weight
