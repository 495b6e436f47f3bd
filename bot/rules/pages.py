"""The words of a news page's furniture: mottos under a masthead, staff roles in a by-line, credits and
copyright lines, the words outlet names are made of, date-line words, and section names.

The cleaner (``bot.text.clean``) and the metadata reader (``bot.text.metadata``) decide *where* a line
sits; these rules say what its words are. ``page_pattern`` hands a rule's compiled pattern to a caller
that substitutes with it (a by-line's name without its role words, a date line without its date words).
"""

from __future__ import annotations

import enum
import re

from bot.rules.fragments import MONTH, SENTENCE_END, WEEKDAY, any_of
from bot.rules.table import Overlap, RuleTable, rule
from bot.rules.words import TOPIC_STOPWORDS, word_set


class PageWord(enum.Enum):
    """What a piece of page furniture is."""

    SLOGAN = "site motto"
    STAFF_ROLE = "staff role"
    OUTLET_WORD = "outlet-name word"
    NOT_OUTLET = "not an outlet name"
    DATE_WORD = "date-line word"
    CREDIT = "photo or reporting credit"
    COPYRIGHT = "copyright notice"
    RESIDUE = "scraper residue"
    POST = "embedded social post"


def _words(*words: str) -> str:
    """One regex matching any of ``words`` as a whole word."""
    return r"\b" + any_of(*words) + r"\b"


_STAFF_ROLES = ("writer", "editor", "reporter", "correspondent", "columnist", "contributor", "staff", "desk",
                "bureau", "chief", "author", "producer", "analyst", "intern", "freelance")
_MONTH = MONTH + r"\.?"
_PERSON = r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
_OPENING_WORDS = "|".join(sorted(w.capitalize() for w in TOPIC_STOPWORDS if w.isalpha() and len(w) > 1))
"""Function words in title case: what the sentence after a glued teaser opens with ("Under", "The", "After")."""
_BUTTONS = r"(?:facebook|twitter|whatsapp|telegram|linkedin|messenger|reddit|pinterest|e-?mail|print)"
"""A share button's name, in a row glued to the sentence after it (``leading-residue``): fewer names than the clutter
table's row ("More", "Line" and "Link" open sentences too)."""

