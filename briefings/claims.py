"""PLACEHOLDER (being replaced): qualitative claims (Fact with claim/polarity)."""

from __future__ import annotations

from .model import Analysis, Article, Fact


def extract_claims(article: Article, analysis: Analysis) -> tuple[Fact, ...]:
    return ()
