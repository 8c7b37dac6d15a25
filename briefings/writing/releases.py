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
from briefings.facts.housing import housing_data
from briefings.lexicon import _rows, entity_by_ko, glossary
from briefings.model import Analysis, Article, Fact, Figure
from briefings.writing.nouns import clause, nouns
from briefings.writing.records import ordinal
from briefings.writing.wording import name_phrase

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
    modifiers: tuple[tuple[str, str], ...]  # (Korean verb of change in its modifier form, up | down)
    nationals: tuple[str, ...]  # words saying a part is the national figure ("전국")
    frames: tuple[str, ...]  # endings of a breakdown frame ("별로는")
    pers: tuple[tuple[str, str], ...]  # (Korean per-unit word, " a litre"), from english_nouns.tsv


@cache
def release_data() -> ReleaseData:
    english = {re.sub(r"\s+", "", n.ko): n.en for n in nouns()}
    kinds: list[tuple[str, str]] = []
    parts: dict[str, dict[str, str]] = {}
    containers: dict[str, str] = {}
    contributions: dict[str, list[tuple[str, str, str]]] = {}
    bases: list[tuple[str, str]] = []
    verbs: list[tuple[str, str]] = []
    modifiers: list[tuple[str, str]] = []
    nationals: list[str] = []
    frames: list[str] = []
    pers = [(r[0][4:], " " + r[1]) for r in _rows("english_nouns.tsv") if r[0].startswith("per:") and len(r) >= 2]
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
        elif r[0] == "modifier" and len(r) >= 3 and r[2] in {"up", "down"}:
            modifiers.append((r[1], r[2]))
        elif r[0] == "national" and len(r) >= 2:
            nationals.append(r[1])
        elif r[0] == "frame" and len(r) >= 2:
            frames.append(r[1])
    return ReleaseData(
        kinds=tuple(kinds),
        parts=parts,
        containers=containers,
        contributions={k: tuple(v) for k, v in contributions.items()},
        bases=tuple(sorted(dict(bases).items(), key=lambda b: -len(b[0]))),
        verbs=tuple(sorted(verbs, key=lambda v: -len(v[0]))),
        modifiers=tuple(sorted(modifiers, key=lambda v: -len(v[0]))),
        nationals=tuple(nationals),
        frames=tuple(frames),
        pers=tuple(pers),
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


@dataclass(frozen=True)
class _Index:
    """The figures of each sentence and the figure starting at each offset: built once, so that no step scans
    every figure for every sentence."""

    of: dict[int, tuple[int, ...]]
    at: dict[int, int]
    period: int | None  # the first date figure of the release's period (with its year)

    def sentence(self, si: int) -> tuple[int, ...]:
        return self.of.get(si, ())


def _index(figures: Sequence[Figure], period: str | None) -> _Index:
    of: dict[int, list[int]] = {}
    for k, f in enumerate(figures):
        of.setdefault(f.sentence, []).append(k)
    first = next((k for k, f in enumerate(figures) if f.kind == "date" and str(f.value) == period), None)
    return _Index({si: tuple(ks) for si, ks in of.items()}, {f.start: k for k, f in enumerate(figures)}, first)


@cache
def _part_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of data/release_parts.tsv, read once (the period and rank readers ask for them per release)."""
    return tuple(tuple(r) for r in _rows("release_parts.tsv"))


def _period(analysis: Analysis, figures: Sequence[Figure], kind: str) -> str | None:
    """The period the release is of: the first dated quarter (or month, as the kind's release is: data
    "period" rows) of its first sentences."""
    lead = min(_LEAD_SENTENCES + 2, len(analysis.sentences))
    span = next((r[2] for r in _part_rows() if r[0] == "period" and len(r) >= 3 and r[1] == kind), "")
    pattern = _Q if span == "quarter" else _M if span == "month" else None
    if pattern is None:
        return None
    for f in figures:
        if f.kind == "date" and 0 <= f.sentence < lead and pattern.match(str(f.value)):
            return str(f.value)
    return None


def period_phrase(period: str | None) -> str:
    """ " in Q3 2026", " in October 2026", or ""."""
    q = _Q.match(period or "")
    if q is not None:
        return f" in Q{q.group(2)} {q.group(1)}"
    m = _M.match(period or "")
    if m is not None and 1 <= int(m.group(2)) <= 12:
        return f" in {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    return ""


def _period_said(figures: Sequence[Figure], period: str, ix: _Index) -> str:
    """ " in Q3 2026", or the period figure's own English when it is finer than its value (" in the fourth week
    of November 2026")."""
    k = ix.period
    if k is not None and figures[k].en.strip().startswith("the "):
        return " in " + figures[k].en.strip()
    return period_phrase(period)


def _of_period(value: str, period: str) -> bool:
    """Whether a date figure's value is the release's period (a partial "--Q3" of "2026-Q3" too)."""
    return value == period or (value.startswith("--") and period.endswith("-" + value[2:]))


def _own_period(sentence: int, figures: Sequence[Figure], period: str | None, ix: _Index) -> bool:
    """Every date of the sentence is the release's period, or a day of its month ("22~26일" of "11월 넷째 주")."""
    dates = [figures[k] for k in ix.sentence(sentence) if figures[k].kind == "date"]
    return all(
        period is not None and (_of_period(str(f.value), period) or str(f.value).startswith(period + "-"))
        for f in dates
    )


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


_PLACE_OWNER = re.compile(r"(?<![가-힣])([가-힣]+)의\s*$")


def _place_owner(head: str) -> str:
    """The region a part is written as the price of ("서울의 휘발유 평균 가격"; data/housing.tsv places), else ""."""
    m = _PLACE_OWNER.search(head)
    return housing_data().places.get(m.group(1), "") if m is not None else ""


def _national_owner(head: str) -> bool:
    """The part is the nation's, written with where it is surveyed in the genitive ("전국 주유소의")."""
    return any(re.search(r"(?<![가-힣])" + re.escape(w) + r"\s+[가-힣]+의\s*$", head) for w in release_data().nationals)


def _modifier_at(text: str, at: int, hi: int) -> tuple[str, int] | None:
    """(up | down, end) of a verb of change in its modifier form at ``at`` ("11.8원 내린 1,638.4원")."""
    m = re.compile(r"\s*").match(text, at, hi)
    start = m.end() if m else at
    for cue, direction in release_data().modifiers:
        if text.startswith(cue + " ", start):
            return direction, start + len(cue) + 1
    return None


def _per_at(text: str, at: int, hi: int) -> tuple[str, int]:
    """(" a litre", where the figure starts) past a per-unit word at ``at`` ("ℓ당 1,508.7원"), else ("", at)."""
    for ko, en in release_data().pers:
        if text.startswith(ko, at):
            end = at + len(ko)
            while end < hi and text[end] == " ":
                end += 1
            return en, end
    return "", at


def _num(f: Figure) -> float:
    """The figure's value as a number (0 for a value that is not one)."""
    return float(f.value) if isinstance(f.value, float | int) else 0.0


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
    per: str = ""  # " a litre": the unit a price is per
    ko: str = ""  # the part as written


def _base_in(gap: str) -> tuple[str, str]:
    """(the English of a base written in the gap, the gap without it)."""
    for ko, en in release_data().bases:
        at = gap.find(ko)
        if at >= 0:
            return (" " + en if en else ""), gap[:at] + " " + gap[at + len(ko) :]
    return "", gap


def _read_sentence(
    text: str,
    si: int,
    lo: int,
    hi: int,
    kind: str,
    figures: Sequence[Figure],
    contributing: bool,
    ix: _Index,
) -> list[_Read]:
    """Every part of the sentence text[lo:hi] with its figure, [] when a part written there cannot be read."""
    data = release_data()
    matches = [m for m in _part_re(kind).finditer(text, lo, hi)]
    amounts = sorted(
        (figures[k].start, k) for k in ix.sentence(si) if figures[k].kind != "date" and lo <= figures[k].start < hi
    )
    out: list[_Read] = []
    pending: list[_Read] = []
    used: set[int] = set()
    for n, m in enumerate(matches):
        if _in_quote(text, lo, m.start()):
            return []
        place = _place_owner(text[lo : m.start()])
        if not place and not _PRECEDING.search(text[lo : m.start()]) and not _national_owner(text[lo : m.start()]):
            continue  # "반도체 수출", "기업 설비투자": a word narrows the part, and it is not the release's part
        limit = matches[n + 1].start() if n + 1 < len(matches) else hi
        k = next((k for start, k in amounts if m.end() <= start < limit), None)
        if k is None:
            continue  # the part named without a figure of its own
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
        if subject.startswith("the average ") and any(w in text[lo : m.start()] for w in data.nationals):
            subject = "the national average " + subject[len("the average ") :]  # "전국 주유소의 휘발유 평균 …"
        if place:
            subject += " in " + place  # "서울의 휘발유 평균 가격": the region's own price, said with its region
        used.add(k)
        if fig.unit == "pp" and contributing:
            if not _CONTRIBUTION_END.match(text, fig.end):
                return []
            out.append(_Read(subject, "contribution", k, ko=m.group("part")))
            continue
        if fig.unit == "%":
            verb = _verb_at(text, fig.end, hi)
            if verb is None:
                if _NEXT.match(text, fig.end) and n + 1 < len(matches):
                    pending.append(_Read(subject, "change", k, "", base, ko=m.group("part")))
                    continue
                return []
            direction = verb[0]
            if (direction == "down") != (_num(fig) < 0) and _num(fig) != 0 and fig.en[:1] in "+-\u2212":
                return []  # the sign and the verb disagree
            out += [_Read(p.subject, "change", p.figure, direction, p.base, ko=p.ko) for p in pending]
            pending = []
            out.append(_Read(subject, "change", k, direction, base, ko=m.group("part")))
            continue
        if fig.kind == "money":
            modifier = _modifier_at(text, fig.end, hi)
            if modifier is not None:
                per, at = _per_at(text, modifier[1], hi)
                nxt = next((kk for start, kk in amounts if start == at), None)
                if nxt is None or figures[nxt].unit != fig.unit or nxt in used:
                    return []
                used.add(nxt)
                per = per or next((en for ko, en in data.pers if ko in gap), "")
                out.append(_Read(subject, "level", nxt, modifier[0], base, k, per, m.group("part")))
                continue
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
                        out.append(_Read(subject, "level", k, verb[0], after, nxt, ko=m.group("part")))
                        continue
                return []
            if not gap.strip() and _LEVEL_END.match(text, fig.end, hi):
                out.append(_Read(subject, "level", k, ko=m.group("part")))
                continue
        return []
    return [] if pending else out


_RANK = re.compile(r"\s*(?:으로|로)\s*가장\s*")


def _superlative(text: str, lo: int, hi: int, figures: Sequence[Figure], reads: Sequence[_Read]) -> str:
    """ ", the highest of any region" when a region's level in a sentence opening with a region frame ("지역별로는
    [region]의 … M원으로 가장 높았다") is ranked; else ""."""
    if len(reads) != 1 or reads[0].kind != "level" or " in " not in reads[0].subject:
        return ""
    head = text[lo:hi].lstrip()
    dimension = next(
        (en for ko, en in _dimensions() if any(head.startswith(ko + f) for f in release_data().frames)), None
    )
    m = _RANK.match(text, figures[reads[0].figure].end, hi)
    if dimension is None or m is None:
        return ""
    word = next((en for ko, en in _superlatives() if text.startswith(ko, m.end())), None)
    return f", the {word} of any {dimension}" if word else ""


@cache
def _superlatives() -> tuple[tuple[str, str], ...]:
    return tuple(
        sorted(
            ((r[1], r[2]) for r in _rows("release_parts.tsv") if r[0] == "superlative" and len(r) >= 3),
            key=lambda x: -len(x[0]),
        )
    )


@cache
def _dimensions() -> tuple[tuple[str, str], ...]:
    return tuple((r[1], r[2]) for r in _rows("release_parts.tsv") if r[0] == "dimension" and len(r) >= 3)


def _part_run(
    text: str,
    analysis: Analysis,
    figures: Sequence[Figure],
    si: int,
    reads: Sequence[_Read],
    titled: bool,
    ix: _Index,
) -> tuple[int, int, str] | None:
    """The run of weeks or months a single part's move extends: written after its figures in its own sentence
    ("…1,508.7원으로, 6주 연속 떨어졌다"), or in the title or first body sentence after the part's own word
    ("휘발유 가격이 5주 연속 내렸다"), said once."""
    if len(reads) != 1 or reads[0].direction not in {"up", "down"}:
        return None
    r = reads[0]
    own = _runs_in(text, figures, {si}, r.direction, ix, figures[r.figure].end)
    if own:
        return own[0]
    if titled:
        return None
    word = r.ko.split()
    if not word:
        return None
    first = set(range(min(2, len(analysis.sentences))))  # the title and the first body sentence
    for k, count, span in _runs_in(text, figures, first, r.direction, ix):
        s = analysis.sentences[figures[k].sentence]
        if word[0] in text[s.start : figures[k].start]:
            return k, count, span
    return None


def _join(phrases: Sequence[str]) -> str:
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def _upper(s: str) -> str:
    return s[:1].upper() + s[1:]


def _say(reads: Sequence[_Read], figures: Sequence[Figure], kind: str, period: str) -> str | None:
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
        adds = [r for r in reads if _num(figures[r.figure]) > 0]
        subs = [r for r in reads if _num(figures[r.figure]) < 0]
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
            move = f"{_unsigned(figures[r.change].en)} to {figures[r.figure].en}{r.per}"
            phrases.append(f"{r.subject} {move}" if verb == last else f"{owner} {verb} {move}")
        else:
            phrases.append(
                f"{r.subject} at {figures[r.figure].en}" if n else f"{owner} stood at {figures[r.figure].en}"
            )
        last = verb
    return _upper(_join(phrases)) + period + "."


def release_lines(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> list[ReleaseLine]:
    """English lines on the parts of a release, one per sentence, in text order."""
    kind = release_kind(article, analysis)
    if kind is None or kind not in release_data().parts:
        return []
    period = _period(analysis, figures, kind)
    if period is None:
        return []
    text = article.text
    if kind in whole_data().wholes and not any(
        _home(text, x.start, x.end) for x in analysis.sentences[: _LEAD_SENTENCES + 1]
    ):
        return []  # the parts of another economy's release (or of one whose economy is not said): not said bare
    ix = _index(figures, period)
    words = [w for w, _, _ in release_data().contributions.get(kind, ())]
    out: list[ReleaseLine] = []
    titled = False  # the title's run is said once, with the first part its sentence names
    for si, s in enumerate(analysis.sentences):
        if not _own_period(si, figures, period, ix):
            continue
        before = analysis.sentences[si - 1] if si > 0 else s
        contributing = any(w in text[s.start : s.end] or w in text[before.start : before.end] for w in words)
        reads = _read_sentence(text, si, s.start, s.end, kind, figures, contributing, ix)
        if not reads:
            continue
        said = _say(reads, figures, kind, _period_said(figures, period, ix))
        if said is None:
            continue
        ranked = _superlative(text, s.start, s.end, figures, reads)
        if ranked:
            said = said[:-1] + ranked + "."
        run = _part_run(text, analysis, figures, si, reads, titled, ix)
        if run is not None:
            said = said[:-1] + run_phrase(run[1], run[2], reads[0].direction) + "."
            titled = titled or figures[run[0]].sentence != si
        runs = (run[0],) if run is not None else ()
        when = ix.period
        cited = tuple(
            sorted(
                {r.figure for r in reads}
                | {r.change for r in reads if r.change is not None}
                | ({when} if when is not None else set())
                | set(runs)
            )
        )
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


# --------------------------------------------------------------------------- the whole: its growth, level, revision

_BODY_LEAD = 4  # body sentences where a release states its whole
_DAY = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|---\d{2})$")  # the day of the announcement ("5일 발표한")
_RUN = re.compile(r"\s*(?:연속|째)\s*")
_RUN_LONGEST = 24
_HOME_OWNER = "South Korea"
_BEFORE_CHANGE = re.compile(r"(?:보다|대비|에 비해)\s*$")


@dataclass(frozen=True)
class WholeData:
    wholes: dict[str, tuple[str, tuple[str, ...]]]  # kind -> (English subject, Korean words)
    grows: dict[str, tuple[str, ...]]  # kind -> verbs of the whole's growth
    levels: dict[str, tuple[str, ...]]  # kind -> words right after the whole's level
    rates: dict[str, tuple[str, str]]  # kind -> (Korean rate word, English)
    homes: tuple[str, ...]
    agencies: tuple[str, ...]
    revisions: tuple[tuple[str, str], ...]
    advances: tuple[str, ...]
    consensus: tuple[tuple[str, str], ...]  # (Korean forecast word, English), longest first
    outlooks: dict[str, tuple[tuple[str, str], ...]]  # kind -> (Korean verb of a forecast, English)
    horizons: tuple[tuple[str, str], ...]  # (Korean word of the year a forecast is for, English)
    beats: tuple[tuple[str, str, str], ...]  # (Korean verb stem, beat | miss, English)


@cache
def whole_data() -> WholeData:
    wholes: dict[str, tuple[str, list[str]]] = {}
    grows: dict[str, list[str]] = {}
    levels: dict[str, list[str]] = {}
    rates: dict[str, tuple[str, str]] = {}
    homes: list[str] = []
    agencies: list[str] = []
    revisions: list[tuple[str, str]] = []
    advances: list[str] = []
    consensus: list[tuple[str, str]] = []
    beats: list[tuple[str, str, str]] = []
    outlooks: dict[str, list[tuple[str, str]]] = {}
    horizons: list[tuple[str, str]] = []
    for r in _rows("release_parts.tsv"):
        if r[0] == "outlook" and len(r) >= 4:
            outlooks.setdefault(r[1], []).append((r[2], r[3]))
        elif r[0] == "horizon" and len(r) >= 3:
            horizons.append((r[1], r[2]))
        elif r[0] == "consensus" and len(r) >= 3:
            consensus.append((r[1], r[2]))
        elif r[0] in {"beat", "miss"} and len(r) >= 3:
            beats.append((r[1], r[0], r[2]))
        elif r[0] == "whole" and len(r) >= 4:
            wholes.setdefault(r[1], (r[2], []))[1].append(r[3])
        elif r[0] == "grow" and len(r) >= 3:
            grows.setdefault(r[1], []).append(r[2])
        elif r[0] == "level" and len(r) >= 3:
            levels.setdefault(r[1], []).append(r[2])
        elif r[0] == "rate" and len(r) >= 4:
            rates[r[1]] = (r[2], r[3])
        elif r[0] == "home" and len(r) >= 2:
            homes.append(r[1])
        elif r[0] == "agency" and len(r) >= 2:
            agencies.append(r[1])
        elif r[0] == "revision" and len(r) >= 3:
            revisions.append((r[1], r[2]))
        elif r[0] == "advance" and len(r) >= 2:
            advances.append(r[1])
    return WholeData(
        wholes={k: (en, tuple(sorted(ws, key=len, reverse=True))) for k, (en, ws) in wholes.items()},
        grows={k: tuple(sorted(v, key=len, reverse=True)) for k, v in grows.items()},
        levels={k: tuple(sorted(v, key=len, reverse=True)) for k, v in levels.items()},
        rates=rates,
        homes=tuple(homes),
        agencies=tuple(agencies),
        revisions=tuple(sorted(revisions, key=lambda x: -len(x[0]))),
        advances=tuple(advances),
        consensus=tuple(sorted(consensus, key=lambda c: -len(c[0]))),
        beats=tuple(beats),
        outlooks={k: tuple(v) for k, v in outlooks.items()},
        horizons=tuple(horizons),
    )


def _dates_fit(sentence: int, figures: Sequence[Figure], period: str, ix: _Index) -> bool:
    """Every date of the sentence is the release's period or a day (the day it was announced)."""
    return all(
        _of_period(str(figures[k].value), period) or _DAY.match(str(figures[k].value))
        for k in ix.sentence(sentence)
        if figures[k].kind == "date"
    )


@cache
def _foreign() -> re.Pattern[str]:
    """The gazetteer's countries other than the home economy ("미국", "중국")."""
    words = sorted({e.ko for e in glossary() if e.type == "country" and e.en != _HOME_OWNER}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else re.compile(r"(?!)")


def _home(text: str, lo: int, hi: int) -> bool:
    """The sentence names the home economy or a home statistics agency as the release's source, and no other
    country ("한은은 미국 경제가 2.8% 성장했다고 분석했다" is the US's growth)."""
    d = whole_data()
    if _foreign().search(text, lo, hi):
        return False
    return any(w in text[lo:hi] for w in d.homes) or any(
        re.search(r"(?<![가-힣])" + re.escape(a) + r"(?:은|는|이|가|의)?\s", text[lo:hi]) for a in d.agencies
    )


@dataclass(frozen=True)
class WholeLine:
    """One English line on a release's whole: its text, sentence, figures stated, where it stands, and the values
    (with their units) it states."""

    text: str
    sentence: int
    figures: tuple[int, ...]
    position: int
    values: tuple[tuple[float, str], ...]
    date: str | None
    kind: str  # growth | level | revision | outlook
    subject: str = _HOME_OWNER  # who the line is about (the forecaster of an outlook)


def _growth_at(
    text: str, si: int, analysis: Analysis, figures: Sequence[Figure], kind: str, period: str, ix: _Index
) -> tuple[int, str, bool] | None:
    """(the whole's growth figure, its base in English, whether the sentence says it is an advance estimate) of
    "[home] 경제가 … N% 성장했다", "[agency]는 … GDP 성장률(속보치)이 전기 대비 N%로 집계됐다고 밝혔다"."""
    d = whole_data()
    s = analysis.sentences[si]
    lo, hi = s.start, s.end
    if not _dates_fit(si, figures, period, ix) or not _home(text, lo, hi):
        return None
    words = d.wholes.get(kind, ("", ()))[1]
    for k in ix.sentence(si):
        f = figures[k]
        if f.unit != "%" or _in_quote(text, lo, f.start):
            continue
        head = text[max(lo, f.start - _GAP) : f.start]
        at = max((head.rfind(w) + len(w) for w in words if head.rfind(w) >= 0), default=-1)
        if at < 0:
            return None
        gap = head[at:]
        if "," in gap or any(
            figures[g].kind != "date" and figures[g].start < f.start and figures[g].end > f.start - len(gap)
            for g in ix.sentence(si)
        ):
            return None
        base, rest = _base_in(gap)
        if any(_TOPIC_WORD.search(w) and not any(x in w for x in words) for w in rest.split()[1:]):
            return None  # another topic between the whole and its figure
        after = text[f.end : hi]
        if not any(after.lstrip().startswith(v) or after.startswith(v) for v in d.grows.get(kind, ())):
            return None
        advance = any(a in text[lo:hi] for a in d.advances)
        return k, base, advance
    return None


def _year_on_year(
    text: str, si: int, analysis: Analysis, figures: Sequence[Figure], kind: str, ix: _Index
) -> int | None:
    """The whole's year-on-year growth written with no subject in the sentence right after ("전년 동기 대비로는
    1.9% 성장했다")."""
    if si + 1 >= len(analysis.sentences):
        return None
    s = analysis.sentences[si + 1]
    head = text[s.start : s.end].lstrip()
    lo = s.end - len(head)
    base = next((ko for ko, en in release_data().bases if head.startswith(ko) and "year" in en), None)
    if base is None:
        return None
    m = re.match(r"(?:로는|으로는|는)?\s*", head[len(base) :])
    at = lo + len(base) + (m.end() if m else 0)
    k = ix.at.get(at)
    if k is None or figures[k].unit != "%":
        return None
    after = text[figures[k].end : s.end]
    return k if any(after.lstrip().startswith(v) for v in whole_data().grows.get(kind, ())) else None


_SPANS = {"개월": "monthly", "주": "weekly", "분기": "quarterly"}  # a run's counter -> its English


def _runs_in(
    text: str, figures: Sequence[Figure], sentences: set[int], direction: str, ix: _Index, after: int = 0
) -> list[tuple[int, int, str]]:
    """(figure, count, "monthly" | "weekly") of every run the sentences give that way ("5주 연속 내렸다")."""
    out: list[tuple[int, int, str]] = []
    for k in sorted(k for si in sentences for k in ix.sentence(si)):
        f = figures[k]
        if f.unit != "duration" or f.counter not in _SPANS or f.high is not None:
            continue
        if f.start < after or not isinstance(f.value, float | int) or f.value != int(f.value):
            continue
        if not 2 <= f.value <= _RUN_LONGEST:
            continue
        gap = _RUN.match(text, f.end)
        if gap is None or not gap.group().strip():
            continue
        verb = _verb_at(text, gap.end(), len(text))
        if verb is not None and verb[0] == direction:
            out.append((k, int(f.value), _SPANS[str(f.counter)]))
    return out


def run_phrase(count: int, span: str, direction: str) -> str:
    """ ", the fifth straight weekly fall"."""
    return f", the {ordinal(count)} straight {span} {'rise' if direction == 'up' else 'fall'}"


_TOPIC_OPENING = re.compile(r"\s*([가-힣A-Za-z0-9]+?)(?:은|는)\s")


def _outlook(
    text: str, si: int, analysis: Analysis, figures: Sequence[Figure], kind: str, ix: _Index
) -> WholeLine | None:
    """A forecast of the whole's rate by the institution the sentence opens with ("[기관]은 (지난 8월) 올해 연간
    성장률을 N%로 전망했다"): "In August, the Bank of Korea forecast South Korea's growth at 1.6% for this year"."""
    d = whole_data()
    rate = d.rates.get(kind)
    s = analysis.sentences[si]
    body = text[s.start : s.end]
    opening = _TOPIC_OPENING.match(body)
    if rate is None or opening is None or any(q in body for q in _QUOTES):
        return None
    entity = entity_by_ko().get(opening.group(1))
    if entity is None or entity.type not in {"org", "research", "bank"}:
        return None
    pcts = [k for k in ix.sentence(si) if figures[k].unit == "%"]
    if len(pcts) != 1:
        return None
    k = pcts[0]
    head = text[s.start + opening.end() : figures[k].start]
    if not re.search(re.escape(rate[0]) + r"(?:을|를)\s*$", head):
        return None
    verb = next(
        (en for ko, en in d.outlooks.get(kind, ()) if re.match(r"\s*(?:로|으로)\s*" + ko, text[figures[k].end :])), None
    )
    horizon = [en for ko, en in d.horizons if re.search(r"(?<![가-힣])" + ko, head)]
    if verb is None or len(horizon) != 1:
        return None
    months = [
        j
        for j in ix.sentence(si)
        if figures[j].kind == "date" and re.match(r"^(?:--|\d{4}-)\d{2}$", str(figures[j].value))
    ]
    when = f"In {figures[months[0]].en.strip()}, " if len(months) == 1 else ""
    who = name_phrase(entity.en, kind=entity.type)
    said = f"{when}{who if when else who[:1].upper() + who[1:]} {verb} {_HOME_OWNER}'s {rate[1]} at {figures[k].en}"
    return WholeLine(
        text=f"{said} for {horizon[0]}.",
        sentence=si,
        figures=tuple(sorted([k] + months[:1])),
        position=figures[k].start,
        values=((_num(figures[k]), "%"),),
        date=None,
        kind="outlook",
        subject=entity.en,
    )


_RANK_TAIL = re.compile(r"\s*(?:수준)?\s*(?:이다|였다|이었다|를 기록|으로 집계|로 집계)")


def _rank(text: str, si: int, analysis: Analysis, figures: Sequence[Figure], kind: str, ix: _Index) -> WholeLine | None:
    """The whole's rank in a scope, dated by its own month-end ("[month] 말 기준 [home]의 [whole] 규모는 세계 9위
    수준이다"): "South Korea's foreign-exchange reserves ranked ninth in the world at end-September 2026"."""
    s = analysis.sentences[si]
    whole, words = whole_data().wholes.get(kind, ("", ()))
    if not whole or not _home(text, s.start, s.end) or any(q in text[s.start : s.end] for q in _QUOTES):
        return None
    scopes = [(r[1], r[2]) for r in _part_rows() if r[0] == "rank" and len(r) >= 3]
    for k in ix.sentence(si):
        f = figures[k]
        if f.counter != "위" or not isinstance(f.value, float | int) or f.value != int(f.value) or f.high is not None:
            continue
        head = text[s.start : f.start]
        scope = next((en for ko, en in scopes if re.search(re.escape(ko) + r"\s*$", head)), None)
        if scope is None or not any(w in head for w in words) or not _RANK_TAIL.match(text, f.end):
            continue
        dates = [j for j in ix.sentence(si) if figures[j].kind == "date"]
        if len(dates) != 1 or not figures[dates[0]].en.strip().startswith("end-"):
            return None
        when = figures[dates[0]]
        about = "around " if f.en.startswith("about ") else ""  # "세계 9위 수준": about ninth
        return WholeLine(
            text=f"{whole} ranked {about}{ordinal(int(f.value))} {scope} at {when.en.strip()}.",
            sentence=si,
            figures=tuple(sorted((k, dates[0]))),
            position=f.start,
            values=((float(f.value), "rank"),),
            date=str(when.value),
            kind="rank",
        )
    return None


_CONSENSUS_REACH = 3  # sentences after the whole's growth where the forecast it is set against may stand


def _against_consensus(
    text: str, si: int, analysis: Analysis, figures: Sequence[Figure], growth: int, ix: _Index
) -> tuple[str, int] | None:
    """(", beating the market forecast of 0.4%", the forecast's figure) when a sentence just after the whole's growth
    sets it against a forecast written in brackets ("시장 예상치(0.4%)를 0.2%포인트 웃도는 수치다"), the verb
    agreeing with the two figures; else None."""
    d = whole_data()
    for later in range(si + 1, min(si + 1 + _CONSENSUS_REACH, len(analysis.sentences))):
        s = analysis.sentences[later]
        for ko, en in d.consensus:
            at = text.find(ko, s.start, s.end)
            if at < 0 or _in_quote(text, s.start, at):
                continue
            m = re.compile(r"\s*\(\s*").match(text, at + len(ko))
            if m is None:
                continue
            k = ix.at.get(m.end())
            if k is None or figures[k].unit != "%":
                break
            rest = text[figures[k].end : s.end]
            close = re.match(r"\s*\)\s*(?:를|을)\s*", rest)
            if close is None:
                break
            tail = rest[close.end() :]
            tail = re.sub(r"^[-+]?[0-9.]+\s*%\s*(?:포인트|p)?\s*", "", tail)
            beat = next(((kind, word) for stem, kind, word in d.beats if tail.startswith(stem)), None)
            if beat is None:
                break
            higher = _num(figures[growth]) > _num(figures[k])
            if (beat[0] == "beat") != higher or _num(figures[growth]) == _num(figures[k]):
                return None  # the verb and the figures disagree
            return f", {beat[1]} {en} of {figures[k].en}", k
    return None


def _run_of(
    text: str, analysis: Analysis, figures: Sequence[Figure], direction: str, ix: _Index
) -> tuple[int, int, str] | None:
    """(figure, count, span) of a run the whole moved that way, in the title or the first body sentence ("2개월
    연속 증가")."""
    found = _runs_in(text, figures, set(range(min(2, len(analysis.sentences)))), direction, ix)
    return found[0] if found else None


def _level_change(
    text: str, si: int, analysis: Analysis, figures: Sequence[Figure], kind: str, period: str, ix: _Index
) -> tuple[int, int, str] | None:
    """(level, change, up | down) of "[whole]이 N로 집계됐다" followed by a sentence of its change with no
    subject of its own ("한 달 전(M)보다 C 증가했다")."""
    d = whole_data()
    s = analysis.sentences[si]
    if si + 1 >= len(analysis.sentences) or not _dates_fit(si, figures, period, ix) or not _home(text, s.start, s.end):
        return None
    words = d.wholes.get(kind, ("", ()))[1]
    level = None
    for k in ix.sentence(si):
        f = figures[k]
        if f.kind != "money":
            continue
        head = text[max(s.start, f.start - 16) : f.start]
        if any(re.search(re.escape(w) + r"(?:은|는|이|가)\s*$", head) for w in words) and any(
            text.startswith(v, f.end) for v in d.levels.get(kind, ())
        ):
            level = k
        break
    if level is None:
        return None
    nxt = analysis.sentences[si + 1]
    amounts = [k for k in ix.sentence(si + 1) if figures[k].kind == "money"]
    for k in amounts:
        f = figures[k]
        head = text[nxt.start : f.start]
        if not _BEFORE_CHANGE.search(head) or any(_TOPIC_WORD.search(w) for w in head.split()):
            continue
        verb = _verb_at(text, f.end, nxt.end)
        if verb is not None and f.unit == figures[level].unit:
            return level, k, verb[0]
    return None


def _revision(
    text: str, si: int, analysis: Analysis, figures: Sequence[Figure], kind: str, period: str, ix: _Index
) -> WholeLine | None:
    """An earlier period's rate revised: "[quarter] 성장률은 속보치 A%에서 B%로 상향 수정됐다", "A%가 발표됐던
    [quarter] 성장률은 B%로 높아졌다": "South Korea's growth for Q2 2026 was revised up to B from A in the
    advance estimate"."""
    d = whole_data()
    rate = d.rates.get(kind)
    s = analysis.sentences[si]
    lo, hi = s.start, s.end
    if rate is None or rate[0] not in text[lo:hi] or _in_quote(text, lo, hi - 1):
        return None
    pcts = [k for k in ix.sentence(si) if figures[k].unit == "%"]
    if len(pcts) != 2:
        return None
    a, b = pcts
    if not re.match(r"\s*(?:으로|로)\s", text[figures[b].end : hi]):
        return None
    tail = text[figures[b].end : figures[b].end + 24]
    cue = next(((ko, dr) for ko, dr in d.revisions if ko in tail), None)
    if cue is None or (cue[1] == "up") != (_num(figures[b]) > _num(figures[a])):
        return None
    q = _Q.match(period)
    earlier = None
    for k in ix.sentence(si):
        f = figures[k]
        if f.kind != "date" or not re.match(r"^(?:--|\d{4}-)Q[1-4]$", str(f.value)):
            continue
        if text.find(rate[0], f.end, f.end + 8) >= 0:
            earlier = k
    if earlier is None or q is None:
        return None
    value = str(figures[earlier].value)
    quarter = int(value[-1])
    year = value[:4] if not value.startswith("--") else (q.group(1) if quarter < int(q.group(2)) else None)
    if year is None or f"{year}-Q{quarter}" == period:
        return None
    whole = d.wholes.get(kind, ("", ()))[0]
    owner = whole.replace(" economy", "").replace("'s", "") if whole.endswith("economy") else ""
    lead_end = analysis.sentences[min(3, len(analysis.sentences) - 1)].end
    if not owner or not _home(text, lo, hi) and not _home(text, analysis.sentences[0].start, lead_end):
        return None
    p = ix.period
    advance = " in the advance estimate" if any(x in text[lo:hi] for x in d.advances) else ""
    said = (
        f"{owner}'s {rate[1]} for Q{quarter} {year} was revised {cue[1]} to {figures[b].en}"
        f" from {figures[a].en}{advance}."
    )
    return WholeLine(
        text=said,
        sentence=si,
        figures=tuple(sorted({earlier, a, b} | ({p} if value[:4] != year and p is not None else set()))),
        position=figures[a].start,
        values=((float(figures[a].value), "%"), (float(figures[b].value), "%")),
        date=f"{year}-Q{quarter}",
        kind="revision",
    )


def whole_lines(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> list[WholeLine]:
    """English lines on the release's whole: its growth (with the year-on-year rate and the advance estimate),
    its level with the change the next sentence gives and the run of months it extends, an earlier period revised."""
    kind = release_kind(article, analysis)
    d = whole_data()
    if kind is None or kind not in d.wholes:
        return []
    period = _period(analysis, figures, kind)
    if period is None:
        return []
    text = article.text
    ix = _index(figures, period)
    whole = d.wholes[kind][0]
    body = [i for i in range(len(analysis.sentences)) if analysis.sentences[i].start >= len(article.title)]
    lead = body[:_BODY_LEAD]
    out: list[WholeLine] = []
    growths = [(si, g) for si in lead if (g := _growth_at(text, si, analysis, figures, kind, period, ix)) is not None]
    if growths:
        si, (k, base, _) = next(((si, g) for si, g in growths if g[1]), growths[0])
        advance = any(g[2] for _, g in growths)
        yoy = _year_on_year(text, si, analysis, figures, kind, ix)
        fig = figures[k]
        verb = "shrank" if _num(fig) < 0 else "grew"
        said = f"{whole} {verb} {_unsigned(fig.en)}{base}{period_phrase(period)}"
        cited = [k]
        if yoy is not None:
            said += f" and {_unsigned(figures[yoy].en)} from a year earlier"
            cited.append(yoy)
        against = _against_consensus(text, si, analysis, figures, k, ix)
        if against is not None and not any(t == against[1] for t in cited):
            said += against[0]
            cited.append(against[1])
        if advance:
            said += ", the advance estimate showed"
        p = ix.period
        out.append(
            WholeLine(
                text=said + ".",
                sentence=si,
                figures=tuple(sorted(cited + ([p] if p is not None else []))),
                position=fig.start,
                values=tuple((float(figures[c].value), "%") for c in cited),
                date=period,
                kind="growth",
            )
        )
    for si in lead:
        found = _level_change(text, si, analysis, figures, kind, period, ix)
        if found is None:
            continue
        level, change, direction = found
        lv, ch = figures[level], figures[change]
        when = next(
            (
                figures[k]
                for k in ix.sentence(si)
                if figures[k].kind == "date" and _of_period(str(figures[k].value), period)
            ),
            None,
        )
        at_end = when is not None and when.en.strip().startswith("end-")
        said = (
            f"{whole} {'rose' if direction == 'up' else 'fell'} {_unsigned(ch.en)} to {lv.en}"
            f"{' at ' + when.en.strip() if when is not None and at_end else period_phrase(period)}"
        )
        cited = [level, change]
        run = _run_of(text, analysis, figures, direction, ix)
        if run is not None:
            said += run_phrase(run[1], run[2], direction)
            cited.append(run[0])
        if when is not None:
            cited.append(next(k for k in ix.sentence(si) if figures[k] is when))
        out.append(
            WholeLine(
                text=said + ".",
                sentence=si,
                figures=tuple(sorted(cited)),
                position=lv.start,
                values=((float(lv.value), lv.unit), (float(ch.value), ch.unit)),
                date=period,
                kind="level",
            )
        )
        break
    for si in body:
        rev = _revision(text, si, analysis, figures, kind, period, ix)
        if rev is not None:
            out.append(rev)
        ranked = _rank(text, si, analysis, figures, kind, ix)
        if ranked is not None:
            out.append(ranked)
        outlook = _outlook(text, si, analysis, figures, kind, ix)
        if outlook is not None and _home(text, analysis.sentences[body[0]].start, analysis.sentences[lead[-1]].end):
            out.append(outlook)
    return out


@cache
def _frame_re() -> re.Pattern[str]:
    """A breakdown frame opening a sentence ("상표별로는", "자산별로 보면")."""
    frames = "|".join(re.escape(w) for w in sorted(release_data().frames, key=len, reverse=True))
    return re.compile(r"\s*[가-힣]+(?:" + frames + ")") if frames else re.compile(r"(?!)")


def breakdown_lost(text: str, analysis: Analysis, sentence: int, figure: Figure, subject_ko: str | None) -> bool:
    """Whether a fact of a breakdown sentence ("상표별로는 [A] 휘발유가 N원으로 가장 쌌고, [B] 주유소가 M원으로
    …") is said with a subject its figure's own clause does not name: the second-level subject (the brand, the
    region, the asset) is lost, and the line would give the figure to the topic noun."""
    if not 0 <= sentence < len(analysis.sentences):
        return False
    s = analysis.sentences[sentence]
    if not _frame_re().match(text, s.start, min(s.end, s.start + 24)):
        return False
    lo, _ = clause(text, figure, s.start, s.end)
    return bool(subject_ko) and (subject_ko or "") not in text[lo : figure.start]
