"""Sentences that never state a story's core event, however high on the page they stand.

A page's first sentences are its lead only when they report: a photo caption ("This photo made
available by ... shows ..."), a credit line, or a teaser question is page furniture the scraper kept
above the lead. ``NOT_A_LEAD.first`` says which (the rule id shows in ``--explain``).
"""

from __future__ import annotations

import enum

from bot.rules.fragments import MONTH, WEEKDAY_NAMES, any_of
from bot.rules.table import Overlap, RuleTable, rule


class NotALead(enum.Enum):
    CAPTION = "a photo caption"
    QUESTION = "a question"
    NO_COMMENT = "someone saying nothing"
    ELSEWHERE = "another matter"


class Tense(enum.Enum):
    FUTURE = "tells what is to come"


NOT_A_LEAD: RuleTable[NotALead] = RuleTable("not a lead", (
    rule("photo-shows", NotALead.CAPTION,
         r"^\W*(?:in )?(?:this|these|a|an|the)\b[^.]{0,60}?\b(?:photos?|images?|pictures?|handout|file photo|"
         r"screenshot)\b.{0,80}?\b(?:shows?|showing|made available|provided by|released by|taken (?:on|in))\b",
         examples=("This March 3, 2020 photo made available by the port authority shows a ferry at dock.",
                   "A handout picture released by the army shows soldiers near the border."),
         counter=("The ministry released photos on Monday and said the ferry would sail again.",
                  "Officials showed reporters the damaged hull.",
                  "Investigators still do not know what the flight recorder shows.",
                  "Police released images of a van showing a dented door.")),
    rule("in-this-photo", NotALead.CAPTION,
         r"^\(?(?:in )?this (?:\w+ ){0,6}?(?:photo|image|picture)\b"
         r"|\bin this (?:[\w,]+ ){0,6}?(?:photo|image|picture)\b",
         examples=("In this file photo, a worker walks past the plant gates.",
                   "A worker walks past the plant gates in this March 3, 2021 handout photo."),
         counter=("In this town, a worker walks past the plant gates every day.",)),
    rule("photo-by", NotALead.CAPTION,
         r"\b(?:photos?|images?|pictures?|handout|screenshot)\s+(?:made available|provided|released|taken|obtained)"
         r"\s+by\b",
         examples=("Smoke rises over the port in a picture released by the navy.",),
         counter=("The navy released pictures of the port on Monday.",)),
    rule("photo-credit", NotALead.CAPTION,
         r"\((?:[A-Z][\w.]*\s+)?(?:photo|image|picture)s?\s*(?:/|:|by\b)|\b(?:photo|image|picture) credit\b",
         examples=("Firefighters douse the warehouse on Friday. (AP Photo/Jane Roe)",),
         counter=("Firefighters doused the warehouse on Friday, police said.",)),
    # Agency captions date the picture in full after the place ("... in Sao Paulo, Brazil, Sunday, Nov. 13,
    # 2016."); prose says "on Sunday", and when it gives the full date it reports ("said Friday, Dec. 29").
    rule("caption-date", NotALead.CAPTION,
         r"(?<!\bon)(?<!\bsince)(?<!\buntil),?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+"
         + MONTH + r"\.?\s+\d{1,2},\s+(?:19|20)\d\d\b",
         unless=r"\b(?:said|says|announced|reported|confirmed|told|wrote|added)\b",
         examples=("A rescuer carries a child from the rubble in Dorva, Norvania, Tuesday, March 3, 2020.",
                   "The head of the union is criticizing Saturday, Dec. 31, 2017, the new zone."),
         counter=("The quake struck on Tuesday, March 3, 2020, and killed 40 people.",
                  "Rescuers worked through Tuesday, officials said.",
                  "The bank said Friday, Dec. 29, 2017, that two thirds of the charge are taxes.")),
    # Who did not answer tells the reader nothing of what happened: never a lead nor a further fact.
    rule("no-comment", NotALead.NO_COMMENT,
         r"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|could not|couldn['’]t) (?:immediately )?"
         r"(?:respond|reply|answer|return)\b[^.;]{0,60}?\b(?:requests?|calls?|messages?|e-?mails?|inquiries|queries)"
         r"\b[^.;]{0,30}?\bcomment"
         r"|\b(?:declined|refused) to comment\b(?![^.;]{0,20}\b(?:further|beyond|other than)\b)"
         r"|\bcould not (?:immediately )?be reached for comment\b",
         # The sentence says no more than that: a relative or a coordinated clause saying nothing, or a sentence of
         # more than 16 words, reports something else besides (a long no-comment sentence may pass as a fact).
         unless=r"\b(?:who|which|but|and)\s+(?:had\s+|has\s+|have\s+)?(?:did not|didn['’]t|declined|refused|could not|"
                r"has not|have not|hasn['’]t|haven['’]t)\b", max_words=16,
         examples=("A representative for the director did not respond to a request for comment Saturday.",
                   "Harbor Ferries did not immediately return calls seeking comment.",
                   "The ministry declined to comment.", "Ana Ruiz could not be reached for comment on Monday.",
                   "Acme, which has run the ferries since 1990, declined to comment.",
                   "Harbor Ferries didn't immediately respond to emails seeking comment."),
         counter=("The ministry declined to comment further but said the quay would reopen in May.",
                  "The board did not respond to the union's demands and closed the quay on Monday.",
                  "Lessby police, who declined to comment on a motive, arrested two men on Monday over the fire.",
                  "Acme Ferries, which did not respond to requests for comment, cancelled all crossings.",
                  "Police arrested two men on Monday over the fire at the ferry terminal but declined to comment on "
                  "a motive.",
                  "A ferry carrying 300 passengers ran aground off Lessby on Sunday, and its operator, Acme, did not "
                  "respond to requests for comment.",
                  "Acme shares fell 12 percent on Monday after the ferry sank off Lessby, and the company declined to "
                  "comment.")),
    # A sentence that says it turns to another matter ("In a separate case, ...", "Separately, ...") tells of
    # something beside the story: never its event, nor a limit of it.
    rule("another-matter", NotALead.ELSEWHERE,
         r"^\W*(?:separately,|in (?:a|an|another) (?:separate|unrelated|different) (?:[\w-]+ ){0,2}?"
         r"(?:case|incident|development|matter|ruling|attack|hearing|trial|investigation|probe|lawsuit)s?\b)",
         examples=("In a separate case, the family of a jailed lawmaker said her detention was extended.",
                   "Separately, police said two men were arrested in Lessby.",
                   "In an unrelated incident, a bus overturned near the port."),
         counter=("The two cases are separate, the judge said.", "Separated from her family, she waited at the port.",
                  "In a statement, the ministry said the ban was extended.",
                  # A statement of its own is most often about the same story; "separately" may qualify a word.
                  "In a separate statement, the ministry said licensed displays are exempt from the ban.",
                  "Separately owned shops on the square are exempt from the ban.")),
    # A sentence opening on a neighbouring country tells what happens there, beside the story: "Neighbouring Norvald set
    # its own limit at 16 in 2024", "Across the border in neighbouring Estmark, ...". Not neighbours in lower case
    # ("Neighbouring residents must keep windows shut").
    rule("neighbouring-country", NotALead.ELSEWHERE,
         r"^\W*(?:[Aa]cross the border,? )?(?:[Ii]n )?[Nn]eighbou?ring [A-Z]", flags=0,
         examples=("Neighbouring Norvald set its own limit at 16 in 2024, but has yet to fine any platform.",
                   "In neighbouring Estmark, the same rules took effect last year.",
                   "Across the border in neighbouring Estmark, a shop roof collapsed under snow; nobody was hurt."),
         counter=("Neighbouring residents must keep their windows shut.", "The ban also covers neighbouring Estmark.",
                  "Neighbouring households will be paid compensation.")),
    rule("question", NotALead.QUESTION, r"\?[\"\u201d\u2019')\]]*\s*$",
         examples=("Will the new rules change anything?",),
         counter=("The new rules will change little, experts said.",)),
), Overlap.FIRST)


