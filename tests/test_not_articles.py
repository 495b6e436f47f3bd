"""Pages that are no news article (issue 12): a paywall stub, a search page, a terms page or disclaimer, an
author's page, a cookie wall, a "page not found" page, a tag or archive page, a robot check. Each is skipped
with a one-line reason like any unusable source and the briefing is built from the rest; a real article that
mentions subscribing or terms of use is kept."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.model import Article, Source
from bot.rules.page_kinds import PageKind
from bot.settings import Settings
from bot.sources import collect
from bot.sources.files import read_file
from tests.conftest import DEV_STORIES, Result
from tests.fakes.web_server import FakeWeb, Page

FIXTURES = Path(__file__).parent / "fixtures" / "not-articles"
LIMIT = 5_000_000

STUBS = {
    "zipcode-stub.json": PageKind.PAYWALL,
    "subscriber-limit.json": PageKind.PAYWALL,
    "search-page.html": PageKind.SEARCH,
    "site-search-title.json": PageKind.SEARCH,
    "terms-page.html": PageKind.LEGAL,
    "author-page.html": PageKind.AUTHOR,
    "cookie-wall.html": PageKind.COOKIE_WALL,
    "not-found.html": PageKind.NOT_FOUND,
    "links-disclaimer.json": PageKind.LEGAL,
    "tag-page.html": PageKind.INDEX,
    "robot-check.json": PageKind.BLOCKED,
}


def outcome(path: Path) -> Article | Source:
    return read_file(path, "1", LIMIT)


@pytest.mark.parametrize("name", sorted(STUBS))
def test_a_page_that_is_no_article_is_skipped_with_what_it_is(name: str) -> None:
    skipped = outcome(FIXTURES / name)
    assert isinstance(skipped, Source) and skipped.status == "skipped", skipped
    reason = skipped.error or ""
    assert reason.startswith(f"not a news article but {STUBS[name].value}: ")
    assert "\n" not in reason and "leave it out" in reason and "\u201c" not in reason  # no word of the page's


@pytest.mark.parametrize("name, kept", [
    ("article-about-subscriptions.json", "Readers who want to continue reading us on paper"),
    ("court-ruling-on-terms.html", "shall not be liable for cancelled crossings"),
    ("one-line-brief.json", "The harbour bridge reopened to traffic on Tuesday"),
    # Two authors' bio lines close the article: no profile page.
    ("two-authors-signed-off.json", "Ferries will use the new quay until the repairs are done"),
    # A consent banner run into the article's first line, and the article under it in the same block.
    ("cookie-banner-above-article.json", "Ferries will use the new quay until the repairs are done"),
])
def test_a_real_article_that_mentions_subscribing_or_terms_is_kept_whole(name: str, kept: str) -> None:
    article = outcome(FIXTURES / name)
    assert isinstance(article, Article), article
    assert kept in article.text
    assert not any(kept in line for line, _ in article.dropped)


def test_a_headline_about_terms_of_use_is_the_headline_not_a_consent_banner() -> None:
    article = outcome(FIXTURES / "court-ruling-on-terms.html")
    assert isinstance(article, Article)
    assert article.source.title == "Court strikes down ferry app's terms of use"
    assert len(article.paragraphs) == 4


def test_the_stub_is_reported_and_the_briefing_is_built_from_the_rest(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    story = DEV_STORIES[0]
    for path in sorted(story.iterdir()):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(FIXTURES / "zipcode-stub.json", tmp_path / "zipcode-stub.json")
    result = cli("brief", str(tmp_path), "--format", "json")
    assert result.code == 0, result.err
    briefing = json.loads(result.out)
    skipped = [s for s in briefing["sources"] if s["status"] == "skipped"]
    assert [s["path"].rsplit("/", 1)[-1] for s in skipped] == ["zipcode-stub.json"]
    assert "paywall or subscription page" in skipped[0]["error"]
    used = {source for brief in briefing["stories"] for source in brief["sources"]}
    assert skipped[0]["id"] not in used and len(used) == len(list(story.iterdir()))
    text = cli("brief", str(tmp_path))
    assert "1 could not be read" in text.out
    assert "zipcode-stub.json" in text.err and "paywall or subscription page" in text.err


async def test_a_fetched_page_that_is_no_article_is_skipped_with_its_reason(tmp_path: Path) -> None:
    web = FakeWeb().start()
    try:
        search = web.add("/search", Page((FIXTURES / "search-page.html").read_bytes()))
        article = web.add("/news/court", Page((FIXTURES / "court-ruling-on-terms.html").read_bytes()))
        settings = Settings(state=str(tmp_path / "state.sqlite3"), fetch_timeout=2.0)
        collection = await collect([search, article], settings)
    finally:
        web.stop()
    reasons = {s.url: (s.status, s.error or "") for s in collection.sources}
    assert reasons[search][0] == "skipped" and "site search page" in reasons[search][1]
    assert reasons[article] == ("ok", "")
    assert [a.source.url for a in collection.articles] == [article]
