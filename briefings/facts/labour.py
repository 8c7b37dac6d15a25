"""The labour-market statistics of an employment release (data/labour_statistics.tsv): the words that name
a statistic (취업자, 고용률, 실업률, 실업자), the populations and industries it is broken down by, and the
English noun phrase each statistic of each kind of segment is said with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefings.lexicon import _rows, trie_regex


@dataclass(frozen=True)
class LabourData:
    indicators: dict[str, tuple[str, str]]  # Korean word -> (measure, figure kind: count | percent)
    totals: dict[str, str | None]  # measure -> English subject of the whole statistic (None: names none)
    segments: dict[str, tuple[str, str]]  # Korean -> (English, population | industry)
    phrases: dict[tuple[str, str], str]  # (measure, total | population | industry | none) -> English pattern
    indicator_re: re.Pattern[str]
    segment_re: re.Pattern[str]


@cache
def labour_data() -> LabourData:
    indicators: dict[str, tuple[str, str]] = {}
    totals: dict[str, str | None] = {}
    segments: dict[str, tuple[str, str]] = {}
    phrases: dict[tuple[str, str], str] = {}
    for r in _rows("labour_statistics.tsv"):
        if r[0] == "indicator" and len(r) >= 4:
            indicators[r[1]] = (r[2], r[3])
        elif r[0] == "total" and len(r) >= 3:
            totals[r[1]] = None if r[2] == "-" else r[2]
        elif r[0] in {"population", "industry"} and len(r) >= 3:
            segments[r[1]] = (r[2], r[0])
        elif r[0] == "phrase" and len(r) >= 4:
            phrases[(r[1], r[2])] = r[3]
    return LabourData(
        indicators,
        totals,
        segments,
        phrases,
        re.compile(trie_regex(set(indicators))),
        re.compile(trie_regex(set(segments))),
    )


def labour_measures() -> frozenset[str]:
    return frozenset(m for m, _ in labour_data().indicators.values())


def segment_class(subject: str | None) -> str | None:
    """ "population" / "industry" for a segment's English name, "total" for a statistic's whole, else None."""
    data = labour_data()
    if subject is not None and subject in data.totals.values():
        return "total"
    for en, cls in data.segments.values():
        if en == subject:
            return cls
    return "none" if subject is None else None


def labour_phrase(measure: str, subject: str | None) -> str | None:
    """The English noun phrase of a statistic of a segment ("employment in construction"), or None."""
    cls = segment_class(subject)
    if cls is None:
        return None
    pattern = labour_data().phrases.get((measure, cls))
    if pattern is None:
        return None
    return pattern.replace("{subject}", subject or "")
