"""Statistics of a scope said in English (round 14): a region, a sector of firms or an asset owns a series.

Sentences written for these tests in the style of Korean releases and market reports: a regulator's ratio of an
industry ("저축은행 연체율", "생명보험사의 K-ICS 비율"), a region's market statistic ("부산 아파트 낙찰가율", "수도권
미분양 주택"), a monthly market count ("번호이동 건수"), and the abstentions a wrong owner would need (two regions
joined, a company's own count in a region, an industry's figure read off a report's title).
"""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing import nouns
from briefings.writing.english import brief_english


def _lines(text: str, date: str = "2026-12-02") -> list[str]:
    """The headline and lines of a text run through the stages as the pipeline does."""
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="s", path="s.txt", title="", text=text, date=date)
    facts = tuple(extract_facts(article, analysis, figures))
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


def _said(text: str, needle: str, date: str = "2026-12-02") -> list[str]:
    return [x for x in _lines(text, date) if needle in x]


# --------------------------------------------------------------------------- a region owns its market series


def test_a_region_before_an_asset_owns_the_auction_ratio() -> None:
    text = "지지옥션에 따르면 11월 서울 아파트 낙찰가율은 101.2%로 전월 대비 3.4%포인트 상승했다."
    said = _said(text, "101.2%")
    assert said and said[0].startswith(
        "Seoul's apartment auction sale-to-appraisal ratio rose 3.4 percentage points from the previous month to 101.2%"
    ), said
    assert "November 2026" in said[0], said
    text = "법원경매 전문기업에 따르면 10월 수도권 오피스텔 낙찰률은 21.4%로 집계됐다."
    said = _said(text, "21.4%")
    assert said and said[0].startswith("The Seoul metropolitan area's officetel auction success rate was 21.4%"), said


def test_a_region_in_the_genitive_and_an_ambiguous_region_before_an_asset() -> None:
    said = _said("경기 아파트 낙찰가율은 93.4%로 전월보다 1.1%포인트 올랐다.", "93.4%")
    assert said and said[0].startswith("Gyeonggi Province's apartment auction sale-to-appraisal ratio rose 1.1"), said
    text = "지지옥션에 따르면 11월 지방 아파트 평균 응찰자 수는 5.2명으로 전월보다 0.8명 늘었다."
    said = _said(text, "5.2")
    assert said and said[0].startswith("Provincial areas' average number of apartment bidders rose 0.8"), said


def test_a_regions_unsold_homes_are_the_regions_never_the_nations() -> None:
    text = "국토교통부에 따르면 10월 말 수도권 미분양 주택은 1만7000가구로 전월 대비 3.5% 늘었다."
    said = _said(text, "17,000")
    assert said and said[0].startswith("The Seoul metropolitan area's unsold homes rose 3.5% from the previous month"), said
    assert not any(x.startswith(("Unsold homes", "National")) for x in _lines(text)), _lines(text)


def test_a_national_qualifier_stays_national() -> None:
    text = "지지옥션에 따르면 11월 전국 아파트 낙찰가율은 87.9%로 전월보다 1.2%포인트 올랐다."
    said = _said(text, "87.9%")
    assert said and said[0].startswith("The apartment auction sale-to-appraisal ratio nationwide rose 1.2 percentage"), said
    said = _said("국토교통부에 따르면 10월 말 전국 미분양 주택은 6만9000가구로 전월보다 1.2% 감소했다.", "69,000")
    assert said and said[0].startswith("National unsold homes fell 1.2% from the previous month"), said


def test_last_month_is_the_month_the_reports_title_names() -> None:
    # an article with no date: "지난달" is the month of the monthly report its source frame names
    text = "2일 지지옥션이 발표한 '11월 경매동향 보고서'에 따르면 지난달 대구 아파트 낙찰가율은 80.1%로 전월보다 1.5%포인트 떨어졌다."
    for date in ("", "2026-12-02"):
        said = _said(text, "80.1%", date)
        assert said and said[0].startswith("Daegu's apartment auction sale-to-appraisal ratio fell 1.5 percentage"), said
        assert "in November" in said[0], said
    # two months in the frame: which one is unsure
    text = "지지옥션이 발표한 '10~11월 경매동향'에 따르면 지난달 대구 아파트 낙찰가율은 80.1%로 전월보다 1.5%포인트 떨어졌다."
    assert not any("80.1%" in x and "October" in x for x in _lines(text, "")), _lines(text, "")


def test_a_weekly_survey_keeps_its_own_reader() -> None:
    # "서울 아파트 매매가격": the housing survey's place and price (facts/housing.py), with its run of weeks
    text = (
        "한국부동산원 11월 셋째 주 주간 아파트 가격 동향에 따르면 서울 아파트 매매가격은 전주 대비 0.18% 올라 "
        "42주 연속 상승했다."
    )
    lines = _lines(text, "2026-11-20")
    assert not any(x.startswith("Seoul's apartment sale prices") for x in lines), lines


def test_two_regions_joined_are_neither() -> None:
    for text in (
        "서울·경기 아파트 낙찰가율은 95.1%로 전월보다 1.1%포인트 올랐다.",
        "서울과 경기 아파트 낙찰가율은 95.1%로 전월보다 1.1%포인트 올랐다.",
    ):
        lines = _lines(text)
        assert not any("95.1%" in x for x in lines), (text, lines)


