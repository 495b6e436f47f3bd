"""The briefing as data: what the pipeline builds and every renderer and adapter reads.

``Briefing.to_dict()`` is exactly the ``briefing/1`` JSON contract
(``../shared/contract/briefing.schema.json``). Nothing here knows about a chat platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

SCHEMA = "briefing/1"

Status = Literal["ok", "skipped"]


@dataclass
class Source:
    """One input that was tried: a file, a page or a feed entry."""

    id: str
    title: str
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    published: str | None = None
    status: Status = "ok"
    error: str | None = None

    @property
    def label(self) -> str:
        """How the source is named to a reader: outlet, else the file or URL it came from."""
        return self.outlet or self.url or self.path or self.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet or "",
            "title": self.title,
            "url": self.url,
            "path": self.path,
            "published": self.published,
            "status": self.status,
            "error": self.error,
        }


@dataclass
class Article:
    """The readable part of one source: its cleaned body, paragraph by paragraph.

    ``dropped`` keeps each line removed as page clutter with the reason, for ``--explain``.
    ``unusable`` says why the page is no news article at all (a paywall stub, a search page...): the
    source is then skipped with that reason.
    """

    source: Source
    paragraphs: list[str]
    dropped: list[tuple[str, str]] = field(default_factory=list)
    unusable: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Item:
    """One deduplicated statement with every source that carries it."""

    text: str
    sources: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "sources": list(self.sources)}


@dataclass
class Actor:
    """Someone the story is about: a person, body or country, with the role the articles give them."""

    name: str
    sources: list[str]
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "aliases": list(self.aliases), "sources": list(self.sources)}


@dataclass
class Reaction:
    """What one speaker said; ``quote`` when the words shown stand verbatim in a source."""

    speaker: str
    text: str
    sources: list[str]
    role: str | None = None
    quote: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "role": self.role, "text": self.text, "quote": self.quote,
                "sources": list(self.sources)}


@dataclass
class Conflict:
    """Where the sources disagree (``about``: the figure, date or name), each claim citing its sources."""

    about: str
    claims: list[Item]

    def to_dict(self) -> dict[str, Any]:
        return {"about": self.about, "claims": [c.to_dict() for c in self.claims]}


@dataclass
class Story:
    """One story's briefing: who, what, restrictions, reactions and conflicts, every line citing its sources."""

    id: str
    headline: str
    sources: list[str]
    who: list[Actor] = field(default_factory=list)
    what: list[Item] = field(default_factory=list)
    restrictions: list[Item] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "sources": list(self.sources),
            "who": [a.to_dict() for a in self.who],
            "what": [i.to_dict() for i in self.what],
            "restrictions": [i.to_dict() for i in self.restrictions],
            "reactions": [r.to_dict() for r in self.reactions],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }


@dataclass
class Briefing:
    """Every story of one run of a brief, with the sources read (skipped ones included)."""

    brief: str
    sources: list[Source]
    stories: list[Story]
    title: str | None = None
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    page_url: str | None = None  # where the full briefing can be read (BRIEFBOT_PUBLIC_URL); not in the JSON

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    @property
    def skipped(self) -> list[Source]:
        return [s for s in self.sources if s.status == "skipped"]

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Briefing:
        """The briefing a ``briefing/1`` document (``to_dict``, as archived) describes."""
        sources = [Source(id=s["id"], title=s["title"], outlet=s.get("outlet") or None, url=s.get("url"),
                          path=s.get("path"), published=s.get("published"), status=s.get("status", "ok"),
                          error=s.get("error")) for s in document["sources"]]

        def items(entries: list[dict[str, Any]]) -> list[Item]:
            return [Item(text=e["text"], sources=list(e["sources"])) for e in entries]

        stories = [Story(
            id=s["id"], headline=s["headline"], sources=list(s["sources"]),
            who=[Actor(name=a["name"], sources=list(a["sources"]), role=a.get("role"),
                       aliases=list(a.get("aliases", []))) for a in s.get("who", [])],
            what=items(s.get("what", [])), restrictions=items(s.get("restrictions", [])),
            reactions=[Reaction(speaker=r["speaker"], text=r["text"], sources=list(r["sources"]), role=r.get("role"),
                                quote=bool(r.get("quote"))) for r in s.get("reactions", [])],
            conflicts=[Conflict(about=c["about"], claims=items(c["claims"])) for c in s.get("conflicts", [])],
        ) for s in document["stories"]]
        return cls(brief=document["brief"], sources=sources, stories=stories,
                   generated_at=datetime.fromisoformat(document["generated_at"]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "brief": self.brief,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "sources": [s.to_dict() for s in self.sources],
            "stories": [s.to_dict() for s in self.stories],
        }
