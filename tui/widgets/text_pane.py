"""TextPane: a scrollable view of wrapped, styled paragraphs drawn with the line API.

Only the visible lines are rendered, so a 600 KB article costs one wrap per
width, not a widget per paragraph.  Subclasses supply paragraphs ("blocks") as
``rich.text.Text`` built from plain strings, and restyle them without
re-wrapping when only highlights change.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from rich._wrap import divide_line
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class TextPane(ScrollView, can_focus=True):
    """Wrapped paragraphs with offset-to-line lookups for scrolling to a span."""

    DEFAULT_CSS = """
    TextPane {
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._blocks: list[Text] = []
        self._wrapped_width = -1
        # one entry per screen line: (block index, start, end) as offsets into that block
        self._lines: list[tuple[int, int, int]] = []
        self._block_first_line: list[int] = []
        self._line_starts: list[int] = []  # per line, the start offset within its block
        self._strips: dict[int, Strip] = {}
        self._anchor: tuple[int, int] | None = None  # (block, offset) to keep in view

    # --- content ----------------------------------------------------------

    def set_blocks(self, blocks: list[Text], *, keep_scroll: bool = False) -> None:
        """Show new paragraphs (re-wraps); scrolls home unless asked not to."""
        self._blocks = blocks
        self._wrapped_width = -1
        self._strips.clear()
        self._rewrap()
        if not keep_scroll:
            self._anchor = None
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def restyle_blocks(self, blocks: list[Text]) -> None:
        """Swap in paragraphs with the same plain text but new styles (no re-wrap)."""
        if [b.plain for b in blocks] != [b.plain for b in self._blocks]:
            self.set_blocks(blocks, keep_scroll=True)
            return
        self._blocks = blocks
        self._strips.clear()
        self.refresh()

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def _wrap_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _rewrap(self) -> None:
        if self.scrollable_content_region.width <= 0:  # not laid out (or hidden): wrap on resize
            self._lines, self._block_first_line, self._line_starts = [], [], []
            self._wrapped_width = -1
            return
        width = self._wrap_width()
        if width == self._wrapped_width and self._lines:
            return
        lines: list[tuple[int, int, int]] = []
        firsts: list[int] = []
        for index, block in enumerate(self._blocks):
            firsts.append(len(lines))
            plain = block.plain
            pos = 0
            for segment in plain.split("\n"):
                end = pos + len(segment)
                if not segment:
                    lines.append((index, pos, end))
                else:
                    cuts = [0, *divide_line(segment, width, fold=True), len(segment)]
                    for a, b in pairwise(cuts):
                        if b > a:
                            lines.append((index, pos + a, pos + b))
                pos = end + 1
        self._lines = lines
        self._block_first_line = firsts
        self._line_starts = [start for _, start, _ in lines]
        self._wrapped_width = width
        self._strips.clear()
        self.virtual_size = Size(width, len(lines))

    def _ensure_wrapped(self) -> None:
        """Wrap for the width the pane is drawn at, even before its Resize event has arrived.

        A pane given its text while it is being mounted has no width yet; wrapping
        here puts that text on the very first frame instead of the one after.
        """
        width = self.scrollable_content_region.width
        if width > 0 and width != self._wrapped_width:
            self._rewrap()

    def on_resize(self) -> None:
        self._rewrap()
        self.refresh()
        self._apply_anchor()

    # --- lookups ----------------------------------------------------------

    def line_of(self, block: int, offset: int) -> int:
        """The screen line showing ``offset`` of paragraph ``block``."""
        if not self._lines or block >= len(self._blocks):
            return 0
        first = self._block_first_line[block]
        last = self._block_first_line[block + 1] if block + 1 < len(self._blocks) else len(self._lines)
        i = bisect_right(self._line_starts, offset, first, last) - 1
        return max(first, i)

    def scroll_to_span(self, block: int, offset: int) -> None:
        """Bring ``offset`` of paragraph ``block`` into view, now and again once laid out."""
        self._anchor = (block, offset)
        self._apply_anchor()
        self.call_after_refresh(self._apply_anchor)

    def forget_anchor(self) -> None:
        """The user scrolled: stop pulling the last target back into view."""
        self._anchor = None

    def _apply_anchor(self) -> None:
        if self._anchor is not None and self._lines:
            block, offset = self._anchor
            self.scroll_to_line(self.line_of(block, offset))

    def scroll_to_line(self, line: int, *, center: bool = True) -> None:
        """Bring a line into view (a third of the way down when centring)."""
        height = self.scrollable_content_region.height
        top, bottom = self.scroll_offset.y, self.scroll_offset.y + height
        if top <= line < bottom and not center:
            return
        if top + 1 <= line < bottom - 1:
            return
        target = max(0, line - height // 3) if center else line
        self.scroll_to(y=target, animate=False, immediate=True, force=True)

    # --- line API ---------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._ensure_wrapped()
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        style = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, style)
        strip = self._strips.get(index)
        if strip is None:
            block, start, end = self._lines[index]
            text = self._blocks[block][start:end]
            text.rstrip()
            segments = list(text.render(self.app.console))
            strip = Strip(Segment.apply_style(segments, style))
            self._strips[index] = strip
        return strip.crop_extend(0, width, style)
