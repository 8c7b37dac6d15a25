"""Self-inconsistency: a stated multiple or percentage change that an article's own amounts contradict.

A multiple ("24배 이상") or a percentage followed by a change word ("30% 증가",
cues in ``compare_labels.tsv``) is checked when exactly two amounts of the same
unit come before it in the same sentence, or in the previous sentence when this
one opens with an anaphor ("이는 무려 24배 이상의 …"), and the facts say both
amounts are one measure of one subject (levels, dated alike; see ``_same_topic``):
revenue set against operating profit is no growth.  With the stated
values a (first) and b (second), the ratio r = max/min must fall in the
multiple's interval (stated precision and qualifier, see ``intervals``),
either as "r times as large" or as "grew by r - 1 times"; a percentage must
match |b - a| / a.  Anything else is reported as a ``self_inconsistency``
topic with status ``disagree``.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.comparison.intervals import Interval, amount, figure_interval, significant
from briefings.facts.knowledge import anaphora, growth_cues
from briefings.model import Briefing, Figure, Mention, Topic

_AMOUNT_KINDS = ("money", "count", "quantity")
_CUE_WINDOW = 8  # characters after a percentage in which a change word must start


def self_inconsistencies(briefings: Sequence[Briefing], ids: dict[str, str]) -> list[Topic]:
    """One topic per stated multiple/percentage change that its article's own amounts contradict."""
    topics = []
    for b in briefings:
        by_sentence: dict[int, list[tuple[int, Figure]]] = {}
        for index, fig in enumerate(b.figures):
            by_sentence.setdefault(fig.sentence, []).append((index, fig))
        for index, fig in enumerate(b.figures):
            topic = _check(b, index, fig, ids, by_sentence)
            if topic is not None:
                topics.append(topic)
    return topics


def _is_change_percent(b: Briefing, fig: Figure) -> bool:
    after = b.article.text[fig.end : fig.end + _CUE_WINDOW]
    return fig.kind == "percent" and any(cue in after for cue in growth_cues())


def _continues_previous(b: Briefing, sentence: int) -> bool:
    """Whether a sentence opens with an anaphor ("이는 …") and so speaks of the previous one's amounts."""
    if sentence == 0 or sentence >= len(b.analysis.sentences):
        return False
    opening = b.sentence_text(sentence).lstrip()
    return any(opening.startswith(a) for a in anaphora())


def _related_amounts(
    b: Briefing, fig: Figure, by_sentence: dict[int, list[tuple[int, Figure]]]
) -> list[tuple[int, Figure]] | None:
    """The two same-unit amounts before ``fig`` in its sentence (or an anaphor's previous one), if unambiguous."""
    by_unit: dict[tuple[str, str | None], list[tuple[int, Figure]]] = {}
    nearby = list(by_sentence.get(fig.sentence, []))
    if _continues_previous(b, fig.sentence):
        nearby = by_sentence.get(fig.sentence - 1, []) + nearby
    for i, g in nearby:
        if g.start >= fig.start:
            continue
        if g.kind not in _AMOUNT_KINDS or g.high is not None or not isinstance(g.value, (int, float)) or g.value <= 0:
            continue
        by_unit.setdefault((g.unit, g.counter), []).append((i, g))
    pairs = [v for v in by_unit.values() if len(v) == 2]
    return pairs[0] if len(pairs) == 1 else None


