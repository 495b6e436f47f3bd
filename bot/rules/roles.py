"""What stands before or around a name and says who the person is: abbreviated titles, and the cues
the role finders of ``bot.summary.actors`` read.

The word lists (``LOCATIVES``, ``DANGLING``, ``MEDIUM_BEFORE``, ``CLAUSE_OPENERS``, ``NOT_A_VERB``,
``RELATIVES``) are
read token by token by the finders; the tables beside them state, with examples, what each list means in
running text, so a word added to a list is checked against the examples of its meaning.

Abbreviated titles ("Sen.", "Gov.", "Lt. Col.") are the news agencies' style for officials: the
abbreviation is a title, never a name ("Sen" is not a person), and the name after it belongs to the
person it titles. The list is the common English newsroom one (AP style and its British cousins).
"""

from __future__ import annotations

import enum

from bot.rules.table import RuleTable, rule
from bot.rules.words import word_set


class RoleCue(enum.Enum):
    TITLE_ABBREVIATION = "title abbreviation"
    OWNER_PRONOUN = "owner pronoun"
    PERSONAL_OWNER = "personal owner pronoun"
    OWNER_NOUN = "owner noun"
    LOCATIVE = "locative"
    DANGLING = "dangling role end"
    MEDIUM = "medium"
    SUBJECT = "subject of a clause"
    ITS_PEOPLE = "the people of a body acting as such"
    RELATIVE = "relative clause"
    NOUN_MODIFIER = "modifier inside a noun phrase"
    BODY_KIND = "kind of body"
    LEGAL_FORM = "legal form"
    AGE = "age"
    OCCUPATION = "occupation"


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# abbreviation (folded, no dot) -> the title it stands for, as a role: the role of each person named after it, so
# a plural's is singular ("Sens. Ana Ruiz and Tom Reyes": each a Senator)
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "Senator", "sens": "Senator", "rep": "Representative", "reps": "Representative",
    "gov": "Governor", "govs": "Governor", "lt": "Lieutenant", "gen": "General", "gens": "General",
    "col": "Colonel", "maj": "Major", "capt": "Captain", "cmdr": "Commander", "adm": "Admiral",
    "sgt": "Sergeant", "cpl": "Corporal", "pvt": "Private", "supt": "Superintendent", "insp": "Inspector",
    "det": "Detective", "atty": "Attorney", "amb": "Ambassador", "rev": "Reverend", "msgr": "Monsignor",
    "pres": "President", "cllr": "Councillor", "hon": "Honourable",
}

TITLES = RuleTable("roles.title-abbreviation", (
    rule("abbreviated-title", RoleCue.TITLE_ABBREVIATION,
         r"\b(?:" + "|".join(a.capitalize() for a in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))
         + r")\.\s+(?:[A-Z]\.\s*)?[A-Z][a-z]",
         flags=0,
         examples=("Sen. Ana Ruiz (D-Ore.) said the bill was dead.", "Lt. Gov. Tom Reyes spoke first.",
                   "Reps. Ada Moss and Lena Park voted no.", "Gen. J. Harlan Ode led the review."),
         counter=("The Senate voted 52-48.", "Mr. Reyes said no.", "The rep. office is closed.",
                  "Tickets cost $5 per rep. Next week prices rise.")),
))


DOTTED_TITLE_ABBREVIATIONS: dict[str, str] = {"del": "Delegate", "dels": "Delegate"}
"""Abbreviations that are titles only with their full stop: "Del. Ana Ruiz" is a delegate, "Del Rio" a name. The
word alone is no title, so they stand apart from ``TITLE_ABBREVIATIONS``, which names also read without a stop.
After a comma they are a US state as agencies write it ("Dover, Del."), no title."""


def title_abbreviation(word: str, before: str = "") -> str | None:
    """The title an abbreviation ("Sen", "Gov", "Del") stands for, or None: asked of a word a full stop follows;
    ``before`` is the token before it (a comma makes "Del." the state of "Dover, Del.")."""
    low = word.casefold()
    return TITLE_ABBREVIATIONS.get(low) or (DOTTED_TITLE_ABBREVIATIONS.get(low) if before != "," else None)


