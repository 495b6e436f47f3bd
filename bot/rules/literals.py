"""The literal words a pattern's every match contains, read from its parse tree: a cheap pre-check.

``required_literals(pattern)`` gives strings one of which occurs (case-folded by ``folded``) in every
text the pattern can match anywhere, or ``None`` when no useful set exists. A ``Rule`` tests them with
``in`` before it runs the regex: a line with none of them cannot match, and most lines have none.

Sound by construction: only a sequence's plain ASCII literals, groups matched at least once and
alternations whose every branch has a requirement give one; classes and repeats of longer parts give none.
Parts each matching one of a few plain strings join across a run ("(?:\\bnot|n't) be (?:closed|shut)" gives
"not be closed" ... "n't be shut"): a look-around or ``\\b`` matches "" there, an optional part also "".
``folded`` maps every character that an ASCII literal matches under IGNORECASE (including 'İ', 'ı', 'ſ' and
the Kelvin sign) to that literal's lower case, one character for one.

``opening(pattern)`` is the pre-check of a pattern every match of which starts at the start of the text: a
pattern matching one character, which the text's first character must match ("^(?:read more|watch)\\s*:" can
match only a text opening with "r", "R", "w" or "W"). It is read from the same parse tree: each part that can
consume the first character gives its character, class or negated class, with the case flag in force there,
and nothing else counts (look-arounds and ``\\b`` consume nothing; an unknown part gives no pre-check).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from bot.rules.kept import Kept, compiled
from bot.rules.words import STATEMENT_STOPWORDS

MIN_LITERAL = 3  # a shorter literal ("a", "of") occurs in almost every line: no use as a pre-check
MAX_LITERALS = 32  # more alternatives cost more ``in`` tests than the regex they would spare

_EVERYDAY = frozenset(".,;:'\"-()!?")
_TURKISH_I = str.maketrans({"\u0130": "i", "\u0131": "i"})
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def folded(text: str) -> str:
    """``text`` lower-cased so that every character an ASCII letter matches case-insensitively becomes it."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text or "\u0131" in text:  # str.translate costs a dict lookup per character
        text = text.translate(_TURKISH_I)
    return text.casefold()


class LiteralIndex:
    """Which of many literal words occur in a text, found by one search rather than one ``in`` test each: a
    table of fifty rules checks some two hundred words on every line, and those tests, not the regexes they
    spare, had become most of the table's cost.

    The search goes token by token. A word occurs in a text only if each of its runs without white space occurs
    inside one of the text's white-space-separated tokens; one of them is its *piece* (``_piece``: "us" of
    " us at", "afp" of "with afp"), and tokens repeat from line to line, so each distinct token is searched
    once (up to ``KEPT_TOKENS``) and a line costs a split and a look-up per token. The words whose piece a
    token holds are candidates: a word that is its own piece occurs, and the others are tested with ``in``.
    ``present`` answers what ``{w for w in words if w in text}`` does.

    The token search is a ``TokenPass``, which several indexes may share (``pass_``): the tables asked about
    the same texts (the clutter and page-signs tables about a page's lines, the clutter and rule-language
    tables about a story's sentences) then search each distinct token once for all of them. The pass finds the
    candidates among all its indexes' words; each index keeps its own.
    """

    def __init__(self, words: Iterable[str], pass_: TokenPass | None = None) -> None:
        self.words = frozenset(words)
        self._whole = frozenset(w for w in self.words if _own_piece(w))
        self._pass = pass_ if pass_ is not None else TokenPass()
        self._pass.add(self.words)
        self._texts = self._pass.texts

    def present(self, text: str) -> frozenset[str]:
        """The words that occur in ``text`` (``counted`` without the token count)."""
        return self.counted(text)[0]

    def counted(self, text: str) -> tuple[frozenset[str], int]:
        """The words that occur in ``text`` and its number of tokens (``len(text.split())``); a text asked again
        (of this index or another sharing its pass) takes both from the pass without a split."""
        kept = self._texts.get(text)
        if kept is None:
            kept = self._pass.kept(text)
        found = kept[0]
        if not found:  # most texts
            return kept
        found &= self.words
        if found <= self._whole:
            return found, kept[1]
        return frozenset(w for w in found if w in self._whole or w in text), kept[1]


