"""Period results dated only by a bare quarter ("1분기 순이익은 …"), dated by their story.

The facts stage dates a period result (revenue, operating or net profit …) only when the text
gives its year: "2026회계연도 1분기" is 2026-Q1, a bare "1분기" is the partial date "--Q1"
(``analysis.dates.is_partial``), which dates no event.  Within one story (never across stories)
such a result is given the story's full period when that is safe, so it can be compared with the
outlets that gave the year.  All of these must hold, else it stays a related figure:

* its measure is a period result (``compare_measures.tsv`` "period"), its role a level or a
  change, and its key lacks nothing but the date;
* its own sentence dates it with one bare quarter before it: the only date figures before it
  are that quarter and days of a month ("28일", the day it was announced); the quarter names no
  other year ("지난해 1분기") and no past word stands right before it ("전년 1분기"); no word of
  a comparison period ("전년 동기", "지난해 같은 기간") stands between the quarter and the figure
  unless it is the base of a comparison ("전년 동기 대비 69% 증가한 …"); the sentence has no
  word of an estimate or of the future (guidance is not the result);
* among the story's dated facts of the same subject and measure there is exactly one full
  period of that quarter ("2026-Q1"): a story giving 2025-Q1 and 2026-Q1 leaves it undated;
* its article gives one value for that key: two different values (this year's and last
  year's, said without their years) leave both undated.

A change dated this way may agree with the story's changes, never disagree with them: what it is
measured against ("전년 동기 대비" or "전분기 대비") is not part of its key (``topics``).

A figure with no date at all ("올해 2~4월 실적", an undated article) stays undated: nothing in
its sentence says which period it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from briefings.analysis.dates import is_partial
from briefings.analysis.figure_lexicon import date_words
from briefings.comparison.intervals import common
from briefings.comparison.keys import Statement, measure_rules, missing_part
from briefings.facts.knowledge import fact_cues, tsv_rows
from briefings.model import Briefing, Figure

_QUARTER = re.compile(r"--Q([1-4])")
_FULL_QUARTER = re.compile(r"\d{4}-Q([1-4])")
_DAY_OF_MONTH = re.compile(r"---\d{2}")
_PAST_WINDOW = 8  # characters before the quarter searched for a past word ("전년 1분기", "지난 1분기")
_BASE_WINDOW = 6  # characters after a comparison-period word searched for its comparison word ("대비")
DATED_ROLES = ("level", "change")


@lru_cache(maxsize=1)
def _other_years() -> tuple[re.Pattern[str], ...]:
    """The relative-year words naming a year other than this one ("지난해", "내년", "같은 해")."""
    return tuple(re.compile(w) for w, v in date_words().get("year_rel", {}).items() if v != "0")


@lru_cache(maxsize=1)
def _comparison_words() -> tuple[str, ...]:
    return tuple(w for w, v in date_words().get("reference", {}).items() if v == "compare")


def date_figures(b: Briefing) -> dict[int, list[Figure]]:
    """Sentence -> the briefing's date figures in it, in order."""
    out: dict[int, list[Figure]] = {}
    for d in b.figures:
        if d.kind == "date" and isinstance(d.value, str):
            out.setdefault(d.sentence, []).append(d)
    return out


def partial_quarter(
    b: Briefing, figure: Figure, by_sentence: dict[int, list[Figure]] | None = None
) -> tuple[str, Figure] | None:
    """("--Qn", the quarter's date figure) when ``figure``'s sentence dates it with one bare quarter
    (see the module's rules), else None.  ``by_sentence``: ``date_figures(b)``, when already made."""
    in_sentence = (by_sentence if by_sentence is not None else date_figures(b)).get(figure.sentence, [])
    dates = [d for d in in_sentence if d.end <= figure.start]
    quarters = [d for d in dates if _QUARTER.fullmatch(str(d.value))]
    others = [d for d in dates if d not in quarters and not _DAY_OF_MONTH.fullmatch(str(d.value))]
    if not quarters or others or len({d.value for d in quarters}) != 1 or any(d.high is not None for d in quarters):
        return None
    quarter = quarters[-1]
    if any(p.search(quarter.surface) for p in _other_years()):
        return None  # "지난해 1분기": last year's quarter, its year unread
    text = b.article.text
    sentence = b.analysis.sentences[figure.sentence]
    before = text[max(sentence.start, quarter.start - _PAST_WINDOW) : quarter.start].rstrip()
    cues = fact_cues()
    if any(before.endswith(w) for w in cues.words("past") + cues.words("period")):
        return None  # "전년 1분기", "지난 1분기"
    if _names_another_period(text[quarter.end : figure.start]):
        return None
    body = text[sentence.start : sentence.end]
    if any(w in body for w in cues.words("estimate") + cues.words("future")):
        return None  # a forecast or guidance of the quarter, not its result
    return str(quarter.value), quarter


