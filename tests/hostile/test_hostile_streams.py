"""Standard streams that cannot take output: a full disk, a closed stdout, a closed or full stderr.

Each case runs the command as a subprocess through bash (``> /dev/full``,
``>&-``, ``2>&-``) with a private cache warmed once, so that no run loads the
Korean analyser again.  Every failure must be said once on stderr, exit 1,
and never show a traceback; diagnostics must never reach stdout.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FULL = Path("/dev/full")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("streams-cache")
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(home)}
    warm = subprocess.run([sys.executable, "-m", "tui.cli", "brief", str(SEEDS[0]), str(SEEDS[1])],
                          capture_output=True, env=environment, cwd=ROOT, timeout=300)
    assert warm.returncode == 0, warm.stderr
    return environment


def _sh(env: dict[str, str], args: list[str], redirect: str) -> subprocess.CompletedProcess[str]:
    cmd = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "tui.cli", *args])
    return subprocess.run(["bash", "-c", f"{cmd} {redirect}"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)


COMMANDS = [
    ["brief", str(SEEDS[0])],
    ["brief", str(SEEDS[0]), "--format", "json"],
    ["brief", str(SEEDS[0]), "--format", "md", "-o", "-"],
    ["compare", str(SEEDS[0]), str(SEEDS[1])],
    ["compare", str(SEEDS[0]), str(SEEDS[1]), "--format", "json"],
    ["cache", "info"],
    ["--version"],
    ["--help"],
]


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full")
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(Path(x).name for x in a))
def test_full_disk_on_stdout_is_said_once_and_exits_1(env: dict[str, str], args: list[str]) -> None:
    done = _sh(env, args, "> /dev/full")
    assert done.returncode == 1, done.stderr
    assert done.stderr == "deepseek-brief: cannot write to standard output: disk full\n"


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(Path(x).name for x in a))
def test_closed_stdout_is_said_once_and_exits_1(env: dict[str, str], args: list[str]) -> None:
    done = _sh(env, args, ">&-")
    assert done.returncode == 1, done.stderr
    assert done.stderr == "deepseek-brief: cannot write to standard output: it is closed\n"


def test_cache_clear_into_a_full_disk_exits_1(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}
    done = _sh(env, ["cache", "clear"], "> /dev/full")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot write to standard output: disk full" in done.stderr


def test_closed_stderr_keeps_stdout_clean_json(env: dict[str, str], tmp_path: Path) -> None:
    """A diagnostic (a missing file) with stderr closed must not land in the JSON on stdout."""
    done = _sh(env, ["brief", str(SEEDS[0]), str(tmp_path / "missing.txt"), "--format", "json"], "2>&-")
    assert done.returncode == 1
    doc = json.loads(done.stdout)
    assert len(doc["articles"]) == 1 and doc["errors"][0]["error"] == "no such file or directory"
    assert "deepseek-brief:" not in done.stdout


def test_closed_stderr_with_a_cache_warning_keeps_stdout_clean(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(blocker / "sub")}
    done = _sh(env, ["brief", str(SEEDS[4]), "--format", "json"], "2>&-")
    assert done.returncode == 0
    assert len(json.loads(done.stdout)["articles"]) == 1  # the "cache disabled" warning went nowhere


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full")
def test_full_stderr_does_not_break_the_output(env: dict[str, str], tmp_path: Path) -> None:
    done = _sh(env, ["brief", str(SEEDS[0]), str(tmp_path / "missing.txt"), "--format", "json"], "2> /dev/full")
    assert done.returncode == 1
    assert len(json.loads(done.stdout)["articles"]) == 1


def test_output_file_with_closed_stdout_still_works(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    done = _sh(env, ["brief", str(SEEDS[1]), "--format", "md", "-o", str(out)], ">&-")
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("# ")
