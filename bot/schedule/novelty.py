"""``mode = "new"``: the part of a briefing that a target has not seen yet.

Every item (actor, fact, restriction, reaction, conflict) gets a key from its kind and its normalised
text, so an item whose wording changed counts as new and one repeated word for word does not, whatever
story id or source numbers it has this time. A story is posted if it has at least one new item, and
then with its new items only.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime

from bot.model import Briefing, Item, Story


def item_key(kind: str, *parts: str) -> str:
    text = "\x1f".join(" ".join(part.split()).casefold() for part in parts)
    return hashlib.sha256(f"{kind}\x1e{text}".encode()).hexdigest()[:32]


def story_keys(story: Story) -> dict[int, str]:
    """The key of each item of ``story``, by the item's ``id()``."""
    keys: dict[int, str] = {}
    for actor in story.who:
        keys[id(actor)] = item_key("who", actor.name)
    for kind, items in (("what", story.what), ("restriction", story.restrictions)):
        for item in items:
            keys[id(item)] = item_key(kind, item.text)
    for reaction in story.reactions:
        keys[id(reaction)] = item_key("reaction", reaction.speaker, reaction.text)
    for conflict in story.conflicts:
        keys[id(conflict)] = item_key("conflict", conflict.about, *(c.text for c in conflict.claims))
    return keys


def briefing_keys(briefing: Briefing) -> set[str]:
    return {key for story in briefing.stories for key in story_keys(story).values()}


def unseen_part(briefing: Briefing, seen: set[str]) -> Briefing | None:
    """``briefing`` with only the items whose keys are not in ``seen``; ``None`` if nothing is new."""
    stories: list[Story] = []
    for story in briefing.stories:
        keys = story_keys(story)

        def new(item: object, keys: dict[int, str] = keys) -> bool:
            return keys[id(item)] not in seen

        part = replace(story, who=[a for a in story.who if new(a)], what=[i for i in story.what if new(i)],
                       restrictions=[i for i in story.restrictions if new(i)],
                       reactions=[r for r in story.reactions if new(r)],
                       conflicts=[c for c in story.conflicts if new(c)])
        if part.who or part.what or part.restrictions or part.reactions or part.conflicts:
            stories.append(part)
    if not stories:
        return None
    cited = {sid for story in stories for sid in _cited(story)}
    return replace(briefing, stories=stories, sources=[s for s in briefing.sources if s.id in cited])


def nothing_new(briefing: Briefing, since: datetime) -> Briefing:
    """The one-line briefing posted instead of a repeat: "<title>: nothing new since HH:MM"."""
    title = briefing.title or briefing.brief
    return replace(briefing, title=f"{title}: nothing new since {since:%H:%M}", stories=[], sources=[])


def _cited(story: Story) -> set[str]:
    items: list[Item] = [*story.what, *story.restrictions, *(c for x in story.conflicts for c in x.claims)]
    ids = {sid for item in items for sid in item.sources}
    ids.update(sid for r in story.reactions for sid in r.sources)
    ids.update(sid for a in story.who for sid in a.sources)
    return ids
