"""The HTML extractor (trafilatura), loaded once, and what went wrong when it cannot be.

A page the extractor cannot parse is a hard page: it is read as plain text, and the
article's warnings say so.  An extractor that cannot even be imported is a packaging
fault (a dependency missing or broken, e.g. ``lxml_html_clean`` for justext): that is
never mistaken for a hard page.  :func:`extractor_problem` names it so that the
command line can say it loudly, once, and ``deepseek-brief --version`` shows it.
"""

from __future__ import annotations

import logging
import threading
from types import ModuleType

_lock = threading.Lock()
_loaded: ModuleType | None = None
_problem: str | None = None
_tried = False

# How each HTML file was read: one of these starts the article's warning (``Article.warnings``).
HTML_EXTRACTED = "read as HTML: article body extracted (trafilatura)"
HTML_EXTRACTOR_MISSING = "read as plain text: the HTML extractor is not installed"
HTML_EXTRACTOR_FAILED = "read as plain text: the HTML extractor failed on this page"
HTML_NO_BODY = "read as plain text: the HTML extractor found no article body"


def missing_extractor_message(problem: str | None = None) -> str:
    """The one loud line for a broken installation (the CLI's stderr, the reader's notice)."""
    problem = problem or extractor_problem() or "unknown fault"
    return (f"the HTML extractor cannot be loaded ({problem}): HTML pages are read as plain text, with their "
            "menus and footers. This is an installation fault; reinstall with "
            "'pip install --force-reinstall deepseek-brief' and check 'deepseek-brief --version'")


# The distributions behind HTML extraction, in the order a bug report wants them.
EXTRACTOR_DISTRIBUTIONS = ("trafilatura", "lxml", "lxml_html_clean", "justext", "htmldate", "courlan")


def _quiet_logs() -> None:
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def load_extractor() -> ModuleType | None:
    """trafilatura, imported once per process; None (and :func:`extractor_problem` says why) when it fails."""
    global _loaded, _problem, _tried
    with _lock:
        if not _tried:
            _tried = True
            _quiet_logs()
            try:
                # justext imports lxml.html.clean lazily on some versions: make the whole chain load now.
                import justext  # noqa: F401
                import lxml.html.clean  # noqa: F401
                import trafilatura
            except Exception as exc:  # ImportError, or any failure while loading: a packaging fault
                _problem = f"{type(exc).__name__}: {exc}".strip()
            else:
                _loaded = trafilatura
        return _loaded


def extractor_problem() -> str | None:
    """Why the HTML extractor cannot be used in this installation, or None when it can.

    Loads the extractor if nobody has tried yet.
    """
    load_extractor()
    return _problem


def distribution_version(name: str) -> str | None:
    """The installed version of a distribution, or None when it is not installed."""
    import importlib.metadata  # only for --version: it costs ~20 ms at start-up

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None
