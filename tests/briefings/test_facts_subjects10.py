"""Subjects, sources and moves of list and breakdown sentences, read at the facts stage (sentences written for these
tests in the general style of Korean market, results and statistics reporting): a "각각" list pairs each figure with
its own move word or abstains; an estimate the industry makes of a company is the industry's, not the company's."""

from __future__ import annotations

from pathlib import Path

from briefings.model import Briefing, Fact
from tests.stages import brief_lines, brief_report, fact_at


def _brief(tmp_path: Path, title: str, body: str, day: str = "2026-05-20") -> Briefing:
    return brief_report(tmp_path, title, body, day, "박기자")


def _fact(b: Briefing, surface: str) -> Fact:
    return fact_at(b, surface, exact=False)


_lines = brief_lines


_MARKET = "코스피 소폭 상승 마감"


def test_each_list_pairs_every_figure_with_its_own_move_word(tmp_path: Path) -> None:
    b = _brief(tmp_path, _MARKET, "이날 코스피는 전 거래일보다 0.4% 오른 2712.35에 장을 마쳤다. "
               "시가총액 상위 종목 가운데 삼성전자(1.35%)와 SK하이닉스(0.41%)는 각각 상승폭과 하락폭을 기록했다.")
    up, down = _fact(b, "1.35%"), _fact(b, "0.41%")
    assert (up.subject, up.direction) == ("Samsung Electronics", "up")
    assert (down.subject, down.direction) == ("SK hynix", "down")
    text = " ".join(_lines(b))
    assert "Samsung Electronics shares fell" not in text and "SK hynix shares rose" not in text


def test_each_list_that_does_not_pair_one_to_one_states_no_move(tmp_path: Path) -> None:
    b = _brief(tmp_path, _MARKET, "이날 코스피는 전 거래일보다 0.4% 오른 2712.35에 장을 마쳤다. "
               "현대차(2.1%)와 기아(0.7%), 네이버(0.2%)는 각각 상승, 하락했다.")
    for surface in ("2.1%", "0.7%", "0.2%"):
        assert _fact(b, surface).direction is None, surface
    text = " ".join(_lines(b))
    assert "0.2%" not in text and "0.7%" not in text and "2.1%" not in text


def test_an_estimate_the_industry_makes_of_a_company_is_the_industry_s(tmp_path: Path) -> None:
    b = _brief(tmp_path, "반도체 투자 확대 전망",
               "업계는 SK하이닉스가 내년 신규 라인에 20조원을 투자할 것으로 추정했다.")
    f = _fact(b, "20조원")
    assert f.source == "industry"
    assert f.subject == "SK hynix"
    assert not any(line.startswith("SK hynix expects") for line in _lines(b))


def test_a_company_s_own_forecast_stays_its_own(tmp_path: Path) -> None:
    b = _brief(tmp_path, "반도체 투자 확대", "SK하이닉스는 내년 신규 라인에 20조원을 투자할 것으로 전망했다.")
    assert _fact(b, "20조원").source == "SK hynix"


_GDP = (
    "2분기 성장률 0.5%…소비 회복",
    "한국은행은 2분기 실질 국내총생산(GDP)이 전기 대비 0.5% 증가했다고 밝혔다.\n\n"
    "지출항목별로 보면 민간소비는 의류 등 재화 소비가 늘며 0.7% 증가했다. "
    "설비투자는 운송장비 위주로 2.3% 늘었지만, 건설투자는 토목건설 부진으로 0.9% 감소했다.\n\n"
    "성장 기여도는 순수출 0.2%포인트, 정부소비 0.1%포인트였다.",
)


def test_parts_of_a_gdp_release_are_their_figures_subjects(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_GDP)
    assert _fact(b, "0.7%").subject == "private consumption"
    assert _fact(b, "2.3%").subject == "facility investment"
    assert _fact(b, "0.9%").subject == "construction investment"
    assert _fact(b, "0.2%포인트").subject == "net exports"
    assert _fact(b, "0.1%포인트").subject == "government consumption"


def test_a_part_noun_with_no_whole_named_is_not_read_as_the_economy_s_part(tmp_path: Path) -> None:
    b = _brief(tmp_path, "반도체 업체 투자 확대", "A사는 올해 실적이 개선됐다. 설비투자는 지난해보다 12% 늘었다.")
    assert _fact(b, "12%").subject != "facility investment"


