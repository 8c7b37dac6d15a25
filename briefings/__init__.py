"""deepseek-brief's core: Korean news articles in, bilingual briefings and comparisons out.

This module's exports are the core's public API; the reader (``tui``) uses
nothing else.  The core never imports Textual.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefings.analysis.nlp import AnalyserUnavailable
    from briefings.comparison.topics import compare
    from briefings.ingest.extractor import HTML_EXTRACTED, HTML_EXTRACTOR_MISSING, missing_extractor_message
    from briefings.ingest.files import first_article, load_paths, read_article, seed_dir, source_changed, text_encoding
    from briefings.ingest.sanitize import safe_name
    from briefings.installation import dependency_versions, installation_problems
    from briefings.model import (
        Analysis,
        Article,
        Briefing,
        BriefLine,
        Comparison,
        Event,
        Fact,
        Figure,
        IngestError,
        Mention,
        Sentence,
        Story,
        Token,
        Topic,
    )
    from briefings.output.cache import Cache, default_cache_dir
    from briefings.output.export import (
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
        default_export_dir,
        export_filename,
        format_value,
        json_schema,
        write_atomic,
        write_new,
    )
    from briefings.pipeline import brief, brief_from_analysis, brief_many

# Public name -> the submodule defining it.  Imported on first use (PEP 562), so that
# ``from briefings import load_paths`` (the reader's first screen) or ``Cache`` (a warm
# start) does not pay for compiling the analysis stages' patterns and lexicons.
_LAZY: dict[str, str] = {
    "Cache": "output.cache",
    "default_cache_dir": "output.cache",
    "compare": "comparison.topics",
    "ExportError": "output.export",
    "briefing_to_dict": "output.export",
    "briefing_to_markdown": "output.export",
    "briefing_to_text": "output.export",
    "briefings_to_json": "output.export",
    "briefings_to_markdown": "output.export",
    "briefings_to_text": "output.export",
    "comparison_to_dict": "output.export",
    "comparison_to_json": "output.export",
    "comparison_to_markdown": "output.export",
    "comparison_to_text": "output.export",
    "export_filename": "output.export",
    "format_value": "output.export",
    "json_schema": "output.export",
    "write_atomic": "output.export",
    "write_new": "output.export",
    "default_export_dir": "output.export",
    "load_paths": "ingest.files",
    "first_article": "ingest.files",
    "read_article": "ingest.files",
    "source_changed": "ingest.files",
    "text_encoding": "ingest.files",
    "safe_name": "ingest.sanitize",
    "seed_dir": "ingest.files",
    "Analysis": "model",
    "Article": "model",
    "Briefing": "model",
    "BriefLine": "model",
    "Comparison": "model",
    "Event": "model",
    "Fact": "model",
    "Figure": "model",
    "IngestError": "model",
    "Mention": "model",
    "Sentence": "model",
    "Token": "model",
    "Story": "model",
    "Topic": "model",
    "AnalyserUnavailable": "analysis.nlp",
    "HTML_EXTRACTED": "ingest.extractor",
    "HTML_EXTRACTOR_MISSING": "ingest.extractor",
    "missing_extractor_message": "ingest.extractor",
    "dependency_versions": "installation",
    "installation_problems": "installation",
    "brief": "pipeline",
    "brief_from_analysis": "pipeline",
    "brief_many": "pipeline",
}

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "AnalyserUnavailable",
    "Article",
    "BriefLine",
    "Cache",
    "Briefing",
    "Comparison",
    "Event",
    "ExportError",
    "Fact",
    "Figure",
    "IngestError",
    "Mention",
    "Sentence",
    "Token",
    "Story",
    "Topic",
    "HTML_EXTRACTED",
    "HTML_EXTRACTOR_MISSING",
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
    "format_value",
    "first_article",
    "json_schema",
    "write_atomic",
    "write_new",
    "default_export_dir",
    "compare",
    "default_cache_dir",
    "dependency_versions",
    "installation_problems",
    "missing_extractor_message",
    "load_paths",
    "read_article",
    "safe_name",
    "source_changed",
    "seed_dir",
    "text_encoding",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """Keeps ``briefings.compare`` the function: importing a submodule named like an export
    later (lazily) would otherwise rebind the package attribute to the module."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
