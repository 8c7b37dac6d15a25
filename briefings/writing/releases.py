"""The parts of a statistics release said in English (data/release_parts.tsv, the nouns of english_nouns.tsv).

A release states an aggregate (GDP, the foreign-exchange reserves) and then breaks it down, part by part, in list
clauses that share a frame ("부문별로 보면", "자산별로 보면", "항목별로는") and often a verb:

- a rate of change: "[part]은 … 전기 대비 1.8% 늘었고, [part]은 0.9% 증가했다", "[A]이 1.8%, [B]가 1.1% 증가했고";
- a level with its change: "[part]이 3779억 달러로 한 달 새 31억 달러 늘었다";
- a level: "[part]은 156억 달러, [part]은 40억 달러였다";
- a contribution to the whole's rate, in percentage points: "성장 기여도는 [A] 0.5%포인트, [B] 0.2%포인트였다".

Each part is read only as the topic of its own clause right before its figure (nothing but a base or an adverbial
phrase between: no comma, no other topic, no other figure); a sentence with a part whose figure cannot be read this
way, a quotation, or a date of another period than the release's is not said (the key-figure table keeps it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.analysis.figure_en import MONTHS
from briefings.lexicon import _rows
from briefings.model import Analysis, Article, Fact, Figure
from briefings.writing.nouns import nouns

_LEAD_SENTENCES = 4  # the title and the first body sentences, where a release names itself
_GAP = 40  # characters at most between a part and its figure (an adverbial phrase: "반도체를 중심으로")
_QUOTES = '"“”「」『』'
_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])")
_PARTICLE = r"(?:\s*\([^()]{1,24}\))?(?:(?P<topic>은|는|이|가|도)\s+|(?P<bare>\s+)(?=[-+]?[0-9]))"
_TOPIC_WORD = re.compile(r"[가-힣]{2,}(?:은|는|이|가)$")  # another topic right before the figure: not the part's
_NEXT = re.compile(r"\s*,\s*")
_LEVEL_TO = re.compile(r"\s*(?:으로|로)\s+")
_LEVEL_END = re.compile(r"\s*(?:,|였다|이었다|이다|였고|이었고|로 집계)")
_CONTRIBUTION_END = re.compile(r"\s*(?:,|로|으로|를|을|였|이었|의|\.|$)")
_FILLER = re.compile(r"\s*(?:씩|가량|정도|넘게)?\s*(?:각각)?\s*")
_Q = re.compile(r"^(\d{4})-Q([1-4])$")
_M = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class ReleaseData:
    kinds: tuple[tuple[str, str], ...]  # (kind, Korean release word)
    parts: dict[str, dict[str, str]]  # kind -> Korean part -> English noun phrase
    containers: dict[str, str]  # kind -> " in the reserves"
    contributions: dict[str, tuple[tuple[str, str, str], ...]]  # kind -> (Korean word, added to, subtracted from)
    bases: tuple[tuple[str, str], ...]  # (Korean base, English), longest first
    verbs: tuple[tuple[str, str], ...]  # (Korean verb of change, up | down), longest first


@cache
def release_data() -> ReleaseData:
    english = {re.sub(r"\s+", "", n.ko): n.en for n in nouns()}
    kinds: list[tuple[str, str]] = []
    parts: dict[str, dict[str, str]] = {}
    containers: dict[str, str] = {}
    contributions: dict[str, list[tuple[str, str, str]]] = {}
    bases: list[tuple[str, str]] = []
    verbs: list[tuple[str, str]] = []
    for r in _rows("release_parts.tsv"):
        if r[0] == "release" and len(r) >= 3:
            kinds.append((r[1], r[2]))
        elif r[0] == "part" and len(r) >= 4:
            en = r[3] if r[3] != "-" else english.get(re.sub(r"\s+", "", r[2]), "")
            if en:
                parts.setdefault(r[1], {})[r[2]] = en
        elif r[0] == "container" and len(r) >= 3:
            containers[r[1]] = " " + r[2]
        elif r[0] == "contribution" and len(r) >= 5:
            contributions.setdefault(r[1], []).append((r[2], r[3], r[4]))
        elif r[0] == "base" and len(r) >= 2:
            bases.append((r[1], r[2] if len(r) >= 3 else ""))
        elif r[0] == "verb" and len(r) >= 3 and r[2] in {"up", "down"}:
            verbs.append((r[1], r[2]))
    return ReleaseData(
        kinds=tuple(kinds),
        parts=parts,
        containers=containers,
        contributions={k: tuple(v) for k, v in contributions.items()},
        bases=tuple(sorted(dict(bases).items(), key=lambda b: -len(b[0]))),
        verbs=tuple(sorted(verbs, key=lambda v: -len(v[0]))),
    )


@cache
def _part_re(kind: str) -> re.Pattern[str]:
    words = sorted(release_data().parts.get(kind, {}), key=len, reverse=True)
    alts = "|".join(r"\s*".join(re.escape(w) for w in word.split()) for word in words)
    return re.compile(_WORD_BEFORE.pattern + r"(?P<part>" + alts + r")" + _PARTICLE)


@cache
def _parts_of(kind: str) -> dict[str, str]:
    return {re.sub(r"\s+", "", ko): en for ko, en in release_data().parts.get(kind, {}).items()}


# what may stand right before a part: nothing, a comma or bracket, a word ending in a particle, a connective or a
# copula ("보면", "반면", "늘었고", "권리인"), or "등" after examples ("국채 등 유가증권")
_PRECEDING = re.compile(r"(?:^|[,)(]|[은는이가도를을로면고며서인등다]|^\s*)\s*$")


@dataclass(frozen=True)
class ReleaseLine:
    """One English line on parts of a release: its text, sentence, the figures it states, where it stands, and
    (English subject, value) of every part it says."""

    text: str
    sentence: int
    figures: tuple[int, ...]
    position: int
    parts: tuple[tuple[str, float], ...]
    date: str | None
    kind: str  # change | level | contribution


def release_kind(article: Article, analysis: Analysis) -> str | None:
    """The kind of release the article reads as (a release word in the title or its first sentences), else None."""
    if not analysis.sentences:
        return None
    lead_end = analysis.sentences[min(_LEAD_SENTENCES, len(analysis.sentences)) - 1].end
    head = article.title + " " + article.text[:lead_end]
    return next((kind for kind, word in release_data().kinds if word in head), None)


def _period(analysis: Analysis, figures: Sequence[Figure]) -> str | None:
    """The period the release is of: the first dated quarter or month of its first sentences."""
    lead = min(_LEAD_SENTENCES + 2, len(analysis.sentences))
    for f in figures:
        if f.kind == "date" and 0 <= f.sentence < lead and (_Q.match(str(f.value)) or _M.match(str(f.value))):
            return str(f.value)
    return None


def period_phrase(period: str | None) -> str:
    """" in Q3 2026", " in October 2026", or ""."""
    q = _Q.match(period or "")
    if q is not None:
        return f" in Q{q.group(2)} {q.group(1)}"
    m = _M.match(period or "")
    if m is not None and 1 <= int(m.group(2)) <= 12:
        return f" in {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    return ""


def _of_period(value: str, period: str) -> bool:
    """Whether a date figure's value is the release's period (a partial "--Q3" of "2026-Q3" too)."""
    return value == period or (value.startswith("--") and period.endswith("-" + value[2:]))


def _own_period(sentence: int, figures: Sequence[Figure], period: str | None) -> bool:
    dates = [f for f in figures if f.kind == "date" and f.sentence == sentence]
    return all(period is not None and _of_period(str(f.value), period) for f in dates)


def _in_quote(text: str, lo: int, at: int) -> bool:
    return sum(text.count(q, lo, at) for q in _QUOTES) % 2 == 1


def _verb_at(text: str, at: int, hi: int) -> tuple[str, int] | None:
    """(up | down, end) of a verb of change at ``at`` (past a filler word), else None."""
    m = _FILLER.match(text, at, hi)
    start = m.end() if m else at
    for cue, direction in release_data().verbs:
        if text.startswith(cue, start):
            return direction, start + len(cue)
    return None


def _unsigned(en: str) -> str:
    return en[1:] if en[:1] in "+-\u2212" else en


@dataclass(frozen=True)
class _Read:
    subject: str
    kind: str  # change | level | contribution
    figure: int
    direction: str = ""
    base: str = ""
    change: int | None = None  # the change figure of a level with its change


def _base_in(gap: str) -> tuple[str, str]:
    """(the English of a base written in the gap, the gap without it)."""
    for ko, en in release_data().bases:
        at = gap.find(ko)
        if at >= 0:
            return (" " + en if en else ""), gap[:at] + " " + gap[at + len(ko) :]
    return "", gap


def _read_sentence(
    text: str,
    lo: int,
    hi: int,
    kind: str,
    figures: Sequence[Figure],
    by_start: dict[int, int],
    contributing: bool,
) -> list[_Read]:
    """Every part of the sentence text[lo:hi] with its figure, [] when a part written there cannot be read."""
    data = release_data()
    matches = [m for m in _part_re(kind).finditer(text, lo, hi)]
    amounts = sorted((f.start, k) for k, f in enumerate(figures) if f.kind != "date" and lo <= f.start < hi)
    out: list[_Read] = []
    pending: list[_Read] = []
    used: set[int] = set()
    for n, m in enumerate(matches):
        if _in_quote(text, lo, m.start()):
            return []
        if not _PRECEDING.search(text[lo : m.start()]):
            continue  # "반도체 수출", "기업 설비투자": a word narrows the part, and it is not the release's part
        limit = matches[n + 1].start() if n + 1 < len(matches) else hi
        k = next((k for start, k in amounts if m.end() <= start < limit), None)
        if k is None:
            if m.group("bare") is not None:
                continue
            continue  # the part named without a figure of its own ("수출과 설비투자가 성장을 이끌었다")
        fig = figures[k]
        gap = text[m.end() : fig.start]
        if "," in gap or len(gap) > _GAP or k in used:
            return []
        if m.group("bare") is not None and gap.strip():
            return []
        base, rest = _base_in(gap)
        words = rest.split()
        if words and _TOPIC_WORD.search(words[-1]):
            return []  # "[part]은 [other]가 N% 늘며": the figure is the other topic's
        subject = _parts_of(kind)[re.sub(r"\s+", "", m.group("part"))]
        used.add(k)
        if fig.unit == "pp" and contributing:
            if not _CONTRIBUTION_END.match(text, fig.end):
                return []
            out.append(_Read(subject, "contribution", k))
            continue
        if fig.unit == "%":
            verb = _verb_at(text, fig.end, hi)
            if verb is None:
                if _NEXT.match(text, fig.end) and n + 1 < len(matches):
                    pending.append(_Read(subject, "change", k, "", base))
                    continue
                return []
            direction = verb[0]
            if (direction == "down") != (fig.value < 0) and fig.value != 0 and fig.en[:1] in "+-\u2212":
                return []  # the sign and the verb disagree
            out += [_Read(p.subject, "change", p.figure, direction, p.base) for p in pending]
            pending = []
            out.append(_Read(subject, "change", k, direction, base))
            continue
        if fig.kind == "money":
            to = _LEVEL_TO.match(text, fig.end, hi)
            if to is not None:
                after, _ = _base_in(text[to.end() : to.end() + 12])
                nxt = next((kk for start, kk in amounts if to.end() <= start < limit), None)
                if nxt is not None and figures[nxt].kind == "money":
                    between = text[to.end() : figures[nxt].start]
                    between_base = _base_in(between)[1].strip()
                    verb = _verb_at(text, figures[nxt].end, hi)
                    if not between_base and verb is not None and len(between) <= 12:
                        used.add(nxt)
                        out.append(_Read(subject, "level", k, verb[0], after, nxt))
                        continue
                return []
            if not gap.strip() and _LEVEL_END.match(text, fig.end, hi):
                out.append(_Read(subject, "level", k))
                continue
        return []
    return [] if pending else out


def _join(phrases: Sequence[str]) -> str:
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def _upper(s: str) -> str:
    return s[:1].upper() + s[1:]


def _say(
    reads: Sequence[_Read], figures: Sequence[Figure], kind: str, period: str
) -> str | None:
    """The English of one sentence's parts, all of one form; None when it cannot be said in one line."""
    data = release_data()
    container = data.containers.get(kind, "")
    forms = {r.kind for r in reads}
    if len(forms) != 1:
        return None
    form = forms.pop()
    if form == "contribution":
        words = data.contributions.get(kind)
        if not words:
            return None
        _, added, subtracted = words[0]
        adds = [r for r in reads if figures[r.figure].value > 0]
        subs = [r for r in reads if figures[r.figure].value < 0]
        if len(adds) + len(subs) != len(reads):
            return None
        said: list[str] = []
        if adds:
            first = f"{adds[0].subject} added {figures[adds[0].figure].en} {added}"
            said.append(_join([first] + [f"{r.subject} {figures[r.figure].en}" for r in adds[1:]]))
        if subs:
            first = f"{subs[0].subject} subtracted {_unsigned(figures[subs[0].figure].en)} {subtracted}"
            said.append(_join([first] + [f"{r.subject} {_unsigned(figures[r.figure].en)}" for r in subs[1:]]))
        body = said[0] + period if len(said) == 1 else f"{said[0]}{period}, while {said[1]}"
        return _upper(body) + "."
    phrases: list[str] = []
    last = ""
    for n, r in enumerate(reads):
        owner = r.subject + (container if n == 0 else "")
        verb = "rose" if r.direction == "up" else "fell" if r.direction == "down" else ""
        if form == "change":
            fig = _unsigned(figures[r.figure].en)
            phrases.append(f"{r.subject} {fig}{r.base}" if verb == last else f"{owner} {verb} {fig}{r.base}")
        elif r.change is not None:
            move = f"{_unsigned(figures[r.change].en)} to {figures[r.figure].en}"
            phrases.append(f"{r.subject} {move}" if verb == last else f"{owner} {verb} {move}")
        else:
            phrases.append(f"{r.subject} at {figures[r.figure].en}" if n else f"{owner} stood at {figures[r.figure].en}")
        last = verb
    return _upper(_join(phrases)) + period + "."


