"""Figures of kinds the core has no measure for, said with the English noun of their clause's topic.

Korean economic news states most figures as "[owner] [measure noun]은/는/이/가 … N(으)로 … 증가했다" or
"[noun]이 전월 대비 N 늘어난 M". When a fact has no usable measure (None or ``other``) and its own clause has such a
topic noun listed in ``data/english_nouns.tsv``, the writer says it with the ordinary level / change / from-to rows
(``english.tsv`` rows of measure ``noun``): "Foreign-exchange reserves rose US$2.1 billion to US$415 billion".

The fact's measure here is a key of this module (``noun:`` + the English noun) that exists only at the writing
stage; the public vocabulary (``Fact.measure`` in the JSON) keeps ``other``. Abstains (the fact is left as it is,
never said by these rows) when the clause's topic noun is not listed, when the clause holds two listed nouns, when
a noun that needs an owner has none in its own clause, when the clause prices per a unit we cannot say, or when the
clause ranks ("가장 높았다": a superlative these rows cannot say). Each clause of a list or parallel sentence
("[A]는 N, [B]는 M") takes its own topic noun and owner: never the previous clause's, never the only name of the
sentence; a qualifier written once before the list ("국제", "전국", "평균") is said with every item.

The noun phrase is composed from its Korean compound: modifier rows narrow the listed head noun and are said before
it ("미국 주식 보관액": "US stock holdings"; a word before the noun with no row abstains), owner rows name a common
owner in the genitive ("국내 투자자의 …": "Korean investors'"), and a listed noun that contains a core measure's cue
is the more specific reading ("국세수입은": national tax revenue, never imports). A series is dated by its clause's
period (a span of months: "in January-October 2026"), never by the day of its release; ``series_subjects`` gives
the JSON facts the series the English names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from briefings.facts.knowledge import fact_cues
from briefings.lexicon import _rows, entity_by_ko, glossary, measure_by_key
from briefings.model import Fact, Figure

PREFIX = "noun:"  # the writing stage's measure key of a noun of data/english_nouns.tsv
_QUALIFIER = "qualifier:"
_PER = "per:"
_SIGN = "sign:"
_MODIFIER = "modifier:"
_OWNER = "owner:"
_HOME = "South Korea"  # the home economy of a Korean release ("국내", "우리나라")
_ROLES = frozenset({"level", "change"})
# kinds of data/english_nouns.tsv -> (units of a level, units of a change) in the form of english_measures.tsv
_SAID_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "money": (frozenset({"money"}), frozenset({"money", "%"})),
    "count": (frozenset({"count"}), frozenset({"count", "%"})),
    "quantity": (frozenset({"quantity"}), frozenset({"quantity", "%"})),
    "x": (frozenset({"x"}), frozenset({"x"})),
    "rate": (frozenset({"%"}), frozenset({"pp"})),  # a rate or a share: its move is in percentage points
    "growth": (frozenset(), frozenset({"%"})),  # a quantity said only by its growth ("소매판매는 0.8% 늘었다")
}


@dataclass(frozen=True)
class Noun:
    """A row of data/english_nouns.tsv."""

    ko: str
    en: str
    plural: bool
    kinds: frozenset[str]
    owners: frozenset[str]

    @property
    def key(self) -> str:
        return PREFIX + self.en


@cache
def _table() -> tuple[
    tuple[Noun, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], tuple[tuple[str, str, bool], ...]
]:
    nouns: list[Noun] = []
    qualifiers: list[tuple[str, str]] = []
    pers: list[tuple[str, str]] = []
    signs: list[tuple[str, str, bool]] = []
    for r in _rows("english_nouns.tsv"):
        if len(r) < 5 or not r[0].strip() or not r[1].strip():
            continue
        if r[0].startswith(_QUALIFIER):
            qualifiers.append((r[0][len(_QUALIFIER) :], r[1]))
            continue
        if r[0].startswith(_PER):
            pers.append((r[0][len(_PER) :], " " + r[1]))
            continue
        if r[0].startswith(_SIGN):
            signs.append((r[0][len(_SIGN) :], r[1], r[2] == "balance"))
            continue
        if r[0].startswith((_MODIFIER, _OWNER)):
            continue  # read by _modifiers() and _owners()
        kinds = frozenset(k.strip() for k in r[3].split(",") if k.strip() in _SAID_KINDS)
        owners = frozenset(o.strip() for o in r[4].split("|") if o.strip())
        if kinds and owners:
            nouns.append(Noun(r[0].strip(), r[1].strip(), r[2].strip() == "pl", kinds, owners))
    listed = {re.sub(r"\s+", "", n.ko) for n in nouns}
    nouns.extend(n for n in _priced_goods() if re.sub(r"\s+", "", n.ko) not in listed)
    return tuple(nouns), tuple(qualifiers), tuple(pers), tuple(signs)


def nouns() -> tuple[Noun, ...]:
    return _table()[0]


_SIOT = 19  # the final consonant ㅅ of a Hangul syllable (사이시옷: 배추 + 값 -> 배춧값)


def _with_siot(word: str) -> str | None:
    """The word with its open last syllable closed by the genitive ㅅ ("배추" -> "배춧"), None when it is closed."""
    code = ord(word[-1]) - 0xAC00
    if not (0 <= code < 11172) or code % 28:
        return None
    return word[:-1] + chr(0xAC00 + code + _SIOT)


_Head = tuple[str, str, bool, frozenset[str], bool, str]  # (head, English with {g}, plural, kinds, glued, of)


@cache
def _price_rows() -> tuple[tuple[tuple[str, str, bool], ...], tuple[_Head, ...]]:
    """data/price_goods.tsv: (goods word, English, a home or property) rows and head rows."""
    goods: list[tuple[str, str, bool]] = []
    heads: list[_Head] = []
    for r in _rows("price_goods.tsv"):
        if len(r) >= 3 and r[0] == "goods" and r[1] and r[2]:
            goods.append((r[1], r[2], r[6:7] == ["home"]))
        elif len(r) >= 7 and r[0] == "head" and "{g}" in r[2]:
            kinds = frozenset(k.strip() for k in r[4].split(",") if k.strip() in _SAID_KINDS)
            heads.append((r[1], r[2], r[3] == "pl", kinds, r[5] == "yes", r[6]))
    return tuple(goods), tuple(heads)


def _prices(head: _Head, home: bool) -> bool:
    """Whether the head prices goods of this class ("매매가격" a home's, "출고가" a product's, "가격" any)."""
    return head[5] == "all" or head[5] == ("home" if home else "goods")


_MARKET_OWNERS = frozenset({"none", "country"})  # a composed price is a market's: "국내 쌀값" is South Korea's


@cache
def _priced_goods() -> tuple[Noun, ...]:
    """The composed prices of goods: a goods word before a price head ("배추 가격", "D램 고정거래가격": written with
    or without a space) or glued to a glued head ("쌀값", and with 사이시옷 "배춧값"), said "{goods} prices". A
    composed form that is a gazetteer name ("금값": gold) is left to its own rows."""
    names = {re.sub(r"\s+", "", e.ko) for e in glossary()}
    goods, heads = _price_rows()
    out: list[Noun] = []
    for ko, en, home in goods:
        for head in heads:
            if not _prices(head, home):
                continue
            word, head_en, plural, kinds, glued, _ = head
            forms = [ko + word] if not glued else [ko + word] + [siot + word for siot in [_with_siot(ko)] if siot]
            said = head_en.replace("{g}", en)
            out.extend(Noun(f, said, plural, kinds, _MARKET_OWNERS) for f in forms if re.sub(r"\s+", "", f) not in names)
    return tuple(out)


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of Korean words, longest first, a space inside a word optional ("고랭지 배추")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(set(words), key=len, reverse=True))


@cache
def _priced_pattern() -> str:
    """The composed prices as one regex (goods, then head), not thousands of words: an average may stand between
    them ("배추 평균 도매가격"), the space before a head is optional, a glued head has none."""
    goods, heads = _price_rows()
    names = {re.sub(r"\s+", "", e.ko) for e in glossary()}
    alts: list[str] = []
    for home in (False, True):
        words = [ko for ko, _, h in goods if h == home]
        spaced = [h[0] for h in heads if not h[4] and _prices(h, home)]
        glued = [h[0] for h in heads if h[4] and _prices(h, home)]
        alts.append(f"(?:{_alternation(words)}){_INNER}(?:{_alternation(spaced)})")
        closed = [x for w in words for x in (w, _with_siot(w)) if x and not any(x + g in names for g in glued)]
        alts.append(f"(?:{_alternation(closed)})(?:{_alternation(glued)})")
    return "|".join(alts)


@cache
def _modifiers() -> dict[str, str]:
    """Modifier rows: Korean word(s) written right before a listed noun that narrow it, and their English, said
    before the noun's ("미국 주식 보관액": "US stock holdings"). A word before the noun with no row abstains."""
    return {
        re.sub(r"\s+", " ", r[0][len(_MODIFIER) :].strip()): r[1].strip()
        for r in _rows("english_nouns.tsv")
        if len(r) >= 2 and r[0].startswith(_MODIFIER) and r[1].strip()
    }


