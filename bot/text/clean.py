"""Page clutter out, article in: the body paragraphs of a page, its headline, outlet and date.

A saved news page is a sandwich: site chrome and the headline block on top (masthead, menus,
cookie banner, section label, headline, standfirst, by-line, date, photo caption), the article in
the middle, and a footer below (credits, copyright, share rows, tags, comments, lists of other
headlines). The body runs from the lead — the first real paragraph with no by-line or date after
it — to the last real paragraph; a real paragraph is a line that ends like a sentence and is not
clutter by the rules of ``bot.rules.clutter``. Inside the body, clutter lines (advertisement
markers, teasers, captions, sign-up boxes) are dropped one by one. Every dropped line is kept in
``Article.dropped`` with its reason, for ``--explain``: a clutter kind with the id of the rule (or of the
pass) that found it, "advertisement [ad-marker]", or the part of the page it is ("masthead").

The passes branch on ``Clutter`` kinds and ``Part`` members, never on reason text.

The work is linear in the number of lines: each line is classified once, then a few passes walk
the list.
"""

from __future__ import annotations

import enum
import itertools
import re
import unicodedata
from dataclasses import dataclass

from bot.model import Article, Source
from bot.rules.clutter import CLUTTER, Clutter, clutter_reason
from bot.rules.fragments import CLOSING, LIST_BULLET, OPENING_QUOTATION, QUOTE_MARK, TERMINAL, ends_like_sentence
from bot.rules.kept import compiled
from bot.rules.pages import PAGE_WORDS, SECTION_WORDS, PageWord, page_pattern
from bot.rules.places import is_outlet_name
from bot.rules.statements import ENDINGS
from bot.text import metadata
from bot.text.page_kind import NotArticle, not_article
from bot.text.sentences import split_sentences
from bot.text.webpage import PageMeta, fragment_text, front_matter, looks_like_fragment, page_text


class Part(enum.Enum):
    """What part of the page a line no clutter rule took is, as the cleaner's passes judge it."""

    DATE_LINE = "date line"
    DATELINE = "dateline"
    BYLINE = "by-line"
    NAVIGATION = "navigation"
    SECTION_LABEL = "section label"
    NAME_OR_LABEL = "name or label"
    ABOVE_ARTICLE = "above the article"
    CAPTION_OR_STANDFIRST = "caption or standfirst"
    MASTHEAD = "masthead"
    TAGLINE = "tagline"
    REPEATS_HEADLINE = "repeats the headline"
    STANDFIRST = "standfirst"
    ABOVE_HEADLINE = "above the headline"
    AUTHOR_BIO = "author bio"
    SUBHEADING = "subheading"
    OTHER_HEADLINE = "headline of another story"
    HEADLINE_LIST_AFTER = "headline list after the article"
    AFTER_ARTICLE = "after the article"
    DATELINE_OUTLET = "dateline (outlet taken from it)"
    SEPARATOR = "separator"


