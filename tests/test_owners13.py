"""Whose figure it is and when, by the Korean syntax of owners, holders and spans (round 13).

Sentences written for these tests, in the usual style of Korean business and market reporting: a stake held by
the subject (이/가) of the verb of holding inside a relative clause or a double-subject sentence; a group of
companies or an industry written before the measure word; a span summed since its start; a change against the
day before at the same time; an asset manager's net assets.
"""

from __future__ import annotations

from tests.stages import fact_of as _fact_of
from tests.stages import run_stages as _run


# --- a stake's holder is the subject of the verb of holding


def test_the_sons_who_hold_a_stake_in_a_relative_clause_are_the_holders_not_the_buyer() -> None:
    text = "롯데지주가 신동빈 회장의 두 자녀가 지분 100%를 보유한 롯데알미늄을 흡수합병한다."
    lines, facts, surfaces = _run(text)
    fact = _fact_of(facts, surfaces, "100%")
    assert fact.measure == "stake" and fact.subject is None and fact.subject_ko is None
    assert not any("100% stake" in x for x in lines), lines


def test_an_owner_family_holding_a_company_is_no_stake_of_the_company_it_modifies() -> None:
    text = "오너 일가가 지분 100%를 가진 삼성물산은 이날 이사회를 열었다."
    lines, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "100%").subject is None
    assert not any("Samsung C&T held" in x for x in lines), lines
    # twin: the company that is the subject of 가진 holds the stake in the company it modifies
    lines, facts, surfaces = _run("삼성물산이 지분 100%를 가진 삼성바이오에피스는 이날 이사회를 열었다.")
    assert _fact_of(facts, surfaces, "100%").subject == "Samsung C&T"
    assert "Samsung C&T held a 100% stake" in lines, lines


def test_a_company_that_holds_a_stake_in_a_relative_clause_keeps_it() -> None:
    text = "LG화학이 지분 81.8%를 가진 LG에너지솔루션이 2일 유상증자를 결정했다."
    lines, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "81.8%").subject == "LG Chem"
    assert "LG Chem held an 81.8% stake" in lines, lines


def test_in_a_double_subject_sentence_the_holder_is_the_subject_not_the_topic() -> None:
    lines, facts, surfaces = _run("LG에너지솔루션은 LG화학이 지분 81.8%를 보유하고 있다.")
    assert _fact_of(facts, surfaces, "81.8%").subject == "LG Chem"
    assert "LG Chem held an 81.8% stake" in lines, lines
    lines, facts, surfaces = _run("셀트리온은 서정진 회장이 지분 20%를 갖고 있다.")
    fact = _fact_of(facts, surfaces, "20%")
    assert fact.subject_ko == "서정진" and fact.subject != "Celltrion"
    assert not any(x.startswith("Celltrion") for x in lines), lines


# --- a group or an industry written before the measure owns the figure


def test_a_count_of_companies_owns_the_sales_figure_not_the_company_of_the_article() -> None:
    text = "이마트는 2일 실적을 발표했다. 통신 3사의 3분기 영업이익은 1조2000억원으로 집계됐다."
    lines, facts, surfaces = _run(text)
    fact = _fact_of(facts, surfaces, "1조2000억원")
    assert fact.measure == "operating_profit" and fact.subject is None
    assert not any("E-mart posted operating profit" in x for x in lines), lines


def test_an_industry_total_is_no_one_company_s_figure() -> None:
    text = (
        "홈플러스는 26일 회생계획 인가를 받았다. 업계에서는 인가 이후가 더 중요하다는 지적이 나온다. "
        "국내 대형마트 3사의 올해 1~9월 매출은 1년 전보다 4.2% 줄었다."
    )
    lines, facts, surfaces = _run(text, "2026-11-26")
    assert _fact_of(facts, surfaces, "4.2%").subject is None
    assert not any("Homeplus' revenue" in x for x in lines), lines
    text = "현대차는 2일 11월 판매 실적을 발표했다. 완성차 업계 전체 판매량은 72만대로 2.1% 줄었다."
    lines, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "72만대").subject is None
    assert not any("Hyundai Motor" in x and "720,000" in x for x in lines), lines
    # twins: the company's own figures, written with its genitive, are its own
    text = "홈플러스는 26일 회생계획 인가를 받았다. 홈플러스의 올해 1~9월 매출은 1년 전보다 4.2% 줄었다."
    lines, facts, surfaces = _run(text, "2026-11-26")
    assert _fact_of(facts, surfaces, "4.2%").subject == "Homeplus"
    assert "Homeplus' revenue fell 4.2% year on year in January-September" in lines, lines
    lines, facts, surfaces = _run("현대차는 2일 11월 판매 실적을 발표했다. 현대차의 11월 판매량은 72만대로 2.1% 줄었다.")
    assert _fact_of(facts, surfaces, "72만대").subject == "Hyundai Motor"
    assert "Hyundai Motor's sales fell 2.1% to 720,000 units." in lines, lines


