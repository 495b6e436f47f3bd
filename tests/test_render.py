"""Text, Markdown and JSON output: what a reader of the dry run sees."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import jsonschema
import pytest

from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.render import render
from tests.conftest import SCHEMA

HOSTILE = "@everyone look <!channel> <@U123> <@&1> @here *bold* _it_ `code` [x](http://e.vil)"


def briefing(text: str = "Kestria bans exports from 1 April.") -> Briefing:
    sources = [
        Source(id="1", title="Exports banned", outlet="Tidings", path="/tmp/a.txt"),
        Source(id="2", title="b.txt", path="/tmp/b.txt"),
        Source(id="3", title="c.bin", path="/tmp/c.bin", status="skipped", error="is a binary file, not text"),
    ]
    story = Story(
        id="abc",
        headline="Exports banned",
        sources=["1", "2"],
        who=[Actor(name="Ana Berg", role="trade minister", sources=["1", "2"], aliases=["Berg"])],
        what=[Item(text=text, sources=["1", "2"])],
        restrictions=[Item(text="Licences only for members.", sources=["2"])],
        reactions=[Reaction(speaker="Ana Berg", text="We will act.", quote=True, sources=["1"])],
        conflicts=[Conflict(about="share of world output",
                            claims=[Item(text="about 70 percent", sources=["1"]),
                                    Item(text="almost 60 per cent", sources=["2"])])],
    )
    return Briefing(brief="test", title="Trade", sources=sources, stories=[story])


def test_text_has_every_section_and_every_line_cites_its_sources() -> None:
    out = render(briefing(), "text")
    for heading in ("Who", "What", "Restrictions", "Reactions", "Conflicts", "Sources"):
        assert re.search(rf"^{heading}$", out, re.M), heading
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(bullets) == 5
    assert all(re.search(r"\[\d+\]", line) for line in bullets)
    assert "- Ana Berg: “We will act.” [1]" in out
    assert "about 70 percent [1] vs almost 60 per cent [2]" in out
    assert out.splitlines()[1] == "1 story from 2 sources, 1 could not be read"  # counted, never listed
    assert "c.bin" not in out and "binary" not in out


def test_markdown_has_headings_and_sources() -> None:
    out = render(briefing(), "markdown")
    assert out.startswith("# Trade\n")
    assert "## Exports banned [1][2]" in out
    assert "**Restrictions**" in out and "**Sources**\n\n- [1] Tidings: Exports banned\n" in out
    assert "c.bin" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_article_text_cannot_mention_anyone(fmt: str) -> None:
    out = render(briefing(HOSTILE), fmt)
    assert not re.search(r"@(everyone|here)\b", out)
    assert not re.search(r"<[@!]", out)


def test_markdown_escapes_markup_from_articles() -> None:
    out = render(briefing(HOSTILE), "markdown")
    line = next(line for line in out.splitlines() if "look" in line)
    assert r"\*bold\*" in line and r"\_it\_" in line and r"\`code\`" in line and r"\[x\]" in line


def test_json_follows_the_contract() -> None:
    data = json.loads(render(briefing(), "json"))
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    assert data["sources"][1]["outlet"] == ""  # unknown, never invented
    assert data["sources"][2] == {"id": "3", "outlet": "", "title": "c.bin", "url": None, "path": "/tmp/c.bin",
                                  "published": None, "status": "skipped", "error": "is a binary file, not text"}


@pytest.mark.parametrize("fmt", ["text", "markdown", "slack"])
def test_a_briefing_with_nothing_new_is_its_title_alone(fmt: str) -> None:
    empty = Briefing(brief="test", title="Morning: nothing new since 07:00", sources=[], stories=[])
    out = render(empty, fmt)
    assert "nothing new since 07:00" in out
    for noise in ("0 stories", "Sources", "No stories"):
        assert noise not in out


SOURCE_LISTS = {
    "text": ["Sources", "[1] Tidings: Exports banned", "[2] Ports reopen (/srv/news/ports.txt)",
             "[3] Strike ends (https://news.example/c)", "[5] /srv/news/untitled.txt"],
    "markdown": ["**Sources**", "- [1] Tidings: [Exports banned](https://news.example/a)",
                 "- [2] Ports reopen (/srv/news/ports.txt)", "- [3] [Strike ends](https://news.example/c)",
                 "- [5] /srv/news/untitled.txt"],
}


@pytest.mark.parametrize("fmt", sorted(SOURCE_LISTS))
def test_each_story_lists_the_sources_it_cites_by_the_same_rule(fmt: str) -> None:
    """``outlet: title``, else ``title (file or URL)``, the title whole and linked where the format can link;
    each story lists only its own sources, in the briefing's order, and a skipped source is never listed."""
    sources = [Source(id="1", title="Exports banned", outlet="Tidings", url="https://news.example/a"),
               Source(id="2", title="Ports reopen", path="/srv/news/ports.txt"),
               Source(id="3", title="Strike ends", url="https://news.example/c"),
               Source(id="4", title="c.bin", path="/srv/news/c.bin", status="skipped", error="is a binary file"),
               Source(id="5", title="", path="/srv/news/untitled.txt"),
               Source(id="6", title="A story of its own with a long title", path="/srv/news/other.txt")]
    stories = [replace(briefing().stories[0], sources=["5", "3", "4", "1", "2", "3"]),
               Story(id="x", headline="Other", sources=["6"], what=[Item(text="Other news.", sources=["6"])])]
    out = render(Briefing(brief="test", title="Trade", sources=sources, stories=stories), fmt)
    first, second = out.split("Other news.")
    assert [line for line in first.splitlines() if line in SOURCE_LISTS[fmt]] == SOURCE_LISTS[fmt]
    assert "A story of its own with a long title (/srv/news/other.txt)" in second  # whole, not cut to 5 words
    assert "Exports banned" not in second and "c.bin" not in out


