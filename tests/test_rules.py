"""Every rule table is sound (``problems()`` empty), and the checks themselves catch what they promise."""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Iterator, Sequence

import pytest

import bot
from bot.rules import Overlap, Rewrite, RewriteTable, RuleTable, all_tables, rule
from bot.rules.table import _TABLES


def _import_everything() -> None:
    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if module.name != "bot.__main__":  # that one runs the command line
            importlib.import_module(module.name)


def test_every_rule_table_is_sound() -> None:
    _import_everything()
    tables = all_tables()
    assert "clutter" in {table.name for table in tables}  # the walk found the tables
    problems = [p for table in tables for p in table.problems()]
    assert problems == []


class Kind(enum.Enum):
    SIGN_UP = "sign-up prompt"
    COMMENTS = "comment section"


@pytest.fixture
def scratch() -> Iterator[Sequence[object]]:
    """Tables built by a test are taken out of the registry again."""
    before = len(_TABLES)
    yield _TABLES
    del _TABLES[before:]


def test_an_example_taken_by_an_earlier_rule_is_reported_as_shadowed(scratch: list[object]) -> None:
    table = RuleTable("t", (
        rule("sign-in", Kind.SIGN_UP, r"^sign in to (?:comment|read)", examples=("Sign in to read",)),
        rule("comments", Kind.COMMENTS, r"^sign in to comment", examples=("Sign in to comment",)),
    ))
    assert table.first("Sign in to comment") is not None
    assert table.first("Sign in to comment").kind is Kind.SIGN_UP  # type: ignore[union-attr]
    assert table.problems() == ["t:comments: example 'Sign in to comment' is taken by the earlier rule sign-in"]
    assert RuleTable("u", table.rules, Overlap.ALL).problems() == []


def test_counter_examples_missing_examples_duplicates_and_empty_alternatives_are_reported(
        scratch: list[object]) -> None:
    table = RuleTable("t", (
        rule("a", Kind.SIGN_UP, r"subscribe (?:now|)", examples=("Subscribe now",), counter=("subscribe to this",)),
        rule("a", Kind.SIGN_UP, r"newsletter", examples=("our weekly digest",)),
        rule("b", Kind.SIGN_UP, r"x?", examples=("x",)),
        rule("c", Kind.SIGN_UP, r"inbox", needs=("mail",), examples=("In your inbox",)),
        rule("d", Kind.SIGN_UP, r"digest"),
    ))
    problems = table.problems()
    assert "t:a: duplicate id" in problems
    assert any(p.startswith("t:a: empty alternative") for p in problems)
    assert "t:a: matches its counter-example 'subscribe to this'" in problems
    assert "t:a: does not match its example 'our weekly digest'" in problems
    assert "t:b: pattern matches the empty string" in problems
    assert "t:c: pre-check ('mail',) skips its own example 'In your inbox'" in problems
    assert "t:d: no example" in problems


def test_a_table_asked_about_folded_text_checks_its_examples_folded(scratch: list[object]) -> None:
    rules = (rule("hurt", Kind.SIGN_UP, r"\bnon-life-threatening\b", examples=("non-life-threatening injuries",),
                  counter=("a life-threatening wound",)),
             rule("clear", Kind.COMMENTS, r"\bclear\b", examples=("given the all-clear",), counter=("all-clear",)))
    assert RuleTable("raw", rules).problems() == ["raw:clear: matches its counter-example 'all-clear'"]
    assert RuleTable("folded", rules, asked_as="bot.summary.normalization.fold").problems() == [
        "folded:hurt: does not match its example 'nonlifethreatening injuries'",
        "folded:clear: does not match its example 'given the allclear'"]


def test_an_example_with_an_apostrophe_must_match_it_curly_too(scratch: list[object]) -> None:
    rules = (rule("miss", Kind.SIGN_UP, r"^don'?t miss\b", examples=("Don't miss: the ferry timetable",)),
             rule("picks", Kind.COMMENTS, r"^editor['’]?s picks\b", examples=("Editor's picks",)))
    assert RuleTable("t", rules).problems() == [
        "t:miss: does not match its example with a curly apostrophe 'Don\u2019t miss: the ferry timetable'"]
    folded = RuleTable("folded", rules, asked_as="bot.summary.normalization.fold").problems()
    assert not [p for p in folded if "curly" in p]  # folding straightens every apostrophe the table is asked about


def test_rewrites_are_checked_as_before_after_pairs(scratch: list[object]) -> None:
    import re

    good = Rewrite("said-that", re.compile(r"^(\w+) said that "), r"\1: ",
                   examples=(("Lee said that rain fell", "Lee: rain fell"),), counter=("rain fell, Lee said",))
    bad = Rewrite("drop-so", re.compile(r"so"), "", examples=(("so it goes", "it goes"),), counter=("also",))
    table = RewriteTable("r", (good, bad))
    assert table.apply("Lee said that so it goes") == "Lee:  it goes"
    assert table.problems() == ["r:drop-so: rewrites 'so it goes' to ' it goes', not 'it goes'",
                                "r:drop-so: changes its counter-example 'also'"]


def test_an_alternation_shares_its_neighbours_opening_test_and_matches_as_written() -> None:
    """``any_of`` writes ``(?:\\bfree|\\bdonate|^join)`` as ``(?:\\b(?:free|donate)|^join)``; a part that is itself
    an alternation, or that opens with an escaped backslash, is left as it is; the matches stay the same."""
    import re

    from bot.rules.fragments import any_of

    parts = (r"\bfree (?:trial|reads?)\b", r"\bdonate\b", r"^join (?:us|now)", r"^sign up", r"^x|y\b",
             r"\bleft|right", r"\\b ", r"\bsub[|(]scribe", r"plain")
    assert any_of(*parts) == (r"(?:\b(?:free (?:trial|reads?)\b|donate\b)|^(?:join (?:us|now)|sign up)|^x|y\b|"
                              r"\bleft|right|\\b |\bsub[|(]scribe|plain)")
    written, shared = re.compile("(?:" + "|".join(parts) + ")"), re.compile(any_of(*parts))
    for text in ("Join us today", "a freedonate y", "to the right", "read free reads here", r"a \b z", "sub|scribe",
                 "Sign up now or donate", "many plain words", "xylophone"):
        found, plain = shared.search(text), written.search(text)
        assert (found and found.span()) == (plain and plain.span()), text


def test_ends_like_sentence_answers_the_sentence_end_pattern() -> None:
    """``ends_like_sentence`` reads from the end what ``SENTENCE_END`` is searched for: the mark strings it strips
    and ends with are what ``CLOSING`` and ``TERMINAL`` match, and it answers as the pattern does."""
    import random
    import re

    from bot.rules.fragments import CLOSING, CLOSING_MARKS, SENTENCE_END, TERMINAL, TERMINAL_MARKS, ends_like_sentence

    for marks, pattern in ((CLOSING_MARKS, CLOSING), (TERMINAL_MARKS, TERMINAL)):
        matched = re.compile(pattern)
        assert [chr(c) for c in range(0x10000) if matched.fullmatch(chr(c))] == sorted(marks)
    end = re.compile(SENTENCE_END)
    pieces = [*CLOSING_MARKS, *TERMINAL_MARKS, " ", "\t", "\n", "\u00a0", "\u2003", "a", "Z", "(", "\u201c", ".."]
    choose = random.Random(7).choice
    for text in ["", "It rained.", "Why?\u201d \n", "And then\u2026", "He left. \"", *(
            "".join(choose(pieces) for _ in range(n % 9)) for n in range(20000))]:
        assert ends_like_sentence(text) == (end.search(text) is not None), repr(text)
