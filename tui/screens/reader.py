"""ReaderScreen: the article list, the original and its briefing, side by side or one at a time.

The screen composes the three panes, keeps them in step (list -> original and
briefing; figure in the original <-> lines of the briefing), and maps the
reader's keys to actions.  Below 120 columns it shows one pane at a time and
`tab` switches between them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget

from ..messages import ArticleChosen, ArticleHighlighted, BriefingItemFocused, FigureFocused
from ..text import one_line
from ..widgets.article_list import ArticleList, ArticleRow
from ..widgets.briefing_panel import LANGUAGE_NAMES, BriefingPanel
from ..widgets.original_view import OriginalView
from ..widgets.progress import StatusBar

if TYPE_CHECKING:
    from briefings import Article, Briefing

    from ..app import BriefApp

NARROW_BELOW = 120
PANES = ("list", "original", "briefing")
PANE_NAMES = {"list": "Articles", "original": "Original", "briefing": "Briefing"}


def figure_count_label(count: int) -> str:
    return f"{count} key figure" + ("" if count == 1 else "s")


class ReaderScreen(Screen[None]):
    """The reader: list, original, briefing."""

    BINDINGS = [
        Binding("tab", "next_pane", "Next pane"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False),
        Binding("right_square_bracket", "next_figure", "Next figure", key_display="]"),
        Binding("left_square_bracket", "previous_figure", "Previous figure", key_display="[", show=False),
        Binding("l", "cycle_language", "Language"),
        Binding("c", "copy_briefing", "Copy briefing"),
        Binding("y", "copy_focused", "Copy line"),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("n", "next_match", "Next match", show=False),
        Binding("N", "previous_match", "Previous match", show=False),
        Binding("e", "export", "Export"),
        Binding("escape", "back_to_list", "Back to the list", show=False),
    ]

    def __init__(self, *, width: int | None = None) -> None:
        # the layout classes _apply_layout would set, set up front so mounting styles the screen once
        narrow = width is not None and width < NARROW_BELOW
        super().__init__(id="reader", classes="show-list narrow" if narrow else "show-list")
        self.row = 0
        self.pane = "list"
        self.matches: list[tuple[int, int, int]] = []
        self.match_index = -1
        self.search_query = ""
        self._quiet_search = False

    @property
    def brief_app(self) -> BriefApp:
        return cast("BriefApp", self.app)

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(id="list")
            yield OriginalView(id="original")
            yield BriefingPanel(id="briefing")
        yield StatusBar(id="status")
        # the key bar comes after the first frame (its thirteen keys cost the first frame ~6% of its time);
        # until then an empty bar of its height and colour holds its place, so nothing moves
        yield Widget(id="footer-slot")

    def on_mount(self) -> None:
        app = self.brief_app
        first = app.read_first_article()
        if first is not None:
            # the first article's text on the first frame; the rest of the corpus follows
            app.state.show_first(first)
            self.query_one(ArticleList).set_rows([self._row_for_article(first)])
            self.open_row(0, force=True)
        else:
            self.query_one(OriginalView).show_message("deepseek-brief", "Reading the articles…")
            self.query_one(BriefingPanel).show_briefing(None, "none")
        self._apply_layout(self.size.width)
        self.query_one(ArticleList).focus()
        # after the first frame: the key bar, then reading the whole corpus (it would compete with it for the GIL)
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        self.show_key_bar()
        self.brief_app.first_frame_shown()

    def show_key_bar(self) -> None:
        """The Footer (the keys of the focused pane) in place of its placeholder; once."""
        slots = self.query("#footer-slot")
        if not slots:
            return
        from textual.widgets import Footer

        self.mount(Footer(), before=slots.first())
        slots.remove()
        # a Footer lists the keys when the bindings change; mounted after the focus settled, it is told once
        self.call_after_refresh(self.refresh_bindings)

    # --- layout -------------------------------------------------------------

    @property
    def narrow(self) -> bool:
        return self.has_class("narrow")

    def on_resize(self) -> None:
        self._apply_layout(self.size.width)

    def _apply_layout(self, width: int) -> None:
        self.set_class(width < NARROW_BELOW, "narrow")
        for pane in PANES:
            self.set_class(pane == self.pane, f"show-{pane}")
        self._refresh_status()

    def _pane_widget(self, pane: str) -> ArticleList | OriginalView | BriefingPanel:
        if pane == "list":
            return self.query_one(ArticleList)
        if pane == "original":
            return self.query_one(OriginalView)
        return self.query_one(BriefingPanel)

    def switch_pane(self, pane: str) -> None:
        self.pane = pane
        self._apply_layout(self.size.width)
        self._pane_widget(pane).focus()

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        for pane in PANES:
            if focused is self._pane_widget(pane) and pane != self.pane:
                self.pane = pane
                self._apply_layout(self.size.width)

    def action_next_pane(self) -> None:
        self.switch_pane(PANES[(PANES.index(self.pane) + 1) % len(PANES)])

    def action_back_to_list(self) -> None:
        if self.pane != "list":
            self.switch_pane("list")

    def action_previous_pane(self) -> None:
        self.switch_pane(PANES[(PANES.index(self.pane) - 1) % len(PANES)])

    # --- corpus ---------------------------------------------------------------

    def _row_for_article(self, article: Article) -> ArticleRow:
        state = self.brief_app.state
        outlet = article.outlet or Path(article.path).name
        parts = [article.date or "", outlet]
        if article.id in state.briefings:
            badge = f"{len(state.briefings[article.id].figures)} fig"
            row_state = "ready"
        elif article.id in state.failures:
            parts.insert(0, "error: " + state.failures[article.id])
            badge = "error"
            row_state = "error"
        else:
            badge = "…"
            row_state = "pending"
        title = one_line(article.title) or Path(article.path).name
        return ArticleRow(title, " · ".join(p for p in parts if p), row_state, badge)

    def corpus_loaded(self, keep_path: str | None = None) -> None:
        """The app loaded (or reloaded) the corpus: fill the list and open an article."""
        state = self.brief_app.state
        rows = [self._row_for_article(a) for a in state.articles]
        rows += [ArticleRow(Path(e.path).name or e.path, "skipped: " + e.error, "skipped", "skipped")
                 for e in state.errors]
        cursor = 0
        if keep_path is not None:
            for index, article in enumerate(state.articles):
                if article.path == keep_path:
                    cursor = index
                    break
        self.query_one(ArticleList).set_rows(rows, cursor)
        self.matches, self.match_index = [], -1
        if self.search_query:  # the texts may have changed: search again, quietly, so n/N keep working
            self._quiet_search = True
            self.brief_app.start_search(self.search_query)
        status = self.query_one(StatusBar)
        status.skipped = len(state.errors)
        status.failed = len(state.failures)
        self.open_row(cursor, force=True)

    def article_updated(self, article_id: str) -> None:
        """A briefing (or an error) arrived for one article."""
        state = self.brief_app.state
        index = state.index_of(article_id)
        if index is None:
            return
        self.query_one(ArticleList).update_row(index, self._row_for_article(state.articles[index]))
        status = self.query_one(StatusBar)
        status.failed = len(state.failures)
        if index == self.row:
            self.open_row(index, force=True)

    def set_progress(self, done: int, total: int) -> None:
        self.query_one(StatusBar).set_progress(done, total)

    def _refresh_status(self) -> None:
        status = self.query_one(StatusBar)
        status.panes = [(PANE_NAMES[p], p == self.pane) for p in PANES] if self.narrow else []
        panel = self.query_one(BriefingPanel)
        status.language = {"both": "KO+EN", "ko": "KO", "en": "EN"}[panel.language]
        if self.matches:
            status.search = f"/{self.search_query}  {self.match_index + 1}/{len(self.matches)}"
        elif self.search_query:
            status.search = f"/{self.search_query}  no match"
        else:
            status.search = ""
        status.refresh_text()

    # --- opening articles -----------------------------------------------------

    def current_article(self) -> Article | None:
        return self.brief_app.state.article_at(self.row)

    def current_briefing(self) -> Briefing | None:
        article = self.current_article()
        return self.brief_app.state.briefings.get(article.id) if article is not None else None

    def open_row(self, row: int, *, force: bool = False) -> None:
        """Show the article (or skipped file) at ``row`` in the original and briefing panes."""
        if row == self.row and not force:
            return
        self.row = row
        state = self.brief_app.state
        original = self.query_one(OriginalView)
        panel = self.query_one(BriefingPanel)
        article = state.article_at(row)
        if article is None:
            error = state.error_at(row)
            if error is not None:
                original.show_message(Path(error.path).name or error.path, f"{error.path}\n\nSkipped: {error.error}")
            elif state.loaded:
                original.show_message("No articles", "Nothing to read: no article could be loaded.")
            panel.show_briefing(None, "none")
            self._show_figure_status(None)
            return
        briefing = state.briefings.get(article.id)
        if briefing is not None:
            note = figure_count_label(len(briefing.figures))
            panel.show_briefing(briefing)
        elif article.id in state.failures:
            note = "briefing failed"
            panel.show_briefing(None, "error: " + state.failures[article.id])
        else:
            note = "analysing…"
            panel.show_briefing(None, "pending")
            self.brief_app.prioritize(article.id)
        original.show_article(article, briefing, note)
        self._show_figure_status(original.current_figure)
        if not force:
            self.brief_app.check_source(article)

    def open_at(self, article_id: str, sentence: int, figure: int | None) -> None:
        """Open an article at a sentence (and figure), e.g. from the comparison view."""
        index = self.brief_app.state.index_of(article_id)
        if index is None:
            return
        self.query_one(ArticleList).move_to(index)
        self.open_row(index)
        original = self.query_one(OriginalView)
        if figure is not None:
            original.focus_figure(figure)
        else:
            original.scroll_to_sentence(sentence)
            original.link((sentence,), ())
        self.switch_pane("original")

    @on(ArticleHighlighted)
    def _on_article_highlighted(self, message: ArticleHighlighted) -> None:
        self.open_row(message.index)

    @on(ArticleChosen)
    def _on_article_chosen(self, message: ArticleChosen) -> None:
        self.open_row(message.index)
        self.switch_pane("original")

    @on(FigureFocused)
    def _on_figure_focused(self, message: FigureFocused) -> None:
        if message.briefing is not self.query_one(OriginalView).briefing:
            return  # sent before another article (or briefing) was opened: its index means nothing here
        self.query_one(BriefingPanel).link_figure(message.figure)
        self._show_figure_status(message.figure)

    def _show_figure_status(self, figure: int | None) -> None:
        status = self.query_one(StatusBar)
        original = self.query_one(OriginalView)
        briefing = original.briefing
        if figure is None or briefing is None:
            status.figure = ""
        else:
            position = original.figure_position(figure)
            f = briefing.figures[figure]
            status.figure = f"figure {position}/{original.figure_count}: {f.surface} = {f.en}"
        status.refresh_text()

    @on(BriefingItemFocused)
    def _on_briefing_item_focused(self, message: BriefingItemFocused) -> None:
        original = self.query_one(OriginalView)
        if message.briefing is not original.briefing:
            return  # about an article no longer on show
        original.link(message.sentences, message.figures)

    # --- keys -------------------------------------------------------------------

    def _step_figure(self, step: int) -> None:
        original = self.query_one(OriginalView)
        if original.figure_count == 0:
            if self.current_briefing() is None:
                self.app.notify("The briefing is not ready yet.", markup=False)
            else:
                self.app.notify("This article has no key figures.", markup=False)
            return
        original.step_figure(step)
        if self.narrow and self.pane == "list":
            self.switch_pane("original")

    def action_next_figure(self) -> None:
        self._step_figure(+1)

    def action_previous_figure(self) -> None:
        self._step_figure(-1)

    def action_cycle_language(self) -> None:
        language = self.query_one(BriefingPanel).cycle_language()
        self._refresh_status()
        self.app.notify(f"Briefing language: {LANGUAGE_NAMES[language]}", markup=False, timeout=2)

    @property
    def language(self) -> str:
        return self.query_one(BriefingPanel).language

    def action_copy_briefing(self) -> None:
        briefing = self.current_briefing()
        if briefing is None:
            self.app.notify("Nothing to copy yet: the briefing is not ready.", markup=False, severity="warning")
            return
        self.brief_app.copy_briefing(briefing, self.language)

    def focused_copy_text(self) -> str | None:
        """What `y` copies: the focused briefing line, the current figure, or the list title."""
        focused = self.focused
        if isinstance(focused, BriefingPanel):
            text = focused.focused_copy_text()
            if text is None:
                linked = focused.linked_items()
                text = linked[0].text if linked else None
            return text
        original = self.query_one(OriginalView)
        if isinstance(focused, OriginalView) or self.pane != "list":
            return original.figure_copy_text()
        article = self.current_article()
        if article is not None:
            text = original.figure_copy_text()
            return text if text is not None else one_line(article.title)
        return None

    def action_copy_focused(self) -> None:
        text = self.focused_copy_text()
        if not text:
            self.app.notify(
                "Nothing focused to copy: move to a figure with ] or to a briefing line with tab and j/k.",
                markup=False,
                severity="warning",
            )
            return
        self.brief_app.copy_text(text)

    def action_export(self) -> None:
        briefing = self.current_briefing()
        if briefing is None:
            self.app.notify("Nothing to export yet: the briefing is not ready.", markup=False, severity="warning")
            return
        self.brief_app.export_briefing(briefing, self.language)

    # --- search -------------------------------------------------------------------

    def action_search(self) -> None:
        from .search import SearchScreen

        self.app.push_screen(SearchScreen(self.search_query), self._search_entered)

    def _search_entered(self, query: str | None) -> None:
        if query is None:
            return
        self.search_query = query
        if not query.strip():
            self.matches, self.match_index = [], -1
            self._refresh_status()
            return
        self.brief_app.start_search(query)

    def show_matches(self, query: str, matches: list[tuple[int, int, int]]) -> None:
        """Search results arrived: go to the first match at or after the current article."""
        self.search_query = query
        self.matches = matches
        self.match_index = -1
        if self._quiet_search:  # a reload's re-run: stay where the reader is
            self._quiet_search = False
            self._refresh_status()
            return
        if not matches:
            self._refresh_status()
            self.app.notify("No match for that search.", markup=False, severity="warning")
            return
        first = next((i for i, m in enumerate(matches) if m[0] >= self.row), 0)
        self._go_to_match(first)

    def _go_to_match(self, index: int) -> None:
        self.match_index = index % len(self.matches)
        row, start, end = self.matches[self.match_index]
        self.query_one(ArticleList).move_to(row)
        self.open_row(row)
        self.query_one(OriginalView).show_match(start, end)
        if self.narrow and self.pane != "original":
            self.switch_pane("original")
        self._refresh_status()

    def action_next_match(self) -> None:
        if not self.matches:
            self.app.notify("No search yet: press / to search.", markup=False)
            return
        self._go_to_match(self.match_index + 1)

    def action_previous_match(self) -> None:
        if not self.matches:
            self.app.notify("No search yet: press / to search.", markup=False)
            return
        self._go_to_match(self.match_index - 1)
