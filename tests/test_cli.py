"""The deepseek-brief command: modes, formats, errors, exit codes, help, cache and pipes."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from briefings.output.export import json_schema
from tui import cli
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real ~/.cache: every test gets its own XDG_CACHE_HOME."""
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "deepseek-brief"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- help, version, usage


def test_help_teaches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for needle in ("deepseek-brief brief", "deepseek-brief compare", "cache info|clear", "examples:",
                   "exit status:", "0  every input was briefed", "1  some inputs were skipped", "2  usage error",
                   "XDG_CACHE_HOME", "./brief"):
        assert needle in out


@pytest.mark.parametrize("command", ["brief", "compare", "cache"])
def test_command_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage: deepseek-brief {command}")
    assert "--no-cache" in out or command == "cache"


def test_brief_help_lists_formats_and_languages(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "brief", "--help")
    assert "{text,md,json}" in out and "{ko,en,both}" in out and "--max-bytes" in out and "exit status:" in out


@pytest.mark.deps
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from briefings import __version__

    code, out, _ = run(capsys, "--version")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"deepseek-brief {__version__}"
    named = {line.split()[0] for line in lines[1:]}
    for dist in ("textual", "rich", "kiwipiepy", "kiwipiepy_model", "trafilatura", "charset-normalizer", "pyperclip"):
        assert dist in named, dist
    assert "NOT INSTALLED" not in out and "PROBLEM" not in out


def test_version_names_a_broken_extractor(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.ingest import extractor

    monkeypatch.setattr(extractor, "_tried", True)
    monkeypatch.setattr(extractor, "_loaded", None)
    monkeypatch.setattr(extractor, "_problem", "ImportError: No module named 'lxml_html_clean'")
    code, out, _ = run(capsys, "--version")
    assert code == 1
    assert "PROBLEM: the HTML extractor cannot be loaded: ImportError: No module named 'lxml_html_clean'" in out


def test_a_broken_extractor_is_said_once_for_many_pages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from briefings.ingest import extractor

    monkeypatch.setattr(extractor, "_tried", True)
    monkeypatch.setattr(extractor, "_loaded", None)
    monkeypatch.setattr(extractor, "_problem", "ImportError: No module named 'lxml_html_clean'")
    body = "".join(f"<p>{i}번째 문단이다. 반도체 주가가 3% 내렸다고 시장 관계자들은 전했다.</p>" for i in range(5))
    for name in ("a.html", "b.html", "c.htm"):
        (tmp_path / name).write_text(f"<html><body><nav>홈 | 경제</nav>{body}</body></html>", encoding="utf-8")
    code, out, err = run(capsys, "brief", str(tmp_path), "--format", "json", "--no-cache")
    assert code == 0
    assert err.count("the HTML extractor cannot be loaded") == 1 and "installation fault" in err
    doc = json.loads(out)
    assert all(any(w.startswith("read as plain text: the HTML extractor is not installed") for w in a["warnings"])
               for a in doc["articles"])


@pytest.mark.parametrize(
    "argv",
    [
        ["brief", "--format", "xml"],
        ["brief", "--lang", "fr"],
        ["brief", "--max-bytes", "-5"],
        ["brief", "--max-bytes", "lots"],
        ["compare", "--bogus"],
        ["cache"],
        ["cache", "explode"],
        ["brief", "--encoding", "klingon-8"],
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: deepseek-brief" in err and "error:" in err


# --------------------------------------------------------------------------- brief


def test_brief_json_of_the_seeds_matches_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "brief", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, json_schema("brief"))
    assert len(doc["articles"]) == 5 and doc["errors"] == []
    assert "skipped" not in err


def test_bad_inputs_are_named_skipped_and_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    binary = tmp_path / "notes.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "brief", "--format", "json", str(SEEDS[0]), str(binary), str(missing), str(empty))
    assert code == 1
    doc = json.loads(out)
    jsonschema.validate(doc, json_schema("brief"))
    assert [a["path"] for a in doc["articles"]] == [str(SEEDS[0])]
    bad = {e["path"]: e["error"] for e in doc["errors"]}
    assert set(bad) == {str(binary), str(missing), str(empty)}
    assert bad[str(missing)] == "no such file or directory"
    lines = err.splitlines()
    for path in (binary, missing, empty):
        assert sum(line.startswith(f"deepseek-brief: skipped {path}: ") for line in lines) == 1
    assert "Traceback" not in err


def test_only_a_missing_file_exits_1_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "brief", "no/such/file.txt")
    assert code == 1
    assert "deepseek-brief: skipped no/such/file.txt: no such file or directory" in err
    assert "Traceback" not in err


def test_control_characters_in_a_file_name_are_not_sent_to_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "brief", str(tmp_path / "evil\x1b]52;c;aGk=\x07.txt"))
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]52;c;aGk=\\x07.txt" in err


