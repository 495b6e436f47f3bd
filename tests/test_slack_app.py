"""``/brief`` in Slack: the real bolt AsyncApp served over HTTP on 127.0.0.1, fed truly signed slash commands,
answering through ``response_url`` on a fake Slack that enforces Slack's limits."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import hmac
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
import pytest

from bot.briefs import load_briefs
from bot.chat import request
from bot.chat.slack_app import RESPONSES_PER_COMMAND, SlackService
from bot.errors import ConfigError, MissingSetting
from bot.model import Briefing
from bot.settings import Settings
from tests.fakes.slack_api import FakeSlack, payload_text, signed_headers, slash_command
from tests.test_slack_render import briefing, story

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ARTICLE = ("Kestria's trade minister Ana Berg said on Monday that exports of raw lithium will be banned "
           "from 1 April. {hostile}\n\nLicences will only be granted to members of the national cooperative.\n")


@dataclass
class Slack:
    fake: FakeSlack
    service: SlackService
    http: aiohttp.ClientSession

    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.service.port}/slack/events"

    async def command(self, text: str, key: str = "r1", *, secret: str = SECRET,
                      timestamp: int | None = None, signed: bool = True) -> tuple[int, Any, float]:
        """POST ``/brief text`` as Slack would; the status, the body and the seconds until the answer."""
        body = slash_command(text, self.fake.response_url(key))
        headers = signed_headers(body, secret, timestamp) if signed else \
            {"Content-Type": "application/x-www-form-urlencoded"}
        started = time.monotonic()
        async with self.http.post(self.events_url, data=body, headers=headers) as response:
            answer = await response.json() if response.content_type == "application/json" else await response.text()
            return response.status, answer, time.monotonic() - started


@pytest.fixture
def briefs_dir(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Lithium exports banned\n\n" + ARTICLE.format(hostile=""), encoding="utf-8")
    hostile = "Kestria bans lithium exports <!channel> <!here> <@U123> @everyone *now*\n\n"
    (articles / "b.txt").write_text(hostile + ARTICLE.format(hostile="Readers wrote <!here> in the comments."),
                                    encoding="utf-8")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "trade.toml").write_text(f'name = "trade"\ntitle = "Trade"\nsources = ["{articles}"]\n')
    return briefs


@pytest.fixture
async def slack(briefs_dir: Path) -> AsyncIterator[Slack]:
    fake = await FakeSlack().start()
    settings = Settings(briefs_dir=briefs_dir, slack_bot_token=fake.token, slack_signing_secret=SECRET,
                        slack_api_url=fake.api_url)
    service = SlackService(settings, load_briefs(briefs_dir), host="127.0.0.1", port=0)
    await service.start()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        yield Slack(fake, service, http)
    await service.stop()
    await fake.stop()


async def test_a_signed_brief_is_acked_at_once_then_answered_ephemerally(slack: Slack) -> None:
    slack.fake.answers_open.clear()  # no answer can be delivered: the ack must not wait for one
    status, ack, _ = await slack.command("trade")
    assert status == 200
    slack.fake.answers_open.set()
    assert ack == {"response_type": "ephemeral", "text": "Building the `trade` briefing…"}
    header, answer = await slack.fake.wait_for_responses("r1", 2)
    assert header["response_type"] == answer["response_type"] == "ephemeral"
    assert header["blocks"][0]["text"]["text"] == "Trade"
    text = payload_text(answer)
    assert "*What*" in text and "Kestria" in text and "Sources: " in text
    assert "&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; @\u200beveryone \u2217now\u2217" in text
    assert "<!" not in text and "<@" not in text
    assert slack.fake.refused == []


async def test_the_ack_does_not_wait_for_the_briefing(slack: Slack, monkeypatch: pytest.MonkeyPatch) -> None:
    release = asyncio.Event()
    real = request.briefing_for

    async def held(*args: Any) -> Any:
        await release.wait()  # the build cannot finish before the test has its ack
        return await real(*args)

    monkeypatch.setattr(request, "briefing_for", held)
    status, _, _ = await asyncio.wait_for(slack.command("public trade", key="held"), 5)
    assert status == 200 and slack.fake.responses == {}
    release.set()
    answer, *_ = await slack.fake.wait_for_responses("held")
    assert answer["response_type"] == "in_channel"


async def test_commands_at_once_are_each_answered(slack: Slack) -> None:
    results = await asyncio.gather(*(slack.command("trade", key=f"c{n}") for n in range(4)))
    assert [status for status, _, _ in results] == [200] * 4
    for n in range(4):
        _, answer = await slack.fake.wait_for_responses(f"c{n}", 2)
        assert "Kestria" in payload_text(answer)


async def test_an_answer_slack_refuses_is_logged(slack: Slack, caplog: pytest.LogCaptureFixture) -> None:
    slack.fake.expired_responses.add("old")
    with caplog.at_level(logging.ERROR, logger="bot.chat.slack_app"):
        status, _, _ = await slack.command("trade", key="old")
        assert status == 200
        for _ in range(100):
            if "response_url failed" in caplog.text:
                break
            await asyncio.sleep(0.05)
    assert "answering /brief through response_url failed: HTTP 404 expired_url" in caplog.text


async def test_brief_help_lists_the_briefs(slack: Slack) -> None:
    status, ack, _ = await slack.command("help")
    assert status == 200 and ack["response_type"] == "ephemeral"
    assert "• trade: Trade" in ack["text"] and "/brief public" in ack["text"]


async def test_a_local_path_or_unknown_brief_gets_a_short_error_saying_what_to_type(slack: Slack) -> None:
    for text in ("/etc/passwd", "nosuchbrief"):
        status, ack, _ = await slack.command(text)
        assert status == 200 and ack["response_type"] == "ephemeral"
        assert "is neither a brief nor a list of http(s) URLs" in ack["text"] and "trade" in ack["text"]
        assert "Type `/brief`" in ack["text"]
    assert slack.fake.responses == {}


async def test_a_private_url_is_refused_from_chat(slack: Slack) -> None:
    status, _, _ = await slack.command("http://127.0.0.1:9/admin", key="private")
    assert status == 200
    [answer] = await slack.fake.wait_for_responses("private")
    assert answer["response_type"] == "ephemeral"
    assert "private address" in answer["text"] and "BRIEFBOT_ALLOW_PRIVATE_URLS" in answer["text"]
    assert answer["text"].startswith("Could not build a briefing of 1 URL: ")  # worded as on Discord


@pytest.mark.parametrize("how", ["forged", "stale", "unsigned"])
async def test_requests_not_signed_by_slack_get_401_and_do_nothing(slack: Slack, how: str) -> None:
    cases: dict[str, dict[str, Any]] = {
        "forged": {"secret": "not-the-signing-secret"},
        "stale": {"timestamp": int(time.time()) - 6 * 60},
        "unsigned": {"signed": False},
    }
    kwargs = cases[how]
    status, _, _ = await slack.command("trade", key=how, **kwargs)
    assert status == 401
    await asyncio.sleep(0.2)
    assert slack.fake.responses == {}


async def test_a_request_signed_four_minutes_ago_is_still_accepted(slack: Slack) -> None:
    status, _, _ = await slack.command("help", timestamp=int(time.time()) - 4 * 60)
    assert status == 200


def test_http_mode_without_a_signing_secret_names_the_variable(briefs_dir: Path) -> None:
    settings = Settings(slack_bot_token="xoxb-1")
    with pytest.raises(MissingSetting, match=r"^SLACK_SIGNING_SECRET is not set"):
        SlackService(settings, load_briefs(briefs_dir), host="127.0.0.1", port=0)
    with pytest.raises(MissingSetting, match=r"^SLACK_BOT_TOKEN is not set"):
        SlackService(Settings(slack_signing_secret=SECRET), {}, host="127.0.0.1", port=0)


async def test_a_private_answer_of_more_stories_than_answers_puts_several_in_a_message(
        slack: Slack, monkeypatch: pytest.MonkeyPatch) -> None:
    async def eight_stories(*_: Any) -> Briefing:
        return briefing(*(story(n, [f"Item {n}: exports resume."]) for n in range(1, 9)))

    monkeypatch.setattr(request, "briefing_for", eight_stories)
    await slack.command("trade", key="eight")
    await asyncio.sleep(0.5)  # every answer that is coming has come
    header, *answers = await slack.fake.wait_for_responses("eight", 2)
    assert 1 <= len(answers) < RESPONSES_PER_COMMAND and all(a["response_type"] == "ephemeral" for a in answers)
    assert header["blocks"][0]["text"]["text"] == "Trade"
    text = "\n".join(payload_text(a) for a in answers)
    assert [int(n) for n in re.findall(r"Item (\d+):", text)] == list(range(1, 9))  # all of them, in order


async def test_a_briefing_too_long_for_a_private_answer_says_what_to_type(
        slack: Slack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(request, "briefing_for", long_briefing)
    await slack.command("trade", key="long")
    [answer] = await slack.fake.wait_for_responses("long")
    assert answer["response_type"] == "ephemeral"
    assert "type `/brief public trade` to post it here with the rest in a thread" in answer["text"]
    await slack.command("https://news.example/A https://news.example/B", key="urls")
    [answer] = await slack.fake.wait_for_responses("urls")
    assert answer["text"].startswith("A briefing of 2 URLs is ")  # not "urls": the rest keeps its case
    assert "type `/brief public https://news.example/A https://news.example/B` to post" in answer["text"]


async def test_a_long_public_briefing_is_posted_in_the_channel_with_its_thread(
        slack: Slack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(request, "briefing_for", long_briefing)
    await slack.command("public trade", key="long")
    for _ in range(100):
        if len(slack.fake.posts) > RESPONSES_PER_COMMAND:
            break
        await asyncio.sleep(0.05)
    first, *replies = slack.fake.posts
    assert first.channel == "C0NEWS" and len(replies) >= RESPONSES_PER_COMMAND
    assert all(r.thread_ts == first.ts for r in replies)
    assert slack.fake.responses == {}


async def long_briefing(*_: Any) -> Briefing:
    return briefing(*(story(n, [f"Item {n}.{i}: " + "text " * 80 for i in range(30)]) for n in range(1, 41)))


@pytest.mark.parametrize(("bot_token", "app_token", "refused"), [
    ("xoxb-revoked", None, "SLACK_BOT_TOKEN"),
    (FakeSlack.token, "xapp-revoked", "SLACK_APP_TOKEN"),
])
async def test_a_refused_token_stops_the_start_with_one_line(bot_token: str, app_token: str | None,
                                                            refused: str) -> None:
    fake = await FakeSlack().start()
    settings = Settings(slack_bot_token=bot_token, slack_app_token=app_token, slack_signing_secret=SECRET,
                        slack_api_url=fake.api_url)
    service = SlackService(settings, {}, host="127.0.0.1", port=0)
    try:
        with pytest.raises(ConfigError, match=rf"^Slack refused {refused} \(invalid_auth\): check its value$"):
            await service.start()
    finally:
        await fake.stop()


async def test_a_port_in_use_is_a_one_line_error(slack: Slack) -> None:
    settings = Settings(slack_bot_token=slack.fake.token, slack_signing_secret=SECRET,
                        slack_api_url=slack.fake.api_url)
    second = SlackService(settings, {}, host="127.0.0.1", port=slack.service.port)
    with pytest.raises(ConfigError, match=rf"^cannot listen on 127\.0\.0\.1:{slack.service.port} .*--port$"):
        await second.start()


async def test_socket_mode_answers_brief_over_the_websocket(briefs_dir: Path) -> None:
    fake = await FakeSlack().start()
    settings = Settings(briefs_dir=briefs_dir, slack_bot_token=fake.token, slack_app_token=fake.app_token,
                        slack_api_url=fake.api_url)
    service = SlackService(settings, load_briefs(briefs_dir), host="127.0.0.1", port=0)
    await service.start()
    try:
        ack = await fake.slash_command_over_socket("trade", fake.response_url("socket"))
        assert ack["payload"] == {"response_type": "ephemeral", "text": "Building the `trade` briefing…"}
        _, answer = await fake.wait_for_responses("socket", 2)
        assert "*What*" in payload_text(answer) and "Kestria" in payload_text(answer)
    finally:
        await service.stop()
        await fake.stop()


def signed_bytes(body: bytes, content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    """Slack's signature over raw bytes (which need not be UTF-8)."""
    ts = str(int(time.time()))
    digest = hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}", "Content-Type": content_type}


