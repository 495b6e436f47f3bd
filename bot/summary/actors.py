"""Who: the people and acting organisations of a story, with roles, aliases and sources.

Roles come from how reporters attach them to names: a title before the name ("German Chancellor
Karl Nehammer"), an appositive after it ("Maria Lopez, deputy chair of ..."), a possessive before it
("Brazil's president, Ana Costa"), an affiliation ("Mark Ortiz of Consumers Union").
Spellings of one person merge (diacritics, "Gaddafi"/"Qaddafi", "Yusuf"/"Youssef"), and a
surname alone ("Reyes said") resolves to the full name. Only names with evidence of acting (a role,
a statement, an honorific) are listed, most central first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from bot.model import Actor, Source
from bot.rules.fragments import OPENING_QUOTATION, WEEKDAY_NAMES
from bot.rules.kept import compiled, compiled_regex
from bot.rules.places import (
    OUTLET_CUES,
    country_name,
    is_capital,
    is_community,
    is_country,
    is_demonym,
    is_demonym_noun,
    is_outlet_kind,
    is_outlet_name,
    is_region,
    state_long_form,
)
from bot.rules.roles import (
    AGE_CUES,
    BODY_KINDS,
    CLAUSE_OPENERS,
    DANGLING,
    ITS_OWN_PEOPLE,
    LEGAL_FORMS,
    LOCATIVES,
    MEDIUM_BEFORE,
    NOT_A_VERB,
    NOUN_MODIFIER_CUES,
    OWNERS,
    PASSIVE_AGENT_CUES,
    RELATIVE_ROLE_CUES,
    RELATIVE_ROLE_NOUNS,
    RELATIVES,
    SPOKEN_FOR_CUES,
    TITLE_ABBREVIATIONS,
    RoleCue,
    title_abbreviation,
)
from bot.rules.speech import ACTS, SAID_BETWEEN, SAID_BETWEEN_OPENERS, Between
from bot.rules.words import CALENDAR, HOLIDAYS, IRREGULAR_PAST, NUMBER_WORDS, STATEMENT_STOPWORDS, word_set
from bot.summary.names import (
    Name,
    Token,
    adverb,
    articled_family_name,
    family_key,
    family_name,
    lexicon_of,
    name_is_small_word_acronym,
    name_key,
    role_plural,
    role_tokens_ok,
    role_word,
    tokens_of,
)
from bot.summary.normalization import fold
from bot.summary.statements import Statement
from bot.summary.unnamed import unnamed_actors
from bot.summary.vocabulary import (
    ARTICLES,
    AUXILIARIES,
    BEFORE_THE_VERB,
    BODY_KINDS_NAMED_BACK,
    BYLINE_ROLES,
    CAPITALISED_TITLES,
    COMMENTATOR_ROLES,
    CONNECTORS,
    CREDIT_WORDS,
    DESCRIPTIONS,
    DESCRIPTIVE_ENDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EMPLOYER_PREPOSITIONS,
    FEATURE_ENDS,
    FEATURE_OPENERS,
    GROUNDS_ENDS,
    HE_WORDS,
    HONORIFICS,
    KIN,
    LOWER_ROLE_HEADS,
    MINISTRY_FIELDS,
    NAME_OPENING_QUANTIFIERS,
    NOT_NAMES,
    OPENING_PREPOSITIONS,
    ORG_SUFFIXES,
    PART_BODY_ENDS,
    PASTS_IN_TITLES,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    PLACE_NOUNS,
    PLURAL_SUBJECTS,
    POSITION_QUALIFIERS,
    QUALIFIED_POSITIONS,
    RELATIONS,
    ROLE_HEADS,
    ROLE_PREPOSITIONS,
    SHE_WORDS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    SUBORDINATORS,
    TEAM_POSITIONS,
    TITLE_PARTICIPLES,
    TITLE_WORDS,
    VENUE_CENTRE_KINDS,
    VENUE_ENDS,
    VERB_ROLE_HEADS,
)

MAX_ACTORS = 12
"""The most actors a story lists. A story many outlets cover names more people who act or speak than a gold's four to
eight: ten left out a secretary of state quoted by four of nineteen outlets behind one-outlet names. Chat shows the
first six; the JSON and the page carry them all."""


def _a_commentators_role(role: str) -> bool:
    """A commentator's role, by its words before the body it names: "chief economist at harbor metrics", "professor of
    climate science at dale university"; not "director of the lessby sky watch society"."""
    words = role.split()
    head = words[:next((k for k, w in enumerate(words) if w in ("at", "with", "for")), len(words))]
    return any(w in COMMENTATOR_ROLES for w in head)


# Surnames are compared fuzzily within the group sharing their first letters: three, so that a variant
# spelt differently from the fourth letter on ("Verhoeven"/"Verhaeven") still meets its twin.
SURNAME_BUCKET = 3
_STEM = 4  # first letters a country and its adjective share: "Isra(el)"/"Isra(eli)", "Nige(ria)"/"Nige(rian)"
WIDELY_NAMED = 3  # sources naming an organisation that make it an actor by itself, if half the story's or more
WIDELY_ACTING = 4
"""Sources in which a one-word name speaks or acts as a clause's subject that rank it with full names: a story's
animal, mononym or one-word firm ("Harambe came to Cincinnati in 2015"), which single-source bystanders with two
names must not push out of the list."""
_POSSESSIVE_END = compiled_regex(r"['\u2019]s$")
_YEAR = compiled_regex(r"(?:1[89]|20)\d\d")
_ROLE_OPENS = 4  # words of an appositive within which its role word stands
LIST_JOINS = ("and", "or", "but", "nor")
OWNER_WORDS = ("its", "his", "her", "their", "our")
# Lower-case nouns of public bodies that a place names: "the Swiss government", "Dunmore police", "an Egyptian court".
PUBLIC_BODIES = frozenset({"government", "police", "army", "military", "authorities", "navy", "prosecutors", "court",
                           "coastguard", "presidency"})
_FORCE_WORDS = frozenset({"department", "service", "force", "command", "office"})
"""Words naming a public body itself after its place and kind ("Slidell Police Department", "Lessby Police Service",
"Norvanian Army Command"): the body a place's "police" or "army" in lower case is. After the kind, any other word names
a body of its own ("Police Federation", "Army Reserve Association")."""
_STOP_PUNCT = frozenset(",.;:()[]\"\u201c\u201d\u2018\u2019'\u2014\u2013-!?")


def _tally() -> Counter[str]:
    """An empty counter, made by the dict's own constructor: ``Counter()`` runs two Python-level methods to
    make the same empty one, and the cast makes three for each of the thousands of names of a big story."""
    return Counter.__new__(Counter)


@dataclass(slots=True)  # no dict of attributes per person: one object fewer to make and for the collector to walk
class Person:
    """Everything the story says about one actor."""

    spellings: Counter[str] = field(default_factory=_tally)
    short_forms: set[str] = field(default_factory=set)  # one-word mentions of a longer name: "Reyes", "Seo"
    spelling_sources: dict[str, set[str]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)
    mentions: int = 0
    roles: Counter[str] = field(default_factory=_tally)
    affiliations: Counter[str] = field(default_factory=_tally)
    speaks: int = 0
    honorific: bool = False
    first_seen: int = 1 << 30
    organisation: bool = False
    statements: list[int] = field(default_factory=list)
    in_title: int = 0  # headlines naming them
    single: bool = False  # a one-word name: a body or government ("Norway", "Taliban")
    alone: int = 0  # mentions by the last name alone ("Okafor"): people are named so, places rarely
    as_thing: int = 0  # mentions written like a place or body: "the United States", "its Arctic Program"
    subject: int = 0  # mentions as the subject of a clause: "Norway announced", ", and Acme removed"
    mid: int = 0  # mentions not opening a sentence, where a capital shows a name rather than the grammar
    as_outlet: int = 0  # mentions as the medium of a report: "told the Harbor Courier newspaper"
    placed: int = 0  # mentions as where something is or happens: "in Lessby", "at Harbor Gate"
    cited: int = 0  # mentions as whose account a sentence gives: "according to the National Police"
    acting_in: set[str] = field(default_factory=set)  # sources where they speak or act as a clause's subject

    def take_spellings(self, other: Person) -> None:
        """Takes in another's spellings as this one's, with the sources writing each."""
        self.spellings.update(other.spellings)
        for spelling, sources in other.spelling_sources.items():
            self.spelling_sources.setdefault(spelling, set()).update(sources)

    def absorb(self, other: Person) -> None:
        """Takes in what was recorded under another spelling of the same actor."""
        self.sources |= other.sources
        self.short_forms |= other.short_forms
        self.mentions += other.mentions
        self.roles.update(other.roles)
        self.affiliations.update(other.affiliations)
        self.speaks += other.speaks
        self.honorific = self.honorific or other.honorific
        self.first_seen = min(self.first_seen, other.first_seen)
        self.statements.extend(other.statements)
        self.as_thing += other.as_thing
        self.alone += other.alone
        self.subject += other.subject
        self.mid += other.mid
        self.as_outlet += other.as_outlet
        self.placed += other.placed
        self.cited += other.cited
        self.acting_in |= other.acting_in

    @property
    def name(self) -> str:
        """The spelling most used; a country's name before its adjective ("North Macedonia", not "North Macedonian")."""
        if len(self.spellings) == 1:
            return next(iter(self.spellings))  # most people have one spelling: nothing to weigh
        return max(self.spellings.items(), key=lambda kv: (*_spelling_weight(kv[0]), kv[1], len(kv[0].split()),
                                                           kv[0]))[0]

    @property
    def shown(self) -> str:
        """The name as a briefing shows it: without a people's adjective that opened a person's full name ("German
        Ana Ruiz scored twice" where the story also writes "Ruiz said"), which is where they come from, not who.
        Kept where nothing shows a person ("British Virgin Islands", "American Airlines", "German Marshall Fund")."""
        name = self.name
        if self.alone and not self.organisation and name.count(" ") >= 2:
            first, rest = name.split(" ", 1)
            if is_demonym(first):
                return rest
        return name

    @property
    def surname(self) -> str:
        return family_name(self.name)

    @property
    def aliases(self) -> list[str]:
        name = self.name
        out = [s for s in sorted(self.spellings) if s != name]
        # The one-word forms the articles write ("Reyes said", "Seo said"), not a surname guessed for a name that is
        # no one's ("Korea" of "North Korea", "Kong" of "Hong Kong"); never a place or a people a body's name opens
        # ("Lessby" of "Lessby Ferries"), nor capitals standing for a person ("UN" is no "Kim Jong Un").
        out.extend(sorted(f for f in self.short_forms - set(out) - {name}
                          if not (_place_or_people(f) or (f.isupper() and not self.organisation))))
        return out

    @property
    def role(self) -> str | None:
        if _is_place(self.name):
            return None  # a country's or region's "role" is the title of someone beside it in a sentence
        roles = self.roles
        if self.organisation and not self.single:
            # A body's role says what body it is ("chip maker"); a person's title beside its name ("Assistant Chief
            # Constable of the British Transport Police Ana Ruiz") is that person's.
            roles = Counter({r: n for r, n in roles.items() if not _personal_title(r)})
        if len(roles) > 1 and any(_people_noun(r) or _description(r) for r in roles):
            # "Frenchman" says where someone is from, "her boyfriend" whose they are, a title what they are: each is the
            # role only when no title is.
            roles = Counter({r: n for r, n in roles.items() if not (_people_noun(r) or _description(r))}) or roles
        if not roles:
            if self.affiliations:
                return self.affiliations.most_common(1)[0][0]
            shown = self.shown
            return self.name[:-len(shown) - 1] if shown != self.name else None  # "German" of "German Ana Ruiz"
        role = max(roles.items(), key=lambda kv: (kv[1], _informative(kv[0]), kv[0]))[0]
        role = _as_written_mid_sentence(role, roles)
        if self.affiliations:
            where = self.affiliations.most_common(1)[0][0]
            if fold(where) not in fold(role) and not _names_its_people(role, where):
                role = f"{role}, {where}"
        return role

    @property
    def acting(self) -> bool:
        if not self.sources:
            return False  # merged into another spelling
        if self.single and is_country(self.name):
            return self.speaks > 0 or self.subject > 0  # "in Norway" is a place; "Norway warned" acts
        if self.single:
            # A word capitalised only where sentences open ("Although", "Economists") is not known to be a
            # name; one mostly owned or placed ("the city's Eve", "the Acme") is a thing, unless a group.
            evidence = self.speaks > 0 or self.in_title > 0 or self.subject > 1 or self.kind_of_body
            # A body's acronym a headline names and the text makes speak ("FBI says gunman had no connection") is
            # one, though named nowhere else; a virus's or a product's ("KRV spreads", "TRX recalled") speaks nowhere.
            # Named once, a body the article says what it is and makes speak ("market research firm IDC said") is
            # one; not an outlet so described ("news agency Tavro said"), which carries the report.
            return evidence and (self.mentions >= 2 or (self.speaks > 0 and (
                (self.kind_of_body and not any(is_outlet_kind(role) for role in self.roles))
                or (self.central and _ACRONYM.fullmatch(self.name) is not None)))) \
                and (self.mid > 0 or (self.in_title > 0 and self.speaks > 0)) \
                and (self.as_thing * 2 <= self.mentions or self.group)
        if self.as_thing * 2 > self.mentions and not self.organisation and not self.group \
                and (self.speaks < 2 or _document(self.name)):
            # Mostly a thing ("the Glasshouse tour"), unless it speaks as a body does ("the Trumpet said"); a document
            # quoted ("the Lomax Report said") speaks for its authors.
            return False
        if self.organisation:
            return self.speaks > 0 or bool(self.roles) or self.subject > 0 or self.cited > 0
        return len(self.name.split()) > 1 and (bool(self.roles) or bool(self.affiliations) or self.speaks > 0
                                               or self.honorific or self.in_title > 0 or self.alone > 0
                                               or self.subject > 0)

    @property
    def group(self) -> bool:
        """A plural name the articles make act ("the Harbor Rovers won", "the Rovers, beaten in May, played"), or
        one word of it a headline has act ("Rovers win cup"): a team, band or movement of people, which is
        written with "the" as things are."""
        return (self.central if self.single else self.subject >= 2) and _plural(self.name.split()[-1]) \
            and not is_country(self.name)

    @property
    def kind_of_body(self) -> bool:
        """The articles say what body this is: "cybersecurity firm Orrel", "Orrel, a regulator"."""
        return any(w.casefold() in BODY_KINDS for role in self.roles for w in role.split())

    @property
    def central(self) -> bool:
        """A headline names them and the articles have them act or speak: the story is about them."""
        return self.in_title > 0 and (self.speaks > 0 or self.subject > 0)

    def evidence(self) -> str:
        """Why this name is listed as an actor, for ``--explain``."""
        parts = [f"named by {len(self.sources)} source(s), {self.mentions} mention(s)"]
        if self.roles:
            parts.append("role " + "; ".join(f"'{r}' x{n}" for r, n in self.roles.most_common(3)))
        if self.speaks:
            parts.append(f"speaks {self.speaks} time(s)")
        if self.in_title:
            parts.append(f"in {self.in_title} headline(s)")
        return ", ".join(parts)

    def centrality(self, several_sources: bool = True) -> tuple[int, int, int, int, int, int]:
        """Sources naming them first (an organisation counts one less: people act, bodies frame), then
        headlines naming them, mentions, whether they speak, and who comes first. In a story of
        ``several_sources``, among names one source alone carries, those it presents (a role, or a body's own
        name) come before bare names: other reports repeating a name are evidence of a part in the story, a
        single passing mention is not. In a one-article story every name is one source's: mentions decide,
        for bodies as for people (a police force the article names four times outranks a bystander named
        once)."""
        sources = len(self.sources) - int(self.organisation and several_sources)
        presented = not several_sources or sources > 1 or bool(self.roles) or bool(self.affiliations) \
            or self.organisation
        return (sources, self.in_title, int(presented), self.mentions, int(self.speaks > 0), -self.first_seen)


def _union_of(words: list[str]) -> str | None:
    """The union of states the words before a body's name say it is of ("UN", "U.N.", "United Nations", "EU"), one
    key however written; None for a country's ("Israeli", "Chinese": a bare "Foreign Ministry" may be any
    country's) or another body's words ("National" of "National Security Council", "NFL" of "NFL Players
    Association")."""
    return UNIONS.get(fold(" ".join(words)).replace(".", "").replace(" ", "")) if words else None


UNIONS = {"un": "UN", "unitednations": "UN", "eu": "EU", "europeanunion": "EU", "nato": "NATO", "au": "AU",
          "africanunion": "AU", "asean": "ASEAN", "opec": "OPEC"}
"""Unions of states whose bodies the news names without them ("the Security Council", "the General Assembly", "the
Commission"): a bare name is the union's body, as a bare "Foreign Ministry" is no one country's."""


def _names_its_people(role: str, place: str) -> bool:
    """ "Norwegian Foreign Minister" already says where ("Norway"), as "Swedish Prime Minister" does "Sweden": the
    role holds the place's adjective, a demonym sharing its first letters. "Chilean envoy" does not say
    "Peru"."""
    stem = fold(place)[:_STEM]
    return any(fold(w)[:_STEM] == stem and is_demonym(w) for w in role.split())


def _people_noun(role: str) -> bool:
    """A role that is only a people's noun: "Frenchman", "Briton"."""
    return " " not in role and is_demonym_noun(role)


def _description(role: str) -> bool:
    """A role that says whose someone is or what they are to the story ("her boyfriend of four years", "cousin of the
    pilot", "family friend", "his son Tom" read from a list, "Passenger"), not their job or position
    (``DESCRIPTIONS``)."""
    return any(w.casefold() in DESCRIPTIONS for w in _role_head(role.split()))


def _informative(role: str) -> int:
    """Roles naming a place or body ("Chilean Trade Minister") beat bare titles ("minister")."""
    ws = role.split()
    return sum(1 for w in ws[1:] if w[:1].isupper()) + int(ws[0][:1].isupper() and ws[0].casefold()
                                                           not in ROLE_HEADS) + min(len(ws), 6)


def _modifier(t: Token, after: Token) -> bool:
    """May stand inside a role phrase before its head, the token ``after`` it: "opposition", "Acme", "e-bike",
    "regional"; a participle of a title before a lower-case word ("managing director"), never before a capital,
    where it is a verb ("after consulting Justice Minister Tom Reyes", "doctors attending Prime Minister ...")."""
    low = t.text.casefold()
    if not t.word or low in SPEECH_VERBS or low in DETERMINERS or low in NOT_NAMES or low in CREDIT_WORDS \
            or low.isdigit() or ("." in low and _GLUED_SENTENCES.search(t.text)):
        # A photo credit or gallery counter ("AP 9") is not part of a role, nor the end of a sentence a page ran into
        # the next ("... of the microbes.NASA astronaut Ana Ruiz").
        return False
    return t.text[:1].isupper() or not low.endswith(("ed", "ing")) \
        or (low in TITLE_PARTICIPLES and after.word and after.text.islower())


