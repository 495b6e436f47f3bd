"""The pre-check words read from a pattern: every match contains one, so skipping a line without any
never changes an answer."""

from __future__ import annotations

import enum
import re

import pytest

from bot.rules import literals, table
from bot.rules.literals import LiteralIndex, anchored, folded, opening, required_literals
from bot.rules.table import rule


@pytest.mark.parametrize(("pattern", "expected"), [
    # A run of parts each matching one of a few plain strings ("\\b" and an optional "s" included) gives their
    # joined strings: every match holds one of them whole, and "cookie policy" is rarer than "cookie".
    (r"\bcookies? (?:policy|settings)\b|\bwe use cookies\b",
     ("cookie policy", "cookie settings", "cookies policy", "cookies settings", "we use cookies")),
    (r"\bfree (?:articles?|stories) remaining\b",
     ("free article remaining", "free articles remaining", "free stories remaining")),
    (r"(?:\bnot|n't|\bnever) be (?:fenced|shut)\b",
     ("n't be fenced", "n't be shut", "never be fenced", "never be shut", "not be fenced", "not be shut")),
    (r"^\S+(?: \S+){0,3} (?:says|said):$", (" said:", " says:")),  # a group, then a literal
    (r"(?:photo|image)s?\s*:", ("image", "photo")),
    (r"\[\s*\d+\s*\]", ("[",)),  # a mark prose seldom uses is worth a test on its own
])
def test_literals_every_match_needs(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(pattern, re.I) == expected


@pytest.mark.parametrize("pattern", [
    r"\bto\b|\bat\b",  # too short: in almost every line
    r"^(?:read more|see also)\s*:",  # anchored and failing fast: the search is cheaper than a test
    r"\d+ ?h",  # a class, then a short literal
    r"news|\d+ ?m",  # one branch without a literal: no requirement for the whole
])
def test_no_literals_where_none_is_needed_or_useful(pattern: str) -> None:
    assert required_literals(pattern, re.I) is None


def test_joined_strings_too_many_for_a_test_give_way_to_each_part() -> None:
    # 6 x 6 joined strings are more than ``MAX_LITERALS``: the run gives the strings of its parts instead.
    assert required_literals(r"\b(?:aa|bb|cc|dd|ee|ff)(?:gggg|hhhh|iiii|jjjj|kkkk|llll)\b", re.I) == (
        "gggg", "hhhh", "iiii", "jjjj", "kkkk", "llll")


def test_a_table_searching_for_its_words_at_once_keeps_more_joined_strings() -> None:
    # 2 x 2 x 5 joined strings and 15 more: past ``MAX_LITERALS`` in all, the branch whose joining added the
    # most gives its parts' strings instead ("sign", "log"); within ``INDEXED_LITERALS`` every branch keeps its.
    pattern = (r"\b(?:sign|log) (?:up|in) (?:to|for|here|now|free)\b"
               r"|\bcopy (?:link|url|this|page|story|text|code|file|address|all|image|photo|video|quote|table)\b")
    copied = ("copy address", "copy all", "copy code", "copy file", "copy image", "copy link", "copy page",
              "copy photo", "copy quote", "copy story", "copy table", "copy text", "copy this", "copy url",
              "copy video")
    assert required_literals(pattern, re.I) == (*copied, "log", "sign")
    wide = required_literals(pattern, re.I, table.INDEXED_LITERALS) or ()
    assert len(wide) == 35 and "sign up for" in wide and "log in now" in wide and set(copied) < set(wide)


def test_an_optional_part_is_never_required() -> None:
    assert required_literals(r"(?:breaking )?news\b", re.I) == ("news",)
    assert required_literals(r"^\W{0,3}(?:\S+\s+){0,12}(?:reproduction|copying)\b", re.I) == ("copying", "reproduction")


def test_folding_keeps_every_character_an_ascii_letter_matches() -> None:
    # Under IGNORECASE "i" also matches the Turkish capital and dotless i, "s" the long s, "k" the Kelvin sign.
    for text in ("\u0130nbox", "\u0131nbox", "\u017fubscribe", "\u212aeep", "SUBSCRIBE", "Stra\u00dfe sign"):
        for word in ("inbox", "subscribe", "keep", "sign"):
            if re.search(word, text, re.I):
                assert word in folded(text), (word, text)


def test_every_rule_example_passes_its_own_pre_check() -> None:
    for tab in table._TABLES:
        if not isinstance(tab, table.RuleTable):
            continue
        for r in tab.rules:
            if r.pattern is None:
                continue
            for needed in (required_literals(r.pattern.pattern, r.pattern.flags) or (), r.indexed_literals):
                for text in (*r.examples, *r.counter):
                    if needed and r.pattern.search(text):
                        assert any(w in folded(text) for w in needed), (tab.name, r.id, text)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"^(?:read more|see also)\s*:", True),
    (r"(?:^about (?:the )?author\b|^my name is\b)", True),  # every branch anchored
    (r"^[-*]*\s*more\b", True),  # marks of one character each, then a word
    (r"\bsaid\b", False),
    (r"^about\b|\bauthor\b", False),  # one branch searched through the text
    (r"^\W{0,3}(?:\S+\s+){0,12}reproduction\b", False),  # every word of the line is tried
])
def test_anchored_patterns_are_those_failing_fast_at_the_start(pattern: str, expected: bool) -> None:
    assert anchored(pattern, re.I) is expected


