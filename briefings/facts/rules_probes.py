"""Bans and rules, probes and raids: events without figures that are often an article's whole point.

Read from the words of ``data/rules_probes.tsv`` (how Korean news writes these), with every argument checked;
a missing or unreadable argument means no event (the English never guesses):

- a probe (``probe`` rows: 압수수색, 수사에 착수, 기소, 검찰에 고발): the agency is the gazetteer organisation that
  opens the sentence as its subject, possibly through a head noun and an aside ("A지검 B부(부장검사 C)는"); the
  target a company named between them and the trigger, followed by a particle or a site word ("X 본사와 …에",
  "X 법인을"), not by a person word ("X 임원"); the verb after the trigger says it was done or decided
  ("압수수색을 벌였다", "고발하기로 했다"), anything else ("압수수색 소식이", "조사할 방침") is no event; what it
  is about from the words before 혐의/의혹, in its sentence or in a title that names the same trigger; an alleged
  sum ("부당이득 약 N원") in a sentence that names the target and says the sum is alleged; the company's answer
  ("성실히 협조하겠다") when a later sentence has the company say it.
- a ban (``ban`` rows): who bans (the opening subject), the activity and the product ("X을 판매하는 것을 금지",
  "X 판매를 금지"), to whom ("…에게") and where ("…에서"), each phrase read whole from its rows, else no ban; when
  it takes effect ("N일부터 시행된다") and the cap of the penalty for breaking it ("수입의 최대 N%까지 과징금") are
  their own lines, each with its figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.facts.attribution import EntityMention, Mentions, analysis_mentions
from briefings.facts.events import background_words, charge_terms, lexicon
from briefings.lexicon import _rows
from briefings.model import Analysis, Article, Figure, Token

_AGENCY_TYPES = frozenset({"org"})
_BANNER_TYPES = frozenset({"org", "country"})
_TARGET_TYPES = frozenset({"company", "bank"})
_ASIDE = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"\S+")
_QUOTES = "'‘’\"“”"
_ALLEGED = re.compile(r"(?:혐의|의혹)")
_JOIN = re.compile(r"\s*(?:와|과|및|,)\s*")
_OBJECT_PARTICLE = re.compile(r"(?:을|를|에 대한|에 대해|에게|에|와|과|및|,|\s+등)")
_BEFORE_VERB = re.compile(r"(?:을|를|에|에도)?\s*")
_CLOSE_QUOTES = "\"”'’"
_SAID_AFTER = re.compile(r"(?:이?라)?고\s+")
_OPEN_QUOTES = "\"“'‘"
_PROBE_WORDS = ("수사", "조사")  # what a quote must say the company cooperates with
_SAY_REACH = 8  # sentences after a probe where the company's answer may stand
_GAIN_REACH = 4  # sentences after a probe where its alleged sum may stand
_GAIN_GAP = 6  # characters between a sum's noun and its figure
_EFFECT_REACH = 3  # sentences after a ban where the day it takes effect may stand
_CAP_REACH = 6  # sentences after a ban where the cap of its penalty may stand


@cache
def _table() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """``rules_probes.tsv`` by part: (ko, en, note) rows, longest Korean first."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in _rows("rules_probes.tsv"):
        if len(r) >= 3 and r[1]:
            out.setdefault(r[0], []).append((r[1], r[2], r[3] if len(r) > 3 else "-"))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


def _part(part: str) -> tuple[tuple[str, str, str], ...]:
    return _table().get(part, ())


@cache
def _words_of(part: str) -> dict[tuple[str, ...], tuple[str, str]]:
    """A part's rows keyed by their words (for phrases read word by word): (en, note)."""
    return {tuple(ko.split()): (en, note) for ko, en, note in _part(part)}


@cache
def _topics() -> dict[tuple[str, ...], str]:
    """What a probe is about: the topic rows of ``events_terms.tsv`` and of ``rules_probes.tsv``."""
    out = {tuple(r[0].split()): r[1] for r in _rows("events_terms.tsv") if len(r) >= 4 and r[3] == "topic"}
    out.update({k: v[0] for k, v in _words_of("topic").items()})
    return out


@cache
def _trigger_pattern(part: str) -> re.Pattern[str]:
    words = sorted((ko for ko, _, _ in _part(part)), key=len, reverse=True)
    alts = "|".join(r"\s*".join(re.escape(w) for w in ko.split()) for ko in words)
    return re.compile(rf"(?<![가-힣A-Za-z0-9])(?:{alts})")


