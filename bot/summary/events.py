"""What happened: the core event first, then a few distinct facts several sources carry.

The core event is the lead sentence (first two reported sentences of an article) that the other
sources' leads agree with most: the statement the story is about, in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.summary.similarity import overlap
from bot.summary.statements import Statement

LEAD_SENTENCES = 2
AGREES = 0.22
MAX_EXTRA = 2
DISTINCT = 0.45


@dataclass
class Event:
    text: str
    sources: list[str]
    members: list[tuple[str, str]]
    statements: set[int]
    reason: str


def _length_fit(st: Statement) -> float:
    n = len(st.text.split())
    return 1.0 if 12 <= n <= 40 else 0.6 if n <= 55 else 0.3


def core_event(statements: list[Statement], taken: set[int],
               order: Callable[[set[str]], list[str]]) -> Event | None:
    """The lead sentence best corroborated by the other sources' leads, citing those that agree."""
    leads = [s for s in statements if s.position < LEAD_SENTENCES and s.key not in taken
             and not s.text.lstrip().startswith(("\u201c", '"'))]
    if not leads:
        leads = [s for s in statements if s.key not in taken][:1]
    if not leads:
        return None
    by_source: dict[str, list[Statement]] = {}
    for s in leads:
        by_source.setdefault(s.source, []).append(s)

    def support(st: Statement) -> tuple[float, list[Statement]]:
        total, agreeing = 0.0, []
        for source, theirs in by_source.items():
            if source == st.source:
                continue
            best = max(theirs, key=lambda o: overlap(st.text, o.text))
            sim = overlap(st.text, best.text)
            total += sim
            if sim >= AGREES:
                agreeing.append(best)
        return total, agreeing

    scored = []
    for st in leads:
        total, agreeing = support(st)
        scored.append(((total + 0.05 * (st.position == 0)) * _length_fit(st), st, agreeing))
    _, best, agreeing = max(scored, key=lambda x: (x[0], -x[1].key))
    members = [(best.source, best.text)] + [(s.source, s.text) for s in agreeing]
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
        out.append(Event(text, order({s.source for s in g}), [(s.source, s.text) for s in g],
                         {s.key for s in g}, "carried by several sources"))
        if len(out) >= MAX_EXTRA:
            break
    return out
