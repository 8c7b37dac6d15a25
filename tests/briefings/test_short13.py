"""More true English lines from facts the core already has (round 13, short13): a company's loss said as the loss it
is, and a contract's size as a share of its company's revenue. Sentences written for these tests."""

from __future__ import annotations

from tests.briefings.test_nouns import end_to_end


def test_an_operating_loss_written_before_its_amount_is_said_as_a_loss_with_its_quarter() -> None:
    lines, _ = end_to_end("롯데케미칼은 3분기 영업손실 1240억원을 기록했다고 4일 공시했다.")
    assert lines and lines[0] == "Lotte Chemical posted an operating loss of ₩124 billion in Q3 2026", lines


def test_a_loss_written_after_its_amount_and_a_net_loss_as_topic_are_said() -> None:
    lines, _ = end_to_end("쿠팡은 3분기 1200억원의 영업손실을 냈다고 4일 밝혔다.")
    assert lines and lines[0] == "Coupang posted an operating loss of ₩120 billion in Q3 2026", lines
    lines, _ = end_to_end("카카오페이는 3분기 당기순손실이 120억원으로 집계됐다고 4일 밝혔다.")
    assert lines and lines[0] == "Kakao Pay posted a net loss of ₩12 billion in Q3 2026", lines


def test_a_running_loss_keeps_its_span_and_one_of_no_span_is_not_said() -> None:
    lines, _ = end_to_end("SK온은 올해 1~9월 누적 영업손실이 3870억원으로 집계됐다고 밝혔다.")
    assert lines and "an operating loss of ₩387 billion in January-September" in lines[0], lines
    lines, _ = end_to_end("한국전력은 2021~2023년 쌓인 누적 영업적자 43조원 가운데 29조원을 아직 해소하지 못했다.")
    assert not any("43 trillion" in x for x in lines), lines


def test_a_loss_that_moved_is_never_said_as_a_level_nor_as_a_profit_s_move() -> None:
    lines, _ = end_to_end("한국전력의 영업손실이 전년 동기보다 5000억원 줄었다.")
    assert not any("₩500 billion" in x for x in lines), lines  # was "KEPCO's operating profit fell ₩500 billion"
    lines, _ = end_to_end("LG디스플레이는 3분기 순손실이 2100억원으로 전년 동기보다 적자 폭이 30% 줄었다고 4일 밝혔다.")
    assert lines and lines[0] == "LG Display posted a net loss of ₩210 billion in Q3 2026", lines
    assert not any("30%" in x for x in lines), lines


def test_a_loss_worked_out_on_an_assumption_is_not_said() -> None:
    lines, _ = end_to_end(
        "LG에너지솔루션의 3분기 영업이익은 4483억원이다. 이 가운데 보조금이 4660억원이다. "
        "이를 제외하면 177억원의 영업손실을 낸 셈이다."
    )
    assert not any("loss" in x for x in lines), lines
    # twin: the same loss posted, not worked out ("…을 낸 셈이다"), is said
    lines, _ = end_to_end("LG에너지솔루션은 3분기 177억원의 영업손실을 냈다고 4일 밝혔다.")
    assert lines and lines[0] == "LG Energy Solution posted an operating loss of ₩17.7 billion in Q3 2026", lines


def test_a_loss_the_brokers_forecast_is_no_loss_posted() -> None:
    lines, _ = end_to_end("증권가는 SK온이 4분기 영업손실 2000억원을 낼 것으로 예상했다.")
    assert not any("posted" in x for x in lines), lines
    # twin: the company's own loss recorded ("기록했다") is posted
    lines, _ = end_to_end("SK온은 3분기 영업손실 2000억원을 기록했다고 4일 밝혔다.")
    assert lines and lines[0] == "SK On posted an operating loss of ₩200 billion in Q3 2026", lines


