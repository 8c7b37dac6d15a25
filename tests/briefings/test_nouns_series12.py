"""Series of statistics releases said with their English noun phrase (briefings/writing/nouns.py, round 12)."""

from __future__ import annotations

import pytest

from briefings import brief_many
from briefings.model import Article
from tests.briefings.test_nouns import end_to_end


def _brief(text: str, date: str = "2026-06-15"):  # type: ignore[no-untyped-def]
    article = Article(id="s", path="s.txt", title="", text=text, date=date)
    return next(brief_many([article], cache=None))


def test_a_cumulative_tax_revenue_is_said_with_its_span_not_as_imports() -> None:
    # 수입 (imports) heads the listed noun 국세수입 (national tax revenue): the noun speaks, dated by its span
    text = (
        "기획재정부가 12일 발표한 '4월 국세수입 현황'에 따르면 1~4월 국세수입은 125조3000억원으로 "
        "작년 같은 기간보다 4조2000억원 증가했다."
    )
    lines, _ = end_to_end(text, "2026-06-12")
    said = [x for x in lines if "₩125.3 trillion" in x]
    assert said, lines
    assert said[0].startswith("National tax revenue rose ₩4.2 trillion"), said
    assert "in January-April" in said[0], said  # the span its sentence gives (the year is the article's)
    assert not any("import" in x.casefold() for x in lines), lines


def test_each_tax_of_a_breakdown_is_said_as_its_revenue() -> None:
    text = (
        "1~4월 국세수입은 125조3000억원으로 작년 같은 기간보다 4조2000억원 증가했다. "
        "세목별로는 소득세는 38조1000억원으로 1조5000억원 늘었지만, 부가가치세는 30조2000억원으로 9000억원 줄었다."
    )
    lines, _ = end_to_end(text, "2026-06-12")
    assert any(x.startswith("Income tax revenue rose ₩1.5 trillion to ₩38.1 trillion") for x in lines), lines
    assert any(x.startswith("Value-added tax revenue fell ₩900 billion to ₩30.2 trillion") for x in lines), lines


def test_the_json_names_the_series_a_line_says() -> None:
    b = _brief("1~4월 국세수입은 125조3000억원으로 작년 같은 기간보다 4조2000억원 증가했다.")
    named = {b.figures[f.figure].surface: (f.subject, f.subject_ko, f.measure) for f in b.facts if f.figure is not None}
    assert named["125조3000억원"] == ("national tax revenue", "국세수입", "other"), named
    assert named["4조2000억원"][0] == "national tax revenue", named


def test_a_series_is_dated_by_its_quarter_not_the_release_day() -> None:
    text = "시장조사업체 A가 18일 발표한 보고서에 따르면 올해 2분기 스마트폰 출하량은 2억9800만대로 작년 같은 기간보다 1.4% 증가했다."
    lines, _ = end_to_end(text, "2026-07-20")
    said = [x for x in lines if "298 million" in x]
    assert said and said[0].startswith("Smartphone shipments rose 1.4%"), lines
    assert "Q2 2026" in said[0] and "July" not in said[0], said


def test_a_word_narrowing_a_series_with_no_english_abstains() -> None:
    # "전 세계": no qualifier row, so the global series is not said as if it were a plain one
    text = "시장조사업체 A에 따르면 올해 2분기 전 세계 스마트폰 출하량은 2억9800만대로 작년 같은 기간보다 1.4% 증가했다."
    lines, _ = end_to_end(text, "2026-07-20")
    assert not any("298 million" in x for x in lines), lines
    # twin: without the narrowing word the series is said
    lines, _ = end_to_end(text.replace("전 세계 ", ""), "2026-07-20")
    assert "Smartphone shipments rose 1.4% year on year to 298 million units in Q2 2026" in lines, lines


