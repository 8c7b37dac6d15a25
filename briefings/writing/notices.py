"""Government, regulatory and incident notices said as a wire says them, each with its figures cited:

- a recall: "Four companies including Hyundai Motor and Kia will recall 182,347 vehicles of 12 models for
  manufacturing defects, the Ministry of Land, Infrastructure and Transport said on 21 October 2026" (the makers
  named before the vehicle count, or pointed back to from the recall told just before: "이들 업체의 차량");
- an incident that halts a plant: "A fire halted all production at a Hankook Tire & Technology plant in South
  Chungcheong Province; about 120 workers were evacuated" (the plant's place said only when known);
- a trade-remedy ruling: "The US Department of Commerce made a preliminary ruling to impose anti-dumping duties on
  Korean carbon steel plate, setting rates of 18.64% for Hyundai Steel and 9.12% for POSCO" (the goods said only
  when every word of them is known; the rates by party from the sentences right after);
- a rate change per unit by use: "KEPCO will raise industrial electricity rates by ₩9.7 per kWh and residential
  rates by ₩5 per kWh from 1 December 2026" (each rate with its use, unit and a verb that ends the list).

An argument missing (no maker, no company, no known goods, no use or unit, no subject) means no line. Cue words are
data (``data/notices.tsv``); names come from the gazetteer (``mentions``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from briefings.facts.attribution import EntityMention, Mentions
from briefings.facts.events import background_words, site_of, undone
from briefings.lexicon import kind_table
from briefings.model import Figure
from briefings.writing.wording import joined, possessive

_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SUBJECT = re.compile(r"\s*(?:은|는|이|가)\s")
_QUALIFIED = {"approx": "about ", "more_than": "more than ", "at_least": "at least "}
_BACK_REACH = 2  # sentences after a recall where a sentence pointing back to its makers may tell it again
_EVAC_REACH = 3  # sentences after an incident where its evacuees may be counted (twice as far when it is retold)
_RATE_REACH = 3  # sentences after a ruling where its rates by party may be given
_GOODS_PARTICLE = re.compile(r"\s*(?:에 대해|에 대한|에)\s*$")
_PLANT_PARTICLE = re.compile(r"(?:에서|의|에)$")
_LIST_GOES_ON = (",", "·", "와", "과", "및", "등")
_NOT_DONE = ("던", "을", "다면", "으면")
_DISTRICT_ENDS = ("구", "시", "군")
_REPORT_GAP = 12  # characters between a recall verb and the verb of its statement ("…들어간다고 21일 밝혔다")


@dataclass(frozen=True)
class Notice:
    """A notice line: what it says, its sentence and position, the figures it cites, the names it is about."""

    text: str
    sentence: int
    position: int
    figures: tuple[int, ...]
    subjects: tuple[str, ...] = ()


@cache
def _table() -> dict[str, tuple[tuple[str, str], ...]]:
    return kind_table("notices.tsv")


@cache
def _rows(kind: str) -> tuple[tuple[str, str], ...]:
    """The (Korean, English) rows of a kind, longest Korean first (sorted once)."""
    return tuple(sorted(_table().get(kind, ()), key=lambda r: -len(r[0])))


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(ko for ko, _ in _rows(kind))


def _small(n: int) -> str:
    return _SMALL[n - 1] if 1 <= n <= len(_SMALL) else f"{n:,}"


def _number(f: Figure, spell: bool = False) -> str | None:
    """A count said as a number ("182,347", "about 180,000"; "four" spelled when ``spell``), or None for a band,
    a non-integer or a qualifier with no English here."""
    if f.kind != "count" or f.high is not None or not isinstance(f.value, int | float) or f.value != int(f.value):
        return None
    if f.value <= 0 or (f.qualifier and f.qualifier not in _QUALIFIED):
        return None
    n = int(f.value)
    said = _small(n) if spell and not f.qualifier else f"{n:,}"
    return _QUALIFIED.get(f.qualifier or "", "") + said


def _in(figures: Sequence[Figure], si: int) -> list[tuple[int, Figure]]:
    """The (index, figure) pairs of sentence ``si``, in order (a fresh list)."""
    if not isinstance(figures, tuple):
        return [(i, f) for i, f in enumerate(figures) if f.sentence == si]
    return list(_by_sentence(figures).get(si, ()))


_BY_SENTENCE: list[tuple[tuple[Figure, ...], dict[int, list[tuple[int, Figure]]]]] = []


def _by_sentence(figures: tuple[Figure, ...]) -> dict[int, list[tuple[int, Figure]]]:
    """The article's figures grouped by sentence, built once per figures tuple (each reader asks sentence by
    sentence, which read every figure once per sentence). Kept by identity for the last tuple only, the tuple
    itself kept with it (immutable, its identity never reused while kept)."""
    if _BY_SENTENCE and _BY_SENTENCE[0][0] is figures:
        return _BY_SENTENCE[0][1]
    index: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        index.setdefault(f.sentence, []).append((i, f))
    _BY_SENTENCE[:] = [(figures, index)]
    return index


def _subject_name(
    text: str, names: Sequence[EntityMention], lo: int, hi: int, types: frozenset[str]
) -> EntityMention | None:
    """The last gazetteer name of ``types`` in ``text[lo:hi]`` marked as the subject (은/는/이/가 right after it)."""
    marked = [
        m for m in names if lo <= m.start and m.end <= hi and m.entity.type in types and _SUBJECT.match(text, m.end)
    ]
    return marked[-1] if marked else None


# --------------------------------------------------------------------------- recalls


@dataclass(frozen=True)
class _Recall:
    sentence: int
    makers: tuple[str, ...]
    including: bool
    listed: (
        bool  # the list of makers ends at its last name (no comma, 와/과 or 등 after it: an unknown name may follow)
    )
    companies: int | None
    companies_noun: str | None
    models: int | None
    cause: str | None
    vehicles: int
    tense: str
    position: int


def _counted(text: str, f: Figure, kind: str) -> str | None:
    """The English noun of ``kind`` right after a 개 count ("12개 차종": "models"), else None."""
    if f.kind != "count" or f.counter not in ("개", "곳"):
        return None
    rest = text[f.end : f.end + 8].lstrip()
    return next((en for ko, en in _rows(kind) if rest.startswith(ko)), None)


def _recall_at(body: str) -> tuple[int, str] | None:
    """Where the recall verb of a sentence stands and its tense ("will", "done"), or None."""
    found = [(body.find(w), tense) for tense in ("will", "done") for w in _words(f"recall_{tense}") if w in body]
    return min(found) if found else None


def _recall_line(
    r: _Recall, figures: Sequence[Figure], said_by: tuple[str, str] | None
) -> tuple[str, tuple[int, ...]] | None:
    vehicles = _number(figures[r.vehicles])
    if vehicles is None or not r.makers:
        return None
    cited = [r.vehicles]
    makers = joined(list(r.makers))
    if r.companies is not None:  # "A와 B, C 등 4개 업체": four companies, some of them named
        count = _number(figures[r.companies], spell=True)
        total = int(figures[r.companies].value)
        noun = r.companies_noun
        if count is None or noun is None or total < len(r.makers):
            return None
        who = makers if total == len(r.makers) else f"{count[:1].upper()}{count[1:]} {noun} including {makers}"
        cited.append(r.companies)
    elif r.including:
        who = f"{makers} and others"
    elif r.listed:
        who = makers
    else:
        return None  # other words between the makers and the count: the list may be longer than its names
    verb = "will recall" if r.tense == "will" else "recalled"
    models = ""
    if r.models is not None:
        m = _number(figures[r.models], spell=True)
        if m is not None:
            models = f" of {m} model" + ("" if m == "one" else "s")
            cited.append(r.models)
    cause = f" for {r.cause}" if r.cause else ""
    said = f", {said_by[0]} said{said_by[1]}" if said_by else ""
    return f"{who} {verb} {vehicles} vehicles{models}{cause}{said}.", tuple(cited)


def _recalls(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    out: list[Notice] = []
    last: _Recall | None = None
    counters = {ko for ko, _ in _rows("vehicles")}
    for si, (lo, hi) in enumerate(sentences):
        body = text[lo:hi]
        found = _recall_at(body)
        if found is None:
            continue
        at, tense = lo + found[0], found[1]
        here = [(i, f) for i, f in _in(figures, si) if f.end <= at]
        vehicles = [i for i, f in here if f.kind == "count" and f.counter in counters]
        if not vehicles:
            continue
        first = min(figures[i].start for i, f in here if f.kind == "count")
        names = mentions[si] if si < len(mentions) else ()
        makers: list[str] = []
        end = lo
        for m in names:
            if m.entity.type == "company" and lo <= m.start and m.end <= first and m.entity.en not in makers:
                makers.append(m.entity.en)
                end = m.end
        companies = models = None
        companies_noun: str | None = None
        for i, f in here:
            if (noun := _counted(text, f, "makers")) is not None:
                companies, companies_noun = i, noun
            elif _counted(text, f, "models") is not None:
                models = i
        including = bool(makers) and text[end : end + 4].lstrip().startswith(tuple(_words("including")))
        listed = bool(makers) and not text[end : end + 3].lstrip().startswith(_LIST_GOES_ON)
        cause = next((en for ko, en in _rows("cause") if ko in body[: at - lo]), None)
        back = any(w in body[: at - lo] for w in _words("back"))
        carried = last is not None and back and not makers and si - last.sentence <= _BACK_REACH
        if carried and last is not None:
            own = companies is not None
            r = _Recall(last.sentence, last.makers, last.including, last.listed, companies if own else last.companies,
                        companies_noun if own else last.companies_noun, models if models is not None else last.models,
                        last.cause or cause, vehicles[-1], tense, last.position)  # fmt: skip
        else:
            r = _Recall(
                si, tuple(makers), including, listed, companies, companies_noun, models, cause, vehicles[-1], tense, at
            )
        said_by = _said_by(text, figures, names, lo, at, hi, si, name)
        line = _recall_line(r, figures, said_by[0] if said_by else None)
        if line is None:
            continue
        cited = line[1] + (said_by[1] if said_by else ())
        notice = Notice(line[0], r.sentence, r.position, tuple(sorted(set(cited))), r.makers)
        if carried and out and out[-1].sentence == r.sentence:
            out[-1] = notice  # the exact count and who announced it, in place of the lead's rounded telling
        else:
            out.append(notice)
        last = r
    return out


def _said_by(
    text: str,
    figures: Sequence[Figure],
    names: Sequence[EntityMention],
    lo: int,
    at: int,
    hi: int,
    si: int,
    name: Callable[[str], str],
) -> tuple[tuple[str, str], tuple[int, ...]] | None:
    """(", the X said", " on D") when an org marked as the sentence's subject states the recall ("…리콜에 들어간다고
    21일 밝혔다"), with the day written between the recall verb and the report verb; else None."""
    org = _subject_name(text, names, lo, at, frozenset({"org"}))
    if org is None:
        return None
    tail = text[at:hi]
    report = [(tail.find(w), en) for w, en in _rows("report") if w in tail]
    if not report:
        return None
    rp = at + min(report)[0]
    dated = [
        (i, f)
        for i, f in _in(figures, si)
        if f.kind == "date" and at <= f.start and f.end <= rp and rp - f.end <= _REPORT_GAP
        and isinstance(f.value, str) and len(f.value) == 10
    ]  # fmt: skip
    day = f" on {dated[-1][1].en}" if dated else ""
    return (name(org.entity.en), day), ((dated[-1][0],) if dated else ())


