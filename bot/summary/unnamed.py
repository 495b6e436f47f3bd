"""Actors the articles never name: "police said", "rescuers have dug 13m", "his father told Chinese media".

A story of an accident or a rescue often names two people or none; the police, the rescuers, a father are who acts in
it (``eval/GUIDE.md``: whoever acts, speaks or is acted upon). Where the named actors are few (``THIN_WHO``), the
groups and people the articles make act or speak in two sources or more, by the same word, fill the list after them.
Words that tell no one apart ("officials", "experts", "sources", "people") are never listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from bot.model import Actor
from bot.rules.roles import CLAUSE_OPENERS, NOT_A_VERB
from bot.rules.words import STATEMENT_STOPWORDS
from bot.summary.names import Token, role_plural, tokens_of
from bot.summary.normalization import fold
from bot.summary.statements import Statement
from bot.summary.vocabulary import BYLINE_ROLES, KIN, NOT_NAMES, PEOPLE_NOUNS, SPEECH_VERBS, word_set

THIN_WHO = 4
"""Named actors below which unnamed ones fill the list (a gold lists 4 to 8)..."""
FILLED_WHO = 6
"""... up to this many."""

UNNAMED_SOURCES = 2
"""Sources at least that make the same unnamed group or person act or speak."""

# Groups and bodies named by what they are, acting in a story of an accident, a crime or a rescue: "police said",
# "Rescuers have dug 13m". A role's plural, people's and someone's kin are so too ("farmers warned", "students
# walked out", "the boy's grandfather told a reporter").
GROUP_NOUNS = word_set("""
police firefighters paramedics rescuers medics coastguard soldiers troops
""")
# Other words for one of those groups, listed under its word: "Officers arrested the man", "Firemen said".
SAME_GROUP = {"officers": "police", "detectives": "police", "policemen": "police", "firemen": "firefighters"}
# Words that tell no one apart: who says them is any number of people ("officials said", "experts say", "sources
# told", "critics argue", "traders said"), the reporter's own trade, or a word for anyone ("others", "many").
NO_ONE_IN_PARTICULAR = word_set("""
official officials expert experts analyst analysts source sources authorities people person critic critics
observer observers spokesman spokeswoman spokesperson spokesmen spokespeople others members member leaders leader
users viewers readers followers numbers figures researchers scientists investors traders economists
""")
# Roles whose plural is more often a thing's or a body's than people's: "chairs were hurled", "fans sold out", "models
# suggest more rain", "Firms cut 14,000 jobs" (a kind of body is no one in particular either).
THINGS_TOO = word_set("""
chair fan model head star firm agency bureau group company maker manufacturer producer operator regulator carrier
""")
_DETERMINERS = word_set("the a an his her their its our")
_MODIFIERS = 2  # lower-case words at most between the determiner and the noun ("structural engineers", "local police")


def unnamed_actors(statements: Iterable[Statement], tokens: dict[int, Sequence[Token]], named: Sequence[Actor],
                   ) -> list[Actor]:
    """The unnamed actors to list after ``named`` (the cast's own list), most widely acting first: none where the
    named are ``THIN_WHO`` or more, nor one whose word a named actor's name holds ("police" beside "Marlow Police",
    "firefighters" beside "Firefighters")."""
    if len(named) >= THIN_WHO:
        return []
    taken = {_singular(w) for a in named for w in fold(a.name).split()}
    sources: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        toks = tokens.get(st.key) or tokens_of(st.text)  # the cast reads no sentence naming no one
        for actor in _acting(toks):
            sources[actor].add(st.source)
    found = [(len(srcs), actor) for actor, srcs in sources.items()
             if len(srcs) >= UNNAMED_SOURCES and _singular(actor.rsplit(None, 1)[-1]) not in taken]
    found.sort(key=lambda item: -item[0])
    return [Actor(name=actor, sources=sorted(sources[actor])) for _, actor in found[:FILLED_WHO - len(named)]]


def _singular(word: str) -> str:
    return word.removesuffix("'s").removesuffix("s")


def _acting(toks: Sequence[Token]) -> list[str]:
    """The unnamed actors ``toks`` make act or speak, each by the word it goes by (``SAME_GROUP`` folded, kin with
    whose it is: "boy's grandfather"): a noun of ``_actor_noun`` opening a clause (maybe after a determiner or an
    owner and a few lower-case words) before a verb ("Police say 27 people are injured", "as structural engineers
    carry out checks", "The boy's grandfather told a reporter"), or after a verb of saying ending the sentence ("...,
    said police")."""
    out = []
    for k, t in enumerate(toks):
        low = t.text.casefold()
        if not t.text.isalpha() or not _actor_noun(low) or (k > 0 and not t.text.islower()):
            continue
        j = k - 1
        while j >= 0 and k - 1 - j < _MODIFIERS and toks[j].text.islower() and toks[j].text.isalpha() \
                and toks[j].text not in _DETERMINERS and toks[j].text not in STATEMENT_STOPWORDS \
                and toks[j].text not in NOT_NAMES and toks[j].text not in SPEECH_VERBS:
            j -= 1
        owner = ""
        if j >= 0 and toks[j].possessive and toks[j].text.islower():
            owner = toks[j].text.replace("\u2019", "'")
            j -= 1
            if j >= 0 and toks[j].text.casefold() == "the":
                j -= 1  # "the boy's father"
        elif j >= 0 and toks[j].text.casefold() in _DETERMINERS:
            j -= 1
        if low in KIN and not (owner and j + 1 < k and toks[j + 1].text.casefold() == "the"):
            # Kin is told apart by whose it is, "the boy's", "the couple's": "her husband" in one source and another may
            # be two men, one of them named; "its sister ship" is a ship's.
            continue
        before = toks[j].text.casefold() if j >= 0 else ""
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if (before in SPEECH_VERBS and j + 1 == k and after in ("", ".", ",")) \
                or ((j < 0 or before in CLAUSE_OPENERS) and after[:1].islower() and after.isalpha()
                    and after.casefold() not in NOT_A_VERB):
            out.append(f"{owner} {low}" if low in KIN else SAME_GROUP.get(low, low))
    return out


def _actor_noun(low: str) -> bool:
    """A word an unnamed actor is told by: a group's (``GROUP_NOUNS``, ``SAME_GROUP``), kin, a role's plural
    ("passengers", "farmers") or people's (``PEOPLE_NOUNS``: "students", "survivors"); not a word for anyone
    (``NO_ONE_IN_PARTICULAR``), a thing's or a body's too (``THINGS_TOO``), nor a reporter's trade. Not a role in the
    singular ("the singer said", "the company said" name back someone the story names), nor any plural in -ers
    ("flood waters receded", "evacuation orders were lifted")."""
    if low in NO_ONE_IN_PARTICULAR or low in BYLINE_ROLES or low in NOT_NAMES:
        return False
    if low in GROUP_NOUNS or low in SAME_GROUP or low in KIN:
        return True
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return (role_plural(low) and singular not in THINGS_TOO) or (low in PEOPLE_NOUNS and low.endswith(("s", "ren")))