def _numeral_of_a_name(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised number word after a capitalised word ends a name ("Formula One star", "Channel Four presenter",
    "Air Force One pilot"), where a number word alone opens none ("One official")."""
    t = tokens[i]
    return i > 0 and t.capitalised and t.text.casefold() in NUMBER_WORDS and tokens[i - 1].capitalised \
        and tokens[i - 1].word and not tokens[i - 1].possessive and tokens[i - 1].text.casefold() not in _SEQUENCE_NOUNS


_SEQUENCE_NOUNS = frozenset({"round", "game", "stage", "day", "week", "part", "chapter", "season", "episode", "phase",
                             "level", "step", "act", "page", "number", "year", "leg", "heat", "race", "match", "set",
                             "hole", "lap", "term", "grade", "class", "tier", "volume", "book"})
"""Nouns a number counts in order ("In Round Two striker Ana Ruiz"): with the number a time or a place in a sequence,
never part of a role, as "Formula One", "Channel Four", "Air Force One" are."""


_GLUED_SENTENCES = compiled_regex(r"\p{Ll}{2}\.\p{Lu}")


def _noun_modifier(sentence: str, tokens: Sequence[Token], i: int) -> bool:
    """ "Acme's marketing chief", "credit reporting company": an "-ing" or "-ed" word inside a noun phrase
    qualifies the role; "after meeting President ..." is a verb (``NOUN_MODIFIER_CUES``)."""
    return i > 0 and tokens[i].text.islower() \
        and NOUN_MODIFIER_CUES.matches(sentence[tokens[i - 1].start:tokens[i].end])


def _body_like(name: Name) -> bool:
    """An organisation or a one-word name, which a kind of body may describe ("credit agency Lantrax")."""
    return name.organisation or len(name.words) == 1


def _span(sentence: str, tokens: Sequence[Token], a: int, b: int) -> str:
    return sentence[tokens[a].start:tokens[b].end]


def title_before(sentence: str, tokens: Sequence[Token], name: Name) -> str | None:
    """ "Finnish President Sauli Niinistö", "Minister of Foreign Affairs X", "Acme chief executive X"."""
    end = name.first - 1
    if end < 0:
        return None
    if tokens[end].text == "." and end >= 1 \
            and title_abbreviation(tokens[end - 1].text, tokens[end - 2].text if end >= 2 else ""):
        return _abbreviated_title(tokens, end)
    if tokens[end].text == "and" and name.run_start == name.first:
        return _shared_plural_title(tokens, end)
    if tokens[end].text == "and" and name.organisation:
        return None  # "The Governor and Company of the Bank of Lessby": a title before "and" is no body's
    capital_title = name.run_start < name.first and any(role_word(t.bare) or is_demonym_noun(t.bare)
                                                        or _judges_title(tokens, k, name)
                                                        for k, t in enumerate(tokens[name.run_start:name.first],
                                                                              name.run_start))
    if capital_title and name.organisation and any(t.text == "of" for t in tokens[name.run_start:name.first]):
        return None  # "Justice Ana Ruiz of the Lessby High Court": the title is the judge's, the court has none
    if capital_title and tokens[end].text == "of" and (len(name.words) == 1 or name.organisation):
        # "CEO of SpaceX": the name is whose the title is. A name of more words after "of" may hold the place and
        # the holder ("Mayor of Dunmore Ada Lenz", "Prince of Wales Charles"): read below.
        return None
    if capital_title:
        start = name.run_start
        while start < end and tokens[start].text.casefold() in NOT_NAMES and not _ordinal_of_a_role(tokens, start):
            start += 1  # a capital run opening a sentence: "Both Lessby Mayor Ana Ruiz and ..."
    elif (role_word(tokens[end].bare) and not _verb_after_a_plural(tokens, end)
          and not _no_relation_of_theirs(tokens, end, name)) \
            or (end == 0 and tokens[0].text.casefold() in LOWER_ROLE_HEADS) \
            or (tokens[end].text.casefold() in BODY_KINDS and _body_like(name)) \
            or _owned_byline_role(tokens, end) or _team_position(tokens, end):
        start = end  # "cybersecurity firm Orrel": a body's kind is its role
    else:
        return None
    while start - 1 >= 0 and end - start < 7:
        t = tokens[start - 1]
        # "deputy head of mission Ana Ruiz"; not "a former colleague of council leader Ana Ruiz", whose role is hers
        of_role = start >= 2 and role_word(tokens[start - 2].bare) and tokens[start].text.islower() \
            and tokens[start - 2].text.casefold() not in RELATIONS
        if t.text == "of" and of_role:
            start -= 2
            continue
        if t.possessive or not (_modifier(t, tokens[start]) or _noun_modifier(sentence, tokens, start - 1)
                                or _numeral_of_a_name(tokens, start - 1) or _ordinal_of_a_role(tokens, start - 1)):
            break
        if (t.text.islower() and (t.text in STATEMENT_STOPWORDS or t.text in OPENING_PREPOSITIONS)
                and not _ordinal_of_a_role(tokens, start - 1)) \
                or (_verb_before_title(tokens, start - 1) if capital_title
                    else _verb_before_lower_title(tokens, start - 1)) \
                or _infinitive(tokens, start - 1) \
                or (t.text.casefold() in WEEKDAY_NAMES and tokens[start].text.islower() and start >= 2
                    and tokens[start - 2].text.casefold() in _BEFORE_A_DAY):
            # "that was Emmy winner Aaron Paul", "as did German Chancellor ...", "the laws passed during President
            # Tom Reyes's term" (a preposition opening a phrase ends the role); "US" is no "us"; "announced
            # later Monday general manager Tom Reyes would stay" dates the sentence ("Sunday Times editor" and
            # "Friday prayer leader" are titles).
            break
        start -= 1
    if start >= 2 and tokens[start - 1].text == "and" and tokens[start - 2].text.casefold() in KIN \
            and tokens[end].text.casefold() in KIN:
        return None  # "husband and wife Tom Reyes, 50, and Ana Reyes": a couple, not his role
    if tokens[end].text.casefold() in DANGLING and len(name.words) >= 3:
        # "Mayor of Dunmore Ada Lenz": the run's name took the place; the role gets it back.
        return _span(sentence, tokens, start, end + 1)
    # An honorific between the title and the name is the person's, not the title's: "Chief Medical Officer Dr Ana Ruiz".
    while end > start and (tokens[end].text.casefold() in DANGLING or tokens[end].text.casefold() in HONORIFICS):
        end -= 1
    if tokens[end].text.casefold() in DANGLING:
        return None
    return _span(sentence, tokens, start, end)


def _no_relation_of_theirs(tokens: Sequence[Token], k: int, name: Name) -> bool:
    """The relation word at ``k`` (``RELATIONS``) right before the name is not who they are: a body's or a country's
    ("accused its neighbour Kestova", "talks with neighbour Kestova": one word, a person's only after "his" or
    "her"), or someone else's after an article ("a friend Tom Reyes had known since school", "the boyfriend Ana Ruiz
    had left", the friend being whoever knew him); "her friend Ana Ruiz", "said neighbour Tom Reyes" are."""
    if tokens[k].text.casefold() not in RELATIONS:
        return False
    before = tokens[k - 1].text.casefold() if k > 0 else ""
    if len(name.words) == 1 and tokens[k].text.casefold() not in KIN:
        # "her friend Tom", "whose neighbour Ana"; not "talks with neighbour Kestova". Family is named by given names
        # alone: "uncle Sean and 11-year-old cousin Brodie", "whose son Lukas".
        return before not in _PERSONS_OWNERS
    # "the friend Aron Kesk had called" is whoever he called; "The widow Agnes Velde said" is hers.
    return name.organisation or before in ("a", "an", "its") \
        or (before == "the" and tokens[k].text.casefold() not in KIN)


_PERSONS_OWNERS = frozenset({"his", "her", "their", "my", "our", "your", "whose"})


def _verb_after_a_plural(tokens: Sequence[Token], k: int) -> bool:
    """The role word at ``k`` is a verb (``VERB_ROLE_HEADS``) after people in the plural or a pronoun, its subject:
    "experts suspect Acme is ...", "detectives suspect Tom Reyes", "they judge Ana Ruiz"; not "murder suspect Tom
    Reyes", "drugs suspect Tom Reyes", "police witness Tom Reyes" or "High Court judge Ana Ruiz"."""
    if k == 0 or tokens[k].text not in VERB_ROLE_HEADS:
        return False
    before = tokens[k - 1].text
    return (before.islower() or k == 1) \
        and (before.casefold() in PLURAL_SUBJECTS or role_plural(before)
             or (before.casefold() in PEOPLE_NOUNS and before.endswith(("s", "ren"))))


def _team_position(tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` is a team's position (``TEAM_POSITIONS``) where what stands before it says so: a team's name
    ("Rovers center"), a word of the position ("point guard"), a season ("fourth-year center") or another position
    before "and" ("guard Ana Ruiz and forward Tom Reyes"); not a verb's object ("to guard Ana Ruiz"), an adverb ("put
    forward Tom Reyes") nor a place ("the community center Ana Ruiz runs")."""
    if k == 0:
        return False
    before = tokens[k - 1]
    if tokens[k].text in QUALIFIED_POSITIONS:
        return before.text in POSITION_QUALIFIERS
    if tokens[k].text not in TEAM_POSITIONS:
        return False
    if before.text in POSITION_QUALIFIERS or before.text.endswith(("-year", "-time")):
        return True
    if before.capitalised and before.word and before.text.casefold() not in NOT_NAMES:
        return True  # a team's name ("Rovers center"); not "The center ..."
    return before.text in ("and", ",") \
        and any(t.text.casefold() in TEAM_POSITIONS for t in tokens[max(0, k - _LISTED):k - 1])


_LISTED = 10
"""Tokens at most back to the position before "and" in a list of players ("point guard Tom Reyes added 12 assists, and
forward Ed Marsh ...")."""


_BEFORE_A_DAY = frozenset({"later", "earlier", "early", "late", "on", "last", "this", "next", "since", "until", "by"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth"})


def _ordinal_of_a_role(tokens: Sequence[Token], k: int) -> bool:
    """An ordinal right before a role word is part of the role: "third baseman", "First Minister", "Second Secretary";
    not "the first Acme engineer" (no role word after it), nor one counting after an article ("the third minister
    Prime Minister Celia Dorn has lost this month")."""
    if tokens[k].text.casefold() not in _ORDINALS or k + 1 >= len(tokens) or not role_word(tokens[k + 1].bare):
        return False
    return not (tokens[k].text.islower() and k > 0 and tokens[k - 1].text.casefold() in ("the", "a", "an"))


def _owned_byline_role(tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` is a writer's ("editor", ``BYLINE_ROLES``) right after its owner: "the Courier's editor Tom
    Reyes", "the paper's editor, Tom Reyes, said". Owned, the writer is someone the story is about; signing a page
    ("By Ana Ruiz, Showbiz Editor"), they are no actor."""
    return k > 0 and tokens[k].text.casefold() in BYLINE_ROLES and tokens[k - 1].possessive


def _judges_title(tokens: Sequence[Token], k: int, name: Name) -> bool:
    """ "Justice" at ``k`` is a judge's title: after a word of the title ("Lady Justice Ana Ruiz", "Chief Justice Tom
    Reyes", "Mr Justice Ruiz"), or opening the run of capitals before a full name ("Justice Ana Ruiz ruled"). Not before
    a surname alone, where it is as often a given name ("Justice Owusu hailed his striker"), nor after another title
    ("Harrow manager Justice Owusu"), nor before "for" ("Justice for Nils Berg", a campaign)."""
    if tokens[k].text != "Justice" or (k + 1 < len(tokens) and tokens[k + 1].text.casefold() == "for"):
        return False
    if k > 0 and tokens[k - 1].text in _BEFORE_JUSTICE:
        return True
    return k == name.run_start and name.last > name.first


_BEFORE_JUSTICE = frozenset({"Lady", "Lord", "Mr", "Mrs", "Ms", "Chief", "Associate", "Supreme", "Court", "High"})


def _infinitive(tokens: Sequence[Token], i: int) -> bool:
    """The lower-case word at ``i`` is a verb after a verb and "to" ("agreed to sign Acme striker Tom Reyes", "is to
    face World Champion Ana Ruiz"), not a title's word after a preposition ("according to police chief Tom Reyes", "a
    letter to opposition leader Ana Ruiz", "wrote to longtime Senator ...", "an adviser to former President ...")."""
    t = tokens[i]
    if i < 2 or not t.text.islower() or not t.text.isalpha() or tokens[i - 1].text.casefold() != "to" \
            or t.text in TITLE_WORDS or role_word(t.text):
        return False
    verb = tokens[i - 2].text.casefold()
    past = verb.endswith("ed") or verb in IRREGULAR_PAST
    return verb in _BEFORE_AN_INFINITIVE or (past and verb not in SPEECH_VERBS)


_BEFORE_AN_INFINITIVE = frozenset({"is", "are", "was", "were", "be", "set", "going", "want", "wants", "plan", "plans",
                                   "hope", "hopes", "ready", "able", "likely", "due", "try", "tries", "seeks",
                                   "someone", "somebody", "anyone", "anybody", "need", "needs"})
"""Words a verb's "to" follows besides pasts: "is to face", "plans to sign", "due to meet", "finding someone to nurture
quarterback Tom Reyes"."""


def _verb_before_title(tokens: Sequence[Token], i: int) -> bool:
    """The lower-case word at ``i``, before a capitalised title, belongs to the sentence, not the role: a word right
    after a subject pronoun ("where he met President Ana Ruiz"), or a verb right after a name ("Mika Laine met
    President Tom Reyes", "Ana Ruiz meets President ..."; one in -ed is no modifier anyway). A modifier stays:
    "Norvanian interim President", "Lessby city Councillor", "Acme Freight sales Director"."""
    t = tokens[i]
    if t.capitalised or i == 0:
        return False
    low = t.text.casefold()
    before = tokens[i - 1]
    if low in TITLE_WORDS or role_word(t.bare):
        return False
    if before.text.casefold() in _SUBJECT_PRONOUNS:
        return True
    if not (before.capitalised and before.word and not before.possessive):
        # A verb after an adverb: "Tom Reyes openly admires Norvanian President ...", "Reyes personally met President
        # ...", "The group also views President ...", "Reyes later met House Speaker ..." (a past after any adverb but
        # one after an article: "the then left wing Leader" is a title whole). An adjective in -ly qualifies the title
        # ("Lessby County elderly care Director").
        if (low in IRREGULAR_PAST or low.endswith("ed")) and adverb(before.text) \
                and (i < 2 or tokens[i - 2].text.casefold() not in DETERMINERS):
            return True  # not "The then left wing Labour Leader"
        return _manner_adverb(before.text) and (low.endswith(("ed", "s")) or low in IRREGULAR_PAST) \
            and not low.endswith("ss")
    # A past in no -ed, or a present a name does to someone titled ("Ana Ruiz meets President ..."); a plural noun
    # qualifying the title stays ("Acme Freight sales Director", "Lessby County schools Superintendent").
    return low in IRREGULAR_PAST or low in _DONE_TO_THE_TITLED


def _verb_before_lower_title(tokens: Sequence[Token], i: int) -> bool:
    """The lower-case word at ``i``, before a title in lower case, is the sentence's verb: right after a subject
    pronoun ("he met Acme chief Tom Reyes"), or a past or a present done to someone titled before the body's name ("Ana
    Ruiz met Acme chief Tom Reyes"), a relation or a position's qualifier, or after a day ("A court on Tuesday found
    former mayor Ana Ruiz guilty"). Before the title's own words such a word is part of it: "shot put champion", "left
    back", "set designer", "meet director" ("Rovers left back Tom Reyes", "Grand Prix meet director Ana Ruiz")."""
    t = tokens[i]
    if t.capitalised or i == 0 or i + 1 >= len(tokens):
        return False
    low = t.text.casefold()
    before = tokens[i - 1].text.casefold()
    if before in _SUBJECT_PRONOUNS and before != "who":  # "the man who police officer Ana Ruiz arrested"
        return True
    if not (low in IRREGULAR_PAST or low in _DONE_TO_THE_TITLED):
        return False
    after = tokens[i + 1]
    # Before whose someone is ("Ivo Danek hit neighbour Lars Tamm", "Reyes met girlfriend Ana Ruiz") or a position's
    # own word ("The Hawks cut running back Tom Reyes", "Rovers let right back Jon Berg go") the word is a verb; a word
    # of the position itself is not ("Rovers left back Tom Reyes"). So is a past after its subject's name ("Hollin sold
    # striker Tom Reyes", "Ruiz beat world champion Lena Park"), but for the pasts titles hold ("shot put champion").
    return after.capitalised or before in CALENDAR or after.text.casefold() in RELATIONS \
        or (after.text in POSITION_QUALIFIERS and low not in POSITION_QUALIFIERS) \
        or (low in IRREGULAR_PAST and low not in PASTS_IN_TITLES and tokens[i - 1].capitalised
            and tokens[i - 1].word and not tokens[i - 1].possessive)


def _manner_adverb(word: str) -> bool:
    """An adverb that stands between a subject and its verb and never before a title's own words: one in -ly, "also",
    "again", "often", "never", "always"; not "only", "since" or "then" ("the then sports Minister", "its only news
    Director")."""
    return (word.endswith("ly") and word != "only" and adverb(word)) or word in ("also", "again", "often", "never",
                                                                                  "always")


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "who"})
_DONE_TO_THE_TITLED = frozenset({
    "meets", "joins", "visits", "urges", "calls", "thanks", "praises", "slams", "defeats", "beats", "replaces",
    "succeeds", "backs", "endorses", "hosts", "welcomes", "tells", "asks", "sues", "names", "appoints", "fires",
    "hires", "accuses", "blames", "interviews", "congratulates", "greets", "warns", "criticises", "criticizes",
    "challenges", "phones", "rings", "emails", "writes", "meet", "join", "visit", "urge", "thank", "praise",
    "defeat", "beat", "replace", "succeed", "back", "endorse", "host", "welcome", "tell", "ask", "sue", "appoint"})
"""Present forms of what someone does to a titled person, before the title: "Ana Ruiz meets Norvanian President Tom
Reyes", "Reyes will meet President ...". A closed list: a plural noun in -s also stands there ("athletics Director")."""


PLURAL_TITLES = frozenset({"sens", "reps", "govs", "gens", "dels"})
"""Abbreviated titles of several people named after them ("Sens. Ana Ruiz (D-Ore.) and Tom Reyes (R-Utah)")."""
_SHARED_TITLE_REACH = 12
"""Tokens at most between "and" and the plural title before the first name (the name and its party in brackets)."""


def _shared_plural_title(tokens: Sequence[Token], and_at: int) -> str | None:
    """The title of a second name joined by "and" (at ``and_at``) to a first one after a plural title: in "Sens. Ana
    Ruiz (D-Ore.) and Tom Reyes" Reyes is a Senator too. The first name may carry a bracket ("(D-Ore.)"), nothing
    else: in "Sens. Ana Ruiz voted no and Tom Reyes ..." the title is Ruiz's alone."""
    k = and_at - 1
    if k >= 0 and tokens[k].text == ")":
        while k >= 0 and and_at - k < _SHARED_TITLE_REACH and tokens[k].text != "(":
            k -= 1
        k -= 1
    while k >= 1 and tokens[k].capitalised and tokens[k].word:
        k -= 1
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].text.casefold() in PLURAL_TITLES:
        return _abbreviated_title(tokens, k)
    return None


def _abbreviated_title(tokens: Sequence[Token], dot: int) -> str:
    """ "Lt. Gov. Tom Reyes" -> "Lieutenant Governor": each abbreviation before the name, spelt out."""
    titles: list[str] = []
    while dot >= 1 and tokens[dot].text == "." \
            and (title := title_abbreviation(tokens[dot - 1].text, tokens[dot - 2].text if dot >= 2 else "")):
        titles.insert(0, title)
        dot -= 2
    return " ".join(titles)


def appositive_after(sentence: str, tokens: Sequence[Token], name: Name) -> str | None:
    """ "Maria Lopez, deputy chair of the city's planning council, said" -> "deputy chair of ..."."""
    k = name.last + 1
    if k >= len(tokens) or tokens[k].text != "," or tokens[name.last].possessive \
            or _opens_with_comparison(tokens, name.run_start - 1):
        return None  # "a friend of Ana Ruiz's, talk of her ..." is no appositive either
    if k + 3 < len(tokens) \
            and (tokens[k + 3].text.casefold() in ("a", "an", "the") or role_word(tokens[k + 3].text)) \
            and AGE_CUES.matches(sentence[tokens[k].start:tokens[k + 2].end]):
        k += 2  # "Ada Moss, 19, a student at Lessby College", "Tom Reyes, 46, spokesman for ...": age, then who
    words: list[Token] = []
    for j, t in enumerate(tokens[k + 1:k + 16], start=k + 1):
        text = t.text
        low = text.casefold()
        if low == "that" and j + 1 < len(tokens) and _verb_after_that(tokens[j + 1].text):
            break  # "a senior official with the Broadcasting Board of Governors that oversees them": a relative clause
        if low in SPEECH_VERBS and _in_an_opening_phrase(tokens, name):
            # The comma closes the phrase the sentence opens with, and the words after it are the clause's subject,
            # not who the name is: "In an interview with Acme Radio, the director said ...". (Elsewhere an unclosed
            # appositive is common: "Ana Ruiz, operations manager at Acme said ...".)
            return None
        if low in SPEECH_VERBS and (_tag_at_the_end(tokens, k + 1, j) or _named_tag_at_the_end(tokens, k + 1, j)):
            return None  # "Online pharmacies may not sell Vorelza, the agency said.": who said it, not who Vorelza is
        if text in _STOP_PUNCT or low in SPEECH_VERBS or low in RELATIVES:
            break
        if _AGED.fullmatch(text):
            continue  # "the 17-year-old chair of the students' council": her age, inside who she is
        if not text.isalpha() and any(c.isdigit() for c in text) and not (words and _YEAR.fullmatch(text)):
            return None  # "Ada Lenz, 45, said" gives an age; "X, the 2007 world champion" keeps its year
        words.append(t)
    else:
        # Longer than an appositive reads: still a role where a participle right after the role word ends it ("Sanne
        # Ewart, a 29-year-old nurse travelling home to Aldwyn after a shift at the island's medical centre, ...").
        cut = next((i for i, w in enumerate(words) if i > 0 and w.text.islower() and w.text.endswith("ing")
                    and role_word(words[i - 1].text)), None)  # not "director of planning", "social housing"
        if cut is None:
            return None
        words = words[:cut]
    if _in_an_opening_phrase(tokens, name) and any(w.text in _CLAUSE_VERBS for w in words):
        return None  # "On the positive side for Ruiz, Governor Tom Reyes's approval rating remains strong": the clause
    quoted_after = k + 1 + len(words) < len(tokens) and tokens[k + 1 + len(words)].text in ("\u201c", '"')
    if words and words[0].text.casefold() in _APPOINTED and len(words) > 2 and words[1].text.casefold() in DETERMINERS:
        words = words[2:]  # "appointed the company's chief executive in May": the office is what follows
    words = words[:_participle_after_the_role(words)]
    while words and (words[-1].text.casefold() in LIST_JOINS or words[-1].text.casefold() in _CLAUSE_OPENERS):
        # "the executive director at Acme and whose film ...": "and" joins the relative clause cut off; "the militant
        # group that asserted responsibility": a relative pronoun opens the clause its verb cut off
        words.pop()
    if len(words) > 2 and words[-1].capitalised \
            and (words[-1].text.casefold() in HONORIFICS or words[-1].text.casefold() in TITLE_ABBREVIATIONS):
        # "a close friend of Mr. Putin's": the honorific's full stop cut the name it opens, and what stands before
        # it is the role ("close friend").
        words.pop()
        while len(words) > 1 and words[-1].text.casefold() in DANGLING:
            words.pop()
    if len(words) > 2 and words[-1].possessive and quoted_after:
        words.pop()  # "a businesswoman and TV personality on ABC's “Shark Tank,”": the quotation cut what it owns
        while len(words) > 1 and words[-1].text.casefold() in DANGLING:
            words.pop()
    if len(words) > 2 and words[-1].text in _ROLE_ENDS_NEVER:
        # "a group of former employees dedicated to “reversing ...”": the quotation cut the phrase; no role ends on
        # a preposition, nor on the participle taking it.
        words.pop()
        if words[-1].text.endswith("ed"):
            words.pop()
    if not words or words[0].text.casefold() in LIST_JOINS or words[0].text in AUXILIARIES \
            or words[0].text.casefold() in _LISTING or words[0].text in _CIRCUMSTANCES \
            or _opens_a_clause_of_its_own(words) or _acts_on_something(words):
        # "Ada Lenz, and Acme chief Tom Reyes": a list; "her father, Tom Reyes, is a professor" or "The pictures,
        # from Acme, were posted": the clause's verb; "I love Tom, he's a fine actor": a clause of its own;
        # "by columnist Ana Ruiz, described the actress as": the sentence's verb and its object. None says who the
        # name is.
        return None
    if _names_another(words):
        return None  # "signed by Acme vice president Ana Ruiz, chief executive Tom Reyes of Lantrax, ...": a list
    kept = _strip_articles([w.text for w in words])
    # The role opens the appositive ("deputy chair of ...", "the top security official in ..."); a role word
    # far into a clause ("well held on the radio before the driver joked") belongs to another sentence part.
    if not kept or not (role_tokens_ok(kept) or (_body_like(name) and _names_a_kind(kept))) \
            or not any(role_word(w) or (_body_like(name) and w.casefold() in BODY_KINDS) for w in kept[:_ROLE_OPENS]):
        return None
    return sentence[words[len(words) - len(kept)].start:words[-1].end]