@cache
def _owners() -> tuple[tuple[str, str], ...]:
    """Owner rows: a common noun phrase that owns a series in the genitive ("국내 투자자의 …": "Korean investors"),
    longest first."""
    rows = [
        (re.sub(r"\s+", " ", r[0][len(_OWNER) :].strip()), r[1].strip())
        for r in _rows("english_nouns.tsv")
        if len(r) >= 2 and r[0].startswith(_OWNER) and r[1].strip()
    ]
    return tuple(sorted(rows, key=lambda kv: -len(kv[0])))


_PLURAL = "(?:들)?"  # "카드사들의", "보험사들은": a plural of a collective owner is the same owner
_NOT_IN_WORD = r"(?<![가-힣A-Za-z0-9])"


@cache
def _owner_patterns() -> tuple[tuple[str, str], ...]:
    """The owner rows as regex text (their words with any spacing, an optional plural 들), longest first."""
    return tuple((_NOT_IN_WORD + r"\s*".join(re.escape(w) for w in ko.split()) + _PLURAL, en) for ko, en in _owners())


@cache
def _owner_re(said: str, tail: str) -> re.Pattern[str]:
    """An owner row's pattern followed by ``tail``, compiled once: the rows' patterns outnumber re's own cache, which
    they emptied on every noun phrase (each call compiled them all again)."""
    return re.compile(said + tail)


@cache
def _owner_first_word() -> dict[str, str]:
    """Each owner pattern's first word ("5대 은행": "5대"), written as it is in any text the pattern matches: a text
    without it is not searched (nor its patterns compiled)."""
    return {said: (ko.split() or [""])[0] for (said, _), (ko, _) in zip(_owner_patterns(), _owners(), strict=True)}


def _owner_words_end(words: Sequence[str]) -> bool:
    """Whether the words end with a collective owner written right before the noun phrase with no particle
    ("5대 은행 가계대출 연체율은", "국내 카드사 연체율은"): the owner names who the noun is of, it narrows nothing."""
    text = " ".join(words) + " "
    first = _owner_first_word()
    return any(first[said] in text and _owner_re(said, r"\s+$").search(text) for said, _ in _owner_patterns())


def _strip_qualifiers(before: str) -> str:
    """The text before a noun phrase without the qualifier words ending it ("카드사 평균 " -> "카드사 ")."""
    quals = {ko for ko, _ in _table()[1]}
    words = before.split()
    while words and words[-1] in quals:
        words.pop()
    return " ".join(words) + " " if words else ""


_JOINT = re.compile(r"(?:[·‧ㆍ/]|(?:와|과|및)\s)\s*$")  # "현대차·기아의", "현대차와 기아의": two owners, not the last


def _modifiers_before(words: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """The modifier words ending ``words`` (longest rows first, one or more of them in a row) and their English in
    the order written; the words left before them."""
    answer, _ = _modifier_run(words)
    return answer


def _modifier_run(words: list[str]) -> tuple[tuple[list[str], tuple[str, ...]], int]:
    """_modifiers_before's answer, and the index in ``words`` of the first modifier word (len(words): none)."""
    said: list[str] = []
    rest = list(words)
    first = len(words)
    qualifiers = {ko for ko, _ in _table()[1]}
    while rest:
        for k in (3, 2, 1):
            if len(rest) >= k and " ".join(rest[-k:]) in _modifiers():
                said.insert(0, _modifiers()[" ".join(rest[-k:])])
                del rest[-k:]
                first = len(rest)
                break
        else:
            if len(rest) >= 2 and rest[-1] in qualifiers:
                del rest[-1]  # "국제선 평균 탑승률": a qualifier (said by _qualifiers) between; the word before counts
                continue
            break
    return (rest, tuple(said)), first


def _bare(en: str) -> str:
    return en[4:] if en.startswith("the ") else en


@cache
def measures() -> dict[str, tuple[str | None, float, frozenset[str], frozenset[str], frozenset[str]]]:
    """The nouns as writing-stage measures, in the form of wording's english_measures.tsv table: (noun, weight,
    level units, change units, subject types). A rate changes in percentage points; money and counts also in %."""
    out: dict[str, tuple[str | None, float, frozenset[str], frozenset[str], frozenset[str]]] = {}
    for n in nouns():
        level: set[str] = set()
        change: set[str] = set()
        for k in n.kinds:
            level |= _SAID_KINDS[k][0]
            change |= _SAID_KINDS[k][1]
        entry = (_bare(n.en), 1.5, frozenset(level), frozenset(change), n.owners)
        out.setdefault(n.key, entry)
    return out


def is_noun(measure: str | None) -> bool:
    return bool(measure) and (measure or "").startswith(PREFIX)


# --------------------------------------------------------------------------- finding the clause and its noun

# the noun as its clause's topic or object; never "[noun]의 N%" (a share of it) nor a modifier of a longer noun
_PARTICLE = r"(?:\s*\([^()]{1,24}\))?['’\"”]?(?:은|는|이|가|도|을|를)?(?=\s|$|[0-9])"  # "'김치 프리미엄' 3.8%"
_INNER = r"\s*(?:평균\s*)?"  # "휘발유 평균 판매가격": an average written inside the noun phrase


@cache
def _noun_pattern() -> re.Pattern[str]:
    priced = set(_priced_goods())
    words = sorted({n.ko for n in nouns() if n not in priced}, key=len, reverse=True)
    alts = ["".join(_INNER if ch == " " else re.escape(ch) for ch in w) for w in words]
    alts.append(_priced_pattern())  # data/price_goods.tsv: goods word + price head
    return re.compile(r"(?<![가-힣A-Za-z])(" + "|".join(alts) + r")" + _PARTICLE)


@cache
def _ko_of() -> dict[str, Noun]:
    out: dict[str, Noun] = {}
    for n in nouns():
        out.setdefault(re.sub(r"\s+", "", n.ko), n)
    return out


def _listed(surface: str) -> Noun | None:
    """The row of a matched noun surface: as written (a row holding 평균 itself: "평균 연봉", "월평균 소득"), else
    without an average written inside the phrase ("휘발유 평균 판매가격": the row 휘발유 판매가격)."""
    bare = re.sub(r"\s+", "", surface)
    return _ko_of().get(bare) or _ko_of().get(bare.replace("평균", ""))


# a comma, a connective ending, or a headline's ellipsis between two statements ("전기요금 오른다…산업용 N",
# "운임 하락…지수 1482선"): the noun of the clause before it is not the topic of a figure after it
_BOUNDARY = re.compile(r",\s*|\s*(?:…|\.{3})\s*|[가-힣](?:고|며|으며|면서|지만)\s+")
_PAST = 20  # final consonant ㅆ of a Hangul syllable: "늘었고", "쌌고"
_CONNECTIVE_STEMS = frozenset("하되이")


def _is_boundary(m: re.Match[str]) -> bool:
    s = m.group(0)
    if s.startswith(",") or s.strip().startswith(("…", "...")):
        return True
    ch = s[0]
    code = ord(ch) - 0xAC00
    return (0 <= code < 11172 and code % 28 == _PAST) or ch in _CONNECTIVE_STEMS or s[1:].startswith(("으며", "면서"))


def clause(text: str, figure: Figure, lo: int, hi: int) -> tuple[int, int]:
    """The clause of the sentence [lo, hi) that holds the figure: from the last boundary before it to the next."""
    start, end = lo, hi
    for m in _BOUNDARY.finditer(text, lo, hi):
        if not _is_boundary(m):
            continue
        if m.end() <= figure.start:
            start = m.end()
        elif m.start() >= figure.end:
            end = m.start()
            break
    return start, end


# a word marked as a topic or subject between the noun and the figure: another topic, so not this noun's figure
_OTHER_TOPIC = re.compile(r"(?<![0-9])[가-힣]{2,}(?:은|는|이|가)\s")
_OBJECT_END = re.compile(r"(?:을|를)$")
_VERB_BETWEEN = re.compile(r"[가-힣](?:해|하여|하고|하며|해서)\s")  # "채무를 포함해 N": the noun is another verb's object
_OBJECT_AFTER = re.compile(r"^\s*(?:어치)?(?:을|를)\s+(\S+)")


def _acted_on(after: str) -> bool:
    """Whether the figure is the object of a verb that acts on an amount ("차입금 1조원을 상환했다", "채무 2조원을
    갚는다"): it is what was repaid or spent, not the noun's level. A verb that records a level ("N을 기록했다",
    "N을 넘어섰다", fact_cues.tsv level_verb) keeps it."""
    m = _OBJECT_AFTER.match(after)
    if m is None:
        return False
    return not any(m.group(1).startswith(w) for w in fact_cues().words("level_verb"))


_SUPERLATIVE = re.compile(r"가장|최고치|최저치")
_PER_CUE = re.compile(r"(\S+당)\s*(?:평균\s*)?(?:약\s*)?[0-9]")  # "3.3㎡당 평균 6850만원": the average is per unit too
_PRICE_WORDS = ("price", "fare", "tariff", "freight", "wage", "pay", "salary")
_ANAPHORA = ("이 회사", "해당 업체", "해당 기업", "이 업체", "동사", "회사 측", "회사측")
_GENITIVE = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]+)의\s+(?:[^\s]+\s+){0,3}$")
# the genitive farther from the noun: only periods, qualifiers and modifiers between ("A의 올해 1~10월 누적 …")
_FAR_GENITIVE = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]+)의\s+((?:[^\s]+\s+){4,6})$")


