"""Sentences that never state a story's core event, however high on the page they stand.

A page's first sentences are its lead only when they report: a photo caption ("This photo made
available by ... shows ..."), a credit line, or a teaser question is page furniture the scraper kept
above the lead. ``NOT_A_LEAD.first`` says which (the rule id shows in ``--explain``).
"""

from __future__ import annotations

import enum

from bot.rules.table import Overlap, RuleTable, rule


class NotALead(enum.Enum):
    CAPTION = "a photo caption"
    QUESTION = "a question"


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
    rule("question", NotALead.QUESTION, r"\?[\"\u201d\u2019')\]]*\s*$",
         examples=("Will the new rules change anything?",),
         counter=("The new rules will change little, experts said.",)),
), Overlap.FIRST)

# A lead that announces the event ("will launch next month") is out of date once later articles exist.
AHEAD: RuleTable[Tense] = RuleTable("tells what is to come", (
    rule("will", Tense.FUTURE, r"\b(?:will|shall|is|are) (?:be )?(?:set|scheduled|due|expected|poised|planning) to\b"
         r"|\bwill (?!not\b|have\b)\w+|\b(?:plans?|intends?) to\b|\b(?:later|next) (?:this )?(?:week|month|year)\b",
         examples=("The agency will launch its new probe next month.", "The firm is set to open a plant.",
                   "The city plans to ban cars from the centre."),
         counter=("The agency launched its new probe on Tuesday.", "The plan was approved on Monday.")),
))
