"""A mixed feed becomes separate stories, ranked by how many outlets carry them on their own.

The measure: the shared dev stories and the seeds fed together must come out as their gold groups
(the shared scorer's adjusted Rand index >= 0.9), each of them alone must stay one story, and the real
Giveme5W1H feed (383 articles in 69 events) is scored against its event labels.

``python -m tests.test_stories`` prints the Giveme5W1H figure.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from math import comb
from pathlib import Path

import pytest

from bot.model import Article, Source
from bot.sources.files import expand_paths, read_file
from bot.stories import group_stories
from bot.stories.clustering import candidate_pairs
from bot.stories.profile import profile_of, weigh
from bot.stories.syndication import _FOLDS_INTO_A_WORD, first_words
from tests.conftest import DEV_STORIES, SEEDS, SHARED, Result

SCORER = SHARED / "eval" / "score.py"
GIVEME = SHARED / "eval" / "giveme5w1h" / "clusters"
GOLDS = [SHARED / "eval" / "seeds.gold.json", *(d.parent / "GOLD.json" for d in DEV_STORIES)]
needs_shared = pytest.mark.skipif(not SCORER.is_file() or not DEV_STORIES, reason="needs ../shared/eval")


def adjusted_rand(truth: list[str], guess: list[int]) -> float:
    pairs = Counter(zip(truth, guess, strict=True))
    same = sum(comb(n, 2) for n in pairs.values())
    rows = sum(comb(n, 2) for n in Counter(truth).values())
    cols = sum(comb(n, 2) for n in Counter(guess).values())
    expected = rows * cols / comb(len(truth), 2)
    best = (rows + cols) / 2
    return 1.0 if best == expected else (same - expected) / (best - expected)


@cache
def giveme_feed() -> tuple[list[Article], dict[str, str]]:
    """The Giveme5W1H clustering feed as briefbot reads it, and each article's ``newsCluster`` event."""
    articles, events = [], {}
    for n, path in enumerate(sorted(GIVEME.glob("*.json")), 1):
        outcome = read_file(path, str(n), 10_000_000)
        if not isinstance(outcome, Article):  # a few files hold only a teaser: skipped, as briefbot would
            continue
        cluster = json.loads(path.read_text(encoding="utf-8"))["newsCluster"]
        events[str(n)] = (ast.literal_eval(cluster) if isinstance(cluster, str) else cluster)["Event"]
        articles.append(outcome)
    return articles, events


def giveme_ari() -> tuple[float, int, int]:
    """ARI of briefbot's stories on the Giveme5W1H clustering feed against its events; events; stories."""
    articles, events = giveme_feed()
    groups = group_stories(articles)
    story = {a.source.id: k for k, g in enumerate(groups) for a in g.articles}
    ids = [a.source.id for a in articles]
    return adjusted_rand([events[i] for i in ids], [story[i] for i in ids]), len(set(events.values())), len(groups)


def article(source_id: str, outlet: str, title: str, *paragraphs: str) -> Article:
    return Article(source=Source(id=source_id, title=title, outlet=outlet, path=f"{outlet}/{source_id}.txt"),
                   paragraphs=list(paragraphs))


@needs_shared
def test_seeds_and_dev_stories_fed_together_come_out_as_the_gold_groups(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("brief", str(SEEDS), *map(str, DEV_STORIES), "--format", "json")
    assert result.code == 0, result.err
    out = tmp_path / "all.json"
    out.write_text(result.out, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SCORER), "--clusters", str(out), *map(str, GOLDS)],
                            capture_output=True, text=True, check=False)
    assert scored.returncode == 0, scored.stdout
    ari = float(next(line for line in scored.stdout.splitlines() if line.startswith("adjusted_rand_index:"))
                .split(":")[1])
    assert ari >= 0.9


@needs_shared
@pytest.mark.parametrize("folder", [SEEDS, *DEV_STORIES], ids=lambda p: p.parent.name if p != SEEDS else "seeds")
def test_one_story_alone_stays_one_story(folder: Path) -> None:
    articles = [a for p in expand_paths(str(folder)) if isinstance(a := read_file(p, p.name, 10**7), Article)]
    assert len(articles) == 5
    assert [len(g.articles) for g in group_stories(articles)] == [5]


@needs_shared
def test_a_lone_article_about_something_else_stays_a_story_of_its_own() -> None:
    stories = [a for d in DEV_STORIES for p in expand_paths(str(d))
               if isinstance(a := read_file(p, p.name, 10**7), Article)]
    lone = read_file(sorted(SEEDS.iterdir())[0], "lone", 10**7)
    assert isinstance(lone, Article)
    groups = group_stories([*stories, lone])
    assert sorted(len(g.articles) for g in groups) == [1, 5, 5, 5]


