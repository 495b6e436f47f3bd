"""Folding text so that copies compare equal, and the facts a statement asserts (numbers, negation).

Folding removes what differs between copies of one sentence without changing what it says:
case, diacritics, curly vs straight quotes, dashes, hyphens inside words ("e-mail" and
"email"), initials ("U.S." and "US"), contractions ("don't" and "do not"), spaced ellipses, a unit
written on to its number ("20mph" and "20 mph").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.rules.kept import compiled_regex
from bot.rules.twins import is_plain, twins
from bot.rules.words import NUMBER_WORDS, STATEMENT_STOPWORDS

_PUNCT = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"),
          ("\u00a0", " "), ("\u2026", "..."))
_UNDECOMPOSED = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
"""Letters Unicode gives no base letter and a diacritic, as English spells them: "Kjærholm" is "Kjaerholm", "Søren"
"Soren", "Łódź" "Lodz"."""
_CONTRACTIONS = (
    (compiled_regex(r"\bcan't\b"), "cannot"), (compiled_regex(r"\bwon't\b"), "will not"),
    (compiled_regex(r"\bshan't\b"), "shall not"), (compiled_regex(r"\b(\w+)n't\b"), r"\1 not"),
)
# "They've hooked a generation" is "they have hooked a generation" as another outlet prints the quotation. Not "'s"
# (is, has or a possessive) nor "'d" (had or would).
_CONTRACTED_VERBS = {"ve": "have", "re": "are", "ll": "will", "m": "am"}
_CONTRACTED = compiled_regex(r"\b(i|you|we|they|he|she|it|who|that|there)'(ve|re|ll|m)\b")
_ELLIPSIS = compiled_regex(r"\.\s*\.\s*\.")
_SPACES = compiled_regex(r"\s+")
_NUMERAL = compiled_regex(r"\p{N}+(?:,\p{N}{3})*(?:\.\p{N}+)?")
_INITIALS = compiled_regex(r"(?<![\p{L}.])(\p{L})\.(?=\p{L}\.)")  # "u.s." -> "us.": "U.S." and "US" compare equal
_INNER_HYPHEN = compiled_regex(r"(?<=\p{L})-(?=\p{L})")
_ASCII_DIGIT = compiled_regex(r"[0-9]")
_GLUED_UNIT = compiled_regex(r"(?<=[0-9])(?=(?:mph|km/h|kmh|kph|km|kg|mm|cm|ft|mi|lbs?|ml|kw|kwh|mw|gw|ha)\b)")
"""Where a number meets its unit of measure written on to it: "20mph" is "20 mph", "5km" "5 km" (not "1st", "4g", the
"10pm" a clock reads)."""
_WORD, _PLAIN_WORD = twins(r"{alnum}+(?:[.,]{digit}+)*", alnum=r"\p{L}\p{N}", digit=r"\p{N}")
# An ASCII text without digits has no number to keep whole: its words are its runs of letters, which a byte
# translation (every other byte to a space) and ``split`` find in half the time of the regex.
_SPACED = bytes(c if chr(c).isalnum() else 32 for c in range(256))
_DIGITS = b"0123456789"

STOPWORDS = STATEMENT_STOPWORDS

NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "noone", "nothing", "neither", "nor", "without"})
"""Words that deny what a sentence says ("noone" is "no-one" folded)."""

_NUMBER_WORDS_OR_NEGATIONS = NEGATIONS | frozenset(NUMBER_WORDS)
_HOURS_PER = {"minute": 1 / 60, "minutes": 1 / 60, "hour": 1, "hours": 1, "day": 24, "days": 24,
              "week": 168, "weeks": 168}

STORY_CACHE = 16384
"""Entries in each of the summarizer's per-text caches: the texts of the story at hand (a big story has a
few thousand) and the words every story uses. Stories are summarized one after another and share almost no
sentence, so a cache sized for a whole 4,000-article run only held texts no later story asks for again."""


@lru_cache(maxsize=STORY_CACHE)
def fold(text: str) -> str:
    """``text`` reduced to what a reader would call the same wording."""
    if not text.isascii():  # every character _PUNCT replaces, and every diacritic, is outside ASCII
        for char, plain in _PUNCT:  # a few str.replace: str.translate looks up every character in a dict
            if char in text:
                text = text.replace(char, plain)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.casefold()
    if not text.isascii():
        text = text.translate(_UNDECOMPOSED)
    # Each rewrite runs only where the text has the character it needs: most sentences have no "n't",
    # many no hyphen, and a printable text without a double space has no whitespace to collapse.
    if "n't" in text:
        for pattern, repl in _CONTRACTIONS:
            text = pattern.sub(repl, text)
    if "'" in text and ("'ve" in text or "'re" in text or "'ll" in text or "'m" in text):  # most have none: C tests
        text = _CONTRACTED.sub(lambda m: f"{m.group(1)} {_CONTRACTED_VERBS[m.group(2)]}", text)
    if "-" in text:
        text = _INNER_HYPHEN.sub("", text)
    if text.count(".") >= 2:  # initials need two full stops, an ellipsis three: a sentence's last is one
        text = _ELLIPSIS.sub(" ", _INITIALS.sub(r"\1", text))
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    if _ASCII_DIGIT.search(text) is not None:
        text = _GLUED_UNIT.sub(" ", text)
    return str(text).strip()


@lru_cache(maxsize=STORY_CACHE)
def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``; numbers keep their separators ("61,500", "6.4"). Kept for the texts of
    the story at hand: each stage of the summarizer asks for the same ones (a tuple, so no caller can
    change what the next one gets)."""
    folded = fold(text)
    if folded.isascii():
        raw = folded.encode()
        if len(raw.translate(None, _DIGITS)) == len(raw):
            return tuple(raw.translate(_SPACED).decode().split())
    found: list[str] = (_PLAIN_WORD if is_plain(folded) else _WORD).findall(folded)
    return tuple(found)


