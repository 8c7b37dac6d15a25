"""Facts: each key figure put in context, read from Korean sentence structure.

One ``Fact`` per non-date figure (``export`` adds one per date figure for the JSON).
Within the figure's sentence (Kiwi tokens, cue words from ``data/fact_cues.tsv``):

- subject: a name right before the parentheses holding the figure ("오라클(-13.8%)");
  else the nearest name before it marked as subject or topic (이/가/은/는/도), or as
  owner of a measure noun ("엔비디아 주가", "삼성전자의 매출"); never a cause
  ("딥시크의 충격으로", "미국발"), a modifier ("엔비디아 칩"), an object or the source
  of an estimate ("LSEG가 전망한").  A subject-less sentence takes the previous
  sentence's subject when it names no one else; a generic subject ("지수는",
  "회사는") stands for the last named index or company.  Names come from the
  gazetteer (``glossary.tsv``) and the article's own Latin glosses
  ("엔비디아(NVIDIA)"); a Kiwi proper noun with no English name gives ``subject_ko``
  only.  A product stands for its owner (R1 -> DeepSeek).
- measure: the nearest measure cue in the figure's clause (before it, else after),
  among the measures that fit the figure's kind; then the figure's unit (points,
  durations) and the subject's type (an index's level, an exchange rate).
- role: conversion (a currency amount in parentheses after another currency's),
  reference (after a date or a comparison period in parentheses, a past record),
  threshold ("2,500선", "10만 달러 돌파"), change ("N% 하락", a signed "-9.86%"),
  level (the rest, and both ends of "A에서 B로"); estimate and claim when the
  figure's clause says so.  direction: the change's, the sign's or from/to.
- date: a date in parentheses before the figure, else the nearest date before it in
  its sentence that is not a reference point ("…이후", "…대비", "…만에"); else the
  day 이날/당일/같은 날/전날 points to; else, for a market-day figure, the article's
  day.  time of day: 장중/한때/현재 (intraday), 마감/종가 (close), 출발/시가 (open).
- change: the nearest change verb key (fall, rise, lose, ...), for the English lines.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from functools import cache, lru_cache

from briefings.analysis.names import titles as person_titles
from briefings.analysis.nlp import is_heading
from briefings.facts import housing, parts, yields
from briefings.facts.knowledge import entity_by_name, fact_cues, listed_market
from briefings.facts.labour import labour_data
from briefings.lexicon import (
    Entity,
    changes,
    english_names,
    entity_by_ko,
    entity_pattern,
    hedges,
    measure_by_key,
    measures,
)
from briefings.model import Analysis, Article, Fact, Figure, Sentence, Token

SUBJECT_TYPES = frozenset(
    {"company", "index", "market", "org", "crypto", "fx", "exchange", "bank", "research", "commodity", "aggregate"}
)
SOURCE_TYPES = frozenset({"company", "org", "research", "bank", "exchange", "outlet", "person", "country"})
_SUBJECT_PARTICLES = frozenset({"이", "가", "은", "는", "도", "께서", "만", "에서는"})
_TOPIC_PARTICLES = frozenset({"은", "는", "도"})
_CLAUSE_EC = frozenset({"고", "며", "으며", "면서", "으면서", "지만", "는데", "은데", "ㄴ데", "으나", "나", "자"})
_HANGUL_CHAR = re.compile("[\uac00-\ud7a3]")
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")
_ANAPHORA = re.compile(r"^(?:이는|이것은|이같은|이와 같은|이러한|이런|이 같은|이로 인해|이에)")
_NEGATED = re.compile(r"^[이가]? ?아닌")
_SIGN = re.compile(r"[-−–+▲▼△▽↑↓]\s*$")
_LEADING_SIGN = re.compile(r"^[-−–+▲▼△▽]")
_PAREN_GAP = re.compile(r"\(\s*(?:약|대략|최대|최소|연|연율|전년 ?대비|전년비|전일 ?대비|전장 ?대비|[-−–+▲▼△▽])?\s*$")
# Particles right after a figure (attached to it, or 가량/수준 … after a space): never a word's first syllable
# ("이후", "이어" must survive).
_TAIL_PARTICLES = re.compile(
    r"^[)\]]*(?:\s*(?:가량|정도|수준|안팎|내외|상당|씩|쯤))?(?:을|를|이|가|은|는|의|에서|에|도|만|나)?\s*"
)
_LATIN_GLOSS = re.compile(r"([\uac00-\ud7a3][\uac00-\ud7a3A-Za-z0-9·&]*)\(([A-Za-z][A-Za-z&.,' \-]{1,40})\)")
_DAY_MEASURES = frozenset(
    {
        "share_price",
        "index_level",
        "exchange_rate",
        "crypto_price",
        "market_value",
        "trading_value",
        "net_buying",
        "net_selling",
        "volume",
    }
)
_TIMED_MEASURES = frozenset({"share_price", "index_level", "exchange_rate", "crypto_price", "market_value"})


# --------------------------------------------------------------------------- cue words (data/fact_cues.tsv)


@cache
def _alternation(kind: str) -> str:
    """The words of one fact_cues.tsv kind as a regex alternation (longest first), escaped once."""
    return "|".join(re.escape(w) for w in fact_cues().words(kind))


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    c = fact_cues()
    return {
        "up": c.words("up"),
        "down": c.words("down"),
        "change": c.words("up") + c.words("down") + c.words("move"),
        "price": c.words("price_noun"),
        "level": c.words("level_noun"),
        "past": c.words("past"),
    }


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    nouns = _alternation("change_noun")
    compared = _alternation("compared")
    return {
        "change_noun_before": re.compile(rf"({nouns})(?:은|는|이|가|도|만|로는|으로는|이었|이다)?\s*$"),
        "change_noun_after": re.compile(rf"^(?:넘는|넘게|이상의|이상)?\s*(?:의\s*)?({nouns})"),
        "adverbs": re.compile(rf"^(?:(?:{_alternation('adverb')})\s*)+"),
        "compared": re.compile(rf"^\s*(?:치|를|을|인|에|는|은)?\s*(?:치를|를|을)?\s*(?:{compared})"),
    }


def _change_noun_direction(noun: str) -> str | None:
    return dict(fact_cues().pairs("change_noun")).get(noun) or None


@dataclass(frozen=True)
class EntityMention:
    """A glossary entity found in the text, with its span."""

    start: int
    end: int
    entity: Entity


@dataclass(frozen=True)
class _Name:
    """A name in a sentence and what the sentence does with it."""

    start: int
    end: int
    ko: str
    en: str | None
    type: str | None  # glossary type; None for a Kiwi proper noun the gazetteer does not know
    role: str  # subj | gen | cause | mod | title | source | conj | other
    measure: str | None = None  # for gen: the measure noun it owns ("엔비디아 주가" -> share_price)


def entity_mentions(text: str, sentence: Sentence, tokens: Sequence[Token]) -> list[EntityMention]:
    """Glossary names in one sentence whose span starts and ends on token edges."""
    matches = list(entity_pattern().finditer(text, sentence.start, sentence.end))
    if not matches:
        return []  # most sentences: no token edges to collect
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    after = {t.start: t for t in tokens}
    by_ko = entity_by_ko()
    found: list[EntityMention] = []
    for m in matches:
        if m.start() in starts and m.end() in ends:
            nxt = after.get(m.end())
            glued = nxt is not None and nxt.tag in {"NNG", "NNP"} and _HANGUL_CHAR.match(nxt.form) is not None
            if m.group()[-1:].isascii() and glued:
                continue  # "LS머트리얼즈", "LS전선": a Latin name glued to a Korean noun is a longer name
            entity = by_ko[m.group()]
            if entity.type == "company" and m.start() > 0 and _HANGUL_CHAR.match(text[m.start() - 1]):
                continue  # "산토스(Santos)": a company's name at the tail of a longer Korean word is not that company
            found.append(EntityMention(m.start(), m.end(), by_ko[m.group()]))
    return found


_AMPERSAND_WORD = re.compile(r" ([A-Z][A-Z0-9]{0,3}&[A-Z][A-Z0-9]{0,3})(?![A-Za-z0-9&])")


def _sister_name(text: str, end: int, limit: int) -> bool:
    """Whether a Korean name ending at ``end`` goes on with a space and an ampersand word ("E&S", "C&T", "E&A"):
    Korean groups name their affiliates so, and the affiliate is not the group company the gazetteer knows;
    the common words written with an ampersand (fact_cues.tsv, ampersand_word: "M&A", "R&D") are no such name."""
    if end == 0 or text[end - 1].isascii():
        return False
    m = _AMPERSAND_WORD.match(text, end, limit)
    return m is not None and m.group(1) not in fact_cues().words("ampersand_word")


Mentions = tuple[tuple[EntityMention, ...], ...]  # the glossary names of each sentence of an analysis


def analysis_mentions(text: str, analysis: Analysis) -> Mentions:
    """``entity_mentions`` of every sentence: found once by the pipeline and handed to the stages that all
    read them (main entity, names, events), instead of each stage scanning the gazetteer again.  None without
    the tokens (a briefing's analysis keeps only its sentences)."""
    if not analysis.tokens:
        return ()
    return tuple(
        tuple(entity_mentions(text, sentence, tokens))
        for sentence, tokens in zip(analysis.sentences, analysis.tokens, strict=True)
    )


def main_entity(text: str, analysis: Analysis, mentions: Mentions | None = None) -> str | None:
    """The company the article is clearly about (most named, well ahead of the next)."""
    counts: Counter[str] = Counter()
    for found in analysis_mentions(text, analysis) if mentions is None else mentions:
        for m in found:
            if m.entity.type == "company":
                counts[m.entity.en] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


# --------------------------------------------------------------------------- names


_ABBREVIATION = re.compile(r"[A-Z]{2,6}")  # a name written in capitals ("ACS", "TSMC")
_TOPIC = frozenset("은는이가")  # the particles of a sentence's topic or subject, right after a name


def article_glosses(text: str) -> dict[str, str]:
    """Korean names the article glosses in Latin letters ("슈퍼마이크로(Supermicro)") -> the gloss.

    Names the gazetteer knows keep their canonical name; a gloss that looks like a ticker
    (all capitals, five letters or fewer) or a model code (digits) is not a name.  Read once per text (the
    facts and the events stages all ask for it); each caller gets its own dict.
    """
    return dict(_glosses_of(text))


@lru_cache(maxsize=8)
def _glosses_of(text: str) -> tuple[tuple[str, str], ...]:
    known = entity_by_ko()
    out: dict[str, str] = {}
    for m in _LATIN_GLOSS.finditer(text):
        ko, gloss = m.group(1), m.group(2).strip(" ,.")
        if ko in known or any(c.isdigit() for c in gloss):
            continue
        letters = gloss.replace(" ", "")
        if letters.isupper() and len(letters) <= 5:
            continue
        gloss = re.sub(
            r",?\s*(?:L\.?P\.?|Inc\.?|Ltd\.?|Co\.?,? Ltd\.?|Corp\.?|LLC|PLC|N\.V\.|S\.A\.|AG)$", "", gloss
        ).strip(" ,")
        if not gloss:
            continue
        canonical = english_names().get(gloss)
        out.setdefault(ko, canonical.en if canonical is not None else gloss)
    return tuple(out.items())


def _skip_brackets(tokens: Sequence[Token], i: int) -> int:
    """The index of the first token at or after ``i`` outside bracketed asides ("(010130)", "[035420]")."""
    depth = 0
    while i < len(tokens):
        t = tokens[i]
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0:
            return i
        i += 1
    return i


def _noun_run(text: str, tokens: Sequence[Token], i: int) -> str:
    """The nouns from token ``i`` on, joined as written, until a non-noun."""
    j = i
    while j < len(tokens) and tokens[j].tag in {"NNG", "NNP", "SL", "XSN", "NNB"}:
        if j > i and tokens[j].start - tokens[j - 1].end > 1:
            break
        j += 1
    return text[tokens[i].start : tokens[j - 1].end] if j > i else ""


@lru_cache(maxsize=1)
def _noun_cues() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((m.key, tuple(sorted(m.cues, key=len, reverse=True))) for m in measures())


_KeyedPatterns = tuple[tuple[str, re.Pattern[str]], ...]  # (measure key, cue pattern), in measures.tsv order


@lru_cache(maxsize=1)
def _noun_cues_by_head() -> tuple[dict[str, _KeyedPatterns], _KeyedPatterns]:
    """``_noun_cues`` as (key, pattern) in the same order, per first character: every spelling of a cue starts
    with the cue's first character (``cue_pattern``), so a noun need only be tried on the cues starting with its
    own first character; the second item is for a noun whose first character starts no cue."""
    flat = [(key, cue.lstrip()[:1], cue_pattern(cue)) for key, cues in _noun_cues() for cue in cues if cue]
    headless = tuple((key, pattern) for key, head, pattern in flat if not head)
    heads = {head for _, head, _ in flat if head}
    by_head = {h: tuple((key, pattern) for key, head, pattern in flat if head in {h, ""}) for h in heads}
    return by_head, headless


@lru_cache(maxsize=8192)
def _measure_of_noun(noun: str) -> str | None:
    """The measure a noun names by its start ("시가총액은" -> market_value), in measures.tsv order."""
    by_head, headless = _noun_cues_by_head()
    for key, pattern in by_head.get(noun[:1], headless):
        if pattern.match(noun):
            return key
    return None


def _role_after(text: str, tokens: Sequence[Token], end: int) -> tuple[str, str | None]:
    """What the words right after a name make of it (subject, owner of a measure, cause, ...)."""
    cues = fact_cues()
    i = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    i = _skip_brackets(tokens, i)
    if i >= len(tokens):
        return "other", None
    rest = text[tokens[i].start : tokens[i].start + 12]
    if rest.startswith(cues.words("cause")) and tokens[i].tag != "JKS":
        return "cause", None
    t = tokens[i]
    if t.tag in {"JKS", "JX"} and t.form in _SUBJECT_PARTICLES:
        nxt = _skip_brackets(tokens, i + 1)
        said = _speech_verb_at(text, tokens, nxt) if nxt < len(tokens) else None
        if said is not None:
            return ("source" if said == "estimate" else "stated"), None
        return "subj", None
    if t.tag == "JKG":
        j = i + 1
        if j < len(tokens):
            after = text[tokens[j].start : tokens[j].start + 12]
            if any(after.startswith(c) for c in cues.words("cause")):
                return "cause", None
            noun = _noun_run(text, tokens, j)
            if noun and any(noun.startswith(c) for c in cues.words("title")):
                return "title", None
            if noun.startswith("경우"):  # "엔비디아의 경우": a topic
                return "subj", None
            measure = _measure_after(text, tokens, j, noun) if noun else None
            if measure is not None and _particle_after_noun(text, tokens, j, noun):
                return "subj", measure  # "테슬라의 주가는": the sentence is about 테슬라
            return "gen", measure
        return "other", None
    if t.tag == "JC" or (t.tag == "SP" and text[t.start : t.end] in {"·", "、"}):
        return "conj", None
    if t.tag in {"NNG", "NNP", "SL", "XSN", "NNB"}:
        noun = _noun_run(text, tokens, i)
        if noun.startswith("측") and _particle_after_noun(text, tokens, i, noun):
            return "subj", None  # "MBK 측은": MBK's side says or does it
        unit = any(noun.replace(" ", "").endswith(u) for u in cues.words("unit_noun"))
        if unit and text[end : tokens[i].start] != "" and _particle_after_noun(text, tokens, i, noun):
            return "subj", None  # "현대자동차 미국법인(HMA)은": the company's own unit
        if any(noun.startswith(c) for c in cues.words("title")):
            return "title", None
        if noun.split()[0] in cues.words("acquired"):
            return "object", None  # "영풍정밀 공개매수 가격": the tender is for 영풍정밀, someone else makes it
        k = i
        while k < len(tokens) and tokens[k].end <= tokens[i].start + len(noun):
            k += 1
        if k < len(tokens) and tokens[k].tag == "JKB" and tokens[k].form in {"로", "으로"}:
            return "other", None  # "중국 수출 제한으로": a cause or a means, never the subject
        if any(w in cues.words("partitive") for w in noun.split()[1:]):
            return "other", None  # "코스닥 종목 가운데 에코팜이": the set another name is picked from
        measure = _measure_after(text, tokens, i, noun)
        if measure is not None and t.tag != "NNP":
            if _particle_after_noun(text, tokens, i, noun):
                return "subj", measure  # "테슬라 주가는 …": the topic of the sentence
            return "gen", measure
        if (noun in _words()["price"] or noun in _words()["level"]) and _particle_after_noun(text, tokens, i, noun):
            return "subj", None  # "비트코인 가격이 …"
        return "mod", None
    if t.tag == "JKB" and rest.startswith(("로 인", "으로 인")):
        return "cause", None
    if t.tag == "JKB" and t.form in {"에서", "에서는"}:
        return "locus", None  # "유가증권시장에서 924개 종목이": where the count is taken
    if t.tag == "JKB" and re.match(r"^에\s*(?:대한|대해|부과|매기)", rest):
        return "target", None  # "한국에 대한 15% 관세": the country the tariff is on
    return "other", None


def _measure_after(text: str, tokens: Sequence[Token], i: int, noun: str) -> str | None:
    """The measure the words from token ``i`` name: "시총 846조원" (Kiwi: 시/NNG 총/MM), "실제 개발비가"."""
    found = _measure_of_noun(noun) or _measure_of_noun(text[tokens[i].start : tokens[i].start + 12])
    if found is not None:
        return found
    words = noun.split()
    if len(words) > 1 and words[0] in fact_cues().words("scope") + ("실제", "최종", "공식"):
        return _measure_of_noun(" ".join(words[1:]))
    return None


def _particle_after_noun(text: str, tokens: Sequence[Token], i: int, noun: str) -> bool:
    """Whether the noun run starting at token ``i`` is marked as subject or topic (이/가/은/는/도)."""
    end = tokens[i].start + len(noun)
    k = next((x for x, t in enumerate(tokens) if t.start >= end), len(tokens))
    k = _skip_brackets(tokens, k)
    return k < len(tokens) and tokens[k].tag in {"JKS", "JX"} and tokens[k].form in _SUBJECT_PARTICLES


def _speech_verb_at(text: str, tokens: Sequence[Token], i: int) -> str | None:
    """A verb of estimating ("LSEG가 전망한 459억 달러") or stating ("테슬라가 발표한 매출액") in a
    relative clause: "estimate", "statement" or None."""
    cues = fact_cues()
    window = text[tokens[i].start : tokens[min(len(tokens) - 1, i + 2)].end]
    if not any(t.tag == "ETM" for t in tokens[i : i + 4]):
        return None
    if any(window.startswith(w) for w in cues.words("estimate") + ("집계", "제시", "주장")):
        return "estimate"
    if any(window.startswith(w) for w in ("발표", "밝힌", "공시", "공개")):
        return "statement"
    return None


@cache
def _cue_set(kind: str) -> frozenset[str]:
    """The words of one fact_cues.tsv kind as a set, built once (not per sentence)."""
    return frozenset(fact_cues().words(kind))


def sentence_names(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    glosses: dict[str, str],
    mentions: Sequence[EntityMention] | None = None,
) -> list[_Name]:
    """Every name in a sentence: gazetteer names, glossed names and Kiwi's other proper nouns."""
    cues = fact_cues()
    not_names = _cue_set("notname")
    unit_nouns = cues.words("unit_noun")
    names: list[_Name] = []
    covered: list[tuple[int, int]] = []
    for m in entity_mentions(text, sentence, tokens) if mentions is None else mentions:
        e = m.entity
        en = e.owner if e.type == "product" and e.owner else e.en
        typ = "company" if e.type == "product" and e.owner else e.type
        role, measure = _role_after(text, tokens, m.end)
        if (
            role == "other"
            and not _HANGUL_CHAR.match(text[m.end - 1])
            and re.match(r"(?:은|는|이|가)\s", text[m.end : m.end + 2])
        ):
            role = "subj"  # "OPEC+는": Kiwi reads the particle after a symbol as a verb; the text says topic
        if role == "stated":  # a company's own figures are its own; an agency's are only stated by it
            role = "subj" if typ == "company" else "source"
        names.append(_Name(m.start, m.end, text[m.start : m.end], en, typ, role, measure))
        covered.append((m.start, m.end))
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.tag not in {"NNP", "SL"} or any(s <= t.start < e for s, e in covered):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].start == tokens[j - 1].end and tokens[j].tag in {"NNP", "NNG", "SL", "SN"}:
            if any(s <= tokens[j].start < e for s, e in covered):
                break
            j += 1
        latin = t.tag == "SL" and not any(x.tag == "NNP" for x in tokens[i:j])
        if latin:
            j = _latin_owner_end(text, tokens, i)
            latin = j == i
            j = max(j, i + 1)
        surface = text[t.start : tokens[j - 1].end]
        if latin and _ABBREVIATION.fullmatch(surface) and text[tokens[j - 1].end : tokens[j - 1].end + 1] in _TOPIC:
            latin = False  # "ACS는 지난해 매출 …": an abbreviated name as the topic, someone the gazetteer may not know
        if (
            latin
            or surface in not_names
            or _measure_of_noun(surface) is not None
            or (
                surface.endswith(unit_nouns)
                and any(text[n.end : t.start] == " " for n in names)
            )  # "기아 유럽법인은": the company's unit, not a name of its own
        ):
            i = j
            continue
        role, owned = _role_after(text, tokens, tokens[j - 1].end)
        role = "source" if role == "stated" else role
        gloss = glosses.get(surface)
        names.append(_Name(t.start, tokens[j - 1].end, surface, gloss, "company" if gloss else None, role, owned))
        i = j
    for k, n in enumerate(names):  # "대(對)중국 수출", "대미국 수출": the country exported to
        if n.type == "country" and re.search(r"(?:^|[\s(])(?:대|對|대\(對\))$", text[max(0, n.start - 5) : n.start]):
            names[k] = replace(n, role="target")
    names.sort(key=lambda n: n.start)
    # "A와 B가": a conjunct takes the role of the name it is joined to (a shared subject is no one's alone).
    out: list[_Name] = []
    for k, n in enumerate(names):
        if n.role == "conj" and k + 1 < len(names) and names[k + 1].start - n.end < 8:
            out.append(replace(n, role="group" if names[k + 1].role in {"subj", "group"} else "other"))
        else:
            out.append(n)
    lead = text[sentence.start : out[0].start] if out else ""
    if out and re.fullmatch(r"\s*(?:\[[^\]]{0,10}\]|【[^】]{0,10}】)?\s*", lead) and out[0].role in {"conj", "other"}:
        comma = text[out[0].end : out[0].end + 1] == ","
        listed = len(out) > 1 and out[1].start - out[0].end <= 3
        if comma and not listed:
            out[0] = replace(out[0], role="subj")  # a headline's topic: "고려아연, 자사주 매수가 83만→89만원"
    for k, n in enumerate(out):  # "최윤범 고려아연 회장 측은", "파월 의장은": the person is the subject
        if n.type not in {"person", None} or n.role not in {"mod", "title"}:
            continue
        title_end = out[k + 1].end if n.role == "mod" and k + 1 < len(out) and out[k + 1].role == "title" else n.end
        if n.role == "mod" and title_end == n.end:
            continue
        j = next((x for x, t in enumerate(tokens) if t.start >= title_end), len(tokens))
        while j < len(tokens) and tokens[j].tag in {"NNG", "NNB", "XSN", "SL"}:
            j += 1
        if j < len(tokens) and tokens[j].tag in {"JKS", "JX"} and tokens[j].form in _SUBJECT_PARTICLES:
            out[k] = replace(n, role="subj")
    for k in range(len(out) - 1, 0, -1):  # the last conjunct of a shared subject is shared too
        if out[k - 1].role == "group" and out[k].role == "subj":
            out[k] = replace(out[k], role="group")
    return out


_LATIN_WORD = re.compile(r"[A-Z][a-z][A-Za-z]*|[A-Z]{2,}[a-z][A-Za-z]*")


def _latin_owner_end(text: str, tokens: Sequence[Token], i: int) -> int:
    """A Latin-letter name owning the measure noun right after it ("Zenith Labs 주가는"), marked as a
    subject ("Zenith는") or holding a figure in parentheses ("Zenith(-4.5%)"): the token index past the
    name; ``i`` when the Latin words are no such name (acronyms, codes, words in a sentence)."""
    j = i
    while j < len(tokens) and tokens[j].tag == "SL" and _LATIN_WORD.fullmatch(tokens[j].form):
        if j > i and tokens[j].start - tokens[j - 1].end > 1:
            break
        j += 1
    end = j
    if end > i and end < len(tokens) and tokens[end].start == tokens[end - 1].end:
        nxt = tokens[end]
        if nxt.tag in {"JKS", "JX"} and nxt.form in _SUBJECT_PARTICLES:
            return end  # "Zenith는 4.5% 내렸다": a Latin name as the subject
        if nxt.tag == "SSO" and re.match(r"\(\s*[-−–+▲▼]?\s*\d", text[nxt.start : nxt.start + 5]):
            return end  # "Zenith(-4.5%)": the figure in parentheses after a name is its own
    if j < len(tokens) and tokens[j].tag == "JKG" and tokens[j].start == tokens[j - 1].end:
        j += 1  # "Palantir의 시가총액"
    if end == i or j >= len(tokens) or tokens[j].tag not in {"NNG", "NNP"}:
        return i
    if tokens[j].start - tokens[j - 1].end > 1 or _measure_of_noun(_noun_run(text, tokens, j)) is None:
        return i
    return end


def _narrowed(text: str, sentence: Sentence, name: _Name) -> bool:
    """Whether a noun right before an economy-wide quantity narrows it to a part ("청년층 고용률", "60세 이상
    취업자", "제조업 취업자"); a date, a punctuation mark or a word of the whole (fact_cues.tsv, whole_word)
    does not."""
    head = text[sentence.start : name.start].rstrip()
    if not head or not head[-1].isalpha() or not re.search(r"[가-힣]$", head):
        return False
    if head.endswith("의"):  # "5대 은행의 가계대출": the banks' part; "우리나라의 가계부채": the whole
        word = head[:-1].split()[-1] if head[:-1].split() else ""
        return bool(word) and not re.search(r"[0-9]$", word) and not any(
            word.endswith(w) for w in fact_cues().words("whole_word")
        )
    word = head.split()[-1]
    if re.fullmatch(r"[0-9]+(?:월|분기|년)", word):
        return False  # "10월 가계대출", "3분기 가계신용": a period
    if word.endswith(_ADNOMINAL):
        return False  # "신용대출을 포함한 기타대출": a clause describing it, not a noun narrowing it
    return not any(word.endswith(w) for w in fact_cues().words("whole_word"))


_ADNOMINAL = ("한", "된", "인", "는", "던", "은", "운", "난", "진")  # endings of a verb modifying the next noun


def _destination(text: str, name: _Name, measure: str | None) -> bool:
    """A country written right before a trade word with no particle ("대만 수출", "미국 수출액"): Korean trade
    reports name the market so; the country's own exports take 의 or stand as the topic ("대만의 수출", "대만은")."""
    if name.type != "country" or measure not in {"exports", "purchases"}:
        return False
    after = text[name.end : name.end + _TRADE_WORD_GAP + max(map(len, fact_cues().words("trade_word")), default=0)]
    return any(re.match(rf"\s{{0,{_TRADE_WORD_GAP}}}{re.escape(w)}", after) for w in fact_cues().words("trade_word"))


_TRADE_WORD_GAP = 1  # spaces between a market's name and the trade word it qualifies


def _subject_ok(name: _Name, measure: str | None) -> bool:
    if name.type is None:
        return True  # unknown proper noun: subject_ko only
    if name.type in SUBJECT_TYPES:
        return True
    if name.type == "person":
        return measure in {"personal_wealth", "tender_price", "stake", "deal_value"}
    if name.type == "country":
        country_measures = {"exports", "tariff_rate", "investment", "purchases", "gdp_growth", "inflation"}
        return measure in country_measures or (name.role == "target" and measure is None)
    return False


# --------------------------------------------------------------------------- clauses and cues


_CLAUSES: dict[tuple[int, int, int, int, int], tuple[tuple[Token, ...], tuple[int, int]]] = {}
_CLAUSES_OF: list[str] = []  # the text the clauses found are of


def _clause(text: str, sentence: Sentence, tokens: Sequence[Token], figure: Figure) -> tuple[int, int]:
    """The span of the clause holding the figure: cut at commas and clause-joining endings. Found once per figure
    of the current text (several checks ask for the same figure's clause); a list of tokens is read each time."""
    if not isinstance(tokens, tuple):
        return _clause_of(text, sentence, tokens, figure)
    if not _CLAUSES_OF or _CLAUSES_OF[0] is not text:
        _CLAUSES.clear()
        _CLAUSES_OF[:] = [text]
    key = (id(tokens), sentence.start, sentence.end, figure.start, figure.end)
    hit = _CLAUSES.get(key)
    if hit is not None and hit[0] is tokens:  # the tuple is kept with its span: its id is never another's
        return hit[1]
    span = _clause_of(text, sentence, tokens, figure)
    _CLAUSES[key] = (tokens, span)
    return span


def _clause_of(text: str, sentence: Sentence, tokens: Sequence[Token], figure: Figure) -> tuple[int, int]:
    """``_clause`` read from the tokens."""
    start, end = sentence.start, sentence.end
    depth = 0
    for t in tokens:
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        is_cut = depth == 0 and (
            (t.tag == "SP" and text[t.start : t.end] == ",")
            or (t.tag == "EC" and t.form in _CLAUSE_EC)
            or (t.tag == "SE" or text[t.start : t.end] in {"…", "..."})  # a headline's "7% 하락…시총 5위"
        )
        if not is_cut:
            continue
        if t.end <= figure.start:
            start = max(start, t.end)
        elif t.start >= figure.end:
            end = min(end, t.start if t.tag == "SP" else t.end)
            break
    return start, end


COMPOUND_PART = 2  # syllables: the parts of a Korean compound noun that may be written apart ("예정 금액")


@lru_cache(maxsize=8192)
def cue_pattern(cue: str) -> re.Pattern[str]:
    """A cue word as Korean writes it with or without the spaces of a compound.

    Korean compound nouns are spelt closed or open ("예정금액" / "예정 금액", "개발 비용" / "개발비용"):
    a space written in the cue is optional, and so is one between two parts of a run of syllables
    where each part has at least ``COMPOUND_PART`` syllables (a one-syllable part is no word of its
    own: "주가" is never read into "이번 주 가장")."""
    pieces: list[str] = []
    for w, word in enumerate(cue.split()):
        if w:
            pieces.append(" ?")
        at = 0
        for m in _HANGUL_RUN.finditer(word):
            pieces.append(re.escape(word[at : m.start()]))
            spellings = sorted({" ".join(parts) for parts in _compound_parts(m.group())}, key=len, reverse=True)
            pieces.append("(?:" + "|".join(re.escape(x) for x in spellings) + ")" if len(spellings) > 1 else m.group())
            at = m.end()
        pieces.append(re.escape(word[at:]))
    return re.compile("".join(pieces))


def _compound_parts(run: str) -> list[list[str]]:
    """Every way to write a run of syllables as parts of at least ``COMPOUND_PART`` syllables (closed first)."""
    out = [[run]]
    for cut in range(COMPOUND_PART, len(run) - COMPOUND_PART + 1):
        out += [[run[:cut], *rest] for rest in _compound_parts(run[cut:])]
    return out


@lru_cache(maxsize=8192)
def _cue_head(cue: str) -> str:
    """The first two characters of the cue's first word, which every spelling of it starts with: ``cue_pattern``
    opens a space only between words or between parts of two syllables or more ("예정금액" / "예정 금액")."""
    words = cue.split()
    return words[0][:2] if words else ""


