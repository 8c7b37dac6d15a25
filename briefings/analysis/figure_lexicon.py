"""The key-figure lexicons, loaded once from ``briefings/data`` (tsv/txt files)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


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


@dataclass(frozen=True)
class QualifierCue:
    position: str  # before | after | between
    pattern: re.Pattern[str]
    qualifier: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("briefings.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    """Currency, percent and multiple units, then counters; longest surface first."""
    found = [
        Unit(r[0], r[1], r[2], r[3] == "prefix", r[4], blocked_next=None if r[5] == "-" else re.compile(r[5]))
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
def particle_starts() -> frozenset[str]:
    """Syllables that may directly follow a unit word without making it part of another word."""
    return frozenset("".join(line[0] for line in _rows("particles.txt")))


@lru_cache(maxsize=1)
def qualifier_cues() -> tuple[QualifierCue, ...]:
    return tuple(QualifierCue(r[0], re.compile(r[1]), r[2]) for r in _rows("qualifiers.tsv"))


@lru_cache(maxsize=1)
def non_figure_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r[0]) for r in _rows("non_figures.txt"))


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
