"""Hostile text through the posting paths (issue 13): briefings carrying every payload of
``tests.hostile_payloads`` in every field, posted to the fake Slack (``chat.postMessage``) and the fake
Discord (a webhook, through discord.py), which enforce the platforms' limits. What arrives must hold no
ping, no raw control character, no markup broken where a message or block was split, nothing over a limit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from discord.http import Route

from bot.chat.discord_post import post_to_discord_webhook
from bot.chat.slack_post import post_to_slack
from bot.model import Actor, Briefing, Conflict, Item, Reaction, Source, Story
from bot.render.split import break_line
from bot.settings import Settings
from tests.fakes.discord_api import FakeDiscord, message_problems
from tests.fakes.slack_api import FakeSlack, limit_problems
from tests.hostile_payloads import PAYLOADS

PER_BRIEFING = 8
WEBHOOK_TOKEN = "hostile-webhook-token"
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_LINK_TARGET = re.compile(r"<https?://[^|<>\s]*\||\]\(https?://[^)\s]*\)")
_PING = re.compile(r"<[!@#]|(?<![\u200b])@(?:everyone|here|channel)\b", re.IGNORECASE)


def hostile_briefing(number: int, payloads: list[str]) -> Briefing:
    """A briefing with ``payloads`` in every field a source can fill."""
    first, *rest = payloads
    sources = [Source(id=str(n), title=p, outlet=p[:80] or "outlet", url=f"https://news.example/{n}?q={_url(p)}")
               for n, p in enumerate(payloads, 1)]
    ids = [s.id for s in sources]
    stories = [Story(id=f"{number}-{n}", headline=p or "headline", sources=ids,
                     who=[Actor(name=p[:200] or "name", role=first[:200], sources=ids)],
                     what=[Item(text=p, sources=[ids[n]]), Item(text=f"{first} {p}", sources=ids[:2])],
                     restrictions=[Item(text=p[::-1], sources=ids[:1])],
                     reactions=[Reaction(speaker=p[:120] or "speaker", text=p, sources=ids[:1], quote=True)],
                     conflicts=[Conflict(about=p[:200], claims=[Item(text=p, sources=ids[:1]),
                                                                 Item(text=first, sources=ids[1:2])])])
               for n, p in enumerate([first, *rest])]
    return Briefing(brief=f"hostile-{number}", title=first[:300], sources=sources, stories=stories)


def _url(payload: str) -> str:
    """``payload`` as part of a URL. A URL is read from a source, which replaces lone surrogates
    (bot.text.decode), so none is left in it here."""
    return payload[:300].encode("utf-8", "replace").decode("utf-8")


def briefings() -> list[Briefing]:
    return [hostile_briefing(n, PAYLOADS[start:start + PER_BRIEFING])
            for n, start in enumerate(range(0, len(PAYLOADS), PER_BRIEFING))]


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON payload that a client shows as text (a link target is not shown)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "url":
                yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def text_problems(text: str) -> list[str]:
    """A ping, or a character no chat message should carry raw."""
    shown = _LINK_TARGET.sub("", text)  # a link's target is not read for mentions
    problems = [f"ping {m.group()!r}" for m in _PING.finditer(shown)]
    for char in set(text):
        if char != "\n" and (unicodedata.category(char) in {"Cc", "Cs"} or char in _BIDI):
            problems.append(f"raw {char!r}")
    return problems


def mrkdwn_problems(text: str) -> list[str]:
    """Markup Slack would read differently from what was meant: a split entity or link."""
    problems = []
    if re.search(r"&(?!(?:amp|lt|gt);)", text):
        problems.append("an & that starts no entity (an entity split, or one never escaped)")
    bare = re.sub(r"<https?://[^|<>\s]+\|[^<>]*>", "", text)
    if "<" in bare or ">" in bare:
        problems.append("a < or > outside a whole link")
    return problems


def markdown_problems(text: str) -> list[str]:
    """Markdown Discord would read differently from what was meant: a split escape, link or code span."""
    problems = []
    if re.search(r"(?<!\\)(?:\\\\)*\\$", text):
        problems.append("ends in a lone backslash (an escape split from its character)")
    bare = re.sub(r"\[(?:[^\[\]\\]|\\.)*\]\(<?https?://[^)\s]*\)", "", text)
    if re.search(r"(?<!\\)(?:\\\\)*\]\(", bare):
        problems.append("a ]( outside a whole link")
    if len(re.findall(r"(?<!\\)(?:\\\\)*`", text)) % 2:
        problems.append("an unpaired backtick")
    return problems


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.stop()


@pytest.fixture
async def discord_api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    monkeypatch.setattr(Route, "BASE", Route.BASE)  # DISCORD_API_URL changes it for the process
    async with FakeDiscord() as fake:
        fake.add_webhook("1", WEBHOOK_TOKEN)
        yield fake


def test_there_are_over_two_hundred_payloads_of_every_kind() -> None:
    assert len(PAYLOADS) >= 200
    assert len({p for p in PAYLOADS}) == len(PAYLOADS)


async def test_hostile_briefings_reach_slack_inert_whole_and_within_limits(slack: FakeSlack) -> None:
    settings = Settings(slack_bot_token=slack.token, slack_api_url=slack.api_url)
    for briefing in briefings():
        await post_to_slack(briefing, "C0NEWS", settings)
    assert slack.refused == [] and len(slack.posts) >= len(briefings())
    problems = []
    for post in slack.posts:
        problems += limit_problems(post.payload)
        problems += [p for text in strings(post.payload) for p in text_problems(text)]
        for block in post.payload.get("blocks", []):
            if block["type"] in {"section", "context"}:
                texts = [block["text"]["text"]] if "text" in block else [e["text"] for e in block["elements"]]
                problems += [p for text in texts for p in mrkdwn_problems(text)]
    assert problems == []


async def test_hostile_briefings_reach_discord_inert_whole_and_within_limits(discord_api: FakeDiscord) -> None:
    settings = Settings(discord_api_url=discord_api.base)
    url = f"https://discord.com/api/webhooks/1/{WEBHOOK_TOKEN}"
    for briefing in briefings():
        await post_to_discord_webhook(briefing, url, settings)
    assert discord_api.refused == [] and len(discord_api.posted) >= len(briefings())
    problems = []
    for posted in discord_api.posted:
        problems += message_problems(posted.payload)
        problems += [p for text in strings(posted.payload) for p in text_problems(text)]
        problems += [p for text in posted.texts() for p in markdown_problems(text)]
    assert problems == []


@pytest.mark.parametrize(("line", "limit", "pieces"), [
    ("&lt;!here&gt;" * 3, 20, ["&lt;!here&gt;&lt;!he", "re&gt;&lt;!here&gt;"]),
    ("&lt;!here&gt;" * 3, 16, ["&lt;!here&gt;", "&lt;!here&gt;", "&lt;!here&gt;"]),
    ("aaaaaaaaaa&amp;bbbbbbbbbb", 12, ["aaaaaaaaaa", "&amp;bbbbbbb", "bbb"]),
    ("\\*\\*\\*", 3, ["\\*", "\\*", "\\*"]),
    ("see <https://x.example/a|the\u00a0page> now", 20, ["see", "<https://x.example/a", "|the\u00a0page> now"]),
    ("read [the page](https://x.example) now", 30, ["read", "[the page](https://x.example)", "now"]),
    ("read [the page](https://x.example) now", 33, ["read", "[the page](https://x.example) now"]),
    ("plain words only here", 10, ["plain", "words only", "here"]),
])
def test_a_long_line_is_never_broken_inside_an_escape_or_a_link_that_fits(line: str, limit: int,
                                                                         pieces: list[str]) -> None:
    assert break_line(line, limit) == pieces
