"""End to end: the installed ``deepseek-brief`` in tmux, read with capture-pane, copied with `c`.

tmux runs with ``set-clipboard on`` and no DISPLAY, so the copy must go the
terminal way (OSC 52) and land in tmux's paste buffer.  Each test uses its own
tmux server (``-L``) and an empty XDG cache, and kills the server at the end.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TMUX = shutil.which("tmux")
COMMAND = shutil.which("deepseek-brief")

needs_tmux_and_command = pytest.mark.skipif(
    TMUX is None or COMMAND is None,
    reason="needs tmux and the installed `deepseek-brief` command (pip install -e .) on PATH",
)


class Tmux:
    """One private tmux server running one command."""

    def __init__(self, tmp: Path) -> None:
        self.socket = f"deepseek-brief-e2e-{uuid.uuid4().hex[:8]}"
        self.env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX")}
        self.env["XDG_CACHE_HOME"] = str(tmp / "cache")
        self.env["TERM"] = "xterm-256color"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert TMUX is not None
        return subprocess.run([TMUX, "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                              capture_output=True, text=True, check=check, timeout=20)

    def start(self, command: list[str], cwd: Path) -> None:
        shell = " ".join(_quote(part) for part in command)
        self.run("new-session", "-d", "-x", "160", "-y", "48", "-c", str(cwd),
                 f"env -u DISPLAY -u WAYLAND_DISPLAY {shell}; sleep 30")
        self.run("set", "-s", "set-clipboard", "on")

    def screen(self) -> str:
        return self.run("capture-pane", "-p").stdout

    def wait_for(self, ready: Callable[[str], bool], timeout: float = 90.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if ready(screen):
                return screen
            time.sleep(0.25)
        raise AssertionError("timed out; the screen was:\n" + screen)

    def buffer(self) -> str:
        result = self.run("show-buffer", check=False)
        return result.stdout if result.returncode == 0 else ""

    def kill(self) -> None:
        self.run("kill-server", check=False)


def _without_source(markdown: str) -> str:
    return re.sub(r"(?m)^- Source: `.*`$", "- Source: <path>", markdown)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    server = Tmux(tmp_path)
    try:
        yield server
    finally:
        server.kill()


@needs_tmux_and_command
def test_reader_copies_bilingual_briefing_into_tmux_buffer(tmux: Tmux, tmp_path: Path) -> None:
    from briefings import brief, briefing_to_markdown, load_paths

    articles, _ = load_paths([])
    expected = brief(articles[0])
    assert COMMAND is not None
    tmux.start([COMMAND], cwd=tmp_path)
    first_title = articles[0].title[:10]
    tmux.wait_for(lambda s: first_title in s and "English briefing" in s and "analysed" in s)
    tmux.run("send-keys", "c")
    tmux.wait_for(lambda s: "Copied" in s and "(terminal clipboard)" in s, timeout=20)
    buffer = tmux.buffer()
    # The installed command reads its own copy of the seeds (site-packages), the test the
    # checkout's: everything but the "- Source:" path must be identical.
    assert "000_ad725982b53a140b.txt" in buffer
    assert _without_source(buffer) == _without_source(briefing_to_markdown(expected, "both"))
    summary = expected.sentence_text(expected.summary_ko[0])
    plain = buffer.replace("\\", "")
    assert expected.headline_en.replace("\\", "") in plain
    assert summary[:20] in plain
    tmux.run("send-keys", "q")
    tmux.wait_for(lambda s: "English briefing" not in s, timeout=20)


@needs_tmux_and_command
def test_hostile_folder_injects_nothing(tmux: Tmux, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    osc52 = "\x1b]52;c;SU5KRUNURUQ=\x07"  # base64("INJECTED")
    (folder / "osc.txt").write_text(
        "[@click=app.quit]제목[/]\n\n" + osc52 + "엔비디아 주가가 17% 하락했다.\x1b[2J\x1b]2;PWNED\x07 끝.\n",
        encoding="utf-8",
    )
    (folder / "markup.txt").write_text("[bold red]경고[/bold red]\n\n딥시크는 [/단독] 560만 달러를 썼다.\n",
                                       encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    assert COMMAND is not None
    tmux.start([COMMAND, str(folder)], cwd=tmp_path)
    # conditions, not delays: both articles analysed, both titles literal in the list, one article's text drawn
    # (the hostile bytes have been through the renderer by then, however long a loaded machine took)
    titles = ("[@click=app.quit]제목[/]", "[bold red]경고[/bold red]")
    bodies = ("엔비디아 주가가 17% 하락했다.", "딥시크는 [/단독] 560만 달러를 썼다.")

    def header(screen: str) -> str:
        return screen.splitlines()[0] if screen else ""

    screen = tmux.wait_for(lambda s: "2 analysed" in s and all(t in s for t in titles) and any(b in s for b in bodies))
    assert "INJECTED" not in tmux.buffer()
    title = tmux.run("display-message", "-p", "#{pane_title}").stdout
    assert "PWNED" not in title
    first_header, first_body = header(screen), next(b for b in bodies if b in screen)
    tmux.run("send-keys", "j")  # open the other article: still alive, still literal
    other_body = next(b for b in bodies if b != first_body)
    screen = tmux.wait_for(lambda s: header(s) != first_header and other_body in s)
    assert "analysed" in screen and all(t in screen for t in titles)
    assert "INJECTED" not in tmux.buffer()
    assert "PWNED" not in tmux.run("display-message", "-p", "#{pane_title}").stdout


@needs_tmux_and_command
@pytest.mark.parametrize("key", ["q", "C-c"])
def test_quitting_during_a_long_analysis_returns_to_the_shell(tmux: Tmux, tmp_path: Path, key: str) -> None:
    """A figure flood keeps the core busy; q (or one ctrl+c) still ends the command at once."""
    flood = tmp_path / "flood.txt"
    flood.write_text("숫자 홍수\n" + "1억 원, 2% 3배 " * 64000, encoding="utf-8")  # 1.2 MB: many seconds of analysis
    assert COMMAND is not None
    tmux.start(["sh", "-c", f"{_quote(COMMAND)} --no-cache {_quote(str(flood))}; echo EXITED-$?"], cwd=tmp_path)
    tmux.wait_for(lambda s: "Analysing" in s)
    time.sleep(4)  # past loading Kiwi (which holds the GIL), into the analysis of the flood
    assert "Analysing" in tmux.screen(), "the analysis ended before the key: the flood is not slow enough"
    pressed = time.monotonic()
    tmux.run("send-keys", key)
    screen = tmux.wait_for(lambda s: "EXITED" in s, timeout=15)
    seconds = time.monotonic() - pressed
    assert "EXITED-0" in screen
    assert "Traceback" not in screen
    assert seconds < 3.0, f"{key} took {seconds:.2f} s to return to the shell"
