"""Senses of figures the facts stage must not mistake (a wrong role makes a false English line).

Each test is a sentence written for it in the general style of Korean economic news, with a
control sentence where the same figure is a plain fact: suppositions (…면, …ㄹ수록, …경우,
…더라도, …할 수 있다), goals and a deal's minimum, earlier estimates, a listing's valuation,
a measure noun that only names a cause, a booked charge, and "some" of a source group.
Figures are built by hand (the figure scanner has its own tests).
"""

from __future__ import annotations

from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.model import Analysis, Article, Fact, Figure

_UNITS = {"money": "USD", "percent": "%", "count": "count", "quantity": "pt"}


def _figure(text: str, analysis: Analysis, surface: str, kind: str, value: float) -> Figure:
    start = text.index(surface)
    end = start + len(surface)
    sentence = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    unit = "KRW" if kind == "money" and surface.rstrip().endswith("원") else _UNITS[kind]
    return Figure(
        surface=surface, start=start, end=end, sentence=sentence, kind=kind, value=value, unit=unit, en=surface
    )


def _fact(text: str, surface: str, kind: str, value: float) -> Fact:
    analysis = analyse(text)
    figure = _figure(text, analysis, surface, kind, value)
    facts = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, [figure])
    return facts[0]


# --------------------------------------------------------------------------- suppositions


def test_a_level_inside_a_the_closer_it_gets_clause_is_no_level() -> None:
    fact = _fact("원·달러 환율이 1,450원에 다가설수록 수입 기업의 부담이 커진다.", "1,450원", "money", 1450)
    assert fact.role is None and fact.direction is None


def test_the_same_level_stated_as_a_close_keeps_its_role() -> None:
    fact = _fact("원·달러 환율은 전날보다 3원 오른 1,450원에 마감했다.", "1,450원", "money", 1450)
    assert fact.role == "level"


def test_a_price_in_an_even_if_clause_is_no_level() -> None:
    fact = _fact("업계는 주가가 20만원을 넘더라도 추가 매수는 어렵다고 본다.", "20만원", "money", 200000)
    assert fact.role is None


def test_the_amount_a_supposed_full_purchase_would_cost_is_no_level() -> None:
    fact = _fact("잔여 지분을 모두 사들일 경우 인수 대금은 4200억원에 이른다.", "4200억원", "money", 4.2e11)
    assert fact.role is None


def test_the_stake_a_successful_merger_would_give_is_not_a_stake_held() -> None:
    fact = _fact("한화솔루션은 합병에 성공하면 지분율이 80% 이상으로 높아진다.", "80%", "percent", 80)
    assert fact.role is None


def test_according_to_is_no_condition() -> None:
    fact = _fact("한국거래소에 따르면 셀트리온 주가는 이날 3.4% 올랐다.", "3.4%", "percent", 3.4)
    assert (fact.role, fact.direction) == ("change", "up")


def test_a_past_move_after_a_general_condition_stays_a_move() -> None:
    fact = _fact("금리가 오르면 부담이 커지지만, 이날 카카오 주가는 2.1% 내렸다.", "2.1%", "percent", 2.1)
    assert (fact.role, fact.direction) == ("change", "down")


def test_a_conditional_threat_reported_as_said_is_not_dropped() -> None:
    fact = _fact("미국 정부는 협상이 결렬되면 20%의 관세를 부과하겠다고 밝혔다.", "20%", "percent", 20)
    assert fact.role is not None


def test_an_unsourced_possibility_is_no_level() -> None:
    fact = _fact("네이버 주가는 30만원까지 오를 수 있다.", "30만원", "money", 300000)
    assert fact.role not in {"level", "change", "threshold"}


# --------------------------------------------------------------------------- goals and minimums


def test_a_stake_a_company_plans_to_raise_to_is_not_held() -> None:
    fact = _fact("SK디스커버리는 자회사 지분을 70%까지 끌어올릴 계획이다.", "70%", "percent", 70)
    assert fact.role is None


def test_a_stake_set_as_a_goal_is_not_held() -> None:
    fact = _fact("한솔그룹은 지분 90% 이상 확보를 목표로 하고 있다.", "90%", "percent", 90)
    assert fact.role is None


def test_a_stake_held_stays_a_level() -> None:
    fact = _fact("현재 SK디스커버리는 자회사 지분 61.2%를 보유하고 있다.", "61.2%", "percent", 61.2)
    assert (fact.measure, fact.role) == ("stake", "level")


