"""Cross-source comparison: where the sources agree, disagree, or stand alone, story by story.

``compare(briefings)`` reads only the briefings' facts and figures (it never re-parses
text).  First the folder is grouped into stories (see ``stories``); nothing is compared
across stories, and every topic says its story.  Then, within each story:

* ``figure`` topics: figures whose facts have the same complete key (subject, measure,
  role, event date, time of day, direction of a change; see ``keys``).  Values are
  intervals (stated precision, ranges, qualifiers; a sign is a direction, see
  ``intervals``), money in another currency after conversion (see ``rates``).  A key whose
  every source gives one value is *agree* when the values overlap and *disagree* when they
  do not.  When a source gives several values for one key (before/after, a range of
  moments), each run of overlapping values is its own topic, and only a near miss (two
  precise values within ``NEAR_MISS`` of each other, from different sources, each source
  giving one of them) is a disagreement.  No disagreement is declared between thresholds
  (several are crossed on one day), intraday levels (several moments), estimates of
  different or unknown sources, or values compared only through an exchange rate:
  unsure means no verdict.
* ``conversion`` topics: the same amount said in another currency (``Fact.role`` conversion,
  ``equivalent_of``); when the amounts converted agree and the converted ones differ, the
  sources used different rates: that is said, with each source's implied rate, and it is no
  disagreement (a related topic).
* ``claim`` topics (qualitative facts) and ``market_day`` topics (see ``market_day``).
* article errors, found inside one article with no other source: a unit contradicting its
  pair and a scale slip (see ``errors``), a growth rate its own amounts contradict (see
  ``consistency``).

Facts whose key is incomplete are *related figures* (``Comparison.related``): shown, never
given a verdict.  Topics are ordered: disagreements first, then agreements, then
single-source topics; within each, more sources first, then first appearance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefings.comparison.consistency import self_inconsistencies
from briefings.comparison.errors import article_errors
from briefings.comparison.intervals import (
    CONVERSION_RELATIVE,
    Interval,
    amount,
    common,
    rate_text,
    significant,
    significant_digits,
)
from briefings.comparison.keys import Key, Statement, change_base, measure_rules, statements
from briefings.comparison.market_day import is_market_day, market_day_topics
from briefings.comparison.periods import date_by_story
from briefings.comparison.rates import RateBook
from briefings.comparison.stories import group_stories, story_of
from briefings.facts.knowledge import change_label, measure_label, question, subject_ko, tsv_rows
from briefings.model import Briefing, Comparison, Fact, Mention, Side, Topic
from briefings.writing.wording import all_sources, capitalized, date_en, short_ids, source_list

_STATUS_ORDER = {"disagree": 0, "agree": 1, "single": 2}
_MAX_LISTED = 6  # past this many sources, reasons give counts instead of naming each
NEAR_MISS = 0.01  # two precise values this close (relative) in a many-valued key are one fact told two ways
_NEAR_MISS_DIGITS = 3  # ... when each is written with at least this many significant digits
FAR_APART = 2.0  # values further apart than this (max/min) are two facts the facts stage took for one
CROSS_CURRENCY_GAP = 0.25  # amounts in two currencies disagree only when this far apart after conversion


@dataclass(frozen=True)
class _Converted:
    statement: Statement
    interval: Interval
    display: str  # how the reason shows this statement ("₩846 trillion ≈ US$592 billion at ₩1,429/US$")
    note: str | None  # the conversion, with the rate's source, for the mention
    converted: bool = False


def compare(briefings: Sequence[Briefing]) -> Comparison:
    """Topics across ``briefings``, story by story: figures, conversions, claims, market days, article errors."""
    briefings = list(briefings)
    ids = short_ids([b.article.id for b in briefings])
    book = RateBook(briefings)
    stories = group_stories(briefings)
    story = story_of(stories)
    all_statements = statements(briefings)
    errors, slipped = article_errors(briefings, all_statements, story, ids, book)
    topics: list[Topic] = []
    related: list[Topic] = []
    by_story: dict[str, list[Statement]] = {}
    for st in all_statements:
        by_story.setdefault(story[st.briefing.article.id], []).append(st)
    by_story = {s: date_by_story(sts) for s, sts in by_story.items()}  # within a story only
    for s in stories:
        members = [b for b in briefings if story.get(b.article.id) == s.id]
        figure_topics, figure_related, placed = _figure_topics(by_story.get(s.id, []), ids, book, slipped)
        conversions, conversion_related, alone = _conversion_topics(by_story.get(s.id, []), placed, ids)
        by_key: dict[tuple[str | None, str | None, str], list[Statement]] = {}
        for st in alone:  # conversions of a figure no other source gives: shown, no verdict
            by_key.setdefault((st.key.subject, st.key.measure, st.key.dim), []).append(st)
        conversion_related += [_related_topic(k, g, ids, slipped) for k, g in by_key.items()]
        market_days, figure_topics = market_day_topics(members, ids, figure_topics)
        claims = _claim_topics(members, ids)
        for t in [*figure_topics, *conversions, *market_days, *claims]:
            topics.append(replace(t, story=s.id))
        for t in [*figure_related, *conversion_related]:
            related.append(replace(t, story=s.id))
    for t in [*self_inconsistencies(briefings, ids), *errors]:
        first = t.mentions[0].article if t.mentions else ""
        topics.append(replace(t, story=story.get(first)))
    topics = _unique_ids(topics)
    related = _unique_ids(related)
    first_seen = {t.id: i for i, t in enumerate(topics)}
    topics.sort(key=lambda t: (_STATUS_ORDER.get(t.status, 3), -len({m.article for m in t.mentions}), first_seen[t.id]))
    notes = tuple(f"Exchange rate {r.text()} ({r.source})" for r in book.rates())
    return Comparison(
        articles=tuple(b.article for b in briefings),
        topics=tuple(topics),
        notes=notes,
        stories=tuple(stories),
        related=tuple(related),
    )


# --------------------------------------------------------------------------- figures


def _figure_topics(
    sts: list[Statement], ids: dict[str, str], book: RateBook, slipped: set[tuple[str, int]]
) -> tuple[list[Topic], list[Topic], dict[tuple[str, int], Topic]]:
    """(verdict and single topics, related topics, (article, figure) -> the topic it is in) for one story."""
    groups: dict[Key, list[Statement]] = {}
    loose: dict[tuple[str | None, str | None, str], list[Statement]] = {}
    for st in sts:
        if st.key.role == "conversion":
            continue  # compared through the figure it converts (``_conversion_topics``)
        if st.missing is None and (st.briefing.article.id, st.figure_index) not in slipped:
            groups.setdefault(st.key, []).append(st)
        else:
            loose.setdefault((st.key.subject, st.key.measure, st.key.dim), []).append(st)
    topics: list[Topic] = []
    placed: dict[tuple[str, int], Topic] = {}
    home = _home_currencies(sts)
    dated = {(st.key.subject, st.key.measure, st.key.role) for st in sts if st.key.date}
    for key, group in groups.items():
        group.sort(key=lambda s: (s.order, s.figure.start))
        foreign = key.dim == "money" and any(s.figure.unit != home.get((key.subject, key.measure)) for s in group)
        # An undated figure of a fact the story dates elsewhere may be of another day: no disagreement on it.
        unsure = key.date is None and (key.subject, key.measure, key.role) in dated
        # A change dated by the story: its base (a year or a quarter before?) is unread: it may agree, never disagree.
        unsure = unsure or any(s.dated_by is not None and key.role == "change" for s in group)
        period = measure_rules().get(key.measure or "", None)
        parts = (
            _by_base(group, period is not None and period.date == "period")
            if key.role == "change"
            else [(group, False)]
        )
        for part, unread in parts:
            # a change against another base is another fact ("직전 분기 대비 18.6%, 전년 동기 대비 35.4%"); one
            # whose base is unread may agree with one, never disagree
            for t in _key_topics(key, part, ids, book, foreign, unsure or unread):
                if key.role == "threshold":
                    t = _with_levels_beyond(t, part, sts, ids)
                topics.append(t)
                for m in t.mentions:
                    if m.figure is not None:
                        placed[(m.article, m.figure)] = t
    related = [_related_topic(k, g, ids, slipped) for k, g in loose.items()]
    return topics, related, placed


def _by_base(group: list[Statement], period: bool) -> list[tuple[list[Statement], bool]]:
    """A change key's statements split by what they are measured against, each with whether a base is unread.

    One known base (others unread): one part. For a period's result (a year or a quarter before?) an unread
    base makes it unsure; a day's move with none is against the session before, as news writes it. Several
    known bases: one part per base, the unread ones a part of their own (unsure)."""
    bases = [change_base(s) for s in group]
    known = sorted({b for b in bases if b is not None})
    if len(known) <= 1:
        return [(group, period and None in bases)]
    parts: list[tuple[list[Statement], bool]] = [
        ([s for s, b in zip(group, bases, strict=True) if b == k], False) for k in known
    ]
    unread = [s for s, b in zip(group, bases, strict=True) if b is None]
    if unread:
        parts.append((unread, True))
    return parts


def _with_levels_beyond(topic: Topic, group: list[Statement], sts: list[Statement], ids: dict[str, str]) -> Topic:
    """A crossed threshold agrees with any level beyond it: the reason names the story's levels of the same
    subject, measure, day (and time of day, when both give one) that lie beyond it, as support; never a verdict
    against one (a level on the near side may be another moment)."""
    mine = [
        s
        for s in group
        if any(m.article == s.briefing.article.id and m.figure == s.figure_index for m in topic.mentions)
    ]
    directions = {s.fact.direction for s in mine}
    if not mine or len(directions) != 1 or None in directions:
        return topic
    direction = directions.pop()
    bound = abs(float(mine[0].figure.value))
    k = mine[0].key
    beyond = []
    for st in sts:
        o = st.key
        if o.role != "level" or (o.subject, o.measure, o.date, o.dim) != (k.subject, k.measure, k.date, k.dim):
            continue
        if o.time_of_day and k.time_of_day and o.time_of_day != k.time_of_day:
            continue
        if st.figure.unit != mine[0].figure.unit or st.missing is not None:
            continue
        value = abs(float(st.figure.value))
        if (direction == "up" and value >= bound) or (direction == "down" and value <= bound):
            beyond.append(
                f"{ids.get(st.briefing.article.id, st.briefing.article.id)} {st.figure.en or st.figure.surface}"
            )
    if not beyond:
        return topic
    shown = ", ".join(list(dict.fromkeys(beyond))[:_MAX_LISTED])
    return replace(topic, reason=f"{topic.reason}; levels beyond it, as crossing it implies: {shown}")


def _home_currencies(sts: list[Statement]) -> dict[tuple[str | None, str | None], str]:
    """(subject, measure) -> the currency most of the story's amounts of it are in (conversions aside)."""
    counts: dict[tuple[str | None, str | None], dict[str, int]] = {}
    for st in sts:
        if st.figure.kind == "money" and st.key.role != "conversion":
            by_unit = counts.setdefault((st.key.subject, st.key.measure), {})
            by_unit[st.figure.unit] = by_unit.get(st.figure.unit, 0) + 1
    return {k: max(v, key=lambda u: (v[u], u == "USD")) for k, v in counts.items()}