def test_an_anchored_rule_with_a_veto_answers_as_its_patterns_say() -> None:
    class Kind(enum.Enum):
        BIO = "bio"

    bio = rule("bio", Kind.BIO, r"^(?-i:[A-Z]\w+ [A-Z]\w+) is a (?:reporter|writer)\b", unless=r"\bsaid\b",
               examples=("Jane Roe is a reporter for the Post.",),
               counter=("Jane Roe is a reporter, her editor said.",))
    tab = table.RuleTable("test-bio", (bio,))
    try:
        for text in ("Jane Roe is a reporter for the Post.", "Jane Roe is a reporter, her editor said.",
                     "The editor said Jane Roe is a reporter.", "jane roe is a reporter."):
            hit, found = tab.first(text), bio.matched(text)
            assert (hit.match.span() if hit and hit.match else None) == \
                (found.span() if isinstance(found, re.Match) else None), text
        assert tab.problems() == []
    finally:
        table._TABLES.remove(tab)  # type: ignore[arg-type]


@pytest.mark.parametrize(("pattern", "flags", "opens", "never"), [
    (r"^(?:read more|see also)\s*:", re.I, "rRsS", "Tt(“1"),
    (r"^[-*]*\s*more\b", re.I, "-* mM", "Tt(“"),
    (r"^(?-i:[^a-z])\w", re.I, "A1(“", "az"),  # a case-sensitive negated class still opens with a capital
    (r"^(?i:by)\s+[A-Z]", 0, "bB", "Aa "),  # the case flag of the group the first character falls in
    (r"^(?:additional )?(?:reporting|writing) by\b", re.I, "aArRwW", "Tt"),  # an optional part, then the next
    (r"^k", re.I, "kK\u212a", "x"),  # every character "k" matches case-insensitively, the Kelvin sign too
    (r"^i", re.I, "iI\u0130\u0131", "x"),
    (r"^\d+\s*(?:min|hours?)\b", re.I, "019\u0663", "a (“"),  # a category: "\\d" takes other scripts' digits
])
def test_an_opening_admits_every_first_character_a_match_can_have(pattern: str, flags: int, opens: str,
                                                                   never: str) -> None:
    found = opening(pattern, flags)
    assert found is not None
    first = re.compile(found)
    for c in opens:
        assert first.fullmatch(c), c
        assert not re.match(pattern, c + "x" * 20, flags) or first.fullmatch(c)
    for c in never:
        assert not first.fullmatch(c), c


@pytest.mark.parametrize("pattern", [
    r"\bsaid\b",  # searched through the text
    r"^about\b|\bauthor\b",  # one branch is
    r"(?m)^about\b",  # "^" also after every line break
    r"^.*\bsaid\b",  # any character may come first
    r"^(?:about)?",  # may match nothing
])
def test_no_opening_where_a_match_may_start_anywhere_or_with_anything(pattern: str) -> None:
    assert opening(pattern, re.I) is None


