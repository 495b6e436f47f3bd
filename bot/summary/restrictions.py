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
from bot.summary.normalization import fold
from bot.summary.similarity import Weights
from bot.summary.statements import Statement, concise

MAX_RESTRICTIONS = 4
SAME_RULE = 0.45
SINGLE_SOURCE_WEIGHT = 1.5
KEYS = 4
REPEAT_PENALTY = 6.0
CORE_WEIGHT = 0.5

# Each family is one kind of rule language; a sentence may use several.
_RULES = {
    "prohibition": [r"\bprohibit\w*", r"\bbann?(?:ed|s|ing)?\b", r"\bbarred\b", r"\bforbid\w*",
                    r"\bembargo\w*"],
    "obligation": [r"\bmust\b", r"\bmay not\b", r"\bcannot\b", r"\bcan not\b", r"\bshould not\b",
                   r"(?:^|[;:\"]\s*)(?:do not|never)\b"],
    "permission": [r"\ballowed\b", r"\bpermit(?:ted|s)?\b", r"\bauthori[sz]ed to\b", r"\bhas authori[sz]ed\b",
                   r"\blicen[cs]e\w*", r"\bpermission\b"],
    "exception": [r"\bexcept\b", r"\bexempt\w*", r"\bexclud\w*", r"\bnot covered\b", r"\bunaffected\b",
                  r"\bnot affected\b", r"\bnot part of\b"],
    "limit": [r"\blimit(?:ed|s)?\b", r"\brestrict(?:ed|s|ing)?\b", r"\bprevent\w*\b.{0,60}\bfrom\b", r"\bas long as\b",
              r"\bprovided that\b", r"\bunless\b", r"\bon condition that\b",
              r"\bonly\b.{0,60}\b(?:allow\w*|permit\w*|licen[cs]\w*|near|if|under)\b"],
    "unchanged": [r"\bhas not changed\b", r"\bremains? (?:in place|banned|prohibited)\b",
                  r"\bcontinues? to (?:prohibit|ban|bar)"],
    "timing": [r"\btakes? effect\b", r"\bcomes? into force\b", r"\bin force\b", r"\beffective\b",
               r"\buntil\b",
               r"\bdeadline\b", r"\bfrom \d{1,2} \p{L}+", r"\bfrom \p{L}+ \d{1,2}\b", r"\bstarting\b"],
    "scope": [r"\bcovers\b", r"\bapplies to\b", r"\bserial numbers?\b",
              r"\bstop (?:selling|using|charging|sales)",
              r"\boff sale\b", r"\bordered\b.{0,40}\bto stop\b"],
}
# What each kind says about a rule's limits: an exception or what stays unchanged says most; that
# something is banned, or from when, mostly restates the measure itself.
_WEIGHT = {"exception": 2.0, "unchanged": 2.0, "obligation": 1.5, "limit": 1.5, "permission": 1.0,
           "scope": 1.0, "prohibition": 0.5, "timing": 0.5}
_NORMATIVE = ("limit", "prohibition", "obligation", "permission", "exception", "unchanged", "scope")
_MEASURE = regex.compile(
    r"\b(?:ban|bans|banned|banning|recall\w*|allow\w*|permit\w*|restrict\w*|limit\w*|prohibit\w*|order\w*|"
    r"licen[cs]\w*|rules?|law|laws|sanction\w*|curfew|lockdown|embargo\w*|tariff\w*|decree|polic(?:y|ies)|"
    r"exempt\w*|halt\w*|suspend\w*|requir\w*|mandat\w*|quota\w*|cap|caps|moratorium)\b")
_COMPILED = {k: regex.compile("|".join(v), regex.I) for k, v in _RULES.items()}


def rule_families(text: str) -> set[str]:
    """The kinds of rule language in ``text``; empty for an ordinary statement."""
    return set(_families(text))


@lru_cache(maxsize=65536)
def _families(text: str) -> frozenset[str]:
    folded = fold(text)
    found = {k for k, p in _COMPILED.items() if p.search(folded)}
    if not found & set(_NORMATIVE) and not ({"limit", "timing"} <= found):
        return frozenset()
    return frozenset(found)


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
    return bool(rule_families(core)) or any(_MEASURE.search(fold(h)) for h in headlines)


def restrictions_of(groups: list[list[Statement]], taken: set[int], core: str, weights: Weights,
                    order: Callable[[set[str]], list[str]]) -> tuple[list[Rule], list[Rule]]:
    """Rule statements, paraphrases merged across sources, best first. A rule one source states in
    passing ("must", "allowed") needs stronger language than one several sources carry."""
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
        if len({s.source for s in members}) < 2 and sum(_WEIGHT[f] for f in rule_families(_pick(members).text)) \
                < SINGLE_SOURCE_WEIGHT:
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
