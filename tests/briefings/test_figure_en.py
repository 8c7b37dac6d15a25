"""Each figure said in English, without losing or rounding a digit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefings.analysis.figure_en import english_number, figure_en
from briefings.model import Figure


def fig(kind: str, value: float | str, unit: str, **kw: object) -> Figure:
    return Figure(surface="x", start=0, end=1, sentence=0, kind=kind, value=value, unit=unit, en="", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("5600000", "5.6 million"),
        ("846000000000000", "846 trillion"),
        ("846687500000000", "846.6875 trillion"),
        ("1234567890000", "1.23456789 trillion"),
        ("143000000000", "143 billion"),
        ("50000", "50,000"),
        ("2048", "2,048"),
        ("19341.83", "19,341.83"),
        ("999999", "999,999"),
        ("1000000", "1 million"),
        ("0.5", "0.5"),
        ("1000000000000000", "1,000 trillion"),
    ],
)
def test_english_numbers_keep_every_digit(value: str, text: str) -> None:
    assert english_number(Decimal(value)) == text


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        (fig("money", 5.6e6, "USD"), "US$5.6 million"),
        (fig("money", 8.46e14, "KRW"), "₩846 trillion"),
        (fig("money", 8.466875e14, "KRW"), "₩846.6875 trillion"),
        (fig("money", 8e9, "KRW", qualifier="approx"), "about ₩8 billion"),
        (fig("money", 5.89e11, "USD", high=6e11), "US$589-600 billion"),
        (fig("money", 1e12, "USD", qualifier="at_least"), "at least US$1 trillion"),
        (fig("money", 1e10, "KRW", qualifier="less_than"), "less than ₩10 billion"),
        (fig("money", 5e5, "USD", high=1.2e9), "US$500,000 to US$1.2 billion"),
        (fig("money", 5e9, "CNY"), "CN¥5 billion"),
        (fig("money", 1e4, "JPY"), "¥10,000"),
        (fig("money", 2e9, "EUR"), "€2 billion"),
        (fig("percent", 17.0, "%"), "17%"),
        (fig("percent", 6.13, "%"), "6.13%"),
        (fig("percent", 1.0, "%", high=2.0), "1-2%"),
        (fig("multiple", 24.0, "x"), "24x"),
        (fig("multiple", 24.0, "x", qualifier="at_least"), "at least 24x"),
        (fig("count", 2048.0, "count", counter="개"), "2,048 units"),
        (fig("count", 1.0, "count", counter="명"), "1 person"),
        (fig("count", 3.0, "count", counter="명", qualifier="more_than"), "more than 3 people"),
        (fig("count", 3.0, "count", counter="뭉치"), "3 (뭉치)"),
        (fig("date", "2025-01-27", "date"), "27 January 2025"),
        (fig("date", "2025-01", "date"), "January 2025"),
        (fig("date", "2030", "date", qualifier="by"), "by 2030"),
    ],
)
def test_figure_en(figure: Figure, text: str) -> None:
    assert figure_en(figure) == text


def test_count_with_a_known_noun() -> None:
    count = fig("count", 2048.0, "count", counter="개")
    assert figure_en(count, noun=("GPUs", "GPU")) == "2,048 GPUs"
    assert figure_en(fig("count", 1.0, "count", counter="개"), noun=("GPUs", "GPU")) == "1 GPU"
    assert figure_en(count, noun="GPUs") == "2,048 GPUs"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (4150321.0, "4,150,321 shares"),
        (2500000.0, "2.5 million shares"),
        (1234000.0, "1.234 million shares"),
        (1234500.0, "1,234,500 shares"),
    ],
)
def test_a_count_too_precise_for_millions_is_said_in_full(value: float, text: str) -> None:
    assert figure_en(fig("count", value, "count", counter="주"), noun="shares") == text


@pytest.mark.parametrize(
    ("surface", "value", "text"),
    [
        ("2024년 말", "2024", "late 2024"),
        ("2024년 가을", "2024", "autumn 2024"),
        ("2025년 1월 초", "2025-01", "early January 2025"),
        ("2025년 1월 중순", "2025-01", "mid-January 2025"),
    ],
)
def test_date_parts_come_from_the_surface(surface: str, value: str, text: str) -> None:
    date = Figure(surface=surface, start=0, end=len(surface), sentence=0, kind="date", value=value, unit="date", en="")
    assert figure_en(date) == text


def bracket(kind: str, value: float, unit: str, surface: str) -> Figure:
    return Figure(surface=surface, start=0, end=len(surface), sentence=0, kind=kind, value=value, unit=unit, en="",
                  qualifier="at_least")  # fmt: skip


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        (bracket("money", 153.0, "JPY", "153엔대"), "in the ¥153 range"),
        (bracket("money", 1400.0, "KRW", "1400원대"), "in the ₩1,400 range"),
        (bracket("percent", 3.0, "%", "3%대"), "in the 3% range"),
        (bracket("quantity", 600.0, "pt", "600대"), "in the 600 range"),
        (bracket("money", 1e6, "KRW", "100만원 이상"), "at least ₩1,000,000"),  # a bound, not a bracket
    ],
)
def test_a_bracket_is_a_range_not_a_floor(figure: Figure, text: str) -> None:
    assert figure_en(figure) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1049000.0, "₩1,049,000"),
        (1300000.0, "₩1,300,000"),
        (99990000.0, "₩99,990,000"),
        (141420000.0, "₩141.42 million"),
    ],
)
def test_won_prices_below_100_million_keep_their_digits(value: float, text: str) -> None:
    assert figure_en(fig("money", value, "KRW")) == text


def test_other_currencies_keep_their_scale_words() -> None:
    assert figure_en(fig("money", 1049000.0, "USD")) == "US$1.049 million"


@pytest.mark.parametrize(
    ("surface", "value", "unit", "text"),
    [
        ("3.00%", 3.0, "%", "3.00%"),
        ("연 3.0%", 3.0, "%", "3.0%"),
        ("2.75%", 2.75, "%", "2.75%"),
        ("3%", 3.0, "%", "3%"),
    ],
)
def test_a_rate_is_said_as_precisely_as_it_is_written(surface: str, value: float, unit: str, text: str) -> None:
    """ "3.00%" is "3.00%", not "3%": the English is never less precise than its source span."""
    kind = "percent"
    figure = Figure(surface=surface, start=0, end=len(surface), sentence=0, kind=kind, value=value, unit=unit, en="")
    assert figure_en(figure) == text


def test_a_cap_written_with_choedae_is_up_to_and_one_written_with_iha_is_at_most() -> None:
    cap = Figure(surface="최대 120만주", start=0, end=1, sentence=0, kind="count", value=1.2e6, unit="count",
                 en="", qualifier="at_most", counter="주")  # fmt: skip
    limit = Figure(surface="10% 이하", start=0, end=1, sentence=0, kind="percent", value=10.0, unit="%", en="",
                   qualifier="at_most")  # fmt: skip
    assert figure_en(cap, noun="shares") == "up to 1.2 million shares"
    assert figure_en(limit) == "at most 10%"
