"""Page clutter recognised line by line: the stock phrases and line shapes news sites share.

Each rule is true of news pages in general (share rows, advertisement markers, teasers, sign-up
prompts, credits, copyright footers, comment counts, consent banners...), has an id, a ``Clutter``
kind, examples it must take and counter-examples it must leave alone. A rule caps the number of words
a line may have (``max_words``), so a long article paragraph that merely mentions, say, a newsletter is
never taken for a sign-up box; a ``fragment_only`` rule never matches a line that ends like a sentence.

The table answers with the first rule that matches (``Overlap.FIRST``): order is meaning, and an
example an earlier rule takes is reported by ``problems()``. ``clutter_reason`` is the entry point;
where a line sits (above the headline, after the article) is judged by ``bot.text.clean``, which
branches on the ``Clutter`` kind only.
"""

from __future__ import annotations

import enum
from functools import lru_cache

from bot.rules.fragments import LEADING_MARKS, MONTH_PREFIX, any_of
from bot.rules.table import Hit, RuleTable, rule


class Clutter(enum.Enum):
    """What kind of page clutter a line is."""

    ADVERTISEMENT = "advertisement"
    SHARE_BUTTONS = "share buttons"
    TEASER_LINK = "teaser link"
    HEADLINE_LIST = "headline list"  # a heading over a list of other stories: the list goes too
    SIGN_UP = "follow/sign-up prompt"
    PAYWALL = "support/paywall notice"
    COOKIE_NOTICE = "cookie notice"
    COMMENT_SECTION = "comment section"  # where the comments start: nothing after it is the article
    COMMENT_FORM = "comment form"
    COMMENTS = "comments"
    READER_CALL_OUT = "reader call-out"
    COMPANY_DETAILS = "company details"
    LINK = "link"
    LABEL = "label"
    READING_TIME = "reading time"
    IMAGE_CREDIT = "image caption or credit"
    GALLERY = "gallery"
    BUTTONS = "buttons"
    COPYRIGHT = "copyright notice"
    CREDIT_LINE = "credit line"
    BYLINE = "by-line"
    AUTHOR_BIO = "author bio"
    TAGS = "tags"
    WEATHER = "weather"
    DISCLAIMER = "disclaimer"
    TIP_LINE = "tip line"
    OUTLET_OPINION = "outlet's own opinion"
    SITE_CREDITS = "site credits"
    PAGE_NOTICE = "page notice"
    EDITORS_NOTE = "editor's note"
    DATE_LINE = "date line"


# Every pattern runs in time linear in the line (tests/test_rule_speed.py feeds each hostile lines): no
# nested unbounded quantifiers over the same characters, and "A somewhere before B" is written
# ``^(?>.*?A).*B`` (the first A is the only one worth trying) rather than ``A.*B`` (every A rescans the line).


# The unanchored alternations that rarely match are skipped on a line holding none of the words every match of
# theirs contains (``bot.rules.literals``: "sign up for", "get our ", "no spam"...), read from the pattern.


# Tried atomically, in this order: an alternative that starts another ("x", "xing") comes after it, and none
# is a run of others ("copy link" is "copy" then "link"), so the first that matches is the only way to match.
_SOCIAL = any_of(r"facebook", r"twitter", r"xing", r"x", r"linkedin", r"pinterest", r"whatsapp", r"reddit", r"telegram",
               r"e-?mail", r"print", r"messenger", r"sms", r"text message", r"tumblr", r"flipboard",
               r"threads",
               r"bluesky", r"mastodon", r"pocket", r"vk", r"line", r"viber", r"instagram", r"youtube",
               r"tiktok",
               r"snapchat", r"copy url", r"copy", r"link", r"share", r"tweet", r"mail", r"more",
               r"google news", r"google\+?", r"rss", r"wechat", r"weibo", r"skype", r"digg")
_BULLET = "^" + LEADING_MARKS
_SPEECH = r"\b(?:said|says|told|according to)\b"  # a site's prompt never reports what someone said
_C = Clutter

