"""Bans, probes and fines on described parties (briefings/facts/rules_probes.py): every argument checked, or no line.

The sentences are written for these tests in the general style of Korean news.
"""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english


def english_of(text: str, title: str = "") -> list[str]:
    """The headline then the lines, for an article whose title is ``title`` (the first line of its text)."""
    full = f"{title}\n\n{text}" if title else text
    analysis = analyse(full)
    figures = extract_figures(full, analysis.sentences, "2025-01-28")
    article = Article(id="r", path="r.txt", title=title, text=full, date="2025-01-28")
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, (), (), events)
    return ([result.headline.text] if result.headline else []) + [line.text for line in result.lines]


RAID = (
    "서울중앙지검 반부패수사부(부장검사 홍길동)는 23일 카카오 본사와 판교 사무실 등 4곳에 수사관을 보내 "
    "압수수색을 벌였다. 검찰은 카카오 일부 임원이 신사업 발표 전에 주식을 사들여 약 50억원의 부당이득을 챙긴 "
    '것으로 보고 있다. 이 회사는 "당국의 수사에 성실히 협조하겠다"고 밝혔다.'
)


def test_a_raid_with_its_agency_site_topic_and_alleged_sum() -> None:
    lines = english_of(RAID, title="검찰, '시세조종 의혹' 카카오 본사 압수수색")
    assert lines[0] == (
        "The Seoul Central District Prosecutors' Office raided Kakao's headquarters and other sites on"
        " 23 January 2025 over suspected stock-price manipulation, with alleged illegal gains of about ₩5 billion"
    )
    assert "Kakao said it would cooperate with the investigation." in lines


def test_a_raid_not_named_by_the_title_says_no_topic_of_it() -> None:
    lines = english_of(RAID, title="카카오 주가 하락")
    assert not any("manipulation" in x for x in lines)
    assert any(x.startswith("The Seoul Central District Prosecutors' Office raided Kakao's") for x in lines)


@pytest.mark.parametrize(
    "text",
    [
        "압수수색 소식이 전해지자 카카오 주가는 장중 약세를 보였다.",  # the trigger modifies a noun: no raid
        "검찰은 카카오 임원 자택을 압수수색했다.",  # people of the company are raided, not the company
        "검찰은 카카오 본사를 압수수색할 방침이다.",  # a plan, not done
        "검찰이 카카오 본사를 압수수색한 것으로 알려졌다.",  # a report of it: not said as done
        "카카오 본사는 지난해 압수수색을 받았다.",  # no agency opens the sentence
    ],
)
def test_no_raid_without_its_arguments_or_done_verb(text: str) -> None:
    # a reported raid may be said as a report ("Reportedly, prosecutors raided ..."), never as done
    assert not any(" raided " in x and not x.startswith("Reportedly") for x in english_of(text))


def test_a_referral_decided_is_said_as_to_come() -> None:
    lines = english_of("공정거래위원회는 네이버 법인을 검찰에 고발하기로 했다.")
    assert lines == ["The Korea Fair Trade Commission will refer Naver to prosecutors"]


BAN = (
    "금융위원회가 온라인에서 미성년자에게 고위험 파생결합증권(DLS)을 판매하는 것을 금지한다. "
    "금융위는 이런 내용의 개정안을 27일 입법예고했다. "
    "개정안은 규제 심사를 거쳐 내년 3월 1일부터 시행된다. "
    "금지를 어긴 회사에는 관련 매출액의 최대 30%까지 과징금이 부과된다."
)


def test_a_ban_with_whom_where_from_when_and_its_penalty_cap() -> None:
    lines = english_of(BAN, title='금융위 "미성년자에 고위험 DLS 판매 금지"')
    assert lines[0] == (
        "The Financial Services Commission will ban the sale of high-risk derivative-linked securities (DLS)"
        " to minors online from 1 March 2026"
    )
    assert lines[1:] == [
        "The Financial Services Commission published the draft amendment for public comment on 27 January 2025.",
        "Violators face fines of up to 30% of the related revenue.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # to whom it may not be sold is a phrase of no rows: dropping it would widen the ban
        "금융위원회가 온라인에서 외국인 투자자에게 고위험 파생결합증권(DLS)을 판매하는 것을 금지한다.",
        # a noun before the product that is no row: a part of its name unread
        "금융위원회가 온라인에서 미성년자에게 해외 파생결합증권(DLS)을 판매하는 것을 금지한다.",
        # where it may not be sold is unread
        "금융위원회가 대면 창구에서 미성년자에게 고위험 파생결합증권(DLS)을 판매하는 것을 금지한다.",
        # a ban only considered
        "금융위원회가 미성년자에게 고위험 파생결합증권(DLS)을 판매하는 것을 금지할지 검토하고 있다.",
    ],
)
def test_no_ban_when_an_argument_is_unread(text: str) -> None:
    assert not any(" ban " in x or " banned " in x for x in english_of(text))


