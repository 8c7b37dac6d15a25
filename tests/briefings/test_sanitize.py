"""sanitize(): nothing from a file can act on the terminal, and the text stays readable."""

from __future__ import annotations

import pytest

from briefings.ingest.sanitize import is_clean, safe_name, safe_path, sanitize

BODY = "엔비디아 주가가 17% 폭락했다."


@pytest.mark.parametrize(
    ("name", "dirty"),
    [
        ("CSI clear screen", f"\x1b[2J\x1b[H{BODY}"),
        ("CSI colour", f"\x1b[1;31m{BODY}\x1b[0m"),
        ("CSI private mode", f"\x1b[?1049h{BODY}\x1b[?25l"),
        ("OSC 52 clipboard, BEL", f"\x1b]52;c;ZXZpbA==\x07{BODY}"),
        ("OSC 52 clipboard, ST", f"\x1b]52;c;ZXZpbA==\x1b\\{BODY}"),
        ("OSC 8 hyperlink", f"\x1b]8;;http://evil.example/\x1b\\{BODY}\x1b]8;;\x1b\\"),
        ("OSC 2 window title", f"\x1b]2;pwned\x07{BODY}"),
        ("DCS", f"\x1bP1$r0m\x1b\\{BODY}"),
        ("SOS", f"\x1bXhidden\x1b\\{BODY}"),
        ("PM", f"\x1b^privacy message\x1b\\{BODY}"),
        ("APC", f"\x1b_Gf=100;payload\x1b\\{BODY}"),
        ("two-byte ESC c (reset)", f"\x1bc{BODY}"),
        ("two-byte ESC 7 / ESC 8", f"\x1b7{BODY}\x1b8"),
        ("charset designation ESC ( B", f"\x1b(B{BODY}"),
        ("C1 CSI U+009B", f"\x9b2J{BODY}"),
        ("C1 OSC U+009D with C1 ST", f"\x9d52;c;ZXZpbA==\x9c{BODY}"),
        ("C1 DCS U+0090", f"\x90payload\x9c{BODY}"),
        ("C1 APC U+009F", f"\x9fpayload\x9c{BODY}"),
    ],
)
def test_escape_sequences_are_removed_whole(name: str, dirty: str) -> None:
    assert sanitize(dirty) == BODY, name


def test_unterminated_osc_stops_at_the_newline() -> None:
    # an OSC without BEL/ST must not swallow the next lines
    assert sanitize(f"\x1b]52;c;ZXZpbA==\n{BODY}") == f"\n{BODY}"


def test_lone_escape_and_controls_are_dropped() -> None:
    # ESC before a non-ASCII character or at the end is not a sequence: only ESC goes
    assert sanitize("a\x1b가b\x00c\x07d\x08e\x7ff\x1fg\x1b") == "a가bcdefg"


def test_tab_and_newline_are_kept() -> None:
    assert sanitize("a\tb\nc") == "a\tb\nc"


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"])
def test_line_ends_become_lf(eol: str) -> None:
    assert sanitize(f"첫 줄{eol}둘째 줄") == "첫 줄\n둘째 줄"


@pytest.mark.parametrize(
    "ch",
    [
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u200e",
        "\u200f",
        "\u061c",
    ],
)
def test_bidi_controls_are_removed(ch: str) -> None:
    assert sanitize(f"abc{ch}def") == "abcdef"


@pytest.mark.parametrize("ch", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\U000e0041"])
def test_zero_width_and_invisible_characters_are_removed(ch: str) -> None:
    assert sanitize(f"딥{ch}시크") == "딥시크"


@pytest.mark.parametrize("ch", ["\u00a0", "\u202f", "\u2007"])
def test_no_break_spaces_become_spaces(ch: str) -> None:
    assert sanitize(f"입력{ch}:{ch}2025.02.01") == "입력 : 2025.02.01"


def test_nfc() -> None:
    decomposed = "\u1103\u1175\u11b8\u1109\u1175\u110f\u1173"  # 딥시크 as conjoining jamo
    assert sanitize(decomposed) == "딥시크"
    assert sanitize("e\u0301") == "\u00e9"


@pytest.mark.parametrize(
    "markup", ["[bold red]경고[/]", "[@click=app.quit]눌러[/]", "[link=https://x.example]링크[/link]", "[/단독]"]
)
def test_markup_is_kept_literally(markup: str) -> None:
    assert sanitize(markup) == markup


@pytest.mark.parametrize(
    "text",
    ["\x1b\u200b[2J", "\x1b\x1b[2J", "a\u0301\u200b\u0301", "\r\r\n\n", "\x9b\x1b]0;x\x07", "\u00a0\u00ad"],
)
def test_idempotent_on_tricky_input(text: str) -> None:
    once = sanitize(text)
    assert sanitize(once) == once
    assert is_clean(once)


def test_is_clean() -> None:
    assert is_clean(BODY)
    assert not is_clean("a\x1b[2Jb")
    assert not is_clean("a\u202eb")


def test_safe_name_is_one_clean_line() -> None:
    assert safe_name("/tmp/dir/\x1b]52;c;ZXZpbA==\x07기사\n1.txt") == "기사 1.txt"
    assert safe_name(b"/tmp/\xff\xfe.txt") == "\ufffd\ufffd.txt"
    assert safe_name("seeds/003_4cf37a44203fc678.txt") == "003_4cf37a44203fc678.txt"


def test_safe_path_keeps_the_folders() -> None:
    assert safe_path("/tmp/a\u202e/b.txt") == "/tmp/a/b.txt"
