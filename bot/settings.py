"""Every setting briefbot reads, in one table.

Settings come from environment variables (a ``.env`` file is not read: use your process manager
or ``docker run --env-file``). Each one is one row of ``SETTINGS``: the variable, the ``Settings``
attribute it fills, its default, the parser that checks it, a line of documentation and whether it is
a secret. ``Settings.from_env``, ``Settings.require``, ``briefbot check`` and the README's settings
table (a test compares them) all read that table. A bad value is a one-line ``ConfigError`` naming
the variable and what to set instead. Secrets are kept out of ``repr`` so they never reach a log line.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from bot.errors import ConfigError, MissingSetting

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
MIN_SECRET = 6  # characters: a shorter value is no plausible secret, and masking it would blank ordinary text
YES = frozenset({"1", "true", "yes", "on"})
NO = frozenset({"0", "false", "no", "off"})

Parser = Callable[[str], Any]
"""Turns a variable's (stripped, non-empty) text into its value, or raises ``ValueError`` whose text
says what is wrong and what to set instead, e.g. ``"is not a number: set it to a number such as 15"``."""


def text(raw: str) -> str:
    return raw


def path(raw: str) -> Path:
    return Path(raw)


def flag(raw: str) -> bool:
    """``1/true/yes/on`` or ``0/false/no/off``, in any case."""
    if raw.lower() in YES:
        return True
    if raw.lower() in NO:
        return False
    raise ValueError("is not a yes/no value: set it to 1 or 0")


def level(raw: str) -> str:
    """A logging level name, in any case."""
    if raw.upper() not in LOG_LEVELS:
        raise ValueError(f"is not a level: set it to {', '.join(LOG_LEVELS)}")
    return raw.upper()


def log_format(raw: str) -> str:
    """``text`` or ``json``, in any case."""
    if raw.lower() not in ("text", "json"):
        raise ValueError("is not a log format: set it to text or json")
    return raw.lower()


def public_url(raw: str) -> str:
    """An ``http(s)://`` address with a host, kept without its trailing slash."""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("is not an http(s) address: set it to where `briefbot serve` is reached, "
                         "such as https://briefs.example.org")
    return raw.rstrip("/")


def number(example: float, *, least: float = 0, whole: bool = False, positive: bool = False) -> Parser:
    """A parser of numbers of at least ``least`` (above 0 if ``positive``; whole ones if ``whole``);
    ``example`` is offered in the message when the text is not one."""
    kind = "whole number" if whole else "number"

    def parse(raw: str) -> float | int:
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"is not a number: set it to a {kind} such as {example:g}") from None
        if not math.isfinite(value) or (whole and not value.is_integer()):
            raise ValueError(f"is not a {kind}: set it to a {kind} such as {example:g}")
        if positive and value <= 0:
            raise ValueError(f"is not above 0: set it to a {kind} above 0 such as {example:g}")
        if value < least:
            raise ValueError(f"is less than {least:g}: set it to a {kind} of at least {least:g}")
        return int(value) if whole else value

    return parse


def _default_state(env: Mapping[str, str]) -> str:
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return str(Path(base) / "briefbot" / "state.sqlite3")


def default_cache(env: Mapping[str, str]) -> str:
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "briefbot")


@dataclass(frozen=True)
class Setting:
    """One environment variable and the ``Settings`` attribute it fills.

    ``default`` is the text used when the variable is unset or empty (parsed like a value), a function of
    the environment for a default that depends on it, or ``None`` for "not set".
    """

    name: str
    attribute: str
    default: str | Callable[[Mapping[str, str]], str] | None
    parse: Parser
    doc: str
    secret: bool = False

    def value(self, env: Mapping[str, str]) -> Any:
        """This setting's value in ``env``; ``ConfigError`` naming the variable if its text is not valid."""
        raw = env.get(self.name, "").strip()
        if not raw:
            default = self.default(env) if callable(self.default) else self.default
            return None if default is None else self.parse(default)
        if self.secret and len(raw) < MIN_SECRET:  # a typo or a placeholder, and it could not be masked safely
            raise ConfigError(f"{self.name}=*** is shorter than {MIN_SECRET} characters, too short to be a real "
                              "secret: set the whole value")
        try:
            return self.parse(raw)
        except ValueError as exc:
            shown = "***" if self.secret else repr(raw)
            raise ConfigError(f"{self.name}={shown} {exc}") from None