# "Its director", "the agency's director": a role whose owner is the organisation named before.
# The noun rule's owner must be all lower-case letters (``bot.summary.actors`` checks the letters' category).
OWNERS = RuleTable("roles.owner", (
    rule("owner-pronoun", RoleCue.OWNER_PRONOUN, r"^(?:[Ii]ts|[Tt]heir)\s+(?P<role>.+)$", flags=0,
         examples=("its director", "Their chief negotiator"),
         counter=("the agency's director", "director of the agency", "itself a director")),
    rule("owner-person", RoleCue.PERSONAL_OWNER, r"^(?:[Hh]is|[Hh]er)\s+(?P<role>.+)$", flags=0,
         examples=("her cousin", "His longtime lawyer"),
         counter=("Hershey's chief", "history teacher", "the heir's lawyer")),
    rule("owner-noun", RoleCue.OWNER_NOUN, r"^[Tt]he\s+(?P<owner>[^\W\d_]+)['\u2019]s\s+(?P<role>.+)$", flags=0,
         examples=("the agency's director", "The union\u2019s lead negotiator"),
         counter=("its director", "the agency director", "a board's chair")),
))

# A single capitalised word after these is a place ("in Norway"), never a person's surname.
LOCATIVES = word_set("in from at across outside inside near into throughout within")

LOCATIVE_CUES = RuleTable("roles.locative", (
    rule("locative-before-place", RoleCue.LOCATIVE, r"\b(?:" + _alternatives(LOCATIVES) + r")\s+[A-Z][a-z]+\b",
         flags=0,
         examples=("the talks in Brenholt ended", "she flew back from Ostrana", "riots across Dunlake"),
         counter=("Brenholt said", "Ada Lenz of the port authority", "talks with Brenholt")),
))

# Words a role phrase never ends on: "Mayor of" lost its place to the name after it.
DANGLING = frozenset({"of", "for", "at", "in", "on", "the", "and", "to", "from", "with"})

DANGLING_CUES = RuleTable("roles.dangling", (
    rule("dangling-role-end", RoleCue.DANGLING, r"\b(?:" + _alternatives(DANGLING) + r")$",
         examples=("Mayor of", "head of security for the", "Minister for"),
         counter=("Mayor", "chair of the board", "Deputy Minister")),
))

# A name after these (and an article) is where the words appeared, not who spoke them.
MEDIUM_BEFORE = frozenset({"told", "to", "with", "by", "in"})

MEDIUM_CUES = RuleTable("roles.medium", (
    rule("medium-after-verb", RoleCue.MEDIUM,
         r"\b(?:" + _alternatives(MEDIUM_BEFORE) + r")\s+(?:(?:the|a|an)\s+)*[A-Z]", flags=0,
         examples=("she told the Lessby Courier", "in an interview with Harbor Radio",
                   "was first reported by Dunlake Post"),
         counter=("said the Lessby Courier", "Harbor Radio reported")),
))

# A name opens a clause after these; lower-case words after a name that do not make it the subject.
CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "but", "that", "when", "while", "as", "because", "after",
                            "before", "since", "if", "\u2014", "\u2013", "-"})
NOT_A_VERB = word_set("""
of for and or but in on at to from with by as the a an that who which whose where when while than like after
before into over under about against between during since
""")

SUBJECT_CUES = RuleTable("roles.subject", (
    rule("name-then-verb", RoleCue.SUBJECT,
         r"(?:^|(?:[,;:\u2014\u2013-]|\b(?:" + _alternatives(CLAUSE_OPENERS - {",", ";", ":", "\u2014", "\u2013", "-"})
         + r"))\s+)(?:the\s+)?(?:[A-Z][\w-]*\s+)+(?:and\s+(?:[A-Z][\w-]*\s+)+)?(?!(?:" + _alternatives(NOT_A_VERB)
         + r")\b)[a-z]+\b", flags=0,
         examples=("Brenholt announced new tariffs", "prices rose, and Acme Freight removed the fee",
                   "talks stalled when Ada Lenz walked out", "In May, the Lessby Council voted to close it",
                   "Marrow Bank and Tovey Savings banned the loans"),
         counter=("Brenholt and Ostrana", "the head of Acme Freight", "Ada Lenz of the port authority",
                  "officials met the Dale Port Authority")),
))

