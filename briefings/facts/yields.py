"""The government bond yields of a bond-market day ("국고채 3년물 금리는 전 거래일보다 5.2bp 내린 연 2.715%에
마감했다"): which yield each figure of a sentence is of. The yields are glossary rows of type ``yield``; a tenor
written bare ("10년물은") is the yield of the issuer the article named last before it (data/yields.tsv)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.lexicon import _rows, glossary, measures, trie_regex

YIELD_TYPE = "yield"
_TENOR = re.compile(r"(?<![0-9.])([0-9]{1,2})년물")
_EACH = "각각"
# "3년물 금리는", "2년물 국채 금리는": the words naming the yield itself
_RATE_WORD = re.compile(r"^\s*(?:의\s*)?(?:(?:국고채|국채)\s*)?(?:금리|수익률)")
_UNITS = frozenset({"%", "pp", "bp"})


@dataclass(frozen=True)
class YieldData:
    names: dict[str, str]  # Korean (glossary) -> English yield
    issuers: dict[str, str]  # Korean issuer word -> the glossary prefix of its tenors
    name_re: re.Pattern[str]
    issuer_re: re.Pattern[str]
    others: tuple[str, ...]  # words naming other bonds ("회사채")
    countries: frozenset[str]  # the gazetteer's countries (Korean)
    spans: tuple[str, ...]  # words of a longer span than the day ("한 주 동안")


@dataclass(frozen=True)
class YieldMention:
    start: int
    end: int
    ko: str
    en: str


@cache
def yield_data() -> YieldData:
    names = {e.ko: e.en for e in glossary() if e.type == YIELD_TYPE}
    issuers: dict[str, str] = {}
    others: list[str] = []
    spans: list[str] = []
    for r in _rows("yields.tsv"):
        if r[0] == "issuer" and len(r) >= 3:
            issuers[r[1]] = r[2]
        elif r[0] == "other" and len(r) >= 2:
            others.append(r[1])
        elif r[0] == "span" and len(r) >= 2:
            spans.append(r[1])
    countries = frozenset(e.ko for e in glossary() if e.type == "country")
    return YieldData(
        names,
        issuers,
        re.compile(trie_regex(set(names))),
        re.compile(trie_regex(set(issuers))),
        tuple(others),
        countries,
        tuple(spans),
    )


_GRADE = re.compile(r"\s*\([^()]{0,16}\)\s*$")  # "회사채(AA-, 무보증) 3년물": the grade between bond and tenor


def _foreign(text: str, start: int) -> bool:
    """Whether a government bond named at ``start`` is another country's: a country word right before it ("독일
    국채 10년물"), or the name is the tail of a word ("외국채")."""
    data = yield_data()
    if start > 0 and "\uac00" <= text[start - 1] <= "\ud7a3":
        return True
    before = text[max(0, start - 12) : start].rstrip()
    word = before.rsplit(maxsplit=1)[-1] if before.split() else ""
    return word.rstrip("의") in data.countries


_BOND_WORD = re.compile(r"[가-힣]+(?:채|채권|증권)$")  # a Korean bond's name ends so ("통화안정증권", "주택저당채권")


def _other_bond(text: str, start: int) -> bool:
    """Whether a bare tenor at ``start`` is of another bond named right before it ("회사채(AA-) 3년물", "통화안정증권
    2년물"): a word of the rows' other bonds, or any bond's name (ending in 채, 채권, 증권) no issuer row names."""
    data = yield_data()
    before = _GRADE.sub("", text[max(0, start - 24) : start]).rstrip()
    if any(before.endswith(w) for w in data.others):
        return True
    word = before.split()[-1] if before.split() else ""
    return bool(_BOND_WORD.search(word)) and not any(word.endswith(w) for w in data.issuers)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_NEAR_SENTENCES = 1  # sentence ends a bare tenor may stand after its issuer when the article names several issuers


@dataclass(frozen=True)
class _Issuer:
    """Where the article names whose bonds it speaks of: an issuer word ("국고채", "미 국채"), a named yield ("미국
    국채 10년물"), or a tenor with its issuer after it ("10년물 국고채"); ``prefix`` None for another country's."""

    start: int
    end: int
    prefix: str | None


def _issuer_of(text: str, tenor: int, issuers: Sequence[_Issuer], others: Sequence[int]) -> _Issuer | None:
    """The issuer a bare tenor at ``tenor`` is read with: the one named last before it, unless another bond's
    tenor stands between them ("미 국채 10년물 … 통안증권 2년물 … 3년물"); in an article naming the issuers of
    several countries, only one named in the tenor's sentence or the one before (farther back, whose it is, unsure)."""
    before = [m for m in issuers if m.end <= tenor]
    if not before:
        return None
    last = before[-1]
    if any(last.end <= o < tenor for o in others):
        return None
    if len({m.prefix for m in issuers}) > 1:
        if len(_SENTENCE_END.findall(text, last.end, tenor)) > _NEAR_SENTENCES:
            return None
    return last


@cache
def _prefix_of_name() -> dict[str, str]:
    """The issuer prefix of each named yield's English name ("US 10-year Treasury" -> "미 국채")."""
    data = yield_data()
    out: dict[str, str] = {}
    for ko, en in data.names.items():
        for word, prefix in data.issuers.items():
            if ko.startswith(word + " "):
                out.setdefault(en, prefix)
    return out


