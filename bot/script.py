"""The ``briefbot`` script, and ``python -m bot``: the command line, with the cyclic garbage collector off while
briefbot's modules load.

Loading them makes hundreds of thousands of objects (classes, functions, rule tables, word sets) and frees almost
none, so the collector's young collections, one every 700 allocations, walk them for nothing: some 5% of the
instructions of a dry run's imports, 6% of the whole run's with its build. A one-off command then keeps the
collector off for its build (``bot.collector``); ``bot.cli.main`` switches it back on for a long-running one
(``briefbot serve``).
"""

from __future__ import annotations

from bot.collector import loading_without_collections


def run() -> int:
    """``bot.cli.main`` for this process's command line, its modules loaded with the collector off."""
    loading_without_collections()
    from bot.cli import main

    return main()