def test_an_offer_price_announced_as_a_plan_stays_the_offer_price() -> None:
    fact = _fact("한솔그룹은 주당 2만2000원에 공개매수할 계획이다.", "2만2000원", "money", 22000)
    assert (fact.measure, fact.role) == ("tender_price", "level")


def test_a_tender_offers_minimum_is_not_its_target() -> None:
    fact = _fact(
        "최소 매수 예정 수량은 1200만주로, 응모 물량이 이보다 적으면 공개매수는 무산된다.", "1200만주", "count", 1.2e7
    )
    assert fact.measure == "shares_sought" and fact.role is None


def test_a_tender_offers_maximum_stays_its_target() -> None:
    fact = _fact("한솔그룹의 매수 예정 수량은 최대 1500만주다.", "1500만주", "count", 1.5e7)
    assert (fact.measure, fact.role) == ("shares_sought", "level")


# --------------------------------------------------------------------------- earlier estimates


def test_an_estimate_dated_as_past_is_a_reference() -> None:
    text = "올해 초까지만 해도 LG화학의 영업이익은 3조원에 이를 것으로 예상됐던 상황이다."
    assert _fact(text, "3조원", "money", 3e12).role == "reference"


def test_an_estimate_made_at_an_earlier_release_is_a_reference() -> None:
    text = "직전 분기 실적 발표 당시 증권가는 올해 영업이익을 2조원 안팎으로 예상했다."
    assert _fact(text, "2조원", "money", 2e12).role == "reference"


def test_a_current_estimate_stays_an_estimate() -> None:
    text = "증권가에서는 LG화학의 영업이익이 3조원에 이를 것으로 예상했다."
    assert _fact(text, "3조원", "money", 3e12).role == "estimate"


# --------------------------------------------------------------------------- valuation


def test_a_valuation_granted_in_a_funding_round_is_no_market_value_now() -> None:
    fact = _fact("비바리퍼블리카는 이번 투자 유치로 약 10조원의 기업가치를 인정받았다.", "10조원", "money", 1e13)
    assert fact.role is None


def test_a_market_capitalisation_stays_a_market_value() -> None:
    fact = _fact("카카오뱅크의 시가총액은 이날 15조원으로 집계됐다.", "15조원", "money", 1.5e13)
    assert (fact.measure, fact.role) == ("market_value", "level")


# --------------------------------------------------------------------------- causes


def test_a_measure_noun_in_a_cause_phrase_is_not_the_measure() -> None:
    fact = _fact("기아는 수출 확대 기대감에 2.4% 올랐다.", "2.4%", "percent", 2.4)
    assert fact.measure != "exports"
    assert (fact.role, fact.direction) == ("change", "up")


def test_a_measure_noun_as_topic_before_a_cause_stays_the_measure() -> None:
    fact = _fact("포스코의 영업이익은 환율 영향으로 12% 줄었다.", "12%", "percent", 12)
    assert fact.measure == "operating_profit"


def test_a_figure_inside_the_cause_clause_keeps_its_measure() -> None:
    fact = _fact("수출이 15% 늘어난 영향으로 주가가 올랐다.", "15%", "percent", 15)
    assert fact.measure == "exports"


# --------------------------------------------------------------------------- charges


def test_a_booked_charge_is_not_spending() -> None:
    fact = _fact("인텔은 구조조정 관련 지출로 30억 달러의 비용을 반영했다.", "30억 달러", "money", 3e9)
    assert fact.measure == "other"


def test_capital_spending_stays_spending() -> None:
    fact = _fact("메타는 올해 설비투자에 400억 달러를 쓸 예정이다.", "400억 달러", "money", 4e10)
    assert fact.measure != "other"


# --------------------------------------------------------------------------- some of a group


def test_a_target_only_some_brokerages_gave_is_sourced_to_some() -> None:
    fact = _fact("증권가에서는 목표주가를 15만원으로 제시하는 곳도 나왔다.", "15만원", "money", 150000)
    assert (fact.role, fact.source) == ("estimate", "some brokerages")


def test_some_brokerages_named_before_the_target() -> None:
    fact = _fact("일부 증권사는 에코프로의 목표주가를 15만원으로 제시했다.", "15만원", "money", 150000)
    assert fact.source == "some brokerages"


def test_brokerages_as_a_group_stay_brokerages() -> None:
    fact = _fact("증권가에서는 목표주가를 15만원으로 제시했다.", "15만원", "money", 150000)
    assert (fact.role, fact.source) == ("estimate", "brokerages")