def _key_topics(
    key: Key,
    group: list[Statement],
    ids: dict[str, str],
    book: RateBook,
    foreign: bool = False,
    unsure: bool = False,
) -> list[Topic]:
    """The topics of one complete key: one verdict, or one per run of overlapping values.

    ``foreign``: some amounts are in another currency than the story's usual one for this subject
    and measure (₩847 trillion of NVIDIA's market value): they are conversions by nature, whose
    small differences are the rates'.  ``unsure``: the key is undated while the story dates this
    fact elsewhere: the figures may be of other days, so they may agree but never disagree."""
    converted = _convert_all(group, book, key.date)
    if foreign:
        converted = [replace(c, converted=True) for c in converted]
    clusters = _clusters(converted)
    articles = _ordered_articles(c.statement for c in converted)
    per_article: dict[str, set[int]] = {}
    for n, cl in enumerate(clusters):
        for c in cl:
            per_article.setdefault(c.statement.briefing.article.id, set()).add(n)
    one_valued = all(len(v) == 1 for v in per_article.values())
    if len(clusters) == 1 or len(articles) < 2:
        return [_figure_topic(key, converted, ids)]
    may_disagree = not unsure and _may_disagree(key, converted)
    if one_valued and may_disagree:
        return [_figure_topic(key, converted, ids)]
    # Several values: each run its own topic; a near miss between two runs is a disagreement.
    runs = [list(cl) for cl in clusters]
    out: list[Topic] = []
    used: set[int] = set()
    if may_disagree:
        for a, b in _near_misses(runs, per_article):
            if a in used or b in used:
                continue
            used.update((a, b))
            out.append(_figure_topic(key, sorted(runs[a] + runs[b], key=_position), ids))
    for n, run in enumerate(runs):
        if n not in used:
            out.append(_figure_topic(key, sorted(run, key=_position), ids, split=True))
    return out


