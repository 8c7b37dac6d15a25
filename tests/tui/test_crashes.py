"""Key sequences that crashed the reader when typed fast (issue 13, item 9), each pinned as a burst.

A burst is what a terminal delivers when keys come faster than the app handles them:
every key is queued before the first one is handled (``send_burst``), so a key can
land on a screen that an earlier key of the same burst already closed, or carry an
index into an article an earlier key already left.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot

from briefings import Article
from tests.tui import conftest
from tests.tui.conftest import FakeCorpus, build_app, wait_for_workers
from tui.app import BriefApp
from tui.screens.reader import ReaderScreen
from tui.widgets.briefing_panel import BriefingPanel
from tui.widgets.original_view import OriginalView
from tui.widgets.progress import StatusBar

WIDE = (160, 48)
NARROW = (80, 24)

# key name -> the character a terminal sends with it (None for keys without one)
CHARACTERS = {
    "slash": "/",
    "question_mark": "?",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "space": " ",
    "enter": "\r",
    "tab": "\t",
    "escape": "\x1b",
    "backspace": "\x7f",
}


def send_burst(app: BriefApp, keys: list[str]) -> None:
    """Queue every key at once, as a terminal does with fast typing (Pilot.press waits after each)."""
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


async def settle(app: BriefApp, pilot: Pilot[Any], rounds: int = 6) -> None:
    for _ in range(rounds):
        await pilot.pause()
        if app._exit:
            return


def one_figure_article() -> Article:
    return Article(id="d4", path="/corpus/d4.txt", title="코스피 1% 상승",
                   text="코스피가 1% 올랐다. 외국인이 샀다.", digest="d4-v1")


@pytest.fixture
def few_figures_first(monkeypatch: pytest.MonkeyPatch) -> FakeCorpus:
    """An article with one key figure before one with three (a1)."""
    monkeypatch.setitem(conftest.FIGURES, "d4", [("1%", "percent", 1.0, "%", "1%")])
    return FakeCorpus(articles=[one_figure_article(), *conftest.corpus_articles()])


def assert_reader_alive(app: BriefApp) -> None:
    assert app._exception is None, repr(app._exception)
    assert app.is_running
    assert isinstance(app.screen_stack[0], ReaderScreen)


async def test_double_enter_in_search_closes_it_once(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("slash")
        send_burst(app, ["a", "enter", "enter"])
        await settle(app, pilot)
        assert_reader_alive(app)
        assert isinstance(app.screen, ReaderScreen)
        assert app.reader.search_query == "a"
        send_burst(app, ["slash", "a", "enter", "enter"])  # the box may open after the `a` is handled
        await settle(app, pilot)
        assert_reader_alive(app)
        assert isinstance(app.screen, ReaderScreen)


async def test_enter_then_escape_in_search_keeps_the_reader(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        send_burst(app, ["slash", "엔", "enter", "escape", "escape"])
        await settle(app, pilot)
        assert_reader_alive(app)
        assert isinstance(app.screen, ReaderScreen)


async def test_page_down_right_after_ctrl_p(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        send_burst(app, ["ctrl+p", "pagedown", "pagedown", "pageup", "down"])
        await settle(app, pilot)
        assert_reader_alive(app)
        send_burst(app, ["escape"])
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)


async def test_double_enter_in_the_palette_runs_the_command_once(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        send_burst(app, ["ctrl+p", *"compare", "enter", "enter", "enter"])
        await settle(app, pilot, rounds=12)
        assert_reader_alive(app)
        assert app.screen.id == "comparison"  # toggled once, not back and forth or past the reader


async def test_a_search_the_palette_started_runs_after_it_closed(app: BriefApp) -> None:
    """ctrl+p then escape at once under load: the search the palette's mount started runs after the palette closed
    (its list of commands removed) and must do nothing, not end the app (seen in a fuzz session)."""
    from tui.screens.palette import BriefCommandPalette

    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        palette = app.screen
        assert isinstance(palette, BriefCommandPalette)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        palette._gather_commands("help")  # the search, late  # noqa: SLF001
        await settle(app, pilot)
        assert_reader_alive(app)
        assert isinstance(app.screen, ReaderScreen)


async def test_palette_selection_after_screen_change(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        send_burst(app, ["ctrl+p", *"help", "enter", "enter", "escape", "enter", "enter"])
        await settle(app, pilot, rounds=12)
        assert_reader_alive(app)


async def test_figure_of_the_article_left_in_the_same_burst(few_figures_first: FakeCorpus) -> None:
    """`j`, then `tab [ k` in one burst: `[` picks b's last figure, `k` (still on the list) goes back."""
    app = build_app(few_figures_first)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("j")
        send_burst(app, ["tab", "left_square_bracket", "k"])
        await settle(app, pilot)
        assert_reader_alive(app)
        original = app.reader.query_one(OriginalView)
        status = app.reader.query_one(StatusBar)
        shown = original.article
        assert shown is not None
        current = original.current_figure
        if current is not None:  # the figure named is one of the article on show
            assert original.briefing is not None and current < len(original.briefing.figures)
        figures = original.briefing.figures if original.briefing is not None else ()
        if status.figure:
            assert any(f"{f.surface} = {f.en}" in status.figure for f in figures)
        panel = app.reader.query_one(BriefingPanel)
        assert panel.briefing is None or panel.briefing.article.id == shown.id


