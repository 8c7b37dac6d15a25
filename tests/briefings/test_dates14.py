"""A bare month just after the article's is the coming one; "N일 안에" is a span of days (round 14).

Sentences written for these tests: a November article's "12월부터" (the coming December: last year's would be written
"지난해 12월"), a January article's "12월" (this December or last? not guessed), and a deadline "영업일 기준 3일 안에"
(within three days: no date)."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse


def _figures(text: str, date: str) -> list[tuple[str, str, str]]:
    analysis = analyse(text)
    return [(f.surface, f.kind, str(f.value)) for f in extract_figures(text, analysis.sentences, date)]


def test_a_bare_month_soon_after_the_article_s_is_this_year_s() -> None:
    assert _figures("편의점 가격이 12월부터 오른다.", "2026-11-23") == [("12월", "date", "2026-12")]
    assert _figures("공사는 12월 10일 시작된다.", "2026-10-28") == [("12월 10일", "date", "2026-12-10")]


def test_a_bare_month_long_after_the_article_s_is_not_guessed() -> None:
    # in January, "12월" is as likely last December as the coming one
    assert _figures("12월 수출이 늘었다.", "2026-01-05") == [("12월", "date", "--12")]


def test_days_within_a_deadline_are_a_span_not_a_date() -> None:
    figures = _figures("상환을 요청하면 영업일 기준 3일 안에 돌려줘야 한다.", "2026-11-27")
    assert [(s, k) for s, k, _ in figures] == [("3일", "quantity")]
    # a day of the month with 안 starting another word stays a date
    assert _figures("3일 안건을 의결했다.", "2026-11-27") == [("3일", "date", "2026-11-03")]
