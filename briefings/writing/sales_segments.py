"""The segments of a company's unit-sales report said in English (data/sales_segments.tsv): "친환경차 판매는
9100대로 1년 전보다 31.5% 늘었다" after the company's own sales is "Kia's eco-friendly vehicle sales rose
31.5% year on year to 9,100 units in May 2026".  A segment is read only as the topic opening its sentence with its
count right after it, in a sentence of no company's figure, following the company's own unit sales within a few
sentences with no other company's figure between; anything else stays in the key-figure table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.analysis.figure_en import MONTHS
from briefings.facts.knowledge import comparison_bases
from briefings.lexicon import _rows, trie_regex
from briefings.model import Analysis, Fact, Figure

_BACK = 3  # sentences back where the company's own sales may stand
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_TOPIC = re.compile(r"\s*(?:은|는|이|가)\s+")
_LEVEL_END = re.compile(r"\s*(?:으로|로)\s*")
_FOLD = re.compile(r"[0-9]+(?:\.[0-9]+)?x")  # "2.4x": said "2.4-fold"


@dataclass(frozen=True)
class _Data:
    businesses: dict[str, str]
    business: re.Pattern[str]
    segments: dict[str, str]
    verbs: tuple[tuple[str, str, str], ...]
    head: re.Pattern[str]


@cache
def _data() -> _Data:
    segments: dict[str, str] = {}
    openers: list[str] = []
    nouns: list[str] = []
    verbs: list[tuple[str, str, str]] = []
    businesses: dict[str, str] = {}
    for r in _rows("sales_segments.tsv"):
        if r[0] == "business" and len(r) >= 3:
            businesses[r[1]] = r[2]
        elif r[0] == "segment" and len(r) >= 3:
            segments[r[1]] = r[2]
        elif r[0] == "opener" and len(r) >= 2:
            openers.append(r[1])
        elif r[0] == "noun" and len(r) >= 2:
            nouns.append(r[1])
        elif r[0] == "verb" and len(r) >= 4:
            verbs.append((r[2], r[1], r[3]))
    head = re.compile(
        rf"\s*(?:(?:{trie_regex(set(openers))})\s*,?\s*)?(?P<seg>{trie_regex(set(segments))})"
        rf"(?:\s*(?:{trie_regex(set(nouns))}))?"
    )
    verbs.sort(key=lambda v: -len(v[0]))
    business = re.compile(
        rf"(?<![가-힣A-Za-z])(?P<seg>{trie_regex(set(businesses))})\s*(?:부문|사업부)\s*(?P<noun>[가-힣]{{2,5}})\s*(?:은|는|이|가)\s*$"
    )
    return _Data(businesses, business, segments, tuple(verbs), head)


@dataclass(frozen=True)
class SegmentLine:
    text: str
    sentence: int
    figures: tuple[int, ...]
    position: int
    subject: str
    values: tuple[float, ...]
    owner: int  # the figure of the company's own sales (its place, "in the US", is the segment's too)


def _month(date: str | None) -> str:
    m = _MONTH.match(date or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return ""
    return f" in {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"


def _company_sales(facts: Sequence[Fact], si: int, company_types: set[str]) -> Fact | None:
    """The article's company's own unit sales (the first a company's volume fact states) when a sentence just
    before ``si`` states it and no other subject's figure stands between."""
    lead = next(
        (f for f in facts if f.measure == "volume" and f.subject in company_types and f.figure is not None), None
    )
    if lead is None:
        return None
    for f in sorted(facts, key=lambda f: -f.sentence):
        if not si - _BACK <= f.sentence <= si or f.figure is None or f.subject is None:
            continue
        if f.sentence == si or f.subject != lead.subject:
            return None  # the segment's sentence names a subject of its own, or another's figure stands between
        if f.measure == "volume":
            return next((g for g in facts if g.sentence == f.sentence and g.subject == f.subject and g.date), f)
    return None


def segment_lines(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], companies: set[str]
) -> list[SegmentLine]:
    """English lines on the segments of the company's unit sales (``companies``: English names of companies); each
    text has "{place}" where the place of the company's own sales goes (" in the US", or nothing)."""
    data = _data()
    by_start = {f.start: k for k, f in enumerate(figures)}
    bases = comparison_bases()
    out: list[SegmentLine] = []
    for si, s in enumerate(analysis.sentences):
        m = data.head.match(text, s.start, s.end)
        if m is None or not m.group("seg"):
            continue
        topic = _TOPIC.match(text, m.end())
        if topic is None:
            continue
        count = by_start.get(topic.end())
        if count is None or figures[count].unit != "count" or figures[count].counter != "대":
            continue
        owner = _company_sales(facts, si, companies)
        if owner is None:
            continue
        level = figures[count]
        at = level.end
        end = _LEVEL_END.match(text, at)
        if end is None:
            continue
        at = end.end()
        base = ""
        for cue, en in bases:
            if text.startswith(cue, at):
                base, at = " " + en, at + len(cue)
                while at < s.end and text[at] == " ":
                    at += 1
                break
        move = by_start.get(at)
        if move is None or figures[move].unit not in {"%", "x"}:
            continue
        after = text[figures[move].end : s.end].lstrip()
        verb = next((v for v in data.verbs if after.startswith(v[0])), None)
        if verb is None or base.strip() == "-":
            continue
        _, direction, en_verb = verb
        change = figures[move]
        if change.unit == "x":
            if direction != "up" or not _FOLD.fullmatch(change.en):
                continue
            said = f"{en_verb} {change.en[:-1]}-fold"
        else:
            if change.en[:1] in "+-\u2212" and (change.en[:1] == "+") != (direction == "up"):
                continue  # the sign and the verb disagree
            said = f"{en_verb} {change.en.lstrip('+-' + chr(0x2212))}"
        segment = data.segments[m.group("seg")]
        subject = owner.subject or ""
        line = f"{subject}'s {segment} sales{{place}} {said}{base} to {level.en}{_month(owner.date)}."
        out.append(SegmentLine(line, si, (count, move), level.start, subject, (float(level.value),), owner.figure or 0))
    return out


