"""What a saved page is when it is no news article: a paywall or subscription stub, a site search page, a
legal notice, an author's profile, a cookie wall, a "page not found" page, a section, tag or archive page,
a robot check.

Two tables. ``PAGE_TITLES`` reads a page's title (or one part of it, "Privacy Policy | Example Post"):
the whole title must be such a page's name, so a headline that merely mentions one ("Privacy policy
changes anger users") never matches. ``PAGE_SIGNS`` reads the page's lines: a line that such a page is
made of ("This zipcode is not in our deliverable area", "Showing 1-10 of 245 results"). A sign alone
never decides: ``bot.text.page_kind`` weighs the signs against the article prose the page has left, so
a real article that says "subscribe to continue reading" under four paragraphs is still an article.
"""

from __future__ import annotations

import enum

from bot.rules.fragments import any_of
from bot.rules.table import RuleTable, rule


class PageKind(enum.Enum):
    """What a page that is no news article is, as a reader would name it."""

    PAYWALL = "a paywall or subscription page"
    SEARCH = "a site search page"
    LEGAL = "a legal notice or terms page"
    AUTHOR = "an author's profile page"
    COOKIE_WALL = "a cookie consent page"
    NOT_FOUND = "an error page (page not found)"
    INDEX = "a section, tag or archive page"
    BLOCKED = "a robot check or access-denied page"


_NAME = r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})"
# What news prose does and a page of terms, a bio or a paywall never does: it reports what someone said.
_REPORTING = r"\b(?:said|says|told|according to|reported|announced|died)\b"

PAGE_TITLES: RuleTable[PageKind] = RuleTable("page-titles", (
    rule("not-found-title", PageKind.NOT_FOUND, any_of(
        r"^(?:error\s*)?404(?:\s*(?:error|[-–—:|!]|not found)|$)",
        r"^(?:page|file|article|story|content) (?:not found|(?:is )?(?:no longer available|unavailable))\W*$",
        r"^not found\W*$", r"^(?:oops|sorry)\W+(?:we can['’]?t|that page|this page|page)\b",
    ), max_words=10,
         examples=("404 Not Found", "Page not found", "Error 404", "Oops! That page can't be found."),
         counter=("404 days after the flood, the town rebuilds", "Page three of the report is missing")),
    rule("search-title", PageKind.SEARCH, any_of(
        r"^search results?(?:\s+for\b|\s*[:|–—-]|$)", r"^search\s*(?:[:|–—-]|$)", r"^you searched for\b",
        r"^results for\s*[:“\"'‘]",
        # A site's own search page, titled by the site's name, "Search" and the name again ("NPR Search : NPR").
        r"^(\w[\w.&'’]*(?: [\w.&'’]+){0,2}) search\s*[:|–—-]\s*\1\W*$",
    ), max_words=14,
         examples=("Search results for “ferry”", "Search", "You searched for harbour", "Search: ferry fares",
                   "NPR Search : NPR", "Valley Post Search | Valley Post"),
         counter=("Search for missing hiker called off", "Search results skewed, study finds",
                  "Hikers join the search", "Ana Ruiz search : police find car near Lessby",
                  "Police Search | Valley Post", "MH370 Search - New debris found off Norvania")),
    rule("legal-title", PageKind.LEGAL, "^" + any_of(
        r"(?:website |site )?terms (?:of (?:use|service|sale)|and conditions|& conditions)",
        r"privacy (?:policy|notice|statement|and cookies policy)", r"cookies? (?:policy|notice|statement)",
        r"legal (?:notice|information|disclaimer|terms)", r"disclaimer", r"imprint", r"impressum",
        r"copyright (?:policy|notice)", r"user agreement", r"acceptable use policy", r"community guidelines",
    ) + r"\W*$", max_words=8,
         examples=("Terms of Use", "Privacy Policy", "Disclaimer", "Terms and Conditions"),
         counter=("Privacy policy changes anger users", "Judge rules terms of use unfair")),
    rule("author-title", PageKind.AUTHOR, any_of(
        rf"^(?:all )?(?:articles|stories|posts|columns|news|reporting) (?:written )?by {_NAME}\W*$",
        rf"^(?:author|columnist|reporter|contributor|writer)\s*[:|–—-]\s*{_NAME}\W*$",
        rf"^{_NAME}\s*[,|–—-]\s*(?:author|author profile|profile)\W*$",
        r"^(?:author|contributor) (?:archive|profile|page)s?\W*$", r"^about the author\W*$",
    ), max_words=10,
         examples=("Articles by Jane Roe", "Author: Tom Vale", "Jane Roe - Author profile", "Author archive"),
         counter=("Stories by Survivors Fill New Museum", "Author wins prize for harbour novel")),
    rule("index-title", PageKind.INDEX, any_of(
        r"^(?:tag|topic|category|section|archive|archives|subject)s?\s*[:|–—-]\s*\S",
        r"^(?:all |latest )?(?:articles|stories|posts|news) (?:tagged|filed under|about|on|in)\s*[:“\"'‘]",
        r"^(?:monthly |daily )?archives?(?: for)?\s*[:|–—-]?\s*(?:\w+ )?\d{4}\W*$",
    ), max_words=10,
         examples=("Tag: ferries", "Archive: March 2031", "Stories tagged “harbour”", "Archives for March 2031"),
         counter=("Archive reveals secret harbour plans", "Tag team wins title")),
    rule("blocked-title", PageKind.BLOCKED, "^" + any_of(
        r"are you a (?:robot|human)", r"access denied", r"attention required", r"just a moment", r"security check",
        r"(?:please )?verify (?:that )?you are (?:a )?human", r"request blocked", r"too many requests", r"forbidden",
    ) + r"\W*$", max_words=8,
         examples=("Are you a robot?", "Access Denied", "Just a moment...", "Attention Required!"),
         counter=("Access denied to flood victims, charity says", "Are you a robot? The app that answers calls")),
    rule("paywall-title", PageKind.PAYWALL, "^" + any_of(
        r"subscribe", r"subscriptions?", r"subscribe (?:now|today|to (?:continue|read|unlock)\b.*)", r"sign in",
        r"sign up", r"log ?in", r"register", r"my account", r"create (?:an|your) account",
        r"subscriber (?:log ?in|sign in|services)", r"(?:digital )?subscription (?:offers?|options|plans)",
        r"already a subscriber\??",
    ) + r"\W*$", max_words=10,
         examples=("Subscribe", "Subscribe to continue reading", "Log in", "Subscription offers"),
         counter=("Subscribers flee streaming service as prices rise", "Register to vote by Friday, officials urge")),
    rule("cookie-title", PageKind.COOKIE_WALL, any_of(
        r"^(?:cookie|privacy|consent) (?:settings|preferences|consent|choices)\W*$", r"^before you continue\b",
        r"^we (?:care about|value) your privacy\W*$",
    ), max_words=10,
         examples=("Cookie consent", "Before you continue to Example", "We value your privacy"),
         counter=("Cookie sales soar before the holidays",)),
))

