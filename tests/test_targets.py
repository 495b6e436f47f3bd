"""Target kinds (``bot.targets.KINDS``): parsing, the token each needs, how each is shown, and its poster."""

from __future__ import annotations

import inspect

import pytest

from bot.errors import ConfigError
from bot.settings import BY_ATTRIBUTE, Settings
from bot.targets import FORMS, KINDS, Target


@pytest.mark.parametrize(("text", "kind", "address"), [
    ("slack:#news", "slack", "#news"), (" discord:1234 ", "discord", "1234"), ("stdout", "stdout", ""),
    ("discord-webhook:https://discord.com/api/webhooks/1/t", "discord-webhook", "https://discord.com/api/webhooks/1/t"),
])
def test_each_kind_parses_from_its_form(text: str, kind: str, address: str) -> None:
    assert Target.parse(text) == Target(kind, address)


@pytest.mark.parametrize("text", ["telegram:news", "slack", "slack:", "stdout:somewhere", "discord", ""])
def test_anything_else_is_refused_with_every_form(text: str) -> None:
    with pytest.raises(ConfigError, match=r" is not a target: use slack:#channel, slack:C0123, discord:CHANNEL_ID, "
                                          r"discord-webhook:URL or stdout$"):
        Target.parse(text)
    assert FORMS.endswith(" or stdout")


def test_a_kind_that_needs_a_token_names_its_variable_until_it_is_set() -> None:
    bare, tokens = Settings(), Settings(slack_bot_token="xoxb-1", discord_token="d-1")
    missing = {kind: Target(kind, "1").missing_token(bare) for kind in KINDS if KINDS[kind].has_address}
    assert missing == {"slack": "SLACK_BOT_TOKEN", "discord": "DISCORD_TOKEN", "discord-webhook": None}
    assert [Target(kind, "1").missing_token(tokens) for kind in missing] == [None, None, None]
    assert Target("stdout").missing_token(bare) is None


def test_every_kind_names_a_setting_that_exists_and_a_poster_that_posts() -> None:
    for kind in KINDS.values():
        assert kind.token is None or BY_ATTRIBUTE[kind.token].secret, kind.name
        poster = kind.post_function()
        assert inspect.iscoroutinefunction(poster), kind.name
        assert list(inspect.signature(poster).parameters)[:1] == ["briefing"], kind.name


def test_a_webhook_is_shown_without_its_token() -> None:
    assert str(Target.parse("discord-webhook:https://discord.com/api/webhooks/1/s3cr3t")).endswith("/1/***")
    assert str(Target.parse("slack:#news")) == "slack:#news" and str(Target.parse("stdout")) == "stdout"
