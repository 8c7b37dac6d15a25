"""Given a sentence, these key figures: value, unit, qualifier, range, surface and English."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.model import Figure, Sentence


def figures(text: str, date: str | None = None) -> tuple[Figure, ...]:
    found = extract_figures(text, [Sentence(0, len(text))], date)
    for fig in found:
        assert text[fig.start : fig.end] == fig.surface
    return found


def only(text: str, date: str | None = None) -> Figure:
    found = figures(text, date)
    assert len(found) == 1, [f.surface for f in found]
    return found[0]


def summary(fig: Figure) -> tuple[object, ...]:
    return (fig.surface, fig.kind, fig.value, fig.high, fig.unit, fig.qualifier, fig.en)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "개발 비용은 560만 달러 라는 저렴한 수준",
            ("560만 달러", "money", 5.6e6, None, "USD", None, "US$5.6 million"),
        ),
        ("이 시장이 1430억 달러에 이를 것", ("1430억 달러", "money", 1.43e11, None, "USD", None, "US$143 billion")),
        ("시가총액 846조원이 증발했다", ("846조원", "money", 8.46e14, None, "KRW", None, "₩846 trillion")),
        (
            "시가총액 846조6875억원이 증발했다",
            ("846조6875억원", "money", 8.466875e14, None, "KRW", None, "₩846.6875 trillion"),
        ),
        ("시장 규모는 60억 달러로 평가", ("60억 달러", "money", 6e9, None, "USD", None, "US$6 billion")),
        ("50억 위안을 투자", ("50억 위안", "money", 5e9, None, "CNY", None, "CN¥5 billion")),
        ("1만 엔짜리", ("1만 엔", "money", 1e4, None, "JPY", None, "¥10,000")),
        ("20억 유로 규모", ("20억 유로", "money", 2e9, None, "EUR", None, "€2 billion")),
        ("총 $5.6 million이 들었다", ("$5.6 million", "money", 5.6e6, None, "USD", None, "US$5.6 million")),
        ("가격은 ₩1,000이다", ("₩1,000", "money", 1000.0, None, "KRW", None, "₩1,000")),
        ("지수는 1만9341.83달러", ("1만9341.83달러", "money", 19341.83, None, "USD", None, "US$19,341.83")),
        ("매출 5,890억 원", ("5,890억 원", "money", 5.89e11, None, "KRW", None, "₩589 billion")),
    ],
)
def test_money(text: str, expected: tuple[object, ...]) -> None:
    assert summary(only(text)) == expected


def test_a_range_is_one_figure() -> None:
    fig = only("시가총액이 5,890억~6,000억 달러 나 감소하며")
    assert summary(fig) == ("5,890억~6,000억 달러", "money", 5.89e11, 6e11, "USD", None, "US$589-600 billion")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("금리가 1~2% 오른다", ("1~2%", "percent", 1.0, 2.0, "%", None, "1-2%")),
        ("10%~20% 증가", ("10%~20%", "percent", 10.0, 20.0, "%", None, "10-20%")),
        ("5~6억 달러를 투자", ("5~6억 달러", "money", 5e8, 6e8, "USD", None, "US$500-600 million")),
        ("2~3배 빠르다", ("2~3배", "multiple", 2.0, 3.0, "x", None, "2-3x")),
    ],
)
def test_ranges(text: str, expected: tuple[object, ...]) -> None:
    assert summary(only(text)) == expected


def test_an_upside_down_range_is_not_merged() -> None:
    assert [f.surface for f in figures("20~10% 변동")] == ["10%"]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "en"),
    [
        ("개발 비용이 약 560만 달러로", "약 560만 달러", "approx", "about US$5.6 million"),
        ("(약 80억 원)", "약 80억 원", "approx", "about ₩8 billion"),
        ("무려 24배 이상의 성장", "24배 이상", "at_least", "at least 24x"),
        ("시가총액 1조 달러 이상이 증발", "1조 달러 이상", "at_least", "at least US$1 trillion"),
        ("30% 이하로 제한", "30% 이하", "at_most", "at most 30%"),
        ("10억 원 미만의 비용", "10억 원 미만", "less_than", "less than ₩1 billion"),
        ("100억 원도 채 들지 않은 비용", "100억 원도 채 들지 않은", "less_than", "less than ₩10 billion"),
        ("1조 달러가 넘는 돈", "1조 달러가 넘는", "more_than", "more than US$1 trillion"),
        ("1000억 원 초과 시", "1000억 원 초과", "more_than", "more than ₩100 billion"),
        ("직원 100여 명이 참석", "100여 명", "approx", "about 100 employees"),
        ("1000억원대 매출", "1000억원대", "at_least", "in the ₩100 billion range"),
        ("3배 가까이 늘었다", "3배 가까이", "approx", "nearly 3x"),
        ("1조 원에 육박하는 손실", "1조 원에 육박하는", "approx", "nearly ₩1 trillion"),
        ("최대 30% 할인", "최대 30%", "at_most", "up to 30%"),
    ],
)
def test_qualifiers_are_part_of_the_surface(text: str, surface: str, qualifier: str, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.qualifier, fig.en) == (surface, qualifier, en)


def test_approximate_won_after_dollars_is_its_own_figure() -> None:
    found = figures("개발 비용이 약 560만 달러(약 80억 원)로 매우 낮습니다.")
    assert [summary(f) for f in found] == [
        ("약 560만 달러", "money", 5.6e6, None, "USD", "approx", "about US$5.6 million"),
        ("약 80억 원", "money", 8e9, None, "KRW", "approx", "about ₩8 billion"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("주가가 17% 폭락", "17%", 17.0),
        ("나스닥 종합지수는 3% 하락", "3%", 3.0),
        ("네이버[035420](6.13%), 카카오", "6.13%", 6.13),
        ("다음 날 9% 상승하며", "9%", 9.0),
        ("5퍼센트 올랐다", "5퍼센트", 5.0),
        ("7％ 올랐다", "7％", 7.0),
        ("성장률 -3%를 기록", "-3%", -3.0),
    ],
)
def test_percentages(text: str, surface: str, value: float) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.value, fig.unit) == (surface, "percent", value, "%")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("금리가 0.25%포인트 올랐다", "0.25%포인트"),
        ("격차는 1.75% 포인트로 벌어졌다", "1.75% 포인트"),
        ("기준금리를 0.25%p 인하했다", "0.25%p"),
        ("금리를 0.5%P 내렸다", "0.5%P"),
        ("금리를 0.25%p하향 조정했다", "0.25%p"),
    ],
)
def test_percentage_points_are_their_own_unit(text: str, surface: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.unit) == (surface, "quantity", "pp")
    assert fig.en.endswith("percentage points") and "%" not in fig.en


def test_multiples() -> None:
    fig = only("이는 무려 24배 이상의 폭발적 성장")
    assert (fig.kind, fig.value, fig.unit, fig.qualifier, fig.en) == ("multiple", 24.0, "x", "at_least", "at least 24x")
    assert only("3배 빠르다").en == "3x"


@pytest.mark.parametrize(
    ("text", "surface", "value", "counter", "en"),
    [
        ("구형 GPU(H800) 2048개만으로 이루어낸 성과", "2048개", 2048.0, "개", "2,048 GPUs"),
        ("고성능 GPU(H100) 5만 개를 보유", "5만 개", 50000.0, "개", "50,000 GPUs"),
        ("부품 3개를 샀다", "3개", 3.0, "개", "3 units"),
        ("50만 명 이상이 가입", "50만 명 이상", 500000.0, "명", "at least 500,000 people"),
        ("5개국이 참여", "5개국", 5.0, "개국", "5 countries"),
        ("3개사가 참여", "3개사", 3.0, "개사", "3 companies"),
        ("5개 기업이 참여", "5개", 5.0, "개", "5 companies"),
        ("매장 1곳을 열었다", "1곳", 1.0, "곳", "1 store"),
        ("새로 1곳을 열었다", "1곳", 1.0, "곳", "1 site"),
        ("6가지 물질", "6가지", 6.0, "가지", "6 kinds"),
        ("자동차 300만 대", "300만 대", 3e6, "대", "3 million cars"),
        ("차량 3대가 섰다", "3대", 3.0, "대", "3 vehicles"),
        ("100만 주를 매도", "100만 주", 1e6, "주", "1 million shares"),
    ],
)
def test_counts_keep_their_counter(text: str, surface: str, value: float, counter: str, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.value, fig.unit, fig.counter, fig.en) == (
        surface,
        "count",
        value,
        "count",
        counter,
        en,
    )


@pytest.mark.parametrize(
    "text",
    [
        "SK하이닉스[000660] 등 반도체 종목",
        "R1, o1, O1, GPT-4, GPT-4o, H800, H100, H200, DeepSeek-V3, V3 모델",
        "(1) 딥시크의 R1 모델이란 무엇인가요?",
        "1. 딥시크의 등장과 그 의미\n① 기존 AI 개발의 패러다임 전환",
        "입력 : 2025.02.01 08:10:00",
        "2025. 1. 28. 22:39ㆍ돈 버는 건",
        "02.01 11:54 더보기 >",
        "더 높은 성능(예: 1000)을 목표로",
        "하루 만에 증발, 한 달 사이",
        "19세기 영국 경제학자",
        "수십억 달러를 투자해",
        "매년 수십조 원을 투자하며",
        "창립 10주년, 5개년 계획",
        "오후 2시 14분께 발동, 11시 44분에는",
        "4분기 연속 적자, 10년 만기 국채",
        "20대 남성, 2대1로 승리",
        "2대 주주, 제2회 정기총회",
        "3대 원칙을 세웠다",
        "52주 신고가를 경신",
        "3원칙을 세웠다",
        "H100 GPU 5G망 3D 프린터 010-1234-5678",
        "tae@yna.co.kr(끝)",
        "두 배 세 명",
        "비율은 .5%였다",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text, "2025-02-01") == ()


def test_sentence_index_is_the_span_holding_the_figure() -> None:
    text = "첫 문장입니다. 주가가 17% 폭락했다.\n\n제목 3%\n다음 문장 5배."
    sentences = [Sentence(0, 8), Sentence(9, 22), Sentence(33, 42)]
    found = extract_figures(text, sentences, None)
    assert [(f.surface, f.sentence) for f in found] == [("17%", 1), ("3%", 1), ("5배", 2)]


def test_figures_come_in_document_order_with_dates() -> None:
    text = "2025년 1월 27일 엔비디아 주가의 17% 폭락. 다음 날 9% 상승."
    assert [f.surface for f in figures(text)] == ["2025년 1월 27일", "17%", "다음 날", "9%"]


def test_no_sentences_means_sentence_zero() -> None:
    assert extract_figures("17% 하락", [], None)[0].sentence == 0


def test_index_points_levels_and_thresholds() -> None:
    text = "코스닥 지수는 이날 전장 대비 19.43포인트(2.85%) 내린 662.58에 장을 마쳤다."
    found = figures(text)
    assert [(f.surface, f.kind, f.value, f.unit, f.en) for f in found] == [
        ("19.43포인트", "quantity", 19.43, "pt", "19.43 points"),
        ("2.85%", "percent", 2.85, "%", "2.85%"),
        ("662.58", "quantity", 662.58, "pt", "662.58 points"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier", "en"),
    [
        ("코스피는 장중 3,000선을 회복했다", "3,000선", 3000.0, None, "the 3,000 level"),
        ("코스닥지수가 800선 아래로 밀렸다", "800선", 800.0, None, "the 800 level"),
        ("지수는 오후 들어 2,700대로 주저앉았다", "2,700대", 2700.0, "at_least", "in the 2,700 range"),
        ("나스닥 지수는 15.2p 하락했다", "15.2p", 15.2, None, "15.2 points"),
        ("다우 지수가 410.5 pt 올랐다", "410.5 pt", 410.5, None, "410.5 points"),
        ("코스피 2500 붕괴…외국인 매도", "2500", 2500.0, None, "2,500 points"),
        ("코스피 3000을 회복했다", "3000", 3000.0, None, "3,000 points"),
    ],
)
def test_index_forms(text: str, surface: str, value: float, qualifier: str | None, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.unit, fig.value, fig.qualifier, fig.en) == (surface, "pt", value, qualifier, en)


@pytest.mark.parametrize(
    "text",
    [
        "3선 의원이 당선됐다",  # a third-term lawmaker
        "코스피200 지수 선물",  # an index's name
        "모델 버전 2.5로 업데이트",  # no index in the clause
        "차량 600대를 팔았다",  # vehicles, no index
        "코스피 상장사 800 곳이 참여했다",  # no level word
    ],
)
def test_not_index_points(text: str) -> None:
    assert all(f.unit != "pt" for f in figures(text))


@pytest.mark.parametrize(
    ("text", "surface", "value", "counter", "qualifier", "en"),
    [
        ("주가는 6주 연속 하락했다", "6주", 6.0, "주", None, "6 weeks in a row"),
        ("2개월 만에 최고치다", "2개월", 2.0, "개월", None, "2 months"),
        ("매출이 4개월째 줄었다", "4개월", 4.0, "개월", None, "4 months"),
        ("거래가 20분간 중단됐다", "20분간", 20.0, "분", None, "20 minutes"),
        ("16년 만에 최대 폭이다", "16년", 16.0, "년", None, "16 years"),
        ("4년 5개월 만의 발동이다", "4년 5개월", 53.0, "개월", None, "4 years and 5 months"),
        ("2년4개월여 만에 최저로 내려왔다", "2년4개월여", 28.0, "개월", "more_than", "more than 2 years and 4 months"),
        ("설립한 지 근 30년 만이다", "근 30년", 30.0, "년", "approx", "about 30 years"),
        ("5거래일 연속 내렸다", "5거래일", 5.0, "거래일", None, "5 trading days in a row"),
        ("196일 만에 다시 깨졌다", "196일", 196.0, "일", None, "196 days"),
        ("3시간 동안 멈췄다", "3시간", 3.0, "시간", None, "3 hours"),
        ("1년 전보다 늘었다", "1년", 1.0, "년", None, "1 year"),
        ("향후 2주 내로 발표한다", "2주", 2.0, "주", None, "2 weeks"),
    ],
)
def test_durations(text: str, surface: str, value: float, counter: str, qualifier: str | None, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.unit, fig.value, fig.counter, fig.qualifier, fig.en) == (
        surface,
        "quantity",
        "duration",
        value,
        counter,
        qualifier,
        en,
    )


@pytest.mark.parametrize(
    "text",
    [
        "오후 2시 14분께 발동됐다",  # a time of day
        "2025년 경제 전망",  # a year
        "100주를 매도했다",  # shares
        "1달러짜리 상품",  # money
        "10년물 국채 금리",  # a bond's maturity
        "1~2년 내 회복",  # a range of durations is not its top half
    ],
)
def test_not_durations(text: str) -> None:
    assert all(f.unit != "duration" for f in figures(text))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "en"),
    [
        ("공모가는 주당 1960루피로 정해졌다", "1960루피", 1960.0, "INR", "₹1,960"),
        ("주당순이익은 76센트였다", "76센트", 0.76, "USD", "US$0.76"),
        ("매출은 20억 파운드였다", "20억 파운드", 2e9, "GBP", "£2 billion"),
        ("환율은 1,000홍콩달러당", "1,000홍콩달러", 1000.0, "HKD", "HK$1,000"),
    ],
)
def test_more_currencies(text: str, surface: str, value: float, unit: str, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.value, fig.unit, fig.en) == (surface, "money", value, unit, en)


def test_bare_amounts_whose_currency_the_context_gives() -> None:
    text = "시가총액 약 2조달러(약 2900조)가 증발했다. 매출은 350억 달러로 컨센서스 341억을 넘었다."
    assert [(f.surface, f.unit, f.value) for f in figures(text) if f.kind == "money"] == [
        ("약 2조달러", "USD", 2e12),
        ("약 2900조", "KRW", 2.9e15),
        ("350억 달러", "USD", 3.5e10),
        ("341억", "USD", 3.41e10),
    ]
    fig = figures("공모가를 12만→15만원으로 올렸다")
    assert [(f.surface, f.unit, f.value) for f in fig] == [("12만", "KRW", 1.2e5), ("15만원", "KRW", 1.5e5)]
    assert [(f.surface, f.unit) for f in figures("연간 영업이익 12조4000억…전년 대비 늘어")] == [("12조4000억", "KRW")]
    price = figures("주가는 12.5달러(3.1%) 오른 415.20에 마감했다")
    assert [(f.surface, f.unit) for f in price] == [("12.5달러", "USD"), ("3.1%", "%"), ("415.20", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "인구 5000만 명 시대",  # a count with its counter
        "가입자 5000만을 넘었다",  # no money noun
        "2조달러(약 3억)",  # an implausible won equivalent
    ],
)
def test_bare_amounts_without_a_currency_context_are_not_money(text: str) -> None:
    found = figures(text)
    assert [f.surface for f in found if f.kind == "money"] in ([], ["2조달러"])


@pytest.mark.parametrize(
    ("text", "surface", "kind", "qualifier", "en"),
    [
        ("성장률이 2%대로 떨어졌다", "2%대", "percent", "at_least", "in the 2% range"),
        ("주가는 10%대 급등했다", "10%대", "percent", "at_least", "in the 10% range"),
        ("주가는 20만원선에서 거래됐다", "20만원", "money", None, "₩200,000"),
    ],
)
def test_brackets(text: str, surface: str, kind: str, qualifier: str | None, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.qualifier, fig.en) == (surface, kind, qualifier, en)


@pytest.mark.parametrize(
    ("text", "surface", "en"),
    [
        ("시가총액 기준 업계 5위에 올랐다", "5위", "5th place"),
        ("세계 2위 반도체 기업이다", "2위", "2nd place"),
        ("역대 2번째 상승 폭이다", "2번째", "2nd"),
        ("세계 3대 반도체 시장", "3대", "top 3"),
        ("국내 5대 그룹 총수", "5대", "top 5"),
        ("기준금리를 3연속 인하했다", "3연속", "3 in a row"),
        ("올해 2회 인하했다", "2회", "2 times"),
    ],
)
def test_ranks_and_repeats(text: str, surface: str, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.en) == (surface, "count", en)


def test_signed_percentages_keep_their_sign() -> None:
    assert [(f.surface, f.value) for f in figures("매출 (+12% YoY), 순익 -3%")] == [("+12%", 12.0), ("-3%", -3.0)]


def test_a_number_a_float_cannot_hold_is_never_said_rounded() -> None:
    # no figure at all (numbers.py: more than 15 significant digits), or one said digit for digit
    assert all(f.en == "99,999,999,999,999,999%" for f in figures("주가가 99999999999999999% 올랐다"))
    assert only("주가가 123456789012345% 올랐다").en == "123,456,789,012,345%"
    assert all(f.kind != "date" for f in figures("99999년 만에, 2025년 2월 30일"))


def test_large_exact_numbers_stay_exact() -> None:
    fig = only("예산은 846조6875억원이다")
    assert fig.value == 846687500000000.0 and fig.en == "₩846.6875 trillion"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "en"),
    [
        ("연준은 기준금리를 25bp 인하했다", "25bp", "bp", "25 basis points"),
        ("금리를 50 bp 올렸다", "50 bp", "bp", "50 basis points"),
        ("25베이시스포인트 인상", "25베이시스포인트", "bp", "25 basis points"),
    ],
)
def test_basis_points(text: str, surface: str, unit: str, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.unit, fig.en) == (surface, "quantity", unit, en)


@pytest.mark.parametrize(
    ("text", "surface", "value", "en"),
    [
        ("개발 비용은 경쟁사의 10분의 1 수준이다", "10분의 1 수준", 0.1, "about 1/10"),
        ("주주 3분의 2 이상이 찬성했다", "3분의 2 이상", 2 / 3, "at least 2/3"),
    ],
)
def test_fractions(text: str, surface: str, value: float, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.value, fig.en) == (surface, "multiple", value, en)


def test_vehicles_are_counted_not_ranked() -> None:
    assert only("차량 3대 판매에 그쳤다").en == "3 vehicles"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "en"),
    [
        ("산유국들은 하루 200만 배럴을 감산한다", "200만 배럴", "bbl", "2 million barrels"),
        ("철강 100만 톤을 수출했다", "100만 톤", "t", "1 million tonnes"),
        ("1.4GW 규모의 원전", "1.4GW", "GW", "1.4 GW"),
    ],
)
def test_other_quantities(text: str, surface: str, unit: str, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.unit, fig.en) == (surface, "quantity", unit, en)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "en"),
    [
        ("판매량은 약 4배 가까이 뛰었다", "약 4배 가까이", "approx", "about 4x"),
        ("이용자가 거의 2배로 늘었다", "거의 2배", "approx", "about 2x"),
        ("수익이 5배에 가까운 수준이다", "5배에 가까운", "approx", "nearly 5x"),
        ("참가자는 약 300명 이상이었다", "약 300명 이상", "at_least", "at least 300 people"),
        ("속도가 최대 8배 이상 빠르다", "최대 8배 이상", "approx", "about 8x"),  # a ceiling and a floor: no bound kept
    ],
)
def test_a_figure_hedged_twice_has_one_qualifier(text: str, surface: str, qualifier: str, en: str) -> None:
    found = [f for f in figures(text) if f.surface == surface]
    assert [(f.qualifier, f.en) for f in found] == [(qualifier, en)]


def test_a_noun_counted_by_one_figure_does_not_name_the_next() -> None:
    text = "유럽 등 모두 9개 나라 120명이 참여했다"
    assert [(f.surface, f.en) for f in figures(text)] == [("9개", "9 countries"), ("120명", "120 people")]


def test_a_streak_of_years_says_in_a_row() -> None:
    assert [f.en for f in figures("이 대학은 4년 연속 1위에 올랐다")][0] == "4 years in a row"


def test_a_rate_quoted_per_100_yen_keeps_its_base_and_the_base_is_no_figure() -> None:
    found = figures("원·엔 환율은 100엔당 912.30원으로 올랐다.")
    assert [f.surface for f in found] == ["912.30원"]
    assert found[0].en == "₩912.3 per 100 yen"


def test_nearly_is_said_for_gakkai_and_yukbak() -> None:
    assert only("주가는 5% 가까이 올랐다.").en == "nearly 5%"
    assert only("시총이 3조 달러에 육박한 수준이다.").en == "nearly US$3 trillion"
    assert only("약 5% 올랐다.").en == "about 5%"


def test_a_forecast_to_exceed_a_figure_is_more_than_it() -> None:
    fig = only("올해 수출은 7000억 달러를 넘어설 것으로 전망된다.")
    assert fig.qualifier == "more_than" and fig.en.startswith("more than")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier after a figure's gloss in parentheses hedges the figure; its surface stays its own
        ("이익이 48억달러(약 6조9000억원)가량 늘었다", [("48억달러", "approx"), ("약 6조9000억원", "approx")]),
        ("수주액은 20억달러(2조8000억원) 이상이다", [("20억달러", "at_least"), ("2조8000억원", None)]),
        # a parenthesis followed by no qualifier changes nothing
        ("순이익은 2조원(전년 대비 8% 증가)으로 집계됐다", [("2조원", None), ("8%", None)]),
    ],
)
def test_a_qualifier_after_a_gloss_hedges_the_figure_before_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.surface, f.qualifier) for f in figures(text)] == expected


def test_a_count_of_quarters_is_said_in_quarters() -> None:
    assert only("영업이익이 4개 분기 연속 늘었다").en == "4 quarters"
    assert only("1개 분기 만에 흑자로 돌아섰다").en == "1 quarter"


@pytest.mark.parametrize(
    ("text", "surface", "value", "en"),
    [
        ("청약 경쟁률은 845.3대 1을 기록했다", "845.3대 1", 845.3, "845.3 to 1"),
        ("1502 대 1의 경쟁률로 마감", "1502 대 1", 1502.0, "1,502 to 1"),
        ("수요예측 경쟁률이 약 900대 1에 달했다", "약 900대 1", 900.0, "about 900 to 1"),
    ],
)
def test_a_ratio_to_one_by_a_ratio_word_is_a_multiple(text: str, surface: str, value: float, en: str) -> None:
    fig = only(text)
    assert (fig.surface, fig.kind, fig.value, fig.unit, fig.en) == (surface, "multiple", value, "x", en)


def test_a_unit_s_definition_is_no_figure_and_a_range_up_to_a_scaled_number_keeps_its_low_end() -> None:
    assert [f.surface for f in figures("금리는 3bp(1bp=0.01%포인트) 내렸다")] == ["3bp"]
    assert [f.surface for f in figures("매출은 5%(1000억원) 늘었다")] == ["5%", "1000억원"]  # an aside is no definition
    band = only("희망 범위는 5만3000~6만1900원이다")
    assert (band.value, band.high, band.en) == (53000.0, 61900.0, "₩53,000-61,900")
    assert (only("5~6억원").value, only("5~6억원").high) == (5e8, 6e8)


def test_a_week_of_a_month_keeps_the_month_s_value_and_says_the_week() -> None:
    week = figures("11월 셋째 주 통계", "2026-11-20")[0]
    assert (week.surface, week.value, week.en) == ("11월 셋째 주", "2026-11", "the third week of November 2026")
    assert figures("3월 넷째주에 발표", "2026-04-01")[0].en == "the fourth week of March 2026"
    assert figures("11월 주가", "2026-11-20")[0].surface == "11월"  # 주가 (a share price) is no week
