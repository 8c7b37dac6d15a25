"""Prices of goods, per-unit prices and market sizes said with their English noun (writing/nouns.py, round 13).

Every sentence here is written for the test, in several phrasings: a goods word with a price head (spaced, glued,
glued with 사이시옷), a unit written with a number, a fund market's net assets, a bank group's deposits; and what
must never be said (a forecast, a crossing, a price of a written amount, a company's own price).
"""

from __future__ import annotations

import pytest

from briefings.writing import nouns
from briefings.writing.wording import has_hangul, sayable
from tests.briefings.test_nouns import end_to_end


def _said(text: str, needle: str, date: str = "2026-11-27") -> list[str]:
    lines, _ = end_to_end(text, date)
    return [x for x in lines if needle in x]


def test_the_composed_goods_are_many_english_and_sayable() -> None:
    priced = nouns._priced_goods()
    assert len({n.ko for n in priced}) >= 3000  # goods x heads, as data
    for n in priced:
        assert n.en and not has_hangul(n.en), n
        assert sayable(n.key), n
        assert n.owners == frozenset({"none", "country"}), n  # a market's price, never a company's
    en = {n.ko: n.en for n in priced}
    assert en["배춧값"] == en["배추값"] == en["배추가격"] == "napa cabbage prices"  # 사이시옷 and glued forms
    assert en["D램고정거래가격"] == "DRAM contract prices"
    assert en["아파트전셋값"] == "apartment jeonse prices"
    assert "배추전셋값" not in en  # a home's head prices no vegetable
    assert "금값" not in en  # a gazetteer name (gold) keeps its own rows


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("배춧값은 포기당 5000원으로 지난달보다 30% 올랐다.", "Napa cabbage prices rose 30%"),
        ("배추 가격은 포기당 5000원으로 지난달보다 30% 올랐다.", "Napa cabbage prices rose 30%"),
    ],
)
def test_a_glued_and_a_spaced_price_say_the_same_line(text: str, start: str) -> None:
    said = _said(text, "₩5,000")
    assert said and said[0].startswith(start), said
    assert "₩5,000 a head" in said[0], said


def test_a_price_per_a_number_of_units_is_said_per_that_many() -> None:
    said = _said("지난 25일 기준 산지 쌀값은 20㎏당 6만5120원으로 열흘 전보다 1.9% 올랐다.", "₩65,120")
    assert said and said[0].startswith("Farm-gate rice prices rose 1.9%"), said
    assert "₩65,120 per 20 kg" in said[0] and "a kilogram" not in said[0], said
    said = _said("사과 도매가격은 10㎏당 8만5000원으로 전년보다 40% 올랐다.", "₩85,000")
    assert said and said[0].startswith("Wholesale apple prices rose 40%"), said
    assert said[0].endswith("₩85,000 per 10 kg"), said


def test_a_price_per_one_unit_keeps_the_units_own_english() -> None:
    said = _said("국내 돼지고기 가격은 ㎏당 5800원으로 1년 전보다 8% 내렸다.", "₩5,800")
    assert said and said[0].startswith("South Korea's pork prices fell 8%"), said
    assert "₩5,800 a kilogram" in said[0], said
    said = _said("철광석 가격은 t당 105달러로 전주 대비 3% 하락했다.", "US$105")
    assert said and "Iron ore prices fell 3%" in said[0] and "US$105 a tonne" in said[0], said


def test_the_numbered_unit_reader() -> None:
    assert nouns.numbered_per("20㎏당") == " per 20 kg"
    assert nouns.numbered_per("3.3㎡당") == " per 3.3 square metres"
    assert nouns.numbered_per("100g당") == " per 100 grams"
    assert nouns.numbered_per("1ℓ당") is None  # one unit: the unit's own row ("a litre")
    assert nouns.numbered_per("ℓ당") is None
    assert nouns.numbered_per("20포대당") == ""  # a number of a unit with no English: never said per one


def test_a_chip_contract_price_is_said_with_its_quarter() -> None:
    said = _said("3분기 낸드플래시 고정거래가격은 전 분기 대비 10% 내렸다.", "10%")
    assert said and said[0].startswith("NAND flash contract prices fell 10%"), said
    assert "Q3 2026" in said[0], said


def test_a_home_price_head_composes_with_a_qualifier() -> None:
    said = _said("한국부동산원에 따르면 11월 전국 아파트 매매가격은 전월 대비 0.1% 올랐다.", "0.1%")
    assert said and said[0].startswith("National apartment sale prices rose 0.1%"), said


