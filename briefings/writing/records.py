"""Runs a figure's own clause says it extends, kept in its English line.

"이차전지 수출은 6억8000만 달러로 14.5% 줄며 8개월 연속 감소했다" says more than "Secondary battery exports fell
14.5% to US$680 million": the line keeps ", the eighth straight monthly fall". The run counts only in the clause
of the line's own figure, right after it (no other subject or figure between them), its direction that of the
line's move (or a surplus/deficit the line states); the ordinal is the duration figure's own number, cited by
the line. Cue words are data (``data/clause_runs.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from briefings.lexicon import _rows
from briefings.model import BriefLine, Figure

CLAUSE_MARKS = frozenset(",，…;:\n")  # where a clause ends: a record or run word qualifies its own clause's figures
_RUN_AFTER = re.compile(r"\s?(?:연속으로|연속|째)\s?")
_GAP_MAX = 14  # characters between the line's figure and the run ("를 내며 ", "로 14.5% 줄며 ")
_NEW_SUBJECT = re.compile(r"[가-힣)](?:은|는|이|가|도)\s")  # "B는 8개월 연속": another subject's run
RUN_LONGEST = 120  # months: a longer "run" is no monthly streak a release reports
_TAILED = re.compile(r"\b(?:said|says|expects|expected|estimates|estimated|forecast|forecasts)\b")


@cache
def _table() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in _rows("clause_runs.tsv"):
        if len(row) >= 2 and row[0] != "kind" and row[1]:
            out.setdefault(row[0], []).append(row[1])
    return {k: tuple(v) for k, v in out.items()}


@cache
def _ordinals() -> dict[int, str]:
    out: dict[int, str] = {}
    for row in _rows("english_runs.tsv"):
        if len(row) >= 2 and row[0] == "ordinal" and "=" in row[1]:
            n, word = row[1].split("=", 1)
            if n.isdigit():
                out[int(n)] = word
    return out


def ordinal(n: int) -> str:
    """ "fifth" (to nine, data/english_runs.tsv), "10th", "21st", "12th"."""
    if n in _ordinals():
        return _ordinals()[n]
    suffix = "th" if n % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def clause_span(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end] inside the sentence text[lo:hi]."""
    a = start
    while a > lo and text[a - 1] not in CLAUSE_MARKS:
        a -= 1
    b = end
    while b < hi and text[b] not in CLAUSE_MARKS:
        b += 1
    return a, b


def _run_kind(tail: str) -> str | None:
    """up / down / surplus / deficit: what the words right after "N개월 연속" say the run is of, or None (also
    when the verb modifies another noun: "8개월 연속 감소한 반도체")."""
    table = _table()
    word = tail.split(" ", 1)[0]
    for kind in ("surplus", "deficit", "up", "down"):
        cue = next((c for c in table.get(kind, ()) if word.startswith(c)), None)
        if cue is None:
            continue
        rest = tail[len(word) :].lstrip()
        if kind in ("up", "down") and word.endswith(table.get("modifier", ())) and not rest.startswith("것"):
            return None
        return kind
    return None


def _gap_ok(gap: str) -> bool:
    if len(gap) > _GAP_MAX or any(c in CLAUSE_MARKS for c in gap) or any(ch.isdigit() for ch in gap):
        return False
    return _NEW_SUBJECT.search(gap + " ") is None


def clause_run(
    line: BriefLine,
    moves: Mapping[int, str | None],
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
) -> BriefLine:
    """The line with the run its figure's own clause says it extends (", the eighth straight monthly fall",
    ", the 18th straight monthly surplus"), or the line as it is. ``moves``: the line's figures (indices) with
    the direction of the move each states (None for a level)."""
    said = line.text
    if not said.endswith(".") or re.search(r"\b(?:straight|in a row|consecutive|record|first time)\b", said):
        return line
    if _TAILED.search(said):
        return line  # "…, the ministry said.": a rider after the speaker would be read as theirs
    table = _table()
    steps = dict(c.split("=", 1) for c in table.get("counter", ()) if "=" in c)
    for k, fig in enumerate(figures):
        if fig.unit != "duration" or fig.counter not in steps or fig.high is not None or fig.qualifier is not None:
            continue
        if not isinstance(fig.value, float | int) or fig.value != int(fig.value) or not 2 <= fig.value <= RUN_LONGEST:
            continue
        if k in line.figures or not (0 <= fig.sentence < len(sentences)):
            continue
        after = _RUN_AFTER.match(text, fig.end)
        if after is None or not after.group().strip():
            continue  # "5개월 만에": no run
        kind = _run_kind(text[after.end() : after.end() + 16])
        if kind is None:
            continue
        lo, hi = sentences[fig.sentence]
        a, _ = clause_span(text, lo, hi, fig.start, fig.end)
        own = [
            i for i in line.figures
            if figures[i].kind != "date" and figures[i].unit != "duration" and a <= figures[i].start
            and figures[i].end <= fig.start
        ]  # fmt: skip
        if not own:
            continue
        last = max(own, key=lambda i: figures[i].end)
        if any(
            a <= f.start and f.end <= fig.start and f.start >= figures[last].end and j != k
            for j, f in enumerate(figures)
        ):
            continue  # another figure stands between the line's and the run
        if not _gap_ok(text[figures[last].end : fig.start]):
            continue
        if kind in ("up", "down"):
            if not any(moves.get(i) == kind for i in own):
                continue
            noun = table.get(f"en_{kind}", ("",))[0]
        else:
            words = table.get(f"en_{kind}", ())
            noun = next((w for w in words if re.search(rf"\b{w}\b", said)), "")
        if not noun:
            continue
        rider = f", the {ordinal(int(fig.value))} straight {steps[fig.counter]} {noun}"
        return BriefLine(text=said[:-1] + rider + ".", sentences=line.sentences, figures=(*line.figures, k))
    return line


# --------------------------------------------------------------------------- a record of one month of the year

_MONTH_RECORD = re.compile(r"(?<![0-9~\-])(\d{1,2})월\s?기준(?:으로)?\s?(?:으로는\s?)?(?:역대|사상)\s?(?:최대|최고|최저)")
_SPAN = re.compile(r"\d{1,2}\s?[~\-]\s?\d{1,2}월")


@cache
def _month_table() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in _rows("record_months.tsv"):
        if len(row) >= 2 and row[0] != "kind" and row[1]:
            key, _, value = row[1].partition("=")
            out.setdefault(row[0], {})[key] = value
    return out


def month_record(clause: str, english: str) -> tuple[str, str] | None:
    """(the record's English, its bound) when the clause bounds the record to one month of the year ("11월 기준
    역대 최고치" -> ("the highest", "for any November")), else None: a clause that says a running total or a point
    in time ("1~11월 누적", "올해 11월 기준") or a record word of no known English says none."""
    table = _month_table()
    m = _MONTH_RECORD.search(clause)
    phrase = table.get("phrase", {}).get(english)
    if m is None or phrase is None or _SPAN.search(clause):
        return None
    if any(w in clause for w in table.get("not", {})):
        return None
    month = table.get("month", {}).get(str(int(m.group(1))))
    return (phrase, f"for any {month}") if month else None