def _position(c: _Converted) -> tuple[int, int]:
    return (c.statement.order, c.statement.figure.start)


def _may_disagree(key: Key, converted: list[_Converted]) -> bool:
    """Whether values of this key that do not overlap are a disagreement (else: no verdict on the difference)."""
    if key.role == "threshold":
        return False  # several round levels are crossed on one day
    if key.time_of_day in ("intraday", "after_hours"):
        return False  # intraday (or after-hours) levels and moves are several moments of one day
    if not _bounds_contradicted(converted):
        return False  # "최대 414만657주" and 362만3075주: a cap and a figure under it do not contradict
    values = [abs(float(c.statement.figure.value)) for c in converted if not c.converted]
    if values and min(values) > 0 and max(values) / min(values) > FAR_APART:
        return False  # outlets telling one fact differ by a digit or a rounding: this far apart, two facts
    rule = measure_rules().get(key.measure or "")
    if rule is not None and rule.time == "levels" and not key.time_of_day:
        return False  # a price move of unknown moment (after hours? next open?) may be another moment
    if key.role in ("estimate", "claim") and not key.source:
        return False  # estimates of unknown (maybe different) sources differ by nature
    if any(c.converted for c in converted):
        # a difference seen only through an exchange rate may be the rate's: only a gap no rate explains counts
        runs = _clusters(converted)
        for low, high in zip(runs, runs[1:], strict=False):
            top = min(c.interval.hi for c in low)
            bottom = max(c.interval.lo for c in high)
            if bottom <= 0 or (bottom - top) / bottom <= CROSS_CURRENCY_GAP:
                return False
    return True


