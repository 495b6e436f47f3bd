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
    ├── Busy                      as many briefings as allowed are being built: try again in a minute
    ├── DeliveryError             a briefing could not be posted to a target after retries
    └── StateError                the state store (SQLite / PostgreSQL) cannot be opened or written

The CLI prints ``briefbot: <message>`` for any of these and exits with ``exit_code``.
Messages never contain secrets: callers pass variable *names*, never values.
"""

from __future__ import annotations

from typing import Any


class BriefbotError(Exception):
    """Base of every error briefbot reports to a user."""

    exit_code = 2

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its message and fields, not by calling ``__init__`` again (which takes other
        arguments in most subclasses), so an error raised in a worker process reaches the caller whole."""
        return _rebuilt, (type(self), self.args, self.__dict__)


def _rebuilt(kind: type[BriefbotError], args: tuple[Any, ...], fields: dict[str, Any]) -> BriefbotError:
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(fields)
    return error


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


class Busy(BriefbotError):
    """As many briefings as the bot builds at once are being built: the request is refused, not queued."""


class DeliveryError(BriefbotError):
    """Posting to a target failed after the retries."""

    exit_code = 1

    def __init__(self, target: str, reason: str) -> None:
        self.target, self.reason = target, reason
        super().__init__(f"{target}: {reason}")


class StateError(BriefbotError):
    """The state store cannot be opened or written."""
