"""Round 15 precision: lines that misstated a base, a period or an owner (each rule with its twin)."""

from __future__ import annotations

from tests.briefings.test_nouns import end_to_end


def test_a_brokers_estimate_of_a_products_sales_is_not_the_companys() -> None:
    text = "셀트리온이 신약 허가를 받았다. 미래에셋증권은 이 신약 병용요법의 2029년 매출을 5억 달러로 추정했다."
    lines, _ = end_to_end(text, "2026-11-20")
    assert not any("Celltrion's revenue" in x for x in lines), lines
    # twin: the broker's estimate of the company's own revenue stays the company's
    lines, _ = end_to_end("셀트리온이 신약 허가를 받았다. 미래에셋증권은 셀트리온의 2029년 매출을 5조원으로 추정했다.", "2026-11-20")
    assert any("Celltrion's revenue" in x and "2029" in x for x in lines), lines


def test_a_move_against_the_end_of_last_year_says_that_base() -> None:
    lines, _ = end_to_end("대한항공의 9월 말 부채비율은 210%로 지난해 말보다 35%포인트 낮아졌다.", "2026-11-14")
    said = [x for x in lines if "210%" in x]
    assert said and "from the end of last year" in said[0] and "year on year" not in said[0], lines
    # twin: against a year before, said so
    lines, _ = end_to_end("대한항공의 9월 말 부채비율은 210%로 1년 전보다 35%포인트 낮아졌다.", "2026-11-14")
    said = [x for x in lines if "210%" in x]
    assert said and "year on year" in said[0], lines


def test_a_sales_volume_move_with_no_written_base_is_not_said() -> None:
    text = "10월 전국 주택 매매 거래량은 5만6800건으로 1년 전보다 8.7% 증가했다. 서울 아파트 거래량은 4120건으로 12.6% 늘었다."
    lines, _ = end_to_end(text, "2026-11-14")
    assert not any("12.6%" in x for x in lines), lines
    assert any(x.startswith("National home sales rose 8.7% year on year") for x in lines), lines
    # twin: the base written in its own sentence, the move is said with it
    lines, _ = end_to_end("10월 서울 아파트 거래량은 4120건으로 전월 대비 12.6% 늘었다.", "2026-11-14")
    assert any("12.6% from the previous month" in x for x in lines), lines


def test_a_percent_before_a_verb_of_raising_is_no_share_move() -> None:
    lines, measures = end_to_end("한화손해보험은 내년 1월부터 2.5% 올린다.", "2026-11-30")
    assert "share_price" not in measures and not any("shares" in x for x in lines), (lines, measures)
    lines, measures = end_to_end("30일 유가증권시장에서 한화손해보험은 2.5% 올랐다.", "2026-11-30")
    assert measures == ["share_price"], measures
