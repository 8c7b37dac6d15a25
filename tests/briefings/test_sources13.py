"""Who forecasts, and a transitive raise or cut (round 13).

Sentences written for these tests in the usual style of Korean economy reporting: a government forecast beside a
central bank's in the next sentence, the government named bare as the forecaster ("정부가 … 전망했다"), a
forecast it revises, and a price or rate someone raises or cuts by an amount ("N원 올렸다", "N%포인트 낮췄다").
"""

from __future__ import annotations

from briefings.analysis.nlp import analyse
from tests.stages import fact_of as _fact_of
from tests.stages import run_stages as _run


def test_a_forecast_keeps_its_own_sentence_s_forecaster_when_a_central_bank_follows() -> None:
    lines, facts, surfaces = _run("정부는 내년 경제성장률을 1.8%로 전망했다. 한국은행은 성장률 전망치로 1.9%를 제시했다.")
    assert _fact_of(facts, surfaces, "1.8%").source == "the government"
    assert _fact_of(facts, surfaces, "1.9%").source == "Bank of Korea"
    assert any(x.startswith("The government forecasts economic growth of 1.8%") for x in lines), lines
    assert not any("Bank of Korea" in x and "1.8%" in x for x in lines), lines


def test_the_government_as_subject_is_the_forecaster() -> None:
    for text in ("정부가 내년 소비자물가 상승률을 2.1%로 전망했다.", "정부는 내년 소비자물가 상승률을 2.1%로 예상했다."):
        lines, facts, surfaces = _run(text)
        assert _fact_of(facts, surfaces, "2.1%").source == "the government", text
        assert any(x.startswith("The government forecasts inflation of 2.1%") for x in lines), lines


def test_a_forecast_the_government_cuts_is_its_own() -> None:
    lines, facts, surfaces = _run("정부는 올해 성장률 전망치를 기존 2.0%에서 1.8%로 낮췄다.")
    assert _fact_of(facts, surfaces, "1.8%").source == "the government"
    assert any("government cut its growth forecast" in x and "from 2.0% to 1.8%" in x for x in lines), lines


def test_a_rate_raised_or_cut_by_an_amount_is_a_change() -> None:
    lines, facts, surfaces = _run("한국은행은 기준금리를 0.25%포인트 올렸다.")
    assert _fact_of(facts, surfaces, "0.25%포인트").role == "change"
    assert lines == ["The Bank of Korea raised its base rate by 0.25 percentage points"] or any(
        x.startswith("The Bank of Korea raised its base rate by 0.25 percentage points") for x in lines
    ), lines
    lines, facts, surfaces = _run("한국은행은 기준금리를 연 2.50%로 0.25%포인트 낮췄다.")
    assert any(x.startswith("The Bank of Korea cut its base rate by 0.25 percentage points to 2.50%") for x in lines), lines


def test_a_price_raised_by_an_amount_is_not_its_level() -> None:
    _, facts, surfaces = _run("CU는 바나나우유 가격을 200원 올렸다.")
    assert _fact_of(facts, surfaces, "200원").role == "change"
    lines, _, _ = _run("한국전력은 전기요금을 kWh당 5원 올렸다.")
    assert not any("were ₩5" in x or "was ₩5" in x for x in lines), lines
    # the move of a per-unit price is per that unit: never "tariffs rose ₩5" as if the bill rose ₩5
    assert any(x.startswith("KEPCO's electricity tariffs rose ₩5 a kilowatt-hour") for x in lines), lines
    lines, _, _ = _run("휘발유 가격은 ℓ당 1650원으로 3% 올랐다.")
    assert any(x.startswith("The gasoline price rose 3% to ₩1,650 a litre") for x in lines), lines


def test_a_group_s_part_of_an_economy_wide_quantity_is_not_the_whole() -> None:
    # the five banks' household loans are a part of all household loans (about ₩1,900 trillion), never the total
    lines, facts, surfaces = _run("5대 은행의 가계대출 잔액은 지난달 말 765조원으로 한 달 새 3조원 늘었다.")
    assert _fact_of(facts, surfaces, "765조원").subject != "household loans"
    assert not any(x.startswith("Household loans") for x in lines), lines
    lines, _, _ = _run("한국은행에 따르면 3분기 말 가계신용 잔액은 1900조원이었다.")
    assert any(x.startswith("Household credit stood at ₩1,900 trillion") for x in lines), lines


def test_a_count_after_a_quarter_counts_units_not_quarters() -> None:
    from briefings.analysis.figures import extract_figures as figures_of

    text = "삼성전자의 스마트폰 출하량은 3분기 5800만대로 전년보다 3% 늘었다. 영업이익은 3개 분기 연속 증가했다."
    analysis = analyse(text)
    english = {f.surface: f.en for f in figures_of(text, analysis.sentences, "2026-12-02")}
    assert english["5800만대"] == "58 million units"
    assert english["3개"] == "3 quarters"  # a count of quarters is still said in quarters
