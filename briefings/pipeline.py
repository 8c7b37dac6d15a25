"""Article -> Briefing: the one place that strings the analysis stages together."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from .claims import extract_claims
from .english import brief_en
from .facts import extract_facts
from .figures import extract_figures
from .model import Analysis, Article, Briefing
from .nlp import analyse_many
from .summary import summarize_ko

Progress = Callable[[int, int], None]


def brief_from_analysis(article: Article, analysis: Analysis) -> Briefing:
    """Build a briefing from an article whose Korean analysis is already done."""
    figures = extract_figures(article.text, analysis.sentences, article.date)
    facts = extract_facts(article, analysis, figures) + extract_claims(article, analysis)
    summary = summarize_ko(article, analysis, figures, facts)
    headline, lines = brief_en(article, analysis, figures, facts, summary)
    return Briefing(
        article=article,
        analysis=analysis,
        figures=figures,
        facts=facts,
        summary_ko=summary,
        headline_en=headline,
        summary_en=lines,
    )


def brief(article: Article) -> Briefing:
    """Brief one article."""
    return next(brief_many([article]))


def brief_many(articles: Iterable[Article], progress: Progress | None = None) -> Iterator[Briefing]:
    """Brief many articles, feeding Kiwi in batches; yields in input order."""
    items: Sequence[Article] = list(articles)
    total = len(items)
    analyses = analyse_many(a.text for a in items)
    for done, (article, analysis) in enumerate(zip(items, analyses), start=1):
        yield brief_from_analysis(article, analysis)
        if progress is not None:
            progress(done, total)