class Leaning(enum.Enum):
    BEFORE = "leans on the sentence before"
    WHOLLY = "cannot be read without the sentence before"
    """Opens on a person or thing the sentence before names ("She suspected ...", "Its pilot ...", "On Monday, he told
    ...", "Born in Varna, the daughter of ...") or on "And", "But", "Yet": however many outlets print it, it tells its
    fact only beside that sentence, where one opening on a demonstrative, a connective, a count of those named or what
    followed may still stand alone once copied ("This year's festival has been cancelled", "It was the strongest quake
    since 1987", "Earlier, police evacuated 300 homes", "Those affected can apply for grants", "The former mayor was
    questioned")."""


# A sentence opening on a pronoun or a demonstrative ("They were evacuated after the boy fell", "This effect was
# predicted by ..."), on a connective answering the sentence before ("But confirmation would have to wait ...",
# "Meanwhile, the insurers offered a reward") or on a word narrowing it ("Specifically, the photos you take ...")
# tells its fact only beside that sentence: shown alone, the reader cannot tell who or what it is about.
_PERSONS = ("he", "she", "they", "we", "i", "you", "his", "her", "their", "its")
_DEMONSTRATIVES = ("it", "this", "these", "that", "those")


def _opening_on(words: tuple[str, ...]) -> str:
    """A sentence opening on one of ``words`` (capitalised or in capitals), maybe after "And", "But" or "Also"."""
    return (r"^\W*(?:(?:And|But|So|Yet|Also),? " + any_of(*words) + "|"
            + any_of(*(w.capitalize() for w in words), *(w.upper() for w in words)) + r")\b")
