"""Logging set-up: plain text lines (the default) or one JSON object per line for log shippers
(``BRIEFBOT_LOG_FORMAT=json``), both masking every secret before a line is written.

Structured fields are passed with ``extra=fields(brief=..., target=..., slot=..., source=...)``; the
JSON form carries them as keys, the text form leaves them to the message."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

FORMATS = ("text", "json")
FIELDS = ("brief", "target", "slot", "source")  # the structured fields a record may carry

# A Discord webhook or interaction URL carries its token as the path segment after the numeric id.
_URL_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/?#\s]+")


_EXPANDED: set[str] = set()  # ${VAR} values from brief files: masked wherever a source is shown, logged or stored


def remember_expanded(value: str) -> None:
    """Mask ``value`` (a ``${VAR}`` expansion) from now on, as written and %-encoded."""
    from urllib.parse import quote  # lazy: only brief files with ${VAR} need it

    _EXPANDED.update({value, quote(value, safe="")})


def expanded_values() -> frozenset[str]:
    """The ``${VAR}`` values masked so far (for a worker process, which starts knowing none)."""
    return frozenset(_EXPANDED)


def whole_values(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each whole occurrence of a secret replaced by ``***``: one not run together with other
    letters or digits, so a value that is also part of a word (or a single letter) does not blank the word."""
    ordered = sorted({s for s in secrets if s}, key=len, reverse=True)
    if not ordered or not any(s in text for s in ordered):
        return text
    pattern = "(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, ordered)) + ")(?![A-Za-z0-9])"
    return re.sub(pattern, "***", text)


def masked(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` fit to show or store: ``secrets``, every ``${VAR}`` value expanded so far and every webhook
    URL token masked."""
    return without_url_tokens(whole_values(text, [*secrets, *_EXPANDED]))


def without_url_tokens(text: str) -> str:
    """``text`` with the token of every Discord webhook or interaction URL in it replaced by ``***``.

    Every match holds "/webhooks/" or "/interactions/", and a text holding neither (nearly every text masked:
    each field of each source read) is returned as it is, without the substitution, whose template is looked up
    by Python code on each call."""
    if "/webhooks/" not in text and "/interactions/" not in text:
        return text
    return _URL_TOKEN.sub(r"\1***", text)


class SecretMask(logging.Formatter):
    """Formats a record with every configured secret value and every webhook URL token replaced by ``***``.

    It masks the whole formatted line, traceback included: an exception's text can quote a URL or a value.
    """

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        return self.masked(super().format(record))

    def masked(self, text: str) -> str:
        return masked(text, self.secrets)


class JsonLines(SecretMask):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, the structured ``FIELDS``
    the record carries, and the traceback as ``exception`` when there is one; secrets masked in every value."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__("%(message)s", secrets)

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "message": self.masked(record.getMessage())}
        for name in FIELDS:
            if (value := getattr(record, name, None)) is not None:
                entry[name] = self.masked(str(value))
        if record.exc_info:
            entry["exception"] = self.masked(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def fields(**values: object) -> dict[str, object]:
    """``extra=`` for a log call: the structured fields that are set (``brief``, ``target``, ``slot``, ``source``)."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"not a log field: {', '.join(sorted(unknown))}")
    return {name: value for name, value in values.items() if value is not None}


class _NoVoiceWarnings(logging.Filter):
    """discord.py warns at every start that voice libraries (PyNaCl, davey) are missing: a text-only bot never
    uses voice, so those lines are noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


def configure(level: str, secrets: Iterable[str] = (), form: str = "text") -> None:
    """Log to stderr at ``level`` (one of ``settings.LOG_LEVELS``) in ``form`` (one of ``FORMATS``), masking
    ``secrets``."""
    discord_client = logging.getLogger("discord.client")
    if not any(isinstance(f, _NoVoiceWarnings) for f in discord_client.filters):
        discord_client.addFilter(_NoVoiceWarnings())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines(secrets) if form == "json" else
                         SecretMask("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
