"""Government, regulatory and incident notices (briefings/writing/notices.py): recalls, plant-halting incidents,
trade-remedy rulings and per-unit rate changes, each said with its figures and only when every argument is read."""

from __future__ import annotations

from briefings.analysis.nlp import analyse
from briefings.model import Article
from briefings.pipeline import brief_from_analysis
from tests.stages import briefed_english

_DATE = "2026-06-10"


def english_of(text: str, title: str = "") -> list[str]:
    return briefed_english(text, _DATE, title, "n")


def cited_of(text: str) -> list[tuple[str, list[str]]]:
    """Each English line (the headline first) with the surfaces of the figures it cites."""
    article = Article(id="n", path="n.txt", title="", text=text, date=_DATE)
    b = brief_from_analysis(article, analyse(text))
    head = [(b.headline_en, [b.figures[i].surface for i in b.headline_figures])] if b.headline_en else []
    return head + [(line.text, [b.figures[i].surface for i in line.figures]) for line in b.summary_en]


def test_a_recall_names_the_companies_counted_and_takes_the_exact_count_of_the_statement_after_it() -> None:
    text = (
        "기아와 현대자동차, 르노코리아 등 5개 업체가 수입·판매한 9개 차종 7만여대가 제작 결함으로 리콜된다. "
        "국토교통부는 이들 업체의 차량 7만315대에서 결함이 발견돼 리콜에 들어간다고 9일 밝혔다."
    )
    lines = english_of(text)
    said = [x for x in lines if "recall" in x]
    assert said and said[0].startswith("Five companies including Kia, Hyundai Motor")
    assert "will recall 70,315 vehicles of nine models for manufacturing defects" in said[0]
    assert said[0].endswith("said on 9 June 2026") or said[0].endswith("said on 9 June 2026.")
    assert not any("70,000" in x for x in lines)  # the lead's rounded count is not said beside the exact one


def test_a_recall_whose_list_of_makers_may_go_on_says_nothing_without_the_count_of_companies() -> None:
    text = "기아와 현대자동차, 한 수입차 업체가 판매한 차량 3만2000대가 리콜된다."
    assert not any("recall" in x for x in english_of(text))
    # twin: the list closed by its count of companies ("등 2개 업체") is said with its makers
    text = "기아와 현대자동차 등 2개 업체가 판매한 차량 3만2000대가 리콜된다."
    assert "Kia and Hyundai Motor will recall 32,000 vehicles" in english_of(text)


def test_a_fire_halting_a_plant_says_the_plant_where_its_place_is_known_and_the_workers_evacuated() -> None:
    text = (
        "포스코 포항제철소에서 불이 나 제철소 가동이 중단됐다. 소방당국은 원인을 조사하고 있다. "
        "불이 나자 직원 80여명이 긴급 대피했다."
    )
    lines = english_of(text)
    assert "A fire halted production at POSCO's Pohang steelworks; about 80 employees were evacuated." in [
        x if x.endswith(".") else x + "." for x in lines
    ]


def test_an_incident_with_no_halt_done_says_no_halt() -> None:
    text = "삼성전자 평택공장에서 불이 나 가동 중단 여부를 검토하고 있다."
    assert not any("halted" in x for x in english_of(text))
    # twin: the halt done ("가동이 중단됐다") is said with its plant
    text = "삼성전자 평택공장에서 불이 나 가동이 중단됐다."
    assert "A fire halted production at Samsung Electronics' Pyeongtaek plant" in english_of(text)


def test_a_trade_ruling_says_its_goods_and_the_rates_by_party_with_their_figures() -> None:
    text = (
        "미국 상무부가 한국산 냉연강판에 상계관세를 부과하기로 최종 판정했다. "
        "동국제강에는 3.21%, 현대제철에는 1.05%가 부과됐고, 나머지 업체에는 2.4%가 적용됐다."
    )
    said = cited_of(text)
    line = next((t, c) for t, c in said if "ruling" in t)
    assert line[0].rstrip(".") == (
        "The US Department of Commerce made a final ruling to impose countervailing duties on Korean cold-rolled "
        "steel, setting rates of 3.21% for Dongkuk Steel, 1.05% for Hyundai Steel and 2.4% for other producers"
    )
    assert line[1] == ["3.21%", "1.05%", "2.4%"]


def test_a_trade_ruling_on_goods_not_known_says_nothing() -> None:
    text = "미국 상무부가 한국산 특수합금봉에 반덤핑 관세를 부과하기로 예비 판정했다."
    assert not any("ruling" in x for x in english_of(text))
    # twin: the same ruling on goods with English is said
    text = "미국 상무부가 한국산 냉연강판에 반덤핑 관세를 부과하기로 예비 판정했다."
    said = (
        "The US Department of Commerce made a preliminary ruling to impose anti-dumping duties on Korean cold-rolled "
        "steel"
    )
    assert said in english_of(text)


