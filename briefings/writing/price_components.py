"""The parts of a price-index release said in English (data/price_components.tsv): a sub-index or an item group
with its change, as the release names it ("농산물은 5.1% 올라": "Farm produce prices rose 5.1% in March 2026";
"축산물은 1.2%, 수산물은 0.8% 올랐다": "Livestock product prices rose 1.2% and fishery product prices 0.8% …"),
and a month-on-month move written without a subject right after the whole index's ("전월 대비로는 0.3% 올랐다":
"Consumer prices rose 0.3% month on month …").  A part is read only as the topic right before its percentage with a
verb of change right after it; a sentence naming another period, a quotation, or a figure another line states is
left to the key-figure table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.analysis.figure_en import MONTHS
from briefings.lexicon import _rows, changes, trie_regex
from briefings.model import Analysis, Article, Fact, Figure

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_LEAD_SENTENCES = 3  # the title and the first body sentences, where a release's own words stand
_BACK = 3  # sentences back where the whole index's move a subjectless month-on-month move follows may stand
_WORD_START = frozenset(" \t\n(\"'‘“·,")
_TOPIC = re.compile(r"\s*(?:가격|값|물가)?\s*(?:\((?P<aside>[^()]{1,30})\))?\s*(?:은|는|이|가|도)\s+")
# ^ the topic after a part: "농산물 가격이 ", "근원물가(…)는 " (the aside may give the release's own name)
_FILLER = re.compile(r"\s*(?:씩|가량|정도|넘게)?\s*(?:각각)?\s*")  # between a percentage and its verb
_NEXT_PART = re.compile(r"\s*,\s*")  # "축산물은 1.2%, 수산물은 …": a list sharing the verb after its last figure
_PARTICLE = re.compile(r"(?:로는|으로는|는|도)?")  # "전월 대비로는 0.3%": the base's particle before the figure
_ANCHOR_AFTER = re.compile(r"\s*\)?\s*(?:이후|만에|만의)")  # a date a record counts from ("지난해 5월 이후 최대")
_QUOTES = '"“”「」『』'
_WEIGHTS = {"index": 1.3, "group": 1.0, "item": 0.8}  # the whole index's own move weighs as a group's
_GROW = {"grow": "rose", "lose": "fell"}  # a price rises and falls: it does not "grow"


@dataclass(frozen=True)
class PriceData:
    releases: dict[str, str]  # Korean word -> English subject of the whole index
    parts: dict[str, str]  # Korean name -> English noun phrase
    ranks: dict[str, str]  # English noun phrase -> index | group | item
    bases: dict[str, str]  # Korean base -> English
    leads: tuple[tuple[str, str], ...]  # (Korean words after the verb, English clause)
    verbs: tuple[tuple[str, str, str], ...]  # (Korean cue, up | down, English past verb)
    paces: tuple[str, ...]  # the whole index's rate words ("상승률은")
    contributions: tuple[tuple[str, str], ...]  # (Korean words of the whole rate, English with {figure})
    records: tuple[tuple[str, str], ...]  # (Korean record words, English with {anchor})
    part_re: re.Pattern[str]
    base_re: re.Pattern[str]


@cache
def price_data() -> PriceData:
    releases: dict[str, str] = {}
    parts: dict[str, str] = {}
    ranks: dict[str, str] = {}
    bases: dict[str, str] = {}
    leads: list[tuple[str, str]] = []
    verbs: list[tuple[str, str, str]] = []
    paces: list[str] = []
    records: list[tuple[str, str]] = []
    contributions: list[tuple[str, str]] = []
    for r in _rows("price_components.tsv"):
        if r[0] == "pace" and len(r) >= 2:
            paces.append(r[1])
        if len(r) < 3:
            continue
        if r[0] == "release":
            releases[r[1]] = r[2]
        elif r[0] == "part":
            parts[r[1]] = r[2]
            ranks[r[2]] = r[3] if len(r) >= 4 else "group"
        elif r[0] == "base":
            bases[r[1]] = r[2]
        elif r[0] == "lead":
            leads.append((r[1], r[2]))
        elif r[0] == "verb" and len(r) >= 4:
            verbs.append((r[1], r[2], r[3]))
        elif r[0] == "record":
            records.append((r[1], r[2]))
        elif r[0] == "contribution":
            contributions.append((r[1], r[2]))
    leads.sort(key=lambda x: -len(x[0]))
    return PriceData(
        releases=releases,
        parts=parts,
        ranks=ranks,
        bases=bases,
        leads=tuple(leads),
        verbs=tuple(verbs),
        paces=tuple(sorted(paces, key=len, reverse=True)),
        contributions=tuple(sorted(contributions, key=lambda c: -len(c[0]))),
        records=tuple(records),
        part_re=re.compile(trie_regex(set(parts))),
        base_re=re.compile(trie_regex(set(bases))),
    )


def release_subjects() -> frozenset[str]:
    """The English subjects of the whole indices of price releases ("consumer prices")."""
    return frozenset(price_data().releases.values())


@dataclass(frozen=True)
class PriceLine:
    """One English line on parts of a price release: its text, sentence, the figures it states and where it
    stands, with (English subject, value) of each part said."""

    text: str
    sentence: int
    figures: tuple[int, ...]
    position: int
    parts: tuple[tuple[str, float], ...]
    date: str | None
    weight: float  # how much it weighs against other lines: a sub-index more than a group, a group than one item


@cache
def _verbs() -> tuple[tuple[str, str, str], ...]:
    """(Korean cue, up | down, English past verb), longest cue first."""
    out: list[tuple[str, str, str]] = []
    for c in changes():
        if c.key in {"rise", "grow"}:
            direction = "up"
        elif c.key in {"fall", "lose"}:
            direction = "down"
        else:
            continue
        out += [(cue, direction, _GROW.get(c.key, c.en_past)) for cue in c.cues]
    out += price_data().verbs
    out.sort(key=lambda x: -len(x[0]))
    return tuple(out)


def _verb_at(text: str, at: int) -> tuple[str, str, int] | None:
    """(direction, English verb, end) of a verb of change starting at ``at`` (past a filler word), else None."""
    m = _FILLER.match(text, at)
    start = m.end() if m else at
    for cue, direction, en in _verbs():
        if text.startswith(cue, start):
            return direction, en, start + len(cue)
    return None


def _month_phrase(date: str | None) -> str:
    m = _MONTH.match(date or "")
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return ""
    return f" in {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"


def is_price_release(article: Article, analysis: Analysis) -> bool:
    """Whether the article reads as a price release: a release word in the title or its first sentences."""
    lead_end = analysis.sentences[min(_LEAD_SENTENCES, len(analysis.sentences)) - 1].end if analysis.sentences else 0
    head = article.title + " " + article.text[:lead_end]
    return any(w in head for w in price_data().releases)


def _release(article: Article, analysis: Analysis, facts: Sequence[Fact]) -> tuple[str | None, set[str]] | None:
    """(the month the release is of, the English subjects of its whole index) when the article reads as a price
    release, else None."""
    data = price_data()
    if not is_price_release(article, analysis):
        return None
    wholes = set(data.releases.values())
    months = sorted(
        (f.sentence, f.date)
        for f in facts
        if f.subject in wholes and f.role == "change" and f.date is not None and _MONTH.match(f.date)
    )
    return (months[0][1] if months else None), wholes


def _own_period(text: str, sentence: tuple[int, int], figures: Sequence[Figure], release_month: str | None) -> bool:
    """Whether a sentence speaks of the release's own month: every date in it is that month or the start of a
    record's span ("지난해 5월 이후")."""
    lo, hi = sentence
    for f in figures:
        if f.kind != "date" or not lo <= f.start < hi:
            continue
        if f.value == release_month or _ANCHOR_AFTER.match(text, f.end):
            continue
        return False
    return True