def test_brief_text_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, text, _ = run(capsys, "brief", str(SEEDS[3]))
    assert code == 0
    assert "Key figures" in text and "요약 (Korean summary)" in text and "English briefing" in text
    code, md, _ = run(capsys, "brief", "--format", "md", "--lang", "en", str(SEEDS[3]))
    assert code == 0
    assert md.startswith("# ") and "## English briefing" in md and "## Key figures" in md
    assert "## 요약" not in md
    code, ko, _ = run(capsys, "brief", str(SEEDS[3]), "--lang", "ko")  # options after paths work too
    assert code == 0 and "요약 (Korean summary)" in ko and "English briefing" not in ko


def test_encoding_override_reads_a_cp949_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "euckr.txt"
    article.write_bytes(SEEDS[2].read_text(encoding="utf-8").encode("cp949", "replace"))
    code, out, err = run(capsys, "brief", "-f", "json", "--encoding", "cp949", str(article))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["articles"][0]["encoding"].replace("-", "").lower() == "cp949"
    assert "엔비디아" in doc["articles"][0]["text"]


def test_output_file_is_written_atomically(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "brief", "-f", "json", "-o", str(target), str(SEEDS[1]))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["articles"][0]["path"] == str(SEEDS[1])
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unwritable_output_gives_a_clear_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = run(capsys, "brief", "-o", str(blocker / "out.md"), str(SEEDS[1]))
    assert code == 1
    assert f"deepseek-brief: cannot write to {blocker / 'out.md'}: a parent is not a directory" in err
    assert "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "x"


def test_no_articles_found_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty-folder").mkdir()
    code, out, err = run(capsys, "brief", "-f", "json", str(tmp_path / "empty-folder"))
    assert code == 1
    assert json.loads(out)["articles"] == []
    assert "deepseek-brief: " in err


# --------------------------------------------------------------------------- compare


def test_compare_json_matches_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compare", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, json_schema("compare"))
    assert len(doc["articles"]) == 5


def test_compare_text_md_and_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, text, _ = run(capsys, "compare", *map(str, SEEDS))
    assert code == 0 and text.startswith("Cross-source comparison")
    code, md, err = run(capsys, "compare", "-f", "md", str(SEEDS[0]), str(tmp_path / "gone.txt"))
    assert code == 1
    assert md.startswith("# Cross-source comparison")
    assert "skipped" in err and "gone.txt" in err


# --------------------------------------------------------------------------- cache


def test_cache_is_filled_reported_and_cleared(capsys: pytest.CaptureFixture[str], private_cache: Path) -> None:
    code, first, _ = run(capsys, "brief", "-f", "json", str(SEEDS[0]), str(SEEDS[2]))
    assert code == 0
    code, info, _ = run(capsys, "cache", "info")
    assert code == 0
    assert f"cache directory: {private_cache}" in info and "entries: 2 (" in info
    code, second, _ = run(capsys, "brief", "-f", "json", str(SEEDS[0]), str(SEEDS[2]))
    assert second == first
    code, cleared, _ = run(capsys, "cache", "clear")
    assert code == 0 and cleared == f"removed 2 cache entries from {private_cache}\n"
    _, info, _ = run(capsys, "cache", "info")
    assert "entries: 0 (" in info