# --------------------------------------------------------------------------- incidents halting a plant


def _incidents(
    text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure], mentions: Mentions
) -> list[Notice]:
    out: list[Notice] = []
    sites = {ko: en for ko, en in _rows("plant")}
    for si, (lo, hi) in enumerate(sentences):
        body = text[lo:hi]
        inc = next(((body.find(w), en) for w, en in _rows("incident") if w in body), None)
        if inc is None:
            continue
        ip, what = inc
        halt = _halt(body, ip)
        if halt is None:
            continue
        verb = halt
        names = mentions[si] if si < len(mentions) else ()
        firms = [m for m in names if m.entity.type == "company" and lo <= m.start and m.end <= lo + ip]
        if not firms:
            continue
        firm = firms[-1]
        words = text[firm.end : lo + ip].split()
        plant = None
        for k, w in enumerate(words):
            w = _PLANT_PARTICLE.sub("", w)
            noun = next((ko for ko in sorted(sites, key=len, reverse=True) if w.endswith(ko)), None)
            if noun is not None:
                plant = (w[: -len(noun)], sites[noun], words[:k])
                break
        if plant is None:
            continue
        prefix, noun, before = plant
        company = firm.entity.en
        named = site_of([prefix]) if prefix else None
        wide = site_of(before)
        if named:
            at = f"at {possessive(company)} {named} {noun}"
        elif wide:
            at = f"at a {company} {noun} in {wide}"
        else:
            at = f"at a {company} {noun}"
        line = f"{what} {verb} {at}"
        cited: tuple[int, ...] = ()
        evac = _evacuated(text, sentences, figures, si)
        if evac is not None:
            line += f"; {evac[0]} were evacuated"
            cited = (evac[1],)
        out.append(Notice(line + ".", si, lo + ip, cited, (company,)))
        break  # the incident is told once
    return out


