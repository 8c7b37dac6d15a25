"""A lead event that is no figure (briefings/facts/decisions.py, round 13): a court approving or rejecting, a government
tightening, easing or introducing a rule, a company absorbing, merging with or selling another, each said from its
actor, object and ending on sentences written for these tests; no line when an argument is missing or the sentence
denies, weighs or tells it as background."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event
from briefings.writing.english import brief_english

_DAY = "2026-11-26"


def _article(text: str, title: str = "") -> Article:
    return Article(id="e13", path="e13.txt", title=title, text=text, date=_DAY)


def decisions_of(text: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == "decision"]


def headline_of(text: str, title: str = "") -> str | None:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    article = _article(text, title)
    result = brief_english(article, analysis, figures, (), (), extract_events(article, analysis, figures))
    return result.headline.text if result.headline else None


@pytest.mark.parametrize(
    ("text", "who", "detail"),
    [
        ("서울회생법원이 홈플러스의 회생계획안을 인가했다.", "Seoul Bankruptcy Court", " approved Homeplus' rehabilitation plan"),
        (
            "서울회생법원은 4일 위메프가 제출한 회생계획안을 인가했다.",
            "Seoul Bankruptcy Court",
            " approved WeMakePrice's rehabilitation plan on 4 November 2026",
        ),
        (
            "서울회생법원 회생2부(재판장 김철수 부장판사)는 위메프의 회생계획안을 인가했다.",
            "Seoul Bankruptcy Court",
            " approved WeMakePrice's rehabilitation plan",
        ),
        (
            "공정거래위원회는 대한항공과 아시아나항공의 기업결합을 승인했다.",
            "Korea Fair Trade Commission",
            " approved Korean Air's and Asiana Airlines' merger",
        ),
    ],
)
def test_an_approval_names_whose_plan_it_is(text: str, who: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action == "approve" and event.who == (who,) and event.detail == detail


def test_a_court_that_approves_a_company_s_plan_is_the_subject_not_the_company_that_filed_it() -> None:
    (event,) = decisions_of("서울회생법원은 26일 홈플러스가 제출한 회생계획안을 인가했다.")
    assert event.who == ("Seoul Bankruptcy Court",)
    assert headline_of("서울회생법원은 26일 홈플러스가 제출한 회생계획안을 인가했다.") == (
        "The Seoul Bankruptcy Court approved Homeplus' rehabilitation plan on 26 November 2026"
    )


@pytest.mark.parametrize(
    ("text", "who", "detail"),
    [
        (
            "서울중앙지방법원 민사합의21부는 쿠팡의 가처분 신청을 기각했다.",
            "Seoul Central District Court",
            " rejected Coupang's request for an injunction",
        ),
        ("대법원은 삼성전자의 상고를 기각했다.", "Supreme Court of Korea", " rejected Samsung Electronics' appeal"),
    ],
)
def test_a_rejection_names_whose_motion_it_is(text: str, who: str, detail: str) -> None:
    # a ruling on a motion is told by briefings/facts/acts.py (round 14), its court said in the line
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    (event,) = [e for e in extract_events(_article(text), analysis, figures) if e.kind in {"decision", "ruling"}]
    assert event.who == (who,) and (event.detail or "").endswith(detail)


_HOMEPLUS_APPROVED = (
    "서울회생법원이 홈플러스의 회생계획안을 인가했다.",
    ("Seoul Bankruptcy Court",),
    " approved Homeplus' rehabilitation plan",
)


@pytest.mark.parametrize(
    ("text", "twin", "who", "detail"),
    [  # beside each sentence that says no approval, a close one (twin) that says it
        ("법원은 회생계획안을 인가했다.", *_HOMEPLUS_APPROVED),  # whose plan: not written
        (  # denied
            "공정거래위원회가 대한항공의 기업결합을 승인하지 않았다.",
            "공정거래위원회가 대한항공의 기업결합을 승인했다.",
            ("Korea Fair Trade Commission",),
            " approved Korean Air's merger",
        ),
        ("서울회생법원이 홈플러스의 회생계획안을 인가할지 주목된다.", *_HOMEPLUS_APPROVED),  # weighed
        ("법원이 홈플러스의 회생계획안을 인가했다.", *_HOMEPLUS_APPROVED),  # a court the gazetteer cannot name
    ],
)
def test_no_approval_without_its_owner_or_when_denied_or_weighed(
    text: str, twin: str, who: tuple[str, ...], detail: str
) -> None:
    assert [e for e in decisions_of(text) if e.action in {"approve", "reject"}] == []
    (event,) = decisions_of(twin)
    assert event.action == "approve" and event.who == who and event.detail == detail


@pytest.mark.parametrize(
    ("text", "action", "detail"),
    [
        (
            "미국 정부가 삼성전자와 SK하이닉스의 중국 공장에 대한 반도체 장비 반입 규제를 강화했다.",
            "tighten",
            " tightened curbs on chip equipment shipments to Samsung Electronics' and SK hynix's plants in China",
        ),
        ("미국 정부가 중국에 대한 반도체 수출통제를 강화했다.", "tighten", " tightened chip export controls on China"),
        ("금융위원회는 가계대출 규제를 강화하기로 했다.", "tighten", " will tighten curbs on household lending"),
        ("금융위원회는 주택담보대출 규제를 완화한다.", "ease", " will ease curbs on mortgage lending"),
        ("중국 정부가 희토류 수출통제를 한층 강화하기로 했다.", "tighten", " will tighten rare-earth export controls"),
    ],
)
def test_a_rule_tightened_or_eased_says_what_it_covers(text: str, action: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action == action and event.detail == detail


@pytest.mark.parametrize(
    ("text", "twin", "detail"),
    [  # beside each sentence that says no rule line, a close one (twin) that says it
        (  # curbs on what: not written
            "미국 정부는 규제를 강화했다.",
            "미국 정부는 중국에 대한 수출통제를 강화했다.",
            " tightened export controls on China",
        ),
        (  # weighed
            "중국 정부가 희토류 수출 규제를 강화할지 주목된다.",
            "중국 정부가 희토류 수출 규제를 강화했다.",
            " tightened rare-earth export controls",
        ),
        (  # background, undated
            "앞서 미국 정부는 중국에 대한 수출통제를 강화한 바 있다.",
            "미국 정부는 중국에 대한 수출통제를 강화했다.",
            " tightened export controls on China",
        ),
        (  # denied
            "미국 정부가 수출통제를 강화했다는 보도를 부인했다.",
            "미국 정부가 중국에 대한 반도체 수출통제를 강화했다.",
            " tightened chip export controls on China",
        ),
    ],
)
def test_no_rule_line_without_what_it_covers_or_for_background_or_denial(text: str, twin: str, detail: str) -> None:
    assert [e for e in decisions_of(text) if e.action in {"tighten", "ease", "introduce"}] == []
    (event,) = decisions_of(twin)
    assert event.action == "tighten" and event.detail == detail


def test_a_board_s_absorption_of_a_subsidiary_is_said_with_its_day() -> None:
    text = "㈜한화는 20일 이사회를 열고 한화에너지를 흡수합병하기로 결의했다고 공시했다."
    (event,) = decisions_of(text)
    assert event.action == "absorb_board" and event.who == ("Hanwha",)
    assert headline_of(text) == "Hanwha's board decided on 20 November 2026 to absorb Hanwha Energy"


def test_an_absorption_is_one_event_not_also_a_merger() -> None:
    text = "㈜한화는 자회사 한화에너지를 흡수합병한다고 3일 공시했다."
    events = decisions_of(text)
    assert [(e.action, e.detail) for e in events] == [
        ("absorb", " will absorb Hanwha Energy, it said in a filing on 3 November 2026")
    ]
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    assert [e.action for e in extract_events(_article(text), analysis, figures) if e.action == "merger"] == []


def test_a_dated_retelling_right_after_an_undated_lead_replaces_it() -> None:
    text = (
        "㈜한화가 한화에너지를 흡수합병한다. ㈜한화는 20일 이사회를 열고 한화에너지를 흡수합병하기로 결의했다고 공시했다."
    )
    (event,) = decisions_of(text)
    assert event.action == "absorb_board" and event.detail == " decided on 20 November 2026 to absorb Hanwha Energy"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("SK이노베이션은 3일 이사회를 열고 SK온을 합병하기로 결의했다.", " decided on 3 November 2026 to merge with SK On"),
        ("LG화학은 LG이노텍을 매각하기로 했다고 밝혔다.", " agreed to sell LG Innotek"),
    ],
)
def test_a_merger_or_a_sale_of_a_named_company(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.detail == detail


_SOLD = ("LG화학은 LG이노텍을 매각하기로 했다.", "sell", " agreed to sell LG Innotek")
_ABSORBED = ("LG화학은 LG이노텍을 흡수합병하기로 했다.", "absorb", " decided to absorb LG Innotek")


@pytest.mark.parametrize(
    ("text", "twin", "action", "detail"),
    [  # beside each sentence that says no merger or sale, a close one (twin) that says it
        ("LG화학은 LG이노텍 지분을 매각하기로 했다.", *_SOLD),  # a stake of no written size, not the company
        ("LG화학은 LG이노텍 지분 40%를 3000억원에 매각하기로 했다.", *_SOLD),  # a stake: the deal reader's
        ("LG화학은 SK에 LG이노텍을 매각하기로 했다.", *_SOLD),  # to a buyer the line would leave out
        ("LG화학은 LG이노텍 흡수합병을 검토하고 있다고 밝혔다.", *_ABSORBED),  # weighed
        ("LG화학이 LG이노텍을 흡수합병하기로 했다는 보도를 부인했다.", *_ABSORBED),  # denied
        (  # "와": a merger of two, no absorber named; "을 흡수합병": the absorber is the topic
            "현대제철은 현대로템과 합병하기로 했다.",
            "현대제철은 현대로템을 흡수합병하기로 했다.",
            "absorb",
            " decided to absorb Hyundai Rotem",
        ),
    ],
)
def test_no_merger_or_sale_when_the_object_is_a_part_or_the_sentence_denies_it(
    text: str, twin: str, action: str, detail: str
) -> None:
    assert [e for e in decisions_of(text) if e.action.removesuffix("_board") in {"absorb", "merge", "sell"}] == []
    (event,) = decisions_of(twin)
    assert event.action == action and event.detail == detail


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "삼성전자는 애플을 상대로 미국 법원에 특허침해 소송을 제기했다.",
            " filed a patent infringement lawsuit against Apple",
        ),
        (
            "삼성전자는 4일 애플을 상대로 특허침해 소송을 제기했다고 밝혔다.",
            " filed a patent infringement lawsuit against Apple on 4 November 2026",
        ),
        ("삼성전자가 애플을 상대로 손해배상 청구 소송을 냈다.", " filed a damages suit against Apple"),
    ],
)
def test_a_lawsuit_says_whom_it_is_against(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action == "sue" and event.who == ("Samsung Electronics",) and event.detail == detail


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 소송을 제기했다.",  # against whom: not written
        "삼성전자는 애플을 상대로 소송을 제기할지 검토하고 있다.",  # weighed
    ],
)
def test_no_lawsuit_line_without_its_defendant_or_when_weighed(text: str) -> None:
    assert [e for e in decisions_of(text) if e.action == "sue"] == []
    # twin: the defendant written and the suit filed
    (event,) = decisions_of("삼성전자는 애플을 상대로 소송을 제기했다.")
    assert event.action == "sue" and event.who == ("Samsung Electronics",)
    assert event.detail == " filed a lawsuit against Apple"


@pytest.mark.parametrize(
    "text", ["한국거래소는 LG이노텍의 상장폐지를 결정했다.", "한국거래소는 LG이노텍을 상장폐지하기로 했다."]
)
def test_an_exchange_s_delisting_decision(text: str) -> None:
    (event,) = decisions_of(text)
    assert event.who == ("Korea Exchange",) and event.detail == " decided to delist LG Innotek"
    assert headline_of(text) == "The Korea Exchange decided to delist LG Innotek"


def test_a_rule_put_into_effect_is_said_in_the_future_and_once() -> None:
    text = "미국 정부는 내년 1월부터 중국에 대한 반도체 수출통제를 시행한다."
    (event,) = decisions_of(text)
    assert event.detail == " will put chip export controls on China into effect from January 2027"
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    actions = [e.action for e in extract_events(_article(text), analysis, figures)]
    assert "export_controls" not in actions  # the noun's own row would say "tightened"


def test_a_bare_name_before_the_noun_is_no_owner() -> None:
    assert decisions_of("공정거래위원회는 아시아나항공 인수를 승인했다.") == []  # the purchase of Asiana, not Asiana's
    (plan,) = decisions_of("서울회생법원은 홈플러스 회생계획안을 인가했다.")  # a plan only its owner files
    assert plan.detail == " approved Homeplus' rehabilitation plan"
    (event,) = decisions_of("서울중앙지방법원은 삼성전자가 제기한 소송을 기각했다.")
    assert event.detail == " rejected Samsung Electronics' lawsuit"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "중국 정부가 배터리 핵심 소재인 흑연 음극재와 희토류 영구자석에 대한 수출통제를 한층 강화하기로 했다.",
            " will tighten export controls on graphite anodes and rare-earth permanent magnets",
        ),
        ("중국 정부가 갈륨 및 게르마늄에 대한 수출통제를 강화했다.", " tightened export controls on gallium and germanium"),
        ("미국 정부가 중국산 철강에 대한 관세를 강화했다.", " tightened tariffs on steel from China"),
        ("한국 정부는 중국산 철강과 알루미늄에 대한 관세를 강화했다.", " tightened tariffs"),  # whose goods: unsure
    ],
)
def test_the_goods_a_rule_covers_are_said_only_when_every_word_is_known(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action == "tighten" and event.detail == detail


def test_a_price_cut_says_its_size_and_a_narrowing_word_makes_it_none() -> None:
    (event,) = decisions_of("KT는 다음 달부터 통신요금을 평균 5% 인하한다.")
    assert event.action == "cut_price" and event.detail == " will cut mobile phone rates by an average 5%"
    assert headline_of("KT는 다음 달부터 통신요금을 평균 5% 인하한다.") == "KT will cut mobile phone rates by an average 5%"
    assert decisions_of("한국전력은 산업용 전기요금을 3% 내리기로 했다.") == []  # industrial rates only
    assert decisions_of("한국전력은 산업용 전기요금을 3% 올리기로 했다.") == []
    assert decisions_of("KT는 통신요금을 인하할 여력이 없다고 밝혔다.") == []  # no size, and denied
    assert [e.action for e in decisions_of("한국은행은 기준금리를 0.25%포인트 인하했다.")] == []  # a rate decision


def test_curbs_on_a_named_target_need_no_modifier() -> None:
    (event,) = decisions_of("미국 정부가 삼성전자에 대한 규제를 완화했다.")
    assert event.action == "ease" and event.detail == " eased curbs on Samsung Electronics"