def spaced_words(text: str) -> str:
    """The folded words of ``text`` joined by single spaces and padded with one at each end: a run of words stands
    in it (``in``) only whole, never as part of a longer word."""
    return f" {' '.join(words(text))} "


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


@lru_cache(maxsize=STORY_CACHE)
def may_hold_figures(text: str) -> bool:
    """Whether a word of ``text`` (``words``) may start with a digit: false for sure when its folding is ASCII
    with no 0-9 in it, a test in C instead of a look at every word. Kept per text: its facts, its quantities,
    its figures and the sources carrying it ask again about the same statements."""
    folded = fold(text)
    return not folded.isascii() or _ASCII_DIGIT.search(folded) is not None


@lru_cache(maxsize=STORY_CACHE)
def number_value(word: str) -> float | None:
    """``word`` as a number: digits (with thousands separators) or a number word. Kept per word: the same
    figures ("2", "10", "2024") come back in sentence after sentence, and a search of the regex module costs
    more than the look-up."""
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if word[:1].isdigit() and _NUMERAL.fullmatch(word):
        try:
            return float(word.replace(",", ""))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Facts:
    """What must be equal for two wordings to say the same thing."""

    numbers: frozenset[float]
    negated: bool

    def compatible(self, other: Facts) -> bool:
        """Same negation, and the numbers of one are all in the other (a dropped phrase may drop one)."""
        if self.negated != other.negated:
            return False
        return self.numbers <= other.numbers or other.numbers <= self.numbers


_NO_NUMBERS = {negated: Facts(frozenset(), negated) for negated in (False, True)}
"""The facts of a text giving no number, negated or not: most statements' facts, made once (a ``Facts`` is frozen
and compared by value, so one is as good as another)."""


_CLOCK = compiled_regex(r"(?i)(?<![\w.:,])(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)|\.(?P<dotted>[0-5]\d)"
                        r"(?=\s?[ap]\.?m\b))(?:\s?(?P<half>[ap])\.?m\b\.?)?(?![\w:]|\.\d)")
"""A time of day by the clock: "5:10 a.m.", "5.10am", "05:10", "11:30pm" (with a dot only before "am" or "pm": "5.10
per cent" is a share)."""
CLOCK_BASE = 100_000.0
"""Where ``facts_of`` puts the times of day among a text's numbers: minutes past midnight over this base, so that
"5:10 a.m.", "5.10am" and "05:10" are one fact, "17:10" and "5:10pm" another (and no count of 310 is one with them)."""


def _clock_value(m: Any) -> float:
    """A clock time (a ``_CLOCK`` match) as ``CLOCK_BASE`` tells: "pm" after an hour before noon is twelve hours on,
    "am" after twelve is midnight's hour; an hour without either is read as written (on a 24-hour clock)."""
    hour, minute = int(m.group("hour")), int(m.group("minute") or m.group("dotted"))
    half = (m.group("half") or "").casefold()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return CLOCK_BASE + hour * 60 + minute


@lru_cache(maxsize=STORY_CACHE)
def facts_of(text: str) -> Facts:
    """The numbers (durations in hours, so "72 hours" equals "three days"; times of day as ``CLOCK_BASE`` tells)
    and negation of ``text``."""
    ws = words(text)
    # The number words and negations the text uses, found in one pass over its words (most use none of either).
    said = _NUMBER_WORDS_OR_NEGATIONS.intersection(ws)
    if not may_hold_figures(text) and NUMBER_WORDS.keys().isdisjoint(said):
        return _NO_NUMBERS[not NEGATIONS.isdisjoint(said)]
    numbers: set[float] = set()
    if _CLOCK.search(text) is not None:
        numbers.update(_clock_value(m) for m in _CLOCK.finditer(text))
        ws = words(_CLOCK.sub(" ", text))
    for i, w in enumerate(ws):
        if not w[:1].isdigit() and w not in NUMBER_WORDS:  # what number_value reads: most words are not
            continue
        if w == "one" and i > 0 and ws[i - 1] == "no":
            continue  # "no one": nobody, not the number one
        value = number_value(w)
        if value is None:
            continue
        unit = ws[i + 1] if i + 1 < len(ws) else ""
        numbers.add(round(value * _HOURS_PER[unit], 3) if unit in _HOURS_PER else value)
    return Facts(frozenset(numbers), not NEGATIONS.isdisjoint(said))