def _own_issuer(text: str, tenor: re.Match[str]) -> _Issuer | None:
    """The issuer written right after a tenor ("10년물 국고채", "미국 10년물 국채"): a country word before the tenor
    names whose ("미국" -> "미 국채"; a country no row names: another's, prefix None)."""
    data = yield_data()
    if text[tenor.end() : tenor.end() + 1] != " ":
        return None
    own = data.issuer_re.match(text, tenor.end() + 1)
    if own is None or not own.group():
        return None
    head = text[max(0, tenor.start() - 12) : tenor.start()].split()
    word = head[-1].rstrip("의") if head and text[tenor.start() - 1 : tenor.start()] == " " else ""
    if word in data.countries or word in {"미", "美"}:
        return _Issuer(tenor.start(), own.end(), data.issuers.get(f"{word} {own.group()}"))
    if own.group() == _GENERIC_ISSUER:
        return None  # "2년물 국채 금리는": any country's government bond; read as a bare tenor, by the issuer before
    return _Issuer(tenor.start(), own.end(), data.issuers[own.group()])


_GENERIC_ISSUER = "국채"  # a government bond of no country named: whose it is, the article's issuer before says


@cache
def yield_names() -> frozenset[str]:
    """The English names of the yields (the subjects a bond-market figure can have)."""
    return frozenset(yield_data().names.values())


def mentions(text: str) -> list[YieldMention]:
    """The yields named in ``text``, in order: a glossary name, or a bare tenor read as the issuer's named last
    before it (none named: the tenor is no yield we can name)."""
    data = yield_data()
    if "년" not in text:
        return []
    named = [m for m in data.name_re.finditer(text) if m.group()]
    taken = [(m.start(), m.end()) for m in named]
    out = [
        YieldMention(m.start(), m.end(), m.group(), data.names[m.group()])
        for m in named
        if not _foreign(text, m.start())
    ]
    # every issuer named, a foreign one included: a bare tenor after another country's bonds is theirs, not ours
    prefixes = _prefix_of_name()
    issuers = [
        _Issuer(m.start(), m.end(), None if _foreign(text, m.start()) else prefixes.get(data.names[m.group()]))
        for m in named
    ]
    issuers += [
        _Issuer(m.start(), m.end(), None if _foreign(text, m.start()) else data.issuers[m.group()])
        for m in data.issuer_re.finditer(text)
        if m.group() and not any(s <= m.start() < e for s, e in taken)
    ]
    tenors = [t for t in _TENOR.finditer(text) if not any(s <= t.start() < e for s, e in taken)]
    others = [t.start() for t in tenors if _other_bond(text, t.start())]
    owns = {t.start(): _own_issuer(text, t) for t in tenors if t.start() not in others}
    issuers = [m for m in issuers if not any(o is not None and o.start <= m.start < o.end for o in owns.values())]
    issuers = sorted(issuers + [o for o in owns.values() if o is not None], key=lambda m: m.start)
    for t in tenors:
        if t.start() in others:
            continue
        issuer = owns.get(t.start()) or _issuer_of(text, t.start(), issuers, others)
        home = data.issuers[_GENERIC_ISSUER]
        if issuer is None and text.startswith(" " + _GENERIC_ISSUER, t.end()) and {m.prefix for m in issuers} <= {home}:
            issuer = _Issuer(t.start(), t.end(), home)  # "10년물 국채" in an article naming no other country's bonds
        if issuer is None or issuer.prefix is None:
            continue
        en = data.names.get(f"{issuer.prefix} {t.group()}")
        if en is not None:
            out.append(YieldMention(t.start(), t.end(), t.group(), en))
    return sorted(out, key=lambda m: m.start)


def other_measure_between(gap: str) -> bool:
    """Whether a measure's word other than the yield's own rate word stands in ``gap`` (between a yield and a
    figure): "3년물 금리는 … 기준금리 인하 확률 70%": the figure is of that measure, not the yield."""
    gap = _RATE_WORD.sub("", gap, count=1)
    return any(cue in gap for m in measures() for cue in m.cues if len(cue) >= 2)


def yield_of(
    text: str,
    sentence: tuple[int, int],
    figure: tuple[int, int],
    found: Sequence[YieldMention],
    figures_at: Sequence[int],
) -> YieldMention | None:
    """The yield a figure at ``figure`` (start, end) of the sentence is of: the yield named last before it in its
    sentence, with no other measure's word between. Several yields named together before it ("3년물과 10년물
    금리는") are one each only with 각각 and as many figures after them; else unsure (None).
    ``figures_at`` are the starts of the sentence's figures of a yield's unit."""
    lo, hi = sentence
    before = [m for m in found if lo <= m.start and m.end <= figure[0]]
    if not before:
        return None
    last = before[-1]
    # the yields named together with the last one: no figure between them
    group = [last]
    for m in reversed(before[:-1]):
        if any(m.end <= f < group[0].start for f in figures_at):
            break
        group.insert(0, m)
    if other_measure_between(text[last.end : figure[0]]):
        return None
    if any(w in text[lo : figure[0]] for w in yield_data().spans):
        return None  # "한 주 동안 12bp": a move over a longer span than the day, never said as the day's
    if len(group) == 1:
        return last
    after = [f for f in figures_at if f >= last.end and f < hi]
    if _EACH not in text[last.end : figure[0]] or len(after) != len(group) or figure[0] not in after:
        return None
    return group[after.index(figure[0])]


def yield_unit(unit: str | None) -> bool:
    return unit in _UNITS
