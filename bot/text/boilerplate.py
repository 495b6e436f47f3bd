"""Page clutter recognised line by line: the stock phrases and line shapes news sites share.

Each rule is true of news pages in general (share rows, advertisement markers, teasers, sign-up
prompts, credits, copyright footers, comment counts, consent banners...). A rule caps the number
of words a line may have, so a long article paragraph that merely mentions, say, a newsletter is
never taken for a sign-up box; a ``fragment_only`` rule never matches a line that ends like a
sentence. ``clutter_reason`` is the entry point; where a line sits (above the headline, after the
article) is judged by ``bot.text.clean``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.rules.fragments import ENDS_LIKE_SENTENCE, LEADING_MARKS, MONTH_PREFIX

_I = re.IGNORECASE


def _alt(*parts: str) -> str:
    """One regex group matching any of ``parts``."""
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Rule:
    """Clutter when ``pattern`` and every pattern in ``also`` match a line of at most ``max_words`` words."""

    reason: str
    pattern: re.Pattern[str]
    max_words: int = 40
    also: tuple[re.Pattern[str], ...] = ()
    fragment_only: bool = False

    def matches(self, line: str, words: int) -> bool:
        if words > self.max_words or (self.fragment_only and ENDS_LIKE_SENTENCE.search(line)):
            return False
        return bool(self.pattern.search(line)) and all(p.search(line) for p in self.also)


def _rule(reason: str, pattern: str, max_words: int = 40, *, flags: int = _I, also: tuple[str, ...] = (),
          fragment_only: bool = False) -> Rule:
    return Rule(reason, re.compile(pattern, flags), max_words, tuple(re.compile(a, _I) for a in also),
                fragment_only)


_SOCIAL = _alt(r"facebook", r"twitter", r"x", r"linkedin", r"pinterest", r"whatsapp", r"reddit", r"telegram",
               r"e-?mail", r"print", r"messenger", r"sms", r"text message", r"tumblr", r"flipboard",
               r"threads",
               r"bluesky", r"mastodon", r"pocket", r"vk", r"line", r"viber", r"instagram", r"youtube",
               r"tiktok",
               r"snapchat", r"copy link", r"copy url", r"copy", r"link", r"share", r"tweet", r"mail", r"more",
               r"google\+?", r"google news", r"rss", r"wechat", r"weibo", r"xing", r"skype", r"digg")
# "Facebook Twitter WhatsApp", "Share this: Email · SMS · Copy URL", "✉ Email  🖨 Print  🔗 Copy link"
_SOCIAL_ROW = re.compile(rf"^(?:share(?: this(?: article| story| post| page)?)?\s*:?\s*)?"
                         rf"(?:[^\w\s]*\s*{_SOCIAL}\s*[^\w\s]*\s*)+$", _I)
_BULLET = "^" + LEADING_MARKS
_MONTHS = MONTH_PREFIX

RULES: tuple[Rule, ...] = (
    _rule("advertisement", _BULLET + "(?:" + _alt(
        r"advertisement", r"advertising", r"advert", r"ads?", r"sponsored(?: content| links?)?",
        r"promoted(?: content| stories)?", r"paid (?:content|post|partnership)", r"partner content",
        r"story continues below(?: advertisement)?",
        r"article continues (?:below|after (?:this )?advertisement)",
        r"continue reading (?:below|the main story)", r"scroll to continue(?: with content)?",
        r"(?:promoted|sponsored|recommended) (?:links|stories)(?: by \w+)?",
        r"(?:ads )?by (?:outbrain|taboola)", r"advertisement feature", r"advertorial",
        r"scroll down for (?:video|more)",
    ) + r"[\s\-–—:.]*)+$", 10),
    _rule("advertisement", r"\b(?:outbrain|taboola)\b", 12),
    _rule("advertisement", _BULLET + r"(?:sponsored|advertisement|ad|promoted|partner content)\s*[:|–—-]",
          25),
    _rule("share buttons", "^" + _alt(
        r"share (?:this|on|via|the|article|story|post|page)\b.*", r"share\s*[:|].*", r"share",
        r"copy (?:link|url)", r"(?:click|tap) to share.*", r"\d+\s+shares?", r"reuse this content",
        r"read or share this story\b.*",
        r"(?:gift|give|save|bookmark|print|email|e-mail) (?:this )?(?:article|story|page)",
        r"save (?:for later|article)", r"bookmark", r"text size", r"font size", r"send to a friend",
    ) + "$", 12, fragment_only=True),
    _rule("teaser link", _BULLET + _alt(
        r"also read", r"read also", r"read more", r"more", r"more to read", r"read next", r"see also",
        r"must read",
        r"don'?t miss", r"related(?: article| story| content| coverage| reading| link)?s?", r"recommended",
        r"more on this(?: story| topic)?", r"more from [\w .'’-]+", r"further reading", r"what to read next",
        r"up next", r"watch", r"listen", r"click here", r"continue reading", r"in pictures", r"in depth",
        r"explainer", r"opinion", r"analysis",
    ) + r"\s*[:|–—»›]", 30),
    _rule("teaser link", "^" + _alt(
        r"continue reading", r"read more", r"read the full (?:story|article)", r"click here to read.*",
        r"(?:watch|view) (?:the )?(?:video|gallery|photos)", r"see (?:the )?(?:gallery|photos|video)",
    ) + r"[\s.…»›>→]*$", 10),
    # Headings over lists of other stories; ``bot.text.clean`` drops the list under them too.
    _rule("headline list", "^" + _alt(
        r"most (?:read|popular|viewed|shared|commented|emailed)(?: \w+)*", r"trending(?: \w+)*",
        r"top stories",
        r"latest(?: news| stories| headlines| videos| articles| updates)?",
        r"more (?:news|stories|headlines|videos|coverage|from [\w .'’-]+)", r"further coverage",
        r"related(?: news| posts?| articles?| stories| coverage| content| topics| videos| links)?",
        r"you may (?:have missed|also like)", r"you might (?:also )?like",
        r"recommended(?: \w+){0,2}", r"featured(?: \w+){0,2}",
        r"editor'?s'? picks?", r"in case you missed it", r"popular(?: now| stories| posts)?", r"don'?t miss",
        r"people also (?:ask|read|viewed)", r"what'?s (?:new|hot|trending)", r"read next", r"up next",
        r"around the (?:web|site)", r"from (?:around )?the web", r"more in [\w ]+", r"elsewhere on [\w .]+",
        r"explore more on these topics", r"popular (?:on|in|at) [\w .'’-]+", r"more about [\w .'’-]+",
        r"read this next", r"in other news", r"also (?:in|on) [\w .'’-]+",
        r"more on (?:this|these) (?:story|stories|topics?)",
        r"keep reading", r"more (?:to|for) you", r"you (?:may|might) also (?:be interested in|enjoy)",
    ) + r"\s*:?$", 8),
    _rule("follow/sign-up prompt", _alt(
        r"\bfollow us\b",
        r"\bfollow (?:@?[\w.'’]+ ){1,3}on (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp|"
        r"google news|tiktok|youtube|threads|bluesky|mastodon)\b",
        r"^follow (?:[\w'’]+ ){0,3}(?:coverage|live|updates) (?:of|on|at)\b", r"^follow\s*:?\s*@\w+$",
        r"(?:^|[.!?]\s+)join (?:us|our \w+) on\b", r"\bjoin our (?:whatsapp|telegram) (?:channel|group)\b",
        r"(?:^|[.!?]\s+)sign (?:up|in) (?:to|for|here|now)\b", r"\bsign up (?:here|now|today)\b",
        r"(?:^|[.!?]\s+)subscribe (?:to|now|today|for|from|here)\b", r"\bsubscribe (?:now|today|here)\b",
        r"\bour (?:\w+ )?newsletters?\b", r"\bnewsletters?\s*(?:sign[- ]?up|signup)\b",
        r"^(?:\w+ ){0,3}newsletters?$",
        r"\b(?:in|to) your inbox", r"\bthank(?:s| you) for (?:subscribing|signing up)\b",
        r"\bno spam\b", r"\benter your e-?mail\b", r"^unsubscribe\b", r"by signing up",
        r"get (?:the latest|our|breaking) .{0,40}(?:delivered|alerts|updates)", r"turn on notifications",
        r"download (?:our|the) app", r"^get the (?:[\w'’]+ )?app\b", r"\[\s*subscribe\s*\]",
    ), 40),
    _rule("support/paywall notice", _alt(
        r"\bfree (?:articles?|stories|reads?) (?:left|remaining)\b",
        r"\b\d+ (?:of \d+ )?free (?:articles?|stories)\b", r"\balready (?:a )?subscriber\b",
        r"\bsubscribers? only\b", r"\bis for (?:paying )?subscribers\b", r"\balready have an account\b",
        r"\bto continue reading\b",
        r"\bsubscribe to (?:continue|read|unlock)\b",
        r"\bcancel any ?time\b", r"\bsign in to (?:comment|continue|read)\b",
        r"^become a (?:member|subscriber)\b", r"\bbecome a (?:member|subscriber) (?:today|now|from|for)\b",
        r"^support (?:the|us|our) ?[\w'’ ]{0,30}$",
        r"\bsupport us (?:from|today|now|with|by|for)\b",
        r"\bsupport (?:our|independent) (?:journalism|work|reporting)\b",
        r"independent journalism (?:costs|needs|relies)",
        r"^(?:please )?make a (?:one-off )?(?:contribution|donation)\b",
        r"\bdonate (?:now|today)\b", r"\bcreate a free account\b",
        r"\blog ?in to (?:continue|read|comment)\b",
    ), 60),
    _rule("cookie notice", _alt(
        r"\b(?:we|site|website|partners|this site|our site) (?:may )?(?:use|uses|store|set) cookies\b",
        r"\bcookies and similar technologies\b", r"\bcookies?\b.*\b(?:your device|browsing|consent|"
        r"best (?:possible )?experience|personali[sz]e)",
        r"\b(?:accept|allow|reject|manage|store|use of) (?:all |optional |non-essential )?cookies\b",
        r"\bcookie (?:policy|settings|preferences|notice|consent|banner)\b",
    ), 80),
    _rule("cookie notice", _alt(
        r"\byour privacy\b", r"\bprivacy (?:settings|preferences|choices|centre|center)\b",
        r"\bmanage (?:preferences|choices|consent|settings|cookies)\b",
        r"\b(?:accept|reject|allow|decline) (?:all|non-essential|cookies|optional|essential)\b",
        r"\bconsent\b.*\b(?:partners|manage|withdraw)\b",
        r"\bpersonali[sz]e(?:d)? (?:content|ads|advertising)\b",
        r"\bprivacy policy\b", r"\bterms (?:of (?:use|service)|and (?:conditions|privacy))\b",
        r"\blet me choose\b",
        r"\b(?:ok|okay),? got it\b",
    ), 50, fragment_only=True),
    # Where a comment section starts: nothing after it is the article.
    _rule("comment section", "^" + _alt(
        r"leave a (?:reply|comment|response)(?: cancel reply)?", r"post a comment", r"add (?:a|your) comment",
        r"join the (?:conversation|discussion|debate)", r"comments? (?:are|is) (?:closed|disabled|off).*",
        r"\d+ (?:thoughts|comments?|responses?|replies) (?:on|to) [“\"‘'«].*", r"\d+ thoughts on .*",
        r"you must be logged in to .*",
        r"(?:log ?in|sign in|register)(?: or (?:register|sign (?:up|in)))? to (?:comment|reply|join).*",
    ) + r"[\s.:]*$", 25),
    _rule("comment form", _alt(
        r"\byour e-?mail address will not be published\b", r"\brequired fields are marked\b",
        r"^save my name,? e-?mail\b", r"^notify me of (?:new|follow-up) (?:posts|comments)\b",
        r"^(?:comment|name|e-?mail|website)\s*\*?$", r"^post comment$", r"^cancel reply$", r"^reply$",
        r"^\S+(?: \S+){0,3} (?:says|said|wrote):$",
    ), 40),
    _rule("comments", "^" + _alt(
        r"leave a (?:reply|comment|response)", r"post a comment", r"add (?:a|your) comment",
        r"(?:show|view|read|load|see) (?:all )?(?:\d+ )?comments",
        r"join the (?:conversation|discussion|debate)",
        r"be the first to comment.*", r"comments? (?:are|is) (?:closed|disabled|off).*",
        r"no comments(?: yet)?",
        r"comments?:?(?: \(\d+\)| \d+)?", r"reader comments", r"sign in to comment",
        r"\d+ (?:comments?|responses?|replies|reactions)(?: to [“\"‘'«].*)?",
        r"you must be logged in to post a comment.*", r"what do you think\??", r"have your say.*",
        r"discuss(?:ion)?(?: \(\d+\))?", r"conversation(?: \(\d+\))?",
    ) + r"[\s.:]*$", 25),
    _rule("comments", r"\b\d+\s+(?:reader )?(?:comments?|responses?|replies)\b", 12, fragment_only=True),
    _rule("reader call-out", _alt(
        r"^have you been affected\b", r"(?:^|\?\s+)get in touch\b",
        r"(?:^|\?\s+)share your (?:story|experience|views|photos)\b",
        r"(?:^|\?\s+)(?:please )?(?:email|e-mail|write to|contact|message|tell) us\b",
        r"\b(?:email|e-mail) us at\b",
        r"\byour sign-?up\b",
        r"\bread our privacy (?:policy|notice)\b",
    ), 30),
    _rule("company details", _alt(
        r"\bregistered (?:in|office)\b.*\b(?:no\.?|number)\s*:?\s*\d",
        r"\bcompany (?:no\.?|number|registration)(?: number)?\s*:?\s*\d",
    ), 40),
    _rule("link", r"^(?:https?://|www\.)\S+$", 1),
    _rule("label",
    r"^like(?: this)?:?$|^like loading|\(opens in (?:a )?new (?:window|tab)\)|\bopens new tab\b",
          12),
    _rule("reading time", _alt(
        r"\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?: read|\s+to read|\s*reading)\b", r"\breading time\b",
        r"\blisten to (?:this|the) (?:article|story)\b", r"\bmin read\b", r"^▶",
    ), 12),
    _rule("image caption or credit", _alt(
        r"^[\[(]?\s*(?:photograph|photo|picture|pictured|image|illustration|graphic|video|credit|"
        r"image credit|image source|photo credit|media caption|image caption|caption|file photo|source image)"
        r"s?\s*(?:by\b|:|\(|\|)",
        r"^\[\s*(?:image|photo|picture|video|graphic|gallery)\b.*\]$",
        r"licensed under (?:cc|creative commons)", r"\bcreative commons\b", r"\bcc by(?:-\w+)*\s*\d",
        r"^avatar(?: photo| image)?$", r"\((?:photo|image|picture|credit)s?:?[^()]*\)\s*$",
        r"[.!?]\s+(?:photograph|photo|picture|image|credit|illustration)s?\s*:\s*\S+(?:\s+\S+){0,6}$",
        r"^\[?\d{1,3}\s*(?:/|of)\s*\d{1,3}\]", r"\bfile photo\b", r"\bpurchase licensing rights\b",
        r"\bhide caption\b", r"^(?:expand|enlarge|view) (?:image|photo|gallery)\b",
    ), 45),
    # A slideshow flattened into text: "Harbour fire 8 show all Harbour fire 1/8 Smoke over the docks ...".
    _rule("gallery", r"^(?:\S+\s+){1,8}\d{1,3} show all\b.{0,200}?(?<![\d/])1\s*/\s*\d{1,3}\b", 150),
    _rule("image caption or credit", _alt(
        r"\b(?:getty images|shutterstock|alamy|istock(?:photo)?|afp photo|ap photo)\b",
        r"reuters/|/reuters\b|/afp\b|/ap\b|/getty\b",
    ), 30, fragment_only=True),
    # "[ Accept all ]  [ Reject ]", or a prompt ending in a button: "... from 2 euros a month. [ Join ]"
    _rule("buttons", r"^(?:\[[^\[\]]{1,40}\]\s*)+$|[^.!?]\s*\[\s*[A-Z][^\[\].]{0,30}\]\s*$", 80, flags=0),
    # The mark opens the line ("© Site", "Site © 2025", "Copyright 2025 ..."); an article sentence about
    # copyright law does not start that way.
    _rule("copyright notice", r"^\W{0,3}(?:\S+\s+){0,3}(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})|"
          r"^copyright\s+(?:©|\(c\)|(?-i:[A-Z]))", 70),
    _rule("copyright notice", r"\ball rights reserved\b|\b(?:are|is) protected by copyright\b", 30),
    _rule("copyright notice", r"^\W{0,3}(?:\S+\s+){0,3}all rights reserved\b", 150),
    _rule("copyright notice",
    r"^\W{0,3}(?:\S+\s+){0,8}(?:citation|citing|quoting|quotation|reprinting|reprints?|"
          r"republishing|use)\b.{0,60}\b(?:permitted|allowed)\b.{0,40}\b(?:link|hyperlink|attribution|credit)",
          40),
    # Footers that read like restrictions: "Reproduction ... is forbidden without our consent."
    _rule("copyright notice", r"^\W{0,3}(?:\S+\s+){0,12}" + _alt(
        r"republication", r"redistribution", r"reproduction", r"republishing", r"reproduced", r"republished",
        r"copied", r"copying", r"reprint(?:ing|ed|s)?", r"redistributed", r"rewritten",
        r"use of (?:our |these |its |the )?(?:materials|content)",
    ), 70, also=(
        _alt(r"\bprohibited", r"\bforbidden", r"\bwithout (?:the |our |its )?(?:prior )?(?:written )?"
             r"(?:permission|consent)", r"\b(?:permitted|allowed) only", r"\bonly with", r"\bnot to be",
             r"\bmay not", r"\bnot (?:be )?allowed", r"\brequires? (?:the |our )?(?:prior )?(?:written )?"
             r"(?:permission|consent)"),
        r"\b(?:content|materials?|articles?|site|publisher|editor|our|form|link|hyperlink|attribution)\b",
    )),
    _rule("credit line", r"^\(?\s*(?:additional |extra |further )?" + _alt(
        r"reporting", r"writing", r"editing", r"edited", r"compiled", r"research", r"researched",
        r"translated", r"translation", r"produced", r"production", r"contributed", r"graphics",
        r"fact[- ]checked", r"verification", r"photos", r"video", r"design", r"illustrations?",
    ) + r"(?: and \w+)? by\b", 40, fragment_only=True),
    _rule("credit line", _alt(
        r"^\(\s*(?:additional )?(?:reporting|writing|editing|compiled|research|translation|produced|written) "
        r"by\b.*\)\.?$",
        r"^[^.!?]*;\s*editing by\b[^.!?]*\.?$", r"^\(.*\bediting by\b.*\)\.?$",
        r"^(?:additional )?(?:reporting|writing) by\b.{0,120}\bedit(?:ing|ed) by\b[^.!?]{0,80}\.?$",
        r"^with (?:additional )?reporting (?:by|from)\b.{0,120}$",
        r"\bcontributed (?:to )?this (?:report|story|article)\.?$",
        r"^(?-i:[A-Z][\w'’.-]+ ){1,4}(?:and (?-i:[A-Z][\w'’.-]+ ){1,4})?contributed (?:reporting|research)\b.{0,60}$",
        r"^write to (?:[\w'’.-]+ ){1,4}at \S+@\S+",
        r"^(?:e-?mail|contact)(?: the (?:author|writer|reporter))?\s*:?\s*\S+@\S+\.\w+$",
        r"^[-–—]?\s*with (?:agencies|afp|ap|reuters|wires?|agency reports)\.?$",
        r"^(?:editor|editors|reporter|reporters|author|authors|writer|writers|correspondent|translator|source|"
        r"sources|via|agencies|producer|photographer|photos|graphics|design)\s*:\s*[\w .,'’&/-]{2,80}$",
        r"^source link$", r"^sources?$",
    ), 40),
    # "By Jane Doe", "Posted on March 3 by Jane Doe | 4 min read"; case matters for the name.
    _rule("by-line", r"^(?:(?i:posted|published|written|words|story|text|report)\s+)?(?:(?i:on) [^|]{1,40} )?"
          r"(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&|for|\||·|-|–|—)\s*[^.!?]{0,60})?$",
          16, flags=0),
    _rule("by-line", r"^(?:posted|published|written) (?:on|by|at)\b", 16, fragment_only=True),
    _rule("author bio", r"^about (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s*:\s*(?-i:[A-Z])", 150),
    _rule("author bio", _alt(
        r"^about (?:the )?(?:author|writer|reporter|contributor)s?\b",
        r"^(?:i'?m|i am|my name is) (?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+),",
    ), 150),
    _rule("tags", r"^(?:tags?|tagged(?: with)?|topics?|filed under|posted in|categories|category|keywords|"
          r"more on|related topics|suggested topics|subjects?)\s*[:|]", 40),
    _rule("tags", r"^(?:posted in|filed under)\b.*\|\s*tagged\b", 60),
    _rule("weather", r"\d\s*°\s*[CF]?\b", 10, fragment_only=True),
    _rule("disclaimer", _alt(
        r"\bnot (?:financial|investment|legal|medical) advice\b", r"\bdo your own research\b",
        r"\bfor (?:general )?information(?:al)? (?:purposes )?only\b", r"\baffiliate links?\b",
        r"\bwe may (?:earn|receive) (?:a )?(?:small )?(?:commission|fee)\b", r"^disclosure\s*:",
    ), 25),
    _rule("tip line", _alt(
        r"\bgot a (?:story|tip|news tip)\b", r"\bsend us (?:a|your) (?:tip|story|news)\b",
        r"\b(?:contact|call|email|e-mail) (?:the|our) (?:newsdesk|news desk|newsroom)\b", r"\bnews tips?\b",
    ), 40),
    _rule("outlet's own opinion",
    r"^(?:(?:our|my) (?:take|view|verdict|two cents|opinion|thoughts|bottom line)|hot take)\s*:", 80),
    _rule("site credits", _alt(
        r"\btheme\s*:\s*\w+", r"\bpowered by wordpress\b", r"\bproudly powered\b",
        r"^our standards\b", r"\btrust principles\b", r"\beditorial (?:standards|guidelines|policy)\b",
        r"\bcorrections policy\b", r"\breport an? (?:error|typo|correction|mistake)\b",
        r"\bsend us (?:a )?correction\b", r"\bhow we report\b",
    ), 25, fragment_only=True),
    _rule("page notice", _alt(
        r"\benable javascript\b", r"\byour browser (?:does not|doesn'?t) support\b",
        r"\bmedia playback is (?:unsupported|not supported)\b",
        r"\bnot available in your (?:region|country)\b",
        r"\bthis (?:video|content|embed) (?:is|has been) (?:unavailable|removed|not available)\b",
    ), 30),
    _rule("editor's note", _alt(
        r"^(?:correction|clarification|editor'?s note)\s*(?:\(.{1,40}\))?\s*:",
        r"^this (?:article|story|piece) (?:was|has been|is) (?:originally |first )?(?:published|updated|"
        r"corrected|amended|republished|produced)\b",
        r"^a version of this (?:article|story) (?:appears|appeared)\b",
        r"^the views expressed (?:in this (?:article|piece) )?are\b",
    ), 45),
    _rule("label", _BULLET + _alt(
        r"breaking(?: news)?", r"live(?: updates| blog)?", r"exclusive", r"developing(?: story)?", r"just in",
        r"update[ds]?", r"watch", r"video", r"audio", r"podcast", r"gallery", r"photos", r"listen",
        r"opinion",
        r"analysis", r"explainer", r"menu", r"search", r"home", r"skip to (?:main )?content", r"back to top",
        r"sign in", r"log in", r"subscribe", r"register", r"print", r"email", r"close", r"loading\.*",
        r"advertise with us", r"contact us", r"about us", r"donate", r"log ?in or register", r"next",
        r"previous", r"prev", r"back", r"more",
        r"show more", r"load more", r"see more", r"see all", r"view all", r"expand", r"collapse", r"sign up",
        r"tags", r"topics", r"share", r"comments", r"related", r"trending", r"newsletter", r"follow",
    ) + r"[\s!:.]*$", 4),
    _rule("date line", r"^(?:updated|last updated|published|first published|posted|modified)\s*:?\s*" + _alt(
        r"\d", r"on\b", r"at\b", r"an?\b", r"\w+day\b", _MONTHS + r"\b", r"just now", r"yesterday", r"today",
    ), 20, fragment_only=True),
    _rule("date line",
    r"\b(?:updated|posted|published) \d+ (?:second|minute|hour|day|week|month)s? ago\b", 20),
)


@lru_cache(maxsize=32768)
def clutter_reason(line: str) -> str | None:
    """Why ``line`` is page clutter rather than article text, or ``None`` if no rule says so.

    Each distinct line is judged once: lines repeat across pages (a site's footer, a wire story run by
    many outlets) and again when the summarizer checks each sentence."""
    words = len(line.split())
    if words <= 12 and _SOCIAL_ROW.match(line):
        return "share buttons"
    for rule in RULES:
        if rule.matches(line, words):
            return rule.reason
    return None
