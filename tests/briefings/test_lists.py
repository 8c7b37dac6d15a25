"""Subjects of list and parallel clauses: each clause takes its own topic noun, never the previous clause's."""

from __future__ import annotations

import re

from tests.briefings.test_nouns import end_to_end


def test_each_item_of_a_list_is_said_with_its_own_noun() -> None:
    lines, _ = end_to_end(
        "국제 휘발유 가격은 배럴당 2.4달러 하락한 81.3달러, 국제 경유 가격은 1.2달러 내린 86.1달러였다."
    )
    assert any(x.startswith("The international gasoline price fell US$2.4 to US$81.3 a barrel") for x in lines), lines
    assert any(x.startswith("The international diesel price fell US$1.2 to US$86.1 a barrel") for x in lines), lines


def test_a_later_item_never_takes_the_first_items_subject() -> None:
    lines, _ = end_to_end("국제 휘발유 가격은 배럴당 2.4달러 하락한 81.3달러, 경유 가격은 1.2달러 내린 86.1달러였다.")
    assert not any("86.1" in x for x in lines if re.match(r"(The international )?[Gg]asoline", x)), lines
    # the diesel item has lost the "international" written with the first item: no line rather than a guess
    assert not any("diesel" in x for x in lines), lines


def test_a_qualifier_written_once_before_the_list_belongs_to_every_item() -> None:
    lines, _ = end_to_end("통계청은 30일 국내 광공업생산은 전월 대비 1.1% 감소했고, 소매판매는 0.6% 늘었다고 밝혔다.")
    assert any(x.startswith("Retail sales rose 0.6% from the previous month") for x in lines), lines
    assert not any("South Korea's industrial output" in x and "0.6%" in x for x in lines), lines


def test_a_parallel_clause_does_not_borrow_the_previous_clauses_figures() -> None:
    lines, _ = end_to_end(
        "한국은행은 4일 외환보유액이 4120억달러로 전월 말보다 18억달러 증가했다고 밝혔다. "
        "유가증권은 3650억달러로 14억달러 늘었고, 예치금은 230억달러로 6억달러 줄었다."
    )
    assert not any("Securities" in x and "US$23 billion" in x for x in lines), lines
    assert not any("reserves" in x.lower() and "US$365 billion" in x for x in lines), lines
