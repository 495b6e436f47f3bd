"""What ``briefbot serve`` runs: each chat adapter and the scheduler is a ``Service`` in one event loop."""

from __future__ import annotations

from typing import Protocol


class Service(Protocol):
    name: str

    async def start(self) -> None:
        """Start serving in the background and return once it is up."""

    async def stop(self) -> None:
        """Stop: finish or abandon work in flight cleanly, never leaving a half-posted briefing unrecorded."""