@pytest.mark.parametrize("timestamp", ["yesterday", "", "1e9", "12 34", "\u0661\u0662\u0663"])
async def test_a_timestamp_that_is_not_a_number_gets_401_without_a_traceback(
        slack: Slack, caplog: pytest.LogCaptureFixture, timestamp: str) -> None:
    body = slash_command("trade", slack.fake.response_url("ts"))
    headers = {**signed_headers(body, SECRET), "X-Slack-Request-Timestamp": timestamp}
    with caplog.at_level(logging.INFO):
        async with slack.http.post(slack.events_url, data=body.encode(), headers=headers) as response:
            assert response.status == 401
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert slack.fake.responses == {}


@pytest.mark.parametrize(("body", "content_type"), [
    (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    (b"payload=%5B1%2C2%5D", "application/x-www-form-urlencoded"),
    (b"{not json", "application/json"),
    (b"[1, 2, 3]", "application/json"),
    (b'"a string"', "application/json"),
    (b"command=/brief&text=\xff\xfe", "application/x-www-form-urlencoded"),
])
async def test_a_signed_but_malformed_body_gets_400_without_a_traceback(
        slack: Slack, caplog: pytest.LogCaptureFixture, body: bytes, content_type: str) -> None:
    with caplog.at_level(logging.INFO):
        async with slack.http.post(slack.events_url, data=body, headers=signed_bytes(body, content_type)) as response:
            assert response.status == 400
            assert "malformed" in await response.text()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_a_signed_command_without_response_url_is_answered_in_the_ack(
        slack: Slack, caplog: pytest.LogCaptureFixture) -> None:
    body = urlencode({k: v for k, v in parse_qsl(slash_command("trade", "")) if k != "response_url"})
    loop = asyncio.get_running_loop()
    unretrieved: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: unretrieved.append(context))
    try:
        with caplog.at_level(logging.INFO):
            async with slack.http.post(slack.events_url, data=body, headers=signed_headers(body, SECRET)) as response:
                assert response.status == 200
                answer = await response.json()
            await asyncio.sleep(0.3)
            gc.collect()  # a task that failed and was never awaited reports itself when collected
            await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(None)
    assert answer["response_type"] == "ephemeral" and "response_url" in answer["text"]
    assert unretrieved == []
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.chat.slack_app"]
    assert warnings == ["/brief from U0ASKER came without a response_url: answered in the ack only"]