_UPPER_BOUNDS = ("at_most", "less_than")
_LOWER_BOUNDS = ("at_least", "more_than")


def _bounds_contradicted(converted: list[_Converted]) -> bool:
    """Whether the one-sided bounds among the values (if any) are broken by another value: a figure above a
    cap ("최대 N"), or below a floor ("N 이상"). True when there is no bound."""
    bounds = [c for c in converted if c.statement.figure.qualifier in _UPPER_BOUNDS + _LOWER_BOUNDS]
    if not bounds:
        return True
    for b in bounds:
        upper = b.statement.figure.qualifier in _UPPER_BOUNDS
        for c in converted:
            if c is b:
                continue
            if (upper and c.interval.lo > b.interval.hi) or (not upper and c.interval.hi < b.interval.lo):
                return True
    return False


def _near_misses(runs: list[list[_Converted]], per_article: dict[str, set[int]]) -> list[tuple[int, int]]:
    """Pairs of runs that are one fact told two ways: close precise values, disjoint sources, one each."""
    out = []
    sources = [{c.statement.briefing.article.id for c in run} for run in runs]
    for a in range(len(runs)):
        for b in range(a + 1, len(runs)):
            if sources[a] & sources[b]:
                continue
            va, vb = _centre(runs[a]), _centre(runs[b])
            if va <= 0 or vb <= 0 or abs(va - vb) / max(va, vb) > NEAR_MISS:
                continue
            if min(_digits(runs[a]), _digits(runs[b])) < _NEAR_MISS_DIGITS:
                continue
            # each source of either run says exactly one of the two values, and no other run is as close
            if any(len(per_article[s] & {a, b}) != 1 for s in sources[a] | sources[b]):
                continue
            out.append((a, b))
    out.sort(key=lambda p: abs(_centre(runs[p[0]]) - _centre(runs[p[1]])))
    return out