# A relative pronoun ends an appositive: "Ada Lenz, who took office in May, said" gives her no role.
RELATIVES = ("who", "whom", "which", "whose", "where", "when")

RELATIVE_CUES = RuleTable("roles.relative", (
    rule("relative-ends-appositive", RoleCue.RELATIVE, r",\s+(?:" + "|".join(RELATIVES) + r")\b",
         examples=("Ada Lenz, who took office in May, said", "Brenholt, where floods are common, voted",
                   "Ada Lenz, whom the jury chose in May, said"),
         counter=("Ada Lenz, the port director, said", "the director who took office")),
))

# "Tom Reyes, who heads the harbour board, said": a relative clause whose verb is what a holder of an office does
# says the office, as "head of the harbour board" would (verb -> the role's noun). Only the present, and founding:
# "who led the inquiry" did it once.
RELATIVE_ROLE_NOUNS: dict[str, str] = {
    "heads": "head", "chairs": "chair", "directs": "director", "manages": "manager", "owns": "owner",
    "founded": "founder", "co-founded": "co-founder",
}
"""Not "leads" ("leads the league with 12 goals", "leads a quiet life"), "commands" ("a loyal following"),
"represents" ("the family", "Norvania at the Olympics"): as often no office as one."""

RELATIVE_ROLE_CUES = RuleTable("roles.relative-role", (
    rule("office-in-relative", RoleCue.RELATIVE,
         r"^,\s+who\s+(?:also\s+|now\s+)?(?P<verb>" + _alternatives(frozenset(RELATIVE_ROLE_NOUNS))
         + r")\s+(?P<office>(?:the|a|an|his|her|their|its)\s+[^,;:\"\u201c\u201d()]{2,60}?"
           r"|[A-Z][^,;:\"\u201c\u201d()]{1,60}?)\s*(?:,|$)", flags=0,
         examples=(", who heads the Lessby harbour board,", ", who chairs the council's finance committee, said",
                   ", who founded Acme Freight in 1990,", ", who also manages the Lessby branch,"),
         counter=(", who led the inquiry,", ", who heads home on Monday, said", ", who said the board",
                  ", the head of the board,", ", who heads to Lessby,", ", who leads the league with 12 goals,")),
))

# A lower-case word in "-ing" or "-ed" right after an owner or an article stands in a noun phrase, so it
# qualifies the role after it ("Acme's marketing chief"); elsewhere it is a verb ("after meeting
# President Ana Ruiz") and the role starts after it.
NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})

NOUN_MODIFIER_CUES = RuleTable("roles.noun-modifier", (
    rule("owned-verbal-modifier", RoleCue.NOUN_MODIFIER,
         r"(?:\b(?:" + _alternatives(NOUN_PHRASE_OPENERS) + r")|\w['\u2019]s)\s+[a-z]+(?:ing|ed)$", flags=0,
         examples=("Acme's marketing", "the housing", "its engineering", "the embattled"),
         counter=("after meeting", "while visiting", "Acme said marketing", "including")),
    # "freight forwarding company", "bond trading chief": a singular noun and an "-ing" word make a compound
    # noun; after a plural, a function word or a verb the "-ing" word is a verb ("protesters chanting").
    rule("compound-noun-modifier", RoleCue.NOUN_MODIFIER, r"\b[a-z]*[a-rt-z]\s+[a-z]+ing$", flags=0,
         unless=r"\b(?:after|before|while|when|by|for|from|of|in|on|at|to|with|without|including|despite|since|as|"
                r"is|was|be|been|not|also|then|and|or|but|said|told|who|that|which)\s+[a-z]+ing$",
         # After "over", "about", "against", "into" or "between" the "-ing" word is as often a modifier ("the row over
         # housing minister Ana Ruiz") as a verb ("set about persuading President ..."): both read as a modifier.
         examples=("freight forwarding", "bond trading", "risk consulting", "over housing", "against planning"),
         counter=("protesters chanting", "after meeting", "was visiting", "said marketing", "Freight forwarding")),
))

