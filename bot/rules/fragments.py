"""The shared pieces of text patterns: sentence ends and boundaries, quote marks, months, datelines, bullets.

Every module that needs one of these concepts builds its pattern from the fragment here instead of
writing the character class again, so a fix (a new closing quote, a month spelling) reaches every user.
Fragments are regex *source* strings that work in both ``re`` and ``regex`` unless their name says
``_P`` (``\\p{...}`` classes: ``regex`` only); a few common whole patterns are compiled here too.

Where two users legitimately differ (a list bullet needs a space after it, a clutter line's leading
marks do not; a sentence split inside a quotation accepts fewer openers), both variants are named here
with the reason, rather than one being quietly rewritten.

Users (module → fragments), kept current when a module adopts one:

- ``bot.rules.table``: ``ends_like_sentence`` (``fragment_only`` rules).
- ``bot.rules.clutter``: ``SENTENCE_END``, ``LEADING_MARKS``, ``MONTH_PREFIX``, ``STOP``.
- ``bot.text.clean``: ``ends_like_sentence``, ``QUOTE_MARK``, ``LIST_BULLET``, ``MONTH``, ``WEEKDAY``.
- ``bot.text.sentences``: ``STOP``, ``CLOSING``, ``OPENING``, ``UPPER_OR_DIGIT_P``, ``MONTH_ABBREVIATIONS``.
- ``bot.text.metadata``: ``MONTH``, ``MONTH_NUMBER``, ``DATELINE_DASH``.
- ``bot.rules.words``: ``MONTH_NAMES``, ``MONTH_ABBREVIATIONS``, ``WEEKDAY_NAMES`` (its ``CALENDAR`` and
  ``TOPIC_STOPWORDS`` reach ``bot.summary.vocabulary`` and ``bot.stories.profile``).
- ``bot.summary.quotes``: ``QUOTE_FRAME_BOUNDARY_P``, ``FRAME_END``.
- ``bot.summary.reactions``: ``QUOTATION_BOUNDARY_P``.
- ``bot.summary.statements``: ``PROSE_END``, ``LOOSE_DATELINE_P``.
- ``bot.stories.profile``: ``CAPITAL_RESET``.
- ``bot.rules.claims``, ``bot.rules.restrictions``, ``bot.summary.conflicts``: ``YEAR``.
"""

from __future__ import annotations

from bot.rules.kept import compiled

