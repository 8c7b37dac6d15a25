"""Key figures: money, percentages, counts, multiples and dates, as exact spans of the text.

A scanner over the cleaned text (not over Kiwi tokens, so spans are exact by construction):

1. every run of ASCII digits is read as a Korean mixed numeral (``numbers.scan_numeral``);
2. it becomes a figure only with a unit: a currency (달러, 원, 위안, 엔, 유로, $, ₩, €), a percent
   sign, 배 (multiple) or a counter word (개, 명, 곳, ...) - bare numbers are never key figures;
3. ranges ("5,890억~6,000억 달러", "1~2%") are one figure with ``high``;
4. qualifier words next to it ("약", "이상", "미만", "넘는", "채 … 않은", "여") set ``qualifier`` and are
   part of the surface, so the highlighted text reads as the figure says;
5. dates come from ``dates.find_dates``.

Spans that are never figures (stock codes, clock times, byline dates, list numbers, model names
such as H800 or GPT-4) are listed in ``data/non_figures.txt`` or rejected because a Latin letter
touches the digits.  Vague amounts ("수십억 달러") have no digits and are not reported.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from briefings.analysis.dates import find_dates
from briefings.analysis.figure_en import date_en, figure_en
from briefings.analysis.figure_lexicon import Unit, count_nouns, non_figure_patterns, particle_starts, qualifier_cues, units
from briefings.model import Figure, Sentence
from briefings.analysis.numbers import Numeral, scan_numeral

__all__ = ["extract_figures", "figure_en"]

_DIGIT_START = re.compile(r"(?<![0-9])[0-9]")
_RANGE_SIGN = re.compile(r" ?[~∼〜～] ?")
_ENGLISH_SCALE = re.compile(r" (million|billion|trillion)(?![A-Za-z])")
_ENGLISH_SCALES = {"million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_NOUN_BEFORE = re.compile(r"([A-Za-z]{2,}|[가-힣]{1,8})(?:\([^()\n]{0,20}\))? ?$")
_NOUN_AFTER = re.compile(r" ?([A-Za-z]{2,}|[가-힣]{1,8})")
_AGE_GROUPS = {Decimal(n) for n in range(10, 100, 10)}


@dataclass(frozen=True)
class _Amount:
    """A figure before it is placed in sentences: span, value(s), unit, qualifier."""

    start: int
    end: int
    kind: str
    value: Decimal
    unit: str
    high: Decimal | None = None
    qualifier: str | None = None
    counter: str | None = None
    noun: tuple[str, str] | None = None


class _Spans:
    """Merged, sorted character spans with a fast "does a span hold this position?" test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def holds(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1  # the last span starting before ``end``
        return i >= 0 and self.ends[i] > start


def _masked_spans(text: str) -> _Spans:
    spans: list[tuple[int, int]] = []
    for pattern in non_figure_patterns():
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    return _Spans(spans)


def _is_latin(ch: str) -> bool:
    return len(ch) == 1 and (("A" <= ch <= "Z") or ("a" <= ch <= "z"))


def _is_hangul(ch: str) -> bool:
    return len(ch) == 1 and "가" <= ch <= "힣"


def _touches_identifier(text: str, start: int, end: int) -> bool:
    """Digits glued to Latin letters or hyphenated codes: H800, R1, GPT-4, 4o, 010-1234."""
    before = text[start - 1] if start > 0 else ""
    before2 = text[start - 2] if start > 1 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if _is_latin(before) or (before and before in "_/@#") or _is_latin(after) or after == "_":
        return True
    if before == "-" and before2.isalnum():
        return True
    return bool(after) and after in "-:." and after2.isdigit()


def _unit_after(text: str, pos: int, numeral: Numeral) -> tuple[Unit, int] | None:
    """The suffix unit right after a numeral ending at ``pos``, and where it ends."""
    for unit in units():
        if unit.prefix:
            continue
        start = pos
        if text.startswith(" ", pos):
            if unit.space == "no" or (unit.space == "scale" and not numeral.scaled):
                continue
            start = pos + 1
        if not text.startswith(unit.surface, start):
            continue
        end = start + len(unit.surface)
        nxt = text[end : end + 1]
        if _is_hangul(unit.surface[-1]) and _is_hangul(nxt) and nxt not in particle_starts():
            continue  # part of another word: 3원칙, 100배럴, 3개월
        if unit.blocked_next is not None and unit.blocked_next.match(text, end):
            continue  # 5%포인트
        if numeral.value < unit.min_value:
            continue  # 3주 (weeks, not shares)
        if unit.counter == "대" and (
            numeral.value in _AGE_GROUPS
            or nxt.isdigit()
            or (nxt == " " and not numeral.scaled and numeral.value < 100 and _is_hangul(text[end + 1 : end + 2]))
        ):
            continue  # 20대 (people in their twenties), 2대1 (a score), 3대 원칙 (the three major principles)
        if _is_latin(nxt) or nxt.isdigit():
            continue
        return unit, end
    return None


def _unit_before(text: str, pos: int) -> tuple[Unit, int] | None:
    """A prefix unit ($, US$, ₩, €) ending right before ``pos``, and where it starts."""
    for unit in units():
        if not unit.prefix:
            continue
        end = pos - 1 if unit.space == "yes" and text[pos - 1 : pos] == " " else pos
        start = end - len(unit.surface)
        if start >= 0 and text[start:end] == unit.surface:
            if unit.surface == "$" and start > 0 and _is_latin(text[start - 1]):
                continue  # US$ is its own entry; A$/HK$ are unknown currencies
            return unit, start
    return None


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    for cue in qualifier_cues():
        if cue.position != "before":
            continue
        word = cue.pattern.pattern
        begin = start - len(word)
        if begin >= 0 and text[begin:start] == word and not _is_hangul(text[begin - 1 : begin] or " "):
            return cue.qualifier, begin
    return None, start


def _qualifier_after(text: str, end: int, kind: str) -> tuple[str | None, int]:
    for cue in qualifier_cues():
        if cue.position != "after":
            continue
        m = cue.pattern.match(text, end)
        if m is None or m.end() == end:
            continue
        nxt = text[m.end() : m.end() + 1]
        if _is_hangul(nxt) and nxt not in particle_starts() and cue.qualifier != "less_than":
            continue  # "이상한", "정도로"? keep only clean words
        qualifier = cue.qualifier
        if qualifier == "bracket_money":  # "1000억원대": from 1000억 up to the next bracket
            if kind != "money":
                continue
            qualifier = "at_least"
        return qualifier, m.end()
    return None, end


def _count_noun(text: str, start: int, end: int) -> tuple[str, str] | None:
    """English (plural, singular) of the noun a count counts: "GPU(H800) 2048개" -> GPUs."""
    nouns = count_nouns()
    window = max(0, start - 30)
    window = text.rfind("\n", window, start) + 1 or window
    m = _NOUN_BEFORE.search(text, window, start)
    if m and m.group(1) in nouns:
        return nouns[m.group(1)]
    m = _NOUN_AFTER.match(text, end)
    if m:
        word = m.group(1)
        for key in sorted(nouns, key=len, reverse=True):
            if word.startswith(key):
                return nouns[key]
    return None


def _read_amount(text: str, start: int, masked: _Spans) -> _Amount | None:
    """The figure whose first numeral starts at ``text[start]``, or None."""
    numeral = scan_numeral(text, start)
    if numeral is None or _touches_identifier(text, start, numeral.end):
        return None
    value = numeral.value
    high: Decimal | None = None
    end = numeral.end
    qualifier: str | None = None

    prefix = _unit_before(text, start)
    if prefix is not None:
        unit, first = prefix
        m = _ENGLISH_SCALE.match(text, end)
        if m and not numeral.scaled:
            value *= _ENGLISH_SCALES[m.group(1)]
            end = m.end()
        q_before, first = _qualifier_before(text, first)
        q_after, end = _qualifier_after(text, end, unit.kind)
        return _Amount(first, end, unit.kind, value, unit.unit, qualifier=q_after or q_before)

    # "100여 명": 여 between the numeral and its unit means "about"
    if text.startswith("여", end):
        spaced = replace(numeral, scaled=True)  # "100여 명": a space may follow 여
        if _unit_after(text, end + 1, spaced) is not None:
            qualifier = "approx"
            end += 1
            numeral = spaced

    found = _unit_after(text, end, numeral)
    range_at = found[1] if found else end
    sign = _RANGE_SIGN.match(text, range_at)
    if sign and sign.end() < len(text) and "0" <= text[sign.end()] <= "9" and not masked.holds(sign.end()):
        second = scan_numeral(text, sign.end())
        if second is not None and not _touches_identifier(text, sign.end(), second.end):
            found_high = _unit_after(text, second.end, second)
            low = value
            if not numeral.scaled and second.scaled:
                low = value * second.last_scale  # "5~6억" is 5억~6억
            same_unit = found is None or (found_high is not None and found[0].unit == found_high[0].unit)
            if found_high is not None and same_unit and low <= second.value:
                found, value, high = found_high, low, second.value
    if found is None:
        return None
    unit, end = found
    q_before, first = _qualifier_before(text, start)
    if first == start and text[start - 1 : start] in ("-", "−") and not text[start - 2 : start - 1].isalnum():
        first, value, high = start - 1, -value, None if high is None else -high  # "-3%"
        if high is not None:
            value, high = high, value
    q_after, end = _qualifier_after(text, end, unit.kind)
    qualifier = q_after or qualifier or q_before
    noun = _count_noun(text, first, end) if unit.kind == "count" else None
    return _Amount(first, end, unit.kind, value, unit.unit, high, qualifier, unit.counter, noun)


def _amounts(text: str, masked: _Spans) -> list[_Amount]:
    found: list[_Amount] = []
    taken = 0
    for m in _DIGIT_START.finditer(text):
        pos = m.start()
        if pos < taken or masked.holds(pos):
            continue
        if text[pos - 1 : pos] == "." or (text[pos - 1 : pos] == "," and text[pos - 2 : pos - 1].isdigit()):
            continue  # ".5%" or the tail of "1,2": never read a number from its middle
        amount = _read_amount(text, pos, masked)
        if amount is None or amount.start < taken:
            continue
        if not all(math.isfinite(float(v)) for v in (amount.value, amount.high or 0)):
            continue
        found.append(amount)
        taken = amount.end
    return found


def _sentence_index(starts: list[int], pos: int) -> int:
    return max(bisect_right(starts, pos) - 1, 0)


def _figure(amount: _Amount, text: str, sentence: int) -> Figure:
    fig = Figure(
        surface=text[amount.start : amount.end],
        start=amount.start,
        end=amount.end,
        sentence=sentence,
        kind=amount.kind,
        value=float(amount.value),
        unit=amount.unit,
        en="",
        high=None if amount.high is None else float(amount.high),
        qualifier=amount.qualifier,
        counter=amount.counter,
    )
    return Figure(**{**fig.__dict__, "en": figure_en(fig, noun=amount.noun)})


def extract_figures(text: str, sentences: Sequence[Sentence], article_date: str | None) -> tuple[Figure, ...]:
    """Every key figure of ``text`` in document order; ``surface == text[start:end]``.

    ``sentence`` is the index of the sentence span holding the figure (the nearest preceding
    one when it lies between spans).  ``article_date`` (ISO) resolves relative dates; without
    it they are left out.
    """
    starts = [s.start for s in sentences]
    masked = _masked_spans(text)
    amounts = _amounts(text, masked)
    figures: list[Figure] = [_figure(a, text, _sentence_index(starts, a.start)) for a in amounts]
    taken = _Spans([(a.start, a.end) for a in amounts])
    for hit in find_dates(text, article_date, masked.holds):
        if taken.overlaps(hit.start, hit.end):
            continue
        surface = text[hit.start : hit.end]
        figures.append(
            Figure(
                surface=surface,
                start=hit.start,
                end=hit.end,
                sentence=_sentence_index(starts, hit.start),
                kind="date",
                value=hit.value,
                unit="date",
                en=date_en(hit.value, surface, hit.qualifier),
                qualifier=hit.qualifier,
            )
        )
    figures.sort(key=lambda f: (f.start, f.end))
    return tuple(figures)