KEPT_TOKENS = 1 << 16
"""Distinct tokens a pass keeps the words of (the 34,000 lines of the 1,000-article bench feed hold some
44,000); later ones are searched each time they come (rarer ones: the common tokens came early)."""


KEPT_TEXTS = 1 << 12
"""Texts a pass keeps the candidates and token count of: the cleaner asks the page-signs table about the
lines of a page it asked the clutter table about a moment before, the summarizer the rule-language table
about the statements of a story whose sentences it asked the clutter table about. The pass forgets them all
when it holds this many."""


class TokenPass:
    """The token search of one or more ``LiteralIndex``: the words of theirs whose piece a token holds, kept per
    token (``tokens``). An index whose words it lacks makes it search every token anew.

    ``words_to_come`` names the words of the indexes not made yet (tables not asked yet): the first search looks
    for them too, so the index a later stage makes (the summarizer's, after the cleaner's) adds no word and the
    tokens searched stay searched. Made lazily, the summarizer's index had the pass search some 24,000 of the
    real feed's 30,000 distinct tokens a second time."""

    def __init__(self, words_to_come: Callable[[], Iterable[str]] | None = None) -> None:
        self.tokens: _Tokens | None = None
        """The tokens searched, with the words whose piece each holds; ``None`` until the next search."""
        self.texts: dict[str, tuple[frozenset[str], int]] = {}
        """Texts with their candidates and number of tokens (``kept``), up to ``KEPT_TEXTS``."""
        self._words: frozenset[str] = frozenset()
        self._to_come = words_to_come

    def add(self, words: frozenset[str]) -> None:
        if not words <= self._words:
            self._words |= words
            self.tokens = None
            self.texts.clear()

    def kept(self, text: str) -> tuple[frozenset[str], int]:
        """The words whose piece a token of ``text`` holds, with the words of white space only, and the number
        of tokens, kept in ``texts``."""
        tokens = text.split()
        search = self.tokens if self.tokens is not None else self.searched()
        kept = frozenset().union(search.spaces, *map(search.__getitem__, tokens)), len(tokens)
        if len(self.texts) >= KEPT_TEXTS:
            self.texts.clear()
        self.texts[text] = kept
        return kept

    def searched(self) -> _Tokens:
        """``tokens``, started anew for the words of every index sharing the pass and of those to come."""
        if self._to_come is not None:
            self._words |= frozenset(self._to_come())
        self.tokens = _Tokens(self._words)
        return self.tokens


def _piece(word: str) -> str:
    """The run of ``word`` without white space that a text's token must hold for the text to hold ``word``:
    its longest run that is no function word (``STATEMENT_STOPWORDS``) and has three characters or more, else
    its longest ("" for white space only). Any of its runs would do, each lying inside one token of a text that
    holds the word; a function word ("with" of "with afp", "have" of "have you got a tip") lies in most lines,
    and each line holding it has the word tested with ``in``."""
    runs = word.split()
    return max(runs, key=lambda run: (len(run) >= MIN_LITERAL and run not in STATEMENT_STOPWORDS, len(run)),
               default="")


def _own_piece(word: str) -> bool:
    """``_piece(word) == word`` without ranking the runs: a word is its own piece when it is one run (or empty)."""
    return word.split() == [word] or not word


