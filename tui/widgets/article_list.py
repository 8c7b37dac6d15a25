"""ArticleList: the left pane, one two-line row per article, virtualized with the line API.

Rows are plain data (title, detail line, state); only visible rows are drawn,
so 10,000 articles cost no more than 10 to scroll, and updating one row's
detail (its briefing arrived) redraws two lines, not the list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..messages import ArticleChosen, ArticleHighlighted
from ..text import one_line
from .component_style import foreground_style

ROW_HEIGHT = 2


@dataclass(frozen=True)
class ArticleRow:
    """What one list row shows: title, detail (outlet · date · figures) and its state."""

    title: str
    detail: str
    state: str = "pending"  # pending | ready | error | skipped
    badge: str = ""  # right-aligned on the detail line, e.g. "4 fig"


class ArticleList(ScrollView, can_focus=True):
    """The list of articles; moving the cursor opens the article at once."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False),
        Binding("k,up", "cursor_up", "Up", show=False),
        Binding("home,g", "cursor_first", "First", show=False),
        Binding("end,G", "cursor_last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "choose", "Open"),
    ]

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--detail",
        "article-list--error",
        "article-list--skipped",
        "article-list--badge",
    }

    DEFAULT_CSS = """
    ArticleList { scrollbar-gutter: stable; overflow-x: hidden; }
    """

    cursor: reactive[int] = reactive(0, init=False, always_update=True)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[ArticleRow] = []
        self._styles: dict[str, Style] = {}

    def _style(self, name: str) -> Style:
        """A component class's style, cached until the styles or the focus change."""
        style = self._styles.get(name)
        if style is None:
            # the cursor's translucent background must be blended; the others only add colours
            style = self._styles[name] = foreground_style(self, name)
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()

    # --- data -------------------------------------------------------------

    def set_rows(self, rows: list[ArticleRow], cursor: int = 0) -> None:
        """Replace every row (titles are shown as plain text, never markup)."""
        self._rows = [replace(r, title=one_line(r.title), detail=one_line(r.detail)) for r in rows]
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows) * ROW_HEIGHT)
        self.set_reactive(ArticleList.cursor, max(0, min(cursor, len(self._rows) - 1)))
        self._scroll_to_cursor()
        self.refresh()

    def update_row(self, index: int, row: ArticleRow) -> None:
        """Change one row; only its two lines are redrawn."""
        if 0 <= index < len(self._rows):
            self._rows[index] = replace(row, title=one_line(row.title), detail=one_line(row.detail))
            self.refresh_lines(index * ROW_HEIGHT - self.scroll_offset.y, ROW_HEIGHT)

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def row(self, index: int) -> ArticleRow:
        return self._rows[index]

    # --- cursor -----------------------------------------------------------

    def move_to(self, index: int) -> None:
        """Put the cursor on a row without announcing it (the screen already opened it)."""
        self.set_reactive(ArticleList.cursor, self.validate_cursor(index))
        self._scroll_to_cursor()
        self.refresh()

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._rows) - 1)) if self._rows else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        if self._rows:
            self.post_message(ArticleHighlighted(new))

    def _scroll_to_cursor(self) -> None:
        top = self.cursor * ROW_HEIGHT
        height = max(ROW_HEIGHT, self.scrollable_content_region.height)
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True, force=True)
        elif top + ROW_HEIGHT > y + height:
            self.scroll_to(y=top + ROW_HEIGHT - height, animate=False, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        if self.cursor < len(self._rows) - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_cursor_first(self) -> None:
        self.cursor = 0

    def action_cursor_last(self) -> None:
        self.cursor = len(self._rows) - 1

    def action_page_down(self) -> None:
        self.cursor = min(len(self._rows) - 1, self.cursor + max(1, self.size.height // ROW_HEIGHT))

    def action_page_up(self) -> None:
        self.cursor = max(0, self.cursor - max(1, self.size.height // ROW_HEIGHT))

    def action_choose(self) -> None:
        if self._rows:
            self.post_message(ArticleChosen(self.cursor))

    async def _on_click(self, event: object) -> None:
        offset = getattr(event, "y", None)
        if offset is None:
            return
        index = (self.scroll_offset.y + int(offset)) // ROW_HEIGHT
        if 0 <= index < len(self._rows):
            self.cursor = index

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows) * ROW_HEIGHT)
        self._scroll_to_cursor()

    # --- line API ---------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = self.scroll_offset.y + y
        index, part = divmod(line, ROW_HEIGHT)
        if index >= len(self._rows):
            return Strip.blank(width, base)
        row = self._rows[index]
        if part == 0:
            text = Text(row.title, style=Style(bold=True))
            if row.state == "skipped":
                text.stylize(self._style("article-list--skipped"))
        else:
            name = {"error": "article-list--error", "skipped": "article-list--skipped"}.get(
                row.state, "article-list--detail"
            )
            badge = Text(" " + row.badge) if row.badge else Text("")
            badge.stylize(self._style("article-list--badge"))
            text = Text("  " + row.detail)
            text.stylize(self._style(name))
            room = max(0, width - badge.cell_len)
            text.truncate(room, overflow="ellipsis", pad=True)
            text.append_text(badge)
        text.truncate(width, overflow="ellipsis")
        style = base
        if index == self.cursor:
            cursor_style = self._style("article-list--cursor")
            if not self.has_focus:
                cursor_style = cursor_style + Style(bold=False)
            style = base + cursor_style
        segments = list(Segment.apply_style(text.render(self.app.console), style))
        plain_len = text.cell_len
        if plain_len < width:
            segments.append(Segment(" " * (width - plain_len), style))
        return Strip(segments).crop(0, width)

    def on_focus(self) -> None:
        self._styles.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._styles.clear()
        self.refresh()


__all__ = ["ArticleList", "ArticleRow"]
