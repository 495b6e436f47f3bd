"""Hostile payloads through every output format (issue 13's done-when, the rendering half).

More than 200 payloads (pings, markup, control characters, lone surrogates, huge lines, entities) are put
in every text field of a briefing (title, headline, who, what, restrictions, reactions, conflicts, and the
sources' titles, outlets, URLs and errors) and rendered as text, markdown, json, slack and discord. No
output may ping anyone, carry a raw control character or a surrogate, break its markup where a message or
a line is split (never inside an entity, a link or an escape), or pass a platform limit. The briefings are
built here, not read from pages, so the renderers' own escaping is what is tested; the reading boundary
(``readable_text``) is tested in test_hostile_files.py and test_hostile_web.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import product
from typing import Any

import pytest

from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.render import FORMATS, render
from bot.render import discord as discord_render
from bot.render import slack as slack_render
from bot.render.split import break_line

PINGS = ["@everyone", "@here", "@channel", "@all", "<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@&1>",
         "<@!42>", "<#C0123>", "<!subteam^S1>", "@\u200beveryone", "＠everyone", "@Everyone", "<@U123|boss>"]
MARKUP = ["*bold*", "_it_", "~gone~", "`code`", "```block```", "**strong**", "__under__", "||spoiler||",
          "[x](http://e.vil)", "<http://e.vil|click>", "# Heading", "> quote", "- list", "1. list", "\\", "\\*",
          "&amp;", "&lt;", "&#x40;everyone", "&#64;here", "&", "<", ">", "|", "<>"]
CONTROL = ["\x00", "\x07", "\x08", "\x1b[2J\x1b[H", "\x1b]0;owned\x07", "\x9b31m", "\x7f", "\r", "\x0c",
           "\u2028", "\u202e", "\u2066"]
SURROGATES = ["\udfff", "\ud800", "\ud83d"]
WRAPPERS = ["{}", "before {} after", "{}{}{}", "word{}word", "{} " * 3]


def payloads() -> list[str]:
    """Every hostile piece in several settings, plus huge lines that force splits where escapes are dense."""
    singles = [w.format(p, p, p) for p, w in product(PINGS + MARKUP + CONTROL + SURROGATES, WRAPPERS)]
    huge = [
        "&" * 5000,
        "<@U123>" * 900,
        "@everyone " * 700,
        "\\" * 4097,
        "[x](http://e.vil)" * 400,
        ("*" * 2999) + "@here",
        "a" * 10_000,
        " ".join(["&lt;!channel&gt;"] * 600),
        "\x1b[31m" * 2000,
        "\ud800" * 3000,
        "_" * 6001,
        "`" * 4096,
        ("word " * 799) + "<!channel>",
    ]
    return singles + huge


PAYLOADS = payloads()


def hostile_briefing(payload: str) -> Briefing:
    sources = [
        Source(id="1", title=f"Title {payload}", outlet=f"Outlet {payload}", url=f"https://news.example/a?q={payload}"),
        Source(id="2", title=payload, path=f"/tmp/{payload}.txt"),
        Source(id="3", title="c", url="https://news.example/c", status="skipped", error=f"failed {payload}"),
    ]
    story = Story(
        id="s1", headline=f"Headline {payload}", sources=["1", "2"],
        who=[Actor(name=f"Ana {payload}", role=f"minister {payload}", sources=["1"], aliases=[payload])],
        what=[Item(text=f"What {payload} happened.", sources=["1", "2"]), Item(text=payload, sources=["2"])],
        restrictions=[Item(text=f"Restricted {payload}", sources=["2"])],
        reactions=[Reaction(speaker=f"Bo {payload}", text=f"We {payload} act.", quote=True, sources=["1"],
                            role=payload)],
        conflicts=[Conflict(about=payload, claims=[Item(text=f"70 {payload}", sources=["1"]),
                                                   Item(text="60", sources=["2"])])],
    )
    return Briefing(brief="fuzz", title=f"Title {payload}", sources=sources, stories=[story, replace_id(story)])


def replace_id(story: Story) -> Story:
    return Story(id="s2", headline=story.headline + " again", sources=["2"], what=story.what[1:],
                 reactions=story.reactions)


# --- what every output must satisfy ---------------------------------------------------------------

_RAW_PING = re.compile(r"(?<![\w\u200b])@(everyone|here|channel|all)\b", re.IGNORECASE)
_ANGLE_PING = re.compile(r"<[@!#]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def strings(value: Any) -> Iterator[tuple[str, str]]:
    """Every string in a JSON value, with the key it is under."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield key, item
            else:
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def problems_in_text(text: str, where: str) -> list[str]:
    found = []
    if _RAW_PING.search(text):
        found.append(f"{where}: ping {_RAW_PING.search(text)}")
    if _ANGLE_PING.search(text):
        found.append(f"{where}: angle mention {_ANGLE_PING.search(text)}")
    if _CONTROL.search(text.replace("\n", "")):
        found.append(f"{where}: control or surrogate {_CONTROL.search(text.replace(chr(10), ''))}")
    return found


