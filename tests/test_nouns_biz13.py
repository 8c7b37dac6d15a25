"""Business and society statistics said with their English noun (briefings/writing/nouns.py, data/english_nouns.tsv,
round 13 vocab-biz): company and industry measures, finance companies' results, labour, population, tourism, filings;
collective owners ("5대 은행", "카드사"); and the abstentions that keep those lines true."""

from __future__ import annotations

from briefings.writing import nouns
from tests.briefings.test_nouns import end_to_end


def _said(text: str, needle: str, date: str = "2026-11-20") -> list[str]:
    lines, _ = end_to_end(text, date)
    return [x for x in lines if needle in x]


# --------------------------------------------------------------------------- society and government series


def test_births_and_marriages_of_a_population_release() -> None:
    text = "통계청에 따르면 9월 출생아는 2만1800명으로 1년 전보다 6.1% 늘었다."
    said = _said(text, "21,800")
    assert said and said[0].startswith("Births rose 6.1% year on year to 21,800"), said
    assert "September 2026" in said[0], said


def test_labour_and_welfare_series() -> None:
    said = _said("통계청에 따르면 10월 비경제활동인구는 1612만1000명으로 1년 전보다 3만5000명 늘었다.", "16.121 million")
    assert said and said[0].startswith("The economically inactive population rose 35,000 year on year"), said
    said = _said("고용노동부에 따르면 10월 고용보험 가입자는 1540만명으로 1년 전보다 15만명 늘었다.", "15.4 million")
    assert said and said[0].startswith("Workers covered by employment insurance rose 150,000"), said
    said = _said("고용노동부에 따르면 올해 1~9월 체불임금은 1조5000억원으로 작년 같은 기간보다 8% 증가했다.", "₩1.5 trillion")
    assert said and said[0].startswith("Unpaid wages rose 8% year on year"), said
    assert "January-September" in said[0], said


def test_travel_filings_and_patents() -> None:
    said = _said("법무부에 따르면 10월 외국인 입국자는 150만명으로 1년 전보다 12% 증가했다.", "1.5 million")
    assert said and said[0].startswith("Foreign arrivals rose 12% year on year"), said
    said = _said("한국관광공사에 따르면 10월 방한 외래관광객은 165만명으로 1년 전보다 18% 늘었다.", "1.65 million")
    assert said and said[0].startswith("Foreign visitors to South Korea rose 18%"), said
    said = _said("대법원에 따르면 올해 1~10월 법인 파산 신청은 1650건으로 작년 같은 기간보다 18% 늘었다.", "1,650")
    assert said and said[0].startswith("Corporate bankruptcy filings rose 18% year on year"), said
    said = _said("특허청에 따르면 올해 1~10월 특허 출원은 20만5000건으로 작년 같은 기간보다 3.5% 증가했다.", "205,000")
    assert said and said[0].startswith("Patent applications rose 3.5%"), said


def test_a_row_holding_an_average_word_is_found() -> None:
    # "월평균 소득": the row's own 평균 (before round 13 the lookup dropped it and never found the row)
    said = _said("통계청에 따르면 3분기 가구당 월평균 소득은 525만원으로 1년 전보다 3.5% 늘었다.", "5,250,000")
    assert said and said[0].startswith("Average monthly household income rose 3.5% year on year"), said
    said = _said("삼성전자의 지난해 평균 연봉은 1억3000만원으로 집계됐다.", "₩130 million")
    assert said and said[0].startswith("Samsung Electronics' average annual salary was"), said


# --------------------------------------------------------------------------- companies and finance companies


def test_a_financial_groups_results_nouns() -> None:
    # Korean banks and financial groups are gazetteer companies: bank-only rows now take them
    text = "KB금융의 3분기 순이익은 1조6000억원으로 집계됐다. KB금융의 이자이익은 3조2410억원으로 1년 전보다 2.8% 늘었다."
    said = _said(text, "₩3.241 trillion")
    assert said and said[0].startswith("KB Financial Group's net interest income rose 2.8% year on year"), said
    said = _said("KB금융지주의 3분기 대손충당금 전입액은 4690억원으로 전 분기보다 12% 줄었다.", "₩469 billion")
    assert said and said[0].startswith("KB Financial Group's loan-loss provisions fell 12% from the previous quarter")
    said = _said("KB금융의 3분기 자기자본이익률(ROE)은 11.2%로 전년 동기 대비 0.5%포인트 상승했다.", "11.2%")
    assert said and said[0].startswith("KB Financial Group's return on equity rose 0.5 percentage points"), said


