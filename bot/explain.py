"""Why the briefing says what it says: merges made and clutter dropped, for ``--explain``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Explanation:
    """Collects, while a briefing is built, what was merged into each item and what was dropped."""

    dropped: list[dict[str, str]] = field(default_factory=list)
    merges: list[dict[str, Any]] = field(default_factory=list)

    def drop(self, source_id: str, text: str, reason: str) -> None:
        self.dropped.append({"source": source_id, "text": text, "reason": reason})

    def merge(self, section: str, text: str, members: list[tuple[str, str]], reason: str) -> None:
        """``members`` are (source id, sentence as that source wrote it) pairs merged into ``text``."""
        self.merges.append({
            "section": section,
            "text": text,
            "merged": [{"source": s, "sentence": m} for s, m in members],
            "reason": reason,
        })

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.merges, "dropped": self.dropped}
