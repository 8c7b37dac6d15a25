"""Property tests: generated Korean numerals parse back; arbitrary text never breaks the figure parser.

Quick versions run by default (~200 examples); the ``slow`` ones run 10,000 examples each.
"""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.analysis.figures import extract_figures
from briefings.analysis.numbers import parse_korean_number
from briefings.model import Sentence

SCALES = ((10**16, "경"), (10**12, "조"), (10**8, "억"), (10**4, "만"))


def _group(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


@st.composite
def korean_numerals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number written the way Korean news does ("1조2345억6789만", "1만9341.83", "5,890억")."""
    n = draw(st.integers(min_value=0, max_value=10**20 - 1))
    n -= n % 10 ** max(0, len(str(n)) - 15)  # more than 15 significant digits are no number (MAX_SIGNIFICANT)
    commas = draw(st.booleans())
    spaced = draw(st.booleans())
    parts: list[str] = []
    rest = n
    for size, word in SCALES:
        group, rest = divmod(rest, size)
        if group:
            parts.append(_group(group, commas) + word)
    fraction = ""
    if rest or not parts:
        if draw(st.booleans()):
            fraction = "." + draw(st.from_regex(r"[0-9]{1,4}", fullmatch=True))
            if len(str(n)) + len(fraction) - 1 > 15:
                fraction = ""
        parts.append(_group(rest, commas) + fraction)
    text = (" " if spaced else "").join(parts)
    return text, Decimal(n) + (Decimal("0" + fraction) if fraction else Decimal(0))


@st.composite
def scaled_decimals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """One mantissa with one scale word: "1.5조", "846조", "5.6억"."""
    mantissa = draw(st.decimals(min_value=1, max_value=9999, places=2, allow_nan=False, allow_infinity=False))
    size, word = draw(st.sampled_from(SCALES))
    text = format(mantissa.normalize(), "f")
    return text + word, Decimal(text) * size


numerals = st.one_of(korean_numerals(), scaled_decimals())

FIGURE_ALPHABET = list(
    "0123456789,.~∼ 만억조천백여약이상하미만초과넘는달러원위안엔유로%％배개명곳대년월일지난같은다음날채않들도가를말까지"
)
FIGURE_ALPHABET += list("$₩€[]():-\n\t\x00\x1b\x9b\u202e\u200bHGPT") + ["US$", "2025년", "지난달 ", "같은 달 "]
hostile_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FIGURE_ALPHABET), max_size=80).map("".join),
    st.lists(st.one_of(st.sampled_from(FIGURE_ALPHABET), st.characters()), max_size=60).map("".join),
)
article_dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12))


def _check_numeral_roundtrip(item: tuple[str, Decimal]) -> None:
    text, value = item
    assert parse_korean_number(text) == float(value)
    for sentence, surface, kind in (
        (f"비용은 {text} 달러로 집계됐다.", f"{text} 달러", "money"),
        (f"주가가 {text}% 올랐다.", f"{text}%", "percent"),
    ):
        found = extract_figures(sentence, [Sentence(0, len(sentence))], None)
        assert [(f.surface, f.kind, f.value) for f in found] == [(surface, kind, float(value))]


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs") or ch in "\u2028\u2029"


def _check_figures_are_safe(text: str, article_date: str | None) -> None:
    cut = len(text) // 2
    for sentences in ([], [Sentence(0, len(text))], [Sentence(0, cut), Sentence(cut, len(text))]):
        found = extract_figures(text, sentences, article_date)
        for fig in found:
            assert 0 <= fig.start < fig.end <= len(text)
            assert text[fig.start : fig.end] == fig.surface
            assert 0 <= fig.sentence < max(len(sentences), 1)
            for number in (fig.value, fig.high):
                if isinstance(number, float):
                    assert math.isfinite(number)
            for out in (
                fig.surface,
                fig.en,
                fig.unit,
                fig.kind,
                fig.counter or "",
                fig.qualifier or "",
                str(fig.value),
            ):
                assert not any(_is_control(ch) for ch in out), (out, fig)
        assert [f.start for f in found] == sorted(f.start for f in found)


@settings(max_examples=200, deadline=None)
@given(numerals)
def test_generated_korean_numerals_parse_back(item: tuple[str, Decimal]) -> None:
    _check_numeral_roundtrip(item)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, article_dates)
def test_arbitrary_text_never_breaks_the_figure_parser(text: str, article_date: str | None) -> None:
    _check_figures_are_safe(text, article_date)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None)
@given(numerals)
def test_generated_korean_numerals_parse_back_slow(item: tuple[str, Decimal]) -> None:
    _check_numeral_roundtrip(item)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, article_dates)
def test_arbitrary_text_never_breaks_the_figure_parser_slow(text: str, article_date: str | None) -> None:
    _check_figures_are_safe(text, article_date)
