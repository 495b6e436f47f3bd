"""What happened: the core event first, then a few distinct facts several sources carry.

The core event is the lead sentence (first two reported sentences of an article) that the other
sources' leads agree with most: the statement the story is about, in one sentence.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from itertools import chain

from bot.explain import Member
from bot.partition import Partition
from bot.rules.fragments import any_of
from bot.rules.kept import compiled_regex
from bot.rules.leads import AHEAD, BACKGROUND, DATED, JUDGED, LEANS_ON_CONTEXT, NOT_A_LEAD, Frame, Leaning
from bot.rules.words import NUMBER_WORDS
from bot.summary.conflicts import figures_differ
from bot.summary.dedup import Carriers, one_sentence, quotations
from bot.summary.normalization import (
    NEGATIONS,
    STOPWORDS,
    content_words,
    facts_of,
    fold,
    may_hold_figures,
    number_value,
    words,
)
from bot.summary.similarity import content_set, overlap
from bot.summary.statements import Statement

LEAD_SENTENCES = 2
AGREES = 0.22
MAX_EXTRA = 3
"""Further facts several sources carry shown after the core event: a disaster's well depth, an inquiry's first finding
and how the site was left, each carried by two outlets or more (a fourth one is most often an aside: "The ticket agent
laughed at this")."""
TITLE_WEIGHT = 0.5
PANEL = 40
DISTINCT = 0.45
FIGURE_WEIGHT = 0.15
MIN_FIGURE = 10
STALE_DAYS = 2.0
STALE_FUTURE = 0.5
ONGOING_WEIGHT = 0.5
REACTION_WEIGHT = 0.8
DATED_WEIGHT = 0.05
WIRE_RUN = 8
MIN_WIRE_CONTENT = 3
NAMED_RUN_SHARE = 0.6
FULLER_SHARE = 0.9
"""How close a fuller copy of the lead must weigh to the cut one it replaces (``_fuller_copy``)."""
FULLER_WORDS = 2
"""Content words a copy of the lead must add to be a fuller one: more than one added word."""
NOT_FIGURES = frozenset({"times", "percent", "per", "years", "year", "days", "hours", "minutes", "a", "am", "pm"})


@dataclass
class Event:
    """A fact for What: its wording, the sources and sentences carrying it, and why it was chosen."""

    text: str
    sources: list[str]
    members: list[Member]
    statements: set[int]
    reason: str


def _figures(st: Statement) -> set[float]:
    """The figures of a statement that could be a story's key figure: not small counts, years, rates or
    how often something happened ("30 times")."""
    out: set[float] = set()
    if not may_hold_figures(st.text):  # asked first: most statements have no digit, and need no words here
        return out
    ws = st.words
    for i, w in enumerate(ws):
        n = number_value(w) if w[:1].isdigit() else None
        if n is None or n < MIN_FIGURE or (1800 <= n <= 2100 and n.is_integer()):
            continue
        if i + 1 < len(ws) and ws[i + 1] in NOT_FIGURES:
            continue
        out.add(n)
    return out


def _figure_sources(statements: list[Statement]) -> dict[float, set[str]]:
    out: dict[float, set[str]] = {}
    for st in statements:
        for n in _figures(st):
            out.setdefault(n, set()).add(st.source)
    return out


def _length_fit(st: Statement) -> float:
    n = len(st.text.split())
    return 1.0 if 12 <= n <= 45 else 0.8 if n <= 60 else 0.5


def core_event(statements: list[Statement], taken: set[int], titles: dict[str, str],
               order: Callable[[set[str]], list[str]], days: dict[str, float | None] | None = None) -> Event | None:
    """The lead sentence best corroborated by the other sources' leads and closest to its own headline,
    citing the sources whose leads agree with it."""
    leads = [s for s in statements if s.position < LEAD_SENTENCES and s.key not in taken
             and not s.text.lstrip().startswith(("\u201c", '"')) and NOT_A_LEAD.first(s.text) is None]
    if not leads:
        leads = [s for s in statements if s.key not in taken][:1]
    if not leads:
        return None
    by_source: dict[str, list[Statement]] = {}
    for s in leads:
        by_source.setdefault(s.source, []).append(s)
    # Agreement is measured against at most PANEL other sources (spread evenly over the story), so a
    # story of thousands of articles costs a constant per lead, not a pass over all the others.
    sources = list(by_source)
    step = max(1, len(sources) // PANEL)
    panel = sources[::step]
    # The headlines together say what the story is: a lead using their words is about it.
    headline_sets = [content_set(t) for t in titles.values() if t]
    headline_words = Counter(chain.from_iterable(headline_sets))
    headline_mean = sum(len(ws) for ws in headline_sets) / max(len(headline_sets), 1) or 1.0

    def headline_fit(ws: frozenset[str]) -> float:
        if not headline_sets or not ws:
            return 0.0
        return sum(headline_words[w] for w in ws) / len(headline_sets) / math.sqrt(len(ws) * headline_mean)

    figures = cache(lambda: _figure_sources(statements))  # read only for a lead with a figure: many stories have none
    n_sources = len({s.source for s in statements})

    def figure_fit(st: Statement) -> float:
        """How widely the lead's best figure is repeated by the other sources: the key figure."""
        others = [len(figures().get(n, set()) - {st.source}) for n in _figures(st)]
        return max(others, default=0) / max(n_sources - 1, 1)

    def support(st: Statement) -> float:
        judges = [src for src in panel if src != st.source]
        agreement = sum(max(overlap(st.text, o.text) for o in by_source[src]) for src in judges)
        return agreement / max(len(judges), 1) + TITLE_WEIGHT * headline_fit(content_set(st.text)) \
            + 0.05 * (st.position == 0) + FIGURE_WEIGHT * figure_fit(st) \
            + DATED_WEIGHT * (DATED.first(st.text) is not None)

    known = [d for d in (days or {}).values() if d is not None]
    latest = max(known, default=None)

    def current(st: Statement) -> float:
        """An older article's announcement ("will launch") is not the news once later reports exist; what
        has been going on for a while is background to it, and a reaction to it comes after it."""
        frame = BACKGROUND.first(st.text)
        weight = 1.0 if frame is None else ONGOING_WEIGHT if frame.kind is Frame.ONGOING else REACTION_WEIGHT
        day = (days or {}).get(st.source)
        if latest is None or day is None or latest - day < STALE_DAYS or AHEAD.first(st.text) is None:
            return weight
        return weight * STALE_FUTURE

    def score(st: Statement) -> float:
        return support(st) * _length_fit(st) * current(st)

    best = max(leads, key=lambda st: (score(st), -st.key))
    best = _fuller_copy(best, leads, score(best) * FULLER_SHARE, score)
    agreeing = []
    for source, theirs in by_source.items():
        if source != best.source:
            closest = max(theirs, key=lambda o: overlap(best.text, o.text))
            if overlap(best.text, closest.text) >= AGREES and not figures_differ(best, closest):
                agreeing.append(closest)  # a lead giving another figure does not carry this one
    members: list[Member] = [(best.source, best.text, "the lead shown")]
    members += [(s.source, s.text, f"its lead agrees (shared words {overlap(best.text, s.text):.2f})")
                for s in agreeing]
    return Event(best.text, order({best.source} | {s.source for s in agreeing}), members,
                 {best.key}, f"lead sentence agreed with by {len(agreeing)} other source(s)' leads")


def _fuller_copy(best: Statement, leads: list[Statement], least: float,
                 score: Callable[[Statement], float]) -> Statement:
    """Another outlet's copy of the lead that carries it on where ``best`` was cut ("A tourist ship struck a bridge on
    the Rhine" against "A tourist ship struck a bridge on the Rhine and 25 people were injured, police said"): the
    whole wire lead tells the event's outcome the cut one leaves out. Its content words open on all of ``best``'s in
    order, with the same negations ("decided not to close" is no copy of "decided to close"); it adds ``FULLER_WORDS``
    or more, as many outlets print it as print the cut one (one outlet's own addition, "... and may have been
    hijacked, a witness said", does not replace what two print: the wording most outlets print stands, as
    ``_most_printed`` has it) and it weighs at least ``least``: a copy run on past a readable length (``_length_fit``)
    weighs less. Every outlet carrying the cut one carries it, its end cut. Not a lead that only shares the opening
    ("A tourist ship struck a bridge" and "A tourist ship sank off Crete")."""
    shown = content_words(best.text)
    fuller = [st for st in leads if st.source != best.source
              and len(theirs := content_words(st.text)) >= len(shown) + FULLER_WORDS and theirs[:len(shown)] == shown
              and _negations(st.text, shown) == _negations(best.text, shown)]
    if not fuller:
        return best  # most stories: no lead carries another on
    printed = Counter(fold(st.text) for st in leads)
    fuller = [st for st in fuller if printed[fold(st.text)] >= printed[fold(best.text)]]
    found = max(fuller, key=lambda st: (score(st), -st.key), default=None)
    return found if found is not None and score(found) >= least else best


def _negations(text: str, shown: list[str]) -> list[str]:
    """The negations of ``text`` up to its last word of ``shown``, the content words it opens on, in order."""
    ws = words(text)
    end, at = 0, 0
    for i, w in enumerate(ws):
        if at < len(shown) and w == shown[at]:
            at += 1
            end = i + 1
    return [w for w in ws[:end] if w in NEGATIONS]


def wire_copies(groups: list[list[Statement]], left_out: AbstractSet[int]) -> list[tuple[list[Statement], str]]:
    """Copies of one wire sentence that outlets cut or carried on in their own words, each with the wording it shows:
    sentences of different sources sharing ``WIRE_RUN`` words in a row, ``MIN_WIRE_CONTENT`` of them content words
    ("The company said it had traced the problem to a drying tower at its Kilbrennan plant, where ..." and "...
    plant, which employs around 600 people"), whose facts agree (a figure or a negation apart is another fact). Groups
    of ``groups`` holding a statement ``left_out`` (a reaction's, a limit's, the core event's) are not joined.

    The wording shown stands alone (``LEANS_ON_CONTEXT``: no "It named the men as ..."): of those, the copy most
    sources print, then the shortest, the one the shared words are most of. It cites the copies sharing a run with
    it, not those joined through a third; and where the words it shares with a copy are mostly names ("St
    Marren's General Hospital, Brisholt Royal Infirmary and Eastvale Community Hospital"), that copy tells its fact
    only if it also says most of what the shown wording says of them (``_tells``)."""
    part = Partition(len(groups))
    first: dict[tuple[str, ...], int] = {}  # a run of words -> the group first printing it
    for gi, g in enumerate(groups):
        if any(s.key in left_out for s in g) or quotations(g[0].text):
            continue  # taken, or someone's words: a reaction's
        for st in g:
            for run in _wire_runs(st.text):
                other = first.setdefault(run, gi)
                if other == gi or part.find(other) == part.find(gi) \
                        or {s.source for s in groups[other]} & {s.source for s in g} \
                        or not facts_of(groups[other][0].text).compatible(facts_of(st.text)):
                    continue
                part.union(other, gi)
    out = []
    for members in part.groups():
        if len(members) < 2:
            continue
        copies = [s for i in members for s in groups[i]]
        counts = Counter(fold(s.text) for s in copies)
        alone = [s for s in copies if LEANS_ON_CONTEXT.first(s.text) is None]
        if not alone:
            continue
        shown = min(alone, key=lambda s: (-counts[fold(s.text)], len(s.text))).text
        # A group of copies of one sentence tells what any of them tells.
        cited = [s for i in members if any(t.text == shown or _tells(shown, t.text) for t in groups[i])
                 for s in groups[i]]
        if len({s.source for s in cited}) >= 2:
            out.append((cited, shown))
    return out


def _wire_runs(text: str) -> set[tuple[str, ...]]:
    """The runs of ``WIRE_RUN`` words of ``text`` from a content word on, ``MIN_WIRE_CONTENT`` of them content words:
    a shared run longer than ``WIRE_RUN`` holds one. (The content words in the window are counted as it slides.)"""
    ws = words(text)
    if len(ws) < WIRE_RUN:
        return set()
    content = [w not in STOPWORDS for w in ws]
    inside = sum(content[:WIRE_RUN])
    runs = set()
    for k in range(len(ws) - WIRE_RUN + 1):
        if k:
            inside += content[k + WIRE_RUN - 1] - content[k - 1]
        if content[k] and inside >= MIN_WIRE_CONTENT:
            runs.add(ws[k:k + WIRE_RUN])
    return runs


def _tells(shown: str, copy: str) -> bool:
    """Whether ``copy`` tells the fact of ``shown``: it shares a run of words with it, and, if the words shared are
    mostly names, most of what ``shown`` says of them (``NAMED_RUN_SHARE`` of its other content words)."""
    shared = _wire_runs(shown) & _wire_runs(copy)
    if not shared:
        return False
    named = {w for token in shown.split() if token[:1].isupper() for w in words(token)}
    content = [w for run in shared for w in run if w not in STOPWORDS]
    if 2 * sum(w in named for w in content) < len(content):
        return True
    said = content_set(shown) - named  # what the sentence says of the names
    return len(said & content_set(copy)) >= NAMED_RUN_SHARE * len(said)


_Candidate = tuple[tuple[list[Statement], str], bool]
"""A further fact's statements, the wording shown and whether they are sentences telling it in other words."""


def further_events(groups: list[list[Statement]], taken: set[int], chosen: list[str],
                   order: Callable[[set[str]], list[str]],
                   retold: Callable[[Statement], list[Statement]], leads: frozenset[int],
                   no_facts: AbstractSet[int] = frozenset()) -> list[Event]:
    """Statements several sources carry, not yet used, each distinct from what is already said; never a
    photo caption or a question, which no lead may be either.

    Copies come first (a group of one sentence several sources print); then, for the places left, the copies of one
    wire sentence each outlet cut or carried on in its own words (``wire_copies``, of sentences neither taken nor
    ``no_facts``) and the sentences other sources tell in their own words (``retold``: the sentences of other sources
    telling it), the most widely carried first: outlets that write their own stories share few sentences, yet report
    the same facts ("The night before, the coach slipped on a wet floor" and "The coach, 65, had slipped on a wet
    floor the night before and ..."), never one telling the core event's agreeing ``leads`` again. Wire copies holding
    a sentence several outlets print whole rank with the copies."""
    wire = wire_copies(groups, taken | no_facts | leads)
    wired = {s.key for g, _ in wire for s in g}
    # A group of one statement has one source (most groups): its sources are not gathered.
    copied = [g for g in groups if len(g) >= 2 and len({s.source for s in g}) >= 2]
    whole = {g[0].key for g in copied}
    candidates = [(g, _most_printed(g)) for g in copied if g[0].key not in wired] \
        + [(g, text) for g, text in wire if any(s.key in whole for s in g)]
    candidates = [(g, text) for g, text in candidates if not any(s.key in taken for s in g)]
    candidates.sort(key=lambda c: _spread(c[0]))

    def spread(c: _Candidate) -> tuple[int, int]:
        return _spread(c[0][0])

    cut: list[_Candidate] = sorted((((g, text), False) for g, text in wire
                                    if not any(s.key in taken or s.key in whole for s in g)), key=spread)
    # A retold fact shows the sentence found retold, not the longest teller (which may tell more). The retellings are
    # looked for only once the copies leave a place.
    retellings: Iterator[_Candidate] = (((g, g[0].text), True) for g in _retold(groups, taken | leads, retold))
    told_again: Iterator[_Candidate] = heapq.merge(cut, retellings, key=spread)
    out: list[Event] = []
    used: set[int] = set()  # the statements of the facts chosen, and of the sentences telling them
    for (g, text), told in chain((((g, text), False) for g, text in candidates), told_again):
        if any(NOT_A_LEAD.first(s.text) for s in g) or _leans(text):
            continue  # asked in turn: the first few candidates give the events
        if any(overlap(text, c) >= DISTINCT for c in chosen) or g[0].key in used or (told and _said(g, chosen)):
            continue
        chosen.append(text)
        used.update(s.key for s in g)
        out.append(Event(text, order({s.source for s in g}),
                         [(s.source, s.text, "tells it in other words" if told else "a copy") for s in g],
                         {s.key for s in g}, "told by several sources" if told else "carried by several sources"))
        if len(out) >= MAX_EXTRA:
            break
    return out


def _spread(g: list[Statement]) -> tuple[int, int]:
    """The order further facts are asked in: the most sources first, then the earliest in its article."""
    return -len({s.source for s in g}), min(s.position for s in g)


def _leans(text: str) -> bool:
    """The wording cannot be read without the sentence before it (``Leaning.WHOLLY``: "She suspected ...", "But six
    laps later, ..."), however many outlets print it. Retellings and cut wire copies lean on nothing at all
    (``_retold``, ``wire_copies``); a copy opening on a demonstrative or a connective may still stand alone ("This
    year's festival has been cancelled", "It was the strongest quake since 1987", "Earlier, police evacuated 300
    homes")."""
    return any(hit.kind is Leaning.WHOLLY for hit in LEANS_ON_CONTEXT.all(text))


def _most_printed(copies: list[Statement]) -> str:
    """The wording of a fact most of its copies print, the longest of those: "The age will rise by three months a year"
    that two outlets print as the wire sent it, not one outlet's rewrite of it ("The pension age will go up by three
    months each year"), however longer."""
    counts = Counter(fold(s.text) for s in copies)
    return max(copies, key=lambda s: (counts[fold(s.text)], len(s.text))).text


def _said(told: list[Statement], shown: list[str]) -> bool:
    """Whether a fact told in other words is already said by a text ``shown``: one of its tellings is one sentence
    with it, or one of the two carries the other's words (``Carriers``, as the briefing's repeat pass asks, which
    would drop a limit shown after a fact repeating it)."""
    if any(one_sentence(s.text, c) for s in told for c in shown):
        return True
    text = told[0].text
    mine = Carriers([("", text)])
    return bool(Carriers([(str(n), c) for n, c in enumerate(shown)]).of(text)) or any(mine.of(c) for c in shown)


_COUNTED = compiled_regex(r"\b" + any_of(*NUMBER_WORDS) + r"-\w")
"""A number word opening a compound ("a four-year contract", "a two-hour operation"): a figure ``facts_of`` reads as a
word of its own. In lower case: a name is no figure ("The Two-Way")."""


def _gives_a_figure(st: Statement) -> bool:
    """The sentence gives a figure: in digits, in words, or in a compound ("four-year")."""
    return any(ch.isdigit() for ch in st.text) or bool(st.facts.numbers) or _COUNTED.search(st.text) is not None


def _ongoing(text: str) -> bool:
    """What has been going on for a while (the ``ongoing`` background rule): "The hall has long been a landmark"."""
    hit = BACKGROUND.first(text)
    return hit is not None and hit.kind is Frame.ONGOING


def _retold(groups: list[list[Statement]], taken: set[int],
            retold: Callable[[Statement], list[Statement]]) -> Iterator[list[Statement]]:
    """Each sentence no other source copies, with the sentences of other sources telling it (``retold``), the most
    widely told first, then the highest on a page (as the copies). Made only when the copies leave a place.

    Never a sentence giving a figure (in digits or words): a figure outlets give in their own words is where they
    disagree (the conflicts show it side by side); never one leaning on the sentence before it (``LEANS_ON_CONTEXT``:
    "They were evacuated after the boy fell"), which tells nothing alone; never a judgement or a guess, as any of its
    tellings makes it (``JUDGED``: "The ruling is a setback for the minister"); never how someone reacted
    (``BACKGROUND``: "The union welcomed the ruling"), nor what has been going on, as any of its tellings says ("The
    hall has long been a landmark"): a reaction told by another outlet may carry a fact ("The ministry welcomed the
    ruling and said the country would honour its commitments"); never a sentence taken or told by one taken."""
    found = []
    for g in groups:
        st = g[0]
        others = retold(st) if len(g) == 1 and st.key not in taken else []  # asked first: most sentences have none
        if others and not any(o.key in taken for o in others) and not _gives_a_figure(st) \
                and LEANS_ON_CONTEXT.first(st.text) is None and BACKGROUND.first(st.text) is None \
                and not any(JUDGED.first(o.text) for o in (st, *others)) and not any(_ongoing(o.text) for o in others):
            found.append([st, *others])
    found.sort(key=lambda g: (-len({s.source for s in g}), min(s.position for s in g)))
    yield from found
