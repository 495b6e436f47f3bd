"""The optional parts of briefbot and the pip extra that installs each: the chat platforms' libraries."""

from __future__ import annotations

import importlib
from types import ModuleType

from bot.errors import ConfigError

EXTRAS = {"slack_bolt": "slack", "slack_sdk": "slack", "discord": "discord"}
"""The chat libraries and the pip extra that installs each (``pip install 'briefbot[slack]'``)."""


def chat_module(name: str, needed_for: str) -> ModuleType:
    """The adapter module ``name``, imported now; ``ConfigError`` naming the extra to install when its
    platform's library is missing (the chat libraries are optional: the dry run needs none)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        extra = EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None:
            raise
        raise ConfigError(f"{needed_for} needs {extra.capitalize()} support, which is not installed: "
                          f"pip install 'briefbot[{extra}]'") from None
