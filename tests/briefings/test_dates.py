"""Dates: absolute forms, relative forms resolved against the article's date, and non-dates."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.model import Figure, Sentence


def dates(text: str, article_date: str | None = None) -> list[tuple[str, object, str | None, str]]:
    found: tuple[Figure, ...] = extract_figures(text, [Sentence(0, len(text))], article_date)
    for fig in found:
        assert text[fig.start : fig.end] == fig.surface
    return [(f.surface, f.value, f.qualifier, f.en) for f in found if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025년 1월 27일 미국 증시", ("2025년 1월 27일", "2025-01-27", None, "27 January 2025")),
        ("2025년 1월 발표", ("2025년 1월", "2025-01", None, "January 2025")),
        ("2024년 말, 모두가 놀랐다", ("2024년 말", "2024", None, "late 2024")),
        ("2024년말 공개", ("2024년말", "2024", None, "late 2024")),
        ("2030년까지 성장", ("2030년까지", "2030", "by", "by 2030")),
        ("2024년 가을 수상한 사용", ("2024년 가을", "2024", None, "autumn 2024")),
        ("2025년 상반기 출시", ("2025년 상반기", "2025", None, "the first half of 2025")),
        ("2025년 1분기 실적", ("2025년 1분기", "2025-Q1", None, "Q1 2025")),
        ("2026회계연도 1분기 실적", ("2026회계연도 1분기", "2026-Q1", None, "Q1 of fiscal 2026")),
        ("실적 요약 (2026 회계연도)", ("2026 회계연도", "2026", None, "fiscal 2026")),
        ("2025년 1월 말 발표", ("2025년 1월 말", "2025-01", None, "end-January 2025")),
        ("2030년께 도입", ("2030년께", "2030", "approx", "around 2030")),
        ("2025년 경제 전망", ("2025년", "2025", None, "2025")),
    ],
)
def test_absolute_dates(text: str, expected: tuple[object, ...]) -> None:
    assert dates(text) == [expected]
    assert dates(text, "2025-02-01") == [expected]


def test_relative_dates_resolve_against_the_article_date() -> None:
    text = (
        "지난달 20일 모습을 드러낸 딥시크 R1. 엔비디아는 같은 달 27일 하루에만 17% 폭락했다. "
        "설 연휴가 끝난 직후인 지난 달 31일 급락했다. 이런 기대감은 지난달 31일 증시에서도 나타났다."
    )
    assert [(s, v) for s, v, _, _ in dates(text, "2025-02-01")] == [
        ("지난달 20일", "2025-01-20"),
        ("같은 달 27일", "2025-01-27"),
        ("지난 달 31일", "2025-01-31"),
        ("지난달 31일", "2025-01-31"),
    ]


def test_relative_dates_without_an_article_date_keep_only_what_the_text_says() -> None:
    text = "지난달 20일 공개됐고 같은 달 27일 폭락했다. 지난해 12월, 올 3월, 지난 27일"
    assert [(s, v, e) for s, v, _, e in dates(text, None)] == [
        ("지난달 20일", "---20", "the 20th"),
        ("같은 달 27일", "---27", "the 27th"),
        ("지난해 12월", "--12", "December"),
        ("올 3월", "--03", "March"),
        ("지난 27일", "---27", "the 27th"),
    ]


def test_same_month_does_not_borrow_an_older_month() -> None:
    text = "2024년 5월 출시. 지난달 20일 공개됐고 같은 달 27일 폭락했다."
    assert [v for _, v, _, _ in dates(text, None)] == ["2024-05", "---20", "---27"]


@pytest.mark.parametrize(
    ("text", "article_date", "surface", "value"),
    [
        ("한국은행은 25일 기준금리를 내렸다", "2025-02-25", "25일", "2025-02-25"),
        ("한국은행은 25일 기준금리를 내렸다", None, "25일", "---25"),
        ("엔비디아는 28일(현지시간) 실적을 발표했다", "2025-06-02", "28일", "2025-05-28"),
        ("테슬라는 24일(이하 현지시각) 급등했다", "2024-10-25", "24일", "2024-10-24"),
        ("공개매수는 23일까지 진행된다", "2024-10-11", "23일까지", "---23"),
        ("2020년 3월 13일과 19일 이후 처음", "2024-08-05", "19일", "2020-03-19"),
        ("삼성전자 4분기 실적", "2025-01-08", "4분기", "2024-Q4"),
        ("테슬라의 3분기 실적", "2024-10-25", "3분기", "2024-Q3"),
        ("테슬라의 3분기 실적", None, "3분기", "--Q3"),
        ("2024년 연간과 4분기 잠정 실적", None, "4분기", "2024-Q4"),
        ("1Q 실적 요약", "2025-05-30", "1Q", "2025-Q1"),
        ("4Q24 영업이익", None, "4Q24", "2024-Q4"),
    ],
)
def test_bare_days_and_quarters(text: str, article_date: str | None, surface: str, value: str) -> None:
    assert (surface, value) in [(s, v) for s, v, _, _ in dates(text, article_date)]


@pytest.mark.parametrize(
    ("text", "article_date", "value", "high", "en"),
    [
        ("지난 15∼17일 진행된 청약", "2024-10-22", "2024-10-15", "2024-10-17", "15-17 October 2024"),
        ("다음 분기(5~7월) 매출", "2025-05-28", "2025-05", "2025-07", "May-July 2025"),
        ("지난해 10·11월 두 차례 인하", "2025-02-25", "2024-10", "2024-11", "October-November 2024"),
        ("삼성전자는 3ㆍ4분기 연속 감소했다", "2025-01-08", "2024-Q3", "2024-Q4", "Q3-Q4 2024"),
    ],
)
def test_date_ranges_are_one_figure(text: str, article_date: str, value: str, high: str, en: str) -> None:
    found = [f for f in extract_figures(text, [Sentence(0, len(text))], article_date) if f.kind == "date"]
    assert [(f.value, f.high, f.en) for f in found] == [(value, high, en)]


def test_quarters_in_a_row_are_not_dates() -> None:
    assert dates("4분기 연속 적자를 냈다", "2025-01-08") == []


@pytest.mark.parametrize(
    ("text", "article_date", "value"),
    [
        ("지난해 12월 출시", "2025-02-01", "2024-12"),
        ("올해 말 출시", "2025-02-01", "2025"),
        ("지난달 말 출시", "2025-02-01", "2025-01"),
        ("내년 3월 출시", "2025-02-01", "2026-03"),
        ("올 3월 출시", "2025-02-01", "2025-03"),
        ("이달 5일 공개", "2025-02-01", "2025-02-05"),
        ("다음 달 3일 공개", "2025-12-10", "2026-01-03"),
        ("지난 27일 공개", "2025-02-01", "2025-01-27"),
        ("오는 3일 공개", "2025-02-01", "2025-02-03"),
        ("1월 5일 공개", "2025-02-01", "2025-01-05"),
        ("지난 12월 5일 공개", "2025-02-01", "2024-12-05"),
        ("엔비디아는 27일(현지시간) 발표", "2025-02-01", "2025-01-27"),
        ("엔비디아는 1일(현지시간) 발표", "2025-02-01", "2025-02-01"),
        ("27일 발표", "2025-02-01", "2025-01-27"),
    ],
)
def test_relative_forms(text: str, article_date: str, value: str) -> None:
    assert [v for _, v, _, _ in dates(text, article_date)] == [value]


def test_month_day_after_the_article_date_without_a_year_is_not_guessed() -> None:
    assert dates("12월 5일 공개", "2025-02-01") == [("12월 5일", "--12-05", None, "5 December")]


def test_next_day_follows_the_last_resolved_date() -> None:
    text = "2025년 1월 27일 폭락했다. 다음 날 9% 상승했다. 이튿날 다시 올랐다."
    assert [(s, v) for s, v, _, _ in dates(text)] == [
        ("2025년 1월 27일", "2025-01-27"),
        ("다음 날", "2025-01-28"),
        ("이튿날", "2025-01-29"),
    ]


def test_next_day_with_nothing_before_is_not_a_date() -> None:
    assert dates("다음 날 9% 상승했다.") == []


def test_month_end_and_leap_days() -> None:
    assert [v for _, v, _, _ in dates("2024년 2월 29일과 2025년 2월 29일")] == ["2024-02-29"]
    assert [v for _, v, _, _ in dates("2024년 12월 31일. 다음 날")] == ["2024-12-31", "2025-01-01"]


@pytest.mark.parametrize(
    "text",
    [
        "11년 만에",
        "하루 만에 증발",
        "3일 동안",
        "19세기 영국",
        "입력 : 2025.02.01 08:10:00",
        "22:39",
        "5000년 역사",
        "13월 40일",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text, "2025-02-01") == []


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("올해 말 출시", "late 2025"),
        ("지난달 말 출시", "end-January 2025"),
        ("지난해 하반기", "the second half of 2024"),
    ],
)
def test_relative_date_parts_in_english(text: str, en: str) -> None:
    assert [e for _, _, _, e in dates(text, "2025-02-01")] == [en]


def test_a_reference_date_does_not_date_the_day_before() -> None:
    text = "환율이 1390원을 넘은 건 2022년 11월 9일(1410원) 이후 처음이다. 전날 야간 거래에서 1390원을 찍었다."
    assert [(s, v) for s, v, _, _ in dates(text)] == [("2022년 11월 9일", "2022-11-09")]


def test_impossible_dates_are_not_dates() -> None:
    assert dates("2025년 2월 30일 발표", "2025-03-05") == []
    assert all(v != "2025-02-30" for _, v, _, _ in dates("30일 발표", "2025-02-05"))


def test_a_record_quoted_for_comparison_does_not_date_the_day_before() -> None:
    text = "상승률은 2013년 5월 9일의 24.4% 급등에 이어 두 번째다. 시가총액은 전날 6825억달러였다."
    assert [s for s, _, _, _ in dates(text)] == ["2013년 5월 9일"]


def test_day_words_count_from_the_story_day_never_from_a_distant_or_reference_date() -> None:
    # a day years before the article is background: "전날" is the day before the article's
    text = "지수는 2011년 8월 9일에 세운 종전 기록을 넘어섰다. 전날보다 2% 올랐다."
    assert [(s, v) for s, v, _, _ in dates(text, "2025-06-11")] == [
        ("2011년 8월 9일", "2011-08-09"),
        ("전날", "2025-06-10"),
    ]
    # a reference date with a long parenthesis before its cue is still a reference
    text = "금값은 2019년 4월 2일(온스당 1,290달러·런던 종가 기준) 이후 처음 내렸다. 전날 야간에 급락했다."
    assert [s for s, _, _, _ in dates(text)] == ["2019년 4월 2일"]
    # the story day near the article's date is still the base, and "하루 전" is one of these words
    text = "은행들은 9일 대출 금리를 올렸다. 하루 전 당국이 경고했다."
    assert [(s, v) for s, v, _, _ in dates(text, "2025-06-10")] == [("9일", "2025-06-09"), ("하루 전", "2025-06-08")]
    assert dates("정부 발표 하루 전 주가가 뛰었다.", "2025-06-10") == []  # the day before that announcement
    assert (
        dates("2011년 8월 9일 처음 열렸다. 다음 날 매진됐다.", "2025-06-10")[1:] == []
    )  # not the day after publication


@pytest.mark.parametrize(
    ("text", "surface", "value", "en"),
    [
        ("이 회사는 2027 회계연도 제2분기 매출을 공개했다", "2027 회계연도 제2분기", "2027-Q2", "Q2 of fiscal 2027"),
        ("FY2027 1분기 매출", "FY2027 1분기", "2027-Q1", "Q1 of fiscal 2027"),
        ("2027 회계연도의 3분기 실적", "2027 회계연도의 3분기", "2027-Q3", "Q3 of fiscal 2027"),
        ("2027년 회계연도 1분기 실적", "2027년 회계연도 1분기", "2027-Q1", "Q1 of fiscal 2027"),
        ("2027 회계연도 매출은 늘었고 4분기에는 줄었다", "4분기", "2027-Q4", "Q4 of fiscal 2027"),
        ("2027 회계연도 1·4분기 매출", "2027 회계연도 1·4분기", "2027-Q1", "Q1 of fiscal 2027"),
    ],
)
def test_fiscal_quarters_stay_quarters_of_that_fiscal_year(text: str, surface: str, value: str, en: str) -> None:
    found = {s: (v, e) for s, v, _, e in dates(text, "2026-09-01")}
    assert found[surface] == (value, en)


def test_the_old_quarter_notation_is_one_quarter() -> None:
    assert [(s, v) for s, v, _, _ in dates("반도체 업계의 2·4분기 실적", "2025-08-01")] == [("2·4분기", "2025-Q2")]


def test_a_pair_of_months_shares_the_year_word_before_it_and_never_an_unrelated_year() -> None:
    text = "수출은 2019년 5월 이후 가장 적었다. 작년에도 8월과 9월 연속 줄었다."
    assert [v for _, v, _, _ in dates(text, "2026-03-10")] == ["2019-05", "2025-08", "2025-09"]
    # a sentence glued to the last one by a bare period is another sentence: no 2019 for its months
    text = "수출이 2019년 5월 이후 가장 적었다.정부는 8월과 9월 대책을 냈다."
    assert [v for _, v, _, _ in dates(text)] == ["2019-05", "--08", "--09"]
    # without the article's date a year named sentences earlier does not date a later month-day
    text = "그 연구소는 2008년 문을 열었다.\n연구 결과는 학술지 3월 4일자에 실렸다."
    assert [v for _, v, _, _ in dates(text)] == ["2008", "--03-04"]
    assert [v for _, v, _, _ in dates("작년 12월과 1월 두 달", "2026-03-10")] == ["2025-12", "--01"]
    # a start ("… 부터") is no point of comparison: the end of the period shares its year
    assert [v for _, v, _, _ in dates("작년 9월부터 11월까지 늘었다", "2026-03-10")] == ["2025-09", "2025-11"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("이 공장은 2030년대 중반 가동된다", []),  # a decade is no year
        ("1998년형 트럭을 개조했다", []),  # a model year names a product
        ("1단계 사업(2017~2019년)이 끝났다", [("2017~2019년", "2017", "2019 ")]),
    ],
)
def test_decades_model_years_and_year_ranges(text: str, values: list[tuple[str, str, str]]) -> None:
    found = [f for f in extract_figures(text, [Sentence(0, len(text))], "2025-03-01") if f.kind == "date"]
    assert [(f.surface, f.value, f.high) for f in found] == [(s, v, h.strip()) for s, v, h in values]


def test_a_magazine_issue_is_no_date() -> None:
    assert dates("자세한 내용은 월간지 8월호에 실렸다", "2025-07-20") == []
    assert dates("2025년 8월호 표지", "2025-07-20") == []


def test_a_futures_contract_month_and_an_index_base_year_are_no_dates() -> None:
    # the delivery month names the contract ("March crude"), not the day the price was set
    assert dates("뉴욕상업거래소에서 3월물 원유 가격은 배럴당 70달러로 마감했다", "2026-01-05") == []
    assert dates("2027년 2월물 금 선물이 올랐다", "2026-12-01") == []
    # the base year of an index ("2015=100") is a convention of the release
    assert dates("생산지수(계절조정·2015년=100)는 108.1로 집계됐다", "2026-12-01") == []
    assert dates("물가지수(2015=100)가 올랐다", "2026-12-01") == []
    # a real month and year are still dates
    assert [surface for surface, _, _, _ in dates("원유 가격은 3월에 2020년보다 올랐다", "2026-01-05")] == ["3월", "2020년"]


def test_the_year_of_a_point_of_comparison_does_not_date_a_later_month_day() -> None:
    text = "금값은 2011년 9월 이후 최대 폭으로 뛴 3월 4일 하루에만 5% 올랐다."
    assert [v for _, v, _, _ in dates(text, "2026-03-10")] == ["2011-09", "2026-03-04"]
    assert [v for _, v, _, _ in dates(text)] == ["2011-09", "--03-04"]
    # a quarter compared with another of the same year keeps that year
    assert [v for _, v, _, _ in dates("2025년 2분기 대비 3분기 이익", "2026-03-10")] == ["2025-Q2", "2025-Q3"]


@pytest.mark.parametrize("name", ["레고는", "카카오는", "도미노는"])
def test_a_name_ending_in_o_before_the_topic_particle_is_no_coming_day(name: str) -> None:
    # "…오는 5일" inside "카카오는 5일": a bare day of the article's month, never "the coming 5th" of the next
    (found,) = dates(f"{name} 5일 실적을 발표했다.", "2026-11-06")
    assert found[0] == "5일" and found[1] != "2026-12-05"
    (coming,) = dates("회사는 오는 5일 실적을 발표한다.", "2026-11-06")
    assert coming[:2] == ("오는 5일", "2026-12-05")


def test_a_forecast_of_the_coming_quarter_is_of_the_coming_quarter() -> None:
    def quarter(text: str, date: str) -> object:
        return next(v for surface, v, *_ in dates(text, date) if surface.endswith("분기"))

    # in August, "4분기 전망" looks ahead to this year's Q4; a result of "4분기" is last year's
    assert quarter("인텔은 4분기 매출 전망치를 135억 달러로 제시했다.", "2026-08-06") == "2026-Q4"
    assert quarter("인텔은 4분기 매출이 135억 달러를 기록했다.", "2026-08-06") == "2025-Q4"
    # in November, the coming quarter is next year's Q1
    assert quarter("인텔은 1분기 매출이 130억 달러에 이를 것으로 내다봤다.", "2026-11-06") == "2027-Q1"
    # in February, a Q4 consensus is still last year's (its results are not out yet)
    assert quarter("인텔의 4분기 영업이익 전망치는 135억 달러다.", "2026-02-06") == "2025-Q4"
