"""Make text from outside safe to show in a terminal, and keep it readable.

Every string that comes from a file (its text, its title, its name and path)
passes through :func:`sanitize` before any other stage sees it.  The result

* is Unicode NFC with LF line ends only;
* holds no escape sequence (CSI, OSC, DCS, SOS, PM, APC, two-byte ESC, in
  their 7-bit and C1 forms), no C0 control but tab and newline, no DEL and no
  C1 control;
* holds no bidi control (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F,
  U+061C), no zero-width or other invisible format character (category Cf:
  zero-width space/joiners, word joiner, BOM, soft hyphen, tag characters ...)
  and no lone surrogate;
* has plain spaces where the source had no-break spaces.

Markup-looking text such as ``[bold]`` or ``[@click=app.quit]`` is kept as it
is: showing it literally is the views' job (``rich.text.Text``), and escaping
it here would corrupt the article.  ``sanitize`` is idempotent.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import PurePath

__all__ = ["sanitize", "safe_name", "safe_path", "is_clean", "strip_escape_sequences"]

# --- escape sequences ------------------------------------------------------
# Each alternative removes one whole sequence; none crosses a newline, so an
# unterminated string sequence can at worst swallow the rest of its own line.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?          # CSI ... final
    | (?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?       # OSC ... BEL/ST
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # DCS SOS PM APC
    | \x1b[\x20-\x2f]*[\x30-\x7e]                                  # nF / Fp / Fe / Fs two-byte forms
    """,
    re.VERBOSE,
)

# --- single characters -----------------------------------------------------
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_SPACES = re.compile(r"[\u00a0\u2007\u202f]")


_DROP_CATEGORIES = frozenset(("Cc", "Cf", "Cs"))
_TAGS = range(0xE0000, 0xE0080)  # the whole tag block, unassigned ones included


class _DropTable(dict[int, "int | None"]):
    """``str.translate`` table: every character we drop (Cc but tab and LF, Cf, Cs, tags) maps to None.

    Filled on demand, one entry per distinct character met: building a regex
    class of all such characters meant asking ``unicodedata`` about all 1.1
    million code points at import (0.2-0.8 s).
    """

    def __missing__(self, cp: int) -> int | None:
        value = None if _dropped(chr(cp)) else cp
        self[cp] = value
        return value


def _dropped(ch: str) -> bool:
    # Every Cc, Cf and Cs character is non-printable, so printable ones never need the lookup.
    if ch in "\t\n" or ch.isprintable():
        return False
    return unicodedata.category(ch) in _DROP_CATEGORIES or ord(ch) in _TAGS


# Cf covers the bidi controls, U+200B-U+200F, U+2060-U+2064 (word joiner and
# invisible operators), U+FEFF, U+00AD, U+180E, U+FFF9-U+FFFB and the tag
# characters; Cc covers C0, DEL and C1.
_DROP_TABLE = _DropTable()


def _all_printable(text: str) -> bool:
    """True when ``text`` has no character but printable ones, tab and LF (the common case, at C speed)."""
    return text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable()


def _drop_invisible(text: str) -> str:
    if _all_printable(text):
        return text
    return text.translate(_DROP_TABLE)


# The characters every match of the patterns above starts with.  A search for a
# plain character class is a fast scan; the alternations themselves are tried
# at every position (about 0.5 ms per article), so they run only on a hit.
_ESCAPE_START = re.compile(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_LINE_BREAK_START = re.compile(r"[\r\x0b\x0c\x85\u2028\u2029]")


def strip_escape_sequences(text: str) -> str:
    """``text`` without its terminal escape sequences (the first step of :func:`sanitize`)."""
    if _ESCAPE_START.search(text) is None:
        return text
    return _ESCAPE_SEQUENCE.sub("", text)


def sanitize(text: str) -> str:
    """Return ``text`` safe for a terminal: see the module docstring."""
    if not text:
        return ""
    text = strip_escape_sequences(text)
    if _LINE_BREAK_START.search(text) is not None:
        text = _LINE_BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _drop_invisible(text)
    text = unicodedata.normalize("NFC", text)
    # NFC never creates a control character, but removing characters above
    # can put a base and a combining mark side by side: NFC comes last so that
    # sanitize(sanitize(x)) == sanitize(x).
    return text


_ALSO_UNCLEAN = frozenset("\x1b\r\u00a0\u2007\u202f\u2028\u2029")


def is_clean(text: str) -> bool:
    """True when ``text`` holds nothing :func:`sanitize` would remove."""
    if _all_printable(text):
        return True
    return not any(ch in _ALSO_UNCLEAN or _DROP_TABLE[ord(ch)] is None for ch in text)


def _fs_text(path: str | os.PathLike[str] | bytes) -> str:
    """A path as text, with undecodable bytes shown as U+FFFD."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace")


def _one_line(text: str) -> str:
    return re.sub(r"[\n\t]+", " ", sanitize(text)).strip() or "?"


def safe_name(path: str | os.PathLike[str] | bytes) -> str:
    """The file name of ``path`` (last component), safe to show on one line."""
    text = _fs_text(path)
    name = PurePath(text).name or text
    return _one_line(name)


def safe_path(path: str | os.PathLike[str] | bytes) -> str:
    """The whole of ``path``, safe to show on one line."""
    return _one_line(_fs_text(path))
