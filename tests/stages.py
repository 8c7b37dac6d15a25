"""Shared test helpers: a Korean text run through the pipeline's stages as the pipeline runs them.

Several test files had their own copy of these (`_run`, `_fact_of`, `english_of`, `_brief`, `_fact`, `_lines`); they now
import them from here so a change of a stage's signature is made once. Only `fact_at` asserts (that the figure has a
fact), as the copies it replaces did.
"""

from __future__ import annotations

from pathlib import Path

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.ingest.files import read_article
from briefings.model import Article, Briefing, Fact
from briefings.pipeline import brief, brief_from_analysis
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


def events_english(text: str, title: str, date: str, article_id: str = "p") -> list[str]:
    """Headline and lines of a text briefed from its events only (no facts), as the event tests read them."""
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id=article_id, path=f"{article_id}.txt", title=title, text=text, date=date)
    result = brief_english(article, analysis, figures, (), (), extract_events(article, analysis, figures))
    return ([result.headline.text] if result.headline else []) + [line.text for line in result.lines]


def brief_report(tmp_path: Path, title: str, body: str, day: str, reporter: str = "박기자") -> Briefing:
    """The whole pipeline's briefing of a report file written as a reader's file is: title, dateline, body."""
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n\n{day} {reporter}\n\n{body}\n", encoding="utf-8")
    return brief(read_article(path))


def fact_at(b: Briefing, surface: str, exact: bool = True) -> Fact:
    """The last fact whose figure is written `surface` (or, not exact, starts with it); asserts there is one."""
    found = [
        f
        for f in b.facts
        if f.figure is not None
        and (b.figures[f.figure].surface == surface if exact else b.figures[f.figure].surface.startswith(surface))
    ]
    assert found, surface
    return found[-1]


def brief_lines(b: Briefing) -> list[str]:
    """The headline (empty when none) and the summary lines of a briefing."""
    return [b.headline_en or "", *(line.text for line in b.summary_en)]
