"""The headline states the lead fact the title and the first body sentences give (round 14): a title's crossed
threshold is stated by the body's level just past it, a title's results word is its own subject's measure (a peer
company's figure stays a line), a third party's late estimate is no headline, and a contract named by its battery
format leads over the day's share move the title gives as its second point."""

from __future__ import annotations

from pathlib import Path

from briefings.ingest.files import read_article
from briefings.pipeline import brief
from briefings.writing.english import _title_crossings


def _brief(tmp_path: Path, title: str, *body: str) -> tuple[str, list[str]]:
    path = tmp_path / "a.txt"
    path.write_text(f"{title}\n\n2026-12-02 10:15 최기자\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    b = brief(read_article(path))
    return b.headline_en or "", [line.text for line in b.summary_en]


# --------------------------------------------------------------------------- a title's crossed threshold


def test_a_titles_crossed_threshold_is_stated_by_the_level_just_past_it(tmp_path: Path) -> None:
    h, lines = _brief(
        tmp_path,
        "국내 ETF 순자산 150조 돌파…반년 만에 50조 늘어",
        "국내 상장지수펀드(ETF) 시장의 순자산총액이 처음으로 150조원을 넘어섰다.",
        "한국거래소에 따르면 지난 1일 기준 국내 ETF 순자산총액은 152조3000억원으로 집계됐다.",
        "증권가에서는 연금 자금 유입이 이어질 것으로 본다.",
    )
    assert h == "South Korea's ETF net assets were ₩152.3 trillion on 1 December 2026"
    assert not any("152.3" in line for line in lines)  # the headline's fact is not repeated below


def test_a_crossing_in_another_unit_and_verb_names_the_level_too(tmp_path: Path) -> None:
    h, _ = _brief(
        tmp_path,
        "서학개미 美주식 보관액 800억달러 넘어…한 달 새 5% 늘어",
        "국내 투자자의 미국 주식 보관액이 800억달러를 넘어섰다.",
        "한국예탁결제원에 따르면 지난달 30일 기준 국내 투자자의 미국 주식 보관금액은 812억달러로 집계됐다.",
        "인공지능 종목 매수가 이어진 결과다.",
    )
    assert h == "Korean investors' US stock holdings were US$81.2 billion on 30 November 2026"


def test_a_level_far_past_the_titles_threshold_states_no_crossing_of_it(tmp_path: Path) -> None:
    h, lines = _brief(
        tmp_path,
        "국내 ETF 순자산 150조 돌파…반년 만에 50조 늘어",
        "국내 상장지수펀드(ETF) 시장의 순자산총액이 처음으로 150조원을 넘어섰다.",
        "한국거래소에 따르면 지난 1일 기준 국내 ETF 순자산총액은 190조원으로 집계됐다.",
    )
    assert h == ""  # 190조 is no rounding of "150조 돌파": the title's fact is not stated, so no headline
    assert lines == ["South Korea's ETF net assets were ₩190 trillion on 1 December 2026."]


def test_title_crossings_span_the_levels_past_the_threshold_in_its_direction() -> None:
    (up,) = _title_crossings("산지 쌀값 80㎏ 26만원 첫 돌파")
    assert up[0] - up[1] == 260000.0 and abs(up[0] + up[1] - 286000.0) < 1e-6  # 26만 up to a tenth above
    (down,) = _title_crossings("코스피 2500선 붕괴…외국인 1조 매도")
    assert down[0] + down[1] == 2500.0 and abs(down[0] - down[1] - 2250.0) < 1e-6  # a fall: a tenth below
    assert _title_crossings("11월 돌파 어려워") == []  # a month is no threshold


# --------------------------------------------------------------------------- a title's results word, its owner


_STORES = (
    "고물가 속에서도 백화점 업계의 연말 특수가 이어지고 있다.",
    "한빛백화점은 11월 명품과 외국인 관광객 매출이 크게 늘었다고 1일 밝혔다.",
    "업계에서는 연말 성수기 효과가 이어질 것으로 본다.",
    "같은 날 현대백화점도 11월 매출이 1년 전보다 5.4% 늘었다고 밝혔다.",
)


def test_a_peer_companys_revenue_is_no_headline_of_a_title_on_anothers_revenue(tmp_path: Path) -> None:
    h, lines = _brief(tmp_path, "한빛백화점 11월 매출 7.2%↑…명품이 끌었다", *_STORES)
    assert h == ""  # the title's 7.2% is Hanbit's; Hyundai's 5.4% is a peer's figure
    assert lines == ["Hyundai Department Store's revenue rose 5.4% year on year in November 2026."]


def test_the_titles_own_company_leads_with_the_measure_the_title_names(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, "현대백화점 11월 매출 5.4%↑…명품이 끌었다", *_STORES)
    assert h == "Hyundai Department Store's revenue rose 5.4% in November 2026"


# --------------------------------------------------------------------------- a third party's late estimate


_DRUG = (
    "한미약품은 비만 신약의 체중 감소 효과가 기존 약보다 컸다고 25일 밝혔다.",
    "회사 측은 내년 하반기 미국 허가를 신청할 계획이다.",
    "이 약은 주 1회 투여하는 주사제다.",
    "증권가는 매출 추정치를 잇달아 내놨다.",
    "하나증권은 한미약품의 2030년 매출을 3조원으로 추정했다.",
)


def test_a_brokers_estimate_written_late_is_a_line_not_the_headline(tmp_path: Path) -> None:
    for title in ("한미약품 비만 신약, 체중 감소 효과 입증", "한미약품 비만 신약 효과 입증…시총 20조 돌파"):
        h, lines = _brief(tmp_path, title, *_DRUG)
        assert h == "", title
        assert lines == ["Hana Securities estimates Hanmi Pharm's revenue at ₩3 trillion in 2030."]


def test_a_title_stating_the_estimate_makes_it_the_headline(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, '하나증권 "한미약품 2030년 매출 3조원"…비만 신약 기대', *_DRUG)
    assert h == "Hana Securities estimates Hanmi Pharm's revenue at ₩3 trillion in 2030"


# --------------------------------------------------------------------------- the contract before the share move


def test_a_battery_contract_named_by_its_format_leads_over_the_share_move(tmp_path: Path) -> None:
    h, lines = _brief(
        tmp_path,
        "LG엔솔, 유럽서 1조2000억 배터리 수주…주가 4% 상승",
        "LG에너지솔루션이 유럽 완성차 업체와 1조원이 넘는 배터리 공급계약을 맺었다.",
        "LG에너지솔루션은 유럽 완성차 업체와 1조2000억원 규모의 전기차용 하이니켈 원통형 배터리 공급계약을 "
        "체결했다고 3일 공시했다.",
        "계약 기간은 2027년부터 5년간이다.",
        "이날 유가증권시장에서 LG에너지솔루션 주가는 전 거래일보다 4.1% 오른 41만원에 거래를 마쳤다.",
    )
    assert h.startswith(
        "LG Energy Solution signed a cylindrical battery supply contract worth ₩1.2 trillion with a European carmaker"
    )
    assert h.endswith(", and its shares rose 4.1% to close at ₩410,000")  # the title's second point
    assert not any("4.1%" in line for line in lines)