_OPENERS = ("\\b", "^")
"""Zero-width tests that neighbouring parts of an alternation share when each opens with one."""
_ESCAPE_OR_CLASS = compiled(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")
_GROUPING = compiled(r"[()|]")


def any_of(*parts: str) -> str:
    r"""One non-capturing group matching any of ``parts`` (regex sources), in the order given: the one way
    every table spells an alternation.

    Neighbouring parts that open with the same ``\b`` or ``^`` share it: ``(?:\bfree|\bdonate|^join)``
    is written ``(?:\b(?:free|donate)|^join)``, the same matches in the same order of preference. Python's
    engine then makes that test once per position and skips each part by its first letter, where it
    entered every part at every position of a line (a fifth of the clutter rules' time)."""
    alternatives: list[str] = []
    opener, shared = "", list[str]()
    for part in (*parts, None):
        start = _opener(part)
        if shared and start != opener:
            alternatives.append(opener + (shared[0] if len(shared) == 1 else "(?:" + "|".join(shared) + ")"))
            shared = []
        if part is None:
            break
        if start:
            opener = start
            shared.append(part[len(start):])
        else:
            alternatives.append(part)
    return "(?:" + "|".join(alternatives) + ")"


def _opener(part: str | None) -> str:
    """The zero-width test ``part`` opens with (one of ``_OPENERS``), or ``""``."""
    if part is None or not part.startswith(_OPENERS):
        return ""
    return "" if _alternation(part) else next(opener for opener in _OPENERS if part.startswith(opener))


def _alternation(source: str) -> bool:
    """Whether ``source`` is itself an alternation (a ``|`` outside every group): then its first branch
    alone opens with what it opens with."""
    depth = 0
    for mark in _GROUPING.findall(_ESCAPE_OR_CLASS.sub("", source)):
        if mark == "|" and depth == 0:
            return True
        depth += 1 if mark == "(" else -1 if mark == ")" else 0
    return False


# --- sentence end and boundary -----------------------------------------------------------------------

STOP = r"[.!?]"
"""A full stop, question or exclamation mark: what ends a sentence before closing marks."""
TERMINAL_MARKS = ".!?…"
"""What ``TERMINAL`` matches, one character each (``ends_like_sentence``)."""
TERMINAL = f"[{TERMINAL_MARKS}]"
"""``STOP`` or an ellipsis: what a line that *ends like a sentence* ends with."""
CLOSING = r"[\"\u201d\u2019')\]]"
"""A closing quote or bracket that may follow the stop: ``He left."`` ``(It rained.)``"""
CLOSING_MARKS = "\"\u201d\u2019')]"
"""What ``CLOSING`` matches, one character each (``ends_like_sentence``; a test checks that the two agree)."""
OPENING = r"[\"\u201c\u2018'(\[]"
"""An opening quote or bracket that may precede the next sentence's first letter."""
UPPER_OR_DIGIT_P = r"[\p{Lu}\d]"
"""What a sentence starts with (``regex`` only)."""
SENTENCE_END = TERMINAL + CLOSING + r"*\s*$"
"""Source of: the text ends like a sentence (``"It rained."``, ``"Why?”"``, ``"And then…"``)."""
SENTENCE_BOUNDARY_P = (rf"{STOP}\K(?:{CLOSING}*\s+(?={OPENING}?{UPPER_OR_DIGIT_P})"
                       r"|(?<=(?:^|\s)\p{Ll}{2,}\.)(?=\p{Lu}\p{Ll}))")
"""Source of: the gap between two sentences (``regex`` only); abbreviations are the splitter's business.
A scrape that lost the space between two sentences ("... for tests.The ability ...") leaves an empty gap: after a
stop ending a word of two or more small letters that stands on its own (not "www.Example" in an address, nor
"e.g." or "U.S."), before a capitalised word.
The stop is matched and then dropped from the match (``\\K``), so a match is the gap alone, as a
look-behind ``(?<={STOP})`` would give it: a search then looks for the stop, where a look-behind is tried at
every position of the text (3.5 times the cost)."""

CLIPPED_AT_FRONT = r"(?i:cause|cos|em|bout|round|til|tis|twas|n)"
"""Words English clips at the front with an apostrophe ("kept 'em dancing", "'cause we won", "rock 'n' roll"): a mark
before one opens no quotation."""
QUOTATION_OPENS_AFTER = r"\s(\[\u2014\u2013"
"""What a quotation's opening mark stands after, as a character class's contents: a space, a bracket or a dash (a
closing mark follows a word or a stop instead)."""
OPENING_QUOTATION_MARKS = "\u201c\"\u2018'\u00ab\u201e"
"""Marks that open a quotation, double and single, straight and curly, one character each."""
OPENING_QUOTATION = frozenset(OPENING_QUOTATION_MARKS)
"""What ``OPENING_QUOTATION_MARKS`` holds, as a set to ask a token's text of."""
CLOSING_DOUBLE_MARKS = "\"\u201d"
"""A double closing quote, straight or curly, one character each."""
CLOSING_DOUBLE = f"[{CLOSING_DOUBLE_MARKS}]"
"""What ``CLOSING_DOUBLE_MARKS`` holds, as a pattern."""
QUOTE_FRAME_OPENING = r"[\"\u201c\u2018(]"
"""``OPENING`` without ``'`` and ``[``, for text around quotations: there a straight apostrophe is an
elision ("'90s") as often as a quote, and a square bracket opens an editor's insertion, not a sentence."""
QUOTE_FRAME_BOUNDARY_P = rf"{STOP}{CLOSING_DOUBLE}?\K\s+(?={QUOTE_FRAME_OPENING}?{UPPER_OR_DIGIT_P})"
"""Source of: the gap between two sentences around a quotation (``regex`` only). The only closing mark before
the gap is a double quote, where a quotation's last sentence ends with it (``... “unacceptable.” Norvania
insisted``), and that gap ends no sentence when the reporter's frame of the quotation follows (``“Why not?”
Reyes asked``: ``bot.rules.speech.FRAME_AFTER_QUOTE``, asked by the reader). The stop is matched and dropped
(``\\K``), as in ``SENTENCE_BOUNDARY_P``: a search for the gaps from a position finds those after a stop at or
past it."""
FRAME_END = STOP + CLOSING + r"*\s+(?![\s\p{Ll}])"
"""Source of: a stop, its closing marks and the space after: where a reporter's sentence ends (``regex`` only).
Not before a lower-case letter: that stop closes an abbreviation ("Sen. Ana Ruiz (D-Ore.) scolded him")."""
DOUBLE_OPENING = r"[\"\u201c]"
"""A double opening quote, straight or curly."""
QUOTATION_BOUNDARY_P = rf"(?<={STOP})\s+(?={UPPER_OR_DIGIT_P}|{DOUBLE_OPENING})"
"""Source of: the gap between two sentences of one quotation (``regex`` only), to cut its opening. The
next sentence must plainly start: a capital, a digit, or a double quote; no closing marks before the gap
(the quotation's own closing mark has been taken off)."""
PROSE_STOP = r"[.!]"
"""``STOP`` without the question mark: a question is not a statement of fact."""
PROSE_END = PROSE_STOP + CLOSING + r"*$"
"""Source of: the line ends like a statement ("It rained." but not "Will it rain?")."""
CAPITAL_RESET = STOP + r"|[:\n\"\u201c|]"
"""Source of: a mark after which a capital letter says nothing about the word (a stop, a colon, a line
break, an opening double quote, a headline's bar "Title | Site"). Looser than a sentence boundary: it
only decides whether a capital belongs to a name or to the start of a sentence or title."""

_TERMINAL_ENDS = tuple(TERMINAL_MARKS)


def ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (``SENTENCE_END`` is found in it), read from its end: with its white
    space taken off (``str.rstrip`` strips what ``\\s`` matches), then its closing marks, it ends in a terminal mark.
    A search for ``SENTENCE_END`` tries the pattern at each terminal mark of the text, and most lines hold several."""
    return text.rstrip().rstrip(CLOSING_MARKS).endswith(_TERMINAL_ENDS)

# --- quote marks and list bullets ----------------------------------------------------------------------

QUOTE_MARK = r"[\"“”‘’«»]"
"""Any quotation mark, straight, curly or guillemet."""
LIST_BULLET = r"(?:[•·▪►▸◦‣⁃*+\-–—›»→]|\d{1,2}[.)])\s+"
"""A list item's bullet or number with the space after it ("• ", "- ", "3. ")."""
LEADING_MARKS = r"[\s\-–—•*·▪►▶›»★☆✓✔→]*"
"""Decoration a clutter line may open with ("► Read more:", "★ Sponsored"): no space needed, numbers
not included (a numbered line is content more often than a marker)."""

# --- months and weekdays -----------------------------------------------------------------------------

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
"""The abbreviations written with a full stop ("Jan.", "Sept."); "may" is a whole word."""
MONTH_NUMBER = {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
"""The month's number by its first three letters."""
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
"""A month name, whole or abbreviated (match case-insensitively; add ``\\b`` and ``\\.?`` as needed)."""
MONTH_PREFIX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
"""A word starting like a month: looser than ``MONTH``, enough for "Updated March 3"."""
YEAR = r"(?:1[89]\d\d|20\d\d)"
"""A year of the nineteenth to twenty-first centuries: what dates a figure, an age or a measure to another time."""
LAST_PERIOD = r"\b(?:last|previous) (?:week|month|year|spring|summer|autumn|fall|winter)\b"
"""A period before the story's ("last year", "previous winter"): what dates an age, a harm or a charge to another time
(match case-insensitively)."""
WEEKDAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
"""A weekday name, whole or abbreviated."""

# --- dateline ------------------------------------------------------------------------------------------

DATELINE_DASH = r"\s*(?:-{1,2}|–|—|:)\s+"
"""What separates a dateline from the story: "OSLO (NTB) - ", "KYIV, Ukraine (AP) — ", "PARIS: "."""
DATELINE_DASH_LOOSE = r"\s*(?:[-\u2013\u2014]{1,2}|:)\s+"
"""``DATELINE_DASH`` allowing any one or two dashes ("–-" typed by hand), for ``LOOSE_DATELINE_P``."""
LOOSE_DATELINE_P = (r"^\p{Lu}[\p{Lu}\p{M} ./'-]{1,40}(?:,[^()\n]{1,30})?\s*\([^()\n]{1,40}\)"
                    + DATELINE_DASH_LOOSE)
"""Source of: a "PLACE, date (Agency) - " prefix, looser than ``bot.text.metadata.dateline`` (``regex``
only): any capitalised place and any bracketed agency. It only strips the prefix off a sentence, so a
false match costs a few words, while ``dateline`` reads the place and agency and must be exact."""
