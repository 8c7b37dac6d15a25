"""Decisions and plans said as news: "[X는] … [object] [trigger]하기로 했다/결의했다", "… 올린다", "… 유치했다",
often inside "…했다고 공시했다/밝혔다" -> an Event of kind ``decision`` whose ``detail`` is the English predicate
("agreed to buy 100% of NJCL for US$320 million (about ₩448 billion)", "decided on 1 December 2026 to shut a
naphtha cracker by end-March 2027"); a decision of the actor's board has an action ending in ``_board``.

Arguments, each from ``data/decisions.tsv`` or the gazetteer, else no event:

- the trigger (a verb stem) and its ending decide the tense: a decision taken ("하기로 했다/결의했다": plan), a
  future ("한다", "할 계획이다": will), a thing done ("했다"); no known ending, no event; a conditional, a negation
  or a proposal right after it ("다면", "경우", "않", "검토") denies it;
- what: the object right before the trigger (only figures, bracketed asides and filler words between them), a
  noun of the row's class said in English from the data, or for a purchase a company the gazetteer names or a
  Latin name in brackets ("…랩스(NJCL)");
- who: the nearest gazetteer name before the object marked as the subject (은/는/이/가), "X's board" when the
  board meets ("이사회를 열고") or is the subject ("X 이사회는");
- when: a day before the trigger (the day of the decision; not said with a future), or a day between the trigger and
  a report verb ("…했다고 30일 밝혔다": ", it said on …"); a date right before 까지/부터 is the deadline or start.

Every figure said is cited in ``Event.amount`` (and ``Event.date``).

A lead event's general verbs (round 13: approve 인가/승인/허가, reject 기각, tighten/ease 강화/완화, introduce 도입,
enforce 시행, absorb 흡수합병, merge 합병, sell 매각, delist 상장폐지, sue 소송 제기) take further arguments from the
noun's English in the data, each needed: whose plan or motion it is ("홈플러스의 회생계획안", "위메프가 제출한
회생계획안": the filer of a relative clause is no subject), what a rule covers (its modifier words and the target of
"…에 대한": "curbs on chip equipment shipments to Samsung Electronics' and SK hynix's plants in China"), whom a suit
is against ("애플을 상대로"); an institution may act through a head noun or a court's bench ("미국 정부가",
"서울회생법원 회생4부(…)는"); a sentence that denies, weighs or retracts (``data/undone.tsv``) or an undated background
sentence gives none. A dated retelling within two sentences of an undated first telling replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.analysis.names import people
from briefings.facts.attribution import EntityMention, Mentions
from briefings.lexicon import _rows
from briefings.model import Analysis, Event, Figure

_SUBJECT = re.compile(r"(?:은|는|이|가)\s")
_LATIN_NAME = re.compile(r"[가-힣A-Za-z]\(([A-Z][A-Za-z0-9&.\-]{1,15}(?: [A-Z][A-Za-z0-9&.\-]*){0,3})\)$")
_ASIDE = re.compile(r"\([^()]*\)")
_PRICE_END = re.compile(r"(?:\s*\([^()]*\))?\s*에\s")
_YEAR = re.compile(r"[0-9]{4}")
_ROUND = re.compile(r"시리즈\s?([A-F])(?![A-Za-z])")
_NOMINEE_GAP = re.compile(r"^(?:\s+[가-힣A-Za-z]+){0,3}?\s*[을를]\s*$")  # "김재현 신약개발본부장(부사장)을 "
_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
_SIZE_GAP = re.compile(r"^\s*(?:규모의|상당의|의)?\s*(?:[0-9]{4}년도?\s*)?(?:시리즈\s?[A-F]\s*|정부\s*)?$")
_LEAD_REACH = 80  # characters before the object where its subject may stand
_RESIDUE_REACH = 48  # characters between the object and the trigger
_SIZE_REACH = 24  # characters before the object where its size stands ("1700억원 규모의 시리즈D 투자")
_AFTER = 8  # characters after the form where a denial counts
_RETOLD = 2  # sentences after an undated first telling where its dated retelling replaces it
_NOT_TYPES = frozenset({"person", "index", "yield", "commodity", "fx", "crypto", "product", "outlet", "aggregate",
                        "market", "type", "term", "place"})  # fmt: skip


@dataclass(frozen=True)
class _Words:
    triggers: tuple[tuple[str, str, str, str], ...]  # (action, stem, object class, fixed tense), longest stem first
    nouns: dict[str, tuple[tuple[str, str], ...]]  # class -> (Korean, English), longest first
    forms: tuple[tuple[str, str], ...]  # (ending, tense), longest first
    say: dict[tuple[str, str], str]
    deny: tuple[str, ...]
    heads: tuple[str, ...]
    nexts: tuple[str, ...]
    wrappers: tuple[tuple[str, str], ...]
    filler: frozenset[str]
    penalties: dict[str, str]
    joins: tuple[str, ...]
    pending: tuple[str, ...]
    modifiers: dict[str, tuple[str, str]]  # Korean word before a rule noun -> (English, preposition before a target)
    goods: dict[str, str]  # Korean word of a good a rule covers ("…에 대한") -> its English
    actor_heads: tuple[str, ...]
    pattern: re.Pattern[str]


@cache
def _words() -> _Words:
    triggers: list[tuple[str, str, str, str]] = []
    nouns: dict[str, list[tuple[str, str]]] = {}
    forms: list[tuple[str, str]] = []
    say: dict[tuple[str, str], str] = {}
    deny: list[str] = []
    heads: list[str] = []
    nexts: list[str] = []
    wrappers: list[tuple[str, str]] = []
    filler: set[str] = set()
    penalties: dict[str, str] = {}
    joins: list[str] = []
    pending: list[str] = []
    modifiers: dict[str, tuple[str, str]] = {}
    goods: dict[str, str] = {}
    actor_heads: list[str] = []
    for r in _rows("decisions.tsv"):
        r = r + [""] * (5 - len(r))
        kind = r[0]
        if kind == "trigger":
            triggers.append((r[1], r[2], r[3], r[4]))
        elif kind == "noun":
            nouns.setdefault(r[1], []).append((r[2], r[3]))
        elif kind == "form":
            forms.append((r[2], r[1]))
        elif kind == "say":
            say[(r[1], r[2])] = r[3]
        elif kind == "deny":
            deny.append(r[2])
        elif kind == "head":
            heads.append(r[2])
        elif kind == "next":
            nexts.append(r[2])
        elif kind == "wrapper":
            wrappers.append((r[2], r[3]))
        elif kind == "filler":
            filler.add(r[2])
        elif kind == "penalty":
            penalties[r[2]] = r[3]
        elif kind == "join":
            joins.append(r[2])
        elif kind == "pending":
            pending.append(r[2])
        elif kind == "modifier":
            modifiers[r[1]] = (r[2], r[3] or "on")
        elif kind == "actor_head":
            actor_heads.append(r[2])
        elif kind == "goods":
            goods[r[1]] = r[2]
    triggers.sort(key=lambda t: -len(t[1]))
    stems = sorted({t[1] for t in triggers}, key=len, reverse=True)
    return _Words(
        triggers=tuple(triggers),
        nouns={k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in nouns.items()},
        forms=tuple(sorted(forms, key=lambda f: -len(f[0]))),
        say=say,
        deny=tuple(deny),
        heads=tuple(heads),
        nexts=tuple(nexts),
        wrappers=tuple(wrappers),
        filler=frozenset(filler),
        penalties=penalties,
        joins=tuple(sorted(joins, key=len, reverse=True)),
        pending=tuple(pending),
        modifiers=modifiers,
        goods=goods,
        actor_heads=tuple(actor_heads),
        pattern=re.compile("|".join(re.escape(s) for s in stems) or r"(?!x)x"),
    )


def _tense(text: str, end: int, fixed: str) -> tuple[str, int] | None:
    """The tense the ending after a stem gives, with the end of that ending; None when no known ending follows or
    a word right after it denies or defers the decision."""
    words = _words()
    if fixed:
        tense, stop = fixed, end
    else:
        found = next(((t, len(f)) for f, t in words.forms if text.startswith(f, end)), None)
        if found is None:
            return None
        tense, stop = found[0], end + found[1]
    if text.startswith(words.nexts, stop):
        return None
    after = text[stop : stop + _AFTER].split(".")[0]  # the sentence's own words only
    for d in words.deny:
        at = after.find(d)
        if at >= 0 and not (d == "면" and after[at + 1 : at + 2] == "서"):  # "하면서" while, not "하면" if
            return None
    return tense, stop


def _residue_ok(residue: str, figures: Sequence[tuple[int, Figure]], lo: int) -> bool:
    """Whether what stands between the object and the trigger is only figures, asides and filler words."""
    chars = list(residue)
    for _, f in figures:
        for k in range(max(0, f.start - lo), min(len(chars), f.end - lo)):
            chars[k] = " "
    rest = _ASIDE.sub(" ", "".join(chars))
    filler = _words().filler
    for word in rest.split():
        w = word.strip(",")
        if w and w not in filler and not any(w == f + p for f in filler for p in ("을", "를", "에", "로")):
            return False
    return True


def _object(text: str, cls: str, lo: int, at: int, mentions: Sequence[EntityMention]) -> tuple[str, int, int] | None:
    """The object right before the trigger at ``at``: (English, start, end), else None."""
    window = text[max(lo, at - _RESIDUE_REACH) : at]
    base = at - len(window)
    if cls == "name":
        best: tuple[str, int, int] | None = None
        for m in mentions:
            if base <= m.start and m.end <= at and m.entity.type in {"company", "bank"}:
                best = (m.entity.en, m.start, m.end)
        for k in range(len(window)):
            if window[k] == ")":
                hit = _LATIN_NAME.search(window[: k + 1])
                if hit is not None and (best is None or base + k + 1 > best[2]):
                    start = base + hit.start()
                    while start > lo and not text[start - 1].isspace():
                        start -= 1
                    best = (hit.group(1), start, base + k + 1)
        return best
    found: tuple[str, int, int] | None = None
    whole = cls in _WORD_CLASSES
    for ko, en in _words().nouns.get(cls, ()):  # the noun nearest the trigger, the longest of those
        k = window.rfind(ko)
        while whole and k > 0 and not window[k - 1].isspace():  # "가계대출 규제" is no "대출 규제"
            k = window.rfind(ko, 0, k + len(ko) - 1)
        if k >= 0 and (found is None or base + k + len(ko) > found[2]):
            found = (en, base + k, base + k + len(ko))
    return found


# "X의", "X가 제출한": a bare name before the noun is no owner ("B 인수" is the purchase of B, not B's)
_OWNER_GAP = re.compile(r"(?:의|(?:이|가)\s+(?:제출한|낸|마련한|신청한|제기한))\s*")
_BARE_OWNER_GAP = re.compile(r"(?:의|(?:이|가)\s+(?:제출한|낸|마련한|신청한|제기한))?\s*")
_JOIN_GAP = re.compile(r"\s*(?:와|과|및|,)\s*")
_TARGET = re.compile(r"(\S+?)에\s+대(?:한|해)\s*$")  # "… 공장에 대한": what a rule covers
_NO_GAP = re.compile(r"")
_DIVISION = re.compile(r"\s+[가-힣]{1,8}[0-9]{1,2}부(?:\s*\([^()]{0,40}\))?")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_OF_GAP = re.compile(r"의\s*")
_OWNER_TYPES = frozenset({"company", "bank", "org", "country"})
_WORD_CLASSES = frozenset({"plan", "motion", "rule", "suit"})  # nouns of these classes start a word
_NEW_ACTIONS = frozenset(
    {"absorb", "merge", "sell", "approve", "reject", "tighten", "ease", "introduce", "delist", "enforce", "sue"}
)
_AGAINST = re.compile(r"(?:을|를)\s+상대로|에\s+대해")  # "애플을 상대로 … 소송을": whom a suit is against


def _names_before(text: str, end: int, mentions: Sequence[EntityMention], gap: re.Pattern[str]) -> list[EntityMention]:
    """The gazetteer names (companies, banks, institutions, countries) that end right before ``end`` with only
    ``gap`` between ("홈플러스의 ", "삼성전자와 SK하이닉스의 "): the last one and those joined to it by 와/과/및/","."""
    last = next(
        (m for m in reversed(mentions) if m.end <= end and gap.fullmatch(text, m.end, end) and m.entity.type in _OWNER_TYPES),
        None,
    )
    if last is None:
        return []
    names = [last]
    for m in reversed(mentions):
        if m.end <= names[0].start and m.entity.type in _OWNER_TYPES and _JOIN_GAP.fullmatch(text, m.end, names[0].start):
            names.insert(0, m)
    return names


def _owner(text: str, start: int, mentions: Sequence[EntityMention], bare: bool = False) -> tuple[str, int] | None:
    """ ("Homeplus' ", where the owner starts) when a name owns the noun at ``start`` ("홈플러스의 회생계획안",
    "홈플러스가 제출한 회생계획안": the owner of a relative clause is no subject of the sentence; with ``bare``, a
    name right before a noun only its owner can have: "홈플러스 회생계획안"), else None."""
    from briefings.writing.wording import joined, name_phrase, possessive  # lazily: the writing layer imports the facts

    names = _names_before(text, start, mentions, _BARE_OWNER_GAP if bare else _OWNER_GAP)
    if not names:
        return None
    return joined([possessive(name_phrase(m.entity.en, kind=m.entity.type)) for m in names]) + " ", names[0].start


def _target(text: str, lo: int, end: int, mentions: Sequence[EntityMention]) -> tuple[str, int] | None:
    """The English of what "…에 대한" before ``end`` names: one name or several joined ("중국에 대한": China), or a
    facility of named owners in a place ("삼성전자와 SK하이닉스의 중국 공장에 대한": Samsung Electronics' and SK
    hynix's plants in China), with where it starts; None when a word of it is not known."""
    from briefings.facts.events import _object_rows, places  # lazily: events.py calls this module
    from briefings.writing.wording import joined, name_phrase, possessive

    found = _TARGET.search(text, lo, end)
    if found is None:
        return None
    at = found.start(1) + len(found.group(1))  # where 에 stands
    names = _names_before(text, at, mentions, _NO_GAP)
    if names:
        return joined([name_phrase(m.entity.en, kind=m.entity.type) for m in names]), names[0].start
    facilities = _object_rows().get("head", {})
    if found.group(1) not in facilities:
        return _goods(text, lo, at)
    noun = facilities[found.group(1)]
    before = text[lo : found.start(1)].rstrip()
    last = before.split()[-1] if before.split() else ""
    place, end = "", found.start(1)
    if last in places():
        place, end = f" in {name_phrase(places()[last], kind='country')}", lo + len(before) - len(last)
    owners = _names_before(text, end, mentions, _OF_GAP)
    if not owners:
        return (f"{noun}s{place}", end) if place else None  # "중국 공장에 대한": plants in China
    plural = "s" if len(owners) > 1 else ""
    said = joined([possessive(name_phrase(m.entity.en, kind=m.entity.type)) for m in owners])
    return f"{said} {noun}{plural}{place}", owners[0].start


_JOINED_WORD = re.compile(r"(.+?)(?:와|과)$")
_PHRASE_ENDS = ("인", "은", "는", "이", "가", "을", "를", "의", "한", "된", "한다", ",")  # a word that ends a clause


def _goods(text: str, lo: int, at: int) -> tuple[str, int] | None:
    """(English, start) of the goods a rule covers, written before "에 대한" at ``at`` ("배터리 핵심 소재인 흑연
    음극재와 희토류 영구자석에 대한": graphite anodes and rare earth permanent magnets), every word from the goods
    rows; None when a word of the phrase is not known (the phrase must start at the clause's start or after a word
    that ends a clause or an apposition: "소재인")."""
    from briefings.facts.events import places  # lazily: events.py calls this module
    from briefings.writing.wording import joined, name_phrase  # lazily: the writing layer imports the facts

    goods = _words().goods
    words = list(re.finditer(r"\S+", text[lo:at]))
    parts: list[list[str]] = [[]]
    start = at
    for w in reversed(words):
        word = w.group()
        joined_to = _JOINED_WORD.match(word)
        if word in goods:
            parts[0].insert(0, goods[word])
        elif joined_to is not None and joined_to.group(1) in goods and parts[0]:
            parts.insert(0, [goods[joined_to.group(1)]])  # "음극재와": a part of its own joined to the next
        elif word.endswith("산") and word[:-1] in places() and len(parts) == 1 and parts[0]:
            # "중국산 철강": the good's origin ("steel from China"), said only of a lone good
            parts[0].append(f"from {name_phrase(places()[word[:-1]], kind='country')}")
        elif word == "및" and parts[0]:
            parts.insert(0, [])
            start = lo + w.start()
            continue
        elif word.endswith(_PHRASE_ENDS) and parts[0]:
            break
        else:
            return None
        start = lo + w.start()
    if not all(parts):
        return None
    return joined([" ".join(p) for p in parts]), start


def _covers(
    text: str, lo: int, start: int, mentions: Sequence[EntityMention], needed: bool, before: bool = False
) -> tuple[str, int, str] | None:
    """ " on chip equipment shipments to Samsung Electronics' … plants in China": what a rule noun at ``start``
    covers, its modifier words read back from it (decisions.tsv modifier rows) and the target of "…에 대한" before
    them, with where that phrase starts; "" when nothing is written, None when ``needed`` and neither is known.
    With ``before`` the modifiers are said before the noun (the third item: "반도체 수출통제": "chip " export
    controls) and only the target after it ("on China")."""
    modifiers = _words().modifiers
    pos = start
    said: list[str] = []
    prep = "on"
    while (word := _LAST_WORD.search(text, lo, pos)) is not None and word.group(1) in modifiers:
        if not said:
            prep = modifiers[word.group(1)][1]
        said.insert(0, modifiers[word.group(1)][0])
        pos = word.start(1)
    target = _target(text, lo, pos, mentions)
    if needed and not said and target is None:
        return None  # "규제를 강화": curbs on what, not written
    if target is not None:
        pos = target[1]
    phrase = " ".join(said)
    if before or not phrase:
        return (f" on {target[0]}" if target else ""), pos, (f"{phrase} " if phrase else "")
    return f" on {phrase}" + (f" {prep} {target[0]}" if target else ""), pos, ""


def _filled(en: str, text: str, lo: int, start: int, mentions: Sequence[EntityMention]) -> tuple[str, int] | None:
    """A class noun's English with its owner ("{owner}") and what it covers ("{on}", "{on}!" when it must be
    said) written in, with where the whole object phrase starts (its subject stands before that); None when an
    argument it needs is not written."""
    first = start
    if "{owner}" in en or "{owner*}" in en:
        owner = _owner(text, start, mentions, bare="{owner*}" in en)
        if owner is None:
            return None
        en, first = en.replace("{owner}", owner[0]).replace("{owner*}", owner[0]), owner[1]
    if "{against}" in en:
        against = _against(text, lo, start, mentions)
        if against is None:
            return None
        en, first = en.replace("{against}", f" against {against[0]}"), min(first, against[1])
    if "{on}" in en:
        needed = "{on}!" in en
        covers = _covers(text, lo, start, mentions, needed, before="{pre}" in en)
        if covers is None:
            return None
        en, first = en.replace("{on}!", covers[0]).replace("{on}", covers[0]), min(first, covers[1])
        en = en.replace("{pre}", covers[2])
    return en, first


def _against(text: str, lo: int, start: int, mentions: Sequence[EntityMention]) -> tuple[str, int] | None:
    """(English, start) of the names a suit at ``start`` is against ("애플을 상대로 특허침해 소송을": Apple), the last
    "를 상대로"/"에 대해" of its clause right after them, else None."""
    from briefings.writing.wording import joined, name_phrase  # lazily: the writing layer imports the facts

    marks = list(_AGAINST.finditer(text, lo, start))
    if not marks:
        return None
    names = _names_before(text, marks[-1].start(), mentions, _NO_GAP)
    if not names:
        return None
    return joined([name_phrase(m.entity.en, kind=m.entity.type) for m in names]), names[0].start


def _undone_or_background(sentence: str, figs: Sequence[tuple[int, Figure]]) -> bool:
    """Whether a sentence denies, weighs or retracts its event (data/undone.tsv), or tells it undated as background
    ("앞서 … 바 있다")."""
    from briefings.facts.events import background_words, undone  # lazily: events.py calls this module

    if undone(sentence):
        return True
    dated = any(f.kind == "date" for _, f in figs)
    return not dated and any(w in sentence for w in background_words())


def _penalties(
    text: str, lo: int, at: int, figs: Sequence[tuple[int, Figure]], mentions: Sequence[EntityMention]
) -> tuple[str, int, tuple[int, ...]] | None:
    """The sanctions listed before a 부과 at ``at`` on a named recipient: ("an institutional warning, a ₩4.2 billion
    penalty surcharge and a ₩680 million fine on Hyundai Card", the recipient's start, the sums cited), else None."""
    words = _words()
    head = text[lo:at].rstrip()
    head = head[:-1] if head.endswith(("을", "를")) else ""
    if not head:
        return None
    recipient = next(
        (m for m in reversed(mentions) if lo <= m.start and m.end < at and text.startswith("에 ", m.end)), None
    )
    if recipient is None or recipient.entity.type not in {"company", "bank"}:
        return None
    pos, end = recipient.end + 2, lo + len(head)
    items: list[str] = []
    cited: list[int] = []
    money = {f.start: (i, f) for i, f in figs if f.kind == "money"}
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        noun = next((n for n in sorted(words.penalties, key=len, reverse=True) if text.startswith(n, pos)), None)
        join = next((j for j in words.joins if text.startswith(j, pos)), None) if noun is None else None
        if join is not None and items:  # "과태료" is a sanction, not "과" joining "태료"
            pos += len(join)
            continue
        if noun is None:
            return None
        pos += len(noun)
        en = words.penalties[noun]
        k = pos
        while k < end and text[k].isspace():
            k += 1
        if k in money:
            i, f = money[k]
            en, pos = f"a {f.en} {en}", f.end
            cited.append(i)
        elif not en.startswith(("a ", "an ")):
            return None  # a surcharge or a fine is said with its sum
        items.append(en)
    if not cited:
        return None
    listed = ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1]
    return f"{listed} on {recipient.entity.en}", recipient.start, tuple(cited)


