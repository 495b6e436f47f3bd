"""Why the briefing says what it says, for ``--explain``.

- ``items``: each briefing item with every sentence merged into it, as its source wrote it, why each
  one belongs (near-verbatim copy, contained in a longer wording, same quotation, a lead agreeing
  with the chosen lead) and why the item is in its section.
- ``who``: each listed actor with the spellings merged under one name, by source, and the evidence
  that they act in the story (a role, a statement, a headline).
- ``left_out``: statements the summarizer weighed and did not use, and why (a speaker already quoted
  more widely, a weaker rule, a repeat, a number counting something else).
- ``dropped``: lines removed from the pages as clutter, and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

Member = tuple[str, str] | tuple[str, str, str]  # (source id, sentence as written[, why it belongs])


@dataclass
class Explanation:
    """Collects, while a briefing is built, what went into each item and what was left out."""

    dropped: list[dict[str, str]] = field(default_factory=list)
    merges: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    left_out: list[dict[str, Any]] = field(default_factory=list)

    def drop(self, source_id: str, text: str, reason: str) -> None:
        self.dropped.append({"source": source_id, "text": text, "reason": reason})

    def merge(self, section: str, text: str, members: Sequence[Member], reason: str,
              *, story: str | None = None) -> None:
        """``members`` are the (source id, sentence[, why]) merged into ``text``; repeats are listed once."""
        seen: set[tuple[str, str]] = set()
        merged = []
        for member in members:
            source, sentence = member[0], member[1]
            if (source, sentence) in seen:
                continue
            seen.add((source, sentence))
            entry = {"source": source, "sentence": sentence}
            if len(member) > 2:
                entry["why"] = member[2]
            merged.append(entry)
        item: dict[str, Any] = {"section": section, "text": text, "merged": merged, "reason": reason}
        if story is not None:
            item["story"] = story
        self.merges.append(item)

    def actor(self, name: str, spellings: dict[str, list[str]], evidence: str, *, story: str) -> None:
        """A listed actor: ``spellings`` maps each form of the name to the sources writing it."""
        self.actors.append({"story": story, "name": name, "spellings": spellings, "evidence": evidence})

    def leave_out(self, section: str, text: str, sources: Sequence[str], reason: str, *, story: str) -> None:
        self.left_out.append({"story": story, "section": section, "text": text, "sources": list(sources),
                              "reason": reason})

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.merges, "who": self.actors, "left_out": self.left_out, "dropped": self.dropped}