CLUTTER: RuleTable[Clutter] = RuleTable("clutter", (
    # "Facebook Twitter WhatsApp", "Share: Telegram · Email · Copy link", "🖨 Print  ✉ Email".
    # Possessive and atomic: the runs of marks and spaces between names are split one way only, so a long
    # line of names and marks is judged in linear time (backtracking over them was exponential).
    rule("social-row", _C.SHARE_BUTTONS,
         rf"^(?:share(?: this(?: article| story| post| page)?)?\s*:?\s*)?"
         rf"(?:[^\w\s]*+\s*+(?>{_SOCIAL})\s*+[^\w\s]*+\s*+)++$",
         max_words=12,
         examples=("Facebook Twitter WhatsApp Email", "Share: Telegram · Email · Copy link",
                   "🖨 Print  ✉ Email  🔗 Copy URL"),
         counter=("Facebook said it would appeal.", "Share prices fell on Monday")),
    rule("ad-marker", _C.ADVERTISEMENT, _BULLET + "(?:" + any_of(
        r"advertisement", r"advertising", r"advert", r"ads?", r"sponsored(?: content| links?)?",
        r"promoted(?: content| stories)?", r"paid (?:content|post|partnership)", r"partner content",
        r"story continues below(?: advertisement)?",
        r"article continues (?:below|after (?:this )?advertisement)",
        r"continue reading (?:below|the main story)", r"scroll to continue(?: with content)?",
        r"(?:promoted|sponsored|recommended) (?:links|stories)(?: by \w+)?",
        r"(?:ads )?by (?:outbrain|taboola)", r"advertisement feature", r"advertorial",
        r"scroll down for (?:video|more)",
        r"anzeige", r"werbung", r"publicit[ée]", r"publicidad", r"pubblicit[àa]", r"reclame", r"annonce",
    ) + r"[\s\-–—:.]*)+$", max_words=10,
         examples=("- Advertisement -", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content",
                   "Anzeige:", "PUBLICIDAD"),
         counter=("Advertising revenue fell by a third.", "The ad ran for a week")),
    rule("ad-network", _C.ADVERTISEMENT, r"\b(?:outbrain|taboola)\b", max_words=12,
         examples=("Recommended for you by Outbrain", "Promoted Links | Taboola Feed"),
         counter=("Recommended for you",)),
    rule("ad-label", _C.ADVERTISEMENT, _BULLET + r"(?:sponsored|advertisement|ad|promoted|partner content)\s*[:|–—-]",
         max_words=25,
         examples=("Sponsored: Five ways to cut your energy bill", "Advertisement | Scroll to continue"),
         counter=("Sponsored events drew large crowds",)),
    rule("share-prompt", _C.SHARE_BUTTONS, "^" + any_of(
        r"share (?:this|on|via|the|article|story|post|page)\b.*", r"share\s*[:|].*", r"share",
        r"copy (?:link|url)", r"(?:click|tap) to share.*", r"\d+\s+shares?", r"reuse this content",
        r"read or share this story\b.*",
        r"(?:gift|give|save|bookmark|print|email|e-mail) (?:this )?(?:article|story|page)",
        r"save (?:for later|article)", r"bookmark", r"text size", r"font size", r"send to a friend",
    ) + "$", max_words=12, fragment_only=True,
         examples=("Share this article", "Click to share on Mastodon (Opens in new window)", "1204 shares",
                   "Gift this article", "Text size"),
         counter=("Share this article with your friends, the minister urged.", "Shares in the miner jumped 8%.")),
    rule("teaser-prefix", _C.TEASER_LINK, _BULLET + any_of(
        r"also read", r"read also", r"read more", r"more", r"more to read", r"read next", r"see also",
        r"must read",
        r"don['’]?t miss", r"related(?: article| story| content| coverage| reading| link)?s?", r"recommended",
        r"more on this(?: story| topic)?", r"more from [\w .'’-]+", r"further reading", r"what to read next",
        r"up next", r"watch", r"listen", r"click here", r"continue reading", r"in pictures", r"in depth",
        r"explainer", r"opinion", r"analysis",
    ) + r"\s*[:|–—»›]", max_words=30,
         examples=("Read more: Ferry fares to rise again in summer", "► Related: Harbour strike ends",
                   "WATCH: Flood waters reach the square", "Don't miss: The ferry timetable for summer"),
         counter=("More than 200 people were evacuated.", "Analysis of the data took months")),
    rule("teaser-link", _C.TEASER_LINK, "^" + any_of(
        r"continue reading", r"read more", r"read the full (?:story|article)", r"click here to read.*",
        r"(?:watch|view) (?:the )?(?:video|gallery|photos)", r"see (?:the )?(?:gallery|photos|video)",
    ) + r"[\s.…»›>→]*$", max_words=10,
         examples=("Continue reading...", "Read the full story »", "Watch the video"),
         counter=("Read more about the plan on page 4, he said.",)),
    rule("headline-list-heading", _C.HEADLINE_LIST, "^" + any_of(
        r"most (?:read|popular|viewed|shared|commented|emailed)(?: \w+)*", r"trending(?: \w+)*",
        r"top stories",
        r"latest(?: news| stories| headlines| videos| articles| updates)?",
        r"more (?:news|stories|headlines|videos|coverage|from [\w .'’-]+)", r"further coverage",
        r"related(?: news| posts?| articles?| stories| coverage| content| topics| videos| links)?",
        r"you may (?:have missed|also like)", r"you might (?:also )?like",
        r"recommended(?: \w+){0,2}", r"featured(?: \w+){0,2}",
        r"editor['’]?s['’]? picks?", r"in case you missed it", r"popular(?: now| stories| posts)?", r"don['’]?t miss",
        r"people also (?:ask|read|viewed)", r"what['’]?s (?:new|hot|trending)", r"read next", r"up next",
        r"around the (?:web|site)", r"from (?:around )?the web", r"more in [\w ]+", r"elsewhere on [\w .]+",
        r"explore more on these topics", r"popular (?:on|in|at) [\w .'’-]+", r"more about [\w .'’-]+",
        r"read this next", r"in other news", r"also (?:in|on) [\w .'’-]+",
        r"more on (?:this|these) (?:story|stories|topics?)",
        r"keep reading", r"more (?:to|for) you", r"you (?:may|might) also (?:be interested in|enjoy)",
    ) + r"\s*:?$", max_words=8,
         examples=("Most Read", "Top stories", "You may also like", "More from Business", "Editor's picks"),
         counter=("Most read the report as a warning.", "Latest figures show a rise in rents")),
    # A list of other stories flattened into one line under its heading: "MOST READ IN NEWS 'I WON!' Lottery ...".
    rule("glued-list-heading", _C.HEADLINE_LIST, r"^(?-i:" + any_of(
        r"MOST (?:READ|POPULAR|VIEWED|SHARED)(?: IN [A-Z]+)?", r"MORE (?:STORIES|NEWS|HEADLINES)", r"TOP STORIES",
        r"RELATED (?:STORIES|ARTICLES|POSTS|CONTENT|COVERAGE)", r"TRENDING(?: NOW| STORIES)?", r"READ NEXT",
        r"YOU MAY ALSO LIKE", r"RECOMMENDED(?: FOR YOU)?", r"LATEST (?:NEWS|STORIES|HEADLINES)",
    ) + r")\s+\S|^(?:Related|More|Most Read|Top) (?:Stories|Articles|Posts|News)\s+[‘'\"“]?[A-Z]{2,}[‘'’!]?\s",
         max_words=200, flags=0,
         # Each heading of either branch, folded: the pattern gives no word of its own.
         needs=("most read", "most popular", "most viewed", "most shared", "more stories", "more news",
                "more headlines", "more articles", "more posts", "top stories", "top articles", "top posts",
                "top news", "related ", "trending", "read next", "you may also like", "recommended", "latest news",
                "latest stories", "latest headlines"),
         examples=("MOST READ IN NEWS 'I WON!' Lottery winner buys harbour ROYAL VISIT Prince opens bridge",
                   "Related Stories 'NOT OVER YET' Mayor vows to fight on HARBOUR HELL Ferry chaos continues"),
         counter=("Most read the report as a warning.", "MOST of the town was flooded on Monday.")),
    # Where the comments start ("Sign in to comment"): before the sign-up and paywall rules, which would
    # otherwise take it and hide the comment section from ``bot.text.clean``.
    rule("comment-section-start", _C.COMMENT_SECTION, "^" + any_of(
        r"leave a (?:reply|comment|response)(?: cancel reply)?", r"post a comment", r"add (?:a|your) comment",
        r"join the (?:conversation|discussion|debate)", r"comments? (?:are|is) (?:closed|disabled|off).*",
        r"\d+ (?:thoughts|comments?|responses?|replies) (?:on|to) [“\"‘'«].*", r"\d+ thoughts on .*",
        r"you must be logged in to .*",
        r"(?:log ?in|sign in|register)(?: or (?:register|sign (?:up|in)))? to (?:comment|reply|join).*",
    ) + r"[\s.:]*$", max_words=25,
         examples=("Leave a Reply Cancel reply", "Join the conversation", "3 thoughts on “Harbour reopens”",
                   "Sign in to comment", "Log in or register to comment.", "Comments are closed."),
         counter=("Sign in to read the full story", "Join the conversation about the harbour, the mayor said, "
                  "as the meeting opened.")),
    rule("sign-up-prompt", _C.SIGN_UP, any_of(
        r"\bfollow us\b",
        r"\bfollow (?:@?[\w.'’]+ ){1,5}on (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp|"
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
        r"(?:^|[.!?]\s+)chat with us (?:on|in|via) (?:facebook )?(?:messenger|whatsapp|telegram|live chat|our app)\b",
    ), max_words=40,
         unless=_SPEECH,
         # What each branch holds, folded. The words read from the pattern hold "follow", which every "followed"
         # and "following" passes: each "follow" branch holds "follow " but one, which ends on "@\w+$".
         needs=("follow ", "@", "join ", "sign up", "sign in to", "sign in for", "sign in here", "sign in now",
                "subscribe", "newsletter", "your inbox",
                "for subscribing", "signing up", "no spam", "enter your e", "get the ", "get our ", "get breaking ",
                "turn on notifications", "download our app", "download the app", "chat with us "),
         examples=("Follow us on Twitter", "Follow Valley Post reporter Jane Roe on Twitter: @janeroe.",
                   "Sign up for our morning newsletter", "Thank you for subscribing!",
                   "Get the latest headlines delivered to your inbox", "Download our app",
                   "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."),
         counter=("The ministry told residents to follow official advice.",
                  "Residents were asked to sign the petition before Friday.",
                  "Sign up for text alerts on the council website, a spokeswoman told passengers.",
                  "Volunteers who chat with us on the phone each week say the line helps.",
                  "The line has 60 volunteers. Chat with us in Welsh or English, any evening, its posters read.")),
    # The messages of a sign-up form flattened into text: never article prose, however long the line.
    rule("newsletter-form", _C.SIGN_UP, any_of(
        r"\binvalid e-?mail(?: address)?\W+please re-?enter\b",
        r"\bplease verify (?:that )?you(?:'|’)?re not a robot\b",
        r"\byou(?: are|'re|’re) already subscribed\b", r"\byou must select a newsletter\b",
        r"\bcould not subscribe\b", r"\bview all [\w .'’-]{0,40}newsletters\b",
    ), max_words=200,
         examples=("Invalid email address. Please re-enter.", "You are already subscribed to this email.",
                   "View all Example Post newsletters."),
         counter=("The bank said hackers used an invalid email address to open accounts.",)),
    rule("paywall-notice", _C.PAYWALL, any_of(
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
    ), max_words=60,
         unless=_SPEECH,
         examples=("Only 3 free stories remaining this week.", "Already a subscriber? Log in",
                   "This story is for subscribers only.", "Support independent journalism from 1 euro a month."),
         counter=("The union said members would support the strike.", "The charity urged people to donate blood.",
                  "\"Readers who want to continue reading us on paper will have Saturdays,\" the editor told staff.")),
    rule("cookie-notice", _C.COOKIE_NOTICE, any_of(
        r"\b(?:we|site|website|partners|this site|our site) (?:may )?(?:use|uses|store|set) cookies\b",
        r"\bcookies and similar technologies\b", r"^(?>.*?\bcookies?\b).*\b(?:your device|browsing|consent|"
        r"best (?:possible )?experience|personali[sz]e)",
        r"\b(?:accept|allow|reject|manage|store|use of) (?:all |optional |non-essential )?cookies\b",
        r"\bcookie (?:policy|settings|preferences|notice|consent|banner)\b",
    ), max_words=80,
         examples=("We use cookies to give you the best possible experience.", "Accept all cookies",
                   "Learn more about our cookie policy"),
         counter=("The bakery sold 4,000 cookies at the fair.",)),
    rule("consent-button", _C.COOKIE_NOTICE, any_of(
        r"\byour privacy\b", r"\bprivacy (?:settings|preferences|choices|centre|center)\b",
        r"\bmanage (?:preferences|choices|consent|settings|cookies)\b",
        r"\b(?:accept|reject|allow|decline) (?:all|non-essential|cookies|optional|essential)\b",
        r"^(?>.*?\bconsent\b).*\b(?:partners|manage|withdraw)\b",
        r"\bpersonali[sz]e(?:d)? (?:content|ads|advertising)\b",
        # A row of legal links ("Privacy policy | Terms of use"), or the site's own terms in a consent prompt;
        # a headline about a firm's privacy policy or an app's terms of use is neither.
        r"^(?:\W*+" + any_of(
            r"privacy(?: policy| notice)?", r"terms(?: of (?:use|service)| and conditions| & conditions| and privacy)?",
            r"cookies?(?: policy| settings)?", r"accessibility", r"contact(?: us)?", r"about(?: us)?", r"site ?map",
            r"help", r"faq", r"advertise(?: with us)?", r"careers", r"imprint", r"legal",
        ) + r"\b\W*+)++$",
        r"\b(?:our|the site['’]?s|this site['’]?s|our updated) (?:privacy (?:policy|notice)|terms "
        r"(?:of (?:use|service)|and conditions))\b",
        r"\blet me choose\b",
        r"\b(?:ok|okay),? got it\b",
    ), max_words=50, fragment_only=True,
         examples=("Manage preferences", "Reject all", "Privacy policy | Terms of use", "OK, got it",
                   "By continuing you agree to our Terms of Use", "Read this site's privacy policy"),
         counter=("Regulators said the firm breached its privacy policy.",
                  "Court strikes down ferry app's terms of use", "Regulators fault bank's privacy policy")),
    rule("comment-form", _C.COMMENT_FORM, any_of(
        r"\byour e-?mail address will not be published\b", r"\brequired fields are marked\b",
        r"^save my name,? e-?mail\b", r"^notify me of (?:new|follow-up) (?:posts|comments)\b",
        r"^(?:comment|name|e-?mail|website)\s*\*?$", r"^post comment$", r"^cancel reply$", r"^reply$",
    ), max_words=40,
         examples=("Your email address will not be published. Required fields are marked *", "Name *",
                   "Post Comment"),
         counter=("The harbour master said: “We are ready.”", "He said the reply would come on Monday.")),
    # A commenter's name heading their comment ("says:", as blogs write it). The same line in the past ("Ana Ruiz
    # said:") in an article introduces the quotation of the next paragraph: the cleaner keeps it there
    # (``bot.text.clean``), for the quote reader; a comment may open by quoting the article.
    rule("comment-header", _C.COMMENT_FORM, r"^\S+(?: \S+){0,3} (?:says|said|wrote):$", max_words=40,
         examples=("harbourfan77 says:", "Ana Ruiz said:"),
         counter=("The harbour master said: “We are ready.”", "He said the reply would come on Monday.",
                  "The minister told the chamber on Monday:")),
    rule("comments-marker", _C.COMMENTS, "^" + any_of(
        r"leave a (?:reply|comment|response)", r"post a comment", r"add (?:a|your) comment",
        r"(?:show|view|read|load|see) (?:all )?(?:\d+ )?comments",
        r"join the (?:conversation|discussion|debate)",
        r"be the first to comment.*", r"comments? (?:are|is) (?:closed|disabled|off).*",
        r"no comments(?: yet)?",
        r"comments?:?(?: \(\d+\)| \d+)?", r"reader comments",
        r"\d+ (?:comments?|responses?|replies|reactions)(?: to [“\"‘'«].*)?",
        r"you must be logged in to post a comment.*", r"what do you think\??", r"have your say.*",
        r"discuss(?:ion)?(?: \(\d+\))?", r"conversation(?: \(\d+\))?",
    ) + r"[\s.:]*$", max_words=25,
         examples=("Comments (31)", "View all 12 comments", "No comments yet", "What do you think?"),
         counter=("Comments by the minister angered unions.",)),
    rule("comment-count", _C.COMMENTS, r"\b\d+\s+(?:reader )?(?:comments?|responses?|replies)\b", max_words=12,
         fragment_only=True,
         examples=("Harbour reopens after storm | 14 comments",),
         counter=("The agency received 300 responses to its survey.",)),
    rule("reader-call-out", _C.READER_CALL_OUT, any_of(
        r"^have you been affected\b", r"(?:^|\?\s+)get in touch\b",
        r"(?:^|\?\s+)share your (?:story|experience|views|photos)\b",
        r"(?:^|\?\s+)(?:please )?(?:email|e-mail|write to|contact|message|tell) us\b",
        r"\b(?:email|e-mail) us at\b",
        r"\byour sign-?up\b",
        r"\bread our privacy (?:policy|notice)\b",
    ), max_words=30,
         examples=("Have you been affected by the floods?", "Were you there? Get in touch.",
                   "Share your story with us"),
         counter=("Residents said they could not get in touch with relatives.",)),
    rule("company-details", _C.COMPANY_DETAILS, any_of(
        r"^(?>.*?\bregistered (?:in|office)\b).*\b(?:no\.?|number)\s*:?\s*\d",
        r"\bcompany (?:no\.?|number|registration)(?: number)?\s*:?\s*\d",
    ), max_words=40,
         examples=("Example Media Ltd, registered in England and Wales, No. 1234567",),
         counter=("The company registered a profit of 4 million.",)),
    rule("bare-link", _C.LINK, r"^(?:https?://|www\.)\S+$", max_words=1,
         examples=("https://example.com/news/harbour", "www.example.org"),
         counter=("See https://example.com for details",)),
    rule("widget-label", _C.LABEL,
         r"^like(?: this)?:?$|^like loading|\(opens in (?:a )?new (?:window|tab)\)|\bopens new tab\b",
         max_words=12,
         examples=("Like this:", "Like Loading...", "Terms (opens in new tab)"),
         counter=("Like many towns, it flooded.",)),
    rule("reading-time", _C.READING_TIME, any_of(
        r"\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?: read|\s+to read|\s*reading)\b", r"\breading time\b",
        r"\blisten to (?:this|the) (?:article|story)\b", r"\bmin read\b", r"^▶",
        r"^(?:listen|watch|play|video|audio|podcast)\b[\s:▶►]*\(?\d{1,2}:\d\d\)?$",
    ), max_words=12,
         examples=("4 min read", "Reading time: 3 minutes", "Listen to this article", "Listen ▶ 02:48",
                   "Watch (1:35)"),
         counter=("The 4 minute delay angered passengers.",)),
    # A slideshow flattened into one line of captions, each closed by its counter: "... near the scene. Hide Caption
    # 2 of 25 Photos: Harbour fire ...". However long the line, the counter closing it says what it is (the article
    # a scrape runs on after the last counter is cut off the captions first: the page rule ``leading-captions``).
    rule("counted-captions", _C.GALLERY, r"\bhide caption \d{1,3} of \d{1,3}\W*$",
         examples=("Photos: Harbour fire A woman waits near the docks. Hide Caption 1 of 25 Photos: Harbour fire Smoke "
                   "rises over the quay. Hide Caption 2 of 25",
                   "Smoke rises over the quay on Friday. Hide Caption 7 of 12"),
         counter=("Only 3 of 12 photos: the jury said the rest were blurred.",
                  "Photos: Harbour fire Smoke over the quay. Hide Caption 3 of 3 Lessby (Wire) A fire destroyed three "
                  "warehouses on Friday.",
                  "Editors hide captions 1 of 3 times, the survey found.")),
    rule("photo-credit", _C.IMAGE_CREDIT, any_of(
        r"^[\[(]?\s*(?:photograph|photo|picture|pictured|image|illustration|graphic|video|credit|"
        r"image credit|image source|photo credit|media caption|image caption|caption|file photo|source image)"
        r"s?\s*(?:by\b|:|\(|\|)",
        r"^\[\s*(?:image|photo|picture|video|graphic|gallery)\b.*\]$",
        r"licensed under (?:cc|creative commons)", r"\bcreative commons\b", r"\bcc by(?:-\w+)*\s*\d",
        r"^avatar(?: photo| image)?$", r"\((?:photo|image|picture|credit)s?:?[^()]*\)\s*$",
        r"[.!?]\s+(?:photograph|photo|picture|image|credit|illustration)s?\s*:\s*\S+(?:\s+\S+){0,6}$",
        r"^\[?\d{1,3}\s*(?:/|of)\s*\d{1,3}\]", r"\bfile photo\b", r"\bpurchase licensing rights\b",
        r"\bhide caption\b", r"^(?:expand|enlarge|view) (?:image|photo|gallery)\b",
    ), max_words=45,
         examples=("Photo: Jane Roe/Example Agency", "[Image: the flooded square]",
                   "Firefighters at the scene (Photo: J. Roe)", "3 of 12]", "Enlarge image"),
         counter=("The photo was taken on Monday, police said.",)),
    # A slideshow flattened into text: "Harbour fire 8 show all Harbour fire 1/8 Smoke over the docks ...".
    rule("flattened-gallery", _C.GALLERY, r"^(?:\S+\s+){1,8}\d{1,3} show all\b.{0,200}?(?<![\d/])1\s*/\s*\d{1,3}\b",
         max_words=150,
         examples=("Harbour fire 6 show all Harbour fire 1/6 Smoke rises over the docks",),
         counter=("The count will show all of the 1/3 of residents who left, officials said.",)),
    rule("agency-photo-credit", _C.IMAGE_CREDIT, any_of(
        r"\b(?:getty images|shutterstock|alamy|istock(?:photo)?|afp photo|ap photo)\b",
        r"reuters/|/reuters\b|/afp\b|/ap\b|/getty\b",
        r"^(?:getty|reuters|afp|epa|pa|ap|rex)(?: images)?\s*[-–]\s*(?:contributor|staff|pool|handout)\b",
        r"\b(?:afp|getty|reuters|epa|pa|ap|rex) or licensors\b", r"^(?:ap|pa|afp)\s*:\s*(?:associated press|press "
        r"association|agence france-presse)\b",
    ), max_words=30, fragment_only=True,
         examples=("Jane Roe/Getty Images", "Farmers load the harvest. REUTERS/John Doe",
                   "Getty - Contributor Fans gather outside the stadium", "AFP or licensors",
                   "AP:Associated Press"),
         counter=("Getty Images said it would appeal the ruling.",)),
    # A caption run into one line with its credit: "... the square on Monday. Credit Jane Roe/Example Agency".
    rule("caption-credit-end", _C.IMAGE_CREDIT,
         r"(?<=[.!?”\"])\s+(?-i:Credit|Photo|Photograph|Image|Picture)\s*:?\s+(?-i:[A-Z])[\w.'’-]*"
         r"(?:\s+[\w.'’&-]+){0,6}(?:/[\w .'’&-]+)?$", max_words=120, fragment_only=True,
         examples=("Police closed off the square before the party. Credit Jane Roe/Example Agency",),
         counter=("The team took credit for the win.", "Banks tightened Credit Suisse rules on Monday")),
    # "[ Accept all ]  [ Reject ]", or a prompt ending in a button: "... from 2 euros a month. [ Join ]"
    rule("bracket-buttons", _C.BUTTONS, r"^(?:\[[^\[\]]{1,40}\]\s*)+$|[^.!?]\s*\[\s*[A-Z][^\[\].]{0,30}\]\s*$",
         max_words=80, flags=0,
         examples=("[ Join ]  [ Log in ]", "Get unlimited access from 2 euros a month [ Join ]"),
         counter=("He said [the plan] would work.",)),
    # The mark opens the line ("© Site", "Site © 2025", "Copyright 2025 ..."); an article sentence about
    # copyright law does not start that way.
    rule("copyright-mark", _C.COPYRIGHT,
         r"^\W{0,3}(?:\S+\s+){0,3}(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})|"
         r"^copyright\s+(?:©|\(c\)|(?-i:[A-Z]))", max_words=70,
         examples=("© 2025 Example Media", "Example News © 2025", "Copyright 2025 The Example Press"),
         counter=("Copyright law changed in May.", "He sued over copyright in 2025.")),
    rule("rights-reserved", _C.COPYRIGHT, r"\ball rights reserved\b|\b(?:are|is) protected by copyright\b",
         max_words=30,
         examples=("All rights reserved.", "These images are protected by copyright."),
         counter=("The singer said all her rights had been sold.",)),
    rule("rights-reserved-footer", _C.COPYRIGHT, r"^\W{0,3}(?:\S+\s+){0,3}all rights reserved\b", max_words=150,
         examples=("Example Media. All rights reserved. " + "This material may not be used without consent. " * 5,),
         counter=("The label said it had reserved all the rights to the songs.",)),
    rule("citation-terms", _C.COPYRIGHT,
         r"^\W{0,3}(?:\S+\s+){0,8}(?:citation|citing|quoting|quotation|reprinting|reprints?|"
         r"republishing|use)\b.{0,60}\b(?:permitted|allowed)\b.{0,40}\b(?:link|hyperlink|attribution|credit)",
         max_words=40,
         examples=("Citing our articles is allowed only with a link to the original page.",),
         counter=("Use of drones is permitted only in the park, the council said.",)),
    # Footers that read like restrictions: "Reproduction ... is forbidden without our consent."
    rule("reproduction-terms", _C.COPYRIGHT, r"^\W{0,3}(?:\S+\s+){0,12}" + any_of(
        r"republication", r"redistribution", r"reproduction", r"republishing", r"reproduced", r"republished",
        r"copied", r"copying", r"reprint(?:ing|ed|s)?", r"redistributed", r"rewritten",
        r"use of (?:our |these |its |the )?(?:materials|content)",
    ), max_words=70, also=(
        any_of(r"\bprohibited", r"\bforbidden", r"\bwithout (?:the |our |its )?(?:prior )?(?:written )?"
             r"(?:permission|consent)", r"\b(?:permitted|allowed) only", r"\bonly with", r"\bnot to be",
             r"\bmay not", r"\bnot (?:be )?allowed", r"\brequires? (?:the |our )?(?:prior )?(?:written )?"
             r"(?:permission|consent)"),
        r"\b(?:content|materials?|articles?|site|publisher|editor|our|form|link|hyperlink|attribution)\b",
    ),
         examples=("Reproduction of this content is forbidden without our written permission.",
                   "This material may not be published, broadcast, rewritten or redistributed."),
         counter=("Reproduction of the painting is forbidden, the museum said.",)),
    rule("may-not-copy", _C.COPYRIGHT,
         r"^\W{0,3}(?:\S+\s+){0,3}you may not (?:copy|reproduce|republish|redistribute|modify)\b", max_words=70,
         examples=("You may not copy or republish any part of this newsletter.",),
         counter=("You may not like the plan, the mayor told residents.",)),
    rule("credit-by", _C.CREDIT_LINE, r"^\(?\s*(?:additional |extra |further )?" + any_of(
        r"reporting", r"writing", r"editing", r"edited", r"compiled", r"research", r"researched",
        r"translated", r"translation", r"produced", r"production", r"contributed", r"graphics",
        r"fact[- ]checked", r"verification", r"photos", r"video", r"design", r"illustrations?",
    ) + r"(?: and \w+)? by\b", max_words=40, fragment_only=True,
         needs=(" by",),  # every match holds " by"; the pattern gives no word of its own (asked of most lines)
         examples=("Reporting by Jane Roe", "Translated by John Doe and Ann Poe"),
         counter=("Reporting by the agency was accurate, the review found.",)),
    rule("credit-line", _C.CREDIT_LINE, any_of(
        r"^\(\s*(?:additional )?(?:reporting|writing|editing|compiled|research|translation|produced|written) "
        r"by\b.*\)\.?$",
        r"^[^.!?]*;\s*editing by\b[^.!?]*\.?$", r"^\(.*\bediting by\b.*\)\.?$",
        r"^(?:additional )?(?:reporting|writing) by\b.{0,120}\bedit(?:ing|ed) by\b[^.!?]{0,80}\.?$",
        r"^with (?:additional )?reporting (?:by|from)\b.{0,120}$",
        r"\bcontributed (?:to )?this (?:report|story|article)\.?$",
        r"^(?-i:[A-Z][\w'’.-]+ ){1,4}(?:and (?-i:[A-Z][\w'’.-]+ ){1,4})?contributed (?:reporting|research|from)\b"
        r".{0,60}$",
        r"^write to (?:[\w'’.-]+ ){1,4}at \S+@\S+",
        r"^(?:e-?mail|contact)(?: the (?:author|writer|reporter))?\s*:?\s*\S+@\S+\.\w+$",
        r"^(?:e-?mail|contact|write to) the (?:author|writer|reporter|columnist)s?\W*$",
        r"^[-–—]?\s*with (?:agencies|afp|ap|reuters|wires?|agency reports)\.?$",
        r"^(?:editor|editors|reporter|reporters|author|authors|writer|writers|correspondent|translator|source|"
        r"sources|via|agencies|producer|photographer|photos|graphics|design)\s*:\s*[\w .,'’&/-]{2,80}$",
        r"^source link$", r"^sources?$",
    ), max_words=40,
         examples=("(Writing by Jane Okafor; editing by Tom Reyes.)", "Jane Roe contributed to this report.",
                   "Jane Roe contributed from Lisbon.",
                   "Email the author.",
                   "With agencies", "Editor: John Doe"),
         counter=("Jane Roe contributed to the fund, the filing showed, before she resigned.",)),
    # "By Jane Doe", "Published on May 9 by Jane Doe | 4 min read"; case matters for the name.
    rule("by-name", _C.BYLINE,
         r"^(?:(?i:posted|published|written|words|story|text|report)\s+)?(?:(?i:on) [^|]{1,40} )?"
         r"(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&|for|\||·|-|–|—)\s*[^.!?]{0,60})?$",
         max_words=16, flags=0,
         examples=("By Jane Doe", "Published on May 9 by Jane Doe | Harbour desk"),
         counter=("by the river",)),
    rule("posted-by", _C.BYLINE, r"^(?:posted|published|written) (?:on|by|at)\b", max_words=16, fragment_only=True,
         examples=("Published on the harbour desk",),
         counter=("Published on Monday, the report found rents rose.",)),
    rule("about-name", _C.AUTHOR_BIO, r"^about (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s*:\s*(?-i:[A-Z])",
         max_words=150,
         examples=("About Jane Doe: Jane covers transport for the paper.",),
         counter=("About 200 people: Officials gave no breakdown.",)),
    # A columnist's bio under the column ends on the publisher's disclaimer: "Ana Ruiz is a former bond trader and the
    # editor of this site. The views expressed are her own."
    rule("bio-disclaimer", _C.AUTHOR_BIO,
         r"^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was) (?:a|an|the)\b.{0,240}?\.\s+the views expressed "
         r"(?:here |in this (?:article|column|piece|post) )?are (?:his|her|their|my|the author['’]?s?) own\.?$",
         max_words=80,
         # Its opening (two capitalised words) admits most sentences; every match holds the disclaimer's words.
         needs=("views expressed",),
         examples=("Ana Ruiz is a former bond trader and the editor of The Lessby Post. The views expressed are her "
                   "own.", "Tom Reyes is a harbour pilot. The views expressed are the author's own."),
         counter=("Ana Ruiz is a former bond trader, and she said the views expressed by the board were mistaken.",
                  "Tom Reyes is a serving constable, and his profile on X states that the views expressed are his "
                  "own.")),
    rule("about-author", _C.AUTHOR_BIO, any_of(
        r"^about (?:the )?(?:author|writer|reporter|contributor)s?\b",
        r"^(?:i['’]?m|i am|my name is) (?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+),",
    ), max_words=150,
         examples=("About the author", "I'm Jane Doe, a reporter covering the harbour."),
         counter=("About the authorities, he said nothing.",)),
    rule("tags-label", _C.TAGS, r"^(?:tags?|tagged(?: with)?|topics?|filed under|posted in|categories|category|"
         r"keywords|more on|related topics|suggested topics|subjects?)\s*[:|]", max_words=40,
         needs=("tag", "topic", "filed under", "posted in", "categor", "keywords", "more on", "subject"),  # each label
         examples=("Tags: harbour, storms, transport", "Filed under: Business"),
         counter=("Topics discussed included rents and fares.",)),
    rule("posted-in-tagged", _C.TAGS, r"^(?:posted in|filed under)\b.*\|\s*tagged\b", max_words=60,
         examples=("Posted in Local News | Tagged harbour, storm",),
         counter=("Posted in March, the letter was tagged as urgent.",)),
    rule("temperature", _C.WEATHER, r"\d\s*°\s*[CF]?\b", max_words=10, fragment_only=True,
         examples=("Lisbon 21°C", "Sunny 68 °F"),
         counter=("Temperatures reached 41°C on Tuesday.",)),
    rule("advice-disclaimer", _C.DISCLAIMER, any_of(
        r"\bnot (?:financial|investment|legal|medical) advice\b", r"\b(?:do|conduct) your own (?:thorough )?research\b",
        r"\bnot (?:intended|meant) to (?:provide|be|constitute),? (?:\w+ ){0,2}?(?:financial|investment|legal|medical) "
        r"advice\b",
        r"\bfor (?:general )?information(?:al)? (?:purposes )?only\b", r"\baffiliate links?\b",
        r"\bwe may (?:earn|receive) (?:a )?(?:small )?(?:commission|fee)\b", r"^disclosure\s*:", r"^disclaimer\s*:",
    ), max_words=25,
         examples=("This is not financial advice.", "This post contains affiliate links.",
                   "Disclosure: the author owns shares.",
                   "Disclaimer: This article should not be taken as, and is not intended to provide, investment "
                   "advice.",
                   "Please conduct your own thorough research before investing in any cryptocurrency."),
         counter=("Investors were told the fund paid a commission of 2%, regulators found after a long inquiry "
                  "into how the bank sold it to savers across the region.",
                  "The guidance was not intended to provide legal cover for the strikes, the minister said.")),
    # A site's notice on the links it gives: "External links are provided for reference purposes. ABC News is not
    # responsible for the content of external Internet sites."
    rule("external-links", _C.DISCLAIMER, any_of(
        r"\bexternal links are provided\b", r"\bnot responsible for the content of external\b",
    ), max_words=40,
         examples=("External links are provided for reference purposes. ABC News is not responsible for the content of "
                   "external Internet sites.",
                   "The BBC is not responsible for the content of external sites."),
         counter=("The ministry said it was not responsible for the content of the leaked files.",
                  "External investigators were provided with the links.")),
    # How a broadcaster's transcript was made: "Transcripts are created on a rush deadline ... may not be in
    # its final form ... The authoritative record is the audio."
    rule("transcript-notice", _C.DISCLAIMER, any_of(
        r"\btranscripts? (?:is|are|was|were|has been|have been) (?:created|produced|prepared|provided)\b",
        r"\brush transcript\b", r"\bthis (?:copy|transcript|text) may not be in its final form\b",
        r"\bauthoritative record\b.{0,40}\b(?:audio|video)\b",
    ), max_words=80,
         examples=("Transcripts are created on a rush deadline by a contractor and may not be in their final form.",
                   "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
                   "The authoritative record of our programming is the audio record."),
         counter=("The court ordered the transcript of the hearing released on Monday.",
                  "The budget may not be in its final form until June, the minister said.")),
    rule("tip-line", _C.TIP_LINE, any_of(
        r"\bgot a (?:story|tip|news tip)\b", r"\bsend us (?:a|your) (?:tip|story|news)\b",
        r"\b(?:contact|call|email|e-mail) (?:the|our) (?:newsdesk|news desk|newsroom)\b", r"\bnews tips?\b",
        r"\b(?:do you|have you got) (?:have )?(?:a|any) (?:story|tip|news tip|photos?|videos?)\b[^.!?]{0,50}\?",
        r"\bwe pay for (?:your )?(?:stories|videos|photos|pictures|tips)\b", r"\bclick here to upload\b",
    ), max_words=40,
         examples=("Got a story? Email our newsdesk.", "Send us your news tips",
                   "Do you have a story for our news team?", "We pay for your stories!"),
         counter=("The newspaper got the story wrong, the inquiry said.",)),
    rule("our-take", _C.OUTLET_OPINION,
         r"^(?:(?:our|my) (?:take|view|verdict|two cents|opinion|thoughts|bottom line)|hot take)\s*:", max_words=80,
         needs=("take", "view", "verdict", "two cents", "opinion", "thoughts", "bottom line"),  # what is taken
         examples=("Our take: the fine is too small to matter.",),
         counter=("Our view of the harbour was blocked.",)),
    rule("site-credits", _C.SITE_CREDITS, any_of(
        r"\btheme\s*:\s*\w+", r"\bpowered by wordpress\b", r"\bproudly powered\b",
        r"^our standards\b", r"\btrust principles\b", r"\beditorial (?:standards|guidelines|policy)\b",
        r"\bcorrections policy\b", r"\breport an? (?:error|typo|correction|mistake)\b",
        r"\bsend us (?:a )?correction\b", r"\bhow we report\b",
    ), max_words=25, fragment_only=True,
         examples=("Proudly powered by WordPress", "Our Standards: The Trust Principles", "Report an error"),
         counter=("The paper changed its editorial policy last year.",)),
    rule("page-notice", _C.PAGE_NOTICE, any_of(
        r"\benable javascript\b", r"\byour browser (?:does not|doesn['’]?t) support\b",
        r"\bmedia playback is (?:unsupported|not supported)\b",
        r"\bnot available in your (?:region|country)\b",
        r"\bthis (?:video|content|embed) (?:is|has been) (?:unavailable|removed|not available)\b",
    ), max_words=30,
         examples=("Please enable JavaScript to view this content.", "This video is unavailable in your country",
                   "Your browser doesn't support HTML5 video."),
         counter=("The drug is not yet approved in most countries.",)),
    rule("editors-note", _C.EDITORS_NOTE, any_of(
        r"^[\[(]?\s*(?:correction|clarification|editor['\u2019]?s note)\s*(?:\(.{1,40}\))?\s*:",
        r"^this (?:article|story|piece) (?:was|has been|is) (?:originally |first )?(?:published|updated|"
        r"corrected|amended|republished|produced)\b",
        r"^a version of this (?:article|story) (?:appears|appeared)\b",
        r"\ba version of this (?:article|story) (?:appears|appeared) in print\b",
        r"^the views expressed (?:in this (?:article|piece) )?are\b",
        # A syndicated copy's pointer to the original, in English or German ("Den Originalartikel gibt es auf ...").
        r"^(?:read|view|see) the original (?:article|story|post) (?:on|at|from|here)\b"
        r"(?!.*\b(?:said|says|told|tells|urged|asked|added)\b)",
        r"^(?:den |lesen sie den |zum )?originalartikel\b",
    ), max_words=45,
         examples=("Correction (May 3): An earlier version misstated the fine.",
                   "[Editor\u2019s note: Spoilers follow for the season finale.]",
                   "Order Reprints | Subscribe A version of this article appears in print on Page A4.",
                   "This article was originally published on May 2.",
                   "Read the original article on Lessby Insider.",
                   "Den Originalartikel gibt es auf Lessby Insider Australia."),
         counter=("Corrections officers went on strike on Monday.",
                  "The original article in the treaty was never ratified.",
                  "Read the original version of the 2019 plan and you will find no such promise, Ana Ruiz told the "
                  "meeting.",
                  "See the original story in the Lessby Courier from March 2019, Tom Reyes said.")),
    rule("chrome-label", _C.LABEL, _BULLET + any_of(
        r"breaking(?: news)?", r"live(?: updates| blog)?", r"exclusive", r"developing(?: story)?", r"just in",
        r"update[ds]?", r"watch", r"video", r"audio", r"podcast", r"gallery", r"photos", r"listen",
        r"opinion",
        r"analysis", r"explainer", r"menu", r"search",
        r"home", r"skip to (?:main )?content", r"back to top",
        r"sign in", r"log in", r"subscribe", r"register", r"print", r"email", r"close", r"loading\.*",
        r"advertise with us", r"contact us", r"about us", r"donate", r"log ?in or register", r"next",
        r"previous", r"prev", r"back", r"more",
        r"show more", r"load more", r"see more", r"see all", r"view all", r"expand", r"collapse", r"sign up",
        r"tags", r"topics", r"share", r"comments", r"related", r"trending", r"newsletter", r"follow",
    ) + r"[\s!:.]*$", max_words=4,
         examples=("BREAKING NEWS", "Skip to main content", "Menu", "Search", "Load more"),
         counter=("Breaking news about the harbour",)),
    # The frame of an embedded social post: "Skip Twitter post by @jroe", "End of Instagram post 2 by @jroe",
    # "Harbour at dawn A post shared by Jane Roe (@jroe) on Mar 3, 2031 at 6:12am PST".
    rule("embed-frame", _C.LABEL, any_of(
        r"^(?:skip|end of) (?:twitter|x|instagram|facebook|youtube|tiktok|bluesky) (?:post|content|video)(?: \d+)?"
        r"(?: by @?[\w.]+)?\W*$",
        r"\ba (?:photo|video|post) shared by [^()]{1,60}\(@[\w.]+\) on\b[^.!?]{0,40}$",
    ), max_words=40,
         examples=("End of Twitter post by @jroe", "Harbour at dawn A post shared by Jane Roe (@jroe) on Mar 3, 2031 "
                   "at 6:12am PST"),
         counter=("The photo was shared by Jane Roe on Monday, police said.", "End of the line for the night ferry")),
    # A video player's strip flattened into text: "JUST WATCHED Harbour fire Replay More Videos ... MUST WATCH
    # ... 01:26".
    rule("video-strip", _C.LABEL, any_of(
        r"^just watched\b.{0,200}\breplay\b", r"\breplay more videos\b", r"^must watch\b.{0,150}\b\d{1,2}:\d\d$",
    ), max_words=80,
         examples=("JUST WATCHED Harbour fire: what we know Replay More Videos ... MUST WATCH Harbour fire 01:26",),
         counter=("Residents who just watched the fire said the crews arrived late.",)),
    # A video player's caption flattened into text before the article, opening with its close button and ending on the
    # clip's credit, not a full stop: "CLOSE Ana Ruiz says the quay will reopen on Monday. (Feb. 4) AP". A tabloid's
    # lead that opens on a word in capitals ends like a sentence.
    rule("video-caption", _C.LABEL, r"^(?-i:CLOSE) [\"“‘']?(?-i:[A-Z])(?=(?-i:[^a-z]*+[a-z]))", max_words=80,
         fragment_only=True,
         examples=("CLOSE Ana Ruiz says the quay will reopen on Monday after the storm. (Feb. 4) AP",
                   "CLOSE A group of former harbour workers have founded a charity to help families. Newslook"),
         counter=("CLOSE to 500 people were evacuated from the harbour on Monday.",
                  "CLOSE Brothers cut 200 jobs at its Lessby office on Monday.",
                  "CLOSE CALL FOR LESSBY FERRY AS STORM HITS QUAY",
                  "Close the gates, the harbour master told the crew")),
    # Icon alt texts flattened into text: "Search icon", "Facebook icon Twitter icon Email icon".
    rule("icon-labels", _C.LABEL, r"^(?:[^\w\s]*+\s*+[\w-]+(?: [\w-]+)? icon\b\s*+)++$", max_words=16,
         examples=("Search icon", "Facebook icon Twitter icon Email icon", "Close menu icon"),
         counter=("The singer became a fashion icon", "An icon of the skyline, the tower reopened on Monday.")),
    rule("date-label", _C.DATE_LINE, r"^(?:updated|last updated|published|first published|posted|modified)\s*:?\s*"
         + any_of(r"\d", r"on\b", r"at\b", r"an?\b", r"\w+day\b", MONTH_PREFIX + r"\b", r"just now", r"yesterday",
                r"today"), max_words=20, fragment_only=True,
         examples=("Updated: 14:05 BST, 2 May 2025", "Published March 3", "Last updated yesterday"),
         counter=("Updated figures will follow next week.",)),
    rule("time-ago", _C.DATE_LINE, r"\b(?:updated|posted|published) \d+ (?:second|minute|hour|day|week|month)s? ago\b",
         max_words=20,
         examples=("Harbour desk · updated 3 hours ago",),
         counter=("The list was published 3 years after the storm.",)),
))


RUN_LINES = 1 << 18
"""Distinct lines and sentences ``clutter_reason`` keeps its answer for: those of a 4,000-article run
(about 150,000). The summarizer asks again about the sentences the cleaner judged, long after; a cache of a
quarter of them had forgotten them by then, and a 4,000-article run judged every sentence twice."""


@lru_cache(maxsize=RUN_LINES)
def clutter_reason(line: str) -> Hit[Clutter] | None:
    """The rule that says ``line`` is page clutter rather than article text, or ``None`` if none does.

    Each distinct line is judged once: lines repeat across pages (a site's footer, a wire story run by
    many outlets) and again when the summarizer checks each sentence."""
    return CLUTTER.first(line)
