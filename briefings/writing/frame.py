"""The frame that makes a line true, read from the Korean around its figures: the period a payout is of
("분기배당" written by another statement of the same amount), the venue a price is quoted on ("국내 거래소",
"업비트에서"), whether a figure is a running total ("누적"), and whether two facts are one subject's said under two
Korean names ("소비자물가" and "소비자물가지수").  Cue words are data (``data/english_venues.tsv``,
``data/english_frames.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import cache

from briefings.lexicon import _rows
from briefings.model import Fact, Figure

_PAYOUT_BEFORE = 12  # characters before another statement of a per-share amount where its payout's words stand
_PAYOUT_AFTER = 20  # and after it ("주당 920원의 분기배당")
_VENUE_BEFORE = 40  # characters before a price, in its sentence, where the venue it is quoted on stands
_CLAUSE_END = re.compile(r"[.!?]\s|\n")


@cache
def _frame_words() -> dict[str, tuple[str, ...]]:
    """kind -> Korean cue words of data/english_frames.tsv."""
    out: dict[str, list[str]] = {}
    for r in _rows("english_frames.tsv"):
        if len(r) >= 2 and r[0] != "kind":
            out.setdefault(r[0], []).append(r[1])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def frame_words(kind: str) -> tuple[str, ...]:
    return _frame_words().get(kind, ())


@cache
def _clause_cuts() -> tuple[str, ...]:
    return tuple(w.replace("<sp>", " ") for w in frame_words("clause_cut"))


def own_clause(after: str, before: str) -> tuple[str, str]:
    """The words after a figure up to the first clause cut (data/english_frames.tsv kind clause_cut), and the words
    before it from the last one: where the figure's own verb stands ("2.4%↑…채소값 급등에": "↑", not "급등")."""
    cuts = _clause_cuts()
    end = min((k for k in (after.find(c) for c in cuts) if k >= 0), default=len(after))
    start = max((k + len(c) for c in cuts if (k := before.rfind(c)) >= 0), default=0)
    return after[:end], before[start:]


def payout_context(text: str, figure: Figure, figures: Sequence[Figure]) -> str:
    """The Korean around the other statements of a per-share payout's amount in other sentences (a title's
    "주당 920원 배당" is the body's "주당 920원의 분기배당"): the words that say which payout it is, so that the
    line keeps its period (quarterly, interim, year-end); only statements that are a payout's themselves count."""
    payout = frame_words("payout")
    out: list[str] = []
    for f in figures:
        if f is figure or f.sentence == figure.sentence or f.kind != figure.kind:
            continue
        if f.value != figure.value or f.unit != figure.unit or f.high != figure.high:
            continue
        head = text[max(0, f.start - _PAYOUT_BEFORE) : f.start].rsplit("\n", 1)[-1]
        tail = _CLAUSE_END.split(text[f.start : f.end + _PAYOUT_AFTER], maxsplit=1)[0]
        if any(w in head + tail for w in payout):
            out.append(head + tail)
    return " ".join(out)


@cache
def _venues() -> tuple[tuple[str, str], ...]:
    """(Korean cue, English "on …") of data/english_venues.tsv, longest cue first."""
    rows = [(r[0], r[1]) for r in _rows("english_venues.tsv") if len(r) >= 2 and r[0] != "cue"]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def venue(text: str, figure: Figure, sentence_start: int) -> str:
    """ " on South Korean exchanges" for a price the words before it in its sentence quote on a venue
    ("국내에선 1억4000만원", "업비트에서 비트코인은 …원"): the venue nearest the figure, else ""."""
    head = text[max(sentence_start, figure.start - _VENUE_BEFORE) : figure.start]
    best: tuple[int, str] | None = None
    for cue, en in _venues():
        at = head.rfind(cue)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, en)
    return " " + best[1] if best else ""


def cumulative(text: str, figure: Figure, sentence_start: int) -> bool:
    """Whether the words before a figure in its sentence make it a running total ("누적 순이익이 5조원을 넘은
    것은"): a crossing of it is the total's, of the period the total runs over, not of one day."""
    head = text[sentence_start : figure.start]
    return any(w in head for w in frame_words("cumulative"))


def same_stem(a: str | None, b: str | None) -> bool:
    """Whether two Korean subject names are one thing said shorter and longer ("소비자물가", "소비자물가지수"):
    one, without spaces, begins the other (two letters at least)."""
    if not a or not b:
        return False
    x, y = a.replace(" ", ""), b.replace(" ", "")
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 2 and long_.startswith(short)


