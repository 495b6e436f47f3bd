"""The project's promises to a new user: the README's commands, settings, seeds and CI agree."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest

from bot.settings import SETTINGS
from tests.conftest import ROOT, SCHEMA, SEEDS, SHARED


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_documents_every_setting_as_the_table_does() -> None:
    """The README's settings table has one row per row of ``bot.settings.SETTINGS``, in its order, with the
    same default (``—`` when there is no fixed one) and the same documentation."""
    lines = [line for line in readme().splitlines() if re.match(r"\| `[A-Z_]+` \|", line)]
    expected = [f"| `{s.name}` | {f'`{s.default}`' if isinstance(s.default, str) else '—'} | {s.doc} |"
                for s in SETTINGS]
    assert lines == expected


def test_readme_starts_with_install_and_run_then_install_and_test() -> None:
    block = re.search(r"```sh\n(.*?)```", readme(), re.S)
    assert block is not None
    lines = block.group(1).strip().splitlines()
    assert len(lines) == 2
    assert "pip install ." in lines[0] and lines[0].endswith("briefbot brief")
    assert "'.[test]'" in lines[1] and lines[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_and_the_linters() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest" in ci and "venv" in ci and ".[test,dev]" in ci
    assert "\nruff check bot tests\n" in ci and "\nmypy " in ci


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_are_the_shared_sample_byte_for_byte() -> None:
    shared = SHARED / "seeds"
    ours = {p.name: p.read_bytes() for p in SEEDS.iterdir()}
    theirs = {p.name: p.read_bytes() for p in shared.iterdir()}
    assert ours == theirs


@pytest.mark.skipif(not (SHARED / "contract").is_dir(), reason="../shared/contract is not beside this checkout")
def test_the_vendored_contract_is_the_shared_one_byte_for_byte() -> None:
    assert SCHEMA.read_bytes() == (SHARED / "contract" / "briefing.schema.json").read_bytes()


def test_the_license_pyproject_declares_is_there() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def test_dry_run_imports_no_chat_library() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['brief']) == 0\n"
        "for fmt in ('json', 'slack', 'discord'):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(['brief', '--format', fmt]) == 0\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('discord', 'slack_bolt', 'slack_sdk', 'apscheduler')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_script_loads_and_briefs_with_no_garbage_collection_and_in_process_use_leaves_the_collector_be() -> None:
    """A one-off command frees nothing worth a collection; the collector walking the modules as they load and the
    build's objects cost a dry run some 6% of its instructions."""
    code = (
        "import atexit, gc, sys\n"
        "from bot.script import run\n"
        "before = sum(s['collections'] for s in gc.get_stats())\n"
        "atexit.register(lambda: print(sum(s['collections'] for s in gc.get_stats()) - before, file=sys.stderr))\n"
        "sys.argv = ['briefbot', 'brief', '--format', 'json']\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stderr.split()[-1] == "0"
    # Called in-process, main leaves the collector as its caller had it: on, or off by the caller's own choice.
    with_main = (
        "import contextlib, gc, io\n"
        "from bot.cli import main\n"
        "for off in (False, True):\n"
        "    gc.enable()\n"
        "    if off:\n"
        "        gc.disable()\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(['brief', '--format', 'json']) == 0\n"
        "    assert gc.isenabled() is not off\n"
    )
    subprocess.run([sys.executable, "-c", with_main], cwd=ROOT, check=True)


def test_a_json_dry_run_imports_no_template_engine_and_no_shutil() -> None:
    """Nothing a command does not use is imported: jinja2 is for the text formats; shutil (and with it bz2, lzma
    and zlib) only told argparse the terminal's width."""
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['brief', '--format', 'json']) == 0\n"
        "assert 'jinja2' not in sys.modules\n"
        "assert 'shutil' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
