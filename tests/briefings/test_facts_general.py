"""Facts on patterns of Korean economic news in general (not the corpus's sentences).

Each test is a sentence written for it, in the usual style of Korean market and economy
reporting: investor groups and 각각 lists, currency pairs, "X에 따르면", forecasters as the
source of estimates, quoted forecasts, comparatives, counts, deal sizes and commodities.
Figures are built by hand (the figure scanner has its own tests).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.model import Analysis, Article, Fact, Figure

_UNITS = {"money": "USD", "percent": "%", "count": "count", "multiple": "x", "date": "date", "quantity": "pt"}


def _figure(text: str, analysis: Analysis, surface: str, kind: str, value: float | str, nth: int = 0) -> Figure:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    sentence = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    unit = _UNITS.get(kind, kind)
    if kind == "duration":  # a span of time: a quantity in the unit "duration", as the scanner gives it
        kind = "quantity"
    if kind == "money" and surface.rstrip().endswith("원"):
        unit = "KRW"
    if kind == "money" and surface.rstrip().endswith("엔"):
        unit = "JPY"
    return Figure(
        surface=surface, start=start, end=end, sentence=sentence, kind=kind, value=value, unit=unit, en=surface
    )


def _facts(text: str, specs: Sequence[tuple[str, str, float | str] | tuple[str, str, float | str, int]]) -> list[Fact]:
    analysis = analyse(text)
    figures = sorted((_figure(text, analysis, *spec) for spec in specs), key=lambda f: f.start)
    article = Article(id="t", path="t.txt", title="", text=text)
    return list(extract_facts(article, analysis, figures))


# --------------------------------------------------------------------------- investor groups


def test_an_investor_group_owns_its_net_selling_not_the_stock_it_sold() -> None:
    facts = _facts("기관은 이날 삼성전자 주식을 2,430억원어치 순매도했다.", [("2,430억원", "money", 2.43e11)])
    assert (facts[0].subject, facts[0].measure, facts[0].role) == ("institutional investors", "net_selling", "level")


def test_each_pairs_listed_investor_groups_with_listed_amounts_in_order() -> None:
    text = "유가증권시장에서 외국인과 개인이 각각 870억원, 560억원을 순매도했고, 연기금은 1,100억원을 순매수했다."
    facts = _facts(text, [("870억원", "money", 8.7e10), ("560억원", "money", 5.6e10), ("1,100억원", "money", 1.1e11)])
    assert [(f.subject, f.measure) for f in facts] == [
        ("foreign investors", "net_selling"),
        ("individual investors", "net_selling"),
        ("pension funds", "net_buying"),
    ]


def test_a_word_containing_an_investor_word_is_not_an_investor_group() -> None:
    facts = _facts("금융기관들이 국채를 3,000억원어치 순매수했다.", [("3,000억원", "money", 3e11)])
    assert facts[0].subject != "institutional investors"


# --------------------------------------------------------------------------- currency pairs


def test_a_bare_exchange_rate_is_the_pair_just_named() -> None:
    text = "엔·달러 환율은 장 초반 148.20엔까지 올랐다. 오후 2시 현재 환율은 147.85엔으로 내려왔다."
    facts = _facts(text, [("148.20엔", "money", 148.2), ("147.85엔", "money", 147.85)])
    assert [(f.subject, f.measure) for f in facts] == [("yen/dollar", "exchange_rate")] * 2


def test_a_bare_exchange_rate_with_no_pair_named_stays_the_won_dollar_rate() -> None:
    facts = _facts("이날 서울 외환시장에서 환율은 1,390.5원에 마감했다.", [("1,390.5원", "money", 1390.5)])
    assert facts[0].subject == "won/dollar"


def test_cross_rates_and_other_pairs_are_named_by_the_pair() -> None:
    text = "원·엔 재정환율은 100엔당 912.30원을 기록했다. 원·위안 환율은 190.12원으로 마감했다."
    facts = _facts(text, [("912.30원", "money", 912.3), ("190.12원", "money", 190.12)])
    assert [f.subject for f in facts] == ["won/yen", "won/yuan"]


# --------------------------------------------------------------------------- who reports, who forecasts


def test_the_body_a_report_is_according_to_is_not_the_subject() -> None:
    text = "관세청이 11일 발표한 통계에 따르면 이달 1~10일 자동차 수출액은 24억 달러로 집계됐다."
    facts = _facts(text, [("24억 달러", "money", 2.4e9)])
    assert facts[0].subject != "Korea Customs Service"
    assert facts[0].measure == "exports"


def test_a_bank_raising_its_forecast_is_the_source_and_the_commodity_the_subject() -> None:
    text = "모건스탠리는 구리 가격 전망치를 톤당 9,500달러에서 10,200달러로 높였다."
    facts = _facts(text, [("9,500달러", "money", 9500.0), ("10,200달러", "money", 10200.0)])
    # the forecast raised from is the one it replaces (a reference); the new one is the bank's estimate
    assert [(f.subject, f.role, f.source) for f in facts] == [
        ("copper", "reference", "Morgan Stanley"),
        ("copper", "estimate", "Morgan Stanley"),
    ]


def test_an_analyst_s_quoted_forecast_names_the_broker_as_source() -> None:
    text = '박민수 미래에셋증권 연구원은 "내년 순이익은 올해보다 15% 늘어난 2조원 안팎이 될 것"이라고 내다봤다.'
    facts = _facts(text, [("15%", "percent", 15.0), ("2조원", "money", 2e12)])
    assert [f.role for f in facts] == ["estimate", "estimate"]
    assert [f.source for f in facts] == ["Mirae Asset Securities"] * 2
    assert all(f.subject != "Mirae Asset Securities" for f in facts)


def test_a_research_institute_that_estimates_is_the_source() -> None:
    facts = _facts("한국개발연구원은 올해 수출 증가율이 2.1%에 그칠 것으로 추정했다.", [("2.1%", "percent", 2.1)])
    assert (facts[0].role, facts[0].source) == ("estimate", "Korea Development Institute")
    assert facts[0].subject != "Korea Development Institute"


def test_a_group_named_as_topic_of_a_forecast_is_its_source() -> None:
    facts = _facts("증권가에서는 목표주가를 9만5000원으로 제시했다.", [("9만5000원", "money", 95000.0)])
    assert (facts[0].measure, facts[0].role, facts[0].source) == ("price_target", "estimate", "brokerages")


def test_a_quoted_past_fact_explained_by_an_analyst_is_no_forecast() -> None:
    text = '한 운용사 대표는 "주가는 발행가 대비 9% 하락해 마감했다"고 분석했다.'
    facts = _facts(text, [("9%", "percent", 9.0)])
    assert (facts[0].role, facts[0].direction) == ("change", "down")


def test_a_probability_is_an_estimate() -> None:
    facts = _facts('노무라증권은 "12월 금리 인하 가능성이 70% 이상"이라고 분석했다.', [("70%", "percent", 70.0)])
    assert (facts[0].role, facts[0].source) == ("estimate", "Nomura")


# --------------------------------------------------------------------------- roles


def test_a_comparative_after_a_figure_is_the_size_of_a_difference() -> None:
    text = "3분기 판매량은 작년 같은 기간보다 8.3% 많았다. 시장 예상과 비교하면 영업이익은 약 9% 낮았다."
    facts = _facts(text, [("8.3%", "percent", 8.3), ("9%", "percent", 9.0)])
    assert [(f.role, f.direction) for f in facts] == [("change", "up"), ("change", "down")]


def test_a_count_of_voters_is_a_level() -> None:
    facts = _facts("금융통화위원 7명 중 5명이 인하에 찬성했다.", [("7명", "count", 7.0), ("5명", "count", 5.0)])
    assert [(f.role, f.direction) for f in facts] == [("level", None), ("level", None)]


def test_the_size_of_a_licensing_deal_is_its_deal_value() -> None:
    text = "셀트리온은 유럽 제약사와 최대 1조원 규모의 기술수출 계약을 맺었다."
    facts = _facts(text, [("1조원", "money", 1e12)])
    assert (facts[0].subject, facts[0].measure) == ("Celltrion", "deal_value")


def test_the_country_exported_to_is_not_the_subject() -> None:
    facts = _facts(
        "대(對)일본 수출은 25억 달러로 3.1% 늘었다.", [("25억 달러", "money", 2.5e9), ("3.1%", "percent", 3.1)]
    )
    assert all(f.subject != "Japan" for f in facts)
    assert [f.measure for f in facts] == ["exports", "exports"]


# --------------------------------------------------------------------------- commodities


def test_a_commodity_is_the_subject_of_its_price() -> None:
    text = "북해산 브렌트유는 배럴당 78.40달러에 거래를 마쳤다."
    facts = _facts(text, [("78.40달러", "money", 78.4)])
    assert (facts[0].subject, facts[0].role, facts[0].measure) == ("Brent", "level", "other")


def test_a_commodity_headline_with_a_per_unit_price() -> None:
    facts = _facts("WTI 배럴당 70달러 붕괴", [("70달러", "money", 70.0)])
    assert (facts[0].subject, facts[0].role) == ("WTI", "threshold")


# --------------------------------------------------------------------------- a company's unit, dates


def _dated(text: str, specs: Sequence[tuple[str, str, float | str]], day: str) -> list[Fact]:
    analysis = analyse(text)
    figures = sorted((_figure(text, analysis, *spec) for spec in specs), key=lambda f: f.start)
    article = Article(id="t", path="t.txt", title="", text=text, date=day)
    return list(extract_facts(article, analysis, figures))


def test_a_company_s_overseas_unit_stands_for_the_company_and_its_change_shares_the_measure() -> None:
    text = "기아 유럽법인은 지난달 유럽 시장에서 4만2150대를 팔아 8.5% 늘었다고 밝혔다."
    facts = _dated(text, [("4만2150대", "count", 42150.0), ("8.5%", "percent", 8.5)], "2025-09-02")
    assert [(f.subject, f.measure) for f in facts] == [("Kia", "volume"), ("Kia", "volume")]


def test_last_month_and_this_year_date_a_figure_against_the_article_s_date() -> None:
    text = "지난달 국내 라면 수출액은 1억2000만 달러로 집계됐다. 올해 누적 수출액은 9억 달러를 기록했다."
    facts = _dated(text, [("1억2000만 달러", "money", 1.2e8), ("9억 달러", "money", 9e8)], "2025-01-10")
    assert [f.date for f in facts] == ["2024-12", "2025"]


def test_a_period_word_of_a_comparison_base_or_of_another_figure_dates_nothing() -> None:
    text = "거래대금은 9조원으로 지난달 평균보다 약 25% 많았다. 지난해 매출 3조원의 12%에 해당한다."
    facts = _dated(
        text,
        [("9조원", "money", 9e12), ("25%", "percent", 25.0), ("3조원", "money", 3e12), ("12%", "percent", 12.0)],
        "2025-03-05",
    )
    by = {figure: f for figure, f in zip(["9조원", "25%", "3조원", "12%"], facts, strict=True)}
    assert by["25%"].date != "2025-02"
    assert by["3조원"].date == "2024"
    assert by["12%"].date != "2024"


def test_results_figures_carry_the_quarter_of_the_sentence_before() -> None:
    text = (
        "한화솔루션은 2분기 연결 기준 매출 3조2000억원을 기록했다고 공시했다. "
        "매출은 전년 동기 대비 12.1% 줄었고, 영업이익은 40.2% 감소했다."
    )
    facts = _dated(
        text,
        [
            ("2분기", "date", "2025-Q2"),
            ("3조2000억원", "money", 3.2e12),
            ("12.1%", "percent", 12.1),
            ("40.2%", "percent", 40.2),
        ],
        "2025-07-25",
    )
    assert [f.date for f in facts] == ["2025-Q2"] * 3


def test_daga_separates_the_intraday_low_from_the_close() -> None:
    text = "이날 카카오 주가는 장중 한때 4.1% 하락한 3만8200원까지 밀렸다가 종가 기준 1.2% 내린 3만9350원에 마감했다."
    facts = _dated(
        text,
        [
            ("4.1%", "percent", 4.1),
            ("3만8200원", "money", 38200.0),
            ("1.2%", "percent", 1.2),
            ("3만9350원", "money", 39350.0),
        ],
        "2025-06-11",
    )
    assert [f.time_of_day for f in facts] == ["intraday", "intraday", "close", "close"]


def test_a_planned_figure_is_a_goal_not_an_estimate() -> None:
    # a company's plan is neither a value held nor anyone's estimate of it ("is estimated at" would misstate it)
    facts = _facts(
        "회사는 2027년까지 배터리 생산능력을 40GWh 이상으로 늘린다는 계획이다.", [("40GWh", "quantity", 40.0)]
    )
    assert facts[0].role is None


def test_a_subject_inside_an_earlier_quotation_is_not_the_figure_s_and_a_pledge_is_no_forecast() -> None:
    text = '김 장관은 "중국의 수요 둔화가 이어지고 있다"며 "내년 중 3조원 규모의 정책자금을 공급하겠다"고 말했다.'
    facts = _facts(text, [("3조원", "money", 3e12)])
    assert facts[0].subject != "China"
    assert facts[0].role == "level"


def test_a_business_group_is_named_as_the_group() -> None:
    facts = _facts("현대차그룹은 올해 연구개발에 12조원을 투자한다.", [("12조원", "money", 1.2e13)])
    assert facts[0].subject == "Hyundai Motor Group"


def test_a_margin_or_a_compared_profit_of_the_article_s_company_is_no_segment() -> None:
    text = (
        "포스코퓨처엠은 2분기 영업이익 320억원을 기록했다고 공시했다. 포스코퓨처엠 매출은 9000억원이었다. "
        "포스코퓨처엠 주가는 2% 올랐다. 영업이익률은 3.6%로 집계됐다. "
        "시장 전망치와 비교하면 영업이익은 약 11% 낮았다."
    )
    facts = _facts(
        text,
        [
            ("320억원", "money", 3.2e10),
            ("9000억원", "money", 9e11),
            ("2%", "percent", 2.0),
            ("3.6%", "percent", 3.6),
            ("11%", "percent", 11.0),
        ],
    )
    by = {f.measure: f for f in facts if f.role in {"level", "change"}}
    assert by["profit_margin"].subject == "POSCO Future M"
    assert [f.subject for f in facts if f.measure == "operating_profit"] == ["POSCO Future M"] * 2


def test_a_segment_word_before_the_measure_still_stops_the_company() -> None:
    text = (
        "포스코퓨처엠은 2분기 영업이익 320억원을 기록했다. 포스코퓨처엠 주가는 2% 올랐다. "
        "포스코퓨처엠 매출은 9000억원이었다. 양극재 매출은 5000억원이었다."
    )
    facts = _facts(
        text,
        [
            ("320억원", "money", 3.2e10),
            ("2%", "percent", 2.0),
            ("9000억원", "money", 9e11),
            ("5000억원", "money", 5e11),
        ],
    )
    assert facts[-1].subject is None


def test_a_change_right_after_a_level_is_that_level_s_change() -> None:
    text = "기아는 지난달 4만2150대를 팔았다. 하이브리드 판매는 1만2040대로 1년 전보다 31.5% 늘었다."
    facts = _facts(text, [("4만2150대", "count", 42150.0), ("1만2040대", "count", 12040.0), ("31.5%", "percent", 31.5)])
    assert (facts[2].subject, facts[2].measure, facts[2].role) == (facts[1].subject, "volume", "change")


def test_a_forecast_s_subject_is_not_carried_to_the_next_sentence() -> None:
    text = (
        "산업연구원은 관세로 인한 삼성전자의 연간 비용 부담이 약 2조원에 이를 것으로 추정했다. "
        "올해 누적 판매량은 1,200만대로 집계됐다."
    )
    facts = _facts(text, [("2조원", "money", 2e12), ("1,200만대", "count", 1.2e7)])
    assert facts[0].source == "Korea Institute for Industrial Economics and Trade"
    assert facts[1].subject != "Samsung Electronics"


def test_a_monthly_statistic_keeps_its_month_in_the_next_sentence_for_the_same_subject_and_measure() -> None:
    text = "기아는 지난달 미국에서 6만5200대를 판매했다. 기아의 전체 판매량은 14만1000대로 집계됐다."
    facts = _dated(text, [("6만5200대", "count", 65200.0), ("14만1000대", "count", 141000.0)], "2025-08-01")
    assert [f.date for f in facts] == ["2025-07", "2025-07"]


def test_a_product_lines_sales_carry_no_company_and_no_month() -> None:
    text = "기아는 지난달 미국에서 6만5200대를 판매했다. 기아의 레저용 차량 판매량은 4만1000대로 집계됐다."
    facts = _dated(text, [("6만5200대", "count", 65200.0), ("4만1000대", "count", 41000.0)], "2025-08-01")
    assert facts[0].subject == "Kia"
    assert facts[1].subject is None  # the RV line's sales: not Kia's total


def test_the_nearer_period_word_beats_earlier_dates_of_the_sentence() -> None:
    text = "한은은 지난 10월, 11월 연이어 금리를 0.25%포인트 낮춘 뒤 지난달에는 연 3.00%로 묶었다."
    facts = _dated(
        text,
        [
            ("지난 10월", "date", "2024-10"),
            ("11월", "date", "2024-11"),
            ("0.25%포인트", "percent", 0.25),
            ("3.00%", "percent", 3.0),
        ],
        "2025-02-25",
    )
    assert facts[-1].date == "2025-01"


def test_a_breakdown_sentence_keeps_the_measure_and_period_of_the_statistic_it_breaks_down() -> None:
    text = "지난달 자동차 수출액은 62억 달러로 집계됐다. 품목별로는 전기차가 18억 달러로 12% 늘었다."
    facts = _dated(
        text, [("62억 달러", "money", 6.2e9), ("18억 달러", "money", 1.8e9), ("12%", "percent", 12.0)], "2025-06-01"
    )
    assert [(f.measure, f.date) for f in facts] == [("exports", "2025-05")] * 3


def test_a_name_ending_in_a_symbol_keeps_its_topic_particle() -> None:
    facts = _facts("OPEC+는 다음 달부터 하루 40만배럴을 증산하기로 했다.", [("40만배럴", "quantity", 4e5)])
    assert facts[0].subject == "OPEC+"


def test_a_breakdown_skips_a_span_of_time_to_find_its_statistic() -> None:
    text = (
        "지난달 화장품 수출액은 9억 달러로 집계됐다. 화장품 수출은 8개월 연속 증가세다. "
        "국가별로는 미국이 2억 달러로 가장 많았다."
    )
    facts = _dated(
        text, [("9억 달러", "money", 9e8), ("8개월", "duration", 8.0), ("2억 달러", "money", 2e8)], "2025-10-01"
    )
    assert (facts[-1].measure, facts[-1].date) == ("exports", "2025-09")


def test_a_fund_flow_is_no_price_or_index_level() -> None:
    text = "비트코인 현물 ETF에는 하루 새 10억 달러가 순유입됐다."
    facts = _facts(text, [("10억 달러", "money", 1e9)])
    assert facts[0].measure not in {"crypto_price", "index_level", "share_price"}


def test_market_value_with_its_particle_is_never_an_index_level() -> None:
    facts = _facts(
        "코스피 상장사 SK하이닉스의 시가총액은 192조9천억원으로 늘었다.", [("192조9천억원", "money", 1.929e14)]
    )
    assert facts[0].measure == "market_value"


def test_an_allegation_is_a_claim_whose_source_is_the_accuser() -> None:
    text = "금융감독원은 A사가 2,300억원 규모의 매출을 부풀린 혐의를 포착했다고 밝혔다."
    facts = _facts(text, [("2,300억원", "money", 2.3e11)])
    assert (facts[0].role, facts[0].source) == ("claim", "Financial Supervisory Service")


def test_an_accused_company_is_not_the_source_of_its_allegation() -> None:
    facts = _facts("셀트리온은 500억원을 횡령한 혐의를 받고 있다.", [("500억원", "money", 5e10)])
    assert facts[0].role == "claim" and facts[0].source != "Celltrion"


def test_every_item_of_a_parenthesised_list_shares_the_list_s_move() -> None:
    text = (
        "이번 주 서울 아파트값은 0.12% 올랐다. 구별로는 성동구(0.99%), 마포구(0.98%), 용산구(0.71%) 등이 많이 올랐다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("0.12%", "percent", 0.12),
        ("0.99%", "percent", 0.99),
        ("0.98%", "percent", 0.98),
        ("0.71%", "percent", 0.71),
    ]
    facts = _facts(text, specs)
    assert [(f.role, f.direction) for f in facts] == [("change", "up")] * 4
    assert [f.subject_ko for f in facts[1:]] == ["성동구", "마포구", "용산구"]


def test_a_market_value_ranking_is_a_scope_not_the_measure() -> None:
    text = "시가총액 상위 종목 중 삼성전자(-3.2%), SK하이닉스(-4.1%)가 약세였다."
    facts = _facts(text, [("-3.2%", "percent", -3.2), ("-4.1%", "percent", -4.1)])
    assert [(f.subject, f.measure) for f in facts] == [
        ("Samsung Electronics", "share_price"),
        ("SK hynix", "share_price"),
    ]


def test_an_investor_topic_spans_the_clauses_of_its_sentence() -> None:
    text = "외국인은 코스피에서 3거래일 연속 순매수를 이어가며 이날 4,200억원어치를 사들였다."
    facts = _facts(text, [("4,200억원", "money", 4.2e11)])
    assert (facts[0].subject, facts[0].measure) == ("foreign investors", "net_buying")


def test_a_broker_raising_a_price_target_is_its_source() -> None:
    text = "대신증권은 삼성전자의 목표주가를 9만원에서 10만원으로 올렸다."
    facts = _facts(text, [("9만원", "money", 9e4), ("10만원", "money", 1e5)])
    assert [(f.subject, f.measure, f.role, f.source) for f in facts] == [
        ("Samsung Electronics", "price_target", "reference", "Daishin Securities"),  # the target it replaces
        ("Samsung Electronics", "price_target", "estimate", "Daishin Securities"),
    ]


def test_the_topic_giving_a_forecast_noun_s_figure_is_its_source() -> None:
    text = "한국은행은 올해 경제성장률 전망치를 2.0%에서 1.8%로 낮췄다."
    facts = _facts(text, [("2.0%", "percent", 2.0), ("1.8%", "percent", 1.8)])
    # the forecast it replaces is quoted for comparison; the new one is the bank's estimate
    assert [(f.role, f.source) for f in facts] == [("reference", "Bank of Korea"), ("estimate", "Bank of Korea")]
    assert all(f.subject != "Bank of Korea" for f in facts)


def test_a_market_consensus_in_parentheses_is_the_market_s_estimate_not_the_speaker_s() -> None:
    text = "애플은 2분기 매출이 949억 달러로 시장 예상치(942억 달러)를 웃돌았다고 발표했다."
    facts = _facts(text, [("949억 달러", "money", 9.49e10), ("942억 달러", "money", 9.42e10)])
    assert (facts[0].role, facts[0].source) == ("level", None)
    assert (facts[1].role, facts[1].source) == ("estimate", "market consensus")


def test_each_pairs_listed_companies_with_listed_moves() -> None:
    text = "삼성전자와 SK하이닉스, LG전자가 각각 2.1%, 3.4%, 1.2% 올랐다."
    specs: list[tuple[str, str, float | str]] = [
        ("2.1%", "percent", 2.1),
        ("3.4%", "percent", 3.4),
        ("1.2%", "percent", 1.2),
    ]
    facts = _facts(text, specs)
    assert [f.subject for f in facts] == ["Samsung Electronics", "SK hynix", "LG Electronics"]


def test_each_with_fewer_figures_than_names_pairs_nothing() -> None:
    facts = _facts("삼성전자와 SK하이닉스는 각각 3.4% 올랐다.", [("3.4%", "percent", 3.4)])
    assert facts[0].subject is None


def test_the_level_a_move_reaches_takes_the_move_s_measure() -> None:
    text = "삼성전자(005930)는 전 거래일 대비 1.5% 오른 6만1000원에 거래를 마쳤다."
    facts = _facts(text, [("1.5%", "percent", 1.5), ("6만1000원", "money", 61000.0)])
    assert [(f.subject, f.measure, f.role) for f in facts] == [
        ("Samsung Electronics", "share_price", "change"),
        ("Samsung Electronics", "share_price", "level"),
    ]


def test_this_year_dates_a_year_to_date_move_but_not_a_day_s_record_move() -> None:
    day = _dated("카카오 주가는 올해 들어 처음으로 5% 넘게 올랐다.", [("5%", "percent", 5.0)], "2025-06-11")
    ytd = _dated("카카오 주가의 올해 들어 하락률은 -14.8%에 달한다.", [("-14.8%", "percent", -14.8)], "2025-06-11")
    assert day[0].date != "2025"
    assert ytd[0].date == "2025"


def test_a_market_that_grows_is_no_source_but_what_the_market_hears_is() -> None:
    grows = _facts("국내 AI 반도체 시장은 2030년까지 30조원에 이를 것으로 전망된다.", [("30조원", "money", 3e13)])
    hears = _facts("시장에서는 한은이 연내 2.25%까지 금리를 내릴 것으로 보고 있다.", [("2.25%", "percent", 2.25)])
    assert grows[0].source != "market"
    assert (hears[0].role, hears[0].source) == ("estimate", "market")


def test_a_comparative_without_a_base_is_no_change() -> None:
    facts = _facts("전체 매출에서 반도체 비중은 62%로 컸다.", [("62%", "percent", 62.0)])
    assert facts[0].role != "change"


def test_advancing_issues_of_an_index_are_the_index_s() -> None:
    facts = _facts("이날 코스피 상승 종목은 612개로 하락 종목보다 많았다.", [("612개", "count", 612.0)])
    assert (facts[0].subject, facts[0].measure) == ("KOSPI", "volume")


def test_as_of_a_clock_time_is_the_article_s_day_not_the_day_named_before() -> None:
    text = (
        "6일(현지시간) 뉴욕증시에서 애플 주가는 2.1% 올랐다. "
        "이날 오전 10시 현재 유가증권시장에서 삼성전자(+1.2%), SK하이닉스(+2.3%)가 오름세다."
    )
    facts = _dated(
        text,
        [("6일", "date", "2025-05-06"), ("2.1%", "percent", 2.1), ("+1.2%", "percent", 1.2), ("+2.3%", "percent", 2.3)],
        "2025-05-07",
    )
    assert [f.date for f in facts[1:]] == ["2025-05-07", "2025-05-07"]


# --------------------------------------------------------------------------- an owner the gazetteer does not know


def test_a_proper_noun_owning_the_share_price_is_not_replaced_by_the_previous_topic() -> None:
    text = "현대모비스는 이날 2.4% 올랐다. 에스엠엔터 주가는 5.2% 하락한 8만원에 마감했다."
    facts = _facts(text, [("2.4%", "percent", 2.4), ("5.2%", "percent", 5.2), ("8만원", "money", 80000.0)])
    assert (facts[0].subject, facts[0].measure) == ("Hyundai Mobis", "share_price")
    for f in facts[1:]:
        assert (f.subject, f.subject_ko, f.measure) == (None, "에스엠엔터", "share_price")


def test_an_unknown_owner_of_the_market_value_keeps_its_korean_surface_only() -> None:
    text = "네이버가 인수를 검토하는 에스엠엔터의 시가총액은 2조원이다."
    facts = _facts(text, [("2조원", "money", 2e12)])
    assert (facts[0].subject, facts[0].subject_ko, facts[0].measure) == (None, "에스엠엔터", "market_value")


def test_a_latin_name_owning_the_measure_stops_the_carry_over() -> None:
    text = "엔비디아는 이날 3.1% 올랐다. Zenith Labs 주가는 9% 급락했다. Palantir의 시가총액은 2000억 달러로 늘었다."
    facts = _facts(text, [("3.1%", "percent", 3.1), ("9%", "percent", 9.0), ("2000억 달러", "money", 2e11)])
    assert facts[0].subject == "NVIDIA"
    assert (facts[1].subject, facts[1].subject_ko, facts[1].measure) == (None, "Zenith Labs", "share_price")
    assert (facts[2].subject, facts[2].subject_ko, facts[2].measure) == (None, "Palantir", "market_value")


def test_a_latin_acronym_before_a_measure_is_no_owner() -> None:
    facts = _facts("삼성전자는 AI 투자를 50조원 늘리기로 했다.", [("50조원", "money", 5e13)])
    assert facts[0].subject == "Samsung Electronics"


def test_a_plain_noun_owning_the_share_price_keeps_the_article_company_out() -> None:
    text = (
        "삼성전자가 4분기 실적을 발표했다. 삼성전자는 메모리 업황이 개선됐다고 밝혔다. "
        "삼성전자 관계자는 투자를 늘리겠다고 말했다. 한편 태양바이오 주가는 2% 내렸다."
    )
    facts = _facts(text, [("2%", "percent", 2.0)])
    assert (facts[0].subject, facts[0].subject_ko, facts[0].measure) == (None, "태양바이오", "share_price")


def test_a_sector_share_price_is_not_the_previous_company_s() -> None:
    text = "삼성전자 주가는 3% 올랐다. 반도체 업종 주가는 1.5% 내렸다."
    facts = _facts(text, [("3%", "percent", 3.0), ("1.5%", "percent", 1.5)])
    assert facts[0].subject == "Samsung Electronics"
    assert (facts[1].subject, facts[1].subject_ko) == (None, None)  # two words: no name to show


def test_a_one_word_plain_noun_owner_keeps_its_surface() -> None:
    text = "삼성전자 주가는 3% 올랐다. 동양철강 주가는 2% 내렸다."
    facts = _facts(text, [("3%", "percent", 3.0), ("2%", "percent", 2.0)])
    assert facts[1].subject is None
    assert facts[1].subject_ko in {"동양철강", None}


def test_a_time_word_before_the_share_price_keeps_the_company() -> None:
    text = "삼성전자 주가는 3% 올랐다. 현재 주가는 6만원이다."
    facts = _facts(text, [("3%", "percent", 3.0), ("6만원", "money", 60000.0)])
    assert [f.subject for f in facts] == ["Samsung Electronics", "Samsung Electronics"]


def test_a_speaker_is_not_the_owner_of_a_price_named_inside_the_quote() -> None:
    text = (
        '증권가는 "에스엠엔터 주가가 20% 더 오를 것"이라고 내다봤다. '
        '삼성전자는 "카카오 주가가 9% 떨어질 것"이라고 말했다.'
    )
    facts = _facts(text, [("20%", "percent", 20.0), ("9%", "percent", 9.0)])
    assert facts[1].subject != "Samsung Electronics"
    assert facts[1].subject in {None, "Kakao"}


def test_a_speaker_keeps_its_own_figure_in_its_quote() -> None:
    facts = _facts('엔비디아는 "수출 제한으로 매출이 80억 달러 줄었다"고 밝혔다.', [("80억 달러", "money", 8e9)])
    assert (facts[0].subject, facts[0].measure) == ("NVIDIA", "revenue")


# ----------------------------------------------------------------- tariffs: the party taxed, never the imposer


def test_a_tariff_on_goods_of_a_country_is_that_country_s_not_the_imposer_s() -> None:
    facts = _facts("백악관은 중국산 전기차에 대한 관세를 100%로 올린다고 밝혔다.", [("100%", "percent", 100.0)])
    assert (facts[0].subject, facts[0].measure) == ("China", "tariff_rate")


def test_a_tariff_on_a_country_is_that_country_s() -> None:
    text = "미국 정부는 한국에 대한 관세율을 25%에서 15%로 낮췄다. 미국은 일본산 자동차에 25% 관세를 부과했다."
    facts = _facts(text, [("25%", "percent", 25.0), ("15%", "percent", 15.0), ("25%", "percent", 25.0, 1)])
    assert [(f.subject, f.measure) for f in facts] == [
        ("South Korea", "tariff_rate"),
        ("South Korea", "tariff_rate"),
        ("Japan", "tariff_rate"),
    ]


def test_the_imposer_of_a_tariff_is_never_its_subject() -> None:
    text = "백악관은 수입 자동차 관세를 25%로 올린다고 밝혔다. 미국은 철강 관세를 50%로 높였다."
    facts = _facts(text, [("25%", "percent", 25.0), ("50%", "percent", 50.0)])
    assert [(f.subject, f.subject_ko, f.measure) for f in facts] == [(None, None, "tariff_rate")] * 2


def test_a_country_that_bears_the_tariff_is_its_subject() -> None:
    text = "한국은 15%의 관세를 적용받는다. 미국 정부는 중국이 보복하면 관세를 60%로 올리겠다고 했다."
    facts = _facts(text, [("15%", "percent", 15.0), ("60%", "percent", 60.0)])
    assert [f.subject for f in facts] == ["South Korea", "China"]


def test_a_tariff_does_not_carry_the_imposer_from_the_sentence_before() -> None:
    text = "미국은 무역 적자를 줄이겠다고 밝혔다. 수입 자동차 관세는 25%로 오른다."
    facts = _facts(text, [("25%", "percent", 25.0)])
    assert facts[0].subject != "US"


# --------------------------------------------------------------------------- investor groups in the plural


def test_investor_groups_in_the_plural_are_the_same_groups() -> None:
    text = (
        "외국인들이 1조원 넘게 주식을 팔아치우며 코스피가 2% 하락했다. 개인투자자들은 이날 5천억원을 순매수했다. "
        "기관들은 3천억원을 순매도했다. 개인들도 2천억원어치를 사들였다."
    )
    facts = _facts(
        text,
        [
            ("1조원 넘게", "money", 1e12),
            ("2%", "percent", 2.0),
            ("5천억원", "money", 5e11),
            ("3천억원", "money", 3e11),
            ("2천억원", "money", 2e11),
        ],
    )
    assert [(f.subject, f.measure) for f in facts] == [
        ("foreign investors", "net_selling"),
        ("KOSPI", "index_level"),
        ("individual investors", "net_buying"),
        ("institutional investors", "net_selling"),
        ("individual investors", "net_buying"),
    ]


def test_shares_bought_by_an_amount_are_net_buying_not_a_share_price() -> None:
    facts = _facts("외국인은 삼성전자 주식을 3천억원어치 사들였다.", [("3천억원", "money", 3e11)])
    assert (facts[0].subject, facts[0].measure) == ("foreign investors", "net_buying")


# --------------------------------------------------------------------------- carry-over past another owner


def test_a_sentence_about_other_stocks_stops_the_carry_over() -> None:
    text = "삼성전자 주가는 3% 올랐다.\n\n바이오주도 강세였다. 장중 한때 5% 넘게 올랐다."
    facts = _facts(text, [("3%", "percent", 3.0), ("5% 넘게", "percent", 5.0)])
    assert facts[0].subject == "Samsung Electronics"
    assert facts[1].subject is None


def test_a_sentence_about_the_same_stock_keeps_the_carry_over() -> None:
    text = "삼성전자 주가는 3% 올랐다. 외국인 매수가 이어졌다. 장중 한때 5% 넘게 오르기도 했다."
    facts = _facts(text, [("3%", "percent", 3.0), ("5% 넘게", "percent", 5.0)])
    assert [f.subject for f in facts] == ["Samsung Electronics", "Samsung Electronics"]


def test_an_index_naming_the_set_a_stock_is_picked_from_is_not_its_subject() -> None:
    text = "삼성전자 주가는 3% 올랐다. 그 밖에 코스닥 종목 가운데 에코팜이 12% 뛰었다."
    facts = _facts(text, [("3%", "percent", 3.0), ("12%", "percent", 12.0)])
    assert facts[1].subject not in {"KOSDAQ", "Samsung Electronics"}


def test_a_latin_name_as_subject_or_before_its_parenthesis_is_its_own_owner() -> None:
    text = "엔비디아는 3.1% 올랐다. 반면 Zenith(-4.5%)는 내렸다. Orbitron은 2.2% 하락했다."
    facts = _facts(text, [("3.1%", "percent", 3.1), ("-4.5%", "percent", -4.5), ("2.2%", "percent", 2.2)])
    assert facts[0].subject == "NVIDIA"
    assert [(f.subject, f.subject_ko) for f in facts[1:]] == [(None, "Zenith"), (None, "Orbitron")]


def test_a_new_topic_after_a_name_s_clause_takes_the_figure() -> None:
    text = "삼성전자가 3.1% 내린 가운데 태양바이오는 5.2% 하락했다."
    facts = _facts(text, [("3.1%", "percent", 3.1), ("5.2%", "percent", 5.2)])
    assert facts[0].subject == "Samsung Electronics"
    assert facts[1].subject is None


def test_a_company_s_own_unit_after_its_name_is_no_new_topic() -> None:
    facts = _facts(
        "기아 미국법인도 같은 기간 7만대를 팔아 20% 늘었다.", [("7만대", "count", 70000.0), ("20%", "percent", 20.0)]
    )
    assert [f.subject for f in facts] == ["Kia", "Kia"]


def test_the_company_means_the_unknown_company_just_named_not_an_earlier_known_one() -> None:
    text = "삼성전자는 3% 올랐다. 에코팜은 신약 개발에 성공했다고 밝혔다. 회사는 올해 매출 300억원을 예상했다."
    facts = _facts(text, [("3%", "percent", 3.0), ("300억원", "money", 3e10)])
    assert facts[0].subject == "Samsung Electronics"
    assert facts[1].subject is None


def test_the_company_still_means_a_known_company_named_last() -> None:
    text = "에코팜은 신약 개발에 성공했다. 삼성전자는 3% 올랐다. 회사는 올해 매출 300억원을 예상했다."
    facts = _facts(text, [("3%", "percent", 3.0), ("300억원", "money", 3e10)])
    assert [f.subject for f in facts] == ["Samsung Electronics", "Samsung Electronics"]


def test_a_time_or_share_class_word_before_the_price_keeps_the_sentence_s_company() -> None:
    text = "삼성전자는 장 초반 주가가 3% 올랐다. 현대차는 우선주 주가가 2% 내렸다."
    facts = _facts(text, [("3%", "percent", 3.0), ("2%", "percent", 2.0)])
    assert [f.subject for f in facts] == ["Samsung Electronics", "Hyundai Motor"]


# --------------------------------------------------------------------------- a body reporting an embedded clause


def test_a_body_reporting_a_clause_with_its_own_subject_is_not_the_subject() -> None:
    facts = _facts("한국부동산원은 이번 주 서울 아파트 전셋값이 0.2% 상승했다고 밝혔다.", [("0.2%", "percent", 0.2)])
    assert (facts[0].subject, facts[0].role, facts[0].direction) == (None, "change", "up")


def test_a_ministry_announcing_exports_of_a_product_is_not_their_subject() -> None:
    text = "산업통상자원부는 지난달 반도체 수출이 142억 달러로 30% 늘었다고 발표했다."
    facts = _facts(text, [("142억 달러", "money", 1.42e10), ("30%", "percent", 30.0)])
    # the goods are the subject (glossary: "반도체 수출" -> semiconductor), never the ministry that announced them
    assert [(f.subject, f.subject_ko, f.measure) for f in facts] == [("semiconductor", "반도체 수출", "exports")] * 2


def test_a_statistics_body_tallying_a_price_index_is_not_its_subject() -> None:
    facts = _facts("통계청은 지난달 소비자물가가 2.1% 올랐다고 집계했다.", [("2.1%", "percent", 2.1)])
    assert facts[0].subject != "Statistics Korea"
    assert facts[0].subject_ko == "소비자물가"  # consumer prices, an economy-wide quantity, or no one


def test_a_named_subject_inside_the_reported_clause_keeps_the_figure() -> None:
    facts = _facts("한국거래소는 이날 삼성전자가 3.1% 올랐다고 전했다.", [("3.1%", "percent", 3.1)])
    assert facts[0].subject == "Samsung Electronics"


def test_a_company_reporting_its_own_bare_measure_stays_the_subject() -> None:
    facts = _facts("삼성전자는 영업이익이 6조5천억원으로 집계됐다고 밝혔다.", [("6조5천억원", "money", 6.5e12)])
    assert (facts[0].subject, facts[0].measure) == ("Samsung Electronics", "operating_profit")


def test_a_time_word_before_the_company_s_own_measure_keeps_the_company() -> None:
    facts = _facts("SK하이닉스는 올해 1분기 매출이 17조원을 기록했다고 설명했다.", [("17조원", "money", 1.7e13)])
    assert (facts[0].subject, facts[0].measure) == ("SK hynix", "revenue")


def test_a_topic_with_an_embedded_subject_but_no_reporting_verb_is_unchanged() -> None:
    facts = _facts("삼성전자는 이날 주가가 3% 올랐다.", [("3%", "percent", 3.0)])
    assert facts[0].subject == "Samsung Electronics"


# --------------------------------------------------------------------------- a market named as the place


def test_a_market_named_as_the_place_is_not_the_measure_of_a_share_price() -> None:
    text = "삼성전자 주가는 코스피 시장에서 5.2% 오른 7만원에 마감했다."
    facts = _facts(text, [("5.2%", "percent", 5.2), ("7만원", "money", 7e4)])
    assert [(f.subject, f.measure, f.role) for f in facts] == [
        ("Samsung Electronics", "share_price", "change"),
        ("Samsung Electronics", "share_price", "level"),
    ]


def test_the_kosdaq_market_as_the_place_leaves_the_stock_s_price() -> None:
    facts = _facts("에코프로 주가는 코스닥 시장에서 2.5% 상승했다.", [("2.5%", "percent", 2.5)])
    assert (facts[0].subject, facts[0].measure) == ("EcoPro", "share_price")


def test_an_index_that_is_the_subject_keeps_index_level() -> None:
    facts = _facts("코스닥지수는 이날 코스닥 시장에서 1.8% 하락했다.", [("1.8%", "percent", 1.8)])
    assert facts[0].measure == "index_level"
    facts = _facts("코스피는 이날 2.1% 하락한 2,500에 마감했다.", [("2.1%", "percent", 2.1)])
    assert (facts[0].subject, facts[0].measure) == ("KOSPI", "index_level")


def test_a_company_reporting_a_segment_of_its_own_results_stays_the_subject() -> None:
    text = "엔비디아는 데이터센터 매출이 300억 달러로 늘었다고 발표했다."
    facts = _facts(text, [("300억 달러", "money", 3e10)])
    assert (facts[0].subject, facts[0].measure) == ("NVIDIA", "revenue")


# --------------------------------------------------------------------------- owners that are not the subject


def test_the_company_a_tender_offer_is_for_is_not_the_one_making_it() -> None:
    text = "MBK파트너스는 SK하이닉스 공개매수 가격을 주당 20만원에서 22만원으로 올렸다."
    facts = _facts(text, [("20만원", "money", 2e5), ("22만원", "money", 2.2e5)])
    assert [(f.subject, f.measure) for f in facts] == [("MBK Partners", "tender_price")] * 2


def test_a_tender_offer_for_a_company_with_no_bidder_named_has_no_subject() -> None:
    facts = _facts("SK하이닉스 공개매수 가격은 주당 22만원이다.", [("22만원", "money", 2.2e5)])
    assert facts[0].subject is None


def test_another_holders_record_in_parentheses_is_theirs_and_a_reference() -> None:
    text = (
        "LG에너지솔루션은 이번 공모로 12조원을 모았다. "
        "이는 2021년 소프트뱅크의 역대 최대 공모 기록(9조원)을 뛰어넘는 규모다."
    )
    facts = _facts(text, [("12조원", "money", 1.2e13), ("9조원", "money", 9e12)])
    record = facts[1]
    assert (record.subject, record.role, record.direction) == ("SoftBank", "reference", None)


def test_a_market_value_passed_is_a_reference_not_a_level_reached() -> None:
    text = "알리바바는 소프트뱅크의 시가총액(2000억 달러)을 제치고 업계 1위에 올랐다."
    facts = _facts(text, [("2000억 달러", "money", 2e11)])
    assert (facts[0].subject, facts[0].role) == ("SoftBank", "reference")


def test_an_average_of_a_class_of_companies_is_not_the_articles_company() -> None:
    text = (
        "삼성바이오로직스 주가는 이날 3% 올랐다. 삼성바이오로직스는 올해 매출 5조원을 목표로 잡았다. "
        "올해 코스피 상장 기업들의 평균 주가 상승률은 12%였다."
    )
    facts = _facts(text, [("3%", "percent", 3.0), ("5조원", "money", 5e12), ("12%", "percent", 12.0)])
    assert facts[0].subject == "Samsung Biologics"
    assert facts[2].subject is None


def test_a_bare_parent_name_in_an_article_on_its_unit_is_unsure_for_the_units_measures() -> None:
    text = (
        "현대차 인도법인이 22일 상장했다. 현대차 인도법인 주가는 첫날 4% 내렸다. "
        "현대차 인도법인의 시가총액은 150억 달러로 집계됐다. "
        "시장에서는 현대차의 기업가치가 200억 달러에 이른다는 평가도 나왔다. "
        "현대차는 올해 인도에서 60만 대를 팔았다."
    )
    specs = [
        ("4%", "percent", 4.0),
        ("150억 달러", "money", 1.5e10),
        ("200억 달러", "money", 2e10),
        ("60만 대", "count", 6e5),
    ]
    facts = _facts(text, specs)
    by_value = {f.figure: f for f in facts}
    assert by_value[1].subject == "Hyundai Motor India"
    assert by_value[2].subject is None  # the parent's name, in a story on the unit: either's value
    assert by_value[3].subject == "Hyundai Motor"  # a measure the unit does not have here: the parent's own


# --------------------------------------------------------------------------- buybacks and tenders


def test_a_buybacks_share_of_the_total_is_the_shares_sought_not_a_stake() -> None:
    text = "에코프로는 자사주 매입 수량을 발행주식총수의 3%에서 5%로 늘렸다."
    facts = _facts(text, [("3%", "percent", 3.0), ("5%", "percent", 5.0)])
    assert [f.measure for f in facts] == ["shares_sought", "shares_sought"]


def test_a_share_bought_in_a_tender_is_sought_and_a_share_held_is_a_stake() -> None:
    text = (
        "MBK파트너스는 SK하이닉스 지분 7%를 주당 20만원에 공개매수하기로 했다. "
        "MBK파트너스는 이미 SK하이닉스 지분 2%를 보유하고 있다."
    )
    facts = _facts(text, [("7%", "percent", 7.0), ("20만원", "money", 2e5), ("2%", "percent", 2.0)])
    assert [(f.subject, f.measure) for f in facts] == [
        ("MBK Partners", "shares_sought"),
        ("MBK Partners", "tender_price"),
        ("MBK Partners", "stake"),
    ]


# --------------------------------------------------------------------------- lists, plans and threats


def test_measures_listed_with_gakgak_pair_with_the_figures_in_order() -> None:
    text = "LG전자는 3분기 매출과 영업이익이 각각 22조원, 7500억원을 기록했다고 밝혔다."
    facts = _facts(text, [("22조원", "money", 2.2e13), ("7500억원", "money", 7.5e11)])
    assert [f.measure for f in facts] == ["revenue", "operating_profit"]


def test_figures_of_a_topic_that_was_expected_are_the_expectation() -> None:
    text = "한때 12조원으로 예상됐던 SK하이닉스의 영업이익은 이후 9조원, 8조원까지 낮아졌다."
    facts = _facts(text, [("12조원", "money", 1.2e13), ("9조원", "money", 9e12), ("8조원", "money", 8e12)])
    assert facts[1].role == "estimate"


def test_a_divisions_figure_is_not_the_companys() -> None:
    text = "삼성전자는 실적을 발표했다. 가전 사업부의 영업이익은 약 5000억원으로 추정된다."
    facts = _facts(text, [("약 5000억원", "money", 5e11)])
    assert facts[0].subject is None


def test_an_amount_of_goods_to_be_bought_is_a_purchase_not_an_investment() -> None:
    text = "일본은 200억 달러 상당의 미국산 농산물을 구매하고, 별도로 대규모 투자를 하기로 합의했다."
    facts = _facts(text, [("200억 달러", "money", 2e10)])
    assert (facts[0].subject, facts[0].measure) == ("Japan", "purchases")


def test_a_threatened_tariff_is_a_claim_not_a_rate_in_force() -> None:
    text = "미국은 다음 달부터 일본에 대해 30%의 관세를 부과하겠다고 경고했다."
    facts = _facts(text, [("30%", "percent", 30.0)])
    assert (facts[0].measure, facts[0].role) == ("tariff_rate", "claim")


def test_an_estimate_noun_as_the_topic_makes_a_distant_figure_the_companys_guidance() -> None:
    text = "SK하이닉스는 실적을 발표했다. 3분기 매출 전망치는 20% 늘어난 25조원 안팎으로 제시했다."
    facts = _facts(text, [("20%", "percent", 20.0), ("25조원", "money", 2.5e13)])
    guided = facts[1]
    assert (guided.subject, guided.measure, guided.role, guided.source) == (
        "SK hynix",
        "revenue",
        "estimate",
        "SK hynix",
    )


def test_a_figure_beating_the_estimate_noun_is_the_actual_one() -> None:
    text = "SK하이닉스의 매출은 시장 전망치를 웃도는 25조원을 기록했다."
    facts = _facts(text, [("25조원", "money", 2.5e13)])
    assert facts[0].role == "level"


def test_what_would_have_been_without_a_charge_gets_no_role() -> None:
    text = "SK하이닉스는 10억 달러의 비용을 반영했으며, 이 비용이 없었다면 순이익은 30억 달러에 달했을 것이다."
    facts = _facts(text, [("10억 달러", "money", 1e9), ("30억 달러", "money", 3e9)])
    assert facts[0].role is not None
    assert facts[1].role is None


def test_a_bare_consensus_noun_is_the_markets() -> None:
    text = "SK하이닉스의 3분기 매출은 25조원으로 컨센서스 24조원을 넘었다."
    facts = _facts(text, [("25조원", "money", 2.5e13), ("24조원", "money", 2.4e13)])
    assert (facts[1].role, facts[1].source) == ("estimate", "market consensus")


def test_a_price_reached_from_the_offer_price_is_a_share_price_not_the_offer_price() -> None:
    text = "에코전자 주가는 상장(IPO) 이후 첫날 공모가인 2만원에서 8% 내린 1만8400원에 거래됐다."
    facts = _facts(text, [("2만원", "money", 2e4), ("8%", "percent", 8.0), ("1만8400원", "money", 1.84e4)])
    assert facts[0].measure == "ipo_price"
    assert facts[2].measure == "share_price"


def test_the_previous_record_quoted_is_a_reference() -> None:
    text = "기존 기록은 2019년 소프트뱅크가 세운 200억 달러였다."
    facts = _facts(text, [("200억 달러", "money", 2e10)])
    assert facts[0].role == "reference"


def test_a_return_over_the_year_is_not_the_days_share_price_move() -> None:
    text = "삼성전자 주가는 이날 3% 올랐다. 연초 대비 주가 수익률은 -5%에서 +2%로 돌아섰다."
    facts = _facts(text, [("3%", "percent", 3.0), ("-5%", "percent", -5.0), ("+2%", "percent", 2.0)])
    assert facts[0].measure == "share_price"
    assert [f.measure for f in facts[1:]] == ["other", "other"]


# --------------------------------------------------------------------------- growth and inflation forecasts


def test_an_institutions_revised_growth_rate_is_its_forecast_and_the_old_one_a_reference() -> None:
    text = "한국은행은 올해 한국의 경제성장률을 기존 2.1%에서 1.7%로 하향 조정했다."
    facts = _facts(text, [("2.1%", "percent", 2.1), ("1.7%", "percent", 1.7)])
    old, new = facts
    assert (new.subject, new.measure, new.role, new.source) == (
        "South Korea",
        "gdp_growth",
        "estimate",
        "Bank of Korea",
    )
    assert (old.measure, old.role) == ("gdp_growth", "reference")


def test_a_growth_rate_recorded_is_no_forecast() -> None:
    text = "한국의 경제성장률은 지난해 2.0%를 기록했다."
    facts = _facts(text, [("2.0%", "percent", 2.0)])
    assert (facts[0].measure, facts[0].role) == ("gdp_growth", "level")


def test_a_part_included_in_a_measure_is_not_that_measure() -> None:
    text = "SK하이닉스의 영업이익은 5조원이었다. 영업이익에는 일회성 환차익 3000억원이 포함됐다."
    facts = _facts(text, [("5조원", "money", 5e12), ("3000억원", "money", 3e11)])
    assert facts[0].measure == "operating_profit"
    assert facts[1].measure is None


def test_sales_of_one_line_of_products_are_not_the_companys_sales() -> None:
    text = "기아는 지난달 5만대를 팔았다. 이 가운데 전기차 판매량은 8000대였다."
    facts = _facts(text, [("5만대", "count", 5e4), ("8000대", "count", 8e3)])
    assert facts[0].subject == "Kia"
    assert facts[1].subject is None


def test_a_headlines_ellipsis_ends_the_clause_of_the_figure_before_it() -> None:
    text = "SK하이닉스, 장중 6% 급락…시총 2위 내줘"
    facts = _facts(text, [("6%", "percent", 6.0)])
    assert (facts[0].subject, facts[0].measure) == ("SK hynix", "share_price")


def test_a_fine_is_the_fined_partys_not_the_regulators() -> None:
    text = "공정거래위원회는 카카오에 과징금 150억원을 부과했다."
    facts = _facts(text, [("150억원", "money", 1.5e10)])
    assert (facts[0].subject, facts[0].measure) == ("Kakao", "fine")


def test_an_estimate_in_parentheses_after_the_estimate_noun_is_the_estimate() -> None:
    text = "카카오의 영업이익은 시장 전망치(영업이익 1500억원)를 웃돌았다."
    facts = _facts(text, [("1500억원", "money", 1.5e11)])
    assert (facts[0].role, facts[0].source) == ("estimate", "market consensus")


def test_a_ministry_reporting_a_statistic_dated_before_its_verb_does_not_own_it() -> None:
    text = "산업통상자원부는 10월 수출액이 1년 전보다 4.6% 늘어난 575억 달러로 집계됐다고 1일 밝혔다."
    facts = _facts(text, [("4.6%", "percent", 4.6), ("575억 달러", "money", 5.75e10)])
    assert [f.subject for f in facts] == ["South Korea", "South Korea"]  # the economy's exports, not the ministry's


def test_exports_of_goods_named_by_a_plain_noun_are_those_goods_not_the_ones_before() -> None:
    text = "반도체 수출은 150억 달러로 늘었다. 선박 수출은 32억 달러로 5.2% 증가했다."
    facts = _facts(text, [("150억 달러", "money", 1.5e10), ("32억 달러", "money", 3.2e9), ("5.2%", "percent", 5.2)])
    assert facts[1].subject == "ship"  # goods the glossary knows with their exports (glossary.tsv "선박 수출")
    unknown = "반도체 수출은 150억 달러로 늘었다. 신발 수출은 32억 달러로 5.2% 증가했다."
    facts = _facts(unknown, [("150억 달러", "money", 1.5e10), ("32억 달러", "money", 3.2e9), ("5.2%", "percent", 5.2)])
    assert facts[1].subject is None and facts[1].subject_ko == "신발"


def test_figures_after_a_division_as_the_topic_are_the_divisions() -> None:
    text = "SK하이닉스는 3분기 영업이익 9조원을 냈다. 낸드 사업부는 매출 3조원, 영업이익 2000억원을 기록했다."
    facts = _facts(text, [("9조원", "money", 9e12), ("3조원", "money", 3e12), ("2000억원", "money", 2e11)])
    assert facts[0].subject == "SK hynix"
    assert [f.subject for f in facts[1:]] == [None, None]


def test_figures_named_as_the_consensus_average_are_estimates_not_results() -> None:
    text = "3분기 성적표는 시장 전망치 평균인 매출 12조원, 영업이익 1조원에 못 미쳤다."
    facts = _facts(text, [("12조원", "money", 1.2e13), ("1조원", "money", 1e12)])
    assert [f.role for f in facts] == ["estimate", "estimate"]
    assert facts[0].source == "market consensus"


# --------------------------------------------------------------------------- whose rate


def test_a_market_rate_is_not_the_central_banks_named_elsewhere() -> None:
    text = (
        "한국은행은 이날 기준금리를 연 2.50%로 동결했다.\n"
        "채권시장에서 국고채 5년물 금리는 0.04%포인트 내린 연 2.88%에 마감했다."
    )
    facts = _facts(text, [("2.50%", "percent", 2.5), ("0.04%포인트", "percent", 0.04), ("2.88%", "percent", 2.88)])
    by_surface = {f.figure: f for f in facts}
    assert by_surface[0].subject == "Bank of Korea"
    assert by_surface[1].subject != "Bank of Korea"
    assert by_surface[2].subject != "Bank of Korea"


def test_a_bare_policy_rate_is_the_one_central_bank_named() -> None:
    text = "한국은행 금융통화위원회가 열렸다.\n기준금리는 연 2.25%로 0.25%포인트 낮아졌다."
    facts = _facts(text, [("2.25%", "percent", 2.25), ("0.25%포인트", "percent", 0.25)])
    assert all(f.subject == "Bank of Korea" for f in facts if f.figure is not None)


# --------------------------------------------------------------------------- brokers' price targets


def test_a_brokers_raised_target_is_its_estimate_and_the_old_one_a_reference() -> None:
    text = "대신증권은 LG화학의 목표주가를 기존 40만원에서 45만원으로 높였다."
    facts = _facts(text, [("40만원", "money", 4e5), ("45만원", "money", 4.5e5)])
    old, new = (f for f in facts if f.figure is not None)
    broker = "Daishin Securities"
    assert (old.subject, old.measure, old.role, old.source) == ("LG Chem", "price_target", "reference", broker)
    assert (new.subject, new.measure, new.role, new.source) == ("LG Chem", "price_target", "estimate", broker)


def test_a_broker_with_do_goes_on_with_the_target_of_the_sentence_before() -> None:
    text = (
        "대신증권은 LG화학의 목표주가를 40만원에서 45만원으로 높였다.\n"
        "삼성증권도 38만원에서 42만원으로 10.5% 상향했다."
    )
    facts = _facts(
        text,
        [("40만원", "money", 4e5), ("45만원", "money", 4.5e5), ("38만원", "money", 3.8e5), ("42만원", "money", 4.2e5),
         ("10.5%", "percent", 10.5)],
    )
    second = [f for f in facts if f.sentence == 1 and f.figure is not None]
    assert [f.role for f in second] == ["reference", "estimate", "change"]
    assert all((f.subject, f.measure, f.source) == ("LG Chem", "price_target", "Samsung Securities") for f in second)


def test_a_result_beating_the_consensus_is_not_an_estimate() -> None:
    text = "LG화학의 3분기 영업이익은 4500억원으로 시장 전망치(4100억원)를 9.8% 웃돌았다."
    facts = _facts(text, [("4500억원", "money", 4.5e11), ("4100억원", "money", 4.1e11)])
    result = next(f for f in facts if f.figure == 0)
    assert result.role != "estimate"


# --------------------------------------------------------------------------- statistics, parts, markets, sectors


def test_an_economy_wide_quantity_owns_its_figures() -> None:
    text = "9월 말 가계대출 잔액은 1700조원으로 집계됐다.\n석 달 전보다 12조원 늘었다."
    facts = _facts(text, [("1700조원", "money", 1.7e15), ("12조원", "money", 1.2e13)])
    level, rise = (f for f in facts if f.figure is not None)
    assert (level.subject, level.role) == ("household loans", "level")
    assert (rise.subject, rise.role, rise.direction) == ("household loans", "change", "up")


def test_a_part_of_a_rise_is_a_rise_never_a_level() -> None:
    text = "기업대출은 9조원 늘었는데, 이 가운데 중소기업 대출이 7조원을 차지했다."
    facts = _facts(text, [("9조원", "money", 9e12), ("7조원", "money", 7e12)])
    part = next(f for f in facts if f.figure == 1)
    assert part.role == "change" and part.direction == "up"


def test_a_share_in_percent_of_a_whole_is_no_level() -> None:
    text = "올해 수출은 6000억 달러였으며, 이 중 반도체가 20%를 차지했다."
    facts = _facts(text, [("6000억 달러", "money", 6e11), ("20%", "percent", 20.0)])
    share = next(f for f in facts if f.figure == 1)
    assert share.role is None


def test_a_country_before_a_trade_word_is_the_market_not_the_exporter() -> None:
    facts = _facts("베트남 수출은 지난달 12% 늘었다.", [("12%", "percent", 12.0)])
    assert facts[0].subject is None
    own = _facts("베트남의 수출은 지난달 12% 늘었다.", [("12%", "percent", 12.0)])
    assert own[0].subject == "Vietnam"


def test_a_sectors_investment_is_not_the_institution_named_before() -> None:
    text = "산업통상자원부는 반도체 지원 방안을 발표했다.\n나머지 4조원은 민간 투자로 충당한다."
    facts = _facts(text, [("4조원", "money", 4e12)])
    assert facts[0].subject is None


def test_a_figure_named_as_the_size_of_a_move_is_a_change() -> None:
    text = "3분기 증가 규모는 2분기 증가폭(18조원)의 절반 수준이다."
    facts = _facts(text, [("18조원", "money", 1.8e13)])
    assert (facts[0].role, facts[0].direction) in {("change", "up"), (None, None)}
    assert facts[0].role != "level"


def test_an_offered_price_range_is_a_reference_and_the_price_set_at_its_top_is_the_price() -> None:
    text = "희망 공모가 범위(1만8000~2만2000원) 상단을 넘었다.\n공모가는 희망밴드 최상단인 2만2000원으로 결정됐다."
    analysis = analyse(text)
    band = _figure(text, analysis, "1만8000~2만2000원", "money", 1.8e4)
    band = Figure(band.surface, band.start, band.end, band.sentence, "money", 1.8e4, "KRW", band.en, high=2.2e4)
    price = _figure(text, analysis, "2만2000원", "money", 2.2e4, nth=1)
    article = Article(id="t", path="t.txt", title="", text=text)
    facts = {f.figure: f for f in extract_facts(article, analysis, [band, price])}
    assert facts[0].role == "reference"
    assert facts[1].role != "reference"


def test_an_abbreviated_name_as_topic_is_someone_else_not_the_company_named_before() -> None:
    text = "두산은 미국 전력기기업체 PWR을 인수한다고 밝혔다.\nPWR은 지난해 매출 9억 달러를 올렸다."
    facts = _facts(text, [("9억 달러", "money", 9e8)])
    assert facts[0].subject != "Doosan"


def test_a_stake_bought_in_a_deal_is_no_holding() -> None:
    facts = _facts("두산은 미국 PWR 지분 70%를 8억 달러에 인수하기로 했다.", [("70%", "percent", 70.0)])
    assert facts[0].role != "level" or facts[0].measure != "stake"


def test_a_growth_forecast_in_a_story_on_one_central_bank_is_that_banks() -> None:
    text = "한국은행이 기준금리를 동결했다.\n내년 경제성장률 전망치는 1.7%에서 1.9%로 올려 잡았다."
    facts = _facts(text, [("1.7%", "percent", 1.7), ("1.9%", "percent", 1.9)])
    old, new = (f for f in facts if f.sentence == 1)
    assert (new.measure, new.role, new.source) == ("gdp_growth", "estimate", "Bank of Korea")
    assert (old.role, old.source) == ("reference", "Bank of Korea")


# --------------------------------------------------------------------------- breakdowns of a statistics release


def _subjects(facts: Sequence[Fact]) -> list[tuple[str | None, str | None]]:
    return [(f.subject, f.measure) for f in facts]


def test_items_under_a_goods_breakdown_own_the_releases_measure() -> None:
    text = (
        "지난달 선박 수출은 31억 달러였다. "
        "품목별로는 자동차가 64억 달러로 7.5% 늘었고, 철강은 26억 달러로 4.4% 줄었다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("31억 달러", "money", 3.1e9),
        ("64억 달러", "money", 6.4e9),
        ("7.5%", "percent", 7.5),
        ("26억 달러", "money", 2.6e9),
        ("4.4%", "percent", 4.4),
    ]
    facts = _facts(text, specs)
    assert _subjects(facts[1:]) == [("car", "exports")] * 2 + [("steel", "exports")] * 2
    assert [f.direction for f in facts[2::2]] == ["up", "down"]


def test_a_breakdown_goes_on_in_the_next_sentence_with_figures_and_names_no_unknown_item() -> None:
    text = (
        "올해 1분기 반도체 수출은 390억 달러였다. 품목별로 보면 디스플레이가 15억 달러로 8.8% 늘었다. "
        "패널 가격이 오른 덕분이다. 컴퓨터는 11억 달러로 20.4% 증가했다. 신발은 3억 달러로 1.2% 늘었다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("390억 달러", "money", 3.9e10),
        ("15억 달러", "money", 1.5e9),
        ("8.8%", "percent", 8.8),
        ("11억 달러", "money", 1.1e9),
        ("20.4%", "percent", 20.4),
        ("3억 달러", "money", 3e8),
        ("1.2%", "percent", 1.2),
    ]
    facts = _facts(text, specs)
    assert [f.subject for f in facts[1:5]] == ["display", "display", "computer", "computer"]
    assert facts[3].measure == "exports"  # "컴퓨터는 11억 달러로": the breakdown's measure, though unnamed
    assert facts[5].subject is None and facts[6].subject is None  # 신발: no goods the glossary knows


def test_a_releases_total_is_the_economys_only_when_its_statistics_body_is_named() -> None:
    named = "관세청에 따르면 지난달 전체 수출액은 498억 달러로 2.7% 감소했다."
    specs: list[tuple[str, str, float | str]] = [("498억 달러", "money", 4.98e10), ("2.7%", "percent", 2.7)]
    assert _subjects(_facts(named, specs)) == [("South Korea", "exports")] * 2
    unnamed = "이차전지 수출은 9억 달러로 3.3% 줄었다. 전체 수출액은 498억 달러로 2.7% 감소했다."
    specs2: list[tuple[str, str, float | str]] = [("9억 달러", "money", 9e8), ("3.3%", "percent", 3.3), *specs]
    facts = _facts(unnamed, specs2)
    assert facts[0].subject == "secondary battery"
    assert [f.subject for f in facts[2:]] == [None, None]  # the total is nobody's said: never the batteries'


def test_a_regional_breakdown_is_exports_to_each_market_of_the_economys_total() -> None:
    text = (
        "관세청에 따르면 3월 전체 수출은 503억 달러였다. "
        "지역별로는 대(對)일본 수출이 25억 달러, 대중국 수출이 110억 달러를 기록했다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("3월", "date", "2026-03"),
        ("503억 달러", "money", 5.03e10),
        ("25억 달러", "money", 2.5e9),
        ("110억 달러", "money", 1.1e10),
    ]
    facts = [f for f in _facts(text, specs) if f.figure is not None]
    by_value = {f.subject_ko: f for f in facts[1:]}
    assert [(f.subject, f.measure) for f in facts] == [("South Korea", "exports")] * 3
    assert set(by_value) == {"대(對)일본", "대중국"}  # the market each figure is exports to
    assert {f.date for f in facts} == {facts[0].date} and facts[0].date is not None


def test_a_regional_breakdown_of_goods_states_no_whole_it_is_unsure_of() -> None:
    text = "반도체 수출은 130억 달러였다. 지역별로는 대중국 수출이 50억 달러를 기록했다."
    specs: list[tuple[str, str, float | str]] = [("130억 달러", "money", 1.3e10), ("50억 달러", "money", 5e9)]
    facts = _facts(text, specs)
    assert facts[0].subject == "semiconductor"
    assert facts[1].subject is None  # the goods' or the total's: not said which


def test_the_english_says_the_market_exports_go_to() -> None:
    from briefings.pipeline import brief

    text = (
        "세종=연합 | 관세청은 1일 2026년 3월 수출입 통계를 발표했다. 3월 전체 수출은 503억 달러로 4.2% 늘었다.\n\n"
        "지역별로는 대(對)일본 수출이 25억 달러로 6.1% 줄었다.\n\n특히 대미 반도체 수출은 12.5% 늘었다."
    )
    result = brief(Article(id="t", path="t.txt", title="3월 수출 4.2% 증가", text=text))
    lines = [line.text for line in result.summary_en] + [result.headline_en or ""]
    japan = [line for line in lines if "US$2.5 billion" in line]
    assert japan and all("exports to Japan" in line for line in japan), lines
    assert not any("6.1%" in line and "Japan" not in line for line in lines), lines
    assert not any("12.5%" in line and "to the US" not in line for line in lines), lines


def test_goods_stated_with_no_period_take_the_releases_month_unless_they_state_their_own() -> None:
    text = (
        "4월 반도체 수출은 130억 달러였다. 반면 선박 수출은 28억 달러로 17.2% 줄었다. "
        "1~4월 누적 자동차 수출은 250억 달러였다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("4월", "date", "2026-04"),
        ("130억 달러", "money", 1.3e10),
        ("28억 달러", "money", 2.8e9),
        ("17.2%", "percent", 17.2),
        ("250억 달러", "money", 2.5e10),
    ]
    facts = [f for f in _facts(text, specs) if f.figure is not None]
    month = facts[0].date
    assert month is not None and [f.subject for f in facts] == ["semiconductor", "ship", "ship", "car"]
    assert [f.date for f in facts[1:3]] == [month, month]
    assert facts[3].date != month  # "누적": a running total, not the month


def test_a_trade_balance_is_the_economys_surplus_or_deficit_as_the_word_after_it_says() -> None:
    text = "산업통상자원부에 따르면 5월 수출은 520억 달러였다. 무역수지는 23억 달러 적자로 석 달 만에 돌아섰다."
    specs: list[tuple[str, str, float | str]] = [
        ("5월", "date", "2026-05"),
        ("520억 달러", "money", 5.2e10),
        ("23억 달러", "money", 2.3e9),
    ]
    facts = [f for f in _facts(text, specs) if f.figure is not None]
    assert (facts[1].subject, facts[1].measure, facts[1].role) == ("South Korea", "trade_deficit", "level")
    assert facts[1].date == facts[0].date is not None
    surplus = "관세청에 따르면 무역흑자는 41억 달러로 집계됐다."
    fact = _facts(surplus, [("41억 달러", "money", 4.1e9)])[0]
    assert (fact.subject, fact.measure) == ("South Korea", "trade_surplus")


def test_a_trade_balance_with_one_market_or_of_no_economy_said_is_no_economys_surplus() -> None:
    one_market = "관세청에 따르면 대미 무역흑자는 41억 달러로 집계됐다."
    fact = _facts(one_market, [("41억 달러", "money", 4.1e9)])[0]
    assert fact.measure not in {"trade_surplus", "trade_deficit"}
    unsaid = "무역수지는 23억 달러 흑자였다."
    fact = _facts(unsaid, [("23억 달러", "money", 2.3e9)])[0]
    assert fact.measure == "trade_surplus" and fact.subject is None  # whose, not said: no English line


def test_a_markets_move_in_brackets_after_its_level_is_said_with_it() -> None:
    from briefings.pipeline import brief

    text = (
        "관세청은 1일 2026년 3월 수출입 통계를 발표했다. 3월 전체 수출은 503억 달러로 4.2% 늘었다.\n\n"
        "지역별로는 대(對)일본 수출이 25억 달러(-6.1%), 대미국 수출이 97억 달러(+8.3%)를 기록했다."
    )
    result = brief(Article(id="t", path="t.txt", title="3월 수출 4.2% 증가", text=text))
    lines = [line.text for line in result.summary_en]
    assert any("exports to Japan fell 6.1% to US$2.5 billion" in line for line in lines), lines
    assert any("exports to the US rose 8.3% to US$9.7 billion" in line for line in lines), lines


def test_goods_named_between_a_market_and_its_exports_are_those_goods_not_the_total() -> None:
    text = (
        "관세청에 따르면 3월 전체 수출은 503억 달러였다. "
        "지역별로는 대중국 반도체 수출이 52억 달러, 대일본 신발 수출이 1억 달러였다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("503억 달러", "money", 5.03e10),
        ("52억 달러", "money", 5.2e9),
        ("1억 달러", "money", 1e8),
    ]
    facts = _facts(text, specs)
    assert (facts[1].subject, facts[1].subject_ko) == ("semiconductor", "대중국")
    assert facts[2].subject is None  # goods the glossary does not know: no one's, never South Korea's total


# --------------------------------------------------------------------------- trade releases (lines4)


def test_the_renamed_trade_ministry_reports_the_economys_exports() -> None:
    # 산업통상부 (the ministry's name since 2025) publishes South Korea's trade figures, as 산업통상자원부 did
    text = "산업통상부는 2일 9월 수출이 570억 달러로 집계됐다고 발표했다."
    facts = _facts(text, [("2일", "date", "2026-10-02"), ("9월", "date", "2026-09"), ("570억 달러", "money", 5.7e10)])
    exports = next(f for f in facts if f.measure == "exports")
    assert exports.subject == "South Korea", exports


def test_a_year_before_with_the_same_month_is_a_base_not_the_period() -> None:
    # "작년 같은 달보다 3% 늘었다": the move is of the month named before, against the year-ago month
    text = "통계 당국은 3일 8월 수출이 520억 달러로 작년 같은 달보다 3.1% 늘었다고 밝혔다."
    analysis = analyse(text)
    specs: list[tuple[str, str, float | str]] = [
        ("3일", "date", "2026-09-03"), ("8월", "date", "2026-08"), ("520억 달러", "money", 5.2e10),
        ("3.1%", "percent", 3.1),
    ]  # fmt: skip
    figures = sorted((_figure(text, analysis, *spec) for spec in specs), key=lambda f: f.start)
    article = Article(id="t", path="t.txt", title="", text=text, date="2026-09-03")
    facts = list(extract_facts(article, analysis, figures))
    move = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "3.1%")
    assert move.date == "2026-08", move


def _dated_facts(
    text: str, specs: Sequence[tuple[str, str, float | str]], date: str
) -> tuple[list[Figure], list[Fact]]:
    analysis = analyse(text)
    figures = sorted((_figure(text, analysis, *spec) for spec in specs), key=lambda f: f.start)
    article = Article(id="t", path="t.txt", title="", text=text, date=date)
    return figures, list(extract_facts(article, analysis, figures))


def test_a_bare_imports_sentence_goes_on_with_the_trade_release() -> None:
    text = "관세청은 2일 9월 수출이 570억 달러로 집계됐다고 밝혔다. 수입은 520억 달러로 2.5% 줄었다."
    figures, facts = _dated_facts(
        text,
        [("2일", "date", "2026-10-02"), ("9월", "date", "2026-09"), ("570억 달러", "money", 5.7e10),
         ("520억 달러", "money", 5.2e10), ("2.5%", "percent", 2.5)],
        "2026-10-02",
    )  # fmt: skip
    by = {figures[f.figure].surface: f for f in facts if f.figure is not None}
    assert (by["520억 달러"].subject, by["520억 달러"].measure) == ("South Korea", "imports"), by["520억 달러"]
    assert (by["2.5%"].subject, by["2.5%"].measure, by["2.5%"].date) == ("South Korea", "imports", "2026-09")


def test_imports_of_an_item_or_a_word_built_on_it_are_not_the_economys() -> None:
    text = (
        "관세청은 2일 9월 수출이 570억 달러로 집계됐다고 밝혔다. 원유 수입은 80억 달러였다. "
        "수입차 판매액은 9억 달러였다."
    )
    figures, facts = _dated_facts(
        text,
        [("2일", "date", "2026-10-02"), ("9월", "date", "2026-09"), ("570억 달러", "money", 5.7e10),
         ("80억 달러", "money", 8e9), ("9억 달러", "money", 9e8)],
        "2026-10-02",
    )  # fmt: skip
    by = {figures[f.figure].surface: f for f in facts if f.figure is not None}
    assert by["80억 달러"].subject != "South Korea", by["80억 달러"]
    assert by["9억 달러"].subject != "South Korea", by["9억 달러"]


def test_a_balance_word_beats_the_measure_carried_by_a_linking_word() -> None:
    text = "관세청은 2일 9월 수입이 520억 달러로 집계됐다고 밝혔다. 이에 따라 무역수지는 50억 달러 흑자를 기록했다."
    figures, facts = _dated_facts(
        text,
        [("2일", "date", "2026-10-02"), ("9월", "date", "2026-09"), ("520억 달러", "money", 5.2e10),
         ("50억 달러", "money", 5e9)],
        "2026-10-02",
    )  # fmt: skip
    balance = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "50억 달러")
    assert balance.measure == "trade_surplus", balance


# --------------------------------------------------------------------------- continuations (lines4)


def test_a_move_added_in_a_subjectless_sentence_goes_on_with_the_figure_before() -> None:
    text = "삼성전기는 3분기 영업이익이 8000억원이었다고 밝혔다. 직전 분기보다는 5.5% 늘었다."
    figures, facts = _dated_facts(
        text, [("3분기", "date", "2026-Q3"), ("8000억원", "money", 8e11), ("5.5%", "percent", 5.5)], "2026-10-30"
    )
    move = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "5.5%")
    assert (move.subject, move.measure, move.role) == ("Samsung Electro-Mechanics", "operating_profit", "change"), move


def test_a_size_word_after_a_move_names_the_figure_before_not_a_market() -> None:
    text = "9월 말 가계대출 잔액은 1300조원으로 집계됐다. 전 분기 말보다 20조원 늘어난 규모다."
    figures, facts = _dated_facts(
        text, [("9월", "date", "2026-09"), ("1300조원", "money", 1.3e15), ("20조원", "money", 2e13)], "2026-10-30"
    )
    before = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "1300조원")
    move = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "20조원")
    assert move.measure != "market_size", move
    assert (move.subject, move.measure) == (before.subject, before.measure), (before, move)


def test_a_sentence_naming_what_its_figure_is_of_does_not_go_on_with_the_one_before() -> None:
    text = "삼성전기는 3분기 영업이익이 8000억원이었다고 밝혔다. 부품 매출은 10% 늘었다. 환차손은 5% 줄었다."
    figures, facts = _dated_facts(
        text,
        [("3분기", "date", "2026-Q3"), ("8000억원", "money", 8e11), ("10%", "percent", 10.0), ("5%", "percent", 5.0)],
        "2026-10-30",
    )
    loss = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "5%")
    assert loss.measure != "operating_profit" and loss.subject is None, loss


def test_a_move_listed_after_another_with_its_own_base_is_of_the_same_measure() -> None:
    text = "삼성전기는 3분기 매출이 15조원으로 전년 동기 대비 6%, 전 분기 대비 2% 늘었다."
    figures, facts = _dated_facts(
        text,
        [("3분기", "date", "2026-Q3"), ("15조원", "money", 1.5e13), ("6%", "percent", 6.0), ("2%", "percent", 2.0)],
        "2026-10-30",
    )
    second = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "2%")
    assert (second.subject, second.measure, second.role) == ("Samsung Electro-Mechanics", "revenue", "change"), second


def test_the_end_of_a_period_set_against_is_no_date_of_the_move() -> None:
    text = "9월 말 가계대출 잔액은 1300조원으로 2분기 말보다 20조원 늘었다."
    figures, facts = _dated_facts(
        text,
        [("9월", "date", "2026-09"), ("2분기", "date", "2026-Q2"), ("1300조원", "money", 1.3e15),
         ("20조원", "money", 2e13)],
        "2026-10-30",
    )  # fmt: skip
    move = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "20조원")
    assert move.date != "2026-Q2", move


def test_a_bare_share_price_that_closed_a_session_is_the_article_companys() -> None:
    # a company entities.tsv has no listing for: the close of trading shows it is listed
    text = (
        "아시아나항공은 3분기 영업이익이 2000억원이라고 밝혔다. 아시아나항공은 화물 운임이 올랐다고 설명했다. "
        "주가는 1만2000원에 거래를 마쳤다."
    )
    figures, facts = _dated_facts(text, [("2000억원", "money", 2e11), ("1만2000원", "money", 12000.0)], "2026-11-12")
    price = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "1만2000원")
    assert (price.subject, price.measure) == ("Asiana Airlines", "share_price"), price


def test_a_bare_share_price_is_never_given_to_a_company_known_to_be_unlisted() -> None:
    text = (
        "딥시크는 새 모델의 학습 비용이 500만 달러라고 밝혔다. 딥시크는 오픈소스로 공개했다. "
        "주가는 120달러에 거래를 마쳤다."
    )
    figures, facts = _dated_facts(text, [("500만 달러", "money", 5e6), ("120달러", "money", 120.0)], "2026-11-12")
    price = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "120달러")
    assert price.subject != "DeepSeek", price


def test_a_bare_share_price_after_another_company_is_named_is_nobodys() -> None:
    text = (
        "아시아나항공은 3분기 영업이익이 2000억원이라고 밝혔다. 아시아나항공은 화물 운임이 올랐다고 설명했다. "
        "제주항공도 실적을 발표했다. 주가는 1만2000원에 거래를 마쳤다."
    )
    figures, facts = _dated_facts(text, [("2000억원", "money", 2e11), ("1만2000원", "money", 12000.0)], "2026-11-12")
    price = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "1만2000원")
    assert price.subject != "Asiana Airlines", price
