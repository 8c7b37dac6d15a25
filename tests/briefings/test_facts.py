"""Facts: given this sentence and its figures, these subjects, measures, changes and dates.

Figures are built by hand here (the figure scanner has its own tests), so these
tests pin only what facts.py decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefings.facts.attribution import entity_mentions, extract_facts, main_entity
from briefings.lexicon import MEASURE_KEYS, measures
from briefings.model import Analysis, Article, Fact, Figure
from briefings.analysis.nlp import analyse


def _figure(
    text: str, analysis: Analysis, surface: str, kind: str, value: float | str, en: str, nth: int = 0
) -> Figure:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    sentence = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    unit = {"money": "USD", "percent": "%", "count": "count", "multiple": "x", "date": "date"}[kind]
    return Figure(surface=surface, start=start, end=end, sentence=sentence, kind=kind, value=value, unit=unit, en=en)


def _facts(
    text: str, specs: Sequence[tuple[str, str, float | str, str]]
) -> tuple[tuple[Fact, ...], tuple[Figure, ...]]:
    analysis = analyse(text)
    figures = tuple(_figure(text, analysis, *spec) for spec in specs)
    figures = tuple(sorted(figures, key=lambda f: f.start))
    article = Article(id="t", path="t.txt", title="", text=text)
    return extract_facts(article, analysis, figures), figures


def _key(f: Fact) -> tuple[str | None, str | None, str | None, str | None]:
    return (f.subject, f.measure, f.change, f.date)


def test_yonhap_sentence_gives_share_price_fall_and_market_value_loss_on_the_27th() -> None:
    text = (
        "지난달 20일 세상에 모습을 드러낸 추론 AI 모델 '딥시크 R1'은 극한의 '가성비'로 돌풍을 일으켰고, "
        "이 여파에 AI 칩 대표주 엔비디아는 같은 달 27일 하루에만 주가가 17% 폭락하며 시가총액 846조원이 증발했다."
    )
    facts, figures = _facts(
        text,
        [
            ("지난달 20일", "date", "2025-01-20", "20 January 2025"),
            ("같은 달 27일", "date", "2025-01-27", "27 January 2025"),
            ("17%", "percent", 17.0, "17%"),
            ("846조원", "money", 8.46e14, "₩846 trillion"),
        ],
    )
    assert [_key(f) for f in facts] == [
        ("NVIDIA", "share_price", "fall", "2025-01-27"),
        ("NVIDIA", "market_value", "lose", "2025-01-27"),
    ]
    assert [figures[f.figure].surface for f in facts if f.figure is not None] == ["17%", "846조원"]


def test_one_fact_per_non_date_figure() -> None:
    text = "엔비디아 주가는 2025년 1월 27일 17% 하락했다."
    facts, figures = _facts(
        text, [("2025년 1월 27일", "date", "2025-01-27", "27 January 2025"), ("17%", "percent", 17.0, "17%")]
    )
    assert len(facts) == 1 and figures[facts[0].figure or 0].kind == "percent"


def test_nvidia_case_market_value_range() -> None:
    text = (
        "엔비디아의 경우 하루 만에 시가총액이 5,890억~6,000억 달러 나 감소하며 "
        "미국 증시 역사상 최대 일일 하락액을 기록했습니다."
    )
    facts, _ = _facts(text, [("5,890억~6,000억 달러", "money", 5.89e11, "US$589-600 billion")])
    assert [_key(f)[:3] for f in facts] == [("NVIDIA", "market_value", "lose")]


def test_less_than_ten_billion_won_is_development_cost() -> None:
    text = "하지만 딥시크는 100억 원도 채 들지 않은 비용으로 챗GPT, 구글 제미니와 비슷한 성능을 보여주었습니다."
    facts, _ = _facts(text, [("100억 원도 채 들지 않은", "money", 1e10, "less than ₩10 billion")])
    assert [_key(f)[:3] for f in facts] == [("DeepSeek", "development_cost", "cost")]


def test_product_stands_for_its_maker_and_paired_amounts_share_the_fact() -> None:
    text = (
        "딥시크가 공개한 R1의 AI 모델은 고성능 AI 능력을 발휘하면서도 "
        "개발 비용이 약 560만 달러(약 80억 원)로 매우 낮습니다."
    )
    facts, _ = _facts(
        text,
        [("약 560만 달러", "money", 5.6e6, "about US$5.6 million"), ("약 80억 원", "money", 8e9, "about ₩8 billion")],
    )
    assert [_key(f)[:2] for f in facts] == [("DeepSeek", "development_cost")] * 2


def test_gpus_used_and_held_fall_back_to_the_main_entity_only_where_allowed() -> None:
    text = (
        "딥시크(DeepSeek)가 모델을 공개했습니다. 딥시크는 중국 기업입니다. 딥시크의 성능은 놀랍습니다.\n"
        "더욱 놀라운 것은 겨우 560만 달러 라는 저렴한 개발 비용과 "
        "구형 GPU(H800) 2048개만으로 이루어낸 성과라는 점입니다. "
        "물론 이후 스케일 AI CEO 알렉산더 완의 CNBC 인터뷰를 통해 "
        "딥시크가 고성능 GPU(H100) 5만 개를 보유하고 있다는 사실이 밝혀졌습니다. "
        "주가가 3% 올랐다."
    )
    facts, _ = _facts(
        text,
        [
            ("560만 달러", "money", 5.6e6, "US$5.6 million"),
            ("2048개", "count", 2048.0, "2,048 GPUs"),
            ("5만 개", "count", 5e4, "50,000 GPUs"),
            ("3%", "percent", 3.0, "3%"),
        ],
    )
    assert [_key(f)[:3] for f in facts] == [
        ("DeepSeek", "development_cost", "cost"),
        ("DeepSeek", "gpu_count", "use"),
        ("DeepSeek", "gpu_count", "hold"),
        (None, "share_price", "rise"),  # a share price is never pinned on the main entity by default
    ]


def test_negated_cost_word_is_skipped_and_suspicion_is_hedged() -> None:
    text = (
        "딥시크가 주목받았다. 딥시크는 화제다. 딥시크 얘기다.\n"
        "게다가 560만 달러는 전체 개발 비용이 아닌 학습 비용일 가능성도 제기되었죠."
    )
    facts, _ = _facts(text, [("560만 달러", "money", 5.6e6, "US$5.6 million")])
    assert _key(facts[0])[:2] == ("DeepSeek", "training_cost")
    assert facts[0].hedged


def test_market_size_value_reach_and_anaphoric_growth() -> None:
    text = (
        "현재 추론용 AI 반도체 시장 규모는 60억 달러로 평가되지만, "
        "전문가들은 이 시장이 2030년까지 1430억 달러에 이를 것으로 전망하고 있습니다. "
        "이는 무려 24배 이상의 폭발적 성장을 의미합니다."
    )
    facts, _ = _facts(
        text,
        [
            ("60억 달러", "money", 6e9, "US$6 billion"),
            ("2030년까지", "date", "2030", "by 2030"),
            ("1430억 달러", "money", 1.43e11, "US$143 billion"),
            ("24배 이상", "multiple", 24.0, "at least 24x"),
        ],
    )
    assert [_key(f) for f in facts] == [
        ("inference AI chip market", "market_size", "value", None),
        ("inference AI chip market", "market_size", "reach", "2030"),
        ("inference AI chip market", "market_size", "grow", None),
    ]


def test_listed_stock_moves_take_the_change_of_the_sentence_before_but_no_unlinked_date() -> None:
    text = (
        "이런 기대감은 지난달 31일 증시에서도 나타났다.\n\n"
        "소프트웨어 기업들은 하락장에서도 오히려 몸값이 뛰었다.\n\n"
        "네이버[035420](6.13%), 카카오[035720](7.27%), "
        "이스트소프트[047560](11.24%), 더존비즈온[012510](4.25%) 등이 대표 사례다."
    )
    facts, _ = _facts(
        text,
        [
            ("지난달 31일", "date", "2025-01-31", "31 January 2025"),
            ("6.13%", "percent", 6.13, "6.13%"),
            ("7.27%", "percent", 7.27, "7.27%"),
            ("11.24%", "percent", 11.24, "11.24%"),
            ("4.25%", "percent", 4.25, "4.25%"),
        ],
    )
    # The 31st is two sentences back and nothing links it ("이날", "당일"): the moves stay undated.
    assert [_key(f) for f in facts] == [
        (name, "share_price", "rise", None) for name in ("Naver", "Kakao", "ESTsoft", "Douzone Bizon")
    ]
    assert [(f.role, f.direction) for f in facts] == [("change", "up")] * 4


def test_a_heading_ends_the_date_in_force() -> None:
    text = "2025년 1월 27일 엔비디아 주가가 17% 폭락했다.\n엔비디아의 반등\n엔비디아 주가는 9% 상승했다."
    facts, _ = _facts(
        text,
        [
            ("2025년 1월 27일", "date", "2025-01-27", "27 January 2025"),
            ("17%", "percent", 17.0, "17%"),
            ("9%", "percent", 9.0, "9%"),
        ],
    )
    assert [_key(f) for f in facts] == [
        ("NVIDIA", "share_price", "fall", "2025-01-27"),
        ("NVIDIA", "share_price", "rise", None),
    ]


def test_near_misses_do_not_become_subjects() -> None:
    text = "메타버스 기업의 주가가 5% 하락했다. 딥시크와 같은 기업의 주가가 4% 올랐다."
    facts, _ = _facts(text, [("5%", "percent", 5.0, "5%"), ("4%", "percent", 4.0, "4%")])
    assert [f.subject for f in facts] == [None, None]


def test_entity_mentions_respect_token_edges() -> None:
    text = "메타버스와 메타의 라마, 나스닥 종합지수와 한국 증시"
    analysis = analyse(text)
    found = [
        m.entity.en
        for s, t in zip(analysis.sentences, analysis.tokens, strict=True)
        for m in entity_mentions(text, s, t)
    ]
    assert found == ["Meta", "Llama", "Nasdaq Composite", "Korean stock market"]


def test_main_entity_needs_a_clear_lead() -> None:
    text = "딥시크가 왔다. 딥시크가 떴다. 딥시크가 컸다. 엔비디아가 흔들렸다."
    assert main_entity(text, analyse(text)) == "DeepSeek"
    even = "딥시크가 왔다. 엔비디아가 왔다. 딥시크가 떴다. 엔비디아가 떴다. 딥시크가 컸다. 엔비디아가 컸다."
    assert main_entity(even, analyse(even)) is None


def test_measure_vocabulary_is_the_fixed_one() -> None:
    assert tuple(m.key for m in measures()) == MEASURE_KEYS


def test_the_longer_cue_names_the_measure_and_a_bare_cost_is_not_development_cost() -> None:
    text = "딥시크는 학습 비용으로 560만 달러를 들였다. 딥시크는 운영 비용으로 100억 달러를 썼다."
    facts, _ = _facts(
        text, [("560만 달러", "money", 5.6e6, "US$5.6 million"), ("100억 달러", "money", 1e10, "US$10 billion")]
    )
    assert [f.measure for f in facts] == ["training_cost", None]