def _far_genitive(before: str) -> re.Match[str] | None:
    m = _FAR_GENITIVE.search(before)
    if m is None:
        return None
    words = m.group(2).split()
    rest, _ = _modifiers_before(words)
    quals = {ko for ko, _ in _table()[1]}
    ok = all(
        _PERIOD_WORD.search(w)
        or w in quals
        or re.fullmatch(r"[0-9~.\-]+(?:월|분기|년|일)?", w)
        or _known_frame(w)  # "DB손해보험의 올해 1~10월 누적 자동차보험 손해율은": periods and frames name no owner
        or _is_qualifier(w)
        or not re.search("[가-힣]", w)
        for w in rest
    )
    return m if ok else None


_WIDE = "wide"  # english_nouns.tsv owner: a market-wide count, the market's even in one company's story
_UNKNOWN = "\0"  # an owner named in the genitive that the gazetteer does not know: not said
_HOME_WORDS = re.compile(r"(?:국내|우리나라|우리 경제|한국 경제)\s*$")


@dataclass(frozen=True)
class Found:
    noun: Noun
    start: int  # where the noun stands
    end: int
    qualifiers: tuple[str, ...]  # English words said before the noun ("national", "average")
    per: str  # " a litre" for a price per unit, else ""
    sign: str = ""  # "a surplus of" for a balance's level written with its sign ("95억달러 흑자")
    modifiers: tuple[str, ...] = ()  # English of the modifier words right before the noun ("US stock")
    at: int = -1  # where the noun phrase starts, its modifiers included (start when it has none)


@cache
def _per_units() -> dict[str, str]:
    return dict(_table()[2])


@cache
def _numbered_units() -> dict[str, str]:
    """The units of data/english_per_units.tsv written with a number before them (figure column "number"): the
    unit word ("㎏당") -> its English with N for the number ("per N kg")."""
    return {r[0][1:]: r[1] for r in _rows("english_per_units.tsv") if len(r) >= 3 and r[2] == "number"}


_NUMBERED = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)\s*([^\s0-9]+당)$")


def numbered_per(cue: str) -> str | None:
    """A per-unit cue written with a number ("20㎏당", "100g당", "3.3㎡당"), said per that many units
    (" per 20 kg"); None when the cue has no number, or when the number is 1 (the unit's own row says it: "1ℓ당" is
    "a litre"). "" when the cue has a number but its unit no English: a price per 20 kg is never said per one."""
    m = _NUMBERED.search(cue)
    if m is None or m.group(1) == "1":
        return None
    en = _numbered_units().get(m.group(2))
    return "" if en is None else " " + en.replace("N", m.group(1))


def _hits(text: str, figure: Figure, lo: int, hi: int) -> list[re.Match[str]]:
    """The listed nouns written as topics in the figure's clause before it (matched in the clause's own text)."""
    c_lo = _past_source(text, clause(text, figure, lo, hi)[0], figure.start)
    return list(_noun_pattern().finditer(text[c_lo : figure.start]))


def _past_source(text: str, c_lo: int, at: int) -> int:
    """The start of a clause's own words: after its last source frame ("금감원이 발표한 '9월 말 보험회사
    지급여력비율 현황'에 따르면 보험사 K-ICS 비율은 N": the report's title names the release, not the figure's topic)."""
    for m in _SOURCE_FRAME.finditer(text, c_lo, at):
        c_lo = m.end()
    return c_lo


def _surface(m: re.Match[str]) -> str:
    return m.group(1)


@lru_cache(maxsize=512)
def find(text: str, figure: Figure, lo: int, hi: int) -> Found | None:
    """The listed noun that is the topic of the figure's own clause, or None (none, two, or the clause says what
    these rows cannot: a superlative, an unknown per-unit price).  Kept for the last few hundred figures: the
    English writer and ``series_subjects`` both ask for each figure (all four inputs are immutable)."""
    c_lo, c_hi = clause(text, figure, lo, hi)
    c_lo = _past_source(text, c_lo, figure.start)
    head = text[c_lo : figure.start]
    hits = _hits(text, figure, lo, hi)
    if not hits:
        return None
    kinds = {_listed(m.group(1)) for m in hits}
    kinds.discard(None)
    if len({n.en for n in kinds if n is not None}) != 1:
        return None  # two candidate nouns in one clause: whose figure is unsure
    last = hits[-1]
    noun = _listed(last.group(1))
    if noun is None:
        return None
    between = head[last.end() :]
    signed = _signed_topic(between) if _BALANCE.search(noun.en) and not last.group(0)[len(last.group(1)) :] else None
    if _OTHER_TOPIC.search(between + " ") and signed is None:
        return None  # "[noun]은 … [other]이 N": the figure is another topic's
    if signed is None and _modifies_next(last, between):
        return None  # "재고 평가손 45억 달러": the bare noun modifies the next noun, whose figure it is
    if _acted_on(text[figure.end : c_hi]) or (_OBJECT_END.search(last.group(0)) and _VERB_BETWEEN.search(between)):
        return None  # "차입금 1조원을 상환했다", "채무를 포함해 3조원": an amount acted on, not the noun's level
    if _SUPERLATIVE.search(text[figure.end : c_hi]) or _SUPERLATIVE.search(between):
        return None  # "N원으로 가장 비쌌다": a rank these rows cannot say
    sign = ""
    signs = [(w, en, bal) for w, en, bal in _table()[3] if w in text[figure.end : c_hi] or w in between]
    if signs:
        w, en, balance = signs[0]
        if len(signs) > 1 or not balance or not _BALANCE.search(noun.en):
            return None  # "12억달러 손실": a sign or sense these rows cannot say ("was US$1.2 billion" would lose it)
        if w != signed and not re.match(r"\s*(?:의\s*)?" + re.escape(w), text[figure.end : c_hi]):
            return None  # "흑자로 전환": a sign written elsewhere in the clause is not the level's
        sign = f"a {en} of"
    per = ""
    cue = None
    for m in _PER_CUE.finditer(text, lo, figure.end):
        cue = m.group(1)
    if cue is not None:
        said = numbered_per(cue)  # "20㎏당 6만5120원": per 20 kg, never "a kilogram"
        if said is None:
            said = next((en for ko, en in _per_units().items() if cue.endswith(ko)), None)
        elif not said:
            said = None  # a number of a unit with no English: abstain like an unknown unit
        priced = any(w in noun.en for w in _PRICE_WORDS)
        inside = text.find(cue, c_lo, figure.end) >= 0
        if said is None and (priced or inside):
            return None  # "ℓ당 1,650원" with no English for the unit: said bare it reads as a total
        if said is not None and priced:
            per = said
        elif inside:
            return None
    if _SHARE_BEFORE.search(text[max(lo, figure.start - 12) : figure.start]):
        return None  # "전체의 48%", "매출액의 37%": a share of another amount, not the noun's level
    spans = list(re.finditer(r"\S+", head[: last.start()]))
    (words, modifiers), first = _modifier_run([w.group(0) for w in spans])
    at = c_lo + (spans[first].start() if first < len(spans) else last.start())  # the phrase's first modifier
    phrase_ko = text[at : c_lo + last.end()]
    if (
        words
        and not _known_word(words[-1])
        and not _ends_phrase(words)
        and words[-1] != _EXAMPLES
        and not _owner_words_end(words)
        and scope_region(" ".join(words) + " ", phrase_ko, noun) is None
    ):
        return None  # "북미 수주잔고", "해외 입주 물량": a word narrows the noun, and its English is unknown
    if modifiers and _DWELLING.search(noun.en) and any(re.match(re.escape(a) + r"(?![가-힣])", phrase_ko) for a in _assets()):
        return None  # "아파트 미분양 주택": an asset word before a noun that names a dwelling would be said twice
    if modifiers and words and words[-1] == _EXAMPLES:
        return None
    qualifiers = _qualifiers(text, lo, c_lo, c_lo + last.start(), last.group(1), noun)
    if qualifiers is None:
        return None
    return Found(noun, c_lo + last.start(), c_lo + last.end(), qualifiers, per, sign, modifiers, at)


