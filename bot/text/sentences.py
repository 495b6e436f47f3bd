"""Splitting paragraphs into sentences.

A boundary is terminal punctuation (optionally followed by a closing quote or bracket), then space,
then something that can start a sentence: a capital, a digit or an opening quote. Abbreviations
("Mr.", "Gov.", "U.S.", "a.m.", initials such as "J.") and decimals never end a sentence, and neither does
a quotation's own stop before the reporter's frame of it ("“Why not?” Reyes asked.": ``frame_follows``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from bot.rules.fragments import (
    CLOSING_DOUBLE_MARKS,
    MONTH_ABBREVIATIONS,
    QUOTATION_OPENS_AFTER,
    SENTENCE_BOUNDARY_P,
)
from bot.rules.kept import compiled_regex
from bot.rules.roles import DOTTED_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS
from bot.rules.speech import frame_follows


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BOUNDARY = compiled_regex(SENTENCE_BOUNDARY_P)

# Abbreviations that end with a period yet rarely end a sentence (titles, months, Latin, units).
_ABBREVIATIONS = _word_set("""
mr mrs ms dr prof fr st mt ft sr jr vs etc approx fig inc corp ltd co bros dept est
""") | frozenset(MONTH_ABBREVIATIONS) | TITLE_ABBREVIATIONS.keys()
_NUMBER_SIGNS = frozenset({"no", "nos"})
"""Abbreviations only before a number ("No. 1", "Nos. 4 and 5"): "The answer was no. His songs ..." ends there."""

# "U.S." or "a.m.": letters separated by periods; an initial "J." or a lone capital. Both are searched from
# the end of the text (``(?r)``), where every match of theirs ends: the first end tried decides, where a forward
# search tried each start in turn. A match exists either way, and the last word is the longest run of letters
# before the final stop either way (the forward search's leftmost start, the backward one's greedy run).
_DOTTED = compiled_regex(r"(?r)(?:\b\p{L}\.){2}$|(?<![\p{L}\d])\p{Lu}\.$")
_LAST_WORD = compiled_regex(r"(?r)(\p{L}+)\.$")


_TAIL = 20
"""Characters at the end of a sentence that decide whether it ends in an abbreviation: the last two dotted
letters or the last word (a word cut to 19 letters is no abbreviation either). Looking no further keeps a
paragraph of many abbreviations linear."""


def _ends_in_abbreviation(text: str, following: str) -> bool:
    """Whether ``text``, a sentence up to its stop, ends in dotted letters (``_DOTTED``) or an abbreviation;
    ``following`` is the character after the gap, which decides for a number sign (``_NUMBER_SIGNS``).

    Both ``_DOTTED``'s branches need a letter before the final stop, and a letter or stop before that one that
    is no letter: a text with no last word (no letter before the stop) ends in neither, and one whose last word
    is two letters or more is no dotted letters, so ``_DOTTED`` is searched only after a last word of one."""
    text = text[-_TAIL:]
    word = _LAST_WORD.search(text)
    if word is None:
        return False
    last = word.group(1)
    if len(last) == 1 and _DOTTED.search(text):
        # "U.S." at the very end of a sentence is ambiguous; a capital after it usually starts a name.
        return True
    last = last.casefold()
    if last in DOTTED_TITLE_ABBREVIATIONS:  # a title ("State Del. Ana Ruiz"), but a state after a comma ("Dover, Del.")
        return not text[:word.start()].rstrip().endswith(",")
    return last in _ABBREVIATIONS or (last in _NUMBER_SIGNS and following.isdigit())


def _framed(paragraph: str, gap: regex.Match[str]) -> bool:
    """The ``gap`` after a stop closes a quotation whose reporter's frame follows: no sentence ends there."""
    closing = gap.group()
    return any(mark in closing for mark in CLOSING_DOUBLE_MARKS) and frame_follows(paragraph, gap.end())


RUN_PARAGRAPHS = 1 << 17
"""Distinct paragraphs whose sentences are kept: those of a 4,000-article run (about 70,000). The cleaner
splits a line to find page furniture run into its end, and the summarizer splits the same paragraph
again, long after."""


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of ``paragraph`` in order, stripped; a paragraph with no boundary is one sentence."""
    return list(_sentences(paragraph))


@lru_cache(maxsize=RUN_PARAGRAPHS)
def _sentences(paragraph: str) -> tuple[str, ...]:
    out: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group().rstrip())
        # Only the sentence's end decides (``_TAIL``): a sentence that runs on past many stops (abbreviations,
        # quotations and their frames) is not copied again at each of them.
        head = paragraph[max(start, match.start() - _TAIL):match.start()]
        if _ends_in_abbreviation(head, paragraph[match.end():match.end() + 1]) or _framed(paragraph, match):
            continue
        out.append(paragraph[start:end].strip())
        start = match.end()
    out.append(paragraph[start:].strip())
    return tuple(s for s in out if s)


_STRAIGHT_OPENS = compiled_regex(rf'(?:^|(?<=[{QUOTATION_OPENS_AFTER}-]))"(?=\w)')
"""A straight double mark where a quotation opens: at the start, or after a space, a bracket or a dash, and
before a word. An inch mark ('6\u20193" tall') or a closing mark follows a word instead."""
_ENDS_QUOTED = compiled_regex(r'[.!?\u2026,]["\u201d]$')


def quotations_paired(text: str) -> str:
    """``text`` with the double quotations it leaves open closed at its end, or the one it closes at its end
    opened at its start.

    A sentence taken out of a quotation several sentences long opens a quotation that its next sentence closes,
    and that next sentence closes one it never opened; a line clipped inside a quotation leaves it open too.
    Shown alone, 'it is "not illegal in many cases.' reads 'it is "not illegal in many cases."', and 'Others
    must apply again."' reads '"Others must apply again."'. A curly quotation gets a curly mark, a straight one
    a straight mark. A straight mark that neither opens a quotation nor closes one at the end (an inch mark) is
    left alone, and so is a text whose marks pair up, or one mixing straight and curly marks ('“We will win," she
    said.'), whose pairs cannot be told."""
    if '"' in text and ("\u201c" in text or "\u201d" in text):
        return text
    if '"' in text:
        if text.count('"') % 2 == 0:
            return text
        last = text.rfind('"')
        if _STRAIGHT_OPENS.match(text, last):
            return text + '"'
        return '"' + text if text.count('"') == 1 and _ENDS_QUOTED.search(text) else text
    depth = unopened = 0
    for mark in filter("\u201c\u201d".__contains__, text):
        if mark == "\u201c":
            depth += 1
        elif depth:
            depth -= 1
        else:
            unopened += 1
    if depth:
        return text + "\u201d" * depth
    return "\u201c" + text if unopened == 1 and _ENDS_QUOTED.search(text) else text
