"""A private tmux server running the reader in one pane: keys in, screen, buffers and title out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TMUX = shutil.which("tmux")
COMMAND = shutil.which("deepseek-brief")
WIDTH, HEIGHT = 120, 40
WAIT = 30.0  # seconds for one step on a busy 2-core machine
EXITED = "READER-EXITED-"


def reader_importable() -> bool:
    try:
        import tui.app  # noqa: F401
    except Exception:  # noqa: BLE001 - any failure means there is no reader to test
        return False
    return True


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


class Terminal:
    """One private tmux server, one 120x40 pane running the reader."""

    def __init__(self, tmp: Path) -> None:
        self.socket = f"hostile-e2e-{uuid.uuid4().hex[:10]}"
        self.env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX", "TMUX_PANE")}
        self.env["XDG_CACHE_HOME"] = str(tmp / "cache")
        self.env["XDG_DATA_HOME"] = str(tmp / "data")  # the reader's 'e' exports: data/deepseek-brief/exports
        self.env["TERM"] = "xterm-256color"
        if COMMAND is None:  # the checkout's module, run from tmp
            self.env["PYTHONPATH"] = str(ROOT) + os.pathsep + self.env.get("PYTHONPATH", "")

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        assert TMUX is not None
        return subprocess.run([TMUX, "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                              capture_output=True, check=check, timeout=30)

    def out(self, *args: str) -> str:
        return self.tmux(*args).stdout.decode("utf-8", "replace")

    def start(self, argv: list[str], cwd: Path) -> None:
        command = [COMMAND] if COMMAND else [sys.executable, "-m", "tui.cli"]
        shell = " ".join(_quote(p) for p in [*command, *argv])
        line = f"env -u DISPLAY -u WAYLAND_DISPLAY {shell}; echo {EXITED}$?; sleep 600"
        # the clipboard option is set in the same tmux call, before the reader can write anything
        self.tmux("new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), "-c", str(cwd), line,
                  ";", "set", "-s", "set-clipboard", "on", ";", "set", "-g", "buffer-limit", "500")

    def screen(self) -> str:
        return self.out("capture-pane", "-p")

    def styled(self) -> str:
        """The screen with the escape sequences tmux would send to draw it (SGR, hyperlinks)."""
        return self.out("capture-pane", "-p", "-e")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def wait_for(self, ready: Callable[[str], bool], what: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if ready(screen):
                return screen
            if EXITED in screen:
                raise AssertionError(f"the reader exited while waiting for {what}:\n{screen}")
            time.sleep(0.15)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")

    def settle(self, quiet: float = 0.3, timeout: float = WAIT) -> str:
        """Wait until the styled screen stops changing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        last = self.styled()
        stable_since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = self.styled()
            if now != last:
                last, stable_since = now, time.monotonic()
            elif time.monotonic() - stable_since >= quiet:
                break
        return self.screen()

    def buffers(self) -> list[str]:
        names = self.tmux("list-buffers", "-F", "#{buffer_name}", check=False).stdout.decode().split()
        return names

    def buffer(self, name: str) -> bytes:
        return self.tmux("show-buffer", "-b", name).stdout

    def kill(self) -> None:
        self.tmux("kill-server", check=False)
        sock = Path(self.env.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}" / self.socket
        try:  # a killed server can leave its socket file behind
            sock.unlink()
        except OSError:
            pass
