"""Article -> Briefing: the one place that strings the analysis stages together."""

from __future__ import annotations

import importlib
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from briefings.model import Analysis, Article, Briefing

if TYPE_CHECKING:
    from briefings.analysis.figures import extract_figures
    from briefings.analysis.nlp import analyse_many
    from briefings.facts.attribution import analysis_mentions, extract_facts
    from briefings.facts.claims import extract_claims
    from briefings.facts.events import extract_events
    from briefings.output.cache import Cache
    from briefings.writing.english import brief_english
    from briefings.writing.nouns import series_subjects
    from briefings.writing.summary import summarize_ko

Progress = Callable[[int, int], None]

# The stages are imported on first use: a run whose articles all come from the
# cache (the reader's warm start) never compiles their patterns and lexicons.
# They are still module attributes (``pipeline.extract_figures``), so they can
# be replaced for a test.
_STAGES = {
    "analyse_many": ".analysis.nlp",
    "extract_figures": ".analysis.figures",
    "extract_facts": ".facts.attribution",
    "analysis_mentions": ".facts.attribution",
    "extract_claims": ".facts.claims",
    "summarize_ko": ".writing.summary",
    "extract_events": ".facts.events",
    "brief_english": ".writing.english",
    "series_subjects": ".writing.nouns",
}
_stages_loaded = False


# The stages search with many patterns built from data rows and the words of a text (owner rows, regions, cue
# words) through ``re``'s own cache. On real articles they outnumber its 512 entries (CPython 3.11-3.13), which
# drops its oldest pattern for each new one: ~11 patterns per article were compiled again, ~12% of the stages'
# CPU on the development texts. A larger cache keeps them; it stays bounded, and a Python without this attribute
# is left as it is.
_RE_CACHE = 4096


def _load_stages() -> None:
    global _stages_loaded
    if not _stages_loaded:
        if 0 < getattr(re, "_MAXCACHE", 0) < _RE_CACHE:
            re._MAXCACHE = _RE_CACHE  # type: ignore[attr-defined]
        for name, module in _STAGES.items():
            globals().setdefault(name, getattr(importlib.import_module(module, __package__), name))
        _stages_loaded = True


def __getattr__(name: str) -> Any:
    if name in _STAGES:
        _load_stages()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def brief_from_analysis(article: Article, analysis: Analysis) -> Briefing:
    """Build a briefing from an article whose Korean analysis is already done.

    The stages read ``analysis.tokens``; the briefing returned keeps only the
    sentences (``Analysis(sentences, tokens=())``): the tokens are about 95% of
    a briefing's memory and nothing after the pipeline reads them.
    """
    _load_stages()
    figures = extract_figures(article.text, analysis.sentences, article.date)
    mentions = analysis_mentions(article.text, analysis)  # one gazetteer scan, read by three stages
    facts = extract_facts(article, analysis, figures, mentions) + extract_claims(article, analysis)
    summary = summarize_ko(article, analysis, figures, facts)
    events = extract_events(article, analysis, figures, mentions)
    english = brief_english(article, analysis, figures, facts, summary, events, mentions)
    headline = english.headline
    facts = series_subjects(article.text, facts, figures, [(x.start, x.end) for x in analysis.sentences])
    return Briefing(
        article=article,
        analysis=Analysis(analysis.sentences) if analysis.tokens else analysis,
        figures=figures,
        facts=facts,
        summary_ko=summary,
        headline_en=headline.text if headline is not None else "",
        summary_en=english.lines,
        events=events,
        headline_figures=headline.figures if headline is not None else (),
        headline_sentences=headline.sentences if headline is not None else (),
    )


def brief(article: Article, cache: Cache | None = None) -> Briefing:
    """Brief one article (from the cache when it holds it)."""
    return next(brief_many([article], cache=cache))


def brief_many(
    articles: Iterable[Article], progress: Progress | None = None, cache: Cache | None = None
) -> Iterator[Briefing]:
    """Brief many articles; yields in input order, each as soon as it is ready.

    With a ``cache``, articles it holds come from it and never reach Kiwi
    (which is not even loaded while no article needs it); the others go to
    Kiwi as one stream (``nlp.analyse_many``) and are stored.  The results are
    the same with or without the cache.  ``progress(done, total)`` is called
    after each article.
    """
    items: Sequence[Article] = list(articles)
    total = len(items)
    briefings = _from_cache(items, cache) if cache is not None else _analysed(items)
    for done, briefing in enumerate(briefings, start=1):
        yield briefing
        if progress is not None:
            progress(done, total)


def _analysed(items: Sequence[Article]) -> Iterator[Briefing]:
    if not items:
        return
    _load_stages()
    for article, analysis in zip(items, analyse_many(a.text for a in items), strict=True):
        yield brief_from_analysis(article, analysis)


def _from_cache(items: Sequence[Article], cache: Cache) -> Iterator[Briefing]:
    """Cache lookups run just ahead of the reader, misses stream to Kiwi in order.

    ``scan`` looks articles up one at a time (under a lock: Kiwi may pull the
    next text from its own thread): a hit is kept in ``hits``, a miss queued in
    ``found``.  Kiwi's input stream hands queued misses over (``given``, in
    order, so the k-th analysis belongs to ``given[k]``) and scans further
    ahead only when it runs out of work.
    """
    hits: dict[int, Briefing] = {}
    analysed: dict[int, Analysis] = {}
    found: deque[int] = deque()
    given: deque[int] = deque()
    lock = threading.Lock()
    scanned = 0

    def scan() -> None:
        nonlocal scanned
        with lock:
            if scanned >= len(items):
                return
            i = scanned
            hit = cache.get(items[i])
            if hit is None:
                found.append(i)
            else:
                hits[i] = hit
            scanned = i + 1

    def texts_for_kiwi() -> Iterator[str]:
        while True:
            while found:
                i = found.popleft()
                given.append(i)
                yield items[i].text
            if scanned >= len(items):
                return
            scan()

    analyses: Iterator[Analysis] | None = None
    for i, article in enumerate(items):
        while scanned <= i:
            scan()
        hit = hits.pop(i, None)
        if hit is not None:
            yield hit
            continue
        while i not in analysed:
            if analyses is None:
                _load_stages()
                analyses = analyse_many(texts_for_kiwi())
            analysis = next(analyses)
            analysed[given.popleft()] = analysis
        briefing = brief_from_analysis(article, analysed.pop(i))
        cache.put(briefing)
        yield briefing
