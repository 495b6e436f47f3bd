"""Rules and rule tables: the one shape every piece of language knowledge in briefbot takes.

A ``Rule`` matches text by a compiled ``pattern`` (or a ``predicate``), optionally narrowed by ``also``
(patterns that must match too), ``unless`` (a pattern that vetoes), ``max_words`` and ``fragment_only``
(never a line that ends like a sentence). ``needs`` lists plain lowercase words one of which must occur
before the regex runs at all: a cheap pre-check that keeps rare rules from costing a search per line. A
rule without ``needs`` gets the same pre-check from its pattern when one exists (``bot.rules.literals``:
words every match contains), so an unanchored alternation costs a few substring tests on most lines. A table
whose rules need many such words finds them all in one search (``LiteralIndex``) and asks only the rules
needing no word and those whose words the line holds. A rule every match of which starts at the start of the text
(``^...``) is asked only of a text whose first character can open a match (``Rule.opening``), read from the
pattern the same way: "^(?:read more|watch)\\s*:" is never asked of a line opening with "T".

A ``RuleTable`` asks its rules in order under an ``Overlap`` policy, like spaCy's ``SpanRuler``: with
``FIRST`` the earliest matching rule answers (order is part of the table's meaning, so an example that an
earlier rule takes is reported as shadowed); with ``ALL`` every rule answers for itself.

A ``RewriteTable`` holds ``Rewrite`` rules whose examples are (before, after) pairs.

``problems()`` lists everything wrong with a table, each as one line naming the rule id, and reads examples and
counter-examples in the form the table is asked about texts in (``RuleTable.asked_as``: folded, for the restriction
tables):

- a duplicate id;
- an example the rule does not match, or (``FIRST``) that an earlier rule takes;
- a counter-example the rule matches;
- an example with an apostrophe the rule no longer matches once the apostrophe is curly ("don’t"), where the table
  is asked about text as printed;
- an empty alternative (``a||b``, ``(|a)``) or a pattern that matches the empty string;
- a ``needs`` pre-check or an opening that would skip one of the rule's own examples;
- a rule with no example at all.
"""

from __future__ import annotations

import enum
import functools
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

from bot.rules.fragments import ends_like_sentence
from bot.rules.kept import compiled
from bot.rules.literals import LiteralIndex, TokenPass, anchored, folded, opening, required_literals

K = TypeVar("K", bound=enum.Enum)

_EMPTY_ALTERNATIVE = re.compile(r"(?<!\\)\(\?:\||(?<!\\)\(\||(?<![\\(])\|\||(?<!\\)\|\)|^\||(?<!\\)\|$")
_TABLES: list[RuleTable[enum.Enum] | RewriteTable] = []
INDEXED_WORDS = 64
"""A table whose rules need this many pre-check words in all (``Rule.literals``) looks for them in one search and
asks only the rules whose words a line holds. Testing a rule's words one by one costs an ``in`` test through the
line per word until one is found, and most lines hold none: the tests cost in proportion to the words, where the
search costs about the same on every line whatever their number (a split and a look-up per token). So the words
decide, not the rules: page-signs has 4 rules needing 91 words, asked of all 18,772 lines of the 1,000-article
bench feed. Timed by callgrind on the texts each table is asked about in that feed, indexed against not: the
clutter table (35 rules, 412 words) and the rule-language table (37, 233) were indexed from the first (-15 to -37%
in CPU time); page-signs -14% (91 words, -257 M instructions); "not a claim" +4% (61 words: each text holds the
marked number's bracket, a word of three rules); money things -60% of a small cost (45 words, -23 M)."""
INDEXED_CHARS = 4096
"""A longer text (a page run together on one line) has its rules' words tested one by one: each test stops at
the word's first occurrence, where the search lists every occurrence (a 4.6 MB line of such words: 0.05 s by
the tests, 0.75 s by the search)."""
INDEXED_LITERALS = 128
"""How many strings a rule's pre-check may hold in a table that looks for its rules' words in one search
(``Rule.indexed_literals``): there a word costs no test of its own, so a rule keeps its runs' longer, rarer
joined strings where ``MAX_LITERALS`` gives way to their parts ("sign up for" ... "sign in now", not "sign ";
"with afp" ... "with reuters", not "with "). Of the 25,357 sentences the summarizer asks the clutter table
about in the 1,000-article bench feed, credit-line's pre-check passes 1,361 (was 4,160), tip-line's none
(was 419), paywall-notice's 22 (was 376)."""


