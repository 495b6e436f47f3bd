"""What reaches the log: never a token, the signing secret, a webhook's token or the database password."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot import logs
from bot.errors import ConfigError
from bot.settings import Settings
from bot.targets import Target

WEBHOOK = "https://discord.com/api/webhooks/123/hook-token-5/"


@pytest.fixture
def restored_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


def test_no_secret_reaches_the_log(restored_logging: None, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(slack_bot_token="xoxb-bot-token-1", slack_signing_secret="signing-secret-2",
                        slack_app_token="xapp-app-token-3", discord_token="discord-token-4",
                        state="postgresql://briefbot:p%40ss-6@db:5432/briefbot")
    logs.configure("INFO", settings.secrets())
    log = logging.getLogger("bot.test")
    log.error("posting with %s and %s to %s failed", settings.slack_bot_token, settings.discord_token, WEBHOOK)
    log.warning("state %s (password p@ss-6), header %s", settings.state, settings.slack_signing_secret)
    try:
        raise RuntimeError(f"the socket said {settings.slack_app_token} at {WEBHOOK}")
    except RuntimeError:
        log.exception("unexpected")
    written = capsys.readouterr().err
    for secret in ("xoxb-bot-token-1", "signing-secret-2", "xapp-app-token-3", "discord-token-4", "hook-token-5",
                   "p%40ss-6", "p@ss-6"):
        assert secret not in written
    assert "RuntimeError: the socket said *** at https://discord.com/api/webhooks/123/***/" in written


@pytest.mark.parametrize("url", [WEBHOOK, WEBHOOK.rstrip("/"), WEBHOOK + "?thread_id=9",
                                 "https://hooks.example/x/hook-token-5"])
def test_a_webhook_target_never_shows_its_token(url: str) -> None:
    assert "hook-token-5" not in str(Target.parse(f"discord-webhook:{url}"))


def test_a_mistyped_webhook_target_is_refused_without_showing_its_token() -> None:
    with pytest.raises(ConfigError, match=r"^'discord-webhok:https://discord.com/api/webhooks/123/\*\*\*/' is not a"):
        Target.parse(f"discord-webhok:{WEBHOOK}")


def test_json_logs_are_one_object_per_line_with_the_structured_fields_and_no_secret(
        restored_logging: None, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    logs.configure("INFO", ["xoxb-bot-token-1"], "json")
    log = logging.getLogger("bot.test")
    log.info("posted %s with xoxb-bot-token-1", "morning",
             extra=logs.fields(brief="morning", target=Target.parse("slack:#news"), slot="2030-01-07 07:00 CET"))
    try:
        raise RuntimeError("boom\nsecond line")
    except RuntimeError:
        log.exception("failed", extra=logs.fields(source="https://example.org/a"))
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["level"] == "INFO" and first["logger"] == "bot.test"
    assert first["message"] == "posted morning with ***"
    assert (first["brief"], first["target"], first["slot"]) == ("morning", "slack:#news", "2030-01-07 07:00 CET")
    assert first["time"].endswith("+00:00")
    assert second["source"] == "https://example.org/a" and "RuntimeError: boom" in second["exception"]
    with pytest.raises(TypeError, match="not a log field: colour"):
        logs.fields(colour="red")


def test_an_unknown_log_format_is_one_line_naming_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"BRIEFBOT_LOG_FORMAT='xml' is not a log format: set it to text or json"):
        Settings.from_env({"BRIEFBOT_LOG_FORMAT": "xml"})
