"""Conflicts: the same quantity given differently by different sources, and names spelt two ways.

A quantity is a number with what it counts: a measure named near it (deaths, injured, missing,
homeless, magnitude) or the noun after it ("12,400 kettles", "20 tonnes of grain").
Dates, times, years, distances, ages and comparisons ("stronger than category 2", "16 more") are
not claims (``bot.rules.claims.NOT_A_CLAIM``). An amount of money is a claim when what it is the amount
of stands beside it ("a $90 billion offer": ``MONEY_THINGS``); amounts of one kind split into runs of
close values, each one quantity. Values of one quantity conflict when the sources carrying them differ:
each source stands by one value, a lower bound met by a value just above it and a rounding agree, and a
first name misspelt by one letter is not a second name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import NamedTuple, TypeVar

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot.model import Conflict, Item
from bot.rules.claims import (
    ABOARD,
    AGES_AFTER_NAME,
    CHANCES,
    CLAUSE_BREAK,
    CURRENCY_MARKS,
    CURRENCY_WORDS,
    DAYS_OF,
    FRACTION_COUNTS,
    FRACTIONS,
    MONEY_SCALES,
    MONEY_THINGS,
    NOT_A_CLAIM,
    PLACE_KIND,
    PLACES,
    PRISON_TERMS,
    SHARES,
    SHORT_CLAUSE,
    SPANS,
    STAGES,
    TALLIES,
    WON,
    Money,
    NotAClaim,
    Tally,
    clause_around,
    mark,
    record_years,
)
from bot.rules.fragments import LAST_PERIOD, MONTH, MONTH_NAMES, WEEKDAY_NAMES, YEAR
from bot.rules.kept import compiled, compiled_regex
from bot.rules.literals import folded
from bot.rules.places import is_country, is_demonym
from bot.rules.roles import RELATIVES
from bot.rules.twins import is_plain, twins
from bot.rules.words import NUMBER_WORDS, is_past_form
from bot.summary.actors import Cast
from bot.summary.names import Token, role_word, tokens_of
from bot.summary.normalization import STOPWORDS, STORY_CACHE, fold, may_hold_figures, number_value, words
from bot.summary.similarity import content_set, spread
from bot.summary.statements import Statement
from bot.summary.vocabulary import (
    AUXILIARIES,
    CALENDAR,
    DETERMINERS,
    SPEECH_VERBS,
    TITLE_WORDS,
    word_set,
)

_NUMBER = compiled_regex(r"(?<![\w.,:/£$€-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w:/]|[.,]\d)(-\p{L}+)?")
# A word, a percent sign, a number or a clause mark; the re twin reads a plain text (``is_plain``) in about half the
# time, and the words of every sentence holding a number are found.
_WORD, _PLAIN_WORD = twins(r"{letter}{inner}*|%|{digit}{numeral}*|[,;:()]", letter=r"\p{L}",
                           inner=r"\p{L}\p{N}'\u2019\-", digit=r"\d", numeral=r"\d.,")
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "and", "but", "while", "whereas", "against"})

MEASURES = {
    "deaths": ("kill", "dead", "death", "die", "toll", "fatalit", "bodies"),
    "injured": ("injur", "wound", "hurt"),
    "missing": ("missing", "unaccounted"),
    "trapped": ("trapped", "trapping"),
    "homeless": ("homeless", "homes", "displac"),
    "arrests": ("arrest", "detain"),
    "evacuated": ("evacuat",),
    "magnitude": ("magnitude",),
    "crowd": ("crowd", "protester", "demonstrator", "marcher"),  # police and organisers count a march apart
}
MEASURE_WORDS = {"hospital": "in hospital", "hospitalised": "in hospital", "hospitalized": "in hospital"}
"""Measures named by whole words, whose stems begin other words ("hospitality"): "Nine were treated in hospital"."""
_MEASURE_STEMS = tuple(s for stems in MEASURES.values() for s in stems)
_NOT_COUNTS = word_set("""
people persons years year days day hours hour minutes minute seconds weeks months km kilometres
kilometers miles metres meters feet ft mph kph times am pm p.m a.m percent-point points point
""")
_UNITS = (_NOT_COUNTS - {"people", "persons"}) | word_set("year-old years-old month-old week-old day-old")
"""What a number right before it measures is a time, an age or a distance, never a toll: in "shot dead about 10
minutes after" or "a 4-year-old boy was killed" no one counts 10 or 4 dead."""
_PERCENT = frozenset({"percent", "%", "per"})
_NEAR = 5
_READ = 12
_SPAN = 8
"""Characters a token is taken to span in ``_near``: about as many tokens as it needs are searched."""
_PER_CENT_ANY = compiled_regex(r"(?i)\bper cent\b")
MAX_RATIO = 3.0
NOUN_RATIO = 1.8
"""Counts of some noun further apart than this are counts of two things (the tonnes one rocket lifts and
another's), while tolls told early and late differ more (MAX_RATIO)."""
MONEY_RATIO = 1.15
"""Two amounts of one kind further apart than this are two amounts, not a disagreement about one. Reports
of one amount differ by how it was rounded, converted or counted (with or without debt, fees, a currency
turned into dollars): a few percent. A story about money holds several amounts of one kind (an offer and
its raise, a deal and a rival's, a bid for the buyer's own target), and bids, budgets and settlements
move in steps of a tenth or more; the ratio sits above rounding and below such a step, so that a false
disagreement (the worse error for a reader) is rarer than a missed one."""
FINE_RATIO = 1.8
"""A fine or a settlement comes in no steps: one party's penalty told as 1.2 million by one source and 1.5 million by
another is a disagreement, as counts of a noun are (``NOUN_RATIO``), where bids and budgets move in steps; fines of
two parties named apart are two fines (``_other_parties``). So does a ransom or another demand: a gang's demand told
as 4 million crowns by one source and 6 million by another."""
MONEY_WINDOW = 40
_SCALES = "|".join(sorted(MONEY_SCALES, key=lambda w: (-len(w), w)))
_AMOUNT = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,])"
_SCALED = rf"(?:[\s-]?(?P<scale>(?i:{_SCALES}))\b)?"
_MONEY = compiled_regex(
    rf"(?<![\p{{L}}$])(?P<cur>{'|'.join(regex.escape(m) for m in sorted(CURRENCY_MARKS, key=lambda m: (-len(m), m)))})"
    rf"\s?{_AMOUNT}{_SCALED}"
    rf"|(?<![\w.,]){_AMOUNT}{_SCALED}\s(?P<word>{'|'.join(sorted(CURRENCY_WORDS, key=lambda w: (-len(w), w)))})\b"
    r"(?![\s-](?:zones?|area)\b)")
"""An amount of money: a currency before it ("$4 million", "Rs 2,000 crore", "R14.2 billion") or after it ("4
million euros"), with its scale (``MONEY_SCALES``)."""
_SIGNS = tuple(sorted({m[-1] for m in CURRENCY_MARKS if not m[-1].isalpha() and m[-1] != "."}))
_CODES = "|".join(sorted((m for m in CURRENCY_MARKS if m.isalpha()), key=len, reverse=True))
_CODE_BEFORE = compiled(rf"(?:{_CODES})\.?\s?\d")  # no \b before it: a word start is _MONEY's to test
_WORDS_AFTER = frozenset(CURRENCY_WORDS)
"""What every amount ``_MONEY`` finds holds (a sign, a code before a digit, a currency's word): most sentences with a
number hold none, and these tests cost a tenth of the search."""
_PER_UNIT = compiled_regex(r"\s*(?:a|per|each)\s+(?:share|person|head|month|year|day|hour|barrel|tonne|ton)\b",
                          regex.I)
_LOWER_BOUND = compiled_regex(r"\b(?:more[ -]than|over|at least|upwards of)\s*$", regex.I)
_AT_LEAST = compiled_regex(r"\bat least\s*$", regex.I)
"""A count's floor as it stands ("at least 50 dead"): the count confirmed so far, not a rounding of a known figure as
"more than 270 girls" is of 276. It is met only within half its last place (``_meets``): 59 is another toll. Not an
amount of money: "at least 60,000 crowns" of refunds is an estimate's floor, which 68,000 meets."""
_UPPER_BOUND = compiled_regex(r"\b(?:(?:less|fewer)[ -]than|under|below|at most|no more than)\s*$", regex.I)
_APPROXIMATE = compiled_regex(r"\b(?:about|around|roughly|approximately|some|nearly|almost|close to|an estimated)\s*$",
                              regex.I)
_SHORT_OF = compiled_regex(r"\b(?:nearly|almost|close to)\s*$", regex.I)
"""Approximations from below: "nearly 1,000" is fewer than 1,000, so 1,090 disagrees."""
APPROXIMATION = 0.08
"""How far a value another source gives may be from one only given as an approximation ("about 5 million"), as a share
of it, and agree with it, besides lying within its rounding: 5.1 million and 43 ("around 40") do; "nearly 100" and "at
least 140", "about 1 million" and 1.4 million (each within a rounding of the round figure) and "some $146 billion" and
$148.9 billion (within 8 %, not within $0.5 billion) disagree; so do "about 200" and 218 (9 %), and "almost 50" and
54 (nearly is fewer)."""
ROUNDING = 1.01
NAME_EDITS = 2
"""First names this many edits apart are two names (Mikhail/Michael, Yusuf/Youssef); fewer is
a misspelling of one."""
_UMLAUT = compiled_regex(r"([aou])e")
_AFTER_A_QUOTATION = compiled_regex(r"[,.]?\s*(?:after|before|following|when|while|as|because|since|despite|amid|"
                                    r"with|over|in|on)\b", regex.I)
"""Words that open what a sentence goes on with after a quotation, a clause of its own: 'after being hit with ...'."""
QUOTED_WORDS = 4
"""Words a quotation holds to be someone's words a conflict's claim leaves out, not a word the reporter quotes."""
_QUOTATION_SPAN = compiled_regex(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"]*\"")
_STRONG_BREAK = compiled_regex(r"[;()\u2013\u2014]|\.\s")
ALIKE = 85.0
SAME_SUBJECT = 2
SAME_PLACE = 3
TOPIC_SHARE = 0.2
SAME_VOTE = 2
"""Words two sentences giving a vote's tallies share, besides the words of voting, to tell the same vote."""
SAME_TERM = 2
"""Words two sentences giving a prison term share, besides the words of sentencing, to tell one person's term."""
VOTERS_SLIP = 2
SAME_SIDE_SLIP = 3
VOTERS_SLIP_SHARE = 0.02
"""Votes cast by which two tallies of one vote may differ (an abstention, a member absent, a vote miscounted): two; or
where one side is counted the same, three or this share of the larger count (163-148 and 163-151, 58-38 and 58-41 are
one vote; 163-148 and 155-152, 231-204 and 231-192 are a bill and an amendment); 5-2 and 4-3 count seven each;
300-150 and 18-16 are two things."""
STAGE_SLIP = 1
SHARE_ROUNDING = 1.0
"""Percentages this many points apart are one share rounded ("two-thirds" and "67 percent")."""
_SHARE_NUMBER = compiled_regex(r"\d+(?:\.\d+)?")
WEEKDAYS = frozenset(WEEKDAY_NAMES)


@dataclass
class Mention:
    """A value (a figure, date or name) one source gives for something, with where it says it."""

    value: str
    key: str
    label: str
    source: str
    sentence: str
    clause: str
    position: int
    start: int = 0
    """Where the number starts in ``sentence``."""
    when: str = ""
    """" in 2016" for a figure dated by the years of its clause: one quantity only with figures of those years."""
    rival: bool = False
    """Another party's figure for a count the source told first (``_Count.rival``): the source gives both sides."""

    @property
    def quantity(self) -> str:
        return self.key + self.when


_FALL = "fall in "
_FALLING = word_set("fell fall falls falling plunged plunge plunges plunging plummeted plummets plummeting dropped "
                    "tumbled tumbles toppled")
_ROUGHLY = word_set("about nearly some around almost roughly approximately an estimated over more than up to")
_HEIGHTS = {"metres": "metres", "meters": "metres", "m": "metres", "feet": "feet", "ft": "feet", "foot": "feet"}


def _fall(before: list[str], unit: str) -> str | None:
    """The quantity a height right after a verb of falling measures ("plunged 150 metres", "fell about 80 metres into a
    ravine"): a vehicle's or a cabin's fall, one thing however many reports give it. Not a height named otherwise
    ("came to rest 150 metres below", "at 1,400 metres above sea level"), nor a fall in anything but a height ("shares
    fell 4 percent")."""
    if unit not in _HEIGHTS:
        return None
    k = _unhedged(before)
    return f"{_FALL}{_HEIGHTS[unit]}" if k and before[k - 1] in _FALLING else None


def _unhedged(before: list[str]) -> int:
    """How many of the words before a figure stand before its hedges ("fell about", "rose to nearly")."""
    k = len(before)
    while k and before[k - 1] in _ROUGHLY:
        k -= 1
    return k


def _level(before: list[str], unit: str, text: str) -> str | None:
    """The quantity a height right after a verb of peaking measures in a sentence about water ("the river peaked at 6.2
    metres", "reached a peak of 6.2 metres", "the lake rose to 3 metres above normal"): a flood's one height, which
    sources may give differently. Not a height named otherwise ("a wall 3 metres high", "a wave reached 5 metres" in a
    sentence naming no water), nor a fall ("plunged 150 metres")."""
    if unit not in _HEIGHTS or _WATER.search(text) is None or _WAVES.search(text) is not None:
        return None  # "waves reached 8 metres off the headland" is no level of the water
    k = _unhedged(before)
    if not k:
        return None
    verb, ahead = before[k - 1], before[k - 2] if k > 1 else ""
    if verb in _PEAKED or (verb, ahead) in _PEAKED_AT:
        return f"{_LEVEL}{_HEIGHTS[unit]}"
    return None


_LEVEL = "water level in "
_WATER = compiled_regex(r"(?i)\b(?:rivers?|water|waters|floodwaters?|tides?|lakes?|reservoirs?)\b")
_WAVES = compiled_regex(r"(?i)\bwaves?\b|\bswells?\b")
_PEAKED = word_set("reached peaked crested topped")
_PEAKED_AT = {("at", "peaked"), ("at", "crested"), ("at", "peaking"), ("at", "cresting"), ("at", "stood"),
              ("at", "peak"), ("to", "rose"), ("to", "risen"), ("to", "rising"), ("to", "climbed"), ("of", "peak"),
              ("of", "height"), ("of", "level")}
"""The word right before a height of water and the word before that: "peaked at", "rose to", "a peak of"."""


def _measure(words: list[str], at: int) -> str | None:
    """The nearest measure word within a few words of the number at ``at`` (not across "including")."""
    best: tuple[tuple[bool, int], str] | None = None
    for i in range(max(0, at - _NEAR), min(len(words), at + _NEAR + 1)):
        # Only a measure word ranking before the best so far can win (the words between are looked at after): any other
        # measure before a crowd ("45 protesters were arrested" counts arrests), then the nearest.
        name = _measure_named(words[i]) if i != at else None
        if name is None:
            continue
        rank = (name == _CROWD, abs(i - at))
        if best is not None and rank >= best[0]:
            continue
        between = words[min(i, at) + 1:max(i, at)]
        if any(w in _CLAUSE_BREAK or w in ("including", "than") for w in between):
            continue
        if name == _IN_HOSPITAL and (i < at or _TAKEN.isdisjoint(between)
                                     or (between[-1:] not in _INTO and between[-2:] not in _INTO_THE)):
            # "12 were taken to hospital"; not "31 to Croydon university hospital" nor "Twelve were taken to Pellingham
            # hospital", one hospital's share, nor "Eleven were kept in hospital overnight", those still there.
            continue
        best = (rank, name)
    return best[1] if best else None


_CROWD = "crowd"
_IN_HOSPITAL = "in hospital"
_TAKEN = frozenset({"taken", "rushed", "admitted", "treated", "airlifted", "flown"})
"""Verbs between a number and "hospital" that make it the count of those taken to hospital: "12 were taken to
hospital". Not "kept" or "remained": those still there are some of those taken."""
_INTO = [["to"], ["in"], ["into"]]
_INTO_THE = [["to", "the"], ["in", "the"]]
_WEEKDAY_IN = compiled_regex(r"(?i)\b(" + "|".join(WEEKDAY_NAMES) + r")\b")


def _crowd_of_the_day(text: str) -> str:
    """A crowd's key, with the day the sentence names: Saturday's march and Sunday's rally are two crowds."""
    day = _WEEKDAY_IN.search(text)
    return f"{_CROWD} {day.group(1).casefold()}" if day else _CROWD


def _measure_named(word: str) -> str | None:
    """The first measure (``MEASURES`` order) one of whose stems ``word`` starts with, or the one ``word`` is a word of
    (``MEASURE_WORDS``)."""
    if not word.startswith(_MEASURE_STEMS):  # most words
        return MEASURE_WORDS.get(word)
    return next((name for name, stems in MEASURES.items() if word.startswith(stems)), None)


_VERSIONED = frozenset({"update", "version", "release", "firmware", "patch", "beta", "build", "edition", "software",
                        "update's", "os"})
"""What a decimal figure before it numbers, not counts: "the 5.50 update", "version 2.1" read the other way."""


