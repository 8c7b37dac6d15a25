"""Facts: measure cues written with or without the spaces of a compound, and a topic carried over
a chain of subject-less sentences.  Sentences written for these tests, in the style of Korean news."""

from __future__ import annotations

import pytest

from briefings.facts.attribution import cue_pattern
from tests.briefings.test_facts_general import _facts

_SHARES_AND_AMOUNTS: list[tuple[str, str, float | str]] = [
    ("1000만주", "count", 1e7),
    ("1200만주", "count", 1.2e7),
    ("7000억 원", "money", 7e11),
    ("8400억 원", "money", 8.4e11),
]


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("예정금액", "예정 금액은"),  # a closed cue matches the open spelling
        ("예정금액", "예정금액은"),
        ("거래 규모", "거래규모는"),  # an open cue matches the closed spelling
        ("시가총액", "시가 총액이"),
        ("취득 예정금액", "취득예정 금액"),
    ],
)
def test_a_cue_matches_a_compound_spelt_open_or_closed(cue: str, text: str) -> None:
    assert cue_pattern(cue).search(text) is not None


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("주가", "이번 주 가장 많이"),  # a one-syllable part is no word of its own
        ("시가총액", "시 가총액"),
        ("예정금액", "예정액"),
    ],
)
def test_a_cue_does_not_match_across_a_one_syllable_split(cue: str, text: str) -> None:
    assert cue_pattern(cue).search(text) is None


def test_a_measure_noun_spelt_open_names_the_measure() -> None:
    text = "현대모비스의 3분기 영업 이익은 6400억 원이었다. 시가 총액은 25조 원이다."
    facts = _facts(text, [("6400억 원", "money", 6.4e11), ("25조 원", "money", 2.5e13)])
    assert [f.measure for f in facts] == ["operating_profit", "market_value"]


def test_a_deal_amount_spelt_open_after_a_chain_of_subject_less_sentences_keeps_the_topic() -> None:
    text = (
        "삼성전자는 자사주 매입 계획을 고쳤다. 기존 1000만주에서 1200만주로 정정했다. "
        "예정 금액 역시 7000억 원에서 8400억 원으로 늘었다."
    )
    facts = _facts(text, _SHARES_AND_AMOUNTS)
    amounts = [f for f in facts if f.figure in (2, 3)]
    assert [(f.subject, f.measure) for f in amounts] == [("Samsung Electronics", "deal_value")] * 2


def test_the_topic_is_carried_over_a_subject_less_sentence_for_a_measure_the_article_does_not_default() -> None:
    text = (
        "삼성전자는 자사주 매입 계획을 고쳤다. 기존 1000만주에서 1200만주로 정정했다. "
        "투자액은 7000억 원에서 8400억 원으로 늘었다."
    )
    facts = _facts(text, _SHARES_AND_AMOUNTS)
    assert [f.subject for f in facts if f.measure == "investment"] == ["Samsung Electronics"] * 2


def test_a_sentence_between_whose_figures_a_plain_noun_holds_stops_the_carry() -> None:
    text = (
        "삼성전자는 자사주 매입 계획을 고쳤다. 참여 업체가 3곳에서 5곳으로 늘었다. "
        "투자액은 7000억 원에서 8400억 원으로 늘었다."
    )
    facts = _facts(text, [("3곳", "count", 3), ("5곳", "count", 5), *_SHARES_AND_AMOUNTS[2:]])
    assert [f.subject for f in facts if f.measure == "investment"] == [None, None]


def test_figures_after_a_figureless_sentence_naming_a_measure_go_on_with_its_subject_and_measure() -> None:
    text = (
        "삼성물산은 이날 자사주 공개매수 가격을 20만원으로 올렸다. 삼성물산은 매수 예정 수량도 늘렸다. "
        "기존 300만주(2.0%)에서 450만주(3.0%)로 정정했다."
    )
    specs: list[tuple[str, str, float | str]] = [
        ("20만원", "money", 2e5), ("300만주", "count", 3e6), ("2.0%", "percent", 2.0),
        ("450만주", "count", 4.5e6), ("3.0%", "percent", 3.0),
    ]  # fmt: skip
    facts = _facts(text, specs)
    later = [f for f in facts if f.sentence == 2]
    assert len(later) == 4
    assert all((f.subject, f.measure, f.direction) == ("Samsung C&T", "shares_sought", "up") for f in later), later


def test_a_sentence_that_names_what_its_figure_is_of_does_not_go_on_with_the_measure_before() -> None:
    text = (
        "삼성물산은 이날 자사주 공개매수 가격을 20만원으로 올렸다. 삼성물산은 매수 예정 수량도 늘렸다. "
        "우선주는 10만주에서 15만주로 정정했다."
    )
    specs: list[tuple[str, str, float | str]] = [("20만원", "money", 2e5), ("10만주", "count", 1e5),
                                                 ("15만주", "count", 1.5e5)]  # fmt: skip
    facts = _facts(text, specs)
    assert not any(f.measure == "shares_sought" for f in facts if f.sentence == 2), facts
