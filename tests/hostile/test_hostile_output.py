"""Where output goes: never over an input, never silently replacing a device, a link or a file's mode.

The command runs in-process (``tui.cli.main``) with a private cache; the
inputs are copies of the bundled seeds.  Every test also checks that the
inputs' bytes are unchanged afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "deepseek-brief"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with a.txt, b.md and folder/{x.txt,y.md}, all real seed articles."""
    work = tmp_path / "work"
    (work / "folder").mkdir(parents=True)
    shutil.copy(SEEDS[0], work / "a.txt")
    shutil.copy(SEEDS[1], work / "b.md")
    shutil.copy(SEEDS[2], work / "folder" / "x.txt")
    shutil.copy(SEEDS[3], work / "folder" / "y.md")
    monkeypatch.chdir(work)
    return work


def _snapshot(root: Path) -> dict[str, tuple[str, int]]:
    return {str(p.relative_to(root)): (_digest(p), p.lstat().st_mode) for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "argv",
    [
        ["brief", "a.txt", "-o", "a.txt"],
        ["brief", "a.txt", "-o", "./a.txt"],
        ["brief", "a.txt", "--format", "json", "-o", "a.txt"],
        ["compare", "a.txt", "b.md", "--format", "md", "-o", "./b.md"],
        ["brief", "folder", "-o", "folder/c.html"],
        ["brief", "folder", "-o", "folder/../folder/x.txt"],
        ["brief", "./folder/", "--format", "md", "-o", "folder/sub/new.md"],
        ["brief", "a.txt", "-o", "A.TXT"],  # the same file on a case-insensitive file system
        ["compare", "folder", "-o", "folder/x.txt", "--allow-output-inside-inputs"],
    ],
)
def test_output_never_goes_over_or_into_an_input(news: Path, capsys: pytest.CaptureFixture[str],
                                                  argv: list[str]) -> None:
    before = _snapshot(news)
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert "refusing to write to" in err and "Traceback" not in err
    assert _snapshot(news) == before


def test_output_through_a_link_to_an_input_is_refused(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (news / "link.md").symlink_to("a.txt")
    os.link(news / "b.md", news / "hard.md")
    before = _snapshot(news)
    assert main(["brief", "a.txt", "-o", "link.md"]) == 2
    assert main(["compare", "b.md", "a.txt", "-o", "hard.md"]) == 2
    assert "it is one of the inputs" in capsys.readouterr().err
    assert _snapshot(news) == before
    assert (news / "link.md").is_symlink()


def test_output_at_a_file_a_folder_links_to_is_refused(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SEEDS[4], news / "outside.txt")
    (news / "folder" / "ln.txt").symlink_to("../outside.txt")
    before = _snapshot(news)
    assert main(["brief", "folder", "-o", "outside.txt", "--no-cache"]) == 2
    assert "it is one of the inputs" in capsys.readouterr().err
    assert _snapshot(news) == before


def test_nfc_and_nfd_spellings_of_an_input_are_the_same_input(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nfc = unicodedata.normalize("NFC", "기사.txt")
    shutil.copy(SEEDS[0], news / nfc)
    before = _snapshot(news)
    assert main(["brief", nfc, "-o", unicodedata.normalize("NFD", nfc)]) == 2
    assert "it is one of the inputs" in capsys.readouterr().err
    assert _snapshot(news) == before


def test_output_inside_an_input_folder_when_asked(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(news)
    code = main(["brief", "folder", "--no-cache", "--format", "md", "-o", "folder/out.md",
                 "--allow-output-inside-inputs"])
    assert code == 0, capsys.readouterr().err
    assert (news / "folder" / "out.md").read_text("utf-8").startswith("# ")
    after = _snapshot(news)
    del after["folder/out.md"]
    assert after == before


def test_output_over_a_private_file_keeps_its_mode_and_owner(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = news / "private.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    owner = None
    if os.geteuid() == 0:
        os.chown(out, 1234, 5678)
        owner = (1234, 5678)
    assert main(["brief", "a.txt", "--no-cache", "--format", "md", "-o", str(out)]) == 0
    st = out.stat()
    assert stat.S_IMODE(st.st_mode) == 0o600
    if owner:
        assert (st.st_uid, st.st_gid) == owner
    assert out.read_text("utf-8").startswith("# ")


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(
        news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (news / "real.md").write_text("old", encoding="utf-8")
    (news / "link.md").symlink_to("real.md")
    assert main(["brief", "a.txt", "--no-cache", "--format", "md", "-o", "link.md"]) == 0
    assert (news / "link.md").is_symlink()
    assert (news / "real.md").read_text("utf-8").startswith("# ")


def test_output_to_a_device_is_written_through_not_replaced(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    node = news / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.stat(node)
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    assert main(["brief", "a.txt", "--no-cache", "-o", str(node)]) == 0
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert [p.name for p in news.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_output_to_a_fifo_is_written_through(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import threading

    fifo = news / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["brief", "a.txt", "--no-cache", "--format", "md", "-o", str(fifo)]) == 0
    reader.join(30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and got[0].startswith(b"# ")


def test_output_dash_is_stdout(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", "a.txt", "--no-cache", "--format", "md", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    assert not (news / "-").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to another user")
def test_dev_null_as_a_normal_user_is_not_permission_denied(tmp_path: Path) -> None:
    """As root the old code replaced /dev/null; as a user it said "permission denied". Run as nobody."""
    work = tmp_path / "user"
    work.mkdir()
    shutil.copy(SEEDS[0], work / "a.txt")
    os.chmod(tmp_path, 0o755)
    os.chmod(work, 0o777)
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "HOME": str(work), "PYTHONPATH": str(ROOT)}
    # Warm up as root (the interpreter's own files may not be readable by nobody), then drop.
    code = ("import os, sys; from tui.cli import main; "
            "main(['brief', 'a.txt', '--no-cache', '-o', 'warm.txt']); os.unlink('warm.txt'); "
            "os.setgid(65534); os.setuid(65534); "
            "sys.exit(main(['brief', 'a.txt', '--no-cache', '-o', '/dev/null']))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=work, env=env, capture_output=True, text=True, timeout=300)
    if "PermissionError" in proc.stderr and "setuid" in proc.stderr:
        pytest.skip("cannot drop privileges here")
    assert proc.returncode == 0, proc.stderr
    assert "permission denied" not in proc.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_nfc_and_nfd_twins_are_told_apart_in_the_output(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    twins = news / "twins"
    twins.mkdir()
    name = "기사.txt"
    shutil.copy(SEEDS[0], twins / unicodedata.normalize("NFC", name))
    shutil.copy(SEEDS[1], twins / unicodedata.normalize("NFD", name))
    if len(list(twins.iterdir())) != 2:
        pytest.skip("this file system folds NFC and NFD names together")
    assert main(["brief", "twins", "--no-cache"]) == 0
    out = capsys.readouterr().out
    shown = unicodedata.normalize("NFC", f"twins/{name}")
    assert out.count(f"{shown} (NFD name)\n") == 1
    assert out.count(f"{shown}\n") == 1


def test_json_error_path_of_a_hostile_name_is_escaped_visibly(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["brief", "--format", "json", "a\x1b]2;owned\x07\x1b[2Jb.txt"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["errors"] == [{"path": "a\\x1b]2;owned\\x07\\x1b[2Jb.txt", "error": "no such file or directory"}]