def _pending(text: str, analysis: Analysis, si: int, mentions: Mentions) -> str | None:
    """ ", subject to approval by X" (or ", subject to final approval") when the sentence or one after it says the
    decision still needs another body's vote, else None."""
    for sj in range(si, len(analysis.sentences)):
        s = analysis.sentences[sj]
        for word in _words().pending:
            k = text.find(word, s.start, s.end)
            if k < 0:
                continue
            names = mentions[sj] if sj < len(mentions) else ()
            body = next((m for m in names if 0 <= k - m.end <= 1 and m.entity.type in {"org", "country"}), None)
            return f", subject to approval by the {body.entity.en}" if body else ", subject to final approval"
    return None


def _subject(
    text: str, lo: int, obj: int, mentions: Sequence[EntityMention], institutions: bool = False
) -> tuple[str, str, bool] | None:
    """(English name, type, board) of the subject before the object, else None; with ``institutions``, an
    institution's head noun may stand between the name and its particle ("미국 정부가")."""
    heads = _words().heads
    for m in reversed(mentions):
        if m.end > obj or m.start < max(lo, obj - _LEAD_REACH) or m.entity.type in _NOT_TYPES:
            continue
        tail = m.end
        board = False
        for h in heads:
            if text.startswith(" " + h, tail):
                tail, board = tail + 1 + len(h), True
                break
        if institutions and not board and m.entity.type in {"country", "org"}:
            tail += next((1 + len(h) for h in _words().actor_heads if text.startswith(" " + h, tail)), 0)
            division = _DIVISION.match(text, tail)  # "서울회생법원 회생4부(재판장 …)는": a court's bench acts for it
            tail = division.end() if division else tail
        if _SUBJECT.match(text, tail):
            board = board or any(f"{h}를 열고" in text[tail:obj] or f"{h}를 개최" in text[tail:obj] for h in heads)
            return m.entity.en, m.entity.type, board
    return None


