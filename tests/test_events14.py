"""Acts said as a lead event (briefings/facts/acts.py, round 14): a court's ruling on a motion, a regulator's approval
of a product, a union's walkout, a company's wage talks, a draft rule put out for comment, passed or taking effect,
each from its actor, object and ending on sentences written for these tests; no line when an argument is missing or
the sentence denies, weighs or plans it."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event
from briefings.writing.english import brief_english

_DAY = "2026-12-01"


def _article(text: str, title: str = "") -> Article:
    return Article(id="e14", path="e14.txt", title=title, text=text, date=_DAY)


def acts_of(text: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    kinds = {"ruling", "approval", "labour", "rulemaking"}
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind in kinds]


def english_of(text: str, title: str = "") -> list[str]:
    """The headline, then the lines."""
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    article = _article(text, title)
    result = brief_english(article, analysis, figures, (), (), extract_events(article, analysis, figures))
    return [result.headline.text if result.headline else "", *result.lines]


# ---- court rulings --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "서울중앙지법 민사합의50부는 1일 영풍·MBK 측이 고려아연을 상대로 낸 주주총회 개최금지 가처분 신청을 기각했다.",
            "The Seoul Central District Court rejected Young Poong's and MBK Partners' request for an injunction to"
            " block Korea Zinc's shareholders' meeting on 1 December 2026",
        ),
        (
            "영풍과 MBK파트너스가 고려아연의 임시 주주총회 개최를 막아달라며 낸 가처분 신청이 법원에서 기각됐다.",
            "A court rejected Young Poong's and MBK Partners' request for an injunction to block Korea Zinc's"
            " extraordinary shareholders' meeting",
        ),
        (
            "서울남부지법은 30일 삼성전자가 LG전자를 상대로 제기한 가처분 신청을 인용했다.",
            "The Seoul Southern District Court granted Samsung Electronics' request for an injunction against LG"
            " Electronics on 30 November 2026",
        ),
        (
            "카카오가 제기한 신주발행금지 가처분 신청이 서울중앙지법에서 기각됐다.",
            "The Seoul Central District Court rejected Kakao's request for an injunction to block the issue of new"
            " shares",
        ),
        (
            "대법원은 30일 삼성전자의 상고를 기각했다.",
            "The Supreme Court of Korea rejected Samsung Electronics' appeal on 30 November 2026",
        ),
        (
            "영풍이 고려아연을 상대로 낸 가처분 신청을 서울중앙지법이 1일 기각했다.",
            "The Seoul Central District Court rejected Young Poong's request for an injunction against Korea Zinc on 1"
            " December 2026",
        ),
        ("삼성전자가 낸 가처분 신청이 법원에서 받아들여졌다.", "A court granted Samsung Electronics' request for an injunction"),
        ("법원이 영풍의 가처분 신청을 받아들였다.", "A court granted Young Poong's request for an injunction"),
        (
            "서울중앙지법은 1일 카카오가 낸 가처분 신청에 대해 기각 결정을 내렸다.",
            "The Seoul Central District Court rejected Kakao's request for an injunction on 1 December 2026",
        ),
        (
            "서울고법 민사1부는 LG화학이 SK이노베이션을 상대로 낸 항소를 기각했다.",
            "The Seoul High Court rejected LG Chem's appeal in its case against SK Innovation",
        ),
    ],
)
def test_a_ruling_names_the_court_the_applicant_and_what_the_injunction_would_stop(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "ruling" and event.detail == line
    assert english_of(text)[0] == line


def test_a_passive_ruling_is_told_by_the_dated_retelling_that_names_the_court() -> None:
    text = (
        "영풍과 MBK파트너스가 고려아연의 임시 주주총회 개최를 막아달라며 낸 가처분 신청이 법원에서 기각됐다. "
        "고려아연은 예정대로 임시주총을 연다. "
        "서울중앙지법 민사합의50부는 1일 영풍·MBK 측이 고려아연을 상대로 낸 주주총회 개최금지 가처분 신청을 기각했다."
    )
    (event,) = acts_of(text)
    assert event.detail is not None
    assert event.detail.startswith("The Seoul Central District Court rejected Young Poong's")
    assert event.detail.endswith("on 1 December 2026")


@pytest.mark.parametrize(
    "text",
    [
        "쿠팡이 낸 가처분 신청이 기각될 경우 영업이 중단된다.",  # a condition
        "법원은 소액주주들이 낸 가처분 신청을 기각했다.",  # no named applicant nor target
        "법원이 영풍의 가처분 신청을 기각했다는 보도가 나왔다.",  # a report of a ruling
        "영풍은 법원이 가처분 신청을 기각하면 항고하겠다고 밝혔다.",  # a condition
        "서울중앙지법은 영풍의 가처분 신청을 기각하지 않았다.",  # a negation
        "대법원은 지난 2023년 삼성전자의 상고를 기각했다.",  # of another year, told undated
    ],
)
def test_no_ruling_is_said_from_a_condition_a_report_or_a_motion_without_its_parties(text: str) -> None:
    assert not acts_of(text)


# ---- approvals ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "HLB(028300)의 간암 신약 '리보세라닙'이 세 번째 도전 끝에 미국 식품의약국(FDA)의 품목허가를 받았다.",
            "The US Food and Drug Administration approved HLB's new liver cancer drug",
        ),
        (
            "HLB가 25일 간암 신약 '리보세라닙'의 미국 식품의약국(FDA) 허가를 받으면서 주가가 상한가로 치솟았다.",
            "The US Food and Drug Administration approved HLB's new liver cancer drug on 25 November 2026",
        ),
        (
            "식약처는 30일 종근당이 개발한 당뇨병 신약 '듀비에'를 허가했다고 밝혔다.",
            "South Korea's Ministry of Food and Drug Safety approved Chong Kun Dang's new diabetes drug on 30 November"
            " 2026",
        ),
        (
            "유한양행의 폐암 신약 '렉라자'가 중국 국가약품감독관리국(NMPA)의 조건부 허가를 획득했다.",
            "China's National Medical Products Administration granted conditional approval to Yuhan's new lung cancer"
            " drug",
        ),
        (
            "셀트리온은 유럽의약품청(EMA)으로부터 자가면역질환 치료제 '옴리클로'의 판매 허가를 받았다고 1일 밝혔다.",
            "The European Medicines Agency approved Celltrion's autoimmune disease treatment for sale",
        ),
        ("삼성바이오에피스의 바이오시밀러가 FDA 승인을 받았다.", "The US Food and Drug Administration approved Samsung Bioepis' biosimilar"),
        (
            "대웅제약은 자사의 비만치료제가 식약처로부터 품목허가를 받았다고 1일 밝혔다.",
            "South Korea's Ministry of Food and Drug Safety approved Daewoong Pharmaceutical's obesity treatment",
        ),
        (
            "셀트리온은 미국 FDA로부터 자가면역질환 치료제에 대한 품목허가를 획득했다고 밝혔다.",
            "The US Food and Drug Administration approved Celltrion's autoimmune disease treatment",
        ),
    ],
)
def test_an_approval_says_the_regulator_and_the_owner_s_product(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "approval" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "HLB의 간암 신약이 FDA 허가를 받지 못했다.",  # a negation
        "HLB는 FDA의 품목허가를 받을 것으로 기대하고 있다.",  # an expectation
        "앞서 유한양행의 폐암 신약이 FDA 승인을 받았다.",  # undated background
        "셀트리온이 FDA 승인을 받았다.",  # no product said
        "HLB의 신약 후보물질이 FDA 품목허가를 신청했다.",  # an application, no approval
        "대웅제약의 보툴리눔 톡신이 FDA 승인을 받았다.",  # a product noun the data lacks
        "HLB의 간암 신약이 임상에서 효과를 보였고, 셀트리온이 FDA 승인을 받았다.",  # the product of another clause
        "HLB의 간암 신약이 FDA 승인을 받았다고 일부 언론이 보도했다.",  # a media report
        "HLB의 간암 신약은 2024년 FDA 품목허가를 받았다.",  # of another year
    ],
)
def test_no_approval_is_said_without_a_product_the_data_names_or_when_none_was_won(text: str) -> None:
    assert not acts_of(text)


# ---- walkouts -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("서울 시내버스 노조가 30일 첫차부터 파업에 들어갔다.", "The Seoul city bus union went on strike on 30 November 2026"),
        ("기아 노조가 1일 부분파업에 돌입했다.", "Kia's union began partial strikes on 1 December 2026"),
        ("부산 지하철 노조는 이날 오전 총파업에 들어갔다.", "The Busan subway union began a general strike"),
        ("현대차 노조는 30일 파업을 중단했다.", "Hyundai Motor's union called off its strike on 30 November 2026"),
    ],
)
def test_a_walkout_names_its_union_from_a_company_or_a_region_and_an_industry(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "labour" and event.detail == line


def test_a_bus_strike_is_the_headline() -> None:
    text = (
        "서울 시내버스 노조가 30일 첫차부터 파업에 들어갔다. 노사는 밤샘 협상에도 임금 인상률을 놓고 접점을 찾지 "
        "못했다."
    )
    assert english_of(text, "서울 시내버스 파업 돌입")[0] == "The Seoul city bus union went on strike on 30 November 2026"


@pytest.mark.parametrize(
    "text",
    [
        "서울 시내버스 노조가 협상이 결렬되면 30일 파업에 들어갈 예정이다.",  # a plan on a condition
        "서울 시내버스 노조가 협상이 결렬되면 파업에 들어간다.",  # a condition
        "노조가 30일 파업에 들어갔다.",  # no union named
        "서울 노조가 30일 파업에 들어갔다.",  # a region without an industry
        "기아 노조는 지난해 9월 파업에 들어갔다.",  # of another year
    ],
)
def test_no_walkout_is_said_on_a_condition_or_when_its_union_is_not_named(text: str) -> None:
    assert not acts_of(text)


# ---- draft rules ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "금융위원회는 이 같은 내용을 담은 '디지털자산기본법 시행령' 제정안을 27일부터 내년 1월 8일까지 입법예고한다고 밝혔다.",
            "The Financial Services Commission will put out a draft enforcement decree of the Digital Asset Basic Act"
            " for public comment from 27 November 2026 to 8 January 2027",
        ),
        (
            "금융위는 '금융소비자 보호에 관한 법률 시행령' 개정안을 24일 입법예고했다고 밝혔다.",
            "The Financial Services Commission put out a draft amendment to the enforcement decree of the Financial"
            " Consumer Protection Act for public comment on 24 November 2026",
        ),
        (
            "고용노동부는 근로기준법 개정안을 입법예고했다.",
            "The Ministry of Employment and Labor put out a draft amendment to the Labor Standards Act for public"
            " comment",
        ),
        (
            "금융위원회는 이런 내용의 자본시장법 시행령 개정안을 마련해 2일부터 입법예고한다고 밝혔다.",
            "The Financial Services Commission will put out a draft amendment to the enforcement decree of the Capital"
            " Markets Act for public comment",
        ),
    ],
)
def test_a_draft_rule_names_its_law_and_the_comment_period(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "rulemaking" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "금융위는 반도체특별법 개정안을 입법예고했다.",  # a law the data lacks
        "금융위는 자본시장법 개정안을 입법예고할지 검토하고 있다.",  # weighed, not done
        "자본시장법 개정안을 입법예고했다.",  # no institution named
    ],
)
def test_no_draft_rule_is_said_without_its_law_or_its_institution(text: str) -> None:
    assert not acts_of(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "서울중앙지법 민사합의30부는 1일 삼성전자가 LG전자를 상대로 낸 특허침해 소송에서 원고 승소 판결했다.",
            "The Seoul Central District Court ruled in favour of Samsung Electronics in its patent infringement suit"
            " against LG Electronics on 1 December 2026",
        ),
        (
            "서울고법은 카카오가 공정거래위원회를 상대로 낸 행정소송에서 원고 일부 승소로 판결했다.",
            "The Seoul High Court ruled partly in favour of Kakao in its administrative suit against the Korea Fair"
            " Trade Commission",
        ),
        (
            "대법원은 30일 쿠팡이 제기한 손해배상 청구 소송에서 원고 패소 판결을 내렸다.",
            "The Supreme Court of Korea ruled against Coupang in its damages suit on 30 November 2026",
        ),
    ],
)
def test_a_judgment_says_whom_it_favours(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "ruling" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자가 낸 소송에서 원고 승소 판결이 나올 경우 파장이 예상된다.",  # a condition
        "서울중앙지법은 노조원들이 현대차를 상대로 낸 통상임금 소송에서 원고 승소 판결했다.",  # plaintiffs not named
    ],
)
def test_no_judgment_is_said_without_a_named_plaintiff_or_when_it_is_to_come(text: str) -> None:
    assert not acts_of(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "상법 개정안이 1일 국회 본회의를 통과했다.",
            "The National Assembly passed an amendment to the Commercial Act on 1 December 2026",
        ),
        (
            "정부는 30일 국무회의에서 근로기준법 시행령 개정안을 의결했다.",
            "The Cabinet approved an amendment to the enforcement decree of the Labor Standards Act on 30 November"
            " 2026",
        ),
        (
            "국회는 1일 본회의를 열고 자본시장법 개정안을 통과시켰다.",
            "The National Assembly passed an amendment to the Capital Markets Act on 1 December 2026",
        ),
        ("디지털자산기본법 제정안이 국회 본회의에서 가결됐다.", "The National Assembly passed the Digital Asset Basic Act"),
    ],
)
def test_a_passed_draft_names_the_body_and_its_law(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "rulemaking" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "상법 개정안이 국회 본회의를 통과하면 지배구조가 바뀐다.",  # a condition
        "상법 개정안이 국회 본회의를 통과할 전망이다.",  # an expectation
        "반도체특별법 개정안이 국회 본회의를 통과했다.",  # a law the data lacks
    ],
)
def test_no_passage_is_said_when_it_is_to_come_or_its_law_is_unknown(text: str) -> None:
    assert not acts_of(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("현대차 노사가 1일 임금협상을 타결했다.", "Hyundai Motor's management and union reached a wage deal on 1 December 2026"),
        ("기아 노사는 임금협상에 잠정 합의했다.", "Kia's management and union reached a tentative wage deal"),
        ("기아 노사의 임금협상이 결렬됐다.", "Wage talks between Kia's management and union broke down"),
    ],
)
def test_wage_talks_name_the_company_s_management_and_union(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "labour" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "현대차 노조는 임금협상이 결렬됐다고 밝혔다.",  # no parties named
        "현대차 노사가 임금협상을 타결하면 파업은 끝난다.",  # a condition
        "노사는 1일 임금협상을 타결했다.",  # no company
    ],
)
def test_no_wage_talks_are_said_without_the_company_s_parties(text: str) -> None:
    assert not acts_of(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("상법 개정안은 내년 4월 1일부터 시행된다.", "The amended Commercial Act will take effect on 1 April 2027"),
        ("디지털자산기본법은 내년 3월 1일 시행될 예정이다.", "The Digital Asset Basic Act will take effect on 1 March 2027"),
        (
            "개정 근로기준법 시행령은 1일부터 시행됐다.",
            "The amended enforcement decree of the Labor Standards Act took effect on 1 December 2026",
        ),
    ],
)
def test_a_law_taking_effect_names_the_law_and_its_day(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.kind == "rulemaking" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "상법 개정안이 통과되면 내년 4월 1일부터 시행된다.",  # a condition
        "개정안은 내년 4월 1일부터 시행된다.",  # no law named
        "상법 개정안은 내년 상반기 시행될 예정이다.",  # no day
    ],
)
def test_no_effect_is_said_without_the_law_or_its_day(text: str) -> None:
    assert not acts_of(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("서울 지하철 노조는 2일부터 총파업에 돌입할 예정이다.", "The Seoul subway union plans to stage a general strike"),
        ("현대차 노조는 3일 부분파업에 들어가기로 했다.", "Hyundai Motor's union plans to stage partial strikes"),
        ("부산 시내버스 노조는 파업에 돌입한다고 밝혔다.", "The Busan city bus union plans to stage a strike"),
    ],
)
def test_a_planned_strike_is_said_as_a_plan_without_its_day(text: str, line: str) -> None:
    (event,) = acts_of(text)
    assert event.action == "strike_planned" and event.detail == line


@pytest.mark.parametrize(
    "text",
    [
        "철도노조는 협상이 결렬되면 파업에 돌입한다.",  # a condition
        "철도노조는 요구가 받아들여지지 않을 경우 총파업에 들어갈 계획이다.",  # a condition
        "노조는 2일부터 총파업에 돌입할 예정이다.",  # no union named
    ],
)
def test_no_planned_strike_is_said_on_a_condition_or_without_its_union(text: str) -> None:
    assert not acts_of(text)