_FIGURE_WITH_LO = re.compile(r"[0-9].*(?:으로|로)$")  # "113조9400억원으로": a figure the phrase before ends with
_POSTPOSITION_VERBS = frozenset({"통해", "위해", "향해", "대해", "의해", "관해", "비해", "대비해"})


def _phrase_end(words: Sequence[str]) -> int:
    """The index in ``words`` (before a listed noun) right after the last word that ends a phrase of its own: a
    figure with 으로/로 ("순자산 113조9400억원으로 점유율 N", the amount the topic holds) or a verb in 해 after its
    object ("6550만대를 출하해 점유율 N": it shipped, then the share); 0 when none does. A postposition written as
    a verb ("고객을 통해", "전년에 비해") ends no phrase."""
    end = 0
    for k, w in enumerate(words):
        if _FIGURE_WITH_LO.search(w):
            end = k + 1
        elif (
            k > 0
            and w.endswith("해")
            and len(w) >= 3
            and w not in _POSTPOSITION_VERBS
            and re.search(r"(?:을|를)$", words[k - 1])
        ):
            end = k + 1
    return end


def _ends_phrase(words: Sequence[str]) -> bool:
    """Whether the word right before a listed noun ends a phrase of its own (``_phrase_end``): the noun then is not
    narrowed by it."""
    return bool(words) and _phrase_end(words) == len(words)


_BETWEEN_WORDS = frozenset(
    {"약", "총", "모두", "각각", "무려", "평균", "기준", "대비", "전년", "전월", "전기", "같은", "기간", "동기", "연", "월",
     "하루", "연간", "누적", "합계", "전체", "잠정", "잠정치", "집계", "최대", "최소", "역대", "사상"}
)
_PARTICLE_END = re.compile(r"(?:은|는|이|가|도|을|를)$")


def _modifies_next(hit: re.Match[str], between: str) -> bool:
    """Whether a listed noun written bare (no particle) is followed, before the figure, by a Korean word that is no
    period, base, frame or qualifier: then the noun modifies that word ("재고 평가손 45억 달러": an inventory
    write-down, not inventories; "가입자 유치 비용 N"), and the figure is the other noun's."""
    if _PARTICLE_END.search(hit.group(0).rstrip()) or re.search(r"\)\s*$", hit.group(0)):
        return False
    for w in between.split():
        if not re.search("[가-힣]", w) or w in _BETWEEN_WORDS or _known_frame(w) or _is_qualifier(w):
            continue
        if _BASE_WORDS.search(w) or re.search(r"(?:보다|대비|比|기준|새|만에|째)$", w):
            continue
        return True
    return False


_BALANCE = re.compile(r"\b(?:account|balance)\b")  # a noun whose level may be a surplus or a deficit


def _signed_topic(between: str) -> str | None:
    """The sign word of a balance written as the topic right after its bare noun ("여행수지 적자가 9억8천만달러로",
    "경상수지 흑자는 N"): the level is that balance's deficit or surplus, never another topic's figure. Only the
    sign word with its particle and nothing else between the noun and the figure ("여행수지 적자 규모는": no)."""
    for w, _en, balance in _table()[3]:
        if balance and re.fullmatch(r"\s+" + re.escape(w) + r"(?:은|는|이|가)\s+(?:약\s+)?", between):
            return w
    return None
_SHARE_BEFORE = re.compile(r"의\s*(?:약\s*)?$")
# a word that may stand right before the noun and narrows nothing we would not say: a period or a date, a word of
# discourse, a qualifier or a home word (said), an owner in the genitive or as the topic (resolved by the caller)
_PERIOD_WORD = re.compile(
    r"(?:[0-9]+(?:월|분기|년|일|주)|말|기준|올해|올|작년|지난해|내년|상반기|하반기|연간|현재|당시|이달|지난달|^달|전월|이날)$"
)
_DISCOURSE = frozenset(
    {"한편", "또", "또한", "특히", "이에", "다만", "반면", "이어", "아울러", "이중", "그중", "이", "해당"}
)
_TOPIC_WORD = re.compile(r"[가-힣A-Za-z0-9&]+(?:은|는|이|가)$")
_FRAME_WORD = re.compile(
    r"(?:별로|별로는|별로도|보면|보면은|살펴보면|따르면)$"
)  # "부문별로 보면 [A]는 N": a breakdown frame


def _is_qualifier(word: str) -> bool:
    return any(word == ko for ko, _ in _table()[1])


def _known_frame(word: str) -> bool:
    """A word before an elided topic that names no owner: a period, a word of discourse, a breakdown frame."""
    return bool(_PERIOD_WORD.search(word) or word in _DISCOURSE or _FRAME_WORD.search(word))


def _is_qualifier(word: str) -> bool:
    """A qualifier word of data/english_nouns.tsv ("국제선", "평균"): said before the noun, it names no owner."""
    return any(word == ko for ko, _ in _table()[1])


_EXAMPLES = "등"  # "국채 등 유가증권": the noun with examples of it, still the noun


def _known_word(word: str) -> bool:
    if word.endswith("의") or _PERIOD_WORD.search(word) or word in _DISCOURSE or _TOPIC_WORD.match(word):
        return True
    if _FRAME_WORD.search(word):
        return True
    if _is_qualifier(word) or _HOME_WORDS.search(word):
        return True
    return not re.search("[가-힣]", word)  # a figure, a date or a bracket: no Korean word narrowing the noun


@cache
def _own_word(ko: str) -> re.Pattern[str]:
    """A qualifier as a word of its own (a space after it; "국제수지" holds no 국제), compiled once."""
    return re.compile(r"(?<![가-힣])" + re.escape(ko) + r"(?=\s)")


_WHOLE = "전체"


def _whole_of_owner(own: str) -> bool:
    """Whether 전체 ("all", "as a whole") follows a collective owner in the clause ("보험사 전체", "은행권 전체의"):
    it says the owner is taken whole, the owner's English says so; it makes no "total" series."""
    return any(re.search(said + r"\s*" + _WHOLE + r"(?:의)?\s", own) for said, _ in _owner_patterns())


def _qualifiers(text: str, lo: int, c_lo: int, at: int, surface: str, noun: Noun) -> tuple[str, ...] | None:
    """Qualifier words said before the noun: those before it in its own clause, those written once at the head of
    the sentence before its first listed noun (they belong to every item), and an average written inside the noun
    phrase. None when an earlier item of the sentence has a qualifier this one would lose ("국제 휘발유 가격은 N,
    경유 가격은 M": is the diesel price the international one?)."""
    first = _noun_pattern().search(text, lo, at + len(surface))
    head_end = first.start() if first is not None else at
    own, head, earlier = text[c_lo:at], text[lo : min(head_end, c_lo)], text[min(head_end, c_lo) : c_lo]
    out: list[tuple[int, str]] = []
    for order, (ko, en) in enumerate(_table()[1]):
        if en in noun.en or ko in noun.ko:
            continue
        word = _own_word(ko)
        if ko == _WHOLE and _whole_of_owner(own):
            continue  # "보험사 전체 K-ICS 비율": the whole industry's ratio, said by its owner ("insurers'")
        if word.search(own) or word.search(head) or ko in surface:
            out.append((order, en))
        elif word.search(earlier):
            return None
    return tuple(en for _, en in sorted(out))


# --------------------------------------------------------------------------- the fact with its noun


def _types() -> dict[str, frozenset[str]]:
    return _types_cache()


@cache
def _types_cache() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for e in glossary():
        out.setdefault(e.en, set()).add(e.type)
    return {k: frozenset(v) for k, v in out.items()}


def main_subject(facts: Sequence[Fact]) -> str | None:
    """The company the facts are clearly about: the most frequent company subject, well ahead of the next."""
    counts = Counter(f.subject for f in facts if f.subject and "company" in _types().get(f.subject, frozenset()))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]):
        return None
    return ranked[0][0]


_BASE_WORDS = re.compile(r"대비|보다|에 비해|比|전월|전년|전기|전분기|전주|직전")