def _masked(text: str) -> str:
    """The text with every bracketed aside blanked (same length, so offsets hold): an aside names no argument."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


def _read(words: Sequence[str], part: str) -> list[tuple[str, str]] | None:
    """The rows of ``part`` that make up all of ``words`` (longer keys first), else None."""
    table = _words_of(part)
    found: list[tuple[str, str]] = []
    k = len(words)
    while k > 0:
        for n in (3, 2, 1):
            row = table.get(tuple(words[k - n : k])) if k - n >= 0 else None
            if row is not None:
                found.insert(0, row)
                k -= n
                break
        else:
            return None
    return found


def _topic(words: Sequence[str]) -> str | None:
    words = [w.strip(_QUOTES) for w in words]
    for n in (3, 2, 1):
        if len(words) >= n and (t := _topics().get(tuple(words[-n:]))) is not None:
            return t
    return None


def topic_before(text: str, lo: int, hi: int) -> str | None:
    """What a probe is about: the words right before the last 혐의/의혹 between ``lo`` and ``hi`` ("'미공개정보 이용
    의혹'", "담합 혐의로"), when they are a topic row; else None."""
    found = None
    for m in _ALLEGED.finditer(text, lo, hi):
        topic = _topic(text[lo : m.start()].split())
        found = topic or found
    return found


def _opening_subject(
    text: str, tokens: Sequence[Token], mentions: Sequence[EntityMention], lo: int, hi: int, types: frozenset[str]
) -> tuple[EntityMention, int] | None:
    """The gazetteer name of ``types`` that is the subject opening a sentence ("금융위원회가", "A지검 B부(…)는"):
    the first subject particle before ``hi`` (asides skipped), with no ending or particle between the name and it;
    returns the name and where its subject phrase ends."""
    masked = _masked(text[lo:hi])
    marker = None
    for t in tokens:
        if t.start >= hi:
            break
        if t.start < lo or masked[t.start - lo] == " ":
            continue
        if t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")):
            marker = t
            break
    if marker is None:
        return None
    before = [x for x in mentions if lo <= x.start and x.end <= marker.start and masked[x.start - lo] != " "]
    if not before:
        return None
    name = before[-1]
    if name.entity.type not in types:
        return None
    between = [t for t in tokens if name.end <= t.start < marker.start and masked[t.start - lo] != " "]
    if any(t.tag.startswith(("J", "E")) for t in between):
        return None
    return name, marker.end


@cache
def _hedges() -> tuple[str, ...]:
    return lexicon().hedges


def _day_before(dates: Sequence[tuple[int, Figure]], lo: int, pos: int, text: str) -> int | None:
    """The last day figure (``dates``: the sentence's, index and figure) before ``pos`` that dates what happened,
    not a span's bound ("5월부터")."""
    found = None
    for i, f in dates:
        if not lo <= f.start < pos:
            continue
        if isinstance(f.value, str) and len(f.value) == 10 and not text.startswith(("부터", "까지"), f.end):
            found = i
    return found


def _dated_otherwise(dates: Sequence[tuple[int, Figure]], lo: int, pos: int, text: str) -> bool:
    """Whether a date figure before ``pos`` that is no day ("지난 9월", "지난해") dates the act: another time than
    the news; a span's bound ("5월부터") is not its date."""
    return any(
        lo <= f.start < pos
        and not (isinstance(f.value, str) and len(f.value) == 10)
        and not text.startswith(("부터", "까지"), f.end)
        for _, f in dates
    )


# --------------------------------------------------------------------------- probes


@dataclass(frozen=True)
class Probe:
    """A probe done or decided: ``verb`` its English with ``{what}`` (the target, said with its site)."""

    sentence: int
    start: int
    end: int
    verb: str
    agency: str
    targets: tuple[str, ...]
    site: str | None = None  # "headquarters": the target's place the probe went to
    others: bool = False  # other places too ("본사와 … 등 5곳")
    topic: str | None = None  # "suspected insider trading"
    date: int | None = None


@dataclass(frozen=True)
class ProbeSum:
    """An alleged sum a probe is about ("부당이득 약 N원 … 혐의"): ``noun`` its English ("illegal gains")."""

    sentence: int
    figure: int
    noun: str


@dataclass(frozen=True)
class ProbeAnswer:
    """The probed company's answer in a later sentence ("성실히 협조하겠다고 밝혔다")."""

    sentence: int
    company: str
    said: str


def _done(text: str, end: int, sentence_end: int) -> str | None:
    """past | will: how the verb right after a trigger says the act was done or decided; None otherwise."""
    m = _BEFORE_VERB.match(text, end, sentence_end)
    at = m.end() if m else end
    for ko, en, _ in _part("done"):
        if text.startswith(ko, at):
            return en
    return None


def _targets(
    text: str, masked: str, lo: int, mentions: Sequence[EntityMention], start: int, end: int
) -> tuple[tuple[str, ...], str | None, bool] | None:
    """The companies a probe is of, named between ``start`` and ``end`` (coordinated names together), their
    site ("본사") and whether other places are named with it; None when the first one names a person of it."""
    here = [x for x in mentions if start <= x.start and x.end <= end and masked[x.start - lo] != " "]
    sites = _part("site")
    persons = tuple(ko for ko, _, _ in _part("person"))
    for k, first in enumerate(here):
        owned = first.entity.type == "product" and bool(first.entity.owner)
        if first.entity.type not in _TARGET_TYPES and not owned:
            continue
        group = [first]
        for x in here[k + 1 :]:
            gap = _JOIN.fullmatch(text, group[-1].end, x.start)
            if gap is None or x.entity.type not in _TARGET_TYPES:
                break
            group.append(x)
        at = group[-1].end
        rest = text[at:end].lstrip()
        at = end - len(rest)
        if rest.startswith(persons):
            return None  # "X 임원 자택", "X 임원과 Y 본사": people of a company are probed, the line would drop them
        if rest.startswith("의 "):
            continue  # "X의 시세조종 혐의와 관련해 X 본사를": an act of the company, not the place probed
        site, site_read = None, False
        for ko, en, _ in sites:
            if rest.startswith(ko):
                site, site_read = None if en == "-" else en, True
                at += len(ko)
                break
        if not _OBJECT_PARTICLE.match(text, at, end):
            return None
        if owned and (len(group) > 1 or not site_read):
            return None  # a brand stands for its company only through a site word: "배민 법인을", "배민 본사"
        others = site is not None and ("등" in text[at:end].split() or text.startswith(("와", "과"), at))
        names = [x.entity.owner if owned and x.entity.owner else x.entity.en for x in group]
        return tuple(dict.fromkeys(names)), site, others
    return None


def probes(
    article: Article, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None = None
) -> list[Probe]:
    """The probes of an article, first mention of each (agency, verb, target) kept."""
    text = article.text
    pattern = _trigger_pattern("probe")
    if not analysis.tokens or len(analysis.tokens) != len(analysis.sentences) or pattern.search(text) is None:
        return []  # no Kiwi analysis, or no trigger: nothing is read (the gazetteer is not scanned)
    every = analysis_mentions(text, analysis) if mentions is None else mentions
    verbs = {re.sub(r"\s+", "", ko): (en, note) for ko, en, note in _part("probe")}
    dates_of: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        if f.kind == "date":
            dates_of.setdefault(f.sentence, []).append((i, f))
    title = re.sub(r"\s+", "", article.title)
    out: list[Probe] = []
    seen: set[tuple[object, ...]] = set()
    for si, (sentence, tokens) in enumerate(zip(analysis.sentences, analysis.tokens, strict=True)):
        body = text[sentence.start : sentence.end]
        if _hedged(body):
            continue
        for m in pattern.finditer(text, sentence.start, sentence.end):
            tense = _done(text, m.end(), sentence.end)
            if tense is None:
                continue
            key = re.sub(r"\s+", "", m.group())
            en, will = verbs[key]
            if tense == "will":
                if will in ("-", ""):
                    continue
                en = will
            subject = _opening_subject(text, tokens, every[si], sentence.start, m.start(), _AGENCY_TYPES)
            if subject is None:
                continue
            agency, subject_end = subject
            masked = _masked(body)
            found = _targets(text, masked, sentence.start, every[si], subject_end, m.start())
            if found is None:
                continue
            targets, site, others = found
            if agency.entity.en in targets:
                continue
            topic = topic_before(text, subject_end, m.start())
            if topic is None and key in title:
                topic = topic_before(article.title, 0, len(article.title))
            date = _day_before(dates_of.get(si, ()), sentence.start, m.start(), text) if tense == "past" else None
            if date is None and tense == "past" and any(w in body for w in background_words()):
                continue  # "앞서 … 압수수색했다": an undated past probe would read as the news
            if tense == "past" and _dated_otherwise(dates_of.get(si, ()), sentence.start, m.start(), text):
                continue  # "지난 9월 … 고발했다": a probe of a past month or year is background, not the news
            ident = (en, targets)  # one raid of one target per article, whichever name of the agency tells it
            if ident in seen:
                continue
            seen.add(ident)
            out.append(Probe(si, m.start(), m.end(), en, agency.entity.en, targets, site, others, topic, date))
    return out


def _hedged(body: str) -> bool:
    """A report of a probe, not the probe ("…한 것으로 알려졌다"); 혐의/의혹 name what it is about and hedge nothing."""
    plain = _ALLEGED.sub(" ", body)
    return any(h in plain for h in _hedges())


def probe_sums(article: Article, analysis: Analysis, figures: Sequence[Figure], probe: Probe) -> ProbeSum | None:
    """The alleged sum of a probe: a money figure next to a ``gain`` noun, in the probe's sentence or one of the
    next, in a sentence that names a target and says the sum is alleged (``allege`` rows); else None."""
    text = article.text
    gains = _part("gain")
    alleges = tuple(ko for ko, _, _ in _part("allege"))
    names = _target_names(probe)
    last = min(len(analysis.sentences), probe.sentence + _GAIN_REACH + 1)
    for si in range(probe.sentence, last):
        s = analysis.sentences[si]
        body = text[s.start : s.end]
        if not any(a in body for a in alleges) or not any(n in body for n in names):
            continue
        for i, f in enumerate(figures):
            if f.sentence != si or f.kind != "money":
                continue
            for ko, en, _ in gains:
                before = text[max(s.start, f.start - len(ko) - _GAIN_GAP) : f.start]
                after = text[f.end : min(s.end, f.end + 3 + len(ko))]
                if before.rstrip().endswith(ko) or re.match(rf"의?\s*{re.escape(ko)}", after):
                    return ProbeSum(si, i, en)
    return None


@cache
def _korean_names() -> dict[str, tuple[str, ...]]:
    from briefings.lexicon import glossary

    out: dict[str, list[str]] = {}
    for e in glossary():
        out.setdefault(e.en, []).append(e.ko)
    return {k: tuple(v) for k, v in out.items()}


def _target_names(probe: Probe) -> tuple[str, ...]:
    return tuple(ko for en in probe.targets for ko in _korean_names().get(en, ()))


def probe_answer(article: Article, analysis: Analysis, probe: Probe) -> ProbeAnswer | None:
    """The probed company's answer: a later sentence opened by the company (its name, or "이 회사는") whose quote
    holds a ``respond`` cue and is said (``said`` rows) after it; else None."""
    if len(probe.targets) != 1:
        return None
    text = article.text
    names = _target_names(probe)
    openers = tuple(ko for ko, _, _ in _part("responder"))
    saids = tuple(ko for ko, _, _ in _part("said"))
    last = min(len(analysis.sentences), probe.sentence + _SAY_REACH + 1)
    for si in range(probe.sentence + 1, last):
        s = analysis.sentences[si]
        body = text[s.start : s.end].lstrip()
        opens = body.startswith(openers) or any(
            re.match(rf"{re.escape(n)}\s*(?:측|관계자|측 관계자)?\s*(?:은|는)\s", body) for n in names
        )
        if not opens:
            continue
        for ko, en, _ in _part("respond"):
            at = body.find(ko)
            closes = [c for q in _CLOSE_QUOTES if (c := body.find(q, at)) >= 0] if at >= 0 else []
            said = _SAID_AFTER.match(body, min(closes) + 1) if closes else None
            opened = max((body.rfind(q, 0, at) for q in _OPEN_QUOTES), default=-1)
            if opened < 0 or not any(w in body[opened:at] for w in _PROBE_WORDS):
                continue  # "정부 정책에 적극 협조하겠다": cooperation with something else than the probe
            if said is not None and body.startswith(saids, said.end()):
                return ProbeAnswer(si, probe.targets[0], en)
    return None


@dataclass(frozen=True)
class ProbeSeizure:
    """What a raid took, said by the sentence after it ("회계 장부와 … 등을 확보했다"): who took it, the items."""

    sentence: int
    who: str
    items: tuple[str, ...]
    more: bool  # "등": other things too


_SEIZE_REACH = 2  # sentences after a raid where what it took may stand
_ITEM_SPLIT = re.compile(r"\s*(?:,|와\s|과\s|및\s)\s*")


def probe_seizure(
    article: Article, analysis: Analysis, probe: Probe, mentions: Mentions | None = None
) -> ProbeSeizure | None:
    """What a raid took: a sentence right after it, opened by an organisation, whose object of a ``seize`` verb is
    a list of ``seized`` items, each read whole ("회계 장부와 이사회 의사록 등을 확보했다" -> "accounting records,
    board minutes and other materials"); else None."""
    if "raided" not in probe.verb:
        return None
    text = article.text
    every = analysis_mentions(text, analysis) if mentions is None else mentions
    verbs = tuple(ko for ko, _, _ in _part("seize"))
    table = _words_of("seized")
    last = min(len(analysis.sentences), probe.sentence + _SEIZE_REACH + 1)
    for si in range(probe.sentence + 1, last):
        s = analysis.sentences[si]
        body = text[s.start : s.end]
        at = next((body.find(v) for v in verbs if body.find(v) >= 0), -1)
        if at < 0:
            continue
        subject = _opening_subject(text, analysis.tokens[si], every[si], s.start, s.start + at, _AGENCY_TYPES)
        if subject is None:
            return None
        head = text[subject[1] : s.start + at].strip()
        m = re.search(r"(?:을|를)$", head)
        if m is None:
            return None
        listed = head[: m.start()].rstrip()
        more = listed.endswith(" 등") or listed == "등"
        listed = listed[:-2].rstrip() if more else listed
        words = listed.split()
        while words and _DAY_WORD.fullmatch(words[0]):
            words = words[1:]  # "이날", "같은 날": when, not what
        items: list[str] = []
        for part in _ITEM_SPLIT.split(" ".join(words) + " "):
            part = part.strip()
            if not part:
                continue
            row = table.get(tuple(part.split()))
            if row is None:
                return None
            items.append(row[0])
        if not items:
            return None
        return ProbeSeizure(si, subject[0].entity.en, tuple(dict.fromkeys(items)), more)
    return None


_DAY_WORD = re.compile(r"이날|당일|같은|날|현장에서")


# --------------------------------------------------------------------------- bans


@dataclass(frozen=True)
class Ban:
    """A ban: who, its verb ("will ban"), what ("the sale of complex equity-linked securities (ELS)"), to whom
    and where (English phrases, "" when the sentence names none), from when (a date figure, or None)."""

    sentence: int
    start: int
    end: int
    who: str
    verb: str
    what: str
    whom: str = ""
    venue: str = ""
    since: int | None = None


@dataclass(frozen=True)
class RuleEffect:
    """When a rule takes effect ("개정안은 … N일부터 시행된다"): its subject in English and the date figure."""

    sentence: int
    subject: str
    date: int


@dataclass(frozen=True)
class RuleNotice:
    """A rule's draft published for comment ("개정안을 24일 입법예고했다"): who, its English verb phrase, the date."""

    sentence: int
    who: str
    said: str
    date: int | None


@dataclass(frozen=True)
class PenaltyCap:
    """The cap of the penalty for breaking a rule ("수입의 최대 50%까지 과징금"): the figure and its base."""

    sentence: int
    figure: int
    base: str


_ACT_VERB = re.compile(r"(?:을|를)\s+(?P<act>[가-힣]+?)하는\s+것을\s*$")
_ACT_NOUN = re.compile(r"(?:의)?\s+(?P<act>[가-힣]+?)(?:를|을)\s*$")
_ABBR = re.compile(r"^(?P<word>[가-힣]+)\((?P<abbr>[A-Za-z][A-Za-z0-9&-]{0,9})\)$")
_AGE = re.compile(r"^[0-9]+세$")
_AGE_BOUND = frozenset({"이상", "이하", "미만", "초과"})
_PHRASE_END = re.compile(r"(?P<word>\S+?)(?P<p>에게|에서)$")


def _product(text: str, lo: int, end: int) -> tuple[str, int] | None:
    """The product phrase ending at ``end`` read backwards from ``product`` rows (a Latin abbreviation in brackets
    after its head kept: "고난도 주가연계증권(ELS)" -> "complex equity-linked securities (ELS)"), and where it
    starts; None when its head is not a row."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, end)]
    if not words:
        return None
    abbr = ""
    last_at, last = words[-1]
    m = _ABBR.match(last)
    if m is not None:
        abbr, words[-1] = m.group("abbr"), (last_at, m.group("word"))
    table = _words_of("product")
    k = len(words)
    found: list[str] = []
    while k > 0:
        for n in (2, 1):
            row = table.get(tuple(w for _, w in words[k - n : k])) if k - n >= 0 else None
            if row is not None:
                found.insert(0, row[0])
                k -= n
                break
        else:
            break
    if not found:
        return None
    said = " ".join(found) + (f" ({abbr})" if abbr else "")
    return said, words[k][0]


def _bounded(tokens: Sequence[Token], at: int, lo: int) -> bool:
    """Whether a phrase starting at ``at`` stands whole: at the clause's start (``lo``), or after an adnominal
    ending or a particle ("위험이 큰 고난도 …": what precedes describes it, is no word of its name)."""
    if at <= lo:
        return True
    before = [t for t in tokens if t.end <= at]
    if not before:
        return True
    t = before[-1]
    if t.end <= lo:
        return True
    return t.tag == "ETM" or t.tag.startswith(("J", "S"))


def _region(
    text: str, lo: int, hi: int, dates: Sequence[tuple[int, Figure]]
) -> tuple[str, str, int | None, int] | None:
    """The phrases between a ban's subject and its product: "X에게" (whom) and "Y에서" (where), each read whole,
    the sentence's date figures (``dates``: index, figure) skipped, one followed by 부터 its start ("내년 4월부터":
    ``since``); returns (whom, venue, since, where the rest starts: what describes the product). None when a
    phrase is not read."""
    whom, venue = "", ""
    since = next((i for i, f in dates if lo <= f.start < hi and text.startswith("부터", f.end)), None)
    words = list(_WORD.finditer(text, lo, hi))
    start = 0
    rest = lo
    for k, w in enumerate(words):
        pm = _PHRASE_END.match(w.group())
        if pm is None:
            continue
        phrase = [(x.start(), x.group()) for x in words[start:k]] + [(w.start(), pm.group("word"))]
        kept = [word for at, word in phrase if not any(f.start <= at < f.end for _, f in dates)]
        if pm.group("p") == "에게":
            ages = [j for j, word in enumerate(kept) if _AGE.match(word)]
            read = [word for j, word in enumerate(kept) if j not in ages and not (j - 1 in ages and word in _AGE_BOUND)]
            rows = _read(read, "whom")
            if rows is None or (ages and not any(note == "age" for _, note in rows)):
                return None  # "65세 이상 투자자": an age only a figure could say
            whom = " ".join(en for en, _ in rows)
        else:
            rows = _read(kept, "venue")
            if rows is None:
                return None
            venue = " ".join(en for en, _ in rows)
        start = k + 1
        rest = w.end()
    return whom, venue, since, rest


def bans(
    article: Article, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None = None
) -> list[Ban]:
    """The bans of an article (first of each who and what)."""
    text = article.text
    pattern = _trigger_pattern("ban")
    if not analysis.tokens or len(analysis.tokens) != len(analysis.sentences) or pattern.search(text) is None:
        return []  # no Kiwi analysis, or no trigger: nothing is read (the gazetteer is not scanned)
    every = analysis_mentions(text, analysis) if mentions is None else mentions
    tenses = _part("ban_tense")
    activities = _words_of("activity")
    dates_of: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        if f.kind == "date":
            dates_of.setdefault(f.sentence, []).append((i, f))
    out: list[Ban] = []
    seen: set[tuple[str, str]] = set()
    for si, (sentence, tokens) in enumerate(zip(analysis.sentences, analysis.tokens, strict=True)):
        body = text[sentence.start : sentence.end]
        if any(h in body for h in _hedges()):
            continue
        for m in pattern.finditer(text, sentence.start, sentence.end):
            verb = next((en for ko, en, _ in tenses if text.startswith(ko, m.end())), None)
            if verb is None:
                continue
            if verb == "banned" and _dated_otherwise(dates_of.get(si, ()), sentence.start, m.start(), text):
                continue  # "2019년 … 금지했다": a ban of another year is background
            subject = _opening_subject(text, tokens, every[si], sentence.start, m.start(), _BANNER_TYPES)
            if subject is None:
                continue
            who, subject_end = subject
            head, late = text[subject_end : m.start()], None
            for i, f in dates_of.get(si, ()):  # "사용을 내년 1월부터 금지": the start written before the trigger
                if subject_end <= f.start and re.fullmatch(r"부터\s*", text[f.end : m.start()]):
                    head, late = text[subject_end : f.start], i
            act = _ACT_VERB.search(head) or _ACT_NOUN.search(head)
            if act is None or (act.group("act"),) not in activities:
                continue
            product_end = subject_end + act.start()
            found = _product(text, subject_end, product_end)
            if found is None:
                continue
            what, product_start = found
            region = _region(text, subject_end, product_start, dates_of.get(si, ()))
            if region is None:
                continue
            whom, venue, since, rest = region
            since = late if late is not None else since
            if not _bounded(tokens, product_start, rest):
                continue  # a noun before the product that is no row: a part of its name unread
            said = f"{activities[(act.group('act'),)][0]} {what}"
            if (who.entity.en, said) in seen:
                continue
            seen.add((who.entity.en, said))
            out.append(Ban(si, m.start(), m.end(), who.entity.en, verb, said, whom, venue, since))
    return out


def rule_effect(article: Article, analysis: Analysis, figures: Sequence[Figure], ban: Ban) -> RuleEffect | None:
    """When the rule of a ban takes effect: a date figure followed by 부터 … 시행 in the ban's sentence or one of
    the next, its subject an ``effect`` row or none ("The rules"); a subject that is no row gives None."""
    text = article.text
    last = min(len(analysis.sentences), ban.sentence + _EFFECT_REACH + 1)
    subjects = _part("effect")
    for si in range(ban.sentence, last):
        s = analysis.sentences[si]
        for i, f in enumerate(figures):
            if f.sentence != si or f.kind != "date" or not re.match(r"부터\s*시행", text[f.end : f.end + 8]):
                continue
            body = text[s.start : f.start].lstrip()
            first = body.split()[0] if body.split() else ""
            if first.endswith(("은", "는")):
                word = first[:-1]
                subject = next((en for ko, en, _ in subjects if ko == word), None)
                if subject is None:
                    return None
            else:
                subject = "The rules"
            return RuleEffect(si, subject, i)
    return None


def penalty_cap(article: Article, analysis: Analysis, figures: Sequence[Figure], ban: Ban) -> PenaltyCap | None:
    """The cap of the fine for breaking a ban: a percentage written "최대 N%" right before 과징금 in a sentence that
    says it is for a breach (``violate`` rows), after its base ("수입의": ``base`` rows); else None."""
    text = article.text
    last = min(len(analysis.sentences), ban.sentence + _CAP_REACH + 1)
    violate = tuple(ko for ko, _, _ in _part("violate"))
    bases = _words_of("base")
    for si in range(ban.sentence, last):
        s = analysis.sentences[si]
        for i, f in enumerate(figures):
            if f.sentence != si or f.kind != "percent" or not f.en.startswith("up to "):
                continue
            if not re.match(r"(?:까지)?\s*(?:의\s*)?과징금", text[f.end : f.end + 8]):
                continue
            if not any(v in text[s.start : f.start] for v in violate):
                continue
            before = text[s.start : f.start].split()
            if not before or not before[-1].endswith("의"):
                continue
            words = [*before[:-1], before[-1][:-1]]
            for n in (2, 1):
                row = bases.get(tuple(words[-n:])) if len(words) >= n else None
                if row is not None:
                    return PenaltyCap(si, i, row[0])
    return None


# --------------------------------------------------------------------------- fines on described parties


@dataclass(frozen=True)
class FinedParty:
    """A fined party the text describes with a count ("글로벌 투자은행(IB) 2곳에"): its English ("two global
    investment banks"), the count's figure, whether it is foreign; and whether the fine is a record."""

    said: str
    figure: int
    foreign: bool
    record: bool


_PARTY_GAP = re.compile(r"\s*에\s")
_RECORD_OF_FINE = r"\s*(?:규모의|규모인|수준의|인)?\s*(?:과징금|벌금|제재금|과태료)"  # "역대 최대 규모의 과징금"
_MONEY = re.compile(r"[0-9][0-9,.]*\s*(?:만|억|조)?\s*(?:원|달러|위안|엔|유로)")
_ADNOMINAL_END = ("한", "된", "는", "은", "인", "던")  # a relative clause before a phrase ("공매도를 한 …")
_ADVERBIAL_END = ("에서", "에는", "에게", "으로", ",")  # an adverbial before it ("정례회의에서 …")


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos) + 1, text.rfind("\n", 0, pos) + 1, 0)


