"""Settings from the environment: one table, parsed once, and a bad value named with what to set instead."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from bot.errors import ConfigError, MissingSetting
from bot.settings import SETTINGS, Settings
from tests.conftest import Result


def test_values_come_from_the_given_environment_alone() -> None:
    settings = Settings.from_env({"XDG_STATE_HOME": "/var/lib/x", "BRIEFBOT_FETCH_CONCURRENCY": "3",
                                  "BRIEFBOT_ALLOW_PRIVATE_URLS": "yes", "SLACK_BOT_TOKEN": "  xoxb-1  "})
    assert settings.state == "/var/lib/x/briefbot/state.sqlite3"
    assert settings.fetch_concurrency == 3 and settings.allow_private_urls and settings.slack_bot_token == "xoxb-1"


def test_the_table_and_the_settings_fields_agree() -> None:
    """Every field is one row: same defaults (as parsed from the table), and secrets kept out of repr."""
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    assert [s.attribute for s in SETTINGS] == list(fields)
    built, empty = Settings(), Settings.from_env({})
    for setting in SETTINGS:
        assert getattr(built, setting.attribute) == getattr(empty, setting.attribute), setting.name
        if setting.secret:
            assert not fields[setting.attribute].repr, setting.name
    assert len({s.name for s in SETTINGS}) == len(SETTINGS)


@pytest.mark.parametrize(("name", "value", "message"), [
    ("BRIEFBOT_GRACE_SECONDS", "soon", "'soon' is not a number: set it to a whole number such as 3600"),
    ("BRIEFBOT_GRACE_SECONDS", "-5", "'-5' is less than 0: set it to a whole number of at least 0"),
    ("BRIEFBOT_GRACE_SECONDS", "90.5", "'90.5' is not a whole number: set it to a whole number such as 3600"),
    ("BRIEFBOT_FETCH_TIMEOUT", "-1", "'-1' is not above 0: set it to a number above 0 such as 15"),
    ("BRIEFBOT_FETCH_TIMEOUT", "0", "'0' is not above 0: set it to a number above 0 such as 15"),
    ("BRIEFBOT_FETCH_TIMEOUT", "inf", "'inf' is not a number: set it to a number such as 15"),
    ("BRIEFBOT_FETCH_CONCURRENCY", "0", "'0' is less than 1: set it to a whole number of at least 1"),
    ("BRIEFBOT_MAX_SOURCE_BYTES", "5MB", "'5MB' is not a number: set it to a whole number such as 5e+06"),
    ("BRIEFBOT_ALLOW_PRIVATE_URLS", "maybe", "'maybe' is not a yes/no value: set it to 1 or 0"),
    ("BRIEFBOT_LOG_LEVEL", "loud", "'loud' is not a level: set it to DEBUG, INFO, WARNING, ERROR"),
])
def test_a_bad_value_is_one_line_naming_the_variable(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({name: value})
    assert str(caught.value) == f"{name}={message}"


@pytest.mark.parametrize(("value", "meant"), [("1", True), ("TRUE", True), ("on", True), ("0", False),
                                              ("no", False), ("Off", False), ("", False)])
def test_yes_and_no_are_read_in_any_case(value: str, meant: bool) -> None:
    assert Settings.from_env({"BRIEFBOT_ALLOW_PRIVATE_URLS": value}).allow_private_urls is meant


def test_numbers_and_levels_are_read_as_meant() -> None:
    settings = Settings.from_env({"BRIEFBOT_GRACE_SECONDS": "0", "BRIEFBOT_FETCH_TIMEOUT": "2.5",
                                  "BRIEFBOT_MAX_SOURCE_BYTES": "1e6", "BRIEFBOT_LOG_LEVEL": "debug"})
    assert (settings.grace_seconds, settings.fetch_timeout, settings.max_source_bytes) == (0, 2.5, 1_000_000)
    assert settings.log_level == "DEBUG"


def test_require_names_the_variable_of_the_attribute() -> None:
    settings = Settings(discord_token="d-1")
    assert settings.require("discord_token", "post") == "d-1"
    with pytest.raises(MissingSetting, match=r"^SLACK_SIGNING_SECRET is not set: set it to verify requests$"):
        settings.require("slack_signing_secret", "verify requests")


def test_secrets_never_show_in_repr() -> None:
    settings = Settings(slack_bot_token="xoxb-1", slack_signing_secret="s-2", discord_token="d-3",
                        state="postgresql://briefbot:hunter2@db/briefbot")
    assert not any(secret in repr(settings) for secret in ("xoxb-1", "s-2", "d-3", "hunter2"))
    assert set(settings.secrets()) == {"xoxb-1", "s-2", "d-3", "hunter2"}


def test_the_cli_says_a_bad_setting_in_one_line_and_does_nothing(
        cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_FETCH_TIMEOUT", "-1")
    result = cli("brief")
    assert (result.code, result.out) == (2, "")
    assert result.err == "briefbot: BRIEFBOT_FETCH_TIMEOUT='-1' is not above 0: set it to a number above 0 such as 15\n"
