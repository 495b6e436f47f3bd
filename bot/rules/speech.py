"""How reporters frame what someone said: the rewrites that shorten a reported sentence to its content.

``GIST`` holds the cuts ``bot.summary.reactions.gist`` makes: the reporter's lead-in before what was said
("X, the minister, said that ...") and the attribution tail after it ("..., a spokesman added.", "..., said
Ana Ruiz, the minister."). The lead-in is cut only when what follows still reads as a statement (six words or
more), an inverted tail only when what comes before it does.

``SAID_BETWEEN`` knows the short phrases of time, medium or place a reporter puts between a speaker and the verb
("Ana Ruiz on Monday said", "Acme in a statement said"), which leave the speaker its verb's subject.

``FRAME_AFTER_QUOTE`` knows the reporter's frame that follows a quotation's own stop ("“Why not?” Reyes
asked."): the quotation and its frame are one sentence, where a stop inside a closing quote otherwise ends
one ("... “unacceptable.” Norvania insisted that ...").
"""

from __future__ import annotations

import enum
import re

from bot.rules.fragments import MONTH_NAMES, WEEKDAY_NAMES, any_of
from bot.rules.kept import compiled
from bot.rules.table import Rewrite, RewriteTable, RuleTable, rule
from bot.rules.words import word_set

MIN_GIST_WORDS = 6  # a lead-in is cut only if at least this many words are left


# ", said Ana Ruiz, the minister." ending a sentence: the attribution after what was said, a name (maybe after a
# title or "the") and its role; not ", said the charges were false", whose words after the verb say something.
_INVERTED_TAIL = compiled(r",\s+(?:said|says|added|adds)\s+(?:(?:the|a|an)\s+)?[A-Z]"
                          r"(?:(?!that\b)[^\s,\"\u201c\u201d]+\s+){0,5}?[^\s,\"\u201c\u201d]+"
                          r"(?:,\s+[^,\"\u201c\u201d]{1,120}?)?\.?$")


