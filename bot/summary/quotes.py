"""Quotations and who said them.

A quote's speaker is found where reporters put it: after the quote ("..., Okafor told a news
conference", "... ,” she said", "said Tom Reyes"), before it ("Reyes said: ...", "X put it
bluntly: ..."), or around a partial quote ("Okafor accused the government of “...”"). Pronouns and
"the official" resolve to the last matching speaker or person before them in the same article; an
unnamed source keeps its description as written ("a US official"). A quote with no attribution
continues the previous quote of its paragraph.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter

import regex
from rapidfuzz import fuzz

from bot.rules.fragments import (
    CLIPPED_AT_FRONT,
    CLOSING_DOUBLE_MARKS,
    FRAME_END,
    MONTH_NAMES,
    QUOTATION_OPENS_AFTER,
    QUOTE_FRAME_BOUNDARY_P,
)
from bot.rules.kept import compiled_regex
from bot.rules.places import OUTLET_KINDS, is_country, is_demonym_noun, is_outlet_name
from bot.rules.roles import title_abbreviation
from bot.rules.speech import (
    ADDRESSEES,
    ON_BEHALF,
    QUOTATIVE_VERBS,
    RELAYED,
    REPLYING,
    frame_follows,
    nickname_spans,
)
from bot.rules.words import IRREGULAR_PAST, is_past_form
from bot.summary.actors import (
    APPOSITIVE_TOKENS,
    COORDINATORS,
    Cast,
    Person,
    according_to,
    opening_clause_end,
    opening_phrase_end,
    speaks_here,
)
from bot.summary.names import INITIALS as _INITIALS
from bot.summary.names import Name, Token, adverb, blanked, role_word, tokens_of, unquoted
from bot.summary.normalization import facts_of, fold, spaced_words
from bot.summary.normalization import words as folded_words
from bot.summary.statements import Paragraph
from bot.summary.vocabulary import (
    ARTICLES,
    AUXILIARIES,
    BODY_KINDS_NAMED_BACK,
    BUILDING_PREPOSITIONS,
    CHARACTERIZING_VERBS,
    CLAUSE_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EMPLOYER_PREPOSITIONS,
    HE_WORDS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    MODALS,
    NOT_NAMES,
    ORG_SUFFIXES,
    PEOPLE_NOUNS,
    REACTION_VERBS,
    ROLE_HEADS,
    SAYING_NOUNS,
    SHE_WORDS,
    SPEAKER_CUES,
    SPEECH_VERBS,
    TITLE_WORDS,
)

# A quotation in curly or straight double quotes; and one a closing mark opens, as some pages print it: a
# paragraph or a word's start, then "”" and words ('”The quay is lost. We knew it,” she wrote').
_QUOTED = compiled_regex(r"\u201c([^\u201d]{2,})(?:\u201d|$)|\"([^\"]{2,})(?:\"|$)"
                         r"|(?:^|(?<=\s))\u201d(?=\s?[\p{L}\u2026])([^\u201c\u201d]{2,})(?:\u201d|$)", regex.M)
_OPENS_AFTER = QUOTATION_OPENS_AFTER
_MIXED_CLOSE = compiled_regex(rf'\u201c[^\u201c\u201d"]{{2,}}\K(?<=[^{_OPENS_AFTER}])"'
                              r'(?=[^\u201c\u201d]*+(?:\u201c|\Z))')
"""The straight mark closing a curly quotation that no curly mark closes, as copy mixing the two prints it
('“The quay is lost," Ana Ruiz said'); not one inside a curly quotation ('“He said "no" to me”'), nor one
standing where a quotation opens (after a space, a bracket or a dash): in a quotation running on into the next
paragraph, '“They told us "wait until summer" and we waited.' quotes inside it."""
_MIXED_OPEN = compiled_regex(rf'(?:^|(?<=[{_OPENS_AFTER}]))"(?=[^"\u201c\u201d]{{2,}}\u201d)')
"""The straight mark opening a quotation that a curly mark closes ('"The quay is lost,” Ana Ruiz said'): it
stands where a quotation opens (at the start or after a space, a bracket or a dash), and the next mark after it
closes; a straight closing mark follows a word or a stop ('lost," she said')."""
_SENTENCE_END = compiled_regex(QUOTE_FRAME_BOUNDARY_P)
SENTENCE_REACH = 1000
"""Characters before and after a quotation within which its sentence's start and end are looked for (news
sentences run to a few hundred)."""
_PRONOUNS = frozenset({"he", "she"})
_VERBS = SPEECH_VERBS | REACTION_VERBS  # "X said: ...", "X dismissed the claims as “...”"
# After a quotation a verb of asking or wondering frames it too: '“Why not?” Reyes asked.'
_VERBS_AFTER = _VERBS | QUOTATIVE_VERBS
_PLURAL = frozenset({"they", "we"})
_SIGNING_MARKS = ",\u2015\u2014\u2013-"  # a comma or a dash (quotation, em, en, hyphen) before a signing name
_SIGNATURE = compiled_regex(rf"\.?\s*[{_SIGNING_MARKS}]")  # a stop outside the marks may come first: '”. — Ana Ruiz'
UNNAMED_REACH = 8  # words from a clause's start within which its verb of saying stands
_POLICE = "police"
_ANYONES = frozenset({"officials", "authorities", "sources", "official", "source", "insider"})
"""Whose? Any side's, in a story of two sides: "a senior official said", "a government source said" are reported, never
shown as a speaker."""
_EARLIER = frozenset({"time", "previously", "earlier", "ago", "last", "then", "once", "before", "until"})
"""Words placing a report before the news: "At the time,", "Two years ago,", "said last year"; so do a month written
as one ("In March,": not the modal of "said it may take weeks") and a year; the news day's own date has a digit ("On
March 3,")."""
_MONTHS = frozenset(MONTH_NAMES)
_WITHIN_A_WORK = frozenset({"advert", "advertisement", "scene", "film", "video", "recording", "footage", "episode",
                            "song", "book", "novel", "play"})
"""Words of an opening phrase placing the words inside a work, not said of the news: "In the advert, a doctor says ..."
(not "In a statement, ...", "In an interview, ...")."""
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "stated", "explained", "explains",
                        "insisted", "insists", "confirmed", "confirms", "stressed", "noted", "argued", "argues",
                        "claimed"})
"""The verbs of saying a described speaker reports with: others also tell a deed ("A lifeguard warned the swimmers",
"A burns centre admitted nine children", "A songwriter wrote a ballad")."""
_DATED_AFTER = 4  # words after a verb of saying within which a year or a time word places the report
_YEAR = compiled_regex(r"(?:19|20)\d\d")  # "said in 2021 that": not a figure ("said 23 people were arrested")
_SIGNATURE_REACH = 6  # words after a quote within which a name with no speech verb can sign it
_PREPOSITIONS = frozenset({"from", "of", "to", "with", "about", "against", "by", "for", "at", "on", "in", "after",
                           "before", "than", "like", "over", "under", "between"})
"""Before a word of saying, they make it a noun: "A warning sign reads: “...”" is no one warning."""
_PLACING = _PREPOSITIONS | BUILDING_PREPOSITIONS
"""Words after an owned role that place or relate its holder ("Reyes's mother at the hospital", "outside"): no more
of the role."""
_NOT_THE_SOURCE = _PREPOSITIONS - {"from", "by", "for", "of"}
"""Prepositions before a name that is not whose words a participle after it frames: "a letter to Tom Reyes saying"
is not Reyes's, where "a statement from Acme saying", "a post by Ana Ruiz saying" or "a spokesman for Acme saying"
are the body's or the person's, and "the lawyer of Tom Reyes" speaks for him."""
# Before a name that says where words were spoken ("at the Forum", "on Twitter"), not who spoke them;
# "from" and "for" are left out: "a statement from Acme", "a spokesman for Acme" name the speaking body.
_VENUE_BEFORE = frozenset({"in", "at", "on", "during", "outside", "inside", "near", "across", "throughout",
                           "within"})
_ANON_START = frozenset({"a", "an", "one", "another", "two", "several", "the"})
_BARE_BODIES = frozenset({"police", "officials", "authorities", "prosecutors", "investigators", "witnesses",
                          "residents", "experts", "analysts", "doctors", "firefighters", "rescuers", "scientists"})
"""Plurals and bodies of people that speak without an article ("Police say", "Prosecutors said")."""
MIN_QUOTE_WORDS = 5
_COLON_VERB = compiled_regex(r":\s*$")
_LETTER = compiled_regex(r"\p{L}")
_FRAME_END = compiled_regex(FRAME_END)
# A transcript's speaker label: a name in capitals and a colon opening the words ("RUIZ: The ferry is ...").
_TRANSCRIPT_LABEL = compiled_regex(r"([A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):\s")
_WORD_BEFORE = compiled_regex(r"([\p{L}.]+)\.$")


def _abbreviation_before(text: str, dot: int) -> bool:
    """The full stop at ``dot`` closes an abbreviation, not a sentence: a title ("Sen."), an
    honorific ("Mr.") or an initial ("G.K.")."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if m is None:
        return False
    word = m.group(1)
    before = text[:m.start(1)].rstrip()[-1:]
    return bool(title_abbreviation(word, before) or word.casefold() in HONORIFICS or _INITIALS.match(word))


_RELAYING_VERBS = frozenset(QUOTATIVE_VERBS | SPEECH_VERBS | {"reported", "reports", "found", "finds"})
"""What an outlet does with words it relays: "reported Reuters", "the Times wrote", "the Post reports that"."""
_OUTLET_PIECES = frozenset({"article", "report", "editorial", "story", "analysis", "investigation", "poll", "survey"})
"""An outlet's pieces, which speak in its place: "a Times article hailed ...", "a Post poll found ..."."""


def relaying_outlet(sentence: str, quotation: str) -> str | None:
    """The outlet a sentence gives a quotation's words to, for ``briefbot quotes`` where no one else is found to speak
    them: a frame right after the quotation ("“...,” reported Reuters", "“...,” the Times wrote") or the outlet
    opening the sentence as its subject ("The New York Post reports that ...", "A Times article hailed Reyes as
    “...”"). Not an outlet elsewhere in the sentence: in "The suspect shouted “...” before the attack, Reuters
    reported" or "According to the Times, officials described the raid as “...”" the words are another's. A briefing
    never credits an outlet (it relays words, ``Attribution``); a list of who said what names whoever the text gives
    the words to."""
    toks = tokens_of(sentence)
    n = len(toks)
    # The outlet opening the sentence, or its clause after an opening phrase, then what it says: "The Lessby Post
    # reports", "Ten years ago, a Times article hailed".
    at = sentence.find(quotation)
    # The first comma, before the quotation: in "The suspect shouted “...” before the attack, Reuters reported" the
    # words are the suspect's.
    comma = next((i for i, t in enumerate(toks) if t.text == "," and t.start < at), None)
    for first in (0, *(() if comma is None else (comma + 1,))):
        if first < n and toks[first].text.casefold() in ("the", "a", "an"):
            first += 1
        outlet, after = _capital_run(toks, first)
        if outlet is not None and after < n and toks[after].text.casefold() in _OUTLET_PIECES:
            after += 1
        if outlet is not None and after < n and (toks[after].text.casefold() in _RELAYING_VERBS
                                                 or toks[after].text.casefold() in REACTION_VERBS) \
                and _outlet(outlet):
            return outlet
    # A frame right after the quotation's words: "“...,” reported the Lessby Herald", "“...,” Reuters reported".
    if at < 0:
        return None
    end = at + len(quotation)
    k = next((i for i, t in enumerate(toks) if t.start >= end and t.text not in _CLOSING), n)
    if k < n and toks[k].text.casefold() in _RELAYING_VERBS:
        outlet, after = _capital_run(toks, k + 1)
    else:
        outlet, after = _capital_run(toks, k)
        if outlet is None or after >= n or toks[after].text.casefold() not in _RELAYING_VERBS:
            return None
    return outlet if outlet is not None and _outlet(outlet) else None


def _outlet(name: str) -> bool:
    """An outlet's name, "of" a place or a field perhaps ("the Times of India", "the Journal of Medicine")."""
    return is_outlet_name(name) or (" of " in name and is_outlet_name(name.partition(" of ")[0]))


_CLOSING = frozenset({",", "\u201d", '"', "\u2019", "'", "."})
"""Marks between a quotation's last word and its frame: '...,” reported'."""


def _capital_run(toks: Sequence[Token], at: int) -> tuple[str | None, int]:
    """The capitalised words from ``at`` on, past a "the" before them and through an "of" between them ("the Times of
    India"), with the index after them."""
    if at < len(toks) and toks[at].text.casefold() == "the":
        at += 1
    words: list[str] = []
    while at < len(toks) and len(words) < _OUTLET_WORDS:
        t = toks[at]
        if not ((t.capitalised and t.word) or (t.text == "of" and words and at + 1 < len(toks)
                                                and toks[at + 1].capitalised)):
            break
        words.append(t.text)
        at += 1
    return (" ".join(words).removeprefix("The ") if words else None), at


_OUTLET_WORDS = 6
"""Words at most of an outlet's name ("the Journal of the American Medical Association" is cut at six)."""


def _fragment_in(mark: str) -> str:
    """Two to twelve words quoted inside a sentence in single marks ("he was 'almost brain dead' before surgery"), up
    to a closing ``mark`` after two letters, the last no "s" ("the players' union" closes no quotation, nor "Sweet
    Child O' Mine"). Inside, a mark is an apostrophe between two letters."""
    word = rf"(?:[^\s'\u2018\u2019,.?!;:]|(?<=\p{{L}}){mark}(?=\p{{L}}))+"
    return rf"(?!{CLIPPED_AT_FRONT}\b)({word}(?:\s{word}){{1,11}}(?<=[\p{{L}}\p{{N}}]{{2}})(?<![sS])){mark}"


_SINGLE_QUOTED = compiled_regex(
    rf"(?:^|(?<=[{QUOTATION_OPENS_AFTER}:-]))(?:\u2018(?=[\p{{L}}\p{{N}}\u2026])"
    r"((?:[^\u2018\u2019\n]|(?<=\p{L})\u2019(?=\p{L})){1,600}?[,.?!\u2026])\u2019"
    r"|'(?=[\p{L}\p{N}\u2026])((?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,600}?[,.?!\u2026])')"
    r"(?=\s|$|[)\]\u2014\u2013-])", regex.M)
"""A quotation in single marks, as British papers print speech ('‘We will appeal,’ she said'): an opening mark
where a quotation opens, before a word, and a closing one right after the words' own stop or comma. Inside, a
mark is an apostrophe between two letters ("it’s"); a quotation holding any other ("the players’ union") is left
as it is, as is one whose closing mark follows no stop unless it is a fragment (``_SINGLE_FRAGMENT``). A mark
opening another quotation ends the search there, so a line of many is read in linear time."""
_SINGLE_FRAGMENT = compiled_regex(
    rf"(?:^|(?<=[{QUOTATION_OPENS_AFTER}]))(?:\u2018(?=\p{{L}}){_fragment_in(chr(0x2019))}|'(?=\p{{L}})"
    rf"{_fragment_in(chr(0x27))})(?=\s|$|[,.;:?!)\]\u2014\u2013-])(?![^.?!\n]{{0,300}}[.?!,]['\u2019](?:\s|$))")
