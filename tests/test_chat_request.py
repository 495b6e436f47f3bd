"""The rules every chat platform shares (``bot.chat.request``): what ``/brief`` may ask for."""

from __future__ import annotations

import pytest

from bot.chat.request import check_public_urls
from bot.errors import RequestRejected
from bot.settings import Settings

# IP literals only: resolving them needs no DNS and no network.
NOT_PUBLIC = ["http://127.0.0.1:8000/feed.xml", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
              "http://100.64.0.1/", "http://0.0.0.0/", "http://224.0.0.1/", "http://[::1]/",
              "http://[::ffff:127.0.0.1]/", "http://[fd00::1]/"]


@pytest.mark.parametrize("url", NOT_PUBLIC)
async def test_an_address_that_is_not_public_is_refused(url: str) -> None:
    with pytest.raises(RequestRejected, match=r"private address.*BRIEFBOT_ALLOW_PRIVATE_URLS=1"):
        await check_public_urls([url], Settings())


async def test_public_addresses_pass_and_the_operator_can_allow_private_ones() -> None:
    await check_public_urls(["https://93.184.216.34/news", "http://[2606:2800:220:1:248:1893:25c8:1946]/"],
                            Settings())
    await check_public_urls(NOT_PUBLIC, Settings(allow_private_urls=True))
