"""The gold stories' scores never fall below what briefbot reached: PASS counts and metric means as floors.

Scored in-process by ../shared/eval/score.py (see ``tests/quality.py``). Raise a floor when a change
lifts a score; a change that lowers one fails here and names the metric.
"""

from __future__ import annotations

import pytest

from tests.quality import EVAL, means, scored

pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(),
                                reason=f"the shared gold stories are not beside the project ({EVAL} is absent)")

FLOORS: dict[str, tuple[int, dict[str, float]]] = {
    "real": (12, {"what_ok": 0.99, "restriction_recall": 0.91, "dedup_ok": 0.99, "conflict_recall": 0.80,
                  "who_recall": 0.97, "role_accuracy": 0.97, "reaction_recall": 0.95}),
    "dev": (3, {"what_ok": 1.0, "restriction_recall": 0.93, "dedup_ok": 1.0, "conflict_recall": 0.88,
                "who_recall": 0.99, "reaction_recall": 0.99}),
    "seeds": (1, {"what_ok": 1.0, "restriction_recall": 1.0, "dedup_ok": 1.0, "who_recall": 1.0,
                  "reaction_recall": 0.99}),
    "heldout": (0, {"what_ok": 0.76, "restriction_recall": 0.34, "dedup_ok": 0.69, "conflict_recall": 0.22,
                    "who_recall": 0.76, "role_accuracy": 0.87, "reaction_recall": 0.78}),
    "invented": (86, {"what_ok": 0.93, "restriction_recall": 0.85, "dedup_ok": 0.94, "conflict_recall": 0.55,
                      "who_recall": 0.95, "role_accuracy": 0.94, "reaction_recall": 0.95}),
}
MAX_LEAKS = {"real": 0, "dev": 0, "seeds": 0, "invented": 3, "heldout": 0}
"""Boilerplate strings a set's briefings may show. Three invented stories' golds count a by-line's syndication credit
("By Ffion Okoro, Local Democracy Reporting Service") as clutter, where briefbot names the source after it, as it names
one after "By Jane Doe, Associated Press"."""


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_gold_scores_stay_at_or_above_their_floors(kind: str) -> None:
    rows = scored(kind)
    passes, floors = FLOORS[kind]
    got = means(rows)
    assert sum(r.passed for r in rows) >= passes, [(r.story, r.notes) for r in rows if not r.passed]
    below = {k: round(got.get(k, 0.0), 3) for k, floor in floors.items() if got.get(k, 0.0) < floor - 1e-9}
    assert below == {}, f"below the floors {floors}"
    assert got["boilerplate_leaks"] <= MAX_LEAKS[kind]