def test_the_estimate_a_revised_forecast_started_from_is_a_reference() -> None:
    text = "한때 4조원으로 예상됐던 현대제철의 영업이익은 이후 2조원까지 낮아졌다."
    analysis = analyse(text)
    figures = [_figure(text, analysis, "4조원", "money", 4e12), _figure(text, analysis, "2조원", "money", 2e12)]
    facts = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, figures)
    assert [f.role for f in facts] == ["reference", "estimate"]


def test_a_second_estimate_listed_after_a_consensus_shares_its_source() -> None:
    text = "2분기 성적은 증권가 추정치 평균인 매출 21조3천억원, 영업이익 1조1천억원에 못 미쳤다."
    analysis = analyse(text)
    figures = [
        _figure(text, analysis, "21조3천억원", "money", 2.13e13),
        _figure(text, analysis, "1조1천억원", "money", 1.1e12),
    ]
    facts = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, figures)
    assert [(f.role, f.source) for f in facts] == [("estimate", "brokerages"), ("estimate", "brokerages")]


# --------------------------------------------------------------------------- time of the session


def test_a_passing_move_after_an_intraday_low_is_intraday() -> None:
    text = "코스닥 지수는 장중 850.3까지 떨어졌고 3% 넘게 내리기도 했다."
    analysis = analyse(text)
    figure = _figure(text, analysis, "3% 넘게", "percent", 3)  # the scanner keeps the qualifier in the span
    fact = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, [figure])[0]
    assert (fact.role, fact.time_of_day) == ("change", "intraday")


def test_a_move_with_no_time_word_has_no_time_of_the_session() -> None:
    text = "코스닥 지수는 전날보다 3% 하락했다."
    analysis = analyse(text)
    figure = _figure(text, analysis, "3%", "percent", 3)
    fact = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, [figure])[0]
    assert (fact.role, fact.time_of_day) == ("change", None)


def test_a_fact_after_a_condition_in_another_clause_stays_a_fact() -> None:
    text = "금리가 오르면 대출 부담이 커지는데, 지난달 가계대출은 4조원 늘어 증가세를 이어갔다."
    fact = _fact(text, "4조원", "money", 4e12)
    assert fact.role is not None


def test_a_conversion_by_exchange_rate_is_no_supposition() -> None:
    text = "이를 현재 환율을 적용하면 약 1조3000억원 규모로, 역대 최대다."
    fact = _fact(text, "1조3000억원", "money", 1.3e12)
    assert fact.role is not None


def test_a_quoted_plan_to_double_is_no_change_made() -> None:
    text = '회사 측은 "전력 반도체 생산량을 2배 이상 늘릴 방침"이라고 설명했다.'
    analysis = analyse(text)
    figure = Figure(
        surface="2배 이상",
        start=text.index("2배"),
        end=text.index("2배") + 5,
        sentence=0,
        kind="multiple",
        value=2,
        unit="x",
        en="2x",
    )
    fact = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, [figure])[0]
    assert fact.role is None


def test_this_year_alone_is_no_earlier_estimate() -> None:
    text = "증권가에서는 올해만 해도 영업이익이 3조원에 이를 것으로 예상했다."
    assert _fact(text, "3조원", "money", 3e12).role == "estimate"


def test_a_named_brokers_target_is_not_made_some_brokerages() -> None:
    text = "일부 증권사의 신중론에도 미래에셋증권은 목표주가를 15만원으로 제시했다."
    fact = _fact(text, "15만원", "money", 150000)
    assert fact.source != "some brokerages"


def test_a_level_in_an_even_if_clause_is_no_level_but_a_past_concession_is_a_fact() -> None:
    supposed = _fact("원·달러 환율이 1,500원을 넘어도 수출 기업의 부담은 크지 않다.", "1,500원", "money", 1500)
    assert supposed.role is None
    past = _fact("셀트리온 주가는 이날 4.2% 올랐어도 연초 대비로는 여전히 낮다.", "4.2%", "percent", 4.2)
    assert (past.role, past.direction) == ("change", "up")


def test_a_level_needed_in_order_to_is_no_level() -> None:
    fact = _fact("코스피가 3,000선을 회복하려면 외국인 매수세가 돌아와야 한다.", "3,000선", "quantity", 3000)
    assert fact.role is None