_PRIOR_SPREAD = 0.5  # a yardstick further than half the result from it is not that result's estimate
_GAP_SLACK = 1.0  # percentage points a written gap may differ from the one the two amounts make (rounding)


def prior_result(
    estimate: Figure,
    gap: Figure | None,
    side: str,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    results: Container[str],
) -> Fact | None:
    """The result an estimate of a sentence with no subject of its own is set against, when that sentence follows
    the one stating it ("…매출이 116억 달러로 …했다고 발표했다. 시장 예상치 113억 달러를 웃돌았다", "영업이익이
    1680억원으로 … 공시했다. 증권가 컨센서스(1420억원)를 18% 웃돈 수치다"): the one level of a company's result in
    the sentence before (``results``: its measures) in the estimate's currency, on the side of it the verb says
    (``side`` "above" or "below"), within half of it, and that makes the written gap when there is one. Two such
    results, or none, or a subject in the estimate's own sentence: None (the line is not said)."""
    si = estimate.sentence
    if si == 0 or isinstance(estimate.value, str) or estimate.value <= 0:
        return None
    if any(f.subject for f in facts if f.sentence == si):
        return None
    found: list[Fact] = []
    for f in facts:
        if f.sentence != si - 1 or f.role != "level" or not f.subject or f.figure is None:
            continue
        if f.measure is None or f.measure not in results:
            continue
        r = figures[f.figure]
        if r.kind != "money" or r.unit != estimate.unit or r.high is not None or isinstance(r.value, str):
            continue
        ratio = r.value / estimate.value
        if (ratio <= 1 if side == "above" else ratio >= 1) or abs(ratio - 1) > _PRIOR_SPREAD:
            continue
        if gap is not None and (isinstance(gap.value, str) or abs(abs(ratio - 1) * 100 - gap.value) > _GAP_SLACK):
            continue
        found.append(f)
    return found[0] if len({(f.subject, f.measure) for f in found}) == 1 else None


_LIMIT_BEFORE = 30  # characters before a closing price, in its clause, where the daily limit it hit is written
_LIMIT_AFTER = 12  # and after it ("15만6000원으로 상한가를 기록했다")
_LIMIT_PERCENT = re.compile(r"\s*\(\s*(?:약\s*)?$")  # "가격제한폭(" right before the limit's percentage


def daily_limit(
    text: str, level: Figure, direction: str | None, figures: Sequence[Figure]
) -> tuple[str, Figure | None] | None:
    """Whether a share's closing price is its daily price limit, as the words of its own clause say ("가격제한폭
    (30%)까지 오른 15만6000원", "상한가인 15만6000원", "15만6000원으로 하한가"): ("up" or "down", the limit's
    percentage when the text writes it in parentheses right after the limit word). The side of "가격제한폭" is the
    move's (``direction``); limit words of two sides, a side not the move's, or no limit word: None."""
    after, before = own_clause(
        text[level.end : level.end + _LIMIT_AFTER], text[max(0, level.start - _LIMIT_BEFORE) : level.start]
    )
    lo = level.start - len(before)
    hits: list[tuple[int, str]] = []  # (where the limit word ends in the text, its side)
    for kind, side in (("limit_up", "up"), ("limit_down", "down"), ("limit", direction or "")):
        for w in frame_words(kind):
            if (k := before.rfind(w)) >= 0:
                hits.append((lo + k + len(w), side))
            if (k := after.find(w)) >= 0:
                hits.append((level.end + k + len(w), side))
    sides = {side for _, side in hits}
    if len(sides) != 1 or not sides <= {"up", "down"} or (direction is not None and sides != {direction}):
        return None
    pct = next(
        (f for f in figures for end, _ in hits if f.sentence == level.sentence and f.kind == "percent"
         and f.start >= end and _LIMIT_PERCENT.fullmatch(text[end : f.start]) and text[f.end : f.end + 1] == ")"),
        None,
    )  # fmt: skip
    return sides.pop(), pct


_QUOTES = "'‘’\"“”"
_OUTLOOK_GAP = 6  # characters between the outlook word (with its particle) and the verb that states it


