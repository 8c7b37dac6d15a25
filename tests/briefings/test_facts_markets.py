"""Market reports the briefing had no words for: a bond-market day (each yield's move and level), a weekly housing
price survey and an IPO's book-building (sentences written for these tests in the style of Korean market reports)."""

from __future__ import annotations

from pathlib import Path

from briefings.model import Briefing, Fact
from tests.stages import brief_lines, brief_report, fact_at


def _brief(tmp_path: Path, title: str, body: str, day: str = "2026-03-12") -> Briefing:
    return brief_report(tmp_path, title, body, day, "최기자")


def _fact(b: Briefing, surface: str) -> Fact:
    return fact_at(b, surface, exact=True)


_lines = brief_lines


# --------------------------------------------------------------------------- a bond-market day

_BONDS = (
    "채권 금리 상승 마감",
    "12일 채권시장에서 국고채 3년물 금리는 전 거래일 대비 3.8bp 오른 연 2.904%에 거래를 마쳤다.\n\n"
    "10년물 금리는 4.4bp 상승한 연 3.127%를 나타냈고 2년물은 연 2.851%로 2.1bp 올랐다.\n\n"
    "간밤 미 국채 2년물 금리는 0.052%포인트 내린 3.921%를 기록했다.\n\n"
    "외국인은 국채 선물을 대거 순매도했다.",
)


def test_each_yield_figure_is_of_the_bond_its_sentence_names_a_bare_tenor_of_the_issuer_named_before(
    tmp_path: Path,
) -> None:
    b = _brief(tmp_path, *_BONDS)
    move, level = _fact(b, "3.8bp"), _fact(b, "2.904%")
    assert (move.subject, move.measure, move.role, move.direction) == (
        "3-year Korea Treasury bond",
        "interest_rate",
        "change",
        "up",
    )
    assert (level.subject, level.measure, level.role) == ("3-year Korea Treasury bond", "interest_rate", "level")
    assert move.time_of_day == "close"
    assert _fact(b, "4.4bp").subject == _fact(b, "3.127%").subject == "10-year Korea Treasury bond"
    assert _fact(b, "2.1bp").subject == _fact(b, "2.851%").subject == "2-year Korea Treasury bond"
    us = _fact(b, "0.052%포인트")
    assert (us.subject, us.measure, us.direction) == ("US 2-year Treasury", "interest_rate", "down")


def test_a_yield_s_move_and_level_are_one_line_said_as_a_wire_says_a_yield(tmp_path: Path) -> None:
    lines = _lines(_brief(tmp_path, *_BONDS))
    text = " ".join(lines)
    assert "The 3-year Korea Treasury bond yield rose 3.8 basis points to close at 2.904% on 12 March 2026" in text
    assert "The 10-year Korea Treasury bond yield rose 4.4 basis points to 3.127%." in text
    assert "The US 2-year Treasury yield fell 0.052 percentage points to 3.921%." in text
    assert "previous session" not in text  # a day's move is from the session before: said bare
    assert not any("cut its" in x or "raised its" in x for x in lines)  # a yield sets no rate


def test_a_bare_tenor_in_an_article_naming_no_issuer_and_two_yields_before_one_figure_are_no_yield(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        "채권 시장 동향",
        "이날 5년물 금리는 2.1bp 내렸다.\n\n"
        "국고채 3년물과 10년물 금리는 2.3bp 하락했다.\n\n"
        "국고채 20년물과 30년물 금리는 각각 1.5bp, 1.9bp 내렸다.",
    )
    assert _fact(b, "2.1bp").subject is None  # no issuer named: the tenor is no bond we can name
    assert _fact(b, "2.3bp").subject is None  # which of the two fell 2.3bp is not written
    assert _fact(b, "1.5bp").subject == "20-year Korea Treasury bond"  # 각각: one figure each, in order
    assert _fact(b, "1.9bp").subject == "30-year Korea Treasury bond"


def test_another_measure_between_a_yield_and_a_figure_keeps_the_figure_off_the_yield(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "채권 금리 하락",
        "국고채 3년물 금리는 기준금리 인하 확률이 80%로 높아지면서 하락했다.",
    )
    assert _fact(b, "80%").subject is None


def test_a_unit_s_definition_in_parentheses_is_no_key_figure(tmp_path: Path) -> None:
    b = _brief(tmp_path, "채권 금리", "국고채 3년물 금리는 6.1bp(1bp=0.01%포인트) 내린 연 2.650%에 마감했다.")
    surfaces = [f.surface for f in b.figures]
    assert "6.1bp" in surfaces and "2.650%" in surfaces
    assert "1bp" not in surfaces and "0.01%포인트" not in surfaces


# --------------------------------------------------------------------------- a weekly housing price survey

