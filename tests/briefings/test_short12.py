"""Company and market articles said in more lines: traffic, load factors, contingent debt, a span's total, a list of
share moves (round 12, short12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.briefings.test_nouns import end_to_end


def test_an_airline_s_monthly_traffic_is_said_with_its_qualifier() -> None:
    lines, _ = end_to_end(
        "대한항공이 10월 국제선에서 150만명이 넘는 승객을 태웠다. "
        "대한항공의 10월 국제선 여객 수는 152만3000명으로 지난해 같은 달보다 8.4% 늘었다. "
        "국제선 평균 탑승률은 84.1%로 전년 동월 대비 1.7%포인트 상승했다."
    )
    said = "Korean Air's international passengers rose 8.4% year on year to 1.523 million"
    assert any(said in x for x in lines), lines
    load = [x for x in lines if "load factor" in x]
    assert load and "rose 1.7 percentage points" in load[0] and "84.1%" in load[0], lines


def test_a_route_s_passengers_are_not_said_as_the_airline_s() -> None:
    lines, _ = end_to_end("대한항공의 10월 일본 노선 여객이 41만2000명으로 가장 많았다. 미주 노선 탑승률은 91%였다.")
    assert not any("412,000" in x or "91%" in x for x in lines), lines
    # twin: with no route word, the same figures are the airline's and said
    lines, _ = end_to_end(
        "대한항공의 10월 여객 수는 41만2000명으로 지난해 같은 달보다 3% 늘었다. 대한항공의 10월 탑승률은 91%였다.",
        "2026-11-20",
    )
    assert "Korean Air's passengers rose 3% year on year to 412,000 in October 2026" in lines, lines
    assert "Korean Air's load factor was 91%." in lines, lines


def test_a_total_of_a_span_of_months_is_said_with_its_span() -> None:
    lines, _ = end_to_end(
        "대한항공의 10월 국제선 여객 수는 152만3000명으로 지난해 같은 달보다 8.4% 늘었다. "
        "대한항공의 1~10월 누적 국제선 여객은 1410만명으로 집계됐다."
    )
    span = [x for x in lines if "14.1 million" in x]
    assert span and span[0].endswith("in January-October."), lines


def test_a_builder_s_contingent_liabilities_keep_their_project_finance_word() -> None:
    lines, _ = end_to_end(
        "한신공영의 9월 말 부채비율은 420%로 치솟았다. 한신공영의 현금성 자산은 900억원이다. "
        "한신공영의 차입금은 5000억원이다. 이 회사가 떠안은 PF 우발채무는 약 8400억원에 이른다.",
        date="2026-11-30",
    )
    assert any("project-finance contingent liabilities were about ₩840 billion" in x for x in lines), lines


def test_a_list_of_share_moves_gives_the_first_item_the_list_s_measure() -> None:
    lines, measures = end_to_end(
        "30일 유가증권시장에서 대한항공은 2.1% 하락했다. 반면 한국전력은 3.4%, 삼성전자는 4.1% 떨어졌다.",
        date="2026-11-30",
    )
    listed = [x for x in lines if "3.4%" in x]
    assert listed and "4.1%" in listed[0] and "shares fell" in listed[0], lines


def test_a_list_of_price_rises_a_company_sets_is_no_share_move() -> None:
    _, measures = end_to_end("삼성화재는 보험료를 1.2%, 현대해상은 1.4% 올린다.", date="2026-11-30")
    assert measures[0] != "share_price", measures  # the insurer's premium, not its shares
    # twin: the same list said of a trading session is a list of share moves
    lines, measures = end_to_end("30일 유가증권시장에서 삼성화재는 1.2%, 현대해상은 1.4% 올랐다.", date="2026-11-30")
    assert measures == ["share_price", "share_price"], measures
    said = "Samsung Fire & Marine Insurance (1.2%) and Hyundai Marine & Fire Insurance (1.4%) shares rose on 30 Nov"
    assert any(x.startswith(said) for x in lines), lines


def test_no_item_of_a_list_of_price_rises_a_company_sets_is_a_share_move() -> None:
    # "삼성화재는 보험료를 1.2%, 현대해상은 1.4% 올린다": both are premiums still to rise; the code says
    # "Hyundai Marine & Fire Insurance shares rose 1.4%" (the second item reads as a share price)
    lines, measures = end_to_end("삼성화재는 보험료를 1.2%, 현대해상은 1.4% 올린다.", date="2026-11-30")
    assert "share_price" not in measures, measures
    assert not any("shares" in x for x in lines), lines


def test_an_owner_in_the_genitive_reaches_its_noun_past_a_period_and_qualifiers() -> None:
    lines, _ = end_to_end(
        "현대해상의 자동차보험 가입자는 약 500만명이다. 현대해상은 보험료를 1.5% 올린다. "
        "현대해상의 올해 1~9월 누적 자동차보험 손해율은 86.1%로 지난해 같은 기간보다 2.2%포인트 높아졌다.",
        date="2026-11-30",
    )
    loss = [x for x in lines if "loss ratio" in x]
    said = "Hyundai Marine & Fire Insurance's cumulative auto insurance loss ratio rose"
    assert loss and loss[0].startswith(said), lines
    assert "2.2 percentage points" in loss[0] and "86.1%" in loss[0], lines


def test_a_genitive_far_from_its_noun_with_another_word_between_owns_nothing() -> None:
    lines, _ = end_to_end(
        "현대해상의 자동차보험 가입자는 약 500만명이다. 현대해상은 보험료를 1.5% 올린다. "
        "현대해상의 올해 1~9월 누적 경쟁사 자동차보험 손해율은 86.1%로 지난해 같은 기간보다 2.2%포인트 높아졌다.",
        date="2026-11-30",
    )
    assert not any("86.1%" in x for x in lines), lines
    # twin: the same sentence with no word between the genitive and its noun is the insurer's
    lines, _ = end_to_end(
        "현대해상의 자동차보험 가입자는 약 500만명이다. 현대해상은 보험료를 1.5% 올린다. "
        "현대해상의 올해 1~9월 누적 자동차보험 손해율은 86.1%로 지난해 같은 기간보다 2.2%포인트 높아졌다.",
        date="2026-11-30",
    )
    said = "Hyundai Marine & Fire Insurance's cumulative auto insurance loss ratio rose 2.2 percentage points"
    assert any(x.startswith(said) and "86.1%" in x for x in lines), lines


def test_every_item_of_a_list_before_its_verb_is_said_with_the_verb() -> None:
    lines, measures = end_to_end(
        "완성차 업체들이 10월 판매 실적을 1일 발표했다. "
        "한국GM은 3만8100대, KG모빌리티는 9870대, 르노코리아는 1만5120대를 팔았다.",
        date="2026-11-01",
    )
    for said in ("GM Korea sold 38,100 units", "KG Mobility sold 9,870 units", "Renault Korea sold 15,120 units"):
        assert any(said in x for x in lines), (said, lines)


def test_a_list_item_of_another_kind_takes_no_measure_from_the_verb() -> None:
    _, measures = end_to_end("한국GM은 3.2%, 르노코리아는 1만5120대를 팔았다.", date="2026-11-01")
    assert measures[0] in ("", "other", "share_price"), measures
    assert measures[0] != "volume", measures


def test_a_noun_of_an_owner_named_only_in_korean_is_not_the_article_s_company() -> None:
    lines, _ = end_to_end(
        "한국콜마는 미국 화장품 업체 뉴저지코스메틱랩스(NJCL) 지분 100%를 3억달러에 인수한다. "
        "한국콜마 주가는 5.1% 올랐다. "
        "한국콜마의 부채비율은 80%다. NJCL은 지난해 상각전영업이익(EBITDA) 3800만달러를 기록했다.",
        date="2026-11-30",
    )
    assert not any("Kolmar Korea's EBITDA" in x for x in lines), lines
    assert "Kolmar Korea will buy 100% of NJCL for US$300 million" in lines, lines
    # twin: the article's company written as the one that posted it owns its EBITDA
    lines, _ = end_to_end(
        "한국콜마 주가는 5.1% 올랐다. 한국콜마의 부채비율은 80%다. "
        "한국콜마는 지난해 상각전영업이익(EBITDA) 3800만달러를 기록했다.",
        date="2026-11-30",
    )
    assert "Kolmar Korea's EBITDA was US$38 million." in lines, lines


def test_a_count_of_people_said_after_a_noun_naming_them_drops_people() -> None:
    lines, _ = end_to_end(
        "대한항공이 10월 국제선에서 150만명이 넘는 승객을 태웠다. "
        "대한항공의 10월 국제선 여객 수는 152만3000명으로 지난해 같은 달보다 8.4% 늘었다."
    )
    said = [x for x in lines if "international passengers" in x]
    assert said and "1.523 million" in said[0] and "people" not in said[0], lines


def test_a_breakdown_sentence_takes_the_sense_of_the_sentence_it_breaks_down() -> None:
    lines, _ = end_to_end(
        "완성차 5개사는 10월 국내외에서 모두 70만2100대를 판매했다고 1일 밝혔다. "
        "업체별로는 현대차가 35만1200대로 1.2% 늘었고, 기아는 26만4300대로 3.3% 증가했다.",
        date="2026-11-01",
    )
    assert any("Kia's sales rose 3.3% to 264,300 units" in x for x in lines), lines


def test_a_breakdown_of_a_sentence_of_another_sense_says_no_sales() -> None:
    lines, _ = end_to_end(
        "자동차 업체들의 주가가 1일 일제히 올랐다. "
        "업체별로는 현대차가 35만1200대로 1.2% 늘었고, 기아는 26만4300대로 3.3% 증가했다.",
        date="2026-11-01",
    )
    assert not any("sales" in x for x in lines), lines
    # twin: the same breakdown after a sentence of sales is said as sales
    lines, _ = end_to_end(
        "완성차 5개사는 10월 국내외에서 모두 70만2100대를 판매했다고 1일 밝혔다. "
        "업체별로는 현대차가 35만1200대로 1.2% 늘었고, 기아는 26만4300대로 3.3% 증가했다.",
        date="2026-11-01",
    )
    assert any("Kia's sales rose 3.3% to 264,300 units" in x for x in lines), lines
