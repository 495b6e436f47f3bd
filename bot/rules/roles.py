"""What stands before or around a name and says who the person is: abbreviated titles, and the cues
the role finders of ``bot.summary.actors`` read.

Abbreviated titles ("Sen.", "Gov.", "Lt. Col.") are the news agencies' style for officials: the
abbreviation is a title, never a name ("Sen" is not a person), and the name after it belongs to the
person it titles. The list is the common English newsroom one (AP style and its British cousins).
"""

from __future__ import annotations

import enum

from bot.rules.table import RuleTable, rule


class RoleCue(enum.Enum):
    TITLE_ABBREVIATION = "title abbreviation"


# abbreviation (folded, no dot) -> the title it stands for, as a role
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "Senator", "sens": "Senators", "rep": "Representative", "reps": "Representatives",
    "gov": "Governor", "govs": "Governors", "lt": "Lieutenant", "gen": "General", "gens": "Generals",
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


def title_abbreviation(word: str) -> str | None:
    """The title an abbreviation ("Sen", "Gov") stands for, or None."""
    return TITLE_ABBREVIATIONS.get(word.casefold())
