"""Round 15's shortcuts give exactly what the plain reads they replace give.

The fast form and the straightforward one run on Korean written here and their answers are compared.
"""

from __future__ import annotations

import re

from briefings import pipeline
from briefings.facts import acts

_SENTENCES = [
    "법원은 가처분 신청을 기각했다. 항소심 재판부도 기각 결정을 내렸고 다시 기각했다.",
    "노조는 부분 파업에 이어 전면 파업, 총파업에 돌입할 예정이다.",
    "식약처가 신약의 품목허가를 승인했다고 밝혔다",
    "기각기각기각",  # a word written again right after itself: each occurrence after the last one's end
    "아무 행위도 쓰지 않은 문장",
    "",
]
_WORDS = ["기각", "기각기각", "파업", "총파업", "품목허가", "승인", "없는말", "각"]


def test_a_row_word_is_found_where_the_escaped_pattern_finds_it() -> None:
    for text in [*_SENTENCES, " ".join(_SENTENCES)]:
        for lo in range(0, len(text) + 1, 3):
            for hi in (lo, min(len(text), lo + 7), len(text)):
                for ko in _WORDS:
                    plain = [lo + m.start() for m in re.finditer(re.escape(ko), text[lo:hi])]
                    assert list(acts._found(text, ko, lo, hi)) == plain, (text, ko, lo, hi)


def test_every_row_word_of_the_acts_table_is_found_as_its_pattern_finds_it() -> None:
    text = " ".join(_SENTENCES)
    for rows in acts._words().values():
        for ko, _ in rows:
            sample = f"{text} {ko}{ko} {ko}다"
            plain = [m.start() for m in re.finditer(re.escape(ko), sample)]
            assert list(acts._found(sample, ko, 0, len(sample))) == plain


def test_the_stages_keep_more_patterns_than_re_alone() -> None:
    pipeline._load_stages()
    if hasattr(re, "_MAXCACHE"):
        assert re._MAXCACHE >= pipeline._RE_CACHE