def _rate(words: list[str], at: int, taken: list[str]) -> str | None:
    """What the percentage at ``at`` is the rate of (``_RATES``), from the word after it ("38% full", "68% backed"), the
    words "of capacity" after it, or the words before it ("a turnout of 81%", "voted by 68 per cent")."""
    after = words[at + 1:at + 4]
    if len(after) > 1 and after[1] in _RATES:
        rate = _RATES[after[1]]
        if rate != "in favour" or after[1] in ("favour", "favor"):
            return rate
        ahead = words[at + 3:at + 7]
        return rate if not _BALLOT_OBJECTS.isdisjoint(ahead) and ahead[:2] != ["in", "the"] else None
    if after[1:3] == ["of", "capacity"]:
        return "full"
    if after[1:2] == ["of"] and "who" in words[at + 3:at + 6]:
        # "68 per cent of those who voted backed the offer": the verb after the voters says what for.
        verb = next((k for k in range(at + 4, min(len(words), at + 12)) if words[k] in _BALLOT_VERBS), None)
        if verb is None or not _BALLOT_OBJECTS.intersection(words[verb + 1:verb + 5]):
            return None
        return _RATES.get(words[verb])
    before = _RATES.get(words[at - 2]) if at > 1 else None
    if before is not None and before in _RATES_BEFORE.get(words[at - 1], ()):
        return before
    # "Turnout was 67.4%", "Turnout, at 67.4 per cent,", "turnout stood at 64%": the rate named as the clause's subject.
    k = at - 1
    while k >= 0 and at - k <= _RATE_REACH and words[k] in _RATE_LINKS:
        k -= 1
    subject = _RATES.get(words[k]) if 0 <= k < at - 1 else None
    return subject if subject in _SUBJECT_RATES else None


_RATE_LINKS = frozenset({"was", "is", "were", "at", "put", "stood", "stands", "reached", "hit", "of", ","})
_RATE_REACH = 4
_SUBJECT_RATES = frozenset({"turnout", "effective"})
"""Rates a clause names before its verb and figure ("Turnout was 67.4%", "Efficacy stood at 72%")."""


def _counted(words: list[str], at: int, *, new_ones: bool = True) -> tuple[str, str] | None:
    """What a number counts, as (key, label): "12,400 electric kettles sold" -> ("kettles", "electric kettles");
    "20 tonnes of grain" -> ("tonnes of grain", ...). None for dates, distances, people. ``new_ones``: "new" after the
    number may count new ones ("87 new cases"), where it is no name's ("New Zealand")."""
    taken: list[str] = []
    i = at + 1
    fresh = new_ones and i + 1 < len(words) and words[i] == "new" and words[i + 1] not in STOPWORDS
    if fresh:
        i += 1  # "182,000 new students": the new ones of a count, never the whole ("1,214 cases", "87 new cases")
    while i < len(words) and len(taken) < 3:
        w = words[i]
        if w in STOPWORDS or (not w[:1].isalpha() and w != "%"):
            break
        taken.append(w)
        i += 1
    while len(taken) > 1 and taken[-1].endswith(("ed", "ing", "ly")):
        taken.pop()
    if not taken:
        return None
    plural = [w for w in taken if _plural(w)]
    head = taken[0] if taken[0] in _PERCENT else (plural[0] if plural else taken[0])
    label_words = taken[:taken.index(head) + 1]
    if head in _PERCENT:
        head = "percent"
        label_words = ["percent"]
        rate = _rate(words, at, taken)
        if rate is not None:
            key = f"percent {rate}"
            return key, key  # "77% effective", "put efficacy at 72 per cent", "a turnout of 81%"
        change = next((w for w in taken[1:3] if w in _CHANGES), None)
        if change is not None and at > 0 and words[at - 1] in ("a", "an") and taken[1] in (change, *_CHANGED):
            return f"percent {change}", f"percent {change}"  # "a 5% rise", "a 6 per cent pay rise" of one deal
    if (head.rstrip("'\u2019") in _NOT_COUNTS or head in CALENDAR) and not _hours_of_work(words, at, head):
        return None  # "14 days' notice" counts no days
    if "." in words[at] and head in _VERSIONED:
        return None  # "the 5.50 update", "its 5.0 firmware": a version, not a count
    # "3 French tourists" and "4 German tourists" count two things: a people qualifying the head is part of the key.
    people = [w for w in label_words[:-1] if is_demonym(w)]
    kind = [w for w in label_words[:-1] if w in _UNIT_KINDS]  # "2,300 metric tons" and "2,500 tons" are two units
    key = " ".join(["new"] * fresh + [*people[-1:], *kind[-1:], COUNTED_ALIKE.get(head, head)])
    label = " ".join(["new"] * fresh + label_words)
    j = at + 1 + fresh + len(label_words)
    if j < len(words) and words[j] in _MARGINS:
        return f"{key} {words[j]}", f"{label} {words[j]}"  # "18 seats short of a majority": a margin, not a tally
    if j + 1 < len(words) and words[j] == "of":
        k = j + 1
        while k < len(words) and words[k] in DETERMINERS:  # "20 tonnes of the grain"; "of it" names none
            k += 1
        obj = [words[k]] if k < len(words) and words[k] not in STOPWORDS and words[k][:1].isalpha() else []
        if obj:
            key += " of " + " ".join(obj)
            label += " of " + " ".join(obj)
    elif head == "percent":
        return None  # a bare percentage (a price move) is not comparable across sources
    return key, label


def _hours_of_work(words: list[str], at: int, head: str) -> bool:
    """Hours of work a court or a deal orders ("200 hours of community service", "40 hours of unpaid work"): a term,
    where hours alone are a time ("for 12 hours", "48 hours of the attack") and hours of anything else may be two
    people's ("6,200 hours of flying" the captain's, 4,100 the co-pilot's)."""
    return head == "hours" and at + 3 < len(words) and words[at + 2] == "of" and words[at + 3] in _ORDERED_WORK


_ORDERED_WORK = frozenset({"community", "unpaid", "voluntary"})


def _plural(word: str) -> bool:
    """A plural noun's ending: "-s", not "-ss" or "-us" ("furious", "famous", "boss"); "taxis" is one."""
    return word.endswith("s") and not word.endswith(("ss", "us"))


COUNTED_ALIKE = {"cops": "officers", "policemen": "officers"}
"""Words news uses for the same people counted: "650 cops" and "400 police officers" count one force."""

_MARGINS = frozenset({"short"})
"""Words after a count that make it a shortfall ("falling 18 seats short of a majority"): another quantity than the
count itself ("the third party with 14 seats"). Not "ahead", "behind" or "clear", which as often say when or where
("120 flights ahead of the strike", "14,000 prisoners behind bars", "pulled 14 climbers clear of the snow")."""
_UNIT_KINDS = frozenset({"metric", "short", "long", "square", "cubic", "nautical", "imperial", "us"})
"""Words that make a unit another ("metric tons", "square miles", "nautical miles"): part of what a figure counts."""
_CHANGES = frozenset({"rise", "increase", "raise", "hike", "cut", "reduction", "decrease"})
"""Nouns a percentage after "a" is the size of ("a 5% rise", "a 6 per cent cut"): a change a measure or a deal makes,
comparable across sources as a bare percentage (a price's move) is not."""
_RATES = {"effective": "effective", "efficacy": "effective", "effectiveness": "effective", "turnout": "turnout",
          "full": "full", "capacity": "full", "contained": "contained", "containment": "contained",
          "backed": "in favour", "supported": "in favour", "voted": "in favour", "approved": "in favour",
          "favour": "in favour", "favor": "in favour"}
"""What a percentage is the rate of, after it ("77% effective", "38% full", "40% contained", "68% backed the deal") or
before "of" or "at" ("efficacy of 68%", "a turnout of 81%", "at 31% of capacity", "voted by 68 per cent"): one figure
of the story two sources may disagree on, as a bare percentage (a price's move) is not."""
_BALLOT_OBJECTS = frozenset({"deal", "offer", "agreement", "proposal", "proposals", "motion", "settlement", "contract",
                             "strike", "strikes", "action", "merger", "takeover", "bid", "plan", "accept", "yes",
                             "for", "in"})
"""What a share in favour is of, within a few words after its verb: a ballot on a deal, an offer or a strike ("68%
backed the deal", "61 per cent voted yes", "voted by 73 per cent to accept"); not a candidate in a poll ("41% backed
the sitting mayor"), nor what a turnout was ("61% voted in the ballot")."""
_BALLOT_VERBS = frozenset({"backed", "supported", "approved", "favour", "favor", "rejected", "opposed", "against"})
"""What those who voted did, after "N% of those who voted": only those in favour make a rate (``_RATES``)."""
_RATES_BEFORE = {"of": ("effective", "turnout", "full", "contained"), "at": ("effective", "turnout", "full"),
                 "by": ("in favour",)}
"""The rates a word before a percentage brings in from the word before it: "a turnout of 81%", "put efficacy at 72 per
cent", "voted by 68 per cent"."""
_CHANGED = frozenset({"pay", "wage", "salary", "price", "fare", "fee", "rent", "tax", "tariff", "budget", "spending"})
"""What such a change may be of, between the percentage and the change: "a 5 per cent pay rise"."""


class _Count(NamedTuple):
    """A figure of a sentence with what it counts (``_counts_in``): the value, key and label of its mention if it
    is a claim (``_claims``), where the figure stands and the digits the claim rules see marked."""

    value: str
    key: str
    label: str
    start: int
    end: int
    digits: tuple[int, int]
    money: bool
    lead: bool = False
    """A toll in words that is the story's whole toll only opening an article's lead ("Four skiers were killed ...")."""
    rival: bool = False
    """Another party's figure for a count told before it ("police put the figure at 12,000"): ``_rival_figures``."""


def _counts_in(text: str) -> tuple[list[_Count], bool]:
    """The numbers of ``text`` that count something, then its amounts of money with what they are the amount of;
    and whether it gives a number (``_NUMBER``): only then do two values of one quantity in it compare things
    inside the sentence (``_claims``)."""
    out: list[_Count] = []
    # A toll told in words ("Fifteen people died": news style for a sentence's first word and for numbers under ten)
    # gives a number as digits do.
    if not may_hold_figures(text):
        in_words = _tolls_in_words(text)  # a number and an amount need a digit otherwise: most sentences have none
        return in_words, bool(in_words)
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        in_words = _tolls_in_words(text)
        return in_words + _amounts_in(text), bool(in_words)
    spaced = _PER_CENT_ANY.sub(_percent, text)
    word = _PLAIN_WORD if is_plain(spaced) else _WORD
    tolled = "toll" in text.casefold()  # ``_TOLL_GIVEN`` is searched only where a toll is named
    for m in numbers:
        value = m.group(1)
        suffix = (m.group(2) or "").lstrip("-").casefold()
        # Only the words near the number are read (``_measure``: _NEAR either side; ``_counted``: fewer than
        # _READ after it), so only those are found and folded.
        before, after = _near(spaced, word, m.start(), m.end())
        named_new = bool(after) and after[0] == "New"  # "20 New Zealand soldiers": a name, no count of new ones
        before = [fold(t) for t in before]
        after = [fold(t) for t in after]
        if suffix:
            after = [suffix, *after]
        if after and after[0] in MONEY_SCALES and after[0] != "m":
            value = f"{float(value.replace(',', '')) * MONEY_SCALES[after[0]]:.6g}"  # "143 million" is 143e6
        words = [*before, value, *after]
        at = len(before)
        # "14 days' notice": a time, its possessive mark aside.
        measure = _measure(words, at) if not (after and after[0].rstrip("'\u2019") in _UNITS) else None
        if measure is None and _part_of_whole(after):
            measure = _measure(words, at + 3)  # "20 of the 22 people on board died": the measure after the whole
        if measure is None and tolled and not (after and (after[0] in _UNITS or after[0] in _PERCENT)) \
                and (given := _TOLL_GIVEN.search(text, max(0, m.start() - _TOLL_REACH), m.start())) is not None \
                and _NOT_THIS_TOLL.search(given.group()) is None:
            measure = "deaths"  # "The death toll from Sunday's earthquake in the north has risen to 52"
        if measure is None and after and (height := _fall(before, after[0])) is not None:
            measure = height  # "the coach plunged 150 metres", "fell about 80 metres into a ravine"
        if measure is None and after and (level := _level(before, after[0], text)) is not None:
            measure = level  # "the river peaked at 6.2 metres", "reached 5.8 metres at the gauge"
        if measure and after and not _CLAUSE_AFTER.match(text, m.end()) and (group := _nationals(after)):
            measure = f"{measure} of {group}"  # "the deaths of 10 Americans": a part of the toll, not the toll
        if measure:
            counted: tuple[str, str] | None = (_crowd_of_the_day(text) if measure == _CROWD else measure, measure)
        elif _part_of_whole(after) and (after[1] in _HELD) != _won_before(before) \
                and not (len(after) > 3 and after[3] in _ABOARD):
            # "won 72 of the 180 seats", "grounded 14 of its 22 jets": the seats won, the jets grounded. Not "held 12
            # of the 31 passengers", where all aboard are the count (claims.py), nor "won 14 of his 51 games", a
            # record rather than a count of the story.
            counted = _counted(words, at + 3)
        else:
            counted = _counted(words, at, new_ones=not named_new)
        if counted is not None:
            out.append(_Count(value.replace(",", "") if "." not in value else value, counted[0], counted[1],
                              m.start(), m.end(), m.span(1), False))
    amounts = _amounts_in(text)
    money = {a.digits for a in amounts}  # "fined 4 million euros": an amount, not a count of euros
    return [c for c in out if c.digits not in money] + _tolls_in_words(text) + amounts, True


def _won_before(before: list[str]) -> bool:
    """The words before a number end in a verb of winning (``claims.WON``), a hedge aside: "won only 14"."""
    verb = next((w for w in reversed(before) if w not in _HEDGES), "")
    return verb in WON


def _part_of_whole(after: list[str]) -> bool:
    """The words after a number make it a part of a whole ("72 of the 180 seats", "20 of the 22 people on board")."""
    return len(after) > 2 and after[0] == "of" and after[1] in _WHOLES and after[2][:1].isdigit()


_HELD = frozenset({"its", "their", "his", "her"})
_ABOARD = ABOARD | {"hostages"}
"""Those aboard, of whom a part is held or freed ("held 12 of the 31 passengers"): the whole is the count
(claims.py)."""
_WHOLES = frozenset({"the", "all"}) | _HELD