def _indexed_words() -> Iterator[str]:
    """The words of every table made so far that looks for its rules' words in one search (``_index``)."""
    for t in _TABLES:
        if isinstance(t, RuleTable) and t._index_words is not None:
            yield from t._index_words


_TOKEN_PASS = TokenPass(_indexed_words)
"""The token search every indexed table shares (``LiteralIndex``): the tables are asked about the same texts."""
_KEPT_ASKED = 16384
"""Pairs of a set of pre-check words and a first character a table keeps the rules to ask for (a line holds
few of its words: the 1,000-article bench feed's 34,000 lines meet some 6,000 pairs)."""


_Step = tuple["Rule[K]", int | None, tuple[str, ...], Callable[[str], object]]
"""A rule as a table asks it: the rule, its ``max_words``, the pre-check words left to test, its matcher."""


class Overlap(enum.Enum):
    """How a table answers when several rules match the same text."""

    FIRST = "first"  # table order decides: the earliest matching rule answers
    ALL = "all"  # every matching rule answers


@dataclass(frozen=True)
class Rule(Generic[K]):
    """One piece of language knowledge: what it matches, what it means (``kind``) and proof (examples)."""

    id: str
    kind: K
    pattern: re.Pattern[str] | None = None
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    predicate: Callable[[str], bool] | None = None
    also: tuple[re.Pattern[str], ...] = ()
    unless: re.Pattern[str] | None = None
    max_words: int | None = None
    fragment_only: bool = False
    needs: tuple[str, ...] = ()

    @cached_property
    def literals(self) -> tuple[str, ...]:
        """The pre-check: ``needs``, or else words every match of ``pattern`` contains (see ``literals``)."""
        if self.needs:
            return self.needs
        if self.pattern is None:
            return ()
        return required_literals(self.pattern.pattern, self.pattern.flags) or ()

    @cached_property
    def indexed_literals(self) -> tuple[str, ...]:
        """The pre-check in a table that finds its rules' words in one search (``RuleTable._index``): ``needs``,
        or else words every match of ``pattern`` contains, up to ``INDEXED_LITERALS`` of them."""
        if self.needs or self.pattern is None:
            return self.literals
        return required_literals(self.pattern.pattern, self.pattern.flags, INDEXED_LITERALS) or ()

    @cached_property
    def opening(self) -> re.Pattern[str] | None:
        """What the first character of a text the rule matches must match, when every match starts at the
        start of the text (``bot.rules.literals.opening``); ``None``: any character."""
        if self.pattern is None:
            return None
        found = opening(self.pattern.pattern, self.pattern.flags)
        return compiled(found) if found is not None else None

    def search(self, text: str, words: int | None = None, folded_text: str | None = None
               ) -> re.Match[str] | bool | None:
        """The match in ``text`` (``True`` for a predicate rule), or ``None``.

        ``words`` may be given when the caller already counted ``text.split()``, ``folded_text`` when it
        already computed ``folded(text)``."""
        if self.max_words is not None:
            if words is None:
                words = len(text.split())
            if words > self.max_words:
                return None
        literals = self.literals
        if literals:
            if folded_text is None:
                folded_text = folded(text)
            for word in literals:  # a plain loop: this test runs for every rule on every line
                if word in folded_text:
                    break
            else:
                return None
        return self.matched(text)

    def matched(self, text: str, ends: bool | None = None) -> re.Match[str] | bool | None:
        """``search`` past the pre-checks (``max_words`` and the literals): what the rule's patterns say.
        ``ends`` (``ends_like_sentence(text)``) may be given when the caller already knows it of ``text``."""
        if self.fragment_only:
            if ends is None:
                ends = ends_like_sentence(text)
            if ends:
                return None
        if self.unless is not None and self.unless.search(text):
            return None
        if self.also and any(not p.search(text) for p in self.also):
            return None
        if self.pattern is not None:
            return self.pattern.search(text)
        return True if self.predicate is not None and self.predicate(text) else None


def rule(id: str, kind: K, pattern: str | None = None, *, examples: tuple[str, ...] | list[str] = (),
         counter: tuple[str, ...] | list[str] = (), flags: int = re.IGNORECASE,
         predicate: Callable[[str], bool] | None = None, also: tuple[str, ...] = (), unless: str | None = None,
         max_words: int | None = None, fragment_only: bool = False, needs: tuple[str, ...] = ()) -> Rule[K]:
    """A ``Rule`` with its patterns compiled (case-insensitive unless ``flags`` says otherwise; the compiler's
    output is kept between runs, ``bot.rules.kept``)."""
    return Rule(id, kind, compiled(pattern, flags) if pattern is not None else None, tuple(examples),
                tuple(counter), predicate, tuple(compiled(a, flags) for a in also),
                compiled(unless, flags) if unless is not None else None, max_words, fragment_only, needs)


