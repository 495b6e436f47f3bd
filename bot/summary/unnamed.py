"""Actors the articles never name: "police said", "rescuers have dug 13m", "his father told Chinese media".

A story of an accident or a rescue often names two people or none; the police, the rescuers, a father are who acts in
it (``eval/GUIDE.md``: whoever acts, speaks or is acted upon). Where the named actors are few (``THIN_WHO``), the
groups and people the articles make act or speak in two sources or more, by the same word, fill the list after them.
Words that tell no one apart ("officials", "experts", "sources", "people") are never listed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
# walked out", "his father told Chinese media").
GROUP_NOUNS = word_set("""
police firefighters paramedics rescuers medics coastguard firemen soldiers troops
""")
# Words that tell no one apart: who says them is any number of people ("officials said", "experts say", "sources
# told", "critics argue"), the reporter's own trade, or a word for anyone ("others", "many").
NO_ONE_IN_PARTICULAR = word_set("""
official officials expert experts analyst analysts source sources authorities people person critic critics
observer observers spokesman spokeswoman spokesperson spokesmen spokespeople others members member leaders leader
users viewers readers followers numbers figures researchers scientists
""")
_DETERMINERS = word_set("the a an his her their its our")
_MODIFIERS = 2  # lower-case words at most between the determiner and the noun ("structural engineers", "local police")


def unnamed_actors(statements: Iterable[Statement], tokens: dict[int, Sequence[Token]], named: Sequence[Actor],
                   ) -> list[Actor]:
    """The unnamed actors to list after ``named`` (the cast's own list), most widely acting first: none where the
    named are ``THIN_WHO`` or more, nor one a named actor's role already says ("the captain" beside "Ana Ruiz,
    captain")."""
    if len(named) >= THIN_WHO:
        return []
    roles = {fold(a.role or "").rsplit(None, 1)[-1] for a in named if a.role}
    sources: dict[str, set[str]] = defaultdict(set)
    spelling: dict[str, Counter[str]] = defaultdict(Counter)
    for st in statements:
        toks = tokens.get(st.key) or tokens_of(st.text)  # the cast reads no sentence naming no one
        for noun in _acting_nouns(toks):
            key = noun.casefold().removesuffix("s") if noun.casefold() not in GROUP_NOUNS else noun.casefold()
            sources[key].add(st.source)
            spelling[key][noun.casefold()] += 1
    found = [(len(srcs), key) for key, srcs in sources.items() if len(srcs) >= UNNAMED_SOURCES and key not in roles]
    found.sort(key=lambda item: -item[0])
    return [Actor(name=spelling[key].most_common(1)[0][0], sources=sorted(sources[key]))
            for _, key in found[:FILLED_WHO - len(named)]]


def _acting_nouns(toks: Sequence[Token]) -> list[str]:
    """The unnamed actors ``toks`` make act or speak: a noun of ``_actor_noun`` opening a clause (maybe after a
    determiner or an owner and a few lower-case words) before a verb ("Police say 27 people are injured", ", his father
    told Chinese media", "as structural engineers carry out checks"), or after a verb of saying ending the sentence
    ("..., said police")."""
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
        if j >= 0 and (toks[j].text.casefold() in _DETERMINERS or toks[j].possessive):
            j -= 1
            if j >= 0 and toks[j].text.casefold() == "the" and toks[j + 1].possessive:
                j -= 1  # "the boy's father"
        if low in KIN and not (j + 1 < k and (toks[j + 1].text.casefold() in _DETERMINERS or toks[j + 1].possessive)):
            continue  # kin is someone's: "his father", "the boy's grandfather"; not "Father Ana Ruiz"
        before = toks[j].text.casefold() if j >= 0 else ""
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if before in SPEECH_VERBS and j + 1 == k and after in ("", ".", ","):
            out.append(t.text)  # "..., said police."
        elif (j < 0 or before in CLAUSE_OPENERS) and after[:1].islower() and after.isalpha() \
                and after.casefold() not in NOT_A_VERB:
            out.append(t.text)
    return out


def _actor_noun(low: str) -> bool:
    """A word an unnamed actor is told by: a group's (``GROUP_NOUNS``), kin, a role's plural ("passengers", "farmers")
    or people's (``PEOPLE_NOUNS``: "students", "survivors"); not a word for anyone (``NO_ONE_IN_PARTICULAR``) nor a
    reporter's trade. Not a role in the singular ("the singer said", "the company said" name back someone the story
    names), nor any plural in -ers ("flood waters receded", "evacuation orders were lifted")."""
    if low in NO_ONE_IN_PARTICULAR or low in BYLINE_ROLES or low in NOT_NAMES:
        return False
    return low in GROUP_NOUNS or low in KIN or role_plural(low) or (low in PEOPLE_NOUNS and low.endswith(("s", "ren")))