_UNITS_IN_WORDS = {w: v for w, v in NUMBER_WORDS.items() if 2 <= v <= 9}
_TENS_IN_WORDS = {w: v for w, v in NUMBER_WORDS.items() if v >= 20 and v % 10 == 0 and v < 100} \
    | {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TEENS_IN_WORDS = {w: v for w, v in NUMBER_WORDS.items() if 10 <= v <= 19 and w != "dozen"}
_HYPHENED_UNITS = {"one": 1, **_UNITS_IN_WORDS}
_NUMBER_IN_WORDS = compiled_regex(
    r"(?i)(?<![\w-])(?:(?P<tens>" + "|".join(_TENS_IN_WORDS) + r")(?:-(?P<unit>" + "|".join(_HYPHENED_UNITS)
    + r"))?|(?P<word>" + "|".join([*_TEENS_IN_WORDS, *_UNITS_IN_WORDS]) + r"))(?![\w-])")
"""A number of two to ninety-nine written in words, not inside a compound ("three-year-old", "two-day"). "One" alone
is left out: it is as often a pronoun ("one of the victims"); after a ten it is a unit ("Twenty-one people died")."""


_WHOLE_TOLL = word_set("people persons were are was have had dead killed died injured wounded hurt missing")
"""Words after a number in words that make it a whole toll ("Fifteen people died", "three were killed"); a noun there
makes it a part of one ("two children", "five police officers"), as small numbers written out mostly are."""


_LEAD_TOLL = 10
"""A number in words opening its sentence at least this large, before a crowd's people (``_CROWDS``), is the sentence's
whole toll ("FIFTY-SEVEN football fans were hurt"); "Twelve police officers" or "Twelve Norvanian tourists" are part of
one."""
_CROWDS = word_set("fans supporters spectators passengers people persons residents pupils students worshippers "
                   "pilgrims migrants protesters demonstrators shoppers commuters")
_PARENTS = word_set("mother father parent mum mom dad grandmother grandfather grandparent")


def _tolls_in_words(text: str) -> list[_Count]:
    """Tolls written in words: a number in words counts only with a measure word near it (``MEASURES``), and only a
    whole toll ("Fifteen people died", "three were killed", "killing three", "five injured"), never a thing after it
    ("two officials said", "two children died"): a missed disagreement rather than a false one."""
    out: list[_Count] = []
    folded_text = text.casefold()
    if not any(stem in folded_text for stem in _MEASURE_STEMS) and not any(w in folded_text for w in MEASURE_WORDS):
        return out  # no measure word, no toll: most sentences, tested in C before the search
    word = _PLAIN_WORD if is_plain(text) else _WORD
    for m in _NUMBER_IN_WORDS.finditer(text):
        low = {k: v.casefold() for k, v in m.groupdict().items() if v}
        value = _TENS_IN_WORDS[low["tens"]] + _HYPHENED_UNITS.get(low.get("unit", ""), 0) if "tens" in low \
            else _TEENS_IN_WORDS.get(low["word"]) or _UNITS_IN_WORDS[low["word"]]
        before, after = _near(text, word, m.start(), m.end())
        after = [fold(t) for t in after]
        lead = False
        if after and after[0][:1].isalpha() and after[0] not in _WHOLE_TOLL \
                and not (m.start() == 0 and value >= _LEAD_TOLL and _CROWDS.intersection(after[:2])
                         and _nationals(after) is None):
            # "two children", "three days after", "two deadlines", "four killer whales"; but a sentence opening on a
            # toll of ten or more counts it whole, whoever it names ("FIFTY-SEVEN football fans were hurt"), and an
            # article's lead opening on a toll of those it names counts theirs ("Four skiers were killed ...").
            if m.start() > 0 or not _died_after(after) or _nationals(after) is not None \
                    or _ONE_MORE.search(text) is not None:
                continue
            lead = True
        if len(before) >= 2 and before[-1] == "of" and fold(before[-2]) in _PARENTS:
            continue  # "a mother of three was among those killed"
        words = [*(fold(t) for t in before), str(value), *after]
        measure = _measure(words, len(before))
        if measure is not None and lead:
            # Those it names may be some of the dead ("Two pupils were killed", where the driver died too): the toll
            # of skiers is set only against another source's toll of skiers.
            measure = f"{measure} among {after[0]}"
        if measure is not None:
            out.append(_Count(str(value), measure, measure, m.start(), m.end(), m.span(), False, lead))
    return out


_ONE_MORE = compiled_regex(r"(?i)\band (?:a|one) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                           r"(?: [a-z-]+)? (?:was|is|has|had|remains|remained|died|later died)\b")
"""A toll's lead going on to one more ("Three climbers died and a fourth was missing"): the number is a part. Not
another thing ("and a second slide on Sunday forced rescuers back")."""


def _died_after(after: list[str]) -> bool:
    """The words after a number are those it counts (a plural, right after it) and their death: "skiers were killed",
    "climbers have died", "miners are dead". Not "Twelve Norvanian tourists were killed", some of the dead named by
    where they came from."""
    if not after or not _plural(after[0]):
        return False
    verb = after[1:3]
    return verb[:1] == ["died"] or (len(verb) == 2 and verb[0] in _WERE and verb[1] in _DEAD)


_WERE = frozenset({"were", "have", "had", "are"})
_DEAD = frozenset({"killed", "died", "dead"})


def figures_differ(a: Statement, b: Statement) -> bool:
    """The two sentences give one quantity different values: "Twelve people were killed" and "15 people died", "was
    carrying 140 passengers" and "had 160 passengers on board" do not tell one fact, and a lead giving one does not
    carry the other. Values far apart count different things (``_ratio``); a lower bound met by the other's value
    agrees (``_bound_met``), as a sentence giving a quantity twice ("rose from 12 to 15") agrees with either."""
    mine = _quantities(a.text)
    if not mine:
        return False  # most leads give no figure
    theirs = _quantities(b.text)
    for key, values in mine.items():
        other = theirs.get(key)
        if other and not values.keys() & other.keys() and not _bound_met(values, other) \
                and not _bound_met(other, values) and not _rounded(values, other) \
                and any(_comparable(float(v), float(w), _ratio(key)) for v in values for w in other):
            return True
    return False


def _rounded(a: dict[str, bool], b: dict[str, bool]) -> bool:
    """A value of one within a rounding of one of the other's (140,000 and 140,660), as ``_without_met_bounds``
    has it."""
    return any(_rounds_to(min(float(v), float(w)), max(float(v), float(w))) for v in a for w in b)


@lru_cache(maxsize=STORY_CACHE)
def _quantities(text: str) -> dict[str, dict[str, bool]]:
    """The quantities of a sentence: for each, its values and whether each is told as a lower bound. Kept per
    sentence: a lead is compared with every other source's leads."""
    out: dict[str, dict[str, bool]] = {}
    counts, compares = _counts_in(text)
    for count in counts:
        dated = _dated(mark(text, *count.digits))
        if dated is not None:  # a year, a date, an age, a comparison is no claim about the event
            out.setdefault(count.key + dated, {})[count.value] = _LOWER_BOUND.search(text, 0, count.start) is not None
    # Two values of one quantity in the sentence compare things inside it ("seven in the first blast and five in the
    # second", "600 jobs, including 400 at Lessby"): neither is its claim, as ``_claims`` has it.
    return {key: values for key, values in out.items() if not (compares and len(values) > 1)}


def _ratio(key: str) -> float:
    """How far apart two values of a quantity may be and still be told of one thing (``MONEY_RATIO``, ``MAX_RATIO``,
    ``NOUN_RATIO``); a fall's height is a witness's estimate, told as far apart as a toll."""
    if key.startswith("money "):
        return FINE_RATIO if Money.FINE.value in key or Money.DEMAND.value in key else MONEY_RATIO
    return MAX_RATIO if _measured(key) else NOUN_RATIO


def _measured(key: str) -> bool:
    """A quantity of an event itself (``MEASURES``, a fall's height), told as far apart as estimates are. Two heights
    are one fall's only where their sentences share what fell (``SAME_FALL``: a scaffolder's 20 metres and a crane
    jib's 50 are two falls)."""
    return key in MEASURES or key.startswith(_FALL)


def _bound_met(bounds: dict[str, bool], values: dict[str, bool]) -> bool:
    """A value of ``bounds`` told as a lower bound that a value of ``values`` meets, as ``_without_met_bounds`` has it:
    "more than 200" met by 276, "at least 47" by 47 only."""
    return any(low and _meets(float(b), float(v)) for b, low in bounds.items() for v in values)


_TOLL_REACH = 120
_TOLL_GIVEN = compiled_regex(
    r"(?i)\b(?:death|casualty)\s+toll\b[^,;:()\u2014]{0,90}?\b(?:rose|risen|rises|rising|climbed|climbs|jumped|"
    r"increased|reached|reaches|stands|stood|is|was|now)\b(?:\s+(?:now|already))?(?:\s+(?:to|at))?"
    r"(?:\s+(?:more than|over|at least))?\s*$"
    r"|(?i)\b(?:bringing|brings|brought|taking|takes|took|pushing|pushed|raising|raised)\s+the\s+(?:death|casualty)\s+"
    r"toll\b[^,;:()\u2014]{0,90}?\bto(?:\s+(?:more than|over|at least))?\s*$")
"""A toll given at the end of a clause about it, past the words a measure is looked for in (``_NEAR``): "The death
toll from Sunday's earthquake in northern Norvania has risen to 52"."""
_NOT_THIS_TOLL = compiled_regex(
    r"(?i)\b(?:could|may|might|would|will|expected|feared|likely|set to|forecast|predicted|projected|previous|last|"
    r"earlier|former|past|another|since|this year(?:'s)?|this season(?:'s)?)\b")
"""A toll forecast ("could reach 100", "is expected to rise to 60") or another event's ("the previous earthquake",
"since 2011") is no claim about this one."""


_CLAUSE_AFTER = compiled_regex(r"\s*[,;:()\u2014\u2013]")
"""A break right after a number: the words after it are another clause's ("wounding 90, Afghan officials said")."""


def _nationals(after: list[str]) -> str | None:
    """The people of one country a number counts, from the words right after it ("10 Americans", "10 U.S.
    citizens", "three French tourists"), or None: a part of a toll, never the toll itself, nor the same count as
    another country's ("3 French tourists" against "4 German tourists"). A toll told as "tourists from France" is
    then not compared with it: a missed conflict rather than a false one."""
    first, rest = after[0], after[1:]
    if len(first) == 1 and rest and len(rest[0]) == 1:
        first, rest = first + rest[0], rest[1:]  # "U.S.", read as two letters
    if first.endswith("s") and is_demonym(first):
        return first
    if rest and rest[0].endswith("s") and rest[0].isalpha() and (is_demonym(first) or is_country(first)):
        return f"{first} {rest[0]}"
    return None


def _near(spaced: str, word: regex.Pattern[str] | re.Pattern[str], start: int, end: int) -> tuple[list[str], list[str]]:
    """The tokens (``word``: ``_WORD`` or its twin) of ``spaced`` read around the figure at ``start:end``: the last
    ``_NEAR`` starting before it and the first ``_READ`` starting at or after ``end``, as a search of the whole text
    finds them, searched only near the figure. No token holds a space, so a search started at the text's start or
    just after a space and stopped at its end or at a space finds the whole search's tokens in between: the
    figure's run of characters between spaces is searched for the tokens around the figure in it, and about
    ``_SPAN`` characters a token on each side of it for the rest, or the whole side when those hold too few."""
    size = len(spaced)
    first = spaced.rfind(" ", 0, start) + 1
    last = spaced.find(" ", end)
    if last < 0:
        last = size
    before: list[str] = []
    after: list[str] = []
    if first != start or last != end:  # the figure's run holds more than the figure ("(12)", "$5", "12,")
        for t in word.finditer(spaced, first, last):
            if t.start() < start:
                before.append(t.group())
            elif t.start() >= end:
                after.append(t.group())
    low = 0 if first <= _SPAN * _NEAR else spaced.find(" ", first - _SPAN * _NEAR) + 1
    read = word.findall(spaced, low, first)
    if len(read) + len(before) < _NEAR and low:
        read = word.findall(spaced, 0, first)
    high = size if last + _SPAN * _READ >= size else spaced.rfind(" ", last, last + _SPAN * _READ)
    ahead = word.findall(spaced, last, high)
    if len(ahead) + len(after) < _READ and high < size:
        ahead = word.findall(spaced, last, size)
    read += before
    after += ahead
    return read[-_NEAR:], after[:_READ]


def _claims(st: Statement, counts: list[_Count], compares: bool) -> list[Mention]:
    """The mentions of ``counts`` (figures of ``st``) that are claims: the claim rules are asked only of a number
    counting something, as they cost more than finding what it counts. ``compares``: two values of one quantity
    in the sentence ("rose from 47 to 63", "20 injured in 112 accidents") compare things inside it; neither is a
    source's claim to set against another's."""
    out: list[Mention] = []
    text = st.text
    for count in counts:
        if count.lead and st.position > 0:
            continue  # a toll in words opening any other sentence is more often a part ("Two children died")
        marked = mark(text, *count.digits)
        dated = _dated(marked)
        if dated is None:
            continue
        share = None if count.money else SHARES.first(marked)
        if share is not None:
            dated += f" ({share.kind.value})"
        out.append(Mention(count.value, count.key, count.label, st.source, text, _clause(text, count.start, count.end),
                           st.position, count.start, dated, count.rival))
    if not compares or any(mention.rival for mention in out):
        return out  # "The union says 18,000 took part; the company puts the figure at 11,500": two parties' counts
    values: dict[str, set[str]] = defaultdict(set)
    for mention in out:
        values[mention.quantity].add(mention.value)
    return [mention for mention in out if len(values[mention.quantity]) == 1]


def _amounts_in(text: str) -> list[_Count]:
    """Amounts of money with what they are the amount of ("a $90 billion offer"); per-share prices and
    amounts with nothing named beside them are not claims."""
    out: list[_Count] = []
    if not any(sign in text for sign in _SIGNS) and _CODE_BEFORE.search(text) is None \
            and _WORDS_AFTER.isdisjoint(text.replace(",", " ").replace(".", " ").split()):
        return out  # "fined 750 crowns, the council said": a currency's word may end a clause
    for m in _MONEY.finditer(text):
        currency, scale = _currency(m), (m.group("scale") or "").casefold()
        if currency is None or _PER_UNIT.match(text, m.end()):
            continue
        left, right = _money_window(text, m.start(), m.end())
        near: tuple[int, Money] | None = None
        for hit in MONEY_THINGS.all(left):
            if hit.match is not None:
                last = list(hit.rule.pattern.finditer(left))[-1]  # type: ignore[union-attr]
                distance = len(left) - last.end()
                near = min(near, (distance, hit.kind), key=lambda d: d[0]) if near else (distance, hit.kind)
        for hit in MONEY_THINGS.all(right):
            if hit.match is not None:
                distance = hit.match.start()
                near = min(near, (distance, hit.kind), key=lambda d: d[0]) if near else (distance, hit.kind)
        if near is None:
            continue
        kind = near[1].value
        if near[1] is Money.TAKEN and _RECOVERED.search(left):
            continue  # "Police have recovered 1.8 million of the cash stolen": what came back, not what was taken
        if near[1] is Money.FINE:
            if _EARLIER_FINE.search(text, 0, m.start()):
                continue  # "was previously fined 3 million euros": another fine than the story's
            if _MOST_FINED.search(left):
                kind += " (most)"  # "fined up to 6 million euros": the most one may be fined, not a fine given
        amount = float(m.group("num").replace(",", "")) * MONEY_SCALES.get(scale, 1.0)
        out.append(_Count(f"{amount:.6g}", f"money {currency} {kind}", kind, m.start(), m.end(), m.span("num"), True))
    return out


_RECOVERED = compiled_regex(r"(?i)\b(?:recover\w*|retriev\w*|returned|repaid|repay\w*|seiz\w*|froze|frozen|found|"
                            r"confiscat\w*)\b")
_EARLIER_FINE = compiled_regex(r"(?i)\b(?:previously|earlier|last year|in (?:19|20)\d\d|prior)\b")
"""Before a fine's amount in its sentence: an earlier fine ("was previously fined 3 million euros")."""
_MOST_FINED = compiled_regex(r"(?i)\b(?:up to|maximum|as much as|at most)\b")
"""Beside a fine's amount: the most one may be fined ("fines of up to 2,500 crowns", "the maximum fine is")."""
_SCALED_ONLY = frozenset({"R", "won", "yen", "rand", "crown", "euro", "dollar"})
"""Currencies read only with a scale after the amount: "R14.2 billion" ("R12" is a road), "500 million won"."""


def _currency(m: regex.Match[str]) -> str | None:
    """The key of an amount's currency (``CURRENCY_MARKS``, ``CURRENCY_WORDS``); None for a currency of
    ``_SCALED_ONLY`` without its scale."""
    written = m.group("cur") or m.group("word")
    if written in _SCALED_ONLY and not m.group("scale"):
        return None
    return CURRENCY_MARKS[written] if m.group("cur") is not None else CURRENCY_WORDS[written]


def _dated(marked: str) -> str | None:
    """What to add to the key of the marked number's quantity: nothing for a claim about the event, the
    years of a dated record (a figure "at the end of 2016" is compared only with figures of 2016), None
    for a number that is no claim."""
    why = NOT_A_CLAIM.first(marked)
    if why is None:
        return ""
    if why.kind is NotAClaim.RECORD:
        return " in " + " ".join(record_years(marked))
    return None


def _money_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after an amount, up to a strong break (a semicolon, a bracket, a dash)."""
    left = text[max(0, start - MONEY_WINDOW):start]
    right = text[end:end + MONEY_WINDOW]
    cut = list(_STRONG_BREAK.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    stop = _STRONG_BREAK.search(right)
    if stop:
        right = right[:stop.start()]
    return left, right


def _percent(m: regex.Match[str]) -> str:
    """ "per cent" written as one word, keeping every later position where it was."""
    return "percent" + " " * (len(m.group()) - len("percent"))




def _clause(text: str, start: int, end: int) -> str:
    """The part of the sentence around a number, between punctuation, at least eight words long; a quotation that
    does not hold the number is left out where enough is left (``_beside_quotations``): it is someone's reaction,
    which the briefing shows once, as theirs."""
    left, right = clause_around(text, start, end)
    clause = _beside_quotations(text[left:right], start - left, end - left).lstrip(_BREAKS)
    first = clause.split(" ", 1)[0]
    if first in RELATIVES and len(clause.split()) >= SHORT_CLAUSE:
        # A clause opening on a relative ("..., who killed 59 people") does not say alone who or what it is about.
        clause = f"{_antecedent(text, left)} {clause}".lstrip()
    if len(clause.split()) < SHORT_CLAUSE or first in AUXILIARIES or first in SPEECH_VERBS or first == "with":
        # Too short to say anything, the predicate of a subject an aside set apart ("The gang behind the attack,
        # BlackQuill, is demanding ...", "The hospitals board, which runs ..., said 27,500 ...") or what goes with the
        # whole sentence (", with shops facing fines of up to 20,000"): the sentence.
        clause = _beside_quotations(text, start, end)
    clause = clause.lstrip(_BREAKS)
    return clause[0].upper() + clause[1:] if clause[:1].islower() else clause


def _antecedent(text: str, left: int) -> str:
    """What a relative clause starting at ``left`` leans on, which ends the clause before it: "The deal, which amounts
    to $148.9 billion", not "Which amounts to $148.9 billion". Up to ``_ASIDES`` asides before it (an age, a
    participle) are passed over to the noun they follow ("Ana Ruiz, 54, whose son ...", "The deal, announced on Monday,
    which ..."); in an attribution the speaker named is the antecedent ('"...," said police chief Ana Ruiz, who said
    ...'). Empty where none is read, or where it runs past ``_ANTECEDENT_WORDS``."""
    before = _break_before(text, left)
    for _ in range(_ASIDES + 1):
        antecedent = text[before:left].lstrip(_BREAKS)
        said, _, named = antecedent.lstrip(_CLOSING_MARKS + " ").partition(" ")
        speaker = named.split(" ", 1)[0]
        if said in _INVERTED_SAID and (speaker not in STOPWORDS or speaker in ("the", "a", "an")):
            antecedent = named  # '"...," said police chief Ana Ruiz, who': the speaker
            break
        if antecedent[:1] in _CLOSING_MARKS:
            return ""
        first = antecedent.split(" ", 1)[0]
        if before == 0 or not (first[:1].islower() or first[:1].isdigit()) or first in ("and", "or", "but"):
            break
        before = _break_before(text, before)  # an aside: the noun it follows is before it
    antecedent = antecedent.removeprefix("and ").removeprefix("or ").removeprefix("but ")
    return antecedent if antecedent[:1].isalnum() and len(antecedent.split()) <= _ANTECEDENT_WORDS else ""


_INVERTED_SAID = frozenset({"said", "says", "added", "adds", "wrote", "writes"})
"""Verbs of an attribution set after what was said, before the speaker ("..., said Ana Ruiz, who ...")."""
_ASIDES = 2
_ANTECEDENT_WORDS = 20


def _break_before(text: str, at: int) -> int:
    """Where the clause ending at ``at`` (just past a clause break) starts: after the break before it, or at 0."""
    return max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, max(at - 1, 0))), default=0)


_BREAKS = " ,;:-\u2013\u2014"
_CLOSING_MARKS = "\"\u201d\u2019'"


def _beside_quotations(text: str, start: int, end: int) -> str:
    """``text`` from the end of the last quotation before the number to the start of the first after it, where that
    holds ``SHORT_CLAUSE`` words: 'Rovers say they are "deeply disappointed by the sanction" after a 1.2 million euro
    fine by the league' -> 'after a 1.2 million euro fine by the league'; the whole text otherwise."""
    if '"' not in text and "\u201c" not in text:
        return text.strip()
    left, right = 0, len(text)
    for m in _QUOTATION_SPAN.finditer(text):
        if m.start() < end and start < m.end():
            return text.strip()  # the figure is quoted: 'the data of "fewer than 400,000 UK consumers" was accessed'
        if len(m.group().split()) < QUOTED_WORDS:
            continue  # a word or two in quotation marks ('has been "accessed"') is the reporter's sentence still
        # Only where the sentence's own clause goes on without the quotation: 'after being hit ...' after it, or a
        # clause closed by a comma or a colon before it; 'described the damage to 40 homes as "..."' needs it.
        if m.end() <= start and _AFTER_A_QUOTATION.match(text, m.end()):
            left = m.end()
        elif m.start() >= end and text[:m.start()].rstrip().endswith((",", ";", ":", "\u2014", "\u2013")):
            right = min(right, m.start())
    part = text[left:right].strip()
    return part if len(part.split()) >= SHORT_CLAUSE and (left or right < len(text)) else text.strip()


