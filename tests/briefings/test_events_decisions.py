"""Decisions and plans said as news (briefings/facts/decisions.py): the tense from the ending (decided, will, done),
the object said in English only from the data or the gazetteer, the figures cited; no event for a conditional, a
proposal, a negation, an object the data cannot name or an actor the gazetteer does not know."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event
from briefings.writing.english import brief_english

_DAY = "2026-03-05"


def _article(text: str, title: str = "") -> Article:
    return Article(id="d", path="d.txt", title=title, text=text, date=_DAY)


def decisions_of(text: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == "decision"]


def english_of(text: str, title: str) -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DAY)
    article = _article(text, title)
    result = brief_english(article, analysis, figures, (), (), extract_events(article, analysis, figures))
    return ([result.headline.text] if result.headline else []) + [line.text for line in result.lines]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "LG화학은 유럽 소재 기업 알파켐(ACM) 지분 60%를 5억달러(약 7000억원)에 인수하기로 했다고 4일 공시했다.",
            " agreed to buy 60% of ACM for US$500 million (about ₩700 billion), it said in a filing on 4 March 2026",
        ),
        ("LG화학은 4일 독일 화학사 베타케미(BCG)를 인수키로 결정했다.", " agreed to buy BCG on 4 March 2026"),
        ("LG화학은 미국 소재 업체 감마머티리얼즈(GMI)를 인수한다.", " will buy GMI"),
    ],
)
def test_an_acquisition_in_several_wordings(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action == "acquire" and event.who == ("LG Chem",)
    assert event.detail == detail


def test_an_acquisition_of_a_part_or_an_unnamed_target_is_not_said() -> None:
    assert decisions_of("LG화학은 한 미국 업체의 배터리 소재 사업부를 인수하기로 했다.") == []
    assert decisions_of("LG화학은 미국 소재 업체를 인수하기로 했다.") == []
    # twin: the same target named (and glossed) is bought
    (event,) = decisions_of("LG화학은 미국 소재 업체 감마머티리얼즈(GMI)를 인수한다.")
    assert event.action == "acquire" and event.who == ("LG Chem",) and event.detail == " will buy GMI"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "롯데케미칼은 3일 이사회를 열고 울산 공장의 나프타분해설비를 연내 가동 중단하기로 결의했다.",
            " decided on 3 March 2026 to shut a naphtha cracker",
        ),
        ("롯데케미칼은 울산 생산라인을 폐쇄하기로 했다.", " decided to shut a production line"),
    ],
)
def test_a_shutdown_decided(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action.startswith("shut") and event.detail == detail


@pytest.mark.parametrize(
    "text",
    [
        "현대해상은 다음 달부터 자동차보험료를 평균 2.1% 올린다.",
        "현대해상은 자동차보험료를 평균 2.1% 인상하기로 했다.",
        "현대해상이 자동차보험료를 평균 2.1% 인상한다.",
    ],
)
def test_a_price_rise_to_come_is_said_with_will(text: str) -> None:
    (event,) = decisions_of(text)
    assert event.who == ("Hyundai Marine & Fire Insurance",)
    assert (event.detail or "").startswith(" will raise auto insurance premiums by an average 2.1%")
    assert len(event.amount) >= 1


def test_a_price_rise_without_its_size_is_not_said() -> None:
    assert decisions_of("현대해상은 자동차보험료를 인상하기로 했다.") == []
    # twin: with its size the rise is said
    (event,) = decisions_of("현대해상은 자동차보험료를 평균 2.1% 인상하기로 했다.")
    assert (event.detail or "").startswith(" will raise auto insurance premiums by an average 2.1%")


_RAISED = ("현대해상이 자동차보험료를 평균 2.1% 인상한다.", " will raise auto insurance premiums by an average 2.1%")
_BOUGHT = ("LG화학은 베타케미(BCG)를 인수하기로 했다.", " agreed to buy BCG")


@pytest.mark.parametrize(
    ("text", "twin", "detail"),
    [  # beside each sentence that says no decision, a close one (twin) that says it
        ("현대해상은 자동차보험료를 평균 2.1% 인상한다면 가입자가 줄 것으로 봤다.", *_RAISED),  # a conditional
        ("현대해상은 자동차보험료를 평균 2.1% 인상하기로 했다면 공시했을 것이다.", *_RAISED),  # a conditional
        ("현대해상은 자동차보험료를 평균 2.1% 인상하는 방안을 검토하고 있다.", *_RAISED),  # a proposal under review
        ("LG화학은 베타케미(BCG)를 인수하기로 했으나 무산됐다.", *_BOUGHT),  # called off
        ("LG화학은 베타케미(BCG)를 인수하지 않기로 했다.", *_BOUGHT),  # a negation
        (  # no actor the gazetteer knows
            "한 건설사는 워크아웃을 신청했다.",
            "금호건설은 워크아웃을 신청했다.",
            " applied for a creditor-led workout",
        ),
    ],
)
def test_no_decision_for_a_conditional_a_proposal_a_negation_or_no_actor(text: str, twin: str, detail: str) -> None:
    assert decisions_of(text) == []
    (event,) = decisions_of(twin)
    assert event.detail == detail


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "국회는 4일 본회의를 열고 총지출 650조원 규모의 예산안을 의결했다.",
            " passed a ₩650 trillion budget on 4 March 2026",
        ),
        ("국회는 총지출 650조원 규모의 예산안을 통과시켰다.", " passed a ₩650 trillion budget"),
    ],
)
def test_a_budget_passed(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.who == ("National Assembly",) and event.detail == detail


def test_a_funding_round_with_its_size_and_round() -> None:
    (event,) = decisions_of("퓨리오사AI는 800억원 규모의 시리즈C 투자를 유치했다고 4일 밝혔다.")
    assert event.detail == " raised ₩80 billion in a Series C round, it said on 4 March 2026"
    (plain,) = decisions_of("퓨리오사AI는 800억원 규모의 투자를 유치했다.")
    assert plain.detail == " raised ₩80 billion in new funding"
    assert decisions_of("퓨리오사AI는 투자를 유치했다.") == []


@pytest.mark.parametrize(
    "text",
    [
        "금호건설은 4일 주채권은행에 워크아웃을 신청했다.",
        "금호건설은 주채권은행에 워크아웃을 신청했다고 4일 공시했다.",
    ],
)
def test_a_workout_applied_for(text: str) -> None:
    (event,) = decisions_of(text)
    assert event.who == ("Kumho Engineering & Construction",)
    assert event.detail is not None and event.detail.startswith(" applied for a creditor-led workout")
    assert "4 March 2026" in event.detail and event.date is not None


def test_a_ceo_nominee_named_by_the_board() -> None:
    (event,) = decisions_of("한미약품 이사회는 4일 임시 이사회를 열고 박모 부사장을 대표이사 후보로 결정했다.")
    assert event.action == "nominate_board" and event.detail == " named a CEO nominee on 4 March 2026"


def test_the_decision_leads_the_headline_the_title_announces() -> None:
    text = "금호건설은 4일 주채권은행에 워크아웃을 신청했다. 금호건설 주가는 이날 12.1% 내린 2000원에 마감했다."
    lines = english_of(text, title="금호건설, 워크아웃 신청")
    assert lines[0] == "Kumho Engineering & Construction applied for a creditor-led workout on 4 March 2026"


def test_a_board_decision_is_said_as_the_board_s() -> None:
    text = "롯데케미칼은 5일 이사회를 열고 대산 공장의 가동 중단을 결정했다."
    lines = english_of(text, title="롯데케미칼, 대산 공장 가동 중단")
    assert lines[0] == "Lotte Chemical's board decided on 5 March 2026 to shut a plant"


def test_a_sanction_proposed_is_said_with_the_vote_it_still_needs() -> None:
    text = (
        "금감원은 4일 제재심의위원회를 열고 삼성생명에 기관주의와 함께 과징금 15억원, 과태료 2억원을 부과하기로 했다. "
        "이번 제재는 향후 금융위원회 의결을 거쳐 최종 결정된다."
    )
    (event,) = decisions_of(text)
    assert event.who == ("Financial Supervisory Service",)
    assert event.detail == (
        " decided on 4 March 2026 to impose an institutional caution, a ₩1.5 billion penalty surcharge and a ₩200"
        " million fine on Samsung Life Insurance, subject to approval by the Financial Services Commission"
    )
    assert len(event.amount) == 2


def test_a_sanction_proposed_with_no_vote_pending_or_an_unknown_word_in_its_list_is_not_said() -> None:
    assert decisions_of("금감원은 삼성생명에 과징금 15억원을 부과하기로 했다.") == []
    text = "금감원은 삼성생명에 과징금 15억원과 특별한 조치를 부과하기로 했다. 제재는 금융위원회 의결을 거쳐 확정된다."
    assert decisions_of(text) == []
    # twin: the list known and the vote pending written, the sanction is said
    text = "금감원은 삼성생명에 과징금 15억원을 부과하기로 했다. 제재는 금융위원회 의결을 거쳐 확정된다."
    (event,) = decisions_of(text)
    assert event.who == ("Financial Supervisory Service",)
    assert (event.detail or "").endswith("subject to approval by the Financial Services Commission"), event.detail


@pytest.mark.parametrize(
    "text",
    [
        "LG화학이 베타케미(BCG)를 인수한다는 보도가 나왔다.",  # a report of a plan, not the plan
        "LG화학은 베타케미(BCG)를 인수한다면 유럽 시장을 넓힐 수 있다.",  # a conditional
    ],
)
def test_an_adnominal_or_conditional_future_is_no_decision(text: str) -> None:
    assert decisions_of(text) == []
    # twin: the plan itself, said by its actor
    (event,) = decisions_of(_BOUGHT[0])
    assert event.action == "acquire" and event.detail == _BOUGHT[1]


def test_a_decision_said_with_a_noun_and_a_verb_of_deciding() -> None:
    (event,) = decisions_of("롯데케미칼은 5일 이사회를 열고 대산 공장의 가동 중단을 결정했다.")
    assert event.action == "shut_board" and event.detail == " decided on 5 March 2026 to shut a plant"


def test_a_denial_in_the_next_sentence_does_not_deny() -> None:
    (event,) = decisions_of("금호건설은 워크아웃을 신청했다. 반면 다른 건설사는 그렇지 않다.")
    assert event.action == "apply_workout"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("한미약품 이사회는 5일 박모 사장을 신임 대표이사로 선임했다.", " named a new CEO on 5 March 2026"),
        ("한미약품은 박모 사장을 신임 대표이사 후보로 추천했다.", " named a new CEO nominee"),
    ],
)
def test_a_ceo_named_or_nominated(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.action.startswith("nominate") and event.detail == detail


def test_a_ceo_to_be_named_or_a_named_ceo_as_a_modifier_is_no_decision() -> None:
    assert decisions_of("한미약품은 다음 달 신임 대표이사를 선임할 예정이다.") == []
    assert decisions_of("신임 대표이사로 선임된 박 사장은 취임사를 했다.") == []
    # twin: the board's naming done is the decision
    (event,) = decisions_of("한미약품 이사회는 5일 박모 사장을 신임 대표이사로 선임했다.")
    assert event.action.startswith("nominate") and event.detail == " named a new CEO on 5 March 2026"
