"""Speed on a fair feed, on demand: ``python -m tests.bench.bench_feed`` from the project root.

1. Seeds: the briefing warm in-process (the same articles briefed again), the first briefing in a fresh
   interpreter once imported, and ``briefbot brief`` cold (a fresh interpreter, JSON and text). Every build a
   user waits for runs in a fresh process (the dry run; under ``serve``, a worker spawned per build), so the
   first briefing and the cold run are theirs; the warm figure is an in-process repeat (tests, library use).
2. 1,000 / 2,000 / 4,000 *distinct* articles (``tests.bench.corpus``: the real feed rewritten per copy,
   so distinct sentences and stories grow with the size), end to end from news-please files: CPU and
   wall time, peak RSS, the time of each stage (read and clean, cluster, summarize, render) and the
   growth exponent of CPU time in the number of articles.
3. The 383 real articles: briefbot end to end against sumy's LexRank (``pip install -e '.[bench]'``)
   summarizing each true event group to ten sentences, for the ratio.

Each run is a fresh subprocess, so its peak memory (max RSS) is its own. Targets (issue 14): 1,000
articles <= 5 s CPU, 4,000 <= 4.4 x 1,000, peak RSS <= 400 MB at 4,000, >= 10x faster than LexRank,
seeds warm <= 25 ms, cold <= 0.25 s.

Comparing two commits: CPU time on a shared VM drifts by 10% over a day, more than most changes move it. Count
instructions instead, each commit in its own checkout: ``PYTHONHASHSEED=0 valgrind --tool=callgrind python -m
tests.bench.bench_feed --child real`` (about three minutes). Fix the hash seed: it decides the order of sets and
dicts of strings, and with it the work, by up to 15% on a seeds briefing. For ``briefbot brief`` cold, point
``BRIEFBOT_CACHE`` at an empty folder and run once before counting, as a fresh install's first run does: a
long-used checkout's kept files also hold derivations of patterns since edited away.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from bot.event_loop import result_of

ROOT = Path(__file__).resolve().parents[2]
CLUSTERS = ROOT.parent / "shared" / "eval" / "giveme5w1h" / "clusters"
CACHE = Path(os.environ.get("BRIEFBOT_BENCH_DIR", "/tmp/briefbot-bench"))
SIZES = (1000, 2000, 4000)
LEXRANK_SENTENCES = 10


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def feed_folder(size: int) -> Path:
    """The generated feed of ``size`` articles, written once and reused."""
    from tests.bench.corpus import write_corpus

    folder = CACHE / f"feed-{size}"
    if not (folder / f"{size - 1:05d}.json").exists():
        write_corpus(size, folder)
    return folder


def staged_run(folder: Path) -> dict[str, float]:
    """Brief every article in ``folder`` as ``briefbot brief`` does, in a process of one build, timing each
    stage (CPU seconds)."""
    from bot.collector import one_build_per_process, spaced_collections

    one_build_per_process()
    with spaced_collections():
        return _stages(folder)


def _stages(folder: Path) -> dict[str, float]:
    from bot.model import Briefing
    from bot.render import render
    from bot.settings import Settings
    from bot.sources import collect
    from bot.stories import group_stories
    from bot.summary import summarize
    from bot.text.sentences import split_sentences

    figures: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()

    def lap(stage: str) -> None:
        nonlocal cpu
        now = time.process_time()
        figures[stage], cpu = now - cpu, now

    collection = result_of(collect([str(folder)], Settings.from_env({})))
    lap("read+clean")
    groups = group_stories(collection.articles)
    lap("cluster")
    stories = [summarize(g.articles) for g in groups]
    lap("summarize")
    render(Briefing(brief="bench", sources=collection.sources, stories=stories), "text")
    lap("render")
    figures["wall"] = time.perf_counter() - wall
    figures["cpu"] = sum(figures[s] for s in ("read+clean", "cluster", "summarize", "render"))
    sentences = [s for a in collection.articles for p in a.paragraphs for s in split_sentences(p)]
    figures |= {"articles": len(collection.articles), "stories": len(stories), "sentences": len(sentences),
                "distinct": len(set(sentences)) / max(1, len(sentences)), "rss": _peak_mb()}
    return figures


def lexrank_run() -> dict[str, float]:
    """LexRank over each true event group of the real feed (regex sentences and words: no NLTK data)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    class Tokenizer:
        language = "english"

        def to_sentences(self, text: str) -> list[str]:
            return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]

        def to_words(self, text: str) -> list[str]:
            return re.findall(r"\w+", text)

    wall, cpu = time.perf_counter(), time.process_time()
    events: dict[str, list[str]] = defaultdict(list)
    for path in sorted(CLUSTERS.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        events[str(doc.get("newsCluster"))].append(doc.get("text") or "")
    tokenizer = Tokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for texts in events.values():
        paragraphs = [Paragraph([Sentence(s, tokenizer) for s in tokenizer.to_sentences(line)])
                      for text in texts for line in text.splitlines() if line.strip()]
        summarizer(ObjectDocumentModel(paragraphs), LEXRANK_SENTENCES)
    return {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall, "events": len(events),
            "rss": _peak_mb()}


def seeds_warm(runs: int = 20) -> str:
    from bot.pipeline import build_briefing
    from bot.settings import Settings

    specs, settings = [str(ROOT / "seeds")], Settings.from_env({})
    result_of(build_briefing(specs, settings))
    cpu = []
    for _ in range(runs):
        start = time.process_time()
        result_of(build_briefing(specs, settings))
        cpu.append(time.process_time() - start)
    return f"seeds warm (read, clean, brief), median of {runs}: {statistics.median(cpu) * 1000:.1f} ms CPU"


def first_build() -> dict[str, float]:
    """CPU of the first seeds briefing in a fresh interpreter once its modules are imported: no text of
    the seeds is in any per-text cache yet, unlike the warm runs, which brief the same articles again."""
    from bot.collector import one_build_per_process
    from bot.pipeline import build_briefing
    from bot.settings import Settings

    one_build_per_process()
    start = time.process_time()
    result_of(build_briefing([str(ROOT / "seeds")], Settings.from_env({})))
    return {"cpu": time.process_time() - start}


def seeds_first(runs: int = 5) -> str:
    cpu = [_child("first")["cpu"] for _ in range(runs)]
    return f"seeds first build in a fresh interpreter (imports excluded), median of {runs}: " \
        f"{statistics.median(cpu) * 1000:.1f} ms CPU"


def cold_start(fmt: str, runs: int = 5) -> str:
    """CPU of ``briefbot brief seeds --format fmt`` in a fresh interpreter (median of ``runs``).

    A first run, not counted, writes the bytecode and the kept derivations (``BRIEFBOT_CACHE``), as the
    first run of an installed briefbot does (``pip install`` compiles the bytecode): a fresh process, not
    a fresh install, is measured, with bytecode writing allowed even where ``PYTHONDONTWRITEBYTECODE`` is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "bot", "brief", str(ROOT / "seeds"), "--format", fmt]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
    cpu = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return f"briefbot brief seeds --format {fmt}, cold, median of {runs}: {statistics.median(cpu):.3f} s CPU"


def _child(*args: str) -> dict[str, float]:
    run = subprocess.run([sys.executable, "-m", "tests.bench.bench_feed", "--child", *args], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    figures: dict[str, float] = json.loads(run.stdout.splitlines()[-1])
    return figures


def _describe(label: str, f: dict[str, float]) -> str:
    stages = ", ".join(f"{s} {f[s]:.2f}" for s in ("read+clean", "cluster", "summarize", "render"))
    return (f"{label}: {f['cpu']:6.2f} s CPU ({stages}), {f['wall']:6.2f} s wall, peak RSS {f['rss']:.0f} MB; "
            f"{f['articles']:.0f} articles, {f['stories']:.0f} stories, {f['sentences']:.0f} sentences "
            f"({f['distinct']:.0%} distinct)")


def main(argv: list[str]) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    cli.add_argument("--no-lexrank", action="store_true")
    cli.add_argument("--seeds", action="store_true", help="only the seed measures (warm, cold)")
    cli.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = cli.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "first":
            figures = first_build()
        else:
            figures = lexrank_run() if kind == "lexrank" else staged_run(
                CLUSTERS if kind == "real" else feed_folder(int(rest[0])))
        print(json.dumps(figures))
        return 0
    print(seeds_warm(), flush=True)
    print(seeds_first(), flush=True)
    for fmt in ("json", "text"):
        print(cold_start(fmt), flush=True)
    if args.seeds:
        return 0
    if not CLUSTERS.is_dir():
        print(f"skipped the feed runs: {CLUSTERS} is absent")
        return 0
    for size in args.sizes:
        feed_folder(size)
    cpu: dict[int, float] = {}
    for size in args.sizes:
        figures = _child("feed", str(size))
        cpu[size] = figures["cpu"]
        print(_describe(f"{size:5d} distinct articles", figures), f"(load {os.getloadavg()[0]:.1f})", flush=True)
    sizes = sorted(cpu)
    for small, large in itertools.pairwise(sizes):
        print(f"growth {small} -> {large}: x{cpu[large] / cpu[small]:.2f}, "
              f"exponent {math.log(cpu[large] / cpu[small]) / math.log(large / small):.2f}")
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        print(f"growth {first} -> {last}: x{cpu[last] / cpu[first]:.2f} "
              f"(exponent {math.log(cpu[last] / cpu[first]) / math.log(last / first):.2f})")
    real = _child("real")
    print(_describe("  383 real articles", real), flush=True)
    if not args.no_lexrank and importlib.util.find_spec("sumy") is None:
        print("LexRank skipped: sumy is not installed; run pip install -e '.[bench]' for the speed ratio")
    elif not args.no_lexrank:
        lex = _child("lexrank")
        print(f"LexRank (sumy) on the 383, {lex['events']:.0f} true events x {LEXRANK_SENTENCES} sentences: "
              f"{lex['cpu']:.2f} s CPU, {lex['wall']:.2f} s wall, peak RSS {lex['rss']:.0f} MB; "
              f"briefbot is {lex['cpu'] / real['cpu']:.1f}x faster (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
