"""``top``, ``include`` and ``exclude``: whole words in titles and leads, applied before clustering."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.briefs import Brief
from bot.explain import Explanation
from bot.model import Article, Briefing, Source
from bot.pipeline import briefing_stories
from bot.schedule.dispatch import dispatch
from bot.selection import Selection
from bot.settings import Settings
from bot.state.ledger import Ledger, now
from bot.targets import Progress, Target
from tests.conftest import Result


def article(n: int, title: str, lead: str = "Officials spoke on Monday.", rest: str = "") -> Article:
    paragraphs = [lead, rest] if rest else [lead]
    return Article(source=Source(id=str(n), title=title), paragraphs=paragraphs)


@pytest.mark.parametrize(("words", "text", "kept"), [
    (["rail"], "Rail strike halts trains", True),
    (["rail"], "Unions call a strike on the rail, again", True),
    (["rail"], "Railway workers walk out", False),  # a whole word, not a part of one
    (["rail"], "A trailer overturned", False),
    (["North Sea"], "Storm closes north   sea ports", True),  # any case, any spacing
    (["North Sea"], "North of the sea wall", False),
    (["C++"], "A C++ compiler ships", True),  # the word is taken as written, not as a pattern
    (["e.g"], "eXg", False),
])
def test_include_matches_whole_words_and_phrases_case_insensitively(words: list[str], text: str, kept: bool) -> None:
    assert (Selection(include=tuple(words)).refusal(article(1, text)) is None) is kept
    assert (Selection(exclude=tuple(words)).refusal(article(1, text)) is None) is not kept


def test_the_filters_read_the_title_and_lead_but_not_the_rest() -> None:
    chosen = Selection(include=("ferry",))
    assert chosen.refusal(article(1, "Port reopens", lead="The ferry sails again.")) is None
    refusal = chosen.refusal(article(2, "Port reopens", rest="A ferry was mentioned deep in the text."))
    assert refusal == "filtered out: none of include = ['ferry'] is in its title or lead"


def test_exclude_wins_over_include_and_each_article_left_out_is_explained() -> None:
    articles = [article(1, "Rail strike halts trains"), article(2, "Rail strike: the football fans stranded"),
                article(3, "Cabinet meets")]
    explanation = Explanation()
    kept = Selection(include=("rail",), exclude=("football",)).kept(articles, explanation)
    assert [a.source.id for a in kept] == ["1"]
    drops = json.dumps(explanation.to_dict())
    assert "exclude has 'football'" in drops and "none of include = ['rail']" in drops


def test_flags_override_the_brief_one_by_one() -> None:
    brief = Selection(top=3, include=("rail",), exclude=("sport",))
    assert brief.overridden() == brief
    assert brief.overridden(top=1, exclude=[]) == Selection(top=1, include=("rail",), exclude=())


def test_filters_apply_before_stories_are_grouped() -> None:
    rail = [article(n, f"Rail strike day {n} halts trains across the country",
                    lead="Rail unions halted trains across the country on Monday, the unions said.") for n in range(3)]
    storm = [article(n, f"Storm {n} closes ports on the coast",
                     lead="A storm closed ports on the coast on Monday, officials said.") for n in range(3, 6)]
    every = briefing_stories(rail + storm)
    assert len(every) == 2
    [only] = briefing_stories(rail + storm, selection=Selection(exclude=("rail",)))
    assert set(only.sources) == {"3", "4", "5"}
    assert briefing_stories(rail + storm, selection=Selection(top=1)) == every[:1]


def test_brief_and_post_take_the_flags_and_the_brief_file_its_keys(cli: Callable[..., Result], tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    (tmp_path / "b.toml").write_text(f'name = "b"\nsources = ["{seeds}"]\nexclude = ["permits"]\n', encoding="utf-8")
    filtered = cli("brief", "--brief", "b", "--briefs", str(tmp_path), "--format", "json")
    assert filtered.code == 0, filtered.err
    assert json.loads(filtered.out)["stories"] != []  # two seed titles say "Permits", three do not
    everything = cli("brief", "--brief", "b", "--briefs", str(tmp_path), "--format", "json", "--exclude", "zzzz")
    kept = len(json.loads(everything.out)["stories"][0]["sources"])
    assert len(json.loads(filtered.out)["stories"][0]["sources"]) == 3 and kept == 5
    none = cli("brief", str(seeds), "--include", "zzzz", "--format", "json")
    assert none.code == 0 and json.loads(none.out)["stories"] == []


async def test_a_scheduled_or_posted_run_briefs_what_the_brief_file_selects(tmp_path: Path) -> None:
    sent: list[Briefing] = []

    async def send(briefing: Briefing, target: Target, settings: Settings, progress: Progress) -> None:
        sent.append(briefing)

    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    brief = Brief(name="b", sources=[seeds], include=("permits",), top=1)
    ledger = Ledger.open(str(tmp_path / "state.db"))
    await dispatch(brief, now(), [Target("stdout")], ledger, Settings(), send=send)
    [briefing] = sent
    assert len(briefing.stories) == 1 and len(briefing.stories[0].sources) == 2
