"""Stake purchases in the other forms Korean news writes them (facts/events.py stake_deals; writing/english.py
_deal_items): a stake in an asset, the seller with 로부터, a unit's name, a bare stake before its purchase noun,
the tense kept, talks not said; and the deal leads over the buyer's share move."""

from __future__ import annotations

from briefings.model import Article
from briefings.pipeline import brief


def english(text: str, title: str = "", date: str | None = "2026-05-12") -> tuple[str, list[str]]:
    body = (title + "\n\n" if title else "") + text
    b = brief(Article(id="a", path="a.txt", title=title, text=body, date=date))
    return b.headline_en or "", [line.text for line in b.summary_en]


def test_a_stake_in_a_named_asset_with_its_seller_and_a_unit_as_buyer() -> None:
    head, lines = english(
        "포스코는 자회사 포스코 E&C가 캐나다 광산업체 노던락(Northern Rock Mining)으로부터 "
        "'블루레이크(Blue Lake)' 광산 지분 30%를 2억 달러(약 2800억원)에 인수하는 계약을 체결했다고 12일 밝혔다. "
        "이날 포스코 주가는 전 거래일 대비 1.5% 오른 35만원에 거래를 마쳤다.",
        title="포스코 E&C, 캐나다 광산 지분 30% 인수",
    )
    assert head == (
        "POSCO E&C agreed to buy a 30% stake in the Blue Lake mine from Northern Rock Mining "
        "for US$200 million (about ₩280 billion)"
    )
    assert any(x.startswith("POSCO shares rose 1.5%") for x in lines)  # the buyer's share move is a line


def test_a_stake_in_an_asset_named_by_its_country_only() -> None:
    head, _ = english("SK이노베이션은 호주 가스전 지분 20%를 3억 달러에 인수하기로 했다.")
    assert head == "SK Innovation will buy a 20% stake in an Australian gas field for US$300 million"


def test_an_asset_nobody_names_is_not_said() -> None:
    head, lines = english("SK이노베이션은 해상 가스전 지분 20%를 3억 달러에 인수하기로 했다.")
    assert not any("stake" in x for x in [head, *lines])


def test_a_bare_stake_before_its_purchase_noun_keeps_the_agreement() -> None:
    head, _ = english("LG화학은 독일 배터리업체 지분 40% 인수 계약을 체결했다.")
    assert head == "LG Chem agreed to buy 40% of a German company"


def test_a_bare_stake_under_review_is_not_said() -> None:
    head, lines = english("LG화학은 독일 배터리업체 지분 40% 인수를 검토하고 있다.")
    assert not any("buy" in x for x in [head, *lines])


def test_buying_in_the_sailing_tense_and_in_the_past() -> None:
    head, _ = english("한화솔루션은 미국 태양광업체 지분 15%를 1억 달러에 사들인다.")
    assert head == "Hanwha Solutions will buy 15% of a US company for US$100 million"
    head, _ = english("한화솔루션은 미국 태양광업체 지분 15%를 1억 달러에 사들였다.")
    assert head == "Hanwha Solutions bought 15% of a US company for US$100 million"


def test_a_subject_of_a_relative_clause_is_not_the_buyer() -> None:
    head, lines = english("한화솔루션은 포스코가 보유한 호주 광산 지분 10%를 1억 달러에 매입했다.")
    assert not any("POSCO bought" in x or "POSCO agreed" in x for x in [head, *lines])


def test_an_indian_company_takes_an() -> None:
    head, _ = english("현대차는 인도 부품업체 지분 51%를 2억 달러에 인수하기로 했다.")
    assert head == "Hyundai Motor will buy 51% of an Indian company for US$200 million"


def test_a_closing_told_as_the_time_of_the_payment() -> None:
    _, lines = english(
        "LG화학은 독일 배터리업체 지분 40%를 5억 달러에 인수하기로 했다. "
        "인수 대금은 2027년 1분기 거래 종결 시점에 전액 현금으로 지급한다."
    )
    assert "The deal is expected to close in Q1 2027." in lines


def test_a_date_of_another_step_is_no_closing() -> None:
    _, lines = english(
        "LG화학은 독일 배터리업체 지분 40%를 5억 달러에 인수하기로 했다. 인수 대금의 절반은 2027년 1분기에 지급한다."
    )
    assert not any("expected to close" in x for x in lines)


def test_one_of_two_joint_buyers_is_not_said_alone() -> None:
    head, lines = english("삼성물산과 포스코가 호주 가스전 지분 40%를 6억 달러에 공동 인수하기로 했다.")
    assert not any(x.startswith(("POSCO will buy", "Samsung C&T will buy")) for x in [head, *lines])


def test_a_further_stake_bought() -> None:
    head, _ = english("엔비디아는 인텔 지분 5%를 20억 달러에 추가 매입하기로 했다.")
    assert head == "NVIDIA will buy a further 5% of Intel for US$2 billion"


def test_a_stake_under_review_is_neither_bought_nor_held() -> None:
    head, lines = english("엔비디아는 인텔 지분 5%를 추가로 매입하는 방안을 검토 중이다.")
    assert not any("held" in x or "bought" in x or "buy" in x for x in [head, *lines])
    head, _ = english("엔비디아는 인텔 지분 5%를 보유하고 있다.")
    assert "5% stake in Intel" in head  # a stake held is still said


def test_a_controlling_stake_is_read_through_to_its_owner() -> None:
    head, _ = english("엔비디아는 인텔의 경영권 지분 51%를 200억 달러에 인수하기로 했다.")
    assert head == "NVIDIA will buy a controlling 51% stake in Intel for US$20 billion"


def test_a_company_that_gave_something_else_is_not_the_seller() -> None:
    head, _ = english("LG화학은 삼성물산으로부터 투자받은 독일 배터리업체 지분 40%를 5억 달러에 인수하기로 했다.")
    assert "from" not in head
    head, _ = english("LG화학은 삼성물산으로부터 독일 배터리업체 지분 40%를 5억 달러에 인수하기로 했다.")
    assert head == "LG Chem will buy 40% of a German company from Samsung C&T for US$500 million"


def test_a_stake_sold_by_the_subject() -> None:
    head, _ = english("엔비디아는 인텔 지분 5%를 20억 달러에 매각하기로 했다.")
    assert head == "NVIDIA will sell 5% of Intel for US$2 billion"
    head, lines = english("엔비디아는 삼성전자에 인텔 지분 5%를 20억 달러에 매각하기로 했다.")  # to whom: not left out
    assert not any("sell" in x for x in [head, *lines])
    head, lines = english("엔비디아는 인텔 지분 5%를 매각하는 방안을 검토하고 있다.")
    assert not any("sell" in x for x in [head, *lines])
