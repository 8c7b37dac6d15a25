"""End to end: the reader over a folder of hostile files, in a real terminal (tmux), key by key.

tmux runs on a private socket with ``set-clipboard on`` (so an OSC 52 that got
through would land in its paste buffers) and no DISPLAY (so the reader's own
copies go the OSC 52 way too).  The test opens every row of the list, copies
each briefing, exports one, opens the comparison, copies it, comes back and
quits, checking after every step that the screen was not cleared and after the
run that no buffer, pane title or hyperlink holds what the files tried to inject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus import (
    FORBIDDEN,
    LINK_HOST,
    MARKUP_BOLD,
    MARKUP_CLICK,
    MARKUP_CLOSE_KO,
    bad_chars,
    build_hostile_corpus,
    snapshot,
)
from tmux_terminal import COMMAND, EXITED, HEIGHT, TMUX, WIDTH, Terminal, reader_importable

FIRST_WAIT = 180.0  # start-up and the analysis of the whole folder (a 600 KB line among it)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="needs tmux on PATH"),
    pytest.mark.skipif(COMMAND is None and not reader_importable(),
                       reason="needs the installed `deepseek-brief` command (pip install .) or an importable tui.app"),
]


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path)
    try:
        yield term
    finally:
        term.kill()


MARKUP_ID = "[@click=app"  # the short id of the file "[@click=app.quit]클릭.txt", as a column header


def _header(screen: str) -> str:
    """The first line of the screen: the list's top row, then the open article's title."""
    return screen.splitlines()[0] if screen else ""


def _open_title(screen: str) -> str:
    """The open article's title on the first line (between the list's border and the original's), or the whole line:
    a move waits for this to change, not for the briefing's line beside it, which streams in later."""
    header = _header(screen)
    left, bar, rest = header.partition("▕")
    return rest.partition("▏")[0].strip() if bar else header


def _expected_rows(folder: Path, max_bytes: int) -> tuple[list[str], list[str]]:
    """Titles of the articles and names of the skipped files, as ingest sees them."""
    from briefings import load_paths

    articles, errors = load_paths([folder], max_bytes=max_bytes)
    return [a.title for a in articles], [Path(e.path).name for e in errors]


def _check_not_cleared(screen: str, titles: list[str], step: str) -> None:
    lines = screen.splitlines()
    assert len(lines) >= HEIGHT - 2, f"{step}: the screen lost lines:\n{screen}"
    visible = sum(1 for t in titles if t[:6] in screen)
    assert visible >= 5, f"{step}: the article list is gone (cleared screen?):\n{screen}"
    assert "Quit" in lines[-1], f"{step}: the footer is gone:\n{screen}"


def _check_clean(text: str, where: str) -> None:
    for word in FORBIDDEN:
        assert word not in text, f"{where} holds {word!r}"


