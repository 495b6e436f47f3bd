"""Brief files: one TOML file per brief in the briefs folder (``briefs/*.toml``).

    name = "morning"                  # required
    sources = ["../seeds", "https://example.org/feed.xml"]   # required; paths relative to the file
    title = "Morning briefing"
    schedule = "0 7 * * 1-5"          # cron; without it the brief is on demand only
    timezone = "Europe/Berlin"        # IANA name, default UTC
    deliver = ["slack:#news", "discord:1234", "stdout"]
    mode = "full"                     # or "new": only what changed since the last briefing there
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from bot.errors import BriefFileError, ConfigError

DEFAULT = "default"
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Brief:
    name: str
    sources: list[str]
    title: str | None = None
    schedule: str | None = None
    timezone: str = "UTC"
    deliver: list[str] = field(default_factory=list)
    mode: str = "full"
    path: Path | None = None


def load_brief(path: Path) -> Brief:
    """The brief in ``path``; ``BriefFileError`` (``file: key: what is wrong``) if it is invalid."""
    name = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise BriefFileError(name, "toml", f"not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefFileError(name, "file", f"cannot be read ({exc})") from None
    for key in ("name", "sources"):
        if key not in data:
            raise BriefFileError(name, key, "is required")
    if not isinstance(data["name"], str) or not data["name"].strip():
        raise BriefFileError(name, "name", "must be a non-empty string")
    sources = data["sources"]
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        raise BriefFileError(name, "sources", "must be a non-empty list of paths or URLs")
    base = path.parent
    return Brief(
        name=data["name"].strip(),
        sources=[_resolve(_expand(s, name, "sources"), base) for s in sources],
        title=data.get("title"),
        schedule=data.get("schedule"),
        timezone=data.get("timezone", "UTC"),
        deliver=[_expand(t, name, "deliver") for t in data.get("deliver", [])],
        mode=data.get("mode", "full"),
        path=path,
    )


def _expand(value: Any, file: str, key: str) -> str:
    """``${VAR}`` references replaced by the environment, so secrets stay out of brief files."""
    if not isinstance(value, str):
        raise BriefFileError(file, key, f"{value!r} must be a string")

    def sub(match: re.Match[str]) -> str:
        var = match.group(1)
        if var not in os.environ:
            raise BriefFileError(file, key, f"${{{var}}} is not set in the environment: set {var}")
        return os.environ[var]

    return _ENV.sub(sub, value)


def _resolve(spec: str, base: Path) -> str:
    if spec.startswith(("http://", "https://")) or Path(spec).is_absolute():
        return spec
    return str((base / spec).resolve())


def load_briefs(folder: Path) -> dict[str, Brief]:
    """Every brief in ``folder`` by name, plus the built-in default if the folder has none."""
    briefs: dict[str, Brief] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            brief = load_brief(path)
            if brief.name in briefs:
                raise BriefFileError(str(path), "name", f"{brief.name!r} is already used by {briefs[brief.name].path}")
            briefs[brief.name] = brief
    if DEFAULT not in briefs:
        builtin = builtin_default()
        if builtin is not None:
            briefs[DEFAULT] = builtin
    return briefs


def builtin_default() -> Brief | None:
    """The default brief shipped with briefbot: the sample articles in ``seeds/``."""
    packaged = resources.files("bot").joinpath("_data", "briefs", "default.toml")
    checkout = Path(__file__).resolve().parent.parent / "briefs" / "default.toml"
    for candidate in (Path(str(packaged)), checkout):
        if candidate.is_file():
            return load_brief(candidate)
    return None


def find_brief(briefs: dict[str, Brief], name: str) -> Brief:
    if name not in briefs:
        known = ", ".join(sorted(briefs)) or "none"
        raise ConfigError(f"no brief named {name!r} (known: {known}): add briefs/{name}.toml or pick another")
    return briefs[name]