def test_a_line_break_in_article_text_cannot_start_markdown_structure() -> None:
    out = render(briefing("Talks end.\n# Breaking\n- fake item\n1. fake step"), "markdown")
    assert [line for line in out.splitlines() if "Talks end." in line] == [
        "- Talks end. # Breaking - fake item 1. fake step [1][2]"]


def test_text_shows_the_top_of_long_sections_and_says_how_many_there_are() -> None:
    full = briefing()
    story = full.stories[0]
    story.reactions = [Reaction(speaker=f"Speaker {k}", text=f"Statement {k}.", sources=["1"]) for k in range(10)]
    text = render(full, "text")
    assert "Reactions (5 of 10)" in text
    assert "Speaker 4:" in text and "Speaker 5:" not in text
    assert len(json.loads(render(full, "json"))["stories"][0]["reactions"]) == 10


def test_text_clips_a_long_quote_but_json_keeps_it_whole() -> None:
    long_quote = " ".join(f"w{k}" for k in range(60))
    full = briefing()
    full.stories[0].reactions = [Reaction(speaker="Ana Berg", text=long_quote, quote=True, sources=["1"])]
    text = render(full, "text")
    assert "“w0 w1" in text and "w29…”" in text and "w30" not in text
    assert json.loads(render(full, "json"))["stories"][0]["reactions"][0]["text"] == long_quote


@pytest.mark.parametrize("fmt", ["text", "slack", "discord"])
def test_a_quote_clipped_inside_a_quotation_it_quotes_closes_both(fmt: str) -> None:
    words = " ".join(f"w{k}" for k in range(60))
    full = briefing()
    full.stories[0].reactions = [Reaction(speaker="Ana Berg", text=f'The plan means "{words}."', quote=True,
                                          sources=["1"])]
    shown = render(full, fmt)
    if fmt != "text":  # a chat payload: its strings, as the platform shows them
        shown = json.dumps(json.loads(shown), ensure_ascii=False).replace('\\"', '"')
    assert re.search(r'w\d+…"”', shown), shown