# Page chrome above the headline: the headline comes after the last of it.
_CHROME = {Clutter.COOKIE_NOTICE, Clutter.BUTTONS, Clutter.LABEL, Clutter.PAYWALL, Clutter.WEATHER, Clutter.SIGN_UP}
_CHROME_PARTS = {Part.NAVIGATION, Part.SECTION_LABEL, Part.MASTHEAD, Part.TAGLINE}
# Kinds that start a section whose following lines belong to it (a list under "Most read").
_LIST_HEADINGS = {Clutter.HEADLINE_LIST}
# Kinds whose block's next lines share them (a consent banner's buttons, an author bio's sentences): how many.
_BLOCK_KINDS = {Clutter.COOKIE_NOTICE: 5, Clutter.AUTHOR_BIO: 3}
LIVE_STAMPS = 3
"""Lines holding only a time of day ("21:55", "9.40am") that make a page a live blog: an article's header has one."""
_CLOCK_LINE = compiled(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?$", re.I)
_BANNER_KINDS = {Clutter.COOKIE_NOTICE}
"""Block kinds that stand above the article (a consent banner), where the article may follow in the same block."""
BANNER_WORDS = 12
"""A line of prose this long under a consent banner is the article's, not the banner's: a banner's own sentences
that say nothing of cookies are short, and the rule taking the banner takes those that do."""
_COUNTED_CAPTIONS = "counted-captions"
"""The clutter rule telling a slideshow's caption by the counter closing it; ``_read_slideshow`` cuts the counter
with its pattern."""
_TOPIC_WORD = compiled(r"\w{4,}")
_READER = compiled(r"\b(?:you|your)\b", re.I)
_HEADER_META = {Clutter.BYLINE, Clutter.DATE_LINE, Clutter.READING_TIME}
# Kinds of line that name the article's authors. A set built once: a set written in the loop over a page's lines
# is built again for each line, hashing each member through ``Enum.__hash__`` (Python code).
_NAMING_AUTHORS = {Clutter.BYLINE, Clutter.CREDIT_LINE}

_OTHER_SPACES = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
"""The white space within a line, besides the plain space, that becomes one plain space."""
# Runs of white space within a line, each to become one space. A single plain space is no match, as it stays
# what it is: a line of single-spaced words (one passed to it, see ``_single_spaced``) is then searched without
# a match per word.
_SPACES = compiled(f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]")
_OTHER_SPACE = compiled(f"[{_OTHER_SPACES}]")
_INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen: dropped from a page."""
_INVISIBLE = compiled(f"[{_INVISIBLE_CHARACTERS}]")
_QUOTES = compiled(QUOTE_MARK)
_SIGNATURE = ENDINGS["dash-signature"]
"""A quotation closed by its own stop and signed with a dash and a name ('“We will not back down.” ― Ana
Ruiz'), as pages print readers' or voters' words one to a line: inside the article, no subheading
(``_signed_by_someone``). Above the first paragraph (an epigraph) or below the last (a blurb for the paper) it is
no part of the article."""
HEADLINE_WORDS = 15
"""Words at most in a headline read as one though it ends like a sentence (``_Cleaner._opening_headline``)."""
_BULLET = compiled("^" + LIST_BULLET)
_SEPARATORS = compiled(r"\s(?:\||›|»|>|/|·|•|::)\s|\s?[›»]\s?")
_CREDIT_ONLY = page_pattern("credit-only")
_GALLERY_COUNTER = page_pattern("gallery-counter")
_GALLERY_MIN_TOTAL = 12
"""Counters over a total this small are no slideshow's: a thread's "1/3 ...", "2/3 ...", a timeline's days of a month
("3/11", "4/11"), a recipe's "1/3 cup"."""
_HTML_START = compiled(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_TRAILING_COPYRIGHT = page_pattern("trailing-copyright")
_TRAILING_CREDIT = page_pattern("trailing-credit")
_TRAILING_PHOTO_CREDIT = page_pattern("trailing-photo-credit")
_QUOTATION = compiled(r"[\"“](?:[^\"“”\s]+\s+){3,}[^\"“”]*[\"”]")
"""A quotation of four words or more: a paragraph quoting someone, which a photo's caption ("Ana Ruiz is pictured
leaving court, police said") seldom does."""
_LEADING_CREDIT = page_pattern("leading-credit")
_LEADING_RESIDUE = page_pattern("leading-residue")
_EMBEDDED_POST = page_pattern("embedded-post")
# What a scrape glues before an article sentence, the reason each is cut off with, and a string every match holds
# ("" for none): asked of every line.
_LEADING = ((_LEADING_CREDIT, f"{Clutter.IMAGE_CREDIT.value} [leading-credit]", ""),
            (page_pattern("leading-banner"), f"{Clutter.COOKIE_NOTICE.value} [leading-banner]", "ookie"),
            (_LEADING_RESIDUE, f"{Clutter.LABEL.value} [leading-residue]", ""),
            (page_pattern("leading-captions"), f"{Clutter.GALLERY.value} [leading-captions]", "aption"))
# What a scrape runs into a last paragraph's end, and the reason each is cut off with.
_TRAILING = ((_TRAILING_COPYRIGHT, f"{Clutter.COPYRIGHT.value} [trailing-copyright]"),
             (_TRAILING_CREDIT, f"{Clutter.CREDIT_LINE.value} [trailing-credit]"))
# Furniture a scrape runs into the end of a paragraph: these kinds only (a list heading or a consent banner
# starts a section of its own, and is judged as a line; a caption's credit makes the whole caption one),
# and never a sentence reporting speech.
_GLUED = {Clutter.SIGN_UP, Clutter.TIP_LINE, Clutter.READER_CALL_OUT, Clutter.PAYWALL,
          Clutter.CREDIT_LINE, Clutter.SHARE_BUTTONS, Clutter.TEASER_LINK, Clutter.BUTTONS, Clutter.LABEL,
          Clutter.EDITORS_NOTE}
_SPEECH_WORDS = ("said", "says", "told", "according to")
_SPEECH = compiled(rf"\b(?:{'|'.join(_SPEECH_WORDS)})\b")  # case-sensitive: a match holds a word as written
_TAIL_SENTENCES = 12
_TAIL_WORDS = 150
_PITCH_WORDS = 12
_CREDIT_IN_TITLE = page_pattern("credit-in-title")
_ROLE = page_pattern("byline-role")
_NAME = r"[A-Z][\w'’.-]+(?: (?:van |de |von |al-)?[A-Z][\w'’.-]+){1,3}"
_BYLINE_SHAPE = compiled(rf"^{_NAME}(?:\s*(?:,|-|–|—|\|)\s*.*|\s+in\s+[A-Z][\w'’ -]+)$")
_BYLINE_NAME = compiled(rf"\b(?:[Bb]y|BY)\s+({_NAME})|^({_NAME})\s*(?:,|-|–|—|\|)")
_SENTENCE_STOP = compiled(r"(?<=[a-z0-9)][.!?])[\"”’]?\s*(?=[A-Z])")
"""Where a sentence ends and the next starts, with or without a space between (a scrape's "exchange.Hana")."""
_BIO_VERB = r"(?:is|was|has|had|writes|covers|reports|lives|joined|spent|began|grew|worked|loves)\b"
# Whole words only (possessive), at a word start: a run of capitals is read once, not split every way (n⁴).
_BIO_OPENING = compiled(rf"(?<![\w'’.-])((?:[A-Z][\w'’.-]++ ?){{1,4}})(?:,[^,]{{1,60}},)?\s+{_BIO_VERB}")
_DATE_WORDS = page_pattern("date-word")
_TIME_OR_DATE = compiled(r"\d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.|\b\d{1,2}\s+[A-Za-z]{3,9}\b|"
                           r"\b[A-Za-z]{3,9}\.? \d{1,2}\b|\d{4}-\d\d-\d\d")
_SOURCE_LINE = compiled(r"^source\s*:\s*([A-Z][\w .&'’-]{1,40})$", re.I)
_LABEL_SEPARATORS = compiled(r"[\s|›»/·•:]+")
_NAME_AND_SLOGAN = compiled(r"^[\w.'’&-]+(?: [\w.'’&-]+){0,5}\s+(?:[-–—|:•·]|::)\s+\S")
_LATIN_WORD = compiled(r"[A-Za-z][\w'’-]*")
_NON_WORDS = compiled(r"\W+")
_TITLE_SITE_BAR = compiled(r"\s+[|–—-]\s+")
_MD_RULE = compiled(r"(?:[-*_]\s*){3,}")
_MD_HEADING = compiled(r"^#{1,6}\s+")
_MD_QUOTE = compiled(r"^>\s?")


@dataclass
class _Line:
    """One non-blank line of the page and what is known about it."""

    text: str
    block: int  # lines with no blank line between them share a block
    words: int
    kind: Clutter | None = None  # what clutter it is, when a rule or a pass says so
    rule: str = ""  # the id of that rule or pass
    prose: bool = False  # ends like a sentence (or is long)
    bullet: bool = False

    def tag(self, kind: Clutter, rule: str) -> None:
        self.kind, self.rule = kind, rule

    @property
    def reason(self) -> str:
        """Why the line is clutter, for ``Article.dropped``: the kind and the rule id ("" if it is not)."""
        return f"{self.kind.value} [{self.rule}]" if self.kind is not None else ""


GALLERY_TITLED = 6
"""Lines in a row that open on one slideshow's title, then each a caption's heading, that make them its captions."""
GALLERY_TITLE_WORDS = 4


def _titled_captions(lines: list[_Line]) -> set[int]:
    """A slideshow flattened into lines that each open on its title, then a caption's capitalised heading, closing the
    page ("Port of Lessby turns 300 Trading place ...", "Port of Lessby turns 300 Expansion drive ...", and four more):
    ``GALLERY_TITLED`` lines at least, the title ``GALLERY_TITLE_WORDS`` words at least, and no line of the article's
    after them. An ordinary list opening lines alike ("The recall covers Acme Swift 200 ...") is shorter, or goes on
    in lower case, or the article goes on after it."""
    # A line's first words only (most lines are in no run); a run's lines are split whole.
    heads = [ln.text.split(maxsplit=GALLERY_TITLE_WORDS)[:GALLERY_TITLE_WORDS] if ln.kind is None else []
             for ln in lines]
    start = 0
    while start < len(lines):
        head = heads[start]
        end = start
        while end < len(lines) and len(head) == GALLERY_TITLE_WORDS and heads[end] == head:
            end += 1
        if end - start >= GALLERY_TITLED and all(ln.kind is not None or not ln.prose for ln in lines[end:]):
            run = [ln.text.split() for ln in lines[start:end]]
            shortest = min(map(len, run))
            # The title: the words all the run's lines open on.
            title = next(n for n in range(GALLERY_TITLE_WORDS, shortest + 1)
                         if n == shortest or len({tuple(w[:n + 1]) for w in run}) > 1)
            if all(len(w) > title and w[title][:1].isupper() for w in run):
                return set(range(start, end))
        start = max(end, start + 1)
    return set()


def clean_article(text: str, *, kind: str, source: Source, meta: PageMeta | None = None) -> Article:
    """The article body of ``text`` (plain text, Markdown or HTML); title, outlet and date go on ``source``.

    ``meta`` is what a structured source already states (news-please JSON fields); it wins over what
    is read from the text, except that a dateline's agency is preferred as the outlet.
    """
    meta = meta or PageMeta()
    if kind != "html" and _HTML_START.match(text):
        kind = "html"  # a saved web page with the wrong extension
    if kind == "html":
        text, found = page_text(text)
        meta = meta.merged(found)
    elif looks_like_fragment(text):
        text = fragment_text(text)  # a feed summary or snippet with markup in it
    if kind == "markdown":
        text, found = front_matter(text)
        meta = meta.merged(found)
        text = _plain_markdown(text)
    return _Cleaner(_lines(text), meta, source).article()


class _Cleaner:
    """One page's lines, judged in a few linear passes; ``article()`` does the work."""

    def __init__(self, lines: list[_Line], meta: PageMeta, source: Source) -> None:
        self.lines = lines
        self.meta = meta
        self.source = source
        self.parts: dict[int, Part] = {}
        self.next_content: list[int] = []

    def article(self) -> Article:
        early: list[tuple[str, str]] = []
        self.lines = lines = _separated(self.lines, early)
        for i, line in enumerate(lines):
            hit = clutter_reason(line.text)
            if hit is not None and not (hit.rule.id == "comment-header" and _introduces_quotation(lines, i)):
                line.tag(hit.kind, hit.rule.id)
            elif hit is None and _labels_run_together(line):
                line.tag(Clutter.TAGS, "labels-run-together")
            line.prose = _is_prose(line)
        self._read_slideshow()
        if not any(ln.prose and ln.kind is None and ln.words >= 6 for ln in lines):
            for line in lines:  # text with no full stops at all (a transcript, a bad scrape): long lines count
                line.prose = line.kind is None and line.words >= 12 and not _is_nav(line.text) \
                    and not _label_case(line.text)  # a label: "INSIGHTS PRELIMS TEST SERIES – 2018 (CSAT + GS ...)"
        self._mark_captions()
        self._mark_galleries()
        self._mark_sections()
        self.next_content = _next_untagged(lines)
        lead = self._lead()
        end = self._last_paragraph(lead)
        title, masthead = self._headline_block(lead)
        authors = self._authors()
        paragraphs: list[str] = []
        dropped = early
        title_text = lines[title].text if title is not None else ""
        headline = _Normed.of(title_text)  # compared with every line of the body: normalised once
        for i, line in enumerate(lines):
            if i < lead:
                if i != title:
                    part = self.parts.get(i)
                    dropped.append((line.text, part.value if part else line.reason or Part.ABOVE_ARTICLE.value))
                continue
            if i > end:
                dropped.append((line.text, line.reason or self._footer_part(line, authors).value))
                continue
            body_part = None if line.kind else self._body_part(i, title_text, headline, authors)
            if line.kind or body_part:
                dropped.append((line.text, body_part.value if body_part else line.reason))
            else:
                paragraphs.append(_BULLET.sub("", line.text) if line.bullet else line.text)
        if paragraphs:
            paragraphs[-1] = _without_bio(_without_footer_sentences(paragraphs[-1], dropped), authors, dropped)
        outlet_hint = self._footer_outlet(end)
        verdict = self._not_article(title, lead, paragraphs)
        self._set_metadata(title, masthead, lead, paragraphs, dropped, outlet_hint)
        return Article(source=self.source, paragraphs=paragraphs, dropped=dropped,
                       unusable=verdict.reason if verdict else None)

    def _not_article(self, title: int | None, lead: int, paragraphs: list[str]) -> NotArticle | None:
        """What the page is if it is no news article (a paywall stub, a search page...), judged whole."""
        lines = self.lines
        titles = [t for t in (self.meta.title, lines[title].text if title is not None else None) if t]
        headings = [ln.text for i, ln in enumerate(lines[:lead]) if ln.kind is None and i != title]
        return not_article(titles, headings, [(ln.text, ln.kind, ln.words) for ln in lines], paragraphs)

    # --- where the article is -------------------------------------------------------------

    def _mark_captions(self) -> None:
        """A short line right before a photo credit is that photo's caption."""
        for i, line in enumerate(self.lines[1:], start=1):
            if line.kind is Clutter.IMAGE_CREDIT and _CREDIT_ONLY.search(line.text):
                before = self.lines[i - 1]
                if (before.kind is None and before.words <= 25 and before.block == line.block
                        and not _QUOTES.search(before.text)):
                    before.tag(Clutter.IMAGE_CREDIT, "caption-before-credit")

    def _read_slideshow(self) -> None:
        """The captions of a page that is nothing but the story's own slideshow, as its text: each caption opens on
        the slideshow's title, the page's own ("Photos: Harbour fire Smoke rises over the quay. Hide Caption 2 of 12"
        on the page "Harbour fire"), and no line of prose stands beside them. Their label, title and counter go. A
        slideshow of other stories stays clutter: one titled otherwise ("Photos: Shocking celebrity splits" on a page
        about one couple), or a round-up whose title most captions share no word with ("The week in pictures")."""
        title = (self.meta.title or "").strip().casefold()
        counter = CLUTTER[_COUNTED_CAPTIONS].pattern
        captions = [ln for ln in self.lines if ln.rule == _COUNTED_CAPTIONS]
        if counter is None or not title or not captions or any(ln.kind is None and ln.prose for ln in self.lines):
            return
        texts = []
        for line in captions:
            label, _, caption = counter.sub("", line.text).partition(": ")
            rest = caption[len(title):]
            if len(label.split()) != 1 or not caption.casefold().startswith(title) or rest[:1].strip():
                return  # another label, another title, or a longer one ("Storms of the decade" on "Storm")
            texts.append(rest.strip())
        named = _topic_words(title)
        if 2 * sum(bool(_topic_words(text) & named) for text in texts) < len(texts):
            return
        for line, text in zip(captions, texts, strict=True):
            if not text:
                continue  # a photo with no caption: its counter alone
            line.text, line.words, line.kind, line.rule = text, len(text.split()), None, ""
            line.prose = _is_prose(line)

    def _mark_galleries(self) -> None:
        """The captions of a slideshow flattened into lines, when the page has prose of its own besides: a page
        whose only text is a slideshow (a scraper that kept nothing else) is told by its captions.

        A caption is told by its counter: counters open a run of lines, each one more than the last over the same
        total, above ``_GALLERY_MIN_TOTAL`` ("1/30 Earth from the ISS ...", "2/30 Frosty slopes ...", with only lines
        already judged clutter between them); one counter alone is kept ("9/11 families ..."). A caption that closes
        with its counter ("... Hide Caption 4 of 59") is left to the line rules: a long one holds the witnesses' words
        a report quotes nowhere else. Captions that repeat the slideshow's title instead ("Port of Lessby turns 300
        Expansion drive ...") are told by ``_titled_captions``."""
        lines = self.lines
        captions: set[int] = set()
        previous: tuple[int, int, int] | None = None  # (line, number, total) of the last counter seen
        for i, line in enumerate(lines):
            m = _GALLERY_COUNTER.match(line.text)
            if m is None:
                if line.kind is None:
                    previous = None
                continue
            number, total = int(m.group(1)), int(m.group(2))
            if previous is not None and previous[1:] == (number - 1, total) and number <= total \
                    and total > _GALLERY_MIN_TOTAL:
                captions.update(j for j in (previous[0], i) if lines[j].kind is None)
            previous = (i, number, total)
        captions |= _titled_captions(lines)
        if any(line.prose and line.kind is None and line.words >= 6 for i, line in enumerate(lines)
               if i not in captions):
            for i in captions:
                lines[i].tag(Clutter.GALLERY, "slideshow-caption")

    def _mark_sections(self) -> None:
        """Lines under a list heading ("Most read") or in a consent banner's block share its reason.

        Above the first real paragraph a list heading marks nothing: there it is a menu or a section
        name, and the headline may follow it.
        """
        lines = self.lines
        first_prose = next((i for i, ln in enumerate(lines) if ln.prose and ln.kind is None), len(lines))
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.kind in _LIST_HEADINGS and i > first_prose:
                # the list is in the heading's block, or in the next one when the heading stands alone
                alone = i + 1 < len(lines) and lines[i + 1].block != line.block
                last_block = line.block + 1 if alone else line.block
                j = i + 1
                while (j < len(lines) and lines[j].block <= last_block and lines[j].kind in (None, line.kind)
                       and _list_item(lines[j])):
                    if lines[j].kind is None:
                        lines[j].tag(line.kind, f"under-{line.rule}")
                    j += 1
                i = j
                continue
            if line.kind in _BLOCK_KINDS:
                for j in range(i + 1, min(len(lines), i + 1 + _BLOCK_KINDS[line.kind])):
                    if lines[j].block != line.block or (line.kind in _BANNER_KINDS and self._banner_ends(lines[j])):
                        break
                    if lines[j].kind is None:
                        lines[j].tag(line.kind, f"block-of-{line.rule}")
            i += 1

    def _lead(self) -> int:
        """The first real paragraph that no by-line or date line follows before the next one. On a live blog, whose
        entries each stand under the time they were posted ("21:55"), the times are no header's: its lead is its
        first entry (``LIVE_STAMPS``)."""
        lines = self.lines
        candidates = [i for i, ln in enumerate(lines) if ln.prose and ln.kind is None and ln.words >= 6]
        if len(candidates) > 1 and self._opening_headline(candidates[0], candidates[1]):
            candidates = candidates[1:]
        live = sum(1 for ln in lines if _CLOCK_LINE.match(ln.text)) >= LIVE_STAMPS
        for k, i in enumerate(candidates):
            nxt = candidates[k + 1] if k + 1 < len(candidates) else len(lines)
            if not any(self._header_meta(lines[j]) and not (live and _CLOCK_LINE.match(lines[j].text))
                       for j in range(i + 1, nxt)):
                return i
        return candidates[0] if candidates else len(lines)

    def _opening_headline(self, first: int, second: int) -> bool:
        """A text that states no title opens with its headline, full stop and all ("Former party chair calls for a
        contingency plan."), as saved articles do: its first line, alone in its block, of at most
        ``HEADLINE_WORDS`` words, before a longer paragraph (``second``). Not where the page states its title, as a
        news-please file or a feed entry does: there the body's first line is its lead, however short ("Ana Ruiz
        and Tom Reyes have split up."); nor after a label ("BREAKING"), which stands where the headline would."""
        lines = self.lines
        line = lines[first]
        return first == 0 and not self.meta.title and line.words <= HEADLINE_WORDS \
            and lines[second].words > line.words and (len(lines) == 1 or lines[1].block != line.block)

    def _last_paragraph(self, lead: int) -> int:
        """The last real paragraph: before a comment section starts, and no clutter line after it."""
        stop = next((i for i in range(lead + 1, len(self.lines)) if self.lines[i].kind is Clutter.COMMENT_SECTION),
                    len(self.lines))
        end = next((i for i in range(stop - 1, lead - 1, -1)
                    if self.lines[i].prose and self.lines[i].kind is None and not self.lines[i].bullet), lead)
        # A list right after the last paragraph belongs to the article only if that paragraph leads into it.
        lines = self.lines
        lead_in = end + 1 if end + 1 < stop and lines[end + 1].kind is None else end
        if end < stop and lines[lead_in].text.endswith(":") and lead_in + 1 < stop and lines[lead_in + 1].bullet:
            end = lead_in
            while end + 1 < stop and lines[end + 1].bullet and lines[end + 1].kind is None:
                end += 1
        return end

    def _banner_ends(self, line: _Line) -> bool:
        """A consent banner's block ends where the page goes on with a by-line, a date or a paragraph of article
        prose (``BANNER_WORDS`` words or more, not addressing the reader), which a scrape that keeps no blank lines
        puts right under it. The banner's buttons, its short sentences and those speaking to the reader stand before
        them: "Manage preferences", "We use them to make the Observer work, to understand how you use it and to help
        fund our journalism."."""
        return (line.prose and line.words >= BANNER_WORDS and _READER.search(line.text) is None) \
            or self._header_meta(line)

    def _header_meta(self, line: _Line) -> bool:
        """A by-line, date or dateline: what stands between a headline and the article."""
        return (line.kind in _HEADER_META or _is_date_line(line.text) or _named_by_line(line)
                or (metadata.dateline(line.text) is not None and not line.prose))

    # --- the headline block ---------------------------------------------------------------

    def _headline_block(self, lead: int) -> tuple[int | None, str | None]:
        """Index of the headline among the lines above the lead, and the masthead's name if there is one."""
        lines = self.lines[:lead]
        masthead: str | None = None
        candidates: list[int] = []
        first_content = next((i for i, ln in enumerate(lines) if ln.kind is None), None)
        for i, line in enumerate(lines):
            if line.kind is not None:
                continue
            part = self._header_part(line)
            if part:
                self.parts[i] = part
            else:
                candidates.append(i)
        if first_content is not None and self.parts.get(first_content) not in {Part.DATE_LINE, Part.DATELINE}:
            later = [c for c in candidates if c > first_content]
            name = metadata.masthead_name(lines[first_content].text)
            if later and name and _masthead_shape(lines[first_content].text):
                masthead = name
                self.parts[first_content] = Part.MASTHEAD
                candidates = later
                block = lines[first_content].block
                same_block = [i for i in range(first_content + 1, lead) if lines[i].block == block]
                block_end = max(same_block, default=first_content)
                if len(same_block) <= 3 and any(c > block_end for c in candidates):
                    for i in same_block:
                        if i in candidates:
                            self.parts[i] = Part.TAGLINE
                    candidates = [c for c in candidates if c not in same_block]
                if len(candidates) > 1 and PAGE_WORDS["masthead-slogan"].search(lines[candidates[0]].text):
                    self.parts[candidates.pop(0)] = Part.TAGLINE
        chrome = [i for i, ln in enumerate(lines)
                  if ln.kind in _CHROME or self.parts.get(i) in _CHROME_PARTS]
        after = [c for c in candidates if not chrome or c > chrome[-1]]
        title = (after or candidates)[0] if candidates else self._headline_with_full_stop(lead)
        if title is not None:
            for c in candidates:
                if c != title:
                    self.parts[c] = (Part.REPEATS_HEADLINE if _same(lines[c].text, lines[title].text)
                                     else Part.STANDFIRST if c > title else Part.ABOVE_HEADLINE)
        return title, masthead

    def _headline_with_full_stop(self, lead: int) -> int | None:
        """With no other headline, a short first line standing alone ("Council approves bridge.") is one."""
        first = next((i for i, ln in enumerate(self.lines[:lead]) if ln.kind is None), None)
        if (first is None or self.parts.get(first) is not Part.CAPTION_OR_STANDFIRST
                or not 3 <= self.lines[first].words <= 20):
            return None
        nxt = first + 1
        if nxt < len(self.lines) and self.lines[nxt].block == self.lines[first].block and nxt != lead:
            return None
        del self.parts[first]
        return first

    def _header_part(self, line: _Line) -> Part | None:
        text = line.text
        if _is_date_line(text):
            return Part.DATE_LINE
        if metadata.dateline(text) is not None and not line.prose:
            return Part.DATELINE
        if _named_by_line(line):
            return Part.BYLINE
        if _is_nav(text):
            return Part.SECTION_LABEL if _is_section_label(text) else Part.NAVIGATION
        if _is_section_label(text):
            return Part.SECTION_LABEL
        if line.words < 3 or (line.prose and line.words > 35):
            return Part.NAME_OR_LABEL if line.words < 3 else Part.ABOVE_ARTICLE
        if line.prose and not text.endswith(("?", "!", "?”", "?\"")):
            return Part.CAPTION_OR_STANDFIRST
        return None

    # --- inside and after the body ---------------------------------------------------------

    def _body_part(self, i: int, title_text: str, headline: _Normed, authors: set[str]) -> Part | None:
        """What body line ``i`` is if it is no paragraph; ``headline`` is ``title_text`` normalised."""
        line = self.lines[i]
        if not any(map(str.isalnum, line.text)):
            return Part.SEPARATOR  # "* * *", "-----": a rule between parts of the page, never a paragraph
        if _CLOCK_LINE.match(line.text):
            return Part.DATE_LINE  # a live blog's time over an entry
        if title_text and _repeats(line.text, headline, exact=line.prose):
            return Part.REPEATS_HEADLINE
        if _is_bio(line.text, authors):
            return Part.AUTHOR_BIO
        if line.prose or line.bullet:
            return None
        nxt = self.lines[self.next_content[i]] if self.next_content[i] < len(self.lines) else None
        if line.words <= 12 and not line.text.endswith(":") and (nxt is None or nxt.prose or nxt.bullet) \
                and not _signed_by_someone(line.text):
            return Part.SUBHEADING
        # The word counts first: a long line (most that come this far) is neither, whatever its text.
        if line.words <= 15 and _is_nav(line.text):
            return Part.NAVIGATION
        if line.words <= 12 and _title_case(line.text):
            return Part.OTHER_HEADLINE
        return None

    def _footer_part(self, line: _Line, authors: set[str]) -> Part:
        if _is_bio(line.text, authors, first_names=True):
            return Part.AUTHOR_BIO
        if _BULLET.match(line.text) or _title_case(line.text):
            return Part.HEADLINE_LIST_AFTER
        return Part.AFTER_ARTICLE

    def _authors(self) -> set[str]:
        """Full names from the by-lines and those the source states (two words or more: "By Acme Staff" names no
        person)."""
        names = {name for name in self.meta.authors if len(name.split()) >= 2}
        for i, line in enumerate(self.lines):
            if line.kind in _NAMING_AUTHORS or self.parts.get(i) is Part.BYLINE:
                match = _BYLINE_NAME.search(line.text)
                if match:
                    name = " ".join(_ROLE.sub("", match.group(1) or match.group(2)).split())
                    if len(name.split()) >= 2:
                        names.add(name)
        return names

    def _footer_outlet(self, end: int) -> str | None:
        for line in self.lines[end + 1:]:
            match = _SOURCE_LINE.match(line.text)
            if match:
                return match.group(1).strip()
        return None

    # --- metadata -------------------------------------------------------------------------

    def _set_metadata(self, title: int | None, masthead: str | None, lead: int, paragraphs: list[str],
                      dropped: list[tuple[str, str]], footer_outlet: str | None) -> None:
        source, meta = self.source, self.meta
        header = [ln.text for ln in self.lines[:lead]]
        if meta.title:
            source.title = _without_site(_CREDIT_IN_TITLE.sub("", meta.title), meta.outlet or masthead)
        elif title is not None:
            source.title = _without_site(self.lines[title].text, masthead)
        masthead = masthead or meta.outlet
        agency: str | None = None
        for text in header:
            found = metadata.dateline(text)
            if found and found.agency and not ends_like_sentence(text):
                agency = found.agency
        if paragraphs:
            found = metadata.dateline(paragraphs[0])
            if found and len(paragraphs[0]) > len(found.prefix) + 20:
                agency = found.agency or agency
                dropped.append((found.prefix.strip(), Part.DATELINE_OUTLET.value))
                rest = paragraphs[0][len(found.prefix):].lstrip()
                paragraphs[0] = rest[:1].upper() + rest[1:]
        byline = next((o for i, ln in enumerate(self.lines[:lead])
                       if (ln.kind is Clutter.BYLINE or self.parts.get(i) is Part.BYLINE)
                       and (o := metadata.byline_outlet(ln.text))), None)
        if agency:
            source.outlet = metadata.outlet_named(agency, masthead, byline, footer_outlet)
        else:
            source.outlet = byline or meta.outlet or masthead or footer_outlet
        dated = header + [ln.text for ln in self.lines[lead:] if ln.kind is Clutter.DATE_LINE]
        stated = metadata.as_iso(meta.published) if meta.published else None
        source.published = stated or next((d for t in dated if (d := metadata.published(t))), None)
        if meta.url and not source.url:
            source.url = meta.url


# --- line helpers ---------------------------------------------------------------------------

def _lines(text: str) -> list[_Line]:
    """Non-blank lines, numbered by block (blank-line-separated run), hard-wrapped paragraphs rejoined."""
    # A few 'in' tests (each a fast scan, or none for a character wider than the text's) cost much less than
    # the class search through the page, and most pages hold none of the characters.
    if any(c in text for c in _INVISIBLE_CHARACTERS):
        text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    raw = [(line if _single_spaced(line) else _SPACES.sub(" ", line)).strip() for line in text.splitlines()]
    width = _wrap_width(raw)
    out: list[_Line] = []
    block, gap = 0, False
    for line in raw:
        if not line:
            gap = True
            continue
        if gap and out:
            block, gap = block + 1, False
        bullet = bool(_BULLET.match(line))
        prev = out[-1] if out else None
        if (width and prev is not None and prev.block == block and not bullet and len(prev.text) >= 0.6 * width
                and (not ends_like_sentence(prev.text) or line[:1].islower())):
            prev.text = f"{prev.text} {line}"
            prev.words = len(prev.text.split())
            continue
        out.append(_Line(line, block, len(line.split()), bullet=bullet))
    return out


def _introduces_quotation(lines: list[_Line], i: int) -> bool:
    """The line at ``i``, shaped like a commenter's heading, is a reporter's lead-in ("Ana Ruiz said:"): in the past,
    as blogs do not head comments ("harbourfan77 says:"), and before a line opening with a quotation mark."""
    return not lines[i].text.endswith("says:") and i + 1 < len(lines) \
        and lines[i + 1].text[:1] in OPENING_QUOTATION


def _single_spaced(line: str) -> bool:
    """No run of spaces and no other white space (``_OTHER_SPACES``): what ``_SPACES`` would leave as it is
    (most lines). Its only ASCII character is the tab; any other is looked for by one class, a search much
    cheaper than the alternation's attempt at every position of the line."""
    if "  " in line:
        return False
    return "\t" not in line if line.isascii() else _OTHER_SPACE.search(line) is None


def _wrap_width(lines: list[str]) -> int:
    """The column text was hard-wrapped at (as in e-mail or some Markdown), or 0 if it was not.

    Wrapped prose shows itself by long lines whose sentence goes on, lower-case, on the next line;
    a file with one paragraph per line never has that.
    """
    width = max((len(line) for line in lines), default=0)
    if not 40 <= width <= 100:
        return 0
    long_pairs = [(a, b) for a, b in itertools.pairwise(lines) if b and len(a) >= 0.6 * width]
    going_on = sum(1 for a, b in long_pairs if b[:1].islower() or a.endswith((",", "-")))
    return width if going_on >= 2 and going_on >= 0.25 * len(long_pairs) else 0


def _separated(lines: list[_Line], early: list[tuple[str, str]]) -> list[_Line]:
    """The lines with what a scrape glued to an article sentence set apart: a credit or residue before it
    ("(Photo: AP) The storm hit...", "maintext 2031-05-14 09:12 The storm hit...") is cut off into
    ``early``; page furniture run into its end ("... on Monday. Sign up for our newsletter.") becomes a line
    of its own, in the same block, for the rules to judge."""
    out: list[_Line] = []
    bare: list[str] = []  # each line's bare words, read at the first embedded post (most pages have none)
    posts = 0
    for at, line in enumerate(lines):
        post = _EMBEDDED_POST.match(line.text) if "(@" in line.text and posts < MAX_POSTS else None
        if post is not None and not bare:
            bare = [_bare_words(other.text) for other in lines]
        posts += post is not None
        if post is not None and _quotable_post(post.group("post"), post.group("name"), bare, at):
            # An embedded post is its author's words: a quotation signed with the name, as a page prints a reader's
            # letter ("“...” — Ana Ruiz"); its links, handle and date are the embed's furniture.
            early.append((line.text[post.end("post"):].strip(), f"{PageWord.POST.value} [embedded-post]"))
            line.text = f"\u201c{post.group('post').strip()}\u201d \u2014 {post.group('name').strip()}"
            line.words = len(line.text.split())
        for pattern, reason, needle in _LEADING:
            if needle and needle not in line.text and needle.upper() not in line.text:
                continue  # a consent banner names cookies: most lines are not asked
            found = pattern.match(line.text)
            if found and found.end() and len(line.text[found.end():].split()) >= 3:
                early.append((found.group(0).strip(), reason))
                line.text = line.text[found.end():]
                line.words = len(line.text.split())
        credit = _TRAILING_PHOTO_CREDIT.search(line.text) if ")" in line.text else None
        if credit is not None and _QUOTATION.search(line.text, 0, credit.start()) \
                and _speaks(line.text[:credit.start()]):
            early.append((credit.group(1), f"{Clutter.IMAGE_CREDIT.value} [trailing-photo-credit]"))
            line.text = line.text[:credit.start()]
            line.words = len(line.text.split())
        cut = _glued_tail(line.text) if line.words >= 8 else None
        if cut is None:
            out.append(line)
            continue
        head, tail = line.text[:cut].rstrip(), line.text[cut:].strip()
        out += [_Line(head, line.block, len(head.split()), bullet=line.bullet),
                _Line(tail, line.block, len(tail.split()))]
    return out


MAX_POSTS = 20
"""Embedded posts read as quotations per page at most: each is compared with the whole page, and a page of thousands
is a feed of posts, not an article quoting a few."""
_WORD = compiled(r"\w+")
_POST_TAGS = compiled(r"(?:^|\s)[#@]\w")
"""A hashtag or a handle in a post's text: chatter addressed to a platform ("#Terrigal #Fireworks what an experience!!
@abcnews"), not a statement the article reports."""


def _quotable_post(post: str, author: str, bare: list[str], at: int) -> bool:
    """An embedded post to read as its author's quotation: three words or more, no hashtag or handle (``_POST_TAGS``),
    by an author named as a person or body is (two words or more, none an acronym: not "CentralCoastCouncil" or
    "NWS Gray", an account's name a reader could not tell anyone by), and words the article does not already quote
    elsewhere ("“Once we have protections in place ...,” he tweeted" above the embed of the same post): told twice,
    the one post would merge its two sentences into one quotation, shown cut where the article gives them apart.
    ``bare``: the bare words (``_bare_words``) of the page's lines, the post's own at ``at``."""
    names = author.split()
    if len(post.split()) < 3 or _POST_TAGS.search(post) or len(names) < 2 \
            or any(len(n) > 1 and n.isupper() for n in names):
        return False
    sentences = [_bare_words(s) for s in split_sentences(post) if len(s.split()) >= 4]
    return not any(s in other for k, other in enumerate(bare) if k != at for s in sentences)


def _bare_words(text: str) -> str:
    """``text``'s words, folded and joined by single spaces: a quotation copied with a comma more is the same words."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _glued_tail(text: str) -> int | None:
    """Where page furniture run into the end of a paragraph starts, or ``None``.

    The furniture is the paragraph's last few sentences (at most ``_TAIL_SENTENCES`` and ``_TAIL_WORDS``):
    it starts at a sentence that is such clutter on its own, is such clutter as a whole, and reports no
    speech. At least one sentence of six words or more stays before it. When the whole line is such clutter,
    what stays must report speech, as article sentences do and a sign-up box never does, or be a sentence
    longer than a box's short pitch ("Join 14,000 riders who get our roundup. No spam, ever.") that the rule
    taking the line did not match in."""
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return None
    whole_line = clutter_reason(text)
    if whole_line is not None and whole_line.kind not in _GLUED:
        return None
    starts: list[int] = []
    cursor = 0
    for sentence in sentences:
        cursor = text.find(sentence, cursor)
        starts.append(cursor)
        cursor += len(sentence)
    cut = None
    first = max(1, len(sentences) - _TAIL_SENTENCES)
    # The tail a sentence opens is the sentence with the gap after it (its piece) and the tail after that. The
    # gap is white space, so the tail's words are the piece's and the next tail's; no speech verb runs across
    # it (only a letter or the space of "according to" after a letter could), and the next tail has none, or
    # the loop would have stopped there: each piece is split and searched once, not each tail again.
    words, end = 0, len(text)
    for k in range(len(sentences) - 1, first - 1, -1):
        piece = text[starts[k]:end]
        end = starts[k]
        words += len(piece.split())
        if words > _TAIL_WORDS or _speaks(piece):
            break
        alone = clutter_reason(sentences[k])
        if alone is None or alone.kind not in _GLUED:
            continue  # an article sentence: the tail it opens is not asked about (most are not clutter)
        whole = clutter_reason(text[starts[k]:])
        if whole is not None and whole.kind in _GLUED:
            cut = starts[k]
    if cut is None or len(text[:cut].split()) < 6:
        return None
    if whole_line is not None and not _speaks(text[:cut]):
        inside = whole_line.match is None or whole_line.match.start() < cut
        if inside or len(text[:cut].split()) < _PITCH_WORDS:
            return None
    return cut


def _speaks(text: str) -> bool:
    """Whether ``text`` reports speech (``_SPEECH``): a text holding none of the pattern's words (most pieces
    of a paragraph) is passed over by 'in' tests, without the search trying the pattern at every position."""
    for word in _SPEECH_WORDS:
        if word in text:
            return _SPEECH.search(text) is not None
    return False


def _without_footer_sentences(paragraph: str, dropped: list[tuple[str, str]]) -> str:
    """A last paragraph without the copyright sentences run into its end (text scraped as one block)."""
    for pattern, reason in _TRAILING:
        match = pattern.search(paragraph)
        if match is not None and match.start() > 0:
            dropped.append((match.group(1), reason))
            paragraph = paragraph[:match.start()].rstrip()
    return paragraph


def _without_bio(paragraph: str, authors: set[str], dropped: list[tuple[str, str]]) -> str:
    """A last paragraph without the author's bio a scrape ran into its end: "... on the Ostrel exchange.Hana Petrov
    is industry correspondent of The Veskarian Times." (``_is_bio``, at a sentence's start after the first)."""
    if not authors:
        return paragraph
    for stop in _SENTENCE_STOP.finditer(paragraph):
        if _is_bio(paragraph[stop.end():], authors):
            dropped.append((paragraph[stop.end():], Part.AUTHOR_BIO.value))
            return paragraph[:stop.end()].rstrip()
    return paragraph


def _named_by_line(line: _Line) -> bool:
    """A name with a job, a place or an outlet: "Jane Doe, Economics Correspondent", "Jane Doe in Lisbon"."""
    text = line.text
    return (line.words <= 8 and not line.prose and bool(_BYLINE_SHAPE.match(text))
            and bool(_ROLE.search(text) or " in " in text or "|" in text))


def _next_untagged(lines: list[_Line]) -> list[int]:
    """For each line, the index of the next line no rule tagged (``len(lines)`` if none)."""
    out = [len(lines)] * len(lines)
    following = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        out[i] = following
        if lines[i].kind is None:
            following = i
    return out


def _topic_words(text: str) -> set[str]:
    """The words of four letters or more in ``text``, folded: what a headline and a caption about it share."""
    return set(_TOPIC_WORD.findall(text.casefold()))


def _is_prose(line: _Line) -> bool:
    """Ends like a sentence (a short question without quotes is a heading, not prose), or is long."""
    text = line.text
    if line.words >= 30:
        return True
    if not ends_like_sentence(text) or line.words < 2:
        return False
    return not (text.rstrip("”\"’)").endswith("?") and line.words <= 10 and not _QUOTES.search(text))


def _signed_by_someone(text: str) -> bool:
    """``text`` is a quotation signed by a name (``_SIGNATURE``) that is no outlet's: a paper's blurb ("“Essential
    reading.” — The Lessby Times") is furniture."""
    if text[:1] not in "\"“":
        return False
    signed = _SIGNATURE.search(text)
    return isinstance(signed, re.Match) and not is_outlet_name(signed.group("name"))


LABEL_RUN_WORDS = 30
"""Words at least of a line ``_labels_run_together`` judges: shorter lines without a full stop are headings and
menus the cleaner tells by their place."""
_FULL_STOP = compiled(TERMINAL + CLOSING + r"*(?:\s|$)")


_LIST_MARKS = compiled(r"[,;:]")


def _labels_run_together(line: _Line) -> bool:
    """A long line of capitalised labels with nothing between them but spaces, and no sentence ending anywhere: a
    site's category menu or tag cloud flattened into one line ("Categories Select Category 2016 Mains Test Series
    BOOK REVIEW BUDGET CULTURE ..."). Never a paragraph, whose words are mostly in lower case, nor a list, whose items
    commas, semicolons or colons part ("Best Picture: Anora; Best Director: ..."; "Arsenal 2 Chelsea 1, ..."), nor a
    line in capitals alone (a transcript's "THE COUNCIL VOTED TONIGHT TO ...")."""
    text = line.text
    return line.words >= LABEL_RUN_WORDS and _FULL_STOP.search(text) is None and _LIST_MARKS.search(text) is None \
        and _label_case(text)


def _label_case(text: str) -> bool:
    """Title case, but not capitals alone: labels ("INSIGHTS PRELIMS TEST SERIES – 2018 (CSAT + GS Total 47
    Tests)"), not the all-capital text of a transcript or a news flash."""
    return not text.isupper() and _title_case(text)


def _list_item(line: _Line) -> bool:
    return (line.bullet or not line.prose or line.text.endswith("?")
            or (line.words <= 16 and _title_case(line.text)))


def _is_date_line(text: str) -> bool:
    if len(text.split()) > 12 or not _TIME_OR_DATE.search(text):
        return False
    return not _DATE_WORDS.sub(" ", text).strip()


def _is_nav(text: str) -> bool:
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) and not ends_like_sentence(text)


def _is_section_label(text: str) -> bool:
    """A section name over the headline: "BUSINESS", "WORLD | COMMODITIES", "Science & Environment"."""
    words = [w for w in _LABEL_SEPARATORS.split(text.lower()) if w]
    if not words or len(words) > 4:
        return False
    if all(w in SECTION_WORDS for w in words) and (text.isupper() or _title_case(text) or len(words) < 3):
        return True
    return text.isupper() and len(words) <= 2 and not _is_nav(text) and len(text) <= 20


def _masthead_shape(text: str) -> bool:
    """A site name: a short name in capitals or Title Case, a domain, or "Name - slogan"."""
    if _NAME_AND_SLOGAN.match(text):
        return True
    words = text.split()
    if len(words) > 5 or ends_like_sentence(text):
        return False
    return text.isupper() or all(w[0].isupper() or w.lower() in {"the", "of", "and", "&"} for w in words)


def _title_case(text: str) -> bool:
    words = [w for w in _LATIN_WORD.findall(_BULLET.sub("", text))]
    if len(words) < 3:
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and sum(w[0].isupper() for w in big) / len(big) >= 0.8


def _same(a: str, b: str) -> bool:
    return _repeats(a, _Normed.of(b), exact=False)


@dataclass(frozen=True)
class _Normed:
    """A text as ``_norm`` gives it, and its longest word ("" when it has none), to compare lines with."""

    text: str
    word: str

    @classmethod
    def of(cls, text: str) -> _Normed:
        norm = _norm(text)
        return cls(norm, max(norm.split(" "), key=len))


def _repeats(line: str, headline: _Normed, exact: bool) -> bool:
    """Whether ``line`` normalises (``_norm``) to ``headline``'s text or, unless ``exact``, to a text holding it
    with at most 40 more characters.

    Each word of ``_norm(line)`` lies in ``line.casefold()``, and each word of a text that one holds lies in one
    of its words: a line whose casefold lacks the headline's longest word (most lines) is neither, and is not cut
    at its non-word characters."""
    folded = line.casefold()
    if headline.word not in folded:
        return False
    norm, text = _NON_WORDS.sub(" ", folded).strip(), headline.text
    if exact:
        return norm == text
    return bool(text) and (norm == text or (text in norm and len(norm) <= len(text) + 40))


def _norm(text: str) -> str:
    return _NON_WORDS.sub(" ", text.casefold()).strip()


def _is_bio(text: str, authors: set[str], *, first_names: bool = False) -> bool:
    """``text`` opens with an author's name and a verb of biography ("Jane Doe is the founder of...").

    Below the article a first name is enough ("Jane has covered energy since 2010").
    """
    if not authors:  # most pages name no author: no opening to read
        return False
    match = _BIO_OPENING.match(text)
    if match is None:
        return False
    words = match.group(1).split()
    names = authors | {a.split()[0] for a in authors} if first_names else authors
    return any(" ".join(words[:k]) in names for k in range(1, len(words) + 1))


def _without_site(title: str, site: str | None) -> str:
    """A page title without the site name tacked on ("Headline | Site", "Headline - Site")."""
    parts = _TITLE_SITE_BAR.split(title)
    if len(parts) > 1 and site and _norm(parts[-1]) in {_norm(site), _norm(site).replace(" ", "")}:
        return " - ".join(parts[:-1]).strip()
    if len(parts) > 1 and site and _norm(parts[0]) == _norm(site):
        return " - ".join(parts[1:]).strip()
    return title.strip()


# No bracket inside a link's text or address, no delimiter inside emphasis: each scan stops at the next one,
# so a line of brackets or asterisks is read in linear time.
_MD_IMAGE = compiled(r"!\[([^\[\]]*)\]\([^)\[]*\)")
_MD_LINK = compiled(r"\[([^\[\]]+)\]\([^)\[]*\)")
_MD_EMPHASIS = compiled(r"(\*\*|__|\*|_)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")


def _plain_markdown(text: str) -> str:
    """Markdown without its markup: headings, emphasis, links and images become plain lines."""
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if _MD_RULE.fullmatch(line):
            out.append("")
            continue
        line = _MD_HEADING.sub("", line)
        line = _MD_QUOTE.sub("", line)
        image = _MD_IMAGE.search(line)
        if image and not _MD_IMAGE.sub("", line).strip():
            line = f"[Image: {image.group(1)}]" if image.group(1) else ""
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line))
        out.append(_MD_EMPHASIS.sub(r"\2", line))
    return "\n".join(out)
