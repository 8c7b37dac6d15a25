"""The key-figure table's rows: Korean surface | English | normalized value, as plain Text.

Only formatting lives here: the value is shown exactly as the core normalized
it (no rounding), with its unit, range end and qualifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from ..text import one_line

if TYPE_CHECKING:
    from briefings import Figure

HEADER = ("원문 Korean", "English", "Value")


def format_value(figure: Figure) -> str:
    """The figure's normalized value with unit, range and qualifier, as the exports write it."""
    from briefings import format_value as core_format_value

    return core_format_value(figure.value, figure.high, figure.unit, figure.qualifier, figure.counter)


def figure_row_cells(figure: Figure) -> tuple[str, str, str]:
    return one_line(figure.surface), one_line(figure.en), format_value(figure)


def column_widths(rows: list[tuple[str, str, str]], width: int) -> tuple[int, int, int]:
    """Widths for the three columns that fit ``width`` (two 3-cell separators)."""
    if not rows:
        return (0, 0, 0)
    wants = [max([cell_len(HEADER[i])] + [cell_len(r[i]) for r in rows]) for i in range(3)]
    room = max(9, width - 6)
    if sum(wants) <= room:
        return wants[0], wants[1], wants[2]
    third = room // 3
    surface = min(wants[0], max(third, room - wants[1] - wants[2]))
    value = min(wants[2], max(third, room - surface - wants[1]))
    english = max(1, room - surface - value)
    return surface, english, value


def figure_row_text(cells: tuple[str, str, str], widths: tuple[int, int, int]) -> Text:
    """One table row as plain text padded to the column widths."""
    parts = [set_cell_size(cell, w) for cell, w in zip(cells, widths, strict=True)]
    return Text(" │ ".join(parts).rstrip())


def figure_header_text(widths: tuple[int, int, int]) -> Text:
    return Text(" │ ".join(set_cell_size(label, w) for label, w in zip(HEADER, widths, strict=True)).rstrip())