def _day(figures: Sequence[tuple[int, Figure]], lo: int, hi: int, text: str) -> int | None:
    """A day figure between ``lo`` and ``hi`` that no 까지/부터 makes a deadline or a start."""
    for i, f in figures:
        if lo <= f.start and f.end <= hi and f.kind == "date" and isinstance(f.value, str) and len(f.value) == 10:
            if not re.match(r"\s*(?:까지|부터|말|이후|이전|전|내)", text[f.end : f.end + 4]):
                return i
    return None


def _of_a_period(figures: Sequence[tuple[int, Figure]], lo: int, hi: int, text: str) -> bool:
    """Whether a date that is no day (a year, a month: "지난 2023년", "지난해 9월") stands in ``text[lo:hi]`` with no
    까지/부터 after it: the act told is of that time."""
    return any(
        f.kind == "date" and lo <= f.start and f.end <= hi and not re.match(r"\s*(?:까지|부터)", text[f.end : f.end + 4])
        for _, f in figures
    )


def _span_dates(figures: Sequence[tuple[int, Figure]], lo: int, hi: int, text: str) -> tuple[str, tuple[int, ...]]:
    """ " by end-March 2027" / " from February 2027" from date figures right before 까지/부터 in ``text[lo:hi]``."""
    said, cited = "", []
    for i, f in figures:
        if not (lo <= f.start and f.end <= hi and f.kind == "date") or not f.en.strip():
            continue
        en = f.en.strip()
        if en.startswith(("by ", "from ")):  # "내년 3월 말까지": the figure already says its deadline
            said += f" {en}"
            cited.append(i)
            continue
        if en.lower().startswith(("in ", "on ", "at ", "since ", "until ")):
            continue
        after = text[f.end : f.end + 3].lstrip()
        if after.startswith("까지"):
            said += f" by {en}"
        elif after.startswith("부터"):
            said += f" from {en}"
        else:
            continue
        cited.append(i)
    return said, tuple(cited)