def test_reserve_assets_are_each_their_own_subject_with_their_moves(tmp_path: Path) -> None:
    b = _brief(tmp_path, "외환보유액 두 달째 증가",
               "한국은행에 따르면 9월 말 외환보유액은 4150억 달러로 전월보다 12억 달러 늘었다.\n\n"
               "자산별로 보면 유가증권이 3700억 달러로 한 달 새 20억 달러 늘었다. "
               "예치금은 250억 달러로 9억 달러 줄었다.")
    assert (_fact(b, "3700억").subject, _fact(b, "20억").subject) == ("securities", "securities")
    assert (_fact(b, "250억").subject, _fact(b, "9억").subject) == ("deposits", "deposits")
    assert _fact(b, "4150억").subject == "foreign-exchange reserves"


def test_a_qualified_or_branded_fuel_is_not_the_plain_fuel(tmp_path: Path) -> None:
    b = _brief(tmp_path, "휘발유 값 3주째 하락",
               "이번 주 전국 주유소 휘발유 평균 판매가격은 전주보다 ℓ당 5.2원 내린 1688.1원을 기록했다. "
               "경유 평균 판매가격은 4.1원 하락한 1541.0원이었다.\n\n"
               "국제 경유 가격은 배럴당 2.4달러 내린 90.2달러, 자동차용 경유는 1.1달러 내린 88.5달러였다.")
    assert (_fact(b, "4.1원").subject, _fact(b, "1541.0원").subject) == ("diesel", "diesel")
    for surface in ("2.4달러", "90.2달러", "1.1달러", "88.5달러"):
        assert _fact(b, surface).subject != "diesel", surface


def test_a_commodity_is_not_carried_into_a_clause_whose_topic_is_a_named_company(tmp_path: Path) -> None:
    b = _brief(tmp_path, "휘발유 값 하락",
               "상표별로는 자가상표 휘발유가 ℓ당 1650.2원으로 가장 쌌고, GS칼텍스 주유소가 1702.4원으로 가장 비쌌다.")
    assert _fact(b, "1702.4원").subject != "gasoline"
    assert not any("Gasoline traded at" in line for line in _lines(b))


def test_the_home_economy_is_the_subject_of_its_release_s_growth(tmp_path: Path) -> None:
    b = _brief(tmp_path, "1분기 성장률 0.4%",
               "우리 경제가 올해 1분기 0.4% 성장했다.\n\n"
               "한국은행이 이날 발표한 국내총생산 속보치에 따르면 1분기 실질 GDP는 전기 대비 0.4% 증가했다. "
               "지난해 4분기 성장률은 0.2%에서 0.3%로 수정됐다.")
    assert _fact(b, "0.4%").subject == "South Korea"
    assert _fact(b, "0.3%").subject == "South Korea"


def test_a_growth_forecast_or_another_economy_s_growth_is_not_re_owned(tmp_path: Path) -> None:
    b = _brief(tmp_path, "한은, 성장률 전망 상향",
               "한국은행은 올해 성장률을 2.1%로 제시했다. 미국의 1분기 GDP는 전기 대비 0.6% 늘었다. "
               "A사의 매출 성장률은 12%였다.")
    assert _fact(b, "2.1%").subject != "South Korea"
    assert _fact(b, "0.6%").subject != "South Korea"
    assert _fact(b, "12%").subject != "South Korea"


def test_a_pointer_back_to_the_company_named_before_takes_its_name(tmp_path: Path) -> None:
    b = _brief(tmp_path, "삼성중공업, 컨테이너선 6척 수주",
               "삼성중공업은 아시아 선사와 컨테이너선 6척 건조 계약을 맺었다고 밝혔다.\n\n"
               "해당 업체는 이번 계약으로 올해 누적 수주액 55억 달러를 기록했다.")
    assert _fact(b, "55억").subject == "Samsung Heavy Industries"


def test_a_result_of_part_of_last_year_is_not_said_as_last_year_s(tmp_path: Path) -> None:
    b = _brief(tmp_path, "현대차 실적", "현대차는 지난해 1~3분기 영업이익 10조원을 기록했다. "
               "기아는 지난해 상반기 영업이익 6조원을 올렸다.", day="2026-11-20")
    text = " ".join(_lines(b))
    assert "₩10 trillion last year" not in text and "₩6 trillion last year" not in text
    assert "Q1-Q3 2025" in text or "₩10 trillion" not in text


