"""Errors inside one article, found with no other source needed (or against the other outlets' consensus).

* ``unit_mismatch``: an amount and its "conversion" in parentheses carry the same currency
  ("5890억 달러(약 846조6875억 달러)") although one is many times the other: the
  conversion's unit is wrong.  When the ratio is near the rate of a known currency
  (``rates.tsv``) the reason names it (at 1,437 per dollar, the amount is in won).
* ``scale_slip``: an amount 10x or 100x off its own conversion (the pair's implied rate is
  a power of ten away from the day's rate), or off what the other outlets of its story say
  for the same fact (same subject, measure, role, event date and time of day; at least two
  other outlets, agreeing within ``CONSENSUS_SPREAD``): a likely copying slip
  ("1만1553달러" where the others say about 10만 달러).  A slipped figure takes no part in
  a verdict.

Growth rates that do not follow from their own amounts are in ``consistency``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from briefings.comparison.consistency import figure_mention
from briefings.comparison.intervals import amount, significant, significant_digits
from briefings.comparison.keys import Statement
from briefings.comparison.rates import RateBook, is_pair_gap, rate_table, table_rate
from briefings.facts.knowledge import tsv_rows
from briefings.model import Briefing, Figure, Topic

SAME_UNIT_RATIO = 20.0  # a pair in one currency whose amounts differ more than this is not one amount
RATE_MATCH = 0.25  # a ratio within this (relative) of a table rate names that currency
SCALE_TOLERANCE = 0.3  # a ratio within this (relative) of 10 or 100 is a scale slip
CONSENSUS_SPREAD = 0.15  # other outlets agree when all are within this of their median
SLIP_DIGITS = 3  # a precise figure (this many significant digits) may be SCALE_TOLERANCE off a power of ten
ROUND_TOLERANCE = 0.02  # a round one ("600억 달러" for 6000억) only this far: else it is likely another figure
_POWERS = (10.0, 100.0, 1000.0)


def article_errors(
    briefings: Sequence[Briefing],
    sts: Sequence[Statement],
    story: dict[str, str],
    ids: dict[str, str],
    book: RateBook,
) -> tuple[list[Topic], set[tuple[str, int]]]:
    """(error topics, (article, figure) pairs that are likely slips and must take no part in verdicts)."""
    topics: list[Topic] = []
    slipped: set[tuple[str, int]] = set()
    for b in briefings:
        for ia, ib in _pairs(b):
            topic = _check_pair(b, ia, ib, ids)
            if topic is not None:
                topics.append(topic)
    for topic, key in _consensus_slips(sts, story, ids):
        topics.append(topic)
        slipped.add(key)
    return topics, slipped


def _pairs(b: Briefing) -> list[tuple[int, int]]:
    """Adjacent money figures written as an amount and its equivalent: "X(약 Y)" or a conversion fact."""
    out: list[tuple[int, int]] = []
    money = [(i, f) for i, f in enumerate(b.figures) if f.kind == "money" and _positive(f)]
    for (ia, a), (ib, f) in zip(money, money[1:], strict=False):
        if a.high is None and f.high is None and is_pair_gap(b.article.text[a.end : f.start]):
            out.append((ia, ib))
    seen = set(out)
    for fact in b.facts:
        if fact.role == "conversion" and fact.figure is not None and fact.equivalent_of is not None:
            pair = (min(fact.equivalent_of, fact.figure), max(fact.equivalent_of, fact.figure))
            ok = all(0 <= i < len(b.figures) for i in pair)
            if ok and pair not in seen and all(b.figures[i].kind == "money" and _positive(b.figures[i]) for i in pair):
                out.append(pair)
                seen.add(pair)
    return out


@lru_cache(maxsize=1)
def _currency_words() -> dict[str, tuple[str, ...]]:
    """Currency code -> the words and signs that write it (``units.tsv``: 달러, US$, $ for USD)."""
    words: dict[str, list[str]] = {}
    for row in tsv_rows("units.tsv"):
        if len(row) >= 3 and row[1] == "money":
            words.setdefault(row[2], []).append(row[0])
    return {k: tuple(v) for k, v in words.items()}


def _writes_currency(f: Figure) -> bool:
    """Whether the figure's own text names its currency (else the currency came from the context)."""
    return any(w in f.surface for w in _currency_words().get(f.unit, ()))


def _positive(f: Figure) -> bool:
    return isinstance(f.value, (int, float)) and math.isfinite(f.value) and f.value > 0




