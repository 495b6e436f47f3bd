"""What happened: the core event first, then a few distinct facts several sources carry.

The core event is the lead sentence (first two reported sentences of an article) that the other
sources' leads agree with most: the statement the story is about, in one sentence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from bot.explain import Member
from bot.summary.similarity import content_set, overlap
from bot.summary.statements import Statement

LEAD_SENTENCES = 2
AGREES = 0.22
MAX_EXTRA = 2
TITLE_WEIGHT = 0.5
PANEL = 40
DISTINCT = 0.45


@dataclass
class Event:
    text: str
    sources: list[str]
    members: list[Member]
    statements: set[int]
    reason: str


def _length_fit(st: Statement) -> float:
    n = len(st.text.split())
    return 1.0 if 12 <= n <= 45 else 0.8 if n <= 60 else 0.5


def core_event(statements: list[Statement], taken: set[int], titles: dict[str, str],
               order: Callable[[set[str]], list[str]]) -> Event | None:
    """The lead sentence best corroborated by the other sources' leads and closest to its own headline,
    citing the sources whose leads agree with it."""
    leads = [s for s in statements if s.position < LEAD_SENTENCES and s.key not in taken
             and not s.text.lstrip().startswith(("\u201c", '"'))]
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
    headline_words = Counter(w for ws in headline_sets for w in ws)
    headline_mean = sum(len(ws) for ws in headline_sets) / max(len(headline_sets), 1) or 1.0

    def headline_fit(ws: frozenset[str]) -> float:
        if not headline_sets or not ws:
            return 0.0
        return sum(headline_words[w] for w in ws) / len(headline_sets) / math.sqrt(len(ws) * headline_mean)

    def support(st: Statement) -> float:
        judges = [src for src in panel if src != st.source]
        agreement = sum(max(overlap(st.text, o.text) for o in by_source[src]) for src in judges)
        return agreement / max(len(judges), 1) + TITLE_WEIGHT * headline_fit(content_set(st.text)) \
            + 0.05 * (st.position == 0)

    best = max(leads, key=lambda st: (support(st) * _length_fit(st), -st.key))
    agreeing = []
    for source, theirs in by_source.items():
        if source != best.source:
            closest = max(theirs, key=lambda o: overlap(best.text, o.text))
            if overlap(best.text, closest.text) >= AGREES:
                agreeing.append(closest)
    members: list[Member] = [(best.source, best.text, "the lead shown")]
    members += [(s.source, s.text, f"its lead agrees (shared words {overlap(best.text, s.text):.2f})")
                for s in agreeing]
    return Event(best.text, order({best.source} | {s.source for s in agreeing}), members,
                 {best.key}, f"lead sentence agreed with by {len(agreeing)} other source(s)' leads")


def further_events(groups: list[list[Statement]], taken: set[int], chosen: list[str],
                   order: Callable[[set[str]], list[str]]) -> list[Event]:
    """Statements several sources carry, not yet used, each distinct from what is already said."""
    candidates = [g for g in groups if len({s.source for s in g}) >= 2 and not any(s.key in taken for s in g)]
    candidates.sort(key=lambda g: (-len({s.source for s in g}), min(s.position for s in g)))
    out: list[Event] = []
    for g in candidates:
        text = max(g, key=lambda s: len(s.text)).text
        if any(overlap(text, c) >= DISTINCT for c in chosen):
            continue
        chosen.append(text)
        out.append(Event(text, order({s.source for s in g}), [(s.source, s.text, "a copy") for s in g],
                         {s.key for s in g}, "carried by several sources"))
        if len(out) >= MAX_EXTRA:
            break
    return out
