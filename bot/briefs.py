"""Brief files: one TOML file per brief in the briefs folder (``briefs/*.toml``).

    name = "morning"                  # required
    sources = ["../seeds", "https://example.org/feed.xml"]   # required; paths relative to the file
    title = "Morning briefing"
    schedule = "0 7 * * 1-5"          # cron; without it the brief is on demand only
    timezone = "Europe/Berlin"        # IANA name, default UTC
    deliver = ["slack:#news", "discord:1234", "stdout"]
    mode = "full"                     # or "new": only what changed since the last briefing there
    top = 5                           # only the 5 most important stories
    include = ["rail", "North Sea"]   # only articles with one of these (whole words, any case) in title or lead
    exclude = ["sport"]               # no article with one of these in its title or lead
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import BriefFileError, ConfigError
from bot.logs import remember_expanded, without_url_tokens
from bot.selection import Selection
from bot.settings import MIN_SECRET
from bot.targets import FORMS, Target

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from apscheduler.triggers.base import BaseTrigger

DEFAULT = "default"
DEFAULT_FOLDER = Path("briefs")  # relative to where briefbot runs; may be absent (the built-in default is used)
log = logging.getLogger(__name__)
MODES = ("full", "new")
KEYS = ("name", "title", "sources", "schedule", "timezone", "deliver", "mode", "top", "include", "exclude")
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


@dataclass(frozen=True)
class Brief:
    """One brief file: its sources, schedule, timezone and destinations."""

    name: str
    sources: list[str]
    title: str | None = None
    schedule: str | None = None
    timezone: str = "UTC"
    deliver: list[str] = field(default_factory=list)
    mode: str = "full"
    path: Path | None = None
    top: int | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def selection(self) -> Selection:
        """The brief's ``top``, ``include`` and ``exclude``, as the pipeline applies them."""
        return Selection(self.top, self.include, self.exclude)

    @property
    def zone(self) -> ZoneInfo:
        return zone_named(self.timezone)

    @property
    def targets(self) -> list[Target]:
        return [Target.parse(t) for t in self.deliver]

    @property
    def scheduled(self) -> bool:
        """Whether the brief runs on its own; without a schedule it is posted only on request."""
        return self.schedule is not None

    def trigger(self) -> BaseTrigger:
        """The brief's schedule as a cron trigger in its timezone (only for scheduled briefs)."""
        if self.schedule is None:
            raise ConfigError(f"brief {self.name!r} has no schedule: add one, e.g. schedule = \"0 7 * * *\"")
        from bot.schedule.slots import cron_trigger  # apscheduler only for briefs that have a schedule

        return cron_trigger(self.schedule, self.zone)