def quantity_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                       shown: set[str] | None = None, cast: Cast | None = None, core: str | None = None
                       ) -> list[Conflict]:
    """Quantities with different values in different sources; each claim quotes, where it can, a
    sentence not already shown elsewhere in the briefing (``shown``). ``cast``: the story's actors, which tell whose
    count a figure is (``_holder``). ``core``: the story's main event, whose counts are the story's own: two values
    of one are told of one thing, as a toll is (``_conflict``)."""
    core_keys = frozenset(c.key.partition(" of ")[0] for c in _counts_in(core)[0]) if core else frozenset()
    keys: dict[str, int] = {}  # each statement's key by its text: made at the first holder asked, most stories none
    held: dict[int, frozenset[int]] = {}  # each mention's holder, read once however often its value is compared

    def holder(mention: Mention) -> frozenset[int]:
        if cast is None:
            return frozenset()
        if not keys:
            keys.update((st.text, st.key) for st in statements)
        found = held.get(id(mention))
        if found is None:
            found = held[id(mention)] = _holder(cast, keys, mention)
        return found

    counted = _one_key_per_thing(_rival_figures([(st, *_counts_in(st.text)) for st in statements]))
    values: dict[str, set[str]] = defaultdict(set)  # what a figure counts -> the values the story gives of it
    for _, counts, _ in counted:
        for count in counts:
            values[count.key].add(count.value)
    by_key: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for st, counts, compares in counted:
        # Values of one quantity conflict, and all of a quantity's values are values of its key: a figure whose
        # key the story gives one value of conflicts with none, and is not asked whether it is a claim. The
        # figures of one key are all asked or none, so a sentence's values of one quantity are compared as before.
        for mention in _claims(st, [count for count in counts if len(values[count.key]) > 1], compares):
            by_key[mention.quantity][mention.value].append(mention)
    out = []
    used: set[str] = set(shown or ())  # sentences already shown: each claim gets its own where possible
    for every in by_key.values():
        key = next(iter(every.values()))[0].key
        for found in _close_values(every, _ratio(key), money=key.startswith("money ")):
            for group in _by_holder(found, holder):
                # A count of the main event's is the story's own, unless whose it is is told (an election's seats):
                # asked last, as holders cost most.
                of_the_core = core if core and key.partition(" of ")[0] in core_keys and not _measured(key) else None
                conflict = _conflict(group, order, used, of_the_core, partial(_unowned, group, holder))
                if conflict is not None:
                    out.append(conflict)
    return out


_Counted = list[tuple[Statement, list[_Count], bool]]
"""Each statement with its figures (``_counts_in``)."""


def _rival_figures(counted: _Counted) -> _Counted:
    """The figures another party gives for a count told before it, keyed as that count: "The union said 18,000
    workers walked out. The company has put the figure at 11,500", "Organisers said 50,000 protesters marched; police
    put the number at 12,000", "the agency said its own figure was closer to 240,000". The count is the last one
    the article gave before, in the sentence or the sentences above; "put the number of tins affected at 212,000"
    counts what it names."""
    last: dict[str, tuple[int, _Count]] = {}  # each source's last count so far and its sentence, read in order
    out = list(counted)
    for i in sorted(range(len(counted)), key=lambda i: (counted[i][0].source, counted[i][0].position)):
        st, counts, compares = counted[i]
        for m in _RIVAL_FIGURE.finditer(st.text) if compares and _RIVAL_WORDS.search(st.text) else ():
            before = [c for c in counts if c.end <= m.start() and not c.money and not c.rival]
            earlier = last.get(st.source)
            named = m.group("named")
            if named:
                told = (named, named)
            elif before:
                told = (before[-1].key, before[-1].label)
            elif earlier is not None and st.position - earlier[0] <= _RIVAL_REACH:
                told = (earlier[1].key, earlier[1].label)
            else:
                continue
            if told[0] in _ONE_EVENTS or told[0].startswith("percent"):
                continue
            value = m.group("n").replace(",", "")
            counts = [c for c in counts if c.digits != m.span("n")] + [
                _Count(value, told[0], told[1], m.start("n"), m.end("n"), m.span("n"), False, rival=True)]
        plain = [c for c in counts if not c.money and not c.rival]
        if plain:
            last[st.source] = (st.position, max(plain, key=lambda c: c.start))
        out[i] = (st, counts, compares)
    return out


_RIVAL_REACH = 2
"""Sentences back a count another party's figure answers may stand ("The union said 18,000 walked out. The company
has put the figure at 11,500.")."""
_RIVAL_NOUNS = "(?:figure|number|total|count|tally|estimate)"
_RIVAL_WORDS = compiled_regex(rf"(?i)\b{_RIVAL_NOUNS}\b")
"""The nouns every ``_RIVAL_FIGURE`` holds: a search for them first spares most sentences the longer pattern."""
_RIVAL_FIGURE = compiled_regex(
    r"(?i)\b(?:(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their)\s+(?:own\s+)?"
    rf"{_RIVAL_NOUNS}(?:\s+of\s+(?P<named>[a-z]+s)(?:\s+[a-z]+){{0,2}}|\s+[a-z]+ed)?\s+at"
    rf"|(?:its|their|his|her)\s+own\s+{_RIVAL_NOUNS}\s+(?:was|is|of|at))\s+"
    r"(?:(?:closer|nearer)\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?P<n>\d[\d,]*\d|\d)(?![\d.,]*\d)(?!\s*(?:%|per\s*cent|percent|million|billion|bn|m)\b)")
"""Another party's figure for a count told before: "police put the figure at 12,000", "put the number trapped at
14", "put the number of tins affected at 212,000", "said its own figure was closer to 240,000". Not a share or an
amount ("put the figure at 4%", "at 2 million")."""


def _one_key_per_thing(counted: _Counted) -> _Counted:
    """The figures with a count of a noun alone keyed as the story's one count of that noun "of" something: "500
    tonnes" is the "350 tonnes of ethylene oxide" another source gives, where the story counts tonnes of nothing
    else ("tonnes of grain" and "tonnes of rice" leave "tonnes" alone) and no source counts both with other values
    (a ship "carrying 3,000 tonnes of fuel oil" that "pumped out 2,000 tonnes" tells two things)."""
    of: dict[str, set[str]] = defaultdict(set)
    # (source, head, counted "of" something) -> the values the source gives
    told: dict[tuple[str, str, bool], set[str]] = defaultdict(set)
    for st, counts, _ in counted:
        for count in counts:
            head, joined, _ = count.key.partition(" of ")
            if joined:
                of[head].add(count.key)
            told[st.source, head, bool(joined)].add(count.value)
    # Heads a source counts both alone and "of" something, with other values: "carrying 3,000 tonnes of fuel oil",
    # then "pumped out 2,000 tonnes" counts two things.
    apart = {head for (source, head, joined), values in told.items()
             if joined and told.get((source, head, False), values) != values}
    alias = {head: next(iter(keys)) for head, keys in of.items() if len(keys) == 1 and head not in apart}
    if not alias:
        return counted
    return [(st, [c._replace(key=alias[c.key]) if c.key in alias else c for c in counts], compares)
            for st, counts, compares in counted]


@lru_cache(maxsize=STORY_CACHE)
def _folded(text: str) -> str:
    """``folded(text)``, kept per statement: stage and chance conflicts each ask a table whether it may match
    the statements of the story (``RuleTable.may_match_folded``), and the statement is folded once."""
    return folded(text)


def _story_words(statements: list[Statement], frequencies: Counter[str] | None) -> set[str]:
    """The story's own words: those of more than ``TOPIC_SHARE`` of its sentences, which tell no event apart.
    ``frequencies``: the sentences' document frequencies (``spread``), when the caller already counted them."""
    counts = spread(st.text for st in statements) if frequencies is None else frequencies
    return {w for w, n in counts.items() if n > TOPIC_SHARE * len(statements)}


def place_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                    shown: set[str] | None = None, frequencies: Counter[str] | None = None) -> list[Conflict]:
    """A natural feature of one kind named differently by different sources about the same thing ("a drone
    ship in the Pacific Ocean" and "a drone ship stationed in the Atlantic Ocean"): sentences sharing at
    least ``SAME_PLACE`` words besides the names and the story's own words (those of more than
    ``TOPIC_SHARE`` of its sentences: "cargo vessel" is in every sentence about a smuggling story,
    and two transfers in two seas are two events). A sentence naming two of one kind compares them itself.
    ``frequencies``: the statements' document frequencies (``spread``), when the caller already counted them."""
    topic = cache(lambda: _story_words(statements, frequencies))  # counted only if two sentences name places of a kind

    def same_thing(a: Statement, b: Statement, names: str) -> bool:
        days_a, days_b = content_set(a.text) & WEEKDAYS, content_set(b.text) & WEEKDAYS
        if days_a and days_b and not days_a & days_b:
            return False  # Friday's test and Tuesday's test: two events
        return len((content_set(a.text) & content_set(b.text)) - content_set(names) - topic()) >= SAME_PLACE

    named: dict[str, list[tuple[str, Statement]]] = defaultdict(list)  # kind -> (name, statement)
    for st in statements:
        if PLACE_KIND.search(st.text) is None:  # most name no place of the table
            continue
        found: dict[str, set[str]] = defaultdict(set)
        for hit in PLACES.all(st.text):
            for m in hit.rule.pattern.finditer(st.text):  # type: ignore[union-attr]
                found[m.group(2)].add(" ".join(m.group(1).split()).removeprefix("The ").removeprefix("the "))
        for kind, names in found.items():
            if len(names) == 1:
                named[kind].append((next(iter(names)), st))
    used: set[str] = set(shown or ())
    out = []
    for kind, mentions in named.items():
        for name, st in mentions:
            others = [(n, o) for n, o in mentions if not _one_name(n, name) and o.source != st.source
                      and same_thing(st, o, f"{name} {n} {kind}")]
            if not others:
                continue
            sides: dict[str, list[Statement]] = defaultdict(list)
            for n, o in [(name, st), *others]:
                sides[n].append(o)
            # Every source giving one of these names about the same thing stands on its side.
            for n, o in mentions:
                if n in sides and o not in sides[n] and any(
                        same_thing(o, x, f"{n} {m} {kind}") for m, xs in sides.items() if m != n for x in xs):
                    sides[n].append(o)
            if any(_one_name(n, m) for n in sides for m in sides if n != m):
                continue
            claims = []
            for n, sts in sides.items():
                best = min(sts, key=lambda o: (_shown_in(o.text, used), o.position))
                # A sentence the briefing already shows (a quotation in Reactions) is given by its clause
                # naming the place, so the disagreement does not print the item twice.
                text = _clause_naming(best.text, n) if _shown_in(best.text, used) else best.text
                used.add(best.text)
                claims.append(Item(text=text, sources=order({o.source for o in sts})))
            out.append(Conflict(about=f"which {kind.lower()}", claims=claims))
            break  # one per kind: the first disagreement found, with every side
    return out


def _shown_in(sentence: str, shown: set[str]) -> bool:
    """``sentence`` is, or holds, a text already shown (a quotation shown without its "the company added")."""
    folded = fold(sentence)
    return any(text and fold(text) in folded for text in shown)


def _clause_naming(sentence: str, name: str) -> str:
    """The clause of ``sentence`` that names ``name`` ("which will be stationed in the Atlantic Ocean"), or the
    sentence when the name is not found as written."""
    at = sentence.find(name)
    if at < 0:
        return sentence
    left, right = clause_around(sentence, at, at + len(name))
    clause = sentence[left:right].strip(" \u201c\u201d\"'\u2018\u2019")
    return clause[0].upper() + clause[1:] if clause[:1].islower() else clause


def stage_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                    shown: set[str] | None = None, frequencies: Counter[str] | None = None) -> list[Conflict]:
    """One moment of the event put at neighbouring stages by different sources ("stopped again in the
    28th lap", "Lap 29: the race is stopped again"). A stage numbers a moment rather than counting
    anything, so far-apart stages are simply other moments (a crash on lap 20, another on lap 48); reports
    of one moment differ by one, the stage begun or the stage completed (``STAGE_SLIP``). A source giving
    both numbers tells two moments, and the two sentences must share a word besides the stage and the
    story's own words (``TOPIC_SHARE``), so neighbouring laps of two incidents are not set against each other.
    ``frequencies`` as in ``place_conflicts``."""
    topic = cache(lambda: _story_words(statements, frequencies))  # counted only if sources give neighbouring stages
    told: dict[tuple[str, int], list[Statement]] = defaultdict(list)  # (stage, number) -> statements
    for st in statements:
        # A stage is numbered in digits (``STAGES``): most sentences have none, known per sentence already.
        if not (may_hold_figures(st.text) and STAGES.may_match_folded(_folded(st.text))):
            continue
        for hit in STAGES.all(st.text):
            for m in hit.rule.pattern.finditer(st.text):  # type: ignore[union-attr]
                told[(hit.kind.value, int(m.group(1) or m.group(2)))].append(st)
    used: set[str] = set(shown or ())
    out = []
    for (stage, n), these in sorted(told.items()):
        those = told.get((stage, n + STAGE_SLIP), [])
        here, there = {st.source for st in these}, {st.source for st in those}
        if not those or here & there:
            continue
        pairs = [(a, b) for a in these for b in those if (content_set(a.text) & content_set(b.text))
                 - content_set(f"{stage} {stage}s") - topic()]
        if not pairs:
            continue
        a, b = min(pairs, key=lambda p: (p[0].text in used or p[1].text in used, p[0].position + p[1].position))
        used |= {a.text, b.text}
        out.append(Conflict(about=f"which {stage}", claims=[Item(text=a.text, sources=order(here)),
                                                            Item(text=b.text, sources=order(there))]))
    return out


def distinct_conflicts(conflicts: list[Conflict]) -> list[Conflict]:
    """Each disagreement once: a conflict whose claims are an earlier one's, the same sources on each side and each
    claim's words inside the other's or holding them, with figures, the same ones, is that conflict told again (a
    tally read as a count of votes, "by 98 votes to 37" against "by 94 votes to 41", and as a vote's tally). Two
    disagreements between the same sources (a toll and a date, a count and a name spelt two ways) stay."""
    kept: list[Conflict] = []
    for conflict in conflicts:
        if any(_same_claims(conflict.claims, other.claims) for other in kept):
            continue
        # A vote's tally read as a count of votes too, its sides drawn from fewer sentences: the vote, citing more.
        tally = next((k for k, other in enumerate(kept) if {conflict.about, other.about} == _A_VOTE
                      and _nested_claims(conflict.claims, other.claims)), None)
        if tally is None:
            kept.append(conflict)
        elif conflict.about == "vote":
            kept[tally] = conflict
    return kept


_A_VOTE = {"vote", "votes"}


def _nested_claims(these: list[Item], those: list[Item]) -> bool:
    """Each claim of ``these`` pairs with one of ``those`` whose sources and figures hold its own, or the other way:
    "by 98 votes to 37" [2, 4] inside "..., voting 98 to 37 to make platforms ..." [1, 2, 4]."""
    def held(small: Item, large: Item) -> bool:
        return set(small.sources) <= set(large.sources) \
            and set(_FIGURES.findall(small.text)) <= set(_FIGURES.findall(large.text))
    return len(these) == len(those) and all(any(held(c, o) or held(o, c) for o in those) for c in these)


def _same_claims(these: list[Item], those: list[Item]) -> bool:
    by_sources = {frozenset(c.sources): c.text.casefold() for c in those}
    return len(these) == len(those) and all(
        (other := by_sources.get(frozenset(c.sources))) is not None
        and ((mine := c.text.casefold()) in other or other in mine)
        and (figures := _FIGURES.findall(mine)) and figures == _FIGURES.findall(other)
        for c in these)


_FIGURES = compiled(r"\d[\d,.]*\d|\d")


def vote_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                   shown: set[str] | None = None) -> list[Conflict]:
    """One vote given different tallies by different sources ("voted 5-2" and "by a 4-3 vote", or "ruled unanimously"
    and "split two to one"): each source stands by the one tally it gives (one giving two, in a sentence or in two,
    tells two votes: "which voted 4-3 last year ..., voted 5-2 on Monday", a first and a final round), and two tallies
    are one vote's only counting the same votes cast (``_one_vote``), for the same thing where both say what for
    (``_same_purpose``), in sentences sharing ``SAME_VOTE`` words besides the words of voting: a story's two votes (a
    ban, a motion on parking fines) stay apart."""
    first: dict[str, tuple[tuple[int, int], Statement]] = {}
    purposes: dict[str, regex.Match[str] | None] = {}  # "voted 51-49 to end debate": what the vote was for
    several: set[str] = set()  # sources giving two tallies: two votes (two rounds, a bill and its amendment)
    for st in sorted(statements, key=lambda s: s.position):
        if st.source in several or not (may_hold_figures(st.text) or _TALLY_IN_WORDS.search(st.text)) \
                or not TALLIES.may_match_folded(_folded(st.text)):
            continue
        hit = TALLIES.first(st.text)
        if hit is None or hit.match is None:
            continue
        if hit.kind is Tally.UNANIMOUS:
            tally, again = UNANIMOUS, None
        else:
            a, b = (int(number_value(n.casefold()) or 0) for n in hit.match.groups() if n is not None)
            tally = (max(a, b), min(a, b))
            again = hit.rule.pattern.search(st.text, hit.match.end())  # type: ignore[union-attr]
        if again or (st.source in first and first[st.source][0] != tally):
            several.add(st.source)
            continue
        if st.source not in first:
            first[st.source] = (tally, st)
            purposes[st.source] = _VOTED_TO.match(st.text, hit.match.end())
    for source in several:
        first.pop(source, None)
    if len({tally for tally, _ in first.values()}) < 2:
        return []  # most stories: no vote, or one tally
    kept = _sides_of_one(first, content_set("vote votes voted voting"), SAME_VOTE, _one_vote,
                         lambda a, b: _same_purpose(purposes, a, b))
    if len(kept) < 2:
        return []
    return [Conflict(about="vote", claims=_side_claims(kept, order, set(shown or ())))]