def _centre(run: list[_Converted]) -> float:
    values = sorted(abs(float(c.statement.figure.value)) for c in run)
    return values[len(values) // 2]


def _digits(run: list[_Converted]) -> int:
    return min(significant_digits(abs(float(c.statement.figure.value))) for c in run)


def _pivot(group: list[Statement]) -> str:
    """The currency most of the group's amounts are in (US dollars on a tie): amounts in it are compared
    as written, the others after conversion (and then never found to disagree on a small gap)."""
    units = [s.figure.unit for s in group]
    return max(dict.fromkeys(units), key=lambda u: (units.count(u), u == "USD"))


def _convert_all(group: list[Statement], book: RateBook, date: str | None) -> list[_Converted]:
    """Each statement's interval in the group's pivot unit (money only is converted)."""
    out = []
    pivot = _pivot(group) if group and group[0].figure.kind == "money" else None
    for st in group:
        fig = st.figure
        shown = fig.en or amount(float(fig.value), fig.unit)
        if pivot is None or fig.unit == pivot:
            out.append(_Converted(st, st.interval, shown, None))
            continue
        when = st.fact.date or date or st.briefing.article.date
        src = book.choose(fig.unit, when, st.briefing.article.id)
        dst = book.choose(pivot, when, st.briefing.article.id)
        if src is None or dst is None:
            out.append(_Converted(st, Interval(0.0, float("inf")), shown, f"no exchange rate for {fig.unit}", True))
            continue
        factor = dst.per_usd / src.per_usd
        iv = st.interval.scaled(factor).widened(CONVERSION_RELATIVE)
        point = abs(float(fig.value)) * factor
        if isinstance(fig.high, (int, float)):
            approx = f"{amount(point, pivot)}-{amount(abs(float(fig.high)) * factor, pivot)}"
        else:
            approx = amount(point, pivot)
        rate = src if pivot == "USD" else dst
        conversion = f"≈ {approx} at {rate.text()}"
        out.append(_Converted(st, iv, f"{shown} {conversion}", f"{conversion} ({rate.source})", True))
    return out


def _figure_topic(key: Key, converted: list[_Converted], ids: dict[str, str], split: bool = False) -> Topic:
    articles = _ordered_articles(c.statement for c in converted)
    sides: tuple[Side, ...] = ()
    side_of: dict[int, str] = {}
    if len(articles) < 2:
        status = "single"
        reason = f"Only {ids[articles[0]]} says {_says_by_article(converted)[articles[0]]}"
        if len(converted) > 1 and common([c.interval for c in converted]) is None:
            reason += " (these values differ within that one source)"
    elif common([c.interval for c in converted]) is not None:
        status = "agree"
        displays = {c.display for c in converted}
        if len(displays) == 1:
            reason = f"{all_sources(len(articles))} say {next(iter(displays))}"
        elif len(articles) <= _MAX_LISTED:
            says = _says_by_article(converted)
            reason = "; ".join(f"{ids[a]} says {says[a]}" for a in articles) + ": agree"
        else:
            reason = f"{all_sources(len(articles))} agree: {_display_counts(converted)}"
    else:
        status = "disagree"
        clusters = _clusters(converted)
        sides = tuple(
            Side(
                label_en=_joined(c.display for c in cl),
                label_ko=_joined(c.statement.figure.surface for c in cl),
                articles=tuple(_ordered_articles(c.statement for c in cl)),
            )
            for cl in clusters
        )
        for side, cl in zip(sides, clusters, strict=True):
            for c in cl:
                side_of[id(c)] = side.label_en
        reason = "; ".join(f"{source_list(s.articles, ids)} {_verb(s.articles)} {s.label_en}" for s in sides)
        reason += ": differ"
    if split and status != "disagree":
        reason += " (one of several values the sources give for this)"
    dated_by: dict[str, dict[str, None]] = {}
    for c in converted:
        if c.statement.dated_by:
            dated_by.setdefault(c.statement.dated_by, {})[c.statement.briefing.article.id] = None
    if dated_by:  # the verdict leans on a date the story gave: say so
        reason += "; dated by the story: " + "; ".join(f"{source_list(list(a), ids)} {n}" for n, a in dated_by.items())
    mentions = tuple(_figure_mention(c, side_of.get(id(c))) for c in converted)
    first = converted[0].statement
    label_ko, label_en = figure_labels(key, first.fact.change)
    if split:  # one row per value: the labels say which
        label_en += f": {first.figure.en or first.figure.surface}"
        label_ko += f": {first.figure.surface}"
    value = "" if not split else "-" + significant(_centre([*converted]))
    topic_id = _slug(
        f"{key.subject}-{key.measure}-{key.role}-{key.dim}-{key.direction or 'any'}-{key.time_of_day or 'any'}"
        f"-{key.date or 'undated'}{'-' + key.aspect if key.aspect else ''}{value}"
    )
    return Topic(
        topic_id,
        label_ko,
        label_en,
        status,
        reason,
        mentions,
        key.subject,
        key.measure,
        key.date,
        kind="figure",
        sides=sides,
        role=key.role,
        time_of_day=key.time_of_day,
        direction=key.direction,
    )


# A related topic lists at most this many distinct figures of one source (the count stays in its reason).
_RELATED_PER_SOURCE = 20


def _related_topic(
    key: tuple[str | None, str | None, str], group: list[Statement], ids: dict[str, str], slipped: set[tuple[str, int]]
) -> Topic:
    """Figures shown without a verdict: their key is incomplete (or the figure is a flagged slip)."""
    subject, measure, dim = key
    group.sort(key=lambda s: (s.order, s.figure.start))
    why = dict.fromkeys(
        "a likely slip (see the article errors)"
        if (s.briefing.article.id, s.figure_index) in slipped
        else (s.missing or "")
        for s in group
    )
    shown = [c for c in why if c]
    reason = "No verdict: " + ("; ".join(shown) if shown else "incomplete key")
    articles = _ordered_articles(group)
    reason += f" ({len(group)} figure{'s' if len(group) != 1 else ''} from {len(articles)} source"
    reason += "s)" if len(articles) != 1 else ")"
    m_ko, m_en = _measure_words(measure) if measure else ("수치", "figures")
    s_ko = subject_ko(subject) if subject else ""
    label_ko = f"{s_ko} {m_ko}".strip() + " (관련 수치)"
    label_en = capitalized(f"{subject or ''} {m_en}".strip() + " (related figures)")
    mentions, per_article, hidden = [], dict.fromkeys(articles, 0), 0
    seen: set[tuple[object, ...]] = set()
    for s in group:
        m = _figure_mention(_Converted(s, s.interval, s.figure.en or s.figure.surface, s.missing), None)
        same = (m.article, m.surface, m.value, m.unit, m.text)
        if same in seen:
            continue  # the same figure in the same words again (a repeated paragraph, a flood)
        if per_article[m.article] >= _RELATED_PER_SOURCE:
            hidden += 1
            continue
        seen.add(same)
        per_article[m.article] += 1
        mentions.append(m)
    if hidden:
        reason += f"; {hidden} more not listed (at most {_RELATED_PER_SOURCE} a source)"
    return Topic(
        id=_slug(f"related-{subject or 'unknown'}-{measure or 'unknown'}-{dim}"),
        label_ko=label_ko,
        label_en=label_en,
        status="related",
        reason=reason,
        mentions=tuple(mentions),
        subject=subject,
        measure=measure,
        kind="related",
    )


# --------------------------------------------------------------------------- conversions


def _conversion_topics(
    sts: list[Statement], placed: dict[tuple[str, int], Topic], ids: dict[str, str]
) -> tuple[list[Topic], list[Topic], list[Statement]]:
    """Conversions grouped by the topic of the figure they convert: agree, or rates that differ (related);
    and the conversions left alone (no topic for what they convert, or no other source converting it)."""
    by_topic: dict[str, tuple[Topic, list[tuple[Statement, Mention]]]] = {}
    alone: list[Statement] = []
    for st in sts:
        if st.key.role != "conversion":
            continue
        eq = st.fact.equivalent_of
        base_topic = placed.get((st.briefing.article.id, eq)) if eq is not None else None
        if base_topic is None:
            alone.append(st)
            continue
        base = next(
            m for m in base_topic.mentions if m.article == st.briefing.article.id and m.figure == st.fact.equivalent_of
        )
        by_topic.setdefault(base_topic.id, (base_topic, []))[1].append((st, base))
    topics: list[Topic] = []
    related: list[Topic] = []
    for base_topic, items in by_topic.values():
        units = {st.figure.unit for st, _ in items}
        articles = list(dict.fromkeys(st.briefing.article.id for st, _ in items))
        if len(articles) < 2 or len(units) != 1:
            alone += [st for st, _ in items]
            continue
        rates = []
        for st, base in items:
            if isinstance(base.value, (int, float)) and base.value:
                per = abs(float(st.figure.value)) / abs(float(base.value))
                rates.append(
                    f"{ids[st.briefing.article.id]}: {rate_text(per, st.figure.unit)}".replace("/US$", f"/{base.unit}")
                )
        # "약" is how conversions are written, not a width: compare them at their stated precision
        converted = [_Converted(st, _stated_interval(st), st.figure.en or st.figure.surface, None) for st, _ in items]
        label_ko = f"{base_topic.label_ko} (환산)"
        label_en = f"{base_topic.label_en} in {st_unit_word(next(iter(units)))}"
        mentions = tuple(
            _figure_mention(c, None, note=f"converts {base.surface}")
            for c, (_, base) in zip(converted, items, strict=True)
        )
        common_iv = common([c.interval for c in converted])
        rate_note = f" (implied rates: {', '.join(dict.fromkeys(rates))})" if rates else ""
        if common_iv is not None:
            reason = f"{all_sources(len(articles))} give the same amount in {st_unit_word(next(iter(units)))}"
            reason += ": " + _joined(c.display for c in converted) + rate_note
            status, kind, out = "agree", "conversion", topics
        else:
            said = "; ".join(f"{ids[c.statement.briefing.article.id]} {c.display}" for c in converted) + rate_note
            if base_topic.status == "agree":
                reason = (
                    f"The sources agree on the amount ({_joined(m.surface or '' for m in base_topic.mentions)}); its"
                    f" {st_unit_word(next(iter(units)))} equivalents differ because they used different rates: {said}"
                )
            else:
                reason = f"No verdict: the amounts converted are not one value ({base_topic.status}); {said}"
            status, kind, out = "related", "conversion", related
        out.append(
            Topic(
                id=_slug(f"{base_topic.id}-conversion"),
                label_ko=label_ko,
                label_en=label_en,
                status=status,
                reason=reason,
                mentions=mentions,
                subject=base_topic.subject,
                measure=base_topic.measure,
                date=base_topic.date,
                kind=kind,
                role="conversion",
                time_of_day=base_topic.time_of_day,
                direction=base_topic.direction,
                rates=tuple(dict.fromkeys(rates)),
            )
        )
    return topics, related, alone


def _stated_interval(st: Statement) -> Interval:
    from briefings.comparison.keys import unsigned_interval

    if st.figure.qualifier != "approx":
        return st.interval
    return unsigned_interval(replace(st.figure, qualifier=None)) or st.interval


_CURRENCY_WORDS = {"KRW": "won", "USD": "US dollars", "JPY": "yen", "EUR": "euros", "CNY": "yuan", "INR": "rupees"}


def st_unit_word(unit: str) -> str:
    return _CURRENCY_WORDS.get(unit, unit)


# --------------------------------------------------------------------------- labels


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], tuple[str, str]]:
    out = {}
    for row in tsv_rows("compare_words.tsv"):
        kind, key, ko, en = (row + ["", "", "", ""])[:4]
        out[(kind, key)] = (ko, en)
    return out


