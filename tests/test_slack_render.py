"""The Slack payloads (``briefbot brief --format slack``): within Slack's limits, escaped, split, nothing lost."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.render import render
from bot.render.slack import slack_messages
from tests.conftest import ROOT, Result
from tests.fakes.slack_api import limit_problems, payload_text

HOSTILE = "<!channel> <!here> <@U123> @everyone @channel @here *bold* _it_ ~gone~ `code` ```block``` & <b>"


def story(n: int, what: list[str], headline: str | None = None) -> Story:
    return Story(
        id=f"s{n}", headline=headline or f"Story {n}", sources=["1", "2"],
        who=[Actor(name="Ana Berg", role="trade minister", sources=["1"])],
        what=[Item(text=t, sources=["1", "2"]) for t in what],
        restrictions=[Item(text="Licences only for members.", sources=["2"])],
        reactions=[Reaction(speaker="Ana Berg", text="We will act.", quote=True, sources=["1"])],
        conflicts=[Conflict(about="share of output", claims=[Item(text="70 percent", sources=["1"]),
                                                             Item(text="60 percent", sources=["2"])])],
    )


def briefing(*stories: Story) -> Briefing:
    sources = [Source(id="1", title="Exports banned", outlet="Tidings", url="https://news.example/a?x=1&y=2"),
               Source(id="2", title="b", path="/srv/articles/b_2.txt"),
               Source(id="3", title="c.bin", path="/srv/c.bin", status="skipped", error="is a binary file")]
    return Briefing(brief="test", title="Trade", sources=sources, stories=list(stories))


def all_text(messages: list[dict[str, object]]) -> str:
    return "\n".join(payload_text(m) for m in messages)  # type: ignore[arg-type]


def test_a_small_briefing_is_one_message_with_every_section_and_sources() -> None:
    [message] = slack_messages(briefing(story(1, ["Kestria bans exports from 1 April."])))
    assert limit_problems(message) == []
    assert message["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "Trade", "emoji": False}}
    text = payload_text(message)
    for label in ("*Who*", "*What*", "*Restrictions*", "*Reactions*", "*Conflicts*", "*Sources*"):
        assert label in text
    assert "• Kestria bans exports from 1 April. [1][2]" in text
    assert "• Ana Berg: “We will act.” [1]" in text
    assert "• share of output: 70 percent [1] vs 60 percent [2]" in text
    assert "[1] Tidings: <https://news.example/a?x=1&amp;y=2|Exports banned>" in text
    assert "[2] b (b_2.txt)" in text and "[3] c.bin (skipped: is a binary file)" in text
    assert message["text"].startswith("Trade: 1 story, Story 1")


def test_hostile_article_text_arrives_escaped_and_cannot_mention_anyone() -> None:
    messages = slack_messages(briefing(story(1, [HOSTILE], headline=HOSTILE)))
    dump = json.dumps(messages, ensure_ascii=False)
    assert not re.search(r"<[!@#]", dump)  # no <!channel>, <!here>, <@U123> left anywhere
    assert not re.search(r"@(everyone|channel|here)\b", dump)
    line = next(line for line in all_text(messages).splitlines() if line.startswith("• ") and "bold" in line)
    assert "&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt;" in line and "&amp; &lt;b&gt;" in line
    assert not re.search(r"[*_~`]", line.removesuffix("[1][2]"))  # no markup can open: "*bold*" stays text
    assert "bold" in line and "it" in line and "code" in line
    headline = messages[0]["blocks"][1]
    assert headline["type"] == "header" and headline["text"]["type"] == "plain_text"  # never parsed as mrkdwn


def test_a_quote_marker_cannot_start_a_line_of_article_text() -> None:
    long_line = "word " * 700 + "> quoted " + "word " * 700
    quotes = " ".join(["a" * 2993 + " >"] * 12)  # too long for a section: it breaks before each ">"
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


def test_a_headline_too_long_for_a_header_becomes_a_bold_section() -> None:
    headline = "A very long headline " * 10
    [message] = slack_messages(briefing(story(1, ["x"], headline=headline)))
    assert limit_problems(message) == []
    assert message["blocks"][1]["type"] == "section"
    assert message["blocks"][1]["text"]["text"] == f"*{headline.strip()}*"


def test_a_briefing_far_larger_than_one_message_is_split_with_nothing_lost() -> None:
    stories = [story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 41)]
    messages = slack_messages(briefing(*stories))
    assert len(messages) > 3
    for message in messages:
        assert limit_problems(message) == []
    assert messages[1]["text"] == f"{messages[0]['text']} (continued, 2 of {len(messages)})"
    text = all_text(messages)
    expected = [f"Item {n}.{i}:" for n in range(1, 41) for i in range(30)]
    assert re.findall(r"Item \d+\.\d+:", text) == expected
    headers = [b["text"]["text"] for m in messages for b in m["blocks"] if b["type"] == "header"]
    assert headers == ["Trade"] + [f"{n}. Story {n}" for n in range(1, 41)]
    assert text.rstrip().endswith("[3] c.bin (skipped: is a binary file)")


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
    assert "*Sources*" in all_text(messages)
