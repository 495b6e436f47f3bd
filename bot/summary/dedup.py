"""Near-duplicate grouping: copies of one sentence or quote across sources become one group.

Cost stays near-linear: each text is only compared with texts that share one of its rarest words
(a blocking key); a key carried by too many texts is not rare and opens no comparisons. Two texts
merge when their folded wordings are close (punctuation, quotes, hyphens and contractions are
already folded away), or when the shorter one is almost wholly inside the longer (a dropped phrase, a
different lead-in) — and never when they assert different facts (a number, a negation).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.partition import Partition
from bot.summary.normalization import Facts, facts_of, fold, words
from bot.summary.similarity import content_set

KEYS_PER_TEXT = 4
MAX_BLOCK = 64
CLOSE = 86.0
CONTAINED = 90.0
MIN_CONTAINED_WORDS = 5
SHARED = 0.6
GRAM = 4
MIN_RUN = 6
MIN_COVER = 0.5


@dataclass(frozen=True)
class Match:
    """Why two texts were merged, for ``--explain``."""

    a: int
    b: int
    reason: str


def candidate_pairs(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs of texts sharing one of their rarest content words (each text's ``KEYS_PER_TEXT``)."""
    vocab = [sorted(content_set(t)) for t in texts]
    df = Counter(w for ws in vocab for w in ws)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(vocab):
        shared = [w for w in ws if 1 < df[w] <= MAX_BLOCK]
        for w in sorted(shared, key=lambda w: (df[w], w))[:KEYS_PER_TEXT]:
            blocks[w].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pairs.add((i, j))
    return pairs


def same_statement(a: str, b: str, facts_a: Facts | None = None, facts_b: Facts | None = None) -> str | None:
    """Why ``a`` and ``b`` are one statement ("near-verbatim", "contained"), or None if they are not."""
    fa, fb = facts_a or facts_of(a), facts_b or facts_of(b)
    if not fa.compatible(fb):
        return None
    wa, wb = content_set(a), content_set(b)
    if not wa or not wb or len(wa & wb) < SHARED * min(len(wa), len(wb)):
        return None  # too few words in common to be one statement: skip the costly comparison
    x, y = fold(a), fold(b)
    if fuzz.ratio(x, y, score_cutoff=CLOSE):
        return "near-verbatim"
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if len(short.split()) >= MIN_CONTAINED_WORDS and fuzz.partial_ratio(short, long_, score_cutoff=CONTAINED):
        return "contained"
    return None


def group_duplicates(texts: Sequence[str]) -> tuple[list[list[int]], list[Match]]:
    """Indices of ``texts`` grouped by statement (each group in input order), and the merges made."""
    groups = Partition(len(texts))
    facts = [facts_of(t) for t in texts]
    group_facts = list(facts)  # by root: the facts every member agrees with, so merges never chain 47 ~ 52
    matches: list[Match] = []
    for i, j in sorted(candidate_pairs(texts)):
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj or not group_facts[ri].compatible(group_facts[rj]):
            continue
        reason = same_statement(texts[i], texts[j], facts[i], facts[j])
        if reason is not None:
            groups.union(i, j)
            merged = Facts(group_facts[ri].numbers | group_facts[rj].numbers, group_facts[ri].negated)
            group_facts[groups.find(i)] = merged
            matches.append(Match(i, j, reason))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        members[groups.find(i)].append(i)
    return list(members.values()), matches


def fullest(texts: Sequence[str]) -> int:
    """Index of the most complete wording: most words, then the most common form, then first."""
    counts = Counter(fold(t) for t in texts)
    return max(range(len(texts)), key=lambda i: (len(fold(texts[i]).split()), counts[fold(texts[i])], -i))


class Carriers:
    """Which sources carry a shown text, copied or cut: a briefing item cites every one of them.

    A source carries a text when one stretch of its words repeats at least ``MIN_RUN`` words of the text
    in order and at least ``MIN_COVER`` of all of them (a quote with its end cut, a wire sentence with
    one word changed, "U.S." for "US": words are folded first), and gives every figure of it (700,000 is
    not carried by a source that says 400,000). Compared as word ``GRAM``-grams, so the cost is linear in
    the words of the story.
    """

    def __init__(self, texts: Sequence[tuple[str, str]]) -> None:
        self._holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._figures: dict[str, set[str]] = defaultdict(set)
        for source, text in texts:
            ws = words(text)
            self._figures[source].update(w for w in ws if w[:1].isdigit())
            for i in range(len(ws) - GRAM + 1):
                self._holders[tuple(ws[i:i + GRAM])].add(source)

    def of(self, text: str) -> set[str]:
        ws = words(text)
        if len(ws) < MIN_RUN:
            return set()
        runs: dict[str, list[int]] = defaultdict(list)  # source -> item positions whose gram it holds
        for i in range(len(ws) - GRAM + 1):
            for source in self._holders.get(tuple(ws[i:i + GRAM]), ()):
                runs[source].append(i)
        need = max(MIN_RUN, MIN_COVER * len(ws))
        figures = {w for w in ws if w[:1].isdigit()}
        return {source for source, at in runs.items()
                if _longest_run(at) + GRAM - 1 >= need and figures <= self._figures[source]}


def _longest_run(positions: list[int]) -> int:
    """The longest stretch of consecutive positions (given in increasing order)."""
    best = run = 0
    last = -2
    for p in positions:
        run = run + 1 if p == last + 1 else 1
        best = max(best, run)
        last = p
    return best