def _measure_words(measure: str) -> tuple[str, str]:
    ko, en = measure_label(measure)
    if ko == measure and ("measure", measure) in _words():
        return _words()[("measure", measure)]
    return ko, en


def _period_en(date: str) -> str:
    m = re.fullmatch(r"(\d{4})-Q([1-4])", date)
    if m:
        return f"Q{m.group(2)} {m.group(1)}"
    return date_en(date)


def figure_labels(key: Key, change: str | None = None) -> tuple[str, str]:
    """(Korean, English) label of a figure topic: subject, measure, time of day, role or change, date.

    "엔비디아 주가 종가 기준 하락 (2025-01-27)" / "NVIDIA share-price fall at the close on 27 January 2025"."""
    subject, measure = key.subject or "", key.measure or ""
    m_ko, m_en = _measure_words(measure)
    s_ko = subject_ko(subject)
    m_ko, m_en = _without_repeat(s_ko, m_ko), _without_repeat(subject, m_en)
    ko = f"{s_ko} {m_ko}".rstrip()
    en = f"{subject} {m_en}".rstrip()
    words = _words()
    t_ko, t_en = words.get(("time", key.time_of_day or ""), ("", ""))
    if t_ko:
        ko += f" {t_ko}"
    ch = change_label(change)
    if key.role == "change" or (key.role is None and ch is not None and ch.direction not in ("level",)):
        if ch is not None and ch.direction == key.direction and ch.direction not in ("level",):
            ko += f" {ch.ko}"
            if ch.label_en:
                en = ch.label_en.format(subject=subject, measure=measure_label(measure)[1])
            else:
                en = f"{subject} {m_en.replace(' ', '-')} {ch.en}".replace("  ", " ")
        else:
            d_ko, d_en = words.get(("direction", key.direction or ""), words.get(("role", "change"), ("", "change")))
            ko += f" {d_ko}"
            en = f"{subject} {m_en.replace(' ', '-')} {d_en}".replace("  ", " ")
    elif key.aspect and ch is not None and ch.direction == key.aspect:
        ko += f" {ch.ko}"
        en = ch.label_en.format(subject=subject, measure=measure_label(measure)[1]) if ch.label_en else f"{en} {ch.en}"
    elif key.role and key.role not in ("level",):
        r_ko, r_en = words.get(("role", key.role), (key.role, key.role))
        if key.role == "estimate" and key.source:
            r_en += f" by {key.source}"
        ko += f" {r_ko}" if r_ko else ""
        en += f" {r_en}" if r_en else ""
    if t_en:
        en += f" {t_en}"
    if key.date:
        ko += f" ({key.date})"
        en += f" on {date_en(key.date)}" if len(key.date) == 10 else f" in {_period_en(key.date)}"
    return ko, capitalized(en)