def test_a_companys_count_in_a_region_is_not_the_regions() -> None:
    lines = _lines("삼성전자는 3분기 매장수가 120개로 늘었다. 서울 매장수는 40개다.")
    assert not any("Seoul" in x for x in lines), lines


def test_a_regions_series_is_not_dated_by_the_articles_day() -> None:
    text = "10월 전국 주택 매매 거래량은 5만6800건으로 1년 전보다 8.7% 증가했다. 서울 아파트 거래량은 4120건으로 12.6% 늘었다."
    said = _said(text, "4,120", "2026-11-30")
    # the move has no base of its own (month or year on year?): unsaid, the level stays (test_precision15.py)
    assert said and said[0].startswith("Seoul's apartment sales were 4,120"), said
    assert "30 November" not in said[0], said


# --------------------------------------------------------------------------- a sector owns its supervision ratio


def test_an_industry_ratio_after_a_reports_title_is_the_industrys() -> None:
    # the report's title ('… 지급여력비율 현황') names the release, not the figure's noun
    text = (
        "금융감독원이 26일 발표한 '9월 말 보험회사 지급여력비율 현황'에 따르면 "
        "보험사 전체 K-ICS 비율은 197.4%로 집계됐다."
    )
    said = _said(text, "197.4%")
    assert said and said[0].startswith("Insurers' K-ICS solvency ratio was 197.4% at end-September 2026"), said
    assert "total" not in said[0], said
    text = "금융감독원에 따르면 6월 말 생명보험사의 지급여력비율은 189.2%로 집계됐다."
    said = _said(text, "189.2%")
    assert said and said[0].startswith("Life insurers' solvency ratio was 189.2% at end-June 2026"), said


def test_a_sectors_delinquency_rate_in_several_spellings() -> None:
    said = _said("금융감독원에 따르면 9월 말 저축은행 연체율은 8.52%로 6월 말보다 0.16%포인트 상승했다.", "8.52%")
    assert said and said[0].startswith("Savings banks' delinquency rate rose 0.16 percentage points to 8.52%"), said
    said = _said("9월 말 상호금융권의 연체율은 5.1%로 집계됐다.", "5.1%")
    assert said and said[0].startswith("Mutual finance cooperatives' delinquency rate was 5.1%"), said


def test_a_supervision_ratio_needs_an_owner() -> None:
    lines = _lines("금융감독원에 따르면 9월 말 K-ICS 비율은 197.4%로 집계됐다.")
    assert not any("197.4%" in x for x in lines), lines


# --------------------------------------------------------------------------- monthly market counts


def test_number_porting_counts_in_several_phrasings() -> None:
    text = "한국통신사업자연합회에 따르면 10월 이동통신 번호이동 건수는 64만9017건으로 전월보다 12.3% 증가했다."
    said = _said(text, "649,017")
    assert said and said[0].startswith("Mobile number-portability switches rose 12.3% from the previous month"), said
    assert "October 2026" in said[0], said
    text = "KTOA에 따르면 11월 번호이동 건수(자사 내 이동 제외)는 71만3482건으로 전월보다 9.9% 늘었다."
    said = _said(text, "713,482")
    assert said and said[0].startswith("Mobile number-portability switches rose 9.9%"), said


def test_release_counts_of_other_families() -> None:
    said = _said("산업통상자원부에 따르면 10월 주요 유통업체 매출은 전년 동월 대비 8.5% 증가했다.", "8.5%")
    assert said and said[0].startswith("Sales at major retailers rose 8.5% year on year"), said
    said = _said("한국부동산원에 따르면 10월 서울 상가 공실률은 8.7%로 집계됐다.", "8.7%")
    assert said and said[0].startswith("Seoul's commercial property vacancy rate was 8.7%"), said


def test_the_rows_are_typed_and_english() -> None:
    rows = {n.ko: n for n in nouns.nouns()}
    assert rows["낙찰률"].kinds == frozenset({"rate"}) and "none" in rows["낙찰률"].owners
    assert "none" not in rows["가용자본"].owners  # an industry's capital needs its owner
    assert rows["번호이동 건수"].plural and rows["번호이동 건수"].kinds == frozenset({"count"})
    regions = {ko: en for ko, en, _ in nouns._regions()}
    assert regions["수도권"] == "the Seoul metropolitan area" and regions["서울"] == "Seoul"
    assert all(not any("\uac00" <= ch <= "\ud7a3" for ch in en) for en in regions.values())
    assert {"아파트", "오피스텔", "상가", "토지"} <= nouns._assets()


def test_a_market_wide_count_is_the_markets_in_a_story_about_one_carrier() -> None:
    # a story whose title names one carrier ("SKT만 순감"): the month's number-porting total is still the market's
    text = (
        "10월 번호이동 65만건…SK텔레콤만 순감\n\n"
        "한국통신사업자연합회에 따르면 10월 번호이동 건수는 64만9017건으로 전월보다 12.3% 증가했다. "
        "SK텔레콤은 가입자가 2만명 순감했다. SK텔레콤 주가는 1.2% 내렸다."
    )
    said = _said(text, "649,017", "")
    assert said and said[0].startswith("Mobile number-portability switches rose 12.3% from the previous month"), said
    assert "SK Telecom" not in said[0], said
