"""What the reader knows about the corpus: articles, skipped files, briefings, failures.

Plain mutable state owned by the app; workers never touch it (they post
messages, and the app updates it on the event loop).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefings import Article, Briefing, Comparison, IngestError


@dataclass
class CorpusState:
    """The corpus on show and everything computed for it so far."""

    generation: int = 0
    loaded: bool = False
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    briefings: dict[str, Briefing] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    comparison: Comparison | None = None
    comparison_error: str | None = None
    done: int = 0
    _index: dict[str, int] = field(default_factory=dict)

    def set_corpus(self, articles: list[Article], errors: list[IngestError]) -> None:
        self.articles = articles
        self.errors = errors
        self._index = {a.id: i for i, a in enumerate(articles)}
        self.loaded = True

    def show_first(self, article: Article) -> None:
        """The first article, read ahead of the corpus so the first screen shows it (not ``loaded`` yet)."""
        self.articles = [article]
        self._index = {article.id: 0}

    @property
    def row_count(self) -> int:
        return len(self.articles) + len(self.errors)

    def index_of(self, article_id: str) -> int | None:
        return self._index.get(article_id)

    def article_at(self, row: int) -> Article | None:
        return self.articles[row] if 0 <= row < len(self.articles) else None

    def error_at(self, row: int) -> IngestError | None:
        index = row - len(self.articles)
        return self.errors[index] if 0 <= index < len(self.errors) else None

    @property
    def finished(self) -> bool:
        return self.loaded and len(self.briefings) + len(self.failures) >= len(self.articles)

    def ordered_briefings(self) -> list[Briefing]:
        return [self.briefings[a.id] for a in self.articles if a.id in self.briefings]
