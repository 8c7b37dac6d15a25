"""The reader's key bindings gathered from where they are declared, for help and the palette.

Bindings are declared once, in the classes' ``BINDINGS``; this module only
reads them, so the footer, the help screen and the command palette agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True)
class KeyHelp:
    """One line of help: keys as shown, what they do, and the action they run."""

    keys: str
    description: str
    action: str
    target: str  # "app", "screen" or a widget's name


def _as_binding(binding: BindingType) -> Binding:
    if isinstance(binding, Binding):
        return binding
    key, action, *rest = binding
    return Binding(key, action, rest[0] if rest else "")


KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "shift+tab": "shift+tab",
    "down": "↓",
    "up": "↑",
}


def key_label(binding: Binding) -> str:
    keys = [k.strip() for k in binding.key.split(",")]
    return "/".join(KEY_NAMES.get(k, k) for k in keys)


def key_help(bindings: list[BindingType], target: str) -> list[KeyHelp]:
    """Help lines for the bindings of one class (those with a description); one line per action."""
    lines: list[KeyHelp] = []
    for raw in bindings:
        binding = _as_binding(raw)
        if not binding.description:
            continue
        line = KeyHelp(key_label(binding), binding.description, binding.action, target)
        same = next((i for i, known in enumerate(lines) if known.action == line.action), None)
        if same is None:
            lines.append(line)
        else:  # e.g. q and ctrl+c, declared apart because only ctrl+c has priority over a text box
            lines[same] = KeyHelp(lines[same].keys + "/" + line.keys, lines[same].description, line.action, target)
    return lines


def reader_key_sections() -> list[tuple[str, list[KeyHelp]]]:
    """Every section of keys the reader has, in the order the help screen shows them."""
    from .app import BriefApp
    from .screens.comparison import ComparisonScreen
    from .screens.reader import ReaderScreen
    from .widgets.article_list import ArticleList
    from .widgets.briefing_panel import BriefingPanel
    from .widgets.comparison_table import ComparisonTable
    from .widgets.original_view import OriginalView

    return [
        ("Everywhere", key_help(list(BriefApp.BINDINGS), "app")),
        ("Reader", key_help(list(ReaderScreen.BINDINGS), "reader")),
        ("Article list", key_help(list(ArticleList.BINDINGS), "list")),
        ("Original", key_help(list(OriginalView.BINDINGS), "original")),
        ("Briefing", key_help(list(BriefingPanel.BINDINGS), "briefing")),
        ("Comparison", key_help(list(ComparisonScreen.BINDINGS) + list(ComparisonTable.BINDINGS), "comparison")),
    ]
