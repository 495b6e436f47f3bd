"""``briefbot serve`` with Slack in HTTP mode, end to end: a real process on 127.0.0.1 answering signed ``/brief``
commands, with its Web API calls and answers going to a fake Slack."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import ROOT
from tests.fakes.slack_api import FakeSlack, payload_text, signed_headers, slash_command

SECRET = "e2e-signing-secret-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.stop()


async def wait_until_listening(port: int, process: asyncio.subprocess.Process, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.returncode is not None:
            raise AssertionError(f"serve exited with {process.returncode}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.1)
            continue
        writer.close()
        await writer.wait_closed()
        return
    raise AssertionError(f"nothing listens on port {port}")


async def test_serve_answers_a_signed_brief_and_refuses_a_forged_one(fake: FakeSlack, tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": fake.token,
           "SLACK_API_URL": fake.api_url, "BRIEFBOT_BRIEFS": str(tmp_path), "BRIEFBOT_STATE": str(tmp_path / "s.db")}
    for name in ("SLACK_APP_TOKEN", "DISCORD_TOKEN"):
        env.pop(name, None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", "--port", str(port), cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await wait_until_listening(port, process)
        url = f"http://127.0.0.1:{port}/slack/events"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
            body = slash_command("", fake.response_url("e2e"))
            fake.answers_open.clear()  # no answer can be delivered: the ack must not wait for one
            async with http.post(url, data=body, headers=signed_headers(body, SECRET)) as response:
                assert response.status == 200
                assert (await response.json())["text"] == "Building the `default` briefing…"
            fake.answers_open.set()
            _, answer = await fake.wait_for_responses("e2e", 2)
            assert answer["response_type"] == "ephemeral"
            assert "*What*" in payload_text(answer) and "Sources: Tasnim, AFP, " in payload_text(answer)

            forged = slash_command("", fake.response_url("forged"))
            async with http.post(url, data=forged, headers=signed_headers(forged, "guessed-secret")) as response:
                assert response.status == 401
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    log = err.decode()
    assert "HTTP mode on http://127.0.0.1" in log
    assert SECRET not in log and fake.token not in log
    assert "forged" not in fake.responses


def test_serve_without_a_signing_secret_names_the_variable(tmp_path: Path) -> None:
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-1", "BRIEFBOT_BRIEFS": str(tmp_path)}
    for name in ("SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DISCORD_TOKEN"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--port", str(free_port())], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("briefbot: SLACK_SIGNING_SECRET is not set")
    assert len(result.stderr.strip().splitlines()) == 1