_SOURCE_FRAME = re.compile(r"(?:따르면|발표한|밝힌|집계한|내놓은|공개한|공시한)\s")
_BASE_AFTER = re.compile(r"\s*(?:말|초|중|동기|같은 기간)?\s*(?:보다|대비|에 비해|比)")


def _undated_period(text: str, figure: Figure, c_lo: int, figures: Sequence[Figure]) -> bool:
    """Whether the figure's clause names a period (a date figure, "9월 말", "올해") before it; a day of the release
    before its source frame ("6일 발표한 … 통계에 따르면") is the release's, not the figure's."""
    for m in _SOURCE_FRAME.finditer(text, c_lo, figure.start):
        c_lo = m.end()
    spans = [m.span() for p in _span_patterns() for m in p.finditer(text, c_lo, figure.start)]
    for g in figures:
        if g.kind == "date" and c_lo <= g.start < figure.start and not _BASE_AFTER.match(text, g.end):
            if any(a <= g.start and g.end <= b for a, b in spans):
                continue  # "1~11월 누적": a span the writer says ("in January-November", data/english_periods.tsv)
            return True  # "지난해 말보다" is the base of a move, not its period
    words = _unspanned(text[c_lo : figure.start], [(a - c_lo, b - c_lo) for a, b in spans]).split()
    for i, w in enumerate(words):
        if w in {"이날", "현재"} or not _PERIOD_WORD.search(w):
            continue
        if not any(_BASE_WORDS.search(x) for x in words[i : i + 3]):
            return True  # "3분기 말 부채비율은": of a period; "지난해 말보다" is the base of a move, not its period
    return False


@cache
def _span_patterns() -> tuple[re.Pattern[str], ...]:
    """The span rows of data/english_periods.tsv ("1~4월 누적"): periods the writer says with a level or a change."""
    return tuple(re.compile(r[1]) for r in _rows("english_periods.tsv") if len(r) >= 3 and r[0] == "span")


def _unspanned(head: str, spans: Sequence[tuple[int, int]]) -> str:
    """The head with its spans blanked out (their words are said, so they leave no period unsaid)."""
    for a, b in spans:
        head = head[:a] + " " * (b - a) + head[b:]
    return head


def _stem(cue: str) -> str:
    return re.sub(r"(?:은|는|이|가|도|을|를)$", "", cue) if len(cue) > 2 else cue


def _cue_inside_noun(text: str, measure: str | None, figure: Figure, lo: int, hi: int) -> bool:
    """Whether the core measure's cue in the figure's clause is only part of a longer listed noun, its topic
    ("국세수입은", "원유 수입은": the cue 수입 (imports) inside national tax revenue, crude oil imports): the listed
    noun is the more specific reading and speaks. Never when the cue also stands on its own in the clause."""
    m = measure_by_key().get(measure or "")
    if m is None or not any(m.cues):
        return False  # a measure read from the figure's unit ("1년": a duration), not from a noun
    found = find(text, figure, lo, hi)
    if found is None:
        return False
    c_lo, c_hi = clause(text, figure, lo, hi)
    head = text[c_lo : figure.start]
    phrase_start = found.at if found.at >= 0 else found.start
    surface = text[phrase_start : found.end]
    stems = {_stem(c) for c in m.cues if c}
    if not any(w and _spaced_anyhow(w).search(text[c_lo:c_hi]) for w in stems):
        return True  # the measure is carried from another clause; this clause's own topic is the listed noun
    bare = re.sub(r"\s+", "", _stem(re.sub(r"\s*\([^()]*\)", "", surface)))
    if not any(w and w in surface and len(re.sub(r"\s+", "", w)) < len(bare) for w in stems):
        return False
    rest = _noun_pattern().sub(" ", head[: phrase_start - c_lo] + " " + head[found.end - c_lo :])
    rest = _glued_cue(tuple(sorted(w for w in stems if w))).sub(" ", rest) if stems else rest
    return not any(_word_start(w).search(rest) for w in stems if w)