def test_every_rule_opening_admits_the_first_character_of_every_match() -> None:
    """Sound by construction; checked here on every example and counter-example of every table, each also
    opened by marks, quotes and the characters case-insensitive matching treats specially."""
    for tab in table._TABLES:
        if not isinstance(tab, table.RuleTable):
            continue
        texts = [x for r in tab.rules for x in (*r.examples, *r.counter)]
        texts += [mark + x for x in texts for mark in ("► ", "(", "“", "\u0130", "\u212a", " ")]
        for r in tab.rules:
            if r.opening is not None and r.pattern is not None:
                for text in texts:
                    if r.pattern.search(text):
                        assert r.opening.fullmatch(text[0]), (tab.name, r.id, text)


def test_a_table_answers_as_asking_every_opening_does() -> None:
    """A table skips a rule whose opening refuses a text's first character: the answers are those of a table
    asking it anyway, on every table's examples and counter-examples and on them run together."""
    everything = [x for tab in table._TABLES if isinstance(tab, table.RuleTable)
                  for r in tab.rules for x in (*r.examples, *r.counter)]
    everything += [" ".join(everything[i:i + 3]) for i in range(0, len(everything), 3)]
    for tab in table._TABLES:
        if not isinstance(tab, table.RuleTable) or not tab._opened:
            continue
        with_openings = [_answers(tab, x) for x in everything]
        kept = tab.__dict__.pop("_asked_by_key")
        openings = {r.id: r.__dict__.pop("opening", None) for r in tab.rules}
        try:
            for r in tab.rules:
                r.__dict__["opening"] = None
            tab._asked_by_key = {}
            assert [_answers(tab, x) for x in everything] == with_openings, tab.name
        finally:
            tab._asked_by_key = kept
            for r in tab.rules:
                r.__dict__["opening"] = openings[r.id]


_WORDS = ("sign", "sign up", "signal", "up", "gn u", "aa", "aaa", "]", "\u00a9", "/ap", "photo", "photos", "to",
          " us at", "cookie ", "sign in", "  ", "with afp", "have a tip")


@pytest.mark.parametrize("text", [
    "sign up for our newsletter",  # "sign up" holds "sign", "gn u" and "up" at three other positions
    "the signal was lost",  # "signal" and its prefix "sign", not "sign up"
    "aaaa",  # overlapping repeats: every start position counts
    "[1] \u00a9 2024 reuters/ap photos",
    "nothing to see here",
    "",
    "email us at the desk",  # a word with spaces: its longest piece ("us") is in a token, the word in the text
    "email\tus at\u00a0the desk, sign\u00a0in",  # other white space: the pieces are there, the words are not
    "the cookie\njar",  # "cookie " needs the space
    "sign inside  the cookie box: us atoms",  # two spaces; every word with spaces, in other words
    " us at",
    "filed with afp, not with ap; have a tip? have a tipple",  # a function word's run is not the piece tested
])
def test_a_literal_index_finds_exactly_the_words_a_text_holds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert LiteralIndex(_WORDS).present(text) == {w for w in _WORDS if w in text}
    index = LiteralIndex(_WORDS)
    monkeypatch.setattr(literals, "KEPT_TOKENS", 1)  # past its bound the index searches each token anew
    assert [index.present(text), index.present(text)] == [{w for w in _WORDS if w in text}] * 2


def test_indexes_sharing_a_token_pass_each_find_exactly_their_own_words() -> None:
    """A pass shared by indexes of other words (added later too) and a text asked again, of either index."""
    shared = literals.TokenPass()
    first = LiteralIndex(_WORDS[::2], shared)
    texts = ["sign up for our newsletter", "email us at the desk", "filed with afp, not with ap", "", "aaaa"]
    asked = [first.counted(t) for t in texts]
    second = LiteralIndex([*_WORDS[1::2], "news"], shared)
    for index, words in ((first, _WORDS[::2]), (second, [*_WORDS[1::2], "news"]), (first, _WORDS[::2])):
        for text in texts:
            assert index.present(text) == {w for w in words if w in text}
            assert index.counted(text) == (frozenset(w for w in words if w in text), len(text.split()))
    assert asked == [(frozenset(w for w in _WORDS[::2] if w in t), len(t.split())) for t in texts]