def _halt(body: str, after: int) -> str | None:
    """The English of the first halt of production written after ``after`` ("가동이 전면 중단됐다": "halted all
    production"), or None."""
    alls = dict(_rows("halt_all"))
    for w, en in _rows("halt"):
        at = body.find(w, after)
        if at < 0:
            continue
        rest = body[at + len(w) :].lstrip()
        modifier = next((m for m in alls if rest.startswith(m)), None)
        if modifier is not None:
            rest = rest[len(modifier) :].lstrip()
        verb = next((v for v in _words("halted") if rest.startswith(v)), None)
        if verb is not None and not rest[len(verb) :].startswith(_NOT_DONE):  # "중단됐던 공장": a past halt, told aside
            return alls[modifier] if modifier else en
    return None


def _evacuated(
    text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure], si: int
) -> tuple[str, int] | None:
    """("about 120 workers", figure) from "근무자 120여명이 긴급 대피했으며" in the incident's sentence or the
    next ones."""
    for k in range(si, min(len(sentences), si + 1 + 2 * _EVAC_REACH)):
        told = any(w in text[sentences[k][0] : sentences[k][1]] for w in _words("incident"))
        if k > si + _EVAC_REACH and not told:
            continue  # further on, only a sentence that tells the incident again ("불이 나자 …") counts its evacuees
        for i, f in _in(figures, k):
            if f.kind != "count" or f.counter != "명":
                continue
            who = next(
                (en for ko, en in _rows("evacuees") if text[max(0, f.start - len(ko) - 1) : f.start].strip() == ko),
                None,
            )
            after = text[f.end : f.end + 12]
            if (
                who is None
                or not after.startswith(("이 ", "가 "))
                or not any(
                    after[2:].lstrip().startswith(v) or after[2:].lstrip().startswith("긴급 " + v)
                    for v in _words("evacuated")
                )
            ):
                continue
            n = _number(f)
            if n is not None:
                return f"{n} {who}", i
    return None


