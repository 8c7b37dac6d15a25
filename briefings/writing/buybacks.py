"""A buyback's manner and period, said as a wire says them: "KT plans to buy back ₩250 billion of its shares
through a trust agreement from 1 December to 26 February 2027". The manner (a trust agreement) is said only when
its clause holds a verb of decision and no word that denies or defers it; the period only when a date span
("A부터 B까지") follows a noun of the buying period in the figure's sentence or the next one. Cue words are
data (``data/buybacks.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.lexicon import kind_table
from briefings.model import Figure

_SPAN_JOIN = re.compile(r"\s*(?:부터|에서)\s*[~∼-]?\s*")  # "12월 1일부터 내년 2월 26일까지"


def _table() -> dict[str, tuple[tuple[str, str], ...]]:
    return kind_table("buybacks.tsv")


def manner(text: str, figure: Figure, sentence_end: int) -> str | None:
    """ " through a trust agreement" when the rest of the figure's sentence names the manner, decides it and
    denies nothing ("…신탁계약 체결을 결의했다"), else None."""
    after = text[figure.end : sentence_end]
    table = _table()
    via = next(((ko, en) for ko, en in table.get("via", ()) if ko in after), None)
    if via is None:
        return None
    rest = after[after.index(via[0]) :]
    if not any(ko in rest for ko, _ in table.get("decide", ())):
        return None
    if any(ko in after for ko, _ in table.get("deny", ())):
        return None
    return " " + via[1]


def said_on(text: str, figure: Figure, figures: Sequence[Figure], sentence_end: int) -> tuple[str, int] | None:
    """(" said on 30 November 2026 it", the date figure's index) when a date figure after the buyback figure in
    its sentence is followed by a verb of report ("…결의했다고 30일 공시했다"), else None."""
    verbs = tuple(ko for ko, _ in _table().get("said", ()))
    for i, f in enumerate(figures):
        if f.kind != "date" or not (figure.end <= f.start and f.end <= sentence_end):
            continue
        if text[f.end : sentence_end].lstrip().startswith(verbs) and not f.en.startswith(("by ", "from ")):
            return f" said on {f.en} it", i
    return None


_NEXT_SENTENCE = re.compile(r"\s*[^\n]*?(?:다\.|\n|$)")


def _without_shared_year(first: str, last: str) -> str:
    """The start of a span without the year its end repeats: ("7 August 2026", "6 November 2026") -> "7 August"."""
    head, _, year = first.rpartition(" ")
    if head and re.fullmatch(r"[0-9]{4}", year) and last.endswith(" " + year):
        return head
    return first


def period(
    text: str, figure: Figure, figures: Sequence[Figure], sentence_end: int
) -> tuple[str, tuple[int, int]] | None:
    """(" from 1 December to 26 February 2027", the indexes of its two date figures) when a span noun after the
    figure in its sentence, or in the next sentence, is followed there by "A부터 B까지", else None."""
    nouns = [ko for ko, _ in _table().get("span", ())]
    m = _NEXT_SENTENCE.match(text, sentence_end)
    for lo, hi in ((figure.end, sentence_end), (sentence_end, m.end() if m else sentence_end)):
        at = min((text.find(n, lo, hi) for n in nouns if text.find(n, lo, hi) >= 0), default=-1)
        if at < 0:
            continue
        dated = [(i, f) for i, f in enumerate(figures) if f.kind == "date" and at <= f.start and f.end <= hi]
        for (i, a), (j, b) in zip(dated, dated[1:], strict=False):
            between = text[a.end : b.start]
            joined = _SPAN_JOIN.fullmatch(between) or (a.surface.endswith("부터") and not between.strip())
            if not joined or not (b.surface.endswith("까지") or text.startswith("까지", b.end)):
                continue
            first = a.en.removeprefix("from ")
            last = b.en.removeprefix("by ").removeprefix("until ")
            return f" from {_without_shared_year(first, last)} to {last}", (i, j)
        return None
    return None