SAME_DAY_WORDS = 2
"""Words two sentences giving a day of a month share, besides the calendar, the word before the day and the story's own
words, to tell the same thing's day."""
DAY_SLIP = 1
"""Days by which two sources' days of one thing differ at most: a day told a day early or late (a time zone, an event
overnight, the day announced or the day it takes effect). Days further apart are most often two things' (an arrest
on 12 March and a first hearing on 14 March, a line shut until 14 April and buses running until 12 April)."""
def _same_opening(a: str, b: str) -> bool:
    """Neither sentence opens on a word of its own among its first few ("Older diesel vans will pay ... from 1 March",
    "Older diesel cars will pay ... from 1 April": two phases of one measure, each its own subject's start)."""
    first_a, first_b = (content_set(" ".join(text.split()[:_OPENING])) for text in (a, b))
    return not _apart(first_a, first_b)


def _apart(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Each set has a word the other lacks: the things named before two days are two ("the charge for older diesel
    vans will apply from", "... cars will apply from"), where "public parks ... from" and "parks ... across Corvane
    from" name the same."""
    return bool(a - b and b - a)


_OPENING = 4
"""Words a sentence opens on, its subject: two sources' subjects differ where each has a word the other lacks."""
_TERM_DAYS = frozenset({"from", "starting", "until", "till", "ending"})
"""Words before a day on which a measure starts or ends, which two sources may give in two months on the same day of
the month ("from 1 March", "from April 1"): the month told wrong, not two things, where the sentences tell the same
thing (``SAME_DAY_WORDS``) and no source gives both days."""
_STARTS_ON = compiled_regex(r"(?i)\b(?:into force|into effect|takes? effect|took effect|starts?|begins?|kicks? in|"
                            r"comes? in|applies|apply)\s+$")


def _day_word(text: str, m: regex.Match[str]) -> str:
    """The word a day of the month follows (``DAYS_OF``), "on" after a start read as "from": "comes into force on 1
    November" and "from 1 October" give one thing's day, a measure's start."""
    word: str = m.group("word").casefold()
    if word == "on" and _STARTS_ON.search(text, max(0, m.start() - 30), m.start()):
        return "from"
    return word


_DAY_LEAD = 6
"""Words before a day that say what happens on it, one of which two sources' sentences must share: "arrested at his
flat on 10 May" and "formally charged on 11 May" tell two things."""
_DAY_OF_YEAR = {name[:3]: start for name, start in zip(MONTH_NAMES, (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305,
                                                                     335), strict=True)}
_ANY_DAY = compiled_regex(rf"(?i)\b(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})\b"
                          rf"|\b(?P<month2>{MONTH})\s+(?P<day2>[1-9]|[12]\d|3[01])(?![\w,.:]\d)\b")
"""Any day of a month a sentence gives, after a word of ``DAYS_OF`` or not ("on Monday, 7 July, and Tuesday, 8 July"):
the days a source tells apart."""


def day_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                  shown: set[str] | None = None, frequencies: Counter[str] | None = None) -> list[Conflict]:
    """One thing's day given differently by different sources ("free flights home until 27 October", "until 28
    October"): days of a month after the same word ("until", "by", "from", ``DAYS_OF``), ``DAY_SLIP`` days apart at
    most, in sentences sharing ``SAME_DAY_WORDS`` words besides the calendar and the story's own words
    (``TOPIC_SHARE``). A source telling both days tells two things (an arrest on 12 March, a hearing on 14 March; a
    strike "on Monday, 7 July, and Tuesday, 8 July" that two others each give one day of), and
    a sentence giving two days compares them: neither is set against the other. A day is its year's where a year is
    written after it: two sentences writing two years tell two years' days (this election's and the last), and a source
    giving "born on or after 1 January 2010" gives no "1 January 2027". ``frequencies`` as in ``place_conflicts``."""
    told: dict[str, list[tuple[str, int, Statement]]] = defaultdict(list)  # word -> (source, day of year, statement)
    leading: dict[int, frozenset[str]] = {}  # statement -> the content words just before its day
    days_of: dict[str, set[tuple[int, str]]] = defaultdict(set)  # source -> every day it gives, with its year or ""
    of_month: dict[int, int] = {}  # statement -> the day of the month it gives
    year_of: dict[int, str] = {}  # statement -> the year written after its day, or ""
    for st in sorted(statements, key=lambda s: s.position):
        if not may_hold_figures(st.text) or not DAYS_OF.may_match_folded(_folded(st.text)):
            continue
        matches = [m for hit in DAYS_OF.all(st.text) for m in hit.rule.pattern.finditer(st.text)]  # type: ignore[union-attr]
        found = [(_day_word(st.text, m), _DAY_OF_YEAR[m.group("month")[:3].casefold()] + int(m.group("day")))
                 for m in matches]
        days_of[st.source].update((_DAY_OF_YEAR[(m.group("month") or m.group("month2"))[:3].casefold()]
                                   + int(m.group("day") or m.group("day2")), _year_after(st.text, m.end()))
                                  for m in _ANY_DAY.finditer(st.text))
        if len({day for _, day in found}) == 1:
            told[found[0][0]].append((st.source, found[0][1], st))
            of_month[st.key] = int(matches[0].group("day"))
            year_of[st.key] = _year_after(st.text, matches[0].end())
            leading[st.key] = content_set(" ".join(w for w in st.text[:matches[0].start()].split()[-_DAY_LEAD:]
                                                   if w[:1].islower()))  # names are the story's, not what happened
    if not any(len({day for _, day, _ in mentions}) > 1 for mentions in told.values()):
        return []  # most stories: no day, or one per word
    common = _story_words(statements, frequencies) | content_set(" ".join((*MONTH_NAMES, *told)))
    used: set[str] = set(shown or ())
    out = []
    for word, mentions in told.items():
        pairs = [(a, b) for a in mentions for b in mentions
                 if a[0] < b[0] and a[1] != b[1]
                 and (abs(a[1] - b[1]) <= DAY_SLIP or (word in _TERM_DAYS and of_month[a[2].key] == of_month[b[2].key]
                                                       and _same_opening(a[2].text, b[2].text)
                                                       and not _apart(*({w for w in leading[st.key] if _plural(w)}
                                                                        for st in (a[2], b[2])))))
                 and not (year_of[a[2].key] and year_of[b[2].key] and year_of[a[2].key] != year_of[b[2].key])
                 and not _gives(days_of[a[0]], b[1], year_of[b[2].key])
                 and not _gives(days_of[b[0]], a[1], year_of[a[2].key])
                 and not any(_gives(given, a[1], "") and _gives(given, b[1], "")
                             for source, given in days_of.items() if source not in (a[0], b[0]))
                 and leading[a[2].key] & leading[b[2].key]  # what happens on the day: "fly ... home until"
                 and len((content_set(a[2].text) & content_set(b[2].text)) - common) >= SAME_DAY_WORDS]
        if not pairs:
            continue
        by_day: dict[int, list[Statement]] = defaultdict(list)
        for a, b in pairs:
            for _, day, st in (a, b):
                if st not in by_day[day]:
                    by_day[day].append(st)
        if len(by_day) == 2:  # one disagreement: two days, each its sources' (more would be several things)
            out.append(Conflict(about="date", claims=_side_claims(list(by_day.values()), order, used)))
    return out


_YEAR_AFTER = compiled_regex(r"\G,?\s+((?:19|20)\d\d)\b")


def _year_after(text: str, end: int) -> str:
    """The year written right after a day ending at ``end`` ("1 January 2010", "January 1, 2027"), or ""."""
    m = _YEAR_AFTER.match(text, end)
    return m.group(1) if m else ""


def _gives(days: set[tuple[int, str]], day: int, year: str) -> bool:
    """A source giving ``days`` gives ``day`` of ``year``: the same day of the year, in the same year where both are
    written ("born on or after 1 January 2010" is no "1 January 2027")."""
    return any(d == day and (not y or not year or y == year) for d, y in days)


TIME_SLIP = 50
"""Minutes by which two sources' clock times of one thing differ at most: a time told early or late ("the first alert
at 11:12 pm", "reports of the blast around 11:40 p.m."). Further apart, most often two things' times (a take-off and a
crash, a blast and the end of a siege); an hour apart, most often one time in two zones or clocks."""
_CLOCK = compiled_regex(
    r"(?i)(?<![\d:.])\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?m\b\.?"
    r"|(?<![\d:.])\b(?P<hour24>[01]\d|2[0-3])(?P<mark>[:.])(?P<minute24>[0-5]\d)\b(?![:.]\d|\s?[ap]\.?m\b)")
"""A clock time in figures: "11:12 pm", "11:30pm", "10:15 a.m.", "2.15am", "00:48", "23.10". Not a race time
("2:04:11"), nor "noon" or "midnight", which round a time ("around midnight") as often as they tell one."""
_CLOCK_HINT = compiled_regex(r"\d(?:[:.]\d|\s?[apAP]\.?[mM])")
"""What every clock time holds, asked first: ``_CLOCK``, which may start anywhere, costs eight times as much a
sentence, and few sentences with figures hold a time."""
_DOT_TIME_AFTER = compiled_regex(r"(?i)\b(?:at|around|about|approximately|roughly|until|by)\s+$")
"""Words a time of 24 hours written with a dot ("23.10") comes right after: elsewhere such a figure is a price or a
measure ("petrol rose to 19.45 crowns")."""
_ZONE = compiled_regex(r"\G\s*\(?(?P<zone>local time|(?:[A-Z][\w.]*\s+){1,2}time|Eastern|Central|Mountain|Pacific|GMT"
                       r"|UTC|BST|CES?T|EES?T|IST|JST|KST|HKT|AES?T|AEDT|[ECMP][SD]?T)\b")
_SAME_ZONE = {"edt": "et", "est": "et", "eastern": "et", "cdt": "ct", "cst": "ct", "central": "ct", "mdt": "mt",
              "mst": "mt", "mountain": "mt", "pdt": "pt", "pst": "pt", "pacific": "pt", "gmt": "utc", "local time": ""}
"""One zone's names ("EDT", "ET", "Eastern"); "local time" is the zone a time is told in when none is named."""
_NO_EVENT_TIME = compiled_regex(
    r"\b(?:[Ss]cheduled|[Dd]ue|[Ee]xpected|[Pp]lanned|[Ss]upposed|[Ss]lated|[Mm]eant|[Ww]ill|[Ww]ould|[Ss]hould"
    r"|[Cc]ould|[Mm]ight|may|[Nn]ormally|[Uu]sually|[Tt]ypically|[Tt]imetabled|[Bb]ooked|was to|were to|set to)\b"
    r"[^.;]{0,40}$"
    r"|(?i:\b(?:until|till|before|after|since|from|by|between|every|each|no later than|no earlier than))\s+"
    r"(?i:(?:about|around|approximately|roughly|shortly|just)\s+)?$"
    r"|(?i:\b(?:said|says|announced|updated?|tweeted|posted|wrote|confirmed|percent|per cent|lower|higher|trading"
    r"|traded|stood|conference|briefing)"
    r"(?:\s+\w+){0,2}?\s+(?:at|around|about)\s+(?:about\s+|around\s+)?|\bas of\s+)$"
    r"|(?i:\b(?:in|clocked|time of|timed at|the|a|an))\s+$|\d\s*(?i:to|and|-|\u2013)\s+$"
    r"|(?i:\b(?:after|following|caused by|triggered by|sparked by)\b)(?:\s+[\w'-]+){1,4}\s+(?i:at|around|about)\s+$"
    r"|\b(?:I|I'm|I've|[Ww]e|[Uu]s|[Mm]y|[Oo]ur|[Mm]e)\b"
    r"|\b(?:[Ss]he|[Hh]e|[Tt]hey)\b[^.;]{0,30}\b(?:heard|saw|felt|noticed|woke)\b"
    r"|(?i:\b(?:initially|originally|previously|at first|wrongly|mistakenly)\b)[^.;]{0,60}$")
"""What makes a clock time no account of when the story's thing happened, read in the words before it: a plan or a
habit ("scheduled to land at 9:45 am", "normally leaves at 7:15"); a bound right before it ("until 6 am", "no later
than 11:10 pm"); a statement or a reading it stamps ("the ministry said at 6:30 p.m. that", "down 4.2 percent at 10:05
a.m."); a race time ("won in 13:42"); a witness's own experience ("I heard a noise at around 6am", "she heard the
explosion at 11:05 p.m."), which two witnesses have at two times; an account since taken back ("had initially said the
gate failed at 4:10 a.m."); a range's end ("from 2 to 2:45 a.m."); a time naming something ("the 6:52 a.m. service");
the time of a cause ("collapsed after a gas explosion at 6:10 a.m.")."""
_SUCCESSION = content_set("second third fourth last final next another further fresh new later earlier aftershock "
                          "aftershocks again northbound southbound eastbound westbound inbound outbound upper lower")
"""Words telling one of a succession or one side ("A strong aftershock struck at 3:47", "the second semi-final", "The
northbound carriageway reopened"): a time with one on one side only, or different ones, is another thing's than a time
without. Neither they nor "first" are a subject two sentences share ("The first collision", "The first ambulance")."""
_PHASES = (content_set("left departed took takeoff launched fired flew reported broke started began erupted spotted"),
           content_set("landed arrived touched splashed control extinguished contained ended finished"))
"""The start and the end of one thing ("left Dunmore airport at 6:10" and "landed at Kessel airport at 6:52", "was
reported at 2:10" and "brought under control at 2:58"): two times of it, not one told two ways."""
_PERSONS = content_set("boy girl man woman child toddler baby infant teenager teen son daughter mother father "
                       "grandfather grandmother brother sister husband wife")
"""Kinds of people: two sentences whose subjects are people of two kinds ("The girl was pulled from the rubble at 4:10",
"The 74-year-old man was pulled from the rubble at 4:55") tell of two people."""
_AUXILIARY_PAST = frozenset({"was", "were", "had", "has", "said"})
_PASSIVE_BEFORE = compiled_regex(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_DAY_NAMED = compiled_regex(rf"(?i)\b(?:{'|'.join(WEEKDAY_NAMES)})\b|\b{MONTH}\.? \d{{1,2}}\b|\b\d{{1,2}} {MONTH}\b")
"""A day a sentence names ("on Monday", "May 3", "3 May"): two sentences naming two days tell two days' times."""
_DAY_BEFORE = compiled_regex(r"(?i)\bthe (?:previous|preceding) (?:night|day|evening|morning|afternoon)\b"
                             r"|\bthe (?:night|day|evening) before\b")
"""A day before the story's, anywhere in the sentence ("called to the same warehouse at 1:20 a.m. the previous night"):
its time is another day's."""
_ORDER = _SUCCESSION | content_set("first initial")
_OBJECT_OPENS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "two", "three"})
"""Words opening a verb's object ("entered the bank", "reached two miners")."""
_ABOUT_A_TIME = content_set("around about approximately roughly shortly just local time")
"""Words that hedge or place a time, which any two sentences giving one share."""
_CLOCK_LEAD = 6
"""Content words before a clock time that say what happened then, one of which two sources' sentences must share (a
stem: "received reports of the crash around", "the first alert was received at")."""


def _minute_of_day(m: regex.Match[str]) -> int:
    """The minute of the day a clock time names (``_CLOCK``)."""
    if m.group("hour24"):
        return int(m.group("hour24")) * 60 + int(m.group("minute24"))
    hour = int(m.group("hour")) % 12 + (12 if m.group("half").casefold() == "p" else 0)
    return hour * 60 + int(m.group("minute") or 0)


def _stem(word: str) -> str:
    """A word without its commonest endings, so "landed" and "land", "received" and "receive" meet."""
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


class _Told(NamedTuple):
    """A clock time a sentence gives for something that happened."""

    minute: int
    zone: str
    lead: frozenset[str]  # the content words before it (``_CLOCK_LEAD``)
    stems: frozenset[str]  # their stems, but for words of succession
    statement: Statement
    verb: str  # the stem of the verb in the past nearest before it: what happened then
    subject: frozenset[str]  # the stems of the content words before that verb
    active: bool  # the verb is not a passive's ("were lifted")
    people: frozenset[str]  # the kinds of people (``_PERSONS``) before that verb
    acts_on: bool  # the verb takes an object ("entered the bank"): an act on something, not a thing happening
    named_after: frozenset[str]  # the capitalised words between the verb and the time: where it happened
    day: str  # the day the sentence names, folded, or ""


def _event_time(st: Statement, m: regex.Match[str]) -> _Told | None:
    """The time ``m`` as an account of when something happened, or ``None`` (``_NO_EVENT_TIME``, no verb in the past
    before it, another time's: "last month" before it)."""
    before = st.text[:m.start()]
    if _NO_EVENT_TIME.search(before) is not None or _ANOTHER_TIME.search(before) is not None \
            or _DAY_BEFORE.search(st.text) is not None \
            or (m.group("mark") == "." and _DOT_TIME_AFTER.search(before) is None):
        return None
    words = before.split()
    verb = next((i for i in range(len(words) - 1, -1, -1) if (low := words[i].strip(",;:'\"").casefold())
                 not in _AUXILIARY_PAST and is_past_form(low)), None)
    if verb is None:
        return None  # no verb in the past before it: a timetable ("kicks off at 8 p.m.", "airs at 8:30 p.m.")
    kept = [content_set(w) - _ABOUT_A_TIME for w in words if w[:1].islower()]
    lead = frozenset().union(*[c for c in kept if c][-_CLOCK_LEAD:])
    zone = _ZONE.match(st.text, m.end())
    named = zone.group("zone").casefold() if zone else "local time"
    day = _DAY_NAMED.search(st.text)
    head = content_set(" ".join(words[:verb]))
    after = [w.strip(",;:'\"") for w in words[verb + 1:]]
    return _Told(_minute_of_day(m), _SAME_ZONE.get(named, named), lead, frozenset(_stem(w) for w in lead - _SUCCESSION),
                 st, _stem(words[verb].strip(",;:'\"").casefold()), frozenset(_stem(w) for w in head - _ORDER),
                 _PASSIVE_BEFORE.search(" ".join(words[:verb]) + " ") is None, head & _PERSONS,
                 bool(after) and (after[0].casefold() in _OBJECT_OPENS or after[0][:1].isupper()),
                 frozenset(w for w in after if w[:1].isupper()), day.group().casefold() if day else "")