def _money_after(figures: Sequence[tuple[int, Figure]], lo: int, hi: int) -> tuple[int, ...]:
    """A money figure in ``[lo, hi)`` and its conversion in the brackets right after it."""
    money = [(i, f) for i, f in figures if lo <= f.start < hi and f.kind == "money"]
    if not money:
        return ()
    first = money[0]
    out = [first[0]]
    for i, f in money[1:]:
        if 0 < f.start - first[1].end <= 3:
            out.append(i)
    return tuple(out)


def _what(
    action: str, obj: tuple[str, int, int], text: str, figs: Sequence[tuple[int, Figure]], lo: int, at: int
) -> tuple[str, tuple[int, ...]] | None:
    """The English of the object with its figures (stake, price, size, share of a rise), else None."""
    en, start, end = obj
    residue = [(i, f) for i, f in figs if end <= f.start and f.end <= at]
    if action in {"acquire", "sell"}:
        stake = next((i for i, f in residue if f.unit == "%" and "지분" in text[end : f.start]), None)
        if action == "sell" and "지분" in text[end:at]:
            return None  # "B 지분을 매각": a stake, told by the deal reader (facts/events.py stake_deals), not B itself
        price = next(
            (i for i, f in residue if f.kind == "money" and _PRICE_END.match(text, f.end)), None
        )  # "3억2000만달러(약 4480억원)에": the price, its conversion in brackets, then 에
        said = f"{dict(figs)[stake].en} of {en}" if stake is not None else en
        cited: tuple[int, ...] = (stake,) if stake is not None else ()
        if price is not None:
            money = _money_after(residue, dict(figs)[price].start, at)
            said += " for " + dict(figs)[money[0]].en + "".join(f" ({dict(figs)[i].en})" for i in money[1:])
            cited = (*cited, *money)
        return said, cited
    if action in {"raise_funds", "pass_budget"}:
        size = [
            (i, f) for i, f in figs
            if f.kind == "money" and start - _SIZE_REACH <= f.start and f.end <= start
            and _SIZE_GAP.match(_ASIDE.sub("", text[f.end : start]))
        ]  # fmt: skip
        if not size:
            return None  # a round or a budget without its size says nothing an analyst needs
        i, f = size[-1]
        if action == "raise_funds":
            found = _ROUND.search(text, f.end, start)
            round_ = f" in a Series {found.group(1)} round" if found else " in new funding"
            return f"{f.en}{round_}", (i,)
        year = next(
            (k for k, g in figs if g.kind == "date" and f.end <= g.start and g.end <= start and _YEAR.fullmatch(g.en)),
            None,
        )  # "727조원 규모의 2027년도 예산안": the year the budget is for
        if year is not None:
            return f"a {f.en} {en} for {figures_en(figs, year)}", (i, year)
        return f"a {f.en} {en}", (i,)
    if action in {"raise_price", "cut_price"}:
        if _narrowed(text, lo, start):
            return None  # "산업용 전기요금": industrial rates, not the rates the noun alone says
        share = next((i for i, f in residue if f.unit == "%"), None)
        if share is None:
            return None
        average = "평균" in text[end : dict(figs)[share].start]
        return f"{en} by {'an average ' if average else ''}{dict(figs)[share].en}", (share,)
    return en, ()


