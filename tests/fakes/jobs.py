"""Small functions for worker-process tests: this module imports little, so a spawned worker starts fast."""

from __future__ import annotations

import os
import time
from pathlib import Path

from bot.errors import MissingSetting


def process_id() -> int:
    return os.getpid()


def wait_for(path: str) -> str:
    """Blocks its worker until ``path`` exists (the test creates it once it has seen the pool full)."""
    deadline = time.monotonic() + 60
    while not Path(path).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return path


def refuse() -> None:
    raise MissingSetting("EXAMPLE_TOKEN", "reach the example service")