async def test_figure_step_queued_behind_an_article_change(few_figures_first: FakeCorpus) -> None:
    """`k [` in one burst on the list: `[` picks a figure of the article on show, `k`'s move lands first."""
    app = build_app(few_figures_first)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("j")  # a1, three figures
        send_burst(app, ["k", "left_square_bracket"])  # back to d4 (one figure); `[` still saw a1
        await settle(app, pilot)
        assert_reader_alive(app)
        original = app.reader.query_one(OriginalView)
        status = app.reader.query_one(StatusBar)
        assert original.article is not None and original.article.id == "d4"
        figures = original.briefing.figures if original.briefing is not None else ()
        assert not status.figure or any(f"{f.surface} = {f.en}" in status.figure for f in figures), status.figure


async def test_stale_figure_never_names_another_articles_figure(few_figures_first: FakeCorpus) -> None:
    """A figure picked in one article and a move to another in the same burst: the status names no stale figure."""
    app = build_app(few_figures_first)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        for first in ("j", "k"):
            await pilot.press(first)
            send_burst(app, ["tab", "right_square_bracket", "right_square_bracket", "shift+tab", "j", "k"])
            await settle(app, pilot)
            assert_reader_alive(app)
            original = app.reader.query_one(OriginalView)
            status = app.reader.query_one(StatusBar)
            figures = original.briefing.figures if original.briefing is not None else ()
            if status.figure:
                assert any(f"{f.surface} = {f.en}" in status.figure for f in figures), status.figure


async def test_briefing_cursor_after_resizes_and_figure_steps(few_figures_first: FakeCorpus) -> None:
    """The briefing's items and blocks stay in step when the pane's width changes the figure table's layout."""
    app = build_app(few_figures_first)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("j")
        for size in (NARROW, WIDE, (60, 20), WIDE):
            await pilot.resize_terminal(*size)
            send_burst(app, ["tab", "tab", "j", "j", "right_square_bracket", "k", "left_square_bracket", "tab"])
            await settle(app, pilot)
            assert_reader_alive(app)


async def test_palette_command_for_a_screen_closed_in_the_same_burst(app: BriefApp) -> None:
    """A command chosen in the palette over the comparison runs after `v` (same burst) closed the comparison."""
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v")
        assert app.screen.id == "comparison"
        await pilot.press("ctrl+p", *"copy cell")
        await pilot.pause(0.3)
        send_burst(app, ["down", "enter", "v"])
        await settle(app, pilot, rounds=12)
        assert_reader_alive(app)


async def test_figure_linked_while_the_briefing_pane_is_hidden(app: BriefApp) -> None:
    """Narrow layout hides the briefing (no width): marking a figure there restyles a differently laid-out table."""
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.resize_terminal(*NARROW)
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await settle(app, pilot)
        assert_reader_alive(app)
        panel = app.reader.query_one(BriefingPanel)
        assert panel._linked_figure == 2
        await pilot.press("tab")  # to the briefing: the last figure's row is marked
        await settle(app, pilot)
        assert_reader_alive(app)
        assert any(item.kind == "figure" and 2 in item.figures for item in panel.linked_items())