def test_the_raw_milk_base_price_is_never_crude_oil() -> None:
    lines, _ = end_to_end("낙농진흥회는 지난 8월 음용유용 원유 기본가격을 ℓ당 1084원에서 1120원으로 올렸다.")
    said = [x for x in lines if "₩1,120" in x]
    assert said and said[0].startswith("The base price of raw milk for drinking rose from ₩1,084 to ₩1,120 a litre")
    assert not any("crude" in x.casefold() for x in lines), lines


def test_a_bank_groups_deposits_are_owned_by_the_group() -> None:
    text = "KB국민·신한·하나·우리·NH농협 등 5대 은행의 엔화예금 잔액은 26일 기준 1조1250억엔으로 지난달 말보다 480억엔 늘었다."
    said = _said(text, "¥1.125 trillion")
    assert said and said[0].startswith("The five major banks' yen deposits rose ¥48 billion"), said
    assert "26 November 2026" in said[0], said
    said = _said("5대 시중은행의 달러예금 잔액은 지난달 말 기준 620억달러로 한 달 새 30억달러 늘었다.", "US$62 billion")
    assert said and said[0].startswith("The five major commercial banks' dollar deposits rose US$3 billion"), said


def test_an_etf_markets_net_assets_are_said_as_net_assets_not_net_worth() -> None:
    text = "2일 한국거래소에 따르면 지난 1일 기준 국내 ETF 순자산총액은 301조4200억원으로 집계됐다."
    said = _said(text, "₩301.42 trillion", "2026-12-02")
    assert said and said[0].startswith("South Korea's ETF net assets were ₩301.42 trillion"), said
    assert "1 December 2026" in said[0] and "net worth" not in said[0], said
    said = _said("삼성자산운용의 ETF 순자산은 113조9400억원으로 집계됐다.", "₩113.94 trillion")
    assert said and said[0].startswith("Samsung Asset Management's ETF net assets were"), said


def test_fund_and_pension_balances() -> None:
    said = _said("금융투자협회에 따르면 MMF 설정액은 지난 28일 기준 210조원으로 전주보다 5조원 증가했다.", "₩210 trillion")
    assert said and said[0].startswith("Money market fund assets rose ₩5 trillion week on week"), said
    said = _said("10월 말 퇴직연금 적립금은 450조원으로 1년 전보다 12% 늘었다.", "₩450 trillion")
    assert said and said[0].startswith("Retirement pension reserves rose 12%"), said
    assert "end-October 2026" in said[0], said


# each sentence a price row cannot say, beside a close sentence (twin) it must say and the twin's English
_UNSAID_AND_SAID = [
    (  # a forecast
        "aT는 배추 소매가격이 이달 말 4500원 안팎까지 내려갈 것으로 봤다.",
        "4,500",
        "배추 소매가격은 포기당 4500원으로 지난주보다 10% 내렸다.",
        "Retail napa cabbage prices fell 10% week on week to ₩4,500 a head",
    ),
    (  # a forecast
        "업계는 내년 사과 가격이 10㎏당 9만원으로 오를 것으로 전망했다.",
        "90,000",
        "사과 가격은 10㎏당 9만원으로 전년보다 12% 올랐다.",
        "Apple prices rose 12% from a year earlier to ₩90,000 per 10 kg",
    ),
    (  # a crossing, of an amount
        "산지 쌀값 80㎏ 26만원 첫 돌파…1년 새 22% 급등",
        "260,000",
        "산지 쌀값은 80㎏당 26만원으로 1년 전보다 22% 올랐다.",
        "Farm-gate rice prices rose 22% year on year to ₩260,000 per 80 kg",
    ),
    (
        "달걀값은 한 판에 7000원을 넘어섰다.",
        "7,000",
        "달걀값은 한 달 전보다 5% 올랐다.",
        "Egg prices rose 5% from the previous month",
    ),
    (  # a tray, unsaid
        "11월 계란 소매가격은 30구 한 판에 7200원으로 전월 대비 3% 올랐다.",
        "7,200",
        "11월 계란 소매가격은 전월 대비 3% 올랐다.",
        "Retail egg prices rose 3% from the previous month in November 2026",
    ),
    (
        "고등어 가격은 한 마리에 4500원으로 전년보다 20% 비싸졌다.",
        "4,500",
        "고등어 가격은 ㎏당 9000원으로 전년보다 20% 올랐다.",
        "Mackerel prices rose 20% from a year earlier to ₩9,000 a kilogram",
    ),
    (
        "금 시세는 한 돈에 55만원으로 전날보다 1% 올랐다.",
        "550,000",
        "한우 가격은 ㎏당 9만원으로 전날보다 1% 올랐다.",
        "Hanwoo beef prices rose 1% from the previous day to ₩90,000 a kilogram",
    ),
    (
        "올해 햅쌀 가격은 20㎏에 6만원 안팎이다.",
        "60,000",
        "산지 쌀값은 20㎏당 6만원으로 1년 전보다 5% 올랐다.",
        "Farm-gate rice prices rose 5% year on year to ₩60,000 per 20 kg",
    ),
    (
        "대파 1㎏ 소매가격은 4200원으로 한 달 전보다 25% 올랐다.",
        "4,200",
        "대파 소매가격은 ㎏당 4200원으로 한 달 전보다 25% 올랐다.",
        "Retail green onion prices rose 25% from the previous month to ₩4,200 a kilogram",
    ),
    (
        "지난해 쌀값은 80㎏ 한 가마에 20만원 선이었다.",
        "200,000",
        "산지 쌀값은 80㎏당 20만원으로 1년 전보다 5% 올랐다.",
        "Farm-gate rice prices rose 5% year on year to ₩200,000 per 80 kg",
    ),
    (  # 가지: two kinds, never eggplant
        "두 가지 가격은 각각 5000원과 7000원이다.",
        "5,000",
        "양파 가격은 ㎏당 5000원으로 전주보다 10% 올랐다.",
        "Onion prices rose 10% week on week to ₩5,000 a kilogram",
    ),
]


