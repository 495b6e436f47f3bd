"""How cleaning scales with input size (run on demand: pytest tests/bench)."""

from __future__ import annotations

import time

from bot.model import Source
from bot.text.clean import clean_article
from tests.conftest import DEV_STORIES


def seconds_to_clean(text: str) -> float:
    start = time.perf_counter()
    clean_article(text, kind="text", source=Source(id="1", title="big.txt"))
    return time.perf_counter() - start


def test_cleaning_is_linear_in_input_size() -> None:
    page = "\n\n".join(p.read_text(encoding="utf-8") for d in DEV_STORIES for p in sorted(d.iterdir()))
    small, large = page * 10, page * 80
    t_small, t_large = seconds_to_clean(small), seconds_to_clean(large)
    print(f"{len(small):,} chars: {t_small:.2f}s; {len(large):,} chars: {t_large:.2f}s")
    assert t_large < t_small * 8 * 2  # 8x the input, well under 16x the time