_CLAUSE_OPENERS = frozenset({*RELATIVES, "that"})
"""Words no role ends on: the relative pronoun of a clause cut off after it."""


def _acts_on_something(words: Sequence[Token]) -> bool:
    """The words open with a participle taking an object: "Viktor Harl, accusing the board's chairman of covering up
    the losses", "Ana Ruiz, leading the team": what the sentence's subject was doing, not who the name is. A
    participle qualifying a role stays one ("acting director", "managing director of Acme", "presiding judge")."""
    return len(words) > 1 and words[0].text.islower() and words[0].text.endswith("ing") \
        and words[1].text.casefold() in DETERMINERS


_AGED = compiled_regex(r"\d{1,3}-(?:year|month|week)s?-old")
_BODY_WORDS = ORG_SUFFIXES | BODY_KINDS
"""A body's word, of its name ("agency", "ministry") or its kind ("firm", "operator"): what a reporting tag names."""
_TAG_TAIL = 4
"""Tokens at most after the verb of a reporting tag ending its sentence: "the agency said in a statement."."""


def _tag_at_the_end(tokens: Sequence[Token], start: int, verb: int) -> bool:
    """``tokens[start:verb]`` and the verb are a reporting tag closing the sentence ("..., the agency said.", "..., the
    ministry said on Monday.", "..., the agency said, citing ..."): "the" and one or two words naming a body
    (``ORG_SUFFIXES``, ``BODY_KINDS``: not "the company spokeswoman said", her role) before the verb, a comma or the
    sentence's end a few tokens after it. "Ana Ruiz, operations manager at Acme said the plan ..." goes on past its
    verb, and is an appositive."""
    between = tokens[start:verb]
    return 2 <= len(between) <= 3 and between[0].text.casefold() == "the" \
        and all(t.word and not t.capitalised for t in between) \
        and between[-1].text.casefold() in _BODY_WORDS and _tag_ends_at(tokens, verb)


def _tag_ends_at(tokens: Sequence[Token], verb: int) -> bool:
    """The reporting tag's verb at ``verb`` closes the sentence: a comma after it, or the end a few tokens on with no
    "that" opening what was said."""
    return (verb + 1 < len(tokens) and tokens[verb + 1].text == ",") \
        or (len(tokens) - verb - 1 <= _TAG_TAIL and all(t.text.casefold() != "that" for t in tokens[verb + 1:]))


def _named_tag_at_the_end(tokens: Sequence[Token], start: int, verb: int) -> bool:
    """``tokens[start:verb]`` and the verb are a reporting tag naming its speaker, with a role before the name, closing
    the sentence ("... with the Lessby Sports Tribunal, her lawyer Tom Reyes said on Tuesday."): the name is who said
    it, and the role theirs, not the body's before the comma."""
    between = tokens[start:verb]
    if not 3 <= len(between) <= _NAMED_TAG_WORDS or between[0].capitalised or not between[-1].capitalised:
        return False
    name_at = len(between) - 1
    while name_at > 1 and between[name_at - 1].capitalised:
        name_at -= 1
    return all(t.word and not t.capitalised for t in between[:name_at]) and role_word(between[name_at - 1].text) \
        and _tag_ends_at(tokens, verb)


_NAMED_TAG_WORDS = 6
"""Words at most between the comma and the verb of a tag naming its speaker: "her lawyer Tom Reyes", "the club's
chief executive Ana Maria Ruiz"."""


def relative_role_after(sentence: str, tokens: Sequence[Token], name: Name) -> str | None:
    """ "Tom Reyes, who heads the harbour board, said" -> "head of the harbour board": what a holder of an office does,
    said in a relative clause (``RELATIVE_ROLE_CUES``)."""
    k = name.last + 1
    if k + 1 >= len(tokens) or tokens[k + 1].text != "who":
        return None  # most commas after a name open no relative clause: the table is not asked
    hit = RELATIVE_ROLE_CUES.first(sentence[tokens[k].start:])
    if hit is None or hit.match is None:
        return None
    office = _OFFICE_ENDS.split(hit.match.group("office").rstrip("."), maxsplit=1)[0]
    return f"{RELATIVE_ROLE_NOUNS[hit.match.group('verb')]} of {office}"


_OFFICE_ENDS = compiled_regex(r"\s+(?:in\s+(?=\d)|with\s|since\s|this\s|last\s|alongside\s)")
"""Where an office named in a relative clause ends: "founded the company in 1990 with her brother" founded the
company."""


def _opens_a_clause_of_its_own(words: list[Token]) -> bool:
    """The words after a name's comma open a clause, not a description: a subject pronoun ("he's a fine actor", "she
    is"), or a verb in the past with its object after it ("described the actress as", "told the paper")."""
    text = words[0].text
    first = text.casefold()
    pronoun = first.partition("'")[0].partition("\u2019")[0]
    if pronoun in _SUBJECT_PRONOUNS and not text.isupper() and (pronoun != first or (
            len(words) > 1 and not words[1].capitalised)):
        return True  # "he's a fine actor", "she is"; not "IT director", "He Foundation chair"
    return len(words) > 1 and (first.endswith("ed") or first in IRREGULAR_PAST) \
        and words[1].text.casefold() in DETERMINERS


def _participle_after_the_role(words: list[Token]) -> int:
    """Where a description ends at a participle taking a preposition after its role word: "the relief pitcher
    brought in at midseason to make sure" is a relief pitcher, "a lawyer hired by the family" a lawyer, "director of
    the Lessby Institute based in Paris" its director. A participle before the role word is part of it ("a retired
    judge", "an elected official"). ``len(words)`` where there is none."""
    seen_role = False
    for k, w in enumerate(words):
        text = w.text
        if seen_role and 0 < k < len(words) - 1 and text.islower() and _participle(text) \
                and words[k + 1].text in _PARTICLES_AFTER_A_PARTICIPLE and words[k - 1].text not in _BEFORE_A_NOUN:
            return k
        seen_role = seen_role or role_word(text)
    return len(words)


def _participle(word: str) -> bool:
    """A past participle that opens a clause describing the role holder: "hired", "brought", "chosen"; not one that
    says where they work ("based", "stationed"), nor a short word that is as often a noun ("left", "split", "set")."""
    return (word.endswith("ed") or (len(word) > 5 and word in IRREGULAR_PAST)) and word not in _WHERE_PARTICIPLES


_PARTICLES_AFTER_A_PARTICIPLE = frozenset({"in", "by", "at", "to", "from", "on", "for", "with", "after", "into", "out",
                                           "up", "as"})
_WHERE_PARTICIPLES = frozenset({"based", "located", "stationed", "headquartered", "posted", "deployed", "embedded"})
_BEFORE_A_NOUN = frozenset({"the", "a", "an", "far", "most", "very", "newly", "recently", "well", "so"})
_APPOINTED = frozenset({"appointed", "named", "elected", "made", "promoted", "hired", "chosen", "picked"})


def _verb_after_that(word: str) -> bool:
    """The word after "that" is a verb, so "that" opens a relative clause: an auxiliary or a present in -s; not a noun
    "that" points to ("head of that news desk", "that series", "that year's prize"), nor an adjective ("that troubled
    committee")."""
    return word.islower() and (word in AUXILIARIES or (
        word.endswith("s") and word.isalpha() and not word.endswith(_NOUN_ENDS_IN_S)))


_NOUN_ENDS_IN_S = ("ss", "us", "is", "ies", "ews", "ics")
"""Endings of singular nouns in -s ("campus", "crisis", "series", "news", "politics"), none a verb's present."""


_ROLE_ENDS_NEVER = frozenset({"to", "of", "for", "with", "by", "at", "in", "on", "from", "about", "as"})
"""Words no role ends on: a description cut there by a quotation lost what they introduce."""


def opening_phrase_end(tokens: Sequence[Token], openers: frozenset[str] = OPENING_PREPOSITIONS) -> int | None:
    """The comma closing a phrase the sentence opens with a preposition ("In an interview with Acme Radio, ...",
    "After talks with Ana Ruiz, ..."), or None: a name before it is where something was said, not who said it.
    Other ``openers`` (``SUBORDINATORS``: ``opening_clause_end``) open a clause of the same standing ("When Ana Ruiz
    left, ..."). Where the sentence's own clause begins before the comma, it closes no opening: a name right after a
    date whose verb takes an object, in a phrase ("On Monday Ruiz praised the crew, the council and the staff", "In
    March Ruiz fired her deputy, Tom Reyes"; not the clause of a noun, "In a letter Reyes sent the council, ...",
    "With Reyes sidelined by injury, ..."), or after a clause's own verb ("As the council met Ruiz praised the staff,
    who ..."; not a verb of saying, whose clause follows: "After Ruiz said Reyes lied, ...")."""
    if not tokens or tokens[0].text.casefold() not in openers:
        return None
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return None
    named_verbs = [k for k in range(2, comma) if tokens[k - 1].capitalised and tokens[k - 1].word
                   and not tokens[k - 1].possessive and _past_or_saying(tokens[k].text) and _takes_an_object(tokens, k)]
    if not named_verbs:
        return comma
    if _opens_a_clause(tokens):
        first_verb = next((k for k in range(1, comma) if _past_or_saying(tokens[k].text)), comma)
        if first_verb < comma and tokens[first_verb].text.casefold() in SPEECH_VERBS:
            return comma
        return None if any(k > first_verb for k in named_verbs) else comma
    # In a phrase, only right after a date: "In a letter Ruiz sent the council, ..." holds a noun's clause.
    return None if any(_after_a_date(tokens, k - 1) for k in named_verbs) else comma


def _after_a_date(tokens: Sequence[Token], name_end: int) -> bool:
    """The name ending at ``name_end`` comes right after a day, a month or a figure ("On Monday Ruiz", "In May 2019
    Reyes")."""
    k = name_end
    while k > 0 and tokens[k].capitalised and tokens[k].word and tokens[k].text.casefold() not in CALENDAR:
        k -= 1
    return tokens[k].text.casefold() in CALENDAR or tokens[k].text[:1].isdigit()


def _takes_an_object(tokens: Sequence[Token], verb: int) -> bool:
    """The verb at ``verb`` has its object right after it (a determiner, a name, a figure): a clause of its own, not a
    noun's ("a letter Reyes sent to staff", "since Reyes resigned,")."""
    if verb + 1 >= len(tokens):
        return False
    nxt = tokens[verb + 1]
    return nxt.text.casefold() in DETERMINERS or (nxt.capitalised and nxt.word) or nxt.text[:1].isdigit()


def opening_clause_end(tokens: Sequence[Token]) -> int | None:
    """The comma closing a clause or phrase the sentence opens with (``SUBORDINATORS``: "When Ana Ruiz left, ...",
    "In an interview with Reyes last year, ..."), or None (``opening_phrase_end``)."""
    return opening_phrase_end(tokens, SUBORDINATORS)


def _opens_a_clause(tokens: Sequence[Token]) -> bool:
    """The sentence opens with a conjunction ("When", "Although"), or with "after", "before" or "since" not taking a
    phrase ("After Ruiz left", not "After the vote", "Since 2019", "Before Monday")."""
    first = tokens[0].text.casefold()
    if first not in OPENING_PREPOSITIONS:
        return True
    if first not in _CLAUSE_OR_PHRASE or len(tokens) < 2:
        return False
    nxt = tokens[1].text
    return not (nxt.casefold() in DETERMINERS or nxt.casefold() in CALENDAR or nxt[:1].isdigit())


_CLAUSE_OR_PHRASE = frozenset({"after", "before", "since"})
"""Words opening either a clause ("After Ruiz left, ...") or a phrase ("After the vote, ...")."""


def _past_or_saying(word: str) -> bool:
    """A lower-case word that reads as a verb after a name: in -ed, an irregular past, or a verb of saying."""
    return word.islower() and (word.endswith("ed") or word in IRREGULAR_PAST or word in SPEECH_VERBS)


def _in_an_opening_phrase(tokens: Sequence[Token], name: Name) -> bool:
    comma = opening_phrase_end(tokens)
    if comma is None and len(tokens) > 2 and tokens[0].capitalised and tokens[0].text.endswith("ing") \
            and tokens[1].text.casefold() in (*OPENING_PREPOSITIONS, "to"):
        # "Speaking at the World Economic Forum, the prime minister said": a participle's phrase opens the sentence
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return comma is not None and name.first < comma


def _names_another(words: Sequence[Token]) -> bool:
    """A lower-case role ("chief executive", "chief exec") or one in capitals ("CEO") followed by a full name: the words
    after the comma present another person, as in a list of signatories or guests ("Ana Ruiz, chief executive Tom Reyes
    of Lantrax, ...") or a tag naming who said it ("The rocket was built by Acme, CEO Tom Reyes said.").
    A role that closes on its owner ("Ana Ruiz, deputy to chief executive Tom Reyes's successor") or a body
    ("spokeswoman for Acme Freight") is still hers."""
    role = False
    lower = False
    for word, first, last in zip(words, words[1:], words[2:], strict=False):
        if word.text in STATEMENT_STOPWORDS:
            return False  # "the wife of former senator Tom Reyes", "a lawyer for Tom Reyes": still her role
        if not word.text.islower() and not (word.text.isupper() and role_word(word.bare)):
            if lower:
                return False
            continue  # the body opening it: "Acme Records president Tom Reyes"
        lower = True
        role = role or role_word(word.bare)
        if role and first.capitalised and last.capitalised and last.word and not last.possessive \
                and not role_word(first.bare) and not role_word(last.bare) \
                and last.text.casefold() not in ORG_SUFFIXES and last.text.casefold() not in LEGAL_FORMS:
            return True
    return False


_COMPARING = frozenset({"like", "unlike", "besides", "beyond", "despite", "after", "before", "against"})


def _opens_with_comparison(tokens: Sequence[Token], p: int) -> bool:
    """The preposition at ``p`` opens the clause and takes the name after it: in "Like Tom Reyes, the Lessby mayor
    was not named" or "And unlike Tom Reyes, the mayor said ..." the words after the comma are the sentence's
    subject, not who Reyes is."""
    if p < 0 or tokens[p].text.casefold() not in _COMPARING:
        return False
    return p == 0 or tokens[p - 1].text in (",", ";") or tokens[p - 1].text.casefold() in ("and", "but", "yet")


def _names_a_kind(words: list[str]) -> bool:
    return any(w.casefold() in BODY_KINDS for w in words)


_NAMING = frozenset({"named", "identified"})
_NAMED_BY = 6
"""Tokens at most between "named" and "as" ("named in local media as", "identified by police on Friday as")."""


def named_as_before(tokens: Sequence[Token], name: Name) -> str | None:
    """The role the sentence gives before naming the person with "named" or "identified" and at most a few words before
    "as": "the", then lower-case words ending in a role word, in one of three places.

    - Before a comma: "The gunman, named in local media as Tom Reyes", "the driver, who was identified by police as Ana
      Ruiz".
    - As the verb's object: "Police identified the pilot as Ana Ruiz".
    - As the subject of the passive: "The gunman was later identified as Tom Reyes".

    Not "a 41-year-old man identified by police as Ivo Danek" ("man" is no role), nor "Police named its owner as Ana
    Ruiz" (no "the")."""
    k = name.run_start - 1  # "as"
    if tokens[name.last].possessive:
        return None  # "The new manager, who was named as Peter Holt's successor": the role is the successor's
    verb = next((j for j in range(k - 1, max(-1, k - 1 - _NAMED_BY), -1) if tokens[j].text.casefold() in _NAMING),
                None)
    if verb is None:
        return None
    if verb + 2 < k and tokens[verb + 1].text == "the":
        return _the_role(tokens, k - 1, at=verb + 1)
    j = verb - 1
    if j >= 1 and tokens[j].text.casefold() in ("was", "has", "been", "later"):
        j -= 1
        if j >= 1 and tokens[j].text.casefold() in ("who", "been", "has", "had", "was"):
            j -= 1
    if j >= 1 and tokens[j].text != "," and tokens[verb - 1].text.casefold() != "who":
        return _the_role(tokens, j)
    if j < 2 or tokens[j].text != ",":
        return None
    return _the_role(tokens, j - 1, anywhere=True)


def _the_role(tokens: Sequence[Token], end: int, at: int | None = None, *, anywhere: bool = False) -> str | None:
    """The lower-case words from "the" up to ``end``, a role word: "the pilot", "the lone gunman". The "the" stands
    at ``at`` (right after the verb naming someone), before the comma of "the driver, who was named as" (``anywhere``:
    "Rescuers pulled out the driver, who was named as ...") or else opens a clause: the subject of "was named as" is
    not a phrase inside another ("The son of the former mayor was named as ...", "The passenger who attacked the
    pilot was identified as ...")."""
    start = end
    while start > 0 and tokens[start].word and not tokens[start].capitalised and end - start < 3 \
            and tokens[start].text.casefold() not in ("the", "a", "an"):
        start -= 1
    if tokens[start].text.casefold() != "the" or start == end or not role_word(tokens[end].text):
        return None
    opener = tokens[start - 1].text.casefold() if start > 0 else ""
    if at is None and not anywhere and opener \
            and not (opener in CLAUSE_OPENERS or opener in SPEECH_VERBS or opener in CALENDAR):
        return None
    if at is not None and start != at:
        return None
    return " ".join(t.text for t in tokens[start + 1:end + 1])


def possessive_before(sentence: str, tokens: Sequence[Token], name: Name) -> str | None:
    """ "Brazil's president, Ana Costa" / "Its foreign minister, Lena Holm"."""
    k = name.run_start - 1
    if k < 1 or tokens[k].text != "," or _qualifies_a_title(tokens, name.last + 1):
        return None
    start = k
    while start - 1 >= 0 and k - start < 10:
        t = tokens[start - 1]
        low = t.text.casefold()
        of_role = low == "of" and start >= 2 and role_word(tokens[start - 2].bare)  # "the brother of the gunman, X"
        if not t.word or low in SPEECH_VERBS or (low in NOT_NAMES and low not in DETERMINERS and not of_role):
            break
        start -= 1
        if low in _SPEAKERS_OWN:
            start += 1  # "we support our foreign minister, Ana Ruiz": the speaker's word is no part of her role
            break
        if low in OWNER_WORDS:
            break  # "its president": what stands before ("met its president, ...") is the sentence
        if t.possessive:
            # The owner closes the phrase: "Acme Freight's chief", "that country's prime minister"; what
            # stands before it ("documents show that ...") is the sentence, not the role.
            while start - 1 >= 0 and tokens[start - 1].capitalised and tokens[start - 1].word:
                start -= 1
            if start - 1 >= 0 and tokens[start - 1].text.casefold() in DETERMINERS:
                start -= 1
            break
    if not any(t.possessive or t.text.casefold() in OWNER_WORDS for t in tokens[start:k]):
        # No owner ("the attacker, Ali Ben"): the role is what follows the last article, not the clause
        # before it ("... been any sign that the attacker").
        articles = [i for i in range(start, k) if tokens[i].text.casefold() in ("the", "a", "an")]
        while articles and articles[-1] >= 2 and tokens[articles[-1] - 1].text == "of" \
                and role_word(tokens[articles[-1] - 2].bare):
            articles.pop()  # "the brother of the gunman, Eric Paddock": he is the brother, not the gunman
        start = articles[-1] + 1 if articles else start
        after = name.last + 1
        if articles and articles[-1] > 0 and tokens[articles[-1] - 1].text.casefold() in _OBJECT_PREPOSITIONS \
                and after < len(tokens) and tokens[after].word and tokens[after].text.casefold() not in _NOT_HER_CLAUSE:
            # "treated by the gate agent, Ana Ruiz claims ...": the phrase ends before her clause; she is not the
            # agent. Closed by a comma ("spoke with the minister, Ana Ruiz, on Monday") it is her title.
            return None
    phrase = _strip_articles([t.text for t in tokens[start:k]])
    if not phrase or not ((role_tokens_ok(phrase) and role_word(tokens[k - 1].bare))
                          or (_owned_byline_role(tokens, k - 1) and len(phrase) == 2)
                          or _team_position(tokens, k - 1)):
        return None
    first = k - len(phrase)
    return _span(sentence, tokens, first, k - 1)


