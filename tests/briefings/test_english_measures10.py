"""A figure said with its own measure and base: gross and net sales are no plain "revenue", a return on equity is no
margin, a share a buyback amounts to is no stake, a move from 24 hours earlier keeps that base."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english


def _end_to_end(text: str, date: str = "2026-06-10") -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="m", path="m.txt", title="", text=text, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


def _facts(text: str, date: str = "2026-06-10"):  # type: ignore[no-untyped-def]
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="m", path="m.txt", title="", text=text, date=date)
    return figures, extract_facts(article, analysis, figures)


def test_gross_sales_are_said_as_gross_sales_and_net_sales_as_net_sales() -> None:
    text = (
        "현대백화점은 별도 기준 5월 총매출액이 6300억원으로 지난해 같은 달보다 4.4% 증가했다고 9일 공시했다. "
        "같은 기간 순매출액은 2400억원으로 3.1% 늘었다."
    )
    lines = _end_to_end(text)
    said = " ".join(lines)
    assert "gross sales" in said, lines
    assert not any("revenue" in x and "₩630 billion" in x for x in lines), lines
    assert not any("revenue" in x and "₩240 billion" in x for x in lines), lines


def test_a_return_on_equity_target_is_never_said_as_a_margin() -> None:
    text = (
        "KT는 9일 자사주 1000억원어치를 사들인다고 공시했다. "
        "KT는 자기자본이익률(ROE)을 2028년까지 8~9%로 끌어올린다는 목표를 제시했다."
    )
    lines = _end_to_end(text)
    assert not any("margin" in x for x in lines), lines
    assert not any("8-9%" in x for x in lines), lines


def test_a_share_a_buyback_amounts_to_is_no_stake() -> None:
    text = "KT는 1000억원 규모의 자사주를 매입한다고 9일 공시했다. 매입 규모는 발행주식총수의 1.5%에 해당한다."
    figures, facts = _facts(text)
    share = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "1.5%")
    assert share.measure == "shares_sought"
    assert not any("stake" in x for x in _end_to_end(text))


def test_an_equivalent_share_with_no_buying_by_it_has_no_measure() -> None:
    text = "정부는 올해 예산을 확정했다. 복지 예산은 전체 예산의 12.0%에 해당한다."
    figures, facts = _facts(text)
    share = [f for f in facts if f.figure is not None and figures[f.figure].surface == "12.0%"]
    assert all(f.measure != "stake" for f in share)


def test_a_held_stake_stays_a_stake() -> None:
    text = "국민연금은 삼성전자 지분 7.3%를 보유하고 있다고 9일 밝혔다."
    figures, facts = _facts(text)
    held = next(f for f in facts if f.figure is not None and figures[f.figure].surface == "7.3%")
    assert held.measure == "stake"


def test_a_move_from_24_hours_earlier_keeps_its_base_in_words() -> None:
    text = "업비트에 따르면 비트코인은 9일 오후 2시 기준 1억3000만원에 거래됐다. 24시간 전보다 2.7% 오른 가격이다."
    lines = _end_to_end(text)
    moved = [x for x in lines if "2.7%" in x]
    assert moved, lines
    assert all("from a day earlier" in x for x in moved), lines
    assert not any("24" in x for x in moved), lines  # the hours are no figure of the line


def _fact_of(text: str, surface: str, date: str = "2026-06-10"):  # type: ignore[no-untyped-def]
    figures, facts = _facts(text, date)
    return next(f for f in facts if f.figure is not None and figures[f.figure].surface == surface)


def test_a_monthly_statistic_is_dated_by_the_month_its_release_reports_not_the_article_s_day() -> None:
    text = (
        "5월 산업생산 1.1% 증가\n\n"
        "통계청이 30일 발표한 '5월 산업활동동향'에 따르면 전산업 생산은 1.1% 늘었다. "
        "경기 선행지수 순환변동치는 101.2로 전월 대비 0.3포인트 올랐다."
    )
    fact = _fact_of(text, "101.2", "2026-06-30")
    assert fact.date == "2026-05"


def test_a_monthly_run_of_an_index_is_no_figure_of_the_article_s_day() -> None:
    text = "소매판매액지수는 0.4% 감소해 넉 달 연속 줄었다."
    fact = _fact_of(text, "0.4%", "2026-06-30")
    assert fact.date != "2026-06-30"


def test_a_method_note_after_the_noun_does_not_hide_last_month() -> None:
    text = "통계청에 따르면 지난달 광공업 생산지수(계절조정·2020년=100)는 112.4로 0.9% 줄었다."
    assert _fact_of(text, "112.4", "2026-06-30").date == "2026-05"


def test_an_index_pushed_to_a_round_line_stands_at_it() -> None:
    text = (
        "컨테이너 운임 하락…SCFI 1300선으로 밀려\n\n"
        "상하이컨테이너운임지수(SCFI)는 1,312.5로 전주보다 40.2포인트 내렸다."
    )
    fact = _fact_of(text, "1300선")
    assert (fact.role, fact.subject) == ("level", "SCFI")
    assert not any("below the 1,300" in x for x in _end_to_end(text))


def test_a_run_of_months_of_another_series_dates_no_figure() -> None:
    text = (
        "9월 수출입 동향\n\n"
        "산업부가 1일 발표한 '9월 수출입 동향'에 따르면 반도체 수출은 12개월 연속 늘었다. "
        "전체 수출은 550억 달러로 2.1% 늘었고, 무역수지는 15개월 연속 흑자를 이어갔다."
    )
    lines = _end_to_end(text, "2026-10-01")
    assert not any("2.1%" in x and "straight" in x for x in lines), lines
