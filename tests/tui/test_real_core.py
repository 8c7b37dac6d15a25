"""The reader on the real core and the bundled seeds, with a cache directory (loads Kiwi once)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import pane_text, wait_for_workers
from tui.app import make_app
from tui.widgets.article_list import ArticleList
from tui.widgets.briefing_panel import BriefingPanel
from tui.widgets.original_view import OriginalView


async def test_seeds_with_cache_then_warm_start(tmp_path: Path) -> None:
    app = make_app([], use_cache=True, cache_dir=tmp_path / "cache")
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot, timeout=120)
        assert len(app.state.articles) == 5 and not app.state.failures
        reader = app.reader
        assert reader.query_one(ArticleList).row_count == 5
        briefing = app.state.briefings[app.state.articles[0].id]
        for figure in briefing.figures:  # every figure shown is an exact span of the text
            assert briefing.article.text[figure.start:figure.end] == figure.surface
        assert "English briefing" in pane_text(reader.query_one(BriefingPanel))
        assert briefing.article.title[:10] in pane_text(reader.query_one(OriginalView))
    assert any((tmp_path / "cache").rglob("*")), "the cache was written"

    warm = make_app([], use_cache=True, cache_dir=tmp_path / "cache")
    async with warm.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(warm, pilot, timeout=60)
        assert len(warm.state.briefings) == 5
        cache = warm._get_cache()
        assert cache is not None and cache.hits == 5


async def test_unwritable_cache_is_said_once_and_the_reader_works(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    app = make_app([], use_cache=True, cache_dir=blocker / "cache")
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot, timeout=120)
        assert len(app.state.briefings) == 5
        warnings = [n.message for n in app._notifications if "cache" in n.message.lower()]
        assert len(warnings) == 1, warnings
        assert app.is_running
