"""Summarizer speed, on demand: ``python -m tests.bench.bench_summary`` from the project root.

1. The seeds briefing in-process, warm (target < 100 ms).
2. 1,000 and 2,000 articles: the 383 real articles of ../shared/eval/giveme5w1h/clusters repeated with
   perturbations (quotes straightened, a sentence dropped, numbers changed, paragraphs shuffled), through
   story grouping and the summarizer (target < 10 s and < 1 GB for 1,000; 2,000 <= 2.2 x 1,000).
3. The same corpora written out as news-please JSON files, end to end: files read, decoded and cleaned,
   grouped, summarized, one ``Briefing`` (what ``briefbot brief DIR`` does, rendering aside).
4. The same corpora as one single story, the summarizer alone: its own cost in the number of sentences.

Each corpus size runs in a fresh subprocess so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bot.model import Article
from bot.pipeline import briefing_stories, build_briefing
from bot.settings import Settings
from bot.sources import collect
from bot.summary import summarize

ROOT = Path(__file__).resolve().parents[2]
CLUSTERS = ROOT.parent / "shared" / "eval" / "giveme5w1h" / "clusters"


def _load(spec: Path) -> list[Article]:
    return asyncio.run(collect([str(spec)], Settings.from_env({}))).articles


def _perturbed(article: Article, copy: int, rng: random.Random) -> Article:
    """Another outlet's version of ``article``: same story, different punctuation, a dropped sentence,
    a changed number, paragraphs in another order."""
    paragraphs = list(article.paragraphs)
    if copy % 2:
        paragraphs = [p.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'") for p in paragraphs]
    if len(paragraphs) > 3 and copy % 3 == 1:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    if copy % 3 == 2:
        paragraphs = [re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + copy), p, count=1) for p in paragraphs]
    if len(paragraphs) > 4 and copy % 4 == 3:
        middle = paragraphs[1:-1]
        rng.shuffle(middle)
        paragraphs = [paragraphs[0], *middle, paragraphs[-1]]
    source = replace(article.source, id=f"{article.source.id}-{copy}",
                     path=f"{article.source.path}#{copy}", outlet=f"outlet{copy}")
    return Article(source=source, paragraphs=paragraphs)


def corpus(size: int) -> list[Article]:
    base = _load(CLUSTERS)
    rng = random.Random(size)
    out: list[Article] = []
    copy = 0
    while len(out) < size:
        out.extend(_perturbed(a, copy, rng) for a in base[: size - len(out)])
        copy += 1
    return out


def run_corpus(size: int, single: bool) -> None:
    articles = corpus(size)
    sentences = sum(len(a.paragraphs) for a in articles)
    start, cpu = time.perf_counter(), time.process_time()
    stories = [summarize(articles)] if single else briefing_stories(articles)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mode = "one story, summarizer only" if single else "grouped into stories + summarized"
    print(f"{size:5d} articles ({sentences} paragraphs), {mode}: {elapsed:6.2f} s wall, {cpu:6.2f} s CPU, "
          f"{len(stories)} stories, peak RSS {peak_mb:.0f} MB (load average {os.getloadavg()[0]:.1f})",
          flush=True)


def _write(articles: list[Article], folder: Path) -> None:
    """``articles`` as news-please JSON files, one per article, as a crawler would leave them."""
    for i, a in enumerate(articles):
        doc = {"title": a.source.title, "source_domain": a.source.outlet, "date_publish": a.source.published,
               "url": f"{a.source.url or 'https://example.org/' + str(i)}?copy={i}",
               "maintext": "\n\n".join(a.paragraphs)}
        (folder / f"{i:05d}.json").write_text(json.dumps(doc), encoding="utf-8")


def run_files(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(corpus(size), folder)
        settings = Settings.from_env({})
        start, cpu = time.perf_counter(), time.process_time()
        briefing = asyncio.run(build_briefing([str(folder)], settings))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{size:5d} article files, end to end (read, clean, group, summarize): {elapsed:6.2f} s wall, "
          f"{cpu:6.2f} s CPU, {len(briefing.stories)} stories, peak RSS {peak_mb:.0f} MB "
          f"(load average {os.getloadavg()[0]:.1f})", flush=True)


def seeds_warm(runs: int = 20) -> None:
    settings = Settings.from_env({})
    specs = [str(ROOT / "seeds")]
    asyncio.run(build_briefing(specs, settings))  # warm: imports, caches
    whole, core, cpu = [], [], []
    articles = _load(ROOT / "seeds")
    for _ in range(runs):
        t = time.perf_counter()
        asyncio.run(build_briefing(specs, settings))
        whole.append(time.perf_counter() - t)
        t, c = time.perf_counter(), time.process_time()
        briefing_stories(articles)
        core.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    print(f"seeds briefing, warm, median of {runs}: {statistics.median(whole) * 1000:.1f} ms read+clean+brief, "
          f"{statistics.median(core) * 1000:.1f} ms grouping+summary ({statistics.median(cpu) * 1000:.1f} ms CPU; "
          f"load average {os.getloadavg()[0]:.1f})")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--files"]:
        run_files(int(argv[1]))
        return 0
    if argv[:1] == ["--corpus"]:
        run_corpus(int(argv[1]), single=argv[2:] == ["--single"])
        return 0
    seeds_warm()
    if not CLUSTERS.is_dir():
        print(f"skipped the corpus runs: {CLUSTERS} is absent")
        return 0
    for size in (1000, 2000):
        subprocess.run([sys.executable, "-m", "tests.bench.bench_summary", "--files", str(size)], cwd=ROOT, check=True)
    for single in (False, True):
        for size in (1000, 2000):
            extra = ["--single"] if single else []
            subprocess.run([sys.executable, "-m", "tests.bench.bench_summary", "--corpus", str(size), *extra],
                           cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
