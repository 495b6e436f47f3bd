"""Logging set-up: one format, and a formatter that masks every secret before a line is written."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

# A Discord webhook or interaction URL carries its token as the path segment after the numeric id.
_URL_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/?#\s]+")


def without_url_tokens(text: str) -> str:
    """``text`` with the token of every Discord webhook or interaction URL in it replaced by ``***``."""
    return _URL_TOKEN.sub(r"\1***", text)


class SecretMask(logging.Formatter):
    """Formats a record with every configured secret value and every webhook URL token replaced by ``***``.

    It masks the whole formatted line, traceback included: an exception's text can quote a URL or a value.
    """

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return without_url_tokens(text)


class _NoVoiceWarnings(logging.Filter):
    """discord.py warns at every start that voice libraries (PyNaCl, davey) are missing: a text-only bot never
    uses voice, so those lines are noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


def configure(level: str, secrets: Iterable[str] = ()) -> None:
    """Log to stderr at ``level`` (one of ``settings.LOG_LEVELS``), masking ``secrets``."""
    discord_client = logging.getLogger("discord.client")
    if not any(isinstance(f, _NoVoiceWarnings) for f in discord_client.filters):
        discord_client.addFilter(_NoVoiceWarnings())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SecretMask("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