# Kinds of organisation a descriptor names before or after a body's name ("freight forwarding company
# Lantrax", "Vessa Ortiz, a law firm in ..."): a body's role, as a job is a person's. Read only for
# bodies and one-word names, never to title a person ("company spokesman Tom Reyes" has his own role).
BODY_KINDS = word_set("""
company firm agency bureau group watchdog regulator charity lender insurer retailer carmaker automaker
chipmaker airline carrier broker operator manufacturer maker organisation organization utility
""")

BODY_KIND_CUES = RuleTable("roles.body-kind", (
    rule("kind-before-body", RoleCue.BODY_KIND,
         r"\b(?:" + _alternatives(BODY_KINDS) + r")\s+[A-Z][\w-]*$", flags=0,
         examples=("the freight forwarding company Lantrax", "engineering firm Orrel", "consumer watchdog Fairmark"),
         counter=("the company Lantrax hired", "Lantrax", "company spokesman Tom")),
    rule("kind-after-body", RoleCue.BODY_KIND,
         r"^[A-Z][\w-]*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:" + _alternatives(BODY_KINDS) + r")\b", flags=0,
         examples=("Orrel, an engineering firm hired by Lantrax", "Fairmark, the consumer watchdog"),
         counter=("Orrel, which hired a firm", "Orrel said the firm")),
))

# The name after "by" that follows a past participle is who did it: "a depot stocked by the Harbor Guild"
# has the Guild act, as "the Harbor Guild stocked a depot" would. Words of reporting ("reported by", "cited
# by") make the name a medium instead, a picture "taken by" someone a credit; a noun before "by" ("a report
# by") is no passive.
PASSIVE_AGENT_CUES = RuleTable("roles.passive-agent", (
    rule("participle-by-agent", RoleCue.SUBJECT,
         r"\b(?:[a-z]+(?:ed|en)|[a-z]+\s+(?:up|out))\s+by\s+(?:the\s+)?[A-Z]", flags=0,
         unless=r"\b(?:reported|cited|quoted|published|broadcast|aired|written|photographed|obtained|seen|read)\s+by|"
                r"\b(?:photo|picture|image|video|footage)s?\s+(?:[a-z]+\s+)?(?:taken|filmed|shot|captured|provided|"
                r"supplied|posted|shared)\s+by",
         examples=("a depot stocked by the Harbor Guild", "the deal brokered by Ostrana",
                   "a camp set up by the Harbor Guild", "the hostages were seized by Dunlake rebels"),
         counter=("first reported by the Lessby Courier", "a report by Ana Ruiz", "by Monday",
                  "a photo published by Harbor Radio", "a video filmed by Tom Reyes",
                  "a photo taken by Ana Ruiz")),
))

# Words that give a company's legal form or holding ("Acme Freight Inc", "Lantrax Group plc"): the
# same body as the name without them.
LEGAL_FORMS = word_set("""
inc incorporated ltd limited llc llp plc corp corporation co sa ag nv gmbh spa bv group holdings
""")

LEGAL_FORM_CUES = RuleTable("roles.legal-form", (
    rule("legal-form-end", RoleCue.LEGAL_FORM,
         r"^[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)*\s+(?i:" + _alternatives(LEGAL_FORMS) + r")\.?$", flags=0,
         examples=("Acme Freight Inc", "Lantrax Group plc", "Vessa Holdings", "Orrel Corp."),
         counter=("Acme Freight", "Lantrax Freight Services", "the group")),
))

ITS_OWN_PEOPLE = word_set("""
members officials representatives executives leaders officers directors spokesmen spokeswomen spokespeople
""")
"""People named by a plural before "of", "at" or "for" whose body speaks and acts through them: "Members of the Lessby
Choir said", "Officials at the Harbor Board said"; not "Supporters of", "Lawyers for", "Employees of", who are not the
body (``bot.summary.actors``)."""
ITS_WORKERS = word_set("researchers scientists engineers investigators")
"""People whose work for a body is its act, not its word: "Researchers from the Lessby Institute have found"."""


