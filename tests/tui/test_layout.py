"""Sizes and terminals: wide, narrow, tiny, resizing, NO_COLOR, and a 10,000-article list."""

from __future__ import annotations


import pytest

from briefings import Article
from tests.tui.conftest import FakeCorpus, build_app, pane_text, wait_for_workers
from tui.app import BriefApp
from tui.widgets.article_list import ArticleList
from tui.widgets.briefing_panel import BriefingPanel
from tui.widgets.original_view import OriginalView


async def test_wide_shows_three_panes_side_by_side(app: BriefApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        reader = app.reader
        boxes = [reader.query_one(w).region for w in (ArticleList, OriginalView, BriefingPanel)]
        assert all(box.width > 20 for box in boxes)
        assert boxes[0].right <= boxes[1].x and boxes[1].right <= boxes[2].x


async def test_resize_switches_between_side_by_side_and_one_pane(app: BriefApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        reader = app.reader
        assert not reader.has_class("narrow")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert reader.has_class("narrow")
        assert reader.query_one(ArticleList).display and not reader.query_one(OriginalView).display
        await pilot.press("tab")
        await pilot.pause()
        original = reader.query_one(OriginalView)
        assert original.display and original.region.width >= 90
        assert "엔비디아 주가가" in pane_text(original)
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert not reader.has_class("narrow")
        assert reader.query_one(ArticleList).display and reader.query_one(BriefingPanel).display
        assert app.is_running


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_small_terminals_stay_usable(app: BriefApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await wait_for_workers(app, pilot)
        reader = app.reader
        articles = reader.query_one(ArticleList)
        assert articles.region.height >= size[1] - 4
        assert "엔비디아" in pane_text(articles)
        await pilot.press("enter")
        await pilot.pause()
        assert "엔비디아 주가가" in pane_text(reader.query_one(OriginalView)).replace("\n", "")
        await pilot.press("shift+tab")  # back to the list
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert reader.query_one(OriginalView).display  # ] from the list brings the original into view
        await pilot.press("tab")
        await pilot.pause()
        assert "Headline of a1" in " ".join(pane_text(reader.query_one(BriefingPanel)).split())


async def test_no_color_keeps_highlights_as_underline(corpus: FakeCorpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(corpus)
    assert app.no_color
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        original = app.reader.query_one(OriginalView)
        segments = [seg for y in range(original.size.height) for seg in original.render_line(y)]
        figures = [seg for seg in segments if seg.text == "560만 달러"]
        assert figures and figures[0].style is not None and figures[0].style.underline


async def test_ten_thousand_articles_list_stays_responsive(corpus: FakeCorpus) -> None:
    corpus.articles = [
        Article(id=f"x{i:05}", path=f"/big/x{i:05}.txt", title=f"기사 제목 {i}", text=f"본문 {i}. 끝.")
        for i in range(10_000)
    ]
    corpus.errors = []
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot, timeout=60)
        articles = app.reader.query_one(ArticleList)
        assert articles.row_count == 10_000
        # the list draws only the lines on screen: 51 moves draw a few screens' lines, never 10,000 rows' (counted,
        # not timed: a 15 s wall-time limit failed on a loaded CI machine)
        drawn: list[int] = []
        render_line = articles.render_line
        articles.render_line = lambda y: drawn.append(y) or render_line(y)  # type: ignore[method-assign]
        await pilot.press("end")
        await pilot.press(*(["k"] * 50))
        await pilot.pause()
        articles.render_line = render_line  # type: ignore[method-assign]
        assert articles.cursor == 9_949
        assert "기사 제목 9949" in pane_text(app.reader.query_one(OriginalView))
        assert 0 < len(drawn) <= 3 * 51 * articles.size.height < 20_000, len(drawn)  # 20,000: every row's two lines
        # streaming briefings in redraws one row (its two lines), never the whole list: counted, not timed
        row = articles.row(0)
        redrawn: list[tuple[int, int]] = []
        whole: list[object] = []
        articles.refresh_lines = lambda y, lines=1: redrawn.append((y, lines))  # type: ignore[method-assign]
        articles.refresh = lambda *a, **k: whole.append(a) or articles  # type: ignore[method-assign]
        offset = articles.scroll_offset.y
        for index in (0, 5_000, 9_999):
            articles.update_row(index, row)
        assert redrawn == [(index * 2 - offset, 2) for index in (0, 5_000, 9_999)]
        assert whole == []
        assert articles.row(9_999) == row


async def test_search_match_far_down_is_shown_at_40x12(corpus: FakeCorpus) -> None:
    from dataclasses import replace

    filler = "".join(f"채움 문장 {i}번이다. " for i in range(100))
    corpus.articles[1] = replace(corpus.articles[1], text=filler + "마지막에 숨은낱말 하나.")
    app = build_app(corpus)
    async with app.run_test(size=(40, 12)) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("slash", *"숨은낱말", "enter")
        await wait_for_workers(app, pilot)
        original = app.reader.query_one(OriginalView)
        assert original.display
        assert "숨은낱말" in pane_text(original)
        assert app.reader.query_one(ArticleList).cursor == 1
