"""Numbers that are not a source's claim about the story: dates, thresholds, comparisons, increments, ages, records.

A conflict sets one source's figure against another's, so only a figure that states how many of
something this event had may stand on either side. Each rule here is asked about one number of a
sentence, shown as the sentence with that number in white square brackets ("Ana Sorel, ⟦57⟧, was hurt."),
the first rule that matches says why the number is not a claim (``NOT_A_CLAIM.first``).

A dated record is no claim *about this event*, but two sources dating a figure by the same years ("$32.6
billion at the end of 2016", "$31.2 billion as of the end of 2016") give one quantity: the summary compares
those with each other (``record_years``), never with the event's own figures.
"""

from __future__ import annotations

import enum

from bot.rules.fragments import MONTH, WEEKDAY_NAMES, YEAR, any_of
from bot.rules.kept import compiled, compiled_regex
from bot.rules.table import Overlap, RuleTable, rule
from bot.rules.words import CALENDAR, NUMBER_WORDS

_CALENDAR = any_of(*sorted(CALENDAR, key=lambda w: (-len(w), w)))
# A word is whole when no letter, digit, apostrophe or hyphen touches it ("mid-March" is not "March").
_ALONE = r"(?<![\w'\u2019-])"
ABOARD = frozenset({"passengers", "crew", "occupants"})
"""Words for all aboard, of whom a toll or a part is taken ("20 of the 22 passengers")."""
_ALL_ABOARD = rf"(?:(?:people|persons)\s+(?:on\s+board|aboard|onboard)|{'|'.join(sorted(ABOARD))})"
_ABOARD = rf"(?:(?:about|some|nearly|almost)\s+)?[\d,]+\s+{_ALL_ABOARD}"
"""All aboard, of whom a toll is taken ("20 of the 22 people on board", "18 of the 21 passengers"): the whole, not the
measure. Not "5 of the 14 people killed", where the whole is the toll."""
_NUMBER_WORDS = "(?i:" + "|".join(w for w, n in NUMBER_WORDS.items() if n <= 50 and w != "dozen") + ")"
_COUNT_WORDS = rf"(?:{_NUMBER_WORDS}|(?i:dozens|hundreds|thousands|all|most|half))"
_END = r"(?![\w'\u2019-])"
WON = frozenset({"won", "wins", "win", "winning", "took", "takes", "taking", "secured", "securing", "captured",
                 "capturing", "gained", "claimed", "holds", "held", "holding", "controls", "controlled", "commands",
                 "retains", "retained", "occupies"})
"""Verbs of winning or holding before "N of the M" ("won 72 of the 180 seats", "holds 88 of the 150 seats"): the part
is the claim, the whole is the chamber's or the contest's size."""
_WON = rf"\b(?:{'|'.join(sorted(WON))})\s+"
_AGE = compiled_regex(r"\p{Lu}[\p{L}'\u2019.-]+,\s*⟦[^⟧]+⟧(?:-\p{L}+)?,")
_HISTORY = compiled_regex(rf"(?<![\d,.]){YEAR}(?:s|\b)(?![\d,])"
                          r"|(?<!\bthan )(?<!\bfrom )(?<!\bsince )\b[Ll]ast year\b(?![\u2019']s)"
                          r"|^[Ll]ast year[\u2019']s\b"
                          r"|\b(?:[Aa]|one|two|three|four|five|\d+) years? ago\b")
"""A year or decade, or a year named from now ("last year", "two years ago"): what dates a figure of another
event ("the gunman ... on June 12 last year kills 49 people", "Last year's floods killed 49"). Not a comparison
with last year ("higher than last year's", "up from last year", "since last year", "double last year's toll"):
the figure is this event's."""
# What ends a clause: a comma that is not a thousands separator, a semicolon, a dash, a bracket, a colon.
SHORT_CLAUSE = 8
"""A clause shorter than this says too little on its own: the whole sentence stands for it."""
CLAUSE_BREAK = compiled_regex(r"(?<!\d),|,(?!\d{3})|[;\u2013\u2014():]")


CURRENCY_WORDS = {
    "dollars": "$", "euros": "€", "yen": "¥", "yuan": "yuan", "renminbi": "yuan", "rand": "R", "rupees": "₹",
    "naira": "₦", "shillings": "Sh", "francs": "francs", "pesos": "pesos", "reais": "R$", "roubles": "rubles",
    "rubles": "rubles", "lira": "lira", "riyals": "riyals", "dirhams": "dirhams", "won": "won",
    "crowns": "crowns", "kronor": "crowns", "kroner": "crowns", "koruna": "crowns", "zlotys": "zloty",
    "zloty": "zloty", "forints": "forints", "dinars": "dinars", "hryvnias": "hryvnias", "hryvnia": "hryvnias",
    "rupiah": "rupiah", "ringgit": "ringgit", "baht": "baht", "guilders": "guilders",
    "leva": "leva", "lei": "lei", "shekels": "shekels", "rials": "riyals", "taka": "taka", "cedis": "cedis",
    "crown": "crowns", "euro": "€", "dollar": "$",
}
"""A currency named after an amount, in lower case ("fined 4 million euros", "500 million won"), to the key of
``CURRENCY_MARKS``: "€4 million" and "4 million euros" are one currency. Not "pounds", which news after a number
mostly weighs ("lost 35 pounds", "a 9-pound baby"). "won", "yen", "rand" and the singulars "crown", "euro" and "dollar"
only after a scale ("500 million won", "a 460 million crown fine"; not "the 3 won", "a 100 yen coin", "a 10 euro note"),
and never before "zone" or "area" ("350 million euro zone citizens")."""
MONEY_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "mln": 1e6,
                "m": 1e6, "crore": 1e7, "lakh": 1e5}
"""Words scaling an amount ("$1.2bn", "Rs 2,000 crore": ten million rupees each)."""


_CURRENCY_NAMES = "|".join(sorted(CURRENCY_WORDS, key=lambda w: (-len(w), w)))
_IN_A_CURRENCY = rf"(?:(?:{'|'.join(MONEY_SCALES)})\s+)?(?:{_CURRENCY_NAMES})(?![\w-])"
"""An amount's scale and currency after its number: "4 million crowns", "300 euros"."""


