"""PLACEHOLDER (being replaced): English briefing."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Analysis, Article, BriefLine, Fact, Figure


def brief_en(article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], summary: Sequence[int]) -> tuple[str, tuple[BriefLine, ...]]:
    return ("", ())
