"""Every error briefbot raises on purpose, in one tree.

    BriefbotError                 base: ``str(err)`` is one line a user can act on
    ├── ConfigError               a setting or brief file is wrong
    │   ├── MissingSetting        an environment variable that this action needs is not set
    │   └── BriefFileError        ``file: key: what is wrong`` in a brief's TOML
    ├── SourceError               one source could not be used (it is skipped, the rest go on)
    │   ├── UnreadableSource      a local file: missing, empty, binary, undecodable, too big
    │   └── FetchError            a URL or feed: DNS, timeout, HTTP status, not HTML, too big
    ├── NoUsableSources           nothing at all could be read, so there is nothing to brief
    ├── RequestRejected           a chat user asked for something they may not (local path, private URL)
    ├── DeliveryError             a briefing could not be posted to a target after retries
    └── StateError                the state store (SQLite / PostgreSQL) cannot be opened or written

The CLI prints ``briefbot: <message>`` for any of these and exits with ``exit_code``.
Messages never contain secrets: callers pass variable *names*, never values.
"""

from __future__ import annotations


class BriefbotError(Exception):
    """Base of every error briefbot reports to a user."""

    exit_code = 2


class ConfigError(BriefbotError):
    """A setting, flag or brief file is wrong."""


class MissingSetting(ConfigError):
    """An environment variable needed for this action is not set."""

    def __init__(self, variable: str, needed_for: str) -> None:
        self.variable = variable
        super().__init__(f"{variable} is not set: set it to {needed_for}")


class BriefFileError(ConfigError):
    """A brief file is invalid; the message reads ``file: key: what is wrong``."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = file, key, problem
        super().__init__(f"{file}: {key}: {problem}")


class SourceError(BriefbotError):
    """One source cannot be used; it is reported as skipped and the briefing goes on."""

    def __init__(self, source: str, reason: str) -> None:
        self.source, self.reason = source, reason
        super().__init__(f"{source}: {reason}")


class UnreadableSource(SourceError):
    """A local file that cannot be read as an article."""


class FetchError(SourceError):
    """A URL or feed that could not be fetched or parsed."""


class NoUsableSources(BriefbotError):
    """Every source was skipped: there is nothing to brief."""


class RequestRejected(BriefbotError):
    """A chat request asks for something a chat user may not have (a local path, a private URL)."""


class DeliveryError(BriefbotError):
    """Posting to a target failed after the retries."""

    exit_code = 1

    def __init__(self, target: str, reason: str) -> None:
        self.target, self.reason = target, reason
        super().__init__(f"{target}: {reason}")


class StateError(BriefbotError):
    """The state store cannot be opened or written."""
