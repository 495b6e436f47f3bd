"""Actors the articles never name: "police said", "rescuers have dug 13m", "the boy's grandfather told a reporter".

A story of an accident or a rescue often names two people or none; the police, the rescuers, a grandfather act in
it (``eval/GUIDE.md``: whoever acts, speaks or is acted upon). Where the named actors are few (``THIN_WHO``), the
groups and people the articles make act or speak in two sources or more, by the same word, fill the list after them.
Only words that name groups of people and nothing else are read (``GROUP_NOUNS``), and kin only with whose it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from bot.model import Actor
from bot.rules.roles import CLAUSE_OPENERS, NOT_A_VERB
from bot.rules.words import IRREGULAR_PAST, STATEMENT_STOPWORDS
from bot.summary.names import Token, blanked, tokens_of, unquoted
from bot.summary.normalization import fold
from bot.summary.statements import Statement
from bot.summary.vocabulary import AUXILIARIES, KIN, MODALS, NOT_NAMES, SPEECH_VERBS, word_set

THIN_WHO = 4
"""Named actors below which unnamed ones fill the list (a gold lists 4 to 8)..."""
FILLED_WHO = 6
"""... up to this many."""

UNNAMED_SOURCES = 2
"""Sources at least that make the same unnamed group or person act or speak."""

# Groups of people named by what they are that act in stories of accidents, crimes, disasters and disputes, words
# that name nothing else: "police said", "Rescuers have dug 13m", "Residents fled", "Farmers blocked the road". Not
# plurals that name things as often ("cleaners", "players", "trainers", "pilots", "drivers" of a change, "boxers",
# "queens", "chairs", "fans", "models", "firms"), nor words for anyone ("officials", "experts", "sources").
GROUP_NOUNS = word_set("""
police firefighters paramedics rescuers medics coastguard soldiers troops residents villagers passengers survivors
witnesses protesters demonstrators volunteers farmers doctors nurses teachers students engineers investigators
prosecutors inmates prisoners miners parents
""")
# Other words for one of those groups, listed under its word: "Detectives said", "Firemen said".
SAME_GROUP = {"detectives": "police", "policemen": "police", "firemen": "firefighters"}
# Words of a named body's name that make it one of those groups, which is then not listed again: "police" beside
# "Lessby Constabulary", "firefighters" beside "Marlow Fire and Rescue Service" (but "farmers" beside "Kestova
# Farmers' Union": a union is not its members).
NAMED_AS = {"police": {"police", "constabulary", "gendarmerie"}, "firefighters": {"fire", "firefighters"},
            "paramedics": {"ambulance", "paramedics"}, "coastguard": {"coastguard"}, "rescuers": {"rescue"},
            "investigators": {"investigation", "investigators"}}
# Whose kin can be: the one person a story of few names is about, told by what they are ("the boy's grandfather",
# "the couple's son"); not a thing ("the ferry's sister ship"), nor "the man's brother", which in two sources may be
# two men's.
KIN_OWNERS = word_set("""
boy girl child couple family teenager baby toddler victim
""")
_DETERMINERS = word_set("the a an his her their its our")
_ADVICE = word_set("urged told warned advised asked reminded encouraged expected")
# Verbs of saying a group ending the sentence is the subject of ("..., said police"), not the object ("..., the
# council warned residents").
_SIGNING = word_set("said says say added")
# Words after a participle that make it a description, not the group's verb: "Students enrolled before September",
# "Passengers booked on cancelled trains".
_AFTER_A_DESCRIPTION = word_set("before after this last next in on at for from under since during by")


def unnamed_actors(statements: Iterable[Statement], tokens: dict[int, Sequence[Token]], named: Sequence[Actor],
                   order: Callable[[set[str]], list[str]]) -> list[Actor]:
    """The unnamed actors to list after ``named`` (the cast's own list), most widely acting first, each with its
    sources in ``order``: none where the named are ``THIN_WHO`` or more, nor a group a named body is (``NAMED_AS``) or
    a named person's role says ("prosecutors" beside "Ivo Danek, prosecutor")."""
    if len(named) >= THIN_WHO:
        return []
    names = {fold(a.name) for a in named}
    taken = {w.strip("'\u2019") for name in names for w in name.split()}
    roles = {fold(a.role).rsplit(None, 1)[-1] for a in named if a.role}
    sources: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        toks = tokens.get(st.key) or tokens_of(st.text)  # the cast reads no sentence naming no one
        for actor in _acting(st.text, toks):
            sources[actor].add(st.source)
    found = [(len(srcs), actor) for actor, srcs in sources.items()
             if len(srcs) >= UNNAMED_SOURCES and not NAMED_AS.get(actor, set()) & taken
             and actor not in names and not _said_by(actor, roles)]
    found.sort(key=lambda item: -item[0])
    return [Actor(name=actor, sources=order(sources[actor])) for _, actor in found[:FILLED_WHO - len(named)]]


def _said_by(actor: str, roles: set[str]) -> bool:
    """A named person's role says who ``actor`` is: "prosecutors" beside "Ivo Danek, prosecutor", "couple's son"
    beside "Jonas Brandt, the couple's son"."""
    last = actor.rsplit(None, 1)[-1]
    return last in roles or last.removesuffix("s") in roles


def _acting(sentence: str, toks: Sequence[Token]) -> list[str]:
    """The unnamed actors ``toks`` make act or speak, each by the word it goes by (``SAME_GROUP`` folded, kin with
    whose it is: "boy's grandfather"): a group's noun (``GROUP_NOUNS``) or someone's kin opening a clause, maybe after
    a determiner, an owner and one lower-case word, before its verb ("Police say 27 people are injured", "as
    structural engineers cleared it", "The boy's grandfather told a reporter"), or after a verb of saying ending the
    sentence ("..., said police"). Not one told what to do ("Parents were urged to ...") nor a word describing the
    next ("police station", "Drivers licences")."""
    out: list[str] = []
    blank = ""
    for k, t in enumerate(toks):
        low = t.text.casefold()
        if not (low in GROUP_NOUNS or low in SAME_GROUP or low in KIN) or (k > 0 and not t.text.islower()):
            continue
        blank = blank or unquoted(sentence)  # made for the few sentences holding such a word
        if blanked(blank, t):
            continue  # in someone's words: "... and farmers have no time," she said
        j = k - 1
        if j >= 0 and toks[j].text.islower() and toks[j].text.isalpha() and toks[j].text not in _DETERMINERS \
                and toks[j].text not in STATEMENT_STOPWORDS and toks[j].text not in NOT_NAMES \
                and toks[j].text not in SPEECH_VERBS:
            j -= 1  # "structural engineers", "local police"
        owner = ""
        if j >= 1 and toks[j].possessive and toks[j - 1].text.casefold() == "the" \
                and toks[j].bare.casefold() in KIN_OWNERS:
            owner = toks[j].text.replace("\u2019", "'")
            j -= 2  # "the boy's grandfather"
        elif j >= 0 and toks[j].text.casefold() in _DETERMINERS:
            j -= 1
        if low in KIN and not owner:
            continue  # "her husband" in two sources may be two men, one of them named; "its sister ship" is a ship's
        before = toks[j].text.casefold() if j >= 0 else ""
        after = toks[k + 1].text.casefold() if k + 1 < len(toks) else ""
        then = toks[k + 2].text.casefold() if k + 2 < len(toks) else ""
        third = toks[k + 3].text.casefold() if k + 3 < len(toks) else ""
        if before in _SIGNING and j + 1 == k and after in ("", ".", ","):
            out.append(SAME_GROUP.get(low, low))  # "..., said police."
        elif (j < 0 or before in CLAUSE_OPENERS) and _verb(after, then, singular=bool(owner)) \
                and not (after in AUXILIARIES and (then in _ADVICE or (then == "been" and third in _ADVICE))):
            out.append(f"{owner} {low}" if owner else SAME_GROUP.get(low, low))
    return out


def _verb(word: str, then: str, *, singular: bool) -> bool:
    """``word`` (``then`` after it) reads as what the subject did or said: a verb of saying, an auxiliary but a modal
    ("Passengers can claim", "Witnesses will give evidence": what may be), a past ("fled", "widened") unless a
    description's ("Students enrolled before September"), or, after someone ``singular``, a present in -s ("the boy's
    father says"); not a noun the subject describes ("police station", "police horses", "Police speed checks")."""
    if word in SPEECH_VERBS or (word in AUXILIARIES and word not in MODALS):
        return True
    past = word in IRREGULAR_PAST or (word.isalpha() and word.endswith("ed") and not word.endswith("eed")
                                      and word not in NOT_A_VERB)
    if past:
        return then not in _AFTER_A_DESCRIPTION
    return singular and word.isalpha() and word.endswith("s") and not word.endswith("ss") and word not in NOT_A_VERB
