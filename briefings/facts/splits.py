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
_MEETING_REACH = 2  # spaces between a date figure and the meeting word after it
_SPLIT_AFTER = r"(?:을|를)?\s*(?:인적|물적)?분할"  # a unit noun's object particle, then the split word


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


def _unit_words(rest: str) -> str | None:
    """The English of the business words ending ``rest`` ("배터리", "필름·전자재료" -> "film and electronic
    materials": every part of a 가운뎃점 list a unit row), else None."""
    units = sorted(_words().get("unit", {}).items(), key=lambda kv: len(kv[0]), reverse=True)
    for ko, en in units:
        if rest.endswith(ko) and (len(rest) == len(ko) or rest[-len(ko) - 1].isspace()):
            return en
    last = rest.split()[-1] if rest.split() else ""
    parts = last.split("·")
    if len(parts) < 2:
        return None
    said = [next((en for ko, en in units if part == ko), None) for part in parts]
    if any(p is None for p in said):
        return None
    return ", ".join(str(p) for p in said[:-1]) + f" and {said[-1]}"


def _unit(text: str, lo: int, at: int, end: int) -> str | None:
    """The English of the business split off, the object of a split word between ``lo`` (the board word) and
    ``end`` (the end of the split word at ``at``): "배터리 사업부를 물적분할", "필름·전자재료 사업부문을 분할해 …
    인적분할 안건을"; else None."""
    words = _words()
    span = text[lo:end]
    found: str | None = None
    for noun in sorted(words.get("unit_noun", {}), key=len, reverse=True):
        for hit in re.finditer(re.escape(noun) + _SPLIT_AFTER, span):
            before = span[: hit.start()]
            if not before.strip() or not before[-1].isspace() or lo + hit.start() > at:
                continue  # the noun inside a longer one ("사업부문" holds "부문"), or after the split word
            said = _unit_words(before.rstrip())
            if said is None:
                return None  # a unit the data does not know: no event
            found = found or said
    return found


def _later(
    text: str, analysis: Analysis, figures: Sequence[Figure], si: int, decided_on: str, kind: str, before: bool
) -> list[int]:
    """The date figures of the sentences after the decision that tell of the split again (a ``topic`` word:
    "분할 비율은", "분할 안건을") that a word of ``kind`` marks, right
    before the date ("분할기일은 3월 1일", ``before``) or right after it ("1월 28일 임시 주주총회"); only a full
    date after the decision's own day: a day to come resolved into the past is misread, nothing is said."""
    cues = tuple(_words().get(kind, {}))
    topics = tuple(_words().get("topic", {}))
    told = {
        k for k in range(si + 1, len(analysis.sentences))
        if any(t in text[analysis.sentences[k].start : analysis.sentences[k].end] for t in topics)
    }  # fmt: skip
    out: list[int] = []
    for i, f in enumerate(figures):
        if f.kind != "date" or f.sentence not in told or not isinstance(f.value, str) or len(f.value) != 10:
            continue
        if before:
            marked = any(text[: f.start].rstrip().endswith(w) for w in cues)
        else:
            gap = text[f.end : f.end + _MEETING_REACH + 12]
            marked = len(gap) - len(gap.lstrip()) <= _MEETING_REACH and gap.lstrip().startswith(cues)
        if marked and f.value > decided_on:
            out.append(i)
    return out


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
        approved = next((after.find(b) for b in words.get("approved", {}) if b in after), -1)
        unit_lo = board
        if board < 0 and approved >= 0:  # "물적분할키로 하고 이사회 승인을 받았다": the board's approval after it
            board, unit_lo = at, sentence.start
        elif board < 0 or not any(d in after for d in words.get("decided", {})):
            continue
        if any(d in after for d in words.get("deny", {})):
            continue  # "분할을 추진하기로 결의": a plan, not the split decided
        here = mentions[si] if si < len(mentions) else ()
        who = _company(text, sentence.start, board, here)
        unit = _unit(text, unit_lo, at, at + len(found[1]))
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
        decided_on = str(figures[met[-1]].value) if met else ""
        if not effective and decided_on:  # "분할기일은 3월 1일이며" told in a sentence after the decision
            effective = _later(text, analysis, figures, si, decided_on, "effective", before=True)
        if effective:
            said += f", effective {figures[effective[0]].en}"
        meeting = _later(text, analysis, figures, si, decided_on, "meeting", before=False) if decided_on else []
        if meeting:  # "내년 1월 28일 임시 주주총회를 열어 분할 안건을 승인받을 예정"
            said += f", subject to shareholder approval on {figures[meeting[0]].en}"
        out.append(
            Event("split", "board_split", si, at, at + len(found[1]), (who,), None, "company",
                  date=met[-1] if met else None, detail=said, amount=(*effective[:1], *meeting[:1]))
        )  # fmt: skip
    return out
