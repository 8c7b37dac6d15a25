"""A bare month-day takes the year the text gives it (round 13).

Sentences written for these tests: a day named with its year and then bare ("내년 2월 26일 … 2월 26일부터"), a
period whose end falls in the next year ("지난해 12월 20일부터 1월 5일까지"), and a period whose start has no year."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse


def _dates(text: str, date: str = "2026-11-20") -> list[tuple[str, str]]:
    analysis = analyse(text)
    return [(f.surface, str(f.value)) for f in extract_figures(text, analysis.sentences, date) if f.kind == "date"]


def test_a_day_named_with_its_year_keeps_it_when_repeated_bare() -> None:
    dates = _dates("주총은 내년 2월 26일 열린다. 주식매수청구 기간은 2월 26일부터 3월 18일까지다.")
    assert dates == [("내년 2월 26일", "2027-02-26"), ("2월 26일", "2027-02-26"), ("3월 18일까지", "2027-03-18")]


def test_a_period_s_end_is_on_or_after_its_start() -> None:
    assert _dates("지난해 12월 20일부터 1월 5일까지 판매됐다.") == [
        ("지난해 12월 20일", "2025-12-20"),
        ("1월 5일까지", "2026-01-05"),
    ]
    assert _dates("신청은 10월 5일부터 11월 3일까지 진행됐다.") == [
        ("10월 5일", "2026-10-05"),
        ("11월 3일까지", "2026-11-03"),
    ]


def test_a_period_whose_start_has_no_year_gives_its_end_none() -> None:
    # "12월 20일" three months after the article's date is not guessed, and "1월 5일" then cannot be this January
    assert _dates("행사는 12월 20일부터 1월 5일까지 열린다.", "2026-09-10") == [
        ("12월 20일", "--12-20"),
        ("1월 5일까지", "--01-05"),
    ]
    # in a November article the coming December is this year's, and the period ends next January
    assert _dates("행사는 12월 20일부터 1월 5일까지 열린다.") == [("12월 20일", "2026-12-20"), ("1월 5일까지", "2027-01-05")]


def test_a_bare_day_earlier_in_the_year_is_still_this_year_s() -> None:
    assert _dates("회사는 2월 3일 계획을 발표했다.") == [("2월 3일", "2026-02-03")]
