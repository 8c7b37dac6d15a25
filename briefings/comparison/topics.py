"""Cross-source comparison: where the sources agree, disagree, or stand alone.

``compare(briefings)`` reads only the briefings' facts and figures (it never
re-parses text) and returns a ``Comparison`` whose topics are of three kinds:

* ``figure``: numeric statements indexed on (subject, measure, unit kind),
  then grouped by the direction of the change (fall/lose are both "down") and
  the date.  A statement with no date joins the one dated group of its key
  (or, if there are several, the one group its value agrees with); two
  different explicit dates never merge.  Values are compared as intervals
  (see ``intervals``), money after conversion (see ``rates``).
* ``claim``: qualitative facts (``Fact.claim``) grouped by question and
  subject; sides come from polarity, stance or date.
* ``market_day``: how a stock market moved on a day, with the dated figures
  of its listed companies that only one source gives folded in (see
  ``market_day``).
* ``self_inconsistency``: an article whose stated multiple or percentage
  change does not follow from its own amounts (see ``consistency``).

Topics are ordered: disagreements first, then agreements, then single-source
topics; within each, more sources first, then first appearance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefings.comparison.consistency import self_inconsistencies
from briefings.comparison.intervals import CONVERSION_RELATIVE, Interval, amount, common, figure_interval
from briefings.facts.knowledge import change_direction, change_label, measure_label, question, subject_ko
from briefings.comparison.market_day import is_market_day, market_day_topics
from briefings.model import Briefing, Comparison, Fact, Figure, Mention, Side, Topic
from briefings.comparison.rates import RateBook
from briefings.writing.wording import all_sources, capitalized, date_en, short_ids, source_list

_STATUS_ORDER = {"disagree": 0, "agree": 1, "single": 2}
_MAX_LISTED = 6  # past this many sources, reasons give counts instead of naming each


@dataclass(frozen=True)
class _Statement:
    """A numeric fact of one article, with the interval it allows."""

    order: int  # position of the briefing in the input
    briefing: Briefing
    fact: Fact
    figure_index: int
    figure: Figure
    interval: Interval
    direction: str | None


@dataclass(frozen=True)
class _Converted:
    statement: _Statement
    interval: Interval
    display: str  # how the reason shows this statement ("₩846 trillion ≈ US$592 billion at ₩1,429/US$")
    note: str | None  # the conversion, with the rate's source, for the mention


def compare(briefings: Sequence[Briefing]) -> Comparison:
    """Topics across ``briefings``: figures, qualitative claims and self-inconsistencies."""
    briefings = list(briefings)
    ids = short_ids([b.article.id for b in briefings])
    book = RateBook(briefings)
    topics: list[Topic] = []
    market_days, figure_topics = market_day_topics(briefings, ids, _figure_topics(briefings, ids, book))
    topics += figure_topics
    topics += market_days
    topics += _claim_topics(briefings, ids)
    topics += self_inconsistencies(briefings, ids)
    topics = _unique_ids(topics)
    first_seen = {t.id: i for i, t in enumerate(topics)}
    topics.sort(key=lambda t: (_STATUS_ORDER.get(t.status, 3), -len({m.article for m in t.mentions}), first_seen[t.id]))
    notes = tuple(f"Exchange rate {r.text()} ({r.source})" for r in book.rates())
    return Comparison(articles=tuple(b.article for b in briefings), topics=tuple(topics), notes=notes)


# --------------------------------------------------------------------------- figures


def _statements(briefings: list[Briefing]) -> dict[tuple[str, str, str], list[_Statement]]:
    """Numeric facts indexed on (subject, measure, unit kind)."""
    index: dict[tuple[str, str, str], list[_Statement]] = {}
    for order, b in enumerate(briefings):
        seen: set[int] = set()
        for fact in b.facts:
            if fact.claim is not None or fact.figure is None or not fact.subject or not fact.measure:
                continue
            if fact.figure in seen or not 0 <= fact.figure < len(b.figures):
                continue
            figure = b.figures[fact.figure]
            interval = figure_interval(figure)
            if interval is None:
                continue
            seen.add(fact.figure)
            dim = "money" if figure.kind == "money" else figure.unit
            key = (fact.subject, fact.measure, dim)
            st = _Statement(order, b, fact, fact.figure, figure, interval, change_direction(fact.change))
            index.setdefault(key, []).append(st)
    return index


def _figure_topics(briefings: list[Briefing], ids: dict[str, str], book: RateBook) -> list[Topic]:
    topics = []
    for (subject, measure, dim), statements in _statements(briefings).items():
        for (direction, date), group, undated in _group_by_event(statements, book):
            topics.append(_figure_topic(subject, measure, dim, direction, date, group, undated, ids, book))
    return topics


def _group_by_event(
    statements: list[_Statement], book: RateBook
) -> list[tuple[tuple[str | None, str | None], list[_Statement], set[int]]]:
    """Split one (subject, measure) bucket into events: (direction, date) groups.

    Returns (key, statements, ids of undated statements that joined a dated group).
    """
    Key = tuple[str | None, str | None]
    dated: dict[Key, list[_Statement]] = {}
    undated: list[_Statement] = []
    for st in statements:
        if st.fact.date:
            dated.setdefault((st.direction, st.fact.date), []).append(st)
        else:
            undated.append(st)
    by_direction: dict[str | None, list[Key]] = {}
    own: dict[tuple[Key, int], list[Interval]] = {}  # (group, briefing) -> that article's dated intervals
    for key, group in dated.items():
        by_direction.setdefault(key[0], []).append(key)
        for g in group:
            own.setdefault((key, id(g.briefing)), []).append(g.interval)
    commons: dict[Key, tuple[str | None, Interval | None]] = {}
    joined: dict[Key, set[int]] = {}
    alone: dict[Key, list[_Statement]] = {}
    for st in undated:
        # An article that dates this measure itself, with another value, is speaking of another event.
        candidates = [
            k
            for k in by_direction.get(st.direction, [])
            if common([st.interval, *own.get((k, id(st.briefing)), [])]) is not None
        ]
        if len(candidates) > 1:
            candidates = [k for k in candidates if _agrees_with(st, k, dated[k], commons, book)]
        if len(candidates) == 1:
            dated[candidates[0]].append(st)
            joined.setdefault(candidates[0], set()).add(id(st))
        else:
            alone.setdefault((st.direction, None), []).append(st)
    out = [(k, sorted(v, key=lambda s: (s.order, s.figure.start)), joined.get(k, set())) for k, v in dated.items()]
    out += [(k, v, set()) for k, v in alone.items()]
    return out


def _agrees_with(
    st: _Statement,
    key: tuple[str | None, str | None],
    group: list[_Statement],
    commons: dict[tuple[str | None, str | None], tuple[str | None, Interval | None]],
    book: RateBook,
) -> bool:
    """Whether ``st`` agrees with every statement of a dated group (the group's common interval is cached)."""
    if key not in commons:
        pivot = _pivot(group) if group[0].figure.kind == "money" else None
        commons[key] = (pivot, common([c.interval for c in _convert_all(group, book, key[1], pivot)]))
    pivot, shared = commons[key]
    if shared is None:
        return False
    (mine,) = _convert_all([st], book, key[1], pivot)
    return common([mine.interval, shared]) is not None


def _pivot(group: list[_Statement]) -> str:
    units = [s.figure.unit for s in group]
    return "USD" if "USD" in units else units[0]


def _convert_all(
    group: list[_Statement], book: RateBook, date: str | None, pivot: str | None = None
) -> list[_Converted]:
    """Each statement's interval in the group's pivot unit (money only is converted)."""
    out = []
    if pivot is None and group and group[0].figure.kind == "money":
        pivot = _pivot(group)
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
            out.append(_Converted(st, Interval(0.0, float("inf")), shown, f"no exchange rate for {fig.unit}"))
            continue
        factor = dst.per_usd / src.per_usd
        iv = st.interval.scaled(factor).widened(CONVERSION_RELATIVE)
        point = float(fig.value) * factor
        if isinstance(fig.high, (int, float)):
            approx = f"{amount(point, pivot)}-{amount(float(fig.high) * factor, pivot)}"
        else:
            approx = amount(point, pivot)
        rate = src if pivot == "USD" else dst
        conversion = f"≈ {approx} at {rate.text()}"
        out.append(_Converted(st, iv, f"{shown} {conversion}", f"{conversion} ({rate.source})"))
    return out


def _figure_topic(
    subject: str,
    measure: str,
    dim: str,
    direction: str | None,
    date: str | None,
    group: list[_Statement],
    undated: set[int],
    ids: dict[str, str],
    book: RateBook,
) -> Topic:
    converted = _convert_all(group, book, date)
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
    mentions = tuple(_figure_mention(c, id(c.statement) in undated, side_of.get(id(c))) for c in converted)
    first = group[0]
    label_ko, label_en = _figure_labels(subject, measure, first.fact.change, date)
    topic_id = _slug(f"{subject}-{measure}-{dim}-{direction or 'any'}-{date or 'undated'}")
    return Topic(
        topic_id, label_ko, label_en, status, reason, mentions, subject, measure, date, kind="figure", sides=sides
    )


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


def _figure_mention(c: _Converted, undated: bool, side: str | None) -> Mention:
    st = c.statement
    fig = st.figure
    notes = [n for n in (c.note, "no date stated; taken as the same event" if undated else None) if n]
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


def _figure_labels(subject: str, measure: str, change: str | None, date: str | None) -> tuple[str, str]:
    m_ko, m_en = measure_label(measure)
    ch = change_label(change)
    s_ko = subject_ko(subject)
    m_ko, m_en = _without_repeat(s_ko, m_ko), _without_repeat(subject, m_en)
    ko = f"{s_ko} {m_ko}".rstrip()
    en = f"{subject} {m_en}".rstrip()
    if ch is not None and ch.direction not in ("level",):
        ko += f" {ch.ko}"
        if ch.label_en:
            en = ch.label_en.format(subject=subject, measure=measure_label(measure)[1])
        else:
            en = f"{subject} {m_en.replace(' ', '-')} {ch.en}".replace("  ", " ")
    if date:
        ko += f" ({date})"
        en += f" on {date_en(date)}" if len(date) == 10 else f" in {date_en(date)}"
    return ko, capitalized(en)


def _without_repeat(subject: str, measure: str) -> str:
    """ "시장 규모" after "… 시장" is just "규모"; "market size" after "… market" is "size"."""
    first, _, rest = measure.partition(" ")
    if not subject.lower().endswith(first.lower()):
        return measure
    return rest


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


def _ordered_articles(statements: object) -> list[str]:
    return list(dict.fromkeys(s.briefing.article.id for s in statements))  # type: ignore[attr-defined]


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]+", "-", text.lower()).strip("-")


def _unique_ids(topics: list[Topic]) -> list[Topic]:
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []
    for t in topics:
        n = seen.get(t.id, 0)
        seen[t.id] = n + 1
        out.append(t if n == 0 else replace(t, id=f"{t.id}-{n + 1}"))
    return out