def test_cache_clear_on_a_read_only_cache_fails_loudly(capsys: pytest.CaptureFixture[str], private_cache: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "brief", str(SEEDS[1]))[0] == 0

    def read_only(*_a: object, **_k: object) -> None:
        raise OSError(30, "Read-only file system")

    real_unlink = os.unlink
    monkeypatch.setattr(os, "unlink", read_only)
    code, out, err = run(capsys, "cache", "clear")
    monkeypatch.setattr(os, "unlink", real_unlink)
    assert code == 1
    assert out == ""
    assert err == (f"deepseek-brief: cache clear failed: 1 file could not be removed from {private_cache} "
                   "(read-only file system); removed 0\n")
    assert "entries: 1 (" in run(capsys, "cache", "info")[1]


def test_cache_info_and_clear_skip_a_planted_link(capsys: pytest.CaptureFixture[str], private_cache: Path,
                                                  tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / ("c" * 64 + ".dsbc")).write_bytes(b"precious")
    private_cache.mkdir(parents=True)
    (private_cache / "fedcba9876543210").symlink_to(victim)
    code, out, _ = run(capsys, "cache", "clear")
    assert code == 0 and out.startswith("removed 0 cache entries")
    assert (victim / ("c" * 64 + ".dsbc")).read_bytes() == b"precious"


def test_double_dash_ends_options(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.chdir(tmp_path)
    shutil.copy(SEEDS[0], tmp_path / "--help.txt")
    shutil.copy(SEEDS[1], tmp_path / "-o")
    code, out, err = run(capsys, "brief", "--format", "json", "--", "--help.txt")
    assert code == 0, err
    assert [a["path"] for a in json.loads(out)["articles"]] == ["--help.txt"]
    code, out, err = run(capsys, "compare", "--format", "json", "--", "--help.txt", "-o")
    assert code == 0, err  # "-o" after "--" is a file, not the output option
    assert [a["path"] for a in json.loads(out)["articles"]] == ["--help.txt", "-o"]


def test_reader_double_dash(fake_app: list[dict[str, Any]]) -> None:
    assert main(["--no-cache", "--", "brief", "--version"]) == 0
    assert fake_app[0]["paths"] == ["brief", "--version"] and fake_app[0]["use_cache"] is False


def test_no_cache_writes_nothing(capsys: pytest.CaptureFixture[str], private_cache: Path) -> None:
    code, _, _ = run(capsys, "brief", "--no-cache", str(SEEDS[4]))
    assert code == 0
    assert not private_cache.exists()


def test_unwritable_cache_is_said_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "sub"))
    code, out, err = run(capsys, "brief", "-f", "json")
    assert code == 0
    assert len(json.loads(out)["articles"]) == 5
    assert [line for line in err.splitlines() if "cache" in line] == [
        f"deepseek-brief: cache disabled, running without it (cannot write to {blocker / 'sub' / 'deepseek-brief'}: "
        "a parent is not a directory)"
    ]


# --------------------------------------------------------------------------- the reader mode


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    module = types.ModuleType("tui.app")

    def run_app(
        paths: list[str], *, use_cache: bool = True, max_bytes: int = 5_000_000, gc_paused: bool = False,
        export_dir: str | None = None,
    ) -> int:
        calls.append({"paths": paths, "use_cache": use_cache, "max_bytes": max_bytes, "gc_paused": gc_paused})
        if export_dir is not None:
            calls[-1]["export_dir"] = export_dir
        return 0

    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.app", module)
    monkeypatch.setattr(cli, "_isatty", lambda _stream: True)
    return calls


def test_reader_gets_paths_and_options(fake_app: list[dict[str, Any]]) -> None:
    assert main(["a.txt", "--no-cache", "folder", "--max-bytes", "1000"]) == 0
    assert fake_app == [{"paths": ["a.txt", "folder"], "use_cache": False, "max_bytes": 1000, "gc_paused": True}]
    assert gc.isenabled()  # paused only until the reader's first frame, and never left off


def test_reader_output_dir_is_where_exports_go(fake_app: list[dict[str, Any]]) -> None:
    assert main(["--output-dir", "/tmp/exports", "a.txt"]) == 0
    assert fake_app[0]["export_dir"] == "/tmp/exports"
    assert main(["--output-dir", "rel/dir"]) == 0
    assert fake_app[1]["export_dir"] == os.path.abspath("rel/dir")  # the notification names a full path


