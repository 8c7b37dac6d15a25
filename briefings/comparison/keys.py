"""Topic keys: which facts are the same fact, and which may carry a verdict at all.

A figure fact's key is (subject, measure, role, event date, time of day), plus the
direction of a change and the dimension of its value (money, %, x, a count...).  Two
figures can only be compared when their keys are equal.  A key is *complete* when the
facts stage gave every part the measure needs (``compare_measures.tsv``):

* subject, measure and role always (a role of "date" or "conversion" is never compared as a
  level: conversions are compared through the figure they convert, see ``topics``);
* the event date for measures of one day ("event") and for period results ("period"); a
  measure of the story's one event ("any") may be undated;
* the time of day for levels and thresholds of prices and index levels.

Facts with an incomplete key are *related figures*: shown, never given a verdict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from briefings.comparison.intervals import Interval, figure_interval, significant_digits
from briefings.facts.knowledge import base_before, change_direction, tsv_rows
from briefings.model import Briefing, Fact, Figure

TIMED_ROLES = ("level", "threshold")
_BOUNDS = ("at_least", "at_most", "more_than", "less_than")
NO_VERDICT_ROLES = ("date", "conversion")


@dataclass(frozen=True)
class MeasureRule:
    date: str  # event | period | any
    time: str  # levels | no
    verdict: bool


@lru_cache(maxsize=1)
def measure_rules() -> dict[str, MeasureRule]:
    rules = {}
    for row in tsv_rows("compare_measures.tsv"):
        if row[0] == "measure":
            continue
        measure, date, time, verdict = (row + ["", "", "", ""])[:4]
        rules[measure] = MeasureRule(date or "any", time or "no", verdict == "yes")
    return rules


@dataclass(frozen=True)
class Key:
    subject: str | None
    measure: str | None
    role: str | None
    date: str | None
    time_of_day: str | None
    direction: str | None
    dim: str  # "money" or the figure's unit ("%", "x", "count", "pt", ...)
    source: str | None = None  # for estimates and claims: who states them (None when unknown)
    aspect: str | None = None  # a level verb that makes it another fact ("use" vs "hold" GPUs; compare_labels.tsv)


@dataclass(frozen=True)
class Statement:
    """A numeric fact of one article, with the interval of values it allows and its key."""

    order: int  # position of the briefing in the input
    briefing: Briefing
    fact: Fact
    figure_index: int
    figure: Figure
    interval: Interval  # in the figure's own unit, sign dropped (direction is in the key)
    key: Key
    missing: str | None  # why the key is incomplete (None: complete)
    dated_by: str | None = None  # how the key's date was found when the fact had none (``periods``)


def fact_direction(fact: Fact, figure: Figure) -> str | None:
    """up | down: the fact's own direction, else its change verb's, else a signed value's sign."""
    if fact.direction in ("up", "down"):
        return fact.direction
    d = change_direction(fact.change)
    if d in ("up", "down"):
        return d
    if isinstance(figure.value, (int, float)) and figure.value < 0 and figure.kind == "percent":
        return "down"
    if figure.surface.lstrip().startswith("+") and figure.kind == "percent":
        return "up"
    return None


def dimension(figure: Figure) -> str:
    """What a figure's value is counted in: "money" (any currency; compared after conversion) or its unit."""
    return "money" if figure.kind == "money" else figure.unit


PRECISE_BOUND_DIGITS = 3  # a bound written this precisely ("최대 414만657주") is a figure, not a loose bound


def unsigned_interval(figure: Figure) -> Interval | None:
    """The figure's interval with a sign dropped ("-9.86%" and "9.86% 하락" are one value).

    A one-sided bound is an interval ("100억 원도 채 들지 않은": anything under ₩10 billion) when it is
    round; written precisely ("최대 414만657주", a tender's cap) it is that figure: a cap of 4,140,657
    shares does not agree with 3,623,075 shares, it is another number."""
    if figure.qualifier in _BOUNDS and isinstance(figure.value, (int, float)) and figure.high is None:
        if significant_digits(abs(float(figure.value))) >= PRECISE_BOUND_DIGITS:
            figure = replace(figure, qualifier=None)
    iv = figure_interval(figure)
    if iv is None:
        return None
    if iv.hi <= 0 and iv.lo < 0:
        return Interval(-iv.hi, -iv.lo)
    return iv


def missing_part(key: Key) -> str | None:
    """Why a key cannot carry a verdict, or None when it is complete."""
    if not key.subject:
        return "no subject"
    if not key.measure:
        return "no measure"
    rule = measure_rules().get(key.measure)
    if rule is None or not rule.verdict:
        return f"measure {key.measure!r} is not compared"
    if not key.role:
        return "no role (level, change, ...)"
    if key.role in NO_VERDICT_ROLES:
        return f"a {key.role}"
    if rule.date in ("event", "period") and not key.date:
        return "no event date"
    if rule.time == "levels" and key.role in TIMED_ROLES and not key.time_of_day:
        return "no time of day"
    if key.role == "change" and key.direction is None and key.dim == "%":
        return "no direction"
    return None


def statements(briefings: list[Briefing]) -> list[Statement]:
    """Every numeric figure fact of ``briefings`` (one per figure), with its key."""
    out = []
    for order, b in enumerate(briefings):
        seen: set[int] = set()
        for fact in b.facts:
            if fact.claim is not None or fact.figure is None or fact.figure in seen:
                continue
            if not 0 <= fact.figure < len(b.figures):
                continue
            figure = b.figures[fact.figure]
            interval = unsigned_interval(figure)
            if interval is None or not math.isfinite(interval.lo):
                continue
            seen.add(fact.figure)
            role = fact.role
            key = Key(
                subject=fact.subject,
                measure=fact.measure,
                role=role,
                date=fact.date,
                time_of_day=fact.time_of_day,
                direction=fact_direction(fact, figure) if role in ("change", None) else None,
                dim=dimension(figure),
                source=fact.source if role in ("estimate", "claim") else None,
                aspect=_aspect(fact.change),
            )
            out.append(Statement(order, b, fact, fact.figure, figure, interval, key, missing_part(key)))
    return out


def change_base(st: Statement) -> str | None:
    """What a change is measured against, read before it in its sentence ("직전 분기(10조원) 대비 18.6%":
    the previous quarter, the aside left out); None when the text does not say."""
    sentences = st.briefing.analysis.sentences
    start = sentences[st.figure.sentence].start if 0 <= st.figure.sentence < len(sentences) else 0
    en = base_before(st.briefing.article.text, start, st.figure.start)
    if en is None:
        return None
    return "year" if "year" in en else en  # "a year earlier" and "year on year": the same period a year before


def _aspect(change: str | None) -> str | None:
    """The aspect a level verb gives (GPUs "used" vs "held"), from the change labels' direction column."""
    d = change_direction(change)
    return d if d not in (None, "up", "down", "level") else None
