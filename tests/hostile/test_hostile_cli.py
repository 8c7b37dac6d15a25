"""The command line over a folder of hostile files: nothing injected, every bad file named, nothing written.

Runs the installed ``deepseek-brief`` (else ``python -m tui.cli`` from the
checkout) as a subprocess, six times (``brief`` and ``compare``, each as json,
md and text) over one corpus, with a private cache and no DISPLAY.  An inotify
watch on the folder records every open and write during the runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from corpus import (
    BIDI_AND_INVISIBLE,
    C1_CSI_CLEAR,
    MARKUP_CLICK,
    MARKUP_CLOSE_KO,
    MARKUP_LINK,
    OSC2,
    bad_chars,
    build_hostile_corpus,
    snapshot,
)
from fswatch import FolderWatch, available

ROOT = Path(__file__).resolve().parents[2]
COMMAND = shutil.which("deepseek-brief")
RUN_TIMEOUT = 240  # the first run analyses a 600 KB line on a busy 2-core machine
RUNS = [(cmd, fmt) for cmd in ("brief", "compare") for fmt in ("json", "md", "text")]


def cli_command() -> tuple[list[str], Path]:
    """The installed console script, or the module from the checkout; and the cwd to run it in."""
    if COMMAND:
        return [COMMAND], ROOT
    return [sys.executable, "-m", "tui.cli"], ROOT


def cli_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX")}
    env["XDG_CACHE_HOME"] = str(tmp / "cache")
    env["PYTHONIOENCODING"] = "utf-8"
    env["NO_COLOR"] = "1"
    if not COMMAND:
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_cli(args: list[str], env: dict[str, str], timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    cmd, cwd = cli_command()
    return subprocess.run([*cmd, *args], cwd=cwd, env=env, capture_output=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, check=False)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The corpus, the six runs over it, and what was seen on the folder meanwhile."""
    tmp = tmp_path_factory.mktemp("hostile-cli")
    corpus = build_hostile_corpus(tmp / "articles")
    folder: Path = corpus["dir"]
    before = snapshot(folder)
    try:
        watch = FolderWatch(folder) if available() else None
    except OSError:  # no inotify here (limits, sandbox): the FIFO and write tests skip
        watch = None
    env = cli_env(tmp)
    runs: dict[tuple[str, str], subprocess.CompletedProcess[bytes]] = {}
    for cmd, fmt in RUNS:
        runs[cmd, fmt] = run_cli([cmd, "--format", fmt, "--max-bytes", str(corpus["max_bytes"]), str(folder)], env)
    events = watch.events() if watch else None
    if watch:
        watch.close()
    return {**corpus, "runs": runs, "before": before, "after": snapshot(folder), "events": events, "env": env}


def _out(run: subprocess.CompletedProcess[bytes]) -> str:
    return run.stdout.decode("utf-8")  # strict: invalid UTF-8 fails the test


def _err(run: subprocess.CompletedProcess[bytes]) -> str:
    return run.stderr.decode("utf-8")


@pytest.mark.parametrize(("cmd", "fmt"), RUNS)
def test_exit_code_says_some_files_were_skipped(hostile: dict[str, Any], cmd: str, fmt: str) -> None:
    run = hostile["runs"][cmd, fmt]
    assert run.returncode == 1, _err(run)[-2000:]
    assert run.stdout.strip(), "something was briefed, so stdout must hold a document"


@pytest.mark.parametrize(("cmd", "fmt"), RUNS)
def test_every_skipped_file_is_named_on_stderr_with_its_reason(hostile: dict[str, Any], cmd: str, fmt: str) -> None:
    lines = _err(hostile["runs"][cmd, fmt]).splitlines()
    for path, reason in hostile["skipped"].items():
        shown = os.fsdecode(path.name)
        if shown.startswith("\x1b"):  # the hostile name: shown without its escape sequences
            shown = "빈"
        hits = [line for line in lines if "skipped" in line and shown in line]
        assert hits, f"{shown!r} not named on stderr"
        assert any(reason in line.lower() for line in hits), f"{shown!r}: no reason with {reason!r} in {hits}"


@pytest.mark.parametrize("cmd", ["brief", "compare"])
def test_json_errors_list_every_skipped_file(hostile: dict[str, Any], cmd: str) -> None:
    doc = json.loads(_out(hostile["runs"][cmd, "json"]))
    errors = {Path(e["path"]).name: e["error"].lower() for e in doc["errors"]}
    assert len(doc["errors"]) == len(hostile["skipped"])
    for path, reason in hostile["skipped"].items():
        name = os.fsdecode(path.name)
        if name.startswith("\x1b"):
            name = "빈[bold red].txt"  # the escape sequences removed, the markup kept
        assert name in errors, f"{name!r} missing from {sorted(errors)}"
        assert reason in errors[name]


