"""Round 14's caches and shortcuts give exactly what the plain reads they replace give.

Each test runs the fast form and the straightforward one on Korean written here and compares the answers; a
cache that kept an answer for another input, or a shortcut that skipped a place where a match starts, fails.
"""

from __future__ import annotations

import re

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts import attribution
from briefings.facts.attribution import _cue_head, cue_pattern, cue_spans
from briefings.facts.knowledge import comparison_bases, nearest_base
from briefings.writing import notices, nouns

_HEADS = [
    "삼성전자의 3분기 영업이익은 전년 동기 대비",
    "매출은 직전 분기(10조원) 대비 늘었고 영업이익은 전년 같은 기간보다",
    "전년 대비 12% 늘었고, 전월 대비로는",
    "동기 대비 감소했지만 전년 동기 대비",
    "수출은 1년 전보다 10% 많았고 작년 같은 달 대비",
    "아무 기준도 쓰지 않은 문장",
    "",
]


def _nearest_base_plainly(head: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for cue, en in comparison_bases():
        k = head.rfind(cue)
        if k >= 0 and (best is None or k + len(cue) > best[0]):
            best = (k + len(cue), en)
    return best


def test_the_nearest_base_is_the_one_each_cue_searched_alone_gives() -> None:
    for head in [*_HEADS, " ".join(_HEADS), "".join(reversed(_HEADS))]:
        assert nearest_base(head) == _nearest_base_plainly(head)
    end, en = nearest_base("영업이익은 전년 동기 대비") or (0, "")
    assert end == len("영업이익은 전년 동기 대비") and en == "year on year"  # the longest cue ending there
    assert nearest_base("아무 기준도 쓰지 않은 문장") is None


def test_every_spelling_of_a_cue_starts_with_its_head() -> None:
    for cue in ["예정금액", "개발 비용", "영업이익률", "주가", "순매수 규모", "3분기 매출"]:
        closed = cue.replace(" ", "")
        spellings = {cue, closed} | {closed[:k] + " " + closed[k:] for k in range(1, len(closed))}
        for written in spellings:
            if cue_pattern(cue).fullmatch(written):
                assert written.startswith(_cue_head(cue)), (cue, written)
    text = "올해 투자 예정 금액은 3조원, 예정금액 대비 집행률은 40%다."
    assert cue_spans(text, "예정금액", 0, len(text)) == [(6, 11), (18, 22)]
    assert cue_spans(text, "개발비용", 0, len(text)) == []


def test_the_glued_cue_pattern_is_the_same_whatever_the_order_of_the_stems() -> None:
    one = nouns._glued_cue(("수입", "수입액"))
    other = nouns._glued_cue(("수입액", "수입"))
    assert one.pattern == other.pattern
    assert one.sub(" ", "국세수입액은 늘었다") == " 은 늘었다"  # the longer stem is the one taken


def test_owner_words_end_as_each_owner_pattern_searched_alone() -> None:
    def plainly(words: list[str]) -> bool:
        text = " ".join(words) + " "
        return any(re.search(said + r"\s+$", text) for said, _ in nouns._owner_patterns())

    for words in [["국내", "투자자"], ["개인투자자"], ["개인", "투자자들"], ["국내", "기업"], ["올해"], []]:
        assert nouns._owner_words_end(words) == plainly(words), words
    assert nouns._owner_words_end(["국내", "투자자"])


def test_figures_by_sentence_follow_the_tuple_they_are_asked_of() -> None:
    first = "삼성전자는 매출 10조원을 올렸다. 영업이익은 2조원, 순이익은 1조5000억원이다."
    second = "현대차는 3만대를 팔았다. 기아는 2만대, 르노코리아는 5000대를 팔았다."
    a = extract_figures(first, analyse(first).sentences, None)
    b = extract_figures(second, analyse(second).sentences, None)
    for figures in (a, b, a, list(b)):
        for si in range(3):
            assert notices._in(figures, si) == [(i, f) for i, f in enumerate(figures) if f.sentence == si]
    got = notices._in(a, 1)
    got.clear()  # the caller's list is its own
    assert [f.surface for _, f in notices._in(a, 1)] == ["2조원", "1조5000억원"]


def test_a_clause_found_once_is_the_clause_read_from_its_tokens() -> None:
    text = "매출은 10조원으로 늘었고, 영업이익은 2조원으로 줄었지만 순이익은 1조원이었다."
    analysis = analyse(text)
    again = analyse(text)  # the same text analysed again: other token tuples
    figures = extract_figures(text, analysis.sentences, None)
    assert len(figures) == 3
    for tokens in (analysis.tokens[0], again.tokens[0], analysis.tokens[0]):
        spans = [attribution._clause(text, analysis.sentences[0], tokens, f) for f in figures]
        assert spans == [attribution._clause_of(text, analysis.sentences[0], tokens, f) for f in figures]
    spans = [text[slice(*attribution._clause(text, analysis.sentences[0], analysis.tokens[0], f))] for f in figures]
    assert spans[0].startswith("매출은 10조원") and "영업이익" not in spans[0]
    assert "영업이익은 2조원" in spans[1] and "매출" not in spans[1]
    assert "순이익은 1조원" in spans[2]
