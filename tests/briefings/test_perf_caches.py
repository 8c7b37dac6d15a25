"""The caches and prefilters of the speed work change no answer.

Each shortcut is checked against the plain reading it replaces, on Korean sentences written for the test:
the non-figure spans with and without the literal prefilter, a measure noun read through the first-character
index and by trying every cue, the cue hits of a table tuple and of the same cues as a list, and the article's
glosses handed out as a fresh dict each time (a caller changing its copy changes nobody else's).
"""

from __future__ import annotations

import re

import pytest

from briefings.analysis.figure_lexicon import non_figure_patterns, non_figure_scans, required_literals
from briefings.analysis.figures import _masked_spans
from briefings.facts import attribution as a

_TEXTS = [
    "월간 경제 11월호에 따르면 삼성전자는 3분기 영업이익이 9조원으로 10% 늘었다.",
    "[서울=뉴스1] 2025. 1. 28. 오후 2시 14분 기준 SK하이닉스[000660] 주가는 52주 신고가를 기록했다.",
    "1월물 서부텍사스산원유(WTI)는 배럴당 70달러에 거래됐다. 지수(2020년=100)는 112.3이다.",
    "창립 50주년을 맞은 이 회사는 3회째 배당을 늘렸고 2대 주주는 국민연금이다. 문의 news@example.com",
    "1. 수출은 5개년 계획에 따라 100엔당 935원 기준으로 (1bp=0.01%포인트) 늘었다. https://example.com/a",
    "환율은 1,480원을 넘었다. 08:10:00 제3회 포럼에서 22:39 발표했다.",
]


def _plain_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for p in non_figure_patterns() for m in p.finditer(text) if m.end() > m.start()]
    return sorted(spans)


@pytest.mark.parametrize("text", _TEXTS)
def test_masked_spans_are_those_of_every_pattern_scanned(text: str) -> None:
    masked = _masked_spans(text)
    spans = _plain_spans(text)
    assert spans, "each sentence holds at least one non-figure span"
    for s, e in spans:
        assert masked.holds(s) and masked.holds(e - 1)
    for pos in range(len(text)):
        assert masked.holds(pos) == any(s <= pos < e for s, e in spans)


def test_every_match_holds_its_pattern_literals() -> None:
    checked = 0  # matches of patterns that have literals: the prefilter's claim is tested on these
    for pattern, literals in non_figure_scans():
        for text in _TEXTS:
            for m in pattern.finditer(text):
                assert all(w in m.group() for w in literals), (pattern.pattern, m.group())
                checked += bool(literals)
    assert checked >= 5, checked  # the sentences hold matches of prefiltered patterns ("월호", "시 … 분", …)


def test_required_literals_read_only_the_top_level() -> None:
    assert required_literals(re.compile(r"(?:[0-9]{4}년 ?)?[0-9]{1,2}월호")) == ("월호",)
    assert required_literals(re.compile(r"[0-9]{1,2}시 ?[0-9]{1,2}분")) == ("시", "분")
    assert required_literals(re.compile(r"[0-9]+(?:주년|개년)")) == ()  # an alternative: nothing is certain
    assert required_literals(re.compile(r"주년|개년")) == ()
    assert required_literals(re.compile(r"(?i)ipo")) == ()  # case ignored: "IPO" holds no "ipo"
    assert required_literals(re.compile(r"상장(?:일)?")) == ("상장",)


@pytest.mark.parametrize(
    "noun", ["시가총액은", "영업이익이", "영업 이익은", "순이익", "매출액", "주가는", "수출", "대표이사", "", "3분기"]
)
def test_measure_of_noun_is_the_first_cue_that_matches(noun: str) -> None:
    expected = next(
        (key for key, cues in a._noun_cues() for cue in cues if cue and a.cue_pattern(cue).match(noun)), None
    )
    assert a._measure_of_noun(noun) == expected
    if noun.startswith("영업"):
        assert expected == "operating_profit"


def test_measure_in_reads_a_compound_end() -> None:
    assert a._measure_in("4분기영업이익")
    assert not a._measure_in("대표이사")


def test_cue_hits_of_a_table_and_of_a_list_agree() -> None:
    text = "삼성전자의 3분기 영업 이익은 9조원으로 전년 대비 10% 증가했고 매출은 79조원이었다."
    clause = (0, len(text))
    for kind in ("money", "percent"):
        table = a._measure_cues(kind)
        hits = a._cue_hits(text, clause, table, True)
        assert hits == a._cue_hits(text, clause, list(table), True)
        assert a._cue_hits(text, clause, table, True) == hits  # read again from the grouped table
    keys = {key for _, _, key in a._cue_hits(text, clause, a._measure_cues("money"), True)}
    assert {"operating_profit", "revenue"} <= keys


def test_article_glosses_hand_out_a_fresh_dict() -> None:
    text = "한빛로보틱스(Hanbit Robotics)는 로봇을 만든다. 한빛로보틱스 주가는 5% 올랐다."
    first = a.article_glosses(text)
    assert first == {"한빛로보틱스": "Hanbit Robotics"}
    first["한빛로보틱스"] = "changed"
    first["다른회사"] = "Other"
    assert a.article_glosses(text) == {"한빛로보틱스": "Hanbit Robotics"}


def test_tokens_kept_of_kiwi_are_plain_tokens() -> None:
    import dataclasses
    from types import SimpleNamespace

    from briefings.analysis.nlp import _kept, analyse
    from briefings.model import Token

    assert [f.name for f in dataclasses.fields(Token)] == ["form", "tag", "start", "end"]
    assert not hasattr(Token, "__post_init__")
    kept = _kept(SimpleNamespace(form="오르", tag="VV-R", start=3, len=2), 10)
    assert kept == Token("오르", "VV", 13, 15)
    assert hash(kept) == hash(Token("오르", "VV", 13, 15))
    text = "삼성전자 주가가 3% 올랐다.\n환율은 1,480원을 넘었다."
    analysis = analyse(text)
    first = analysis.tokens[1][0]
    assert type(first) is Token and text[first.start : first.end] == "환율"
    assert any(t.form == "오르" and t.tag == "VV" for t in analysis.tokens[0])
