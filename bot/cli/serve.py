"""``briefbot serve``: every configured service (Slack, Discord, the schedule) in one asyncio loop,
plus a heartbeat in the state store for health checks. SIGTERM or SIGINT stops them in reverse order."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
from types import ModuleType

from bot import logs
from bot.briefs import load_briefs
from bot.errors import ConfigError
from bot.extras import chat_module
from bot.schedule.service import ScheduleService
from bot.service import Service
from bot.settings import Settings
from bot.state import open_engine
from bot.state.heartbeat import Heartbeat
from bot.state.ledger import Ledger
from bot.workers import BuildPool, installed

log = logging.getLogger(__name__)


def services(args: argparse.Namespace, settings: Settings) -> list[Service]:
    """The services whose tokens are set. Chat libraries are imported only for those."""
    briefs = load_briefs(settings.briefs_dir)
    found: list[Service] = []
    if settings.slack_bot_token and (slack := _adapter("bot.chat.slack_app", "slack")) is not None:
        found.append(slack.SlackService(settings, briefs, host=args.host, port=args.port))
    if settings.discord_token and (discord := _adapter("bot.chat.discord_bot", "discord")) is not None:
        found.append(discord.DiscordService(settings, briefs))
    if settings.public_url:
        from bot.pages import BriefingPages

        found.append(BriefingPages(Ledger.open(settings.state), briefs, host=args.host, port=args.pages_port))
    if any(brief.scheduled for brief in briefs.values()):
        found.append(ScheduleService(briefs.values(), settings, Ledger.open(settings.state)))
    return found


def _adapter(module: str, name: str) -> ModuleType | None:
    """A chat adapter's module, or ``None`` after one log line when its library is not installed."""
    try:
        return chat_module(module, f"the {name.capitalize()} bot")
    except ConfigError as exc:
        log.error("%s cannot start: %s", name, exc)
        return None


def with_heartbeat(found: list[Service], settings: Settings) -> list[Service]:
    """``found`` preceded by the heartbeat, so ``briefbot check --alive`` sees the loop turning."""
    return [Heartbeat(open_engine(settings.state)), *found]


async def serve(found: list[Service]) -> None:
    """Start every service that can start and run until SIGTERM/SIGINT.

    A service that cannot start (Slack or Discord unreachable, a refused token) is one log line naming
    it and why; the others keep running. Only when none of ``found`` but the heartbeat starts does
    serve give up, with a ``ConfigError``.
    """
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    started: list[Service] = []
    failed: list[str] = []
    try:
        for service in found:
            try:
                await service.start()
            except Exception as exc:  # any failure of one service: said once, the others go on
                failed.append(service.name)
                log.error("%s cannot start: %s", service.name, reason(exc))
                with contextlib.suppress(Exception):
                    await service.stop()  # closes what the half-done start opened (no "Unclosed connector")
                continue
            started.append(service)
            log.info("%s started", service.name)
        if not any(service.name != Heartbeat.name for service in started):
            raise ConfigError(f"nothing could start ({', '.join(failed)}): see the lines above")
        await stopping.wait()
        log.info("stopping")
    finally:
        for service in reversed(started):
            await service.stop()


def reason(exc: BaseException) -> str:
    """The first line of what went wrong, with the exception's type when its text says nothing."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text if isinstance(exc, ConfigError) and text else f"{type(exc).__name__}: {text}".rstrip(": ")


def run(args: argparse.Namespace, settings: Settings) -> int:
    logs.configure(settings.log_level, settings.secrets(), settings.log_format)
    found = services(args, settings)
    if not found:
        raise ConfigError("nothing to serve: set SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or "
                          "SLACK_APP_TOKEN), DISCORD_TOKEN or BRIEFBOT_PUBLIC_URL, or give a brief a schedule")
    with installed(BuildPool()):
        asyncio.run(serve(with_heartbeat(found, settings)))
    return 0
