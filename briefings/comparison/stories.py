"""Stories: a folder's articles grouped by the event they report, so nothing is compared across stories.

Every article is described by what its facts and figures are about, never by its file name:

* the entities its facts name (``Fact.subject``, for figures and claims alike);
* its fact keys: (subject, measure, event date) and (subject, measure);
* its event dates (full dates and periods: a date figure, a fact's event date);
* its figures' values with their unit ("KRW 830000", "% 8.77"): outlets copying one
  press release or one exchange's close share many exact numbers.

Each feature is weighted by how rare it is in the folder (smoothed inverse document
frequency, so in a one-story folder the shared features still count) and by its type.
Articles are grouped greedily: an article joins the story whose features it shares most
(cosine similarity of weighted feature sets, at least ``JOIN``), else it starts one; then
each article is put once more in the story it is most similar to (one refinement pass).
With an inverted index from features to stories this is linear in the folder for a
bounded number of stories.

Different years or quarters of one company's results are different events: the keys carry
the period, so two articles on one company's 2024 and 2025 results share the subject but
few keys and few values.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from briefings.comparison.intervals import significant_digits
from briefings.comparison.market_day import is_market_day
from briefings.facts.knowledge import subject_ko
from briefings.model import Briefing, Story

JOIN = 0.10  # cosine similarity an article needs with a story to join it
ALONE = 0.3  # weight factor of a feature no other article has (it links nothing, it only dilutes)
MAX_MERGE = 300  # past this many first-pass stories the merge pass (quadratic) is skipped
APART_DAYS = 21  # an article published this many days from every article of a story is not of that story

_WEIGHTS = {
    "subject": 1.0,
    "key": 2.0,
    "pair": 0.6,
    "date": 1.2,
    "value": 1.2,  # a figure of 4+ significant digits ("2,441.55", "2조6635억")
    "value3": 0.8,
    "round_money": 0.6,  # "10만 달러", "1조 달러": round amounts, a story's thresholds
    "round": 0.25,  # "7%", "3배": many stories have them
    "claim": 4.0,  # one qualitative question about one subject: a strong sign of one story
}


def _features(b: Briefing) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for fact in b.facts:
        if fact.subject:
            out.add(("subject", fact.subject))
            if fact.measure and fact.role != "date":
                out.add(("pair", f"{fact.subject}|{fact.measure}"))
                if fact.date:
                    out.add(("key", f"{fact.subject}|{fact.measure}|{fact.date}"))
        if fact.claim and is_market_day(fact):
            if fact.subject and fact.date:  # how a market moved on a day: any story of that day says it
                out.add(("key", f"{fact.subject}|market_day|{fact.date}"))
        elif fact.claim:
            out.add(("claim", f"{fact.claim}|{fact.subject or ''}"))
        if fact.date and len(fact.date) >= 7:
            out.add(("date", fact.date))
    for fig in b.figures:
        if fig.kind == "date":
            if isinstance(fig.value, str) and len(fig.value) >= 7:
                out.add(("date", fig.value))
            continue
        if not isinstance(fig.value, (int, float)) or not math.isfinite(fig.value) or fig.value == 0:
            continue
        digits = significant_digits(abs(float(fig.value)))
        kind = (
            "value" if digits >= 4 else "value3" if digits == 3 else "round_money" if fig.kind == "money" else "round"
        )
        out.add((kind, f"{fig.unit} {abs(float(fig.value)):.6g}"))
    return out


def _weights(features: list[set[tuple[str, str]]]) -> list[dict[tuple[str, str], float]]:
    n = len(features)
    df: Counter[tuple[str, str]] = Counter()
    for fs in features:
        df.update(fs)
    out = []
    for fs in features:
        out.append(
            {f: _WEIGHTS[f[0]] * (math.log((1 + n) / (1 + df[f])) + 1.0) * (1.0 if df[f] > 1 else ALONE) for f in fs}
        )
    return out


class _Group:
    __slots__ = ("members", "vector", "norm", "first", "last")

    def __init__(self) -> None:
        self.members: list[int] = []
        self.vector: dict[tuple[str, str], float] = {}
        self.norm = 0.0
        self.first: int | None = None  # day numbers of its earliest and latest dated article
        self.last: int | None = None

    def near(self, day: int | None) -> bool:
        if day is None or self.first is None or self.last is None:
            return True
        return self.first - APART_DAYS <= day <= self.last + APART_DAYS

    def add(self, index: int, vec: dict[tuple[str, str], float], day: int | None) -> None:
        self.members.append(index)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
        for f, w in vec.items():
            self.vector[f] = self.vector.get(f, 0.0) + w
        self.norm = math.sqrt(sum(w * w for w in self.vector.values()))


def _day(iso: str | None) -> int | None:
    """The day number of an ISO date (YYYY-MM-DD), None when absent or partial."""
    import datetime

    if not iso or len(iso) != 10:
        return None
    try:
        return datetime.date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def _cluster(vectors: list[dict[tuple[str, str], float]], days: list[int | None]) -> list[list[int]]:
    norms = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors]

    def assign(order: Iterable[int], groups: list[_Group], fixed: bool) -> list[int]:
        index: dict[tuple[str, str], set[int]] = {}
        for g, group in enumerate(groups):
            for f in group.vector:
                index.setdefault(f, set()).add(g)
        chosen = []
        for i in order:
            vec = vectors[i]
            dots: dict[int, float] = {}
            for f, w in vec.items():
                for g in index.get(f, ()):
                    dots[g] = dots.get(g, 0.0) + w * groups[g].vector[f]
            best, best_sim = -1, 0.0
            for g, dot in dots.items():
                if not groups[g].near(days[i]):
                    continue
                sim = dot / (norms[i] * (groups[g].norm or 1.0))
                if sim > best_sim + 1e-12 or (abs(sim - best_sim) <= 1e-12 and 0 <= g < best):
                    best, best_sim = g, sim
            if fixed:
                chosen.append(best)
                continue
            if best < 0 or best_sim < JOIN:
                groups.append(_Group())
                best = len(groups) - 1
            groups[best].add(i, vec, days[i])
            for f in vec:
                index.setdefault(f, set()).add(best)
            chosen.append(best)
        return chosen

    groups: list[_Group] = []
    assign(range(len(vectors)), groups, fixed=False)
    groups = _merge(groups, days)
    # One refinement pass: each article to the story it is now most similar to (seen with all members).
    if len(groups) > 1:
        first = assign(range(len(vectors)), groups, fixed=True)
        regrouped: dict[int, list[int]] = {}
        for i, g in enumerate(first):
            regrouped.setdefault(g, []).append(i)
        return sorted(regrouped.values(), key=lambda m: m[0])
    return [g.members for g in groups]


def _cosine(a: _Group, b: _Group) -> float:
    small, large = (a, b) if len(a.vector) <= len(b.vector) else (b, a)
    dot = sum(w * large.vector.get(f, 0.0) for f, w in small.vector.items())
    return dot / ((a.norm or 1.0) * (b.norm or 1.0))


def _merge(groups: list[_Group], days: list[int | None]) -> list[_Group]:
    """Merge stories whose features overlap as much as an article must with its story (the greedy pass
    cannot see that two early stories are one until both have members), best pair first.  Pair
    similarities are computed once and then only for the merged story: O(k²) for k first-pass stories."""
    if len(groups) > MAX_MERGE:
        return groups
    alive: dict[int, _Group] = dict(enumerate(groups))
    sims: dict[tuple[int, int], float] = {}

    def score(i: int, j: int) -> None:
        a, b = alive[i], alive[j]
        if a.first is not None and not (b.near(a.first) or b.near(a.last)):
            return
        sim = _cosine(a, b)
        if sim >= JOIN:
            sims[(i, j) if i < j else (j, i)] = sim

    keys = sorted(alive)
    for x, i in enumerate(keys):
        for j in keys[x + 1 :]:
            score(i, j)
    next_id = len(groups)
    while sims:
        (i, j), _ = max(sims.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        merged = _Group()
        merged.members = sorted(alive[i].members + alive[j].members)
        for g in (alive[i], alive[j]):
            for f, w in g.vector.items():
                merged.vector[f] = merged.vector.get(f, 0.0) + w
            for d in (g.first, g.last):
                if d is not None:
                    merged.first = d if merged.first is None else min(merged.first, d)
                    merged.last = d if merged.last is None else max(merged.last, d)
        merged.norm = math.sqrt(sum(w * w for w in merged.vector.values()))
        del alive[i], alive[j]
        sims = {k: v for k, v in sims.items() if i not in k and j not in k}
        alive[next_id] = merged
        for k in list(alive):
            if k != next_id:
                score(k, next_id)
        next_id += 1
    return sorted(alive.values(), key=lambda g: g.members[0])


def group_stories(briefings: Sequence[Briefing]) -> list[Story]:
    """The stories of ``briefings`` (input order kept inside each), numbered s1, s2, ... by first article."""
    if not briefings:
        return []
    features = [_features(b) for b in briefings]
    vectors = _weights(features)
    members = _cluster(vectors, [_day(b.article.date) for b in briefings])
    stories = []
    for n, group in enumerate(members, start=1):
        stories.append(_story(f"s{n}", [briefings[i] for i in group], [features[i] for i in group]))
    return stories


def _story(story_id: str, briefings: list[Briefing], features: list[set[tuple[str, str]]]) -> Story:
    subjects: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    for fs in features:
        subjects.update(v for t, v in fs if t == "subject")
    for b in briefings:  # the events' own dates, not reference points ("2020년 3월 이후")
        dates.update({f.date for f in b.facts if f.date and f.role not in ("reference", "date")} - {None})
    top_subjects = tuple(s for s, _ in subjects.most_common(3))
    top_dates = tuple(d for d, _ in dates.most_common(3))
    if top_subjects:
        label_en = ", ".join(top_subjects[:2])
        label_ko = ", ".join(subject_ko(s) for s in top_subjects[:2])
    else:
        label_en = label_ko = f"Story {story_id[1:]}"
    if top_dates:
        label_en += f" ({top_dates[0]})"
        label_ko += f" ({top_dates[0]})"
    return Story(
        id=story_id,
        label_en=label_en,
        label_ko=label_ko,
        articles=tuple(b.article.id for b in briefings),
        subjects=top_subjects,
        dates=top_dates,
    )


def story_of(stories: Sequence[Story]) -> dict[str, str]:
    """Article id -> story id."""
    return {a: s.id for s in stories for a in s.articles}
