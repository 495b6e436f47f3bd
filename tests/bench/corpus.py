"""A fair benchmark feed: any number of *distinct* articles made from the 383 real ones.

Repeating the real articles with small perturbations understates the cost: most sentences then repeat
(caches hit) and the number of stories never grows. Here every copy of the real feed is rewritten as a
different feed of the same shape:

- every proper name and acronym is replaced by an invented one, consistently within the copy (so the
  articles of one event still share their actors, and copies of an event are different stories);
- every other word is swapped, consistently within the copy, for another word of about the same
  frequency in the real feed, except the words the code's rules look for (every word of a string
  constant in ``bot/`` but docstrings and rule examples) and the most frequent words (the grammar the
  sentence splitter and the rules need);
- numbers are shifted and publication dates moved, per copy.

So sentence distinctness and the number of stories grow with the size of the feed, as in a real one.
Raw news-please JSON is rewritten (clutter included), so reading and cleaning are measured too.

    python -m tests.bench.corpus 1000 DIR     # writes DIR/00000.json ...
"""

from __future__ import annotations

import ast
import hashlib
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CLUSTERS = ROOT.parent / "shared" / "eval" / "giveme5w1h" / "clusters"
FREQUENT_KEPT = 300
"""The most frequent lower-case words are kept as they are: they are the grammar, not the news."""
FIELDS = ("title", "description", "text")
EXAMPLE_ARGUMENTS = {"examples", "counter"}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_CODE_WORD = re.compile(r"[A-Za-z]{2,}")
_SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vo", "dri", "bel", "sun", "ar", "po", "li", "gan", "ve", "th",
              "or", "que", "zan", "mur", "el", "ish", "ko", "ta", "ber", "nu", "fa", "del", "ros", "wi", "hen")


def _stable(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "big")


def protected_words() -> set[str]:
    """Every word the code can look for: the words of its string constants (patterns, word lists), folded
    to lower case. Docstrings and rule examples are prose about news, not what a rule matches."""
    words: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        prose: set[int] = set()
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                    and isinstance(body[0].value, ast.Constant):
                prose.add(id(body[0].value))
            if isinstance(node, ast.keyword) and node.arg in EXAMPLE_ARGUMENTS:
                prose.update(id(n) for n in ast.walk(node.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
                words.update(w.lower() for w in _CODE_WORD.findall(node.value))
    return words


class Rewriter:
    """The word maps of the real feed: which words are names, and each word's frequency band."""

    def __init__(self, docs: list[dict[str, Any]]) -> None:
        lower: Counter[str] = Counter()
        capital: Counter[str] = Counter()
        for doc in docs:
            for field in FIELDS:
                for word in _TOKEN.findall(doc.get(field) or ""):
                    if word.isalpha():
                        (capital if word[0].isupper() else lower)[word.lower()] += 1
        self.protected = protected_words() | {w for w, _ in lower.most_common(FREQUENT_KEPT)}
        self.names = {w for w, c in capital.items() if c > lower[w] and w not in self.protected}
        bands: dict[int, list[str]] = defaultdict(list)
        for word, count in sorted(lower.items()):
            if word not in self.protected and word not in self.names:
                bands[int(math.log2(count + capital[word]))].append(word)
        self.bands = list(bands.values())

    def word_map(self, copy: int) -> dict[str, str]:
        """A permutation of the swappable words within each frequency band, different for each copy."""
        rng = random.Random(copy)
        mapping: dict[str, str] = {}
        for band in self.bands:
            shuffled = band[:]
            rng.shuffle(shuffled)
            mapping.update(zip(band, shuffled, strict=True))
        return mapping

    def rewrite(self, text: str, copy: int, words: dict[str, str]) -> str:
        def swap(match: re.Match[str]) -> str:
            token = match.group()
            if token.isdigit():
                return _number(token, copy)
            folded = token.lower()
            if folded in self.protected:
                return token
            if token.isupper() and len(token) > 1:
                return _acronym(folded, copy, len(token))
            if folded in self.names:
                return _name(folded, copy)
            new = words.get(folded, token)
            return new.capitalize() if token[0].isupper() else new

        return _TOKEN.sub(swap, text)


def _name(word: str, copy: int) -> str:
    rng = random.Random(_stable("name", word, copy))
    parts = max(2, min(4, len(word) // 3))
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _acronym(word: str, copy: int, length: int) -> str:
    rng = random.Random(_stable("acronym", word, copy))
    return "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(length))


def _number(digits: str, copy: int) -> str:
    value = int(digits)
    if len(digits) == 4 and 1900 <= value <= 2030:
        return str(value + copy % 5)
    return str(value + copy % 9 + 1).zfill(len(digits))


def _shifted_date(value: Any, copy: int) -> Any:
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return (moment + timedelta(days=3 * copy)).isoformat()


def real_documents() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CLUSTERS.glob("*.json"))]


def write_corpus(size: int, folder: Path) -> int:
    """``size`` distinct news-please articles in ``folder``; returns the number of events they tell."""
    docs = real_documents()
    rewriter = Rewriter(docs)
    folder.mkdir(parents=True, exist_ok=True)
    events: set[tuple[int, str]] = set()
    for i in range(size):
        copy, doc = divmod(i, len(docs))[0], docs[i % len(docs)]
        if i % len(docs) == 0:
            words = rewriter.word_map(copy)
        out: dict[str, Any] = {field: rewriter.rewrite(doc.get(field) or "", copy, words) for field in FIELDS}
        out |= {"date_publish": _shifted_date(doc.get("date_publish"), copy),
                "source_domain": doc.get("source_domain"),
                "url": f"https://{doc.get('source_domain') or 'example.org'}/copy{copy}/{i}"}
        events.add((copy, str(doc.get("newsCluster"))))
        (folder / f"{i:05d}.json").write_text(json.dumps(out), encoding="utf-8")
    return len(events)


def main(argv: list[str]) -> int:
    events = write_corpus(int(argv[0]), Path(argv[1]))
    print(f"wrote {argv[0]} articles of {events} events in {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