def test_a_pass_told_the_words_to_come_searches_no_token_again_for_a_later_index() -> None:
    """The summarizer's table is first asked after the cleaner's has searched the page's tokens: a pass that knows
    its words from the start keeps the tokens searched, and the later index finds exactly its own words."""
    later = [*_WORDS[1::2], "news"]
    shared = literals.TokenPass(lambda: later)
    first = LiteralIndex(_WORDS[::2], shared)
    texts = ["sign up for our newsletter", "email us at the desk", "filed with afp, not with ap"]
    for text in texts:
        first.counted(text)
    searched = shared.tokens
    second = LiteralIndex(later, shared)
    assert [second.present(t) for t in texts] == [{w for w in later if w in t} for t in texts]
    assert shared.tokens is searched


def test_a_piece_is_a_longer_run_than_a_function_word_where_the_word_has_one() -> None:
    assert [literals._piece(w) for w in ("with afp", "have a tip", " us at", "sign up for", "  ")] == \
        ["afp", "tip", "us", "sign", ""]


def test_a_literal_index_agrees_with_one_test_per_word_on_every_table_example() -> None:
    for tab in table._TABLES:
        if not isinstance(tab, table.RuleTable):
            continue
        words = {w for r in tab.rules for w in r.literals}
        if not words:
            continue
        index = LiteralIndex(words)
        for text in (x for r in tab.rules for x in (*r.examples, *r.counter)):
            assert index.present(folded(text)) == {w for w in words if w in folded(text)}, (tab.name, text)


def test_an_indexed_table_answers_as_asking_every_rule_does() -> None:
    """The big tables look for their rules' words in one search and skip rules without them: the answers are
    those of the loop over every rule, on the tables' own examples and on text holding many of their words."""
    from bot.rules.clutter import CLUTTER
    from bot.rules.page_kinds import PAGE_SIGNS
    from bot.rules.restrictions import RULE_LANGUAGE

    indexed = [tab for tab in table._TABLES if isinstance(tab, table.RuleTable) and tab._index is not None]
    assert {CLUTTER.name, RULE_LANGUAGE.name, PAGE_SIGNS.name} <= {tab.name for tab in indexed}
    for tab in indexed:
        texts = [x for r in tab.rules for x in (*r.examples, *r.counter)]
        texts += [" ".join(texts[i:i + 8]) for i in range(0, len(texts), 8)]  # many words of many rules at once
        index = tab._index
        with_index = [_answers(tab, x) for x in texts]
        tab.__dict__["_index"] = None
        try:
            assert [_answers(tab, x) for x in texts] == with_index
        finally:
            tab.__dict__["_index"] = index


def _answers(tab: table.RuleTable[enum.Enum], text: str) -> tuple[object, ...]:
    """What a table says of ``text``: the rule ``first`` gives and every rule ``all`` gives, with the spans."""
    first = tab.first(text)
    return ((first.rule.id, first.match and first.match.span()) if first else None,
            [(h.rule.id, h.match and h.match.span()) for h in tab.all(text)])


def test_a_table_rules_out_only_texts_none_of_its_rules_matches() -> None:
    """``may_match`` is false only of a text lacking every word the rules need: never of a rule's example, and a
    table whose rules all need words rules out a text without any (a statement naming no place, for the places
    table), while a table with a rule needing none rules out nothing."""
    from bot.rules.claims import PLACES
    from bot.rules.clutter import CLUTTER

    for tab in table._TABLES:
        if isinstance(tab, table.RuleTable):
            for example in (x for r in tab.rules for x in r.examples):
                assert tab.may_match(example), (tab.name, example)
    assert all(r.literals for r in PLACES.rules)
    assert not PLACES.may_match("The minister spoke to reporters on Tuesday.")
    assert not all(r.literals for r in CLUTTER.rules)
    assert CLUTTER.may_match("The minister spoke to reporters on Tuesday.")