def test_a_dividend_with_no_subject_in_a_company_s_story_is_the_company_s(tmp_path: Path) -> None:
    b = _brief(tmp_path, "신한지주, 3분기 순이익 1.2조원",
               "신한지주는 3분기 순이익이 1조2000억원으로 집계됐다고 밝혔다. 신한지주는 자본비율도 개선됐다.\n\n"
               "3분기 분기배당은 주당 570원으로 정했다.")
    assert _fact(b, "570원").subject == "Shinhan Financial Group"


def test_a_sentence_naming_no_one_goes_on_about_the_company_before(tmp_path: Path) -> None:
    b = _brief(tmp_path, "삼성중공업, 컨테이너선 수주",
               "삼성중공업은 아시아 선사와 컨테이너선 6척 건조 계약을 맺었다고 공시했다. "
               "계약 금액은 1조2000억원으로, 척당 약 2000억원 수준이다.\n\n"
               "업계 평균 선가는 척당 1800억원 수준이다.")
    assert _fact(b, "1조2000억원").subject == "Samsung Heavy Industries"
    assert _fact(b, "1800억원").subject is None


def test_a_division_after_the_company_is_not_the_company(tmp_path: Path) -> None:
    b = _brief(tmp_path, "삼성중공업 실적",
               "삼성중공업은 3분기 매출 2조5000억원을 기록했다. 해양 부문은 4000억원이었다.")
    assert _fact(b, "4000억원").subject != "Samsung Heavy Industries"


def test_a_topic_owned_with_a_genitive_takes_its_owner_for_the_list_after_it(tmp_path: Path) -> None:
    b = _brief(tmp_path, "삼성중공업 수주 순항",
               "이번 계약으로 삼성중공업의 올해 누적 수주 실적은 컨테이너선 12척, 유조선 5척 등 총 17척으로 늘었다.")
    for surface in ("12척", "5척", "17척"):
        assert _fact(b, surface).subject == "Samsung Heavy Industries", surface


def test_two_owners_joined_own_their_sum_together_not_the_second_alone(tmp_path: Path) -> None:
    b = _brief(tmp_path, "현대차·기아 미국 판매", "현대차와 기아의 합산 판매는 15만2000대로 집계됐다.")
    assert _fact(b, "15만2000대").subject not in {"Kia", "Hyundai Motor"}


def test_the_home_economy_s_growth_noun_is_said_as_its_own(tmp_path: Path) -> None:
    b = _brief(tmp_path, "1분기 성장률 0.4%",
               "한국은행이 이날 발표한 국내총생산 속보치에 따르면 1분기 실질 GDP는 전기 대비 0.4% 증가했다.")
    said = [line for line in _lines(b) if "0.4%" in line]
    starts = ("South Korea's real GDP", "South Korea's economy grew")
    assert said and all(line.startswith(starts) for line in said), said


def test_each_item_of_a_ranking_list_owns_its_figure(tmp_path: Path) -> None:
    b = _brief(tmp_path, "외환보유액 세계 순위",
               "국가별로 보면 중국이 3조2000억 달러로 가장 많았고 일본(1조1900억 달러), 스위스(9500억 달러) 순이었다.")
    assert _fact(b, "3조2000억").subject == "China"
    assert _fact(b, "1조1900억").subject == "Japan"
    assert _fact(b, "9500억").subject == "Switzerland"


def test_a_list_that_ranks_nothing_gives_no_country_a_figure(tmp_path: Path) -> None:
    b = _brief(tmp_path, "대중국 수출", "일본(1조1900억 달러)과의 교역도 늘었다.")
    assert _fact(b, "1조1900억").subject != "Japan"


def test_regions_of_a_pump_price_survey_are_their_figures_subjects(tmp_path: Path) -> None:
    b = _brief(tmp_path, "휘발유 값 하락",
               "이번 주 전국 주유소 휘발유 평균 판매가격은 전주보다 ℓ당 5.2원 내린 1688.1원을 기록했다.\n\n"
               "지역별로는 부산의 휘발유 평균 가격이 6.1원 내린 1702.3원으로 가장 높았다. "
               "가장 낮은 광주는 4.4원 하락한 1650.8원이었다.")
    assert (_fact(b, "6.1원").subject, _fact(b, "1702.3원").subject) == ("Busan", "Busan")
    assert (_fact(b, "4.4원").subject, _fact(b, "1650.8원").subject) == ("Gwangju", "Gwangju")
    assert _fact(b, "1688.1원").subject == "gasoline"
