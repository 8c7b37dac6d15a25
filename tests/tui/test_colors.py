"""16-colour terminals: the reader switches to the terminal's own ANSI palette and stays readable.

Rich detects the colour system from ``COLORTERM``/``TERM``; Textual lets
``TEXTUAL_COLOR_SYSTEM`` (``textual.constants.COLOR_SYSTEM``) force it, which is
what these tests do.  "Readable" is checked on what would reach the terminal:
no visible text whose foreground equals its background once downsampled to 16
colours, and every key figure keeps underline plus a named ANSI colour.
"""

from __future__ import annotations

from typing import Any

import pytest
import textual.constants
from rich.color import ColorSystem
from rich.segment import Segment

from tests.tui.conftest import FakeCorpus, build_app, wait_for_workers
from tui.app import ANSI_THEME, BriefApp
from tui.widgets.component_style import foreground_style
from tui.widgets.original_view import FIGURE_KIND_CLASSES, OriginalView

FIGURE_SURFACES = ("17%", "5890억 달러", "560만 달러")


@pytest.fixture
def sixteen_colors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "standard")


def screen_segments(app: BriefApp) -> list[Segment]:
    """Every segment of the screen as the compositor sends it, with the app's filters applied."""
    segments: list[Segment] = []
    for strip in app.screen._compositor.render_strips():
        for line_filter in app._filters:
            strip = strip.apply_filter(line_filter, app.screen.styles.background)
        segments.extend(strip)
    return segments


def unreadable(segments: list[Segment]) -> list[tuple[str, str]]:
    """Visible text whose foreground and background are the same colour in 16 colours."""
    bad = []
    for segment in segments:
        style = segment.style
        if style is None or not segment.text.strip() or style.color is None or style.bgcolor is None:
            continue
        if style.color.is_default or style.bgcolor.is_default:
            continue  # the terminal's own pair
        fg = style.color.downgrade(ColorSystem.STANDARD)
        bg = style.bgcolor.downgrade(ColorSystem.STANDARD)
        if fg.number == bg.number:
            bad.append((segment.text, str(style)))
    return bad


def original_segments(app: BriefApp) -> list[Segment]:
    original = app.reader.query_one(OriginalView)
    return [seg for y in range(original.size.height) for seg in original.render_line(y)]


async def test_sixteen_colours_switch_to_the_ansi_theme(corpus: FakeCorpus, sixteen_colors: None) -> None:
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        assert app.limited_colors
        assert app.theme == ANSI_THEME and app.native_ansi_color


async def test_truecolor_and_256_colours_keep_the_default_theme(corpus: FakeCorpus,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for system in ("truecolor", "256"):
        monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", system)
        app = build_app(corpus)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_workers(app, pilot)
            assert not app.limited_colors
            assert app.theme != ANSI_THEME


async def test_no_color_wins_over_sixteen_colours(corpus: FakeCorpus, sixteen_colors: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        assert not app.limited_colors and app.theme != ANSI_THEME
        figures = [seg for seg in original_segments(app) if seg.text == "560만 달러"]
        assert figures and figures[0].style is not None and figures[0].style.underline


async def test_figures_keep_underline_and_a_named_ansi_colour(corpus: FakeCorpus, sixteen_colors: None) -> None:
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        segments = original_segments(app)
        colours = {}
        for surface in FIGURE_SURFACES:
            found = [seg for seg in segments if seg.text == surface]
            assert found, surface
            style = found[0].style
            assert style is not None and style.underline
            assert style.color is not None and style.color.is_system_defined, (surface, str(style))
            colours[surface] = style.color.number
        assert colours["17%"] != colours["5890억 달러"] == colours["560만 달러"]  # kinds told apart by colour
        await pilot.press("right_square_bracket")  # the current figure is reversed
        await pilot.pause()
        current = [seg for seg in original_segments(app) if seg.text == "17%"]
        assert current and current[0].style is not None and current[0].style.reverse


async def test_each_figure_kind_has_its_own_colour_readable_on_every_highlight(corpus: FakeCorpus,
                                                                             sixteen_colors: None) -> None:
    """Six kinds, 16 colours: no two kinds share an ANSI colour, none is a highlight's background."""
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        original = app.reader.query_one(OriginalView)
        kinds = {kind: foreground_style(original, name) for kind, name in FIGURE_KIND_CLASSES.items()}
        for kind, style in kinds.items():
            assert style.underline, kind
        coloured = {kind: style.color for kind, style in kinds.items() if style.color and not style.color.is_default}
        assert set(coloured) >= {"money", "percent", "count", "multiple", "quantity"}
        numbers = [colour.downgrade(ColorSystem.STANDARD).number for colour in coloured.values()]
        assert all(colour.is_system_defined for colour in coloured.values())
        assert len(set(numbers)) == len(numbers), coloured  # kinds told apart in 16 colours
        for name in ("original--summary", "original--linked"):
            highlight = foreground_style(original, name)
            for kind, style in kinds.items():
                combined = highlight + style  # the figure is drawn over the sentence
                assert unreadable([Segment(kind, combined)]) == [], (name, kind, str(combined))
        match = foreground_style(original, "original--match")
        for kind, style in kinds.items():
            combined = style + match  # a search match is drawn over the figure
            assert unreadable([Segment(kind, combined)]) == [], (kind, str(combined))


@pytest.mark.parametrize(
    "keys",
    [
        (),
        ("right_square_bracket",),
        ("enter", "right_square_bracket", "right_square_bracket"),
        ("j", "tab", "tab", "j", "j", "j"),  # briefing cursor links a sentence and a figure
        ("j", "tab", "tab", "j", "j", "j", "j", "j"),
        ("slash", "1", "7", "enter"),  # a search match over a figure
        ("v",),
        ("v", "right", "right"),
        ("question_mark",),
    ],
)
async def test_no_text_in_its_own_background_colour(corpus: FakeCorpus, sixteen_colors: None,
                                                    keys: tuple[str, ...]) -> None:
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await wait_for_workers(app, pilot)
        await pilot.pause()
        segments = screen_segments(app)
        assert any("엔비디아" in seg.text for seg in segments) or keys == ("question_mark",)
        assert unreadable(segments) == []


async def test_linked_figure_is_not_drawn_in_the_link_colour(corpus: FakeCorpus, sixteen_colors: None) -> None:
    """The briefing cursor on a line links its sentence and figure: the figure's colour differs from the link's."""
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        original = app.reader.query_one(OriginalView)
        briefing = original.briefing
        assert briefing is not None
        for index, figure in enumerate(briefing.figures):
            original.link((figure.sentence,), (index,))
            await pilot.pause()
            found = [seg for seg in original_segments(app)
                     if seg.text == figure.surface and seg.style and seg.style.bgcolor]
            assert found, figure.surface
            style = found[0].style
            assert style is not None and style.color is not None and style.bgcolor is not None
            assert style.color.number != style.bgcolor.number
            assert unreadable(original_segments(app)) == []


def test_sixteen_colour_reader_snapshot(snap_compare: Any, sixteen_colors: None) -> None:
    from tests.tui.test_snapshots import settled

    app = build_app(FakeCorpus())
    assert snap_compare(app, terminal_size=(120, 30), run_before=settled("right_square_bracket"))