# --------------------------------------------------------------------------- trade-remedy rulings


def _rulings(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    out: list[Notice] = []
    for si, (lo, hi) in enumerate(sentences):
        body = text[lo:hi]
        duty = next(((body.find(w), w, en) for w, en in _rows("duty") if w in body), None)
        if duty is None:
            continue
        dp, dko, duty_en = duty
        ruling = None
        for w, en in _rows("ruling"):
            rp = body.find(w, dp + len(dko))
            if rp >= 0 and body[rp + len(w) :].startswith(_words("ruled")):
                ruling = (rp, en)
                break
        if ruling is None:
            continue
        names = mentions[si] if si < len(mentions) else ()
        agency = _subject_name(text, names, lo, lo + dp, frozenset({"org"}))
        if agency is None:
            continue
        origin = next(((body.rfind(w, 0, dp), en, w) for w, en in _rows("origin") if 0 <= body.rfind(w, 0, dp)), None)
        if origin is None:
            continue
        op, origin_en, oko = origin
        goods_ko = _GOODS_PARTICLE.sub("", body[op + len(oko) : dp]).strip()
        goods = dict(_rows("goods")).get(goods_ko)
        if goods is None:
            continue
        line = f"{name(agency.entity.en)} made a {ruling[1]} ruling to impose {duty_en} on {origin_en} {goods}"
        line = line[:1].upper() + line[1:]
        rates, cited = _rates(text, sentences, figures, mentions, si)
        if rates:
            line += ", setting rates of " + joined(rates)
        due = (
            _final_due(text, sentences, figures, mentions, si, agency.entity.en) if ruling[1] == "preliminary" else None
        )
        out.append(Notice(line + ".", si, lo + dp, cited, (agency.entity.en,)))
        if due is not None:  # a line of its own: the final ruling's date is not the day of the rates set
            who = name(agency.entity.en)
            said = f"{who[:1].upper()}{who[1:]} is due to make a final ruling {_date_words(figures[due])}."
            out.append(Notice(said, figures[due].sentence, figures[due].start, (due,), (agency.entity.en,)))
        break
    return out


def _date_words(f: Figure) -> str:
    """ "in February 2027", "on 3 March 2027", "by 2027": a date said after a verb."""
    en = f.en.strip()
    if en.startswith(("by ", "in ", "on ", "from ")):
        return en
    return f"on {en}" if isinstance(f.value, str) and len(f.value) == 10 else f"in {en}"


def _final_due(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    si: int,
    agency: str,
) -> int | None:
    """The date figure of the final ruling a preliminary one's agency says is to come, or None."""
    for k in range(si + 1, min(len(sentences), si + 1 + 2 * _RATE_REACH)):
        lo, hi = sentences[k]
        names = mentions[k] if k < len(mentions) else ()
        for i, f in _in(figures, k):
            if f.kind != "date" or not text[f.end : hi].lstrip().startswith(_words("final_due")):
                continue
            who = _subject_name(text, names, lo, f.start, frozenset({"org"}))
            if (
                who is not None
                and who.entity.en == agency
                and text[who.end : f.start].strip() in ("은", "는", "이", "가")
            ):
                return i
    return None


def _rates(
    text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure], mentions: Mentions, si: int
) -> tuple[list[str], tuple[int, ...]]:
    """(["18.64% for Hyundai Steel", …], figures) from the first sentence after a ruling that sets rates by party
    ("현대제철에는 18.64%, 포스코에는 9.12%가 부과됐고"): each percentage right after a party and 에는/에."""
    rest = dict(_rows("rest"))
    for k in range(si + 1, min(len(sentences), si + 1 + _RATE_REACH)):
        lo, hi = sentences[k]
        body = text[lo:hi]
        if not any(w in body for w in _words("levy")):
            continue
        names = mentions[k] if k < len(mentions) else ()
        said: list[str] = []
        cited: list[int] = []
        for i, f in _in(figures, k):
            if f.kind != "percent" or f.qualifier or f.high is not None:
                continue
            head = text[lo : f.start]
            m = re.search(r"(?:에는|에)\s*$", head)
            if m is None:
                continue
            party_end = lo + m.start()
            party = next((x.entity.en for x in names if x.end == party_end and x.entity.type == "company"), None)
            if party is None:
                party = next((en for ko, en in sorted(rest.items(), key=lambda r: -len(r[0]))
                              if text[max(lo, party_end - len(ko)) : party_end] == ko), None)  # fmt: skip
            if party is None:
                continue
            said.append(f"{f.en} for {party}")
            cited.append(i)
        if said:
            return said, tuple(cited)
    return [], ()


