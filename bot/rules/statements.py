"""Rules about reported sentences: which lines are no statement at all, and how a statement is shortened.

``PAGE_NOTICES`` finds a line about the page, not the news (rights notices, reproduction terms): never a
statement, however much it reads like one. ``CONCISE`` drops a leading connective ("However, ...") and a
trailing attribution (", the official added." / ", according to police."), which the briefing shows as its
citation instead. A tail is cut only when at least ``KEPT_WORDS`` words stay, so a short sentence keeps its
speaker.
"""

from __future__ import annotations

import enum
import re

from bot.rules.kept import compiled
from bot.rules.table import Rewrite, RewriteTable, RuleTable, rule

KEPT_WORDS = 8
_LETTER = r"[^\W\d_]"


def _cut_tail(m: re.Match[str]) -> str:
    """The tail replaced by a full stop when enough of the sentence stays before it."""
    kept = m.string[:m.start()]
    return "." if len(kept.split()) >= KEPT_WORDS else m.group()


def _capitalised(m: re.Match[str]) -> str:
    return m.group().upper()


CONCISE = RewriteTable("concise statements", (
    Rewrite("opener", compiled(rf"^(?:However|But|And|Meanwhile|Still|Yet|Also|So),?\s+(?={_LETTER})"), "",
            examples=(("However, the plant stays open.", "the plant stays open."),
                      ("Meanwhile rescuers kept digging.", "rescuers kept digging.")),
            counter=("Stillwater council voted on Monday.", "So-called experts disagreed.")),
    Rewrite("capital", compiled(rf"^{_LETTER}"), _capitalised,
            examples=(("the plant stays open.", "The plant stays open."),),
            counter=("Officials said nothing.", "3 people were hurt.")),
    # ", the official added, noting that ..." / ", Trade Minister X told reporters on Monday." - not "and said".
    Rewrite("attribution-tail", compiled(
        r",\s+(?!and\b|but\b)(?:(?:the|a|an|one|two|several)\s+)?(?:(?:[^\W\d_]|[\u2019'.-])+\s+){0,6}?"
        r"(?:said|says|added|told)\b(?:\s+(?!that\b)[^\s,\u201c\"]+){0,10}(?:,\s+noting\b[^\u201c\"]*)?\.?$"),
        _cut_tail,
        examples=(("The bridge will stay closed for at least two more weeks, the transport ministry said.",
                   "The bridge will stay closed for at least two more weeks."),
                  ("Tolls on the coastal road rise by a fifth from June, Trade Minister Ana Sorel told reporters.",
                   "Tolls on the coastal road rise by a fifth from June.")),
        counter=("The road is shut, police said.",
                 "The firm cut 300 jobs in the northern plant, and said more would follow.")),
    Rewrite("according-tail", compiled(r",\s+according to [^,\u201c\"]{3,80}\.?$"), _cut_tail,
            examples=(("Eleven homes on the hillside were destroyed by the fire, according to the county.",
                       "Eleven homes on the hillside were destroyed by the fire."),),
            counter=("Two homes burned, according to the county.",)),
))


class Notice(enum.Enum):
    PAGE = "a notice about the page"


_CONTENT = r"(?:materials?|content|articles?|texts?|photos?|stories)"
PAGE_NOTICES: RuleTable[Notice] = RuleTable("page notices", (
    rule("copyright-sign", Notice.PAGE, r"\u00a9", needs=("\u00a9",),
         examples=("\u00a9 2031 Valley Press Ltd, registered in Lessby.",), counter=("The cafe opened in 2031.",)),
    rule("rights-reserved", Notice.PAGE, r"\ball rights reserved\b",
         examples=("Valley Press 2031, all rights reserved, and so on for every page.",),
         counter=("The board reserved all its rights to appeal the ruling.",)),
    rule("reproduction-terms", Notice.PAGE,
         r"\b(?:reproduc\w*|republi\w*|redistribut\w*|copied|copyright)\b.{0,80}\b(?:content|materials?|articles?|"
         r"site|page|information|consent|permission|attribution|hyperlink|link)\b",
         examples=("Reproduction of this page in any form requires the written consent of the publisher.",),
         counter=("The republic held its first election in a decade on Sunday.",)),
    rule("use-of-content", Notice.PAGE,
         rf"\b(?:use|reproduction|copying|republication|redistribution) of (?:our |this |the |all )?{_CONTENT}\b",
         needs=("use of", "reproduction of", "copying of", "republication of", "redistribution of"),
         examples=("Any use of our materials is allowed only with a link to the site.",),
         counter=("The use of force was condemned by the council on Monday.",)),
    rule("attribution-terms", Notice.PAGE, r"\bactive hyperlink\b|\bsource attribution\b",
         examples=("Quoting is allowed with an active hyperlink to the original story.",),
         counter=("The mayor's office gave no source for the figure on Monday.",)),
    rule("may-not-copy", Notice.PAGE, r"\byou may not (?:copy|reproduce|republish|redistribute|modify)",
         examples=("You may not copy or republish any part of this newsletter.",),
         counter=("You may not like the plan, the mayor told residents.",)),
))