def _sentence_end(text: str, pos: int) -> int:
    ends = [e for e in (text.find(". ", pos), text.find(".\n", pos), text.find("\n", pos)) if e >= 0]
    return min(ends) + 1 if ends else len(text)


def fined_party(text: str, figures: Sequence[Figure], trigger: int) -> FinedParty | None:
    """The party of a fine whose trigger starts at ``trigger``, described with its count right before 에 ("무차입
    공매도를 한 글로벌 투자은행(IB) 2곳에 과징금 … 부과"): every word of it a ``party`` row (a bracketed abbreviation
    dropped), what precedes it a relative clause or the clause's start; else None. When another sentence describes
    the same number of the same kind more fully ("홍콩 소재 외국계 IB 2곳의"), that description is said."""
    lo = _sentence_start(text, trigger)
    for i, f in enumerate(figures):
        if f.kind != "count" or not lo <= f.start < trigger or not _PARTY_GAP.match(text, f.end):
            continue
        own = _party_words(text, f)
        if own is None:
            return None
        fuller = [
            found
            for g in figures
            if g.kind == "count" and g.value == f.value and g.surface == f.surface and g is not f
            for found in (_party_words(text, g),)
            if found is not None and found[1][-1] == own[1][-1] and len(found[1]) > len(own[1])
        ]
        count, terms = max(fuller, key=lambda x: len(x[1])) if fuller else own
        said = " ".join(dict.fromkeys(en for en, _ in terms))
        foreign = any(n == "foreign" for _, n in (*terms, *own[1]))
        return FinedParty(f"{count} {said}", i, foreign, _record(text, trigger))
    return _listed_party(text, figures, lo, trigger)


