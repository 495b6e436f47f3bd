"""The pieces of a briefing every format shows the same way (citations, quotes, clipped text, headlines,
source lines) and the jinja2 environment whose filters they are. Used by the templates and by
``render/slack.py`` and ``render/discord.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from bot.model import Briefing, Conflict, Reaction, Source, Story
from bot.render.escape import markdown_line, markdown_link, neutralize_mentions
from bot.rules.kept import cache_folder
from bot.text.sentences import quotations_paired

if TYPE_CHECKING:
    import jinja2


def citations(source_ids: Iterable[str]) -> str:
    """``[1][3]``: how every line names the sources that carry it."""
    return "".join(f"[{i}]" for i in source_ids)


def said(reaction: Reaction) -> str:
    """A reaction's text, in quotation marks when it is verbatim; a quotation it opens inside is closed first."""
    return f"“{quotations_paired(reaction.text)}”" if reaction.quote else reaction.text


def clip(text: str, words: int) -> str:
    """``text`` cut to its first ``words`` words, with an ellipsis when anything was cut, and a closing mark
    after it for a quotation the cut leaves open ('indicating "the end of…"')."""
    parts = text.split()
    if len(parts) <= words:
        return text
    return quotations_paired(" ".join(parts[:words]).rstrip(",;:") + "…")


def said_briefly(reaction: Reaction, words: int) -> str:
    """A reaction as the one-screen text briefing shows it: long quotes clipped (the JSON keeps them whole)."""
    return said(replace(reaction, text=clip(reaction.text, words)))


def claims(conflict: Conflict) -> str:
    """The competing claims of a conflict, each with its sources: ``47 dead [1][2] vs 63 dead [3]``."""
    return " vs ".join(f"{c.text} {citations(c.sources)}" for c in conflict.claims)


def headed_stories(briefing: Briefing) -> list[tuple[Story, str]]:
    """Each story with its headline as every format shows it: numbered (``2. ...``) when there are several."""
    if len(briefing.stories) == 1:
        return [(briefing.stories[0], briefing.stories[0].headline)]
    return [(story, f"{number}. {story.headline}") for number, story in enumerate(briefing.stories, 1)]


def cited_sources(briefing: Briefing) -> list[list[Source]]:
    """For each story, the readable sources it cites, in the briefing's order: found through one index of the
    briefing's sources, so listing them stays linear in stories and sources (a template looping over every
    source for every story is quadratic on a large feed)."""
    position = {s.id: i for i, s in enumerate(briefing.sources) if s.status == "ok"}
    return [[briefing.sources[i] for i in sorted({position[c] for c in story.sources if c in position})]
            for story in briefing.stories]


def shown_path(path: str) -> str:
    """A file's path as a reader wants it: relative to the working directory when it is below it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def source_line(source: Source, inert: Callable[[str], str] = str, link: Callable[[str, str], str] | None = None,
                file_name: bool = False) -> str:
    """One entry of the numbered source list, by the same rule in every format: ``outlet: title`` when the
    outlet is known, else ``title (where it came from)``; ``where (skipped: why)`` for a skipped source.

    ``inert`` makes each untrusted piece safe for the format. Formats that can link pass ``link(label, url)``:
    the title then links to the article, and its URL is not repeated. Chat formats pass ``file_name``: a
    file is named by its name, never by the server's path.
    """
    file = None
    if source.path:
        file = PurePath(source.path).name if file_name else shown_path(source.path)
    origin = source.url or file
    if source.status == "skipped":
        return f"{inert(source.outlet or origin or source.id)} (skipped: {inert(source.error or 'unreadable')})"
    name = source.title or origin or source.id
    title = inert(name)
    if link is not None and source.url and source.url.startswith(("http://", "https://")):
        title, origin = link(title, source.url), None  # the link leads there: its URL need not be shown
    if source.outlet:
        return f"{inert(source.outlet)}: {title}"
    if origin and origin != name:
        return f"{title} ({inert(origin)})"
    return title


@cache
def environment() -> jinja2.Environment:
    """The templates' environment; jinja2 is imported only here, so a JSON dry run never loads it. A template's
    compiled code is kept in the cache folder (``BRIEFBOT_CACHE``), checked against the template's source, so a
    run does not lex, parse and compile the templates again."""
    import jinja2

    folder = cache_folder()
    kept = None
    if folder is not None:
        try:
            (folder / "templates").mkdir(parents=True, exist_ok=True)
            kept = jinja2.FileSystemBytecodeCache(str(folder / "templates"))
        except OSError:
            pass  # a folder that cannot be written: the templates are compiled every run
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bot", "render/templates"),
        bytecode_cache=kept,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(cite=citations, said=said, claims=claims, safe_text=neutralize_mentions, md=markdown_line,
                       headed_stories=headed_stories, cited_sources=cited_sources,
                       clip=clip, said_briefly=said_briefly,
                       text_source=lambda s: source_line(s, neutralize_mentions),
                       md_source=lambda s: source_line(s, markdown_line, markdown_link))
    return env
