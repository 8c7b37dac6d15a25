"""Figures read with their unit and qualifier: a ratio to one wherever it stands ("R대 1", "R 대 1", "R:1"),
and a bound written before the figure's noun ("최소 배당금 700원": at least)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.analysis.figures import extract_figures
from briefings.model import Figure, Sentence


def figures(text: str) -> tuple[Figure, ...]:
    found = extract_figures(text, [Sentence(0, len(text))], "2026-06-10")
    for fig in found:
        assert text[fig.start : fig.end] == fig.surface
    return found


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("1순위 평균 73.4대 1…청약자 몰려", "73.4대 1", 73.4),
        ("전용 84㎡가 212.7대 1로 가장 높았다", "212.7대 1", 212.7),
        ("B형은 36.9대 1, C형은 12.3대 1이었다", "36.9대 1", 36.9),
        ("일반분양 평균 58 대 1을 나타냈다", "58 대 1", 58.0),
        ("최종 경쟁률은 17.5:1로 집계됐다", "17.5:1", 17.5),
        ("평균 경쟁률 240:1을 넘겼다", "240:1", 240.0),
    ],
)
def test_a_ratio_to_one_is_a_multiple_wherever_it_stands(text: str, surface: str, value: float) -> None:
    fig = figures(text)[0]
    assert (fig.surface, fig.kind, fig.value, fig.unit) == (surface, "multiple", value, "x")
    assert fig.en.endswith(" to 1")


def test_every_item_of_a_list_of_ratios_is_a_ratio() -> None:
    found = figures("A형이 88.2대 1로 가장 높았고, B형은 40.5대 1, C형은 19.9대 1이었다.")
    assert [(f.surface, f.unit) for f in found] == [("88.2대 1", "x"), ("40.5대 1", "x"), ("19.9대 1", "x")]


@pytest.mark.parametrize(
    "text",
    [
        "20대 남성, 2대1로 승리",  # a score and an age group
        "30대 1인 가구가 늘었다",  # people in their thirties living alone
        "전기버스 12대 1억원어치",  # twelve buses, then an amount
        "승용차 15대 1곳에 배치",  # fifteen cars at one site
    ],
)
def test_n_dae_1_that_is_no_ratio_stays_no_ratio(text: str) -> None:
    assert all(f.unit != "x" for f in figures(text))


def test_a_clock_time_is_no_ratio() -> None:
    assert figures("오전 10:15 기준") == ()


@pytest.mark.parametrize(
    ("text", "surface", "en"),
    [
        ("주당 최소 배당금을 500원으로 정했다", "500원", "at least ₩500"),
        ("최소 배당금 1200원 보장", "1200원", "at least ₩1,200"),
        ("최소한의 투자금 100만원이 필요하다", "100만원", "at least ₩1,000,000"),
    ],
)
def test_a_floor_written_before_the_noun_is_said_as_a_floor(text: str, surface: str, en: str) -> None:
    fig = figures(text)[0]
    assert (fig.surface, fig.qualifier, fig.en) == (surface, "at_least", en)


@pytest.mark.parametrize(
    "text",
    [
        "최소 배당금을 지난해보다 100원 늘렸다",  # a change, two words past the bound
        "인상 폭을 최소화하라는 주문에 700원으로",  # 최소화 (to minimise) is no bound
        "사상 최대 실적 3조원을 냈다",  # a record, no ceiling
        "최대 주주 지분 30%를 넘겼다",  # the largest shareholder
    ],
)
def test_no_bound_where_the_word_bounds_no_figure(text: str) -> None:
    assert all(f.qualifier not in ("at_least", "at_most") for f in figures(text))


ratios = st.decimals(min_value=10, max_value=999, places=1, allow_nan=False, allow_infinity=False)
after_one = st.sampled_from(["로", "의 경쟁률", "이었다", ",", ".", "…", "을 기록", " 수준"])


@settings(max_examples=150, deadline=None)
@given(ratios, st.sampled_from(["대 1", " 대 1", ":1"]), after_one)
def test_any_written_ratio_to_one_reads_back_its_value(value: object, link: str, tail: str) -> None:
    said = format(value, "f")
    text = f"평균 {said}{link}{tail}"
    found = [f for f in figures(text) if f.unit == "x"]
    assert len(found) == 1
    assert found[0].surface == f"{said}{link}"
    assert found[0].value == float(said)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.sampled_from(["억원", "만원", "명", "곳", "인", "위"]))
def test_a_counter_then_a_number_with_its_own_unit_is_never_a_ratio(n: int, unit: str) -> None:
    text = f"차량 {n}대 1{unit}"
    assert all(f.unit != "x" for f in figures(text))
