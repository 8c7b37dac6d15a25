"""PLACEHOLDER (being replaced): cross-source comparison."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Briefing, Comparison


def compare(briefings: Sequence[Briefing]) -> Comparison:
    return Comparison(articles=tuple(b.article for b in briefings), topics=())
