"""Events without figures: a ban, a probe, a rate decision, a launch, a deal, a view ("X says Y").

Each event comes from a trigger word of ``data/events.tsv`` in a sentence, with its arguments
checked on Kiwi's tokens and the gazetteer (``glossary.tsv`` through ``entity_mentions``):

- the trigger starts on a token and is not denied or deferred right after it ("인하하지 않았다",
  "금지할 계획", "조사 여부");
- its clause holds one of the row's ``needs`` words before it ("기준금리를 … 인하");
- who: the nearest gazetteer name of an allowed type before the trigger that is marked as the
  subject (이/가/은/는/도, or 에서), possibly through a head noun ("호주 정부가", "젠슨 황 CEO는");
  names joined by 와/과/및 before it act together ("오픈AI와 마이크로소프트가");
- what (when the row takes an object): a name of an allowed type between the actor and the
  trigger, marked as object (을/를), genitive (의), "with" (와/과), "에 대한/대해", or standing right before the
  trigger or before one noun that precedes it ("딥시크 사용을 금지");
- a missing argument means no event: the English never guesses an actor or an object.

The work is one pass over the sentences with one compiled pattern: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from briefings.facts.acts import acts
from briefings.facts.attribution import EntityMention, Mentions, analysis_mentions, article_glosses
from briefings.facts.corporate import corporate_events
from briefings.facts.decisions import decisions
from briefings.facts.knowledge import fact_cues
from briefings.facts.splits import board_splits
from briefings.facts.strikes import strike_votes
from briefings.lexicon import _rows, kind_table
from briefings.model import Analysis, Article, Event, Figure, Token

_SUBJECT_FORMS = frozenset({"이", "가", "은", "는", "도", "께서", "에서", "서", "이가"})
_OBJECT_TAGS = frozenset({"JKO", "JKG"})
_COORD_FORMS = frozenset({"와", "과", "및", "랑", "이랑"})
_CLAUSE_EC = frozenset({"며", "으며", "면서", "으면서", "지만", "는데", "은데", "ㄴ데", "으나"})
# endings that close a clause of its own (if, while, because, but): not "고", which also joins adjectives
_CLAUSE_END = _CLAUSE_EC | frozenset({"면", "으면", "니까", "으니까", "어서", "아서", "여서", "도록", "거나"})
_AFTER_WINDOW = 7  # characters after a trigger where a negation or a deferral counts
_BARE_GAP = 12  # characters between an object name and its trigger when no particle marks it
_WINDOW = 160  # characters around a trigger where its arguments may stand
_TOLD_BY_DECISIONS = frozenset({"absorb"})  # decisions whose trigger word holds another row's trigger ("흡수합병")
_RULE_DECISIONS = frozenset({"tighten", "ease", "introduce", "enforce"})
_RULE_NOUNS = frozenset({"export_controls", "tariffs", "sanctions"})  # rows whose trigger is the rule's noun


def _told_by(decision: Event, e: Event) -> bool:
    """Whether a decision tells event ``e`` of its sentence better: a merger row inside "흡수합병", or a rule noun's
    row ("수출통제") whose verb the decision reads ("시행한다": will put into effect, not "tightened")."""
    if decision.sentence != e.sentence:
        return False
    action = decision.action.removesuffix("_board")
    if action in _TOLD_BY_DECISIONS and decision.start <= e.start < decision.end:
        return True
    return action in _RULE_DECISIONS and e.action in _RULE_NOUNS and e.who == decision.who
_LAUNCH_AHEAD = ("한다", "인다", "할", "놓는다", "놓을")  # after a launch trigger: a launch to come ("출시한다")


@dataclass(frozen=True)
class _Row:
    kind: str
    action: str
    triggers: tuple[str, ...]
    needs: tuple[str, ...]
    who: frozenset[str]
    what: frozenset[str]
    what_optional: bool
    template: str
    covered_by: frozenset[str]


@dataclass(frozen=True)
class _Lexicon:
    rows: tuple[_Row, ...]
    heads: frozenset[str]
    negations: tuple[str, ...]
    spared: dict[str, frozenset[str]]  # negation -> the kinds it does not deny ("해제" after a market halt)
    not_negations: tuple[str, ...]
    parts: dict[str, frozenset[str]]  # action -> words that make its object a part ("인텔 지분을 인수")
    after_nouns: frozenset[str]  # nouns that may follow a noun trigger ("조사 중", "인하 결정")
    hedges: tuple[str, ...]
    background: tuple[str, ...]
    pattern: re.Pattern[str]
    by_trigger: dict[str, tuple[_Row, ...]]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in cell.split("|") if w.strip() and w.strip() != "-")


@cache
def lexicon() -> _Lexicon:
    """The parsed ``events.tsv``."""
    rows: list[_Row] = []
    heads: list[str] = []
    negations: list[str] = []
    spared: dict[str, frozenset[str]] = {}
    not_negations: list[str] = []
    parts: dict[str, set[str]] = {}
    after_nouns: list[str] = []
    hedges: list[str] = []
    background: list[str] = []
    for r in _rows("events.tsv"):
        r = r + ["-"] * (8 - len(r))
        kind, action = r[0], r[1]
        if kind == "head":
            heads.append(action)
        elif kind == "negation":
            negations.append(action)
            spared[action] = frozenset(_split(r[2]))
        elif kind == "not_negation":
            not_negations.append(action)
        elif kind == "after_noun":
            after_nouns.append(action)
        elif kind == "part":
            for name in _split(r[2]):
                parts.setdefault(name, set()).add(action)
        elif kind == "hedge":
            hedges.append(action)
        elif kind == "background":
            background.append(action)
        else:
            what = r[5].strip()
            rows.append(
                _Row(
                    kind=kind,
                    action=action,
                    triggers=_split(r[2]),
                    needs=_split(r[3]),
                    who=frozenset(_split(r[4])),
                    what=frozenset(_split(what.rstrip("?"))),
                    what_optional=what.endswith("?"),
                    template=r[6],
                    covered_by=frozenset(_split(r[7])),
                )
            )
    by_trigger: dict[str, list[_Row]] = {}
    for row in rows:
        for t in row.triggers:
            by_trigger.setdefault(t, []).append(row)
    words = sorted(by_trigger, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in words) or r"(?!x)x")
    return _Lexicon(
        rows=tuple(rows),
        heads=frozenset(heads),
        negations=tuple(negations),
        spared=spared,
        not_negations=tuple(not_negations),
        parts={k: frozenset(v) for k, v in parts.items()},
        after_nouns=frozenset(after_nouns),
        hedges=tuple(hedges),
        background=tuple(background),
        pattern=pattern,
        by_trigger={k: tuple(v) for k, v in by_trigger.items()},
    )


@dataclass(frozen=True)
class _Term:
    en: str
    article: str
    part: str  # object | party | both


@cache
def _terms() -> dict[tuple[str, ...], _Term]:
    """``events_terms.tsv``: the words of a contract's noun phrases, keyed by their Korean words."""
    out: dict[tuple[str, ...], _Term] = {}
    for r in _rows("events_terms.tsv"):
        if len(r) >= 4 and r[0] != "ko" and r[1].strip() and r[3].strip() != "charge":  # charges: _charges()
            out[tuple(r[0].split())] = _Term(r[1].strip(), r[2].strip() or "a", r[3].strip())
    return out


_WORD = re.compile(r"\S+")
_ASIDE = re.compile(r"\([^()]*\)")
_SIZE_WORDS = frozenset({"규모의", "규모", "상당의", "어치의"})
_WITH_ENDS = ("과", "와")
# a size said as an adverb ("5억달러 규모로"), read only before a verbal object ("… 규모로 기술수출하는 계약")
_SIZE_ADVERBS = frozenset({"규모로"})


@cache
def _modifier_ends() -> tuple[str, ...]:
    """``events_terms.tsv`` rows of part ``modifier``: the ends of a verbal noun that modifies 계약 ("공급하는")."""
    return tuple(
        sorted(
            (r[0] for r in _rows("events_terms.tsv") if len(r) >= 4 and r[3].strip() == "modifier"),
            key=len,
            reverse=True,
        )
    )


def _verbal_object(word: str) -> str | None:
    """The verbal noun of a modifier ("기술수출하는" -> "기술수출") when it is an object term, else None."""
    for end in _modifier_ends():
        if word.endswith(end) and len(word) > len(end):
            stem = word[: -len(end)]
            term = _terms().get((stem,))
            if term is not None and term.part in ("object", "both"):
                return stem
    return None


def _is_total(word: str) -> bool:
    term = _terms().get((word,))
    return term is not None and term.part == "total"


# the end of a word that closes what stands before a phrase (the actor, a place, a time: "콘퍼런스콜에서", "삼성전자는")
_PHRASE_STOPS = ("에서", "는", "은", "이", "가", "도", "에", ",", "서")
_REPORTED = re.compile(r"[^.]{0,8}?다고\s*\S*\s*(?:밝혔|공시|공개|발표|전했|설명)")
_SIZE_GAP = re.compile(r"\s*(?:\(([^()]*)\))?\s*$")


def _phrase(words: Sequence[str], part: str) -> list[_Term] | None:
    """The terms of ``part`` that make up all of ``words`` (two-word keys first), else None."""
    terms = _terms()
    found: list[_Term] = []
    k = len(words)
    while k > 0:
        for n in (3, 2, 1):
            t = terms.get(tuple(words[k - n : k])) if k - n >= 0 else None
            if t is not None and (t.part in (part, part + "_first") or (t.part == "both" and part != "stop")):
                found.insert(0, t)
                k -= n
                break
        else:
            return None
    return found


def _tail_phrase(words: Sequence[str], part: str) -> tuple[int, list[_Term]]:
    """How many of the last ``words`` are terms of ``part``, read backwards, and those terms in order."""
    for n in range(len(words), 0, -1):
        found = _phrase(words[len(words) - n :], part)
        if found is not None:
            return n, found
    return 0, []


def _said(terms: Sequence[_Term]) -> str:
    """The phrase with its article; a size word goes first, as English orders it ("북미 대형 기술기업" -> "a large
    North American tech company": ``party_first`` rows)."""
    terms = sorted(terms, key=lambda t: not t.part.endswith("_first"))
    return f"{terms[0].article} " + " ".join(t.en for t in terms)


_DAY = re.compile(r"[0-9]+(?:일|월|년)")


def _closes(word: str) -> bool:
    """Whether a word ends what stands before a phrase: it bears a particle ("콘퍼런스콜에서", "삼성전자는") or
    is a time ("20일", "이날": a ``stop`` row of ``events_terms.tsv``)."""
    if word.endswith(_PHRASE_STOPS) or _DAY.fullmatch(word):
        return True
    term = _terms().get((word,))
    return term is not None and term.part == "stop"


