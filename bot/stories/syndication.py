"""Independent corroboration: how many outlets report a story on their own.

The same wire text run by several outlets is one report, not several: articles whose opening text is
nearly identical (rapidfuzz) are folded together, and so are articles from the same outlet. Every copy
stays in the story and stays cited; only the ranking counts them once.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.stories.profile import Profile

SYNDICATED_SIMILARITY = 90.0
"""rapidfuzz ratio (0-100) of two openings above which one is a copy of the other."""
OPENING_CHARS = 400


def opening(p: Profile) -> str:
    return " ".join(p.lead.split()).casefold()[:OPENING_CHARS]


def independent_reports(profiles: list[Profile]) -> int:
    """Independent reports among one story's ``profiles``: copies and same-outlet pieces count once."""
    parent = list(range(len(profiles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of_outlet: dict[str, int] = {}
    for i, p in enumerate(profiles):
        parent[root(i)] = root(first_of_outlet.setdefault(p.outlet, i))
    openings = [opening(p) for p in profiles]
    for i in range(len(profiles)):
        for j in range(i + 1, len(profiles)):
            if root(i) != root(j) and openings[i] and \
                    fuzz.ratio(openings[i], openings[j], score_cutoff=SYNDICATED_SIMILARITY):
                parent[root(j)] = root(i)
    return len({root(i) for i in range(len(profiles))})
