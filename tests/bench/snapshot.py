"""Save the briefings of seeds/, the dev stories and the real stories, or compare them with a saved set.

    python -m tests.bench.snapshot save DIR     # before a change
    python -m tests.bench.snapshot diff DIR     # after it: lists every briefing that changed, exit 1 if any

A refactor that must not change behaviour is checked this way: the text, markdown and JSON briefings of
every story (and of the 383-article mixed feed with --feed) are compared byte for byte.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the checkout, or beside the folder of worktrees that holds it
EVAL = next((p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
            ROOT.parent / "shared" / "eval")
_GENERATED = re.compile(r'^\s*"generated_at": "[^"]*",?$', re.M)
FORMATS = ("json", "text", "markdown")


def stories(feed: bool) -> dict[str, Path]:
    """Name → folder of every story briefed."""
    found = {"seeds": ROOT / "seeds"}
    for kind in ("dev", "real"):
        for gold in sorted((EVAL / kind).glob("*/GOLD.json")):
            found[f"{kind}-{gold.parent.name}"] = gold.parent / "articles"
    if feed:
        found["feed-383"] = EVAL / "giveme5w1h" / "clusters"
    return found


def briefing(folder: Path, fmt: str) -> str:
    run = subprocess.run([sys.executable, "-m", "bot", "brief", str(folder), "--format", fmt],
                         capture_output=True, text=True, cwd=ROOT)
    out = _GENERATED.sub('  "generated_at": "(time of the run)",', run.stdout)  # the one line that always differs
    return out + (f"\n[exit {run.returncode}]\n{run.stderr}" if run.returncode else "")


def outputs(feed: bool) -> dict[str, str]:
    jobs = [(f"{name}.{fmt}", folder, fmt) for name, folder in stories(feed).items() for fmt in FORMATS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        texts = pool.map(lambda job: briefing(job[1], job[2]), jobs)
        return {name: text for (name, _, _), text in zip(jobs, texts, strict=True)}


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("action", choices=("save", "diff"))
    cli.add_argument("dir", type=Path)
    cli.add_argument("--feed", action="store_true", help="also the 383-article mixed feed (slow)")
    args = cli.parse_args()
    now = outputs(args.feed)
    if args.action == "save":
        args.dir.mkdir(parents=True, exist_ok=True)
        for name, text in now.items():
            (args.dir / name).write_text(text, encoding="utf-8")
        print(f"saved {len(now)} briefings in {args.dir}")
        return 0
    changed = 0
    for name, text in now.items():
        path = args.dir / name
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        if before != text:
            changed += 1
            print(f"--- {name} changed")
            sys.stdout.writelines(list(difflib.unified_diff(before.splitlines(True), text.splitlines(True),
                                                            "before", "after", n=1))[:40])
    print(f"{changed} of {len(now)} briefings changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