def _check(
    b: Briefing, index: int, fig: Figure, ids: dict[str, str], by_sentence: dict[int, list[tuple[int, Figure]]]
) -> Topic | None:
    is_multiple = fig.kind == "multiple"
    if not (is_multiple or _is_change_percent(b, fig)):
        return None
    stated = figure_interval(fig)
    related = _related_amounts(b, fig, by_sentence)
    if stated is None or related is None:
        return None
    (ia, a), (ib, b_) = related
    if not _same_topic(b, ia, ib) or not _stated_on_same_topic(b, index, ia):
        return None
    va, vb = float(a.value), float(b_.value)
    small, large = min(va, vb), max(va, vb)
    ratio = large / small
    if is_multiple:
        candidates: tuple[float, ...] = (ratio, ratio - 1)
        computed = f"{significant(ratio)}x"
        if ratio - 1 >= 1:
            computed += f" (an increase of {significant(ratio - 1)}x)"
    else:
        change = abs(vb - va) / va * 100
        candidates = (change,)
        computed = f"a change of {significant(change)}%"
    if any(_inside(c, stated) for c in candidates):
        return None
    sid = ids.get(b.article.id, b.article.id)
    a_en = a.en or amount(va, a.unit)
    b_en = b_.en or amount(vb, b_.unit)
    stated_en = fig.en or amount(float(fig.value), fig.unit)
    reason = f"{a_en} → {b_en} is {computed}, not {stated_en} ({fig.surface})"
    mentions = tuple(figure_mention(b, i) for i in (ia, ib, index))
    subject, measure = _subject_measure(b, (ia, ib))
    return Topic(
        id=f"self-{b.article.id}-{index}",
        label_ko=f"{sid} 기사 안의 수치 불일치: {fig.surface}",
        label_en=f"{sid}: \u201c{stated_en}\u201d does not follow from its own figures",
        status="disagree",
        reason=reason,
        mentions=mentions,
        subject=subject,
        measure=measure,
        kind="self_inconsistency",
    )


def _same_topic(b: Briefing, ia: int, ib: int) -> bool:
    """Whether the facts say the two amounts are one measure of one subject, over periods of one kind.

    Unsure means no check: both amounts need a fact with a subject and a measure, the same for both;
    neither may be a conversion, a change or a threshold; and dated ones must be dated alike (two
    quarters, two years: "2024-Q3" and "2024" are not a growth)."""
    facts = {f.figure: f for f in b.facts if f.figure in (ia, ib) and f.claim is None}
    fa, fb = facts.get(ia), facts.get(ib)
    if fa is None or fb is None or not (fa.subject and fa.measure and fb.subject and fb.measure):
        return False
    if (fa.subject, fa.measure) != (fb.subject, fb.measure):
        return False
    if any(f.role in ("conversion", "change", "threshold", "date") for f in (fa, fb)):
        return False
    if fa.date and fb.date and len(fa.date) != len(fb.date):
        return False
    return True


def _stated_on_same_topic(b: Briefing, index: int, amount: int) -> bool:
    """False when the facts put the stated rate on another subject or measure than its amounts
    ("매출 100억 → 150억, 영업이익 30% 증가": the 30% is operating profit's)."""
    facts = {f.figure: f for f in b.facts if f.figure in (index, amount) and f.claim is None}
    stated, of = facts.get(index), facts.get(amount)
    if stated is None or of is None or not (stated.subject and stated.measure):
        return True
    return (stated.subject, stated.measure) == (of.subject, of.measure)


def _inside(x: float, iv: Interval) -> bool:
    eps = 1e-9 * max(1.0, abs(x))
    return iv.lo - eps <= x <= iv.hi + eps


def figure_mention(b: Briefing, index: int, note: str | None = None) -> Mention:
    """A figure of one article as a mention of a topic found inside that article."""
    fig = b.figures[index]
    return Mention(
        article=b.article.id,
        path=b.article.path,
        sentence=fig.sentence,
        text=b.sentence_text(fig.sentence),
        surface=fig.surface,
        value=fig.value,
        high=fig.high,
        unit=fig.unit,
        qualifier=fig.qualifier,
        figure=index,
        note=note,
    )


def _subject_measure(b: Briefing, figure_indices: tuple[int, ...]) -> tuple[str | None, str | None]:
    for fact in b.facts:
        if fact.figure in figure_indices and fact.subject:
            return fact.subject, fact.measure
    return None, None
