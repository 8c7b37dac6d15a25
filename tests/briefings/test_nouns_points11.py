"""A figure in points the facts stage reads as an index level with no index of the gazetteer is said with its
clause's listed index noun (data/english_nouns.tsv, kind quantity): sentiment and business-survey indexes."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english


def _end_to_end(text: str, date: str) -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="p", path="p.txt", title="", text=text, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


def test_a_sentiment_index_level_and_move_in_points_are_said_with_its_noun() -> None:
    lines = _end_to_end("소비자심리 위축\n\n12월 소비자심리지수는 95.1로 전월보다 1.7포인트 하락했다.", "2026-12-22")
    assert any("consumer sentiment index fell 1.7 points" in x and "to 95.1" in x for x in lines), lines
    assert not any("%" in x for x in lines), lines


def test_a_leading_index_said_in_another_order_is_said_with_its_noun() -> None:
    lines = _end_to_end("경기 지표\n\n경기선행지수는 전월 대비 0.4포인트 오른 100.8을 기록했다.", "2026-11-30")
    assert any("leading economic index rose 0.4 points" in x and "100.8" in x for x in lines), lines


def test_points_with_no_listed_noun_are_not_said() -> None:
    lines = _end_to_end("시황\n\n이날 지수는 전날보다 2.3포인트 내린 812.4로 마감했다.", "2026-11-30")
    assert not any("812.4" in x or "2.3 points" in x for x in lines), lines
    # twin: the same sentence with a listed index noun is said with it
    lines = _end_to_end("시황\n\n이날 경기선행지수는 전월보다 2.3포인트 내린 98.4를 기록했다.", "2026-11-30")
    assert "The leading economic index fell 2.3 points from the previous month to 98.4" in lines, lines
