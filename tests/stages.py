"""Shared test helpers: a Korean text run through the pipeline's stages as the pipeline runs them.

Several round 12/13 test files had their own copy of these (`_run`, `_fact_of`, `english_of`); they now import them
from here so a change of a stage's signature is made once. Nothing here asserts anything.
"""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article, Fact
from briefings.pipeline import brief_from_analysis
from briefings.writing.english import brief_english


def run_stages(text: str, date: str = "2026-12-02", article_id: str = "s") -> tuple[list[str], list[Fact], list[str]]:
    """(headline and lines, facts, figure surfaces) of a text run through the stages as the pipeline does."""
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id=article_id, path=f"{article_id}.txt", title="", text=text, date=date)
    facts = list(extract_facts(article, analysis, figures))
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, tuple(facts), (), events, analysis_mentions(text, analysis))
    lines = [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]
    return lines, facts, [f.surface for f in figures]


def fact_of(facts: list[Fact], surfaces: list[str], surface: str) -> Fact:
    """The first fact whose figure is written `surface` (StopIteration when none is)."""
    return next(f for f in facts if f.figure is not None and surfaces[f.figure] == surface)


def briefed_english(text: str, date: str, title: str = "", article_id: str = "n") -> list[str]:
    """The whole brief's English (headline first, then the summary lines) of a text, a title above it if given."""
    body = f"{title}\n\n{text}" if title else text
    article = Article(id=article_id, path=f"{article_id}.txt", title=title, text=body, date=date)
    b = brief_from_analysis(article, analyse(body))
    return ([b.headline_en] if b.headline_en else []) + [line.text for line in b.summary_en]
