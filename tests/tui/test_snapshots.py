"""Screenshots of the reader (pytest-textual-snapshot), on the fixed fake corpus (no Kiwi, no cache).

Regenerate the baselines after an intended change of the screens with:
    python -m pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot

from tests.tui.conftest import FakeCorpus, build_app, wait_for_workers


def settled(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Wait for the corpus, press the keys, wait again, drop the toasts (they time out)."""

    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await wait_for_workers(app, pilot)  # type: ignore[arg-type]
        app.clear_notifications()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await wait_for_workers(app, pilot)  # type: ignore[arg-type]
        app.clear_notifications()
        await pilot.pause()

    return run_before


def test_reader_wide(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(160, 48), run_before=settled("right_square_bracket"))


def test_reader_wide_briefing_cursor(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(160, 48), run_before=settled("j", "tab", "tab", "j", "j", "j", "j", "j"))


def test_reader_80x24_list(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled())


def test_reader_80x24_original(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled("enter", "right_square_bracket"))


def test_reader_80x24_briefing(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled("tab", "tab"))


def test_reader_40x12(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(40, 12), run_before=settled("enter"))


def test_comparison_wide(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(160, 48), run_before=settled("v"))


def test_comparison_80x24(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled("v", "right", "right"))


def test_help_screen(snap_compare: Any) -> None:
    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(160, 48), run_before=settled("question_mark"))
