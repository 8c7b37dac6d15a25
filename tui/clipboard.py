"""Copying text out of the reader: the system clipboard if it verifiably works, else OSC 52.

pyperclip is only tried when a backend is plausibly usable (a reachable display
and a copy tool, or a non-Linux platform), its tools' error output is
suppressed (it would land on the screen), and the copy is verified by pasting
back.  Anything else, and any exception, means "not copied": the caller then
falls back to the terminal clipboard (``App.copy_to_clipboard``, OSC 52).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

SYSTEM = "system clipboard"
TERMINAL = "terminal clipboard"

# tmux, xterm and most terminals drop an OSC 52 payload much above this (base64 grows it by 4/3).
OSC52_LIMIT = 740_000


def _x_display_reachable(display: str) -> bool:
    """True when DISPLAY names a local X socket that exists, or a remote display (not checkable)."""
    host, _, rest = display.partition(":")
    if not rest:
        return False
    if host and host not in ("unix", "localhost"):
        return True
    if host == "localhost":
        return True  # e.g. ssh -X forwarding: assume plausible, the paste-back check decides
    number = rest.split(".", 1)[0]
    return Path(f"/tmp/.X11-unix/X{number}").exists()


def system_clipboard_plausible(env: dict[str, str] | None = None) -> bool:
    """Whether pyperclip has a backend worth trying on this machine."""
    env = dict(os.environ) if env is None else env
    if sys.platform == "darwin" or sys.platform.startswith("win"):
        return True
    if env.get("WAYLAND_DISPLAY") and shutil.which("wl-copy") and shutil.which("wl-paste"):
        return True
    display = env.get("DISPLAY", "")
    if display and (shutil.which("xclip") or shutil.which("xsel")):
        return _x_display_reachable(display)
    return False


class _QuietSubprocess(types.ModuleType):
    """A stand-in for ``subprocess`` inside pyperclip whose children never write to our stderr."""

    def __init__(self) -> None:
        super().__init__("subprocess")
        self.PIPE = subprocess.PIPE
        self.DEVNULL = subprocess.DEVNULL
        self.CalledProcessError = subprocess.CalledProcessError
        self.check_call = self._quiet(subprocess.check_call)
        self.call = self._quiet(subprocess.call)
        self.run = self._quiet(subprocess.run)

    @staticmethod
    def _quiet(fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("stderr", subprocess.DEVNULL)
            if fn is not subprocess.run:
                kwargs.setdefault("stdout", subprocess.DEVNULL)
            return fn(*args, **kwargs)

        return wrapper

    def Popen(self, *args: Any, **kwargs: Any) -> subprocess.Popen[Any]:  # noqa: N802 - mirrors subprocess
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        return subprocess.Popen(*args, **kwargs)


def copy_to_system_clipboard(text: str) -> bool:
    """Copy with pyperclip and check it by pasting back; False on any doubt. Never raises."""
    try:
        if not system_clipboard_plausible():
            return False
        import pyperclip

        saved = getattr(pyperclip, "subprocess", None)
        if saved is not None:
            pyperclip.subprocess = _QuietSubprocess()
        try:
            pyperclip.copy(text)
            pasted = pyperclip.paste()
        finally:
            if saved is not None:
                pyperclip.subprocess = saved
        return isinstance(pasted, str) and pasted.replace("\r\n", "\n") == text.replace("\r\n", "\n")
    except BaseException:  # noqa: BLE001 - a copy never crashes the app
        return False


def copied_message(text: str, way: str) -> str:
    """The notification after a copy: 'Copied 1,234 characters (system clipboard)'."""
    n = len(text)
    noun = "character" if n == 1 else "characters"
    message = f"Copied {n:,} {noun} ({way})"
    if way == TERMINAL and len(text.encode("utf-8")) > OSC52_LIMIT:
        message += " - it may be too large for your terminal to accept"
    return message
