"""BriefingPanel: English headline, Korean summary, English briefing and key-figure table.

Each line of the panel that rests on the article (a summary sentence, a
briefing line, a figure row) is an item the cursor can rest on; moving to an
item tells the screen which sentences and figures it is built on, and a figure
focused in the original marks the items built on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive

from ..messages import BriefingItemFocused
from ..text import one_line, safe
from .component_style import foreground_style
from .figure_table import column_widths, figure_header_text, figure_row_cells, figure_row_text
from .text_pane import TextPane

if TYPE_CHECKING:
    from briefings import Briefing

FIGURE_KIND_CLASSES = {  # the same colours as the original's highlights
    "money": "briefing--money",
    "percent": "briefing--percent",
    "count": "briefing--count",
    "multiple": "briefing--multiple",
    "date": "briefing--date",
    "quantity": "briefing--quantity",
}
LANGUAGES = ("both", "ko", "en")
LANGUAGE_NAMES = {"both": "Korean + English", "ko": "Korean", "en": "English"}
STACKED_TABLE_BELOW = 48  # narrower panes show each figure on two lines
_AMOUNT_START = re.compile(r"US\$|CN¥|[₩$€¥£]|[0-9]")
NO_ENGLISH = "(no fact could be stated in English with confidence: see the key figures)"
NO_MORE_ENGLISH = "(no further fact stated with confidence: see the key figures)"


@dataclass(frozen=True)
class PanelItem:
    """A line of the panel the cursor can rest on, and what it is built on."""

    kind: str  # headline | ko | en | figure
    text: str  # what `y` copies
    sentences: tuple[int, ...]
    figures: tuple[int, ...]
    block: int


class BriefingPanel(TextPane):
    """The bilingual briefing of the article on show."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next line", show=False),
        Binding("k,up", "cursor_up", "Previous line", show=False),
        Binding("enter", "show_source", "Show in original", show=False),
    ]

    COMPONENT_CLASSES = {
        "briefing--heading",
        "briefing--headline",
        "briefing--cursor",
        "briefing--linked",
        "briefing--muted",
        "briefing--error",
        *FIGURE_KIND_CLASSES.values(),
    }

    language: reactive[str] = reactive("both", init=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.briefing: Briefing | None = None
        self.items: list[PanelItem] = []
        self.cursor: int | None = None
        self._linked_figure: int | None = None
        self._state = ""  # "", "pending", "error: ..."
        self._built_width = -1

    # --- what to show -----------------------------------------------------

    def show_briefing(self, briefing: Briefing | None, state: str = "") -> None:
        """Show a briefing, or a state line ('pending', or an error) when there is none."""
        same = (
            briefing is not None
            and self.briefing is not None
            and briefing.article.id == self.briefing.article.id
        )
        self.briefing = briefing
        self._state = state
        if not same:
            self.cursor = None
            self._linked_figure = None
        self._rebuild(keep_scroll=same)

    def watch_language(self) -> None:
        self.cursor = None
        self._rebuild(keep_scroll=False)

    def cycle_language(self) -> str:
        self.language = LANGUAGES[(LANGUAGES.index(self.language) + 1) % len(LANGUAGES)]
        return self.language

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._built_width:
            self._rebuild(keep_scroll=True)
        super().on_resize()

    def _ensure_wrapped(self) -> None:
        width = self.scrollable_content_region.width
        if width > 0 and width != self._built_width:  # the figure table's layout depends on the width
            self._rebuild(keep_scroll=True)
        else:
            super()._ensure_wrapped()

    def _heading(self, label: str) -> Text:
        text = Text(label)
        text.stylize(foreground_style(self, "briefing--heading"))
        return text

    def _mark_figures(self, text: Text, figures: list[tuple[str, str]]) -> None:
        """Colour each figure's words (its Korean surface or English form) in ``text`` by its kind."""
        plain = text.plain
        taken: list[tuple[int, int]] = []
        for full, kind in figures:
            at = -1
            needle = full
            # A line may say a figure without its sign or bound ("fell 5.43%" for "-5.43%", "rose above
            # ₩1,480" for "at least ₩1,480"): then its amount from the currency sign or first digit on.
            for needle in (full, full[m.start() :] if (m := _AMOUNT_START.search(full)) else ""):
                if not needle:
                    continue
                at = plain.find(needle)
                while at >= 0 and any(s < at + len(needle) and at < e for s, e in taken):
                    at = plain.find(needle, at + 1)
                if at >= 0:
                    break
            if at < 0:
                continue
            taken.append((at, at + len(needle)))
            style = foreground_style(self, FIGURE_KIND_CLASSES.get(kind, "briefing--quantity"))
            text.stylize(style, at, at + len(needle))

    def _rebuild(self, *, keep_scroll: bool) -> None:
        blocks, items = self._build()
        self.items = items
        if self.cursor is not None and self.cursor >= len(items):
            self.cursor = None
        self._built_width = self.scrollable_content_region.width
        self.set_blocks(self._styled(blocks), keep_scroll=keep_scroll)

    def _build(self) -> tuple[list[Text], list[PanelItem]]:
        blocks: list[Text] = []
        items: list[PanelItem] = []
        briefing = self.briefing
        if briefing is None:
            if self._state.startswith("error"):
                message = Text("Could not brief this article:\n" + safe(self._state.removeprefix("error: ")))
                message.stylize(foreground_style(self, "briefing--error"))
            elif self._state == "none":
                message = Text("")
            else:
                message = Text("Analysing… the briefing appears here when it is ready.")
                message.stylize(foreground_style(self, "briefing--muted"))
            return [message], []

        def add_item(kind: str, text: Text, copy: str, sentences: tuple[int, ...], figures: tuple[int, ...]) -> None:
            items.append(PanelItem(kind, copy, sentences, figures, len(blocks)))
            blocks.append(text)

        lang = self.language
        figures_by_sentence: dict[int, list[int]] = {}
        for index, figure in enumerate(briefing.figures):
            figures_by_sentence.setdefault(figure.sentence, []).append(index)
        if lang in ("both", "en"):
            headline = one_line(briefing.headline_en) or "(no English headline)"
            text = Text(headline)
            text.stylize(foreground_style(self, "briefing--headline"))
            cited = tuple(i for i in briefing.headline_figures if 0 <= i < len(briefing.figures))
            self._mark_figures(text, [(briefing.figures[i].en, briefing.figures[i].kind) for i in cited])
            add_item("headline", text, headline, tuple(briefing.headline_sentences), cited)
            blocks.append(Text(""))
        if lang in ("both", "ko"):
            blocks.append(self._heading("한국어 요약 · Korean summary"))
            if not briefing.summary_ko:
                blocks.append(Text("(none)"))
            for index in briefing.summary_ko:
                sentence = one_line(briefing.sentence_text(index))
                in_sentence = figures_by_sentence.get(index, [])
                text = Text("• " + sentence)
                self._mark_figures(text, [(one_line(briefing.figures[i].surface), briefing.figures[i].kind)
                                          for i in in_sentence])
                add_item("ko", text, sentence, (index,), tuple(in_sentence))
            blocks.append(Text(""))
        if lang in ("both", "en"):
            blocks.append(self._heading("English briefing"))
            if not briefing.summary_en:
                none = Text(NO_ENGLISH if not briefing.headline_en else NO_MORE_ENGLISH)
                none.stylize(foreground_style(self, "briefing--muted"))
                blocks.append(none)
            for line in briefing.summary_en:
                sentence = one_line(line.text)
                text = Text("• " + sentence)
                cited = tuple(i for i in line.figures if 0 <= i < len(briefing.figures))
                self._mark_figures(text, [(briefing.figures[i].en, briefing.figures[i].kind) for i in cited])
                add_item("en", text, sentence, tuple(line.sentences), cited)
            blocks.append(Text(""))
        blocks.append(self._heading(f"Key figures ({len(briefing.figures)})"))
        rows = [figure_row_cells(f) for f in briefing.figures]
        width = max(1, self.scrollable_content_region.width)
        if width < STACKED_TABLE_BELOW:
            for index, (surface, english, value) in enumerate(rows):
                text = Text(f"{surface}\n  → {english} = {value}")
                copy = f"{surface}\t{english}\t{value}"
                add_item("figure", text, copy, (briefing.figures[index].sentence,), (index,))
        else:
            widths = column_widths(rows, width)
            if rows:
                header = figure_header_text(widths)
                header.stylize(foreground_style(self, "briefing--muted"))
                blocks.append(header)
            for index, cells in enumerate(rows):
                add_item(
                    "figure",
                    figure_row_text(cells, widths),
                    "\t".join(cells),
                    (briefing.figures[index].sentence,),
                    (index,),
                )
        if not rows:
            blocks.append(Text("(none)"))
        return blocks, items

    def _styled(self, blocks: list[Text]) -> list[Text]:
        styled = [b.copy() for b in blocks]
        linked = foreground_style(self, "briefing--linked")
        cursor = foreground_style(self, "briefing--cursor")
        for position, item in enumerate(self.items):
            if self._linked_figure is not None and self._linked_figure in item.figures:
                styled[item.block].stylize(linked)
            if position == self.cursor:
                styled[item.block].stylize(cursor)
        return styled

    def _restyle(self) -> None:
        # the items of this build, not of the last: the figure table's layout follows the pane's
        # width, which changes (a hidden pane has none) before the Resize that would rebuild
        blocks, self.items = self._build()
        if self.cursor is not None and self.cursor >= len(self.items):
            self.cursor = None
        self.restyle_blocks(self._styled(blocks))

    # --- cursor and links -------------------------------------------------

    def move_cursor(self, step: int) -> None:
        if not self.items:
            return
        if self.cursor is None:
            self.cursor = 0 if step > 0 else len(self.items) - 1
        else:
            self.cursor = max(0, min(len(self.items) - 1, self.cursor + step))
        cursor = self.cursor
        self._restyle()  # may lay the items out again (another width): take the item after it
        item = self.items[cursor]
        self.scroll_to_span(item.block, 0)
        self.post_message(BriefingItemFocused(item.sentences, item.figures, self.briefing))

    def action_cursor_down(self) -> None:
        self.move_cursor(+1)

    def action_cursor_up(self) -> None:
        self.move_cursor(-1)

    def action_show_source(self) -> None:
        if self.cursor is not None:
            item = self.items[self.cursor]
            self.post_message(BriefingItemFocused(item.sentences, item.figures, self.briefing))

    def link_figure(self, figure: int | None) -> None:
        """Mark the items built on ``figure`` (from the original) and bring the first into view."""
        self._linked_figure = figure
        self._restyle()
        if figure is None:
            return
        for item in self.items:
            if figure in item.figures and item.kind != "headline":
                self.scroll_to_span(item.block, 0)
                break

    def linked_items(self) -> list[PanelItem]:
        """The items built on the figure focused in the original."""
        if self._linked_figure is None:
            return []
        return [item for item in self.items if self._linked_figure in item.figures]

    def focused_copy_text(self) -> str | None:
        if self.cursor is None or not self.items:
            return None
        return self.items[self.cursor].text
