"""What an article is about, in a form cheap to compare: weighted terms, named actors, title and lead.

A profile is built once per article; comparing two profiles never re-reads the text. Words in the
title and the lead count more than words deep in the body, because news puts the event first and
background (which unrelated stories share) later.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain, islice, repeat
from operator import mul, truediv

from bot.model import Article
from bot.rules.fragments import CAPITAL_RESET
from bot.rules.kept import compiled
from bot.rules.words import TOPIC_STOPWORDS

TITLE_BOOST = 3.0
LEAD_BOOST = 0.5
NAME_WEIGHT = 1.5
LEAD_WORDS = 80
BODY_WORDS = 1200
BACKGROUND_DOCUMENTS = 50
"""Imagined articles sharing none of the words, so a small one-story input still tells rare from common."""
MIN_LINE_WORDS = 6
"""Lines shorter than this in the body are navigation, bylines or captions more often than news."""

_WORD = compiled(r"[^\W_][^\W_]*+(?:['\u2019.-][^\W_]++)*+")
"""A run of letters and digits, and more runs each joined to it by one apostrophe, dot or hyphen.

Written ``[^\\W_][^\\W_]*+`` for ``[^\\W_]+`` so that it opens with a character set, which the regex engine's
search skips to without trying a match at every mark, and with possessive repeats (``*+``, ``++``), which keep
no state to back into: nothing follows a repeat that could fail, so a greedy repeat never gives a character back
and the match is the same, found with a fifth fewer instructions (every word of every article is cut by it)."""
_WORD_SPLIT = compiled("(" + _WORD.pattern + ")")
"""``_WORD`` kept by ``split``: a text's marks and words, alternately, from the marks before its first word (perhaps
none) to those after its last."""
_ASCII_WORD_SPLIT = compiled(r"([0-9A-Za-z][0-9A-Za-z]*+(?:['\u2019.-][0-9A-Za-z]++)*+)")
"""``_WORD_SPLIT`` for a text whose letters and digits are all ASCII, where ``[^\\W_]`` is ``[0-9A-Za-z]``: a
bitmap the regex engine tests without looking every character up in the Unicode database."""
_NON_ASCII_WORD_CHARACTER = compiled(r"[^\x00-\x7f\W]")
"""A character ``[^\\W_]`` matches beyond ASCII (``_`` is ASCII): a letter or digit ``[0-9A-Za-z]`` would miss."""
_SENTENCE_GAP = compiled(CAPITAL_RESET)
_NAME = compiled(r"(?:[A-Z](?<![\w'\u2019][A-Z])[\w'\u2019-]*+\.?)"
                   r"(?:\s+(?:(?:of|de|al|bin|van|von|der|da|la|du|le)\s+)?[A-Z][\w'\u2019-]*+)+")
"""Two or more capitalised words in a row, perhaps joined by a particle, the first not glued to a word before it.

That test comes after the first capital (it looks back at the capital and the character before it), not before
it: the same matches, but the pattern opens with a character set, which the regex engine's search skips to
instead of trying a match at every character of the text.