@pytest.mark.parametrize(("text", "figure", "twin", "said"), _UNSAID_AND_SAID)
def test_what_a_price_row_cannot_say_is_not_said(text: str, figure: str, twin: str, said: str) -> None:
    lines, _ = end_to_end(text)
    assert not any(figure in x for x in lines), lines
    lines, _ = end_to_end(twin, "2026-11-27")
    assert said in lines, lines


def test_a_companys_own_price_is_not_a_markets() -> None:
    # "라면 가격" in a company's sentence: the composed price needs no company owner, so no "Instant noodle prices"
    lines, _ = end_to_end("농심은 다음 달부터 라면 가격을 평균 7.1% 올린다고 밝혔다.")
    assert not any(x.startswith("Instant noodle prices") for x in lines), lines
    # twin: the market's price of the same goods is said
    lines, _ = end_to_end("라면 가격은 1년 전보다 7.1% 올랐다.")
    assert "Instant noodle prices rose 7.1% year on year" in lines, lines


def test_two_goods_of_one_sentence_each_take_their_own_noun() -> None:
    lines, _ = end_to_end("설탕 가격은 전년보다 15% 올랐고, 밀가루 가격은 8% 내렸다.")
    assert any(x.startswith("Sugar prices rose 15%") for x in lines), lines
    assert any(x.startswith("Flour prices fell 8%") for x in lines), lines


def test_a_count_noun_with_counters_before_its_move_is_still_said() -> None:
    # "1082개로 147개 늘었다": counters, not an amount priced; the count keeps its line
    lines, _ = end_to_end("상장 종목 수는 1082개로 연초보다 147개 늘었다.")
    said = [x for x in lines if "1,082" in x]
    assert said and said[0].startswith("Listed issues rose 147"), lines


def test_kakao_is_never_cocoa() -> None:
    lines, _ = end_to_end("카카오 가격은 전날보다 3% 올랐다.")
    assert not any("cocoa" in x.casefold() for x in lines), lines
    lines, _ = end_to_end("코코아 가격은 전날보다 3% 올랐다.")
    assert any(x.startswith("Cocoa prices rose 3%") for x in lines), lines


def test_a_per_tonne_price_of_a_listed_metal_keeps_its_unit() -> None:
    # a metal the noun rows price keeps "a tonne" ("니켈 가격은 t당 …")
    lines, _ = end_to_end("니켈 가격은 t당 1만6000달러로 전주 대비 2% 내렸다.", "2026-11-27")
    assert "Nickel prices fell 2% week on week to US$16,000 a tonne" in lines, lines


def test_a_per_tonne_price_of_a_gazetteer_commodity_keeps_its_unit() -> None:
    # "구리 가격은 t당 9500달러로 전날보다 1% 올랐다" is said "Copper rose 1% to US$9,500": the price is per tonne
    for text in ("구리 가격은 t당 9500달러로 전날보다 1% 올랐다.", "런던금속거래소에서 구리 가격은 t당 9500달러로 전날보다 1% 올랐다."):
        lines, _ = end_to_end(text, "2026-11-27")
        said = [x for x in lines if "US$9,500" in x]
        assert all("a tonne" in x for x in said), lines
