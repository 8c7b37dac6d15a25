"""A figure belongs to its clause's subject, not to a name nearby (round 12).

Sentences written for these tests, in the usual style of Korean market and economy reporting: what investors
hold and net buy (the companies are what they hold and buy), a forecaster compared with a central bank, a bond
book-building's competition ratio, a group of people a clause picks out of an employment segment, a part of a
total, a headline whose finished clause ends before an ellipsis.
"""

from __future__ import annotations

from tests.stages import fact_of as _fact_of
from tests.stages import run_stages as _run


def test_a_stock_investors_net_bought_is_not_the_buyer() -> None:
    text = (
        "국내 투자자들은 지난달 일본 주식을 12억달러어치 순매수했다. "
        "순매수 1위 종목은 소니(3억달러)였고 도요타(2억달러)가 뒤를 이었다."
    )
    lines, facts, surfaces = _run(text)
    assert not any("Sony net bought" in x or "Toyota net bought" in x for x in lines), lines
    assert _fact_of(facts, surfaces, "3억달러").subject is None
    # twin: investors written as the subject of 순매수했다 are the buyers, and said so
    lines, facts, surfaces = _run("외국인은 지난달 코스피에서 삼성전자 주식을 3조원 순매수했다.")
    assert _fact_of(facts, surfaces, "3조원").subject == "foreign investors"
    assert "Foreign investors net bought ₩3 trillion" in lines, lines


def test_what_investors_hold_in_custody_is_no_share_price() -> None:
    text = (
        "국내 투자자의 일본 주식 보관액이 사상 처음으로 50억달러를 넘어섰다. "
        "종목별로는 도요타 보관액이 9억달러로 가장 많았고 소니(7억달러)가 뒤를 이었다. "
        "도요타는 올해 들어 보관액이 두 배로 늘었다."
    )
    lines, facts, surfaces = _run(text)
    assert not any("shares" in x and ("US$5 billion" in x or "US$900 million" in x) for x in lines), lines
    assert _fact_of(facts, surfaces, "50억달러").measure != "share_price"
    # twin: investors' custody holdings with a known noun phrase are said as holdings
    lines, _, _ = _run("예탁원에 따르면 지난달 말 기준 국내 투자자의 해외 주식 보관액은 120억달러로 집계됐다.")
    assert "Korean investors' overseas stock holdings were US$12 billion at end-November 2026" in lines, lines


def test_a_central_bank_named_only_as_a_comparison_base_is_no_forecaster() -> None:
    text = (
        "정부가 내년 소비자물가 상승률을 2.1%로 전망했다. "
        "정부 전망치는 한국은행(2.2%)보다 0.1%포인트 낮다."
    )
    lines, facts, surfaces = _run(text)
    assert not any("Bank of Korea" in x and "2.1%" in x for x in lines), lines
    assert _fact_of(facts, surfaces, "2.1%").source == "the government"
    assert "The government forecasts inflation of 2.1% for next year" in lines, lines


def test_a_bond_book_building_is_no_ipo() -> None:
    text = (
        "KT는 1일 회사채 1500억원 모집을 위한 수요예측에서 9200억원의 주문을 받았다고 밝혔다. "
        "경쟁률은 6.1배다."
    )
    lines, facts, surfaces = _run(text)
    assert not any("IPO" in x for x in lines), lines
    assert _fact_of(facts, surfaces, "6.1배").measure != "subscription_rate"
    # twin: a share offering's book-building ratio written "N대 1" is an IPO's competition ratio
    lines, facts, surfaces = _run("무신사는 1일 기관투자자 대상 수요예측에서 경쟁률 1200대 1을 기록했다고 밝혔다.")
    assert _fact_of(facts, surfaces, "1200대 1").measure == "subscription_rate"
    assert "Musinsa's IPO book-building drew a competition ratio of 1,200 to 1 on 1 December 2026" in lines, lines


