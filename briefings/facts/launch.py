"""Launches told with their terms: what is launched (its name, its kind, where), its price by trim, its
pre-orders and its sales target.

A launch is read as Korean news writes one: "[maker]가 [what] '[name]'를 [day] [place] [공식] 출시했다". The
object is marked with 을/를; between it and the trigger only day words, place words and manner adverbs may
stand (``launch_gap`` rows of ``data/events_deals.tsv``). The name is said as written when it is Latin (or a
Latin token with digits: "EV3"), a Hangul name only through ``model`` rows of ``data/english_objects.tsv``
("아이오닉 3": "Ioniq 3"); what it is from the object words (``object_phrase``). A launch whose product has no
name and whose kind is only a vague word ("신차", "모델") is not said.

The terms are read from the sentences right after the launch that name the product (its Korean name) or open
with a price word: a price or a range of trims' prices ("판매 가격은 A 3990만원, B 4680만원부터다"), the pre-orders
("사전계약에는 2주 만에 1만8000대가 몰렸다") and a sales target ("판매 목표를 2만대로 잡았다"). Each is a figure of the
text; nothing is said that the sentence does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.facts.events import deal_words, object_phrase, places
from briefings.lexicon import _rows
from briefings.model import Analysis, Figure


@dataclass(frozen=True)
class Launch:
    """What a launch releases: ``said`` the English object ("the Ioniq 3, a small electric hatchback"), ``name``
    the product's English name ("" when unnamed), ``name_ko`` its name as the text writes it, ``head`` the English
    head noun of its kind ("hatchback"), ``place`` where ("in South Korea", "")."""

    said: str
    name: str
    name_ko: str
    head: str
    place: str


@cache
def _object_kinds() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _rows("english_objects.tsv"):
        if len(r) >= 3 and r[0] != "kind" and r[1]:
            out.setdefault(r[0], {})[r[1]] = r[2]
    return out


@cache
def _gap_words() -> dict[str, str]:
    return {ko: ("" if en == "-" else en) for ko, en in deal_words("launch_gap")}


@cache
def _place_words() -> dict[str, str]:
    """A country or region with 에/에서 ("미국에서": "in the US"; english_places.tsv) may stand between a launched
    object and its trigger."""
    out: dict[str, str] = {}
    for ko, en in places().items():
        for ending in ("에", "에서"):
            out[ko + ending] = f"in {en}"
    return out


_PARTICLE = re.compile(r"(?:을|를)(?=\s)")
_GENITIVE = re.compile(r"의(?=\s)")  # "'…'의 판매를 시작했다": the object of a sales start
_DAY_WORD = re.compile(r"^(?:[0-9]{1,2}일|[0-9]{1,2}월|[0-9]{4}년|지난|이날)(?:부터)?$")
_GAP_WORDS = 4  # words that may stand between the object's particle and the trigger
_QUOTE_OPEN = "'‘\"“"
_QUOTE_CLOSE = "'’\"”"
_LATIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+&-]*$")
_CODE = re.compile(r"^(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9.+-]+$")  # a model code: letters with digits ("EV3")
_HANGUL = re.compile(r"[가-힣]")


def _object_end(text: str, lo: int, trigger: int) -> tuple[int, str] | None:
    """(where the object's particle starts, the English place of the words after it) when only day, place and
    manner words stand between the particle and the trigger; None otherwise. A sales start ("판매를 시작") takes
    its object with 의."""
    span = text[lo:trigger]
    gaps = {**_place_words(), **_gap_words()}
    particle = _GENITIVE if text.startswith(tuple(ko for ko, _ in deal_words("sales_start")), trigger) else _PARTICLE
    for m in reversed(list(particle.finditer(span))):
        between = span[m.end() :].split()
        if len(between) > _GAP_WORDS:
            return None
        if all(w in gaps or _DAY_WORD.match(w) for w in between):
            places = [gaps[w] for w in between if gaps.get(w)]
            return lo + m.start(), (places[0] if len(places) == 1 else "")
    return None


def _romanized(words: Sequence[str]) -> str | None:
    """A product name in English: each word a ``model`` row ("아이오닉": "Ioniq") or a Latin or number token, and
    at least one word so; None when a word is not known (a Hangul name is never guessed)."""
    models = {**_object_kinds().get("model_part", {}), **_object_kinds().get("model", {})}
    out: list[str] = []
    for w in words:
        if w in models:
            out.append(models[w])
        elif _LATIN.match(w):
            out.append(w)
        else:
            return None
    return " ".join(out) if out else None


def read_launch(text: str, lo: int, trigger: int) -> Launch | None:
    """The product a launch trigger at ``trigger`` releases, read from ``lo`` (its clause's start); None when its
    object is not marked, a word between it and the trigger is not a day, place or manner word, or it has neither
    a name nor a kind that says something."""
    found = _object_end(text, lo, trigger)
    if found is None:
        return None
    end, place = found
    words = text[lo:end].split()
    if not words:
        return None
    name, name_ko, desc_end = "", "", end
    if words[-1][-1:] in _QUOTE_CLOSE:  # a quoted name, of one or several words
        k = next((j for j in range(len(words) - 1, -1, -1) if words[j][:1] in _QUOTE_OPEN), -1)
        if k < 0:
            return None
        inner = " ".join(words[k:])[1:-1].strip()
        name_ko = inner
        name = inner if not _HANGUL.search(inner) else (_romanized(inner.split()) or "")
        desc_end = text.rfind(words[k], lo, end)
    else:  # an unquoted name: model words and model codes at the end ("아이오닉 3", "EV3", "갤럭시 S26 시리즈")
        models = _object_kinds().get("model", {})
        parts = _object_kinds().get("model_part", {})
        series = _object_kinds().get("series", {})
        last = words[-1] if words[-1] in series else ""
        named_words = words[:-1] if last else words
        k = len(named_words)
        while k > 0 and (
            named_words[k - 1] in models or named_words[k - 1] in parts or _LATIN.match(named_words[k - 1])
        ):
            k -= 1
        tail = named_words[k:]
        if tail and (any(w in models for w in tail) or any(_CODE.match(w) for w in tail)):
            romanized = _romanized(tail)
            name = f"{romanized} {series[last]}" if romanized and last else (romanized or "")
            name_ko = " ".join(tail)
            desc_end = text.rfind(tail[0], lo, end)
    desc = object_phrase(text, lo, desc_end) if desc_end > lo and text[lo:desc_end].strip() else None
    if desc is not None and desc.startswith("a first "):  # "첫 전기 세단": its own first, not another's
        if _first_of_another(text[lo:desc_end]):
            return None  # "제네시스 브랜드의 첫 전기 세단": the first of a brand the English does not name
        desc = "its first " + desc.removeprefix("a first ")
    kinds = _object_kinds()
    head_ko = _last_head(text[lo:desc_end]) if desc else ""
    head = kinds.get("head", {}).get(head_ko, "") if head_ko else ""
    if not name:
        if desc is None or (head_ko in kinds.get("vague", {}) and _only_adjectives(text[lo:desc_end])):
            return None  # "신차를 공개했다", "신형 모델을 선보였다": which one the English cannot say
        said = desc
    else:
        the = "the " if head_ko in kinds.get("the", {}) or name_ko.split()[0] in kinds.get("the", {}) else ""
        said = f"{the}{name}, {desc}," if desc else f"{the}{name}"
    if place:
        said = f"{said} {place}"
    return Launch(said, name, name_ko, head, place)


def _first_of_another(span: str) -> bool:
    """Whether "첫" (first) in an object phrase belongs to a genitive before it ("브랜드의 첫 …")."""
    words = span.split()
    k = next((j for j in range(len(words) - 1, -1, -1) if words[j] == "첫"), -1)
    return k > 0 and words[k - 1].endswith("의")


def _only_adjectives(span: str) -> bool:
    """Whether the known words before a phrase's head are only adjectives ("신형 모델": a new model), no noun that
    says what kind ("AI 모델": an AI model)."""
    kinds = _object_kinds()
    nouns = {**kinds.get("noun", {}), **kinds.get("head", {})}
    for w in reversed(span.split()[:-1]):
        w = re.sub(r"\([^()]*\)", "", w)
        if w in nouns:
            return False
        if w not in kinds.get("adj", {}):
            return True
    return True


def _last_head(span: str) -> str:
    words = span.split()
    return re.sub(r"\([^()]*\)", "", words[-1]) if words else ""


# --------------------------------------------------------------------------- the launch's terms


@dataclass(frozen=True)
class LaunchTerm:
    """One term of a launch: ``kind`` price | pre_orders | target | release (sales or deliveries start) | abroad
    (a launch elsewhere planned); ``sentence``; ``figures`` the figures it states (prices; the count and its span;
    the target count; the date); ``verb`` the English the row gives; ``starting`` (prices) whether the prices are
    starting prices ("…부터다"); ``where`` the place ("in South Korea", "in Europe"); ``when`` (targets) the time in
    words ("next year")."""

    kind: str
    sentence: int
    figures: tuple[int, ...]
    verb: str = ""
    starting: bool = False
    where: str = ""
    when: str = ""


_TERM_REACH = 5  # sentences after a launch where its terms may stand
_NAMED_REACH = 8  # and where a sentence naming the product may
_PRICE_LABEL = re.compile(r"^\s*,\s*[^.,]{0,30}?\s*$")  # between two prices: a comma and a trim's label
_PRICE_ENDS = re.compile(
    r"\s*(?:부터다|부터 시작한다|부터 시작된다|부터이다|이다|으로 책정됐다|로 책정됐다|으로 정했다|로 정했다)"
)
_FIRST_PRICE = 40  # characters between the price word and the first price


def _term_rows(kind: str) -> tuple[tuple[str, str], ...]:
    return deal_words(kind)


def launch_terms(
    text: str, analysis: Analysis, figures: Sequence[Figure], sentence: int, launch: Launch
) -> list[LaunchTerm]:
    """The terms of a launch told in the sentences right after sentence ``sentence``: each one a sentence that
    names the product (its Korean name) or opens with a term word, and whose figures stand as the row reads."""
    out: list[LaunchTerm] = []
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append(i)
    kinds_done: set[str] = set()
    for si in range(sentence + 1, min(len(analysis.sentences), sentence + 1 + _NAMED_REACH)):
        s = analysis.sentences[si]
        body = text[s.start : s.end]
        named = bool(launch.name_ko) and launch.name_ko in body
        here = by_sentence.get(si, [])
        if _of_another(body, launch, quotes=False):
            continue  # "지난해 나온 EV3는 사전계약 1만대를 기록했다": another product's, or the past
        other = _of_another(body, launch)  # a quoted name not the launch's (a trim's label may be quoted in prices)
        if "abroad" not in kinds_done and not other and (t := _release(text, figures, here, si, s.start, True)):
            out.append(t)  # "유럽 출시는 내년 상반기로 예정": its own words, read as far as a named sentence
            kinds_done.add("abroad")
        if not named and si - sentence > _TERM_REACH:
            continue
        if "price" not in kinds_done and (t := _price(text, figures, here, si, body, s.start, named)) is not None:
            out.append(t)
            kinds_done.add("price")
        if (
            "pre_orders" not in kinds_done
            and not other
            and (t := _pre_orders(text, figures, here, si, body, s.start)) is not None
        ):
            out.append(t)
            kinds_done.add("pre_orders")
        if "release" not in kinds_done and not other and (t := _release(text, figures, here, si, s.start)):
            out.append(t)
            kinds_done.add("release")
        if (
            "target" not in kinds_done
            and named
            and not other
            and (t := _target(text, figures, here, si, body, s.start))
        ):
            out.append(t)
            kinds_done.add("target")
    return out


_QUOTED_SPAN = re.compile(r"""['‘"“]([^'’"”]{1,40})['’"”]""")


def _of_another(body: str, launch: Launch, quotes: bool = True) -> bool:
    """Whether a sentence tells of another product (a model word not the launch's, or with ``quotes`` a quoted
    name not its own) or of the past (events_deals.tsv launch_past words: "지난해", "앞서")."""
    if any(w in body for w, _ in deal_words("launch_past")):
        return True
    if quotes and any(q != launch.name_ko for q in _QUOTED_SPAN.findall(body)):
        return True
    own = set(launch.name_ko.split())
    return any(w in body and w not in own for w in _object_kinds().get("model", {}))


def _price(
    text: str, figures: Sequence[Figure], here: Sequence[int], si: int, body: str, base: int, named: bool
) -> LaunchTerm | None:
    """ "[name]의 판매 가격은 A 3990만원, B 4680만원부터다": the prices in order, every one after a trim label."""
    words = [ko for ko, _ in _term_rows("launch_price_word")]
    lead = body.lstrip()
    at = next((body.find(w) for w in words if w in body), -1)
    if at < 0 or not (named or lead.startswith(tuple(words))):
        return None
    money = [i for i in here if figures[i].kind == "money" and figures[i].start >= base + at]
    if not money or figures[money[0]].start - (base + at) > _FIRST_PRICE:
        return None
    chain = [money[0]]
    for i in money[1:]:
        if not _PRICE_LABEL.match(text[figures[chain[-1]].end : figures[i].start]):
            break
        chain.append(i)
    end = _PRICE_ENDS.match(text, figures[chain[-1]].end)
    if end is None or len(chain) > 4 or any(figures[i].unit != figures[chain[0]].unit for i in chain):
        return None
    if len(chain) > 1 and not all(
        float(figures[a].value or 0) < float(figures[b].value or 0) for a, b in zip(chain, chain[1:], strict=False)
    ):
        return None  # a range is said from its lowest to its highest
    if any(figures[i].qualifier for i in chain):
        return None  # "3000만원대": a band, not a price
    return LaunchTerm("price", si, tuple(chain), starting=end.group().strip().startswith("부터"))


_PRE_ORDER_COUNT = re.compile(r"\s*(?:이|가|을|를)\s*(\S+)")


def _pre_orders(
    text: str, figures: Sequence[Figure], here: Sequence[int], si: int, body: str, base: int
) -> LaunchTerm | None:
    """ "사전계약에는 2주 만에 1만8000대가 몰렸다": the count of units or orders, its span ("N주 만에") and the verb."""
    words = [ko for ko, _ in _term_rows("pre_order")]
    at = next((body.find(w) for w in words if w in body), -1)
    if at < 0:
        return None
    verbs = _term_rows("pre_order_verb")
    for i in here:
        f = figures[i]
        if f.kind != "count" or f.start < base + at or not str(f.surface).endswith(("대", "건")):
            continue
        m = _PRE_ORDER_COUNT.match(text, f.end)
        verb = next((en for ko, en in verbs if m is not None and m.group(1).startswith(ko)), None)
        if verb is None:
            continue
        span = [
            j for j in here
            if figures[j].unit == "duration" and base + at < figures[j].start < f.start
            and text.startswith(" 만에", figures[j].end)
        ]  # fmt: skip
        return LaunchTerm("pre_orders", si, (i, *span[-1:]), verb=verb)
    return None


_TARGET_AFTER = re.compile(r"(?:로|으로)\s*(\S+)")


def _target(
    text: str, figures: Sequence[Figure], here: Sequence[int], si: int, body: str, base: int
) -> LaunchTerm | None:
    """ "[maker]는 [name]의 내년 국내 판매 목표를 2만대로 잡았다": the count, where and when (in words)."""
    word = next((ko for ko, _ in _term_rows("sales_target") if ko in body), None)
    if word is None:
        return None
    at = base + body.find(word)
    verbs = dict(_term_rows("sales_target_verb"))
    for i in here:
        f = figures[i]
        if f.kind != "count" or f.start < at or not str(f.surface).endswith("대"):
            continue
        m = _TARGET_AFTER.match(text, f.end)
        if m is None or not any(m.group(1).startswith(v) for v in verbs):
            continue
        before = text[max(base, at - 20) : at].split()
        gaps = _gap_words()
        when = dict(_term_rows("target_when"))
        where = next((gaps[w] for w in before if gaps.get(w)), "")
        said_when = next((when[w] for w in before if w in when), "")
        return LaunchTerm("target", si, (i,), where=where, when=said_when)
    return None


_RELEASE_AT = re.compile(r"(?:(?P<place>\S+)\s+)?출시(?:는|도)\s*$")
_RELEASE_PLAN = re.compile(r"(?:로|으로)\s*(?:예정|계획|잡혀|잡았)")
_START_GAP = re.compile(r"부터\s+(?P<verb>\S+(?:\s\S+)?)")


def _release(
    text: str, figures: Sequence[Figure], here: Sequence[int], si: int, base: int, abroad: bool = False
) -> LaunchTerm | None:
    """When the product goes on sale, or with ``abroad`` comes out elsewhere: "다음 달 1일부터 출고된다" (``verb`` a
    release_start row's English), "유럽 출시는 내년 상반기로 예정돼 있다" (kind abroad, ``where`` "in Europe"); a
    date figure of the text said with a verb of the future or the present, never a day of the past."""
    wide = places()
    starts = deal_words("release_start")
    for i in here:
        f = figures[i]
        if f.kind != "date" or not (isinstance(f.value, str) and f.value[:1].isdigit()):
            continue
        at = _RELEASE_AT.search(text, max(base, f.start - 20), f.start)
        if abroad:
            if at is None or not _RELEASE_PLAN.match(text, f.end):
                continue
            place = at.group("place") or ""
            if place not in wide:
                return None  # a launch somewhere the English cannot say, or nowhere
            return LaunchTerm("abroad", si, (i,), verb="plan", where=f"in {wide[place]}")
        m = _START_GAP.match(text, f.end)
        if m is not None:
            verb = next((en for ko, en in starts if m.group("verb").startswith(ko)), None)
            if verb is not None:
                return LaunchTerm("release", si, (i,), verb=verb)
    return None