@lru_cache(maxsize=256)
def _glued_cue(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the cue stems glued after Korean syllables ("국세수입", "원유수입"), the longest stem first (the same
    pattern whatever order the stems' set had), compiled once per measure."""
    return re.compile(r"[가-힣]+(?:" + "|".join(re.escape(w) for w in sorted(stems, key=len, reverse=True)) + r")")


@cache
def _spaced_anyhow(word: str) -> re.Pattern[str]:
    """``word`` with any spaces between its characters ("투자 규모", "투자규모"), compiled once."""
    return re.compile(r"\s*".join(map(re.escape, word.replace(" ", ""))))


@cache
def _word_start(word: str) -> re.Pattern[str]:
    """``word`` not glued to a Korean syllable before it, compiled once."""
    return re.compile(r"(?<![가-힣])" + re.escape(word))


def _fuller_in_body(figure: Figure, figures: Sequence[Figure]) -> bool:
    """Whether a body sentence states the title's figure again (same value and unit): the title is the body's
    summary, and the body's sentence says the figure with all its words ("…탑승률 88.6%" in the title, "국제선 평균
    탑승률은 88.6%로" in the body), so the title's is left to it."""
    return any(
        g.sentence > 0 and g.kind == figure.kind and g.value == figure.value and g.unit == figure.unit for g in figures
    )


def _release_day(text: str, day: str, figure: Figure, lo: int, figures: Sequence[Figure]) -> bool:
    """Whether the fact's day is only the day of a release ("29일 발표한 … 에 따르면 3분기 출하량은 N": the
    shipments are the quarter's) or the end of a span ("1월 1일부터 지난달 30일까지 … 관광객이 N"), not the day
    a stock stands at ("30일 기준 … 보관액은 N", "이날 … 가격은 N")."""
    for g in figures:
        if g.kind != "date" or str(g.value) != day or not (lo <= g.start < figure.start):
            continue
        if _SPAN_END.match(text, g.end) or _SOURCE_FRAME.search(text, g.end, figure.start):
            return True
    return False


_SPAN_END = re.compile(r"\s*까지")


_LEVEL_BEFORE = re.compile(r"[0-9]\s*(?:으로|로)\s+(?:[가-힣]+\s+){0,2}$")


def _span_period(text: str, figure: Figure, c_lo: int, figures: Sequence[Figure]) -> str | None:
    """The period a series is of when the facts stage dated it with none: the only date figure of the clause before
    the figure (after any source frame), not the base of a move, and a quarter, a month or a span of months of one
    year ("1~10월 국세수입은 N": "2026-01", the span figure's value, said with its English "January-October
    2026"). None otherwise."""
    for m in _SOURCE_FRAME.finditer(text, c_lo, figure.start):
        c_lo = m.end()
    dates = [g for g in figures if g.kind == "date" and c_lo <= g.start < figure.start]
    if len(dates) != 1:
        return None
    d = dates[0]
    value, high = str(d.value), str(d.high or "")
    if d.high is None and re.fullmatch(r"(?:\d{4}|-)-(?:\d{2}|Q[1-4])", value):
        return None if _BASE_AFTER.match(text, d.end) else value  # "올해 3분기 … 출하량은": of that quarter
    if not (re.fullmatch(r"\d{4}-\d{2}", value) and re.fullmatch(r"\d{4}-\d{2}", high)) or value[:4] != high[:4]:
        return None
    if _BASE_AFTER.match(text, d.end):
        return None
    return value


_LAST_MONTH = re.compile(r"(?<![가-힣])지난달(?![가-힣])")


def _report_month(text: str, figure: Figure, lo: int, c_lo: int, figures: Sequence[Figure]) -> str | None:
    """The month of a monthly report named in the clause's source frame, for a series its clause dates only
    "지난달" ("지지옥션이 발표한 '11월 경매동향 보고서'에 따르면 지난달 서울 아파트 낙찰가율은 N": November, also
    when the article has no date to resolve 지난달 against): a monthly release is titled by the month it surveys.
    None unless the frame names exactly one month and the clause after it no other date."""
    own = _past_source(text, c_lo, figure.start)
    if own == c_lo or not _LAST_MONTH.search(text, own, figure.start):
        return None
    if any(g.kind == "date" and own <= g.start < figure.start for g in figures):
        return None
    months = [
        str(g.value)
        for g in figures
        if g.kind == "date" and c_lo <= g.start < own and g.high is None
        and re.fullmatch(r"(?:\d{4}|-)-\d{2}", str(g.value))
    ]
    return months[0] if len(months) == 1 else None


def _level_in(fact: Fact, figures: Sequence[Figure], lo: int, hi: int) -> bool:
    if fact.role != "level" or fact.figure is None or not (0 <= fact.figure < len(figures)):
        return False
    return lo <= figures[fact.figure].start < hi


def with_noun(
    text: str,
    fact: Fact,
    figure: Figure,
    sentence: tuple[int, int],
    facts: Sequence[Fact],
    main: str | None,
    figures_of: Sequence[Figure] = (),
) -> Fact | None:
    """The fact said with its clause's noun (its measure the noun's key, its subject its clause's owner or none),
    None when the noun is found but the fact cannot be said truly, or the fact unchanged when no noun applies."""
    # a figure in points the facts stage read as an index's level but with no index of the gazetteer
    # ("소비자심리지수는 94.6으로 2.3포인트 하락"): a listed index noun of kind quantity may say it
    pointed = fact.measure == "index_level" and fact.subject is None
    lo, hi = sentence
    if fact.role not in _ROLES or figure.kind == "date" or not (lo <= figure.start < hi):
        return fact
    if fact.measure not in (None, "other") and not pointed:
        if fact.subject is not None or not _cue_inside_noun(text, fact.measure, figure, lo, hi):
            return fact
        fact = replace(fact, measure="other")  # "국세수입은": the cue 수입 heads a listed noun, tax revenue
    if "aggregate" in _types().get(fact.subject or "", frozenset()) and (fact.subject_ko or "\0") in text[lo:hi]:
        if (fact.subject_ko or "") in text[clause(text, figure, lo, hi)[0] : figure.start]:
            if not _aggregate_inside_noun(text, fact.subject_ko or "", figure, lo, hi):
                return fact  # "가계부채는 1900조원": an economy-wide quantity of the gazetteer, said by its own rows
            fact = replace(fact, subject=None, subject_ko=None, measure="other")  # "가계대출 연체율": the rate's
    hits = _hits(text, figure, lo, hi)
    if not hits:
        return fact
    surface = _surface(hits[-1])
    ko = fact.subject_ko or ""
    if ko and fact.subject is None and re.sub(r"\s+", "", ko) == re.sub(r"\s+", "", surface):
        fact = replace(fact, subject_ko=None)  # "이자이익이 N": the listed noun read as an unknown name is the noun
        ko = ""
    if ko and surface in ko and (fact.subject is not None or ko in entity_by_ko()):
        return fact  # "국제유가가 6% 올랐다": the noun is a name of the gazetteer, said by its own rows
    wider = bool(ko) and ko in surface  # "휘발유 평균 판매가격": a gazetteer name inside a longer noun phrase
    c_lo, c_hi = clause(text, figure, lo, hi)
    carried = bool(ko) and ko not in text[c_lo : figure.start]  # the subject is another clause's or sentence's
    found = find(text, figure, lo, hi)
    if found is None:
        # said as the bare name, the phrase's qualifier or unit would be lost; a subject carried into a clause
        # whose own topic is a listed noun is the previous item's ("국제 휘발유 가격은 N, 경유 가격은 M")
        return None if wider or carried else fact
    noun = found.noun
    if found.sign and _signed_topic(text[found.end : figure.start]) is not None:
        if fact.date is None:
            return None if wider or carried else fact  # "관리재정수지 적자는 109조원": undated, it may be a plan's balance
        if any(g.kind == "date" and lo <= g.start < c_lo for g in figures_of):
            return None if wider or carried else fact  # "10월 초 연휴에 출국자가 늘면서 여행수지 적자가": another clause's time
    if _not_a_level(text, figure, c_lo, c_hi, hi, any(w in noun.en for w in _PRICE_WORDS)):
        return None if wider or carried else fact
    if pointed and "quantity" not in noun.kinds:
        return fact  # an index level is said only by a noun whose level is in points
    lost = None if wider or carried else fact  # not said here: by its own rows only if its subject is its own
    if fact.sentence == 0 and _fuller_in_body(figure, figures_of):
        return lost  # "…탑승률 88.6%" in the title, "국제선 평균 탑승률은 88.6%" in the body: the body says more
    if fact.role == "level" and _LEVEL_BEFORE.search(text[c_lo : figure.start]):
        return lost  # "78로 6포인트 내렸다": the level is the bare number before; this figure is its move
    if _future_after(text, figure, hi):
        return lost  # "점포 수는 올해 말 390개로 줄어든다": a projection, not a level that was
    day = fact.date is not None and len(fact.date) == len("2026-01-01")
    if day and _release_day(text, fact.date or "", figure, lo, figures_of):
        fact = replace(fact, date=None)  # a series is of a period; a day is its release's, not its own
    if fact.date is None and _undated_period(text, figure, c_lo, figures_of):
        span = _span_period(text, figure, c_lo, figures_of) or _report_month(text, figure, lo, c_lo, figures_of)
        if span is None:
            return lost
        # "3분기 평균 … 86달러" with no date the facts stage could read: dated by the clause's only period (a
        # quarter, a month, a span of months: "1~10월 국세수입은 N", a cumulative series), else not said
        fact = replace(fact, date=span)
    if fact.role == "change" and not _BASE_WORDS.search(text[lo : figure.start]):  # a base written once: the list's
        if not any(_level_in(g, figures_of, c_lo, c_hi) for g in facts if g.sentence == fact.sentence):
            return lost  # a move with no base and no level in its clause: against what?
    subject = _owner(text, fact, found, c_lo, lo, facts, main)
    if subject == _UNKNOWN:
        return lost
    if subject in _region_names() and day and not _day_written(fact.date or "", figures_of, lo, hi):
        fact = replace(fact, date=None)  # "서울 아파트 거래량은 4120건": a region's series is of a period, not the article's day
    if subject is None and "none" not in noun.owners:
        return lost  # "[noun] N" that needs an owner, and its clause names none
    if subject is None and main is not None and "company" not in noun.owners and _WIDE not in noun.owners:
        return lost  # "설비투자는 50조원": in a company's story an economy-wide noun may be the company's own
    if subject is None and _region_before(text, figure.start, found):
        return lost  # a lead on "제주를 방문한 …" before "내국인 관광객은 1098만명": the region's, not the nation's
    if subject is not None and not (_types().get(subject, frozenset()) & noun.owners or not _types().get(subject)):
        return lost
    return replace(fact, measure=noun.key, subject=subject, subject_ko=None if subject is None else fact.subject_ko)


_WILL = 8  # final consonant ㄹ of a Hangul syllable: "내려갈 것으로", "오를 것으로" (a forecast)
_FORECAST_WORDS = ("예정", "계획")  # "인상할 계획이다"; never 목표 ("목표의 95.5%를 채웠다": a reference)
_CROSSING_WORDS = frozenset({"선", "대로", "대에", "대를", "대까지"})  # attached to the figure ("5000원대로")
_AMOUNT_UNITS = (
    r"(?:㎏|kg|킬로그램|g|그램|ℓ|L|리터|㎖|ml|mL|t|톤|개|구|포기|마리|근|돈|판|상자|박스|포대|가마|송이|단|병|캔|봉지|팩|통|접)"
)
# "80㎏ 26만원", "30구 한 판에 7200원", "한 마리에 4500원", "한 돈에 55만원": the price of an amount, not per unit
_AMOUNT_BEFORE = re.compile(
    r"[0-9][0-9,.]*\s*" + _AMOUNT_UNITS + r"(?![가-힣A-Za-z]*당)|(?<![가-힣])한\s*[가-힣]{1,3}에(?=\s)"
)


def _not_a_level(text: str, figure: Figure, c_lo: int, c_hi: int, hi: int, priced: bool) -> bool:
    """Whether the noun's figure is something the level and change rows would misstate, whatever the facts stage
    read: a forecast ("배추 소매가격이 이달 말 4500원까지 내려갈 것으로 봤다": an expected price, not the price), a
    boundary crossed ("산지 쌀값 80㎏ 26만원 첫 돌파": topping, not standing at), or a price of an amount written as a
    quantity and no per-unit word ("80㎏ 26만원", "20포기 32만원": the price of that amount, not per unit), the last
    only for a price (``priced``: "점포 수는 120개로 5개 늘었다" counts stores, no amount priced)."""
    after = text[figure.end : hi]
    cues = fact_cues()
    if any(w and w in after for w in cues.words("estimate")) or any(w in after for w in _FORECAST_WORDS):
        return True
    for m in re.finditer(r"([가-힣])\s*것으로", after):
        code = ord(m.group(1)) - 0xAC00
        if 0 <= code < 11172 and code % 28 == _WILL:
            return True
    words = text[figure.end : c_hi].split()
    own = words[0] if words and not text[figure.end : figure.end + 1].isspace() else ""
    crossing = [w for w in cues.words("threshold") if w]
    if own and any(own.startswith(w) for w in crossing):
        return True  # "5000원대로", "2500선": the figure names a range or a line
    if any(w.startswith(c) for w in words[:3] for c in crossing if c not in _CROSSING_WORDS):
        return True
    return priced and bool(_AMOUNT_BEFORE.search(text, c_lo, figure.start))


@cache
def _regions() -> tuple[tuple[str, str, bool], ...]:
    """data/home_regions.tsv: (Korean, English, an owner only right before an asset word), longest first."""
    rows = [
        (re.sub(r"\s+", " ", r[0].strip()), r[1].strip() if len(r) > 1 else "", len(r) > 2 and r[2].strip() == "asset")
        for r in _rows("home_regions.tsv")
        if r and r[0].strip() and r[0] != "region"
    ]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@cache
def _region_names() -> frozenset[str]:
    """The English of the regions as owners ("Seoul", "the Seoul metropolitan area")."""
    return frozenset(en for _, en, _ in _regions() if en)


def _day_written(day: str, figures: Sequence[Figure], lo: int, hi: int) -> bool:
    """Whether a date figure of ``day`` is written in the sentence [lo, hi) (not only the article's own day)."""
    return any(g.kind == "date" and str(g.value) == day and lo <= g.start < hi for g in figures)


@cache
def _assets() -> frozenset[str]:
    """The modifier rows of an asset (third column "asset": 아파트, 오피스텔, 상가, 토지 …), the words after which a
    region written with an asset-only row ("경기 아파트", "지방 아파트") is a scope."""
    return frozenset(
        re.sub(r"\s+", " ", r[0][len(_MODIFIER) :].strip())
        for r in _rows("english_nouns.tsv")
        if len(r) >= 3 and r[0].startswith(_MODIFIER) and r[2].strip() == "asset"
    )


_REGION_TAIL = r"(?:시|도|지역|권)?(?:의)?"  # "서울시 아파트", "서울 지역 …", "서울의 아파트 낙찰가율"
_DWELLING = re.compile(r"\b(?:homes?|hous(?:e|es|ing)|apartments?|dwellings?|units)\b")


def scope_region(before: str, phrase: str, noun: Noun) -> str | None:
    """The region written right before a noun phrase ("서울 아파트 낙찰가율", "수도권 미분양 주택", "부산의 아파트
    거래량"; ``before`` ends where ``phrase``, the noun phrase with its modifiers, starts): its English, the owner of
    a market or an economy series (owners "none" or "country"). None when there is none, or when the series is a
    company's, or the region is an asset-only row ("경기", "지방") and the phrase does not start with an asset word,
    or two regions are joined ("서울·경기 아파트": both together, said as neither); ``_UNKNOWN`` for the join."""
    if not noun.owners & {"none", "country"}:
        return None
    if _DWELLING.search(noun.en) and any(w in noun.en for w in _PRICE_WORDS):
        return None  # "서울 아파트 매매가격": a region's home prices are the housing survey's (facts/housing.py)
    for ko, en, asset_only in _regions():
        said = _NOT_IN_WORD + r"\s*".join(map(re.escape, ko.split())) + _REGION_TAIL + r"\s+$"
        m = re.search(said, before)
        if m is None or not en:
            continue
        if asset_only and not any(re.search(r"(?<![가-힣])" + re.escape(a) + r"(?![가-힣])", phrase) for a in _assets()):
            return None  # "지방 아파트 …", "지방 미분양 아파트는": an asset word in the phrase; bare 지방 has other senses
        if _JOINT.search(before[: m.start()]):
            return _UNKNOWN
        return en
    return None


@cache
def _region_pattern() -> re.Pattern[str]:
    names = sorted({ko for ko, _, asset_only in _regions() if not asset_only}, key=len, reverse=True)
    return re.compile(
        r"(?<![가-힣A-Za-z])(?:" + "|".join(map(re.escape, names)) + r")"
        r"(?=\s|$|[.,·…'\"”’)\]]|(?:시|도|특별시|광역시|특별자치도|특별자치시|지역|권)?(?:의|에|에서|은|는|이|가|을|를|도|과|와|로|으로)?(?:\s|$|[.,]))"
        r"(?!\s*=)"
    )


def _lead_end(text: str) -> int:
    """The end of the article's title and lead: its first line and the first sentence after it."""
    first = text.find("\n")
    if first < 0:
        first = 0
    m = re.search(r"다\.|[.!?]\s*\n", text[first:])
    return first + m.end() if m is not None else len(text)


def _region_before(text: str, at: int, found: Found) -> bool:
    """Whether the article's title or lead names a region of South Korea (data/home_regions.tsv) before ``at`` (a
    dateline's "(서울=연합뉴스)" is no region): the story is regional, and a series with no owner is the region's,
    never the nation's. A noun phrase qualified as national or total ("전국", "전체") is the nation's whatever."""
    if any(q in found.qualifiers for q in ("national", "total")):
        return False
    end = min(at, _lead_end(text))
    return any(not re.match(r"\s*=", text[m.end() :]) for m in _region_pattern().finditer(text, 0, end))


@cache
def _future_verbs() -> tuple[str, ...]:
    return tuple(r[0][len("future:") :].strip() for r in _rows("english_nouns.tsv") if r[0].startswith("future:"))


_PREDICATE_END = re.compile(r"다(?:고|는|며|면서|면)?$")


def _future_after(text: str, figure: Figure, hi: int) -> bool:
    """Whether the first predicate after the figure in its sentence is a present-tense verb of change (the
    "future:" rows of data/english_nouns.tsv: "…로 줄어든다", "…로 인상된다고", "…로 늘어날 전망"): a plan or a
    projection, never a level that was. The first word ending a predicate (…다) decides; a past one ("늘었다")
    or a stative present ("달한다") does not count."""
    verbs = _future_verbs()
    for raw in re.split(r"[\s,.\"'”’…()]+", text[figure.end : hi]):
        word = raw.strip()
        if not word:
            continue
        if word.endswith(("늘어날", "줄어들")) and word in verbs:
            return True
        if _PREDICATE_END.search(word):
            stem = _PREDICATE_END.sub("다", word)
            return any(stem.endswith(v) for v in verbs)
    return False


def _aggregate_inside_noun(text: str, ko: str, figure: Figure, lo: int, hi: int) -> bool:
    """Whether the gazetteer's economy-wide quantity the facts stage read ("가계대출": household loans) is only part of
    the longer listed noun that is the clause's topic ("가계대출 연체율은 0.5%": the delinquency rate of household
    loans, not the loans), and is not written on its own elsewhere in the clause before the figure."""
    found = find(text, figure, lo, hi)
    if found is None or not ko:
        return False
    phrase = text[found.at if found.at >= 0 else found.start : found.end]
    if ko not in phrase or len(re.sub(r"\s+", "", found.noun.ko)) <= len(ko.replace(" ", "")):
        return False
    c_lo, _ = clause(text, figure, lo, hi)
    rest = text[c_lo : found.at if found.at >= 0 else found.start] + " " + text[found.end : figure.start]
    return ko not in rest


def _named_in_korean(ko: str | None) -> str | None:
    """The owner a fact names in Korean only: its gazetteer name when it has one, else the Korean name itself."""
    if not ko:
        return None
    entity = entity_by_ko().get(ko)
    return entity.en if entity is not None else ko


def _owner(
    text: str, fact: Fact, found: Found, c_lo: int, lo: int, facts: Sequence[Fact], main: str | None
) -> str | None:
    """Who owns the noun: the fact's subject when it is named in the clause (or, in the first clause, in the
    sentence before it); the home economy for "국내"/"우리나라"; the article's company for "이 회사"."""
    noun = found.noun
    before = text[c_lo : found.start]
    ko = fact.subject_ko or ""
    types = _types().get(fact.subject or "", frozenset())
    collective = _collective_owner(text, found, c_lo, before)
    if collective is not None:
        return collective
    phrase_at = found.at if found.at >= 0 else found.start
    region = scope_region(text[c_lo:phrase_at], text[phrase_at : found.end], noun)
    if region is not None:
        return region  # "서울 아파트 낙찰가율은": Seoul's; a regional figure is never the nation's
    genitive = _GENITIVE.search(before) or _far_genitive(before)
    if genitive is not None and _JOINT.search(before[: genitive.start(1)]):
        return _UNKNOWN  # "현대차·기아의 하이브리드 판매": the two companies' together, never the last one's
    if genitive is not None and not any(w in before for w in _ANAPHORA):
        entity = entity_by_ko().get(genitive.group(1))
        return entity.en if entity is not None else _UNKNOWN  # "ACS의 생산능력": the genitive owns the noun
    if fact.subject and ko and ko in before and "aggregate" not in types:
        after = before[before.rfind(ko) + len(ko) :]
        rest = re.sub(r"^(?:은|는|이|가|의)", "", after).split()
        if re.match(r"(?:은|는|이|가)\s", after):
            rest = rest[_phrase_end(rest) :]  # "A사는 6550만대를 출하해 점유율 21%로": the topic's own phrase before
        if all(_known_frame(w) for w in rest):
            return fact.subject  # "삼성중공업은 올해 수주잔고가": the topic owns the noun; "X에 따르면": a source
    if fact.subject is None and not fact.subject_ko:
        named = _topic_name(text, found, c_lo)
        if named is not None:
            return named  # "신한금융은 3분기 이자이익이 N": the topic the facts stage did not read owns the noun
    if _HOME_WORDS.search(before) and "country" in noun.owners:
        return _HOME
    if fact.subject == _HOME and ko and ko in text[lo : found.start]:
        return _HOME
    if fact.subject == _HOME and not ko and "country" in noun.owners:
        return _HOME  # the facts stage read a home release's growth noun as the home economy's ("3분기 실질 GDP는")
    if main is None or "none" in noun.owners:
        return None
    if fact.subject is None and fact.subject_ko:
        return None  # "NJCL은 … 상각전영업이익 3800만달러": an owner named with no English, not the article's company
    near = (fact.sentence, fact.sentence - 1)
    others = {g.subject or _named_in_korean(g.subject_ko) for g in facts if g.sentence in near}
    others.discard(None)
    if others - {main}:
        return None  # another company named in the sentence or the one before: whose it is, is unsure
    rest, _ = _modifiers_before(before.split())  # "국제선 평균 탑승률은": words of the phrase, no owner
    if any(w in before for w in _ANAPHORA) or all(_known_frame(w) or _is_qualifier(w) for w in rest):
        return main  # "이 회사의 부채비율은", "9월 말 부채비율은" (an elided topic): the article's company
    return None


_TOPIC_NAME = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]+)(?:은|는|이|가)\s+((?:\S+\s+)*)$")


