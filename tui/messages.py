"""Messages the reader's workers and widgets post: small dataclasses, one docstring each.

Workers (threads) only ever talk to the app through these; widgets talk upward
with them and are driven downward with method calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from briefings import Article, Briefing, Comparison, IngestError


# --- from workers -----------------------------------------------------------


@dataclass
class CorpusLoaded(Message):
    """Ingest finished: the articles that could be read and the files that were skipped."""

    generation: int
    articles: list[Article]
    errors: list[IngestError]


@dataclass
class CorpusFailed(Message):
    """Ingest itself failed (not one file: the whole call)."""

    generation: int
    error: str


@dataclass
class BriefingReady(Message):
    """One article's briefing is ready."""

    generation: int
    article_id: str
    briefing: Briefing


@dataclass
class BriefingFailed(Message):
    """Briefing one article raised; the reason is shown on that article."""

    generation: int
    article_id: str
    error: str


@dataclass
class AnalysisProgress(Message):
    """How many articles are analysed so far (a flood of these collapses into the latest)."""

    generation: int
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


@dataclass
class AnalysisFinished(Message):
    """Every article of this generation has a briefing or an error."""

    generation: int


@dataclass
class ComparisonReady(Message):
    """The cross-source comparison is computed."""

    generation: int
    comparison: Comparison


@dataclass
class ComparisonFailed(Message):
    """Comparing the sources raised."""

    generation: int
    error: str


@dataclass
class SearchFinished(Message):
    """A search over titles and texts finished: (article index, start, end) per match, in ``articles``."""

    query: str
    matches: list[tuple[int, int, int]]
    articles: list[Article]  # the list searched (its rows and texts are what the matches point into)


@dataclass
class CopyFinished(Message):
    """A copy to the system clipboard was tried: ``ok`` says whether it worked."""

    text: str
    ok: bool


# --- from widgets -----------------------------------------------------------


@dataclass
class ArticleHighlighted(Message):
    """The list cursor moved to the row at ``index``."""

    index: int


@dataclass
class ArticleChosen(Message):
    """The user pressed enter on the row at ``index``."""

    index: int


@dataclass
class FigureFocused(Message):
    """The current key figure in the original changed (None: no figure); an index into ``briefing``'s figures."""

    figure: int | None
    briefing: Briefing | None = None


@dataclass
class BriefingItemFocused(Message):
    """The cursor in the briefing moved: the sentences and figures (of ``briefing``) that item rests on."""

    sentences: tuple[int, ...]
    figures: tuple[int, ...]
    briefing: Briefing | None = None


@dataclass
class CellChosen(Message):
    """Enter on a comparison cell: open that article at that sentence (and figure)."""

    article_id: str
    sentence: int
    figure: int | None = None
