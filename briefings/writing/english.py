"""The English briefing: a headline stating the article's lead fact, and up to six lines.

Lines are said from the facts (``Fact``: subject, measure, role, direction, date, time of day,
conversion, source) and the events (``Event``) with templates kept as data (``data/english.tsv``,
``data/events.tsv``, ``data/english_claims.tsv``); every number in a line is a figure's own English
form (``Figure.en``), never formatted here.  Related facts of one sentence are said in one line
("SK hynix shares fell 9.86% to ₩199,200", "from ₩445.5 trillion to ₩407.7 trillion"), a currency
conversion rides in parentheses with the figure it converts.  A fact whose subject, measure or role
is unknown, or that no template can say, is not said: it stays in the key-figure table.  A line
that would hold Hangul is dropped, never shown.

The headline is the lead fact: the fact or event that the title and the first body sentences
state, not the biggest number; it is not repeated among the lines, and no fact is said twice.

Everything here is linear in the number of figures and sentences (a figure flood must not hang).
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from briefings.analysis.figure_en import date_en as date_figure_en
from briefings.analysis.figure_en import is_bracket, ordinal
from briefings.analysis.names import first_person
from briefings.facts import rules_probes
from briefings.facts.attribution import EntityMention, Mentions, analysis_mentions, main_entity
from briefings.facts.events import (
    background_words,
    covered_by,
    deal_closings,
    deal_seller,
    deal_valuation,
    deal_words,
    government_words,
    invest_terms,
    job_counts,
    needed_words,
    object_heads,
    plant_stages,
    stake_deals,
    total_before,
)
from briefings.facts.events import template as event_template
from briefings.facts.housing import housing_data, is_housing_subject
from briefings.facts.housing import streak as housing_streak
from briefings.facts.housing import subjects as housing_subjects
from briefings.facts.knowledge import base_before, comparison_bases, fact_cues, listed_market, nearest_base
from briefings.facts.labour import labour_measures, labour_phrase, segment_class
from briefings.facts.launch import launch_terms, read_launch
from briefings.facts.yields import yield_names
from briefings.lexicon import Entity, _rows, changes, entity_by_ko, entity_pattern, glossary, measure_by_key
from briefings.model import Analysis, Article, BriefLine, Event, Fact, Figure
from briefings.writing.buybacks import manner as buyback_manner
from briefings.writing.contract_shares import contract_share_lines
from briefings.writing.buybacks import period as buyback_period
from briefings.writing.buybacks import said_on as buyback_said_on
from briefings.writing.forms import next_sentence_conversions
from briefings.writing.frame import (
    cumulative,
    daily_limit,
    frame_words,
    job_estimate,
    own_clause,
    payout_context,
    previous_quarter_base,
    prior_result,
    same_stem,
    stated_outlook,
    venue,
)
from briefings.writing.halts import halt_lines
from briefings.writing.notices import notice_lines
from briefings.writing.nouns import is_noun, noun_fact, numbered_per
from briefings.writing.nouns import nouns as noun_rows
from briefings.writing.nouns import main_subject as noun_owner
from briefings.writing.nouns import values as noun_values
from briefings.writing.presales import presale_lines
from briefings.writing.records import CLAUSE_MARKS as _CLAUSE_MARKS
from briefings.writing.records import RUN_LONGEST as _RUN_LONGEST
from briefings.writing.records import clause_run, month_record
from briefings.writing.records import ordinal as _ordinal
from briefings.writing.records import clause_span as _clause_span
from briefings.writing.price_components import is_price_release, price_lines, rate_record, release_subjects
from briefings.writing.releases import breakdown_lost, release_lines, whole_lines
from briefings.writing.sales_segments import SegmentLine, business_lines, segment_lines
from briefings.writing.weekly_pace import weekly_pace
from briefings.writing.wording import (
    amount_fits,
    candidates,
    counterpart_marks,
    date_en,
    fill,
    fits,
    fx_currency,
    has_hangul,
    joined,
    may_lack_subject,
    measure_groups,
    measure_noun,
    measure_weight,
    name_phrase,
    possessive,
    sayable,
    subject_fits,
)

MAX_LINES = 6
_HOUSING = "housing"  # the type of a housing survey's prices (english_default_measures.tsv: housing_price)
_ARTICLE_TYPES = frozenset({"index", "market"})  # "the KOSPI", "the Korean stock market"
_PREPOSITIONS = ("by ", "on ", "in ", "until ", "since ", "before ", "after ", "from ", "at ", "around ")
_SAID_ROLES = frozenset({"level", "change", "estimate", "claim", "threshold"})
_VERB_AFTER = 16  # characters after a figure where its Korean verb of change is looked for
_VERB_BEFORE = 10
_GPU_MODEL_WINDOW = 16
_GPU_MODEL = re.compile(r"\b[HAB][0-9]{2,3}\b")
_SIGN = re.compile(r"[-+\u2212](?=[0-9])")
_LEGACY_CHANGE_ROLE = {"fall": "change", "rise": "change", "lose": "change", "grow": "change"}
_LEGACY_LEVEL = frozenset({"cost", "hold", "use", "invest", "value"})
_DOWN = frozenset({"fall", "lose", "drop", "decline", "plunge"})
_UP = frozenset({"rise", "grow", "gain", "jump", "surge"})


@dataclass(frozen=True)
class EnglishBriefing:
    """The headline (a line without its full stop, or None) and the lines below it."""

    headline: BriefLine | None
    lines: tuple[BriefLine, ...]


@dataclass
class _Item:
    """Something to say: one line of facts (or an event) with what it rests on."""

    text: str
    sentence: int
    figures: tuple[int, ...]
    key: tuple[object, ...]
    weight: float
    subjects: tuple[str, ...]
    position: int  # where it stands in the text (for order)
    hedged: bool = False
    event: Event | None = None
    surfaces: tuple[str, ...] = field(default=())
    atoms: frozenset[tuple[object, ...]] = field(default=frozenset())  # (subject, measure, value, unit) said
    date: str | None = None  # the event date of its facts
    actual: bool = False  # it states what happened (a level, move or threshold), not an estimate or claim
    approximate: bool = False  # every figure of it is rounded ("about 9%", "more than 8%")
    size: int = 1  # how many facts it states (a move said two ways counts twice, a conversion not)
    moves: tuple[tuple[str | None, str | None, str], ...] = ()  # (subject, measure, direction) of its changes
    time: str | None = None  # the time of day it is said at (close, open, intraday)
    stmts: tuple[_Stmt, ...] = ()  # the facts it states
    also: tuple[int, ...] = ()  # other sentences that state it (a rounded echo in the title)
    past: bool = False  # said at a past time the text gives (" last month"): background, not the news
    tail: tuple[int, str] | None = None  # (a result's figure, the clause said after that result's line)


# --------------------------------------------------------------------------- names, dates, figures


@cache
def _types_by_name() -> dict[str, frozenset[str]]:
    """Canonical name -> its gazetteer types (a name may have several: "Nasdaq" the index and the exchange)."""
    out: dict[str, set[str]] = {}
    for e in glossary():
        out.setdefault(e.en, set()).add(e.type)
    try:
        from briefings.facts.knowledge import entities

        for k in entities():
            if k.cls in {"stock_index", "stock_market"}:
                out.setdefault(k.name, set()).add("index" if k.cls == "stock_index" else "market")
    except (ImportError, OSError, ValueError):  # the comparison's gazetteer is optional here
        pass
    for name in housing_subjects():  # a housing survey's prices ("Seoul apartment prices", data/housing.tsv)
        out.setdefault(name, set()).add(_HOUSING)
    return {name: frozenset(types) for name, types in out.items()}


def _name(subject: str, upper: bool) -> str:
    kinds = _types_by_name().get(subject, frozenset())
    kind = next(iter(sorted(kinds))) if len(kinds) == 1 else None
    phrase = name_phrase(subject, bool(kinds & _ARTICLE_TYPES), kind)
    return phrase[:1].upper() + phrase[1:] if upper and phrase.startswith("the ") else phrase


def _subject_fits(measure: str, subject: str) -> bool:
    kinds = _types_by_name().get(subject)
    if not kinds:
        return subject_fits(measure, None)
    return any(subject_fits(measure, kind) for kind in kinds)


def _usable(name: str | None) -> bool:
    return bool(name) and not has_hangul(name or "")


def date_phrase(figure: Figure) -> str:
    """The date said in English: " on 27 January 2025", " by 2030", " in late 2024"."""
    en = figure.en.strip()
    if not en:
        return ""
    if en.lower().startswith(_PREPOSITIONS):
        return " " + en
    if en.startswith("end-"):
        return " at " + en  # "9월 말": "at end-September 2026"
    if (isinstance(figure.value, str) and len(figure.value) == 10) or re.match(r"[0-9]{1,2} [A-Z]", en):
        return " on " + en  # a day ("27 January 2025", "1 August")
    return " in " + en


_YEAR_OR_MONTH = re.compile(r"[0-9]{4}(?:-[0-9]{2})?")


class _Dates:
    """Date figures by value (a fact's date figure in O(log n)) and by sentence, and the story's own day."""

    def __init__(self, figures: Sequence[Figure], text: str = "") -> None:
        self.figures = figures
        self.text = text  # the article's text: what follows a date figure ("4일부터": the start of a span)
        self.by_value: dict[str, list[tuple[int, int]]] = {}
        self.by_sentence: dict[int, list[tuple[int, Figure]]] = {}
        for i, f in enumerate(figures):
            if f.kind == "date":
                self.by_sentence.setdefault(f.sentence, []).append((i, f))
                if isinstance(f.value, str):
                    self.by_value.setdefault(f.value, []).append((f.start, i))
        self.lead_day = _lead_day(figures)

    def find(self, value: str | None, anchor: Figure) -> int | None:
        """The date figure of ``value`` in ``anchor``'s own sentence, else the nearest before it (else the first
        after it). A figure of another sentence whose English says more than its value ("2027년 상반기": value
        2027, "the first half of 2027") is not the date of a fact dated only by the year: it is passed over."""
        if value is None:
            return None
        found = self.by_value.get(value)
        if not found:
            return None
        own = [i for _, i in found if self.figures[i].sentence == anchor.sentence]
        if own:
            return min(own, key=lambda i: abs(self.figures[i].start - anchor.start))
        found = [(s, i) for s, i in found if not self._narrower(self.figures[i])]
        if not found:
            return None
        k = bisect.bisect_right(found, (anchor.start, len(self.figures)))
        return found[k - 1][1] if k else found[0][1]

    @staticmethod
    def _narrower(figure: Figure) -> bool:
        """Whether a date figure's English names a part of the span its value holds (a half, a season, "late")."""
        value = figure.value
        return (
            isinstance(value, str)
            and not figure.high
            and _YEAR_OR_MONTH.fullmatch(value) is not None
            and date_figure_en(value) != date_figure_en(value, figure.surface)
        )


def _unsigned(en: str) -> str:
    """A figure's English form without its sign: the verb says the direction ("fell 5.43%")."""
    return _SIGN.sub("", en, count=1)


def _sign(figure: Figure) -> str | None:
    """The direction a signed figure states ("-9.86%" down, "+3%" up), else None."""
    first = figure.surface.lstrip()[:1]
    if first in ("-", "\u2212") or (isinstance(figure.value, float | int) and figure.value < 0):
        return "down"
    if first == "+":
        return "up"
    return None


def _direction(fact: Fact, figure: Figure) -> str | None:
    """up | down | None; None also when the fact's sign and its direction disagree."""
    direction = fact.direction
    if direction is None and fact.change is not None:
        direction = "down" if fact.change in _DOWN else "up" if fact.change in _UP else None
    sign = _sign(figure)
    if direction is None:
        return sign
    if sign is not None and sign != direction:
        return None
    return direction


def _role(fact: Fact, figure: Figure) -> str | None:
    """The fact's role; for a fact without one, what its change word and measure clearly make it."""
    if fact.role is not None:
        return fact.role
    if fact.change in _LEGACY_CHANGE_ROLE:
        if figure.kind == "percent" or fact.measure == "market_value":
            return "change"
        return None
    if fact.change in _LEGACY_LEVEL:
        return "level"
    if fact.change == "reach":
        return "estimate"
    if fact.change is None and fact.measure in {"development_cost", "training_cost", "gpus", "gpu_count"}:
        return "level"
    return None


@cache
def _verb_cues() -> tuple[tuple[str, str, str], ...]:
    """(Korean cue, direction, English past verb), the strong verbs first ("폭락" -> plunged)."""
    out: list[tuple[str, str, str]] = []
    for c in changes():
        direction = "down" if c.key == "fall" else "up" if c.key == "rise" else ""
        if direction:
            out += [(cue, direction, c.en_past) for cue in c.cues]
    return tuple(out)


def _verb(text: str, figure: Figure, sentence_end: int, direction: str | None) -> str | None:
    """The past-tense verb of a move, as strong as the Korean right after (or before) the figure."""
    if direction is None:
        return None
    after = text[figure.end : min(sentence_end, figure.end + _VERB_AFTER)]
    before = text[max(0, figure.start - _VERB_BEFORE) : figure.start]
    after, before = own_clause(after, before)  # never a verb of the next clause ("2.4%↑…채소값 급등에")
    plain = "fell" if direction == "down" else "rose"
    for window in (after, before):
        best: tuple[int, str] | None = None
        for cue, d, verb in _verb_cues():
            i = window.find(cue)
            if i >= 0 and d == direction and (best is None or i < best[0]):
                best = (i, verb)
        if best is not None:
            return best[1]
    return plain


def _invest_verb(text: str, figure: Figure, sentence_end: int) -> str | None:
    """The verb of an investment as its Korean tense says ("투자할 계획" plans to invest); None if it does not."""
    after = text[figure.end : min(sentence_end, figure.end + 24)]
    rows = [c for c in changes() if c.key == "invest"]
    for c in rows:
        for cue in c.cues:
            i = after.find(cue)
            if i < 0:
                continue
            if cue == "투자":  # the bare noun: only a past ending makes it "invested"
                rest = after[i + len(cue) : i + len(cue) + 3]
                return c.en_past if rest.startswith(("했", "한 ", "됐", "된 ")) else None
            return c.en_past
    return None


@cache
def _goods_rows() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("english_goods.tsv"):
        if len(r) >= 3 and r[1]:
            out.setdefault(r[0], []).append((r[1], r[2]))
    return {k: tuple(v) for k, v in out.items()}


_SIZED = r"(?:상당|규모|어치)"  # "N 상당의 X", "N 규모의 X", "X를 N어치"
_GOODS_BEFORE = re.compile(r"(?:은|는|이|가)\s+(?P<goods>[^,.\"“”]{1,40}?)(?:을|를)\s*$")


@cache
def _purchase_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(goods after the figure, the verb right after it): the purchase verbs from english_goods.tsv."""
    stems = "|".join(re.escape(ko) for ko, _ in _goods_rows().get("stem", ()))
    after = re.compile(rf"\s*{_SIZED}?의?\s+(?P<goods>[^,.\"“”]{{1,40}}?)(?:을|를)\s*(?:{stems})")
    return after, re.compile(rf"\s*{_SIZED}(?:를|을)?\s*(?:{stems})")


_PAREN = re.compile(r"\([^()]{0,20}\)")
_TENSE_REACH = 4  # characters after the purchase verb's stem its own tense ending stands within ("할 계획")
_LINKED = re.compile(r"(?:하|이)?(?:고|며)[\s,]")  # "구매하고, …": the clause goes on to the sentence's verb


def _goods_en(phrase: str) -> str | None:
    """The English of a goods phrase ("농산물": "farm products"), or
    None when any word of it is not known (english_goods.tsv): a purchase of unnamed goods is not said."""
    rows = _goods_rows()
    goods, joiners, origins = dict(rows.get("goods", ())), dict(rows.get("joiner", ())), dict(rows.get("origin", ()))
    words: list[str] = []
    for token in _PAREN.sub("", phrase).split():
        if token in joiners:
            words.append(joiners[token])
            continue
        if token in origins:
            words.append(origins[token])
            continue
        if token in goods:
            words.append(goods[token])
            continue
        ending = next((j for j in ("나", "와", "과") if token.endswith(j) and token[: -len(j)] in goods), None)
        if ending is None:
            return None
        words += [goods[token[: -len(ending)]], joiners[ending]]
    if not words or words[-1] in joiners.values() or not any(w in goods.values() for w in words):
        return None
    return " ".join(words)


def _purchase(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> tuple[str | None, str | None]:
    """(goods, verb) of a purchase figure: what is bought, written next to the figure, and the tense the Korean
    gives it after the purchase verb; (None, None) when either cannot be read."""
    after = text[figure.end : sentence_end]
    goods_after, stem_after = _purchase_patterns()
    m = goods_after.match(after)
    phrase, rest = (m.group("goods"), after[m.end() :]) if m else (None, "")
    if m is None and (n := stem_after.match(after)) is not None:
        b = _GOODS_BEFORE.search(text[sentence_start : figure.start])
        phrase, rest = (b.group("goods"), after[n.end() :]) if b else (None, "")
    goods = _goods_en(phrase) if phrase else None
    if goods is None:
        return None, None
    found = sorted((rest.find(cue), en) for cue, en in _goods_rows().get("tense", ()) if cue in rest)
    # the tense is the verb's own ending ("구매할 계획", "사들였다"), or, after "구매하고", the sentence's
    # ("구매하고 … 투자하기로 합의했다"); "구매하는 방안을 논의했다" says neither
    own = [en for at, en in found if at <= _TENSE_REACH]
    linked = _LINKED.match(rest) is not None
    verb = own[0] if own else (found[0][1] if found and linked else None)
    return (goods, verb) if verb is not None else (None, None)


# "2023년 4분기와 비교하면", "2023년 4분기 대비": a change measured against a quarter the text names
_QUARTER_BASE = re.compile(
    r"((?:19|20)\d{2})\s*년\s*([1-4])\s*분기\s*(?:\([^()]{0,40}\))?\s*"
    r"(?:와|과)?\s*(?:비교하면|비교해|비교하여|비교할 때|대비|보다|에 비해)"
)
_SENTENCE_END = re.compile(r"[.!?。]\s")
_FRAME_BACK = 120  # characters before a sentence where the sentence framing it ("전년 동기 대비로는 …") is read
_PERCENT = re.compile(r"[0-9]\s*(?:%|퍼센트|포인트|%p)")


def _nearest_base(head: str) -> tuple[int, str] | None:
    """(end, English) of the base words written nearest the end of ``head``, asides in parentheses left out
    ("직전 분기(10조원) 대비"); a named quarter is its own base (" from Q4 2023")."""
    best = nearest_base(head)
    for m in _QUARTER_BASE.finditer(head):
        if best is None or m.end() > best[0]:
            best = (m.end(), f"from Q{m.group(2)} {m.group(1)}")
    return best


def _base(text: str, figure: Figure, sentence_start: int) -> str | None:
    """What a move is measured against (" year on year"); " -" for an estimate ("컨센서스와 비교하면 … 14%
    낮았다": a gap to the consensus, no move). The base words are the nearest before the move in its sentence,
    an aside in parentheses between them left out ("직전 분기(10조원) 대비 18.6%"); one base word governs every
    move after it in the sentence ("전년 동기 대비 매출은 8.2%, 영업이익은 41.3% 늘었다"). A sentence with
    none is framed by the sentence before when that one names a base and no figure after it ("전년 동기
    대비로는 늘었다. 매출은 10.7%, …"). None when no base is written."""
    near = base_before(text, sentence_start, figure.start, asides=True)
    gap = near is not None and near.strip() == _NOT_A_MOVE.strip()
    if gap and _estimate_in_other_clause(text, figure, sentence_start):
        return None  # "전망치에 부합한 결과였고, 주가는 장 마감 후 3% 올랐다": the estimate is another clause's
    if near is not None:
        return " " + near
    head = _ASIDES.sub("", text[sentence_start : figure.start])
    found = _nearest_base(head)
    if found is None and _SAME_SPAN.search(head):
        found = _nearest_base(_ASIDES.sub("", _sentence_before(text, sentence_start)))
        found = None if found is None or found[1] == _NOT_A_MOVE.strip() else found  # "같은 기간 47.9% 증가": as before
    if found is None:
        found = _frame_base(text, sentence_start)
    return None if found is None else " " + found[1]


# "영업이익은 같은 기간 47.9% 증가했다": over the same span as the move of the sentence before, against its base
_SAME_SPAN = re.compile(r"(?:^|\s)같은\s?기간(?:\s?동안)?\s*$")


_ASIDES = re.compile(r"\([^()]{0,40}\)")
_CLAUSE_BREAK = re.compile(r"[가-힣](?:고|며|지만|는데|으나|면서)\s*,?\s")  # a clause that ends: "부합한 결과였고, …"


def _estimate_in_other_clause(text: str, figure: Figure, sentence_start: int) -> bool:
    """Whether the estimate word nearest before a move ("예상치", "컨센서스") stands in an earlier clause of the
    sentence than the move: a clause ending with its verb between them ("…였고, ", "…며 "); a bare comma
    ("컨센서스 대비, 14% 낮았다") keeps the gap."""
    head = text[sentence_start : figure.start]
    cues = [cue for cue, en in comparison_bases() if en.strip() == _NOT_A_MOVE.strip()]
    at = max((head.rfind(c) + len(c) for c in cues if head.rfind(c) >= 0), default=-1)
    return at >= 0 and _CLAUSE_BREAK.search(_ASIDES.sub("", head[at:])) is not None


def _frame_base(text: str, sentence_start: int) -> tuple[int, str] | None:
    """The base the sentence right before ``sentence_start`` names with no figure after it (a frame: "전년 동기
    대비로는 상승했다."), else None."""
    before = text[max(0, sentence_start - _FRAME_BACK) : sentence_start]
    ends = list(_SENTENCE_END.finditer(before.rstrip() + " "))
    if not ends:
        return None
    last_end = ends[-1].start()  # the end of the sentence right before
    prev_start = ends[-2].end() if len(ends) > 1 else 0
    if len(ends) == 1 and sentence_start - _FRAME_BACK > 0:
        return None  # the sentence before is longer than the window: not read
    prev = before[prev_start:last_end]
    prev = prev[prev.rfind("\n") + 1 :]  # a title line or paragraph before is no part of it
    found = _nearest_base(_ASIDES.sub("", prev))
    if found is None or found[1] == _NOT_A_MOVE.strip():
        return None
    tail = _ASIDES.sub("", prev)[found[0] :]
    return None if re.search(r"[0-9]", tail) else found


_RATE_WINDOW = 60  # characters before a rate where the words naming it stand


@cache
def _rate_nouns() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in _rows("english_rates.tsv") if len(r) >= 2)


def _rate_noun(text: str, figure: Figure, sentence_start: int) -> str:
    """Which rate a rate figure is: the nearest naming words before it ("대출 금리": lending rate)."""
    window = text[max(sentence_start, figure.start - _RATE_WINDOW) : figure.start]
    best: tuple[int, int, str] | None = None
    for cue, noun in _rate_nouns():
        i = window.rfind(cue)
        key = (i + len(cue), len(cue))  # the nearest end, then the longest name ("금융중개지원대출 금리")
        if i >= 0 and (best is None or key > best[:2]):
            best = (*key, noun)
    return best[2] if best else "interest rate"


_UNIT_WORDS = re.compile(r" (?:units?|pieces?|items?|sets?)$")


def _gpus(figure: Figure, text: str, sentence_start: int) -> str:
    """The GPU count with the model names written right before it ("GPU(H800) 2048개" -> "2,048 H800 GPUs")."""
    window = text[max(sentence_start, figure.start - _GPU_MODEL_WINDOW) : figure.start]
    models = list(dict.fromkeys(_GPU_MODEL.findall(window)))
    en = _UNIT_WORDS.sub("", figure.en)  # "2,000 units" + GPUs: "2,000 GPUs", never "2,000 units GPUs"
    if not models:
        return en if re.search(r"GPU|chip", en) else en + " GPUs"
    if en.endswith(" GPUs"):
        return f"{en[: -len(' GPUs')]} {'/'.join(models)} GPUs"
    return f"{en} {'/'.join(models)} GPUs"


# --------------------------------------------------------------------------- facts -> statements


@dataclass
class _Stmt:
    """One fact to say, with its figure, its folded conversion and what is known of it."""

    fact: Fact
    index: int
    figure: Figure
    role: str
    direction: str | None
    extra: str = ""  # " (about ₩847 trillion)"
    cited: list[int] = field(default_factory=list)
    folded: Figure | None = None  # the figure said in parentheses with it
    move: _Stmt | None = None  # a results level: the move of it the next sentence states
    move_base: str = ""  # what that move is measured against (" year on year")
    when: str = ""  # a past time the text gives but no date figure dates (" last month"), said as the date
    replaced: Figure | None = None  # an estimate's earlier value it replaces ("12만원에서 13만원으로 상향")
    period: str = ""  # the span or forecast horizon the words fix (" for the full year", " for next year")
    unread: bool = False  # a forecast with two periods before it and no telling which it is for
    base: str | None = None  # what the change is measured against when read from more than its words


def _fold_conversions(
    text: str, facts: Sequence[Fact], figures: Sequence[Figure]
) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """Figure index -> (" (its conversion)", conversion index); and the indices folded away.

    A conversion is the fact whose ``equivalent_of`` names the figure, or a figure in
    parentheses right after another of the same measure ("5억 달러(약 7200억원)", "19.43포인트(0.8%)").
    """
    extra: dict[int, tuple[str, int]] = {}
    folded: set[int] = set()
    indices = {f.figure for f in facts if f.figure is not None}
    for fact in facts:
        if fact.figure is None or fact.role != "conversion" or fact.equivalent_of is None:
            continue
        if fact.equivalent_of in indices and fact.equivalent_of not in extra:
            extra[fact.equivalent_of] = (f" ({figures[fact.figure].en})", fact.figure)
            folded.add(fact.figure)
    for amount, conversion in next_sentence_conversions(text, facts, figures).items():  # "원화로 환산하면 약 N"
        if amount not in extra and amount not in folded and conversion not in folded:
            extra[amount] = (f" ({figures[conversion].en})", conversion)
            folded.add(conversion)
    ordered = [f for f in facts if f.figure is not None and f.claim is None]
    links = _cue_table("english_links.tsv")
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.figure is not None and b.figure is not None
        if a.figure in extra or b.figure in folded or a.figure in folded or b.role not in (None, "conversion", a.role):
            continue
        fa, fb = figures[a.figure], figures[b.figure]
        if fa.sentence == fb.sentence and _apposed(text[fa.end : fb.start], a, b, fa, fb, links):
            extra[b.figure] = (f" ({fa.en})", a.figure)  # "18%인 약 372만 주": "about 3.72 million shares (18%)"
            folded.add(a.figure)
            continue
        gap = text[fa.end : fb.start].strip()
        opened = gap.startswith("(") and gap[1:].strip() in ("", *links.get("aside", ()))
        if fa.sentence != fb.sentence or not opened:
            continue
        if text[fb.end : fb.end + 1] != ")":
            continue
        conversion = fa.kind == fb.kind == "money" and fa.unit != fb.unit
        # "234.64p(8.77%)": one move said two ways, the second in parentheses
        same = b.subject in (None, a.subject) and b.measure in (None, a.measure) and fa.kind != fb.kind
        if conversion or (same and a.measure is not None and b.direction in (None, a.direction)):
            extra[a.figure] = (f" ({fb.en})", b.figure)
            folded.add(b.figure)
    return extra, folded


def _apposed(gap: str, a: Fact, b: Fact, fa: Figure, fb: Figure, links: dict[str, tuple[str, ...]]) -> bool:
    """Whether a share of a total is linked to the count it is ("18%인 약 372만 주"): one quantity said twice."""
    if gap.strip() not in links.get("apposition", ()) or fa.unit != "%" or fb.kind == "percent" or fb.unit == "%":
        return False
    if a.subject != b.subject or a.measure is None or a.measure != b.measure:
        return False
    return a.direction in (None, b.direction)


@cache
def _loss_rows() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(loss word -> loss measure, longest first; verb stems of a move; words of a running total; words of a
    figure worked out on an assumption): data/english_losses.tsv."""
    words: list[tuple[str, str]] = []
    moved: list[str] = []
    running: list[str] = []
    what_if: list[str] = []
    for r in _rows("english_losses.tsv"):
        if len(r) >= 3 and r[0] == "word" and r[1] and r[2]:
            words.append((r[1], r[2]))
        elif len(r) >= 2 and r[0] == "moved" and r[1]:
            moved.append(r[1])
        elif len(r) >= 2 and r[0] == "running" and r[1]:
            running.append(r[1])
        elif len(r) >= 2 and r[0] == "what_if" and r[1]:
            what_if.append(r[1])
    words.sort(key=lambda w: -len(w[0]))
    return tuple(words), tuple(moved), tuple(running), tuple(what_if)


_LOSS_BEFORE = re.compile(r"(?:액|\s?규모)?\s*(?:은|는|이|가|도|:)?\s*(?:약\s*)?$")  # "영업손실은 약 " + amount
_LOSS_AFTER = re.compile(r"^\s*(?:규모\s*)?의?\s*")  # amount + "의 영업손실", " 규모의 순손실"
_MOVE_PARTICLE = re.compile(r"^\s*(?:가량|정도|넘게|이상|가까이|안팎)?\s*(?:이|가|을|를|씩)?\s*(?:더\s*|각각\s*)?")
_LOSS_REACH = 24  # characters before the amount where its loss word may stand


def _loss_measure(
    text: str, figure: Figure, role: str, direction: str | None, sentences: Sequence[tuple[int, int]]
) -> str | None:
    """The loss measure (operating_loss, net_loss) of an amount the Korean names a loss, when the amount is the
    loss's level: the loss word right before it ("영업손실 1240억원을 기록했다", "순손실은 2100억원으로") or right after
    it ("1240억원의 영업손실을 냈다"), no verb of change right after it ("적자가 300억원 늘었다": a move), and a
    running total ("누적 영업적자 43조원") only with the span its clause names ("1~9월 누적"), and none worked out on
    an assumption ("이를 제외하면 … 영업손실을 낸 셈이다"). None: not said.
    A facts stage that reads the amount as a change of no direction ("… 기록했다") is unsure of the role only."""
    if figure.kind != "money" or role not in {"level", "change"} or (role == "change" and direction is not None):
        return None
    lo, hi = next(((a, b) for a, b in sentences if a <= figure.start < b), (figure.start, figure.end))
    head = text[max(lo, figure.start - _LOSS_REACH) : figure.start]
    tail = text[figure.end : figure.end + _LOSS_REACH]
    words, moved, running, what_if = _loss_rows()
    if any(w in text[lo:hi] for w in what_if):
        return None  # "이를 제외하면 177억원의 영업손실을 낸 셈이다": a loss worked out on an assumption
    measure = None
    for word, loss in words:
        at = head.rfind(word)
        if at >= 0 and _LOSS_BEFORE.fullmatch(head[at + len(word) :]) is not None:
            measure, cue_at = loss, max(lo, figure.start - _LOSS_REACH) + at
            break
        m = _LOSS_AFTER.match(tail)
        if tail.startswith(word, m.end() if m else 0):
            measure, cue_at = loss, figure.start
            break
    if measure is None:
        return None
    m = _MOVE_PARTICLE.match(tail)
    if any(tail.startswith(v, m.end() if m else 0) for v in moved):
        return None  # "영업손실이 500억원 줄었다": the size of a move
    clause = _clause_head(text[lo:cue_at])
    if any(w in clause for w in running) and not _span(text[lo:cue_at]):
        return None  # "2021~2023년 쌓인 누적 영업적자 43조원": a running total of a span we cannot say
    return measure


_EMPLOYMENT_GROWTH = "employment_growth"  # english_measures.tsv: a forecast of how much employment grows
_GROWTH_PARTICLE = r"\s*(?:{outlook})?\s*(?:을|를|은|는|이|가)\s*(?:(?:올해|내년|연간)\s*)?$"


@cache
def _growth_rows() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str]]:
    """(change word -> direction, longest first; the pattern of what may follow the word up to the figure):
    data/labour_forecasts.tsv."""
    rows = _rows("labour_forecasts.tsv")
    changes = sorted(
        ((r[1], r[2]) for r in rows if len(r) >= 3 and r[0] == "change" and r[1]), key=lambda c: -len(c[0])
    )
    outlook = "|".join(re.escape(r[1]) for r in rows if len(r) >= 2 and r[0] == "outlook" and r[1]) or "(?!)"
    return tuple(changes), re.compile(_GROWTH_PARTICLE.replace("{outlook}", outlook))


def _forecast_growth(
    text: str, fact: Fact, role: str, figure: Figure, sentences: Sequence[tuple[int, int]]
) -> str | None:
    """The direction of a forecast of the whole economy's employment change ("취업자 증가 폭을 19만명으로 전망"):
    an estimate of employed persons (said only with the year it is for) whose change word stands right before the
    figure, past an outlook noun and a particle (data/labour_forecasts.tsv); None otherwise (a level forecast, or
    one another figure is compared with: "정부 전망치인 18만명을 웃돌 것" names no change word before the figure)."""
    if role != "estimate" or fact.measure != "employment" or segment_class(fact.subject) != "total":
        return None
    if not (0 <= fact.sentence < len(sentences)):
        return None
    head = text[sentences[fact.sentence][0] : figure.start]
    changes, after = _growth_rows()
    for word, direction in changes:
        at = head.rfind(word)
        if at >= 0 and head[:at].rstrip().endswith(("취업자", "취업자 수", "취업자수")) and after.match(head[at + len(word) :]):
            return direction
    return None


_DEAL_VALUE = "deal_value"  # english_measures.tsv: a contract's or deal's amount
_SIZED_AFTER = re.compile(r"\s*(?:규모|상당)의\s+")  # "2100억원 규모의 공급계약"
_SIZED_REACH = 24  # characters after "규모의" where the deal noun stands ("… 리튬인산철 배터리 공급계약")


def _sized_deal(text: str, figure: Figure) -> bool:
    """Whether an amount is sized as a deal's ("N 규모의 … 공급계약", fact_cues.tsv deal_noun) in its clause: the
    contract's value, whatever measure a share of revenue before it lent it ("매출액의 9.2%에 해당하는 N")."""
    m = _SIZED_AFTER.match(text, figure.end)
    if m is None:
        return False
    clause = re.split(r"[,.!?]", text[m.end() : m.end() + _SIZED_REACH], maxsplit=1)[0]
    return any(w in clause for w in fact_cues().words("deal_noun"))


def _wrong_currency(fact: Fact, figure: Figure) -> bool:
    """Whether a money figure of an exchange rate is in another currency than the rate is quoted in."""
    if (
        fact.measure != "exchange_rate"
        or figure.kind != "money"
        or "fx" not in _types_by_name().get(fact.subject or "", frozenset())
    ):
        return False
    currency = fx_currency(fact.subject or "")
    return currency is not None and figure.unit != currency


def _counterpart(text: str, fact: Fact, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether the fact's subject is written as the other party in its sentence ("대(對)중국 수출")."""
    if not fact.subject_ko or not (0 <= fact.sentence < len(sentences)):
        return False
    start, end = sentences[fact.sentence]
    body = text[start:end]
    at = body.find(fact.subject_ko)
    while at >= 0:
        if body[:at].endswith(counterpart_marks()) and (
            at < 2 or not body[at - 2].isalnum() or body[:at].endswith(")")
        ):
            return True
        at = body.find(fact.subject_ko, at + 1)
    return False


@cache
def _default_measures() -> dict[str, str]:
    return {r[1]: r[2] for r in _rows("english_default_measures.tsv") if len(r) >= 3 and r[0] == "measure" and r[2]}


@cache
def _price_ceilings() -> dict[str, float]:
    return {r[1]: float(r[2]) for r in _rows("english_default_measures.tsv") if len(r) >= 3 and r[0] == "ceiling"}


_PROFITS = frozenset({"operating_profit", "net_profit"})
_LOSS_NEAR = 10  # characters around a profit figure where a word of loss makes it a loss
_AGGREGATE = "aggregate_amount"  # english_default_measures.tsv: an economy-wide quantity's level or change
_UNIT_PRICES = frozenset({"commodity_price", "crypto_price", "exchange_rate", "index_level"})  # a price of one unit


def _no_unit_price(figure: Figure) -> bool:
    """Whether a sum is too large to be the price of one unit of a traded thing (a flow, a market value), or in
    a currency with no ceiling known."""
    if figure.kind != "money":
        return False
    ceiling = _price_ceilings().get(figure.unit)
    value = figure.value if isinstance(figure.value, float | int) else None
    return ceiling is None or value is None or abs(value) >= ceiling


def _with_default_measure(fact: Fact) -> Fact:
    """A traded thing's figure of no known measure is its price (data/english_default_measures.tsv): WTI's
    "85.67달러" is WTI's price; the figure's kind must still fit that measure (checked by the caller)."""
    if fact.measure not in (None, "other") or fact.role not in {"level", "change", "threshold"}:
        return fact
    kinds = _types_by_name().get(fact.subject or "", frozenset())
    measures = {_default_measures()[k] for k in kinds if k in _default_measures()}
    if len(kinds) != 1 or len(measures) != 1:
        return fact
    return replace(fact, measure=measures.pop())


_EPS_BEFORE = 24  # characters before a figure where the per-share word naming it stands ("주당순이익(EPS)은 ")
_EPS_GAP = re.compile(r"^\s*(?:\([^()]{0,12}\))?\s*(?:은|는|이|가|도|:)?\s*$")  # "주당순이익(EPS)도 0.72달러"
_SCOPE_GAP = re.compile(r"^\s*$")  # "순이익 … (…·주당 76센트)": "주당" right before the amount
_ADJUSTED_BEFORE = 4  # characters before the per-share word where "조정" makes it the adjusted figure
_ASIDE_AFTER = re.compile(r"\s*\(([^()]{1,24})\)")  # "(일회성 항목 제외 기준)" right after an amount


_VALUATION = "valuation"  # english_measures.tsv: what a listing or a deal valued a company at
_VALUED_NEAR = 16  # characters between a valuation's amount and its noun ("190억달러로 기업가치를")


def _valued_at(text: str, figure: Figure, sentences: Sequence[tuple[int, int]]) -> bool:
    """What a listing or deal valued a company at ("약 190억달러로 기업가치를 평가받았다", "기업가치는 공모가 기준
    50억 달러"), which the facts stage gives no role as a market value (it is none now): the valuation noun right
    after or right before the amount (no comma between), a valuation verb in the sentence, and no market value
    noun just before the amount (fact_cues.tsv valuation_noun, valuation_verb, market_cap_noun)."""
    if figure.kind != "money" or figure.high is not None or not 0 <= figure.sentence < len(sentences):
        return False
    lo, hi = sentences[figure.sentence]
    cues = fact_cues()
    after = text[figure.end : min(hi, figure.end + _VALUED_NEAR)]
    before = text[max(lo, figure.start - _VALUED_NEAR) : figure.start]
    nouns = cues.words("valuation_noun")
    near = any(w in after.split(",")[0] for w in nouns) or any(w in before.split(",")[-1] for w in nouns)
    if not near or any(w in text[max(lo, figure.start - 12) : figure.start] for w in cues.words("market_cap_noun")):
        return False
    body = text[lo:hi]
    links = _cue_table("english_links.tsv")
    if any(w in body for w in links.get("valued_not", ())):
        return False  # "기업가치 100조원을 인정받는 것이 목표다": a goal or a forecast, no valuation made
    ends = links.get("valued_past", ())
    return any(
        body.startswith(ends, at + len(v)) or not v.endswith("받")
        for v in cues.words("valuation_verb")
        for at in (m.start() for m in re.finditer(re.escape(v), body))
    )


_OFFER_AFTER = re.compile(r"\s*(?:에|으로|로)\s*")  # "주당 2만4000원에 기업공개(IPO)를": the price the shares sold at


def _per_share_offer(text: str, fact: Fact, figure: Figure, head: str, links: dict[str, tuple[str, ...]]) -> Fact:
    """A deal's amount said per share ("주당 2만4000원에 기업공개(IPO)를 진행한"): no deal value (the whole is
    another figure) but the IPO price, when the words of a listing (english_links.tsv kind ipo) follow the amount's
    particle; else the fact as it is (a per-share amount is never said as a deal's value)."""
    if not any(head.rstrip().endswith(w) for w in links.get("eps_scope", ())):
        return fact
    gap = _OFFER_AFTER.match(text, figure.end)
    if gap is None or not any(text.startswith(w, gap.end()) for w in links.get("ipo", ())):
        return fact
    return replace(fact, measure="ipo_price")


def _per_share(text: str, fact: Fact, figure: Figure, sentences: Sequence[tuple[int, int]]) -> Fact:
    """A company's earnings per share ("주당순이익(EPS)은 96센트", "순이익은 188억달러(…·주당 76센트)"): the facts
    stage gives it no measure of its own (other) or the net profit's; said as earnings per share ("eps", or
    "adjusted_eps" when "조정" or "일회성 항목 제외" marks it), when the per-share word stands right before the amount
    in its clause (english_links.tsv kinds eps, eps_scope, eps_adjusted). Else the fact as it is."""
    if figure.kind != "money" or not 0 <= fact.sentence < len(sentences):
        return fact
    links = _cue_table("english_links.tsv")
    head = text[max(sentences[fact.sentence][0], figure.start - _EPS_BEFORE) : figure.start]
    if fact.measure == "deal_value" and fact.role == "level":
        return _per_share_offer(text, fact, figure, head, links)
    if fact.measure not in {"other", "net_profit"}:
        return fact
    word = None
    for w in sorted(links.get("eps", ()), key=len, reverse=True):
        at = head.rfind(w)
        if at >= 0 and _EPS_GAP.match(head[at + len(w) :]):
            word = at
            break
    if word is None and fact.measure == "net_profit":
        for w in links.get("eps_scope", ()):
            at = head.rfind(w)
            if at >= 0 and _SCOPE_GAP.match(head[at + len(w) :]):
                word = at
                break
    if word is None:
        return fact
    # the amount marked adjusted where the article states it again ("1.12달러(일회성 항목 제외 기준)") is the
    # adjusted figure wherever it stands: said bare, it would read as the GAAP figure
    near = [head[max(0, word - _ADJUSTED_BEFORE) : word]]  # "조정 주당순이익"
    near.append(head[word:])  # "주당순이익(EPS·조정 기준)은 1.58달러": the aside of the per-share word itself
    at = text.find(figure.surface)
    while at >= 0:  # "1.12달러(일회성 항목 제외 기준)": the aside right after the amount
        aside = _ASIDE_AFTER.match(text, at + len(figure.surface))
        near += [aside.group(1)] if aside else []
        at = text.find(figure.surface, at + 1)
    adjusted = any(w in x for x in near for w in links.get("eps_adjusted", ()))
    return replace(fact, measure="adjusted_eps" if adjusted else "eps")


def _target_revision(text: str, figure: Figure, sentences: Sequence[tuple[int, int]], sentence: int) -> str | None:
    """The way a broker moved a price target written with its new level ("목표가를 190만원으로 8.6% 올렸고": up),
    from the verb of the figure's own clause (fact_cues.tsv target_up / target_down), else None."""
    if not 0 <= sentence < len(sentences):
        return None
    tail = text[figure.end : sentences[sentence][1]]
    tail = re.split(r"[,，;]|(?<=[고며])\s", tail, maxsplit=1)[0]
    if not tail.lstrip().startswith(("으로", "로")):
        return None  # only the target's new level ("N원으로 … 올렸다"), never its old one ("N원에서")
    cues = fact_cues()
    up = any(w in tail for w in cues.words("target_up"))
    down = any(w in tail for w in cues.words("target_down"))
    return "up" if up and not down else "down" if down and not up else None


def _spent_before(text: str, fact: Fact, figure: Figure, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether the figure's clause names money already spent (a past adnominal verb of spending before it:
    "투입한 금액", "쓴 돈"; fact_cues.tsv past_spent), which an estimate of it does not make a plan."""
    if not 0 <= fact.sentence < len(sentences):
        return False
    head = text[sentences[fact.sentence][0] : figure.start]
    return any(w in head for w in fact_cues().words("past_spent"))


def _origin_goods() -> frozenset[str]:
    return frozenset(fact_cues().words("origin_goods"))


def _narrowed_by_origin(text: str, fact: Fact, figure: Figure, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether a country's tariff is on one good of that country's: the country written with 산 (of origin) and a
    noun after it that is not goods in general ("중국산 전기차": Chinese EVs; "중국산 제품": Chinese goods)."""
    if not fact.subject_ko or not 0 <= fact.sentence < len(sentences):
        return False
    lo = sentences[fact.sentence][0]
    head = text[lo : figure.start]
    for m in re.finditer(re.escape(fact.subject_ko) + r"산\s*([가-힣A-Za-z]+)", head):
        noun = re.sub(r"(?:에|에는|에도|의)$", "", m.group(1))
        if noun not in _origin_goods():
            return True
    return False


def _statements(
    text: str,
    facts: Sequence[Fact],
    figures: Sequence[Figure],
    article_date: str | None = None,
    analysis_sentences: Sequence[tuple[int, int]] = (),
    dates: _Dates | None = None,
) -> list[_Stmt]:
    extra, folded = _fold_conversions(text, facts, figures)
    # A facts stage that gives roles is trusted for them: its None means unsure, never a role to infer.
    with_roles = any(f.role is not None for f in facts)
    dates = dates or _Dates(figures, text)
    out: list[_Stmt] = []
    references = {f.figure: f for f in facts if f.role == "reference" and f.figure is not None}
    release_bases: dict[str, tuple[str | None, str | None]] = {}  # a release's measure -> (period, base) it carries
    main = noun_owner(facts)
    for given in facts:
        said = noun_fact(text, given, figures, analysis_sentences, facts, main)  # "[noun]이 N": writing/nouns.py
        if said is None:
            continue
        fact = _with_default_measure(given := said)
        if fact.figure is None or fact.claim is not None or fact.figure in folded:
            continue
        if not (0 <= fact.figure < len(figures)):
            continue
        figure, index = figures[fact.figure], fact.figure
        fact = _per_share(text, fact, figure, analysis_sentences)
        sized_deal = measure_groups().get(fact.measure or "") == _RESULTS and _sized_deal(text, figure)
        if sized_deal:  # "매출액의 9.2%에 해당하는 2100억원 규모의 공급계약": a contract's amount, not revenue
            fact = replace(fact, measure=_DEAL_VALUE, direction=None, date=None)  # the year is the revenue's
        if fact.measure == "market_value" and fact.role is None and _valued_at(text, figure, analysis_sentences):
            fact = replace(fact, measure=_VALUATION, role="level")
        statistic = _is_statistic(fact)
        if statistic and fact.date is not None and len(fact.date) == len("2026-01-01"):
            fact = replace(fact, date=None)  # a statistic is of a period; a day is the release's, not its own
        if fact.measure != given.measure and fact.measure in _UNIT_PRICES and _no_unit_price(figure):
            continue  # "비트코인 ETF에 10억 달러": a flow or a value, not the price the default measure says
        if figure.kind == "date" or not sayable(fact.measure):
            continue
        unnamed = fact.subject is None and fact.subject_ko is None  # no owner at all, not one without English
        if not _usable(fact.subject) and not (unnamed and may_lack_subject(fact.measure)):
            continue
        role = fact.role if with_roles else _role(fact, figure)
        if role not in _SAID_ROLES or not fits(fact.measure or "", role, figure.kind, figure.unit):
            continue
        if not amount_fits(fact.measure or "", role, figure.kind, figure.value):
            continue  # "net profit of US$0.96": a per-share figure, not the company's
        if _wrong_currency(fact, figure) or _counterpart(text, fact, analysis_sentences):
            continue  # a yen level for the won-dollar rate; "대(對)중국 수출" is exports to China
        if fact.measure == "price_target" and role == "estimate" and fact.direction is None:
            fact = replace(fact, direction=_target_revision(text, figure, analysis_sentences, fact.sentence))
        spent = role == "estimate" and fact.measure == "investment"
        if spent and _spent_before(text, fact, figure, analysis_sentences):
            continue  # "업계는 X가 지난 5년간 투입한 금액을 약 2조원으로 추정": an estimate of money spent, not a plan
        if fact.measure == "tariff_rate" and _narrowed_by_origin(text, fact, figure, analysis_sentences):
            continue  # "중국산 배터리에 대한 관세": a tariff on one good of China's, never "tariffs on China"
        if not _subject_fits(fact.measure or "", fact.subject or ""):
            continue  # "the Bank of Korea stood at ₩1,400": an exchange rate is no bank's
        if fact.measure == "price_target" and figure.high is not None and not _usable(fact.source):
            continue  # "목표가는 16만5000~19만원 범위에 분포": the spread of brokers' targets, nobody's target
        if fact.measure in _PROFITS and role in {"level", "change", "estimate", "guidance"}:
            near = text[max(0, figure.start - _LOSS_NEAR) : figure.end + _LOSS_NEAR]
            lo = analysis_sentences[fact.sentence][0] if 0 <= fact.sentence < len(analysis_sentences) else figure.start
            near += " " + _clause_head(text[lo : figure.start])  # "영업손실이 전년 동기보다 5000억원 줄었다": the loss's move
            if any(w in near for w in _cue_table("english_links.tsv").get("loss", ())):
                # "177억원의 영업손실", "영업적자 500억원": a loss, never said as a profit; said as the loss it is
                # when the amount is the loss's level ("영업손실 1240억원을 기록": posted an operating loss of …)
                loss = _loss_measure(text, figure, role, fact.direction, analysis_sentences)
                if loss is None:
                    continue
                fact, role = replace(fact, measure=loss, direction=None), "level"
        if fact.measure == "shares_sought" and 0 <= fact.sentence < len(analysis_sentences):
            body = text[slice(*analysis_sentences[fact.sentence])]
            if fact.sentence > 0 and not any(g.sentence == fact.sentence - 1 for g in figures):
                body += text[slice(*analysis_sentences[fact.sentence - 1])]  # "B사는 사들일 주식 수도 늘렸다. 기존 …"
            links = _cue_table("english_links.tsv")
            if not any(w in body for w in links.get("share_purchase", ())):
                continue  # "지분 80%를 12억 달러에 인수": a stake bought in a deal, no tender or buyback target
        if role == "level" and _moved_amount(text, figure):
            continue  # "시가총액 1조 달러 이상이 하루 만에 증발": the size of a move, not a level
        if (
            role in {"level", "change"}
            and _after_article(fact.date, article_date)
            and _horizon_of(fact, figure, dates) is None
        ):
            continue  # a level or a move dated after the article itself: its date is wrong
        when = ""
        if role in {"level", "change", "threshold"} and fact.date is None and _market_move(fact.measure):
            if 0 <= fact.sentence < len(analysis_sentences):
                past = _past_time(text[analysis_sentences[fact.sentence][0] : figure.start])
                if past == _OTHER_CLAUSE:  # "지난달 …였던 비트코인은 이날 …": the time is another clause's
                    past = None if role == "threshold" else ""
                if past == "":
                    continue  # "지난 21일 9만5000달러": a past day we cannot date; said undated it reads as today's
                when = past or ""  # "지난달 21일": said " last month", as coarsely as is surely true
            if not when and _another_day(dates, figure.sentence, figure.start):
                continue  # "4일 … 1442원까지": a day of the month the story is not about, undated it reads as today's
        elif role == "change" and _market_move(fact.measure) and _this_year(fact.date, article_date):
            # "올해 들어 2.3% 올랐다": a market move dated by this year alone is the year's so far, said so
            if 0 <= fact.sentence < len(analysis_sentences):
                past = _past_time(text[analysis_sentences[fact.sentence][0] : figure.start])
                when = past if past and past != _OTHER_CLAUSE and past.endswith("this year") else ""
        elif role in {"level", "change"} and measure_groups().get(fact.measure or "") == _RESULTS:
            # a results figure dated by a word ("지난해 매출액"): said " last year" when no date figure says it
            if 0 <= fact.sentence < len(analysis_sentences):
                past = _past_time(text[analysis_sentences[fact.sentence][0] : figure.start])
                when = past if past and past != _OTHER_CLAUSE else ""  # "지난해 … 매출 300조원": " last year"
        if (
            not when
            and role in {"level", "change"}
            and _this_year(fact.date, article_date)
            and dates.find(fact.date, figure) is None
            and 0 <= fact.sentence < len(analysis_sentences)
            and (figure.kind in {"count", "quantity"} or (figure.kind == "money" and not _per_unit(text, figure, 0)))
        ):  # a sum over the period ("주당 680원" is a rate per share, not summed: said as it is)
            # "올해 … 120만명": this year's running sum, with no date figure a line could say it by; said undated
            # it reads as a whole year's or a month's, so it is not said (a base word, "연초보다", dates a level
            # by its base: that level is now, said as before; a span, "올해 1~5월", is said)
            head = text[analysis_sentences[fact.sentence][0] : figure.start]
            if not _span(head) and _RELATIVE_PERIOD.search(head) and _past_time(head) is None:
                continue
        if role in {"estimate", "claim"} and fact.source is not None and not _usable(fact.source):
            continue
        if role == "change" and 0 <= fact.sentence < len(analysis_sentences):
            said_base = _base(text, figure, analysis_sentences[fact.sentence][0])
            if said_base == _NOT_A_MOVE:
                continue  # "컨센서스 대비 14% 낮았다": a gap to an estimate, not a move
            if said_base is None and figure.kind == "percent" and (fact.measure or "") in _unbased():
                continue  # "거래량은 4120건으로 12.6% 늘었다": month on month or year on year? unsure, unsaid
        inherited: str | None = None
        growth = _forecast_growth(text, fact, role, figure, analysis_sentences) if statistic else None
        if growth is not None:  # "정부는 올해 취업자 증가 폭을 19만명으로 전망": a forecast of the change, with its year
            fact = replace(fact, measure=_EMPLOYMENT_GROWTH, direction=growth)
        elif statistic:
            period, inherited = _release_chain(text, fact, role, figure, analysis_sentences, release_bases)
            if not _stated_statistic(text, replace(fact, date=period), role, figure, analysis_sentences, inherited):
                continue  # a release's statistic with no period, or a move with no base: which month, against what?
            # a period carried from the chain is not said again: the chain's first line says it
        if 0 <= fact.sentence < len(analysis_sentences) and _counterfactual(
            text, figure, *analysis_sentences[fact.sentence]
        ):
            continue  # "제한이 없었다면 25억 달러의 매출이 발생했을 것": what would have been, no fact
        if role == "estimate" and fact.source is not None and fact.source == fact.subject:
            if measure_groups().get(fact.measure or "") == "results":
                role = "guidance"  # a company's own forecast of its results ("매출을 약 450억달러로 전망했다")
        if (
            role in {"level", "estimate"}
            and fact.source in (None, fact.subject)
            and measure_groups().get(fact.measure or "") == "results"
            and 0 <= fact.sentence < len(analysis_sentences)
            and _guided(text, figure, *analysis_sentences[fact.sentence])
        ):
            role = "guidance"  # "매출 가이던스를 30조원으로 제시했다": the company's forecast, not a result
        s = _Stmt(fact, index, figure, role, _direction(fact, figure), when=when)
        if inherited:
            s.base = inherited
        if 0 <= fact.sentence < len(analysis_sentences):
            lo, hi = analysis_sentences[fact.sentence]
            if role in {"level", "change"} and not when and not _market_move(fact.measure):
                s.period = _span(text[lo : figure.start])
            elif role in {"estimate", "guidance"} and (fact.measure or "") not in _no_horizon():
                s.period = _horizon(text, figure, figures, lo, hi)
                s.unread = s.period == _UNTOLD
                s.period = "" if s.unread else s.period
                if fact.measure == _EMPLOYMENT_GROWTH and s.period.startswith(" for "):
                    s.period = " " + s.period[len(" for ") :]  # "expects employment to grow by 190,000 this year"
                if fact.measure == _EMPLOYMENT_GROWTH and not s.period and fact.date is None:
                    continue  # a forecast of employment growth for no year the text names: for when?
            written = _base(text, figure, lo) if role == "change" else None
            if role == "change" and s.base is None and written is None and "분기" in text[lo : figure.start]:
                back = [d for k in range(max(0, fact.sentence - _QUARTER_BACK), fact.sentence + 1)
                        for _, d in dates.by_sentence.get(k, ())]  # fmt: skip
                s.base = previous_quarter_base(text, lo, figure, back)  # "3분기 … 2분기보다 1.8%포인트"
            if role == "change" and (written or "").startswith(_FROM_QUARTER):
                year_later = _year_later(figure, dates, lo)
                if year_later is None:
                    continue  # "2023년 4분기와 비교하면" with no quarter a year later named: of what is unsure
                s.base, s.period = " year on year", date_phrase(dates.figures[year_later])
                s.cited.append(year_later)
        s.cited.append(index)
        if role == "estimate" and s.direction is not None:
            s.replaced = _replaced(text, fact, figures, references)
            if s.replaced is not None:
                s.cited.append(figures.index(s.replaced))
        if fact.figure in extra and not (sized_deal and figures[extra[fact.figure][1]].unit == "%"):
            s.extra, conv = extra[fact.figure]
            s.cited.append(conv)
            s.folded = figures[conv]
        out.append(s)
    odd = _outliers(out)
    return [s for s in out if s.index not in odd]


def _stated_statistic(
    text: str,
    fact: Fact,
    role: str,
    figure: Figure,
    analysis_sentences: Sequence[tuple[int, int]],
    inherited: str | None = None,
) -> bool:
    """Whether a statistic of a release can be said: a level or a change has its period (the facts stage carries
    the release's), a change its base ("전년 동월 대비 0.3%포인트"), written in its sentence or carried by the
    release's chain (_release_base); "실업률은 2.3%로 0.1%포인트 하락했다" with no base for that statistic anywhere
    says no move we could state truly."""
    if role not in {"level", "change"} or fact.date is None or not (0 <= fact.sentence < len(analysis_sentences)):
        return False
    if role == "change":
        if fact.measure == _AGGREGATE and _FLOW_PERIOD.fullmatch(fact.date):
            return True  # "3분기 주택담보대출은 11조4000억원 늘었다": the rise over the quarter (its own or chain's)
        base = inherited or _base(text, figure, analysis_sentences[fact.sentence][0])
        if base == _NOT_A_MOVE:
            return False
        return bool(base) or (fact.subject or "") in _headline_rates()  # a CPI's headline change: from a year ago
    return True


@cache
def _headline_rates() -> frozenset[str]:
    """Statistics whose change is from a year earlier by the publisher's convention (data/headline_rates.tsv)."""
    return frozenset(r[0] for r in _rows("headline_rates.tsv") if r and r[0])


_PEOPLE = re.compile(r" people\b")
_FLOW_PERIOD = re.compile(r"\d{4}(?:-Q\d)?")  # a quarter or a year: a stock's change over it needs no other base


def _without_people(form: str | None) -> str | None:
    """A count of persons said after a noun that names them ("employed persons rose by 218,000")."""
    return _PEOPLE.sub("", form) if form is not None else None


def _is_statistic(fact: Fact) -> bool:
    """Whether a fact is a statistic of a release (of a period, said with its period and base): a labour-market
    figure, an economy-wide quantity, or the level of an economy-wide index ("생산자물가지수는 … 0.2% 올랐다")."""
    if fact.measure in labour_measures() or fact.measure == _AGGREGATE:
        return True
    return fact.measure == "index_level" and _types_by_name().get(fact.subject or "") == frozenset({"aggregate"})


@cache
def _aggregate_parts() -> dict[str, str]:
    """Part -> whole of the economy-wide quantities a release reports together (data/aggregate_parts.tsv)."""
    return {r[0]: r[1] for r in _rows("aggregate_parts.tsv") if len(r) >= 2}


def _release_chain(
    text: str,
    fact: Fact,
    role: str,
    figure: Figure,
    analysis_sentences: Sequence[tuple[int, int]],
    chain: dict[str, tuple[str | None, str | None]],
) -> tuple[str | None, str | None]:
    """(period, base) a release's level or change of a statistic goes on with when its sentence states none: the
    period of the last level or change of the same statistic (measure) before it, and the base written with the last
    change of it in that period ("가계신용은 석 달 전보다 14조8000억원 늘었다. 가계대출은 13조2000억원 증가했다":
    the same quarter, from three months earlier; an economy-wide quantity's chain is its own or its whole's,
    data/aggregate_parts.tsv). A level or change of another period ends the chain; a change
    writing its own base starts it anew. The base is None when the sentence writes its own, or no chain has one."""
    measure = fact.measure or ""
    if measure in {_AGGREGATE, "index_level"}:  # an economy-wide quantity: its own statistic, or its whole's
        measure = f"aggregate:{_aggregate_parts().get(fact.subject or '', fact.subject or '')}"  # its level or index
    if role not in {"level", "change"} or not (0 <= fact.sentence < len(analysis_sentences)):
        return fact.date, None
    last = chain.get(measure)
    period = fact.date if fact.date is not None else (last[0] if last is not None else None)
    if last is not None and last[0] != period:
        last = None  # another period: the chain ends
    own = _base(text, figure, analysis_sentences[fact.sentence][0]) if role == "change" else None
    if own and own != _NOT_A_MOVE:
        chain[measure] = (period, own)
        return period, None
    ended = _quarter_end_base(text, figure, analysis_sentences[fact.sentence][0], period) if role == "change" else None
    if ended is not None:  # "2분기 말보다 14조원 늘어난": over the quarter, said here and carried down the chain
        chain[measure] = (period, ended)
        return period, ended
    if period is not None:
        chain[measure] = (period, last[1] if last is not None else None)
    return period, (last[1] if last is not None and role == "change" else None)


_QUARTER_END = re.compile(r"(?<![0-9])([1-4])\s*분기\s*말\s*(?:보다|대비|에 비해)\s*(?:는)?\s*$")
_PERIOD_QUARTER = re.compile(r"^\d{4}-(?:Q([1-4])|(\d{2}))$")


def _quarter_end_base(text: str, figure: Figure, sentence_start: int, period: str | None) -> str | None:
    """ " over the quarter" for a stock's move from the end of the quarter right before its own period ("9월 말 …
    2분기 말보다 14조원 늘어난": from end-June to end-September), the quarter named with its number right before the
    move; None for any other quarter named ("1분기 말보다": six months) or a period that is no quarter's end."""
    m = _QUARTER_END.search(text[sentence_start : figure.start][-_QUARTER_END_REACH:])
    p = _PERIOD_QUARTER.match(period or "")
    if m is None or p is None:
        return None
    if p.group(1):
        quarter = int(p.group(1))
    elif int(p.group(2)) % 3 == 0:
        quarter = int(p.group(2)) // 3  # "9월 말": the end of Q3
    else:
        return None
    before = quarter - 1 if quarter > 1 else 4
    return " over the quarter" if int(m.group(1)) == before else None


_QUARTER_END_REACH = 24  # characters before a move where "N분기 말보다" stands


def _replaced(text: str, fact: Fact, figures: Sequence[Figure], references: dict[int, Fact]) -> Figure | None:
    """The earlier value an estimate replaces: the reference of the same measure, subject and source written right
    before it as the start of a from/to ("목표주가를 17만원에서 19만원으로 높였다"), else None."""
    assert fact.figure is not None
    ref = references.get(fact.figure - 1)
    if ref is None or ref.figure is None or (ref.measure, ref.subject, ref.source) != (
        fact.measure, fact.subject, fact.source,
    ):  # fmt: skip
        return None
    a, b = figures[ref.figure], figures[fact.figure]
    if a.sentence != b.sentence or a.unit != b.unit or not _FROM.match(text[a.end : b.start]):
        return None
    va, vb = a.value, b.value
    if isinstance(va, float | int) and isinstance(vb, float | int):
        if (fact.direction == "up" and not va < vb) or (fact.direction == "down" and not va > vb):
            return None  # the values contradict the verb: no move is said
    return a


_NOT_A_MOVE = " -"  # english_bases.tsv: the base of a gap to an estimate
_GIVE_AFTER = 16  # characters after a figure (its qualifier and particle) where the verb giving a forecast stands
_OTHER_BEFORE = 8  # characters before an outlook word where the party whose estimate it is stands


@cache
def _cue_table(name: str) -> dict[str, tuple[str, ...]]:
    """kind -> cues of a two-column data file (kind<TAB>cue)."""
    out: dict[str, list[str]] = {}
    for row in _rows(name):
        if len(row) >= 2 and row[1]:
            out.setdefault(row[0], []).append(row[1])
    return {kind: tuple(cues) for kind, cues in out.items()}


def _counterfactual_cues() -> dict[str, tuple[str, ...]]:
    return _cue_table("english_counterfactuals.tsv")


def _counterfactual(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> bool:
    """Whether the sentence says the figure is what would have been (data/english_counterfactuals.tsv): a past
    conditional before it ("없었다면") and a past conjecture after it ("발생했을 것")."""
    cues = _counterfactual_cues()
    head, tail = text[sentence_start : figure.start], text[figure.end : sentence_end]
    return any(c in head for c in cues.get("if", ())) and any(c in tail for c in cues.get("would", ()))


def _guidance_cues() -> dict[str, tuple[str, ...]]:
    return _cue_table("english_guidance.tsv")


def _guided(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> bool:
    """Whether the sentence gives the figure out as a forecast of its own (data/english_guidance.tsv):
    an outlook word before it, nothing comparing with that outlook between, a verb giving it after."""
    cues = _guidance_cues()
    head = text[sentence_start : figure.start]
    after = text[figure.end : min(sentence_end, figure.end + _GIVE_AFTER)]
    if not any(verb in after for verb in cues.get("give", ())):
        return False
    spots = [(head.rfind(cue), cue) for cue in cues.get("outlook", ()) if cue in head]
    if not spots:
        return False
    at, cue = max(spots)
    between = head[at + len(cue) :]
    if any(word in between for word in cues.get("compare", ())):
        return False
    before = head[max(0, at - _OTHER_BEFORE) : at]
    return not any(word in before for word in cues.get("other", ()))


def _period(text: str, s: _Stmt, dates: _Dates, sentence_start: int) -> tuple[str, int | None]:
    """("Q2 ", its figure) when a period (quarter, half or year) is the last date written before a forecast in
    its sentence ("2분기 매출 전망치는 …"), else ("", None)."""
    best: int | None = None
    for i, f in enumerate(dates.figures):
        if f.kind == "date" and sentence_start <= f.start and f.end <= s.figure.start:
            best = i if best is None or f.start > dates.figures[best].start else best
    if best is None:
        return "", None
    f = dates.figures[best]
    if not isinstance(f.value, str) or has_hangul(f.en) or not f.en.strip():
        return "", None
    if re.search(r"(?:^|-)(?:Q[1-4]|H[12])$", f.value) or re.fullmatch(r"[0-9]{4}", f.value):
        return f.en.strip() + " ", best
    return "", None


_BOUND_WORDS = ("at least ", "more than ", "over ", "well over ")


_BRACKET = re.compile(r"^in the (.+) range$")


def _move_form(figure: Figure) -> str:
    """A move's figure without its sign; a bracket is its floor: a rise of "3%대" is "more than 3%"."""
    en = _unsigned(figure.en)
    m = _BRACKET.match(en)
    return f"more than {m.group(1)}" if m and is_bracket(figure) else en


def _threshold(figure: Figure) -> str | None:
    """A threshold's figure without "at least"/"more than" (the verb says it); None for an approximate one."""
    en = figure.en
    if is_bracket(figure):
        return None  # "800대 돌파" is no crossing of one level
    for word in _BOUND_WORDS:
        if en.startswith(word):
            return en[len(word) :]
    if figure.qualifier in {"approx", "less_than", "at_most"}:
        return None
    return en


@cache
def _past_times() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(value), en) for kind, value, en in _past_rows() if kind == "pattern")


def _this_year(date: str | None, article_date: str | None) -> bool:
    """Whether a fact's date is the article's year and nothing finer ("2026" in an article of 2026)."""
    return bool(date) and bool(article_date) and re.fullmatch(r"\d{4}", date or "") is not None and (
        (article_date or "").startswith(date or "-")
    )


@cache
def _unbased() -> frozenset[str]:
    """data/english_unbased.tsv: measures whose percent move is said only with a written base."""
    return frozenset(r[0] for r in _rows("english_unbased.tsv") if r and r[0] and r[0] != "measure")


def _market_move(measure: str | None) -> bool:
    """A price-like measure that changes from day to day (data/english_past_times.tsv)."""
    return (measure or "") in {value for kind, value, _ in _past_rows() if kind == "measure"}


@cache
def _past_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((row[0], row[1], row[2] if len(row) > 2 else "") for row in _rows("english_past_times.tsv"))


# this year as a word ("올해"), not the base of a move ("올해 초보다")
_RELATIVE_PERIOD = re.compile(r"(?:올해|금년)(?!\s*(?:초|말)?\s*(?:보다|대비|에\s*비해|比|와|과))")

_OTHER_CLAUSE = "~"  # _past_time: the past time stands in another clause than the figure


@cache
def _clause_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """("now" words, clause breaks) of data/english_past_times.tsv."""
    rows = _past_rows()
    return tuple(v for k, v, _ in rows if k == "now" and v), tuple(v for k, v, _ in rows if k == "break" and v)


_DAY_VALUE = re.compile(r"(?:\d{4}-\d{2}|--\d{2}|---?)-?\d{2}")  # a day: "2024-12-27", "--12-27", "---27"
_LEAD_SENTENCES = 3  # the first sentences, where the story's own day is written ("27일 서울 외환시장에서 …")


def _lead_day(figures: Sequence[Figure]) -> str | None:
    """The day of the month the story is about: the first day date in its first sentences ("27일": "27")."""
    for f in figures:
        if f.sentence >= _LEAD_SENTENCES:
            break
        if f.kind == "date" and isinstance(f.value, str) and _DAY_VALUE.fullmatch(f.value):
            return f.value[-2:]
    return None


def _another_day(dates: _Dates, sentence: int, start: int) -> bool:
    """Whether the sentence names, before ``start``, a day of the month other than the story's own (an undated
    article's "4일", "19일" after a lead of "27일"): a level, move or event of that other day."""
    if dates.lead_day is None:
        return False
    days = [
        f
        for _, f in dates.by_sentence.get(sentence, ())
        if f.end <= start and isinstance(f.value, str) and re.fullmatch(r"---\d{2}", f.value)
    ]
    return bool(days) and str(days[-1].value)[-2:] != dates.lead_day


def _past_time(head: str) -> str | None:
    """The past time the words before a figure in its sentence fix (data/english_past_times.tsv): its English
    (" last month"), "" when it cannot be said, None when they fix none, ``_OTHER_CLAUSE`` when a "now" word
    or a clause break stands between it and the figure.  The match nearest the figure counts; of two patterns
    matching there, the first row (the more precise) wins."""
    best: tuple[int, int, str, int] | None = None
    for rank, (pattern, en) in enumerate(_past_times()):
        for m in pattern.finditer(head):
            if m.group():
                key = (m.start(), -rank)
                if best is None or key > best[:2]:
                    best = (m.start(), -rank, en, m.end())
    if best is None:
        return None
    gap = head[best[3] :]
    now, breaks = _clause_words()
    if any(w in gap for w in now) or any(b in gap for b in breaks):
        return _OTHER_CLAUSE
    return " " + best[2] if best[2] else ""


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


@cache
def _period_rows() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(kind, pattern, English) of data/english_periods.tsv."""
    return tuple((r[0], re.compile(r[1]), r[2]) for r in _rows("english_periods.tsv") if len(r) >= 3)


def _clause_head(head: str) -> str:
    """The words before a figure in its own clause: after the last clause break (data/english_past_times.tsv)."""
    _, breaks = _clause_words()
    cut = max((head.rfind(b) + len(b) for b in breaks if b in head), default=0)
    return head[cut:]


def _span(head: str) -> str:
    """The span a results, sales or trade figure is of, from the words before it in its clause
    (data/english_periods.tsv: "연간" -> " for the full year", "1~4월 누적" -> " in January-April"), else ""."""
    head = _clause_head(head)
    best: tuple[int, str] | None = None
    for kind, pattern, en in _period_rows():
        if kind != "span":
            continue
        for m in pattern.finditer(head):
            said = _fill_period(en, m)
            if said and (best is None or m.start() > best[0]):
                best = (m.start(), said)
    return " " + best[1] if best else ""


def _fill_period(en: str, m: re.Match[str]) -> str | None:
    """A period row's English with its month filled ("1~4월" -> "January-April"); None when it cannot be."""
    if "{month}" in en:
        month = int(m.group(1)) if m.groups() and m.group(1) else 0
        if not 2 <= month <= 12:
            return None
        en = en.replace("{month}", _MONTHS[month - 1])
    if "{first_month}" in en:  # "2~4월": February-April (the first month before the last)
        first = int(m.group(1)) if m.groups() and m.group(1) else 0
        last = int(m.group(2)) if len(m.groups()) > 1 and m.group(2) else 0
        if not 1 <= first < last <= 12:
            return None
        en = en.replace("{first_month}", _MONTHS[first - 1]).replace("{last_month}", _MONTHS[last - 1])
    return en


_EACH = "각각"


@cache
def _no_horizon() -> frozenset[str]:
    """Measures whose estimates are for no period (data/english_periods.tsv kind "no_horizon": a price target)."""
    return frozenset(r[1] for r in _rows("english_periods.tsv") if len(r) >= 2 and r[0] == "no_horizon")


_UNTOLD = "?"  # _horizon: two periods stand before the forecast and which one it is for is not written
_FROM_QUARTER = " from Q"  # _base: a change measured against a quarter the text names


def _year_later(figure: Figure, dates: _Dates, lo: int) -> int | None:
    """For a change measured against a named quarter ("2023년 4분기와 비교하면 … 10.65% 증가"), the date figure
    of the same quarter a year later that the article names before it ("2024년 4분기 … 매출 75조원"): the
    change is then that quarter's, year on year. None when the base quarter is no figure or no such quarter is
    named."""
    bases = [
        f
        for _, f in dates.by_sentence.get(figure.sentence, [])
        if lo <= f.start and f.end <= figure.start and isinstance(f.value, str)
    ]
    m = re.fullmatch(r"([0-9]{4})-Q([1-4])", str(bases[-1].value)) if bases else None
    if m is None:
        return None
    later = f"{int(m.group(1)) + 1}-Q{m.group(2)}"
    found = [i for start, i in dates.by_value.get(later, []) if start < lo]
    return found[-1] if found else None


def _horizon(text: str, figure: Figure, figures: Sequence[Figure], lo: int, hi: int) -> str:
    """The period an estimate or guidance is for, from the words before it in its clause (data/
    english_periods.tsv: "연내" -> " by the end of this year", "다음 분기" -> " for the next quarter"); with
    two horizons before it ("올해와 내년 … 각각 1.8%, 2.0%") the one in the order of the figures after 각각
    (``_UNTOLD`` when that cannot be told). "" when none, or when a date figure stands between the horizon
    and the figure ("올해 1분기 매출 전망치": the quarter says it)."""
    head = _clause_head(text[lo : figure.start])
    start = figure.start - len(head)
    found: list[tuple[int, int, str]] = []
    for kind, pattern, en in _period_rows():
        if kind != "horizon":
            continue
        for m in pattern.finditer(head):
            said = _fill_period(en, m)
            if said and not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), said))
    found.sort()
    if not found:
        return ""
    first = start + found[0][0]
    asides = [(start + m.start(), start + m.end()) for m in _ASIDES.finditer(head)]  # "다음 분기(5~7월)"
    dated = [f for f in figures if f.kind == "date" and first <= f.start and f.end <= figure.start]
    if any(not any(a <= f.start and f.end <= b for a, b in asides) for f in dated):
        return ""  # "올해 1분기 …", "내년 3월까지": a date figure dates it more precisely (or otherwise)
    distinct = list(dict.fromkeys(en for _, _, en in found))
    if len(distinct) == 1:
        return " " + distinct[0]
    each = head.rfind(_EACH)
    if each < found[-1][1]:
        return _UNTOLD  # "올해와 내년 성장률 1.8%": which one the figure is for is not written
    base = lo + (len(text[lo : figure.start]) - len(head)) + each
    listed = [f for f in figures if f.kind == figure.kind and base <= f.start and f.end <= hi]
    if len(listed) != len(found) or figure not in listed:
        return _UNTOLD
    return " " + found[listed.index(figure)][2]


# A level this many times off the median of its subject's and measure's levels is a slip or another
# thing ("1만1553달러" among 9만5000, 9만8000 and 10만 달러): not said.
_OUTLIER_FACTOR = 5


def _outliers(stmts: Sequence[_Stmt]) -> set[int]:
    """Levels of one subject and measure far off their median (``_OUTLIER_FACTOR``): a misread fact or a slip.
    A level that names a period of its own, other than the periods of the levels near the median ("1~10월 누적
    1410억 달러" beside monthly "168억 달러"), is a total of another period, not a slip; one naming none is judged."""
    groups: dict[tuple[str | None, str | None, str], list[_Stmt]] = {}
    for s in stmts:
        if s.role in {"level", "threshold"} and isinstance(s.figure.value, float | int) and s.figure.value > 0:
            groups.setdefault((s.fact.subject, s.fact.measure, s.figure.unit), []).append(s)
    out: set[int] = set()
    for group in groups.values():
        if len(group) < 3:
            continue
        values = sorted(float(s.figure.value) for s in group)
        median = values[len(values) // 2]
        low, high = median / _OUTLIER_FACTOR, median * _OUTLIER_FACTOR
        near = {_own_period(s) for s in group if low <= float(s.figure.value) <= high}
        out |= {
            s.index
            for s in group
            if not low <= float(s.figure.value) <= high and (_own_period(s) is None or _own_period(s) in near)
        }
    return out


def _own_period(s: _Stmt) -> str | None:
    return s.fact.date or s.when or s.period or None


_SUBJECT_PARTICLE = re.compile(r"\s*(?:이상|이하|가량|정도|넘게|규모)?(?:이|가)\s")
_MOVE_WINDOW = 14  # characters after the particle where the move verb may stand ("하루 만에 증발")


@cache
def _move_cues() -> tuple[str, ...]:
    return tuple(cue for c in changes() if c.key in {"fall", "rise", "lose", "grow"} for cue in c.cues)


def _moved_amount(text: str, figure: Figure) -> bool:
    """Whether a figure is the subject of a verb of change ("N이 증발했다", "N가 늘었다"): then it is
    the amount that moved, whatever the facts call it; "N으로 늘었다" (to N) is a level."""
    m = _SUBJECT_PARTICLE.match(text, figure.end)
    if m is None:
        return False
    window = text[m.end() : m.end() + _MOVE_WINDOW]
    return any(cue in window for cue in _move_cues())


def _after_article(date: str | None, article_date: str | None) -> bool:
    """Whether an ISO-ish date ("2025-01-27", "2025-01", "2025", "2025-Q1") lies after the article's day."""
    if not date or not article_date or len(article_date) < 10:
        return False
    year = date[:4]
    if not year.isdigit():
        return False
    if len(date) >= 7 and date[5] == "Q" and date[6:7].isdigit():
        first_month = 3 * (int(date[6]) - 1) + 1
        return f"{year}-{first_month:02d}" > article_date[:7]
    return date[: len(date)] > article_date[: len(date)]


_SPAN_WORDS = re.compile(r"\s*(?:간|동안)")  # "3년간", "3년 동안": the span a sum is spent over


def _span_before(s: _Stmt, text: str, sentence_start: int, dates: _Dates) -> tuple[int, Figure] | None:
    """The span a sum is spread over, written before it in its clause ("3년간 … 1조원", "향후 3년 동안 1500억원
    규모의"): the nearest duration of years or months marked 간/동안, with no other sum between (the span may be
    that one's), else None."""
    spans = [
        (i, f)
        for i, f in enumerate(dates.figures)
        if f.sentence == s.figure.sentence
        and sentence_start <= f.start < s.figure.start
        and f.unit == "duration"
        and str(f.en).endswith(("years", "year", "months", "month"))
        and (_SPAN_WORDS.match(text, f.end) or f.surface.rstrip().endswith(("간", "동안")))
    ]
    if not spans:
        return None
    i, f = spans[-1]
    if any(g.kind == "money" and f.end <= g.start < s.figure.start for g in dates.figures if g.sentence == f.sentence):
        return None
    return i, f


def _invest_span(v: dict[str, str | None], s: _Stmt, text: str, sentence_start: int, dates: _Dates) -> None:
    """An investment spread over a span its clause gives before it ("올해부터 3년간 … 1조원을 투자한다") says it:
    "… in AI infrastructure over 3 years" (the span's figure is cited); a bare sum would read as one outlay."""
    found = _span_before(s, text, sentence_start, dates)
    if found is None:
        return
    i, f = found
    v["invest_in"] = f"{v.get('invest_in') or ''} over {f.en}"
    if i not in s.cited:
        s.cited.append(i)


def _buyback_span(v: dict[str, str | None], s: _Stmt, text: str, sentence_start: int, dates: _Dates) -> None:
    """A buyback spread over a span its clause gives before it ("3년간 1500억원 규모의 자사주를 매입해 소각"):
    {over} is " over 3 years" (its figure cited only by a row that says it, _cite_over); no span, {over} is
    unknown and the rows needing it are skipped."""
    found = _span_before(s, text, sentence_start, dates)
    v["over"], v["_over_at"] = (f" over {found[1].en}", str(found[0])) if found else (None, None)


def _cite_over(s: _Stmt, v: dict[str, str | None], said: str | None) -> None:
    """Cite the span figure of {over} when the line chosen says it."""
    if said and v.get("over") and str(v["over"]) in said and v.get("_over_at") is not None:
        i = int(v["_over_at"] or 0)
        if i not in s.cited:
            s.cited.append(i)


_HOUSING_PRICE = "housing_price"  # english_default_measures.tsv: a housing survey's price


def _housing_values(v: dict[str, str | None], s: _Stmt, text: str, sentence_end: int, dates: _Dates) -> None:
    """A housing survey's change: {streak} ", the 35th straight weekly rise" when the run of weeks it extends is
    written right after it ("0.12% 올라 35주 연속 상승했다"; its "N주" figure is cited), else None."""
    v["streak"] = None
    if s.role != "change":
        return
    after = text[s.figure.end : sentence_end]
    found = housing_streak(after, s.direction)
    if found is None:
        return
    at, weeks = found
    index = next((i for i, f in enumerate(dates.figures) if f.start == s.figure.end + at and f.kind != "date"), None)
    if index is None:
        return
    v["streak"] = f", the {ordinal(weeks)} straight weekly {'rise' if s.direction == 'up' else 'fall'}"
    if index not in s.cited:
        s.cited.append(index)


@cache
def _ipo_bands() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(band words, (words after the band, English place)) of data/ipo_bands.tsv, longest first."""
    rows = _rows("ipo_bands.tsv")
    bands = tuple(sorted((r[1] for r in rows if r[0] == "band" and len(r) >= 2), key=len, reverse=True))
    places = tuple(sorted(((r[1], r[2]) for r in rows if r[0] == "place" and len(r) >= 3), key=lambda p: -len(p[0])))
    return bands, places


_BAND_AFTER = re.compile(r"^\s*\)?\s*(?:의\s*)?")  # "…2만6000원) 상단을"


def _ipo_values(
    v: dict[str, str | None], s: _Stmt, text: str, sentence_start: int, sentence_end: int, dates: _Dates
) -> None:
    """An IPO's fields: {ratio} a competition ratio written "N대 1" ("845.3 to 1"); {band} ", above its indicative
    range of ₩22,000-26,000" for a final price whose sentence writes the marketed range before it and where the
    price stands in it (data/ipo_bands.tsv; the range figure is cited with the line), else None."""
    v["ratio"] = s.figure.en if s.fact.measure == "subscription_rate" and s.figure.en.endswith(" to 1") else None
    v["band"] = None
    if s.fact.measure != "ipo_price" or s.role != "level":
        return
    bands, places = _ipo_bands()
    for i, f in enumerate(dates.figures):
        if not (sentence_start <= f.start and f.end <= s.figure.start) or f.kind != "money" or f.high is None:
            continue
        if f.unit != s.figure.unit:
            continue
        head = text[sentence_start : f.start]
        if not any(head.rstrip(" (").endswith(b) for b in bands):  # "희망 범위(2만2000~2만6000원)": the band
            continue
        rest = text[f.end : s.figure.start]
        after = _BAND_AFTER.match(rest)
        tail = rest[after.end() if after else 0 :]
        place = next((en for ko, en in places if tail.startswith(ko)), None)
        if place is None:
            return
        v["band"] = f", {place} its indicative range of {f.en}"
        if i not in s.cited:
            s.cited.append(i)
        return


_IPO_MEASURES = frozenset({"ipo_price", "subscription_rate"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


@cache
def _listing_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = _rows("ipo_bands.tsv")
    before = tuple(r[1] for r in rows if r[0] == "listing_before" and len(r) >= 2)
    after = tuple(r[1] for r in rows if r[0] == "listing_after" and len(r) >= 2)
    return before, after


def _ipo_listing_items(article: Article, figures: Sequence[Figure], facts: Sequence[Fact]) -> list[_Item]:
    """The day an IPO's company plans to list, when its sentence names that day as the listing day ("상장 예정일은
    다음 달 3일", "3일 코스닥에 상장할 예정") and the article's IPO figures are of one known company: "LG CNS is
    scheduled to list on 3 December 2026"; a day not after the article's own is not said (it is no plan)."""
    companies = {f.subject for f in facts if f.measure in _IPO_MEASURES and f.subject}
    if len(companies) != 1:
        return []
    company = companies.pop()
    if not _usable(company):
        return []
    text = article.text
    before, after = _listing_words()
    for i, f in enumerate(figures):
        if f.kind != "date" or not isinstance(f.value, str) or not _DAY.match(f.value) or f.high is not None:
            continue
        if article.date is not None and f.value <= article.date[:10]:
            continue
        head = text[max(0, f.start - 12) : f.start].rstrip()
        tail = text[f.end : f.end + 24].lstrip()
        named = any(head.endswith(w) for w in before) or any(tail.startswith(w) for w in after)
        if not named:
            continue
        said = f"{_name(company, True)} is scheduled to list{date_phrase(f)}."
        return [
            _Item(
                text=said[:1].upper() + said[1:],
                sentence=f.sentence,
                figures=(i,),
                key=("ipo_listing", company, f.value),
                weight=1.0,
                subjects=(company,),
                position=f.start,
                date=f.value,
            )
        ]
    return []


def _yield_values(v: dict[str, str | None], fact: Fact) -> None:
    """A government bond yield's fields ("the 3-year Korean Treasury yield": {Yield}, {yield}); a yield is no
    party that sets a rate, so it has no {Subject} ("… cut its interest rate") and only its own rows say it."""
    if fact.subject is None or fact.subject not in yield_names():
        v["Yield"] = v["yield"] = None
        return
    name = f"the {fact.subject} yield"  # "the 3-year Korea Treasury bond yield", "the US 10-year Treasury yield"
    v["yield"], v["Yield"] = name, name[:1].upper() + name[1:]
    for field_name in _SUBJECT_FIELDS:
        v[field_name] = None
    if v.get("base") in _IMPLIED_BASES:
        v["base"] = ""  # "전 거래일보다 5.2bp 내린": a yield's move is from the session before, said bare


def _values(s: _Stmt, text: str, sentence_start: int, sentence_end: int, dates: _Dates) -> dict[str, str | None]:
    fact = s.fact
    subject = fact.subject or ""
    upper, lower = _name(subject, True), _name(subject, False)
    source = fact.source if _usable(fact.source) else None
    v: dict[str, str | None] = {
        "Subject": upper,
        "subject": lower,
        "Subject_poss": possessive(upper),
        "subject_poss": possessive(lower),
        "of_subject": "its" if source is not None and source == subject else possessive(lower),
        "figure": s.figure.en + s.extra,
        "amount": _move_form(s.figure) + s.extra,
        "noun": _narrowed_noun(fact.measure, text, s.figure, sentence_start) or measure_noun(fact.measure or ""),
        "source": _name(source, False) if source else None,
        "Source": _name(source, True) if source else None,
        "self_source": upper if source is not None and source == subject else None,
        "date": None,
        "Subject_attr": _attributive(subject, upper),
        "subject_attr": _attributive(subject, lower),
        "per": _per_unit(text, s.figure, sentence_start),
        "of_shares": _of_shares(text, s.figure, sentence_start, subject) if fact.measure in _TRADES else "",
        "_near": text[
            max(sentence_start, s.figure.start - _CUE_BEFORE) : min(
                sentence_end, _past_aside(text, s.figure) + _CUE_AFTER
            )
        ],
        "_after": text[s.figure.end : min(sentence_end, s.figure.end + _CUE_AFTER)],
        "_before": text[max(sentence_start, s.figure.start - _CUE_BEFORE) : s.figure.start],
        "_qualifier": s.figure.qualifier or "",
    }
    v["_near"] = (v["_near"] or "") + _framed_context(text, sentence_start)
    if not subject:  # "Economic growth is forecast at 1.5%": only rows naming no subject can say it
        for name in _SUBJECT_FIELDS:
            v[name] = None
    if is_noun(fact.measure):  # "Foreign-exchange reserves were …": the clause's noun, its qualifiers and unit
        v.update(noun_values(fact.measure or "", fact.subject, text, s.figure, sentence_start, sentence_end))
    if s.role in {"level", "estimate", "claim", "guidance"}:
        v["figure"] = _level_form(s.figure) + s.extra
    v["from"] = _level_form(s.replaced) if s.replaced is not None else None
    if s.role == "guidance":
        v["period"], period_at = _period(text, s, dates, sentence_start)
        v["_period_at"] = str(period_at) if period_at is not None else None
    if s.role == "threshold":
        bare = _threshold(s.figure)
        v["figure"] = bare + s.extra if bare is not None else None
    if s.role == "change" or s.role == "threshold":
        v["verb"] = _verb(text, s.figure, sentence_end, s.direction)
        v["updown"] = {"down": "lower", "up": "higher"}.get(s.direction or "")
        v["base"] = s.base if s.base is not None else _base(text, s.figure, sentence_start)
        if fact.measure in _SESSION_MEASURES and v["base"] in _IMPLIED_BASES:
            v["base"] = ""  # "전 거래일 대비 3% 올랐다": a share's move is from the session before, said bare
    if fact.measure in labour_measures() or fact.measure == _EMPLOYMENT_GROWTH:  # "employment in construction"
        phrase = labour_phrase("employment" if fact.measure == _EMPLOYMENT_GROWTH else fact.measure or "", fact.subject)
        v["labour"], v["Labour"] = (phrase, phrase[:1].upper() + phrase[1:]) if phrase else (None, None)
        for name in ("figure", "amount"):  # "the number of employed persons … 218,000", not "218,000 people"
            v[name] = _without_people(v[name])
    if is_noun(fact.measure):  # "passengers rose to 784,000": the noun names who they are
        for name in ("figure", "amount", "from", "to"):
            v[name] = _without_people(v.get(name))
    if fact.measure in _SALES:
        v["place"] = _place(text, s.figure, sentence_start)
    elif fact.measure in _TRADE:
        v["place"] = _destination(text, s.figure, sentence_start)
    if fact.measure in {"gpus", "gpu_count"}:
        v["gpus"] = _gpus(s.figure, text, sentence_start)
    if fact.measure == "interest_rate":
        v["noun"] = _rate_noun(text, s.figure, sentence_start)
        _yield_values(v, fact)
    if fact.measure == _HOUSING_PRICE:
        _housing_values(v, s, text, sentence_end, dates)
    if fact.measure in {"ipo_price", "subscription_rate"}:
        _ipo_values(v, s, text, sentence_start, sentence_end, dates)
    if fact.measure == "investment":
        v["invest_verb"] = _invest_verb(text, s.figure, sentence_end)
        v["invest_in"], v["purpose"] = invest_terms(text, s.figure.start, s.figure.end, sentence_start, sentence_end)
        _invest_span(v, s, text, sentence_start, dates)
    if fact.measure == "buyback":
        _buyback_values(v, s, text, sentence_end, dates)
        _buyback_span(v, s, text, sentence_start, dates)
    if fact.measure == "purchases":
        v["goods"], v["buy_verb"] = _purchase(text, s.figure, sentence_start, sentence_end)
    if fact.measure == "tender_price":
        target = _tender_target(text, s.figure, sentence_start, subject)
        v["tender_for"] = f" for {target}" if target else ""
    if fact.measure in {"stake", "shares_sought"}:
        whose = _stake_in(text, s.figure, sentence_start, subject)
        v["stake_in"], v["shares_of"] = (f" in {whose}", f" of {whose}") if whose else ("", "")
    _frame_values(v, s, text, sentence_start, dates)
    return v


def _buyback_values(v: dict[str, str | None], s: _Stmt, text: str, sentence_end: int, dates: _Dates) -> None:
    """A decided buyback's {buyback_via} " through a trust agreement", its {buyback_span} " from 1 December to
    26 February 2027" and {buyback_said} " said on 30 November 2026 it" (briefings/writing/buybacks.py; their date
    figures are cited), else None / ""."""
    v["buyback_via"] = buyback_manner(text, s.figure, sentence_end)
    found = buyback_period(text, s.figure, dates.figures, sentence_end) if v["buyback_via"] else None
    v["buyback_span"] = found[0] if found else ""
    said = buyback_said_on(text, s.figure, dates.figures, sentence_end) if v["buyback_via"] else None
    v["buyback_said"] = said[0] if said else ""
    for i in (*(found[1] if found else ()), *((said[1],) if said else ())):
        if i not in s.cited:
            s.cited.append(i)


def _frame_values(v: dict[str, str | None], s: _Stmt, text: str, sentence_start: int, dates: _Dates) -> None:
    """What frames the fact (briefings/writing/frame.py): a payout's period words written by another statement
    of its amount (the title's bare "주당 920원 배당" is the body's quarterly one), the venue a price is quoted on."""
    if s.fact.measure == "dividend":
        v["_near"] = (v.get("_near") or "") + " " + payout_context(text, s.figure, dates.figures)
    if s.fact.measure in _VENUE_MEASURES:
        v["venue"] = venue(text, s.figure, sentence_start)


_VENUE_MEASURES = frozenset({"crypto_price"})  # prices one asset has on many venues: the line keeps its venue
_PLACE_BEFORE = 32  # characters before a sales figure where the place narrowing it stands
# the place names the market or unit ("미국 시장에서", "미국법인", "美 4월 판매"), not where cars are built
_PLACE_AFTER = re.compile(r"\s*(?:[0-9]{1,2}\s*월\s*)?(?:시장에서|시장|에서|법인|판매|내\s*판매)")


@cache
def _places() -> tuple[tuple[str, str], ...]:
    """(Korean, English) of data/english_places.tsv, longest first."""
    rows = [(r[0], r[1]) for r in _rows("english_places.tsv") if len(r) >= 2 and r[0] and r[1]]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _found_at(word: str, text: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, each occurrence after the end of the one before (as re.finditer)."""
    at = text.find(word) if word else -1
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _place(text: str, figure: Figure, sentence_start: int) -> str:
    """ " in the US" when a place narrowing a sales figure stands before it in its clause ("미국 시장에서
    8만7810대를 판매", "기아 미국법인은 … 7만4805대를"), else ""."""
    lo = max(sentence_start, figure.start - _PLACE_BEFORE)
    head = text[lo : figure.start]
    cut = len(head) - len(_clause_head(head))
    best: tuple[int, str] | None = None
    for ko, en in _places():
        for k in _found_at(ko, head):
            if k < cut or head[max(0, k - 1) : k] in {"대", "對"} or not _PLACE_AFTER.match(head, k + len(ko)):
                continue
            if best is None or k > best[0]:
                best = (k, en)
    return f" in {best[1]}" if best else ""


_SALES = frozenset({"volume", "unit_sales"})  # measures whose figures a place narrows ("in the US")
_TRADE = frozenset({"exports"})  # measures whose figures a market narrows ("exports to China")
_DESTINATION_BEFORE = 40  # characters before a trade figure where its market (대중국 수출) stands


def _destination(text: str, figure: Figure, sentence_start: int) -> str:
    """ " to China" when the market the goods go to is named with 대/對 and the trade word before the figure, the
    nearest one ("대(對)일본 수출이 25억 달러(-6.1%), 대미국 수출이 97억 달러", "대미 반도체 수출은"; the short forms
    are fact_cues.tsv trade_market), else ""."""
    head = text[max(sentence_start, figure.start - _DESTINATION_BEFORE) : figure.start]
    best: tuple[int, str] | None = None
    if "수출" not in head:
        return ""  # every market pattern ends with the trade word
    for pattern, en in _destination_patterns():
        for m in pattern.finditer(head):
            if best is None or m.start() > best[0]:
                best = (m.start(), en)
    return f" to {best[1]}" if best else ""


@cache
def _destination_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, English) of every market ``_destination`` reads, compiled once: a place of english_places.tsv after
    대/對, then a short form of fact_cues.tsv trade_market ("대미"), each before the trade word."""
    goods = r"\s?(?:[가-힣]{1,8}\s)?수출"  # "대미 반도체 수출은": the goods may stand between
    written = [(r"(?:대\s?\(對\)|對|대)\s?" + re.escape(ko), en) for ko, en in _places()]
    short = [(r"(?<![가-힣])" + re.escape(ko), en) for ko, en in fact_cues().pairs("trade_market")]  # "대미"
    return tuple((re.compile(pattern + goods), en) for pattern, en in written + short)


_IMPLIED_BASES = frozenset({" from the previous session", " from the previous day"})
_SESSION_MEASURES = frozenset({"share_price", "index_level"})  # a move from the session before is said bare
_SUBJECT_FIELDS = ("Subject", "subject", "Subject_poss", "subject_poss", "of_subject", "Subject_attr", "subject_attr")


def _stake_in(text: str, figure: Figure, sentence_start: int, subject: str) -> str:
    """ "Korea Zinc" when the company whose shares the stake is in is named right before "지분" and is not the
    holder ("A사는 B사 지분 2.4%를 갖고 있다"), else ""."""
    return _company_before(text, figure, sentence_start, subject, _STAKE_BEFORE, _STAKE_OF)


def _company_before(
    text: str, figure: Figure, sentence_start: int, subject: str, reach: int, pattern: re.Pattern[str]
) -> str:
    """The English name of the company ``pattern`` finds named in the ``reach`` characters before the figure
    (its group 1), when it is a known company other than ``subject``; else ""."""
    m = pattern.search(text[max(sentence_start, figure.start - reach) : figure.start])
    entity = entity_by_ko().get(m.group(1)) if m else None
    if entity is None or entity.type != "company" or entity.en == subject:
        return ""
    return _name(entity.en, False)


def _tender_target(text: str, figure: Figure, sentence_start: int, subject: str) -> str:
    """The company other than the bidder named right before "공개매수" ahead of the figure ("A사 측은 B사 공개매수
    가격을 …": B), else "" (a company's own buyback says none)."""
    found = _company_before(text, figure, sentence_start, subject, _TENDER_BEFORE, _TENDER_OF)
    if found or not _TENDER_TOPIC.match(text, sentence_start):
        return found
    # "B사의 상장폐지를 위해 공개매수에 나선다. 공개매수 가격은 …": the offer the sentence before announced
    before = _sentence_before(text, sentence_start)
    if not _TENDER_OF.search(before):
        return ""
    named = [
        e for m in entity_pattern().finditer(before)
        if (e := entity_by_ko().get(m.group())) is not None and e.type == "company" and e.en != subject
        and before[m.end() : m.end() + 1] == "의"
    ]  # fmt: skip
    return _name(named[0].en, False) if len({e.en for e in named}) == 1 else ""


def _sentence_before(text: str, sentence_start: int) -> str:
    """The text of the sentence ending right before ``sentence_start`` (at most ``_BACK_READ`` characters)."""
    before = text[max(0, sentence_start - _BACK_READ) : sentence_start].rstrip()
    return before[max(before.rfind(". "), before.rfind("\n")) + 1 :]


_BACK_READ = 200  # characters back where the sentence before is read
_TENDER_TOPIC = re.compile(r"\s*공개\s?매수\s?(?:가격|가)\s?(?:은|는)")  # "공개매수 가격은 …": the offer just named


_STAKE_OF = re.compile(r"(\S+?)(?:의)?\s*지분(?:율)?\s*(?:은|는|을|를|이|가)?\s*$")  # "B사 지분 2.4%"
_TENDER_OF = re.compile(r"(\S+?)(?:의)?\s*공개\s?매수")  # "B사 공개매수 가격"
_TENDER_BEFORE = 30  # characters before a tender price where the company it is for is named
_STAKE_BEFORE = 16  # characters before a stake where the company whose shares it is in is named
_CUE_AFTER = 20  # characters after a figure where a template's cue ("계약", "수주") is looked for
_CUE_ASIDE = re.compile(r"\([^()]{1,30}\)")  # "310만주(약 1705억원어치)를 … 소각": an aside right after the figure


# the next items of a list the figure opens ("4만1230대, KG모빌리티는 1만1058대, 르노코리아는 2만948대를 팔았다")
_CUE_LIST = re.compile(
    r"(?:\s*,\s*[가-힣A-Za-z&]{1,12}(?:은|는|이|가)\s+(?:약\s*)?[0-9][0-9,.만억조천]*[가-힣%]{0,2}(?=[,\s을를]))+"
)


_BREAKDOWN_FRAME = re.compile(r"\s*[가-힣]{1,6}별로(?:는|도|\s*보면|\s*살펴보면)?\s")  # "업체별로는 현대차가 N대로"
_FRAMED_BACK = 160  # characters of the sentence before a breakdown sentence where its sense (a row's cue) is read


def _framed_context(text: str, sentence_start: int) -> str:
    """The sentence before one that opens with a breakdown frame ("업체별로는 현대차가 37만2150대로 0.8% 늘었고"): the
    breakdown says the parts of what that sentence states, so a row's cue there ("판매") is the parts' too; else ""."""
    if not _BREAKDOWN_FRAME.match(text, sentence_start):
        return ""
    before = text[max(0, sentence_start - _FRAMED_BACK) : sentence_start]
    cut = max(before.rfind(". ", 0, len(before.rstrip()) - 1), before.rfind("\n", 0, len(before.rstrip())))
    return " " + before[cut + 1 :]


def _past_aside(text: str, figure: Figure) -> int:
    """Where a template's cue window after the figure starts: past an aside in brackets written right after it, and
    past the items of a list the figure opens (the list's verb is said of every item)."""
    m = _CUE_ASIDE.match(text, figure.end)
    end = m.end() if m else figure.end
    listed = _CUE_LIST.match(text, end)
    return listed.end() if listed else end


_CUE_BEFORE = 12  # and before it ("판매 8만7810대")
_PER_BEFORE = 8  # characters before a price where "배럴당" stands
_NOUN_TYPES = frozenset({"product", "commodity", "term", "sector"})  # "Semiconductor exports", not "…'s exports"


_TRADES = frozenset({"net_buying", "net_selling"})
_SHARES_OF = frozenset({"company", "index", "bank"})  # what a net purchase or sale can be "of … shares"


def _of_shares(text: str, figure: Figure, sentence_start: int, subject: str) -> str:
    """ " of KOSPI shares" / " of LG Energy Solution shares": the market or company named before a net trade
    ("외국인은 코스피에서 1조원을 순매도했다"); "" when none (or only the trader itself) is named."""
    window = text[sentence_start : figure.start]
    by_ko = entity_by_ko()
    names = [by_ko[m.group()] for m in entity_pattern().finditer(window)]
    names = [e for e in names if e.type in _SHARES_OF and e.en != subject and not has_hangul(e.en)]
    if not names and not entity_pattern().search(window):
        # "아모레퍼시픽 주가는 3.4% 오른 … 마감했다. 외국인은 이날 312억원어치를 순매수했다": that share's trade
        before = _sentence_before(text, sentence_start)
        found = [by_ko[m.group()] for m in entity_pattern().finditer(before)]
        companies = {e.en for e in found if e.type == "company" and not has_hangul(e.en)}
        markets = [e for e in found if e.type in {"index", "market"}]
        if len(companies) == 1 and not markets and any(w in before for w in _SHARE_WORDS):
            return f" of {companies.pop()} shares"
    return f" of {names[-1].en} shares" if len(names) == 1 else ""


_SHARE_WORDS = ("주가", "주식")


def _attributive(subject: str, said: str) -> str:
    """The subject before a noun: "South Korea's" for an actor, the bare name for a product ("Semiconductor")."""
    kinds = _types_by_name().get(subject, frozenset())
    return said if kinds and kinds <= _NOUN_TYPES else possessive(said)


@cache
def _per_units() -> tuple[tuple[str, str], ...]:
    return tuple(
        (r[0], " " + r[1]) for r in _rows("english_per_units.tsv") if len(r) >= 2 and r[2:3] not in (["yes"], ["number"])
    )


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _per_unit(text: str, figure: Figure, sentence_start: int) -> str:
    """ " a barrel" when the Korean prices per unit right before the figure ("배럴당 85.67달러"), else "". A unit
    written with a number ("20㎏당") is said per that many units (" per 20 kg", writing/nouns.py numbered_per), or
    not at all when that unit has no English of a number: never per one."""
    window = text[max(sentence_start, figure.start - _PER_BEFORE) : figure.start]
    for cue, en in _per_units():
        at = window.find(cue)
        if at < 0 or (at > 0 and _latin(cue[0]) and _latin(window[at - 1])):
            continue  # "kt당" is per kilotonne, not per tonne
        numbered = numbered_per(window[:at].split()[-1] + cue if window[:at].strip() else cue)
        return en if numbered is None else numbered
    return ""


_PLANNED = frozenset({"investment"})  # measures whose figure may be a plan with a horizon ("2030년까지 … 투자")


def _horizon_of(fact: Fact, figure: Figure, dates: _Dates) -> int | None:
    """The date figure that is the horizon of a planned figure ("2030년까지 5억 달러를 투자": said "by 2030"): a
    date of its sentence before it, read with 까지 (qualifier "by"); None otherwise."""
    if fact.measure not in _PLANNED:
        return None
    i = dates.find(fact.date, figure)
    if i is None:
        return None
    date = dates.figures[i]
    if date.sentence != figure.sentence or date.end > figure.start:
        return None
    return i if date.qualifier == "by" else None


def _date_of(stmts: Sequence[_Stmt], dates: _Dates) -> tuple[str, list[int]]:
    for s in stmts:
        i = dates.find(s.fact.date, s.figure)
        if i is not None and i == _horizon_of(s.fact, s.figure, dates):
            phrase = date_phrase(dates.figures[i])
            head = next((p for p in _PREPOSITIONS if phrase.startswith(" " + p)), None)
            return (" by " + phrase[len(head) + 1 :] if head else phrase), [i]
        if i is not None:
            return _span_start(date_phrase(dates.figures[i]), dates.figures[i], dates.text), [i]
    when = next((s.when for s in stmts if s.when), "") or next((s.period for s in stmts if s.period), "")
    if when:
        return when, []
    for s in stmts:
        i = _quarter_in_force(s, dates)
        if i is not None:
            return date_phrase(dates.figures[i]), [i]
    return "", []


def _open_quote(text: str, start: int, at: int, links: dict[str, tuple[str, ...]]) -> int | None:
    """Where a direct quotation still open at ``at`` opened in the sentence from ``start``, or None."""
    opens, closes = links.get("quote_open", ()), links.get("quote_close", ())
    opened: int | None = None
    for k in range(start, at):
        ch = text[k]
        if opened is None and ch in opens:
            opened = k
        elif opened is not None and ch in closes:
            opened = None
    return opened


def _speaker(
    text: str, analysis: Analysis, sentence: int, opened: int, links: dict[str, tuple[str, ...]]
) -> str | None:
    """Who a quotation is by: the first person named before it in its sentence ("이창용 총재는 \"…\""), or,
    when the sentence opens with a pronoun ("그는 \"…\""), the first person of the nearest of the
    two sentences before; else None."""
    types = links.get("speaker_type", ())
    by_ko = entity_by_ko()
    start = analysis.sentences[sentence].start
    head = text[start:opened]
    spans = [(start, opened)]
    lead = head.lstrip()
    for word in links.get("pronoun_lead", ()):  # "또 그는 \"…\"", "그러면서 그는": a connective before the pronoun
        if lead.startswith(word + " "):
            lead = lead[len(word) :].lstrip()
            break
    if lead.startswith(links.get("pronoun", ())):
        spans = [(x.start, x.end) for x in analysis.sentences[max(0, sentence - _SPEAKER_BACK) : sentence]][::-1]
    for lo, hi in spans:
        found: list[tuple[int, str]] = []
        for m in entity_pattern().finditer(text, lo, hi):
            entity = by_ko.get(m.group())
            if entity is not None and entity.type in types and not has_hangul(entity.en):
                found.append((m.start(), entity.en))
                break
        person = first_person(text, analysis, lo, hi)  # "김재현 부사장은", "백 대표는" (analysis/names.py)
        if person is not None and not has_hangul(person.en):
            found.append((person.start, person.en))
        if found:
            return min(found)[1]
    return None


_SPEAKER_BACK = 2  # sentences back where the person a pronoun ("그는") stands for is looked for


def _consensus_sources() -> frozenset[str]:
    return frozenset(
        v for key in ("consensus_owner", "consensus_noun", "source_group") for _, v in fact_cues().pairs(key)
    )


def _without_beaten_consensus(stmts: list[_Stmt]) -> list[_Stmt]:
    """The market's estimate of a figure the article also reports as a result (the same subject and measure, of the
    same period or undated) is the yardstick the result is set against, not a live forecast: said beside the
    result as "brokerages estimate …" it misleads, so it is left to the key-figure table."""
    consensus = _consensus_sources()
    results = [s for s in stmts if s.role == "level" and s.fact.subject is not None]
    out = []
    for s in stmts:
        if (
            s.role == "estimate"
            and s.fact.source in consensus
            and any(
                r.fact.subject == s.fact.subject
                and r.fact.measure == s.fact.measure
                and (s.fact.date is None or r.fact.date in (None, s.fact.date) or r.fact.sentence == s.fact.sentence)
                for r in results
            )
        ):
            continue
        out.append(s)
    return out


_GAP_PARTICLE = re.compile(r"^\)?\s*(?:\([^()]{0,30}\))?\s*(?:을|를)\s*(?:약\s*)?$")  # "N을 7.8%", "컨센서스(N)를"
_GAP_VERB_AFTER = 8  # characters after the gap's percentage where its verb stands ("를 7.8% 가량 웃돌았다")
_BARE_BEAT = re.compile(r"\)?\s*(?:을|를)\s*")  # "예상치(433억 달러)를 웃돈": the verb right after the particle
_NOUN_BEFORE = 16  # characters before the estimate where its noun stands ("전망치(컨센서스) 2150억원")
_GAP_BELOW_RESULT = 1.0  # how much less a gap to the consensus weighs than a line on the result it is of


_LIST_HEAD = re.compile(r"(?:\s*(?:평균|평균치)?(?:인|의)?)\s+([가-힣]{1,6})\s*$")  # "전망치 평균인 매출 "
_LIST_NEXT = re.compile(r"^\s*[,，]\s*([가-힣]{1,6})\s*$")  # "N원, 영업이익 M원": the next measure of the list


def _consensus_lists(
    text: str, figures: Sequence[Figure], nouns: Sequence[str], cues: dict[str, tuple[str, ...]]
) -> dict[int, str]:
    """The amounts of a list of estimates, each after its own measure word, that one verb sets the results against
    ("시장 전망치 평균인 매출 N원, 영업이익 M원을 밑돌았다"): figure index -> "above" or "below". The list starts right
    after an estimate noun (english_consensus.tsv), each member is a plain amount of the same sentence, and the verb
    of beating or missing stands right after the last member's object particle. Else nothing."""
    out: dict[int, str] = {}
    k = 0
    while k < len(figures):
        first = figures[k]
        if first.kind != "money" or first.high is not None:
            k += 1
            continue
        before = _PAREN.sub("", text[max(0, first.start - _NOUN_BEFORE) : first.start])
        m = _LIST_HEAD.search(before)
        if m is None or not any(before[: m.start()].rstrip().endswith(n) for n in nouns):
            k += 1
            continue
        members = [k]
        while members[-1] + 1 < len(figures):
            a, b = figures[members[-1]], figures[members[-1] + 1]
            if b.sentence != a.sentence or b.kind != "money" or b.high is not None:
                break
            if not _LIST_NEXT.match(text[a.end : b.start]):
                break
            members.append(members[-1] + 1)
        last = figures[members[-1]]
        bare = _BARE_BEAT.match(text, last.end)
        after = text[bare.end() : bare.end() + _GAP_VERB_AFTER] if bare else ""
        side = next((d for d in ("above", "below") if any(after.startswith(v) for v in cues.get(d, ()))), None)
        if len(members) >= 2 and side is not None:
            out.update({i: side for i in members})
        k = members[-1] + 1
    return out


def _compared_result(
    text: str, k: int, figures: Sequence[Figure], by_figure: dict[int, Fact], analysis: Analysis
) -> Fact | None:
    """The result an estimate with no measure of its own is set against, when it is the amount right before it
    in the same sentence and a per-share result ("주당순이익은 1.12달러로, 예상치 1.05달러를 웃돌았다"): that result's
    fact (with its per-share measure), whose subject and measure the estimate is of. Else None."""
    if k == 0 or figures[k - 1].sentence != figures[k].sentence or figures[k - 1].kind != "money":
        return None
    before = by_figure.get(k - 1)
    if before is None or before.subject is None or before.role != "level":
        return None
    said = _per_share(text, before, figures[k - 1], [(x.start, x.end) for x in analysis.sentences])
    return said if said.measure in {"eps", "adjusted_eps"} else None


_RESULT_PERIOD = re.compile(r"(?:(?:올해|지난해|올|작년|연간|상반기|하반기|[1-4]\s?분기|[0-9]{4}년)\s*)*")
_ADVERB = re.compile(r"(?:[가-힣]{1,3}\s+)?")  # "크게 웃도는", "소폭 밑도는": one short adverb before the verb
_ADNOMINAL_VERB = re.compile(r"(?:하는|한|는|은)?\s+")  # the verb's ending that makes it qualify the results noun
_FIGURELESS_WEIGHT = 1.0  # how much a figureless beat weighs: the results' own figures lead


@cache
def _result_nouns() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]:
    rows = [r for r in _rows("english_result_nouns.tsv") if len(r) >= 2 and r[0] != "kind"]
    nouns = tuple(sorted(((r[1], r[2]) for r in rows if r[0] == "noun" and len(r) >= 3), key=lambda p: -len(p[0])))
    return nouns, tuple(r[1] for r in rows if r[0] == "verb"), tuple(r[1] for r in rows if r[0] == "join")


@cache
def _result_anaphora() -> tuple[str, ...]:
    return tuple(r[1] for r in _rows("english_result_nouns.tsv") if len(r) >= 2 and r[0] == "anaphora")


_ANAPHORA_REACH = 24  # characters between the anaphora and the estimate noun ("이는 금융정보업체 에프앤가이드의 ")


def _beaten_side(text: str, at: int, end: int, cues: dict[str, tuple[str, ...]]) -> tuple[str, int] | None:
    """After an estimate noun at ``at``: its object particle, one adverb at most and a verb of beating or missing
    it -> ("above" or "below", where the verb's cue ends). Else None."""
    m = re.compile(r"(?:\([^()]{0,30}\))?\s*(?:을|를)\s*").match(text, at, end)
    if m is None:
        return None
    for start in (m.end(), _ADVERB.match(text, m.end(), end).end()):  # type: ignore[union-attr]
        hit = next(((d, v) for d in ("above", "below") for v in cues.get(d, ()) if text.startswith(v, start)), None)
        if hit is not None:
            return hit[0], start + len(hit[1])
    return None


def _anaphoric_consensus(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], subjects: set[str]
) -> list[_Item]:
    """A sentence with no figure that sets "this" against the market's estimate ("이는 증권가 전망치를 소폭 밑도는
    수준이다") right after a sentence stating one company's results (levels of the results group): "X's results
    fell short of market expectations". A sentence before with no such levels, or several companies', says nothing."""
    cues = _cue_table("english_consensus.tsv")
    nouns = tuple(sorted(cues.get("noun", ()), key=len, reverse=True))
    groups = measure_groups()
    with_figures = {f.sentence for f in figures if f.kind != "date"}
    out: list[_Item] = []
    for si in range(1, len(analysis.sentences)):
        sentence = analysis.sentences[si]
        body = text[sentence.start : sentence.end]
        lead = next((a for a in _result_anaphora() if body.startswith(a + " ")), None)
        if lead is None or si in with_figures:
            continue
        reach = sentence.start + len(lead) + 1 + _ANAPHORA_REACH
        found = [(n, text.find(n, sentence.start, reach)) for n in nouns]
        hit = next(((n, at) for n, at in found if at >= 0), None)
        side = _beaten_side(text, hit[1] + len(hit[0]), sentence.end, cues) if hit is not None else None
        if hit is None or side is None:
            continue
        owners = {
            f.subject
            for f in facts
            if f.sentence == si - 1 and f.role == "level" and groups.get(f.measure or "") == _RESULTS and f.subject
        }
        if len(owners) != 1:
            continue
        subject = owners.pop()
        if subject in subjects or not _usable(subject):
            continue
        verb = "beat" if side[0] == "above" else "fell short of"
        out.append(
            _Item(
                text=f"{possessive(_name(subject, True))} results {verb} market expectations.",
                sentence=si,
                figures=(),
                key=("consensus_beat", subject, "figureless"),
                weight=_FIGURELESS_WEIGHT,
                subjects=(subject,),
                position=hit[1],
                atoms=frozenset({("consensus", subject, "figureless")}),
                size=1,
            )
        )
        subjects.add(subject)
    return out


def _result_phrase(text: str, at: int, end: int, particles: str = "을|를") -> tuple[str, int] | None:
    """The results named at ``at`` ("1분기 매출과 순이익을"): (their English, where the particle ends)."""
    nouns, _verbs, joins = _result_nouns()
    at = _RESULT_PERIOD.match(text, at, end).end()  # type: ignore[union-attr]
    said: list[str] = []
    while True:
        hit = next(((ko, en) for ko, en in nouns if text.startswith(ko, at)), None)
        if hit is None:
            return None
        said.append(hit[1])
        at += len(hit[0])
        join = next((j for j in joins if text.startswith(j, at) and text[at + len(j) : at + len(j) + 1] == " "), None)
        if join is None:
            break
        at += len(join) + 1
    particle = re.compile(rf"\s*(?:{particles})\s*").match(text, at, end)
    if particle is None:
        return None
    ens = list(dict.fromkeys(said))
    return (ens[0] if len(ens) == 1 else ", ".join(ens[:-1]) + " and " + ens[-1]), particle.end()


def _figureless_beat(subject: str, phrase_en: str, side: str, sentence: int, at: int) -> _Item:
    """ "X's results beat market expectations": a beat or a miss said without figures (one per subject)."""
    verb = "beat" if side == "above" else "fell short of"
    return _Item(
        text=f"{possessive(_name(subject, True))} {phrase_en} {verb} market expectations.",
        sentence=sentence,
        figures=(),
        key=("consensus_beat", subject, "figureless"),
        weight=_FIGURELESS_WEIGHT,
        subjects=(subject,),
        position=at,
        atoms=frozenset({("consensus", subject, "figureless")}),
        size=1,
    )


def _figureless_consensus(
    text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None, subjects: set[str]
) -> list[_Item]:
    """A company reporting results that beat or missed the market's estimate, with no figure of the estimate
    ("A사가 시장 예상치를 웃도는 1분기 실적을 발표했다"): "A's results beat market expectations". The estimate noun,
    its object particle, one adverb at most, a verb of beating or missing in its adnominal form (english_consensus.tsv),
    the results noun (english_result_nouns.tsv) with its particle and then a past verb of reporting them; the
    company the one named before the estimate noun in the sentence, as its subject; no figure between the noun and
    the verb. A company whose consensus a line with figures already states (``subjects``) is not said again."""
    if not mentions:
        return []
    cues = _cue_table("english_consensus.tsv")
    nouns = tuple(sorted(cues.get("noun", ()), key=len, reverse=True))
    _n, verbs, _j = _result_nouns()
    out: list[_Item] = []
    for si, sentence in enumerate(analysis.sentences):
        if si >= len(mentions):
            break
        body_lo, body_hi = sentence.start, sentence.end
        for noun in nouns:
            at = text.find(noun, body_lo, body_hi)
            if at < 0:
                continue
            m = re.compile(r"(?:\([^()]{0,30}\))?\s*(?:을|를)\s*").match(text, at + len(noun), body_hi)
            if m is None:
                continue
            side, k = None, m.end()
            for start in (m.end(), _ADVERB.match(text, m.end(), body_hi).end()):  # type: ignore[union-attr]
                hit = next(
                    ((d, v) for d in ("above", "below") for v in cues.get(d, ()) if text.startswith(v, start)), None
                )
                if hit is not None:
                    side, k = hit[0], start + len(hit[1])
                    break
            if side is None:
                continue
            adn = _ADNOMINAL_VERB.match(text, k, body_hi)  # "웃도는 ", "상회하는 ", "하회한 "
            if adn is None:
                continue
            phrase = _result_phrase(text, adn.end(), body_hi)
            if phrase is None or not any(text.startswith(v, phrase[1]) for v in verbs):
                continue
            if any(at <= f.start < phrase[1] for f in figures if f.sentence == si and f.kind != "date"):
                continue  # a figure of the estimate or the result: the lines with figures say it
            named = [
                x for x in mentions[si] if x.end <= at and x.entity.type == "company" and not has_hangul(x.entity.en)
            ]
            if len({x.entity.en for x in named}) != 1:
                continue
            owner = named[-1]
            if not re.match(r"(?:이|가|은|는)\s", text[owner.end : owner.end + 2]):
                continue
            subject = owner.entity.en
            if subject in subjects:
                continue
            out.append(_figureless_beat(subject, phrase[0], side, si, at))
            subjects.add(subject)
            break
        else:
            topic = _topic_beat(text, sentence.start, sentence.end, mentions[si], nouns, cues, subjects)
            if topic is not None:
                subject, phrase_en, side, at = topic
                out.append(_figureless_beat(subject, phrase_en, side, si, at))
                subjects.add(subject)
    return out


_OWNER_GAP = re.compile(r"(?:의)?\s+")  # "테슬라의 3분기 실적은"
_MARKET_WORDS = re.compile(r"(?:[가-힣]{1,4}\s+){0,2}")  # "시장 ", "월가의 평균 ": words before the estimate noun
_PAST_FINAL = re.compile(r"[가-힣]{0,2}(?:았|었|했)다")  # "웃돌았다", "상회했다": the sentence's own past verb


def _figureless(item: _Item) -> bool:
    """A line on how results stood against the market's estimate that states no figure (_figureless_consensus)."""
    return len(item.key) == 3 and item.key[0] == "consensus_beat" and item.key[2] == "figureless"


def _topic_beat(
    text: str,
    lo: int,
    hi: int,
    found: Sequence[EntityMention],
    nouns: Sequence[str],
    cues: dict[str, tuple[str, ...]],
    subjects: set[str],
) -> tuple[str, str, str, int] | None:
    """A company's results as the topic of a sentence that sets them against the market's estimate with no figure
    ("B사의 2분기 실적이 증권가 예상을 크게 웃돌았다"): (the company, the results' English, above or below, where the
    estimate noun stands). The company named right before the results (with or without 의), the verb the
    sentence's own past one. Else None."""
    for x in found:
        if x.entity.type != "company" or has_hangul(x.entity.en) or x.entity.en in subjects:
            continue
        gap = _OWNER_GAP.match(text, x.end, hi)
        if gap is None:
            continue
        phrase = _result_phrase(text, gap.end(), hi, "은|는|이|가")
        if phrase is None:
            continue
        k = _MARKET_WORDS.match(text, phrase[1], hi).end()  # type: ignore[union-attr]
        noun = next((n for n in nouns if text.startswith(n, k)), None)
        if noun is None:
            for n in nouns:  # the market words' last may be the noun's own start ("평균 전망치")
                at = text.find(n, phrase[1], k + len(n))
                if at >= 0:
                    noun, k = n, at
                    break
        if noun is None:
            continue
        side = _beaten_side(text, k + len(noun), hi, cues)
        if side is None or not _PAST_FINAL.match(text, side[1], hi):
            continue
        return x.entity.en, phrase[0], side[0], k
    return None


def _consensus_gaps(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], mentions: Mentions | None
) -> list[_Item]:
    """A result set against the market's estimate of it ("영업이익은 … 시장 전망치(컨센서스) 2150억원을 7.8%
    웃돌았다"): "Kakao's operating profit came in 7.8% above the market consensus of ₩215 billion", when the
    amount stands right after an estimate noun, the percentage right after it with its object particle and then a
    verb of beating or missing (data/english_consensus.tsv), and the measure is a company's result whose owner the
    article states (the gap's own fact's, or the one subject of that measure's reported levels). Else nothing."""
    cues = _cue_table("english_consensus.tsv")
    nouns = tuple(sorted(cues.get("noun", ()), key=len, reverse=True))
    compilers = set(cues.get("compiler", ()))
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    groups = measure_groups()
    out: list[_Item] = []
    listed = _consensus_lists(text, figures, nouns, cues)
    lists: dict[tuple[str, int, str], list[tuple[int, str]]] = {}  # (side, sentence, subject) -> (figure, measure)
    for k in range(len(figures)):
        est = figures[k]
        if est.kind != "money" or est.high is not None:
            continue
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        gap: Figure | None = None
        if nxt is not None and nxt.kind == "percent" and nxt.sentence == est.sentence and nxt.high is None:
            gap = nxt if _GAP_PARTICLE.match(text[est.end : nxt.start]) else None
        if gap is not None:
            after = text[gap.end : gap.end + _GAP_VERB_AFTER]
        else:  # "시장 예상치(433억 달러)를 웃돈": the result beat it, by how much unsaid
            bare = _BARE_BEAT.match(text, est.end)
            after = text[bare.end() : bare.end() + _GAP_VERB_AFTER] if bare else ""
            after = after if any(after.startswith(v) for d in ("above", "below") for v in cues.get(d, ())) else ""
        side = next((d for d in ("above", "below") if any(v in after for v in cues.get(d, ()))), None)
        head = _PAREN.sub("", text[max(0, est.start - _NOUN_BEFORE) : est.start]).rstrip().removesuffix("(").rstrip()
        if text[est.start - 1 : est.start] == "(" and not text[est.end : est.end + 1] == ")":
            continue  # "컨센서스(N원 …)": the parenthesis goes on past the amount
        if k in listed:  # "전망치 평균인 매출 N원, 영업이익 M원을 밑돌았다": each result of the list fell short
            gap, side = None, listed[k]
        elif side is None or not any(head.endswith(n) for n in nouns):
            continue
        fe, fg = by_figure.get(k), (by_figure.get(k + 1) if gap is not None else None)
        before = by_figure.get(k - 1)
        owner = before.subject if before is not None else None
        if fe is not None and fe.measure in {None, "other"} and fe.subject in {None, owner}:
            fe = _compared_result(text, k, figures, by_figure, analysis) or fe
        if (fe is None or (fe.measure in {None, "other"} and fe.subject is None)) and side is not None:
            # "…로 집계됐다. 시장 예상치 N을 웃돌았다": the result of the sentence before
            results = {m for m, g in groups.items() if g == _RESULTS}
            fe = prior_result(est, gap, side, figures, facts, results) or fe
        measure = fe.measure if fe is not None else None
        if measure is None or groups.get(measure) != _RESULTS or (fg is not None and fg.measure not in {None, measure}):
            continue
        subject = (fe.subject if fe is not None else None) or (fg.subject if fg is not None else None)
        if subject is None:
            owners = {f.subject for f in facts if f.measure == measure and f.role in {"level", "change"} and f.subject}
            subject = owners.pop() if len(owners) == 1 else None
        if not _usable(subject):
            continue
        assert subject is not None
        sentence = analysis.sentences[est.sentence]
        found = mentions[est.sentence] if mentions and est.sentence < len(mentions) else ()
        named = [m.entity.en for m in found if sentence.start <= m.start and m.end <= est.start
                 and m.entity.type in compilers]  # fmt: skip
        # an estimate is said with its source: the amount of a consensus whose compiler is not named is left to
        # the key-figure table, and the line says the gap alone ("came in 17.7% above the market consensus")
        sourced = len(set(named)) == 1
        consensus = f"the {named[-1]} consensus" if sourced else "the market consensus"
        upper = _name(subject, True)
        v: dict[str, str | None] = {
            "Subject_poss": possessive(upper),
            "noun": measure_noun(measure),
            "amount": _move_form(gap) if gap is not None else None,
            "figure": _level_form(est) if sourced else None,
            "consensus": consensus,
        }
        role = "consensus_gap" if gap is not None else "consensus_beat"
        if k in listed and not sourced:  # one line for the list, said after its loop
            lists.setdefault((listed[k], est.sentence, subject), []).append((k, measure))
            continue
        said = _say(measure, role, "up" if side == "above" else "down", None, v)
        if said is None:
            continue
        cited = tuple(i for i, keep in ((k, sourced), (k + 1, gap is not None)) if keep)
        tail = _consensus_tail(fe, k, est, figures, subject, measure, by_figure, role, side, v)
        out.append(
            _Item(
                text=said,
                sentence=est.sentence,
                figures=cited,
                key=(role, subject, measure, est.value),
                weight=measure_weight(measure) - _GAP_BELOW_RESULT,  # the result itself leads, not its gap
                subjects=(subject,),
                position=est.start,
                surfaces=tuple(figures[i].surface for i in cited),
                atoms=frozenset({("consensus", subject, measure, est.value, est.high, est.unit)}),
                size=1,  # one fact: how the result stands against the yardstick
                tail=tail,
            )
        )
    for (side, at, subject), members in lists.items():
        measures = list(dict.fromkeys(m for _, m in members))
        nouns_en = [n for n in (measure_noun(m) for m in measures) if n and n != "-"]
        if len(nouns_en) != len(measures):
            continue  # a measure with no English noun: the list is not said
        joined = nouns_en[0] if len(nouns_en) == 1 else ", ".join(nouns_en[:-1]) + " and " + nouns_en[-1]
        v = {"Subject_poss": possessive(_name(subject, True)), "noun": joined, "amount": None, "figure": None,
             "consensus": "the market consensus"}  # fmt: skip
        said = _say(measures[0], "consensus_beat", "up" if side == "above" else "down", None, v)
        if said is None:
            continue
        first = figures[members[0][0]]
        out.append(
            _Item(
                text=said,
                sentence=at,
                figures=(),
                key=("consensus_beat", subject, tuple(measures), first.value),
                weight=max(measure_weight(m) for m in measures) - _GAP_BELOW_RESULT,
                subjects=(subject,),
                position=first.start,
                atoms=frozenset(
                    ("consensus", subject, m, figures[i].value, figures[i].high, figures[i].unit) for i, m in members
                ),
                size=len(measures),
            )
        )
    return out


_GUIDE_NOUN = re.compile(r"(?:인|의)?\s*$")  # "컨센서스인 459억달러", "예상치 125억 달러"


def _guidance_gaps(
    text: str, figures: Sequence[Figure], facts: Sequence[Fact], mentions: Mentions | None
) -> list[_Item]:
    """A company's guidance set against the market's estimate in the next sentence ("AMD는 4분기 매출 전망치를
    128억 달러로 제시했다. 시장 예상치인 125억 달러보다 높다", "…450억달러로 전망했다. 이는 LSEG의 컨센서스인
    459억달러에 미치지 못하는 수치다"): ", above the market consensus" after the guidance line (only there; the
    estimate's amount said when its compiler is named). The estimate right after an estimate noun, a comparison
    after it (english_consensus.tsv compare_above / compare_below), no other subject in its sentence; the guidance
    the one estimate of the sentence before whose source is its own subject, in the same currency, on the side
    said."""
    cues = _cue_table("english_consensus.tsv")
    nouns = tuple(sorted(cues.get("noun", ()), key=len, reverse=True))
    compilers = set(cues.get("compiler", ()))
    groups = measure_groups()
    out: list[_Item] = []
    for k, est in enumerate(figures):
        if est.kind != "money" or est.high is not None or est.sentence == 0:
            continue
        head = text[max(0, est.start - _NOUN_BEFORE) : est.start]
        m = _GUIDE_NOUN.search(head)
        if m is None or not any(head[: m.start()].rstrip().endswith(n) for n in nouns):
            continue
        after = text[est.end : est.end + _GAP_VERB_AFTER + 4]
        side = next((d for d in ("above", "below") for c in cues.get("compare_" + d, ()) if after.startswith(c)), None)
        if side is None:
            continue
        guides = [
            f for f in facts
            if f.sentence == est.sentence - 1 and f.role == "estimate" and f.subject and f.source == f.subject
            and groups.get(f.measure or "") == _RESULTS and f.figure is not None
            and _fits_estimate(figures[f.figure], est, side, None)
        ]  # fmt: skip
        if len({(f.subject, f.measure) for f in guides}) != 1:
            continue
        guide = guides[0]
        assert guide.figure is not None and guide.subject is not None
        if any(f.subject not in {None, guide.subject} for f in facts if f.sentence == est.sentence):
            continue  # the estimate's sentence is of another subject
        found = mentions[est.sentence] if mentions and est.sentence < len(mentions) else ()
        named = [x.entity.en for x in found if x.end <= est.start and x.entity.type in compilers]
        sourced = len(set(named)) == 1
        values: dict[str, str | None] = {
            "consensus": f"the {named[-1]} consensus" if sourced else "the market consensus",
            "figure": _level_form(est) if sourced else None,
        }
        said = _say(guide.measure or "", "guidance_tail", "up" if side == "above" else "down", None, values)
        if said is None:
            continue
        out.append(
            _Item(
                text=said,
                sentence=est.sentence,
                figures=(k,) if sourced else (),
                key=("guidance_gap", guide.subject, guide.measure, est.value),
                weight=0.0,
                subjects=(guide.subject,),
                position=est.start,
                tail=(guide.figure, said[:1].lower() + said[1:]),
            )
        )
    return out


_TAIL_BACK = 2  # sentences back where the result a consensus of the same subject and measure is of may stand


_TAIL_GAP_SLACK = 1.0  # percentage points a written gap may differ from the one the two amounts make (rounding)


def _fits_estimate(result: Figure, est: Figure, side: str, gap: Figure | None) -> bool:
    """Whether a result stands on the side of its estimate the verb says, in the same currency, and makes the
    gap the text writes when it writes one."""
    if result.kind != "money" or result.unit != est.unit or isinstance(result.value, str) or isinstance(est.value, str):
        return False
    if not est.value or (result.value > est.value) != (side == "above"):
        return False
    if gap is None:
        return True
    made = abs(result.value / est.value - 1) * 100
    return not isinstance(gap.value, str) and abs(made - gap.value) <= _TAIL_GAP_SLACK


def _consensus_tail(
    fe: Fact | None,
    k: int,
    est: Figure,
    figures: Sequence[Figure],
    subject: str,
    measure: str,
    by_figure: dict[int, Fact],
    role: str,
    side: str,
    values: dict[str, str | None],
) -> tuple[int, str] | None:
    """Where a result's gap to its estimate may be said after the result's own line: (the result's figure, the
    clause "18% above the market consensus" / "beating the LSEG consensus of US$11.3 billion"). The result is the
    level ``fe`` found for the estimate (the sentence before, or the amount before it), else the last level of the
    same subject and measure before the estimate, in its sentence or the two before, on the side of it the verb
    says. None when there is none."""
    target = fe.figure if fe is not None and fe.role == "level" and fe.figure is not None and fe.figure != k else None
    if target is None:
        gap = figures[k + 1] if role == "consensus_gap" and k + 1 < len(figures) else None
        back = est.sentence if gap is not None else _TAIL_BACK  # a written gap the two amounts make: any before
        before = [
            i for i, f in by_figure.items()
            if i < k and est.sentence - back <= f.sentence <= est.sentence and f.subject == subject
            and f.measure == measure and f.role == "level" and _fits_estimate(figures[i], est, side, gap)
        ]  # fmt: skip
        target = max(before) if before else None
    said = _say(measure, role + "_tail", "up" if side == "above" else "down", None, values)
    if target is None or said is None:
        return None
    return target, said[:1].lower() + said[1:] if said[:1].isalpha() else said


def _consensus_tails(
    rest: list[_Item], head: _Item
) -> tuple[list[_Item], dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]]:
    """A gap to the consensus whose result another line (or the headline) states is said after that line ("…
    rose 61% to ₩168 billion in Q3 2026, 18% above the market consensus") and not on its own, when that line states
    nothing but that measure: the other lines and the key of the line that takes each clause -> (the clause, its
    figures, its sentence)."""
    tails: dict[tuple[object, ...], tuple[str, tuple[int, ...], int]] = {}
    out: list[_Item] = []
    hosts = [head, *rest]
    for it in rest:
        host = None
        if it.tail is not None:
            target = it.tail[0]
            measure = it.key[2] if len(it.key) == 4 else None
            host = next(
                (
                    h
                    for h in hosts
                    if h is not it
                    and h.tail is None
                    and target in h.figures
                    and h.key not in tails
                    and bool(h.stmts)
                    and all(st.fact.measure == measure for st in h.stmts)  # "revenue and profit, beating …" is not
                ),
                None,
            )
        if host is None or it.tail is None:
            if not (it.key and it.key[0] == "guidance_gap"):  # a guidance's gap is said only after its line
                out.append(it)
            continue
        tails[host.key] = (it.tail[1], it.figures, it.sentence)
    return out, tails


def _limit_tails(
    items: Sequence[_Item],
    text: str,
    figures: Sequence[Figure],
    tails: dict[tuple[object, ...], tuple[str, tuple[int, ...], int]],
) -> dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]:
    """A line on one share's closing price that its clause writes as the day's price limit ("가격제한폭(30%)까지
    오른 15만6000원에 장을 마쳤다", "상한가인 N원"): the clause "up 30%, the daily limit" after it (writing/frame.py
    daily_limit). A line that states the move already takes "the daily limit" when the move is the limit's side
    (and its percentage, when the text gives the limit one). Lines with a clause of their own are left as they are."""
    out = dict(tails)
    if not any(w in text for kind in ("limit_up", "limit_down", "limit") for w in frame_words(kind)):
        return out  # no limit word in the article
    for it in items:
        if it.key in out or "daily limit" in it.text:
            continue  # the line's own template already says the limit ("rose by the daily limit of 30% to …")
        levels = [st for st in it.stmts if st.fact.measure == "share_price" and st.role == "level"]
        moves = [st for st in it.stmts if st.fact.measure == "share_price" and st.role == "change"]
        if len(levels) != 1 or levels[0].fact.time_of_day == "open":
            continue
        st = levels[0]
        hit = daily_limit(text, st.figure, st.direction or st.fact.direction, figures)
        if hit is None:
            continue
        side, pct = hit
        cited = tuple(k for k, f in enumerate(figures) if f is pct)
        if moves:
            if any(m.direction not in {None, side} or (pct is not None and m.figure.value != pct.value) for m in moves):
                continue
            said = _say("share_price", "limit_tail_moved", side, None, {})
            cited = ()
        else:
            said = _say("share_price", "limit_tail", side, None, {"amount": _move_form(pct) if pct else None})
        if said is not None:
            out[it.key] = (said[:1].lower() + said[1:], cited, st.figure.sentence)
    return out


def _with_halts(items: list[_Item], text: str, analysis: Analysis, mentions: Mentions | None) -> list[_Item]:
    """The items with the article's trading halts said on the markets they were on (writing/halts.py: "Circuit
    breakers halted trading on both the KOSPI and the KOSDAQ"), in place of the halt events of the trigger lexicon
    when a halt line is said."""
    if not mentions:
        return items
    spans = [(x.start, x.end) for x in analysis.sentences]
    halts = halt_lines(text, spans, mentions, lambda n: _name(n, False))
    if not halts:
        return items
    kept = [it for it in items if it.event is None or it.event.kind != "market_halt"]
    return kept + [
        _Item(
            text=h.text,
            sentence=h.sentence,
            figures=(),
            key=("halt", h.text),
            weight=2.0,
            subjects=h.markets,
            position=h.position,
            actual=True,
        )
        for h in halts
    ]


def _with_presales(items: list[_Item], text: str, analysis: Analysis, figures: Sequence[Figure]) -> list[_Item]:
    """The items with the article's housing presale results (writing/presales.py: "An apartment presale in
    Seocho-gu, Seoul drew 48,612 first-priority applicants for 312 units …"), in place of the items that cite one
    of their figures (a bare competition ratio said again)."""
    spans = [(x.start, x.end) for x in analysis.sentences]
    sales = presale_lines(text, spans, figures)
    if not sales:
        return items
    cited = {i for p in sales for i in p.figures}
    kept = [it for it in items if not cited.intersection(it.figures)]
    return kept + [
        _Item(
            text=p.text,
            sentence=p.sentence,
            figures=p.figures,
            key=("presale", p.text),
            weight=2.0,
            subjects=(),
            position=p.position,
            actual=True,
        )
        for p in sales
    ]


def _with_notices(
    items: list[_Item], article: Article, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None
) -> list[_Item]:
    """The items with the article's recalls, plant-halting incidents, trade-remedy rulings, rate changes, supply
    plans, reshuffles and closing days (writing/notices.py: "KEPCO will raise industrial electricity rates by ₩9.7
    per kWh …"), in place of the items that cite one of their figures, or that state from the title only amounts
    they state (the title's bare "rose ₩5"); a body line of another fact with an equal amount stays."""
    text = article.text
    in_title = _title_sentences(article, analysis)
    mentions = mentions or analysis_mentions(text, analysis)
    if not mentions:
        return items
    spans = [(x.start, x.end) for x in analysis.sentences]
    notices = notice_lines(text, spans, figures, mentions, lambda n: _name(n, False))
    if not notices:
        return items
    cited = {i for n in notices for i in n.figures}
    amounts = {(figures[i].unit, figures[i].value) for i in cited if figures[i].kind != "date"}

    def told(it: _Item) -> bool:
        own = [(figures[i].unit, figures[i].value) for i in it.figures if figures[i].kind != "date"]
        titled = all(figures[i].sentence in in_title for i in it.figures)
        return bool(cited.intersection(it.figures)) or (titled and bool(own) and set(own) <= amounts)

    kept = [it for it in items if not told(it)]
    return kept + [
        _Item(
            text=n.text,
            sentence=n.sentence,
            figures=n.figures,
            key=("notice", n.text),
            weight=2.0,
            subjects=n.subjects,
            position=n.position,
            actual=True,
            surfaces=tuple(figures[i].surface for i in n.figures if figures[i].kind != "date"),  # the title's figures
        )
        for n in notices
    ]


_RATING_MOVES = frozenset({"rating_cut", "rating_raise"})


def _outlook_tails(
    items: Sequence[_Item],
    text: str,
    analysis: Analysis,
    mentions: Mentions | None,
    tails: dict[tuple[object, ...], tuple[str, tuple[int, ...], int]],
) -> dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]:
    """A rating cut or raise whose outlook its words state after the trigger, or the next sentence does ("등급
    전망은 '안정적'으로 제시했다"): the line says ", with a stable outlook" (writing/frame.py stated_outlook). A next
    sentence that names another rater (of the action's agency type) is another's outlook: not read."""
    out = dict(tails)
    for it in items:
        ev = it.event
        if ev is None or ev.kind != "rating" or ev.action not in _RATING_MOVES or it.key in out:
            continue
        si = ev.sentence
        if not 0 <= si < len(analysis.sentences):
            continue
        sentence = analysis.sentences[si]
        spans = [(ev.end, sentence.end, si)]
        if si + 1 < len(analysis.sentences):
            nxt = analysis.sentences[si + 1]
            found = mentions[si + 1] if mentions and si + 1 < len(mentions) else ()
            if not any(m.entity.type == "research" and m.entity.en not in ev.who for m in found):
                spans.append((nxt.start, nxt.end, si + 1))
        for lo, hi, where in spans:
            outlook = stated_outlook(text, lo, hi)
            if outlook is not None:
                out[it.key] = (f"with a {outlook} outlook", (), where)
                break
    return out


_COMPANY_TYPES = frozenset({"company", "bank"})


def _preliminary(line: BriefLine, item: _Item, text: str, analysis: Analysis) -> BriefLine:
    """A line on a company's results whose figures' own sentences call them preliminary ("잠정 공시했다", "잠정
    실적"; data/english_frames.tsv): "preliminary" before the first result noun it says ("Kakao's preliminary
    operating profit rose …"). Lines of other facts, or of another's results (a statistics release), as they are."""
    if not item.stmts or "preliminary" in line.text:
        return line
    groups = measure_groups()
    if any(groups.get(st.fact.measure or "") != _RESULTS for st in item.stmts):
        return line
    if any(not _types_by_name().get(st.fact.subject or "", frozenset()) & _COMPANY_TYPES for st in item.stmts):
        return line
    cues = frame_words("preliminary")
    said = {st.figure.sentence for st in item.stmts}
    if not said or any(
        not 0 <= si < len(analysis.sentences)
        or not any(c in text[analysis.sentences[si].start : analysis.sentences[si].end] for c in cues)
        for si in said
    ):
        return line
    nouns = [n for n in (measure_noun(st.fact.measure or "") for st in item.stmts) if n and n != "-"]
    at = min((k for k in (re.search(rf"\b{re.escape(n)}\b", line.text) for n in nouns) if k), key=lambda m: m.start(),
             default=None)  # fmt: skip
    if at is None:
        return line
    return replace(line, text=line.text[: at.start()] + "preliminary " + line.text[at.start() :])


_MOVE_SIDES = {"surge": "up", "rally": "up", "plunge": "down", "slide": "down"}  # market_move actions of events.tsv
_MARKET_ACTORS = frozenset({"stock_market", "market"})


def _without_told_market_moves(items: list[_Item]) -> list[_Item]:
    """A whole market's move said without a figure ("국내 증시가 폭락하면서": "The Korean stock market plunged") is
    left out when another line states, with its figures, a move of an index the same way: the index lines say it."""
    sides = {d for it in items if it.event is None for _, m, d in it.moves if m in {"index_level", "index"} and d}
    if not sides:
        return items
    return [
        it
        for it in items
        if not (
            it.event is not None
            and it.event.kind == "market_move"
            and not it.figures
            and it.event.who_type in _MARKET_ACTORS
            and _MOVE_SIDES.get(it.event.action) in sides
        )
    ]


def _is_halt(item: _Item) -> bool:
    return bool(item.key) and item.key[0] == "halt"


def _halts_follow(items: Sequence[_Item], scores: list[float]) -> list[float]:
    """A trading halt line (_with_halts) states no figure: it never leads while a line with figures can (the
    headline's move takes it as its cause, _halt_tail)."""
    if all(_is_halt(it) or not it.figures for it in items):
        return scores
    return [float("-inf") if _is_halt(it) else sc for it, sc in zip(items, scores, strict=True)]


def _halt_tail(
    rest: list[_Item], head: _Item, tails: dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]
) -> tuple[list[_Item], dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]]:
    """A headline on the move of a market a trading halt was on ("The KOSPI fell 8.77% to close at 2,441.55")
    says the halt after it (", as circuit breakers halted trading on both the KOSPI and the KOSDAQ") and the halt
    is not a line of its own. A headline with a clause of its own already, or on something else, as it is."""
    if head.key in tails or head.event is not None or not head.stmts or not head.moves:
        return rest, tails
    for it in rest:
        if _is_halt(it) and set(head.subjects) & set(it.subjects):
            clause = it.text[:1].lower() + it.text[1:].rstrip(".")
            if set(it.subjects) <= set(head.subjects) and " on " in clause:
                clause = clause.rsplit(" on ", 1)[0]  # "The KOSPI fell 8%, as a circuit breaker halted trading"
            out = dict(tails)
            out[head.key] = ("as " + clause, (), it.sentence)
            return [x for x in rest if x is not it], out
    return rest, tails


_TARGET_MOVES = re.compile(r" (raised|cut|kept) its price target for (.+?) (?:from|to|at) ")
_DISSENT = 1.0  # how much more a broker that goes against the others on one company's target weighs


def _dissents(rest: Sequence[_Item]) -> list[float]:
    """A bonus for the one broker line that goes against the others on one company's price target ("반면 키움증권은
    … 목표주가를 그대로 유지했다" beside three raises): the dissent is news and is not left out for a fourth raise.
    Two or more lines one way and exactly one another way; else no bonus."""
    found = [_TARGET_MOVES.search(it.text) if " its price target for " in it.text else None for it in rest]
    kinds: dict[str, dict[str, list[int]]] = {}
    for k, m in enumerate(found):
        if m is not None:
            kinds.setdefault(m.group(2), {}).setdefault(m.group(1), []).append(k)
    out = [0.0] * len(rest)
    for ways in kinds.values():
        if len(ways) == 2 and sorted(len(v) for v in ways.values())[0] == 1 and max(len(v) for v in ways.values()) >= 2:
            odd = next(v[0] for v in ways.values() if len(v) == 1)
            out[odd] = _DISSENT
    return out


@cache
def _opinions() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in _rows("english_opinions.tsv") if len(r) >= 2 and r[0] != "ko"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_OPINION_BEFORE = 36  # characters before a kept target where the opinion kept with it stands
_OPINION_HEAD = re.compile(
    r"(?:투자\s?의견\s*)?['‘’\"“”]?(?P<word>[^'‘’\"“”]{1,12})['‘’\"“”]?\s*(?:의견)?\s*"
    r"(?:과|와|및|,|에|을|를)?\s*(?:목표\s?주가|목표가)"
)  # "투자의견 '중립'과 목표주가", "'중립' 의견에 목표주가"


def _kept_opinion_tails(
    rest: Sequence[_Item],
    text: str,
    analysis: Analysis,
    tails: dict[tuple[object, ...], tuple[str, tuple[int, ...], int]],
) -> dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]:
    """A kept price target whose opinion is kept with it ("투자의견 '중립'과 목표주가 160만원을 그대로 유지했다"):
    the line says ", and its rating at neutral" (data/english_opinions.tsv). An opinion word not known, or none
    right before the target noun, says nothing."""
    out = dict(tails)
    words = dict(_opinions())
    for it in rest:
        m = _TARGET_MOVES.search(it.text) if " kept its price target for " in it.text else None
        if m is None or m.group(1) != "kept" or it.key in out or not it.stmts:
            continue
        fig = it.stmts[0].figure
        if not 0 <= fig.sentence < len(analysis.sentences):
            continue
        lo = max(analysis.sentences[fig.sentence].start, fig.start - _OPINION_BEFORE)
        head = text[lo : fig.start]
        hit = None
        for h in _OPINION_HEAD.finditer(head):
            hit = h
        if hit is None or hit.group("word").strip() not in words or "의견" not in head[: hit.end()]:
            continue
        out[it.key] = (f"and its rating at {words[hit.group('word').strip()]}", (), fig.sentence)
    return out


def _tailed(
    line: BriefLine, key: tuple[object, ...], tails: dict[tuple[object, ...], tuple[str, tuple[int, ...], int]]
) -> BriefLine:
    """The line with the consensus clause its result takes (_consensus_tails), before its full stop."""
    if key not in tails:
        return line
    clause, cited, sentence = tails[key]
    body, stop = (line.text[:-1], ".") if line.text.endswith(".") else (line.text, "")
    return BriefLine(
        text=f"{body}, {clause}{stop}",
        sentences=tuple(sorted({*line.sentences, sentence})),
        figures=(*line.figures, *(i for i in cited if i not in line.figures)),
    )


_RUN_AFTER = re.compile(r"^\s*(?:연속|째|연속으로|째로)?\s*")  # "5개월 연속 증가", "5개월째 늘었다"
_RUN_HEAD = re.compile(r"(?:^|[\s,])(?:\d{1,2}월|지난달|이달|올해|전체)?\s*$")  # nothing but a period before the word
_RUN_GAP = 16  # characters between the measure word's particle and the run ("수출이 반도체를 앞세워 5개월")


def _runs(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> dict[tuple[str, str, str | None], tuple[int, int]]:
    """(measure, direction, period) -> the figure of a run of months a release's total moved that way ("지난달 수출이
    5개월 연속 증가했다"): a duration in months right before a verb of rising or falling (data/english_runs.tsv), in
    a sentence whose measure word (of a release measure) names the whole, with only a period before it, never an
    item ("반도체 수출이 5개월 연속"). The period is the duration's fact's (the release's month)."""
    cues = _cue_table("english_runs.tsv")
    measures = set(cues.get("measure", ()))
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    out: dict[tuple[str, str, str | None], tuple[int, int]] = {}
    for i, fig in enumerate(figures):
        if fig.unit != "duration" or fig.counter != "개월" or fig.high is not None or fig.qualifier is not None:
            continue
        if not (0 <= fig.sentence < len(analysis.sentences)) or not isinstance(fig.value, float | int):
            continue
        if fig.value != int(fig.value) or not 2 <= fig.value <= _RUN_LONGEST:
            continue
        rest = text[fig.end : fig.end + 12]
        gap = _RUN_AFTER.match(rest)
        tail = rest[gap.end() :] if gap else rest
        direction = next((d for d in ("up", "down") if any(tail.startswith(v) for v in cues.get(d, ()))), None)
        if direction is None or not (gap and gap.group().strip()):
            continue  # "5개월 만에": no run
        sentence = analysis.sentences[fig.sentence]
        head = text[sentence.start : fig.start]
        for measure in measures:
            known = measure_by_key().get(measure)
            words = known.cues if known is not None else ()
            found = [(head.rfind(w), w) for w in words if head.rfind(w) >= 0]
            if not found:
                continue
            at, word = max(found)
            if len(head) - (at + len(word)) > _RUN_GAP or not _RUN_HEAD.search(head[:at]):
                continue
            fact = by_figure.get(i)
            out.setdefault((measure, direction, fact.date if fact is not None else None), (i, int(fig.value)))
    return out


def _with_run(item: _Item, runs: dict[tuple[str, str, str | None], tuple[int, int]]) -> _Item:
    """The line on a release total's move with the run of months it extends: ", the fifth straight monthly rise"."""
    if not runs or item.event is not None or not item.text.endswith("."):
        return item
    moves = [s for s in item.stmts if s.role == "change" and s.direction is not None and s.fact.subject]
    if len(moves) != 1 or moves[0].fact.date is None:
        return item
    if "country" not in _types_by_name().get(moves[0].fact.subject or "", frozenset()):
        return item  # an item's run ("반도체 수출") is not the release's: only an economy's total carries it
    move = moves[0]
    run = runs.get((move.fact.measure or "", move.direction or "", move.fact.date))
    if run is None:
        return item
    words = _cue_table("english_runs.tsv").get("en_up" if move.direction == "up" else "en_down", ())
    if not words:
        return item
    k, months = run
    said = f"{item.text[:-1]}, the {_ordinal(months)} straight monthly {words[0]}."
    return replace(item, text=said, figures=tuple(sorted({*item.figures, k})))


def _quoted_said(items: list[_Item], text: str, analysis: Analysis, figures: Sequence[Figure]) -> list[_Item]:
    """A fact whose figure stands inside a direct quotation is the speaker's word: said ", Jensen Huang said"
    when the speaker is named (data/english_links.tsv), else left to the key-figure table."""
    links = _cue_table("english_links.tsv")
    out: list[_Item] = []
    for it in items:
        quoted = [
            (f.sentence, opened)
            for f in (figures[i] for i in it.figures)
            if f.kind != "date"
            and 0 <= f.sentence < len(analysis.sentences)
            and (opened := _open_quote(text, analysis.sentences[f.sentence].start, f.start, links)) is not None
        ]
        if not quoted or it.event is not None or not it.actual:
            out.append(it)
            continue
        speakers = {_speaker(text, analysis, si, opened, links) for si, opened in quoted}
        speaker = speakers.pop() if len(speakers) == 1 else None
        if speaker is not None:
            out.append(replace(it, text=f"{it.text.rstrip('.')}, {speaker} said.", actual=False))
    return out


_SUBJECT_AFTER = re.compile(r"(?:\s+[가-힣A-Za-z]{1,8}){0,3}?(?:이|가|은|는)\s")  # "트럼프 미국 대통령이 "
_REPORTED_END = re.compile(r"(?:다|라)고(?:\s+\S+){0,3}?\s+(\S+)\s*$")  # "…했다고 30일(현지시간) 밝혔다."


def _reported_said(
    items: list[_Item], text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions | None
) -> list[_Item]:
    """A fact of a sentence that is a person's reported statement ("트럼프 대통령이 … 관세를 25%에서 15%로 낮추기로
    합의했다고 30일 밝혔다") is that person's word: said ", Donald Trump said". The person (a speaker type of
    english_links.tsv) is the first name of the sentence, marked as its subject before any of the line's figures;
    the sentence ends with "-다고/-라고" and a reporting verb (data/english_frames.tsv report_verb); the person is
    no subject of the line. A company's own announcement ("A사는 … 늘었다고 밝혔다") is not attributed."""
    types = set(_cue_table("english_links.tsv").get("speaker_type", ()))
    verbs = frame_words("report_verb")
    out: list[_Item] = []
    for it in items:
        said = [figures[i] for i in it.figures if figures[i].kind != "date"]
        sentences = {f.sentence for f in said}
        if it.event is not None or not it.actual or not said or len(sentences) != 1 or it.text.endswith(" said."):
            out.append(it)
            continue
        si = sentences.pop()
        if not 0 <= si < len(analysis.sentences):
            out.append(it)
            continue
        sentence = analysis.sentences[si]
        first = mentions[si][0] if mentions and si < len(mentions) and mentions[si] else None
        named = first_person(text, analysis, sentence.start, min(f.start for f in said))
        if named is not None and (first is None or named.start <= first.start):
            person, person_type, person_end = named.en, "person", named.end  # "김영수 사장은 …" (analysis/names.py)
        elif first is not None:
            person, person_type, person_end = first.entity.en, first.entity.type, first.end
        else:
            out.append(it)
            continue
        body = text[sentence.start : sentence.end].rstrip()
        end = _REPORTED_END.search(body.rstrip("."))
        if (
            person_type not in types
            or has_hangul(person)
            or person_end > min(f.start for f in said)
            or _SUBJECT_AFTER.match(text, person_end) is None
            or end is None
            or (end.group(1) + "." not in verbs and end.group(1) not in verbs)
            or any(st.fact.subject == person for st in it.stmts)
        ):
            out.append(it)
            continue
        out.append(replace(it, text=f"{it.text.rstrip('.')}, {person} said.", actual=False))
    return out


def _span_start(phrase: str, figure: Figure, text: str) -> str:
    """ " from 4 October 2024" for a day that starts a span ("4일부터", data/english_links.tsv), else ``phrase``."""
    after = text[figure.end : figure.end + _SPAN_CUE]
    starts = any(after.startswith(cue) for cue in _cue_table("english_links.tsv").get("from", ()))
    return " from " + phrase[len(" on ") :] if starts and phrase.startswith(" on ") else phrase


_SPAN_CUE = 4  # characters after a date figure where the particle making it a span's start stands
_RESULTS = "results"  # the measure group of a company's results (english_measures.tsv)
_QUARTER_BACK = 2  # sentences back a results figure's quarter may be named ("4분기 매출은 … 영업이익은 …")
_QUARTER_OWNER = 40  # characters before a dated quarter where the company whose quarter it is stands


def _quarter_in_force(s: _Stmt, dates: _Dates) -> int | None:
    """For a results figure the facts could not date (an undated article's "4분기"), the quarter the text names
    just before it: the nearest partial quarter date ("--Q4", said "Q4") in its sentence or the two before,
    when no other date figure stands between them. None otherwise (never a guessed year)."""
    if s.fact.date is not None or measure_groups().get(s.fact.measure or "") != "results":
        return None
    lo = s.figure.sentence - _QUARTER_BACK
    before = [
        (i, f)
        for si in range(max(0, lo), s.figure.sentence + 1)
        for i, f in dates.by_sentence.get(si, ())
        if f.end <= s.figure.start
    ]
    before = [(i, f) for i, f in before if not _BASE_AFTER.match(dates.text, f.end)]  # "2분기보다": a base
    if not before:
        return None
    i, last = before[-1]
    if not isinstance(last.value, str):
        return None
    if re.fullmatch(r"--Q[1-4]", last.value):
        return i  # a partial quarter ("--Q4", said "Q4")
    if last.sentence == s.figure.sentence and re.fullmatch(r"[0-9]{4}-Q[1-4]", last.value):
        return i  # the same quarter in a dated article ("올해 1~3분기 누적 영업이익": "Q1-Q3 2026"), as undated
    # a dated quarter the facts left to a later sentence's results of the company the quarter's own words name
    # ("삼양식품은 … 3분기 영업이익이 … 매출은 6120억원으로 45% 증가했다"); another company's is not of it
    named = s.fact.subject_ko and s.fact.subject_ko in dates.text[max(0, last.start - _QUARTER_OWNER) : last.start]
    return i if named and re.fullmatch(r"[0-9]{4}-Q[1-4]", last.value) else None


# a period followed by a word of comparison is what a change is measured against, not the figure's period
_BASE_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:보다|대비|比|에 비해|에 비하면|과 비교|와 비교)")


_ENDS_AT_GAP = 12  # characters between a move and the level it ended at ("14.5% 오른 244.68달러")
_THIRD_PERSON = re.compile(r"^(\S.*?) (sets|expects|estimates|says|forecasts|sees) ")


def _say(measure: str, role: str, direction: str | None, time: str | None, values: dict[str, str | None]) -> str | None:
    for t in candidates(measure, role, direction, time):
        text = fill(t, values)
        if text is not None:
            return _noun_agrees(_agree(text, values.get("source")), values.get("noun"))
    return None


def _noun_agrees(text: str, noun: str | None) -> str:
    """ "Exports were", "Sales are estimated": a measure noun in the plural takes a plural verb."""
    if not noun or not noun.split() or not _plural(noun.lower()):
        return text
    for singular, plural in ((" is ", " are "), (" was ", " were ")):
        text = text.replace(f"{noun}{singular}", f"{noun}{plural}", 1)
    return text


def _agree(text: str, source: str | None) -> str:
    """ "Brokerages set", "Analysts expect": a source that is a plural common noun takes a plural verb
    (``source`` as said mid-sentence: a common noun lower-case, a proper name capitalised)."""
    if not source or not _plural(source):
        return text
    m = _THIRD_PERSON.match(text)
    if m is None or m.group(1).lower() != source.lower():
        return text
    return f"{m.group(1)} {m.group(2)[:-1]} " + text[m.end() :]


def _plural(phrase: str) -> bool:
    """A group named by a plural common noun ("brokerages", "analysts", "market participants"); a proper name
    ("Mizuho Securities", "Goldman Sachs", "Reuters") is capitalised in the facts and stays singular."""
    last = phrase.split()[-1]
    # "consensus", "analysis", "basis", "status", "business": singular nouns ending in s
    return phrase[:1].islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _hedge(text: str, hedged: bool) -> str:
    if not hedged:
        return text
    first = text.split(" ", 1)[0]
    return "Reportedly, " + (text[0].lower() + text[1:] if first in {"The", "That"} else text)


def _group_items(stmts: Sequence[_Stmt], text: str, analysis: Analysis, dates: _Dates) -> list[_Item]:
    """Say the statements; related facts of one sentence (or of adjacent sentences) become one line."""
    by_sentence: dict[int, list[_Stmt]] = {}
    for s in stmts:
        by_sentence.setdefault(s.fact.sentence, []).append(s)
    items: list[_Item] = []
    leftovers: dict[int, list[_Stmt]] = {}
    for si, group in by_sentence.items():
        sentence = analysis.sentences[si]
        singles: list[_Stmt] = []
        by_key: dict[tuple[str | None, str | None, str], list[_Stmt]] = {}
        for s in group:  # exports to China and to the US are two markets' figures, never one's move and level
            by_key.setdefault((s.fact.subject, s.fact.measure, _market_of(s.fact)), []).append(s)
        for members in by_key.values():
            singles += _combine(members, text, sentence.start, sentence.end, dates, items)
        leftovers[si] = singles
    _join_across(leftovers, text, analysis, dates, items)
    consumed: list[_Stmt] = []
    for si in sorted(leftovers):
        sentence = analysis.sentences[si]
        singles = [s for s in leftovers[si] if all(s is not c for c in consumed)]
        items += _lists_and_singles(singles, text, sentence.start, sentence.end, dates, consumed)
    return items


_MAX_NEAR = 8  # more levels of one subject and measure in the sentence before: a table, not a level to join


def _same_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _join_across(
    leftovers: dict[int, list[_Stmt]], text: str, analysis: Analysis, dates: _Dates, items: list[_Item]
) -> None:
    """A move left alone in its sentence joins the level of its subject, measure, date and time of day that the
    sentence right before states ("영업이익 4483억원을 기록했다. 영업이익은 53.7% 감소했다": fell 53.7% to
    ₩448.3 billion), when that level is the only one there (two different levels: which one it ended at is not
    known).  A level said with other results of its sentence ("매출 71조원, 영업이익 5조8천억원") takes the move
    in parentheses in that line instead ("revenue of ₩75 trillion (up 10.7% year on year) and ...")."""
    levels = [
        s
        for group in leftovers.values()
        for s in group
        if s.role == "level" and s.figure.qualifier in (None, "approx") and s.fact.direction is None
    ]
    if not levels:
        return
    groups = measure_groups()
    by_key: dict[tuple[str | None, str | None, int], list[_Stmt]] = {}
    for lv in levels:
        by_key.setdefault((lv.fact.subject, lv.fact.measure, lv.fact.sentence), []).append(lv)
    taken: set[int] = set()  # id() of the levels a move already ended at
    removed: set[int] = set()
    changes_ = sorted(
        (s for group in leftovers.values() for s in group if s.role == "change" and s.direction is not None),
        key=lambda s: s.figure.start,
    )
    for change in changes_:
        time = "intraday" if _intraday(text, change) else change.fact.time_of_day
        near = [
            lv
            for lv in by_key.get((change.fact.subject, change.fact.measure, change.fact.sentence - 1), ())
            if lv.fact.hedged == change.fact.hedged
            and _market_of(lv.fact) == _market_of(change.fact)
            and (lv.fact.date == change.fact.date or (lv.fact.date is not None and change.fact.date is None))
            and (lv.fact.time_of_day == time or (time is None and lv.fact.time_of_day in (None, "close")))
        ]
        values = {(lv.figure.value, lv.figure.high, lv.figure.unit) for lv in near}
        if len(values) != 1 or any(id(lv) in taken for lv in near) or len(near) > _MAX_NEAR:
            continue  # none, two different levels, or one another move already ended at
        level = near[0]
        taken |= {id(lv) for lv in near}
        group = groups.get(level.fact.measure or "")
        partners = [
            o
            for o in leftovers.get(level.fact.sentence, ())
            if o is not level
            and o.role == "level"
            and o.fact.subject == level.fact.subject
            and o.fact.measure != level.fact.measure
            and groups.get(o.fact.measure or "") == group
        ]
        sentence = analysis.sentences[change.fact.sentence]
        if group is not None and partners:
            level.move = change  # said with its results line
            level.move_base = change.base or _base(text, change.figure, sentence.start) or ""
            continue
        item = _change_level(change, level, change.fact.measure or "", text, sentence.start, sentence.end, dates)
        if item is None:
            continue
        items.append(item)
        removed |= {id(change), id(level)}
    if removed:
        for members in leftovers.values():
            members[:] = [s for s in members if id(s) not in removed]


def _item(
    stmts: Sequence[_Stmt],
    text: str | None,
    extra_cited: Sequence[int],
    weight_bonus: float = 0.0,
    time: str | None = None,
) -> _Item | None:
    if text is None:
        return None
    lone = len(stmts) == 1 and stmts[0].when and stmts[0].role == "level"
    if lone and measure_groups().get(stmts[0].fact.measure or "") != _RESULTS:
        return None  # a lone level of a past time ("지난달 초 7만달러"): the base the news is measured against
    text = _smooth(text)
    head = stmts[0]
    cited = sorted({i for s in stmts for i in s.cited} | set(extra_cited))
    hedged = any(s.fact.hedged for s in stmts) and all(s.role not in {"estimate", "claim"} for s in stmts)
    key = tuple(
        sorted(
            (s.fact.subject, s.fact.measure, s.role, s.direction, s.figure.value, s.figure.high, s.fact.date, s.extra)
            for s in stmts
        )
    )
    return _Item(
        text=_hedge(text, hedged),
        sentence=head.fact.sentence,
        figures=tuple(cited),
        key=key,
        weight=measure_weight(head.fact.measure) + weight_bonus + (0.3 if head.role in {"change", "level"} else 0.0),
        subjects=tuple(dict.fromkeys(s.fact.subject or "" for s in stmts)),
        position=min(s.figure.start for s in stmts),
        hedged=hedged,
        surfaces=tuple(s.figure.surface for s in stmts),
        atoms=frozenset(
            (s.fact.subject, s.fact.measure, f.value, f.high, f.unit)
            for s in stmts
            for f in (s.figure, s.folded)
            if f is not None
        ),
        date=next((s.fact.date for s in stmts if s.fact.date), None),
        actual=all(s.role in {"level", "change", "threshold"} for s in stmts),
        approximate=all(s.figure.qualifier in {"approx", "more_than", "at_least"} for s in stmts),
        moves=tuple((s.fact.subject, s.fact.measure, s.direction) for s in stmts if s.role == "change" and s.direction),
        time=time if time is not None else head.fact.time_of_day,
        stmts=tuple(stmts),
        past=any(s.when for s in stmts),
        size=sum(  # one subject's facts: a list of several companies' moves is one fact per company
            1 + (s.folded is not None and s.folded.kind != s.figure.kind)
            for s in stmts
            if s.fact.subject == head.fact.subject
        ),
    )


# "154.80엔에서 153.72엔까지", "A부터 B까지": from one level to the next
# "18%(320만주)에서 20%로"; "전날 6800억달러에서 이날 8100억달러로": a short word (a day's) may stand before the end
_FROM = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:에서|에서부터|부터)(?:\s+[가-힣]{1,3})?\s*$")


_TO_VERB = re.compile(r"\s*(?:까지|으로|로)\s*")  # "B까지 치솟은": the verb of the move right after its end level


def _move_after(text: str, level: _Stmt, sentence_end: int) -> str | None:
    """The direction of the verb right after an end level ("9만8000달러까지 가파르게 치솟은" -> up), else None."""
    m = _TO_VERB.match(text, level.figure.end)
    if m is None or m.end() == level.figure.end:
        return None
    window = text[m.end() : min(sentence_end, m.end() + _VERB_AFTER)]
    found = [(window.find(cue), d) for cue, d, _ in _verb_cues() if cue in window]
    if not found and text[m.end() : m.end() + 1] == ",":
        # "A에서 B로, 하루 사이 N 불어났다": the clause's verb after an aside; the values must still agree with it
        window = text[m.end() : sentence_end]
        found = [(window.find(cue), d) for cue, d, _ in _verb_cues() if cue in window]
    if not found:
        return None
    first = min(found)[0]
    directions = {d for i, d in found if i == first}
    return directions.pop() if len(directions) == 1 else None


def _written_from_to(
    plain: Sequence[_Stmt], moving: Sequence[_Stmt], text: str, sentence_end: int = 0
) -> tuple[_Stmt, _Stmt] | None:
    """An unmoving level written as the start of a move to the next ("A에서 B까지 떨어지며"): from A to B,
    moving B's way (the values must agree with it).  Two unmoving levels written so ("A부터 B까지 치솟은")
    move the way the verb right after B says."""
    ends = list(moving)
    if sentence_end:
        for b in plain:
            direction = _move_after(text, b, sentence_end)
            if direction is not None:
                ends.append(replace(b, direction=direction))
    for b in ends:
        for a in plain:
            if a is not b and a.figure.end <= b.figure.start and _FROM.match(text[a.figure.end : b.figure.start]):
                if a.figure.unit != b.figure.unit or a.fact.time_of_day not in (None, b.fact.time_of_day):
                    continue
                moved = replace(a, direction=b.direction)
                pair = _from_to([moved, b])
                if pair is not None:
                    return pair
    return None


def _from_to(levels: Sequence[_Stmt]) -> tuple[_Stmt, _Stmt] | None:
    """Two levels of one subject and measure with a direction: the first is "from", the second "to"."""
    if len(levels) < 2:
        return None
    a, b = levels[0], levels[1]
    if a.direction is None or a.direction != b.direction or a.figure.unit != b.figure.unit:
        return None
    ta, tb = a.fact.time_of_day, b.fact.time_of_day
    if ta is not None and tb is not None and ta != tb and ta != "open":
        return None  # an intraday high and the close are no move from one to the other
    if any(s.figure.qualifier in {"at_least", "at_most", "more_than", "less_than"} for s in (a, b)):
        return None  # "765.57에서 600대로": into the 600s, not "to 600 or more"
    va, vb = a.figure.value, b.figure.value
    if isinstance(va, float | int) and isinstance(vb, float | int):
        if (a.direction == "down" and not va > vb) or (a.direction == "up" and not va < vb):
            return None  # the values contradict the direction: say neither as a move
    return a, b


@cache
def _time_cues() -> dict[str, tuple[str, ...]]:
    """kind -> cues of data/english_times.tsv (intraday, open_before, open_after, all_day)."""
    return _cue_table("english_times.tsv")


_OPEN_AFTER = 24  # characters after a move where the level it opened at and "…로 시작" stand
_INTRADAY_WINDOW = 16  # characters before a move where "장중"/"한때" time it


def _intraday(text: str, change: _Stmt) -> bool:
    """Whether the words right before a move time it during the session (장중, 한때): not the day's close."""
    window = text[max(0, change.figure.start - _INTRADAY_WINDOW) : change.figure.start]
    window = re.split(r"[0-9][0-9,.]*", window)[-1]  # "한때 6.3% 급등했다가 4.1% 오른": the word times the move before
    return any(word in window for word in _time_cues().get("intraday", ()))


def _opening(text: str, change: _Stmt, sentence_start: int, sentence_end: int) -> bool:
    """Whether a move is the opening one: timed at the open before it ("시초가 대비") or ending at the level the
    day started at ("장 초반 6.2% 오른 118.40달러로 시작해"), not the day's move."""
    cues = _time_cues()
    before = text[max(sentence_start, change.figure.start - _INTRADAY_WINDOW) : change.figure.start]
    if any(word in before for word in cues.get("open_before", ())):
        return True
    after = text[change.figure.end : min(sentence_end, change.figure.end + _OPEN_AFTER)]
    _, breaks = _clause_words()
    cut = min([after.find(b) for b in (*breaks, ",") if b in after] + [len(after)])
    return any(word in after[:cut] for word in cues.get("open_after", ()))  # "1% 상승 마감했고, … 하락 출발": not it


def _session_time(text: str, s: _Stmt, time: str | None, sentence_start: int, sentence_end: int) -> str | None:
    """The time of day a move or crossing is said at: "open" for an opening move, "intraday" for one marked
    during the session (장중, 한때) though the facts gave none or the close; else the facts' time."""
    if s.fact.measure in _time_cues().get("all_day", ()) or s.role not in {"change", "threshold"}:
        return time
    if s.role == "change" and time in (None, "close", "intraday", "open"):
        if _opening(text, s, sentence_start, sentence_end):
            return "open"
        if time == "open":
            return None  # "opened 17% lower" only where the words say the move is the opening one
    if (time is None or (time == "close" and s.role == "change")) and _intraday(text, s):
        return "intraday"  # a crossing the facts time at the close stays so ("장중 13% 하락하며 700선 아래로 마감")
    return time


def _timed(s: _Stmt, time: str | None) -> bool:
    """A move or crossing of a trading session whose time of day must be said ("during the session"): said
    without it, it would read as the day's move or close."""
    return time in {"intraday", "open"} and s.fact.measure not in _time_cues().get("all_day", ())


_RESULT = re.compile(
    r"\s*(?:으로|로)[\s,]"  # "N으로 …": the level a move ended at, said first
    r"|\s*(?:을|를)\s?[가-힣]{1,4}(?:해|아|어|하며|며)[\s,]"  # "7만4805대를 팔아 20% 늘었다", "N을 기록해"
    r"|\s*\(\s*(?:전년\s?(?:동기|동월)?\s?대비\s*)?$"  # "25억 달러(-6.1%)": the level's own move, in brackets
)
_RESULT_GAP = 24  # characters from such a level to its move ("로 전년 동기 대비 8%")


def _ends_at(level: _Stmt, change: _Stmt, text: str) -> bool:
    """Whether ``level`` is where ``change`` ended: after it ("9.86% 내린 19만9200원"), or before it as the
    result ("매출은 251억 달러로 8% 증가"), moving its way or not at all, at the same time of day.

    "장중 7.8%까지 하락한 끝에 1819루피에 마감": an intraday low and a close are not one move.
    """
    if level.fact.direction not in (None, change.direction):
        return False
    if level.figure.start < change.figure.start:
        end = level.figure.end
        if level.folded is not None and text[level.folded.end : level.folded.end + 1] == ")":
            end = level.folded.end + 1  # "440억600만달러(60조6000억원)로 … 69% 급증": past its conversion
        between = text[end : change.figure.start]
        if not _RESULT.match(between) or len(between) > _RESULT_GAP:
            return False
        if between.strip().startswith("(") and not text[change.figure.end :].lstrip().startswith(")"):
            return False  # "441억 달러 (+69% YoY, …)": a bracket of notes, not the level's own move
    elif level.figure.start == change.figure.start:
        return False
    # Same time of day, or a close whose move is not timed: "9.86% 내린 19만9200원에 마감" (the move is the day's).
    # A move the facts time otherwise ("장중 7.8%까지 하락한 끝에 … 마감") is another fact.
    a, b = level.fact.time_of_day, change.fact.time_of_day
    if a in (None, "close") and _intraday(text, change):
        return False
    return a == b or (b is None and a in (None, "close"))


_LEVEL_BOUNDS = {"at_least": ("at least ", " or more")}  # "at most ₩2 trillion" stays as written


def _level_form(figure: Figure) -> str:
    """A level's figure after "at"/"of": "₩1,400 or more" for "at least ₩1,400" ("stood at at least" is no English);
    an index level without "points" ("closed at 2,441.55": points measure moves, not levels)."""
    en = figure.en
    if figure.unit == "pt" and en.endswith(" points"):
        en = en[: -len(" points")]
    bound = _LEVEL_BOUNDS.get(figure.qualifier or "")
    if bound is not None and en.startswith(bound[0]):
        return en[len(bound[0]) :] + bound[1]
    return en


_SMOOTH = (
    (re.compile(r"\b(?:at|of) (?=in the )"), ""),  # "stood at in the ¥153 range" -> "stood in the ¥153 range"
    (re.compile(r"\bto in the "), "into the "),  # "fell to in the ¥153 range" -> "fell into the ¥153 range"
    (re.compile(r"\bat at most "), "at no more than "),
    (re.compile(r"\bas (?:high|low) as (?=about |around )"), "to "),  # "fell to about ₹1,848.65 during the session"
)


_PERFECT = {"rose": "risen", "fell": "fallen", "gained": "gained", "lost": "lost", "jumped": "jumped",
            "climbed": "climbed", "dropped": "dropped", "slid": "slid", "plunged": "plunged",
            "surged": "surged"}  # fmt: skip
_SO_FAR = re.compile(
    rf"^(?P<who>.*?)(?P<shares> shares)? (?P<verb>{'|'.join(_PERFECT)}) (?P<rest>.* so far this (?:month|year))"
)


def _smooth(text: str) -> str:
    """A bracket or a bound after a preposition said as English says it ("stood in the ¥153 range"); a move up
    to now in the present perfect ("has risen ₩64.6 so far this month")."""
    for pattern, repl in _SMOOTH:
        text = pattern.sub(repl, text)
    m = _SO_FAR.match(text)
    if m is not None:
        have = " shares have" if m["shares"] else " has"
        text = f"{m['who']}{have} {_PERFECT[m['verb']]} {m['rest']}{text[m.end() :]}"
    return text


def _bracketing(levels: Sequence[_Stmt], change: _Stmt) -> tuple[_Stmt, _Stmt] | None:
    """Two undirected levels that a move of the same unit leads from one to the other, to within 1%:
    "6825억달러에서 8141억달러로 … 1327억달러 늘어났다" is from US$682.5 billion to US$814.1 billion."""
    if len(levels) != 2 or change.direction is None:
        return None
    a, b = sorted(levels, key=lambda s: s.figure.start)
    va, vb, vc = a.figure.value, b.figure.value, change.figure.value
    if not all(isinstance(v, float | int) for v in (va, vb, vc)) or not (
        a.figure.unit == b.figure.unit == change.figure.unit
    ):
        return None
    assert isinstance(va, float | int) and isinstance(vb, float | int) and isinstance(vc, float | int)
    step = vb - va if change.direction == "up" else va - vb
    if step <= 0 or abs(step - abs(vc)) > 0.01 * abs(vc) + 1e-9:
        return None
    return a, b


def _change_level(
    change: _Stmt, level: _Stmt, measure: str, text: str, s_start: int, s_end: int, dates: _Dates
) -> _Item | None:
    """A move and the level it ended at, in one line ("fell 3.1% to close at ₩372,000")."""
    v = _values(change, text, s_start, s_end, dates)
    v["level"] = _level_form(level.figure) + level.extra
    if measure in labour_measures() or is_noun(measure):
        v["level"] = _without_people(v["level"])
    lo, hi = min(change.figure.start, level.figure.start), max(change.figure.end, level.figure.end)
    # a row's cue may stand by either figure of the pair ("8만대를 판매해 전년 대비 19% 증가": 판매 by the level)
    v["_near"] = text[max(s_start, lo - _CUE_BEFORE) : min(s_end, hi + _CUE_AFTER)] + _framed_context(text, s_start)
    v["base"] = change.base if change.base is not None else _base(text, change.figure, s_start)
    if (measure in _SESSION_MEASURES or change.fact.subject in yield_names()) and v["base"] in _IMPLIED_BASES:
        v["base"] = ""  # a share's move is from the session before unless the text says otherwise ("공모가보다")
    if measure in _SALES:  # "미국 시장에서 8만7810대를 판매해 19% 증가": the place stands before the first figure
        first = min(change, level, key=lambda x: x.figure.start)
        v["place"] = _place(text, first.figure, s_start)
    elif measure in _TRADE:  # "대일본 수출이 25억 달러(-6.1%)": the market the goods go to
        first = min(change, level, key=lambda x: x.figure.start)
        v["place"] = _destination(text, first.figure, s_start)
    v["per"] = _per_unit(text, level.figure, 0) or _per_unit(text, change.figure, s_start)  # "배럴당 4.93달러 오른 …"
    v["date"], date_cited = _date_of([change, level], dates)
    time = level.fact.time_of_day or change.fact.time_of_day
    if time in (None, "close") and _intraday(text, change):
        time = "intraday"
    said = _say(measure, "change+level", change.direction, time, v)
    return _item([change, level], said, date_cited, 0.5, time)


def _combine(
    members: list[_Stmt], text: str, s_start: int, s_end: int, dates: _Dates, items: list[_Item]
) -> list[_Stmt]:
    """Join a subject's related facts of one sentence (change + level, from/to); the rest is returned."""
    measure = members[0].fact.measure or ""
    changes_ = [s for s in members if s.role == "change"]
    levels = [s for s in members if s.role == "level"]
    moving = [s for s in levels if s.fact.direction is not None]
    plain = [s for s in levels if s.fact.direction is None]
    used: list[_Stmt] = []
    pair = _from_to([s for s in moving if not is_bracket(s.figure)])
    if pair is None:
        pair = _written_from_to(plain, moving, text, s_end)
    change = changes_[0] if len(changes_) == 1 else None
    if pair is None and change is not None:
        pair = _bracketing(plain, change)
    if pair is not None:
        a, b = pair
        direction = a.direction or (change.direction if change is not None else None)
        if change is not None and 0 <= a.figure.start - change.figure.end <= _ENDS_AT_GAP:
            change = None  # "3.2% 뛴 201.5달러로 출발해 … 205.8달러까지": the move ended at the start, not the end
        group = [a, b] + ([change] if change is not None and change.direction == direction else [])
        v = _values(group[-1] if len(group) == 3 else a, text, s_start, s_end, dates)
        v["from"], v["to"] = _level_form(a.figure) + a.extra, _level_form(b.figure) + b.extra
        v["per"] = _per_unit(text, b.figure, s_start)
        v["verb"] = v.get("verb") or _verb(text, b.figure, s_end, direction)
        v["date"], date_cited = _date_of(group if a.fact.date == b.fact.date else [b], dates)
        if a.fact.date != b.fact.date:  # levels of two days ("전날 A에서 이날 B로"): each said with its own day
            start_day, start_cited = _date_of([a], dates)
            v["from"] = _level_form(a.figure) + a.extra + start_day
            date_cited += start_cited
        role = "change+from_to" if len(group) == 3 else "from_to"
        item = _item(group, _say(measure, role, direction, b.fact.time_of_day, v), date_cited, 0.5)
        if item is None and len(group) == 3:  # no row for all three: the two levels alone
            group = [a, b]
            item = _item(group, _say(measure, "from_to", direction, b.fact.time_of_day, v), date_cited, 0.5)
        if item is not None:
            items.append(item)
            used += group
    else:
        # each move with the level it ended at: the first after it, unmoving or moving the same way, at the same
        # time of day ("장중 5.2% 하락한 36만4000원까지 밀렸다가 … 3.1% 내린 37만2000원에 마감": two moves, two levels)
        exact = [p for p in moving if not is_bracket(p.figure)]  # "600대로 추락": no level a move ended at
        free = [p for p in plain + exact]
        times = [p.fact.time_of_day for p in exact]
        timed = None not in times and len(set(times)) == len(times)  # an intraday high and the close: told apart
        for change in changes_ if (plain or len(exact) == 1 or len(changes_) > 1 or timed) else []:
            if change.direction is None:
                continue
            ends = sorted(  # a level of another day is not where the move ended ("지난해 … 인하한 뒤 지난달 … 동결")
                (p for p in free if _ends_at(p, change, text) and _same_or_unknown(p.fact.date, change.fact.date)),
                key=lambda p: (p.figure.start < change.figure.start, p.figure.start),
            )
            level = ends[0] if ends else None
            if level is None:
                continue
            item = _change_level(change, level, measure, text, s_start, s_end, dates)
            if item is not None:  # "9.86% 내린 19만9200원", "251억 달러로 8% 증가": a move and where it ended
                items.append(item)
                used += [change, level]
                free = [p for p in free if p is not level]
    return [s for s in members if all(s is not u for u in used)]


def _groups(
    ordered: list[_Stmt],
    text: str,
    s_start: int,
    s_end: int,
    dates: _Dates,
    items: list[_Item],
    consumed: list[_Stmt],
) -> list[_Stmt]:
    """Levels of one subject and date whose measures share a group, said in one line; the rest is returned."""
    groups = measure_groups()
    by_key: dict[tuple[str | None, str | None, str], list[_Stmt]] = {}
    for s in ordered:
        group = groups.get(s.fact.measure or "")
        if s.role == "level" and group is not None and s.fact.direction is None:
            by_key.setdefault((s.fact.subject, s.fact.date, group), []).append(s)
    used: list[_Stmt] = []
    for (_, _, group), members in by_key.items():
        measures = [m.fact.measure for m in members]
        if len(members) < 2 or len(set(measures)) != len(measures):
            continue  # one figure per measure, or it is not "revenue of X and profit of Y"
        pieces = []
        last_base = ""
        for m in members:
            rider = _rider(m)
            if m.move is not None and m.move_base and m.move_base == last_base:
                rider = rider.replace(m.move_base + ")", ")")  # "(down 53.7%)": the base is said once
            last_base = m.move_base if m.move is not None else last_base
            noun = measure_noun(m.fact.measure or "") or ""
            if m.fact.measure in {loss for _, loss in _loss_rows()[0]}:  # "revenue of X and an operating loss of Y"
                noun = ("an " if noun[:1] in "aeiou" else "a ") + noun
            pieces.append(f"{noun} of {_level_form(m.figure)}{m.extra}{rider}")
        riders = [m.move for m in members if m.move is not None]
        v = _values(members[0], text, s_start, s_end, dates)
        v["joined"] = joined(pieces)
        v["date"], date_cited = _date_of(members, dates)
        item = _item([*members, *riders], _say("*", f"group:{group}", None, None, v), date_cited, 0.5)
        if item is not None:
            items.append(item)
            used += members
            consumed += riders
    return [s for s in ordered if all(s is not u for u in used)]


def _rider(level: _Stmt) -> str:
    """The move of a results level in parentheses: " (down 16.4% year on year)"; "" without one."""
    move = level.move
    if move is None or move.direction is None:
        return ""
    base = level.move_base
    word = "up" if move.direction == "up" else "down"
    return f" ({word} {_move_form(move.figure)}{move.extra}{base})"


def _lists_and_singles(
    singles: Sequence[_Stmt], text: str, s_start: int, s_end: int, dates: _Dates, consumed: list[_Stmt]
) -> list[_Item]:
    """Several subjects' moves alike in one sentence become a list line; the others are said alone."""
    items: list[_Item] = []
    ordered = _groups(sorted(singles, key=lambda s: s.figure.start), text, s_start, s_end, dates, items, consumed)
    i = 0
    while i < len(ordered):
        head = ordered[i]
        group = [head]
        if head.role == "change" and head.direction is not None:
            while i + len(group) < len(ordered):
                nxt = ordered[i + len(group)]
                same = (nxt.fact.measure, nxt.role, nxt.direction, nxt.fact.date, nxt.fact.hedged) == (
                    head.fact.measure, head.role, head.direction, head.fact.date, head.fact.hedged,
                )  # fmt: skip
                if not same or any(nxt.fact.subject == g.fact.subject for g in group):
                    break
                group.append(nxt)
        if len(group) > 1:
            v = _values(head, text, s_start, s_end, dates)
            v["listed"] = joined(
                [f"{_name(s.fact.subject or '', True)} ({_unsigned(s.figure.en)}{s.extra})" for s in group]
            )
            v["date"], date_cited = _date_of(group, dates)
            item = _item(group, _say(head.fact.measure or "", "list", head.direction, None, v), date_cited, 0.3)
            if item is not None:
                items.append(item)
                i += len(group)
                continue
        v = _values(head, text, s_start, s_end, dates)
        v["date"], date_cited = _date_of([head], dates)
        if v.get("_period_at") is not None:  # "guided Q2 revenue to …": the period is its date, said once
            v["date"], date_cited = "", [int(v["_period_at"] or 0)]
        # "장중 10% 넘게 급락", "한때 90달러를 넘기도": during the session; "14.5% 오른 …로 시작해": the open
        time = _session_time(text, head, head.fact.time_of_day, s_start, s_end)
        said = _say(head.fact.measure or "", head.role, head.direction, time, v)
        if said is None and time is not None and not _timed(head, time):
            said = _say(head.fact.measure or "", head.role, head.direction, None, v)
        if said is not None and v.get("date") and str(v["date"]).strip() not in said:
            date_cited = []  # the row says no date ("set a dividend of ₩570 per share"): no date figure is cited
        _cite_over(head, v, said)
        item = _item([head], said, date_cited, 0.0, time)
        if item is not None:
            items.append(item)
        i += 1
    return items


# --------------------------------------------------------------------------- events and claims


_FORECAST_FROM = re.compile(r"\s*에서\s*$")
_FORECAST_TO = re.compile(r"\s*(?:으로|로)(?:\s|$)")
_FORECAST_DIRECTION = {"cut": "down", "raise": "up"}


def _economy(text: str, at: int) -> str | None:
    """The economy a forecast is of: a country written right before its word with 의 ("한국의 경제성장률")."""
    window = text[max(0, at - _ECONOMY_BEFORE) : at]
    by_ko = entity_by_ko()
    found = None
    for m in entity_pattern().finditer(window):
        entity = by_ko.get(m.group())
        if entity is not None and entity.type == "country" and re.fullmatch(r"의\s*", window[m.end() :]):
            found = entity.en
    return found


_ECONOMY_BEFORE = 12  # characters before a forecast's word where the economy it is of stands ("한국의 ")


def _forecast_figures(e: Event, text: str, figures: Sequence[Figure]) -> tuple[str, str, str, tuple[int, ...]] | None:
    """(" to 1.5%", " 2025", " for South Korea", cited figures) of a forecast revision: the new percentage
    written between its needed word and its trigger ("한국의 경제성장률 전망치를 1.9%에서 1.5%로 낮췄다"; the
    one it replaces only checks the direction), the year or quarter right before the word, and the economy
    written right before it ("" when the text names none: the forecaster's own economy is not guessed); None
    when the percentages disagree with the action's direction (something is misread)."""
    needs = [(text.rfind(w, 0, e.start), w) for w in needed_words(e.action)]
    spans = [(i, i + len(w)) for i, w in needs if i >= 0]
    if not spans:
        return "", "", "", ()
    at, at_end = max(spans, key=lambda span: (span[1], -span[0]))
    at = min([at] + [i for i, j in spans if i < at < j])  # "경제성장률 전망치를": the words' start
    rates = [
        (i, f) for i, f in enumerate(figures)
        if f.sentence == e.sentence and at_end <= f.start and f.end <= e.start and f.kind == "percent" and f.unit == "%"
    ]  # fmt: skip
    period, cited = "", []
    for i, f in enumerate(figures):
        if (
            f.kind == "date" and f.sentence == e.sentence and f.end <= at and at - f.end <= _PERIOD_GAP
            and isinstance(f.value, str) and re.fullmatch(r"[0-9]{4}(?:-Q[1-4]|-H[12])?", f.value)
        ):  # fmt: skip
            period, cited = " " + f.en.strip(), [i]
    said = ""
    economy = _economy(text, at)
    direction = _FORECAST_DIRECTION.get(e.action.rsplit("_", 1)[-1])
    if len(rates) == 2:
        (ia, a), (ib, b) = rates
        if _FORECAST_FROM.match(text[a.end : b.start]) and _FORECAST_TO.match(text, b.end):
            if not isinstance(a.value, float | int) or not isinstance(b.value, float | int):
                return None
            if (direction == "down" and not a.value > b.value) or (direction == "up" and not a.value < b.value):
                return None
            # the forecast replaced is a reference: the line says the new one, "cut" says it was higher
            said, cited = f" to {b.en}", [*cited, ib]
    elif len(rates) == 1:
        ib, b = rates[0]
        if _FORECAST_TO.match(text, b.end):
            said, cited = f" to {b.en}", [*cited, ib]
    return said, period, " for " + name_phrase(economy, False, "country") if economy else "", tuple(cited)


_PERIOD_GAP = 8  # characters between a forecast's year ("2025년") and its word ("한국의 경제성장률")


_TOLD_REACH = 2  # sentences after an undated event where the sentence giving its day may stand
_OPENS = (".", "!", "?", "\n")
_SAME_DAY = ("이날", "당일")


@cache
def _korean_names() -> dict[str, tuple[str, ...]]:
    """English name -> the Korean names the gazetteer knows it by."""
    out: dict[str, list[str]] = {}
    for ko, entity in entity_by_ko().items():
        out.setdefault(entity.en, []).append(ko)
    return {k: tuple(v) for k, v in out.items()}


def _told_day(e: Event, figures: Sequence[Figure], text: str) -> int | None:
    """The day of an undated event from a sentence right after it that opens with a full date and names its
    actor again ("공정위가 … 현장조사에 착수했다. … 30일 업계에 따르면 공정위는 이날 …"): the same event told in
    detail; None when no such sentence follows."""
    names = tuple(ko for who in e.who for ko in _korean_names().get(who, ()))
    if not names:
        return None
    for i, f in enumerate(figures):
        if not 0 < f.sentence - e.sentence <= _TOLD_REACH or f.kind != "date":
            continue
        if not (isinstance(f.value, str) and len(f.value) == 10 and f.value[:1].isdigit()):
            continue
        before = text[: f.start].rstrip()
        if before and not before.endswith(_OPENS):
            continue  # the date must open its sentence
        end = text.find(". ", f.end)
        rest = text[f.end : end if end > 0 else len(text)]
        if any(ko in rest for ko in names) and any(w in rest for w in _SAME_DAY):
            return i  # "30일 … 공정위는 이날 오전 …": the same day's event told in detail
    return None


def _event_items(
    events: Sequence[Event],
    figures: Sequence[Figure],
    text: str = "",
    facts: Sequence[Fact] = (),
    dates: _Dates | None = None,
) -> list[_Item]:
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    items: list[_Item] = []
    dates = dates or _Dates(figures, text)
    for e in events:
        template = event_template(e.action, e.what is not None)
        if e.date is None and _another_day(dates, e.sentence, e.start):
            continue  # "지난 19일 … 기준금리를 인하한 후": an event of another day, undated it reads as today's
        if template is None or not e.who or not all(_usable(n) for n in (*e.who, *e.also)):
            continue
        if e.date is None and "{date}" in template:
            e = replace(e, date=_told_day(e, figures, text))
        if e.what and not _usable(e.what):
            continue
        who = joined([_name(n, False) for n in e.who])
        common = who[:1].islower()  # "prosecutors": "Reportedly, prosecutors raided ..."
        who = who[:1].upper() + who[1:]
        if e.who_type == "company":
            moves = f"{who} shares"
        else:
            moves = who
        date = date_phrase(figures[e.date]) if e.date is not None else ""
        said, period, economy = "", "", ""
        cited: tuple[int, ...] = ()
        if "{figures}" in (template or "") or "{period}" in (template or ""):
            found = _forecast_figures(e, text, figures)
            if found is None:
                continue  # the figures contradict the action: something is misread, nothing is said
            said, period, economy, cited = found
        worth, party = "", ""
        if "{grades}" in template:  # a rating's grades (no figures) or a strike vote's shares (cited)
            cited = (*cited, *e.amount)
        if "{detail}" in template:  # a contract: its value (with its conversion) and the party it is with
            if e.amount:
                worth = " worth " + figures[e.amount[0]].en + "".join(f" ({figures[i].en})" for i in e.amount[1:])
                cited = (*cited, *e.amount)
            party = joined([_name(n, False) for n in (e.what, *e.also)]) if e.what else (e.whom or "")
            party = f" {'from' if e.action == 'order' else 'with'} {party}" if party else ""  # an order won: from
        elif "{by}" in template and e.amount:  # a cut's size (" by a further 1 million barrels a day"), its start
            cited = (*cited, *e.amount)
            worth = "".join(f" from {figures[i].en}" for i in e.amount if figures[i].kind == "date")
        elif any(p in template for p in ("{sum}", "{for}", "{total_sum}")) and e.amount:  # a fine's sum, a price
            cited = (*cited, *e.amount)
            total = total_before(text, figures[e.amount[0]].start) if text else ""
            worth = " " + total + figures[e.amount[0]].en + "".join(f" ({figures[i].en})" for i in e.amount[1:])
            if e.kind == "sanction" and "{sum}" in template and not total and rules_probes.fine_record(text, e.start):
                worth = " a record" + worth  # "fined X a record ₩N" when the text says the fine is one
        values = {
            "sum": worth if "{sum}" in template else "",
            "total_sum": worth if "{total_sum}" in template else "",
            "for": " for" + worth if "{for}" in template and worth else "",
            "from": worth if "{by}" in template else "",
            "about": f" over {e.detail}" if "{about}" in template and e.detail else "",
            "charge": f" for {e.detail}" if "{charge}" in template and e.detail else "",
            "detail": e.detail,
            "object": e.detail if "{object}" in template else "",
            "by": e.detail if "{by}" in template else "",
            "worth": worth,
            "with": party,
            "figures": said,
            "grades": e.detail if "{grades}" in template else "",
            "economy": economy,
            "period": period,
            "Who": who,
            "Who_poss": possessive(who),  # "Kolon Industries' board", "Kia's union"
            "what": joined([_name(n, False) for n in (e.what, *e.also)]) if e.what else None,
            "Who_moves": moves,
            "date": date,
            "is": "are" if len(e.who) > 1 else "is",
        }
        try:
            line = template.format(**{k: v or "" for k, v in values.items()})
        except (KeyError, IndexError):
            continue
        if ("{what}" in template and not e.what) or ("{total_sum}" in template and not worth):
            continue
        if e.kind == "sanction" and "{total_sum}" in template and not e.what and text:
            described = _described_fine(e, text, figures, who, worth, values)
            if described is not None:
                line, cited = described[0], (*cited, described[1])
        if "{object}" in template:  # "the Z7, a foldable phone," closes its aside before a date, not before "."
            line = line.replace(",.", ".")
        line = line[:1].upper() + line[1:]
        items.append(
            _Item(
                text="Reportedly, " + line[:1].lower() + line[1:] if e.hedged and common else _hedge(line, e.hedged),
                sentence=e.sentence,
                figures=tuple(sorted({*cited, *((e.date,) if e.date is not None else ())})),
                atoms=frozenset(  # the amounts it states, as the facts of its figures have them
                    (by_figure[i].subject, by_figure[i].measure, f.value, f.high, f.unit)
                    for i in cited
                    for f in (figures[i],)
                    if f.kind != "date" and i in by_figure
                ),
                key=("event", e.kind, e.action, e.who, e.what),
                weight=2.0,
                subjects=e.who,
                position=e.start,
                hedged=e.hedged,
                event=e,
            )
        )
    return items


def _without_retold_probes(items: list[_Item], probes: list[_Item]) -> list[_Item]:
    """The items with the probes of ``_rule_probe_items``: a probe the trigger lexicon found in the same sentence,
    by the same agency of the same target, is told by the fuller line (its site, what it is about, its sum)."""
    mine = {(it.sentence, it.event.who, it.event.what) for it in probes if it.event is not None}
    kept = [
        it
        for it in items
        if it.event is None or it.event.kind != "probe" or (it.sentence, it.event.who, it.event.what) not in mine
    ]
    drafts = {it.sentence for it in kept if it.event is not None and it.event.action == "draft_notice"}
    # "개정안을 24일 입법예고했다": the draft notice that names its law (facts/acts.py) tells the bare notice
    return kept + [p for p in probes if not (p.key and p.key[0] == "rule_notice" and p.sentence in drafts)]


def _letter_split_items(
    e: Event, text: str, figures: Sequence[Figure], count: int, by_figure: dict[int, Fact]
) -> list[_Item]:
    """The split of a fine on described parties the text names by letters: "Firm A was fined ₩20.8 billion and firm
    B ₩10.47 billion." (``count``: the figure of the parties' count)."""
    n = figures[count].value
    if not isinstance(n, float) or not n.is_integer():
        return []
    split = rules_probes.letter_split(text, figures, e.start, int(n))
    if not split:
        return []
    (letter, first), rest = split[0], split[1:]
    said = f"Firm {letter} was fined {figures[first].en}"
    others = joined([f"firm {x} {figures[i].en}" for x, i in rest])
    cited = tuple(i for _, i in split)
    return [
        _Item(
            text=f"{said} and {others}." if others else f"{said}.",
            sentence=figures[cited[0]].sentence,
            figures=cited,
            key=("fine_split", e.who),
            weight=1.0,
            subjects=e.who,
            position=figures[cited[0]].start,
            atoms=frozenset(
                (by_figure[i].subject, by_figure[i].measure, figures[i].value, figures[i].high, figures[i].unit)
                for i in cited
                if i in by_figure
            ),
        )
    ]


def _described_fine(
    e: Event, text: str, figures: Sequence[Figure], who: str, worth: str, values: dict[str, str | None]
) -> tuple[str, int] | None:
    """A fine on parties the text describes with a count ("글로벌 투자은행(IB) 2곳에 과징금 N원"): "South Korea's
    Securities and Futures Commission fined two global investment banks a record ₩31.27 billion for naked short
    selling" (the regulator with its country when the parties are foreign and its name is shared; "a record" when
    the text says so), with the count's figure cited; None when the party is not read."""
    party = rules_probes.fined_party(text, figures, e.start)
    if party is None:
        return None
    home = rules_probes.home_name(e.who[0]) if party.foreign and len(e.who) == 1 else None
    record = " a record" if party.record and not worth.startswith(" a ") else ""
    line = f"{home or who} fined {party.said}{record}{worth}{values.get('charge') or ''}{values.get('date') or ''}."
    return line, party.figure


def _deal_items(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], mentions: Mentions | None
) -> list[_Item]:
    """A stake purchase with its terms ("LS Cable & System will buy 80% of a US company for US$1.2 billion (about
    ₩1.76 trillion)") and, when a sentence after it says so, when it is due to close."""
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    subjects = {i: f.subject for i, f in by_figure.items() if f.subject}
    items: list[_Item] = []
    for d in stake_deals(text, analysis, figures, subjects, mentions):
        price = ""
        if d.price:
            price = " for " + figures[d.price[0]].en + "".join(f" ({figures[i].en})" for i in d.price[1:])
        when = ""
        if d.date is not None and d.verb == "bought":  # the day of a purchase done, never of one to come
            when = date_phrase(figures[d.date])
        cited = (*((d.stake,) if d.stake >= 0 else ()), *d.price, *((d.date,) if when else ()))
        further = "a further " if d.further and d.stake >= 0 else ""  # "bought a further 5% of Intel"
        bought = f"{further}{figures[d.stake].en} of {d.target}" if d.stake >= 0 else d.target
        if (d.asset or d.kind) and d.stake >= 0:  # "a 25% stake in the Evola gas field", "a controlling 51% stake"
            kind = f"{d.kind} " if d.kind else ""
            bought = f"{further or 'a '}{kind}{figures[d.stake].en} stake in {d.target}"
        if d.seller:
            bought += f" from {_name(d.seller, False)}"
        event = Event("deal", "stake_purchase", d.sentence, d.start, d.end, (d.buyer,), d.target, "company")
        items.append(
            _Item(
                text=f"{_name(d.buyer, True)} {d.verb} {bought}{price}{when}.",
                sentence=d.sentence,
                figures=tuple(sorted(cited)),
                atoms=frozenset(
                    (by_figure[i].subject, by_figure[i].measure, figures[i].value, figures[i].high, figures[i].unit)
                    for i in cited
                    if i in by_figure
                ),
                key=("event", "deal", "stake_purchase", (d.buyer,), d.target),
                weight=2.0,
                subjects=(d.buyer,),
                position=d.start,
                event=event,
                actual=True,
            )
        )
        valued = deal_valuation(text, analysis, figures, d.sentence, _korean_names().get(d.buyer, ()))
        if valued is not None:
            whom = "the target" if d.target.startswith(("a ", "an ")) else d.target
            debt = ", including debt" if valued[2] else ""
            items.append(
                _Item(
                    text=f"The deal values {whom} at {figures[valued[1]].en}{debt}.",
                    sentence=valued[0],
                    figures=(valued[1],),
                    key=("deal_value", d.buyer, d.target),
                    weight=1.0,
                    subjects=(d.buyer,),
                    position=analysis.sentences[valued[0]].start,
                )
            )
        seller = deal_seller(text, analysis, d.sentence, mentions)
        if seller is not None and seller[1] not in (d.buyer, d.target, d.seller):
            items.append(
                _Item(
                    text=f"The seller is {_name(seller[1], False)}.",
                    sentence=seller[0],
                    figures=(),
                    key=("deal_seller", d.buyer, d.target),
                    weight=1.0,
                    subjects=(d.buyer,),
                    position=analysis.sentences[seller[0]].start,
                )
            )
        closing = deal_closings(text, analysis, figures, d.sentence)
        if closing is not None:
            when = date_phrase(figures[closing.date])
            subject = ", subject to regulatory approval" if closing.approval else ""
            items.append(
                _Item(
                    text=f"The deal is expected to close{when}{subject}.",
                    sentence=closing.sentence,
                    figures=(closing.date,),
                    key=("deal_closing", d.buyer, d.target),
                    weight=1.0,
                    subjects=(d.buyer,),
                    position=analysis.sentences[closing.sentence].start,
                )
            )
    return items


def _rule_probe_items(
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    events: Sequence[Event],
    mentions: Mentions | None,
) -> list[_Item]:
    """Probes and bans with their checked arguments (``facts/rules_probes.py``): "Prosecutors raided X's
    headquarters and other sites on D over suspected insider trading", the alleged sum, the company's answer;
    "The regulator will ban the sale of P to Q at R", when it takes effect, the cap of its penalty."""
    by_figure = {f.figure: f for f in facts if f.figure is not None}

    def atoms(cited: Sequence[int]) -> frozenset[tuple[object, ...]]:
        return frozenset(
            (by_figure[i].subject, by_figure[i].measure, figures[i].value, figures[i].high, figures[i].unit)
            for i in cited
            if i in by_figure and figures[i].kind != "date"
        )

    def item(
        text: str, sentence: int, cited: tuple[int, ...], key: tuple[object, ...], weight: float,
        subjects: tuple[str, ...], position: int | None = None, event: Event | None = None, actual: bool = False,
    ) -> _Item:  # fmt: skip
        at = analysis.sentences[sentence].start if position is None else position
        return _Item(text=text, sentence=sentence, figures=tuple(sorted(cited)), key=key, weight=weight,
                     subjects=subjects, position=at, event=event, atoms=atoms(cited), actual=actual)  # fmt: skip

    told = {(e.kind, e.sentence) for e in events}
    items: list[_Item] = []
    for p in rules_probes.probes(article, analysis, figures, mentions):
        if ("sanction", p.sentence) in told:
            continue  # a fine's sentence: the sanction says it
        if not all(_usable(n) for n in (p.agency, *p.targets)):
            continue
        agency = _name(p.agency, True)
        agency = agency[:1].upper() + agency[1:]
        what = joined([_name(n, False) for n in p.targets])
        if p.site is not None and len(p.targets) == 1:
            what = f"{possessive(what)} {p.site}" + (" and other sites" if p.others else "")
        date = date_phrase(figures[p.date]) if p.date is not None else ""
        about = f" over {p.topic}" if p.topic else ""
        event = Event("probe", "raid" if "raid" in p.verb else "probe", p.sentence, p.start, p.end, (p.agency,),
                      p.targets[0], "org", date=p.date, also=p.targets[1:])  # fmt: skip
        cited = (p.date,) if p.date is not None else ()
        alleged = rules_probes.probe_sums(article, analysis, figures, p)
        if alleged is not None:  # the suspicion and its sum are one thing: "over suspected X, with alleged ..."
            sum_said = f"alleged {alleged.noun} of {figures[alleged.figure].en}"
            about = f"{about}, with {sum_said}" if about else f" over {sum_said}"
            cited = (*cited, alleged.figure)
        items.append(
            item(
                f"{agency} {p.verb.format(what=what)}{date}{about}.",
                p.sentence,
                cited,
                ("event", "probe", p.verb, (p.agency,), p.targets),
                weight=2.0,
                subjects=(p.agency,),
                position=p.start,
                event=event,
                actual=True,
            )  # fmt: skip
        )
        seized = rules_probes.probe_seizure(article, analysis, p, mentions)
        if seized is not None and _usable(seized.who):
            taker = _name(seized.who, True)
            things = [*seized.items, "other materials"] if seized.more else list(seized.items)
            items.append(
                item(
                    f"{taker[:1].upper() + taker[1:]} seized {joined(things)}.",
                    seized.sentence,
                    (),
                    ("probe_seized", p.targets),
                    weight=1.0,
                    subjects=(seized.who,),
                )
            )
        answer = rules_probes.probe_answer(article, analysis, p)
        if answer is not None:
            items.append(
                item(
                    f"{_name(answer.company, True)} {answer.said}.",
                    answer.sentence,
                    (),
                    ("probe_answer", p.targets),
                    weight=1.0,
                    subjects=p.targets,
                )  # fmt: skip
            )
    for e in events:  # a fine on parties described with a count, split by the letters that name them
        if e.kind == "sanction" and e.what is None and e.amount:
            party = rules_probes.fined_party(article.text, figures, e.start)
            if party is not None:
                items += _letter_split_items(e, article.text, figures, party.figure, by_figure)
    for b in rules_probes.bans(article, analysis, figures, mentions):
        if ("ban", b.sentence) in told or not _usable(b.who):
            continue
        who = _name(b.who, True)
        who = who[:1].upper() + who[1:]
        whom = f" to {b.whom}" if b.whom else ""
        venue = f" {b.venue}" if b.venue else ""
        effect = rules_probes.rule_effect(article, analysis, figures, b)
        start = b.since if b.since is not None else (effect.date if effect is not None else None)
        if start is not None and not figures[start].en[:1].isalnum():
            start = None
        if start is not None and figures[start].en.startswith(("by ", "end-", "early", "late", "mid")):
            start = None  # "from" takes a day or a month, never a deadline or part of one
        since = f" from {figures[start].en}" if start is not None else ""  # "will ban … from 1 April 2027"
        event = Event("ban", "ban", b.sentence, b.start, b.end, (b.who,), None, "org")
        items.append(
            item(
                f"{who} {b.verb} {b.what}{whom}{venue}{since}.",
                b.sentence,
                (start,) if start is not None else (),
                ("event", "ban", b.who, b.what),
                weight=2.0,
                subjects=(b.who,),
                position=b.start,
                event=event,
                actual=True,
            )  # fmt: skip
        )
        notice = rules_probes.rule_notice(article, analysis, figures, b, mentions)
        if notice is not None:
            items.append(
                item(
                    f"{who} {notice.said}{date_phrase(figures[notice.date]) if notice.date is not None else ''}.",
                    notice.sentence,
                    (notice.date,) if notice.date is not None else (),
                    ("rule_notice", b.who),
                    weight=1.0,
                    subjects=(b.who,),
                )
            )
        cap = rules_probes.penalty_cap(article, analysis, figures, b)
        if cap is not None:
            items.append(
                item(
                    f"Violators face fines of {figures[cap.figure].en} of {cap.base}.",
                    cap.sentence,
                    (cap.figure,),
                    ("penalty_cap", b.who),
                    weight=1.0,
                    subjects=(b.who,),
                )  # fmt: skip
            )
    return items


_BUILD_REACH = 2  # sentences between a build and the investment that pays for it


def _invest_with_build(items: list[_Item]) -> list[_Item]:
    """A plant to be built ("X will build a transformer plant in Alabama") and the investment of the same company
    a sentence or two away are one story: an investment that says what it builds keeps the line alone; one that
    does not is said with it ("X pledged to invest US$500 million by 2030 to build a … plant in Alabama")."""
    out = list(items)
    for it in items:
        ev = it.event
        if ev is None or ev.kind != "build" or not ev.detail:
            continue
        near = [
            k
            for k, other in enumerate(out)
            if other.event is None
            and abs(other.sentence - it.sentence) <= _BUILD_REACH
            and any(st.fact.measure == "investment" and st.fact.subject in ev.who for st in other.stmts)
        ]
        if not near:
            continue
        for k in near:
            inv = out[k]
            if " to build " not in inv.text and " to expand " not in inv.text:
                place = ev.detail.rsplit(" in ", 1)[1] if " in " in ev.detail else None
                body = inv.text[:-1] if inv.text.endswith(".") else inv.text
                if place is not None:
                    body = body.replace(f" in {place}", "", 1)
                out[k] = replace(inv, text=f"{body} to build {ev.detail}.")
        out = [x for x in out if x is not it]
    return out


def _built_head(item: _Item) -> str:
    """The head noun of what an item builds ("… to build a second transformer plant in Alabama": "plant")."""
    phrase = item.event.detail if item.event is not None and item.event.detail else item.text.split(" to build ")[-1]
    words = phrase.split(" in ")[0].rstrip(".").split()
    heads = object_heads()
    two = " ".join(words[-2:])
    return two if len(words) > 1 and two in heads else (words[-1] if words else "plant")


_PLANT_REACH = 5  # sentences after a plant's build or investment where its schedule and jobs may stand


def _plant_items(text: str, analysis: Analysis, figures: Sequence[Figure], items: Sequence[_Item]) -> list[_Item]:
    """In an article whose plant investment or build is told, the plant's schedule ("Construction is due to start
    in March 2027, and the plant is due to start operating in the second half of 2028") and the jobs it creates."""
    if not any(" to build " in it.text or (it.event is not None and it.event.kind == "build") for it in items):
        return []
    built = [it for it in items if " to build " in it.text or (it.event is not None and it.event.kind == "build")]
    subjects = built[0].subjects
    near = {it.sentence for it in built}
    out: list[_Item] = []
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for st in plant_stages(text, analysis, figures):
        if any(0 < st.sentence - k <= _PLANT_REACH for k in near):  # the plant just told of, not another
            by_sentence.setdefault(st.sentence, []).append((st.date, st.phrase))
    head = _built_head(built[0])
    for si, stages in sorted(by_sentence.items()):
        said = [f"{phrase.replace('{head}', head)}{date_phrase(figures[i])}" for i, phrase in stages]
        line = ", and ".join(said)
        out.append(
            _Item(
                text=line[:1].upper() + line[1:] + ".",
                sentence=si,
                figures=tuple(i for i, _ in stages),
                key=("plant_schedule", si),
                weight=1.0,
                subjects=subjects,
                position=analysis.sentences[si].start,
            )
        )
    whose = possessive(_name(subjects[0], True)) if subjects else "The"
    for i in [j for j in job_counts(text, figures) if any(0 < figures[j].sentence - k <= _PLANT_REACH for k in near)][
        :1
    ]:
        f = figures[i]
        sentence = analysis.sentences[f.sentence]
        own = job_estimate(text, sentence.start, sentence.end, f) if subjects else None
        jobs = f.en.removesuffix(" people") + (" direct" if own and own[1] else "") + " jobs"
        told = f"{whose} investment is expected to create {jobs}."
        if own is not None:  # "회사는 … 창출될 것으로 추산했다": the company's own estimate, said as its
            link = "to create" if own[0] == "expects" else "will create"
            told = f"{_name(subjects[0], True)} {own[0]} its investment {link} {jobs}."
        out.append(
            _Item(
                text=told,
                sentence=f.sentence,
                figures=(i,),
                key=("plant_jobs",),
                weight=1.0,
                subjects=subjects,
                position=f.start,
            )
        )
    return out


_GOVERNMENT_SUBJECT = r"(?:^|[\s,])({w})(?:가|는|도|이)\s"
_HOME_LEAD = 3  # first sentences where a foreign country named makes the article's government uncertain


def _home_government(facts: Sequence[Fact], text: str, analysis: Analysis) -> list[Fact]:
    """An investment whose subject is the bare "정부" ("정부가 …에 N원을 투입한다") is the South Korean
    government's when no foreign country stands in its sentence and the article names a home ministry or no
    foreign country in its first sentences (events_deals.tsv government rows); otherwise it stays unnamed."""
    rows = government_words()
    if not rows or not any(f.subject is None and f.measure == "investment" for f in facts):
        return list(facts)
    wide = {ko for ko, en in _places() if en != "South Korea"}
    by_ko = entity_by_ko()
    named = [by_ko[m.group()] for m in entity_pattern().finditer(text) if m.group() in by_ko]
    home_ministry = any(e.type == "org" and e.en.startswith("Ministry of") for e in named)
    sentences = analysis.sentences

    def foreign(lo: int, hi: int) -> bool:
        body = text[lo:hi]
        return any(w in body for w in wide) or any(
            e.type == "country" and e.en not in {"South Korea", "Korea"}
            for e in (by_ko[m.group()] for m in entity_pattern().finditer(body) if m.group() in by_ko)
        )

    lead_foreign = bool(sentences) and foreign(0, sentences[min(len(sentences), _HOME_LEAD) - 1].end)
    out = []
    for f in facts:
        if f.subject is None and f.measure == "investment" and 0 <= f.sentence < len(sentences):
            s = sentences[f.sentence]
            for ko, en in rows:
                m = re.search(_GOVERNMENT_SUBJECT.replace("{w}", re.escape(ko)), text[s.start : s.end])
                if m is None or foreign(s.start, s.end) or not (home_ministry or not lead_foreign):
                    continue
                f = replace(f, subject=en, subject_ko=ko)
                break
        out.append(f)
    return out


_PREMIUM = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:보다|대비|에 비해)\s*$")
_DAY_ONLY = re.compile(r"^---?(\d{2})$")


def _day_before(day: str, end: str) -> str | None:
    """The date of a day-only start ("---13") of a span ending on ``end`` ("2026-12-02"): the end's month when the
    day is not after the end's day, else the month before."""
    m = _DAY_ONLY.match(day)
    if m is None or len(end) != 10 or end[4] != "-":
        return None
    y, mo, d = int(end[:4]), int(end[5:7]), int(m.group(1))
    if d > int(end[8:]):
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _count_and_share(
    c: int, idx: Sequence[int], figures: Sequence[Figure], by_figure: dict[int, Fact], gap: int
) -> tuple[str, tuple[int, ...], frozenset[tuple[object, ...]]]:
    """A count of shares with the percentage written right after it ("3072만주(45.8%)", within ``gap``
    characters): (" (45.8%)" or "", the figures cited, the facts' atoms they state)."""
    pct = [i for i in idx if figures[i].kind == "percent" and 0 <= figures[i].start - figures[c].end <= gap]
    cited = (c, *pct[:1])
    atoms = frozenset(
        (by_figure[i].subject, by_figure[i].measure, figures[i].value, figures[i].high, figures[i].unit)
        for i in cited
        if i in by_figure
    )
    return (f" ({figures[pct[0]].en})" if pct else ""), cited, atoms


def _tender_items(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], events: Sequence[Event] = ()
) -> list[_Item]:
    """A tender offer's terms beside its price: the premium over the target's close, the offer period, the shares
    sought and the minimum acceptance, each from the sentence that gives it (events_deals.tsv)."""
    prices = [f for f in facts if f.measure == "tender_price" and f.figure is not None and f.subject]
    if not prices:
        return []
    buyer = prices[0].subject or ""
    first = figures[prices[0].figure or 0]
    s0 = analysis.sentences[first.sentence] if 0 <= first.sentence < len(analysis.sentences) else None
    target = _tender_target(text, first, s0.start, buyer) if s0 is not None else ""
    target = target or next((e.what for e in events if e.kind == "tender_offer" and e.what), "")
    items: list[_Item] = []

    def add(line: str, sentence: int, cited: tuple[int, ...], key: str, atoms: frozenset[tuple[object, ...]]) -> None:
        items.append(
            _Item(
                text=line,
                sentence=sentence,
                figures=tuple(sorted(cited)),
                key=("tender_terms", key),
                weight=1.0,
                subjects=(buyer,),
                position=analysis.sentences[sentence].start,
                atoms=atoms,
                event=Event("tender_offer", "tender_" + key, sentence, 0, 0, (buyer,), target or None),
            )
        )

    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append(i)
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    bases = deal_words("premium_base")
    verbs = tuple(ko for ko, _ in deal_words("premium_verb"))
    periods = tuple(ko for ko, _ in deal_words("tender_period"))
    minimums = tuple(ko for ko, _ in deal_words("tender_minimum"))
    for si, idx in sorted(by_sentence.items()):
        if not 0 <= si < len(analysis.sentences):
            continue
        s = analysis.sentences[si]
        body = text[s.start : s.end]
        if si == first.sentence and not any(k == "premium" for k in (it.key[1] for it in items)):
            for i in idx:
                f = figures[i]
                gap = 1 if text[f.end : f.end + 1] == " " else 0
                if f.kind != "percent" or not text.startswith(verbs, f.end + gap):
                    continue
                m = _PREMIUM.search(text, s.start, f.start)
                if m is None:
                    continue
                head = text[s.start : m.start()].rstrip()
                base = next((en for ko, en in bases if head.endswith(ko)), None)
                if base is None:
                    continue
                at = m.start() - len(head) + len(head.rstrip())
                dated = [j for j in idx if figures[j].kind == "date" and 0 <= at - figures[j].end <= 4]
                when = date_phrase(figures[dated[-1]]) if dated else ""
                whose = f"{possessive(target)} " if target else "the "
                line = f"The offer price is {f.en} above {whose}{base}{when}."
                add(line, si, (i, *dated[-1:]), "premium", frozenset())
                break
        lead = body.lstrip()
        if lead.startswith(periods):
            dates = [i for i in idx if figures[i].kind == "date"]
            if len(dates) == 2:
                a, b = figures[dates[0]], figures[dates[1]]
                end = b.value if isinstance(b.value, str) else ""
                start = a.value if isinstance(a.value, str) and len(a.value) == 10 else None
                start = start or _day_before(str(a.value), end)
                if start is not None and len(end) == 10 and start < end:
                    opening = date_en(start).removesuffix(" " + start[:4]) if start[:4] == end[:4] else date_en(start)
                    span = f"from {opening} to {date_en(end)}"
                    days = [i for i in idx if figures[i].unit == "duration" and figures[i].en.endswith(" days")]
                    more = f" ({figures[days[0]].en})" if days else ""
                    add(f"The offer runs {span}{more}.", si, (*dates, *days[:1]), "period", frozenset())
        sought = [
            i
            for i in idx
            if i in by_figure and by_figure[i].measure == "shares_sought" and by_figure[i].role == "level"
            and figures[i].kind == "count" and by_figure[i].subject == buyer
        ]  # fmt: skip
        starts = any(figures[i].kind == "date" and text.startswith("부터", figures[i].end) for i in idx)
        if sought and "공개매수" in body and not lead.startswith(minimums) and not starts:  # a start: the fact's line
            c = sought[0]
            share, cited, atoms = _count_and_share(c, idx, figures, by_figure, 6)
            of = f" of {target}" if target else ""
            add(f"{_name(buyer, True)} seeks {figures[c].en}{share}{of} in the offer.", si, cited, "sought", atoms)
        if lead.startswith(minimums):
            counts = [i for i in idx if figures[i].kind == "count" and figures[i].en.endswith(" shares")]
            if counts:
                c = counts[0]
                share, cited, atoms = _count_and_share(c, idx, figures, by_figure, 2)
                add(f"The offer requires a minimum acceptance of {figures[c].en}{share}.", si, cited, "minimum", atoms)
    return items


_PRICE_REACH = 3  # sentences after a launch where its price may stand
_PRICE_GAP = 12  # characters between the price's subject words and its figure ("요금제는 월 ")
_PRICE_END = re.compile(r"\s*(?:이다|이며|으로 책정|로 책정|으로 정해|로 정해)")


def _launch_price_items(
    text: str, figures: Sequence[Figure], items: Sequence[_Item], analysis: Analysis | None = None
) -> list[_Item]:
    """The price of what a launch released, from a sentence right after it ("별도 요금제는 월 9900원이다": "A
    separate plan for the service costs ₩9,900 a month"; events_deals.tsv price rows); a named product by its
    name ("The Sorento 5 is priced at …"), never by the place its launch line ends with."""
    launches = [it for it in items if it.event is not None and it.event.kind == "launch" and it.event.detail]
    if not launches:
        return []
    launch = launches[0]
    head = (launch.event.detail or "").split(", ")[-1].split()[-1] if launch.event else ""
    named = ""
    if analysis is not None and launch.event is not None:
        read = read_launch(text, analysis.sentences[launch.event.sentence].start, launch.event.start)
        if read is None or not (read.head or read.name):
            return []
        head = read.head
        if read.name:
            named = ("the " if read.said.startswith("the ") else "") + read.name
    rows = deal_words("price")
    for i, f in enumerate(figures):
        if f.kind != "money" or not 0 < f.sentence - launch.sentence <= _PRICE_REACH:
            continue
        before = text[max(0, f.start - _PRICE_GAP - 12) : f.start]
        monthly = before.rstrip().endswith("월")
        for ko, en in rows:
            at = before.rfind(ko)
            if at < 0 or len(before) - (at + len(ko)) > _PRICE_GAP or not _PRICE_END.match(text, f.end):
                continue
            if before[at + len(ko) :].strip() not in ("", "월"):
                continue
            said = en
            if named:  # "The {head} is priced at" -> "The Sorento 5 is priced at"
                said = said.replace("The {head}", named[:1].upper() + named[1:]).replace("the {head}", named)
                said = said.replace("{head}", named)
            line = said.replace("{head}", head) + f" {f.en}" + (" a month" if monthly else "") + "."
            return [
                _Item(
                    text=line,
                    sentence=f.sentence,
                    figures=(i,),
                    key=("launch_price", launch.event.who if launch.event else ()),
                    weight=1.0,
                    subjects=launch.subjects,
                    position=f.start,
                )
            ]
    return []


_BOUGHT_GAP = re.compile(r"\s*(?:을|를)?\s*(?:[^\s.]{1,20}\s*(?:\([^()]{0,30}\))?\s*에\s+)?(?:추가로?\s*)?")


def _without_bought_stakes(items: list[_Item], text: str, figures: Sequence[Figure]) -> list[_Item]:
    """A stake written as what is bought ("지분 5%를 … 매입하는 방안을 검토 중이다") is no stake held: a line that
    says only such stakes as held is not said (a purchase said is the deal's line; one under review, none)."""
    stems = tuple(ko for ko, _ in deal_words("stem"))

    def bought(i: int) -> bool:
        f = figures[i]
        gap = _BOUGHT_GAP.match(text, f.end)
        return gap is not None and text.startswith(stems, gap.end())

    return [
        it
        for it in items
        if not (
            it.stmts
            and all(st.fact.measure == "stake" for st in it.stmts)
            and all(st.fact.figure is not None and bought(st.fact.figure) for st in it.stmts)
            and " held " in it.text
        )
    ]


_IPO_WORTH = re.compile(r"^(?P<who>.+?)(?:'s|') IPO is worth (?P<size>[^.]+)\.$")


def _ipo_to_raise(items: list[_Item], text: str, events: Sequence[Event]) -> list[_Item]:
    """An offering's size before the listing is what the company will raise ("K Bank will raise ₩779 billion in
    its IPO"), not what its IPO "is worth": said so when the text says the listing is to come (events_deals.tsv
    listing_ahead) and neither it nor an event says the shares are listed (listing_done); an undated line only."""
    if any(e.kind == "ipo" and e.action != "listing" for e in events):
        return items  # "증시에 입성했다": listed ("기업공개(IPO)" alone names the offering, not a listing done)
    ahead = any(w in text for w, _ in deal_words("listing_ahead"))
    if not ahead or any(w in text for w, _ in deal_words("listing_done")):
        return items
    out = []
    for it in items:
        m = _IPO_WORTH.match(it.text)
        if m is not None and any(st.fact.measure == "deal_value" for st in it.stmts) and " on " not in m["size"]:
            it = replace(it, text=f"{m['who']} will raise {m['size']} in its IPO.")
        out.append(it)
    return out


_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPAN_EN = re.compile(r"^([1-9]) (days?|weeks?|months?|years?)$")


def _spelled_span(en: str) -> str:
    """A span under ten spelled as a wire writes it ("2 weeks": "two weeks"); any other as the figure says it."""
    m = _SPAN_EN.match(en)
    return f"{_SMALL[int(m.group(1)) - 1]} {m.group(2)}" if m else en


def _count_en(f: Figure) -> str | None:
    """A count said as a number ("18,000"), only when the text gives it exactly (no "about", no band)."""
    if f.qualifier or not isinstance(f.value, int | float) or f.value != int(f.value) or f.value <= 0:
        return None
    return f"{int(f.value):,}"


def _launch_term_items(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: Sequence[_Item]
) -> list[_Item]:
    """A launched product's terms from the sentences after its launch (briefings/facts/launch.py): its price or
    its trims' range ("The Ioniq 3 is priced from ₩A to ₩B, depending on trim"), its pre-orders ("The Ioniq 3
    drew 18,000 pre-orders in 2 weeks") and its maker's sales target ("… aims to sell 20,000 units of the Ioniq 3
    in South Korea next year"). The price line of _launch_price_items, when there is one, is not said twice."""
    launches = [it for it in items if it.event is not None and it.event.kind == "launch" and it.event.detail]
    if not launches or not launches[0].event or not launches[0].event.who:
        return []
    ev = launches[0].event
    sentence = analysis.sentences[ev.sentence]
    launch = read_launch(text, sentence.start, ev.start)
    if launch is None or not (launch.name or launch.head):
        return []
    priced = any(it.key[:1] == ("launch_price",) for it in items)
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    subject = (
        (("the " if launch.said.startswith("the ") else "") + launch.name) if launch.name else f"the {launch.head}"
    )
    subject_upper = subject[:1].upper() + subject[1:]
    maker = _name(ev.who[0], True)
    out: list[_Item] = []
    for t in launch_terms(text, analysis, figures, ev.sentence, launch):
        body = text[analysis.sentences[t.sentence].start : analysis.sentences[t.sentence].end]
        if t.kind == "price":
            if priced:
                continue
            prices = [figures[i].en for i in t.figures]
            if len(prices) > 1:
                trims = ", depending on trim" if "트림" in body else ""
                line = f"{subject_upper} is priced from {prices[0]} to {prices[-1]}{trims}."
                t_figures: tuple[int, ...] = (t.figures[0], t.figures[-1])
            else:
                line = f"{subject_upper} {'starts at' if t.starting else 'is priced at'} {prices[0]}."
                t_figures = t.figures[:1]
            key: tuple[object, ...] = ("launch_price", ev.who)
        elif t.kind == "pre_orders":
            n = _count_en(figures[t.figures[0]])
            if n is None:
                continue
            span = f" in {_spelled_span(figures[t.figures[1]].en)}" if len(t.figures) > 1 else ""
            line = f"{subject_upper} {t.verb} {n} pre-orders{span}."
            t_figures, key = t.figures, ("launch_pre_orders", ev.who)
        elif t.kind in ("release", "abroad"):
            when = date_phrase(figures[t.figures[0]])
            if t.verb == "plan" and t.where and launch.name:  # "plans to launch the Ioniq 3 in Europe in …"
                line = f"{maker} plans to launch {subject} {t.where}{when}."
            elif t.verb == "sale":
                line = f"{subject_upper} goes on sale{when}."
            elif t.verb == "deliveries":
                line = f"Deliveries of {subject} start{when}."
            else:
                continue
            t_figures, key = t.figures, ("launch_" + t.kind, ev.who)
        else:
            n = _count_en(figures[t.figures[0]])
            if n is None or not launch.name:
                continue
            where = f" {t.where}" if t.where else ""
            when = f" {t.when}" if t.when else ""
            line = f"{maker} aims to sell {n} units of {subject}{where}{when}."
            t_figures, key = t.figures, ("launch_target", ev.who)
        out.append(
            _Item(
                text=line,
                sentence=t.sentence,
                figures=tuple(sorted(t_figures)),
                atoms=frozenset(
                    (by_figure[i].subject, by_figure[i].measure, figures[i].value, figures[i].high, figures[i].unit)
                    for i in t_figures
                    if i in by_figure
                ),
                key=key,
                weight=1.0,
                subjects=ev.who,
                position=analysis.sentences[t.sentence].start,
            )
        )
    return out


@cache
def _claim_templates() -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in _rows("english_claims.tsv") if len(r) >= 3}


def _claim_items(article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]) -> list[_Item]:
    """Lines for qualitative claims (from claims.py), one per claim and answer, unhedged first."""
    templates = _claim_templates()
    items: list[_Item] = []
    said: set[tuple[str, str]] = set()
    by_sentence_dates: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        if f.kind == "date":
            by_sentence_dates.setdefault(f.sentence, []).append(i)
    for fact in sorted((f for f in facts if f.claim), key=lambda f: (f.hedged, f.sentence)):
        answer = fact.stance or ("true" if fact.polarity else "false" if fact.polarity is not None else "*")
        key = (fact.claim or "", answer)
        if key in said:
            continue
        template = templates.get(key) or templates.get((fact.claim or "", "*"))
        if template is None:
            continue
        date = ""
        cited: tuple[int, ...] = ()
        if "{date}" in template:
            index = next((i for i in by_sentence_dates.get(fact.sentence, ()) if figures[i].value == fact.date), None)
            if index is None:
                continue
            date, cited = date_phrase(figures[index]), (index,)
        sentence = analysis.sentences[fact.sentence]
        body = article.text[sentence.start : sentence.end]
        model = "DeepSeek's R1" if re.search(r"(?<![A-Za-z0-9])R1(?![0-9])", body) else "DeepSeek's model"
        text = template.format(date=date, model=model, rival=_rivals(fact.cue or ""))
        if fact.hedged:
            text = text.rstrip(".") + " (reported, not confirmed)."
        said.add(key)
        items.append(
            _Item(
                text=text,
                sentence=fact.sentence,
                figures=cited,
                key=("claim",) + key,
                weight=1.0,
                subjects=(fact.subject or "",),
                position=sentence.start,
                hedged=fact.hedged,
            )
        )
    return items


def _rivals(cue: str) -> str:
    """The products named in a claim's cue, with their makers ("OpenAI's o1")."""
    by_ko = entity_by_ko()
    names: list[str] = []
    for m in entity_pattern().finditer(cue):
        entity: Entity = by_ko[m.group()]
        if entity.type != "product" or entity.owner == "DeepSeek":
            continue
        name = f"{possessive(entity.owner)} {entity.en}" if entity.owner else entity.en
        if name not in names:
            names.append(name)
    return joined(names) if names else "leading US models"


# --------------------------------------------------------------------------- choosing lines and the headline


_ROUNDED = frozenset({"approx", "more_than", "at_least"})
_ECHO_SPREAD = 0.15  # an "about N%" within this share of a precise move of the same fact is its echo


def _echoes(rounded: _Stmt, precise: _Stmt) -> bool:
    """Whether a rounded move ("3% 넘게 급등", "9% 가까이 폭락") restates a precise one of the same fact."""
    a, b = rounded.fact, precise.fact
    if (a.subject, a.measure, rounded.direction) != (b.subject, b.measure, precise.direction):
        return False
    if not _same_or_unknown(a.date, b.date) or rounded.figure.unit != precise.figure.unit:
        return False
    va, vb = rounded.figure.value, precise.figure.value
    if not isinstance(va, float | int) or not isinstance(vb, float | int) or precise.figure.high is not None:
        return False
    va, vb = abs(va), abs(vb)
    if rounded.figure.qualifier is None:  # "22% 폭등" beside "21.92% 오른": the same move rounded
        places = _decimals(rounded.figure.surface)
        return places is not None and places < (_decimals(precise.figure.surface) or 0) and round(vb, places) == va
    if rounded.figure.qualifier == "approx":
        return abs(va - vb) <= _ECHO_SPREAD * va
    return vb >= va and (not is_bracket(rounded.figure) or vb < va + _bracket_step(rounded.figure))


def _bracket_step(figure: Figure) -> float:
    """How far a bracket reaches above its number: the place of its last written digit ("6%대" from 6 to 7,
    "20%대" from 20 to 30, "1.5%대" from 1.5 to 1.6): a move of 9.1% is not in the 6% range."""
    m = _DECIMALS.search(figure.surface.replace(",", ""))
    if m is None:
        return 0.0
    if m.group(1):
        return 10.0 ** -len(m.group(1))
    digits = m.group(0)
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


_DECIMALS = re.compile(r"[0-9]+(?:\.([0-9]+))?")


def _decimals(surface: str) -> int | None:
    """How many decimal places the number of a surface is written with ("21.92%" -> 2, "22%" -> 0)."""
    m = _DECIMALS.search(surface)
    return None if m is None else len(m.group(1) or "")


def _levels_of(item: _Item) -> set[tuple[object, ...]]:
    return {(st.figure.value, st.figure.unit) for st in item.stmts if st.role == "level"}


def _without_echoes(items: list[_Item]) -> list[_Item]:
    """A rounded move is not said beside the precise move it restates (the title's "3%대 급등" beside "3.15%",
    "7.2% 내린 1819루피" beside "7.16% 내린 1819루피"): the most precise statement is kept. A session's move
    ("장중 14% 급락") is restated by the session part of a line that goes on to the close ("장중 14.2% 하락 … 11.8%
    내린 … 마쳤다")."""
    precise = sorted(
        (
            (it, replace(st, figure=figure))
            for it in items
            for st in it.stmts
            if st.role == "change" and st.direction is not None
            for figure in (st.figure, st.folded)  # "104.5포인트(4.02%)": the move in points and in per cent
            if figure is not None and figure.qualifier is None
        ),
        key=lambda pair: -(_decimals(pair[1].figure.surface) or 0),
    )
    by_move: dict[tuple[str | None, str | None, str | None], list[tuple[_Item, _Stmt]]] = {}
    for pair in precise:
        key = (pair[1].fact.subject, pair[1].fact.measure, pair[1].direction)
        if len(by_move.setdefault(key, [])) < _MAX_NEAR:  # a flood of one move is not searched through
            by_move[key].append(pair)
    dropped: set[int] = set()
    for it in items:
        moves = [st for st in it.stmts if st.role == "change"]
        if len(moves) != 1 or len(it.stmts) - 1 != len(_levels_of(it)):
            continue
        move = moves[0]
        if move.figure.qualifier not in _ROUNDED | {None}:
            continue
        if move.figure.unit != "%" and move.figure.qualifier is None:
            continue  # an unqualified count or amount is its own figure; "22만명 가까이" echoes "21만8000명"
        hosts = (
            (other, it.time is None or other.time == it.time)
            for other, st in by_move.get((move.fact.subject, move.fact.measure, move.direction), ())
            if other is not it
            and id(other) not in dropped
            and (it.time is None or other.time == it.time or st.fact.time_of_day == it.time)
            and _levels_of(it) <= _levels_of(other)
            and _echoes(move, st)
        )
        host, same_time = next(hosts, (None, False))
        if host is not None:  # the precise line states it, and leads where the rounded one stood (the title)
            if same_time:  # a line going on to the close is the session's move and more: it keeps its own place
                host.surfaces = (*host.surfaces, *it.surfaces)
                host.also = (*host.also, it.sentence, *it.also)
            dropped.add(id(it))
    return [it for it in items if id(it) not in dropped]


_SESSION_THEN_CLOSE = frozenset({"share_price"})  # measures whose intraday move and close one sentence tells as one
_DAY_TAIL = re.compile(r"( on \d{1,2} [A-Z][a-z]+ \d{4})?\.$")


def _session_then_close(items: list[_Item]) -> list[_Item]:
    """A share's move during the session and its close told by one Korean sentence ("장중 6% 넘게 올랐다가 4.1% 오른
    …원에 마감했다") are one line: "X shares rose as much as 6.3% during the session before closing up 4.1% at
    ₩173,000", never two lines of one sentence; the close's day is said once, at the end.  A close measured
    against another base than the session before ("from the IPO price") stays its own line."""
    by_sentence: dict[tuple[int, str], list[_Item]] = {}
    for it in items:
        if it.event is None and len(it.subjects) == 1 and it.subjects[0] and it.stmts:
            measures = {st.fact.measure for st in it.stmts}
            if len(measures) == 1 and measures <= _SESSION_THEN_CLOSE:
                by_sentence.setdefault((it.sentence, it.subjects[0]), []).append(it)
    merged: dict[int, _Item] = {}
    dropped: set[int] = set()
    for found in by_sentence.values():
        session = [it for it in found if it.time == "intraday" and it.text.rstrip(".").find(_SESSION) > 0]
        closes = [it for it in found if it.time == "close" and 1 <= len(it.stmts) <= 2]
        if len(session) != 1 or len(closes) != 1:
            continue
        a, b = session[0], closes[0]
        move = next((st for st in b.stmts if st.role == "change" and st.direction in ("up", "down")), None)
        level = next((st for st in b.stmts if st.role == "level"), None)
        if move is None or len(b.stmts) != 1 + (level is not None) or a.position > b.position:
            continue
        day_a, day_b = _DAY_TAIL.search(a.text), _DAY_TAIL.search(b.text)
        tail_a = (day_a.group(1) or "") if day_a else ""
        tail = (day_b.group(1) or "") if day_b else ""
        if tail_a and tail_a != tail:
            continue  # the session's day is not the close's (or the close has none): they stay two lines
        head = a.text[: len(a.text) - len(tail_a) - 1] if a.text.endswith(".") else a.text
        if not head.endswith(_SESSION):
            continue
        amount = f"{_move_form(move.figure)}{move.extra}"
        bare = rf" {re.escape(amount)}(?: higher| lower)?{re.escape(tail)}\.$"  # "closed 6.7% higher": no other base
        if f" {amount} to close at " not in b.text if level is not None else re.search(bare, b.text) is None:
            continue  # a close measured against another base ("from the IPO price"): "closing down" would lose it
        turned = {d for _, _, d in a.moves} == {"down" if move.direction == "up" else "up"}
        verb = re.search(rf" shares (\S+) {re.escape(amount)} to close at ", b.text)
        at = f" at {_level_form(level.figure)}{level.extra}" if level is not None else ""
        if turned and level is None:  # the move turned: the close says its own way ("…, then closed 1.2% lower")
            text = f"{head}, then closed {amount} {'higher' if move.direction == 'up' else 'lower'}{tail}."
        elif turned and verb:  # "rose … during the session, then fell 3.2% to close at …"
            text = f"{head}, then {verb.group(1)} {amount} to close{at}{tail}."
        elif turned:
            continue
        else:
            text = f"{head} before closing {'up' if move.direction == 'up' else 'down'} {amount}{at}{tail}."
        merged[id(b)] = replace(
            b,
            text=text,
            figures=tuple(sorted(set(a.figures) | set(b.figures))),
            key=(*b.key, *a.key),
            weight=max(a.weight, b.weight),
            position=a.position,
            surfaces=(*a.surfaces, *b.surfaces),
            atoms=a.atoms | b.atoms,
            size=a.size + b.size,
            moves=(*a.moves, *b.moves),
            stmts=(*a.stmts, *b.stmts),
            also=tuple(sorted(set(a.also) | set(b.also))),
        )
        dropped.add(id(a))
    return [merged.get(id(it), it) for it in items if id(it) not in dropped]


@cache
def _move_verbs() -> frozenset[str]:
    """The English past verbs of a move (data/changes.tsv): what a line's verb is when it states a change."""
    return frozenset({"rose", "fell"} | {verb for _, _, verb in _verb_cues()})


def _two_bases(items: list[_Item]) -> list[_Item]:
    """One sentence's two moves of one subject's measure against two bases, the same way ("전년 동기보다 6.2%,
    전 분기보다 3.1% 늘어난 N원"), are one line: "X's revenue rose 6.2% year on year and 3.1% from the previous
    quarter to ₩N in Q3"; the second is joined only when the first says its base and both say the same period."""
    by_key: dict[tuple[int, str], list[_Item]] = {}
    for it in items:
        if it.event is None and len(it.subjects) == 1 and it.subjects[0] and it.moves and not it.hedged:
            by_key.setdefault((it.sentence, it.subjects[0]), []).append(it)
    merged: dict[int, _Item] = {}
    dropped: set[int] = set()
    for found in by_key.values():
        if len(found) < 2:
            continue
        hosts = [it for it in found if any(st.role == "level" for st in it.stmts)]
        for b in found:
            if b in hosts or len(b.stmts) != 1 or b.stmts[0].role != "change" or id(b) in dropped:
                continue
            for a in hosts:
                if id(a) in dropped or a.moves[0][1:] != b.moves[0][1:] or len(a.moves) != 1:
                    continue
                joined_text = _with_second_base(merged.get(id(a), a).text, b.text)
                if joined_text is None:
                    continue
                host = merged.get(id(a), a)
                merged[id(a)] = replace(
                    host,
                    text=joined_text,
                    figures=tuple(sorted(set(host.figures) | set(b.figures))),
                    key=(*host.key, *b.key),
                    surfaces=(*host.surfaces, *b.surfaces),
                    atoms=host.atoms | b.atoms,
                    size=host.size + b.size,
                    moves=(*host.moves, *b.moves),
                    stmts=(*host.stmts, *b.stmts),
                )
                dropped.add(id(b))
                break
    return [merged.get(id(it), it) for it in items if id(it) not in dropped]


def _with_second_base(host: str, second: str) -> str | None:
    """ "X's revenue rose 6.2% year on year to ₩N in Q3." with "X's revenue rose 3.1% from the previous quarter in
    Q3." -> "… rose 6.2% year on year and 3.1% from the previous quarter to ₩N in Q3."; None when the two do not
    share the subject, verb and period, or the host's move says no base."""
    cut = os.path.commonprefix([host, second]).rfind(" ") + 1
    head = host[:cut]
    if not head or head.rstrip().rsplit(" ", 1)[-1] not in _move_verbs():
        return None
    rest_a, rest_b = host[cut:], second[cut:]
    tail = os.path.commonprefix([rest_a[::-1], rest_b[::-1]])[::-1]
    tail = tail[tail.find(" ") :] if " " in tail else tail
    if tail not in (".",) and not tail.startswith((" in ", " for ", " on ")):
        return None
    move_b = rest_b[: len(rest_b) - len(tail)]
    to = rest_a.find(" to ")
    move_a = rest_a[:to] if to > 0 else ""
    if not move_b or " to " in move_b or " " not in move_b or " " not in move_a or move_a == move_b:
        return None
    return f"{head}{move_a} and {move_b}{rest_a[to:]}"


def _one_close(items: list[_Item]) -> list[_Item]:
    """Never two closing (or opening) levels of one subject and day: the one a move ended at is kept when it is
    the only such; else none of them is said."""
    levels: dict[tuple[object, ...], list[tuple[_Item, object, bool]]] = {}
    for it in items:
        for st in it.stmts:
            time = st.fact.time_of_day if st.fact.time_of_day is not None else it.time
            if st.role == "level" and time in ("close", "open") and st.fact.date is not None:
                key = (st.fact.subject, st.fact.measure, st.fact.date, time)
                levels.setdefault(key, []).append((it, (st.figure.value, st.figure.unit), bool(it.moves)))
    dropped: set[int] = set()
    for found in levels.values():
        if len({value for _, value, _ in found}) < 2:
            continue
        anchored = {value for _, value, moved in found if moved}
        keep = next(iter(anchored)) if len(anchored) == 1 else None
        dropped |= {id(it) for it, value, _ in found if value != keep}
    return [it for it in items if id(it) not in dropped]


def _without_brackets(items: list[_Item]) -> list[_Item]:
    """A line saying only a bracket ("The KOSDAQ stood in the 600 range") beside a line giving a precise level of
    the same subject and measure (691.28) says nothing more: it is not said."""
    precise = {
        (st.fact.subject, st.fact.measure)
        for it in items
        for st in it.stmts
        if st.role in {"level", "change"} and not is_bracket(st.figure) and st.fact.subject
    }
    out = []
    for it in items:
        levels = [st for st in it.stmts if st.role in {"level", "threshold"}]
        only_brackets = bool(levels) and len(levels) == len(it.stmts) and all(is_bracket(st.figure) for st in levels)
        if only_brackets and all((st.fact.subject, st.fact.measure) in precise for st in levels):
            continue
        out.append(it)
    return out


@cache
def _crossing_words() -> tuple[tuple[str, str, str], ...]:
    return tuple((r[0], r[1], r[2]) for r in _rows("english_crossings.tsv") if len(r) >= 3)


_CROSSING_WINDOW = 14  # characters after a threshold where its verb ("회복", "돌파") stands


def _crossing_phrase(text: str, threshold: _Stmt) -> str:
    """ "back above" / "above" / "below": how a line says that its level crossed a threshold."""
    after = text[threshold.figure.start : threshold.figure.end + _CROSSING_WINDOW]  # "5조원을 넘은": its own word
    for cue, direction, phrase in _crossing_words():
        if direction in ("*", threshold.direction or "") and cue in after:
            return phrase
    return "above" if threshold.direction == "up" else "below"


def _crossings(items: list[_Item], text: str) -> list[_Item]:
    """A threshold crossed ("800선 회복") joins the line of the move whose level crossed it: "rose 3.15% to close
    at 804.12 on 11 February 2025, back above the 800 level"; a threshold the level does not cross stays alone."""
    hosts: dict[tuple[str | None, str | None], list[tuple[_Item, _Stmt]]] = {}
    for host in sorted(items, key=lambda o: -len(o.atoms)):  # the richest line of the move first
        if not host.moves:
            continue
        for st in host.stmts:
            if st.role == "level" and isinstance(st.figure.value, float | int):
                found = hosts.setdefault((st.fact.subject, st.fact.measure), [])
                if len(found) < _MAX_NEAR:
                    found.append((host, st))
    dropped: set[int] = set()
    for it in items:
        if len(it.stmts) != 1 or it.stmts[0].role != "threshold" or it.stmts[0].direction is None:
            continue
        thr = it.stmts[0]
        bare = _threshold(thr.figure)
        tv = thr.figure.value
        if bare is None or not isinstance(tv, float | int):
            continue
        for host, lv in hosts.get((thr.fact.subject, thr.fact.measure), ()):
            value = lv.figure.value
            if host is it or lv.figure.unit != thr.figure.unit or not _same_or_unknown(lv.fact.date, thr.fact.date):
                continue
            if host.moves[0][2] != thr.direction or not isinstance(value, float | int):
                continue
            if (thr.direction == "up" and value < tv) or (thr.direction == "down" and value > tv):
                continue
            if host.text.rstrip(".").endswith(bare):
                break  # already said
            host.text = f"{host.text.rstrip('.')}, {_crossing_phrase(text, thr)} {bare}."
            host.figures = tuple(sorted(set(host.figures) | {thr.index}))
            host.surfaces = (*host.surfaces, thr.figure.surface)
            host.atoms = host.atoms | it.atoms
            host.stmts = (*host.stmts, thr)
            dropped.add(id(it))
            break
    return [it for it in items if id(it) not in dropped]


_TOTAL_BACK = 2  # sentences back a running total's crossing may stand from the total it is of


def _cumulative_crossings(items: list[_Item], text: str, analysis: Analysis) -> list[_Item]:
    """A crossing of a running total ("누적 순이익이 5조원을 넘은 것은 이번이 처음이다"), or of a result dated by a
    day, is the total's, over its period: it joins the line of that total in its sentence or the two before ("…
    net profit of ₩5.385 trillion in January-September, topping ₩5 trillion"), and is never said alone as a day's
    crossing (the day of the filing is not the day the total passed the mark); with no such line it is left to the
    key-figure table."""
    dropped: set[int] = set()
    for it in items:
        if len(it.stmts) != 1 or it.stmts[0].role != "threshold" or it.stmts[0].direction not in ("up", "down"):
            continue
        thr = it.stmts[0]
        si = thr.fact.sentence
        if not 0 <= si < len(analysis.sentences):
            continue
        day_of_results = measure_groups().get(thr.fact.measure or "") == _RESULTS and bool(
            thr.fact.date and _DAY.match(thr.fact.date)
        )  # a result is of a period: the day it is dated by is the filing's ("22일 공시했다"), not its crossing's
        if not cumulative(text, thr.figure, analysis.sentences[si].start) and not day_of_results:
            continue
        dropped.add(id(it))
        bare, tv = _threshold(thr.figure), thr.figure.value
        if bare is None or not isinstance(tv, float | int):
            continue
        for host in items:
            levels = [
                st
                for st in host.stmts
                if st.role == "level"
                and (st.fact.subject, st.fact.measure, st.figure.unit)
                == (thr.fact.subject, thr.fact.measure, thr.figure.unit)
                and si - _TOTAL_BACK <= st.fact.sentence <= si
                and st.period
                and isinstance(st.figure.value, float | int)
                and (st.figure.value >= tv if thr.direction == "up" else st.figure.value <= tv)
            ]
            if host is it or id(host) in dropped or not levels:
                continue
            host.text = f"{host.text.rstrip('.')}, {_crossing_phrase(text, thr)} {bare}."
            host.figures = tuple(sorted(set(host.figures) | {thr.index}))
            host.surfaces = (*host.surfaces, thr.figure.surface)
            host.atoms = host.atoms | it.atoms
            host.stmts = (*host.stmts, thr)
            break
    return [it for it in items if id(it) not in dropped]


def _title_sentences(article: Article, analysis: Analysis) -> set[int]:
    """Sentences that are the title repeated at the head of the text."""
    title = " ".join(article.title.split())
    if not title:
        return set()
    out: set[int] = set()
    for i, s in enumerate(analysis.sentences[:3]):
        body = " ".join(article.text[s.start : s.end].split())
        if body and (body == title or (len(body) >= 8 and body in title)):
            out.add(i)
    return out


def _now(article: Article, items: Sequence[_Item]) -> str | None:
    """The article's date, else the latest event date its facts give (the day it reports on)."""
    if article.date:
        return article.date
    dates = [it.date for it in items if it.actual and it.date and it.date[:4].isdigit()]
    return max(dates) if dates else None


def _months(date: str) -> int | None:
    """Months since year 0 at the end of a date's period ("2024" -> December 2024, "2024-Q3" -> September)."""
    if not date[:4].isdigit():
        return None
    year, rest = int(date[:4]), date[5:]
    if rest[:1] == "Q" and rest[1:2].isdigit():
        return year * 12 + 3 * int(rest[1])
    if rest[:2].isdigit():
        return year * 12 + int(rest[:2])
    return year * 12 + 12


def _is_old(date: str | None, now: str | None) -> bool:
    """Whether a fact's date lies a year or more before the article's day (a past record, not the news)."""
    if not date or not now:
        return False
    then, today = _months(date), _months(now)
    return then is not None and today is not None and today - then >= 12


_NOT_NUMBER = re.compile(r"[^0-9.조억만천]+")
# "32조 7300억", "1 조", "1, 480원" (a thousands comma with a space after it): one number written with a space
_SCALE_SPACE = re.compile(r"(?<=[조억만천])\s+(?=[0-9])|(?<=[0-9])\s+(?=[조억만천])|(?<=[0-9],)\s+(?=[0-9]{3}(?![0-9]))")


def _number_words(text: str) -> set[str]:
    """The numbers of a text with their Korean scale words ("32조 7300억원" -> {"32조7300억"}), to find a figure
    in a title whatever its spacing, commas or unit. A scale word before the digits is another word's syllable
    ("11월에만 94억달러": 94억, not 만94억). A space parts two numbers unless a scale word ends the first ("DDR5 8%":
    5 and 8, never 58)."""
    joined = _SCALE_SPACE.sub("", text).replace(",", "")
    words = (w.lstrip("조억만천.") for w in _NOT_NUMBER.split(joined))
    return {w for w in words if any(c.isdigit() for c in w)}


_INTRADAY_PENALTY = 3.0
_TITLE_DATES = re.compile(r"[0-9]+(?:\s*(?:분기|개월|월|일|년|시|분)|Q\b)")
_LEAD_SENTENCES = 3  # the first body sentences, where a fact stated again further down is first stated
_RESTATED = 2  # figures of an item that an earlier sentence must state too (one number alone may be chance)


_TITLE_MEASURE = 1.5


@cache
def _title_words() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((r[0], frozenset(m for m in r[1].split("|") if m)) for r in _rows("title_measures.tsv") if len(r) >= 2)


def _title_measures(title: str) -> frozenset[str]:
    """The measures a title names as what the article reports ("1분기 실적" -> revenue and profits)."""
    return frozenset(m for word, keys in _title_words() if word in title for m in keys)


@cache
def _point_words() -> tuple[tuple[str, frozenset[str]], ...]:
    rows = _rows("title_measures.tsv")
    return tuple((r[0], frozenset(m for m in r[1].split("|") if m)) for r in rows if len(r) >= 3 and r[2] == "yes")


def _point_measures(point: str) -> frozenset[str]:
    """The measures a title's point without a figure names as what happened ("수출 5개월째 늘었다": exports)."""
    return frozenset(m for word, keys in _point_words() if word in point for m in keys)


@cache
def _company_names_ko() -> dict[str, tuple[str, set[str]]]:
    """The gazetteer's type and Korean names of each English name (company, bank, org, country, ...)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for e in entity_by_ko().values():
        out.setdefault(e.en, (e.type, set()))[1].add(e.ko)
    return out


def _of_the_titles_measure(item: _Item, title: str, named: frozenset[str]) -> bool:
    """Whether an item states a measure the title names as its news ("신세계 11월 매출 7.2%↑": revenue) of the
    title's own subject. A company or bank (of the gazetteer, or a name it does not know) whose Korean name is known
    and that the title does not name while it names another before its measure word ("같은 기간 현대백화점의 매출은
    5.4% 늘었다" under a title on 신세계) is a peer: the title's measure is not its news. A subject of another kind
    (the economy's exports under "수출 5개월째 늘었다"), one whose Korean name is unknown, or none keeps it."""
    said = {st.fact.measure for st in item.stmts}
    if not named & said:
        return False
    known = _company_names_ko()
    peers = set()
    for st in item.stmts:
        s = st.fact.subject
        kind, names = known.get(s or "", ("company", set()))
        names = names | ({st.fact.subject_ko} if st.fact.subject_ko else set())
        if s and kind in ("company", "bank") and names and not any(_names_in(n, title) for n in names):
            peers.add(s)
    if not peers or peers & _title_entities(title):
        return True
    return not any(_owner_before(title, word) for word, keys in _title_words() if keys & said and word in title)


_OWNER_WORD = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z0-9&·]+)\s*$")
_TITLE_PERIOD = re.compile(r"(?:[0-9]+\s*(?:분기|월|년|일)|[1-4]Q|[1-4]분기|상반기|하반기|연간|올해|지난해|작년)\s*$")


def _owner_before(title: str, word: str) -> bool:
    """Whether the title names whose measure it states right before its measure word, past the period ("신세계 11월
    매출 7.2%↑": 신세계), not a title that names the measure alone ("1Q 실적 요약")."""
    at = title.find(word)
    head = _TITLE_CLAUSES.split(title[:at])[-1].rstrip(" ,")
    while (m := _TITLE_PERIOD.search(head)) is not None and m.group().strip():
        head = head[: m.start()].rstrip(" ,")
    return _OWNER_WORD.search(head) is not None


def _restated_in(item: _Item, lead_numbers: Sequence[tuple[int, set[str]]]) -> int | None:
    """The first lead sentence that states at least two of the item's figures, else None."""
    words = [_number_words(surface) for surface in item.surfaces if surface]
    if len(words) < _RESTATED:
        return None
    for i, numbers in lead_numbers:
        if sum(1 for w in words if w & numbers) >= _RESTATED:
            return i
    return None


_EVENT_REACH = 8  # sentences after a figureless event where the fact that states it with a figure may stand
_YIELD = 0.5  # how much below the event's own score the fact that replaces it leads


@cache
def _figured_events() -> dict[str, frozenset[str]]:
    return {r[0]: frozenset(m for m in r[1].split("|") if m) for r in _rows("headline_events.tsv") if len(r) >= 2}


def _without_vague_events(items: list[_Item]) -> list[_Item]:
    """A vague figureless event ("Bitcoin rallied", "Hyundai Motor India went public") beside a line that states
    a fact of the same event's measures on its actor says nothing more: it is not said (headline_events.tsv)."""
    out = []
    for it in items:
        ev = it.event
        measures = _figured_events().get(ev.action) if ev is not None and not it.stmts else None
        if (
            ev is not None
            and measures
            and any(
                other is not it
                and other.event is None
                and any(
                    st.fact.measure in measures and any(_same_actor(w, st.fact.subject) for w in ev.who)
                    for st in other.stmts
                )
                for other in items
            )
        ):
            continue
        out.append(it)
    return out


def _same_actor(actor: str, subject: str | None) -> bool:
    """The event's actor or an entity named after it ("Hyundai Motor" -> its unit "Hyundai Motor India")."""
    return bool(subject) and (subject == actor or (subject or "").startswith(actor + " "))


def _stated_with_figures(items: Sequence[_Item], scores: list[float]) -> tuple[list[float], dict[int, int]]:
    """A vague figureless event ("went public", "shares weakened") yields the lead to the fact, among those
    that state the same event with a figure on the same actor, that leads most of its own."""
    out = list(scores)
    yielded: dict[int, int] = {}  # event item -> the fact item that states it with a figure
    for k, it in enumerate(items):
        ev = it.event
        if ev is None or it.stmts:
            continue
        measures = _figured_events().get(ev.action)
        if not measures:
            continue
        best = None
        for j, other in enumerate(items):
            if other.event is not None or not other.actual or not 0 <= other.sentence - it.sentence <= _EVENT_REACH:
                continue
            if any(
                st.fact.measure in measures and any(_same_actor(w, st.fact.subject) for w in ev.who)
                for st in other.stmts
            ):
                if best is None or scores[j] > scores[best]:
                    best = j  # the one that leads most of its own (a close over the session's low)
        if best is not None:
            out[best] = max(out[best], scores[k] - _YIELD)
            out[k] = min(out[k], out[best] - _YIELD)
            yielded[k] = best
    return out, yielded


def _pairs(item: _Item) -> set[tuple[str | None, str | None]]:
    """The (subject, measure) of the facts an item states."""
    return {(st.fact.subject, st.fact.measure) for st in item.stmts}


# when the title calls something a record ("주담대 N원 늘어 가계빚 사상 최대"), the figure the text calls a record
# leads as a title's figure would: a driver of it that the title names first is not the lead
_TITLE_RECORD = 3.0


def _recorded(items: Sequence[_Item], figures: Sequence[Figure], found: Sequence[_Hit]) -> set[int]:
    """The items one of whose figures a record or first-time word of its own sentence's clause qualifies
    ("잔액이 N원으로 역대 최대를 경신했다")."""
    if not figures:
        return set()
    hits = {(si, value) for _r, values, _a, si, _scope in found for value in values}
    return {
        k
        for k, it in enumerate(items)
        if it.event is None
        and any(
            0 <= i < len(figures) and (figures[i].sentence, (figures[i].unit, figures[i].value)) in hits
            for i in it.figures
        )
    }


@cache
def _event_lead_words() -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(w for w in r[1].split("|") if w) for r in _rows("events_lead.tsv") if len(r) >= 2}


_EVENT_LEAD = 3.0  # how much an event the title names by its kind leads over the figures beside it
_TERMS = -3.0
_EVENT_LEAD_SENTENCES = 2  # the first body sentences where such an event must stand
_EVENT_LEAD_REACH = 3  # the first body sentences where the title's event leads (a vague lead may come first)


def _event_lead(items: Sequence[_Item], article: Article, in_title: set[int], first_body: int) -> list[float]:
    """A bonus for the event the title announces by its kind ("…AI 에이전트 공개…주가 6%대 급등": the launch) when
    the first body sentences state it: the share move of the day is its side fact (events_lead.tsv)."""
    words = _event_lead_words()
    out = []
    for it in items:
        ev = it.event
        bonus = _TERMS if it.key[:1] == ("tender_terms",) else 0.0  # an offer's terms are lines, not its lead
        if (
            ev is not None
            and not it.hedged
            and any(w in article.title for w in words.get(ev.kind, ()))
            and (it.sentence in in_title or it.sentence < first_body + _EVENT_LEAD_REACH)
        ):
            bonus = _EVENT_LEAD - 1.0 if article.text[ev.start : ev.end] in article.title else _EVENT_LEAD
        out.append(bonus)
    return out


_WITH_MOVE = frozenset({"launch", "deal", "build"})  # event kinds whose headline the title pairs with a share move


def _with_title_move(unique: list[_Item], lead: int, article: Article) -> tuple[list[_Item], int]:
    """A title that names an event and the share move ("…AI 에이전트 공개…주가 6%대 급등") is told by one headline
    when either leads: the event with its actor's close of the day ("Naver unveiled … on 24 November 2026, and
    its shares rose 6.3% to close at ₩285,000"), and the close is not said again."""
    words = _event_lead_words()
    if not any(w in article.title for w in words.get("share_title", ())):
        return unique, lead
    if unique[lead].event is not None:
        events = [lead]
    else:  # the close leads: the event of its actor that the title names, told before it
        events = [
            k
            for k, it in enumerate(unique)
            if it.event is not None
            and it.event.kind in _WITH_MOVE
            and any(w in article.title for w in words.get(it.event.kind, ()))
            and it.sentence <= unique[lead].sentence
            and not it.hedged
        ]
    for e in events[:1]:
        it = unique[e]
        ev = it.event
        if ev is None or ev.kind not in _WITH_MOVE:
            continue
        for k, other in enumerate(unique):
            if k == e or other.event is not None or other.time != "close" or (lead != e and k != lead):
                continue
            subjects = {st.fact.subject for st in other.stmts if st.fact.measure == "share_price"}
            if len(subjects) != 1 or not subjects <= set(ev.who):
                continue
            prefix = f"{_name(next(iter(subjects)) or '', True)} shares "
            if not other.text.startswith(prefix):
                continue
            body = other.text[len(prefix) :].rstrip(".")
            head = it.text.rstrip(".")
            when = _DATE_TAIL.search(body)
            if when is not None and when.group() in head:  # the day the event already gives is not said twice
                body = body[: when.start()]
            merged = replace(
                it,
                text=f"{head}, and its shares {body}.",
                figures=tuple(sorted({*it.figures, *other.figures})),
                atoms=it.atoms | other.atoms,
            )
            out = [merged if j == e else x for j, x in enumerate(unique) if j != k]
            return out, out.index(merged)
    return unique, lead


_DATE_TAIL = re.compile(r" on \d{1,2} [A-Z][a-z]+ \d{4}$")


# --------------------------------------------------------------------------- parts, totals and the title's clauses

_PART_PENALTY = 2.5  # an item of a breakdown ("품목별로는 …", "A N원, B M원, C …") is not the lead
_TOTAL_BONUS = 0.5  # a figure a total word stands right before ("과징금 총 N원") is the whole
_TOTAL_REACH = 12  # characters before a figure, in its clause, where a total word stands
_PART_FOLLOW = re.compile(r"(?:[^가-힣]|로는|로|으로는|으로|에서는|에서|에는|에|은|는|의|$)")
_LIST_GAP = re.compile(r"^\)?\s*[,，]\s*[^\s,.()]{1,20}\s*\(?$")  # "N, B M": a comma, one name, the next figure
_LIST_LEN = 3  # figures of one unit, each after its own name, that make a list


@cache
def _lead_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(part words, total words, continuing words) of lead_parts.tsv, longest first."""
    rows = [(r[0], r[1]) for r in _rows("lead_parts.tsv") if len(r) >= 2 and r[0]]
    by_length = sorted(rows, key=lambda r: -len(r[0]))

    def of(kind: str) -> tuple[str, ...]:
        return tuple(w for w, k in by_length if k == kind)

    return of("part"), of("total"), of("continue")


def _word_at(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` stands in text[lo:hi] as a word of its own: at a word's start, with nothing or a
    particle after it ("품목별로는", "이 중 …", "총 N원"; not "수출이 중국", "총리")."""
    k = text.find(word, lo, hi)
    while k >= 0:
        before = text[k - 1 : k] if k > lo else ""
        if (not before or not ("가" <= before <= "힣")) and _PART_FOLLOW.match(text, k + len(word)):
            return True
        k = text.find(word, k + 1, hi)
    return False


def _listed(figures: Sequence[Figure], text: str) -> set[tuple[int, int]]:
    """The spans of the figures that stand in a list of figures of one unit, each after its own name ("A 312억원,
    B 245억원, C 168억원"): the items of a breakdown written without its marker."""
    rows: dict[tuple[int, str], list[Figure]] = {}
    for f in figures:
        rows.setdefault((f.sentence, f.unit), []).append(f)
    out: set[tuple[int, int]] = set()
    for row in rows.values():
        runs: list[list[Figure]] = []
        for f in sorted(row, key=lambda f: f.start):
            if runs and _LIST_GAP.match(text[runs[-1][-1].end : f.start]):
                runs[-1].append(f)
            else:
                runs.append([f])
        out |= {(g.start, g.end) for run in runs if len(run) >= _LIST_LEN for g in run}
    return out


def _part_scores(
    items: Sequence[_Item],
    text: str,
    analysis: Analysis,
    figures: Sequence[Figure],
    points: Sequence[int | None] = (),
) -> tuple[list[float], set[int]]:
    """How much each item's lead score moves for being a part of a whole or the whole itself, and the items that
    are parts. A breakdown ("품목별로는 X 수출이 N달러로 … 역대 최대", "업체별 과징금은 A N1, B N2 …") states
    items of the total the article leads with: an item is never the lead, whatever record word qualifies it,
    unless the title's first point states it (``points``: the title point each item states, _title_point_of);
    a figure a total word stands right before ("총 N원", "합계 N원") is the whole."""
    parts_words, total_words, going_on = _lead_words()
    sentences = analysis.sentences

    def in_breakdown(f: Figure) -> bool:
        start = sentences[f.sentence].start
        if any(_word_at(text, w, start, f.start) for w in parts_words):
            return True
        opens = any(text.startswith(w, start) and _word_at(text, w, start, start + len(w)) for w in going_on)
        if f.sentence == 0 or not opens:
            return False
        before = sentences[f.sentence - 1]
        return any(_word_at(text, w, before.start, before.end) for w in parts_words)

    listed = _listed(figures, text)
    adjust = [0.0] * len(items)
    parts: set[int] = set()
    for k, it in enumerate(items):
        stated = [st.figure for st in it.stmts if 0 <= st.figure.sentence < len(analysis.sentences)]
        if it.event is not None or not stated:
            continue
        part = all((f.start, f.end) in listed or in_breakdown(f) for f in stated)
        if part and not (k < len(points) and points[k] == 0):
            parts.add(k)
            adjust[k] -= _PART_PENALTY
            continue
        for f in stated:
            head = text[max(analysis.sentences[f.sentence].start, f.start - _TOTAL_REACH) : f.start]
            cut = max([head.rfind(c) + 1 for c in _CLAUSE_MARKS | {"."} if c in head] or [0])
            if any(_word_at(head, w, cut, len(head)) for w in total_words):
                adjust[k] += _TOTAL_BONUS
                break
    return adjust, parts


_TITLE_CLAUSES = re.compile(r"…|\.\.\.|⋯|\n|\||｜")  # what parts a title's points ("X 4.8%↑…Y 3.8%↑")
_LATER_POINT = 1.5  # an item stating only a later point of the title, when one states its first point


def _title_points(title: str) -> list[tuple[set[str], list[tuple[float, float]], frozenset[str], str]]:
    """The points of a title (its clauses between ellipses and lines) as (number words, amounts, measures, the
    clause): the numbers a point states, dates left aside, and, for a point without a number, the measures it names
    ("수출 5개월째 늘었다": exports, title_measures.tsv); the points that state neither are left out."""
    out = []
    for part in _TITLE_CLAUSES.split(title):
        words = _number_words(_TITLE_DATES.sub(" ", part))
        amounts = _title_amounts(part)
        measures = frozenset() if words or amounts else _point_measures(part)
        if words or amounts or measures:
            out.append((words, amounts, measures, part))
    return out


def _title_point_of(
    items: Sequence[_Item], title: str, figures: Sequence[Figure], by_measure: bool = True, text: str = ""
) -> list[int | None]:
    """For each item, the first point of the title (its clauses between ellipses and lines that state a
    number, or name a measure without one) that it states, else None. ``by_measure``: a point naming a measure
    counts for what happened of that measure. An event states the point that holds its trigger word as the text
    writes it ("…1조원 유상증자 결정…주가 14% 급락": the offering decided is the first point, the share move the
    second), with ``text`` given; else None."""
    points = _title_points(title)

    def point_of(it: _Item) -> int | None:
        said = {st.fact.measure for st in it.stmts} if it.actual and by_measure else set()
        found = [
            p
            for p, (words, amounts, measures, _part) in enumerate(points)
            if any(surface and _number_words(surface) & words for surface in it.surfaces)
            or (amounts and _states_title_figure(it, figures, amounts))
            or bool(measures & said)
        ]
        return min(found) if found else None

    def event_point(it: _Item) -> int | None:
        ev = it.event
        trigger = text[ev.start : ev.end].strip() if ev is not None and text else ""
        if len(trigger) < _NAMED_LEN or it.hedged:
            return None
        return next((p for p, point in enumerate(points) if trigger in point[3]), None)

    return [point_of(it) if it.event is None else event_point(it) for it in items]


def _title_point_scores(stated: Sequence[int | None]) -> list[float]:
    """A title leads with its first point: "[index] N% 올라…[stock] M%↑" is the index's story, the stock a
    second point. When an item states a number of the title's first point, an item that states numbers of the
    title's later points only leads less."""
    if 0 not in stated:
        return [0.0] * len(stated)
    return [-_LATER_POINT if p is not None and p > 0 else 0.0 for p in stated]


def _first_clause_names(item: _Item, clause: str) -> bool:
    """Whether the title's first clause names, as a word, the Korean subject of a place's fact the item states
    ("서울 아파트값 …" for Seoul's prices; a name of the gazetteer is read from the title on its own)."""
    return bool(clause) and any(
        st.fact.subject_ko
        and len(st.fact.subject_ko) >= _NAMED_LEN
        and is_housing_subject(st.fact.subject)
        and _names_in(st.fact.subject_ko, clause)
        for st in item.stmts
    )


def _lead_scores(
    items: Sequence[_Item],
    article: Article,
    analysis: Analysis,
    main: str | None,
    figures: Sequence[Figure],
    found: Sequence[_Hit],
) -> list[float]:
    """How strongly each item is the article's lead: stated in the title, or in the first body sentences."""
    title = article.title
    recorded = _recorded(items, figures, found)
    record_cues = _records()[1]
    title_record = record_cues is not None and bool(record_cues.search(title))
    now = _now(article, items)
    in_title = _title_sentences(article, analysis)
    title_names = set()
    by_ko = entity_by_ko()
    for m in entity_pattern().finditer(title):
        entity = by_ko.get(m.group())
        if entity is not None:
            title_names.add(entity.owner if entity.type == "product" and entity.owner else entity.en)
    title_numbers = _number_words(_TITLE_DATES.sub(" ", title))  # "3분기 실적" names no 3% move
    first_clause = next(iter(_title_clauses(title)), "")
    title_amounts = _title_amounts(title)
    body_rank: dict[int, int] = {}
    for i in sorted({it.sentence for it in items}):
        if i not in in_title:
            body_rank[i] = len(body_rank)
    first_body = min((i for i in range(len(analysis.sentences)) if i not in in_title), default=0)
    lead_numbers = [
        (i, _number_words(article.text[x.start : x.end]))
        for i, x in enumerate(analysis.sentences[: first_body + _LEAD_SENTENCES + len(in_title)])
    ]
    named = _title_measures(title)
    closed = {
        pair for it in items if it.time == "close" and any(st.role == "level" for st in it.stmts) for pair in _pairs(it)
    }
    points = _title_point_of(items, title, figures, text=article.text)
    part_adjust, parts = _part_scores(
        items, article.text, analysis, figures, _title_point_of(items, title, figures, by_measure=False)
    )
    point_adjust = _title_point_scores(points)
    scores = []
    for k, it in enumerate(items):
        score = it.weight * 0.3 + part_adjust[k] + point_adjust[k]
        if k in recorded and k not in parts and not (_is_old(it.date, now) or it.past or it.hedged):
            score += _TITLE_RECORD if title_record else 0.0
        if it.time == "intraday" and _pairs(it) & closed:
            score -= _INTRADAY_PENALTY  # where a day's move closed is the news, not its low or high of the session
        if it.also:  # stated again, rounded, in an earlier sentence or the title: it leads from there
            it = replace(
                it,
                sentence=min(it.also, key=lambda k: (k not in in_title, k))
                if any(k in in_title or k < it.sentence for k in it.also)
                else it.sentence,
            )
        restated = _restated_in(it, lead_numbers)
        if restated is not None and restated < it.sentence and not it.also:
            it = replace(it, sentence=restated)  # the lead states its figures first; the body repeats them later
        in_title_surfaces = sum(1 for surface in it.surfaces if surface and _number_words(surface) & title_numbers)
        if not in_title_surfaces and it.event is None and _states_title_figure(it, figures, title_amounts, True):
            in_title_surfaces = 1  # the title rounds it ("취업자 21.8만↑" for 21만8000명)
        if it.sentence in in_title:
            score += 4.0 + 0.5 * min(2, len(it.surfaces))
        elif in_title_surfaces:
            score += 2.0 + min(2, in_title_surfaces)
        if _is_old(it.date, now) or it.past:
            score -= 3.0  # a past record quoted for comparison is not the news
        offset = it.sentence - first_body
        if it.sentence not in in_title:
            # news states its story first: the first body sentences count most, and further down
            # the earlier of two facts still leads
            score += max(0.0, 2.5 - 0.6 * max(0, offset)) - 0.05 * max(0, offset)
        if set(it.subjects) & title_names or _first_clause_names(it, first_clause):
            score += 1.5  # the title's subject: by the gazetteer, or the Korean name its facts carry ("서울 …")
        if it.actual and _of_the_titles_measure(it, title, named):
            score += _TITLE_MEASURE  # the title says what the article reports: "1분기 실적" for the quarter's revenue
        if it.event is not None and article.text[it.event.start : it.event.end] in title:
            score += 2.0
        if main is not None and main in it.subjects:
            score += 0.5
        if it.hedged:
            score -= 1.5
        # the precise statement of a move beats its rounded echo ("fell 234.64 points (8.77%) to 2,441.55"
        # over "plunged about 9%")
        score += min(1.5, 0.5 * max(0, it.size - 1))
        if it.approximate:
            score -= 1.0
        if it.key[:1] == ("claim",):
            score -= 3.0  # "The article says …" is a line, not a headline
        scores.append(score)
    return [a + b for a, b in zip(scores, _event_lead(items, article, in_title, first_body), strict=True)]


_CHANCE_AFTER = 10  # characters after a move's figure where the word making it a chance ("인하될 확률") stands


@cache
def _chance_words() -> tuple[str, ...]:
    return tuple(r[0] for r in _rows("chance_words.tsv") if r and r[0])


def _of_a_chance(item: _Item, text: str) -> bool:
    """Whether every figure the item states is of a chance ("기준금리가 0.25%포인트 인하될 확률은 72%"): a move
    a chance word follows is what may happen, not what did, and the figure a chance word stands right before is
    the chance itself, not the measure's level. The chance of a cut is no cut, so the line is not said."""
    if not item.stmts:
        return False
    marks = _CLAUSE_MARKS | {"."}
    for st in item.stmts:
        tail = text[st.figure.end : st.figure.end + _CHANCE_AFTER]
        tail = tail[: min([tail.find(c) for c in marks if c in tail] or [len(tail)])]
        head = text[max(0, st.figure.start - _CHANCE_AFTER) : st.figure.start]
        head = head[max([head.rfind(c) + 1 for c in marks if c in head] or [0]) :]
        if not (
            (st.role == "change" and any(w in tail for w in _chance_words())) or any(w in head for w in _chance_words())
        ):
            return False
    return True


def _values_of(item: _Item, figures: Sequence[Figure]) -> set[tuple[str | None, object]]:
    """The (unit, value) of the figures an item states, dates and durations aside."""
    return {
        (figures[i].unit, figures[i].value)
        for i in item.figures
        if 0 <= i < len(figures) and figures[i].kind != "date" and figures[i].unit != "duration"
    }


def _richer_statement(items: Sequence[_Item], lead: int, in_title: set[int], figures: Sequence[Figure]) -> int | None:
    """A headline taken from the title repeated at the head of the text ("가계빚 N원 또 최대") states its figure
    bare; the body's statement of the same figures, of the same measures, that says more (its period, its
    date, a move to the level) is the headline instead, else None."""
    head = items[lead]
    if head.sentence not in in_title or head.event is not None:
        return None
    values = _values_of(head, figures)
    measures = {st.fact.measure for st in head.stmts}
    if not values or not measures:
        return None
    best = None
    for k, it in enumerate(items):
        if k == lead or it.sentence in in_title or it.event is not None or it.hedged or it.past:
            continue
        if not measures & {st.fact.measure for st in it.stmts}:
            continue
        if not values <= _values_of(it, figures) and not _rounded_statement(head, it):
            continue
        if len(it.text) <= len(head.text) or (it.date is None and it.size <= head.size):
            continue  # says nothing more than the title's statement
        if best is None:
            best = k
    return best


_ROUNDED_KIND = frozenset({"commodity"})  # a title may round a market's move under a general name ("국제유가")
_ROUNDED_QUALIFIERS = (None, "approx", "more_than")  # a title's figure as it rounds the body's


def _rounded_statement(head: _Item, it: _Item) -> bool:
    """Whether every figure of a title's statement ("국제유가 6% 급등") is a figure of another statement rounded
    ("6.1% 오른"), of the same measure, direction and subject (or, for a commodity, one of its grades): the body
    states the title's move precisely. A title's "more than" ("5% 넘게") names a figure of its bracket, from the
    number up to the next one of its last written place (5.6% for "5% 넘게", never 6.2%)."""
    if not head.stmts:
        return False
    kinds = _types_by_name()
    for st in head.stmts:
        a = st.figure
        own_kinds = kinds.get(st.fact.subject or "", frozenset())
        if not isinstance(a.value, float | int) or a.high is not None or a.qualifier not in _ROUNDED_QUALIFIERS:
            return False
        places = _decimals(a.surface)
        floor = a.qualifier == "more_than"

        def rounds_to(b_value: float, b_places: int, places: int = places or 0, floor: bool = floor) -> bool:
            if places >= b_places:
                return False
            if floor:  # "5% 넘게": above the number, below the next one of its last place
                return abs(float(a.value)) < b_value < abs(float(a.value)) + 10.0**-places
            return round(b_value, places) == abs(float(a.value))

        if places is None or not any(
            other.fact.measure == st.fact.measure
            and other.direction == st.direction
            and (
                other.fact.subject == st.fact.subject  # or a commodity's benchmark grade ("국제유가" for WTI)
                or _ROUNDED_KIND <= kinds.get(other.fact.subject or "", frozenset()) & own_kinds
            )
            and b is not None
            and b.unit == a.unit
            and isinstance(b.value, float | int)
            and rounds_to(abs(float(b.value)), _decimals(b.surface) or 0)
            for other in it.stmts
            for b in (other.figure, other.folded)  # "4.93달러(6.1%)": the move in money and in per cent
        ):
            return False
    return True


_SCALES = {"조": 1e12, "억": 1e8, "만": 1e4, "천": 1e3}
_SCALED = re.compile(r"([0-9]+(?:\.[0-9]+)?)([조억만천]?)")
_TITLE_FIGURE = 2.5  # a line stating a figure the title gives (however rounded) is what the title says: it is said


_CROSS_REACH = 0.1  # how far past a title's round threshold ("300조 돌파") the body's precise level may stand
_TITLE_CROSSING = re.compile(
    r"(?P<n>[0-9][0-9,.]*(?:\s?[조억만천](?:\s?[0-9][0-9,.]*)?)*)(?P<unit>[^\s0-9…·,'\"‘’“”]{0,3})\s?"
    r"(?:사상\s?첫|사상\s?처음(?:으로)?|처음(?:으로)?|첫|다시|또)?\s?$"
)
_DATE_UNIT = ("년", "월", "일", "분기", "개월", "시", "분", "주")


def _title_crossings(title: str) -> list[tuple[float, float]]:
    """A round threshold a title says was crossed ("ETF 순자산 300조 돌파", "보관액 1900억달러 돌파", "쌀값 80㎏
    26만원 첫 돌파", "코스피 2500선 붕괴"; the verbs of english_crossings.tsv) as the span of levels that state it,
    (middle, half width): a level at or up to a tenth above the threshold for a rise past it (301조4200억원 for
    "300조 돌파"), at or up to a tenth below it for a fall through it. A title rounds a crossing down to the
    threshold, never to the body's figure: "1900억달러 돌파" is the news of 1918억달러."""
    out = []
    for cue, direction, _phrase in _crossing_words():
        if direction not in ("up", "down"):
            continue
        for m in re.finditer(re.escape(cue), title):
            before = _TITLE_CROSSING.search(title[max(0, m.start() - _CROSSING_WINDOW) : m.start()])
            if before is None or before.group("unit").startswith(_DATE_UNIT):
                continue
            found = _title_amounts(before.group("n"))
            if len(found) != 1:
                continue
            value, _step = found[0]
            half = value * _CROSS_REACH / 2
            out.append((value + half, half) if direction == "up" else (value - half, half))
    return out


def _title_amounts(title: str) -> list[tuple[float, float]]:
    """The numbers of a title as (value, half its last written unit): "1.2조" -> (1.2e12, 0.05e12), "4000" ->
    (4000, 0.5). A lone digit ("3곳") is too common to find a figure by; dates and periods are not numbers."""
    out = []
    for word in _number_words(_TITLE_DATES.sub(" ", title)):
        total, step, pos = 0.0, 0.0, 0
        for m in _SCALED.finditer(word):
            if m.start() != pos:
                break
            number, scale = m.group(1), _SCALES.get(m.group(2), 1.0)
            decimals = len(number.split(".")[1]) if "." in number else 0
            total += float(number) * scale
            step = 0.5 * scale * 10.0**-decimals
            pos = m.end()
        if pos == len(word) and total > 0 and (len(word.replace(".", "")) >= 2 or word[-1] in _SCALES):
            out.append((total, step))
    return out


def _states_title_figure(
    item: _Item, figures: Sequence[Figure], amounts: Sequence[tuple[float, float]], own: bool = False
) -> bool:
    """Whether an item states one of the title's numbers, exactly or as the title rounds it ("1.2조" for
    1조2340억원); ``own``: only among the figures it states itself (not one said in brackets with another)."""
    for i in item.figures:
        if not 0 <= i < len(figures) or figures[i].kind == "date" or not isinstance(figures[i].value, float):
            continue
        if own and figures[i].surface not in item.surfaces:
            continue
        value = abs(float(figures[i].value))
        if any(abs(value - amount) <= step + 1e-9 * amount for amount, step in amounts):
            return True
    return False


_TITLE_NAMED = 1.0  # a line on what the title names without a figure ("…화물은 '주춤'", "…NH는 홀로 하향")
_NAMED_LEN = 2  # the shortest Korean name found in a title (one syllable is too common a word)


def _named_in_title(item: _Item, title: str, text: str) -> bool:
    """Whether the title names what a line states: its event's trigger, or the Korean name of its subject (the
    title's second point, "X 4.8%↑…Y 홀로 하향", ranks among the lines first)."""
    if not title:
        return False
    ev = item.event
    if ev is not None and ev.end > ev.start and text[ev.start : ev.end] in title:
        return True
    return any(
        st.fact.subject_ko and len(st.fact.subject_ko) >= _NAMED_LEN and st.fact.subject_ko in title
        for st in item.stmts
    )


def _importance(
    item: _Item,
    main: str | None,
    summary: set[int],
    first: int,
    now: str | None = None,
    in_title: bool = False,
) -> float:
    score = item.weight - (1.0 if _is_old(item.date, now) or item.past else 0.0)
    if in_title:
        score += _TITLE_FIGURE
    if main is not None and main in item.subjects:
        score += 0.5
    if item.sentence in summary:
        score += 0.5
    if item.hedged:
        score -= 1.0
    return score + max(0.0, 1.5 - 0.1 * max(0, item.sentence - first))


# --------------------------------------------------------------------------- records in the headline

_ANCHOR_GAP = 12  # characters (past a bracketed aside) between a date or duration and "이후"/"만에"
_PAREN = re.compile(r"\([^()]*\)")
_NEGATED = ("아니", "않")
_NEGATION_WINDOW = 6
_QUOTES = frozenset("\"'“”‘’「」『』")


def _quote_between(between: str) -> bool:
    """Whether a quote mark stands between a figure and a record word (``between`` read towards the word), other
    than one just around the word ("8만대 '역대 최대'" quotes the word; '7.8% "누적 N원 사상 최대' opens another
    statement)."""
    return any(q in between.rstrip().rstrip("".join(_QUOTES)).rstrip() for q in _QUOTES)


_NOT_BEFORE_RECORD = ("above ", "below ", "topping ", "past ", "(")  # "rose above a record ₩1,470" would be false


@dataclass(frozen=True)
class _Record:
    cue: str
    kind: str  # first | record | span
    english: str
    anchor: str  # - | since | in


@cache
def _records() -> tuple[tuple[_Record, ...], re.Pattern[str] | None]:
    rows = [_Record(*r[:4]) for r in _rows("records.tsv") if len(r) >= 4]
    rows.sort(key=lambda r: -len(r.cue))
    if not rows:
        return (), None
    return tuple(rows), re.compile("|".join(re.escape(r.cue) for r in rows))


def _anchor(figures: Sequence[Figure], record: _Record, text: str, cue_start: int, lo: int) -> int | None:
    """The date ("since") or duration ("in") figure standing right before the cue, past a bracketed aside
    ("2008년 11월 24일(1513원) 이후 처음")."""
    pos = cue_start
    for _ in range(_ANCHOR_GAP):
        while pos > lo and text[pos - 1] in " 의":
            pos -= 1
        if pos > lo and text[pos - 1] == ")":
            opened = text.rfind("(", lo, pos)
            if opened < 0:
                return None
            pos = opened
            continue
        break
    for i in range(len(figures) - 1, -1, -1):
        f = figures[i]
        if f.end < pos:
            break
        if f.end != pos or f.start < lo:
            continue
        if record.anchor == "since" and f.kind == "date" and f.en and not has_hangul(f.en):
            return i
        if record.anchor == "in" and f.unit == "duration" and f.en and "in a row" not in f.en and not has_hangul(f.en):
            return i
    return None


@cache
def _record_scopes() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in _rows("record_scopes.tsv") if len(r) >= 2)


_UNSAID_SCOPE = "-"  # record_scopes.tsv: a bound the briefing cannot say ("4월 기준 역대 최대"): no record is said


# a bound to one month of the year: "4월 기준", "10월 중", "4월 판매량으로는"
_MONTH_BOUND = re.compile(r"(?<![0-9])\d{1,2}월\s?(?:[가-힣]{1,4}\s?)?(?:기준|중|으로는|로는|만 놓고)")


_AS_OF = re.compile(r"(?P<half>오전|오후)\s*(?P<h>\d{1,2})시(?:\s*(?P<m>\d{1,2})분)?\s*(?:현재|기준)")
# a record within one market or field ("인도 IPO 역사상 최대", "국내 역대 최고", "업계 최대"): not an all-time record
_PLACE_BOUND = re.compile(r"(?:증시|국내|업계|시장|IPO|공모)\s?(?:역사상|사상|역대|최대|최고|최저)")
_SAME_TIME = re.compile(r"같은\s*(?:시각|시간)")
_SAME_TIME_BACK = 6  # sentences back "같은 시각" may point to the time it repeats
_AS_OF_MEASURES = frozenset({"share_price", "index_level", "exchange_rate", "market_value"})


def _seoul_clock(stmts: Sequence[_Stmt], text: str, sentence_start: int) -> bool:
    """Whether a reading's clock time is its market's own: a market that keeps Seoul's clock (won or yen prices,
    the Korean and Japanese indexes and the won: english_times.tsv, seoul_clock), or a time the sentence marks
    as local ("현지시간")."""
    cues = _seoul_clock_words()
    if "현지시간" in text[sentence_start : min(st.figure.start for st in stmts)]:
        return True
    for st in stmts:
        if st.figure.kind == "money" and (st.figure.unit or "") not in cues:
            return False  # "₹1,865": a price in rupees trades on Mumbai's clock
        market = listed_market(st.fact.subject) if st.fact.subject else None
        if market is not None and market not in cues:
            return False  # a company listed abroad
        kind = _types_by_name().get(st.fact.subject or "", frozenset())
        if "index" in kind and not any(w in (st.fact.subject_ko or "") for w in cues):
            return False  # an index abroad
    return True


@cache
def _seoul_clock_words() -> frozenset[str]:
    return frozenset(r[1] for r in _rows("english_times.tsv") if r[0] == "seoul_clock" and len(r) > 1)


def _part_of_day(m: re.Match[str]) -> str | None:
    """The part of the trading day a reading's time names ("오전 10시" -> "in morning trading"), in words: the hour
    is no key figure, so the English says no number of it (every number in English is a cited figure)."""
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if not (1 <= hour <= 12 and 0 <= minute < 60):
        return None
    return "in morning trading" if m["half"] == "오전" else "in afternoon trading"


def _as_of(line: BriefLine, item: _Item, text: str, analysis: Analysis) -> BriefLine:
    """A market reading the text gives "as of" a time of the day ("오전 10시 현재 … 4.1% 내렸다", or "같은 시각" of
    the sentence before) says its part of the day ("fell 4.1% in morning trading"): said bare it reads as the
    day's result."""
    stmts = [st for st in item.stmts if st.fact.measure in _AS_OF_MEASURES]
    if not stmts or item.time in ("close", "open") or re.search(r"\b(?:close|closed|opened|open at)\b", line.text):
        return line
    si = stmts[0].fact.sentence
    if not (0 <= si < len(analysis.sentences)):
        return line
    head = text[analysis.sentences[si].start : min(st.figure.start for st in stmts)]
    found = list(_AS_OF.finditer(head))
    if not found and _SAME_TIME.search(head):  # "같은 시각": the time the text gave last, a few sentences back
        for sj in range(si - 1, max(-1, si - 1 - _SAME_TIME_BACK), -1):
            found = list(_AS_OF.finditer(text, analysis.sentences[sj].start, analysis.sentences[sj].end))
            if found:
                break
    said = _part_of_day(found[-1]) if found else None
    if said is not None and not _seoul_clock(stmts, text, analysis.sentences[si].start):
        # "오후 2시 현재" of a market abroad is Seoul's clock, not its session's: mid-morning in Mumbai
        said = None if " during the session" in line.text else "during the session"
    if said is None or said in line.text:
        return line
    body, stop = (line.text[:-1], ".") if line.text.endswith(".") else (line.text, "")
    if " during the session" in body:  # the time says the session: "… to 2,444.76 in afternoon trading"
        text_ = body.replace(" during the session", f" {said}", 1).replace(" touched ", " stood at ", 1)
    else:
        at = re.search(r" on \d{1,2} [A-Z][a-z]+ \d{4}$", body)
        cut = at.start() if at else len(body)
        text_ = f"{body[:cut]} {said}{body[cut:]}"
    return BriefLine(text=text_ + stop, sentences=line.sentences, figures=line.figures)


def _month_bound_record(text: str, analysis: Analysis) -> bool:
    """Whether the body states a record bounded to one month of the year ("4월 판매량으로는 역대 최대"): the title's
    bare "역대 최대" is then that month's record, not an all-time one."""
    _, pattern = _records()
    if pattern is None:
        return False
    for sentence in analysis.sentences:
        body = text[sentence.start : sentence.end]
        if pattern.search(body) and _MONTH_BOUND.search(body):
            return True
    return False


def _scope(clause: str) -> str:
    """ "in regular trading" when the record's clause bounds it so ("정규장에서"), "-" when it bounds it to one
    month of the year ("4월 판매량으로는 역대 최대": the best April, no all-time record), else ""."""
    if _MONTH_BOUND.search(clause) or _PLACE_BOUND.search(clause):
        return _UNSAID_SCOPE
    found = [(clause.find(cue), en) for cue, en in _record_scopes() if cue in clause]
    return min(found)[1] if found else ""


_Hit = tuple[_Record, frozenset[tuple[str, object]], int | None, int, str]


def _record_hits(article: Article, analysis: Analysis, figures: Sequence[Figure]) -> list[_Hit]:
    """(record, the (unit, value) of the figures of its clause, its anchor figure, sentence, its scope): read once
    per briefing (``brief_english``) and handed to the headline and line steps that place them."""
    rows, pattern = _records()
    if pattern is None:
        return []
    by_cue = {r.cue: r for r in rows}
    text = article.text
    out: list[_Hit] = []
    starts = [f.start for f in figures]
    month_bound = _month_bound_record(text, analysis)  # "4월 판매량으로는 역대 최대": every bare record is April's
    for si, sent in enumerate(analysis.sentences):
        for m in pattern.finditer(text, sent.start, sent.end):
            record = by_cue[m.group()]
            after = text[m.end() : m.end() + _NEGATION_WINDOW]
            lo, hi = _clause_span(text, sent.start, sent.end, m.start(), m.end())
            month = month_record(text[lo:hi], record.english) if record.kind == "record" else None
            if any(w in after for w in _NEGATED) or (month_bound and record.kind == "record" and month is None):
                continue
            anchor = None
            if record.anchor != "-":
                anchor = _anchor(figures[: bisect.bisect_left(starts, m.start())], record, text, m.start(), lo)
                if anchor is None:
                    continue  # "금융위기 이후 처음" without its date: a bare "for the first time" would be false
            asides = [(p.start() + lo, p.end() + lo) for p in _PAREN.finditer(text[lo:hi])]
            values = set()
            for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
                f = figures[k]
                if f.end > hi or f.kind == "date" or f.unit == "duration" or k == anchor:
                    continue
                if any(a <= f.start and f.end <= b for a, b in asides):
                    continue  # "2008년 11월 24일(1513원) 이후": the past level in brackets is not what is new
                if anchor is not None and figures[anchor].end <= f.start < m.start():
                    continue
                gap = text[f.end : m.start()] if f.end <= m.start() else text[m.end() : f.start][::-1]
                if _quote_between(gap):
                    continue  # '7.8%↑ "누적 N원 사상 최대"': a quote opens another statement than the figure's
                values.add((f.unit, f.value))
            scope = _scope(text[lo:hi])
            if month is not None:  # "10월 기준 역대 최대": "…, a record for any October" (writing/records.py)
                record, scope = replace(record, english=month[0]), month[1]
            if values and scope != _UNSAID_SCOPE:
                out.append((record, frozenset(values), anchor, si, scope))
    return out


_TITLE_JOINS = re.compile(r"\S(?:어|아|해|돼|져|며|고|서)\s")  # a title's clauses joined by a verb ("늘어 ", "줄며 ")


def _title_records(title: str) -> list[tuple[_Record, set[str], str, list[tuple[float, float]]]]:
    """Record cues of a title (that the text does not repeat) with the numbers of their clause (as words, and as
    amounts with the half step of their rounding: "1986조원" for 1986조3000억원)."""
    rows, pattern = _records()
    if pattern is None:
        return []
    by_cue = {r.cue: r for r in rows}
    out = []
    for m in pattern.finditer(title):
        record = by_cue[m.group()]
        if record.anchor != "-" or any(w in title[m.end() : m.end() + _NEGATION_WINDOW] for w in _NEGATED):
            continue
        lo, hi = _clause_span(title, 0, len(title), m.start(), m.end())
        joined = [j.end() for j in _TITLE_JOINS.finditer(title, lo, m.start())]
        lo = max([lo, *joined])  # "주담대 N원 늘어 가계빚 사상 최대": the record is the later clause's, not N's
        numbers = _number_words(title[lo:hi])
        scope = _scope(title[lo:hi])
        if numbers and scope != _UNSAID_SCOPE:
            out.append((record, numbers, scope, _title_amounts(title[lo:hi])))
    return out


def _title_hit_amounts(
    values: frozenset[tuple[str, object]], si: int, in_text: set[int], figures: Sequence[Figure]
) -> list[tuple[float, float]]:
    """The amounts, with the half step of their rounding, of a record's figures when the record stands in the
    title repeated at the head of the text ("가계빚 1986조원 또 '역대 최대'"): the body states them precisely."""
    if si not in in_text:
        return []
    return [
        amount
        for f in figures
        if f.sentence == si and (f.unit, f.value) in values
        for amount in _title_amounts(f.surface)
    ]


def _rounds_to(figure: Figure, amounts: Sequence[tuple[float, float]]) -> bool:
    """Whether a level (not a share) is one of a title's amounts as the title rounds it ("1986조원" for
    1986조3000억원)."""
    if figure.unit == "%" or figure.kind == "date" or not isinstance(figure.value, float | int):
        return False
    value = abs(float(figure.value))
    return any(abs(value - amount) <= step + 1e-9 * amount for amount, step in amounts)


def _place_record(text: str, figure: Figure, record: _Record, phrase: str, scope: str = "") -> str | None:
    """The headline with the record phrase (and its scope) said at its figure, or None when the figure is not
    found in it."""
    for en in (figure.en, _unsigned(figure.en), _threshold(figure) or ""):  # "rose above ₩1,480" for "1480원을 넘은"
        i = text.find(en) if en else -1
        if i >= 0:
            break
    else:
        return None
    end = i + len(en)
    if text.startswith(" (", end):  # the conversion rides with its figure
        close = text.find(")", end)
        end = close + 1 if close > 0 else end
    before = text[:i]
    if scope:
        phrase = f"{scope} {phrase}" if record.kind == "first" else f"{phrase} {scope}"
    if record.kind == "record":
        if scope:
            return text.rstrip(".") + ", " + phrase  # "..., a record high on a closing basis"
        if before.endswith(("to ", "at ")):  # "to a record high of US$106,000", "to a record US$14.2 billion"
            of = " of " if phrase.endswith(("high", "low")) else " "
            return before + phrase + of + text[i:]
        if not phrase.endswith(("high", "low")) and not before.endswith(_NOT_BEFORE_RECORD):
            return before + phrase + " " + text[i:]  # "sold a record 87,810 units", "fell by a record 234 points"
        return text.rstrip(".") + ", " + phrase  # "..., a record high"
    rest = text[end:]
    if rest.startswith(_SESSION):  # "rose above ₩1,470 intraday for the first time since …", never "… since
        # 16 March 2009 during the session"; "in regular trading" already says the session
        text, rest = text[:end] + ("" if scope else " intraday"), rest[len(_SESSION) :]
        end = len(text)
    if record.kind == "first":
        return text[:end] + " " + phrase + rest
    if _DATE_TAIL.fullmatch(rest.rstrip(".")):  # "rose 2.9% in May 2026, its biggest rise in a year"
        return text[:end] + rest.rstrip(".") + ", " + phrase + ("." if rest.endswith(".") else "")
    return text[:end] + ", " + phrase + rest


_DATE_TAIL = re.compile(r" (?:in|on) (?:the [a-z]+ week of )?(?:[0-9]{1,2} )?[A-Z][a-z]+ [0-9]{4}")  # its period


_SESSION = " during the session"
_ONE_SPAN = re.compile(r"1 (year|month|week|day)")


def _anchor_en(figure: Figure) -> str:
    """The English of a record's anchor: "a year" for a span of one ("1년 만에 최고": its highest in a year)."""
    en = figure.en.strip()
    return _ONE_SPAN.sub(r"a \1", en) if _ONE_SPAN.fullmatch(en) else en


def _record_phrase(
    line: BriefLine,
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    found: Sequence[_Hit],
    own_sentence: bool = False,
) -> BriefLine:
    """The headline with the record or first-time qualifier that the article states of its figure.

    "금값이 사상 처음으로 온스당 3000달러를 넘어섰다" makes "Gold rose above US$3,000" the news only
    with "for the first time"; a record word counts only in the clause of a figure the headline states.
    ``own_sentence`` (a line below the headline): only a record its figure's own sentence states, never the
    title's (the headline says that one).
    """
    if re.search(r"\b(?:record|first time|highest|lowest)\b", line.text):
        return line
    stated = [i for i in line.figures if figures[i].kind != "date" and figures[i].unit != "duration"]
    if not stated:
        return line
    hits = sorted(
        found,
        key=lambda h: (h[3] not in {figures[i].sentence for i in stated}, h[3]),
    )
    in_text = _title_sentences(article, analysis)
    for record, values, anchor, _si, scope in hits:
        rounded = _title_hit_amounts(values, _si, in_text, figures)
        for i in stated:
            if (figures[i].unit, figures[i].value) not in values and not _rounds_to(figures[i], rounded):
                continue
            if _si != figures[i].sentence and (figures[i].unit == "%" or own_sentence):
                continue  # a share elsewhere in the text may be another fact's: only a level is matched across
            phrase = record.english.replace("{anchor}", _anchor_en(figures[anchor]) if anchor is not None else "")
            placed = _place_record(line.text, figures[i], record, phrase, scope)
            if placed is not None:
                extra = (anchor,) if anchor is not None and anchor not in line.figures else ()
                sentences = tuple(sorted({*line.sentences, _si}))
                return BriefLine(text=placed, sentences=sentences, figures=(*line.figures, *extra))
    title = article.title
    if title and not in_text and not own_sentence and not _month_bound_record(article.text, analysis):
        for record, numbers, scope, amounts in _title_records(title):
            for i in stated:
                if _number_words(figures[i].surface) & numbers or _rounds_to(figures[i], amounts):
                    placed = _place_record(line.text, figures[i], record, record.english, scope)
                    if placed is not None:
                        return BriefLine(text=placed, sentences=line.sentences, figures=line.figures)
    return line


_SAYS_PERIOD = re.compile(r"\b(?:in|for|at|on|since|during) (?:the |fiscal |end-|(?!US\$)[A-Z]|[0-9])")


@cache
def _span_words() -> tuple[str, ...]:
    """Words that make a period a span ("누적", "상반기"): "3분기 누적 순이익" is not the quarter's."""
    return tuple(r[1] for r in _rows("compare_periods.tsv") if len(r) >= 2 and r[0] == "span")


_QUARTER_VALUE = re.compile(r"(?:[0-9]{4})?-?-Q[1-4]")


def _title_quarter(
    line: BriefLine, head: _Item, article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> BriefLine:
    """A results headline that says no period ("operating profit rose 14.3% to ₩541.2 billion") takes the quarter
    the title names in the clause of the same figure ("3분기 영업익 5412억"), when the title stands at the head of
    the text (the quarter is then a figure of it): "… in Q3". Else the line as it is."""
    if head.date is not None or head.event is not None or _SAYS_PERIOD.search(line.text):
        return line
    if not head.stmts or any(measure_groups().get(st.fact.measure or "") != _RESULTS for st in head.stmts):
        return line
    text = article.text
    for si in sorted(_title_sentences(article, analysis)):
        sent = analysis.sentences[si]
        in_sentence = [(k, f) for k, f in enumerate(figures) if f.sentence == si]
        for i in line.figures:
            if not 0 <= i < len(figures) or figures[i].kind == "date":
                continue
            numbers = _number_words(figures[i].surface)
            for _k, f in in_sentence:
                if f.kind == "date" or not numbers & _number_words(f.surface):
                    continue
                lo, hi = _clause_span(text, sent.start, sent.end, f.start, f.end)
                if any(w in text[lo:hi] for w in _span_words()):
                    return line
                quarters = [
                    (k, q)
                    for k, q in in_sentence
                    if q.kind == "date" and lo <= q.start and q.end <= hi and _QUARTER_VALUE.fullmatch(str(q.value))
                ]
                if len(quarters) == 1 and quarters[0][1].en and not has_hangul(quarters[0][1].en):
                    k, q = quarters[0]
                    return BriefLine(
                        text=f"{line.text} in {q.en}",
                        sentences=tuple(sorted({*line.sentences, si})),
                        figures=(*line.figures, k),
                    )
    return line


def _lead_s_quarter(
    line: BriefLine, item: _Item, head: _Item, bare: BriefLine, titled: BriefLine, figures: Sequence[Figure]
) -> BriefLine:
    """A results line of the sentence the headline's results stand in, saying no period of its own ("영업이익은 N원으로
    … 늘었고, 순이익은 M원을 기록했다"), is of the quarter the title gave the headline ("… in Q3"): it says it too,
    or "posted net profit of ₩310.5 billion" would stand without its quarter."""
    added = [k for k in titled.figures if k not in bare.figures]
    if len(added) != 1 or titled.text == bare.text or not titled.text.startswith(bare.text):
        return line
    if item.date is not None or item.event is not None or item.past or item.hedged or not item.stmts:
        return line
    if any(measure_groups().get(st.fact.measure or "") != _RESULTS for st in item.stmts):
        return line
    if _SAYS_PERIOD.search(line.text) or not line.text.endswith("."):
        return line
    head_sentences = {st.figure.sentence for st in head.stmts}
    if not {st.figure.sentence for st in item.stmts} <= head_sentences:
        return line
    return BriefLine(
        text=f"{line.text[:-1]}{titled.text[len(bare.text) :]}.",
        sentences=tuple(sorted({*line.sentences, *titled.sentences})),
        figures=(*line.figures, added[0]),
    )


def _line_record(
    line: BriefLine,
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    found: Sequence[_Hit],
) -> BriefLine:
    """A line below the headline with the record its own sentence states of its figure ("… rose above ₩1,480
    for the first time since 16 March 2009."): placed as in a headline, its full stop kept."""
    bare = BriefLine(text=line.text.rstrip("."), sentences=line.sentences, figures=line.figures)
    placed = _record_phrase(bare, article, analysis, figures, found, own_sentence=True)
    if placed is bare:
        return line
    return BriefLine(text=placed.text + ".", sentences=placed.sentences, figures=placed.figures)


_AN_NUMBER = re.compile(r"\b([Aa]) (?=(?:8|1[18](?![0-9])|1[18],[0-9]{3}(?![0-9])|1[18]\.)\S*)")


def _articles(text: str) -> str:
    """ "a 18% stake" -> "an 18% stake": numbers read with a vowel first (8, 11, 18, 80-89, 800-899) take "an"."""
    return _AN_NUMBER.sub(lambda m: m.group(1) + "n ", text)


def _opposes(item: _Item, lead: _Item) -> bool:
    """Whether ``item`` moves the lead's subject and measure (in the same market) in the other direction."""
    markets = {_market_of(s.fact) for s in item.stmts} == {_market_of(s.fact) for s in lead.stmts}
    return bool(
        item.moves
        and lead.moves
        and markets
        and item.moves[0][:2] == lead.moves[0][:2]
        and item.moves[0][2] != lead.moves[0][2]
    )


def _earlier_level(item: _Item, headline: _Item, text: str, analysis: Analysis) -> bool:
    """Whether ``item`` is an undated level of the headline's subject and measure at another value, stated in a
    background sentence ("그는 앞서 '한국에 25% 관세를 적용하고 있다'고 적었다" beside "tariffs were set at
    15%"): the level before the news; said undated beside it, it would contradict the headline."""
    if not item.stmts or any(s.role != "level" or s.fact.date is not None for s in item.stmts):
        return False
    said = {
        (s.fact.subject, s.fact.measure, _market_of(s.fact)): s.figure.value
        for s in headline.stmts
        if s.role == "level"
    }
    if not any(
        (key := (s.fact.subject, s.fact.measure, _market_of(s.fact))) in said and said[key] != s.figure.value
        for s in item.stmts
    ):
        return False
    if not (0 <= item.sentence < len(analysis.sentences)):
        return False
    sentence = analysis.sentences[item.sentence]
    body = text[sentence.start : sentence.end]
    return any(word in body for word in background_words())


def _level_keys(item: _Item) -> set[tuple[object, ...]]:
    """(subject, measure, date, unit) of the dated levels a line states of a measure that is not a day-to-day
    price."""
    return {
        (s.fact.subject, s.fact.measure, s.fact.date, s.figure.unit, _market_of(s.fact))
        for s in item.stmts
        if s.role == "level" and s.fact.date is not None and not _market_move(s.fact.measure) and s.fact.subject
    }


_MARKET_KO = re.compile(r"^(?:대|對)")


def _market_of(fact: Fact) -> str:
    """The market a trade figure is of ("대(對)중국", read by the facts' regional breakdown), else "": exports to
    China are not a part of the total taken for it."""
    ko = fact.subject_ko or ""
    return ko if fact.measure in _TRADE and _MARKET_KO.match(ko) else ""


def _one_level_a_day(rest: list[_Item], headline: _Item) -> list[_Item]:
    """A subject has one level of a measure for a period: a second one ("Hyundai Motor sold 21,396 units in April
    2025" beside "… sold 87,810 units in April 2025") is a part of it the facts took for the whole (green cars,
    a segment, a credit included) and is not said; the headline's, else the first line's, is kept."""
    values: dict[tuple[object, ...], set[tuple[object, ...]]] = {}
    for it in [headline, *rest]:
        for s in it.stmts:
            key = (s.fact.subject, s.fact.measure, s.fact.date, s.figure.unit, _market_of(s.fact))
            if s.role == "level":  # a share count and a percentage of one stake are one fact said two ways
                values.setdefault(key, set()).add((s.figure.value, s.figure.high))
    first: dict[tuple[object, ...], int] = {}
    out: list[_Item] = []
    for k, it in enumerate([headline, *rest]):
        keys = _level_keys(it)
        if k > 0 and any(lk in first and len(values.get(lk, ())) > 1 for lk in keys):
            continue
        for lk in keys:
            first.setdefault(lk, k)
        if k > 0:
            out.append(it)
    return out


def _said_earlier(item: _Item) -> _Item:
    """The line of a level before the news, said as such: "Earlier, tariffs on South Korea were set at 25%."
    The first word keeps its capital when it begins a name ("Earlier, Samsung Electronics' …", "… the KOSPI")."""
    line = item.text
    for subject in item.subjects:
        upper, lower = _name(subject, True), _name(subject, False)
        if subject and line.startswith(upper):
            return replace(item, text="Earlier, " + lower + line[len(upper) :])
    first = re.sub(r"'s?$", "", line.split(" ", 1)[0])
    names = _types_by_name()
    if len(line) > 1 and line[1].islower() and not any(n.split(" ", 1)[0] == first for n in names):
        line = line[0].lower() + line[1:]
    return replace(item, text="Earlier, " + line)


def _without_restated(rest: list[_Item], headline: _Item) -> list[_Item]:
    """Lines whose every amount the headline or another line states add nothing ("MBK Partners' tender offer
    price was ₩830,000" beside "… raised the tender offer price from ₩830,000 to ₩890,000"): the smallest
    (and, of equals, the later) go first, so that of two lines stating the same one is kept."""
    # How many of the lines still kept (and the headline) state each amount as a subject's and as a measure's:
    # a line's amounts are restated when the counts without its own stay above zero.  One pass over the
    # amounts, where comparing every line with all the others took minutes on a flood of figures.
    by_subject: Counter[tuple[object, ...]] = Counter()
    by_measure: Counter[tuple[object, ...]] = Counter()

    def keys(atoms: Iterable[tuple[object, ...]]) -> tuple[Counter[tuple[object, ...]], Counter[tuple[object, ...]]]:
        unique = set(atoms)
        return Counter((a[0], *a[2:]) for a in unique), Counter((a[1], *a[2:]) for a in unique)

    own = [keys(it.atoms) for it in rest]
    for subject_keys, measure_keys in [keys(headline.atoms), *own]:
        by_subject.update(subject_keys)
        by_measure.update(measure_keys)
    kept = set(range(len(rest)))
    for k in sorted(kept, key=lambda k: (len(rest[k].atoms), -k)):
        mine = rest[k].atoms
        if not mine:
            continue  # an event: it states no amount
        subject_keys, measure_keys = own[k]
        if all(_restated_elsewhere(atom, by_subject, by_measure, subject_keys, measure_keys) for atom in mine):
            kept.discard(k)
            by_subject.subtract(subject_keys)
            by_measure.subtract(measure_keys)
    return [rest[k] for k in sorted(kept)]


def _restated_elsewhere(
    atom: tuple[object, ...],
    by_subject: Counter[tuple[object, ...]],
    by_measure: Counter[tuple[object, ...]],
    subject_keys: Counter[tuple[object, ...]],
    measure_keys: Counter[tuple[object, ...]],
) -> bool:
    """Whether an amount (subject, measure, value, high, unit) is stated by a line other than its own (the
    counts less the line's own): as the same subject's, or, for a sum of money or a count written to three
    significant digits or more, as the same measure's (two tender prices of ₩830,000 in one story are one price
    told twice, as "231,000 more employed people" under two names of the employed; two shares' falls of 17% are
    two facts)."""
    subject, measure, *amount = atom
    unit = amount[-1]
    money = isinstance(unit, str) and len(unit) == 3 and unit.isupper()
    key = (subject, *amount)
    if by_subject[key] - subject_keys[key] > 0:
        return True
    key = (measure, *amount)
    return (money or (unit == "count" and _significant_digits(amount[0]) >= _PRECISE_COUNT)) and (
        by_measure[key] - measure_keys[key] > 0
    )


_PRECISE_COUNT = 3  # significant digits from which one count of one measure is one fact, whatever its subject


def _significant_digits(value: object) -> int:
    """How many significant digits a number has (231,000 -> 3, 20,948 -> 5, 2,000 -> 1); 0 for a non-number."""
    if not isinstance(value, float | int) or isinstance(value, bool) or not value:
        return 0
    digits = f"{abs(float(value)):.10g}".replace(".", "").lstrip("0").rstrip("0")
    if "e" in digits:
        return 0
    return len(digits)


def _written_step(figure: Figure) -> float | None:
    """Half the unit of a figure's last written digit, in its value's scale ("4230억 달러" -> 0.5억, "4230억5000만
    달러" -> 0.5만, "1.8%" -> 0.05): how precisely it is written; None when its number cannot be read so."""
    words = _number_words(figure.surface)
    if len(words) != 1:
        return None
    parts = [m for m in _SCALED.finditer(next(iter(words))) if m.group(1)]
    if not parts:
        return None
    number, scale = parts[-1].group(1), parts[-1].group(2)
    return 0.5 * 10.0 ** -(_decimals(number) or 0) * _SCALES.get(scale, 1.0)


def _same_thing(a: Fact, b: Fact) -> bool:
    """Whether two facts are of one thing: the same subject and measure, or a listed noun's measure ("noun:the
    foreign-exchange reserves", an unnamed owner) and the gazetteer's name of that quantity as the other's subject."""
    if (a.subject, a.measure) == (b.subject, b.measure):
        return True

    def noun(f: Fact) -> str | None:
        m = f.measure or ""
        return m[len("noun:") :].removeprefix("the ").lower() if m.startswith("noun:") and f.subject is None else None

    return any(
        n is not None and o.subject is not None and n == o.subject.removeprefix("the ").lower()
        for n, o in ((noun(a), b), (noun(b), a))
    )


def _coarser_restatements(rest: list[_Item], headline: _Item) -> list[_Item]:
    """A line whose every figure is a figure of the headline written less precisely (the title's "4230억 달러"
    beside the body's "4230억5000만 달러", "1.8%" beside "1.83%"), of the same subject, measure, role, direction
    and period, says the headline again at another precision: it is not said."""
    said = [s for s in headline.stmts if isinstance(s.figure.value, float | int) and s.figure.high is None]

    def restated(s: _Stmt) -> bool:
        mine, step = s.figure.value, _written_step(s.figure)
        if not isinstance(mine, float | int) or s.figure.high is not None or step is None:
            return False
        if s.figure.qualifier not in (None, "approx"):
            return False
        for h in said:
            theirs, their_step = h.figure.value, _written_step(h.figure)
            if (s.role, s.figure.unit) != (h.role, h.figure.unit) or not _same_thing(s.fact, h.fact):
                continue
            if not _same_or_unknown(s.direction, h.direction) or not _same_or_unknown(s.fact.date, h.fact.date):
                continue
            assert isinstance(theirs, float | int)
            if their_step is not None and their_step < step and abs(abs(theirs) - abs(mine)) <= step * (1 + 1e-9):
                return True
        return False

    return [it for it in rest if it.event is not None or not it.stmts or not all(restated(s) for s in it.stmts)]


def _restating_headline(rest: list[_Item], headline: _Item) -> list[_Item]:
    """A line whose every fact is a move the headline states of the same thing under a longer or shorter Korean
    name (the title's "소비자물가 2.4%↑" and the body's "소비자물가지수는 … 2.4% 상승"): the same value, unit,
    direction and date, one Korean name beginning the other; it says the headline again and is not said."""
    said = [
        (s.figure.value, s.figure.high, s.figure.unit, s.direction, s.fact.date, s.fact.subject_ko)
        for s in headline.stmts
        if s.role == "change" and s.direction is not None
    ]

    def restated(s: _Stmt) -> bool:
        mine = (s.figure.value, s.figure.high, s.figure.unit, s.direction, s.fact.date)
        return s.role == "change" and any(h[:5] == mine and same_stem(h[5], s.fact.subject_ko) for h in said)

    return [it for it in rest if it.event is not None or not it.stmts or not all(restated(s) for s in it.stmts)]


def _amount(st: _Stmt) -> float | None:
    value = st.figure.value
    return float(value) if isinstance(value, float | int) and st.figure.high is None else None


def _implied_by(it: _Item, other: _Item) -> bool:
    """Whether every fact of ``it`` follows from ``other``, of the same subject, measure and day:
    - a crossing is implied by a crossing, or a high or low of the session, beyond it the same way ("rose above
      ₩1,470" by "rose above ₩1,480" or "rose as high as ₩1,486.7 during the session");
    - a move in money or points by a from/to whose gap it is ("rose ₩60,000" by "from ₩830,000 to ₩890,000")."""
    for st in it.stmts:
        same = [
            o
            for o in other.stmts
            if o.fact.subject == st.fact.subject
            and o.fact.measure == st.fact.measure
            and o.figure.unit == st.figure.unit
            and (st.fact.date is None or o.fact.date in (None, st.fact.date))
        ]
        mine = _amount(st)
        if mine is None or st.figure.qualifier is not None:
            return False
        if st.role == "threshold" and st.direction in ("up", "down"):
            beyond = [
                a
                for o in same
                if (o.role == "threshold" or (o.role == "level" and o.fact.time_of_day == "intraday"))
                and o.direction == st.direction
                and (a := _amount(o)) is not None
            ]
            if not any((a > mine) if st.direction == "up" else (a < mine) for a in beyond):
                return False
        elif st.role == "change" and st.figure.unit != "%" and st.direction in ("up", "down"):
            levels = [a for o in same if o.role == "level" and (a := _amount(o)) is not None]
            if len(levels) != 2 or abs(abs(levels[1] - levels[0]) - mine) > 1e-9 * max(1.0, mine):
                return False
        else:
            return False
    return bool(it.stmts)


def _without_implied(rest: list[_Item], headline: _Item, news: Callable[[_Item], bool]) -> list[_Item]:
    """Lines the headline or another line already implies add nothing (the weaker crossing of two, the gap of
    a from/to said again as a move): they are not said, unless ``news`` says the line carries more than its
    figure (a crossing "for the first time since 2009")."""
    by_key: dict[tuple[str | None, str | None], list[_Item]] = {}
    for it in [headline, *rest]:
        for key in dict.fromkeys((st.fact.subject, st.fact.measure) for st in it.stmts):
            if len(by_key.setdefault(key, [])) < _MAX_NEAR:  # a flood of one measure is not searched through
                by_key[key].append(it)
    dropped: set[int] = set()
    for it in rest:
        if it.event is not None or not it.stmts:
            continue
        near = {id(o): o for st in it.stmts for o in by_key.get((st.fact.subject, st.fact.measure), ())}
        others = [o for o in near.values() if o is not it and id(o) not in dropped]
        if any(_implied_by(it, o) for o in others) and not news(it):
            dropped.add(id(it))
    return [it for it in rest if id(it) not in dropped]


def _said_period(s: _Stmt, dates: _Dates, text: str, analysis: Analysis) -> str | None:
    """The period a statement's line would say (a date figure, a past time, a span or horizon, the quarter in
    force, a guidance's period), or None when it would say none."""
    i = dates.find(s.fact.date, s.figure)
    if i is not None:
        return str(dates.figures[i].value)
    if s.when or s.period:
        return s.when or s.period
    i = _quarter_in_force(s, dates)
    if i is not None:
        return str(dates.figures[i].value)
    if s.role == "guidance" and 0 <= s.fact.sentence < len(analysis.sentences):
        _, at = _period(text, s, dates, analysis.sentences[s.fact.sentence].start)
        if at is not None:
            return str(dates.figures[at].value)
    return None


@cache
def _period_measures() -> frozenset[str]:
    """Measures whose figures are of a period (data/english_periods.tsv kind "measure", and the results)."""
    listed = {r[1] for r in _rows("english_periods.tsv") if len(r) >= 2 and r[0] == "measure"}
    return frozenset(listed | {m for m, g in measure_groups().items() if g == _RESULTS})


_SAME_BEFORE = re.compile(r"(?:전년|전년도|지난해|작년|전\s*분기|직전\s*분기)\s*$")  # "전년 같은 기간": a base


@cache
def _same_period_cues() -> tuple[str, ...]:
    """The "same period" cues of data/english_periods.tsv (kind "same": "같은 기간"), read once, not per article."""
    return tuple(r[1] for r in _rows("english_periods.tsv") if len(r) >= 2 and r[0] == "same" and r[1])


def _same_period(stmts: Sequence[_Stmt], dates: _Dates, text: str, analysis: Analysis) -> None:
    """A figure of "the same period" ("LG전자는 같은 기간 매출 …", data/english_periods.tsv kind "same") takes
    the period of the last figure before it whose period is read, when its own is not ("전년 같은 기간" is a
    base, not this)."""
    cues = _same_period_cues()
    last: tuple[str, list[int]] | None = None
    for s in sorted(stmts, key=lambda x: x.figure.start):
        if not _periodic(s) or not 0 <= s.fact.sentence < len(analysis.sentences):
            continue
        read = _said_period(s, dates, text, analysis)
        if read is not None:
            phrase, cited = _date_of([s], dates)
            last = (phrase, cited) if phrase else last
            continue
        head = _clause_head(text[analysis.sentences[s.fact.sentence].start : s.figure.start])
        hits = [k for cue in cues for k in _found_at(cue, head)]
        if last is None or not hits or any(_SAME_BEFORE.search(head[:k]) for k in hits):
            continue
        s.period = last[0]
        s.cited.extend(i for i in last[1] if i not in s.cited)


def _periodic(s: _Stmt) -> bool:
    """A statement whose period matters and is not a trading day's: results, sales, trade, forecasts."""
    if s.role not in {"level", "change", "estimate", "guidance"}:
        return False
    return (s.fact.measure or "") in _period_measures()


def _period_of_its_level(
    change: _Stmt, stmts: Sequence[_Stmt], periods: dict[int, str | None], text: str
) -> str | None:
    """The period of the level a change of one sentence ended at ("8만대를 판매해 전년 동월 대비 19% 증가"): the
    two are said in one line, with the level's period, so the change's period is read too."""
    if change.role != "change" or change.fact.subject is None:
        return None
    for level in stmts:
        if (
            level.role == "level"
            and level.fact.sentence == change.fact.sentence
            and level.fact.subject == change.fact.subject
            and level.fact.measure == change.fact.measure
            and _same_or_unknown(level.fact.date, change.fact.date)
            and periods.get(id(level))
            and _ends_at(level, change, text)
        ):
            return periods[id(level)]
    return None


def _without_unread_periods(stmts: list[_Stmt], dates: _Dates, text: str, analysis: Analysis) -> list[_Stmt]:
    """Leave out a figure whose period cannot be read when the article gives the same subject and measure a
    figure of a period it names ("연간 매출 87조원" and, undated, "매출 22조원"): said bare, it would read as
    of that period or clash with it. A change measured against a named quarter ("2023년 4분기와 비교하면")
    is said as of the quarter a year later the article names (``_year_later``)."""
    groups: dict[tuple[object, ...], list[tuple[_Stmt, str | None]]] = {}
    periods = {id(s): _said_period(s, dates, text, analysis) for s in stmts if _periodic(s)}
    for s in stmts:
        if not _periodic(s):
            continue
        kind = "level" if s.role == "level" else s.role  # an estimate beside the result is of its own group
        key = (s.fact.subject, s.fact.measure, kind, s.figure.unit)
        groups.setdefault(key, []).append((s, periods[id(s)] or _period_of_its_level(s, stmts, periods, text)))
    named = {p for members in groups.values() for _, p in members if p is not None}
    if len(named) < 2 and not any(s.unread for members in groups.values() for s, _ in members):
        return stmts  # the article's figures are of one period it names: an unread one is of it too
    drop: set[int] = set()
    for members in groups.values():
        read = {(s.figure.value, s.figure.high) for s, p in members if p is not None}
        if not read:
            continue
        for s, p in members:
            if p is None and ((s.figure.value, s.figure.high) not in read or s.unread):
                drop.add(id(s))
    return [s for s in stmts if id(s) not in drop]


def _without_unread_bases(stmts: list[_Stmt], text: str, analysis: Analysis) -> list[_Stmt]:
    """Leave out a change of a subject's measure whose base cannot be read when another change of it names
    one ("전 분기 대비 29% 감소" and, baseless, "130% 증가"): said bare, the two would read as of one base."""
    groups: dict[tuple[str | None, str | None], list[tuple[_Stmt, str | None]]] = {}
    for s in stmts:
        if s.role != "change" or not _periodic(s) or not 0 <= s.fact.sentence < len(analysis.sentences):
            continue
        base = s.base if s.base is not None else _base(text, s.figure, analysis.sentences[s.fact.sentence].start)
        groups.setdefault((s.fact.subject, s.fact.measure), []).append((s, base))
    drop: set[int] = set()
    for members in groups.values():
        read = {(s.figure.value, s.figure.high) for s, b in members if b is not None and b != _NOT_A_MOVE}
        if read:
            drop |= {id(s) for s, b in members if b is None and (s.figure.value, s.figure.high) not in read}
    return [s for s in stmts if id(s) not in drop]


@cache
def _narrowers() -> tuple[tuple[str, str, str], ...]:
    return tuple((r[0], r[1], r[2]) for r in _rows("measure_narrowers.tsv") if len(r) >= 3 and r[0] and r[1])


@cache
def _narrowed_nouns() -> tuple[tuple[str, str, str], ...]:
    """(Korean word, measure, English noun) of the narrowers said as the measure's noun ("총매출액": gross sales)."""
    rows = _rows("measure_narrowers.tsv")
    return tuple((r[0], r[1], r[2]) for r in rows if len(r) >= 4 and r[0] and r[1] and r[3].strip() == "noun")


_NARROWER_FOLLOW = re.compile(r"(?:[^가-힣]|이|가|을|를|은|는|의|도|로|으로|에|$)")


def _narrower_at(head: str, word: str, lo: int) -> bool:
    """``word`` stands in head[lo:] as a word of its own, a subject or object particle allowed after it
    ("총매출액이", "순매출액은", "자기자본이익률(ROE)을")."""
    k = head.find(word, lo)
    while k >= 0:
        before = head[k - 1 : k] if k > lo else ""
        if not ("가" <= before <= "힣" or before.isascii() and before.isalpha()) and _NARROWER_FOLLOW.match(
            head, k + len(word)
        ):
            return True
        k = head.find(word, k + 1)
    return False


def _narrowed_noun(measure: str | None, text: str, figure: Figure, sentence_start: int) -> str | None:
    """The measure's noun a word before the figure in its clause narrows it to ("총매출액이 7240억원": gross sales,
    "순매출액은 …": net sales), else None (measure_narrowers.tsv rows marked "noun")."""
    head = text[sentence_start : figure.start]
    cut = max([head.rfind(c) + 1 for c in _CLAUSE_MARKS if c in head] or [0])
    found = [(head.rfind(ko), en) for ko, m, en in _narrowed_nouns() if m == measure and _narrower_at(head, ko, cut)]
    return max(found)[1] if found else None


@cache
def _offering_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(debt words, listing words) of ipo_bands.tsv: what makes a book-building a bond offering, not an IPO."""
    rows = _rows("ipo_bands.tsv")
    return (
        tuple(r[1] for r in rows if r[0] == "debt" and len(r) >= 2),
        tuple(r[1] for r in rows if r[0] == "listing" and len(r) >= 2),
    )


def _without_bond_ipos(items: list[_Item], text: str, analysis: Analysis) -> list[_Item]:
    """An IPO line (a subscription ratio, a price) whose figure's sentence or the one before it tells of a bond
    offering ("회사채 … 수요예측 … 경쟁률은 6.2배") and of no listing is not said: the book-building was for debt."""
    debt, listing = _offering_words()
    out = []
    for it in items:
        bond = False
        for st in it.stmts:
            k = st.figure.sentence
            if st.fact.measure not in _IPO_MEASURES or not 0 <= k < len(analysis.sentences):
                continue
            lo = analysis.sentences[max(0, k - 1)].start
            told = text[lo : analysis.sentences[k].end]
            if any(w in told for w in debt) and not any(w in told for w in listing):
                bond = True
                break
        if not bond:
            out.append(it)
    return out


def _narrowed_said(items: list[_Item], text: str, analysis: Analysis) -> list[_Item]:
    """A line whose measure a word before its noun narrows to another measure ("근원 소비자물가 상승률 전망치를
    2.4%로": core inflation) is said only when its English says that word ("core"): "forecasts inflation of
    2.4%" would give the figure of another statistic (measure_narrowers.tsv)."""
    rows = _narrowers()
    out = []
    for it in items:
        lost = False
        for st in it.stmts:
            k = st.figure.sentence
            if not 0 <= k < len(analysis.sentences):
                continue
            head = text[analysis.sentences[k].start : st.figure.start]
            cut = max([head.rfind(c) + 1 for c in _CLAUSE_MARKS if c in head] or [0])
            if any(
                measure == st.fact.measure
                and (_word_at(head, ko, cut, len(head)) or _narrower_at(head, ko, cut))
                and not re.search(rf"\b{re.escape(en)}\b", it.text, re.IGNORECASE)
                for ko, measure, en in rows
            ):
                lost = True
                break
        if not lost:
            out.append(it)
    return out


@cache
def _whole_scopes() -> tuple[str, ...]:
    """Words that widen a figure to the whole market ("글로벌 판매", "전 세계 판매"): lead_parts.tsv, kind world."""
    return tuple(r[0] for r in _rows("lead_parts.tsv") if len(r) >= 2 and r[0] and r[1] == "world")


def _in_the_lead_s_scope(rest: list[_Item], headline: _Item, text: str, analysis: Analysis) -> list[_Item]:
    """A line of the headline's subject and measure without the place the headline narrows it to ("Hyundai
    Motor's sales in the US rose …" and then "Hyundai Motor's sales rose 10.1% … in January-April"): the article
    set the market once and the line, said bare, would read as another (the company's sales worldwide). The line
    is not said, unless its own sentence widens it to the whole market ("글로벌 판매")."""
    places = {f" in {en}" for _ko, en in _places()}
    scoped = {pair for pair in _pairs(headline) if pair[1] in _SALES and any(p in headline.text for p in places)}
    if not scoped:
        return rest
    out = []
    for it in rest:
        if _pairs(it) & scoped and not any(p in it.text for p in places):
            own = {st.figure.sentence for st in it.stmts if 0 <= st.figure.sentence < len(analysis.sentences)}
            if not any(
                w in text[analysis.sentences[k].start : analysis.sentences[k].end] for k in own for w in _whole_scopes()
            ):
                continue
        out.append(it)
    return out


def _line(item: _Item, figures: Sequence[Figure]) -> BriefLine:
    sentences = {item.sentence} | {figures[i].sentence for i in item.figures}
    return BriefLine(text=_articles(item.text), sentences=tuple(sorted(sentences)), figures=item.figures)


def _carried_noun(stmt: _Stmt, text: str, analysis: Analysis) -> bool:
    """A product or commodity subject ("반도체 수출") that the fact's own sentence does not name: carried over
    from the sentence before, where a new topic ("전체 수출은") may stand unnamed; not said."""
    fact = stmt.fact
    kinds = _types_by_name().get(fact.subject or "", frozenset())
    if not kinds or not kinds <= _NOUN_TYPES or not fact.subject_ko:
        return False
    k = stmt.figure.sentence
    if not 0 <= k < len(analysis.sentences):
        return False
    sentence = analysis.sentences[k]
    return fact.subject_ko not in text[sentence.start : sentence.end]


# --------------------------------------------------------------------------- one wire item (round 9)

_SIDE_AFTER = 3  # body sentences past the first from where a figureless share move is a closing remark
_SIDE_WINDOW = 16  # characters before a figureless move's trigger where the word timing it stands ("장중 약세")
_SAID_TIME = re.compile(r"\b(?:during the session|in (?:early|late|morning|afternoon|after-hours) trading)\b")
_DATED_END = re.compile(r"(?P<date> on \d{1,2} [A-Z][a-z]+ \d{4})?\.$")


@cache
def _side_rows() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(title words that state a share move, (Korean time word, English) pairs) of data/headline_side.tsv, the
    title words with the market-move triggers of events.tsv."""
    title = [r[1] for r in _rows("headline_side.tsv") if r[0] == "title" and len(r) >= 2]
    title += [w for r in _rows("events.tsv") if r[0] == "market_move" and len(r) >= 3 for w in r[2].split("|") if w]
    times = tuple((r[1], r[2]) for r in _rows("headline_side.tsv") if r[0] == "time" and len(r) >= 3)
    return tuple(title), tuple(sorted(times, key=lambda t: -len(t[0])))


def _figureless_move(it: _Item, figures: Sequence[Figure]) -> bool:
    """A market move the English states without a figure of its size (a date may date it)."""
    return (
        it.event is not None
        and it.event.kind == "market_move"
        and all(0 <= i < len(figures) and figures[i].kind == "date" for i in it.figures)
    )


def _timed_moves(items: list[_Item], text: str, figures: Sequence[Figure]) -> list[_Item]:
    """A figureless move the words right before its trigger time within the session ("장중 한때 약세로 밀렸다") says
    that time ("X shares weakened during the session"): said bare it would read as the day's close
    (headline_side.tsv)."""
    out = []
    _, times = _side_rows()
    for it in items:
        ev = it.event
        if ev is not None and _figureless_move(it, figures) and not _SAID_TIME.search(it.text):
            window = text[max(0, ev.start - _SIDE_WINDOW) : ev.start]
            window = re.split(r"[.!?\n]", window)[-1]
            en = next((e for ko, e in times if ko in window), None)
            m = _DATED_END.search(it.text)
            if en is not None and m is not None:
                it = replace(it, text=f"{it.text[: m.start()]} {en}{m.group('date') or ''}.")
        out.append(it)
    return out


def _side_moves(items: Sequence[_Item], article: Article, analysis: Analysis, figures: Sequence[Figure]) -> set[int]:
    """The figureless share moves written past the first body sentences ("… 제재 소식에 주가도 약세였다")
    when the title states no move: the market's reaction to the story, never its headline (headline_side.tsv)."""
    title = article.title
    words, _ = _side_rows()
    if any(w in title for w in (*words, *_background_openers("move"))):
        return set()  # the title states a move ("신고가", "상승 마감"): the close may lead
    in_title = _title_sentences(article, analysis)
    first_body = min((i for i in range(len(analysis.sentences)) if i not in in_title), default=0)
    # a share move with its figures is the reaction only where the title announces an event of another kind
    # ("…가스전 지분 25% 인수", "…국내 출시"; events_lead.tsv) and states neither the move nor its figures
    announced = any(
        w in title for kind, ws in _event_lead_words().items() if kind != "share_title" for w in ws
    ) and not (_title_measures(title) & {"share_price"})
    amounts = _title_amounts(title)
    return {
        k
        for k, it in enumerate(items)
        if (
            _figureless_move(it, figures)
            or (announced and _share_move(it) and not _states_title_figure(it, figures, amounts))
        )
        and it.sentence not in in_title
        and it.sentence >= first_body + _SIDE_AFTER
    }


def _market_move_only(it: _Item) -> bool:
    """A line of share prices, or of a move of market value ("lost ₩846 trillion in market value"), only: a
    company's market reaction. A market value that is no move (a valuation: "기업가치 10조원") is not."""
    return (
        it.event is None
        and bool(it.stmts)
        and all(
            st.fact.measure == "share_price" or (st.fact.measure == "market_value" and st.role == "change")
            for st in it.stmts
        )
    )


def _share_move(it: _Item) -> bool:
    """A line of share prices only (a stock's move or close): a story's market reaction when written late."""
    return it.event is None and bool(it.stmts) and all(st.fact.measure == "share_price" for st in it.stmts)


@cache
def _background_openers(kind: str = "background") -> tuple[str, ...]:
    """Korean words opening a sentence of background ("이 회사는 …", "한편", "앞서"), or with ``kind`` "move" the
    further title words of a market move (headline_side.tsv)."""
    return tuple(r[1] for r in _rows("headline_side.tsv") if r[0] == kind and len(r) >= 2 and r[1])


def _title_side(items: Sequence[_Item], article: Article, analysis: Analysis, figures: Sequence[Figure]) -> set[int]:
    """Items that never lead the headline, besides ``_side_moves``: a share move with its figures of a company the
    title names when the title states no market move (the market's reaction to its news); a figure of a background
    sentence ("이 회사는 지난해 …", "한편 …", "앞서 …") past the first body sentence; a result of a year before the
    article's written past the first body sentences; and, once one of these is side, a claim ("The article says …").
    An item in the title, stating the title's figure or of a measure the title names is never side
    (headline_side.tsv)."""
    title = article.title
    words, _ = _side_rows()
    moved = any(w in title for w in (*words, *_background_openers("move")))
    in_title = _title_sentences(article, analysis)
    first_body = min((i for i in range(len(analysis.sentences)) if i not in in_title), default=0)
    amounts = _title_amounts(title)
    openers = _background_openers()
    year = (article.date or "")[:4]
    named = _title_measures(title)
    by_ko = entity_by_ko()
    named_in_title = {  # the title's company: its own share move is the reaction to its news
        e.owner if e.type == "product" and e.owner else e.en
        for m in entity_pattern().finditer(title)
        if (e := by_ko.get(m.group())) is not None
    }
    out = set()
    for k, it in enumerate(items):
        if it.sentence in in_title or _states_title_figure(it, figures, amounts) or not it.stmts:
            continue
        if it.event is not None or _of_the_titles_measure(it, title, named):
            continue  # the title's own measure ("3분기 실적" for the quarter's profit) is the news wherever written
        if _market_move_only(it) and not moved and set(it.subjects) & named_in_title:
            out.add(k)
            continue
        if it.sentence <= first_body or not 0 <= it.sentence < len(analysis.sentences):
            continue
        sent = analysis.sentences[it.sentence]
        head = article.text[sent.start : sent.end].lstrip(" \"'“‘·-")
        if any(head.startswith(w) and not head[len(w) : len(w) + 1].strip(" ,") for w in openers):
            out.add(k)
        elif (
            it.sentence >= first_body + _SIDE_AFTER
            and year.isdigit()
            and it.date is not None
            and len(it.date) == 4
            and it.date.isdigit()
            and it.date < year
        ):
            out.add(k)  # last year's result written late: background
    if out:  # "The article says …" is a line, not a headline: it takes no reaction's or background's place
        out |= {k for k, it in enumerate(items) if it.key[:1] == ("claim",) and it.sentence not in in_title}
    return out


@cache
def _title_not_events() -> tuple[str, ...]:
    """Title words holding an event kind's word that announce no event ("설문조사", "지분율"; title_not_events.tsv)."""
    return tuple(sorted((r[0] for r in _rows("title_not_events.tsv") if r and r[0].strip()), key=len, reverse=True))


def _off_the_titles_point(
    items: Sequence[_Item], article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> set[int]:
    """Items that never lead when the title announces an event by its kind ("…신약 기술수출…", "…인적분할 결의",
    "…쟁의행위 가결"; events_lead.tsv): a figure written past the lead sentences (a broker's forecast, a market
    value, a stake held, an earlier year's result) that states no number of the title, no measure the title names
    (nor a share move the title states besides) and no event is a side figure of the story, never its headline.
    The event of the title's kind leads when it is stated; when it cannot be, the briefing has no headline rather
    than a side figure in its place."""
    title = article.title
    plain = title
    for word in _title_not_events():
        plain = plain.replace(word, " ")
    kinds = {kind for kind, ws in _event_lead_words().items() if kind != "share_title" and any(w in plain for w in ws)}
    if not kinds:
        return set()
    in_title = _title_sentences(article, analysis)
    first_body = min((i for i in range(len(analysis.sentences)) if i not in in_title), default=0)
    amounts = _title_amounts(title)
    numbers = _number_words(_TITLE_DATES.sub(" ", title))
    named = _title_measures(title)
    words, _ = _side_rows()
    moved = any(w in title for w in (*words, *_background_openers("move"), *_event_lead_words().get("share_title", ())))
    return {
        k
        for k, it in enumerate(items)
        if it.event is None
        and it.stmts
        and not (moved and _market_move_only(it))  # "…주가 강세…수주": the title states the share move too
        and it.sentence not in in_title
        and it.sentence >= first_body + _EVENT_LEAD_SENTENCES
        and not _states_title_figure(it, figures, amounts)
        and not any(surface and _number_words(surface) & numbers for surface in it.surfaces)
        and not _of_the_titles_measure(it, title, named)
    }


def _side_estimates(
    items: Sequence[_Item], article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> set[int]:
    """A third party's estimate written past the lead sentences ("증권가는 … 추정치를 내놨다. 하나증권은 … 2030년
    미국 매출을 7억 달러로 추정했다"): a broker's or an institute's view of what may come is the story's comment, not
    its news, so it never leads unless it states a number of the title or the measure the title names as its news
    (a title "…올해 영업이익 10조 전망" makes the forecast the story). Stated by its subject (a company's own
    guidance) it is not a third party's."""
    title = article.title
    in_title = _title_sentences(article, analysis)
    first_body = min((i for i in range(len(analysis.sentences)) if i not in in_title), default=0)
    named = _title_measures(title) | _point_measures(title)
    return {
        k
        for k, it in enumerate(items)
        if it.event is None
        and it.stmts
        and all(st.role == "estimate" and st.fact.source and st.fact.source not in it.subjects for st in it.stmts)
        and it.sentence not in in_title
        and it.sentence >= first_body + _SIDE_AFTER
        and not _states_a_title_number(it, figures, title)
        and not _of_the_titles_measure(it, title, named)
    }


def _title_entities(title: str) -> set[str]:
    """The gazetteer's entities a title names (a product by its owner): the companies and bodies it is about."""
    by_ko = entity_by_ko()
    return {
        e.owner if e.type == "product" and e.owner else e.en
        for m in entity_pattern().finditer(title)
        if (e := by_ko.get(m.group())) is not None
    }


def _states_a_title_number(item: _Item, figures: Sequence[Figure], title: str) -> bool:
    """Whether an item states a number of the title, however the title rounds it ("72만대" for 724,816 units, "8%"
    for 8.2%) or the threshold it says was crossed ("300조 돌파" for 301조4200억원); dates and periods are not
    numbers."""
    numbers = _number_words(_TITLE_DATES.sub(" ", title))
    shared = {w for s in item.surfaces if s for w in _number_words(s) & numbers if len(w.replace(".", "")) >= 2}
    amounts = _title_amounts(title) + _title_crossings(title)  # "300조 돌파" is stated by 301조4200억원
    return bool(shared) or _states_title_figure(item, figures, amounts) or (
        _states_title_percent(item, figures, title)
    )


def _names_title_subject(item: _Item, title: str, entities: set[str]) -> bool:
    """Whether the title names what an item is about: one of its subjects (by the gazetteer, or the Korean name its
    facts were read from, as a word of the title)."""
    if set(item.subjects) & entities:
        return True
    return any(
        st.fact.subject_ko and len(st.fact.subject_ko) >= _NAMED_LEN and _names_in(st.fact.subject_ko, title)
        for st in item.stmts
    )


@cache
def _noun_words() -> dict[str, tuple[re.Pattern[str], ...]]:
    """Patterns of the Korean words of each noun key of data/english_nouns.tsv, as a word of a title: not inside
    another word ("값" in "쌀값"), its spaces written or not, a particle after it."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for n in noun_rows():
        ko = re.sub(r"\s+", "", n.ko)
        if len(ko) < _NAMED_LEN:
            continue
        body = r"\s*".join(re.escape(c) for c in ko)
        out.setdefault(n.key, []).append(re.compile(r"(?<![가-힣])" + body + r"(?=" + _NAME_END.pattern + ")"))
    return {k: tuple(v) for k, v in out.items()}


_PER_QUANTITY = re.compile(r"([0-9]+(?:[.,][0-9]+)?)\s*(㎏|kg|t|톤|ℓ|L|㎖|ml|g|평|㎡)(?![A-Za-z]|[가-힣](?<!당))")


def _noun_per_another_quantity(item: _Item, title: str, text: str, analysis: Analysis) -> bool:
    """Whether an item with no owner is said by a noun the title names as a word of its own, and gives its price per
    another quantity than the title's ("산지 쌀값 80㎏ 26만원…" beside "산지 쌀값은 20㎏당 6만5120원"): the title's
    figure is the body's converted, so the item is of the title's subject although it states no number of the title.
    A body figure per the title's own quantity, or a title with none, is compared by its number as any other."""
    said = {m.group(1, 2) for m in _PER_QUANTITY.finditer(title)}
    if not said or not (0 <= item.sentence < len(analysis.sentences)):
        return False
    if not any(_title_names_noun(st.fact.measure, title) for st in item.stmts if st.fact.subject_ko is None):
        return False
    span = analysis.sentences[item.sentence]
    own = {m.group(1, 2) for m in _PER_QUANTITY.finditer(text[span.start : span.end])}
    return bool(own) and not own & said


def _title_names_noun(measure: str | None, title: str) -> bool:
    """Whether a title names, as a word of its own, the noun a fact with no owner was said by ("쌀값" in "산지 쌀값
    80㎏ 26만원 첫 돌파")."""
    if not measure or not is_noun(measure):
        return False
    return any(p.search(title) for p in _noun_words().get(measure, ()))


def _off_the_titles_lead(
    items: Sequence[_Item], article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> set[int]:
    """Items that never lead when the title gives its lead a figure that no item states ("4인 가족 김장비용 32만원…",
    "신세계 11월 매출 7.2%↑", "D램 고정가 …DDR5 8% 올라"): a figure of another subject than the title's (a peer
    company, another maker, a government budget, a chipmaker's close) that no measure of the title names is a side
    fact of the story, and the briefing has no headline rather than it in the lead's place. A figure of the title's
    subject, of a measure the title names, an event, or the title repeated in the text keeps its place."""
    title = article.title
    if not title or not (_title_amounts(title) or _LONE_PERCENT.search(_TITLE_DATES.sub(" ", title))):
        return set()
    if any(it.event is None and _states_a_title_number(it, figures, title) for it in items):
        return set()  # the title's figure is stated: it leads by its own score
    in_title = _title_sentences(article, analysis)
    entities = _title_entities(title)
    named = _title_measures(title) | _point_measures(title)

    def of_the_titles_measure(it: _Item) -> bool:  # a peer's figure of the measure is still a peer's
        peer = bool(entities) and bool(set(it.subjects) - {None, ""})
        return _of_the_titles_measure(it, title, named) and not peer

    return {
        k
        for k, it in enumerate(items)
        if it.event is None
        and it.stmts
        and it.sentence not in in_title
        and not _names_title_subject(it, title, entities)
        and not _noun_per_another_quantity(it, title, article.text, analysis)
        and not of_the_titles_measure(it)
    }


_FIGURES_COMMA = re.compile(r"(?<=[0-9%원러수p])(?P<rest>[^0-9,]*?),\s+(?=[^,]*[0-9])")  # "A 3.1%, B 1290원 마감"


def _title_clauses(title: str) -> list[str]:
    """A title's points: its clauses between ellipses and lines, and a comma that parts two clauses with a figure
    each ("5년물 3.1%, 원·엔 905.2원 마감"); a comma after the title's first word names its topic ("LS전선, …")."""
    out: list[str] = []
    for part in _TITLE_CLAUSES.split(title):
        if "://" in part:
            continue  # a link or an image in the title's place states no point
        cut = 0
        for m in _FIGURES_COMMA.finditer(part):
            out.append(part[cut : m.end("rest")])
            cut = m.end()
        out.append(part[cut:])
    return [c for c in out if c.strip()]


_NAME_END = re.compile(r"(?:[^가-힣]|$|(?:에서|에게|까지|보다|이|가|은|는|의|도|에|와|과|을|를|만)(?:[^가-힣]|$))")


def _names_in(name: str, clause: str) -> bool:
    """Whether a clause names ``name`` as a word: not inside another ("한국" in "한국은행이"), a particle may follow."""
    at = clause.find(name)
    while at >= 0:
        if (at == 0 or not "가" <= clause[at - 1] <= "힣") and _NAME_END.match(clause, at + len(name)):
            return True
        at = clause.find(name, at + 1)
    return False


def _clauses_stated(
    item: _Item, clauses: Sequence[str], figures: Sequence[Figure], text: str
) -> tuple[set[int], set[int]]:
    """(the title's clauses whose figure, however rounded, the item states; those that name its subject in Korean or
    its event's trigger)."""
    by_figure, by_name = set(), set()
    names = {st.fact.subject_ko for st in item.stmts if st.fact.subject_ko and len(st.fact.subject_ko) >= _NAMED_LEN}
    ev = item.event
    trigger = text[ev.start : ev.end] if ev is not None and ev.end > ev.start else ""
    for c, clause in enumerate(clauses):
        amounts = _title_amounts(clause)
        if amounts and _states_title_figure(item, figures, amounts):
            by_figure.add(c)
        elif _states_title_percent(item, figures, clause):
            by_figure.add(c)
        if any(_names_in(n, clause) for n in names) or (trigger and trigger in clause):
            by_name.add(c)
    return by_figure, by_name


_LONE_PERCENT = re.compile(r"(?<![0-9.,])([1-9])\s*%")  # "주가 5% 가까이 상승", "3%대 급등": one digit, a per cent


def _states_title_percent(item: _Item, figures: Sequence[Figure], clause: str) -> bool:
    """Whether an item states, as a per cent, a one-digit per cent a title's clause gives ("5% 가까이" for "nearly
    5%", "3%대" for 3.15%): a lone digit is too common a number to find a figure by, but not with its per cent sign."""
    wanted = [int(m.group(1)) for m in _LONE_PERCENT.finditer(clause)]
    return any(
        0 <= i < len(figures)
        and figures[i].unit == "%"
        and figures[i].surface in item.surfaces
        and isinstance(figures[i].value, float | int)
        and any(abs(abs(float(figures[i].value)) - w) < 1.0 for w in wanted)
        for i in item.figures
    )


def _title_second_first(
    order: list[int], rest: Sequence[_Item], headline: _Item, title: str, figures: Sequence[Figure], text: str
) -> list[int]:
    """The lines in text order, but the title's next point first ("X 4.8%↑…Y 3.8%↑", "…SK하이닉스 동반 강세",
    "기관 8천억 매도에 …"): the line that states a figure of the title the headline does not, else the line on
    another subject than the headline's that a clause of the title the headline does not state names, comes
    straight after the headline, as a wire's second paragraph does (of several, the earliest clause's, then the
    earliest line)."""
    clauses = _title_clauses(title)
    if not clauses:
        return order
    head_figure, head_name = _clauses_stated(headline, clauses, figures, text)
    head = head_figure | head_name
    head_amounts = [a for a in _title_amounts(title) if _states_title_figure(headline, figures, [a])]
    best: tuple[int, int, int] | None = None
    for n, k in enumerate(order):
        it = rest[k]
        by_figure, by_name = _clauses_stated(it, clauses, figures, text)
        new_figure = {
            c
            for c in by_figure
            if c not in head
            or any(_states_title_figure(it, figures, [a]) and a not in head_amounts for a in _title_amounts(clauses[c]))
        }
        new_name = {c for c in by_name if c not in head} if set(it.subjects) - set(headline.subjects) else set()
        key = (0, min(new_figure), n) if new_figure else (1, min(new_name), n) if new_name else None
        if key is not None and (best is None or key < best):
            best = key
    if best is None:
        return order
    k = order[best[2]]
    return [k, *(j for j in order if j != k)]


_DAY_PHRASE = re.compile(r"^ (?:on \d{1,2} [A-Z][a-z]+ \d{4}|in the \w+ week of [A-Z][a-z]+ \d{4})$")
_WEEK_ON_WEEK = " week on week"


def _without_phrase(line: BriefLine, phrase: str, figure: int, figures: Sequence[Figure]) -> BriefLine | None:
    """The line without the date ``phrase`` where it ends a clause (before "," or "."), the date figure no more
    cited once its English is no more said; None when the line does not say it so."""
    at = line.text.find(phrase + ".")
    if at < 0:
        at = line.text.find(phrase + ",")
    if at < 0:
        return None
    text = line.text[:at] + line.text[at + len(phrase) :]
    if not 0 <= figure < len(figures):  # no figure of the line's own says it
        return BriefLine(text=text, sentences=line.sentences, figures=line.figures)
    cited = tuple(i for i in line.figures if i != figure or figures[figure].en.strip() in text)
    sentences = line.sentences
    rest = {figures[i].sentence for i in cited if 0 <= i < len(figures)}
    if figure not in cited and rest and figures[figure].sentence not in rest:
        sentences = tuple(x for x in sentences if x != figures[figure].sentence) or sentences  # it rested on the date
    return BriefLine(text=text, sentences=sentences, figures=cited)


# the periods a line may say besides a date figure's: a line saying one the headline does not makes every period kept
_PERIOD_WORDS = re.compile(
    r"\b(?:full year|for the year|first half|second half|Q[1-4]|January-[A-Z][a-z]+|year to date|so far this year"
    r"|last year|this year|next year|previous quarter's|a year earlier)\b"
)


def _other_period(text: str, said: set[str]) -> bool:
    """Whether a line says a period other than the ``said`` ones (in words or by a date figure)."""
    for p in said:
        text = text.replace(p, " ")
    return _PERIOD_WORDS.search(text) is not None


def _said_once(headline: BriefLine, lines: Sequence[BriefLine], figures: Sequence[Figure]) -> list[BriefLine]:
    """The date said once, as a wire does: a line leaves out the day (or survey week) the headline or the line before
    it last said ("on 5 November 2026"), and a period the headline says ("in October 2026"); a line of another day
    keeps its date, and says the day the lines below it then leave out. A weekly line whose headline is weekly leaves
    "week on week" to the headline (said once, not on some lines and not others). The facts keep their dates."""

    def phrases(line: BriefLine) -> list[tuple[str, int]]:
        return [
            (date_phrase(figures[i]), i) for i in line.figures if 0 <= i < len(figures) and figures[i].kind == "date"
        ]

    said_periods = {p for p, _ in phrases(headline) if p and not _DAY_PHRASE.match(p) and p in headline.text}
    if any(_other_period(line.text, said_periods) for line in lines):
        said_periods = set()  # "in Q3" beside "for the full year": every line keeps the period it is of
    days = [p for p, _ in phrases(headline) if _DAY_PHRASE.match(p) and p in headline.text]
    day = days[0] if len(days) == 1 else None
    weekly = _WEEK_ON_WEEK in headline.text or " week of " in headline.text
    out = []
    for line in lines:
        own_day = None
        said = {p for p, _ in phrases(line) if p and p in line.text}
        for p, i in phrases(line):
            if not p:
                continue
            if _DAY_PHRASE.match(p):
                # "from US$682.5 billion on 23 October to US$814.1 billion on 24 October": two days, both said
                shorter = _without_phrase(line, p, i, figures) if p == day and len(said) == 1 else None
                if shorter is None and p in line.text:
                    own_day = p
                line = shorter or line
            elif p in said_periods:
                line = _without_phrase(line, p, i, figures) or line
        for p in said_periods:  # a period the line says from its context, citing no date figure of its own
            if p not in {q for q, _ in phrases(line)}:
                line = _without_phrase(line, p, -1, figures) or line
        if own_day is not None:
            day = own_day
        if weekly and _WEEK_ON_WEEK in line.text:
            line = BriefLine(line.text.replace(_WEEK_ON_WEEK, "", 1), line.sentences, line.figures)
        out.append(line)
    return out


_PACE_REACH = 1  # sentences after the headline's own where the pace of its change may be written
_PACE_PHRASES = {
    ("up", "less"): "slowing from",
    ("up", "more"): "accelerating from",
    ("down", "less"): "the fall narrowing from",
    ("down", "more"): "the fall deepening from",
}
_TOPIC = re.compile(r"[가-힣]+(?:은|는|이|가)\s")  # a word marked as the topic or subject of its clause


@cache
def _pace_rows() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    rows = _rows("headline_pace.tsv")

    def of(kind: str) -> tuple[tuple[str, str], ...]:
        found = [(r[1], r[2]) for r in rows if r[0] == kind and len(r) >= 3]
        return tuple(sorted(found, key=lambda t: -len(t[0])))

    return of("base"), of("noun"), of("verb")


@cache
def _before_bracket(word: str) -> re.Pattern[str]:
    """``word`` right before an opening bracket that ends the text ("지난주(", "전월 ("), compiled once."""
    return re.compile(re.escape(word) + r"\s*\(\s*$")


def _with_pace(
    line: BriefLine, item: _Item, text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> BriefLine:
    """The headline's change with its pace against the period before, when the text writes it right after
    ("오름폭은 지난주(0.09%)에 비해 작아졌다": "…, slowing from 0.09% a week earlier", headline_pace.tsv): the earlier
    rate in brackets after the base word, a pace noun of the change's direction and a verb of less or more in the
    sentence, no other subject in it, and the two rates agreeing with the verb; else the line as it is."""
    changes = [st for st in item.stmts if st.role == "change" and st.figure.unit == "%"]
    if item.event is not None or len(changes) != 1 or changes[0].direction not in ("up", "down"):
        return line
    own = changes[0]
    if not isinstance(own.figure.value, float):
        return line
    bases, nouns, verbs = _pace_rows()
    subject_of = {f.figure: f.subject for f in facts if f.figure is not None}
    stating = sorted({f.sentence for f in figures if f.unit == own.figure.unit and f.value == own.figure.value})
    same = {own.fact.subject} | {
        subject_of.get(j) for j, f in enumerate(figures) if f.unit == own.figure.unit and f.value == own.figure.value
    }
    same.discard(None)
    reach = sorted({si for s0 in stating for si in range(s0, min(len(analysis.sentences), s0 + 1 + _PACE_REACH))})
    for si in reach:
        sentence = analysis.sentences[si]
        for k, fig in enumerate(figures):
            if fig.sentence != si or fig.unit != "%" or fig is own.figure or not isinstance(fig.value, float):
                continue
            if subject_of.get(k) not in (None, *same):
                continue  # another subject's rate ("the same statistic" under the name of the body's statement)
            head = text[sentence.start : fig.start]
            opened = head.rstrip().endswith("(")  # every base is written right before an opening bracket
            base = next((en for ko, en in bases if _before_bracket(ko).search(head)), None) if opened else None
            after = text[fig.end : sentence.end]
            if base is None or not re.match(r"\s*\)\s*(?:보다|대비|에 비해)", after):
                continue
            said = text[sentence.start : sentence.end]
            noun = next((d for ko, d in nouns if ko in said), None)
            verb = next((v for ko, v in verbs if ko in after), None)
            if noun != own.direction or verb is None:
                continue
            lead = head[: head.rfind("(")]
            for ko, _ in nouns:
                lead = lead.replace(ko, "")
            if si not in stating and _TOPIC.search(lead + " "):
                continue  # another subject's pace ("수도권은 전주(0.12%)보다 …")
            if k in line.figures or f"from {fig.en.strip()}" in line.text:
                return line  # the line says that pace already (the weekly survey's own pass)
            was, now = abs(fig.value), abs(own.figure.value)
            if (verb == "less" and not was > now) or (verb == "more" and not was < now):
                continue  # the rates do not agree with the verb: nothing is said
            phrase = f", {_PACE_PHRASES[(str(noun), verb)]} {fig.en.strip()} {base}"
            body, stop = (line.text[:-1], ".") if line.text.endswith(".") else (line.text, "")
            return BriefLine(
                text=body + phrase + stop,
                sentences=tuple(sorted({*line.sentences, si})),
                figures=(*line.figures, k),
            )
    return line


_RUN_NAMED = re.compile(r"(?P<price>[가-힣\s]{0,10}?)(?:이|가|은|는)(?=\s)")  # "서울 아파트값이 …"


def _with_survey_run(
    line: BriefLine, item: _Item, text: str, analysis: Analysis, figures: Sequence[Figure], first_body: int
) -> BriefLine:
    """A survey's headline change with the run of weeks its place's prices extend, when a lead sentence up to the
    change's own says it of the same place and price ("부산 아파트값이 12주째 상승했으나 …": ", the 12th straight
    weekly rise", its "N주" figure cited); else the line as it is."""
    changes = [st for st in item.stmts if st.role == "change"]
    if len(changes) != 1 or "straight weekly" in line.text or item.event is not None:
        return line
    own = changes[0]
    place = own.fact.subject_ko
    if not place or not is_housing_subject(own.fact.subject) or own.direction not in ("up", "down"):
        return line
    kinds = housing_data().prices
    kind = "jeonse" if "jeonse" in (own.fact.subject or "") else "sale"
    for si in range(first_body, min(own.figure.sentence + 1, len(analysis.sentences))):
        sentence = analysis.sentences[si]
        said = text[sentence.start : sentence.end]
        at = said.find(place)
        while at >= 0:
            named = _RUN_NAMED.match(said, at + len(place))
            starts = at == 0 or not "가" <= said[at - 1] <= "힣"
            price = "".join(named.group("price").split()) if named else ""
            of = "sale" if price in ("", "아파트") else None
            of = next((v for w, v in kinds.items() if price.endswith("".join(w.split()))), of)
            if named and starts and of == kind:
                found = housing_streak(said[named.end() :], own.direction)
                if found is not None:
                    offset, weeks = found
                    start = sentence.start + named.end() + offset
                    k = next((j for j, f in enumerate(figures) if f.start == start and f.kind != "date"), None)
                    if k is not None:
                        way = "rise" if own.direction == "up" else "fall"
                        body, stop = (line.text[:-1], ".") if line.text.endswith(".") else (line.text, "")
                        return BriefLine(
                            text=f"{body}, the {ordinal(weeks)} straight weekly {way}{stop}",
                            sentences=tuple(sorted({*line.sentences, si})),
                            figures=(*line.figures, k),
                        )
            at = said.find(place, at + 1)
    return line
def _with_rate_record(
    items: list[_Item], text: str, analysis: Analysis, figures: Sequence[Figure], wholes: frozenset[str]
) -> list[_Item]:
    """The whole index's move with the record its rate sets, written in the sentence right after it ("상승률은 지난
    1월(2.0%) 이후 가장 높다": "Consumer prices rose 1.9% in May 2026, the fastest rise since January 2026")."""
    for k, it in enumerate(items):
        moves = [s for s in it.stmts if s.role == "change" and s.direction == "up" and s.fact.subject in wholes]
        if it.event is not None or len(moves) != 1 or not it.text.endswith(".") or _RECORD_SAID.search(it.text):
            continue
        found = rate_record(text, analysis, figures, moves[0].figure.sentence)
        if found is None:
            continue
        phrase, anchor = found
        items[k] = replace(it, text=it.text[:-1] + phrase + ".", figures=tuple(sorted({*it.figures, anchor})))
        break
    return items


_RECORD_SAID = re.compile(r"\b(?:record|first time|highest|lowest|since|fastest|slowest)\b")


def _with_price_parts(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: list[_Item]
) -> list[_Item]:
    """``items`` with the parts of a price-index release (briefings/writing/price_components.py), each a line. A
    part read as the topic right before its figure is that figure's subject: a line giving the figure to the whole
    index (a subject carried over from the sentence before: "석유류는 4.6% 내려" is not "Consumer prices fell
    4.6%") gives way to it; a line of any other subject stating the figure keeps it, and the part is not said."""
    if not is_price_release(article, analysis):
        return items
    lines = price_lines(article, analysis, figures, facts)
    wholes = release_subjects()
    out = _with_rate_record(list(items), article.text, analysis, figures, wholes)
    for p in lines:
        stating = [it for it in out if set(it.figures) & set(p.figures)]
        amounts = {k for k in p.figures if figures[k].kind != "date"}
        if any(
            not it.subjects
            or not set(it.subjects) <= wholes
            or not {k for k in it.figures if figures[k].kind != "date"} <= amounts
            for it in stating
        ):
            continue  # another subject's line states the figure, or the line states other figures besides
        if p.parts[0][0] not in wholes:  # a part's own reading, not the whole index's month-on-month move
            out = [it for it in out if it not in stating]
        elif stating:
            continue
        out.append(
            _Item(
                text=p.text,
                sentence=p.sentence,
                figures=p.figures,
                key=("price_part", p.parts),
                weight=p.weight,
                subjects=tuple(subject for subject, _ in p.parts),
                position=p.position,
                atoms=frozenset((subject, "price_part", value, "%") for subject, value in p.parts),
                date=p.date,
                actual=True,
                size=len(p.parts),
            )
        )
    return out


def _with_release_parts(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: list[_Item]
) -> list[_Item]:
    """``items`` with the parts of a statistics release (briefings/writing/releases.py: GDP's components and their
    contributions, the reserves' assets), each sentence a line. A part read as the topic right before its figure is
    that figure's subject: a line stating only figures of the part's line (a subject carried over, or none) gives
    way to it; a line stating other figures besides keeps them, and the part's line is not said."""
    text = article.text
    out = [
        it
        for it in _with_release_wholes(article, analysis, figures, facts, list(items))
        if it.event is not None
        or not any(breakdown_lost(text, analysis, st.figure.sentence, st.figure, st.fact.subject_ko) for st in it.stmts)
    ]
    for p in release_lines(article, analysis, figures, facts):
        cited = {k for k in p.figures if figures[k].kind != "date"}
        stating = [it for it in out if set(it.figures) & cited]
        if any({k for k in it.figures if figures[k].kind != "date"} - cited for it in stating):
            continue
        out = [it for it in out if it not in stating]
        out.append(
            _Item(
                text=p.text,
                sentence=p.sentence,
                figures=p.figures,
                key=("release_part", p.parts),
                weight=0.9 if p.kind == "contribution" else 1.0,
                subjects=tuple(dict.fromkeys(subject for subject, _ in p.parts)),
                position=p.position,
                atoms=frozenset((subject, "release_" + p.kind, value, "%") for subject, value in p.parts),
                date=p.date,
                actual=True,
                size=len(p.parts),
            )
        )
    return out


def _release_whole_for(unique: Sequence[_Item], lead: int, figures: Sequence[Figure]) -> int:
    """The index of the line that leads: a release's whole line ("South Korea's economy grew 0.5% from the previous
    quarter …, the advance estimate showed") in place of a plainer line stating only its figures' values (the lead's
    "0.5% 성장했다" read on its own), so the headline is the fuller line and no bullet repeats it."""
    item = unique[lead]
    if item.event is not None or (item.key and item.key[0] == "release_whole"):
        return lead
    values = {(f.value, f.unit) for f in (figures[k] for k in item.figures) if f.kind != "date"}
    if not values:
        return lead
    for k, other in enumerate(unique):
        if other.key and other.key[0] == "release_whole":
            said = {(f.value, f.unit) for f in (figures[j] for j in other.figures) if f.kind != "date"}
            if values <= said:
                return k
    return lead


_ECHO = 0.005  # a figure within half a percent of another of its unit: the same figure, rounded ("4230억 달러")


def _with_release_wholes(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: list[_Item]
) -> list[_Item]:
    """``items`` with the lines on a release's whole (briefings/writing/releases.py): its growth with the
    year-on-year rate, its level with the change and the run of months, an earlier period revised. A line stating
    only figures the whole's line states gives way to it, and so does an echo of them before it (the title's
    rounded "4230억 달러", the lead's "0.6% 성장했다"); a line stating other figures besides keeps them, and the
    whole's line is not said."""
    out = items
    for w in whole_lines(article, analysis, figures, facts):
        cited = {k for k in w.figures if figures[k].kind != "date"}
        stating = [it for it in out if set(it.figures) & cited]
        if any({k for k in it.figures if figures[k].kind != "date"} - cited for it in stating):
            continue

        def echo(it: _Item, w: object = w) -> bool:
            amounts = [figures[k] for k in it.figures if figures[k].kind != "date"]
            return bool(amounts) and it.event is None and it.sentence <= getattr(w, "sentence", -1) and all(
                any(
                    f.unit == unit and (f.value == value or abs(float(f.value) - value) <= _ECHO * abs(value))
                    for value, unit in getattr(w, "values", ())
                )
                for f in amounts
                if isinstance(f.value, float | int)
            )

        out = [it for it in out if it not in stating and not echo(it)]
        out.append(
            _Item(
                text=w.text,
                sentence=w.sentence,
                figures=w.figures,
                key=("release_whole", w.kind, w.values),
                weight={"growth": 1.5, "level": 1.5, "revision": 1.0}.get(w.kind, 0.8),
                subjects=(w.subject,),
                position=w.position,
                atoms=frozenset(("release_whole", w.kind, value, unit) for value, unit in w.values),
                date=w.date,
                actual=True,
                size=len(w.values),
            )
        )
    return out


_PLACE_LINE = re.compile(
    r"(?P<place>.+?) (?P<kind>apartment(?: jeonse)? prices) (?P<verb>rose|fell) (?P<fig>\S+)(?P<rest>.*)\."
)


def _joined_places(items: list[_Item]) -> list[_Item]:
    """A survey's places that one sentence lists, moving the same way over the same week, said in one line
    ("Apartment prices rose 0.24% in Mapo-gu and 0.19% in Gwangjin-gu in …")."""
    subjects = housing_subjects()
    named = {en for en in housing_data().places.values() if en[:1].isupper()}  # "in Songpa-gu", never "in provincial"
    groups: dict[tuple[object, ...], list[int]] = {}
    parsed: dict[int, re.Match[str]] = {}
    for k, it in enumerate(items):
        moves = [s for s in it.stmts if s.role == "change"]
        if it.event is not None or len(it.stmts) != 1 or len(moves) != 1 or moves[0].fact.subject not in subjects:
            continue
        m = _PLACE_LINE.fullmatch(it.text)
        if m is None or "," in m.group("rest") or m.group("place") not in named:
            continue
        parsed[k] = m
        groups.setdefault((it.sentence, m.group("kind"), m.group("verb"), m.group("rest")), []).append(k)
    merged: dict[int, _Item] = {}
    dropped: set[int] = set()
    for (_, kind, verb, rest), ks in groups.items():
        if len(ks) < 2:
            continue
        parts = [f"{parsed[k].group('fig')} in {parsed[k].group('place')}" for k in ks]
        said = ", ".join(parts[:-1]) + " and " + parts[-1]
        first = items[ks[0]]
        group = [items[k] for k in ks]
        merged[ks[0]] = replace(
            first,
            text=f"{str(kind)[:1].upper()}{str(kind)[1:]} {verb} {said}{rest}.",
            figures=tuple(sorted({i for it in group for i in it.figures})),
            subjects=tuple(dict.fromkeys(x for it in group for x in it.subjects)),
            atoms=frozenset().union(*(it.atoms for it in group)),
            stmts=tuple(st for it in group for st in it.stmts),
            moves=tuple(mv for it in group for mv in it.moves),
        )  # its weight and size the first place's: a list of places is no richer news than its first
        dropped |= set(ks[1:])
    return [merged.get(k, it) for k, it in enumerate(items) if k not in dropped]


@cache
def _company_names() -> set[str]:
    """The English names of the gazetteer's companies."""
    return {name for name, kinds in _types_by_name().items() if "company" in kinds}


@cache
def _results_measures() -> tuple[set[str], dict[str, str]]:
    """(the measures of a company's results, measure -> its English noun: "operating profit")."""
    names = {r[0]: r[1] for r in _rows("english_measures.tsv") if len(r) >= 2}
    return {m for m, g in measure_groups().items() if g == _RESULTS}, names


def _segment_items(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: Sequence[_Item]
) -> list[_Item]:
    """The segments of a company's unit sales (briefings/writing/sales_segments.py), each a line, but for a figure
    another line states already."""
    stated = {k for it in items for k in it.figures}
    out: list[_Item] = []
    for p in segment_lines(text, analysis, figures, facts, _company_names()):
        if stated & set(p.figures):
            continue
        owner = figures[p.owner]
        place = _place(text, owner, analysis.sentences[owner.sentence].start) if owner.sentence >= 0 else ""
        out.append(_segment_item(p, place))
    return out


def _segment_item(p: SegmentLine, place: str) -> _Item:
    return _Item(
            text=p.text.replace("{place}", place),
            sentence=p.sentence,
            figures=p.figures,
            key=("segment_sales", p.subject, p.values),
            weight=1.0,
            subjects=(p.subject,),
            position=p.position,
            atoms=frozenset((p.subject, "segment_sales", v, "count") for v in p.values),
            actual=True,
            size=2,
        )


def _business_items(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: Sequence[_Item]
) -> list[_Item]:
    """The business segments of the company's results (briefings/writing/sales_segments.py), a line per sentence
    ("Naver's advertising revenue was ₩1.2 trillion and its commerce revenue ₩750 billion in Q1 2026"), but for a
    figure another line states already."""
    results, names = _results_measures()
    stated = {k for it in items for k in it.figures}
    out: list[_Item] = []
    for b in business_lines(text, analysis, figures, facts, _company_names(), results):
        cited = {k for *_, k in b.parts}
        if stated & cited or any(m not in names for _, m, _ in b.parts):
            continue
        when = next((f for f in figures if f.kind == "date" and f.value == b.date), None)
        period = date_phrase(when) if when is not None else ""
        said = [f"{seg} {names[m]} {'was ' if n == 0 else ''}{figures[k].en}" for n, (seg, m, k) in enumerate(b.parts)]
        body = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and its " + said[-1]
        first = figures[b.parts[0][2]]
        out.append(
            _Item(
                text=f"{possessive(b.subject)} {body}{period}.",
                sentence=b.sentence,
                figures=tuple(sorted(cited | ({figures.index(when)} if when is not None else set()))),
                key=("business_segments", b.subject, tuple(cited)),
                weight=1.0,
                subjects=(b.subject,),
                position=first.start,
                atoms=frozenset((b.subject, seg + " " + m, figures[k].value, figures[k].unit) for seg, m, k in b.parts),
                date=b.date,
                actual=True,
                size=len(b.parts),
            )
        )
    return out


_CONTRACTS = frozenset({"contract", "order"})  # deal actions of events.tsv that are contracts a company signs or wins


def _contract_share_items(
    text: str, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact], items: Sequence[_Item]
) -> list[_Item]:
    """A contract's size as a share of its company's revenue (briefings/writing/contract_shares.py: "The contract
    is worth 13.3% of Hanwha Ocean's revenue last year"), but for a percentage another line states already; the
    revenue in parentheses, when said with it, is one of its atoms (a revenue line of that figure is then implied)."""
    stated = {k for it in items for k in it.figures}
    contracts = [
        (it.event.sentence, it.event.who[0])
        for it in items
        if it.event is not None and it.event.kind == "deal" and it.event.action in _CONTRACTS and it.event.amount
        and len(it.event.who) == 1
    ] + [(st.fact.sentence, st.fact.subject) for it in items for st in it.stmts  # "won a contract worth …"
         if st.fact.measure == _DEAL_VALUE and st.role == "level" and st.fact.subject
         and " contract " in it.text]  # fmt: skip
    out: list[_Item] = []
    for p in contract_share_lines(text, analysis, figures, facts, contracts):
        if figures[p.figures[0]].unit == "%" and p.figures[0] in stated:
            continue
        share = figures[min(p.figures, key=lambda j: figures[j].unit != "%")]
        atoms = {(p.subject, "contract_share", share.value, share.high, share.unit)}
        if p.revenue is not None:
            r = figures[p.revenue]
            atoms.add((p.subject, "revenue", r.value, r.high, r.unit))
        out.append(
            _Item(
                text=p.text,
                sentence=p.sentence,
                figures=p.figures,
                key=("contract_share", p.subject, p.share),
                weight=1.0,
                subjects=(p.subject,),
                position=p.position,
                atoms=frozenset(atoms),
                actual=True,
            )
        )
    return out


def _with_weekly_pace(items: list[_Item], text: str, analysis: Analysis, figures: Sequence[Figure]) -> list[_Item]:
    """A weekly housing survey's change with its pace against the week before and the run of weeks it extends
    (briefings/writing/weekly_pace.py): ", the 15th straight weekly rise, slowing from 0.09% the week before"."""
    subjects = housing_subjects()
    out: list[_Item] = []
    paced: set[str] = set()
    for it in items:
        moves = [s for s in it.stmts if s.role == "change" and s.direction in {"up", "down"}]
        if it.event is not None or len(moves) != 1 or not it.text.endswith(".") or " straight " in it.text:
            out.append(it)
            continue
        move = moves[0]
        subject = move.fact.subject or ""
        if subject not in subjects or subject in paced or move.figure.sentence != it.sentence:
            out.append(it)
            continue
        found = weekly_pace(text, analysis, figures, move.index, move.direction or "")
        if found is None or set(found[1]) & set(it.figures):
            out.append(it)
            continue
        paced.add(subject)
        out.append(replace(it, text=it.text[:-1] + found[0] + ".", figures=tuple(sorted({*it.figures, *found[1]}))))
    return out


_LEVEL_VERBS = (" stood at ", " were ", " was ")  # how a level line states its figure ("X stood at N")


def _with_next_change(
    item: _Item, facts: Sequence[Fact], figures: Sequence[Figure], text: str, analysis: Analysis
) -> tuple[_Item, frozenset[int]]:
    """A level headline said with its move when the next sentence gives it with no subject of its own (a release's
    "X는 N으로 집계됐다. 한 달 전(M)보다 C(P%) 증가했다"): "X rose C (P%) to N" when the move is exactly the gap
    between the level and the earlier level the sentence names (N - M = C at C's precision; (N - M) / M = P at P's),
    so that the move is surely the level's. Returns the item and the figures it now states besides its own (the
    move and the earlier level)."""
    levels = [st for st in item.stmts if st.role == "level"]
    if item.event is not None or len(levels) != 1 or len(item.stmts) != 1:
        return item, frozenset()
    level = levels[0]
    nxt = level.figure.sentence + 1
    if level.figure.sentence != item.sentence or not 0 < nxt < len(analysis.sentences):
        return item, frozenset()
    own = [f for f in facts if f.sentence == nxt and f.figure is not None and 0 <= f.figure < len(figures)]
    amounts = [f for f in own if figures[f.figure or 0].kind != "date"]
    changes = [f for f in amounts if f.role == "change" and f.direction in ("up", "down")]
    bases = [f for f in amounts if f.role == "reference"]
    if not 1 <= len(changes) <= 2 or len(bases) != 1 or len(amounts) != len(changes) + 1:
        return item, frozenset()
    if len({f.direction for f in changes}) != 1 or any(f.subject not in (None, level.fact.subject) for f in own):
        return item, frozenset()  # the sentence names another owner: whose move it is, is unsure
    now, earlier = level.figure, figures[bases[0].figure or 0]
    by_unit = {figures[f.figure or 0].unit: f for f in changes}
    if len(by_unit) != len(changes) or not set(by_unit) <= {now.unit, "%"} or earlier.unit != now.unit:
        return item, frozenset()
    if not all(isinstance(g.value, float | int) and g.high is None for g in (now, earlier)):
        return item, frozenset()
    before, after = abs(float(earlier.value)), abs(float(now.value))
    direction = changes[0].direction
    said_moves: list[Figure] = []
    for unit in (now.unit, "%"):
        f = by_unit.get(unit)
        if f is None:
            continue
        moved = figures[f.figure or 0]
        step = _written_step(moved)
        if moved.qualifier is not None or moved.high is not None or step is None or not before:
            return item, frozenset()
        if not isinstance(moved.value, float | int):
            return item, frozenset()
        size = abs(float(moved.value))
        gap = after - before if unit == now.unit else (after - before) / before * 100.0
        if abs(gap - (size if direction == "up" else -size)) > step * (1 + 1e-9):
            return item, frozenset()
        said_moves.append(moved)
    moved_en = said_moves[0].en + (f" ({said_moves[1].en})" if len(said_moves) == 2 else "")
    verb = "rose" if direction == "up" else "fell"
    lo = analysis.sentences[nxt].start
    base = _base(text, said_moves[0], lo)
    if base == _NOT_A_MOVE:
        return item, frozenset()  # a gap to an estimate, no move
    when = None
    if not base:  # "9월 말(M)보다": from the day of the earlier level, its date figure
        dated = [i for i, g in enumerate(figures) if g.kind == "date" and lo <= g.start < earlier.start]
        if len(dated) != 1:
            return item, frozenset()  # against what the move is measured is unsure
        when = dated[0]
    for said in _LEVEL_VERBS:
        at = item.text.find(said + now.en)
        if at < 0 or item.text.find(said + now.en, at + 1) >= 0:
            continue
        head, tail = item.text[:at], item.text[at + len(said) + len(now.en) :]
        if "shares" in head.split():
            return item, frozenset()  # a share's close is said by its own rows
        if when is not None:
            since = figures[when].en
            year = re.search(r" (\d{4})$", since)
            if year is not None and year.group(1) in tail:
                since = since[: year.start()]  # "from end-September to … at end-October 2026"
            base = f" from {since}"
        told = f"{head} {verb} {moved_en}{base} to {now.en}{tail}"
        ks = {f.figure for f in changes if f.figure is not None} | ({when} if when is not None else set())
        return (
            replace(
                item,
                text=told,
                figures=tuple(sorted({*item.figures, *ks})),
                atoms=item.atoms | {(level.fact.subject, level.fact.measure, m.value, m.unit) for m in said_moves},
                size=item.size + len(said_moves),
            ),
            frozenset({*ks, bases[0].figure or 0}),
        )
    return item, frozenset()


def _with_titled_change(
    item: _Item, rest: list[_Item], title: str, figures: Sequence[Figure]
) -> tuple[_Item, list[_Item]]:
    """A level headline said with its move when the title states both ("순익 N원…전분기比 M%↓") and a line states the
    move alone, of the same subject, measure and period: one line, as a wire writes it ("X's net profit fell 6.7%
    from the previous quarter to ₩1.7 trillion in Q3 2026"), and the move's line is not said again."""
    amounts = _title_amounts(title)
    if item.event is not None or len(item.stmts) != 1 or item.stmts[0].role != "level" or not amounts:
        return item, rest
    level = item.stmts[0]
    if level.fact.date is None or not _states_title_figure(item, figures, amounts):
        return item, rest
    at = item.text.find(level.figure.en)
    if at < 0 or item.text.find(level.figure.en, at + 1) >= 0:
        return item, rest
    tail = item.text[at + len(level.figure.en) :]
    for k, it in enumerate(rest):
        if it.event is not None or len(it.stmts) != 1 or it.hedged:
            continue
        move = it.stmts[0]
        if move.role != "change" or move.direction not in ("up", "down") or move.fact.date != level.fact.date:
            continue
        if (move.fact.subject, move.fact.measure) != (level.fact.subject, level.fact.measure):
            continue
        if not _states_title_figure(it, figures, amounts) or not it.text.endswith(tail) or " to " in it.text:
            continue
        told = f"{it.text[: len(it.text) - len(tail)]} to {level.figure.en}{tail}"
        merged = replace(
            item,
            text=told,
            figures=tuple(sorted({*item.figures, *it.figures})),
            atoms=item.atoms | it.atoms,
            stmts=(*item.stmts, *it.stmts),
            size=item.size + it.size,
            surfaces=(*item.surfaces, *it.surfaces),
        )
        return merged, [x for j, x in enumerate(rest) if j != k]
    return item, rest


@cache
def _title_run_cadences() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("title_runs.tsv") if len(r) >= 2 and r[0] and r[1]}


_TITLE_RUN_GAP = 3  # characters between the subject's Korean name and the run's figure in the title ("외환보유액이 ")


def _with_title_run(
    item: _Item, direction: str | None, article: Article, analysis: Analysis, figures: Sequence[Figure]
) -> _Item:
    """The headline's move with the run the title gives it ("외환보유액 2개월 연속 증가": ", the second straight monthly
    rise"): a duration figure of the title repeated at the head of the text, right after the Korean name of the
    headline's subject, followed by "연속"/"째" and a verb of the move's own direction (english_runs.tsv,
    title_runs.tsv); the figure is cited. The item unchanged when the title gives no such run."""
    if direction not in ("up", "down") or item.event is not None or " straight " in item.text:
        return item
    names = {st.fact.subject_ko for st in item.stmts if st.fact.subject_ko and len(st.fact.subject_ko) >= _NAMED_LEN}
    if not names:
        return item
    cues = _cue_table("english_runs.tsv")
    verbs, nouns = cues.get(direction, ()), cues.get("en_up" if direction == "up" else "en_down", ())
    cadences = _title_run_cadences()
    in_title = _title_sentences(article, analysis)
    text = article.text
    for k, fig in enumerate(figures):
        if fig.sentence not in in_title or fig.unit != "duration" or fig.counter not in cadences or not nouns:
            continue
        if fig.high is not None or fig.qualifier is not None or not isinstance(fig.value, float | int):
            continue
        if fig.value != int(fig.value) or not 2 <= fig.value <= _RUN_LONGEST:
            continue
        start = analysis.sentences[fig.sentence].start
        head = text[start : fig.start]
        if not any(0 <= len(head) - (head.rfind(n) + len(n)) <= _TITLE_RUN_GAP and head.rfind(n) >= 0 for n in names):
            continue  # the run is another subject's ("반도체 수출 5개월 연속 …" beside exports)
        rest = text[fig.end : fig.end + 12]
        gap = _RUN_AFTER.match(rest)
        if not gap or not gap.group().strip() or not any(rest[gap.end() :].startswith(v) for v in verbs):
            continue  # "5개월 만에", or a run the other way
        run = f"the {_ordinal(int(fig.value))} straight {cadences[fig.counter or '']} {nouns[0]}"
        said = f"{item.text.rstrip('.')}, {run}."
        return replace(item, text=said, figures=tuple(sorted({*item.figures, k})))
    return item


def brief_english(
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    summary: Sequence[int],
    events: Sequence[Event] = (),
    mentions: Mentions | None = None,
) -> EnglishBriefing:
    """The headline (the lead fact) and up to six English lines, every one English and traceable (``mentions``:
    the analysis's gazetteer names, found here when not given). A briefing with no headline whose title names a
    collective owner before its figure reads the title's fact with the body's figure (``_title_owned_facts``)."""
    result = _brief_english(article, analysis, figures, facts, summary, events, mentions)
    if result.headline is not None:
        return result
    lent = _title_owned_facts(article, analysis, figures, facts) or _title_measured_facts(
        article, analysis, figures, facts
    )
    if not lent:
        return result
    again = _brief_english(article, analysis, figures, [lent.get(k, f) for k, f in enumerate(facts)], summary,
                           events, mentions)
    wanted = {f.figure for f in lent.values()}
    if again.headline is None or not wanted & set(again.headline.figures):
        return result  # the owner's figure does not lead even so: the briefing stays as it was
    return again


@cache
def _headline_owners() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """data/headline_owners.tsv: (a title's opening owner as a pattern, its English, its gazetteer type), longest
    first."""
    rows = sorted((r for r in _rows("headline_owners.tsv") if len(r) >= 3 and r[0] and r[1]), key=lambda r: -len(r[0]))
    return tuple(
        (re.compile(r"^\s*" + r"\s*".join(re.escape(w) for w in r[0].split()) + r"(?![가-힣A-Za-z0-9])"), r[1], r[2])
        for r in rows
    )


def _measure_subject_types(measure: str | None) -> frozenset[str]:
    """The subject types english_measures.tsv gives a measure (its sixth column), none for an unknown measure."""
    return _subject_types_by_measure().get(measure or "", frozenset())


@cache
def _subject_types_by_measure() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for r in _rows("english_measures.tsv"):
        if len(r) >= 6:
            out.setdefault(r[0], frozenset(t for t in r[5].split("|") if t))  # the first row of a measure
    return out


_TITLE_NUMBER = re.compile(r"[0-9][0-9.,]*(?:\s*[조억만천](?:\s*[0-9][0-9.,]*)?)*")
_SURFACE_UNIT = re.compile(r"[0-9.,조억만천\s]*([가-힣%]+)$")  # "72만4816대": 대; "7240억원": 원


def _title_owned_facts(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> dict[int, Fact]:
    """Facts of the first body sentence that states a title's figure, lent the collective owner the title names
    before it ("완성차 5사 11월 판매 72만대" beside "현대차·기아 … 등 5개사는 11월 모두 72만4816대를 판매했다"),
    by their index: the figure rounds to the title's number as the title writes it, in the title's unit; the
    sentence names no subject of any of its figures, and the owner's type fits the fact's measure. None when
    the title opens with no owner of data/headline_owners.tsv."""
    title = article.title or ""
    owner = next(((m, en, t) for p, en, t in _headline_owners() if (m := p.match(title))), None)
    if owner is None:
        return {}
    match, en, kind = owner
    clause = _title_clauses(title[match.end() :])[:1]
    if not clause:
        return {}

    def owned(f: Fact) -> bool:  # a level or a move of a measure the owner's type may have
        return f.role in {"level", "change"} and bool(_measure_subject_types(f.measure) & {kind, "*"})

    lent = _lead_figures(article, analysis, figures, facts, _title_numbers(clause[0]), owned)
    return {k: replace(f, subject=en, subject_ko=match.group().strip()) for k, f in lent.items()}


def _title_numbers(clause: str) -> list[tuple[float, float, str]]:
    """A title clause's numbers as (value, half its last written unit, the unit word right after it); a number
    with no unit word after it is none (dates and periods are not numbers)."""
    wanted: list[tuple[float, float, str]] = []
    dated = _TITLE_DATES.sub(" ", clause)
    for m in _TITLE_NUMBER.finditer(dated):
        unit = re.match(r"\s*([가-힣%]+)", dated[m.end() :])
        for value, step in _title_amounts(m.group()):
            if unit is not None:
                wanted.append((value, step, unit.group(1)))
    return wanted


def _lead_figures(
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    wanted: Sequence[tuple[float, float, str]],
    accept: Callable[[Fact], bool],
    body_word: str = "",
) -> dict[int, Fact]:
    """The facts (by index) of the first of the first body sentences that states one of ``wanted`` (a level or a
    change whose value the title's number rounds to, in the title's unit) and names no subject of any of its
    figures (and holds ``body_word``), each accepted by ``accept``."""
    if not wanted:
        return {}
    in_title = _title_sentences(article, analysis)
    body = sorted({f.sentence for f in facts if f.sentence not in in_title and f.figure is not None})
    for sentence in body[:_LEAD_SENTENCES]:
        own = [(k, f) for k, f in enumerate(facts) if f.sentence == sentence and f.figure is not None]
        if any(f.subject is not None or f.subject_ko is not None for _, f in own):
            continue  # the sentence names whose figures it gives: the title's is not lent
        if body_word and 0 <= sentence < len(analysis.sentences):
            span = analysis.sentences[sentence]
            if body_word not in article.text[span.start : span.end]:
                continue
        out: dict[int, Fact] = {}
        for k, f in own:
            figure = figures[f.figure] if 0 <= (f.figure or 0) < len(figures) else None
            if figure is None or figure.kind == "date" or not isinstance(figure.value, float | int):
                continue
            unit = _SURFACE_UNIT.search(figure.surface)
            if unit is None or f.role not in {"level", "change", "estimate"} or not accept(f):
                continue
            if any(unit.group(1).startswith(u) and abs(float(figure.value) - v) <= s for v, s, u in wanted):
                out[k] = f
        if out:
            return out
    return {}


@cache
def _headline_measures() -> tuple[tuple[str, str, str], ...]:
    """data/headline_measures.tsv: (title word, measure, body word), longest title word first."""
    rows = [(r[0], r[1], r[2]) for r in _rows("headline_measures.tsv") if len(r) >= 3 and all(r[:3])]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_TIME_WORD = re.compile(r"(?:내년|올해|올|작년|지난해|[0-9]+(?:년|분기|월)|상반기|하반기)\s*$")


def _title_measured_facts(
    article: Article, analysis: Analysis, figures: Sequence[Figure], facts: Sequence[Fact]
) -> dict[int, Fact]:
    """Facts with no measure and no subject of the first body sentence that states the number a title's measure
    word gives ("정부 \"내년 성장률 2.1%\"" beside "정부가 내년 우리 경제가 2.1% 성장할 것으로 전망했다"), lent the
    measure (data/headline_measures.tsv) and no direction, by their index."""
    for clause in _title_clauses(article.title or ""):
        for word, measure, body_word in _headline_measures():
            at = clause.find(word)
            if at < 0 or (at > 0 and "가" <= clause[at - 1] <= "힣"):
                continue
            before = re.sub(r"^[\s\"'“”‘’]+|[\s\"'“”‘’]+$", "", clause[:at])
            if before and not _TIME_WORD.search(before):
                continue  # "매출 성장률": another measure's growth
            rest = clause[at + len(word) :]
            number = re.match(r"\s*(" + _TITLE_NUMBER.pattern + r")", rest)
            if number is None:
                continue
            wanted = _title_numbers(rest[: number.end() + 3])
            lent = _lead_figures(
                article, analysis, figures, facts, wanted[:1], lambda f: f.measure is None, body_word
            )
            if lent:
                return {k: replace(f, measure=measure, direction=None) for k, f in lent.items()}
    return {}


def _brief_english(
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    summary: Sequence[int],
    events: Sequence[Event] = (),
    mentions: Mentions | None = None,
) -> EnglishBriefing:
    text = article.text
    facts = _home_government(facts, text, analysis)
    dates = _Dates(figures, text)
    stmts = _statements(text, facts, figures, article.date, [(x.start, x.end) for x in analysis.sentences], dates)
    stmts = [s for s in stmts if not _carried_noun(s, text, analysis)]
    _same_period(stmts, dates, text, analysis)
    stmts = _without_unread_bases(_without_unread_periods(stmts, dates, text, analysis), text, analysis)
    stmts = _without_beaten_consensus(stmts)
    items = _session_then_close(_quoted_said(_group_items(stmts, text, analysis, dates), text, analysis, figures))
    items = _reported_said(items, text, analysis, figures, mentions)
    items = _two_bases(items)
    said_measures = {(s.fact.subject, s.fact.measure) for s in stmts}
    said_here = {(it.sentence, s) for it in items for s in it.subjects}
    items += _deal_items(text, analysis, figures, facts, mentions)
    items += _tender_items(text, analysis, figures, facts, events)
    for it in _event_items(events, figures, text, facts, dates):
        ev = it.event
        assert ev is not None
        measures = covered_by(ev.action)
        if ev.kind == "market_move" and any((ev.sentence, w) in said_here for w in ev.who):
            continue  # the move is said with its figure
        if ev.kind != "market_move" and any((w, m) in said_measures for w in ev.who for m in measures):
            continue  # "cut its base rate from 3% to 2.75%" says the rate decision already
        items.append(it)
    items = _without_retold_probes(items, _rule_probe_items(article, analysis, figures, facts, events, mentions))
    items += _claim_items(article, analysis, figures, facts)
    items = _invest_with_build(items)
    items += _launch_price_items(text, figures, items, analysis)
    items += _launch_term_items(text, analysis, figures, facts, items)
    items += _plant_items(text, analysis, figures, items)
    gaps = _consensus_gaps(text, analysis, figures, facts, mentions) + _guidance_gaps(text, figures, facts, mentions)
    beaten = {s for g in gaps for s in g.subjects}
    items += gaps + _figureless_consensus(text, analysis, figures, mentions, beaten)
    items += _anaphoric_consensus(text, analysis, figures, facts, beaten)
    items += _ipo_listing_items(article, figures, facts)
    items = _without_told_market_moves(_with_halts(items, text, analysis, mentions))
    items = _with_presales(items, text, analysis, figures)
    items = _with_notices(items, article, analysis, figures, mentions)
    items = _ipo_to_raise(items, text, events)
    items = _without_bought_stakes(items, text, figures)
    items = _with_price_parts(article, analysis, figures, facts, items)
    items = _with_release_parts(article, analysis, figures, facts, items)
    items = _joined_places(_with_weekly_pace(items, text, analysis, figures))
    items += _segment_items(text, analysis, figures, facts, items)
    items += _business_items(text, analysis, figures, facts, items)
    items += _contract_share_items(text, analysis, figures, facts, items)
    # Never a Korean character in English, never the same fact twice (first statement kept).
    items = [it for it in items if not has_hangul(it.text)]
    items.sort(key=lambda it: (it.sentence, it.position))
    unique: list[_Item] = []
    keys: set[tuple[object, ...]] = set()
    texts: set[str] = set()
    for it in items:
        if it.key in keys or it.text in texts:
            continue
        keys.add(it.key)
        texts.add(it.text)
        unique.append(it)
    unique = _cumulative_crossings(_one_close(_without_echoes(unique)), text, analysis)  # a total's first
    unique = _without_vague_events(_without_brackets(_crossings(unique, text)))
    # "The Bank of Korea cut its growth forecast from 1.9% to 1.5%" says "… forecasts economic growth of 1.5%"
    told = [it.atoms for it in unique if it.event is not None and it.atoms]
    unique = [it for it in unique if it.event is not None or not it.atoms or not any(it.atoms <= t for t in told)]
    # A line whose every figure a richer line states is not said ("cut by 0.25 percentage points" beside
    # "cut by 0.25 percentage points to 2.75%", a level repeated as a threshold): richest first, then earliest.
    said: set[tuple[object, ...]] = set()
    kept: set[int] = set()
    for k in sorted(range(len(unique)), key=lambda k: (-len(unique[k].atoms), k)):
        if unique[k].atoms and unique[k].atoms <= said:
            continue
        kept.add(k)
        said |= unique[k].atoms
    unique = [it for k, it in enumerate(unique) if k in kept]
    # A fact dated a year or more before the article is a past record quoted for comparison: the table keeps it.
    now = _now(article, unique)
    unique = [it for it in unique if not _is_old(it.date, now)] or unique
    unique = [it for it in unique if not _of_a_chance(it, text)]
    unique = _timed_moves(_without_bond_ipos(_narrowed_said(unique, text, analysis), text, analysis), text, figures)
    if not unique:
        return EnglishBriefing(None, ())
    main = main_entity(text, analysis, mentions) if analysis.tokens else None
    found = _record_hits(article, analysis, figures)  # the article's record words, read once for every step below
    scores, yielded = _stated_with_figures(unique, _lead_scores(unique, article, analysis, main, figures, found))
    # a figureless beat or miss of the estimate ("X's results beat market expectations") qualifies the results the
    # other lines state with their figures: it never leads while one of them can
    scores = [
        float("-inf") if _figureless(unique[k]) and any(not _figureless(o) for o in unique) else sc
        for k, sc in enumerate(scores)
    ]
    scores = _halts_follow(unique, scores)
    side = _side_moves(unique, article, analysis, figures) | _title_side(unique, article, analysis, figures)
    side |= _off_the_titles_point(unique, article, analysis, figures) | _off_the_titles_lead(
        unique, article, analysis, figures
    )
    side |= _side_estimates(unique, article, analysis, figures)
    if len(side) == len(unique):  # the story's own fact cannot be stated: its market's reaction is no headline
        alone = [
            _as_of(_line_record(_line(it, figures), article, analysis, figures, found), it, text, analysis)
            for it in unique[:MAX_LINES]
        ]
        return EnglishBriefing(None, tuple(_said_once(BriefLine("", (), ()), alone, figures)))
    scores = [float("-inf") if k in side else sc for k, sc in enumerate(scores)]
    lead = max(range(len(unique)), key=lambda k: (scores[k], -k))
    richer = _richer_statement(unique, lead, _title_sentences(article, analysis), figures)
    restated_by_lead = {lead} if richer is not None else set()
    if richer is not None:
        lead = richer
    if not yielded and richer is None and not restated_by_lead:
        unique, lead = _with_title_move(unique, lead, article)
    lead = _release_whole_for(unique, lead, figures)
    headline_item = unique[lead]
    headline_item, joined = _with_next_change(headline_item, facts, figures, text, analysis)
    moves = {st.direction for st in headline_item.stmts if st.role == "change"} | {
        f.direction for f in facts if joined and f.figure in joined and f.role == "change"
    }
    run_direction = next(iter(moves)) if len(moves) == 1 else None
    said_by_headline = {  # "went public" beside the debut's figures
        k
        for k in yielded
        if lead in yielded.values()
        and any(_same_actor(w, s) for w in unique[k].subjects for s in headline_item.subjects)
    }
    # An undated move of the headline's subject and measure the other way cannot be the same day's news
    # ("Tesla shares jumped 22%" beside "Tesla shares fell 14%" from a sentence on the past weeks): left out.
    rest = [
        it
        for k, it in enumerate(unique)
        if k != lead
        and k not in said_by_headline
        and k not in restated_by_lead
        and not (it.date is None and _opposes(it, headline_item))
    ]
    rest = [it for it in rest if not joined or not {i for i in it.figures if figures[i].kind != 'date'} <= joined]
    rest = _restating_headline(_without_restated(rest, headline_item), headline_item)
    rest = _coarser_restatements(rest, headline_item)
    headline_item, rest = _with_titled_change(headline_item, rest, article.title, figures)
    rest = _in_the_lead_s_scope(rest, headline_item, text, analysis)

    def record_said(it: _Item) -> bool:  # the line says a record or a first time besides its figure
        line = _line(it, figures)
        return _line_record(line, article, analysis, figures, found).text != line.text

    rest = _without_implied(rest, headline_item, record_said)
    rest = [_said_earlier(it) if _earlier_level(it, headline_item, text, analysis) else it for it in rest]
    rest = _one_level_a_day(rest, headline_item)
    rest, tails = _consensus_tails(rest, headline_item)
    tails = _limit_tails([headline_item, *rest], text, figures, tails)
    tails = _outlook_tails([headline_item, *rest], text, analysis, mentions, tails)
    rest, tails = _halt_tail(rest, headline_item, tails)
    runs = _runs(text, analysis, figures, facts)
    headline_item = _with_run(headline_item, runs)
    headline_item = _with_title_run(headline_item, run_direction, article, analysis, figures)
    rest = [_with_run(it, runs) for it in rest]
    summary_set = set(summary)
    first = min((it.sentence for it in unique), default=0)
    amounts = _title_amounts(article.title)
    titled = [_states_title_figure(it, figures, amounts) for it in rest]
    named = [_TITLE_NAMED if _named_in_title(it, article.title, text) else 0.0 for it in rest]
    named = [n + d for n, d in zip(named, _dissents(rest), strict=True)]
    tails = _kept_opinion_tails(rest, text, analysis, tails)
    ranked = sorted(
        range(len(rest)),
        key=lambda k: (-_importance(rest[k], main, summary_set, first, now, titled[k]) - named[k], k),
    )
    chosen = _title_second_first(sorted(ranked[:MAX_LINES]), rest, headline_item, article.title, figures, text)
    hl = _line(headline_item, figures)
    hl = BriefLine(text=hl.text.rstrip("."), sentences=hl.sentences, figures=hl.figures)
    bare = hl
    hl = _title_quarter(hl, headline_item, article, analysis, figures)
    headline = _as_of(_record_phrase(hl, article, analysis, figures, found), headline_item, text, analysis)
    in_title = _title_sentences(article, analysis)
    first_body = min((i for i in range(len(analysis.sentences)) if i not in in_title), default=0)
    headline = _with_survey_run(headline, headline_item, text, analysis, figures, first_body)
    headline = _with_pace(headline, headline_item, text, analysis, figures, facts)
    lines = [
        _tailed(
            _as_of(
                _line_record(
                    _lead_s_quarter(_line(rest[k], figures), rest[k], headline_item, bare, hl, figures),
                    article,
                    analysis,
                    figures,
                    found,
                ),
                rest[k],
                text,
                analysis,
            ),
            rest[k].key,
            tails,
        )
        for k in chosen
    ]
    lines = [_preliminary(x, rest[k], text, analysis) for x, k in zip(lines, chosen, strict=True)]
    lines = [_clause_run(x, rest[k], text, analysis, figures) for x, k in zip(lines, chosen, strict=True)]
    headline = _preliminary(_tailed(headline, headline_item.key, tails), headline_item, text, analysis)
    headline = _clause_run(headline, headline_item, text, analysis, figures)
    return EnglishBriefing(headline, tuple(_said_once(headline, lines, figures)))


def _clause_run(line: BriefLine, item: _Item, text: str, analysis: Analysis, figures: Sequence[Figure]) -> BriefLine:
    """The line with the run its figure's own clause says it extends (writing/records.py); a headline (said
    without its full stop) likewise."""
    spans = {(st.figure.start, st.figure.end): st.direction if st.role == "change" else None for st in item.stmts}
    moves = {i: spans.get((figures[i].start, figures[i].end)) for i in line.figures}
    stop = line.text.endswith(".")
    bare = line if stop else BriefLine(text=line.text + ".", sentences=line.sentences, figures=line.figures)
    placed = clause_run(bare, moves, text, [(x.start, x.end) for x in analysis.sentences], figures)
    if placed is bare:
        return line
    return placed if stop else BriefLine(text=placed.text[:-1], sentences=placed.sentences, figures=placed.figures)


def brief_en(
    article: Article,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    summary: Sequence[int],
    events: Sequence[Event] = (),
) -> tuple[str, tuple[BriefLine, ...]]:
    """(headline text, lines): ``brief_english`` for callers that want the headline as a string."""
    result = brief_english(article, analysis, figures, facts, summary, events)
    return (result.headline.text if result.headline is not None else ""), result.lines
