"""The parts of a price-index release said in English (briefings/writing/price_components.py): sub-indices and
item groups with their changes, as the release names them, dated by the release's month; anything unsure left out."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english
from briefings.writing.wording import has_hangul


def _english(text: str, title: str = "", date: str = "2026-06-02") -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="p", path="p.txt", title=title, text=text, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


_RELEASE = (
    "5월 소비자물가가 1.9% 올랐다. "
    "통계청은 2일 이런 내용의 5월 소비자물가 동향을 내놨다. "
    "전월 대비로는 0.2% 상승했다. "
    "수산물이 6.4% 올라 물가 상승을 주도했다. "
    "가공식품은 1.1%, 외식은 2.7% 올랐다. "
    "근원물가(식료품 및 에너지 제외 지수)는 1.7% 상승했다. "
)


def test_the_parts_of_a_price_release_are_said_with_the_release_s_month() -> None:
    lines = _english(_RELEASE)
    assert not any(has_hangul(x) for x in lines), lines
    assert "Consumer prices rose 0.2% month on month." in lines, lines
    assert "Fishery product prices rose 6.4%, leading the rise." in lines, lines
    assert "Processed food prices rose 1.1% and eating-out prices 2.7%." in lines, lines
    # the aside gives the release's own name of the core index
    assert "Core prices excluding food and energy rose 1.7%." in lines, lines


def test_a_part_of_another_month_or_in_a_quote_is_not_said() -> None:
    text = (
        "5월 소비자물가가 1.9% 올랐다. "
        "4월에는 수산물이 3.3% 올랐다. "
        '한 관계자는 "축산물은 2.8% 올라 부담이 크다"고 말했다. '
    )
    lines = _english(text)
    assert not any("3.3%" in x for x in lines), lines  # April's, not May's: the sentence names another month
    assert not any("2.8%" in x for x in lines), lines  # a speaker's words are not the release's reading


def test_a_falling_part_is_said_falling_and_a_part_without_a_verb_is_not_said() -> None:
    text = (
        "5월 소비자물가가 1.9% 올랐다. "
        "석유류는 4.6% 내려 하락 전환했다. "
        "축산물은 2.1% 수준이다. "
    )
    lines = _english(text)
    assert "Petroleum product prices fell 4.6%." in lines, lines
    assert not any("2.1%" in x for x in lines), lines


def test_the_parts_are_read_only_in_a_price_release() -> None:
    text = "관세청은 2일 5월 수출이 5.2% 늘었다고 밝혔다. 농산물은 3.4% 증가했다. "
    lines = _english(text)
    assert not any("farm produce prices" in x.lower() for x in lines), lines  # exports of farm goods, not prices


def test_a_record_span_follows_the_month_it_is_of() -> None:
    text = "5월 소비자물가가 1.9% 올랐다. 생활물가지수는 2.6% 올라 1년 만에 가장 큰 폭으로 올랐다. "
    lines = _english(text)
    assert "The living-cost index rose 2.6%, its biggest rise in a year." in lines, lines


def test_the_whole_index_s_rate_record_in_the_next_sentence_goes_with_its_move() -> None:
    text = (
        "5월 소비자물가가 1.9% 올랐다. "
        "통계청은 2일 이런 내용의 5월 소비자물가 동향을 내놨다. "
        "상승률은 지난 1월(2.0%) 이후 가장 높다. "
    )
    lines = _english(text)
    assert lines and lines[0] == "Consumer prices rose 1.9% in May 2026, the fastest rise since January 2026", lines


def test_a_rate_record_after_another_figure_s_sentence_is_not_the_whole_index_s() -> None:
    text = "5월 소비자물가가 1.9% 올랐다. 농산물은 4.4% 올랐다. 상승률은 지난 1월 이후 가장 높다. "
    lines = _english(text)
    assert not any("since January" in x for x in lines), lines


def test_what_a_part_added_to_the_whole_rate_goes_with_its_change() -> None:
    text = "5월 소비자물가가 1.9% 올랐다. 수산물은 6.4% 올라 전체 물가를 0.21%포인트 끌어올렸다. "
    lines = _english(text)
    assert (
        "Fishery product prices rose 6.4%, adding 0.21 percentage points to the overall rate." in lines
    ), lines