def _without_repeat(subject: str, measure: str) -> str:
    """ "시장 규모" after "… 시장" is just "규모"; "market size" after "… market" is "size"."""
    first, _, rest = measure.partition(" ")
    last = subject.lower().rsplit(" ", 1)[-1]
    if subject.lower().endswith(first.lower()) or (first and last.startswith(first.lower())):
        return rest  # "반도체 수출액" is followed by nothing more of "수출"
    return measure


# --------------------------------------------------------------------------- wording of reasons


def _says_by_article(converted: list[_Converted]) -> dict[str, str]:
    """What each article says in a group: its distinct displays joined with "and"."""
    shown: dict[str, dict[str, None]] = {}
    for c in converted:
        shown.setdefault(c.statement.briefing.article.id, {})[c.display] = None
    return {a: " and ".join(d) for a, d in shown.items()}


def _joined(texts: Iterable[str], most: int = 3) -> str:
    """Distinct texts joined with " / ", the first ``most`` of them and a count of the rest."""
    distinct = list(dict.fromkeys(texts))
    shown = " / ".join(distinct[:most])
    return shown + (f" / … ({len(distinct) - most} more)" if len(distinct) > most else "")


def _display_counts(converted: list[_Converted]) -> str:
    """ "17% (950 sources), 16.97% (50 sources)": each display and how many articles give it."""
    by_display: dict[str, dict[str, None]] = {}
    for c in converted:
        by_display.setdefault(c.display, {})[c.statement.briefing.article.id] = None
    ranked = sorted(by_display.items(), key=lambda kv: -len(kv[1]))
    parts = [f"{d} ({len(a)} source{'s' if len(a) != 1 else ''})" for d, a in ranked[:_MAX_LISTED]]
    rest = len(ranked) - _MAX_LISTED
    return ", ".join(parts) + (f" and {rest} other values" if rest > 0 else "")


def _verb(articles: Sequence[str]) -> str:
    return "says" if len(articles) == 1 else "say"


def _clusters(converted: list[_Converted]) -> list[list[_Converted]]:
    """Split statements into runs whose intervals all overlap (sweep over sorted lower bounds)."""
    items = sorted(converted, key=lambda c: (c.interval.lo, c.interval.hi))
    clusters: list[list[_Converted]] = []
    hi = float("-inf")
    for c in items:
        if clusters and c.interval.lo <= hi:
            clusters[-1].append(c)
            hi = min(hi, c.interval.hi)
        else:
            clusters.append([c])
            hi = c.interval.hi
    return clusters


