"""Every text rule runs in time linear in its input: hostile lines never freeze the bot.

Any web page can carry a line of a few hundred capitals, a megabyte with no space, or one phrase a rule
looks for repeated ten thousand times; a regex that backtracks over such a line can hold the process
(and the GIL) for minutes. Each rule of every table, and every compiled pattern of ``bot.text``, is run
on such lines at two lengths, n and 4n: linear work takes about 4 times as long, quadratic 16 times.
The test compares CPU time (``process_time``, best of three) as a *ratio*, never against a clock limit,
so a loaded machine does not make it fail; short first runs catch cubic and exponential blow-ups before
the long ones are tried.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator

import regex

import bot
from bot.rules import all_tables

_FLOOR = 1e-4  # seconds added to both sides of the ratio: below this, timings are noise
_RATIO = 10.0  # linear work at 4n takes ~4x; quadratic ~16x
_GENERIC = ("A", "Ab ", "a", "1", ". ", "a, ", "-", "[a", "(", "@a", "a.")


def _modules() -> None:
    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if module.name.startswith(("bot.text", "bot.rules")):
            importlib.import_module(module.name)


def _units(source: str) -> list[str]:
    """Short pieces to repeat into a hostile line: generic shapes, and the words and marks ``source`` uses."""
    words = sorted(set(re.findall(r"[a-z]{3,}", re.sub(r"\\[A-Za-z]", " ", source))))
    spread = words[:: max(1, len(words) // 4)][:4]
    marks = sorted(set(re.findall(r"[^\w\s\\]", source)), key=ord)[:6]
    return list(dict.fromkeys([*_GENERIC, *(w + sep for w in spread for sep in ("!", " ", "")),
                               *(m + "a" for m in marks)]))


def _cpu(run: Callable[[str], object], text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run(text)
        best = min(best, time.process_time() - start)
    return best


def _line(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _super_linear(run: Callable[[str], object], units: list[str], n: int = 1000) -> str | None:
    """The first unit whose repetition makes ``run`` grow faster than linearly, described; ``None`` if none."""
    for unit in units:
        for short in (64, 256):  # a cubic or exponential rule is caught here, before it meets n chars
            if _cpu(run, _line(unit, short), 1) > 0.05:
                return f"{unit!r} repeated to {short} chars already takes over 50 ms"
        small, large = _cpu(run, _line(unit, n), 2), _cpu(run, _line(unit, 4 * n), 2)
        if (large + _FLOOR) / (small + _FLOOR) > _RATIO:
            return f"{unit!r} repeated: {small * 1000:.2f} ms at {n} chars, {large * 1000:.2f} ms at {4 * n}"
    return None


def _rules() -> Iterator[tuple[str, Callable[[str], object], str]]:
    """(name, how it is run, its pattern source) for every rule of every table and every ``bot.text`` pattern."""
    _modules()
    for table in all_tables():
        for r in table:
            patterns = [r.pattern, *getattr(r, "also", ()), getattr(r, "unless", None)]
            source = " ".join(p.pattern for p in patterns if p is not None)
            yield f"{table.name}:{r.id}", (r.search if hasattr(r, "search") else r.apply), source
    for name, module in sorted(sys.modules.items()):
        if name.startswith("bot.text"):
            for attr, value in vars(module).items():
                if isinstance(value, (re.Pattern, regex.Pattern)):
                    yield f"{name}.{attr}", value.search, value.pattern


def test_no_text_rule_is_slower_than_linear_on_hostile_lines() -> None:
    slow = [f"{name}: {why}" for name, run, source in _rules() if (why := _super_linear(run, _units(source)))]
    assert slow == []


def test_a_megabyte_line_is_judged_in_linear_time() -> None:
    from bot.rules.clutter import CLUTTER

    def judge(text: str) -> None:
        CLUTTER.first(text)

    unit = "facebook!"  # one word: no rule is skipped for having too many
    small, large = _cpu(judge, _line(unit, 256_000), 1), _cpu(judge, _line(unit, 1_024_000), 1)
    assert (large + _FLOOR) / (small + _FLOOR) < _RATIO


def test_the_check_catches_a_backtracking_pattern() -> None:
    backtracking = r"\bcookies?\b.*\bconsent\b"  # every "cookie" rescans the rest of the line
    assert _super_linear(re.compile(backtracking).search, _units(backtracking)) is not None
    assert _super_linear(re.compile(r"^(?>.*?\bcookies?\b).*\bconsent\b").search, _units(backtracking)) is None


def _quotations(text: str) -> None:
    from bot.summary.actors import Cast
    from bot.summary.quotes import Attribution
    from bot.summary.statements import Paragraph, Statement

    statement = Statement(0, "1", 0, 0, 0, "The ferries will run again in May, the harbour board said.")
    Attribution(Cast([statement], []), [Paragraph("1", 0, 0, text, [statement])]).quotes()


def test_sentences_and_quotations_of_a_hostile_paragraph_take_linear_time() -> None:
    # Stops that end no sentence (abbreviations, a quotation's stop before its frame) and thousands of
    # quotations in one paragraph: the splitter and the quote reader look no further than a sentence's reach.
    from bot.text.sentences import split_sentences

    units = ["\u201cWhy?\u201d Reyes asked, ", "\u201cAb cd.\u201d Ef gh. ", "Mr. ", "\u201cNo,\u201d she said. ",
             "'a ", "\u2018a ", "\u2018No,\u2019 she said. ", "'a b c d e ", "'ab cd' ", "\u2018ab cd\u2019 ef "]
    _quotations(units[0])  # imported and warm: the first call's set-up is no part of the measure
    assert _super_linear(split_sentences, units, 4000) is None
    assert _super_linear(_quotations, units, 4000) is None
