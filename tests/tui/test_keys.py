"""Every key of the reader, driven with Pilot, asserting what changes on screen or on the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import (
    HOSTILE_TITLE,
    FakeCorpus,
    build_app,
    notifications,
    pane_text,
    wait_for_workers,
)
from tui.app import BriefApp
from tui.screens.comparison import ComparisonScreen
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.briefing_panel import BriefingPanel
from tui.widgets.comparison_table import ComparisonTable
from tui.widgets.original_view import OriginalView

WIDE = (160, 48)
NARROW = (80, 24)


def widgets(app: BriefApp) -> tuple[ArticleList, OriginalView, BriefingPanel]:
    reader = app.reader
    return reader.query_one(ArticleList), reader.query_one(OriginalView), reader.query_one(BriefingPanel)


async def test_start_shows_list_original_and_briefing(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        articles, original, panel = widgets(app)
        assert articles.row_count == 4  # three articles and one skipped file
        shown = pane_text(articles)
        assert "엔비디아 17% 폭락" in shown and "3 fig" in shown
        assert "skipped" in shown
        text = pane_text(original)
        assert "엔비디아 주가가 27일 하루에만 17% 폭락했다." in text
        assert "Headline of a1" in pane_text(panel)
        assert any("Skipped 1 file" in n for n in notifications(app))


async def test_j_k_and_arrows_move_and_open_at_once(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        articles, original, _ = widgets(app)
        await pilot.press("j")
        assert articles.cursor == 1
        assert HOSTILE_TITLE in pane_text(original)
        await pilot.press("down")
        assert articles.cursor == 2
        assert "이 기사는 분석 중에 오류가 난다." in pane_text(original)
        await pilot.press("k")
        assert articles.cursor == 1
        await pilot.press("up")
        assert articles.cursor == 0
        assert "엔비디아 주가가" in pane_text(original)


async def test_enter_opens_article_in_narrow_layout(app: BriefApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await wait_for_workers(app, pilot)
        articles, original, _ = widgets(app)
        assert app.reader.has_class("narrow")
        assert articles.display and not original.display
        await pilot.press("j", "enter")
        await pilot.pause()
        assert original.display and not articles.display
        assert app.focused is original
        assert HOSTILE_TITLE in pane_text(original)


async def test_tab_and_shift_tab_cycle_panes(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        articles, original, panel = widgets(app)
        assert app.focused is articles
        await pilot.press("tab")
        assert app.focused is original
        await pilot.press("tab")
        assert app.focused is panel
        await pilot.press("tab")
        assert app.focused is articles
        await pilot.press("shift+tab")
        assert app.focused is panel


async def test_brackets_step_through_figures_and_link_briefing(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        _, original, panel = widgets(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert original.current_figure == 0
        assert [item.text for item in panel.linked_items() if item.kind == "en"] == ["Line 1 [b]a1[/b] says 17%."]
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert original.current_figure == 1
        linked = [item.text for item in panel.linked_items() if item.kind == "figure"]
        assert linked == ["5890억 달러\tUS$589 billion\t589,000,000,000 USD"]
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert original.current_figure == 2  # wraps around


async def test_current_figure_is_emphasized_on_screen(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        _, original, _ = widgets(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        segments = [seg for y in range(original.size.height) for seg in original.render_line(y)]
        emphasized = [seg.text for seg in segments if seg.style is not None and seg.style.reverse]
        assert emphasized == ["17%"]
        underlined = "|".join(seg.text for seg in segments if seg.style is not None and seg.style.underline)
        assert "5890억" in underlined and "560만 달러" in underlined  # the other figures: highlighted too


async def test_briefing_cursor_links_back_to_original(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        _, original, panel = widgets(app)
        await pilot.press("tab", "tab")
        assert app.focused is panel
        await pilot.press("j")  # the headline
        await pilot.press("j")  # first Korean summary sentence
        await pilot.pause()
        assert panel.items[panel.cursor or 0].kind == "ko"
        assert original._linked_sentences == (0,)
        await pilot.press("j", "j", "j")  # the first English line
        await pilot.pause()
        item = panel.items[panel.cursor or 0]
        assert item.kind == "en" and original._linked_figures == item.figures


async def test_l_cycles_briefing_language(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        _, _, panel = widgets(app)
        both = pane_text(panel)
        assert "한국어 요약" in both and "English briefing" in both
        await pilot.press("l")
        korean = pane_text(panel)
        assert panel.language == "ko"
        assert "한국어 요약" in korean and "English briefing" not in korean and "Headline of a1" not in korean
        await pilot.press("l")
        english = pane_text(panel)
        assert "English briefing" in english and "한국어 요약" not in english
        await pilot.press("l")
        assert panel.language == "both"


async def test_c_copies_the_briefing_as_markdown(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("c")
        await wait_for_workers(app, pilot)
        copied = app.clipboard
        assert "Headline of a1" in copied
        assert "엔비디아 주가가 27일 하루에만 17% 폭락했다." in copied  # the Korean summary
        assert "US$589 billion" in copied
        assert f"Copied {len(copied):,} characters (terminal clipboard)" in notifications(app)


async def test_c_uses_system_clipboard_when_it_works(app: BriefApp, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_copy(text: str) -> bool:
        seen.append(text)
        return True

    monkeypatch.setattr("tui.clipboard.copy_to_system_clipboard", fake_copy)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("c")
        await wait_for_workers(app, pilot)
        assert seen and "Headline of a1" in seen[0]
        assert app.clipboard == ""  # OSC 52 not used
        assert f"Copied {len(seen[0]):,} characters (system clipboard)" in notifications(app)


async def test_y_copies_the_current_figure_or_briefing_line(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("tab", "right_square_bracket", "right_square_bracket", "y")
        await wait_for_workers(app, pilot)
        assert app.clipboard == "5890억 달러\tUS$589 billion"
        await pilot.press("tab", "j", "j", "y")
        await wait_for_workers(app, pilot)
        assert app.clipboard == "엔비디아 주가가 27일 하루에만 17% 폭락했다."


async def test_y_without_focus_target_says_so(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("tab", "y")
        await pilot.pause()
        assert app.clipboard == ""
        assert any("Nothing focused to copy" in n for n in notifications(app))


async def test_v_toggles_comparison_and_enter_opens_cell(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        table = app.screen.query_one(ComparisonTable)
        assert table.row_count == 2
        row = [cell.plain for cell in table.get_row_at(0)]
        assert row[:2] == ["NVIDIA share-price fall", "✓ agree"]
        assert row[2:] == ["17%", "17%"]
        await pilot.press("right", "right", "right")  # the second source's cell
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        articles, original, _ = widgets(app)
        assert articles.cursor == 1
        assert original.current_figure == 1
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_c_in_comparison_copies_comparison_markdown(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v", "c")
        await wait_for_workers(app, pilot)
        assert "NVIDIA share-price fall" in app.clipboard
        assert "DeepSeek development cost" in app.clipboard


async def test_comparison_falls_back_to_grouped_figures(corpus: FakeCorpus) -> None:
    from briefings import Comparison

    app = build_app(corpus, compare=lambda bs: Comparison(articles=tuple(b.article for b in bs), topics=()))
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        table = app.screen.query_one(ComparisonTable)
        labels = [table.get_row_at(r)[0].plain for r in range(table.row_count)]
        assert "Percentages" in labels and "Amounts of money (USD)" in labels
        percent = [c.plain for c in table.get_row_at(labels.index("Percentages"))]
        assert percent[1] == "≈ grouped" and percent[2] == "17%" and percent[3] == "17%; 3%"


async def test_slash_searches_and_n_N_cycle_matches(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"17%")
        await pilot.press("enter")
        await wait_for_workers(app, pilot)
        reader = app.reader
        articles, original, _ = widgets(app)
        assert len(reader.matches) == 3  # a1's title and text, b2's text
        assert "/17%  1/3" in reader.query_one("#status").render().plain  # type: ignore[attr-defined]
        await pilot.press("n")
        await pilot.press("n")
        assert articles.cursor == 1
        assert original._match is not None
        await pilot.press("N")
        assert articles.cursor == 0
        await pilot.press("N", "N")
        assert articles.cursor == 1  # wrapped around


async def test_search_without_match_says_so(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("slash", *"없는말", "enter")
        await wait_for_workers(app, pilot)
        assert "No match for that search." in notifications(app)
        await pilot.press("n")
        assert app.reader.query_one(ArticleList).cursor == 0


async def test_e_exports_into_the_export_folder_never_the_working_directory(
        app: BriefApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_export_dir: Path) -> None:
    """Run inside a folder of .md articles, 'e' must not write there (it used to replace news.md)."""
    news = tmp_path / "news"
    news.mkdir()
    monkeypatch.chdir(news)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("e")
        await wait_for_workers(app, pilot)  # the export and its notice are handled (one pause was short under load)
        assert list(news.iterdir()) == []
        files = list(private_export_dir.glob("*.md"))
        assert len(files) == 1
        assert "Headline of a1" in files[0].read_text("utf-8")
        assert f"Exported to {files[0]}" in notifications(app)


async def test_e_never_replaces_a_file_it_adds_a_suffix(app: BriefApp, private_export_dir: Path) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        (first,) = private_export_dir.glob("*.md")
        first.write_text("my notes", encoding="utf-8")
        await pilot.press("e", "e")
        await pilot.pause()
    names = sorted(p.name for p in private_export_dir.iterdir())
    stem = first.name[: -len(".md")]
    assert names == sorted([first.name, f"{stem}-2.md", f"{stem}-3.md"])
    assert first.read_text("utf-8") == "my notes"


async def test_e_goes_to_the_output_dir_given(corpus: FakeCorpus, tmp_path: Path) -> None:
    target = tmp_path / "chosen" / "exports"
    app = build_app(corpus, export_dir=target)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("e")
        await pilot.pause()
    assert len(list(target.glob("*.md"))) == 1


async def test_e_into_unwritable_directory_is_a_message(app: BriefApp, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import briefings

    def refuse(folder: Path, name: str, text: str) -> Path:
        raise briefings.ExportError(f"cannot write to {folder}: permission denied")

    monkeypatch.setattr(briefings, "write_new", refuse)
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("e")
        await wait_for_workers(app, pilot)
        assert any(n.startswith("Export failed: cannot write to") for n in notifications(app))
        assert app.is_running
        assert list(tmp_path.iterdir()) == []


async def test_R_reloads_and_reports_changes(corpus: FakeCorpus) -> None:
    from dataclasses import replace

    app = build_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("j")  # stay on b2 across the reload
        a1, b2, _c3 = corpus.articles
        corpus.articles = [replace(a1, text=a1.text + " 추가 문장이다.", digest="a1-v2"), b2]
        await pilot.press("R")
        await wait_for_workers(app, pilot)
        assert corpus.loads == 2
        message = next(n for n in notifications(app) if n.startswith("Reloaded:"))
        assert "1 changed (a1.txt)" in message and "1 removed (c3.txt)" in message
        articles, original, _ = widgets(app)
        assert articles.row_count == 3
        assert articles.cursor == 1 and HOSTILE_TITLE in pane_text(original)
        await pilot.press("k")
        assert "추가 문장이다." in pane_text(original)


async def test_search_survives_R_reload(corpus: FakeCorpus) -> None:
    app = build_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("slash", *"17%", "enter")
        await wait_for_workers(app, pilot)
        await pilot.press("R")
        await wait_for_workers(app, pilot)
        reader = app.reader
        assert len(reader.matches) == 3 and reader.query_one(ArticleList).cursor == 0  # searched again, not moved
        await pilot.press("n")
        assert reader.match_index == 0 and "No search yet" not in " ".join(notifications(app))
        await pilot.press("n", "n")
        assert reader.query_one(ArticleList).cursor == 1


async def test_question_mark_shows_help_from_bindings(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for binding in ReaderScreen.BINDINGS + BriefApp.BINDINGS:
            assert binding.description in text  # type: ignore[union-attr]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_command_palette_runs_the_same_actions(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Copy briefing")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for_workers(app, pilot)
        await pilot.pause()
        assert "Headline of a1" in app.clipboard


async def test_q_quits(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_failed_briefing_is_shown_on_its_article(app: BriefApp) -> None:
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        articles, original, panel = widgets(app)
        assert "c3" in app.state.failures
        assert articles.row(2).state == "error"
        await pilot.press("j", "j")
        shown = " ".join(pane_text(panel).split())
        assert "Could not brief this article: RuntimeError: analysis blew up [bold]here[/]" in shown
        assert "이 기사는 분석 중에 오류가 난다." in pane_text(original)
        assert app.is_running


async def test_figures_far_down_a_long_article_are_scrolled_into_view(corpus: FakeCorpus) -> None:
    from dataclasses import replace

    from tests.tui.conftest import FIGURES

    filler = "".join(f"채움 문장 {i}번이다. " for i in range(300))
    a1 = corpus.articles[0]
    corpus.articles[0] = replace(a1, text=filler + a1.text)
    assert FIGURES["a1"]
    app = build_app(corpus)
    async with app.run_test(size=NARROW) as pilot:
        await wait_for_workers(app, pilot)
        _, original, _ = widgets(app)
        await pilot.press("right_square_bracket", "right_square_bracket")  # from the list: the original comes up
        await pilot.pause()
        assert original.display
        assert "5890억" in pane_text(original)
        await pilot.resize_terminal(160, 48)  # the figure stays in view across a resize
        await pilot.pause()
        assert "5890억" in pane_text(original)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("down", "right", "right", "enter")  # the cost cell: 560만 달러 in a1
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert original.current_figure == 2
        assert "560만 달러" in pane_text(original)


async def test_escape_goes_back_to_the_list(app: BriefApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await wait_for_workers(app, pilot)
        articles, original, _ = widgets(app)
        await pilot.press("enter")
        assert original.display and not articles.display
        await pilot.press("escape")
        await pilot.pause()
        assert articles.display and app.focused is articles