@dataclass(frozen=True)
class BusinessLine:
    """One line on the business segments one sentence of a results report gives: (segment English, measure,
    figure) of each, the company's English name and the period."""

    sentence: int
    parts: tuple[tuple[str, str, int], ...]
    subject: str
    date: str | None


_RESULTS_BACK = 4  # sentences back where the company's last figure may stand
_PART_START = re.compile(r"[,，]\s*$|^\s*$")  # what may stand between a listed part's figure and the next part's words


def business_lines(
    text: str,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    companies: set[str],
    results: set[str],
) -> list[BusinessLine]:
    """The business segments of the article's company's results ("광고 부문 매출은 1조2000억원, 커머스 부문 매출은
    7500억원이었다"): a level of a results measure (``results``) with no subject, its segment named right before
    it as the topic, in a sentence naming no date, following the company's own results within a few sentences with
    no other subject's figure between."""
    data = _data()
    lead = next((f for f in facts if f.measure in results and f.subject in companies and f.figure is not None), None)
    if lead is None:
        return []
    by_sentence: dict[int, list[Fact]] = {}
    for f in facts:
        if f.figure is not None:
            by_sentence.setdefault(f.sentence, []).append(f)
    out: list[BusinessLine] = []
    for si, own in sorted(by_sentence.items()):
        last = max((f.sentence for f in facts if f.subject == lead.subject and f.sentence < si), default=None)
        if si <= lead.sentence or last is None or si - last > _RESULTS_BACK:
            continue
        if any(f.subject is not None or figures[f.figure or 0].kind == "date" for f in own):
            continue
        if any(g.kind == "date" and g.sentence == si for g in figures):
            continue
        between = [f for k in range(last + 1, si) for f in by_sentence.get(k, [])]
        if any(f.subject not in (None, lead.subject) for f in between):
            continue
        sentence = analysis.sentences[si]
        parts: list[tuple[str, str, int]] = []
        lo = sentence.start
        for f in sorted(own, key=lambda f: f.figure or 0):
            fig = figures[f.figure or 0]
            m = data.business.search(text, lo, fig.start)
            if m is None or f.measure not in results or f.role != "level" or fig.unit == "%":
                parts = []
                break
            parts.append((data.businesses[m.group("seg")], f.measure or "", f.figure or 0))
            lo = fig.end
        if parts:
            out.append(BusinessLine(si, tuple(parts), lead.subject or "", lead.date))
    return out