# --------------------------------------------------------------------------- rate changes per unit


@cache
def _unit_rate_item() -> re.Pattern[str]:
    """A use, an optional fee and a unit right before a per-unit price ("주택용 전기요금은 kWh당 "), compiled once."""
    use_re = "|".join(re.escape(u) for u, _ in _rows("use"))
    fee_re = "|".join(re.escape(u) for u, _ in _rows("fee"))
    unit_re = "|".join(re.escape(u) for u, _ in _rows("unit"))
    return re.compile(rf"({use_re})\s*({fee_re})?\s*(?:을|를|은|는|이|가)?\s*({unit_re})(?:\([^()]*\))?당\s*$")


def _unit_rates(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    out: list[Notice] = []
    uses = _rows("use")
    fees = _rows("fee")
    units = _rows("unit")
    verbs = [(w, en) for kind in ("raise_will", "raise_done", "cut_will", "cut_done") for w, en in _rows(kind)]
    intransitive = [(w, en) for kind in ("rise_will", "rise_done", "fall_will", "fall_done") for w, en in _rows(kind)]
    carried: str | None = None  # the fee of the article's last rate line ("electricity rates")
    item = _unit_rate_item()
    for si, (lo, hi) in enumerate(sentences):
        money = [(i, f) for i, f in _in(figures, si) if f.kind == "money" and not f.qualifier and f.high is None]
        found: list[tuple[int, Figure, str, str | None, str, int]] = []  # (index, figure, use, fee, unit, start)
        prev_end = lo
        for i, f in money:
            m = item.search(text, prev_end, f.start)
            if m is None or m.end() != f.start:
                continue
            if found and text[prev_end : m.start()].strip() not in (",", ""):
                found = []  # another clause between: not one list
            found.append(
                (i, f, dict(uses)[m.group(1)], dict(fees).get(m.group(2) or ""), dict(units)[m.group(3)], m.start())
            )
            prev_end = f.end
        if not found:
            continue
        tail = text[found[-1][1].end : hi].lstrip()
        verb = next((en for w, en in verbs if tail.startswith(w)), None)
        moved = next((en for w, en in intransitive if tail.startswith(w)), None)
        if moved is not None and out and si - out[-1].sentence <= _RATE_REACH and carried:
            said = [f"{use} {fee or carried} by {f.en} per {unit}" for _, f, use, fee, unit, _ in found]
            first = said[0].replace(" by ", f" {moved} ", 1)
            line = " and ".join([first[:1].upper() + first[1:], *said[1:]]) if len(said) <= 2 else ""
            if line:
                out.append(Notice(line + ".", si, found[0][5], tuple(sorted(i for i, *_ in found)), ()))
            continue
        if verb is None or found[0][3] is None:
            continue
        names = mentions[si] if si < len(mentions) else ()
        who = _subject_name(text, names, lo, found[0][5], frozenset({"company", "org"}))
        if who is None:
            continue
        said = []
        for k, (_, f, use, fee, unit, _) in enumerate(found):
            noun = fee if k == 0 or (fee and fee != "rates") else ("rates" if fee else None)
            if noun is None:
                noun = "rates"
            said.append(f"{use} {noun} by {f.en} per {unit}")
        cited = [i for i, *_ in found]
        dated = [
            (i, f) for i, f in _in(figures, si)
            if f.kind == "date" and lo <= f.start and f.end <= found[0][5] and text.startswith("부터", f.end)
        ]  # fmt: skip
        since = f" from {dated[-1][1].en}" if dated else ""
        cited += [dated[-1][0]] if dated else []
        subject = name(who.entity.en)
        line = f"{subject[:1].upper()}{subject[1:]} {verb} {joined(said)}{since}."
        out.append(Notice(line, si, found[0][5], tuple(sorted(cited)), (who.entity.en,)))
        carried = found[0][3]
    return out


# --------------------------------------------------------------------------- banks' rate changes

_RATE_KINDS = ("raise_will", "raise_done", "raise_plan", "cut_will", "cut_done", "cut_plan")
_CLAUSE_END = re.compile(r"[가-힣](?:자|며|으며|고|면서|지만|는데|으나|해|하여|아서|어서)\s")
_QUOTES = ("'", '"', "‘", "’", "“", "”")


@cache
def _verbs() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((w, en) for k in _RATE_KINDS for w, en in _rows(k)), key=lambda r: -len(r[0])))


