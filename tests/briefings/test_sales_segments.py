"""The segments of a company's unit-sales report said in English (briefings/writing/sales_segments.py): the company
and the place of its own sales carried to the segment only when nothing else stands between."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english


def _english(text: str, date: str = "2026-06-02") -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="s", path="s.txt", title="", text=text, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


def test_a_segment_of_the_company_s_sales_is_said_with_its_company_and_place() -> None:
    text = (
        "기아 미국법인은 지난달 미국 시장에서 6만2000대를 판매해 전년 동월 대비 8% 증가했다고 밝혔다. "
        "전기차 판매는 9100대로 1년 전보다 31.5% 늘었다. "
        "이 중 하이브리드 모델은 4200대로 1.8배 증가했다."
    )
    lines = _english(text)
    assert "Kia's electric vehicle sales in the US rose 31.5% year on year to 9,100 units in May 2026." in lines
    assert "Kia's hybrid sales in the US rose 1.8-fold to 4,200 units in May 2026." in lines


def test_a_segment_after_another_company_s_figure_is_not_said() -> None:
    text = (
        "기아 미국법인은 지난달 미국 시장에서 6만2000대를 판매해 전년 동월 대비 8% 증가했다고 밝혔다. "
        "도요타는 같은 기간 19만대를 팔았다. "
        "전기차 판매는 9100대로 1년 전보다 31.5% 늘었다."
    )
    lines = _english(text)
    assert not any("31.5%" in x for x in lines), lines


def test_business_segments_of_the_company_s_results_are_said_in_one_line() -> None:
    text = (
        "네이버는 2일 1분기 매출이 2조8000억원으로 집계됐다고 밝혔다. "
        "영업이익은 4500억원이었다. "
        "광고 부문 매출은 1조2000억원, 커머스 부문 매출은 7500억원이었다."
    )
    lines = _english(text)
    assert "Naver's advertising revenue was ₩1.2 trillion and its commerce revenue ₩750 billion." in lines


def test_a_segment_of_an_unknown_business_or_after_another_company_is_not_said() -> None:
    text = (
        "네이버는 2일 1분기 매출이 2조8000억원으로 집계됐다고 밝혔다. "
        "카카오는 같은 기간 매출 1조9000억원을 올렸다. "
        "광고 부문 매출은 1조2000억원이었다. "
        "웹툰 부문 매출은 3000억원이었다."
    )
    lines = _english(text)
    assert not any("advertising" in x or "₩300 billion" in x for x in lines), lines
