"""``--format discord``: the message payloads a Discord post would send, as a reader would see them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.render.discord import discord_messages, line_pieces
from tests.conftest import Result
from tests.fakes.discord_api import Posted, message_problems

HOSTILE = ("@everyone @here <@123> <@!123> <@&456> <#1> **x** __y__ ~~z~~ `c` ||s|| > q # h "
           "[x](https://e.vil)")
# What Discord would turn into a ping, a channel link, or markup, if it arrived as is.
RAW_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>")
RAW_MARKUP = re.compile(r"(?<!\\)(\*\*x|__y|~~z|`c|\|\|s|\[x\]\()")


def story(n: int, items: list[str], headline: str = "") -> Story:
    return Story(
        id=f"s{n}",
        headline=headline or f"Story {n}: ports reopen",
        sources=["1", "2"],
        who=[Actor(name="Ana Berg", role="trade minister", sources=["1"])],
        what=[Item(text=t, sources=["1", "2"]) for t in items],
        restrictions=[Item(text="Licences only for members.", sources=["2"])],
        reactions=[Reaction(speaker="Ana Berg", role="trade minister", text="We will act.", quote=True, sources=["1"])],
        conflicts=[Conflict(about="tonnage", claims=[Item(text="40,000 t", sources=["1"]),
                                                     Item(text="45,000 t", sources=["2"])])],
    )


def briefing(*stories: Story, source_title: str = "Ports reopen") -> Briefing:
    sources = [
        Source(id="1", title=source_title, outlet="Tidings", url="https://news.example/a_(b)"),
        Source(id="2", title="Ports", path="/srv/news/ports.txt"),
        Source(id="3", title="c.bin", path="/srv/news/c.bin", status="skipped", error="is a binary file"),
    ]
    return Briefing(brief="test", title="Trade", sources=sources, stories=list(stories))


def shown(messages: list[dict[str, Any]]) -> str:
    return "\n".join(t for m in messages for t in Posted("", m).texts())


def descriptions(messages: list[dict[str, Any]]) -> str:
    return "\n".join(e["description"] for m in messages for e in m["embeds"])


def test_dry_run_prints_payloads_within_every_limit(cli: Callable[..., Result]) -> None:
    result = cli("brief", "--format", "discord")
    assert result.code == 0, result.err
    messages = json.loads(result.out)
    assert messages and all(message_problems(m) == [] for m in messages)
    assert messages[0]["content"].startswith("**")
    assert all(m["allowed_mentions"] == {"parse": [], "users": [], "roles": [], "replied_user": False}
               for m in messages)
    [story_embed] = messages[-1]["embeds"]
    assert story_embed["title"].startswith("Joe Biden")
    assert "Tasnim, AFP +3" in story_embed["description"]  # named outlets first, the rest counted
    assert "**Sources:** Tasnim, AFP, “Biden Permits Ukraine to Strike…”" in story_embed["description"]


TIDINGS = "[Tidings](https://news.example/a_%28b%29)"


def test_a_story_embed_has_every_section_and_every_line_cites_its_outlets_as_links() -> None:
    messages = discord_messages(briefing(story(1, ["Ports reopen on Monday."])))
    first = messages[0]["embeds"][0]
    assert messages[0]["content"] == "**Trade**\n1 story from 2 sources · 1 source could not be read"
    assert first["title"] == "Story 1: ports reopen"
    assert first["url"] == "https://news.example/a_%28b%29"  # the headline leads to the story's central article
    for heading in ("**Who**", "**What**", "**Restrictions**", "**Reactions**", "**Conflicts**"):
        assert heading in first["description"]
    bullets = [line for line in first["description"].split("\n") if line.startswith("•")]
    assert bullets == [
        "• Ana Berg (trade minister)",
        f"• Ports reopen on Monday. — {TIDINGS}, “Ports”",  # a file is named by its title, not its name
        "• Licences only for members. — “Ports”",
        f"• Ana Berg (trade minister): “We will act.” — {TIDINGS}",
        f"• tonnage: 40,000 t ({TIDINGS}) vs 45,000 t (“Ports”)",
    ]
    assert first["description"].endswith(f"**Sources:** {TIDINGS}, “Ports”")
    assert "/srv/news" not in shown(messages) and "ports.txt" not in shown(messages)
    assert "c.bin" not in shown(messages) and "binary" not in shown(messages)  # the operator's, not the reader's
    assert first["footer"]["text"] == "briefbot · 1 story from 2 sources"


def test_article_text_cannot_mention_anyone_or_change_the_markdown() -> None:
    messages = discord_messages(briefing(story(1, [HOSTILE], headline=HOSTILE), source_title=HOSTILE))
    text = shown(messages)
    assert text.count("@\u200beveryone") == 2  # headline and item: still readable
    assert not RAW_MENTION.search(text)
    assert not RAW_MARKUP.search(text)
    assert "\\*\\*x\\*\\*" in text and "\\[x\\](https://e.vil)" in text
    assert all(message_problems(m) == [] for m in messages)


def test_a_10000_character_paragraph_is_split_between_words_and_nothing_is_lost() -> None:
    words = [f"w{i:04d}" for i in range(1700)]
    paragraph = " ".join(words) + " " + HOSTILE
    assert len(paragraph) > 10_000
    messages = discord_messages(briefing(story(1, [paragraph])))
    assert all(message_problems(m) == [] for m in messages)
    descs = [e["description"] for m in messages for e in m["embeds"]]
    assert len(descs) >= 4 and all(len(d) <= 4096 for d in descs)
    assert re.findall(r"w\d{4}", descriptions(messages)) == words
    assert not RAW_MENTION.search(shown(messages))
    assert [e.get("title") for m in messages for e in m["embeds"]][:2] == [
        "Story 1: ports reopen", "Story 1: ports reopen (continued)"]


def test_a_briefing_far_larger_than_one_message_is_split_with_nothing_lost() -> None:
    items = [[f"Item {s}.{i}: " + "cargo moved through the port again " * 8 for i in range(30)]
             for s in range(40)]
    big = briefing(*(story(s, items[s]) for s in range(40)))
    messages = discord_messages(big)
    assert len(messages) > 10
    assert all(message_problems(m) == [] for m in messages)
    text = descriptions(messages)
    lines = text.split("\n")
    for s in range(40):
        for i in range(30):  # each line arrives whole, in order
            assert f"• {items[s][i].strip()} — {TIDINGS}, “Ports”" in lines
    assert [e["title"] for m in messages for e in m["embeds"] if not e["title"].endswith("(continued)")] == [
        f"{s + 1}. Story {s}: ports reopen" for s in range(40)]  # numbered, as in every format
    assert "content" in messages[0] and all("content" not in m for m in messages[1:])
    for message in messages:  # no message holds parts of two stories
        assert len({e["title"].removesuffix(" (continued)") for e in message["embeds"]}) == 1


def test_a_headline_too_long_for_a_title_leads_the_description_whole() -> None:
    headline = "Ports reopen " * 30
    embed = discord_messages(briefing(story(1, ["x"], headline=headline)))[0]["embeds"][0]
    assert "title" not in embed
    assert embed["description"].startswith(headline.strip() + "\n")


def test_pieces_of_a_long_line_never_split_an_escape_or_start_a_list() -> None:
    pieces = line_pieces("\\*" * 3000, 1000)
    assert all(len(p) <= 1000 and re.fullmatch(r"(\\\*)+", p) for p in pieces)
    assert "".join(pieces) == "\\*" * 3000
    for marker in ("-", "12.", "#", "###", "-#"):
        pieces = line_pieces("a" * 997 + f" {marker} list item", 1000)
        assert pieces[1] == f"\\{marker} list item"


def test_an_outlet_name_or_address_from_a_source_cannot_ping_restyle_or_break_its_link() -> None:
    hostile = Source(id="1", title="t", outlet="<@123> **Evil** @everyone [x](https://e.vil)",
                     url="https://e.vil/a|b>c d)(e]")
    scripted = Source(id="2", title="Scripted", url="javascript:alert(1)")
    story = Story(id="s", headline="Ports", sources=["1", "2"], what=[Item(text="x", sources=["1", "2"])])
    [message] = discord_messages(Briefing(brief="b", sources=[hostile, scripted], stories=[story]))
    [embed] = message["embeds"]
    assert embed["url"] == "https://e.vil/a%7Cb%3Ec%20d%29%28e%5D"
    line = next(line for line in embed["description"].split("\n") if line.startswith("• x"))
    assert line.endswith("](https://e.vil/a%7Cb%3Ec%20d%29%28e%5D), “Scripted”")  # no javascript: link
    assert not RAW_MENTION.search(line) and "\\*\\*Evil" in line and "\\[x\\]" in line