_LIKENESS = compiled_regex(rf"{_ALONE}(?:equal to|equivalent (?:of|to)|the size of|the weight of)\s+"
                           r"(?:(?:roughly|about|around|some|nearly|almost|more than|over)\s+)?⟦")
_CURRENCY_AFTER = compiled_regex(rf"[^⟧]*⟧\s*{_IN_A_CURRENCY}")
_DIGIT = compiled_regex(r"\d")


def _likeness(marked: str) -> bool:
    """The marked number is what something is likened to ("equal to ⟦40⟧ swimming pools"), or an amount converted
    from one the sentence gave before it ("5 million crowns, the equivalent of ⟦200,000⟧ euros")."""
    found = _LIKENESS.search(marked)
    if found is None:
        return False
    return _CURRENCY_AFTER.match(marked, found.end()) is None or _DIGIT.search(marked, 0, found.start()) is not None


class NotAClaim(enum.Enum):
    YEAR = "a year"
    DATE = "a day of a date"
    THRESHOLD = "a threshold"
    COMPARISON = "a difference"
    PART = "a part or a multiple"
    INCREMENT = "an increment"
    AGE = "an age"
    NAME = "part of a name (a model, a route)"
    RECORD = "a dated record"


def mark(text: str, start: int, end: int) -> str:
    """``text`` with the number at ``start:end`` in square brackets: what the rules below are asked about."""
    return f"{text[:start]}\u27e6{text[start:end]}\u27e7{text[end:]}"


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding ``start:end``: between the nearest clause breaks."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in CLAUSE_BREAK.finditer(text, end)), len(text))
    return left, right


def record_years(marked: str) -> tuple[str, ...]:
    """The years and decades in the clause around the marked number (the sentence, if the clause is
    short): what a dated record or statistic is dated by ("at the end of 2016" -> ("2016",))."""
    start = marked.find("\u27e6")
    end = marked.find("\u27e7", start)
    if start < 0 or end < 0:
        return ()
    left, right = clause_around(marked, start, end + 1)
    if left > 0 and ((_WHEN_THEN.match(marked, left - 1) is not None
                      and (year := _YEAR_BEFORE.search(marked, 0, left)) is not None)
                     or (_GOING_ON.match(marked, left) is not None
                         and (year := _YEAR_WHEN_BEFORE.search(marked, 0, left)) is not None)):
        # "... echoes of 1987, when an earthquake killed 312 people": that year's event, told after it, even after a
        # record it compares with ("the worst since 2019, when six people were injured"), and going on in a
        # participle ("since 2010, when a sports hall gave way, killing three").
        return (year.group(1).casefold().rstrip("s"),)
    clause = marked[left:start] + marked[start + 1:end] + marked[end + 1:right]
    if len(clause.split()) < SHORT_CLAUSE:
        compared = _COMPARED.search(marked, end)  # "..., well above the 61.2% recorded at the 2019 election"
        clause = marked[:start] + marked[start + 1:end] + marked[end + 1:compared.start() if compared else None]
    elif (opening := _DATED_OPENING.fullmatch(marked, 0, left)) is not None:
        # "In 2017, nine people died when ...": the year dates the whole sentence.
        clause = f"{opening.group().rstrip(' ,')} {clause}"
    return tuple(sorted({m.group().casefold().rstrip("s").rstrip("\u2019'") for m in _HISTORY.finditer(clause)
                         if not _SUPERLATIVE_SINCE.search(clause, 0, m.start())}))


_COMPARED = compiled_regex(r"(?i)\b(?:(?:well|far|just|slightly|sharply)\s+)?(?:above|below|higher than|lower than|"
                           r"compared with|compared to|up from|down from|up on|down on)\s+(?:the\s+|a\s+)?[^\s]*\d")
"""A figure a short clause is compared with, after it: the years further on date that figure, not this one."""
_SUPERLATIVE_SINCE = compiled_regex(r"(?i)\b(?:\w+est|most|least|first|worst|best)\b(?:\s+[\w-]+){0,3}\s+since\s+$"
                                    r"|\b(?:last|not)\s+(?:been\s+)?seen\s+(?:since|in)\s+$")
"""A year after a record it compares with ("Turnout, at 61.8 per cent, was the highest since 2009", "a level last seen
in 1998"): the figure is this event's, not one of that year."""
_WHEN = r",\s+(?:when|in which)\b"
_WHEN_THEN = compiled_regex(rf"(?i){_WHEN}")
"""What opens that year's own event after it ("the worst since 2019, when six people were injured")."""
_YEAR_BEFORE = compiled_regex(rf"(?<![\d,.])({YEAR}s?),$")
"""A year ending the clause before another ("the worst since 2019,"), which a clause opening on "when" belongs to."""
_YEAR_WHEN_BEFORE = compiled_regex(rf"(?i)(?<![\d,.])({YEAR}s?){_WHEN}[^;:]*,$")
_GOING_ON = compiled_regex(r"\s*[a-z]+ing\b")
"""A clause going on in a participle after that year's "when" clause ("..., when a hall gave way, killing three"): still
that year's; not the sentence's own verb ("the worst since 1987, when 18 died, killed nine")."""


_DATED_OPENING = compiled_regex(rf"(?i)\W*(?:in|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\w*\s+)?"
                                rf"{YEAR}s?\s*,")
"""A sentence opening on its year ("In 2017, ...", "In March 2019, ..."): the year of the clause right after it, not of
one further on ("In 2019, inspectors rated the bridge unsafe, but ..., and 14 people died on Sunday")."""


def _dated_clause(marked: str) -> bool:
    return bool(record_years(marked))


def _age(marked: str) -> bool:
    return _AGE.search(marked) is not None


