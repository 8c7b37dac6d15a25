"""The key-figure lexicons, loaded once from ``briefings/data`` (tsv/txt files)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

try:  # the standard library's own regex parser (``required_literals``)
    from re import _parser as _re_parser  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    import sre_parse as _re_parser  # type: ignore[no-redef,unused-ignore]


@dataclass(frozen=True)
class Unit:
    """A unit word or sign: 달러 (money, USD, after the number), $ (money, USD, before it), % ..."""

    surface: str
    kind: str
    unit: str
    prefix: bool
    space: str  # "yes" | "no" | "scale"
    counter: str | None = None
    blocked_next: re.Pattern[str] | None = None
    min_value: int = 0
    factor: Decimal = Decimal(1)  # the value is the number times it ("76센트" is US$0.76)

    @property
    def latin(self) -> bool:
        """A unit written in Latin letters right after the digits ("234.64p", "0.25%p", "3pt")."""
        return not self.prefix and self.surface.lstrip("%％")[:1].isascii() and self.surface.lstrip("%％")[:1].isalpha()


@dataclass(frozen=True)
class DurationWord:
    """A time word of a duration (년, 개월, 주, 일, 시간, 분, ...) and how it combines."""

    word: str
    singular: str
    plural: str
    context: re.Pattern[str] | None  # None: the word alone makes a duration
    smaller: str | None
    per: int
    max_value: int | None = None


@dataclass(frozen=True)
class QualifierCue:
    position: str  # before | after | between
    pattern: re.Pattern[str]
    qualifier: str
    en: str | None = None  # how English says this word when it differs from the qualifier's usual words


def _rows(name: str) -> list[list[str]]:
    text = resources.files("briefings.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    """Currency, percent and multiple units, then counters; longest surface first."""
    found = [
        Unit(
            r[0],
            r[1],
            r[2],
            r[3] == "prefix",
            r[4],
            blocked_next=None if r[5] == "-" else re.compile(r[5]),
            factor=Decimal(r[6]) if len(r) > 6 and r[6] != "-" else Decimal(1),
        )
        for r in _rows("units.tsv")
    ]
    found += [
        Unit(r[0], "count", "count", False, "scale", counter=r[0], min_value=0 if r[3] == "-" else int(r[3]))
        for r in _rows("counters.tsv")
    ]
    return tuple(sorted(found, key=lambda u: -len(u.surface)))


@lru_cache(maxsize=1)
def counter_glosses() -> dict[str, tuple[str, str]]:
    """Counter word -> (English plural, English singular)."""
    return {r[0]: (r[1], r[2]) for r in _rows("counters.tsv")}


@lru_cache(maxsize=1)
def counter_contexts() -> dict[str, tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, str]]]:
    """Counter -> (window, cues, blocking words, (plural, singular)) from counter_contexts.tsv: the English of a
    counter that depends on the words before it in its sentence (가구: dwellings in housing news)."""
    table = {}
    for counter, window, cues, block, plural, singular in _rows("counter_contexts.tsv"):
        table[counter] = (
            int(window),
            tuple(cues.split("|")),
            () if block == "-" else tuple(block.split("|")),
            (plural, singular),
        )
    return table


@lru_cache(maxsize=1)
def particle_starts() -> frozenset[str]:
    """Syllables that may directly follow a unit word without making it part of another word."""
    return frozenset("".join(line[0] for line in _rows("particles.txt")))


@lru_cache(maxsize=1)
def qualifier_cues() -> tuple[QualifierCue, ...]:
    return tuple(
        QualifierCue(r[0], re.compile(r[1]), r[2], r[3] if len(r) > 3 and r[3] else None)
        for r in _rows("qualifiers.tsv")
    )


@lru_cache(maxsize=1)
def rate_bases() -> tuple[tuple[str, str], ...]:
    """(Korean, English) of the bases a rate is quoted per that belong to the figure ("100엔당": "per 100 yen")."""
    return tuple((r[0], r[1]) for r in _rows("english_per_units.tsv") if len(r) >= 3 and r[2] == "yes")


@lru_cache(maxsize=1)
def non_figure_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r[0]) for r in _rows("non_figures.txt"))


@lru_cache(maxsize=1)
def non_figure_scans() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Each non-figure pattern with the literal strings every match of it holds (``required_literals``): a text
    missing one of them needs no scan ("11월호" needs "월호"; most texts hold no issue name)."""
    return tuple((p, required_literals(p)) for p in non_figure_patterns())


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The runs of plain characters at the top level of ``pattern`` (outside any group, repeat, class or
    alternative): every match holds each run as written.  Empty when the pattern ignores case, has a top-level
    alternative or cannot be read; then it is always scanned."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an internal reader: any failure only means "scan always"
        return ()
    runs: list[str] = []
    run: list[str] = []
    for op, arg in parsed:
        if op is _re_parser.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            runs.append("".join(run))
        run = []
    if run:
        runs.append("".join(run))
    return tuple(runs)