def test_a_move_in_points_after_the_bare_level_is_never_said_as_the_level() -> None:
    # "88로 3포인트 내렸다": 88 is the level (no figure of ours), 3 points the move
    text = "이달 소비자심리지수는 99.1로 전월보다 1.2포인트 내렸다. 향후경기전망CSI는 88로 3포인트 하락했다."
    lines, _ = end_to_end(text, "2026-06-24")
    assert not any(" was 3" in x or "at 3 points" in x for x in lines), lines
    # twin: with its month written the index's own level and move are said, and still no level of 3
    text = "6월 소비자심리지수는 99.1로 전월보다 1.2포인트 하락했다. 향후경기전망CSI는 88로 3포인트 하락했다."
    lines, _ = end_to_end(text, "2026-06-24")
    said = "The consumer sentiment index fell 1.2 points from the previous month to 99.1 in June 2026"
    assert said in lines, lines
    assert not any(" was 3" in x or "at 3 points" in x for x in lines), lines


def test_a_narrowing_word_without_english_abstains() -> None:
    # "제주 방문 외국인 관광객": Jeju's visitors; the place word has no English here, so no line on "foreign visitors"
    text = "올해 제주 방문 외국인 관광객은 120만명으로 작년보다 15% 늘었다."
    lines, _ = end_to_end(text, "2026-06-24")
    assert not any("Foreign visitors" in x for x in lines), lines
    # twin: visitors to the country (방한) have English and are said
    lines, _ = end_to_end("5월 방한 외국인 관광객은 120만명으로 1년 전보다 15% 늘었다.", "2026-06-24")
    assert "Foreign visitors rose 15% year on year to 1.2 million in May 2026" in lines, lines


def test_modifiers_and_a_common_owner_compose_the_phrase() -> None:
    text = "예탁원에 따르면 지난달 30일 기준 국내 투자자의 해외 주식 보관액은 2300억달러로 집계됐다."
    lines, _ = end_to_end(text, "2026-12-02")
    said = [x for x in lines if "US$230 billion" in x]
    assert said and said[0].startswith("Korean investors' overseas stock holdings were US$230 billion"), lines
    b = _brief(text, "2026-12-02")
    subjects = {f.subject for f in b.facts if f.figure is not None and b.figures[f.figure].surface == "2300억달러"}
    assert subjects == {"Korean investors"}, subjects


def test_a_word_before_the_noun_with_no_english_abstains_even_after_a_modifier() -> None:
    # "부산 해외 주식 보관액": 부산 narrows the phrase and has no row here, so no line on the holdings
    text = "지난달 말 기준 부산 해외 주식 보관액은 120억달러로 집계됐다."
    lines, _ = end_to_end(text, "2026-12-02")
    assert not any("holdings" in x for x in lines), lines
    # twin: an owner with English in its place ("국내 투자자의") is said
    lines, _ = end_to_end(text.replace("부산", "국내 투자자의"), "2026-12-02")
    assert "Korean investors' overseas stock holdings were US$12 billion at end-November 2026" in lines, lines


def test_a_title_figure_the_body_restates_is_said_once_with_the_body_words() -> None:
    text = (
        "진에어, 10월 국제선 탑승률 91.2%\n"
        "진에어의 10월 국제선 여객 수는 65만명으로 지난해 같은 달보다 8.1% 증가했다. "
        "국제선 평균 탑승률은 91.2%로 전년 동월 대비 1.5%포인트 올랐다."
    )
    lines, _ = end_to_end(text, "2026-11-02")
    said = [x for x in lines if "91.2%" in x]
    assert len(said) == 1, lines
    assert "average international load factor" in said[0], said


def test_a_count_of_a_span_of_months_is_said_with_its_span() -> None:
    lines, _ = end_to_end("올해 1~5월 방한 외국인 관광객은 120만명으로 작년보다 15% 늘었다.", "2026-06-24")
    assert "Foreign visitors rose 15% from a year earlier to 1.2 million in January-May" in lines, lines


def test_a_count_of_this_year_is_never_said_undated() -> None:
    # "올해 방한 외국인 관광객은 120만명으로 작년보다 15% 늘었다" is said "Foreign visitors were 1.2 million": no
    # period, and the rise dropped; a reader takes it for a whole year's or a month's count
    for text in ("올해 방한 외국인 관광객은 120만명으로 작년보다 15% 늘었다.", "올해 방한 외국인 관광객은 120만명으로 집계됐다."):
        lines, _ = end_to_end(text, "2026-06-24")
        said = [x for x in lines if "1.2 million" in x]
        assert all("this year" in x or "2026" in x for x in said), lines