def deal_terms(
    text: str,
    lo: int,
    start: int,
    money: Sequence[tuple[int, Figure]],
    has_party: bool,
    names: Sequence[EntityMention] = (),
) -> tuple[str, str | None, tuple[int, ...]] | None:
    """What a contract is, with whom, and its value, read from the noun phrase before its trigger (``lo`` the
    clause start, ``start`` the trigger "계약을 체결"): "북미 고객사와 48억 달러(약 6조7000억원) 규모의 HBM4 공급
    계약" -> ("an HBM4 supply", "a North American client", (the US$ figure, its conversion)).

    The object must be words of ``events_terms.tsv`` all through, right after a word that closes what stands
    before it (a size word "규모의", the party's 과/와, a particle); else None (no event: the English never says a
    contract without what it is). The party is said only when its words are all terms and a particle closes
    what stands before them; ``has_party`` (the party is a gazetteer name found as the event's object) skips it.
    """
    seg = _ASIDE.sub(lambda m: " " * len(m.group()), text[lo:start])
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(seg)]
    verbal = _verbal_object(words[-1][2]) if words else None
    if verbal is not None:  # "기술수출하는 계약": the verbal noun of a modifier clause is what is contracted
        words[-1] = (words[-1][0], words[-1][0] + len(verbal), verbal)
    n, obj = _tail_phrase([w[2] for w in words], "object")
    if not obj:
        return None
    rest = words[: len(words) - n]
    amount: tuple[int, ...] = ()
    sizes = _SIZE_WORDS | (_SIZE_ADVERBS if verbal is not None and n == 1 else frozenset())
    rest = _past_named_kind(rest, sizes)
    if rest and rest[-1][2] in sizes:
        at = rest[-1][0]
        found = None
        for i, f in money:
            gap = _SIZE_GAP.fullmatch(text[f.end : at]) if f.end <= at else None
            if gap is not None:
                found = (i, f)
        if found is None:
            return None  # a size with no value we can read: something is misread
        i, f = found
        conversions = [j for j, g in money if f.end < g.start and g.end <= at and g.unit != f.unit]
        amount = (i, *conversions[:1])
        rest = [w for w in rest if w[1] <= f.start]
        if rest and verbal is not None and _is_total(rest[-1][2]):
            rest = rest[:-1]  # "총 5억달러 규모로 기술수출하는": the total word belongs to the value
    elif rest:  # a value written right before the object ("48억 달러 HBM4 공급 계약")
        bare = [(i, f) for i, f in money if f.end == rest[-1][1]]
        if bare:
            amount = (bare[-1][0],)
            rest = [w for w in rest if w[1] <= bare[-1][1].start]
    whom: str | None = None
    if rest and rest[-1][2].endswith(_WITH_ENDS) and len(rest[-1][2]) > 1:
        if not has_party:
            party = [w[2] for w in rest[:-1]] + [rest[-1][2][:-1]]
            k, terms = _tail_phrase(party, "party")
            named = [x for x in names if x.end == rest[-1][1] - 1 and x.entity.type in ("company", "bank", "org")]
            if terms and (k == len(party) or _closes(party[-k - 1])):
                whom = _said(terms)
            elif named:  # "글로벌 제약사 아스트라제네카와 … 계약": the party named right before its 와/과
                whom = named[-1].entity.en
    elif rest and not _closes(rest[-1][2]) and not (verbal is not None and rest[-1][2].endswith(("을", "를"))):
        return None  # an unknown word in the object ("차세대 HBM4 공급 계약"): its object is not said in part
    elif verbal is not None and not has_party and rest and rest[-1][2].endswith(("을", "를")):
        whom = _dative_name(rest, names)  # "화이자에 후보물질을 기술수출하는 계약": licensed to a named company
    return _said(obj), whom, amount


_KIND_REACH = 2  # bare words a contract's named kind may have between its size word and its known object


def _past_named_kind(rest: list[tuple[int, int, str]], sizes: frozenset[str]) -> list[tuple[int, int, str]]:
    """``rest`` without the bare words of a named kind between a size word and the object ("2억달러 규모의
    항체약물접합체 기술이전 계약": the technology is named, the contract is a licensing one); unchanged unless a size
    word closes them off within ``_KIND_REACH`` words and none bears a particle. (Without a size word the kind
    is not told from a modifier of the contract, "엔비디아와 차세대 HBM 공급 계약": no event.)"""
    for k in range(1, _KIND_REACH + 1):
        if len(rest) <= k:
            return rest
        word = rest[-k][2]
        if _closes(word) or word.endswith(("을", "를", "의", "와", "과", "로")) or word in sizes:
            return rest
        if rest[-k - 1][2] in sizes:
            return rest[:-k]
    return rest


def _dative_name(rest: Sequence[tuple[int, int, str]], names: Sequence[EntityMention]) -> str | None:
    """The company named with 에 before the 을/를 object of a verbal contract ("화이자에 비만 치료제를 기술수출하는"),
    with only bare nouns between (no other particle, so no other clause): its English name, else None."""
    for k in range(len(rest) - 2, max(-1, len(rest) - 6), -1):
        start, end, word = rest[k]
        if word.endswith("에") and len(word) > 1:
            named = [x for x in names if x.start >= start and x.end == end - 1 and x.entity.type == "company"]
            return named[-1].entity.en if named else None
        if _closes(word) or word.endswith(("을", "를", "과", "와", "의", "로", "으로")):
            return None
    return None


_ORDER_VALUE = re.compile(r"\s*(?:\(([^()]*)\))?\s*에\s*$")  # "1조원(약 7억달러)에 수주"
# "4척을 … 수주", "4척에 대한 건조 계약을 체결", "4척 건조계약"
_ORDER_COUNT = re.compile(r"\s*(?:을|를|에\s*대한|의)?\s*$")
_FROM_ENDS = ("로부터", "으로부터")


def order_terms(
    text: str,
    lo: int,
    start: int,
    money: Sequence[tuple[int, Figure]],
    counts: Sequence[tuple[int, Figure]],
    names: Sequence[EntityMention],
    contract: bool = False,
) -> tuple[str, str | None, tuple[int, ...]] | None:
    """What an order won is, from whom, and its value, read before its trigger ("수주했다"): "선주로부터 LNG운반선
    4척을 1조원에 수주" -> ("an LNG carrier", "a shipowner", (the ₩ figure,)). The value is said only when it is
    written right before the trigger with 에 (the contract's price); the object only when its words are all
    ``object`` rows right before its count or its 을/를 ("an" alone: "won an order"); the party only when it is
    marked 로부터 (or 와/과 when the trigger is a contract signed, ``contract``: "선주와 … 건조 계약") and is a name
    (``names``) or all ``party`` rows. A cumulative count ("누적", "올해 들어";
    part ``cumulative``, or a total word "총") is no one order: None."""
    seg = _ASIDE.sub(lambda m: " " * len(m.group()), text[lo:start])
    words = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(seg)]
    if any(_cumulative(w[2]) for w in words):
        return None
    amount: tuple[int, ...] = ()
    value = [(i, f) for i, f in money if f.end <= start and _ORDER_VALUE.fullmatch(text[f.end : start])]
    if value:
        i, f = value[-1]
        conversions = [j for j, g in money if f.end < g.start and g.end <= start and g.unit != f.unit]
        amount = (i, *conversions[:1])
        words = [w for w in words if w[1] <= f.start]
    count = [
        (i, f)
        for i, f in counts
        if words and f.start >= words[max(0, len(words) - 2)][0] and _ORDER_COUNT.fullmatch(text[f.end : words[-1][1]])
    ]
    if count:
        words = [w for w in words if w[1] <= count[-1][1].start]
    elif words and words[-1][2].endswith(("을", "를")):
        words = [*words[:-1], (words[-1][0], words[-1][1] - 1, words[-1][2][:-1])]
    elif value:
        return None  # the value and the trigger hold something unread between them
    n, obj = _tail_phrase([w[2] for w in words], "object")
    detail = _said(obj) if obj else "an"
    rest = words[: len(words) - n]
    if obj and not amount and rest and rest[-1][2] in _SIZE_WORDS:  # "1조원 규모의 LNG운반선 2척을 수주"
        at = rest[-1][0]
        sized = [(i, f) for i, f in money if f.end <= at and _SIZE_GAP.fullmatch(text[f.end : at])]
        if not sized:
            return None  # a size with no value we can read: something is misread
        i, f = sized[-1]
        conversions = [j for j, g in money if f.end < g.start and g.end <= at and g.unit != f.unit]
        amount = (i, *conversions[:1])
        rest = [w for w in rest if w[1] <= f.start]
    whom: str | None = None
    if contract and rest and rest[-1][2].endswith(_WITH_ENDS) and len(rest[-1][2]) > 1:
        # "유럽 선주와 … 건조계약을 맺었다": the party a shipbuilding contract is signed with placed the order
        named = [x for x in names if x.end == rest[-1][1] - 1]
        party = [w[2] for w in rest[:-1]] + [rest[-1][2][:-1]]
        k, terms = _tail_phrase(party, "party")
        if named:
            whom = named[-1].entity.en
        elif terms and (k == len(party) or _closes(party[-k - 1])):
            whom = _said(terms)
    elif rest and rest[-1][2].endswith(_FROM_ENDS):
        end = next(e for e in _FROM_ENDS[::-1] if rest[-1][2].endswith(e))
        stem_end = rest[-1][1] - len(end)
        named = [x for x in names if x.end == stem_end]
        if named:
            whom = named[-1].entity.en
        else:
            party = [w[2] for w in rest[:-1]] + [rest[-1][2][: -len(end)]]
            k, terms = _tail_phrase(party, "party")
            if terms and (k == len(party) or _closes(party[-k - 1])):
                whom = _said(terms)
    return detail, whom, amount


_RETOLD = 2  # sentences after a bare order where the disclosure sentence may tell what was ordered
_LATER_VALUE = 2  # sentences after a contract where its value may be given ("계약 금액은 …")
_OPEN_ASIDE = re.compile(r"\s*\(\s*")


@cache
def _value_words() -> tuple[str, ...]:
    """``events_terms.tsv`` rows of part ``value``: the words right before a contract's value in a sentence of
    its own ("계약 금액은 1조원으로")."""
    return tuple(r[0] for r in _rows("events_terms.tsv") if len(r) >= 4 and r[3].strip() == "value")


def later_value(text: str, analysis: Analysis, si: int, money: dict[int, list[tuple[int, Figure]]]) -> tuple[int, ...]:
    """The value of a contract told without it, from one of the ``_LATER_VALUE`` sentences after it that gives it
    right after a value word ("계약 금액은 1조4283억원(약 10억2000만 달러)으로"), with its conversion written in
    parentheses right after it; () when none does (a value word with a ratio, "계약 금액은 매출액의 13.3%": none)."""
    words = _value_words()
    for k in range(si + 1, min(len(analysis.sentences), si + 1 + _LATER_VALUE)):
        found = money.get(k, [])
        for n, (i, f) in enumerate(found):
            if not text[analysis.sentences[k].start : f.start].rstrip().endswith(words):
                continue
            after = found[n + 1 : n + 2]
            conversions = [
                j for j, g in after if g.unit != f.unit and _OPEN_ASIDE.fullmatch(text[f.end : g.start])
            ]  # fmt: skip
            return (i, *conversions)
    return ()


def _cumulative(word: str) -> bool:
    term = _terms().get((word,))
    return term is not None and term.part in ("cumulative", "total")  # "총 10척": maybe several orders together


