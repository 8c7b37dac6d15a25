"""Quitting always quits (issue 13, item 7): `q` or one ctrl+c ends the process while the core is busy.

Thread workers cannot be stopped: a core that is deep in one long article (Kiwi, a
flood of figures) never looks at its cancellation flag.  The app must still end at
once, without waiting for it.  Each test runs the app headless in its own Python
process, with a core that spins forever, presses the key once the analysis is
under way, and measures how long the process takes to end after the key.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENDS_WITHIN = 1.5  # seconds from the key to the end of the process (0.1-0.25 s measured)

SCRIPT = r"""
import os, sys, threading, time
from textual import events
from tests.tui.conftest import FakeCorpus, fake_compare
from tui.app import make_app

KEY = sys.argv[1]
busy = threading.Event()

def spinning_brief_many(articles, progress=None, cache=None):
    busy.set()
    while True:  # never looks at cancellation, like a long stage of the core
        sum(range(1000))
    yield

async def press_when_busy(pilot):
    while not busy.is_set():
        await pilot.pause(0.05)
    await pilot.pause(0.3)
    os.write(2, f"PRESSED {time.monotonic()}\n".encode())
    # as the terminal delivers it (Pilot.press would go on waiting for the screen of an app that ended)
    pilot.app.post_message(events.Key(KEY, {"q": "q", "ctrl+c": "\x03"}[KEY]))

app = make_app([], use_cache=False, load=FakeCorpus().load, brief_many=spinning_brief_many, compare=fake_compare)
app.run(headless=True, size=(120, 40), auto_pilot=press_when_busy)
os.write(2, f"RETURNED {app.return_code} {time.monotonic()}\n".encode())
"""


def run_until_quit(key: str, timeout: float = 15.0) -> tuple[float, str]:
    """Seconds from the key to the end of the process, and its stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TEXTUAL": ""}
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, key], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
        pytest.fail(f"the process was still running {timeout:.0f} s after start ({key!r} did not end it):\n{stderr}")
    ended = time.monotonic()
    pressed = [line for line in stderr.splitlines() if line.startswith("PRESSED ")]
    assert pressed, f"the key was never pressed:\n{stderr}"
    return ended - float(pressed[-1].split()[1]), stderr


@pytest.mark.parametrize("key", ["q", "ctrl+c"])
def test_one_key_ends_the_process_while_the_core_spins(key: str) -> None:
    seconds, stderr = run_until_quit(key)
    assert "RETURNED" in stderr, stderr
    assert "Traceback" not in stderr, stderr
    assert seconds < ENDS_WITHIN, f"{key} took {seconds:.2f} s to end the process"
