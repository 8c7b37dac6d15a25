"""HelpScreen: every key, generated from the bindings the app, screens and widgets declare."""

from __future__ import annotations

from rich.cells import set_cell_size
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import reader_key_sections

INTRO = (
    "deepseek-brief: the original article beside its bilingual briefing. "
    "Key figures are coloured by kind (money, percent, count, multiple, date, quantity) and underlined; "
    "sentences of the Korean summary are in italics. ctrl+p opens the command palette."
)


def help_text() -> Text:
    """The help page as plain Text (no markup anywhere)."""
    text = Text(INTRO + "\n")
    for title, lines in reader_key_sections():
        if not lines:
            continue
        text.append("\n")
        text.append(title + "\n", style="bold underline")
        for line in lines:
            text.append("  " + set_cell_size(line.keys, 14), style="bold")
            text.append(line.description + "\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Keys and what they do; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close help"),
        Binding("j,down", "scroll_down", "Scroll", show=False),
        Binding("k,up", "scroll_up", "Scroll", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="help-screen")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(help_text(), id="help-text", markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that reach the help before it is composed (`? j` in one burst) have nothing to act on yet."""
        return self.is_mounted

    def action_close(self) -> None:
        if self.is_active:  # never pop a screen above or below this one
            self.dismiss(None)

    def action_scroll_down(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_up(animate=False)
