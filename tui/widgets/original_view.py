"""OriginalView: the article's cleaned text with its key figures highlighted.

Every key figure is drawn in its kind's style, the sentences used by the
Korean summary are marked, the current figure (``]``/``[``) is emphasized, and
whatever the briefing cursor rests on is shown as linked.  The text is always
plain: spans are added with ``Text.stylize``, never through markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.binding import Binding

from ..messages import FigureFocused
from ..text import one_line, same_length_safe
from .component_style import foreground_style
from .text_pane import TextPane

if TYPE_CHECKING:
    from briefings import Article, Briefing

FIGURE_KIND_CLASSES = {
    "money": "original--money",
    "percent": "original--percent",
    "count": "original--count",
    "multiple": "original--multiple",
    "date": "original--date",
    "quantity": "original--quantity",
}

TEXT_BLOCK = 2  # blocks: 0 title, 1 details line, 2 the text


class OriginalView(TextPane):
    """The original article, highlighted."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", show=False),
    ]

    COMPONENT_CLASSES = {
        "original--title",
        "original--details",
        "original--summary",
        "original--current",
        "original--linked",
        "original--match",
        "original--message",
        *FIGURE_KIND_CLASSES.values(),
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.briefing: Briefing | None = None
        self.current_figure: int | None = None
        self._order: list[int] = []  # figure indices in text order
        self._linked_sentences: tuple[int, ...] = ()
        self._linked_figures: tuple[int, ...] = ()
        self._match: tuple[int, int] | None = None
        self._note: str = ""

    # --- what to show -----------------------------------------------------

    def show_article(self, article: Article | None, briefing: Briefing | None, note: str = "") -> None:
        """Show an article (and its briefing's highlights when there is one)."""
        same = article is not None and self.article is not None and article.id == self.article.id
        self.article = article
        self.briefing = briefing
        self._note = note
        if not same:
            self.current_figure = None
            self._linked_sentences = ()
            self._linked_figures = ()
            self._match = None
        figures = briefing.figures if briefing is not None else ()
        self._order = sorted(range(len(figures)), key=lambda i: (figures[i].start, figures[i].end))
        if self.current_figure is not None and self.current_figure >= len(figures):
            self.current_figure = None
        blocks = self._build_blocks()
        if same:
            self.restyle_blocks(blocks)
        else:
            self.set_blocks(blocks)

    def show_message(self, title: str, message: str) -> None:
        """Show a message instead of an article (a skipped file, an empty corpus)."""
        self.article = None
        self.briefing = None
        self.current_figure = None
        self._order = []
        heading = Text(one_line(title))
        heading.stylize(foreground_style(self, "original--title"))
        body = Text(same_length_safe(message))
        body.stylize(foreground_style(self, "original--message"))
        self.set_blocks([heading, Text(""), body])

    def set_note(self, note: str) -> None:
        """Change the details line (e.g. 'analysing…' -> '12 key figures')."""
        if note != self._note:
            self._note = note
            if self.article is not None:
                self.restyle_blocks(self._build_blocks())

    def _build_blocks(self) -> list[Text]:
        article = self.article
        if article is None:
            return [Text("")]
        skip = self._title_skip(article)
        if skip:
            # The headline is the text's first line (its figures are figures of the article): show it
            # once, as the title, with its highlights, and the body from the line after it.
            title = Text(same_length_safe(article.text[: skip - 1]))
            title.stylize(foreground_style(self, "original--title"))
            self._paint(title, 0, 0, skip - 1)
        else:
            title = Text(one_line(article.title))
            title.stylize(foreground_style(self, "original--title"))
        details = Text(one_line(" · ".join(p for p in self._details(article) if p)))
        details.stylize(foreground_style(self, "original--details"))
        body = Text("\n" + same_length_safe(article.text[skip:]))
        self._paint(body, 1 - skip, skip, len(article.text))  # 1: the leading blank line
        return [title, details, body]

    @staticmethod
    def _title_skip(article: Article) -> int:
        """Length of the text's first line and its newline when that line is the title, else 0."""
        first, newline, _ = article.text.partition("\n")
        if newline and first.strip() and first == one_line(article.title):
            return len(first) + 1
        return 0

    def _details(self, article: Article) -> list[str]:
        return [article.outlet or "", article.date or "", self._note]

    def _paint(self, text: Text, shift: int, lo: int, hi: int) -> None:
        """Style the spans of the article text that fall in [lo, hi) onto ``text`` (offsets + ``shift``)."""

        def stylize(style: Style, start: int, end: int) -> None:
            start, end = max(start, lo), min(end, hi)
            if end > start:
                text.stylize(style, start + shift, end + shift)

        briefing = self.briefing
        if briefing is not None:
            sentences = briefing.analysis.sentences
            summary_style = foreground_style(self, "original--summary")
            for index in briefing.summary_ko:
                if 0 <= index < len(sentences):
                    stylize(summary_style, sentences[index].start, sentences[index].end)
            linked_style = foreground_style(self, "original--linked")
            for index in self._linked_sentences:
                if 0 <= index < len(sentences):
                    stylize(linked_style, sentences[index].start, sentences[index].end)
            for index, figure in enumerate(briefing.figures):
                kind_class = FIGURE_KIND_CLASSES.get(figure.kind, "original--quantity")
                style = foreground_style(self, kind_class)
                if index in self._linked_figures:
                    style = style + Style(underline=True, bold=True)
                stylize(style, figure.start, figure.end)
            if self.current_figure is not None and 0 <= self.current_figure < len(briefing.figures):
                figure = briefing.figures[self.current_figure]
                stylize(foreground_style(self, "original--current"), figure.start, figure.end)
        if self._match is not None:
            stylize(foreground_style(self, "original--match"), *self._match)

    # --- figures ------------------------------------------------------------

    @property
    def figure_count(self) -> int:
        return len(self._order)

    def figure_position(self, index: int) -> int:
        """1-based place of figure ``index`` in text order (0 if it is not shown)."""
        return self._order.index(index) + 1 if index in self._order else 0

    def step_figure(self, step: int) -> int | None:
        """Move to the next (+1) or previous (-1) key figure in text order; returns its index."""
        if not self._order:
            return None
        if self.current_figure is None or self.current_figure not in self._order:
            position = 0 if step > 0 else len(self._order) - 1
        else:
            position = (self._order.index(self.current_figure) + step) % len(self._order)
        self.focus_figure(self._order[position])
        return self.current_figure

    def focus_figure(self, index: int | None, *, notify: bool = True) -> None:
        """Make ``index`` the current figure, scroll to it, and tell the screen."""
        if self.briefing is None or index is None or not 0 <= index < len(self.briefing.figures):
            index = None
        self.current_figure = index
        self.restyle_blocks(self._build_blocks())
        if index is not None and self.briefing is not None:
            self.scroll_to_offset(self.briefing.figures[index].start)
        if notify:
            self.post_message(FigureFocused(index, self.briefing))

    def link(self, sentences: tuple[int, ...], figures: tuple[int, ...]) -> None:
        """Mark what the briefing cursor rests on, and bring it into view."""
        self._linked_sentences = sentences
        self._linked_figures = figures
        self.restyle_blocks(self._build_blocks())
        briefing = self.briefing
        if briefing is None:
            return
        starts = [briefing.figures[i].start for i in figures if 0 <= i < len(briefing.figures)]
        starts += [briefing.analysis.sentences[i].start for i in sentences if 0 <= i < len(briefing.analysis.sentences)]
        if starts:
            self.scroll_to_offset(min(starts))

    def show_match(self, start: int, end: int) -> None:
        """Highlight a search match (offsets into the text; -1 for a title match)."""
        self._match = (start, end) if start >= 0 else None
        self.restyle_blocks(self._build_blocks())
        if start >= 0:
            self.scroll_to_offset(start)
        else:
            self.forget_anchor()
            self.scroll_to(y=0, animate=False, immediate=True)

    def scroll_to_sentence(self, sentence: int) -> None:
        briefing = self.briefing
        if briefing is not None and 0 <= sentence < len(briefing.analysis.sentences):
            self.scroll_to_offset(briefing.analysis.sentences[sentence].start)

    def scroll_to_offset(self, offset: int) -> None:
        skip = self._title_skip(self.article) if self.article is not None else 0
        if offset < skip:  # in the headline, shown as the title
            self.scroll_to_span(0, offset)
        else:
            self.scroll_to_span(TEXT_BLOCK, offset - skip + 1)

    def figure_copy_text(self) -> str | None:
        """The current figure as a line to copy: Korean surface, English, sentence."""
        if self.briefing is None or self.current_figure is None:
            return None
        figure = self.briefing.figures[self.current_figure]
        return f"{figure.surface}\t{figure.en}"

    def action_scroll_down(self) -> None:
        self.forget_anchor()
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.forget_anchor()
        self.scroll_relative(y=-1, animate=False)