def _products(phrase: str) -> str | None:
    """The one English of every product written in ``phrase`` ("거치식 예금 17종과 적립식 예금 11종의": "deposits"),
    or None (none written, two kinds, or a quoted product name)."""
    if any(q in phrase for q in _QUOTES):
        return None
    found: set[str] = set()
    rest = phrase
    for ko, en in _rows("product"):
        if ko in rest:
            found.add(en)
            rest = rest.replace(ko, " ")
    return next(iter(found)) if len(found) == 1 else None


@cache
def _rate_word() -> re.Pattern[str]:
    """A rate word as the object right before a change ("기본금리를 0.2%포인트"), compiled once."""
    words = "|".join(re.escape(w) for w in _words("rate_word"))
    return re.compile(rf"(?<![가-힣])(?:{words})를\s*$")


def _bank_rates(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    out: list[Notice] = []
    rate = _rate_word()
    verbs = _verbs()
    each = _words("each")
    for si, (lo, hi) in enumerate(sentences):
        names = mentions[si] if si < len(mentions) else ()
        here = _in(figures, si)
        changes = [(i, f) for i, f in here if f.unit == "pp"]
        for k, (i, f) in enumerate(changes):
            m = rate.search(text, lo, f.start)
            if m is None:
                continue
            bank = _subject_name(text, names, lo, m.start(), frozenset({"company", "bank"}))
            if bank is None:
                continue
            opening = _SUBJECT.match(text, bank.end)
            assert opening is not None
            phrase = text[opening.end() : m.start()]
            product = _products(phrase)
            if product is None or _CLAUSE_END.search(phrase):  # "하나은행은 당국이 예금 금리를 내리자": another clause
                continue
            tail = text[f.end : hi].lstrip()
            if tail.startswith(",") and k + 1 < len(changes):
                after = text[changes[-1][1].end : hi].lstrip()  # "…N%포인트, B은행은 … M%포인트 각각 인하한다"
                tail = next((after[len(e) :].lstrip() for e in each if after.startswith(e)), "")
            else:
                tail = next((tail[len(e) :].lstrip() for e in each if tail.startswith(e)), tail)
            verb = next((en for w, en in verbs if tail.startswith(w)), None)
            if verb is None:
                continue
            dated = [
                (j, g) for j, g in here
                if g.kind == "date" and opening.end() <= g.start and g.end <= m.start()
                and text.startswith("부터", g.end)
            ]  # fmt: skip
            since = f" from {dated[-1][1].en}" if dated else ""
            who = name(bank.entity.en)
            line = f"{who[:1].upper()}{who[1:]} {verb} rates on its {product} by {f.en}{since}."
            cited = (i, *((dated[-1][0],) if dated else ()))
            out.append(Notice(line, si, f.start, tuple(sorted(cited)), (bank.entity.en,)))
    return out


# --------------------------------------------------------------------------- housing supply plans


def _supplies(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    from briefings.facts.housing import housing_data

    homes = dict(_rows("homes"))
    tenses = [(w, en) for kind in ("supply_plan", "supply_will") for w, en in _rows(kind)]
    tenses.sort(key=lambda r: -len(r[0]))
    own = dict(_rows("supply_place"))
    places = sorted({**housing_data().places, **own}.items(), key=lambda p: -len(p[0]))
    for si, (lo, hi) in enumerate(sentences):
        here = _in(figures, si)
        for i, f in here:
            if f.kind != "count" or f.counter not in homes:
                continue
            n = _number(f)
            rest = text[f.end : hi]
            if n is None or not rest.startswith(("를 ", "을 ")):
                continue
            rest = rest[2:]
            fresh = next(((w, en) for w, en in _rows("supply_new") if rest.startswith(w)), None)
            new = fresh[1] if fresh else None
            if fresh is not None:
                rest = rest[len(fresh[0]) :].lstrip()
            tense = next(((w, en) for w, en in tenses if rest.startswith(w)), None)
            if tense is None:
                continue
            names = mentions[si] if si < len(mentions) else ()
            org = _subject_name(text, names, lo, f.start, frozenset({"org"}))
            if org is not None:
                who, opening = name(org.entity.en), _SUBJECT.match(text, org.end)
            else:
                word = next(
                    ((w, en) for w, en in _rows("supply_who") if re.match(rf"{re.escape(w)}(?:가|는)\s", text[lo:hi])),
                    None,
                )
                who, opening = (
                    (word[1], re.compile(rf"{re.escape(word[0])}(?:가|는)\s").match(text, lo)) if word else ("", None)
                )
            if not who or opening is None:
                continue
            phrase = text[opening.end() : f.start]
            place = next((en for ko, en in places if re.search(rf"(?<![가-힣]){re.escape(ko)}에\s", phrase)), None)
            if place is None:
                continue  # homes somewhere the text does not say plainly: no line
            by = [
                (j, g)
                for j, g in here
                if g.kind == "date" and g.qualifier == "by" and opening.end() <= g.start < f.start
            ]
            said_on = [
                (j, g) for j, g in here
                if g.kind == "date" and g.qualifier is None and opening.end() <= g.start < f.start
                and isinstance(g.value, str) and len(g.value) == 10
            ]  # fmt: skip
            reported = rest[len(tense[0]) :].startswith("고 밝혔") or rest[len(tense[0]) :].startswith("고 발표")
            verb = tense[1]
            homes_en = f"{n} {new + ' ' if new else ''}{homes[f.counter]}"
            where = f" in {place}" + (f" {by[-1][1].en}" if by else "")
            cited = [i, *((by[-1][0],) if by else ())]
            if reported:
                day = f" on {said_on[-1][1].en}" if said_on else ""
                cited += [said_on[-1][0]] if said_on else []
                line = f"{who[:1].upper()}{who[1:]} said{day} it {verb} {homes_en}{where}."
            else:
                line = f"{who[:1].upper()}{who[1:]} {verb} {homes_en}{where}."
            return [Notice(line, si, f.start, tuple(sorted(cited)), (org.entity.en,) if org else ())]
    return []


# --------------------------------------------------------------------------- executive reshuffles

_RESHUFFLE_REACH = 3  # sentences after the first telling of a reshuffle where it may be told again or counted


def _reshuffles(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    first: tuple[int, EntityMention, str, int] | None = None  # (sentence, who, verb, position)
    year: int | None = None
    day: int | None = None
    count: int | None = None
    for si, (lo, hi) in enumerate(sentences):
        if first is not None and si > first[0] + _RESHUFFLE_REACH:
            break
        body = text[lo:hi]
        here = _in(figures, si)
        if first is not None and count is None:
            opening = next((ko for ko, _ in _rows("new_execs") if body.startswith(ko)), None)
            counted = [
                (i, f)
                for i, f in here
                if opening and f.counter == "명" and text[lo + len(opening) : f.start].strip() == ""
            ]
            if counted and _number(counted[0][1]) is not None:
                count = counted[0][0]
        found = next(((body.find(w), w) for w, _ in _rows("reshuffle") if w in body), None)
        if found is None:
            continue
        at, word = lo + found[0], found[1]
        verb = next((en for w, en in _rows("reshuffled") if text.startswith(w, at + len(word))), None)
        if verb is None:
            continue
        names = mentions[si] if si < len(mentions) else ()
        who = _subject_name(text, names, lo, at, frozenset({"org", "company"}))
        if who is None or (first is not None and who.entity.en != first[1].entity.en):
            continue
        if first is None:
            first = (si, who, verb, at)
        years = [i for i, f in here if f.kind == "date" and isinstance(f.value, str) and len(f.value) == 4
                 and text[f.end : at].strip() == "" and f.end <= at]  # fmt: skip
        days = [i for i, f in here if f.kind == "date" and isinstance(f.value, str) and len(f.value) == 10
                and who.end <= f.start and f.end <= at]  # fmt: skip
        if years and year is None:
            year = years[-1]
        if days and day is None:
            day, first = days[-1], (first[0], first[1], verb, first[3])
    if first is None:
        return []
    si, who, verb, at = first
    subject = name(who.entity.en)
    for_year = f"{figures[year].en} " if year is not None else ""
    noun = next(en for w, en in _rows("reshuffle") if text.startswith(w, at))
    line = f"{subject[:1].upper()}{subject[1:]} {verb} its {for_year}{noun}"
    if day is not None:
        line += f" on {figures[day].en}"
    cited = [i for i in (year, day) if i is not None]
    if count is not None:
        n = _number(figures[count])
        line += f", naming {n} new executives"
        cited.append(count)
    return [Notice(line + ".", si, at, tuple(sorted(cited)), (who.entity.en,))]


# --------------------------------------------------------------------------- stores' mandatory closing days


def _days(phrase: str) -> str | None:
    """ "the second and fourth Sundays" from "(매월) 둘째·넷째 일요일", or None for any other wording."""
    words = phrase.strip()
    for w in _words("monthly"):
        if words.startswith(w):
            words = words[len(w) :].strip()
    ordinals = dict(_rows("ordinal"))
    weekdays = dict(_rows("weekday"))
    m = re.fullmatch(r"((?:[가-힣]+·)*[가-힣]+)\s*([가-힣]+요일)", words)
    if m is None or m.group(2) not in weekdays:
        return None
    said = [ordinals.get(o) for o in m.group(1).split("·")]
    if not all(said):
        return None
    return f"the {joined([s for s in said if s])} {weekdays[m.group(2)]}s"


def _closing_days(text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure]) -> list[Notice]:
    from briefings.facts.housing import housing_data

    places = {ko: en for ko, en in housing_data().places.items() if ko.endswith(_DISTRICT_ENDS)}  # local governments
    place_re = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    opening = re.compile(rf"((?:{place_re})(?:(?:와|과|,)\s*(?:{place_re}))*)(?:은|는|이|가)\s")
    stores = dict(_rows("stores"))
    store_re = "|".join(re.escape(p) for p in sorted(stores, key=len, reverse=True))
    closing = "|".join(re.escape(w) for w in _words("closing"))
    change = "|".join(re.escape(w) for w in _words("change"))
    clause = re.compile(
        rf"((?:{store_re})(?:(?:와|과)\s*(?:{store_re}))*)의\s*(?:{closing})을\s*(.+?)에서\s*(.+?)로\s*(?:{change})"
    )
    for si, (lo, hi) in enumerate(sentences):
        who = opening.match(text, lo)
        if who is None:
            continue
        m = clause.search(text, who.end(), hi)
        if m is None:
            continue
        before, after = _days(m.group(2)), _days(m.group(3))
        if before is None or after is None:
            continue
        districts = [places[p] for p in re.split(r"(?:와|과|,)\s*", who.group(1))]
        kinds = [stores[k] for k in re.split(r"(?:와|과)\s*", m.group(1))]
        start = None
        for k in (si, si + 1):
            if k >= len(sentences):
                break
            for i, f in _in(figures, k):
                rest = text[f.end : sentences[k][1]]
                if f.kind == "date" and rest.startswith("부터") and rest[2:].lstrip().startswith(_words("applied")):
                    start = i
        if start is None:
            continue
        monthly = " of each month" if any(m.group(2).strip().startswith(w) for w in _words("monthly")) else ""
        line = (
            f"{joined(districts)} will move the {_words_en('closing', m.group(0))} of {joined(kinds)} from {before} "
            f"to {after}{monthly}, starting {figures[start].en}."
        )
        return [Notice(line, si, m.start(), (start,), ())]
    return []


def _words_en(kind: str, phrase: str) -> str:
    return next((en for ko, en in _rows(kind) if ko in phrase), "")


def notice_lines(
    text: str,
    sentences: Sequence[tuple[int, int]],
    figures: Sequence[Figure],
    mentions: Mentions,
    name: Callable[[str], str],
) -> list[Notice]:
    """The article's recall, incident, trade-ruling, rate, supply, reshuffle and closing-day lines (``name``: a
    name as a line says it); none from a background sentence ("앞서", "당시": events.tsv background rows), which
    would read as the article's news."""
    background = background_words()
    found = (
        _recalls(text, sentences, figures, mentions, name)
        + _incidents(text, sentences, figures, mentions)
        + _rulings(text, sentences, figures, mentions, name)
        + _unit_rates(text, sentences, figures, mentions, name)
        + _bank_rates(text, sentences, figures, mentions, name)
        + _supplies(text, sentences, figures, mentions, name)
        + _reshuffles(text, sentences, figures, mentions, name)
        + _closing_days(text, sentences, figures)
    )
    return [
        n
        for n in found
        if not any(w in text[slice(*sentences[n.sentence])] for w in background)
        and not undone(text[slice(*sentences[n.sentence])])  # denied, retracted, negated or only weighed
    ]
