"""Page furniture: the parts of a saved web page that are not the article.

The patterns live in ``briefings/data/furniture*.tsv`` (one ``kind<TAB>regex``
per line); this module only applies them, with guards that keep real body
sentences:

* ``line``/``copyright``/``signoff``/``credit`` rules drop one short line, and
  never a line that reads as a sentence (ends in 다./요./니다. ...);
* a ``credit`` (photo credit) also drops the caption line directly above it
  when that line is short and not a sentence;
* a ``caption`` (a photo caption ending in its credit) is dropped only when the page shows it
  twice - every copy, and a line that holds it twice - since a repeated caption is the image's
  alt text beside the caption; a caption shown once is the article's own text;
* a ``trailer`` (a box of links such as "많이 본 뉴스" or "'…' 카테고리의 다른
  글") drops itself and everything after it, but only in the last part of the
  article and only when no line after it is a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Rule", "Furniture", "load_rules", "find_furniture", "remove_furniture", "is_sentence", "is_caption"]

KINDS = ("line", "copyright", "signoff", "credit", "trailer", "caption")

MAX_RULE_LINE = 200  # longer lines are paragraphs: no single-line rule applies
MAX_TRIGGER_LINE = 120  # a trailer heading is short
MAX_TRAILER_LINE = 160  # ... and so is every line in the box after it
MAX_TRAILER_LINES = 40
TRAILER_START = 0.4  # a trailer starts no earlier than 40% into the article's lines
MAX_CAPTION = 60

_SENTENCE_END = re.compile(
    r"(?:(?:다|요|죠|까|니다|습니다|였다|했다|한다|된다|이다)\s*[.!?…]+|[.!?]\s*[\"'”’)\]]?)\s*[\"'”’)\]]*\s*$"
)
_HANGUL_END = re.compile(r"(?:다|요|죠|까)\s*[.!?…]+[\"'”’)\]]*\s*$")


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Furniture:
    """Which lines are furniture: index -> kind (line, copyright, signoff, credit, caption, trailer)."""

    kinds: dict[int, str]

    def removed(self, lines: Sequence[str], *kinds: str) -> list[str]:
        """The removed lines of the given kinds (all kinds when none is given)."""
        return [lines[i] for i, k in sorted(self.kinds.items()) if not kinds or k in kinds]


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every rule from the data files ``furniture*.tsv``, in file order."""
    rules: list[Rule] = []
    folder = resources.files("briefings.data")
    names = sorted(e.name for e in folder.iterdir() if e.name.startswith("furniture") and e.name.endswith(".tsv"))
    for name in names:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            kind, sep, pattern = raw.partition("\t")
            kind = kind.strip()
            if not sep or kind not in KINDS:
                raise ValueError(f"{name}:{number}: expected 'kind<TAB>regex' with kind in {KINDS}")
            rules.append(Rule(kind, re.compile(pattern.strip(), re.IGNORECASE)))
    return tuple(rules)


def is_sentence(line: str) -> bool:
    """True when ``line`` reads as a body sentence (Korean ending or a long English sentence)."""
    line = line.strip()
    if _HANGUL_END.search(line):
        return True
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= 6 and not re.search(r"[가-힣]", line)


def is_caption(line: str) -> bool:
    """``line`` is a photo caption (it describes a photo and ends in the photo's credit)."""
    return _match("caption", line.strip())


def _match(kind: str, line: str) -> bool:
    return any(p.fullmatch(line) for p in _patterns_of(kind))


@lru_cache(maxsize=None)
def _patterns_of(kind: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of one kind's rules, in file order (picked out once, not per line)."""
    return tuple(r.pattern for r in load_rules() if r.kind == kind)


def _single_line_kind(line: str) -> str | None:
    if len(line) > MAX_RULE_LINE or _HANGUL_END.search(line):
        return None
    english_sentence = is_sentence(line)
    for rule in load_rules():
        if rule.kind in ("trailer", "caption") or (english_sentence and rule.kind != "copyright"):
            continue  # "Copyright © 2025 X. All rights reserved." reads like a sentence but is not
        if rule.pattern.fullmatch(line):
            return rule.kind
    return None


def _trailer_start(lines: Sequence[str]) -> int | None:
    filled = [i for i, s in enumerate(lines) if s.strip()]
    if not filled:
        return None
    # only the last MAX_TRAILER_LINES + 1 lines can start a trailer: linear time on any input
    first = max(0, len(filled) - MAX_TRAILER_LINES - 1)
    for rank in range(first, len(filled)):
        i = filled[rank]
        line = lines[i].strip()
        if rank < TRAILER_START * len(filled) and rank != len(filled) - 1:
            continue
        if len(line) > MAX_TRIGGER_LINE or (is_sentence(line) and "더보기" not in line):
            continue
        if not _match("trailer", line):
            continue
        rest = [lines[j].strip() for j in filled[rank + 1 :]]
        if len(rest) > MAX_TRAILER_LINES or any(len(s) > MAX_TRAILER_LINE for s in rest):
            continue
        return i
    return None


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _doubled(line: str) -> bool:
    """The line is one text said twice: "A. 연합뉴스 A. 연합뉴스"."""
    half = len(line) // 2
    return len(line) >= 20 and _norm(line[:half]) == _norm(line[half:])


def _repeated_captions(lines: Sequence[str]) -> set[int]:
    captions = [
        i for i, s in enumerate(lines) if s.strip() and len(s) <= 2 * MAX_RULE_LINE and _match("caption", s.strip())
    ]
    seen: dict[str, list[int]] = {}
    for i in captions:
        seen.setdefault(_norm(lines[i]), []).append(i)
    repeated = {i for group in seen.values() if len(group) > 1 for i in group}
    repeated |= {i for i in captions if _doubled(lines[i].strip())}
    for i, s in enumerate(lines):  # "A 연합뉴스 A 연합뉴스": a caption said twice in one line
        half = len(s.strip()) // 2
        if i not in repeated and _doubled(s.strip()) and _match("caption", s.strip()[half:].strip()):
            repeated.add(i)
    return repeated


def find_furniture(lines: Sequence[str]) -> Furniture:
    """Classify the furniture lines of an article given as lines (already sanitized)."""
    kinds: dict[int, str] = {i: "caption" for i in _repeated_captions(lines)}
    start = _trailer_start(lines)
    end = len(lines) if start is None else start
    if start is not None:
        for i in range(start, len(lines)):
            # a sign-off or copyright line under a box of links ("ⓒ 매체 | 기자 | 2026.11.19") is still
            # removed, but as what it is, so the metadata can read its outlet, reporter and date
            line = lines[i].strip()
            kinds[i] = next((k for k in ("copyright", "signoff") if line and _match(k, line)), "trailer")
    for i in range(end):
        line = lines[i].strip()
        if not line or i in kinds:
            continue
        kind = _single_line_kind(line)
        if kind is None:
            continue
        kinds[i] = kind
        if kind == "credit" and i > 0 and i - 1 not in kinds:
            above = lines[i - 1].strip()
            if above and len(above) <= MAX_CAPTION and not is_sentence(above) and "=" not in above:
                kinds[i - 1] = "caption"
    return Furniture(kinds)


def remove_furniture(lines: Sequence[str]) -> list[str]:
    """``lines`` without their furniture (blank lines are kept)."""
    found = find_furniture(lines)
    return [s for i, s in enumerate(lines) if i not in found.kinds]