class _Tokens(dict[str, frozenset[str]]):
    """Tokens with the words whose piece each holds, derived at the first look-up. Equal sets of words are kept
    as one object: most tokens hold no word, and each ``frozenset`` (even an empty one) is 216 bytes. Kept one
    per token, the indexes held 21.5 MB after the 1,000-article bench feed; kept once per set, 6.1 MB.

    The pieces share one pattern, a trie of their characters, tried at every position of a token. Each branch
    of the trie starts with a character of its own, and a piece's longer continuations are tried before it
    ends, so at each position the pattern finds the longest piece that starts there. Every other piece
    starting there is a prefix of that one: the pieces found, with their prefixes among the pieces, are
    exactly the pieces the token holds."""

    def __init__(self, words: frozenset[str]) -> None:
        super().__init__()
        self.spaces, self._by_piece, trie, self._with_prefixes = _KEPT_TABLES.get(words, lambda: _tables(words))
        self._pattern = compiled(f"(?=({trie}))")
        self._sets: dict[frozenset[str], frozenset[str]] = {}

    def __missing__(self, token: str) -> frozenset[str]:
        found = self._in_token(token)
        if len(self) < KEPT_TOKENS:
            found = self[token] = self._sets.setdefault(found, found)
        return found

    def _in_token(self, token: str) -> frozenset[str]:
        """The words whose piece ``token`` holds."""
        found = self._pattern.findall(token)
        if not found:
            return frozenset()
        return frozenset().union(*map(self._by_piece.__getitem__, frozenset().union(
            *map(self._with_prefixes.__getitem__, found))))


_Tables = tuple[frozenset[str], dict[str, frozenset[str]], str, dict[str, frozenset[str]]]


def _tables(words: frozenset[str]) -> _Tables:
    """What a ``_Tokens`` searching for ``words`` looks up: the words of white space only (candidates in every
    text), the words by piece, the trie of the pieces, and each piece's prefixes that are pieces too."""
    by_piece: dict[str, set[str]] = {}
    for word in words:
        by_piece.setdefault(_piece(word), set()).add(word)
    spaces = frozenset(by_piece.pop("", ()))
    ordered = sorted(by_piece)
    with_prefixes = {p: frozenset(p[:n] for n in range(1, len(p) + 1) if p[:n] in by_piece) for p in ordered}
    return spaces, {p: frozenset(words) for p, words in by_piece.items()}, _trie(ordered), with_prefixes


# Kept by the code of this module and of the stopwords a piece skips (``bot.rules.words``).
KEPT_SETS = 4
"""Sets of words whose tables are kept between runs (``_KEPT_TABLES``)."""
_KEPT_TABLES: Kept[_Tables] = Kept("token-tables", __file__, str(Path(__file__).with_name("words.py")), most=KEPT_SETS)
"""The tables of each set of words searched, kept between runs: deriving them (the trie above all) took some 4 ms
of each cold run's first search. A run searches one set or two (the commands import different tables); a cache kept
every set ever searched, and one holding twelve (from test runs) cost 8 ms to read in every fresh process."""


def _trie(words: list[str]) -> str:
    """A pattern matching the longest of ``words`` (sorted, none empty) that starts where it is tried."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first, rests in branches.items():
        tails = [rest for rest in rests if rest]
        tail = _trie(tails) if tails else ""
        if tails and len(tails) < len(rests):  # the word may end here: its continuations are tried first
            tail = f"(?:{tail})?"
        alternatives.append(re.escape(first) + tail)
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def required_literals(pattern: str, flags: int = 0, most: int = MAX_LITERALS) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or ``None``; ``most`` caps how
    many, and how many strings a run's joined parts or an alternation may give on the way (a table that finds
    its rules' words in one search asks for more: ``bot.rules.table.INDEXED_LITERALS``). Kept between runs
    (``bot.rules.kept``): reading them costs a parse of the pattern."""
    return _KEPT.get((pattern, int(flags), most), lambda: _derived(pattern, flags, most))


_KEPT: Kept[tuple[str, ...] | None] = Kept("literals", __file__)


