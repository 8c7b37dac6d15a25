"""PLACEHOLDER (being replaced): Korean summary."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Analysis, Article, Fact, Figure


def summarize_ko(article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]) -> tuple[int, ...]:
    return tuple(range(min(3, len(analysis.sentences))))
