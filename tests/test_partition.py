"""The union-find behind copies of a sentence and copies of an article."""

from __future__ import annotations

from bot.partition import Partition


def test_groups_list_each_groups_members_in_order_and_singletons_stay_alone() -> None:
    groups = Partition(6)
    groups.union(4, 1)
    groups.union(5, 1)
    groups.union(3, 2)
    assert groups.groups() == [[0], [1, 4, 5], [2, 3]]
    assert groups.count() == 3