def test_a_company_named_after_the_group_word_keeps_its_own_figure() -> None:
    text = "이마트는 2일 실적을 발표했다. 대형마트 3사 중 이마트의 매출은 2.1% 늘었다."
    lines, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "2.1%").subject == "E-mart"
    assert "E-mart's revenue rose 2.1%" in lines, lines


def test_a_count_of_vehicles_is_no_group_of_companies() -> None:
    lines, facts, surfaces = _run("기아는 지난달 EV3 1만5000대를 판매했다고 2일 밝혔다.")
    assert _fact_of(facts, surfaces, "1만5000대").subject == "Kia"


# --- a cumulative span is never one day's


def test_a_net_buying_summed_this_year_is_dated_by_the_year_not_the_article_s_day() -> None:
    for text in (
        "외국인은 이날 코스피에서 3000억원을 순매도했다. 외국인은 올해 누적 12조원을 순매수했다.",
        "개인 투자자의 ETF 순매수는 올해 누적 28조원으로 역대 최대다.",
    ):
        lines, facts, surfaces = _run(text)
        figure = "12조원" if "12조원" in surfaces else "28조원"
        assert _fact_of(facts, surfaces, figure).date == "2026", text
        assert not any(figure[:2] in x and "2 December" in x for x in lines), lines


def test_a_move_since_the_start_of_the_year_is_said_as_so_far_this_year() -> None:
    lines, facts, surfaces = _run("삼성전자 주가는 연초 이후 45% 올랐다.")
    assert _fact_of(facts, surfaces, "45%").date == "2026"
    assert "Samsung Electronics shares have risen 45% so far this year" in lines, lines
    lines, facts, surfaces = _run("코스피는 연초 대비 30% 올랐다.")
    assert _fact_of(facts, surfaces, "30%").date == "2026"
    assert not any("2 December" in x for x in lines), lines


# --- a change against the day before is the day of the level


def test_a_change_against_the_same_time_the_day_before_is_dated_the_day_of_the_level() -> None:
    text = "2일 원·달러 환율은 오후 3시30분 기준 1405.3원으로 전날 같은 시각(1410.5원)보다 5.2원 내렸다."
    lines, facts, surfaces = _run(text)
    assert _fact_of(facts, surfaces, "5.2원").date == "2026-12-02"
    assert _fact_of(facts, surfaces, "1410.5원").date == "2026-12-01"  # the level compared with is the day before's
    assert any("fell ₩5.2" in x and "2 December 2026" in x for x in lines), lines
    assert not any("1 December" in x for x in lines), lines


def test_a_change_against_the_previous_close_is_dated_the_day_of_the_level() -> None:
    text = "이날 원·엔 재정환율은 100엔당 887.30원으로 전 거래일 종가(893.45원) 대비 6.15원 내렸다."
    lines, facts, surfaces = _run(text, "2026-11-27")
    assert _fact_of(facts, surfaces, "6.15원").date == "2026-11-27"
    assert not any("26 November" in x for x in lines), lines


# --- 순자산 is a person's net worth, not an asset manager's


def test_an_asset_manager_s_net_assets_are_no_net_worth() -> None:
    for text in ("삼성자산운용이 순자산 113조원으로 1위를 지켰다.", "미래에셋자산운용의 ETF 순자산은 102조원이다."):
        lines, facts, surfaces = _run(text)
        assert not any("net worth" in x for x in lines), lines
    lines, facts, surfaces = _run("삼성자산운용이 순자산 113조원으로 1위를 지켰다.")
    assert _fact_of(facts, surfaces, "113조원").measure != "personal_wealth"
    # twin: the asset manager's ETF net assets are said, as net assets
    lines, _, _ = _run("미래에셋자산운용의 ETF 순자산은 102조원이다.")
    assert "Mirae Asset Global Investments' ETF net assets were ₩102 trillion" in lines, lines


def test_a_net_buying_summed_this_year_is_said_so_far_this_year() -> None:
    lines, _, _ = _run("개인 투자자의 ETF 순매수는 올해 누적 28조원으로 역대 최대다.")
    assert "Individual investors net bought a record ₩28 trillion so far this year" in lines, lines
    lines, _, _ = _run("외국인은 이날 코스피에서 3000억원을 순매도했다. 외국인은 올해 누적 12조원을 순매수했다.")
    assert "Foreign investors net bought ₩12 trillion so far this year." in lines, lines
    lines, facts, surfaces = _run("외국인은 이달 들어 누적 3조원을 순매수했다.")
    assert _fact_of(facts, surfaces, "3조원").date == "2026-12"
    assert "Foreign investors net bought ₩3 trillion so far this month" in lines, lines