_LISTED = re.compile(r"(?<!\S)(?P<list>[^\s·,()]+(?:\s*[·,]\s*[^\s·,()]+)+)의\s")


def _listed_party(text: str, figures: Sequence[Figure], lo: int, trigger: int) -> FinedParty | None:
    """Parties listed as whose conduct is fined ("A·B·C·D의 부당한 공동행위(담합)를 적발해 … 과징금"), told by the
    description another sentence gives the same number of parties ("국내 시멘트 업체 4곳이"); else None."""
    for m in _LISTED.finditer(text, lo, trigger):
        if charge_terms(text, m.end(), trigger) is None:
            continue  # the list must be whose charge it is
        n = len(re.split(r"\s*[·,]\s*", m.group("list")))
        described = [
            (i, found)
            for i, g in enumerate(figures)
            if g.kind == "count" and g.value == n
            for found in (_party_words(text, g),)
            if found is not None
        ]
        if not described:
            return None
        i, (count, terms) = max(described, key=lambda x: len(x[1][1]))
        said = " ".join(dict.fromkeys(en for en, _ in terms))
        return FinedParty(f"{count} {said}", i, any(note == "foreign" for _, note in terms), _record(text, trigger))
    return None


def _party_words(text: str, f: Figure) -> tuple[str, list[tuple[str, str]]] | None:
    """The English count and the ``party`` terms of the words right before a count figure ("외국계 IB 2곳"), all
    of them read up to a relative clause or the sentence's start; else None."""
    digits = re.match(r"([0-9]+)\s*(\S*)$", f.surface)
    counters = tuple(ko for ko, _, _ in _part("count"))
    numbers = _words_of("number")
    if digits is None or digits.group(2) not in counters or (digits.group(1),) not in numbers:
        return None
    lo = _sentence_start(text, f.start)
    words = [w for w in (_ASIDE.sub("", w) for w in text[lo : f.start].split()) if w]
    table = _words_of("party")
    k = len(words)
    found: list[tuple[str, str]] = []
    while k > 0:
        for n in (2, 1):
            row = table.get(tuple(words[k - n : k])) if k - n >= 0 else None
            if row is not None:
                found.insert(0, row)
                k -= n
                break
        else:
            break
    if not found or (k > 0 and not words[k - 1].endswith((*_ADNOMINAL_END, *_ADVERBIAL_END))):
        return None
    return numbers[(digits.group(1),)][0], found