def test_a_contract_s_share_of_last_year_s_revenue_is_said_after_the_contract() -> None:
    lines, _ = end_to_end(
        "한화오션은 1조2000억원 규모의 LNG운반선 4척 수주 계약을 체결했다고 4일 공시했다. "
        "계약 금액은 지난해 매출액의 13.3%에 해당한다."
    )
    assert "The contract is worth 13.3% of Hanwha Ocean's revenue last year." in lines, lines


def test_the_revenue_in_parentheses_is_said_with_the_share_and_this_points_to_the_contract() -> None:
    lines, _ = end_to_end(
        "삼성SDI는 2조1350억원 규모의 배터리 공급계약을 체결했다고 4일 공시했다. "
        "이는 지난해 연결 매출액(16조5922억원)의 12.87% 수준이다."
    )
    said = "The contract is worth about 12.87% of Samsung SDI's revenue of ₩16.5922 trillion last year."
    assert said in lines, lines
    assert not any(x.startswith("Samsung SDI posted revenue") for x in lines), lines  # the share line says it


def test_a_share_of_the_latest_fiscal_year_s_revenue_with_the_contract_amount_in_its_clause() -> None:
    lines, _ = end_to_end(
        "삼성중공업은 1조원 규모의 LNG운반선 수주 계약을 체결했다고 4일 공시했다. 이번 수주 금액은 최근 매출액 대비 10.2%다."
    )
    assert "The contract is worth 10.2% of Samsung Heavy Industries' revenue for its latest fiscal year." in lines
    lines, _ = end_to_end(
        "삼성바이오로직스는 1조7028억원 규모의 위탁생산 계약을 체결했다고 4일 공시했다. "
        "계약 금액은 12억4200만 달러(약 1조7028억원)로, 지난해 매출액 4조5473억원의 37.4%에 해당한다."
    )
    assert "The contract is worth 37.4% of Samsung Biologics' revenue of ₩4.5473 trillion last year." in lines, lines


def test_no_share_line_without_one_company_s_contract_or_with_no_period() -> None:
    two = (
        "삼성중공업은 1조원 규모의 LNG운반선 수주 계약을 체결했다고 4일 공시했다. "
        "한화오션도 8000억원 규모의 수주 계약을 맺었다. 계약 금액은 지난해 매출액의 7.5%에 해당한다."
    )
    assert not any("7.5%" in x for x in end_to_end(two)[0])
    other = (
        "셀트리온은 1조원 규모의 공급 계약을 체결했다고 4일 공시했다. 셀트리온의 연구개발비는 5000억원이다. "
        "이는 지난해 매출액의 20% 수준이다."
    )
    assert not any("20%" in x for x in end_to_end(other)[0])  # "이는" is the R&D spending, not the contract
    undated = "LG에너지솔루션은 2조원 규모의 배터리 공급계약을 체결했다고 4일 밝혔다. 계약 금액은 매출액의 7.4%에 해당한다."
    assert not any("7.4%" in x for x in end_to_end(undated)[0])
    # twins: one company's contract, the revenue's year written, the share said; "이는" after the contract is it
    one = (
        "삼성중공업은 1조원 규모의 LNG운반선 수주 계약을 체결했다고 4일 공시했다. "
        "계약 금액은 지난해 매출액의 7.5%에 해당한다."
    )
    assert "The contract is worth 7.5% of Samsung Heavy Industries' revenue last year." in end_to_end(one)[0]
    this = "셀트리온은 1조원 규모의 공급 계약을 체결했다고 4일 공시했다. 이는 지난해 매출액의 20% 수준이다."
    assert "The contract is worth about 20% of Celltrion's revenue last year." in end_to_end(this)[0]
    dated = (
        "LG에너지솔루션은 2조원 규모의 배터리 공급계약을 체결했다고 4일 밝혔다. "
        "계약 금액은 지난해 매출액의 7.4%에 해당한다."
    )
    assert "The contract is worth 7.4% of LG Energy Solution's revenue last year." in end_to_end(dated)[0]


