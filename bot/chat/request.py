"""The ``/brief`` use case, shared by every chat platform: ``brief_command(text, ...) -> Reply``.

What a chat user asked for, whether they may have it, and the answer: help, a refusal saying what to
type instead, the briefing, or a failure whose details go to the log alone. Each adapter
(``slack_app``, ``discord_bot``) only acknowledges the command the platform's way when building starts
and translates the ``Reply`` into its messages. From chat only a brief name or http(s) URLs are
accepted — never a local path, so a chat user cannot read the server's files — and URLs go through the
chat address policy (``bot.addresses``: public addresses only unless ``BRIEFBOT_ALLOW_PRIVATE_URLS=1``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bot.addresses import AddressPolicy
from bot.briefs import DEFAULT, Brief
from bot.errors import BriefbotError, RequestRejected
from bot.model import Briefing
from bot.pipeline import build_briefing
from bot.selection import EVERYTHING, Selection
from bot.settings import Settings

log = logging.getLogger(__name__)

USAGE = "Type `/brief` for the default briefing, `/brief NAME` for a brief, `/brief https://...` for pages " \
        "or feeds, `/brief public ...` to post it in the channel, `/brief help` for the list; add `top=3`, " \
        "`include=WORD` or `exclude=WORD` to choose stories."
OPTION = re.compile(r"(top|include|exclude)=(\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class BriefRequest:
    """A parsed ``/brief``: a brief name, or URLs to brief; ``public`` posts in the channel."""

    brief: str = DEFAULT
    urls: list[str] = field(default_factory=list)
    public: bool = False
    help: bool = False
    top: int | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def typed(self) -> str:
        """What to type after ``/brief`` (or ``/brief public``) to ask for this again."""
        chosen = [f"top={self.top}"] if self.top else []
        chosen += [f"include={w}" for w in self.include] + [f"exclude={w}" for w in self.exclude]
        return " ".join([*(self.urls or [self.brief]), *chosen])

    def selection(self, base: Selection = EVERYTHING) -> Selection:
        """``base`` (the brief's) with what the command's ``top=``, ``include=`` and ``exclude=`` give instead."""
        return base.overridden(self.top, self.include or None, self.exclude or None)

    @property
    def description(self) -> str:
        """What was asked for, as answers name it: "the `morning` briefing", "a briefing of 2 URLs"."""
        if self.urls:
            return f"a briefing of {len(self.urls)} URL{'s' if len(self.urls) > 1 else ''}"
        return f"the `{self.brief}` briefing"


def public_and_words(text: str) -> tuple[bool, list[str]]:
    """What follows ``/brief``: whether it starts with ``public``, and the words after that."""
    words = text.split()
    public = bool(words) and words[0].lower() == "public"
    return public, words[1:] if public else words


def options(words: list[str]) -> tuple[list[str], dict[str, Any]]:
    """The words that are not ``top=N``/``include=WORD``/``exclude=WORD``, and those options for ``BriefRequest``."""
    rest: list[str] = []
    chosen: dict[str, Any] = {}
    for word in words:
        match = OPTION.fullmatch(word)
        if match is None:
            rest.append(word)
            continue
        key, value = match.group(1).lower(), match.group(2)
        if key == "top":
            if not value.isdigit() or int(value) < 1:
                raise RequestRejected(f"`top={value[:20]}` is not a number of stories: type e.g. `top=3`")
            chosen["top"] = int(value)
        else:
            chosen[key] = (*chosen.get(key, ()), value)
    return rest, chosen


def parse_brief_command(text: str, briefs: dict[str, Brief]) -> BriefRequest:
    """``/brief [public] [help | NAME | URL ...] [top=N] [include=WORD] [exclude=WORD]`` -> ``BriefRequest``;
    ``RequestRejected`` otherwise."""
    public, words = public_and_words(text)
    if words and words[0].lower() == "help":
        return BriefRequest(help=True)
    words, chosen = options(words)
    if not words:
        return BriefRequest(public=public, **chosen)
    urls = [w.strip("<>") for w in words]
    if all(u.startswith(("http://", "https://")) for u in urls):
        return BriefRequest(urls=urls, public=public, **chosen)
    if len(words) == 1 and words[0] in briefs:
        return BriefRequest(brief=words[0], public=public, **chosen)
    known = ", ".join(sorted(briefs)) or "none"
    raise RequestRejected(f"`{' '.join(words)[:80]}` is neither a brief nor a list of http(s) URLs "
                          f"(briefs: {known}). {USAGE}")


def refusal_text(request: BriefRequest, error: BriefbotError) -> str:
    """The answer when ``request`` cannot be built for a reason the user can act on."""
    return f"Could not build {request.description}: {error}"


def failure_text(request: BriefRequest) -> str:
    """The answer when building ``request`` failed unexpectedly: the details are for the log alone."""
    return f"Something went wrong building {request.description}; the bot's log has the details."


def help_text(briefs: dict[str, Brief]) -> str:
    lines = [USAGE, "", "Briefs:"]
    for name in sorted(briefs):
        title = briefs[name].title
        lines.append(f"• {name}: {title}" if title else f"• {name}")
    return "\n".join(lines)


async def briefing_for(request: BriefRequest, briefs: dict[str, Brief], settings: Settings) -> Briefing:
    """Build what ``request`` asks for, under the chat rules above."""
    if request.urls:
        addresses = AddressPolicy.for_chat(settings)
        await addresses.check(request.urls)
        return await build_briefing(request.urls, settings, brief="adhoc", addresses=addresses,
                                    selection=request.selection())
    if request.brief not in briefs:
        known = ", ".join(sorted(briefs)) or "none"
        raise RequestRejected(f"there is no brief called `{request.brief}` (briefs: {known}). {USAGE}")
    brief = briefs[request.brief]
    return await build_briefing(brief.sources, settings, brief=brief.name, title=brief.title,
                                selection=request.selection(brief.selection))


class Answer(Enum):
    """What kind of reply ``/brief`` gets."""

    HELP = "help"  # the usage and the list of briefs
    REFUSAL = "refusal"  # a request the user can fix: the text says how
    BRIEFING = "briefing"  # the briefing asked for
    FAILURE = "failure"  # an unexpected error: the text says only that it happened


@dataclass(frozen=True)
class Reply:
    """The answer to one ``/brief``. ``request`` is ``None`` when it was answered before building started
    (help, or a command that could not be read), so a platform can answer in its acknowledgement."""

    answer: Answer
    text: str = ""
    briefing: Briefing | None = None
    request: BriefRequest | None = None

    @property
    def public(self) -> bool:
        """Whether the briefing goes in the channel rather than to the user alone."""
        return self.request is not None and self.request.public


Started = Callable[[BriefRequest], Awaitable[bool]]
"""Called once the command is read and building starts, to acknowledge it the platform's way; ``False``
when the platform can take no answer (the interaction expired, no reply address)."""


async def brief_command(text: str, briefs: dict[str, Brief], settings: Settings, *, started: Started,
                        user: str = "?") -> Reply | None:
    """The reply to ``/brief text`` from ``user`` (for the log); ``None`` if ``started`` said no answer can go."""
    try:
        request = parse_brief_command(text, briefs)
    except RequestRejected as exc:
        return Reply(Answer.REFUSAL, str(exc))
    if request.help:
        return Reply(Answer.HELP, help_text(briefs))
    if not await started(request):
        return None
    try:
        briefing = await briefing_for(request, briefs, settings)
    except BriefbotError as exc:
        log.info("/brief from %s refused: %s", user, exc)
        return Reply(Answer.REFUSAL, refusal_text(request, exc), request=request)
    except Exception:
        log.exception("building %s for %s failed", request.description, user)
        return Reply(Answer.FAILURE, failure_text(request), request=request)
    return Reply(Answer.BRIEFING, briefing=briefing, request=request)
