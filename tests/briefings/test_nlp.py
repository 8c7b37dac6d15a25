"""Korean analysis: one shared Kiwi with the domain dictionary, sentences as spans."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefings.analysis.nlp import MAX_PIECE, analyse, analyse_many, get_kiwi, is_heading, pieces
from briefings.model import Analysis

SAMPLE = (
    "딥시크는 '파괴神'?…AI 산업 활성화 새장 열어\n\n"
    "1. 딥시크의 등장과 그 의미\n"
    "중국 스타트업 딥시크(DeepSeek)가 R1을 공개했다. 엔비디아 주가는 17% 폭락했다.\n"
    "  네이버[035420](6.13%), 카카오[035720](7.27%), 이스트소프트[047560](11.24%), "
    "더존비즈온[012510](4.25%) 등이 대표 사례다.  \n"
    "오픈AI의 챗GPT와 SK하이닉스, 젠슨 황 CEO도 언급됐다."
)


def _nnp_forms(analysis: Analysis) -> set[str]:
    return {t.form for sent in analysis.tokens for t in sent if t.tag == "NNP"}


def test_kiwi_is_shared() -> None:
    assert get_kiwi() is get_kiwi()


@pytest.mark.parametrize(
    "name", ["딥시크", "엔비디아", "오픈AI", "SK하이닉스", "이스트소프트", "더존비즈온", "챗GPT", "젠슨 황"]
)
def test_domain_names_are_single_proper_nouns(name: str) -> None:
    assert name in _nnp_forms(analyse(SAMPLE))


def test_user_dictionary_applies_to_an_unseen_sentence() -> None:
    forms = [(t.form, t.tag) for t in analyse("더존비즈온과 이스트소프트는 딥시크를 썼다.").tokens[0]]
    assert ("더존비즈온", "NNP") in forms and ("이스트소프트", "NNP") in forms and ("딥시크", "NNP") in forms


def test_sentences_are_trimmed_spans_that_never_cross_a_line() -> None:
    analysis = analyse(SAMPLE)
    assert len(analysis.sentences) == len(analysis.tokens)
    for s in analysis.sentences:
        body = SAMPLE[s.start : s.end]
        assert 0 <= s.start < s.end <= len(SAMPLE)
        assert body == body.strip()
        assert "\n" not in body


def test_a_heading_line_is_not_merged_with_the_next_line() -> None:
    texts = [SAMPLE[s.start : s.end] for s in analyse(SAMPLE).sentences]
    assert "1. 딥시크의 등장과 그 의미" in texts
    assert "중국 스타트업 딥시크(DeepSeek)가 R1을 공개했다." in texts
    assert "엔비디아 주가는 17% 폭락했다." in texts


def test_tokens_carry_spans_in_article_coordinates() -> None:
    analysis = analyse(SAMPLE)
    for s, toks in zip(analysis.sentences, analysis.tokens, strict=True):
        for t in toks:
            assert s.start <= t.start <= t.end <= s.end  # an elided copula ("사례다") is empty
            if t.tag in {"NNP", "SN", "SL"}:
                assert SAMPLE[t.start : t.end] == t.form


def test_analyse_many_matches_analyse_in_input_order() -> None:
    texts = [SAMPLE, "", "   \n\n ", "딥시크가 공개했다.", SAMPLE[::-1], "한 줄\n두 줄"]
    assert list(analyse_many(texts)) == [analyse(t) for t in texts]


def test_empty_text_has_no_sentences() -> None:
    assert analyse("") == Analysis(sentences=(), tokens=())
    assert analyse(" \n\t\n") == Analysis(sentences=(), tokens=())


def test_analyse_many_is_lazy() -> None:
    consumed = 0

    def endless() -> Iterator[str]:
        nonlocal consumed
        for _ in itertools.count():
            consumed += 1
            yield "엔비디아 주가가 17% 하락했다.\n다음 줄이다."

    first_three = list(itertools.islice(analyse_many(endless()), 3))
    assert len(first_three) == 3
    assert consumed < 1000  # read ahead a little, never the whole stream


def test_a_long_line_is_analysed_in_pieces_with_exact_spans() -> None:
    sentence = "딥시크의 등장으로 엔비디아 주가가 17% 하락했다. "
    text = "제목\n" + sentence * 400  # one 12,000-character line
    cut = pieces(text)
    assert len(cut) > 2 and all(len(p) <= MAX_PIECE for _, p in cut)
    assert all(text[o : o + len(p)] == p for o, p in cut)
    analysis = analyse(text)
    bodies = [text[s.start : s.end] for s in analysis.sentences]
    assert bodies[0] == "제목"
    assert bodies.count(sentence.strip()) >= 395
    for s in analysis.sentences:
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_is_heading() -> None:
    text = "딥시크의 출현과 인공지능 산업의 변화\n엔비디아 주가가 하락했다.\n자주 묻는 질문 FAQ"
    sents = analyse(text).sentences
    assert [is_heading(text, s) for s in sents] == [True, False, True]


CONCURRENT_FIRST_USE = """
import threading
from briefings.analysis import nlp
built = []
real = nlp._build_kiwi
nlp._build_kiwi = lambda: built.append(1) or real()
ids = []
threads = [threading.Thread(target=lambda: ids.append(id(nlp.get_kiwi()))) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(built), len(set(ids)), len(ids))
"""


def test_kiwi_is_built_once_when_threads_race_for_it() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", CONCURRENT_FIRST_USE], capture_output=True, text=True, cwd=root, timeout=300
    )
    assert done.stdout.split() == ["1", "1", "4"], done.stderr


def _bodies(text: str) -> list[str]:
    return [text[s.start : s.end] for s in analyse(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation opened on the line before: Kiwi cuts after its closing mark
        (
            "그는 “시장이 크게 흔들렸다.\n하지만 곧 회복할 것입니다.”라고 말했다.",
            ["그는 “시장이 크게 흔들렸다.", "하지만 곧 회복할 것입니다.”라고 말했다."],
        ),
        (
            "“비용이 크게 줄었다.\n경쟁이 치열해질 것입니다.”고 주장했다. 주가는 올랐다.",
            ["“비용이 크게 줄었다.", "경쟁이 치열해질 것입니다.”고 주장했다.", "주가는 올랐다."],
        ),
        (
            "수요는 더 늘어날 것입니다.”며 “투자를 늘릴 것”이라고 덧붙였다.",
            ["수요는 더 늘어날 것입니다.”며 “투자를 늘릴 것”이라고 덧붙였다."],
        ),
        ("그는 `시장이 회복된다`는 전망을 내놨다.", ["그는 `시장이 회복된다`는 전망을 내놨다."]),
        (
            "연구비 받기도 힘들다는 얘기도 나옵니다.”(김철수 교수).",
            ["연구비 받기도 힘들다는 얘기도 나옵니다.”(김철수 교수)."],
        ),
    ],
)
def test_a_quotation_stays_with_its_quotative_ending(text: str, expected: list[str]) -> None:
    analysis = analyse(text)
    assert _bodies(text) == expected
    for s, toks in zip(analysis.sentences, analysis.tokens, strict=True):
        assert toks and s.start <= toks[0].start and toks[-1].end <= s.end


def test_the_bracketed_title_of_a_work_keeps_its_particle() -> None:
    text = "누구나 말하는 자동차를 꿈꿨다. <전격 Z작전>은 픽션일 뿐이다. 현실의 자동차는 다르다."
    bodies = _bodies(text)
    assert not any(b.startswith("은") for b in bodies)
    assert any("<전격 Z작전>은 픽션일 뿐이다." in b for b in bodies)
    assert bodies[-1] == "현실의 자동차는 다르다."


def test_sentences_after_a_quotation_stay_apart() -> None:
    text = "“수요가 늘고 있다.” 업계 관계자의 말이다. 그는 “괜찮다.”\n고 김 회장의 뜻을 전했다."
    bodies = _bodies(text)
    assert "업계 관계자의 말이다." in bodies  # a new sentence after the quotation (space, a noun)
    assert "고 김 회장의 뜻을 전했다." in bodies  # never joined across a line
    text = "그는 업계 협의회의 회장을 맡고 있다. ’친 기술‘ 인사로 꼽힌다."
    assert not any("있다." in b and "꼽힌다." in b for b in _bodies(text))  # a mark after a space opens


def test_a_quotation_cut_in_a_long_line_is_joined_across_pieces() -> None:
    quote = "그는 “시장은 회복될 것입니다.” "
    sentence = "딥시크의 등장으로 엔비디아 주가가 17% 하락했다. "
    head = sentence * ((MAX_PIECE - len(quote)) // len(sentence) - 1)
    pad = "코스피는 " + "다시 " * ((MAX_PIECE - 4 - len(head) - len(quote) - 10) // 3) + "올랐다. "
    head += pad  # the quotation's closing mark ends a few characters before MAX_PIECE
    text = head + quote + "라고 말했다. " + sentence * 80
    cut = pieces(text)
    assert any(p.endswith("” ") for _, p in cut) and any(p.startswith("라고") for _, p in cut)
    bodies = _bodies(text)
    assert "그는 “시장은 회복될 것입니다.” 라고 말했다." in bodies
    assert not any(b.startswith("라고") for b in bodies)
