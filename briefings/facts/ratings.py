"""Credit-rating actions: the grades or outlook words of a rating change, read as spans of the text.

"S&P는 A사의 신용등급을 한 단계 낮은 'BBB+'로 하향했다" is found by the trigger lexicon (``events.tsv`` rows of kind
``rating``); this module reads what the rating went to and from, between the needed word and the trigger:
"'A-'에서 'BBB+'로" -> " by one notch to BBB+ from A-". Grades are copied as written, never figures; a move whose
grades do not agree with its direction (a "cut" to a better grade) or whose grades are not of a known scale is
no event (``None``). Outlook words and notch words come from ``data/ratings.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from briefings.lexicon import _rows

_Q = "['‘’\"“”]"
_GRADE = r"[A-Da-d][A-Za-z]{0,2}[0-9]?[+\-]?"
_WORD = r"[A-Za-z0-9+\-]{1,4}|[가-힣]{2,4}"  # a grade ("BBB+", "Aa1") or an outlook word ("부정적")
_MOVE = re.compile(
    rf"(?<![A-Za-z0-9가-힣]){_Q}?(?P<a>{_WORD}){_Q}?\s*(?:에서|→)\s*(?:\S+\s+){{0,2}}?{_Q}?(?P<b>{_WORD}){_Q}?\s*(?:으로|로)"
)
_TO = re.compile(rf"(?<![A-Za-z0-9가-힣]){_Q}?(?P<b>[A-Za-z0-9+\-]{{1,4}}){_Q}?\s*(?:으로|로)\s*$")
# the S&P scale (Korean agencies use it too) and Moody's, best first
_SP = ("AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-",
       "CCC+", "CCC", "CCC-", "CC", "C", "D")  # fmt: skip
_MOODYS = ("Aaa", "Aa1", "Aa2", "Aa3", "A1", "A2", "A3", "Baa1", "Baa2", "Baa3", "Ba1", "Ba2", "Ba3", "B1", "B2",
           "B3", "Caa1", "Caa2", "Caa3", "Ca", "C")  # fmt: skip


@cache
def _words() -> tuple[dict[str, str], dict[str, str]]:
    notches: dict[str, str] = {}
    outlooks: dict[str, str] = {}
    for r in _rows("ratings.tsv"):
        if len(r) >= 3:
            (notches if r[0] == "notch" else outlooks if r[0] == "outlook" else {})[r[1]] = r[2]
    return notches, outlooks


def _rank(grade: str) -> tuple[int, int] | None:
    for scale, grades in enumerate((_SP, _MOODYS)):
        if grade in grades:
            return scale, grades.index(grade)
    return None


def _agrees(a: str, b: str, down: bool) -> bool:
    ra, rb = _rank(a), _rank(b)
    if ra is None or rb is None or ra[0] != rb[0] or ra[1] == rb[1]:
        return False
    return (rb[1] > ra[1]) == down


def rating_terms(text: str, lo: int, start: int, down: bool, outlook: bool) -> str | None:
    """The English of what a rating (or, with ``outlook``, its outlook) moved to and from, written in the clause
    ``text[lo:start]`` before the trigger: " by one notch to BBB+ from A-" or " to negative from stable"; None
    when the words are missing or disagree with the direction ``down``."""
    clause = text[lo:start]
    notches, outlooks = _words()
    m = _MOVE.search(clause)
    if outlook:
        if m is None:
            return None
        a, b = outlooks.get(m.group("a").strip()), outlooks.get(m.group("b").strip())
        order = ("positive", "stable", "negative")
        if a is None or b is None or a not in order or b not in order or order.index(a) == order.index(b):
            return None
        if (order.index(b) > order.index(a)) != down:
            return None
        return f" to {b} from {a}"
    notch = next((en for ko, en in notches.items() if ko in clause), None)
    by = f" by {notch}" if notch else ""
    if m is not None:
        a, b = m.group("a").strip(), m.group("b").strip()
        if not (re.fullmatch(_GRADE, a) and re.fullmatch(_GRADE, b)) or not _agrees(a, b, down):
            return None
        return f"{by} to {b} from {a}"
    to = _TO.search(clause.rstrip())
    if to is None or not re.fullmatch(_GRADE, to.group("b").strip()) or _rank(to.group("b").strip()) is None:
        return None
    return f"{by} to {to.group('b').strip()}"
