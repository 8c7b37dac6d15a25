"""Period results dated only by a bare quarter ("1분기"), dated by their story when that is safe."""

from __future__ import annotations

from dataclasses import replace

from briefings.comparison.topics import compare
from briefings.model import Briefing, Topic
from tests.briefings.compare_builder import fact, fig, make

FULL = "엔비디아는 2026회계연도 1분기 순이익이 149억달러로 집계됐다고 발표했다."


def result(
    article_id: str,
    sentence: str,
    surface: str,
    value: float,
    quarter: str | None = "1분기",
    quarter_value: str = "--Q1",
    date: str | None = None,
    role: str = "level",
    direction: str | None = "up",
    measure: str = "net_profit",
) -> Briefing:
    figs = [fig(0, quarter, "date", quarter_value, "date")] if quarter else []
    figs.append(fig(0, surface, "money" if role == "level" else "percent", value, "USD" if role == "level" else "%"))
    facts = [fact(len(figs) - 1, "NVIDIA", measure, None, date, role=role, direction=direction)]
    return make(article_id, [sentence], figs, facts)


def full(article_id: str = "b", surface: str = "149억달러", value: float = 1.49e10, year: str = "2026") -> Briefing:
    text = FULL.replace("2026", year).replace("149억달러", surface)
    return result(
        article_id, text, surface, value, quarter=f"{year}회계연도 1분기", quarter_value=f"{year}-Q1", date=f"{year}-Q1"
    )


def net_profit_topics(c: object) -> list[Topic]:
    return [t for t in c.topics if t.kind == "figure" and t.measure == "net_profit"]  # type: ignore[attr-defined]


def related_net_profit(c: object) -> list[Topic]:
    return [t for t in c.related if t.measure == "net_profit"]  # type: ignore[attr-defined]


def test_a_bare_quarter_result_takes_the_story_s_one_full_period_and_a_different_value_disagrees() -> None:
    a = result("a", "엔비디아는 1분기 순이익이 162억3300만 달러였다고 공개했다.", "162억3300만 달러", 1.6233e10)
    c = compare([a, full()])
    (topic,) = [t for t in net_profit_topics(c) if t.status != "single"]
    assert (topic.status, topic.date) == ("disagree", "2026-Q1")
    assert "“1분기” read as Q1 2026" in topic.reason
    assert any(m.note and "read as Q1 2026" in m.note for m in topic.mentions if m.article == "a")


def test_a_bare_quarter_result_that_fits_agrees() -> None:
    a = result("a", "엔비디아는 1분기 순이익이 149억 달러를 기록했다.", "149억 달러", 1.49e10)
    (topic,) = net_profit_topics(compare([a, full()]))
    assert topic.status == "agree"


def test_two_full_periods_of_that_quarter_leave_the_bare_quarter_undated() -> None:
    a = result("a", "엔비디아는 1분기 순이익이 187억 달러를 기록했다.", "187억 달러", 1.87e10)
    c = compare([a, full("b"), full("c", "148억달러", 1.48e10, year="2025")])
    assert all(m.article != "a" for t in net_profit_topics(c) for m in t.mentions)
    assert any(m.article == "a" for t in related_net_profit(c) for m in t.mentions)


def test_last_year_s_quarter_is_never_read_as_the_story_s() -> None:
    for sentence, quarter in [
        ("엔비디아의 지난해 1분기 순이익은 148억 달러였다.", "지난해 1분기"),
        ("엔비디아의 전년 1분기 순이익은 148억 달러였다.", "1분기"),
    ]:
        a = result("a", sentence, "148억 달러", 1.48e10, quarter=quarter)
        c = compare([a, full()])
        assert all(t.status != "disagree" for t in net_profit_topics(c)), sentence
        assert any(m.article == "a" for t in related_net_profit(c) for m in t.mentions), sentence


def test_a_figure_after_a_comparison_period_that_is_no_base_stays_undated() -> None:
    # "전년 동기 148억 달러": the previous year's figure, though its sentence names the quarter
    a = result(
        "a",
        "엔비디아의 1분기 순이익은 늘었다. 전년 동기 148억 달러보다 많다.".replace(". ", ", "),
        "148억 달러",
        1.48e10,
    )
    c = compare([a, full()])
    assert all(t.status != "disagree" for t in net_profit_topics(c))


