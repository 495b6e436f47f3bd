"""The Slack payloads (``briefbot brief --format slack``): within Slack's limits, escaped, split, nothing lost."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace

from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.render import render
from bot.render.slack import SECTION_BUDGET, joined_messages, slack_messages
from tests.conftest import ROOT, Result
from tests.fakes.slack_api import limit_problems, payload_text

HOSTILE = "<!channel> <!here> <@U123> @everyone @channel @here *bold* _it_ ~gone~ `code` ```block``` & <b>"


def story(n: int, what: list[str], headline: str | None = None) -> Story:
    return Story(
        id=f"s{n}", headline=headline or f"Story {n}", sources=["1", "2"],
        who=[Actor(name="Ana Berg", role="trade minister", sources=["1"])],
        what=[Item(text=t, sources=["1", "2"]) for t in what],
        restrictions=[Item(text="Licences only for members.", sources=["2"])],
        reactions=[Reaction(speaker="Ana Berg", role="trade minister", text="We will act.", quote=True,
                            sources=["1"])],
        conflicts=[Conflict(about="share of output", claims=[Item(text="70 percent", sources=["1"]),
                                                             Item(text="60 percent", sources=["2"])])],
    )


def briefing(*stories: Story) -> Briefing:
    sources = [Source(id="1", title="Exports banned", outlet="Tidings", url="https://news.example/a?x=1&y=2"),
               Source(id="2", title="b", path="/srv/articles/b_2.txt"),
               Source(id="3", title="c.bin", path="/srv/c.bin", status="skipped", error="is a binary file")]
    return Briefing(brief="test", title="Trade", sources=sources, stories=list(stories))


def all_text(messages: list[dict[str, object]]) -> str:
    return "\n".join(payload_text(m) for m in messages)


TIDINGS = "<https://news.example/a?x=1&amp;y=2|Tidings>"


def test_a_briefing_is_a_header_then_one_message_per_story_citing_outlets_as_links() -> None:
    header, message = slack_messages(briefing(story(1, ["Kestria bans exports from 1 April."])))
    assert limit_problems(header) == [] and limit_problems(message) == []
    assert header["blocks"] == [
        {"type": "header", "text": {"type": "plain_text", "text": "Trade", "emoji": False}},
        {"type": "context", "elements": [{"type": "mrkdwn",
                                          "text": "1 story from 2 sources · 1 source could not be read"}]}]
    assert header["text"].startswith("Trade: 1 story, Story 1")
    assert message["blocks"][0]["text"]["text"] == "*<https://news.example/a?x=1&amp;y=2|Story 1>*"
    text = payload_text(message)
    for label in ("*Who*", "*What*", "*Restrictions*", "*Reactions*", "*Conflicts*"):
        assert label in text
    assert "• Kestria bans exports from 1 April. — " + TIDINGS + ", “b”" in text
    assert "• Ana Berg (trade minister): “We will act.” — " + TIDINGS in text  # roles as on Discord
    assert "• share of output: 70 percent (" + TIDINGS + ") vs 60 percent (“b”)" in text
    assert message["blocks"][-1] == {"type": "context",
                                     "elements": [{"type": "mrkdwn", "text": f"Sources: {TIDINGS}, “b”"}]}
    assert "b_2.txt" not in text and "/srv/" not in text
    assert "c.bin" not in text and "binary" not in text  # the operator's business: counted, never listed


def test_the_full_briefing_link_opens_and_closes_the_post() -> None:
    messages = slack_messages(replace(briefing(story(1, ["x"]), story(2, ["y"])), page_url="https://b.example/briefings/4"))
    link = "<https://b.example/briefings/4|Full\u00a0briefing>"
    assert messages[0]["blocks"][-1]["elements"][0]["text"].endswith(f" · {link}")
    assert messages[-1]["blocks"][-1]["elements"][0]["text"] == link
    assert link not in all_text(messages[1:-1])


def test_hostile_article_text_arrives_escaped_and_cannot_mention_anyone() -> None:
    messages = slack_messages(briefing(story(1, [HOSTILE], headline=HOSTILE)))
    dump = json.dumps(messages, ensure_ascii=False)
    assert not re.search(r"<[!@#]", dump)  # no <!channel>, <!here>, <@U123> left anywhere
    assert not re.search(r"@(everyone|channel|here)\b", dump)
    line = next(line for line in all_text(messages).splitlines() if line.startswith("• ") and "bold" in line)
    assert "&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt;" in line and "&amp; &lt;b&gt;" in line
    assert not re.search(r"[*_~`]", line.split(" — ")[0])  # no markup can open: "*bold*" stays text
    assert "bold" in line and "it" in line and "code" in line
    headline = messages[1]["blocks"][0]["text"]["text"]
    assert headline.startswith("*<https://news.example/a?x=1&amp;y=2|&lt;!channel&gt; &lt;!here&gt;")
    assert not re.search(r"[*_~`]", headline[1:-1].split("|", 1)[1])


def test_a_quote_marker_cannot_start_a_line_of_article_text() -> None:
    long_line = "word " * 700 + "> quoted " + "word " * 700
    quotes = " ".join(["a" * (SECTION_BUDGET - 7) + " >"] * 12)  # too long for a section: it breaks before each ">"
    messages = slack_messages(briefing(story(1, [long_line, "> a claim", quotes])))
    assert all(limit_problems(m) == [] for m in messages)
    text = all_text(messages)
    assert not re.search(r"^(&gt;|>)", text, re.M)
    assert text.count("\u00ad&gt;") == 12 and text.count("&gt;") == 14


def test_a_10000_character_paragraph_is_split_between_sections_not_lost() -> None:
    words = [f"w{i}" for i in range(2000)]
    paragraph = " ".join(words)
    assert len(paragraph) > 10_000
    messages = slack_messages(briefing(story(1, [paragraph])))
    for message in messages:
        assert limit_problems(message) == []
    text = all_text(messages)
    assert re.findall(r"\bw\d+\b", text) == words  # every word, in order, none cut


def test_a_briefing_far_larger_than_one_message_is_split_by_story_with_nothing_lost() -> None:
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 41)]
    messages = slack_messages(briefing(*stories))
    assert len(messages) == 41  # a header, then each story (12,000 characters: five sections) in one message
    for message in messages:
        assert limit_problems(message) == []
        assert len({b["text"]["text"] for b in message["blocks"] if b["type"] == "header"}) <= 1
    text = all_text(messages)
    expected = [f"Item {n}.{i}:" for n in range(1, 41) for i in range(30)]
    assert re.findall(r"Item \d+\.\d+:", text) == expected
    headlines = [m["text"] for m in messages[1:]]
    assert [h for h in headlines if not h.endswith("(continued)")] == [f"{n}. Story {n}" for n in range(1, 41)]
    for message in messages[1:]:  # a message holds one story, or a part of one
        assert len(set(re.findall(r"Item (\d+)\.", payload_text(message)))) == 1


def test_dry_run_prints_the_payloads() -> None:
    out = render(briefing(story(1, ["Kestria bans exports."])), "slack")
    assert json.loads(out) == slack_messages(briefing(story(1, ["Kestria bans exports."])))


def test_fake_slack_refuses_what_slack_would() -> None:
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    header = {"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}
    assert limit_problems({"text": "", "blocks": [section, header] + [{"type": "divider"}] * 49}) == [
        "no text fallback", "51 blocks", "section text of 3001 characters", "header of 151 characters"]


def test_the_app_manifest_asks_for_what_the_bot_uses() -> None:
    manifest = (ROOT / "manifest.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+- command: /brief$", manifest, re.M)
    scopes = re.findall(r"^\s+- ([a-z:.]+)\s", manifest, re.M)
    assert {"commands", "chat:write", "chat:write.public"} <= set(scopes)
    assert re.search(r"^\s+socket_mode_enabled: true$", manifest, re.M)


def test_briefbot_brief_format_slack_prints_postable_payloads(cli: Callable[..., Result]) -> None:
    result = cli("brief", "--format", "slack")
    assert result.code == 0, result.err
    messages = json.loads(result.out)
    assert messages and all(limit_problems(m) == [] for m in messages)
    assert "Sources: Tasnim, AFP, " in all_text(messages)


def test_an_outlet_name_or_address_from_a_source_cannot_ping_restyle_or_break_its_link() -> None:
    hostile = Source(id="1", title="t", outlet="<!channel> *Evil* @everyone", url="https://e.vil/a|b>c d")
    scripted = Source(id="2", title="Scripted", url="javascript:alert(1)")
    story = Story(id="s", headline="Ports", sources=["1", "2"], what=[Item(text="x", sources=["1", "2"])])
    _, message = slack_messages(Briefing(brief="b", sources=[hostile, scripted], stories=[story]))
    line = next(line for line in payload_text(message).splitlines() if line.startswith("• x"))
    label = "&lt;!channel&gt; \u2217Evil\u2217 @\u200beveryone".replace(" ", "\u00a0")
    assert line == f"• x — <https://e.vil/a%7Cb%3Ec%20d|{label}>, “Scripted”"  # no javascript: link


def test_stories_can_share_messages_when_few_answers_are_allowed() -> None:
    messages = slack_messages(briefing(*(story(n, [f"Item {n}: " + "text " * 80 for _ in range(12)])
                                         for n in range(1, 13))))
    joined = joined_messages(messages)
    assert joined[0] == messages[0] and 2 < len(joined) < len(messages)
    assert all(limit_problems(m) == [] for m in joined)
    assert [b for m in joined[1:] for b in m["blocks"] if b["type"] != "divider"] == \
           [b for m in messages[1:] for b in m["blocks"]]  # the same blocks, in order, dividers between stories
    assert all(m["blocks"][0]["type"] != "divider" for m in joined)
    starts = {id(m["blocks"][0]): m["text"] for m in messages[1:]}
    assert all(m["text"] == starts[id(m["blocks"][0])] for m in joined[1:])  # each starts with a story, named