@pytest.mark.parametrize(("cmd", "fmt"), RUNS)
def test_stdout_and_stderr_hold_no_control_bidi_or_invisible_characters(
    hostile: dict[str, Any], cmd: str, fmt: str
) -> None:
    run = hostile["runs"][cmd, fmt]
    for name, text in (("stdout", _out(run)), ("stderr", _err(run))):
        assert b"\x1b" not in (run.stdout if name == "stdout" else run.stderr)
        assert bad_chars(text) == [], f"{name} of {cmd} --format {fmt}"


@pytest.mark.parametrize(("cmd", "fmt"), RUNS)
def test_injected_payloads_never_reach_the_output(hostile: dict[str, Any], cmd: str, fmt: str) -> None:
    run = hostile["runs"][cmd, fmt]
    for text in (_out(run), _err(run)):
        for word in hostile["forbidden"]:
            assert word not in text


@pytest.mark.parametrize(("cmd", "fmt"), RUNS)
def test_markup_lookalike_titles_and_file_names_appear_literally(
    hostile: dict[str, Any], cmd: str, fmt: str
) -> None:
    out = _out(hostile["runs"][cmd, fmt])
    if fmt == "json":
        out = json.dumps(json.loads(out), ensure_ascii=False)  # same text; titles are plain JSON strings
    for title in hostile["literal_titles"]:
        assert title in out, f"title {title!r} not shown literally by {cmd} --format {fmt}"
    assert "[@click=app.quit]클릭" in out  # the article id from a file name
    assert "[bold red]빨강 이름" in out


def test_json_keeps_markup_in_titles_ids_and_text_verbatim(hostile: dict[str, Any]) -> None:
    doc = json.loads(_out(hostile["runs"]["brief", "json"]))
    by_id = {a["id"]: a for a in doc["articles"]}
    assert by_id["markup_click"]["title"] == MARKUP_CLICK
    assert by_id["markup_bold"]["title"].startswith("[bold red]빨강[/]")
    assert MARKUP_LINK in by_id["markup_bold"]["text"]
    assert MARKUP_CLOSE_KO in by_id["markup_click"]["text"]
    assert "[@click=app.quit]클릭" in by_id
    assert by_id["[@click=app.quit]클릭"]["path"].endswith("/[@click=app.quit]클릭.txt")


def test_escape_sequences_removed_whole_and_text_after_them_kept(hostile: dict[str, Any]) -> None:
    doc = json.loads(_out(hostile["runs"]["brief", "json"]))
    by_id = {a["id"]: a for a in doc["articles"]}
    assert by_id["csi_clear"]["title"] == "딥시크 충격 엔비디아 주가 급락"
    assert "빨간 글씨 로 시작하는 기사." in by_id["csi_clear"]["text"]
    osc52 = by_id["osc52_clipboard"]["text"]
    assert "문장 뒤에도 글이 남아야 한다." in osc52  # text after an ST-terminated OSC 52 survives
    assert "다음 줄은 살아 있어야 한다." in osc52  # an unterminated OSC ends at its line
    assert by_id["osc2_title"]["title"] == "창 제목 기사 딥시크 R1 공개"
    assert by_id["c1_csi"]["title"] == "C1 제어 기사 엔비디아 반응"
    assert "2J" not in by_id["c1_csi"]["title"]
    assert by_id["bidi_zero_width"]["title"] == "양방향 기사 1202 고수익 딥시크격리"
    # the file named ESC[2J 화면 OSC52 .txt
    assert "화면" in by_id


def test_odd_encodings_and_line_ends_are_read(hostile: dict[str, Any]) -> None:
    doc = json.loads(_out(hostile["runs"]["brief", "json"]))
    by_path = {Path(a["path"]).name: a for a in doc["articles"]}
    for path, phrase in hostile["decoded"].items():
        art = by_path[path.name]
        assert phrase in art["text"], path.name
        assert "\r" not in art["text"]
        assert any(f["surface"].startswith("560만") for f in art["figures"]), path.name
    assert by_path["cp949.txt"]["encoding"] == "cp949"
    assert by_path["euc_kr.txt"]["encoding"] == "cp949"
    assert by_path["utf16.txt"]["encoding"].startswith("utf-16")
    assert by_path["c0_nul_del.txt"]["warnings"], "NUL bytes removed must be said"


def test_big_file_is_truncated_with_a_warning_and_long_line_is_read(hostile: dict[str, Any]) -> None:
    doc = json.loads(_out(hostile["runs"]["brief", "json"]))
    by_path = {Path(a["path"]).name: a for a in doc["articles"]}
    big = by_path["big.txt"]
    assert any("truncated" in w for w in big["warnings"])
    assert "잘린 뒤에 오는 문장" not in big["text"]
    assert "truncated" in _err(hostile["runs"]["brief", "json"])
    long_line = by_path["long_line.txt"]
    assert len(long_line["text"].encode("utf-8")) > 590_000
    assert len(long_line["figures"]) > 1000


