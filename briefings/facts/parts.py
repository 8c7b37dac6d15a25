"""The parts an aggregate is broken down into (data/breakdown_parts.tsv): "[part]은/는/이/가 … N" or "[part] N" in a
list, read as that figure's subject when the article names the part's whole (GDP, the reserves, a pump-price
survey) nearby. Text only: the facts stage (attribution.py) decides which figure a part is the topic of."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefings.facts.knowledge import tsv_rows


@dataclass(frozen=True)
class Part:
    ko: str
    en: str
    family: str
    measure: str | None


@dataclass(frozen=True)
class PartsData:
    parts: dict[str, Part]
    wholes: dict[str, tuple[str, ...]]  # family -> words naming its whole
    pattern: re.Pattern[str]  # a part at a word start, its head words, then a topic particle or its figure


# what a part may follow: the opening of its clause or list item (nothing, a comma, a clause ending -고/-며/-지만,
# a topic just closed "기여도는", a list closed with 등, a breakdown header "항목별로는"), never a narrowing word
_OPENING = re.compile(r"(?:^|[,(\"“'‘:]|고|며|지만|는데|반면|은|는|등|보면|별로)\s*$")
_PARTICLE_OR_FIGURE = r"(?:(?:은|는|이|가|도)\s|\s(?=[-−+]?(?:약\s*)?[0-9]))"


@cache
def parts_data() -> PartsData:
    parts: dict[str, Part] = {}
    wholes: dict[str, list[str]] = {}
    heads: dict[str, list[str]] = {}
    for row in tsv_rows("breakdown_parts.tsv"):
        kind = row[0].strip() if row else ""
        if kind == "part" and len(row) >= 5:
            family, ko, en, measure = (c.strip() for c in row[1:5])
            parts[ko] = Part(ko, en, family, None if measure in {"", "-"} else measure)
        elif kind == "whole" and len(row) >= 3:
            wholes.setdefault(row[1].strip(), []).append(row[2].strip())
        elif kind == "head" and len(row) >= 3:
            heads.setdefault(row[1].strip(), []).append(row[2].strip())
    all_heads = sorted({h for hs in heads.values() for h in hs}, key=len, reverse=True)
    names = "|".join(re.escape(k) for k in sorted(parts, key=len, reverse=True))
    head = "|".join(re.escape(h) for h in all_heads) or r"(?!)"
    pattern = re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<part>{names})(?P<heads>(?:\s?(?:{head}))*){_PARTICLE_OR_FIGURE}")
    return PartsData(parts, {k: tuple(v) for k, v in wholes.items()}, pattern)


@dataclass(frozen=True)
class PartHit:
    part: Part
    start: int
    end: int  # the end of the part's phrase (its particle included)


def part_hits(text: str, lo: int, hi: int) -> list[PartHit]:
    """The parts named as a topic or a list item between lo and hi, at the opening of their clause or item."""
    data = parts_data()
    out: list[PartHit] = []
    for m in data.pattern.finditer(text, lo, min(len(text), hi + 16)):  # past hi: the figure a bare item precedes
        if m.end() > hi:
            break
        part = data.parts[m.group("part")]
        if m.group("heads") and part.family not in _families_with_heads():
            continue
        if not _OPENING.search(text[max(lo, m.start() - 12) : m.start()]):
            continue  # "국제 [fuel]", "[brand] [fuel]", "자동차용 [fuel]": another series than the part
        out.append(PartHit(part, m.start(), m.end()))
    return out


@cache
def _families_with_heads() -> frozenset[str]:
    return frozenset(r[1].strip() for r in tsv_rows("breakdown_parts.tsv") if r and r[0].strip() == "head")


def names_whole(window: str, family: str) -> bool:
    """Whether the text names the family's whole (GDP for national accounts, the reserves, a pump survey)."""
    return any(w in window for w in parts_data().wholes.get(family, ()))
