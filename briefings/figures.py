"""PLACEHOLDER (being replaced): key figures."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Figure, Sentence


def extract_figures(text: str, sentences: Sequence[Sentence], article_date: str | None) -> tuple[Figure, ...]:
    return ()