def anchored(pattern: str, flags: int = 0) -> bool:
    """Every match of ``pattern`` starts at the start of the text and what follows the start fails fast on
    most texts, so its search costs little: cheaper than a veto pattern searched through the whole text.
    Kept between runs, as the literals are."""
    return _KEPT_ANCHORED.get((pattern, int(flags)), lambda: _parsed_anchored(pattern, flags))


_KEPT_ANCHORED: Kept[bool] = Kept("anchored", __file__)


def opening(pattern: str, flags: int = 0) -> str | None:
    """A pattern matching the first character of every match of ``pattern``, when every match starts at the
    start of the text (``None`` otherwise, or when a part that may come first is not understood). Kept
    between runs, as the literals are."""
    return _KEPT_OPENINGS.get((pattern, int(flags)), lambda: _parsed_opening(pattern, flags))


_KEPT_OPENINGS: Kept[str | None] = Kept("openings", __file__)


def _parsed_opening(pattern: str, flags: int) -> str | None:
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    flags = tree.state.flags
    if flags & (re.MULTILINE | re.LOCALE) or not _at_start(list(tree)):
        return None
    found = _first_characters(list(tree), flags)
    if found is None or found[1]:
        return None
    return "|".join(sorted(set(found[0])))


def _at_start(items: list[tuple[Any, Any]]) -> bool:
    """Every match starts at the start of the text: ``^`` or ``\\A`` first, on every branch."""
    if not items:
        return False
    op, arg = items[0]
    if op is _sre.AT:
        return arg is _sre.AT_BEGINNING or arg is _sre.AT_BEGINNING_STRING
    if op is _sre.SUBPATTERN:
        return not arg[1] & re.MULTILINE and _at_start(list(arg[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _at_start(list(arg))
    if op is _sre.BRANCH:
        return all(_at_start(list(b)) for b in arg[1])
    return False


def _first_characters(items: list[tuple[Any, Any]], flags: int) -> tuple[list[str], bool] | None:
    """Patterns of one character each, one of which the first character ``items`` consume matches, and
    whether ``items`` can consume nothing (then the character may be the next part's); ``None`` when a part
    that may come first is not understood. Each pattern carries the case flag in force where it stands: a
    case-sensitive negated class (``(?-i:[^a-z])``) matches "A", and so must the pre-check."""
    found: list[str] = []
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL or op is _sre.NOT_LITERAL or op is _sre.IN:
            one = _character(op, arg)
            if one is None:
                return None
            scope = ("a" if flags & re.ASCII else "") + ("i" if flags & re.IGNORECASE else "-i")
            return [*found, f"(?{scope}:{one})"], False
        inner: tuple[list[str], bool] | None
        if op is _sre.SUBPATTERN:
            _, add, remove, body = arg
            if (add | remove) & ~re.IGNORECASE:
                return None
            inner = _first_characters(list(body), (flags | add) & ~remove)
        elif op is _sre.ATOMIC_GROUP:
            inner = _first_characters(list(arg), flags)
        elif op is _sre.BRANCH:
            branches = [_first_characters(list(b), flags) for b in arg[1]]
            if any(b is None for b in branches):
                return None
            inner = ([c for b in branches if b for c in b[0]], any(b[1] for b in branches if b))
        elif op in _REPEATS:
            inner = _first_characters(list(arg[2]), flags)
            if inner is not None and arg[0] == 0:
                inner = (inner[0], True)
        else:
            return None  # any character, a back-reference...
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _character(op: Any, arg: Any) -> str | None:
    """A parsed character, negated character or class written back as a pattern (``None``: not understood)."""
    if op is _sre.LITERAL:
        return re.escape(chr(arg))
    if op is _sre.NOT_LITERAL:
        return f"[^{re.escape(chr(arg))}]"
    parts: list[str] = []
    for item, value in arg:  # a class: its items
        if item is _sre.NEGATE:
            parts.insert(0, "^")
        elif item is _sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif item is _sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif item is _sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    return f"[{''.join(parts)}]"


def _parsed_anchored(pattern: str, flags: int) -> bool:
    try:
        return _anchored(list(_parser.parse(pattern, flags)))
    except re.error:
        return False


def _derived(pattern: str, flags: int, most: int) -> tuple[str, ...] | None:
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    if _anchored(list(tree)):
        return None  # a search anchored at the start fails at once on most lines: a pre-check would cost more
    found = _of_sequence(list(tree), most)
    if found:
        found = _shortest(found)
    if not found or not all(_selective(s) for s in found) or len(found) > most:
        return None
    return tuple(sorted(found))


def _anchored(items: list[tuple[Any, Any]]) -> bool:
    r"""Every match starts at the start of the text (``^...`` or ``(?:^a|^b)``) and what follows the start
    fails fast: marks of one character each (``^[-*]*``), then no repeat of a longer part
    (``^(?:\S+\s+){0,12}`` tries every word, so such a rule still gains by the pre-check; an optional
    part, ``(?:additional )?``, is tried once)."""
    if not items:
        return False
    op, arg = items[0]
    if op is _sre.AT:
        if not (arg is _sre.AT_BEGINNING or arg is _sre.AT_BEGINNING_STRING):
            return False
        return _fails_fast(items[1:])
    if op is _sre.SUBPATTERN:
        return _anchored(list(arg[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _anchored(list(arg))
    if op is _sre.BRANCH:
        return all(_anchored(list(b)) for b in arg[1])
    return False


def _fails_fast(items: list[tuple[Any, Any]]) -> bool:
    """What follows the start (``_anchored``) is no repeat of a longer part, once marks of one character each
    are passed over, on any branch: ``^(?:a|\\W{0,3}(?:\\S+\\s+){0,3}b)`` tries every word as well."""
    rest = [item for item in items if not _single_character_repeat(item)]
    if not rest:
        return True
    op, arg = rest[0]
    if op is _sre.BRANCH:
        return all(_fails_fast(list(b)) for b in arg[1])
    if op is _sre.SUBPATTERN:
        return _fails_fast(list(arg[-1]))
    return not (op in _REPEATS and arg[1] > 1)


def _single_character_repeat(item: tuple[Any, Any]) -> bool:
    op, arg = item
    if op not in _REPEATS:
        return False
    body = list(arg[2])
    return len(body) == 1 and body[0][0] in (_sre.IN, _sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.CATEGORY)


def _selective(literal: str) -> bool:
    """Rare enough in prose to be worth a test: three characters or more, or marks prose seldom uses
    ("]", "©", "@"), not letters, digits, spaces or everyday punctuation."""
    return len(literal) >= MIN_LITERAL or not any(c.isalnum() or c.isspace() or c in _EVERYDAY for c in literal)


def _caseless(character: str) -> bool:
    """No case mapping changes ``character`` ("©", "’", "–"): the pattern's literal matches only itself, even
    ignoring case, and ``folded`` leaves it as it is, so the folded text holds it wherever the text does."""
    return character.lower() == character.upper() == character.casefold() == character


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several requirements that all hold, the most selective: the longest shortest string, white space at
    its ends not counted (a word is followed by a space almost everywhere: "at " is no rarer than "at"), then
    the fewest strings."""
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s.strip()) for s in o), -len(o)))


def _of_sequence(items: list[tuple[Any, Any]], most: int, join: bool = True) -> frozenset[str] | None:
    """The most selective requirement ``items`` in sequence give (``_best``): a run of parts each matching one
    of a few plain strings ("be ", then "closed" or "shut") gives their joined strings, every one of which a
    match of the run holds whole (with ``join``; else only a run of single characters is joined); any other
    part gives what its own parts require. The branches of an alternation join theirs unless that gives
    more than ``most`` strings in all (as a run joins no more than ``most`` strings)."""
    options: list[frozenset[str]] = []
    run: frozenset[str] | None = None  # the joined strings of the run of plain parts so far

    def close_run() -> None:
        nonlocal run
        if run and "" not in run:
            options.append(_shortest(run))
        run = None

    for item in items:
        strings = _strings(*item, most) if join or item[0] is _sre.LITERAL else None
        if strings is not None:
            joined = _joined(run, strings, most) if run is not None else strings
            if joined is None:  # too many: the run so far is one requirement, this part starts the next
                close_run()
                joined = strings
            run = joined
            continue
        close_run()
        op, arg = item
        inner: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            inner = _of_sequence(list(arg[-1]), most, join)
        elif op is _sre.ATOMIC_GROUP:
            inner = _of_sequence(list(arg), most, join)
        elif op in _REPEATS and arg[0] >= 1:
            inner = _of_sequence(list(arg[2]), most, join)
        elif op is _sre.BRANCH:
            branches = [_of_sequence(list(b), most, join) for b in arg[1]]
            if join and sum(len(b) for b in branches if b) > most:
                branches = _fewer(branches, [_of_sequence(list(b), most, False) for b in arg[1]], most)
            if all(branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        if inner:
            options.append(inner)
    close_run()
    return _best(options)


def _fewer(joined: list[frozenset[str] | None], unjoined: list[frozenset[str] | None], most: int
           ) -> list[frozenset[str] | None]:
    """The branches' requirements, each with its parts' strings joined (``joined``) or not (``unjoined``), with
    as few branches unjoined as it takes to bring their strings to ``most`` in all: first those whose joining
    added the most."""
    found = list(joined)
    total = sum(len(b) for b in found if b)
    added = sorted(range(len(found)), key=lambda i: len(joined[i] or ()) - len(unjoined[i] or ()), reverse=True)
    for i in added:
        if total <= most:
            break
        total += len(unjoined[i] or ()) - len(joined[i] or ())
        found[i] = unjoined[i]
    return found


def _shortest(found: frozenset[str]) -> frozenset[str]:
    """``found`` without the strings holding another: "comment" occurs wherever " comments" does."""
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


def _strings(op: Any, arg: Any, most: int) -> frozenset[str] | None:
    """The lower-case strings a part matches, when it matches one of at most ``most`` plain strings
    (an ASCII or caseless literal, a group or alternation of such, an optional one, whose strings include "",
    a part that consumes nothing: ``\\b``, ``^``, a look-around, all "") and ``None`` otherwise."""
    if op is _sre.LITERAL:
        return frozenset({chr(arg).lower()}) if arg < 128 or _caseless(chr(arg)) else None
    if op in _ZERO_WIDTH:
        return _NOTHING
    if op is _sre.SUBPATTERN:
        return _sequence_strings(list(arg[-1]), most)
    if op in _REPEATS and arg[0] == 0 and arg[1] == 1:  # an optional part: its strings, or nothing
        strings = _sequence_strings(list(arg[2]), most)
        return strings | _NOTHING if strings is not None else None
    if op is _sre.ATOMIC_GROUP:
        return _sequence_strings(list(arg), most)
    if op is _sre.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            strings = _sequence_strings(list(branch), most)
            if strings is None:
                return None
            found |= strings
        return frozenset(found) if len(found) <= most else None
    return None


_NOTHING = frozenset({""})


def _sequence_strings(items: list[tuple[Any, Any]], most: int) -> frozenset[str] | None:
    """``_strings`` of parts in sequence: each string of the first joined to each of the next..."""
    joined: frozenset[str] | None = _NOTHING
    for item in items:
        strings = _strings(*item, most)
        if strings is None or joined is None:
            return None
        joined = _joined(joined, strings, most)
    return joined


def _joined(heads: frozenset[str], tails: frozenset[str], most: int) -> frozenset[str] | None:
    """Each of ``heads`` followed by each of ``tails``, or ``None`` when that makes more than ``most``."""
    if len(heads) * len(tails) > most:
        return None
    return frozenset(head + tail for head in heads for tail in tails)