def _either_case(words: frozenset[str]) -> str:
    """An alternation of ``words`` opening in either case ("[Mm]embers"), longest first."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(words, key=lambda w: (-len(w), w)))


# "a spokeswoman for Acme Foods", "a spokesman of the Harbor Board": the body named speaks through them, so it
# acts in the story as "Acme Foods said" would have it.
SPOKEN_FOR_CUES = RuleTable("roles.spoken-for", (
    rule("spokesperson-for-body", RoleCue.SUBJECT,
         r"\bspokes(?:man|woman|person|people|men|women)\s+(?:for|of)\s+(?:the\s+)?[A-Z]", flags=0,
         examples=("A spokeswoman for Acme Foods said", "a spokesman of the Harbor Board", "spokesperson for Lantrax"),
         counter=("spokeswoman Ana Ruiz said", "a spokesman said for years", "the head of Acme Foods")),
    # A body's own people acting as such: "Researchers from the Lessby Institute have found ...", "Officials at the
    # Harbor Board said ...". Not people who are not the body's: its supporters, critics, workers or customers; nor
    # experts from somewhere asked for comment ("Experts from Lessby University, who were not involved, said").
    rule("its-people-for-body", RoleCue.ITS_PEOPLE,
         rf"\b(?:{_either_case(ITS_OWN_PEOPLE | ITS_WORKERS)})\s+(?:from|at|of|for|with)\s+(?:the\s+)?[A-Z]",
         flags=0,
         examples=("Researchers from the Lessby Institute have found", "officials at the Harbor Board said",
                   "Scientists with Acme Labs reported"),
         counter=("Supporters of Acme protested", "workers at the Lessby plant", "critics of the Harbor Board",
                  "researchers from across the country", "Experts from Lessby University said")),
))

# "Ana Ruiz, 45, of Lessby": an age after a name marks a person the story is about (a victim, a suspect, a
# witness), as an honorific does; a number that is a figure or a date is not an age. Each rule opens with the
# comma right after the name: the cast asks the table only where one stands.
AGE_CUES = RuleTable("roles.age", (
    rule("age-appositive", RoleCue.AGE, r"^,\s+(?:[1-9]\d?|1[01]\d)\s*(?:[,.](?!\d)|\)|\band\b|$)", flags=0,
         examples=(", 62, of Lessby", ", 45, said", ", 7, and", ", 63", ", 52."),
         counter=(", 2017, said", " 45 said", ", 45 percent", ", 1,200 people", ", 2.5 percent")),
))

# Endings that make a word a trade, whatever the word: the ones a list of roles (``ROLE_HEADS``) cannot keep up with,
# as medicine and science name a new specialist for every field ("a Lessby cardiologist", "the lead oceanographer").
# Asked of one folded word at a time (``bot.summary.names.role_word``).
OCCUPATION_ENDINGS = RuleTable("roles.occupation-ending", (
    rule("specialist", RoleCue.OCCUPATION, r"^[a-z]{2,}(?:olog|iatr|ometr|scient|therap)ists?$", flags=0,
         examples=("cardiologist", "psychiatrist", "optometrist", "criminologists", "meteorologist", "neuroscientist",
                   "physiotherapist"),
         counter=("list", "biology", "logistics", "ologist", "assist", "scientific", "therapy")),
    rule("practitioner", RoleCue.OCCUPATION, r"^[a-z]{3,}icians?$", flags=0,
         examples=("politician", "pediatrician", "technician", "statisticians", "electrician"),
         counter=("physics", "clinical", "musical", "ician", "suspicion")),
    rule("icist", RoleCue.OCCUPATION, r"^[a-z]{3,}icists?$", flags=0,
         examples=("ethicist", "publicist", "lyricist", "classicists"),
         counter=("icist", "ethics", "publicity", "lyrical")),
    rule("chemist", RoleCue.OCCUPATION, r"^[a-z]{2,}chemists?$", flags=0,
         examples=("biochemist", "geochemists", "astrochemist"),
         counter=("chemistry", "biochemical", "alchemy")),
    rule("grapher", RoleCue.OCCUPATION, r"^[a-z]{2,}ographers?$", flags=0,
         examples=("oceanographer", "choreographer", "demographers", "videographer"),
         counter=("photograph", "geography", "graphic", "biographies")),
))
