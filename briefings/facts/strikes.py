"""Strike votes: "[company] 노조는 … 쟁의행위 찬반투표에서 … P%의 찬성으로 파업을 가결했다" -> an Event of kind
``labour`` ("X's union voted to strike, with P% of all members in favour, on a turnout of T%").

The union is named through the gazetteer: a company name right before a union head noun (``data/strikes.tsv``)
marked as the sentence's subject. The approval share is said only with its base (of all members, of those voting:
a base word of the data right before it) and the turnout only after its word ("투표율 T%"); the figures are cited
(``Event.amount``). No company, no ballot word or no carried motion: no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefings.facts.attribution import EntityMention, Mentions
from briefings.lexicon import _rows
from briefings.model import Analysis, Event, Figure

_SUBJECT = re.compile(r"\s*(?:은|는|이|가|도)\s")
_GAP = re.compile(r"^\s*$")
_CARRIED = ("했", "됐", "시켰", "돼", "되었")
_REACH = 16
_PLAN_REACH = 8  # sentences after a vote where the union's planned strike may be told
_FOLLOWING = 3  # sentences after a vote told without its shares where they may be given
_OBJECT_REACH = 12  # characters before the trigger where its object stands
_MARKED = re.compile(r"\S(?:을|를)\s*$")  # characters before a share where its base word may stand


@cache
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _rows("strikes.tsv"):
        if len(r) >= 2:
            out.setdefault(r[0], {})[r[1]] = r[2] if len(r) > 2 else "-"
    return out


def _union(text: str, lo: int, hi: int, mentions: Sequence[EntityMention]) -> tuple[str, int] | None:
    """The company whose union is the subject of ``text[lo:hi]``, with the end of its union noun."""
    unions = tuple(_words().get("union", {}))
    for mention in mentions:
        start, end, entity = mention.start, mention.end, mention.entity
        if not lo <= start < hi or entity.type != "company":
            continue
        after = text[end : end + 8]
        gap = after.lstrip()
        head = next((u for u in unions if gap.startswith(u)), None)
        if head is None or len(after) - len(gap) > 1:
            continue
        tail = end + (len(after) - len(gap)) + len(head)
        if _SUBJECT.match(text, tail):
            return entity.en, tail
    return None


def _said(text: str, figures: Sequence[Figure], lo: int, hi: int) -> tuple[str, tuple[int, ...]]:
    """The words ", with P% of all members in favour, on a turnout of T%" from the shares of ``text[lo:hi]``."""
    words = _words()
    favour = tuple(w for w in words.get("favour", {}) if w)
    approval: tuple[str, int] | None = None
    turnout: int | None = None
    for i, f in enumerate(figures):
        if f.unit != "%" or not lo <= f.start < hi:
            continue
        before = text[max(lo, f.start - _REACH) : f.start]
        after = text[f.end : f.end + 6]
        if any(before.rstrip().endswith(w) for w in words.get("turnout", {})) or after.startswith("의 투표율"):
            turnout = i if turnout is None else turnout
            continue
        rated = any(r in text[lo:hi] for r in words.get("rate", {}))
        if not rated and not any(after.startswith(w) or after.lstrip().startswith(w) for w in favour):
            continue
        bases = {**words.get("members", {}), **words.get("voters", {})}
        base = [en for ko, en in bases.items() if before.rstrip().endswith(ko)]
        if base and approval is None:
            approval = (base[0], i)
    said: str = ""
    cited: tuple[int, ...] = ()
    if approval is not None:
        said += f", with {figures[approval[1]].en} {approval[0]} in favour"
        cited = (approval[1],)
    if turnout is not None:
        said += f", on a turnout of {figures[turnout].en}"
        cited = (*cited, turnout)
    return said, tuple(cited)


def _planned(text: str, analysis: Analysis, figures: Sequence[Figure], si: int, who: str) -> Event | None:
    """The strike the union plans after its vote ("Kia's union plans partial strikes from 27 November 2026"),
    from a sentence of the ``_PLAN_REACH`` after it whose subject is the union ("노조는"), with a ``strike`` word
    of the data, a ``plan`` verb right after it and a date figure right before 부터 (the day it starts); else
    None. Its own event (``strike_plan``): the vote's shares are of the vote's day, the plan's day is another."""
    words = _words()
    strikes = sorted(words.get("strike", {}).items(), key=lambda kv: len(kv[0]), reverse=True)
    for k, sentence in enumerate(analysis.sentences[si + 1 : si + 1 + _PLAN_REACH], start=si + 1):
        body = text[sentence.start : sentence.end]
        if not body.startswith(tuple(words.get("union", {}))) or not _SUBJECT.match(body, body.find(" ") - 1):
            continue
        for ko, en in strikes:
            at = body.find(ko)
            if at < 0 or not body[at + len(ko) :].lstrip().startswith(tuple(words.get("plan", {}))):
                continue
            since = [
                i for i, f in enumerate(figures)
                if f.kind == "date" and sentence.start <= f.start and f.end <= sentence.start + at
                and text.startswith("부터", f.end)
            ]  # fmt: skip
            if not since:
                return None
            start = sentence.start + at
            return Event("labour", "strike_plan", k, start, start + len(ko), (who,), None, "company",
                         detail=f" {en} from {figures[since[-1]].en}", amount=(since[-1],))  # fmt: skip
    return None


def strike_votes(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    """The strike votes of an article, one per union (its first telling)."""
    words = _words()
    triggers = tuple(words.get("trigger", {}))
    votes = tuple(words.get("vote", {}))
    out: list[Event] = []
    for si, sentence in enumerate(analysis.sentences):
        body = text[sentence.start : sentence.end]
        at = next((body.find(t) for t in triggers if t in body), -1)
        if at < 0:
            continue
        start = sentence.start + at
        done = text[start + 2 : start + 7]
        if not done.startswith(_CARRIED) or "다면" in done:
            continue  # "가결되면", "가결할 경우": a vote to come is no vote carried
        lead = text[sentence.start : start]
        near = lead[-_OBJECT_REACH:].rstrip()
        if any(near.endswith(o) for o in words.get("object", {})):
            pass  # "파업을 가결": the strike is what was carried
        elif not any(v in lead for v in votes) or _MARKED.search(near):
            continue  # no ballot on a strike, or another motion carried ("합의안을 가결")
        if any(d in lead for d in words.get("deny", {})):
            continue
        found = _union(text, sentence.start, start, mentions[si] if si < len(mentions) else ())
        if found is None or any(e.who == (found[0],) for e in out):
            continue
        said, cited = _said(text, figures, found[1], start)
        for following in analysis.sentences[si + 1 : si + 1 + _FOLLOWING] if not cited else ():
            # the lead tells the vote, the sentences after it its turnout and shares ("찬성률은 P%")
            if any(r in text[following.start : following.end] for r in words.get("rate", {})):
                said, cited = _said(text, figures, analysis.sentences[si + 1].start, following.end)
                break
        dates = [
            i for i, f in enumerate(figures)
            if f.kind == "date" and f.sentence == si and f.end <= start and isinstance(f.value, str)
            and len(f.value) == 10
        ]  # fmt: skip
        out.append(
            Event("labour", "strike_vote", si, start, start + 2, (found[0],), None, "company",
                  date=dates[-1] if dates else None, detail=said, amount=cited)
        )  # fmt: skip
        planned = _planned(text, analysis, figures, si, found[0])
        if planned is not None:  # "노조는 오는 27일부터 부분파업에 돌입할 계획이다"
            out.append(planned)
    return out