"""A few words quoted inside the reporter's sentence in single marks (``_fragment_in``), not one ("the \u2018deal\u2019
was \u2018dead\u2019"), nor in a sentence closing a quotation ("... the \u2018tip of the iceberg\u2019 for the firm.'"):
there the words are quoted by the speaker of the quotation it closes."""
_OPEN_SINGLE = ("'", "\u2018")


def _in_double_marks(text: str) -> str:
    """``text`` with its quotations in single marks marked with double ones, at the same places, when it holds no
    double mark: there single marks quote speech. Where double marks stand, single ones quote inside them. A
    paragraph opening on a quotation left unread (too long, or closed after no stop) has its fragments read in none:
    words quoted inside it are its speaker's quoting ("'... the ‘tip of the iceberg’ when it comes to ...'")."""
    if "\u201c" in text or "\u201d" in text or '"' in text or ("\u2018" not in text and "'" not in text):
        return text
    text = str(_SINGLE_QUOTED.sub(lambda m: f"\u201c{m.group(1) or m.group(2)}\u201d", text))
    if text.lstrip().startswith(_OPEN_SINGLE):
        return text
    return str(_SINGLE_FRAGMENT.sub(lambda m: f"\u201c{m.group(1) or m.group(2)}\u201d", text))


def _blanked_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with white space in ``spans`` (a nickname's, ``nickname_spans``), at the same places: the quotation
    finder reads past them, and a frame naming 'Marcia "Cia" Okafor' names Marcia Okafor."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _with_spans(found: str, text: str, at: int, spans: list[tuple[int, int]]) -> str:
    """``found``, taken at ``at`` from a copy of ``text`` with ``spans`` blanked (``_blanked_spans``), with their
    words as ``text`` has them: a quotation naming 'Ramon "El Toro" Vargas' quotes his nickname."""
    for start, end in spans:
        if at <= start and end <= at + len(found):
            found = found[:start - at] + text[start:end] + found[end - at:]
    return found


def _paired(text: str) -> str:
    """``text`` with each quotation that copy mixing the two kinds of marks opens with one and closes with the
    other (``_MIXED_CLOSE``, ``_MIXED_OPEN``) marked with curly ones, at the same places: read to the next
    straight mark or to the paragraph's end, the quotation took its frame for its words and its speaker's name
    was never read."""
    if '"' not in text or ("\u201c" not in text and "\u201d" not in text):
        return text  # most paragraphs do not mix the two
    # Openings first: a curly quotation's straight closing mark is told by the curly mark that comes next (an
    # opening one), which a mixed quotation after it may only have once its opening is marked.
    return str(_MIXED_CLOSE.sub("\u201d", _MIXED_OPEN.sub("\u201c", text)))


def _reporting_clause(frame: str, *, after_quote: bool) -> str:
    """The reporter's words next to a quote: quotations blanked, and only the sentence touching the quote
    (a page flattened into one paragraph can make the frame run over several sentences)."""
    text = unquoted(frame)
    ends = [e for e in _FRAME_END.finditer(text) if not _abbreviation_before(text, e.start())]
    if after_quote:
        first = next((e for e in ends if text[:e.start()].strip(" ,")), None)
        return text[:first.start() + 1] if first else text
    return text[ends[-1].end():] if ends else text


RETOLD = 90.0
"""How close (``fuzz.partial_ratio`` of the folded texts) another outlet's printing of a quotation's sentence is to be
the same sentence with a word or two cut or changed."""


class Verbatim:
    """Whether words stand, as written, in the text of the sources said to carry them."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self._paragraphs: dict[str, list[str]] = defaultdict(list)
        for p in paragraphs:
            self._paragraphs[p.source].append(p.text)
        self._text: dict[str, str] = {}
        self._words: dict[str, str] = {}

    def __call__(self, text: str, sources: list[str]) -> bool:
        wanted = " ".join(text.split())
        return bool(wanted) and any(wanted in self._of(s) for s in sources)

    def carriers(self, text: str, sources: list[str]) -> int:
        """How many of ``sources`` print the words of ``text`` in that order, whatever their marks, dashes and
        capitals ("Caught RED HANDED -- very ..." and "caught red handed - very ..." are one sentence)."""
        wanted = spaced_words(text)
        if not wanted.strip():
            return 0
        count = 0
        for source in sources:
            spaced = self._words.get(source)
            if spaced is None:  # paragraph by paragraph: ``words`` keeps the paragraphs read before
                spaced = self._words[source] = "".join(map(spaced_words, self._paragraphs.get(source, ())))
            count += wanted in spaced
        return count

    def retold_by(self, text: str, sources: list[str], beside: str) -> int:
        """How many of ``sources`` print ``text`` with a word or two cut or changed ("The tears you see are really
        tears of joy and peace." and "The tears you see are really tears of joy, peace"), giving the same figures and
        negation, where they print the words of the quotation ``beside`` it: in the paragraph holding them or the one
        before. Another speaker's words elsewhere on the page are no printing of this quotation ("We will do everything
        in our power to protect the miners and their jobs" is not "... and their families")."""
        wanted, facts = fold(text), facts_of(text)
        near = spaced_words(beside)
        count = 0
        for source in sources:
            paragraphs = self._paragraphs.get(source, [])
            at = next((i for i, p in enumerate(paragraphs) if near in spaced_words(p)), None)
            if at is None:
                continue
            for paragraph in paragraphs[max(at - 1, 0):at + 1]:
                folded = fold(paragraph)
                hit = fuzz.partial_ratio_alignment(wanted, folded, score_cutoff=RETOLD)
                if hit is not None and facts_of(folded[hit.dest_start:hit.dest_end]) == facts:
                    count += 1
                    break
        return count

    def _of(self, source: str) -> str:
        """The text of ``source``, its white space made single: made when first asked, as many sources are never
        asked about (they print no quotation shown)."""
        text = self._text.get(source)
        if text is None:
            text = self._text[source] = "\n".join(" ".join(p.split()) for p in self._paragraphs.get(source, ()))
        return text


@dataclass
class Speaker:
    """Who said something: an actor of the cast, or a description as written ("a US official")."""

    label: str
    actor: int | None = None
    # Named in the reporter's clause next to the words ('"...," Ana Ruiz wrote'), not reached through "she",
    # "the company" or an earlier quote: the clause itself makes this name speak.
    named: bool = field(default=False, compare=False)

    @property
    def key(self) -> str:
        return f"actor:{self.actor}" if self.actor is not None else f"anon:{self.label.casefold()}"


@dataclass
class Quote:
    """One quotation as one source printed it, with the statements (sentences) that carry it."""

    text: str
    speaker: Speaker | None
    source: str
    article: int
    statements: list[int]
    partial: bool  # a fragment inside a reported sentence ("warned of “serious consequences”")
    sentence: str  # the sentence around it, for a partial quote


class _Sentences:
    """Where the sentences of a paragraph start and end around its quotations: at its gaps (``_SENTENCE_END``),
    found in one search. Whether a gap ends a sentence (it is neither inside a quotation nor after an
    abbreviation, nor between a quotation's stop and the reporter's frame of it) is asked once, when a
    quotation's sentence first reaches it: a sentence ends at the nearest such gap on either side, so the gaps
    further away are never asked about."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._gaps = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
        self._ending: dict[int, bool] = {}  # a gap's start -> whether it ends a sentence
        # Where each quotation mark stands, so that whether a position is inside a quotation is two look-ups, not a
        # count from the paragraph's start (a paragraph of thousands of quotations asked it of each).
        self._marks = {mark: [m.start() for m in _MARK[mark].finditer(text)] for mark in _MARK}

    def inside_quote(self, pos: int) -> bool:
        """An opening mark before ``pos`` is not closed: more curly openings than closings before it, or an odd
        number of straight marks."""
        opened, closed, straight = (bisect.bisect_left(self._marks[mark], pos) for mark in _MARK)
        return opened > closed or straight % 2 == 1

    def _stop(self, at: int) -> int:
        """Where the stop before the gap at ``at`` stands: right before it, or before the closing quote."""
        return at - 2 if self._text[at - 1] in CLOSING_DOUBLE_MARKS else at - 1

    def _ends(self, at: int, after: int) -> bool:
        found = self._ending.get(at)
        if found is None:
            text = self._text
            stop = self._stop(at)
            found = self._ending[at] = not self.inside_quote(at) and not _abbreviation_before(text, stop) \
                and not (stop < at - 1 and frame_follows(text, after))
        return found

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start of the sentence holding ``start`` (a quotation's opening mark) and end of the sentence holding
        ``end``. The sentence starts after the last gap that the text cut past ``start``'s mark and first letter
        still holds: a sentence may open with the quotation ('... in the House. "We have the votes," Moss said'),
        but a gap whose next sentence would open beyond it is none there (the pattern is matched at the gap's
        stop with that cut as the end of the text, as a search of the text up to it matches it).

        Neither end is looked for further than ``SENTENCE_REACH`` from the quotation: a run of text with no
        sentence end (thousands of quotations, each with its frame) would make each quotation walk all of it."""
        text, gaps = self._text, self._gaps
        floor, ceiling = max(0, start - SENTENCE_REACH), end + SENTENCE_REACH
        begin = floor
        i = bisect.bisect_right(gaps, start, key=itemgetter(1)) - 1  # the last gap ending by ``start``
        while i >= 0 and gaps[i][1] > floor:
            at, after = gaps[i]
            if self._ends(at, after) and _SENTENCE_END.match(text, self._stop(at), start + 2) is not None:
                begin = after
                break
            i -= 1
        # The first gap after a stop at ``end - 1`` or later: a gap may follow a stop just before ``end``.
        i = bisect.bisect_left(gaps, max(end - 1, 0) + 1, key=itemgetter(0))
        while i < len(gaps) and gaps[i][0] < ceiling and not self._ends(*gaps[i]):
            i += 1
        return begin, gaps[i][0] if i < len(gaps) and gaps[i][0] < ceiling else min(len(text), ceiling)


def _after_preposition(toks: Sequence[Token], first: int, prepositions: frozenset[str] = _PREPOSITIONS, *,
                       over_titles: bool = False) -> bool:
    """The name at ``first``, with any title or article before it, follows a preposition: "to President Ana Ruiz"
    or "to the Lessby Courier" is an object, no signature. ``over_titles``: a title in lower case too ("a talk by
    astronomer Ana Ruiz"), asked after a title quoted in the reporter's sentence ('“The Winter Sky,” a talk by
    astronomer Ana Ruiz'), where it names the work's author; after a quotation opening its sentence, "a statement
    from spokesman Tom Reyes" signs it."""
    if _right_after(toks, first - 1, prepositions):
        return True
    k = first - 1
    while k >= 0 and (toks[k].capitalised or (over_titles and role_word(toks[k].text))):
        k -= 1
    if k > 0 and toks[k].text in ARTICLES:
        k -= 1
    return k >= 0 and toks[k].text.casefold() in prepositions


def _pronoun_opening(frame: str) -> str | None:
    """"he" or "she" when the reporter's words after a quotation open with it ('“...,” she said')."""
    first = frame.lstrip(" " + _SIGNING_MARKS).split(maxsplit=1)
    pronoun = first[0].casefold() if first else ""
    return pronoun if pronoun in _PRONOUNS else None


def _names_the_other(before: str, pronoun: str) -> bool:
    """The reporter's words before a quotation speak of "her" when "she" said it, or of "him" when "he" did: the
    pronoun is someone other than the person those words name ('Reyes attacked her: “...,” she said')."""
    other = "her" if pronoun == "she" else "him"
    return other in before.casefold().replace(",", " ").replace(":", " ").split()


_OWNED_WORDS_OPEN = frozenset({"that", "about", "of"})
_CLAUSE_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would"})
# Verbs that give a verdict on what was said ("rated Ana Ruiz's claim ... “mostly false”"): with one before the
# owner, as with a verb of saying or characterizing, the quotation is the verdict's.
_VERDICT_VERBS = frozenset({"rated", "rates", "ruled", "rules", "deemed", "deems", "judged", "judges", "found",
                            "finds", "considered", "considers"})
_NOT_THE_OWNERS = SPEECH_VERBS | CHARACTERIZING_VERBS | _VERDICT_VERBS
_VERDICTS_GIVEN = frozenset({"rated", "ruled", "deemed", "judged"})
"""Past verdicts that frame the words of their subject, as "called" does: "PolitiFact rated the claim “false”", "the
judge ruled that the law was “void”". Not their present forms, more often nouns ("DNC rules permit ...", "the
judges"), nor "found" or "considered", whose subject is as often a study or an idea."""


_BODYS_DOCUMENT = compiled_regex(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?P<body>(?:[A-Z][\w'\u2019&-]*\s+){1,6})(?:report|study|review|audit|"
    r"analysis|assessment|inquiry|survey)\b(?:\s+[\w-]+){0,6}?\s+(?:found|concluded|said|warned|stated|noted|showed|"
    r"described|called)\b(?P<finding>[^,;:\u2014\u2013]*)$")
"""A body's document whose finding a quotation gives: "A Government Accountability Office report released last year
found that “...”", "the Harbour Authority's review concluded the quay was “unsafe”". The body speaks; an outlet's
report ("a Courier investigation found") relays, and outlets never speak (``_may_speak``)."""
_ATTACKING = frozenset({"attacked", "attacks", "assailed", "assails"})
"""Verbs that frame a quotation only as their object, right before it, where the frame says it was said (``speaker_in``,
``_SPEECH_SETTING``)."""
_SPEECH_SETTING = compiled_regex(
    r"(?i)\b(?:in|during) (?:a|an|his|her|their|the|its) (?:[\w-]+ ){0,2}(?:speech|interview|statement|letter|post|"
    r"tweet|column|op-ed|address|debate|rally|briefing|news conference|press conference)\b"
    r"|\bon (?:twitter|x|facebook|instagram|television|tv|radio)\b")

_HELD_BY_A_NOUN = frozenset({"of", "for"})
_GOVERNED = frozenset({"out", "over", "for", "from", "until", "since", "with", "during"})


def _verdict(toks: Sequence[Token], verb: int) -> bool:
    """The past verdict at ``verb`` frames the quotation that ends the frame ("PolitiFact rated the claim “false”",
    "the judge ruled that the law was “void”"). Not a ruler's reign or a phrasal verb ("Reyes ruled Norvania for 30
    years until his “peaceful” exit", "ruled out"), nor a quotation opening a noun ("judged the “Best in Show”
    category"), nor another's words the verdict is about ("ruled that the statute's ban on “offensive” marks",
    "ruled that the post calling the mayor “a thief”"; not "rated the mayor's claims as “false”"). Frames that
    run on after the quotation are not told apart: "ruled that Reyes's claim he was “...”" stays the judge's."""
    nxt = toks[verb + 1] if verb + 1 < len(toks) else None
    if nxt is not None and (nxt.text.casefold() in _GOVERNED
                            or (nxt.capitalised and not nxt.possessive and nxt.text != "That")):
        return False  # "ruled Norvania", "ruled out"; not "rated Reyes's claim “false”"
    if toks[-1].text.casefold() in DETERMINERS and len(toks) - 1 > verb:
        return False
    inside = toks[-1].text.casefold() in _PREPOSITIONS and toks[-1].text.casefold() != "as"  # "ban on “...”"
    held = [j for j in range(verb + 1, len(toks))
            if (toks[j].possessive and inside) or toks[j].text in ("calling", "saying")]
    return not held or any(t.text.casefold() in _CLAUSE_VERBS for t in toks[held[-1] + 1:])


def _owner_of_words(toks: Sequence[Token]) -> int | None:
    """The possessive token of the last "Ruiz's claim that" / "Reyes's remarks about" (``SAYING_NOUNS``) in a
    frame before a quotation that gives the owner's words, or ``None``. Not a quotation that is a verdict on them:
    after "Ruiz's statement was" (no "that", "about" or "of": the noun is a subject); after the words about it
    have ended ("Reyes's remark about the port is", "Ruiz's claim that the quay was unsafe was"); after "as" or
    "to be" ("dismissed Ruiz's claim ... as"); nor after a verb of saying, characterizing or judging before the
    owner ("Reyes said Ruiz's claim ...", "rated Ruiz's claim ...")."""
    for i in range(len(toks) - 2, 0, -1):
        opening = toks[i + 1].text.casefold()
        if toks[i].text.casefold() in SAYING_NOUNS and toks[i - 1].possessive and opening in _OWNED_WORDS_OPEN:
            after = [t.text.casefold() for t in toks[i + 2:]]
            ended = sum(w in _CLAUSE_VERBS for w in after) > (opening == "that")
            if ended or after[-1:] == ["as"] or after[-2:] == ["to", "be"] \
                    or any(t.text.casefold() in _NOT_THE_OWNERS for t in toks[:i - 1]):
                return None
            return i - 1
    return None


def _introducing_word(toks: Sequence[Token]) -> int | None:
    """The index of the word that may introduce a quotation (a verb of asking or saying, which the caller checks):
    the frame's last word when a comma or colon follows it ('Ruiz recalled, “...”'), or the word before it when the
    last is whom the words are for ('before asking them, “...”'); ``None`` for a fragment run into the sentence
    ('as he shouted “...”')."""
    k = len(toks) - 2
    if k < 0 or toks[k + 1].text not in (",", ":") or not toks[k].word:
        return None
    return k - 1 if k > 0 and toks[k].text.casefold() in ADDRESSEES else k


_PUT_IT_REACH = 30
"""Words at most from "as" to "put it": "as Tom Reyes, a tax lawyer and senior fellow at the Dale Institute, recently
put it"."""
_PUT_IT_SAID = compiled_regex(
    r"\s*(?:$|[,.;:!?)\u2014\u2013-]|(?:recently|bluntly|simply|succinctly|best|well|later|once|then|at the time|"
    r"this way|so|memorably|starkly|plainly|when|after|before|back in|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"in \d{4})\b|in (?:a|an|his|her|their|its|the) (?:[\w-]+ )?(?:statement|interview|"
    r"speech|letter|post|tweet|memo|report|column|op-ed|press release|briefing|book|essay|note|message)\b|"
    r"to (?:reporters|me|us|him|her|them|the (?:[\w-]+ )?(?:committee|court|jury|audience|crowd|press))\b|"
    r"on (?:twitter|x|facebook|instagram|television|tv|radio)\b)", regex.I)
"""What may follow the "put it" of saying: the end of the clause, an adverb, where or to whom it was said ("as Ruiz put
it in a statement", "to reporters"). Anything else makes the verb another's: "as the Speaker put it to a vote", "as
Kane put it past the goalkeeper", "as Ruiz put it down"."""


def _as_put_it(frame: str, toks: Sequence[Token]) -> tuple[int, int] | None:
    """The indices of "as" and of the verb of the frame's "as Ana Ruiz put it" (or "puts it"): the name between
    them is whose words the quotation is ("the quay is “a relic,” as Ruiz put it", "As Ruiz put it in a statement,
    “...”"); not "put it" followed by what makes it a hand's (``_PUT_IT_SAID``), nor with a clause's stop between
    ("as usual; Ruiz put it bluntly")."""
    for k in range(1, len(toks) - 1):
        if toks[k].text.casefold() in ("put", "puts") and toks[k + 1].text.casefold() == "it" \
                and _PUT_IT_SAID.match(frame, toks[k + 1].end) is not None:
            for a in range(k - 2, max(-1, k - _PUT_IT_REACH - 1), -1):
                if toks[a].text in (";", ":", ".", "?", "!"):
                    break
                if toks[a].text.casefold() == "as":
                    return a, k
    return None


def _according_to(toks: Sequence[Token]) -> int | None:
    """The index of "to" in the frame's "according to", if any."""
    for k in range(len(toks) - 1):
        if toks[k].text.casefold() == "according" and toks[k + 1].text.casefold() == "to":
            return k + 1
    return None


_MARK = {mark: compiled_regex(mark) for mark in ("\u201c", "\u201d", '"')}  # opening, closing, straight: in order


class Attribution:
    """Finds speakers for the quotes and reported statements of a story."""

    def __init__(self, cast: Cast, paragraphs: list[Paragraph]) -> None:
        self.cast = cast
        self.paragraphs = paragraphs
        self._recent_anon: dict[int, list[Speaker]] = {}
        self._speakers: dict[int, bool] = {}  # actor -> whether it may speak (``_may_speak``)
        self._by_key = {s.key: s for p in paragraphs for s in p.statements}
        # Per article, the statements naming someone, in reading order: who "he" or "she" can be is read from
        # them (``_people_of``) only in an article where a pronoun speaks, as most articles have none.
        self._naming: dict[int, list[int]] = defaultdict(list)
        for key in sorted(cast.names_by_statement):
            if cast.names_by_statement[key]:  # nothing to note: its text is not blanked nor its tokens read
                self._naming[self._by_key[key].article].append(key)
        # Per article, (statement key, person, name) in reading order: made when first asked.
        self._people_seen: dict[int, list[tuple[int, int, Name]]] = {}
        self._people_for: dict[tuple[int, str], list[tuple[int, int, Name]]] = {}  # ``_people_of`` by pronoun
        self._pronounced: dict[int, bool] = {}  # actor -> whether a "he" or "she" can be them: asked once per actor
        self._labels: dict[int, set[str]] = {}  # article -> its transcript labels, read when a label is first met
        self._quotation_openers: dict[int, bool] = {}  # ``_only_opening_quotations``
        self._unnamed: dict[int, tuple[str, str] | None] = {}  # statement key -> ``_unnamed_subject`` of it

    def _people_of(self, article: int) -> list[tuple[int, int, Name]]:
        """(statement key, person, name) for every person a "he" or "she" of ``article`` can be, in reading
        order: not one named inside a quotation, an outlet, a place or a people."""
        seen = self._people_seen.get(article)
        if seen is not None:
            return seen
        seen = self._people_seen[article] = []
        cast, pronounced = self.cast, self._pronounced
        for key in self._naming.get(article, ()):
            text = self._by_key[key].text
            blank = unquoted(text)
            toks = cast.tokens_by_statement[key]
            found = cast.names_by_statement[key]
            spans = [(n.first, n.last, a) for n, a in found] if len(found) > 1 else []
            for name, actor in found:
                if blank is not text and blanked(blank, toks[name.first]):
                    continue  # named inside a quotation: talked about, not the "he" of the next sentence
                if spans and _only_titles_the_next(toks, name, spans):
                    continue  # "Acme Rail chief executive Ana Ruiz": the body only titles her, it is no "she"
                # An outlet, a place or a people ("Iceland's prime minister, ...") is never a "he" or "she".
                if actor not in pronounced:
                    person = cast.people[actor]
                    pronounced[actor] = not person.organisation and person.acting and self._may_speak(actor) \
                        and not _institution(person, self.cast.pronoun_of(actor))
                if pronounced[actor]:
                    seen.append((key, actor, name))
        return seen

    # -- speakers -------------------------------------------------------------------------------
    def _named(self, frame: str, article: int, key: int) -> list[tuple[int, int, int]]:
        """(token index, token end index, actor) for every resolvable name in ``frame``, a frame of the sentence
        ``key`` of ``article``."""
        toks = tokens_of(frame)
        out = []
        for name in self.cast.lexicon.names(frame):  # found once per frame: copies of a quotation share theirs
            if name.run_start > 0 and toks[name.run_start - 1].possessive \
                    and is_outlet_name(toks[name.run_start - 1].bare):
                continue  # "the Courier's Morning Show": an outlet's programme or column, not a speaker
            actor = self.cast.resolve_speaker(name.text, article, key)
            # An outlet relays words, a place or a people does not say them: never a speaker.
            if actor is not None and self._may_speak(actor):
                out.append((name.first, name.last, actor))
        return out

    def _may_speak(self, actor: int) -> bool:
        """``Cast.not_an_actor`` says nothing against ``actor``: asked once per actor, not once per mention."""
        found = self._speakers.get(actor)
        if found is None:
            found = self._speakers[actor] = self.cast.not_an_actor(self.cast.people[actor]) is None
        return found

    def _descriptor(self, toks: Sequence[Token], verb: int, *, bare: bool = False) -> str | None:
        """ "a US official" / "the official" / "one of the officials" just before the verb at ``verb``; with
        ``bare`` (a frame before its quotation), also a body of people named by its plural alone where the clause
        opens ("Police say they have “...”", "..., and prosecutors said the man faces “...”"). After a quotation's
        words, "..., police announced" more often closes a reporter's sentence of fact than frames a quotation."""
        start = verb - 1
        while start >= 0 and verb - start <= 6 and toks[start].word:
            if toks[start].possessive and toks[start].capitalised and start < verb - 1 \
                    and _owned_speaker(toks, verb - 2 if toks[verb - 1].text in _AUXILIARIES else verb - 1):
                # "Ruiz's former campaign strategist said": unnamed, known by whose they are (the owner's whole name:
                # "candidate Ana Ruiz's doctor is calling"), where the owner's name opens the clause or follows a
                # title; "a friend of Reyes's wife" is the friend, "On Ruiz's orders police" the police.
                first = start
                while first > 0 and toks[first - 1].capitalised and toks[first - 1].word \
                        and not role_word(toks[first - 1].text) and toks[first - 1].text.casefold() not in NOT_NAMES:
                    first -= 1
                if first == 0 or not toks[first - 1].word or role_word(toks[first - 1].text):
                    end = verb - 1 if toks[verb - 1].text in _AUXILIARIES else verb
                    return " ".join(t.text for t in toks[first:end])
            if toks[start].text.casefold() in _ANON_START:
                if start > 0 and toks[start - 1].text.casefold() in _NOT_THE_SOURCE and toks[verb].text.endswith("ing"):
                    return None  # "a letter to the mayor saying": the words are not the mayor's
                end = verb
                while end > start + 2 and adverb(toks[end - 1].text):
                    end -= 1  # "the council also said": the council
                return " ".join(t.text for t in toks[start:end])
            start -= 1
        if bare and verb > 0 and toks[verb - 1].text.casefold() in _BARE_BODIES \
                and (verb == 1 or toks[verb - 2].text in (",", "and")):
            return toks[verb - 1].text
        return None

    def speaker_in(self, frame: str, article: int, before_key: int, *, after_quote: bool,
                   closed: bool = False, within: bool = False) -> Speaker | None:
        """The speaker named in ``frame`` (the sentence text around a quote, quote removed); ``closed``
        when the quotation ended on a comma or dash, where a signature may follow; ``within`` when the quotation is a
        fragment or a title in the reporter's sentence, where a name after "by" and a title is an author's."""
        toks = tokens_of(frame)
        lows = [t.text.casefold() for t in toks]  # each word folded once for the verb tests below
        speech = _VERBS_AFTER if after_quote else _VERBS
        verbs = [i for i, low in enumerate(lows) if (low in speech
                                                     or (toks[i].text in _ING_FRAMES and _saying(toks, i))
                                                     or ((low in CHARACTERIZING_VERBS
                                                          or (low in _VERDICTS_GIVEN and _verdict(toks, i)))
                                                         and _follows_subject(toks, i)))
                 and not _passive(toks, i) and not (i > 0 and lows[i - 1] in ARTICLES)]
        if len(verbs) > 1:
            # A verdict gives way to any verb after it: in "Lessby ruled out a bailout, and Tom Reyes called the
            # decision “a betrayal”" the words are Reyes's.
            verbs = [v for v in verbs if lows[v] not in _VERDICTS_GIVEN or v == verbs[-1]]
        if not verbs and not any(low in _ANY_SAYING or (i > 0 and low in QUOTATIVE_VERBS)
                                 for i, low in enumerate(lows)):
            # Only where nothing else in the frame says anything: in "Reyes asked the judge to dismiss the case, but
            # Ruiz said ..." or "which critics had called ..." the words are another's.
            verbs = [i for i, t in enumerate(toks)
                     if t.text in _INFINITIVE_FRAMES and i > 0 and toks[i - 1].text == "to"]
        colon = _COLON_VERB.search(frame) is not None and not after_quote
        introducing = None
        if not after_quote:
            # A verb of asking or recalling that introduces the quotation frames it too: 'Ruiz recalled, “...”'.
            last = _introducing_word(toks)
            if last is not None and last not in verbs and toks[last].text.casefold() in QUOTATIVE_VERBS:
                verbs.append(last)
            if last in verbs:
                introducing = last
            # "In a speech, Ruiz attacked “the reckless plan ...”": a verb of attacking whose object is the quotation
            # itself, right after a person's name, in a frame saying where it was said, frames it; elsewhere it is as
            # often a deed ("rebels attacked the town", "Mensah attacked “the space behind the full-backs”").
            end = len(toks) - 1
            if end > 0 and toks[end].text in _ATTACKING and end not in verbs and _SPEECH_SETTING.search(frame) \
                    and any(n[1] == end - 1 and not self.cast.people[n[2]].organisation
                            for n in self._named(frame, article, before_key)):
                verbs.append(end)
            # "Ana Ruiz's claim that the quay had “...”": the words are the owner's, unless a verb after it frames
            # the quotation.
            owner = _owner_of_words(toks)
            if owner is not None and all(v < owner for v in verbs):
                owners = [n for n in self._named(frame, article, before_key) if n[1] == owner]
                if owners:
                    return self._actor(owners[0][2], named=True)
        if not verbs and "put" in frame and (put := _as_put_it(frame, toks)) is not None:
            # "..., as Ana Ruiz put it": the name between "as" and "put it", not an owner ("as Ruiz's memo put it")
            # nor one a preposition introduces ("as a memo sent to Ruiz put it").
            between = [n for n in self._named(frame, article, before_key) if put[0] < n[0] and n[1] < put[1]
                       and not toks[n[1]].possessive and not _after_preposition(toks, n[0])]
            if between:
                return self._actor(between[0][2], named=between[0][1] == put[1] - 1)
        if not verbs:
            # "according to Ana Ruiz": the name after it is whose words they are, before or after the quotation.
            source = _according_to(toks)
            if source is not None:
                # The name it introduces, maybe after a role ("according to the event's organiser Acme"): not an
                # owner ("according to Ruiz's lawyer"), nor a name owned ("according to her LinkedIn account", "his
                # Acme colleague": what is hers or his speaks, not the site or the firm), nor one a preposition
                # introduces ("according to a source close to Ruiz", "a letter sent to Ruiz").
                named_here = self._named(frame, article, before_key)
                following = [n for n in named_here if source < n[0] <= source + _DOCUMENT_REACH
                             and not toks[n[1]].possessive and not _qualifies_next(toks, n, named_here)
                             and toks[n[0] - 1].text.casefold() not in _OWNERS
                             and ((n[0] <= source + 8 and not any(t.text.casefold() in _PREPOSITIONS
                                                                  or t.text.endswith("ed")
                                                                  for t in toks[source + 1:n[0]]))
                                  or _document_by(toks, source, n[0]))]
                if following:
                    return self._actor(following[0][2], named=True)
        # With no speech verb a name after the quote signs it ("...," Ana Sorel, the minister) unless
        # it is an object or an owner: "...," before the letter from Tom Reyes" is about Reyes; and
        # only across a comma or dash: in '"a con" and encouraged voters to' the name is an object.
        if not verbs and not after_quote and (found := _BODYS_DOCUMENT.search(frame)) is not None \
                and not any(w.casefold() in _ANY_SAYING or w.casefold() in QUOTATIVE_VERBS
                            for w in found.group("finding").split()):
            # "A Government Accountability Office report released last year found that “...”": the body's finding,
            # the quotation closing it; not words another clause gives ("found emails in which managers joked that
            # “...”", "..., leaving business owners “absolutely furious”").
            authors = [n for n in self._named(frame, article, before_key)
                       if found.start("body") <= toks[n[0]].start and toks[n[1]].end <= found.end("body")
                       and self.cast.people[n[2]].organisation and n[1] > n[0]]
            if authors:
                return self._actor(authors[-1][2], named=True)
        signed = after_quote and not verbs and (closed or _SIGNATURE.match(frame) is not None)
        if not verbs and not colon and not signed:
            return None  # no name here can speak: the names are not even looked up
        named = self._named(frame, article, before_key)
        if signed:
            # A role may stand before a signing name ("the head of the port, Ana Sorel"), a clause may not: in
            # '"Red Tape," a topic that is sensitive as Reyes urges' the name is in the reporter's sentence.
            named = [n for n in named if n[0] <= _SIGNATURE_REACH and not toks[n[1]].possessive
                     and not _after_preposition(toks, n[0], over_titles=within)
                     and not any(t.bare.casefold() in CLAUSE_WORDS for t in toks[:n[0]])]
        if not verbs and not colon and not (after_quote and named):
            return None
        verb = verbs[0] if verbs else len(toks)
        if introducing is not None and introducing != verb and not toks[introducing].text.endswith("ing") \
                and any(n[1] == introducing - 1 and not _after_preposition(toks, n[0]) for n in named):
            # A verb introducing the quotation right after its subject frames it, whatever verbs come before: in
            # "When Ruiz noted that the quay was shut, Reyes boasted, “...”" the words are Reyes's. Not a participle
            # nor after whom the words were for: "Ruiz wrote to Tom Reyes asking, “...”" is Ruiz's.
            verb = introducing
        # "Hinch noticed something was wrong with Dauer, who told the coach, “...”": the verb's subject is whom "who"
        # stands for, the name right before it.
        if 2 <= verb < len(toks) and toks[verb - 1].text.casefold() == "who" and toks[verb - 2].text == ",":
            # The name ends at ``verb - 3``: "NAME , who VERB".
            # Not one a noun's "of" or "for" holds: in "Ana Ruiz, a lawyer for Tom Reyes, who told ..." or "the people
            # of Norvania, who told her ..." "who" is the lawyer, the people.
            antecedent = [n for n in named if n[1] == verb - 3 and not _after_preposition(toks, n[0], _HELD_BY_A_NOUN)]
            if antecedent:
                return self._actor(antecedent[0][2], named=True)
        # The subject: the first person named before the verb ("Chile's trade secretary, Tom
        # Reyes, said"), else the first body or government.
        participle = verb < len(toks) and toks[verb].text.endswith("ing")
        # "In an interview with Acme Radio, the director said": a name in the opening phrase is where it was said.
        opening = opening_phrase_end(toks)
        # A name inside a relative clause set off before the verb is not its subject: "Ana Ruiz's lawyer, who also
        # represents Tom Reyes, said".
        clause = _appositive_start(toks, verb)
        if clause == verb or toks[clause + 1].text.casefold() not in _RELATIVES:
            clause = verb
        before = [n for n in named if n[0] < clause and not _qualifies_next(toks, n, named) and not _placed(toks, n)
                  and not (opening is not None and n[0] < opening < verb)
                  and not (n[1] + 1 < len(toks) and toks[n[1] + 1].text.casefold() in _NOT_FOR_THE_BODY)
                  and not self._speaks_through(n[2], _owned_role(toks, n, verb))
                  and not (participle and _after_preposition(toks, n[0], _NOT_THE_SOURCE))]
        # An owner before the one named as theirs is not the subject: "Reyes's sister, Ana Reyes Lunde, wrote", "A
        # representative for Ruiz, Mara Bell, said"; unless the aide passes on the words ("read a statement on her
        # behalf", "quoted her as saying").
        on_behalf = ON_BEHALF.matches(frame)
        before = [n for n in before
                  if not (toks[n[1]].possessive and any(_named_as_theirs(toks, n, m) for m in before))
                  and (on_behalf or not any(_named_as_their_aide(toks, n, m) for m in before))]
        # A name right before the verb is its subject ("Asked about the prototype, Lenz replied", "Marek is not
        # named, and the ministry dismissed"), unless it is where the one before works ("Ana Ruiz of Acme
        # said"); otherwise the first person named, before any body ("Chile's trade secretary, Tom Reyes, said").
        subject = sorted(before, key=lambda n: (not (n[1] == verb - 1 and not _affiliation(toks, n)),
                                                self._is_body(n[2]), n[0]))
        if subject and subject[0][1] != verb - 1 and 0 < verb < len(toks) \
                and toks[pronoun := _before_adverb(toks, verb)].text.casefold() in _PRONOUNS \
                and all(self._is_body(n[2]) for n in subject) \
                and not any(t.text.casefold() in _RELATIVES or t.text == "that" for t in toks[:verb]):
            # "In an interview with Acme's network LBR he blasted ...": the pronoun right before the verb is its
            # subject, not a body named further back (a person named there may be whom "he" is: "Erie's executive
            # Ana Ruiz signed a declaration which she said ..."), nor in a clause of its own ("Acme, whose board he
            # criticised, said").
            return self._previous_person(article, before_key, toks[pronoun].text.casefold())
        if subject:
            first = subject[0]
            # Named in the clause as the one speaking: right before a verb of saying ("Ana Ruiz wrote").
            return self._actor(first[2], named=bool(verbs) and first[1] == verb - 1)
        if (after_quote or colon) and not any(t.word for t in toks[:verb]):
            # "..., said Chilean Trade Minister Ana Soto", "Said Ana Soto: ...": the name right after the verb.
            # ... unless the verb is a participle: in "saying Norway dug up old cases" the name opens what was
            # said, in "responding to Tom Reyes" or "asking Tom Reyes" it is whom the words answer or address
            # ("said Tom Reyes in a speech" still signs).
            following = [n for n in named if verb < n[0] <= verb + 8 and not participle
                         and not _qualifies_next(toks, n, named) and not _described_by_another(toks, verb, n[0])]
            # "said VentureBeat's Evan Blass", "said Acme's chief analyst Tom Reyes": the owner is where the one named
            # after it works.
            following = [n for n in following
                         if not (toks[n[1]].possessive and any(_owned_after(toks, n, m) for m in following))]
            if following and toks[following[0][1]].possessive:
                # "said Reyes's wife", "said Reyes's lawyer, Ana Ruiz": whom the owner has speaks, named after a comma
                # or known by whose they are, as before the verb ("Reyes's wife said").
                owned = following[0]
                end = owned[1] + 1
                while end < len(toks) and end - owned[1] <= _OWNED_ROLE_WORDS and toks[end].word \
                        and toks[end].text.islower() and toks[end].text.casefold() not in _PLACING:
                    end += 1
                if end > owned[1] + 1 and _owned_speaker(toks, end - 1):
                    named_after = [n for n in following[1:] if end < len(toks) and toks[end].text == ","
                                   and n[0] == end + 1]
                    if named_after:
                        return self._actor(named_after[0][2], named=True)
                    # A spokesperson, or an officer of a body or a country, speaks for the owner, as before the verb
                    # ("said Ruiz's spokeswoman": Ruiz speaks; "said Lessby Council's chief executive": the council).
                    if self._speaks_through(owned[2], toks[end - 1].text.casefold()):
                        return self._anonymous(frame[toks[owned[0]].start:toks[end - 1].end], article, before_key)
            if following:
                # "said Ana Ruiz", "said Harbor Ferries founder Ana Ruiz", "said the Lessby Institute's Ana Ruiz":
                # only a title, or the body she works for, between verb and name.
                titled = all(t.capitalised or (k == verb + 1 and t.text.casefold() in ARTICLES)
                             for k, t in enumerate(toks[verb + 1:following[0][0]], start=verb + 1))
                return self._actor(following[0][2], named=titled)
        if verb < len(toks):
            low = toks[_before_adverb(toks, verb)].text.casefold() if verb > 0 else ""
            if low in _PRONOUNS:
                return self._previous_person(article, before_key, low)
            if low in _PLURAL:
                return None
            if RELAYED.matches(frame):
                return self._previous_person(article, before_key)
            # "Reyes's relatives, including his wife, said": who is described before the appositive.
            appositive = _appositive_start(toks, verb)
            # "The union thanked the council on Monday and added: “...”": the subject of the first of the two verbs.
            coordinated = _coordinated_start(toks, verb)
            described = (self._descriptor(toks, coordinated, bare=not after_quote) if coordinated < verb else None) \
                or self._descriptor(toks, verb, bare=not after_quote) \
                or (self._descriptor(toks, appositive, bare=not after_quote) if appositive < verb else None)
            if described:
                lead = None if after_quote else frame[:toks[verb].start]
                # "a company spokesman" speaks for the company: the body of that kind named before.
                spokes = _SPOKESPERSON.match(described)
                body = self._body_named(described, article, before_key, lead) \
                    or (self._body_named(f"the {spokes.group(1)}", article, before_key, lead) if spokes else None) \
                    or self._role_holder(described, article, before_key)
                if body is not None:
                    return body
                if _speaker_noun(described) and not is_outlet_name(described):
                    return self._anonymous(described, article, before_key)  # "the Mirror reported": an outlet relays
        return None

    def unnamed_reporter(self, text: str) -> Speaker | None:
        """Who a reporter's sentence without a quotation says told it, where it is not named but described, opening
        the sentence's clause before a verb of saying ("A police spokesperson told a news agency that none of the
        injuries was serious", "The boy's grandfather told a reporter that ...", "On Monday, police said ..."); None
        where no description opens it. Not "..., police said Wednesday": a sentence signed so is the reporter's fact,
        its source named; nor "At the time, the board said ...", what was said before the news.

        The description is shown as written, never taken for someone named: "the company", "the club" or "the
        captain" point back to one of several, and which one the copy rarely settles (five second readings, in
        /work/review48*, found resolving them misfiring: "the airline" taken for the "Airline Pilots Union", "the club"
        for the other club, "the bank" for a food bank). So one that only points back ("the company", "the chief
        executive", "the man", "the other driver") is no one's; one that tells who it is ("a fire service
        spokeswoman", "the regional health board", "the boy's grandfather") speaks as written. The police, however
        described, are "police"; officials and sources, any side's, are no one's."""
        if _REPORTING.isdisjoint(folded_words(text)):
            return None  # most sentences: their words, kept for the story, are asked nothing more
        toks = tokens_of(text)
        opening = opening_phrase_end(toks)
        start = opening + 1 if opening is not None else 0
        if any(_dated(t.text) or t.text.casefold() in _WITHIN_A_WORK or any(c.isdigit() for c in t.text)
               for t in toks[:start]):
            return None
        verb = next((i for i in range(start, min(len(toks), start + UNNAMED_REACH))
                     if toks[i].text.casefold() in _REPORTING and not _passive(toks, i)), None)
        if verb is None or not _reports_a_clause(toks, verb):
            return None
        that = next((k for k in range(verb + 1, min(len(toks), verb + 6)) if toks[k].text == "that"), verb)
        dated = toks[verb + 1:max(that, verb + _DATED_AFTER)]
        if any(_dated(t.text) or _YEAR.fullmatch(t.text) for t in dated):
            return None  # "said in 2021 that", "said last year the plant was safe": before the news
        described = self._descriptor(toks, verb, bare=True)
        if described is None or " ".join(t.text for t in toks[start:verb]) != described \
                or any(t.capitalised for t in toks[start + 1:verb]):
            return None
        words = [_POSSESSIVE_S.sub("", w.casefold()) for w in described.split()]
        spokes = _SPOKESPERSON.match(described)
        if words[-1] in _ANYONES or words[-1] in OUTLET_KINDS:
            return None  # "a senior official"; "the state broadcaster" passes on what others say
        if words[-1] == _POLICE or (spokes and spokes.group(1).casefold() == _POLICE):
            # Not "The man police say ...": the noun before is another clause's.
            return Speaker(_POLICE) if words[-1] != _POLICE or words[:-1] in ([], ["the"]) else None
        if words[0] == "the" and (all(w in _BODY_NOUNS or role_word(w) for w in words[1:]) or (
                not any(_POSSESSIVE_S.search(w) for w in described.split()) and words[-1] not in _TELLING_HEADS)):
            # "the company", "the chief executive", "the man", "the self-employed plumber": someone the article names
            # or one of several, not told apart here; "the regional health board" says who it is.
            return None
        if _speaker_noun(described) and not is_outlet_name(described):
            return Speaker(_as_written(described))
        return None

    def _body_named(self, described: str, article: int, before_key: int, lead: str | None = None
                    ) -> Speaker | None:
        """ "the company" / "the ministry" / "the Singapore-based firm": the last body of that kind named
        in the article before, if the description is a body's; None when there is none to point to. When the
        frame opens the quote's sentence, only a body named in ``lead`` (its words before the verb) stands
        before the description there: in "the company adds that the security firm, Orrel, ..." the company
        is not Orrel."""
        head = _POSSESSIVE_S.sub("", described.split()[-1]).casefold()
        if described.split()[0].casefold() != "the" or head not in _BODY_NOUNS:
            return None
        for key in range(before_key, -1, -1):
            st = self._by_key.get(key)
            if st is None or st.article != article:
                continue
            toks = self.cast.tokens_by_statement.get(key, ())
            for name, actor in reversed(self.cast.names_by_statement.get(key, [])):
                if key == before_key and lead is not None and name.text not in lead:
                    continue
                if name.first == name.last and _opens_a_quotation(st.text, toks[name.first]) \
                        and self._only_opening_quotations(actor):
                    # '"Passengers will get refunds," the ferry company said': a capitalised word that only ever
                    # opens a quotation is a sentence's first word, not a body's name ('"ANA is researching ...,"
                    # the airline said' is ANA's, and so is '"Acme will appeal," the company said' after "Acme
                    # shares fell").
                    continue
                person = self.cast.people[actor]
                last = person.name.split()[-1].casefold()
                # A name the articles call a body ("Harrow Bellamy, the law firm") is one, whatever its shape.
                called = (person.role or "").casefold().split()[-1:]
                body = person.organisation or person.single or bool(called and called[0] in _BODY_NOUNS)
                if body and self.cast.not_an_actor(person) is None and (
                        (head in _GENERIC_BODIES and not (head in _TRADING and (
                            last in _PUBLIC_KINDS or according_to(toks, name.run_start))))
                        or last == head or any(s.rsplit(None, 1)[-1].casefold() == head for s in person.spellings)):
                    return self._actor(actor)  # "the Slidell police said" of the Slidell Police Department too
        return None

    def _subject_before(self, text: str, article: int, key: int, pronoun: str) -> Speaker | None:
        """The person a short sentence ending ``text`` (a paragraph up to a quotation) brings in to speak, the one it
        opens on, maybe after a title, an opening phrase or with an aside, saying, answering or showing how they
        take it (``_brings_in``: "Reyes called it “nonsense.”", "Tom Reyes disagreed.", "Reyes shook his head.",
        "Tom Reyes, for his part, was blunt."), when ``pronoun`` can be them; else ``None``: "Tom Reyes was
        arrested.", "Ana Ruiz won easily." and "Ada Moss's family wept." say what others did. A full name the cast
        does not hold (named only in such sentences) is the speaker by that name, when it is no body's,
        institution's or country's."""
        prior = _reporting_clause(text.rstrip(), after_quote=False)
        toks = tokens_of(prior)
        opening = opening_phrase_end(toks)
        start = opening + 1 if opening is not None else 0
        name = next((n for n in self.cast.lexicon.names(prior) if n.first >= start), None)
        if name is None or toks[name.last].possessive \
                or any(t.word and not t.capitalised for t in toks[start:name.first]):
            return None
        verb = name.last + 1
        if verb < len(toks) and toks[verb].text == ",":  # "Tom Reyes, the mayor, disagreed."
            verb = next((v + 1 for v in range(verb + 1, min(len(toks), verb + APPOSITIVE_TOKENS))
                         if toks[v].text == ","), len(toks))
        clause = [t.text.casefold() for t in toks[verb:] if t.word]
        if clause and adverb(clause[0]):
            clause = clause[1:]  # "Reyes then called it ..."
        if not clause or len(clause) > _GESTURE_WORDS or not _brings_in(clause) \
                or any(w in _genders(pronoun)[1] for w in clause):
            # "Ada Moss, a rival, filed the complaint last week.": a statement of its own, which ``_previous_person``
            # reads; "Ana Ruiz won easily.", "Ada Moss declined to comment." say what someone else did; "Ada Moss
            # lost her home." before "he said" is no "he".
            return None
        named = [n for n in self._named(prior, article, key) if n[0] == name.first]
        if named:
            actor = named[0][2]
            if self.cast.people[actor].organisation or self.cast.pronoun_of(actor) not in (None, pronoun):
                return None
            return self._actor(actor)
        last = name.words[-1].casefold()
        if name.organisation or len(name.words) < 2 or last in ORG_SUFFIXES or last in INSTITUTION_NOUNS \
                or is_country(name.text) or self.cast.resolve_speaker(name.text, article, key) is not None:
            return None
        return Speaker(name.text)

    def _only_opening_quotations(self, actor: int) -> bool:
        """Every mention of ``actor`` in the story opens a quotation: asked once per actor."""
        found = self._quotation_openers.get(actor)
        if found is None:
            cast = self.cast
            found = self._quotation_openers[actor] = all(
                _opens_a_quotation(self._by_key[key].text, cast.tokens_by_statement[key][name.first])
                for key, names in cast.names_by_statement.items() if key in self._by_key
                for name, named in names if named == actor)
        return found

    def _role_holder(self, described: str, article: int, before_key: int) -> Speaker | None:
        """ "the prime minister said", "Ruiz's campaign manager said", "the Frenchman said": the one person the article
        named before whose role is that title ("British Prime Minister Ana Soto", "Tom Reyes, Ruiz's campaign manager",
        "Frenchman Tom Reyes"); None when no one, or more than one, holds it. Not "Former mayor Ilse Varn" for "the
        mayor", nor "Arne Lid, a spokesman for the mayor"."""
        words = described.split()
        owned = _POSSESSIVE_S.search(words[0]) is not None
        if not (words[0].casefold() == "the" or owned) or len(words) < 2 \
                or not (role_word(words[-1]) or is_demonym_noun(words[-1])):
            return None
        # An owned title is held by one whose role names that owner too: "Ruiz's lawyer" is not any lawyer.
        title = fold(" ".join(words if owned else words[1:]))
        # The title heads the role, before any phrase after it: "spokesman for the mayor" is no mayor.
        held = regex.compile(rf"(?<!\b(?:{_NOT_THE_HOLDER})[\s-])\b{regex.escape(title)}$")
        named = {actor for key, found in self.cast.names_by_statement.items()
                 if key < before_key and key in self._by_key and self._by_key[key].article == article
                 for _, actor in found}
        holders = [a for a in named if not self.cast.people[a].organisation and any(
            held.search(fold(_ROLE_PHRASE.split(r, maxsplit=1)[0])) for r in self.cast.people[a].roles)]
        return self._actor(holders[0]) if len(holders) == 1 else None

    def _speaks_through(self, index: int, role: str | None) -> bool:
        """The one a frame names as the owner of ``role``, the role of who speaks ("Ana Ruiz's former campaign
        strategist said"), speaks in their own name rather than through them: a person's aide, adviser or
        family; but not a spokesperson ("Ruiz's spokeswoman said": Ruiz speaks), nor any officer of a body or a
        country ("Acme Foods' chief executive said": the company speaks). A one-word name may be either
        ("Ruiz", "Acme"): only a role that is a person's (``_AIDES``) speaks in its own name there."""
        if role is None or role in _SPOKESPEOPLE:
            return False
        person = self.cast.people[index]
        if is_country(person.name) or (person.organisation and not person.single):
            return False
        return not person.single or role in _AIDES

    def _is_body(self, index: int) -> bool:
        """A body, a one-word name or a country ("North Korea", shaped like a person's name): a frame's subject
        is the first person it names before any of these."""
        person = self.cast.people[index]
        return person.organisation or person.single or is_country(person.name)

    def _actor(self, index: int, *, named: bool = False) -> Speaker:
        return Speaker(self.cast.people[index].shown, index, named)

    def _labelled(self, label: str, article: int) -> Speaker | None:
        """The speaker a transcript's label names before their words ('"RUIZ: The ferry is ..."'): someone the
        story names in full, of whom the label is the surname. A label standing for no one else is read as a
        word in capitals, and a word in capitals as a body's acronym: no speaker then, unless the article is a
        dialogue, two labels or more opening its quotations ('"RUIZ: ..."', '"REYES: ..."'): there each label is
        who speaks, named or not."""
        actor = self.cast.resolve_speaker(label.title())
        if actor is None or len(self.cast.people[actor].name.split()) < 2 or not self._may_speak(actor):
            labels = self._dialogue_labels(article)
            return Speaker(label.title()) if label in labels and len(labels) > 1 else None
        return self._actor(actor, named=True)

    def _dialogue_labels(self, article: int) -> set[str]:
        """The transcript labels of ``article``'s speakers: one word opening two of its paragraphs or more, not a
        word the story writes otherwise. A tweet's "FAKE NEWS:" or "SAD:" opens one."""
        found = self._labels.get(article)
        if found is None:
            seen: Counter[str] = Counter()
            for para in self.paragraphs:
                if para.article == article:
                    m = _TRANSCRIPT_LABEL.match(para.text.lstrip("\"\u201c"))
                    if m is not None and " " not in m.group(1) and not self.cast.lexicon.common(m.group(1).title()):
                        seen[m.group(1)] += 1
            found = self._labels[article] = {label for label, n in seen.items() if n > 1}
        return found

    def _previous_person(self, article: int, before_key: int, pronoun: str = "") -> Speaker | None:
        """The subject of the last sentence naming a person before ``before_key``: who "he" or "she" is. A sentence
        whose subject is that same pronoun ("She met Tom Reyes in June." before '"...," she said') names only others:
        the pronoun goes on pointing further back. Only people the pronoun agrees with count (``Cast.pronoun_of``:
        "he" is never someone the articles call "she"), and a sentence signed ", said Tom Reyes, an analyst" is his."""
        seen = self._people_of(article)
        if pronoun in ("he", "she"):
            # "he" is never someone the articles call "she": Ana Ruiz, named before Tom Reyes, is not the "he" after.
            agreeing = self._people_for.get((article, pronoun))
            if agreeing is None:
                agreeing = self._people_for[(article, pronoun)] = [
                    entry for entry in seen if self.cast.pronoun_of(entry[1]) in (None, pronoun)]
            seen = agreeing
        at = bisect.bisect_left(seen, (before_key, -1))
        while pronoun and at > 0 and self._same_subject_since(seen[at - 1][0], before_key, pronoun):
            at = bisect.bisect_left(seen, (seen[at - 1][0], -1))
        if at == 0:
            return None
        # Of the people of that latest sentence, the first named when the sentence opens on them ("Ana Soto,
        # who met Tom Reyes, said ..." - the next "she said" is Soto's); else the one it makes speak
        # ("Despite praising Tom Reyes, Ana Soto said ..."), else the first named.
        # The sentence's names are read here, where a "he" or "she" points to it, not for every sentence naming
        # someone.
        key = seen[at - 1][0]
        if pronoun in ("he", "she"):
            unnamed = self._unnamed_speaker_since(article, key, before_key, pronoun)
            if unnamed is not None:
                return unnamed
        named = seen[bisect.bisect_left(seen, (key, -1)):at]
        toks = self.cast.tokens_by_statement[key]
        first = named[0][1]
        # "While Pak is keen to ..., he is unlikely to ..., said Tom Reyes, an analyst": the sentence is signed by
        # who said it, and the next "he said" is theirs.
        signing = {actor for _, actor, name in named if actor != first and name.run_start >= 2
                   and toks[name.run_start - 1].text.casefold() in SPEECH_VERBS
                   and toks[name.run_start - 2].text == ","}
        if len(signing) == 1:
            return self._actor(next(iter(signing)))
        opening = opening_clause_end(toks)
        if opening is not None and named[0][2].first < opening:
            # "When Tom Reyes left the team, Ana Ruiz took over.", "In an interview with Reyes, Ruiz described ...": the
            # next "she" is the sentence's subject, right after the comma closing the clause it opens with (past a
            # relative clause: "..., whom she dated, Silverman"), not a name inside that clause, nor one further on
            # ("..., that has not happened for Clinton", "..., he was replaced by his deputy, Ana Ruiz").
            subject = next((actor for _, actor, name in named if name.run_start == _main_clause_start(toks, opening)),
                           None)
            if subject is not None:
                return self._actor(subject)
        if any(actor == first and all(t.capitalised or not t.word for t in toks[:name.first])
               for _, actor, name in named):
            return self._actor(first)  # named before any lower-case word of the sentence
        speaking = {actor for _, actor, name in named if speaks_here(toks, name)}
        return self._actor(next((actor for _, actor, _ in named if actor in speaking), first))

    def _unnamed_speaker_since(self, article: int, key: int, before_key: int, pronoun: str) -> Speaker | None:
        """Someone unnamed who speaks as the subject of a sentence from ``key`` (the last to name a person) and before
        ``before_key`` ("The victim, whom the channel named only as Michelle, said police ...", "One witness said
        ..."): the "he" or "she" of the next quotation is that speaker, not the person named further back; one the
        description says is the other ("A spokesman ..." or "A man ..." before '"...," she said') is passed over, for
        an earlier one whose description says the pronoun ("One woman said").
        Looked for over the next few sentences only, as ``_same_subject_since`` does."""
        same, other = _genders(pronoun)
        passed = False  # an unnamed speaker of the other gender was passed over
        # The nearest such sentence first, ``key`` itself included: in "A spokeswoman for the Lessby Hospital said ..."
        # the name is whom the speaker works for.
        for k in range(min(before_key, key + _CHAIN_REACH) - 1, key - 1, -1):
            st = self._by_key.get(k)
            if st is not None and st.article == article:
                if k not in self._unnamed:  # read once per sentence, however many pronouns look back over it
                    self._unnamed[k] = _unnamed_subject(tokens_of(st.text))
                unnamed = self._unnamed[k]
                if unnamed is None:
                    continue
                words = unnamed[1].casefold().split()
                if other.intersection(words):
                    passed = True  # "One woman said ... A man said ... “...,” she said": the woman
                    continue
                if passed and not same.intersection(words):
                    return None  # past "A police spokesman said", "she" is named or says she is: not "an officer"
                described = unnamed[0]  # "the minister" may be the one named minister, as a frame's is
                return self._role_holder(described, article, k) or self._anonymous(described, article, k)
        return None

    def _same_subject_since(self, key: int, before_key: int, pronoun: str) -> bool:
        """The sentence ``key`` has ``pronoun`` for subject, so the names in it are others' ("He added a note of
        caution, should Clinton attempt ..." before '"...," he said'): the pronoun goes on meaning whom it meant
        there. Unless the sentence brings someone in, by whom something was done or with a description of who they
        are ("He was succeeded by Mark Lenz", "He handed the microphone to Mark Lenz, the engineer ..."), who may be
        the next to speak; then only a later sentence with the same subject naming no one ("She said she was not
        aware of it.") carries the pronoun past them."""
        opening = pronoun + " "
        if not self._by_key[key].text.casefold().startswith(opening):
            return False
        if not self._introduces(key):
            return True
        article = self._by_key[key].article
        # Looked for over the next few sentences only: a quotation far down a long article never scans back over it.
        return any(st.article == article and not self.cast.names_by_statement.get(k) and st.text.casefold().startswith(
            opening) for k in range(key + 1, min(before_key, key + _CHAIN_REACH))
            if (st := self._by_key.get(k)) is not None)

    def _introduces(self, key: int) -> bool:
        """The sentence ``key`` names someone as an agent ("by Mark Lenz") or with a description ("Mark Lenz, the
        engineer")."""
        toks = self.cast.tokens_by_statement.get(key, ())
        for name, _ in self.cast.names_by_statement.get(key, ()):
            if name.run_start > 0 and toks[name.run_start - 1].text == "by":
                return True
            if name.last + 2 < len(toks) and toks[name.last + 1].text == "," \
                    and toks[name.last + 2].text.casefold() in ("the", "a", "an"):
                return True
        return False

    def _reporter_before(self, text: str, spans: list[tuple[int, int, int]], opening: int) -> Speaker | None:
        """Who the sentence of ``text`` (a paragraph) ending right before ``opening`` makes speak, when it names
        one speaker there: the quotation opening at ``opening`` with no frame of its own goes on with their words
        ('The port may close, Ana Ruiz said. “We have no choice.”'). A sentence naming no speaker ('The port closed
        on Monday. “We have no choice.”') or two ('Ruiz said Reyes was wrong, and Reyes said she was.') gives none,
        and so does one who speaks inside a quotation ('“Reyes said no,” she recalled.')."""
        # The last statement ending by ``opening`` (``spans`` holds each statement's end, start and key).
        at = bisect.bisect_right(spans, opening, key=itemgetter(0)) - 1
        if at < 0 or text[spans[at][0]:opening].strip():
            return None
        key = spans[at][2]
        sentence = self._by_key[key].text
        blank = unquoted(sentence)
        toks = self.cast.tokens_by_statement.get(key, ())
        names = [(name, actor) for name, actor in self.cast.names_by_statement.get(key, ())
                 if self._may_speak(actor) and (blank is sentence or not blanked(blank, toks[name.first]))]
        speakers = {actor for name, actor in names if (key, name) in self.cast.speaking}
        if not speakers:
            # A sentence with no verb of saying, whose subject, a person, reacts or describes, goes on with their
            # words: 'Tom Reyes praised the crew. “They never gave up.”', 'Ruiz described the chaos. “People ran.”'.
            # Not a body's ('Acme denied any blame. “We lost everything.”' may be a resident's), nor a name in a clause
            # before the subject ('After Reyes denied it, prosecutors read out a message. “Bring the cash.”').
            clause_end = opening_clause_end(toks)
            speakers = {actor for name, actor in names if speaks_here(toks, name, _REACTING)
                        and not self.cast.people[actor].organisation
                        and (clause_end is None or name.first > clause_end)}
        return self._actor(speakers.pop()) if len(speakers) == 1 else None

    def _reporter_ending(self, para: Paragraph) -> Speaker | None:
        """``_reporter_before`` the end of ``para``: who its last sentence makes speak, for a paragraph of quotation
        with no frame that follows it."""
        return self._reporter_before(para.text, _statement_spans(para), len(para.text))

    def _anonymous(self, described: str, article: int, before_key: int) -> Speaker:
        words = described.split()
        head = words[-1].casefold().rstrip("s")
        if words[0].casefold() == "the" or (words[0].casefold() == "one" and "of" in words):
            for earlier in reversed(self._recent_anon.get(article, [])):
                if head in earlier.label.casefold():
                    return earlier
        speaker = Speaker(_as_written(described))
        self._recent_anon.setdefault(article, []).append(speaker)
        return speaker

    # -- quotes ---------------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        running: tuple[int, int, Speaker] | None = None  # (article, paragraph, speaker) of a quotation left open
        # (article, paragraph, opening mark, quotes) of a quotation left open with no speaker yet: its speaker is told
        # where it ends ('"It is one thing to say ... [new paragraph] "The first is regulation ...," Ruiz said.').
        unsigned: tuple[int, int, str, list[int]] | None = None
        prior: Paragraph | None = None
        for para in self.paragraphs:
            # A quotation running over paragraphs leaves each but the last unclosed and opens the next with
            # a quotation mark: that paragraph's unattributed words are still the same speaker's.
            previous: Speaker | None = None
            goes_on = para.text.lstrip().startswith(("\u201c", '"'))
            if running is not None and running[:2] == (para.article, para.index - 1) and goes_on:
                previous = running[2]
            running = None
            # Marks of one kind: an excerpt in straight marks is not continued by a quotation in curly ones after it.
            waiting = unsigned[3] if unsigned is not None and unsigned[:2] == (para.article, para.index - 1) \
                and para.text.lstrip().startswith(unsigned[2]) else []
            unsigned = None
            # The paragraph right before, whose last sentence may frame a quotation opening this one.
            before_para = prior if prior is not None and prior.article == para.article \
                and prior.index == para.index - 1 else None
            prior = para
            nicknames = nickname_spans(para.text)
            text = _in_double_marks(_blanked_spans(para.text, nicknames))
            if "\u201c" not in text and '"' not in text and "\u201d" not in text:
                continue  # every quotation _QUOTED finds opens with one of these marks: most paragraphs hold none
            if previous is None and para.lead_in:
                # "Ruiz continued:" on a line of its own: the quotation that opens the next paragraph is Ruiz's.
                previous = self.speaker_in(para.lead_in, para.article, para.statements[0].key, after_quote=False)
            text = _paired(text)
            sentences = _Sentences(text)
            spans = _statement_spans(para)
            text_end = len(text.rstrip())
            for m in _QUOTED.finditer(text):
                group = next((k for k in (1, 2, 3) if m.group(k)), 0)
                raw = (_with_spans(m.group(group), para.text, m.start(group), nicknames) if group else "").strip()
                content = raw.rstrip(",").strip()
                if not content:
                    continue
                begin, stop = sentences.bounds(m.start(), m.end())
                before = text[begin:m.start()]
                after = text[m.end():stop]
                keys = _statements_touching(spans, m.start(), m.end())
                first_key = keys[0] if keys else para.statements[0].key
                partial = (bool(_LETTER.search(before)) and (len(content.split()) < MIN_QUOTE_WORDS
                                                             or _title_cased(content))) \
                    or _mid_sentence(before, content)
                speaker = None
                after = _reporting_clause(after, after_quote=True)
                before = _reporting_clause(before, after_quote=False)
                if partial and before.strip():
                    # A fragment inside the reporter's sentence is the words of that sentence's subject.
                    speaker = self.speaker_in(before, para.article, first_key, after_quote=False)
                if speaker is None and after.strip(" ,.") and not sentences.inside_quote(m.end()):
                    speaker = self.speaker_in(after, para.article, first_key, after_quote=True,
                                              closed=raw.endswith(tuple(_SIGNING_MARKS)), within=partial)
                    pronoun = _pronoun_opening(after) if speaker is not None and not partial and before.strip() \
                        else None
                    if pronoun is not None and not _names_the_other(before, pronoun):
                        # 'Ana Ruiz scolded him: “...,” she said': "she" is the person the sentence named before the
                        # quotation, when its frame names one; an earlier sentence's person otherwise, and always
                        # when that frame is about "her" or "him" ('Reyes attacked her: “...,” she said').
                        named = self.speaker_in(before, para.article, first_key, after_quote=False)
                        if named is not None and named.actor is not None \
                                and not self.cast.people[named.actor].organisation:
                            speaker = named
                    elif speaker is not None and not before.strip() and begin > 0 \
                            and (pronoun := _pronoun_opening(after)) is not None:
                        # 'Reyes called it “nonsense.” “She is hiding the numbers,” he said': "he" is whom the sentence
                        # before names first, however short a sentence (too short to be a statement of its own).
                        speaker = self._subject_before(text[:begin], para.article, first_key, pronoun) or speaker
                # A fragment's frame was asked above: a frame naming no one names no one when asked again.
                if speaker is None and before.strip() and not partial:
                    speaker = self.speaker_in(before, para.article, first_key, after_quote=False)
                if speaker is None and not before.strip():
                    label = _TRANSCRIPT_LABEL.match(content)
                    if label is not None and self.cast.lexicon.common(label.group(1).title()):
                        label = None  # "WARNING: ...", "UPDATE: ...": a word the story writes, no one's name
                    # A transcript's label names who speaks, someone of the story or not: never the one before.
                    speaker = previous if label is None else self._labelled(label.group(1), para.article)
                    if speaker is None and label is None and not after.strip(" ,."):
                        # Not where a sentence bringing in someone new follows: it tells who spoke, or someone else
                        # ('“We lost everything.” Lena Park, 54, stood in the ruins of her kitchen').
                        named_next = _NAMED_NEXT.match(text, m.end()) is not None
                        if text[:m.start()].strip() and not named_next:
                            speaker = self._reporter_before(text, spans, m.start())
                        elif before_para is not None and not named_next:
                            speaker = self._reporter_ending(before_para)
                previous = speaker or previous
                sentence = para.text[begin:stop].strip()
                if waiting and speaker is not None and not _REPLIES.search(after):
                    # '"... Why? [new paragraph] "I accept that mistakes were made," Reyes replied.': an answer is
                    # another's words, not the end of the question.
                    for j in waiting:
                        out[j] = replace(out[j], speaker=speaker)
                chain, waiting = (waiting if speaker is None else []), []  # only the paragraph's first quote goes on
                out.append(Quote(_tidy(content), speaker, para.source, para.article, keys, partial, sentence))
                left_open = m.end() >= text_end and not m.group().endswith(("\u201d", '"'))
                running = (para.article, para.index, previous) if left_open and previous is not None else None
                if left_open and previous is None and begin == 0 and not _SAYS.search(content):
                    # An open paragraph saying who spoke inside it ('"We need more money, said Ana Ruiz.') lost its
                    # closing mark: the next paragraph's speaker is someone else.
                    unsigned = (para.article, para.index, para.text.lstrip()[:1], [*chain, len(out) - 1])
        return out


_SAYS = compiled_regex(r"\b(?:said|says|told|added|asked|wrote)\b")
_REPLIES = compiled_regex(rf"\b(?:{'|'.join(sorted(REPLYING))})\b")


# A description speaks when it names who: a role ("the official", "a US diplomat") or a body.
_GENERIC_BODIES = frozenset({"company", "firm", "group", "business", "carrier", "bank", "maker", "manufacturer",
                             "airline", "retailer", "insurer", "lender", "operator", "organisation", "organization",
                             "charity", "outfit"})
_BODY_NOUNS = _GENERIC_BODIES | ORG_SUFFIXES
_TRADING = frozenset({"company", "firm", "business", "carrier", "bank", "maker", "manufacturer", "airline", "retailer",
                      "insurer", "lender"})
"""Descriptions of a business: never a public body named by its kind (``_PUBLIC_KINDS``: "the company" after "the
Lessby Statistics Ministry said" is not the ministry), nor a body a sentence only cites ("The company said" after
"according to the US Census Bureau")."""
_PUBLIC_KINDS = BODY_KINDS_NAMED_BACK - {"agency", "authority", "board", "bureau", "league", "federation"}
"""The kinds of body named back that only public bodies carry: a bureau or an agency may be a business ("Northgate
Credit Bureau", "Solano Travel Agency")."""
_NOT_FOR_THE_BODY = frozenset({"user", "users", "account", "fan", "fans", "follower", "followers", "reader",
                               "readers", "viewer", "viewers", "customer", "customers", "passenger", "passengers",
                               "employee", "employees", "worker", "workers", "shareholder", "shareholders",
                               "investor", "investors", "man", "woman", "men", "women", "person", "people"})
"""Who a body's name describes without speaking for it: "One Twitter user asked", "an Acme employee said", "wrote a
man at an Acme email address" are not Twitter's or Acme's words, where "an Acme spokesman said" are."""
_SPEAKING_NOUNS = frozenset({"source", "sources"}) | _NOT_FOR_THE_BODY
_NOT_THE_HOLDER = "former|ex|deputy|vice|assistant"
"""Words before a title in a role saying its holder is not, or not only, the one "the mayor" points to: "Former mayor
Ilse Varn", "deputy mayor"."""
_ROLE_PHRASE = compiled_regex(r"\s(?:for|to|of|at|with|from|in|on|under|and)\s(?=(?:the|a|an)\s|\p{Lu})")
"""Where a role's head ends, a phrase naming a body or a place after it: "adviser | to the transport minister", "mayor
| of Lessby"; not "head of science" or "chief of staff", whole titles."""
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})
"""Who speaks for the one they are named after ("an Acme spokeswoman", "Ruiz's spokesman")."""
_TELLING_HEADS = _BODY_NOUNS | _SPOKESPEOPLE | {"family", "families"}
"""Heads of a description opening on "the", with no owner, that tell who speaks: a body ("the regional health
board", "the opposition party"), a spokesperson or a family; any other ("the man", "the other driver", "the young
driver", "the self-employed plumber") points back to someone the article names, or to one of several."""
_SPOKESPERSON = compiled_regex(rf"^(?:a|an|the)\s+(\w+)\s+(?:{'|'.join(sorted(_SPOKESPEOPLE))})$", regex.I)
_POSSESSIVE_S = compiled_regex(r"['\u2019]s?$")


_UNNAMED_OPENINGS = frozenset({"The", "A", "An", "One"})
_HIS = HE_WORDS | {"man", "men"}
_HERS = SHE_WORDS | {"woman", "women"}
"""What an unnamed speaker's description says of the pronoun: "One woman said" is a "she". Not part of the words a
named person's pronoun is read from: "the woman Tom Reyes interviewed" says nothing of Reyes."""


def _genders(pronoun: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that say ``pronoun`` ("he" or "she") and those that say the other (``_HIS``, ``_HERS``)."""
    return (_HERS, _HIS) if pronoun == "she" else (_HIS, _HERS)
_UNNAMED_NAME_WORDS = 5  # words at most of whom a described speaker works for: "the Lessby Harbour Authority"
_WHO_CLAUSE_WORDS = 10  # tokens at most of "who was on duty" after an unnamed speaker, before their verb of saying
_UNNAMED_WORDS = 3
"""Lower-case words at most after the article of an unnamed subject: "The victim", "One local resident", "A
retired police officer"."""


def _unnamed_subject(toks: Sequence[Token]) -> tuple[str, str] | None:
    """The unnamed person a sentence opens on as the subject of a verb of saying, right after it or after an
    appositive set off by commas ("One witness said ...", "The victim, whom the channel named only as Michelle, said
    ..."), when the words describe someone who speaks (``_speaker_noun``, ``PEOPLE_NOUNS``) and no body: the whole
    description, with whom they work for ("A spokesman for the Lessby Harbour Authority") or where they speak from ("A
    spokesman in Berlin"), and the words describing the person alone ("A spokesman"); else ``None``. "The ban, the
    ministry said, ...", "A report said ..." and "The company said ..." open on no one a "he" or "she" can be."""
    if len(toks) < 3 or toks[0].text not in _UNNAMED_OPENINGS:
        return None
    j = 1
    while j < len(toks) and j <= _UNNAMED_WORDS and toks[j].word and toks[j].text.islower() \
            and toks[j].text not in _VERBS and toks[j].text not in _RELATIVES and not _employer_at(toks, j):
        j += 1
    if j == 1 or j >= len(toks):
        return None
    head = j
    # "A foreign ministry spokesman in Berlin said", "A spokesman in Berlin said": where they speak from is no part of
    # who they are.
    if toks[j].text == "in" and j + 1 < len(toks) and toks[j + 1].capitalised:
        j += 1
    elif j > 2 and toks[j - 1].text == "in" and toks[j].capitalised:
        head = j - 1
    if head < j:
        while j < len(toks) and j - head <= _UNNAMED_NAME_WORDS and toks[j].capitalised:
            j += 1
    elif _employer_at(toks, j):
        j += 2 if toks[j + 1].text == "the" else 1
        while j < len(toks) and j - head <= _UNNAMED_NAME_WORDS and (toks[j].capitalised or toks[j].text == "-"):
            j += 1
    if j < len(toks) and toks[j].text == "who":
        # "A nurse who was on duty said ...": the clause tells who they are; the verb of saying after it is theirs,
        # but not one with a subject of its own ("A man who police said was armed ...").
        relative = j
        j = next((v for v in range(j + 2, min(len(toks), j + _WHO_CLAUSE_WORDS))
                  if (toks[v].text in SPEECH_VERBS and not _own_subject(toks[relative + 1:v])) or toks[v].text == ","),
                 0)
        if not j or toks[j].text == ",":
            return None
    verb = j
    if j < len(toks) and toks[j].text == ",":
        verb = next((v for v in range(j + 1, min(len(toks), j + APPOSITIVE_TOKENS)) if toks[v].text in _VERBS), 0)
        if not verb or toks[verb - 1].text != "," \
                or all(t.capitalised or not t.word for t in toks[j + 1:verb - 1]):
            return None  # "A resident, Priscilla McBride, told ...": the appositive names them
    if verb >= len(toks) or toks[verb].text not in SPEECH_VERBS:
        return None
    noun = toks[head - 1].text
    who = " ".join(t.text for t in toks[:head])
    if noun in _BODY_NOUNS or not (_speaker_noun(who) or noun in PEOPLE_NOUNS):
        return None
    return " ".join(t.text for t in toks[:j]).replace(" - ", "-"), who


def _own_subject(between: Sequence[Token]) -> bool:
    """The words between "who" and a verb of saying are that verb's own subject, one word or a name ("A man who police
    said was armed", "who neighbours said", "who Ana Ruiz said"), not a clause ("who lives nearby said", "who was
    leaving the hospital on Friday told")."""
    return len(between) == 1 or all(t.capitalised for t in between)


def _employer_at(toks: Sequence[Token], j: int) -> bool:
    """Whom an unnamed speaker works for opens at ``j``: "for Acme", "of the Lessby Harbour Authority"; not "of the
    survivors", which goes on describing them."""
    if toks[j].text not in EMPLOYER_PREPOSITIONS:
        return False
    k = j + 2 if j + 2 < len(toks) and toks[j + 1].text == "the" else j + 1
    return k < len(toks) and toks[k].capitalised


def _speaker_noun(described: str) -> bool:
    """ "a US official", "two sources", "the military", "the IAHR": a description of someone who can speak,
    not "the newspaper quoted him as" nor "a police statement"."""
    last = described.split()[-1]
    head = _POSSESSIVE_S.sub("", last).casefold()
    return last[:1].isupper() or role_word(head) or head.rstrip("s") in ROLE_HEADS \
        or head.endswith(("man", "woman", "person")) or head in _SPEAKING_NOUNS or head in _BODY_NOUNS \
        or head in _BARE_BODIES or head in _OWNED_SPEAKERS or head in ("military", "government", "army")


_JOINING = frozenset({"and", "or", "with", "of", "for", "at", "to", "by", "from", "in", "on", "who", "which"})


def _only_titles_the_next(toks: Sequence[Token], name: Name, named: list[tuple[int, int, int]]) -> bool:
    """The name is only part of the next one's title, with nothing but a title between them ("Lessby Rail chief
    executive Tom Reyes"); not a subject doing something to someone titled ("Mayor Ana Ruiz met Health Minister Tom
    Reyes", "Ana Ruiz beat world champion Lena Park") nor an owner ("Ana Ruiz's husband Tom Reyes")."""
    between = _title_before_next(toks, name.last, named)
    return not toks[name.last].possessive and bool(between) \
        and all(role_word(t.text) or t.text.casefold() in TITLE_WORDS for t in between)


def _qualifies_next(toks: Sequence[Token], name: tuple[int, int, int], named: list[tuple[int, int, int]]) -> bool:
    """The name only qualifies the next one: "Acme press secretary Ana Ruiz said" is Ana Ruiz speaking;
    "Ana Ruiz and Tom Reyes said" is not such a case."""
    between = _title_before_next(toks, name[1], named)
    return bool(between) and all(t.text.casefold() not in _JOINING for t in between)


def _title_before_next(toks: Sequence[Token], last: int, named: list[tuple[int, int, int]]) -> Sequence[Token]:
    """The words between a name ending at ``last`` and the next name within five tokens, where they are words
    ending in a role word ("press secretary" of "Acme press secretary Ana Ruiz"); else none."""
    following = [n for n in named if last < n[0] <= last + 5]
    if not following:
        return ()
    between = toks[last + 1:following[0][0]]
    return between if between and role_word(between[-1].text) and all(t.word for t in between) else ()


def _affiliation(toks: Sequence[Token], name: tuple[int, int, int]) -> bool:
    """The name is where someone named before works or comes from: "Ana Ruiz of Acme", "an analyst at Acme"."""
    k = name[0] - 1
    while k >= 0 and toks[k].text.casefold() in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k].text.casefold() in ("of", "at", "for", "from", "with")


_NAMED_NEXT = compiled_regex(r"\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s+(?:\d+|an?|the)\b")
"""After a quotation with no frame, a sentence opening on someone new, a full name and who they are ("Lena Park, 54,",
"Ada Moss, a fisher,")."""


def _main_clause_start(toks: Sequence[Token], comma: int) -> int:
    """Where the main clause starts after the comma at ``comma`` closing an opening clause: right after it, or after a
    relative clause or a participle's phrase set off there ("In an interview with Kimmel last year, whom she dated,
    Silverman described", "At his news conference, broadcast on the team's feed, Fox brushed off")."""
    k = comma + 1
    if k >= len(toks) or not toks[k].text.islower():
        return k
    end = next((j for j in range(k, len(toks)) if toks[j].text == ","), len(toks))
    if toks[k].text in _RELATIVES or not any(t.text.casefold() in _CLAUSE_MARKS for t in toks[k:end]):
        return end + 1
    return k  # "..., he was replaced by his deputy, Ana Ruiz": the clause has begun, on "he"


_CLAUSE_MARKS = _CLAUSE_VERBS | _PRONOUNS | _PLURAL | {"i", "it"}
"""Words of a clause of its own (a subject pronoun, an auxiliary), which a phrase set off by commas never holds."""


def _before_adverb(toks: Sequence[Token], verb: int) -> int:
    """The index of the word before the verb at ``verb`` (``verb`` > 0), past one adverb between them: the subject's
    last word in "He also said", "She later told", "He repeatedly warned", "He said". Not past "never": in 'He never
    said, “I will resign”' the words are not his."""
    k = verb - 1
    return k - 1 if k > 0 and adverb(toks[k].text) and toks[k].text != "never" else k


def _follows_subject(toks: Sequence[Token], verb: int) -> bool:
    """The verb at ``verb`` follows a name, its subject ("Ruiz called"), maybe with an adverb between ("Ruiz
    further described", "Reyes repeatedly called"): not a noun it names ("a show called"), nor a pronoun, whose
    "what he called" is a clause inside a sentence that may have another speaker."""
    k = verb - 1
    if k > 0 and adverb(toks[k].text):
        k -= 1
    if k > 0 and toks[k].text in _AUXILIARIES:
        k -= 1  # "Reyes has called the mayor a “harbour pirate”", "Ruiz is calling it “a gamble”"
    if k > 0 and toks[k].text.islower() and _owned_speaker(toks, k):
        return True  # "Ruiz's doctor is calling the candidate “fit”", "Reyes's family has called on police ..."
    opening = _appositive_start(toks, k + 1)
    if k > 0 and opening <= k and toks[opening + 1].text.casefold() not in COORDINATORS:
        k = opening - 1  # "Ana Ruiz, the harbour director, compared the plan to ...": the name before the appositive
    # "the commission described “...”", "China's foreign ministry called it “...”": a body named by its kind after "the"
    # or an owner, a word or two between, is a subject as a name is.
    return k >= 0 and (toks[k].capitalised or (k > 0 and toks[k].text.casefold() in BODY_KINDS_NAMED_BACK and any(
        (toks[j].text.casefold() == "the" or toks[j].possessive)
        and (j == 0 or toks[j - 1].text in _CLAUSE_OPENING_MARKS)  # not "a report by the ministry", "who met the board"
        for j in range(max(0, k - _KIND_REACH), k))))


_CLAUSE_OPENING_MARKS = frozenset({",", ";", ":", "\u2014", "\u2013", "-", "(", "\"", "\u201c", "\u201d"})


_KIND_REACH = 3
"""Tokens before a body's kind within which "the" or its owner stands: "the foreign ministry", "China's trade
ministry"."""


_CHAIN_REACH = 12
"""Sentences after a pronoun's sentence within which another opening on the same pronoun carries it on."""


def _owned_after(toks: Sequence[Token], owner: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    """``other`` is named right after the possessive ``owner``, maybe after a few words of a role: "VentureBeat's Evan
    Blass", "Acme's chief analyst Tom Reyes"; not across a comma or a clause ("Acme's plan, Tom Reyes said"), nor
    where the owner's relative is placed ("Tom Reyes's mother at Harwick Children's Hospital": she speaks, not the
    hospital)."""
    between = toks[owner[1] + 1:other[0]]
    return other[0] > owner[1] and len(between) <= _OWNED_ROLE_WORDS \
        and all(t.word and t.text.casefold() not in _PLACING for t in between)


def _named_as_theirs(toks: Sequence[Token], owner: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    """``other`` is named as the owner's relative or aide right after the owned noun: "Reyes's sister, Ana Lunde",
    "Ruiz's lawyer Tom Reyes", maybe with a title before the name ("Tran's niece, state Del. Marcia Price"); not one
    the clause names otherwise ("Ruiz's lawyer, who also represents Tom Reyes", "Ruiz's letter to Tom Reyes"), nor a
    name that is the owned thing itself ("Cameron's Downing Street office")."""
    between = toks[owner[1] + 1:other[0]]
    comma = next((k for k, t in enumerate(between) if t.text == ","), len(between))
    between, title = between[:comma], [t.text for t in between[comma + 1:] if t.text != "."]
    if title and not (len(title) <= _OWNED_ROLE_WORDS and (title_abbreviation(title[-1]) or role_word(title[-1]))
                      and all(t.isalpha() and t.casefold() not in _RELATIVES and t.casefold() not in _PREPOSITIONS
                              and not (t.islower() and t.endswith("ed")) for t in title)):  # "addressed to", "filed"
        return False
    return 0 < len(between) <= _OWNED_ROLE_WORDS and all(t.word and t.text.islower() for t in between)


def _named_as_their_aide(toks: Sequence[Token], principal: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    """``other`` is named, set off by a comma, right after the one whose aide a role before ``principal`` says they are:
    in "A representative for Ana Ruiz, Mara Bell, said" or "a lawyer for Acme, Tom Reyes, said" the aide speaks, as
    in "Ruiz's lawyer, Tom Reyes, said". Not the one a role is for alone ("A spokesman for Ana Ruiz said": Ruiz speaks
    through him), nor a list ("a lawyer for Ana Ruiz, Tom Reyes and Ivo Eske said")."""
    first, last = principal[0], principal[1]
    k = first - 1
    while k > 0 and toks[k].capitalised:  # a title before the name ("for President Ana Ruiz")
        k -= 1
    if k > 0 and toks[k].text.casefold() in ARTICLES:
        k -= 1
    return k > 0 and toks[k].text.casefold() in _HELD_BY_A_NOUN and role_word(toks[k - 1].text) \
        and other[0] == last + 2 and toks[last + 1].text == "," \
        and other[1] + 1 < len(toks) and toks[other[1] + 1].text == ","


def _passive(toks: Sequence[Token], verb: int) -> bool:
    """The verb at ``verb`` is a participle after a form of "be": its subject is who the words were about or for
    ("Ruiz was widely mocked as “the ferry queen”", "Reyes has been praised as “...”", "Ruiz was told “...”")."""
    if not toks[verb].text.endswith(("ed", "told")):
        return False
    k = verb - 1
    while k >= 0 and adverb(toks[k].text):
        k -= 1
    return k >= 0 and toks[k].text.casefold() in _BE


_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})


def _dated(word: str) -> bool:
    """A word placing a report before the news (``_EARLIER``), or a month written as one."""
    return word.casefold() in _EARLIER or (word[:1].isupper() and word.casefold() in _MONTHS)


def _as_written(described: str) -> str:
    """A description as a speaker's label: "a police spokesman" (not "A ..."), "The boy's grandfather"."""
    return described[:1].lower() + described[1:] if described.split()[0] in ("A", "An") else described


_DESCRIBING_AFTER = frozenset({"of", "by", "with", "to", "not"})
"""Words after a participle describing the one before it, not a verb of saying: "A man accused of ...", "Several people
told to leave the estate ...", "Two employees told not to move ..."."""
_POINTING_BACK = frozenset({"this", "these", "those", "such"})
_NO_REPORT = frozenset({"nothing", "little", "much", "more"})  # "said nothing about ...", "said little"
_CLAUSE_REACH = 7
"""Words after a verb of saying within which what it reports has a verb of its own: "said the building had been
empty", "told the Courier that none of ..."; not "said prayers with the families", "added thirty extra buses"."""


def _reports_a_clause(toks: Sequence[Token], verb: int) -> bool:
    """The verb of saying at ``verb`` reports a clause a reader can take alone, in one voice. Not where it
    describes the words before it (``_DESCRIBING_AFTER``); opens a clause whose subject it leaves out, the words before
    it being that clause's object ("The man police say attacked her was released", "The car witnesses say can be seen
    ..."); reports what points back to what the briefing does not show ("said that was not what the footage showed",
    "said this was unlikely"); reports no clause within ``_CLAUSE_REACH`` words ("said prayers with the families",
    "said nothing about ..."); or gives another speaker's words after it ("..., but the union said ...")."""
    if verb + 1 >= len(toks):
        return False
    after = toks[verb + 1].text
    low = after.casefold()
    if low == "that" and verb + 2 < len(toks):
        then = toks[verb + 2].text.casefold()
        if then in _AUXILIARIES or then in MODALS or then in _POINTING_BACK:
            return False  # "said that was ...", not "said that the ...": "that" is what is pointed back to
    if low in _DESCRIBING_AFTER or low in _AUXILIARIES or low in MODALS or low in _POINTING_BACK or low in _NO_REPORT \
            or (after.islower() and is_past_form(after)):
        return False
    # A word in -ed after an article describes ("the injured"), it tells nothing done.
    reach = [(toks[k - 1].text.casefold(), toks[k].text)
             for k in range(verb + 1, min(len(toks), verb + 1 + _CLAUSE_REACH))]
    if not any(w == "that" or w in AUXILIARIES or w in IRREGULAR_PAST
               or (w.islower() and w.endswith("ed") and before not in ARTICLES) for before, w in reach):
        return False
    return not any(t.text.casefold() in SPEECH_VERBS for t in toks[verb + 1:])


def _owned_speaker(toks: Sequence[Token], k: int) -> bool:
    """The word at ``k`` ends who speaks for a named owner: a role or a body of people after a possessive name, at
    most two words between ("Ruiz's doctor", "Reyes's former campaign manager", "Ruiz's family")."""
    word = toks[k].text
    if not (role_word(word) or word in _OWNED_SPEAKERS):
        return False
    return any(toks[j].possessive and toks[j].capitalised for j in range(max(0, k - 3), k))


_OWNED_SPEAKERS = frozenset({"family", "relatives", "parents", "campaign", "camp", "team", "aides"})
"""Who speaks for a named owner without a role word: "Reyes's family said", "Ruiz's campaign said"."""

_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were"})
# Forms in -ing of verbs of saying, a frame only as a tense ("Reyes is telling voters that “...”") or as a clause
# after a comma ("..., telling reporters that “...”"): alone they may be adjectives ("a telling sign"). Those of
# promising only as a tense: "..., promising to close “every useless office”" tells what a campaign does.
_SAYING = frozenset({"telling", "stressing", "claiming", "announcing", "noting", "explaining", "suggesting",
                     "declaring"})
# Forms in -ing of urging or of putting words on someone (``CHARACTERIZING_VERBS``): after a comma, a frame only
# when what follows goes on to the words (``_goes_on_to_words``): "..., calling the mayor a “con artist”",
# "..., encouraging voters to make sure all is “above board”"; not "..., calling voters who had backed the
# “ferry plan”", "..., calling into question the “safe harbour” pledge" or "..., encouraging investors".
_URGING_OR_NAMING = frozenset({"encouraging"}) | {w for w in CHARACTERIZING_VERBS if w.endswith("ing")}
_PROMISING = frozenset({"promising", "vowing", "pledging"})
_ING_FRAMES = _SAYING | _URGING_OR_NAMING | _PROMISING
_INFINITIVE_FRAMES = frozenset({"accuse", "denounce", "blast", "slam", "condemn", "criticize", "criticise", "insist",
                                "describe", "brand", "praise", "warn"})
"""A verb of saying after "to" frames the words of the clause's subject: "Reyes took to Twitter to accuse the board
of being “duped”", "Ruiz used the speech to denounce the “reckless” plan". Not "dismiss", "deny" or "declare": a
court dismisses a case, denies bail, a firm declares bankruptcy."""
_ANY_SAYING = SPEECH_VERBS | REACTION_VERBS | CHARACTERIZING_VERBS
"""Verbs whose presence in a frame leaves an infinitive no say: another clause reports the words ("which one critic
joked was ..."), as do the verbs of ``QUOTATIVE_VERBS`` but where one opens the frame ("Asked about the vote, Ruiz
used her speech to warn of ...")."""
_REACTING = (REACTION_VERBS | CHARACTERIZING_VERBS) - frozenset({
    "blasted", "blasts", "slammed", "slams", "dismissed", "dismisses"})
"""Verbs whose subject goes on speaking in a quotation with no frame after their sentence: not those as often doing
something else ("blasted the winner past the keeper", "dismissed the opener"); "called" where it names something,
not where it summons (``ACTS``: "called the police")."""
_GESTURE_WORDS = 4
"""Words at most after the name (and its aside) of a sentence that only brings its subject in to speak: "Reyes shook
his head.", "Tom Reyes, for his part, was blunt.", "Moss called the vote “premature.”"."""


def _brings_in(clause: list[str]) -> bool:
    """The clause after a sentence's subject (words, folded) has them speak, answer or show how they take something,
    as a sentence bringing in the speaker of the next quotation does: a verb of saying or a cue (``SPEAKER_CUES``:
    "disagreed", "shook his head", "stood firm"), or "was" and how ("was blunt", "was not happy", "was equally
    blunt"). Not what was done to them ("was arrested") nor who they are ("is his challenger")."""
    first = clause[0]
    if first in _BE:
        how = clause[1] if len(clause) > 1 else ""
        return bool(how) and how not in DETERMINERS and how not in _OWNERS \
            and not (how.endswith("ed") and not how.startswith("un"))
    return first in _ANY_SAYING or first in QUOTATIVE_VERBS or first in SPEAKER_CUES


_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


_RELATIVES = frozenset({"who", "whom", "whose", "which"})
_PARTICLES = frozenset({"into", "off", "up", "out"})


def _saying(toks: Sequence[Token], i: int) -> bool:
    """The token at ``i``, a form in -ing of a verb of saying (``_ING_FRAMES``), frames a quotation: after an
    auxiliary, or after a comma for one of telling (``_SAYING``), or of urging or naming that goes on to the
    words (``_URGING_OR_NAMING``)."""
    if i == 0:
        return False
    before = toks[i - 1].text
    return before in _AUXILIARIES or _issued_statement(toks, i) or (before == "," and (toks[i].text in _SAYING or (
        toks[i].text in _URGING_OR_NAMING and _goes_on_to_words(toks, i))))


_STATEMENTS_ISSUED = {"issued": frozenset({"statement", "letter", "memo"}), "released": frozenset({"statement"}),
                      "published": frozenset({"statement"})}
"""What a subject issues as its own words: a letter or a memo it publishes or releases may be another's (a leak)."""


def _issued_statement(toks: Sequence[Token], i: int) -> bool:
    """The participle at ``i`` tells what a statement its subject issued says: "the council issued a statement calling
    the test “a clear violation”", "Acme released a statement telling staff that “...”". Not a statement received or
    another's letter made public: "a letter to the mayor calling him “...”", "the group published a memo telling
    officials to “bury” a report"."""
    return i >= 3 and toks[i - 1].text in _STATEMENTS_ISSUED.get(toks[i - 3].text, ()) \
        and toks[i - 2].text.casefold() in ("a", "the") and (toks[i].text in _SAYING or (
            toks[i].text in _URGING_OR_NAMING and _goes_on_to_words(toks, i)))


def _goes_on_to_words(toks: Sequence[Token], i: int) -> bool:
    """What follows the participle at ``i`` up to the quotation goes on to the words: no particle makes it another
    verb ("calling into question"), no relative clause opens ("calling voters who ..."), and urging says to do
    what ("encouraging voters to ...")."""
    after = [t.text.casefold() for t in toks[i + 1:]]
    if (after[:1] and after[0] in _PARTICLES) or not _RELATIVES.isdisjoint(after):
        return False
    return toks[i].text != "encouraging" or "to" in after


def _owned_role(toks: Sequence[Token], name: tuple[int, int, int], verb: int) -> str | None:
    """The role word of who speaks when the name owns it ("Ana Ruiz's former campaign strategist said":
    "strategist"), a few lower-case words between the possessive and the verb or its auxiliary ("Ruiz's doctor is
    calling"); else ``None``."""
    between = toks[name[1] + 1:_appositive_start(toks, verb)]
    if between and between[-1].text in _AUXILIARIES:
        between = between[:-1]
    if toks[name[1]].possessive and between and len(between) <= _OWNED_ROLE_WORDS \
            and all(t.word and not t.capitalised for t in between) \
            and (role_word(between[-1].text) or between[-1].text in _OWNED_SPEAKERS):
        return between[-1].text.casefold()
    return None


_OWNED_ROLE_WORDS = 4


COORDINATED_TOKENS = 7
"""How far into a frame the first of a subject's two verbs may stand: past a description of some five words ("The
Save Our Ferry campaign thanked")."""


def _coordinated_start(toks: Sequence[Token], verb: int) -> int:
    """Where the first of a subject's two verbs stands when the verb of saying at ``verb`` follows "and" in a clause
    the frame opens with that subject: "The union thanked the council on Monday and added", "A spokesman welcomed the
    ruling and also said" (``thanked``, ``welcomed``); ``verb`` itself where the frame is no such clause. The first
    verb is the first word in the past after a noun of two words or more and before any mark: "The union, which
    thanked ..." has none, and in "The injured captain thanked" the word after the article describes the captain."""
    before = _before_adverb(toks, verb) if verb > 0 else 0
    if before < 3 or toks[before].text.casefold() != "and":
        return verb
    for k in range(1, min(before, COORDINATED_TOKENS)):
        if not toks[k].word:
            return verb
        if k >= 2 and (toks[k].text.endswith("ed") or toks[k].text in IRREGULAR_PAST) and toks[k].text.islower() \
                and toks[k - 1].text.casefold() not in ARTICLES and not toks[k - 1].possessive:
            return k
    return verb


def _appositive_start(toks: Sequence[Token], verb: int) -> int:
    """Where an appositive set off by commas right before the verb at ``verb`` opens ("Reyes's relatives, including
    his wife, said": the first comma), so that who speaks is read before it; ``verb`` itself where none stands."""
    if verb < 2 or toks[verb - 1].text != ",":
        return verb
    return next((j for j in range(verb - 2, max(0, verb - APPOSITIVE_TOKENS), -1) if toks[j].text == ","), verb)


_AIDES = frozenset({"aide", "aides", "adviser", "advisor", "strategist", "manager", "lawyer", "attorney", "doctor",
                    "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "family",
                    "relatives", "parents"})
"""Roles of people who speak in their own name, even for the one who owns them ("Ruiz's lawyer said")."""


def _placed(toks: Sequence[Token], name: tuple[int, int, int]) -> bool:
    """The name is where something happens, not who speaks: "Speaking at the World Economic Forum, the
    minister said", "In Davos, she said"."""
    return _after_preposition(toks, name[0], _VENUE_BEFORE)


def _described_by_another(toks: Sequence[Token], verb: int, first: int) -> bool:
    """Between the verb and the name at ``first`` someone else is described, the name only placing them: "wrote a
    man at an Acme email address", "said a woman travelling with Ana Ruiz", "said a fan of Ana Ruiz". Not "said
    passenger Ana Ruiz", "said one passenger, Ana Ruiz" or "said a woman named Ana Ruiz": the name is theirs."""
    between = [t.text.casefold() for t in toks[verb + 1:first]]
    noun = next((i for i, w in enumerate(between) if w in _NOT_FOR_THE_BODY), None)
    return noun is not None and any(w in _PREPOSITIONS or w in _RELATIVES or w in _LINKING for w in between[noun + 1:])


_LINKING = frozenset({"that", "next", "near", "beside", "behind", "alongside", "travelling", "traveling", "seated",
                      "working", "worked"})


def _right_after(toks: Sequence[Token], k: int, prepositions: frozenset[str]) -> bool:
    """The token at ``k``, or the one before an article there, is one of ``prepositions``, capitalised or not: the
    name after it is its object ("On Twitter", "To the Lessby Courier"). A title or a date between them ("On Monday
    Ana Ruiz said", "In Lessby Mayor Tom Reyes said") makes the name the clause's subject instead."""
    if k >= 1 and toks[k].text.casefold() in ARTICLES:
        k -= 1
    return k >= 0 and toks[k].text.casefold() in prepositions


def _institution(person: Person, pronoun: str | None) -> bool:
    """A name ending in a kind of institution ("Lessby Royal Hospital") that nothing shows to be a person's (a role,
    an honorific, a pronoun: "Mayor Ada Temple", "Tom Church, who ...he"): no "he" or "she"."""
    return person.name.split()[-1].casefold() in INSTITUTION_NOUNS and not person.roles and not person.honorific \
        and pronoun is None


def _opens_a_quotation(text: str, token: Token) -> bool:
    """The token, a plain capitalised word (not "ANA" nor "TikTok"), is the first of a quotation: right after its
    opening mark."""
    return token.start > 0 and text[token.start - 1] in "\u201c\"\u2018" and token.text[1:].islower()


def _title_cased(content: str) -> bool:
    """Quoted words that are a title or a name, not speech: every word of four letters or more capitalised
    ("Committee on the Peaceful Uses of Outer Space", "The Truth About Tech"); not a sentence ("We Will Appeal."
    ends like one) nor a single word. Inside a sentence they are a fragment of it, whatever their length: the
    sentence is the statement ('Norvania told the “Committee on the Peaceful Uses of Outer Space” that ...')."""
    words = content.split()
    return len(words) > 1 and content[-1:] not in ".!?" \
        and all(w[:1].isupper() for w in words if len(w) > 3 and w[:1].isalpha())


def _mid_sentence(before: str, content: str) -> bool:
    """A quote that continues the reporter's sentence ("called the plan “a leap in the dark ...”"), also across an
    aside's comma where the reporter has opened a clause of what was said ("said that the launch, so soon after
    the test, “represents yet another provocation”"); not a whole quotation an outlet writes in lower case ("told
    the rabbis on Tuesday, “there is a political effort ...”")."""
    tail = before.rstrip()
    if not tail or not content[:1].islower():
        return False
    return tail[-1:].isalpha() or (tail.endswith(",") and " that " in tail
                                   and not any(mark in tail for mark in "\u201c\u201d\""))


def _document_by(toks: Sequence[Token], source: int, first: int) -> bool:
    """Between "according to" at ``source`` and the name at ``first`` stands a paper its author made: "according to
    a complaint filed by the Lessby Harbour Board", "a report released by Acme" - the author speaks through it (not
    "a letter sent to Ruiz", "a source close to Ruiz")."""
    k = first - 1
    while k > source and first - k <= 2 and toks[k].text.islower() and toks[k].text not in _PREPOSITIONS \
            and toks[k].text not in ARTICLES:
        k -= 1  # "by the federal Lessby Harbour Board"
    if k > source and toks[k].text.casefold() in ARTICLES:
        k -= 1
    return k - 1 > source and toks[k].text == "by" and toks[k - 1].text.endswith(("ed", "en")) \
        and any(t.text.casefold() in DOCUMENT_NOUNS for t in toks[source + 1:k - 1])


_DOCUMENT_REACH = 12  # "according to a 52-count civil complaint filed by the federal Acme ...": its author's name


def _tidy(content: str) -> str:
    content = content.strip()
    if content.endswith((",", ";")):
        content = content[:-1]
    return content


def _statement_spans(para: Paragraph) -> list[tuple[int, int, int]]:
    """(end, start, key) of each statement found in the paragraph's text, in order: found once per paragraph,
    where each quotation once searched them all anew."""
    spans = []
    pos = 0
    for st in para.statements:
        found = para.text.find(st.text, pos)
        if found < 0:
            continue
        pos = found + len(st.text)
        spans.append((pos, found, st.key))
    return spans


def _statements_touching(spans: list[tuple[int, int, int]], start: int, end: int) -> list[int]:
    """The keys of the statements (``_statement_spans``) overlapping ``start`` to ``end``."""
    keys = []
    for _, found, key in itertools.islice(spans, bisect.bisect_right(spans, start, key=itemgetter(0)), None):
        if found >= end:
            break
        keys.append(key)
    return keys

