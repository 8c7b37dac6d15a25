"""Hostile text is shown literally everywhere, and faults become messages, never crashes."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from briefings import Article, Briefing
from tests.tui.conftest import (
    HOSTILE_TITLE,
    FakeCorpus,
    build_app,
    fake_briefing,
    notifications,
    pane_text,
    wait_for_workers,
)
from tui.app import BriefApp
from tui.widgets.article_list import ArticleList
from tui.widgets.briefing_panel import BriefingPanel
from tui.widgets.original_view import OriginalView

WIDE = (160, 48)


async def test_markup_in_titles_text_and_file_names_is_literal(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        reader = app.reader
        articles = pane_text(reader.query_one(ArticleList))
        assert HOSTILE_TITLE in articles
        assert "[bold]Outlet[/]" in articles
        assert "[red]binary[x].bin" in articles  # a skipped file's name
        await pilot.press("j")
        original = pane_text(reader.query_one(OriginalView))
        assert HOSTILE_TITLE in original
        assert "[bold red]경고[/bold red] 딥시크는 [/단독] 구형 GPU" in original
        panel = pane_text(reader.query_one(BriefingPanel))
        assert "[i]markup stays literal[/i]" in panel
        assert "Line 1 [b]b2[/b] says 2,048." in panel
        assert app.is_running


async def test_clicking_a_hostile_title_runs_no_action(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        articles = app.reader.query_one(ArticleList)
        await pilot.click(ArticleList, offset=(3, 2))  # on "[@click=app.quit]x[/]"
        await pilot.pause()
        assert app.is_running
        assert articles.cursor == 1


async def test_hostile_text_in_notifications_is_literal(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        # the skipped file's name (with markup) went into a notification
        assert any("[red]binary[x].bin" in n for n in notifications(app))
        await pilot.pause()
        assert app.is_running


async def test_skipped_file_shows_its_reason(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("j", "j", "j")
        shown = pane_text(app.reader.query_one(OriginalView))
        assert "Skipped: binary file (not text)" in shown


async def test_control_characters_never_reach_the_screen(corpus: FakeCorpus) -> None:
    evil = "\x1b]52;c;aGVsbG8=\x07\x1b[2J\x9b31m\u202eevil\x00 end"
    corpus.articles = [Article(id="z", path="/corpus/z\x1b[2J.txt", title="T" + evil, text="본문 " + evil)]
    corpus.errors = []
    app = build_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        reader = app.reader
        for widget in (reader.query_one(ArticleList), reader.query_one(OriginalView)):
            for y in range(widget.size.height):
                for segment in widget.render_line(y):
                    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ch == "\u202e" for ch in segment.text)


async def test_worker_exception_in_loader_is_a_message(corpus: FakeCorpus) -> None:
    def broken_load(paths: Any, max_bytes: int = 0) -> Any:
        raise OSError("disk on fire [b]x[/b]")

    app = build_app(corpus, load=broken_load)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.3)
        await pilot.pause()
        assert any("Could not read the articles: OSError: disk on fire [b]x[/b]" in n for n in notifications(app))
        assert app.is_running


async def test_comparison_failure_is_a_message(corpus: FakeCorpus) -> None:
    def broken_compare(briefings: Any) -> Any:
        raise ValueError("no [u]topics[/u]")

    app = build_app(corpus, compare=broken_compare)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        assert "Comparison failed: ValueError: no [u]topics[/u]" in notifications(app)
        await pilot.press("v")
        await pilot.pause()
        assert "comparison failed" in str(app.screen.query_one("#comparison-title").render())
        assert app.is_running


async def test_copy_failure_on_both_ways_is_a_message(app: BriefApp, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_osc52(text: str) -> None:
        raise RuntimeError("terminal gone")

    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        monkeypatch.setattr(app, "copy_to_clipboard", broken_osc52)
        await pilot.press("c")
        await wait_for_workers(app, pilot)
        assert "Could not copy: RuntimeError: terminal gone" in notifications(app)
        assert app.is_running


async def test_list_and_original_appear_before_analysis(corpus: FakeCorpus) -> None:
    release = threading.Event()

    def slow_brief_many(articles: Iterable[Article], progress: Any = None, cache: Any = None) -> Iterator[Briefing]:
        release.wait(10)
        for article in articles:
            yield fake_briefing(article)

    corpus.articles = corpus.articles[:2]
    app = build_app(corpus, brief_many=slow_brief_many)
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if app.state.loaded:
                break
        await pilot.pause()
        reader = app.reader
        assert "엔비디아 주가가 27일" in pane_text(reader.query_one(OriginalView))
        assert "Analysing… the briefing appears here" in pane_text(reader.query_one(BriefingPanel))
        assert "Analysing 0/2" in str(reader.query_one("#status").render())
        release.set()
        await wait_for_workers(app, pilot)
        assert "Headline of a1" in pane_text(reader.query_one(BriefingPanel))
        assert "2 analysed" in str(reader.query_one("#status").render())


async def test_selected_article_is_briefed_first(corpus: FakeCorpus) -> None:
    order: list[str] = []
    release = threading.Event()

    def recording_brief_many(
        articles: Iterable[Article], progress: Any = None, cache: Any = None
    ) -> Iterator[Briefing]:
        release.wait(10)
        for article in articles:
            order.append(article.id)
            yield fake_briefing(article)

    many = [
        Article(id=f"n{i:03}", path=f"/c/n{i:03}.txt", title=f"기사 {i}", text=f"문장 {i}. 끝.") for i in range(200)
    ]
    corpus.articles, corpus.errors = many, []
    app = build_app(corpus, brief_many=recording_brief_many)
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if app.state.loaded:
                break
        await pilot.press("end")  # the user jumps to the last article while the first is analysed
        release.set()
        await wait_for_workers(app, pilot)
        assert order.index("n199") <= 2
        assert len(app.state.briefings) == 200


async def test_analysis_worker_dying_marks_articles_failed(corpus: FakeCorpus, monkeypatch: pytest.MonkeyPatch) -> None:
    app = build_app(corpus)

    def broken(pending: Any, size: int) -> Any:
        raise KeyError("[b]bug[/b]")

    monkeypatch.setattr(app, "_next_chunk", broken)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        assert set(app.state.failures) == {"a1", "b2", "c3"}
        assert any(n.startswith("Internal error (analysis): KeyError") for n in notifications(app))
        assert app.reader.query_one(ArticleList).row(0).state == "error"
        assert app.is_running


async def test_changed_or_deleted_source_is_reported_when_opened(corpus: FakeCorpus, tmp_path: Any) -> None:
    import hashlib
    from dataclasses import replace

    kept = tmp_path / "a1.txt"
    kept.write_text("원래 내용", encoding="utf-8")
    digest = hashlib.sha256(kept.read_bytes()).hexdigest()
    a1, b2, c3 = corpus.articles
    corpus.articles = [replace(a1, path=str(kept), digest=digest),
                       replace(b2, path=str(tmp_path / "gone.txt"), digest="0" * 64), c3]
    app = build_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("j")  # open b2, whose file is gone
        await wait_for_workers(app, pilot)
        await pilot.pause(0.1)
        assert "gone.txt: file no longer exists; press R to reload." in notifications(app)
        kept.write_text("바뀐 내용", encoding="utf-8")
        await pilot.press("k")
        await wait_for_workers(app, pilot)
        await pilot.pause(0.1)
        assert any(n.startswith("a1.txt: file changed") for n in notifications(app))


async def test_empty_corpus_says_so_and_keys_are_harmless(corpus: FakeCorpus) -> None:
    corpus.articles, corpus.errors = [], []
    app = build_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        assert "Nothing to read" in pane_text(app.reader.query_one(OriginalView))
        assert "No articles found." in notifications(app)
        for key in ("j", "k", "enter", "right_square_bracket", "c", "y", "e", "n", "l", "v", "v", "R"):
            await pilot.press(key)
            await pilot.pause()
        await wait_for_workers(app, pilot)
        assert app.is_running


async def test_notifications_never_read_markup_even_if_a_caller_asks(app: BriefApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        app.notify("[@click=app.quit]x[/] [bold]b[/bold]", markup=True)
        await pilot.pause()
        assert app.is_running
        shown = [n for n in app._notifications if n.message == "[@click=app.quit]x[/] [bold]b[/bold]"]
        assert shown and all(n.markup is False for n in shown)