_NARROWING = re.compile(r"(\S+)\s*$")
_OPEN_ENDS = ("은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "부터", "까지", "고", "며", "서", ",", ")")


def _narrowed(text: str, lo: int, start: int) -> bool:
    """Whether a bare word stands right before a price noun at ``start`` and narrows it ("산업용 전기요금",
    "주택용전기요금"): the noun alone would say more than the text; a word ending in a particle or an ending, a
    figure or a bracket does not narrow it."""
    if start > lo and not text[start - 1].isspace():
        return True
    before = _NARROWING.search(text, lo, start)
    if before is None:
        return False
    word = before.group(1)
    return not (word.endswith(_OPEN_ENDS) or re.search(r"[0-9%]$", word) or word in _words().filler)


def _nominee(text: str, analysis: Analysis, lo: int, obj: int) -> str | None:
    """The English name of the person named as the object of a nomination, right before its post ("김재현
    신약개발본부장(부사장)을 신임 대표이사 후보로 결정했다": Kim Jae-hyeon), else None."""
    named = people(text, analysis, lo, obj)
    if not named:
        return None
    last = named[-1]
    return last.en if _NOMINEE_GAP.match(_ASIDE.sub("", text[last.end : obj])) else None


def figures_en(figs: Sequence[tuple[int, Figure]], index: int) -> str:
    """The English of figure ``index`` among ``figs``."""
    return next(f.en for i, f in figs if i == index)