# ", said defense ministry spokesman Tom Reyes, but ...": the verb before its subject, a title and a name, and a comma
# going on with the sentence: what comes before it is what was said.
_INVERTED_MID = compiled(r",\s+(?:said|says|added|adds)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,4}"
                         r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*,")


def _cut_when_enough_follows(m: re.Match[str]) -> str:
    """Nothing for the lead-in when what follows still reads as a statement, and is no inverted tail: the verb of
    "..., said Ana Ruiz, the minister." or "..., said spokesman Tom Reyes, but ..." ends what was said rather than
    opening it, as does an attribution closing it before a clause of the reporter's ("..., the board said on
    Tuesday, as walkers were warned that ...") or one opening the sentence before such a clause ("Ranger Ana Ruiz said
    on Monday, as walkers were warned that ...")."""
    if len(m.string[m.end():].split()) < MIN_GIST_WORDS or _SAID_THEN_A_CLAUSE.search(m.group()) is not None:
        return m.group()
    tail = _INVERTED_TAIL.search(m.string) or _INVERTED_MID.search(m.string) or _ATTRIBUTION_TAIL.search(m.string)
    return m.group() if tail is not None and tail.start() < m.end() else ""


_SAID_THEN_A_CLAUSE = compiled(r"\b(?:said|says|added|told)\b[^,\"\u201c\u201d]{0,40},")
"""A verb of saying, then a comma: the reporter's own clause follows ("said on Monday, as walkers were warned that
..."); a verb of saying inside it introduces nothing the speaker said."""


def _stop_when_enough_before(m: re.Match[str]) -> str:
    """A full stop for the tail when what was said, before it, still reads as a statement: in "The ferries, said
    the operator, will run again" the tail is the rest of the sentence."""
    return "." if len(m.string[:m.start()].split()) >= MIN_GIST_WORDS else m.group()


# When or how the words were said, between the verb and "that" or a pronoun opening what was said: "said Friday
# morning that", "said on Mar. 3 that", "said this week that", "said by telephone that", "said Sunday it".
# Otherwise the words after the verb may be what was said ("said Monday morning meetings would stop").
_SAID_WHEN = (rf" (?:on )?(?:{'|'.join(day.capitalize() for day in WEEKDAY_NAMES)})(?: morning| afternoon| evening"
              r"| night)?| on [A-Z][a-z]{2,8}\.? \d{1,2}| by (?:telephone|phone|e-?mail|text message)"
              r"| (?:(?:earlier|later|late|early) )?(?:this|last|this past) (?:week|weekend|month|year|morning"
              r"|afternoon|evening|night)| (?:(?:earlier|later) )?(?:yesterday|today|tonight)"
              r"| (?:(?:shortly|soon|immediately) )?(?:afterwards?|thereafter)(?= that)")

_HOW_SAID = (r"(?:via|through(?:out)?|at(?! least| most)|during|after|before|from|with|without|under(?= [a-z])|"
             r"over(?= [a-z])|outside|inside|amid|despite|following|ahead of|upon|within|across|against|behind)\b"
             r"(?![-'\u2019])")
"""A preposition right after the verb of saying: most often where, when or how the words were said ("said through its
foreign ministry that", "said at a news conference, held in Lessby, that", "said at the weekend the quay would open").
Cutting before it would leave the phrase standing as the statement, or tell when it was said as when it happens; the
sentence stays whole, even where the phrase opens what was said ("said after years of delay the bridge would open"),
which only repeats the speaker. Not "at least", "at most" or a number after "under" or "over" ("said at least 200
workers would strike"), nor a word joined on ("after-school")."""

_AUDIENCE = (r"(?:reporters|journalists|parliament|lawmakers|legislators|MPs|senators|delegates|supporters"
             r"|the BBC|the press|(?:a|an|the) (?:\w+ )?(?:news |press )?(?:conference|briefing|rally|meeting|hearing"
             r"|committee|summit|crowd|gathering|convention|audience|session))")
"""Whom a speaker tells what the report quotes ("told reporters", "told a special conference"): after them, a place
("told a rally at the Harbour Hall in Lessby") is still the attribution's; after anyone else ("told police in Lessby")
the telling is what happened."""


# ", the operator said.", ", a spokeswoman added on Friday.", ", Reyes told reporters in Lessby.": the attribution
# closing what was said; and the reporter's clause after it of what went on meanwhile (", the fire service said on
# Tuesday, as the owner was questioned"), no part of what was said either. Not "as long as", "as soon as", "as well
# as", "as it did": a condition, a comparison or more of what was said; nor "while ...", as often the speaker's second
# fact as the reporter's.
_ATTRIBUTION_TAIL = compiled(
    r",\s+(?!(?:which|who|whom|whose|that|where|when|but|and|yet|so)\b)"
    r"(?:(?!(?:what|because|only|since|although|though|with|having|despite|after|before|as|if|something"
    r"|contrary|had|has|have|no|never|nobody|not|until|then|while|when|once|later)\b)[\w\u2019'.-]+\s+){1,8}?"
    r"(?:(?:said|says|added|wrote|reported|told \w+(?: \w+)?)"
    r"(?:\s+on \w+(?: (?:morning|afternoon|evening|night))?"
    r"|\s+(?:in|on|via) (?:a|an|his|her|its|their) [^\s,;:\"\u201c\u201d]+(?: [a-z]+){0,4})?"
    rf"|told {_AUDIENCE}(?:\s+(?:at|in) (?:the )?[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*){{0,3}}){{0,2}})"
    r"(?:\s?\.?|,\s+as\s+(?!(?:long|soon|well|much|many|far|early|late|part|if|though|usual|expected|planned|such"
    r"|of|to|for|in|on|it|he|she|they|we|I|you|this|that|these|those|do|does|did|will|would|is|are|was|were|has|have"
    r"|had|can|could|should|may|might|must)\b)(?:(?!,\s+that\b)[^\"\u201c\u201d;])*)$")


GIST = RewriteTable("speech.gist", (
    Rewrite(
        "lead-in",
        # "stressed", "noted", "announced", "confirmed", "claimed" take a thing as often as a clause ("confirmed the
        # deaths of ...", "noted the rings in the sea", "claimed responsibility for the attack"): without "that" they
        # are cut only before a clause, a subject (an article, a pronoun or a name) and its verb within a few words,
        # no relative or question word between.
        compiled(r"^[^\"\u201c\u201d]{0,160}?\b(?:(?:said|says|told (?:\w+ ){0,3}?(?:on \w+ )?that"
                 r"|told (?:the )?(?:[A-Z][\w.-]* ){4}that|added|argued|insisted|as saying"
                 r"|(?:responded|replied|warned|wrote|stated|acknowledged|admitted)"
                 r"(?= that\s+(?:the|a|an|its|his|her|their|it|he|she|they|we|I|there|[A-Z]|\d)))"
                 rf"(?:(?:{_SAID_WHEN})(?: that|(?= (?:it|he|she|they|we|I)\b))|(?> on \w+(?: \w+)?)?(?: that)?)"
                 r"|(?:stressed|noted|explained|announced|confirmed|claimed)(?: on \w+(?: \w+)?)?"
                 r"(?: that|(?= (?:the|a|an|its|his|her|their|our|this|these|it|he|she|they|we|I|there|no|both|all|"
                 r"most|many|some|several|every|each|one|two|three|four|five|six|seven|eight|nine|ten|\d\S*|[A-Z]\S*)"
                 r"(?: (?!that\b|which\b|who\b|whom\b|whose\b|why\b|how\b|what\b|when\b|where\b|those\b)\S+){0,4}? "
                 r"(?:is|are|was|were|will|would|could|can|had|has|have|should|must|may|might)\b)))"
                 rf"\s+(?!of\b|to\b|in\b|on \w+(?: \w+)?,|(?<!that\s)(?:{_HOW_SAID}|that\b)"
                 r"|(?:as much|much the same|the same|so)\b(?=[,.;]|\s+(?:in|on|at|to|"
                 r"during|after|before|when|while|because|last|this|earlier)\b))(?=\w)"),
        _cut_when_enough_follows,
        examples=(
            ("The harbor director said on Monday that ferries would run every ten minutes again.",
             "ferries would run every ten minutes again."),
            ("Ana Sorel told reporters that the bridge would stay shut until spring.",
             "the bridge would stay shut until spring."),
            ("Tom Reyes told The Lessby Harbor Courier that the two ferries had been waiting since noon.",
             "the two ferries had been waiting since noon."),
            ("Tom Reyes told a regional paper on Saturday that the quay would stay shut all winter.",
             "the quay would stay shut all winter."),
            ("The official Acme Twitter account responded that Acme has the right to refuse transport.",
             "Acme has the right to refuse transport."),
            ("The union said fares were too high.", "The union said fares were too high."),
            ("The Lessby dockers' union claimed on Monday the strike had closed every port in the country.",
             "the strike had closed every port in the country."),
            ("The Harrak Front claimed responsibility for the attack, saying the gunman had joined it in May.",
             "The Harrak Front claimed responsibility for the attack, saying the gunman had joined it in May."),
            ("The ferry operator said Friday morning that the night crossing would stop in May.",
             "the night crossing would stop in May."),
            ("The union's spokesman said by telephone that its members would not sail before May.",
             "its members would not sail before May."),
            ("The ferry operator said shortly afterward that the night crossing would stop in May.",
             "the night crossing would stop in May."),
            ("Acme said shortly afterward that it was no joke.", "Acme said shortly afterward that it was no joke."),
            ("Asked what happened, Ana Ruiz said afterwards they took the bags and ran out of the shop.",
             "afterwards they took the bags and ran out of the shop."),
            ("Harbor Ferries said on Mar. 3 that it had cancelled a third of its winter crossings.",
             "it had cancelled a third of its winter crossings."),
            ("Prime Minister Ana Ruiz said this week that the country would leave the customs union by March.",
             "the country would leave the customs union by March."),
            ("The harbour board said earlier this month it would close the quay for the whole winter.",
             "it would close the quay for the whole winter."),
            ("The mayor said last night that the town would not pay for the new sea wall this year.",
             "the town would not pay for the new sea wall this year."),
            ("Ana Ruiz said earlier today that her company would run the ferries again from Friday.",
             "her company would run the ferries again from Friday."),
            # "as much as", "so-called", "so far" open what was said.
            ("Harbour director Tom Reyes said as much as 40 percent of the sea wall would have to be rebuilt.",
             "as much as 40 percent of the sea wall would have to be rebuilt."),
            ("Ada Moss said so-called temporary berths would be built at the north quay before the summer.",
             "so-called temporary berths would be built at the north quay before the summer."),
            ("The port said Sunday it is ready to reopen the quay to cargo ships next month.",
             "it is ready to reopen the quay to cargo ships next month."),
            ("The harbour board confirmed on Monday that the quay would close for the whole winter.",
             "the quay would close for the whole winter."),
            ("Ana Ruiz stressed the ferries were safe and would run again on Friday.",
             "the ferries were safe and would run again on Friday."),
            ("Police confirmed two people were killed when the ferry hit the quay on Sunday.",
             "two people were killed when the ferry hit the quay on Sunday."),
            # Without "that" or a pronoun, a day after the verb may open what was said: it stays.
            ("The port said Monday morning meetings of the harbour board would stop for the winter.",
             "Monday morning meetings of the harbour board would stop for the winter."),
            ("The port said last year's storms had cost the harbour board its two oldest ferries.",
             "last year's storms had cost the harbour board its two oldest ferries."),
            ("The dockers' union said at least 200 of its members would strike on Friday.",
             "at least 200 of its members would strike on Friday."),
            ("The minister said that after years of delay the new quay would finally open in May.",
             "after years of delay the new quay would finally open in May."),
            ("The minister said that that decision had been a mistake from the start.",
             "that decision had been a mistake from the start."),
            ("The harbour board said after-school ferries would run again from the first week of June.",
             "after-school ferries would run again from the first week of June."),
        ),
        counter=(
            "The mayor warned of more closures along the coast road this winter.",
            # The day it was said, then a comma: the attribution closes what was said, the sentence goes on.
            "The toll from the harbour fire stands at 12, the fire service said on Tuesday evening, as the owner of "
            "the warehouse was questioned.",
            # A verb of saying inside the reporter's clause introduces nothing the speaker said.
            "Ranger Ana Ruiz said on Monday, as walkers were warned that the cliff edge was unstable, that the path "
            "would close for six weeks.",
            "The mayor wrote on Monday to the ferry company about the closures along the coast road.",
            "The ferry company wrote that \u201cnobody, including the company, can read the messages.\u201d",
            "Tom Reyes admitted that charge in court on Monday and repaid the money to the town.",
            "Ana Ruiz told reporters of a deal that would save 500 jobs at the harbour next year.",
            # After a comma the verb opens the attribution tail: what was said comes before it.
            "The ferries will run every ten minutes again, said Ana Sorel, director of the Lessby harbour board.",
            "The council said in a statement that it would appeal the ruling next week.",
            "The ferry went missing from radar at 9:36 a.m., said harbour spokesman Tom Reyes, but the coast guard "
            "said it passed the cape at 9:41 a.m.",
            "The former mayor said via Twitter that the ferry's captain was her cousin.",
            "Dalvany, the ferry company's largest customer, said through its foreign ministry that it would seek to "
            "protect the crossings.",
            "Tom Reyes said at a news conference that he would not stand again for the harbour board.",
            "Ana Ruiz said after the meeting that the ferries would run again from Friday.",
            "The harbour board said at the weekend the new quay would open in May.",
            "Tom Reyes said at a news conference, held in the harbour office, that the quay would stay shut.",
            # "said as much", "said so": the words were said before; what follows is where and when.
            "The ferry company's director said as much in an interview on Thursday, arguing that the quay was safe.",
            "Ana Ruiz said so in a letter to the harbour board on Monday, a week before the vote on the quay.",
            "Tom Reyes said much the same at the harbour board's meeting, where the vote on the quay was put off.",
            "The embassy confirmed the deaths of two of its citizens in the crash on Sunday.",
            "The ferry company announced a new timetable for the winter crossings to Lessby.",
            "Experts noted the rings in the Lessby Sound which may harm small sea creatures.",
            "Tom Reyes explained why the ferries were late again on Monday morning.",
            "Police confirmed the names of those who were killed in the crash on Sunday.",
            "The ministry announced new rules which will take effect in the spring.",
            "Ana Ruiz confirmed reports she had resigned from the harbour board on Monday.",
            "The port\u2019s future \u201cdepends on the ferries,\u201d the mayor said that evening at the old "
            "northern docks of the city.",
        ),
        count=1,
    ),
    Rewrite(
        "attribution-tail",
        _ATTRIBUTION_TAIL,
        ".",
        examples=(
            ("The timetable will change in May, the operator said.", "The timetable will change in May."),
            ("Tickets stay valid, a spokeswoman for the rail company added on Friday.", "Tickets stay valid."),
            ("The launch was cut short on purpose, Reyes wrote in a blog post.",
             "The launch was cut short on purpose."),
            ("Both pilots died in the crash, President Ana Ruiz said in a statement posted on social media .",
             "Both pilots died in the crash."),
            ("Ruiz took 31.5%, party secretary Tom Reyes told a special conference at the Corn Exchange in Veldam.",
             "Ruiz took 31.5%."),
            ("The port will reopen, Reyes told reporters in Lessby.", "The port will reopen."),
            ("The gunman joined the group in May, the Lessby Courier reported.", "The gunman joined the group in May."),
            # The reporter's clause of what went on meanwhile follows the attribution: it is no part of what was said.
            ("The toll from the harbour fire stands at 12, the fire service said on Tuesday evening, as the owner of "
             "the warehouse was questioned.", "The toll from the harbour fire stands at 12."),
        ),
        counter=("The operator said the timetable will change in May.",
                 "The quay will close, the operator said in a statement that gave no date for the reopening of the "
                 "old northern docks.",
                 "Ana Ruiz said she would repeal the ferry law, which Tom Reyes wrote in his first term as mayor.",
                 "The water was safe to drink, contrary to what engineers had told officials in Lessby.",
                 "The warning came far too late, because the council only told residents in Dorra.",
                 "The evacuation was chaotic, with no one having told families in Upper Dorra.",
                 "The cracks had been spotted in 2019, but the council never told anyone about it.",
                 "The payments went unnoticed, until a junior clerk told auditors in Lessby.",
                 "The bank spotted two of the transfers, and its compliance chief then told police in Lessby.",
                 "The quay will close, the operator said, as it did last winter.",
                 "The bridge will stay shut, the council said on Monday, as long as the cracks have not been repaired.",
                 "Fares will rise by 5%, the operator said in a statement, while season tickets will be frozen.",
                 "On Tuesday, Ruiz said, while visiting the docks, that repairs would take at least a year."),
    ),
    Rewrite(
        "inverted-tail",
        _INVERTED_TAIL,
        _stop_when_enough_before,
        examples=(("The ferries will run again in May, said Ana Sorel, director of the Lessby harbour board.",
                   "The ferries will run again in May."),
                  ("Tickets stay valid for another month at least, says the Lessby Ferry Company.",
                   "Tickets stay valid for another month at least.")),
        counter=("The operator said the timetable will change in May.",
                 "The ferries, said the operator, will run again in May.",
                 "Ana Sorel, who chairs the Lessby harbour board, said the charges were false.",
                 "The board, in a long statement on Monday, said Lessby Ferries, the operator, owed it money.")),
))


class SpeechCue(enum.Enum):
    RELAYED_PRONOUN = "relayed pronoun"
    ON_BEHALF = "on another's behalf"
    ACT_NOT_SPEECH = "act, not speech"


# "the paper quoted him as saying": the words are his, the paper only relays them.
RELAYED = RuleTable("speech.relayed", (
    rule("quoted-pronoun-as-saying", SpeechCue.RELAYED_PRONOUN,
         r"\b(?:quoted|cited)\s+(?:him|her)\s+as\s+(?:saying|telling|writing|adding)\b",
         examples=("the Lessby Courier quoted him as saying on Friday", "the agency cited her as telling staff"),
         counter=("the Lessby Courier quoted the minister as saying", "she quoted him a price")),
))


# "A lawyer for Ana Ruiz, Tom Reyes, read a statement on her behalf": an aide named after whom they work for passes on
# their words, as does one quoting them ("quoted the minister as saying"); otherwise the aide speaks.
ON_BEHALF = RuleTable("speech.on-behalf", (
    rule("on-behalf", SpeechCue.ON_BEHALF, r"\bon\s+(?:\w+\s+)?behalf\b|\bas\s+(?:saying|telling|writing|adding)\b",
         examples=("read a statement on her behalf", "spoke on behalf of the family",
                   "quoted the former minister as saying"),
         counter=("said the letter spoke for itself", "told reporters she would appeal")),
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
    # "added" with a score after it tells what someone added to a tally, not what they said: a figure or a few words,
    # then what is counted in a game.
    rule("tallied", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:added|adds|adding)\s+(?:(?:(?:a|an|another|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:goal|assist|sack|rebound|touchdown|wicket|interception|basket|homer|birdie|three-pointer|steal|tackle|"
         r"strikeout|home run|field goal|try)\b"
         r"|(?:(?:a|an|another|his|her|their|its)\s+)?(?:\d[\w-]*|one|two|three|four|five|six|seven|eight|nine|ten|"
         r"eleven|twelve|late|first|second|third|fourth|fifth|another)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:points?|goals?|rebounds?|assists?|sacks?|runs?|touchdowns?|yards|wickets?|tries|baskets?|saves|"
         r"strikeouts?|hits|homers?|home runs?|birdies|steals|tackles|interceptions?|three-pointers?)\b"
         # a tally left to the sentence before, then another feat: "Hilton had three sacks, Heyward adding two and
         # forcing a fumble"
         r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+"
         r"(?!(?:some|no|every|any)thing\b|during\b|being\b|counting\b)\w+ing\b"
         # a goal told by its place in the count and when or how it came: "added a third late on", "added a second in
         # stoppage time"; not "added a third on Tuesday, saying ..."
         r"|(?:a|the|his|her|their)\s+(?:second|third|fourth|fifth|sixth|seventh)\s+(?:late\b"
         r"|in (?:the \d+\w* minute|stoppage time|injury time|added time|the (?:first|second) half)"
         r"|from (?:the )?(?:penalty spot|spot|close range|a corner|a free kick)"
         r"|with a (?:header|penalty|free kick|volley|tap-in|shot)"
         r"|(?:just )?(?:before|after) (?:half-time|the break)))",
         examples=("added a 12-yard scoring run early in the fourth quarter", "adding two sacks and forcing a fumble",
                   "adding two and forcing a fumble",
                   "added 11 rebounds and seven assists", "added a late goal", "added another two points",
                   "added the winning goal in the 80th minute", "added an assist on the third goal",
                   "added a two-run homer", "adding a touchdown run", "added a third late on",
                   "added a second in stoppage time"),
         counter=("added that the quay would stay shut", "added in a statement", "added a warning about the quay",
                  "adding that two ferries would run", "added: we will appeal",
                  "added two more ferries would be taken out of service", "added 30 people were still missing",
                  "added late on Monday that three crew members were missing", "added that the runs were cancelled",
                  "added the company tries to keep fares low", "added he had no points to make",
                  "added the goals of the reform were clear", "added two and a half hours to the crossing",
                  "added that two and sometimes three ferries were running",
                  "added two and something like 30 more were hurt in the storm", "added a third of the staff would go",
                  "added a second warning about the quay", "added a second in a letter to the council",
                  "added a third on Tuesday, saying the road would cut the park",
                  "added a second, saying the plant would stay open")),
    # A verb of criticising that also says how a ball was hit: "blasted a two-run homer", "slammed home the winning
    # goal" score in a game, they do not criticise.
    rule("struck", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:slammed|slams|slamming|blasted|blasts|blasting)\s+(?:home\s+)?(?:(?:a|an|another|the|his|her|their|its)\s+)?"
         r"(?:[\w-]+\s+){0,2}?(?:homers?|home\s+runs?|goals?|header|free\s+kick|three-pointers?|dunk)(?![\w-])",
         examples=("blasted a two-run homer off the closer to tie the game", "slammed home the winning goal",
                   "blasts his third home run of the series", "blasted a free kick into the top corner"),
         counter=("blasted the decision as reckless", "slammed the referee for the goal-line call",
                  "blasted the club's goals for the season as unrealistic", "slammed the home secretary")),
    # "called" says something only where it names what someone or something is: "called him a liar", "called the
    # plan a disaster". Otherwise it summons, phones, convenes, calls off or rules: "called the police", "called his
    # mother", "called time on his career", "called a penalty", "called Lena Park to concede".
    rule("summoned", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:called|calls|calling)\s+(?!(?:him|her|it|them|the\s+[\w-]+"
         r"(?:\s+(?!(?:on|in|at|for|to|of|from|with|by)\s)[\w-]+)?)\s+(?:a|an|the)\s)",
         examples=("called the police at midnight", "called a snap election for June", "called off the strike",
                   "called his mother from the quay", "called time on his career", "called him back an hour later",
                   "called a penalty in the last minute", "called lena park to concede",
                   "called the shots on the quay"),
         counter=("called him a liar on monday", "called the plan a disaster", "called it a day of shame",
                  "called the harbour sale a betrayal of the town")),
    # "declared" with a state after it makes it so: "declared a heat emergency", "declared war", "declared the
    # election void". It says something where a clause follows ("declared that ...", "declared the talks were over").
    rule("declared-state", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:declared|declares|declaring|proclaimed|proclaims)\s+(?!(?:that|it|there|this)\b)"
         r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,4}?(?:emergency(?!\s+services)|emergencies|"
         r"war(?!\s+(?:was|is|had|has|would|will|over)\b)|victory|bankruptcy|independence|martial\s+law|curfew|"
         r"ceasefire|truce|lockdown|mourning|drought|void|invalid|winner)\b",
         examples=("declared a heat emergency in nine provinces on sunday", "declared a state of emergency",
                   "declared war on the rebels", "declared three days of national mourning",
                   "declared the vote void", "declared bankruptcy in march", "proclaimed independence in 1991",
                   "declared varga the winner shortly after 4 a.m."),
         counter=("declared that the talks were over", "declared the plan a success", "declared it was time to go",
                  "declared on twitter that she would run", "declared that the war was over",
                  "declared the flooding the worst disaster the valley had seen",
                  "declared that the emergency services had abandoned his town", "declared the talks dead",
                  "declared the town open for business", "declared that there was no emergency")),
    # "claimed" with lives, jobs or a prize after it takes them: "the storm claimed 14 lives", "Black Monday claimed
    # the jobs of four coaches", "claimed her third title". It says something where a clause follows ("claimed the
    # jobs report was rigged", "claimed the title was his").
    rule("claimed-taken", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:claimed|claims|claiming)\s+(?:(?:the|a|an|his|her|their|its|another)\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:lives?|jobs|scalps?|titles?|crown|trophy|medals?|gold|silver|bronze|pole(?:\s+position)?|victory|win|"
         r"wins|seats?)"
         # the object ends there: what follows opens no clause of what was claimed ("the gold medal winner had ...")
         r"(?=\s*$|\s+(?:of|in|at|for|on|with|after|as|and|from|to|by|since|before|during|,|\.|;|:)(?:\s|$))",
         examples=("claimed the jobs of two of her rivals", "claimed 14 lives in the north",
                   "claimed the lives of two fishermen", "claimed her third world title", "claimed gold in the relay",
                   "claimed pole position for sunday's race", "claimed two seats in the upper house",
                   "claimed the scalps of two coaches"),
         counter=("claimed the jobs report was rigged", "claimed the title was his", "claimed that lives were lost",
                  "claimed responsibility for the attack", "claimed the harbour had been sold",
                  "claimed his win was stolen", "claimed the gold medal winner had missed two drugs tests",
                  "claimed the jobs scheme had cost 40 million crowns", "claimed the title holders had cheated",
                  "claimed the victory parade would go ahead")),
    # "announced" with a step or an event after it makes it known, an act the news reports, not a statement: "announced
    # his retirement", "announced the firing of the coach", "announced an independent inquiry". It reports what was
    # said where a clause follows ("announced the deal was off", "announced last week that ...").
    rule("announced-act", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:announced|announces|announcing|unveiled|unveils|unveiling)\s+(?:(?:his|her|their|its|a|an|the|new)\s+)?"
         r"(?:(?!(?:was|were|is|are|had|has|have|would|will|could|that|of|for|to|in|on|at|with|by|from|about|into)\b)"
         r"(?![\w-]+ed\b)[\w-]+\s+){0,3}?"
         r"(?:exit|retirement|resignation|departure|firing|sacking|dismissal|appointment|divorce|split|engagement|"
         r"plans?|inquiry|investigation|probe|review|scheme|merger|takeover|candidacy)"
         r"(?=\s*$|\s+(?:of|at|on|in|into|for|from|to|with|after|alongside|by|as|during|,|\.|;|:)(?:\s|$))"
         # no verb of a clause further on, before a mark: "announced the merger of the two firms would go ahead"
         r"(?![^,;.]*\b(?:was|were|is|are|had|has|have|would|will|could|should|must|may|might|found|showed|\w{3,}ed)\b)",
         examples=("announced her own exit at her post-race press conference",
                   "announced the firing of the veteran head coach on monday",
                   "announced a mortgage relief scheme alongside the increase", "announced her divorce from tom reyes",
                   "announced plans to launch a space probe", "announced an independent public inquiry to be led",
                   "unveiled plans for a second runway ."),
         counter=("announced that it would no longer allow advertisements", "announced the deal was off",
                  "announced last week that it would no longer allow ads", "announced the plans had been dropped",
                  "announced the inquiry would report in may", "announced a revised timetable for the ferries",
                  "announced on twitter that she would run", "announced her opposition to the plan on tuesday",
                  "announced his support for the merger of the two ferry services",
                  "announced the merger of the two firms would go ahead in june",
                  "announced the review of its ferry routes found no need for cuts")),
    rule("contest", SpeechCue.ACT_NOT_SPEECH,
         r"^(?:defended|defends|defending)\s+(?:his|her|their|its)\s+(?:\w+\s+)?(?:title|crown|lead|seat|belt)\b",
         examples=("defended his world title in Tokyo", "defends her seat in the election"),
         counter=("defended his decision to resign", "defended the plan in parliament")),
))


class Between(enum.Enum):
    WHEN = "when the words were said"
    HOW = "what they were said in or on"
    WHERE = "where they were said"


_DAY = any_of(*(day.capitalize() for day in WEEKDAY_NAMES))
_MONTH_NAME = any_of(*(month.capitalize() for month in MONTH_NAMES))
_MEDIUM = any_of("statement", "interview", "tweet", "post", "letter", "e-?mail", "speech", "video", "release",
                 "conference", "briefing", "address", "message", "note", "filing", "op-ed", "column", "podcast",
                 "broadcast", "remarks", "report")
_CAPITALISED = r"[A-Z][\w'\u2019-]*"
# A short phrase of time, medium or place between a speaker's name and the verb, as much US reporting writes it:
# "Ana Ruiz on Monday said ...", "Acme in a statement said ...", "the weather service in Lessby tweeted ...". Asked
# of the words after a name standing where its clause's subject does, joined by single spaces
# (``bot.summary.actors.verb_after``); a verb must follow the phrase. A place is capitalised (or a month): "in the
# harbour said" is no speaker's, "in charge", "on behalf of" go on with the name's clause.
SAID_BETWEEN = RuleTable("speech.said-between", (
    rule("day", Between.WHEN,
         rf"^(?:(?:on|late|early|late on|early on) )?{_DAY}(?: morning| afternoon| evening| night)?(?= )"
         rf"|^on {_MONTH_NAME} \d{{1,2}}(?= )", flags=0,
         examples=("on Monday said the port would close", "on Tuesday night warned", "on March 3 said",
                   "late Friday said", "Sunday told reporters"),
         counter=("on behalf of the union", "on the quay said", "Mondays said", "on March said")),
    rule("time-word", Between.WHEN,
         r"^(?:(?:earlier|later|late|early) )?(?:this|last|this past) (?:week|weekend|month|year|morning|afternoon"
         r"|evening|night)(?= )|^(?:yesterday|today|tonight)(?= )|^in (?:early |late )?(?:19|20)\d\d(?= )", flags=0,
         examples=("last week said", "earlier this month warned", "yesterday said", "today announced",
                   "in 2016 said", "in late 2019 warned"),
         counter=("this year's budget", "last said", "todays", "in 12 hours", "in 2019's budget")),
    rule("medium", Between.HOW,
         rf"^(?:in|via) (?:a|an|the|his|her|its|their) (?:[a-z][\w'\u2019-]* ){{0,2}}?{_MEDIUM}"
         rf"(?: (?:on|with|to) (?:the )?{_CAPITALISED}(?: {_CAPITALISED}){{0,2}})?(?= )"
         r"|^on (?:Twitter|Facebook|Instagram|Telegram|social media|television|TV|radio)(?= )", flags=0,
         examples=("in a statement said", "in a written statement on Monday said", "in an interview with Harbor "
                   "Radio said", "via a spokesman's note said", "on Twitter wrote", "in its annual report said"),
         counter=("in the harbour said", "in charge of the port", "in a hurry", "on the television")),
    rule("place", Between.WHERE, rf"^in (?:the )?{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}(?= )", flags=0,
         examples=("in Lessby tweeted", "in March said", "in New Ostvale said", "in the Hague said"),
         counter=("in the harbour said", "in talks with Acme", "in 12 towns said")),
))
"""Phrases of time, medium or place that may stand between a speaker's name and the verb of saying."""
SAID_BETWEEN_OPENERS = word_set("on in via late early earlier later this last yesterday today tonight") \
    | frozenset(WEEKDAY_NAMES)
"""The words opening a ``SAID_BETWEEN`` phrase, folded: a name followed by none of them is not asked the table."""


class Continuation(enum.Enum):
    FRAME = "the reporter's frame of the quotation before"


QUOTATIVE_VERBS = word_set("""
said says asked asks added adds told tells wrote writes replied replies answered answers continued continues
explained explains demanded demands wondered wonders insisted insists shouted shouts exclaimed joked jokes
quipped quips noted notes recalled recalls argued argues declared declares responded responds tweeted
tweets posted concluded concludes countered counters warned warns pleaded pleads boasted fumed lamented laments mused
remarked retorted sighed
tweeting writing asking replying responding recalling
""")
"""Verbs that frame a quotation from right after it ("“Why not?” Reyes asked."), or right before it ("Ruiz
recalled, “...”", "..., tweeting, “...”"): ``bot.summary.quotes`` reads them there, where "asked" or "recalled"
only ever report the words next to them, not elsewhere in the frame ("Asked about the quay, Ruiz said"), and
"boasted" is no verb of having ("the hotel boasted “stunning views”")."""

_FRAME_REACH = 240
"""Characters after a quotation's stop that ``FRAME_AFTER_QUOTE`` is asked about: a frame is a short clause."""

_NAME = r"[A-Z][\w'\u2019.-]*"
_FRAME_WORD = r"[\w'\u2019.-]+"
# Who speaks: one to five capitalised words ("He", "Sen. Ana Ruiz"), maybe with an appositive between commas
# ("Ana Ruiz, the harbour director,").
_FRAME_SUBJECT = rf"{_NAME}(?:\s+{_NAME}){{0,4}}(?:,\s+[^,.;:!?\"\u201c\u201d]{{1,80}},)?"
# A reply after a quotation's stop is another speaker's, answering it ('“The quay is unsafe.” Reyes countered').
REPLYING = word_set("replied replies answered answers responded responds countered counters retorted")
"""Verbs of answering: the words they frame after a quotation's stop are another speaker's, a reply to it ('"The quay
is unsafe." Reyes countered'); ``bot.summary.quotes`` reads them so too across paragraphs."""
_QUOTATIVE = any_of(*sorted(QUOTATIVE_VERBS - REPLYING))
ADDRESSEES = word_set("me us him her them reporters journalists")
"""Whom a verb of telling or asking addresses when no name does ("told reporters", "asking them, “...”")."""
# Whom a verb of telling or asking addresses: "told reporters", "asked the Associated Press".
_ADDRESSEE = rf"(?:{any_of(*sorted(ADDRESSEES))}|(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}})"
# Where or when it was said: a preposition and a few words ("in a statement", "at a news conference on Monday"),
# a day ("Tuesday") or a word of time or manner ("later", "angrily").
_FRAME_ADJUNCT = any_of(
    any_of(*(rf"{w}\b" for w in ("on", "in", "at", "during", "after", "before", "to", "from", "with", "while",
                                   "as", "outside", "inside", "via", "over", "when")))
    + rf"(?:\s+(?!that\b){_FRAME_WORD}){{1,3}}?",
    *(rf"{w}\b" for w in (*(day.capitalize() for day in WEEKDAY_NAMES), "later", "earlier", "again", "then",
                           r"afterwards?", r"\w+ly")))

# A capitalised subject, a verb of saying and nothing that says what was said: the clause ends (a stop; a
# comma, colon or dash that opens no quotation of its own), maybe after whom the words were addressed to and
# where or when they were said. A clause that goes on with a content of its own ("Norvania insisted that ...",
# "Okafor said Reyes was ...") starts a sentence of its own.
FRAME_AFTER_QUOTE = RuleTable("speech.frame-after-quote", (
    rule("subject-verb-ends", Continuation.FRAME,
         rf"^{_FRAME_SUBJECT}\s+(?:{_QUOTATIVE}|(?:told|tells|asked|asks)\s+{_ADDRESSEE})\b"
         rf"(?:\s+{_FRAME_ADJUNCT})?\s*(?:[,:\u2014\u2013](?!\s*[\"\u201c])|[.;!?])", flags=0,
         examples=("Reyes asked. \u201cWho would pay for it?\u201d", "Okafor demanded.", "Sorel said angrily.",
                   "Sorel said, pointing at the flooded quay.", "She told reporters on Monday.",
                   "Ana Ruiz, the harbour director, said in a statement.", "He added Tuesday.",
                   "Gov. Tom Reyes told the Lessby Courier."),
         counter=("Norvania insisted that the ferries stop at once.", "Okafor said Reyes was unfit for office.",
                  "The Harbour Safety Board said the quay was closed.",
                  "To which she said, \u201cThank God.\u201d", "Ruiz said on Monday that the port would close.",
                  "He told an invited crowd that the plan had failed.",
                  "Reyes plans to visit Lessby on Sunday.", "Sorel said Monday the port would close.",
                  "Okafor said only three ferries were running.", "Tom Reyes countered on Monday.",
                  "Reyes knew the board said so.", "The crowd cheered and Ruiz said nothing.",
                  "The club's captain, Leo Dahl, added, however, that the squad had let him down.",
                  "Ruiz said on Monday the port would close.",
                  # A frame introducing the next quotation opens a sentence of its own.
                  "She adds, \u201cWho would pay for a quay nobody uses?\u201d",
                  "She added: \u201cWho would pay for it?\u201d", "He added \u2014 \u201cnot this winter.\u201d")),
))


def frame_follows(text: str, at: int) -> bool:
    """The reporter's frame of the quotation before ``at`` (its stop and closing quote) starts there
    (``FRAME_AFTER_QUOTE``): the sentence splitter and the quote reader both ask it, of a bounded stretch."""
    return FRAME_AFTER_QUOTE.matches(text[at:at + _FRAME_REACH])


class NameCue(enum.Enum):
    NICKNAME = "nickname"


# A nickname in quotation marks inside a person's name: 'Ramon "El Toro" Vargas', "Ronnie ‘The Rocket’ Sullivan".
# Its marks quote no one: the quotation finder and the name reader read past it. One to three capitalised words,
# no stop or comma inside, between a capitalised word (not a possessive: "Tran's “Big Plan” Act") and a capitalised
# word that is no day or month ('called Reyes "Mr Nobody" Monday').
_CALENDAR_AFTER = "|".join(name.capitalize() for name in (*WEEKDAY_NAMES, *MONTH_NAMES))
NICKNAMES = RuleTable("speech.nickname", (
    rule("quoted-nickname", NameCue.NICKNAME,
         r"\b[A-Z][\w'\u2019-]*(?<!['\u2019]s)(?<=[^\W\d_]) "
         r"(?P<nickname>[\"\u201c\u2018'][A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}[\"\u201d\u2019'])"
         rf" (?=[A-Z][a-z])(?!(?:{_CALENDAR_AFTER})\b)", flags=0,
         examples=('Drug lord Ramon "El Toro" Vargas was extradited on Friday.',
                   "Tran's niece, state Del. Marcia \u201cCia\u201d Okafor, shouted to the crowd.",
                   "Ronnie \u2018The Rocket\u2019 Sullivan won again.", "Earvin 'Magic' Jansen said"),
         counter=('"We will appeal," Ana Ruiz said. "Nothing" Tom Reyes added.',
                  "Reyes's \u201cBig Plan\u201d Act was passed.", 'He called Ruiz "Mr Nobody" Monday.',
                  'the film "American Skin" Reyes wrote', '"Go," said Tom Reyes "Stop," said Ana Ruiz.',
                  'Ana Ruiz "will not resign" Tom Reyes said')),
))


def nickname_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a nickname in quotation marks (``NICKNAMES``), each from its opening to its closing mark."""
    # A space and an opening mark: every quoted nickname holds one, and most texts none (a test in C each).
    if ' "' not in text and " \u201c" not in text and " \u2018" not in text and " '" not in text:
        return []
    pattern = NICKNAMES["quoted-nickname"].pattern
    assert pattern is not None
    return [m.span("nickname") for m in pattern.finditer(text)]
