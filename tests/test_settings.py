"""Settings from the environment: parsed once, and a bad value named with what to set instead."""

from __future__ import annotations

import pytest

from bot.errors import ConfigError
from bot.settings import Settings


def test_values_come_from_the_given_environment_alone() -> None:
    settings = Settings.from_env({"XDG_STATE_HOME": "/var/lib/x", "BRIEFBOT_FETCH_CONCURRENCY": "0",
                                  "BRIEFBOT_ALLOW_PRIVATE_URLS": "yes", "SLACK_BOT_TOKEN": "  xoxb-1  "})
    assert settings.state == "/var/lib/x/briefbot/state.sqlite3"
    assert settings.fetch_concurrency == 1 and settings.allow_private_urls and settings.slack_bot_token == "xoxb-1"


def test_a_number_that_is_not_one_names_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"^BRIEFBOT_GRACE_SECONDS='soon' is not a number: set it to a number"):
        Settings.from_env({"BRIEFBOT_GRACE_SECONDS": "soon"})


def test_secrets_never_show_in_repr() -> None:
    settings = Settings(slack_bot_token="xoxb-1", slack_signing_secret="s-2", discord_token="d-3",
                        state="postgresql://briefbot:hunter2@db/briefbot")
    assert not any(secret in repr(settings) for secret in ("xoxb-1", "s-2", "d-3", "hunter2"))


def test_an_unknown_log_level_names_the_variable_and_the_levels() -> None:
    assert Settings.from_env({"BRIEFBOT_LOG_LEVEL": "debug"}).log_level == "DEBUG"
    with pytest.raises(ConfigError, match=r"^BRIEFBOT_LOG_LEVEL='loud' is not a level: set it to DEBUG, INFO, WARNING"):
        Settings.from_env({"BRIEFBOT_LOG_LEVEL": "loud"})