_CUT_GAP = re.compile(r"\s*(?:을|를)?\s*(\S*)\s*$")


def cut_terms(text: str, lo: int, start: int, quantities: Sequence[tuple[int, Figure]]) -> tuple[str, int] | None:
    """(" by a further 1 million barrels a day", figure) of a cut whose size stands right before its trigger, marked
    as its object ("하루 100만배럴을 추가 감산"): a word between is a ``more`` row of ``events_terms.tsv`` ("추가"), a
    word before the size a ``rate`` row ("하루"); None when no size stands there (or an unknown word does)."""
    terms = _terms()
    for i, f in reversed(quantities):
        if not lo <= f.start and f.end <= start:
            continue
        gap = _CUT_GAP.fullmatch(text[f.end : start])
        if gap is None:
            return None
        between = gap.group(1)
        more = terms.get((between,)) if between else None
        if between and (more is None or more.part != "more"):
            return None
        words = text[lo : f.start].split()
        rate = terms.get((words[-1],)) if words else None
        per = f" {rate.en}" if rate is not None and rate.part == "rate" else ""
        return f" by {more.en + ' ' if more else ''}{f.en}{per}", i
    return None


def sum_terms(text: str, lo: int, start: int, money: Sequence[tuple[int, Figure]]) -> tuple[int, ...]:
    """The figures of a fine's sum written between ``lo`` (its object) and its trigger ("구글에 과징금 2200억원을
    부과", "2200억원의 과징금을"): the last money figure there and its conversion in parentheses; () when none or
    when two sums stand there (which is whose is not read)."""
    inside = [(i, f) for i, f in money if lo <= f.start and f.end <= start]
    if not inside:
        return ()
    i, f = inside[0]
    rest = inside[1:]
    conversion = [j for j, g in rest if g.unit != f.unit and text[f.end : g.start].strip() in ("(", "(약")]
    if len(rest) > len(conversion[:1]):
        return ()
    return (i, *conversion[:1])


def total_before(text: str, start: int) -> str:
    """The English of a word of sum written right before a fine's or a price's figure ("과징금 총 443억원",
    "두 회사에 모두 300억원": "a total of "; ``events_terms.tsv`` rows of part "total"), else ""."""
    words = text[max(0, start - 12) : start].split()
    if not words or not text[:start].endswith((" ", "\u00a0")):
        return ""
    term = _terms().get((words[-1],))
    return term.en + " " if term is not None and term.part == "total" else ""


_TOPIC = re.compile(
    r"(?:혐의|의혹)(?:로|으로|를|을|에 대해|에 대한|와 관련해|과 관련해|와 관련한|과 관련한)(?=\s)|(?:여부를)(?=\s)"
)


def topic_terms(text: str, lo: int, start: int) -> str | None:
    """What a probe is about, written before its trigger in its clause ("담합 혐의로 압수수색", "하도급법 위반 여부를
    조사"): the words right before 혐의/의혹/여부, all of them a ``topic`` row of ``events_terms.tsv``
    ("suspected collusion"), else None."""
    found = None
    for m in _TOPIC.finditer(text, lo, start):
        words = text[lo : m.start()].split()
        for n in (3, 2, 1):
            term = _terms().get(tuple(words[-n:])) if len(words) >= n else None
            if term is not None and term.part == "topic":
                found = term.en
                break
    return found


