"""Whose figure it is, checked last against who the sentence says it is about (sentences written for these tests in
the general style of Korean market and results reporting): a broker's continued price target, a forecaster's quoted
or forecast-start figure, a result named with its owner's 의, a count a state body levies on others, a consequence
of a condition on another figure, the gap between two rates, an affiliate named with its group's name."""

from __future__ import annotations

from pathlib import Path

from briefings.ingest.files import read_article
from briefings.model import Briefing, Fact
from briefings.pipeline import brief


def _brief(tmp_path: Path, title: str, body: str, day: str = "2026-05-20") -> Briefing:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n\n{day} 박기자\n\n{body}\n", encoding="utf-8")
    return brief(read_article(path))


def _fact(b: Briefing, surface: str, nth: int = -1) -> Fact:
    found = [f for f in b.facts if f.figure is not None and b.figures[f.figure].surface.startswith(surface)]
    assert found, surface
    return found[nth]


def _lines(b: Briefing) -> list[str]:
    return [b.headline_en or "", *(line.text for line in b.summary_en)]


# --------------------------------------------------------------------------- brokers and forecasters


_TARGETS = (
    "증권가, 현대차 목표가 잇따라 상향",
    "현대차가 2분기 호실적을 내자 증권사들이 목표주가를 잇따라 올렸다.\n\n"
    "미래에셋증권은 현대차 목표주가를 30만원에서 33만원으로 높였고, 삼성증권은 31만원에서 34만원으로 상향했다. "
    "키움증권은 32만원을 유지했다.\n\n"
    '한국투자증권은 "현재 주가는 올해 추정 실적 대비 PER 6배 수준으로 여전히 싸다"고 평가했다.\n\n'
    "이날 현대차 주가는 2.1% 오른 27만5000원에 장을 마쳤다.",
)


def test_a_broker_s_figures_after_another_broker_s_target_are_its_target_for_the_same_company(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_TARGETS)
    start, new, kept = _fact(b, "31만원"), _fact(b, "34만원"), _fact(b, "32만원")
    assert (start.subject, start.measure, start.role, start.source) == (
        "Hyundai Motor",
        "price_target",
        "reference",
        "Samsung Securities",
    )
    assert (new.subject, new.measure, new.role, new.source) == (
        "Hyundai Motor",
        "price_target",
        "estimate",
        "Samsung Securities",
    )
    assert (kept.subject, kept.measure, kept.source) == ("Hyundai Motor", "price_target", "Kiwoom Securities")
    assert not any("Samsung Securities shares" in line or "Kiwoom Securities shares" in line for line in _lines(b))


def test_a_multiple_a_broker_says_in_its_own_quotation_is_not_the_broker_s(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_TARGETS)
    assert _fact(b, "6배").subject != "Korea Investment & Securities"
    assert _fact(b, "27만5000원").subject == "Hyundai Motor"  # the stock's own close stays its own


def test_a_broker_s_price_with_no_target_before_it_is_left_to_the_broker(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "증권주 강세",
        "증권주가 일제히 올랐다.\n\n키움증권은 이날 3.2% 오른 14만5000원에 거래를 마쳤다.",
    )
    assert _fact(b, "14만5000원").measure != "price_target"


def test_the_start_of_a_research_house_s_forecast_is_not_its_own_figure(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "ESS 배터리 수요 급증 전망",
        "시장조사업체 SNE리서치는 전 세계 ESS 배터리 수요가 올해 210GWh에서 2030년 650GWh 이상으로 늘어날 것으로 "
        "전망했다.",
    )
    start = _fact(b, "210GWh")
    assert start.subject is None
    assert start.source == "SNE Research"


# --------------------------------------------------------------------------- owners, bodies, conditions


def test_a_result_named_with_its_owner_s_genitive_is_the_owner_s_not_the_group_s_carried_before(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        "우리금융 2분기 순이익 9100억원",
        "우리금융지주는 2분기 순이익이 9100억원으로 작년 동기보다 5.2% 늘었다고 밝혔다.\n\n"
        "상반기 누적 순이익은 1조7200억원으로 집계됐다.\n\n"
        "핵심 계열사인 우리은행의 2분기 순이익은 7800억원으로 작년 동기 대비 4.1% 증가했다.",
    )
    assert _fact(b, "7800억원").subject == "Woori Bank"
    assert _fact(b, "4.1%").subject == "Woori Bank"
    assert _fact(b, "9100억원").subject == "Woori Financial Group"


def test_a_count_a_state_body_levies_on_others_and_a_ranking_are_never_the_body_s(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "금융위, 보험사 3곳에 과징금",
        "금융위원회는 설명 의무를 어긴 보험사 3곳에 과징금 48억원을 부과했다고 19일 밝혔다.\n\n"
        "금융위원회는 C사에 30억원, D사에 18억원을 각각 부과했다.\n\n"
        "공정거래위원회도 온라인 쇼핑 1위 업체에 대한 조사에 착수했다.",
    )
    assert _fact(b, "3곳").subject is None
    assert _fact(b, "30억원").subject is None
    assert _fact(b, "1위").subject is None


