"""Values that must never change silently (issue 13, item 13): out-of-range numbers are not
figures, impossible dates are not dates.

A float keeps about 15 significant digits: a numeral with more cannot be shown exactly, so it is
not a figure (a wrong number is worse than no number).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.numbers import scan_numeral
from briefings.ingest.files import extract_html, read_article
from briefings.model import Article, Figure, Sentence

PARAGRAPHS = "".join(
    f"<p>{i}번째 문단이다. 딥시크가 등장하면서 엔비디아 주가가 17% 폭락했다고 전문가들은 설명했다.</p>"
    for i in range(1, 7)
)


def figures(text: str, article_date: str | None = "2025-03-02") -> tuple[Figure, ...]:
    found = extract_figures(text, [Sentence(0, len(text))], article_date)
    for fig in found:
        assert text[fig.start : fig.end] == fig.surface
    return found


# ------------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    "text",
    [
        "엔비디아 주가가 99999999999999999% 폭락했다.",
        "매출이 1234567890123456원 늘었다.",
        "손실이 99,999,999,999,999,999달러에 이른다.",
        "1.2345678901234567배 늘었다.",
    ],
)
def test_numbers_with_more_than_15_significant_digits_are_not_figures(text: str) -> None:
    assert [f for f in figures(text) if f.kind != "date"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주가가 17% 폭락했다.", 17.0),
        ("시가총액 846조6875억원이 증발했다.", 846_687_500_000_000.0),
        ("예산 123456789012345원을 썼다.", 123_456_789_012_345.0),  # 15 digits: exact in a float
        ("지수가 1만9341.83에 마감했다는 2.5배 늘었다.", 2.5),
    ],
)
def test_ordinary_and_15_digit_numbers_stay_figures(text: str, value: float) -> None:
    values = [f.value for f in figures(text) if f.kind != "date"]
    assert value in values
    assert all(Decimal(str(v)) == Decimal(repr(v)) for v in values)


def test_scan_numeral_refuses_more_than_15_significant_digits() -> None:
    assert scan_numeral("99999999999999999", 0) is None
    assert scan_numeral("1조 2345억", 0) is not None
    got = scan_numeral("999999999999999", 0)
    assert got is not None and got.value == Decimal("999999999999999")


# -------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text",
    [
        "99999년 1월 1일 엔비디아 주가가 폭락했다.",
        "3000년 1월 1일에 일어난 일이다.",
        "1899년 1월 1일 밤이었다.",
    ],
)
def test_a_month_day_after_a_year_we_cannot_read_is_not_dated_with_another_year(text: str) -> None:
    assert [f.value for f in figures(text) if f.kind == "date"] == []


def test_a_plain_month_day_still_takes_the_article_year() -> None:
    assert [f.value for f in figures("1월 27일 엔비디아 주가가 폭락했다.") if f.kind == "date"] == ["2025-01-27"]


def _page(meta: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{meta}"><title>딥시크 충격</title>'
        f"</head><body><article>{PARAGRAPHS}</article></body></html>"
    )


@pytest.mark.parametrize("meta", ["2025-02-30T99:99:99", "2025-13-01T10:00:00", "2025-02-99"])
def test_an_impossible_published_time_gives_no_date(tmp_path: Path, meta: str) -> None:
    path = tmp_path / "p.html"
    path.write_text(_page(meta), encoding="utf-8")
    art = read_article(path)
    assert isinstance(art, Article)
    assert art.date is None
    assert extract_html(_page(meta)).date is None


def test_a_valid_published_time_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(_page("2025-02-01T08:10:00+09:00"), encoding="utf-8")
    art = read_article(path)
    assert isinstance(art, Article) and art.date == "2025-02-01"
