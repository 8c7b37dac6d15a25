"""Sentence forms that continue the sentence before (briefings/writing/forms.py)."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.model import Article
from briefings.writing.forms import next_sentence_conversions
from tests.briefings.test_nouns import end_to_end


def _conversions(text: str) -> dict[str, str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-11-04")
    facts = extract_facts(Article(id="f", path="f.txt", title="", text=text, date="2026-11-04"), analysis, figures)
    return {figures[a].surface: figures[b].surface for a, b in next_sentence_conversions(text, facts, figures).items()}


def test_a_conversion_in_the_next_sentence_is_folded_into_its_amount() -> None:
    text = (
        "삼성바이오로직스는 4일 미국 제약사와 9억달러 규모의 위탁생산 계약을 체결했다고 공시했다. "
        "원화로 환산하면 약 1조2400억원이다."
    )
    assert _conversions(text) == {"9억달러": "약 1조2400억원"}
    lines, _ = end_to_end(text)
    assert any("US$900 million (about ₩1.24 trillion)" in x for x in lines), lines
    assert not any(x.count("₩1.24 trillion") and "US$900 million" not in x for x in lines), lines


def test_no_frame_or_one_currency_is_no_conversion() -> None:
    assert _conversions("A사는 9억달러를 투자했다. 회사는 약 1조2400억원의 매출을 냈다.") == {}
    assert _conversions("A사는 9억달러를 투자했다. 달러로 환산하면 약 10억달러다.") == {}
