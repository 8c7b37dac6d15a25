"""Facts: given this sentence and its figures, these subjects, measures, changes and dates.

Figures are built by hand here (the figure scanner has its own tests), so these
tests pin only what facts.py decides.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from briefings.analysis.nlp import analyse
from briefings.facts.attribution import entity_mentions, extract_facts, main_entity
from briefings.lexicon import MEASURE_KEYS, measures
from briefings.model import Analysis, Article, Fact, Figure


def _figure(
    text: str, analysis: Analysis, surface: str, kind: str, value: float | str, en: str, nth: int = 0
) -> Figure:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    sentence = next(i for i, s in enumerate(analysis.sentences) if s.start <= start < s.end)
    unit = {"money": "USD", "percent": "%", "count": "count", "multiple": "x", "date": "date", "quantity": "pt"}[kind]
    if kind == "money" and surface.rstrip().endswith("원"):
        unit = "KRW"
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


def test_listed_stock_moves_take_the_date_in_force_and_the_change_of_the_sentence_before() -> None:
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
    # A copular list of examples ("… 등이 대표 사례다") continues the statement before it, and its day.
    assert [_key(f) for f in facts] == [
        (name, "share_price", "rise", "2025-01-31") for name in ("Naver", "Kakao", "ESTsoft", "Douzone Bizon")
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


def test_a_brief_scans_the_gazetteer_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # The main entity, the names of each fact and the events all read the same mentions: one scan per
    # sentence, handed to every stage, and the briefing is the one each stage would build on its own.
    from briefings import pipeline
    from briefings.facts import attribution

    text = "SK하이닉스 주가가 9.86% 급락했다. 엔비디아는 17% 떨어졌다. SK하이닉스는 HBM 공급을 늘린다."
    article = Article(id="t", path="t.txt", title="", text=text)
    analysis = analyse(text)
    alone = extract_facts(article, analysis, pipeline.extract_figures(text, analysis.sentences, None))
    calls: list[int] = []
    real = attribution.entity_mentions

    def counted(*args: object) -> list[attribution.EntityMention]:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(attribution, "entity_mentions", counted)
    briefing = pipeline.brief_from_analysis(article, analysis)
    assert len(calls) == len(analysis.sentences)
    assert briefing.facts[: len(alone)] == alone
    assert any(f.subject == "SK hynix" for f in briefing.facts)


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


# --------------------------------------------------------------------------- the fact vocabulary
# Each rule of the facts stage on sentences written for the test (news style, not from any corpus).


def _fields(f: Fact) -> tuple[str | None, str | None, str | None, str | None]:
    return (f.subject, f.measure, f.role, f.direction)


def test_a_list_of_names_with_figures_in_parentheses_gives_each_its_own() -> None:
    text = "반도체주도 일제히 내렸다. 인텔(-6.2%), 퀄컴(-4.1%), 마이크론 테크놀로지(-3.3%) 등이 하락했다."
    facts, _ = _facts(
        text,
        [("-6.2%", "percent", -6.2, "-6.2%"), ("-4.1%", "percent", -4.1, "-4.1%"), ("-3.3%", "percent", -3.3, "-3.3%")],
    )
    assert [f.subject for f in facts] == ["Intel", "Qualcomm", "Micron"]
    assert [(f.role, f.direction) for f in facts] == [("change", "down")] * 3


def test_a_cause_is_never_the_subject() -> None:
    text = "오픈AI의 충격으로 인해 엔비디아 주가는 12% 급락했다. 미국발 악재에 코스피가 3% 하락했다."
    facts, _ = _facts(text, [("12%", "percent", 12.0, "12%"), ("3%", "percent", 3.0, "3%")])
    assert [_fields(f) for f in facts] == [
        ("NVIDIA", "share_price", "change", "down"),
        ("KOSPI", "index_level", "change", "down"),
    ]


def test_a_modifier_is_not_the_subject() -> None:
    text = "딥시크는 엔비디아 저사양 칩 3000개로 모델을 학습시켰다."
    facts, _ = _facts(text, [("3000개", "count", 3000.0, "3,000")])
    assert facts[0].subject == "DeepSeek" and facts[0].measure == "gpu_count"


def test_an_unknown_proper_noun_stays_korean_and_is_never_replaced_by_a_known_one() -> None:
    text = "엔비디아가 발표했다. 한빛테크놀로지는 주가가 7% 올랐다."
    facts, _ = _facts(text, [("7%", "percent", 7.0, "7%")])
    assert facts[0].subject is None
    assert facts[0].subject_ko is not None and "한빛" in facts[0].subject_ko


def test_an_article_gloss_names_an_unknown_company() -> None:
    text = "미국 반도체 설계업체 래티스반도체(Lattice Semiconductor)는 이날 주가가 9% 떨어졌다."
    facts, _ = _facts(text, [("9%", "percent", 9.0, "9%")])
    assert facts[0].subject == "Lattice Semiconductor"


def test_a_reference_date_is_not_the_event_date() -> None:
    text = "엔비디아 주가는 2020년 3월 이후 최대 낙폭인 15% 하락했다. 코스피는 2024년 8월 5일 2% 올랐다."
    facts, _ = _facts(
        text,
        [
            ("2020년 3월", "date", "2020-03", "March 2020"),
            ("15%", "percent", 15.0, "15%"),
            ("2024년 8월 5일", "date", "2024-08-05", "5 August 2024"),
            ("2%", "percent", 2.0, "2%"),
        ],
    )
    assert [f.date for f in facts] == [None, "2024-08-05"]


def test_a_date_from_another_sentence_needs_an_explicit_link() -> None:
    text = (
        "삼성전자는 8일 실적을 발표했다. 회사 측은 매출이 늘었다고 했다. "
        "이날 삼성전자 주가는 3% 올랐다. 주가는 4% 더 뛰었다."
    )
    analysis = analyse(text)
    specs = [("8일", "date", "2025-01-08", "8 January"), ("3%", "percent", 3.0, "3%"), ("4%", "percent", 4.0, "4%")]
    figures = tuple(sorted((_figure(text, analysis, *s) for s in specs), key=lambda f: f.start))
    undated = extract_facts(Article(id="t", path="t", title="", text=text), analysis, figures)
    # No article date: 이날 is the lead's day; a bare price two sentences on is not dated.
    assert [f.date for f in undated] == ["2025-01-08", None]
    dated = extract_facts(Article(id="t", path="t", title="", text=text, date="2025-01-08"), analysis, figures)
    assert [f.date for f in dated] == ["2025-01-08", "2025-01-08"]  # 이날, and the article's day for a price


def test_levels_changes_and_from_to() -> None:
    text = (
        "테슬라 주가는 전날보다 5.2% 오른 250.5달러에 마감했다. "
        "고려아연은 공개매수 가격을 83만원에서 89만원으로 올렸다. "
        "원/달러 환율은 3.5원 내린 1450.2원에 출발했다."
    )
    facts, _ = _facts(
        text,
        [
            ("5.2%", "percent", 5.2, "5.2%"),
            ("250.5달러", "money", 250.5, "US$250.5"),
            ("83만원", "money", 8.3e5, "₩830,000"),
            ("89만원", "money", 8.9e5, "₩890,000"),
            ("3.5원", "money", 3.5, "₩3.5"),
            ("1450.2원", "money", 1450.2, "₩1,450.2"),
        ],
    )
    assert [(f.measure, f.role, f.direction, f.time_of_day) for f in facts] == [
        ("share_price", "change", "up", "close"),
        ("share_price", "level", "up", "close"),
        ("tender_price", "level", "up", None),
        ("tender_price", "level", "up", None),
        ("exchange_rate", "change", "down", "open"),
        ("exchange_rate", "level", "down", "open"),
    ]
    assert {f.subject for f in facts} == {"Tesla", "Korea Zinc", "won/dollar"}


def test_the_market_price_a_tender_offer_is_compared_with_is_not_the_bidders() -> None:
    # the bidder's own tender price compared with the target's close: the close is a share price,
    # and its owner (the target) is not said in that sentence
    text = (
        "한화솔루션은 자회사 주식을 주당 2만원에 공개매수한다. "
        "공개매수 가격은 전날 종가(1만6000원)보다 25% 높다. "
        "한화솔루션은 공개매수 가격을 기존 공개매수가(1만8000원)보다 높은 2만원으로 정했다."
    )
    facts, _ = _facts(
        text,
        [
            ("2만원", "money", 2e4, "₩20,000"),
            ("1만6000원", "money", 1.6e4, "₩16,000"),
            ("25%", "percent", 25.0, "25%"),
            ("1만8000원", "money", 1.8e4, "₩18,000"),
        ],
    )
    close = [f for f in facts if f.figure == 1]
    assert [(f.measure, f.role, f.subject) for f in close] == [("share_price", "reference", None)]
    earlier_offer = [f for f in facts if f.figure == 3]
    assert [(f.measure, f.role) for f in earlier_offer] == [("tender_price", "reference")]


def test_signed_percentages_and_intraday() -> None:
    text = "이날 장중 한때 코스닥 지수는 -4.5%까지 밀렸다. 오전 10시 현재 비트코인 가격은 1.2% 오른 9만8000달러다."
    facts, _ = _facts(
        text,
        [
            ("-4.5%", "percent", -4.5, "-4.5%"),
            ("1.2%", "percent", 1.2, "1.2%"),
            ("9만8000달러", "money", 9.8e4, "US$98,000"),
        ],
    )
    assert [(f.subject, f.role, f.direction, f.time_of_day) for f in facts] == [
        ("KOSDAQ", "change", "down", "intraday"),
        ("Bitcoin", "change", "up", "intraday"),
        ("Bitcoin", "level", "up", "intraday"),
    ]
    assert facts[1].measure == "crypto_price"


def test_a_currency_equivalent_in_parentheses_is_a_conversion() -> None:
    text = "엔비디아 시가총액은 하루 만에 5000억 달러(약 720조원)가 증발했다."
    facts, figures = _facts(
        text, [("5000억 달러", "money", 5e11, "US$500 billion"), ("약 720조원", "money", 7.2e14, "about ₩720 trillion")]
    )
    assert [(f.subject, f.measure, f.role) for f in facts] == [
        ("NVIDIA", "market_value", "change"),
        ("NVIDIA", "market_value", "conversion"),
    ]
    assert facts[0].direction == "down"
    assert facts[1].equivalent_of == facts[0].figure and figures[facts[0].figure or 0].surface == "5000억 달러"


def test_estimates_keep_their_source_and_actuals_do_not() -> None:
    text = (
        "세미애널리시스에 따르면 딥시크의 하드웨어 투자액은 5억 달러를 넘을 것으로 추정된다. "
        "엔비디아의 매출은 시장 예상치를 웃도는 350억 달러를 기록했다. "
        "LSEG가 전망한 330억 달러보다 많다."
    )
    facts, _ = _facts(
        text,
        [
            ("5억 달러", "money", 5e8, "US$500 million"),
            ("350억 달러", "money", 3.5e10, "US$35 billion"),
            ("330억 달러", "money", 3.3e10, "US$33 billion"),
        ],
    )
    assert (facts[0].role, facts[0].source) == ("estimate", "SemiAnalysis")
    assert (facts[1].subject, facts[1].measure, facts[1].role, facts[1].source) == ("NVIDIA", "revenue", "level", None)
    assert facts[2].subject != "LSEG" and facts[2].role in {"estimate", "reference"}


def test_a_claim_names_who_claims_it() -> None:
    text = "딥시크는 모델 학습에 600만 달러만 들었다고 주장했다."
    facts, _ = _facts(text, [("600만 달러", "money", 6e6, "US$6 million")])
    assert (facts[0].subject, facts[0].role, facts[0].source) == ("DeepSeek", "claim", "DeepSeek")


def test_thresholds_and_past_records() -> None:
    text = (
        "비트코인 가격이 처음으로 10만 달러 고지를 넘어섰다. 코스피는 장중 2,500선을 내줬다. "
        "환율이 1480원대를 넘어선 것은 장중 1488원까지 치솟았던 2009년 이후 처음이다."
    )
    facts, _ = _facts(
        text,
        [
            ("10만 달러", "money", 1e5, "US$100,000"),
            ("2,500선", "quantity", 2500.0, "2,500"),
            ("1480원대", "money", 1480.0, "₩1,480"),
            ("1488원", "money", 1488.0, "₩1,488"),
            ("2009년", "date", "2009", "2009"),
        ],
    )
    assert [(f.subject, f.role) for f in facts] == [
        ("Bitcoin", "threshold"),
        ("KOSPI", "threshold"),
        ("won/dollar", "threshold"),
        ("won/dollar", "reference"),
    ]
    assert [f.direction for f in facts[:2]] == ["up", "down"]


def test_a_relative_clause_subject_is_not_the_figure_s() -> None:
    text = "한국은 미국이 고르는 사업에 3500억 달러를 투자하기로 했다."
    facts, _ = _facts(text, [("3500억 달러", "money", 3.5e11, "US$350 billion")])
    assert (facts[0].subject, facts[0].measure) == ("South Korea", "investment")


def test_a_shared_subject_is_no_one_s_alone() -> None:
    text = "삼성전자와 SK하이닉스가 5% 넘게 하락했다."
    facts, _ = _facts(text, [("5%", "percent", 5.0, "5%")])
    assert facts[0].subject is None


def test_a_segment_is_not_the_company() -> None:
    text = (
        "엔비디아는 실적을 발표했다. 엔비디아가 웃었다. 엔비디아 얘기다. "
        "데이터센터 매출이 58% 늘어난 264억 달러로 집계됐다."
    )
    facts, _ = _facts(text, [("58%", "percent", 58.0, "58%"), ("264억 달러", "money", 2.64e10, "US$26.4 billion")])
    assert [f.subject for f in facts] == [None, None]
    assert [(f.measure, f.role) for f in facts] == [("revenue", "change"), ("revenue", "level")]


def test_the_fact_vocabulary_is_closed() -> None:
    text = "코스피는 2% 올랐다. 엔비디아 주가는 3% 내렸다. 딥시크는 GPU 2000개를 썼다."
    facts, _ = _facts(
        text, [("2%", "percent", 2.0, "2%"), ("3%", "percent", 3.0, "3%"), ("2000개", "count", 2e3, "2,000")]
    )
    roles = {"level", "change", "conversion", "threshold", "reference", "estimate", "claim", "date", None}
    for f in facts:
        assert f.measure in MEASURE_KEYS and f.role in roles and f.direction in {"up", "down", None}
        assert f.time_of_day in {"close", "open", "intraday", None}


def test_parallel_lists_share_the_verb() -> None:
    text = "현대차는 실적을 냈다. 현대차 얘기다. 현대차가 웃었다. 매출은 12.5%, 영업이익은 30.2% 각각 증가했다."
    facts, _ = _facts(text, [("12.5%", "percent", 12.5, "12.5%"), ("30.2%", "percent", 30.2, "30.2%")])
    assert [(f.subject, f.measure, f.role, f.direction) for f in facts] == [
        ("Hyundai Motor", "revenue", "change", "up"),
        ("Hyundai Motor", "operating_profit", "change", "up"),
    ]


def test_a_company_s_own_announced_figure_is_its_own() -> None:
    text = "이날 기아가 발표한 3분기 매출액은 27조원이다."
    facts, _ = _facts(text, [("27조원", "money", 2.7e13, "₩27 trillion")])
    assert (facts[0].subject, facts[0].measure, facts[0].role, facts[0].source) == ("Kia", "revenue", "level", None)


def test_next_year_figures_are_forecasts_and_promises_are_not() -> None:
    text = "테슬라는 내년 판매가 20% 이상 성장할 것이라고 밝혔다. 한국은 미국에 1000억 달러를 지급할 것이라고 말했다."
    facts, _ = _facts(text, [("20%", "percent", 20.0, "20%"), ("1000억 달러", "money", 1e11, "US$100 billion")])
    assert [f.role for f in facts] == ["estimate", "level"]
    assert facts[0].source == "Tesla"


def test_comparison_bases_and_past_records_are_references() -> None:
    text = (
        "순이익은 작년 동기(18억 달러)보다 17% 증가했다. 매출은 전망치(400억 달러)보다 많았다. "
        "상승폭은 2016년 7월 12일의 19.8%에 이어 두 번째다."
    )
    facts, _ = _facts(
        text,
        [
            ("18억 달러", "money", 1.8e9, "US$1.8 billion"),
            ("17%", "percent", 17.0, "17%"),
            ("400억 달러", "money", 4e10, "US$40 billion"),
            ("2016년 7월 12일", "date", "2016-07-12", "12 July 2016"),
            ("19.8%", "percent", 19.8, "19.8%"),
        ],
    )
    assert [f.role for f in facts] == ["reference", "change", "reference", "reference"]
    assert facts[3].date == "2016-07-12"


def test_spans_of_time_are_levels_without_subject_and_dated_by_the_article() -> None:
    text = "유가증권시장에 매매 정지가 걸린 것은 2020년 3월 17일 이래 4년 5개월 만의 일이다."
    analysis = analyse(text)
    start = text.index("4년 5개월")
    span = Figure(
        surface="4년 5개월",
        start=start,
        end=start + 6,
        sentence=0,
        kind="quantity",
        value=4.42,
        unit="duration",
        en="4 years 5 months",
    )
    d0 = text.index("2020년 3월 17일")
    date = Figure(
        surface="2020년 3월 17일",
        start=d0,
        end=d0 + 12,
        sentence=0,
        kind="date",
        value="2020-03-17",
        unit="date",
        en="17 March 2020",
    )
    article = Article(id="t", path="t", title="", text=text, date="2024-08-05")
    fact = extract_facts(article, analysis, (date, span))[0]
    assert (fact.subject, fact.measure, fact.role, fact.date) == (None, "duration", "level", "2024-08-05")


def test_a_generic_index_subject_is_decided_by_its_level_or_left_open() -> None:
    text = (
        "코스피는 2,400.5에 마감했다. 코스닥 지수는 690.2에 마감했다. "
        "지수는 2,450.3으로 출발했다. 지수는 크게 흔들렸다며 3% 내렸다."
    )
    analysis = analyse(text)
    specs = [("2,400.5", 2400.5), ("690.2", 690.2), ("2,450.3", 2450.3)]
    figures = [
        Figure(
            surface=s,
            start=text.index(s),
            end=text.index(s) + len(s),
            sentence=i,
            kind="quantity",
            value=v,
            unit="pt",
            en=s,
        )
        for i, (s, v) in enumerate(specs)
    ]
    p = text.index("3%")
    figures.append(Figure(surface="3%", start=p, end=p + 2, sentence=3, kind="percent", value=3.0, unit="%", en="3%"))
    facts = extract_facts(Article(id="t", path="t", title="", text=text), analysis, tuple(figures))
    assert [f.subject for f in facts] == ["KOSPI", "KOSDAQ", "KOSPI", None]


def test_a_chip_maker_is_not_the_owner_of_the_chips() -> None:
    text = "딥시크는 엔비디아 칩 5만개를 보유하고 있다. 딥시크는 엔비디아의 H800 칩 2000개를 썼다."
    facts, _ = _facts(text, [("5만개", "count", 5e4, "50,000"), ("2000개", "count", 2e3, "2,000")])
    assert [(f.subject, f.measure) for f in facts] == [("DeepSeek", "gpu_count")] * 2


def test_an_undated_move_takes_the_article_s_day_only_when_the_lead_names_no_other_day() -> None:
    text = "엔비디아 주가는 27일(현지시간) 17% 폭락했다. 오라클(-13.8%)도 급락했다."
    analysis = analyse(text)
    specs = [("27일", "date", "2025-01-27", "27 January"), ("17%", "percent", 17.0, "17%")]
    figures = [_figure(text, analysis, *spec) for spec in specs]
    s = text.index("-13.8%")
    figures.append(
        Figure(surface="-13.8%", start=s, end=s + 6, sentence=1, kind="percent", value=-13.8, unit="%", en="-13.8%")
    )
    figures.sort(key=lambda f: f.start)
    same_day = extract_facts(
        Article(id="t", path="t", title="", text=text, date="2025-01-27"), analysis, tuple(figures)
    )
    assert [f.date for f in same_day] == ["2025-01-27", "2025-01-27"]
    next_day = extract_facts(
        Article(id="t", path="t", title="", text=text, date="2025-01-28"), analysis, tuple(figures)
    )
    assert [f.date for f in next_day] == ["2025-01-27", None]  # the US day or Korea's: unsure


def test_a_title_a_possibility_and_a_comparison_day() -> None:
    text = (
        "엔비디아 시총 846조원 증발…딥시크 쇼크\n"
        "블룸버그통신은 딥시크의 실제 개발비가 410억~780억 달러에 달할 수 있다고 보도했다. "
        "코스피는 전날보다 19.43포인트 내린 2517.37에 장을 마쳤다."
    )
    analysis = analyse(text)
    specs = [
        ("846조원", "money", 8.46e14, "₩846 trillion"),
        ("410억~780억 달러", "money", 4.1e10, "US$41-78 billion"),
        ("전날", "date", "2025-01-30", "30 January"),
        ("19.43포인트", "quantity", 19.43, "19.43 points"),
        ("2517.37", "quantity", 2517.37, "2,517.37"),
    ]
    figures = tuple(sorted((_figure(text, analysis, *s) for s in specs), key=lambda f: f.start))
    facts = extract_facts(Article(id="t", path="t", title="", text=text, date="2025-01-31"), analysis, figures)
    assert [(f.subject, f.measure, f.role) for f in facts] == [
        ("NVIDIA", "market_value", "change"),
        ("DeepSeek", "development_cost", "estimate"),
        ("KOSPI", "index_level", "change"),
        ("KOSPI", "index_level", "level"),
    ]
    assert facts[1].source == "Bloomberg"
    assert [f.date for f in facts[2:]] == ["2025-01-31"] * 2  # "전날보다" is the base, the move is the day's


def test_times_of_day_follow_the_nearest_words() -> None:
    text = (
        "환율은 1455.2원에 출발한 후 1470원을 돌파했다. "
        "현대차 인도법인 주가는 장중 6.4%까지 밀린 끝에 912루피에 마감됐다. "
        "비트코인 시가총액은 2조 달러를 넘었다."
    )
    facts, _ = _facts(
        text,
        [
            ("1455.2원", "money", 1455.2, "₩1,455.2"),
            ("1470원", "money", 1470.0, "₩1,470"),
            ("6.4%", "percent", 6.4, "6.4%"),
            ("912루피", "money", 912.0, "₹912"),
            ("2조 달러", "money", 2e12, "US$2 trillion"),
        ],
    )
    assert [f.time_of_day for f in facts] == ["open", "intraday", "intraday", "close", None]
    assert facts[4].measure == "market_value"  # 시가총액 is no opening price (시가)


def test_headlines_name_their_topic_without_particles() -> None:
    text = "[속보] 이더리움, 사상 첫 5000달러 돌파\n테슬라 주가 12%↑…3분기 호실적\n고려아연, 공개매수가 83만→89만원"
    facts, _ = _facts(
        text,
        [
            ("5000달러", "money", 5e3, "US$5,000"),
            ("12%", "percent", 12.0, "12%"),
            ("83만", "money", 8.3e5, "₩830,000"),
            ("89만원", "money", 8.9e5, "₩890,000"),
        ],
    )
    assert [(f.subject, f.role, f.direction) for f in facts] == [
        ("Ethereum", "threshold", "up"),
        ("Tesla", "change", "up"),
        ("Korea Zinc", "level", "up"),
        ("Korea Zinc", "level", "up"),
    ]


def test_a_bare_policy_rate_belongs_to_the_one_central_bank_named() -> None:
    one = "한국은행 금융통화위원회가 회의를 열었다. 기준금리를 연 2.75%로 인하했다."
    facts, _ = _facts(one, [("2.75%", "percent", 2.75, "2.75%")])
    assert (facts[0].subject, facts[0].measure) == ("Bank of Korea", "interest_rate")
    two = "연준과 한국은행이 주목받았다. 기준금리를 연 2.75%로 인하했다."
    facts, _ = _facts(two, [("2.75%", "percent", 2.75, "2.75%")])
    assert facts[0].subject is None


def test_a_regular_session_move_then_a_further_after_hours_move() -> None:
    # "정규장에서 … 내린 뒤 … 시간외 거래에서 … 추가 하락": the time after 뒤 belongs to the second move, not the
    # first (정규장 is the regular session, not its close: it names no time of day), and "추가" (a further move)
    # keeps the second a change.
    text = "애플 주가는 정규장에서 0.9% 내린 뒤 장 마감 후 시간외 거래에서 2.3% 추가 하락했다."
    facts, _ = _facts(text, [("0.9%", "percent", 0.9, "0.9%"), ("2.3%", "percent", 2.3, "2.3%")])
    assert [(f.subject, f.measure, f.role, f.direction, f.time_of_day) for f in facts] == [
        ("Apple", "share_price", "change", "down", None),
        ("Apple", "share_price", "change", "down", "after_hours"),
    ]


def test_pushed_down_to_a_level_is_a_fall_to_it() -> None:
    # "밀리며" / "밀렸다": pushed down to the level, as "떨어졌다"
    for text in ("코스닥 지수는 장중 한때 812.40까지 밀리며 약세를 보였다.", "코스닥 지수는 장중 812.40까지 밀렸다."):
        facts, _ = _facts(text, [("812.40", "quantity", 812.4, "812.4")])
        assert [(f.role, f.direction, f.time_of_day) for f in facts] == [("level", "down", "intraday")], text


def test_a_headline_clause_after_an_ellipsis_has_its_own_subject() -> None:
    # "코스닥 900선 회복…셀트리온 4%↑": the second clause's figure is the stock's, not the index's
    text = "코스닥, 기관 매수에 900선 회복…셀트리온 4%↑"
    facts, _ = _facts(text, [("900선", "quantity", 900.0, "900"), ("4%", "percent", 4.0, "4%")])
    assert facts[1].subject == "Celltrion" and facts[1].measure == "share_price"


def test_the_trade_ministry_reports_the_economys_exports_it_does_not_export() -> None:
    text = "산업통상자원부는 지난달 수출이 583억 달러로 1년 전보다 4.6% 늘었다고 밝혔다."
    facts, _ = _facts(text, [("583억 달러", "money", 5.83e10, "US$58.3 billion"), ("4.6%", "percent", 4.6, "4.6%")])
    assert [(f.subject, f.measure) for f in facts] == [("South Korea", "exports"), ("South Korea", "exports")]


def test_an_item_of_the_release_is_not_the_economy() -> None:
    text = "산업통상자원부는 선박 수출이 31억 달러로 1년 전보다 12.6% 늘었다고 밝혔다."
    facts, _ = _facts(text, [("31억 달러", "money", 3.1e9, "US$3.1 billion"), ("12.6%", "percent", 12.6, "12.6%")])
    assert all(f.subject != "South Korea" for f in facts)
    text = "산업통상자원부는 반도체 수출이 158억 달러로 늘었다고 밝혔다."
    facts, _ = _facts(text, [("158억 달러", "money", 1.58e10, "US$15.8 billion")])
    assert facts[0].subject not in {"South Korea", "Ministry of Trade, Industry and Energy"}


def test_a_market_is_where_shares_are_net_bought_not_who_buys_them() -> None:
    text = "이날 코스닥 시장에서 기관투자가는 870억원을 순매수했다."
    facts, _ = _facts(text, [("870억원", "money", 8.7e10, "₩87 billion")])
    assert (facts[0].subject, facts[0].measure) == ("institutional investors", "net_buying")
    text = "코스닥 시장에서 870억원이 순매수됐다."
    facts, _ = _facts(text, [("870억원", "money", 8.7e10, "₩87 billion")])
    assert facts[0].subject is None
