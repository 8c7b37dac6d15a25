"""deepseek-brief's core: Korean news articles in, bilingual briefings and comparisons out.

This module's exports are the core's public API; the reader (``tui``) uses
nothing else.  The core never imports Textual.
"""

from __future__ import annotations

from .cache import Cache, default_cache_dir
from .compare import compare
from .export import (
    ExportError,
    briefing_to_dict,
    briefing_to_markdown,
    briefing_to_text,
    briefings_to_json,
    briefings_to_markdown,
    briefings_to_text,
    comparison_to_dict,
    comparison_to_json,
    comparison_to_markdown,
    comparison_to_text,
    export_filename,
    json_schema,
    write_atomic,
)
from .ingest import load_paths, seed_dir
from .model import (
    Analysis,
    Article,
    Briefing,
    BriefLine,
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
    "Cache",
    "Briefing",
    "Comparison",
    "ExportError",
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
    "briefing_to_dict",
    "briefing_to_markdown",
    "briefing_to_text",
    "briefings_to_json",
    "briefings_to_markdown",
    "briefings_to_text",
    "comparison_to_dict",
    "comparison_to_json",
    "comparison_to_markdown",
    "comparison_to_text",
    "export_filename",
    "json_schema",
    "write_atomic",
    "compare",
    "default_cache_dir",
    "load_paths",
    "seed_dir",
]