def cue_spans(text: str, cue: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``cue`` in ``text[lo:hi]``, spaced or not (``cue_pattern``),
    overlapping ones included."""
    out: list[tuple[int, int]] = []
    if not cue:
        return out
    head = _cue_head(cue)  # every spelling of the cue starts with its first two characters
    if head and text.find(head, lo, hi) < 0:
        return out
    pattern = cue_pattern(cue)
    m = pattern.search(text, lo, hi)
    while m is not None:
        out.append((m.start(), m.end()))
        m = pattern.search(text, m.start() + 1, hi)
    return out


def _cue_hits(
    text: str, clause: tuple[int, int], cues: Sequence[tuple[str, str]], skip_negated: bool
) -> list[tuple[int, int, str]]:
    """(start, end, key) of every cue in the clause, spaced or not ("예정 금액" is the cue "예정금액");
    a cue inside a longer overlapping one is dropped.

    "학습 비용으로" holds both "학습 비용" (training_cost) and "비용으로": the longer cue speaks.
    """
    hits: list[tuple[int, int, str]] = []
    lo, hi = clause
    window = text[lo:hi]
    for cue, key in _cues_in(window, cues):
        for s, e in cue_spans(text, cue, lo, hi):
            if not (skip_negated and _NEGATED.match(text[e : e + 5])):
                hits.append((s, e, key))
    return [
        (s, e, key) for s, e, key in hits if not any(s2 < e and s < e2 and (e2 - s2) > (e - s) for s2, e2, _ in hits)
    ]


def _cues_in(window: str, cues: Sequence[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """The (cue, key) pairs of ``cues``, in their order, whose first character is in ``window``: every spelling
    of a cue starts with its first character (``cue_spans``), so no other cue can be found there.  A tuple of
    cues (the tables' own, built once) is grouped by first character once; a list is read cue by cue."""
    if not isinstance(cues, tuple):
        return [(cue, key) for cue, key in cues if not (head := cue.lstrip()[:1]) or head in window]
    headless, groups = _cue_groups(cues)
    found = [i for head, indices in groups if head in window for i in indices]
    if not found:
        return [cues[i] for i in headless]
    return [cues[i] for i in sorted(found + headless)]


_CueGroups = tuple[list[int], tuple[tuple[str, tuple[int, ...]], ...]]
_CUE_GROUPS: dict[int, tuple[tuple[tuple[str, str], ...], _CueGroups]] = {}


def _cue_groups(cues: tuple[tuple[str, str], ...]) -> _CueGroups:
    """The indices of the cues with no first character, and of the others grouped by first character.

    Kept by the tuple's identity (the tuple itself is kept with it, so the identity is never reused): the
    tables' cue tuples are built once, and hashing one costs as much as reading it."""
    entry = _CUE_GROUPS.get(id(cues))
    if entry is not None and entry[0] is cues:
        return entry[1]
    headless: list[int] = []
    groups: dict[str, list[int]] = {}
    for i, (cue, _) in enumerate(cues):
        head = cue.lstrip()[:1]
        if head:
            groups.setdefault(head, []).append(i)
        else:
            headless.append(i)
    out: _CueGroups = (headless, tuple((h, tuple(ix)) for h, ix in groups.items()))
    if len(_CUE_GROUPS) >= 256:
        _CUE_GROUPS.clear()  # tuples built per call (not the tables'): never let them pile up
    _CUE_GROUPS[id(cues)] = (cues, out)
    return out


def _nearest_cue(
    text: str,
    clause: tuple[int, int],
    figure: Figure,
    cues: Sequence[tuple[str, str]],
    before_first: bool = False,
    skip_negated: bool = False,
) -> str | None:
    """The key of the cue nearest the figure: first after it (verbs follow), else before it.

    With ``before_first`` a cue before the figure wins (nouns name what a figure measures).
    """
    after: tuple[int, int, str] | None = None
    before: tuple[int, int, str] | None = None
    for s, e, key in _cue_hits(text, clause, cues, skip_negated):
        if e > figure.end and s >= figure.start:  # after, or running on from the figure's own words
            cand = (max(0, s - figure.end), -(e - s), key)  # ("100억 원도 채 들지 않은" + " 비용")
            if after is None or cand < after:
                after = cand
        elif e <= figure.start:
            cand = (figure.start - e, -(e - s), key)
            if before is None or cand < before:
                before = cand
    first, second = (before, after) if before_first else (after, before)
    if first is not None:
        return first[2]
    return second[2] if second is not None else None


def _kind_of(figure: Figure) -> str:
    if figure.unit == "pp":
        return "percent"
    return figure.kind


def _session_base(text: str, clause: tuple[int, int], fig: Figure) -> bool:
    """Whether the figure's clause measures it against the previous trading session ("전 거래일보다", "직전
    거래일 대비", fact_cues.tsv session_base) before it: only a traded price moves from one session to the next,
    so a company's amount or percentage so written is its share price's."""
    head = text[clause[0] : fig.start]
    return any(w in head for w in fact_cues().words("session_base"))


def _traded_on_named_market(text: str, start: int, fig: Figure, subject_ko: str) -> bool:
    """Whether the figure's sentence names a stock market as the place right before the company that is the
    figure's subject ("코스닥시장에서 A사는 전 거래일 대비 29.92% 오른 8만1200원에"): the market is where the
    company's shares trade, so a market cue read there is no index's level. The company must be the topic
    written right after the place, and the figure after both (an index named elsewhere in the sentence keeps
    its own reading: "A사는 18.6% 올라 코스피 상승률(4.1%)을 웃돌았다")."""
    head = text[start : fig.start]
    for word in fact_cues().words("place_market"):
        at = head.rfind(word)
        if at < 0:
            continue
        if re.match(r"\s*" + re.escape(subject_ko) + r"(?:은|는|이|가|도)\s", head[at + len(word) :]):
            return True
    return False


def _without_place_market(
    text: str, clause: tuple[int, int], hits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Drop a cue inside a market named as the place ("삼성전자 주가는 코스피 시장에서 5% 올랐다": 코스피 is
    where it trades, not the measure) when the clause has a measure noun of its own outside such a place."""
    places: list[tuple[int, int]] = []
    for word in fact_cues().words("place_market"):
        s = text.find(word, clause[0], clause[1])
        while s >= 0:
            places.append((s, s + len(word)))
            s = text.find(word, s + 1, clause[1])
    if not places:
        return hits
    inside = [h for h in hits if any(ps <= h[0] and h[1] <= pe for ps, pe in places)]
    outside = [h for h in hits if h not in inside]
    return outside if inside and outside else hits


def _cause_phrase(text: str, tokens: Sequence[Token], end: int, fig: Figure) -> bool:
    """A measure noun ending at ``end`` that only heads a cause phrase ("수출 수혜 기대에", "매출 증가
    기대감에", "실적 부진 우려로"): bare nouns (no particle) up to a cause noun marked by 에/로/으로, and the
    figure not inside it; it says why something moved, not what moved ("영업이익은 환율 영향으로" keeps
    영업이익 as the topic)."""
    markers = fact_cues().words("cause_marker")
    after = [t for t in tokens if t.start >= end]
    nouns = 0
    for k, t in enumerate(after[:8]):
        if t.start <= fig.start < t.end or t.start >= fig.start >= end:
            return False
        if t.tag not in {"NNG", "NNP", "XSN"} and not (t.tag == "JKG" and k == 0):
            return False  # a particle or a verb: the noun is an argument of its own clause
        stem = text[max(end, t.start - 4) : t.end]
        nxt = after[k + 1] if k + 1 < len(after) else None
        if any(stem.endswith(m) for m in markers) and nxt is not None and nxt.tag == "JKB":
            return nxt.form in {"에", "로", "으로"}
        nouns += t.tag in {"NNG", "NNP"}
        if nouns > 4:
            return False
    return False


@lru_cache(maxsize=1)
def _cue_blocker() -> re.Pattern[str] | None:
    """A word right after a measure cue that makes the cue modify another noun (fact_cues.tsv, cue_blocker)."""
    words = fact_cues().words("cue_blocker")
    return re.compile(rf"\s*(?:{_escaped(words)})") if words else None


def _measure_for(ctx: _Ctx, index: int, clause: tuple[int, int], kind: str) -> str | None:
    """The measure cue nearest the figure (before it first), leaving out a cue that only modifies
    another noun ("수출 제한으로") or names the base of a comparison ("공모가(1960루피) 대비 … 1931루피")."""
    text = ctx.text
    fig = ctx.figures[index]
    blocker = _cue_blocker()
    hits = _cue_hits(text, clause, _measure_cues(kind), True)
    keep: list[tuple[int, int, str]] = []
    for s, e, key in hits:
        after = text[e : e + 30]
        if blocker is not None and blocker.match(after):
            continue
        if _cause_phrase(text, ctx.analysis.tokens[fig.sentence], e, fig):
            continue  # "수출 수혜 기대에 1.2% 올랐다": the noun names the cause of the move, not what moved
        if re.match(r"^\s*\)?\s*(?:\([^()]{0,12}\))?\s*(?:이후|직후|이전|후|전)(?:\s|$|에|의|로)", after):
            continue  # "기업공개(IPO) 이후 거래 첫날": a time named by an event, not the figure's measure
        if e <= fig.start and _in_source_phrase(text[e : fig.start]):
            continue  # "투자은행(IB) 업계에 따르면 … 2000억원": the cue is in the source's name, not the measure
        if e <= fig.start and re.match(r"^(?:에는|에도)\s", after) and _figure_owner_noun(text, fig):
            continue  # "영업이익에는 … 세액공제 4660억원이 포함됐다": a part inside the measure, named by its own noun
        if e <= fig.start:
            rest = re.sub(r"^\s*(?:\([^()]{0,30}\))?", "", text[e : fig.start])
            if re.match(r"^\s*(?:인|은|는|이|가)?\s*(?:대비|보다|比|에 비해|와 비교)", rest) and len(rest) > 6:
                continue  # the base of a comparison, not this figure
            if re.match(r"^\s*(?:인|이던|였던)\s", rest) and _figure_between(ctx, fig, e):
                continue  # "공모가인 1960루피에서 5.1% 하락한 1860루피": the cue names the first figure only
        keep.append((s, e, key))
    keep = _without_place_market(text, clause, keep)
    traded = _traded_shares(text, keep, fig)
    if traded is not None:
        return traded  # "1조원 넘게 주식을 팔아치우며": the amount sold, not a share price
    after_hits = [(max(0, s - fig.end), -(e - s), k) for s, e, k in keep if e > fig.end and s >= fig.start]
    before_hits = [(fig.start - e, -(e - s), k) for s, e, k in keep if e <= fig.start]
    right_after = [
        h
        for h in after_hits
        if re.fullmatch(
            r"\s*(?:\([^()]{0,30}\))?\s*(?:어치)?\s*(?:의|로|으로|에|을|를|이|가)?\s*", text[fig.end : fig.end + h[0]]
        )
    ]
    if right_after and not text[fig.end + min(right_after)[0] :].startswith("규모"):
        return min(right_after)[2]  # "120억달러(약 17조원)로 몸값을", "주당 83만원에 공개 매수했다"
    if before_hits:
        nearest = min(before_hits)
        denominators = fact_cues().words("denominator")
        named = [(fig.start - e, -(e - s), k) for s, e, k in keep if e <= fig.start and text[s:e] not in denominators]
        if named and nearest not in named:
            return min(named)[2]  # "취득주식 수는 발행주식총수의 18%": the total named is no measure of its own
        return nearest[2]
    if after_hits:
        first = min(after_hits)
        # "3,500억 달러 규모의 투자": 규모 (size) of what the next noun names
        later = [h for h in after_hits if h[0] > first[0] and h[2] != first[2]]
        size_of = text[fig.end + first[0] : fig.end + first[0] + 5].startswith("규모의")
        named = _SIZE_OF.match(text, fig.end)
        sized = [h for h in after_hits if fig.end + h[0] == (named.end() if named else -1)]
        if size_of and sized and min(sized)[2] in fact_cues().words("sized_measure"):
            return min(sized)[2]  # "2500억원 규모의 자기주식 취득을 위한 신탁계약": the buyback's, not the contract's
        if size_of and "deal_value" in measure_by_key():
            window = text[fig.end + first[0] + 3 : min(clause[1], fig.end + first[0] + 24)]
            if any(w in window for w in fact_cues().words("deal_noun")):
                return "deal_value"  # "2조원 규모의 기술이전 계약": the deal's amount
        if size_of and later and min(later)[0] - first[0] <= 6:
            return min(later)[2]
        bought = [h for h in later if h[2] == "purchases"]
        if size_of and bought:
            return min(bought)[2]  # "200억 달러 규모의 곡물과 에너지를 사들일": the purchase's amount
        return first[2]
    return None


_SIZE_OF = re.compile(r"\s*규모의\s*")  # "N 규모의 [cue]": the cue names what the amount is of


def _in_source_phrase(gap: str) -> bool:
    """Whether the text from a cue to its figure closes a source phrase ("X에 따르면", fact_cues.tsv according)."""
    return any(w in gap for w in fact_cues().words("according"))


def _return_noun_before(text: str, fig: Figure, clause: tuple[int, int]) -> bool:
    """A rate-of-return noun marked as topic or subject before the figure in its clause ("수익률은 … 5%")."""
    head = text[clause[0] : fig.start]
    nouns = _alternation("return_noun")
    return re.search(rf"(?:{nouns})(?:은|는|이|가|도)\s", head) is not None


def _figure_owner_noun(text: str, fig: Figure) -> bool:
    """A noun (no particle) right before the figure that names what the figure is ("세액공제(AMPC) 4660억원")."""
    return re.search(r"[가-힣A-Za-z)]\s+$", text[max(0, fig.start - 3) : fig.start]) is not None and not re.search(
        r"(?:은|는|이|가|을|를|도|의|에|로|약|총|각각|모두)\s+$", text[max(0, fig.start - 4) : fig.start]
    )


def _figure_between(ctx: _Ctx, fig: Figure, start: int) -> bool:
    """Whether another figure of the sentence stands between ``start`` and the figure."""
    return any(
        start <= g.start and g.end <= fig.start and g is not fig
        for g in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence))
    )


_TRADE_MEASURES = frozenset({"net_buying", "net_selling"})


def _traded_shares(text: str, hits: Sequence[tuple[int, int, str]], fig: Figure) -> str | None:
    """A money figure followed by "주식을/주식을 더" and a buying or selling verb: the trade's measure.

    "외국인들이 1조원 넘게 주식을 팔아치우며": 주식 is the object traded, not the measure.
    """
    if fig.kind != "money":
        return None
    after = sorted((s, e, k) for s, e, k in hits if s >= fig.end)
    if len(after) < 2 or after[0][2] != "share_price" or after[1][2] not in _TRADE_MEASURES:
        return None
    if text[fig.end : after[0][0]].strip(" ") not in {"", "어치", "의", "어치의"}:
        return None
    if re.fullmatch(r"(?:을|를)\s*(?:[가-힣]{1,3}\s+)?", text[after[0][1] : after[1][0]]) is None:
        return None
    return after[1][2]


@lru_cache(maxsize=16)
def _measure_cues(kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((cue, m.key) for m in measures() if kind in m.kinds for cue in m.cues)


@lru_cache(maxsize=1)
def _change_cues() -> tuple[tuple[str, str], ...]:
    return tuple((cue, c.key) for c in changes() for cue in c.cues)


def change_verb(text: str, sentence: Sentence, tokens: Sequence[Token], figure: Figure, key: str) -> str:
    """The English past-tense verb for a fact's change, as strong as the Korean cue ("폭락" -> plunged)."""
    clause = _clause(text, sentence, tokens, figure)
    rows = [c for c in changes() if c.key == key]
    cues = [(cue, c.en_past) for c in rows for cue in c.cues]
    verb = _nearest_cue(text, clause, figure, cues)
    if verb is not None:
        return verb
    return rows[-1].en_past if rows else key


def _is_copular(tokens: Sequence[Token]) -> bool:
    predicates = [t for t in tokens if t.tag in {"VV", "VA", "VCP", "VX", "XSV", "XSA"}]
    return bool(predicates) and predicates[-1].tag == "VCP"


def _has_change_cue(text: str, sentence: Sentence) -> str | None:
    body = text[sentence.start : sentence.end]
    best: tuple[int, str] | None = None
    for cue, key in _change_cues():
        i = body.rfind(cue)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, key)
    return best[1] if best else None


def _direction_of(words: str) -> str | None:
    """up / down from the first change word in ``words``."""
    best: tuple[int, str] | None = None
    for w in _words()["up"]:
        i = words.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "up")
    for w in _words()["down"]:
        i = words.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "down")
    return best[1] if best else None


# --------------------------------------------------------------------------- dates


def _iso_day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


# What may stand between a day word and its comparison particle: the same time of that day or its close, and the
# level then in brackets ("전날 같은 시각(893.45원)보다", "전 거래일 종가(1405.3원) 대비")
_SAME_TIME_BASE = re.compile(
    r"^(?:같은\s?(?:시각|시간|시점|때)|동시간대?|종가|마감가?|장 마감|고시 ?환율|기준)?\s*(?:\([^()]{0,20}\))?\s*"
)


_BRACKET_AFTER = re.compile(r"^\s*(?:같은\s?(?:시각|시간|시점|때)|동시간대?|종가|마감가?|장 마감)?\s*\(\s*$")


def _is_ref_date(text: str, d: Figure, sentence_end: int) -> bool:
    """A date followed by 이후/이래/만에/대비/보다/부터/까지/당시/전: a reference point, not the event's day."""
    rest = text[d.end : min(sentence_end, d.end + 32)]
    rest = re.sub(r"^\s*\([^)]{0,12}\)", "", rest)  # "(현지시간)", "(우리 시간)"
    rest = re.sub(r"^(?:\s|에|의|께|경|쯤|무렵)*", "", rest)
    rest = _SAME_TIME_BASE.sub("", rest)  # "전날 같은 시각(893.45원)보다": the day before is the base compared with
    for cue in fact_cues().words("refdate"):
        if rest.startswith(cue):
            if cue in {"전", "후", "뒤"} and rest[len(cue) : len(cue) + 1] not in {
                "",
                " ",
                ",",
                "에",
                "로",
                "의",
                "인",
            }:
                continue  # 전망, 전년, 후보, …: not "before/after the date"
            return True
    if rest.startswith(("에 비해", "와 비교", "과 비교")):
        return True
    return False


@dataclass
class _Dates:
    """The article's date figures, which are reference points, and the day words resolve to."""

    figures: Sequence[Figure]
    refs: set[int]
    article_day: str | None
    story_day: str | None


def _dates(text: str, analysis: Analysis, figures: Sequence[Figure], article: Article) -> _Dates:
    refs: set[int] = set()
    for i, f in enumerate(figures):
        if f.kind == "date" and 0 <= f.sentence < len(analysis.sentences):
            if _is_ref_date(text, f, analysis.sentences[f.sentence].end):
                refs.add(i)
    for i in sorted(refs, reverse=True):  # "2020년 3월 13일과 19일 이후": both are where the span starts
        j = i - 1
        while j >= 0 and figures[j].kind == "date" and figures[j].sentence == figures[i].sentence:
            if text[figures[j].end : figures[j + 1].start].strip() not in {"과", "와", "및", ",", "·", "~", "-"}:
                break
            refs.add(j)
            j -= 1
    article_day = article.date if article.date and len(article.date) == 10 else None
    story_day = article_day
    # The lead's own day ("28일(현지시간)") when it is the article's day or a few days before it.
    for i, f in enumerate(figures):
        if f.kind != "date" or i in refs or not isinstance(f.value, str) or f.sentence > 1:
            continue
        if f.surface.startswith(("지난", "작년", "지난해", "올해")):
            continue
        day = _iso_day(f.value)
        if day is None:
            continue
        ref = _iso_day(article_day) if article_day else None
        if ref is None or timedelta(0) <= ref - day <= timedelta(days=4):
            story_day = f.value  # (with no article date, the lead's day is the only day 이날 can mean)
        break
    return _Dates(figures, refs, article_day, story_day)


def _linked_day(text: str, head: str, dates: _Dates) -> str | None:
    """The day an explicit link in ``head`` (이날, 당일, 같은 날, 전날) points to; a level in brackets right after a day
    word ("전날 같은 시각(893.45원)보다") is that day's, whatever other day word comes before."""
    pairs = fact_cues().pairs("daylink")
    bracketed = [
        (cue, value) for cue, value in pairs if (i := head.rfind(cue)) >= 0 and _BRACKET_AFTER.match(head[i + len(cue) :])
    ]
    for cue, value in bracketed + [p for p in pairs if p not in bracketed]:
        i = head.rfind(cue)
        if i < 0:
            continue
        after = _SAME_TIME_BASE.sub("", head[i + len(cue) : i + len(cue) + 32].lstrip())
        if re.match(r"\s*(?:대비|보다|比|에 비해)", after):
            continue  # "전날 같은 시각(893.45원)보다 6.15원 내렸다": compared with the day before, not dated by it
        base = dates.story_day
        if base is None:
            return None
        offset = int(value or 0)
        if offset == 0:
            return base
        day = _iso_day(base)
        return (day + timedelta(days=offset)).isoformat() if day else None
    return None


def _duration_date(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> str | None:
    """ "4년 5개월 만에 발동": the event is the article's; the dates before it are where the span starts."""
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    linked = _linked_day(text, text[sentence.start : fig.start], ctx.dates)
    if linked is not None:
        return linked
    if re.match(r"^\s*(?:여|가량|남짓|째)?\s*만", text[fig.end : fig.end + 6]) and ctx.dates.article_day:
        return ctx.dates.story_day
    return "" if re.match(r"^\s*(?:여|가량|남짓|째)?\s*만", text[fig.end : fig.end + 6]) else None


def _day_in_force(ctx: _Ctx, si: int, across_paragraphs: bool = False) -> str | None:
    """The last day named (not as a reference) in the two sentences before ``si``, within its paragraph."""
    for back in (1, 2):
        pi = si - back
        if pi < 0 or is_heading(ctx.text, ctx.analysis.sentences[pi]):
            return None
        gap = ctx.text[ctx.analysis.sentences[pi].end : ctx.analysis.sentences[pi + 1].start]
        if "\n\n" in gap and not across_paragraphs:
            return None
        days = [
            d
            for i, d in ((i, ctx.figures[i]) for i in _in_sentence(ctx, pi))
            if d.kind == "date" and i not in ctx.dates.refs and isinstance(d.value, str) and len(d.value) == 10
        ]
        days = [d for d in days if not _record_day(ctx, d)]
        newest = ctx.newest_day
        recent = [d for d in days if _days_apart(str(d.value), newest) <= 31]
        if recent:
            return str(recent[-1].value)
        if days:
            return None  # only a past record's day ("2013년 5월 9일 … 상승에 이어")
    return None


def _record_day(ctx: _Ctx, d: Figure) -> bool:
    """A day that dates a record quoted for comparison ("2013년 5월 9일 24.4% 상승에 이어")."""
    after = ctx.text[d.end : d.end + 40]
    m = re.match(
        r"^\s*(?:의\s*)?[-+]?\d[\d,.]*\s*[%가-힣A-Za-z]{0,4}\s*(?:\S{0,4}\s*)?(?:에 이어|이후|이래|보다|대비|에 비해)",
        after,
    )
    return m is not None


def _days_apart(a: str, b: str) -> int:
    da, db = _iso_day(a), _iso_day(b[:10]) if len(b) >= 10 else None
    return abs((db - da).days) if da is not None and db is not None else 0


# --------------------------------------------------------------------------- one figure


@dataclass
class _Ctx:
    text: str
    analysis: Analysis
    figures: Sequence[Figure]
    dates: _Dates
    glosses: dict[str, str]
    names: dict[int, list[_Name]]
    main: str | None
    # Indices of the figures of each sentence, in text order, and the facts read so far (by figure):
    # every per-figure look at "the other figures of the sentence" goes through these, so the stage
    # stays linear in the article (a slice or scan of all figures per figure made it quadratic).
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    fact_of: dict[int, Fact] = field(default_factory=dict)
    newest_day: str = ""
    main_parent: str | None = None  # the parent whose name the article's company carries ("현대차 인도법인")
    mentions: Mentions = ()


def _in_sentence(ctx: _Ctx, si: int) -> list[int]:
    return ctx.by_sentence.get(si, [])


def _facts_in(ctx: _Ctx, si: int) -> list[Fact]:
    return [ctx.fact_of[i] for i in _in_sentence(ctx, si) if i in ctx.fact_of]


def _mentions(ctx: _Ctx, si: int) -> tuple[EntityMention, ...]:
    return ctx.mentions[si]


def _names(ctx: _Ctx, si: int) -> list[_Name]:
    if si not in ctx.names:
        sentence, tokens = ctx.analysis.sentences[si], ctx.analysis.tokens[si]
        # "SK이노베이션 E&S가": a Korean name with an "X&Y" word after it is an affiliate, not the gazetteer's company
        mentions = tuple(m for m in _mentions(ctx, si) if not _sister_name(ctx.text, m.end, sentence.end))
        found = sentence_names(ctx.text, sentence, tokens, ctx.glosses, mentions)
        bare = set(fact_cues().words("fx_generic"))
        if any(n.type == "fx" and n.ko in bare for n in found):
            pair = _pair_named_before(ctx, si, bare)
            if pair is not None:  # "엔·달러 환율은 … 오후 3시 현재 환율은 N엔": the pair just named
                found = [replace(n, en=pair) if n.type == "fx" and n.ko in bare else n for n in found]
        ctx.names[si] = found
    return ctx.names[si]


def _pair_named_before(ctx: _Ctx, si: int, bare: set[str]) -> str | None:
    """The currency pair named by its full name in this sentence or the two before, when only one was."""
    pairs: list[str] = []
    for pi in range(max(0, si - 2), si + 1):
        for m in _mentions(ctx, pi):
            if m.entity.type == "fx" and m.entity.ko not in bare:
                pairs.append(m.entity.en)
    return pairs[-1] if pairs and len(set(pairs[-2:])) == 1 else None


def _paren_owner(ctx: _Ctx, index: int) -> tuple[str, object] | None:
    """What the parentheses holding the figure follow: ("name", _Name), ("figure", i), ("date", i), ("period", cue)."""
    fig = ctx.figures[index]
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    before = text[max(sentence.start, fig.start - 12) : fig.start]
    m = _PAREN_GAP.search(before)
    if m is None:
        return None
    open_at = fig.start - (len(before) - m.start())
    # The parenthesis closes right after the figure (or after more of the same aside).
    for j in range(index - 1, -1, -1):
        prev = ctx.figures[j]
        if prev.sentence != fig.sentence:
            break
        if prev.end <= open_at and text[prev.end : open_at].strip() == "":
            return ("date" if prev.kind == "date" else "figure", j)
        if prev.end <= open_at:
            break
    for name in reversed(_names(ctx, fig.sentence)):
        if name.end <= open_at:
            gap = text[name.end : open_at]
            if gap.strip() == "" or re.fullmatch(r"\s*[\[(][0-9A-Za-z.:]{1,12}[\])]\s*", gap):
                return ("name", name)
            break
    head = text[sentence.start : open_at].rstrip()
    for cue in fact_cues().words("period"):
        if head.endswith(cue):
            return ("period", cue)
    return None


_BARE_GAP = re.compile(
    r"\s*(?:(?:사상|역대)\s*(?:첫|최초로?|처음으로?)|장\s*초반|장중|이날|한때|또|다시|약)?\s*(?:[가-힣]{1,3}당\s*)?"
)  # "WTI 배럴당 85달러 돌파": a per-unit word is part of the price
_LOCUS_MEASURES = frozenset({"volume", "trading_value", "net_buying", "net_selling"})
_SUBJ_OVER_GEN = frozenset({"stake", "tender_price", "deal_value"})  # "A는 B 지분/공개매수 가격": A's


def _embedded(ctx: _Ctx, name: _Name, fig: Figure) -> bool:
    """A subject inside a relative clause before the figure ("미국이 … 선택하는 투자를", "정부가 선정한 N")."""
    tokens = ctx.analysis.tokens[fig.sentence]
    between = [t for t in tokens if name.end <= t.start and t.end <= fig.start]
    return any(t.tag == "ETM" for t in between) and not any(t.tag == "EF" for t in between)


_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "NNB", "NR", "XSN", "SW"})


_COMPANY_OWN = frozenset({"revenue", "operating_profit", "net_profit", "profit_margin", "share_price", "market_value"})


def _reported_clause(ctx: _Ctx, fig: Figure, topic: _Name) -> _Name | str | None:
    """In "X는 [Y가 … N …]고 밝혔다/발표했다" X only reports the embedded clause. "own" when Y is a bare
    measure noun (with at most time words before it: "삼성전자는 4분기 영업이익이 N으로 집계됐다고 밝혔다"),
    so the figure stays X's; else Y (its own subject) as a name with no English name, its Korean surface
    kept only when one word (the owner before a measure noun: "반도체 수출이" -> 반도체); None with no frame."""
    text = ctx.text
    if text[topic.end : topic.end + 1] not in {"은", "는"}:
        return None
    tokens = ctx.analysis.tokens[fig.sentence]
    sentence = ctx.analysis.sentences[fig.sentence]
    between = [i for i, t in enumerate(tokens) if topic.end <= t.start and t.end <= fig.start]
    if any(tokens[i].tag in {"EF", "SF"} for i in between):
        return None
    jks = [i for i in between if tokens[i].tag == "JKS"]
    if not jks:
        return None
    closing = None
    for i, t in enumerate(tokens):
        if t.start < fig.end:
            continue
        if t.tag in {"EF", "SF"}:
            break
        if t.tag == "EC" and t.form.endswith("고"):
            after = text[t.end : sentence.end].lstrip()
            after = re.sub(r"^(?:(?:지난\s*)?\d{1,2}일(?:\s*\(현지시간\))?|이날)\s*", "", after)  # "…고 1일 밝혔다"
            if any(after.startswith(w) for w in fact_cues().words("report_verb")):
                closing = i
            break
    if closing is None:
        return None
    j = jks[-1]
    run: list[int] = []
    k = j - 1
    while k >= 0 and tokens[k].start >= topic.end and tokens[k].tag in _NOUN_TAGS:
        run.insert(0, k)
        k -= 1
    if not run:
        return None
    end = tokens[j].start
    times = set(fact_cues().words("time_noun")) | {w for w, _ in fact_cues().pairs("relative_period")}
    timed = {i for i in run if tokens[i].tag in {"SN", "NR", "NNB", "SW"} or tokens[i].form in times}
    while len(run) > 1 and run[0] in timed:
        run.pop(0)  # "지난달 반도체 수출이": the time words are no owner
    head = next((i for i in run if _measure_of_noun(text[tokens[i].start : end]) is not None), None)
    if head is None:
        return _unnamed(text, tokens[run[0]].start, end)
    if topic.type == "company" and _measure_of_noun(text[tokens[head].start : end]) in _COMPANY_OWN:
        return "own"  # "엔비디아는 데이터센터 매출이": a company's segment or region of its own results
    for i in run:
        if i >= head:
            break
        if i not in timed:
            # "반도체 수출이", "서울 아파트 전셋값이": a measure with an owner of its own
            return _unnamed(text, tokens[run[0]].start, tokens[head - 1].end)
    if topic.type in _REPORTERS:
        return _unnamed(text, end, end)  # "산업부는 11월 수출액이 N으로 집계됐다고": the ministry only reports it
    return "own"


_REPORTERS = frozenset({"org", "central_bank", "outlet", "exchange", "person"})  # they report figures, own none


def _unnamed(text: str, start: int, end: int) -> _Name:
    """A subject the gazetteer does not name: no English name; its surface only when it is one word."""
    ko = text[start:end]
    return _Name(start, end, ko if ko and not re.search(r"\s", ko) else "", None, None, "subj")


_RANK_IS = re.compile(r"\s*(?:은|는)\s+")  # "1위는 A": the name right after a rank as its topic holds the rank


def _pick_subject(ctx: _Ctx, fig: Figure, clause: tuple[int, int], measure: str | None) -> tuple[_Name | None, bool]:
    """The subject name for a figure and whether the sentence blocks carrying one over."""
    every = _names(ctx, fig.sentence)
    after = [n for n in every if n.start >= fig.end]
    # "1400원대 원·달러 환율": a figure right before a name describes that name.
    if after and re.fullmatch(r"\s*", ctx.text[fig.end : after[0].start]) and after[0].type in SUBJECT_TYPES:
        if after[0].role in {"subj", "gen", "conj", "other"} and after[0].en:
            return after[0], True
    if measure == "ranking" and after and _RANK_IS.fullmatch(ctx.text[fig.end : after[0].start]) and after[0].en:
        return after[0], True  # "순매수 1위는 A(N)였다": the rank is the name that holds it, not a name before
    names = [n for n in every if n.end <= fig.start]
    blocked = False
    cut = _according_end(ctx, fig)
    if cut is not None:  # "산업부가 발표한 …에 따르면 반도체 수출액은 N": the ministry only reports it
        blocked = any(n.end <= cut for n in names)
        names = [n for n in names if n.start >= cut]
        every = [n for n in every if n.start >= cut]
    if names and names[-1].role in {"mod", "other"} and names[-1].type in SUBJECT_TYPES and names[-1].en:
        gap = ctx.text[names[-1].end : fig.start]
        # (a subject before a headline's ellipsis, "코스피 4100선 회복…삼성전자 3%↑", is another clause's)
        head = ctx.text[ctx.analysis.sentences[fig.sentence].start : fig.start]
        ellipsis = ctx.analysis.sentences[fig.sentence].start + max(head.rfind("…"), head.rfind("..."))
        if _BARE_GAP.fullmatch(gap) and not any(n.role in {"subj", "group"} and n.start > ellipsis for n in names):
            return names[-1], True  # a headline: "테슬라 22% 폭등", "환율 장 초반 1470원 돌파"
    quoted = _closed_quotes(ctx.text, ctx.analysis.sentences[fig.sentence].start, fig.start)
    names = [n for n in names if not any(s <= n.start < e for s, e in quoted)]  # another utterance's subject
    opened = _open_quote(ctx.text, ctx.analysis.sentences[fig.sentence].start, fig.start)
    inner = [n for n in names if opened is not None and n.start > opened and n.role in {"subj", "gen"}]
    if opened is not None and inner and any(n.end <= opened for n in names):
        names = [n for n in names if n.start > opened]  # "A는 \"B 주가가 N …\"": A only says it
        blocked = True
    if measure is not None and measure in fact_cues().words("levy"):
        return _levied_party(ctx, fig, clause, names, measure), True
    subjects = [n for n in names if n.role == "subj"]
    for n in reversed(names):
        if n.role == "subj":
            earlier = [m for m in subjects if m.start < n.start and ctx.text[m.end : m.end + 1] in {"은", "는"}]
            if earlier and ctx.text[n.end : n.end + 1] in {"이", "가"} and _embedded(ctx, n, fig):
                continue  # "한국은 [미국이 … 선택하는] 투자를 위해 N": the topic's
            if _new_topic_after(ctx, fig, n):
                return None, True  # "삼성전자가 3% 내린 가운데 태양바이오는 5% 하락했다": a new topic, unknown
            reported = _reported_clause(ctx, fig, n)
            if isinstance(reported, _Name):  # "부동산원은 [전셋값이 0.2% 올랐다]고 밝혔다": the body only reports it
                return (reported if reported.ko else None), True
            return (n if _subject_ok(n, measure) else None), True
        if n.role == "gen" and n.measure == "gpu_count":
            continue  # "엔비디아 칩 5만 개": the chips' maker, not their owner
        if n.role == "gen" and n.measure is None and _owns_parenthesized(ctx, n, fig):
            return (n if _subject_ok(n, measure) else None), True  # "LIC의 역대 최대 기록(25억 달러)"
        if n.role == "gen" and n.measure is not None and measure not in _SUBJ_OVER_GEN:
            between = [
                g for g in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence)) if n.end <= g.start < fig.start
            ]
            if n.measure == measure or (measure is None and not between and n.start >= clause[0]):
                return (n if _subject_ok(n, measure) else None), True
        if n.role == "target" and measure in {"tariff_rate"} and n.end <= fig.start:
            return n, True
        if n.role == "locus" and n.type in {"index", "market"} and measure in _LOCUS_MEASURES:
            return n, True
        if n.role in {"group", "source"}:
            blocked = True
            if n.role == "group":
                return None, True
    return None, blocked or bool(names)


def _bid_for(text: str, fig: Figure, clause: tuple[int, int]) -> bool:
    """A verb of bidding for the shares after the figure, in its clause ("…를 주당 83만원에 공개 매수했다")."""
    tail = text[fig.end : min(clause[1], fig.end + 40)]
    if not re.match(r"^[^,.]{0,3}?(?:\([^()]{0,20}\))?\s*(?:인|의)?\s*[^,.]{0,12}?(?:을|를)\s", tail):
        return False  # the figure (or the noun it sizes) must be the verb's object
    return any(w in tail for w in fact_cues().words("bid_verb"))


def _amounts_to(text: str, fig: Figure) -> bool:
    """A share written as part of a whole that a planned quantity amounts to ("발행주식총수의 1.8%에 해당한다"): the
    figure follows "의" and a verb of equivalence follows it (fact_cues.tsv equivalence_verb)."""
    if not text[max(0, fig.start - 2) : fig.start].rstrip().endswith("의"):
        return False
    m = re.match(r"(?:에|로)\s?([가-힣]{2})", text[fig.end : fig.end + 6])
    return m is not None and m.group(1) in fact_cues().words("equivalence_verb")


def _equivalent_shares(ctx: _Ctx, fig: Figure) -> str:
    """The measure of an equivalent share: the shares sought when its sentence or one of the two before buys
    (fact_cues.tsv buy_noun), else "other" (no measure a line can state)."""
    sentences = ctx.analysis.sentences
    lo = sentences[max(0, fig.sentence - 2)].start if sentences else 0
    span = ctx.text[lo : fig.start]
    return "shares_sought" if any(w in span for w in fact_cues().words("buy_noun")) else "other"


@cache
def _cue_regexes(kind: str, template: str) -> tuple[tuple[tuple[str, str], re.Pattern[str]], ...]:
    """Each (word, value) pair of a fact_cues.tsv kind with its own compiled pattern: ``template`` with the
    escaped word for ``{w}``.  Compiled once; a pattern built anew per figure would churn re's small cache."""
    return tuple((pair, re.compile(template.replace("{w}", re.escape(pair[0])))) for pair in fact_cues().pairs(kind))


@lru_cache(maxsize=1)
def _some_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """ "일부 증권사" and its kin (some_prefix x some_group), in the table's order, with the group's English."""
    cues = fact_cues()
    return tuple(
        (re.compile(rf"(?:^|\s){re.escape(prefix)}\s*{re.escape(word)}"), en)
        for prefix in cues.words("some_prefix")
        for word, en in cues.pairs("some_group")
    )


def _class_owner_at(head: str) -> int:
    """Where the last class-of-companies owner word ("기업의", "업체들의", "평균") in ``head`` ends, or -1."""
    pairs = _cue_regexes("class_owner", r"(?:^|[\s(]){w}")
    ends = [m.end() for (word, _), rx in pairs if word in head for m in rx.finditer(head)]  # matched as written
    return max(ends, default=-1)


def _class_owned(ctx: _Ctx, fig: Figure, clause: tuple[int, int], named: _Name | None) -> bool:
    """A class of companies owns the figure ("IPO 기업의 평균 주가 상승률은 39%"): no name after the class
    word (the name's own "평균" is its own: "삼성전자의 평균 …" names its owner before it)."""
    head = ctx.text[clause[0] : fig.start]
    at = _class_owner_at(head)
    if at < 0:
        return False
    cut = clause[0] + at
    names = [n for n in _names(ctx, fig.sentence) if clause[0] <= n.start < fig.start]
    if any(n.start >= cut for n in names):
        return False  # "업체들의 … 엔비디아 주가": a name after the class word owns it
    if head[:at].rstrip().endswith("평균") and any(n.role in {"subj", "gen"} and n.en for n in names):
        return False  # "엔비디아의 평균 …": the name before owns the average
    return named is None or named.start < clause[0] or named.role not in {"gen"}


def _owns_parenthesized(ctx: _Ctx, name: _Name, fig: Figure) -> bool:
    """ "X의 역대 최대 IPO 기록(N)": the figure in parentheses after a noun phrase X (with 의) heads; no verb,
    ending or other name between them."""
    if not re.search(r"[가-힣A-Za-z]\s*\($", ctx.text[max(0, fig.start - 3) : fig.start]):
        return False
    tokens = ctx.analysis.tokens[fig.sentence]
    between = [t for t in tokens if name.end <= t.start and t.end <= fig.start]
    if any(t.tag.startswith(("E", "V", "XSV", "XSA", "JKS", "JKO", "JX", "JKB")) for t in between):
        return False
    return not any(name.end <= n.start and n.end <= fig.start for n in _names(ctx, fig.sentence) if n is not name)


def _open_quote(text: str, start: int, end: int) -> int | None:
    """Where a quotation still open at ``end`` (the figure is inside it) opened, or None."""
    opened: int | None = None
    for k in range(start, end):
        ch = text[k]
        if ch == "“" or (ch == '"' and opened is None):
            opened = k
        elif (ch == "”" or ch == '"') and opened is not None:
            opened = None
    return opened


