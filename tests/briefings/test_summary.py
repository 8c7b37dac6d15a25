"""Korean summary: sentences that cover the article, in order, as many as its length calls for."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from briefings import brief_many, load_paths
from briefings.analysis.nlp import analyse, is_heading
from briefings.model import Analysis, Article, Briefing, Fact, Figure, Sentence, Token
from briefings.writing import summary
from briefings.writing.summary import (
    MAX_GRAPH,
    content_lemmas,
    is_fragment,
    overlap_similarity,
    summarize_ko,
    summary_size,
    textrank,
)


@pytest.fixture(scope="module")
def seed_briefings() -> list[Briefing]:
    articles, _ = load_paths()
    return list(brief_many(articles))


def _article(text: str) -> Article:
    return Article(id="t", path="t.txt", title="", text=text)


STORY = "\n".join(
    [
        "딥시크 쇼크",
        "중국 스타트업 딥시크가 저비용 AI 모델 R1을 공개해 세계 AI 업계가 술렁이고 있다.",
        "날씨가 맑아 시민들이 공원을 많이 찾았다.",
        "딥시크의 저비용 AI 모델 공개로 엔비디아 주가가 17% 폭락했다.",
        "딥시크의 저비용 AI 모델 공개로 엔비디아 주가가 17% 폭락했다.",
        "점심 메뉴로는 김치찌개가 인기를 끌었다.",
        "전문가들은 딥시크 AI 모델이 AI 업계의 비용 경쟁을 부를 것으로 본다.",
        "딥시크는 AI 모델을 오픈소스로 공개해 누구나 쓸 수 있게 했다.",
        "그렇다면 딥시크는 AI 업계를 바꿀까?",
        "엔비디아는 AI 반도체 수요가 장기적으로 늘 것이라고 밝혔다.",
        "버스 노선이 일부 바뀌었다.",
    ]
)


def _figure(text: str, surface: str, sentence: int) -> Figure:
    start = text.index(surface)
    return Figure(surface, start, start + len(surface), sentence, "percent", 17.0, "%", "17%")


def test_summary_is_three_sentences_or_more_in_order_without_duplicates() -> None:
    analysis = analyse(STORY)
    picked = summarize_ko(_article(STORY), analysis, (), ())
    assert len(picked) == 3  # a short story
    assert list(picked) == sorted(set(picked))
    bodies = [STORY[analysis.sentences[i].start : analysis.sentences[i].end] for i in picked]
    assert len(set(bodies)) == len(bodies)  # the repeated sentence is taken once at most


def test_summary_skips_headings_questions_and_off_topic_sentences() -> None:
    analysis = analyse(STORY)
    picked = summarize_ko(_article(STORY), analysis, (), ())
    bodies = [STORY[analysis.sentences[i].start : analysis.sentences[i].end] for i in picked]
    assert "딥시크 쇼크" not in bodies
    assert not any(b.endswith("?") for b in bodies)
    assert not any(w in b for b in bodies for w in ("날씨", "점심", "버스"))


def test_sentences_stating_a_fact_are_preferred() -> None:
    analysis = analyse(STORY)
    index = next(i for i, s in enumerate(analysis.sentences) if "17%" in STORY[s.start : s.end])
    figure = _figure(STORY, "17%", index)
    fact = Fact(sentence=index, subject="NVIDIA", measure="share_price", change="fall", figure=0)
    assert index in summarize_ko(_article(STORY), analysis, (figure,), (fact,))


NEWS = "\n".join(
    [
        "전기차 배터리 새 소재 개발",
        "국내 연구진이 전기차 배터리의 충전 시간을 절반으로 줄이는 새 전극 소재를 개발했다.",
        "연구진은 흑연 대신 규소 나노 입자를 탄소로 감싼 전극을 만들었다.",
        "실험에서 새 전극은 500번 충전한 뒤에도 처음 용량의 90%를 유지했다.",
        "규소는 흑연보다 리튬을 열 배 가까이 저장하지만 충전할 때 부피가 크게 늘어나는 단점이 있다.",
        "탄소 껍질은 규소가 부풀어도 전극이 부서지지 않도록 잡아 준다.",
        "연구 결과는 국제 학술지에 실렸다.",
        "연구진은 기업과 함께 상용화를 추진할 계획이다.",
        "이 소재는 스마트폰 배터리에도 쓰일 수 있다.",
        "연구팀장은 양산 공정을 갖추는 데 2년이 걸릴 것으로 내다봤다.",
    ]
)


def test_the_lead_sentence_is_kept_and_a_bare_figure_is_not_preferred() -> None:
    analysis = analyse(NEWS)
    bodies = [NEWS[s.start : s.end] for s in analysis.sentences]
    figures = tuple(
        _figure(NEWS, surface, next(i for i, b in enumerate(bodies) if surface in b)) for surface in ("90%", "2년")
    )
    picked = [bodies[i] for i in summarize_ko(_article(NEWS), analysis, figures, ())]
    assert picked[0] == bodies[1]  # the lead states the story
    assert not any("2년" in b for b in picked)  # a number alone does not make a summary sentence


def _topic(noun: str) -> str:
    """The noun with its topic particle (은 after a final consonant, else 는)."""
    return noun + ("은" if (ord(noun[-1]) - 0xAC00) % 28 else "는")


def _varied_sentences(count: int) -> list[str]:
    """Distinct news-like sentences (few shared content words, so none is a near-duplicate)."""
    places = ["서울", "부산", "대구", "인천", "광주", "대전", "울산"]
    actors = ["연구진", "시청", "은행", "대학", "병원", "공단", "협회"]
    things = ["전지", "로봇", "백신", "위성", "센서", "반도체", "신약"]
    verbs = ["개발했다", "공개했다", "시험했다", "도입했다", "평가했다", "수출했다", "발표했다"]
    return [
        f"{places[n % 7]}의 {_topic(actors[(n // 7) % 7])} "
        f"새로운 {things[(n + n // 7) % 7]} 기술을 {n + 1}년 만에 {verbs[(2 * n + n // 7) % 7]}."
        for n in range(count)
    ]


def test_summary_length_grows_with_the_article() -> None:
    assert [summary_size(n) for n in (4, 9, 16, 25, 49, 100, 5000)] == [3, 3, 4, 5, 7, 10, 10]
    text = "\n".join(_varied_sentences(49))
    assert len(summarize_ko(_article(text), analyse(text), (), ())) == 7


def test_fragments_are_never_chosen() -> None:
    lines = [
        "전문가들은 “반도체 수요는 내년에도 늘 것입니다.",
        "공급이 따라가지 못하면 가격은 더 오를 수 있습니다.”",
        "고 전망하며 기업들이 투자를 서둘러야 한다고 입을 모았다.",
        "반도체 업계는 올해 설비 투자를 크게 늘리기로 했다.",
        "정부도 반도체 기업의 세금 부담을 덜어 주는 법안을 마련하고 있다.",
        "업계는 이번 법안이 투자 확대에 도움이 될 것으로 기대하고 있다.",
    ]
    text = "\n".join(lines)
    analysis = analyse(text)
    bodies = [text[s.start : s.end] for s in analysis.sentences]
    picked = [bodies[i] for i in summarize_ko(_article(text), analysis, (), ())]
    assert picked and not any(b.startswith("고 ") for b in picked)
    assert not any(b.count("“") != b.count("”") for b in picked)  # nor half of a quotation


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("라고 말했다.", True),
        ("고 주장했다.", True),
        ("며 투자를 늘리겠다고 덧붙였다.", True),
        (".", True),
        (")라고 밝혔다.", True),
        ("연구진은 새 소재를 개발했다고 밝혔다.", False),
        ("“수요는 늘 것”이라고 그는 말했다.", False),
        ("(서울=연합뉴스) 반도체 수출이 늘었다.", False),
    ],
)
def test_is_fragment(body: str, fragment: bool) -> None:
    tokens = analyse(body).tokens
    assert is_fragment(body, tokens[0] if tokens else ()) is fragment


def test_a_huge_article_is_ranked_on_its_opening_only(monkeypatch: pytest.MonkeyPatch) -> None:
    block = "\n".join(_varied_sentences(49 * 4))
    block_analysis = analyse(block + "\n")
    copies = 60  # 11,760 sentences
    text = (block + "\n") * copies
    step = len(block) + 1
    sentences = tuple(
        Sentence(s.start + c * step, s.end + c * step) for c in range(copies) for s in block_analysis.sentences
    )
    tokens = tuple(
        tuple(Token(t.form, t.tag, t.start + c * step, t.end + c * step) for t in toks)
        for c in range(copies)
        for toks in block_analysis.tokens
    )
    sizes: list[int] = []
    real = summary.textrank
    monkeypatch.setattr(summary, "textrank", lambda words: sizes.append(len(words)) or real(words))
    picked = summarize_ko(_article(text), Analysis(sentences, tokens), (), ())
    assert sizes == [MAX_GRAPH]
    assert len(picked) == 10 and max(picked) < MAX_GRAPH


def test_short_article_returns_what_there_is() -> None:
    text = "딥시크가 모델을 공개했다. 엔비디아 주가가 하락했다."
    assert summarize_ko(_article(text), analyse(text), (), ()) == (0, 1)
    assert summarize_ko(_article(""), analyse(""), (), ()) == ()


def test_textrank_ranks_the_central_sentence_first() -> None:
    words = [
        frozenset({"딥시크", "모델", "공개"}),
        frozenset({"딥시크", "모델", "엔비디아", "주가"}),
        frozenset({"엔비디아", "주가", "하락"}),
        frozenset({"날씨", "공원", "시민"}),
    ]
    ranks = textrank(words)
    assert max(range(4), key=ranks.__getitem__) == 1
    assert ranks[3] == min(ranks)
    assert overlap_similarity(words[0], words[3]) == 0.0


def test_content_lemmas_keep_nouns_and_verb_stems() -> None:
    analysis = analyse("엔비디아 주가가 17% 폭락했다.")
    lemmas = content_lemmas(analysis.tokens[0])
    assert {"엔비디아", "주가", "폭락"} <= lemmas
    assert "가" not in lemmas and "%" not in lemmas


def test_seed_summaries(seed_briefings: list[Briefing]) -> None:
    for b in seed_briefings:
        picked = b.summary_ko
        assert 3 <= len(picked) <= 10, b.article.id
        assert list(picked) == sorted(set(picked))
        candidates = [
            i
            for i, s in enumerate(b.analysis.sentences)
            if not is_heading(b.article.text, s) and len(b.article.text[s.start : s.end]) >= 20
        ]
        assert list(picked) != candidates[: len(picked)], f"{b.article.id}: just the lead"
        for i in picked:
            assert not is_heading(b.article.text, b.analysis.sentences[i])


def test_seed_summaries_hold_the_key_figure_sentences(seed_briefings: list[Briefing]) -> None:
    by_id = {b.article.id[:3]: b for b in seed_briefings}
    for key, needle in [("000", "1430억"), ("002", "560만"), ("003", "846조"), ("004", "100억")]:
        b = by_id[key]
        assert any(needle in b.sentence_text(i) for i in b.summary_ko), key


def _summary_eval() -> Any:
    """benchmarks/summary_eval.py, imported from its file (benchmarks is not a package)."""

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "summary_eval.py"
    spec = importlib.util.spec_from_file_location("summary_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("summary_eval", module)  # dataclasses look their module up there
    spec.loader.exec_module(sys.modules["summary_eval"])
    return sys.modules["summary_eval"]


def test_scorer_matching_rule_and_f1() -> None:
    se = _summary_eval()
    assert se.norm("  엔비디아  주가가\n하락했다. ") == "엔비디아 주가가 하락했다"
    ours = [se.norm(s) for s in ["가 문장이다.", "그는 “나 문장이다.”라고 말했다.", "다 문장이다.", "라 문장이다."]]
    gold = [se.norm(s) for s in ["그는 “나 문장이다.", "다 문장이다", "마 문장이다"]]
    assert se.matches(ours[1], gold[0]) and se.matches(ours[2], gold[1]) and not se.matches(ours[0], gold[2])
    assert se.f1([1, 2], ours, gold) == pytest.approx(0.8)  # precision 1, recall 2/3
    assert se.f1([], ours, gold) == 0.0
    assert se.f1([0, 3], ours, gold) == 0.0
    assert sorted(se.oracle([0, 1, 2, 3], ours, gold, 2)) == [1, 2]


def test_scorer_rebuilds_an_article_with_periods_on_statements_only() -> None:
    se = _summary_eval()
    doc = se.Doc("01", "제목", ("연구진이 새 전지를 개발했다", "- 부제목 줄", "“그렇다.”"), (0,))
    assert se.article_text(doc) == "제목\n\n연구진이 새 전지를 개발했다.\n- 부제목 줄\n“그렇다.”\n"


def test_macro_f1_on_sci_news_sum_kr_50() -> None:
    se = _summary_eval()
    dataset = se.default_dataset()
    if not (dataset / "data").is_dir():
        pytest.skip("sci-news-sum-kr-50 is not present")
    docs = se.load_dataset(dataset)
    texts = [se.article_text(d) for d in docs]
    articles = [Article(id=d.name, path=d.name, title=d.title, text=t) for d, t in zip(docs, texts, strict=True)]
    total = 0.0
    for doc, b in zip(docs, brief_many(articles), strict=True):
        ours = [se.norm(b.sentence_text(i)) for i in range(len(b.analysis.sentences))]
        total += se.f1(b.summary_ko, ours, [se.norm(doc.sentences[i]) for i in doc.gold])
    assert total / len(docs) >= 0.60
