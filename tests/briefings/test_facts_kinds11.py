"""Measure cues of common kinds of news the facts stage must not misread (round 11, kinds).

Sentences written for these tests in the general style of Korean economic news; figures are built by
hand (the figure scanner has its own tests).
"""

from __future__ import annotations

from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.model import Article, Fact, Figure


def _fact(text: str, surface: str, value: float) -> Fact:
    analysis = analyse(text)
    start = text.index(surface)
    sentence = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    figure = Figure(
        surface=surface,
        start=start,
        end=start + len(surface),
        sentence=sentence,
        kind="money",
        value=value,
        unit="KRW",
        en=surface,
    )
    return extract_facts(Article(id="t", path="t.txt", title="", text=text), analysis, [figure])[0]


def test_a_measure_word_in_the_sources_name_is_not_the_figures_measure() -> None:
    fact = _fact(
        "투자은행(IB) 업계에 따르면 대한중공업은 15일 3000억원 규모의 회사채 발행을 위한 수요예측을 진행했다.",
        "3000억원",
        3e11,
    )
    assert fact.measure != "investment"
    # twin: the same source phrase, the measure word in the clause of the figure: the measure stays
    fact = _fact("투자은행(IB) 업계에 따르면 대한중공업은 새 공장에 3000억원을 투자하기로 했다.", "3000억원", 3e11)
    assert fact.measure == "investment"


def test_a_measure_word_in_another_source_phrase_is_not_the_measure() -> None:
    fact = _fact("수출입 업계에 따르면 한솔제지는 올해 1500억원 규모의 회사채를 찍을 예정이다.", "1500억원", 1.5e11)
    assert fact.measure != "exports"
    # twin: the same source phrase before a clause that names exports
    fact = _fact("수출입 업계에 따르면 한솔제지의 올해 수출은 1500억원이다.", "1500억원", 1.5e11)
    assert fact.measure == "exports"


def test_a_measure_word_after_the_source_phrase_stays_the_measure() -> None:
    fact = _fact("업계에 따르면 대한중공업은 새 공장에 3000억원을 투자하기로 했다.", "3000억원", 3e11)
    assert fact.measure == "investment"
