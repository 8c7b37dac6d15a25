"""Round 12's faster scans find exactly what the plain scans they replace find.

Each test runs the fast form and the straightforward one on sentences written here and compares every
match; a fast form that skipped a place where a match starts, or matched a different span, fails.
"""

from __future__ import annotations

import re

from briefings.analysis import dates
from briefings.facts import claims
from briefings.facts.attribution import _cue_hits
from briefings.lexicon import _TRIE_GROUP, trie_regex
from briefings.writing.summary import textrank

_DATED = [
    "2025년 3월 14일 발표한 자료에 따르면 지난해 4분기 매출은 1조2000억원으로 전년 대비 12% 늘었다.",
    "회사는 오는 27일 주주총회를 열고, 다음 날 이사회를 연다. 올 3월에는 새 공장을 짓는다.",
    "FY2026 1분기 실적은 2026회계연도 가이던스를 웃돌았고 1Q 영업이익은 4Q24보다 많다.",
    "A2025년 계획, 12,2025년, 3.2024년 같은 숫자 뒤의 연도와 5일본 여행, 2030년대 전망은 날짜가 아니다.",
    "지난달 20일과 같은 달 27일, 이튿날 오전, 하루 전부터 2006~2008년, 10·11월, 3ㆍ4분기 연속 흑자.",
    "내년 상반기와 금년 말, 작년 가을 그리고 이번 달 중순에 각각 15∼17일 일정이 잡혔다.",
]


def test_date_matches_are_those_of_a_full_scan() -> None:
    for text in [*_DATED, " ".join(_DATED), "\n".join(reversed(_DATED))]:
        fast = [(m.span(), m.groupdict()) for m in dates._date_matches(text)]
        full = [(m.span(), m.groupdict()) for m in dates.date_pattern().finditer(text)]
        assert fast == full
        assert fast  # the sentences hold dates: an empty scan would pass vacuously


def test_a_number_glued_to_a_letter_or_digit_before_it_starts_no_date() -> None:
    text = "모델A2025년형과 12,2025년 사이에 2025년 4월 출시"
    assert [m.group() for m in dates._date_matches(text)] == ["2025년 4월"]


def _wide_vocabulary() -> set[str]:
    # more first characters than a wide node's threshold, with shared prefixes, one-letter words and
    # words that are prefixes of others ("가", "가나", "가나다라")
    syllables = [chr(0xAC00 + 28 * k) for k in range(3 * _TRIE_GROUP + 5)]
    words = {s + "전자" for s in syllables} | {s + "은행" for s in syllables[::3]}
    words |= {"가", "가나", "가나다라", "A&B", "AB증권", "삼성", "삼성전자", "삼성전자우"}
    return words


def test_a_wide_trie_matches_as_the_longest_first_alternation() -> None:
    words = _wide_vocabulary()
    grouped = re.compile(trie_regex(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert "(?<=" in grouped.pattern  # the vocabulary is wide enough to be grouped
    texts = [
        " ".join(sorted(words)),
        "삼성전자우와 삼성전자, 삼성 그리고 가나다라마 가나 가 A&B AB증권" + "".join(sorted(words))[::-1],
        "".join(sorted(words)),
    ]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_latin_claim_words_match_on_word_boundaries_only() -> None:
    text = "GPT-4o와 xGPT, GPT4, 그리고 gpt를 비교했고 (GPT) 모델도 봤다. GPT"
    found = [text[s:e] for s, e, _ in claims._find(text, ["GPT", "o1"])]
    assert found == ["GPT", "gpt", "GPT", "GPT"]
    boundaries = re.compile(r"(?<![A-Za-z0-9])GPT(?![A-Za-z0-9])", re.IGNORECASE)
    assert [(s, e) for s, e, _ in claims._find(text, ["GPT"])] == [m.span() for m in boundaries.finditer(text)]


def test_a_cue_is_found_spaced_or_not_and_one_absent_is_skipped() -> None:
    text = "올해 연구 개발비용은 늘었고 인건 비용도 늘었다."
    hits = _cue_hits(text, (0, len(text)), [("개발비용", "rnd"), ("인건비용", "labour"), ("광고비", "ads")], False)
    assert [(text[s:e], key) for s, e, key in hits] == [("개발비용", "rnd"), ("인건 비용", "labour")]


def test_textrank_ranks_a_sentence_sharing_words_with_all_others_first() -> None:
    words = [
        frozenset({"반도체", "수출", "증가", "정부"}),
        frozenset({"반도체", "수출"}),
        frozenset({"수출", "증가"}),
        frozenset({"반도체", "증가"}),
        frozenset({"날씨"}),
    ]
    ranks = textrank(words)
    assert max(range(len(words)), key=ranks.__getitem__) == 0
    assert ranks[4] == min(ranks)  # shares nothing: only the teleport share
