"""Every setting briefbot reads, in one place.

Settings come from environment variables (a ``.env`` file is not read: use your process manager
or ``docker run --env-file``). Each one is declared once in ``SETTINGS`` with its default and what it
does; the README's settings table documents the same names, and a test keeps the two in step.
Secrets are kept out of ``repr`` so they never reach a log line.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bot.errors import ConfigError, MissingSetting


@dataclass(frozen=True)
class Setting:
    """One environment variable: its name, default (as text) and a line of documentation."""

    name: str
    default: str | None
    doc: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("BRIEFBOT_BRIEFS", "briefs", "Folder of brief files (`*.toml`); `--briefs DIR` overrides it."),
    Setting("BRIEFBOT_STATE", None,
            "State store: a SQLite file path or a `postgresql://` URL. "
            "Default: `$XDG_STATE_HOME/briefbot/state.sqlite3` (`~/.local/state/...`)."),
    Setting("BRIEFBOT_GRACE_SECONDS", "3600",
            "A scheduled briefing missed while the bot was down is posted late if no older than this."),
    Setting("BRIEFBOT_ALLOW_PRIVATE_URLS", "0",
            "`1` lets chat users and fetches reach addresses that are not public: private, loopback, link-local "
            "and the like."),
    Setting("BRIEFBOT_FETCH_TIMEOUT", "15", "Seconds allowed for fetching one URL."),
    Setting("BRIEFBOT_FETCH_CONCURRENCY", "8", "How many URLs are fetched at once."),
    Setting("BRIEFBOT_MAX_SOURCE_BYTES", "5000000", "Files and pages larger than this are skipped."),
    Setting("BRIEFBOT_LOG_LEVEL", "INFO", "Logging level: DEBUG, INFO, WARNING or ERROR."),
    Setting("SLACK_BOT_TOKEN", None, "Slack bot token (`xoxb-...`): posting and answering `/brief`.", True),
    Setting("SLACK_SIGNING_SECRET", None, "Slack signing secret: verifies requests in HTTP mode.", True),
    Setting("SLACK_APP_TOKEN", None, "Slack app-level token (`xapp-...`): when set, Socket Mode is used.", True),
    Setting("SLACK_API_URL", None, "Slack Web API base URL (proxies, tests). Default: Slack's own."),
    Setting("DISCORD_TOKEN", None, "Discord bot token: the `/brief` command and posting to channels.", True),
    Setting("DISCORD_API_URL", None, "Discord API base URL, e.g. `http://127.0.0.1:8080/api/v10` (tests)."),
)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _default_state(env: Mapping[str, str] = os.environ) -> str:
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return str(Path(base) / "briefbot" / "state.sqlite3")


@dataclass(frozen=True)
class Settings:
    """The values of ``SETTINGS`` for one process. Build it with ``Settings.from_env()``."""

    briefs_dir: Path = Path("briefs")
    state: str = field(default_factory=_default_state, repr=False)  # a database URL can carry a password
    grace_seconds: int = 3600
    allow_private_urls: bool = False
    fetch_timeout: float = 15.0
    fetch_concurrency: int = 8
    max_source_bytes: int = 5_000_000
    log_level: str = "INFO"
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_api_url: str | None = None
    discord_token: str | None = field(default=None, repr=False)
    discord_api_url: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        def number(name: str, default: float) -> float:
            raw = get(name)
            if raw is None:
                return default
            try:
                return float(raw)
            except ValueError:
                raise ConfigError(f"{name}={raw!r} is not a number: set it to a number such as {default:g}") from None

        def level() -> str:
            raw = get("BRIEFBOT_LOG_LEVEL") or "INFO"
            if raw.upper() not in LOG_LEVELS:
                raise ConfigError(f"BRIEFBOT_LOG_LEVEL={raw!r} is not a level: set it to {', '.join(LOG_LEVELS)}")
            return raw.upper()

        return cls(
            briefs_dir=Path(get("BRIEFBOT_BRIEFS") or "briefs"),
            state=get("BRIEFBOT_STATE") or _default_state(env),
            grace_seconds=int(number("BRIEFBOT_GRACE_SECONDS", 3600)),
            allow_private_urls=(get("BRIEFBOT_ALLOW_PRIVATE_URLS") or "0").lower() in {"1", "true", "yes", "on"},
            fetch_timeout=number("BRIEFBOT_FETCH_TIMEOUT", 15.0),
            fetch_concurrency=max(1, int(number("BRIEFBOT_FETCH_CONCURRENCY", 8))),
            max_source_bytes=int(number("BRIEFBOT_MAX_SOURCE_BYTES", 5_000_000)),
            log_level=level(),
            slack_bot_token=get("SLACK_BOT_TOKEN"),
            slack_signing_secret=get("SLACK_SIGNING_SECRET"),
            slack_app_token=get("SLACK_APP_TOKEN"),
            slack_api_url=get("SLACK_API_URL"),
            discord_token=get("DISCORD_TOKEN"),
            discord_api_url=get("DISCORD_API_URL"),
        )

    def require(self, attribute: str, needed_for: str) -> str:
        """The value of a setting this action cannot do without, or ``MissingSetting`` naming it."""
        value = getattr(self, attribute)
        if not value:
            raise MissingSetting(attribute.upper(), needed_for)
        return str(value)

    def secrets(self) -> list[str]:
        """The secret values that are set, so logs can mask them: tokens, and the state database's password."""
        names = {s.name.lower() for s in SETTINGS if s.secret}
        values = [v for n in names if (v := getattr(self, n, None))]
        try:
            password = urlsplit(self.state).password
        except ValueError:  # not a URL a password could be read from: a file path
            password = None
        return [*values, password, unquote(password)] if password else values  # as written in the URL, and meant
