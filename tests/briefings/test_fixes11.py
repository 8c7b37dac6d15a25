"""Round 11 fixes from a development reading (sentences written for these tests): 가구 counted in housing news is
units of housing, elsewhere households; a rate counted in 명 (the total fertility rate) is a bare number as written;
a company's share count (발행주식 수) is no stake; a plural measure noun takes a plural verb."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from tests.briefings.test_english import _end_to_end


def _en(text: str, surface: str) -> str:
    figures = extract_figures(text, analyse(text).sentences, "2026-11-30")
    return next(f.en for f in figures if f.surface == surface)


@pytest.mark.parametrize(
    ("text", "surface", "en"),
    [
        ("지난달 말 기준 준공 후 미분양 주택은 1만8350가구로 집계됐다.", "1만8350가구", "18,350 units"),
        ("이 단지는 내년 3월까지 모두 2400가구를 공급한다.", "2400가구", "2,400 units"),
        ("정부는 저소득 3만 가구에 난방비를 지원한다.", "3만 가구", "30,000 households"),
        ("무주택 가구는 전국 950만가구에 이른다.", "950만가구", "9.5 million households"),
    ],
)
def test_ga_gu_counts_units_of_housing_only_in_housing_news(text: str, surface: str, en: str) -> None:
    assert _en(text, surface) == en


def test_a_fertility_rate_counted_in_myeong_is_a_bare_number_with_its_decimals() -> None:
    text = "2분기 합계출산율은 0.70명으로 작년보다 0.03명 올랐다."
    assert _en(text, "0.70명") == "0.70"
    assert _en(text, "0.03명") == "0.03"
    assert _en("출생아 수는 2만1800명으로 늘었다.", "2만1800명") == "21,800 people"  # people still counted as people


def test_a_share_count_is_not_said_as_a_stake() -> None:
    lines = _end_to_end(
        "한국전력은 1일 이사회를 열고 주식 1주를 2주로 나누는 액면분할을 결의했다. "
        "발행주식 수는 6억4196만주에서 12억8392만주로 늘어난다."
    )
    assert not any("stake" in line for line in lines), lines
    lines = _end_to_end("한국전력은 1일 자회사 지분율을 40%에서 55%로 높였다고 밝혔다.")
    assert any("stake" in line for line in lines), lines  # a real stake is still said


def test_a_plural_measure_noun_takes_a_plural_verb() -> None:
    from briefings.writing.english import _noun_agrees

    assert _noun_agrees("Samsung's exports is estimated at US$5 billion.", "exports") == (
        "Samsung's exports are estimated at US$5 billion."
    )
    assert _noun_agrees("Hyundai's sales was ₩3 trillion.", "sales") == "Hyundai's sales were ₩3 trillion."
    assert _noun_agrees("The consensus was ₩3 trillion.", "consensus") == "The consensus was ₩3 trillion."
    assert _noun_agrees("Its revenue was ₩3 trillion.", "revenue") == "Its revenue was ₩3 trillion."


def test_a_count_sold_in_a_monthly_sales_release_is_that_months_not_the_announcement_days() -> None:
    lines = _end_to_end(
        "국내 완성차 5개사의 7월 판매량이 늘었다. 5개사는 7월 국내외에서 모두 61만2000대를 판매했다고 3일 밝혔다. "
        "업체별로는 쌍용차가 1만2040대를 팔았다.",
        date="2026-08-03",
    )
    said = [line for line in lines if "12,040" in line]
    assert said and all("3 August" not in line for line in said), lines
    assert any("July 2026" in line for line in said), lines
    lines = _end_to_end(
        "코스피 거래량은 3일 4억2000만주로 집계됐다. 삼성전자는 이날 1200만주가 팔렸다.", date="2026-08-03"
    )
    assert not any("July" in line for line in lines), lines  # a market day's count keeps its day