@pytest.mark.skipif(not GIVEME.is_dir(), reason="needs ../shared/eval/giveme5w1h")
def test_a_real_mixed_feed_splits_into_its_events() -> None:
    ari, events, stories = giveme_ari()
    assert ari >= 0.9
    assert 0.8 * events <= stories < 1.5 * events


@pytest.mark.skipif(not GIVEME.is_dir(), reason="needs ../shared/eval/giveme5w1h")
def test_blocking_compares_a_small_share_of_all_pairs() -> None:
    profiles = [profile_of(a) for a in giveme_feed()[0]]
    weigh(profiles)
    n = len(profiles)
    assert len(candidate_pairs(profiles)) < 0.1 * n * (n - 1) / 2


_GROUPING_DIGEST = """
import hashlib
from bot.stories.clustering import candidate_pairs
from bot.model import Article
from bot.sources.files import read_file
from bot.stories.profile import cosine, profile_of, weigh
from tests.test_stories import GIVEME
read = [read_file(path, str(n), 10_000_000) for n, path in enumerate(sorted(GIVEME.glob("*.json"))[:60])]
profiles = [profile_of(a) for a in read if isinstance(a, Article)]
weigh(profiles)
pairs = sorted(candidate_pairs(profiles))
seen = [list(p.terms) for p in profiles], pairs, [cosine(profiles[i].what, profiles[j].what).hex() for i, j in pairs]
print(hashlib.sha1(repr(seen).encode()).hexdigest())
"""


