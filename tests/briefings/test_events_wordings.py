"""One event, many wordings (events6): Korean news tells a strike vote, a board's split-off, a contract or an
order won with many verbs and nouns, in the lead or in a disclosure sentence, with its arguments spread over two
sentences. Each reader fires on the wordings of its event and abstains when an argument is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.ingest.files import read_article
from briefings.model import Article, Event
from briefings.pipeline import brief


def _article(text: str) -> Article:
    return Article(id="w", path="w.txt", title="", text=text, date="2026-03-05")


def events_of(text: str, kind: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-05")
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == kind]


# --- strike votes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "현대차 노조가 쟁의행위 찬반투표를 가결했다.",
        "현대차 노동조합은 파업 찬반 투표를 가결했다고 밝혔다.",
        "현대차 노조는 임단협 결렬에 따라 총파업을 결의했다.",
        "현대차 노조가 쟁의행위를 결의했다.",
    ],
)
def test_a_strike_vote_carried_in_several_wordings(text: str) -> None:
    (vote,) = events_of(text, "labour")
    assert vote.who == ("Hyundai Motor",)


@pytest.mark.parametrize(
    "text",
    [
        "현대차 노조가 잠정합의안 찬반투표를 가결했다.",  # a settlement ratified: no strike
        "현대차 노조는 총파업 결의대회를 열었다.",  # a rally, no motion carried
        "노조가 쟁의행위 찬반투표를 가결했다.",  # no company named
    ],
)
def test_no_strike_vote(text: str) -> None:
    assert events_of(text, "labour") == []


def test_the_shares_of_a_vote_told_in_the_sentences_after_it() -> None:
    text = (
        "현대차 노조가 쟁의행위 찬반투표를 가결했다. 파업이 현실화하면 5년 만이다. "
        "노조는 전날 조합원 4만명을 대상으로 투표를 진행했고 투표율은 90.5%였다. "
        "재적 조합원 대비 찬성률은 70.2%, 투표자 대비로는 77.6%다."
    )
    (vote,) = events_of(text, "labour")
    assert vote.detail == ", with 70.2% of all members in favour, on a turnout of 90.5%"
    assert len(vote.amount) == 2


@pytest.mark.parametrize(
    ("plan", "said"),
    [
        ("노조는 오는 10일부터 하루 4시간씩 부분파업에 돌입할 계획이다.", " partial strikes from 10 March 2026"),
        ("노조는 오는 10일부터 전면파업에 들어가기로 했다.", " a full strike from 10 March 2026"),
    ],
)
def test_the_strike_the_union_plans_after_its_vote(plan: str, said: str) -> None:
    vote, planned = events_of("현대차 노조가 쟁의행위 찬반투표를 가결했다. 사측은 유감을 표했다. " + plan, "labour")
    assert (vote.action, vote.detail) == ("strike_vote", "")
    assert (planned.action, planned.who, planned.detail, len(planned.amount)) == (
        "strike_plan",
        ("Hyundai Motor",),
        said,
        1,
    )


@pytest.mark.parametrize(
    "plan",
    [
        "노조 관계자는 오는 10일부터 부분파업에 돌입할 계획이라고 말했다.",  # an official's words, not the union
        "노조는 부분파업에 돌입할 계획이다.",  # no day it starts
        "노조는 오는 10일부터 부분파업을 검토하고 있다.",  # no plan verb
    ],
)
def test_no_planned_strike_without_the_union_a_day_or_a_plan(plan: str) -> None:
    (vote,) = events_of("현대차 노조가 쟁의행위 찬반투표를 가결했다. " + plan, "labour")
    assert vote.detail == "" and vote.amount == ()


def test_shares_far_from_the_vote_are_not_read() -> None:
    text = (
        "현대차 노조가 쟁의행위 찬반투표를 가결했다. 파업이 현실화하면 5년 만이다. 사측은 유감을 표했다. "
        "업계는 생산 차질을 우려했다. 재적 조합원 대비 찬성률은 70.2%였다."
    )
    (vote,) = events_of(text, "labour")
    assert vote.detail == "" and vote.amount == ()


# --- board split-offs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("LG화학은 이사회를 열고 배터리 사업부를 물적분할하기로 의결했다.", "battery"),
        ("LG화학은 4일 이사회를 열고 석유화학 부문을 분할해 신설회사를 세우는 인적분할 안건을 가결했다고 공시했다.",
         "petrochemical"),
        ("LG화학 이사회는 필름·전자재료 사업부문을 인적분할하기로 결정했다.", "film and electronic materials"),
        ("LG화학은 이사회에서 소재 사업을 물적분할하는 안건을 승인했다.", "materials"),
        ("LG화학은 배터리 사업을 물적분할키로 하고 이사회 승인을 받았다.", "battery"),
        ("LG화학은 배터리 사업부를 인적분할하기로 하고 이사회에서 의결했다.", "battery"),
    ],
)  # fmt: skip
def test_a_split_off_decided_in_several_wordings(text: str, unit: str) -> None:
    (split,) = events_of(text, "split")
    assert split.who == ("LG Chem",)
    assert f" its {unit} business into a new " in (split.detail or "")


@pytest.mark.parametrize(
    "text",
    [
        "LG화학은 이사회를 열고 필름·첨단 사업부문을 인적분할하기로 의결했다.",  # one part of the list unknown
        "LG화학은 이사회를 열고 배터리 사업부 인적분할을 검토하기로 결정했다.",  # a plan
        "LG화학은 배터리 사업부 물적분할을 추진하며 이사회 승인을 받을 계획이다.",  # an approval to come
    ],
)
def test_no_split_when_a_unit_is_unknown_or_the_split_only_planned(text: str) -> None:
    assert events_of(text, "split") == []


def test_the_shareholder_meeting_and_effective_day_told_after_the_decision() -> None:
    text = (
        "LG화학은 4일 이사회를 열고 배터리 사업부를 인적분할하기로 의결했다. 분할 비율은 0.7 대 0.3이다. "
        "회사는 오는 5월 20일 임시 주주총회를 열어 분할 안건을 승인받을 예정이다. 분할기일은 오는 7월 1일이다."
    )
    (split,) = events_of(text, "split")
    assert split.detail == (
        " a spin-off of its battery business into a new company, effective 1 July 2026, subject to shareholder"
        " approval on 20 May 2026"
    )
    assert len(split.amount) == 2


def test_a_later_day_resolved_before_the_decision_is_not_said() -> None:
    text = (
        "LG화학은 4일 이사회를 열고 배터리 사업부를 인적분할하기로 의결했다. "
        "분할기일은 2월 1일이며 회사는 1월 20일 임시 주주총회를 열어 분할 안건을 승인받을 예정이다."
    )
    (split,) = events_of(text, "split")
    assert split.detail == " a spin-off of its battery business into a new company"


# --- contracts and orders -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "삼성중공업은 유럽 선주로부터 LNG운반선 2척을 6000억원에 수주했다.",
        "삼성중공업은 유럽 선사와 LNG운반선 2척에 대한 건조 계약을 체결했다고 공시했다.",
        "삼성중공업이 LNG운반선 2척의 건조 계약을 맺었다.",
        "삼성중공업이 LNG운반선 일감을 따냈다.",
        "삼성중공업은 LNG운반선 2척 건조계약을 맺었다.",
    ],
)
def test_an_order_won_in_several_wordings(text: str) -> None:
    (order,) = [e for e in events_of(text, "deal") if e.action == "order"]
    assert order.who == ("Samsung Heavy Industries",)
    assert order.detail in ("an LNG carrier", "an")


def test_an_order_told_in_the_lead_takes_its_value_and_object_from_the_disclosure_after_it() -> None:
    text = (
        "삼성중공업이 1조원대 일감을 따냈다. 삼성중공업은 아시아 지역 선사와 LNG 운반선 3척에 대한 건조 "
        "계약을 체결했다고 4일 공시했다. 계약 금액은 9800억원(약 7억 달러)으로 지난해 매출의 10% 수준이다."
    )
    (order,) = [e for e in events_of(text, "deal") if e.action == "order"]
    assert order.sentence == 0 and order.detail == "an LNG carrier"
    assert len(order.amount) == 2  # the value and its conversion, from the third sentence


def test_the_party_a_shipbuilding_contract_is_signed_with_placed_the_order() -> None:
    (order,) = events_of("삼성중공업이 유럽 선주와 컨테이너선 4척 건조계약을 맺었다고 밝혔다.", "deal")
    assert (order.action, order.detail, order.whom) == ("order", "a container ship", "a European shipowner")


@pytest.mark.parametrize(
    "text",
    [
        "삼성중공업은 유럽 선주로부터 컨테이너선 4척을 수주하기로 했다.",  # an order to come
        "삼성중공업은 3년치 일감을 확보했다.",  # a backlog, no order won
        "삼성중공업은 올해 들어 LNG운반선 10척 일감을 따냈다.",  # a running total
    ],
)
def test_no_order_to_come_backlog_or_running_total(text: str) -> None:
    assert [e for e in events_of(text, "deal") if e.action == "order"] == []


def test_an_order_to_come_is_no_order() -> None:
    assert events_of("삼성중공업은 유럽 선주로부터 컨테이너선 4척을 수주하기로 했다.", "deal") == []


def test_a_value_word_with_a_ratio_gives_no_value() -> None:
    text = "삼성중공업은 선주로부터 LNG운반선 2척을 수주했다. 계약 금액은 지난해 매출액의 8.1%에 해당한다."
    (order,) = [e for e in events_of(text, "deal") if e.action == "order"]
    assert order.amount == ()


def test_a_later_order_of_another_kind_does_not_name_the_lead_order() -> None:
    text = "삼성중공업이 대규모 일감을 따냈다. 회사는 앞서 지난달에도 컨테이너선 2척을 수주했다. 주가는 2% 올랐다."
    orders = [e for e in events_of(text, "deal") if e.action == "order"]
    assert orders and orders[0].detail == "an"


@pytest.mark.parametrize(
    "text",
    [
        "유한양행은 미국 제약사 화이자와 최대 12억 달러 규모의 폐암 치료제 기술이전 계약을 맺었다.",
        "유한양행이 노바티스와 12억 달러 규모의 항암 신약 기술이전 계약을 체결했다고 밝혔다.",
    ],
)
def test_a_licensing_deal_with_a_named_technology_and_a_named_partner(text: str) -> None:
    (deal,) = [e for e in events_of(text, "deal") if e.action == "contract"]
    assert deal.who == ("Yuhan",)
    assert deal.detail == "a licensing"
    assert deal.whom in ("Pfizer", "Novartis") or deal.what in ("Pfizer", "Novartis")


def test_a_named_kind_of_three_unknown_words_is_no_contract() -> None:
    # more than two words between the size word and the object: not read as the name of what is licensed
    text = "유한양행은 12억 달러 규모의 차세대 폐암 치료제 기술이전 계약을 맺었다."
    assert not [e for e in events_of(text, "deal") if e.action == "contract"]


# --- the event reaches the headline ---------------------------------------------------------------------------


def test_an_order_told_as_a_shipbuilding_contract_is_the_headline(tmp_path: Path) -> None:
    body = (
        "삼성중공업이 유럽 선사와 대형 컨테이너선 건조 계약을 맺었다.\n\n"
        "계약 금액은 8000억원으로 지난해 매출의 9% 수준이다.\n\n"
        "이날 삼성중공업 주가는 전 거래일보다 4.5% 오른 1만2000원에 거래를 마쳤다."
    )
    path = tmp_path / "order.txt"
    path.write_text("삼성중공업, 컨테이너선 수주\n\n" + body, encoding="utf-8")
    b = brief(read_article(path))
    assert b.headline_en == "Samsung Heavy Industries won a container ship order worth ₩800 billion"
    assert b.headline_figures  # the value is a cited figure


@pytest.mark.parametrize(
    "text",
    [
        "LG에너지솔루션이 북미 완성차 업체와 배터리 공급 계약을 체결했다.",
        "LG에너지솔루션이 북미 완성차 업체와 배터리 공급 계약을 맺었다고 공시했다.",
        "LG에너지솔루션이 북미 완성차 업체와 배터리 공급 계약을 확보했다.",
        "LG에너지솔루션은 북미 완성차 업체와 배터리 공급 계약을 성사시켰다고 밝혔다.",
        "LG에너지솔루션은 북미 완성차 업체와 배터리 공급 계약 체결에 성공했다.",
    ],
)
def test_a_supply_contract_in_several_wordings(text: str) -> None:
    (deal,) = [e for e in events_of(text, "deal") if e.action == "contract"]
    assert (deal.who, deal.detail, deal.whom) == (
        ("LG Energy Solution",),
        "a battery supply",
        "a North American carmaker",
    )


@pytest.mark.parametrize(
    "text",
    [
        "LG에너지솔루션은 북미 완성차 업체와 배터리 공급 계약을 확보할 계획이다.",  # a plan
        "LG에너지솔루션은 북미 완성차 업체와 배터리 공급 계약을 체결하지 못했다.",  # denied
        "북미 완성차 업체와 배터리 공급 계약을 확보했다.",  # no one who signed
    ],
)
def test_no_contract_planned_denied_or_without_its_signer(text: str) -> None:
    assert not [e for e in events_of(text, "deal") if e.action == "contract"]


def test_a_strike_vote_leads_and_the_planned_strike_is_a_line_of_its_own(tmp_path: Path) -> None:
    body = (
        "현대차 노조가 쟁의행위 찬반투표를 가결했다.\n\n"
        "재적 조합원 대비 찬성률은 70.2%였다.\n\n"
        "노조는 오는 10일부터 하루 4시간씩 부분파업에 돌입할 계획이다."
    )
    path = tmp_path / "strike.txt"
    path.write_text("현대차 노조, 파업 가결\n\n입력 2026.03.05 10:00\n\n" + body, encoding="utf-8")
    b = brief(read_article(path))
    assert b.headline_en == "Hyundai Motor's union voted to strike, with 70.2% of all members in favour"
    assert "Hyundai Motor's union plans partial strikes from 10 March 2026." in [x.text for x in b.summary_en]


# --- a share at its daily limit -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("가격제한폭(30%)까지 오른 15만원에 장을 마쳤다.", "rose by the daily limit of 30% to close at ₩150,000"),
        ("상한가인 30% 오른 15만원에 장을 마쳤다.", "rose by the daily limit of 30% to close at ₩150,000"),
        ("하한가인 30% 내린 15만원에 장을 마쳤다.", "fell by the daily limit of 30% to close at ₩150,000"),
        ("상한가에 근접한 25% 오른 15만원에 장을 마쳤다.", "rose 25% to close at ₩150,000"),  # near the limit only
    ],
)
def test_a_move_to_the_daily_limit_says_the_limit(tmp_path: Path, sentence: str, said: str) -> None:
    path = tmp_path / "limit.txt"
    path.write_text(
        "셀트리온 주가 급변\n\n입력 2026.03.05 10:00\n\n셀트리온 주가는 이날 코스닥시장에서 " + sentence,
        encoding="utf-8",
    )
    b = brief(read_article(path))
    assert said in b.headline_en + " ".join(x.text for x in b.summary_en)
