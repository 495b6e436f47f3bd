"""Which articles tell the same story: blocking, a who-and-what similarity, average-linkage merging.

Blocking: every article is indexed under its most distinctive terms and compared only with the few
articles that share most of them, so a feed of thousands costs a bounded number of comparisons per
article instead of all pairs.

Similarity: the geometric mean of two cosines, one over named actors and places (words the input writes
capitalised), one over everything else (what happened). Sharing a country or a person gives the first
but not the second, and the same kind of event somewhere else gives the second but not the first:
either way the product stays low. Reports published far apart count less (``closeness``).

Merging: candidate pairs are taken from most to least similar, and two groups merge only if the
*average* similarity between all their members clears ``GROUP_THRESHOLD`` (computed from per-group
sums of unit vectors, so a merge check costs the same whatever the group sizes), so a chain of loosely
related articles does not collapse into one story. A second, laxer pass (``LONE_THRESHOLD``) lets an
article still on its own join the story it is closest to: one report told from an odd angle, or a
short item, is more often part of a bigger story than a story of its own. Last, an article still alone
whose headline nearly matches another's (``same_headline``) joins that article's story.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from rapidfuzz import fuzz

from bot.stories.profile import Profile, cosine

KEYS_PER_ARTICLE = 12
CANDIDATES_PER_ARTICLE = 40
PAIR_THRESHOLD = 0.08
"""Pairs less similar than this never start a merge."""
GROUP_THRESHOLD = 0.14
"""Two groups are one story if their members' average similarity reaches this."""
SAME_NEWS_DAYS = 7.0
DECAY_DAYS = 120.0
DISTANT_FACTOR = 0.5
LONE_THRESHOLD = 0.08
"""An article left alone joins a group if its average similarity to the group reaches this."""
SAME_HEADLINE = 90.0
HEADLINE_WORDS = 5
"""An article left alone joins a group if its average similarity to the group reaches this."""


def candidate_pairs(profiles: list[Profile]) -> list[tuple[int, int]]:
    """Pairs worth comparing, ``(i, j)`` with ``i < j``, each once, in sorted order: each article with the few
    others sharing most of its distinctive terms.

    Every article is indexed under its ``KEYS_PER_ARTICLE`` heaviest terms; a term listed by more than
    ``limit`` articles is not distinctive and is ignored. Each article keeps at most
    ``CANDIDATES_PER_ARTICLE`` partners, so the work grows with the number of articles, not its square.

    Each article's later partners are gathered in a set of its own, so the sorted pairs are the articles in
    order, each with its later partners sorted (small integers, compared by C code), not a set of tuples
    sorted by comparing tuples (their first integers, then their second ones, through generic comparisons).
    """
    index: dict[str, list[int]] = defaultdict(list)
    keys = []
    for i, p in enumerate(profiles):
        # The terms of the largest weights, ties in the terms' order (``sorted`` is stable, as ``heapq.nlargest``
        # is), their places sorted by C code.
        terms = list(p.terms)
        top = [terms[k] for k in sorted(range(len(terms)), key=p.weights.__getitem__, reverse=True)[:KEYS_PER_ARTICLE]]
        keys.append(top)
        for term in top:
            index[term].append(i)
    limit = max(50, int(4 * math.sqrt(len(profiles))))
    later: list[set[int]] = [set() for _ in profiles]
    for i, top in enumerate(keys):
        shared: Counter[int] = Counter()
        for term in top:
            postings = index[term]
            if len(postings) <= limit:
                shared.update(postings)
        del shared[i]
        # ``shared.most_common(n)``, the same partners (ties in first-seen order, as ``sorted`` is stable),
        # but ordered by C code instead of ``heapq.nlargest``'s Python loop over every partner.
        partners = shared if len(shared) <= CANDIDATES_PER_ARTICLE else \
            sorted(shared, key=shared.__getitem__, reverse=True)[:CANDIDATES_PER_ARTICLE]
        mine = later[i]
        for j in partners:
            if i < j:
                mine.add(j)
            else:
                later[j].add(i)
    return [(i, j) for i, mine in enumerate(later) for j in sorted(mine)]


def combined(who: float, what: float) -> float:
    """Same story = same actors *and* same happening: the geometric mean of the two similarities."""
    return math.sqrt(max(who, 0.0) * max(what, 0.0))


def closeness(a: float | None, b: float | None) -> float:
    """1 for reports published within a few days of each other, less the further apart they are.

    News of one event is published in a burst; the same actors doing something else months later is
    another story. Undated articles are not penalised.
    """
    if a is None or b is None:
        return 1.0
    gap = abs(a - b) - SAME_NEWS_DAYS
    return 1.0 if gap <= 0 else max(DISTANT_FACTOR, math.exp(-gap / DECAY_DAYS))


