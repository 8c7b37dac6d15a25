"""English briefing: key facts in English, every number taken from a cited figure."""

from __future__ import annotations

import re

import pytest

from briefings import brief_many, load_paths
from briefings.writing.english import brief_en, date_phrase
from briefings.facts.attribution import extract_facts
from briefings.lexicon import glossary
from briefings.model import Analysis, Article, Briefing, BriefLine, Fact, Figure
from briefings.analysis.nlp import analyse

_DIGITS = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]")
_HANGUL_GLOSS = re.compile(r"\([^()]*[\uac00-\ud7a3][^()]*\)")


@pytest.fixture(scope="module")
def seed_briefings() -> list[Briefing]:
    articles, _ = load_paths()
    return list(brief_many(articles))


def unbacked_numbers(line: BriefLine, figures: tuple[Figure, ...]) -> list[str]:
    """Digit runs in the English part of a line that no cited figure's ``en`` (or glossary name) holds."""
    english = _HANGUL_GLOSS.sub("", line.text)  # a quoted Korean source gloss is the source itself
    allowed = [figures[i].en for i in line.figures] + [e.en for e in glossary()]
    return [d for d in _DIGITS.findall(english) if not any(d in a for a in allowed)]


def _figure(text: str, analysis: Analysis, surface: str, kind: str, value: float | str, en: str) -> Figure:
    start = text.index(surface)
    sentence = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    unit = {"money": "KRW", "percent": "%", "date": "date"}[kind]
    return Figure(surface, start, start + len(surface), sentence, kind, value, unit, en)


YONHAP = (
    "지난달 20일 세상에 모습을 드러낸 추론 AI 모델 '딥시크 R1'은 극한의 '가성비'로 돌풍을 일으켰고, "
    "이 여파에 AI 칩 대표주 엔비디아는 같은 달 27일 하루에만 주가가 17% 폭락하며 시가총액 846조원이 증발했다."
)


def _yonhap() -> tuple[Article, Analysis, tuple[Figure, ...]]:
    analysis = analyse(YONHAP)
    figures = (
        _figure(YONHAP, analysis, "지난달 20일", "date", "2025-01-20", "20 January 2025"),
        _figure(YONHAP, analysis, "같은 달 27일", "date", "2025-01-27", "27 January 2025"),
        _figure(YONHAP, analysis, "17%", "percent", 17.0, "17%"),
        _figure(YONHAP, analysis, "846조원", "money", 8.46e14, "₩846 trillion"),
    )
    return Article(id="y", path="y.txt", title="딥시크는 '파괴神'?", text=YONHAP), analysis, figures


def test_facts_are_said_in_english_with_the_figures_own_forms() -> None:
    article, analysis, figures = _yonhap()
    facts = extract_facts(article, analysis, figures)
    headline, lines = brief_en(article, analysis, figures, facts, (0,))
    texts = [line.text for line in lines]
    assert "NVIDIA shares plunged 17% on 27 January 2025." in texts
    assert "NVIDIA lost ₩846 trillion in market value on 27 January 2025." in texts
    assert headline == "NVIDIA shares plunged 17% on 27 January 2025"
    by_text = {line.text: line for line in lines}
    assert by_text["NVIDIA shares plunged 17% on 27 January 2025."].figures == (1, 2)
    assert by_text["NVIDIA shares plunged 17% on 27 January 2025."].sentences == (0,)


def test_unsure_fact_is_given_as_a_glossed_figure() -> None:
    article, analysis, figures = _yonhap()
    unsure = (Fact(sentence=0, subject=None, measure="market_value", change="lose", figure=3),)
    _, lines = brief_en(article, analysis, figures, unsure, (0,))
    gloss = next(line for line in lines if line.figures == (3,))
    assert gloss.text.startswith("Figure: ₩846 trillion (")
    quoted = gloss.text[len("Figure: ₩846 trillion (") : -1]
    assert quoted in YONHAP and "846조원" in quoted


def test_every_number_comes_from_a_cited_figure() -> None:
    article, analysis, figures = _yonhap()
    facts = extract_facts(article, analysis, figures)
    _, lines = brief_en(article, analysis, figures, facts, (0,))
    for line in lines:
        assert unbacked_numbers(line, figures) == [], line.text


def test_checker_catches_a_made_up_number() -> None:
    _, _, figures = _yonhap()
    assert unbacked_numbers(BriefLine("NVIDIA shares fell 16.97%.", (0,), (2,)), figures) == ["16.97"]
    assert unbacked_numbers(BriefLine("NVIDIA shares fell 17%.", (0,), ()), figures) == ["17"]


def test_date_phrases() -> None:
    def date(value: str, en: str) -> Figure:
        return Figure("x", 0, 1, 0, "date", value, "date", en)

    assert date_phrase(date("2025-01-27", "27 January 2025")) == " on 27 January 2025"
    assert date_phrase(date("2030", "by 2030")) == " by 2030"
    assert date_phrase(date("2024", "late 2024")) == " in late 2024"


