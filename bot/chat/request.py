"""What a chat user asked for with ``/brief``, and whether they may have it.

Shared by every platform: from chat only a brief name or http(s) URLs are accepted — never a local
path, so a chat user cannot read the server's files — and URLs go through the chat address policy
(``bot.addresses``: public addresses only unless ``BRIEFBOT_ALLOW_PRIVATE_URLS=1``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.addresses import AddressPolicy
from bot.briefs import DEFAULT, Brief
from bot.errors import BriefbotError, RequestRejected
from bot.model import Briefing
from bot.pipeline import build_briefing
from bot.settings import Settings

USAGE = "Type `/brief` for the default briefing, `/brief NAME` for a brief, `/brief https://...` for pages " \
        "or feeds, `/brief public ...` to post it in the channel, `/brief help` for the list."


@dataclass(frozen=True)
class BriefRequest:
    """A parsed ``/brief``: a brief name, or URLs to brief; ``public`` posts in the channel."""

    brief: str = DEFAULT
    urls: list[str] = field(default_factory=list)
    public: bool = False
    help: bool = False

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


def parse_brief_command(text: str, briefs: dict[str, Brief]) -> BriefRequest:
    """``/brief [public] [help | NAME | URL ...]`` -> ``BriefRequest``; ``RequestRejected`` otherwise."""
    public, words = public_and_words(text)
    if words and words[0].lower() == "help":
        return BriefRequest(help=True)
    if not words:
        return BriefRequest(public=public)
    urls = [w.strip("<>") for w in words]
    if all(u.startswith(("http://", "https://")) for u in urls):
        return BriefRequest(urls=urls, public=public)
    if len(words) == 1 and words[0] in briefs:
        return BriefRequest(brief=words[0], public=public)
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
        return await build_briefing(request.urls, settings, brief="adhoc", addresses=addresses)
    if request.brief not in briefs:
        known = ", ".join(sorted(briefs)) or "none"
        raise RequestRejected(f"there is no brief called `{request.brief}` (briefs: {known}). {USAGE}")
    brief = briefs[request.brief]
    return await build_briefing(brief.sources, settings, brief=brief.name, title=brief.title,
                                selection=brief.selection)
