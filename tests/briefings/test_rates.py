"""Exchange rates: pairs found in the corpus first, the dated table otherwise."""

from __future__ import annotations

import pytest
from compare_builder import fig, make

from briefings.comparison.rates import RateBook, paired_rates, table_rate
from briefings.model import Briefing


def paired(
    article_id: str = "002", text: str = "개발 비용이 약 560만 달러(약 80억 원)로 낮다.", date: str | None = None
) -> Briefing:
    return make(
        article_id,
        [text],
        [
            fig(0, "560만 달러", "money", 5.6e6, "USD", "US$5.6 million"),
            fig(0, "80억 원", "money", 8e9, "KRW", "₩8 billion"),
        ],
        date=date,
    )


def test_amounts_paired_in_parentheses_give_a_rate() -> None:
    b = paired()
    (rate,) = paired_rates(b.article.text, b.figures, "002", None)
    assert rate.currency == "KRW"
    assert rate.per_usd == pytest.approx(1428.57, abs=0.01)
    assert rate.text() == "₩1,429/US$"
    assert rate.source == "paired in 002: 560만 달러(약 80억 원)"


def test_amounts_not_in_parentheses_are_not_a_pair() -> None:
    b = paired(text="개발 비용은 560만 달러였고 매출은 80억 원이었다.")
    assert paired_rates(b.article.text, b.figures, "002", None) == []


def test_two_amounts_in_the_same_currency_are_not_a_pair() -> None:
    b = make(
        "x",
        ["100억 원(약 80억 원)"],
        [fig(0, "100억 원", "money", 10e9, "KRW"), fig(0, "80억 원", "money", 8e9, "KRW")],
    )
    assert paired_rates(b.article.text, b.figures, "x", None) == []


def test_table_takes_the_latest_rate_on_or_before_the_date() -> None:
    r = table_rate("KRW", "2025-01-27")
    assert r is not None and r.date == "2025-01-24" and r.per_usd == 1431.3
    r = table_rate("KRW", "2025-01-20")
    assert r is not None and r.date == "2025-01-17"
    early = table_rate("KRW", "2020-01-01")
    assert early is not None and early.date == "2024-12-31"  # the earliest row for older dates
    assert table_rate("XYZ", "2025-01-27") is None
    usd = table_rate("USD", None)
    assert usd is not None and usd.per_usd == 1.0


def test_rate_book_prefers_own_pair_then_nearest_pair_then_table() -> None:
    book = RateBook(
        [
            paired("a", date="2025-01-10"),
            make(
                "b",
                ["비용은 100만 달러(약 15억 원)였다."],
                [fig(0, "100만 달러", "money", 1e6, "USD"), fig(0, "15억 원", "money", 1.5e9, "KRW")],
                date="2025-02-01",
            ),
        ]
    )
    own = book.choose("KRW", "2025-01-30", "a")
    assert own is not None and own.article == "a"
    near = book.choose("KRW", "2025-01-30", "c")
    assert near is not None and near.article == "b" and near.per_usd == 1500
    assert RateBook([]).choose("KRW", "2025-01-27", "c").source.startswith("table rate of 2025-01-24")  # type: ignore[union-attr]


def test_a_pair_gap_may_stack_fillers() -> None:
    from briefings.comparison.rates import is_pair_gap

    assert is_pair_gap("(한화 약 ") and is_pair_gap(" (약 ") and is_pair_gap("(")
    assert not is_pair_gap(", 약 ") and not is_pair_gap("(지난해 ")