def _record(text: str, trigger: int) -> bool:
    """Whether the fine's sentence, or the sentence right after it, says its sum is a record (``record`` rows) with no
    sum of its own to compare with ("N원 이후 최대 규모": the largest since that one, no record)."""
    end = _sentence_end(text, trigger)
    rows = tuple(ko for ko, _, _ in _part("record"))
    own = text[_sentence_start(text, trigger) : end]
    if any(re.search(rf"{re.escape(r)}{_RECORD_OF_FINE}", own) for r in rows):
        return True  # "역대 최대 규모의 과징금": the fine itself (not "역대 최대 매출을 올린 X에 과징금")
    after = text[end : _sentence_end(text, end + 1)]
    return any(r in after for r in rows) and _MONEY.search(after) is None


def fine_record(text: str, trigger: int) -> bool:
    """Whether the fine whose trigger starts at ``trigger`` is a record, as its sentence or the next says."""
    return _record(text, trigger)


def home_name(name: str) -> str | None:
    """A regulator's name said with its country (``home`` rows), when other countries' regulators share it."""
    return next((en for ko, en, _ in _part("home") if ko == name), None)


_DRAFT_OBJECT = re.compile(r"(?P<object>\S+?)(?:을|를)\s*$")


def rule_notice(
    article: Article, analysis: Analysis, figures: Sequence[Figure], ban: Ban, mentions: Mentions | None = None
) -> RuleNotice | None:
    """The draft of a ban's rule published for comment, by the ban's actor, in the ban's sentence or one of the next
    (``notice`` rows, its object a ``draft`` row: "개정안을 24일 입법예고했다" -> "published the draft amendment for
    public comment on 24 November 2026"); else None."""
    text = article.text
    pattern = _trigger_pattern("notice")
    verbs = {re.sub(r"\s+", "", ko): en for ko, en, _ in _part("notice")}
    drafts = {ko: en for ko, en, _ in _part("draft")}
    last = min(len(analysis.sentences), ban.sentence + _EFFECT_REACH + 1)
    every = analysis_mentions(text, analysis) if mentions is None else mentions
    for si in range(ban.sentence, last):
        s = analysis.sentences[si]
        for m in pattern.finditer(text, s.start, s.end):
            if _done(text, m.end(), s.end) != "past":
                continue
            subject = _opening_subject(text, analysis.tokens[si], every[si], s.start, m.start(), _BANNER_TYPES)
            if subject is None or subject[0].entity.en != ban.who:
                continue
            dates = [(i, f) for i, f in enumerate(figures) if f.sentence == si and f.kind == "date"]
            head = text[subject[1] : m.start()]
            for _, f in dates:  # the date between the object and the verb ("개정안을 24일 입법예고")
                if subject[1] <= f.start < m.start():
                    head = text[subject[1] : f.start]
            obj = _DRAFT_OBJECT.search(head.rstrip() + " ")
            if obj is None:
                continue
            word = obj.group("object").strip(_QUOTES)
            said = drafts.get(word)
            if said is None:
                continue
            date = _day_before(dates, s.start, m.start(), text)
            return RuleNotice(si, ban.who, verbs[re.sub(r"\s+", "", m.group())].format(what=said), date)
    return None


