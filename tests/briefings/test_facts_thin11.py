"""Thin briefings, round 11 (sentences written for these tests in the general style of Korean company reporting):
a percent rise of a price the company sets (a premium, a tariff, a list price) is that price's move, never a move
of the company's shares; an insurer's subscribers and loss ratio are said with their owner, and not without one."""

from __future__ import annotations

from pathlib import Path

from briefings.model import Briefing
from tests.briefings.test_facts_subjects10 import _brief, _fact


def _text(b: Briefing) -> str:
    return " ".join([b.headline_en or "", *(line.text for line in b.summary_en)])


def test_premium_raised_by_a_percent_is_not_a_share_price(tmp_path: Path) -> None:
    b = _brief(tmp_path, "손보사 보험료 조정",
               "현대해상은 다음달부터 실손보험료를 평균 4.2% 올린다. 업계 전체로는 인상 흐름이 이어진다.")
    assert _fact(b, "4.2%").measure != "share_price"
    assert "shares rose 4.2%" not in _text(b) and "shares" not in _text(b)
    # twin: the same company's rise in a trading session is its shares'
    b = _brief(tmp_path, "증시 마감", "이날 유가증권시장에서 현대해상은 전 거래일보다 4.2% 올랐다.")
    assert _fact(b, "4.2%").measure == "share_price"


def test_list_price_raised_is_not_a_share_price(tmp_path: Path) -> None:
    b = _brief(tmp_path, "가전 가격 인상",
               "삼성전자는 이달 냉장고 출고가를 5% 인상했다. 원자재 부담이 커졌다는 설명이다.")
    assert _fact(b, "5%").measure != "share_price"
    assert "shares" not in _text(b)
    # twin: the same company's rise with no price as the object is its shares'
    b = _brief(tmp_path, "증시 마감", "이날 유가증권시장에서 삼성전자는 전 거래일보다 5% 올랐다.")
    assert _fact(b, "5%").measure == "share_price"


def test_share_move_without_a_price_object_keeps_its_default(tmp_path: Path) -> None:
    # negative: no price as the object, so the company's percent rise is still read as its shares' move
    b = _brief(tmp_path, "증시 마감", "이날 유가증권시장에서 현대해상은 전 거래일보다 4.2% 올랐다.")
    assert _fact(b, "4.2%").measure == "share_price"


def test_subscribers_of_a_named_company_are_said(tmp_path: Path) -> None:
    b = _brief(tmp_path, "보험사 현황", "삼성화재의 자동차보험 가입자는 약 900만명이다.")
    assert "Samsung Fire & Marine Insurance's auto insurance subscribers were about 9 million" in _text(b)


def test_subscribers_of_this_company_are_the_articles_company(tmp_path: Path) -> None:
    b = _brief(tmp_path, "KB손보, 車보험료 1.0% 인상",
               "KB손해보험이 내년 2월부터 자동차보험료를 평균 1.0% 올린다. "
               "이 회사의 개인용 자동차보험 가입자는 약 500만명이다.")
    assert "KB Insurance's personal auto insurance subscribers were about 5 million" in _text(b)


def test_loss_ratio_of_a_named_insurer_is_said(tmp_path: Path) -> None:
    b = _brief(tmp_path, "보험사 현황", "현대해상의 자동차보험 손해율은 86.3%로 집계됐다.")
    assert "Hyundai Marine & Fire Insurance's auto insurance loss ratio was 86.3%" in _text(b)


def test_loss_ratio_with_no_owner_is_not_said(tmp_path: Path) -> None:
    # negative: an industry-wide ratio with no insurer named is nobody's the rows may say
    b = _brief(tmp_path, "보험업계 손해율 악화", "업계는 적정 손해율을 80% 안팎으로 본다.")
    assert "80%" not in _text(b)
    # twin: the same ratio with its insurer named is said
    b = _brief(tmp_path, "보험사 현황", "현대해상의 자동차보험 손해율은 80%로 집계됐다.")
    assert "Hyundai Marine & Fire Insurance's auto insurance loss ratio was 80%" in _text(b)