NOT_A_CLAIM: RuleTable[NotAClaim] = RuleTable("not a claim", (
    rule("year", NotAClaim.YEAR, rf"⟦{YEAR}⟧",
         examples=("The bridge opened in ⟦1998⟧ after years of delay.",),
         counter=("About ⟦250⟧ people were evacuated.", "It sold ⟦20001⟧ units.")),
    rule("day-after-month", NotAClaim.DATE, rf"{_ALONE}{_CALENDAR}\.?\s+⟦",
         examples=("The strike began on March ⟦3⟧ in the capital.", "Talks resume Jan. ⟦12⟧ in the city."),
         counter=("In March, ⟦40⟧ people were hurt.",)),
    rule("day-before-month", NotAClaim.DATE, rf"⟧(?:-|\s*){_CALENDAR}{_END}",
         examples=("The vote was held on ⟦14⟧ October.",),
         counter=("⟦14⟧ officers were suspended.",)),
    rule("threshold", NotAClaim.THRESHOLD, rf"(?<!\bmore )(?<!\bfewer )(?<!\bless ){_ALONE}than (?:[^\s⟦]+ )?⟦",
         examples=("No storm stronger than category ⟦2⟧ has reached the island.",
                   "Boats longer than ⟦12⟧ metres must wait."),
         counter=("The blast killed more than ⟦40⟧ people.", "Fewer than ⟦10⟧ shops opened.",
                  "Its more-than ⟦30⟧ stores closed.")),
    rule("difference", NotAClaim.COMPARISON, rf"⟧\s*(?:more|fewer|less){_END}",
         examples=("The count rose by ⟦16⟧ more overnight.", "⟦3⟧ fewer buses ran."),
         counter=("⟦16⟧ people died.",)),
    # A part of a group ("12 of those arrested", and the rest of a whole told after "of whom": "four of whom were
    # seriously injured and 16 who were walking wounded"), but not of all aboard given as a number: "⟦20⟧ of the 22
    # people on board died" counts the dead. "31 of whom drowned" may be the toll itself ("The boat carried 50 migrants,
    # 31 of whom drowned"), and a count after "of whom ... and" may be another quantity ("two of whom were children, and
    # 14 were injured").
    rule("part-or-multiple", NotAClaim.PART,
         rf"⟧\s*(?:times|of)\s+(?:than|them|which|those|these|the){_END}(?!\s+{_ABOARD})"
         r"|\bof whom\b[^⟦.;]{0,80}\band\s+⟦[^⟧]*⟧\s+who\b",
         unless=rf"{_WON}⟦[^⟧]*⟧\s*of\s+the\s+[\d,]+\s",
         examples=("⟦12⟧ of those arrested were released.", "Prices rose ⟦3⟧ times the usual rate.",
                   "⟦3⟧ of the 17 fires were in Veldonia.",
                   "It treated 20 people, four of whom were seriously injured and ⟦16⟧ who were walking wounded."),
         counter=("⟦20⟧ tonnes of copper ore were lost.", "⟦20⟧ of the 22 people on board died.",
                  "The party won ⟦72⟧ of the 180 seats.",
                  "It treated ⟦20⟧ people, four of whom were seriously injured.",
                  "The boat carried 50 migrants, ⟦31⟧ of whom drowned.",
                  "Six people died, two of whom were children, and ⟦14⟧ were injured.")),
    # "20 of the ⟦22⟧ people on board died": all aboard, of whom the count is taken, is the whole, not the toll; the
    # whole of anything else is its own count ("Three of the ⟦17⟧ fires were in Veldonia").
    rule("total-of", NotAClaim.PART,
         rf"(?:\d[\d,]*|{_COUNT_WORDS})\s+of\s+(?:the|its|all|all the)\s+(?:(?:about|some|nearly|almost)\s+)?"
         rf"⟦[^⟧]*⟧\s+{_ALL_ABOARD}",
         examples=("Twenty of the ⟦22⟧ people on board died.", "The crash killed 18 of the ⟦21⟧ passengers."),
         counter=("⟦20⟧ of the 22 people on board died.", "Two of them died, and ⟦22⟧ were hurt.",
                  "Three of the ⟦17⟧ fires were in Veldonia.", "Five of the ⟦14⟧ people killed were children.")),
    # What a party or a team won is a part of a whole the count of which is no news: "won 72 of the ⟦180⟧ seats" gives
    # the assembly's size, and the 72 won is the claim ("part-or-multiple" lets it be one).
    rule("whole-of-the-won", NotAClaim.PART, rf"{_WON}(?:[\d,]+|{_COUNT_WORDS})\s+of\s+the\s+⟦",
         needs=("of the ⟦",),
         examples=("The Shield won 72 of the ⟦180⟧ seats.", "Labour took 14 of the ⟦20⟧ council seats.",
                   "The coalition holds 88 of the ⟦150⟧ seats."),
         counter=("Three of the ⟦17⟧ fires were in Veldonia.", "The party won ⟦72⟧ of the 180 seats.")),
    # A part of what a holder has ("grounded 14 of its 22 jets", "lost 30 of his 42 hives") is the news; the whole is
    # the holder's stock.
    rule("whole-held", NotAClaim.PART, rf"(?:\d[\d,]*|{_NUMBER_WORDS})\s+of\s+(?:its|their|his|her)\s+⟦",
         needs=("of its ⟦", "of their ⟦", "of his ⟦", "of her ⟦"),
         examples=("Norvane Air grounded 14 of its ⟦22⟧ jets.", "He lost 30 of his ⟦42⟧ hives."),
         counter=("Norvane Air grounded ⟦14⟧ of its 22 jets.", "The firm cut jobs at all of its ⟦12⟧ plants.",
                  "The strike would involve most of its ⟦1.7⟧ million members.")),
    # What is needed is a threshold, not a count the story has: "A party needs ⟦121⟧ seats for a majority".
    rule("needed", NotAClaim.THRESHOLD,
         r"\bneed(?:s|ed)?\s+(?:the\s+|a\s+)?⟦|\bthe\s+⟦[^⟧]*⟧\s+(?:\w+\s+)?needed(?=\s*[.,;]|\s+(?:to|for|in|by|under)\b)",
         needs=("need",),
         examples=("A party needs ⟦121⟧ seats for a majority.", "No party has the ⟦76⟧ seats needed to govern.",
                   "It fell short of the ⟦91⟧ needed.", "It fell short of the ⟦60⟧ votes needed in the chamber."),
         counter=("The Shield won ⟦72⟧ seats and needs 19 more.", "⟦14⟧ people needed hospital treatment.",
                  "The ⟦17⟧ injured needed hospital treatment.")),
    # An amount given only in another currency is the amount ("demanded the equivalent of ⟦4⟧ million crowns"); after
    # the amount a sentence gives first, it is a conversion ("5 million crowns, the equivalent of ⟦200,000⟧ euros").
    rule("likeness", NotAClaim.COMPARISON, predicate=_likeness,
         examples=("The spill is equal to ⟦40⟧ swimming pools of oil.",
                   "The dam holds back water equivalent to roughly ⟦4.7⟧ million baths.",
                   "The fine of 5 million crowns, the equivalent of ⟦200,000⟧ euros, was upheld."),
         counter=("The flood killed ⟦9⟧ people, equal to last year's toll.",
                  "It demanded the equivalent of ⟦4⟧ million crowns in cryptocurrency.")),
    # A model's number after its name ("a Corvair 320 jet"); not an amount after a name it is paid by or to ("fined
    # Quillon Technologies 412 million crowns", "ordered to pay Reyl 4,500 florins"), nor a number in thousands.
    rule("designation", NotAClaim.NAME, r"(?<=[a-z0-9,] )[A-Z][A-Za-z]+ ⟦[^⟧]*⟧(?![\s-]*(?:million|billion|bn|mn|m)\b)",
         flags=0,
         unless=r"\b(?:pay|pays|paid|paying|hand|handed|give|gave|given|owe|owes|owed|award|awarded|offer|offered)\s+"
                r"[A-Z][A-Za-z]+ ⟦|⟦\d{1,3}(?:,\d{3})+⟧",
         examples=("The minister flew home on a Corvair ⟦320⟧ jet.", "The satellite rode a Vega ⟦5⟧ rocket.",
                   "The fleet has 30 Corvair ⟦320⟧ planes."),
         counter=("The storm killed ⟦40⟧ people.", "About ⟦40⟧ people died.",
                  "The regulator fined Quillon Technologies ⟦412⟧ million crowns.",
                  "He was ordered to pay Reyl ⟦4,500⟧ florins in compensation.",
                  "The star was told to hand Reyl ⟦500⟧ florins.")),
    rule("increment", NotAClaim.INCREMENT, rf"{_ALONE}(?:another|additional|a\s+further)\s+⟦",
         examples=("The blast killed ⟦12⟧ and injured another ⟦40⟧ people.", "A further ⟦7⟧ were missing."),
         counter=("The blast injured ⟦40⟧ people.",)),
    rule("age", NotAClaim.AGE, predicate=_age,
         examples=("Ana Sorel, ⟦57⟧, was among the injured.",),
         counter=("Among the injured, ⟦57⟧ were children.", "The injured, ⟦57⟧, were taken away.")),
    rule("dated-record", NotAClaim.RECORD, predicate=_dated_clause,
         examples=("⟦30⟧ were fined in 90 inspections between May 2011 and 2013.",
                   "The 1990s saw ⟦300⟧ such attacks.",
                   "A gunman opened fire in a Lessby club on June 12 last year and killed ⟦49⟧ people.",
                   "Last year's floods in Lessby killed ⟦49⟧ people.",
                   "In 2017, ⟦nine⟧ people died when a minibus left the road lower down, prompting new barriers.",
                   "The derailment is the most serious since 2019, when ⟦six⟧ people were injured on the loop.",
                   "It recalls 1987, when an earthquake in the same valleys killed ⟦312⟧ people and more.",
                   "It is the worst since 2010, when a hall roof gave way under snow, killing ⟦three⟧ people."),
         counter=("⟦20⟧ were injured in the crash on Monday.",
                  "The fire killed ⟦49⟧ people, a toll higher than last year's.",
                  "Officials said ⟦12⟧ people died, up from last year.",
                  "A flu outbreak has killed ⟦49⟧ people in Lessby since last year.",
                  "The quake killed ⟦49⟧ people, more than double last year's toll.",
                  "Turnout, at ⟦61.8⟧ per cent, was the highest since 2009.",
                  "The river reached ⟦5.8⟧ metres at the gauge, a level last seen in 1998.",
                  "⟦12⟧ people died, the highest toll since 2009, when 40 died in the old mine.",
                  "The storm, the worst since 1987, when 18 people died, killed ⟦9⟧ people.",
                  "It is the worst crash since 2011, when two trains collided; ⟦31⟧ people were hurt on Sunday.",
                  "Acme, founded in 1987, employs ⟦3,200⟧ people.",
                  "Turnout was ⟦68.4⟧%, well above the 61.2% recorded at the 2019 election.",
                  "Turnout was ⟦63.4⟧ per cent, well up on the 49 per cent who voted in 2019.")),
), Overlap.FIRST)


