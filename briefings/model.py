"""The data model shared by every stage of the core and by the views.

Everything here is a frozen dataclass holding plain data: the core produces
these objects, the exporters and the reader only read them.  Most use
``__slots__`` (``slots=True``): a 10,000-article corpus holds millions of
them, and a slotted instance is about half the size (no ``__dict__``); use
``dataclasses.replace`` or ``dataclasses.asdict``, never ``obj.__dict__``.  Character spans
are always offsets into ``Article.text`` (the cleaned text), end-exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FigureKind = Literal["money", "percent", "count", "multiple", "date", "quantity"]
Qualifier = Literal["approx", "at_least", "at_most", "more_than", "less_than", "by"]
Status = Literal["agree", "disagree", "single"]

FIGURE_KINDS: tuple[str, ...] = ("money", "percent", "count", "multiple", "date", "quantity")
QUALIFIERS: tuple[str, ...] = ("approx", "at_least", "at_most", "more_than", "less_than", "by")


@dataclass(frozen=True, slots=True)
class IngestError:
    """A file that could not be read as an article, and why (one line, for people)."""

    path: str
    error: str
    # The name as the file system has it (may hold controls or undecodable bytes: never display it;
    # it tells NFC and NFD twins apart in messages).  Empty when not known; not part of equality.
    source: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article, ready for analysis.

    ``text`` is sanitized (NFC, LF line ends, no control or escape sequences,
    no page furniture).  ``date`` is an ISO date (``YYYY-MM-DD``) or None when
    the article does not state one; it is never guessed.
    """

    id: str
    path: str
    title: str
    text: str
    date: str | None = None
    outlet: str | None = None
    outlet_en: str | None = None
    byline: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    digest: str = ""  # sha256 hex of the source file's bytes (cache key)
    # The path as the file system knows it, for reopening the file (change checks). It may hold
    # control characters or undecodable bytes (surrogate escapes): never display it, use ``path``.
    source: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A Kiwi morpheme kept for later stages: lemma form, POS tag, span."""

    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the Korean analysis (kiwipiepy) knows about an article's text.

    ``tokens`` (one tuple of tokens per sentence) is filled only inside the
    pipeline, for its stages: in a ``Briefing`` (from ``brief_many``, the cache
    or anywhere after ``brief_from_analysis``) it is empty, since the tokens
    took ~95% of a briefing's memory (3.4 GB for 10,000 articles) and no view
    or exporter reads them.
    """

    sentences: tuple[Sentence, ...]
    tokens: tuple[tuple[Token, ...], ...] = ()  # one tuple of tokens per sentence; () outside the pipeline