SETTINGS: tuple[Setting, ...] = (
    Setting("BRIEFBOT_BRIEFS", "briefs_dir", "briefs", path,
            "Folder of brief files (`*.toml`); `--briefs DIR` overrides it."),
    Setting("BRIEFBOT_STATE", "state", _default_state, text,
            "State store: a SQLite file path or a `postgresql://` URL. "
            "Default: `$XDG_STATE_HOME/briefbot/state.sqlite3` (`~/.local/state/...`)."),
    Setting("BRIEFBOT_CACHE", "cache", default_cache, path,
            "Folder where briefbot keeps what it derives from its rules between runs (compiled patterns, "
            "pre-checks, the gazetteer), as Python keeps bytecode; safe to delete. "
            "Default: `$XDG_CACHE_HOME/briefbot` (`~/.cache/briefbot`)."),
    Setting("BRIEFBOT_GRACE_SECONDS", "grace_seconds", "3600", number(3600, whole=True),
            "A scheduled briefing missed while the bot was down is posted late if no older than this."),
    Setting("BRIEFBOT_ALLOW_PRIVATE_URLS", "allow_private_urls", "0", flag,
            "`1` lets chat users and fetches reach addresses that are not public: private, loopback, link-local "
            "and the like."),
    Setting("BRIEFBOT_FETCH_TIMEOUT", "fetch_timeout", "15", number(15, positive=True),
            "Seconds allowed for fetching one URL."),
    Setting("BRIEFBOT_FETCH_CONCURRENCY", "fetch_concurrency", "8", number(8, least=1, whole=True),
            "How many URLs are fetched at once."),
    Setting("BRIEFBOT_MAX_SOURCE_BYTES", "max_source_bytes", "5000000", number(5_000_000, least=1, whole=True),
            "Files and pages larger than this are skipped."),
    Setting("BRIEFBOT_MAX_FEED_ENTRIES", "max_feed_entries", "100", number(100, least=1, whole=True),
            "A feed's newest entries read per run (each is fetched); older ones are reported as skipped."),
    Setting("BRIEFBOT_LOG_LEVEL", "log_level", "INFO", level, "Logging level: DEBUG, INFO, WARNING or ERROR."),
    Setting("BRIEFBOT_LOG_FORMAT", "log_format", "text", log_format,
            "`text` (default): plain lines; `json`: one JSON object per line (time, level, logger, message, and "
            "brief, target, slot, source where known) for log shippers."),
    Setting("BRIEFBOT_PUBLIC_URL", "public_url", None, public_url,
            "Where `briefbot serve` is reached from outside, e.g. `https://briefs.example.org`: when set, it serves "
            "each archived briefing at `/briefings/ID` and chat posts end with a \"Full briefing\" link there."),
    Setting("SLACK_BOT_TOKEN", "slack_bot_token", None, text,
            "Slack bot token (`xoxb-...`): posting and answering `/brief`.", secret=True),
    Setting("SLACK_SIGNING_SECRET", "slack_signing_secret", None, text,
            "Slack signing secret: verifies requests in HTTP mode.", secret=True),
    Setting("SLACK_APP_TOKEN", "slack_app_token", None, text,
            "Slack app-level token (`xapp-...`): when set, Socket Mode is used.", secret=True),
    Setting("SLACK_API_URL", "slack_api_url", None, text,
            "Slack Web API base URL (proxies, tests). Default: Slack's own."),
    Setting("DISCORD_TOKEN", "discord_token", None, text,
            "Discord bot token: the `/brief` command and posting to channels.", secret=True),
    Setting("DISCORD_API_URL", "discord_api_url", None, text,
            "Discord API base URL, e.g. `http://127.0.0.1:8080/api/v10` (tests). Default: Discord's own."),
)
BY_ATTRIBUTE = {s.attribute: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The values of ``SETTINGS`` for one process. Build it with ``Settings.from_env()``.

    One field per row of ``SETTINGS`` (a test checks that the fields, their defaults and which are kept
    out of ``repr`` match the table).
    """

    briefs_dir: Path = Path("briefs")
    state: str = field(default_factory=lambda: _default_state(os.environ), repr=False)  # a URL can carry a password
    cache: Path = field(default_factory=lambda: Path(default_cache(os.environ)))
    grace_seconds: int = 3600
    allow_private_urls: bool = False
    fetch_timeout: float = 15.0
    fetch_concurrency: int = 8
    max_source_bytes: int = 5_000_000
    max_feed_entries: int = 100
    log_level: str = "INFO"
    log_format: str = "text"
    public_url: str | None = None
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_api_url: str | None = None
    discord_token: str | None = field(default=None, repr=False)
    discord_api_url: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Every setting read from ``env`` (default: the process environment) and checked."""
        env = os.environ if env is None else env
        return cls(**{s.attribute: s.value(env) for s in SETTINGS})

    def require(self, attribute: str, needed_for: str) -> str:
        """The value of a setting this action cannot do without, or ``MissingSetting`` naming its variable."""
        value = getattr(self, attribute)
        if not value:
            raise MissingSetting(BY_ATTRIBUTE[attribute].name, needed_for)
        return str(value)

    def secrets(self) -> list[str]:
        """The secret values that are set, so logs can mask them: tokens, and the state database's password."""
        values = [v for s in SETTINGS if s.secret and (v := getattr(self, s.attribute))]
        try:
            parts = urlsplit(self.state)
            passwords = [parts.password or "", *parse_qs(parts.query).get("password", [])]
        except ValueError:  # not a URL a password could be read from: a file path
            passwords = []
        return [*values, *(p for password in passwords if password  # as written in the URL, and meant
                           for p in (password, unquote(password)))]
