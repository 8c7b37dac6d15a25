"""Property tests: ingest never raises and never lets a control character through.

The quick versions run by default; the ``slow`` ones run 10,000 examples each
(CI includes them: ``pytest -m slow``).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.ingest.files import read_article
from briefings.ingest.sanitize import sanitize
from briefings.model import Article, IngestError

# C0 but tab/LF, DEL, C1, bidi controls, zero-width/invisible format characters, lone surrogates
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\u00ad\u180e\ud800-\udfff\U000e0000-\U000e007f]"
)

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text rich in what hostile files hold: escapes, C1, bidi, zero-width, markup, Korean, CR/LF.
NASTY = st.sampled_from(
    [
        "\x1b",
        "\x1b[",
        "\x1b]",
        "\x1b\\",
        "\x07",
        "\x9b",
        "\x9d",
        "\x9c",
        "\x90",
        "\x00",
        "\r",
        "\n",
        "\r\n",
        "\u202e",
        "\u2066",
        "\u200b",
        "\ufeff",
        "\u00ad",
        "\u00a0",
        "[bold]",
        "[@click=app.quit]",
        "52;c;",
        "2J",
        "입력 : 2025.02.01",
        "(서울=연합뉴스) 김태균 기자 = ",
        "더보기 >",
        "\u0301",
        "가",
        "A",
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(NASTY, st.text(max_size=20)), max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp949", "utf-32"])
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm"])


def check_clean(result: Article | IngestError) -> None:
    assert isinstance(result, (Article, IngestError))
    if isinstance(result, IngestError):
        values = [result.path, result.error]
    else:
        values = [result.id, result.path, result.title, result.text, result.encoding, *result.warnings]
        values += [v for v in (result.date, result.outlet, result.outlet_en, result.byline) if v]
        assert result.text.strip() and result.title.strip()
        assert "\n" not in result.title
        assert result.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", result.date)
    for value in values:
        assert not FORBIDDEN.search(value), repr(value)
        assert "\r" not in value


def read_bytes_as(data: bytes, suffix: str) -> Article | IngestError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        result = read_article(path)
        assert path.read_bytes() == data  # never written to
        return result


def sanitize_properties(text: str) -> None:
    once = sanitize(text)
    assert not FORBIDDEN.search(once)
    assert "\r" not in once
    assert sanitize(once) == once


def bytes_property(data: bytes, suffix: str) -> None:
    check_clean(read_bytes_as(data, suffix))


def text_property(text: str, encoding: str, suffix: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", errors="surrogatepass")
    check_clean(read_bytes_as(data, suffix))


TEXTS = st.one_of(HOSTILE_TEXT, st.text())

# ------------------------------------------------------------------ quick ones


@QUICK
@given(TEXTS)
def test_sanitize_is_idempotent_and_clean(text: str) -> None:
    sanitize_properties(text)


@QUICK
@given(st.binary(max_size=2048), SUFFIXES)
def test_read_article_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    bytes_property(data, suffix)


@QUICK
@given(TEXTS, ENCODINGS, SUFFIXES)
def test_read_article_on_arbitrary_text(text: str, encoding: str, suffix: str) -> None:
    text_property(text, encoding, suffix)


# ------------------------------------------------------------------ slow ones


@pytest.mark.slow
@SLOW
@given(TEXTS)
def test_sanitize_10k(text: str) -> None:
    sanitize_properties(text)


@pytest.mark.slow
@SLOW
@given(st.binary(max_size=4096), SUFFIXES)
def test_read_article_on_arbitrary_bytes_10k(data: bytes, suffix: str) -> None:
    bytes_property(data, suffix)


@pytest.mark.slow
@SLOW
@given(TEXTS, ENCODINGS, SUFFIXES)
def test_read_article_on_arbitrary_text_10k(text: str, encoding: str, suffix: str) -> None:
    text_property(text, encoding, suffix)