def test_the_topic_company_owns_its_subject_noun() -> None:
    # "신한금융은 3분기 이자이익이 N": the noun was read as an unknown name; the topic company owns it
    said = _said("신한금융은 3분기 이자이익이 2조9870억원으로 1년 전보다 3.4% 늘었다고 밝혔다.", "₩2.987 trillion")
    assert said and said[0].startswith("Shinhan Financial Group's net interest income rose 3.4%"), said
    said = _said("삼성전자는 3분기 스마트폰 출하량이 6550만대로 1년 전보다 3% 늘었다.", "65.5 million")
    assert said and said[0].startswith("Samsung Electronics' smartphone shipments rose 3% year on year"), said


def test_a_reporting_agency_as_the_topic_owns_nothing() -> None:
    lines, _ = end_to_end("특허청은 올해 1~10월 특허 출원이 20만5000건으로 집계됐다고 밝혔다.", "2026-11-20")
    assert not any("Intellectual Property" in x or "Office's" in x for x in lines), lines
    # the series itself is still said, owned by nobody
    assert any(x.startswith("Patent applications were 205,000") and "January-October" in x for x in lines), lines


def test_a_global_market_abstains_and_company_measures() -> None:
    # "전 세계" has no row: a global market's shipments are the market's, a subject the noun phrase cannot say
    text = "시장조사업체 A에 따르면 올해 3분기 전 세계 스마트폰 출하량은 3억1200만대로 작년 같은 기간보다 2.6% 증가했다."
    assert not _said(text, "312 million")
    said = _said("삼성화재의 3분기 합산비율은 98.5%로 1년 전보다 1.2%포인트 올랐다.", "98.5%")
    assert said and said[0].startswith("Samsung Fire & Marine Insurance's combined ratio rose 1.2 percentage points")


# --------------------------------------------------------------------------- collective owners


def test_an_industry_figure_is_the_industrys_in_every_spelling() -> None:
    said = _said("금융감독원에 따르면 9월 말 국내 카드사 연체율은 1.65%로 전년 말보다 0.1%포인트 상승했다.", "1.65%")
    assert said and said[0].startswith("Korean card companies' delinquency rate rose 0.1 percentage points"), said
    said = _said("카드사들은 3분기 연체율이 1.7%로 1년 전보다 0.2%포인트 올랐다.", "1.7%")
    assert said and said[0].startswith("Card companies' delinquency rate rose 0.2 percentage points"), said
    said = _said("국내 증권사들의 3분기 수수료 수익은 3조2000억원으로 전 분기보다 15% 늘었다.", "₩3.2 trillion")
    assert said and said[0].startswith("Korean brokerages' fee income rose 15%"), said


def test_a_group_named_with_its_members_is_never_one_member() -> None:
    text = "KB국민·신한·하나·우리·NH농협 등 5대 은행의 가계대출 연체율은 10월 말 0.42%로 집계됐다."
    said = _said(text, "0.42%")
    assert said and said[0].startswith("The five major banks' household loan delinquency rate was 0.42%"), said
    assert not any(w in said[0] for w in ("Kookmin", "Shinhan", "Hana", "Woori", "NongHyup")), said


def test_an_aggregate_inside_a_longer_noun_is_not_the_figures_subject() -> None:
    # "가계대출 연체율": the rate of household loans, never "household loans stood at 0.45%"
    lines, _ = end_to_end("금융감독원에 따르면 9월 말 국내은행의 가계대출 연체율은 0.45%로 전월보다 0.03%포인트 올랐다.")
    said = [x for x in lines if "0.45%" in x]
    assert said and said[0].startswith("Korean banks' household loan delinquency rate rose 0.03 percentage points"), lines
    assert not any(x.startswith("Household loans") for x in lines), lines


# --------------------------------------------------------------------------- abstentions


def test_joint_owners_in_the_genitive_are_unsure() -> None:
    for text in (
        "현대차·기아의 10월 생산 대수는 32만6100대로 1년 전보다 2.1% 늘었다.",
        "현대차와 기아의 10월 수출 대수는 21만5000대로 1년 전보다 3% 늘었다.",
    ):
        lines, _ = end_to_end(text, "2026-11-20")
        assert not any(x.startswith(("Kia", "Hyundai", "South Korea")) for x in lines), (text, lines)
    # twins: one owner in the genitive owns the figure
    said = _said("현대차의 10월 생산 대수는 32만6100대로 1년 전보다 2.1% 늘었다.", "326,100")
    assert said and said[0].startswith("Hyundai Motor's units produced rose 2.1% year on year"), said
    said = _said("현대차의 10월 수출 대수는 21만5000대로 1년 전보다 3% 늘었다.", "215,000")
    assert said and said[0].startswith("Hyundai Motor's units exported rose 3% year on year"), said