def test_fifo_is_never_opened(hostile: dict[str, Any]) -> None:
    if hostile["events"] is None:
        pytest.skip("needs Linux inotify (ctypes, libc)")
    opened = [name for kind, name in hostile["events"] if kind == "open"]
    assert b"pipe.txt" not in opened
    assert opened, "the watch saw no open at all: it is not working"


def test_source_files_are_never_written(hostile: dict[str, Any]) -> None:
    assert hostile["after"] == hostile["before"]
    if hostile["events"] is not None:
        writes = [(kind, name) for kind, name in hostile["events"] if not kind.startswith("open")]
        assert writes == []


def test_fifo_given_directly_is_skipped_without_hanging(hostile: dict[str, Any]) -> None:
    run = run_cli(["brief", "--format", "json", "--no-cache", str(hostile["fifo"])], hostile["env"], timeout=60)
    assert run.returncode == 1
    doc = json.loads(_out(run))
    assert doc["articles"] == [] and "fifo" in doc["errors"][0]["error"].lower()


def test_missing_path_with_controls_in_its_name_is_not_echoed_raw(hostile: dict[str, Any], tmp_path: Path) -> None:
    missing = tmp_path / f"{C1_CSI_CLEAR}\u202egone{OSC2}.txt"
    run = run_cli(["brief", "--format", "json", "--no-cache", str(missing)], hostile["env"], timeout=60)
    assert run.returncode == 1
    out = _out(run)
    assert bad_chars(out) == [], out
    assert not any(ch in out for ch in BIDI_AND_INVISIBLE)


@pytest.mark.parametrize("mode", [["brief"], ["compare"], []])
def test_option_like_file_name_from_a_glob_is_not_echoed_raw(
    hostile: dict[str, Any], tmp_path: Path, mode: list[str]
) -> None:
    name = f"--{OSC2}{C1_CSI_CLEAR}.txt"
    (tmp_path / name).write_text("제목\n\n" + "본문 560만 달러.\n", encoding="utf-8")
    run = run_cli([*mode, name], hostile["env"], timeout=60)  # what `deepseek-brief brief *` passes
    assert run.returncode == 2
    err = run.stderr.decode("utf-8", "replace")
    assert b"\x1b" not in run.stderr and bad_chars(err) == [], err


FORGE = """
import dataclasses, sys
from pathlib import Path
from briefings import Cache, brief, load_paths
folder, cache_dir, bad = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
articles, _ = load_paths([folder])
real = brief(articles[0])
forged = dataclasses.replace(
    real,
    headline_en="POISON " + bad,
    summary_en=tuple(dataclasses.replace(line, text=line.text + bad) for line in real.summary_en),
    figures=tuple(dataclasses.replace(f, en=f.en + bad) for f in real.figures),
)
cache = Cache(cache_dir)
assert cache.put(forged) and cache.get(articles[0]).headline_en == forged.headline_en
print("forged")
"""


@pytest.fixture(scope="module")
def poisoned_cache(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A cache entry forged for a real article, its English strings carrying OSC 52, C1 CSI and U+202E.

    The entry has the right key and format (written through ``Cache.put`` by the same code the command
    runs, so the core fingerprint matches), the way a foreign or tampered cache file would; the
    figures' spans still match the text, so it passes every check on reading.
    """
    from corpus import OSC52_BEL, body

    tmp = tmp_path_factory.mktemp("poisoned-cache")
    folder = tmp / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("기사 제목\n\n" + body("독"), encoding="utf-8")
    env = cli_env(tmp)
    bad = f"{OSC52_BEL}{C1_CSI_CLEAR}\u202e"
    forge_env = dict(env)
    if not COMMAND:
        forge_env["PYTHONPATH"] = str(ROOT)
    cache_dir = Path(env["XDG_CACHE_HOME"]) / "deepseek-brief"
    done = subprocess.run([sys.executable, "-c", FORGE, str(folder), str(cache_dir), bad],
                          cwd=tmp, env=forge_env, capture_output=True, timeout=120, check=False)
    assert done.stdout.strip() == b"forged", done.stderr.decode(errors="replace")[-2000:]
    return {"folder": folder, "env": env}


@pytest.mark.parametrize("fmt", [
    "json",
    "md",
    "text",
])
def test_forged_cache_entry_cannot_inject_through_the_cli(poisoned_cache: dict[str, Any], fmt: str) -> None:
    run = run_cli(["brief", "--format", fmt, str(poisoned_cache["folder"])], poisoned_cache["env"], timeout=120)
    out = _out(run)
    assert "POISON" in out, "the forged entry was not used: the test proves nothing"
    assert b"\x1b" not in run.stdout
    assert bad_chars(out) == []
