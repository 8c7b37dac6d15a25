"""Housing presale (청약) results said as a wire says them: "An apartment presale in Seocho-gu, Seoul drew 48,612
first-priority applicants for 312 units on 1 December 2026, an average competition ratio of 155.8 to 1". One line
per sentence that writes the units offered, the applicants and the competition ratio together ("312가구 모집에
4만8612명이 접수해 평균 155.8대 1의 경쟁률을 기록했다"); the place is the one written before a site word
("서울 서초구 방배동에 들어서는") up to that sentence. A sentence missing one of them, a rounded or qualified count,
or an article naming no place says nothing. Cue words are data (``data/presales.tsv``; places: ``housing.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.facts.housing import housing_data
from briefings.lexicon import kind_table
from briefings.model import Figure

_GAP = 6  # characters of particles and spaces between the pieces ("명이 ", "대 1의 ")
_SITE_BACK = 30  # characters before a site word where its places stand ("서울 서초구 방배동에 들어서는")


@dataclass(frozen=True)
class Presale:
    """A presale line: what it says, its sentence and position, the figures it cites."""

    text: str
    sentence: int
    position: int
    figures: tuple[int, ...]


def _table() -> dict[str, tuple[tuple[str, str], ...]]:
    return kind_table("presales.tsv")


def _words(kind: str) -> tuple[str, ...]:
    return tuple(ko for ko, _ in _table().get(kind, ()))


@cache
def _place_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(English, pattern) of every housing place, the longest name first, each compiled once: the name as a word
    of its own and not a dateline's ("【서울=뉴스1】")."""
    places = sorted(housing_data().places.items(), key=lambda p: -len(p[0]))
    return tuple((en, re.compile(r"(?<![가-힣])" + re.escape(ko) + r"(?!\s*=)")) for ko, en in places)


def _count(f: Figure) -> str | None:
    """The figure's number as written in full ("48,612"), or None for a rounded, qualified or odd one."""
    if f.kind != "count" or f.qualifier or f.high is not None or not isinstance(f.value, float | int):
        return None
    if f.value != int(f.value) or f.value <= 0:
        return None
    return f"{int(f.value):,}"


def _place(text: str, upto: int) -> str | None:
    """ "Seocho-gu, Seoul": the places written right before the first site word of the text before ``upto``
    (the most specific first), or None."""
    sites = [text.find(w, 0, upto) for w in _words("site")]
    at = min((x for x in sites if x >= 0), default=-1)
    if at < 0:
        return None
    head = text[max(0, at - _SITE_BACK) : at]
    head = head[max(head.rfind("\n"), head.rfind(". ")) + 1 :]
    found: list[tuple[int, int, str]] = []
    for en, pattern in _place_patterns():
        for m in pattern.finditer(head):
            if not any(s <= m.start() < e for s, e, _ in found) and en not in [x for _, _, x in found]:
                found.append((m.start(), m.end(), en))
    if not found:
        return None
    return ", ".join(en for _, _, en in sorted(found, reverse=True))


def presale_lines(text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure]) -> list[Presale]:
    out: list[Presale] = []
    t = _table()
    units_en = dict(t.get("unit", ()))
    rounds = t.get("round", ())
    for si, (lo, hi) in enumerate(sentences):
        if not any(w in text[lo:hi] for w in _words("ratio")):
            continue
        here = [(i, f) for i, f in enumerate(figures) if f.sentence == si]
        for k, (ui, u) in enumerate(here):
            unit = next((en for ko, en in units_en.items() if u.surface.endswith(ko)), None)
            offered = _count(u)
            if unit is None or offered is None:
                continue
            rest = text[u.end : u.end + _GAP + 2]
            offer = next((w for w in _words("offer") if rest.lstrip().startswith(w)), None)
            if offer is None or k + 1 >= len(here):
                continue
            ai, a = here[k + 1]
            applied = _count(a)
            between = text[u.end : a.start].strip()
            if applied is None or between != offer or not a.surface.endswith("명"):
                continue
            after = text[a.end : a.end + _GAP].lstrip("이가 ")
            if not after.startswith(_words("apply")):
                continue
            ratio = next(((j, g) for j, g in here[k + 2 :] if g.en.endswith(" to 1") and not g.qualifier), None)
            if ratio is None:
                continue
            ri, r = ratio
            if not any(text[r.end : r.end + _GAP].lstrip("의 ").startswith(w) for w in _words("ratio")):
                continue
            gap = text[a.end : r.start]
            if any(g.start >= a.end and g.end <= r.start for _, g in here if g.kind in ("count", "money", "percent")):
                continue  # another figure between: the ratio may be of something else
            average = next((en for ko, en in t.get("average", ()) if gap.rstrip().endswith(ko)), None)
            place = _place(text, lo)
            if place is None:
                continue
            head = text[lo : u.start]
            round_en = next((en for ko, en in rounds if ko in head), None)
            dated = [
                (j, g)
                for j, g in here
                if g.kind == "date" and g.end <= u.start and "따르면" not in text[g.end : u.start]
            ]
            date = f" on {dated[-1][1].en}" if dated and not dated[-1][1].en.startswith(("by ", "from ")) else ""
            noun = "An apartment presale" if any(w in text[:hi] for w in _words("complex")) else "A presale"
            applicants = f"{round_en} applicants" if round_en else "applicants"
            ratio_en = f"an {average} competition ratio of {r.en}" if average else f"a competition ratio of {r.en}"
            cited = (ui, ai, ri) + ((dated[-1][0],) if date else ())
            line = f"{noun} in {place} drew {applied} {applicants} for {offered} {unit}{date}, {ratio_en}."
            out.append(Presale(line, si, u.start, cited))
            break
    return out