PAGE_SIGNS: RuleTable[PageKind] = RuleTable("page-signs", (
    rule("paywall-stub", PageKind.PAYWALL, any_of(
        r"\bnot (?:in|within) our (?:deliverable|delivery|service|coverage) area\b",
        r"\b(?:enter|check|confirm) your (?:zip ?code|postcode|postal code)\b",
        r"^(?:please )?(?:subscribe|log ?in|sign in|register)\b.{0,40}\bto (?:continue|keep|start) reading\b",
        r"^to (?:continue|keep) reading\b", r"\bsubscribe (?:to|and) (?:continue|keep) reading\b",
        r"\b(?:this|the) (?:article|story|content|page|feature) is (?:only )?(?:available|reserved|exclusive(?:ly)?)"
        r" (?:to|for) (?:paying |digital )?(?:subscribers|members)\b",
        r"\byou(?:['’]ve| have) (?:reached|used up|used|read) (?:your|all (?:of )?your|the) (?:(?:\w+ )?limit of )?"
        r"(?:\w+ )?(?:free )?"
        r"(?:articles?|stories|page views)(?: limit)?\b",
        r"\bunlock (?:this|the full|full) (?:article|story|access)\b",
        r"\bthe rest of this (?:article|story) is (?:for|available)\b",
        r"\bto read (?:this|the full|the rest of this) (?:article|story)\b",
    ), max_words=40, unless=_REPORTING,
         examples=("This zipcode is not in our deliverable area.", "Subscribe to continue reading",
                   "You have reached your free article limit for this month.",
                   "You have reached your monthly limit of free stories.",
                   "This article is only available to subscribers.",
                   "You've reached your limit of free articles."),
         counter=("The library urged children to continue reading over the summer, the council said.",
                  "Subscribers said the delivery area had shrunk.")),
    rule("not-found-notice", PageKind.NOT_FOUND, any_of(
        r"^(?:sorry,? |oops,? |we['’]?re sorry,? )?(?:the|this) page (?:you (?:requested|were looking for|are looking "
        r"for|tried to reach)|could not be found|cannot be found|can['’]?t be found|(?:does not|doesn['’]?t) exist|"
        r"(?:is|has been) (?:no longer available|removed|moved))",
        r"\bwe (?:can['’]?t|cannot|could(?:n['’]?t| not)) find (?:the|that|this) page\b", r"^page not found\b",
        r"\b(?:error )?404\b.{0,20}\bnot found\b", r"\bthe (?:link|url) you (?:followed|clicked) may be broken\b",
    ), max_words=30, unless=_REPORTING,
         examples=("Sorry, the page you were looking for could not be found.", "We can't find that page.",
                   "Error 404: not found"),
         counter=("The page you requested from the archive shows the 1921 flood, the curator said.",)),
    rule("search-notice", PageKind.SEARCH, any_of(
        r"^search results?(?:\s+for\b|\s*:)", r"^showing (?:results )?\d+\s*(?:-|–|to)\s*\d+ of [\d,]+",
        r"^[\d,]+ (?:search )?results?(?: found)?(?: for\b.*)?$", r"^no (?:search )?results (?:found|were found|match)",
        r"^your search\b.{0,60}\b(?:did not match|returned|found no)\b",
        r"^(?:sort|order)(?:ed)? by\s*:?\s*(?:relevance|date|newest|oldest|most recent)\b",
        r"^refine (?:your )?search\b", r"^did you mean\b.{0,40}\?$", r"^you searched for\b",
    ), max_words=15, fragment_only=True,
         examples=("Search results for: ferry", "Showing 1-10 of 245 results", "245 results", "Sort by: Relevance",
                   "No results found"),
         counter=("Results for the third quarter beat forecasts", "Search results shaped the vote, study finds")),
    # A bot wall or a blocked request: "We've detected unusual activity from your computer network."
    rule("blocked-notice", PageKind.BLOCKED, any_of(
        r"\bwe(?:['’]ve| have) detected unusual (?:activity|traffic)\b",
        r"\b(?:let us know|prove|verify|confirm) (?:that )?you(?:'re|’re| are) (?:not a robot|(?:a )?human)\b",
        r"\byou (?:don['’]?t|do not) have permission to access\b", r"^access denied\b", r"\bcomplete the captcha\b",
        r"\b(?:enable|allow) javascript and cookies to continue\b", r"\bchecking your browser before accessing\b",
    ), max_words=40, unless=_REPORTING,
         examples=("We've detected unusual activity from your computer network.",
                   "To continue, please click the box below to let us know you're not a robot.",
                   "You don't have permission to access this page on this server."),
         counter=("Hackers tried to prove they were human to the bank's checks, police said.",)),
    # The pager of a list of stories: "Page 2 of 14", "Older posts", "Load more stories".
    rule("index-pager", PageKind.INDEX, any_of(
        r"^page \d+ of \d+$", r"^(?:older|newer) (?:posts|entries|stories|articles)\b", r"^next page\b",
        r"^load more (?:stories|articles|posts|news)$", r"^(?:previous|next) (?:posts|entries)$",
    ), max_words=6, fragment_only=True,
         examples=("Page 2 of 14", "Older posts", "Load more stories"),
         counter=("Page 2 of the report lists the fines", "Older people were moved first.")),
    # How a page of terms speaks: to "you", in "shall", "hereby", "indemnify"; never reporting what anyone said.
    rule("legal-voice", PageKind.LEGAL, any_of(
        r"\b(?:you|users?) (?:hereby )?(?:agree|acknowledge|consent|accept|represent|warrant)\b",
        r"\b(?:herein|hereby|hereunder|thereof|hereinafter|heretofore)\b", r"\bindemnif(?:y|ied|ication)\b",
        r"\bgoverned by (?:and construed in accordance with )?the laws? of\b",
        r"\bthese (?:terms|conditions)(?: and conditions| of (?:use|service))?\b",
        r"\b(?:we|the company|the publisher) reserves? the right\b", r"\bwithout (?:any )?warrant(?:y|ies)\b",
        r"\bto the (?:fullest|maximum) extent permitted by (?:applicable )?law\b",
        r"\byour use of (?:this|the|our) (?:site|website|service|services|content)\b",
        r"\bpersonal (?:data|information) (?:we|that we) (?:collect|process|hold)\b",
        r"\b(?:is|are) not responsible for the content of (?:external|third[- ]party|linked|other) (?:\w+ )?"
        r"(?:sites|websites|pages)\b",
        r"\b(?:external )?links are provided for (?:reference|information(?:al)?|convenience)(?: purposes)?\b",
    ), unless=_REPORTING,
         examples=("By using this website you agree to these terms.",
                   "You agree to indemnify the publisher against any claim arising from your use of the site.",
                   "These terms are governed by the laws of England and Wales.",
                   "Example News is not responsible for the content of external Internet sites."),
         counter=("The court said the firm's terms of use were unfair and struck them down, the ruling showed.",
                  "Users agreed to the new terms, the company said.")),
    # The first line of a profile: "Jane Roe is a senior reporter covering transport for the Valley Post."
    rule("author-bio", PageKind.AUTHOR, any_of(
        rf"^{_NAME} (?:is|has been|joined)\b.{{0,80}}\b(?:reporter|correspondent|editor|writer|columnist|journalist|"
        r"contributor|producer|photographer|critic|anchor|presenter|host|blogger)\b",
        rf"^(?:more |latest |recent )?(?:articles|stories|posts) (?:from|by) {_NAME}\W*$",
    ), max_words=60, unless=_REPORTING,
         # What every match holds: the first branch ends on a role word, the second holds "<list> from|by ".
         # The pattern reads no word of its own from the name branch, and was searched on every line of a page.
         needs=("reporter", "correspondent", "editor", "writer", "columnist", "journalist", "contributor",
                "producer", "photographer", "critic", "anchor", "presenter", "host", "blogger",
                "articles from", "articles by", "stories from", "stories by", "posts from", "posts by"),
         examples=("Jane Roe is a senior reporter covering transport for the Valley Post.",
                   "Latest stories by Jane Roe"),
         counter=("Jane Roe is a reporter who was detained at the border on Monday, her editor said.",
                  "Jane Roe, a reporter for the Valley Post, won the award.")),
))
