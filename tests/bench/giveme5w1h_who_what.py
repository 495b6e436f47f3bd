"""Who/what beyond our stories, on demand: ``python -m tests.bench.giveme5w1h_who_what``.

Each of the 96 human-annotated real articles in ../shared/eval/giveme5w1h/annotated is briefed on its
own. For each, the phrases at least two of three annotators marked as *who* and *what* are compared
with the briefing:

- who: an annotated phrase is found if a listed actor's name (or alias) shares a capitalised word with
  it, or the phrase's words are all in the actor's name or role. Reported: the share of annotated who
  phrases naming someone (a capitalised word) that are found, and the share of articles whose first
  listed actor matches one of them.
- what: the first What item covers an annotated what phrase if it holds at least half of that phrase's
  content words. Reported: the share of articles where it does.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bot.errors import BriefbotError
from bot.event_loop import result_of
from bot.pipeline import build_briefing
from bot.settings import Settings
from bot.summary.normalization import content_words, words

ROOT = Path(__file__).resolve().parents[2]
ANNOTATED = ROOT.parent / "shared" / "eval" / "giveme5w1h" / "annotated"


def phrases(doc: dict, field: str) -> list[str]:  # type: ignore[type-arg]
    found = doc.get("fiveWoneH", {}).get(field, {}).get("annotated", [])
    return [p["text"] for p in found if p.get("coderPhraseCount", 0) >= 2 and p.get("text")]


def capitalised(phrase: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\b[A-Z][\w'-]+", phrase)} - {"the", "a", "an"}


def who_found(phrase: str, names: list[tuple[list[str], str]]) -> bool:
    caps = capitalised(phrase)
    plain = set(words(phrase))
    for spellings, role in names:
        name_words = {w for s in spellings for w in words(s)}
        if caps & name_words or (plain and plain <= name_words | set(words(role))):
            return True
    return False


def what_found(phrase: str, first: str) -> bool:
    wanted = set(content_words(phrase))
    return bool(wanted) and len(wanted & set(content_words(first))) * 2 >= len(wanted)


def main() -> int:
    settings = Settings.from_env({})
    who_total = who_hit = first_hit = what_total = what_hit = articles = 0
    unread = 0
    for path in sorted(ANNOTATED.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        try:
            briefing = result_of(build_briefing([str(path)], settings))
        except BriefbotError:
            unread += 1
            continue
        if not briefing.stories:
            unread += 1
            continue
        articles += 1
        story = briefing.stories[0]
        names = [([a.name, *a.aliases], a.role or "") for a in story.who]
        named = [p for p in phrases(doc, "who") if capitalised(p)]
        who_total += len(named)
        who_hit += sum(who_found(p, names) for p in named)
        if named and names and any(who_found(p, names[:1]) for p in named):
            first_hit += 1
        wanted = phrases(doc, "what")
        if wanted and story.what:
            what_total += 1
            what_hit += any(what_found(p, story.what[0].text) for p in wanted)
    articles_with_names = max(1, who_total and articles)
    print(f"articles briefed: {articles} (unreadable: {unread})")
    print(f"who: {who_hit}/{who_total} annotated who phrases naming someone found "
          f"({who_hit / max(who_total, 1):.0%}); first actor matches in {first_hit} articles")
    print(f"what: first item covers an annotated what phrase in {what_hit}/{what_total} articles "
          f"({what_hit / max(what_total, 1):.0%})")
    del articles_with_names
    return 0


if __name__ == "__main__":
    sys.exit(main())
