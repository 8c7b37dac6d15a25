"""The pace of a weekly survey's change against the week before, and the run of weeks it extends, written after the
change (data/english_paces.tsv): "부산 아파트값은 0.07% 올랐다. 15주째 상승세지만 상승폭은 지난주(0.09%)보다
줄었다" is "…, the 15th straight weekly rise, slowing from 0.09% the week before".  Read only after the change's
figure in its own sentence or in the sentence right after it, with no place named before the words (a place's own
pace is another subject's); the week before's rate is a cited figure written in brackets after its word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefings.facts.housing import housing_data
from briefings.lexicon import _rows, trie_regex
from briefings.model import Analysis, Figure


@dataclass(frozen=True)
class _PaceData:
    paces: tuple[re.Pattern[str], ...]
    run: re.Pattern[str]
    lower: frozenset[str]
    run_up: frozenset[str]
    english: dict[str, str]


@cache
def _data() -> _PaceData:
    words: dict[str, set[str]] = {}
    english: dict[str, str] = {}
    for r in _rows("english_paces.tsv"):
        if r[0] == "en" and len(r) >= 3:
            english[r[1]] = r[2]
        elif len(r) >= 2:
            words.setdefault(r[0], set()).add(r[1])

    def alt(key: str) -> str:
        return trie_regex(words.get(key, set()))

    # "상승폭은 지난주(0.09%)보다 줄었다" | "전주(0.09%) 대비 오름폭이 축소됐다"
    rate = rf"(?:{alt('rate')})\s*(?:은|는|이|가)?"
    week = rf"(?:{alt('week')})\s*\(\s*(?P<prev>[^()]{{1,12}}?)\s*\)\s*(?:보다|대비|에 비해|比)?\s*(?:는)?"
    # the size of the change in percentage points and an adverb may stand before the verb ("0.02%포인트 줄었다")
    verb = (
        rf"(?:[0-9.]+\s*(?:%포인트|%p|포인트)\s*)?(?:(?:{alt('adverb')})\s*)?(?P<verb>{alt('lower')}|{alt('higher')})"
    )
    paces = (re.compile(rf"{rate}\s*{week}\s*{verb}"), re.compile(rf"{week}\s*{rate}\s*{verb}"))
    run = re.compile(
        rf"\s*(?P<n>[0-9]{{1,3}})\s*주\s*(?:연속|째)\s*(?:으로\s*)?(?P<dir>{alt('run_up')}|{alt('run_down')})"
    )
    return _PaceData(paces, run, frozenset(words.get("lower", ())), frozenset(words.get("run_up", ())), english)


def _ordinal(n: int) -> str:
    suffix = "th" if n % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _names_place(text: str) -> bool:
    data = housing_data()
    return any(m.group() for m in data.place_re.finditer(text))


def _sizes_agree(change: Figure, before: Figure, lower: bool) -> bool:
    """Whether the week before's size is on the side the verb says: smaller now ("slowing") needs a larger one."""
    now, then = change.value, before.value
    if not isinstance(now, int | float) or not isinstance(then, int | float):
        return False
    now, then = abs(now), abs(then)
    return then > now if lower else then < now


def weekly_pace(
    text: str, analysis: Analysis, figures: Sequence[Figure], change: int, direction: str
) -> tuple[str, tuple[int, ...]] | None:
    """(", the 15th straight weekly rise, slowing from 0.09% the week before", the figures it cites) for the weekly
    change ``figures[change]`` moving ``direction`` (up | down), or None when nothing is written of its pace."""
    data = _data()
    f = figures[change]
    if not 0 <= f.sentence < len(analysis.sentences):
        return None
    own = analysis.sentences[f.sentence]
    spans = [(f.end, own.end)]
    if f.sentence + 1 < len(analysis.sentences):
        nxt = analysis.sentences[f.sentence + 1]
        spans.append((nxt.start, nxt.end))
    by_start = {g.start: k for k, g in enumerate(figures)}
    phrases: list[str] = []
    cited: list[int] = []
    for lo, hi in spans:
        if phrases:
            break
        run = data.run.match(text, lo, hi)
        if run is not None and lo != f.end and not text[lo : run.start("n")].strip():
            up = run.group("dir") in data.run_up
            k = by_start.get(run.start("n"))
            if k is not None and (up == (direction == "up")) and int(run.group("n")) >= 2:
                phrases.append(
                    data.english.get("run-up" if up else "run-down", "").replace("{n}", _ordinal(int(run.group("n"))))
                )
                cited.append(k)
        found = [m for m in (p.search(text, lo, hi) for p in data.paces) if m is not None]
        m = min(found, key=lambda x: x.start()) if found else None
        if m is None or _names_place(text[lo : m.start()]):
            continue
        k = by_start.get(m.start("prev"))
        if k is None or figures[k].unit != "%" or figures[k].end != m.end("prev"):
            continue
        lower = any(m.group("verb").startswith(w) for w in data.lower)
        if not _sizes_agree(f, figures[k], lower):
            continue  # "0.09% 올라 … 상승폭은 지난주(0.05%)보다 줄었다": the text contradicts itself, say nothing
        key = f"{'up' if direction == 'up' else 'down'}-{'lower' if lower else 'higher'}"
        en = data.english.get(key)
        if en is None:
            continue
        prev = figures[k].en.lstrip("+-\u2212")
        phrases.append(en.replace("{prev}", prev))
        cited.append(k)
    phrases = [p for p in phrases if p]
    if not phrases:
        return None
    return "".join(f", {p}" for p in phrases), tuple(cited)