def _currency_at(ratio: float, unit: str, date: str | None) -> str | None:
    """The currency whose rate (per ``unit``) is within ``RATE_MATCH`` of ``ratio``, if exactly one is."""
    base = table_rate(unit, date)
    if base is None:
        return None
    found = []
    for currency in rate_table():
        if currency == unit:
            continue
        rate = table_rate(currency, date)
        if rate is None:
            continue
        per_unit = rate.per_usd / base.per_usd
        if abs(ratio - per_unit) <= RATE_MATCH * per_unit:
            found.append(currency)
    if unit != "USD" and abs(ratio - 1 / base.per_usd) <= RATE_MATCH / base.per_usd:
        found.append("USD")
    return found[0] if len(found) == 1 else None


def _power_off(ratio: float, tolerance: float = SCALE_TOLERANCE) -> float | None:
    """10, 100 or 1000 (or their inverses) when ``ratio`` is within ``tolerance`` of one, else None."""
    for p in _POWERS:
        for target in (p, 1 / p):
            if abs(ratio - target) <= tolerance * target:
                return target
    return None


def _check_pair(b: Briefing, ia: int, ib: int, ids: dict[str, str]) -> Topic | None:
    a, c = b.figures[ia], b.figures[ib]
    sid = ids.get(b.article.id, b.article.id)
    va, vc = float(a.value), float(c.value)
    if a.unit == c.unit:
        ratio = max(va, vc) / min(va, vc)
        if ratio < SAME_UNIT_RATIO or not (_writes_currency(a) and _writes_currency(c)):
            return None  # a bare "약 1439조" took its currency from the context: the article did not say it
        small, large = (a, c) if va <= vc else (c, a)
        currency = _currency_at(ratio, small.unit, b.article.date)
        reason = (
            f"{a.surface} and its equivalent {c.surface} are both in {a.unit}, yet one is {significant(ratio)} times"
            " the other"
        )
        if currency is not None:
            reason += f": at {significant(ratio, 4)} per {small.unit}, {large.surface} is in {currency}, not {a.unit}"
        return Topic(
            id=f"unit-{b.article.id}-{ia}-{ib}",
            label_ko=f"{sid} 기사 안의 단위 오류: {large.surface}",
            label_en=f"{sid}: the unit of \u201c{large.surface}\u201d contradicts its pair",
            status="disagree",
            reason=reason,
            mentions=(figure_mention(b, ia), figure_mention(b, ib)),
            kind="unit_mismatch",
        )
    usd, other = (a, c) if a.unit == "USD" else (c, a) if c.unit == "USD" else (None, None)
    if usd is None or other is None:
        return None
    day = table_rate(other.unit, b.article.date)
    if day is None:
        return None
    implied = float(other.value) / float(usd.value)
    off = _power_off(implied / day.per_usd)
    if off is None:
        return None
    times = significant(off if off >= 1 else 1 / off)
    reason = (
        f"{usd.surface} ≈ {other.surface} implies {significant(implied, 4)} {other.unit} per US$, {times} times"
        f" {'more' if off > 1 else 'less'} than the rate of the day ({day.text()}, {day.source}): one of the two"
        " is likely off by a scale word"
    )
    return Topic(
        id=f"scale-{b.article.id}-{ia}-{ib}",
        label_ko=f"{sid} 기사 안의 자릿수 오류: {usd.surface} / {other.surface}",
        label_en=f"{sid}: \u201c{usd.surface}\u201d and its conversion are {times}x apart",
        status="disagree",
        reason=reason,
        mentions=(figure_mention(b, ia), figure_mention(b, ib)),
        kind="scale_slip",
    )