def test_a_government_forecast_of_employment_growth_is_said_with_its_year_and_source() -> None:
    lines, _ = end_to_end(
        "통계청에 따르면 10월 취업자는 2880만명으로 전년 동월보다 18만3000명 늘었다. "
        "정부는 올해 연간 취업자 증가 폭을 19만명으로 전망하고 있다."
    )
    assert "The government expects the number of employed persons to rise by 190,000 this year." in lines, lines
    lines, _ = end_to_end("정부는 내년 경제성장률을 2.1%로, 취업자 증가 폭은 16만명으로 예상했다.")
    assert "The government expects the number of employed persons to rise by 160,000 next year." in lines, lines
    lines, _ = end_to_end("정부는 내년 취업자 감소 폭이 5만명에 이를 것으로 예상했다.")
    said = "The government expects the number of employed persons to fall by 50,000 next year"
    assert lines and lines[0] == said, lines


def test_no_employment_growth_forecast_from_a_level_a_beaten_forecast_or_no_year() -> None:
    assert end_to_end("한국은행은 내년 취업자 수가 2900만명에 이를 것으로 예상했다.")[0] == []
    beaten = end_to_end("기획재정부는 '연간 취업자 증가 폭은 정부 전망치인 18만명을 웃돌 것'이라고 밝혔다.")[0]
    assert not any("180,000" in x for x in beaten), beaten
    assert not any("160,000" in x for x in end_to_end("정부는 취업자 증가 폭을 16만명으로 예상했다.")[0])
    # twin: the growth (증가 폭) with its year written is the government's forecast
    lines, _ = end_to_end("정부는 내년 취업자 증가 폭을 16만명으로 예상했다.")
    assert lines == ["The government expects the number of employed persons to rise by 160,000 next year"], lines


def test_two_units_of_one_move_are_one_line_with_the_base_of_the_same_month_a_year_before() -> None:
    lines, _ = end_to_end("현대차는 10월 미국에서 8만7810대를 팔아 전년 같은 달보다 5320대(6.4%) 줄었다고 밝혔다.")
    said = "Hyundai Motor's sales in the US fell 5,320 units (6.4%) year on year to 87,810 units in October 2026"
    assert lines == [said], lines
    lines, _ = end_to_end("기아는 10월 미국에서 7만2000대를 팔아 작년 같은 달 대비 3.2% 늘었다고 밝혔다.")
    assert lines and "rose 3.2% year on year to 72,000 units" in lines[0], lines
    lines, _ = end_to_end(
        "통계청에 따르면 10월 취업자는 2880만명으로 지난해 같은 달과 비교해 18만3000명(0.6%) 늘었다."
    )
    assert lines and "rose by 183,000 (0.6%) year on year to 28.8 million in October 2026" in lines[0], lines


def test_an_amount_sized_as_a_contract_is_no_revenue_and_its_share_of_revenue_is_said() -> None:
    lines, _ = end_to_end("대한전선은 2025년 매출액의 9.2%에 해당하는 2100억원 규모의 공급계약을 체결했다고 4일 공시했다.")
    assert not any("revenue of ₩210 billion" in x for x in lines), lines  # was "posted revenue of ₩210 billion (9.2%)"
    assert any("contract worth ₩210 billion" in x for x in lines), lines
    assert "The contract is worth 9.2% of Taihan Cable & Solution's revenue in 2025." in lines, lines


def test_no_contract_share_after_an_ipo_or_an_acquisition() -> None:
    lines, _ = end_to_end("카카오뱅크의 공모 규모는 1조원이다. 이는 지난해 매출액의 50%에 해당한다.")
    assert not any("50%" in x for x in lines), lines
    lines, _ = end_to_end("삼성물산은 1조원에 A사를 인수하기로 했다고 4일 공시했다. 인수 금액은 지난해 매출액의 5%에 해당한다.")
    assert not any("5%" in x for x in lines), lines
    # twin: the same share after a contract is the contract's
    lines, _ = end_to_end("삼성물산은 1조원 규모의 공사 계약을 체결했다고 4일 공시했다. 계약 금액은 지난해 매출액의 5%에 해당한다.")
    assert "The contract is worth 5% of Samsung C&T's revenue last year." in lines, lines
