"""SearchScreen: a one-line search box over the reader; enter searches, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class SearchScreen(ModalScreen[str | None]):
    """Ask for a search over every article's title and text."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    # focused when the box opens; not from on_mount, which can run after a quick escape removed the box
    AUTO_FOCUS = "#search-input"

    def __init__(self, query: str = "") -> None:
        super().__init__(id="search-screen")
        self._initial = query

    def compose(self) -> ComposeResult:
        yield Label("Search titles and text (enter: search, escape: cancel)", id="search-label", markup=False)
        yield Input(value=self._initial, placeholder="e.g. 엔비디아 or 560만", id="search-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        # keys typed fast are all queued before the first is handled: a second enter submits
        # again after the first closed the box, and dismissing again would pop the reader
        if self.is_active:
            self.dismiss(event.value)

    def action_cancel(self) -> None:
        if self.is_active:
            self.dismiss(None)