def test_a_rate_change_per_unit_says_each_use_its_unit_and_the_day_it_starts() -> None:
    text = "한국가스공사가 다음 달 1일부터 주택용 가스요금을 메가줄(MJ)당 1.4원, 업무용 요금을 MJ당 2.1원 올린다."
    said = cited_of(text)
    line = next((t, c) for t, c in said if "per megajoule" in t)
    assert line[0].rstrip(".") == (
        "KOGAS will raise residential gas rates by ₩1.4 per megajoule and commercial rates by ₩2.1 per megajoule "
        "from 1 July 2026"
    )
    assert line[1] == ["다음 달 1일", "1.4원", "2.1원"]


def test_a_rate_per_unit_with_no_subject_says_nothing() -> None:
    text = "다음 달 1일부터 주택용 전기요금을 kWh당 3.2원 올린다."
    assert not any("per kWh" in x for x in english_of(text))
    # twin: with its subject the same change is said
    text = "한국전력이 다음 달 1일부터 주택용 전기요금을 kWh당 3.2원 올린다."
    assert "KEPCO will raise residential electricity rates by ₩3.2 per kWh from 1 July 2026" in english_of(text)


def test_banks_rate_changes_say_each_bank_its_product_and_the_shared_verb_of_a_list() -> None:
    text = (
        "신한은행은 다음 달 2일부터 정기예금 12종의 기본금리를 최대 0.3%포인트 내린다. "
        "KB국민은행은 적금 금리를 0.2%포인트, 하나은행은 신용대출 금리를 0.1%포인트 각각 인하한다."
    )
    lines = [t.rstrip(".") for t, _ in cited_of(text)]
    assert "Shinhan Bank will cut rates on its time deposits by up to 0.3 percentage points from 2 July 2026" in lines
    assert "KB Kookmin Bank will cut rates on its instalment savings by 0.2 percentage points" in lines
    assert "Hana Bank will cut rates on its unsecured loans by 0.1 percentage points" in lines


def test_the_central_banks_base_rate_and_a_quoted_product_make_no_banks_rate_line() -> None:
    text = "한국은행이 기준금리를 0.25%포인트 내린다. 우리은행은 '우리슈퍼예금' 금리를 0.1%포인트 내린다."
    assert not any("rates on its" in t for t, _ in cited_of(text))
    # twin: a product with an English word after the base rate cut is the bank's own rate line
    text = "한국은행이 기준금리를 0.25%포인트 내린다. 우리은행은 정기예금 금리를 0.1%포인트 내린다."
    lines = [t.rstrip(".") for t, _ in cited_of(text)]
    assert "Woori Bank will cut rates on its time deposits by 0.1 percentage points" in lines, lines


def test_a_housing_supply_plan_says_the_homes_the_place_and_the_year_they_are_due() -> None:
    text = "정부가 2030년까지 수도권에 주택 8만2000가구를 새로 공급하기로 했다. 국토교통부는 10일 이같이 발표했다."
    said = cited_of(text)
    line = next((t, c) for t, c in said if "homes" in t)
    assert (
        line[0].rstrip(".") == "The government plans to supply 82,000 new homes in the Seoul metropolitan area by 2030"
    )
    assert line[1] == ["2030년까지", "8만2000가구"]


def test_a_supply_plan_with_no_place_says_nothing() -> None:
    text = "정부가 2030년까지 주택 8만2000가구를 새로 공급하기로 했다."
    assert not any("homes" in t for t, _ in cited_of(text))
    # twin: the place written, the plan is said
    text = "정부가 2030년까지 수도권에 주택 8만2000가구를 새로 공급하기로 했다."
    said = "The government plans to supply 82,000 new homes in the Seoul metropolitan area by 2030"
    assert said in [t.rstrip(".") for t, _ in cited_of(text)]


def test_a_change_of_mandatory_closing_days_says_the_districts_the_days_and_the_start() -> None:
    text = (
        "마포구와 은평구는 대형마트의 의무휴업일을 매월 둘째·넷째 일요일에서 둘째·넷째 월요일로 바꾼다고 5일 밝혔다. "
        "변경된 휴업일은 다음 달 8일부터 적용된다."
    )
    said = cited_of(text)
    line = next((t, c) for t, c in said if "closing days" in t)
    assert line[0].rstrip(".") == (
        "Mapo-gu and Eunpyeong-gu will move the mandatory closing days of large marts from the second and fourth "
        "Sundays to the second and fourth Mondays of each month, starting 8 July 2026"
    )
    assert line[1] == ["다음 달 8일"]


def test_closing_days_with_no_start_say_nothing() -> None:
    text = (
        "마포구와 은평구는 대형마트의 의무휴업일을 매월 둘째·넷째 일요일에서 둘째·넷째 월요일로 바꾸는 방안을 검토한다."
    )
    assert not any("closing days" in t for t, _ in cited_of(text))
    # twin: the change decided and its start written is said
    text = (
        "마포구와 은평구는 대형마트의 의무휴업일을 매월 둘째·넷째 일요일에서 둘째·넷째 월요일로 바꾼다. "
        "변경된 휴업일은 다음 달 8일부터 적용된다."
    )
    said = [t for t, _ in cited_of(text) if "closing days" in t]
    assert said and said[0].startswith("Mapo-gu and Eunpyeong-gu will move the mandatory closing days"), said
    assert said[0].rstrip(".").endswith("starting 8 July 2026"), said