def test_a_change_measured_against_the_year_before_keeps_the_quarter() -> None:
    a = result("a", "엔비디아의 1분기 순이익은 전년 동기 대비 26% 늘었다.", "26%", 26.0, role="change")
    b = result(
        "b",
        "엔비디아의 2026회계연도 1분기 순이익은 26% 늘었다.",
        "26%",
        26.0,
        quarter="2026회계연도 1분기",
        quarter_value="2026-Q1",
        date="2026-Q1",
        role="change",
    )
    (topic,) = net_profit_topics(compare([a, b]))
    assert (topic.status, topic.date) == ("agree", "2026-Q1")


def test_a_change_dated_by_the_story_never_disagrees() -> None:
    # its base (the year before or the quarter before) is not in its key
    a = result("a", "엔비디아의 1분기 순이익은 전분기 대비 12% 늘었다.", "12%", 12.0, role="change")
    b = result(
        "b",
        "엔비디아의 2026회계연도 1분기 순이익은 26% 늘었다.",
        "26%",
        26.0,
        quarter="2026회계연도 1분기",
        quarter_value="2026-Q1",
        date="2026-Q1",
        role="change",
    )
    assert all(t.status != "disagree" for t in net_profit_topics(compare([a, b])))


def test_guidance_for_a_quarter_is_not_its_result() -> None:
    a = result("a", "엔비디아는 1분기 순이익 전망치로 187억 달러를 제시했다.", "187억 달러", 1.87e10)
    c = compare([a, full()])
    assert all(m.article != "a" for t in net_profit_topics(c) for m in t.mentions)


def test_an_article_giving_two_values_for_the_bare_quarter_leaves_both_undated() -> None:
    text = "엔비디아의 1분기 순이익은 187억 달러, 순이익은 148억 달러였다."
    figs = [
        fig(0, "1분기", "date", "--Q1", "date"),
        fig(0, "187억 달러", "money", 1.87e10, "USD"),
        fig(0, "148억 달러", "money", 1.48e10, "USD"),
    ]
    facts = [
        fact(1, "NVIDIA", "net_profit", None, None, role="level", direction="up"),
        fact(2, "NVIDIA", "net_profit", None, None, role="level", direction="up"),
    ]
    c = compare([make("a", [text], figs, facts), full()])
    assert all(m.article != "a" for t in net_profit_topics(c) for m in t.mentions)


def test_a_result_with_no_quarter_in_its_sentence_stays_undated() -> None:
    a = result("a", "엔비디아의 올해 순이익은 187억 달러였다.", "187억 달러", 1.87e10, quarter=None)
    c = compare([a, full()])
    assert all(m.article != "a" for t in net_profit_topics(c) for m in t.mentions)


def test_a_bare_quarter_is_never_dated_by_another_story() -> None:
    a = result("a", "엔비디아는 1분기 순이익이 187억 달러를 기록했다.", "187억 달러", 1.87e10)
    b = full()
    # a year apart: never one story, so b's Q1 2026 does not date a's "1분기"
    a = replace(a, article=replace(a.article, date="2027-05-29"))
    b = replace(b, article=replace(b.article, date="2026-05-29"))
    c = compare([a, b])
    assert len(c.stories) == 2
    assert all(m.article != "a" for t in net_profit_topics(c) for m in t.mentions)
    assert any(m.article == "a" for t in related_net_profit(c) for m in t.mentions)


def test_a_figure_of_another_span_after_the_quarter_stays_undated() -> None:
    for sentence in [
        "엔비디아는 1분기 매출이 늘었고 연간 순이익은 729억 달러였다고 밝혔다.",
        "엔비디아는 1분기 매출이 늘었고 지난해 순이익은 729억 달러였다고 밝혔다.",
    ]:
        a = result("a", sentence, "729억 달러", 7.29e10)
        c = compare([a, full()])
        assert all(m.article != "a" for t in net_profit_topics(c) for m in t.mentions), sentence
