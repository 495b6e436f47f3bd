"""Slack ``/brief`` acknowledgements while a big briefing builds, on demand:
``python -m tests.bench.bench_ack [ARTICLES] [REQUESTS]`` from the project root.

A real ``briefbot serve`` (Slack over HTTP on 127.0.0.1, its Web API and answers going to the fake Slack)
gets one signed ``/brief`` for a brief of ARTICLES distinct articles (default 1,000, from
``tests.bench.corpus``); once that build has started, REQUESTS (default 50) more signed ``/brief seeds``
are sent at once. Prints the acknowledgement times (median, p99, max) and how many of the extra requests
were answered "busy". Target (issue 14): p99 < 300 ms.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from tests.bench.bench_feed import feed_folder
from tests.fakes.slack_api import FakeSlack, signed_headers, slash_command
from tests.test_slack_serve import free_port, wait_until_listening

ROOT = Path(__file__).resolve().parents[2]
SECRET = "bench-signing-secret-0123456789abcdef"
BUILD_STARTS = 3.0
"""Seconds between the big request and the burst: the worker process is up and reading by then."""


async def acknowledged(http: aiohttp.ClientSession, url: str, text: str, key: str, fake: FakeSlack) -> float:
    body = slash_command(text, fake.response_url(key))
    started = time.perf_counter()
    async with http.post(url, data=body, headers=signed_headers(body, SECRET)) as response:
        await response.read()
        if response.status != 200:
            raise AssertionError(f"/brief {key}: HTTP {response.status}")
    return time.perf_counter() - started


async def bench(articles: int, requests: int) -> None:
    fake = await FakeSlack().start()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        briefs = Path(tmp)
        (briefs / "default.toml").write_text(f'name = "default"\nsources = ["{feed_folder(articles)}"]\n',
                                              encoding="utf-8")
        (briefs / "seeds.toml").write_text(f'name = "seeds"\nsources = ["{ROOT / "seeds"}"]\n', encoding="utf-8")
        env = {**os.environ, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": fake.token,
               "SLACK_API_URL": fake.api_url, "BRIEFBOT_BRIEFS": str(briefs), "BRIEFBOT_STATE": str(briefs / "s.db")}
        for name in ("SLACK_APP_TOKEN", "DISCORD_TOKEN", "BRIEFBOT_PUBLIC_URL"):
            env.pop(name, None)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "serve", "--port", str(port), cwd=ROOT, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        try:
            await wait_until_listening(port, process)
            url = f"http://127.0.0.1:{port}/slack/events"
            async with aiohttp.ClientSession() as http:
                first = await acknowledged(http, url, "", "big", fake)
                await asyncio.sleep(BUILD_STARTS)
                times = sorted(await asyncio.gather(*(acknowledged(http, url, "seeds", f"r{i}", fake)
                                                      for i in range(requests))))
                answers = await asyncio.gather(*(fake.wait_for_responses(f"r{i}", 1, timeout=600)
                                                 for i in range(requests)))
                started = time.perf_counter()
                await fake.wait_for_responses("big", 1, timeout=1800)
                big_left = time.perf_counter() - started
        finally:
            process.terminate()
            await process.wait()
            await fake.stop()
    busy = sum("try again in a minute" in a[0].get("text", "") for a in answers)
    p99 = times[min(len(times) - 1, round(0.99 * len(times)))]
    print(f"/brief with a {articles}-article briefing building (its own ack {first * 1000:.0f} ms): "
          f"{requests} concurrent acks median {statistics.median(times) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
          f"max {times[-1] * 1000:.0f} ms; {busy} answered busy; the big briefing arrived {big_left:.0f} s after "
          f"the others were answered (load {os.getloadavg()[0]:.1f})")


def main(argv: list[str]) -> int:
    articles = int(argv[0]) if argv else 1000
    requests = int(argv[1]) if len(argv) > 1 else 50
    asyncio.run(bench(articles, requests))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
