"""Which network addresses a run may reach: the address policy, decided once by whoever starts the run
and handed down to the fetcher, which checks every URL and every redirect hop against it.

A leaf module (it imports nothing of briefbot but the errors and settings), so chat, sources and the
pipeline can all use it without importing one another. From chat only public unicast addresses are
allowed, unless the operator sets ``BRIEFBOT_ALLOW_PRIVATE_URLS=1``; the CLI and the schedule run what
the operator wrote, so they reach any address (a feed on the intranet is fine there).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.errors import RequestRejected
from bot.settings import Settings

Resolver = Callable[[str], Awaitable[list[str]]]
"""A host name -> the IP addresses it resolves to (``OSError`` if it does not)."""


async def resolve_host(host: str) -> list[str]:
    """The addresses ``host`` resolves to, by the system's resolver."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_public(address: str) -> bool:
    """Whether ``address`` is a public unicast one: not private, loopback, link-local, shared (CGNAT),
    reserved or multicast."""
    ip = ipaddress.ip_address(address)
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """``public_only``: every URL's host must resolve to public addresses only (``resolve`` finds them)."""

    public_only: bool
    resolve: Resolver = resolve_host

    @classmethod
    def for_chat(cls, settings: Settings) -> AddressPolicy:
        """What a chat user may reach: public addresses only, unless the operator allows private ones."""
        return ANY_ADDRESS if settings.allow_private_urls else PUBLIC_ONLY

    async def check(self, urls: Iterable[str]) -> None:
        """``RequestRejected`` naming the first URL this policy does not allow, with what to do."""
        if not self.public_only:
            return
        for url in urls:
            await self.allowed_addresses(url)

    async def allowed_addresses(self, url: str) -> list[str]:
        """The addresses ``url``'s host resolves to, every one allowed (``RequestRejected`` if any is not).

        A fetcher under ``public_only`` connects to these very addresses, never resolving the host again:
        a second answer could differ (DNS rebinding) and would not have been checked.
        """
        host = urlsplit(url).hostname
        if not host:
            raise RequestRejected(f"{url} has no host: send a full http(s) URL")
        try:
            addresses = await self.resolve(host)
        except OSError:
            raise RequestRejected(f"{host} cannot be resolved: check the URL") from None
        if not addresses or not all(map(is_public, addresses)):
            raise RequestRejected(f"{url} points to a private address: only public URLs may be briefed "
                                  "from chat (the operator can set BRIEFBOT_ALLOW_PRIVATE_URLS=1)")
        return addresses


ANY_ADDRESS = AddressPolicy(public_only=False)
PUBLIC_ONLY = AddressPolicy(public_only=True)