def test_no_figures_still_gives_a_headline() -> None:
    text = "딥시크가 오픈소스 모델을 공개했다. 엔비디아는 긍정적으로 평가했다."
    article = Article(id="n", path="n.txt", title="딥시크와 엔비디아", text=text)
    analysis = analyse(text)
    headline, lines = brief_en(article, analysis, (), (), (0, 1))
    assert headline == "News on DeepSeek and NVIDIA"
    assert all(not re.search(r"[0-9]", line.text) for line in lines)


def test_seed_briefings_read_as_three_to_six_backed_lines(seed_briefings: list[Briefing]) -> None:
    for b in seed_briefings:
        assert b.headline_en.strip(), b.article.id
        assert 3 <= len(b.summary_en) <= 6, (b.article.id, [line.text for line in b.summary_en])
        assert len({line.text for line in b.summary_en}) == len(b.summary_en)
        for line in b.summary_en:
            assert line.sentences and all(0 <= i < len(b.analysis.sentences) for i in line.sentences)
            assert all(0 <= i < len(b.figures) for i in line.figures)
            assert unbacked_numbers(line, b.figures) == [], (b.article.id, line.text)
            assert not re.search(r"[\uac00-\ud7a3]", _HANGUL_GLOSS.sub("", line.text)), line.text


def test_seed_key_facts_in_english(seed_briefings: list[Briefing]) -> None:
    said = {b.article.id[:3]: " ".join(line.text for line in b.summary_en) for b in seed_briefings}
    assert "NVIDIA shares plunged 17% on 27 January 2025." in said["001"]
    assert "NVIDIA shares plunged 17% on 27 January 2025." in said["003"]
    assert "NVIDIA shares fell 17%." in said["002"]
    assert "NVIDIA lost ₩846 trillion in market value on 27 January 2025." in said["003"]
    assert "NVIDIA lost US$589-600 billion in market value on 27 January 2025." in said["001"]
    assert "DeepSeek used 2,048 H800 GPUs." in said["001"]
    assert "DeepSeek's development cost was about US$5.6 million (about ₩8 billion)." in said["002"]
    assert "DeepSeek's development cost was less than ₩10 billion." in said["004"]
    assert "The inference AI chip market is forecast to reach US$143 billion by 2030." in said["000"]


def _money_article(text: str, surfaces: list[tuple[str, float, str]]) -> tuple[Article, Analysis, tuple[Figure, ...]]:
    analysis = analyse(text)
    figures = tuple(_figure(text, analysis, s, "money", v, en) for s, v, en in surfaces)
    return Article(id="m", path="m.txt", title="", text=text), analysis, figures


def test_verb_tense_follows_the_korean() -> None:
    text = "오픈AI는 올해 100억 달러를 투자한다. 메타는 650억 달러를 투자할 계획이다."
    article, analysis, figures = _money_article(
        text, [("100억 달러", 1e10, "US$10 billion"), ("650억 달러", 6.5e10, "US$65 billion")]
    )
    facts = extract_facts(article, analysis, figures)
    _, lines = brief_en(article, analysis, figures, facts, (0, 1))
    assert [line.text for line in lines] == ["OpenAI invests US$10 billion.", "Meta plans to invest US$65 billion."]


def test_a_hedged_fact_keeps_its_hedge_even_in_the_headline() -> None:
    text = "딥시크는 학습 비용으로 560만 달러를 들였다는 의혹을 받는다."
    article, analysis, figures = _money_article(text, [("560만 달러", 5.6e6, "US$5.6 million")])
    facts = extract_facts(article, analysis, figures)
    assert facts[0].hedged
    headline, lines = brief_en(article, analysis, figures, facts, (0,))
    assert headline.startswith("Reportedly, ")
    assert lines[0].text == "Reportedly, DeepSeek's training cost was US$5.6 million."


def _brief_text(text: str, title: str = "제목") -> Briefing:
    from briefings import brief

    return brief(Article(id="t", path="t.txt", title=title, text=text))


def test_a_gloss_quotes_only_its_own_sentence_and_no_other_number() -> None:
    b = _brief_text("장 마감 후 발표가 있었다.\n시가총액은 846조6875억원이다. 위안화로 30억 위안, 엔화로 5000엔이다.")
    glosses = [line for line in b.summary_en if line.text.startswith("Figure: ")]
    assert glosses, [line.text for line in b.summary_en]
    for line in glosses:
        (index,) = line.figures
        quoted = line.text[line.text.index("(") + 1 : -1]
        assert quoted in b.sentence_text(b.figures[index].sentence)
        others = [f.surface for i, f in enumerate(b.figures) if i != index]
        assert not any(surface in quoted for surface in others), (quoted, others)


def test_a_headline_without_known_names_still_gives_the_figures() -> None:
    b = _brief_text("장 마감 후 발표가 있었다.\n시가총액은 846조6875억원이다.")
    assert "no key figures" not in b.headline_en
    assert "₩846.6875 trillion" in b.headline_en


def test_a_line_cites_the_sentence_its_date_comes_from(seed_briefings: list[Briefing]) -> None:
    for b in seed_briefings:
        for line in b.summary_en:
            for i in line.figures:
                assert b.figures[i].sentence in line.sentences, (b.article.id, line.text)
