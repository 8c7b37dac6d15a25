"""A denied, retracted, negated or only weighed event is never said as done (data/undone.tsv), and a title's rounded
session move is not said beside the line that states it precisely and goes on to the close (round 12)."""

from __future__ import annotations

import pytest

from briefings.facts.events import undone
from tests.stages import briefed_english

_DATE = "2026-11-30"


def english_of(text: str, title: str = "") -> list[str]:
    return briefed_english(text, _DATE, title, "u")


_DONE = (
    "국토교통부는 현대자동차와 기아 등 2개 업체가 판매한 5개 차종 3만2100대가 제작 결함으로 리콜된다고 28일 밝혔다.",
    "LG화학은 이사회를 열고 8000억원 규모의 주주배정 유상증자를 결정했다고 28일 공시했다.",
)


@pytest.mark.parametrize("sentence", _DONE)
def test_a_done_event_is_said(sentence: str) -> None:
    lines = english_of(sentence)
    assert any("recall" in x or "rights offering" in x for x in lines), lines


@pytest.mark.parametrize(
    ("sentence", "twin", "said"),
    [
        # the same events, denied, retracted, negated or only weighed; beside each, the event done in close words
        (
            "국토교통부는 현대자동차와 기아 등 2개 업체가 판매한 5개 차종 3만2100대를 리콜하기로 했다가 28일 철회했다.",
            "국토교통부는 현대자동차와 기아 등 2개 업체가 판매한 5개 차종 3만2100대를 리콜한다고 28일 밝혔다.",
            "Hyundai Motor and Kia will recall 32,100 vehicles of five models",
        ),
        (
            "LG화학은 8000억원 규모의 주주배정 유상증자를 결정했다는 보도를 28일 부인했다.",
            "LG화학은 8000억원 규모의 주주배정 유상증자를 결정했다고 28일 공시했다.",
            "LG Chem decided on a ₩800 billion rights offering",
        ),
        (
            "LG화학은 8000억원 규모의 주주배정 유상증자를 결정했다는 설은 사실무근이라고 28일 밝혔다.",
            "LG화학은 8000억원 규모의 주주배정 유상증자를 결정했다고 28일 밝혔다.",
            "LG Chem decided on a ₩800 billion rights offering",
        ),
        (
            "LG화학은 8000억원 규모의 주주배정 유상증자를 할지 검토하고 있다고 28일 밝혔다.",
            "LG화학은 8000억원 규모의 주주배정 유상증자를 하기로 했다고 28일 밝혔다.",
            "LG Chem decided on a ₩800 billion rights offering",
        ),
    ],
)
def test_a_denied_or_retracted_event_is_not_said(sentence: str, twin: str, said: str) -> None:
    lines = english_of(sentence)
    assert not any("recall" in x or "rights offering" in x for x in lines), lines
    lines = english_of(twin)
    assert any(x.startswith(said) for x in lines), lines


def test_a_defect_told_with_a_negation_still_gives_its_recall() -> None:
    # the negation describes the defect ("충전되지 않을 수 있어"), not the recall
    text = (
        "국토교통부는 현대자동차와 기아 등 2개 업체가 판매한 5개 차종 3만2100대가 제작 결함으로 리콜된다고 28일 밝혔다. "
        "기아 K5 등 2개 차종 1만1200대는 배터리가 충전되지 않을 수 있어 다음 달 2일부터 리콜에 들어간다."
    )
    lines = english_of(text)
    assert any("32,100" in x for x in lines), lines
    assert undone("배터리가 충전되지 않을 수 있어 리콜에 들어간다.") is False
    assert undone("코스피200 지수에는 7개 종목이 편입되지 않았다.") is True
    assert undone("매매거래를 정지했다가 오후 재개했다.") is True


def test_a_titles_rounded_session_move_is_not_said_beside_the_precise_one() -> None:
    title = "LG화학, 8000억원 유상증자 결정…주가 장중 9% 급락"
    text = (
        "LG화학이 8000억원 규모의 주주배정 유상증자를 결정했다고 28일 공시했다. "
        "이날 LG화학 주가는 장중 전 거래일 대비 9.3% 하락한 28만3000원까지 밀렸다가 7.1% 내린 29만원에 장을 마쳤다."
    )
    lines = english_of(text, title)
    moves = [x for x in lines if "shares" in x and "%" in x]
    assert len(moves) == 1, lines
    assert "9.3%" in moves[0] and "7.1%" in moves[0], moves
    assert not any(" 9% " in x or "plunged 9%" in x for x in lines), lines


def test_a_plan_to_spend_on_a_purpose_is_no_estimate() -> None:
    # "…을 [what it goes to]에 투입한다": the spender's own plan for next year, nobody's estimate
    lines = english_of("정부는 내년 주택도시기금에서 2조5000억원을 택지 조성과 임대주택 건설에 투입한다.")
    assert not any("estimate" in x for x in lines), lines
    forecast = english_of("업계는 내년 국내 임대주택 시장 규모가 2조5000억원에 이를 것으로 추정했다.")
    assert forecast == [] or not any("will invest" in x for x in forecast), forecast
    # twin: an estimate of a listed measure ("…에 이를 것으로 추정했다") is said as its estimator's expectation
    forecast = english_of("업계는 내년 반도체 수출이 1500억달러에 이를 것으로 추정했다.")
    assert "The industry expects semiconductor exports of US$150 billion for next year" in forecast, forecast


def test_names_that_look_like_a_turn_or_a_question_do_not_deny() -> None:
    assert undone("혼다가 판매한 2개 차종 1만2000대가 제작 결함으로 리콜된다.") is False  # Honda, not "했다가"
    assert undone("하나은행은 을지로 본점에서 정기예금 금리를 0.2%포인트 내린다고 밝혔다.") is False  # a street
    assert undone("LG화학은 유상증자를 할지 검토하고 있다.") is True
    assert undone("두 구는 대형마트 의무휴업일을 평일로 바꾼다는 설명이다.") is False  # an explanation confirms it
    assert undone("LG화학이 유상증자를 결정한다는 설은 사실이 아니다.") is True