PAGE_WORDS: RuleTable[PageWord] = RuleTable("page-words", (
    # A site's motto under its masthead: "Your news from ...", "Serving ... since 1887", "Farm news for ...".
    rule("masthead-slogan", PageWord.SLOGAN,
         r"^(?:your|the) (?:\w+ ){0,3}(?:news|voice|source|guide|paper)\b|\bsince (?:1[89]|20)\d\d$|"
         r"^(?:serving|official|independent|trusted)\b|^(?:\w+ ){0,2}(?:news|commentary|analysis|stories|"
         r"opinion) (?:for|from|about|on|since)\b",
         examples=("Your trusted voice in the valley", "Printing the harbour's news since 1874",
                   "Serving the northern lakes", "Orchard news for growers"),
         counter=("Harbour bridge closes for repairs", "Mayor opens new library")),
    # The job in a by-line: "Jane Roe, Senior Writer", "Tom Vale | Staff Reporter". The cleaner also counts
    # "journalist"; the metadata reader also knows a "newsdesk" is no outlet.
    rule("byline-role", PageWord.STAFF_ROLE, _words(*_STAFF_ROLES, "journalist"),
         examples=("Jane Roe, Senior Writer", "Tom Vale | Staff Reporter", "Freelance journalist"),
         counter=("Jane Roe", "Editorial board meets")),
    rule("outlet-role", PageWord.STAFF_ROLE, _words(*_STAFF_ROLES, "newsdesk"),
         examples=("Valley Newsdesk", "Metro Desk", "Business Correspondent"),
         counter=("Valley Gazette", "Desktop Weekly")),
    # Words outlet names are made of: "the Riverside Herald", "Coastline Radio", "Lakeside Daily".
    rule("outlet-word", PageWord.OUTLET_WORD, _words(
        "press", "news", "times", "post", "agency", "wire", "journal", "herald", "tribune", "daily", "media", "radio",
        "tv", "television", "network", "gazette", "observer", "guardian", "standard", "courier", "dispatch",
        "chronicle", "telegraph", "express", "review", "today", "magazine", "digest", "report", "insider",
        "service", "online", "weekly", "monitor", "star", "sun", "mail", "independent", "bulletin", "broadcasting",
        "channel", "reuters", "bloomberg"),
         examples=("The Riverside Herald", "Coastline Radio", "Lakeside Daily"),
         counter=("Jane Roe", "Harbour Authority")),
    # What follows a by-line's comma or bar but names no outlet: "5 min read", "12 comments", "Updated 3 May", a
    # badge of the article's kind or access ("Premium", "Opinion").
    rule("not-outlet", PageWord.NOT_OUTLET,
         rf"\b(?:min(?:ute)?s? read|comments?|responses?|replies|updated|ago|{_MONTH}\s*\d{{1,2}}|"
         r"\d{1,2}:\d\d|\d{4})\b|^\d|^(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?$"
         r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)$"
         r"|^(?:premium|exclusive|subscribers?(?: only)?|members?(?: only)?|sponsored|"
         r"advertorial|paid content|opinion|analysis|explainer|live|breaking|video|audio|podcast|listen)$"
         r"|^(?:watch|listen|read|play)(?: now| live| more| again)?$",
         examples=("5 min read", "12 comments", "Updated 3 hours ago", "June 4", "March 10", "2019", "Premium",
                   "Opinion", "Sat", "Weds", "Monday", "Yesterday", "Watch now", "Listen live"),
         counter=("Valley Gazette", "The Lakeside Post", "Monocle", "SunStar", "Monitor", "TODAY")),
    # Everything a date line may hold besides its date: "Updated: Tue 4 June 2024, 09:15 GMT", "3 hours ago".
    rule("date-word", PageWord.DATE_WORD,
         rf"\b(?:{MONTH}|{WEEKDAY}|updated|last|published|posted|modified|ago|minutes?|mins?|hours?|"
         r"hrs?|days?|weeks?|seconds?|at|on|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|local|time|today|"
         r"yesterday|just|now|st|nd|rd|th|of)\b|(?<=\d)[ap]m\b|\d+|[^\w\s]",
         examples=("Updated", "3 hours ago", "Tue 4 June 2024, 09:15 GMT"),
         counter=("Harbour reopens",)),
    # A line that is only a picture credit or a licence: "Photo: Jane Roe", "Licensed under CC BY-SA 4.0".
    rule("credit-only", PageWord.CREDIT,
         r"^[\[(]?\s*(?:photograph|photo|picture|image|illustration|credit|video)s?"
         r"\s*(?:by\b|:)|"
         r"licensed under (?:cc|creative commons)|\bcc by(?:-\w+)*\s*\d",
         examples=("Photo: Jane Roe", "[Image by Tom Vale]", "Licensed under CC BY-SA 4.0"),
         counter=("Photographers gathered outside the court.", "Images of the flood spread online")),
    rule("leading-credit", PageWord.CREDIT, r"^(?:\((?:photo|image|picture|credit|video)s?:[^()]{1,80}\)\s*)+",
         examples=("(Photo: Jane Roe) Harbour reopens",),
         counter=("Harbour reopens (Photo: Jane Roe)",)),
    # "Harbour fire destroys warehouse (Photo: J. Roe/Agency)": a credit inside a stated title is no part of it.
    rule("credit-in-title", PageWord.CREDIT, r"\s*\((?:photo|image|picture|credit|video)s?\s*:[^()]{1,80}\)",
         examples=("Harbour fire destroys warehouse (Photo: J. Roe/Agency)",),
         counter=("Harbour fire (update)",)),
    # A photo's credit run into the end of a paragraph of the article: the paragraph stays, the credit goes
    # (``bot.text.clean`` cuts it where what comes before reports speech, which no caption of the photo does).
    rule("trailing-photo-credit", PageWord.CREDIT,
         r"(?<=[.!?\"”’])\s*(\((?:photo|photograph|image|picture|credit|video)s?\s*:[^()]{1,80}\))\s*$",
         examples=("\"We'll manage,\" she said. (Photo: Gazette/Andrea Kolm)",),
         counter=("(Photo: Gazette/Andrea Kolm) The harbour reopened.", "The harbour (photo: right) reopened.")),
    # The agency's credit closing a story's last paragraph: "... on Monday. (Reporting by Jane Roe)".
    rule("trailing-credit", PageWord.CREDIT,
         r"(?<=[.!?\"”])\s*(\((?:additional )?(?:reporting|writing|editing|compiled|research)(?: and \w+)? by\b"
         r"[^()]*\)|[-–—]\s*with (?:assistance (?:by|from) )?" + _PERSON + r"(?:(?:,| and) " + _PERSON + r")*)$",
         examples=("The ferry resumes on Monday. (Reporting by Jane Roe; Editing by Tom Vale)",
                   "The ferry resumes on Monday. —With Jane Roe and Tom Vale"),
         counter=("Reporting by Jane Roe, the council said.",)),
    rule("trailing-copyright", PageWord.COPYRIGHT,
         r"(?<=[.!?\"”])\s*((?:copyright|©|\(c\))\W.{0,300}?(?:all rights reserved|may not be|reproduc|redistribut)"
         r"[^\n]{0,300}|all rights reserved\b[^\n]{0,600})$",
         examples=("The ferry resumes on Monday. Copyright 2031 Valley Press. All rights reserved.",),
         counter=("Copyright law changed on Monday.",)),
    # The counter opening each caption of a slideshow flattened into lines: "3/30 Frosty slopes ...". It alone
    # proves nothing ("9/11 families...", a thread's "1/2 Today we ..."): the cleaner drops lines only when
    # their counters run on one after another over the same total (``_mark_galleries``).
    rule("gallery-counter", PageWord.RESIDUE, r"^(\d{1,3})\s*/\s*(\d{1,3})\s+(?=\S)",
         examples=("3/30 Frosty slopes of Mars This image shows ...", "12 / 16 Residents clear the rubble"),
         counter=("1,200/year is the cap.", "The vote was 9/11 in favour.")),
    # What a scraper leaves glued before the first sentence or the headline: a field name and a time stamp
    # ("maintext 2031-05-14 09:12:33 The council..."), a video player's close button before a sentence ("CLOSE The
    # council...": before its caption, which ends on the clip's credit, the clutter table's ``video-caption`` takes
    # both), a breadcrumb trail ("Home > World > Europe Ferry timetable approved"), an embed's skip link ("Skip
    # Twitter post by @jroe We will reopen...": the post itself stays, it may be a statement).
    # A consent banner a scrape ran into the article's first line, with the button it ends on: "This site uses
    # cookies. By continuing to use it you accept our cookie policy. AcceptBusinesses across the coast are ...".
    # Each of its sentences speaks of the site's cookies, not of cookies someone sold.
    rule("leading-banner", PageWord.RESIDUE,
         r"^(?:[^.!?\n]{0,160}?(?:\b(?:we|site|website|partners) (?:may )?(?:use|uses|store|set) cookies\b"
         r"|\bcookie (?:policy|settings|preferences|notice|consent)\b"
         r"|\b(?:accept|allow|reject|manage|use of) (?:all |optional |non-essential )?cookies\b)"
         r"[^.!?\n]{0,160}?[.!?]\s*){1,3}"
         r"(?:(?:accept(?: all)?(?: cookies)?|ok|okay|got it|i agree|agree|close|dismiss)\s*[.!]?\s*)?"
         r"(?-i:(?=[A-Z\"“‘(]))",
         examples=("This site uses cookies. By continuing to use it you accept our cookie policy. AcceptBusinesses "
                   "across the coast are counting the cost.",
                   "We use cookies to improve your experience. Got it The council approved the plan."),
         counter=("The bakery sold 4,000 cookies at the fair. It said demand was high.",
                  "We use cookies to improve your experience")),
    # A social post embedded in the page, flattened to its text, its links, then its author's name, handle and date:
    # "As I depart Abuja ..., I welcome the release of 21 of our Chibok Girls. — Muhammadu Buhari (@MBuhari) October
    # 13, 2016". The post is its author's words (``text.clean`` shows it as a quotation signed with the name).
    rule("embedded-post", PageWord.POST,
         r"^(?P<post>[^\"“”\n]{3,600}?)\s*(?:(?:https?://t\.co/\S*|pic\.twitter\.com/\S*)\s*)*[—–]\s*"
         r"(?P<name>[^()\n—–@]{1,40}?)\s*\(@\w{1,15}\)\s*" + _MONTH + r"\s+\d{1,2},\s+\d{4}\s*$",
         examples=("I welcome the release of 21 of the girls, following successful negotiations. — Ana Ruiz (@aruiz) "
                   "October 13, 2016",
                   "Ferry to sail next month. Guaranteed to be exciting. pic.twitter.com/3KsCEn — Tom Reyes "
                   "(@tomreyes) December 2, 2017"),
         counter=("The minister - Ana Ruiz (@aruiz on Twitter) - said on October 13, 2016 that it would sail.",
                  "\"We will sail,\" she wrote. — Ana Ruiz (@aruiz) October 13, 2016")),
    # A slideshow's captions, each closed by its counter, run into the article after the last one: "... Hide Caption 3
    # of 3 Brenmouth (Wire News) A fire at ..." (a line ending on a counter is a gallery: the clutter table's
    # ``counted-captions``). Asked only of lines holding "aption" (``text.clean``).
    rule("leading-captions", PageWord.RESIDUE, r"^.*\bhide caption \d{1,3} of \d{1,3}\s+(?-i:(?=[A-Z\"“‘(]))",
         examples=("Photos: Harbour fire Smoke over the quay. Hide Caption 3 of 3 Lessby (Wire) A fire destroyed three "
                   "warehouses on Friday.",),
         counter=("Photos: Harbour fire Smoke over the quay. Hide Caption 3 of 3",
                  "The site's buttons read hide caption 1 of 12 and show all.")),
    rule("leading-residue", PageWord.RESIDUE, any_of(
        r"^(?:(?:maintext|main_text|text|body|content|description|article_?body|date_?publish(?:ed)?|published|"
        r"updated|posted|date)\s*[:=]?\s*)?(?:\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?(?:\.\d+)?Z?)?|"
        r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d)(?:,?\s*\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|[ap]\.?m\.?))?)?)\s*",
        r"^(?-i:ADVERTISEMENT)\s+", r"^(?-i:CLOSE)\s+(?=.*" + SENTENCE_END + ")",
        r"^\d{1,2}\s*min(?:ute)?s?\.?\s*read\s*",
        r"^share (?:this|the) (?:article|story|page)(?:\s*(?:facebook|twitter|whatsapp|e-?mail|linkedin|x|messenger|"
        r"reddit|pinterest|copy link|print))+\s*",
        r"^(?-i:Home)(?:\s*[>›»|/]\s*[\w&'’-]+(?: [\w&'’-]+)?){1,5}\s+",
        r"^(?:skip|end of) (?:twitter|x|instagram|facebook|youtube|tiktok|bluesky) (?:post|content|video)(?: \d+)? "
        r"by @?[\w.]+\s+",
        # A row of share buttons run into the sentence after it: "Share Facebook X WhatsApp EmailTransport minister
        # ...", "PrintEmailShareMs Haddour ...".
        r"^(?:share|print|e-?mail)(?:\s*(?:on|by|via|:))?\s*(?:(?:share(?:\s+(?:on|by|via))?|print|e-?mail|facebook|"
        r"twitter|x|whatsapp|telegram|linkedin|messenger|reddit|pinterest|copy link|tweet)\s*:?\s*)+",
        # ... after "Share this:", two names or more: one may open a post's words ("Share this: Facebook Will Charge
        # Every User From Monday, the message begins").
        r"^share this\s*:\s*(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|messenger|reddit|pinterest|e-?mail|"
        r"print|copy link)\s*){2,}",
        # ... or, with no word before them, three names or more ("Facebook Twitter Email Varrow Water has been fined"),
        # or two glued together ("WhatsAppTelegramFacebookEmailSEMBA Lakes has ..."): not "Facebook Messenger Kids
        # must ...", a product.
        rf"^(?:{_BUTTONS}\s*){{3,}}|^{_BUTTONS}{{2,}}",
        # A teaser's headline run into the sentence after it with no space: "Read more: Ferry fares rise againUnder
        # the deal, ..." (a small letter, then a function word of the language opening the sentence, or four small
        # letters, then a capitalised word: "confirmedPolice said", "coastI was"; "McLaren", "YouTube",
        # "PlayStation" are no such seams).
        r"^(?:read more|read also|also read|read next|related(?: stories| articles)?|see also|more on this|must read|"
        r"recommended)\s*[:|–—»›]\s*[^.!?\n]{5,200}?"
        rf"(?-i:(?:[a-z0-9](?=(?:{_OPENING_WORDS})\b)|(?<![A-Z])[a-z]{{4}}(?=[A-Z](?:[a-z]+ | ))))",
    ) + r"(?-i:(?=[A-Z\"“‘(]))",
         examples=("maintext 2031-05-14 09:12:33 The council approved the plan.",
                   "Published: 14.05.2031 09:12The council approved the plan.", "CLOSE A ferry ran aground.",
                   "CLOSE Tom Reyes told the crowd: 'We will not be moved.'",
                   "Home > World > Europe Ferry timetable approved",
                   "Skip Twitter post by @jroe We will reopen the pier on Friday.",
                   "4 Min ReadLESSBY (Reuters) - The council approved the plan.",
                   "Share this article Facebook Twitter WhatsAppThe crackdown came after four people died.",
                   "Read more: Ferry timetable changes for spring confirmedUnder the agreement, dockers get a rise.",
                   "Read more: Ferry fares to rise again this springPolice said the crash happened shortly after 7am.",
                   "Share Facebook X WhatsApp EmailTransport minister Ana Ruiz called it a black day.",
                   "PrintEmailShareMs Haddour, a former ambassador, led the talks.",
                   "Share on Facebook Share on X Share by EmailHome Minister Ana Ruiz is drawing up new laws.",
                   "Share: Facebook X Email WhatsAppEighty-eight men will not be flown out.",
                   "Share this: Facebook X Email WhatsAppPolice said the coach left the road on a sharp bend.",
                   "WhatsAppTelegramFacebookEmailSEMBA Lakes has been sealed off by police.",
                   "Facebook Twitter Email Varrow Water has been fined 4.2 million."),
         counter=("2031-05-14 was the hottest day on record.", "CLOSE to 200 people were evacuated.",
                  "CLOSE Ana Ruiz says the quay will reopen on Monday. (Feb. 4) AP",
                  "4 minutes Read aloud, the letter moved the court.",
                  "Close Brothers shares fell.", "Home Office > rules tightened",
                  "Read more: Ferry fares to rise again in summer", "Share prices in Acme rose 4%.",
                  "Email Ana Ruiz for details.",
                  "Share this: it was the best day of our lives, she said.",
                  "Share this: Facebook Will Charge Every User From Monday, the message begins.",
                  "Facebook Messenger users can no longer send files.",
                  "Facebook Messenger Kids must be suspended from March 15.")),
), overlap=Overlap.ALL)

SECTION_WORDS = word_set("""
news world business politics sport sports culture opinion tech technology science health entertainment
lifestyle travel markets economy local national international europe asia africa americas climate
environment education money finance commodities disasters consumer breaking latest home uk us middle east
weather crime justice arts media energy defence defense security region regions society life style food
video photo photos podcasts live top stories analysis features investigations global and &
""")
"""The words a section label over a headline is made of: "BUSINESS", "World | Commodities"."""

NAME_SMALL_WORDS = word_set("the of and for in on at a an to by de la le du")
"""Words an outlet's name keeps in lower case and its initials leave out: "Voice of the Valley" is "VV"."""


def page_pattern(id: str) -> re.Pattern[str]:
    """The compiled pattern of the page-word rule ``id``."""
    pattern = PAGE_WORDS[id].pattern
    assert pattern is not None, id
    return pattern
