"""Restrictions: limits, conditions, exceptions, what stays prohibited, and when rules apply.

A sentence qualifies by the language of rules ("may not", "prohibits", "exempt", "not covered",
"only ... licence", "takes effect", "has not changed", "as long as"); a bare "only" or a date is not
enough. Paraphrases of one rule across sources merge into one item citing them all; two statements in
the same rule language (both "if regulators block") merge at a lower word overlap than others.

A story that is not about a measure (an incident) keeps only its stated scope: what remains, what was
denied, what is at most, when; a scope one source states counts when another source states one of the
same family about the same things, so a lone aside is not shown. A story with no such language gets
none: nothing is padded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.explain import Member
from bot.rules.leads import another_matter
from bot.rules.restrictions import (
    COMPANY_LIMITED,
    EMERGENCY_MEASURES,
    MEASURE_WORDS,
    REMEMBERED,
    RESULTS,
    RULE_LANGUAGE,
    VIEWS,
    Family,
)
from bot.summary.normalization import STORY_CACHE, fold
from bot.summary.similarity import Weights, content_set
from bot.summary.statements import Statement, concise

MAX_RESTRICTIONS = 8
SAME_RULE = 0.45
SAME_KIND = 0.2
"""Two statements using the same rule of rule language ("if regulators block", "remain missing") state the
same rule at a lower word overlap than any two statements do: paraphrases of one condition share its rare
words (the fee, the regulators) but little else."""
SAME_SCOPE = 0.1
"""Two scopes of one family (two limits, two "still missing") from different sources are about the same
things when their rarity-weighted words overlap this much: a shared rare name or figure, not filler."""
KIND_REPEAT = 0.35
"""How much a rule one source states repeats one already chosen in the same rule language (a third "remain
missing"); a rule several sources carry stands on its own (a second condition of the same offer)."""
TOLD_ONCE = frozenset({"no-one-hurt"})
"""Rules an incident states once: how far its harm went ("two men suffered minor injuries", "the crew were unharmed").
Once one is chosen, another one source tells in the same rule language repeats it, whatever its words (three outlets'
accounts of the same two injured men share little but "minor injuries")."""
SINGLE_SOURCE_WEIGHT = 1.5
KEYS = 4
REPEAT_PENALTY = 6.0
CORE_WEIGHT = 0.5
_WEIGHT = {f.label: f.weight for f in Family}
INCIDENT_BOUNDS = {"found-no-evidence", "no-one-hurt", "no-threat", "not-charged", "did-not-happen", "closed-until",
                   "closed-as-precaution", "investigating-whether", "too-to"}
"""Rules that state what an inquiry found or has still to settle ("found no evidence", "investigating whether"), how
far an incident's harm went ("no one was injured", "posed no threat to Guam") or how long what it shut stays shut, or
why ("closed until further notice", "closed as a precaution"): an incident's scope, never a measure's term (a shop's
sign "Closed until further notice" is none of an asset freeze)."""
SCOPE_RULES = {"still-held", "still-in-place", "still-missing", "no-evidence", "not-illegal",
               "at-most", "not-covered", "not-closed", "except", "unchanged", "limit", "denied", "not-named",
               "continues", "told-to", "not-yet", "extended-by", "window", "capacity", "may-differ", "extent",
               "only-affected", "advised-unless", "entitled-to", "within-distance", "no-impact", "none-aboard",
               "no-service-between", "not-fixed", "at-the-earliest", "inquiry-pending"} | INCIDENT_BOUNDS
"""The rules that state an incident's scope (what is still so, not affected, denied, at most, when, what those hit may
claim); the others (a ban, "must") speak of a measure."""


def rule_families(text: str) -> set[str]:
    """The kinds of rule language in ``text``; empty for an ordinary statement."""
    return set(_families(text))


@lru_cache(maxsize=STORY_CACHE)
def _families(text: str) -> frozenset[str]:
    """The labels of the families of rule language ``text`` uses (``rule_families``): the families of its rules
    (``_rule_hits``), none when timing is the only one (timing alone is no rule language; every other family
    is normative). Kept per text: picking a group's wording asks them of every member, and the same wordings
    again when merged rules are picked."""
    return _normative({kind for _, kind in _rule_hits(text)})


def _normative(kinds: set[Family]) -> frozenset[str]:
    """The labels of ``kinds``, none when no kind is normative (timing alone is no rule language)."""
    return frozenset(kind.label for kind in kinds) if any(kind.normative for kind in kinds) else frozenset()


_EMERGENCY_KIND = "emergency"
"""The kind of rule an incident's emergency measures share, for merging them across sources ("a curfew from 6pm to
6am" told five ways)."""


@lru_cache(maxsize=STORY_CACHE)
def _emergency(text: str) -> bool:
    """An emergency measure is named (``EMERGENCY_MEASURES``): "The government imposed a nationwide curfew"."""
    return EMERGENCY_MEASURES.matches(fold(text))


def _incident_families(text: str) -> frozenset[str]:
    """The rule language of an incident's terms: ``_families``, or a limit where an emergency measure is named though
    no rule language is ("The government imposed a nationwide curfew from 6 p.m. to 6 a.m."). Only an incident's: a
    measure's story names its curfew in sentences that repeat its core."""
    families = _families(text)
    return families or (frozenset({Family.LIMIT.label}) if _emergency(text) else families)




@lru_cache(maxsize=STORY_CACHE)
def _measure_families(text: str) -> frozenset[str]:
    """The rule language of a measure's terms: ``_families`` but for an incident's bounds (``INCIDENT_BOUNDS``), or the
    start alone ("The ban takes effect on Monday"), which is a term of a measure but makes no story about one
    (``about_a_measure`` reads ``rule_families``)."""
    hits = _rule_hits(text)
    found = _families(text)
    if any(id in INCIDENT_BOUNDS for id, _ in hits):
        found = _normative({kind for id, kind in hits if id not in INCIDENT_BOUNDS})
    if found or not any(kind is Family.START for _, kind in hits):
        return found
    return frozenset({Family.START.label})


def _same(shared: set[str], scope_only: bool) -> float:
    """The word overlap at which two statements sharing the rule language ``shared`` state the same rule: an
    incident's scope is one fact told many ways; a measure's terms (a cap on one fuel, a ban on another) are
    distinct however alike their words."""
    return SAME_SCOPE if scope_only and shared & SCOPE_RULES else SAME_KIND if shared else SAME_RULE


@lru_cache(maxsize=STORY_CACHE)
def _rule_hits(text: str) -> tuple[tuple[str, Family], ...]:
    """The id and family of every rule of rule language ``text`` uses: merging, the scope test and the ranking
    ask again about the same wordings, and the table is asked once per text."""
    plain = COMPANY_LIMITED.sub("Ltd", text) if "Limited" in text else text
    return tuple((hit.rule.id, hit.rule.kind) for hit in RULE_LANGUAGE.all(fold(plain)))


def _scope_families(text: str) -> set[Family]:
    """The families of the scope rules (``SCOPE_RULES``) that ``text`` uses."""
    return {kind for id, kind in _rule_hits(text) if id in SCOPE_RULES}


OWN_KIND_ONLY = frozenset({"too-to", "at-the-earliest", "not-fixed", "inquiry-pending", "investigating-whether",
                           "closed-as-precaution"})
"""Scope rules that read one particular thing (a physical bound, a date not set, an inquiry's open question, a
precaution): a statement of one vouches for another source's statement of the same rule only, not for any scope of its
family (a shaft "too narrow for a grown man to enter" says nothing for "That gives limited time for a discovery")."""


def _vouching(text: str) -> set[str]:
    """What a scope statement can corroborate (``restrictions_of``): the families of its scope rules, and its own rule
    for a rule of ``OWN_KIND_ONLY``."""
    return {f"rule:{id}" if id in OWN_KIND_ONLY else kind.label for id, kind in _rule_hits(text) if id in SCOPE_RULES}


KINDRED = {"still-missing": "still-held"}
"""Rules that state one kind of rule for merging paraphrases: "most remain missing" and "80 are still captive" tell what
remains of the same people."""


def _kinds(text: str) -> set[str]:
    """The ids of the rules ``text`` uses, kindred rules under one id (``KINDRED``)."""
    return {KINDRED.get(id, id) for id in rule_ids(text)}


def rule_ids(text: str) -> list[str]:
    """The ids of the rules of rule language that ``text`` uses, for ``--explain``."""
    return [id for id, _ in _rule_hits(text)]


@dataclass
class Rule:
    """A limit, condition or exception for Restrictions, with the rule families its wording belongs to."""

    text: str
    sources: list[str]
    members: list[Member]
    statements: set[int]
    families: set[str]
    kinds: set[str]

    def score(self) -> float:
        """Carried by more sources, more rule-like, and no longer than what it says needs."""
        n = len(self.text.split())
        return 2 * len(self.sources) + sum(_WEIGHT[f] for f in self.families) \
            - max(0, n - 12 - 6 * len(self.families)) / 8


def _pick(members: list[Statement], copies: dict[int, int] | None = None) -> Statement:
    """The wording to show: the most rule language, each other source printing it word for word counting as one
    more kind (``copies``: statement key -> the sources of its copies), so a wire sentence two outlets repeat is shown
    before a third outlet's words for the same rule, but not before one that says more (its start, its fine); then
    the most copies, then the length nearest a readable sentence."""
    if len(members) == 1:
        return members[0]  # most groups: nothing to weigh
    counted = copies or {}
    return max(members, key=lambda s: (len(_families(s.text)) + counted.get(s.key, 1) - 1, counted.get(s.key, 1),
                                       -abs(len(s.text.split()) - 22), -s.key))


INCIDENT_SCOPES = frozenset({"only-affected", "at-the-earliest", "not-fixed", "inquiry-pending", "no-service-between",
                             *INCIDENT_BOUNDS})
"""Rules an incident's lead states as often as a measure's ("the bank said only a few customers were affected", "the
exhibit will be closed until further notice", "no one was hurt", "the mine was too unstable to enter", "the line stays
shut until Saturday at the earliest"): they make no story about a measure."""
MEASURE_HEADLINES = 0.2
"""The share of a story's headlines that must name a measure for the story to be about one (when its core
event does not), one of five at least: one outlet's angle out of many ("Russia evacuates hundreds to 'safe
zones'" among twenty headlines of a missile launch) is not what the story is about."""


def about_a_measure(core: str, headlines: list[str]) -> bool:
    """The story is about a rule or measure (a ban, a recall, a permission, an order): only then are
    its limits and conditions restrictions. An earthquake or a match report has none, however often
    its sentences say "must" or "allowed"."""
    if any(kind.normative and id not in INCIDENT_SCOPES for id, kind in _rule_hits(core)):
        return True
    named = sum(1 for h in headlines if MEASURE_WORDS.matches(fold(h)))
    return named > 0 and named >= MEASURE_HEADLINES * len(headlines)


def restrictions_of(groups: list[list[Statement]], taken: set[int], core: str, weights: Weights,
                    order: Callable[[set[str]], list[str]], *, scope_only: bool = False,
                    topic: Callable[[], frozenset[str]] | None = None) -> tuple[list[Rule], list[Rule]]:
    """Rule statements, paraphrases merged across sources, best first. A rule one source states in
    passing ("must", "allowed") needs stronger language than one several sources carry.

    ``scope_only``: the story is not about a measure (an incident, a result), so only its stated scope
    counts: what is still so, what is not affected, what is at most, told in the language of limits
    (``SCOPE_FAMILIES``) by several sources.

    ``topic``: the words the story's headlines share; a rule naming none of them, nor any word of the core
    event, is about something else
    (a newsletter prompt's "you must select", a background fact). Counted only when a rule one source states
    names no word of the core event: most stories never ask."""
    if scope_only and RESULTS.matches(fold(core)):
        return [], []  # a match's result states no scope ("beat Teo Arvela 6-4 3-6 7-5"), however its sentences speak
    # Each group's wording is picked once (``_pick`` weighs every member's rule language).
    # A sentence turning to another matter ("In a separate case, ...") states no limit of this one; someone's
    # argument about the measure is a view of it (``VIEWS``).
    families_of = _incident_families if scope_only else _measure_families
    candidates = [(g, mine) for g in groups if not any(s.key in taken for s in g)
                  for mine in [_pick(g)] if families_of(mine.text) and not another_matter(mine.text)
                  and not VIEWS.matches(fold(mine.text))]
    candidates.sort(key=lambda c: min(s.key for s in c[0]))
    merged: list[list[Statement]] = []
    paraphrase: set[int] = set()  # statements merged as the same rule in other words
    shown: list[tuple[Statement, set[str]]] = []  # the wording each merged rule is compared by, and its rules
    index: dict[str, list[int]] = {}  # rare word or rule id -> merged rules using it: compare only those
    for g, mine in candidates:
        kinds = _kinds(mine.text) | ({_EMERGENCY_KIND} if scope_only and _emergency(mine.text) else set())
        keys = weights.rarest(mine.text, KEYS) + [f"rule:{k}" for k in sorted(kinds)]
        seen = {i for k in keys for i in index.get(k, ())}
        home = next((i for i in sorted(seen) if weights.overlap(shown[i][0].text, mine.text)
                     >= _same(kinds & shown[i][1], scope_only)
                     and shown[i][0].facts.compatible(mine.facts)), None)
        if home is not None:
            merged[home].extend(g)
            paraphrase.update(s.key for s in g)
            continue
        merged.append(list(g))
        shown.append((mine, kinds))
        for k in keys:
            index.setdefault(k, []).append(len(merged) - 1)
    # A rule one source states counts for an incident's scope when another source states a scope of the
    # same family about the same things ("most girls remain missing", "197 are still captive"; "fewer than
    # 400,000 UK customers", "limited data of British customers"), on the story's topic.
    copies = {s.key: len({o.source for o in g}) for g, _ in candidates if len(g) > 1 for s in g}
    picked = [(m, _pick(m, copies)) for m in merged]
    story_words = cache(topic) if topic is not None else frozenset
    core_words = content_set(core)

    def about_the_story(text: str) -> bool:
        """Names a word of the core event or of the topic (any rule does when the topic is empty)."""
        named = content_set(text)
        if named & core_words:
            return True
        words = story_words()
        return not words or bool(named & words)

    def on_topic(text: str, sources: set[str]) -> bool:
        """Carried by several sources, or about the story: only a rule on topic counts, shown or corroborating.
        Asked last, of the rules that would count otherwise: the story's topic is the costliest test."""
        return len(sources) >= 2 or about_the_story(text)

    scopes = [(wording.text, _vouching(wording.text), {s.source for s in m}) for m, wording in picked]

    def corroborated(text: str, sources: set[str]) -> bool:
        families = _vouching(text)
        return any(other - sources and families & other_families and weights.overlap(text, other_text) >= SAME_SCOPE
                   and on_topic(other_text, other) for other_text, other_families, other in scopes)

    # A story remembering an event ("ten years since the riots") tells its curfew as history, not as a term.
    remembered = scope_only and REMEMBERED.matches(fold(core))
    rules = []
    for members, wording in picked:
        families = set(families_of(wording.text))
        sources = {s.source for s in members}
        if len(sources) < 2 and sum(_WEIGHT[f] for f in families) < SINGLE_SOURCE_WEIGHT:
            continue
        if not scope_only and families <= {Family.DENIAL.label}:
            continue  # a party denying a report about a measure reacts; only an incident's denials bound it
        if scope_only and not ((_scope_families(wording.text)
                                and (len(sources) >= 2 or corroborated(wording.text, sources)))
                               or (len(sources) >= 2 and not remembered
                                   and any(_emergency(s.text) for s in members))):
            # An incident's scope, or an emergency measure several sources report ("a curfew from 6pm to 6am"), in
            # any of their wordings: the one shown may tell its terms without naming it ("banned until Sunday").
            continue
        if not on_topic(wording.text, sources):
            continue
        why = {s.key: "the same rule in other words" if s.key in paraphrase else "a copy" for s in members}
        why[wording.key] = "the wording shown"
        rules.append(Rule(concise(wording.text), order({s.source for s in members}),
                          [(s.source, s.text, why[s.key]) for s in members], {s.key for s in members},
                          families, _kinds(wording.text)))
    # Best first, each next one penalised by how much it repeats the core event or those already chosen; a
    # rule that repeats one already chosen and is worth less than nothing once that is counted is left out.
    # What a rule repeats only grows when one is chosen: it is brought up to date then, not asked again of
    # every chosen rule each round.
    chosen: list[Rule] = []
    left: list[Rule] = []
    of_core = {id(r): CORE_WEIGHT * weights.overlap(r.text, core) for r in rules}
    repeats = dict.fromkeys(map(id, rules), 0.0)

    def worth(r: Rule) -> float:
        return r.score() - REPEAT_PENALTY * max(of_core[id(r)], repeats[id(r)])

    while rules and len(chosen) < MAX_RESTRICTIONS:
        best = max(rules, key=worth)
        rules.remove(best)
        if worth(best) < 0 and repeats[id(best)] >= KIND_REPEAT:
            left.append(best)
            continue
        chosen.append(best)
        for r in rules:
            shared = r.kinds & best.kinds if len(r.sources) < 2 else set()
            repeats[id(r)] = max(repeats[id(r)], weights.overlap(r.text, best.text), KIND_REPEAT * bool(shared),
                                 float(bool(shared & TOLD_ONCE)))
    return chosen, left + rules