def role_for_before(sentence: str, tokens: Sequence[Token], name: Name, title: str | None,
                    appositive: str | None) -> str | None:
    """ "A spokesman for the Lessby Port Authority, Tom Reyes, said", "the chief executive of Acme Freight, Ana Ruiz,
    said": a role and whom it is held for, set off before the name, which a comma closes. Not a list ("the head of
    Acme, Ana Ruiz and Tom Reyes"), nor a role of another named before ("Ruiz, a lawyer for Acme, Tom Reyes, ...":
    the role is Ruiz's), nor one held by another's role ("A friend of the mayor of Lessby, Tom Reyes, said": the
    friend speaks, and the sentence does not say who the friend is). ``title`` and ``appositive`` are what
    ``title_before`` and ``appositive_after`` read of the name, which ``_mention_of`` asks first."""
    k = name.run_start - 1
    after = name.last + 1
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    if after + 2 < len(tokens) and tokens[after + 1].text.casefold() in ("and", "or") \
            and tokens[after + 2].capitalised:
        return None  # a list with a serial comma: "A lawyer for Ana Ruiz, Tom Reyes, and Ivo Eske said"
    if (after + 1 < len(tokens) and tokens[after + 1].text.casefold() in ARTICLES
            and (appositive is not None
                 or any(t.text == "," for t in tokens[after + 2:after + 2 + _OWN_DESCRIPTION_WORDS]))) \
            or (name.first > name.run_start and title is not None and any(role_word(w) for w in title.split())):
        # The name has its own title or description, so it heads the clause and the role before it is another's,
        # named in an opening phrase: "In a letter to the chief executive of Acme, Mara Bell, the union's leader,
        # warned", "After meeting the president of Dalia, Prime Minister Tom Reyes said".
        return None
    j = k - 1
    while j >= 0 and k - j <= _HELD_FOR_WORDS and tokens[j].capitalised and tokens[j].word:
        j -= 1
    if j == k - 1 or j < 2:
        return None
    if tokens[j].text.casefold() == "the":
        j -= 1
    if tokens[j].text.casefold() not in _HELD_FOR or not role_word(tokens[j - 1].bare):
        return None
    first = j - 1
    while first > 0 and first > j - 1 - _ROLE_PREFIX_WORDS and tokens[first - 1].text.islower() \
            and tokens[first - 1].word and tokens[first - 1].text not in DETERMINERS \
            and tokens[first - 1].text not in NOT_A_VERB:
        first -= 1
    if first > 0 and tokens[first - 1].text == ",":
        return None  # "Ruiz, a lawyer for Acme, Tom Reyes": an appositive of the name before
    opener = first - 1 if first > 0 and tokens[first - 1].text.casefold() in ARTICLES else first
    if opener > 0 and tokens[opener - 1].text == ",":
        return None  # "Ana Ruiz, a nurse at Lessby Hospital, Tom Reyes, 42, and ...": the role is the name before's
    if opener > 0 and tokens[opener - 1].text.casefold() in _HELD_FOR:
        return None  # "the widow of the founder of Acme, Tom Reyes, said": whose role the name's is, the sentence blurs
    if not role_tokens_ok([t.text for t in tokens[first:j]]):
        return None
    return _span(sentence, tokens, first, k - 1)


_HELD_FOR = frozenset({"for", "of", "at"})
_OWN_DESCRIPTION_WORDS = 8
"""Words at most of a description set off after a name ("Pia Lunde, the former harbour master, said")."""
_HELD_FOR_WORDS = 6
"""Capitalised words at most of whom a role set off before a name is held for ("a spokesman for the Lessby Port
Authority, Tom Reyes")."""
_ROLE_PREFIX_WORDS = 2
"""Lower-case words at most before a role's word ("chief executive", "senior policy adviser")."""


_SPEAKERS_OWN = frozenset({"my", "our", "your"})
_LISTING = frozenset({"including", "among", "especially", "notably", "such"})
"""Words opening an appositive that names others among a group, not who the name is: "relatives of Tom Reyes,
including his brother, said"."""
_CIRCUMSTANCES = frozenset({"with", "in", "on", "during", "behind", "beside", "alongside", "near", "under", "amid",
                            "outside", "inside"})
"""Words opening an appositive that tells where or with whom the name was, not who it is: "in the Oval Office, with
President Ana Ruiz in the background", "the minister, during a visit to the port"."""
_OBJECT_PREPOSITIONS = frozenset({"by", "with", "to", "from", "against", "toward", "towards"})
_NOT_HER_CLAUSE = NOT_A_VERB | {"last", "this", "next", "earlier", "later", "yesterday", "today", "tonight", "nor"}
"""Words after a name that open no clause of hers: "met with the prime minister, Ana Ruiz and ...", "... Ana Ruiz on
Monday", "... Ana Ruiz last week", "... Ana Ruiz who ...": the phrase before is still her title."""


def _qualifies_a_title(tokens: Sequence[Token], i: int) -> bool:
    """Lower-case nouns from ``i`` on lead to a name: the name before ``i`` qualifies the title of the one after
    ("his brother, Lessby rookie defender Tom Reyes": Reyes is the brother, not Lessby). A verb, a function word or
    a comma after the name ends the test ("his wife, Ana Ruiz told Tom Reyes", "her son, Tom Reyes, and ...")."""
    j = i
    while j < len(tokens) - 1 and j - i < 3 and tokens[j].word and tokens[j].text.islower() \
            and _modifier(tokens[j], tokens[j + 1]) \
            and tokens[j].text not in STATEMENT_STOPWORDS and tokens[j].text not in IRREGULAR_PAST \
            and tokens[j].text not in _DONE_TO_THE_TITLED and tokens[j].text not in AUXILIARIES:
        j += 1
    if j == i or not (tokens[j].capitalised and tokens[j].word):
        return False
    if role_word(tokens[j - 1].bare):
        return True
    # Two nouns or more ("rookie linebacker") before a full name: one word ("runs", "versus") may be a verb.
    k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].text == "." else j + 1  # "T.J. Watt": the initials' dot
    return j - i >= 2 and k < len(tokens) and tokens[k].capitalised and tokens[k].word


def _strip_articles(words: list[str]) -> list[str]:
    """Drops "the"/"a" but keeps "its"/"the agency's", which name an owner to resolve."""
    if len(words) > 1 and words[0].casefold() == "the" and _POSSESSIVE_END.search(words[1]) \
            and words[1][:1].islower():
        return words
    while words and words[0].casefold() in ("the", "a", "an", "this", "that"):
        words = words[1:]
    return words


def affiliation_after(sentence: str, tokens: Sequence[Token], name: Name) -> str | None:
    """ "Mark Ortiz of Consumers Union" / "... at Harbor Research" -> the body named."""
    k = name.last + 1
    if k + 1 >= len(tokens) or tokens[k].text not in ("of", "at"):
        return None
    k += 1
    if tokens[k].text == "the":
        k += 1
    end = k
    while end < len(tokens) and ((tokens[end].word and (tokens[end].capitalised or _and_in_a_name(tokens, end)
                                                        or _joins_a_name(tokens, end)))
                                 or (end > k and _partner_after(tokens, end))):
        end += 1
    if end == k or not tokens[end - 1].capitalised:
        return None
    if tokens[k - 1].text != "the" and _then_a_region(tokens, end):
        return None  # "Mary Horomanski of Erie, Pa.": where she lives, no body she works for
    if tokens[name.last + 1].text == "at" and tokens[end - 1].text.casefold() in GROUNDS_ENDS:
        return None  # "a 3-1 loss to Port Selwyn at Foundry Stadium": where, not whose
    return _span(sentence, tokens, k, end - 1).removesuffix("'s").removesuffix("\u2019s")


def _partner_after(tokens: Sequence[Token], k: int) -> bool:
    """The "&" at ``k`` joins a partner to a firm's name: one capitalised word after it ("Ernst & Young", "Harwell &
    Dunn,") or words ending in a body's word or a legal form ("& Sons Ltd", "& Watkins LLP", "& Lessby Bank"); not a
    person's full name ("Jonas Berg of Lessby & Mira Solvik of Varn")."""
    if tokens[k].text != "&":
        return False
    end = _capitalised_run_end(tokens, k + 1)
    last = tokens[end - 1].text.casefold().rstrip(".")
    return end - k == 2 or (end - k > 2 and (last in ORG_SUFFIXES or last in LEGAL_FORMS))


def _capitalised_run_end(tokens: Sequence[Token], start: int) -> int:
    """The index past the capitalised words from ``start`` (``start`` itself when there are none)."""
    end = start
    while end < len(tokens) and tokens[end].word and tokens[end].capitalised:
        end += 1
    return end


def _and_in_a_name(tokens: Sequence[Token], k: int) -> bool:
    """ "and" inside a body's name ("Procter and Gamble", "Department of Trade and Industry", "Car and Driver"), not
    before the next one titled: in "President Tom Reyes of Norvania and Prime Minister Ana Ruiz of ..." his body ends
    at Norvania, as it does before "and Mr Reyes"."""
    if tokens[k].text != "and":
        return False
    j = k + 1
    if j < len(tokens) and tokens[j].text.casefold() in HONORIFICS:
        return False
    if k >= 1 and tokens[k - 1].text.casefold() in ORG_SUFFIXES:
        # A body's name complete before "and" goes on only to another body's word ("Lessby Bank and Trust Company"),
        # not to the next person ("Eva Nord of Lessby Bank and Per Vik of ...").
        end = _capitalised_run_end(tokens, j)
        return end > j and tokens[end - 1].text.casefold() in ORG_SUFFIXES
    while j < len(tokens) and j - k <= _TITLE_BEFORE_A_NAME and (tokens[j].text.casefold() in TITLE_WORDS
                                                               or role_word(tokens[j].text)):
        j += 1
    return not (j > k + 1 and role_word(tokens[j - 1].text) and j < len(tokens) and tokens[j].capitalised
                and tokens[j].word)


_TITLE_BEFORE_A_NAME = 3
"""Words at most of a title after "and" before the next person's name ("and Deputy Prime Minister Ana Ruiz")."""


def _then_a_region(tokens: Sequence[Token], k: int) -> bool:
    """A comma at ``k`` and a state, province or country after it: "Erie, Pa.", "Lyon, France"."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    word = tokens[k + 1].text
    abbreviated = word.casefold() in STATE_ABBREVIATIONS and k + 2 < len(tokens) and tokens[k + 2].text == "."
    return abbreviated or is_region(word) or is_country(word)


_NAME_JOINERS = frozenset({"of", "for", "on"})
"""Lower-case words inside a body's name: "Union of Concerned Scientists", "Centre for Economic Policy"."""


def _joins_a_name(tokens: Sequence[Token], k: int) -> bool:
    """The token at ``k`` joins two capitalised parts of one name ("Union of Concerned Scientists"), not a name and
    a place ("Acme in Lessby"). "on" and "for" only after the noun of a body ("Commission on Presidential Debates",
    "Centre for Economic Policy"): "Acme on Monday", "Human Rights Watch on Twitter" end the name before them."""
    if not (tokens[k].text in _NAME_JOINERS and k > 0 and tokens[k - 1].capitalised and k + 1 < len(tokens)
            and tokens[k + 1].capitalised and tokens[k + 1].word):
        return False
    return tokens[k].text == "of" or tokens[k - 1].text.casefold() in ORG_SUFFIXES


def owner_before(sentence: str, tokens: Sequence[Token], name: Name) -> str | None:
    """ "Acme Freight's Ana Ruiz", "Harbor Institute's Tom Reyes", "Lessby News' Ada Moss" -> the body the person is
    presented by."""
    k = name.first - 1
    if name.run_start != name.first or k < 0 or not tokens[k].possessive or not tokens[k].capitalised:
        return None
    named_before = k >= 1 and tokens[k - 1].capitalised and tokens[k - 1].text.casefold() not in OPENING_PREPOSITIONS
    if tokens[k].bare.casefold() in CALENDAR and not named_before \
            and not (k >= 2 and tokens[k - 1].text in ("on", "of") and tokens[k - 2].capitalised):
        return None  # "from Sunday's Manaslu Airways crash": a day owns no one; "Sheffield Wednesday's" is a club
    start = k
    while start - 1 >= 0 and tokens[start - 1].capitalised and tokens[start - 1].word \
            and not tokens[start - 1].possessive and tokens[start - 1].text.casefold() not in NOT_NAMES:
        start -= 1
    if tokens[start].bare.casefold() in NOT_NAMES:
        return None  # "How's Sarah?", "That's Ana Ruiz": a contraction, no owner
    owner = _span(sentence, tokens, start, k)  # its last word without its ending: "Acme's", "Fox News'"
    return owner[:len(owner) - len(tokens[k].text)] + tokens[k].bare


def body_of_place(sentence: str, tokens: Sequence[Token], name: Name) -> Name | None:
    """ "the Danish government", "Dunmore police", "Moldovan authorities": a place or its adjective and
    the lower-case noun of a public body make one acting body, named as the articles write it."""
    k = name.last + 1
    if k >= len(tokens) or tokens[k].text not in PUBLIC_BODIES or name.organisation or len(name.words) > 2 \
            or tokens[name.last].possessive:
        return None  # most names: no body's noun after them
    text = sentence[tokens[name.first].start:tokens[k].end]
    return Name(text, name.first, k, name.run_start, organisation=True)


APPOSITIVE_TOKENS = 18
"""Tokens at most of an appositive between a subject and its verb ("Ana Ruiz, the director of debate at the
Lessby Institute, said"): ``speaks_here`` reads past one, and so does the quote reader."""
RELATIVE_TOKENS = 36
"""Tokens at most of a relative clause about a person between the name and the verb ("Ana Ruiz, who ..., said")."""
COORDINATORS = frozenset({"and", "or", "but", "nor"})
"""Words that open no appositive after a name's comma: "by Tom Reyes, and by Ana Ruiz that ..." goes on with a
list or a clause, whatever verb of saying ends it."""


_NOT_THE_SPEAKER_AFTER = frozenset({"of", "at", "for"})
"""A name after these is not who speaks in the clause: it is where the speaker works ("Ana Ruiz of Acme said")."""


def not_who_speaks(tokens: Sequence[Token], name: Name) -> bool:
    """The name, whatever verb follows, is not who speaks in its clause: where the speaker works or where it was said
    ("Ana Ruiz of Acme said", "the chairman of the Lessby Ferry Club, which ..., said", "In Lessby, the mayor said"),
    or whose words the sentence talks about without giving them (``_talked_about``), or whom the people opening its run
    act for or follow ("Lawyers for Dalia Korsh said", "Supporters of Tom Reyes condemned": ``_held_in_its_run``).
    Asked of every name, so the word before it is looked at first, and only where it is one to look past ("the",
    "what", an honorific's dot) further."""
    if name.first > name.run_start and (_held_in_its_run(tokens, name) or _affiliation_in_its_run(tokens, name)):
        return True
    if name.first == name.last and tokens[name.first].text.casefold() in ITS_OWN_PEOPLE \
            and name.last + 1 < len(tokens) and tokens[name.last + 1].text in _NOT_THE_SPEAKER_AFTER:
        return True  # "Representatives of the Lessby Chamber of Commerce said": the chamber speaks through them
    if name.run_start == 0:
        return False
    before = tokens[name.run_start - 1].text.casefold()
    if before in _NOT_THE_SPEAKER_AFTER or before in LOCATIVES:
        return not _through_its_people(tokens, name.run_start - 1)
    return before in _LOOKED_PAST and (_placed_after_article(tokens, name) or _talked_about(tokens, name)) \
        and not _through_its_people(tokens, name.run_start - 2)


def _through_its_people(tokens: Sequence[Token], k: int) -> bool:
    """The preposition at ``k`` follows the people of the body after it, who speak for it (``ITS_OWN_PEOPLE``,
    ``_ITS_VOICE``): "Officials at the Harbor Board said", "a spokeswoman for Acme Foods said"."""
    return k >= 1 and tokens[k].text in _NOT_THE_SPEAKER_AFTER and _speaks_for_a_body(tokens, k - 1)