def _consensus_slips(
    sts: Sequence[Statement], story: dict[str, str], ids: dict[str, str]
) -> list[tuple[Topic, tuple[str, int]]]:
    """Figures 10x/100x off what the other outlets of the story say for the same fact.

    A level, or an amount of a change, is flagged when (i) another outlet gives the same fact (full
    key) a value a power of ten away, (ii) the story's other outlets, over all their figures of this
    subject, measure and unit (levels and thresholds for a level; changes the same way for a change;
    a range by its middle), agree (two outlets at least, more than half of them) on a magnitude a
    power of ten away too, and (iii) its own sentence gives no value near that magnitude for the same
    fact.  A precise figure may be ``SCALE_TOLERANCE`` off the power of ten (a dropped digit:
    "1만1553" for "10만1553"), a round one only ``ROUND_TOLERANCE`` ("600억" for "6000억"): a round
    figure further off is more likely another moment than a copied one."""
    groups: dict[tuple[object, ...], list[Statement]] = {}
    pools: dict[tuple[object, ...], list[Statement]] = {}
    for st in sts:
        k = st.key
        if not (k.subject and k.measure and k.role) or k.role not in ("level", "threshold", "change"):
            continue
        if k.role == "change" and st.figure.kind not in ("money", "count", "quantity"):
            continue  # percentages 10x apart are more often two facts (1.5% and 15%) than a slip
        if st.figure.qualifier in ("less_than", "at_most", "more_than", "at_least"):
            continue
        if st.missing is not None:
            continue  # an undated export total may be the month's or a cumulative one: never the same fact
        if not _positive(st.figure):
            continue
        where = story.get(st.briefing.article.id)
        family = ("change", k.direction) if k.role == "change" else ("level", None)
        full = (where, k.subject, k.measure, k.role, k.date, k.time_of_day, k.direction, st.figure.unit)
        groups.setdefault(full, []).append(st)
        pools.setdefault((where, k.subject, k.measure, st.figure.unit, family), []).append(st)
    out = []
    for group in groups.values():
        k0 = group[0].key
        fam = ("change", k0.direction) if k0.role == "change" else ("level", None)
        pool = pools[(story.get(group[0].briefing.article.id), k0.subject, k0.measure, group[0].figure.unit, fam)]
        for st in group:
            if st.key.role == "threshold" or st.figure.high is not None:
                continue  # a threshold is a round number chosen by the writer; a range is not one copied figure
            me = st.briefing.article.id
            value = abs(float(st.figure.value))
            tolerance = SCALE_TOLERANCE if significant_digits(value) >= SLIP_DIGITS else ROUND_TOLERANCE
            same_fact = [_point(o) for o in group if o.briefing.article.id != me]
            if not any(_power_off(v / value) is not None for v in same_fact):
                continue
            median = _consensus([o for o in pool if o.briefing.article.id != me])
            if median is None:
                continue
            off = _power_off(median / value, tolerance)
            if off is None:
                continue
            own = [
                _point(o)
                for o in group
                if o.briefing.article.id == me and o is not st and o.figure.sentence == st.figure.sentence
            ]
            if any(abs(v - median) <= CONSENSUS_SPREAD * median for v in own):
                continue  # its sentence also gives the consensus value for this fact: this one is another figure
            times = significant(off if off >= 1 else 1 / off)
            sid = ids.get(me, me)
            consensus = amount(median, st.figure.unit)
            reason = (
                f"{sid} says {st.figure.surface} where the other outlets put it at about {consensus}:"
                f" {times} times {'less' if off > 1 else 'more'}, a likely copying slip of a scale word or a digit"
            )
            topic = Topic(
                id=f"slip-{me}-{st.figure_index}",
                label_ko=f"{sid} 기사의 자릿수 의심: {st.figure.surface}",
                label_en=f"{sid}: \u201c{st.figure.surface}\u201d is {times}x off the other outlets",
                status="disagree",
                reason=reason,
                mentions=(figure_mention(st.briefing, st.figure_index, note=f"others: about {consensus}"),),
                subject=st.key.subject,
                measure=st.key.measure,
                date=st.key.date,
                kind="scale_slip",
                role=st.key.role,
                time_of_day=st.key.time_of_day,
            )
            out.append((topic, (me, st.figure_index)))
    return out


def _consensus(others: list[Statement]) -> float | None:
    """The value most other outlets agree on: the median of the largest run of values within
    ``CONSENSUS_SPREAD`` of it, given by at least two outlets and by more than half of them."""
    outlets = {o.briefing.article.id for o in others}
    values = sorted((_point(o), o.briefing.article.id) for o in others)
    best: list[tuple[float, str]] = []
    j = 0
    for i in range(len(values)):
        while values[i][0] > values[j][0] * (1 + 2 * CONSENSUS_SPREAD):
            j += 1
        window = values[j : i + 1]
        if len({a for _, a in window}) > len({a for _, a in best}):
            best = window
    agreeing = {a for _, a in best}
    if len(agreeing) < 2 or len(agreeing) * 2 <= len(outlets):
        return None
    return best[len(best) // 2][0]


def _point(st: Statement) -> float:
    """A figure's value, or the middle of its range."""
    value = abs(float(st.figure.value))
    if isinstance(st.figure.high, (int, float)):
        return (value + abs(float(st.figure.high))) / 2
    return value
