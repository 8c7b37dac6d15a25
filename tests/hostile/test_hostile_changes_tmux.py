"""End to end: files that change under the running reader (deleted, rewritten hostile, swapped for a FIFO).

Each test runs the real reader in a private tmux server over a small folder,
changes the folder behind its back, and checks what the user sees: a clear
notice when a changed file is next used, ``R`` reloading safely, no hang, no
false alarm for files whose names had to be cleaned for display.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus import CLIPBOARD_PAYLOAD, ESC, MARKUP_CLICK, OSC2, OSC52_BEL, TITLE_PAYLOAD, bad_chars, body
from tmux_terminal import COMMAND, EXITED, TMUX, Terminal, reader_importable

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="needs tmux on PATH"),
    pytest.mark.skipif(COMMAND is None and not reader_importable(),
                       reason="needs the installed `deepseek-brief` command (pip install .) or an importable tui.app"),
]

FIRST_WAIT = 120.0


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path)
    try:
        yield term
    finally:
        for fifo in tmp_path.glob("articles/*.txt"):  # let a reader stuck opening a FIFO go
            if fifo.is_fifo():
                try:
                    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
                except OSError:
                    pass
        term.kill()


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, name in enumerate(names):
        (folder / name).write_text(f"기사 {i + 1}번 제목\n\n" + body(f"기사 {i + 1}"), encoding="utf-8")
    return folder


def _start(terminal: Terminal, folder: Path, tmp_path: Path, count: int) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    terminal.start(["--no-cache", str(folder)], cwd=work)
    terminal.wait_for(lambda s: f"{count} analysed" in s, "the folder analysed", timeout=FIRST_WAIT)
    terminal.settle()


def _go_to(terminal: Terminal, title: str) -> str:
    """Move the list cursor (from the top) until the open article is ``title``."""
    terminal.keys("g")
    for _ in range(20):
        screen = terminal.settle(quiet=0.2)
        if title in screen.splitlines()[0]:
            return screen
        terminal.keys("j")
    raise AssertionError(f"{title!r} never opened:\n{terminal.screen()}")


def test_deleted_and_rewritten_files_are_reported_and_reload_stays_safe(terminal: Terminal, tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt", "b.txt", "c.txt"])
    _start(terminal, folder, tmp_path, 3)
    first_title = terminal.out("display", "-p", "#{pane_title}")
    (folder / "b.txt").unlink()
    (folder / "c.txt").write_text(f"바뀐 기사 {OSC2}{MARKUP_CLICK}\n\n" + body(f"{OSC52_BEL}{ESC}[2J바뀐 본문"),
                                  encoding="utf-8")
    _go_to(terminal, "기사 2번 제목")
    terminal.wait_for(lambda s: "b.txt" in s and "no longer exists" in s, "the deleted file reported")
    _go_to(terminal, "기사 3번 제목")
    terminal.wait_for(lambda s: "c.txt" in s and "changed" in s, "the rewritten file reported")
    terminal.keys("R")
    screen = terminal.wait_for(lambda s: "2 analysed" in s and f"바뀐 기사 {MARKUP_CLICK}" in s,
                               "the reloaded folder with the rewritten title shown literally")
    assert "기사 2번 제목" not in terminal.settle()
    assert TITLE_PAYLOAD not in screen and bad_chars(screen) == []
    assert terminal.out("display", "-p", "#{pane_title}") == first_title
    buffers = terminal.tmux("list-buffers", "-F", "#{buffer_sample}", check=False).stdout
    assert CLIPBOARD_PAYLOAD.encode() not in buffers
    terminal.keys("q")
    terminal.wait_for(lambda s: f"{EXITED}0" in s, "the reader to quit with status 0")


def test_file_with_cleaned_name_is_not_reported_missing(terminal: Terminal, tmp_path: Path) -> None:
    folder = _folder(tmp_path, [f"{ESC}[2J화면.txt", "\u202eevil.txt", "z.txt"])
    _start(terminal, folder, tmp_path, 3)
    (folder / "z.txt").unlink()  # a real change, visited last: its notice means the others were checked
    _go_to(terminal, "기사 1번 제목")
    _go_to(terminal, "기사 2번 제목")
    _go_to(terminal, "기사 3번 제목")
    screen = terminal.wait_for(lambda s: "z.txt" in s and "no longer exists" in s, "the deleted z.txt reported")
    assert screen.count("no longer exists") == 1, f"false alarm:\n{screen}"
    terminal.keys("q")
    terminal.wait_for(lambda s: f"{EXITED}0" in s, "the reader to quit with status 0")


def test_file_swapped_for_a_fifo_is_reported_and_never_hangs(terminal: Terminal, tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["a.txt", "d.txt"])
    _start(terminal, folder, tmp_path, 2)
    (folder / "d.txt").unlink()
    os.mkfifo(folder / "d.txt")
    _go_to(terminal, "기사 2번 제목")
    terminal.wait_for(lambda s: "d.txt" in s and ("FIFO" in s or "regular file" in s), "the FIFO reported", timeout=15)
    terminal.keys("q")
    terminal.wait_for(lambda s: f"{EXITED}0" in s, "the reader to quit with status 0", timeout=15)