def _one_thing(a: _Told, b: _Told) -> bool:
    """Two sources' times may be one thing's: other sources, other minutes ``TIME_SLIP`` apart at most, one zone, no
    two days, a stem in common, the same words of succession, not the start and the end of something (``_PHASES``),
    not people of two kinds (``_PERSONS``), not two places after the verb ("hit the town of Vesk", "hit the city of
    Aldane"), and one act: the same verb, or two verbs each what a subject they share did, taking no object ("The roof
    of the tunnel caved in", "Part of the tunnel roof collapsed"); not two acts on one thing ("Officers arrested the
    man", "Prosecutors charged the man"; "reached the seven miners", "The seven miners were lifted") nor one agent's
    two acts ("The gunman entered the bank", "The gunman surrendered")."""
    apart = abs(a.minute - b.minute)
    start, end = _PHASES
    if a.statement.source == b.statement.source or not 0 < min(apart, 1440 - apart) <= TIME_SLIP \
            or a.zone != b.zone or (a.day and b.day and a.day != b.day) or not a.stems & b.stems \
            or a.lead & _SUCCESSION != b.lead & _SUCCESSION \
            or (a.lead & start and b.lead & end) or (a.lead & end and b.lead & start):
        return False
    if (a.people and b.people and a.people != b.people) \
            or (a.named_after and b.named_after and not a.named_after & b.named_after):
        return False
    return a.verb == b.verb or (a.active and b.active and not (a.acts_on or b.acts_on) and bool(a.subject & b.subject))


def time_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                   shown: set[str] | None = None) -> list[Conflict]:
    """One thing's clock time given differently by different sources ("the first call was received at 11:12 pm",
    "Officials received reports of the blast around 11:40 p.m."): one clock time in each sentence, told in the past
    as when something happened (``_event_time``), the two of one thing (``_one_thing``). A source giving two of the
    times tells two things. Two times or three, each pair told of one thing ("at 4:20 a.m.", "at around 4:45 a.m.",
    "at 5 a.m."), make one disagreement; more are several things'."""
    told: list[_Told] = []
    times_of: dict[str, set[int]] = defaultdict(set)  # source -> every clock time it gives
    for st in statements:
        if not may_hold_figures(st.text) or _CLOCK_HINT.search(st.text) is None:
            continue  # most sentences: no time
        found = list(_CLOCK.finditer(st.text))
        times_of[st.source].update(_minute_of_day(m) for m in found)
        if len(found) == 1 and (event := _event_time(st, found[0])) is not None:
            told.append(event)
    pairs = [(a, b) for a, b in itertools.combinations(told, 2) if _one_thing(a, b)
             and not any({a.minute, b.minute} <= given for given in times_of.values())]
    by_time: dict[int, list[Statement]] = defaultdict(list)
    for a, b in pairs:
        for t in (a, b):
            if t.statement not in by_time[t.minute]:
                by_time[t.minute].append(t.statement)
    linked = {frozenset((a.minute, b.minute)) for a, b in pairs}
    if not 2 <= len(by_time) <= 3 or len(linked) != len(by_time) * (len(by_time) - 1) // 2:
        return []  # no time told two ways, or several things' times
    return [Conflict(about="time", claims=_side_claims(list(by_time.values()), order, set(shown or ())))]


SAME_SPAN_WORDS = 2
"""Words two sentences giving a length of time share, besides units of time and the story's own words, to tell one
thing's length."""
SPAN_RATIO = 2.0
"""Lengths of one thing two sources give are at most this far apart; further apart they are two things' (a 28-day
detention and a 90-day deadline)."""
SPAN_ROUNDING = 0.04
"""Lengths this close are one, told in other units ("three months" and "90 days")."""
_DAYS_IN = {"day": 1, "week": 7, "month": 30, "year": 365}
_RANGE_END = compiled_regex(r"(?:(?:\d|\b(?:" + "|".join(NUMBER_WORDS) + r"))[\s-]*(?:to|or|-|\u2013)[\s-]*"
                            r"|\bbetween\s+\S+\s+and\s+)$", regex.I)
"""A number and "to", "or" or a dash right before a length: it ends a range ("3-5 days", "three to five days", "two or
three weeks", "a 10- to 14-day course", "7-to-10 days", "between two and three weeks"), no one length a source
gives."""
_SPAN_WORDS = content_set("day days week weeks month months year years")


def span_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                   shown: set[str] | None = None, frequencies: Counter[str] | None = None) -> list[Conflict]:
    """One thing's length of time given differently by different sources ("within 90 days" and "within 60 days", "a
    30-day wind-down" and "a 45-day wind-down"), lengths read in days ("three months" is "90 days"). The length most
    sources give is one side; another, at most ``SPAN_RATIO`` from it, is the other where its sentence shares
    ``SAME_SPAN_WORDS`` words, besides units of time and the story's own words (``TOPIC_SHARE``), with one of the
    first side's; a source giving the first side's length stands by it. ``frequencies`` as in ``place_conflicts``."""
    told: dict[str, list[tuple[float, Statement]]] = defaultdict(list)  # source -> (days, statement)
    written: dict[int, str] = {}  # statement -> how it writes the length, the first it gives
    at: dict[int, tuple[int, int]] = {}  # statement -> where that length stands
    for st in sorted(statements, key=lambda s: s.position):
        text = st.text
        # Every length names a unit: most sentences name none, each test in C ("Monday" holds no " day").
        if (" day" not in text and "-day" not in text and "days" not in text and "week" not in text
                and "month" not in text and "Day" not in text and "Week" not in text and "Month" not in text) \
                or not SPANS.may_match_folded(_folded(text)):
            continue
        found = []
        for m in SPANS["span"].pattern.finditer(text):  # type: ignore[union-attr]
            n = number_value(m.group("n").casefold())
            before = st.text[max(0, m.start() - 30):m.start()]
            if n and not _APPROXIMATE.search(before) and not _LOWER_BOUND.search(before) \
                    and not _RANGE_END.search(before):  # "almost two weeks", "three to five days"
                found.append((n * _DAYS_IN[m.group("unit").casefold().rstrip("s")], m))
        # Two lengths in one sentence compare things ("seven days instead of 10", "from 14 days to 28"): neither is
        # the source's length of one thing.
        if len(found) == 1 or (found and all(_same_span(days, found[0][0]) for days, _ in found)):
            days, m = found[0]
            told[st.source].append((days, st))
            written[st.key], at[st.key] = fold(m.group()).replace("-", " "), m.span()
    lengths = sorted({days for mentions in told.values() for days, _ in mentions})
    if len(told) < 2 or len(lengths) < 2:
        return []  # most stories: no length, or one source's
    common = frozenset(_story_words(statements, frequencies) | _SPAN_WORDS)
    used: set[str] = set(shown or ())
    out = []
    done: set[float] = set()
    for _ in range(3):  # a story's few lengths, most carried first
        carried = {v: {s for s, ms in told.items() if any(_same_span(d, v) for d, _ in ms)} for v in lengths
                   if v not in done}
        if not carried:
            break
        main = max(carried, key=lambda v: (len(carried[v]), -v))
        done.update(v for v in lengths if _same_span(v, main))
        mains = [st for s in carried[main] for d, st in told[s] if _same_span(d, main)]
        others: dict[float, list[Statement]] = defaultdict(list)
        given = {days for source in carried[main] for days, _ in told[source]}  # by a source giving the main one
        for source, mentions in told.items():
            if source in carried[main]:
                continue
            for days, st in mentions:
                if any(_same_span(days, other) for other in given):
                    continue  # a source giving both lengths tells two things: a limit now and the one proposed
                if max(days, main) <= SPAN_RATIO * min(days, main) and any(
                        len((content_set(st.text) & content_set(m.text)) - common) >= SAME_SPAN_WORDS for m in mains):
                    others[days].append(st)
                    break
        if others:
            # Each side shown in the words most of its sources write it in, else in figures ("90 days", not one
            # outlet's "three months").
            sides = [sorted(side, key=lambda st: (-sum(written[o.key] == written[st.key] for o in side),
                                                  not written[st.key][:1].isdigit(), st.position, st.key))
                     for side in (mains, *others.values())]
            claims = _side_claims(sides, order, used)
            for claim, side in zip(claims, sorted(sides, key=lambda s: -len(s)), strict=True):
                shown_st = next(st for st in side if st.text == claim.text)
                claim.text = _clause(shown_st.text, *at[shown_st.key])  # the clause giving the length
            out.append(Conflict(about="length of time", claims=claims))
            done.update(others)
    return out


def _same_span(a: float, b: float) -> bool:
    return abs(a - b) <= SPAN_ROUNDING * max(a, b)


def term_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                   shown: set[str] | None = None) -> list[Conflict]:
    """One prison term given different lengths by different sources ("sentenced to eight years", "jailed for nine
    years"): each source stands by the first term it gives (the one of whom the story is about: a term it gives
    later is another's, as a co-defendant's), and two terms are one only in sentences sharing ``SAME_TERM`` words
    besides the words of sentencing, as the name of whom the court sentenced."""
    first: dict[str, tuple[int, Statement]] = {}
    for st in sorted(statements, key=lambda s: s.position):
        if st.source in first or ("year" not in st.text and "month" not in st.text) \
                or not PRISON_TERMS.may_match_folded(_folded(st.text)):
            continue
        hit = PRISON_TERMS.first(st.text)
        if hit is None or hit.match is None or PRISON_TERMS.first(st.text[hit.match.end():]) is not None:
            continue  # two terms in a sentence are two people's ("sentenced Ruiz to five years and Reyes to eight")
        months = int(number_value(hit.match.group("n").casefold()) or 0) \
            * (12 if hit.match.group("unit").startswith("y") else 1)
        first[st.source] = (months, st)
    if len({length for length, _ in first.values()}) < 2:
        return []  # most stories: no term, or one
    kept = _sides_of_one(first, content_set("sentence sentenced jailed prison jail years year months month term"),
                         SAME_TERM)
    if len(kept) < 2:
        return []
    return [Conflict(about="prison term", claims=_side_claims(kept, order, set(shown or ())))]


_V = TypeVar("_V")


def _sides_of_one(first: dict[str, tuple[_V, Statement]], common: frozenset[str], least: int,
                  may_be_one: Callable[[_V, _V], bool] = lambda _a, _b: True,
                  same: Callable[[Statement, Statement], bool] = lambda _a, _b: True) -> list[list[Statement]]:
    """The sources' values of one thing as sides of a disagreement: the value most sources give, and each other
    value that ``may_be_one`` with it, told in a sentence sharing ``least`` words besides ``common`` (the words of
    voting, of sentencing) with one of the main side's, and the ``same`` thing where both say what for."""
    sides: dict[_V, list[Statement]] = defaultdict(list)
    for value, st in first.values():
        sides[value].append(st)
    main = max(sides, key=lambda v: len(sides[v]))
    return [sts for v, sts in sides.items() if v == main or (may_be_one(v, main) and any(
        len((content_set(a.text) & content_set(b.text)) - common) >= least and same(a, b)
        for a in sts for b in sides[main]))]


_TALLY_IN_WORDS = compiled_regex(r"nanimous|\b(?:split|divided|voted|judges|votes|members|majority)\b", regex.I)
"""What a tally with no digit holds ("ruled unanimously", "split two to one", "a majority of five to two"): most
sentences without a figure hold none, and are not asked of the table."""
UNANIMOUS = (0, 0)
"""The tally of a vote told only as unanimous: how many voted is not said."""


def _one_vote(tally: tuple[int, int], other: tuple[int, int]) -> bool:
    """Two tallies may be one vote's: counting the same votes cast (``VOTERS_SLIP``), or one unanimous and the other
    with votes against ("ruled unanimously" and "split two to one")."""
    if UNANIMOUS in (tally, other):
        return max(tally[1], other[1]) > 0
    slip = abs(sum(tally) - sum(other))
    # A few hundred votes cast: one side counted the same and the other a few apart is one vote miscounted (163-148 and
    # 163-151), or misprinted, its digits swapped (112-87 and 112-78); both sides apart is another vote (a bill 163-148,
    # an amendment 155-152), and so is one side further apart (a bill 231-204, an amendment 231-192).
    same_side = tally[0] == other[0] or tally[1] == other[1]
    swapped = sorted(f"{tally[0]}{tally[1]}") == sorted(f"{other[0]}{other[1]}")
    allowed = max(SAME_SIDE_SLIP, VOTERS_SLIP_SHARE * max(sum(tally), sum(other)))
    return slip <= VOTERS_SLIP or (same_side and (swapped or slip <= allowed))


def _side_claims(sides: list[list[Statement]], order: Callable[[set[str]], list[str]], used: set[str]) -> list[Item]:
    """One claim per side of a disagreement, the most widely carried side first: the earliest sentence of the side
    not already shown (``used``, which it joins), citing every source of the side."""
    claims = []
    for sts in sorted(sides, key=lambda s: -len(s)):
        _, best = min(enumerate(sts), key=lambda ko: (ko[1].text in used, ko[0], ko[1].position))
        used.add(best.text)
        claims.append(Item(text=best.text, sources=order({o.source for o in sts})))
    return claims


_VOTED_TO = compiled_regex(r"(?:\s+(?:on|in|at)\s+\w+)?\s+(to|against|for|on)\s+(?:(?:the|a|an)\s+)?([\w-]+)")


def _same_purpose(purposes: dict[str, regex.Match[str] | None], a: Statement, b: Statement) -> bool:
    """Two tallies are not of one vote when both say what for and say it differently ("voted 51-49 to end debate",
    "voted 52-48 on Tuesday to confirm"; "voted 320-290 to give the bill a second reading", "voted 312-298 against
    a Labour amendment")."""
    x, y = purposes.get(a.source), purposes.get(b.source)
    return x is None or y is None or (x.group(1), x.group(2).casefold()) == (y.group(1), y.group(2).casefold())


def chance_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                     shown: set[str] | None = None) -> list[Conflict]:
    """Different chances of one outcome from different sources ("chances of success at one-half to
    two-thirds" and "a 50 to 70 percent chance of success"), fractions read as percentages; a share within
    a rounding of another (``SHARE_ROUNDING``) agrees, and each source stands by the first chance it gives."""
    first: dict[str, dict[str, tuple[tuple[float, ...], Statement]]] = defaultdict(dict)  # outcome -> source ->
    for st in sorted((s for s in statements if CHANCES.may_match_folded(_folded(s.text))), key=lambda s: s.position):
        hit = CHANCES.first(st.text)
        if hit is None or hit.match is None:
            continue
        shares = tuple(_percentage(hit.match.group(g)) for g in ("lo", "hi") if hit.match.group(g))
        what = " ".join(sorted(content_set(hit.match.group("what"))))
        if what and st.source not in first[what]:
            first[what][st.source] = (shares, st)
    used: set[str] = set(shown or ())
    out = []
    for what, told in first.items():
        sides: list[tuple[tuple[float, ...], list[Statement]]] = []
        for shares, st in told.values():
            side = next((s for s in sides if _same_shares(s[0], shares)), None)
            if side is None:
                sides.append((shares, [st]))
            else:
                side[1].append(st)
        if len(sides) < 2:
            continue
        out.append(Conflict(about=f"chance of {what}", claims=_side_claims([sts for _, sts in sides], order, used)))
    return out


def _percentage(share: str) -> float:
    """ "two-thirds" -> 66.67, "70 percent" -> 70.0."""
    number = _SHARE_NUMBER.search(share)
    if number is not None:
        return float(number.group())
    count, part = regex.split(r"[\s-]+", share.casefold().strip(), maxsplit=1)
    return 100 * FRACTION_COUNTS[count] * FRACTIONS[part]


def _same_shares(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= SHARE_ROUNDING for x, y in zip(a, b, strict=True))


def _one_name(a: str, b: str) -> bool:
    """ "Pacific" and "North Pacific" name one ocean: the words of one are all in the other."""
    x, y = set(fold(a).split()), set(fold(b).split())
    return x <= y or y <= x