async def test_palette_input_changed_after_it_closed_searches_nothing(app: BriefApp,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The palette's search worker would look up a command list that is being removed (NoMatches)."""
    from textual.command import CommandInput, CommandPalette
    from textual.widgets import Input

    from tui.screens.palette import BriefCommandPalette

    searches: list[str] = []
    gather = BriefCommandPalette._gather_commands

    def recording(self: CommandPalette, search_value: str) -> Any:
        searches.append(search_value)
        return gather(self, search_value)

    monkeypatch.setattr(BriefCommandPalette, "_gather_commands", recording)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        box = palette.query_one(CommandInput)
        searches.clear()
        palette.dismiss()
        palette.post_message(Input.Changed(box, "cop"))  # typed before the close, handled after it
        await settle(app, pilot)
        assert_reader_alive(app)
        assert searches == []


async def test_search_results_for_a_corpus_reloaded_meanwhile_are_dropped(corpus: FakeCorpus) -> None:
    """Matches are rows and offsets of the list searched: after a reload they would open other articles."""
    from tui.messages import SearchFinished

    app = build_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        searched = app.state.articles
        corpus.articles = [corpus.articles[2], corpus.articles[0]]  # c3 first now: row 1 is a1 (on show), not b2
        await pilot.press("R")
        await wait_for_workers(app, pilot)
        row_of_b2_then = 1
        start = searched[row_of_b2_then].text.find("2048개")
        app.post_message(SearchFinished("2048개", [(row_of_b2_then, start, start + 5)], searched))
        await settle(app, pilot)
        assert_reader_alive(app)
        original = app.reader.query_one(OriginalView)
        assert original.article is not None and original.article.id == "a1"  # where the reload left it
        assert app.reader.matches == []
        assert original._match is None  # no "match" highlighted at b2's offsets in a1's text


async def wait_for_exit(app: BriefApp, timeout: float = 5.0) -> None:
    """Until the app's own message loop has ended (leaving run_test earlier would close it mid-way)."""
    deadline = time.monotonic() + timeout
    while app.is_running and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


@pytest.mark.parametrize("after", [["v"], ["question_mark"], ["slash", "a"], ["v", "v", "enter", "R"], ["j", "ctrl+c"]])
async def test_keys_typed_after_q_do_nothing(app: BriefApp, after: list[str]) -> None:
    """`q v` in one burst: the comparison was pushed onto an app already closing (NoMatches at exit)."""
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        send_burst(app, ["q", *after])
        await wait_for_exit(app)
        assert app._exception is None, repr(app._exception)
        assert not app.is_running
        assert [type(s).__name__ for s in app.screen_stack] in (["ReaderScreen"], [])


async def test_keys_for_the_help_before_it_is_composed(app: BriefApp) -> None:
    """`? k` in one burst: k's binding is the help's, which may run before the help has its text (NoMatches)."""
    from tui.screens.help import HelpScreen

    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        help_screen = HelpScreen()
        app.push_screen(help_screen)  # not awaited: the next key is handled before it is composed
        for action in ("scroll_down", "scroll_up"):
            await app.run_action(action, help_screen)
        await settle(app, pilot)
        assert_reader_alive(app)
        assert app.screen is help_screen
        await app.run_action("scroll_down", help_screen)  # composed now: scrolls


async def test_keys_for_the_comparison_before_it_is_composed(app: BriefApp) -> None:
    """`v y` in one burst: y copies the cell of a table the comparison view has not composed yet."""
    from tui.screens.comparison import ComparisonScreen

    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        view = ComparisonScreen()
        app.install_screen(view, "comparison")
        app.push_screen("comparison")  # not awaited, as the v binding does not
        for action in ("copy_cell", "copy_comparison"):
            await app.run_action(action, view)
        await settle(app, pilot)
        assert_reader_alive(app)
        assert app.screen is view