def _speaks_for_a_body(tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` names who speaks for a body: its own people, or its spokesperson right after an article ("a
    spokeswoman for Acme Foods"; not "a former spokesman for Acme Foods", who speaks for himself)."""
    low = tokens[k].text.casefold()
    return low in ITS_OWN_PEOPLE or (low in _ITS_VOICE and k >= 1 and tokens[k - 1].text.casefold() in ARTICLES)


_LOOKED_PAST = frozenset({"the", "a", "an", "what", "."}) | HONORIFICS


def _placed_after_article(tokens: Sequence[Token], name: Name) -> bool:
    """The name follows "of the", "at a", "in the" (``_NOT_THE_SPEAKER_AFTER`` or a locative, then an article)."""
    k = name.run_start - 2
    if k < 0 or tokens[k + 1].text.casefold() not in ("the", "a", "an"):
        return False
    before = tokens[k].text.casefold()
    return before in _NOT_THE_SPEAKER_AFTER or before in LOCATIVES


def _talked_about(tokens: Sequence[Token], name: Name) -> bool:
    """Words of the name are talked about, not given: "all we know is what Mr. Reyes said in his letter". Not
    "after what Lessby says was an attack": what they said was that it was an attack."""
    at = name.run_start - 1
    if at > 1 and tokens[at].text == "." and tokens[at - 1].text.casefold() in HONORIFICS:
        at -= 2  # "Mr. Reyes": the honorific is no word of the clause
    elif at > 0 and tokens[at].text.casefold() in HONORIFICS:
        at -= 1
    if at < 0 or tokens[at].text.casefold() != "what":
        return False
    verb = name.last + 1
    return not (verb + 1 < len(tokens) and tokens[verb].text.casefold() in SPEECH_VERBS
                and tokens[verb + 1].text.casefold() in _COPULAS)


_COPULAS = frozenset({"is", "was", "are", "were", "had", "has", "would", "will"})


def _cited(tokens: Sequence[Token], name: Name) -> bool:
    """The sentence gives the body's own account ("according to the National Police"): not a document's or a dataset's
    ("according to the Labour Force Survey"), nor a name qualifying who speaks ("according to Statistics Office chief
    Hanna Berg")."""
    after = tokens[name.last + 1] if name.last + 1 < len(tokens) else None
    return according_to(tokens, name.run_start) and not (after is not None and after.word and (
        after.capitalised or role_word(after.text))) and not _document(name.text)


def _document(name: str) -> bool:
    """A name ending in a kind of document or of data ("Labour Force Survey", "the Lomax Report"): what it says, its
    authors say."""
    return name.rsplit(None, 1)[-1].casefold() in _DOCUMENTS


_DOCUMENTS = DOCUMENT_NOUNS | frozenset({"census", "index", "data", "figures", "bible", "constitution", "charter",
                                         "manifesto", "review", "inquiry"})


def according_to(tokens: Sequence[Token], start: int) -> bool:
    """ "according to (the) ..." ends right before ``start``: the sentence gives the account of the name there."""
    k = start - 1
    if k >= 0 and tokens[k].text.casefold() == "the":
        k -= 1
    return k >= 1 and tokens[k].text == "to" and tokens[k - 1].text.casefold() == "according"


def speaks_here(tokens: Sequence[Token], name: Name, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    """The name is the subject of a speech verb: "X said", "X, the minister, said", "said X". Other ``verbs``
    (of reacting: "X, the minister, praised ...") are asked after the name only: before it, "praised Tom Reyes"
    makes him the object."""
    if tokens[name.last].possessive or not_who_speaks(tokens, name):
        # "Mark Ortiz of Consumers Union said": the body is where the speaker works; "In Lessby, the
        # mayor said": the place is where it was said.
        return False
    return _clause_says(tokens, name, verbs)


def _its_member_speaks(tokens: Sequence[Token], name: Name) -> bool:
    """The body a speaker is of speaks through them: "Dana Hall of the Green Alliance, who represents Lessby ward, said"
    makes the alliance act, though the words are Hall's (``_affiliation_in_its_run``)."""
    return name.first > name.run_start and not tokens[name.last].possessive \
        and _affiliation_in_its_run(tokens, name) and _clause_says(tokens, name, SPEECH_VERBS)


def _clause_says(tokens: Sequence[Token], name: Name, verbs: frozenset[str]) -> bool:
    """``speaks_here`` once the name is known to be no place, owner or workplace of the speaker."""
    before = tokens[name.run_start - 1].text.casefold() if name.run_start > 0 else ""
    verb = name.run_start - 1 if before in SPEECH_VERBS else _signing_verb_before_title(tokens, name.run_start)
    if verb is not None:
        # "..., said Tom Reyes." signs; in "saying Norway should act" the name opens what was said. A verb signs
        # only after a quotation, a comma or a dash, or opening the sentence: in "... and urged Norway to act" or
        # "she told Tom Reyes" the name is whom the words were for.
        if verb > 0 and tokens[verb - 1].word:
            return False
        if name.first > name.run_start + 1 and tokens[name.first - 1].text in ("of", "at") \
                and not role_word(tokens[name.first - 2].text):
            return False  # "said analyst Ana Ruiz of Acme Research": Acme is where she works
        return not _clause_goes_on(tokens, name.last, list_verb=tokens[verb].text.casefold() in ("added", "adds"))
    if name.last + 2 < len(tokens) and "who" in (tokens[name.last + 1].text, tokens[name.last + 2].text) \
            and _who_says(tokens, name, verbs):
        return True  # asked only where "who" follows: most names have no relative clause after them
    k = name.last + 1
    if _placed_compound_after(tokens, k):
        return False  # "a Lyon, France-based grocer, said": the city is where the grocer is
    k = past_affiliation(tokens, k)
    affiliated = k  # "Ana Ruiz of Acme on Monday said": what may stand before the verb stands after the body
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
        if k < len(tokens) and tokens[k].text.casefold() in COORDINATORS:
            return False  # "..., Mira Lenz, and by Tom Reyes that ..., saying": no appositive, a list goes on
        if before == "," and k < len(tokens) and tokens[k].text.casefold() in verbs \
                and _described_before(tokens, name.run_start - 1) and not _said_to_be(tokens, k) \
                and not _place_or_people(name.text):
            # "Another parent, Esther Yakubu, said ...": the name is the appositive of the person described before it,
            # the subject they are; not a place ("a fisherman from the worst-hit town, Lessby, said", "in Erie,
            # Pennsylvania, said"), nor one "said to be" something.
            return not ACTS.matches(" ".join(t.text.casefold() for t in tokens[k:k + 8]))
        opened = k
        while k < len(tokens) and (tokens[k].text != "," or _placed_compound_after(tokens, k)) \
                and k - name.last < APPOSITIVE_TOKENS:
            k += 1
        if k - name.last >= APPOSITIVE_TOKENS and name.run_start == 0 \
                and tokens[opened].text.casefold() in ("who", "whose"):
            k = _long_relative_end(tokens, opened, verbs) or k
        k += 1
        if name.run_start > 0 and tokens[name.run_start - 1].text == "," and _signed_after(tokens, k):
            return False  # "... at a shop, Acme Guns, within the last year, said Tom Reyes, its manager."
    if _held_in_a_description(tokens, name):
        return False  # "A lawyer for jailed striker Tom Reyes said ...": the lawyer speaks
    if k == affiliated:
        k = verb_after(tokens, name, k)
    return k < len(tokens) and tokens[k].text.casefold() in verbs \
        and not ACTS.matches(" ".join(t.text.casefold() for t in tokens[k:k + 8]))


_ITS_VOICE = word_set("spokesman spokeswoman spokesperson")
"""One person through whom a body speaks: "A spokeswoman for Acme Foods said ..." is the company's statement. Not an
official, often unnamed and speaking against the body ("an official at the hospital, who asked not to be named,
said"), nor a representative, as often of others ("a representative of Acme workers")."""
_HELD_BEFORE = frozenset({"of", "for", "to", "on", "with", "against", "about", "representing", "near", "below",
                          "behind", "beside", "outside", "at", "from", "close"})
"""Words that make the name after them, and its description, the object of something said about another: "a lawyer
for jailed killer Karl Obst", "the surgeon who operated on Tom Reyes", "people living below Ostvale Bridge"."""
_DESCRIPTION_REACH = 5


def past_affiliation(tokens: Sequence[Token], k: int) -> int:
    """Past the body a name is "of" or "at", from ``k`` right after the name ("Ana Ruiz of the Lessby Dockers' Union
    welcomed ..."); ``k`` where none follows."""
    if k + 1 < len(tokens) and tokens[k].text in ("of", "at"):
        k += 1
        # The words joining a body's name ("the Lessby Chamber of Commerce", "Friends of the Ostvale Marshes"), as
        # the name reader joins its runs.
        while k < len(tokens) and tokens[k].word and (
                tokens[k].capitalised or tokens[k].text in ("the", "and")
                or (tokens[k].text in CONNECTORS and k + 1 < len(tokens)
                    and (tokens[k + 1].capitalised or tokens[k + 1].text == "the"))):
            k += 1
    return k


def verb_after(tokens: Sequence[Token], name: Name, k: int | None = None,
               phrases: AbstractSet[Between] = frozenset(Between)) -> int:
    """Where the verb of a clause the name is the subject of would stand: at ``k`` (right after the name, or after the
    body it is "of"), or past what may stand there where the name stands as a clause's subject does
    (``_opens_its_clause``): a word or two of ``BEFORE_THE_VERB`` ("Ana Ruiz also warned that ...", "Reyes later told
    reporters") and a phrase of time, medium or place (``SAID_BETWEEN``: "Ana Ruiz on Monday said", "Acme in a
    statement said") of the kinds ``phrases``. Not after a name that is no subject: in "Workers at Lessby Depot had
    warned" or "ask Tom Reyes on Monday" nothing is skipped."""
    k = name.last + 1 if k is None else k
    if _saying_goes_on(tokens, k) and _opens_its_clause(tokens, name) \
            and not any(t.text.casefold() in _SUBORDINATING for t in tokens[max(name.run_start - 1, 0):name.first]):
        return k + 1  # "Chancellor Ana Ruiz is saying that ...": the verb is the one going on
    if k >= len(tokens) or (tokens[k].text.casefold() not in BEFORE_THE_VERB
                            and tokens[k].text.casefold() not in SAID_BETWEEN_OPENERS) \
            or not _opens_its_clause(tokens, name):
        return k  # most names: a verb, a mark or another word right after them
    words, phrase = 0, False
    while k < len(tokens):
        word = tokens[k].text.casefold()
        if word in BEFORE_THE_VERB and words < 2:
            k, words = k + 1, words + 1
        elif word in SAID_BETWEEN_OPENERS and not phrase \
                and (hit := SAID_BETWEEN.first(" ".join(t.text for t in tokens[k:k + _BETWEEN_TOKENS]))) is not None \
                and hit.match is not None and hit.kind in phrases:
            k, phrase = k + len(hit.match.group().split()), True
        else:
            break
    return k


def _saying_goes_on(tokens: Sequence[Token], k: int) -> bool:
    """At ``k`` an auxiliary of a verb going on (``_PROGRESSIVE``) and a verb of saying in "-ing" (``_SAYING``), then
    "that", a colon or a quotation ("is saying that", "was warning:"): the name's verb, as after a word of
    ``BEFORE_THE_VERB``. Not a passive ("is said to be", "was told"), nor an "-ing" word that says nothing ("are
    defending champions", "is adding 300 jobs"); ``verb_after`` asks too that the name opens no clause set before the
    sentence's subject ("If Ana Ruiz is saying that ..., Tom Reyes told reporters")."""
    if k + 2 >= len(tokens) or tokens[k].text.casefold() not in _PROGRESSIVE or tokens[k + 1].text not in _SAYING:
        return False
    return tokens[k + 2].text.casefold() == "that" or tokens[k + 2].text in (":", '"', "\u201c")


_SUBORDINATING = frozenset({"if", "when", "while", "although", "though", "because", "unless", "whereas", "as",
                            "once"})
"""Conjunctions opening a clause set before the sentence's subject ("If Ana Ruiz is saying that ..., Tom Reyes told
reporters"); not a preposition opening a phrase of time ("On Monday Ana Ruiz was insisting that ...")."""
_PROGRESSIVE = frozenset({"is", "are", "was", "were"})
_SAYING = frozenset({"saying", "warning", "insisting", "arguing", "claiming", "stressing", "suggesting",
                     "predicting", "admitting", "acknowledging", "conceding"})
_BETWEEN_TOKENS = 10
"""Tokens after a name that a ``SAID_BETWEEN`` phrase is looked for in: the longest is eight words and the verb."""


def _opens_its_clause(tokens: Sequence[Token], name: Name) -> bool:
    """The name stands where its clause's subject does: first in the sentence or after a mark, or after its title or
    role ("State Department spokesman Heather Nauert", "Neighbouring Ostmarch") that does not hold it as an object
    (``_description_holds``); not after a verb ("ask Tom Reyes", "who sacked Tom Reyes")."""
    if _held_in_its_run(tokens, name):
        return False
    j = name.run_start - 1
    if j >= 0 and tokens[j].text.casefold() in ARTICLES:
        j -= 1  # ", the Aldorian government has announced": what stands before the article tells
    if j < 0 or not tokens[j].word or _through_its_people(tokens, j):
        return True  # "A spokeswoman for Acme Foods in an email said": the company's clause
    return (tokens[j].capitalised or role_word(tokens[j].text)) and not _description_holds(tokens, j)


def _affiliation_in_its_run(tokens: Sequence[Token], name: Name) -> bool:
    """The name follows "of", "at" or "for" inside its capitalised run, after another name: "Ana Ruiz of Acme said",
    "Mark Ortiz of Consumers Union said" (the run joins the two names across "of"): where the speaker works. Not
    after a title ("Chief Justice of Ostmarch Karl Obst said", "Mayor of Calden Petra Ilic said", "Ombudsman for
    Calden Petra Ilic said"), whose holder the name is, nor after the body's own people ("Members of the Lessby Choir
    say")."""
    k = name.first - 1
    if tokens[k].text.casefold() in ARTICLES:
        k -= 1
    if k - 1 <= name.run_start or tokens[k].text not in _NOT_THE_SPEAKER_AFTER:
        return False  # one word before the preposition: as often a title ("Coroner for West Lessby Kant") as a name
    word = tokens[k - 1].text
    low = word.casefold()
    return not (role_word(word) or low in TITLE_WORDS or low in CAPITALISED_TITLES or low in ITS_OWN_PEOPLE)


def _held_in_its_run(tokens: Sequence[Token], name: Name) -> bool:
    """The name is held by a word of ``_HELD_BEFORE`` after people named by a plural inside its capitalised run:
    "Lawyers for Ana Ruiz said", "Supporters of the Lessby Rovers on Saturday said", "Employees of Acme Metals in
    Lessby told reporters" (a capitalised word opening the sentence joins the run across "of" or "for"): the lawyers,
    supporters and employees speak. Not after a title, a singular ("Mayor of Calden Petra Ilic said", "Chief Justice of
    Ostmarch Karl Obst said", "Port of Lessby said"): the title's holder, or the body, speaks; nor after the body's
    own people (``ITS_OWN_PEOPLE``: "Members of the Holmness Residents' Group say"), who speak for it."""
    k = name.first - 1
    if k > name.run_start and tokens[k].text.casefold() in ARTICLES:
        k -= 1  # "Members of the Lessby Choir in a letter said"
    if k != name.run_start + 1 or tokens[k].text not in _HELD_BEFORE:
        return False  # the people open the run: in "said Professor Tom Hughes of the Lessby Institute" no one holds it
    group = tokens[name.run_start].text
    return group.endswith("s") and not group.endswith("ss") and not role_word(group) \
        and group.casefold() not in ITS_OWN_PEOPLE


def _held_in_a_description(tokens: Sequence[Token], name: Name) -> bool:
    """The name follows a role word that, with the words before it, describes it as what another is of, for or to
    (``_description_holds``): "the attempted murder of striker Tom Reyes told a jury", "the brother of gunman Ana Ruiz
    said", "a lawyer for jailed striker Tom Reyes said"; or right after such a word a noun takes ("An aide to Ana
    Ruiz, who said ..., told"): the subject is the one described first, not the name."""
    j = name.run_start - 1
    if j < 1 or not (tokens[j].word and tokens[j].text.islower()):
        return False  # most names: a capital, a mark or nothing before them
    if tokens[j].text in _HELD_BEFORE:
        # "An aide to Ana Ruiz, who said ..., told reporters": the aide speaks, whatever stands between; "a spokeswoman
        # for Acme Foods said": the company speaks through her.
        return tokens[j - 1].word and tokens[j - 1].text.islower() and tokens[j - 1].text not in ARTICLES \
            and not (tokens[j].text in _NOT_THE_SPEAKER_AFTER and _speaks_for_a_body(tokens, j - 1))
    return role_word(tokens[j].text) and _description_holds(tokens, j)


def _description_holds(tokens: Sequence[Token], last: int) -> bool:
    """The lower-case words of a description ending at ``last`` hold a word making what it describes the object of
    another (``_HELD_BEFORE``: "the mother of murdered schoolboy"); a title's "of" is none ("Ostwick Chamber of Trade
    chairman")."""
    j, stop = last, max(-1, last - _DESCRIPTION_REACH)
    while j > stop and tokens[j].word and not tokens[j].capitalised and tokens[j].text.casefold() not in ARTICLES \
            and tokens[j].text.casefold() not in COORDINATORS:  # "head of research and chief economist": two titles
        word = tokens[j].text.casefold()
        if word in _HELD_BEFORE and (word != "close" or (j + 1 < len(tokens) and tokens[j + 1].text == "to")):
            return True  # "close" only as "close to": "Obst's close friend and business partner" is a title
        j -= 1
    return False


def _who_says(tokens: Sequence[Token], name: Name, verbs: frozenset[str]) -> bool:
    """ "The figures were released by minister Tom Reyes(,) who said all of the suspects ...": "who" right after the
    name, then a verb of ``verbs`` (a word or two of ``BEFORE_THE_VERB`` between), makes the name its subject, where the
    name stands as a subject does (``_opens_its_clause``): not "a lawyer for Tom Reyes, who said ...", whose "who" is
    as often the lawyer, nor "Investigators will ask Tom Reyes who told staff to ..." (asked, he is no subject)."""
    k = name.last + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k >= len(tokens) or tokens[k].text.casefold() != "who" or not _opens_its_clause(tokens, name):
        return False  # most names: no relative clause after them
    k += 1
    opened = k
    while k < len(tokens) and k - opened < 2 and tokens[k].text.casefold() in BEFORE_THE_VERB:
        k += 1
    return k < len(tokens) and tokens[k].text.casefold() in verbs \
        and not ACTS.matches(" ".join(t.text.casefold() for t in tokens[k:k + 8]))


_OWNER_MARK = compiled_regex(r"['\u2019]s?$")


@lru_cache(maxsize=4096)
def _first_word_key(word: str) -> str:
    """``name_key`` of a name's first word, or of a one-word name, but for an owner's mark, which it keeps: "Producer's"
    and "Producers" differ. Cached: asked of every one-word mention the cast files and of every name a quotation's
    frame holds."""
    return fold(word).replace("\u2019", "'") if _OWNER_MARK.search(word) else name_key(word)


def _long_relative_end(tokens: Sequence[Token], opened: int, verbs: frozenset[str]) -> int | None:
    """The comma ending a relative clause about the sentence's first name longer than a description, where a verb of
    ``verbs`` follows it that no name signs: "Siobhan Keady, who lets her house during the races while she stays with
    her sister in Moycullen, said the ruling was ..." (``RELATIVE_TOKENS`` at most). None where no such verb follows:
    "Berlin police, who heard from colleagues that ..., said Anja Marx" is hers."""
    k = next((j for j in range(opened, min(len(tokens), opened + RELATIVE_TOKENS)) if tokens[j].text == ","), None)
    if k is None or k + 1 >= len(tokens) or tokens[k + 1].text.casefold() not in verbs \
            or (k + 2 < len(tokens) and tokens[k + 2].capitalised):
        return None  # "Tom Reyes, who ..., is in poor health, said his lawyer": the clause's verb is "is"
    return k


_PLACED_COMPOUND = compiled_regex(r"\p{Lu}[\p{L}.'\u2019]*-(?:based|born|headquartered|registered|listed|bred|raised)")


def _placed_compound_after(tokens: Sequence[Token], comma: int) -> bool:
    """The comma at ``comma`` joins a city to its state or country in a compound after an article ("the Wichita,
    Kansas-based maker", "a Lyon, France-born chef"): no appositive ends or opens there. After a person's name the
    compound opens their appositive ("Amy Lee, London-based head of research, said")."""
    if not (comma + 1 < len(tokens) and tokens[comma].text == "," and comma > 0 and tokens[comma - 1].capitalised
            and _PLACED_COMPOUND.fullmatch(tokens[comma + 1].text) is not None):
        return False
    k = comma - 1
    while k > 0 and tokens[k - 1].capitalised and tokens[k - 1].word:
        k -= 1
    return k > 0 and tokens[k - 1].text.casefold() in ("a", "an", "the")


def _described_before(tokens: Sequence[Token], comma: int) -> bool:
    """The words before the comma at ``comma`` end on a lower-case noun that says who someone is ("Another parent",
    "One protester", "her boyfriend", "a local member of parliament"), not where ("the worst-hit town",
    ``PLACE_NOUNS``; a place's name, "Erie, Pennsylvania", ends on a capital), and not a group or a relative named
    by whom they belong to ("The family of the teenager, Ada Moss, said", "Workers at the plant, Acme Steel, said",
    "The mother of the boy, Tom Reyes, said": the name is the teenager's, the plant's, the boy's). "The head of the
    union, Tom Reyes," is one person, the head."""
    last = tokens[comma - 1] if comma >= 1 else None
    if last is not None and last.capitalised and last.word:
        return _role_at_a_body(tokens, comma)
    if last is None or not last.word or not last.text.islower() or last.text in PLACE_NOUNS:
        return False
    start = next((i + 1 for i in range(comma - 1, -1, -1) if tokens[i].text == ","), 0)
    return not any(t.text in _OF_ANOTHER and (nxt.text in DETERMINERS or nxt.capitalised or nxt.possessive)
                   and (_group(tokens[i - 1].text) or tokens[i - 1].text.casefold() in KIN)
                   for i, t, nxt in zip(range(start, comma), tokens[start:comma - 1], tokens[start + 1:comma],
                                        strict=False) if i > start)


def _role_at_a_body(tokens: Sequence[Token], comma: int) -> bool:
    """The words before the comma at ``comma`` end on a role held at a named body ("His former business partner at
    Lenox", "a lawyer for Acme Foods"): the name after the comma is the one holding it. Not a place ("in Erie,
    Pennsylvania"), nor one not a role ("Workers at Acme Steel")."""
    k = comma - 1
    while k > 0 and tokens[k].capitalised and tokens[k].word:
        k -= 1
    if not (k >= 1 and tokens[k].text in EMPLOYER_PREPOSITIONS and tokens[k - 1].text.islower()
            and role_word(tokens[k - 1].text)):
        return False
    # The role opens the description: in "The widow of the founder of Acme Foods, Tom Reyes," or "A friend of the
    # mayor of Lessby, Tom Reyes," the name is the founder's, the mayor's.
    start = next((i + 1 for i in range(k - 1, -1, -1) if tokens[i].text == ","), 0)
    return not any(t.text in _OF_ANOTHER for t in tokens[start:k - 1])


_OF_ANOTHER = frozenset({"of", "for", "at", "from", "to", "in", "with", "on", "near", "outside"})
"""Prepositions that bring in whom a group belongs to before a name set after its description: "the family of the
teenager", "workers at the plant"."""
_GROUP_NOUNS = frozenset({"family", "crew", "staff", "team", "couple", "union"})


def _group(word: str) -> bool:
    """A group of people: a plural ("workers", "relatives", "fans") or a collective noun ("family", "crew")."""
    low = word.casefold()
    return low in _GROUP_NOUNS or (_plural(low) and len(low) > 3)


def _plural(word: str) -> bool:
    """A word shaped like a plural: "Rovers", "workers"; not "press", "census", "crisis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _said_to_be(tokens: Sequence[Token], k: int) -> bool:
    """The verb at ``k`` is "said to be" or "said by neighbours to be": a passive, no one speaking."""
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return nxt == "to" or (nxt == "by" and any(t.text == "to" for t in tokens[k + 2:k + 6]))


def _clause_goes_on(tokens: Sequence[Token], last: int, *, list_verb: bool = False) -> bool:
    """After the name ending at ``last`` (and an aside set off by commas or brackets), the clause goes on: the name
    is the subject of what was said, not who said it. "said Tom Reyes had resigned", "said commander Tom Reyes, who
    led the raid, was killed", "said Tom Reyes (34) had acted alone"; and with ``list_verb`` ("added", which also
    acquires) a list of actions goes on after it: "traded two picks, added striker Tom Reyes, and fired ...". Not
    "said Tom Reyes, the mayor, adding ...", "said Ana Ruiz, 52, dressed in black", "said Tom Reyes, and added
    that ..." nor "said Tom Reyes, but the board said ...": there the name ends the reporting clause."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text in ("of", "at") and tokens[k + 1].capitalised:
        k += 1  # "said analyst Ana Ruiz of Acme Research.": where she works, then the clause's end
        while k < len(tokens) and tokens[k].word and (tokens[k].capitalised or tokens[k].text in ("the", "and")):
            k += 1
    if k < len(tokens) and tokens[k].text in (",", "("):
        close = ")" if tokens[k].text == "(" else ","
        if close == "," and k + 2 < len(tokens) and tokens[k + 1].text in ("and", "or"):
            nxt = tokens[k + 2].text
            return list_verb and nxt.islower() and nxt.isalpha() and nxt.endswith("ed")
        end = next((j for j in range(k + 1, min(len(tokens), k + APPOSITIVE_TOKENS)) if tokens[j].text == close), None)
        if end is None:
            return False
        k = end + 1
        return k < len(tokens) and tokens[k].text in AUXILIARIES
    after = tokens[k].text if k < len(tokens) else ""
    return after[:1].islower() and after.isalpha()


_SIGNING_VERBS = frozenset({"said", "says", "added", "adds", "wrote", "writes"})
"""Verbs a name signs after ("said Tom Reyes"); after "told" or "asked" the name is whom the words were for."""
_TITLE_BEFORE_NAME = 4  # lower-case words of a title between a signing verb and the name: "defense ministry spokesman"


def _signing_verb_before_title(tokens: Sequence[Token], start: int) -> int | None:
    """Where a signing verb stands before the lower-case title that ends right before ``start``: "..., said defense
    ministry spokesman Tom Reyes." The title ends in a role word ("spokesman", "minister") and holds no stopword:
    in "said the harbor would reopen, Tom Reyes" or "said on Monday that Tom Reyes" no title precedes the name."""
    if start == 0 or not role_word(tokens[start - 1].text):
        return None
    k = start - 1
    while k >= 0 and start - k <= _TITLE_BEFORE_NAME and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].text not in STATEMENT_STOPWORDS:
        k -= 1
    return k if k >= 0 and k < start - 1 and tokens[k].text.casefold() in _SIGNING_VERBS else None


def _signed_after(tokens: Sequence[Token], verb: int) -> bool:
    """A name right after the verb at ``verb`` signs the words ("said Tom Reyes." / "said Tom Reyes, its manager"): it
    is the speaker, not a name before the verb. A name that opens a clause ("said Tom Reyes had resigned") or a day
    ("said Monday") does not sign."""
    k = verb + 1
    if k >= len(tokens) or tokens[verb].text.casefold() not in _SIGNING_VERBS \
            or not (tokens[k].capitalised and tokens[k].word) or tokens[k].text.casefold() in CALENDAR:
        return False
    while k < len(tokens) and ((tokens[k].capitalised and tokens[k].word) or (tokens[k].text == "."
                               and k + 1 < len(tokens) and tokens[k + 1].capitalised)):
        k += 1
    return k == len(tokens) or tokens[k].text in (",", ".", ";")


class _Mention(NamedTuple):
    """What one sentence says about a name in it: the same for every copy of the sentence."""

    honorific: bool
    as_thing: bool
    speaks: bool
    roles: tuple[str, ...]
    affiliation: str | None
    subject: bool
    as_outlet: bool
    acts: bool  # speaks, or a verb in the past or an auxiliary follows: "the Palace dismissed", not "the X model"
    placed: bool  # right after a locative preposition: "in Lessby", "near the Harbor Gate"
    cited: bool  # right after "according to": "390 officers were searching, according to the National Police"


@lru_cache(maxsize=16384)
def _mention_of(sentence: str, name: Name) -> _Mention:
    """What ``sentence`` says of ``name``. Cached: copies of a sentence across sources, and the same articles
    briefed again, say the same of it."""
    toks = tokens_of(sentence)
    before = [t.text.casefold() for t in toks[max(0, name.first - 2):name.first] if t.text != "."]
    placed = bool(before) and ((before[-1] in LOCATIVES and name.run_start == name.first)
                               or (before[-1] == "the" and len(before) == 2 and before[0] in LOCATIVES))
    as_thing = name.first > 0 and (toks[name.first - 1].text.casefold() == "the"
                                   or toks[name.first - 1].possessive
                                   or (name.run_start == name.first and toks[name.first - 1].text in LOCATIVES)
                                   or _quoted_whole(toks, name))
    after = toks[name.last + 1].text if name.last + 1 < len(toks) else ""
    # An appositive and an affiliation open with the token after the name, a possessive's role ends in a comma
    # before it: most names have neither next to them, and skip those readers.
    title = title_before(sentence, toks, name)
    appositive = appositive_after(sentence, toks, name) if after == "," else None
    roles = tuple(filter(None, (title, appositive,
                                relative_role_after(sentence, toks, name) if after == "," else None,
                                (possessive_before(sentence, toks, name)
                                 or role_for_before(sentence, toks, name, title, appositive))
                                if name.run_start > 1 and toks[name.run_start - 1].text == "," else None,
                                named_as_before(toks, name) if name.run_start > 3
                                and toks[name.run_start - 1].text == "as" else None)))
    # An age follows the name after a comma (every ``AGE_CUES`` rule opens with it): most names have none.
    titled = (bool(before) and (before[-1] in HONORIFICS or before[-1] in TITLE_ABBREVIATIONS)) \
        or (sentence.startswith(",", toks[name.last].end)
            and AGE_CUES.matches(sentence[toks[name.last].end:toks[min(name.last + 4, len(toks) - 1)].end]))
    outlet = _medium(toks, name) and OUTLET_CUES.matches(sentence[max(0, toks[name.first].start - 40):
                                                                  toks[name.last].end + 40])
    speaks = speaks_here(toks, name)
    agent = passive_agent(sentence, toks, name) or spoken_for(sentence, toks, name) or _its_member_speaks(toks, name)
    subject = agent or subject_here(toks, name)
    verb = after.casefold()
    acts = speaks or agent or (subject and (verb.endswith("ed") or verb in AUXILIARIES))
    affiliation = (affiliation_after(sentence, toks, name) if after in ("of", "at") else None) \
        or owner_before(sentence, toks, name)
    # _Mention's own constructor is a Python function, and a story reads thousands of mentions.
    return tuple.__new__(_Mention, (titled, as_thing, speaks, roles, affiliation or None, subject, outlet, acts,
                                    placed, _cited(toks, name)))


_CLAUSE_VERBS = AUXILIARIES | {"remains", "remained"}
"""Verbs of a clause, never of a description of who someone is: after a name closing the phrase a sentence opens
with, words holding one are the clause ("On the positive side for Ruiz, her rating remains strong"), not her role."""
_CLOSING_MARKS = frozenset("\"\u201d\u2019")


def _quoted_whole(toks: Sequence[Token], name: Name) -> bool:
    """The name stands in quotation marks with nothing but a title's words around it, as the title of a film, a book
    or a song does: 'the set of “Kill Ana”', '"Lessby Nights," which she', '“Turn Left at Lessby,” speaks at'. Not a
    quotation that opens with the name: '“Ruiz is wrong,” he said'."""
    k = name.run_start - 1
    while k >= 0 and name.run_start - k <= _TITLE_REACH and _in_a_title(toks[k]):
        k -= 1
    if k < 0 or toks[k].text not in OPENING_QUOTATION:
        return False
    k = name.last + 1
    while k < len(toks) and k - name.last <= _TITLE_REACH and _in_a_title(toks[k]):
        k += 1
    if k < len(toks) and toks[k].text in (",", "."):
        k += 1
    # Words someone says are no title: '“Congratulations to Ana Ruiz,” Tom Reyes wrote'.
    return k < len(toks) and toks[k].text in _CLOSING_MARKS \
        and not any(t.text.casefold() in SPEECH_VERBS for t in toks[k + 1:k + 1 + _FRAME_REACH])


_TITLE_REACH = 6  # words of a title in quotation marks either side of a name in it
_FRAME_REACH = 12  # tokens after a quotation in which a verb of saying makes it speech: "Tom Reyes, the mayor, wrote"
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "from", "with"})


def _in_a_title(token: Token) -> bool:
    """A word a title in title case is made of: capitalised, or one of its small words ("at", "of", "the")."""
    return token.word and token.text != "I" and (token.capitalised or token.text in _TITLE_SMALL_WORDS)


_OPENERS = frozenset("\"\u201c\u2018'([\u2014\u2013-:")


def _medium(toks: Sequence[Token], name: Name) -> bool:
    """The name stands where a medium does: "told the X newspaper", "in an interview with X"."""
    k = name.run_start - 1
    while k >= 0 and toks[k].text.casefold() in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k].text.casefold() in MEDIUM_BEFORE


def spoken_for(sentence: str, tokens: Sequence[Token], name: Name) -> bool:
    """ "a spokeswoman for Acme Foods", "Researchers from the Lessby Institute have found": the body acts through who
    speaks or works for it (``SPOKEN_FOR_CUES``). Through its researchers or officers only a body named in full or by
    its acronym ("scientists at NASA"): a word left of a name the reader cannot place ("officers from the Special
    Response Unit": "Unit") does not."""
    k = name.run_start - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    if k < 1 or tokens[k].text not in ("for", "of", "from", "at", "with"):
        return False
    hit = SPOKEN_FOR_CUES.first(sentence[tokens[k - 1].start:tokens[name.run_start].end])
    return hit is not None and (hit.kind is not RoleCue.ITS_PEOPLE or name.last > name.first
                                or _ACRONYM.fullmatch(name.text) is not None)


def passive_agent(sentence: str, tokens: Sequence[Token], name: Name) -> bool:
    """ "a tent staffed by the Harbor Guild": the name after "by" is who did it (``PASSIVE_AGENT_CUES``)."""
    k = name.run_start - 1
    if k >= 0 and tokens[k].text.casefold() == "the":
        k -= 1
    if k < 1 or tokens[k].text != "by":
        return False
    return PASSIVE_AGENT_CUES.matches(sentence[tokens[max(0, k - 2)].start:tokens[name.run_start].end])


def subject_here(tokens: Sequence[Token], name: Name) -> bool:
    """The name opens a clause and a verb follows it: "Norway announced", "..., and Acme removed"."""
    if tokens[name.last].possessive:
        return False
    body = _titled_by_a_body(tokens, name.run_start)
    start = name.run_start if body is None else body
    articled = False
    if name.organisation:
        moved = _past_the(tokens, start)
        articled, start = 0 < moved < start, moved  # opening the sentence ("The Acme Group says") as before
    before = tokens[start - 1].text.casefold() if start > 0 else ""
    if before and before not in CLAUSE_OPENERS:
        return False
    k = _past_short_form(tokens, name.last + 1)
    if before not in ("and", ",", "or"):  # not in a list: "The winners were Ana Ruiz, 12, and Tom Reyes, 11, ..."
        k = _past_partner(tokens, _past_age(tokens, k))
    if k >= len(tokens):
        return False
    nxt = tokens[k].text
    if articled and not (nxt.endswith("ed") or nxt.casefold() in AUXILIARIES or nxt.casefold() in IRREGULAR_PAST):
        return False  # "the Port Authority gates", "Ana Ruiz, the Lessby Council leader": the body's name qualifies
    return nxt[:1].islower() and nxt.isalpha() and nxt.casefold() not in NOT_A_VERB


def _past_the(tokens: Sequence[Token], start: int) -> int:
    """Where the clause of a body's name at ``start`` opens: at "the" before it where a clause opens on that ("In May,
    the Lessby Council voted", "when the Port Authority closed the dock"); not "officials met the Port Authority". A
    place's or a thing's name is written so too ("the River Sann burst its banks", "the Falcon Heavy lifted off"):
    bodies only, and only before a verb that is plainly one (a past, an auxiliary: ``subject_here``), for a body's
    name after "the" qualifies a noun as often ("the Port Authority gates", "the Reserve Bank rate rise")."""
    if start > 0 and tokens[start - 1].text.casefold() == "the" \
            and (start == 1 or tokens[start - 2].text.casefold() in CLAUSE_OPENERS):
        return start - 1
    return start


_PARTNER_WORDS = 4
"""Capitalised words at most of a second name a clause's subject shares ("Acme and Orrel Freight banned ...")."""


def _past_partner(tokens: Sequence[Token], k: int) -> int:
    """Where a name's clause goes on at token ``k``, past a second name joined to it by "and": "Lloyds Banking Group and
    Virgin Money banned customers ...", "Ana Ruiz and Tom Reyes were charged" make both subjects; not "Ana Ruiz and her
    lawyer" (no name after "and"), nor a list's names ("Acme, Orrel and Bexley"), nor owners of a plural noun ("Acme
    and Orrel shares fell", "Dunlow and Kelling stations"): two names share a plural verb, never one ending in -s."""
    if k + 1 >= len(tokens) or tokens[k].text != "and" or not tokens[k + 1].capitalised:
        return k
    j = k + 1
    while j < len(tokens) and j - k <= _PARTNER_WORDS + 1 and tokens[j].capitalised and tokens[j].word \
            and not tokens[j].possessive:
        j += 1
    if j - k - 1 > _PARTNER_WORDS or j >= len(tokens):
        return k
    after = tokens[j].text
    if after[:1].islower() and after.endswith("s") and not after.endswith("ss") and after.casefold() not in AUXILIARIES:
        return k
    return j


def _past_age(tokens: Sequence[Token], k: int) -> int:
    """Where a name's clause goes on at token ``k``, past the age set off after it: "Ana Ruiz, 67, was charged"; not
    past a number in a list ("Acme, 12, and Orrel, 9")."""
    if k + 3 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.isdigit() and tokens[k + 2].text == "," \
            and len(tokens[k + 1].text) <= 3:
        return k + 3
    return k


def _titled_by_a_body(tokens: Sequence[Token], start: int) -> int | None:
    """Where the body's name opens that a title in lower case before the name at ``start`` goes with: in "Acme chief Tom
    Reyes resigned" and "The Rovers star striker Tom Reyes scored" the clause is Reyes's, and his body's, which acts
    through him as it does through a spokeswoman ("a spokeswoman for Acme said"): ``subject_here`` holds for both."""
    j = start - 1
    while j >= 0 and start - 1 - j < _TITLE_WORDS and tokens[j].word and tokens[j].text.islower():
        j -= 1
    if j == start - 1 or j < 0 or not tokens[j].capitalised or _verb_after_a_plural(tokens, start - 1) \
            or not (role_word(tokens[start - 1].text) or _team_position(tokens, start - 1)):
        return None
    if any(_verb_before_lower_title(tokens, i) or (tokens[i].text.endswith("ed") and tokens[i].text not in
                                                   TITLE_PARTICIPLES) for i in range(j + 1, start - 1)):
        return None  # "Acme fired chief executive Tom Reyes on Monday": the body's verb, and Reyes its object
    while j > 0 and tokens[j - 1].capitalised and tokens[j - 1].word:
        j -= 1
    return j


_TITLE_WORDS = 3
"""Lower-case words at most between a body's name and the name its title goes with ("Acme chief executive Ana Ruiz",
"Rovers star running back Tom Reyes")."""


def _past_short_form(tokens: Sequence[Token], k: int) -> int:
    """Where a name's clause goes on at token ``k``, past the short form in brackets a body's name is given with
    ("The Ardessan Space Agency (ASA) said", "the Field Workers' Union (FWU) warned")."""
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].capitalised:
        return k + 3
    return k


def _set_off(tokens: Sequence[Token], name: Name) -> bool:
    """A one-word name shown as someone looked, qualifying nothing after it: "a" or "an" and a word or two describing
    them before it (``_descriptive``: not "a conference in Kent", "a representative for Thurman"), a comma, a full stop
    or a verb of speech after it ("But a grim-faced Harnoval, 58, refused ...", "a tearful Reyes said"), where the story
    also writes "the Harnoval government" or "the Harnoval era"."""
    start, after = name.run_start, name.last + 1
    if after < len(tokens) and tokens[after].text not in (",", ".", ";") \
            and tokens[after].text.casefold() not in SPEECH_VERBS:
        return False
    if after + 1 < len(tokens) and tokens[after + 1].text.casefold() in ("which", "that"):
        return False  # "A cash-strapped Dalgety, which lost 140 million pounds": the firm, not its founder
    described = tokens[max(0, start - 3):start]
    return any(t.text.casefold() in ("a", "an") and all(w.word and not w.capitalised and _descriptive(w.text)
                                                        for w in described[k + 1:])
               for k, t in enumerate(described[:-1]))


def _descriptive(word: str) -> bool:
    return "-" in word or word.casefold().endswith(DESCRIPTIVE_ENDS)


def _as_written_mid_sentence(role: str, roles: Counter[str]) -> str:
    """``role`` as ``roles`` writes it mid-sentence, where it was capitalised only because it opened a sentence
    ("Passenger group Rail Voice said" beside "Rail Voice, the passenger group, said"). A title keeps its capital
    ("President", "Chief Constable"), and so does a description before one ("coast guard spokesman Commander"): only a
    description whose other words are all in lower case is written so."""
    first, _, rest = role.partition(" ")
    lower = role[:1].lower() + role[1:]
    return lower if rest and first[:1].isupper() and rest == rest.lower() and lower in roles else role


def _personal_title(role: str) -> bool:
    """A person's title in capitals ("Assistant Chief Constable of the ...", "Professor Ana Ruiz of the ..."), not a
    description of a body ("owner of the Lessby Courier", "the country's largest oil producer", "chip maker")."""
    words = role.split()
    return words[0][:1].isupper() and any(role_word(w) and w[:1].isupper() for w in words) \
        and not any(w.casefold() in BODY_KINDS for w in words)


class Cast:
    """The actors of one story and a resolver from any mention to its actor. Nothing changes a cast once it
    is built, so its ranking is worked out once, however often the summary's parts ask for it."""

    def __init__(self, statements: list[Statement], sources: list[Source]) -> None:
        self._ranked: list[int] | None = None
        self._listed: list[int] | None = None
        self.lexicon = lexicon_of("\n".join(s.text for s in statements))
        self.people: list[Person] = []
        self._by_surname: dict[str, list[int]] = defaultdict(list)
        self._by_key: dict[str, int] = {}
        self._by_compact: dict[str, int] = {}  # each key without its spaces ("kim jongun" -> "kimjongun")
        self._outlets = {fold(s.outlet) for s in sources if s.outlet}
        self._outlet_names: dict[str, bool] = {}
        self._source_rank = {s.id: i for i, s in enumerate(sources)}
        self.names_by_statement: dict[int, list[tuple[Name, int]]] = {}
        # The tokens of every statement that may name someone, kept for the readers of ``names_by_statement``:
        # a story's statements outnumber what ``tokens_of`` keeps for a long run.
        self.tokens_by_statement: dict[int, Sequence[Token]] = {}
        self._last_org: dict[int, tuple[int, str]] = {}  # article -> (statement key, organisation)
        self._orgs_named: dict[int, list[tuple[int, str]]] = defaultdict(list)  # article -> each (key, body) in turn
        self._place_bodies: dict[int, str] = {}  # "Norvanian army" -> "Norvanian": bodies a place names
        self._modifiers: set[str] = set()  # qualifying other names: "Danish" in "Danish ... Authority"
        # One-word mentions the cast joined to the one longer name they open ("Acme" -> "Acme Mobility", a
        # family name written first: "Tan" -> "Tan Weiming"): ``resolve_speaker`` finds them the same way.
        self._first_words: dict[str, int] = {}
        # (statement key, name) of each mention recorded that ``speaks_here`` holds: the readers of
        # ``names_by_statement`` ask it again of the same names and tokens.
        self.speaking: set[tuple[int, Name]] = set()
        self._article_of = {st.key: st.article for st in statements}
        self._statements = statements
        self._opening_words: dict[str, set[int]] | None = None  # ``_openers``
        self._stand_ins: set[int] = set()  # ``_single_word_actors``
        self._pronouns: dict[int, str] | None = None  # ``pronoun_of``
        self._naming_articles: dict[int, dict[int | None, int]] = {}  # ``_articles_naming``
        singles: list[tuple[Statement, Sequence[Token], Name]] = []
        for st in statements:
            found: list[tuple[Name, int]] = []
            if self._nameless(st.text):
                self.names_by_statement[st.key] = found
                continue
            toks: Sequence[Token] = tokens_of(st.text)
            self.tokens_by_statement[st.key] = toks
            after_person = 0  # the token after the last full name read in this sentence that "of" follows
            for found_name in self.lexicon.names(st.text):
                body = body_of_place(st.text, toks, found_name)
                name = body or found_name
                if body is not None:
                    self._place_bodies[self._person_for(body.text, True)] = found_name.text
                if name.run_start < name.first:  # a title before the name: "Acme" of "Acme chief Ana Ruiz"
                    # A person's full name opening the run qualifies nothing: "Ana Ruiz of Acme Freight" is hers.
                    start = max(name.run_start, after_person)
                    self._modifiers.update(name_key(t.bare) for t in toks[start:name.first])
                if not name.organisation and name.last > name.first and name.last + 1 < len(toks) \
                        and toks[name.last + 1].text == "of":
                    after_person = name.last + 1
                words = name.words
                if name.organisation:
                    self._modifiers.update(name_key(w) for w in words[:-1])
                elif len(words) < 2:
                    if name.run_start > 0 and toks[name.run_start - 1].text.casefold() in LOCATIVES \
                            and not is_country(name.text):
                        self._modifiers.add(name_key(name.text))
                    singles.append((st, toks, name))
                    continue
                index = self._person_for(name.text, name.organisation)
                self._record(index, st, toks, name)
                found.append((name, index))
                if name.organisation:
                    self._last_org[st.article] = (st.key, name.text)
                    self._orgs_named[st.article].append((st.key, name.text))
            self.names_by_statement[st.key] = found
        unresolved: list[tuple[Statement, Sequence[Token], Name]] = []
        # ``resolve`` answers each one-word name once: this loop adds no key and no surname, and records
        # spellings only of bodies, while ``resolve`` reads the names of people filed by surname, never bodies.
        resolved_by_text: dict[str, int | None] = {}
        for st, toks, name in singles:
            qualifying = name_key(name.text) in self._modifiers and not self._acts_in(st.text, toks, name)
            if qualifying and not _set_off(toks, name):
                continue  # "Acme" of "Acme chief Ana Ruiz" qualifies a name, unless "Acme said" acts
            if name.text in resolved_by_text:
                resolved = resolved_by_text[name.text]
            else:
                resolved = resolved_by_text[name.text] = self.resolve(name.text)
            if qualifying and (resolved is None or self.people[resolved].organisation):
                continue  # set off by a comma, a name qualifying others elsewhere is still no one's here
            if resolved is None:
                unresolved.append((st, toks, name))
                continue
            index = resolved
            if name.first == 0 or toks[name.first - 1].text.casefold() not in ("the", "a", "an"):
                self.people[index].alone += 1
            # A body's short name ("Acme" of "Acme Inc") is one of its spellings; a surname is not.
            self._record(index, st, toks, name, full=self.people[index].organisation)
            self.names_by_statement[st.key].append((name, index))
        self._single_word_actors(unresolved)
        self._merge_short_forms()
        self._merge_long_names()
        self._merge_bodies_read_without_their_first_word()
        self._merge_country_spellings()
        self._merge_bodies_of_countries()
        self._merge_ministries_named_back()
        self._merge_place_bodies_named_in_full()
        self._merge_singles_written_as_short_forms()
        self._note_titles([s.title for s in sources if s.title])
        self._note_named_back(statements)
        for found in self.names_by_statement.values():
            if len(found) > 1:
                found.sort(key=_position)

    @staticmethod
    def _acts_in(sentence: str, toks: Sequence[Token], name: Name) -> bool:
        """The mention speaks or is a clause's subject: what ``_mention_of`` says of it, without the roles and
        the rest, which a qualifying word ("Acme" of "Acme chief Ana Ruiz") mostly never needs."""
        return speaks_here(toks, name) or passive_agent(sentence, toks, name) or spoken_for(sentence, toks, name) \
            or subject_here(toks, name)

    def _single_word_actors(self, mentions: list[tuple[Statement, Sequence[Token], Name]]) -> None:
        """One-word names no full name explains: the first word of one longer name ("Acme" for
        "Acme Mobility") joins it, where the article names that name, or anywhere for a family name written first
        ("Kim" for the story's one "Kim Jong-un"); never a place or a people ("Panama" is no "Panama Papers").
        Others ("Norway announced", "the Taliban said") may be acting bodies or governments, listed after people
        if they speak or headline the story; one met only where it opened several longer names of its article
        is a stand-in (``resolve_speaker`` reads it by the article it stands in)."""
        first_words = self._by_first_word(lambda person: True, parts=False)
        stand_ins: set[int] = set()  # one-word names met where they open several longer names of the article
        named_alone: set[int] = set()  # ... and where they open none: a body or a person of that one name
        articles: dict[int, dict[int | None, int]] = {}  # read while mentions are still recorded: its own

        def articles_of(index: int) -> dict[int | None, int]:
            if index not in articles:
                articles[index] = self._first_sentences(index)
            return articles[index]

        for st, toks, name in mentions:
            key = _first_word_key(name.text)
            # Most one-word names open no longer one: no set is made for them. A place or a people opens names
            # of what is not it: "Panama" is not the "Panama Papers", "Egyptian" not "Egyptian authorities".
            owners = first_words.get(key)
            if owners and _place_or_people(name.text):
                owners = None
            if owners:
                # A person's first word alone ("Tan said" for Tan Weiming, family name first) is that person
                # only in an article that names them in full: "a man who gave his name as Tomas" in another is not.
                # A family name written first is the one person's anywhere in the story, as a surname is ("Kim
                # said" for the story's one Kim Jong-un, spelt "Kim Jong-un" somewhere: a romanised given name last).
                lone = next(iter(owners)) if len(owners) == 1 else None
                owners = {i for i in owners if self.people[i].organisation or st.article in articles_of(i)}
                if not owners and lone is not None and self._family_first(lone) and not _described_after(toks, name):
                    owners = {lone}  # not "said Kim, a 29-year-old defector": someone the article presents anew
            if owners and len(owners) == 1:
                index = next(iter(owners))
                self._record(index, st, toks, name, full=False)
                self._first_words[key] = index
            else:
                index = self._person_for(name.text, organisation=True)
                self.people[index].single = True
                self._record(index, st, toks, name)
                (stand_ins if owners else named_alone).add(index)
            self.names_by_statement[st.key].append((name, index))
        self._stand_ins = stand_ins - named_alone

    def _family_first(self, index: int) -> bool:
        """A person whose name some article writes family name first: "Kim Jong-un", "Seo Min-jae"."""
        person = self.people[index]
        return not person.organisation and any(" " in s and family_name(s) == s.split()[0] for s in person.spellings)

    def _named_before(self, owners: set[int], article: int, key: int) -> set[int]:
        """Of several people a one-word name may stand for (the story's Tan Weiming and Tan Li), those the article
        names up to the sentence ``key``: where that is one, "Tan" is them. Where it names two ("Tan Weiming and his
        sister Tan Li"; a leader and his late father), which one "Tan" is, the name alone does not tell."""
        return {i for i in owners if self._articles_naming(i).get(article, key + 1) <= key}

    def _note_named_back(self, statements: list[Statement]) -> None:
        """The sources naming a body again by its kind alone ("the council said", ``BODY_KINDS_NAMED_BACK``) name
        it, where it is the story's one body of that kind: a wire names "Lessby City Council" once, and the
        other reports say "the council" and "councillors"."""
        kinds: dict[str, list[Person]] = defaultdict(list)
        for p in self.people:
            last = p.name.rsplit(None, 1)[-1].casefold() if p.organisation and " " in p.name else ""
            if last in BODY_KINDS_NAMED_BACK:
                kinds[last].append(p)
        named = {kind: found[0] for kind, found in kinds.items() if len(found) == 1}
        if not named:
            return  # most stories: no body of such a kind
        for st in statements:
            for kind, p in named.items():
                if kind in st.text and st.source not in p.sources and _named_back(kind).search(st.text):
                    p.sources.add(st.source)

    def _note_titles(self, titles: list[str]) -> None:
        """Someone a headline names is central to the story, role or not. A headline in title case
        capitalises every word, so names there are also found by the spellings the articles use."""
        by_spelling = {s: i for i, p in enumerate(self.people) if p.sources for s in p.spellings}
        # Split once, not once per headline, and filed by last word: a headline is asked only about the
        # spellings that end in one of its words.
        by_last: dict[str, list[tuple[list[str], str, int]]] = defaultdict(list)
        for s, i in by_spelling.items():
            parts = s.split()
            by_last[parts[-1]].append((parts, s, i))
        for title in titles:
            named: set[int] = set()
            for name in self.lexicon.names(title):
                index = self.resolve(name.text)
                if index is not None and self._headlined(index, name.text):
                    named.add(index)
            for word in {t.bare for t in tokens_of(title)}:
                for parts, spelling, index in by_last.get(word, ()):
                    if _words_in(parts, title) and self._headlined(index, spelling):
                        named.add(index)
            for index in named:
                self.people[index].in_title += 1

    def _headlined(self, index: int, text: str) -> bool:
        """A one-word name that elsewhere only qualifies others ("Danish" of "Danish ... Authority") is not
        headlined by standing in a title, unless it is a body of that one name that speaks ("Acme said"): a
        surname resolving to a longer name ("Ashford" to "Grand Hotel Ashford") is not enough."""
        person = self.people[index]
        return len(text.split()) > 1 or name_key(text) not in self._modifiers or (person.single and person.speaks > 0)

    def _merge_short_forms(self) -> None:
        """An acronym ("IHRA") or the last words of one body's name ("Harbour Rescue") stand for that body
        ("International Alliance of the Harbour Rescue") and become its aliases, when exactly one body fits. A body's
        own name is such a short form only of the same name given its union of states (``UNIONS``): "Security
        Council" of "UN Security Council"; never of "National Security Council", another body, nor of "Chinese Foreign
        Ministry", as a bare "Foreign Ministry" may be any country's."""
        bodies = [(i, p) for i, p in enumerate(self.people) if p.sources and len(p.name.split()) > 1
                  and (p.organisation or is_outlet_name(p.name))]
        # The bodies' spellings filed by their initials and by each of their last words ("Harbour Rescue",
        # "Rescue"): a short form is looked up, not compared with every spelling of every body.
        by_initials: dict[str, set[int]] = defaultdict(set)
        by_tail: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, body in bodies:
            for spelling in body.spellings:
                by_initials[initials(spelling)].add(i)
                key = name_key(spelling)
                for at, c in enumerate(key):
                    if c == " ":
                        by_tail[key[at + 1:]].append((i, spelling))

        moved: dict[int, int] = {}
        for index, person in enumerate(self.people):
            if not person.sources or (person.speaks and not person.organisation and not person.single
                                      and not _is_place(person.name)):
                continue  # a person speaking is no body's short form; a country speaking may be ("South Africa said")
            name = person.name
            if person.single and _ACRONYM.fullmatch(name) and not is_country(name):
                # "US" is a country, never the initials of a "University of Sydney" in the same story.
                fits = set(by_initials.get(name, ()))
            elif person.single and name_is_small_word_acronym(name):
                # "TfL" of "Transport for London": every word's initial as written, the small word's too ("MiG" is no
                # "Marlow Group").
                fits = {i for i, body in bodies if any("".join(w[0] for w in spelling.split()) == name
                                                       for spelling in body.spellings)}
            elif not person.organisation and len(name.split()) > 1:
                # A place ending a body's name is where the body is, not its short form ("South Africa" of the "Food
                # Workers Union of South Africa"), but for the state itself ("the Government of Costa Rica").
                place = _is_place(name)
                fits = {i for i, spelling in by_tail.get(name_key(name), ())
                        if spelling != name and (not place or _names_the_state(spelling, name))}
            elif person.organisation and not person.affiliations and len(words := name.split()) > 1:
                unions = {i: union for i, spelling in by_tail.get(name_key(name), ())
                          if spelling != name and (union := _union_of(spelling.split()[:-len(words)]))}
                unions.pop(index, None)
                if len(set(unions.values())) != 1:
                    continue  # no union's body of that name, or two unions' ("UN" and "EU")
                # "UN Security Council", "U.N. Security Council", "United Nations Security Council": one body written
                # three ways, which its short form stands for too.
                into = max(unions, key=lambda i: len(self.people[i].sources))
                for other in unions:
                    if other != into and other not in moved:
                        moved[other] = into
                fits = {into}
            else:
                continue
            fits.discard(index)
            if len(fits) == 1:
                moved[index] = next(iter(fits))
        for index, into in moved.items():
            self.people[into].take_spellings(self.people[index])
        self._fold(moved)

    def _merge_long_names(self) -> None:
        """ "Dunmore Ada Lenz" (from "Mayor of Dunmore Ada Lenz") is "Ada Lenz" when that name stands
        on its own elsewhere: three-word names fold into their last two words; a name of four words or more
        into its words but the last, a second family name ("Ana Maria Ruiz Lopez" is "Ana Maria Ruiz")."""
        moved: dict[int, int] = {}
        for index, person in enumerate(self.people):
            words = person.name.split()
            if person.organisation or len(words) < 3:
                continue
            tail = self._by_key.get(name_key(" ".join(words[-2:])))
            if (tail is None or tail == index) and len(words) > 3:
                # "Luis Guillermo Solis Rivera" is "Luis Guillermo Solis" with a second family name: a spelling.
                tail = self._by_key.get(name_key(" ".join(words[:-1])))
                if tail is not None and tail != index and tail not in moved:
                    self.people[tail].take_spellings(person)
            if tail is None or tail == index or tail in moved:
                continue
            moved[index] = tail
        self._fold(moved)
        for index, into in moved.items():
            words = self.people[index].name.split()
            if len(words) == 3:
                # "Dunmore" alone, joined to "Dunmore Ada Lenz" as its first word, is the place, not Ada Lenz.
                self.people[into].short_forms.discard(words[0])

    def _merge_bodies_read_without_their_first_word(self) -> None:
        """A body whose name opens with a quantifier or an ordinal ("All Nippon Airways", "First Republic Bank":
        ``NAME_OPENING_QUANTIFIERS``) is read whole only mid-sentence; opening a sentence ("All Nippon Airways said")
        it is read without that word. Where both readings are bodies of the story, the short one is the long one."""
        moved: dict[int, int] = {}
        for index, person in enumerate(self.people):
            first, _, rest = person.name.partition(" ")
            if not person.organisation or first.casefold() not in NAME_OPENING_QUANTIFIERS or " " not in rest:
                continue
            short = self._by_key.get(name_key(rest))
            if short is not None and short != index and self.people[short].organisation and short not in moved \
                    and index not in moved and self._only_after_an_opening_quantifier(short):
                moved[short] = index
        self._fold(moved)

    def _only_after_an_opening_quantifier(self, index: int) -> bool:
        """Every mention of ``index`` follows a quantifier opening its sentence or a clause, or after an owner ("First
        Citizens Bank said", "..., All Nippon Airways said", "Hanson's One Nation Party"), where the name read leaves
        the quantifier out: the body may be the longer one. Named anywhere else ("Citizens Bank said", "sold by
        Citizens Bank"), it is a body of its own."""
        for key, found in self.names_by_statement.items():
            for name, actor in found:
                if actor == index:
                    toks = self.tokens_by_statement[key]
                    if name.first == 0 or toks[name.first - 1].text.casefold() not in NAME_OPENING_QUANTIFIERS \
                            or (name.first >= 2 and toks[name.first - 2].word and not toks[name.first - 2].possessive):
                        return False
        return True

    def _merge_singles_written_as_short_forms(self) -> None:
        """A one-word name met alone where no article named a longer one ("Goldman said" in an article that never
        writes "Goldman Sachs") is the one longer name other articles write it for: "Goldman" is "Goldman Sachs"
        where the story's articles naming Goldman Sachs also call it "Goldman". Not where fewer sources write the
        longer name than the one word alone: "Acme" is the company, "Acme Phone" a thing of it one article also
        calls "Acme"."""
        owners: dict[str, set[int]] = defaultdict(set)
        for index, person in enumerate(self.people):
            if person.sources and " " in person.name:
                for form in person.short_forms:
                    owners[form].add(index)
        moved = {index: into for index, person in enumerate(self.people)
                 if person.single and person.sources and len(found := owners.get(person.name, set())) == 1
                 and len(self._spelt_in(into := next(iter(found)))) >= len(person.sources)}
        for index, into in moved.items():
            longer = self.people[into]
            longer.take_spellings(self.people[index])  # "Goldman" is written so, alone
            if " " not in longer.name:
                longer.single = True  # named most often by the one word: a body of one name, as "Norway"
        self._fold(moved)

    def _spelt_in(self, index: int) -> set[str]:
        """The sources writing this person's name in full (one of its spellings), not only a short form of it."""
        return set().union(*self.people[index].spelling_sources.values())

    def _merge_country_spellings(self) -> None:
        """ "the US" and "the United States", "South Korea" and "the Republic of Korea", "North Korea" and "the
        Democratic People's Republic of Korea": one country, however the sources spell it (the gazetteer's spellings,
        ``country_name``), kept under its common name where the articles write it, else the spelling they use most."""
        spellings: dict[str, list[int]] = defaultdict(list)
        for index, person in enumerate(self.people):
            # Any of its spellings: "DPRK" has taken "the Democratic People's Republic of Korea" in as its long form.
            common = next(filter(None, map(country_name, person.spellings)), None) if person.sources else None
            if common is not None:
                spellings[common].append(index)
                # "Israel" resolved to "the State of Israel" as its last word: the common name is a spelling of it.
                person.spellings.update(short for short in person.short_forms if fold(short) == common)
        moved: dict[int, int] = {}
        for indexes in spellings.values():
            if len(indexes) > 1:
                into = max(indexes, key=lambda i: (fold(self.people[i].name) in spellings, self.people[i].mentions,
                                                   len(self.people[i].sources), -i))
                moved.update((i, into) for i in indexes if i != into)
        self._fold(moved)

    def _merge_bodies_of_countries(self) -> None:
        """ "The Israeli army said" is the acting country when the articles have that country act too: the
        body folds into it ("Israel"); a body of a place that does not act ("Dunmore police") stays."""
        countries = {fold(p.name)[:_STEM]: i for i, p in enumerate(self.people)
                     if p.single and p.acting and is_country(p.name)}
        moved = {index: countries[stem] for index, place in self._place_bodies.items()
                 if (stem := fold(place)[:_STEM]) in countries and countries[stem] != index}
        # A ministry named by its field alone, of one acting country and no other ("China's Foreign Ministry said"):
        # the country. Not a parliament, a court, a party or a central bank ("Kenya's National Assembly"), nor a
        # ministry two countries' articles share a name for.
        acting = {fold(p.name): i for i, p in enumerate(self.people) if p.single and p.acting and is_country(p.name)}
        for index, person in enumerate(self.people):
            words = person.name.casefold().split()
            if person.organisation and not person.single and len(person.affiliations) == 1 and index not in moved \
                    and len(words) == 2 and words[0] in TITLE_WORDS and words[1] == "ministry":
                country = acting.get(fold(next(iter(person.affiliations))))
                if country is not None and country != index:
                    moved[index] = country
        self._fold(moved)

    def _merge_ministries_named_back(self) -> None:
        """A ministry a person of the story owns ("Pelko's health ministry", Health Minister Dana Pelko's) is the one
        the story names without an owner ("the country's health ministry"). "the foreign ministry" stays no one's, even
        after an article named one with its owner: it may be another country's (the other side's denial, a ministry
        placed by a capital the gazetteer lacks)."""
        bare: dict[str, int] = {}
        ministers: dict[int, str] = {}
        for index, person in enumerate(self.people):
            words = person.name.split()
            if not person.organisation or len(words) < 2 or words[-1] != "ministry" or words[-2] not in MINISTRY_FIELDS:
                continue
            if len(words) == 2:
                bare[words[0]] = index
            elif self._names_a_person(" ".join(words[:-2]).removesuffix("'s")):
                ministers[index] = words[-2]
        self._fold({index: bare[field] for index, field in ministers.items() if field in bare})

    def _merge_place_bodies_named_in_full(self) -> None:
        """A place's body in lower case ("Slidell police said") is the one body of the story whose name is the same
        place and kind in capitals, alone or with a word of the force's own (``_FORCE_WORDS``: "the Slidell Police
        Department", "Lessby Police"): one force written two ways. Not a body named after the force ("Lessby Police
        Federation", "Lessby Police Foundation": a union, a charity), nor where two such bodies stand."""
        full: dict[str, list[int]] = defaultdict(list)
        for index, person in enumerate(self.people):
            words = person.name.split()
            if person.organisation and person.sources and len(words) in (2, 3) and words[1][:1].isupper() \
                    and (len(words) == 2 or words[2].casefold() in _FORCE_WORDS):
                full[f"{fold(words[0])} {fold(words[1])}"].append(index)
        moved: dict[int, int] = {}
        for index in self._place_bodies:
            words = self.people[index].name.split()
            if len(words) != 2 or not words[1].islower() or not self.people[index].sources:
                continue  # not one folded already ("the Norwegian army" into Norway)
            named = full.get(f"{fold(words[0])} {fold(words[1])}", [])
            if len(named) == 1 and named[0] != index:
                moved[index] = named[0]
        for index, into in moved.items():
            self.people[into].take_spellings(self.people[index])
        self._fold(moved)

    def _names_a_person(self, owner: str) -> bool:
        """``owner`` names a person of the cast ("Pelko" of "Minister Dana Pelko"), not a place or a body."""
        index = self.resolve(owner)
        return index is not None and not self.people[index].organisation and len(self.people[index].name.split()) > 1

    def _fold(self, moved: dict[int, int]) -> None:
        """Each person ``moved`` maps folds into the one it maps to: mentions, roles and sources go there,
        and every lookup by name or surname finds the one that remains."""
        for index, into in moved.items():
            person = self.people[index]
            self.people[into].absorb(person)
            person.mentions = person.in_title = 0
            person.roles.clear()
            person.speaks = 0
            person.sources.clear()
        if not moved:
            return
        for lookup in (self._by_key, self._first_words):
            for key, index in list(lookup.items()):
                lookup[key] = moved.get(index, index)
        self._stand_ins -= moved.keys()  # a stand-in folded into a name is that name, no longer a stand-in
        for bucket in self._by_surname.values():  # "Lindqvist" alone finds the name the long one folded into
            bucket[:] = list(dict.fromkeys(moved.get(index, index) for index in bucket))
        for found in self.names_by_statement.values():
            found[:] = [(name, moved.get(index, index)) for name, index in found]

    def _person_for(self, text: str, organisation: bool) -> int:
        key = name_key(text)
        found = self._by_key.get(key)
        if found is None:
            # The same name spaced or hyphenated otherwise: "Seo Min-jae" is "Seo Min Jae".
            found = self._by_compact.get(key.replace(" ", ""))
            if found is not None:
                self._by_key[key] = found
        if found is not None:
            return found
        if organisation:
            # "Acme Freight Inc" is "Acme Freight"; "Alliance for the Harbour Rescue", "Alliance of the Harbour Rescue".
            # Only a body is looked up by its body's key.
            body = body_key(text)
            if body in self._by_key:
                found = self._by_key[key] = self._by_key[body]
                return found
        else:
            last = family_key(text)
            articled = articled_family_name(text)
            for index in self._by_surname.get(last[:SURNAME_BUCKET], ()):
                other = self.people[index].name
                other_last = family_key(other)
                # A family name written with its article and one without are one only when the same ("Bashar Assad",
                # "Bashar al-Assad"): "Ali Hassan" is not "Ali al-Hassani".
                alike = other_last == last if articled_family_name(other) != articled \
                    else fuzz.ratio(last, other_last) >= 85
                if alike and _same_given_names(key, name_key(other)):
                    self._by_key[key] = index
                    return index
        self.people.append(Person(organisation=organisation))
        index = len(self.people) - 1
        self._by_key[key] = index
        self._by_compact.setdefault(key.replace(" ", ""), index)
        if organisation:
            self._by_key.setdefault(body, index)
        else:
            self._by_surname[last[:SURNAME_BUCKET]].append(index)
        return index

    def _record(self, index: int, st: Statement, toks: Sequence[Token], name: Name, *, full: bool = True) -> None:
        person = self.people[index]
        if not full:
            person.short_forms.add(name.text)
        else:
            person.spellings[name.text] += 1
            spelt_by = person.spelling_sources.get(name.text)
            if spelt_by is None:  # not ``setdefault``, which makes a set for every mention
                spelt_by = person.spelling_sources[name.text] = set()
            spelt_by.add(st.source)
        person.sources.add(st.source)
        person.mentions += 1
        person.first_seen = min(person.first_seen, st.key)
        person.statements.append(st.key)
        found = _mention_of(st.text, name)
        if found.honorific:
            person.honorific = True
        if found.as_thing and not found.acts:
            person.as_thing += 1  # "the Palace said" is a body acting, not a thing owned or placed
        if found.speaks:
            person.speaks += 1
            self.speaking.add((st.key, name))
        if found.subject:
            person.subject += 1
        if found.subject or found.speaks:
            person.acting_in.add(st.source)
        if name.first > 0 and toks[name.first - 1].text not in _OPENERS:  # "The Palace" too
            person.mid += 1
        if found.as_outlet:
            person.as_outlet += 1
        if found.placed:
            person.placed += 1
        if found.cited:
            person.cited += 1
        for role in found.roles:
            person.roles[self._owned(role, st.article, st.key)] += 1
        if found.affiliation:
            person.affiliations[found.affiliation] += 1

    def _nameless(self, text: str) -> bool:
        """No capital after the first word, and that word a common one: no name to look for, but a ministry in lower
        case ("The country's health ministry said ...") where the story names them so."""
        first, _, rest = text.partition(" ")
        return rest == rest.lower() and self.lexicon.common(first.strip("\"'\u201c\u2018(")) \
            and not ("ministry" in rest and self.lexicon.lower_case_ministries)

    def _owned(self, role: str, article: int, key: int) -> str:
        """ "Its director" / "the agency's director" -> "director of <the organisation last named>"; "her cousin" ->
        "cousin"."""
        hit = OWNERS.first(role)
        if hit is None or hit.match is None:
            return role
        owned = hit.match.group("role")
        if hit.kind is RoleCue.PERSONAL_OWNER:
            # "his brother": whose, the reader of one line cannot tell; what, the role says. "His party's treasurer"
            # is the party treasurer.
            first, _, rest = owned.partition(" ")
            return f"{first[:-2]} {rest}" if rest and first.endswith(("'s", "\u2019s")) else owned
        org = self._last_org.get(article)
        if hit.kind is RoleCue.OWNER_PRONOUN:
            # "its" refers back one sentence at most; further back it is a guess.
            return f"{owned} of {org[1]}" if org and org[0] >= key - 1 else owned
        owner = hit.match.group("owner")
        if not all(unicodedata.category(c) == "Ll" for c in owner):
            return role  # "the Acme's ...": a name, not a lower-case noun, owns it
        if org and fold(org[1]).split()[-1] == fold(owner):
            return f"{owned} of {org[1]}"
        # The one body of that kind the article named, though another was named after it: "The Free Press Union joined
        # Human Rights Watch in calling for their release. ... said Mara Velin, the union's chair" is the union's.
        kind = {body for at, body in self._orgs_named.get(article, ())
                if at <= key and fold(body).split()[-1] == fold(owner)}
        if len(kind) == 1:  # of two unions the article named, whose it is the reader cannot tell
            return f"{owned} of {kind.pop()}"
        return role.split(None, 1)[1]

    def resolve(self, mention: str) -> int | None:
        """The actor a name or surname refers to, or None."""
        key = name_key(mention)
        if key in self._by_key:
            return self._by_key[key]
        last = family_key(mention) if key else ""
        if not last or (mention.isupper() and len(mention) <= _ACRONYM_LETTERS):
            return None  # "UN", "EU": a body's initials, never a family name ("Un" of "Kim Jong Un")
        best, score = None, 0.0
        articled = articled_family_name(mention)
        for index in self._by_surname.get(last[:SURNAME_BUCKET], []):
            name = self.people[index].name
            other = family_key(name)
            r = fuzz.ratio(last, other) if articled_family_name(name) == articled or other == last else 0.0
            if r >= 88 and r > score and not is_demonym(other):  # "African Americans" has no family name
                best, score = index, r
        return best

    def resolve_speaker(self, mention: str, article: int | None = None, key: int | None = None) -> int | None:
        """The actor a name next to a quote refers to: as ``resolve``, and a one-word mention the cast joined
        to the one longer name it opens ("Tan said" for "Tan Weiming", a family name written first).

        Given where the mention stands (``article``, sentence ``key``), a one-word name the cast met only where
        it could stand for several longer names ("Tan" in an article naming Tan Weiming and Tan Li) stands for
        the one that article has named by a longer name opening with it, if it named one: the story may hold
        several Tans, and one article's "Tan said" means the one it wrote of, a person the articles give a role.
        A one-word name also met alone ("Acme said" with no "Acme ..." in the article) is a name of its own, and
        stays one; so is a place ("London" of "London Fire Brigade" and "London Tramlink")."""
        found = self.resolve(mention)
        word = _first_word_key(mention)
        if found in self._stand_ins and article is not None and key is not None and not _place_or_people(mention):
            chosen = self._named_before(self._openers().get(word, set()), article, key)
            if len(chosen) == 1 and self.people[(one := next(iter(chosen)))].roles:
                return one
        return found if found is not None else self._first_words.get(word)

    def pronoun_of(self, index: int) -> str | None:
        """ "he" or "she", where the articles tell which a person is and all that tell agree; else None. Told by an
        honorific ("Ms. Ruiz"), a title or kin word ("spokeswoman Ana Ruiz", "his wife, Ana Ruiz") and the pronoun
        after the name and a verb ("Ruiz said she would appeal"). Worked out for every person at the first ask."""
        if self._pronouns is None:
            votes: dict[int, set[str]] = defaultdict(set)
            for key, found in self.names_by_statement.items():
                toks = self.tokens_by_statement.get(key)
                if toks is None:
                    continue
                for name, actor in found:
                    if not self.people[actor].organisation:
                        votes[actor].update(_pronouns_told(toks, name))
            for i, person in enumerate(self.people):
                for role in person.roles:
                    words = _role_head(role.casefold().split())
                    votes[i].update(_gender_of(words[-1]) if words else ())
            self._pronouns = {i: next(iter(v)) for i, v in votes.items() if len(v) == 1}
        return self._pronouns.get(index)

    def _openers(self) -> dict[str, set[int]]:
        """The people of the story filed by the first word of each of their longer spellings, made once asked."""
        if self._opening_words is None:
            self._opening_words = self._by_first_word(lambda person: bool(person.sources) and not person.organisation)
        return self._opening_words

    def _by_first_word(self, keep: Callable[[Person], bool], *, parts: bool = True) -> dict[str, set[int]]:
        """The people ``keep`` accepts, filed by the first word of each of their spellings of two words or more. A first
        word with an owner's mark is filed as written: "Producers" (a plural) is no short form of the "Producer's Guild
        of America", "McDonald's" is one of "McDonald's Corporation". Without ``parts``, not a body that is part of
        the one its first word names ("Likud" is no short form of the "Likud Central Committee": ``PART_BODY_ENDS``)."""
        found: dict[str, set[int]] = defaultdict(set)
        for index, person in enumerate(self.people):
            if keep(person):
                for spelling in person.spellings:
                    if " " in spelling and (parts or not person.organisation
                                            or spelling.rsplit(None, 1)[-1].casefold() not in PART_BODY_ENDS):
                        first = spelling.split()[0]
                        found[_first_word_key(first)].add(index)
        return found

    def _articles_naming(self, index: int) -> dict[int | None, int]:
        """The articles naming this person, each with the first sentence that does: found once per person (not
        once per mention)."""
        found = self._naming_articles.get(index)
        if found is None:
            found = self._naming_articles[index] = self._first_sentences(index)
        return found

    def _first_sentences(self, index: int) -> dict[int | None, int]:
        """Each article naming this person, with the first of its sentences that does."""
        found: dict[int | None, int] = {}
        for key in sorted(self.people[index].statements, reverse=True):
            found[self._article_of.get(key)] = key
        return found

    def is_outlet(self, person: Person) -> bool:
        return self._outlet_key(person.name)

    def _outlet_key(self, name: str) -> bool:
        found = self._outlet_names.get(name)
        if found is None:  # asked for each name again whenever the actors are ranked or a quote is attributed
            key = fold(name)
            # A word or a part of a source's outlet ("Guardian" of "guardian.co.uk"), but for a place or a people, which
            # names outlets without being one ("Qatar" of "Qatar News Agency", "China" of "chinadaily.com.cn").
            place = _place_or_people(name)
            found = self._outlet_names[name] = is_outlet_name(name) or any(
                key == o or (not place and (key in o.split(" ") or (len(key) > 3 and key in o))) for o in self._outlets)
        return found

    def relays(self, person: Person) -> bool:
        """An outlet that relays the story, unless the headlines make it part of the story."""
        return (self.is_outlet(person) or person.as_outlet > 0) and not person.in_title

    def not_an_actor(self, person: Person) -> str | None:
        """Why a name that looks like an actor is not one (an outlet, a people, a place), or None."""
        name = person.name
        words = name.split()
        if self.relays(person):
            return "an outlet that relays the story"
        if person.affiliations and not person.roles and not person.speaks and not person.organisation \
                and all(self._outlet_key(a) for a in person.affiliations):
            # "Harbor Radio's Ana Ruiz" presents the story, not in it; a body is no reporter ("Brevania's National
            # Council", where an outlet's name holds "brevania").
            return "a reporter of an outlet"
        # A people's noun ends a person's name as a family name ("Lena Turk"), not a people's ("Bosnian Serbs").
        surname = len(words) > 1 and is_demonym_noun(words[-1]) and not is_demonym(words[0])
        # "Bosnian Serbs"; a faith's or community's word alone ("Islamic", "Latinos"), not "Voto Latino", "Ana Latina".
        people = is_demonym(words[-1]) or (len(words) == 1 and is_community(name))
        # A city's or a place's name before a people's word, acting or headlined, names a team or a group: "the
        # Cleveland Indians won", "Cubs defeat Cleveland Indians"; not "Bosnian Serbs", a people's adjective before it.
        team = people and len(words) > 1 and not is_demonym(words[0]) \
            and (person.subject >= 2 or person.in_title > 0)
        if (people and not surname and not team) \
                or (len(words) == 2 and not person.organisation and is_demonym(words[0]) and not person.speaks):
            return "a people or an adjective, not a name"
        if names_a_region(person) or (len(words) == 1 and is_capital(name)):
            return "a place"
        if fold(name) in HOLIDAYS:
            return "a holiday"  # "Last Thanksgiving, she wrote": a time, never who speaks
        if len(words) == 2 and not (person.speaks or person.subject or person.roles) \
                and (words[0].casefold() in FEATURE_OPENERS or words[1].casefold() in FEATURE_ENDS):
            # "the flower farms around Lake Naivasha"; not "Silver Lake agreed to buy", "River Island will close".
            return "a natural feature"
        if len(words) > 1 and words[-1].casefold() in _TIERS and words[-2].casefold() in _TIER_RANKS \
                and not (person.speaks or person.subject):
            return "a competition's tier"  # "relegated from the Premier Division", "promoted to the Second Division"
        if len(words) > 1 and _venue(words) and not (person.speaks or person.roles or person.in_title
                                                      or person.subject > 1) \
                and (len(words) > 2 or person.placed or person.as_thing):
            # "bottled water at Kelling Leisure Centre"; not "Great Ormond Street Hospital cancelled 200 operations"
            # (in a headline, the subject of its clauses), nor "the National Cyber Security Centre".
            return "a place: a building or grounds where something happens"
        return None

    def ranked(self) -> list[int]:
        """Indices of acting people, organisations and governments, most central first."""
        if self._ranked is None:
            eligible = [i for i, p in enumerate(self.people)
                        if (p.acting or self._widely_named(p)) and self.not_an_actor(p) is None]
            several = len(self._source_rank) > 1
            # One-word names come after people and named organisations unless the story is about them (a
            # headline names them and they act or speak), the articles say what body they are ("cybersecurity
            # firm Orrel"), or it is a body's acronym acting in two sources or more ("ORSA said"): the rest
            # fill what room is left.
            self._ranked = sorted(eligible, key=lambda i: (self._ranks_with_names(self.people[i]),
                                                           self.people[i].centrality(several)), reverse=True)
        return list(self._ranked)

    def _ranks_with_names(self, person: Person) -> bool:
        """A one-word name ranks with full names where the story is about it, the articles say what body it is, or it
        acts in two sources or more as a body's acronym does ("ORSA said"), or speaks in two ("Kornmart said its
        stores would stop selling ...": a firm named by one word, which a vox pop of one source must not push out),
        read as a body (not a founder quoted, "As Halvorsen said, ..."), unless it is a place (the story writes its
        people: "Almaria" beside "Almarian")."""
        return not person.single or person.central or person.kind_of_body or (
            len(person.acting_in) >= 2 and not is_country(person.name)
            and (_ACRONYM.fullmatch(person.name) is not None or len(person.acting_in) >= WIDELY_ACTING
                 or (person.organisation and person.speaks >= 2 and not self.lexicon.has_its_people(person.name))))

    def _most_name(self, person: Person) -> bool:
        return len(person.sources) >= WIDELY_NAMED and 2 * len(person.sources) >= len(self._source_rank)

    def _widely_named(self, person: Person) -> bool:
        """An organisation most sources name is part of the story even where it is only acted upon
        ("the files obtained by the Harbor Consortium of Reporters"); one source or two are not enough."""
        return person.organisation and not person.single and self._most_name(person)

    def _order(self, ids: set[str]) -> list[str]:
        return sorted(ids, key=lambda s: (self._source_rank.get(s, len(self._source_rank)), s))

    def listed(self) -> list[int]:
        """The actors to list, most central first; an organisation already named in a listed person's role
        is left to that person."""
        if self._listed is None:
            ranked = self.ranked()
            roles = [fold(self.people[i].role or "") for i in ranked if not self.people[i].organisation]
            self._listed = []
            for i in ranked:
                p = self.people[i]
                # A body named in a person's role is left to that person, unless it acts itself, gives an account
                # of its own ("according to the National Police") or the articles say what body it is ("the American
                # Meteor Society, a nonprofit group of astronomers"): a body of its own in the story, not only where
                # the person works; not where every role naming it is a commentator's ("Tom Reyes, an analyst at
                # Grayline Research, an independent research firm, said"): the firm is only where the one who comments
                # works.
                naming = [r for r in roles if fold(p.name) in r]
                described = bool(p.roles) and not all(_a_commentators_role(r) for r in naming)
                if p.organisation and not (p.speaks or p.subject or p.in_title or p.cited or described) and naming:
                    continue
                if len(self._listed) >= MAX_ACTORS:
                    break
                self._listed.append(i)
        return list(self._listed)

    def actors(self, speaking: Iterable[int] = ()) -> list[Actor]:
        """The listed actors, then those of ``speaking`` (the speakers the story's reactions show) the list leaves out:
        whoever speaks in the story acts in it, though a wide story names more central people. So a story lists
        ``MAX_ACTORS`` and at most its reactions' speakers besides (``reactions.MAX_SPEAKERS``): making room for them
        by leaving out the least central actors lost actors the golds list who say nothing (the seeds' who recall fell
        from 1.00 to 0.88). Not one word naming no body ("Michelle", "Experts"): a first name or a word a reader cannot
        tell anyone by. A story naming few actors lists after them the groups and kin acting in it ("police",
        "rescuers", "boy's grandfather": ``bot.summary.unnamed``)."""
        listed = self.listed()
        actors = set(self.ranked())  # a report quoted ("the Lomax Report says ...") speaks but is no actor
        listed += [i for i in dict.fromkeys(speaking)
                   if i in actors and i not in listed and self._named_enough(self.people[i])]
        # An alias that is another listed actor's name is that actor's: "Google" of "Google Pixel" beside Google.
        names = {fold(self.people[i].name): i for i in listed}
        out = []
        for i in listed:
            p = self.people[i]
            aliases = [a for a in p.aliases if names.get(fold(a), i) == i]
            out.append(Actor(name=p.shown, role=self._role_of(i), aliases=aliases, sources=self._order(p.sources)))
        return out + unnamed_actors(self._statements, self.tokens_by_statement, out, self._order)

    def _named_enough(self, person: Person) -> bool:
        """An actor named well enough to list beside the others: a name of two words or more, a one-word name that
        ranks with them (``_ranks_with_names``), or a country speaking (one the story writes the people of: "Calvane"
        beside "Calvanian"); not a first name or a word standing for no one ("Michelle", "Experts")."""
        return not person.single or self._ranks_with_names(person) or is_country(person.name) \
            or self.lexicon.has_its_people(person.name)

    def _role_of(self, index: int) -> str | None:
        """The role of the actor at ``index``, unless it is a thing's and only another person's name: the owner of a
        thing ("Musk" of "Musk's Tesla Roadster", "David Bowie" of "David Bowie's Space Oddity") is not its role."""
        role = self.people[index].role
        if role is None:
            return None
        words = role.split()
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            return role
        other = self.resolve(role)
        actor = self.people[index]
        if other is None or other == index or actor.speaks or actor.honorific:
            return role  # a person "of Bloomberg" works there, whoever else bears the name
        person = self.people[other]
        name = person.name.split()
        # A person for certain: named by the surname alone somewhere ("Musk"), which bodies seldom are.
        named = not person.organisation and len(name) > 1 and not _is_place(person.name) and person.alone > 0 \
            and fold(role) in (fold(person.name), fold(name[-1]))
        return None if named else role


_ACRONYM = compiled_regex(r"\p{Lu}{2,6}")


_TIERS = frozenset({"division", "tier"})
_TIER_RANKS = frozenset({"premier", "first", "second", "third", "fourth", "top", "championship"})
"""A competition's tier is named by a rank and "Division" ("Premier Division", "Second Division"): where clubs play,
not who acts. A league is also the body running it ("the Premier League charged the club", "the National League
docked 12 points"), and "Criminal Investigation Division" is a body."""


def _venue(words: list[str]) -> bool:
    """A name ending like a building or grounds (``VENUE_ENDS``), or a centre of a kind that is a place."""
    last = words[-1].casefold()
    return last in VENUE_ENDS or (last in ("centre", "center") and words[-2].casefold() in VENUE_CENTRE_KINDS)


@cache
def _named_back(kind: str) -> re.Pattern[str]:
    """ "the council" as words of their own, the kind in lower case ("The council said" opens a sentence): not "the
    councillors", nor "the Council of Europe"."""
    return compiled(rf"\b[Tt]he {kind}\b(?![-\w])")


def _position(found: tuple[Name, int]) -> int:
    return found[0].first


def initials(name: str) -> str:
    """ "International Alliance of the Harbour Rescue" -> "IAHR": first letters of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _gender_of(word: str) -> tuple[str, ...]:
    """("she",) or ("he",) for a word that tells ("spokeswoman", "Mr", "ex-boyfriend"), () for one that does not."""
    word = word.casefold().removeprefix("ex-")
    return ("she",) if word in SHE_WORDS else ("he",) if word in HE_WORDS else ()


def _role_head(words: list[str]) -> list[str]:
    """A role's words before its first preposition: "widow of a policeman" is a widow."""
    return words[:next((k for k, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))]


def _told_by(toks: Sequence[Token], k: int) -> tuple[str, ...]:
    """The gender the word at ``k`` gives the name after it: not a pronoun ("told her Tom Reyes"), an honorific
    only with a capital, and not one of a couple ("Mr. and Mrs. Tom Reyes")."""
    text = toks[k].text
    low = text.casefold()
    if low in PERSONAL_PRONOUNS or (low in CAPITALISED_TITLES and not text[:1].isupper()):
        return ()
    j = k - 1
    if j >= 0 and toks[j].text == ".":
        j -= 1
    if j >= 1 and toks[j].text.casefold() in ("and", "&"):
        i = j - 2 if toks[j - 1].text == "." and j >= 2 else j - 1
        if _gender_of(toks[i].text):
            return ()  # "Mr. and Mrs. Tom Reyes", not "Mr. Grassley and Mr. Leahy"
    return _gender_of(text)


def _word_told(toks: Sequence[Token], name: Name) -> tuple[str, ...]:
    """The honorific or title word right before the name ("Mr. Reyes", "his wife Ana Ruiz")."""
    told: tuple[str, ...] = ()
    before = name.run_start - 1
    if before > 0 and toks[before].text == ".":
        before -= 1  # "Mr. Reyes"
    if before >= 0:
        told = _told_by(toks, before)
    if not told and name.first > name.run_start:
        told = _told_by(toks, name.first - 1)  # "Spokeswoman Ana Ruiz", a title inside the run
    return told


def _pronoun_after_verb(toks: Sequence[Token], name: Name) -> tuple[str, ...]:
    """ "Ruiz said she": the pronoun after the name and a verb of saying, where the name is the subject - not the
    object of a preposition ("a lawyer for Ana Ruiz said he") or an owner ("Ruiz's lawyer")."""
    if name.run_start > 0 and toks[name.run_start - 1].text.casefold() in ROLE_PREPOSITIONS:
        return ()
    k = name.last + 1
    if k + 1 < len(toks) and toks[k].text.casefold() in SPEECH_VERBS:
        after = toks[k + 1].text.casefold()
        if after in ("he", "she"):
            return (after,)
    return ()


def _pronouns_told(toks: Sequence[Token], name: Name) -> tuple[str, ...]:
    """What the words around one mention tell of the person (``_word_told`` and ``_pronoun_after_verb``)."""
    return (*_word_told(toks, name), *_pronoun_after_verb(toks, name))


def names_a_region(person: Person) -> bool:
    """``is_region`` of the person's name, but for a body's proper name opening with a compass word ("the Central
    Electoral Commission", "the Northern Ireland Office"; "South Korean authorities" is a place's body, the place's);
    a river's bank named by its side is a region ("the West Bank", "the South Bank"), the central bank not."""
    words = person.name.split()
    body = len(words) > 1 and person.organisation and not person.single and words[-1][:1].isupper() \
        and (words[-1].casefold() != "bank" or words[0].casefold() == "central")
    return not body and is_region(person.name)


@lru_cache(maxsize=4096)
def _place_or_people(word: str) -> bool:
    """A country, capital, region or people: no one's family name, and no longer name's short form."""
    return is_country(word) or is_capital(word) or is_region(word) or is_demonym(word)


def _described_after(tokens: Sequence[Token], name: Name) -> bool:
    """The name is presented right after it, as someone new: "Pak, a 29-year-old defector"."""
    k = name.last + 1
    return k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.casefold() in ("a", "an")


_ACRONYM_LETTERS = 2
"""A word in capitals this short is read as initials ("UN", "EU"), not as a family name in capitals: a transcript
writes longer ones so ("RUIZ: ...", "LEE: ...")."""


_STATE_WORDS = frozenset({"government", "republic", "kingdom", "state", "federation", "commonwealth", "principality",
                          "people's", "democratic", "federal", "islamic", "united", "of", "the"})
"""Words naming a state itself before its place ("Government of", "the Federal Democratic Republic of")."""


def _names_the_state(spelling: str, place: str) -> bool:
    """ "Government of Costa Rica", "Republic of South Africa": a body's name made of the place and words naming its
    state alone, which the place stands for."""
    words = spelling.casefold().split()[:-len(place.split())]
    return bool(words) and all(w in _STATE_WORDS for w in words)


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    """A country or region: it has no job or position ("relations with China, former Secretary of State Henry
    Kissinger, argued", "South Korean President Park" beside "South Korea" give none to the country)."""
    return is_country(name) or is_region(name)


@lru_cache(maxsize=4096)
def _spelling_weight(spelling: str) -> tuple[bool, bool, bool, bool]:
    """How a spelling ranks before counting its uses: a name over a people's adjective, then any over a state's long
    form ("China" over "People's Republic of China"), then spelt out, then a name over a place's body written in lower
    case ("Slidell Police Department" over "Slidell police"). Asked whenever a person's name is read, which is often;
    the answer depends on the spelling alone."""
    return not is_demonym(spelling), not state_long_form(spelling), _spelt_out(spelling), \
        not spelling.rsplit(None, 1)[-1].islower()


def _spelt_out(name: str) -> bool:
    """Not an acronym ("IAHR", "TfL") nor ending in a legal form ("Acme Inc"): the spelling a reader knows best."""
    words = name_key(name).split()
    return _ACRONYM.fullmatch(name) is None and not name_is_small_word_acronym(name) \
        and not (len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS)


@lru_cache(maxsize=4096)
def body_key(name: str) -> str:
    """The key of a body's name without its legal form or joining words: "Acme Freight Inc" and "Acme
    Freight", "Alliance of the Harbour Rescue" and "Alliance for the Harbour Rescue" share one. Cached: asked
    of every new spelling of a body, in every story naming it."""
    words = [w for w in name_key(name).split() if w not in _JOINING]
    while len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


_JOINING = frozenset({"of", "for", "the", "and", "&"})


def _same_first_name(a: str, b: str) -> bool:
    """ "aleksandr"/"alexander" are one first name; "anja"/"hanna" are not."""
    return a == b or (a[:1] == b[:1] and fuzz.ratio(a, b) >= 70)


def _same_given_names(a: str, b: str) -> bool:
    """Two keys of names with one family name open with one first name (``_same_first_name``), or with the same
    given names spaced otherwise: "Abdel-Fattah el-Sissi" and "Abdel Fattah al-Sisi" (keys fold the hyphen away)."""
    a_words, b_words = a.split(), b.split()
    return _same_first_name(a_words[0], b_words[0]) or "".join(a_words[:-1]) == "".join(b_words[:-1])


def _words_in(words: list[str], text: str) -> bool:
    """The words stand together in ``text`` as whole words ("Acme Bank" in "Acme Bank Fined", not in
    "Acme Banking"), apart by any white space. Matched by hand at each place the first word stands: a regex
    built for each name and headline costs a compilation each time."""
    at = text.find(words[0])
    while at >= 0:
        if at == 0 or not _LETTER_OR_DIGIT.match(text, at - 1):
            end = at + len(words[0])
            for word in words[1:]:
                gap = _SPACE.match(text, end)
                if gap is None or not text.startswith(word, gap.end()):
                    break
                end = gap.end() + len(word)
            else:
                if not _LETTER_OR_DIGIT.match(text, end):
                    return True
        at = text.find(words[0], at + 1)
    return False


_LETTER_OR_DIGIT = compiled_regex(r"[\p{L}\p{N}]")
_SPACE = compiled_regex(r"\s+")