def _levied_party(
    ctx: _Ctx, fig: Figure, clause: tuple[int, int], names: Sequence[_Name], measure: str = "tariff_rate"
) -> _Name | None:
    """Who bears a tariff, or None: never the imposer ("백악관은 … 관세를 올린다", "미국 정부는").

    In order: the party or goods it is on ("한국에 대한", "중국산 전기차에", "중국에 60% 관세를");
    a country owning the tariff noun ("한국 상호관세 15%"); a subject that bears it ("한국은 15%
    관세를 적용받는다"); the subject of a clause inside the imposer's sentence ("트럼프 대통령은
    한국이 합의하지 않으면 25%의 관세를 부과하겠다고").
    """
    text = ctx.text
    cues = fact_cues()
    origin = cues.words("origin")
    tokens = ctx.analysis.tokens[fig.sentence]
    sentence = ctx.analysis.sentences[fig.sentence]

    def verbless(a: int) -> bool:
        return not any(t.tag.startswith(("V", "E", "XSV")) and a <= t.start and t.end <= fig.start for t in tokens)

    taxed = [
        n
        for n in names
        if n.role == "target"
        or (n.type == "country" and any(text.startswith(o, n.end) for o in origin))
        or (
            (n.type == "country" or (measure != "tariff_rate" and n.type in {"company", "bank", "person"}))
            and n.start >= clause[0]
            and re.match(r"에(?:게|도|는)?\s", text[n.end : n.end + 3])
            and verbless(n.end)
        )  # "한국에 25% 관세를", "네이버에 과징금 60억원을": the party it is put on
    ]
    if taxed:
        return taxed[-1]
    by_ko = entity_by_ko()
    for m in reversed(list(entity_pattern().finditer(text, sentence.start, fig.start))):
        e = by_ko[m.group()]  # "일본산 자동차에": Kiwi reads 일본산 as one noun
        if e.type == "country" and any(text.startswith(o, m.end()) for o in origin):
            return _Name(m.start(), m.end(), m.group(), e.en, e.type, "target")
    owners = [n for n in names if n.type == "country" and n.measure == "tariff_rate" and text[n.end : n.end + 1] == " "]
    if owners:
        return owners[-1]  # "한국 상호관세율 15%": the tariff on Korea
    subjects = [n for n in names if n.role == "subj"]
    if subjects and any(v in text[fig.end : clause[1]] for v in cues.words("levied")):
        return subjects[-1]
    if subjects and subjects[-1].type == "country" and text[subjects[-1].end : subjects[-1].end + 1] in {"이", "가"}:
        last = subjects[-1]
        topic = any(t.tag == "JX" and t.form in {"은", "는"} and t.end <= last.start for t in tokens)
        if topic and not verbless(last.end):
            return last  # the subject of a clause inside the imposer's statement
    return None


def _closed_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations that open and close between ``start`` and ``end`` ("\"A가 …\"며 \"…N\""): their spans."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for k in range(start, end):
        ch = text[k]
        if ch == "“" or (ch == '"' and opened is None):
            opened = k
        elif (ch == "”" or ch == '"') and opened is not None:
            spans.append((opened, k))
            opened = None
    return spans


def _each_name(ctx: _Ctx, index: int) -> _Name | None:
    """ "A와 B는 각각 N, M": the name at the figure's place in the list 각각 pairs with the names, in order."""
    fig = ctx.figures[index]
    sentence = ctx.analysis.sentences[fig.sentence]
    text = ctx.text
    each = text.rfind("각각", sentence.start, fig.start)
    if each < 0:
        return None
    before = [n for n in _names(ctx, fig.sentence) if n.end <= each]
    if not before or re.fullmatch(r"(?:은|는|이|가|도)?\s*", text[before[-1].end : each]) is None:
        return None
    group = [before[-1]]
    for n in reversed(before[:-1]):  # "A와 B, C가 각각": the names joined up to the one before 각각
        if re.fullmatch(r"\s*(?:와|과|및|,|·|、|이랑|랑)\s*", text[n.end : group[0].start]) is None:
            break
        group.insert(0, n)
    if len(group) < 2:
        return None
    joined = _listed_after(ctx, fig, each, same_unit=True)
    if len(joined) != len(group) or fig not in joined:
        return None
    return group[joined.index(fig)]


def _listed_after(ctx: _Ctx, fig: Figure, start: int, same_unit: bool) -> list[Figure]:
    """The figures of the figure's kind (and unit) listed after ``start`` in its sentence, joined by commas:
    the values "각각" pairs with ("각각 5.1%, 3.8%")."""
    listed = [
        g
        for g in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence))
        if g.kind == fig.kind and (g.unit == fig.unit or not same_unit) and start <= g.start
    ]
    joined = [listed[0]] if listed else []
    for g in listed[1:]:
        if re.fullmatch(r"\s*[,·]\s*", ctx.text[joined[-1].end : g.start]) is None:
            break
        joined.append(g)
    return joined


def _each_measure(ctx: _Ctx, index: int) -> str | None:
    """ "매출액과 영업이익이 각각 75조원, 6.5조원": the measure at the figure's place in the list of measure
    nouns 각각 pairs with the figures, in order (None unless every noun names a measure and the counts match)."""
    fig = ctx.figures[index]
    tokens = ctx.analysis.tokens[fig.sentence]
    text = ctx.text
    at = next((k for k, t in enumerate(tokens) if t.form == "각각" and t.end <= fig.start), None)
    if at is None:
        return None
    k = at - 1
    if k >= 0 and tokens[k].tag in {"JKS", "JX"}:
        k -= 1
    parts: list[str] = []
    end = k
    while k >= 0:
        t = tokens[k]
        if t.tag in {"NNG", "NNP", "SL"}:
            k -= 1
            continue
        if t.tag == "JC" or (t.tag == "SP" and t.form in {",", "·"}):
            parts.insert(0, text[tokens[k + 1].start : tokens[end].end])
            end = k - 1
            k -= 1
            continue
        break
    if end >= k + 1:
        parts.insert(0, text[tokens[k + 1].start : tokens[end].end])
    if len(parts) < 2:
        return None
    measures_listed = [_measure_of_noun(p) or _measure_of_noun(p.split()[-1]) for p in parts]
    if any(m is None for m in measures_listed):
        return None
    joined = _listed_after(ctx, fig, tokens[at].end, same_unit=False)
    if len(joined) != len(parts) or fig not in joined:
        return None
    return measures_listed[joined.index(fig)]


def _according_end(ctx: _Ctx, fig: Figure) -> int | None:
    """Where the last "X에 따르면" (X의 집계, X가 집계한 …) before the figure in its sentence ends."""
    sentence = ctx.analysis.sentences[fig.sentence]
    head = ctx.text[sentence.start : fig.start]
    ends = [
        sentence.start + i + len(cue)
        for cue in fact_cues().words("according")
        if cue.endswith("따르면") and (i := head.rfind(cue)) >= 0
    ]
    return max(ends) if ends else None


_CLAUSE_JOIN = re.compile(r"(?:고|며|으며|면서|지만|반면|는데)\s*,?\s")


def _investor_subject(ctx: _Ctx, index: int) -> tuple[str, str] | None:
    """The investor group a net buying/selling figure is about ("외국인은 N억원어치 순매도").

    "개인과 외국인이 각각 N, M을 순매수": 각각 pairs the listed groups with the listed figures in order.
    """
    fig = ctx.figures[index]
    sentence = ctx.analysis.sentences[fig.sentence]
    text = ctx.text
    head_start = sentence.start
    for m in _CLAUSE_JOIN.finditer(text, sentence.start, fig.start):
        head_start = m.end()  # the clause of the figure: "…순매수했고, 기관은 N을 순매도했다"
    head = text[head_start : fig.start]
    groups = dict(fact_cues().pairs("investor"))
    alternation = _alternation("investor")
    found = [
        (m.group(1), groups[m.group(1)])
        for m in re.finditer(rf"(?:^|(?<=[\s,(·\"'“‘]))({alternation})(?=들?(?:은|는|이|가|도|과|와|의)?[\s,·])", head)
    ]
    if not found:
        topic = [  # "외국인은 … 순매수를 이어가며 이날 N억원어치를 사들였다": the topic spans the clauses
            (m.group(1), groups[m.group(1)])
            for m in re.finditer(
                rf"(?:^|(?<=[\s,(·\"'“‘]))({alternation})들?(?:은|는)\s", text[sentence.start : head_start]
            )
        ]
        return (topic[0][1], topic[0][0]) if len(topic) == 1 else None
    if len(found) == 1:
        return found[0][1], found[0][0]
    each = head.rfind("각각")
    if each < 0:
        return None
    listed = [
        g
        for g in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence))
        if g.unit == fig.unit and head_start + each <= g.start <= fig.start
    ]
    k = len(listed) - 1
    if 0 <= k < len(found):
        return found[k][1], found[k][0]
    return None


_OBJECT_AFTER = re.compile(r"(?:\([^()]{0,60}\))?\s*[을를]\s")  # a name as the object: "스털링켐(Sterling)을 인수"


def _generic_subject(
    ctx: _Ctx, fig: Figure, clause: tuple[int, int], previous: Sequence[Fact]
) -> tuple[bool, str | None]:
    """ "지수는"/"회사는" as a subject: (found, the index or company just named when only one was)."""
    start = ctx.analysis.sentences[fig.sentence].start
    head = ctx.text[start : fig.start]
    spans = [(n.start, n.end) for n in _names(ctx, fig.sentence)]
    for (word, typ), rx in _cue_regexes("generic", r"(?:^|\s)({w})(?:은|는|이|가|도|의)\s"):
        if typ == "*" or word not in head:
            continue  # the pattern matches the word as written
        for m in rx.finditer(head):
            at = start + m.start(1)
            if any(s <= at < e for s, e in spans):
                continue  # part of a name ("코스닥 지수가")
            recent: set[str] = set()
            for f in previous:
                e = english_names().get(f.subject or "")
                if f.subject and e is not None and e.type == typ and 0 < fig.sentence - f.sentence <= 3:
                    recent.add(f.subject)
            last_known = max((f.sentence for f in previous if f.subject in recent), default=-1)
            last_unknown = -1
            for si in range(max(0, fig.sentence - 3), fig.sentence):
                # the subjects, owners and objects named ("A는 B를 인수했다": "이 회사" may be either)
                found = [
                    n for n in _names(ctx, si) if n.role in {"subj", "gen"} or _OBJECT_AFTER.match(ctx.text, n.end)
                ]
                if any(n.en and n.type == typ for n in found):
                    last_known = si
                recent |= {n.en for n in found if n.en and n.type == typ}
                if typ == "company" and any(n.type is None and n.en is None for n in found):
                    last_unknown = si
            if last_unknown >= 0 and last_unknown >= last_known:
                return True, None  # "에코팜은 … 회사는 …": the company just named, which the gazetteer does not know
            if len(recent) == 1:
                return True, next(iter(recent))
            return True, _by_level(ctx, fig, recent, previous) if recent else None
    return False, None


def _by_level(ctx: _Ctx, fig: Figure, candidates: set[str], previous: Sequence[Fact]) -> str | None:
    """Of several indexes "지수는" could mean, the one whose level this sentence's level is close to.

    "코스닥 지수는 … 691.28에 마감했다. 지수는 … 2611.30으로 출발해": 2611.30 is KOSPI's (last seen at
    2441.55), not KOSDAQ's.  No level in the sentence, or none close: unsure.
    """
    levels = [
        f.value
        for f in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence))
        if f.unit == "pt" and isinstance(f.value, float) and f.value > 100
    ]
    if not levels:
        return None
    known: dict[str, float] = {}
    for f in previous:
        if f.subject in candidates and f.role == "level" and f.figure is not None:
            v = ctx.figures[f.figure].value
            if ctx.figures[f.figure].unit == "pt" and isinstance(v, float):
                known[f.subject] = v
    close = {s for s, v in known.items() if any(abs(lv - v) <= 0.25 * v for lv in levels)}
    return next(iter(close)) if len(close) == 1 else None


def _measure_in(noun: str) -> bool:
    """Whether a compound noun ends in a measure word ("4분기영업이익", "데이터센터매출")."""
    return noun.endswith(_measure_endings())


@lru_cache(maxsize=1)
def _measure_endings() -> tuple[str, ...]:
    """Every measure cue of two characters or more, closed up ("영업 이익" -> "영업이익"): the words ``_measure_in``
    looks for at a compound's end, built once."""
    return tuple(c.replace(" ", "") for m in measures() for c in m.cues if len(c) >= 2)


def _blocking_noun_subject(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """A plain noun marked as the clause's subject ("종목이", "거래가") that is no name and no measure."""
    return _noun_subject_in(ctx, fig.sentence, clause[0], fig.start)


def _other_owner_subject(ctx: _Ctx, si: int) -> bool:
    """A sentence whose subject is a group of stocks or another holder of figures ("바이오주도",
    "반도체 업종은", "중소형 종목들이"): a figure after it is not the company named before it."""
    tokens = ctx.analysis.tokens[si]
    groups = fact_cues().words("stock_group")
    for k, t in enumerate(tokens):
        if k == 0 or t.tag not in {"JKS", "JX"} or t.form not in _SUBJECT_PARTICLES:
            continue
        j = k - 1
        if tokens[j].tag == "XSN" and tokens[j].form == "들" and j > 0:
            j -= 1
        if tokens[j].tag not in {"NNG", "XSN"}:
            continue
        word = ctx.text[max(tokens[0].start, tokens[j].end - 4) : tokens[j].end]
        if any(word.endswith(g) for g in groups):
            return True
    return False


def _new_topic_after(ctx: _Ctx, fig: Figure, name: _Name) -> bool:
    """A plain noun marked as a topic (은/는/도) after the clause a name is the subject of, before the
    figure ("삼성전자가 3% 내린 가운데 태양바이오는 5% 하락했다"): the figure is that noun's, not the name's."""
    tokens = ctx.analysis.tokens[fig.sentence]
    joins = fact_cues().words("connective")
    ends = [
        t.end
        for k, t in enumerate(tokens)
        if name.end <= t.start
        and t.end <= fig.start
        and (
            t.tag == "EC" or (t.tag == "ETM" and k + 1 < len(tokens) and tokens[k + 1].form in joins)  # "내린 가운데"
        )
    ]
    if not ends:
        return False
    return _noun_subject_in(ctx, fig.sentence, min(ends), fig.start, _TOPIC_PARTICLES)


def _noun_subject_in(ctx: _Ctx, si: int, lo: int, hi: int, particles: frozenset[str] = _SUBJECT_PARTICLES) -> bool:
    """Whether a plain noun (no name, no measure, no generic word) is marked as a subject between lo and hi."""
    tokens = ctx.analysis.tokens[si]
    generic = set(fact_cues().words("generic"))
    for k, t in enumerate(tokens):
        if t.start < lo or t.end > hi:
            continue
        if t.tag in {"JKS", "JX"} and t.form in particles and k > 0 and tokens[k - 1].tag == "NNG":
            first = k - 1  # the whole compound ("영업 이익은", "주당순이익은")
            while (
                first > 0
                and tokens[first - 1].tag in {"NNG", "SL"}
                and tokens[first].start - tokens[first - 1].end <= 1
            ):
                first -= 1
            compound = ctx.text[tokens[first].start : tokens[k - 1].end]
            noun = tokens[k - 1].form
            words = (compound, compound.replace(" ", ""), noun)
            if any(_measure_of_noun(w) is not None or _measure_in(w) for w in words):
                continue
            if noun not in generic and noun not in {"이날", "당일", "오늘"} and noun not in _not_owner():
                neutral = noun in fact_cues().words("head")
                if neutral or _patterns()["change_noun_before"].search(noun + " "):
                    continue
                return True
    return False


def _tail(ctx: _Ctx, index: int, clause: tuple[int, int]) -> str:
    """The words after a figure up to the next figure or the clause end, skipping a parenthesis right after it."""
    fig = ctx.figures[index]
    text = ctx.text
    end = fig.end
    m = re.match(r"\s*\([^()]{0,40}\)", text[end : clause[1]])
    if m is not None:
        end += m.end()
    nxt = next(
        (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence) if i > index and ctx.figures[i].start >= end), None
    )
    stop = min(clause[1], nxt.start if nxt is not None else clause[1])
    return text[end : max(end, stop)]


# A figure that says by how much the next figure of its unit exceeds or falls short of a base ("1000억원 많은
# 5000억원", "2%포인트 낮은 3.1%"): a difference, never a level of its own.
_DIFFERENCE_DOWN = ("적은", "줄어든", "낮은", "감소한", "축소된", "작은")
_DIFFERENCE_OF_NEXT = re.compile(
    r"\s*(?:더\s*)?(많은|늘어난|높은|증가한|불어난|확대된|큰|" + "|".join(_DIFFERENCE_DOWN) + r")\s*"
)


def _role_and_direction(ctx: _Ctx, index: int, clause: tuple[int, int]) -> tuple[str, str | None]:
    """level | change | threshold | reference and up/down, from the words around the figure."""
    fig = ctx.figures[index]
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    nxt = next((ctx.figures[i] for i in _in_sentence(ctx, fig.sentence) if i > index), None)
    tail = _tail(ctx, index, clause)
    short = _TAIL_PARTICLES.sub("", tail, count=1)
    unquoted = re.sub(r"^[‘’'\"“”]+", "", short)
    if unquoted != short:  # "30조원대’를 회복했다"
        short = _TAIL_PARTICLES.sub("", unquoted, count=1)
    verb = _patterns()["adverbs"].sub("", short)
    before = text[clause[0] : fig.start]
    near_before = text[max(sentence.start, fig.start - 14) : fig.start]
    sign = _LEADING_SIGN.match(fig.surface) or _SIGN.search(text[max(0, fig.start - 2) : fig.start])
    if sign is not None:
        ch = sign.group().strip()
        return "change", "down" if ch in "-−–▼△▽↓" else "up"
    arrow = re.match(r"^\s*([↑↓▲▼])", text[fig.end : fig.end + 3])
    if arrow is not None:  # a headline's "398.2%↑"
        return "change", "up" if arrow.group(1) in "↑▲" else "down"
    if nxt is not None and nxt.unit == fig.unit:
        gap = _DIFFERENCE_OF_NEXT.fullmatch(text[fig.end : nxt.start])
        if gap is not None:  # "전 거래일보다 1000억원 많은 5000억원": the difference, not the level
            return "change", "down" if gap.group(1) in _DIFFERENCE_DOWN else "up"
    if (
        nxt is not None
        and re.fullmatch(r"\s*(?:→|->|에서)\s*", text[fig.end : nxt.start])
        and text[fig.end : nxt.start].strip() != "에서"
    ):
        if isinstance(nxt.value, float) and isinstance(fig.value, float):  # "83만→89만원": from
            return "level", "up" if nxt.value > fig.value else "down" if nxt.value < fig.value else None
    prev_fig = next((ctx.figures[i] for i in reversed(_in_sentence(ctx, fig.sentence)) if i < index), None)
    if prev_fig is not None and re.fullmatch(r"\s*(?:→|->)\s*", text[prev_fig.end : fig.start]):
        if isinstance(prev_fig.value, float) and isinstance(fig.value, float):  # "83만→89만원": to
            return "level", "up" if fig.value > prev_fig.value else "down" if fig.value < prev_fig.value else None
    # A comparison base: "83만원보다", "1.9%보다 밑도는", "24.4% 상승에 이어".
    if re.match(r"^(?:보다|대비|와 비교|과 비교|에 비해|에 이어|이어|이후|이래|전보다|전에 비해|전 대비)", short):
        return "reference", _direction_of(short[:16]) if re.match(r"^(?:에 )?이어", short) else None
    if re.match(r"^(?:상승|하락|급등|급락|증가|감소)(?:에|에 이어|을 기록한 이후)", short) and "이어" in short[:10]:
        return "reference", _direction_of(short[:6])
    surface = fig.surface.rstrip()
    crossing = verb.startswith(fact_cues().words("threshold"))  # "넘어선", "돌파한": a crossing verb
    crossed = re.search(r"[을를]\s*(넘은|넘어선|넘었|넘겼|넘긴|돌파한|돌파)", surface)
    if crossed is not None:  # "1480원을 넘은 건": the qualifier is a crossing
        return "threshold", _threshold_direction(crossed.group(1))
    if surface.endswith("선") and re.match(r"^(?:으로|로)\s?(?:밀려|내려앉|주저앉|떨어|후퇴|하락|반락)", verb):
        return "level", "down"  # "1482선으로 밀려": the level the fall reached, no line it crossed
    if surface.endswith("선") or crossing:
        if not verb.startswith(("대비", "대 ", "대초반", "대 초반", "대 중반", "대 후반", "선에서")):
            return "threshold", _threshold_direction(verb[:10] + " " + tail[:30])
    if (surface.endswith("대") or fig.qualifier == "at_least") and (
        short.startswith("까지") or verb.startswith("시대")
    ):
        return "threshold", _threshold_direction(short[:14])
    if verb.startswith(("시대", "고지")):
        return "threshold", None
    # "A에서 B로": from/to levels, the direction of the move.
    if tail.strip() == "에서" and nxt is not None and nxt.unit == fig.unit and isinstance(nxt.value, float):
        after = text[nxt.end : nxt.end + 3]
        if after.startswith(("로", "으로")) and isinstance(fig.value, float):
            return "level", "up" if nxt.value > fig.value else "down" if nxt.value < fig.value else None
    if re.match(r"^\s*(?:으로|로)", tail):
        prev = next((ctx.figures[i] for i in reversed(_in_sentence(ctx, fig.sentence)) if i < index), None)
        if prev is not None and prev.unit == fig.unit and text[prev.end : fig.start].strip() == "에서":
            if isinstance(prev.value, float) and isinstance(fig.value, float):
                return "level", "up" if fig.value > prev.value else "down" if fig.value < prev.value else None
    if (
        fig.kind == "count"
        and re.match(r"^(?:이|가)\s", tail)
        and not re.match(r"^..\s*(?:더\s*)?(?:늘|줄|증가|감소)", tail)
    ):
        return "level", None  # "9명 중 8명이 인상에 찬성했다": a count of those who act, not a move
    # The size of a move: "N% 하락", "N원 오른", "N% 넘는 오름폭", "하락률은 N%", "전년 대비 N%, …".
    change_noun = _patterns()["change_noun_after"].match(verb)
    if change_noun is not None:
        return "change", _change_noun_direction(change_noun.group(1))
    if fig.kind == "percent" and short.startswith("까지") and _direction_of(short[:10]):
        return "change", _direction_of(short[:10])
    trimmed = re.sub(r"(?:만|약|무려|최대|최고)\s*$", "", before.rstrip()).rstrip()
    m = _patterns()["change_noun_before"].search(trimmed + " ")
    if m is None:
        m = _patterns()["change_noun_before"].search(re.sub(r"\s*(?:만|약|무려)\s*$", "", before.rstrip()))
    if m is not None:
        return "change", _direction_of(m.group(1))
    to_level = re.match(r"^[\s)\]]*(?:으로|로|까지|에)\s*", tail)
    if to_level is not None and not re.match(r"^[\s)\]]*에\s*(?:달|이르|이른|이를|그쳐|그친|불과)", tail):
        rest = tail[to_level.end() : to_level.end() + 14]
        moved = _words()["change"] + ("내려앉", "치솟", "주저앉", "밀려")
        if rest.startswith(moved) or (rest.startswith("다시 ") and rest[3:].startswith(moved)):
            return "level", _direction_of(rest) or _level_direction(near_before)
        if tail.lstrip(" )]").startswith(("로", "으로", "에", "까지")):
            return "level", _level_direction(near_before)
    if verb.startswith(_words()["change"]) or re.match(
        r"^(?:의\s*)?(?:상승|하락|증가|감소|급등|급락)", verb
    ):
        if verb.startswith(("변동", "등락")):
            return "change", None
        return "change", _direction_of(verb[:12])
    if re.match(r"^(?:이|가)?\s*(?:날아|사라|증발|빠져나|늘어|줄어)", short):
        return "change", _direction_of(short[:10]) or (
            "down" if re.match(r"^(?:이|가)?\s*(?:날아|사라|빠져나)", short) else None
        )
    comparative = next((d for w, d in fact_cues().pairs("comparative") if verb.startswith(w)), None)
    based = re.search(r"(?:보다|대비|比|비교하면|비교해|에 비해|에 견줘)", text[sentence.start : fig.start]) is not None
    if comparative is not None and not based:
        comparative = None  # "비중이 30%로 컸다": a level, not the size of a difference
    if comparative is not None and re.match(r"^\s*(?:으로|로)", tail):
        comparative = None
    if comparative is not None and fig.kind in {"percent", "money", "quantity", "count"}:
        return "change", comparative  # "1년 전보다 10.1% 많았다": the size of a difference
    # "전년 동기 대비 10.65%, 영업이익은 130.5% 각각 증가했다": a base before, the verb later.
    rest = text[fig.end : sentence.end]
    listed = re.match(r"^\s*[,·]", rest) is not None and "각각" in text[sentence.start : sentence.end]
    if re.search(r"(?:대비|보다|比)\s*(?:약\s*)?$", before) or listed:
        later = text[fig.end : sentence.end]
        direction = _direction_of(later[:60])
        if direction is not None and fig.kind in {"percent", "money", "quantity"}:
            return "change", direction
    return "level", _level_direction(near_before)


def _threshold_direction(words: str) -> str | None:
    best: tuple[int, str] | None = None
    for w, direction in fact_cues().pairs("crossing"):
        i = words.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, direction)
    if best is not None:
        return best[1]
    return _direction_of(words)


def _level_direction(before: str) -> str | None:
    """A level reached by a move: "8.77% 하락한 2,441.55" (down), "인하한 2.75%로" (down)."""
    m = re.search(r"(\S+)(?:한|된|른|린|진|간|난|인|라|려|해|며|서)\s*(?:약\s*)?$", before)
    if m is None:
        return None
    word = before[m.start() :]
    return _direction_of(word)