@cache
def _outlooks() -> tuple[tuple[str, str], ...]:
    rows = [(r[1], r[2]) for r in _rows("ratings.tsv") if len(r) >= 3 and r[0] == "outlook"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def stated_outlook(text: str, lo: int, hi: int) -> str | None:
    """The outlook a rating's words state between ``lo`` and ``hi`` ("등급 전망은 '안정적'으로 제시했다"): the outlook
    noun with its topic or object particle, the outlook word (quoted or not) with 으로/로, and a verb that states
    it (data/english_frames.tsv) -> "stable". Else None (a revised outlook "'안정적'에서 '부정적'으로" is the
    rating rows' own)."""
    body = text[lo:hi]
    for noun in frame_words("outlook_noun"):
        at = body.find(noun)
        while at >= 0:
            k = at + len(noun)
            m = re.match(rf"(?:은|는|을|를|도)?\s*[{_QUOTES}]?", body[k:])
            k += m.end() if m else 0
            hit = next(((ko, en) for ko, en in _outlooks() if body.startswith(ko, k)), None)
            if hit is not None:
                rest = body[k + len(hit[0]) :].lstrip(_QUOTES)
                if rest.startswith(("으로", "로")):
                    tail = rest[rest.index("로") + 1 :][: _OUTLOOK_GAP + 4]
                    if any(v in tail for v in frame_words("outlook_verb")) and "에서" not in body[at:k]:
                        return hit[1]
            at = body.find(noun, at + 1)
    return None


_JOB_DIRECT_BEFORE = 4  # characters after a job count where "직접" stands ("800명의 직접 고용")


def job_estimate(text: str, lo: int, hi: int, figure: Figure) -> tuple[str, bool] | None:
    """Whether the jobs counted by ``figure`` in the sentence ``lo``-``hi`` are the company's own estimate
    ("…이 창출될 것으로 회사는 추산했다", "회사는 … 고용이 생길 것으로 예상했다"): ("expects" or "estimates",
    whether they are direct jobs). The company word (data/english_frames.tsv job_estimator) the sentence's subject
    and its verb after "것으로"; else None (the line says the jobs without an estimator)."""
    body = text[lo:hi]
    if "것으로" not in body[figure.end - lo :]:
        return None
    if not any(w in body for w in frame_words("job_estimator")):
        return None
    tail = body[body.rfind("것으로") :]
    verb = next(
        (
            v
            for kind, v in (("job_estimates", "estimates"), ("job_expects", "expects"))
            if any(w in tail for w in frame_words(kind))
        ),
        None,
    )
    if verb is None:
        return None
    direct = any(w in text[figure.end : figure.end + _JOB_DIRECT_BEFORE + 4] for w in frame_words("job_direct"))
    return verb, direct


# "2분기보다", "2분기 대비": a quarter named with no year as what a move is measured against
_BARE_QUARTER_BASE = re.compile(
    r"(?:^|\s)([1-4])\s?분기\s*(?:\([^()]{0,30}\)\s*)?(?:보다|대비|에 비해|와 비교해|과 비교해)"
)
_QUARTER_DATE = re.compile(r"(?:[0-9]{4}|-)-Q([1-4])")
PREVIOUS_QUARTER = " from the previous quarter"


def previous_quarter_base(text: str, lo: int, figure: Figure, dates: Sequence[Figure]) -> str | None:
    """A move measured against a quarter named without its year ("영업이익률은 11.2%로 2분기보다 1.8%포인트
    높아졌다") after the results of the quarter that follows it ("3분기 영업이익이 …"): " from the previous
    quarter". The results' quarter is the last quarter date before the base word (``dates``: the date figures of
    the sentence and the ones before it); another quarter, a base with its year, or none: None."""
    head = text[lo : figure.start]
    found = list(_BARE_QUARTER_BASE.finditer(head))
    if not found:
        return None
    m = found[-1]
    if head[: m.start()].rstrip().endswith("년"):
        return None  # "2025년 2분기보다": a dated quarter, the rows of english_bases.tsv's
    at = lo + m.start(1)
    before = [d.value for d in dates if d.kind == "date" and d.end <= at]
    quarters = [q for v in before if isinstance(v, str) and (q := _QUARTER_DATE.fullmatch(v))]
    if not quarters:
        return None
    base, results = int(m.group(1)), int(quarters[-1].group(1))
    return PREVIOUS_QUARTER if results == base % 4 + 1 else None