@lru_cache(maxsize=1)
def count_nouns() -> dict[str, tuple[str, str]]:
    """Korean or Latin noun -> English (plural, singular): "GPU" -> ("GPUs", "GPU")."""
    return {r[0]: (r[1], r[2]) for r in _rows("count_nouns.tsv")}


@lru_cache(maxsize=1)
def date_words() -> dict[str, dict[str, str]]:
    """kind -> {surface regex or word: value} from date_words.tsv."""
    table: dict[str, dict[str, str]] = {}
    for kind, word, value in _rows("date_words.tsv"):
        table.setdefault(kind, {})[word] = value
    return table


@lru_cache(maxsize=1)
def latin_units() -> tuple[Unit, ...]:
    """The suffix units written with Latin letters (p, pt, %p), longest first."""
    return tuple(u for u in units() if u.latin)


@lru_cache(maxsize=1)
def duration_contexts() -> dict[str, re.Pattern[str]]:
    """What must follow a time word for a duration (``duration_contexts.tsv``): name -> regex."""
    return {r[0]: re.compile(r[1]) for r in _rows("duration_contexts.tsv")}


@lru_cache(maxsize=1)
def duration_words() -> tuple[DurationWord, ...]:
    """Time words of durations (``durations.tsv``), longest first."""
    contexts = duration_contexts()
    words = [
        DurationWord(
            r[0],
            r[1],
            r[2],
            None if r[3] == "free" else contexts[r[3]],
            None if r[4] == "-" else r[4],
            0 if r[5] == "-" else int(r[5]),
            None if len(r) < 7 or r[6] == "-" else int(r[6]),
        )
        for r in _rows("durations.tsv")
    ]
    return tuple(sorted(words, key=lambda w: -len(w.word)))


def _words(name: str) -> tuple[str, ...]:
    return tuple(r[0].strip() for r in _rows(name) if r[0].strip())


@lru_cache(maxsize=1)
def index_words() -> tuple[str, ...]:
    """Words naming a stock index (``index_words.txt``)."""
    return _words("index_words.txt")


@lru_cache(maxsize=1)
def money_words() -> tuple[str, ...]:
    """Nouns after which a bare scaled amount is money (``money_words.txt``)."""
    return _words("money_words.txt")


@lru_cache(maxsize=1)
def quantity_units() -> dict[str, tuple[str, str]]:
    """Unit of a quantity -> English (singular, plural): "pt" -> ("point", "points")."""
    return {r[0]: (r[1], r[2]) for r in _rows("quantity_units.tsv")}


@lru_cache(maxsize=1)
def rank_scopes() -> tuple[str, ...]:
    """Words before "N대 <noun>" that make it a rank (``rank_scopes.txt``)."""
    return _words("rank_scopes.txt")


@lru_cache(maxsize=1)
def ratio_words() -> tuple[str, ...]:
    """Words by "N대 1" that make it a ratio to one (``ratio_words.txt``)."""
    return _words("ratio_words.txt")


@lru_cache(maxsize=1)
def ratio_endings() -> tuple[str, ...]:
    """Particles and endings that may follow the "1" of a ratio to one with no ratio word by it
    (``ratio_endings.txt``)."""
    return _words("ratio_endings.txt")


@lru_cache(maxsize=1)
def week_labels() -> dict[str, str]:
    """Korean ordinal of a week of a month -> English ordinal (``week_labels.tsv``: "셋째" -> "third")."""
    return {r[0].strip(): r[1].strip() for r in _rows("week_labels.tsv")[1:] if len(r) >= 2}


@lru_cache(maxsize=1)
def week_label_re() -> re.Pattern[str]:
    """The week written right after a month ("11월 셋째 주", "11월 넷째주"): group ``ord`` is its ordinal."""
    ords = "|".join(sorted(map(re.escape, week_labels()), key=len, reverse=True))
    return re.compile(rf"\s?(?P<ord>{ords})\s?주(?=$|[^가-힣]|[에의는은도](?:$|[^가-힣]))")


@lru_cache(maxsize=1)
def level_words() -> tuple[str, ...]:
    """Words after a bare whole number that make it an index's level (``level_words.txt``)."""
    return _words("level_words.txt")