A lone capitalised word (most of them) is no match, rather than a match of one word that the caller makes a
match object of, cuts into words and passes over. The matches of two words or more are the same ones: a search
that fails at a lone word's capital fails inside the word too (a capital there can follow only a hyphen, and the
rest of the word meets the same next character), and goes on after it, where a match of the word would have
left the search. The repeats of word characters are possessive (``*+``): what follows them (a stop, white space,
the match's end) is never a word character, so giving characters back could not let the match go on."""
STOPWORDS = TOPIC_STOPWORDS  # why it differs from the summarizer's: bot.rules.words
_LOGGED_COUNTS = 64
_ONE_PLUS_LOG = (0.0, *(1.0 + math.log(c) for c in range(1, _LOGGED_COUNTS)))
"""A term's weight for ``c`` occurrences, ``1.0 + math.log(c)``, looked up for the small counts that nearly
every term has (the same floats: the same expression, worked out once) instead of a call per term."""


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A word folded for matching: lower case, possessive and plural ``s`` removed (crudely, on purpose)."""
    word = word.casefold().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return _one_copy(word)


@lru_cache(maxsize=65536)
def _one_copy(key: str) -> str:
    """The first copy of ``key`` still kept: "Harbour" and "harbour" then give one string object, and
    comparing two profiles' terms (dict look-ups by the hundred thousand) is an identity test, not a
    comparison of characters. A bounded cache, unlike ``sys.intern``."""
    return key


def multi_word_names(text: str) -> list[str]:
    """Runs of two or more capitalised words, once a capitalised sentence opener ("The", "In", ...) is taken off
    the front, each once, in the order the text names them (an order that does not depend on string hashing).
    A lone capitalised word is no match (``_NAME``), and is not folded: a single name is told by the case votes."""
    names: dict[str, None] = {}
    for match in _NAME.finditer(text):
        words = [w.rstrip(".") for w in match.group().split()]
        while words and word_key(words[0]) in STOPWORDS:
            words = words[1:]
        if len(words) < 2 or (words[0].isupper() and len(words[0]) > 6):
            continue
        names[" ".join(word_key(w) for w in words)] = None
    return list(names)


@dataclass
class Profile:
    """One article reduced to what clustering compares."""

    article: Article
    title: str
    """The headline's content words, folded."""
    lead: str
    terms: dict[str, float]
    capitals: list[str] = field(default_factory=list)
    """Content words written capitalised away from sentence starts, once per occurrence."""
    lower: list[str] = field(default_factory=list)
    """Content words written in lower case away from sentence starts, once per occurrence."""
    day: float | None = None
    weights: list[float] = field(default_factory=list)
    """Each term's weight in the unit-length tf-idf vector of all the terms, in ``terms``' order (``weigh``): what
    picks the article's index terms, which asks no weight by term, so a list made by C code, not a dict."""
    who: dict[str, float] = field(default_factory=dict)
    what: dict[str, float] = field(default_factory=dict)

    @property
    def outlet(self) -> str:
        source = self.article.source
        return (source.outlet or source.url or source.path or source.id).casefold()


def profile_of(article: Article) -> Profile:
    """The profile of ``article``; its weights are filled in by ``weigh`` once the whole input is known."""
    title = article.source.title or ""
    # A paragraph split no further than its first MIN_LINE_WORDS words tells whether it has that many.
    body_lines = [p for p in article.paragraphs
                  if len(p.split(maxsplit=MIN_LINE_WORDS - 1)) >= MIN_LINE_WORDS] or article.paragraphs
    # Split no further than BODY_WORDS words: the same first words, the rest of a long text left as one string.
    body_words = " ".join(body_lines).split(maxsplit=BODY_WORDS)[:BODY_WORDS]
    lead = " ".join(body_words[:LEAD_WORDS])
    # " ".join([title, *body_words]) read in parts: the title, the lead, the rest (when there is one).
    terms, capitals, lower, read = _terms_and_case([title, *filter(None, [lead, " ".join(body_words[LEAD_WORDS:])])], 2)
    title_words, lead_words = read[0], read[1] if lead else []
    counts = {t: _ONE_PLUS_LOG[c] if c < _LOGGED_COUNTS else 1.0 + math.log(c) for t, c in terms.items()}
    # Terms are added in the order the text gives them, never a set's: which of two equally weighted terms
    # indexes an article must not change from one process to the next (string hashing is seeded per process).
    for words, boost in ((dict.fromkeys(lead_words), LEAD_BOOST),
                         (dict.fromkeys(title_words), TITLE_BOOST)):
        for word in words:
            counts[word] = counts.get(word, 0.0) + boost
    for name in multi_word_names(f"{title}\n{lead}"):
        counts["§" + name] = NAME_WEIGHT
    return Profile(article=article, title=" ".join(title_words), lead=lead, terms=counts,
                   capitals=capitals, lower=lower, day=publication_day(article.source.published))


def publication_day(published: str | None) -> float | None:
    """``published`` (ISO 8601) as days since the epoch, or ``None`` if absent or unreadable."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() / 86400


def _terms_and_case(parts: list[str], listed: int) -> tuple[Counter[str], list[str], list[str], list[list[str]]]:
    """How often each content word of ``" ".join(parts)`` occurs, the content words written capitalised and
    those written in lower case away from sentence starts (a capital at a sentence start says nothing), once
    per occurrence, and the content words (``_content_key`` of its words, ``None`` left out) of each of the first
    ``listed`` parts, in text order.

    The parts are read one by one: no word runs across the space joining two of them, so the text's words
    are the parts' words one after another, and only the marks before a part's first word need the previous
    parts' marks after their last word and the joining space added."""
    gaps: list[str] = []
    raws: list[str] = []
    counts: list[int] = []
    carry = ""  # the text since the last word read, or since the start
    for n, part in enumerate(parts):
        if n:
            carry += " "
        pieces = _cut(part)
        if len(pieces) == 1:
            counts.append(0)
            carry += part
            continue
        pieces[0] = carry + pieces[0]
        carry = pieces[-1]
        gaps += pieces[0:-1:2]
        raws += pieces[1::2]
        counts.append(len(pieces) // 2)
    keys = list(map(_CONTENT_KEYS.__getitem__, raws))
    terms = Counter(filter(None, keys))  # every key is a non-empty word: ``filter`` drops only the ``None``
    each: list[list[str]] = []
    start = 0
    for count in counts[:listed]:
        each.append(list(filter(None, keys[start:start + count])))
        start += count
    # The few distinct gaps judged once each, so the loop over every word makes no call for its gap.
    resets = {gap for gap in set(gaps) if gap and _resets_capitals(gap)}
    capitals: list[str] = []
    lower: list[str] = []
    for gap, raw, key in islice(zip(gaps, raws, keys, strict=True), 1, None):  # the first word starts a sentence
        if key is not None and gap not in resets:
            first = raw[0]
            if first.isalpha():
                (capitals if first.isupper() else lower).append(key)
    return terms, capitals, lower, each


def ascii_words_only(text: str) -> bool:
    """Whether every letter and digit of ``text`` is ASCII (its other characters may not be: quotation marks,
    dashes); ``str.isascii`` answers at once for a text that is all ASCII."""
    return text.isascii() or not _NON_ASCII_WORD_CHARACTER.search(text)


def _cut(text: str) -> list[str]:
    """``_WORD_SPLIT.split(text)``: marks, word, marks, word, ..., marks, the text cut at its words.

    A text with no letter or digit beyond ASCII (most news text: its other characters are quotation marks and
    dashes, none of them a word's) is cut by ``_ASCII_WORD_SPLIT``, which matches the same characters there."""
    if ascii_words_only(text):
        return _ASCII_WORD_SPLIT.split(text)
    return _WORD_SPLIT.split(text)


@lru_cache(maxsize=4096)
def _resets_capitals(gap: str) -> bool:
    """Whether the marks between two words end a sentence or a title; a few distinct gaps make up a text."""
    return _SENTENCE_GAP.search(gap) is not None


def _content_key(word: str) -> str | None:
    """``word_key`` of a content word, ``None`` for a stopword or a stray letter."""
    key = word_key(word)
    return key if key not in STOPWORDS and (len(key) > 1 or key.isdigit()) else None


KEPT_WORDS = 1 << 16
"""Distinct words ``_CONTENT_KEYS`` keeps the content key of (the 1,000-article bench feed's profiles read some
23,000); later ones are worked out each time they come (rarer ones: the common words came early)."""


class _ContentKeys(dict[str, str | None]):
    """Word -> its ``_content_key``, worked out at the first look-up and kept (the first ``KEPT_WORDS`` words).

    A plain dict's look-up, which ``_terms_and_case`` maps over every word of every profile (half a million over
    the 1k bench feed): an ``lru_cache`` hit also moves the word to the front of its recency list, and costs
    about twice as much. The function is pure (its answer depends on the word alone), so a kept key is the key."""

    def __missing__(self, word: str) -> str | None:
        key = _content_key(word)
        if len(self) < KEPT_WORDS:
            self[word] = key
        return key


_CONTENT_KEYS = _ContentKeys()


def weigh(profiles: Iterable[Profile]) -> None:
    """Fill each profile's unit-length tf-idf weights: all terms (``weights``), actors (``who``), the rest
    (``what``).

    Whether a word names an actor is decided over the whole input: a word written capitalised more
    often than not, away from sentence starts, is a name (a person, place, firm); multi-word names
    found in the title and lead count as one term too.

    The idf is smoothed (``ln((1+N)/(1+df)) + 1``) so that in a one-story input, where every article
    shares the key words, those words still count.
    """
    profiles = list(profiles)
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.terms.keys())
    n = len(profiles) + BACKGROUND_DOCUMENTS
    # Worked out once per distinct count (the same expression, so the same floats): most terms share a few counts.
    of_count = {count: math.log((1 + n) / (1 + count)) + 1.0 for count in set(df.values())}
    idf = {term: of_count[count] for term, count in df.items()}
    # Counted by C code over every profile's words: the words written capitalised more often than not (what
    # Counter subtraction keeps, with no Counter built and no __missing__ call for a word never written lower).
    capitals = Counter(chain.from_iterable(p.capitals for p in profiles))
    lower = Counter(chain.from_iterable(p.lower for p in profiles))
    # Actor terms, one set asked once per term: the capitalised words and the multi-word names ("§...").
    actors = {t for t, votes in capitals.items() if votes > lower.get(t, 0)} | {t for t in idf if t.startswith("§")}
    for p in profiles:
        vector = {t: weight * idf[t] for t, weight in p.terms.items()}
        values = vector.values()
        p.weights = list(map(truediv, values, repeat(_norm(values))))  # ``unit(vector)``'s values, with no dict
        # The actors picked out by C code, and the rest left of ``vector`` once they are deleted: its other
        # terms in its order, as a second comprehension would copy them one by one.
        who = {t: vector[t] for t in filter(actors.__contains__, vector)}
        p.who = unit(who)
        for t in who:
            del vector[t]
        p.what = unit(vector)


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = _norm(vector.values())
    return {t: v / norm for t, v in vector.items()}


def _norm(values: Collection[float]) -> float:
    """The length of a vector of ``values`` (1 for none), its squares summed in their order, made by C code."""
    return math.sqrt(sum(map(mul, values, values))) or 1.0


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Summed in ``a``'s order, not a set's: float sums depend on their order, and a set's order on the
    # per-process string hash, so the same pair would score a last bit apart from one run to the next.
    shared = list(filter(b.__contains__, a))  # picked out by C code, not a Python loop
    # Started at 0.0, not 0: the same first sum (0.0 + x is 0 + x) and a float for no shared term, without float().
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)), 0.0)
