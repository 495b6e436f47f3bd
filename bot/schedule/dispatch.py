"""One run of a brief: claim its slot per target, build the briefing once, post it, record the outcome.

The claim comes first, so a target whose slot another run (a restart, a second replica) already holds
gets nothing, and the briefing is not even built when every target is taken. Every claim ends
recorded: ``posted``, ``failed`` with the reason, or ``abandoned`` if the process stopped mid-way.
Each message that lands is recorded against its claim, so ``resume`` (a run taking over the claim of a
process that died) rebuilds the briefing and continues with the first message not acknowledged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property

from bot.briefs import Brief
from bot.delivery import deliver
from bot.errors import BriefbotError, DeliveryError
from bot.logs import fields
from bot.model import Briefing
from bot.pipeline import build_briefing
from bot.render.outlets import could_not_read
from bot.render.page import page_url
from bot.schedule.novelty import briefing_keys, nothing_new, unseen_part
from bot.settings import Settings
from bot.state.ledger import ABANDONED, FAILED, POSTED, SCHEDULED, Delivery, Ledger
from bot.targets import Progress, Target

log = logging.getLogger(__name__)

Deliver = Callable[[Briefing, Target, Settings, Progress], Awaitable[None]]
TAKEN = "taken"


@dataclass(frozen=True)
class Outcome:
    """What became of one target in one run: posted, failed, abandoned, or taken by another run."""

    target: Target
    state: str
    detail: str | None = None

    @property
    def message(self) -> str:
        """One line naming the target and what happened there."""
        detail = self.detail or self.state
        return detail if detail.startswith(f"{self.target}: ") else f"{self.target}: {detail}"


async def dispatch(brief: Brief, slot: datetime, targets: list[Target], ledger: Ledger, settings: Settings, *,
                   kind: str = SCHEDULED, send: Deliver = deliver) -> list[Outcome]:
    """Post ``brief`` for ``slot`` to each target that nobody has claimed yet."""
    outcomes: list[Outcome] = []
    claims: list[tuple[Target, int]] = []
    when = _local(brief, slot)
    for target in targets:
        claim = ledger.claim(brief.name, str(target), slot, kind)
        if claim is None:
            log.info("%s for %s at %s: already posted by another run", brief.name, target, when,
                     extra=fields(brief=brief.name, target=target, slot=when))
            outcomes.append(Outcome(target, TAKEN))
        else:
            claims.append((target, claim))
    if not claims:
        return outcomes
    pending = list(claims)
    posting = False
    try:
        briefing = await _briefed(brief, when, claims, ledger, settings, outcomes)
        if briefing is None:
            return outcomes
        for source in briefing.skipped:  # the operator's business: logged here and kept in the archive and the
            # history's detail; the posted briefing only counts them
            log.warning("%s at %s: skipped %s: %s", brief.name, when, source.path or source.url, source.error,
                        extra=fields(brief=brief.name, slot=when, source=source.path or source.url))
        run = _Run(brief, when, briefing, ledger, settings, send)
        while pending:
            target, claim = pending[0]
            posting = True
            outcome = await run.post(target, claim)
            outcomes.append(outcome)
            posting = False
            pending.pop(0)
    except asyncio.CancelledError:
        for target, claim in pending:
            detail = "stopped while posting: it may be partly posted" if posting else "stopped before posting"
            ledger.finish(claim, ABANDONED, detail)
            outcomes.append(Outcome(target, ABANDONED, detail))
            posting = False
        log.warning("%s at %s: stopped, %d target(s) abandoned", brief.name, when, len(pending),
                    extra=fields(brief=brief.name, slot=when))
        raise
    return outcomes


async def resume(brief: Brief, claim: Delivery, ledger: Ledger, settings: Settings, *,
                 send: Deliver = deliver) -> Outcome:
    """Finish ``claim``, taken over from a run that died: the briefing is built again and posted from the
    first message its target did not acknowledge."""
    target, when = Target.parse(claim.target), _local(brief, claim.slot)
    outcomes: list[Outcome] = []
    try:
        briefing = await _briefed(brief, when, [(target, claim.id)], ledger, settings, outcomes)
        if briefing is None:
            return outcomes[0]
        return await _Run(brief, when, briefing, ledger, settings, send).post(target, claim.id)
    except asyncio.CancelledError:
        ledger.finish(claim.id, ABANDONED, "stopped while finishing a run taken over: it may be partly posted")
        raise


async def _briefed(brief: Brief, when: str, claims: list[tuple[Target, int]], ledger: Ledger, settings: Settings,
                   outcomes: list[Outcome]) -> Briefing | None:
    """The briefing for ``claims``, or ``None`` after each claim is recorded failed with the reason."""
    try:
        return await build_briefing(brief.sources, settings, brief=brief.name, title=brief.title,
                                    selection=brief.selection, wait=True)
    except Exception as exc:  # the sources could not be briefed: every claim says why
        reason = _reason(exc)
        for target, claim in claims:
            ledger.finish(claim, FAILED, reason)
            outcomes.append(Outcome(target, FAILED, reason))
        log.error("%s at %s: not briefed: %s", brief.name, when, reason, exc_info=not isinstance(exc, BriefbotError),
                  extra=fields(brief=brief.name, slot=when))
        return None


@dataclass
class _Run:
    """Posting one built briefing to the claimed targets, one after the other."""

    brief: Brief
    when: str
    briefing: Briefing
    ledger: Ledger
    settings: Settings
    send: Deliver
    archived: int | None = None  # the full briefing's id in the archive, once stored

    @cached_property
    def keys(self) -> set[str]:
        """The keys of every item of the full briefing: what each target has seen once it is posted there."""
        return briefing_keys(self.briefing)

    async def post(self, target: Target, claim: int) -> Outcome:
        brief, ledger = self.brief, self.ledger
        posting, detail = self.briefing, _stories(len(self.briefing.stories)) + _unread(self.briefing)
        if brief.mode == "new":
            part = unseen_part(self.briefing, ledger.posted_items(brief.name, str(target)))
            last = ledger.last_posted(brief.name, str(target))
            if part is not None:
                posting, detail = part, _stories(len(part.stories)) + " with new items"
            elif last is not None:
                posting = nothing_new(self.briefing, last.astimezone(brief.zone))
                detail = f"nothing new since {_local(brief, last)}"
        try:
            archive_id = self._archive(posting)
            ledger.attach(claim, archive_id)
        except Exception as exc:  # no archive, no post: the claim must still end recorded, whatever the error
            if not isinstance(exc, BriefbotError):
                log.exception("archiving %s for %s at %s", brief.name, target, self.when, extra=self._fields(target))
            return self._failed(target, claim, f"not posted, the briefing could not be archived: {_reason(exc)}", None)
        if self.settings.public_url:  # the post ends with a link to the page of what it posts
            posting = replace(posting, page_url=page_url(self.settings.public_url, archive_id))
        progress = Progress(key=f"{brief.name}|{target}|{claim}", landed=ledger.parts(claim),
                            record=lambda part, ref: ledger.record_part(claim, part, ref))
        resumed = len(progress.landed)
        try:
            await self.send(posting, target, self.settings, progress)
        except DeliveryError as exc:  # its text repeats the target, which the ledger row already names
            return self._failed(target, claim, exc.reason, archive_id)
        except Exception as exc:  # a bug or an unexpected library error must not lose the other targets
            if not isinstance(exc, BriefbotError):
                log.exception("%s to %s at %s", brief.name, target, self.when, extra=self._fields(target))
            return self._failed(target, claim, _reason(exc), archive_id)
        if resumed:
            detail += f", continued after the first {resumed} message(s) another run had posted"
        ledger.finish(claim, POSTED, detail, archive_id)
        ledger.remember_items(brief.name, str(target), self.keys, claim)
        log.info("posted %s to %s for %s (%s)", brief.name, target, self.when, detail, extra=self._fields(target))
        return Outcome(target, POSTED, detail)

    def _archive(self, posting: Briefing) -> int:
        """``posting``'s id in the archive; the full briefing is stored once for all targets."""
        if posting is not self.briefing:
            return self.ledger.archive(posting)
        if self.archived is None:
            self.archived = self.ledger.archive(posting)
        return self.archived

    def _failed(self, target: Target, claim: int, reason: str, archive_id: int | None) -> Outcome:
        self.ledger.finish(claim, FAILED, reason, archive_id)
        log.error("%s to %s at %s failed: %s", self.brief.name, target, self.when, reason, extra=self._fields(target))
        return Outcome(target, FAILED, reason)

    def _fields(self, target: Target) -> dict[str, object]:
        return fields(brief=self.brief.name, target=target, slot=self.when)


def _reason(exc: Exception) -> str:
    """A failure for the ledger: briefbot's own errors say it all; anything else is a bug, named by class."""
    return str(exc) if isinstance(exc, BriefbotError) else f"{exc.__class__.__name__}: {exc}"


def _unread(briefing: Briefing) -> str:
    """``; 2 sources could not be read (the archived JSON says which)``, or nothing."""
    unread = could_not_read(briefing)
    return f"; {unread} (the archived JSON says which)" if unread else ""


def _stories(count: int) -> str:
    return f"{count} {'story' if count == 1 else 'stories'}"


def _local(brief: Brief, moment: datetime) -> str:
    return moment.astimezone(brief.zone).strftime("%Y-%m-%d %H:%M %Z")
