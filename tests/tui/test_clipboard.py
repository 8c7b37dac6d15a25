"""The clipboard module: pyperclip only when plausible, verified, silent; never raises."""

from __future__ import annotations

import sys
import types

import pytest

from tui import clipboard

REAL_COPY = clipboard.copy_to_system_clipboard  # the autouse fixture replaces the attribute


def test_no_display_means_no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert clipboard.system_clipboard_plausible({}) is False
    assert clipboard.system_clipboard_plausible({"DISPLAY": ":99"}) in (False, True)


def test_display_without_x_socket_is_not_plausible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: "/usr/bin/" + name)
    assert clipboard.system_clipboard_plausible({"DISPLAY": ":4242"}) is False


def fake_pyperclip(copy: object, paste: object) -> types.ModuleType:
    module = types.ModuleType("pyperclip")
    module.copy = copy  # type: ignore[attr-defined]
    module.paste = paste  # type: ignore[attr-defined]
    module.subprocess = __import__("subprocess")  # type: ignore[attr-defined]
    return module


def test_copy_that_raises_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> None:
        raise RuntimeError("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(clipboard, "system_clipboard_plausible", lambda env=None: True)
    monkeypatch.setitem(sys.modules, "pyperclip", fake_pyperclip(boom, lambda: ""))
    assert REAL_COPY("안녕") is False


def test_copy_that_silently_fails_is_caught_by_paste_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "system_clipboard_plausible", lambda env=None: True)
    monkeypatch.setitem(sys.modules, "pyperclip", fake_pyperclip(lambda text: None, lambda: ""))
    assert REAL_COPY("안녕") is False


def test_verified_copy_succeeds_and_restores_subprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    store: list[str] = []
    module = fake_pyperclip(store.append, lambda: store[-1])
    original = module.subprocess  # type: ignore[attr-defined]
    seen: list[object] = []

    def copy(text: str) -> None:
        seen.append(module.subprocess)  # type: ignore[attr-defined]
        store.append(text)

    module.copy = copy  # type: ignore[attr-defined]
    monkeypatch.setattr(clipboard, "system_clipboard_plausible", lambda env=None: True)
    monkeypatch.setitem(sys.modules, "pyperclip", module)
    assert REAL_COPY("한국어 요약") is True
    assert isinstance(seen[0], clipboard._QuietSubprocess)  # tools' stderr kept off the screen
    assert module.subprocess is original  # type: ignore[attr-defined]


def test_quiet_subprocess_silences_children() -> None:
    quiet = clipboard._QuietSubprocess()
    proc = quiet.Popen([sys.executable, "-c", "import sys; sys.stderr.write('LEAK'); print('LEAK')"])
    assert proc.wait() == 0
    assert proc.stderr is None  # went to DEVNULL, not inherited


def test_implausible_backend_is_never_called(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    monkeypatch.setattr(clipboard, "system_clipboard_plausible", lambda env=None: False)
    monkeypatch.setitem(sys.modules, "pyperclip", fake_pyperclip(called.append, lambda: ""))
    assert REAL_COPY("x") is False
    assert called == []


def test_copied_message() -> None:
    assert clipboard.copied_message("x" * 1234, clipboard.TERMINAL) == "Copied 1,234 characters (terminal clipboard)"
    assert clipboard.copied_message("x", clipboard.SYSTEM) == "Copied 1 character (system clipboard)"
    assert "too large" in clipboard.copied_message("x" * 1_000_000, clipboard.TERMINAL)
