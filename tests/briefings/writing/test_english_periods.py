"""The period and the basis of every English line: a change keeps what it is measured against, a figure keeps
the period it is of, a forecast the period it is for; a line whose base or period cannot be read beside one
that can is dropped. Hand-built articles in the style of Korean news (no Kiwi)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefings.model import Fact
from briefings.writing.english import brief_english
from tests.briefings.test_english import build, unbacked_numbers


def lines_of(
    sentences: Sequence[str], figs: Sequence[tuple[object, ...]], facts: Sequence[Fact], date: str | None = None
) -> list[str]:
    article, analysis, figures = build(sentences, figs)
    article = replace(article, date=date)
    result = brief_english(article, analysis, figures, facts, ())
    out = [*([result.headline] if result.headline else []), *result.lines]
    for line in out:
        assert unbacked_numbers(line, figures) == [], line.text
    return [line.text.rstrip(".") for line in out]


def change(sentence: int, figure: int, measure: str, direction: str, subject: str = "Hyundai Motor") -> Fact:
    return Fact(sentence, subject=subject, measure=measure, role="change", direction=direction, figure=figure)


def level(sentence: int, figure: int, measure: str, subject: str = "Hyundai Motor", date: str | None = None) -> Fact:
    return Fact(sentence, subject=subject, measure=measure, role="level", date=date, figure=figure)


def test_a_base_before_an_aside_in_parentheses_is_kept() -> None:
    out = lines_of(
        ["현대차의 3분기 영업이익은 직전 분기(4조2000억원) 대비 12.4% 늘었다."],
        [(0, "3분기", "date", "--Q3", "Q3"), (0, "4조2000억원", "money", 4.2e12, "₩4.2 trillion"),
         (0, "12.4%", "percent", 12.4, "12.4%")],
        [change(0, 2, "operating_profit", "up")],
    )  # fmt: skip
    assert any("rose 12.4% from the previous quarter" in t for t in out), out


def test_one_base_word_governs_every_change_after_it_in_the_sentence() -> None:
    out = lines_of(
        [
            "전년 동기 대비 기준으로 보면 현대차 매출은 해외 판매 호조에 힘입어 8.2% 늘었고, "
            "영업이익은 원가 절감 효과로 41.7% 증가했다."
        ],
        [(0, "8.2%", "percent", 8.2, "8.2%"), (0, "41.7%", "percent", 41.7, "41.7%")],
        [change(0, 0, "revenue", "up"), change(0, 1, "operating_profit", "up")],
    )
    assert any("41.7% year on year" in t for t in out), out
    assert any("8.2% year on year" in t for t in out), out


def test_a_sentence_naming_only_the_base_frames_the_changes_after_it() -> None:
    out = lines_of(
        [
            "현대차는 실적이 전 분기보다 부진했다.",
            "다만 전년 동기 대비로는 개선됐다.",
            "매출은 6.3%, 영업이익은 22.1% 증가했다.",
        ],
        [(2, "6.3%", "percent", 6.3, "6.3%"), (2, "22.1%", "percent", 22.1, "22.1%")],
        [change(2, 0, "revenue", "up"), change(2, 1, "operating_profit", "up")],
    )
    assert any("rose 22.1% year on year" in t for t in out), out


def test_a_frame_sentence_with_its_own_figure_frames_nothing() -> None:
    out = lines_of(
        ["현대차 매출은 전년 동기 대비 3% 늘었다.", "영업이익은 22.1% 증가했다."],
        [(0, "3%", "percent", 3.0, "3%"), (1, "22.1%", "percent", 22.1, "22.1%")],
        [change(0, 0, "revenue", "up"), change(1, 1, "operating_profit", "up")],
    )
    assert not any("22.1% year on year" in t for t in out), out


def test_a_change_against_the_same_quarter_a_year_before_is_year_on_year() -> None:
    out = lines_of(
        ["현대차는 2025년 3분기 매출 46조원을 기록했다.", "2024년 3분기와 비교하면 매출은 7.5% 늘었다."],
        [(0, "2025년 3분기", "date", "2025-Q3", "Q3 2025"), (0, "46조원", "money", 4.6e13, "₩46 trillion"),
         (1, "2024년 3분기", "date", "2024-Q3", "Q3 2024"), (1, "7.5%", "percent", 7.5, "7.5%")],
        [level(0, 1, "revenue", date="2025-Q3"), change(1, 3, "revenue", "up")],
    )  # fmt: skip
    assert any("rose 7.5% year on year" in t and "Q3 2025" in t and "2024" not in t for t in out), out


def test_a_change_against_a_named_quarter_of_unknown_span_is_dropped() -> None:
    out = lines_of(
        ["현대차 매출은 2024년 1분기와 비교하면 7.5% 늘었다."],
        [(0, "2024년 1분기", "date", "2024-Q1", "Q1 2024"), (0, "7.5%", "percent", 7.5, "7.5%")],
        [change(0, 1, "revenue", "up")],
    )
    assert not any("7.5%" in t for t in out), out


def test_a_baseless_change_beside_one_with_a_base_is_dropped() -> None:
    out = lines_of(
        ["현대차 영업이익은 전 분기 대비 9.1% 줄었다.", "반면 영업이익은 35.2% 늘었다."],
        [(0, "9.1%", "percent", 9.1, "9.1%"), (1, "35.2%", "percent", 35.2, "35.2%")],
        [change(0, 0, "operating_profit", "down"), change(1, 1, "operating_profit", "up")],
    )
    assert any("fell 9.1% from the previous quarter" in t for t in out), out
    assert not any("35.2%" in t for t in out), out


def test_a_baseless_change_alone_is_still_said() -> None:
    out = lines_of(
        ["현대차 영업이익은 35.2% 늘었다."],
        [(0, "35.2%", "percent", 35.2, "35.2%")],
        [change(0, 0, "operating_profit", "up")],
    )
    assert any("rose 35.2%" in t for t in out), out


def test_a_full_year_figure_says_so_and_an_undated_one_beside_it_is_dropped() -> None:
    out = lines_of(
        ["기아의 3분기 매출은 28조원을 기록했다.", "기아는 같은 기간 영업이익 2조9000억원을 냈다.",
         "연간 영업이익은 11조6000억원으로 집계됐다."],
        [(0, "3분기", "date", "--Q3", "Q3"), (0, "28조원", "money", 2.8e13, "₩28 trillion"),
         (1, "2조9000억원", "money", 2.9e12, "₩2.9 trillion"), (2, "11조6000억원", "money", 1.16e13, "₩11.6 trillion")],
        [level(0, 1, "revenue", "Kia"), level(1, 2, "operating_profit", "Kia"), level(2, 3, "operating_profit", "Kia")],
    )  # fmt: skip
    assert any("₩11.6 trillion for the full year" in t for t in out), out
    assert not any("₩2.9 trillion" in t and "Q3" not in t for t in out), out


def test_a_cumulative_span_stays_with_its_figure() -> None:
    def sales(first: str) -> list[str]:
        return lines_of(
            [first, "올해 1~5월 누적 판매량은 29만8400대로 집계됐다."],
            [(0, "지난달", "date", "2026-05", "May 2026"), (0, "6만1200대", "count", 61200, "61,200 units"),
             (1, "29만8400대", "count", 298400, "298,400 units")],
            [level(0, 1, "volume", "Kia", "2026-05"), level(1, 2, "volume", "Kia")],
        )  # fmt: skip

    out = sales("기아는 지난달 6만1200대를 팔았다.")
    assert any("298,400 units in January-May" in t for t in out), out
    # sales the lead narrows to one market ("미국에서") are not said again without it, as if worldwide
    narrowed = sales("기아는 지난달 미국에서 6만1200대를 팔았다.")
    assert not any("298,400" in t for t in narrowed), narrowed


def test_forecasts_keep_the_year_they_are_for_paired_after_each() -> None:
    facts = [
        Fact(0, measure="gdp_growth", role="estimate", figure=0),
        Fact(0, measure="gdp_growth", role="estimate", figure=1),
    ]
    out = lines_of(
        ["올해와 내년 경제성장률 전망치는 각각 1.9%, 2.2%로 제시됐다."],
        [(0, "1.9%", "percent", 1.9, "1.9%"), (0, "2.2%", "percent", 2.2, "2.2%")],
        facts,
        date="2026-11-20",
    )
    assert any("1.9% for this year" in t for t in out), out
    assert any("2.2% for next year" in t for t in out), out


def test_a_forecast_whose_year_cannot_be_told_is_dropped_beside_a_dated_one() -> None:
    facts = [
        Fact(0, measure="inflation", role="estimate", figure=0),
        Fact(1, measure="inflation", role="estimate", figure=1),
    ]
    out = lines_of(
        ["물가상승률은 올해와 내년 모두 2.3% 안팎으로 전망됐다.", "내년 물가상승률은 2.0%로 예상됐다."],
        [(0, "2.3%", "percent", 2.3, "2.3%"), (1, "2.0%", "percent", 2.0, "2.0%")],
        facts,
    )
    assert any("2.0% for next year" in t for t in out), out
    assert not any("2.3%" in t for t in out), out


def test_a_horizon_within_the_year_and_the_next_quarter() -> None:
    out = lines_of(
        ["시장에서는 연준이 연내 3.25%까지 금리를 내릴 것으로 보고 있다."],
        [(0, "3.25%", "percent", 3.25, "3.25%")],
        [Fact(0, subject="Federal Reserve", measure="interest_rate", role="estimate", source="market", figure=0)],
        date="2026-03-02",
    )
    assert any("3.25% by the end of this year" in t for t in out), out
    out = lines_of(
        ["마이크론은 다음 분기 매출을 약 95억달러로 전망했다."],
        [(0, "약 95억달러", "money", 9.5e9, "about US$9.5 billion", "USD")],
        [Fact(0, subject="Micron", measure="revenue", role="estimate", source="Micron", figure=0)],
    )
    assert any("for the next quarter" in t for t in out), out


# --------------------------------------------------------------------------- time of day


def test_a_crossing_marked_during_the_session_is_never_said_as_the_days() -> None:
    out = lines_of(
        ["두바이유는 3.2% 오른 배럴당 78.40달러에 마감했다.", "두바이유는 장중 한때 80달러를 넘어서기도 했다."],
        [(0, "3.2%", "percent", 3.2, "3.2%"), (0, "78.40달러", "money", 78.4, "US$78.4", "USD"),
         (1, "80달러", "money", 80.0, "US$80", "USD")],
        [Fact(0, subject="Dubai crude", measure="commodity_price", role="change", direction="up", figure=0),
         Fact(0, subject="Dubai crude", measure="commodity_price", role="level", time_of_day="close", figure=1),
         Fact(1, subject="Dubai crude", measure="commodity_price", role="threshold", direction="up", figure=2)],
    )  # fmt: skip
    crossing = [t for t in out if "US$80" in t and "78.4" not in t]
    assert crossing and all("during the session" in t for t in crossing), out


def test_a_crossing_the_facts_time_at_the_close_keeps_it() -> None:
    out = lines_of(
        ["코스닥은 장중 9% 넘게 밀리며 650선 아래에서 거래를 마쳤다."],
        [(0, "9%", "percent", 9.0, "9%"), (0, "650선", "quantity", 650.0, "650", "pt")],
        [Fact(0, subject="KOSDAQ", measure="index_level", role="threshold", direction="down", time_of_day="close",
              figure=1)],
    )  # fmt: skip
    assert out and not any("during the session" in t for t in out), out


def test_a_move_that_ended_at_the_opening_level_is_the_opening_move() -> None:
    out = lines_of(
        ["LG전자 주가는 장 초반 8.3% 오른 11만2000원으로 출발했다."],
        [(0, "8.3%", "percent", 8.3, "8.3%"), (0, "11만2000원", "money", 112000.0, "₩112,000")],
        [Fact(0, subject="LG Electronics", measure="share_price", role="change", direction="up",
              time_of_day="intraday", figure=0)],
    )  # fmt: skip
    assert out == ["LG Electronics shares opened 8.3% higher"], out


def test_a_move_the_words_do_not_time_at_the_open_is_not_said_opened() -> None:
    out = lines_of(
        ["LG전자 주가가 8.3% 급등하는 등 전자 업종이 강세를 보였다."],
        [(0, "8.3%", "percent", 8.3, "8.3%")],
        [Fact(0, subject="LG Electronics", measure="share_price", role="change", direction="up", time_of_day="open",
              figure=0)],
    )  # fmt: skip
    assert out and not any("opened" in t for t in out), out


def test_a_move_marked_during_the_session_says_so() -> None:
    out = lines_of(
        ["코스피는 외국인 매수세에 장중 6.1% 올랐다."],
        [(0, "6.1%", "percent", 6.1, "6.1%")],
        [Fact(0, subject="KOSPI", measure="index_level", role="change", direction="up", figure=0)],
    )
    assert all("during the session" in t for t in out), out


# --------------------------------------------------------------------------- place


def test_a_place_narrowing_sales_in_their_clause_stays() -> None:
    out = lines_of(
        ["도요타 북미법인은 지난달 미국 시장에서 21만4300대를 판매했다."],
        [(0, "21만4300대", "count", 214300, "214,300 units")],
        [Fact(0, subject="Toyota", measure="unit_sales", role="level", figure=0)],
    )
    assert out == ["Toyota sold 214,300 units in the US"], out


def test_a_place_in_another_clause_or_of_exports_to_it_is_not_said() -> None:
    out = lines_of(
        ["도요타는 미국 공장 증설을 검토하고 있으며, 전체 판매는 21만4300대로 집계됐다."],
        [(0, "21만4300대", "count", 214300, "214,300 units")],
        [Fact(0, subject="Toyota", measure="unit_sales", role="level", figure=0)],
    )
    assert out == ["Toyota sold 214,300 units"], out
    out = lines_of(
        ["인도 공장에서 만든 차량 54만대를 수출했다."],
        [(0, "54만대", "count", 540000, "540,000 units")],
        [Fact(0, subject="Toyota", measure="unit_sales", role="level", figure=0)],
    )
    assert out == ["Toyota sold 540,000 units"], out


def test_no_horizon_where_a_date_says_the_period_or_the_measure_has_none() -> None:
    out = lines_of(
        ["증권가는 올해 1분기 매출 전망치를 12조원으로 제시했다."],
        [(0, "올해 1분기", "date", "--Q1", "Q1"), (0, "12조원", "money", 1.2e13, "₩12 trillion")],
        [Fact(0, subject="Kia", measure="revenue", role="estimate", source="brokerages", figure=1)],
    )
    assert out and not any("this year" in t for t in out), out
    out = lines_of(
        ["증권가는 올해 기아 목표주가를 15만원으로 올렸다."],
        [(0, "15만원", "money", 150000.0, "₩150,000")],
        [Fact(0, subject="Kia", measure="price_target", role="estimate", source="brokerages", figure=0)],
    )
    assert out and not any("this year" in t for t in out), out


def test_the_same_period_takes_the_period_of_the_figures_before_it() -> None:
    out = lines_of(
        ["혼다는 2026년 2분기 매출 5조엔을 기록했다.", "닛산은 같은 기간 매출 3조엔을 냈다."],
        [(0, "2026년 2분기", "date", "2026-Q2", "Q2 2026"), (0, "5조엔", "money", 5e12, "¥5 trillion", "JPY"),
         (1, "3조엔", "money", 3e12, "¥3 trillion", "JPY")],
        [level(0, 1, "revenue", "Honda", "2026-Q2"), level(1, 2, "revenue", "Nissan")],
    )  # fmt: skip
    # the period of the figures before it: said on the line, or once by the line before when it is the same
    assert any("¥3 trillion in Q2 2026" in t for t in out) or (
        out[0].endswith("in Q2 2026") and any(t.endswith("¥3 trillion") for t in out)
    ), out


def test_the_same_period_a_year_before_is_a_base_not_a_period() -> None:
    out = lines_of(
        ["혼다는 2026년 2분기 매출 5조엔을 기록했다.", "닛산 매출은 전년 같은 기간보다 4% 줄었다."],
        [(0, "2026년 2분기", "date", "2026-Q2", "Q2 2026"), (0, "5조엔", "money", 5e12, "¥5 trillion", "JPY"),
         (1, "4%", "percent", 4.0, "4%")],
        [level(0, 1, "revenue", "Honda", "2026-Q2"), change(1, 2, "revenue", "down", "Nissan")],
    )  # fmt: skip
    assert any("fell 4% year on year" in t and "Q2" not in t for t in out), out


def test_an_opening_word_of_another_clause_does_not_make_a_move_the_opening_one() -> None:
    out = lines_of(
        ["코스닥은 1.4% 상승 마감했고, 코스피는 하락 출발했다."],
        [(0, "1.4%", "percent", 1.4, "1.4%")],
        [Fact(0, subject="KOSDAQ", measure="index_level", role="change", direction="up", figure=0)],
    )
    assert out and not any("opened" in t for t in out), out
    out = lines_of(
        ["코스피는 0.8% 하락 출발했다."],
        [(0, "0.8%", "percent", 0.8, "0.8%")],
        [Fact(0, subject="KOSPI", measure="index_level", role="change", direction="down", figure=0)],
    )
    assert out == ["The KOSPI opened 0.8% lower"], out


def test_a_span_of_months_that_is_not_from_january_is_said_with_both_months() -> None:
    out = lines_of(
        ["마이크론은 6~8월 실적에서 매출이 93억달러로 집계됐다고 밝혔다."],
        [(0, "93억달러", "money", 9.3e9, "US$9.3 billion", "USD")],
        [level(0, 0, "revenue", "Micron")],
    )
    assert out == ["Micron posted revenue of US$9.3 billion in June-August"]
    # a backwards or impossible span is no period
    out = lines_of(
        ["마이크론은 8~6월 매출이 93억달러로 집계됐다고 밝혔다."],
        [(0, "93억달러", "money", 9.3e9, "US$9.3 billion", "USD")],
        [level(0, 0, "revenue", "Micron")],
    )
    assert not any("June" in t or "August" in t for t in out), out
