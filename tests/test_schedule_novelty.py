"""``mode = "new"``: a target gets only what it has not been sent, else one "nothing new since" line."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.briefs import load_brief
from bot.model import Briefing, Item, Reaction, Source, Story
from bot.schedule.dispatch import dispatch
from bot.schedule.novelty import briefing_keys, nothing_new, unseen_part
from bot.settings import Settings
from bot.state.ledger import POSTED, Ledger
from bot.targets import Progress, Target
from tests.conftest import DEV_STORIES

pytestmark = pytest.mark.skipif(len(DEV_STORIES) < 2, reason="needs the dev stories of ../shared/eval/dev")

SLOT = datetime(2030, 1, 7, 6, 0, tzinfo=UTC)  # 07:00 in Berlin


class Recorder:
    def __init__(self) -> None:
        self.posts: list[tuple[str, Briefing]] = []

    async def __call__(self, briefing: Briefing, target: Target, settings: Settings, progress: Progress) -> None:
        self.posts.append((str(target), briefing))


def texts(briefing: Briefing) -> set[str]:
    return {item.text for story in briefing.stories for item in story.what}


async def test_new_mode_posts_only_what_each_target_has_not_seen(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(DEV_STORIES[0], articles)
    path = tmp_path / "morning.toml"
    path.write_text('name = "morning"\ntitle = "Morning"\nsources = ["articles"]\nschedule = "0 7 * * *"\n'
                    'timezone = "Europe/Berlin"\ndeliver = ["stdout", "slack:#news"]\nmode = "new"\n')
    brief = load_brief(path)
    settings = Settings(state=str(tmp_path / "state.db"))
    ledger, recorder = Ledger.open(settings.state), Recorder()
    stdout, slack = Target.parse("stdout"), Target.parse("slack:#news")

    await dispatch(brief, SLOT, [stdout], ledger, settings, send=recorder)
    [(_, first)] = recorder.posts
    assert first.stories and texts(first)

    # The next day, same articles: one line instead of a repeat, in the brief's timezone.
    await dispatch(brief, SLOT + timedelta(days=1), [stdout], ledger, settings, send=recorder)
    repeat = recorder.posts[-1][1]
    assert repeat.stories == [] and repeat.title == "Morning: nothing new since 07:00"

    # A second story arrives: only its items go out; nothing of the first story is repeated.
    for article in DEV_STORIES[1].iterdir():
        shutil.copy(article, articles / article.name)
    await dispatch(brief, SLOT + timedelta(days=2), [stdout, slack], ledger, settings, send=recorder)
    (_, update), (_, everything) = recorder.posts[-2:]
    assert update.stories and not texts(update) & texts(first)
    assert briefing_keys(update) == briefing_keys(everything) - briefing_keys(first)
    assert texts(everything) > texts(update)  # a target seeing its first briefing gets everything
    assert {s.id for s in update.sources} <= {s.id for s in everything.sources}

    history = ledger.history("morning")
    assert [(r.target, r.state) for r in history][-1] == ("stdout", POSTED)
    assert any(r.detail == "nothing new since 2030-01-07 07:00 CET" for r in history)
    archived = {r.target: ledger.archived(r.briefing_id or 0) for r in history if r.slot == SLOT + timedelta(days=2)}
    assert archived == {"stdout": update.to_dict(), "slack:#news": everything.to_dict()}  # each as it was posted


async def test_sources_that_cannot_be_briefed_fail_the_run_on_record(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('name = "broken"\nsources = ["gone"]\nschedule = "0 7 * * *"\ndeliver = ["stdout"]\n')
    settings = Settings(state=str(tmp_path / "state.db"))
    ledger, recorder = Ledger.open(settings.state), Recorder()

    [outcome] = await dispatch(load_brief(path), SLOT, [Target("stdout")], ledger, settings, send=recorder)

    assert recorder.posts == []
    assert outcome.state == "failed" and str(tmp_path / "gone") in outcome.message
    [row] = ledger.history("broken")
    assert (row.state, row.detail) == ("failed", outcome.detail)


def test_only_new_or_reworded_items_remain_and_only_their_sources() -> None:
    def story(sid: str, facts: list[tuple[str, str]], quote: tuple[str, str] | None = None) -> Story:
        reactions = [Reaction(speaker=quote[0], text=quote[1], sources=["3"])] if quote else []
        return Story(id=sid, headline=f"Story {sid}", sources=[s for _, s in facts],
                     what=[Item(text=t, sources=[s]) for t, s in facts], reactions=reactions)

    sources = [Source(id=str(n), title=f"Article {n}") for n in (1, 2, 3)]
    before = Briefing(brief="b", title="B", sources=sources, stories=[
        story("1", [("The port closed on Monday.", "1")], ("Mayor", "We will reopen soon.")),
        story("2", [("Exports fell 4%.", "2")])])
    after = Briefing(brief="b", title="B", sources=sources, stories=[
        story("1", [("The  port closed on MONDAY.", "1")], ("Mayor", "We will reopen within a week.")),
        story("2", [("Exports fell 4%.", "2"), ("Prices rose 9%.", "1")])])

    part = unseen_part(after, briefing_keys(before))
    assert part is not None
    assert [(s.id, [i.text for i in s.what], [r.text for r in s.reactions]) for s in part.stories] == [
        ("1", [], ["We will reopen within a week."]), ("2", ["Prices rose 9%."], [])]
    assert [s.id for s in part.sources] == ["1", "3"]
    assert unseen_part(before, briefing_keys(before)) is None
    note = nothing_new(before, datetime(2030, 1, 7, 7, 5))
    assert (note.title, note.stories, note.sources) == ("B: nothing new since 07:05", [], [])