class Money(enum.Enum):
    """What an amount of money is the amount of: amounts of one kind in one story are one quantity."""

    DEAL = "deal value"
    CHARGE = "charge"
    EARNINGS = "earnings"
    FINE = "fine or settlement"
    COST = "cost"
    AID = "aid or funding"
    DEMAND = "ransom or demand"
    TAKEN = "sum stolen"


CURRENCY_MARKS = {
    "$": "$", "US$": "$", "USD": "$", "C$": "C$", "A$": "A$", "NZ$": "NZ$", "HK$": "HK$", "S$": "S$", "R$": "R$",
    "£": "£", "GBP": "£", "€": "€", "EUR": "€", "¥": "¥", "JPY": "¥", "CNY": "yuan", "₹": "₹", "Rs": "₹", "Rs.": "₹",
    "INR": "₹", "₦": "₦", "KSh": "KSh", "Ksh": "KSh", "Sh": "Sh", "CHF": "CHF", "ZAR": "R", "R": "R",
}
"""A currency as news writes it before an amount ("$4 million", "Rs 2,000 crore", "KSh 1.2 billion", "R14.2 billion"),
to the one key of that currency. Letters are a currency only right before a number; "R" (the rand) only before one
with a scale ("R500-million", not a road's "R12"), as ``bot.summary.conflicts`` reads it."""
# Asked about the words beside an amount ("an unsolicited $90 billion [offer] for its rival"): the rule
# matching nearest the amount names what it is the amount of.
MONEY_THINGS: RuleTable[Money] = RuleTable("money things", (
    rule("deal", Money.DEAL, r"\b(?:offers?|bids?|approach|proposals?|takeover|buyout|deals?|acquisition|merger|"
         r"purchase|transaction|valued|worth)\b",
         examples=("a hostile bid for the brewer", "the first takeover proposal",
                   "the merger, counting loans", "valued at"),
         counter=("the offering of shares", "dealers said")),
    rule("charge", Money.CHARGE, r"\b(?:charges?|write-?downs?|impairments?|hit)\b",
         examples=("a one-time charge against earnings",),
         counter=("he was charged with fraud",)),
    rule("earnings", Money.EARNINGS, r"\b(?:earnings|profits?|revenues?|income|sales|losses|loss)\b",
         examples=("quarterly profit rose", "revenue of"),
         counter=("the profitable unit",)),
    rule("fine", Money.FINE,
         r"\b(?:fines|fine (?:of|for|against)|fined|penalty|penalties|settlement|damages|compensation)\b",
         examples=("a record fine for the bank", "agreed a settlement"),
         counter=("the weather was fine",)),
    # Asked of the words after an amount, "fine" right after it is the fine ("a €4.5m fine"), as a fine's amount is
    # written; further on it may be the weather.
    rule("fine-after", Money.FINE, r"^\s?fines?\b",
         examples=(" fine for breaching the rules", " fine."),
         counter=("the weather was fine", " finest hour")),
    rule("cost", Money.COST, r"\b(?:costs?|budget|spending|price tag|bill)\b",
         examples=("the project's cost", "a price tag of"),
         counter=("the billboard",)),
    rule("aid", Money.AID, r"\b(?:aid|funding|loans?|grants?|bailout|relief)\b",
         examples=("emergency aid for the region",),
         counter=("the aide said",)),
    # What someone is said to have stolen, embezzled or laundered: one sum however many outlets tell it ("accused of
    # embezzling $410 million", "the theft of $460 million").
    rule("taken", Money.TAKEN,
         r"\b(?:embezzl\w*|stole|stolen|stealing|theft|misappropriat\w*|siphon\w*|looted|looting|laundered|"
         r"laundering|defraud\w*|swindl\w*)\b",
         examples=("accused of embezzling", "wanted for the theft of", "had stolen", "siphoned off"),
         counter=("stealth bombers", "a theftproof lock")),
    # What one side asks of another ("the gang is demanding 6 million crowns", "the demand put it at", "a ransom of"),
    # not a market's demand ("amid soaring demand", "demand for oil") nor a ransom paid ("paid a ransom of").
    rule("demand", Money.DEMAND,
         r"\b(?:demanded|demanding)\b|\b(?:the|a|its|their|his|her|ransom)\s+demands?\b(?!\s+for\b)"
         r"|(?<!\bpaid a )(?<!\bpaid the )(?<!\bpay a )(?<!\bpay the )\bransom\s+of\b",
         examples=("the gang is demanding a staggering", "it demanded the equivalent of",
                   "people who have seen the demand put it at", "a ransom demand of", "asked for a ransom of"),
         counter=("in high demand", "the demander", "demand for crude fell", "weak consumer demand",
                  "amid soaring demand", "paid a ransom of", "charging extortionate rates of")),
), Overlap.ALL)