@dataclass(frozen=True)
class Figure:
    """A key figure: an exact span of the article with its normalized value.

    ``value`` is a float for amounts and an ISO date string (``2025-01-27``,
    ``2025-01``, ``2025`` or ``2024-Q4``) when ``kind == "date"``; a date whose
    year or month the text does not give keeps only what it says, as an ISO
    8601 truncated form (``--10`` October, ``--10-05``, ``---05`` the 5th,
    ``--Q4``), and never dates a fact.  ``high`` is the upper end of a range
    (amounts or dates), else None.  ``unit`` is an ISO 4217 code for money,
    ``%``, ``count``, ``x`` or ``date``; for ``kind == "quantity"`` it is
    ``pt`` (index points and levels: "234.64포인트", "2,441.55에 마감",
    "2,500선"), ``pp`` (percentage points: "0.25%포인트", "0.25%p") or
    ``duration`` ("6주", "4년 5개월": the value counted in the smallest time
    word, which is ``counter``).  ``counter`` keeps the Korean counter word of
    a count (개, 명, 대, 위, ...) or the time word of a duration (개월, 년, 분,
    ...).  ``en`` is the figure said in English ("US$589-600 billion", "about
    ₩8 billion", "at least 24x", "234.64 points", "0.25 percentage points",
    "4 years and 5 months", "Q4 2024").
    """

    surface: str
    start: int
    end: int
    sentence: int
    kind: str
    value: float | str
    unit: str
    en: str
    high: float | str | None = None
    qualifier: str | None = None
    counter: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure (or a qualitative statement) put in context.

    ``subject`` and ``measure`` are canonical English keys from the data
    lexicons (subject "NVIDIA", measure "share_price"); ``change`` is a verb key
    such as "fall", "rise", "reach", "lose", "cost".  ``figure`` indexes
    ``Briefing.figures`` (None for a qualitative claim).  ``claim`` names a
    qualitative question (e.g. "built_without_nvidia_chips") and ``polarity``
    says whether the sentence asserts (True) or denies (False) it.
    """

    sentence: int
    subject: str | None = None
    measure: str | None = None
    change: str | None = None
    date: str | None = None
    figure: int | None = None
    claim: str | None = None
    polarity: bool | None = None
    hedged: bool = False
    stance: str | None = None  # data-driven answer of a non-yes/no claim ("surpasses", "matches")
    cue: str | None = None  # the words that decided a claim, for the reader ("GPU(H800) … 만으로")
    # The fact vocabulary of the public JSON (``brief --format json`` ``facts``); ``date`` above is
    # the event date ("YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY").  Unsure means None.
    subject_ko: str | None = None  # the Korean surface the subject was read from
    role: str | None = None  # level | change | conversion | threshold | reference | estimate | claim | date
    direction: str | None = None  # up | down (changes, from/to levels)
    time_of_day: str | None = None  # close | open | intraday (prices and levels)
    equivalent_of: int | None = None  # for a conversion: the figure (index) it converts
    source: str | None = None  # who states an estimate or a claim ("SemiAnalysis", "DeepSeek")


@dataclass(frozen=True, slots=True)
class Event:
    """A qualitative fact of a known kind, with its checked arguments (``facts/events.py``).

    ``kind`` is one of results, rate_decision, market_move, ban, probe, sanction, launch, deal,
    ipo, tender_offer, view, forecast, build (a plant to be built), rating (a credit-rating action), labour (a
    strike vote), split (a board's split-off decision); ``action`` the row of
    ``data/events.tsv`` that found it (rate_cut,
    ban, release, ...).  ``who`` are the actors' canonical English names, ``what`` the object's
    (None when the action takes none); ``who_type`` the gazetteer type of the first actor.
    ``start``/``end`` span the trigger word; ``date`` indexes the date figure that dates it.
    ``also`` are further objects joined to ``what`` by 와/과/및 ("A와 B에 대한 조사": what A, also (B,)).
    A contract's ``detail`` is what is contracted, in English with its article ("an HBM4 supply"), ``whom`` the
    party it is with when the text describes rather than names it ("a North American big-tech client"), and
    ``amount`` the figures of its value (the value, then its conversion in parentheses).
    """

    kind: str
    action: str
    sentence: int
    start: int
    end: int
    who: tuple[str, ...]
    what: str | None = None
    who_type: str | None = None
    date: int | None = None
    hedged: bool = False
    also: tuple[str, ...] = ()
    detail: str | None = None
    whom: str | None = None
    amount: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class BriefLine:
    """One line of the English briefing and the sentences/figures it rests on."""

    text: str
    sentences: tuple[int, ...]
    figures: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the views show for one article."""

    article: Article
    analysis: Analysis
    figures: tuple[Figure, ...]
    facts: tuple[Fact, ...]
    summary_ko: tuple[int, ...]  # sentence indices, in article order
    headline_en: str
    summary_en: tuple[BriefLine, ...]
    events: tuple[Event, ...] = ()
    headline_figures: tuple[int, ...] = ()  # the figures the headline states (indices into ``figures``)
    headline_sentences: tuple[int, ...] = ()  # the sentences the headline rests on

    def sentence_text(self, index: int) -> str:
        s = self.analysis.sentences[index]
        return self.article.text[s.start : s.end]

    @property
    def sentences(self) -> list[str]:
        return [self.article.text[s.start : s.end] for s in self.analysis.sentences]


@dataclass(frozen=True, slots=True)
class Mention:
    """One source's say on a topic: a figure or a sentence of one article."""

    article: str  # Article.id
    path: str
    sentence: int
    text: str  # the source sentence
    surface: str | None = None
    value: float | str | None = None
    high: float | str | None = None
    unit: str | None = None
    qualifier: str | None = None
    figure: int | None = None  # index into that article's Briefing.figures
    polarity: bool | None = None
    note: str | None = None  # e.g. a currency conversion shown to the reader
    stance: str | None = None  # a claim's answer (Fact.stance)
    hedged: bool = False  # the sentence hedges (의혹, 가능성, 주장, …)
    side: str | None = None  # what a claim mention says / a figure's side in a disagreement (English label)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a disagreement: what it says and which articles say it."""

    label_en: str
    label_ko: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Topic:
    """A point several sources speak to, with a verdict and its reason."""

    id: str
    label_ko: str
    label_en: str
    status: str  # agree | disagree | single
    reason: str
    mentions: tuple[Mention, ...]
    subject: str | None = None
    measure: str | None = None
    date: str | None = None
    # figure | claim | market_day | conversion | related | self_inconsistency | unit_mismatch | scale_slip
    kind: str = "figure"
    sides: tuple[Side, ...] = ()  # for a disagreement, who says what
    # The rest of the topic's key (``subject``, ``measure`` and ``date`` = event date above) and its story.
    role: str | None = None  # level | change | threshold | reference | estimate | claim | conversion
    time_of_day: str | None = None  # close | open | intraday (prices and levels)
    direction: str | None = None  # up | down, for changes
    story: str | None = None  # Story.id
    rates: tuple[str, ...] = ()  # for a conversion topic: each outlet's implied exchange rate, for the reader


@dataclass(frozen=True, slots=True)
class Story:
    """The articles of one event; nothing is compared across stories."""

    id: str  # "s1", "s2", ... in order of first article
    label_en: str
    label_ko: str
    articles: tuple[str, ...]  # Article.id, input order
    subjects: tuple[str, ...] = ()  # the entities it is about, most mentioned first
    dates: tuple[str, ...] = ()  # its event dates, most mentioned first


@dataclass(frozen=True, slots=True)
class Comparison:
    """The topics found across a set of briefings."""

    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    notes: tuple[str, ...] = field(default=())
    stories: tuple[Story, ...] = ()
    # Figures whose key is incomplete (no subject, measure, role, or a date/time the measure needs), or
    # that no verdict can be given on: shown per story and key, status "related", never a verdict.
    related: tuple[Topic, ...] = ()