@lru_cache(maxsize=1)
def _other_period_words() -> tuple[str, ...]:
    """Words that may put a figure in another period than the quarter before it (``compare_periods.tsv``)."""
    cues = fact_cues()
    spans = tuple(row[1] for row in tsv_rows("compare_periods.tsv") if len(row) >= 2 and row[0] == "span")
    years = tuple(w for w, v in date_words().get("year_rel", {}).items() if v != "0" and re.fullmatch(r"[가-힣]+", w))
    return tuple(dict.fromkeys(cues.words("period") + cues.words("past") + spans + years))


def _names_another_period(between: str) -> bool:
    """A word of another period ("전년 동기", "지난해", "연간", "누적") between the quarter and the figure that is
    not the base of a comparison ("전년 동기 대비"): the figure may be that period's."""
    hits: list[tuple[int, int]] = []
    for w in _other_period_words():
        s = between.find(w)
        while s >= 0:
            hits.append((s, s + len(w)))
            s = between.find(w, s + 1)
    longest = [(s, e) for s, e in hits if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in hits)]
    for _, e in longest:
        after = between[e : e + _BASE_WINDOW].lstrip(" 의")
        if not after.startswith(_comparison_words()):
            return True
    return False


def date_by_story(sts: Sequence[Statement]) -> list[Statement]:
    """``sts`` (one story's statements) with the results dated only by a bare quarter given the story's one
    full period of that quarter for the same subject and measure (see the module's rules)."""
    periods: dict[tuple[str | None, str | None], set[str]] = {}
    for st in sts:
        if st.key.date and _FULL_QUARTER.fullmatch(st.key.date):
            periods.setdefault((st.key.subject, st.key.measure), set()).add(st.key.date)
    if not periods:
        return list(sts)
    dated: dict[int, Statement] = {}
    dates: dict[int, dict[int, list[Figure]]] = {}  # id(briefing) -> its date figures by sentence
    for n, st in enumerate(sts):
        if st.missing != "no event date" or st.key.role not in DATED_ROLES:
            continue
        if id(st.briefing) not in dates:
            dates[id(st.briefing)] = date_figures(st.briefing)
        full = _story_period(st, periods, dates[id(st.briefing)])
        if full is not None:
            dated[n] = full
    # one value per article and key: two values said without their years may be two years' results
    by_key: dict[tuple[str, object], list[int]] = {}
    for n, st in dated.items():
        by_key.setdefault((st.briefing.article.id, st.key), []).append(n)
    for ns in by_key.values():
        if len(ns) > 1 and common([dated[n].interval for n in ns]) is None:
            for n in ns:
                del dated[n]
    return [dated.get(n, st) for n, st in enumerate(sts)]


def _story_period(
    st: Statement, periods: dict[tuple[str | None, str | None], set[str]], by_sentence: dict[int, list[Figure]]
) -> Statement | None:
    rule = measure_rules().get(st.key.measure or "")
    if rule is None or rule.date != "period":
        return None
    found = partial_quarter(st.briefing, st.figure, by_sentence)
    if found is None or not is_partial(found[0]):
        return None
    value, quarter = found
    q = value[-1]
    matching = [d for d in periods.get((st.key.subject, st.key.measure), ()) if d.endswith(f"-Q{q}")]
    if len(matching) != 1:
        return None
    key = replace(st.key, date=matching[0])
    if missing_part(key) is not None:
        return None
    note = f"“{quarter.surface.strip()}” read as {_quarter_en(matching[0])}, the story's one Q{q} for this"
    return replace(st, key=key, missing=None, dated_by=note)


def _quarter_en(period: str) -> str:
    year, q = period.split("-Q")
    return f"Q{q} {year}"