def test_a_file_named_like_a_command_opens_in_the_reader(fake_app: list[dict[str, Any]]) -> None:
    assert main(["--", "brief"]) == 0
    assert main(["./compare"]) == 0
    assert [c["paths"] for c in fake_app] == [["brief"], ["./compare"]]


def test_reader_without_a_terminal_points_to_brief(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "seeds")
    assert code == 2
    assert "deepseek-brief brief" in err


# --------------------------------------------------------------------------- real processes


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_subprocess_brief_json_exit_codes(tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "tui.cli", "brief", "--format", "json", str(SEEDS[2])],
                        capture_output=True, text=True, env=_env(), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    jsonschema.validate(json.loads(ok.stdout), json_schema("brief"))
    bad = subprocess.run([sys.executable, "-m", "tui.cli", "brief", "missing.txt"],
                         capture_output=True, text=True, env=_env(), cwd=tmp_path)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "deepseek-brief: skipped missing.txt: no such file or directory"
    usage = subprocess.run([sys.executable, "-m", "tui.cli", "brief", "--format"],
                           capture_output=True, text=True, env=_env(), cwd=tmp_path)
    assert usage.returncode == 2


def test_closed_pipe_prints_no_traceback(tmp_path: Path) -> None:
    cmd = f"'{sys.executable}' -m tui.cli brief | head -n 1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                          env=_env(), cwd=ROOT)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert done.returncode == 0



def test_progress_goes_to_stderr_never_stdout(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_isatty", lambda stream: stream is sys.stderr)
    updates: list[int] = []
    real_progress = cli._progress

    @contextmanager
    def spy(total: int) -> Iterator[Any]:
        with real_progress(total) as update:
            assert update is not None  # a terminal on stderr and five articles: a progress bar

            def both(done: int, total: int) -> None:
                updates.append(done)
                update(done, total)

            yield both

    monkeypatch.setattr(cli, "_progress", spy)
    code, out, _ = run(capsys, "brief", "-f", "json", "--no-cache")
    assert code == 0
    assert updates == [1, 2, 3, 4, 5]
    assert len(json.loads(out)["articles"]) == 5  # stdout is the document and nothing else


def test_an_article_that_breaks_the_analysis_is_skipped_not_fatal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings import pipeline
    from briefings.analysis.figures import extract_figures as real

    def flaky(text: str, *a: Any, **kw: Any) -> Any:
        if "846조" in text:  # only 003 says this
            raise ValueError("boom")
        return real(text, *a, **kw)

    monkeypatch.setattr(pipeline, "extract_figures", flaky)
    code, out, err = run(capsys, "brief", "-f", "json", "--no-cache")
    assert code == 1
    doc = json.loads(out)
    assert len(doc["articles"]) == 4
    assert [e["path"] for e in doc["errors"]] == [str(SEEDS[3])]
    assert "analysis failed (ValueError: boom)" in doc["errors"][0]["error"]
    assert f"deepseek-brief: skipped {SEEDS[3]}: analysis failed" in err
    assert "Traceback" not in err


def test_skipped_nfc_and_nfd_twins_are_told_apart(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import unicodedata

    for form in ("NFC", "NFD"):
        (tmp_path / unicodedata.normalize(form, "기사.txt")).write_bytes(b"")
    if len(list(tmp_path.iterdir())) < 2:
        pytest.skip("this file system normalizes names")
    _code, _out, err = run(capsys, "brief", str(tmp_path), "--format", "json", "--no-cache")
    skipped = [line for line in err.splitlines() if "skipped" in line]
    assert len(skipped) == 2 and len(set(skipped)) == 2 and any("(NFD name)" in line for line in skipped)


def test_a_missing_korean_analyser_is_an_installation_fault_said_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings.analysis import nlp

    monkeypatch.setattr(nlp, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy", None)  # import kiwipiepy now fails
    code, out, err = run(capsys, "brief", "--no-cache", "--format", "json")
    assert code == 1
    assert err.count("the Korean analyser cannot be loaded") == 1 and "installation fault" in err
    assert "analysis failed" not in err  # not blamed on each article in turn
    doc = json.loads(out)
    assert doc["articles"] == [] and len(doc["errors"]) == 5
    assert all("Korean analyser" in e["error"] for e in doc["errors"])
