"""deepseek-brief's core: Korean news articles in, bilingual briefings and comparisons out.

This module's exports are the core's public API; the reader (``tui``) uses
nothing else.  The core never imports Textual.
"""

from __future__ import annotations

from .compare import compare
from .ingest import load_paths, seed_dir
from .model import (
    Analysis,
    Article,
    BriefLine,
    Briefing,
    Comparison,
    Fact,
    Figure,
    IngestError,
    Mention,
    Sentence,
    Token,
    Topic,
)
from .pipeline import brief, brief_from_analysis, brief_many

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "BriefLine",
    "Briefing",
    "Comparison",
    "Fact",
    "Figure",
    "IngestError",
    "Mention",
    "Sentence",
    "Token",
    "Topic",
    "__version__",
    "brief",
    "brief_from_analysis",
    "brief_many",
    "compare",
    "load_paths",
    "seed_dir",
]
