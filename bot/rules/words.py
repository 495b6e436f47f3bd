"""Function words: the two stopword lists (stories and statements) side by side, and the calendar words.

Two lists on purpose, because the two comparisons ask different questions:

- ``TOPIC_STOPWORDS`` (``bot.stories``): are two *articles* about the same story? Words every article
  has whatever its story are noise there: dates and times ("Monday", "March", "week"), reporting words
  ("said", "according", "told"), "news", "percent". Small numerals stay: "two" or "one" may be dropped,
  but figures are kept as terms.
- ``STATEMENT_STOPWORDS`` (``bot.summary``): are two *sentences* one statement, or how much do they
  share? A date is a fact two copies must agree on, so months and weekdays stay content; speech verbs
  ("said", "added") and small numerals ("one", "two", "three": the figure itself is compared as a
  fact) go.

The tokenisers differ for the same reason: ``bot.stories.profile`` keeps a word's inner apostrophes,
dots and hyphens and folds possessives and plurals (topic terms), ``bot.summary.normalization`` folds
diacritics, quotes, hyphens and contractions first and keeps a number's separators ("61,500").
"""

from __future__ import annotations

from bot.rules.fragments import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: lists stay readable as prose."""
    return frozenset(text.split())


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "dozen": 12, "hundred": 100,
}
"""Numbers written as words, with their values: the summarizer's figures and the claim rules' tallies and terms."""

RELATIVE_DAYS = ("today", "tonight", "yesterday", "tomorrow")
CALENDAR = frozenset((*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES, *RELATIVE_DAYS))
"""Words that name a day or a month."""
HOLIDAYS = frozenset(("christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "diwali", "passover",
                      "pentecost", "new year", "new year's eve", "new year's day", "lunar new year", "chinese new year",
                      "christmas eve", "christmas day", "boxing day", "good friday", "black friday", "cyber monday",
                      "yom kippur", "rosh hashanah", "independence day", "memorial day", "labor day", "labour day",
                      "veterans day", "valentine's day", "mother's day", "father's day", "election day"))
"""Feasts and holidays, as a whole name: alone, a time ("Last Thanksgiving, she wrote", "on New Year's Eve"), never an
actor or someone who speaks. Not calendar words: "300 Christmas trees" counts trees, and "Omar Ramadan" or "Ana Day"
are names, which are never the whole of one."""

TOPIC_STOPWORDS = word_set("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even few for from further had has have
having he her here hers herself him himself his how however i if in into is it its itself just last like
made make many may me might more most much must my myself new news no nor not now of off on once one only
or other our ours ourselves out over own said same say says she should since so some still such than that
the their theirs them themselves then there these they this those through to too two under until up upon
us very via was we were what when where which while who whom why will with would year years yet you your
yours yourself yourselves according told mr mrs ms per cent percent week weeks day days time times
""") | frozenset(WEEKDAY_NAMES) | frozenset(RELATIVE_DAYS) | frozenset(MONTH_NAMES)

STATEMENT_STOPWORDS = word_set("""
a an the and or but if of to in on at by for with from as into onto than that this these those it
its is are was were be been being has have had do does did will would shall should can could may
might must he she they we you i his her their our your them him us me my who whom whose which what
when where why how there here also not no so such said says told added just about over after before
up down out more most some any all each both other very new one two three s
""")


IRREGULAR_PAST = word_set("""
met saw told beat led sent took gave made won lost left brought thought sought caught taught fought bought held kept
let put set hit ran became came went got found chose drove wrote spoke broke threw knew heard paid meant felt shot
struck stood sat spent sold built hid rode rose shook stole swore tore woke wore dealt fled fed bent lent split
spread quit cut cast hurt forgave overtook overthrew underwent withdrew upheld swept slept wept shut began grew
drew fell flew froze sank burst bid dug hung stuck
""")
"""English verbs whose past tense ends in no -ed: after a name and before a title they are the name's verb ("Ana
Ruiz met President Tom Reyes"), where a word in -ed is told by its ending."""


def is_past_form(word: str) -> bool:
    """A lower-case word is a verb's past form: an irregular past ("struck") or a word in -ed that is no -eed
    ("collapsed", not "need")."""
    return word in IRREGULAR_PAST or (word.endswith("ed") and not word.endswith("eed"))
