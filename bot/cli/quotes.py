"""``briefbot quotes``: every quotation in each source, with its speaker, as JSON lines or text.

Each source is read on its own with the summarizer's machinery (the cast of names and the quote
attribution of ``bot.summary``), so a speaker is whoever the briefing would credit. It is how a
fact-checker lists who said what across many articles, and how attribution is measured.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass

from bot.briefs import DEFAULT, brief_named
from bot.errors import NoUsableSources
from bot.event_loop import result_of
from bot.model import Article
from bot.settings import Settings
from bot.sources import collect
from bot.summary.reactions import attributed_quotes

FORMATS = ("jsonl", "text")


@dataclass
class Quotation:
    """One line of the output: a quotation of one source and whose words they are."""

    source: str
    quote: str
    speaker: str | None
    role: str | None
    verbatim: bool


def quotations(article: Article) -> list[Quotation]:
    """Every quotation of ``article`` in reading order, each with its speaker as the summarizer finds it.

    A sentence holding two partial quotes is reported once per speaker, not once per quote (both are
    given as the sentence that carries them); where one of its quotes has a speaker, the sentence is not
    reported again without one: that line would only say less of the same words."""
    where = article.source.path or article.source.url or article.source.id
    found: dict[tuple[str, str | None], Quotation] = {}
    for q in attributed_quotes(article):
        found.setdefault((q.text, q.label), Quotation(where, q.text, q.label, q.role, q.verbatim))
    spoken = {text for text, label in found if label is not None}
    return [q for (text, label), q in found.items() if label is not None or text not in spoken]


def text_line(q: Quotation) -> str:
    who = q.speaker or "(no speaker found)"
    if q.role:
        who = f"{who} ({q.role})"
    mark = "" if q.verbatim else " [not verbatim]"
    return f"{who}: \u201c{q.quote}\u201d{mark} \u2014 {q.source}"


def run(args: argparse.Namespace, settings: Settings) -> int:
    specs = list(args.sources) or brief_named(settings.briefs_dir, DEFAULT).sources
    collection = result_of(collect(specs, settings))
    for source in collection.sources:
        if source.error:
            print(f"briefbot: skipped {source.path or source.url}: {source.error}", file=sys.stderr)
    if not collection.articles:
        raise NoUsableSources(f"no readable article in {', '.join(specs)}: pass .txt, .md, .html, .htm or "
                              ".json files, folders or URLs")
    for article in collection.articles:
        for q in quotations(article):
            if args.format == "jsonl":
                sys.stdout.write(json.dumps(asdict(q), ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(text_line(q) + "\n")
    return 0
