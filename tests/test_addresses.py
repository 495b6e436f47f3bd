"""The address policy (``bot.addresses``): which hosts a chat request may make briefbot reach."""

from __future__ import annotations

import pytest

from bot.addresses import ANY_ADDRESS, PUBLIC_ONLY, AddressPolicy
from bot.errors import RequestRejected
from bot.settings import Settings

# IP literals only: resolving them needs no DNS and no network.
NOT_PUBLIC = ["http://127.0.0.1:8000/feed.xml", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
              "http://100.64.0.1/", "http://0.0.0.0/", "http://224.0.0.1/", "http://[::1]/",
              "http://[::ffff:127.0.0.1]/", "http://[fd00::1]/"]
PUBLIC = ["https://93.184.216.34/news", "http://[2606:2800:220:1:248:1893:25c8:1946]/"]


@pytest.mark.parametrize("url", NOT_PUBLIC)
async def test_an_address_that_is_not_public_is_refused(url: str) -> None:
    with pytest.raises(RequestRejected, match=r"private address.*BRIEFBOT_ALLOW_PRIVATE_URLS=1"):
        await PUBLIC_ONLY.check([url])


async def test_public_addresses_pass_and_the_operator_can_allow_private_ones() -> None:
    await PUBLIC_ONLY.check(PUBLIC)
    await ANY_ADDRESS.check(NOT_PUBLIC)
    assert AddressPolicy.for_chat(Settings()) is PUBLIC_ONLY
    assert AddressPolicy.for_chat(Settings(allow_private_urls=True)) is ANY_ADDRESS


async def test_a_host_is_judged_by_every_address_it_resolves_to() -> None:
    async def split_horizon(host: str) -> list[str]:
        return {"news.example": ["93.184.216.34"], "mixed.example": ["93.184.216.34", "10.0.0.7"]}[host]

    policy = AddressPolicy(public_only=True, resolve=split_horizon)
    await policy.check(["https://news.example/a"])
    with pytest.raises(RequestRejected, match=r"^https://mixed.example/b points to a private address"):
        await policy.check(["https://news.example/a", "https://mixed.example/b"])


async def test_a_url_without_a_host_or_with_an_unknown_one_is_refused() -> None:
    async def nowhere(host: str) -> list[str]:
        raise OSError(f"{host}: Name or service not known")

    with pytest.raises(RequestRejected, match=r"^http:///path has no host: send a full http\(s\) URL$"):
        await PUBLIC_ONLY.check(["http:///path"])
    with pytest.raises(RequestRejected, match=r"^gone.example cannot be resolved: check the URL$"):
        await AddressPolicy(public_only=True, resolve=nowhere).check(["https://gone.example/"])
