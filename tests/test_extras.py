"""The chat libraries are optional extras: without them the dry run works and chat use names the extra."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

# Runs briefbot with the chat libraries made unimportable, as in an install without the extras.
WITHOUT_CHAT = textwrap.dedent("""
    import sys
    for name in ("slack_bolt", "slack_sdk", "discord"):
        sys.modules[name] = None  # import fails with ModuleNotFoundError, as when not installed
    from bot.cli import main
    raise SystemExit(main(sys.argv[1:]))
""")


def _briefbot_without_chat(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "BRIEFBOT_STATE": str(tmp_path / "state.db"), **env}
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        if name not in env:
            environment.pop(name, None)
    return subprocess.run([sys.executable, "-c", WITHOUT_CHAT, *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_dry_run_needs_no_chat_library(tmp_path: Path) -> None:
    for fmt in ("text", "slack", "discord"):
        done = _briefbot_without_chat(tmp_path, "brief", "--format", fmt)
        assert done.returncode == 0, done.stderr


def test_posting_without_the_extra_names_the_extra_to_install(tmp_path: Path) -> None:
    done = _briefbot_without_chat(tmp_path, "post", "--to", "slack:#news", SLACK_BOT_TOKEN="xoxb-1")
    assert done.returncode == 1
    assert "needs Slack support, which is not installed: pip install 'briefbot[slack]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_without_the_extra_says_which_to_install(tmp_path: Path) -> None:
    done = _briefbot_without_chat(tmp_path, "serve", DISCORD_TOKEN="token-1", BRIEFBOT_BRIEFS=str(tmp_path))
    assert done.returncode == 2
    assert "discord cannot start: the Discord bot needs Discord support, which is not installed: " \
           "pip install 'briefbot[discord]'" in done.stderr
    assert "Traceback" not in done.stderr
