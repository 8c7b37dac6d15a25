"""Employment releases: each count or rate is of the population or industry its clause names, with the release's
period; the English says a level only with its period and a change only with its base (sentences written for
these tests in the style of a monthly release)."""

from __future__ import annotations

from pathlib import Path

from briefings.facts.labour import labour_phrase
from briefings.ingest.files import read_article
from briefings.model import Briefing, Fact
from briefings.pipeline import brief
from tests.stages import brief_lines, fact_at

HEAD = "3월 고용 동향\n\n2026-04-15 08:00 송고\n\n(세종=가나다뉴스) 홍길동 기자 = "


def _brief(tmp_path: Path, body: str) -> Briefing:
    path = tmp_path / "release.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return brief(read_article(path))


def _fact(b: Briefing, surface: str) -> Fact:
    return fact_at(b, surface)


_lines = brief_lines


def test_a_segment_before_the_statistic_or_as_the_figure_s_topic_is_its_subject(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "통계청에 따르면 3월 취업자는 2850만명으로 1년 전보다 15만2000명 늘었다.\n\n"
        "연령별로 보면 50대 취업자가 4만명 증가했지만 30대는 2만1000명 감소했다.\n\n"
        "업종별로는 제조업에서 3만3000명 줄었고, 숙박 및 음식점업은 1만2000명 늘었다.",
    )
    whole = _fact(b, "15만2000명")
    assert (whole.subject, whole.measure, whole.role) == ("employed persons", "employment", "change")
    assert whole.date == "2026-03"
    assert (_fact(b, "4만명").subject, _fact(b, "4만명").direction) == ("people in their 50s", "up")
    assert (_fact(b, "2만1000명").subject, _fact(b, "2만1000명").direction) == ("people in their 30s", "down")
    assert _fact(b, "3만3000명").subject == "manufacturing"
    assert _fact(b, "1만2000명").subject == "accommodation and food services"
    assert all(_fact(b, s).measure == "employment" and _fact(b, s).date == "2026-03" for s in ("4만명", "3만3000명"))
    text = " ".join(_lines(b))
    assert b.headline_en.endswith("in March 2026")  # the month is said once, by the headline
    assert "The number of employed people in their 30s fell by 21,000 year on year." in text
    assert "Employment in manufacturing fell by 33,000 year on year." in text


def test_rates_take_the_population_named_before_or_in_parentheses_and_a_narrowing_we_cannot_name_abstains(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        "3월 여성 고용률은 55.1%로 전년 동월 대비 0.7%포인트 상승했고, 고용률(15~64세)은 69.5%였다.\n\n"
        "서울 고용률은 61.2%를 기록했다.",
    )
    assert (_fact(b, "55.1%").subject, _fact(b, "55.1%").measure) == ("women", "employment_rate")
    assert (_fact(b, "0.7%포인트").subject, _fact(b, "0.7%포인트").role) == ("women", "change")
    assert (_fact(b, "69.5%").subject, _fact(b, "69.5%").measure) == ("people aged 15-64", "employment_rate")
    assert _fact(b, "61.2%").measure is None  # "서울 고용률": a part of the statistic we cannot name
    assert not any("61.2" in line for line in _lines(b))


def test_a_rate_s_move_with_no_base_for_that_statistic_is_not_said(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "3월 취업자는 1년 전보다 15만2000명 늘었다.\n\n실업률은 3.1%로 0.2%포인트 올랐다.",
    )
    assert _fact(b, "0.2%포인트").measure == "unemployment_rate"
    lines = _lines(b)
    assert not any("0.2" in line for line in lines)  # the base of the employment count is not the rate's
    assert lines[0].endswith("in March 2026")  # the month is said once, by the headline
    assert "The unemployment rate was 3.1%." in lines


def test_a_change_goes_on_with_the_base_of_its_statistic_s_chain_only_within_one_period(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "3월 취업자는 1년 전보다 15만2000명 늘었다.\n\n건설업 취업자는 4만1000명 줄었다.\n\n"
        "2월 취업자는 9만명 늘었다.\n\n제조업 취업자는 2만6000명 줄었다.",
    )
    text = " ".join(_lines(b))
    assert "Employment in construction fell by 41,000 year on year." in text  # March's, said by the headline
    assert "26,000" not in text  # February's chain writes no base of its own
    # the count of the employed moves against a year before by the release's convention (headline_rates.tsv):
    # said with no base, never with March's
    assert "The number of employed persons rose by 90,000 in February 2026" in text
    assert "90,000 year on year" not in text


def test_a_count_that_is_no_level_of_the_statistic_is_not_said_as_one(tmp_path: Path) -> None:
    b = _brief(tmp_path, "3월 취업자 증가 폭은 전달 30만5000명에서 축소됐다.")
    assert _fact(b, "30만5000명").measure != "employment" or _fact(b, "30만5000명").role != "level"
    assert not any("305,000" in line for line in _lines(b))


def test_the_phrase_of_each_statistic_and_segment() -> None:
    assert labour_phrase("employment", "employed persons") == "the number of employed persons"
    assert labour_phrase("employment", "construction") == "employment in construction"
    assert labour_phrase("employment_rate", "youth aged 15-29") == "the employment rate for youth aged 15-29"
    assert labour_phrase("unemployment_rate", None) == "the unemployment rate"
    assert labour_phrase("employment", "NVIDIA") is None  # no segment of a release