_CONNECTIVES = ("Meanwhile", "However", "Nevertheless", "Nonetheless", "Moreover", "Furthermore", "Besides",
                "Instead", "Still", "Even so", "In addition", "Also", "Likewise", "Otherwise", "In response", "Earlier",
                "Later", "As a result", "In turn")
LEANS_ON_CONTEXT: RuleTable[Leaning] = RuleTable("leans on the sentence before", (
    rule("person-opening", Leaning.WHOLLY, _opening_on(_PERSONS), flags=0,
         examples=("They were moved out of the hall after the ceiling fell, she said.",
                   "And he says the crowd was cleared.", "Her husband, Tomas, died in 2017.",
                   "THEY were moved out of the hall.", "Its chief executive resigned on Monday."),
         counter=("Italy's government banned the sale of the pesticide.", "Thousands of residents were evacuated.",
                  "Theresa Hale resigned on Monday.", "Hershey said sales rose.",
                  "The night before, the coach slipped on a wet floor.")),
    rule("demonstrative-opening", Leaning.BEFORE, _opening_on(_DEMONSTRATIVES), flags=0,
         examples=("This effect was predicted by a theory of the 1930s.",
                   "It’s frightening to watch the car drift off the road.", "THIS is the moment the bridge fell."),
         counter=("Italy's government banned the sale of the pesticide.", "Heathrow airport closed its runway on "
                  "Monday.", "Thessaly was cut off.", "Items were stolen.")),
    # "And", "But" and "Yet" open on the sentence before with or without a comma.
    rule("conjunction-opening", Leaning.WHOLLY, r"^\W*(?:And|But|Yet)[ ,]", flags=0,
         examples=("But confirmation would have to wait until the samples were tested.",
                   "And new starters will lose out.",
                   "And, of course, we will have more details as the night goes on."),
         counter=("Andrea Vell resigned on Monday.", "Butchers must label the meat.", "Yetta Moss won.")),
    # The other connectives are set off by a comma ("Still, ..."), unlike the same words as adjectives or adverbs
    # ("Still photographs show ...").
    rule("connective-opening", Leaning.BEFORE, r"^\W*" + any_of(*_CONNECTIVES) + ",", flags=0,
         examples=("Meanwhile, the museum's insurers have offered a reward.",
                   "However, the ban does not cover refillable vapes."),
         counter=("Still photographs show the ferry listing to one side.",
                  "Instead of a fine, the club was docked six points.", "Meanwhile Gardens was closed to the public.")),
    # "The others", "None of them", "The third is ...": people or things the sentence before counted or named.
    rule("anaphoric-opening", Leaning.BEFORE,
         r"^\W*(?:The (?:others|rest|latter|former|pair)\b"
         r"|(?:None|All|Both|Neither|Each|Some|Most|Many|Two|Three) of (?:them|those|these)\b|Both\b"
         r"|(?:Most|Many|Some|Several|Others|Few|All) (?:had|have|has|were|are|was|did|will|would|could|said)\b"
         r"|The (?:first|second|third|fourth|fifth|last) (?:is|was|were|are|has|had)\b)",
         flags=0,
         examples=("The others had been treated for dehydration and sent home.", "None of them is a candidate.",
                   "Most had travelled to the capital by coach.",
                   "The third is a family-run farm at the edge of the village.", "Both men were held overnight.",
                   "The pair were arrested at the port."),
         counter=("The other passengers were taken off by lifeboat.", "The first ferry left at noon.",
                  "Most of the marchers had travelled to the capital by coach.", "Many shops were shut.",
                  "None of the passengers was hurt.", "The third runway will open in 2031.",
                  "Bothwell council closed the road.")),
    # A person or people named in the sentence before, after an opening phrase: "Once spent, they will aim for ...",
    # "On Monday, he told the court ...". Not "it" ("On Monday, it was unclear ..." names no one).
    rule("pronoun-after-opening", Leaning.WHOLLY,
         r"^[^,.;:\u201c\u201d\"]{1,40}, (?:he|she|they|we)\b"
         r"|^(?:From|On|In|By|Until|Since|After|Before|At|During) [^,.;:]{1,30}? (?:he|she|they|we) (?-i:[a-z])",
         flags=0,
         examples=("Once spent, they will aim for the drone ship.", "On Monday, he told the court he was sorry.",
                   "After the vote, she resigned.", "From 1 June they face a fixed penalty."),
         counter=("On Monday, police said the road was open.", "In a statement, the ministry said it would appeal.",
                  "Once he had gone, the ferry left.", "On Monday, it was unclear whether the quay would open.",
                  "From 1 June drivers face a fixed penalty.")),
    # Someone named before, told by birth or schooling and an apposition, with no verb of its own: "Born in Varna in
    # 1978, the daughter of a bus driver".
    rule("birth-apposition", Leaning.WHOLLY,
         r"^\W*(?:Born|Raised|Educated) (?:in|at|on|near)\b[^,.;:]*, (?:the|a|an) (?:(?:only|eldest|youngest) )?"
         r"(?:son|daughter|child|grandson|granddaughter)\b",
         flags=0,
         examples=("Born in Varna in 1978, the daughter of a bus driver and a school cook.",),
         counter=("Born in Varna, Ana Ruiz studied law in Lessby.", "Born on a ferry, the calf was named Orrin.")),
    # What follows in time what the sentence before told: "After that the standard fine will apply", "Then the fire
    # spread to the roof".
    rule("sequence-opening", Leaning.BEFORE, r"^\W*(?:(?:After|Before) (?:that|this)|Since then|Then)\b(?!-)",
         flags=0,
         examples=("After that the standard fine will apply.", "Then the fire spread to the roof.",
                   "Since then, the quay has stayed shut."),
         counter=("After the storm, the quay stayed shut.", "Then-minister Ana Ruiz opened the quay in 2010.",
                  "Thena Orr resigned on Monday.")),
    rule("narrowing-opening", Leaning.BEFORE,
         r"^\W*(?:Specifically|Basically|Namely|In other words|That is),? ", flags=0,
         examples=("Specifically, the photos you take through other apps.",
                   "Basically that the club has broken no rule."),
         counter=("Basic services were restored on Monday.", "The ministry specifically banned sprays.")),
), Overlap.FIRST)


