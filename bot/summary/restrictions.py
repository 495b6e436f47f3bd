"""Restrictions: limits, conditions, exceptions, what stays prohibited, and when rules apply.

A sentence qualifies by the language of rules ("may not", "prohibits", "exempt", "not covered",
"only ... licence", "takes effect", "has not changed", "as long as"); a bare "only" or a date is not
enough. Paraphrases of one rule across sources merge into one item citing them all. A story with no
such language gets none: nothing is padded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from bot.explain import Member
from bot.rules.restrictions import MEASURE_WORDS, RULE_LANGUAGE, Family
from bot.summary.normalization import fold
from bot.summary.similarity import Weights, content_set
from bot.summary.statements import Statement, concise

MAX_RESTRICTIONS = 4
SAME_RULE = 0.45
SINGLE_SOURCE_WEIGHT = 1.5
KEYS = 4
REPEAT_PENALTY = 6.0
CORE_WEIGHT = 0.5
_WEIGHT = {f.label: f.weight for f in Family}
SCOPE_FAMILIES = {Family.EXCEPTION.label, Family.UNCHANGED.label, Family.LIMIT.label}
SCOPE_RULES = {"still-held", "no-evidence", "at-most", "not-covered", "except", "unchanged", "limit"}
"""The rules that state an incident's scope; the others (a ban, "must") speak of a measure."""

# Each family's rules as one pattern: a sentence is asked once per family, not once per rule.
_COMPILED = {family: regex.compile("|".join(r.pattern.pattern for r in RULE_LANGUAGE if r.kind is family
                                            and r.pattern is not None), regex.I) for family in Family}


def rule_families(text: str) -> set[str]:
    """The kinds of rule language in ``text``; empty for an ordinary statement."""
    return set(_families(text))


@lru_cache(maxsize=65536)
def _families(text: str) -> frozenset[str]:
    folded = fold(text)
    found = {f for f, p in _COMPILED.items() if p.search(folded)}
    if not any(f.normative for f in found) and not ({Family.LIMIT, Family.TIMING} <= found):
        return frozenset()
    return frozenset(f.label for f in found)


def rule_ids(text: str) -> list[str]:
    """The ids of the rules of rule language that ``text`` uses, for ``--explain``."""
    return [hit.rule.id for hit in RULE_LANGUAGE.all(fold(text))]


@dataclass
class Rule:
    text: str
    sources: list[str]
    members: list[Member]
    statements: set[int]
    families: set[str]

    def score(self) -> float:
        """Carried by more sources, more rule-like, and no longer than what it says needs."""
        n = len(self.text.split())
        return 2 * len(self.sources) + sum(_WEIGHT[f] for f in self.families) \
            - max(0, n - 12 - 6 * len(self.families)) / 8


def _pick(members: list[Statement]) -> Statement:
    """The wording to show: the most rule language, then the length nearest a readable sentence."""
    return max(members, key=lambda s: (len(rule_families(s.text)), -abs(len(s.text.split()) - 22), -s.key))


def about_a_measure(core: str, headlines: list[str]) -> bool:
    """The story is about a rule or measure (a ban, a recall, a permission, an order): only then are
    its limits and conditions restrictions. An earthquake or a match report has none, however often
    its sentences say "must" or "allowed"."""
    return bool(rule_families(core)) or any(MEASURE_WORDS.matches(fold(h)) for h in headlines)


def restrictions_of(groups: list[list[Statement]], taken: set[int], core: str, weights: Weights,
                    order: Callable[[set[str]], list[str]], *, scope_only: bool = False,
                    topic: frozenset[str] | None = None) -> tuple[list[Rule], list[Rule]]:
    """Rule statements, paraphrases merged across sources, best first. A rule one source states in
    passing ("must", "allowed") needs stronger language than one several sources carry.

    ``scope_only``: the story is not about a measure (an incident, a result), so only its stated scope
    counts: what is still so, what is not affected, what is at most, told in the language of limits
    (``SCOPE_FAMILIES``) by several sources.

    ``topic``: the words the story's headlines share; a rule naming none of them, nor any word of the core
    event, is about something else
    (a newsletter prompt's "you must select", a background fact)."""
    candidates = [g for g in groups if not any(s.key in taken for s in g) and rule_families(_pick(g).text)]
    candidates.sort(key=lambda g: min(s.key for s in g))
    merged: list[list[Statement]] = []
    paraphrase: set[int] = set()  # statements merged as the same rule in other words
    shown: list[Statement] = []  # the wording each merged rule is compared by
    index: dict[str, list[int]] = {}  # rare word -> merged rules using it: compare only those
    for g in candidates:
        mine = _pick(g)
        keys = weights.rarest(mine.text, KEYS)
        seen = {i for k in keys for i in index.get(k, ())}
        home = next((i for i in sorted(seen) if weights.overlap(shown[i].text, mine.text) >= SAME_RULE
                     and shown[i].facts.compatible(mine.facts)), None)
        if home is not None:
            merged[home].extend(g)
            paraphrase.update(s.key for s in g)
            continue
        merged.append(list(g))
        shown.append(mine)
        for k in keys:
            index.setdefault(k, []).append(len(merged) - 1)
    rules = []
    for members in merged:
        families = rule_families(_pick(members).text)
        if topic and not content_set(_pick(members).text) & (topic | content_set(core)):
            continue
        if len({s.source for s in members}) < 2 and sum(_WEIGHT[f] for f in families) < SINGLE_SOURCE_WEIGHT:
            continue
        if scope_only and (len({s.source for s in members}) < 2 or not families & SCOPE_FAMILIES
                           or (rule_ids(_pick(members).text) and not set(rule_ids(_pick(members).text)) & SCOPE_RULES)):
            continue
        wording = _pick(members)
        why = {s.key: "the same rule in other words" if s.key in paraphrase else "a copy" for s in members}
        why[wording.key] = "the wording shown"
        rules.append(Rule(concise(wording.text), order({s.source for s in members}),
                          [(s.source, s.text, why[s.key]) for s in members], {s.key for s in members},
                          rule_families(wording.text)))
    # Best first, each next one penalised by how much it repeats the core event or those already chosen.
    chosen: list[Rule] = []
    while rules and len(chosen) < MAX_RESTRICTIONS:
        best = max(rules, key=lambda r: r.score() - REPEAT_PENALTY * max(
            [CORE_WEIGHT * weights.overlap(r.text, core)]
            + [weights.overlap(r.text, c.text) for c in chosen]))
        rules.remove(best)
        chosen.append(best)
    return chosen, rules