def _reference(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """A past record or earlier point quoted for comparison ("…까지 올랐던", "직전 최대", "당시")."""
    text = ctx.text
    tail = text[fig.end : clause[1]]
    m = re.match(r"^[^,.]{0,12}?던", tail)
    if m is not None and m.end() >= 2 and _past_syllable(tail[m.end() - 2]):
        after = tail[m.end() : m.end() + 24]
        if re.search(r"\d{4}년|당시|과거|지난|이전|직전|역대|사상", after):
            return True  # "1488원까지 올랐던 지난 2009년 … 당시": a past point, quoted
    if _surpassed(text, fig):
        return True
    cues = [c for c in fact_cues().words("reference") if c not in {"던", "했었"}]
    return any(c in text[clause[0] : clause[1]] for c in cues)


def _surpassed(text: str, fig: Figure) -> bool:
    """ "아람코의 시총(N)을 제치고", "LIC의 기록(N)을 뛰어넘는": N in parentheses after a noun, as the object of
    a verb of passing, is the other holder's figure the subject passes (not a level the subject reaches)."""
    if not re.search(r"[가-힣A-Za-z]\s*\($", text[max(0, fig.start - 3) : fig.start]):
        return False
    m = re.match(r"^\s*\)\s*(?:을|를)\s*", text[fig.end : fig.end + 8])
    if m is None:
        return False
    after = text[fig.end + m.end() : fig.end + m.end() + 6]
    return any(after.startswith(w) for w in fact_cues().words("surpass"))


def _past_syllable(ch: str) -> bool:
    """A Hangul syllable ending in ㅆ (했, 었, 랐, 졌 …): a past tense before 던."""
    code = ord(ch) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 20


_ESTIMATE_NOUNS = re.compile(
    r"(?:(?:전망|예상|추정|추산|예측)(?:한|된|하는|되는|했던|됐던)\s*$)|"
    r"(?:전망치|예상치|추정치|컨센서스|가이던스|전망|예상|추정|목표치|목표)\s*"
    r"(?:는|은|를|을|로|가|이|인|로는|\(\s*(?:[가-힣A-Za-z]{2,8}\s+)?|:)?\s*"  # "전망치(영업이익 4900억원)"
    r"(?:약\s*|최대\s*|최소\s*)?(?:[가-힣]{1,3}당\s*)?$"
)
_ESTIMATE_AFTER = re.compile(
    r"^[^.,]{0,16}?(?:것[\"”’']?\s*(?:으로\s*(?:전망|예상|추정|추산|관측|예측|보인|보고|내다|점쳐)|으로 보)"
    r"|전망이다|전망된다|예상된다|추정된다|추산된다|관측된다|로 보인다|으로 보인다|할 전망|될 전망|전망을|전망치"
    r"|다는\s*(?:계획|목표|방침))"  # "300GWh 이상으로 늘린다는 계획": a planned figure
)
_COMPARED_AFTER = 16  # characters after an estimate noun where a verb comparing a result with it stands ("를 8% 웃돌")
_FUTURE_THAT = re.compile(r"^([^.,]{0,16}?)\s*것[\"”’']?\s*(?:이라는|이란|이라고|이라며|으로|$)")


_ESTIMATE_VERB_AFTER = re.compile(
    r"^\s*(?:으로|로|가량|정도|안팎|수준|을|를|이|가)?\s*(?:[가-힣]{1,4}\s+)?"
    r"(?:추정|추산|예상|전망|관측|예측)(?:된|되|했|한|하|$|\s)"
)


def _estimate_or_claim(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> str | None:
    """estimate when the figure is what is forecast ("전망치 N", "N에 이를 것으로 전망"), claim when claimed."""
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    head = text[max(clause[0], fig.start - 24) : fig.start]
    tail = text[fig.end : sentence.end]
    tail = re.sub(r"^\s*\([^()]{0,40}\)", "", tail)
    scope = text[fig.end : _scope_end(ctx, fig, clause)]
    for cue in fact_cues().words("claim") + fact_cues().words("allegation"):
        i = scope.find(cue)
        if 0 <= i <= 40:
            return "claim"
    if _estimate_topic(ctx, fig):
        return "estimate!"  # "3분기 매출 전망치는 20% 늘어난 30조원 안팎으로 제시했다"
    if _EXPECTED_TOPIC.search(text[sentence.start : fig.start]):
        return "estimate!"  # "한때 12조원으로 예상됐던 영업이익은 이후 9조원까지 낮아졌다": the forecast came down
    threat = re.match(r"^[^.\"”’]{0,30}?겠다(?:고|며|면서)\s*", tail)
    if threat is not None and any(tail[threat.end() :].startswith(w) for w in fact_cues().words("threat")):
        return "claim!"  # "25%의 관세를 부과하겠다고 예고했다": threatened, not in force
    m = _ESTIMATE_NOUNS.search(head)
    if m is not None and not _patterns()["compared"].match(text[fig.start - (len(head) - m.end()) : fig.start]):
        return "estimate!"  # the estimate noun names this very figure
    after = _ESTIMATE_AFTER.match(tail)
    if after is not None and after.group().endswith("전망치"):
        rest = re.sub(r"^\s*\([^()]{0,40}\)", "", tail[after.end() :])[:_COMPARED_AFTER]
        if any(w in rest for w in fact_cues().words("compared")):
            after = None  # "1024억원으로 시장 전망치(870억원)를 17.7% 웃돌았다": the result beat the forecast
    if after is not None or _ESTIMATE_VERB_AFTER.match(tail):
        return "estimate"
    near = text[max(clause[0], fig.start - 14) : fig.start]
    promise = re.match(r"^[^.\"”’]{0,24}?겠다", tail) is not None  # "내년 중 5조원을 공급하겠다": a pledge
    foreseen = any(  # "내년부터 5년간 24조원을 투자한다": a plan's start, not a forecast of next year
        w in near and not near[near.index(w) + len(w) :].lstrip().startswith("부터")
        for w in fact_cues().words("future")
    )
    planned = _planned_spend().match(tail) is not None  # "내년 24조원을 투자한다": the company's own plan for next year
    if fig.unit != "duration" and not promise and foreseen and not planned:
        return "estimate"  # "내년 20% 이상 성장": next year's figure is a forecast
    own = re.split(r"\d", tail, maxsplit=1)[0]  # up to the next figure: "85달러 돌파…'연말 100달러 갈 수도'"
    possible = re.match(r"^[^.,]{0,16}?([가-힣])\s수\s*(?:도\s*)?(?:있|[\"”’']|$)", own)
    if possible is not None and (ord(possible.group(1)) - 0xAC00) % 28 == 8:
        return "estimate"  # "410억~780억 달러에 달할 수 있다": a possibility, someone's estimate
    earlier = _alternation("earlier_word")  # "목표주가를 기존 17만원에서"
    noun = re.search(rf"(\S+?)(?:이|가|은|는|을|를|도)?\s*(?:(?:{earlier})\s*)?(?:약\s*)?$", head)
    if noun is not None and any(noun.group(1).endswith(w) for w in fact_cues().words("estimate_noun")):
        return "estimate!"  # "인상 가능성이 50% 이상", "목표주가를 130만원": what is expected, not what is
    if _quoted_forecast(text, sentence, fig):
        return "estimate"
    future = _FUTURE_THAT.match(tail)
    if future is not None and any(v in future.group(1) for v in fact_cues().words("forecast_verb")):
        return "estimate"  # "20~30%의 성장이 있을 것이라고": a forecast; "N을 제공할 것" is a promise
    return None


def _estimate_topic(ctx: _Ctx, fig: Figure) -> bool:
    """An estimate noun as the topic or object of the figure's sentence, before it, with no verb ending a
    sentence and no word of comparison in between ("전망치를 웃도는 N" is the actual figure)."""
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    head = text[sentence.start : fig.start]
    nouns = _alternation("estimate_topic")
    for m in re.finditer(rf"({nouns})(?:\s*평균)?(?:는|은|를|을|도|인)\s", head):  # "전망치 평균인 매출 N"
        between = head[m.end() :]
        if _patterns()["compared"].match(head[m.end(1) :]) or re.search(r"다[.,]?\s", between):
            continue
        if any(w in between for w in fact_cues().words("compared")):
            continue
        at = sentence.start + m.end()
        if any(
            t.tag == "EC" and t.form in _CLAUSE_EC and at <= t.start < fig.start
            for t in ctx.analysis.tokens[fig.sentence]
        ):
            continue  # "…라는 전망을 밝히자 주가가 22% 급등했다": the forecast ends its own clause
        return True
    return False


_FORECAST_MEASURES = frozenset({"gdp_growth", "inflation"})


def _revision(ctx: _Ctx, fig: Figure, named: _Name | None, sentence: Sentence) -> tuple[str, str | None] | None:
    """An economy's growth or inflation rate an institution revises or projects ("한은은 올해 성장률을 기존 1.9%에서
    1.5%로 하향 조정했다"): ("estimate", the institution) for the new figure, ("reference", …) for the one it
    replaces; None when no verb of forecasting or revising follows the figure."""
    text = ctx.text
    tail = text[fig.end : sentence.end]
    if not any(w in tail for w in fact_cues().words("revision_verb")):
        return None
    bodies = [n for n in _names(ctx, fig.sentence) if n.end <= fig.start and n.type in {"org", "central_bank"} and n.en]
    source = bodies[0].en if bodies else (named.en if named is not None and named.type == "org" else None)
    if re.match(r"^\s*(?:\([^()]{0,20}\))?\s*에서\s", tail):
        return "reference", source  # "기존 1.9%에서": the forecast it replaces
    return "estimate", source


def _replaced_by_next(ctx: _Ctx, index: int) -> bool:
    """ "12만원에서 13만원으로": the figure is the "from" of a from/to whose "to" follows (same kind and unit)."""
    fig = ctx.figures[index]
    tail = ctx.text[fig.end : fig.end + 12]
    if not re.match(r"^\s*(?:\([^()]{0,20}\))?\s*에서\s", tail):
        return False
    later = [ctx.figures[i] for i in _in_sentence(ctx, fig.sentence) if i > index]
    nxt = next((g for g in later if g.kind != "date"), None)
    if nxt is None or (nxt.kind, nxt.unit) != (fig.kind, fig.unit):
        return False
    return re.match(r"^\s*(?:\([^()]{0,20}\))?\s*(?:으로|로)", ctx.text[nxt.end : nxt.end + 12]) is not None


def _counterfactual(text: str, sentence: Sentence, fig: Figure) -> bool:
    """A contrary-to-fact condition before the figure in its sentence ("제한이 없었다면 … N의 추가 매출")."""
    head = text[sentence.start : fig.start]
    return any(w in head for w in fact_cues().words("counterfactual"))


_PAST_EP = frozenset({"었", "았", "였", "ᆻ", "었었", "았었"})


def _clause_end_token(tokens: Sequence[Token], fig: Figure) -> int | None:
    """Index of the token that ends the figure's clause: the first connective or final ending after it
    (an ending that only links an auxiliary verb, "가까워지다", "오르고 있다", runs on), or a modifier form
    before a condition or possibility noun ("사들일 경우", "오를 수 있다", "…할 가능성")."""
    cues = fact_cues()
    nouns = set(cues.words("conditional_noun")) | set(cues.words("possibility_noun"))
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.start < fig.end:
            if t.end == fig.end and t.tag == "ETM" and nxt is not None and (nxt.form in nouns or nxt.form == "수"):
                return k  # "2500억원을 넘을 수 있다": the qualifier's verb, read into the figure, ends the clause
            continue
        if t.tag == "EC" and nxt is not None and nxt.tag == "VX":
            continue
        if t.tag in {"EC", "EF"}:
            return k
        if t.tag == "ETM" and nxt is not None and (nxt.form in nouns or nxt.form == "수"):
            return k
        if t.tag in {"SF", "SSO", "SSC"}:
            return None
    return None


def _computed(text: str, token: Token) -> bool:
    """ "원화로 환산하면", "둘을 합치면": a -면 that restates a fact, not a supposition."""
    before = text[max(0, token.start - 8) : token.start]
    return any(before.endswith(w) for w in fact_cues().words("computed_if"))


def _conditional_at(text: str, tokens: Sequence[Token], k: int) -> bool:
    t = tokens[k]
    if t.tag == "EC" and t.form in fact_cues().words("conditional_ending"):
        return not _computed(text, t)
    if t.tag == "EC" and t.form in fact_cues().words("concessive_ending"):
        return k > 0 and tokens[k - 1].tag != "EP" and not _computed(text, t)  # "넘어도", not "넘었어도"
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return t.tag == "ETM" and nxt is not None and nxt.form in fact_cues().words("conditional_noun")


def _supposed(ctx: _Ctx, fig: Figure) -> str | None:
    """Whether the figure is only supposed, not stated as fact: "condition" for a figure in a conditional
    clause ("환율이 1400원에 가까워질수록", "전량을 사들일 경우") or in the non-past clause such a condition
    leads to ("인수에 성공하면 지분율은 90% 이상으로 높아진다"); "possible" for one in a clause of what can
    happen ("15만원까지 오를 수 있다", "…할 가능성"); else None."""
    text = ctx.text
    tokens = ctx.analysis.tokens[fig.sentence]
    k = _clause_end_token(tokens, fig)
    if k is not None:
        if _conditional_at(text, tokens, k):
            return "condition"
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        if tokens[k].tag == "ETM" and nxt is not None:
            if nxt.form in fact_cues().words("possibility_noun"):
                return "possible"
            if nxt.form == "수" and after is not None and after.form in {"있", "없"}:
                return "possible"
    if k is not None and tokens[k].tag == "EC" and tokens[k].form.endswith(("다고", "라고")):
        return None  # "…않으면 25%의 관세를 부과하겠다고 밝혔다": a statement reported, its condition its own
    before = [j for j, t in enumerate(tokens) if t.end <= fig.start]
    for j in reversed(before):
        t = tokens[j]
        if _conditional_at(text, tokens, j):
            end = k if k is not None else len(tokens)
            if not any(x.tag == "EP" and x.form in _PAST_EP for x in tokens[j + 1 : end + 1]):
                return "condition"  # the consequence of a supposition, in the present or future
            return None
        if t.tag == "EF" or (t.tag == "EC" and t.form in _CLAUSE_EC):
            return None  # "…오르면 부담이 커지는데, 가계대출은 5조원 늘어": another clause comes between
    return None


def _goal(ctx: _Ctx, fig: Figure, clause: tuple[int, int], measure: str | None) -> bool:
    """ "지분율 90% 이상 확보를 목표로", "70%까지 끌어올릴 계획이다": the figure is a goal, not a value held."""
    if measure in fact_cues().words("planned_measure"):
        return False
    sentence = ctx.analysis.sentences[fig.sentence]
    own = re.split(r"\d", ctx.text[fig.end : sentence.end], maxsplit=1)[0]  # up to the next figure
    own = re.sub(r"[\"“”'‘’]", "", re.split(r"[,.]\s", own, maxsplit=1)[0])  # "…늘릴 계획"이라고
    met = fact_cues().words("goal_met")
    for cue in fact_cues().words("goal"):
        i = own.find(cue)
        if i >= 0 and not any(w in own[i : i + len(cue) + 10] for w in met):
            return True
    return False


def _minimum(ctx: _Ctx, fig: Figure, clause: tuple[int, int], measure: str | None) -> bool:
    """ "최소 매수 수량은 N주(M%)": the least a buyer will take for the deal to go ahead, not its target."""
    if measure not in fact_cues().words("minimum_measure"):
        return False
    head = ctx.text[clause[0] : fig.start]
    return any(re.search(rf"(?:^|\s){re.escape(w)}(?:\s|$)", head) for w in fact_cues().words("minimum"))


def _stale(ctx: _Ctx, fig: Figure) -> str | None:
    """ "올해 3월까지만 해도 약 4조원으로 예상됐던", "직전 실적 발표 당시 3조원", "한때 12조원으로
    예상됐던": an earlier estimate."""
    sentence = ctx.analysis.sentences[fig.sentence]
    head = ctx.text[sentence.start : fig.start]
    own = re.split(r"[,\d]", ctx.text[fig.end : min(sentence.end, fig.end + 30)], maxsplit=1)[0]
    if any(w in own for w in fact_cues().words("stale_after")):
        return "own"  # the figure is what was expected (never a level: "N으로 예상됐던 영업이익")
    return "before" if any(w in head for w in fact_cues().words("stale")) else None


def _valuation(ctx: _Ctx, fig: Figure) -> bool:
    """ "약 8조원의 기업가치를 평가받았다", "기업가치는 공모가 기준 50억 달러": what a listing or deal valued
    the company at, not its market value now."""
    sentence = ctx.analysis.sentences[fig.sentence]
    body = ctx.text[sentence.start : sentence.end]
    at = fig.start - sentence.start
    end = fig.end - sentence.start
    spans = [(m.start(), m.end()) for w in fact_cues().words("valuation_noun") for m in re.finditer(re.escape(w), body)]
    # the noun names this figure: right after it ("26조원의 기업가치를") or right before ("기업가치는 공모가 기준 N")
    near = [
        (a, b)
        for a, b in spans
        if (0 <= a - end <= 16 and "," not in body[end:a]) or (0 <= at - b <= 16 and "," not in body[b:at])
    ]
    if not near or any(w in body[max(0, at - 12) : at] for w in fact_cues().words("market_cap_noun")):
        return False  # "시가총액은 30조원으로, 공모가 기준 기업가치를 웃돌았다": the market value itself
    return any(v in body for v in fact_cues().words("valuation_verb"))


def _charge(ctx: _Ctx, fig: Figure) -> bool:
    """ "45억 달러의 비용을 반영했다", "재고 평가손 45억 달러를 처리": a charge booked, not spending."""
    if fig.kind != "money":
        return False
    sentence = ctx.analysis.sentences[fig.sentence]
    text = ctx.text
    nouns = _alternation("charge_noun")
    before = re.search(
        rf"(?:{nouns})\s*(?:으로|로)?\s*(?:약\s*)?$", text[max(sentence.start, fig.start - 12) : fig.start]
    )
    after = re.match(rf"^\s*(?:\([^()]{{0,30}}\))?\s*(?:가량|상당|규모)?\s*(?:의\s*)?(?:{nouns})", text[fig.end :])
    if before is None and after is None:
        return False
    tail = text[fig.end : sentence.end]
    return any(v in tail for v in fact_cues().words("charge_verb"))


def _some_of(ctx: _Ctx, fig: Figure, source: str | None) -> str | None:
    """ "목표가를 20만원 넘게 제시한 곳도 나왔다", "일부 증권사는 …": only some of the group said it."""
    sentence = ctx.analysis.sentences[fig.sentence]
    text = ctx.text
    tail = text[fig.end : sentence.end]
    group = source is not None and not source.startswith("some ") and source[:1].islower() and source.endswith("s")
    if group and any(w in tail for w in fact_cues().words("some_source")):
        return f"some {source}"  # "brokerages", "analysts": a group of many (never "some industry")
    if source is not None and not group:
        return source  # a named source ("KB Securities") is never a part of a group
    head = text[sentence.start : fig.start]
    for rx, en in _some_patterns():
        if rx.search(head):
            return "some " + en
    return source


def _sense(ctx: _Ctx, fig: Figure, clause: tuple[int, int], fact: Fact) -> Fact:
    """A figure's role and measure checked against what its sentence says it is (a supposition, a goal, a
    minimum, an earlier estimate, a listing's valuation, a charge, some of a group's view): a figure bound
    to a false role makes a false English line, so what the text does not state as fact gets no role."""
    role, measure, source = fact.role, fact.measure, fact.source
    if fact.role in {"level", "change", "threshold", "estimate", "claim"}:
        supposed = _supposed(ctx, fig)
        if supposed == "condition" or (supposed == "possible" and not (role in {"estimate", "claim"} and source)):
            return replace(fact, role=None, direction=None, source=None)
    if (role in {"level", "change", "threshold"} or (role == "estimate" and source is None)) and _goal(
        ctx, fig, clause, measure
    ):  # "매출을 30조원으로 늘린다는 계획이다": a goal, neither a value held nor anyone's estimate
        return replace(fact, role=None, direction=None)
    if role in {"level", "change"} and _minimum(ctx, fig, clause, measure):
        return replace(fact, role=None, direction=None)
    stale = _stale(ctx, fig)
    if (role == "estimate" and stale) or (role == "level" and stale == "own"):
        return replace(fact, role="reference", direction=None)
    sentence = ctx.analysis.sentences[fig.sentence]
    if role == "estimate" and source is not None and source == fact.subject:
        if _EXPECTED_TOPIC.search(ctx.text[sentence.start : fig.start]):
            fact = replace(fact, source=None)  # "…으로 예상됐던 A사 영업이익은 이후 N까지": the market's, not A's own
    if measure == "market_value" and role == "level" and _valuation(ctx, fig):
        return replace(fact, role=None, direction=None)
    if measure not in {"revenue", "operating_profit", "net_profit"} and role == "level" and _charge(ctx, fig):
        fact = replace(fact, measure="other")
    if role in {"estimate", "claim"}:
        some = _some_of(ctx, fig, source)
        if some != source:
            fact = replace(fact, source=some)
    if role == "level" and measure == "stake" and (_changes_hands(ctx, fig) or _optioned(ctx, fig, clause)):
        return replace(fact, role=None, direction=None)  # "지분 80% 인수": a stake being bought, not one held
    if role in {"level", "change"} and _part_of_whole_before(ctx, fig, fact):
        return replace(fact, role=None, direction=None)  # "누적 적자 43조원 가운데 약 29조원은": a part, no result
    if measure == "subscription_rate" and _bond_offering(ctx, fig):
        fact = replace(fact, measure="other")  # "회사채 수요예측 … 경쟁률은 6.2배": a bond's book-building, no IPO
    if role == "level" and measure == "ipo_price" and _indicative(ctx, fig, clause):
        return replace(fact, role="reference", direction=None)  # "희망 공모가 범위(2만6000~3만원)": the range offered
    if role == "level":
        move = _move_size_noun(ctx, fig)
        if move is not None and _COMPARED_TO.match(ctx.text, fig.end):
            return replace(fact, role="reference", direction=None)  # "2분기 증가폭(24조원)의 60%": a yardstick
        if move is not None:  # "2분기 증가폭(24조6000억원)": the size of a move, not a level
            fact = replace(fact, role="change", direction=move or fact.direction)
    if fact.subject is not None and _sector_owned(ctx, fig, clause, fact):
        fact = replace(fact, subject=None, subject_ko=None)  # "나머지 5조원은 민간 투자로": the private sector's
    if fact.measure in _NET_TRADES and fact.subject_ko and _entity_type(fact.subject_ko) in _TRADED_TYPES:
        # a market is where shares are net bought, a company (or a coin) what is bought ("순매수 1위는 A(N)",
        # "B를 N 순매수"): neither is who buys
        fact = replace(fact, subject=None, subject_ko=None)
    if fact.subject is not None and _division_owned(ctx, fig, clause, fact):
        fact = replace(fact, subject=None, subject_ko=None)  # "플랫폼 부문 영업이익": a division's, not the company's
    if role in {"level", "change"}:
        share = _share_of_whole(ctx, fig)
        if share is not None:
            return replace(fact, role=share.role, direction=share.direction)
    return fact


_PART_OF = re.compile(r"^\s*(?:가운데|중|중에서)\s*(?:약\s*)?$")  # "N 가운데 (약) M": M is a part of N


def _part_of_whole_before(ctx: _Ctx, fig: Figure, fact: Fact) -> bool:
    """Whether the figure is a part of the figure right before it ("누적 영업적자 43조원 가운데 약 29조원은 아직 해소되지
    않았다"), of the same unit and read with the same subject: no part is named between, so what the part is
    (unrecovered, already spent) is in words the measure does not say, and it is no level of that measure. A part
    of no measure ("위원 7명 중 5명이 찬성") is a count the writer says as such, and is left alone."""
    before = [i for i in _in_sentence(ctx, fig.sentence) if ctx.figures[i].end <= fig.start]
    if not before:
        return False
    whole = ctx.figures[before[-1]]
    if whole.unit != fig.unit or not _PART_OF.match(ctx.text[whole.end : fig.start]):
        return False
    twin = ctx.fact_of.get(before[-1])
    return twin is not None and twin.measure is not None and twin.measure == fact.measure and twin.subject == fact.subject


_OFFERING_REACH = 2  # sentences before a competition ratio where the offering it is of is named


def _bond_offering(ctx: _Ctx, fig: Figure) -> bool:
    """Whether the offering a competition ratio is of is a bond ("회사채 수요예측"), or one the text leaves unsure
    between a bond and an IPO: the ratio's sentence and the two before it name a bond and no IPO, or both."""
    sentences = ctx.analysis.sentences
    lo = sentences[max(0, fig.sentence - _OFFERING_REACH)].start
    window = ctx.text[lo : sentences[fig.sentence].end]
    return any(w in window for w in fact_cues().words("bond_offering"))


def _changes_hands(ctx: _Ctx, fig: Figure) -> bool:
    """Whether a verb of buying or selling follows a stake ("지분 80% 인수", "지분 5%를 매각"): it changes hands."""
    after = _PAREN_ASIDE.sub("", ctx.text[fig.end : fig.end + 3 * _DEAL_VERB_AFTER])[:_DEAL_VERB_AFTER]
    return any(w in after for w in fact_cues().words("deal_verb"))  # "를 8억 달러(약 1조원)에 인수": aside left out


_PAREN_ASIDE = re.compile(r"\([^()]{0,30}\)")


def _optioned(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """Whether the stake is one an option is given on ("나머지 지분 30%는 … 콜옵션을 갖는다"; fact_cues.tsv,
    stake_option): a right to buy or sell it later, not a holding.

    The option must be said in the stake's own clause, or the stake be the rest (나머지, 잔여) of one the
    sentence gives an option on; "지분 51%를 보유하고 있으며, 나머지 지분에 대한 콜옵션도" holds the 51%.
    """
    options = fact_cues().words("stake_option")
    if any(w in ctx.text[clause[0] : clause[1]] for w in options):
        return True
    sentence = ctx.analysis.sentences[fig.sentence]
    rest = ctx.text[clause[0] : fig.start]
    return any(w in rest for w in fact_cues().words("stake_rest")) and any(
        w in ctx.text[fig.end : sentence.end] for w in options
    )


_DEAL_VERB_AFTER = 24  # characters after a stake where the verb of buying or selling it stands ("를 12억 달러에 인수")


def _indicative(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """Whether an offer price is the range offered before pricing ("희망 공모가 범위(2만~2만5000원)"), not the price."""
    if fig.high is None:
        return False  # "희망밴드 최상단인 1960루피로 결정": the price set at the range's top is the price
    near = ctx.text[max(clause[0], fig.start - _CUE_NEAR) : fig.start]
    return any(w in near for w in fact_cues().words("indicative_range"))


@cache
def _planned_spend() -> re.Pattern[str]:
    """A company's (or a government's) own spending verb right after a sum, or after the sum and what it goes to
    ("24조원을 투자한다", "3조원을 택지 조성과 분양 지원에 투입한다"; fact_cues.tsv, spend_verb)."""
    verbs = _alternation("spend_verb")
    purpose = r"(?:[^\s.,\d]+\s+){0,4}?[^\s.,\d]+에\s+"  # "택지 조성과 공공분양 지원에 ": what it is spent on
    return re.compile(rf"^\s*\)?\s*(?:을|를|이|가)?\s*(?:{purpose})?(?:{verbs})(?:한다|할 계획|하기로 했|하기로 결정)")


_CUE_NEAR = 16  # characters before a figure where the noun naming what it is stands


_COMPARED_TO = re.compile(r"\s*\)?\s*(?:의\s*[0-9]|보다|대비|에 비해|과 비교|와 비교)")  # what a figure is set against


def _move_size_noun(ctx: _Ctx, fig: Figure) -> str | None:
    """The direction ("" when none) of a noun naming the size of a move written right before the figure, in
    parentheses or as its topic ("증가폭(24조원)", "증가폭은 24조원"); None when there is none."""
    head = ctx.text[ctx.analysis.sentences[fig.sentence].start : fig.start]
    for pattern, direction in _move_size_patterns():
        if pattern.search(head):
            return direction or ""
    return None


@lru_cache(maxsize=1)
def _move_size_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each change noun (in the table's order) as a pattern ending right before a figure, with its direction."""
    return [
        (re.compile(rf"{re.escape(noun)}\s*(?:\(|은\s|는\s|이\s|가\s)\s*(?:약\s*)?$"), direction)
        for noun, direction in fact_cues().pairs("change_noun")
    ]


def _sector_owned(ctx: _Ctx, fig: Figure, clause: tuple[int, int], fact: Fact) -> bool:
    """Whether the clause gives the figure's measure to a sector by a noun glued before the measure word ("민간 투자",
    "해외 투자"; fact_cues.tsv, sector_owner) while the subject is not named in the clause itself."""
    body = ctx.text[clause[0] : clause[1]]
    if fact.subject_ko and fact.subject_ko in body:
        return False
    pattern = _sector_pattern(_kind_of(fig), fact.measure)
    return pattern is not None and pattern.search(body) is not None


_NET_TRADES = frozenset({"net_buying", "net_selling"})
_TRADED_TYPES = frozenset({"index", "market", "company", "crypto"})  # gazetteer types of what a net trade trades


def _entity_type(ko: str) -> str | None:
    entity = entity_by_ko().get(ko)
    return entity.type if entity is not None else None


def _division_owned(ctx: _Ctx, fig: Figure, clause: tuple[int, int], fact: Fact) -> bool:
    """Whether a division word stands right before the figure's measure word in its clause ("플랫폼 부문 영업이익",
    "DS부문 매출", "배터리 사업부의 매출"; fact_cues.tsv, division_word): the figure is the division's, whose
    English name the gazetteer does not hold, so it is given to no one rather than to the whole company."""
    pattern = _division_pattern(_kind_of(fig), fact.measure)
    return pattern is not None and pattern.search(ctx.text, clause[0], fig.start) is not None


def _division_pattern(kind: str, measure: str | None) -> re.Pattern[str] | None:
    """A division word before a measure word of ``measure`` ("플랫폼 부문 영업이익", "배터리 사업부의 매출")."""
    return _noun_before_measure(kind, measure, "division_word", r"(?:{words})(?:의|은|는|이|가)?\s?(?:{cues})")


def _sector_pattern(kind: str, measure: str | None) -> re.Pattern[str] | None:
    """A sector noun glued before a measure word of ``measure`` ("민간 투자"); None when the measure has no word."""
    return _noun_before_measure(kind, measure, "sector_owner", r"(?:^|\s)(?:{words})\s?(?:{cues})")


@lru_cache(maxsize=512)
def _noun_before_measure(kind: str, measure: str | None, words_kind: str, template: str) -> re.Pattern[str] | None:
    """``template`` with the fact_cues.tsv words of ``words_kind`` for {words} and the measure's words for {cues},
    compiled once; None when either list is empty."""
    cues = [c for c, key in _measure_cues(kind) if key == measure]
    words = fact_cues().words(words_kind)
    if not cues or not words:
        return None
    return re.compile(template.replace("{words}", _escaped(words)).replace("{cues}", _escaped(cues)))


def _escaped(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _share_of_whole(ctx: _Ctx, fig: Figure) -> Fact | None:
    """A part of a figure the sentence gave before it ("가계대출은 13조원 늘었는데, 이 가운데 주담대가 12조원을
    차지했다"): the part is of the same kind as the whole (its rise), never a level of its own; a share of one in
    percent ("이 중 반도체가 20%를 차지") is no level at all. None when the figure is no such part (part_of)."""
    sentence = ctx.analysis.sentences[fig.sentence]
    head, tail = ctx.text[sentence.start : fig.start], ctx.text[fig.end : sentence.end]
    words = fact_cues().words("part_of")
    verbs = fact_cues().words("part_verb")
    if not any(w in head for w in words) or not any(w in tail[:_PART_VERB_AFTER] for w in verbs):
        return None
    earlier = [ctx.fact_of.get(i) for i in _in_sentence(ctx, fig.sentence) if ctx.figures[i].end <= fig.start]
    whole = next((f for f in reversed(earlier) if f is not None and f.figure is not None), None)
    if whole is None or fig.kind == "percent" or ctx.figures[whole.figure or 0].unit != fig.unit:
        return Fact(sentence=fig.sentence)  # no role: what it is part of is not read
    return whole if whole.role == "change" else Fact(sentence=fig.sentence)


_PART_VERB_AFTER = 8  # characters after a part's figure where the verb of accounting for stands ("을 차지했다")


_EXPECTED_TOPIC = re.compile(
    r"(?:예상|전망|추정|관측)(?:됐던|되던|되었던)\s+(?:[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣A-Za-z0-9]+(?:은|는|이|가)\s"
)  # a topic that is what was expected ("예상됐던 4분기 영업익은"): its figures are the expectation's


_QUOTE_OPEN = "\"“'‘"
_QUOTE_CLOSE = "\"”'’"


def _quoted_forecast(text: str, sentence: Sentence, fig: Figure) -> bool:
    """A figure in the last clause of a quotation that a forecast verb reports:
    "올해 영업이익은 … 1조6천억원 안팎이 될 것"이라고 전망했다", "…가능성이 50% 이상"이라고 분석했다"."""
    head = text[sentence.start : fig.start]
    opened = max(head.rfind(q) for q in _QUOTE_OPEN)
    if opened < 0 or sum(head.count(q) for q in '"') % 2 == 0 and not any(q in head[opened:] for q in "“‘"):
        return False
    rest = text[fig.end : sentence.end]
    close = min((i for i in (rest.find(q) for q in _QUOTE_CLOSE) if i >= 0), default=-1)
    if close < 0:
        return False
    inside = rest[:close]
    if _CLAUSE_JOIN.search(inside + " "):
        return False  # the figure is in an earlier clause of the quotation
    if not re.search(r"(?:것|[가-힣]\s수\s*(?:도\s*)?있)[가-힣]{0,3}\s*$", inside):
        return False  # "…7% 손실로 마감했다"고 분석했다: a past fact the speaker explains, not a forecast
    after = rest[close + 1 : close + 16]
    return any(v in after for v in fact_cues().words("forecast_said"))


def _scope_end(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> int:
    """The clause's end, carried on through a quotation ("…했다고 밝혔다") to the verb that says it."""
    sentence = ctx.analysis.sentences[fig.sentence]
    tokens = ctx.analysis.tokens[fig.sentence]
    end = clause[1]
    for t in tokens:
        if t.start >= end - 1 and t.tag == "EC" and t.form in {"다고", "라고", "이라고", "냐고", "고"}:
            return sentence.end
    if ctx.text[end - 2 : end] in {"다고", "라고"}:
        return sentence.end
    return end


def _source(ctx: _Ctx, fig: Figure, role: str, clause: tuple[int, int]) -> str | None:
    """Who states an estimate or a claim: "X에 따르면", "X가 전망한", or the sentence's speaker."""
    if role not in {"estimate", "claim"}:
        return None
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    names = _names(ctx, fig.sentence)
    owners = dict(fact_cues().pairs("consensus_owner"))
    alternation = _alternation("consensus_owner")
    near = text[max(sentence.start, fig.start - 24) : fig.start]
    owned = re.search(
        rf"(?:^|\s)({alternation})(?:의)?\s*(?:평균\s*)?(?:예상치|전망치|컨센서스|추정치|예상|전망)(?:\s*평균)?"
        r"\s*(?:인|는|은|를|을|가|이|\(\s*(?:[가-힣A-Za-z]{2,8}\s+)?|:)?\s*(?:[가-힣]{2,6}\s+)?(?:약\s*)?$",
        near,
    )
    if owned is not None:
        return owners[owned.group(1)]  # "시장 예상치(942억 달러)": the market's consensus, not the speaker's
    for noun, whose in fact_cues().pairs("consensus_noun"):
        if re.search(rf"(?:^|[\s(,]){re.escape(noun)}\s*(?:인|는|은|를|을|가|이|\(|:)?\s*(?:약\s*)?$", near):
            return whose  # "컨센서스 433억": a consensus is the market's
    if role == "claim" and any(c in text[fig.end : sentence.end] for c in fact_cues().words("allegation")):
        accusers = [n for n in names if n.type == "org" and n.en]  # "검찰은 A가 N억원을 횡령한 혐의로 기소했다"
        return accusers[0].en if accusers else None
    body = text[sentence.start : sentence.end]
    for cue in fact_cues().words("according"):
        i = body.find(cue)
        if i < 0:
            continue
        pos = sentence.start + i
        owner = [n for n in names if n.end <= pos and text[n.end : pos].strip() in {"", "방송", "통신", "보도"}]
        if owner and owner[-1].type not in {"outlet", "exchange"} and owner[-1].en:
            return owner[-1].en
        break
    sources = [n for n in names if n.role == "source" and n.end <= fig.start and n.en]
    if sources:
        return sources[-1].en
    scope = text[fig.end : sentence.end]
    said = any(c in scope for c in fact_cues().words("statement") + fact_cues().words("estimate"))
    head = text[sentence.start : fig.start]
    groups = dict(fact_cues().pairs("source_group"))
    alternation = _alternation("source_group")
    group = re.search(rf"(?:^|\s)({alternation})(?:에서는|에서도|에선|은|는|도)\s", head)
    if said or role == "claim":
        speakers = [n for n in names if n.role == "subj" and n.start < fig.start and n.en and n.type in SOURCE_TYPES]
        if group is not None and (not speakers or sentence.start + group.end() <= speakers[0].start):
            # "업계는 A사가 N원을 투자할 것으로 추정했다": the group as topic estimates; A is what it estimates of
            return groups[group.group(1)]
        if speakers:
            return speakers[0].en
        titled = _titled_body(ctx, fig)
        if titled is not None:
            return titled
    if group is not None:
        return groups[group.group(1)]  # "업계에서는 …", "증권가에서는 목표주가를 N"
    authorities = dict(fact_cues().pairs("source_authority"))
    said_by = "|".join(re.escape(w) for w in authorities)
    views = fact_cues().words("authority_view") + (fact_cues().words("revision_verb") if role == "estimate" else ())
    viewed = said or any(v in scope for v in views)  # "정부는 성장률 전망치를 1.8%로 낮췄다": its forecast too
    m = re.search(rf"(?:^|\s)({said_by})(?:은|는|도|이|가)\s", head) if authorities and viewed else None
    if m is not None:  # the sentence says it is their view ("정부는 11월 물가가 2% 초반대로 내려올 것으로 보고 있다")
        return authorities[m.group(1)]
    places = dict(fact_cues().pairs("source_place"))
    place_alternation = _alternation("source_place")
    m = re.search(rf"(?:^|\s)({place_alternation})(?:에서는|에서도|에선)\s", head)
    if m is not None:
        return places[m.group(1)]  # "시장에서는 … 0.75%까지 올릴 것으로 보고 있다"
    return None


def _titled_body(ctx: _Ctx, fig: Figure) -> str | None:
    """ "이승호 대신증권 연구원은 … 전망했다": the body in the speaker's title (the person has no English name)."""
    text = ctx.text
    titles = fact_cues().words("title")
    for n in _names(ctx, fig.sentence):
        if n.end > fig.start or not n.en or n.type not in {"bank", "research", "company", "org"}:
            continue
        m = re.match(r"\s*([가-힣A-Za-z]+)\s*(?:은|는|이|가)\s", text[n.end : fig.start])
        if m is not None and any(m.group(1).startswith(t) for t in titles):
            return n.en
    return None


def _after_market_price(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """Whether the figure follows a market price noun ("종가(1만5800원)", "평균 주가 1만4000원")."""
    head = ctx.text[clause[0] : fig.start].rstrip(" (")
    return any(head.endswith(w) for w in fact_cues().words("market_price"))


def _forecaster(name: _Name | None) -> bool:
    """A broker, research house or association: it forecasts figures, it is not what they measure."""
    if name is None:
        return False
    if name.type in {"bank", "research"}:
        return True
    return any(name.ko.endswith(w) for w in fact_cues().words("source_body"))


_SEQUENCE = re.compile(r"([가-힣])\s+(?:뒤|후|이후)(?:에)?\s")  # "오른 뒤", "출발한 후": a verb, then what came next


def _next_time(between: str) -> bool:
    """Whether the words between a figure and a time cue end its clause and start the next move's: "…했다가",
    or a verb's ㄴ form before 뒤/후 ("1.8% 오른 뒤 시간외거래에서"), not "5월 이후 최고" (since, not after)."""
    if re.search(r"다가\s", between):
        return True
    return any((ord(m.group(1)) - 0xAC00) % 28 == 4 for m in _SEQUENCE.finditer(between))  # final ㄴ: 오른, 한


def _time_of_day(ctx: _Ctx, fig: Figure, clause: tuple[int, int], measure: str | None, role: str | None) -> str | None:
    if measure not in _TIMED_MEASURES or role not in {"level", "change", "threshold", "reference", "conversion"}:
        return None
    cues = [(c, v) for c, v in fact_cues().pairs("time")]
    hits = []
    for s, e, key in _cue_hits(ctx.text, clause, cues, False):
        after = ctx.text[e : e + 4]
        if key == "close" and re.match(r"^\s*(?:후|이후|뒤|시점)", after):
            continue
        if key == "open" and ctx.text[s:e] == "시가" and ctx.text[e : e + 1] == "총":
            continue  # 시가총액 (market value), not the opening price
        if key == "intraday" and ctx.text[s:e] in {"시간 외", "시간외"}:
            return None  # after-hours trading: no time of the session
        if (
            key == "intraday"
            and ctx.text[s:e] == "현재"
            and not re.search(r"시\s*(?:\d+분\s*)?$", ctx.text[max(0, s - 8) : s].rstrip())
        ):
            continue
        if key == "intraday" and s >= fig.end and ctx.text[s:e].endswith(("후", "뒤")):
            key = "open"  # "1467.5원에 출발한 후 1470원": the figure before 출발 is the opening one
        hits.append((s, e, key))
    # "장중 N원까지 밀렸다가 종가 기준 M원에 마감했다": 다가 ends one time of the session and starts another
    # "정규장에서 1.8% 오른 뒤 시간외거래에서 …": a time after 뒤/후 is of the next move, not this one
    after_hits = [h for h in hits if h[0] >= fig.end and not _next_time(ctx.text[fig.end : h[0]])]
    before_hits = [h for h in hits if h[1] <= fig.start and not re.search(r"다가\s", ctx.text[h[1] : fig.start])]
    adjacent = [h for h in before_hits if fig.start - h[1] <= 3]
    if adjacent:  # "장중 7.8%까지 하락한 끝에 … 마감됐다": the word right before the figure says when
        return max(adjacent)[2]
    if after_hits:
        return min(after_hits)[2]
    if before_hits:
        return max(before_hits)[2]
    if re.search(r"(?:오전|오후)\s*\d{1,2}시", ctx.text[clause[0] : fig.start]):
        return "intraday"
    sentence = ctx.analysis.sentences[fig.sentence]
    if re.match(r"^[^,.]{0,16}?기도\s*(?:했|하였|한다)", ctx.text[fig.end : sentence.end]):
        # "장중 N까지 떨어졌고 M% 넘게 내리기도 했다": a passing move of the session the sentence began with
        head = ctx.text[sentence.start : clause[0]]
        if any(c in head for c, v in cues if v == "intraday" and c not in {"현재", "시간 외", "시간외"}):
            return "intraday"
    return None


def _event_date(
    ctx: _Ctx, index: int, fig: Figure, clause: tuple[int, int], measure: str | None, role: str
) -> str | None:
    text = ctx.text
    sentence = ctx.analysis.sentences[fig.sentence]
    same = [
        (i, d)
        for i, d in ((i, ctx.figures[i]) for i in _in_sentence(ctx, fig.sentence))
        if d.kind == "date"
        and d.end <= fig.start
        and isinstance(d.value, str)
        and not d.value.startswith("--")  # a partial date ("---05": a day of an unnamed month) dates no event
    ]
    usable = [(i, d) for i, d in same if i not in ctx.dates.refs]
    head = text[sentence.start : fig.start]
    if usable:
        last = usable[-1][1]
        linked = _linked_day(text, text[last.end : fig.start], ctx.dates)
        if linked is not None:
            return linked
        if any(last.surface.strip().startswith(c) for c in fact_cues().words("daylink")):
            return _linked_day(text, last.surface, ctx.dates)  # "전날" counts from the article's day
        between = text[last.end : fig.start]
        period = _relative_period(text, between, ctx.dates.article_day)
        if period is not None:
            return period  # "지난 10월, 11월 … 내린 이후 지난달 연 3.00%로 동결": the nearer period word
        if any(w in between for w in fact_cues().words("future")):
            return None  # "3분기 … 내년에 20% 성장할": the figure is next year's, which has no date figure here
        if last.high is not None:
            return None  # a span of dates ("5~7월") dates no single event
        if text[last.end : last.end + 3].lstrip().startswith("부터") and last.end < clause[0]:
            return None  # "4월부터 … 막았고, 이에 따라 …": that clause's start, not this one's date
        listed = [
            d for _, d in usable if d is not last and text[d.end : last.start].strip() in {",", "과", "와", "및", "·"}
        ]
        if listed:  # "지난 10월, 11월 두 차례": both; only what they share is the figure's date
            shared = _shared_date(str(listed[-1].value), str(last.value))
            return shared
        return str(last.value)
    if not same and ctx.dates.article_day and _AS_OF_NOW.search(head):
        return ctx.dates.article_day  # "이날 오전 10시 현재": as of the article's writing, whatever day 이날 was
    linked = _linked_day(text, head, ctx.dates)
    if linked is not None:
        return linked
    if not same:
        period = _relative_period(text, head, ctx.dates.article_day)
        m = measure_by_key().get(measure or "")
        if period is not None and m is not None and m.dated == "event" and re.fullmatch(r"\d{4}(?:-\d{2})?", period):
            current = ctx.dates.article_day or ""
            if current.startswith(period) and not _year_to_date(text[sentence.start : sentence.end]):
                period = None  # "올해 들어 처음으로 5% 올랐다": a market day's move, dated by the day rules below
        if period is not None:
            return period
    compared_days = [d for _, d in same if _is_day_comparison(text, d)]
    if same and len(compared_days) < len(same):  # reference dates before it: the event's date is not said
        return None
    if any(c in text[sentence.start : sentence.end] for c in fact_cues().words("dayspan")):
        in_force = _day_in_force(ctx, fig.sentence)  # "하루 만에 … 증발했다": on the day just named
        if in_force is not None:
            return in_force
    m = measure_by_key().get(measure or "")
    body = text[sentence.start : sentence.end]
    dated = [d for d in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence)) if d.kind == "date"]
    if (m is None or m.dated != "event") and role in {"level", "change"} and not dated and _monthly(body):
        return _release_month(ctx)  # "가동률은 72.1%로 전월보다 1.3%포인트 하락했다": the month the release reports
    if m is None or m.dated != "event" or role not in {"level", "change", "threshold", "conversion"}:
        return None
    if any(not _is_day_comparison(text, d) for d in dated):
        return None  # the sentence dates something else: do not guess
    if any(p in body for p in _words()["past"]) or ctx.dates.article_day is None:
        return None
    if ctx.dates.story_day != ctx.dates.article_day:
        return None  # the lead names another day ("27일(현지시간)"): an undated move may be either day's
    if any(w in body for w, v in fact_cues().pairs("time") if v == "after_hours"):
        return None  # "실적 발표 직후 시간외거래에서": the evening of the announcement, often the day before
    if _monthly(body) or any(w in body for w in fact_cues().words("monthly_run")):
        return _release_month(ctx)  # "전월 대비 0.2포인트 내렸다": a monthly statistic, not the day's move
    if measure == "volume" and "거래" not in body and any(w in body for w in fact_cues().words("month_sales")):
        month = _release_month(ctx)  # "르노코리아는 2만948대를 팔았다" in a November sales release: November's
        if month is not None:
            return month
    return ctx.dates.article_day


def _monthly(body: str) -> bool:
    """A sentence of a monthly statistic: a change against the month before or a run of months (month_on_month)."""
    return any(w in body for w in fact_cues().words("month_on_month"))


def _release_month(ctx: _Ctx) -> str | None:
    """The month a monthly release reports, as the title or the lead names it ("10월 산업생산", "'10월 산업활동동향'"):
    the latest month before the article's month among the month dates of the first three sentences; None when
    none is (never the article's day: October's data is no figure of 30 November)."""
    day = ctx.dates.article_day or ""
    months = [
        str(f.value)
        for f in ctx.figures
        if f.kind == "date"
        and f.sentence <= 2
        and re.fullmatch(r"\d{4}-\d{2}", str(f.value))
        and str(f.value) < day[:7]
    ]
    return max(months) if months else None


_PERIOD_BASE = re.compile(
    r"^\s*(?:의\s*)?(?:같은\s?(?:기간|달|분기|시기|때)|동기|동월|동분기|평균|말|수준)?\s*"
    r"(?:보다|대비|比|에 비해|와 비교|과 비교|이후|이래|만에)"
)


def _year_to_date(body: str) -> bool:
    """ "올해 들어 주가 하락률은 -14.8%": a figure over the period so far, not a record set on the day."""
    return re.search(r"(?:올해|이달|금년)\s*들어", body) is not None and not re.search(
        r"처음|최대|최고|최저|만에", body
    )


_AS_OF_NOW = re.compile(r"(?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?\s*현재")


# a bracketed note on how a statistic is computed, right after its noun ("(계절조정·2020년=100)", "(2015=100)"): its
# base year is no date of the figure
_METHOD_NOTE = re.compile(r"\([^()]{0,30}=\s?100\)")


def _relative_period(text: str, head: str, article_day: str | None) -> str | None:
    """ "지난달"/"올해"/"지난해" before the figure, resolved against the article's date (never a comparison base)."""
    if article_day is None or not re.match(r"^\d{4}-\d{2}", article_day):
        return None
    year, month = int(article_day[:4]), int(article_day[5:7])
    best: tuple[int, str, str] | None = None
    before = r"(?:^|(?<=[\s\"'“‘(]))({w})(?=[\s,]|에|의|은|는|도|들어)"
    for (word, offset), rx in _cue_regexes("relative_period", before):
        if word not in head:
            continue  # the pattern matches the word as written
        for m in rx.finditer(head):
            rest = _METHOD_NOTE.sub("", head[m.end() :])  # "지수(계절조정·2020년=100)는": a method note dates nothing
            if _PERIOD_BASE.match(rest) or re.search(r"\d", rest):
                continue  # a comparison base, or a word that dates another figure before this one
            if best is None or m.start() > best[0]:
                best = (m.start(), word, offset)
    if best is None:
        return None
    n, unit = int(best[2][:-1]), best[2][-1]
    if unit == "y":
        return f"{year + n:04d}"
    months = year * 12 + (month - 1) + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


_RESULTS = frozenset({"revenue", "operating_profit", "net_profit", "profit_margin"})


def _carried_period(
    ctx: _Ctx, fig: Figure, facts: Sequence[Fact], measure: str | None, role: str, subject: str | None
) -> str | None:
    """A results figure in a sentence with no date of its own takes the quarter or year of the results
    in the sentence before ("3분기 매출 … 기록했다. 매출은 16.4% 줄었고, 영업이익은 53.7% 감소했다")."""
    if role not in {"level", "change", "estimate"}:
        return None
    sentence = ctx.analysis.sentences[fig.sentence]
    body = ctx.text[sentence.start : sentence.end]
    if any(ctx.figures[i].kind == "date" for i in _in_sentence(ctx, fig.sentence)):
        return None
    if any(w in body for w in fact_cues().words("future")) or _relative_period(body, body, "2000-01-01"):
        return None  # "내년 매출 성장률은 …": another period
    if measure not in _RESULTS and not (measure is None and _type_of(subject) == "company" and fig.kind == "money"):
        return _carried_statistic_period(ctx, fig, facts, measure, role, subject)
    earlier = [
        f
        for f in _facts_in(ctx, fig.sentence - 1)
        if (f.measure in _RESULTS or (f.measure is None and f.subject == subject))
        and f.date
        and re.fullmatch(r"\d{4}(?:-Q\d)?", f.date)
    ]
    if not earlier or is_heading(ctx.text, ctx.analysis.sentences[fig.sentence - 1]):
        return None
    return earlier[-1].date


_BREAKDOWN = re.compile(r"^\s*[가-힣]{1,6}별로(?:는|도|만)?\s")


def _breakdown_of(ctx: _Ctx, fig: Figure, facts: Sequence[Fact]) -> Fact | None:
    """ "품목별로는/지역별로는/차종별로는 …": the statistic (a level or change with a measure) it breaks down: the one
    the breakdown's own first item names ("종목별로는 A 보관액이 N으로 가장 많았고 B(M)…": B's M is a holding too),
    else the last one before it."""
    sentence = ctx.analysis.sentences[fig.sentence]
    if not _BREAKDOWN.match(ctx.text[sentence.start : sentence.end]):
        return None
    for pi in range(fig.sentence, max(-1, fig.sentence - 4), -1):
        for f in reversed(_facts_in(ctx, pi)):
            if f.measure not in {None, "duration"} and f.role in {"level", "change"}:
                return f
    return None


def _names_a_day(ctx: _Ctx, fig: Figure) -> bool:
    """Whether the figure's sentence has a date figure or a word linking it to a day (이날, 당일, 전날 …)."""
    sentence = ctx.analysis.sentences[fig.sentence]
    body = ctx.text[sentence.start : sentence.end]
    if any(ctx.figures[i].kind == "date" for i in _in_sentence(ctx, fig.sentence)):
        return True
    return any(w in body for w in fact_cues().words("daylink")) or "현재" in body


def _carried_statistic_period(
    ctx: _Ctx, fig: Figure, facts: Sequence[Fact], measure: str | None, role: str, subject: str | None
) -> str | None:
    """A month's (quarter's, year's) statistic goes on in the next sentences with no date of their own:
    "지난달 8만7810대를 판매해 … 친환경차 판매는 2만1396대로 …": the same measure, the same period.
    Only the level or change of the same measure in the last sentence with figures (two back at most)."""
    if measure is None or subject is None or role not in {"level", "change"}:
        return None
    for back in (1, 2):
        pi = fig.sentence - back
        if pi < 0 or is_heading(ctx.text, ctx.analysis.sentences[pi]):
            return None
        earlier = _facts_in(ctx, pi)
        if not earlier:
            continue
        same = [
            f
            for f in earlier
            if f.measure == measure
            and f.subject == subject
            and f.role in {"level", "change", "threshold"}
            and f.date
            and re.fullmatch(r"\d{4}(?:-Q\d|-\d{2})?", f.date)
        ]
        return same[-1].date if same else None
    return None


def _is_day_comparison(text: str, d: Figure) -> bool:
    """ "전날보다", "전일 대비": the day before as a comparison base, which leaves the event on the day itself."""
    word = d.surface.strip()
    if not any(word.startswith(c) for c, v in fact_cues().pairs("daylink") if v and v != "0"):
        return False
    return re.match(r"^\s*(?:\([^)]{0,12}\))?\s*(?:보다|대비|比|에 비해)", text[d.end : d.end + 16]) is not None


def _shared_date(a: str, b: str) -> str | None:
    """The part two ISO dates share: 2024-10 and 2024-11 share 2024."""
    for size in (10, 7, 4):
        if len(a) >= size and len(b) >= size and a[:size] == b[:size]:
            return a[:size]
    return None


def _fact_for(ctx: _Ctx, index: int, facts: list[Fact], by_figure: dict[int, Fact]) -> Fact:
    text = ctx.text
    fig = ctx.figures[index]
    sentence = ctx.analysis.sentences[fig.sentence]
    tokens = ctx.analysis.tokens[fig.sentence]
    clause = _clause(text, sentence, tokens, fig)
    kind = _kind_of(fig)
    measure = _measure_for(ctx, index, clause, kind)
    if measure == "share_price" and kind == "percent" and _return_noun_before(text, fig, clause):
        measure = "other"  # "연중 주가 수익률은 -14%에서 +5%로": a return over the year, not the day's move
    listed_measure = _each_measure(ctx, index)
    if listed_measure is not None:
        measure = listed_measure  # "매출액과 영업이익이 각각 75조원, 6.5조원을": the list pairs them in order
    if measure == "stake" and _bid_for(text, fig, clause):
        measure = "shares_sought"  # "지분 9.8%를 주당 5만원에 인수한다": shares a buyer seeks, not held
    elif measure == "stake" and _amounts_to(text, fig):
        measure = _equivalent_shares(ctx, fig)  # "발행주식총수의 1.8%에 해당한다": what a buyback comes to
    if fig.unit == "duration":
        measure = "duration"
    elif fig.counter == "위":
        measure = "ranking"
    change = _nearest_cue(text, clause, fig, _change_cues())
    example = False  # "네이버(6.13%), 카카오(7.27%) 등이 대표 사례다": examples of the sentence before
    if change is None and _is_copular(tokens) and fig.sentence > 0:
        change = _has_change_cue(text, ctx.analysis.sentences[fig.sentence - 1])
        example = change is not None
    clause_text = text[clause[0] : clause[1]]
    hedged = any(h in clause_text for h in hedges())

    owner = _paren_owner(ctx, index)
    if owner is not None and owner[0] == "figure":
        j = int(owner[1])  # type: ignore[call-overload]
        twin = by_figure.get(j)
        other = ctx.figures[j]
        if twin is not None:
            if fig.kind == "money" and other.kind == "money" and fig.unit != other.unit:
                return replace(twin, figure=index, role="conversion", equivalent_of=j, source=twin.source)
            role, direction = twin.role, twin.direction
            sign = _LEADING_SIGN.match(fig.surface) or _SIGN.search(text[max(0, fig.start - 2) : fig.start])
            if sign is not None:
                direction = "down" if sign.group().strip() in "-−–▼△▽↓" else "up"
                if fig.kind == "percent" and other.kind != "percent":
                    role = "change"  # "441억 달러 (+69% YoY)": the amount's growth
            fig_measure = twin.measure
            if fig_measure is not None and kind not in measure_by_key()[fig_measure].kinds and fig.unit != "pt":
                fig_measure = measure if measure is not None else None
            return replace(twin, figure=index, measure=fig_measure, role=role, direction=direction, equivalent_of=None)

    role, direction = _role_and_direction(ctx, index, clause)
    if measure == "ranking" or fig.counter in {"위", "번째", "째"}:
        role, direction = "level", None  # "역대 2번째 폭등": a rank, not a move
    converts = _converts(ctx, index) if owner is None else None
    if converts is not None:
        role = "conversion"
    subject_name: _Name | None = None
    blocked = False
    date: str | None = None
    if owner is not None and owner[0] == "date":
        j = int(owner[1])  # type: ignore[call-overload]
        value = str(ctx.figures[j].value)
        role, date = "reference", (None if value.startswith("-") else value)
        if _LEADING_SIGN.match(fig.surface):
            direction = "down" if fig.surface[0] in "-−–▼△▽" else "up"
    elif owner is not None and owner[0] == "period":
        role = "reference"
    elif owner is not None and owner[0] == "name":
        subject_name = owner[1]  # type: ignore[assignment]
        blocked = True
        if role == "level" and kind == "percent" and change in {"rise", "fall", "grow", "lose"}:
            role, direction = "change", "up" if change in {"rise", "grow"} else "down"
    hedge = _estimate_or_claim(ctx, fig, clause)
    if role in {"level", "change"} and hedge is None and _reference(ctx, fig, clause):
        role = "reference"
        if _surpassed(text, fig):
            direction = None  # "기록(N)을 뛰어넘는": the figure passed does not move
    loose_threshold = role == "threshold" and not fig.surface.rstrip().endswith(("선", "대"))
    compared = role == "reference" and re.match(r"^[)\]]?\s*(?:보다|대비|에 비해)", text[fig.end : fig.end + 6])
    if hedge is not None and not compared and (role in {"level", "change"} or hedge == "estimate!" or loose_threshold):
        if role == "threshold":
            direction = None
        role = hedge.rstrip("!")  # (Fact.hedged stays the hedge words' own flag, data/hedges.txt)

    if subject_name is None and not blocked:
        subject_name, blocked = _pick_subject(ctx, fig, clause, measure)
    subject = subject_name.en if subject_name is not None and _subject_ok(subject_name, measure) else None
    subject_ko = subject_name.ko if subject_name is not None else None
    if subject_name is not None and subject_name.type == "aggregate" and _narrowed(text, sentence, subject_name):
        subject, subject_ko = None, None  # "청년층 고용률", "제조업 취업자": a part of the statistic, not all of it
    if subject_name is not None and _destination(text, subject_name, measure):
        subject, subject_ko = None, None  # "대만 수출도 28% 늘었다": exports to Taiwan, not Taiwan's own
    previous = by_figure.get(index - 1) if index > 0 else None
    prev_sentence = _facts_in(ctx, fig.sentence - 1)
    anaphoric = bool(prev_sentence) and bool(_ANAPHORA.match(text[sentence.start : sentence.end]))
    pointed_unsure = False  # "이 회사의 …" pointing at a company the gazetteer does not know, or at one of several
    if subject_name is None:
        has_generic, generic = _generic_subject(ctx, fig, clause, facts)
        pointed_unsure = has_generic and generic is None
        if has_generic:
            if generic is not None:
                subject = generic
                subject_ko = _ko_of(generic)
        elif anaphoric:
            subject, subject_ko = prev_sentence[-1].subject, prev_sentence[-1].subject_ko
        elif not blocked and not _blocking_noun_subject(ctx, fig, clause) and not _segment(ctx, fig, clause):
            carried = _carried_subject(ctx, fig, facts, measure)
            if carried is not None:
                subject, subject_ko = carried
    del previous
    # a name that is the topic of the owner noun's own clause keeps the figure ("삼성전자는 장 초반
    # 주가가"); a name from elsewhere (another clause, the sentence before, the article's company) does not
    owner_noun = _noun_owner(ctx, fig, clause, measure)
    if owner_noun is not None and subject_name is not None:
        if subject_name.end > owner_noun[0] or not any(
            t.tag.startswith(("E", "V", "XSV")) and subject_name.end <= t.start and t.end <= owner_noun[0]
            for t in tokens
        ):
            owner_noun = None
    if owner_noun is not None:
        # "삼성전자는 … 태양바이오 주가는 2%": not Samsung's price; a one-word owner keeps its surface
        owner_ko = text[owner_noun[0] : owner_noun[1]]
        subject, subject_ko = None, (owner_ko if " " not in owner_ko else None)
    each = _each_name(ctx, index)
    if each is not None and _subject_ok(each, measure):  # "A와 B는 각각 5.1%, 3.8% 하락했다"
        subject, subject_ko = each.en, each.ko
    if measure in {"net_buying", "net_selling"}:
        investor = _investor_subject(ctx, index)
        if investor is not None:
            subject, subject_ko = investor
    if measure is None and anaphoric and prev_sentence and prev_sentence[-1].measure is not None:
        if kind in measure_by_key()[prev_sentence[-1].measure or ""].kinds:
            measure = prev_sentence[-1].measure
    breakdown = _breakdown_of(ctx, fig, facts) if measure is None else None
    if breakdown is not None and breakdown.measure is not None:
        if kind in measure_by_key()[breakdown.measure].kinds or kind == "percent":
            measure = breakdown.measure  # "품목별로는 메모리 반도체가 96억 달러로": a part of the statistic before
        else:
            breakdown = None
    before_fact = by_figure.get(index - 1)
    if (
        measure is None
        and kind == "percent"
        and role == "change"
        and before_fact is not None
        and before_fact.sentence == fig.sentence
        and before_fact.role == "level"
        and before_fact.measure is not None
        and (before_fact.subject == subject or (subject is None and subject_ko is None))
        and len(text[ctx.figures[index - 1].end : fig.start]) <= 20
        and not any(w in text[ctx.figures[index - 1].end : fig.start] for w in fact_cues().words("change_noun"))
    ):
        measure = before_fact.measure  # "N대를 판매해 전년 대비 19% 증가했다": the change of that level
        subject, subject_ko = before_fact.subject, before_fact.subject_ko
    if (
        measure is None
        and role == "level"
        and before_fact is not None
        and before_fact.sentence == fig.sentence
        and before_fact.role == "change"
        and before_fact.measure is not None
        and kind in measure_by_key()[before_fact.measure].kinds
        and (before_fact.subject == subject or (subject is None and subject_ko is None))
    ):
        between = text[ctx.figures[index - 1].end : fig.start]
        if len(between) <= 10 and _level_direction(between) is not None:
            measure = before_fact.measure  # "1.5% 오른 6만1000원에 마감했다": the level the move reached
            subject, subject_ko = before_fact.subject, before_fact.subject_ko
    if (
        measure is None
        and before_fact is not None
        and before_fact.sentence == fig.sentence
        and before_fact.measure is not None
        and before_fact.figure is not None
        and ctx.figures[before_fact.figure].unit == fig.unit
        and (before_fact.subject == subject or (subject is None and subject_ko is None))
        and _replaced_by_next(ctx, before_fact.figure)
    ):
        measure = before_fact.measure  # "전망치도 1.9%에서 2.0%로 상향했다": the "to" of the same measure's from/to
        subject, subject_ko = before_fact.subject, before_fact.subject_ko
    tail_head = _tail(ctx, index, clause)[:12]  # read once, not once per growth word
    grew = any(w in tail_head for w in fact_cues().words("growth"))
    if measure is None and kind == "percent" and _type_of(subject) == "company" and grew:
        measure = "other"  # "20~30%의 성장이 있을 것": the business grows, not the share price
    if measure is None and kind in {"money", "percent"} and subject and _type_of(subject) == "company":
        listed = listed_market(subject) is not None
        if listed and any(w in text[fig.end : sentence.end] for w in fact_cues().words("trading_close")):
            measure = "share_price"  # "A사는 12.40달러(5.1%) 오른 255.10에 거래를 마쳤다": its shares' close
        elif _session_base(text, clause, fig):
            measure = "share_price"  # "A사는 전 거래일보다 1만8700원(29.92%) 오른 8만1200원에": a session's move
    if measure == "index_level" and kind in {"money", "percent"} and subject_ko and _type_of(subject) == "company":
        if _traded_on_named_market(text, sentence.start, fig, subject_ko):
            measure = "share_price"  # "코스닥시장에서 A사는 29.9% 오른 8만원에": where its shares trade, no index
    if measure is None or (measure == "share_price" and _type_of(subject) in {"fx", "crypto", "index", "market"}):
        measure = _default_measure(fig, subject, role, lambda: _priced_object(text, clause, fig)) or (
            measure if _type_of(subject) not in {"fx"} else None
        )
    if (
        subject is None
        and subject_ko is None
        and ctx.main is not None
        and measure is not None
        and owner_noun is None
        and not pointed_unsure
    ):
        said = any(
            n.role in {"subj", "group", "source"} and not (role in {"estimate", "reference"} and _forecaster(n))
            for n in _names(ctx, fig.sentence)
            if n.end <= fig.start
        )  # "NH투자증권은 목표주가를 18만원에서 16만5000원으로": the broker only gives the main company's target
        listed = listed_market(ctx.main) is not None
        own = any(c in text[clause[0] : fig.start] for c in fact_cues().words("company_noun"))
        if (
            (measure_by_key()[measure].main or own)
            and not said
            and not _blocking_noun_subject(ctx, fig, clause)
            and not _segment(ctx, fig, clause)
            and not (role in {"estimate", "claim"} and _other_genitive(ctx, fig, clause))
        ):
            if measure not in {"share_price", "market_value"} or listed or _closes_trading(ctx, fig, measure):
                subject = ctx.main
                subject_ko = _ko_of(ctx.main)
    if subject is None and subject_ko is None and measure == "interest_rate" and _policy_rate(text, clause, fig):
        subject = _only_central_bank(ctx)  # "기준금리 2.75%로 인하" in an article naming one central bank
        subject_ko = _ko_of(subject) if subject else None
    if role in {"estimate", "claim"} and _type_of(subject) == "org" and measure != "interest_rate":
        subject, subject_ko = None, None  # an institution's forecast is about something else (growth, prices)
    if _type_of(subject) == "org" and any(c in text[clause[0] : fig.start] for c in fact_cues().words("macro")):
        subject, subject_ko = None, None  # "한은은 … 경제 성장률을 1.5%로": the economy's, not the bank's
    if subject_name is not None and subject is not None and _division_topic(ctx, fig, subject_name.end):
        subject, subject_ko = None, None  # "A는 1조원, VD사업부는 6900억원": a division's, after A's
    if subject is not None and _class_owned(ctx, fig, clause, subject_name):
        subject, subject_ko = None, None  # "IPO 기업의 평균 주가 상승률은 39%": the group's, not one company's
    if measure == "tender_price" and role == "reference" and owner is None and _after_market_price(ctx, fig, clause):
        # "공개매수 가격은 … 12일 종가(1만5800원)보다 23.4% 높다": what the offer is compared with is the
        # target's market price, not the bidder's offer (the target is not said here: no subject)
        measure, subject, subject_ko = "share_price", None, None
    if measure == "duration":
        subject, subject_ko = None, None  # a span of time is nobody's figure
        if re.match(r"^\s*(?:여|가량|남짓|째)?\s*(?:만|간|동안|연속|째)", text[fig.end : fig.end + 6]):
            role, direction = "level", None  # "15년 9개월 만이다", "20분간": the span itself
        if date is None:
            date = _duration_date(ctx, fig, clause)
    as_of_now = _AS_OF_NOW.search(text[sentence.start : fig.start]) is not None
    if (
        date is None
        and example
        and not as_of_now
        and not any(ctx.figures[i].kind == "date" for i in _in_sentence(ctx, fig.sentence))
    ):
        date = _day_in_force(ctx, fig.sentence, across_paragraphs=True)  # the day of the statement exemplified
    if date is None:
        date = _event_date(ctx, index, fig, clause, measure, role)
        if date is not None and date == ctx.dates.article_day and not _names_a_day(ctx, fig):
            # the article's day is only the default of a market-day measure: a period the sentence
            # before gave the same statistic ("지난달 6만대를 판매 … 판매량은 4만대") says more
            date = _carried_period(ctx, fig, facts, measure, role, subject) or date
    if date is None:
        date = _carried_period(ctx, fig, facts, measure, role, subject)
    if (
        date is None
        and breakdown is not None
        and breakdown.date
        and re.fullmatch(r"\d{4}(?:-Q\d|-\d{2})?", breakdown.date)
    ):
        if not _names_a_day(ctx, fig) and role in {"level", "change"}:
            date = breakdown.date
    date = date or None  # "" = said to have no date of its own
    if converts is not None and converts >= 0 and converts in by_figure:
        base = by_figure[converts]
        return replace(base, figure=index, role="conversion", equivalent_of=converts, sentence=fig.sentence)
    source = _source(ctx, fig, role, clause)
    prev_fig = next((ctx.figures[i] for i in reversed(_in_sentence(ctx, fig.sentence)) if i < index), None)
    if prev_fig is not None and ctx.text[prev_fig.end : fig.start].strip() == "에서" and prev_fig.unit == fig.unit:
        twin = by_figure.get(index - 1)
        replaced = twin is not None and twin.role == "reference" and _replaced_by_next(ctx, index - 1)
        if twin is not None and (twin.role == "estimate" or replaced) and role == "level":
            role, source = "estimate", twin.source  # "전망치를 95달러에서 100달러로": both ends are forecasts
    if role == "estimate" and source is None:
        noun_named = hedge == "estimate!"  # "한국은행은 성장률 전망치를 1.8%로": who gives the forecast noun's figure
        topics = [
            n
            for n in _names(ctx, fig.sentence)
            if n.end <= fig.start and n.role == "subj" and (_forecaster(n) or (noun_named and n.type in SOURCE_TYPES))
        ]
        if topics and topics[0].en:
            source = topics[0].en  # "대신증권은 삼성전자의 목표주가를 9만원에서 10만원으로 올렸다"
    if role in {"estimate", "claim"} and _forecaster(subject_name) and subject_name is not None:
        source = source or subject_name.en  # "골드만삭스는 브렌트유 전망치를 N으로": Goldman forecasts Brent
        named = [
            n
            for n in _names(ctx, fig.sentence)
            if subject_name.end <= n.start and n.end <= fig.start and n.en and n.type in SUBJECT_TYPES
        ]
        subject = named[-1].en if named and not _forecaster(named[-1]) else None
        subject_ko = named[-1].ko if subject is not None else None
    if role == "estimate" and source is None and _type_of(subject) == "company" and not _names(ctx, fig.sentence):
        if any(w in text[fig.end : sentence.end] for w in fact_cues().words("guidance_verb")):
            source = subject  # "3분기 매출 전망치는 … 30조원 안팎으로 제시했다": the company's own guidance
    if measure in _FORECAST_MEASURES and role in {"level", "change", "estimate"}:
        revised = _revision(ctx, fig, subject_name, sentence)
        if revised is not None:  # a revising verb names no new forecaster: the one the sentence gave stays
            role, source = revised[0], revised[1] or source
            direction = None if role == "reference" else direction
    if measure in _FORECAST_MEASURES and role in {"estimate", "reference"} and source is None:
        named = [n for n in _names(ctx, fig.sentence) if n.type in SOURCE_TYPES | {"central_bank"}]
        if not named:  # "올해와 내년 성장률 전망치는 각각 1.8%, 2.0%로 올려 잡았다" in a story on one central bank
            source = _only_central_bank(ctx)
    if role == "estimate" and _replaced_by_next(ctx, index):
        role, direction = "reference", None  # "목표주가를 12만원에서 13만원으로 상향": the target it replaces
    if _counterfactual(text, sentence, fig):
        role, direction, source = None, None, None  # "제한이 없었다면 … 25억 달러의 추가 매출": what would have been
    fact = Fact(
        sentence=fig.sentence,
        subject=subject,
        measure=measure,
        change=change,
        date=date,
        figure=index,
        hedged=hedged,
        subject_ko=subject_ko,
        role=role,
        direction=direction,
        time_of_day=_time_of_day(ctx, fig, clause, measure, role),
        equivalent_of=None,
        source=source,
    )
    return _sense(ctx, fig, clause, fact)


_AMOUNT_BEFORE_PAREN = re.compile(
    r"\d[\d,.]*\s*(?:조|억|만|천)?\s*[\d,.]*\s*(?:[가-힣]{1,3}|[A-Za-z$€¥£₩]{1,4})"
    r"\s*\(\s*(?:약|대략|한화 약|원화 약)?\s*$"
)
_IN_WON = re.compile(r"(?:우리\s?돈|한화|원화)\s*(?:로|으로)?\s*(?:약|대략)?\s*$")


def _converts(ctx: _Ctx, index: int) -> int | None:
    """The figure a currency amount restates ("…달러(약 1439조원)", "…달러, 우리돈 약 N원"); -1 if not a figure."""
    fig = ctx.figures[index]
    if fig.kind != "money":
        return None
    sentence = ctx.analysis.sentences[fig.sentence]
    before = ctx.text[max(sentence.start, fig.start - 30) : fig.start]
    if _IN_WON.search(before):
        prev = [j for j in range(index) if ctx.figures[j].sentence == fig.sentence and ctx.figures[j].kind == "money"]
        if prev and ctx.figures[prev[-1]].unit != fig.unit:
            return prev[-1]
        return -1
    if _AMOUNT_BEFORE_PAREN.search(before):
        return -1  # an amount the figure scanner did not read ("1819루피(21.63달러)")
    return None


def _type_of(subject: str | None) -> str | None:
    e = english_names().get(subject or "")
    return e.type if e is not None else None


def _policy_rate(text: str, clause: tuple[int, int], fig: Figure) -> bool:
    """Whether the rate before the figure is a central bank's ("기준금리"), not a market's ("국고채 3년물 금리",
    "주담대 금리"): only a policy-rate word (fact_cues.tsv, policy_rate) lets the one central bank own it."""
    return any(w in text[clause[0] : fig.start] for w in fact_cues().words("policy_rate"))


# a name that is only what a figure is set against: "한국은행(2.0%)보다", "한은 전망치보다", "한은 대비"
_COMPARISON_BASE = re.compile(
    r"\s*(?:\([^()]{0,30}\))?\s*(?:의\s*)?(?:(?:전망치?|예상치?|추정치?|수준)\s*)?(?:\([^()]{0,30}\))?\s*"
    r"(?:보다|대비|에 비해|과 비교|와 비교|에 비하면)"
)


def _only_central_bank(ctx: _Ctx) -> str | None:
    """The one central bank an article names, not counting one named only as a comparison base ("정부 전망치는
    한국은행(2.0%)보다 높다": the government's forecast, the bank's only what it is set against)."""
    banks = set(fact_cues().words("central_bank"))
    named = {
        m.entity.en
        for si in range(len(ctx.analysis.sentences))
        for m in _mentions(ctx, si)
        if m.entity.en in banks and not _COMPARISON_BASE.match(ctx.text, m.end)
    }
    return next(iter(named)) if len(named) == 1 else None


def _fact_main(ctx: _Ctx, article: Article) -> str | None:
    """The company an article's unattributed company figures belong to, or None.

    Counted over the gazetteer's companies (a name in the title counts twice); a subsidiary
    named with its parent's name ("현대차 인도법인") takes the parent's bare mentions ("현대차").
    The leader needs two mentions and twice the next company's.
    """
    counts: Counter[str] = Counter()
    kos: dict[str, str] = {}
    title = article.title.strip()
    for si in range(len(ctx.analysis.sentences)):
        sentence = ctx.analysis.sentences[si]
        in_title = bool(title) and ctx.text[sentence.start : sentence.end].strip() in title
        for m in _mentions(ctx, si):
            if m.entity.type == "company" and not _sister_name(ctx.text, m.end, sentence.end):
                counts[m.entity.en] += 2 if in_title else 1
                kos.setdefault(m.entity.en, ctx.text[m.start : m.end])
    parents: dict[str, str] = {}
    for child, child_ko in list(kos.items()):
        for parent, parent_ko in kos.items():
            if parent != child and child_ko.startswith(parent_ko + " ") and counts[child] > 0:
                counts[child] += counts.pop(parent, 0)
                parents[child] = parent
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    if _affiliate_named_more(ctx.text, kos.get(ranked[0][0]), ranked[0][1]):
        return None  # "SK이노베이션 E&S" named more often than its group: which of the two a bare figure is, unsure
    if _named_as_agent(ctx, ranked[0][0]):
        return None  # "대표 주관사인 A증권": the deal's agent; the article is about a company the gazetteer lacks
    ctx.main_parent = parents.get(ranked[0][0])
    return ranked[0][0]


_AGENT_REACH = 12  # characters before a name where the word naming it a deal's agent stands ("대표 주관사인 ")


def _named_as_agent(ctx: _Ctx, company: str) -> bool:
    """Whether the article names the company as a deal's agent (an underwriter, an adviser: fact_cues.tsv agent_word)
    anywhere: such a company runs the deal, and the figures of the deal and of the company it is for are not its."""
    words = fact_cues().words("agent_word")
    for si in range(len(ctx.analysis.sentences)):
        for m in _mentions(ctx, si):
            if m.entity.en == company:
                head = ctx.text[max(0, m.start - _AGENT_REACH) : m.start]
                if any(w in head for w in words):
                    return True
    return False


def _affiliate_named_more(text: str, ko: str | None, mentions: int) -> bool:
    """Whether the text names an affiliate written with the company's Korean name and an ampersand word ("SK이노베이션
    E&S": ``_sister_name``) at least as often as the company itself is counted."""
    if not ko:
        return False
    at: list[int] = []  # the end of each occurrence, each found after the one before (as re.finditer)
    i = text.find(ko)
    while i >= 0:
        at.append(i + len(ko))
        i = text.find(ko, i + len(ko))
    return sum(1 for end in at if _sister_name(text, end, len(text))) >= max(1, mentions)


def _parent_or_unit(ctx: _Ctx, facts: Sequence[Fact]) -> list[Fact]:
    """In an article on a company's unit named with its parent's name ("현대차 인도법인"), a bare parent
    name ("현대차의 기업가치가 …", "현대차는 … 7% 손실로 마감했다") may mean either: a figure of a measure
    the unit itself has in the article, or a listed company's price or value, is left without a subject."""
    parent, unit = ctx.main_parent, ctx.main
    if parent is None or unit is None:
        return list(facts)
    unit_measures = {f.measure for f in facts if f.subject == unit and f.measure is not None}
    ambiguous = unit_measures | _OWNED_MEASURES
    return [
        replace(f, subject=None, subject_ko=None) if f.subject == parent and f.measure in ambiguous else f
        for f in facts
    ]


def _ko_of(subject: str) -> str | None:
    e = english_names().get(subject)
    return e.ko if e is not None else None


_OWNED_MEASURES = frozenset({"share_price", "market_value", "exports"})  # "자동차 수출은": the goods' exports


@lru_cache(maxsize=1)
def _not_owner() -> frozenset[str]:
    return frozenset(fact_cues().words("not_owner"))


def _noun_owner(ctx: _Ctx, fig: Figure, clause: tuple[int, int], measure: str | None) -> tuple[int, int] | None:
    """A plain noun right before the figure's share-price or market-value noun ("태양바이오 주가는 2%"):
    its span.  Kiwi does not read every small company's name as a proper noun, but the noun still
    says whose price it is, so a name the sentence or the article named elsewhere must not stand in."""
    if measure not in _OWNED_MEASURES:
        return None
    text = ctx.text
    tokens = ctx.analysis.tokens[fig.sentence]
    cues = [(cue, key) for cue, key in _measure_cues(_kind_of(fig)) if key == measure]
    hits = [h for h in _cue_hits(text, (clause[0], fig.start), cues, False) if h[1] <= fig.start]
    if not hits:
        return None
    cue_start = max(hits)[0]
    k = next((x for x, t in enumerate(tokens) if t.start >= cue_start), len(tokens))
    j = k - 1
    if j >= 0 and tokens[j].tag == "JKG" and tokens[j].end == cue_start - 1:
        j -= 1  # "태양바이오의 주가"
    elif j < 0 or tokens[j].end != cue_start - 1:
        return None  # the measure noun starts the clause, or is glued to a word before it
    first = j
    while first >= 0 and tokens[first].tag in {"NNG", "NNP", "SL"} and tokens[first].start >= clause[0]:
        if first < j and tokens[first + 1].start - tokens[first].end > 1:
            break
        first -= 1
    first += 1
    if first > j:
        return None
    start, end = tokens[first].start, tokens[j].end
    run = tokens[first : j + 1]
    skip = set(fact_cues().words("not_owner")) | set(fact_cues().words("scope"))
    if any(t.form in skip for t in run) or any(_measure_of_noun(t.form) is not None for t in run):
        return None
    if any(n.start < end and start < n.end for n in _names(ctx, fig.sentence)):
        return None  # a name the gazetteer or Kiwi knows: the subject rules read it
    return start, end


@lru_cache(maxsize=1)
def _segment_cues() -> tuple[str, ...]:
    """The cues of the measures a company's part may own (``_SEGMENTED``), longest first, gathered once."""
    return tuple(sorted({c for m in measures() for c in m.cues if m.key in _SEGMENTED}, key=len, reverse=True))


def _segment(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """The figure's measure noun names a part of a company ("데이터센터 매출이 73%"): no company stands for it."""
    text = ctx.text
    if _division_topic(ctx, fig):
        return True
    cues = _segment_cues()
    head = text[clause[0] : fig.start]
    spans = [found[-1] for c in cues if (found := cue_spans(head, c, 0, len(head)))]
    # "영업이익률은": 이익률 inside the longer cue is no segment word "영업" before a measure
    whole = [(a, b) for a, b in spans if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)]
    best = max((a for a, _ in whole), default=-1)
    if best <= 0:
        return False
    word = re.search(r"([가-힣A-Za-z]+)\s*$", head[:best])
    if word is None:
        return False
    w = word.group(1)
    if w.removesuffix("의") in fact_cues().words("division"):
        return True  # "DS 부문의 영업이익은 약 3~4조원": the division's
    period_or_particle = re.search(r"(?:분기|년|월|일|달|해|기간|시기|의|은|는|이|가|을|를|에|와|과|도|로)$", w)
    if period_or_particle or w in fact_cues().words("scope"):
        # a period ("같은 기간 매출은", "이 시기 영업이익은"), a particle or a scope word: no segment
        return False
    word_end = clause[0] + word.end(1)
    last = next((t for t in ctx.analysis.tokens[fig.sentence] if t.end == word_end), None)
    if last is not None and last.tag.startswith(("E", "V", "XSV", "XSA")):
        return False  # "비교하면 영업이익은": a verb before the measure noun names no segment
    return not any(n.start <= clause[0] + word.start(1) < n.end for n in _names(ctx, fig.sentence))


def _division_topic(ctx: _Ctx, fig: Figure, start: int | None = None) -> bool:
    """A division is the topic of the sentence before the figure ("반도체(DS)부문 매출은 37조원, 영업이익은 7조원",
    "MX사업부는 매출 33조원"): every figure after it is the division's, not the company's (from ``start`` on:
    "삼성디스플레이는 1조원, VD사업부는 6900억원": the second is the division's)."""
    sentence = ctx.analysis.sentences[fig.sentence]
    head = ctx.text[sentence.start if start is None else start : fig.start]
    words = _alternation("division")
    return re.search(rf"(?:{words})(?:\s*\([^()]{{0,12}}\))?\s*(?:[가-힣]{{1,4}}\s*)?(?:은|는)\s", head) is not None


_SEGMENTED = frozenset({"revenue", "operating_profit", "net_profit", "profit_margin", "volume"})


_CAPTION = re.compile(r"(?:/\s*[가-힣A-Za-z]{1,8}|사진\s*=\s*[^.]{0,20}|제공)\s*\.?\s*$")


def _closes_trading(ctx: _Ctx, fig: Figure, measure: str | None) -> bool:
    """Whether a bare share price of the article's company ("주가는 … 2만7350원에 거래를 마쳤다") shows by its own
    words that the company is listed: it closed a trading session. Only for a company whose listing entities.tsv
    does not record (a company it records as unlisted, DeepSeek or OpenAI, never has a share price)."""
    if measure != "share_price" or ctx.main is None or ctx.main in entity_by_name():
        return False
    if _type_of(ctx.main) != "company":
        return False
    sentence = ctx.analysis.sentences[fig.sentence]
    if not any(w in ctx.text[fig.end : sentence.end] for w in fact_cues().words("trading_close")):
        return False
    # another company named in the sentence or the two before may be the one whose price it is: unsure
    near = [n for si in range(max(0, fig.sentence - 2), fig.sentence + 1) for n in _names(ctx, si)]
    return all(n.en == ctx.main for n in near if n.type == "company" and n.en)


def _carried_subject(
    ctx: _Ctx, fig: Figure, facts: Sequence[Fact], measure: str | None
) -> tuple[str | None, str | None] | None:
    """A subject-less sentence naming no one: the subject of the sentences just before.

    Up to three sentences back (photo captions skipped, a heading stops it); the subject must
    fit the measure: a market-day figure with no measure of its own only after another one, and a
    share price or market value only for a listed company.  A Korean article drops the subject
    while it goes on about one topic, so a chain of such sentences keeps the topic of the sentence
    that named it: a sentence between whose figures have no subject either, and nothing else
    holding them (a plain noun as subject, a division, an owner noun), does not stop the search;
    a sentence naming anyone, or any figure with a subject of its own, does.
    """
    si = fig.sentence
    if any(
        n.role in {"subj", "gen", "group", "source", "target", "object"} or n.type is None
        for n in _names(ctx, si)
        if n.start < fig.start
    ):
        return None
    if measure == "interest_rate" and not _policy_rate(ctx.text, (ctx.analysis.sentences[si].start, 0), fig):
        return None  # "국고채 5년물 금리는 2.88%" after the central bank's decision: the market's rate, not its
    for back in range(1, 4):
        pi = si - back
        if pi < 0:
            return None
        prev = ctx.analysis.sentences[pi]
        body = ctx.text[prev.start : prev.end]
        if is_heading(ctx.text, prev) and not re.search(r"[.다]\s*$", body):
            return None
        if _CAPTION.search(body):
            continue
        earlier = [
            f for f in _facts_in(ctx, pi) if f.subject is not None and f.role not in {"reference", "estimate"}
        ]  # a forecast's subject is what someone else expects, not the topic the next sentence goes on with
        if earlier:
            last = earlier[-1]
            return (last.subject, last.subject_ko) if _carry_fits(last.subject, last.measure, measure, fig) else None
        names = [n for n in _names(ctx, pi) if n.role != "cause"]
        topics = [n for n in names if n.role == "subj" and n.en and n.type in SUBJECT_TYPES]
        if len({n.en for n in topics}) == 1 and measure is not None and _carry_fits(topics[0].en, None, measure, fig):
            return topics[0].en, topics[0].ko
        if names or not _goes_on_unnamed(ctx, pi):
            return None
        if _other_owner_subject(ctx, pi):
            return None  # "바이오주도 강세였다. 5% 넘게 올랐다": the sentence between is about other stocks
    return None


def _goes_on_unnamed(ctx: _Ctx, si: int) -> bool:
    """Whether a sentence's figures (if any) are as subject-less as a carried sentence's: no subject,
    no Korean owner, and no noun of the sentence holding them ("종목이", "반도체 부문 매출은", "태양바이오
    주가는"): the sentence goes on with the topic before it ("기존 N주에서 M주로 정정했다.")."""
    sentence, tokens = ctx.analysis.sentences[si], ctx.analysis.tokens[si]
    if len(_in_sentence(ctx, si)) > MAX_FIGURES_PER_SENTENCE:
        return False  # a table, a ticker or a flood is no prose a topic goes on through (and stays linear)
    for i in _in_sentence(ctx, si):
        fact = ctx.fact_of.get(i)
        if fact is None:
            continue
        if fact.subject is not None or fact.subject_ko is not None:
            return False
        fig = ctx.figures[i]
        clause = _clause(ctx.text, sentence, tokens, fig)
        if _blocking_noun_subject(ctx, fig, clause) or _segment(ctx, fig, clause):
            return False
        if _noun_owner(ctx, fig, clause, fact.measure) is not None:
            return False
    return True


def _carry_fits(subject: str | None, before: str | None, measure: str | None, fig: Figure) -> bool:
    if subject is None:
        return False
    if measure is None and _type_of(subject) == "aggregate":
        return _kind_of(fig) in {"money", "percent"}  # "가계대출은 1700조원 … 석 달 전보다 12조원 늘었다": the loans
    if measure is None:
        return before in _DAY_MEASURES and _kind_of(fig) in measure_by_key()[before or ""].kinds
    if measure in {"share_price", "market_value"} and _type_of(subject) == "company":
        return listed_market(subject) is not None
    if measure in {"index_level"}:
        return _type_of(subject) in {"index", "market"}
    if measure in {"exchange_rate"}:
        return _type_of(subject) == "fx"
    if measure in {"crypto_price"}:
        return _type_of(subject) == "crypto"
    if before is not None and before in _DAY_MEASURES and measure in _DAY_MEASURES:
        return True
    return _type_of(subject) in {"company", "org"} or before == measure


def _other_genitive(ctx: _Ctx, fig: Figure, clause: tuple[int, int]) -> bool:
    """Whether a plain noun in the genitive (의) that is no name stands in the figure's clause before it
    ("하나증권은 리보세라닙 병용요법의 2030년 미국 매출을 7억 달러로 추정했다"): the forecast is of that product's
    or business's figure, not of the article's main company (fact_cues.tsv own_genitive: words that still are)."""
    own = fact_cues().words("own_genitive")
    for m in re.finditer(r"([가-힣A-Za-z0-9]+)의\s", ctx.text[clause[0] : fig.start]):
        word = m.group(1)
        if word in entity_by_ko() or any(word.endswith(w) for w in own) or re.search(r"[0-9]", word):
            continue
        return True
    return False


def _priced_object(text: str, clause: tuple[int, int], fig: Figure) -> bool:
    """Whether the figure's clause names, before it, a price the company sets as the object of its move
    ("자동차보험료를 평균 1.3% 올린다", "전기요금을 5% 인상했다"): the rise is of that price, not of its shares."""
    before = text[max(clause[0], fig.start - 40) : fig.start]  # the object stands a few words before the figure
    if any(p.search(before) for p in _priced_object_patterns()):
        return True
    # "삼성화재는 보험료를 1.2%, 현대해상은 1.4% 올린다": the verb raises what the company sets (the object an
    # earlier item of the list named, or one left unsaid); shares rise by themselves (오르다), never 올리다
    after = text[fig.end : min(clause[1], fig.end + 12)].lstrip()
    after = re.sub(r"^(?:씩|가량|정도|안팎|각각|일제히|평균)\s*", "", after)
    return after.startswith(fact_cues().words("setting_verb"))


@lru_cache(maxsize=1)
def _priced_object_patterns() -> tuple[re.Pattern[str], ...]:
    """Each fact_cues.tsv priced_object word as the object of a verb (을/를 and a space), compiled once."""
    return tuple(re.compile(re.escape(w) + r"(?:을|를)\s") for w in fact_cues().words("priced_object"))


def _default_measure(
    fig: Figure, subject: str | None, role: str, priced: Callable[[], bool] = lambda: False
) -> str | None:
    entity = english_names().get(subject or "")
    typ = entity.type if entity is not None else None
    kind = _kind_of(fig)
    if fig.unit == "pt":
        return "index_level"
    if typ == "fx" and kind in {"money", "percent"}:
        return "exchange_rate"
    if typ == "crypto" and kind in {"money", "percent"}:
        return "crypto_price"
    if typ in {"index", "market"} and kind in {"percent", "quantity"}:
        return "index_level"
    if typ in {"commodity", "aggregate"} and kind in {"money", "percent"}:
        return "other"  # a commodity's price, an economy's debt: none of the vocabulary's measures says it
    if typ == "company" and kind == "percent" and role in {"change", "threshold"} and not priced():
        return "share_price"
    return None


# Past this many figures in one sentence, the sentence is no prose (see extract_facts).
MAX_FIGURES_PER_SENTENCE = 60


def extract_facts(
    article: Article, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None = None
) -> tuple[Fact, ...]:
    """One Fact per non-date figure, with whatever subject, measure, role and date is clear.

    ``mentions`` are the analysis's gazetteer names (``analysis_mentions``), found here when not given."""
    text = article.text
    ctx = _Ctx(
        text=text,
        analysis=analysis,
        figures=figures,
        dates=_dates(text, analysis, figures, article),
        glosses=article_glosses(text),
        names={},
        main=None,
        mentions=analysis_mentions(text, analysis) if mentions is None else mentions,
    )
    for i, f in enumerate(figures):
        ctx.by_sentence.setdefault(f.sentence, []).append(i)
    ctx.newest_day = max((str(d.value) for d in figures if d.kind == "date" and isinstance(d.value, str)), default="")
    ctx.main = _fact_main(ctx, article)
    facts: list[Fact] = []
    by_figure = ctx.fact_of
    per_sentence = Counter(f.sentence for f in figures)
    for index, figure in enumerate(figures):
        if figure.kind == "date" or not (0 <= figure.sentence < len(analysis.sentences)):
            continue
        if per_sentence[figure.sentence] > MAX_FIGURES_PER_SENTENCE:
            # A "sentence" of this many figures is a table, a ticker or a flood, not prose: its figures
            # stay key figures, but no fact is read into them (unsure means none), and the work stays linear.
            fact = Fact(sentence=figure.sentence, figure=index)
            facts.append(fact)
            by_figure[index] = fact
            continue
        fact = _fact_for(ctx, index, facts, by_figure)
        facts.append(fact)
        by_figure[index] = fact
    facts = _continuations(ctx, _parallels(ctx, _lists(ctx, facts)))
    facts = _labour_release(ctx, _parent_or_unit(ctx, _announced_measure_goes_on(ctx, facts)))
    facts = _each_moves(ctx, _margins(ctx, _target_revisions(ctx, _markets(ctx, facts))))
    facts = _own_clause_subjects(ctx, _subject_checks(ctx, _survey_asides(ctx, _listed_measures(ctx, facts))))
    facts = _genitive_topics(ctx, _home_subjects(ctx, _part_subjects(ctx, facts)))
    return tuple(_owner_checks(ctx, _treasury_asides(ctx, _elided_topics(ctx, _ranked_lists(ctx, facts)))))


_VALUE_ASIDE = re.compile(r"\(\s*(?:약\s*)?$")  # "자사주 310만주(약 1705억원어치)": the shares' value in brackets


def _treasury_asides(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The value written in brackets after a count of treasury shares ("자사주 310만주(약 1705억원어치)를 소각") is
    what those shares are worth, not money spent on a buyback: it keeps no buyback measure."""
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    out = list(facts)
    for k, f in enumerate(out):
        if f.figure is None or f.measure != "buyback" or f.figure == 0:
            continue
        prev = by_figure.get(f.figure - 1)
        if prev is None or prev.measure != "treasury_shares" or prev.sentence != f.sentence:
            continue
        a, b = ctx.figures[f.figure - 1], ctx.figures[f.figure]
        if _VALUE_ASIDE.search(ctx.text[a.end : b.start]) and ctx.text[a.end : b.start].startswith("("):
            out[k] = replace(f, measure=None)
    return out


_ASIDE_PLACE = re.compile(r"\s*\(\s*$")  # "성동구(" right before a survey's figure
_ASIDE_CLOSE = re.compile(r"\s*\)")


def _survey_asides(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A survey's places listed with their weekly changes in brackets ("마포구(0.24%)와 광진구(0.19%)도 큰
    오름폭을 나타냈다"): each a change of that place's prices, in the direction the sentence's words of change say
    (data/housing.tsv aside rows) when they say only one; the place named right before the bracket."""
    if not housing.is_survey(ctx.text):
        return facts
    up_words, down_words = housing.aside_words()
    week = _survey_week(ctx)
    for k, f in enumerate(facts):
        if f.figure is None or f.subject is not None or f.role not in {None, "level"}:
            continue
        fig = ctx.figures[f.figure]
        if f.measure not in {None, "other"} or fig.kind != "percent" or fig.unit != "%" or fig.qualifier is not None:
            continue
        sentence = ctx.analysis.sentences[fig.sentence]
        head = ctx.text[sentence.start : fig.start]
        close = _ASIDE_CLOSE.match(ctx.text, fig.end)
        if not _ASIDE_PLACE.search(head) or close is None:
            continue
        found = housing.place_before(head.rstrip().rstrip("("))
        if found is None:
            continue
        body = ctx.text[sentence.start : sentence.end]
        if housing.names_jeonse(body):
            continue  # a list in a sentence on jeonse prices: which price each is of is not read here
        up, down = any(w in body for w in up_words), any(w in body for w in down_words)
        if up == down or fig.value != abs(float(fig.value)):
            continue  # both directions or none written, or a sign that may disagree
        place, subject = found
        date = _survey_week(ctx, fig.sentence) or week
        facts[k] = replace(
            f,
            subject=subject,
            subject_ko=place,
            measure="other",
            role="change",
            direction="up" if up else "down",
            date=date,
        )
    return facts


_LIST_GAP = r"\s*[,·]\s*{name}\s*"  # "A사 120억원, B사 95억원": the next item's name, then its figure


def _listed_measures(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A list of named amounts ("회사별 과징금은 A사 120억원, B사 95억원, C사 40억원이다"): each item whose
    name stands right before its figure, after the comma that closes the item before, is of the first item's
    measure and role when its own measure is unread (same unit, same sentence, another subject)."""
    by_figure = {f.figure: k for k, f in enumerate(facts) if f.figure is not None}
    for f in list(facts):
        if f.figure is None or f.measure is None or f.subject is None:
            continue
        a, head = ctx.figures[f.figure], f
        nxt = by_figure.get(f.figure + 1)
        while nxt is not None:
            g = facts[nxt]
            b = ctx.figures[g.figure] if g.figure is not None else None
            if b is None or g.measure is not None or g.subject is None or g.subject == head.subject or not g.subject_ko:
                break
            if b.sentence != a.sentence or b.unit != a.unit or b.kind != a.kind or g.role not in {None, head.role}:
                break
            gap = _LIST_GAP.replace("{name}", re.escape(g.subject_ko))
            if re.fullmatch(gap, ctx.text[a.end : b.start]) is None:
                break
            facts[nxt] = replace(g, measure=head.measure, role=head.role)
            a = b
            nxt = by_figure.get((g.figure or 0) + 1)
    return facts


def _margins(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A figure given as the margin of the one before ("135억 달러(±5억 달러)", fact_cues.tsv margin) is no fact of
    its own: it stays in the key figures, and no line says it as if it were the forecast."""
    words = fact_cues().words("margin")
    out = []
    for f in facts:
        if f.figure is not None and f.role is not None:
            head = ctx.text[max(0, ctx.figures[f.figure].start - 8) : ctx.figures[f.figure].start].rstrip()
            if head.endswith(words):
                f = replace(f, role=None, direction=None)
        out.append(f)
    return out


def _broker_target(ctx: _Ctx, f: Fact) -> Fact:
    """A price target whose subject came out as a broker ("A증권은 '보유' 의견에 목표주가 N원을 유지했다") is the
    broker's estimate for the article's company, or for no company named: a broker has no price target of its own."""
    if f.measure != "price_target" or f.subject_ko is None or f.source is not None:
        return f  # "NH투자증권은 키움증권의 목표주가를": a broker's own stock, targeted by another broker
    if not any(f.subject_ko.endswith(w) for w in fact_cues().words("source_body")) and _type_of(f.subject) not in {
        "bank",
        "research",
    }:
        return f
    main = ctx.main if ctx.main is not None and ctx.main != f.subject else None
    return replace(
        f,
        subject=main,
        subject_ko=_ko_of(main) if main else None,
        source=f.subject,
        role="estimate" if f.role in {"level", "estimate"} else f.role,
    )


# "… 목표주가를 80만원에서 95만원으로 18.8% 높였다": the percentage right after a revised target is the revision's size
_AFTER_REVISED = re.compile(r"^\s*\)?\s*(?:으로|로)\s*(?:약\s*)?$")


def _target_revisions(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A percentage that follows the new figure of a revised estimate ("목표주가를 N원에서 M원으로 P% 높였다") is how
    much the estimate was revised: the estimate's subject, measure and source, never a move of the reviser's
    own shares (the broker is the sentence's topic)."""
    out = [_broker_target(ctx, f) for f in facts]
    # "반면 NH투자증권은 목표주가를 18만원에서 16만5000원으로 내렸다" in an article whose every other target is one
    # company's: that company's target, as the broker's estimate
    targeted = {f.subject for f in out if f.measure == "price_target" and f.subject}
    if len(targeted) == 1 and ctx.main in targeted:
        out = [
            replace(f, subject=ctx.main, subject_ko=_ko_of(ctx.main))
            if f.measure == "price_target" and f.subject is None and f.subject_ko is None and f.source
            else f
            for f in out
        ]
    by_figure = {f.figure: k for k, f in enumerate(out) if f.figure is not None}
    for k, f in enumerate(out):
        if f.figure is None or f.figure == 0 or ctx.figures[f.figure].kind != "percent":
            continue
        prev_k = by_figure.get(f.figure - 1)
        prev = out[prev_k] if prev_k is not None else None
        if prev is None or prev.sentence != f.sentence or prev.role != "estimate" or prev.source is None:
            continue
        before = ctx.figures[f.figure - 1]
        if before.kind != "money" or not _AFTER_REVISED.match(ctx.text[before.end : ctx.figures[f.figure].start]):
            continue
        out[k] = replace(
            f,
            subject=prev.subject,
            subject_ko=prev.subject_ko,
            measure=prev.measure,
            role="change",
            direction=prev.direction,
            source=prev.source,
            date=prev.date,
            time_of_day=None,
        )
    return out


# "… 늘어난 규모다.": the size word names the figure before, not a market
_SIZE_COPULA = re.compile(
    r"^\s*(?:[가-힣]{1,4}\s)?(?:규모|수준)(?:(?:이다|다|였다|이었다)?\s*[.]?\s*$|(?:로|으로|이며|이고)\s*,)"
)
_LISTED_BASE = re.compile(r"^\s*,\s*[가-힣 ]{1,12}(?:대비|보다|에 비해)\s*$")  # "6.2%, 전 분기 대비 3.1%"
_CONTINUED_ROLES = frozenset({"level", "change"})
# a sentence that opens with nothing but what a move is measured against ("직전 분기보다는 ", "전년 말 대비 ")
_ONLY_A_BASE = re.compile(r"^[^,.%]{0,16}?(?:보다|대비|에 비해|比)(?:는|도|로는|서는)?\s*(?:약\s*)?$")


def _continuations(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A figure whose sentence names no one and no measure goes on with the figure just before it:
    - a move listed after another with its own base ("매출은 … 전년 동기 대비 6.2%, 전 분기 대비 3.1% 늘었다"): the
      same subject, measure and period as the move it is listed after;
    - a sentence that only adds a move to the figure of the sentence before ("직전 분기보다는 12.4% 증가했다", "… 보다
      14조원 늘어난 규모다"): that figure's subject, measure and period, when the sentence names no one and the
      figure before is a level or a move with a subject and a measure its figure's kind fits.
    The size words of such a sentence ("규모다", "수준이다") name the figure before, not a market's size."""
    out = list(facts)
    by_figure = {f.figure: k for k, f in enumerate(out) if f.figure is not None}
    for k, f in enumerate(out):
        if f.figure is None or f.role not in _CONTINUED_ROLES or (f.role == "change" and f.direction is None):
            continue
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[f.sentence]
        prev_k = by_figure.get(f.figure - 1)
        prev = out[prev_k] if prev_k is not None else None
        if prev is not None and prev.sentence == f.sentence:
            gap = ctx.text[ctx.figures[f.figure - 1].end : fig.start]
            listed = prev.role == "change" and f.role == "change" and _LISTED_BASE.match(gap) is not None
            loose = f.measure in {None, "other"} and f.subject in {None, prev.subject}  # "other": a bare growth
            if listed and loose and prev.measure != "other" and _continues(prev, fig):
                out[k] = replace(f, subject=prev.subject, subject_ko=prev.subject_ko, measure=prev.measure,
                                 date=f.date or prev.date)  # fmt: skip
            continue
        if f.subject is not None or f.subject_ko is not None:
            continue
        sized = f.measure == "market_size" and _SIZE_COPULA.match(ctx.text[fig.end : sentence.end]) is not None
        if f.measure is not None and not sized:
            continue
        if f.sentence == 0 or any(n.role != "cause" for n in _names(ctx, f.sentence)):
            continue
        if f.role != "change" or not _ONLY_A_BASE.match(ctx.text[sentence.start : fig.start]):
            continue  # "영업이익에는 환차익 3000억원이", "신발은 3억 달러로": the sentence names what the figure is of
        earlier = [o for o in out if o.sentence == f.sentence and o.figure is not None and o.figure < f.figure]
        if any(o.subject is not None or o.measure is not None for o in earlier):
            continue  # a figure before it in the sentence has an owner or a measure: the sentence is no mere addition
        before = [o for o in out if o.sentence == f.sentence - 1 and o.figure is not None]
        last = before[-1] if before else None
        if last is None or last.role not in _CONTINUED_ROLES or not _continues(last, fig):
            continue
        out[k] = replace(f, subject=last.subject, subject_ko=last.subject_ko, measure=last.measure,
                         date=f.date or last.date)  # fmt: skip
    return out


_ANNOUNCED_PARTICLE = re.compile(r"\s*(?:은|는|이|가)\s+")  # "B사는 매수 예정 수량도": the topic, then its noun


def _announced(ctx: _Ctx, si: int) -> tuple[_Name, str, str | None] | None:
    """A sentence with no figure that names one subject and, right after it, a measure and a verb ("B사는 매수
    예정 수량도 늘렸다"): (the name, the measure, the verb's direction). Else None."""
    if ctx.by_sentence.get(si):
        return None
    sentence = ctx.analysis.sentences[si]
    if is_heading(ctx.text, sentence):
        return None
    names = _names(ctx, si)
    if len(names) != 1 or names[0].role != "subj" or not names[0].en or names[0].type not in {"company", "org"}:
        return None
    name = names[0]
    gap = _ANNOUNCED_PARTICLE.match(ctx.text, name.end)
    if gap is None:
        return None
    rest = ctx.text[gap.end() : sentence.end]
    measure = _measure_of_noun(rest)
    if measure is None or measure not in measure_by_key():
        return None
    cue = next((c for key, cues in _noun_cues() if key == measure for c in cues if cue_pattern(c).match(rest)), "")
    return name, measure, _direction_of(rest[len(cue) :])


def _announced_measure_goes_on(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A sentence that names no one and no measure and opens with its figures, or a word of what stood before
    ("기존 320만주(15.5%)에서 362만주(17.5%)로 정정했다"), goes on with the sentence before when that one has no
    figure and says what a subject did to one measure ("B사는 매수 예정 수량도 늘렸다"): its figures take that subject
    and measure (when their kind fits it), and the direction of its verb when they have none
    (fact_cues.tsv continued_head: the words such a sentence may open with)."""
    heads = fact_cues().words("continued_head")
    out = list(facts)
    at = {f.figure: k for k, f in enumerate(out) if f.figure is not None}
    for si in sorted({f.sentence for f in out if f.figure is not None}):
        if si == 0 or len(_in_sentence(ctx, si)) > MAX_FIGURES_PER_SENTENCE or _names(ctx, si):
            continue
        ks = [at[i] for i in _in_sentence(ctx, si) if i in at]
        if not ks or any(
            out[k].subject is not None or out[k].subject_ko is not None or out[k].measure is not None
            or out[k].role not in _CONTINUED_ROLES
            for k in ks
        ):  # fmt: skip
            continue
        sentence = ctx.analysis.sentences[si]
        head = ctx.text[sentence.start : ctx.figures[out[ks[0]].figure or 0].start].strip()
        if head and head not in heads:
            continue  # "신발은 3억 달러로": the sentence names what its figure is of
        announced = _announced(ctx, si - 1)
        if announced is None:
            continue
        name, measure, direction = announced
        kinds = measure_by_key()[measure].kinds
        for k in ks:
            f = out[k]
            if _kind_of(ctx.figures[f.figure or 0]) not in kinds:
                continue
            out[k] = replace(f, subject=name.en, subject_ko=name.ko, measure=measure,
                             direction=f.direction or direction)  # fmt: skip
    return out


def _continues(before: Fact, fig: Figure) -> bool:
    """Whether a figure may go on with the fact before: it has a subject with an English name and a measure whose
    figures the figure's kind can be (a move in percent of a money measure, or an amount)."""
    if before.subject is None or before.measure is None or before.measure not in measure_by_key():
        return False
    return _kind_of(fig) in measure_by_key()[before.measure].kinds


def _parallels(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A sentence opening with a forecaster and 도 that names no measure of its own ("키움증권도 16만원에서 18만원으로
    상향했다") goes on with the estimate of the sentence before: the same subject and measure, its own source; the
    "from" of its from/to is the estimate it replaces, a percentage the size of the revision."""
    out = list(facts)
    at = {f.figure: k for k, f in enumerate(out) if f.figure is not None}
    cues = tuple(c for m in measures() for c in m.cues)
    for si in sorted({f.sentence for f in out}):
        if len(_in_sentence(ctx, si)) > MAX_FIGURES_PER_SENTENCE:
            continue  # a table or a flood: no facts were read into it
        names = _names(ctx, si)
        sentence = ctx.analysis.sentences[si]
        first = names[0] if names else None
        if si == 0 or first is None or not first.en or not _forecaster(first):
            continue
        body = ctx.text[sentence.start : sentence.end]
        if ctx.text[first.end : first.end + 1] != "도" or any(c in body for c in cues):
            continue
        before = [
            f
            for f in out
            if f.sentence == si - 1 and f.role == "estimate" and f.measure and f.subject and f.source
            and f.source != first.en and f.figure is not None
        ]  # fmt: skip
        if not before:
            continue
        prior = before[-1]
        assert prior.figure is not None
        unit = ctx.figures[prior.figure].unit
        for i in _in_sentence(ctx, si):
            k = at.get(i)
            fig = ctx.figures[i]
            if k is None or fig.kind == "date":
                continue
            carried = replace(
                out[k], subject=prior.subject, subject_ko=prior.subject_ko, measure=prior.measure, source=first.en
            )
            if fig.unit == unit:
                replaced = _replaced_by_next(ctx, i)
                role = "reference" if replaced else "estimate"
                out[k] = replace(carried, role=role, direction=None if replaced else out[k].direction)
            elif fig.kind == "percent" and out[k].direction is not None:
                out[k] = replace(carried, role="change")  # "12.5% 상향": the size of the revision
            else:
                out[k] = replace(out[k], subject=None, subject_ko=None, measure=None, role=None, direction=None)
    return out


def _paren_list_roles(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "성동구(0.99%), 마포구(0.98%), 용산구(0.71%) 등이 올랐다": the items of a list of names with figures
    in parentheses share the move the list's verb states (only the last item's clause reaches the verb)."""
    runs: list[list[int]] = []
    for k, f in enumerate(facts):
        if f.figure is None:
            continue
        fig = ctx.figures[f.figure]
        prev = facts[k - 1] if k > 0 else None
        joined = False
        if prev is not None and prev.figure is not None and prev.sentence == f.sentence:
            pf = ctx.figures[prev.figure]
            gap = ctx.text[pf.end : fig.start]
            joined = pf.unit == fig.unit and re.fullmatch(r"\)\s*,\s*[^,()\d]{1,20}\(\s*[+\-−]?", gap) is not None
        if joined and runs:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < 2:
            continue
        moves = {(facts[k].role, facts[k].direction) for k in run if facts[k].role == "change"}
        if len(moves) != 1:
            continue
        role, direction = next(iter(moves))
        for k in run:
            if facts[k].role == "level" and facts[k].direction is None:
                facts[k] = replace(facts[k], role=role, direction=direction)
    return facts


def _listed_sources(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "컨센서스 평균인 매출 N, 영업이익 M": an estimate listed right after another, with only its own
    measure noun between them, has the same source."""
    for k in range(1, len(facts)):
        f, prev = facts[k], facts[k - 1]
        if f.figure is None or prev.figure is None or f.sentence != prev.sentence:
            continue
        if f.role != "estimate" or f.source is not None or prev.role != "estimate" or prev.source is None:
            continue
        a, b = ctx.figures[prev.figure], ctx.figures[f.figure]
        if a.unit != b.unit or f.measure is None or f.measure == prev.measure:
            continue
        if re.fullmatch(r"\s*[,·]\s*[가-힣]{2,8}\s*(?:은|는|이|가)?\s*(?:약\s*)?", ctx.text[a.end : b.start]):
            facts[k] = replace(f, source=prev.source)
    return facts


_ITEM_WORD = r"[가-힣A-Za-z][가-힣A-Za-z0-9·]*"
_ITEM_BEFORE = re.compile(rf"({_ITEM_WORD}(?: {_ITEM_WORD}){{0,2}})(?:이|가|은|는) (?:약 ?)?$")
_BREAKDOWN_REACH = 40  # characters before a figure its item is looked for in ("선박이 28억 달러로")


def _breakdown_header(ctx: _Ctx, si: int) -> tuple[int, str] | None:
    """The end of the breakdown header a sentence opens with ("품목별로는", "업종별로 보면") and its kind (item,
    region), else None."""
    sentence = ctx.analysis.sentences[si]
    head = ctx.text[sentence.start : sentence.start + 30]
    for cue, kind in fact_cues().pairs("breakdown"):
        k = head.find(cue)
        before = head[:k].strip(" ,") if k >= 0 else None
        if before is not None and (not before or before in fact_cues().words("connective")):  # at the opening
            return sentence.start + k + len(cue), kind
    return None


def _whole_of_region(ctx: _Ctx, before: Sequence[Fact], fact: Fact) -> tuple[str, str | None] | None:
    """The whole a regional breakdown splits by market ("지역별로는 대일본 수출이 25억 달러"): the release's total
    stated just before (a level of the same measure whose subject is the economy, ``_home_economy``), else None
    (the goods or the total: unsure)."""
    home = _home_economy(ctx, fact.sentence)
    for f in reversed(before):
        if f.sentence < fact.sentence - _RELEASE_REACH:
            return None
        if f.sentence < fact.sentence and f.measure == fact.measure and f.role == "level" and f.subject is not None:
            return (f.subject, f.subject_ko) if f.subject == home else None
    return None


@lru_cache(maxsize=1)
def _place_kos() -> frozenset[str]:
    """The Korean names of the glossary's countries and places (two letters or more)."""
    return frozenset(e.ko for e in entity_by_ko().values() if e.type in {"country", "place"} and len(e.ko) > 1)


@lru_cache(maxsize=1)
def _market_pattern() -> re.Pattern[str]:
    """A market exports go to, as a trade release writes it: 대/對 and a country or place of the glossary and the
    trade word, the goods between at most ("대(對)중국 수출이", "대미국 반도체 수출은"), or a short form
    (fact_cues.tsv trade_market: "대미 수출"); group "m" is the market as written."""
    places = _place_kos()
    short = {cue for cue, _ in fact_cues().pairs("trade_market")}
    market = rf"(?:(?:대\s?\(對\)|對|대)\s?(?:{'|'.join(map(re.escape, sorted(places, key=len, reverse=True)))})"
    market += rf"|(?<![가-힣])(?:{'|'.join(map(re.escape, sorted(short, key=len, reverse=True)))}))"
    trade = "|".join(map(re.escape, fact_cues().words("trade_word")))
    return re.compile(rf"(?P<m>{market})\s?(?:(?P<goods>[가-힣]{{1,8}})\s)?(?P<trade>{trade})")


def _facts_from(
    ctx: _Ctx, facts: list[Fact], at: dict[int, int], si: int, start: int
) -> Iterator[tuple[int, Figure, Fact]]:
    """(index in ``facts``, figure, fact) of the sentence's non-date figures from ``start`` on, in text order."""
    for i in _in_sentence(ctx, si):
        k = at.get(i)
        fig = ctx.figures[i]
        if k is None or fig.kind == "date" or fig.start < start:
            continue
        yield k, fig, facts[k]


def _regional(ctx: _Ctx, facts: list[Fact], at: dict[int, int], si: int, start: int) -> None:
    """A regional breakdown's figures: exports TO the market named with 대/對 right before ("대일본 수출이 25억
    달러"), of the release's whole (``_whole_of_region``); a figure with no such market is left as it was.
    ``subject_ko`` is the market as written ("대(對)중국"): the English says "exports to China" from it."""
    whole: tuple[str, str | None] | None = None
    sentence = ctx.analysis.sentences[si]
    markets = list(_market_pattern().finditer(ctx.text, start, sentence.end))
    for k, fig, f in _facts_from(ctx, facts, at, si, start):
        before = [m for m in markets if m.end() <= fig.start]
        if f.measure is None or not before:
            continue
        market = before[-1]
        named = f"{market.group('goods')} {market.group('trade')}"
        goods = entity_by_ko().get(named) if market.group("goods") else None
        word = market.group("goods")
        if word and (goods is None or goods.type != "commodity"):
            if f.subject is not None and word not in (f.subject_ko or ""):  # "대일본 신발 수출이": not the goods
                facts[k] = replace(f, subject=None, subject_ko=word)  # before (carried), and not the total
            continue
        if f.subject is not None and (goods is None or f.subject != goods.en):
            continue  # a subject of its own, not the goods named with the market
        if any(
            market.end() <= g.start and g.end <= fig.start and g.kind == fig.kind
            for g in (ctx.figures[j] for j in _in_sentence(ctx, si) if j != f.figure)
        ):
            continue  # another figure of its kind stands between: the market's figure is that one
        date = f.date if f.date is not None else _release_period(ctx, facts[:k], f)
        if goods is not None:  # "대중국 반도체 수출이": those goods' exports to it, never the total's
            facts[k] = replace(f, subject=goods.en, subject_ko=market.group("m"), date=date)
            continue
        whole = whole or _whole_of_region(ctx, facts[:k], f)
        if whole is None:
            return
        facts[k] = replace(f, subject=whole[0], subject_ko=market.group("m"), date=date)


def _home_economy(ctx: _Ctx, si: int) -> str | None:
    """The economy a statistics release is of, when the article says it: a body that publishes one economy's
    statistics (the trade ministry, the customs service: South Korea's) named in the sentence or before it, and
    no body of another economy; else None."""
    home = dict(fact_cues().pairs("home_statistics"))
    found = {home[n.en] for sj in range(si + 1) for n in _names(ctx, sj) if n.en in home}
    return next(iter(found)) if len(found) == 1 else None


def _item_of(ctx: _Ctx, fig: Figure, lo: int, measure: str, goods: bool = True) -> tuple[str | None, str, bool] | None:
    """The item a breakdown names right before a figure with a subject particle ("선박이 28억 달러로"), as
    (English, Korean, is_total): goods the glossary knows with the release's measure word ("메모리 반도체 수출":
    memory chip), or the release's total ("전체 수출은"), which is the economy's (``_home_economy``; None when the
    article does not say whose). English None: a noun that is neither (it ends the item before it). None: no
    noun with a subject particle stands right before the figure.  ``goods`` False reads totals only."""
    m = _ITEM_BEFORE.search(ctx.text[max(lo, fig.start - _BREAKDOWN_REACH) : fig.start])
    known = measure_by_key().get(measure)
    if m is None or known is None:
        return None
    words = m.group(1).split(" ")
    for k in range(len(words)):  # "늘었고 시스템 반도체": the longest known tail
        noun = " ".join(words[k:])
        if (noun, measure) in fact_cues().pairs("breakdown_total"):
            return _home_economy(ctx, fig.sentence), noun, True
        if not goods:
            continue
        for cue in known.cues:
            for key in (f"{noun} {cue}", f"{noun}{cue}"):
                entity = entity_by_ko().get(key)
                if entity is not None and entity.type == "commodity":
                    return entity.en, noun, False
    return None, m.group(1), False


_RELEASE_REACH = 3  # sentences back a breakdown's period is carried from
_RELEASE_MEASURES = frozenset({"exports", "imports", "trade_surplus", "trade_deficit"})  # a trade release's: one period


def _release_period(ctx: _Ctx, before: Sequence[Fact], fact: Fact) -> str | None:
    """The period of a breakdown item or total stating none ("전체 수출은 503억 달러로"): the one of the release's
    latest dated figure of the same measure a few sentences before, when the item's sentence names no period
    of its own (no date, no period word: "누적", "올해")."""
    sentence = ctx.analysis.sentences[fact.sentence]
    body = ctx.text[sentence.start : sentence.end]
    if any(ctx.figures[i].kind == "date" for i in _in_sentence(ctx, fact.sentence)):
        return None
    own = fact_cues().words("breakdown_period") + fact_cues().words("relative_period")
    if any(cue_pattern(w).search(body) for w in own):
        return None
    for f in reversed(before):
        if f.sentence < fact.sentence - _RELEASE_REACH:
            break
        same = f.measure == fact.measure or {f.measure, fact.measure} <= _RELEASE_MEASURES
        if same and f.date is not None and f.sentence < fact.sentence:
            return f.date
    return None


def _breakdowns(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "품목별로는 선박이 28억 달러로 17.2% 늘었고, 철강은 …": the items named under a breakdown
    header own the release's measure (memory chip exports). A figure's item is the nearest one named before it in
    the sentence; an unknown item (or none) leaves the figure as it was. The next sentence with figures goes on
    with the breakdown (and its measure) while it names a known item with its figure ("컴퓨터는 11억
    달러로"). A release's total ("전체 수출액은 498억 달러로") is the economy's in any sentence, or no one's when
    the article does not say whose: never the goods of the sentence before."""
    at = {f.figure: k for k, f in enumerate(facts) if f.figure is not None}
    running: str | None = None  # the measure of a breakdown the sentence before with figures named items of
    for si in sorted({f.sentence for f in facts}):
        header = _breakdown_header(ctx, si)
        if header is not None and header[1] == "region":
            _regional(ctx, facts, at, si, header[0])
            running = None
            continue
        goods = header is not None or running is not None
        start = header[0] if header is not None else ctx.analysis.sentences[si].start
        named: str | None = None
        item: tuple[str | None, str, bool] | None = None
        for k, fig, f in _facts_from(ctx, facts, at, si, start):
            measure = f.measure or (running if fig.kind in {"money", "percent"} else None)
            if measure is None:
                continue
            found = _item_of(ctx, fig, start, measure, goods)
            item = found if found is not None else item
            if item is None or item[1] is None:
                continue
            en, ko, total = item
            if total:  # the total word is the figure's own subject: it beats any subject carried to it
                date = f.date if f.date is not None or en is None else _release_period(ctx, facts[:k], f)
                facts[k] = replace(f, subject=en, subject_ko=ko if en else None, date=date)
                continue
            if en is None or f.subject not in {None, en}:
                continue
            date = f.date if f.date is not None else _release_period(ctx, facts[:k], replace(f, measure=measure))
            facts[k] = replace(f, subject=en, subject_ko=ko, measure=measure, date=date)
            named = measure
        running = named
    return _goods_periods(ctx, _trade_balances(ctx, facts))


_BALANCE_AFTER = re.compile(r"\s*(흑자|적자)(?!\s?폭|\s?규모|\s?전환)")
_BALANCE_GAP = re.compile(r"^\s*(?:은|는|이|가|도)?\s*(?:(?:규모|액)(?:은|는|이|가)?\s*)?(?:약\s*)?$")
_MARKET_BEFORE = 16  # characters before a balance word where a market would make it a balance with one country


def _trade_balances(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """An economy's trade balance: "무역수지는 56억 달러 흑자로" (the word after the figure) or "무역흑자는 56억
    달러" (fact_cues.tsv trade_balance: its value says which): a trade surplus or deficit of the economy whose
    statistics body the article names (``_home_economy``), else of no one said. A balance with one market ("대미
    무역흑자", "중국과의 무역수지") is another fact: left as it was."""
    cues = fact_cues().pairs("trade_balance")
    places = _place_kos()
    for k, f in enumerate(facts):
        if f.figure is None or f.measure not in {None, "other", *_RELEASE_MEASURES}:
            continue  # a release measure carried from the sentence before ("이에 따라 무역수지는"): the balance wins
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[f.sentence]
        if fig.kind != "money":
            continue
        head = ctx.text[sentence.start : fig.start]
        kind: str | None = None
        for cue, value in cues:
            at = head.rfind(cue)
            if at < 0 or not _BALANCE_GAP.match(head[at + len(cue) :]):
                continue
            near = head[max(0, at - _MARKET_BEFORE) : at]
            last = near.rstrip().split(" ")[-1]
            if last.startswith(("대", "對")) or any(p in near for p in places):
                break  # a balance with one market ("대미 무역흑자", "중국과의 무역수지")
            after = _BALANCE_AFTER.match(ctx.text, fig.end)
            kind = value if value != "balance" else (after.group(1) if after else None)
            break
        measure = {"흑자": "trade_surplus", "적자": "trade_deficit"}.get(kind or "")
        if measure is None:
            continue
        home = _home_economy(ctx, f.sentence)
        fact = replace(f, measure=measure, subject=home, subject_ko=None, role="level", direction=None)
        date = fact.date if fact.date is not None or home is None else _release_period(ctx, facts[:k], fact)
        facts[k] = replace(fact, date=date)
    return facts


def _goods_periods(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """Goods of a release stated with no period ("반면 선박 수출은 28억 달러로 17.2% 늘며"): the release's period
    (``_release_period``: its latest dated figure of the measure a few sentences before, when the sentence names
    no period of its own)."""
    for k, f in enumerate(facts):
        entity = english_names().get(f.subject or "")
        if f.date is None and f.measure in _RELEASE_MEASURES and entity is not None and entity.type == "commodity":
            date = _release_period(ctx, facts[:k], f)
            if date is not None:
                facts[k] = replace(f, date=date)
    return facts


_WHOLE_BEFORE = re.compile(  # a period, or the reporting body as topic ("산업부는"), right before the measure word
    r"(?:^|[\s,])(?:\d{1,2}월|지난달|이달|전월|올해|상반기|하반기|\d분기|[가-힣]+(?:부|청|처|원)(?:은|는))\s*$"
)


def _whole_release(ctx: _Ctx, fig: Figure, measure: str | None) -> bool:
    """Whether the measure word before the figure names the whole of a release: only a period or the reporting
    body stands before it ("10월 수출이", "산업부는 수출이"), never an item ("반도체 수출이", "선박 수출이")."""
    head = ctx.text[ctx.analysis.sentences[fig.sentence].start : fig.start]
    known = measure_by_key().get(measure or "")
    if known is None:
        return False
    at = max((head.rfind(c) for c in known.cues), default=-1)
    return at >= 0 and _WHOLE_BEFORE.search(head[:at]) is not None


def _home_releases(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "산업통상자원부는 10월 수출이 612억 달러로 … 늘었다고 밝혔다": a body that publishes one economy's statistics
    (fact_cues.tsv, home_statistics) reports the economy's exports, it does not export: the figure is the
    economy's (home_measure: the measures so reported), whether the body was read as the figure's subject or
    the figure was left with none while the body is its sentence's subject. A sentence that opens with the
    bare measure word ("수입은 548억 달러로", "…에 따르면 수출액은 …") goes on with the release: the economy's,
    when the body is named in it (as subject or source) or the economy's total of a release measure stands in
    the sentences just before (``_release_goes_on``)."""
    home = dict(fact_cues().pairs("home_statistics"))
    measures = set(fact_cues().words("home_measure"))
    out: list[Fact] = []
    for f in facts:
        if f.measure in measures and f.role in {"level", "change"} and f.figure is not None:
            fig = ctx.figures[f.figure]
            whole = _whole_release(ctx, fig, f.measure)
            if f.subject in home:  # the body is no exporter: the economy's when the figure is the whole, else unknown
                f = replace(f, subject=home[f.subject] if whole else None, subject_ko=None)
            elif f.subject is None and whole:
                bodies = {n.en for n in _names(ctx, f.sentence) if n.role == "subj" and n.en in home}
                if len(bodies) == 1:
                    f = replace(f, subject=home[bodies.pop()], subject_ko=None)
            elif f.subject is None and f.subject_ko is None and _bare_release_word(ctx, fig, f.measure):
                economy = _release_goes_on(ctx, out, f, home)
                if economy is not None:
                    f = replace(f, subject=economy, subject_ko=None)
                    f = replace(f, date=f.date if f.date is not None else _release_period(ctx, out, f))
        out.append(f)
    return out


_RELEASE_OPENING = re.compile(r"(?:^|,|(?:따르면|따라|가운데|한편|또)\s*,?)$")  # nothing but a link or a list comma


def _bare_release_word(ctx: _Ctx, fig: Figure, measure: str | None) -> bool:
    """Whether the figure's measure word opens its clause bare ("수입은 …", "…에 따르면 수출액은 …"): no item, place
    or owner before it (not "반도체 수출은", not "중국 수입은"), and right after it only its particle."""
    sentence = ctx.analysis.sentences[fig.sentence]
    head = ctx.text[sentence.start : fig.start]
    known = measure_by_key().get(measure or "")
    if known is None:
        return False
    for cue in sorted(known.cues, key=len, reverse=True):
        m = cue_pattern(cue).search(head)
        if m is None:
            continue
        if not re.match(r"(?:은|는|이|가|도)?\s", head[m.end() :] + " "):
            return False  # "수입차", "수출입": another word built on the cue
        before = re.sub(r"[\"'“‘(\[]", "", head[: m.start()]).strip()
        return _RELEASE_OPENING.search(before) is not None
    return False


def _release_goes_on(ctx: _Ctx, before: Sequence[Fact], fact: Fact, home: dict[str, str]) -> str | None:
    """The economy a bare release figure is of: the one whose statistics body the figure's sentence names (as
    subject or source), else the subject of the release's figure of a home measure just before (the same or up to
    ``_RELEASE_REACH`` sentences back) when that subject is the economy of the article's statistics body; else None."""
    bodies = {home[n.en] for n in _names(ctx, fact.sentence) if n.role in {"subj", "source"} and n.en in home}
    if len(bodies) == 1:
        return bodies.pop()
    if bodies:
        return None
    economy = _home_economy(ctx, fact.sentence)
    if economy is None:
        return None
    for f in reversed(before):
        if f.sentence < fact.sentence - _RELEASE_REACH:
            return None
        if f.measure in _RELEASE_MEASURES and f.role in {"level", "change"} and f.subject is not None:
            return economy if f.subject == economy else None
    return None


def _lists(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "1470원, 1480원대를 넘어섰다": a figure listed before another of its kind takes that one's role."""
    facts = _breakdowns(ctx, _home_releases(ctx, _listed_sources(ctx, _paren_list_roles(ctx, facts))))
    by_figure = {f.figure: k for k, f in enumerate(facts)}
    for k in range(len(facts) - 1, -1, -1):
        f = facts[k]
        if f.figure is None or f.role != "level":
            continue
        a = ctx.figures[f.figure]
        nxt_k = by_figure.get(f.figure + 1)
        if nxt_k is None:
            continue
        b = ctx.figures[f.figure + 1]
        nb = facts[nxt_k]
        between = ctx.text[a.end : b.start].strip()
        # "1470원, 1480원대를 넘어섰다", "매출은 8.2%, 영업이익은 41.6% 늘었다"
        parallel = re.fullmatch(r"[,·]\s*(?:[가-힣A-Za-z]{1,8}\s*(?:은|는|이|가|도)?\s*)?", between) is not None
        if b.sentence == a.sentence and b.unit == a.unit and (between in {",", "와", "과", "및", "、"} or parallel):
            if nb.role in {"threshold", "change"} and f.direction is None:
                facts[k] = replace(f, role=nb.role, direction=nb.direction)
                moved = facts[k]
                if moved.measure is None and moved.subject is not None and nb.measure is not None and parallel:
                    # "A사는 3.4%, B사는 4.1% 떨어졌다": the first item read as a level had no default measure
                    head = (ctx.analysis.sentences[a.sentence].start, a.end)
                    priced = _priced_object(ctx.text, head, a)
                    measure = _default_measure(a, moved.subject, nb.role, functools.partial(bool, priced))
                    if measure == nb.measure:
                        facts[k] = replace(moved, measure=measure, date=moved.date or nb.date)
            f = facts[k]
            if (
                parallel
                and f.measure is None
                and f.role == "level"
                and nb.role == "level"
                and nb.measure is not None
                and nb.measure != "other"
                and f.subject is not None
                and nb.subject not in {None, f.subject}
                and a.kind == b.kind
                and a.kind in measure_by_key()[nb.measure].kinds
            ):
                # "A사는 4만1230대, B사는 2만948대를 팔았다": the items before the list's verb are of its measure
                facts[k] = replace(f, measure=nb.measure, date=f.date or nb.date)
                f = facts[k]
            if (
                f.figure is not None
                and f.measure is None
                and nb.measure in {"net_buying", "net_selling"}
                and between == ","
            ):
                investor = _investor_subject(ctx, f.figure)  # "개인과 외국인이 각각 N, M을 순매수"
                if investor is not None:
                    facts[k] = replace(f, measure=nb.measure, subject=investor[0], subject_ko=investor[1])
    return facts


# -- labour-market statistics (an employment release: data/labour_statistics.tsv) --

_SEGMENT_TAIL = re.compile(r"^(?:\([^()]{1,12}\))?(?:은|는|이|가|도|에서|에서도|에서는|만)?\s*$")  # segment -> figure
_SEGMENT_START = frozenset(" \t\n(\"'‘“·,")
_CUE_PAREN = re.compile(r"^\(([^()]{1,12})\)")  # "고용률(15세 이상)은"
_PERSONS = re.compile(r"명|[0-9](?:만|천)\s*$")  # a count of people ("21만8000명", "21.8만"), no other counter
# what follows a level of a statistic ("2912만4000명으로", "63.4%를 기록", "2.3%였다", "2.3%, 고용률은"); a count
# followed by anything else ("14.6만명 '뚝'", "27만5000명에서 축소", "20만명대") is no level we can say
_LEVEL_AFTER = re.compile(r"^\s*(?:으로|로|를|을|이다|였|이었|이며|이고|에 달|에 그|,|\.)")
_STAT_PERIOD = re.compile(r"\d{4}(?:-Q\d|-\d{2})?")
_LABOUR_ROLES = frozenset({"level", "change", "reference", "estimate", "threshold"})


def _segment_ending(head: str) -> tuple[str, int] | None:
    """The population or industry named at the very end of ``head`` (a particle or an age in parentheses
    after it allowed): (Korean, start), or None."""
    data = labour_data()
    found = [m for m in data.segment_re.finditer(head) if m.group()]
    for m in reversed(found):  # "청년층(15~29세)": the segment, its age in parentheses after it
        if (m.start() == 0 or head[m.start() - 1] in _SEGMENT_START) and _SEGMENT_TAIL.match(head[m.end() :]):
            return m.group(), m.start()
    return None


def _bare_statistic(ctx: _Ctx, si: int, cue_start: int) -> bool:
    """Whether the indicator word at ``cue_start`` is the whole statistic: no noun right before it narrows it
    ("서울 고용률", "임시직 취업자" are a part we cannot name), only a date, a particle or an ending."""
    before = [t for t in ctx.analysis.tokens[si] if t.end <= cue_start]
    if not before:
        return True
    tok = before[-1]
    if ctx.text[tok.end : cue_start].strip(" '\"‘’“”"):
        return True  # punctuation between: "…·실업률"
    if tok.tag.startswith(("J", "E", "S")) or tok.tag in {"NNB", "NR", "MM"}:
        return True  # "따르면 10월 취업자는", "통계청에 따르면 취업자는"
    word = ctx.text[ctx.text.rfind(" ", 0, tok.start) + 1 : cue_start].strip(" '\"‘’“”(")
    return word in fact_cues().words("statistic_scope") or _relative_period(word, word + " ", "2000-01-01") is not None


def _modified_at(ctx: _Ctx, si: int, at: int) -> bool:
    """Whether the noun starting at ``at`` is modified by a clause ending right before it ("쉬었다'는 청년", "일자리를
    잃은 60세 이상"): an adnominal ending (ETM) is the last token before it. A copula's ("OECD 비교 기준인 15~64세")
    only names what the segment is, and narrows nothing."""
    before = [t for t in ctx.analysis.tokens[si] if t.end <= at]
    if len(before) < 2 or before[-1].tag != "ETM" or ctx.text[before[-1].end : at].strip(" "):
        return False
    return before[-2].tag != "VCP"


def _labour_reading(
    ctx: _Ctx, fig: Figure, kind: str, running: tuple[int, str, str] | None
) -> tuple[str, str | None, str | None, str] | None:
    """(measure, subject, subject_ko, segment class) of a count of persons or a rate in an employment release;
    None when its clause does not name the statistic, or names a segment we cannot read."""
    data = labour_data()
    sentence = ctx.analysis.sentences[fig.sentence]
    head = ctx.text[sentence.start : fig.start]
    cues = [m for m in data.indicator_re.finditer(head) if m.group()]
    own = _segment_ending(head)
    if own is not None and _modified_at(ctx, fig.sentence, sentence.start + own[1]):
        return None  # "'그냥 쉬었다'는 청년은 N명": a part of the segment a clause picks out, no statistic we know
    if cues:
        cue = cues[-1]
        measure, cue_kind = data.indicators[cue.group()]
        if cue_kind != kind:
            return None  # "실업률은 … 취업자는 5% 늘었다": the nearest statistic is not of this figure's kind
        between = head[cue.end() :]
        if own is not None and own[1] >= cue.end() and not _CUE_PAREN.match(between):
            inner = [m for m in data.segment_re.finditer(between) if m.group()]
            if len(inner) != 1:
                return None
            en, cls = data.segments[own[0]]
            return measure, en, own[0], cls
        paren = _CUE_PAREN.match(between)
        if paren is not None and paren.group(1) in data.segments:
            between = between[paren.end() :]
        if any(m.group() for m in data.segment_re.finditer(between)):
            return None  # a segment between the statistic and its figure that is not the figure's topic
        named = _segment_ending(head[: cue.start()].rstrip())
        if named is not None and _modified_at(ctx, fig.sentence, sentence.start + named[1]):
            return None  # "구직을 단념한 청년 취업자": the segment narrowed by a clause
        if paren is not None and paren.group(1) in data.segments:
            named = (paren.group(1), 0)
        if named is not None and named[0] in data.segments:
            en, cls = data.segments[named[0]]
            return measure, en, named[0], cls
        if not _bare_statistic(ctx, fig.sentence, sentence.start + cue.start()):
            return None
        return measure, data.totals.get(measure), cue.group() if data.totals.get(measure) else None, "total"
    # no statistic named: a segment's count goes on with the count statistic of the sentence before, or of the
    # release a breakdown ("산업별로는 …") breaks down
    if own is None or kind != "count" or running is None:
        return None
    back, measure, cls = running
    en, own_cls = data.segments[own[0]]
    broken_down = _BREAKDOWN.match(ctx.text[sentence.start : sentence.end]) is not None
    parallel = back == fig.sentence - 1 and cls == own_cls  # "건설업 취업자는 …. 제조업에서도 5만3000명이 줄었다"
    if not (broken_down and fig.sentence - back <= _RELEASE_REACH) and not parallel:
        return None
    return measure, en, own[0], own_cls


def _labour_release(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The figures of an employment release: counts of employed or unemployed persons and employment or
    unemployment rates, each of the population or industry its clause names ("60세 이상 취업자가 31만2000명",
    "청년층 고용률은 45.1%", "건설업은 11만8000명"). A figure with no period of its own takes the release's
    (the last dated level or change of the release before it), or the one a relative word names ("지난달")."""
    data = labour_data()
    if not any(m.group() for m in data.indicator_re.finditer(ctx.text)):
        return facts
    running: tuple[int, str, str] | None = None  # (sentence, measure, segment class) of the last count read
    period: str | None = None
    for k, f in enumerate(facts):
        if f.figure is None or f.role not in _LABOUR_ROLES or f.measure not in {None, "other"}:
            continue
        if f.subject is not None and _type_of(f.subject) is not None:
            continue  # a company's or an index's figure
        fig = ctx.figures[f.figure]
        if fig.kind == "count" and fig.unit == "count" and _PERSONS.search(fig.surface):
            kind = "count"
        elif fig.kind in {"percent", "quantity"} and fig.unit in {"%", "pp"}:
            kind = "percent"
        else:
            continue
        if f.role == "level" and not _LEVEL_AFTER.match(ctx.text[fig.end : fig.end + 8]):
            continue
        found = _labour_reading(ctx, fig, kind, running)
        if found is None:
            continue
        measure, subject, subject_ko, cls = found
        if kind == "count":
            running = (fig.sentence, measure, cls)
        date = f.date
        sentence = ctx.analysis.sentences[fig.sentence]
        dated_here = any(  # a period of its own in the sentence (a day is the release's, not the statistic's)
            ctx.figures[i].kind == "date" and _STAT_PERIOD.fullmatch(str(ctx.figures[i].value)) is not None
            for i in _in_sentence(ctx, fig.sentence)
        )
        if date is None or not _STAT_PERIOD.fullmatch(date):
            head = ctx.text[sentence.start : fig.start]
            date = _relative_period(ctx.text, head, ctx.dates.article_day)
            if date is None and period is not None and f.role in {"level", "change"}:
                # the release's period, unless the sentence dates something else ("9월 증가 폭(…)보다")
                date = period if not dated_here else None
        if date is not None and f.role in {"level", "change"} and _STAT_PERIOD.fullmatch(date):
            period = date
        facts[k] = replace(f, measure=measure, subject=subject, subject_ko=subject_ko, date=date)
    return facts


def _markets(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The market reports read by their own data: a bond-market day's yields, a weekly housing survey's prices."""
    return _housing_survey(ctx, _yield_day(ctx, facts))


# -- a bond-market day: government bond yields (glossary type yield, data/yields.tsv; briefings/facts/yields.py) --

_YIELD_ROLES = frozenset({"level", "change", "reference", "estimate", "threshold"})


def _yield_day(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The figures of a bond-market day: each yield level (%) and move (bp, %포인트) of the yield its sentence
    names before it ("국고채 3년물 금리는 … 5.2bp 내린 연 2.715%", "10년물은 …" after a 국고채 name), measure
    interest_rate, at the close when the clause says the market closed there (마감, 장을 마쳤다)."""
    found = yields.mentions(ctx.text)
    if not found:
        return facts
    for k, f in enumerate(facts):
        if f.figure is None or f.role not in _YIELD_ROLES or f.measure not in {None, "interest_rate", "other"}:
            continue
        if f.subject is not None and f.subject not in yields.yield_names():
            continue
        fig = ctx.figures[f.figure]
        if fig.kind not in {"percent", "quantity"} or not yields.yield_unit(fig.unit):
            continue
        sentence = ctx.analysis.sentences[fig.sentence]
        at = [
            ctx.figures[i].start
            for i in _in_sentence(ctx, fig.sentence)
            if ctx.figures[i].kind in {"percent", "quantity"} and yields.yield_unit(ctx.figures[i].unit)
        ]
        named = yields.yield_of(ctx.text, (sentence.start, sentence.end), (fig.start, fig.end), found, at)
        if named is None:
            continue
        time = f.time_of_day
        if time is None and f.role in {"level", "change", "threshold"}:
            clause = _clause(ctx.text, sentence, ctx.analysis.tokens[fig.sentence], fig)
            time = _time_of_day(ctx, fig, clause, "index_level", f.role)  # a market-day figure, timed as an index's
            if time == "intraday" and not any(
                c in ctx.text[clause[0] : fig.start] for c, v in fact_cues().pairs("time") if v == "intraday"
            ):
                time = None  # "연 3.02%로 장중 한때 3.05%까지": the word after the level times the next figure
        facts[k] = replace(f, subject=named.en, subject_ko=named.ko, measure="interest_rate", time_of_day=time)
    return facts


# -- a weekly housing price survey (data/housing.tsv; briefings/facts/housing.py) --

# the subjects a place named right before a survey's figure replaces: none, a place, the survey's publisher
# ("한국부동산원이 … 발표한 … 서울 아파트 매매가격은 0.12% 올라": Seoul's prices, not the board's)
_SURVEY_PUBLISHERS = frozenset({None, "place", "country", "org", "research"})
_WEEK_LABEL = re.compile(r"^\d{4}-\d{2}$")


def _survey_week(ctx: _Ctx, si: int | None = None) -> str | None:
    """The month value of the week a survey names ("11월 셋째 주": 2026-11), in sentence ``si`` (None: the first
    the article names)."""
    for f in ctx.figures:
        if f.kind != "date" or not isinstance(f.value, str) or not _WEEK_LABEL.match(f.value) or "주" not in f.surface:
            continue
        if si is None or f.sentence == si:
            return f.value
    return None


def _housing_survey(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The weekly changes of a housing price survey: each of the place named right before its figure and of the
    price (sale, jeonse) named with it or last before ("서울 아파트 매매가격은 전주 대비 0.12% 올라", "송파구가 0.31%
    올라"), dated by the week the survey names (its month value: the week is said with it)."""
    if not housing.is_survey(ctx.text):
        return facts
    week = _survey_week(ctx)
    running: str | None = None
    for k, f in enumerate(facts):
        if f.figure is None or f.role != "change" or f.measure not in {None, "other"} or f.direction is None:
            continue
        if f.subject is not None and _type_of(f.subject) not in _SURVEY_PUBLISHERS:
            continue  # a company's or a market's figure
        fig = ctx.figures[f.figure]
        if fig.kind != "percent" or fig.unit != "%":
            continue
        sentence = ctx.analysis.sentences[fig.sentence]
        found = housing.reading(ctx.text[sentence.start : fig.start], running)
        if found is None:
            continue
        place, kind, subject = found
        running = kind
        date = _survey_week(ctx, fig.sentence) or week
        facts[k] = replace(f, subject=subject, subject_ko=place, measure="other", date=date)
    return facts


# --------------------------------------------------------------------------- subject checks (after every reading)

_FROM_AFTER = re.compile(r"^\s*\)?\s*에서(?:부터)?\s")  # "N원에서 M원으로": the figure a revision starts from
_FIGURE_GIVEN_TO = re.compile(r"[가-힣A-Za-z)]\s*(?:에|에게)\s*(?:약\s*)?$")  # "A사에 208억원": what the body gives it
# "IB 2곳에 과징금", "기업 3곳의 위반": the counted group's ("9곳에 대한 제재": the body's own cases)
_COUNT_OF_OTHERS = re.compile(r"^\s*(?:에|에게|의)\s(?!대한|대해)")
_COUNTED_NOUN_BEFORE = re.compile(r"[가-힣A-Za-z)]\s$")  # "외국계 IB 2곳": a noun naming what the count counts
_OWNER_GAP = 24  # characters between a genitive owner ("B은행의") and its result figure ("순이익은 N원")
_RESULT_MEASURES = frozenset({"revenue", "operating_profit", "net_profit", "profit_margin"})
_OWNED_BY_GENITIVE = _RESULT_MEASURES | {"share_price", "market_value", "tender_price"}
_NEW_SUBJECT = re.compile(r"[가-힣A-Za-z)](?:이|가|은|는)\s")  # a noun marked as a new subject between two figures


def _forecaster_ko(ko: str | None, en: str | None) -> bool:
    """A broker, research house or association (fact_cues.tsv, source_body; gazetteer type research): it states
    figures about others (targets, forecasts, surveys) and, in such sentences, owns none of them."""
    if ko is not None and any(ko.endswith(w) for w in fact_cues().words("source_body")):
        return True
    return _type_of(en) == "research"


def _sentence_start(ctx: _Ctx, fig: Figure) -> int:
    return ctx.analysis.sentences[fig.sentence].start


def _target_before(ctx: _Ctx, facts: Sequence[Fact], k: int) -> Fact | None:
    """The price target a broker set last, in this sentence or the one before ("A증권은 목표가를 N원으로 올렸고,
    B증권은 M원에서 L원으로 상향했다"; "… 내렸다. C증권은 K원을 유지했다"): the target the figure continues."""
    si = facts[k].sentence
    for f in reversed(facts[:k]):
        if f.sentence < si - 1:
            break
        if f.source is not None and f.role in {"estimate", "reference"}:
            # the nearest estimate a source gave ("A증권은 영업이익을 N원으로 추정했고, B증권은 M원을 제시했다":
            # B's estimate of the same profit, no price target)
            return f if f.measure is not None and f.subject is not None else None
    return None


_TARGET_SPREAD = 3.0  # how far apart two brokers' targets for one share may be (a per-share price, not a sum)


def _continued_target(ctx: _Ctx, facts: Sequence[Fact], k: int) -> Fact | None:
    """A money figure whose subject came out as a broker and whose measure is unread, right after another broker's
    estimate of the same unit and size (a price target, a profit): that broker's estimate of the same thing for the
    same company (a broker names no price or sum of its own so), the figure it starts from a reference."""
    f = facts[k]
    if f.figure is None or f.measure is not None or f.source is not None or not _forecaster_ko(f.subject_ko, f.subject):
        return None
    fig = ctx.figures[f.figure]
    if fig.kind != "money":
        return None
    target = _target_before(ctx, facts, k)
    if target is None or target.subject == f.subject or target.figure is None:
        return None
    if ctx.figures[target.figure].unit != fig.unit:
        return None
    a, b = ctx.figures[target.figure].value, fig.value
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or a <= 0 or b <= 0:
        return None
    if max(a, b) > _TARGET_SPREAD * min(a, b):
        return None  # "N억원": a sum, never a share's price target beside "M만원"
    start_of_move = bool(_FROM_AFTER.match(ctx.text[fig.end : fig.end + 8]))
    return replace(
        f,
        subject=target.subject,
        subject_ko=target.subject_ko,
        measure=target.measure,
        role="reference" if start_of_move else "estimate",
        source=f.subject,
        date=target.date if target.measure != "price_target" else f.date,
        time_of_day=None,
    )


def _quoted_by_forecaster(ctx: _Ctx, f: Fact) -> bool:
    """A figure inside a quotation that a broker, a research house or a public body, named before it, speaks ("A증권은
    \"현재 주가는 PER 27배 수준\"이라고 설명했다", "한은은 \"물가는 2% 초반으로 낮아질 것\""): what the speaker says
    about another, never its own figure (a central bank's own policy rate aside)."""
    if f.figure is None or f.subject_ko is None or f.measure == "interest_rate":
        return False
    if not _forecaster_ko(f.subject_ko, f.subject) and _type_of(f.subject) not in _REPORTERS - {"person"}:
        return False
    fig = ctx.figures[f.figure]
    start = _sentence_start(ctx, fig)
    opened = _open_quote(ctx.text, start, fig.start)
    return opened is not None and f.subject_ko in ctx.text[start:opened]


def _forecast_pair_source(ctx: _Ctx, facts: Sequence[Fact], f: Fact) -> str | None:
    """The forecaster an unmeasured figure is stated by: the subject it came out with, when another figure of the
    sentence gives that forecaster as its source ("B리서치는 수요가 올해 N에서 2030년 M으로 늘 것으로 전망했다")."""
    if f.figure is None or f.measure is not None or f.subject is None or not _forecaster_ko(f.subject_ko, f.subject):
        return None
    if any(g.sentence == f.sentence and g is not f and g.source == f.subject for g in facts):
        return f.subject
    return None


def _genitive_owner(ctx: _Ctx, f: Fact) -> _Name | None:
    """The company named with 의 right before a result figure ("주력 계열사인 B은행의 3분기 순이익은 N원"), when the
    subject came out as another company the sentence does not name (carried from before): the named owner."""
    if f.figure is None or f.subject is None or f.measure not in _OWNED_BY_GENITIVE:
        return None
    fig = ctx.figures[f.figure]
    names = _names(ctx, fig.sentence)
    if any(n.en == f.subject for n in names):
        return None
    before = [n for n in names if n.end <= fig.start]
    if not before:
        return None
    n = before[-1]
    gap = ctx.text[n.end : fig.start]
    if n.role not in {"gen", "title"} or n.type != "company" or not n.en or len(gap) > _OWNER_GAP:
        return None
    if not re.match(r"(?:\s?측)?의\s", gap):  # "B은행의 순이익", "C사 측의 공개매수가"
        return None
    between = [g for g in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence)) if n.end <= g.start < fig.start]
    if any(g.kind != "date" for g in between):
        return None
    return n


_ESTIMATE_REACH = 16  # characters after a figure where the verb making it someone's estimate stands ("으로 내다봤")


def _forecast_of_owner(ctx: _Ctx, f: Fact) -> Fact | None:
    """A result a broker or research house came out as the subject of, while another company owns it with 의 right
    before it ("A증권은 B사의 2분기 영업이익을 N원으로 내다봤다"): B's, as A's estimate when a verb of estimating
    follows (fact_cues.tsv estimate); a forecaster owns none of the results it forecasts."""
    if f.figure is None or f.subject is None or f.measure not in _OWNED_BY_GENITIVE:
        return None
    if not _forecaster_ko(f.subject_ko, f.subject):
        return None
    fig = ctx.figures[f.figure]
    before = [n for n in _names(ctx, fig.sentence) if n.end <= fig.start]
    if not before:
        return None
    n = before[-1]
    gap = ctx.text[n.end : fig.start]
    if n.role != "gen" or n.type != "company" or not n.en or n.en == f.subject or len(gap) > _OWNER_GAP:
        return None
    between = [ctx.figures[i] for i in _in_sentence(ctx, fig.sentence)]
    if not gap.startswith("의") or any(g.kind != "date" and n.end <= g.start < fig.start for g in between):
        return None
    tail = ctx.text[fig.end : min(ctx.analysis.sentences[fig.sentence].end, fig.end + _ESTIMATE_REACH)]
    estimated = any(w in tail for w in fact_cues().words("estimate"))
    return replace(
        f,
        subject=n.en,
        subject_ko=n.ko,
        source=f.source or (f.subject if estimated else None),
        role="estimate" if estimated and f.role in {None, "level"} else f.role,
    )


def _counted_by_body(ctx: _Ctx, f: Fact) -> bool:
    """A count or sum a body of state (a regulator, a ministry) is the subject of, whose figure counts or is given to
    a group named before it ("증선위는 IB 2곳에 과징금을 부과했다", "A사에 208억원"): the group's, not the body's."""
    if f.figure is None or f.subject is None or _type_of(f.subject) not in _REPORTERS - {"person"}:
        return False
    fig = ctx.figures[f.figure]
    head = ctx.text[_sentence_start(ctx, fig) : fig.start]
    if fig.kind == "count":
        return bool(_COUNTED_NOUN_BEFORE.search(head)) and bool(_COUNT_OF_OTHERS.match(ctx.text[fig.end : fig.end + 4]))
    return fig.kind == "money" and f.measure is None and bool(_FIGURE_GIVEN_TO.search(head))


def _conditioned(ctx: _Ctx, f: Fact) -> bool:
    """A figure in the clause after a condition whose own subject is the fact's ("국제유가가 100달러를 넘으면 이익이
    N원 줄 수 있다", "환율이 1400원 아래로 내려가면 영업이익이 N원을 넘을 것"): the consequence is another thing's."""
    if f.figure is None or f.subject_ko is None:
        return False
    fig = ctx.figures[f.figure]
    sentence, tokens = ctx.analysis.sentences[fig.sentence], ctx.analysis.tokens[fig.sentence]
    at = ctx.text.rfind(f.subject_ko, sentence.start, fig.start)
    if at < 0:
        return False
    ends = [
        t.start
        for t in tokens
        if t.tag == "EC" and t.form in _CONDITIONAL_EC and at + len(f.subject_ko) <= t.start and t.end <= fig.start
    ]
    # the condition holds a figure of its subject's ("두바이유가 80달러를 넘어서면"); without one ("A사가 매수에
    # 성공하면 보유 수량은 N주", "B국이 합의하지 않으면 N% 관세") the consequence may well be the same subject's
    return any(
        ctx.figures[i].kind != "date" and at < ctx.figures[i].start < end
        for end in ends
        for i in _in_sentence(ctx, fig.sentence)
    )


_CONDITIONAL_EC = frozenset({"면", "으면"})


def _gap_of_rates(ctx: _Ctx, f: Fact) -> bool:
    """A rate figure that is the gap between two rates ("한국과 미국의 기준금리 차이는 1.50%포인트", fact_cues.tsv
    gap_word): no one bank's rate."""
    if f.figure is None or f.subject is None:
        return False
    if f.measure != "interest_rate" and _type_of(f.subject) != "central_bank":
        return False
    fig = ctx.figures[f.figure]
    head = ctx.text[_sentence_start(ctx, fig) : fig.start]
    return any(w in head for w in fact_cues().words("gap_word"))


def _named_in_sentence_before(ctx: _Ctx, f: Fact) -> int | None:
    """Where the fact's subject is last named before its figure in the sentence, or None."""
    if f.figure is None or not f.subject_ko:
        return None
    fig = ctx.figures[f.figure]
    at = ctx.text.rfind(f.subject_ko, _sentence_start(ctx, fig), fig.start)
    return at if at >= 0 else None


def _collective_after(ctx: _Ctx, f: Fact) -> bool:
    """A collective subject between the fact's subject and its figure ("A가 58%, B가 32%로 두 회사가 90%를 차지한다",
    fact_cues.tsv collective_subject): the figure is of them together, not of the one named last."""
    at = _named_in_sentence_before(ctx, f)
    if at is None or f.figure is None:
        return False
    gap = ctx.text[at + len(f.subject_ko or "") : ctx.figures[f.figure].start]
    pattern = _collective_pattern()
    return pattern is not None and pattern.search(gap) is not None


@cache
def _collective_pattern() -> re.Pattern[str] | None:
    words = fact_cues().words("collective_subject")
    return re.compile(rf"(?:^|\s)(?:{_escaped(words)})(?:이|가|은|는|도)\s") if words else None


def _other_owner_between(ctx: _Ctx, f: Fact) -> bool:
    """An unmeasured figure of a noun another name owns with 의, between the topic and the figure ("A사는 인수 후 B사의
    생산능력을 2배로 늘린다"): B's, not A's; unsure whose, so no subject."""
    if f.figure is None or f.measure is not None or f.role not in {None, "level", "change"}:
        return False
    at = _named_in_sentence_before(ctx, f)
    if at is None:
        return False
    fig = ctx.figures[f.figure]
    for n in _names(ctx, fig.sentence):
        if at < n.start and n.end <= fig.start and n.role == "gen" and n.ko != f.subject_ko:
            gap = ctx.text[n.end : fig.start]
            if gap.startswith("의") and len(gap) <= _OWNER_GAP:
                between = [g for g in (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence)) if n.end <= g.start]
                return all(g.kind == "date" for g in between if g.start < fig.start)
    return False


def _division_figure(ctx: _Ctx, f: Fact) -> bool:
    """``_division_owned`` for every fact, a goal's or an estimate's included ("전동화 부문 매출을 2030년 연 N원으로
    늘린다는 계획"): the division's, never the whole company's."""
    if f.figure is None or f.subject is None or f.measure is None:
        return False
    fig = ctx.figures[f.figure]
    if _division_pattern(_kind_of(fig), f.measure) is None:
        return False
    sentence, tokens = ctx.analysis.sentences[fig.sentence], ctx.analysis.tokens[fig.sentence]
    return _division_owned(ctx, fig, _clause(ctx.text, sentence, tokens, fig), f)


def _described_pair(ctx: _Ctx, f: Fact) -> _Name | None:
    """The currency pair written right after an exchange-rate figure ("1400원대 원·달러 환율과 …"), when the subject
    came out as another: a figure right before a name describes that name."""
    if f.figure is None or f.measure != "exchange_rate":
        return None
    fig = ctx.figures[f.figure]
    for n in _names(ctx, fig.sentence):
        if n.start >= fig.end and n.type == "fx" and n.en and n.en != f.subject:
            return n if not ctx.text[fig.end : n.start].strip() else None
    return None


def _subject_checks(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """Last checks of each subject against who the sentence says the figure is about: a broker's continued price
    target is the targeted company's; what a forecaster says (quoted, or as the start of its forecast) is not its
    own; a result named with its owner's 의 is that owner's, not a company carried from before; a count or sum a
    state body gives or levies is the group's. Unsure means no subject."""
    out = list(facts)
    owned: set[tuple[str | None, str | None]] = set()  # (owner named with 의, subject it replaced)
    periods = set(fact_cues().words("period"))
    for k, f in enumerate(out):
        if f.figure is None:
            continue
        if f.subject_ko in periods:  # "전주(0.06%)보다": a comparison period, never whose figure it is
            f = out[k] = replace(f, subject=None, subject_ko=None)
        target = _continued_target(ctx, out, k)
        if target is not None:
            out[k] = target
            continue
        if _quoted_by_forecaster(ctx, f) and f.measure != "price_target":
            out[k] = replace(f, subject=None, subject_ko=None)
            continue
        pair = _described_pair(ctx, f)
        if pair is not None:
            out[k] = replace(f, subject=pair.en, subject_ko=pair.ko)
            continue
        said_by = _forecast_pair_source(ctx, out, f)
        if said_by is not None:
            out[k] = replace(f, subject=None, subject_ko=None, source=said_by)
            continue
        forecast = _forecast_of_owner(ctx, f)
        if forecast is not None:
            f = out[k] = forecast
            continue
        owner = _genitive_owner(ctx, f)
        if owner is None and k > 0 and f.measure in _RESULT_MEASURES:
            before = out[k - 1]  # "B은행의 순이익은 N원으로 3.8% 늘었다": the change of the level just re-owned
            same = before.sentence == f.sentence and before.measure == f.measure and before.figure is not None
            if same and (before.subject, f.subject) in owned and before.figure is not None and f.figure is not None:
                gap = ctx.text[ctx.figures[before.figure].end : ctx.figures[f.figure].start]
                if not _NEW_SUBJECT.search(gap):
                    owner = _Name(0, 0, before.subject_ko or "", before.subject, "company", "gen")
        if owner is not None:
            owned.add((owner.en, f.subject))
            out[k] = replace(f, subject=owner.en, subject_ko=owner.ko or None)
            continue
        ranked_body = f.measure == "ranking" and _type_of(f.subject) in _REPORTERS - {"person"}
        if _counted_by_body(ctx, f) or ranked_body or _conditioned(ctx, f) or _gap_of_rates(ctx, f):
            out[k] = replace(f, subject=None, subject_ko=None)
        elif _collective_after(ctx, f) or _other_owner_between(ctx, f) or _division_figure(ctx, f):
            out[k] = replace(f, subject=None, subject_ko=None)
    return out


def _is_cut(text: str, t: Token) -> bool:
    """A comma or a clause-joining ending (-고, -며, …): where one clause of a list or parallel sentence ends."""
    return (t.tag == "SP" and text[t.start : t.end] == ",") or (t.tag == "EC" and t.form in _CLAUSE_EC)


def _clause_cut_before(ctx: _Ctx, fig: Figure) -> int | None:
    """Where the figure's clause starts when an earlier clause of the same sentence ends with a connective ending
    (-고, -며, …) or a comma at bracket depth 0: the end of the last such cut before the figure; None if none."""
    cut, depth = None, 0
    text = ctx.text
    for t in ctx.analysis.tokens[fig.sentence]:
        if t.start >= fig.start:
            break
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0 and _is_cut(text, t):
            cut = t.end
    return cut


_OWN_TOPIC_PARTICLES = frozenset({"이", "가", "은", "는"})
_QUALIFIED_TYPES = frozenset({"commodity"})
_POINTING = frozenset({"이", "그", "해당", "동", "저"})
_TOPIC_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "SN", "XSN", "XPN"})


def _clause_topic(ctx: _Ctx, si: int, lo: int, hi: int) -> str | None:
    """The noun run marked as a clause's own topic or subject (은/는/이/가, JX or JKS) between lo and hi, at bracket
    depth 0: the first such run. None when the clause names no topic of its own."""
    tokens = ctx.analysis.tokens[si]
    depth = 0
    for k, t in enumerate(tokens):
        if t.end <= lo:
            continue
        if t.start >= hi:
            break
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0 and t.tag in {"JX", "JKS"} and t.form in _OWN_TOPIC_PARTICLES and k > 0:
            j = k
            while j > 0 and tokens[j - 1].tag in _TOPIC_NOUN_TAGS and tokens[j - 1].start >= lo:
                j -= 1
            if j < k:
                return ctx.text[tokens[j].start : tokens[k - 1].end]
    return None


def _topic_not_owner(ctx: _Ctx, topic: str) -> bool:
    """Whether a clause's topic names a thing of its own (a brand, a company, a commodity, a place) rather than a
    measure, a period or a pointer back ("영업이익은", "올해는", "이는"): only such a topic stops a subject carried from
    the clause before."""
    last = topic.split()[-1]
    if _measure_of_noun(last) is not None or _measure_of_noun(topic) is not None or _measure_in(topic):
        return False
    cues = fact_cues()
    if any(w in topic for w in cues.words("period")) or any(w in topic for w in cues.words("clause_topic_not_owner")):
        return False
    return _HANGUL_CHAR.search(topic) is not None or topic.isalpha()


def _points_back(ctx: _Ctx, si: int, lo: int, hi: int) -> bool:
    """Whether the clause between lo and hi points back to a thing named before: a pronoun, or a determiner
    ("이", "그", "해당") before a noun."""
    return any(
        lo <= t.start < hi and (t.tag == "NP" or (t.tag == "MM" and t.form in _POINTING))
        for t in ctx.analysis.tokens[si]
    )


def _superlative(ctx: _Ctx, lo: int, fig: Figure) -> bool:
    """Whether the figure's clause ranks its topic against others ("가장", fact_cues.tsv superlative): the one
    frame in which a bare noun before a commodity's name is read as narrowing it (a brand's, a seller's)."""
    sentence = ctx.analysis.sentences[fig.sentence]
    end = _clause_cut_after(ctx, fig, sentence.end)
    body = ctx.text[lo:end]
    return any(w in body for w in fact_cues().words("superlative"))


def _clause_cut_after(ctx: _Ctx, fig: Figure, default: int) -> int:
    """Where the figure's clause ends: the first connective ending or comma at bracket depth 0 after it."""
    depth = 0
    for t in ctx.analysis.tokens[fig.sentence]:
        if t.start < fig.end:
            continue
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth == 0 and _is_cut(ctx.text, t):
            return t.end
    return default


def _modified_name(ctx: _Ctx, si: int, start: int, word: str) -> bool:
    """Whether the bare noun word right before a commodity's name (no particle, one space) narrows it to a brand's,
    a seller's or a grade's ("[brand] [commodity]가 N원으로"): not a known name, not a scope word (fact_cues.tsv
    commodity_scope: "전국 주유소 [commodity]"), not a period."""
    cues = fact_cues()
    if word in cues.words("commodity_scope") or any(w in word for w in cues.words("period")):
        return False
    if any(n.ko and n.ko in word for n in _names(ctx, si)):
        return False
    before = [t for t in ctx.analysis.tokens[si] if t.end <= start]
    if not before or ctx.text[before[-1].end : start] != " " or ctx.text[before[-1].start : before[-1].end] == "":
        return False
    return before[-1].tag in {"NNG", "NNP", "SL"} and _measure_of_noun(word) is None


def _own_clause_subjects(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """Parallel clauses each with a topic of their own ("[A]는 N으로 …고, [B]는 M으로 …"): a figure whose subject
    was named only in an earlier clause of its sentence, while its own clause has another topic (one that is not a
    measure, a period or a pointer back), has no subject: the earlier clause's subject is never carried into it.
    A market qualifier written before the subject's name in its own clause ("국제 [commodity] 가격은", fact_cues.tsv
    market_qualifier) makes another series than the name alone: no subject either."""
    out = list(facts)
    qualifiers = fact_cues().words("market_qualifier")
    for k, f in enumerate(out):
        if f.figure is None or f.subject is None or not f.subject_ko:
            continue
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[fig.sentence]
        cut = _clause_cut_before(ctx, fig)
        lo = sentence.start if cut is None else cut
        own = ctx.text[lo : fig.start]
        at = own.find(f.subject_ko)
        if at >= 0:
            head = own[:at].rstrip()
            words = head.split()
            if (
                _type_of(f.subject) in _QUALIFIED_TYPES
                and words
                and (
                    words[-1] in qualifiers
                    or (_superlative(ctx, lo, fig) and _modified_name(ctx, fig.sentence, lo + at, words[-1]))
                )
            ):
                out[k] = replace(f, subject=None, subject_ko=None)
            continue
        if cut is None or f.subject_ko not in ctx.text[sentence.start : cut]:
            continue  # a subject from another sentence or from a source: other checks' business
        before = ctx.text[sentence.start : cut].rstrip(" ,")
        if len(before) <= len(f.subject_ko) + 2:
            continue  # "[X], [event]…": a title's name and comma is the topic of all that follows
        if _points_back(ctx, fig.sentence, lo, fig.start):
            continue  # "…지만, 전문가들은 이 시장이 N에": the clause names its subject again by pointing back
        topic = _clause_topic(ctx, fig.sentence, lo, fig.start)
        if topic is None:
            continue
        named = [n for n in _names(ctx, fig.sentence) if n.ko and n.ko in topic]
        if named and _type_of(f.subject) in _QUALIFIED_TYPES and all(n.en != f.subject for n in named):
            out[k] = replace(f, subject=None, subject_ko=None)  # "…고, [company] 주유소가 M원으로": not the commodity
            continue
        if named:
            continue  # a known name as topic (a broker, another company): the checks before have read it
        if _topic_not_owner(ctx, topic):
            out[k] = replace(f, subject=None, subject_ko=None)
    return out


_EACH_JOIN = r"\s*(?:과|와|및|,|·)\s*"


@lru_cache(maxsize=1)
def _each_move_pattern() -> re.Pattern[str]:
    """A list of move words right after "각각" ("각각 오름폭과 하락폭을", "각각 상승, 하락했다")."""
    words = sorted(set(fact_cues().words("each_move")) | set(fact_cues().words("change_noun")), key=len, reverse=True)
    word = "|".join(map(re.escape, words))
    return re.compile(rf"각각\s+((?:{word})(?:{_EACH_JOIN}(?:{word}))+)")


def _move_direction(word: str) -> str | None:
    return dict(fact_cues().pairs("each_move")).get(word) or _change_noun_direction(word)


def _each_moves(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "A(N%)와 B(M%)는 각각 오름폭과 하락폭을 기록했다": the figures of one kind listed before "각각" take the
    move words listed after it, in order (A rose N%, B fell M%). When the two lists do not pair one to one, the
    figures' moves are unsure: no role, no direction (one read from the nearest move word would be a guess)."""
    out = list(facts)
    at = {f.figure: k for k, f in enumerate(out) if f.figure is not None}
    rx = _each_move_pattern()
    for si in sorted({f.sentence for f in facts}):
        sentence = ctx.analysis.sentences[si]
        for m in rx.finditer(ctx.text, sentence.start, sentence.end):
            words = [w.strip() for w in re.split(_EACH_JOIN, m.group(1)) if w.strip()]
            directions = [_move_direction(w) for w in words]
            if len(set(directions)) < 2:
                continue  # one direction for all ("각각 상승, 급등"): nothing to pair
            lo = max([sentence.start] + [e.end() for e in rx.finditer(ctx.text, sentence.start, m.start())])
            listed = [
                i
                for i in _in_sentence(ctx, si)
                if ctx.figures[i].kind != "date" and lo <= ctx.figures[i].start < m.start() and i in at
            ]
            kinds = {ctx.figures[i].kind for i in listed}
            pairs = len(listed) == len(words) and len(kinds) == 1 and None not in directions
            for n, i in enumerate(listed):
                f = out[at[i]]
                if f.role not in {"change", "level", None}:
                    continue
                if pairs:
                    out[at[i]] = replace(f, role="change", direction=directions[n])
                elif f.role == "change" or f.direction is not None:
                    out[at[i]] = replace(f, role=None, direction=None)  # no move said: no line says one
    return out


_PART_REACH = 4  # sentences back the whole of a breakdown's part may be named in ("3분기 GDP는 …" before "민간소비는")
_PART_ROLES = frozenset({"level", "change", "estimate"})
_PART_OVERRIDES = _REPORTERS | {"central_bank", "research", "bank"}  # bodies that report a part, never own it


def _part_subjects(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A breakdown's part as its figure's subject (data/breakdown_parts.tsv): "민간소비는 … 0.4% 증가했다",
    "예치금은 N달러로", "기여도는 순수출 0.5%포인트, 민간소비 0.2%포인트": the part named last before the figure as
    its clause's or list item's topic (no other figure of the kind and no known name between), where the article
    names the part's whole in the sentence or the few before. A part right after a narrowing word ("국제 [fuel]")
    is not read; a subject the figure's own clause names after the part stays; a body that only reports the part
    (the central bank) gives way. Unsure means the fact is left as it was."""
    out = list(facts)
    given: dict[int, parts.PartHit] = {}  # figure -> the part it was given
    families: dict[int, str] = {}  # sentence -> the family of a part given in it
    for k, f in enumerate(out):
        if f.figure is None or f.role not in _PART_ROLES:
            continue
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[fig.sentence]
        hits = parts.part_hits(ctx.text, sentence.start, fig.start)
        if not hits:
            continue
        hit = hits[-1]
        between = [
            i
            for i in _in_sentence(ctx, fig.sentence)
            if hit.end <= ctx.figures[i].start and ctx.figures[i].end <= fig.start and ctx.figures[i].kind != "date"
        ]
        if between and not _same_part_run(ctx, between, given, hit, fig):
            continue  # "수출이 1.8%, 설비투자가 1.1%": a figure between is the part's; this one is not read here
        head_words = ctx.text[sentence.start : hit.start].split()
        if any(w in fact_cues().words("market_qualifier") for w in head_words):
            continue  # "국제 [fuel A] 가격은 N, [fuel B]는 M": a qualified list, its later items qualified too
        names = _names(ctx, fig.sentence)
        if any(hit.end <= n.start < fig.start and n.en for n in names):
            continue  # a known name between the part and the figure: its figure, or unsure
        owners = [n for n in names if n.en and n.type in {"country", "company", "place"}]
        if any(hit.start - 8 <= n.end <= hit.start for n in owners):
            continue  # "미국의 민간소비는": another economy's (or a company's) part
        first = ctx.analysis.sentences[max(0, fig.sentence - _PART_REACH)].start
        running = any(families.get(si) == hit.part.family for si in range(fig.sentence - 2, fig.sentence + 1))
        if not running and not parts.names_whole(ctx.text[first : sentence.end], hit.part.family):
            continue  # neither the whole named nearby nor a breakdown of its parts going on
        if f.subject is not None:
            own = bool(f.subject_ko) and (f.subject_ko or "") in ctx.text[hit.end : fig.start]
            if own or _type_of(f.subject) not in _PART_OVERRIDES:
                continue  # the clause's own name, or a subject of its own kind (the economy's total)
        if hit.part.measure is not None:  # a part that is a measure of its own: said by it, of the whole's economy
            out[k] = replace(f, subject=None, subject_ko=None, measure=hit.part.measure)
            continue
        measure = None if f.measure not in {None, "other"} else f.measure  # "수출이 N%, 설비투자가 M%": not exports
        # a part is a common noun, not a name: no Korean name is kept for it (the writer's noun lexicon says the part
        # with its own noun, as for a figure with no subject)
        date = _part_period(ctx, out[:k], f, hit.part.family)
        out[k] = replace(f, subject=hit.part.en, subject_ko=None, measure=measure, date=date)
        given[f.figure] = hit
        families[fig.sentence] = hit.part.family
    return out


def _same_part_run(ctx: _Ctx, between: Sequence[int], given: dict[int, parts.PartHit], hit: parts.PartHit,
                   fig: Figure) -> bool:
    """Whether the figures between a part and this figure are that part's own, in one run with it ("[part]은 N원
    하락한 M원", "[part]은 N달러로 한 달 새 M달러 늘었다"): each was given the same part, and no comma or clause
    ending stands between the last of them and this figure."""
    if any(given.get(i) != hit for i in between):
        return False
    last = ctx.figures[between[-1]]
    gap = [t for t in ctx.analysis.tokens[fig.sentence] if last.end <= t.start and t.end <= fig.start]
    return not any(_is_cut(ctx.text, t) for t in gap)


_PART_PERIOD_REACH = 8  # sentences back the whole's dated figure is looked for in
_A_DAY = "2026-01-01"  # the length of a day's date: a release period (a month, a quarter) is shorter


def _part_period(ctx: _Ctx, before: Sequence[Fact], fact: Fact, family: str) -> str | None:
    """The period of a breakdown's part: its own when its sentence names one (a date, a period word), else the
    period (a month, a quarter) of the whole's first dated figure a few sentences before ("10월 말 외환보유액은 N"
    -> "예치금은 M" is end-October's, not the day of the release; "2분기 성장률은 … 수정됐다" after the third
    quarter's is a revision, not the release's period). A part dated only by the day in force takes the whole's
    period; otherwise the fact's date stays."""
    sentence = ctx.analysis.sentences[fact.sentence]
    body = ctx.text[sentence.start : sentence.end]
    if any(ctx.figures[i].kind == "date" for i in _in_sentence(ctx, fact.sentence)):
        return fact.date
    own = fact_cues().words("breakdown_period") + fact_cues().words("relative_period")
    if any(cue_pattern(w).search(body) for w in own):
        return fact.date
    if fact.date is not None and len(fact.date) != len(_A_DAY):
        return fact.date
    for f in before:  # the whole's first dated figure: the release's own period (a revised earlier one comes later)
        if f.sentence < fact.sentence - _PART_PERIOD_REACH or f.sentence >= fact.sentence:
            continue
        if f.figure is None or f.date is None or f.role not in {"level", "change"} or len(f.date) >= len(_A_DAY):
            continue
        start = ctx.analysis.sentences[f.sentence].start
        if parts.names_whole(ctx.text[start : ctx.figures[f.figure].start], family):
            return f.date
    return fact.date


_HOME_ROLES = frozenset({"level", "change"})  # a forecast (estimate) is said with its source, not re-owned
_HOME_REACH = 1  # sentences back another economy named makes a growth noun unsure


def _home_of_release(ctx: _Ctx) -> str | None:
    """The economy whose national accounts the article reports: one home_accounts body (the central bank) named in
    it, and no other economy's; else None."""
    home = dict(fact_cues().pairs("home_accounts"))
    # A name's English is its gazetteer entry's (or owner's, or an fx pair's, all from the mentions) or an article
    # gloss: when none of those is a home body, no sentence's names need be read (they stay lazy for later stages).
    named = {e for found in ctx.mentions for m in found for e in (m.entity.en, m.entity.owner)}
    if named.isdisjoint(home) and set(ctx.glosses.values()).isdisjoint(home):
        return None
    found = {home[n.en] for si in range(len(ctx.analysis.sentences)) for n in _names(ctx, si) if n.en in home}
    return next(iter(found)) if len(found) == 1 else None


def _growth_word_before(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether an economy-wide growth noun stands between lo and hi at a word start, with nothing but a period or
    a qualifier word (home_growth_before) or another growth noun right before it ("연간 성장률", "GDP 성장률")."""
    cues = fact_cues()
    words = cues.words("home_growth_word")
    allowed = cues.words("home_growth_before")
    body = ctx.text[lo:hi]
    for w in words:
        for m in re.finditer(re.escape(w), body):
            if m.start() > 0 and body[m.start() - 1] not in " (\"'‘“·,":
                continue  # inside a longer word
            prev = body[: m.start()].rstrip(" (").split()
            if not prev or prev[-1].endswith((",", ".", "은", "는", "이", "가", "면", "고", "며")):
                return True
            last = prev[-1]
            if any(a in last for a in allowed) or any(g in last for g in words) or re.search(r"[0-9]", last):
                return True
    return False


def _home_subjects(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """The home economy as the subject of its growth figures: a clause whose topic is the home economy ("우리 경제가
    0.6% 성장했다", fact_cues.tsv home_economy_word), or an economy-wide growth noun ("3분기 실질 GDP는", "연간
    성장률을 N%로 전망") in an article reporting one economy's national accounts (its central bank named,
    home_accounts) with no other economy or company named in the sentence or the one before. A fact with a
    subject keeps it."""
    out = list(facts)
    home = _home_of_release(ctx)
    phrases = dict(fact_cues().pairs("home_economy_word"))
    for k, f in enumerate(out):
        if f.figure is None or f.subject is not None or f.role not in _HOME_ROLES or f.source is not None:
            continue
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[fig.sentence]
        cut = _clause_cut_before(ctx, fig)
        lo = sentence.start if cut is None else cut
        own = ctx.text[lo : fig.start]
        said = next((p for p in phrases if _home_word(p).search(own)), None)
        economy = phrases[said] if said is not None else None
        if economy is None and home is not None and _growth_word_before(ctx, lo, fig.start):
            body = ctx.text[sentence.start : sentence.end]
            if not any(w in body for w in fact_cues().words("estimate") + fact_cues().words("home_forecast_word")):
                economy = home  # a forecast's growth noun ("성장률을 N%로 전망"): said with its forecaster, not here
        if economy is None:
            continue
        others = [
            n
            for si in range(max(0, fig.sentence - _HOME_REACH), fig.sentence + 1)
            for n in _names(ctx, si)
            if n.en and n.en != economy and n.type in {"country", "company", "place", "index"}
        ]
        if others:
            continue  # another economy (or a company) named: whose growth it is, is unsure
        out[k] = replace(f, subject=economy, subject_ko=said)
    return out


_ELIDED_ROLES = frozenset({"level", "change"})


def _elided_topics(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """A sentence naming no one goes on about the company the sentence just before was about ("한화오션은 … 계약을
    체결했다. 계약 금액은 N원으로, 척당 M원 수준이다"): its figures with no measure take that company, when it is
    the article's main company and the only one the sentence before names or gives a figure to. A topic turning
    elsewhere ("업계 평균은", "한편", fact_cues.tsv elided_not, class_owner, collective_subject), a division ("게임
    부문은"), a quote, or any name in the sentence leaves the figures as they were."""
    out = list(facts)
    main = ctx.main
    if main is None or _type_of(main) != "company":
        return out
    turning = fact_cues().words("elided_not") + fact_cues().words("class_owner") + fact_cues().words("division")
    turning += fact_cues().words("collective_subject")
    by_sentence: dict[int, list[int]] = {}
    for k, f in enumerate(out):
        by_sentence.setdefault(f.sentence, []).append(k)
    for k, f in enumerate(out):
        if f.figure is None or f.subject is not None or f.subject_ko is not None or f.measure not in {None, "other"}:
            continue
        if f.role not in _ELIDED_ROLES or f.source is not None:
            continue
        fig = ctx.figures[f.figure]
        si = fig.sentence
        sentence = ctx.analysis.sentences[si]
        if si < 1 or _names(ctx, si) or _CAPTION.search(ctx.text[sentence.start : sentence.end]):
            continue
        head = ctx.text[sentence.start : fig.start]
        if any(q in head for q in _QUOTE_OPEN) or any(w in head for w in turning) or _division_topic(ctx, fig):
            continue  # a quote, a turn, a division ("게임 부문은 N달러"): not the company's own figure
        if is_heading(ctx.text, ctx.analysis.sentences[si - 1]):
            continue
        before = {out[j].subject for j in by_sentence.get(si - 1, []) if out[j].subject is not None}
        before |= {n.en for n in _names(ctx, si - 1) if n.en and n.role in {"subj", "gen"} and n.type == "company"}
        if before != {main}:
            continue
        if any(n.en and n.en != main for n in _names(ctx, si - 1) if n.type in {"company", "country", "org"}):
            continue  # the sentence before names another party too: whose the figure is, unsure
        out[k] = replace(f, subject=main, subject_ko=_ko_of(main))
    return out


_GENITIVE_TOPIC = re.compile(r"의\s+(?:[가-힣A-Za-z0-9·]+\s+){0,4}?[가-힣A-Za-z0-9·)]+(?:은|는|이|가)\s")
_GENITIVE_OWNERS = frozenset({"company", "country"})


def _genitive_topics(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "[X]의 올해 누적 수주 실적은 N척, M달러로 늘었다": a figure with no subject in a clause whose topic is a noun
    phrase owned by a company or country named with 의 is that owner's. Only the clause's own topic counts (the
    owner, then at most a few words, then the topic's particle, all before the figure, no other name between, no
    figure inside the topic phrase, no clause break: the list of figures after it is the topic's); a forecaster's
    or a source's 의 is not an owner (only companies and countries own a topic here)."""
    out = list(facts)
    for k, f in enumerate(out):
        if f.figure is None or f.subject is not None or f.subject_ko is not None or f.role not in _ELIDED_ROLES:
            continue
        if f.measure not in {None, "other"}:
            continue  # a measure's owner was read before ("기아의 레저용 차량 판매량은": a product line's, no one's)
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[fig.sentence]
        ends = [t.end for t in ctx.analysis.tokens[fig.sentence] if t.end <= fig.start and t.tag == "EC"]
        lo = max([sentence.start, *(e for e in ends if ctx.text[e - 1] != ",")])  # list commas do not end the clause
        names = [n for n in _names(ctx, fig.sentence) if lo <= n.start and n.end <= fig.start]
        owners = [n for n in names if n.role == "gen" and n.en and n.type in _GENITIVE_OWNERS]
        if not owners:
            continue
        owner = owners[-1]
        m = _GENITIVE_TOPIC.match(ctx.text, owner.end, fig.start)
        if m is None:
            continue
        later = [n for n in names if n.start >= owner.end]
        if any(n.start < m.end() or n.en or n.role in {"subj", "gen", "source"} for n in later):
            continue  # another name in the topic or as a subject after it; a goods noun in the list is no owner
        if len(names) > 1 and re.fullmatch(r"\s*(?:와|과|및|,|·)\s*", ctx.text[names[-2].end : owner.start]):
            continue  # "A와 B의 합산 판매는": the owners together, not B alone
        if any(w in ctx.text[owner.end : m.end()] for w in fact_cues().words("class_owner") + ("합산", "합계")):
            continue
        inside = (ctx.figures[i] for i in _in_sentence(ctx, fig.sentence))
        if any(owner.end <= g.start < m.end() and g.kind != "date" for g in inside):
            continue  # a figure inside the topic phrase ("X의 N원 규모 …은"): the phrase is not a plain topic
        out[k] = replace(f, subject=owner.en, subject_ko=owner.ko)
    return out


_RANKED_TYPES = frozenset({"country", "company", "index", "exchange"})
_RANK_ITEM = re.compile(r"\s*(?:\(\s*|(?:이|가|은|는)\s+)(?:약\s*)?$")  # "B(M" or "A가 N": the item, then its figure


@lru_cache(maxsize=256)
def _spaced_word(word: str) -> re.Pattern[str]:
    """``word`` after a space ("N 순이었다"), compiled once (the words are fact_cues.tsv's)."""
    return re.compile(rf"\s{re.escape(word)}")


@lru_cache(maxsize=256)
def _home_word(phrase: str) -> re.Pattern[str]:
    """A home-economy phrase as a word of its own marked as topic, subject or owner ("우리나라는", "국내 경제의")."""
    return re.compile(rf"(?:^|\s){re.escape(phrase)}(?:은|는|이|가|도|의)\s")


def _ranked_lists(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """ "중국이 N달러로 가장 많았고 일본(M달러), 스위스(P달러) 순이었다": in a sentence ending a ranking list
    (fact_cues.tsv ranked_list), a figure with no subject written right after a known name (its subject particle or
    its opening parenthesis) is that name's. Any other figure of the sentence is left as it was."""
    out = list(facts)
    ends = fact_cues().words("ranked_list")
    for k, f in enumerate(out):
        if f.figure is None or f.subject is not None or f.role not in _ELIDED_ROLES:
            continue
        fig = ctx.figures[f.figure]
        sentence = ctx.analysis.sentences[fig.sentence]
        tail = ctx.text[fig.end : sentence.end]
        if not any(_spaced_word(w).search(tail) for w in ends):
            continue
        before = [n for n in _names(ctx, fig.sentence) if n.end <= fig.start and n.en and n.type in _RANKED_TYPES]
        if not before:
            continue
        name = before[-1]
        if _RANK_ITEM.fullmatch(ctx.text[name.end : fig.start]) is None:
            continue
        out[k] = replace(f, subject=name.en, subject_ko=name.ko)
    return out


# --------------------------------------------------------------------------- owners, holders and spans (round 13)


def _owner_checks(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """Last checks of whose figure it is and when, by the Korean syntax of owners and spans: a stake's holder is the
    subject (이/가) of the verb of holding ("세 아들이 지분 100%를 가진 B": the sons', not B's nor the topic's); a group,
    an industry or a market written before the measure ("대형마트 3사의 매출", "업계 전체 판매량") owns the figure, not
    a company named in another clause; a span summed since its start ("올해 누적", "연초 이후") is never one day's;
    "순자산" is a person's net worth only when a person owns it. Unsure means no subject (and no line)."""
    out = list(facts)
    for k, f in enumerate(out):
        if f.figure is None:
            continue
        fig = ctx.figures[f.figure]
        if f.measure == "stake" and f.subject_ko is not None:
            holder = _stake_holder(ctx, f, fig)
            if holder is not None:
                f = out[k] = replace(f, subject=holder[0], subject_ko=holder[1])
        if f.subject_ko is not None and _collective_owned(ctx, f, fig):
            f = out[k] = replace(f, subject=None, subject_ko=None)
        if f.date is not None and len(f.date) == 10:
            span = _cumulative_span(ctx, fig)
            if span is not None:
                f = out[k] = replace(f, date=span or None)
        if f.measure == "personal_wealth" and f.subject is not None and _type_of(f.subject) != "person":
            # "삼성자산운용이 순자산 113조원": an asset manager's funds' net assets, a company's equity: no net worth
            f = out[k] = replace(f, measure="other")
    return out


_JKS = frozenset({"이", "가"})


def _stake_holder(ctx: _Ctx, f: Fact, fig: Figure) -> tuple[str | None, str | None] | None:
    """The holder of a stake figure when the verb of holding names another than the fact's subject, as
    (subject, subject_ko); None to keep the subject. "A가 B의 세 아들이 지분 100%를 가진 C를 합병한다": the subject
    (이/가) nearest before the figure in its clause, with no ending or topic between, holds it: the sons (no
    gazetteer name: no subject), never A nor C. With no such subject ("지분 60%를 보유한 B는"), B holds it: kept."""
    text = ctx.text
    sentence, tokens = ctx.analysis.sentences[fig.sentence], ctx.analysis.tokens[fig.sentence]
    tail = text[fig.end : min(sentence.end, fig.end + 14)]
    verb = re.match(r"^[)\]]*\s*(?:을|를)?\s*(?:각각\s*)?(" + _escaped(fact_cues().words("stake_holder_verb")) + ")", tail)
    if verb is None:
        return None
    before = [t for t in tokens if t.end <= fig.start]
    jks: Token | None = None
    for t in reversed(before):
        if t.tag.startswith(("EC", "EF", "SF")) or (t.tag == "JX" and t.form in _TOPIC_PARTICLES):
            break
        if t.tag == "JKS" and t.form in _JKS:
            jks = t
            break
    if jks is None:
        return None  # "A사 지분 60%를 보유한 B는": with no subject of its own, the clause's noun B is the holder
    noun = [t for t in before if t.end <= jks.start]
    word = noun[-1].form if noun else ""
    if _measure_of_noun(word) is not None or "지분" in word:
        return None  # "지분율이 20%": the measure noun itself is the subject
    name = next((n for n in _names(ctx, fig.sentence) if _holder_name_ends(ctx.text, n, jks.start)), None)
    if name is not None:
        if name.ko == f.subject_ko:
            return None
        return (name.en if _subject_ok(name, "stake") else None, name.ko)
    return (None, None)  # "세 아들이", "오너 일가가": a holder the gazetteer does not name


def _holder_name_ends(text: str, name: _Name, at: int) -> bool:
    """Whether ``name`` is the noun the subject particle at ``at`` marks: right before it, or with only a person's
    title between ("서정진 회장이": the chairman Seo holds it)."""
    if name.end > at:
        return False
    gap = text[name.end : at].strip()
    return not gap or (name.type in {None, "person"} and gap in _person_titles())


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(person_titles())


@cache
def _collective_pattern_owner() -> re.Pattern[str]:
    """A group written as a figure's owner: a count of companies ("3사", "5개사", "4개 업체"), "N대 은행", or a
    collective word ("업계 전체", "업체들의"), followed by an owner's particle or a space (not 에/와/로: "3사에
    공급")."""
    groups = _escaped(fact_cues().words("collective_group"))
    words = _escaped(fact_cues().words("collective_owner"))
    counted = rf"\d+\s?(?:개사|사|개\s?(?:업체|기업|회사|사))|\d+대\s?(?:{groups})" if groups else r"\d+\s?(?:개사|사)"
    body = rf"(?:{counted})(?=의|은|는|이|가|도|\s)" + (rf"|(?:{words})" if words else "")
    return re.compile(rf"(?:^|(?<=[\s(\"'“‘]))(?:{body})")


def _collective_owned(ctx: _Ctx, f: Fact, fig: Figure) -> bool:
    """A group, industry or market owns the figure ("국내 대형마트 3사의 올해 1~9월 매출은 4.2% 줄었다", "5대 은행의
    엔화예금 잔액은"): in the figure's clause before it, with the fact's subject not named after the group word."""
    sentence, tokens = ctx.analysis.sentences[fig.sentence], ctx.analysis.tokens[fig.sentence]
    clause = _clause(ctx.text, sentence, tokens, fig)
    head = ctx.text[clause[0] : fig.start]
    hits = list(_collective_pattern_owner().finditer(head))
    if not hits:
        return False
    at = clause[0] + hits[-1].start()
    if f.subject_ko and f.subject_ko in ctx.text[at : fig.start]:
        return False  # "3사 중 이마트의 매출은": the company named after the group word owns its own figure
    return not any(at <= n.start and n.end <= fig.start and n.en for n in _names(ctx, fig.sentence))


_YEAR_WORDS = re.compile(r"(?:^|[\s(])(?:올해|올|금년|연초)(?=[\s]|들어|이후|부터|대비|보다|이래|누적)")
_MONTH_WORDS = re.compile(r"(?:^|[\s(])(?:이달|이번 달)(?=[\s]|들어|누적)")


def _cumulative_span(ctx: _Ctx, fig: Figure) -> str | None:
    """The date a cumulative figure stands for, when its clause says it sums or measures a span since its start
    ("개인 순매수는 올해 누적 28조원으로", "연초 이후 12% 올랐다"): the year ("올해/올/연초": "2026"), the month ("이달"),
    else "" (no date: a span, never one day); None when the clause names no such span."""
    sentence, tokens = ctx.analysis.sentences[fig.sentence], ctx.analysis.tokens[fig.sentence]
    clause = _clause(ctx.text, sentence, tokens, fig)
    body = ctx.text[clause[0] : clause[1]]
    if not any(w in body for w in fact_cues().words("cumulative")):
        return None
    day = ctx.dates.article_day or ""
    if _YEAR_WORDS.search(body) and day[:4].isdigit():
        return day[:4]
    if _MONTH_WORDS.search(body) and len(day) >= 7:
        return day[:7]
    return ""