def test_a_fine_on_described_foreign_parties_names_the_home_regulator_and_the_record() -> None:
    text = (
        "증권선물위원회가 불법 공매도를 한 외국계 투자은행(IB) 3곳에 과징금 120억원을 부과했다. "
        "공매도 과징금 제도가 도입된 이후 가장 큰 규모다."
    )
    lines = english_of(text)
    assert lines[0] == (
        "South Korea's Securities and Futures Commission fined three foreign investment banks a record"
        " ₩12 billion for illegal short selling"
    )


def test_a_fine_the_largest_only_since_another_sum_is_no_record() -> None:
    text = (
        "증권선물위원회가 불법 공매도를 한 외국계 투자은행(IB) 3곳에 과징금 120억원을 부과했다. "
        "지난해 부과한 150억원 이후 최대 규모다."
    )
    lines = english_of(text)
    assert lines[0].startswith("South Korea's Securities and Futures Commission fined three foreign investment banks")
    assert "record" not in lines[0]


def test_a_fine_on_listed_parties_is_told_by_the_description_of_as_many() -> None:
    text = (
        "가격을 담합한 국내 제약사 3곳이 과징금을 물게 됐다. "
        "공정거래위원회는 가나제약·다라제약·마바제약의 부당한 공동행위를 적발해 과징금 총 90억원을 부과했다."
    )
    lines = english_of(text)
    assert lines[0] == (
        "The Korea Fair Trade Commission fined three domestic drugmakers a total of ₩9 billion for collusion"
    )
    # no description of as many parties: the fine is said without them
    lines = english_of(text.split(". ", 1)[1])
    assert lines[0] == "The Korea Fair Trade Commission imposed a total of ₩9 billion in fines for collusion"


def test_a_fine_on_named_parties_is_a_record_when_the_text_says_so() -> None:
    lines = english_of("공정거래위원회는 구글에 과징금 150억원을 부과했다. 역대 최대 규모다.")
    assert lines[0] == "The Korea Fair Trade Commission fined Google a record ₩15 billion"
    lines = english_of("공정거래위원회는 구글에 과징금 150억원을 부과했다. 2019년 부과한 200억원 이후 최대 규모다.")
    assert "record" not in lines[0]


def test_a_probe_of_a_past_month_is_background() -> None:
    assert not any("refer" in x for x in english_of("금융감독원은 지난 9월 셀트리온 법인을 검찰에 고발했다."))
    assert english_of("금융감독원은 셀트리온 법인을 검찰에 고발했다.") == [
        "The Financial Supervisory Service referred Celltrion to prosecutors"
    ]


def test_an_investigation_opened_and_an_indictment() -> None:
    assert english_of("금융감독원은 셀트리온에 대한 조사에 착수했다.") == [
        "The Financial Supervisory Service opened an investigation into Celltrion"
    ]
    # told by the trigger lexicon too ("is investigating"): the line that says it was opened is kept, once
    assert len(english_of("금융감독원은 셀트리온에 대한 조사에 착수했다.")) == 1
    assert english_of("서울중앙지검은 두산 법인을 횡령 혐의로 기소했다.") == [
        "The Seoul Central District Prosecutors' Office indicted Doosan over suspected embezzlement"
    ]


def test_two_companies_raided_together_are_named_without_a_site() -> None:
    lines = english_of("서울중앙지검은 네이버와 카카오 본사를 압수수색했다.")
    assert lines == ["The Seoul Central District Prosecutors' Office raided Naver and Kakao"]


def test_a_probe_the_title_names_leads_over_a_share_move() -> None:
    text = (
        "서울중앙지검은 23일 한미반도체 본사를 압수수색했다. 이날 한미반도체 주가는 5.2% 하락한 9만원에 거래를 마쳤다."
    )
    lines = english_of(text, title="검찰, 한미반도체 압수수색…주가 5%대 하락")
    assert lines[0] == (
        "The Seoul Central District Prosecutors' Office raided Hanmi Semiconductor's headquarters on 23 January 2025"
    )