def same_headline(a: Profile, b: Profile) -> bool:
    """Near-identical headlines of some length, days apart at most: a wire copy, or a feed item too short
    to compare by its text."""
    return min(a.title.count(" "), b.title.count(" ")) + 1 >= HEADLINE_WORDS and \
        closeness(a.day, b.day) == 1.0 and fuzz.ratio(a.title, b.title, score_cutoff=SAME_HEADLINE) > 0


@dataclass
class Group:
    """Articles merged so far, with the sums of their unit vectors and their publication days."""

    members: list[int]
    who: dict[str, float]
    what: dict[str, float]
    days: list[float] = field(default_factory=list)
    day: float | None = None
    """The median publication day (worked out when the group grows, not at every comparison). A plain attribute,
    not a property: every pair and merge check reads it twice."""

    @classmethod
    def of(cls, index: int, p: Profile) -> Group:
        return cls([index], dict(p.who), dict(p.what), [] if p.day is None else [p.day], p.day)

    def similarity(self, other: Group, floor: float) -> float | None:
        """The average similarity of every article here to every article there, or ``None`` when it
        cannot reach ``floor``.

        Each what-cosine is at most 1, so when the actors' cosine times the square of the closeness is
        below ``floor`` squared the average is out before the what-cosine (over many more terms) is
        computed: a quarter of the candidate pairs, which share words but not actors, and a fifth of the
        merge checks at 4,000 articles. The margin keeps a rounding error from dropping a pair at the edge.
        """
        pairs = len(self.members) * len(other.members)
        near = closeness(self.day, other.day)
        if not (self.who and other.who):
            return cosine(self.what, other.what) / pairs * near
        who = cosine(self.who, other.who) / pairs
        if who * near * near < floor ** 2 * (1 - 1e-9):
            return None
        return combined(who, cosine(self.what, other.what) / pairs) * near

    def absorb(self, other: Group) -> None:
        self.members.extend(other.members)
        self.days.extend(other.days)
        self.day = sorted(self.days)[len(self.days) // 2] if self.days else None
        for mine, theirs in ((self.who, other.who), (self.what, other.what)):
            for term, value in theirs.items():
                mine[term] = mine.get(term, 0.0) + value


def clusters(profiles: list[Profile]) -> list[list[int]]:
    """Groups of article indexes, each in input order, groups ordered by their first article.

    A merge check between two groups is remembered, within a pass, until either grows (groups only grow,
    so their sizes tell their state): the many edges between the same two stories cost one comparison.
    A check between two articles still alone is their edge's similarity, already known: the groups are the
    two articles as they were compared (the same vectors, the same day, one pair), and only the floor the
    check is given differs, which drops a pair only where its similarity stays below that floor anyway.
    """
    groups = {i: Group.of(i, p) for i, p in enumerate(profiles)}
    pairs = candidate_pairs(profiles)  # sorted, for both passes over the pairs
    edges = []
    for i, j in pairs:  # an article's pairs one after another: its vectors stay in the CPU's cache
        sim = groups[i].similarity(groups[j], PAIR_THRESHOLD)
        if sim is not None and sim >= PAIR_THRESHOLD:
            edges.append((sim, i, j))
    # Most similar first, ties in pair order: the edges were appended in pair order and a reversed sort is stable.
    edges.sort(key=itemgetter(0), reverse=True)
    group_of = list(range(len(profiles)))
    checked: dict[tuple[int, int, int, int, float], float | None] = {}
    for threshold, lone_only in ((GROUP_THRESHOLD, False), (LONE_THRESHOLD, True)):
        for pair_sim, i, j in edges:
            a, b = group_of[i], group_of[j]
            if a == b:
                continue
            sizes = len(groups[a].members), len(groups[b].members)
            if sizes == (1, 1):
                sim = pair_sim
            elif lone_only and min(sizes) > 1:
                continue
            else:
                key = (a, b, *sizes, threshold)
                if key not in checked:
                    checked[key] = groups[a].similarity(groups[b], threshold)
                sim = checked[key]
            if sim is None or sim < threshold:
                continue
            if sizes[0] < sizes[1]:
                a, b = b, a
            for k in groups[b].members:
                group_of[k] = a
            groups[a].absorb(groups.pop(b))
    for i, j in pairs:
        a, b = group_of[i], group_of[j]
        if a != b and min(len(groups[a].members), len(groups[b].members)) == 1 \
                and same_headline(profiles[i], profiles[j]):
            if len(groups[a].members) < len(groups[b].members):
                a, b = b, a
            for k in groups[b].members:
                group_of[k] = a
            groups[a].absorb(groups.pop(b))
    return sorted((sorted(g.members) for g in groups.values()), key=lambda m: m[0])