def _topic_name(text: str, found: Found, c_lo: int) -> str | None:
    """The gazetteer name written as the clause's topic before a listed noun that is the clause's subject, with only
    periods and frames between ("신한금융은 3분기 이자이익이 2조9870억원으로"), when the facts stage gave the figure no
    owner: the topic owns its subject noun (the double-subject sentence of Korean results). Only a company: a
    ministry or an agency as the topic reports a statistic, it does not own it."""
    if re.search(r"(?:은|는|이|가)$", text[found.start : found.end]) is None:
        return None
    m = _TOPIC_NAME.search(text[c_lo : found.at if found.at >= 0 else found.start])
    if m is None or not all(_known_frame(w) for w in m.group(2).split()):
        return None
    entity = entity_by_ko().get(m.group(1))
    if entity is None or entity.type not in ("company", "bank"):
        return None  # "특허청은 올해 특허 출원이 N": a reporting body or a government owns no statistic it reports
    return entity.en


def _collective_owner(text: str, found: Found, c_lo: int, before: str) -> str | None:
    """A common or collective owner of the noun (the owner rows): in the genitive ("국내 투자자의 미국 주식 보관액",
    "카드사들의 연체율"), right before the noun phrase ("5대 은행 가계대출 연체율은"), or as the topic of a clause
    whose listed noun is its subject ("카드사들은 3분기 연체율이 1.5%로": only periods and frames between). An
    industry's figure is the industry's, never one company's named elsewhere in the sentence."""
    phrase_before = _strip_qualifiers(text[c_lo : found.at if found.at >= 0 else found.start])
    subject_noun = re.search(r"(?:은|는|이|가)$", text[found.start : found.end]) is not None
    first = _owner_first_word()
    for said, owner_en in _owner_patterns():
        if first[said] not in before and first[said] not in phrase_before:
            continue
        if _owner_re(said, r"의\s+(?:[^\s]+\s+){0,3}$").search(before):
            return owner_en  # "국내 투자자의 미국 주식 보관액": a common noun phrase owns the series
        if _owner_re(said, r"\s+$").search(phrase_before):
            return owner_en  # "5대 은행 가계대출 연체율은"
        topic = _owner_re(said, r"(?:은|는|이|가)\s+((?:\S+\s+)*)$").search(phrase_before)
        if topic is not None and subject_noun and all(_known_frame(w) for w in topic.group(1).split()):
            return owner_en  # "카드사들은 3분기 연체율이 …": the topic owns its subject noun
    return None