class Judgement(enum.Enum):
    ASSESSMENT = "weighs the news rather than reports it"
    SPECULATION = "tells what may have happened"


# What a reporter or a source thinks of the news is no fact of it: "The ruling is a major setback for the minister",
# "Losing the city is a humiliating blow for the party"; nor what may have happened ("Heavy rain may have washed farm
# waste into the reservoir"). A further fact another outlet tells in its own words is shown as settled: never these.
_WEIGHED = ("blow", "setback", "victory", "boost", "humiliation", "embarrassment", "landmark", "turning point",
            "milestone", "triumph", "coup", "defeat", "rebuke", "snub", "win")
JUDGED: RuleTable[Judgement] = RuleTable("a judgement, not a fact", (
    rule("weighed", Judgement.ASSESSMENT,
         r"\b(?:is|was|are|were|marks|marked|represents|represented|will be|would be)\s+(?:seen as\s+)?(?:a|an|the)\s+"
         r"(?:[\w-]+\s+){0,2}?" + any_of(*_WEIGHED) + r"\b(?!\s+(?:in|at|on)\s+(?:the\s+)?(?:final|match|race|vote|"
         r"election|court|appeal)\b)",
         examples=("The ruling is a major setback for Interior Minister Aurel Dask, who championed the law.",
                   "Losing Ostmark is a humiliating blow for the National Party.",
                   "The verdict is a landmark for the country's financial regulator.",
                   "The deal marks a turning point for the port."),
         counter=("The storm dealt a blow to the harbour wall.", "The club won the final on penalties.",
                  "The party suffered its worst defeat in the capital.",
                  "It was the team's third victory in the final this decade.")),
    rule("may-have", Judgement.SPECULATION,
         r"\b(?:may|might|could) have (?:been )?\w+(?:ed|en|wn|ght|ld)\b",
         examples=("Heavy rain last week may have washed farm waste into the reservoir.",
                   "The fire might have been started by a discarded cigarette."),
         counter=("Heavy rain last week washed farm waste into the reservoir.",
                  "Residents may have their water back by Friday.")),
), Overlap.FIRST)