def release_lines(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> list[ReleaseLine]:
    """English lines on the parts of a release, one per sentence, in text order."""
    kind = release_kind(article, analysis)
    if kind is None or kind not in release_data().parts:
        return []
    period = _period(analysis, figures)
    if period is None:
        return []
    text = article.text
    by_start = {f.start: k for k, f in enumerate(figures)}
    words = [w for w, _, _ in release_data().contributions.get(kind, ())]
    out: list[ReleaseLine] = []
    for si, s in enumerate(analysis.sentences):
        if not _own_period(si, figures, period):
            continue
        before = analysis.sentences[si - 1] if si > 0 else s
        contributing = any(w in text[s.start : s.end] or w in text[before.start : before.end] for w in words)
        reads = _read_sentence(text, s.start, s.end, kind, figures, by_start, contributing)
        if not reads:
            continue
        said = _say(reads, figures, kind, period_phrase(period))
        if said is None:
            continue
        cited = tuple(sorted({r.figure for r in reads} | {r.change for r in reads if r.change is not None}))
        out.append(
            ReleaseLine(
                text=said,
                sentence=si,
                figures=cited,
                position=figures[reads[0].figure].start,
                parts=tuple((r.subject, float(figures[r.figure].value)) for r in reads),
                date=period,
                kind=reads[0].kind,
            )
        )
    return out