def _without_met_bounds(values: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """Drops a value only ever given as a lower bound that a larger value meets, and a value within a
    rounding of a larger one (140,000 and 140,660): the sources agree. A bound is as round as the count
    it stands for: "more than 11 million" is met by 11.5 million, "more than 200" by 276 (a reporter
    would have said "more than 300" of 350), "at least 47" only by 47 itself, so 63 disagrees. An upper bound of a
    count or a share is met from below the same way: "less than 40% of normal" by 38%, not by 25% nor by another
    bound ("less than 35%"); an amount of money below which something applies is a threshold, not a rounding."""
    out = {}
    for v, ms in values.items():
        bound = all(_LOWER_BOUND.search(m.sentence, 0, m.start) for m in ms)
        floor = bound and not _of_money(ms[0].key) and all(_AT_LEAST.search(m.sentence, 0, m.start) for m in ms)
        met = any(_meets(float(v), float(w), floor=floor) for w in values)
        if not (bound and met) and not _of_money(ms[0].key) and _only_below(ms):
            bound, met = True, any(float(v) - _last_place(float(v)) < float(w) < float(v)
                                   and not _only_below(values[w]) for w in values)
        rounded = any(_rounds_to(float(v), float(w)) for w in values)
        # "about 5 million pounds of thrust" is the 5.1 million another source gives: a value only ever given as an
        # approximation agrees with one within its rounding (half its last place) and ``APPROXIMATION`` of it.
        near = all(_APPROXIMATE.search(m.sentence, 0, m.start) for m in ms) \
            and any(w != v and abs(float(w) - float(v)) <= min(APPROXIMATION * float(v), _last_place(float(v)) / 2)
                    and not (float(w) > float(v) and all(_SHORT_OF.search(m.sentence, 0, m.start) for m in ms))
                    for w in values)
        if not (bound and met) and not rounded and not near:
            out[v] = ms
    return out


def _of_money(key: str) -> bool:
    """A quantity of money: an amount's key, or a count of a currency's units ("crowns")."""
    return key.startswith("money ") or key.partition(" ")[0] in _WORDS_AFTER


def _only_below(mentions: list[Mention]) -> bool:
    """The value is only ever given as an upper bound ("less than 40%", "fewer than 300 votes")."""
    return all(_UPPER_BOUND.search(m.sentence, 0, m.start) for m in mentions)


def _meets(bound: float, value: float, *, floor: bool = False) -> bool:
    """A larger value meets a lower bound as round as the count it stands for (``_without_met_bounds``); a count's floor
    ("at least 50", ``_AT_LEAST``) only within half of that."""
    return bound < value < bound + _last_place(bound) / (2 if floor else 1)


def _rounds_to(value: float, larger: float) -> bool:
    """The two are one figure rounded (140,000 and 140,660)."""
    return value < larger <= value * ROUNDING


def _last_place(value: float) -> float:
    """The place of a whole number's last non-zero digit: 1 for 47, 100 for 200, a million for 11 million."""
    n, place = round(value), 1.0
    while n and n % 10 == 0:
        n //= 10
        place *= 10
    return place


def _close_values(found: dict[str, list[Mention]], limit: float, *,
                  money: bool = False) -> list[dict[str, list[Mention]]]:
    """Values of one quantity in runs of values within ``limit`` of the run's smallest: each run is one
    quantity (an offer of $90 billion told as $92 billion; 400,000 customers told as 700,000), never a
    chain (an offer, then the raised offer), and a far larger count (143 million) is another.

    An amount of ``money`` runs from the value most sources give instead: a story's amounts are its one fine or deal
    and amounts beside it, and a smaller one a source gives of something else (a fine of 200 in an earlier drought)
    must not split the fine of 500 from the 750 another source gives. Counts keep their smallest: a toll rises."""
    if money:
        anchored: list[tuple[float, dict[str, list[Mention]]]] = []
        for value in sorted(found, key=lambda v: (-len({m.source for m in found[v]}), float(v))):
            x = float(value)
            run = next((run for anchor, run in anchored if max(x, anchor) <= min(x, anchor) * limit * (1 + 1e-9)),
                       None)
            if run is None:
                anchored.append((x, {value: found[value]}))
            else:
                run[value] = found[value]
        return [{v: run[v] for v in sorted(run, key=float)} for _, run in sorted(anchored, key=lambda r: r[0])]
    runs: list[dict[str, list[Mention]]] = []
    last = 0.0
    for value in sorted(found, key=float):
        if not runs or float(value) > last * limit * (1 + 1e-9):  # at the limit exactly (460 of 400 at 1.15) is in
            runs.append({})
            last = float(value)
        runs[-1][value] = found[value]
    return runs


def _main_value(found: dict[str, list[Mention]]) -> str:
    """The value most sources give, the earliest of those: what the others are compared with."""
    return max(found, key=lambda v: (len({m.source for m in found[v]}), -min(m.position for m in found[v])))


def _by_holder(found: dict[str, list[Mention]],
               holder: Callable[[Mention], frozenset[int]]) -> Iterator[dict[str, list[Mention]]]:
    """The values of one quantity, grouped by whose count they are (``_other_holders``): an election's seats are
    each party's, and each party's count may be told two ways. Tolls and amounts are the story's: one group."""
    key = next(iter(found.values()))[0].key
    if key in MEASURES or key in _ONE_EVENTS or key.startswith(("money ", "percent ")):
        yield found
        return
    rest = found
    while len(rest) > 1:
        named = {v: ms for v, ms in rest.items() if any(holder(m) for m in ms)}
        main = _main_value(named or rest)  # a group forms round a holder where any is named
        group = {v: ms for v, ms in rest.items() if v == main or not _other_holders(ms, rest[main], holder)}
        yield group
        rest = {v: ms for v, ms in rest.items() if v not in group}


def _unowned(found: dict[str, list[Mention]], holder: Callable[[Mention], frozenset[int]]) -> bool:
    """No value of the quantity is told as someone's (``_holder``)."""
    return not any(holder(m) for mentions in found.values() for m in mentions)


def _conflict(found: dict[str, list[Mention]], order: Callable[[set[str]], list[str]],
              used: set[str], of_the_core: str | None = None,
              unowned: Callable[[], bool] = lambda: True) -> Conflict | None:
    """The conflict among the values of one quantity, if different sources give different values. ``of_the_core``: the
    main event, where it counts the quantity ("ordered Vantel to refund about 212,000 customers"): another value of
    it, within ``NOUN_RATIO``, that a party is said to give is told of the same ("the firm insists only 180,000
    customers were hit") though the sentences share no other word; not a figure a reporter tells of something else
    ("Last spring, 8,000 nurses joined a walkout", "About 800 jobs will go at the Brenmouth plant"), nor one a name
    the main event does not give stands before ("The Soviet-era N1 rocket had 30 engines" is another rocket's), nor
    where whose count it is is told (``unowned`` false: an election's seats)."""
    main = _main_value(found)
    # Values far apart count different things ("1,400 rescuers" nationally, "60 rescuers" in a team);
    # a count of some noun must also be told about the same thing ("Acme ... recalling 12,400 electric
    # kettles" and "Acme ... has recalled around 15,000 electric kettles"), not any two rockets' engines.
    key = next(iter(found.values()))[0].key
    limit = MAX_RATIO if _measured(key) else NOUN_RATIO
    if key in _ONE_EVENTS or key.startswith("percent "):
        # Arrests, a rise, a rate: counted per city, per meeting, per trial. Two sources count one only telling the
        # same thing, on no two different days ("a 5% rise on Monday", "a 3% rise on Tuesday").
        values = {v: ms for v, ms in found.items() if _comparable(float(v), float(main), limit)
                  and (v == main or ((_same_subject(ms, found[main]) or _told_together(ms, found[main]))
                                     and not _other_days(ms, found[main]) and not _other_places(ms, found[main])
                                     and not _of_a_region(ms, found[main])))}
    else:
        if key.startswith("money ") and Money.FINE.value in key:
            # Fines: one party's told differently; a source giving both amounts tells two parties' fines.
            values = {v: ms for v, ms in found.items() if _comparable(float(v), float(main), limit)
                      and (v == main or not (_other_parties(ms, found[main]) or _told_together(ms, found[main])))}
        else:
            if key.startswith(_LEVEL) and _told_apart(found):
                return None  # one source's two heights of water are two places' ("4.1 metres in the town", "6.1 at")
            one_load = key in ABOARD and not _told_apart(found)  # one source's two loads are two vehicles'
            values = {v: ms for v, ms in found.items() if _comparable(float(v), float(main), limit)
                      and (v == main or key in MEASURES or key.startswith("money ")
                           or (of_the_core is not None and not _named_apart(ms, of_the_core)
                               and all(_teller(m) for m in ms) and unowned())
                           or _same_subject(ms, found[main]) or _told_together(ms, found[main])
                           or _of_a_named_thing(ms[0], found[main]) or (one_load and _all_aboard(ms, found[main])))}
    if key.startswith("new "):
        # New ones are counted per day or per week: counts of two days are two counts ("87 new cases on Tuesday").
        values = {v: ms for v, ms in values.items() if v == main or not _other_days(ms, found[main])}
    values = _without_met_bounds(values)
    # A source giving several values (a toll that grew, before and after) stands by the one it puts
    # highest in its article: it is never on two sides.
    # Another party's figure the source puts beside it ("police put the figure at 12,000", "the group says at least
    # 46 have died" after "the ministry said 37") is a side of its own.
    told_by = _tellers(values)
    first: dict[str, tuple[int, str]] = {}
    for v, ms in values.items():
        for m in ms:
            if not (m.rival or id(m) in told_by):
                first[m.source] = min(first.get(m.source, (m.position, v)), (m.position, v))
    values = {v: kept for v, ms in values.items()
              if (kept := [m for m in ms if m.rival or id(m) in told_by or first.get(m.source, (0, v))[1] == v])}
    if len(values) < 2:
        return None
    carriers = {v: frozenset(m.source for m in ms) for v, ms in values.items()}
    disputed = any(m.rival for ms in values.values() for m in ms)  # every source may report both parties' figures
    if len(set().union(*carriers.values())) < 2 or (len(set(carriers.values())) < 2 and not disputed):
        return None
    claims = []
    labels: Counter[str] = Counter()
    bests = []
    for value, ms in sorted(values.items(), key=lambda kv: (-len(carriers[kv[0]]), kv[1][0].sentence)):
        best = min(ms, key=lambda m: (m.sentence in used, m.position, len(m.clause)))
        used.add(best.sentence)
        labels.update(m.label for m in ms)
        bests.append(best)
        claims.append(Item(text=best.clause, sources=order(set(carriers[value]))))
    if _alike([c.text for c in claims]):
        # Clauses that differ only in the number read as repeats: give each its whole sentence.
        for claim, best in zip(claims, bests, strict=True):
            claim.text = best.sentence
    return Conflict(about=labels.most_common(1)[0][0], claims=claims)


def _tellers(found: dict[str, list[Mention]]) -> set[int]:
    """The mentions of a source giving several values of one quantity, each told by another party than the others
    ("The ministry said its figure of 37 ...", "The group says at least 46 people have died"; "Quellair said 14 were
    hurt, although the airport's fire service said it had treated 21"): the source reports a dispute, and each
    value is a side. Not a source whose values one party gives, or none names (a toll that grew)."""
    several = [given for given in _given_by_source(found).values() if len({value for value, _ in given}) > 1]
    if not several or len({frozenset(m.source for m in mentions) for mentions in found.values()}) < 2 \
            or _each_its_own_name(found):
        return set()  # most quantities: no source gives two values; or every source gives every value, or each
        # value is a place's: two things told together
    out: set[int] = set()
    for given in several:
        parties: dict[str, set[str]] = defaultdict(set)  # value -> who tells it
        for value, m in given:
            parties[value].add(_teller(m))
        if all("" not in told for told in parties.values()) \
                and not any(a & b for a, b in itertools.combinations(parties.values(), 2)):
            out.update(id(m) for _, m in given)
    return out


def _each_its_own_name(found: dict[str, list[Mention]]) -> bool:
    """Every value's sentences all name a name the other values' never do ("Police in Varkosi said 12 ...", "Tarsa's
    governor said 5 ..."): each value is of its own place or thing, not two parties' figures for one."""
    names = {value: [{n.removesuffix("'s").removesuffix("\u2019s") for n in _CAPITALISED.findall(m.sentence)}
                     for m in mentions] for value, mentions in found.items()}
    for value, sets in names.items():
        if len(sets) < 2:
            return False  # one sentence's names say nothing of the value's place: a party is named there too
        own = set.intersection(*sets)
        others = set().union(*(n for v, ss in names.items() if v != value for n in ss))
        if not own - others:
            return False
    return True


_CAPITALISED = compiled_regex(r"\b\p{Lu}[\p{L}'\u2019-]+")


def _teller(mention: Mention) -> str:
    """Who the sentence says gives the figure: the words before the last verb of saying before it ("The group says
    at least 46"), else after it (", officials said", "according to the ministry"); "" if none."""
    before = _SAID_BY.findall(mention.sentence, 0, mention.start)
    if before:
        return str(before[-1]).casefold()
    after = _SAID_AFTER.search(mention.sentence, mention.start)
    return str(after.group(1) or after.group(2)).casefold() if after else ""


_SAID_BY = compiled_regex(r"([\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+(?:has\s+|had\s+|also\s+|now\s+)?"
                          r"(?:said|says|say|reported|reports|claims?|claimed|estimated|estimates|counted|told|"
                          r"confirmed|announced|recorded|insists|insisted|maintains|maintained)\b")
"""A party giving a figure: verbs that state or count, not every verb of speech (``SPEECH_VERBS``: "warned",
"added", "noted" frame other things as often, and read as parties they set a minimum wage's rates against each
other)."""
_SAID_AFTER = compiled_regex(r"[^.;]*?,\s+([\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+(?:said|says|reported)\b"
                             r"|[^.;]*?\baccording to (?:the\s+)?([\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)")


def _given_by_source(found: dict[str, list[Mention]]) -> dict[str, list[tuple[str, Mention]]]:
    """Each source's mentions of the quantity, with the value each gives."""
    by_source: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for value, mentions in found.items():
        for m in mentions:
            by_source[m.source].append((value, m))
    return by_source


def _told_apart(found: dict[str, list[Mention]]) -> bool:
    """Some source gives two values of the quantity as its own (not another party's): it tells two things apart."""
    return any(len({value for value, m in given if not m.rival}) > 1 for given in _given_by_source(found).values())


def _all_aboard(these: list[Mention], those: list[Mention]) -> bool:
    """Both count all aboard the story's vehicle ("about 90 passengers had been on board", "the tram, which was carrying
    about 140 passengers"): its one load, told in sentences that need share no other word, where no source gives two
    loads (``_told_apart``) and neither tells of a collision (two ferries' loads). Not passengers counted otherwise
    ("180,000 passengers a day" is far apart anyway; "14 passengers were treated" is no load)."""
    return these[0].key in ABOARD and all(
        _LOAD.search(m.sentence) is not None and _COLLISION.search(m.sentence) is None for m in (these[0], those[0]))


_LOAD = compiled_regex(r"(?i)\b(?:on board|aboard|onboard|carrying|carried)\b")
"""Words that make a count of passengers or crew a vehicle's load."""
_COLLISION = compiled_regex(r"(?i)\b(?:collid\w*|collision|struck|rammed|crashed into|hit (?:the|a|another|from)|"
                            r"(?:was|were) hit)\b")
"""A sentence telling of a collision, where each vehicle has its load ("was carrying 212 passengers, struck the other
vessel")."""


def _named_apart(mentions: list[Mention], core: str) -> bool:
    """Some mention names, before its figure and past its sentence's first word, a name ``core`` does not give."""
    return any(name not in core for m in mentions
               for name in _CAPITALISED.findall(m.sentence, m.sentence.find(" ") + 1, m.start))


def _of_a_named_thing(mention: Mention, others: list[Mention]) -> bool:
    """A count "of" something the story names with a capital ("212,000 packs of Telvacor"), in sentences sharing a
    word besides the count's: one product, one company's shares, one named thing, so two sources counting it count
    the same, where "27 engines" and "30 engines" may be two rockets'; "returned 180,000 packs of Telvor" and
    "recalling 250,000 packs of Telvor" count two things."""
    unit = content_set(mention.key)
    if not any((content_set(mention.sentence) & content_set(other.sentence)) - unit for other in others):
        return False
    _, joined, thing = mention.key.partition(" of ")
    if not joined or not thing:
        return False
    found = regex.search(rf"(?i)\b{regex.escape(thing)}\b", mention.sentence)
    return found is not None and found.start() > 0 and found.group()[0].isupper()


_ONE_EVENTS = frozenset({"arrests", "evacuated"})
"""Measures counted per place as often as per story: a toll is the story's, arrests and evacuations may be one city's
("3,400 evacuated from the town of Tarrow", "5,200 across the Dolmar valley")."""
_DAYS = compiled_regex(rf"\b(?:{'|'.join((*WEEKDAY_NAMES, *(m for m in MONTH_NAMES if m != 'may')))}|yesterday|today|"
                       r"last week|last month|first round|second round)\b", regex.I)
"""Words telling which day or round a count is of: "may" is left out, a verb as often."""


def _other_days(these: list[Mention], those: list[Mention]) -> bool:
    """Every two mentions tell of days, and of different ones: two events, not two accounts of one."""
    def days(m: Mention) -> set[str]:
        return {d.casefold() for d in _DAYS.findall(m.sentence)}
    return all(days(a) and days(b) and not days(a) & days(b) for a in these for b in those)


_IN_A_PLACE = compiled_regex(r"\b[Ii]n (\p{Lu}[\w-]+)")


def _other_places(these: list[Mention], those: list[Mention]) -> bool:
    """Every two mentions tell of places ("in Lessby", "In Dale"), and of different ones: two events."""
    def places(m: Mention) -> set[str]:
        return set(_IN_A_PLACE.findall(m.sentence))
    return all(places(a) and places(b) and not places(a) & places(b) for a in these for b in those)


_REGION = compiled_regex(r"\b[Ii]n the \p{Lu}[\w-]+(?: \p{Lu}[\w-]+)* (?:region|province|district|county|state)\b")


def _of_a_region(these: list[Mention], those: list[Mention]) -> bool:
    """One side's shares are each a region's, the region named before the figure ("Voters in the Kesk region ... on a
    turnout of 71.9 per cent"), and the other's name none: a part of the country, not the country's figure told
    otherwise. Not a region named after it ("Turnout was 68.4%, despite snow that closed roads in the Kesk region"),
    nor arrests at a protest held in one."""
    return all(m.key.startswith("percent ") and _REGION.search(m.sentence, 0, m.start) for m in these) \
        and not any(_REGION.search(m.sentence) for m in those)


def _other_parties(these: list[Mention], those: list[Mention]) -> bool:
    """Two fines of two parties: each sentence names whom it fines (capitalised words just before "fined" or "fine", or
    just after "fined") and no name is in both ("Baltline was fined 1.2 million euros", "Captain Eirik Nord was fined
    800,000 euros"). A fine of anyone caught ("Anyone caught using a hosepipe faces a fine of 500 crowns") names no
    party, and may be one fine told twice."""
    return all((mine := _fined(a.sentence)) and (theirs := _fined(b.sentence)) and not mine & theirs
               for a in these for b in those)


def _other_holders(these: list[Mention], those: list[Mention], holder: Callable[[Mention], frozenset[int]]) -> bool:
    """Counts of two holders: some two mentions name who has the count (``holder``), and no two of those name one
    ("The DRP won 14 seats" and "The Shield won 12 seats in the north"; "Democratic Centre came second with 51 seats"
    and "the Social Democrats, who won 29 seats"). "The Party of Democratic Unity won 112 seats" and "the PDU ...,
    winning 118 seats" name one; "the party won 74 seats" names none, and may be either's."""
    named = [(mine, theirs) for a in these for b in those if (mine := holder(a)) and (theirs := holder(b))]
    return bool(named) and all(not mine & theirs for mine, theirs in named)


_HOLDER_REACH = 24
"""Tokens (words and marks) before a count searched for its holder's name."""


def _holder(cast: Cast, keys: dict[str, int], mention: Mention) -> frozenset[int]:
    """The actor of the cast that holds a count: the name nearest before a word of holding right before the count
    (``_HOLDING``), within ``_HOLDER_REACH`` tokens, read as the head of what it stands in: a name inside an aside
    set off by commas is passed over ("Norland, whose skier Anna Berg won three titles, finished with 14 gold
    medals"; "the People's Alliance, led by Mateo Vine, on 86 seats"), and so is one linked to a name before it by
    "of" or "led by" ("the Civic Alliance of Prime Minister Tomas Brell won 58 seats"). "The Labour Front's Mira
    Kosta, a former teacher, won 12,900 votes" is Kosta's count. None where the count was acted on ("freed 37
    hostages"), where a verb of speech comes between ("Unite said it has 450 members" names who told the count), and
    where the name owns what holds it ("Lusevia's biggest party with 60 seats"); a place ("in the National
    Assembly") is passed over. ``keys``: each statement's key by its text."""
    key = keys.get(mention.sentence)
    if key is None:
        return frozenset()
    toks = cast.tokens_by_statement.get(key) or tokens_of(mention.sentence)
    at = next((k for k, t in enumerate(toks) if t.start >= mention.start), len(toks))
    k = at - 1
    while k >= 0 and fold(toks[k].text) in _HEDGES:
        k -= 1
    if k < 0 or fold(toks[k].text) not in _HOLDING or (toks[k].text == "to" and k and fold(toks[k - 1].text) == "up"):
        return frozenset()
    low = max(0, at - _HOLDER_REACH)
    if any(fold(toks[j].text) in SPEECH_VERBS or toks[j].text == "according" for j in range(low, k)):
        return frozenset()
    aside = _asides(toks, low, k)
    names = sorted((name.last, name.run_start, actor) for name, actor in cast.names_by_statement.get(key, ())
                   if low <= name.last < k and name.last not in aside)
    while names:
        last, start, actor = names.pop()
        before = [fold(t.text) for t in toks[max(0, start - 2):start]]
        if before and before[-1] in DETERMINERS:
            before.pop()
        if before and before[-1] in _WHERE:
            continue  # "in the National Assembly", "across the Dolmar region": a place, not a holder
        if _owns(toks, last):
            return frozenset()
        while names and _linked(toks, names[-1][0], start):
            last, start, actor = names.pop()  # "the Civic Alliance of Prime Minister Tomas Brell"
        if names and _object_of_a_verb(toks, start, k):
            continue  # "Norland ... finished the Winter Games in Kessel with 14 gold medals": the subject holds them
        return frozenset({actor})
    return frozenset()


def _object_of_a_verb(toks: Sequence[Token], start: int, k: int) -> bool:
    """The name starting at ``start`` follows a verb and "the" ("finished the Winter Games"), and no relative word
    stands between it and the word of holding at ``k`` (not "edged out the Labour Front, which won 51 seats")."""
    if start < 2 or fold(toks[start - 1].text) != "the":
        return False
    verb = toks[start - 2].text
    return verb.isalpha() and verb.islower() and verb not in STOPWORDS \
        and not any(fold(t.text) in _RELATIVES for t in toks[start:k])


_RELATIVES = word_set("which who whose that")


def _asides(toks: Sequence[Token], low: int, high: int) -> set[int]:
    """The tokens between ``low`` and ``high`` inside an aside a comma opens with a relative, a participle, a
    preposition or an article (``_ASIDE_OPENERS``) and a comma closes before ``high`` (", whose skier Anna Berg won
    three titles,", ", the party of Prime Minister Tomas Brell,", ", under Mira Kosta,"): what it names holds nothing of
    the clause. A name set off alone (", Hugo Lind, found that she had claimed ...") is the clause's subject."""
    inside: set[int] = set()
    k = low
    while k < high:
        if toks[k].text == "," and k + 1 < high and fold(toks[k + 1].text) in _ASIDE_OPENERS:
            close = next((j for j in range(k + 1, high) if toks[j].text == ","), None)
            if close is None:
                break
            inside.update(range(k, close + 1))
            k = close
        k += 1
    return inside


_ASIDE_OPENERS = word_set("whose who which led headed chaired spearheaded now under with the a an its his her their")


def _linked(toks: Sequence[Token], last: int, start: int) -> bool:
    """The name ending at ``last`` heads the one starting at ``start``: only "of", "led by", "headed by" or "chaired by"
    (and an article or a comma) stand between ("the Civic Alliance of Prime Minister Tomas Brell")."""
    between = [fold(t.text) for t in toks[last + 1:start]]
    return between in _LINKS


_LINKS = [["of"], ["of", "the"],
          *([*comma, verb, "by"] for comma in ([], [","]) for verb in ("led", "headed", "chaired"))]


def _owns(toks: Sequence[Token], last: int) -> bool:
    """The name ending at token ``last`` is a possessive before a common word: "Lusevia's biggest party"."""
    rest = toks[last + 1:last + 3]
    if toks[last].text.endswith(("'s", "\u2019s")):
        return bool(rest) and rest[0].text[:1].islower()
    return len(rest) == 2 and rest[0].text in ("'s", "\u2019s", "'", "\u2019") and rest[1].text[:1].islower()


_WHERE = word_set("in at across into near inside outside throughout")
_HEDGES = word_set("about nearly some around almost roughly approximately just only")
_HOLDING = word_set("won win wins winning took take takes taking has have had hold holds held holding with on secured "
                    "gained claimed captured keeps kept to his her its their")
"""Words before a count that make the name before them its holder: "The DRP won 14 seats", "came second with 51
seats", "crashed to 29 seats", "keeps 60 hives"."""


def _fined(sentence: str) -> set[str]:
    """Whom a sentence fines: the capitalised words of the six before "fined" or "fine" and the three after "fined"."""
    ws = [w.strip(".,;:'\u2019\"") for w in sentence.split()]
    at = next((k for k, w in enumerate(ws) if w.casefold() in ("fined", "fine", "fines")), None)
    if at is None:
        return set()
    near = ws[max(0, at - 6):at] + (ws[at + 1:at + 4] if ws[at].casefold() == "fined" else [])
    return {w for w in near if w[:1].isupper() and w[1:2].islower() and w.casefold() not in STOPWORDS}


def _told_together(these: list[Mention], those: list[Mention]) -> bool:
    """One source gives both counts, in sentences of its own: it tells the disagreement ("the fire authority put it at
    14,200 hectares ... satellite mapping shows about 21,500"), so the two are counts of one thing."""
    return not {m.source for m in these}.isdisjoint(m.source for m in those) \
        and not {m.sentence for m in these} & {m.sentence for m in those}


SAME_FALL = 3
"""Words two sentences giving a fall's height share, besides the unit and the verb, to tell one fall: a scene's words
("the crane", "the building") are shared by the falls of two things in it."""


def _same_subject(these: list[Mention], those: list[Mention]) -> bool:
    """Two mentions of a count share at least two words besides the count itself, or measure the thing they name
    right after it (``_thing_measured``)."""
    for a in these:
        unit = {w for w in content_set(a.key) if not is_demonym(w)}  # "British" in both still says the same
        fall = a.key.startswith(_FALL)
        if fall:
            unit |= _FALLING  # "fell" in both says nothing of what fell ("a scaffolder fell", "the crane's jib fell")
        thing = _thing_measured(a)
        for b in those:
            if len((content_set(a.sentence) & content_set(b.sentence)) - unit) >= (SAME_FALL if fall else SAME_SUBJECT):
                return True
            if thing and thing == _thing_measured(b) and _comparable(float(a.value), float(b.value), THING_RATIO):
                return True
    return False


_COMPOUND_MEASURE = compiled_regex(r"(?i)\d[\d,.]*-(?P<unit>[a-z]+)(?:\s*\([^()]{0,24}\))?\s+(?P<thing>[a-z]+)\b")
"""A figure joined to its unit before the noun it measures: "the 400-pound gorilla", "a 400-pound (181-kg) gorilla",
"a 25-ton truck"."""
THING_RATIO = 1.25
"""How far apart two sources' measures of one named thing may be: accounts of one gorilla's weight differ by an
estimate's margin (400 and 450 pounds), where a 26-tonne and a 44-tonne lorry, or a 2-metre wall and the 3-metre one
promised to replace it, are two things."""


def _thing_measured(mention: Mention) -> frozenset[str]:
    """The noun a figure written as a measure before it measures ("a 450-pound gorilla": the gorilla): two sources
    weighing the gorilla weigh one thing, though their sentences share no other word ("dragged by the 400-pound
    gorilla" against "got into the enclosure of a 450-pound gorilla"), where their values are close (``THING_RATIO``).
    Nothing for a figure told otherwise ("weighs more than 400 pounds": what weighs is the sentence's subject)."""
    found = _COMPOUND_MEASURE.match(mention.sentence, mention.start)
    if found is None or fold(found.group("unit")) not in mention.key.split():
        return frozenset()
    return content_set(found.group("thing")) - content_set(mention.key)


def _alike(texts: list[str]) -> bool:
    keys = [" ".join(sorted(set(words(t)))) for t in texts]
    return any(fuzz.ratio(a, b) >= ALIKE for i, a in enumerate(keys) for b in keys[i + 1:])


def _comparable(a: float, b: float, limit: float = MAX_RATIO) -> bool:
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= limit


def _transliterated(word: str) -> str:
    """A name folded so that transliterations of umlauts compare equal ("Mueller" = "Müller" = "Muller")."""
    return str(_UMLAUT.sub(r"\1", fold(word)))


_TELLING = content_set("said says told heard court judge jury trial police")
"""Words any two sentences about one person may share without telling one moment ("the court heard")."""
AGE_SLIP = 3
"""Ages of one person two sources give are at most this many years apart; further apart, the age is someone else's
(a daughter's named by the family name alone) or another time's ("Reyes, 24, was convicted in 2008")."""
_AGE_AFTER_CHARS = 200  # ", who led the country from 1994 to 2003, has died at his home at the age of 85"


_THEN = compiled_regex(rf"(?<![\d,.]){YEAR}(?!\d|,\d)|\bat the time\b")
"""A year, or "at the time", before a name dates the age after it to then."""


def _opens_the_sentence(toks: Sequence[Token], at: int) -> bool:
    """The name at ``at`` is the sentence's subject: only its title stands before it ("Former prime minister Ana Sorel
    has died aged 84"), not "The widow of Karl Sorel died aged 84" nor "The boy stabbed by Tom Reyes died aged 16"."""
    return all(t.capitalised or role_word(t.text) or t.text.casefold() in TITLE_WORDS for t in toks[:at])


def age_conflicts(cast: Cast, statements: list[Statement], order: Callable[[set[str]], list[str]],
                  shown: set[str] | None = None) -> list[Conflict]:
    """One person's age given differently by different sources ("Tom Reyes, 41," and "Tom Reyes, 43,"; "has died aged
    84" and "died at the age of 85"), read right after the person's name (``AGES_AFTER_NAME``; "died aged" only of the
    sentence's subject). A source giving the person both ages tells two times (then and now), and ages more than
    ``AGE_SLIP`` years apart are two people's or two times': neither is set against the other. An age before a name
    ("The 19-year-old faces defending champion Ana Ruiz") is too often someone else's to be read."""
    told: dict[int, dict[int, list[Statement]]] = defaultdict(lambda: defaultdict(list))  # person -> age -> said
    for st in statements:
        if not may_hold_figures(st.text):
            continue  # most sentences: no number, no age
        toks = cast.tokens_by_statement.get(st.key)
        for name, actor in cast.names_by_statement.get(st.key, ()):
            if toks is None or cast.people[actor].organisation:
                continue
            end = toks[name.last].end
            if _THEN.search(st.text, 0, toks[name.run_start].start) is not None:
                continue  # "When he was charged in December 2022, Tom Reyes, 41, ...": his age then
            after = st.text[end:end + _AGE_AFTER_CHARS]
            if not after.startswith(",") and "die" not in after and "passed" not in after:
                continue  # most names: neither an apposition nor a death after them, no table asked
            hit = AGES_AFTER_NAME.first(after)
            if hit is not None and hit.match is not None \
                    and (hit.rule.id == "apposition" or _opens_the_sentence(toks, name.run_start)):
                said = told[actor][int(hit.match.group("age"))]
                if st not in said:
                    said.append(st)
    used: set[str] = set(shown or ())
    out = []
    for actor, ages in told.items():
        if len(ages) != 2:
            continue  # one age (most people), or three and more: several people or times, no one disagreement
        (a, these), (b, those) = sorted(ages.items())
        sources = [{st.source for st in these}, {st.source for st in those}]
        named = content_set(cast.people[actor].name) | _TELLING
        # Told of one moment: some sentence of each side shares a word besides the name ("died", "appeal"); "Reyes, 38,
        # was jailed for life" and "Reyes, 41, walked free" tell his age at two times.
        if b - a <= AGE_SLIP and not sources[0] & sources[1] \
                and any((content_set(x.text) & content_set(y.text)) - named for x in these for y in those):
            out.append(Conflict(about=f"age of {cast.people[actor].name}",
                                claims=_side_claims([these, those], order, used)))
    return out


_AGED_PERSON = compiled_regex(
    r"(?i)\b(?:a|an|the)\s+(?P<age>\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\s+"
    r"(?P<noun>boy|girl|man|woman|child|toddler|baby|infant|teenager|teen|youth|son|daughter)\b")
"""An unnamed person told by age and kind: "a four-year-old boy", "the 3-year-old boy", "a 27-year-old man"."""


_ANOTHER_TIME = compiled_regex(rf"(?i){LAST_PERIOD}"
                               r"|\b(?:weeks|months|years) (?:ago|earlier|before)\b"
                               r"|\bearlier this (?:week|month|year)\b|\bin (?:" + "|".join(MONTH_NAMES) + r")\b")
"""Words dating a sentence to a time before the story's ("Last month a four-year-old boy needed stitches ..."): an
unnamed person's age there is another person's (``unnamed_age_conflicts``)."""


def _age_value(word: str) -> int | None:
    """An age of digits or in words ("4", "four", "twenty-one": ``number_value`` but for a ten and a unit joined)."""
    low = word.casefold()
    tens, _, unit = low.partition("-")
    if unit:
        return _TENS_IN_WORDS[tens] + _HYPHENED_UNITS[unit] \
            if tens in _TENS_IN_WORDS and unit in _HYPHENED_UNITS else None
    value = number_value(low)
    return int(value) if value is not None and value.is_integer() and value < 100 else None


def unnamed_age_conflicts(statements: list[Statement], order: Callable[[set[str]], list[str]],
                          shown: set[str] | None = None) -> list[Conflict]:
    """An unnamed person's age given differently by different sources ("a four-year-old boy" against "a 3-year-old
    boy"), where every source gives one age for that kind of person: a source giving two ("a 15-year-old boy was
    stabbed and a 16-year-old boy arrested") tells of two people, and then no age of that kind is compared. A sentence
    dated to another time (``_THEN``, ``_ANOTHER_TIME``: "a 3-year-old boy fell into the gorilla den at Brookfield Zoo
    in 1996", "Last month a four-year-old boy needed stitches") tells of another person: its ages are not read. As with
    a named person (``age_conflicts``), the ages are at most ``AGE_SLIP`` apart and some sentence of each side shares a
    word with the other besides the person's kind and the words any two sentences share."""
    told: dict[str, dict[int, list[Statement]]] = defaultdict(lambda: defaultdict(list))  # kind -> age -> said
    by_source: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # kind -> source -> ages
    for st in statements:
        if "old" not in st.text or _THEN.search(st.text) is not None or _ANOTHER_TIME.search(st.text) is not None:
            continue  # most sentences: no age
        for m in _AGED_PERSON.finditer(st.text):
            age = _age_value(m.group("age"))
            if age is None:
                continue
            kind = m.group("noun").casefold()
            by_source[kind][st.source].add(age)
            if st not in told[kind][age]:
                told[kind][age].append(st)
    used: set[str] = set(shown or ())
    out = []
    for kind, ages in told.items():
        if len(ages) != 2 or any(len(found) > 1 for found in by_source[kind].values()):
            continue
        (a, these), (b, those) = sorted(ages.items())
        aside = content_set(kind) | _TELLING
        if b - a <= AGE_SLIP and any({w for w in content_set(x.text) & content_set(y.text) - aside
                                      if "yearold" not in w} for x in these for y in those):
            out.append(Conflict(about=f"age of the {kind}", claims=_side_claims([these, those], order, used)))
    return out


def name_conflicts(cast: Cast, order: Callable[[set[str]], list[str]]) -> list[Conflict]:
    """A listed actor whose name sources spell differently beyond accents ("Yusuf"/"Youssef")."""
    out = []
    for i in cast.ranked():
        person = cast.people[i]
        if person.organisation or person.single:
            continue
        spellings = {s: srcs for s, srcs in person.spelling_sources.items() if len(s.split()) > 1}
        # The first name, hyphen or not: "Abdel-Fattah el-Sissi" and "Abdel Fattah al-Sisi" spell it alike.
        firsts = {_transliterated(s.split()[0].partition("-")[0]) for s in spellings}
        if len(firsts) < 2 or max(Levenshtein.distance(a, b) for a in firsts for b in firsts) < NAME_EDITS:
            continue  # "Marion"/"Marian", "Müller"/"Mueller": one name misspelt or transliterated
        claims = [Item(text=s, sources=order(srcs)) for s, srcs in
                  sorted(spellings.items(), key=lambda kv: -len(kv[1]))]
        out.append(Conflict(about=f"spelling of {person.surname}'s first name", claims=claims))
    return out
