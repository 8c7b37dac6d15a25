"""Component-class styles for spans of text: resolved against the widget, background only if declared.

``get_component_rich_style(name)`` resolves ``auto`` and translucent colours
against the widget's background but also carries that background, which
paints over a cursor or a highlight underneath; ``partial=True`` keeps only
the declared rules but leaves ``auto`` and translucent colours unresolved
(white text on a light theme).  ``foreground_style`` keeps the resolved
values of only what the class declares.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def foreground_style(widget: Widget, name: str) -> Style:
    """The class's resolved colour, attributes and (only if it declares one) background."""
    full = widget.get_component_rich_style(name)
    declared = widget.get_component_rich_style(name, partial=True)
    color = full.color if declared.color is not None else None
    bgcolor = full.bgcolor if declared.bgcolor is not None else None
    return full.without_color + Style(color=color, bgcolor=bgcolor)