def test_reader_over_hostile_folder_injects_nothing_and_survives_every_key(
    terminal: Terminal, tmp_path: Path
) -> None:
    corpus: dict[str, Any] = build_hostile_corpus(tmp_path / "articles")
    folder: Path = corpus["dir"]
    before = snapshot(folder)
    titles, skipped_names = _expected_rows(folder, corpus["max_bytes"])
    assert len(titles) == len(corpus["readable"]) and len(skipped_names) == len(corpus["skipped"])
    work = tmp_path / "cwd"
    work.mkdir()
    exports = Path(terminal.env["XDG_DATA_HOME"]) / "deepseek-brief" / "exports"

    terminal.start(["--max-bytes", str(corpus["max_bytes"]), str(folder)], cwd=work)
    first_title = terminal.out("display", "-p", "#{pane_title}")
    screens: list[str] = []

    # 1. the list, then the whole folder analysed
    terminal.wait_for(lambda s: sum(t[:6] in s for t in titles) >= 5, "the article list", timeout=FIRST_WAIT)
    screen = terminal.wait_for(lambda s: f"{len(titles)} analysed" in s, "every article analysed",
                               timeout=FIRST_WAIT)
    assert f"{len(skipped_names)} skipped" in screen
    screens.append(terminal.settle())

    # 2. every row: move down (which opens it), check the screen, copy the readable ones
    rows = len(titles) + len(skipped_names)
    headers = {_header(screens[-1])}
    copied = 0
    terminal.keys("g")
    terminal.settle()
    for step in range(rows):
        if step:
            previous = _open_title(terminal.screen())
            terminal.keys("j")
            terminal.wait_for(lambda s, p=previous: _open_title(s) != p, f"row {step} to open")  # type: ignore[misc]
        screen = terminal.settle()
        screens.append(screen)
        headers.add(_header(screen))
        _check_not_cleared(screen, titles, f"row {step}")
        _check_clean(screen, f"the screen at row {step}")
        if step < len(titles):
            have = len(terminal.buffers())
            terminal.keys("c")
            terminal.wait_for(lambda _s, h=have: len(terminal.buffers()) > h,  # type: ignore[misc]
                              f"the copy of row {step} in tmux's buffers")
            copied += 1
            if titles[step] == MARKUP_CLICK:
                newest = terminal.buffers()[0]
                assert terminal.buffer(newest).decode("utf-8").startswith(f"# {MARKUP_CLICK}\n")
                terminal.keys("e")
                terminal.wait_for(lambda _s: any(exports.glob("*.md")), "the export file")
    seen = "\n".join(headers)
    for title in titles:
        assert title[:8] in seen, f"article {title!r} was never opened"
    for name in skipped_names:
        assert name[:8] in seen, f"skipped file {name!r} never shown"

    # 3. the comparison, its copy, and back
    terminal.keys("v")
    screen = terminal.wait_for(lambda s: "Comparison" in s, "the comparison view")
    screens.append(terminal.settle())
    _check_clean(screen, "the comparison screen")
    # The columns are the sources' outlets or short ids (file stems): scroll right to the one made
    # from the file named "[@click=app.quit]클릭.txt", which must show as literal text.
    for _ in range(len(titles) + 2):
        if MARKUP_ID in screen:
            break
        terminal.keys("l")
        screen = terminal.settle(quiet=0.2)
        screens.append(screen)
    assert MARKUP_ID in screen, f"a markup-like source id not literal in the comparison:\n{screen}"
    have = len(terminal.buffers())
    terminal.keys("c")
    terminal.wait_for(lambda _s: len(terminal.buffers()) > have, "the comparison's copy")
    terminal.keys("v")
    terminal.wait_for(lambda s: "Copy briefing" in s, "the reader again")
    screens.append(terminal.settle())
    _check_not_cleared(screens[-1], titles, "back from the comparison")

    # 4. a search for markup-looking text (a MarkupError would kill the app), and a squeeze to 40x12
    terminal.keys("/")
    terminal.wait_for(lambda s: "Search" in s, "the search box")
    terminal.tmux("send-keys", "-l", MARKUP_CLOSE_KO)
    terminal.keys("Enter")
    screen = terminal.wait_for(lambda s: f"/{MARKUP_CLOSE_KO}" in s, "the search result in the status line")
    terminal.keys("n")
    screens.append(terminal.settle())
    assert MARKUP_CLOSE_KO in screens[-1]
    terminal.tmux("resize-window", "-x", "40", "-y", "12")
    small = terminal.wait_for(lambda s: max(len(line) for line in s.splitlines()) <= 40 and "Open" in s,
                              "the reader redrawn at 40x12")
    _check_clean(small, "the 40x12 screen")
    terminal.tmux("resize-window", "-x", str(WIDTH), "-y", str(HEIGHT))
    screens.append(terminal.wait_for(lambda s: "Copy briefing" in s, "the reader back at 120x40"))

    # 5. still running; nothing injected into buffers, title, links or screen
    assert EXITED not in screens[-1]
    assert terminal.out("display", "-p", "#{pane_dead}").strip() == "0"
    names = terminal.buffers()
    assert len(names) >= copied + 1
    for name in names:
        data = terminal.buffer(name)
        assert b"\x1b" not in data and not re.search(rb"\xc2[\x80-\x9f]", data), f"{name} holds ESC or C1"
        text = data.decode("utf-8")
        assert bad_chars(text) == [], name
        _check_clean(text, f"tmux buffer {name}")
    pane_title = terminal.out("display", "-p", "#{pane_title}")
    assert pane_title == first_title and "PWNED" not in pane_title and "ENTITY" not in pane_title
    styled = terminal.styled()
    assert "\x1b]8;" not in styled and LINK_HOST not in styled, "a hyperlink reached the terminal"
    assert "\x1b]" not in styled and "\x9b" not in styled and "\x9d" not in styled
    everything = "\n".join(screens)
    assert MARKUP_CLICK in everything, "the [@click=...] title is not shown literally"
    assert MARKUP_BOLD in everything, "the [bold red] title is not shown literally"
    assert "빈[bold red].txt" in everything, "the skipped file's markup name is not shown literally"
    assert "[bold red]빨강 이" in everything, "the markup file name is not shown literally"
    exported = next(exports.glob("*.md")).read_text(encoding="utf-8")
    assert list(work.iterdir()) == [], "the export went into the working directory"
    assert exported.startswith(f"# {MARKUP_CLICK}\n") and bad_chars(exported) == []

    # 6. q quits cleanly; the folder is as it was
    terminal.keys("q")
    terminal.wait_for(lambda s: f"{EXITED}0" in s, "the reader to quit with status 0")
    assert snapshot(folder) == before
