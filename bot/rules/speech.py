"""How reporters frame what someone said: the rewrites that shorten a reported sentence to its content.

``GIST`` holds the two cuts ``bot.summary.reactions.gist`` makes: the reporter's lead-in before what
was said ("X, the minister, said that ...") and the attribution tail after it ("..., a spokesman
added."). The lead-in is cut only when what follows still reads as a statement (six words or more).
"""

from __future__ import annotations

import enum
import re

from bot.rules.kept import compiled
from bot.rules.table import Rewrite, RewriteTable, RuleTable, rule

MIN_GIST_WORDS = 6  # a lead-in is cut only if at least this many words are left


def _cut_when_enough_follows(m: re.Match[str]) -> str:
    return "" if len(m.string[m.end():].split()) >= MIN_GIST_WORDS else m.group()


GIST = RewriteTable("speech.gist", (
    Rewrite(
        "lead-in",
        compiled(r"^[^\"\u201c\u201d]{0,160}?\b(?:said|says|told (?:\w+ ){0,3}?that|added|stressed|argued|"
                   r"claimed|insisted|noted|explained|announced|confirmed|as saying)(?: on \w+(?: \w+)?)?(?: that)?\s+"
                   r"(?!of\b|to\b|in\b)(?=\w)"),
        _cut_when_enough_follows,
        examples=(
            ("The harbor director said on Monday that ferries would run every ten minutes again.",
             "ferries would run every ten minutes again."),
            ("Ana Sorel told reporters that the bridge would stay shut until spring.",
             "the bridge would stay shut until spring."),
            ("The union said fares were too high.", "The union said fares were too high."),
        ),
        counter=(
            "The mayor warned of more closures along the coast road this winter.",
            "The council said in a statement that it would appeal the ruling next week.",
            "The port\u2019s future \u201cdepends on the ferries,\u201d the mayor said that evening at the old "
            "northern docks of the city.",
        ),
        count=1,
    ),
    Rewrite(
        "attribution-tail",
        compiled(r",\s+(?:[\w\u2019'.-]+\s+){1,8}?(?:said|says|added|told \w+(?: \w+)?)(?:\s+on \w+)?\.?$"),
        ".",
        examples=(
            ("The timetable will change in May, the operator said.", "The timetable will change in May."),
            ("Tickets stay valid, a spokeswoman for the rail company added on Friday.", "Tickets stay valid."),
        ),
        counter=("The operator said the timetable will change in May.",),
    ),
))


class SpeechCue(enum.Enum):
    RELAYED_PRONOUN = "relayed pronoun"
    ACT_NOT_SPEECH = "act, not speech"


# "the paper quoted him as saying": the words are his, the paper only relays them.
RELAYED = RuleTable("speech.relayed", (
    rule("quoted-pronoun-as-saying", SpeechCue.RELAYED_PRONOUN,
         r"\b(?:quoted|cited)\s+(?:him|her)\s+as\s+(?:saying|telling|writing|adding)\b",
         examples=("the Lessby Courier quoted him as saying on Friday", "the agency cited her as telling staff"),
         counter=("the Lessby Courier quoted the minister as saying", "she quoted him a price")),
))


# A verb of reacting ("denied", "rejected") that withholds something is an act, not a statement: "the council
# denied the ships port access" reports what it did, "the council denied the report" what it said.
ACTS = RuleTable("speech.acts", (
    rule("withheld", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:denied|denies|denying|rejected|rejects|rejecting)\s+(?:[\w-]+\s+){0,4}?(?:access|entry|bail|"
         r"permission|visas?|landing|passage|clearance|approval|licen[cs]es?|permits?|applications?|asylum)\b",
         examples=("denied two fishing boats harbour access on Thursday", "denied him bail", "rejected her visa "
                   "application", "denies the trucks entry to the city"),
         counter=("denied the report on Saturday", "denied any wrongdoing", "rejected the claims as lies",
                  "denied that it had been granted access")),
    # A verb of reacting that also names a movement, an origin or a contest: "slammed into the barrier".
    rule("moved", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:slammed|slams|blasted|blasts|hailed|hails|hailing)\s+(?:into|from|off|through|past|onto|out)\b",
         examples=("slammed into the barrier on lap three", "hails from a fishing family", "blasted off at dawn"),
         counter=("slammed the decision as reckless", "hailed the deal as historic")),
    rule("contest", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:defended|defends|defending)\s+(?:his|her|their|its)\s+(?:\w+\s+)?(?:title|crown|lead|seat|belt)\b",
         examples=("defended his world title in Tokyo", "defends her seat in the election"),
         counter=("defended his decision to resign", "defended the plan in parliament")),
))
