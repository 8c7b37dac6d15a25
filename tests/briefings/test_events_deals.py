"""Deals, investments and launches said with their arguments (facts/events.py stake_deals, deal_closings;
writing/english.py _deal_items and the event lead)."""

from __future__ import annotations

from briefings.model import Article
from briefings.pipeline import brief


def english(text: str, title: str = "", date: str | None = "2026-05-12") -> tuple[str, list[str]]:
    body = (title + "\n\n" if title else "") + text
    b = brief(Article(id="d", path="d.txt", title=title, text=body, date=date))
    return b.headline_en or "", [line.text for line in b.summary_en]


def test_a_stake_purchase_is_said_with_its_stake_target_and_price() -> None:
    head, lines = english(
        "삼성전자는 12일 독일 오디오업체 클랑베르크(Klangberg Audio) 지분 60%를 9억 달러(약 1조2500억원)에 "
        "인수하는 계약을 체결했다고 밝혔다. 거래는 각국 당국의 승인을 거쳐 2027년 1분기 마무리될 예정이다."
    )
    said = [head, *lines]
    assert "Samsung Electronics agreed to buy 60% of Klangberg Audio for US$900 million (about ₩1.25 trillion)" in said
    assert "The deal is expected to close in Q1 2027, subject to regulatory approval." in lines


def test_a_target_without_a_latin_name_is_said_by_its_country() -> None:
    head, _ = english("SK하이닉스는 미국 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하기로 결의했다.")
    assert head == "SK hynix will buy 35% of a US company for US$400 million"


def test_a_stake_deal_under_talks_is_not_said() -> None:
    head, lines = english(
        "SK하이닉스는 미국 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하는 방안을 검토하고 있다."
    )
    assert not any("will buy" in x or "agreed to buy" in x for x in [head, *lines])


def test_a_target_nobody_names_is_not_said() -> None:
    head, lines = english("SK하이닉스는 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하기로 결의했다.")
    assert not any("35% of" in x for x in [head, *lines])


def test_this_company_after_an_unknown_target_is_not_the_buyer() -> None:
    _, lines = english(
        "삼성전자는 독일 오디오업체 클랑베르크(Klangberg Audio) 지분 60%를 9억 달러에 인수했다. "
        "클랑베르크의 기업가치는 약 15억 달러로 평가됐다. 이 회사의 지난해 매출은 5억2000만 달러였다."
    )
    assert not any("Samsung Electronics posted revenue" in x for x in lines)