# A lead that announces the event ("will launch next month") is out of date once later articles exist. The
# future must be what the sentence reports, its first verb: "The firm will open a plant" announces, but "The
# court said it will rule" or "Police arrested two men who will appear in court" report something done.
_FIRST_VERB = (r"^(?:(?!\b(?:said|says|told|has|have|had|was|were|did|\w+ed)\b)[^,;:.])*?")
AHEAD: RuleTable[Tense] = RuleTable("tells what is to come", (
    rule("will", Tense.FUTURE, _FIRST_VERB + r"\b(?:(?:will|shall) (?!not\b|have\b)\w+"
         r"|(?:is|are) (?:all )?(?:set|scheduled|due|expected|poised|planning|preparing) to"
         r"|(?:plans?|intends?) to)\b",
         examples=("The agency will launch its new probe next month.", "The firm is set to open a plant.",
                   "The city plans to ban cars from the centre.", "Acme is all set to open its new depot."),
         counter=("The agency launched its new probe on Tuesday.", "The plan was approved on Monday.",
                  "The court said it will rule on the appeal in May.",
                  "Police arrested two men, who will appear in court on Friday.",
                  "The company has raised its offer and will not bid again.")),
))


class Frame(enum.Enum):
    ONGOING = "tells what has been going on"
    REACTION = "tells how someone reacted to it"
    WHEN = "says when it happened"


