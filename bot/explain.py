"""Why the briefing says what it says: merges made and clutter dropped, for ``--explain``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Explanation:
    """Collects, while a briefing is built, what was merged into each item and what was dropped.

    Each item lists every sentence merged into it, as its source wrote it, and why they were merged
    (same quotation, reported speech, rule language, lead agreed with by other leads).
    """

    dropped: list[dict[str, str]] = field(default_factory=list)
    merges: list[dict[str, Any]] = field(default_factory=list)

    def drop(self, source_id: str, text: str, reason: str) -> None:
        self.dropped.append({"source": source_id, "text": text, "reason": reason})

    def merge(self, section: str, text: str, members: list[tuple[str, str]], reason: str,
              *, story: str | None = None) -> None:
        """``members`` are (source id, sentence as that source wrote it) pairs merged into ``text``."""
        seen: set[tuple[str, str]] = set()
        merged = []
        for s, m in members:
            if (s, m) not in seen:
                seen.add((s, m))
                merged.append({"source": s, "sentence": m})
        entry: dict[str, Any] = {"section": section, "text": text, "merged": merged, "reason": reason}
        if story is not None:
            entry["story"] = story
        self.merges.append(entry)

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.merges, "dropped": self.dropped}
