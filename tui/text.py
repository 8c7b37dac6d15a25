"""Plain text made safe to draw: the last line of defence before the terminal.

Ingest already sanitizes every string from outside; this drops whatever control
characters might still slip through (C0 but tab/newline, DEL, C1, bidi
overrides), so no string can act on the terminal even if a core stage forgets.
It never interprets markup: callers build ``rich.text.Text`` from the result.
"""

from __future__ import annotations

_DROP: dict[int, str | None] = {c: None for c in range(0x00, 0x20) if c not in (0x09, 0x0A)}
_DROP.update({0x7F: None})
_DROP.update({c: None for c in range(0x80, 0xA0)})
_DROP.update({c: None for c in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)})
_DROP_LINE = dict(_DROP)
_DROP_LINE.update({0x09: " ", 0x0A: " "})


def safe(text: str | None) -> str:
    """The string without terminal control characters (tab and newline kept; same length otherwise not guaranteed)."""
    return (text or "").translate(_DROP)


def same_length_safe(text: str) -> str:
    """Like ``safe`` but replaces instead of dropping, so character offsets into ``text`` stay valid."""
    return text.translate(_REPLACE)


def one_line(text: str | None) -> str:
    """The string on one line: controls dropped, tabs and newlines turned into spaces."""
    return (text or "").translate(_DROP_LINE).strip()


_REPLACE: dict[int, str] = {c: "\ufffd" for c in _DROP}
