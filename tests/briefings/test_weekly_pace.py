"""A weekly housing survey's change with its pace against the week before and the run of weeks it extends
(briefings/writing/weekly_pace.py, data/english_paces.tsv); a place's own pace is never the lead subject's."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english


def _english(text: str, date: str = "2026-05-14") -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="w", path="w.txt", title="", text=text, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


def test_a_slowing_weekly_rise_and_its_run_are_said_with_the_change() -> None:
    text = (
        "5월 둘째 주 주간 아파트 시세 조사에서 부산 아파트 매매가는 일주일 전보다 0.07% 올랐다. "
        "15주째 오름세지만 상승폭은 전주(0.09%)보다 축소됐다."
    )
    lines = _english(text)
    assert any(
        x.startswith("Busan apartment prices rose 0.07%")
        and x.endswith(", the 15th straight weekly rise, slowing from 0.09% the week before")
        for x in lines
    ), lines


def test_a_quickening_rise_in_the_same_sentence() -> None:
    text = (
        "5월 둘째 주 주간 아파트 가격 동향에서 대구 아파트값은 전주 대비 0.04% 올라 "
        "상승률이 전주(0.02%)보다 확대됐다."
    )
    lines = _english(text)
    said = [x for x in lines if "Daegu apartment prices rose 0.04%" in x]
    assert said and "accelerating from 0.02% the week before" in said[0], lines


def test_another_place_s_pace_is_not_the_lead_s() -> None:
    text = (
        "5월 둘째 주 주간 아파트 가격 동향에서 대구 아파트값은 전주 대비 0.04% 올랐다. "
        "광주는 상승률이 전주(0.06%)보다 낮아졌다."
    )
    lines = _english(text)
    assert not any("0.06%" in x for x in lines), lines


def test_a_narrowing_written_with_its_size_in_points_and_an_adverb() -> None:
    text = (
        "5월 둘째 주 주간 아파트 가격 동향에서 인천 아파트값은 전주 대비 0.03% 올랐다. "
        "지난주(0.05%)보다 상승 폭이 0.02%포인트 소폭 줄었다."
    )
    lines = _english(text)
    said = [x for x in lines if "Incheon apartment prices rose 0.03%" in x]
    assert said and said[0].endswith(", slowing from 0.05% the week before"), lines


def test_districts_listed_with_bracketed_changes_are_said_in_one_line() -> None:
    text = (
        "5월 둘째 주 주간 아파트 가격 동향에서 서울 아파트값은 전주 대비 0.10% 올랐다. "
        "마포구(0.22%)와 광진구(0.19%)도 큰 오름폭을 나타냈다."
    )
    lines = _english(text)
    # the survey week is said once, by the headline
    assert "Apartment prices rose 0.22% in Mapo-gu and 0.19% in Gwangjin-gu." in lines, lines
    assert lines[0].endswith("in the second week of May 2026"), lines


def test_bracketed_districts_in_a_sentence_of_no_direction_or_of_jeonse_are_not_read() -> None:
    text = (
        "5월 둘째 주 주간 아파트 가격 동향에서 서울 아파트값은 전주 대비 0.10% 올랐다. "
        "마포구(0.22%)와 노원구(0.03%)는 흐름이 엇갈렸다. "
        "동작구(0.15%)와 관악구(0.12%)는 전셋값 오름폭이 컸다."
    )
    lines = _english(text)
    assert not any("0.22%" in x or "0.03%" in x or "0.15%" in x for x in lines), lines


def test_a_change_against_one_week_earlier_is_the_place_s_weekly_change() -> None:
    text = "5월 둘째 주 주간 아파트 시세 조사에서 대전 아파트값은 한 주 전보다 0.02% 내렸다."
    lines = _english(text)
    assert lines and lines[0].startswith("Daejeon apartment prices fell 0.02% week on week"), lines


def test_a_pace_the_figures_contradict_is_not_said() -> None:
    text = (
        "5월 둘째 주 주간 아파트 시세 조사에서 광주 아파트 매매가는 일주일 전보다 0.08% 올랐다. "
        "상승폭은 전주(0.03%)보다 축소됐다."
    )
    lines = _english(text)
    assert any(x.startswith("Gwangju apartment prices rose 0.08%") for x in lines), lines
    assert not any("slowing" in x for x in lines), lines
