"""``briefbot serve`` when a chat platform is unreachable: one line naming it, the rest keeps running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.test_slack_serve import free_port


def _serve(tmp_path: Path, scheduled: bool) -> subprocess.Popen[str]:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    if scheduled:
        (briefs / "morning.toml").write_text(f'name = "morning"\nsources = ["{ROOT / "seeds"}"]\n'
                                             'schedule = "0 7 * * *"\ndeliver = ["stdout"]\n')
    env = {**os.environ, "DISCORD_TOKEN": "not-a-real-token", "BRIEFBOT_BRIEFS": str(briefs),
           "DISCORD_API_URL": f"http://127.0.0.1:{free_port()}/api/v10",  # nothing listens there
           "BRIEFBOT_STATE": str(tmp_path / "state.db")}
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        env.pop(name, None)
    return subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stderr_until(process: subprocess.Popen[str], marker: str, timeout: float = 30) -> list[str]:
    assert process.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line)
        if marker in line:
            return lines
    raise AssertionError(f"{marker!r} never logged; got {lines}")


def test_discord_unreachable_is_one_line_and_the_schedule_keeps_running(tmp_path: Path) -> None:
    process = _serve(tmp_path, scheduled=True)
    try:
        lines = _stderr_until(process, "schedule started")
        assert process.poll() is None  # still serving
        failures = [line for line in lines if " INFO " not in line and "discord" in line.lower()]
        assert len(failures) == 1 and "discord cannot start:" in failures[0], lines
        assert "Traceback" not in "".join(lines) and "voice" not in "".join(lines)
    finally:
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in rest and "Unclosed" not in rest


def test_serve_exits_with_one_line_when_nothing_can_start(tmp_path: Path) -> None:
    process = _serve(tmp_path, scheduled=False)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "discord cannot start:" in err and "nothing could start (discord)" in err
    assert "Traceback" not in err and "Unclosed" not in err