@pytest.mark.skipif(not GIVEME.is_dir(), reason="needs ../shared/eval/giveme5w1h")
def test_a_feed_is_grouped_the_same_whatever_the_process_string_hashing() -> None:
    """Python seeds its string hash per process, so a set's order changes from run to run: the terms indexing
    an article, and the order a similarity is summed in, must not follow it, or the same feed briefed twice
    can come out as different stories."""
    digests = {subprocess.run([sys.executable, "-c", _GROUPING_DIGEST], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1


DAM = [
    "A dam on the Selva river collapsed on Tuesday night in Marenland, flooding four villages and forcing "
    "thousands of residents to flee to higher ground, the interior ministry said.",
    "Rescue teams in boats pulled survivors from rooftops as the water rose. At least nine people died.",
    "President Oda Velk flew over the flooded valley and promised an inquiry into the dam's maintenance.",
]
ELECTION = [
    "Marenland's President Oda Velk won a second term on Sunday with 58 percent of the vote, the electoral "
    "commission said, defeating opposition leader Tamsin Roe.",
    "Turnout was 71 percent. Roe conceded defeat in a speech to supporters and called for unity.",
    "Velk promised to cut income tax and build new railways during his second term.",
]


def test_events_sharing_a_country_and_a_president_stay_apart() -> None:
    articles = [
        article("1", "tidings", "Dam collapse floods villages in Marenland", *DAM),
        article("2", "courier", "Marenland election: Velk re-elected with 58 percent", *ELECTION),
        article("3", "herald", "Nine dead as Selva river dam bursts",
                "Nine people died when a dam on the Selva river burst in Marenland on Tuesday, flooding villages.",
                "President Oda Velk visited the valley by helicopter and ordered an inquiry.", DAM[1]),
        article("4", "gazette", "Velk wins second term as Roe concedes",
                "President Oda Velk of Marenland has been re-elected, winning 58 percent of Sunday's vote.",
                ELECTION[1], "Velk said his second term would bring tax cuts and railways."),
    ]
    groups = group_stories(articles)
    assert sorted(sorted(a.source.id for a in g.articles) for g in groups) == [["1", "3"], ["2", "4"]]


def test_the_same_kind_of_event_in_two_places_is_two_stories() -> None:
    def quake(n: int, outlet: str, country: str, town: str, official: str, dead: int) -> Article:
        return article(str(n), outlet, f"Earthquake kills {dead} in {country}",
                       f"A magnitude 6.1 earthquake struck near {town} in {country} early on Monday, killing at "
                       f"least {dead} people and injuring dozens, {official} said.",
                       f"Rescuers searched collapsed houses in {town} through the night. Officials in {country} "
                       "warned that the toll could rise as aftershocks shook the region.")

    groups = group_stories([quake(1, "tidings", "Ostrava Minor", "Pellin", "governor Ada Runn", 12),
                            quake(2, "courier", "Vessland", "Kaarno", "minister Juho Tamm", 31),
                            quake(3, "herald", "Ostrava Minor", "Pellin", "governor Ada Runn", 12),
                            quake(4, "gazette", "Vessland", "Kaarno", "minister Juho Tamm", 31)])
    assert sorted(sorted(a.source.id for a in g.articles) for g in groups) == [["1", "3"], ["2", "4"]]


def test_a_short_item_under_the_same_headline_joins_the_full_story() -> None:
    full = article("1", "tidings", "Dam collapse floods four villages in Marenland", *DAM)
    short = article("2", "wire", "Dam collapse floods four villages in Marenland", "More to follow shortly.")
    other = article("3", "courier", "Marenland election: Velk re-elected with 58 percent", *ELECTION)
    groups = group_stories([full, other, short])
    assert sorted(sorted(a.source.id for a in g.articles) for g in groups) == [["1", "2"], ["3"]]


def test_wire_copies_are_all_cited_but_corroborate_once() -> None:
    wire = "A dam on the Selva river collapsed on Tuesday night in Marenland, flooding four villages, " \
           "the interior ministry said. Rescue teams pulled survivors from rooftops."
    copies = [article(str(n), outlet, "Dam collapses in Marenland", wire, DAM[2])
              for n, outlet in enumerate(["tidings", "courier"], 1)]
    # The third site runs the same wire text under its own introduction: still a copy.
    copies.append(article("3", "herald", "Valley villages under water after dam failure",
                          "Our readers in the valley have sent us photographs of the flooding all night long.",
                          wire, DAM[2]))
    own = [article("4", "gazette", "Velk re-elected in Marenland", *ELECTION),
           article("5", "post", "Marenland's Velk wins second term",
                   "President Oda Velk of Marenland has been re-elected, winning 58 percent of Sunday's vote.",
                   "Velk said his second term would bring tax cuts and railways.")]
    groups = group_stories([*copies, *own])
    assert [len(g.articles) for g in groups] == [2, 3]  # two independent reports outrank one wire story
    assert [g.outlets for g in groups] == [2, 1]
    assert {a.source.id for a in groups[1].articles} == {"1", "2", "3"}


def test_shingle_words_are_the_casefolded_word_pattern_words_of_any_text() -> None:
    ascii_text = "".join(map(chr, range(128))) + " Ferry_fares ROSE 12.5% in 2031, O'Neill said; (x-y)z"
    texts = [ascii_text, "Straße İstanbul ΣΟΦΊΑ naïve café, Kraków's 3½ ﬁnes", ascii_text + " Ærø"]
    for text in texts:
        for count in (1, 3, 400):
            words = [w.encode() for w in re.findall(r"\w+", text.casefold())][:count]
            assert first_words(text, count) == words
    long = " ".join(f"Word{n} ÉTÉ" if n % 7 == 0 else f"word-{n}" for n in range(2000))  # read prefix by prefix
    assert first_words(long, 400) == [w.encode() for w in re.findall(r"\w+", long.casefold())][:400]
    quoted = "\u201cFerries\u201d \u2014 ROSE\u00a0by 12\u00b0 \u2018here\u2019"  # no word is non-ASCII
    for text in (quoted, quoted + " a\u0345b", quoted + " \u0391\u0345"):  # and the character folding into a word
        assert first_words(text, 400) == [w.encode() for w in re.findall(r"\w+", text.casefold())]


def test_no_non_word_character_folds_into_a_word_but_the_one_the_shingles_look_for() -> None:
    folding = [c for c in map(chr, range(128, 0x110000)) if not re.match(r"\w", c) and re.search(r"\w", c.casefold())]
    assert folding == [_FOLDS_INTO_A_WORD]


@needs_shared
def test_top_keeps_the_most_important_stories(cli: Callable[..., Result]) -> None:
    everything = cli("brief", *map(str, DEV_STORIES), "--format", "json")
    top = cli("brief", *map(str, DEV_STORIES), "--format", "json", "--top", "1")
    assert everything.code == top.code == 0
    assert len(json.loads(everything.out)["stories"]) == 3
    assert json.loads(top.out)["stories"] == json.loads(everything.out)["stories"][:1]


if __name__ == "__main__":
    figure, events, stories = giveme_ari()
    print(f"giveme5w1h clusters: ARI {figure:.3f} ({stories} stories for {events} events)")