def test_a_consequence_of_a_condition_on_another_figure_is_not_the_condition_s_subject(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "대한항공, 유가 부담",
        "대한항공의 1분기 영업이익은 4200억원으로 집계됐다.\n\n"
        '한 증권사 연구원은 "국제유가가 배럴당 95달러를 넘으면 연간 영업이익이 1500억원 이상 줄어들 수 있다"고 '
        "말했다.",
    )
    assert _fact(b, "1500억원").subject != "crude oil"


def test_a_gap_between_two_policy_rates_is_no_one_bank_s_rate(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "한은, 기준금리 0.25%포인트 인하",
        "한국은행 금융통화위원회는 20일 기준금리를 연 2.50%에서 2.25%로 0.25%포인트 내렸다.\n\n"
        "이에 따라 한국과 미국의 기준금리 격차는 상단 기준 1.25%포인트로 벌어졌다.",
    )
    assert _fact(b, "1.25%포인트").subject is None
    assert _fact(b, "2.25%").subject == "Bank of Korea"


def test_an_affiliate_written_with_its_group_s_name_and_an_ampersand_word_is_not_the_group(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "한화 E&S, 미국 발전소 지분 40% 인수",
        "한화 E&S가 미국 텍사스주 가스발전소 지분 40%를 3억달러에 사들인다.\n\n"
        "한화 E&S는 이번 인수로 북미 발전 용량을 두 배로 늘린다.\n\n"
        '한화 E&S 관계자는 "연내 거래를 마무리할 것"이라고 말했다.',
    )
    assert _fact(b, "40%").subject != "Hanwha"
    assert not any(line.startswith("Hanwha ") for line in _lines(b))


def test_a_common_ampersand_word_after_a_company_is_no_affiliate(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "삼성전자 M&A 추진",
        "삼성전자 M&A 전담 조직이 꾸려졌다.\n\n삼성전자는 올해 연구개발에 30조원을 투자한다.\n\n"
        "삼성전자 주가는 1.5% 올랐다.",
    )
    assert _fact(b, "1.5%").subject == "Samsung Electronics"


def test_a_share_of_two_companies_together_is_not_the_one_named_last(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "배달앱 시장 과점",
        "국내 배달앱 시장에서 요기요 점유율은 약 10%에 그쳤다.\n\n"
        "시장 점유율은 배민이 약 55%, 쿠팡이츠가 약 30%로 두 회사가 85%를 차지한다.",
    )
    assert _fact(b, "85%").subject is None
    assert _fact(b, "약 30%").subject == "Coupang Eats"


def test_a_price_named_with_another_bidder_s_genitive_is_that_bidder_s(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "고려아연, 공개매수가 인상",
        "고려아연은 자사주 공개매수 가격을 주당 90만원으로 올렸다고 공시했다.\n\n"
        "고려아연은 매수 예정 수량도 늘렸다.\n\n"
        "이로써 경쟁 상대인 MBK파트너스 측의 공개매수가인 85만원보다 5만원 높아졌다.",
    )
    assert _fact(b, "85만원").subject == "MBK Partners"


def test_a_company_s_name_at_the_tail_of_a_longer_korean_word_is_not_that_company() -> None:
    from briefings.analysis.nlp import analyse
    from briefings.facts.attribution import analysis_mentions

    text = "포스코는 호주 광산업체 산토스(Santos)와 리튬 공급 계약을 맺었다. 토스는 같은 날 새 서비스를 내놨다."
    found = [m.entity.en for ms in analysis_mentions(text, analyse(text)) for m in ms]
    assert "Toss" in found  # the company's own name, standing alone
    assert found.count("Toss") == 1  # not the tail of "산토스"


def test_a_division_s_goal_is_the_division_s_and_a_rate_before_its_pair_is_the_pair_s(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "현대차, 수소 사업 확대",
        "현대차는 올해 1분기 영업이익이 3조6000억원으로 집계됐다고 밝혔다.\n\n"
        "현대차는 2030년까지 수소 부문 매출을 연 8조원으로 늘린다는 계획이다.\n\n"
        "한국은행은 금리를 동결했지만 1300원대 원·달러 환율과 가계부채 증가 등이 부담으로 꼽힌다.",
    )
    assert _fact(b, "8조원").subject is None
    assert _fact(b, "1300원대").subject == "won/dollar"


def test_a_comparison_period_before_a_bracketed_figure_is_never_its_subject(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "전국 아파트값 상승폭 축소",
        "한국부동산원에 따르면 5월 셋째 주 전국 아파트값은 0.04% 올라 전주(0.07%)보다 오름폭이 줄었다.",
    )
    assert _fact(b, "0.07%").subject_ko != "전주"
    assert _fact(b, "0.07%").subject is None or "apartment" in (_fact(b, "0.07%").subject or "")


def test_a_broker_s_figure_after_another_broker_s_profit_estimate_continues_that_estimate_never_a_target(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        "삼성전기 목표가 상향",
        "NH투자증권은 삼성전기 목표주가를 17만원에서 19만원으로 높였다.\n\n"
        "한국투자증권은 삼성전기의 2분기 영업이익을 2800억원으로 내다봤고, 삼성증권은 2950억원을 제시했다.",
    )
    other = _fact(b, "2950억원")
    assert other.measure != "price_target"
    assert (other.subject, other.measure, other.source) == (
        "Samsung Electro-Mechanics",
        "operating_profit",
        "Samsung Securities",
    )
    assert not any("price target of ₩295" in line for line in _lines(b))
