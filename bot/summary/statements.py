"""The sentences of a story's articles that read as reporting, each with where it came from.

A line without sentence punctuation (a heading, a menu, a list of links), a question, or a line about
the page itself (copyright, reproduction rights) is not a statement the briefing could repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.model import Article
from bot.rules.clutter import clutter_reason
from bot.rules.fragments import CLOSING_DOUBLE_MARKS, LOOSE_DATELINE_P, PROSE_END
from bot.rules.kept import compiled_regex
from bot.rules.speech import frame_follows
from bot.rules.statements import CONCISE, ENDINGS
from bot.summary.normalization import Facts, facts_of, words
from bot.text.metadata import dateline
from bot.text.sentences import split_sentences

# "OSLO, March 3 (NTB) - " / "LIMA (Andina) - " / "PARIS, Nov 8 (Reuters) -- ": a dateline prefix.
_DATELINE = compiled_regex(LOOSE_DATELINE_P)
_PROSE_END = compiled_regex(PROSE_END)
MIN_WORDS = 6


@dataclass
class Statement:
    """One sentence of one article. ``position`` counts prose sentences from the top (0 = lead)."""

    key: int
    source: str
    article: int
    paragraph: int
    position: int
    text: str

    @property
    def facts(self) -> Facts:
        return facts_of(self.text)

    @property
    def words(self) -> tuple[str, ...]:
        return words(self.text)


@dataclass
class Paragraph:
    """A paragraph of prose with its statements, kept whole for quotes that span sentences."""

    source: str
    article: int
    index: int
    text: str
    statements: list[Statement]
    lead_in: str = ""
    """The paragraph before, when it only introduces this one ("Ruiz continued:"), else ""."""


def concise(sentence: str) -> str:
    """The sentence without a leading "However," and a trailing ", the official added, ..." tail."""
    return CONCISE.apply(sentence)


def without_dateline(sentence: str) -> str:
    """The sentence without its dateline: "OSLO, March 3 (NTB) - " or "CAPE HOPE, Fla. — "."""
    text = str(_DATELINE.sub("", sentence, count=1))
    if text is sentence or text == sentence:
        found = dateline(sentence)
        if found is not None and len(sentence) - len(found.prefix) > 1:
            text = sentence[len(found.prefix):]
    return text


def is_prose(sentence: str) -> bool:
    """Reads as a reported sentence: ends like one (or as a signed quotation or a quoted question, ``ENDINGS``),
    long enough or closing a quotation with the reporter's frame (``signs_quotation``), not a question (page
    notices are clutter: ``_sentences_of`` has dropped them)."""
    return (_PROSE_END.search(sentence) is not None or ENDINGS.matches(sentence)) \
        and (len(sentence.split()) >= MIN_WORDS or signs_quotation(sentence))


def signs_quotation(sentence: str) -> bool:
    """The sentence closes a quotation and the reporter's frame of it follows: 'No," Ana Ruiz said.', the last
    sentence of a quotation of several ('"Will it pass? No," Ana Ruiz said.'), or a short quotation whole
    ('"Never," Reyes said.'). However short, it names who spoke the quotation; left out, the speaker's name
    was in no statement and the quotation went unattributed."""
    for mark in CLOSING_DOUBLE_MARKS:
        at = sentence.rfind(mark)
        if at > 0 and sentence[at - 1] in _QUOTATION_STOPS:
            frame = sentence[at + 1:]
            return frame[:1].isspace() and frame_follows(frame.lstrip(), 0)
    return False


_QUOTATION_STOPS = frozenset(",.!?\u2026")


def paragraphs_of(articles: list[Article]) -> list[Paragraph]:
    """Every prose paragraph of ``articles`` in reading order, sentences numbered per article.

    An article with no punctuated sentence at all (a transcript, a pasted note) keeps its long lines
    instead, so that it still says something.
    """
    out: list[Paragraph] = []
    key = 0
    for a, article in enumerate(articles):
        found = _prose_paragraphs(article, a, key, strict=True) or _prose_paragraphs(article, a, key, strict=False)
        key += sum(len(p.statements) for p in found)
        out.extend(found)
    return out


def _prose_paragraphs(article: Article, a: int, key: int, *, strict: bool) -> list[Paragraph]:
    out = []
    position = 0
    paragraphs = article.paragraphs
    carried = ""  # the sentence closing the paragraph before, introducing this one's quotation (``_introduces``)
    for p, text in enumerate(paragraphs):
        statements = []
        sentences = _sentences_of(text)
        if carried and sentences:
            sentences[0] = f"{carried} {sentences[0]}"
        carried = ""
        if p + 1 < len(paragraphs) and text.rstrip().endswith(":"):
            # The introduction is read whole, also where the sentence rules take it for a comment's heading ("Ana
            # Ruiz said:"), which the cleaner kept for the quotation after it.
            last = (split_sentences(text) or [""])[-1]
            if _introduces(last, paragraphs[p + 1]):
                carried = last
                if sentences and sentences[-1] == last:
                    sentences.pop()
        for sentence in sentences:
            if not (is_prose(sentence) if strict else len(sentence.split()) >= MIN_WORDS):
                continue
            statements.append(Statement(key, article.source.id, a, p, position, sentence))
            key += 1
            position += 1
        if statements:
            out.append(Paragraph(article.source.id, a, p, " ".join(sentences), statements,
                                 _lead_in(article.paragraphs[p - 1]) if p else ""))
    return out


INTRODUCTION_WORDS = 25
"""Words at most of a sentence ending on a colon that introduces the quotation opening the next paragraph."""


def _introduces(sentence: str, following: str) -> bool:
    """``sentence``, closing its paragraph on a colon, introduces the quotation opening the ``following`` one
    ("Guerrilla's technical director Michiel van der Leeuw explains:" [new paragraph] "“This is ..."): read as one
    sentence, the frame names who speaks, and the story's cast meets a name no other sentence gives."""
    return sentence.endswith(":") and len(sentence.split()) <= INTRODUCTION_WORDS \
        and following.lstrip()[:1] in ("\u201c", '"')


LEAD_IN_WORDS = 12
"""Words at most of a paragraph that only introduces the next ("The minister told the chamber:")."""


def _lead_in(paragraph: str) -> str:
    """``paragraph`` when it ends with a colon and is short enough to introduce the next one, else ""."""
    text = paragraph.strip()
    return text if text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS else ""


def _sentences_of(paragraph: str) -> list[str]:
    """The sentences of ``paragraph`` without datelines and without the page clutter that a page
    flattened into one paragraph carries between them (sign-up prompts, galleries, photo credits):
    the cleaner's line rules, applied to each sentence."""
    return [without_dateline(s) for s in split_sentences(paragraph) if clutter_reason(s) is None]
