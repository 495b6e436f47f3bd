"""The shape of the code: no import cycle among briefbot's modules, and the leaf modules stay leaves.

The graph is read from the source with ``ast``, so imports inside functions (the lazy ones that keep
chat libraries out of a dry run) and under ``TYPE_CHECKING`` count as much as those at the top. An edge
is an import written in the code; the implicit import of a package's ``__init__`` by its submodules is
not one.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# Modules everything may use, so they may use nothing of briefbot but each other (as listed).
LEAVES = {
    "bot.errors": set(),
    "bot.model": set(),
    "bot.logs": set(),
    "bot.settings": {"bot.errors"},
    "bot.addresses": {"bot.errors", "bot.settings"},
    "bot.extras": {"bot.errors"},
    "bot.targets": {"bot.errors", "bot.extras", "bot.logs", "bot.settings", "bot.model"},
}


def modules(root: Path) -> dict[str, Path]:
    """Every module under ``root/bot`` by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((root / "bot").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The briefbot modules that module ``name`` imports, anywhere in its code."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # `from bot import logs`
    return (found & known) - {name}


def graph(root: Path) -> dict[str, set[str]]:
    found = modules(root)
    return {name: imports(name, path, set(found)) for name, path in found.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while (member := stack.pop()) != node:
                group.append(member)
            if group:
                found.append(sorted([*group, node]))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle() -> None:
    assert cycles(graph(ROOT)) == []


def test_leaf_modules_import_only_what_they_may() -> None:
    edges = graph(ROOT)
    assert {name: edges[name] - allowed for name, allowed in LEAVES.items()} == {name: set() for name in LEAVES}


def test_the_graph_sees_imports_inside_functions_and_finds_a_cycle(tmp_path: Path) -> None:
    (tmp_path / "bot" / "chat").mkdir(parents=True)
    (tmp_path / "bot" / "__init__.py").write_text("")
    (tmp_path / "bot" / "chat" / "__init__.py").write_text("")
    (tmp_path / "bot" / "pipeline.py").write_text("from bot import sources\n")
    (tmp_path / "bot" / "sources.py").write_text("def fetch():\n    from .chat.request import rule\n")
    (tmp_path / "bot" / "chat" / "request.py").write_text("import bot.pipeline\n")
    (tmp_path / "bot" / "chat" / "post.py").write_text("from ..pipeline import build\n")
    edges = graph(tmp_path)
    assert edges["bot.sources"] == {"bot.chat.request"} and edges["bot.chat.post"] == {"bot.pipeline"}
    assert cycles(edges) == [["bot.chat.request", "bot.pipeline", "bot.sources"]]