def decisions(
    text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions, known: Sequence[Event] = ()
) -> list[Event]:
    """The decisions and plans of an article, one per action and actor (its first telling); a trigger another reader
    already made an event of (``known``: "인텔을 인수했다", a deal) is told by that event."""
    taken = {(e.sentence, e.start) for e in known}
    words = _words()
    out: list[Event] = []
    by_sentence: dict[int, list[tuple[int, Figure]]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence, []).append((i, f))
    for si, sentence in enumerate(analysis.sentences):
        lo, hi = sentence.start, sentence.end
        figs = by_sentence.get(si, [])
        names = mentions[si] if si < len(mentions) else ()
        for m in words.pattern.finditer(text, lo, hi):
            at = m.start()
            if (si, at) in taken:
                continue
            for action, stem, cls, fixed in words.triggers:
                if stem != m.group():
                    continue
                tense = _tense(text, m.end(), fixed)
                if tense is None or (action, tense[0]) not in words.say:
                    continue
                pending = ""
                listed: tuple[str, tuple[int, ...]] | None = None
                if cls == "penalty":
                    penalties = _penalties(text, lo, at, figs, names)
                    pending = _pending(text, analysis, si, mentions) or ""
                    if penalties is None or not pending:
                        continue  # a sanction proposed is said only with the vote it still needs
                    obj, listed = ("", penalties[1], penalties[1]), (penalties[0], penalties[2])
                else:
                    found_obj = _object(text, cls, lo, at, names)
                    if found_obj is None or not _residue_ok(text[found_obj[2] : at], figs, found_obj[2]):
                        continue
                    obj = found_obj
                phrase_start = obj[1]
                if action in _NEW_ACTIONS:
                    filled = _filled(obj[0], text, lo, obj[1], names) if cls != "name" else (obj[0], obj[1])
                    if filled is None or _undone_or_background(text[lo:hi], figs):
                        continue
                    obj, phrase_start = (filled[0], obj[1], obj[2]), filled[1]
                who = _subject(text, lo, phrase_start, names, institutions=action in _NEW_ACTIONS)
                if who is None:
                    continue
                prior = next(
                    (k for k, e in enumerate(out) if e.action.removesuffix("_board") == action and e.who == (who[0],)),
                    None,
                )
                if prior is not None and (out[prior].date is not None or si - out[prior].sentence > _RETOLD):
                    continue
                if cls == "name" and obj[0] == who[0]:
                    continue
                if action == "sell" and any(
                    lo <= n.start and n.end <= obj[1] and text.startswith(("에 ", "에게 "), n.end) for n in names
                ):
                    continue  # "C에 B를 매각": sold to a buyer the line would leave out
                found = listed if listed is not None else _what(action, obj, text, figs, lo, at)
                if found is None:
                    continue
                what, cited = found
                verb = words.say[(action, tense[0])].replace("{what}", what)
                person = _nominee(text, analysis, lo, obj[1]) if action == "nominate" else None
                if person is not None and ("nominate_person", tense[0]) in words.say:
                    noun = _ARTICLE.sub("", what)
                    verb = words.say[("nominate_person", tense[0])].replace("{person}", person).replace("{noun}", noun)
                span, span_cited = _span_dates(figs, lo, at, text) if tense[0] != "done" else ("", ())
                day = _day(figs, lo, at, text)
                if day is None and action in _NEW_ACTIONS and tense[0] == "done" and _of_a_period(figs, lo, at, text):
                    continue  # "대법원은 지난 2023년 … 기각했다": an act of another year, undated it reads as the news
                date: int | None = None
                when = ""
                if day is not None and tense[0] != "future":
                    date, when = day, f" on {figures[day].en}"
                said = ""
                if date is None:
                    for ko, en in words.wrappers:
                        k = text.find(ko, tense[1], hi)
                        if k >= 0:
                            day = _day(figs, tense[1], k, text)
                            if day is not None:
                                date, said = day, f", {en} on {figures[day].en}"
                            break
                if when and verb.startswith("decided to "):
                    line = f" decided{when} to {verb[len('decided to ') :]}{span}{said}{pending}"
                else:
                    line = f" {verb}{span}{when}{said}{pending}"
                event = Event("decision", f"{action}_board" if who[2] else action, si, at, m.end(), (who[0],), None,
                              who[1], date=date, detail=line, amount=(*cited, *span_cited))  # fmt: skip
                if prior is None:
                    out.append(event)
                elif date is not None:
                    out[prior] = event  # the dated retelling right after an undated first telling says more
                break
    return out
