"""Start-up: the first article's text is on the first frame, before the corpus (and Kiwi) is loaded."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from briefings import first_article, load_paths
from tests.tui.conftest import fake_brief_many, fake_compare, pane_text, wait_for_workers
from tui.app import BriefApp, make_app
from tui.widgets.article_list import ArticleList
from tui.widgets.original_view import OriginalView

FIRST = "엔비디아 주가가 27일 하루에만 17% 폭락했다. 시가총액 5890억 달러가 증발했다.\n"
SECOND = "딥시크는 개발비로 560만 달러를 썼다고 밝혔다. 전문가들은 신중한 입장이다.\n"


def corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "000_empty.txt").write_bytes(b"")  # skipped: the first article is the next file
    (folder / "010_first.txt").write_text("엔비디아 폭락\n\n" + FIRST, encoding="utf-8")
    (folder / "sub" / "020_second.txt").write_text("딥시크 개발비\n\n" + SECOND, encoding="utf-8")
    return folder


def recording_app(folder: Path) -> tuple[BriefApp, dict[str, Any]]:
    """The real reader (real ingest, canned analysis) noting what its first frame showed."""
    app = make_app([str(folder)], use_cache=False, brief_many=fake_brief_many, compare=fake_compare)
    first_frame: dict[str, Any] = {}
    shown = app.first_frame_shown

    def record_then_load() -> None:  # runs just before the corpus load starts
        original = app.reader.query_one(OriginalView)
        first_frame.update(
            loaded=app.state.loaded,
            rows=app.reader.query_one(ArticleList).row_count,
            article=original.article.id if original.article else None,
            wrapped_lines=original.line_count,
            text=pane_text(original),
        )
        shown()

    app.first_frame_shown = record_then_load  # type: ignore[method-assign]
    return app, first_frame


def test_first_article_is_what_load_paths_lists_first(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    articles, errors = load_paths([str(folder)])
    assert [e.error for e in errors] == ["empty file"]
    assert first_article([str(folder)]) == articles[0]
    assert first_article([str(folder / "000_empty.txt"), str(folder)]) == articles[0]
    assert first_article([str(folder)], tries=1) is None  # only the empty file was tried
    assert first_article([str(tmp_path / "missing.txt")]) is None


async def test_first_frame_shows_the_first_article_then_the_list_fills(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    app, first = recording_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        assert first["loaded"] is False and first["rows"] == 1
        assert first["article"] == "010_first"
        assert first["wrapped_lines"] > 0, "the text was wrapped for the first frame, not after a resize"
        assert "5890억 달러가 증발했다" in first["text"]
        # afterwards: the whole corpus, the same article still open, analysis streamed in
        assert app.state.loaded and [a.id for a in app.state.articles] == ["010_first", "020_second"]
        assert app.reader.query_one(ArticleList).row_count == 3  # two articles and the skipped file
        assert app.reader.query_one(OriginalView).article.id == "010_first"  # type: ignore[union-attr]
        assert set(app.state.briefings) == {"010_first", "020_second"}


async def test_narrow_terminal_starts_on_the_list(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    app, first = recording_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(app, pilot)
        reader = app.reader
        assert reader.narrow and reader.pane == "list"
        assert reader.query_one(ArticleList).display and not reader.query_one(OriginalView).display
        assert first["rows"] == 1


async def test_garbage_collection_paused_for_start_up_is_resumed(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    app, first = recording_app(folder)
    app.gc_paused = True
    gc.disable()
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await wait_for_workers(app, pilot)
            assert first["rows"] == 1
            assert gc.isenabled() and not app.gc_paused
    finally:
        gc.unfreeze()
        gc.enable()


async def test_text_is_drawn_on_the_first_render_not_after_the_resize(tmp_path: Path,
                                                                      monkeypatch: Any) -> None:
    """The original pane gets its text while mounting (no width yet); its first render must draw it."""
    drawn: list[str] = []
    render_line = OriginalView.render_line

    def first_renders(self: OriginalView, y: int) -> Any:
        strip = render_line(self, y)
        if len(drawn) < 48:
            drawn.append(strip.text)
        return strip

    monkeypatch.setattr(OriginalView, "render_line", first_renders)
    app, _ = recording_app(corpus_folder(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
    assert any("5890억 달러가" in line for line in drawn[:48])


async def test_the_key_bar_follows_the_first_frame_in_its_reserved_place(tmp_path: Path, monkeypatch: Any) -> None:
    """The Footer is mounted after the first frame; until then a bar of its height holds its row, so the
    panes and the status bar do not move when the keys appear, and the keys do appear."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    from tui.screens.reader import ReaderScreen
    from tui.widgets.progress import StatusBar

    seen: dict[str, Any] = {}
    show = ReaderScreen.show_key_bar

    def note_then_show(self: ReaderScreen) -> None:  # runs once the first frame is on the terminal
        seen.update(footers=len(self.query(Footer)), slot=len(self.query("#footer-slot")),
                    status_y=self.query_one(StatusBar).region.y)
        show(self)

    monkeypatch.setattr(ReaderScreen, "show_key_bar", note_then_show)
    app, _ = recording_app(corpus_folder(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.pause()
        screen = app.reader
        assert seen == {"footers": 0, "slot": 1, "status_y": 46}  # the first frame: the place, not the keys
        assert not screen.query("#footer-slot") and len(screen.query(Footer)) == 1
        assert screen.query_one(StatusBar).region.y == 46  # nothing moved
        keys = {key.description for key in screen.query(FooterKey)}
        assert {"Next pane", "Search", "Export"} <= keys