_SURVEY = (
    "아파트값 상승세 이어져",
    "한국부동산원이 12일 내놓은 3월 둘째 주(9일 기준) 주간 아파트 가격 동향을 보면 서울 아파트 매매가격은 "
    "전주보다 0.07% 상승하며 12주 연속 올랐다.\n\n"
    "구별로는 마포구가 0.19% 뛰었고 노원구(0.15%)가 뒤를 이었다.\n\n"
    "경기 아파트 매매가격은 0.03% 하락했고 인천은 보합을 나타냈다.\n\n"
    "서울 아파트 전셋값은 0.04% 올라 20주째 오름세를 보였다.\n\n"
    "올해 들어 서울 아파트값은 1.8% 올랐다.",
)


def test_a_survey_s_change_is_of_the_place_and_price_named_with_it_and_a_district_is_never_the_city(
    tmp_path: Path,
) -> None:
    b = _brief(tmp_path, *_SURVEY)
    seoul = _fact(b, "0.07%")
    assert (seoul.subject, seoul.role, seoul.direction, seoul.date) == (
        "Seoul apartment prices",
        "change",
        "up",
        "2026-03",
    )
    assert _fact(b, "0.19%").subject == "Mapo-gu apartment prices"  # the district's, not Seoul's
    assert _fact(b, "0.03%").subject == "Gyeonggi apartment prices"
    assert _fact(b, "0.04%").subject == "Seoul apartment jeonse prices"
    assert _fact(b, "1.8%").subject is None  # a change since the start of the year is no weekly change
    week = next(f for f in b.figures if f.kind == "date" and f.surface.startswith("3월"))
    assert (week.surface, week.value, week.en) == ("3월 둘째 주", "2026-03", "the second week of March 2026")


def test_a_survey_s_lines_say_the_week_the_base_and_the_run_of_weeks(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_SURVEY)
    text = " ".join(_lines(b))
    assert (
        "Seoul apartment prices rose 0.07% week on week in the second week of March 2026, the 12th straight weekly rise"
        in text
    )
    # the week is said once, by the headline; a line of the same week leaves it out
    assert "Seoul apartment jeonse prices rose 0.04%, the 20th straight weekly rise" in text
    assert text.count("in the second week of March 2026") == 1
    assert "Gyeonggi apartment prices fell 0.03%" in text
    assert "1.8%" not in text
    line = next(x for x in b.summary_en if "jeonse" in x.text) if "jeonse" not in (b.headline_en or "") else None
    if line is not None:  # the run's "N주" figure is cited with the line that states it
        assert any(b.figures[i].surface == "20주" for i in line.figures)


def test_a_district_name_several_cities_share_and_a_survey_of_no_week_are_read_with_care(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "아파트값 동향",
        "주간 아파트 가격 동향에 따르면 서울 아파트값은 전주 대비 0.05% 올랐고 중구는 0.11% 상승했다.",
    )
    seoul = _fact(b, "0.05%")
    assert seoul.subject == "Seoul apartment prices" and seoul.date is None
    assert _fact(b, "0.11%").subject is None  # 중구: a district of several cities


# --------------------------------------------------------------------------- an IPO's book-building


def test_a_competition_ratio_to_one_is_a_multiple_and_a_score_or_a_meeting_is_no_figure(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "공모주 청약",
        "LG씨엔에스는 일반 청약에서 312.48 대 1의 경쟁률을 보였다.\n\n"
        "LG씨엔에스는 앞서 진행된 수요예측에서 1021대 1의 경쟁률을 기록했다.\n\n"
        "두 팀의 경기는 3대1로 끝났고 대표는 1대1 면담을 했다.",
    )
    ratios = [f for f in b.figures if f.kind == "multiple"]
    assert [(f.surface, f.value, f.en) for f in ratios] == [
        ("312.48 대 1", 312.48, "312.48 to 1"),
        ("1021대 1", 1021.0, "1,021 to 1"),
    ]
    assert not any(f.counter == "대" for f in b.figures)  # no "units" read into a ratio
    text = " ".join(_lines(b))
    assert "LG CNS's IPO subscription drew a competition ratio of 312.48 to 1" in text
    assert "LG CNS's IPO book-building drew a competition ratio of 1,021 to 1" in text


def test_a_final_ipo_price_is_said_against_the_marketed_range_its_sentence_gives(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "LG씨엔에스 상장 준비",
        "LG씨엔에스는 최종 공모가를 희망 공모가 범위(5만3000~6만1900원) 하단인 5만3000원으로 정했다고 12일 공시했다.",
    )
    line = next(x for x in [*b.summary_en] if "priced its IPO" in x.text) if b.summary_en else None
    text = line.text if line is not None else b.headline_en or ""
    assert "LG CNS priced its IPO at ₩53,000, at the bottom of its indicative range of ₩53,000-61,900" in text
    cited = line.figures if line is not None else b.headline_figures
    assert {b.figures[i].surface for i in cited} >= {"5만3000원", "5만3000~6만1900원"}


