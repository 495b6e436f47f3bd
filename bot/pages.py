"""The full-briefing pages ``briefbot serve`` shows when ``BRIEFBOT_PUBLIC_URL`` is set.

``GET /briefings/ID`` answers with archived briefing ID as the page ``bot/render/page.py`` builds (the
same as ``briefbot history --briefing ID --format html``); anything else is 404. Its own small aiohttp
server on ``--host`` and ``--pages-port``, apart from Slack's HTTP mode: put it behind the address
``BRIEFBOT_PUBLIC_URL`` names. Every answer forbids scripts, framing and MIME sniffing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from aiohttp import web

from bot.briefs import Brief
from bot.errors import ConfigError
from bot.render.page import CONTENT_SECURITY_POLICY, archived_page
from bot.state.ledger import Ledger

log = logging.getLogger(__name__)

ROUTE = "/briefings/{id:[0-9]{1,18}}"
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "public, max-age=300",
}
NOT_FOUND = "<!doctype html><title>Not found</title><p>There is no such briefing.</p>"


class BriefingPages:
    """``/briefings/ID`` over HTTP for ``briefbot serve``."""

    name = "pages"

    def __init__(self, ledger: Ledger, briefs: Mapping[str, Brief], *, host: str, port: int) -> None:
        self.ledger, self.briefs, self.host, self.port = ledger, briefs, host, port
        self._runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get(ROUTE, self.page)
        app.router.add_route("*", "/{tail:.*}", self.missing)
        return app

    async def page(self, request: web.Request) -> web.Response:
        document = await asyncio.to_thread(self.ledger.archived, int(request.match_info["id"]))
        if document is None:
            return await self.missing(request)
        html = archived_page(document, self.briefs)
        return web.Response(text=html, content_type="text/html", charset="utf-8", headers=HEADERS)

    @staticmethod
    async def missing(request: web.Request) -> web.Response:
        return web.Response(status=404, text=NOT_FOUND, content_type="text/html", charset="utf-8",
                            headers={**HEADERS, "Cache-Control": "no-store"})

    async def start(self) -> None:
        """Listen on host:port; a busy port is a one-line error."""
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise ConfigError(f"cannot serve briefing pages on {self.host}:{self.port} ({exc.strerror}): "
                              "pick another --host/--pages-port") from None
        self.port = self._runner.addresses[0][1]  # the real port when 0 asked for any free one
        log.info("briefing pages on http://%s:%d/briefings/ID", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