class Share(enum.Enum):
    REST = "what is left of a total"


# Asked about one marked number, like NOT_A_CLAIM: a count of what remains ("197 remain in captivity",
# "the remaining 12 crew") is the rest of a total, another quantity than the total (more than 200 taken).
SHARES: RuleTable[Share] = RuleTable("share of a total", (
    rule("remaining", Share.REST,
         r"⟧(?:\s+[\w'\u2019-]+){0,3}?\s+(?:remain(?:s|ed)?|(?:are|were|is|was) still|still)\b"
         r"|\bremaining\s+(?:[\w-]+\s+)?⟦",
         examples=("The other ⟦197⟧ girls remain in captivity.", "Some ⟦40⟧ people are still missing.",
                   "The remaining ⟦12⟧ crew were rescued on Monday."),
         counter=("⟦40⟧ people were killed in the blast.",
                  "⟦12⟧ people died and the rest of the passengers remain in hospital.",
                  "⟦21⟧ girls were freed, officials said.")),
))


class Where(enum.Enum):
    FEATURE = "a named sea, river, range or other natural feature"


# A place given by its kind ("the Pacific Ocean", "the Red Sea", "the Rhine River"): two sources naming
# different ones of one kind for the same thing disagree about where it happened. Group 1 is the name,
# group 2 the kind; cities and countries stand in sentences for too many reasons to be compared this way.
_FEATURES = "Ocean|Sea|Gulf|Bay|Strait|River|Lake|Desert|Peninsula|Mountains"
PLACES: RuleTable[Where] = RuleTable("named places", (
    rule("feature", Where.FEATURE, rf"\b((?:[A-Z][\w'\u2019-]*\s+){{1,2}}?)({_FEATURES})\b", flags=0,
         examples=("The core landed on a drone ship in the Atlantic Ocean.", "The tanker sank in the Red Sea."),
         counter=("The ship sailed on Monday from the harbour.", "The ocean was calm, the sea was rough.")),
), Overlap.ALL)
PLACE_KIND = compiled(_FEATURES)
"""The kinds of place as every match of ``PLACES`` writes them: the table is case-sensitive, so a text not holding
one as written names no place. A caller asking about many texts searches for them first: the table's own
pre-check tests its words one by one in the folded text, where "sea" is in "research" and "bay" in "eBay"
(of the 1k summaries' 23,442 sentences it passes 1,385, this search 273; the same 235 match)."""



class Stage(enum.Enum):
    """A numbered stage of one event (its laps, its minutes): sources telling one moment of it name one
    stage, so two numbers for that moment are a disagreement about when it happened."""

    LAP = "lap"
    MINUTE = "minute"


# Group 1 or group 2 is the number of the stage, in digits (a sentence with none names no stage), written as an
# ordinal before its noun ("the 28th lap", "in the 63rd minute") or as a number after it ("on lap 28", "minute
# 63"). A length ("a 90-minute delay", "28 laps") names no stage, nor does a bound ("at the end of lap 19", "from
# lap 5 to lap 9"): the moment after the end of one lap is in the next.
_NOT_A_BOUND = "".join(f"(?<!{w} )(?<!{w} the )" for w in ("end of", "start of", "after", "before", "until",
                                                            "from", "since", "to"))
