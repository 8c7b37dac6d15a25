"""Korean summary: 3-5 sentences that cover the article, in order, not just the lead."""

from __future__ import annotations

import pytest

from briefings import brief_many, load_paths
from briefings.model import Article, Briefing, Fact, Figure
from briefings.analysis.nlp import analyse, is_heading
from briefings.writing.summary import content_lemmas, overlap_similarity, summarize_ko, textrank


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


def test_summary_is_three_to_five_sentences_in_order_without_duplicates() -> None:
    analysis = analyse(STORY)
    picked = summarize_ko(_article(STORY), analysis, (), ())
    assert 3 <= len(picked) <= 5
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


def test_sentences_with_key_figures_are_preferred() -> None:
    analysis = analyse(STORY)
    index = next(i for i, s in enumerate(analysis.sentences) if "17%" in STORY[s.start : s.end])
    figure = _figure(STORY, "17%", index)
    fact = Fact(sentence=index, subject="NVIDIA", measure="share_price", change="fall", figure=0)
    assert index in summarize_ko(_article(STORY), analysis, (figure,), (fact,))


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
        assert 3 <= len(picked) <= 5, b.article.id
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
