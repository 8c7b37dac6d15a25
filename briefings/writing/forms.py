"""Sentence forms that continue the sentence before: "[currency]로 환산하면 N" converts its last amount.

"A사는 B사와 12억달러 규모의 계약을 맺었다. 원화로 환산하면 약 1조6000억원이다." The won amount is the dollar
amount said again in another currency: it is folded into that amount as its conversion ("US$1.2 billion (about
₩1.6 trillion)"), never stated as a second amount. The frames are data (data/conversion_frames.tsv). Only when the
converted figure is the first figure of its sentence, the amount before it is the last figure of the sentence
before, both are money of two currencies, and nothing but the frame stands between the two sentences' figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefings.lexicon import _rows
from briefings.model import Fact, Figure


@cache
def _frame() -> re.Pattern[str]:
    frames = sorted({r[0].strip() for r in _rows("conversion_frames.tsv") if r and r[0].strip() not in ("", "frame")})
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in sorted(frames, key=len, reverse=True))
    # the rest of the sentence before ("… 규모다."), then the frame opening the next, right before the figure
    return re.compile(r"^[^0-9.?!]*[.?!]\s*(?:" + alts + r")\s*[,]?\s*(?:약|총|모두)?\s*$")


def next_sentence_conversions(text: str, facts: Sequence[Fact], figures: Sequence[Figure]) -> dict[int, int]:
    """Amount figure index -> the index of its conversion written in the next sentence."""
    out: dict[int, int] = {}
    if not _frame().pattern:
        return out
    with_facts = {f.figure for f in facts if f.figure is not None}
    order = sorted(range(len(figures)), key=lambda i: figures[i].start)
    for a, b in zip(order, order[1:], strict=False):
        fa, fb = figures[a], figures[b]
        if fb.sentence != fa.sentence + 1 or fa.kind != "money" or fb.kind != "money" or fa.unit == fb.unit:
            continue
        if a not in with_facts or b not in with_facts:
            continue
        if _frame().match(text[fa.end : fb.start]):
            out[a] = b
    return out
