"""What briefbot derives from its rule tables and gazetteer, kept on disk between runs like Python's bytecode.

On a few articles a cold run spent more on deriving than on briefing: compiling some 300 patterns with
Python's regex compiler (written in Python), reading each rule's literal pre-check from its parse tree
(``bot.rules.literals``), building the gazetteer from 250 JSON files. Each answer is a pure function of its
input and of the code that derives it, so a ``Kept`` keeps the answers of one kind in one file named by a
digest of that code and of the Python version, in the cache folder (``BRIEFBOT_CACHE``), and a later run
reads them instead. A missing, stale or unreadable file costs only the deriving; when anything new was
derived the file is written at exit, under a temporary name then renamed, so no reader sees half of it.

A compiled pattern is kept as what Python's compiler makes of it (``_sre`` code, as ``re.compile`` hands
it to ``_sre.compile``): the file's digest holds the Python version and ``_sre.MAGIC``, and the pattern
built from it is equal (``==``: same text, flags and code) to the one ``re.compile`` builds. A pattern of
the third-party ``regex`` module (``compiled_regex``: Unicode properties, variable-width look-behinds) is
kept the same way, as what its compiler hands ``_regex.compile``, in a file whose digest holds that
compiler's code.
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

from bot.errors import ConfigError
from bot.settings import BY_ATTRIBUTE

V = TypeVar("V")

STALE_DAYS = 7

_CODE = (sys.version, str(_sre.MAGIC), __file__)


def cache_folder() -> Path | None:
    """The ``BRIEFBOT_CACHE`` folder; ``None`` when the setting cannot be read (no home folder)."""
    try:
        folder: Path = BY_ATTRIBUTE["cache"].value(os.environ)
    except (RuntimeError, KeyError, ValueError, ConfigError):
        return None
    return folder.expanduser()


class Kept(Generic[V]):
    """Answers of one kind (``name``), derived by the code in the files ``code`` and kept between runs; at most
    ``most`` of them, the last asked, for a kind whose answers are large and few are asked in a run (each run reads
    the whole file)."""

    def __init__(self, name: str, *code: str, most: int | None = None) -> None:
        self.name = name
        self._code = code
        self._most = most
        self._answers: dict[Hashable, V] | None = None
        self._asked: dict[Hashable, None] = {}  # the keys asked in this run, the last asked last (``most``)
        self._new = False

    def get(self, key: Hashable, derive: Callable[[], V]) -> V:
        """The kept answer for ``key``, or ``derive()`` kept for the next run."""
        answers = self._loaded()
        if self._most is not None:
            # Noted apart from the answers, which threads read meanwhile: a key is never missing from them.
            self._asked.pop(key, None)
            self._asked[key] = None
        try:
            return answers[key]
        except KeyError:
            pass
        answers[key] = value = derive()
        if not self._new:
            self._new = True
            atexit.register(self.save)
        return value

    def path(self) -> Path | None:
        folder = cache_folder()
        if folder is None:
            return None
        digest = hashlib.sha256()
        for part in (*_CODE, *self._code):
            digest.update(part.encode())
            if part.endswith(".py"):
                try:
                    digest.update(Path(part).read_bytes())
                except OSError:
                    digest.update(os.urandom(16))  # code that cannot be read cannot vouch for a kept answer
        return folder / f"{self.name}-{digest.hexdigest()[:20]}.marshal"

    def save(self) -> None:
        """Write the answers if any is new; a folder that cannot be written is left alone (the next run derives)."""
        path = self.path()
        if not self._new or self._answers is None or path is None:
            return
        answers = self._answers
        if self._most is not None and len(answers) > self._most:
            # The answers this run asked, last asked last, after the others in the file's order (the oldest first).
            order = [k for k in answers if k not in self._asked] + [k for k in self._asked if k in answers]
            answers = {k: answers[k] for k in order[-self._most:]}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps(answers))
            os.replace(temporary, path)
            self._new = False
        except (OSError, ValueError):
            return
        self._prune(path)

    def _prune(self, path: Path) -> None:
        """Remove this kind's files of other code versions left unwritten for ``STALE_DAYS``: each change of
        the deriving code (an upgrade, a checkout) starts a file, and the old ones are never read again."""
        oldest = time.time() - STALE_DAYS * 86400
        for other in path.parent.glob(f"{self.name}-*.marshal"):
            try:
                if other != path and other.stat().st_mtime < oldest:
                    other.unlink()
            except OSError:
                pass

    def _loaded(self) -> dict[Hashable, V]:
        if self._answers is None:
            self._answers = {}
            path = self.path()
            if path is not None:
                try:
                    answers = marshal.loads(path.read_bytes())
                except (OSError, EOFError, ValueError, TypeError):
                    answers = None
                if isinstance(answers, dict):
                    self._answers = answers
        return self._answers


_PATTERNS: Kept[tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]] = Kept("patterns")


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the kept compiler output when a run compiled ``source`` before."""
    flags = int(flags)
    made = _PATTERNS.get((source, flags), lambda: _compiler_output(source, flags))
    try:
        pattern: re.Pattern[str] = _sre.compile(source, *made)
    except (TypeError, ValueError, RuntimeError):  # a Python whose _sre takes other arguments
        return re.compile(source, flags)
    return pattern


def _compiler_output(source: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` besides the pattern text."""
    tree: Any = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    index = tree.state.groupdict
    names: list[str | None] = [None] * tree.state.groups
    for name, number in index.items():
        names[number] = name
    return int(flags | tree.state.flags), [int(c) for c in code], tree.state.groups - 1, dict(index), tuple(names)


_REGEX_PATTERNS: Kept[tuple[Any, ...] | None] | None = None
_CATCHING = threading.Lock()


def compiled_regex(source: str, flags: int = 0) -> Any:
    """``regex.compile(source, flags)`` (a ``regex.Pattern``), from the kept compiler output when a run
    compiled ``source`` before: ``regex``'s compiler is Python too, and its patterns took some 50 ms of
    each cold run (the summarizer's joined rule families alone 27 ms)."""
    import regex

    global _REGEX_PATTERNS
    if _REGEX_PATTERNS is None:
        _REGEX_PATTERNS = Kept("regex-patterns", regex._main.__file__, regex.__version__)
    flags = int(flags)
    made = _REGEX_PATTERNS.get((source, flags), lambda: _regex_compiler_output(source, flags))
    if made is not None:
        try:
            return regex._main._regex.compile(source, *made)
        except (TypeError, ValueError, RuntimeError):  # a regex whose _regex takes other arguments
            pass
    return regex.compile(source, flags)


def _regex_compiler_output(source: str, flags: int) -> tuple[Any, ...] | None:
    """What ``regex``'s compiler hands ``_regex.compile`` besides the pattern text, caught on its way there
    (the compiler returns only the pattern object), with flags as plain numbers; ``None`` if that is not
    a compiled pattern's plain data (named lists) or was not seen."""
    from regex import _main

    seen: list[tuple[Any, ...]] = []
    engine = _main._regex

    class Catcher:
        def __getattr__(self, name: str) -> Any:
            return getattr(engine, name)

        @staticmethod
        def compile(pattern: str, *rest: Any) -> Any:
            if pattern == source:
                seen.append(rest)
            return engine.compile(pattern, *rest)

    with _CATCHING:
        _main._regex = Catcher()
        try:
            _main._compile(source, flags, False, {}, False)
        finally:
            _main._regex = engine
    if not seen or seen[-1][4]:  # named lists are sets: no marshal data, and never used here
        return None
    return tuple(int(part) if isinstance(part, int) else part for part in seen[-1])