def load_brief(path: Path) -> Brief:
    """The brief in ``path``; ``BriefFileError`` (``file: key: what is wrong``) if it is invalid."""
    import tomllib  # imported by a run that reads a brief file, not by every start

    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise BriefFileError(name, "toml", f"not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefFileError(name, "file", f"cannot be read ({exc})") from None
    for key in data:
        if key not in KEYS:
            raise BriefFileError(name, key, f"unknown key: use {', '.join(KEYS)}")
    for key in ("name", "sources"):
        if key not in data:
            raise BriefFileError(name, key, "is required")
    if not isinstance(data["name"], str) or not _NAME.fullmatch(data["name"].strip()):
        raise BriefFileError(name, "name", "must be a word of letters, digits, '.', '_' or '-' (it is typed "
                             "as /brief NAME)")
    sources = data["sources"]
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        raise BriefFileError(name, "sources", "must be a non-empty list of paths or URLs")
    title = data.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise BriefFileError(name, "title", "must be a non-empty string")
    timezone = _timezone(data.get("timezone", "UTC"), name)
    schedule = _schedule(data.get("schedule"), timezone, name)
    deliver = data.get("deliver", [])
    if not isinstance(deliver, list):
        raise BriefFileError(name, "deliver", 'must be a list of targets such as ["slack:#news", "stdout"]')
    targets = [_target(t, name) for t in deliver]
    if schedule is not None and not targets:
        raise BriefFileError(name, "deliver", "is required with a schedule: list where the briefing goes, "
                             'e.g. ["slack:#news"]')
    mode = data.get("mode", "full")
    if mode not in MODES:
        raise BriefFileError(name, "mode", f"{mode!r} is not a mode: use \"full\" or \"new\"")
    top = data.get("top")
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise BriefFileError(name, "top", f"{top!r} is not a number of stories: use a whole number such as 5")
    base = path.parent
    return Brief(
        name=data["name"].strip(),
        sources=[_resolve(_expand(s, name, "sources"), base) for s in sources],
        title=title.strip() if title else None,
        schedule=schedule,
        timezone=timezone,
        deliver=targets,
        mode=mode,
        path=path,
        top=top,
        include=_words(data.get("include", []), name, "include"),
        exclude=_words(data.get("exclude", []), name, "exclude"),
    )


def _words(value: Any, file: str, key: str) -> tuple[str, ...]:
    """An ``include``/``exclude`` list: words or phrases, each matched as whole words."""
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise BriefFileError(file, key, 'must be a list of words or phrases such as ["rail", "North Sea"]')
    return tuple(" ".join(w.split()) for w in value)


def zone_named(name: str) -> ZoneInfo:
    """The IANA timezone ``name``; ``zoneinfo`` (and its search for the tz database) is imported by a run
    that needs a timezone, not by every start."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _timezone(value: Any, file: str) -> str:
    if not isinstance(value, str):
        raise BriefFileError(file, "timezone", "must be an IANA name such as \"Europe/Berlin\" or \"UTC\"")
    from zoneinfo import ZoneInfoNotFoundError

    try:
        zone_named(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise BriefFileError(file, "timezone", f"{value!r} is not an IANA timezone: use a name such as "
                             "\"Europe/Berlin\" or \"UTC\"") from None
    return value


def _schedule(value: Any, timezone: str, file: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BriefFileError(file, "schedule", "must be a cron expression such as \"0 7 * * 1-5\"")
    from bot.schedule.slots import cron_trigger  # apscheduler only for briefs that have a schedule

    try:
        cron_trigger(value, zone_named(timezone))
    except ValueError as exc:
        raise BriefFileError(file, "schedule", f"{value!r} is not a cron expression ({exc}): use five "
                             "fields, minute hour day month weekday, such as \"0 7 * * 1-5\"") from None
    return value.strip()


def _target(raw: Any, file: str) -> str:
    """One ``deliver`` entry, expanded; an error quotes it as written, so an expanded secret never shows."""
    text = _expand(raw, file, "deliver")
    try:
        Target.parse(text)
    except ConfigError:
        raise BriefFileError(file, "deliver", f"{without_url_tokens(repr(raw))} is not a target: use {FORMS}") from None
    return text.strip()


def _expand(value: Any, file: str, key: str) -> str:
    """``${VAR}`` references replaced by the environment, so secrets stay out of brief files."""
    if not isinstance(value, str):
        raise BriefFileError(file, key, f"{value!r} must be a string")

    def sub(match: re.Match[str]) -> str:
        var = match.group(1)
        if var not in os.environ:
            raise BriefFileError(file, key, f"${{{var}}} is not set in the environment: set {var}")
        if len(os.environ[var].strip()) >= MIN_SECRET:  # it could be a secret: masked wherever it is shown
            remember_expanded(os.environ[var])
        return os.environ[var]

    return _ENV.sub(sub, value)


def _resolve(spec: str, base: Path) -> str:
    if spec.startswith(("http://", "https://")) or Path(spec).is_absolute():
        return spec
    return str((base / spec).resolve())


def load_briefs(folder: Path) -> dict[str, Brief]:
    """Every valid brief in ``folder`` by name, plus the built-in default if the folder has none.

    An invalid file is logged and left out, so one broken brief does not stop the others
    (``scan_briefs`` returns the errors; ``briefbot check`` lists them all).
    """
    briefs, errors = scan_briefs(folder)
    for error in errors:
        log.warning("brief file left out: %s", error)
    return briefs


def brief_named(folder: Path, name: str) -> Brief:
    """The brief called ``name`` in ``folder``; other brief files, valid or not, do not matter.

    A broken file that would have been ``name`` (``name.toml``) is reported with its own error.
    """
    briefs, errors = scan_briefs(folder)
    if name in briefs:
        return briefs[name]
    for error in errors:
        if Path(error.file).stem == name:
            raise error
    known = ", ".join(sorted(briefs)) or "none"
    raise ConfigError(f"no brief named {name!r} in {folder} (known: {known}): "
                      f"add {folder / (name + '.toml')} or pick another")


def scan_briefs(folder: Path) -> tuple[dict[str, Brief], list[BriefFileError]]:
    """The valid briefs in ``folder`` by name (plus the built-in default) and an error per invalid file.

    The folder itself must exist and be readable, unless it is the default ``briefs`` (then only the
    built-in default brief is known): a mistyped ``--briefs`` or a forgotten Docker mount is said.
    """
    briefs: dict[str, Brief] = {}
    errors: list[BriefFileError] = []
    for path in _brief_files(folder):
        try:
            brief = load_brief(path)
            if brief.name in briefs:
                raise BriefFileError(str(path), "name",
                                     f"{brief.name!r} is already used by {briefs[brief.name].path}")
        except BriefFileError as exc:
            errors.append(exc)
            continue
        briefs[brief.name] = brief
    if DEFAULT not in briefs:
        builtin = builtin_default()
        if builtin is not None:
            briefs[DEFAULT] = builtin
    return briefs, errors


def _brief_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".toml")
    except FileNotFoundError:
        if folder == DEFAULT_FOLDER:
            return []
        raise ConfigError(f"briefs folder {folder} does not exist: create it, or point --briefs or "
                          "BRIEFBOT_BRIEFS at the folder that holds your brief files") from None
    except NotADirectoryError:
        raise ConfigError(f"briefs folder {folder} is a file, not a folder: point --briefs or "
                          "BRIEFBOT_BRIEFS at the folder that holds your brief files") from None
    except PermissionError:
        raise ConfigError(f"briefs folder {folder} cannot be read (permission denied): "
                          "let briefbot's user read it") from None


def builtin_default() -> Brief | None:
    """The default brief shipped with briefbot: the sample articles in ``seeds/``."""
    from importlib import resources  # here: it imports tempfile and shutil, which a run with a briefs folder skips

    packaged = resources.files("bot").joinpath("_data", "briefs", "default.toml")
    checkout = Path(__file__).resolve().parent.parent / "briefs" / "default.toml"
    for candidate in (Path(str(packaged)), checkout):
        if candidate.is_file():
            return load_brief(candidate)
    return None