def test_an_executive_reshuffle_says_its_year_day_and_new_executives_of_the_whole() -> None:
    text = (
        "LG그룹은 9일 계열사의 2027년 정기 임원인사를 발표했다. 연구개발 부문 신규 임원은 30명이다. "
        "신규 선임 임원은 120명으로 작년보다 5명 줄었다."
    )
    said = cited_of(text)
    line = next((t, c) for t, c in said if "reshuffle" in t)
    assert line[0].rstrip(".") == (
        "LG Group announced its 2027 executive reshuffle on 9 June 2026, naming 120 new executives"
    )


def test_a_rate_the_text_gives_as_a_subject_takes_the_fee_of_the_rate_line_before_it() -> None:
    text = "한국전력이 다음 달 1일부터 주택용 전기요금을 kWh당 4.1원 올린다. 상가가 쓰는 일반용은 kWh당 6.3원 오른다."
    lines = [t.rstrip(".") for t, _ in cited_of(text)]
    assert "General-use electricity rates will rise ₩6.3 per kWh" in lines


def test_a_rate_given_as_a_subject_with_no_rate_line_before_it_says_nothing() -> None:
    text = "상가가 쓰는 일반용은 kWh당 6.3원 오른다."
    assert not any("per kWh" in t for t, _ in cited_of(text))
    # twin: after a rate line naming the fee, the same sentence is said
    text = "한국전력이 다음 달 1일부터 주택용 전기요금을 kWh당 4.1원 올린다. " + text
    assert "General-use electricity rates will rise ₩6.3 per kWh" in [t.rstrip(".") for t, _ in cited_of(text)]


def test_a_banks_rate_cut_in_another_clause_says_nothing() -> None:
    text = "하나은행은 금융당국이 예금 금리를 0.25%포인트 내리자 대응에 나섰다."
    assert not any("rates on its" in t for t, _ in cited_of(text))
    # twin: the bank's own cut in its own clause is said
    text = "하나은행은 다음 달 2일부터 예금 금리를 0.25%포인트 내린다."
    said = "Hana Bank will cut rates on its deposits by 0.25 percentage points from 2 July 2026"
    assert said in [t.rstrip(".") for t, _ in cited_of(text)]


def test_a_past_halt_told_aside_says_nothing_but_a_halt_done_does() -> None:
    past = "LG화학 여수공장에서 지난해 화재로 가동이 중단됐던 설비가 다시 돌아간다."
    assert not any("halted" in t for t, _ in cited_of(past))
    done = "LG화학 여수공장에서 화재로 가동이 중단됐다."
    assert any(t.startswith("A fire halted production at LG Chem's Yeosu plant") for t, _ in cited_of(done))


def test_a_background_sentence_makes_no_notice() -> None:
    text = "앞서 KB국민은행은 적금 금리를 0.2%포인트 인하했다."
    assert not any("rates on its" in t for t, _ in cited_of(text))
    # twin: the same cut without the background adverb 앞서 is the news
    text = "KB국민은행은 적금 금리를 0.2%포인트 인하했다."
    said = "KB Kookmin Bank cut rates on its instalment savings by 0.2 percentage points"
    assert said in [t.rstrip(".") for t, _ in cited_of(text)]


def test_a_base_rate_cut_of_the_same_size_as_a_banks_cut_is_still_said() -> None:
    text = "한국은행이 기준금리를 0.25%포인트 인하했다. 신한은행은 다음 달 2일부터 정기예금 금리를 0.25%포인트 내린다."
    lines = [t.rstrip(".") for t, _ in cited_of(text)]
    assert any("Shinhan Bank will cut rates on its time deposits by 0.25 percentage points" in t for t in lines)
    assert any("Bank of Korea" in t for t in lines)


def test_a_preliminary_ruling_says_when_its_agency_makes_the_final_one() -> None:
    text = (
        "미국 상무부가 한국산 열연강판에 반덤핑 관세를 부과하기로 예비 판정했다. "
        "포스코에는 4.2%가 부과됐다. 상무부는 내년 3월 최종 판정을 내릴 예정이다."
    )
    lines = [(t.rstrip("."), c) for t, c in cited_of(text)]
    assert any(t.endswith("setting rates of 4.2% for POSCO") for t, _ in lines)
    assert ("The US Department of Commerce is due to make a final ruling in March 2027", ["내년 3월"]) in lines


def test_a_final_ruling_date_of_another_agency_is_not_said() -> None:
    text = (
        "미국 상무부가 한국산 열연강판에 반덤핑 관세를 부과하기로 예비 판정했다. "
        "국제무역위원회는 내년 3월 최종 판정을 내릴 예정이다."
    )
    assert not any("final ruling" in t for t, _ in cited_of(text))
    # twin: the ruling agency's own final ruling date is said
    text = text.replace("국제무역위원회는", "상무부는")
    said = "The US Department of Commerce is due to make a final ruling in March 2027"
    assert said in [t.rstrip(".") for t, _ in cited_of(text)]