_LETTER_PARTY = re.compile(r"(?<![A-Za-z0-9])(?P<letter>[A-Z])\s?(?P<noun>사|은행|증권)(?:에|에는|에게)\s*$")
_SPLIT_REACH = 3  # sentences after a fine on described parties where its split by party may stand


def letter_split(text: str, figures: Sequence[Figure], trigger: int, count: int) -> tuple[tuple[str, int], ...]:
    """A fine on ``count`` described parties split by party the text names only by a letter ("A사에 208억원, B사에
    104억원의 과징금을 각각 부과했다"), in one of the sentences after it: (letter, money figure) per party, one per
    party of the count, else ()."""
    lo = _sentence_end(text, trigger)
    seen = 0
    while seen < _SPLIT_REACH and lo < len(text):
        hi = _sentence_end(text, lo + 1)
        body = text[lo:hi]
        if not body.strip():
            lo = hi
            continue  # a paragraph break is no sentence
        seen += 1
        if "과징금" in body and "부과" in body:
            found = [
                (m.group("letter"), i)
                for i, f in enumerate(figures)
                if f.kind == "money" and lo <= f.start < hi
                for m in (_LETTER_PARTY.search(text, max(lo, f.start - 8), f.start),)
                if m is not None
            ]
            letters = [x for x, _ in found]
            if len(found) == count and len(set(letters)) == count:
                return tuple(found)
            return ()
        lo = hi
    return ()