_SLACK_LINK = re.compile(r"<(https?://[^|<>\s]*)\|([^<>]*)>")
_ENTITY_TAIL = re.compile(r"&[a-z#0-9]{0,6}$")


def slack_texts(value: Any, key: str = "") -> Iterator[tuple[str, str, bool]]:
    """Every string of a Slack payload that is shown, with its key and whether Slack parses it (mrkdwn and
    the message's ``text``) or shows it as it is (``plain_text``)."""
    if isinstance(value, dict):
        if isinstance(value.get("text"), str):
            yield key or "text", value["text"], value.get("type") != "plain_text"
        for name, item in value.items():
            if not isinstance(item, str):
                yield from slack_texts(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from slack_texts(item, key)


def slack_problems(messages: list[dict[str, Any]]) -> list[str]:
    found = []
    for n, message in enumerate(messages):
        blocks = message.get("blocks", [])
        if len(blocks) > slack_render.MAX_BLOCKS:
            found.append(f"message {n}: {len(blocks)} blocks")
        for key, text, parsed in slack_texts(message):
            bare = _SLACK_LINK.sub(r"\2", text)  # our own links are the only angle brackets allowed
            found += problems_in_text(bare, f"slack {n} {key}")
            if not parsed:  # plain_text is shown as it is: only pings and control characters matter
                continue
            if "<" in bare or ">" in bare:
                found.append(f"slack {n} {key}: raw angle bracket (a broken link or an unescaped one): {bare[:80]!r}")
            if _ENTITY_TAIL.search(text) or (re.match(r"^[a-z#0-9]{1,6};", text) and "&" not in text[:8]):
                found.append(f"slack {n} {key}: split inside an entity: {text[-12:]!r}")
            if re.search(r"&(?!amp;|lt;|gt;)", text):
                found.append(f"slack {n} {key}: bare ampersand or unknown entity")
            limit = {"text": 40_000}.get(key, slack_render.MAX_SECTION)
            if len(text) > limit:
                found.append(f"slack {n} {key}: {len(text)} characters")
        for block in blocks:
            if block["type"] == "header" and len(block["text"]["text"]) > slack_render.MAX_HEADER:
                found.append(f"slack {n}: header of {len(block['text']['text'])}")
    return found


_MD_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\((https?://[^()\s]*)\)")


def discord_problems(messages: list[dict[str, Any]]) -> list[str]:
    found = []
    for n, message in enumerate(messages):
        if message.get("allowed_mentions", {}).get("parse") != []:
            found.append(f"discord {n}: mentions allowed")
        if len(message.get("content", "")) > discord_render.CONTENT:
            found.append(f"discord {n}: content of {len(message['content'])}")
        embeds = message.get("embeds", [])
        if len(embeds) > discord_render.EMBEDS:
            found.append(f"discord {n}: {len(embeds)} embeds")
        if sum(map(discord_render.embed_size, embeds)) > 6000:
            found.append(f"discord {n}: embeds total {sum(map(discord_render.embed_size, embeds))}")
        for embed in embeds:
            if len(embed.get("title", "")) > discord_render.TITLE:
                found.append(f"discord {n}: title of {len(embed['title'])}")
            if len(embed.get("description", "")) > discord_render.DESCRIPTION:
                found.append(f"discord {n}: description of {len(embed['description'])}")
        for key, text in strings(message):
            if key in ("timestamp", "url"):
                continue
            found += problems_in_text(text, f"discord {n} {key}")
            for line in text.split("\n"):
                bare = _MD_LINK.sub(r"\1", line)
                unescaped = re.sub(r"\\.", "", bare)
                if unescaped.endswith("\\"):
                    found.append(f"discord {n} {key}: an escape cut from what it escapes: {line[-20:]!r}")
                if re.search(r"[\[\]<>`|~]", unescaped.replace("**", "")):
                    found.append(f"discord {n} {key}: unescaped markup: {unescaped[:80]!r}")
    return found


def problems(fmt: str, out: str) -> list[str]:
    try:
        out.encode("utf-8")
    except UnicodeEncodeError as exc:
        return [f"{fmt}: cannot be written ({exc.reason})"]
    if fmt == "slack":
        return slack_problems(json.loads(out))
    if fmt == "discord":
        return discord_problems(json.loads(out))
    if fmt == "json":  # the contract carries the text as data: only what reaches a terminal is checked
        return [p for p in problems_in_text(out, "json output") if "ping" not in p and "mention" not in p]
    return problems_in_text(out, fmt)


def test_there_are_at_least_200_payloads() -> None:
    assert len(set(PAYLOADS)) >= 200


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_hostile_payload_pings_breaks_markup_or_passes_a_limit(fmt: str) -> None:
    found: dict[str, list[str]] = {}
    for payload in PAYLOADS:
        issues = problems(fmt, render(hostile_briefing(payload), fmt))
        if issues:
            found[repr(payload[:40])] = issues[:3]
    assert not found, f"{len(found)} of {len(PAYLOADS)} payloads: {dict(list(found.items())[:5])}"


def test_the_checks_catch_what_they_are_for() -> None:
    """The checks themselves: each finds the flaw it is there for (so a clean run means something)."""
    assert problems_in_text("hi @everyone", "t") and problems_in_text("<@U1>", "t")
    assert problems_in_text("a\x1bb", "t") and problems_in_text("a\ud800", "t")
    assert not problems_in_text("mail me@everyone.example? no: @\u200beveryone", "t")
    assert slack_problems([{"text": "x", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "a &am"}}]}])
    assert slack_problems([{"text": "x", "blocks": [{"type": "section", "text": {"type": "mrkdwn",
                                                                              "text": "<https://e.x|cut"}}]}])
    assert not slack_problems([{"text": "x", "blocks": [{"type": "section", "text": {
        "type": "mrkdwn", "text": "<https://e.x/a|A &amp; B> &lt;b&gt;"}}]}])
    assert discord_problems([{"content": "cut \\", "allowed_mentions": {"parse": []}}])
    assert discord_problems([{"content": "[x](http://e.vil", "allowed_mentions": {"parse": []}}])
    assert not discord_problems([{"content": "[x\\]](https://e.x/a) \\* \\\\", "allowed_mentions": {"parse": []}}])


def test_break_line_never_cuts_inside_an_entity_a_link_or_an_escape() -> None:
    line = "&amp;" * 700 + "<https://e.x/" + "a" * 50 + "|label>" + "\\*" * 800
    for limit in (7, 100, 3000):
        pieces = break_line(line, limit)
        assert all(len(p) <= max(limit, 70) for p in pieces)
        assert "".join(pieces) == line
        for piece in pieces[1:]:
            assert not re.match(r"^(amp;|mp;|p;|;)", piece) and not piece.startswith("*")