STAGES: RuleTable[Stage] = RuleTable("numbered stages", (
    rule("lap", Stage.LAP, rf"\b{_NOT_A_BOUND}(?:(\d+)(?:st|nd|rd|th)\s+lap|lap\s+(\d+))\b(?![.,]\d)",
         examples=("The race was stopped on the 31st lap.", "The leader pitted on lap 12 in heavy rain."),
         counter=("The race ran for 58 laps.", "She lapped 12 cars in the first hour.",
                  "Racing resumed at the end of lap 19.", "He led from lap 5 to lap 9.")),
    rule("minute", Stage.MINUTE, rf"\b{_NOT_A_BOUND}(?:(\d+)(?:st|nd|rd|th)\s+minute|minute\s+(\d+))\b(?![.,]\d)",
         examples=("Ana Sorel scored in the 63rd minute.", "The keeper was sent off in minute 40."),
         counter=("The match was held up by a 20-minute delay.", "He scored 12 minutes later.",
                  "The visitors held on until the 89th minute.")),
), Overlap.ALL)


class Tally(enum.Enum):
    VOTE = "vote"
    UNANIMOUS = "unanimous"


_TALLY_WORD = "|".join(w for w, n in NUMBER_WORDS.items() if n <= 12 and w != "dozen")
"""The small tallies a panel's split is written in: "split two to one"."""


# A vote's tally, "a" for and "b" against, right beside a word of voting or deciding: "voted 5-2", "by a 4-3 vote", "a
# 5-4 decision", "by 38 votes to 19". Not a body's make-up ("a 6-3 conservative majority"), a score ("won 3-1", "a 3-2
# aggregate decision"), a range ("aged 12 to 15", "a decision in 2-3 weeks") or a span of days.
TALLIES: RuleTable[Tally] = RuleTable("vote tallies", (
    rule("tally", Tally.VOTE,
         r"\bvot(?:ed|ing)\s+(?P<a>\d{1,3})\s*(?:-|\u2013|to)\s*(?P<b>\d{1,3})\b(?![.,]\d)(?!-year)"
         r"|(?<![\w.,])(?P<c>\d{1,3})\s*(?:-|\u2013)\s*(?P<d>\d{1,3})\s+(?:vote|decision|ruling|verdict)\b"
         r"|\bby\s+(?P<e>\d{1,3})\s+votes?\s+to\s+(?P<f>\d{1,3})\b"
         rf"|\b(?:panel|jury|judges|justices|bench|tribunal|court|commission|committee|board|cabinet|council|senate|"
         rf"assembly|parliament|members)\b[^.;]{{0,40}}?\b(?:was |were )?(?:split|divided)\s+"
         rf"(?P<g>\d{{1,2}}|{_TALLY_WORD})\s*(?:-|\u2013|to)\s*(?P<h>\d{{1,2}}|{_TALLY_WORD})\b(?![.,]\d)"
         rf"|\bvoted\s+(?P<m>{_TALLY_WORD})\s+to\s+(?P<n>{_TALLY_WORD})\b"
         r"|\b(?:ruled|ruling)\s+(?:by\s+)?(?P<o>\d{1,2})\s*(?:-|\u2013)\s*(?P<p>\d{1,2})\b(?![.,]\d)"
         r"(?=\s+(?:in favou?r|against|for|that|to)\b)"
         rf"|\bby\s+(?:an?\s+(?:(?:narrow|slim|knife-edge|wide|comfortable|clear|large|overwhelming)\s+)?)?"
         rf"(?P<q>{_TALLY_WORD})\s+(?:judges|votes|members)\s+to\s+(?P<r>{_TALLY_WORD})\b"
         rf"|\bmajority\s+(?:of|at)\s+(?P<s>\d{{1,2}}|{_TALLY_WORD})(?:\s+votes)?\s*(?:-|\u2013|to)\s*"
         rf"(?P<t>\d{{1,2}}|{_TALLY_WORD})\b(?![.,]\d)(?!\s*(?:per ?cent|percent|%|seats|points|-?years?))"
         r"|\b(?:bill|motion|law|act|ban|measure|amendment|resolution|budget|plan|proposal|reform|treaty|deal|appeal|"
         r"which)\s+(?:was\s+)?(?:passed|approved|adopted|rejected)\s+(?:by\s+)?(?P<i>\d{1,3})\s*(?:-|\u2013|to)\s*"
         r"(?P<j>\d{1,3})\b(?![.,]\d)"
         r"|(?<![\w.,])(?P<k>\d{1,3})\s+(?:votes?\s+)?(?:in favou?r|for)(?:\s*,|\s+(?:and|to|with))\s+"
         r"(?P<l>\d{1,3})\s+(?:votes?\s+)?against\b",
         examples=("The board voted 5-2 to cut the rate.", "The court ruled by a 4-3 vote.",
                   "The assembly passed the law on Thursday, voting 163 to 148 with nine abstentions.",
                   "It was a 5-4 decision.", "By 38 votes to 19, councillors backed the ban.",
                   "The three-member panel was split two to one.", "The bill passed 112 to 41.",
                   "The new law, which passed 112 to 41, starts in September.",
                   "The five-judge panel ruled 3-2 in favour of the authority.",
                   "The court blocked the merger, ruling by three judges to two.",
                   "MPs voted 108 in favour and 45 against, with six abstentions.",
                   "The Supreme Court's justices split 5-4 on the tariffs.", "The cabinet was divided 12 to 9.",
                   "The appeal, which was rejected 3-0, had cost the club dearly.",
                   "The court ruled by a knife-edge four votes to three that the policy was unlawful.",
                   "By a majority of five to two, the justices found the policy unlawful.",
                   "One member voted for a smaller rise, leaving the majority at six votes to one."),
         counter=("Lessby won 3-1 on Sunday.", "The vote was held in 2019-2020.", "The council will vote on 12 May.",
                  "The court, which has a 6-3 conservative majority, met.", "It was a 3-2 aggregate decision.",
                  "A decision is expected in 2-3 weeks.", "Ruiz was voted man of the match in the 2-1 win.",
                  "Rovers were defeated 2-1 by City.", "Revenue will be split 60-40 between the clubs.",
                  "The boat carried 40 to 50 people.", "Public opinion is split 50-50.",
                  "The ship, which carried 200 to 300 migrants, sank.", "The referee ruled 2-1 was the final score.",
                  "The party won a majority of 60 to 70 seats.", "A majority of 55 to 60 percent backed it.",
                  "A majority of 18 to 24-year-olds supported the ban.",
                  "The law gives those voting 16 to 17-year-olds a say.")),
    # A vote or a panel's decision taken with no one against: set against a tally with votes against, it is a
    # disagreement ("ruled unanimously" and "was split two to one").
    rule("unanimous", Tally.UNANIMOUS,
         r"\b(?:ruled|voted|decided|found)\s+unanimously\b"
         r"|\bunanimous(?:ly)?\s+(?:ruled|voted|decided|found|upheld|verdict|decision|ruling|vote)\b"
         r"|\bunanimous in (?:finding|ruling|deciding|rejecting|upholding|voting|its finding)\b"
         r"|\bunanimously (?:approved|rejected|passed|adopted)\b"
         r"|\b(?:jury|judges|panel|court|bench|tribunal|commission|justices)\s+(?:was|were)\s+unanimous\b",
         examples=("The panel ruled unanimously that she had doped.", "The tribunal was unanimous in finding her "
                   "guilty.", "The judges unanimously upheld the ban.", "It was a unanimous decision.",
                   "The Senate unanimously approved the bill.", "The jury was unanimous."),
         counter=("The plan won unanimous praise from residents.", "Critics were far from unanimous.",
                  "Critics were unanimous in their praise for the film.", "The response from fans was unanimous.",
                  "The club's board unanimously backed the deal.")),
), Overlap.FIRST)