def test_a_group_a_clause_picks_out_of_a_segment_is_not_the_segment() -> None:
    text = (
        "10월 취업자는 2880만명으로 1년 전보다 20만명 늘었다. "
        "청년층 취업자는 10만명 줄었다. "
        "구직을 포기한 청년은 38만명이었다."
    )
    lines, facts, surfaces = _run(text)
    assert not any("380,000" in x for x in lines), lines
    assert _fact_of(facts, surfaces, "38만명").measure is None or _fact_of(facts, surfaces, "38만명").subject is None
    assert any("100,000" in x for x in lines), lines  # the segment's own count is still said
    lines, _, _ = _run("10월 고용률은 62.9%였다. 국제 비교 기준인 15~64세 고용률은 69.8%로 0.2%포인트 올랐다.")
    assert any("aged 15-64" in x and "69.8%" in x for x in lines), lines  # a copula's modifier narrows nothing


def test_a_part_of_a_total_is_no_result_of_its_owner() -> None:
    text = "한국가스공사는 2022~2024년 누적 영업손실 20조원 가운데 약 12조원을 아직 만회하지 못했다."
    lines, facts, surfaces = _run(text)
    assert not any("12 trillion" in x for x in lines), lines
    # twin: the company's own loss of a quarter is its result, said as a loss
    lines, _, _ = _run("한국가스공사는 3분기 영업손실 1240억원을 기록했다고 2일 공시했다.")
    assert "KOGAS posted an operating loss of ₩124 billion in Q3 2026" in lines, lines


def test_a_headline_noun_before_an_ellipsis_is_not_the_figure_after_it() -> None:
    text = (
        "전기요금 다음 달부터 오른다…일반용 kWh당 6.1원·교육용 3원↑\n"
        "한국전력은 다음 달 1일부터 일반용 전기요금을 kWh당 6.1원, 교육용 요금을 kWh당 3.0원 올린다고 2일 밝혔다."
    )
    lines, _, _ = _run(text)
    # the tariffs of all users did not rise ₩6.1 (nor ₩3): each is one use's, a kWh's, and still to come
    assert not any(x.startswith("Electricity tariffs rose") for x in lines), lines
    # twin: the body's per-use, per-kWh rise still to come is said, each use with its own amount
    said = (
        "KEPCO will raise general-use electricity rates by ₩6.1 per kWh and educational rates by ₩3 per kWh "
        "from 1 January 2027"
    )
    assert said in lines, lines


def test_a_goods_export_estimate_says_the_goods_before_exports() -> None:
    lines, _, _ = _run("반도체 수출은 내년 1500억달러에 이를 것으로 예상된다.")
    assert not any("Semiconductor's" in x for x in lines), lines
    assert any(x.startswith("Semiconductor exports are estimated at US$150 billion") for x in lines), lines


def test_a_breakdown_takes_the_measure_its_own_first_item_names() -> None:
    text = (
        "11월 한 달간 순매수액은 12억달러였다. "
        "종목별로는 도요타 보관액이 9억달러로 가장 많았고 소니(7억달러)가 뒤를 이었다."
    )
    _, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "7억달러").measure != "net_buying"  # a holding, like the first item's
    assert _fact_of(facts, surfaces, "7억달러").measure == _fact_of(facts, surfaces, "9억달러").measure
    # twin: a breakdown whose first item names net buying gives its items net buying, whatever came before
    text = (
        "11월 한 달간 보관액은 120억달러였다. "
        "종목별로는 도요타 순매수액이 3억달러로 가장 많았고 소니(2억달러)가 뒤를 이었다."
    )
    _, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "2억달러").measure == "net_buying"


def test_a_rank_belongs_to_the_name_after_it() -> None:
    text = "종목별로는 도요타 보관액이 9억달러로 가장 많았다. 11월 순매수 1위는 소니(3억달러)였다."
    _, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "1위").subject == "Sony"


def test_a_market_move_of_this_year_says_so() -> None:
    lines, _, _ = _run("원·달러 환율은 지난달 말 1,455원으로 올해 들어 1.9% 올랐다.")
    assert any("1.9% so far this year" in x for x in lines), lines
    assert not any(x.endswith("rose 1.9%.") for x in lines), lines