# A lead telling what has been going on for a while ("Over the past year, reporters have been sifting
# through ...") is background to the news, not the event: it weighs less than one that reports an act.
BACKGROUND: RuleTable[Frame] = RuleTable("background, not the event", (
    rule("ongoing", Frame.ONGOING,
         r"^\W*(?:over|for|during|in) the (?:past|last) (?:few |several |\w+ )?(?:days|weeks|months|years?|decades?)\b"
         r"|\b(?:has|have) been (?!\w+ed\b)\w+ing\b|\b(?:has|have) long\b",
         examples=("Over the past year, reporters have been sifting through the files.",
                   "Investigators have been searching the harbour for the missing boat.",
                   "The old market hall has long been a landmark of the harbour quarter."),
         counter=("Reporters published the files on Sunday.", "The harbour has been closed since Monday.",
                  "Prices rose 5 percent in the past year, the agency said.",
                  "The council has closed the market hall for a long time.")),
    # A lead whose main verb is a reaction ("A union leader has criticized the council for closing two
    # schools") tells the response; the report of the act itself ("The council is closing two schools") is
    # the event. The verb must be the sentence's own, before any "that", "who" or "after" clause.
    rule("reaction", Frame.REACTION,
         r"^(?:(?!\b(?:that|which|who|whom|after|as|when|while|because)\b)[^,;:])*?\b(?:has |have |had )?"
         r"(?:criticized|criticised|condemned|slammed|denounced|blasted|lambasted|decried|praised|welcomed|hailed|"
         r"hit out at|lashed out at)\b",
         examples=("A teachers' union leader has criticized the council for closing two schools.",
                   "Opposition leaders condemned the new curfew on Monday."),
         counter=("The council closed two schools, a move critics condemned.",
                  "The city opened a shelter after residents criticized the plan.",
                  "Residents said the police, who were criticized last year, arrived on Monday.")),
    # A lead telling how the news is spreading online ("A fireball that lit up the sky is lighting up social media")
    # reports the stir it causes, not the thing itself: the sentence saying what was seen where is the event. Only
    # as the sentence's own verb and end: not after a comma or a word opening another clause ("Police arrested a man
    # after a video of the attack has gone viral", "The ferry hit the quay and the video has gone viral"), a
    # report's verb ("warned that a false claim has gone viral") or a relative pronoun right before it ("charged
    # over a prank that has gone viral").
    rule("online-stir", Frame.REACTION,
         r"^(?:(?!\b(?:after|and|but|because|when|while|since|until|as|whose|said|says|told|warned|warns|"
         r"reported|claimed|announced|confirmed)\b)[^,;:])*(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
         r"\b(?:(?:is|are|has been|have been) (?:lighting|blowing) up (?:social media|the internet|twitter|the web)"
         r"|(?:has|have) gone viral|(?:is|are) going viral|has (?:social media|the internet|twitter) (?:talking|"
         r"buzzing|abuzz))(?: [\w'\u2019-]+){0,4}\W*$",
         examples=("A green fireball that streaked over the harbour is lighting up social media.",
                   "A video of the mayor dancing on the quay has gone viral this week.",
                   "The new ferry's horn has the internet talking."),
         counter=("A video that went viral on Friday shows the ferry hitting the quay.",
                  "The ferry hit the quay on Friday, and the video of the crash has gone viral.",
                  "The ferry hit the quay on Friday and the video of the crash has gone viral.",
                  "Police are searching for a man after a video of the attack has gone viral.",
                  "Two men were charged on Tuesday over a prank video that has gone viral.",
                  "The school suspended a teacher whose rant at pupils has gone viral.",
                  "Health officials warned on Monday that a false claim about the vaccine has gone viral.",
                  "A video that has gone viral shows the ferry hitting the quay on Friday night.",
                  "Crowds were lighting up the harbour with lanterns on Saturday night.")),
))

# A lead saying on which day the thing happened ("announced on Monday", "Thursday night") reports an
# event; analysis, background and scene-setting rarely name the day.
DATED: RuleTable[Frame] = RuleTable("says when", (
    rule("day", Frame.WHEN, r"\b" + any_of(*WEEKDAY_NAMES, "yesterday", "today", "tonight", "last night",
                                              "this morning") + r"\b",
         examples=("The council approved the budget on Monday.", "Two ferries collided Friday night.",
                   "The minister resigned yesterday."),
         counter=("The council has long wanted a new budget.", "Ferries have collided in the strait since 2014.")),
))


def another_matter(text: str) -> bool:
    """The sentence says it turns to another matter ("In a separate case, ..."): the ``another-matter`` rule."""
    hit = NOT_A_LEAD.first(text)
    return hit is not None and hit.kind is NotALead.ELSEWHERE