class Term(enum.Enum):
    PRISON = "prison term"


_TERM_WORD = "|".join(w for w in NUMBER_WORDS if w not in ("dozen", "hundred"))
_TERM = rf"(?P<n>\d{{1,2}}|{_TERM_WORD})[\s-](?P<unit>years?|months?)"
_NOT_GIVEN = (r"\b(?:faces?|facing|(?:would|could|might) have faced|could (?:get|face|receive)|up to|maximum|sought|"
              r"seeks?|asked for|demanded"
              r"|spent|served|on appeal|overturned|quashed)\b"
              r"|\b(?:sentence|term)\b[^.;]{0,40}?\b(?:cut|reduced|increased|raised|extended)\b"
              r"|\b(?:cut|reduced|increased|raised|extended)\b[^.;]{0,30}?\b(?:sentence|term)\b")
"""Words telling a term no court gave now: the most one risks, what a prosecutor sought, time served before, a term
an appeal changed ("jailed for ten years in 2029, had his sentence cut to seven years")."""
# A prison term a court gave ("sentenced to eight years", "jailed for nine years", "an eight-year prison sentence",
# "eight years in prison"), its length in groups "n" and "unit". Not a term suspended, nor the most one risks or a
# prosecutor sought ("faces up to 10 years in prison"), nor time served before ("spent 12 years in prison").
PRISON_TERMS: RuleTable[Term] = RuleTable("prison terms", (
    rule("sentenced-to", Term.PRISON,
         rf"\b(?:sentenced|jailed|imprisoned|locked up)(?:\s+(?!(?:to|for)\b)[^\s,.;]+){{0,6}}?\s+(?:to|for)\s+"
         rf"(?:a\s+(?:total\s+of\s+)?)?{_TERM}\b"
         r"(?![\s-]+(?:suspended|of (?:probation|community))|\s+(?:on|of) probation)",
         unless=_NOT_GIVEN,
         examples=("A court sentenced the former minister to eight years in prison on Friday.",
                   "Former mayor Tomas Ruiz, who faced 20 years, was jailed for four years.",
                   "Ana Ruiz was jailed for nine years yesterday.",
                   "Tom Reyes was jailed for seven years for a fraud that raised 3.2 million crowns.",
                   "A man was jailed for nine years for a plot to cut power to the city."),
         counter=("He faces up to 10 years in prison if convicted.", "She was sentenced to two years suspended.",
                  "He was sentenced to three years of probation.")),
    rule("term-of", Term.PRISON, rf"\b{_TERM}\s+(?:(?:prison|jail)\s+(?:sentence|term)|sentence)\b",
         unless=_NOT_GIVEN,
         examples=("He was given an eight-year prison sentence.", "The judge handed down a nine-year sentence."),
         counter=("Prosecutors had sought a 12-year sentence.", "She received a two-year suspended sentence.",
                  "The bill replaces the five-year term of office with a seven-year term.",
                  "Holm, jailed for ten years in 2029, had his sentence cut to seven years on appeal.")),
    rule("in-prison", Term.PRISON, rf"\b{_TERM}\s+(?:in\s+(?:prison|jail)|behind bars)\b",
         unless=_NOT_GIVEN,
         examples=("The court gave him eight years in prison for the bribes.",),
         counter=("He faces up to 10 years in prison.", "She spent 12 years in jail before her release.",
                  "Before the law changed he would have faced 12 years in prison.")),
), Overlap.FIRST)


class Dated(enum.Enum):
    DEADLINE = "a day something runs to or from"


_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?"  # "from Monday 7 July", "starting on Tuesday, July 8"
# A day of a month after a word saying what it bounds or when it falls ("until 27 October", "by March 31", "from 1
# January 2026", "on Oct. 27"): the day one thing runs to, starts or happens, which two sources may give differently.
# A day alone ("on Monday"), a month alone ("in October") and a year alone give no day to compare.
DAYS_OF: RuleTable[Dated] = RuleTable("days of a month", (
    rule("day-month", Dated.DEADLINE,
         rf"\b(?P<word>until|till|by|from|on|since|before|after|through|starting|ending)\s+{_WEEKDAY}(?:the\s+)?"
         rf"{_DAY}(?:\s+of)?\s+{_MONTH}(?![\w-])",
         examples=("The airline will fly passengers home free of charge until 28 October.",
                   "Existing accounts must be closed by the 30th of June.",
                   "Water will be cut off at night from Monday 7 July."),
         counter=("The strike began in October.", "The flights stop on Monday.", "Until 28 flights leave")),
    rule("month-day", Dated.DEADLINE,
         rf"\b(?P<word>until|till|by|from|on|since|before|after|through|starting|ending)\s+{_WEEKDAY}{_MONTH}\s+{_DAY}"
         r"(?![\w:.,]\d)(?![\w-])",
         examples=("The authority will fly you home for free until October 27.", "Lenders must sign up by March 31.",
                   "Supply is switched off at night starting on Monday, July 7."),
         counter=("The fleet grew from March 2023.", "The rule applies from Jan 2024 onwards.",
                  "Sales fell by May 2,000 units.")),
), Overlap.ALL)


