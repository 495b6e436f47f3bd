"""A partition of ``0..n-1`` into groups (union-find): copies of a sentence, copies of an article."""

from __future__ import annotations


class Partition:
    """Disjoint groups with path halving; a merged group's representative is its smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The representative of ``i``'s group."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        """The members of each group, in order, groups in the order of their first member."""
        members: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            members.setdefault(self.find(i), []).append(i)
        return list(members.values())

    def count(self) -> int:
        """How many groups there are."""
        return len({self.find(i) for i in range(len(self.parent))})