def _figure_mention(c: _Converted, side: str | None, note: str | None = None) -> Mention:
    st = c.statement
    fig = st.figure
    notes = [n for n in (c.note, note, st.dated_by) if n]
    return Mention(
        article=st.briefing.article.id,
        path=st.briefing.article.path,
        sentence=fig.sentence,
        text=st.briefing.sentence_text(fig.sentence),
        surface=fig.surface,
        value=fig.value,
        high=fig.high,
        unit=fig.unit,
        qualifier=fig.qualifier,
        figure=st.figure_index,
        note="; ".join(notes) or None,
        side=side,
    )


# --------------------------------------------------------------------------- claims


def _claim_topics(briefings: list[Briefing], ids: dict[str, str]) -> list[Topic]:
    index: dict[tuple[str, str | None], list[tuple[Briefing, Fact]]] = {}
    for b in briefings:
        for fact in b.facts:
            if fact.claim is not None and not is_market_day(fact):
                index.setdefault((fact.claim, fact.subject), []).append((b, fact))
    return [_claim_topic(claim, subject, items, ids) for (claim, subject), items in index.items()]


def _claim_side(kind: str, fact: Fact) -> str | None:
    if kind == "polar":
        return None if fact.polarity is None else ("true" if fact.polarity else "false")
    if kind == "stance":
        return fact.stance
    if kind == "date":
        return fact.date
    return None


def _claim_topic(claim: str, subject: str | None, items: list[tuple[Briefing, Fact]], ids: dict[str, str]) -> Topic:
    q = question(claim) or {"kind": "polar", "label_ko": claim, "label_en": claim, "sides": {}}
    kind = str(q.get("kind", "polar"))
    side_words: dict[str, dict[str, str]] = q.get("sides", {})

    by_label = {words.get("en", key): words.get("says", words.get("en", key)) for key, words in side_words.items()}

    def says(side: Side) -> str:
        """What a side says, in a reason ("DeepSeek used or holds NVIDIA GPUs"); the side's label if no phrase."""
        return by_label.get(side.label_en, side.label_en)

    def side_label(key: str) -> tuple[str, str]:
        if kind == "date":
            return date_en(key), key
        words = side_words.get(key, {})
        return words.get("en", key), words.get("ko", key)

    by_side: dict[str, dict[str, None]] = {}
    all_hedged: dict[str, bool] = {}
    for b, fact in items:
        key = _claim_side(kind, fact)
        if key is not None:
            by_side.setdefault(key, {})[b.article.id] = None
        all_hedged[b.article.id] = all_hedged.get(b.article.id, True) and fact.hedged
    articles = list(all_hedged)
    hedged = [a for a, h in all_hedged.items() if h]
    sides = tuple(Side(*side_label(k), articles=tuple(v)) for k, v in by_side.items())
    if len(articles) < 2:
        status = "single"
        what = " / ".join(says(s) for s in sides) or "this"
        reason = f"Only {ids[articles[0]]} says {what}"
    elif len(sides) > 1:
        status = "disagree"
        reason = "; ".join(f"{source_list(s.articles, ids)} {_verb(s.articles)} {says(s)}" for s in sides)
        reason += ": differ"
    else:
        status = "agree"
        reason = f"{all_sources(len(articles))} say {says(sides[0])}" if sides else "No side taken"
    if hedged:
        reason += f" ({source_list(hedged, ids)} only hedged)"
    mentions = tuple(
        Mention(
            article=b.article.id,
            path=b.article.path,
            sentence=fact.sentence,
            text=b.sentence_text(fact.sentence),
            value=fact.date if kind == "date" else None,
            unit="date" if kind == "date" else None,
            polarity=fact.polarity,
            note=fact.cue,
            stance=fact.stance,
            hedged=fact.hedged,
            side=side_label(key)[0] if (key := _claim_side(kind, fact)) is not None else None,
        )
        for b, fact in items
    )
    return Topic(
        id=_slug(f"claim-{claim}" + (f"-{subject}" if subject else "")),
        label_ko=str(q["label_ko"]),
        label_en=str(q["label_en"]),
        status=status,
        reason=reason,
        mentions=mentions,
        subject=subject,
        kind="claim",
        sides=sides if status == "disagree" else (),
    )


# --------------------------------------------------------------------------- helpers


def _ordered_articles(statements: Iterable[Statement]) -> list[str]:
    return list(dict.fromkeys(s.briefing.article.id for s in statements))


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]+", "-", text.lower()).strip("-")


def _unique_ids(topics: list[Topic]) -> list[Topic]:
    seen: dict[str, int] = {}
    out = []
    for t in topics:
        n = seen.get(t.id, 0)
        seen[t.id] = n + 1
        out.append(t if n == 0 else replace(t, id=f"{t.id}-{n + 1}"))
    return out
