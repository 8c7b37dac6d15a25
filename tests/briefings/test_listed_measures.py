"""A list of named amounts after one measure word ("회사별 과징금은 A 120억원, B 90억원이다"): each listed
name's amount is of that measure (briefings/facts/attribution.py: _listed_measures); anything else between is not."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.model import Article, Fact


def _facts(text: str) -> list[tuple[str, Fact]]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-05-14")
    facts = extract_facts(Article(id="l", path="l.txt", title="", text=text, date="2026-05-14"), analysis, figures)
    return [(figures[f.figure].surface, f) for f in facts if f.figure is not None]


def test_each_listed_company_s_amount_is_of_the_list_s_measure() -> None:
    text = (
        "공정거래위원회는 두 회사에 과징금을 부과했다고 14일 밝혔다. "
        "회사별 과징금은 카카오모빌리티 120억원, 우아한형제들 95억원이다."
    )
    by_surface = dict(_facts(text))
    first, second = by_surface["120억원"], by_surface["95억원"]
    assert first.measure == "fine" and first.subject == "Kakao Mobility"
    assert second.subject == "Woowa Brothers" and second.measure == first.measure and second.role == first.role


def test_an_amount_with_other_words_before_it_is_not_the_list_s() -> None:
    text = (
        "회사별 과징금은 카카오모빌리티 120억원이며, 우아한형제들은 지난해 매출 95억원을 냈다."
    )
    by_surface = dict(_facts(text))
    assert by_surface["95억원"].measure != "fine"