def noun_fact(
    text: str,
    fact: Fact,
    figures: Sequence[Figure],
    sentences: Sequence[tuple[int, int]],
    facts: Sequence[Fact],
    main: str | None,
) -> Fact | None:
    """with_noun for a fact of the writer's statements (its figure and sentence looked up); None: not said."""
    if fact.figure is None or not (0 <= fact.figure < len(figures)) or not (0 <= fact.sentence < len(sentences)):
        return fact
    return with_noun(text, fact, figures[fact.figure], sentences[fact.sentence], facts, main, figures)


def values(measure: str, subject: str | None, text: str, figure: Figure, lo: int, hi: int) -> dict[str, str | None]:
    """The placeholders of the ``noun`` rows: {noun} (after a possessive), {Noun} (said with no owner), {be}, and
    {per} (" a litre" for a price per unit); all None when the noun is no longer found (never said half)."""
    found = find(text, figure, lo, hi)
    if found is None or found.noun.key != measure:
        return {"noun": None, "Noun": None, "be": None, "balance": None}
    en = phrase(found)
    return {
        "noun": _bare(en),
        "Noun": None if subject else en[:1].upper() + en[1:],
        "noun_per": found.per,
        # "kWh당 5원 올렸다": a money move of a per-unit price is per that unit too (a % move is not)
        "amount_per": found.per if figure.kind == "money" else "",
        "balance": found.sign or None,
        "be": None if found.sign else ("were" if found.noun.plural else "was"),
    }


_NATIONAL = "national"  # the English of the qualifier 전국
_COUNTED = re.compile(r"((?:the )?(?:average )?number of )")  # a noun said as a count of things: modifiers go inside


def phrase(found: Found) -> str:
    """The noun with its qualifiers: "the national average gasoline price"."""
    en = found.noun.en
    if _NATIONAL in found.qualifiers and found.modifiers:
        # "전국 아파트 낙찰가율": "the apartment auction sale-to-appraisal ratio nationwide" (an asset-narrowed series
        # said nationwide, as a wire does; "the national average gasoline price" keeps its adjective)
        return phrase(replace(found, qualifiers=tuple(q for q in found.qualifiers if q != _NATIONAL))) + " nationwide"
    counted = _COUNTED.match(en)
    if counted is not None and found.modifiers:  # "the average number of apartment bidders", not "apartment average …"
        en = counted.group(1) + " ".join(found.modifiers) + " " + en[counted.end(1) :]
        found = replace(found, modifiers=())
    words = [w for w in (*found.qualifiers, *found.modifiers) if w]
    if not words:
        return en
    q = " ".join(words)
    return f"the {q} {en[4:]}" if en.startswith("the ") else f"{q} {en}"


def series_subjects(
    text: str, facts: Sequence[Fact], figures: Sequence[Figure], sentences: Sequence[tuple[int, int]]
) -> tuple[Fact, ...]:
    """The facts with the series they are of as their subject: a fact the writer says with its clause's listed
    noun and no owner ("1~10월 국세수입은 312조4000억원") gets the noun's English as its subject ("national tax
    revenue", subject_ko "국세수입") and measure ``other``, or the common owner the line names ("Korean investors"):
    the JSON names what the English line names. A fact the facts stage gave a subject, or whose noun is not found or
    cannot be said, is left as it is."""
    main = main_subject(facts)
    out: list[Fact] = []
    for fact in facts:
        if fact.subject is not None:
            out.append(fact)  # the facts stage's subject stands ("경유 평균 판매가격": diesel)
            continue
        said = noun_fact(text, fact, figures, sentences, facts, main)
        if said is None or said is fact or not is_noun(said.measure):
            out.append(fact)
            continue
        owner = next((ko for ko, en in _owners() if said.subject is not None and en == said.subject), None)
        if said.subject is not None:
            if owner is not None:  # "국내 투자자의 …": the owner the line names
                fact = replace(fact, subject=said.subject, subject_ko=owner, measure="other")
            out.append(fact)
            continue
        figure = figures[fact.figure or 0]
        lo, hi = sentences[fact.sentence]
        found = find(text, figure, lo, hi)
        if found is None:
            out.append(fact)
            continue
        surface = re.sub(r"\s*\([^()]*\)", "", text[found.start : found.end])
        surface = re.sub(r"(?:은|는|이|가|도|을|를)$", "", surface).strip()
        out.append(replace(fact, subject=_bare(phrase(found)), subject_ko=surface, measure="other"))
    return tuple(out)