def test_an_on_site_inspection_is_a_raid_of_the_site() -> None:
    assert english_of("공정거래위원회는 25일 쿠팡 본사에 조사관을 보내 현장조사를 벌였다.") == [
        "The Korea Fair Trade Commission raided Coupang's headquarters on 25 January 2025"
    ]


def test_a_company_named_for_its_conduct_is_not_the_site() -> None:
    lines = english_of("금융감독원은 카카오의 시세조종 혐의와 관련해 카카오 본사를 압수수색했다.")
    assert lines == [
        "The Financial Supervisory Service raided Kakao's headquarters over suspected stock-price manipulation"
    ]


def test_a_ban_s_start_written_right_before_its_trigger() -> None:
    lines = english_of("환경부는 편의점에서 일회용 플라스틱 컵 사용을 내년 1월부터 금지한다.")
    assert lines == [
        "The Ministry of Environment will ban the use of single-use plastic cups at convenience stores"
        " from January 2026"
    ]


def test_one_raid_told_twice_by_two_names_of_the_agency_is_one_line() -> None:
    text = (
        "서울중앙지검은 23일 카카오 본사를 압수수색했다. 검찰은 이날 카카오 본사에서 회계 자료를 확보했다. "
        "검찰은 카카오 본사를 압수수색했다."
    )
    lines = english_of(text)
    assert sum(" raided " in x for x in lines) == 1, lines


def test_a_company_s_cooperation_with_something_else_is_no_answer_to_the_probe() -> None:
    text = '서울중앙지검은 23일 카카오 본사를 압수수색했다. 이 회사는 "정부 정책에 적극 협조하겠다"고 밝혔다.'
    assert not any("cooperate" in x for x in english_of(text))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "금융감독원은 셀트리온을 검찰에 수사 의뢰했다.",
            "The Financial Supervisory Service asked prosecutors to investigate Celltrion",
        ),
        (
            "금융감독원은 셀트리온을 검찰에 수사를 의뢰하기로 했다.",
            "The Financial Supervisory Service will ask prosecutors to investigate Celltrion",
        ),
        (
            "공정거래위원회는 셀트리온 법인을 경찰에 고발했다.",
            "The Korea Fair Trade Commission filed a complaint against Celltrion with the police",
        ),
    ],
)
def test_a_referral_names_whom_it_goes_to(text: str, line: str) -> None:
    assert english_of(text) == [line]


def test_what_a_raid_took_is_said_when_every_item_is_read() -> None:
    raid = "서울중앙지검은 23일 카카오 본사를 압수수색했다. "
    lines = english_of(raid + "검찰은 이날 내부 문서와 전산 자료 등을 확보했다.")
    assert "Prosecutors seized internal documents, computer records and other materials." in lines
    lines = english_of(raid + "검찰은 이날 내부 문서와 임원 메모 등을 확보했다.")  # one item unread: no line
    assert not any("seized" in x for x in lines)


def test_a_fine_on_described_parties_split_by_the_letters_that_name_them() -> None:
    text = (
        "증권선물위원회가 불법 공매도를 한 외국계 투자은행(IB) 2곳에 과징금 120억원을 부과했다.\n\n"
        "증선위는 A사에 80억원, B사에 40억원의 과징금을 각각 부과했다."
    )
    assert "Firm A was fined ₩8 billion and firm B ₩4 billion." in english_of(text)
    # three letters for two parties: which is which is unsure, no split is said
    text = text.replace("B사에 40억원", "B사에 30억원, C사에 10억원")
    assert not any(x.startswith("Firm A") for x in english_of(text))


def test_a_record_of_something_else_in_the_fine_s_sentence_is_no_record_fine() -> None:
    from briefings.facts.rules_probes import fine_record

    text = "공정거래위원회는 역대 최대 매출을 올린 구글에 과징금 150억원을 부과했다."
    assert not fine_record(text, text.find("부과"))
    lines = english_of("공정거래위원회는 구글에 역대 최대 규모의 과징금 150억원을 부과했다.")
    assert lines[0] == "The Korea Fair Trade Commission fined Google a record ₩15 billion"
