"""Board decisions to split a business off: "[company]는 이사회를 열고 [unit] 사업부를 물적분할해 신설법인을
설립하기로 결의했다" -> an Event of kind ``split`` ("X's board approved splitting off its battery business into a
wholly owned new company").

The company is named through the gazetteer as the subject before the board word; the unit is a business word of
``data/splits.tsv`` right before a unit noun right before the split word; the kind of split (인적분할/물적분할)
decides the English, a bare 분할 is no event. The decision must be taken (결의했다, 의결했다) with no word of a plan
after the split word. The meeting's date is a date figure before the split word; the split's day a date figure
after "분할기일은" in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefings.facts.attribution import EntityMention, Mentions
from briefings.lexicon import _rows
from briefings.model import Analysis, Event, Figure

_SUBJECT = re.compile(r"\s*(?:은|는|이|가)\s")
_GAP = re.compile(r"\s*(?:을|를)?\s*$")
_TYPES = frozenset({"company", "bank"})


@cache
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _rows("splits.tsv"):
        if len(r) >= 2:
            out.setdefault(r[0], {})[r[1]] = r[2] if len(r) > 2 else "-"
    return out


def _company(text: str, lo: int, board: int, mentions: Sequence[EntityMention]) -> str | None:
    """The company that is the subject before the board word ("X는 이사회를", "X 이사회는")."""
    for m in reversed(mentions):
        if m.start < lo or m.end > board or m.entity.type not in _TYPES:
            continue
        if _SUBJECT.match(text, m.end) or not text[m.end : board].strip():
            return m.entity.en
        return None
    return None


def _unit(text: str, lo: int, at: int) -> str | None:
    """The English of the business right before the split word ("배터리 사업부를 물적분할"), else None."""
    words = _words()
    before = text[lo:at]
    gap = _GAP.search(before)
    head = before[: gap.start()] if gap else before
    for noun in sorted(words.get("unit_noun", {}), key=len, reverse=True):
        if head.endswith(noun):
            rest = head[: -len(noun)].rstrip()
            for ko, en in sorted(words.get("unit", {}).items(), key=lambda kv: len(kv[0]), reverse=True):
                if rest.endswith(ko) and (len(rest) == len(ko) or rest[-len(ko) - 1].isspace()):
                    return en
            return None
    return None


def board_splits(text: str, analysis: Analysis, figures: Sequence[Figure], mentions: Mentions) -> list[Event]:
    """The split-off decisions of an article, one per company (its first telling)."""
    words = _words()
    out: list[Event] = []
    for si, sentence in enumerate(analysis.sentences):
        body = text[sentence.start : sentence.end]
        found = next(((body.find(k), k, en) for k, en in words.get("split", {}).items() if k in body), None)
        if found is None:
            continue
        at = sentence.start + found[0]
        board = next((sentence.start + body.find(b) for b in words.get("board", {}) if b in body[: found[0]]), -1)
        after = text[at : sentence.end]
        if board < 0 or not any(d in after for d in words.get("decided", {})):
            continue
        if any(d in after for d in words.get("deny", {})):
            continue  # "분할을 추진하기로 결의": a plan, not the split decided
        here = mentions[si] if si < len(mentions) else ()
        who = _company(text, sentence.start, board, here)
        unit = _unit(text, board, at)
        if who is None or unit is None or any(e.who == (who,) for e in out):
            continue
        dates = [i for i, f in enumerate(figures) if f.kind == "date" and f.sentence == si and isinstance(f.value, str)]
        met = [i for i in dates if figures[i].end <= at and len(str(figures[i].value)) == 10]
        effective = [
            i for i in dates
            if len(str(figures[i].value)) == 10
            and any(text[: figures[i].start].rstrip().endswith(w) for w in words.get("effective", {}))
        ]  # fmt: skip
        said = (
            f" a spin-off of its {unit} business into a new company"
            if found[2] == "spin-off"
            else f" splitting off its {unit} business into a new wholly owned company"
        )
        if effective:
            said += f", effective {figures[effective[0]].en}"
        out.append(
            Event("split", "board_split", si, at, at + len(found[1]), (who,), None, "company",
                  date=met[-1] if met else None, detail=said, amount=tuple(effective[:1]))
        )  # fmt: skip
    return out
