"""PLACEHOLDER (being replaced): facts."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Analysis, Article, Fact, Figure


def extract_facts(article: Article, analysis: Analysis, figures: Sequence[Figure]) -> tuple[Fact, ...]:
    return ()