@dataclass(frozen=True)
class Hit(Generic[K]):
    """A rule that matched, and where (``match`` is ``None`` for a predicate rule)."""

    rule: Rule[K]
    match: re.Match[str] | None

    @property
    def kind(self) -> K:
        return self.rule.kind


@dataclass
class RuleTable(Generic[K]):
    """Rules asked in order under an overlap policy; registered so one test checks every table."""

    name: str
    rules: tuple[Rule[K], ...]
    overlap: Overlap = Overlap.FIRST
    asked_as: str | None = None
    """The function (its dotted name) that prepares every text the table is asked about, where the callers prepare it
    ("bot.summary.normalization.fold": lower case, straight quotes, no inner hyphens): its examples and
    counter-examples are checked in that form, the only one the rules ever see. Named, not imported: the preparing
    module may itself read the tables."""
    _ids: dict[str, Rule[K]] = field(init=False, repr=False)
    _counts_words: bool = field(init=False, repr=False)
    _asked_by_key: dict[tuple[frozenset[str] | None, str], tuple[_Step[K], ...]] = field(
        init=False, repr=False, default_factory=dict)
    _opened_by_first: dict[str, frozenset[int]] = field(init=False, repr=False, default_factory=dict)
    """The places in ``_plan`` of the rules whose opening admits a first character: what ``_asked`` filters."""

    def __post_init__(self) -> None:
        self._ids = {r.id: r for r in self.rules}
        self._counts_words = any(r.max_words is not None for r in self.rules)  # then count once, not per rule
        _TABLES.append(self)  # type: ignore[arg-type]  # the registry holds tables of every kind enum

    def __iter__(self) -> Iterator[Rule[K]]:
        return iter(self.rules)

    def __getitem__(self, id: str) -> Rule[K]:
        return self._ids[id]

    def first(self, text: str, words: int | None = None) -> Hit[K] | None:
        """The first rule in table order that matches ``text``."""
        for hit in self._hits(text, words):
            return hit
        return None

    def all(self, text: str, words: int | None = None) -> list[Hit[K]]:
        """Every rule that matches ``text``, in table order."""
        return list(self._hits(text, words))

    def _hits(self, text: str, words: int | None) -> Iterator[Hit[K]]:
        """``Rule.search`` of every rule in order, its pre-checks inlined: a table asks every rule of every
        line, so the per-rule cost is mostly these tests, and most lines fail them."""
        folded_text = folded(text)
        present = None  # the rules' words the text holds, when the table looks for them in one search
        if self._index is not None and len(folded_text) <= INDEXED_CHARS:
            # ``folded`` maps each character on its own, a white-space one to white space only and any other
            # to characters none of which is: the folded text has as many words as the text.
            present, tokens = self._index.counted(folded_text)
            if words is None:
                words = tokens
        elif words is None and self._counts_words:
            words = len(text.split())
        ends: bool | None = None  # whether the text ends like a sentence: asked once, for the first fragment rule
        for r, most, literals, matched in self._asked(present, text[:1]):
            if most is not None and words is not None and words > most:
                continue
            if literals:
                for word in literals:
                    if word in folded_text:
                        break
                else:
                    continue
            if r.fragment_only:
                if ends is None:
                    ends = ends_like_sentence(text)
                found: object = r.matched(text, ends)
            else:
                found = matched(text)
            if found:
                yield Hit(r, found if isinstance(found, re.Match) else None)

    def _asked(self, present: frozenset[str] | None, first: str) -> tuple[_Step[K], ...]:
        """The rules to ask of a text, in order, each with the pre-checks left to make: the rules whose
        opening (``Rule.opening``) admits the text's ``first`` character, and of those, when the table looks for
        its rules' words in one search (``_index``), the rules needing no word and those whose words the text
        holds (``present``, found for a text up to ``INDEXED_CHARS``). The same words found and the same first
        character mean the same rules: kept per pair. A pair not met before (one in eight of the clutter table's
        texts on the 1,000-article bench feed) is answered by set operations on the rules' places in ``_plan``,
        not by testing every rule's words against the words found."""
        if present is None and not self._opened:
            return self._plan
        if not self._opened:
            first = ""  # no rule asks it: one entry per set of words
        key = (present, first)
        asked = self._asked_by_key.get(key)
        if asked is None:
            opened = self._opened_by_first.get(first)
            if opened is None:  # a few dozen first characters, where the pairs run to thousands
                opened = frozenset(i for i, (r, *_) in enumerate(self._plan)
                                   if not first or r.opening is None or r.opening.fullmatch(first))
                if len(self._opened_by_first) < _KEPT_ASKED:
                    self._opened_by_first[first] = opened
            if present is None:
                asked = tuple(map(self._plan.__getitem__, sorted(opened)))
            else:  # the rules needing no word and those needing one found, by set operations on their places
                wanted = opened.intersection(self._needing_none.union(*map(self._needing.__getitem__, present)))
                asked = tuple(map(self._checked.__getitem__, sorted(wanted)))
            if len(self._asked_by_key) < _KEPT_ASKED:
                self._asked_by_key[key] = asked
        return asked

    @cached_property
    def _opened(self) -> bool:
        """Whether a rule has an opening (``Rule.opening``): then the first character is part of the key."""
        return any(r.opening is not None for r in self.rules)

    @cached_property
    def _plan(self) -> tuple[_Step[K], ...]:
        """Each rule with its pre-checks and what ``Rule.matched`` comes down to: for a rule that is only a
        pattern, the pattern's own search (a call less per rule and line; most rules are only a pattern). The
        words are those the table's one search looks for (``Rule.indexed_literals``) when it has one."""
        return tuple((r, r.max_words, r.indexed_literals if self._index is not None else r.literals, _matcher(r))
                     for r in self.rules)

    @cached_property
    def _checked(self) -> tuple[_Step[K], ...]:
        """``_plan`` with no pre-check words left to test: the steps of a text whose words the index found."""
        return tuple((r, most, (), matched) for r, most, _, matched in self._plan)

    @cached_property
    def _needing_none(self) -> frozenset[int]:
        """The places in ``_plan`` of the rules that need no word: asked whatever words a text holds."""
        return frozenset(i for i, (_, _, literals, _) in enumerate(self._plan) if not literals)

    @cached_property
    def _needing(self) -> dict[str, frozenset[int]]:
        """Each word the index looks for, with the places in ``_plan`` of the rules needing it."""
        places: dict[str, set[int]] = {}
        for i, (_, _, literals, _) in enumerate(self._plan):
            for word in literals:
                places.setdefault(word, set()).add(i)
        return {word: frozenset(found) for word, found in places.items()}

    @cached_property
    def _index(self) -> LiteralIndex | None:
        """All the rules' pre-check words found by one search (``LiteralIndex``), when the rules need so many
        words (``INDEXED_WORDS``) that the search and asking only the rules it leaves cost less than a loop over
        every rule testing its words one by one."""
        words = self._index_words
        return LiteralIndex(words, _TOKEN_PASS) if words is not None else None

    @cached_property
    def _index_words(self) -> frozenset[str] | None:
        """The words ``_index`` looks for, or ``None`` when the rules need too few for an index."""
        if sum(len(r.literals) for r in self.rules) < INDEXED_WORDS:
            return None
        return frozenset(word for r in self.rules for word in r.indexed_literals)

    def matches(self, text: str, words: int | None = None) -> bool:
        return self.first(text, words) is not None

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds a word one of the rules needs (``Rule.literals``), or a rule needs none: a
        text for which this is false matches no rule. A caller asking a small table of many texts, most of
        which it cannot match, tests this first: one pass of ``in`` tests costs less than asking the table."""
        return self.may_match_folded(folded(text))

    def may_match_folded(self, folded_text: str) -> bool:
        """``may_match`` of a text the caller already folded (``folded_text``, what ``folded`` gives): a caller
        asking several tables about one text folds it once."""
        needed = self._needed  # in-tests run by C code: an alternation of the words cost more
        return needed is None or any(map(folded_text.__contains__, needed))

    @cached_property
    def _needed(self) -> tuple[str, ...] | None:
        """Every word the rules need, or ``None`` when one of them needs none."""
        needed = [r.literals for r in self.rules]
        return tuple(sorted({w for words in needed for w in words})) if all(needed) else None

    def problems(self) -> list[str]:
        """Everything wrong with this table, one line each (empty when the table is sound)."""
        found = _id_problems(self.name, [r.id for r in self.rules])
        prepare = self._preparing()
        for index, r in enumerate(self.rules):
            where = f"{self.name}:{r.id}"
            found += _pattern_problems(where, [p for p in (r.pattern, *r.also, r.unless) if p is not None])
            if not r.examples:
                found.append(f"{where}: no example")
            for example in map(prepare, r.examples):
                if self.asked_as is None and r.search(example) and (curly := _curly(example)) != example \
                        and not r.search(curly):
                    found.append(f"{where}: does not match its example with a curly apostrophe {curly!r}")
                if r.opening is not None and example and not r.opening.fullmatch(example[0]):
                    found.append(f"{where}: its opening {r.opening.pattern!r} skips its own example {example!r}")
                elif not r.search(example):
                    if r.needs and not any(w in folded(example) for w in r.needs):
                        found.append(f"{where}: pre-check {r.needs} skips its own example {example!r}")
                    else:
                        found.append(f"{where}: does not match its example {example!r}")
                elif self.overlap is Overlap.FIRST:
                    taker = self.first(example)
                    if taker is not None and taker.rule is not r and self.rules.index(taker.rule) < index:
                        found.append(f"{where}: example {example!r} is taken by the earlier rule {taker.rule.id}")
            found += [f"{where}: matches its counter-example {c!r}" for c in map(prepare, r.counter) if r.search(c)]
        return found

    def _preparing(self) -> Callable[[str], str]:
        """The function named by ``asked_as``, or one leaving a text as it is."""
        if self.asked_as is None:
            return str
        module, _, name = self.asked_as.rpartition(".")
        prepare: Callable[[str], str] = getattr(importlib.import_module(module), name)
        return prepare


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def _curly(text: str) -> str:
    """``text`` with its apostrophes printed as most news prints them, curly ("don’t", "Editor’s")."""
    return _APOSTROPHE.sub("\u2019", text)


def _matcher(r: Rule[K]) -> Callable[[str], object]:
    if r.pattern is None or r.fragment_only or r.also or r.predicate is not None:
        return r.matched
    if r.unless is None:
        return r.pattern.search
    if anchored(r.pattern.pattern, r.pattern.flags):
        # The veto is searched through the whole text; a pattern anchored at the start fails at once on most.
        return functools.partial(_unless_after, r.pattern.search, r.unless.search)
    return r.matched


def _unless_after(search: Callable[[str], re.Match[str] | None], veto: Callable[[str], object],
                  text: str) -> re.Match[str] | None:
    """``Rule.matched`` of a rule with a pattern and a veto, the pattern asked first."""
    found = search(text)
    return None if found is None or veto(text) else found


@dataclass(frozen=True)
class Rewrite:
    """A rewrite of text: ``pattern`` replaced by ``replacement``; examples are (before, after) pairs."""

    id: str
    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str]
    examples: tuple[tuple[str, str], ...] = ()
    counter: tuple[str, ...] = ()
    count: int = 0  # as in re.sub: 0 replaces every occurrence

    def apply(self, text: str) -> str:
        return self.pattern.sub(self.replacement, text, count=self.count)


@dataclass
class RewriteTable:
    """Rewrites applied one after another, in order; registered so one test checks every table."""

    name: str
    rewrites: tuple[Rewrite, ...]

    def __post_init__(self) -> None:
        _TABLES.append(self)

    def __iter__(self) -> Iterator[Rewrite]:
        return iter(self.rewrites)

    def __getitem__(self, id: str) -> Rewrite:
        return next(r for r in self.rewrites if r.id == id)

    def apply(self, text: str) -> str:
        for r in self.rewrites:
            text = r.apply(text)
        return text

    def problems(self) -> list[str]:
        found = _id_problems(self.name, [r.id for r in self.rewrites])
        for r in self.rewrites:
            where = f"{self.name}:{r.id}"
            found += _pattern_problems(where, [r.pattern])
            if not r.examples:
                found.append(f"{where}: no example")
            for before, after in r.examples:
                if (got := r.apply(before)) != after:
                    found.append(f"{where}: rewrites {before!r} to {got!r}, not {after!r}")
            found += [f"{where}: changes its counter-example {c!r}" for c in r.counter if r.apply(c) != c]
        return found


def _id_problems(table: str, ids: list[str]) -> list[str]:
    seen: set[str] = set()
    found = []
    for id in ids:
        if id in seen:
            found.append(f"{table}:{id}: duplicate id")
        seen.add(id)
    return found


def _pattern_problems(where: str, patterns: list[re.Pattern[str]]) -> list[str]:
    found = []
    for p in patterns:
        if _EMPTY_ALTERNATIVE.search(p.pattern):
            found.append(f"{where}: empty alternative in {p.pattern[:60]!r}")
        elif p.search("") is not None:
            found.append(f"{where}: pattern matches the empty string")
    return found


def all_tables() -> list[RuleTable[enum.Enum] | RewriteTable]:
    """Every table built so far (import the modules that define tables first)."""
    return list(_TABLES)
