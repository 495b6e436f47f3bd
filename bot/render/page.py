"""The full briefing as one web page (``templates/briefing.html.j2``): what chat posts link to.

Chat messages show each story's most important entries; the page has all of them, every line citing
its outlets as links, and each story's sources with their titles. It is plain HTML and CSS, readable on
a phone, with no script; a Content-Security-Policy forbids any script or remote resource anyway, so
article text that slipped through as markup could not run. Every value from an article is escaped by
jinja2's autoescape, and links go only to http(s) addresses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any

import jinja2
from markupsafe import escape

from bot.briefs import Brief
from bot.model import Briefing
from bot.render.lines import headed_stories
from bot.render.outlets import Citations, could_not_read, read_count, web_url

CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
                           "form-action 'none'; base-uri 'none'")


def html_link(label: str, url: str) -> str:
    """``<a href=url>label</a>``; ``label`` is already escaped, the URL is escaped here."""
    return f'<a href="{escape(url)}" rel="noopener noreferrer nofollow">{label}</a>'


def html_text(text: str) -> str:
    return str(escape(text))


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("bot", "render/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def page_url(public_url: str, archive_id: int) -> str:
    """Where ``briefbot serve`` shows archived briefing ``archive_id``."""
    return f"{public_url.rstrip('/')}/briefings/{archive_id}"


def archived_page(document: dict[str, Any], briefs: Mapping[str, Brief]) -> str:
    """The page of an archived ``briefing/1`` document, titled as its brief is (the JSON has no title)."""
    briefing = Briefing.from_dict(document)
    brief = briefs.get(briefing.brief)
    return briefing_page(replace(briefing, title=brief.title if brief else None))


def briefing_page(briefing: Briefing) -> str:
    """``briefing`` as a complete HTML document."""
    cite = Citations(briefing, html_text, html_link, shown=3)
    stories = headed_stories(briefing)
    central = [web_url(s) if (s := cite.central(story)) else None for story, _ in stories]
    context: dict[str, Any] = {
        "briefing": briefing, "title": briefing.title or f"Briefing: {briefing.brief}", "stories": stories,
        "central": central, "c": cite, "counts": read_count(briefing), "unread": could_not_read(briefing),
    }
    return _environment().get_template("briefing.html.j2").render(context)
