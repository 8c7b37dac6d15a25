"""Korean mixed numerals parse to the value a reader means."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefings.analysis.numbers import parse_korean_number, scan_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("560만", 5_600_000),
        ("1430억", 143_000_000_000),
        ("846조", 846_000_000_000_000),
        ("846조6875억", 846_687_500_000_000),
        ("1만9341.83", 19_341.83),
        ("5,890억", 589_000_000_000),
        ("6,000억", 600_000_000_000),
        ("60억", 6_000_000_000),
        ("1조 2345억 6789만", 1_234_567_890_000),
        ("1천500억", 150_000_000_000),
        ("3천억", 300_000_000_000),
        ("1억 2천만", 120_000_000),
        ("2048", 2048),
        ("2,048", 2048),
        ("6.13", 6.13),
        ("0.5", 0.5),
    ],
)
def test_korean_numerals_parse_to_their_value(text: str, value: float) -> None:
    assert parse_korean_number(text) == value


@pytest.mark.parametrize("text", ["", "수십억", "억", "만", "1만20000", "12,34", "abc", "5만 개", "1.2.3"])
def test_non_numerals_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_korean_number(text)


def test_man_after_a_counter_is_a_particle_not_ten_thousand() -> None:
    numeral = scan_numeral("2048개만으로", 0)
    assert numeral is not None
    assert (numeral.end, numeral.value) == (4, Decimal(2048))


def test_scale_needs_to_touch_the_digits() -> None:
    numeral = scan_numeral("11년 만에", 0)
    assert numeral is not None
    assert numeral.value == 11 and not numeral.scaled


def test_a_spaced_group_that_overflows_ends_the_numeral() -> None:
    numeral = scan_numeral("1만 20000원", 0)
    assert numeral is not None
    assert (numeral.end, numeral.value) == (2, Decimal(10000))


def test_huge_digit_runs_are_not_numbers() -> None:
    assert scan_numeral("9" * 40 + "조", 0) is None
