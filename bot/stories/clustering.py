"""Which articles tell the same story: blocking, then average-linkage merging.

Blocking: every article is indexed under its few most distinctive terms; only articles that share one
are ever compared, so a feed of thousands costs about as many comparisons as it has articles.
Merging: candidate pairs are taken from most to least similar, and two groups merge only if the
*average* similarity between all their members clears a bar, so a chain of loosely related articles
(same country, same person, different event) does not collapse into one story.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

from bot.stories.profile import Profile, cosine

KEYS_PER_ARTICLE = 12
PAIR_THRESHOLD = 0.15
GROUP_THRESHOLD = 0.16


def candidate_pairs(profiles: list[Profile]) -> set[tuple[int, int]]:
    """Pairs of articles sharing at least one of each other's most distinctive terms."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for term in sorted(p.vector, key=p.vector.__getitem__, reverse=True)[:KEYS_PER_ARTICLE]:
            index[term].append(i)
    limit = max(50, int(len(profiles) ** 0.5) * 4)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if 1 < len(members) <= limit:
            pairs.update(combinations(members, 2))
    return pairs


def combined(who: float, what: float) -> float:
    """Same story = same actors *and* same happening: the geometric mean of the two similarities."""
    return math.sqrt(max(who, 0.0) * max(what, 0.0))


def similarity(a: Profile, b: Profile) -> float:
    if not a.who or not b.who:
        return cosine(a.what, b.what)
    return combined(cosine(a.who, b.who), cosine(a.what, b.what))


def clusters(profiles: list[Profile]) -> list[list[int]]:
    """Groups of article indexes, each in input order, groups ordered by their first article."""
    edges = []
    for i, j in candidate_pairs(profiles):
        sim = similarity(profiles[i], profiles[j])
        if sim >= PAIR_THRESHOLD:
            edges.append((sim, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    group_of = list(range(len(profiles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(profiles))}
    who: dict[int, dict[str, float]] = {i: dict(p.who) for i, p in enumerate(profiles)}
    what: dict[int, dict[str, float]] = {i: dict(p.what) for i, p in enumerate(profiles)}
    for _sim, i, j in edges:
        a, b = group_of[i], group_of[j]
        if a == b:
            continue
        size = len(members[a]) * len(members[b])
        average = combined(cosine(who[a], who[b]) / size, cosine(what[a], what[b]) / size)
        if average < GROUP_THRESHOLD:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for k in members[b]:
            group_of[k] = a
        members[a].extend(members.pop(b))
        for sums in (who, what):
            total = sums[a]
            for term, value in sums.pop(b).items():
                total[term] = total.get(term, 0.0) + value
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
