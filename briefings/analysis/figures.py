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
from functools import lru_cache
from typing import cast

from briefings.analysis.dates import find_dates
from briefings.analysis.figure_en import QUALIFIER_EN, date_range_en, figure_en, plain_number
from briefings.analysis.figure_lexicon import (
    DurationWord,
    Unit,
    count_nouns,
    counter_contexts,
    counter_glosses,
    duration_contexts,
    duration_words,
    index_words,
    latin_units,
    level_words,
    money_words,
    non_figure_scans,
    particle_starts,
    qualifier_cues,
    rank_scopes,
    rate_bases,
    ratio_endings,
    ratio_words,
    units,
    week_label_re,
    week_labels,
)
from briefings.analysis.numbers import BIG_SCALES, Numeral, scan_numeral
from briefings.model import Figure, Sentence

__all__ = ["extract_figures", "figure_en"]

_DIGIT_START = re.compile(r"(?<![0-9])[0-9]")
_RANGE_SIGN = re.compile(r" ?[~∼〜～] ?")
_RANGE_BEFORE = re.compile(r"[0-9] ?[~∼〜～] ?$")
_ENGLISH_SCALE = re.compile(r" (million|billion|trillion)(?![A-Za-z])")
_ENGLISH_SCALES = {"million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_NOUN_BEFORE = re.compile(r"([A-Za-z]{2,}|[가-힣]{1,8})(?:\([^()\n]{0,20}\))? ?$")
_NOUN_AFTER = re.compile(r" ?([A-Za-z]{2,}|[가-힣]{1,8})")
_AGE_GROUPS = {Decimal(n) for n in range(10, 100, 10)}
_FRACTION = re.compile(r"(?P<den>[0-9]{1,4}) ?분의 ?(?P<num>[0-9]{1,4})(?![0-9.,])")  # "10분의 1": one tenth
# "845.3대 1", "845.3 대 1의 경쟁률", "12:1": a ratio to one (a competition ratio), a multiple said "845.3 to 1",
# not vehicles
_RATIO_TO_ONE = re.compile(r"(?: ?대 ?| ?: ?)1(?![0-9]|[.,][0-9])")
_RATIO_BEFORE, _RATIO_AFTER = 24, 8  # characters before and after "N대 1" where its ratio word stands
_COUNTED_BEFORE = re.compile(r"[0-9][0-9,.]* ?[가-힣]{1,2} $")  # "7개 " right before a noun: that count's noun
_TOP_RANK = re.compile(r" [가-힣]")  # "3대 원칙", "7대 자산": a rank (top N), not N vehicles


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
    en: str | None = None  # the English form when the unit alone cannot give it (durations)


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
    for pattern, literals in non_figure_scans():
        if not all(w in text for w in literals):
            continue  # a match would hold them all (``required_literals``)
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
    if _is_latin(before) or (before and before in "_/@#") or after == "_":
        return True
    if _is_latin(after) and not _latin_unit_at(text, end):
        return True
    if before == "-" and before2.isalnum():
        return True
    return bool(after) and after in "-:." and after2.isdigit()


def _latin_unit_at(text: str, pos: int) -> bool:
    """A unit in Latin letters ("p", "pt") starts at ``pos`` and is not the start of a longer word."""
    for unit in latin_units():
        start = pos + 1 if unit.space == "yes" and text.startswith(" ", pos) else pos
        end = start + len(unit.surface)
        if text.startswith(unit.surface, start) and not _is_latin(text[end : end + 1]):
            return True
    return False


@lru_cache(maxsize=1)
def _suffix_units_by_head() -> dict[str, tuple[Unit, ...]]:
    """The suffix units by the first character of their surface, each group in ``units()`` order."""
    out: dict[str, list[Unit]] = {}
    for unit in units():
        if not unit.prefix:
            if not unit.surface:
                raise ValueError("a unit without a surface in units.tsv or counters.tsv")
            out.setdefault(unit.surface[0], []).append(unit)
    return {head: tuple(group) for head, group in out.items()}


def _unit_after(text: str, pos: int, numeral: Numeral) -> tuple[Unit, int] | None:
    """The suffix unit right after a numeral ending at ``pos``, and where it ends."""
    # a unit starts right after the numeral or after one space: only those whose surface starts with that
    # character can be there (the first that fits wins, in units() order, longest first)
    head = text[pos + 1 : pos + 2] if text.startswith(" ", pos) else text[pos : pos + 1]
    for unit in _suffix_units_by_head().get(head, ()):
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
            continue  # part of another word: 3원칙, 5배수
        if unit.blocked_next is not None and unit.blocked_next.match(text, end):
            continue  # 5%포인트
        if numeral.value < unit.min_value and not _share_ratio(text, pos):
            continue  # 3주 (weeks, not shares); "1주를 5주로 나누는" (a split's ratio) is shares
        if unit.counter == "대" and (numeral.value in _AGE_GROUPS or nxt.isdigit()):
            continue  # 20대 (people in their twenties), 2대1 (a score)
        if unit.counter == "대" and _TOP_RANK.match(text, end) and not numeral.scaled and numeral.value < 100:
            if not _rank_scope_before(text, numeral.start) and not _count_noun_before(text, numeral.start):
                continue  # "3대 원칙": the three major principles, neither a rank we can say nor vehicles
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


_LOWER_BOUNDS = frozenset({"at_least", "more_than"})
_UPPER_BOUNDS = frozenset({"at_most", "less_than"})


def combine_qualifiers(before: str | None, after: str | None) -> str | None:
    """One qualifier for a figure hedged on both sides, so the English says it once:
    "약 3배 가까이" -> approx ("about 3x"); "약 100명 이상" -> at_least (the bound says more than
    "about"); "최대 3배 이상" (a ceiling and a floor) -> approx: no bound the text keeps."""
    if before is None or after is None or before == after:
        return after or before
    if before == "approx":
        return after
    if after == "approx":
        return before
    if (before in _LOWER_BOUNDS) == (after in _LOWER_BOUNDS) and (before in _UPPER_BOUNDS) == (after in _UPPER_BOUNDS):
        return after  # "최소 10% 넘게": both floors; the word after the number is the closer one
    return "approx"


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    for cue in qualifier_cues():
        if cue.position != "before":
            continue
        word = cue.pattern.pattern
        begin = start - len(word)
        if begin >= 0 and text[begin:start] == word and not _is_hangul(text[begin - 1 : begin] or " "):
            return cue.qualifier, begin
    return None, start


@lru_cache(maxsize=1)
def _noun_qualifiers() -> tuple[tuple[re.Pattern[str], str], ...]:
    """A bound written before the figure's noun ("최소 배당금 700원", "최소 배당금을 주당 700원으로"): the word, then
    one noun with its particle, then at most "주당", right before the number (qualifiers.tsv, position noun)."""
    return tuple(
        (
            re.compile(rf"(?:^|[^가-힣A-Za-z0-9]){re.escape(cue.pattern.pattern)} [가-힣A-Za-z]{{1,8}} ?(?:주당 )?$"),
            cue.qualifier,
        )
        for cue in qualifier_cues()
        if cue.position == "noun"
    )


def _qualifier_over_noun(text: str, start: int) -> str | None:
    """The qualifier of a bound word before the figure's noun ("최소 배당금 700원": at least), or None."""
    window = text[max(0, start - 24) : start]
    window = re.split(r"[.!?\n,]", window)[-1]
    for pattern, qualifier in _noun_qualifiers():
        if pattern.search(window):
            return qualifier
    return None


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
        if qualifier in ("bracket", "bracket_money"):  # "1000억원대", "10%대": from 1000억 up to the next bracket
            if kind not in ("money", "percent", "quantity"):
                continue
            qualifier = "at_least"
        return qualifier, m.end()
    return None, end


_GLOSS = re.compile(r"\((?=[^()]*[0-9])[^()]{1,30}\)")  # "(약 183조2600억원)": a gloss of the figure before it


def _qualifier_past_gloss(text: str, end: int, kind: str) -> str | None:
    """The qualifier written after a figure's parenthetical gloss, which hedges the figure itself:
    "480억달러(약 66조원)가량" is about US$48 billion.  The surface stays the figure's own span."""
    m = _GLOSS.match(text, end)
    if m is None:
        return None
    qualifier, after = _qualifier_after(text, m.end(), kind)
    return qualifier if after > m.end() else None


def _rank_scope_before(text: str, start: int) -> bool:
    """A scope word ("세계", "국내") is the word right before ``start``: "세계 3대 시장"."""
    m = re.search(r"([가-힣]{1,6}) $", text[max(0, start - 8) : start])
    return m is not None and m.group(1) in rank_scopes()


def _count_noun_before(text: str, start: int) -> bool:
    m = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in count_nouns()


def _count_noun(text: str, start: int, end: int) -> tuple[str, str] | None:
    """English (plural, singular) of the noun a count counts: "GPU(H800) 2048개" -> GPUs."""
    nouns = count_nouns()
    window = max(0, start - 30)
    window = text.rfind("\n", window, start) + 1 or window
    m = _NOUN_BEFORE.search(text, window, start)
    glued = m is not None and m.start(1) > 0 and text[m.start(1) - 1].isdigit()  # "3분기 5800만대": a date's unit
    if m and not glued and m.group(1) in nouns and _COUNTED_BEFORE.search(text, window, m.start(1)) is None:
        return nouns[m.group(1)]  # not "7개 나라 60명": 나라 is what the 7 counts, not the 60
    m = _NOUN_AFTER.match(text, end)
    if m:
        word = m.group(1)
        for key in sorted(nouns, key=len, reverse=True):
            if word.startswith(key):
                return nouns[key]
    return None


def _counter_in_context(text: str, start: int, counter: str) -> tuple[str, str] | None:
    """The English of a counter that its sentence decides (data/counter_contexts.tsv): "미분양 2만9142가구" is
    29,142 units, "저소득 3만 가구" stays households; None keeps the counter's own gloss."""
    entry = counter_contexts().get(counter)
    if entry is None:
        return None
    window, cues, block, gloss = entry
    lo = max(0, start - window)
    for stop in (". ", ".\n", "\n", "다."):
        at = text.rfind(stop, lo, start)
        if at >= 0:
            lo = max(lo, at + len(stop))
    before = text[lo:start]
    if any(cue in before for cue in cues) and not any(word in before for word in block):
        return gloss
    return None


def _ends_word(text: str, pos: int) -> bool:
    """Nothing glued to ``text[:pos]`` makes it part of a longer word ("2,500선이" yes, "3선거" no)."""
    nxt = text[pos : pos + 1]
    return not (_is_latin(nxt) or nxt.isdigit() or (_is_hangul(nxt) and nxt not in particle_starts()))


def _share_ratio(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` (right after a number) make it shares of a split's ratio ("1주를 5주로")."""
    found = duration_contexts().get("share_ratio")
    return found is not None and found.match(text, pos) is not None


def _duration_word_at(text: str, pos: int) -> DurationWord | None:
    for word in duration_words():
        if text.startswith(word.word, pos):
            return word
    return None


_MONTH_WORDS = ("개월", "달")


def _read_duration(text: str, start: int, numeral: Numeral) -> _Amount | None:
    """A duration at ``start``: "6주 연속", "20분간", "16년 만에", "4년 5개월", "2년4개월여 만"."""
    if numeral.scaled or numeral.value != numeral.value.to_integral_value():
        return None
    if _RANGE_BEFORE.search(text, max(0, start - 3), start):
        return None  # "1~2년 내": never the top half of a range read as the whole
    if _share_ratio(text, numeral.end):
        return None  # "1주를 5주로 나누는": the shares of a split's ratio, not weeks
    parts: list[tuple[Decimal, DurationWord]] = []
    value, pos = numeral.value, numeral.end
    while True:
        word = _duration_word_at(text, pos)
        if word is None or (parts and not _smaller_part(parts[-1][1], word)):
            break
        parts.append((value, word))
        pos += len(word.word)
        nxt = pos + 1 if text[pos : pos + 1] == " " else pos
        if word.smaller is None or not "0" <= text[nxt : nxt + 1] <= "9":
            break
        second = scan_numeral(text, nxt)
        if second is None or second.scaled or second.value >= word.per:
            break
        following = _duration_word_at(text, second.end)
        if following is None or not _smaller_part(word, following):
            break
        value, pos = second.value, second.end
    if not parts:
        return None
    first_value, first_word = parts[0]
    if first_word.max_value is not None and first_value > first_word.max_value:
        return None
    last_word = parts[-1][1]
    end = pos
    qualifier: str | None = None
    if text.startswith("여", end):
        qualifier, end = "more_than", end + 1  # "2년4개월여": a little over 2 years and 4 months
    if text.startswith("간", end) and _ends_word(text, end + 1):
        end += 1  # "20분간", "3년간": part of the figure
    elif len(parts) == 1 and last_word.context is not None:
        q_after, q_end = _qualifier_after(text, end, "quantity")
        if q_after is None and last_word.context.match(text, end) is None:
            return None
        if q_after is not None:
            qualifier, end = q_after, q_end
    elif not _ends_word(text, end) and duration_contexts()["long"].match(text, end) is None:
        return None  # glued to another word ("3개월물"); "6개월전", "3개월째" are durations
    if qualifier is None:
        q_after, end = _qualifier_after(text, end, "quantity")
        qualifier = q_after
    q_before, first = _qualifier_before(text, start)
    total = Decimal(0)
    for i, (amount, _word) in enumerate(parts):
        total = total * (parts[i - 1][1].per or 1) + amount if i else amount
    said = duration_en(parts, combine_qualifiers(q_before, qualifier))
    if _streak_after(text, end):
        said += " in a row"  # "3년 연속": a streak of years, not a span of 3 years
    return _Amount(
        first,
        end,
        "quantity",
        total,
        "duration",
        qualifier=combine_qualifiers(q_before, qualifier),
        counter=last_word.word,
        en=said,
    )


def _streak_after(text: str, end: int) -> bool:
    """A streak word (the counters glossed "#in_a_row": "연속") right after a duration: "6주 연속"."""
    m = _NOUN_AFTER.match(text, end)
    return m is not None and counter_glosses().get(m.group(1), ("",))[0].startswith("#in_a_row")


def _smaller_part(larger: DurationWord, smaller: DurationWord) -> bool:
    """``smaller`` may follow ``larger`` in a compound duration: 년 then 개월 (or 달), 주 then 일."""
    if larger.smaller is None:
        return False
    return larger.smaller == smaller.word or (larger.smaller in _MONTH_WORDS and smaller.word in _MONTH_WORDS)


def duration_en(parts: Sequence[tuple[Decimal, DurationWord]], qualifier: str | None = None) -> str:
    """ "4 years and 5 months", "16 years", "1 week"."""
    words = [f"{plain_number(v)} {w.singular if v == 1 else w.plural}" for v, w in parts]
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"{QUALIFIER_EN[qualifier]} {text}" if qualifier in QUALIFIER_EN else text


@dataclass
class _Context:
    """What the scanner knows around a number: the clause it is in and the amounts before it."""

    text: str
    starts: list[int]
    found: list[_Amount]

    def clause_start(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        sentence = self.starts[i] if i >= 0 else 0
        return max(sentence, self.text.rfind("\n", 0, pos) + 1)

    def before(self, pos: int) -> list[_Amount]:
        """The amounts already read in the clause of ``pos``."""
        begin = self.clause_start(pos)
        return [a for a in self.found if a.start >= begin and a.end <= pos]

    def index_clause(self, pos: int, paragraph: bool = False) -> bool:
        """The clause (or, with ``paragraph``, the paragraph so far) names a stock index, or states
        index points, before ``pos``."""
        begin = self.text.rfind("\n", 0, pos) + 1 if paragraph else self.clause_start(pos)
        clause = self.text[begin:pos]
        if any(word in clause for word in index_words()):
            return True
        return any(a.unit == "pt" and a.start >= begin for a in self.found if a.end <= pos)


_LEVEL_NEXT = re.compile(r"(?:[(]|[에로을를이가은는의도다까선]|으로| [가-힣])")
_ARROW = re.compile(r" ?(?:→|->|⇒|에서) ?")
_CONVERSION_OPEN = re.compile(r"\((?:약 ?|최대 ?|최소 ?)?$")


def _level_word_after(text: str, end: int) -> bool:
    """A level word follows the number (after one space or a particle): "2500 붕괴", "3000을 회복"."""
    m = re.match(r"(?:[을를이가도]|선을|선이)? ?([가-힣]{1,4})", text[end : end + 8])
    return m is not None and m.group(1).startswith(level_words())


def _money_word_before(text: str, begin: int, start: int) -> bool:
    clause = text[begin:start].rstrip()
    clause = re.sub(r"(?:약|최대|최소|총|기존|무려)$", "", clause).rstrip()
    clause = re.sub(r"[은는이가도을를의]$", "", clause)
    return any(clause.endswith(word) for word in money_words())


def _read_bare(text: str, start: int, numeral: Numeral, ctx: _Context, masked: _Spans) -> _Amount | None:
    """A number with no unit of its own that is a figure all the same.

    * index points and levels in a clause about an index: "2,441.55에 마감", "24.09(1.02%) 하락";
    * round thresholds "2,500선" (and "670선" in an index clause) and an index's range "600대";
    * a price after a price: "31.20달러(14.35%) 오른 248.60에";
    * a scaled amount whose currency the context gives: the won equivalent in parentheses after a
      foreign amount ("1조달러(약 1439조)"), a from/to ("83만→89만원"), an amount after a money
      noun ("컨센서스 433억", "영업이익 32조7300억").
    """
    end = numeral.end
    before = text[start - 1 : start]
    if _is_hangul(before) or _is_latin(before) or before in ("-", "−", "+", "~"):
        return None
    digits = text[start:end]
    q_before, first = _qualifier_before(text, start)
    begin = ctx.clause_start(start)
    earlier = ctx.before(first)
    if numeral.scaled:
        money = [a for a in earlier if a.kind == "money"]
        last = money[-1] if money else None
        if (
            last is not None
            and _CONVERSION_OPEN.search(text, max(last.end, first - 6), first)
            and (text[last.end : first].lstrip(" ").startswith("("))
        ):
            if last.unit != "KRW" and 1 <= numeral.value / last.value <= 2500 and _ends_word(text, end):
                q_after, end = _qualifier_after(text, end, "money")
                return _Amount(
                    first, end, "money", numeral.value, "KRW", qualifier=combine_qualifiers(q_before, q_after)
                )
            return None
        arrow = _ARROW.match(text, end)
        if arrow and "0" <= text[arrow.end() : arrow.end() + 1] <= "9":
            target = scan_numeral(text, arrow.end())
            unit = _unit_after(text, target.end, target) if target is not None else None
            if unit is not None and unit[0].kind == "money" and target is not None and target.scaled:
                return _Amount(first, end, "money", numeral.value, unit[0].unit, qualifier=q_before)
        if _money_word_before(text, begin, first) and _ends_word(text, end):
            currency = last.unit if last is not None else "KRW"
            q_after, end = _qualifier_after(text, end, "money")
            return _Amount(
                first, end, "money", numeral.value, currency, qualifier=combine_qualifiers(q_before, q_after)
            )
        return None
    decimal = "." in digits
    grouped = "," in digits
    nxt = text[end : end + 1]
    index = ctx.index_clause(start)
    if nxt == "선" and _ends_word(text, end + 1) and numeral.value >= (1 if index else 100):
        return _Amount(first, end + 1, "quantity", numeral.value, "pt", qualifier=q_before)
    in_paragraph = index or ctx.index_clause(start, paragraph=True)
    if nxt == "대" and in_paragraph and numeral.value >= 100 and numeral.value % 100 == 0 and _ends_word(text, end + 1):
        return _Amount(first, end + 1, "quantity", numeral.value, "pt", qualifier="at_least")
    if not (decimal or grouped) and index and numeral.value >= 100 and _level_word_after(text, end):
        return _Amount(first, end, "quantity", numeral.value, "pt", qualifier=q_before)  # "코스피 2500 붕괴"
    if not (decimal or grouped) or not _LEVEL_NEXT.match(text, end) or numeral.value < 1:
        return None
    if index:
        q_after, end = _qualifier_after(text, end, "quantity")
        return _Amount(first, end, "quantity", numeral.value, "pt", qualifier=combine_qualifiers(q_before, q_after))
    prices = [a for a in earlier if a.kind == "money" and a.high is None and a.value < 10**5]
    if decimal and prices and not masked.holds(start):
        return _Amount(first, end, "money", numeral.value, prices[-1].unit, qualifier=q_before)
    return None


def _points_need_context(unit: Unit, text: str, start: int, end: int) -> bool:
    """A bare "p" is a point only for a decimal, before "(" or a change: "19.43p", "88p(11%)"."""
    return unit.surface in ("p", "P") and "." not in text[start:end]


def _ratio_word_by(text: str, start: int, end: int) -> bool:
    """Whether a ratio word ("경쟁률") stands in the sentence just before ``start`` or right after ``end``."""
    before = re.split(r"[.!?\n]", text[max(0, start - _RATIO_BEFORE) : start])[-1]
    after = re.split(r"[.!?\n]", text[end : end + _RATIO_AFTER])[0]
    return any(w in before or w in after for w in ratio_words())


def _plain_ratio(text: str, start: int, numeral: Numeral, end: int) -> bool:
    """Whether "R대 1" with no ratio word by it is still a ratio to one: R is written with decimals, or is no small
    whole number (a score "2대1", an age group "30대"), and the "1" ends the figure ("420.5대 1로", "98.3대 1,";
    not "1억", "1명", "1인")."""
    value = numeral.value
    if "." not in text[start : numeral.end] and (value < 10 or value in _AGE_GROUPS):
        return False
    nxt = text[end : end + 1]
    if not nxt or not (_is_hangul(nxt) or _is_latin(nxt)):
        return True
    return any(text.startswith(word, end) for word in ratio_endings())


def _colon_ratio(text: str, start: int, numeral: Numeral) -> bool:
    """A ratio to one written with a colon ("12:1"), which the identifier test would refuse as a code or a time."""
    if not text.startswith(":", numeral.end) or numeral.scaled or numeral.value <= 1:
        return False
    ratio = _RATIO_TO_ONE.match(text, numeral.end)
    return ratio is not None and (
        _ratio_word_by(text, start, ratio.end()) or _plain_ratio(text, start, numeral, ratio.end())
    )


def _read_amount(text: str, start: int, masked: _Spans, ctx: _Context) -> _Amount | None:
    """The figure whose first numeral starts at ``text[start]``, or None."""
    numeral = scan_numeral(text, start)
    if numeral is None:
        return None
    if _touches_identifier(text, start, numeral.end) and not _colon_ratio(text, start, numeral):
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
        return _Amount(first, end, unit.kind, value, unit.unit, qualifier=combine_qualifiers(q_before, q_after))

    fraction = _FRACTION.match(text, start)
    if fraction is not None and int(fraction["den"]) > 0 and int(fraction["num"]) > 0:
        q_before, first = _qualifier_before(text, start)
        q_after, end = _qualifier_after(text, fraction.end(), "multiple")
        den, num = Decimal(fraction["den"]), Decimal(fraction["num"])
        said = f"{plain_number(num)}/{plain_number(den)}"
        both = combine_qualifiers(q_before, q_after)
        said = f"{QUALIFIER_EN[both]} {said}" if both in QUALIFIER_EN else said
        return _Amount(first, end, "multiple", num / den, "x", qualifier=combine_qualifiers(q_before, q_after), en=said)

    ratio = _RATIO_TO_ONE.match(text, numeral.end)
    if (
        ratio is not None
        and not numeral.scaled
        and value > 1
        and (_ratio_word_by(text, start, ratio.end()) or _plain_ratio(text, start, numeral, ratio.end()))
    ):
        q_before, first = _qualifier_before(text, start)
        said = f"{plain_number(value)} to 1"
        said = f"{QUALIFIER_EN[q_before]} {said}" if q_before in QUALIFIER_EN else said
        return _Amount(first, ratio.end(), "multiple", value, "x", qualifier=q_before, en=said)

    duration = _read_duration(text, start, numeral)
    if duration is not None:
        return duration

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
            if not numeral.scaled and second.scaled and value * second.last_scale <= second.value:
                low = value * second.last_scale  # "5~6억" is 5억~6억 ("9500~1만2000원" is 9,500-12,000)
            same_unit = found is None or (found_high is not None and found[0].unit == found_high[0].unit)
            if found_high is not None and same_unit and low <= second.value:
                found, value, high = found_high, low, second.value
    if found is not None and found[0].counter == "대" and high is None and not numeral.scaled:
        if ctx.index_clause(start, paragraph=True) and value >= 100 and value % 100 == 0:
            found = None  # "600대로 내려앉았다": the index's 600 range, read below
    if found is not None and _points_need_context(found[0], text, start, numeral.end):
        after = text[found[1] : found[1] + 1]
        if after != "(" and not ctx.index_clause(start):
            found = None
    if found is None:
        return None if high is not None else _read_bare(text, start, numeral, ctx, masked)
    unit, end = found
    value *= unit.factor
    high = None if high is None else high * unit.factor
    q_before, first = _qualifier_before(text, start)
    if q_before is None:
        q_before = _qualifier_over_noun(text, first)
    if first == start and text[start - 1 : start] in ("-", "−") and not text[start - 2 : start - 1].isalnum():
        first, value, high = start - 1, -value, None if high is None else -high  # "-3%"
        if high is not None:
            value, high = high, value
    elif first == start and text[start - 1 : start] == "+" and not text[start - 2 : start - 1].isalnum():
        first = start - 1  # "+69%": a signed rise
    q_after, end = _qualifier_after(text, end, unit.kind)
    if q_after is None:
        q_after = _qualifier_past_gloss(text, end, unit.kind)
    qualifier = combine_qualifiers(q_before, q_after or qualifier)
    noun = _count_noun(text, first, end) if unit.kind == "count" else None
    if unit.kind == "count" and noun is None and unit.counter:
        noun = _counter_in_context(text, first, unit.counter)
    rank_en: str | None = None
    if unit.counter == "대" and _TOP_RANK.match(text, end) and not numeral.scaled and value < 100 and high is None:
        if _rank_scope_before(text, first):
            rank_en, noun = f"top {plain_number(value)}", None  # "세계 3대 자동차 시장": one of the three largest
    return _Amount(first, end, unit.kind, value, unit.unit, high, qualifier, unit.counter, noun, rank_en)


def _amounts(text: str, masked: _Spans, starts: list[int]) -> list[_Amount]:
    found: list[_Amount] = []
    ctx = _Context(text, starts, found)
    taken = 0
    for m in _DIGIT_START.finditer(text):
        pos = m.start()
        if pos < taken or masked.holds(pos):
            continue
        if text[pos - 1 : pos] == "." or (text[pos - 1 : pos] == "," and text[pos - 2 : pos - 1].isdigit()):
            continue  # ".5%" or the tail of "1,2": never read a number from its middle
        if text[pos - 1 : pos] in BIG_SCALES and text[pos - 2 : pos - 1].isdigit():
            continue  # the tail of a numeral that does not parse ("46만2890만대"): never a number of its own
        amount = _read_amount(text, pos, masked, ctx)
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
    if amount.en:
        return replace(fig, en=amount.en)
    # The English is said from the exact decimal value, not the float: a number a float cannot hold
    # ("99999999999999999%") is still said digit for digit, never rounded.
    exact = replace(fig, value=cast(float, amount.value), high=cast("float | None", amount.high))
    return replace(fig, en=figure_en(exact, noun=amount.noun) + _rate_base(text, amount.start))


def _rate_base(text: str, start: int) -> str:
    """ " per 100 yen" when the figure is a rate quoted per a base right before it ("100엔당 935.42원")."""
    head = text[max(0, start - 8) : start].rstrip()
    return next((" " + en for ko, en in rate_bases() if head.endswith(ko)), "")


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}$")


def _week_label(text: str, end: int) -> tuple[int, str] | None:
    """(end, English ordinal) of the week of a month written right after the month ("11월 셋째 주"), or None."""
    m = week_label_re().match(text, end)
    return (m.end(), week_labels()[m.group("ord")]) if m is not None else None


def extract_figures(text: str, sentences: Sequence[Sentence], article_date: str | None) -> tuple[Figure, ...]:
    """Every key figure of ``text`` in document order; ``surface == text[start:end]``.

    ``sentence`` is the index of the sentence span holding the figure (the nearest preceding
    one when it lies between spans).  ``article_date`` (ISO) resolves relative dates; without
    it they are left out.
    """
    starts = [s.start for s in sentences]
    masked = _masked_spans(text)
    amounts = _amounts(text, masked, starts)
    figures: list[Figure] = [_figure(a, text, _sentence_index(starts, a.start)) for a in amounts]
    taken = _Spans([(a.start, a.end) for a in amounts])
    for hit in find_dates(text, article_date, masked.holds):
        if taken.overlaps(hit.start, hit.end):
            continue
        end, en = hit.end, date_range_en(hit.value, hit.high, text[hit.start : hit.end], hit.qualifier, hit.fiscal)
        week = _week_label(text, hit.end) if hit.high is None and _MONTH_VALUE.match(hit.value) else None
        if week is not None:  # "11월 셋째 주": the month's value, said with its week
            end, en = week[0], f"the {week[1]} week of {en}"
        surface = text[hit.start : end]
        figures.append(
            Figure(
                surface=surface,
                start=hit.start,
                end=end,
                sentence=_sentence_index(starts, hit.start),
                kind="date",
                value=hit.value,
                unit="date",
                en=en,
                high=hit.high,
                qualifier=hit.qualifier,
            )
        )
    figures.sort(key=lambda f: (f.start, f.end))
    return tuple(figures)