def test_a_bare_noun_modifying_the_next_noun_is_not_its_figure() -> None:
    # "재고 평가손 45억 달러": an inventory write-down, not inventories of US$4.5 billion
    lines, _ = end_to_end("엔비디아는 재고 평가손 45억 달러를 반영해야 했다. 엔비디아의 매출은 440억달러였다.")
    assert not any("inventor" in x.casefold() for x in lines), lines
    assert "NVIDIA posted revenue of US$44 billion" in lines, lines
    # twin: the noun heading its own phrase is the figure's
    lines, _ = end_to_end("엔비디아의 재고자산은 45억달러로 1년 전보다 10% 늘었다.")
    assert "NVIDIA's inventories rose 10% year on year to US$4.5 billion" in lines, lines


def test_a_regional_story_does_not_say_the_nations_series() -> None:
    text = (
        "제주관광협회는 올해 1~10월 제주를 방문한 외국인 관광객이 207만명으로 집계됐다고 밝혔다.\n"
        "반면 내국인 관광객은 1098만명으로 작년보다 4.6% 줄었다."
    )
    lines, _ = end_to_end(text, "2026-11-20")
    assert not any("Domestic tourists" in x for x in lines), lines
    # twin: the nation's series from a national body is said
    said = _said("한국관광공사에 따르면 올해 1~10월 내국인 관광객은 1098만명으로 작년보다 4.6% 줄었다.", "10.98 million")
    assert said and said[0].startswith("Domestic tourists fell 4.6%") and "January-October" in said[0], said
    # a dateline's city is no region: a national release is still said
    said = _said("[세종=뉴시스] 통계청에 따르면 9월 출생아는 2만1800명으로 1년 전보다 6.1% 늘었다.", "21,800")
    assert said and said[0].startswith("Births rose 6.1%"), said


def test_person_nouns_are_counts_not_objects_of_an_action() -> None:
    for text in ("회사는 고객 3만2000명에게 보상금을 지급했다.", "해당 공장에서 일하는 직원 320명은 다른 공장으로 전환 배치한다."):
        lines, _ = end_to_end(text, "2026-11-20")
        assert not any(x.startswith(("Customers", "Employees", "Staff")) for x in lines), (text, lines)
    # twin: a count of a company's employees as the subject of a move is said
    said = _said("삼성전자의 직원 수는 12만명으로 1년 전보다 2% 늘었다.", "120,000")
    assert said and said[0] == "Samsung Electronics' employees rose 2% year on year to 120,000", said


def test_an_objects_view_is_no_level() -> None:
    lines, _ = end_to_end("업계는 적정 손해율을 80% 안팎으로 본다.", "2026-11-20")
    assert not any("loss ratio" in x for x in lines), lines
    # twin: an insurer's loss ratio reported as its subject is said
    said = _said("삼성화재의 3분기 손해율은 80%로 1년 전보다 2%포인트 올랐다.", "80%")
    assert said and said[0].startswith("Samsung Fire & Marine Insurance's loss ratio rose 2 percentage points"), said


def test_the_rows_are_typed_and_their_owners_english() -> None:
    rows = {n.ko: n for n in nouns.nouns()}
    assert rows["이자이익"].owners == frozenset({"bank", "company"})
    assert "none" not in rows["재고"].owners  # a company's inventories need a company
    assert rows["출생아"].kinds == frozenset({"count"}) and "none" in rows["출생아"].owners
    owners = dict(nouns._owners())
    assert owners["대형마트 3사"] == "the three big hypermarket chains"
    assert owners["5대 은행"] == "the five major banks"
    assert all(not any("\uac00" <= ch <= "\ud7a3" for ch in en) for en in owners.values())


def test_a_present_tense_verb_of_change_is_a_plan_not_a_level() -> None:
    # "…로 줄어든다", "…인상된다", "…로 오른다": what will be, never said as what was ("The base taxi fare was ₩4,800")
    for text in (
        "대형마트 3사 점포 수는 올해 말 390개로 줄어든다.",
        "택시 기본요금은 다음 달부터 4800원으로 오른다.",
        "전기요금은 다음 달부터 kWh당 9.7원 인상된다.",
    ):
        lines, _ = end_to_end(text, "2026-11-20")
        assert not any(" was " in x or " were " in x or " rose " in x or " fell " in x for x in lines), (text, lines)
    # the past, and a stative present ("…에 달한다"), still state the figure
    said = _said("대형마트 3사 점포 수는 10월 말 395개로 1년 전보다 5개 줄었다.", "395")
    assert said and said[0].startswith("The three big hypermarket chains' stores fell 5"), said
    said = _said("고용노동부에 따르면 올해 1~9월 체불임금은 1조5000억원에 달한다.", "₩1.5 trillion")
    assert said and said[0].startswith("Unpaid wages were ₩1.5 trillion in January-September"), said
