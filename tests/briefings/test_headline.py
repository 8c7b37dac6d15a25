"""The English headline: the article's lead fact, with the record that makes it news, never a side figure."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.ingest.files import read_article
from briefings.model import Article, Briefing, Event, Fact
from briefings.pipeline import brief
from briefings.writing.english import brief_english
from tests.briefings.test_english import build, everything, said

# --------------------------------------------------------------------------- records and firsts


def _crossing(sentence: str, surface: str = "20만 달러", value: float = 200000.0, en: str = "US$200,000") -> str:
    h, _ = said(
        [sentence],
        [(0, surface, "money", value, en, "USD")],
        [Fact(0, subject="Bitcoin", measure="crypto_price", role="threshold", direction="up", figure=0)],
    )
    return h


def test_a_first_time_in_the_clause_of_the_figure_is_kept() -> None:
    assert _crossing("비트코인 가격이 사상 처음으로 20만 달러를 돌파했다.") == (
        "Bitcoin rose above US$200,000 for the first time"
    )
    assert (
        _crossing("비트코인이 20만 달러를 넘어선 것은 처음이다.") == "Bitcoin rose above US$200,000 for the first time"
    )


def test_a_record_word_of_another_clause_or_denied_is_not_the_figures() -> None:
    assert _crossing("비트코인 가격이 20만 달러를 돌파했고, 거래량은 사상 최대를 기록했다.") == (
        "Bitcoin rose above US$200,000"
    )
    assert _crossing("비트코인 가격이 20만 달러를 돌파한 것은 처음이 아니다.") == "Bitcoin rose above US$200,000"


def test_a_first_since_a_date_needs_the_date() -> None:
    figs = [
        (0, "1600원", "money", 1600.0, "₩1,600"),
        (0, "2009년 3월 16일", "date", "2009-03-16", "16 March 2009"),
        (0, "1570원", "money", 1570.0, "₩1,570"),
    ]
    fact = Fact(0, subject="won/dollar", measure="exchange_rate", role="threshold", direction="up", figure=0)
    article, analysis, figures = build(
        ["원·달러 환율이 1600원을 넘은 것은 2009년 3월 16일(1570원) 이후 처음이다."], figs
    )
    result = brief_english(article, analysis, figures, [fact], ())
    assert result.headline is not None
    assert result.headline.text.endswith("above ₩1,600 for the first time since 16 March 2009")
    assert 1 in result.headline.figures  # the date said is a cited figure
    # without the date figure, "for the first time" would be false (it was above before the crisis)
    h, _ = said(
        ["원·달러 환율이 1600원을 넘은 것은 금융위기 이후 처음이다."],
        [(0, "1600원", "money", 1600.0, "₩1,600")],
        [fact],
    )
    assert "first time" not in h and h.endswith("above ₩1,600")


def test_a_first_bounded_to_regular_trading_keeps_its_bound() -> None:
    figs = [(0, "1600원", "money", 1600.0, "₩1,600"), (0, "2009년 3월 16일", "date", "2009-03-16", "16 March 2009")]
    fact = Fact(0, subject="won/dollar", measure="exchange_rate", role="threshold", direction="up", figure=0)
    h, _ = said(["환율이 정규장에서 1600원을 넘은 것은 2009년 3월 16일 이후 처음이다."], figs, [fact])
    assert h.endswith("above ₩1,600 in regular trading for the first time since 16 March 2009")
    # a crossing during the session says the bound once ("in regular trading"), not "intraday in regular trading"
    intraday = replace(fact, time_of_day="intraday")
    h, _ = said(["환율이 정규장 중 장중 한때 1600원을 넘은 것은 2009년 3월 16일 이후 처음이다."], figs, [intraday])
    assert "intraday" not in h and h.endswith("above ₩1,600 in regular trading for the first time since 16 March 2009")


def test_a_record_level_is_said_before_its_figure() -> None:
    h, _ = said(
        ["반도체 수출이 200억 달러로 역대 최대를 기록했다."],
        [(0, "200억 달러", "money", 2e10, "US$20 billion", "USD")],
        [Fact(0, subject="semiconductor", subject_ko="반도체", measure="exports", role="level", figure=0)],
    )
    assert h == "Semiconductor exports were a record US$20 billion"


def test_a_record_in_the_title_that_the_text_does_not_repeat() -> None:
    h, _ = said(
        ["그래픽카드 판매가 지난달 5만대를 기록했다."],
        [(0, "5만대", "count", 50000.0, "50,000 units")],
        [Fact(0, subject="Hyundai Motor", measure="unit_sales", role="level", figure=0)],
        title="현대차 판매 5만대 '역대 최대'",
    )
    assert "record" in h and "50,000" in h


# --------------------------------------------------------------------------- which fact leads


def test_the_close_leads_over_the_sessions_low() -> None:
    sentences = ["코스피가 장중 300포인트 내린 2,300까지 밀렸다.", "코스피는 200포인트 내린 2,400에 마감했다."]
    figs = [
        (0, "300포인트", "quantity", 300.0, "300 points"),
        (0, "2,300", "quantity", 2300.0, "2,300"),
        (1, "200포인트", "quantity", 200.0, "200 points"),
        (1, "2,400", "quantity", 2400.0, "2,400"),
    ]

    def kospi(sentence: int, role: str, time: str, figure: int) -> Fact:
        return Fact(
            sentence,
            subject="KOSPI",
            measure="index_level",
            role=role,
            direction="down",
            time_of_day=time,
            figure=figure,
        )

    facts = [
        kospi(0, "change", "intraday", 0),
        kospi(0, "level", "intraday", 1),
        kospi(1, "change", "close", 2),
        kospi(1, "level", "close", 3),
    ]
    h, lines = said(sentences, figs, facts)
    assert "close at 2,400" in h
    assert any("2,300" in line for line in lines)


def test_a_vague_listing_yields_to_the_debuts_figure_of_the_unit_named_after_the_actor() -> None:
    sentences = ["한빛전자가 인도 증시에 상장했다.", "한빛전자 인도법인 주가는 5% 내린 900루피에 마감했다."]
    start = sentences[0].index("상장했")
    listing = Event("ipo", "listing", 0, start, start + 3, ("Hanbit Electronics",), None, "company")
    figs = [(1, "5%", "percent", 5.0, "5%"), (1, "900루피", "money", 900.0, "₹900", "INR")]
    unit = "Hanbit Electronics India"
    facts = [
        Fact(1, subject=unit, measure="share_price", role=role, direction="down", time_of_day="close", figure=k)
        for k, role in enumerate(("change", "level"))
    ]
    h, lines = said(sentences, figs, facts, events=[listing])
    assert h.startswith("Hanbit Electronics India shares fell 5%") and "₹900" in h
    assert not any("went public" in line for line in lines)  # the headline says the listing


def test_a_title_on_results_makes_the_result_lead_over_the_share_move() -> None:
    sentences = [
        "3분기 실적 요약",
        "시간외 거래에서 한빛전자 주가 +3%",
        "한빛전자 매출: 500억 달러 (+20% YoY)",
        "회사는 신제품을 공개했다.",
        "신제품 반응은 좋았다.",
        "3분기 매출은 500억 달러로 전년 동기 대비 20% 증가했다.",
    ]
    figs = [
        (1, "+3%", "percent", 3.0, "+3%"),
        (5, "500억 달러", "money", 5e10, "US$50 billion", "USD"),
        (5, "20%", "percent", 20.0, "20%"),
    ]
    facts = [
        Fact(1, subject="Hanbit Electronics", measure="share_price", role="change", direction="up", figure=0),
        Fact(5, subject="Hanbit Electronics", measure="revenue", role="level", figure=1),
        Fact(5, subject="Hanbit Electronics", measure="revenue", role="change", direction="up", figure=2),
    ]
    h, lines = said(sentences, figs, facts, title="3분기 실적 요약")
    assert "revenue" in h and "US$50 billion" in h
    assert any("shares rose 3%" in line for line in lines)


# --------------------------------------------------------------------------- goods as subjects (an exports story)


def test_a_goods_subject_its_own_sentence_does_not_name_is_not_said() -> None:
    sentences = ["시스템 반도체 수출은 40억 달러로 2% 줄었다.", "전체 수출은 500억 달러로 1% 늘었다."]
    figs = [
        (0, "40억 달러", "money", 4e9, "US$4 billion", "USD"),
        (1, "500억 달러", "money", 5e10, "US$50 billion", "USD"),
    ]
    facts = [
        Fact(0, subject="system chip", subject_ko="시스템 반도체", measure="exports", role="level", figure=0),
        Fact(1, subject="system chip", subject_ko="시스템 반도체", measure="exports", role="level", figure=1),
    ]
    h, lines = said(sentences, figs, facts)
    assert "US$4 billion" in h
    assert not any("US$50 billion" in x for x in [h, *lines])


def test_an_exports_story_gets_an_english_headline() -> None:
    text = (
        "반도체 수출 월간 '역대 최대'\n"
        "산업부에 따르면 지난달 반도체 수출액은 150억 달러로 전년 동월 대비 25.5% 증가했다.\n"
        "자동차 업계는 관세 영향을 우려했다."
    )
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-02")
    article = Article(id="x", path="x.txt", title="반도체 수출 월간 '역대 최대'", text=text, date="2026-03-02")
    facts = extract_facts(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, ())
    assert result.headline is not None
    assert result.headline.text.startswith("Semiconductor exports rose 25.5% year on year to")
    assert "US$15 billion" in result.headline.text


# --------------------------------------------------------------------------- the title's fact, said fully


def test_the_bodys_fuller_statement_of_the_titles_figure_leads_with_the_titles_record() -> None:
    title = "반도체 수출 200억 달러 또 최대"
    sentences = [
        title,
        "올해 반도체 수출은 전년보다 20% 늘어난 200억 달러로 집계됐다.",
        "업계는 하반기에도 호조를 예상했다.",
    ]
    figs = [
        (0, "200억 달러", "money", 2e10, "US$20 billion", "USD"),
        (1, "20%", "percent", 20.0, "20%"),
        (1, "200억 달러", "money", 2e10, "US$20 billion", "USD"),
    ]
    chip = {"subject": "semiconductor", "subject_ko": "반도체", "measure": "exports"}
    facts = [
        Fact(0, role="level", figure=0, **chip),  # type: ignore[arg-type]
        Fact(1, role="change", direction="up", figure=1, **chip),  # type: ignore[arg-type]
        Fact(1, role="level", figure=2, **chip),  # type: ignore[arg-type]
    ]
    h, lines = said(sentences, figs, facts, title=title)
    assert "20%" in h and "a record US$20 billion" in h  # the body's move, the title's record
    assert not any("US$20 billion" in line for line in lines)  # the title's bare level is not said again


def test_a_level_the_text_calls_a_record_leads_over_its_driver_named_first() -> None:
    title = "주담대 5조원 늘어 가계대출 사상 최대"
    sentences = [
        "지난달 가계대출 잔액이 900조원으로 역대 최대를 경신했다.",
        "이 가운데 주택담보대출이 전월보다 5조원 늘었다.",  # a statistic's move is said with its base (english.py)
    ]
    figs = [(0, "900조원", "money", 9e14, "₩900 trillion", "KRW"), (1, "5조원", "money", 5e12, "₩5 trillion", "KRW")]
    facts = [  # a statistic's level is said with its period (the facts stage reads "지난달")
        Fact(0, subject="household loans", measure="other", role="level", figure=0, date="2026-10"),
        Fact(1, subject="mortgage loans", measure="other", role="change", direction="up", figure=1),
    ]
    h, lines = said(sentences, figs, facts, title=title)
    assert "record" in h and "₩900 trillion" in h
    assert any("₩5 trillion" in line for line in lines)
    assert not any("record" in line for line in [h, *lines] if "₩5 trillion" in line)  # the title's record is not N's


def test_a_record_word_in_another_quoted_statement_is_not_a_percents() -> None:
    title = '한빛금융, 3분기 순이익 1조원…전년比 8%↑ "누적 3조원 사상 최대"'
    sentences = [title, "한빛금융의 3분기 순이익은 1조원으로 전년 동기보다 8% 늘었다."]
    figs = [
        (0, "8%", "percent", 8.0, "8%"),
        (1, "1조원", "money", 1e12, "₩1 trillion", "KRW"),
        (1, "8%", "percent", 8.0, "8%"),
    ]
    facts = [
        Fact(0, subject="Hanbit Financial", measure="net_profit", role="change", direction="up", figure=0),
        Fact(1, subject="Hanbit Financial", measure="net_profit", role="level", figure=1),
        Fact(1, subject="Hanbit Financial", measure="net_profit", role="change", direction="up", figure=2),
    ]
    h, lines = said(sentences, figs, facts, title=title)
    assert "8%" in h and "record" not in h


def test_a_figure_the_title_rounds_is_among_the_lines() -> None:
    title = "코스닥, 기관 3.5조 매도에 급락"
    sentences = (
        ["코스닥이 3% 내린 800에 마감했다."]
        + [
            f"{name} 주가는 {pct}% 내린 {price}원에 마감했다."
            for name, pct, price in (
                ("가나", 5, "1만"),
                ("다라", 6, "2만"),
                ("마바", 7, "3만"),
                ("사아", 8, "4만"),
                ("자차", 4, "5만"),
                ("카타", 9, "6만"),
            )
        ]
        + ["기관은 3조4870억원을 순매도했다.", "환율은 10원 오른 1400원에 마감했다.", "국채 금리는 0.1%포인트 올랐다."]
    )
    figs: list[tuple[object, ...]] = [(0, "3%", "percent", 3.0, "3%"), (0, "800", "quantity", 800.0, "800")]
    facts = [
        Fact(
            0, subject="KOSDAQ", measure="index_level", role="change", direction="down", time_of_day="close", figure=0
        ),
        Fact(0, subject="KOSDAQ", measure="index_level", role="level", time_of_day="close", figure=1),
    ]
    for k, (name, pct, price) in enumerate(
        (("Gana", 5, 1e4), ("Dara", 6, 2e4), ("Maba", 7, 3e4), ("Saa", 8, 4e4), ("Jacha", 4, 5e4), ("Kata", 9, 6e4))
    ):
        s = sentences[k + 1]
        figs += [(k + 1, f"{pct}%", "percent", float(pct), f"{pct}%")]
        figs += [(k + 1, s[s.index("내린 ") + 3 : s.index("원에") + 1], "money", price, f"₩{price:,.0f}", "KRW")]
        facts += [
            Fact(
                k + 1,
                subject=name,
                measure="share_price",
                role="change",
                direction="down",
                time_of_day="close",
                figure=len(figs) - 2,
            ),
            Fact(k + 1, subject=name, measure="share_price", role="level", time_of_day="close", figure=len(figs) - 1),
        ]
    figs += [(7, "3조4870억원", "money", 3.487e12, "₩3.487 trillion", "KRW")]
    facts += [Fact(7, subject="institutional investors", measure="net_selling", role="level", figure=len(figs) - 1)]
    figs += [(8, "10원", "money", 10.0, "₩10", "KRW"), (8, "1400원", "money", 1400.0, "₩1,400", "KRW")]
    facts += [
        Fact(
            8,
            subject="won/dollar",
            measure="exchange_rate",
            role="change",
            direction="up",
            time_of_day="close",
            figure=len(figs) - 2,
        ),
        Fact(8, subject="won/dollar", measure="exchange_rate", role="level", time_of_day="close", figure=len(figs) - 1),
    ]
    h, lines = said(sentences, figs, facts, title=title)
    assert "800" in h
    assert any("₩3.487 trillion" in line for line in lines), lines  # the title's "3.5조"


def test_title_numbers_are_read_with_their_rounding() -> None:
    from briefings.writing.english import _title_amounts

    amounts = _title_amounts("코스피, 외국인 1.2조 매도에 4000선 붕괴…3분기 실적 우려")
    assert (1.2e12, 5e10) in [(round(a), round(s)) for a, s in amounts]
    assert any(a == 4000.0 for a, _ in amounts)
    assert not any(a == 3.0 for a, _ in amounts)  # "3분기" is a period, not a number


def test_a_title_on_the_first_days_trading_makes_the_share_price_lead_over_the_ipo_size() -> None:
    sentences = ["한빛전자는 이번 기업공개로 5억 달러를 조달했다.", "한빛전자 주가는 900루피에 거래를 시작했다."]
    figs = [(0, "5억 달러", "money", 5e8, "US$500 million", "USD"), (1, "900루피", "money", 900.0, "₹900", "INR")]
    facts = [
        Fact(0, subject="Hanbit Electronics", measure="deal_value", role="level", figure=0),
        Fact(1, subject="Hanbit Electronics", measure="share_price", role="level", time_of_day="open", figure=1),
    ]
    h, _ = said(sentences, figs, facts, title="한빛전자 상장 첫날 주가 약세")
    assert "₹900" in h
    h, _ = said(sentences, figs, facts, title="한빛전자 5억 달러 조달")
    assert "US$500 million" in h


def _results_headline(title: str) -> str:
    sentences = [title, "한빛전자는 29일 실적을 공시했다.", "영업이익은 3000억원으로 10% 늘었다."]
    figs = [
        (0, "2분기", "date", "--Q2", "Q2"),
        (0, "3000억", "money", 3e11, "₩300 billion", "KRW"),
        (1, "29일", "date", "---29", "the 29th"),  # the day of the release stands between the quarter and the result
        (2, "3000억원", "money", 3e11, "₩300 billion", "KRW"),
        (2, "10%", "percent", 10.0, "10%"),
    ]
    facts = [
        Fact(2, subject="Hanbit Electronics", measure="operating_profit", role="level", figure=3),
        Fact(2, subject="Hanbit Electronics", measure="operating_profit", role="change", direction="up", figure=4),
    ]
    h, _ = said(sentences, figs, facts, title=title)
    return h


def test_a_results_headline_takes_the_quarter_the_title_names_with_its_figure() -> None:
    assert _results_headline("한빛전자, 2분기 영업익 3000억…신제품 효과").endswith("₩300 billion in Q2")
    assert "Q2" not in _results_headline("한빛전자, 2분기 누적 영업익 3000억")  # a span to the quarter, not it
    assert "Q2" not in _results_headline("한빛전자 영업익 3000억…2분기엔 감소 전망")  # another clause's quarter


def test_the_chance_of_a_move_is_not_said_as_the_move() -> None:
    sentences = [
        "코스피가 1% 오른 2500에 마감했다.",
        "선물시장에서는 다음 달 회의에서 기준금리가 0.5%포인트 인상될 확률이 60%로 반영됐다.",
    ]
    figs = [
        (0, "1%", "percent", 1.0, "1%"),
        (0, "2500", "quantity", 2500.0, "2,500"),
        (1, "0.5%포인트", "percent", 0.5, "0.5 percentage points", "%p"),
        (1, "60%", "percent", 60.0, "60%"),
    ]
    facts = [
        Fact(0, subject="KOSPI", measure="index_level", role="change", direction="up", time_of_day="close", figure=0),
        Fact(0, subject="KOSPI", measure="index_level", role="level", time_of_day="close", figure=1),
        Fact(1, subject="Federal Reserve", measure="interest_rate", role="change", direction="up", figure=2),
        Fact(1, subject="Federal Reserve", measure="interest_rate", role="estimate", figure=3),
    ]
    h, lines = said(sentences, figs, facts)
    assert "2,500" in h
    assert not any("0.5 percentage points" in line or "60%" in line for line in lines), lines


def test_a_record_for_one_month_of_the_year_is_no_record() -> None:
    # "4월 기준 역대 최대": the best April, not an all-time record: said with its month (writing/records.py),
    # never as a bare "a record"
    fact = Fact(0, subject="Kia", measure="unit_sales", role="level", figure=0)
    figs = [(0, "7만4805대", "count", 74805.0, "74,805 units")]
    h, _ = said(["기아는 미국에서 7만4805대를 팔아 4월 기준 역대 최대 판매를 기록했다."], figs, [fact])
    assert "a record 74,805" not in h and h.endswith("74,805 units in the US, a record for any April"), h
    h, _ = said(["기아는 미국에서 7만4805대를 팔아 역대 최대 판매를 기록했다."], figs, [fact])
    assert "a record 74,805 units" in h


def test_a_record_the_body_bounds_to_one_month_is_no_record_anywhere() -> None:
    # "4월 판매량으로는 역대 최대다": the title's bare "역대 최대" is April's record too
    fact = Fact(0, subject="Kia", measure="unit_sales", role="level", figure=0)
    figs = [(0, "7만4805대", "count", 74805.0, "74,805 units")]
    h, _ = said(["기아 미국 판매 7만4805대 '역대 최대'", "4월 판매량으로는 역대 최대다."], figs, [fact])
    assert "record" not in h and "74,805" in h


def test_a_record_within_one_market_is_no_record() -> None:
    fact = Fact(0, subject="LG Energy Solution", measure="deal_value", role="level", figure=0)
    figs = [(0, "12조7500억원", "money", 1.275e13, "₩12.75 trillion")]
    h, _ = said(["LG에너지솔루션은 국내 IPO 역사상 최대인 12조7500억원을 조달했다."], figs, [fact])
    assert "record" not in h and "₩12.75 trillion" in h


# --------------------------------------------------------------------------- parts, totals and the title's points


def _exports_headline(breakdown: str) -> str:
    sentences = [
        "정부는 9월 수출이 550억 달러로 지난해 같은 달보다 3.1% 늘었다고 발표했다.",
        f"{breakdown}반도체 수출이 90억 달러로 12% 늘어 역대 최대를 기록했다.",
    ]
    figs = [
        (0, "550억 달러", "money", 5.5e10, "US$55 billion", "USD"),
        (0, "3.1%", "percent", 3.1, "3.1%"),
        (1, "90억 달러", "money", 9e9, "US$9 billion", "USD"),
        (1, "12%", "percent", 12.0, "12%"),
    ]
    facts = [
        Fact(0, subject="South Korea", measure="exports", role="level", figure=0),
        Fact(0, subject="South Korea", measure="exports", role="change", direction="up", figure=1),
        Fact(1, subject="semiconductor", measure="exports", role="level", figure=2),
        Fact(1, subject="semiconductor", measure="exports", role="change", direction="up", figure=3),
    ]
    h, _ = said(sentences, figs, facts, title="수출 5개월 연속 늘어…반도체 '역대 최대'")
    return h


def test_an_item_of_a_breakdown_is_not_the_lead_even_with_a_record() -> None:
    # the record word and the title's record pull the headline to the item when nothing marks it as one
    assert "US$9 billion" in _exports_headline("")
    # "품목별로는 …": an item of the total the article leads with
    h = _exports_headline("품목별로는 ")
    assert "US$55 billion" in h and "US$9 billion" not in h


def test_a_sentence_going_on_with_a_breakdown_states_items_too() -> None:
    sentences = [
        "올해 판매량은 120만대로 5% 늘었다.",
        "차종별로는 소형차가 40만대로 가장 많았다.",
        "반면 대형차는 30만대로 역대 최대를 기록했다.",
    ]
    figs = [
        (0, "120만대", "count", 1.2e6, "1.2 million units"),
        (0, "5%", "percent", 5.0, "5%"),
        (1, "40만대", "count", 4e5, "400,000 units"),
        (2, "30만대", "count", 3e5, "300,000 units"),
    ]
    facts = [
        Fact(0, subject="Hyundai Motor", measure="unit_sales", role="level", figure=0),
        Fact(0, subject="Hyundai Motor", measure="unit_sales", role="change", direction="up", figure=1),
        Fact(2, subject="Kia", measure="unit_sales", role="level", figure=3),
    ]
    h, _ = said(sentences, figs, facts, title="판매 '역대 최대'")
    assert "1.2 million units" in h
    # without the breakdown before it, "반면 …" opens a contrast of its own, and its record leads
    h, _ = said([sentences[0], "소형차가 40만대로 가장 많았다.", sentences[2]], figs, facts, title="판매 '역대 최대'")
    assert "300,000 units" in h


def test_breakdown_and_total_words_count_only_as_words_of_their_own() -> None:
    from briefings.writing.english import _word_at

    text = "수출이 중국으로 늘었다. 이 중 반도체가 늘었다. 총리는 말했다. 과징금 총 30억원."
    assert not _word_at(text, "이 중", 0, 12)  # "수출이 중국": no "of which"
    assert _word_at(text, "이 중", 12, 25)
    assert not _word_at(text, "총", 25, 33)  # "총리": the prime minister, no total
    assert _word_at(text, "총", 33, len(text))


def test_a_listed_item_is_not_the_lead_over_the_total() -> None:
    from briefings.writing.english import _listed

    sentences = ["업체 세 곳의 과징금은 한빛 120억원, 누리 90억원, 다온 60억원이다.", "한빛은 120억원을 냈다."]
    figs = [
        (0, "120억원", "money", 1.2e10, "₩12 billion", "KRW"),
        (0, "90억원", "money", 9e9, "₩9 billion", "KRW"),
        (0, "60억원", "money", 6e9, "₩6 billion", "KRW"),
        (1, "120억원", "money", 1.2e10, "₩12 billion", "KRW"),
    ]
    article, _, figures = build(sentences, figs)
    listed = _listed(figures, article.text)
    assert all((f.start, f.end) in listed for f in figures[:3])
    assert (figures[3].start, figures[3].end) not in listed
    two = [f for f in figures if f.value != 6e9]  # two items make no list
    assert not _listed(two, article.text)


def _market_headline(title: str) -> str:
    sentences = [
        "코스닥은 전 거래일보다 2.1% 오른 905.3에 마감했다.",
        "에코프로 주가는 5.4% 오른 12만원에 거래를 마쳤다.",
    ]
    figs = [
        (0, "2.1%", "percent", 2.1, "2.1%"),
        (0, "905.3", "quantity", 905.3, "905.3", "pt"),
        (1, "5.4%", "percent", 5.4, "5.4%"),
        (1, "12만원", "money", 120000.0, "₩120,000", "KRW"),
    ]
    facts = [
        Fact(0, subject="KOSDAQ", measure="index_level", role="change", direction="up", time_of_day="close", figure=0),
        Fact(0, subject="KOSDAQ", measure="index_level", role="level", time_of_day="close", figure=1),
        Fact(1, subject="EcoPro", measure="share_price", role="change", direction="up", time_of_day="close", figure=2),
        Fact(1, subject="EcoPro", measure="share_price", role="level", time_of_day="close", figure=3),
    ]
    h, _ = said(sentences, figs, facts, title=title)
    return h


def test_a_title_leads_with_its_first_point() -> None:
    assert "KOSDAQ" in _market_headline("코스닥, 개인 매수에 2.1% 올라 905선…에코프로 5.4%↑")
    assert "EcoPro" in _market_headline("에코프로 5.4% 급등…코스닥도 2.1% 올라")


def test_a_title_bracket_names_the_close_not_the_session_high() -> None:
    title = "한빛전자, 신제품 공개…주가 6%대 급등"
    sentences = [
        title,
        "한빛전자는 24일 새 인공지능 서비스를 공개했다.",
        "이 서비스는 쇼핑과 예약을 대신 처리한다.",
        "한빛전자 주가는 발표 직후 장중 9.1%까지 올랐다.",
        "이날 종가는 6.3% 오른 5만원이다.",
    ]
    figs = [
        (0, "6%대", "percent", 6.0, "6%"),
        (3, "9.1%", "percent", 9.1, "9.1%"),
        (4, "6.3%", "percent", 6.3, "6.3%"),
        (4, "5만원", "money", 50000.0, "₩50,000", "KRW"),
    ]
    hanbit = Fact(0, subject="Hanbit Electronics", measure="share_price", role="change", direction="up", figure=0)
    facts = [
        hanbit,
        replace(hanbit, sentence=3, time_of_day="intraday", figure=1),
        replace(hanbit, sentence=4, time_of_day="close", figure=2),
        Fact(4, subject="Hanbit Electronics", measure="share_price", role="level", time_of_day="close", figure=3),
    ]
    article, analysis, figures = build(sentences, figs, title)
    bracket = replace(figures[0], qualifier="at_least")  # "6%대": from 6% up to 7%
    result = brief_english(article, analysis, (bracket, *figures[1:]), facts, ())
    assert result.headline is not None
    assert "6.3%" in result.headline.text and "9.1%" not in result.headline.text, result.headline.text
    assert any("9.1%" in line.text for line in result.lines)


def test_a_title_s_rounded_move_is_said_as_the_body_states_it() -> None:
    title = "국제유가 6% 급등"
    sentences = [title, "서부텍사스산원유(WTI)는 전날보다 6.1% 오른 배럴당 80.5달러에 거래를 마쳤다."]
    figs = [
        (0, "6%", "percent", 6.0, "6%"),
        (1, "6.1%", "percent", 6.1, "6.1%"),
        (1, "80.5달러", "money", 80.5, "US$80.5", "USD"),
    ]
    facts = [
        Fact(0, subject="crude oil", measure="other", role="change", direction="up", figure=0),
        Fact(1, subject="WTI", measure="other", role="change", direction="up", figure=1),
        Fact(1, subject="WTI", measure="other", role="level", figure=2),
    ]
    h, lines = said(sentences, figs, facts, title=title)
    assert "6.1%" in h and "US$80.5" in h, h
    assert not any("6%" in line for line in lines), lines  # the title's rounding is not said beside it
    # a move the other way is no rounding of the title's
    h, _ = said(sentences, figs, [facts[0], replace(facts[1], direction="down"), facts[2]], title=title)
    assert "6.1%" not in h


def test_a_figure_the_title_rounds_is_the_title_s_figure() -> None:
    sentences = [
        "10월 취업자 수가 1년 전보다 21만8000명 늘었다.",
        "통계청은 12일 이 같은 내용의 고용동향을 발표했다.",
        "10월 실업률은 2.3%로 집계됐다.",
    ]
    figs = [
        (0, "10월", "date", "2026-10", "October 2026"),
        (0, "21만8000명", "count", 218000.0, "218,000 people"),
        (2, "10월", "date", "2026-10", "October 2026"),
        (2, "2.3%", "percent", 2.3, "2.3%"),
    ]
    facts = [
        Fact(0, subject="employed persons", measure="employment", role="change", direction="up", date="2026-10",
             figure=1),
        Fact(2, subject=None, measure="unemployment_rate", role="level", date="2026-10", figure=3),
    ]
    h, _ = said(sentences, figs, facts, title="취업자 21.8만↑…실업률 2.3%")
    assert "218,000" in h, h


def _us_sales(second: str) -> tuple[str, list[str]]:
    sentences = ["현대차는 지난달 미국 시장에서 7만2000대를 판매해 지난해 같은 달보다 12% 늘었다.", second]
    figs = [
        (0, "7만2000대", "count", 72000.0, "72,000 units"),
        (0, "12%", "percent", 12.0, "12%"),
        (1, "20만5000대", "count", 205000.0, "205,000 units"),
        (1, "8%", "percent", 8.0, "8%"),
    ]
    facts = [
        Fact(0, subject="Hyundai Motor", measure="unit_sales", role="level", figure=0),
        Fact(0, subject="Hyundai Motor", measure="unit_sales", role="change", direction="up", figure=1),
        Fact(1, subject="Hyundai Motor", measure="unit_sales", role="level", figure=2),
        Fact(1, subject="Hyundai Motor", measure="unit_sales", role="change", direction="up", figure=3),
    ]
    return said(sentences, figs, facts, title="현대차 미국 판매 7만2000대")


def test_a_line_never_drops_the_market_the_headline_sets() -> None:
    h, lines = _us_sales("올해 누적 판매량은 20만5000대로 1년 전보다 8% 많았다.")
    assert "in the US" in h and "72,000 units" in h
    assert not any("205,000" in line for line in lines), lines  # said bare it would read as worldwide sales
    # a sentence that widens the sales to the whole market is its own scope, and said
    h, lines = _us_sales("글로벌 누적 판매량은 20만5000대로 1년 전보다 8% 많았다.")
    assert any("205,000" in line and "in the US" not in line for line in lines), lines


def _credit_headline(title: str, repeated: bool) -> str:
    body = "2026년 9월 말 가계신용 잔액은 1850조4000억원으로 집계됐다."
    fact = Fact(0, subject="household credit", measure="other", role="level", date="2026-09", figure=1)
    figs = [
        (0, "2026년 9월 말", "date", "2026-09", "end-September 2026"),
        (0, "1850조4000억원", "money", 1.8504e15, "₩1,850.4 trillion", "KRW"),
    ]
    if not repeated:
        return said([body], figs, [fact], title=title)[0]
    amount = title.split()[1]
    title_figure = (0, amount, "money", float(amount.removesuffix("조원")) * 1e12, "₩1 trillion", "KRW")
    moved = [(si + 1, *rest) for si, *rest in figs]
    return said([title, body], [title_figure, *moved], [replace(fact, sentence=1, figure=2)], title=title)[0]


def test_a_title_s_record_of_its_rounded_figure_is_the_body_figure_s() -> None:
    for repeated in (False, True):
        assert "a record ₩1,850.4 trillion" in _credit_headline("가계빚 1850조원 또 '역대 최대'", repeated)
        # another amount in the title is no rounding of the body's: its record is not this figure's
        assert "record" not in _credit_headline("가계빚 1800조원 또 '역대 최대'", repeated)


def test_an_item_the_title_leads_with_is_the_lead() -> None:
    sentences = [
        "한빛전자는 3분기 영업이익이 5조원으로 집계됐다고 밝혔다.",
        "부문별로는 반도체 부문 영업이익이 3조원을 기록했다.",
    ]
    figs = [(0, "5조원", "money", 5e12, "₩5 trillion", "KRW"), (1, "3조원", "money", 3e12, "₩3 trillion", "KRW")]
    facts = [
        Fact(0, subject="Hanbit Electronics", measure="operating_profit", role="level", figure=0),
        Fact(1, subject="Hanbit Chips", measure="operating_profit", role="level", figure=1),
    ]
    assert "₩3 trillion" in said(sentences, figs, facts, title="한빛전자 반도체 영업익 3조…HBM 호조")[0]
    assert "₩5 trillion" in said(sentences, figs, facts, title="한빛전자 3분기 실적 발표")[0]


def test_what_the_title_names_without_a_figure_ranks_among_the_lines_first() -> None:
    names = [("가온전자", "Gaon"), ("나래화학", "Narae"), ("다솜제약", "Dasom"), ("라온건설", "Raon"),
             ("마루통신", "Maru"), ("바다해운", "Bada"), ("사랑식품", "Sarang"), ("아라철강", "Ara")]
    sentences = ["코스피는 1.2% 오른 2600에 마감했다."]
    figs: list[tuple[object, ...]] = [
        (0, "1.2%", "percent", 1.2, "1.2%"),
        (0, "2600", "quantity", 2600.0, "2,600", "pt"),
    ]
    facts = [
        Fact(0, subject="KOSPI", measure="index_level", role="change", direction="up", time_of_day="close", figure=0),
        Fact(0, subject="KOSPI", measure="index_level", role="level", time_of_day="close", figure=1),
    ]
    for k, (ko, en) in enumerate(names, start=1):
        pct = f"{k}.5%"
        sentences.append(f"{ko} 주가는 {pct} 올랐다.")
        figs.append((k, pct, "percent", k + 0.5, pct))
        move = Fact(k, subject=en, subject_ko=ko, measure="share_price", role="change", direction="up")
        facts.append(replace(move, figure=len(figs) - 1))
    _, lines = said(sentences, figs, facts, title="코스피 1.2% 올라 2600선")
    assert len(lines) == 6 and not any("Ara" in line for line in lines), lines  # the last is left out
    _, lines = said(sentences, figs, facts, title="코스피 1.2% 올라 2600선…아라철강 강세")
    assert len(lines) == 6 and any("Ara" in line for line in lines), lines


def _forecast_lines(sentence: str) -> list[str]:
    sentences = ["한빛은행은 기준금리를 3.0%로 동결했다.", sentence]
    figs = [(0, "3.0%", "percent", 3.0, "3.0%"), (1, "2.2%", "percent", 2.2, "2.2%")]
    facts = [
        Fact(0, subject="Bank of Korea", measure="base_rate", role="level", figure=0),
        Fact(1, measure="inflation", role="estimate", source="Bank of Korea", figure=1),
    ]
    return everything(*said(sentences, figs, facts))


def test_a_narrowed_measure_is_not_said_as_the_broad_one() -> None:
    lines = _forecast_lines("한국은행은 물가상승률 전망치를 2.2%로 제시했다.")
    assert any("inflation of 2.2%" in line for line in lines), lines
    # "근원 물가상승률": core inflation, another statistic than inflation
    lines = _forecast_lines("한국은행은 근원 물가상승률 전망치를 2.2%로 제시했다.")
    assert not any("2.2%" in line for line in lines), lines


def _results_lines(body: list[str]) -> tuple[str, list[str]]:
    title = "한빛전자, 2분기 영업익 3000억…신제품 효과"
    sentences = [title, "한빛전자는 실적을 공시했다.", "신제품 판매가 늘었다.", "시장에서는 호평이 나왔다.", *body]
    net = next(i for i, s in enumerate(sentences) if "순이익" in s)
    figs = [
        (0, "2분기", "date", "--Q2", "Q2"),
        (0, "3000억", "money", 3e11, "₩300 billion", "KRW"),
        (4, "3000억원", "money", 3e11, "₩300 billion", "KRW"),
        (4, "10%", "percent", 10.0, "10%"),
        (net, "2000억원", "money", 2e11, "₩200 billion", "KRW"),
    ]
    facts = [
        Fact(4, subject="Hanbit Electronics", measure="operating_profit", role="level", figure=2),
        Fact(4, subject="Hanbit Electronics", measure="operating_profit", role="change", direction="up", figure=3),
        Fact(net, subject="Hanbit Electronics", measure="net_profit", role="level", figure=4),
    ]
    return said(sentences, figs, facts, title=title)


def test_a_results_line_of_the_headline_s_sentence_takes_the_title_s_quarter() -> None:
    h, lines = _results_lines(["영업이익은 3000억원으로 10% 늘었고, 순이익은 2000억원을 기록했다."])
    # the quarter is the headline's, said once: the line of the same quarter leaves it to the headline
    assert h.endswith("in Q2") and "Hanbit Electronics posted net profit of ₩200 billion." in lines, lines
    # a result of another sentence may be of another period: it is said as the text gives it
    h, lines = _results_lines(["영업이익은 3000억원으로 10% 늘었다.", "순이익은 2000억원을 기록했다."])
    assert h.endswith("in Q2") and not any("Q2" in line for line in lines), lines


def test_a_title_s_rounded_move_is_never_another_company_s() -> None:
    title = "한빛전자 3% 급등"
    sentences = [title, "누리화학 주가는 3.2% 오른 2만원에 마감했다."]
    figs = [
        (0, "3%", "percent", 3.0, "3%"),
        (1, "3.2%", "percent", 3.2, "3.2%"),
        (1, "2만원", "money", 20000.0, "₩20,000", "KRW"),
    ]
    move = Fact(0, subject="Hanbit Electronics", measure="share_price", role="change", direction="up", figure=0)
    facts = [
        move,
        replace(move, sentence=1, subject="Nuri Chemical", time_of_day="close", figure=1),
        Fact(1, subject="Nuri Chemical", measure="share_price", role="level", time_of_day="close", figure=2),
    ]
    h, _ = said(sentences, figs, facts, title=title)
    assert "Nuri" not in h and "Hanbit Electronics" in h, h


def _trade_headline(title: str) -> str:
    sentences = ["9월 수출은 550억 달러로 지난해 같은 달보다 3.1% 늘었다.", "무역수지는 50억 달러 흑자를 기록했다."]
    figs = [
        (0, "550억 달러", "money", 5.5e10, "US$55 billion", "USD"),
        (0, "3.1%", "percent", 3.1, "3.1%"),
        (1, "50억 달러", "money", 5e9, "US$5 billion", "USD"),
    ]
    facts = [
        Fact(0, subject="South Korea", measure="exports", role="level", figure=0),
        Fact(0, subject="South Korea", measure="exports", role="change", direction="up", figure=1),
        Fact(1, subject="South Korea", measure="trade_surplus", role="level", figure=2),
    ]
    return said(sentences, figs, facts, title=title)[0]


def test_a_title_s_first_point_may_name_its_measure_without_a_figure() -> None:
    assert "US$55 billion" in _trade_headline("수출 5개월째 늘었다…무역흑자 50억달러")
    assert "US$5 billion" in _trade_headline("무역흑자 50억달러…수출 5개월째 늘었다")


def test_a_title_point_without_a_figure_counts_only_for_a_measure_that_happened() -> None:
    from briefings.writing.english import _title_points

    points = _title_points("수출 5개월째 늘었다…무역흑자 50억달러")
    assert len(points) == 2 and points[0][2] == {"exports"}
    # results named as what is to come ("실적 앞두고") are no point of the title
    points = _title_points("[뉴욕증시] 한빛 실적 앞두고 혼조…나스닥 0.5%↑")
    assert len(points) == 1 and not points[0][2]


def test_the_largest_since_the_company_was_founded_is_its_record() -> None:
    from tests.briefings.test_english import _end_to_end

    lines = _end_to_end("삼성물산은 3분기 영업이익이 1조2000억원으로 창사 이래 최대를 기록했다고 밝혔다.", "2026-11-20")
    assert lines == ["Samsung C&T posted operating profit of a record ₩1.2 trillion in Q3 2026"], lines


# --------------------------------------------------------------------------- round 9: the point, one wire item

def _article(tmp_path: Path, title: str, body: str, day: str = "2026-03-12") -> Briefing:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n\n{day} 최기자\n\n{body}\n", encoding="utf-8")
    return brief(read_article(path))


def test_a_survey_s_change_against_the_week_before_written_out_is_of_the_place_named(tmp_path: Path) -> None:
    b = _article(
        tmp_path,
        "아파트값 상승세 이어져",
        "한국부동산원 주간 아파트 동향에서 3월 둘째 주 서울 아파트 매매가는 한 주 전에 비해 0.09% 상승했다.\n\n"
        "수도권 아파트값은 0.04% 상승했다.",
    )
    seoul = [f for f in b.facts if f.figure is not None and b.figures[f.figure].surface == "0.09%"]
    assert [f.subject for f in seoul] == ["Seoul apartment prices"]
    assert b.headline_en.startswith("Seoul apartment prices rose 0.09%")


_RAID = (
    "경찰, 한빛전자 본사 압수수색",
    "경찰은 12일 경기 수원시 한빛전자 본사에 수사관을 보내 회계 자료를 확보했다.\n\n"
    "경찰은 회사 임원들이 납품 단가를 부풀린 것으로 의심하고 있다.\n\n"
    "회사 측은 수사에 협조하겠다는 입장을 냈다.\n\n"
    "업계에서는 이번 수사가 길어질 수 있다는 관측이 나온다.\n\n"
    "수사 소식에 삼성전자 주가도 장중 한때 약세로 밀렸다.",
)


def test_a_late_share_move_without_a_figure_is_no_headline_and_keeps_its_time_of_the_session(tmp_path: Path) -> None:
    b = _article(tmp_path, *_RAID)
    assert "weakened" not in b.headline_en
    lines = [x.text for x in b.summary_en]
    assert "Samsung Electronics shares weakened during the session." in lines


def test_a_share_move_the_title_states_may_lead_and_an_early_one_leads(tmp_path: Path) -> None:
    b = _article(tmp_path, "한빛전자 압수수색에 삼성전자 주가 약세", _RAID[1])
    assert b.headline_en == "Samsung Electronics shares weakened during the session"
    early = _article(
        tmp_path,
        "삼성전자 약세",
        "12일 유가증권시장에서 삼성전자 주가는 장 초반 약세를 보였다.\n\n외국인이 매도에 나섰다.",
    )
    assert early.headline_en.startswith("Samsung Electronics shares weakened in early trading")


def test_a_title_s_points_part_at_ellipses_and_at_a_comma_between_two_figures_only() -> None:
    from briefings.writing.english import _names_in, _title_clauses

    assert _title_clauses("채권 금리 하락…5년물 2.7%, 원·달러 환율 1402.5원 마감") == [
        "채권 금리 하락",
        "5년물 2.7%",
        "원·달러 환율 1402.5원 마감",
    ]
    assert _title_clauses("가온전자, 나래화학 인수…주당 3만원") == ["가온전자, 나래화학 인수", "주당 3만원"]
    assert _title_clauses("![사진](https://example.com/a/202601/1234.jpg)") == []
    assert _names_in("한국", "한국 수출 늘어") and _names_in("한국", "한국의 수출")
    assert not _names_in("한국", "한국은행이 금리 인하")


_MARKET_DAY = (
    "코스피, 기관 매도에 2% 하락…삼성전자 5.1%↑",
    "코스피는 12일 하루 전보다 52.4포인트(2.01%) 떨어진 2552.1로 장을 끝냈다.\n\n"
    "기관은 유가증권시장에서 6120억원을 순매도했다.\n\n"
    "SK하이닉스 주가는 1.2% 내린 34만5000원에 마감했다.\n\n"
    "삼성전자 주가는 5.1% 오른 8만2000원에 장을 마쳤다.",
)


def test_the_line_stating_the_title_s_next_point_comes_first_below_the_headline(tmp_path: Path) -> None:
    b = _article(tmp_path, *_MARKET_DAY)
    assert b.headline_en.startswith("The KOSPI fell 52.4 points (2.01%)")
    lines = [x.text for x in b.summary_en]
    assert lines and "5.1%" in lines[0]  # the title's second point, though the article says it last
    assert [x for x in lines if "1.2%" in x]  # the other lines stay, in the article's order


def test_a_title_naming_treasury_yields_first_makes_the_yield_the_headline_over_the_won(tmp_path: Path) -> None:
    b = _article(
        tmp_path,
        "국고채 금리 일제히 상승…3년물 2.904%, 원·달러 환율 1380.5원 마감",
        "원·달러 환율은 5.2원 오른 1380.5원에 마감했다.\n\n"
        "국고채 3년물 금리는 12일 하루 전보다 3.8bp 뛴 연 2.904%로 마감했다.\n\n"
        "10년물 금리는 4.4bp 상승한 연 3.127%를 나타냈다.",
    )
    assert "2.904%" in b.headline_en
    assert "1,380.5" in b.summary_en[0].text  # the title's next point, the first line


_DAY = (
    "코스피 1% 하락…삼성전자 2%↓",
    "코스피는 12일 하루 전보다 25.3포인트(1.01%) 떨어진 2480.5로 장을 끝냈다.\n\n"
    "이날 코스닥은 5.2포인트(0.72%) 오른 725.3에 마감했다.\n\n"
    "삼성전자 주가는 이날 2.1% 내린 7만원에 장을 마쳤다.\n\n"
    "앞서 SK하이닉스 주가는 11일 3.2% 오른 20만원에 마감했다.",
)


def test_the_day_is_said_once_and_a_line_of_another_day_keeps_its_date(tmp_path: Path) -> None:
    b = _article(tmp_path, *_DAY)
    assert b.headline_en.endswith("to close at 2,480.5 on 12 March 2026")
    lines = [x.text for x in b.summary_en]
    assert lines[0] == "Samsung Electronics shares fell 2.1% to close at ₩70,000."  # the title's next point
    assert "The KOSDAQ rose 5.2 points (0.72%) to close at 725.3." in lines
    assert "SK hynix shares rose 3.2% to close at ₩200,000 on 11 March 2026." in lines
    for line in b.summary_en:  # a date left unsaid is no more cited; the facts keep it
        said = [b.figures[i] for i in line.figures if b.figures[i].kind == "date"]
        assert all(f.en in line.text for f in said)
    assert [f.date for f in b.facts if f.figure is not None and b.figures[f.figure].surface == "2.1%"] == [
        "2026-03-12"
    ]


def test_without_a_day_in_the_headline_the_first_line_says_it_and_two_days_of_a_line_stay() -> None:
    from briefings.model import BriefLine, Figure
    from briefings.writing.english import _said_once

    day = Figure("12일", 0, 3, 0, "date", "2026-03-12", "date", "12 March 2026")
    before = Figure("11일", 10, 13, 1, "date", "2026-03-11", "date", "11 March 2026")
    head = BriefLine("Hanbit Electronics' revenue rose 5% in Q4", (0,), ())
    lines = [
        BriefLine("Hanbit Electronics shares rose 3% to close at ₩5,000 on 12 March 2026.", (0,), (0,)),
        BriefLine(
            "Its market value rose from ₩1 trillion on 11 March 2026 to ₩2 trillion on 12 March 2026.", (0, 1), (1, 0)
        ),
        BriefLine("Nara Chemical shares fell 1% on 12 March 2026.", (0,), (0,)),
    ]
    out = [x.text for x in _said_once(head, lines, [day, before])]
    assert out == [
        "Hanbit Electronics shares rose 3% to close at ₩5,000 on 12 March 2026.",
        "Its market value rose from ₩1 trillion on 11 March 2026 to ₩2 trillion on 12 March 2026.",
        "Nara Chemical shares fell 1%.",
    ]


def test_a_weekly_survey_says_week_on_week_once_in_the_headline() -> None:
    from briefings.model import BriefLine, Figure
    from briefings.writing.english import _said_once

    week = Figure("3월 둘째 주", 0, 8, 0, "date", "2026-03", "date", "the second week of March 2026")
    head = BriefLine("Seoul apartment prices rose 0.07% week on week in the second week of March 2026", (0,), (0,))
    lines = [BriefLine("Busan apartment prices rose 0.02% week on week in the second week of March 2026.", (1,), (0,))]
    assert [x.text for x in _said_once(head, lines, [week])] == ["Busan apartment prices rose 0.02%."]


def _prices(tmp_path: Path, second: str) -> Briefing:
    return _article(
        tmp_path,
        "10월 소비자물가 2.4% 상승",
        f"통계청에 따르면 10월 소비자물가지수는 1년 전보다 2.4% 올랐다.\n\n{second}\n\n농산물 가격은 5.1% 뛰었다.",
        day="2026-11-04",
    )


def test_the_headline_says_a_change_s_pace_against_the_period_before_written_right_after_it(tmp_path: Path) -> None:
    b = _prices(tmp_path, "상승률은 전월(2.1%)보다 높아졌다.")
    assert b.headline_en == "Consumer prices rose 2.4% in October 2026, accelerating from 2.1% a month earlier"
    assert any(b.figures[i].surface == "2.1%" for i in b.headline_figures)  # the earlier rate is cited
    b = _prices(tmp_path, "상승률은 전월(2.6%)보다 낮아졌다.")
    assert b.headline_en.endswith(", slowing from 2.6% a month earlier")
    assert [x.text for x in b.summary_en] == ["Farm produce prices jumped 5.1%."]  # the month said once


def test_a_pace_the_rates_contradict_or_of_another_subject_is_not_said(tmp_path: Path) -> None:
    assert "earlier" not in _prices(tmp_path, "상승률은 전월(2.6%)보다 높아졌다.").headline_en
    assert "earlier" not in _prices(tmp_path, "근원물가는 전월(2.6%)보다 상승률이 낮아졌다.").headline_en
    assert "earlier" not in _prices(tmp_path, "상승률은 전월(2.6%)과 같았다.").headline_en


def test_a_survey_headline_takes_the_run_of_weeks_its_lead_sentence_gives_its_place_and_price(tmp_path: Path) -> None:
    def lead(first: str) -> str:
        return _article(
            tmp_path,
            "서울 아파트값 상승",
            f"{first}\n\n한국부동산원 주간 아파트 동향에서 3월 둘째 주 서울 아파트값은 전주보다 0.09% 상승했다.",
        ).headline_en

    assert lead("서울 아파트값이 20주 연속 올랐다.").endswith("0.09% week on week in the second week of March 2026, "
                                                       "the 20th straight weekly rise")
    assert "straight" not in lead("서울 아파트 전셋값이 20주 연속 올랐다.")  # the jeonse run, not the sale prices'
    assert "straight" not in lead("부산 아파트값이 20주 연속 올랐다.")  # another place's


def test_an_earnings_surprise_the_title_names_leads_over_the_quoted_target_of_its_second_point(tmp_path: Path) -> None:
    body = (
        "삼성전자의 2분기 성적이 시장 기대를 넘어서자 증권가가 목표주가를 높였다.\n\n"
        "미래에셋증권은 삼성전자 목표주가를 9만원에서 10만원으로 올렸다.\n\n"
        "삼성전자의 2분기 영업이익은 전년 동기 대비 30% 늘어난 10조원이었다."
    )
    b = _article(tmp_path, "삼성전자 2분기 어닝 서프라이즈…목표주가 줄줄이 올라 \"10만원\"", body)
    assert "operating profit" in b.headline_en and "30%" in b.headline_en
    assert "₩100,000" in b.summary_en[0].text  # the title's quoted target, the first line


def test_a_survey_headline_is_of_the_place_the_title_names_first(tmp_path: Path) -> None:
    b = _article(
        tmp_path,
        "서울 아파트값 상승세 주춤…전국은 보합",
        "한국부동산원 주간 아파트 동향에서 3월 둘째 주 전국 아파트값은 전주보다 0.01% 상승했다.\n\n"
        "서울 아파트값은 전주보다 0.06% 상승했다.",
    )
    assert b.headline_en.startswith("Seoul apartment prices rose 0.06%")


# --------------------------------------------------------------------------- the market's reaction and background


# an order the core cannot state (공사 is no object word of events_terms.tsv; "건조 계약을 맺었다" would be an
# order won, stated)
_ORDER = (
    "삼성중공업이 유럽 선사와 대형 해양설비 공사 계약을 맺었다.\n\n"
    "회사 측은 구체적인 계약 조건을 밝히지 않았다.\n\n"
    "업계는 이번 계약이 하반기 수주 실적을 끌어올릴 것으로 보고 있다.\n\n"
)


def test_a_share_close_leads_only_when_the_title_states_a_market_move(tmp_path: Path) -> None:
    body = _ORDER + "이날 삼성중공업 주가는 전 거래일보다 4.5% 오른 1만2000원에 거래를 마쳤다."
    b = _article(tmp_path, "삼성중공업, 유럽 선사서 컨테이너선 수주", body)
    assert b.headline_en == ""  # the order cannot be stated: its market's reaction is no headline
    assert [x.text for x in b.summary_en] == ["Samsung Heavy Industries shares rose 4.5% to close at ₩12,000."]
    b = _article(tmp_path, "삼성중공업 주가 강세…컨테이너선 수주", body)
    assert b.headline_en == "Samsung Heavy Industries shares rose 4.5% to close at ₩12,000"


def test_a_background_result_of_the_company_never_leads_over_the_event_the_title_names(tmp_path: Path) -> None:
    body = _ORDER + "이 회사는 지난해 매출 9조원을 기록했다."
    b = _article(tmp_path, "삼성중공업, 유럽 선사서 컨테이너선 수주", body)
    assert b.headline_en == ""
    assert [x.text for x in b.summary_en] == ["Samsung Heavy Industries posted revenue of ₩9 trillion last year."]
    # the title names the figure: it is the news, wherever it is written
    b = _article(tmp_path, "삼성중공업 지난해 매출 9조…컨테이너선 수주", body)
    assert b.headline_en == "Samsung Heavy Industries posted revenue of ₩9 trillion last year"


def test_a_result_the_title_names_leads_though_its_sentence_opens_with_앞서(tmp_path: Path) -> None:
    body = (
        "증권사들이 현대건설 목표주가를 잇따라 높였다.\n\n"
        "앞서 현대건설은 3분기 영업이익이 2000억원으로 전년 동기보다 20% 늘었다고 밝혔다."
    )
    b = _article(tmp_path, "현대건설, 3분기 호실적에 목표가 상향", body)
    assert "operating profit" in b.headline_en and "₩200 billion" in b.headline_en


def test_a_share_move_of_a_company_the_title_does_not_name_may_still_lead(tmp_path: Path) -> None:
    body = (
        "중국 신생 업체가 저비용 인공지능 모델을 내놓으면서 업계가 술렁였다.\n\n"
        "이날 엔비디아 주가는 전 거래일보다 12% 하락한 120달러에 거래를 마쳤다."
    )
    b = _article(tmp_path, "저비용 AI 모델 등장에 업계 긴장", body)
    assert b.headline_en.startswith("NVIDIA shares fell 12%")


def test_a_title_of_a_limit_move_or_a_listing_lets_the_company_s_close_lead(tmp_path: Path) -> None:
    body = _ORDER + "이날 삼성중공업 주가는 전 거래일보다 4.5% 오른 1만2000원에 거래를 마쳤다."
    for title in ("삼성중공업 신고가…컨테이너선 수주", "삼성중공업, 컨테이너선 수주에 상승 마감"):
        assert _article(tmp_path, title, body).headline_en.startswith("Samsung Heavy Industries shares rose 4.5%")


# --------------------------------------------------------------------------- the title's point over a side figure

_LICENCE = [
    "한빛바이오가 해외 제약사와 항암 신약 후보물질 기술이전 계약을 체결했다.",
    "회사 측은 구체적인 계약 조건을 공개하지 않았다.",
    "한빛바이오는 연내 임상 진입을 목표로 하고 있다.",
    "한빛바이오의 시가총액은 이날 2조원 수준이다.",
]


def _licence(title: str, events: bool, value_sentence: int = 3) -> tuple[str, list[str]]:
    sentences = list(_LICENCE)
    if value_sentence != 3:
        sentences.insert(value_sentence, sentences.pop(3))
    start = sentences[0].index("계약을 체결")
    deal = Event("deal", "contract", 0, start, start + 6, ("Hanbit Bio",), None, "company", detail="a licensing")
    figs = [(value_sentence, "2조원", "money", 2e12, "₩2 trillion")]
    facts = [Fact(value_sentence, subject="Hanbit Bio", measure="market_value", role="level", figure=0)]
    return said(sentences, figs, facts, title, [deal] if events else [])


def test_a_market_value_written_late_is_no_headline_when_the_title_announces_a_deal() -> None:
    h, lines = _licence("한빛바이오, 해외 제약사에 신약 기술이전", events=False)
    assert h == ""  # the licensing deal cannot be stated: a side figure takes no headline's place
    assert lines == ["Hanbit Bio's market value was ₩2 trillion."]
    # the deal stated, it leads, and the market value is a line
    h, lines = _licence("한빛바이오, 해외 제약사에 신약 기술이전", events=True)
    assert h == "Hanbit Bio signed a licensing contract"
    assert lines == ["Hanbit Bio's market value was ₩2 trillion."]


def test_a_side_figure_may_lead_when_the_title_names_it_or_the_lead_states_it() -> None:
    # the title states its number, or names no event: the market value is the story
    assert _licence("한빛바이오 시총 2조…해외 제약사에 기술이전", events=False)[0].startswith(
        "Hanbit Bio's market value was ₩2 trillion"
    )
    assert _licence("한빛바이오, 연내 임상 진입 목표", events=False)[0].startswith("Hanbit Bio's market value")
    # written in the lead sentences, it is the lead's own figure
    assert _licence("한빛바이오, 해외 제약사에 신약 기술이전", events=False, value_sentence=1)[0].startswith(
        "Hanbit Bio's market value"
    )


def _reserves(rounded: str, value: float) -> tuple[str, list[str]]:
    sentences = [
        f"10월 말 외환보유액은 {rounded}를 기록했다.",
        "한국은행은 10월 말 외환보유액이 4102억3000만 달러로 집계됐다고 밝혔다.",
    ]
    figs = [
        (0, "10월 말", "date", "2026-10", "end-October 2026"),
        (0, rounded, "money", value, f"US${value / 1e9:g} billion", "USD"),
        (1, "10월 말", "date", "2026-10", "end-October 2026"),
        (1, "4102억3000만 달러", "money", 4.1023e11, "US$410.23 billion", "USD"),
    ]
    facts = [  # the first unnamed (its noun names it), the second the gazetteer's quantity
        Fact(0, subject=None, measure=None, role="level", date="2026-10", figure=1),
        Fact(
            1, subject="foreign-exchange reserves", measure="aggregate_amount", role="level", date="2026-10", figure=3
        ),
    ]
    return said(sentences, figs, facts, "외환보유액 4102억3000만 달러")


def test_a_line_stating_the_headlines_figure_less_precisely_is_not_said() -> None:
    h, lines = _reserves("4102억 달러", 4.102e11)
    assert h == "Foreign-exchange reserves stood at US$410.23 billion at end-October 2026"
    assert lines == []  # "were US$410.2 billion" would say the headline again, rounded
    # a figure the headline's does not round to is another fact
    assert _reserves("4098억 달러", 4.098e11)[1] == ["Foreign-exchange reserves were US$409.8 billion."]


def _level_then_move(
    moved: str, value: float, subject: str | None = "foreign-exchange reserves", percent: str = ""
) -> str:
    sentences = [
        "한국은행에 따르면 9월 말 외환보유액은 4150억2000만 달러였다.",
        f"8월 말(4137억9000만 달러)에 비해 {moved}{percent} 늘어난 규모다.",
    ]
    figs: list[tuple[object, ...]] = [
        (0, "9월 말", "date", "2026-09", "end-September 2026"),
        (0, "4150억2000만 달러", "money", 4.1502e11, "US$415.02 billion", "USD"),
        (1, "8월 말", "date", "2026-08", "end-August 2026"),
        (1, "4137억9000만 달러", "money", 4.1379e11, "US$413.79 billion", "USD"),
        (1, moved, "money", value, f"US${value / 1e9:g} billion", "USD"),
    ]
    reserves = "foreign-exchange reserves"
    facts = [
        Fact(0, subject=reserves, measure="aggregate_amount", role="level", date="2026-09", figure=1),
        Fact(1, subject=reserves, measure="aggregate_amount", role="reference", date="2026-08", figure=3),
        Fact(1, subject=subject, measure="aggregate_amount", role="change", direction="up", date="2026-09", figure=4),
    ]
    if percent:
        share = percent.strip("()%")
        figs.append((1, share + "%", "percent", float(share), share + "%"))
        facts.append(replace(facts[-1], figure=5))
    return said(sentences, figs, facts, "외환보유액 두 달 연속 증가")[0]


def test_a_level_headline_takes_the_move_the_next_sentence_gives_when_it_is_the_gap_to_the_earlier_level() -> None:
    assert _level_then_move("12억3000만 달러", 1.23e9) == (
        "Foreign-exchange reserves rose US$1.23 billion from end-August to US$415.02 billion at end-September 2026"
    )
    # a move that is not the gap between the two levels is of something else: the level is said alone
    assert _level_then_move("15억 달러", 1.5e9).startswith("Foreign-exchange reserves stood at US$415.02 billion")
    # the next sentence's move of another owner is not the level's
    assert " rose " not in _level_then_move("12억3000만 달러", 1.23e9, subject="Bank of Korea")
    # its share of the earlier level, when it is that share, is said with it; another share is not the level's move
    assert _level_then_move("12억3000만 달러", 1.23e9, percent="(0.30%)").startswith(
        "Foreign-exchange reserves rose US$1.23 billion (0.30%) from end-August to US$415.02 billion"
    )
    assert " rose " not in _level_then_move("12억3000만 달러", 1.23e9, percent="(0.50%)")


def test_the_event_the_title_announces_leads_over_a_share_move_though_a_vague_sentence_comes_first() -> None:
    sentences = [
        "한빛바이오가 신약 후보물질의 가치를 해외에서 인정받았다.",
        "이날 한빛바이오 주가는 전 거래일보다 10% 오른 5만원에 거래를 마쳤다.",
        "한빛바이오는 해외 제약사와 항암 신약 후보물질 기술이전 계약을 체결했다고 밝혔다.",
    ]
    at = len(sentences[0]) + len(sentences[1]) + 2 + sentences[2].index("계약을 체결")
    deal = Event("deal", "contract", 2, at, at + 6, ("Hanbit Bio",), None, "company", detail="a licensing")
    figs = [(1, "10%", "percent", 10.0, "10%"), (1, "5만원", "money", 50000.0, "₩50,000")]
    facts = [
        Fact(1, subject="Hanbit Bio", measure="share_price", role=r, direction="up", time_of_day="close", figure=k)
        for k, r in enumerate(("change", "level"))
    ]
    h, lines = said(sentences, figs, facts, "한빛바이오, 해외 제약사에 신약 기술이전", [deal])
    assert h == "Hanbit Bio signed a licensing contract"
    assert lines == ["Hanbit Bio shares rose 10% to close at ₩50,000."]
    # a title that announces no event of its kind: the move, stated first, leads
    assert said(sentences, figs, facts, "한빛바이오 주가 10% 급등", [deal])[0].startswith("Hanbit Bio shares rose 10%")


def _titled_result(title: str, moved: str = "net_profit") -> tuple[str, list[str]]:
    sentences = [title, "한빛금융은 이번 분기 비용 절감 효과를 봤다고 설명했다."]
    figs = [
        (0, "2분기", "date", "2026-Q2", "Q2 2026"),
        (0, "5230억", "money", 5.23e11, "₩523 billion"),
        (0, "12.4%", "percent", 12.4, "12.4%"),
    ]
    who = "Hanbit Financial"
    facts = [
        Fact(0, subject=who, measure="net_profit", role="level", date="2026-Q2", figure=1),
        Fact(0, subject=who, measure=moved, role="change", direction="up", date="2026-Q2", figure=2),
    ]
    return said(sentences, figs, facts, title)


def test_a_title_stating_a_level_and_its_move_gets_one_headline_of_both() -> None:
    h, lines = _titled_result("한빛금융 2분기 순익 5230억…전년比 12.4%↑")
    assert h == "Hanbit Financial's net profit rose 12.4% year on year to ₩523 billion in Q2 2026"
    assert lines == []  # the move is not said again
    # a move of another measure is a line of its own
    h, lines = _titled_result("한빛금융 2분기 순익 5230억…전년比 12.4%↑", moved="revenue")
    assert h == "Hanbit Financial posted net profit of ₩523 billion in Q2 2026"
    assert lines == ["Hanbit Financial's revenue rose 12.4% year on year."]


def test_the_titles_second_point_of_a_one_digit_per_cent_is_the_first_line() -> None:
    sentences = [
        "한빛전자의 1분기 매출은 전년 동기 대비 42% 늘어난 3조원을 기록했다.",
        "한빛전자의 1분기 순이익은 전년 동기 대비 18% 늘어난 4000억원이었다.",
        "한빛전자 주가는 시간외 거래에서 5% 가까이 올랐다.",
    ]
    figs = [
        (0, "1분기", "date", "2026-Q1", "Q1 2026"),
        (0, "42%", "percent", 42.0, "42%"),
        (0, "3조원", "money", 3e12, "₩3 trillion"),
        (1, "18%", "percent", 18.0, "18%"),
        (1, "4000억원", "money", 4e11, "₩400 billion"),
        (2, "5% 가까이", "percent", 4.8, "nearly 5%"),
    ]
    who = "Hanbit Electronics"
    facts = [
        Fact(0, subject=who, measure="revenue", role="change", direction="up", date="2026-Q1", figure=1),
        Fact(0, subject=who, measure="revenue", role="level", date="2026-Q1", figure=2),
        Fact(1, subject=who, measure="net_profit", role="change", direction="up", date="2026-Q1", figure=3),
        Fact(1, subject=who, measure="net_profit", role="level", date="2026-Q1", figure=4),
        Fact(2, subject=who, measure="share_price", role="change", direction="up", time_of_day="after_hours", figure=5),
    ]
    h, lines = said(sentences, figs, facts, "한빛전자 1분기 매출 3조…주가 5% 가까이 상승")
    assert "revenue rose 42%" in h
    assert lines[0].startswith("Hanbit Electronics shares rose nearly 5%")
    # a title without the move: the lines in the text's order
    h, lines = said(sentences, figs, facts, "한빛전자 1분기 매출 3조")
    assert lines[0].startswith("Hanbit Electronics' net profit")


def _run_in_title(title: str, run: str, direction: str = "up") -> str:
    sentences = [title, "9월 말 외환보유액은 4150억2000만 달러로 한 달 전보다 12억3000만 달러 늘었다."]
    figs = [
        (0, run, "quantity", float(run[0]), f"{run[0]} months in a row", "duration"),
        (1, "9월 말", "date", "2026-09", "end-September 2026"),
        (1, "4150억2000만 달러", "money", 4.1502e11, "US$415.02 billion", "USD"),
        (1, "12억3000만 달러", "money", 1.23e9, "US$1.23 billion", "USD"),
    ]
    article, analysis, figures = build(sentences, figs, title)
    figures = tuple(replace(f, counter="개월") if f.unit == "duration" else f for f in figures)
    reserves, ko = "foreign-exchange reserves", "외환보유액"
    facts = [
        Fact(1, subject=reserves, subject_ko=ko, measure="aggregate_amount", role="level", date="2026-09", figure=2),
        Fact(
            1,
            subject=reserves,
            subject_ko=ko,
            measure="aggregate_amount",
            role="change",
            direction=direction,
            date="2026-09",
            figure=3,
        ),
    ]
    result = brief_english(article, analysis, figures, facts, ())
    assert result.headline is not None
    if " straight " in result.headline.text:
        assert 0 in result.headline.figures  # the run's figure is cited
    return result.headline.text


def test_a_headline_move_takes_the_run_the_title_gives_its_subject() -> None:
    assert _run_in_title("외환보유액, 3개월 연속 늘어", "3개월").endswith(", the third straight monthly rise")
    # a run the other way, a run of another subject or no run: the move alone
    assert " straight " not in _run_in_title("외환보유액, 3개월 연속 줄어", "3개월")
    assert " straight " not in _run_in_title("수출 3개월 연속 늘어…외환보유액도", "3개월")
    assert " straight " not in _run_in_title("외환보유액, 3개월 만에 늘어", "3개월")


def test_a_title_word_holding_an_event_word_but_no_event_makes_no_side_figure() -> None:
    # "설문조사" holds a probe's word but announces none: the figure further down may still lead
    h, _ = _licence("직장인 설문조사…한빛바이오 인기", events=False)
    assert h.startswith("Hanbit Bio's market value")
    h, _ = _licence("한빛바이오 공정위 조사", events=False)  # a probe announced: the figure is a side one
    assert h == ""