def _in_quote(text: str, lo: int, at: int) -> bool:
    return sum(text.count(q, lo, at) for q in _QUOTES) % 2 == 1


def _percent_at(figures: Sequence[Figure], by_start: dict[int, int], text: str, at: int) -> int | None:
    """The index of the percentage figure that starts at ``at`` (past spaces), else None."""
    while at < len(text) and text[at] in " \t":
        at += 1
    k = by_start.get(at)
    if k is None or figures[k].unit != "%" or figures[k].kind == "date":
        return None
    return k


def _unsigned(en: str) -> str:
    return en[1:] if en[:1] in "+-\u2212" else en


def price_lines(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> list[PriceLine]:
    """English lines on the parts of a price-index release, one per sentence, in text order."""
    found = _release(article, analysis, facts)
    if found is None:
        return []
    month, wholes = found
    data = price_data()
    text = article.text
    by_start = {f.start: k for k, f in enumerate(figures)}
    out: list[PriceLine] = []
    for si, s in enumerate(analysis.sentences):
        if not _own_period(text, (s.start, s.end), figures, month):
            continue
        said = _parts_of(text, s.start, s.end, figures, by_start, data)
        if not said:
            said = _subjectless(text, si, analysis, figures, facts, by_start, wholes, data)
        if not said:
            continue
        phrases: list[str] = []
        last_verb = ""
        for subject, base, verb, k in said:
            figure = _unsigned(figures[k].en)
            same = verb == last_verb
            phrases.append(f"{subject} {figure}" if same else f"{subject} {verb} {figure}{base}")
            last_verb = verb
        line = phrases[0][:1].upper() + phrases[0][1:]
        if len(phrases) > 1:
            line += "".join(f", {p}" for p in phrases[1:-1]) + f" and {phrases[-1]}"
        line += _month_phrase(month)
        end = figures[said[-1][3]].end
        tail = text[end : s.end]
        lead = next((en for ko, en in data.leads if ko in tail[:24]), None)
        added = _contribution(text, end, s.end, figures, by_start, data) if len(said) == 1 else None
        cited = tuple(k for *_, k in said)
        if added is not None:
            line += ", " + added[0]
            cited += (added[1],)
        elif lead is not None and len(said) == 1:
            line += f", {lead}"
        out.append(
            PriceLine(
                text=line + ".",
                sentence=si,
                figures=cited,
                position=figures[said[0][3]].start,
                parts=tuple((subj, float(figures[k].value)) for subj, _, _, k in said),
                date=month,
                weight=max(_WEIGHTS.get(data.ranks.get(subj, "whole"), 1.0) for subj, *_ in said),
            )
        )
    return out


_CONNECTIVE = re.compile(r"[가-힣]{0,3}\s+")  # the rest of the part's verb ("뛰어 ", "올라 ", "상승해 ")
_RAISED = ("끌어올렸", "끌어올린", "높였", "높인", "끌어올리")


def _contribution(
    text: str, end: int, hi: int, figures: Sequence[Figure], by_start: dict[int, int], data: PriceData
) -> tuple[str, int] | None:
    """("adding 0.38 percentage points to the overall rate", its figure) when the part's clause goes on to say how
    much it raised the whole rate ("수산물은 6.4% 올라 전체 물가를 0.21%포인트 끌어올렸다"), else None."""
    verb = _verb_at(text, end)
    if verb is None:
        return None
    gap = _CONNECTIVE.match(text, verb[2], hi)
    if gap is None:
        return None
    for ko, en in data.contributions:
        if text.startswith(ko, gap.end()):
            at = gap.end() + len(ko)
            while at < hi and text[at] == " ":
                at += 1
            k = by_start.get(at)
            if k is None or figures[k].unit != "pp" or not text[figures[k].end : hi].lstrip().startswith(_RAISED):
                return None
            return en.replace("{figure}", figures[k].en), k
    return None


def _parts_of(
    text: str,
    lo: int,
    hi: int,
    figures: Sequence[Figure],
    by_start: dict[int, int],
    data: PriceData,
) -> list[tuple[str, str, str, int]]:
    """(English subject, base, verb, figure) of every part of the sentence text[lo:hi] read as the topic right
    before its percentage; [] when any part written there cannot be read (a list whose verb is not found)."""
    out: list[tuple[str, str, str, int]] = []
    pending: list[tuple[str, str, int]] = []  # parts of a list waiting for its verb
    for m in data.part_re.finditer(text, lo, hi):
        if not m.group() or (m.start() > lo and text[m.start() - 1] not in _WORD_START):
            continue
        if _in_quote(text, lo, m.start()):
            return []
        topic = _TOPIC.match(text, m.end())
        if topic is None:
            continue
        at = topic.end()
        base = ""
        b = data.base_re.match(text, at)
        if b is not None and b.group():
            base = " " + data.bases[b.group()]
            at = b.end()
        k = _percent_at(figures, by_start, text, at)
        if k is None:
            continue
        subject = data.parts[m.group()]
        aside = topic.group("aside")
        if aside and aside.strip() in data.parts:  # "근원물가(농산물 및 석유류 제외 지수)": the release's own name
            subject = data.parts[aside.strip()]
        verb = _verb_at(text, figures[k].end)
        if verb is None:
            if _NEXT_PART.match(text, figures[k].end):
                pending.append((subject, base, k))
                continue
            return []  # a part with its figure and no verb of change: not read
        direction, en, _ = verb
        if direction == "down" and figures[k].en[:1] == "+" or direction == "up" and figures[k].en[:1] in "-\u2212":
            return []  # the sign and the verb disagree
        for subj, bs, kk in pending:
            out.append((subj, bs, en, kk))
        pending = []
        out.append((subject, base, en, k))
    return [] if pending else out


def _subjectless(
    text: str,
    si: int,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    by_start: dict[int, int],
    wholes: set[str],
    data: PriceData,
) -> list[tuple[str, str, str, int]]:
    """A month-on-month move written as its sentence's opening with no subject ("전월 대비로는 0.3% 올랐다"), of
    the whole index whose move the sentences just before state (and no other subject's figure between)."""
    s = analysis.sentences[si]
    b = data.base_re.search(text, s.start, s.end)
    if b is None or not b.group() or text[s.start : b.start()].strip():
        return []
    particle = _PARTICLE.match(text, b.end())
    k = _percent_at(figures, by_start, text, particle.end() if particle else b.end())
    if k is None:
        return []
    subject: str | None = None
    for f in sorted(facts, key=lambda f: -f.sentence):
        if not si - _BACK <= f.sentence < si or f.figure is None or f.subject is None:
            continue
        subject = f.subject if f.subject in wholes else None
        break
    if subject is None:
        return []
    verb = _verb_at(text, figures[k].end)
    if verb is None:
        return []
    return [(subject, " " + data.bases[b.group()], verb[1], k)]


_RECORD_REACH = 2  # sentences after the whole index's move where its rate's record may stand
_RECORD_GAP = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*")  # "지난 1월(2.0%) 이후": the rate then, in brackets


def rate_record(text: str, analysis: Analysis, figures: Sequence[Figure], sentence: int) -> tuple[str, int] | None:
    """(", the fastest rise since January 2026", the anchor's figure) when a sentence right after the whole index's
    move (or after one of dates only: "통계청은 3일 … 발표했다") opens with its rate and says the rate is the
    highest or lowest since a date or in a span ("상승률은 지난 1월(2.0%) 이후 가장 높다"), else None."""
    for later in range(sentence + 1, min(sentence + 1 + _RECORD_REACH, len(analysis.sentences))):
        found = _rate_record_in(text, analysis, figures, later)
        if found is not None:
            return found
        if any(f.sentence == later and f.kind != "date" for f in figures):
            return None  # a sentence of other figures between: the rate named after it may be another's
    return None


def _rate_record_in(text: str, analysis: Analysis, figures: Sequence[Figure], si: int) -> tuple[str, int] | None:
    data = price_data()
    s = analysis.sentences[si]
    head = text[s.start : s.end].lstrip()
    lo = s.end - len(head)
    word = next((w for w in data.paces if head.startswith(w)), None)
    if word is None:
        return None
    particle = re.match(r"(?:은|는|이|가)\s+", head[len(word) :])
    if particle is None:
        return None
    at = lo + len(word) + particle.end()
    k = next((i for i, f in enumerate(figures) if f.start == at), None)
    if k is None or figures[k].unit not in {"date", "duration"}:
        return None
    gap = _RECORD_GAP.match(text, figures[k].end)
    rest = text[gap.end() if gap else figures[k].end : s.end]
    for ko, en in data.records:
        if rest.startswith(ko) and (ko.startswith("이후") == (figures[k].unit == "date")):
            return ", " + en.replace("{anchor}", figures[k].en.strip()), k
    return None