@cache
def _charges() -> tuple[tuple[str, str], ...]:
    """``charge`` rows of ``events_terms.tsv``: what a fine is for ("담합" -> "collusion"), longest first."""
    rows = [(r[0].strip(), r[1].strip()) for r in _rows("events_terms.tsv") if len(r) >= 4 and r[3].strip() == "charge"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def charge_terms(text: str, lo: int, start: int) -> str | None:
    """What a fine is for, named before its trigger in its sentence ("부당한 공동행위(담합)를 적발해 과징금 … 부과",
    "가격 담합에 과징금"): the longest ``charge`` row found there ("price-fixing"); two different charges, or none,
    give None (the fine is said without what it is for)."""
    head = text[lo:start]
    found: list[tuple[int, int, str]] = []
    for ko, en in _charges():
        at = head.find(ko)
        while at >= 0:
            if not any(a <= at and at + len(ko) <= b for a, b, _ in found):
                found.append((at, at + len(ko), en))
            at = head.find(ko, at + 1)
    said = {en for _, _, en in found}
    return next(iter(said)) if len(said) == 1 else None


def reported_after(text: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` is reported ("계약을 맺었다고 밝혔다"): a date before it is the
    report's."""
    return _REPORTED.match(text, end, min(len(text), end + 40)) is not None


def template(action: str, with_object: bool = True) -> str | None:
    """The English template of an event action (``events.tsv``): the first row's, or for an event found with no
    object the first row of the action that says none ("{Who} imposed … in fines"), else None."""
    for row in lexicon().rows:
        if row.action == action and (with_object or "{what}" not in row.template):
            return row.template
    return None


def background_words() -> tuple[str, ...]:
    """Words that make a sentence background ("앞서", "바 있"): what it states happened before the news."""
    return lexicon().background


@cache
def _undone() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    rows = kind_table("undone.tsv")
    patterns = [ko for ko, _ in rows.get("pattern", ())]
    return tuple(ko for ko, _ in rows.get("word", ())), re.compile("|".join(patterns)) if patterns else None


def undone(sentence: str) -> bool:
    """Whether a sentence denies, retracts, negates or only weighs what its verb says (data/undone.tsv: "… 결정했다는
    보도를 부인했다", "리콜하기로 했다가 철회했다", "부과하지 않기로"): its notice or corporate event is not said."""
    words, pattern = _undone()
    return any(w in sentence for w in words) or (pattern is not None and pattern.search(sentence) is not None)


def needed_words(action: str) -> tuple[str, ...]:
    """The words one of which an event of this action has in its clause before the trigger ("경제성장률")."""
    for row in lexicon().rows:
        if row.action == action:
            return row.needs
    return ()


def covered_by(action: str) -> frozenset[str]:
    """The measures whose figure lines on the same actor already say this event."""
    for row in lexicon().rows:
        if row.action == action:
            return row.covered_by
    return frozenset()


_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "XSN"})
_UNDONE_ENDINGS = frozenset({"ㄹ", "ᆯ", "을", "려", "으려", "려고", "으려고", "고자"})  # "인하할 여력", "인수하려고"


def _predicate(tokens: Sequence[Token], start: int, end: int, text: str, after_nouns: frozenset[str]) -> bool:
    """Whether the trigger spanning ``start``-``end`` is said as done, not as a modifier or an intent: a noun
    trigger is not part of a longer noun ("급등락", "합병설") nor followed by another noun it modifies ("인하
    가능성", "출시 행사"; an ``after_noun`` row of events.tsv such as "중", "결정" may follow), and a verb made of
    it is not in a future or purpose form ("인하할 여력", "인수하려고")."""
    last: Token | None = None  # the last token that starts inside the trigger
    nxt: list[Token] = []
    for t in tokens:
        if start <= t.start < end:
            last = t
            if end < t.end and t.tag in _NOUN_TAGS:
                return False  # the trigger ends inside a noun ("급등락")
        elif t.start >= end:
            nxt.append(t)
            if len(nxt) == 3:
                break
    if not nxt:
        return True
    ends_in_noun = last is not None and last.tag in {"NNG", "NNP"}
    first = nxt[0]
    if ends_in_noun and first.tag in _NOUN_TAGS and text[first.start : first.end] not in after_nouns:
        return False
    if first.tag in {"XSV", "XSA", "VV"} and len(nxt) > 1:
        second = nxt[1]
        if second.tag in {"ETM", "EC"} and second.form in _UNDONE_ENDINGS:
            return False
    return True


def _after(tokens: Sequence[Token], end: int, text: str, heads: frozenset[str]) -> Token | None:
    """The first token after ``end``, past bracketed asides and head nouns ("정부", "CEO")."""
    depth = 0
    for t in tokens:
        if t.start < end:
            continue
        if t.tag == "SSO":
            depth += 1
            continue
        if t.tag == "SSC":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if t.tag in {"NNG", "NNP", "SL"} and text[t.start : t.end] in heads:
            continue
        return t
    return None


_LATIN_PARTICLES = {"가": "JKS", "이": "JKS", "는": "JX", "은": "JX", "도": "JX"}


def _subject_marker(m: EntityMention, tokens: Sequence[Token], text: str, heads: frozenset[str]) -> Token | None:
    """The particle that marks ``m`` as a subject (이/가/은/는/도, 에서), else None.

    After a name that ends in a Latin letter or a sign ("OPEC+는"), Kiwi may read the particle as a verb
    ("늘+ㄴ"): a subject particle written right after such a name and followed by a space is one."""
    t = _after(tokens, m.end, text, heads)
    if t is not None and t.tag.startswith("J") and t.form in _SUBJECT_FORMS:
        return t
    if m.end < len(text) - 1 and m.end and not ("가" <= text[m.end - 1] <= "힣"):
        form = text[m.end]
        if form in _LATIN_PARTICLES and text[m.end + 1].isspace():
            return Token(form, _LATIN_PARTICLES[form], m.end, m.end + 1)
    return None


def _clause_between(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a clause ends between ``lo`` and ``hi`` (a connective ending: "…하지 않으면", "…하며"):
    a name before it belongs to that clause, not to a trigger after it."""
    return any(t.tag == "EC" and t.form in _CLAUSE_END and lo <= t.start and t.end <= hi for t in tokens)


def _other_subject(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a subject particle (이/가) stands between ``lo`` and ``hi``: the trigger then has its own subject."""
    return any(t.tag == "JKS" and lo <= t.start and t.end <= hi for t in tokens)


@cache
def _stock_markets() -> frozenset[str]:
    from briefings.facts.knowledge import entities

    return frozenset(e.name for e in entities() if e.cls == "stock_market")


def _type(mention: EntityMention) -> str:
    """The gazetteer type, with a stock market told apart from other markets ("AI 시장" is no stock market)."""
    entity = mention.entity
    if entity.type == "market" and entity.en in _stock_markets():
        return "stock_market"
    return entity.type


def _coordinated(
    mentions: Sequence[EntityMention], k: int, tokens: Sequence[Token], text: str, heads: frozenset[str]
) -> list[EntityMention]:
    """The names joined to ``mentions[k]`` by 와/과/및 before it ("A와 B가" -> [A, B])."""
    group = [mentions[k]]
    j = k - 1
    while j >= 0:
        prev = mentions[j]
        t = _after(tokens, prev.end, text, heads)
        gap = text[prev.end : group[0].start]
        if t is None or t.form not in _COORD_FORMS or t.end > group[0].start or len(gap.strip()) > 3:
            break
        group.insert(0, prev)
        j -= 1
        if j >= 0 and text[mentions[j].end : prev.start].strip() == "(":
            group[0] = mentions[j]  # "우아한형제들(배달의민족)과 ...": the name before its bracketed alias
            j -= 1
    return group


def _marks_object(m: EntityMention, trigger: int, tokens: Sequence[Token], text: str, dative: bool = False) -> bool:
    """Whether ``m`` reads as the trigger's object: 을/를, 의, 에 대한, or bare right before it; with ``dative``
    (sanctions, tariffs, fines: "중국에 관세를 부과", "구글에 과징금을 부과") also 에."""
    t = _after(tokens, m.end, text, frozenset())
    if t is None:
        return False
    if t.tag in _OBJECT_TAGS or (t.tag == "JKB" and t.form in {"와", "과"}):
        return True  # 을/를, 의, and 와/과 "with" ("한국과의 무역 합의")
    if dative and t.tag == "JKB" and t.form == "에":
        return True
    if t.form == "에" and text.startswith(("대한", "대해", " 대한", " 대해"), t.end):
        return True
    gap = text[m.end : trigger]
    if not gap.strip():
        return True
    # one noun between the name and the trigger: "딥시크 사용을 금지", "딥시크 앱 차단"
    inner = [x for x in tokens if m.end <= x.start and x.end <= trigger]
    nouns = [x for x in inner if x.tag in {"NNG", "NNP"}]
    return len(gap) <= _BARE_GAP and len(nouns) == 1 and all(x.tag in {"NNG", "NNP", "JKO", "SL"} for x in inner)


def _clause_bounds(tokens: Sequence[Token], text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    lo, hi = start, end
    for t in tokens:
        cut = (t.tag == "SP" and text[t.start : t.end] == ",") or (t.tag == "EC" and t.form in _CLAUSE_EC)
        if not cut:
            continue
        if t.end <= pos:
            lo = max(lo, t.end)
        elif t.start >= pos:
            hi = min(hi, t.start)
            break
    return lo, hi


def extract_events(
    article: Article, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None = None
) -> tuple[Event, ...]:
    """The events of an article, one per (kind, action, actors, object), first mention kept (``mentions``: the
    analysis's gazetteer names, ``analysis_mentions``, found here when not given)."""
    lex = lexicon()
    text = article.text
    if not analysis.tokens:
        return ()
    dates_by_sentence: dict[int, list[int]] = {}
    amounts_by_sentence: dict[int, list[Figure]] = {}
    money_by_sentence: dict[int, list[tuple[int, Figure]]] = {}
    quantities_by_sentence: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        if f.kind == "date" and isinstance(f.value, str) and len(f.value) >= 7:
            dates_by_sentence.setdefault(f.sentence, []).append(i)
        elif f.kind != "date":
            amounts_by_sentence.setdefault(f.sentence, []).append(f)
            if f.kind == "money":
                money_by_sentence.setdefault(f.sentence, []).append((i, f))
            elif f.kind in ("quantity", "count"):
                quantities_by_sentence.setdefault(f.sentence, []).append((i, f))
    date_pairs = {k: [(i, figures[i]) for i in v] for k, v in dates_by_sentence.items()}
    window_starts: dict[int, list[int]] = {}
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    every_mention = analysis_mentions(text, analysis) if mentions is None else mentions
    for si, (sentence, tokens) in enumerate(zip(analysis.sentences, analysis.tokens, strict=True)):
        matches = list(lex.pattern.finditer(text, sentence.start, sentence.end))
        if not matches:
            continue
        starts = {t.start for t in tokens}
        token_starts = [t.start for t in tokens]
        here = every_mention[si]
        mention_starts = [x.start for x in here]
        amounts = amounts_by_sentence.get(si, [])
        amount_starts = [f.start for f in amounts]
        body = text[sentence.start : sentence.end]
        hedged = any(h in body for h in lex.hedges)
        # a probe of a suspicion ("시세조종 의혹과 관련해 … 조사") is no report of the probe
        probe_hedged = any(h in _TOPIC.sub(" ", body) for h in lex.hedges)
        background = any(w in body for w in lex.background)
        for m in matches:
            if m.start() not in starts:
                continue
            after = text[m.end() : min(sentence.end, m.end() + _AFTER_WINDOW)]
            for word in lex.not_negations:  # "하면서" (while) holds "하면" (if) and denies nothing
                after = after.replace(word, " ")
            denied = [n for n in lex.negations if n in after]
            if denied and all(lex.spared.get(n) for n in denied):
                pass  # only words that some kinds survive: decided per row below
            elif denied:
                continue
            # Arguments are looked for in a window around the trigger (a clause is never longer), so a
            # sentence of thousands of names and triggers costs the same per trigger as a short one.
            lo, hi = max(sentence.start, m.start() - _WINDOW), min(sentence.end, m.end() + _WINDOW)
            near_tokens = tokens[bisect_left(token_starts, lo) : bisect_left(token_starts, hi)]
            if not _predicate(near_tokens, m.start(), m.end(), text, lex.after_nouns):
                continue
            near_mentions = here[bisect_left(mention_starts, lo) : bisect_left(mention_starts, hi)]
            near_amounts = amounts[bisect_left(amount_starts, lo) : bisect_left(amount_starts, hi)]
            found_kinds: set[str] = set()
            for row in lex.by_trigger[m.group()]:
                if row.kind in found_kinds or any(row.kind not in lex.spared.get(n, frozenset()) for n in denied):
                    continue  # the first row of a kind that finds its arguments is the event; or denied
                event = _event(row, si, m.start(), m.end(), text, near_tokens, near_mentions, lex, lo, hi)
                if event is None:
                    continue
                if "{detail}" in row.template and row.action != "order":  # a contract: what, with whom, worth what
                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    terms = deal_terms(
                        text,
                        clause_lo,
                        m.start(),
                        _near(money_by_sentence.get(si, ()), lo, hi, window_starts),
                        event.what is not None,
                        near_mentions,
                    )
                    if terms is None:
                        continue
                    event = Event(
                        event.kind, event.action, si, m.start(), m.end(), event.who, event.what, event.who_type,
                        also=event.also, detail=terms[0], whom=terms[1], amount=terms[2],
                    )  # fmt: skip
                if row.action == "order":  # an order won: what, from whom, at what price
                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    won = order_terms(
                        text, clause_lo, m.start(), _near(money_by_sentence.get(si, ()), lo, hi, window_starts),
                        _near(quantities_by_sentence.get(si, ()), lo, hi, window_starts), near_mentions,
                        "계약" in m.group(),
                    )  # fmt: skip
                    if won is None:
                        continue
                    event = replace(event, detail=won[0], whom=won[1], amount=won[2])
                if "{worth}" in row.template and event.detail and not event.amount:
                    # "… 건조 계약을 체결했다고 공시했다. 계약 금액은 1조4283억원(약 10억 달러)으로 …"
                    event = replace(event, amount=later_value(text, analysis, si, money_by_sentence))
                if any(p in row.template for p in ("{sum}", "{for}", "{total_sum}")):  # a fine's sum, a price
                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    object_end = max(
                        [x.end for x in near_mentions if x.end <= m.start() and x.entity.en == event.what]
                        or [clause_lo]
                    )
                    near_money = _near(money_by_sentence.get(si, ()), lo, hi, window_starts)
                    event = Event(
                        event.kind, event.action, si, m.start(), m.end(), event.who, event.what, event.who_type,
                        also=event.also, amount=sum_terms(text, object_end, m.start(), near_money),
                    )  # fmt: skip
                if "{charge}" in row.template:  # a fine: what it is for ("담합을 적발해 … 과징금")
                    charge = charge_terms(text, lo, m.start())
                    if charge is not None:
                        event = replace(event, detail=charge)
                if "{about}" in row.template:  # a probe: what it is about ("담합 혐의로")
                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    topic = topic_terms(text, clause_lo, m.start())
                    if topic is not None:
                        event = Event(
                            event.kind, event.action, si, m.start(), m.end(), event.who, event.what,
                            event.who_type, also=event.also, detail=topic,
                        )  # fmt: skip
                if "{object}" in row.template:  # a launch or a build: what it releases, from english_objects.tsv
                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    if row.kind == "launch":  # its name, its kind, where ("the Ioniq 3, a … hatchback, in South Korea")
                        from briefings.facts.launch import read_launch  # launch.py reads with this module's helpers

                        launched = read_launch(text, clause_lo, m.start())
                        if launched is None or text.startswith(_LAUNCH_AHEAD, m.end()):
                            continue  # "출시한다": a launch to come is not said as done
                        said: str | None = launched.said
                    else:
                        said = marked_object(text, clause_lo, m.start())
                    if said is None:
                        continue
                    if row.kind == "build":  # said only as the news of today: "짓는다", "건설한다고 밝혔다"
                        if not text.startswith(_BUILD_NOW, m.end()):
                            continue
                        where = site_of(text[clause_lo : m.start()].split())
                        said += f" in {where}" if where else ""
                    event = Event(
                        event.kind, event.action, si, m.start(), m.end(), event.who, event.what, event.who_type,
                        also=event.also, detail=said,
                    )  # fmt: skip
                if "{grades}" in row.template:  # a rating action: the grades or outlook words it moved between
                    from briefings.facts.ratings import rating_terms

                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    down, outlook = row.action.endswith("_cut"), "outlook" in row.action
                    grades = rating_terms(text, clause_lo, m.start(), down, outlook)
                    if grades is None:
                        continue
                    event = replace(event, detail=grades)
                if "{by}" in row.template:  # a cut: its size when it stands right before the trigger
                    clause_lo, _ = _clause_bounds(near_tokens, text, m.start(), lo, hi)
                    size = cut_terms(
                        text, clause_lo, m.start(), _near(quantities_by_sentence.get(si, ()), lo, hi, window_starts)
                    )
                    if size is not None:
                        # the start of the span the cut covers ("오는 5월부터"): said as "from May 2025"
                        since = [
                            i for i, _ in _near(date_pairs.get(si, ()), lo, hi, window_starts)
                            if clause_lo <= figures[i].start and figures[i].end <= m.start()
                            and text.startswith("부터", figures[i].end)
                        ]  # fmt: skip
                        event = Event(
                            event.kind, event.action, si, m.start(), m.end(), event.who, event.what,
                            event.who_type, also=event.also, detail=size[0], amount=(size[1], *since[:1]),
                        )  # fmt: skip
                found_kinds.add(row.kind)
                if row.kind == "market_move" and _has_amount(near_amounts, near_tokens, text, m.start()):
                    continue  # a move with its figure is a fact, said from the figure
                if row.kind == "market_move" and _turns_after(near_tokens, m.end()):
                    continue  # "장 초반 급등했으나 하락 마감했다": the move of part of the day, then the other way
                # one event per action and object ("the US" and "Trump" reaching one deal with South Korea)
                key = _key(event)
                if key in seen and row.action == "order" and event.detail != "an" and not background:
                    # "X가 일감을 따냈다. X는 … LNG 운반선 4척에 대한 건조 계약을 체결했다": the lead's bare order
                    # takes what the disclosure sentence right after it says was ordered (no other value said)
                    events = [
                        replace(e, detail=event.detail, whom=e.whom or event.whom)
                        if _key(e) == key and e.detail == "an" and si - e.sentence <= _RETOLD
                        and (not event.amount or event.amount == e.amount) else e
                        for e in events
                    ]  # fmt: skip
                if event.kind == "deal" and any(  # a deal between A and B is one deal, whoever is named first
                    e.action == event.action and event.what in (*e.who, e.what) for e in events
                ):
                    continue
                date = _date_before(dates_by_sentence.get(si, ()), figures, m.start(), lo, text)
                if row.kind == "deal" and reported_after(text, m.end()):
                    date = None  # "이날 … 계약을 맺었다고 밝혔다": the date is the report's, not the contract's
                if key in seen and event.amount and not background:
                    # "감산을 결정하면서 …" then "하루 100만배럴을 추가 감산하기로 합의했다": the mention with the size
                    # says the event; the bare one before it goes
                    bare = [e for e in events if _key(e) == key and not e.amount and e.date is None]
                    if bare:
                        events.remove(bare[0])
                        seen.discard(key)
                if "{object}" in row.template:
                    # "X가 AI 에이전트를 내놨다. X는 24일 … AI 에이전트 서비스를 공개했다": one launch, the fuller
                    # telling said
                    told = [e for e in events if e.kind == event.kind and e.who == event.who and e.detail]
                    if any(len(e.detail or "") >= len(event.detail or "") for e in told):
                        continue
                    for e in told:
                        events.remove(e)
                        seen.discard(_key(e))
                if key in seen or (event.kind == "ipo" and any(e.kind == "ipo" for e in events)):
                    continue  # an article reports one listing: its first mention names it
                if event.kind == "tender_offer" and any(
                    e.kind == "tender_offer" and e.what == event.what for e in events
                ):
                    continue  # one offer for one company, whichever row named it first
                if row.kind == "market_move":  # the last cue of a sentence decides ("급락하면서 하락세로 마감")
                    events = [
                        e for e in events if not (e.kind == "market_move" and e.sentence == si and e.who == event.who)
                    ]
                seen.add(key)
                if background and date is None:
                    continue  # "앞서 … 동결했다": an undated past event would read as the news
                events.append(
                    Event(
                        kind=event.kind,
                        action=event.action,
                        sentence=si,
                        start=m.start(),
                        end=m.end(),
                        who=event.who,
                        what=event.what,
                        who_type=event.who_type,
                        date=date,
                        hedged=probe_hedged if event.kind == "probe" else hedged,
                        also=event.also,
                        detail=event.detail,
                        whom=event.whom,
                        amount=event.amount,
                    )
                )
    # strike votes and board splits are read by their own modules, on the gazetteer names found here
    events.extend(strike_votes(text, analysis, figures, every_mention))
    events.extend(board_splits(text, analysis, figures, every_mention))
    told = acts(text, analysis, figures, every_mention)  # rulings, approvals, walkouts (facts/acts.py)
    events.extend(told)
    found = decisions(text, analysis, figures, every_mention, events)  # decisions and plans (facts/decisions.py)
    events = [e for e in events if not any(_told_by(d, e) for d in found)]
    events.extend(found)
    events.extend(corporate_events(text, analysis, figures, every_mention))  # share issues, splits, suits (corporate)
    return tuple(_without_unnamed_twins(events, figures))


def _without_unnamed_twins(events: list[Event], figures: Sequence[Figure]) -> list[Event]:
    """An event found with no object ("1·2위 업체에 과징금 총 443억원") beside the same action by the same actor
    with a named object and the same sum ("A와 B에 과징금 443억원") is that one told vaguer: it is not kept."""

    def sums(e: Event) -> frozenset[object]:
        return frozenset(figures[i].value for i in e.amount if 0 <= i < len(figures))

    named = {(e.action, e.who, v) for e in events if e.what is not None for v in sums(e)}
    return [e for e in events if e.what is not None or not any((e.action, e.who, v) in named for v in sums(e))]


def _near(
    pairs: Sequence[tuple[int, Figure]], lo: int, hi: int, starts: dict[int, list[int]]
) -> Sequence[tuple[int, Figure]]:
    """The (index, figure) pairs (in text order) that start between ``lo`` and ``hi``: a window's figures
    (``starts`` caches each list's start offsets, so a window costs a bisection, not a pass)."""
    key = id(pairs)
    if key not in starts:
        starts[key] = [f.start for _, f in pairs]
    at = starts[key]
    return pairs[bisect_left(at, lo) : bisect_left(at, hi)]


_BUT = frozenset({"으나", "나", "지만", "는데", "은데", "ㄴ데", "ᆫ데"})


def _turns_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether a "but" clause ending (으나, 지만, 는데) follows the trigger right after its verb: what comes next
    turns the move ("급등했으나 하락 마감")."""
    after = [t for t in tokens if t.start >= end][:4]
    for t in after:
        if t.tag == "EC":
            return t.form in _BUT
    return False


def _key(event: Event) -> tuple[object, ...]:
    """One event per action and object ("the US" and "Trump" reaching one deal with South Korea)."""
    return (event.kind, event.action, event.who if event.what is None else (), event.what)


def _has_amount(amounts: Sequence[Figure], tokens: Sequence[Token], text: str, pos: int) -> bool:
    if not amounts:
        return False
    lo, hi = _clause_bounds(tokens, text, pos, tokens[0].start if tokens else pos, tokens[-1].end if tokens else pos)
    return any(lo <= f.start < hi for f in amounts)


_SPAN_BOUNDS = ("부터", "까지")


def _date_before(indices: Sequence[int], figures: Sequence[Figure], pos: int, lo: int, text: str = "") -> int | None:
    """The last date figure between ``lo`` and ``pos`` (indices are in text order) that is a day the event
    happened: a bound of the span it covers ("오는 5월부터 연말까지 … 감산하기로 합의") is not its date, and the
    date before that bound may be ("지난 5일 … 오는 5월부터")."""
    k = _bisect_end(indices, figures, pos)
    while k and figures[indices[k - 1]].start >= lo:
        f = figures[indices[k - 1]]
        if not text.startswith(_SPAN_BOUNDS, f.end) and not _period_of_a_noun(f, text):
            return indices[k - 1]
        k -= 1
    return None


def _period_of_a_noun(f: Figure, text: str) -> bool:
    """A period that names what a noun after it is of ("3분기 실적 발표 뒤 강세"): the results' quarter, not the day
    the event happened (fact_cues.tsv, period_noun); a day ("5일 실적 발표") may still date it."""
    if len(str(f.value)) == 10:
        return False
    after = text[f.end : f.end + 12].lstrip()
    return after.startswith(_period_nouns())


def _period_nouns() -> tuple[str, ...]:
    return tuple(fact_cues().words("period_noun"))


def _bisect_end(indices: Sequence[int], figures: Sequence[Figure], pos: int) -> int:
    """How many of the figures ``indices`` end at or before ``pos``."""
    a, b = 0, len(indices)
    while a < b:
        mid = (a + b) // 2
        if figures[indices[mid]].end <= pos:
            a = mid + 1
        else:
            b = mid
    return a


def _event(
    row: _Row,
    si: int,
    start: int,
    end: int,
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[EntityMention],
    lex: _Lexicon,
    s_start: int,
    s_end: int,
) -> Event | None:
    lo, _ = _clause_bounds(tokens, text, start, s_start, s_end)
    region_lo = s_start if row.kind == "view" else lo
    if row.needs and not any(n in text[region_lo:start] for n in row.needs):
        return None
    before = [k for k, mention in enumerate(mentions) if mention.end <= start]
    who: list[EntityMention] = []
    for k in reversed(before):
        mention = mentions[k]
        if _type(mention) not in row.who:
            continue
        marker = _subject_marker(mention, tokens, text, lex.heads)
        if marker is None:
            continue
        if marker.tag == "JKS" and row.kind != "view" and _clause_between(tokens, marker.end, start):
            continue  # "한국이 미국과 합의하지 않으면 … 부과하겠다": 한국 is the subject of the if-clause
        if row.kind != "view" and _other_subject(tokens, marker.end, start):
            return None  # "한국 증시도 … 종목이 급락하면서": the move is the stocks', not the market's
        who = [g for g in _coordinated(mentions, k, tokens, text, lex.heads) if _type(g) in row.who]
        break
    what: EntityMention | None = None
    also: list[EntityMention] = []
    if row.what:
        floor = who[-1].end if who else region_lo
        for k in reversed(before):
            mention = mentions[k]
            if mention.start < floor:
                break
            if _clause_between(tokens, mention.end, start):
                continue  # an object of an earlier clause
            if _type(mention) in row.what and _marks_object(mention, start, tokens, text, row.kind == "sanction"):
                # objects joined by 와/과/및 are objects together ("A와 B에 대한 조사": both are probed)
                group = [
                    g
                    for g in _coordinated(mentions, k, tokens, text, frozenset())
                    if g.start >= floor and _type(g) in row.what
                ]
                what, also = group[0], group[1:]
                break
        if what is None and not row.what_optional:
            return None
        if what is not None and any(w in text[what.end : start] for w in lex.parts.get(row.action, ())):
            return None  # "인텔 지분을 인수": a stake in it is bought, not the company
    if not who and what is not None and what.entity.type == "product" and what.entity.owner:
        owner = what.entity.owner
        if not any(x.entity.type in row.who for x in mentions if x.end <= start and x is not what):
            return Event(row.kind, row.action, si, start, end, (owner,), what.entity.en, "company")
    if not who:
        return None
    names = tuple(dict.fromkeys(x.entity.en for x in who))
    what_name = what.entity.en if what is not None else None
    others = tuple(n for n in dict.fromkeys(x.entity.en for x in also) if n != what_name)
    if (what_name is not None and what_name in names) or any(n in names for n in others):
        return None
    return Event(row.kind, row.action, si, start, end, names, what_name, _type(who[0]), also=others)


# --------------------------------------------------------------------------- deals with their terms


@dataclass(frozen=True)
class StakeDeal:
    """A stake purchase read with its terms: "[buyer]은 [target] 지분 N%를 [price]에 인수하기로 했다".

    ``buyer`` and ``target`` are English ("a US company" for a target the text does not name in Latin letters),
    ``stake`` the index of the percentage figure (-1: the whole company is bought), ``price`` the indices of the
    price and its conversion (may be empty), ``verb`` the English verb its tense gives ("will buy", "bought")."""

    sentence: int
    start: int
    end: int
    buyer: str
    target: str
    stake: int
    price: tuple[int, ...]
    verb: str
    date: int | None = None  # a date figure before the stake in its sentence ("2024년 12월 … 지분 N%를 인수했다")
    asset: bool = False  # the target is an asset, not a company ("'에볼라(Evola)' 가스전": "the Evola gas field")
    seller: str = ""  # the seller written before the target with 로부터 ("산토스(Santos)로부터"), "" when none
    further: bool = False  # a stake added to one held ("지분 5%를 추가로 매입": "a further 5%")
    kind: str = ""  # the stake's kind in English ("경영권 지분": "controlling"), "" when plain


@cache
def _deal_rows() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("events_deals.tsv"):
        if len(r) >= 2 and r[0] != "kind" and r[1]:
            out.setdefault(r[0], []).append((r[1], r[2] if len(r) > 2 else "-"))
    return {k: tuple(v) for k, v in out.items()}


def _deal_words(kind: str) -> tuple[str, ...]:
    return tuple(ko for ko, _ in _deal_rows().get(kind, ()))


_STAKE_BEFORE = re.compile(r"(\S+?)\s*(?:\([^()]{0,40}\))?\s*(?:의\s*)?지분(?:율)?\s*$")
_OBJECT_AFTER = re.compile(r"\s*(?:을|를)\s*")
_STAKE_OWNER = re.compile(r"(\S+?)\s*(?:\([^()]{0,40}\))?\s*(?:의\s*)?$")  # the owner before "경영권"
_TO_BUYER = re.compile(r"\S+(?:에게|에)\s+\S*\s*지분")  # "C에 B 지분을 매각": the buyer named before the stake
_FURTHER = re.compile(r"추가(?:로)?\s*")
_BARE_AFTER = re.compile(r"\s+")  # a stake written bare before its purchase noun: no price follows
_PRICE_GAP = re.compile(r"\s*(?:\(\s*)?")
_PRICE_END = re.compile(r"\s*\)?\s*에\s*")
_SUBJECT_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:은|는|이|가)\s")
_DEAL_AFTER = 16  # characters after a purchase verb's stem where its tense or a deny word stands
_BUYER_TYPES = frozenset({"company", "bank", "org"})
_TARGET_TYPES = frozenset({"company", "bank"})


def _target_name(word: str, before: str, glosses: dict[str, str], here: Sequence[EntityMention], at: int) -> str | None:
    """The English of a stake's target: a gazetteer company or bank ending at ``at``, the article's Latin gloss of
    the word, else "a US company" when a country word stands right before it; None when nothing names it."""
    for x in here:
        if x.end == at and x.entity.type in _TARGET_TYPES and x.entity.en:
            return x.entity.en
    if word in glosses:
        return glosses[word]
    countries = dict(_deal_rows().get("country", ()))
    words = before.split()
    if words and words[-1].endswith(_deal_words("company_noun")):
        words = words[:-1]  # "미국 반도체설계업체 X": the word describing the company
    if words and words[-1] in countries:
        return _indefinite_country(countries[words[-1]], "company")
    return None


def _indefinite_country(adjective: str, noun: str) -> str:
    # "an Indian company", "a US company", "a Ukrainian company" (U sounds "you")
    return ("an " if adjective[:1] in "AEIO" else "a ") + f"{adjective} {noun}"


_LAST_NAME = re.compile(r"""(?:['‘"“](?P<q>[^'’"”]{1,60})['’"”]|(?P<w>\S+))\s*$""")


def _is_asset(word: str) -> tuple[str, str] | None:
    """The asset row (Korean, English) whose noun ends ``word``, the longest first; None when none does."""
    assets = sorted(_deal_rows().get("asset", ()), key=lambda r: len(r[0]), reverse=True)
    return next(((ko, en) for ko, en in assets if word.endswith(ko)), None)


_NAME_WORD = re.compile(r"""^['‘"“]?(?P<ko>[^'’"”()\s]+)(?:\((?P<gloss>[A-Za-z][A-Za-z0-9 .&'-]{0,40})\))?['’"”]?$""")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 .&-]*$")


def _asset_name(word: str, before: str, glosses: dict[str, str]) -> str | None:
    """The English of an asset whose stake is bought ("'에볼라(Evola)' 가스전": "the Evola gas field"; "호주 가스전":
    "an Australian gas field"): an asset noun of events_deals.tsv (asset rows) ending ``word``, with the name
    written right before it (its Latin gloss, the article's gloss of it, or a quoted Latin name) or a country
    word; None when neither names it."""
    noun = _is_asset(word)
    if noun is None:
        return None
    prefix = word[: -len(noun[0])]
    if prefix:
        return f"the {glosses[prefix]} {noun[1]}" if prefix in glosses else None
    words = before.split()
    if not words:
        return None
    countries = dict(_deal_rows().get("country", ()))
    if words[-1] in countries:
        return _indefinite_country(countries[words[-1]], noun[1])
    last = _LAST_NAME.search(before)
    if last is None:
        return None
    quoted = last.group("q") is not None
    m = _NAME_WORD.match(last.group("q") or last.group("w") or "")
    if m is None:
        return None
    if m.group("gloss"):
        name = m.group("gloss").strip()
    elif m.group("ko") in glosses:
        name = glosses[m.group("ko")]
    elif quoted and _LATIN_NAME.match(m.group("ko")):
        name = m.group("ko")
    else:
        return None
    return f"the {name} {noun[1]}"


_UNIT_AFTER = re.compile(r"\s+([A-Z][A-Za-z]*&[A-Z][A-Za-z]*)(?=\s*(?:\([^()]{0,40}\))?\s*(?:은|는|이|가)\s)")
_VERB_TAGS = frozenset({"VV", "VA", "XSV", "XSA", "VX"})
_JOINED_BEFORE = re.compile(r"(?:와|과|및|,)\s*$")  # a name joined to the one before it


def _nearest_buyer(text: str, here: Sequence[EntityMention], tokens: Sequence[Token], at: int) -> str | None:
    """The buyer of a stake when the fact names none: the last company, bank or organisation before ``at`` marked
    as subject, said with the Latin name of its unit when one follows it ("SK이노베이션 E&S가": "SK Innovation
    E&S"); None when a relative or another clause stands between it and the stake ("B가 보유한 C 지분")."""
    found: tuple[int, str] | None = None
    joint = False
    for x in here:
        if x.entity.type not in _BUYER_TYPES or not x.entity.en or x.end > at:
            continue
        unit = _UNIT_AFTER.match(text, x.end)
        if unit is not None:
            found = (unit.end(), f"{x.entity.en} {unit.group(1)}")
        elif _SUBJECT_AFTER.match(text, x.end):
            found = (x.end, x.entity.en)
        else:
            continue
        joint = bool(_JOINED_BEFORE.search(text, max(0, x.start - 4), x.start))
    if found is None or joint:
        return None  # "A와 B가 … 지분을 공동 인수": B is not the only buyer
    return None if _clause_between_words(tokens, found[0], at) else found[1]


def _clause_between_words(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a clause ending or a verb's relative ending stands between ``lo`` and ``hi`` ("B가 보유한 C", "B로부터
    투자받은 C"; the copula's "광구인" is no verb)."""
    between = [t for t in tokens if lo <= t.start < hi]
    return any(
        t.tag.startswith(("EC", "EF")) or (t.tag == "ETM" and k > 0 and between[k - 1].tag in _VERB_TAGS)
        for k, t in enumerate(between)
    )


_FROM = re.compile(r"(\S+?)\s*(?:\(([^()]{1,40})\))?\s*(?:으로부터|로부터)\s")


def _seller_before(
    text: str,
    head: str,
    glosses: dict[str, str],
    here: Sequence[EntityMention],
    base: int,
    tokens: Sequence[Token] = (),
    at: int = -1,
) -> str:
    """The seller written before a stake with 로부터 ("산토스(Santos)로부터"): its Latin gloss, the article's gloss
    of it, or a gazetteer company that is the whole word; "" when none is named."""
    found = list(_FROM.finditer(head))
    if len(found) != 1:
        return ""
    m = found[0]
    if _clause_between_words(tokens, base + m.end(), at):
        return ""  # "B로부터 투자받은 C 지분": B gave something else, it does not sell the stake
    gloss = (m.group(2) or "").strip()
    if gloss and _LATIN_NAME.match(gloss) and not (gloss.isupper() and len(gloss) <= 5):
        return glosses.get(m.group(1), gloss)
    if m.group(1) in glosses:
        return glosses[m.group(1)]
    start, end = base + m.start(1), base + m.end(1)
    for x in here:
        if x.start == start and x.end == end and x.entity.type in _TARGET_TYPES and x.entity.en:
            return x.entity.en
    return ""


def stake_deals(
    text: str, analysis: Analysis, figures: Sequence[Figure], subjects: dict[int, str], mentions: Mentions | None = None
) -> list[StakeDeal]:
    """The stake purchases of an article with their terms (``subjects``: figure index -> the subject its fact
    names, the buyer); a deal whose buyer, target or verb cannot be read is not returned."""
    if not analysis.tokens:
        return []
    every = analysis_mentions(text, analysis) if mentions is None else mentions
    sale_stems = _deal_words("sale_stem")  # "지분 30%를 매각하기로 했다": the subject sells
    stems = (*_deal_words("stem"), *sale_stems)
    denies = _deal_words("deny")
    tenses = _deal_rows().get("tense", ())
    stake_kinds = dict(_deal_rows().get("stake_kind", ()))
    by_start = {f.start: i for i, f in enumerate(figures)}
    glosses: dict[str, str] | None = None
    out: list[StakeDeal] = []
    for i, f in enumerate(figures):
        if f.kind != "percent" or not 0 <= f.sentence < len(analysis.sentences):
            continue
        sentence = analysis.sentences[f.sentence]
        head = text[sentence.start : f.start]
        m = _STAKE_BEFORE.search(head)
        o = _OBJECT_AFTER.match(text, f.end) or _BARE_AFTER.match(text, f.end)  # "지분 25% 인수 계약을 체결했다"
        if m is None or o is None:
            continue
        pos = o.end()
        price: list[int] = []
        while o.group().strip() and pos in by_start and figures[by_start[pos]].kind == "money" and len(price) < 2:
            price.append(by_start[pos])
            pos = figures[price[-1]].end
            g = _PRICE_GAP.match(text, pos)
            if g is not None and g.end() in by_start and figures[by_start[g.end()]].kind == "money":
                pos = g.end()
        if price:
            e = _PRICE_END.match(text, pos)
            if e is None:
                continue
            pos = e.end()
        more = _FURTHER.match(text, pos)  # "지분 5%를 추가로 매입했다": a further stake
        if more is not None:
            pos = more.end()
        stem = next((s for s in stems if text.startswith(s, pos)), None)
        if stem is None:
            continue
        after = text[pos + len(stem) : min(sentence.end, pos + len(stem) + _DEAL_AFTER)]
        if any(d in after for d in denies):
            continue
        verb = next((en for ko, en in tenses if ko in after), None)
        if verb is not None and stem in sale_stems:  # the seller is the subject: "will sell", "sold"
            verb = verb.replace("bought", "sold").replace("buy", "sell")
            if text[sentence.start : pos].count("에 ") > 1 or _TO_BUYER.search(text, sentence.start, pos):
                continue  # "C에 … 매각": to whom the English would leave out
        buyer = subjects.get(i)
        if verb is None:
            continue
        here = every[f.sentence] if f.sentence < len(every) else ()
        word, word_at, kind = m.group(1), m.start(1), ""
        if word in stake_kinds:  # "B의 경영권 지분 51%": a controlling stake in B
            k = _STAKE_OWNER.search(head, 0, word_at)
            if k is None:
                continue
            word, word_at, kind = k.group(1), k.start(1), stake_kinds[word]
        target_at = sentence.start + word_at + len(word)
        if glosses is None:
            glosses = article_glosses(text)
        # an asset first ("호주 가스전": a gas field, never "an Australian company"), then a company
        if any(x.end == target_at and x.entity.type in _TARGET_TYPES and x.entity.en for x in here):
            target, asset = _target_name(word, head[:word_at], glosses, here, target_at), False
        else:
            target = _asset_name(word, head[:word_at], glosses)
            asset = target is not None
            if target is None and not _is_asset(word):
                target = _target_name(word, head[:word_at], glosses, here, target_at)
        named = [
            x
            for x in here
            if x.entity.en == buyer
            and x.entity.type in _BUYER_TYPES
            and x.end <= sentence.start + word_at
            and _SUBJECT_AFTER.match(text, x.end)
        ]
        if not named:  # the subject nearest the stake, a unit's name with it ("SK이노베이션 E&S가")
            nearest = _nearest_buyer(text, here, analysis.tokens[f.sentence], sentence.start + word_at)
            # never against the fact's subject: only where it names none, or names the unit's parent
            buyer = nearest if nearest and (not buyer or nearest.startswith(buyer + " ")) else None
        if buyer is None or target is None or target == buyer:
            continue  # the buyer must be written as the sentence's subject before the target
        seller = _seller_before(
            text, head, glosses, here, sentence.start, analysis.tokens[f.sentence], sentence.start + word_at
        )
        dated = _deal_dates(text, figures, f, pos + len(stem))
        out.append(
            StakeDeal(
                f.sentence, pos, pos + len(stem), buyer, target, i, tuple(price), verb,
                date=dated[-1] if dated else None, asset=asset, seller=seller if seller not in (buyer, target) else "",
                further=more is not None, kind=kind,
            )
        )  # fmt: skip
    out += _company_deals(text, analysis, figures, subjects, every, {d.price[:1] for d in out})
    return out + _glossed_deals(text, analysis, every, {d.sentence for d in out})


def _deal_dates(text: str, figures: Sequence[Figure], f: Figure, verb_end: int) -> list[int]:
    """The date figures before a deal's stake in its sentence (not the bounds of a span), none when the verb is
    reported ("…를 인수했다고 12일 공시했다": the day is the report's, not the purchase's)."""
    if reported_after(text, verb_end):
        return []
    return [
        j
        for j, d in enumerate(figures)
        if d.sentence == f.sentence and d.kind == "date" and d.end <= f.start
        and not text.startswith(_SPAN_BOUNDS, d.end)
    ]  # fmt: skip


def _glossed_deals(text: str, analysis: Analysis, every: Mentions, taken: set[int]) -> list[StakeDeal]:
    """A company the article names in Latin letters bought with no price given ("A는 B(Gloss)를 인수했다"): the
    gazetteer's own companies are the acquisition row's (events.tsv); the buyer is the clause's subject."""
    glosses = article_glosses(text)
    if not glosses:
        return []
    stems = "|".join(re.escape(x) for x in _deal_words("stem"))
    names = "|".join(re.escape(k) for k in sorted(glosses, key=len, reverse=True))
    pattern = re.compile(rf"({names})\s*(?:\([^()]{{0,40}}\))?\s*(?:을|를)\s*({stems})")
    denies = _deal_words("deny")
    tenses = _deal_rows().get("tense", ())
    out: list[StakeDeal] = []
    for si, sentence in enumerate(analysis.sentences):
        if si in taken:
            continue
        for m in pattern.finditer(text, sentence.start, sentence.end):
            after = text[m.end() : min(sentence.end, m.end() + _DEAL_AFTER)]
            verb = next((en for ko, en in tenses if ko in after), None)
            if verb is None or any(d in after for d in denies):
                continue
            here = every[si] if si < len(every) else ()
            buyers = [
                x for x in here
                if x.entity.type in _BUYER_TYPES and x.end <= m.start() and _SUBJECT_AFTER.match(text, x.end)
            ]  # fmt: skip
            if not buyers or buyers[-1].entity.en == glosses[m.group(1)]:
                continue
            out.append(StakeDeal(si, m.start(2), m.end(2), buyers[-1].entity.en, glosses[m.group(1)], -1, (), verb))
    return out


_COMPANY_BEFORE = re.compile(r"(\S+?)\s*(?:\([^()]{0,40}\))?\s*(?:을|를)\s*$")


def _company_deals(
    text: str,
    analysis: Analysis,
    figures: Sequence[Figure],
    subjects: dict[int, str],
    every: Mentions,
    taken: set[tuple[int, ...]],
) -> list[StakeDeal]:
    """Purchases of a whole company at a price: "[buyer]은 [target]을 [price]에 인수하기로 했다" (``stake`` -1); the
    target a gazetteer company, the article's Latin gloss, or a company noun after a country ("미국 반도체업체를")."""
    stems = _deal_words("stem")
    denies = _deal_words("deny")
    tenses = _deal_rows().get("tense", ())
    company_nouns = _deal_words("company_noun")
    by_start = {f.start: i for i, f in enumerate(figures)}
    glosses = article_glosses(text)
    out: list[StakeDeal] = []
    for i, f in enumerate(figures):
        if f.kind != "money" or (i,) in taken or not 0 <= f.sentence < len(analysis.sentences):
            continue
        sentence = analysis.sentences[f.sentence]
        head = text[sentence.start : f.start]
        m = _COMPANY_BEFORE.search(head)
        if m is None:
            continue
        price, pos = [i], f.end
        g = _PRICE_GAP.match(text, pos)
        if g is not None and g.end() in by_start and figures[by_start[g.end()]].kind == "money":
            price.append(by_start[g.end()])
            pos = figures[price[-1]].end
        e = _PRICE_END.match(text, pos)
        if e is None:
            continue
        pos = e.end()
        stem = next((x for x in stems if text.startswith(x, pos)), None)
        if stem is None:
            continue
        after = text[pos + len(stem) : min(sentence.end, pos + len(stem) + _DEAL_AFTER)]
        verb = next((en for ko, en in tenses if ko in after), None)
        buyer = subjects.get(i)
        if any(d in after for d in denies) or verb is None or not buyer:
            continue
        word = m.group(1)
        here = every[f.sentence] if f.sentence < len(every) else ()
        at = sentence.start + m.start(1) + len(word)
        named = any(x.end == at and x.entity.type in _TARGET_TYPES for x in here) or word in glosses
        if not named and not word.endswith(company_nouns):
            continue  # "공장을 N원에 인수": a plant, not a company
        target = _target_name(word, head[: m.start(1)], glosses, here, at)
        if target is None or target == buyer:
            continue
        if not any(
            x.entity.en == buyer and x.entity.type in _BUYER_TYPES and x.end <= sentence.start + m.start(1)
            and _SUBJECT_AFTER.match(text, x.end)
            for x in here
        ):  # fmt: skip
            continue
        dated = _deal_dates(text, figures, f, pos + len(stem))
        out.append(
            StakeDeal(
                f.sentence, pos, pos + len(stem), buyer, target, -1, tuple(price), verb,
                date=dated[-1] if dated else None,
            )
        )  # fmt: skip
    return out


@dataclass(frozen=True)
class DealClosing:
    """When a deal is due to close: the sentence, the date figure, and whether approval comes first."""

    sentence: int
    date: int
    approval: bool


_CLOSING_REACH = 6  # sentences after a deal where the sentence saying when it closes may stand


def deal_closings(text: str, analysis: Analysis, figures: Sequence[Figure], after: int) -> DealClosing | None:
    """The first sentence after sentence ``after`` (within a few) that says when the deal closes: it starts with a
    closing subject ("거래는"), holds a closing verb and a word of schedule, and a dated figure before the verb."""
    subjects = _deal_words("closing_subject")
    verbs = _deal_words("closing_verb")
    whens = _deal_words("closing_when")
    for si in range(after + 1, min(len(analysis.sentences), after + 1 + _CLOSING_REACH)):
        s = analysis.sentences[si]
        body = text[s.start : s.end]
        lead = body.lstrip()
        if not lead.startswith(subjects) and not any(", " + x in body for x in subjects):
            continue  # the closing subject opens the sentence or one of its clauses ("…지급하며, 거래는 …")
        at = min((body.find(v) for v in verbs if v in body), default=-1)
        if at < 0 or not any(w in body[at:] for w in whens):
            continue
        dated = [
            i
            for i, f in enumerate(figures)
            if f.sentence == si and f.kind == "date" and s.start <= f.start and f.end <= s.start + at
            and isinstance(f.value, str) and f.value[:1].isdigit()
        ]  # fmt: skip
        if dated:
            return DealClosing(si, dated[-1], any(a in body[:at] for a in _deal_words("approval")))
    return _closing_at(text, analysis, figures, after)


def _closing_at(text: str, analysis: Analysis, figures: Sequence[Figure], after: int) -> DealClosing | None:
    """The closing told as the time of another step ("인수 대금은 2027년 상반기 거래 종결 시점에 지급한다"): a date
    figure right before a closing noun (events_deals.tsv closing_at) in a sentence within a few after the deal's."""
    nouns = _deal_words("closing_at")
    for i, f in enumerate(figures):
        if (
            f.kind != "date"
            or not 0 < f.sentence - after <= _CLOSING_REACH
            or not 0 <= f.sentence < len(analysis.sentences)
        ):
            continue
        if not (isinstance(f.value, str) and f.value[:1].isdigit()):
            continue
        if any(text.startswith(" " + n, f.end) or text.startswith(n, f.end) for n in nouns):
            s = analysis.sentences[f.sentence]
            return DealClosing(f.sentence, i, any(a in text[s.start : f.start] for a in _deal_words("approval")))
    return None


# --------------------------------------------------------------------------- objects of launches and investments


@cache
def _object_rows() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _rows("english_objects.tsv"):
        if len(r) >= 3 and r[0] != "kind" and r[1]:
            out.setdefault(r[0], {})[r[1]] = r[2]
    return out


_QUOTED = re.compile(r"""^['‘"“](?P<name>[^'’"”]{1,40})['’"”]$""")
_ASIDE_WORD = re.compile(r"\([^()]{0,20}\)")
_HANGUL = re.compile(r"[가-힣]")
_VOWEL_ACRONYM = frozenset("AEFHILMNORSX")
_ORDINALS = frozenset({"second", "third", "fourth", "new"})


def _indefinite(phrase: str) -> str:
    """ "a"/"an" before a phrase, none before a plural head ("facilities")."""
    first = phrase.split()[0] if phrase else ""
    if first.isupper() and first.isalpha():
        return ("an " if first[0] in _VOWEL_ACRONYM else "a ") + phrase
    vowel = first[:1].lower() in "aeiou" and not first.lower().startswith(("uni", "use", "eu"))
    return ("an " if vowel else "a ") + phrase


def object_phrase(text: str, lo: int, end: int, article: bool = True) -> str | None:
    """The English of the object written right before ``end`` (where its particle stands), read back word by
    word from ``lo`` (english_objects.tsv): "an AI agent service", "HyperCLOVA X-based ..."; None when its last
    word is no known head or no word is known."""
    words = text[lo:end].split()
    rows = _object_rows()
    heads, nouns, adjs = rows.get("head", {}), rows.get("noun", {}), rows.get("adj", {})
    name: str | None = None
    if words and (q := _QUOTED.match(words[-1])) is not None:
        name = q.group("name") if not _HANGUL.search(q.group("name")) else ""
        words = words[:-1]
    elif words and words[-1][-1:] in "'’\"”":  # a quoted name of several words: read back to its opening quote
        k = next((j for j in range(len(words) - 1, -1, -1) if words[j][:1] in "'‘\"“"), -1)
        joined = " ".join(words[k:])
        q = _QUOTED.match(joined)
        if q is not None:
            name = q.group("name") if not _HANGUL.search(q.group("name")) else ""
            words = words[:k]
    if not words:
        return None
    last = _ASIDE_WORD.sub("", words[-1])
    if last not in heads:
        return None
    said_nouns: list[str] = [heads[last]]
    said_adjs: list[str] = []
    based = ""
    k = len(words) - 2
    while k >= 0:
        w = _ASIDE_WORD.sub("", words[k])
        if w in nouns or w in heads:
            said_nouns.insert(0, nouns.get(w) or heads[w])
        elif w in adjs:
            said_adjs.insert(0, adjs[w])
        elif w == "기반" and k > 0:
            # "'HyperCLOVA X' 기반": read back to the quoted Latin name it is based on
            j = next((i for i in range(k - 1, -1, -1) if words[i][:1] in "'‘\"“"), -1)
            q = _QUOTED.match(" ".join(words[j:k])) if j >= 0 else None
            if q is not None and not _HANGUL.search(q.group("name")):
                based = q.group("name") + "-based "
            break
        else:
            break
        k -= 1
    deduped = [w for i, w in enumerate(said_nouns) if i == 0 or w != said_nouns[i - 1]]
    order = deduped[-1].split()
    if (
        len(order) > 1 and order[0] in _ORDINALS
    ):  # "초고압 변압기 2공장": "a second ultra-high-voltage transformer plant"
        said_adjs.insert(0, order[0])
        deduped[-1] = " ".join(order[1:])
    phrase = " ".join([*said_adjs, *deduped])
    if based:
        phrase = based + phrase
    if article and not phrase.split()[-1].endswith(("ies", "ls", "ts", "infrastructure")):
        phrase = _indefinite(phrase)
    return f"{name}, {phrase}" if name else phrase


_OBJECT_PARTICLE = re.compile(r"(?:을|를)\s*$")


def marked_object(text: str, lo: int, trigger: int) -> str | None:
    """The English of the object marked with 을/를 right before a trigger ("… AI 에이전트 서비스를 공개"), read
    from ``lo`` (the clause's start); None when no object phrase stands there or a word of it is not known."""
    m = _OBJECT_PARTICLE.search(text, lo, trigger)
    if m is None:
        return None
    return object_phrase(text, lo, m.start())


@cache
def _sites() -> tuple[dict[str, str], dict[str, str]]:
    """(finer places: english_sites.tsv, countries and regions: english_places.tsv)."""
    fine = {r[0]: r[1] for r in _rows("english_sites.tsv") if len(r) >= 2 and r[0] != "place"}
    wide = {r[0]: r[1] for r in _rows("english_places.tsv") if len(r) >= 2 and r[0] != "place"}
    return fine, wide


def places() -> dict[str, str]:
    """Countries and regions (english_places.tsv): Korean -> English ("유럽": "Europe")."""
    return _sites()[1]


_SITE_SUFFIXES = ("시", "군", "도", "주")
_SITE_PARTICLE = re.compile(r"(?:에서|에|의)$")
_BUILD_NOW = ("는다", "한다", "는다고", "한다고")


def site_of(words: Sequence[str]) -> str | None:
    """The most specific known place among ``words`` ("미국 앨라배마주 몽고메리 법인": "Alabama"), else a country
    or region ("the US"), else None."""
    fine, wide = _sites()
    found_fine: str | None = None
    found_wide: str | None = None
    for w in words:
        w = _SITE_PARTICLE.sub("", w)
        bare = w[:-1] if w.endswith(_SITE_SUFFIXES) and w[:-1] in fine else w
        if w in fine or bare in fine:
            found_fine = fine.get(w) or fine[bare]
        elif w in wide:
            found_wide = found_wide or wide[w]
    return found_fine or found_wide


_PHRASE_WORDS = 4  # words before 에 read as the place or object of an investment
_IN_GAP = re.compile(r"에\s+((?:[0-9]+년(?:까지|부터)?|올해(?:부터)?|내년(?:까지|부터)?|총|약)\s+){0,3}$")
_STOP_END = re.compile(r"(?:은|는|이|가|을|를|고|며|서|일)$")
_CONVERSION = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:을|를)\s*")


def invest_terms(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[str, str]:
    """(" in AI infrastructure" or " in Ulsan", " to build a plant in Ulsan"): where an investment figure goes, from
    the 에-phrase before it, and what it builds, from the clause after it ("N원을 투자해 X 공장을 건설"); each ""
    when the text does not say it in words english_objects.tsv / english_sites.tsv know."""
    head = text[sentence_start:start]
    m = _IN_GAP.search(head)
    words: list[str] = []
    if m is not None:
        for w in reversed(head[: m.start()].split()):
            if _STOP_END.search(w) and words:
                break
            if _STOP_END.search(w):
                break
            words.insert(0, w)
            if len(words) == _PHRASE_WORDS:
                break
    site = site_of(words) if words else None
    into = ""
    builds = dict(_deal_rows().get("build", ()))
    if len(words) > 1 and site is None and words[-1] in builds:
        # "AI 컴퓨팅 인프라 확충에 N원을 투입": to expand what the words before the verb-noun name
        phrase = " ".join(words[:-1])
        said = object_phrase(phrase, 0, len(phrase), article=False)
        if said:
            return "", f" to {builds[words[-1]]} {said}"
    if words and site is None:
        phrase = " ".join(words)
        said = object_phrase(phrase, 0, len(phrase), article=False)
        into = f" in {said}" if said else ""
    purpose = ""
    c = _CONVERSION.match(text, end)
    if c is not None:
        rest = text[c.end() : sentence_end]
        link = next((w for w in _deal_words("invest_link") if rest.startswith(w + " ")), None)
        if link is not None:
            rest = rest[len(link) + 1 :]
            for ko, en in _deal_rows().get("build", ()):
                at = rest.find(ko)
                p = _OBJECT_PARTICLE.search(rest, 0, at) if at > 0 else None
                if p is None or "," in rest[:at]:
                    continue
                said = object_phrase(rest, 0, p.start())
                if said:
                    here = site_of(rest[: p.start()].split())
                    where = here or site
                    purpose = f" to {en} {said}" + (f" in {where}" if where else "")
                break
    if purpose:
        return into, purpose
    return into or (f" in {site}" if site else ""), ""


@dataclass(frozen=True)
class PlantStage:
    """A date figure that schedules a plant's stage ("2028년 하반기 가동"): its sentence, figure, English phrase."""

    sentence: int
    date: int
    phrase: str


_STAGE_GAP = re.compile(r"\s*(?:에|부터|중)?\s*")
_JOB_BEFORE = 10  # characters before a count of people where a job word stands ("고용 인원은 약 600명")
_JOB_AFTER = 8  # and after it ("800명의 직접 고용")


def plant_stages(text: str, analysis: Analysis, figures: Sequence[Figure]) -> list[PlantStage]:
    """The scheduled stages of a plant: a date figure followed by a stage word (events_deals.tsv), in a sentence
    that says it is planned ("목표", "예정", "계획")."""
    stages = _deal_rows().get("stage", ())
    whens = _deal_words("closing_when")
    denies = _deal_words("deny")
    out: list[PlantStage] = []
    for i, f in enumerate(figures):
        if f.kind != "date" or not 0 <= f.sentence < len(analysis.sentences):
            continue
        s = analysis.sentences[f.sentence]
        body = text[s.start : s.end]
        if not any(w in body for w in whens) or any(d in body for d in denies if d not in whens):
            continue
        g = _STAGE_GAP.match(text, f.end)
        at = g.end() if g is not None else f.end
        phrase = next((en for ko, en in stages if text.startswith(ko, at)), None)
        if phrase is not None:
            out.append(PlantStage(f.sentence, i, phrase))
    return out


def job_counts(text: str, figures: Sequence[Figure]) -> list[int]:
    """Counts of people a job word stands right before or after ("신규 고용 인원은 약 600명", "800명의 직접 고용")."""
    jobs = _deal_words("job")
    out = []
    for i, f in enumerate(figures):
        if f.kind != "count" or not f.en.endswith(" people"):
            continue
        before = text[max(0, f.start - _JOB_BEFORE) : f.start]
        after = text[f.end : f.end + _JOB_AFTER]
        if any(j in before or j in after for j in jobs):
            out.append(i)
    return out


def government_words() -> tuple[tuple[str, str], ...]:
    """(bare Korean subject word, the English government it names in a home article): events_deals.tsv."""
    return _deal_rows().get("government", ())


def deal_words(kind: str) -> tuple[tuple[str, str], ...]:
    """The (Korean, English) rows of one kind of events_deals.tsv."""
    return _deal_rows().get(kind, ())


def deal_seller(text: str, analysis: Analysis, after: int, mentions: Mentions | None = None) -> tuple[int, str] | None:
    """(sentence, English name) of a deal's seller: a sentence within a few after the deal's that opens with a
    seller subject ("매도자는") and names a company the gazetteer or the article's Latin gloss knows."""
    every = analysis_mentions(text, analysis) if mentions is None else mentions
    words = _deal_words("seller")
    glosses = article_glosses(text)
    for si in range(after + 1, min(len(analysis.sentences), after + 1 + _CLOSING_REACH)):
        s = analysis.sentences[si]
        body = text[s.start : s.end].lstrip()
        if not body.startswith(words):
            continue
        here = every[si] if si < len(every) else ()
        named = [x.entity.en for x in here if x.entity.type in _BUYER_TYPES and x.entity.en]
        named += [en for ko, en in glosses.items() if ko in body]
        return (si, named[0]) if len(set(named)) == 1 else None
    return None


def deal_valuation(
    text: str, analysis: Analysis, figures: Sequence[Figure], after: int, buyer_names: Sequence[str]
) -> tuple[int, int, bool] | None:
    """(sentence, figure, including debt) of a deal's target valuation: a sentence within a few after the deal's
    with a valuation word whose owner (the word before 의) is not the buyer ``buyer_names`` (Korean), and a money
    figure right before a valuation verb ("… 15억 달러로 평가됐다")."""
    words = _deal_words("valuation")
    verbs = _deal_words("valuation_verb")
    for si in range(after + 1, min(len(analysis.sentences), after + 1 + _CLOSING_REACH)):
        s = analysis.sentences[si]
        body = text[s.start : s.end]
        at = min((body.find(w) for w in words if w in body), default=-1)
        if at < 0:
            continue
        owner = body[:at].rstrip().removesuffix("의").split()[-1:] if body[:at].strip() else []
        if owner and any(owner[0].startswith(b) or b.startswith(owner[0]) for b in buyer_names):
            continue  # the buyer's own value
        for i, f in enumerate(figures):
            if f.sentence == si and f.kind == "money" and text.startswith(verbs, f.end):
                return si, i, any(d in body for d in _deal_words("with_debt"))
    return None


def object_heads() -> frozenset[str]:
    """The English of the head nouns of english_objects.tsv ("plant", "data centre")."""
    return frozenset(_object_rows().get("head", {}).values())
