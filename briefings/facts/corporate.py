"""Corporate actions and legal events said as a wire says them, each an Event of kind ``corporate`` whose ``detail``
is the English predicate and whose ``amount`` cites every figure it states (``data/corporate.tsv``):

- a share issue decided: "[X는] 1조원 규모의 주주배정 유상증자를 결정했다" -> "X decided on a ₩1 trillion rights
  offering", with the new shares, the issue price and its discount when the sentences after it give them
  ("보통주 720만주를 새로 발행", "예정 발행가는 15만2800원", "할인율 20%");
- a stock split decided: "[X는] 이사회를 열고 보통주 1주를 5주로 나누는 액면분할을 결의했다" -> "X's board approved a
  5-for-1 stock split", with the par value and the share count from/to when told ("액면가는 5000원에서 1000원으로");
- a bond offering's book-building: "[X는] 2000억원 규모의 회사채 … 수요예측 … 1조2400억원의 매수 주문을 받았다" ->
  "X drew ₩1.24 trillion of orders for a ₩200 billion bond offering";
- a trading halt: "[거래소는] … X 주권의 매매거래를 정지했다" -> "The Korea Exchange suspended trading in X shares";
- a criminal complaint: "[X는] 전 재무담당 임원 A씨를 횡령 혐의로 … 고소했다" -> "X filed a criminal complaint
  against a former finance executive over alleged embezzlement", with the sum alleged when a sentence after it names it;
- an award of damages: "[X가] 미국 … 소송 1심에서 N달러를 배상하라는 배심원 평결을 받았다" -> "A US jury ordered X to
  pay US$N in damages", "; X said it would appeal" when a sentence after it says so with X as its subject;
- stocks joining an index: "[지수]에는 A, B 등 7개 종목이 편입되고" -> "A and B are among 7 stocks to join the KOSPI
  200", with the day the change applies ("12월 11일부터 적용된다").

Each needs its actor (a gazetteer name marked as subject), its object and its verb said as done or decided; a
review, a plan or a negation after the trigger denies it. No argument, no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from briefings.facts.attribution import EntityMention, Mentions
from briefings.facts.decisions import _day, _money_after, _subject
from briefings.lexicon import _rows
from briefings.model import Analysis, Event, Figure

_SIZE_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:규모의|규모로|상당의)\s")
_SIZE_REACH = 48  # characters between an offering's size and its noun ("1조원 규모의 주주배정 후 … 유상증자")
_AFTER = 24  # characters after a decision verb where a denial counts
_LATER = 3  # sentences after an event where its further figures may be told
_SUBSCRIBE_REACH = 10  # sentences after a share issue where a holder's subscription may be told
_APPEAL_REACH = 6  # sentences after a verdict where the loser's word of an appeal may stand
_HOLDER_SUBJECT = re.compile(r"\s*(?:\([^()]*\))?\s*(?:은|는|이|가)\s")  # "포스코홀딩스(지분 59.7%)는 "
_RATIO = re.compile(r"\s*(?:을|를)\s*")
_FROM = re.compile(r"\s*에서\s*")
_TO = re.compile(r"\s*(?:으로|로)")
_PERSON = re.compile(r"\s*(?:[A-Z]{1,2}\s?씨|[가-힣]{2,3}\s?씨)?\s*(?:을|를)\s")
_FORMER = re.compile(r"(?:전|前)\s*$")
_CLAUSE_END = re.compile(r"[,.]|(?:고|며|면서|지만)\s")
_COMPANY = frozenset({"company", "bank"})


@dataclass(frozen=True)
class _Words:
    rows: dict[str, tuple[tuple[str, str], ...]]  # kind -> (a, b), longest b first (for ``issue``: a first)
    seconds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> its b words, built once

    def __post_init__(self) -> None:
        self.seconds.update({kind: tuple(b for _, b in pairs) for kind, pairs in self.rows.items()})

    def of(self, kind: str) -> tuple[tuple[str, str], ...]:
        return self.rows.get(kind, ())

    def words(self, kind: str) -> tuple[str, ...]:
        return self.seconds.get(kind, ())


@cache
def _words() -> _Words:
    rows: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("corporate.tsv"):
        if len(r) < 3 or r[0] == "kind":
            continue
        rows.setdefault(r[0], []).append((r[1], r[2]))
    keyed = {"issue", "issue_kind", "issue_price", "target", "charge", "verdict", "country", "suit"}
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for kind, pairs in rows.items():
        if kind in keyed:  # Korean in the first column: the longest first
            out[kind] = tuple(sorted(pairs, key=lambda p: -len(p[0])))
        else:
            out[kind] = tuple(sorted(pairs, key=lambda p: -len(p[1])))
    return _Words(out)


def _last_day(figs: Sequence[tuple[int, Figure]], lo: int, hi: int, text: str) -> int | None:
    """The day figure nearest before ``hi`` (after ``lo``) that is no deadline or start ("27일 업계에 따르면 X는 전날
    …": the day before, not the report's day)."""
    found = None
    for i, f in figs:
        if f.end <= hi and _day([(i, f)], lo, hi, text) is not None:
            found = i
    return found


def _by_sentence(figures: Sequence[Figure]) -> dict[int, list[tuple[int, Figure]]]:
    out: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        out.setdefault(f.sentence, []).append((i, f))
    return out


def _denied(text: str, start: int, hi: int) -> bool:
    """Whether a word of review, plan or negation stands in the clause right after ``start``."""
    after = text[start : min(hi, start + _AFTER)].split(".")[0]
    return any(d in after for d in _words().words("deny"))


def _decided(text: str, end: int, hi: int) -> int | None:
    """The end of a decision verb right after a trigger noun ending at ``end`` ("를 결정했"), else None; a denial in
    the clause after it is none."""
    for _, w in _words().of("decided"):
        if text.startswith(w, end):
            stop = end + len(w)
            return None if _denied(text, stop, hi) else stop
    return None


def _ends_with(text: str, at: int, words: Sequence[str]) -> str | None:
    """The longest of ``words`` ending right before ``at`` (spaces between allowed), else None."""
    head = text[:at].rstrip()
    return next((w for w in sorted(words, key=len, reverse=True) if head.endswith(w)), None)


def _from_to(text: str, figs: Sequence[tuple[int, Figure]], cue: Sequence[str], kind: str) -> tuple[int, int] | None:
    """The two figures of kind ``kind`` written "[cue] A에서 B로", else None."""
    for (i, a), (j, b) in zip(figs, figs[1:], strict=False):
        if a.kind != kind or b.kind != kind or a.unit != b.unit:
            continue
        if _FROM.fullmatch(text[a.end : b.start]) and _TO.match(text, b.end) and _ends_with(text, a.start, cue):
            return i, j
    return None


def _price_word(text: str, f: Figure) -> str | None:
    """The English adjective of the issue-price words right before a money figure ("예정 발행가는": expected; "-" for a
    plain price), else None."""
    head = text[: f.start].rstrip()
    return next((en for ko, en in _words().of("issue_price") if head.endswith(ko)), None)


def _later_figs(by: dict[int, list[tuple[int, Figure]]], si: int, n: int) -> list[tuple[int, Figure]]:
    return [p for k in range(si, min(n, si + _LATER + 1)) for p in by.get(k, [])]


def _share_issue(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    out: list[Event] = []
    n = len(analysis.sentences)
    for si, s in enumerate(analysis.sentences):
        names = mentions[si] if si < len(mentions) else ()
        figs = by.get(si, [])
        for ko, noun in words.of("issue"):
            k = text.find(ko, s.start, s.end)
            if k < 0:
                continue
            stop = _decided(text, k + len(ko), s.end)
            if stop is None:
                continue
            head = text[max(s.start, k - _SIZE_REACH) : k]
            kind = next((en for w, en in words.of("issue_kind") if w in head), noun)
            size = [
                (i, f) for i, f in figs
                if f.kind == "money" and k - _SIZE_REACH <= f.start and f.end <= k
                and _SIZE_GAP.match(text, f.end) and not any(g.start > f.end and g.end <= k for _, g in figs)
            ]  # fmt: skip
            obj = size[-1][1].start if size else k
            who = _subject(text, s.start, obj, names)
            if who is None or who[1] not in _COMPANY or any(e.who == (who[0],) for e in out):
                continue
            cited: list[int] = []
            said = f" decided on a {kind}"
            if size:
                money = _money_after(figs, size[-1][1].start, k)
                said = f" decided on a {figures[money[0]].en} {kind}" + "".join(
                    f" ({figures[i].en})" for i in money[1:]
                )
                cited.extend(money)
            day = _last_day(figs, s.start, k, text)
            if day is not None:
                said += f" on {figures[day].en}"
            later = _later_figs(by, si, n)
            shares = next(
                (i for i, f in later if f.kind == "count" and f.unit == "count" and f.en.endswith("shares")
                 and any(text.startswith(w, f.end) for w in words.words("new_shares"))),
                None,
            )  # fmt: skip
            if shares is not None:
                said += ", issuing " + figures[shares].en.removesuffix("shares") + "new shares"
                cited.append(shares)
                told = _later_figs(by, figures[shares].sentence, n)  # the price is told after the shares
                priced = [(i, _price_word(text, f)) for i, f in told if f.kind == "money"]
                price = next(((i, adj) for i, adj in priced if adj), None)
                if price is not None:
                    i, adj = price
                    noun = "price" if adj == "-" else f"{adj} price"  # "an expected price", "a final price"
                    said += f" at {'an' if noun[0] in 'aeiou' else 'a'} {noun} of {figures[i].en} each"
                    cited.append(i)
                    off = next(
                        (j for j, f in by.get(figures[i].sentence, []) if f.kind == "percent" and f.unit == "%"
                         and _ends_with(text, f.start, words.words("discount"))),
                        None,
                    )  # fmt: skip
                    if off is not None:
                        said += f", set at a {figures[off].en} discount"
                        cited.append(off)
            out.append(
                Event("corporate", "share_issue", si, k, stop, (who[0],), None, who[1], date=day,
                      detail=said, amount=tuple(cited))
            )  # fmt: skip
            out.extend(_subscriptions(text, analysis, figures, mentions, si, who[0]))
            break
    return out


def _subscriptions(
    text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions, si: int, issuer: str
) -> list[Event]:
    """A holder's word that it will take up its allotment of the issue told in sentence ``si`` ("최대주주인 X는 배정
    물량의 100%를 청약하겠다고 밝혔다"): "X, the largest shareholder, said it would subscribe for 100% of its allotted
    shares"; one, in the sentences after the issue."""
    words = _words()
    by = _by_sentence(figures)
    for k in range(si + 1, min(len(analysis.sentences), si + _SUBSCRIBE_REACH + 1)):
        s = analysis.sentences[k]
        body = text[s.start : s.end]
        if not any(w in body for w in words.words("subscribe_will")):
            continue
        share = next(
            (i for i, f in by.get(k, []) if f.kind == "percent" and f.unit == "%"
             and _ends_with(text, f.start, words.words("allotment"))
             and text.startswith(("를 청약", "을 청약"), f.end)),
            None,
        )  # fmt: skip
        if share is None:
            continue
        names = mentions[k] if k < len(mentions) else ()
        holder = next(
            (m for m in reversed(names) if m.end <= figures[share].start and m.entity.type in _COMPANY
             and _HOLDER_SUBJECT.match(text, m.end)),
            None,
        )  # fmt: skip
        if holder is None or holder.entity.en == issuer:
            continue
        role = next((en for ko, en in words.of("holder") if text[: holder.start].rstrip().endswith(ko)), None)
        name = f"{holder.entity.en}, {role}," if role else holder.entity.en
        said = f"{name} said it would subscribe for {figures[share].en} of its allotted shares"
        return [Event("corporate", "issue_subscription", k, figures[share].start, figures[share].end,
                      (holder.entity.en,), None, holder.entity.type, detail=said, amount=(share,))]  # fmt: skip
    return []


def _stock_split(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    out: list[Event] = []
    n = len(analysis.sentences)
    for si, s in enumerate(analysis.sentences):
        names = mentions[si] if si < len(mentions) else ()
        figs = by.get(si, [])
        for ko in words.words("split"):
            k = text.find(ko, s.start, s.end)
            if k < 0:
                continue
            stop = _decided(text, k + len(ko), s.end)
            if stop is None:
                continue
            who = _subject(text, s.start, k, names)
            if who is None or who[1] not in _COMPANY or any(e.who == (who[0],) for e in out):
                continue
            cited: list[int] = []
            ratio = ""
            counts = [
                (i, f) for i, f in figs if f.kind == "count" and f.end <= k and f.en.endswith(("share", "shares"))
            ]  # fmt: skip
            for (i, a), (j, b) in zip(counts, counts[1:], strict=False):
                if _RATIO.fullmatch(text[a.end : b.start]) and _TO.match(text, b.end):
                    if isinstance(a.value, float) and isinstance(b.value, float) and a.value == 1 and b.value > 1:
                        ratio = f"{int(b.value)}-for-1 " if b.value.is_integer() else ""
                        cited = [i, j] if ratio else []  # "5-for-1": the new count per old share (both said)
            said = f" approved a {ratio}stock split" if who[2] else f" decided on a {ratio}stock split"
            day = _last_day(figs, s.start, k, text)
            if day is not None:
                said += f" on {figures[day].en}"
            later = _later_figs(by, si, n)
            par = _from_to(text, later, words.words("par"), "money")
            if par is not None and figures[par[0]].value > figures[par[1]].value:  # type: ignore[operator]
                said += f", cutting the par value from {figures[par[0]].en} to {figures[par[1]].en}"
                cited.extend(par)
                count = _from_to(text, later, words.words("share_count"), "count")
                if count is not None and figures[count[0]].value < figures[count[1]].value:  # type: ignore[operator]
                    said += f" and raising the share count from {figures[count[0]].en} to {figures[count[1]].en}"
                    cited.extend(count)
            action = "stock_split_board" if who[2] else "stock_split"
            out.append(
                Event("corporate", action, si, k, stop, (who[0],), None, who[1], date=day, detail=said,
                      amount=tuple(cited))
            )  # fmt: skip
            break
    return out


def _bond_orders(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    out: list[Event] = []
    for si, s in enumerate(analysis.sentences):
        body = text[s.start : s.end]
        bond = next((w for w in words.words("bond") if w in body), None)
        if bond is None or not any(w in body for w in words.words("book")):
            continue
        figs = by.get(si, [])
        names = mentions[si] if si < len(mentions) else ()
        orders = next(
            ((i, f) for i, f in figs
             if f.kind == "money" and any(text.startswith(w, f.end) for w in words.words("orders"))),
            None,
        )  # fmt: skip
        at = s.start + body.find(bond)
        size = [
            (i, f) for i, f in figs
            if f.kind == "money" and at - _SIZE_REACH <= f.start and f.end <= at and _SIZE_GAP.match(text, f.end)
        ]  # fmt: skip
        if orders is None or not size or orders[1].start < at:
            continue
        if _denied(text, orders[1].end, s.end):
            continue
        who = _subject(text, s.start, size[-1][1].start, names)
        if who is None or who[1] not in _COMPANY or any(e.who == (who[0],) for e in out):
            continue
        i, f = size[-1]
        cited = [i, orders[0]]
        said = f" drew {orders[1].en} of orders"
        ratio = next(
            (j for k in (si, si + 1) for j, g in by.get(k, []) if g.kind == "multiple"
             and _ends_with(text, g.start, words.words("ratio_cue"))),
            None,
        )  # fmt: skip
        if ratio is not None:  # "경쟁률은 6.2배다": the orders against the amount offered
            said += f", {figures[ratio].en.removesuffix('x')} times the amount offered,"
            cited.append(ratio)
        said += f" for a {f.en} bond offering"
        day = _last_day(figs, s.start, f.start, text)
        if day is not None:
            said += f" in book-building on {figures[day].en}"
        more = _increase(text, analysis, by, si)
        if more is not None:
            said += f", and is considering raising the offering to {figures[more].en}"
            cited.append(more)
        out.append(
            Event("corporate", "bond_orders", si, at, at + len(bond), (who[0],), None, who[1], date=day,
                  detail=said, amount=tuple(cited))
        )  # fmt: skip
    return out[:1]


def _increase(text: str, analysis: Analysis, by: dict[int, list[tuple[int, Figure]]], si: int) -> int | None:
    """The size an offering may be raised to, in a sentence next to its orders' ("발행 규모를 최대 4000억원까지
    늘리는 방안을 검토하고 있다"): a money figure right before an ``increase`` word in a sentence with a ``review``
    word; else None."""
    words = _words()
    for k in (si - 1, si + 1, si - 2, si + 2):
        if not 0 <= k < len(analysis.sentences):
            continue
        s = analysis.sentences[k]
        if not any(w in text[s.start : s.end] for w in words.words("review")):
            continue
        for i, f in by.get(k, []):
            if f.kind == "money" and re.match(
                r"\s*(?:까지|으로|로)?\s*(?:" + "|".join(re.escape(w) for w in words.words("increase")) + ")",
                text[f.end : f.end + 12],
            ):
                return i
    return None


def _halts(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    out: list[Event] = []
    for si, s in enumerate(analysis.sentences):
        names = mentions[si] if si < len(mentions) else ()
        for m in names:
            if m.entity.type not in _COMPANY:
                continue
            pos = m.end
            while pos < s.end and text[pos] == " ":
                pos += 1
            obj = next((w for w in words.words("halt_object") if text.startswith(w, pos)), None)
            if obj is None:
                continue
            pos += len(obj)
            while pos < s.end and text[pos] == " ":
                pos += 1
            done = next(((v, w) for v, w in words.of("halt_done") if text.startswith(w, pos)), None)
            if done is None or _denied(text, pos + len(done[1]), s.end):
                continue
            exchange = next(
                (x for x in names if x.entity.type == "exchange" and x.end <= m.start
                 and re.match(r"(?:\s*[가-힣]*본부|\s*[가-힣]*시장본부)?\s*(?:은|는|이|가)\s", text[x.end : m.start])),
                None,
            )  # fmt: skip
            share = f"{m.entity.en} shares"
            if done[0] == "active" and exchange is not None:
                said, who = f"{_exchange_as_subject(exchange.entity.en)} suspended trading in {share}", exchange.entity.en
            elif done[0] == "passive":
                said, who = f"Trading in {share} was suspended", m.entity.en
            else:
                continue
            day = _last_day(by.get(si, []), s.start, m.start, text)
            if day is not None:
                said += f" on {figures[day].en}"
            out.append(
                Event("corporate", "trading_halt", si, m.start, pos + len(done[1]), (who,), m.entity.en,
                      exchange.entity.type if exchange and who == exchange.entity.en else m.entity.type,
                      date=day, detail=said)
            )  # fmt: skip
            return out
    return out


def _exchange_as_subject(name: str) -> str:
    """An exchange named at the head of a line ("The Korea Exchange", "Nasdaq"), by the writer's one rule for "the"."""
    from briefings.writing.wording import name_phrase  # lazily: the writing layer imports the facts

    phrase = name_phrase(name, False, "exchange")
    return phrase[:1].upper() + phrase[1:]


def _complaints(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    n = len(analysis.sentences)
    for si, s in enumerate(analysis.sentences):
        names = mentions[si] if si < len(mentions) else ()
        for verb in words.words("complaint"):
            v = text.find(verb, s.start, s.end)
            if v < 0 or _denied(text, v + len(verb), s.end):
                continue
            head = text[s.start : v]
            found = None
            for ko, en in words.of("target"):
                for hit in re.finditer(re.escape(ko), head):
                    person = _PERSON.match(head, hit.end())
                    if person is not None:
                        found = (s.start + hit.start(), s.start + person.end(), en)
                if found:
                    break
            if found is None:
                continue
            former = bool(_FORMER.search(text[max(s.start, found[0] - 3) : found[0]]))
            charge = next(
                ((ko, en) for ko, en in words.of("charge")
                 if re.search(re.escape(ko) + r"\s*혐의", text[found[1] : v])),
                None,
            )  # fmt: skip
            if charge is None:
                continue
            lo = found[0] - (3 if former else 0)
            who = _subject(text, s.start, lo, names)
            if who is None or who[1] not in _COMPANY:
                continue
            target = f"former {found[2]}" if former else found[2]
            article = "an" if target[0] in "aeiou" else "a"
            said = f" filed a criminal complaint against {article} {target} over alleged {charge[1]}"
            cited: list[int] = []
            sums = [w for c, w in words.of("charge_sum") if c == charge[0].split()[-1] or c == charge[0]]
            for k in range(si + 1, min(n, si + _LATER)):
                alleged = next(
                    (i for i, f in by.get(k, []) if f.kind == "money" and _ends_with(text, f.start, sums)), None
                )
                if alleged is not None:
                    said += f" of {figures[alleged].en}"
                    cited.append(alleged)
                    break
            tail = text[v + len(verb) : s.end]
            report = next((w for w in ("공시했", "밝혔") if w in tail), None)
            date = None
            if report is not None:
                day = _last_day(by.get(si, []), v, v + len(verb) + tail.find(report), text)
                if day is not None:
                    date = day
                    said += f", it said{' in a filing' if report == '공시했' else ''} on {figures[day].en}"
            return [
                Event("corporate", "criminal_complaint", si, v, v + len(verb), (who[0],), None, who[1], date=date,
                      detail=said, amount=tuple(cited))
            ]  # fmt: skip
    return []


def _verdicts(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    n = len(analysis.sentences)
    for si, s in enumerate(analysis.sentences):
        names = mentions[si] if si < len(mentions) else ()
        figs = by.get(si, [])
        for _, f in figs:
            if f.kind != "money":
                continue
            money = _money_after(figs, f.start, s.end)
            end = figures[money[-1]].end
            rest = text[end : end + 3]
            close = end + (rest.find(")") + 1 if rest.lstrip().startswith(")") else 0)
            damages = next((w for w in words.words("damages") if text.startswith(w, close)), None)
            if damages is None:
                continue
            after = close + len(damages)
            body = next(((ko, en) for ko, en in words.of("verdict") if text.startswith(" " + ko, after)
                         or text.startswith(ko, after)), None)  # fmt: skip
            if body is None:
                continue
            tail = text[after : s.end]
            if not re.match(r"\s*" + re.escape(body[0]) + r"\s*(?:을|를)\s*받았", tail):
                continue
            who = _subject(text, s.start, f.start, names)
            if who is None or who[1] not in _COMPANY:
                continue
            head = text[s.start : f.start]
            country = next((en for ko, en in words.of("country") if ko in head), None)
            suit = next((en for ko, en in words.of("suit") if ko in head), None)
            jury = f"A {country} {body[1]}" if country else f"A {body[1]}"
            conversion = "".join(f" ({figures[k].en})" for k in money[1:])
            said = f"{jury} ordered {who[0]} to pay {figures[money[0]].en}{conversion} in damages"
            if suit:
                said += f" in {suit}"
            for k in range(si + 1, min(n, si + _APPEAL_REACH + 1)):
                ks = analysis.sentences[k]
                own = mentions[k] if k < len(mentions) else ()
                subject = next((m for m in own if m.entity.en == who[0] and re.match(r"(?:은|는|이|가)\s", text[m.end :
                                m.end + 2])), None)  # fmt: skip
                if subject is not None and any(w in text[subject.end : ks.end] for w in words.words("appeal")):
                    said += f"; {who[0]} said it would appeal"
                    break
            return [
                Event("corporate", "damages_verdict", si, after, after + len(body[0]), (who[0],), None, who[1],
                      detail=said, amount=money)
            ]  # fmt: skip
    return []


def _index_joins(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    words = _words()
    by = _by_sentence(figures)
    for si, s in enumerate(analysis.sentences):
        names = mentions[si] if si < len(mentions) else ()
        body = text[s.start : s.end]
        join = next(((body.find(w), w) for w in words.words("join") if w in body), None)
        if join is None:
            continue
        at = s.start + join[0]
        clause_lo = s.start
        index = next((m for m in names if m.entity.type == "index" and m.end <= at), None)
        if index is None or not re.match(r"\s*(?:지수)?\s*(?:에는|에|에도)\s", text[index.end : index.end + 6]):
            continue
        count = next(
            ((i, f) for i, f in by.get(si, []) if f.kind == "count" and f.end <= at
             and any(f.surface.endswith(w) or text[f.end :].lstrip().startswith(w) for w in words.words("stock_count"))
             and re.match(r"\s*(?:종목)?\s*(?:이|가)\s", text[f.end : f.end + 6])),
            None,
        )  # fmt: skip
        if count is None:
            continue
        stocks = [
            m for m in names if m.entity.type in _COMPANY and clause_lo <= m.start and m.end <= count[1].start
            and m is not index
        ]  # fmt: skip
        if not stocks or _CLAUSE_END.search(text[stocks[-1].end : count[1].start].replace("등", "")):
            continue
        if not re.fullmatch(r"\s*등\s*", text[stocks[-1].end : count[1].start]):
            continue  # "A, B 등 7개 종목": the stocks named are some of those counted
        listed = [m.entity.en for m in stocks]
        if len(set(listed)) != len(listed):
            continue
        named = ", ".join(listed[:-1]) + (" and " if len(listed) > 1 else "") + listed[-1]
        verb = "are" if len(listed) > 1 else "is"
        said = f"{named} {verb} among {count[1].en} to join the {index.entity.en}"
        cited = [count[0]]
        told = _announced(text, analysis, figures, mentions)
        if told is not None:  # the day the change applies is said with the day it was announced
            exchange, day = told
            said = f"{_exchange_as_subject(exchange)} said on {figures[day].en} that {named} {verb} among {count[1].en} that will join "
            said += f"the {index.entity.en}"
            cited.append(day)
            effective = next(
                (i for i, f in enumerate(figures) if f.kind == "date"
                 and any(text.startswith(w, f.end) for w in words.words("applies"))),
                None,
            )  # fmt: skip
            if effective is not None:
                said += f" on {figures[effective].en}"
                cited.append(effective)
        return [
            Event("corporate", "index_join", si, at, at + len(join[1]), tuple(listed), index.entity.en, "company",
                  detail=said, amount=tuple(cited))
        ]  # fmt: skip
    return []


def _announced(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> tuple[str, int] | None:
    """(exchange, day figure) of the sentence where an exchange, as its subject, announces an index review on a day
    ("한국거래소는 27일 … 정기변경 결과를 발표했다"), else None."""
    words = _words()
    by = _by_sentence(figures)
    for si, s in enumerate(analysis.sentences):
        body = text[s.start : s.end]
        if not any(w in body for w in words.words("index_review")) or not any(
            w in body for w in words.words("announce")
        ):
            continue
        names = mentions[si] if si < len(mentions) else ()
        for m in names:
            if m.entity.type == "exchange" and re.match(r"(?:은|는|이|가)\s", text[m.end : m.end + 2]):
                day = _last_day(by.get(si, []), m.end, s.end, text)
                if day is not None:
                    return m.entity.en, day
    return None


def corporate_events(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    """The corporate actions and legal events of an article (one of each kind, its first telling); an undated one in
    a sentence of background ("앞서 … 유상증자를 결정한 바 있다") is no news of the day and is not kept."""
    from briefings.facts.events import background_words, undone  # events.py calls this module

    found = [
        *_share_issue(text, analysis, figures, mentions),
        *_stock_split(text, analysis, figures, mentions),
        *_bond_orders(text, analysis, figures, mentions),
        *_halts(text, analysis, figures, mentions),
        *_complaints(text, analysis, figures, mentions),
        *_verdicts(text, analysis, figures, mentions),
        *_index_joins(text, analysis, figures, mentions),
    ]
    background = background_words()

    def told_before(e: Event) -> bool:
        s = analysis.sentences[e.sentence]
        return e.date is None and any(w in text[s.start : s.end] for w in background)

    def not_done(e: Event) -> bool:  # "… 결정했다는 보도를 부인했다", "편입되지 않았다", "정지했다가 재개했다"
        s = analysis.sentences[e.sentence]
        return undone(text[s.start : s.end])

    return [e for e in found if not told_before(e) and not not_done(e)]


__all__ = ["EntityMention", "corporate_events"]