def test_the_planned_listing_day_of_the_one_company_whose_ipo_the_article_gives_is_a_line(tmp_path: Path) -> None:
    body = (
        "LG씨엔에스는 수요예측에서 650.2대 1의 경쟁률을 기록했다.\n\n"
        "일반 청약은 17일부터 이틀간 받으며 상장 예정일은 오는 26일이다."
    )
    b = _brief(tmp_path, "LG씨엔에스 상장 일정", body)
    listing = [x for x in b.summary_en if "scheduled to list" in x.text]
    assert [x.text for x in listing] == ["LG CNS is scheduled to list on 26 March 2026."]
    assert b.figures[listing[0].figures[0]].surface == "오는 26일"
    past = _brief(tmp_path, "LG씨엔에스 상장", body.replace("오는 26일", "지난 2일"))
    assert not any("scheduled to list" in x.text for x in past.summary_en)  # a day gone by is no plan
    unknown = _brief(tmp_path, "상장 일정", "일반 청약은 17일부터 이틀간 받으며 상장 예정일은 오는 26일이다.")
    assert not any("list" in x.text for x in unknown.summary_en)  # whose listing it is is not written


def test_another_country_s_or_another_kind_of_bond_is_no_korea_treasury_bond(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "채권 금리",
        "국고채 3년물 금리는 1.2bp 내린 연 2.611%였다.\n\n"
        "회사채(AA-, 무보증) 3년물 금리는 1.0bp 내린 연 3.205%를 기록했다.\n\n"
        "독일 국채 10년물 금리는 2.4bp 올랐고, 5년물은 1.1bp 올랐다.\n\n"
        "통안채 2년물 금리는 0.8bp 하락했다.",
    )
    assert _fact(b, "1.2bp").subject == "3-year Korea Treasury bond"
    for surface in ("1.0bp", "3.205%", "2.4bp", "1.1bp", "0.8bp"):
        assert _fact(b, surface).subject is None, surface


def test_a_yield_s_move_over_a_longer_span_than_the_day_is_not_read(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "채권 주간 동향",
        "국고채 3년물 금리는 이번 주 들어 15.2bp 뛰었다.\n\n국고채 3년물 금리는 이날 2.1bp 오른 연 2.990%에 마감했다.",
    )
    assert _fact(b, "15.2bp").subject is None
    assert _fact(b, "2.1bp").subject == "3-year Korea Treasury bond"


def test_a_tenor_after_another_bond_or_far_after_a_foreign_issuer_is_no_yield_we_name(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "국고채 금리 하락",
        "3일 채권시장에서 국고채 3년물 금리는 2.4bp 내린 연 2.705%에 마감했다.\n\n"
        "10년물은 연 2.998%로 1.9bp 하락했다.\n\n"
        "간밤 미국 국채 10년물 금리는 4.18%로 0.04%포인트 올랐다.\n\n"
        "주택저당증권 5년물 금리는 연 3.05%를 나타냈다.",
        day="2026-07-03",
    )
    assert _fact(b, "2.998%").subject == "10-year Korea Treasury bond"
    assert _fact(b, "4.18%").subject == "US 10-year Treasury"
    assert _fact(b, "3.05%").subject is None  # another bond's tenor, never the US one named before
    far = _brief(
        tmp_path,
        "국고채 금리 하락",
        "3일 채권시장에서 국고채 3년물 금리는 2.4bp 내린 연 2.705%에 마감했다.\n\n"
        "간밤 미국 국채 10년물 금리는 4.18%로 0.04%포인트 올랐다.\n\n"
        "외국인은 이날 주식을 사들였다.\n\n"
        '시장에서는 "2년물 금리가 2.6%까지 내려갈 수 있다"는 관측이 나왔다.',
        day="2026-07-03",
    )
    assert _fact(far, "2.6%").subject is None  # a bare tenor two sentences past the foreign issuer: unsure


def test_an_underwriter_is_never_the_company_of_an_ipo_it_runs(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "한빛정밀 공모가 1만8000원 확정",
        "한빛정밀이 수요예측 결과 공모가를 희망 밴드 최상단인 1만8000원으로 확정했다.\n\n"
        "공모 금액은 720억원이다.\n\n"
        '대표 주관사인 한국투자증권은 "기관 수요가 몰렸다"고 설명했다.\n\n'
        "한국투자증권은 이번 공모로 수수료를 받는다.\n\n"
        "한빛정밀의 지난해 매출은 1150억원이었다.",
        day="2026-07-03",
    )
    for surface in ("720억원", "1150억원"):
        assert _fact(b, surface).subject != "Korea Investment & Securities"
    assert not any(line.startswith("Korea Investment & Securities") for line in _lines(b))


def test_a_tenor_written_before_its_bond_is_that_bond_s_and_a_bare_government_bond_is_the_issuer_s_before(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        "미 국채 금리 하락",
        "간밤 미국 10년물 국채 금리는 4.05%로 전날보다 0.03%포인트 떨어졌다.\n\n"
        "2년물 국채 금리는 3.71%를 기록했다.\n\n"
        "이날 서울 채권시장에서 5년 만기 국고채 금리는 연 2.77%로 1.5bp 내렸다.",
        day="2026-07-08",
    )
    assert _fact(b, "4.05%").subject == "US 10-year Treasury"
    assert _fact(b, "3.71%").subject == "US 2-year Treasury"  # "국채" of no country: the one named just before
    assert _fact(b, "2.77%").subject == "5-year Korea Treasury bond"
