"""Credit-rating actions (events.tsv rows of kind rating, briefings/facts/ratings.py): the agency, the rated
entity and the grades it moved between, copied from the text; no event when one of them is missing or the
grades disagree with the verb."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.facts.ratings import rating_terms
from briefings.model import Article, Event
from briefings.writing.english import brief_english


def events_of(text: str) -> tuple[Event, ...]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-05")
    return extract_events(Article(id="r", path="r.txt", title="", text=text, date="2026-03-05"), analysis, figures)


def english_of(text: str, title: str) -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-05")
    article = Article(id="r", path="r.txt", title=title, text=text, date="2026-03-05")
    result = brief_english(article, analysis, figures, (), (), extract_events(article, analysis, figures))
    return ([result.headline.text] if result.headline else []) + [line.text for line in result.lines]


def test_a_downgrade_with_its_notch_and_grades() -> None:
    (event,) = events_of("S&P는 LG화학의 장기 신용등급을 'A-'에서 'BBB+'로 한 단계 낮췄다.")
    assert (event.kind, event.action, event.who, event.what) == ("rating", "rating_cut", ("S&P",), "LG Chem")
    assert event.detail == " by one notch to BBB+ from A-"


def test_an_upgrade_on_the_moodys_scale_dated_and_leading_the_briefing() -> None:
    text = (
        "무디스는 4일 SK하이닉스의 신용등급을 'Baa2'에서 'Baa1'으로 한 단계 상향 조정했다고 밝혔다. "
        "SK하이닉스 주가는 이날 3.2% 오른 20만원에 마감했다."
    )
    lines = english_of(text, title="무디스, SK하이닉스 신용등급 상향")
    assert lines[0] == "Moody's raised its credit rating on SK hynix by one notch to Baa1 from Baa2 on 4 March 2026"


def test_an_outlook_change_in_words_of_the_data() -> None:
    (event,) = events_of("S&P는 삼성전자의 신용등급 전망을 '안정적'에서 '긍정적'으로 상향 조정했다.")
    assert event.action == "rating_outlook_raise"
    assert event.detail == " to positive from stable"


@pytest.mark.parametrize(
    "text",
    [
        "S&P는 LG화학의 신용등급을 'A-'에서 'A'로 낮췄다.",  # a "cut" to a better grade: misread, nothing said
        "S&P는 신용등급을 'A-'에서 'BBB+'로 낮췄다.",  # no rated entity
        "S&P는 LG화학의 신용등급을 낮췄다.",  # no grade
        "S&P는 LG화학의 신용등급 전망을 '안정적'에서 '안정적'으로 낮췄다.",  # no move
        "S&P는 LG화학의 신용등급을 '우량'에서 '보통'으로 낮췄다.",  # no grade of a known scale
    ],
)
def test_no_rating_action_without_its_arguments(text: str) -> None:
    assert not [e for e in events_of(text) if e.kind == "rating"]


def test_grades_are_copied_as_written() -> None:
    text = "무디스는 미국의 신용등급을 Aaa에서 Aa1으로 "
    assert rating_terms(text, 0, len(text), down=True, outlook=False) == " to Aa1 from Aaa"
    text = "한국신용평가는 롯데케미칼의 신용등급을 AA-로 "
    assert rating_terms(text, 0, len(text), down=True, outlook=False) == " to AA-"
