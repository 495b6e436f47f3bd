"""Rules about reported sentences: how a statement is shortened. (A line about the page, not the news, such
as a rights notice, is never a statement: the cleaner's clutter rules drop it from every sentence too.)

``ENDINGS`` knows a quotation signed after a dash ("“...” ― Ana Ruiz"), the way reader responses, pull quotes
and epigraphs name who said them, and a question quoted at the end of a reporter's sentence ("Ruiz wrote:
“Who will pay?”"): statements, though they end with a name or a question mark rather than a stop.

``CONCISE`` drops a leading connective ("However, ...") and a
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


class Ending(enum.Enum):
    SIGNED = "a quotation signed after a dash"
    QUOTED_QUESTION = "a question quoted at the end of a reporter's sentence"


_NAME_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.'\u2019-]*"
# The quotation ends with a stop inside its closing mark (or right after it), then a dash (the quotation dash
# U+2015, an em or en dash, or a hyphen between spaces) and one to five capitalised words, maybe a few words about
# them after commas (", 34, teacher") and a stop: the name of who said it (the ``name`` group). A credit ("... on
# Monday. \u2014 Reuters") closes no quotation; a dash going on in lower case goes on with the sentence.
ENDINGS = RuleTable("statement endings", (
    rule("dash-signature", Ending.SIGNED,
         r"(?:[.!?\u2026][\u201d\"]|[\u201d\"][.!?\u2026])(?:\s*[\u2015\u2014\u2013]|\s+-)\s*"
         rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})(?:,\s+[\w'\u2019 -]{{1,30}}?){{0,2}}\.?\s*$", flags=0,
         needs=("\u2015", "\u2014", "\u2013", " -"),  # every match holds a dash; the pattern gives no word of its own
         examples=("\u201cHe makes simple statements about people he knows nothing about.\u201d\u2015 Ana Ruiz",
                   "\u201cHow did we get this low?\u201d \u2015 Tom R. Hale",
                   "\u201cThe ferries will run again by May.\u201d \u2014 Ana Sorel.",
                   "\u201cShe is the only one with a plan for the harbour.\u201d - Lena Park",
                   "\u201cHe has never held a job in this town.\u201d \u2014 Omar Diaz, 34, teacher",
                   "\u201cBoth of them ignored the east side for years\u201d. \u2014 Kim Bell"),
         counter=("The ferries will run again by May. \u2014 Reuters",
                  "The ferries will run again by May. - Reuters",
                  "\u201cWe will rebuild.\u201d \u2014 a promise she repeated on Monday.",
                  "\u201cIt is over.\u201d \u2015 Photo: Harbor Courier")),
    # The reporter's sentence states that someone asked: a frame, a comma or colon, and the quoted question
    # closing it (quotations before the frame are whole: each closes before the frame opens the question). A
    # question standing alone, or the reporter's own ('Will Ruiz say “yes”?'), states nothing.
    rule("quoted-question", Ending.QUOTED_QUESTION,
         r"^(?!(?:Why|What|How|Who|Whom|Whose|When|Where|Which|Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could"
         r"|Should|Has|Have|Had)\b)(?:[^\u201c\u201d\"]*+[\u201c\"][^\u201c\u201d\"]*+[\u201d\"])*[^\u201c\u201d\"]*\w[,:]\s*"
         r"[\u201c\"][^\u201c\u201d\"]+\?[\u201d\"]?$", flags=0,
         needs=("?",),  # every match ends on a question mark; the pattern gives no word of its own
         examples=("In a post on Friday, Ana Ruiz wrote: \u201cWho will pay for the new quay?\u201d",
                   "She adds, \u201cWhat kind of council closes its only harbour in winter?\u201d",
                   # The quotation goes on in the next sentence ('... 51 percent? Interesting.\u201d').
                   "Ana Ruiz asked, \u201cWait, now it is 18 percent when the board said 51 percent?",
                   # A quotation may come before the frame: the sentence quotes twice.
                   "\u201cThe quay is lost,\u201d Ana Ruiz told the board before asking it, \u201cWho will pay?\u201d"),
         counter=("\u201cWho will pay for the new quay?\u201d", "Will Ruiz say \u201cyes\u201d?",
                  "Readers asked: who will pay for the new quay?",
                  "Why did Ana Ruiz ask the board, \u201cWho will pay for the quay?\u201d")),
))


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
    # ", the official added, noting that ..." / ", Trade Minister X told reporters on Monday." - not "and said", nor a
    # verb of the sentence's own subject before it ("Tanaka, the spokesman, condemned the test and said ..."); an "and"
    # inside a body's name is its own ("the Roads and Bridges Agency said").
    Rewrite("attribution-tail", compiled(
        r",\s+(?!and\b|but\b)(?:(?:the|a|an|one|two|several)\s+)?(?:(?!and\s+[a-z])(?:[^\W\d_]|[\u2019'.-])+\s+){0,6}?"
        r"(?:said|says|added|told(?! to\b))\b"  # not "have been told to cut ...": what they were told is the rule
        r"(?:\s+(?!that\b)[^\s,\u201c\"]+){0,10}(?:,\s+noting\b[^\u201c\"]*)?\.?$"),
        _cut_tail,
        examples=(("The bridge will stay closed for at least two more weeks, the transport ministry said.",
                   "The bridge will stay closed for at least two more weeks."),
                  ("Tolls on the coastal road rise by a fifth from June, Trade Minister Ana Sorel told reporters.",
                   "Tolls on the coastal road rise by a fifth from June."),
                  ("Tolls on the coastal road rise by a fifth from June, the Roads and Bridges Agency said.",
                   "Tolls on the coastal road rise by a fifth from June.")),
        counter=("The road is shut, police said.",
                 "The firm cut 300 jobs in the northern plant, and said more would follow.",
                 "Industrial users, led by the breweries, have been told to cut consumption by 40 per cent.",
                 # What follows the appositive is the sentence's own verb: "condemned the test and said ...".
                 "Mr Tanaka, the chief spokesman, condemned the test and said no debris had fallen.")),
    Rewrite("according-tail", compiled(r",\s+according to [^,\u201c\"]{3,80}\.?$"), _cut_tail,
            examples=(("Eleven homes on the hillside were destroyed by the fire, according to the county.",
                       "Eleven homes on the hillside were destroyed by the fire."),),
            counter=("Two homes burned, according to the county.",)),
))