class Span(enum.Enum):
    LENGTH = "how long something lasts or has to be done"


# A length of time something lasts, runs or must be done in ("within 90 days", "a 30-day wind-down", "47 days in
# custody", "three months to comply"): one thing's length two sources may give differently. Not a time ago or after
# ("three days ago", "two weeks later"), an age ("a 31-year-old"), a prison term (``PRISON_TERMS``), a period counted
# back or ahead ("in the past 30 days", "the next two weeks"), nor a number's decimals ("2.5 days" is no five days).
# The end of a range ("3-5 days", "two or three weeks") is no one length either: the summary passes over it
# (``conflicts._RANGE_END``), as over a bound ("more than five days"). Hours and years are not read: a story gives
# many things' lengths in them (a 24-hour strike on Monday and a 48-hour one next week, 72 hours for the diplomats to
# leave and 48 for their families, a "24-hour helpline"; a player's "two-year stint" at one club and "three-year
# stretch" at another).
SPANS: RuleTable[Span] = RuleTable("spans of time", (
    rule("span", Span.LENGTH,
         rf"(?<!\blast )(?<!\bpast )(?<!\bnext )(?<!\bfirst )(?<!\bprevious )(?<!\bcoming )(?<![\d.:,])"
         rf"\b(?P<n>\d{{1,3}}|{_TERM_WORD})[\s-](?P<unit>days?|weeks?|months?)\b"
         r"(?![\s-](?:old|ago|later|earlier|before|after|in (?:prison|jail)|(?:prison |jail )?"
         r"(?:sentence|term)))",
         examples=("The company must rewrite its rules within 90 days.", "Banks get a 30-day wind-down period.",
                   "He spent 47 days in custody.", "It has three months to comply."),
         counter=("The ferry sank three days ago.", "Two weeks later, the port reopened.",
                  "A 31-year-old man was arrested.", "He was jailed for 18 months in prison.",
                  "Sales rose in the past 30 days.", "Talks resume in the next two weeks.",
                  "The hearing lasted 2.5 days.", "It took firefighters five hours to put out the fire.",
                  "He served as mayor for 12 years.")),
))


class Estimate(enum.Enum):
    CHANCE = "chance"


# A share written as a fraction ("two-thirds", "a half"), read as a percentage by ``FRACTIONS``.
FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
             "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5}
FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_SHARE = (r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?|(?:a|one|two|three|four)[\s-]"
          r"(?:halves|half|thirds?|quarters?|fifths?))")
# A chance someone puts on an outcome, as a share or a range of shares (groups "lo" and "hi") with the
# outcome ("what"): two sources giving different chances of one outcome disagree; a chance of another
# outcome ("a 60 percent chance of rain") is another quantity.
CHANCES: RuleTable[Estimate] = RuleTable("chances", (
    rule("share-then-chance", Estimate.CHANCE,
         rf"(?:(?P<lo>{_SHARE})\s*(?:to|-|\u2013)\s*)?(?P<hi>{_SHARE})\s*(?:%|percent|per\s+cent)?\s+"
         r"(?:chance|probability|likelihood|odds)\s+of\s+(?:(?:a|an|the|its|\w+ly)\s+)?(?:\w+\s+)?(?P<what>\w+)",
         examples=("Forecasters gave a 30 to 40 percent chance of a full recovery.",
                   "Ana Sorel saw a two-thirds chance of outright victory."),
         counter=("The team had a good chance of victory.", "Prices rose 30 percent of late.")),
    rule("chance-then-share", Estimate.CHANCE,
         rf"\b(?:chances?|probability|likelihood|odds)\s+of\s+(?:(?:a|an|the|its)\s+)?(?:\w+\s+)?(?P<what>\w+)"
         rf"[^.;]{{0,160}}?\b(?:at|as)\s+(?P<lo>{_SHARE})(?:\s*(?:to|-|\u2013)\s*(?P<hi>{_SHARE}))?",
         examples=("She put the chances of a full recovery at one-half.",
                   "He rated the odds of outright victory as 40 to 60 percent."),
         counter=("The chances of a recovery were slim at best.", "The odds of victory rose sharply.")),
), Overlap.FIRST)


class Age(enum.Enum):
    OF_THE_NAMED = "a named person's age"


# A named person's age, read from the words right after the name (``AGES_AFTER_NAME``: "Tom Reyes, 41, was freed",
# "Reyes, now 41,", "Ana Sorel, who led the party for a decade, has died aged 84", "... died at home at the age of 85"):
# two sources giving one person different ages disagree. Each rule is asked of those words alone, anchored at the name:
# an age further away is someone else's ("Reyes, whose father died aged 60, said").
AGES_AFTER_NAME: RuleTable[Age] = RuleTable("ages after a name", (
    rule("apposition", Age.OF_THE_NAMED,
         r"^,\s*(?:now\s+|aged\s+)?(?P<age>\d{1,3})(?=\s*(?:[,.;)]|and\b(?!\s+\d)|$))",
         examples=(", 41, was freed on Friday.", ", now 41, spoke to reporters.", ", aged 34, and her son",
                   ", 84."),
         counter=(", 15 miles away, was hit.", ", whose father died aged 60, said", ", 2024, was a bad year.",
                  ", aged 43 and 41, were found")),
    rule("died-aged", Age.OF_THE_NAMED,
         r"^(?:,[^,;]{1,120},)?\s+(?:has\s+|had\s+|was\s+)?(?:died|dies|passed\s+away)\b[^.;,]{0,80}?"
         r"(?:,\s*|\s+)(?:aged|at\s+the\s+age\s+of|at\s+age)\s+(?P<age>\d{1,3})\b",
         examples=(" has died aged 84, his family said.",
                   ", who led the country from 1994 to 2003, has died at his home at the age of 85.",
                   " died in hospital aged 90.", " died on Saturday, aged 84."),
         counter=(", whose father died aged 60, said the rules were unfair.", " said she had died aged 84.",
                  " met a man who died aged 70.",
                  " died at her home in Lessby, eight months after her husband Karl died aged 87.")),
), Overlap.FIRST)