def test_a_move_after_a_forecast_clause_is_a_move_not_the_forecast() -> None:
    text = "기아가 내년 판매가 10% 늘 것이라는 전망을 밝히자 주가가 약 6% 급등했다."
    analysis = analyse(text)
    figures = [_figure(text, analysis, "10%", "percent", 10), _figure(text, analysis, "약 6%", "percent", 6)]
    facts = extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, figures)
    assert (facts[1].role, facts[1].direction) == ("change", "up")


def test_a_result_that_met_its_goal_stays_a_result() -> None:
    fact = _fact("현대모비스는 올해 매출 60조원으로 목표를 초과 달성했다.", "60조원", "money", 6e13)
    assert (fact.measure, fact.role) == ("revenue", "level")


def test_a_first_day_market_value_next_to_the_ipo_valuation_stays_a_market_value() -> None:
    text = "상장 첫날 시가총액은 30조원으로, 공모가 기준 기업가치를 크게 웃돌았다."
    fact = _fact(text, "30조원", "money", 3e13)
    assert (fact.measure, fact.role) == ("market_value", "level")


def test_a_possibility_whose_verb_is_read_into_the_figure() -> None:
    # "N을 넘을 수 있다는 관측": the qualifier's verb is part of the figure, the clause still says "can"
    maybe = _fact(
        "증권가에서는 4분기 매출이 9000억원을 넘을 수 있다는 관측이 나온다.", "9000억원을 넘을", "money", 9e11
    )
    assert maybe.role is None
    plain = _fact("4분기 매출은 9000억원을 넘었다.", "9000억원", "money", 9e11)
    assert plain.role == "threshold"


def test_a_plan_is_no_estimate_and_a_division_is_not_the_company() -> None:
    plan = _fact("한화오션은 2030년까지 매출을 20조원으로 늘린다는 계획이다.", "20조원", "money", 2e13)
    assert plan.role is None
    forecast = _fact("한화오션은 내년 매출이 20조원에 이를 것으로 내다봤다.", "20조원", "money", 2e13)
    assert forecast.role == "estimate"
    division = _fact("LG전자는 가전 사업본부 매출이 8조원으로 집계됐다고 밝혔다.", "8조원", "money", 8e12)
    assert division.subject is None
    whole = _fact("LG전자는 3분기 매출이 21조원으로 집계됐다고 밝혔다.", "21조원", "money", 2.1e13)
    assert whole.subject == "LG Electronics"


def test_a_stake_with_an_option_on_it_is_not_held() -> None:
    optioned = _fact("롯데케미칼은 나머지 지분 25%에 대해 2028년까지 콜옵션을 확보했다.", "25%", "percent", 25.0)
    assert optioned.role is None
    held = _fact("롯데케미칼은 이 회사 지분 25%를 보유하고 있다.", "25%", "percent", 25.0)
    assert held.role == "level"
    # an option on the rest, said in a later clause, leaves the stake held a holding
    held_with_option = _fact(
        "롯데케미칼은 이 회사 지분 51%를 보유하고 있으며, 나머지 지분에 대한 콜옵션도 갖고 있다.",
        "51%",
        "percent",
        51.0,
    )
    assert held_with_option.role == "level"
    rest = _fact("롯데케미칼은 나머지 지분 49%는, 2029년 이후 콜옵션을 행사해 사들일 수 있다.", "49%", "percent", 49.0)
    assert rest.role is None


def test_a_stake_bought_for_a_price_with_its_conversion_changes_hands() -> None:
    bought = _fact("롯데케미칼은 지분 25%를 3억2500만 달러(약 4448억3000만원)에 인수했다.", "25%", "percent", 25.0)
    assert not (bought.measure == "stake" and bought.role == "level")


def test_this_company_after_a_deal_points_at_the_company_just_named() -> None:
    # "이 회사의" after a sentence naming a company the gazetteer does not know: not the buyer's figure
    target = _fact(
        "롯데케미칼은 미국 화학업체 스털링켐을 인수했다. 이 회사의 지난해 매출은 3억 달러였다.", "3억 달러", "money", 3e8
    )
    assert target.subject is None
    own = _fact("롯데케미칼은 울산에 새 공장을 지었다. 이 회사의 지난해 매출은 3억 달러였다.", "3억 달러", "money", 3e8)
    assert own.subject == "Lotte Chemical"
    # the buyer and a bought company both known: "이 회사" could be either, so no subject
    either = _fact("롯데케미칼은 LG화학을 인수했다. 이 회사의 지난해 매출은 3억 달러였다.", "3억 달러", "money", 3e8)
    assert either.subject is None
