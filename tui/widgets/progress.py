"""StatusBar: one line under the panes with the pane names, language, search and analysis progress."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..text import one_line
from .component_style import foreground_style

BAR_CELLS = 12


def progress_bar(done: int, total: int, cells: int = BAR_CELLS) -> str:
    """A text progress bar: '████▌       '."""
    if total <= 0:
        return " " * cells
    eighths = round(cells * 8 * min(done, total) / total)
    full, part = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[part] if part else ""
    return ("█" * full + partial).ljust(cells)


class StatusBar(Static):
    """Where the user is and how far the analysis has got; built from plain Text only."""

    COMPONENT_CLASSES = {"status--active", "status--progress", "status--error", "status--muted"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self.panes: list[tuple[str, bool]] = []
        self.language = ""
        self.search = ""
        self.done = 0
        self.total = 0
        self.failed = 0
        self.skipped = 0
        self.message = ""
        self.figure = ""

    def set_progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.refresh_text()

    @property
    def analysing(self) -> bool:
        return self.total > 0 and self.done < self.total

    def refresh_text(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        for name, active in self.panes:
            piece = Text(f" {name} ")
            if active:
                piece.stylize(foreground_style(self, "status--active"))
            else:
                piece.stylize(foreground_style(self, "status--muted"))
            text.append_text(piece)
        if self.panes:
            text.append(" ")
        if self.analysing:
            bar = Text(f"Analysing {self.done}/{self.total} {progress_bar(self.done, self.total)}")
            bar.stylize(foreground_style(self, "status--progress"))
            text.append_text(bar)
            text.append("  ")
        elif self.total:
            text.append(f"{self.total} analysed  ")
        if self.failed:
            err = Text(f"{self.failed} failed  ")
            err.stylize(foreground_style(self, "status--error"))
            text.append_text(err)
        if self.skipped:
            text.append(f"{self.skipped} skipped  ")
        if self.figure:
            text.append(one_line(self.figure) + "  ")
        if self.search:
            text.append(one_line(self.search) + "  ")
        if self.language:
            text.append(self.language + "  ")
        if self.message:
            text.append(one_line(self.message))
        self.update(text)
