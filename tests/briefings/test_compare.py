"""compare(): topics, verdicts and reasons on small hand-built article sets."""

from __future__ import annotations

import math

import pytest
from compare_builder import claim, fact, fig, make

from briefings.comparison.topics import compare
from briefings.comparison.intervals import figure_interval, stated_step
from briefings.model import Briefing, Comparison, Topic

FALL = "엔비디아 주가가 17% 폭락했다."


def nvidia_fall(
    article_id: str,
    surface: str,
    value: float,
    date: str | None,
    sentence: str | None = None,
    subject: str = "NVIDIA",
    measure: str = "share_price",
    change: str = "fall",
) -> Briefing:
    text = sentence or f"엔비디아 주가가 {surface} 하락했다."
    return make(article_id, [text], [fig(0, surface, "percent", value, "%")], [fact(0, subject, measure, change, date)])


def figure_topics(c: Comparison) -> list[Topic]:
    return [t for t in c.topics if t.kind == "figure"]


def only_topic(c: Comparison) -> Topic:
    topics = figure_topics(c)
    assert len(topics) == 1, [t.label_en for t in topics]
    return topics[0]


# --------------------------------------------------------------------------- precision and grouping


def test_same_percentage_on_the_same_day_agrees_and_says_so() -> None:
    c = compare([nvidia_fall(f"00{i}_x", "17%", 17.0, "2025-01-27") for i in (1, 2, 3)])
    t = only_topic(c)
    assert t.status == "agree"
    assert t.reason == "All 3 sources say 17%"
    assert t.label_en == "NVIDIA share-price fall on 27 January 2025"
    assert t.label_ko == "엔비디아 주가 하락 (2025-01-27)"
    assert [m.article for m in t.mentions] == ["001_x", "002_x", "003_x"]
    assert t.mentions[0].text == "엔비디아 주가가 17% 하락했다."


def test_rounded_percentage_agrees_with_precise_one() -> None:
    t = only_topic(
        compare([nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "16.97%", 16.97, "2025-01-27")])
    )
    assert t.status == "agree"
    assert "a says 17%; b says 16.97%" in t.reason


def test_different_percentages_disagree_with_sides() -> None:
    t = only_topic(
        compare(
            [
                nvidia_fall("a", "17%", 17.0, "2025-01-27"),
                nvidia_fall("b", "17%", 17.0, "2025-01-27"),
                nvidia_fall("c", "12%", 12.0, "2025-01-27"),
            ]
        )
    )
    assert t.status == "disagree"
    assert [(s.label_en, s.articles) for s in t.sides] == [("12%", ("c",)), ("17%", ("a", "b"))]
    assert t.reason == "c says 12%; a and b say 17%: differ"
    assert {m.article: m.side for m in t.mentions} == {"a": "17%", "b": "17%", "c": "12%"}


def test_precise_values_outside_each_others_precision_disagree() -> None:
    t = only_topic(
        compare([nvidia_fall("a", "16.9%", 16.9, "2025-01-27"), nvidia_fall("b", "16.97%", 16.97, "2025-01-27")])
    )
    assert t.status == "disagree"


def test_about_widens_the_tolerance() -> None:
    plain = [nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "18%", 18.0, "2025-01-27")]
    assert only_topic(compare(plain)).status == "disagree"
    about = [nvidia_fall("a", "약 17%", 17.0, "2025-01-27"), nvidia_fall("b", "18%", 18.0, "2025-01-27")]
    about[0] = make(
        "a",
        ["엔비디아 주가가 약 17% 하락했다."],
        [fig(0, "약 17%", "percent", 17.0, "%", "about 17%", qualifier="approx")],
        [fact(0, "NVIDIA", "share_price", "fall", "2025-01-27")],
    )
    assert only_topic(compare(about)).status == "agree"


def test_different_dates_never_merge() -> None:
    c = compare([nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "17%", 17.0, "2025-01-28")])
    topics = figure_topics(c)
    assert sorted(t.date for t in topics) == ["2025-01-27", "2025-01-28"]  # type: ignore[type-var]
    assert {t.status for t in topics} == {"single"}


def test_different_companies_do_not_match() -> None:
    c = compare(
        [nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "17%", 17.0, "2025-01-27", subject="Broadcom")]
    )
    assert sorted(t.subject for t in figure_topics(c)) == ["Broadcom", "NVIDIA"]  # type: ignore[type-var]
    assert {t.status for t in c.topics} == {"single"}


def test_different_measures_do_not_match() -> None:
    c = compare(
        [
            nvidia_fall("a", "17%", 17.0, "2025-01-27"),
            nvidia_fall("b", "17%", 17.0, "2025-01-27", measure="market_value"),
        ]
    )
    assert sorted(t.measure for t in figure_topics(c)) == ["market_value", "share_price"]  # type: ignore[type-var]
    assert {t.status for t in c.topics} == {"single"}


def test_rise_and_fall_are_different_topics_but_fall_and_lose_are_one() -> None:
    c = compare([nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "9%", 9.0, "2025-01-27", change="rise")])
    assert len(figure_topics(c)) == 2
    c = compare(
        [nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "17%", 17.0, "2025-01-27", change="plunge")]
    )
    assert only_topic(c).status == "agree"


def test_undated_statement_joins_the_dated_event() -> None:
    c = compare(
        [
            nvidia_fall("001", "17%", 17.0, "2025-01-27"),
            nvidia_fall("002", "17%", 17.0, None),
            nvidia_fall("003", "17%", 17.0, "2025-01-27"),
        ]
    )
    t = only_topic(c)
    assert t.status == "agree" and t.date == "2025-01-27"
    undated = next(m for m in t.mentions if m.article == "002")
    assert undated.note and "no date" in undated.note


def test_undated_statement_with_two_dated_events_joins_the_one_it_agrees_with() -> None:
    c = compare(
        [
            nvidia_fall("a", "17%", 17.0, "2025-01-27"),
            nvidia_fall("b", "3%", 3.0, "2025-02-03"),
            nvidia_fall("c", "17%", 17.0, None),
        ]
    )
    by_date = {t.date: t for t in figure_topics(c)}
    assert set(by_date) == {"2025-01-27", "2025-02-03"}
    assert {m.article for m in by_date["2025-01-27"].mentions} == {"a", "c"}


def test_undated_statement_stays_apart_when_ambiguous() -> None:
    c = compare(
        [
            nvidia_fall("a", "17%", 17.0, "2025-01-27"),
            nvidia_fall("b", "17%", 17.0, "2025-02-03"),
            nvidia_fall("c", "17%", 17.0, None),
        ]
    )
    assert sorted(str(t.date) for t in figure_topics(c)) == ["2025-01-27", "2025-02-03", "None"]


# --------------------------------------------------------------------------- ranges, qualifiers, currencies


def market_value_usd(article_id: str = "001") -> Briefing:
    s = "엔비디아의 경우 하루 만에 시가총액이 5,890억~6,000억 달러 나 감소했다."
    return make(
        article_id,
        [s],
        [fig(0, "5,890억~6,000억 달러", "money", 589e9, "USD", "US$589-600 billion", high=600e9)],
        [fact(0, "NVIDIA", "market_value", "fall", None)],
        date="2025-02-10",
    )


def market_value_krw(article_id: str = "003", value: float = 846e12, surface: str = "846조원") -> Briefing:
    s = f"엔비디아는 같은 달 27일 하루에만 주가가 17% 폭락하며 시가총액 {surface}이 증발했다."
    return make(
        article_id,
        [s],
        [fig(0, surface, "money", value, "KRW", f"₩{value / 1e12:g} trillion")],
        [fact(0, "NVIDIA", "market_value", "lose", "2025-01-27")],
        date="2025-02-01",
    )


def test_a_value_inside_a_range_agrees_after_conversion_with_the_table_rate() -> None:
    t = only_topic(compare([market_value_usd(), market_value_krw()]))
    assert t.status == "agree"
    assert t.reason.startswith("001 says US$589-600 billion; 003 says ₩846 trillion ≈ US$591 billion at ₩1,431/US$")
    krw = next(m for m in t.mentions if m.article == "003")
    assert krw.note is not None and "table rate of 2025-01-24" in krw.note


def test_conversion_far_outside_the_range_disagrees() -> None:
    t = only_topic(compare([market_value_usd(), market_value_krw(value=500e12, surface="500조원")]))
    assert t.status == "disagree"


def cost_usd_paired(article_id: str = "002") -> Briefing:
    s = "개발 비용이 약 560만 달러(약 80억 원)로 매우 낮습니다."
    return make(
        article_id,
        [s],
        [
            fig(0, "약 560만 달러", "money", 5.6e6, "USD", "about US$5.6 million", qualifier="approx"),
            fig(0, "약 80억 원", "money", 8e9, "KRW", "about ₩8 billion", qualifier="approx"),
        ],
        [fact(0, "DeepSeek", "development_cost", "cost"), fact(1, "DeepSeek", "development_cost", "cost")],
    )


def cost_less_than_krw(
    article_id: str = "004", surface: str = "100억 원도 채 들지 않은", value: float = 10e9
) -> Briefing:
    s = f"하지만 딥시크는 {surface} 비용으로 비슷한 성능을 보여주었습니다."
    return make(
        article_id,
        [s],
        [fig(0, surface, "money", value, "KRW", f"less than ₩{value / 1e9:g} billion", qualifier="less_than")],
        [fact(0, "DeepSeek", "development_cost", "cost")],
    )


def cost_usd(article_id: str = "001", surface: str = "560만 달러", value: float = 5.6e6) -> Briefing:
    s = f"겨우 {surface} 라는 저렴한 개발 비용이었다."
    return make(
        article_id,
        [s],
        [fig(0, surface, "money", value, "USD", f"US${value / 1e6:g} million")],
        [fact(0, "DeepSeek", "development_cost", "cost")],
    )


def test_less_than_an_amount_agrees_with_a_smaller_amount_in_another_currency() -> None:
    t = only_topic(compare([cost_usd(), cost_usd_paired(), cost_less_than_krw()]))
    assert t.status == "agree"
    assert "004 says less than ₩10 billion ≈ US$7" in t.reason
    assert "paired in 002" in (next(m for m in t.mentions if m.article == "004").note or "")


def test_rate_from_a_pair_in_the_corpus_is_preferred_and_shown() -> None:
    c = compare([cost_usd_paired(), cost_less_than_krw()])
    t = only_topic(c)
    assert "₩1,429/US$" in t.reason
    assert any("paired in 002: 약 560만 달러(약 80억 원)" in n for n in c.notes)


def test_less_than_an_amount_disagrees_with_a_larger_one() -> None:
    t = only_topic(compare([cost_usd(surface="1,000만 달러", value=10e6), cost_less_than_krw()]))
    assert t.status == "disagree"


def test_single_source_topic_says_who() -> None:
    t = only_topic(compare([cost_usd()]))
    assert t.status == "single"
    assert t.reason == "Only 001 says US$5.6 million"
    assert t.label_en == "DeepSeek development cost" and t.label_ko == "딥시크 개발 비용"


def test_money_and_percent_of_the_same_measure_are_not_compared() -> None:
    a = nvidia_fall("a", "17%", 17.0, "2025-01-27", measure="market_value")
    t = compare([a, market_value_krw("b")])
    assert len(figure_topics(t)) == 2


def test_facts_without_subject_or_measure_make_no_topic() -> None:
    a = make("a", ["17% 하락."], [fig(0, "17%", "percent", 17.0, "%")], [fact(0, None, "share_price", "fall")])
    assert compare([a]).topics == ()


# --------------------------------------------------------------------------- order, claims, self-inconsistency


def chips(article_id: str, polarity: bool, hedged: bool = False) -> Briefing:
    s = "딥시크는 엔비디아의 고성능 GPU 없이도 모델을 구현했다." if polarity else "딥시크는 H800 2048개로 학습했다."
    return make(
        article_id,
        [s],
        [],
        [
            claim(
                0,
                "built_without_nvidia_chips",
                polarity,
                hedged=hedged,
                cue="GPU … 없이" if polarity else "H800 (NVIDIA GPU)",
            )
        ],
    )


def test_claim_disagreement_names_each_side() -> None:
    c = compare([chips("001", False), chips("002", True), chips("003", True), chips("004", True)])
    t = next(t for t in c.topics if t.kind == "claim")
    assert t.status == "disagree"
    sides = {s.label_en: s.articles for s in t.sides}
    assert sides == {"used or holds NVIDIA GPUs": ("001",), "without NVIDIA's high-end chips": ("002", "003", "004")}
    assert t.reason == (
        "001 says DeepSeek used or holds NVIDIA GPUs; "
        "002, 003 and 004 say DeepSeek built its models without NVIDIA's high-end chips: differ"
    )
    assert next(m for m in t.mentions if m.article == "001").note == "H800 (NVIDIA GPU)"


def test_claim_agreement_and_single() -> None:
    c = compare([chips("002", True), chips("004", True)])
    assert [t.status for t in c.topics] == ["agree"]
    assert compare([chips("002", True)]).topics[0].status == "single"


def test_claim_hedges_are_reported() -> None:
    c = compare([chips("001", False, hedged=True), chips("002", True)])
    assert "001 only hedged" in c.topics[0].reason


def stance(article_id: str, value: str) -> Briefing:
    s = "R1은 o1을 넘어서는 성능이다." if value == "surpasses" else "R1은 o1에 맞먹는 성능이다."
    return make(article_id, [s], [], [claim(0, "r1_vs_o1", value == "surpasses", subject="DeepSeek R1", stance=value)])


def test_stance_disagreement() -> None:
    t = compare([stance("000", "surpasses"), stance("003", "matches"), stance("002", "matches")]).topics[0]
    assert t.status == "disagree"
    assert {s.label_en: s.articles for s in t.sides} == {"surpasses": ("000",), "matches": ("003", "002")}


def release(article_id: str, date: str) -> Briefing:
    return make(
        article_id,
        ["지난달 20일 R1이 공개됐다."],
        [],
        [claim(0, "r1_release_date", True, subject="DeepSeek R1", date=date)],
    )


def test_release_date_single_then_disagree() -> None:
    assert compare([release("003", "2025-01-20")]).topics[0].reason == "Only 003 says 20 January 2025"
    t = compare([release("003", "2025-01-20"), release("005", "2025-01-22")]).topics[0]
    assert t.status == "disagree"


def growth(article_id: str, multiple: str, value: float, qualifier: str | None, en: str) -> Briefing:
    s1 = "시장 규모는 60억 달러로 평가되지만, 2030년까지 1430억 달러에 이를 것으로 전망된다."
    s2 = f"이는 무려 {multiple}의 폭발적 성장을 의미한다."
    return make(
        article_id,
        [s1, s2],
        [
            fig(0, "60억 달러", "money", 6e9, "USD", "US$6 billion"),
            fig(0, "2030년", "date", "2030", "date"),
            fig(0, "1430억 달러", "money", 143e9, "USD", "US$143 billion"),
            fig(1, multiple, "multiple", value, "x", en, qualifier=qualifier),
        ],
        [
            fact(0, "inference AI chip market", "market_size", "reach"),
            fact(2, "inference AI chip market", "market_size", "reach", "2030"),
        ],
    )


def test_stated_multiple_contradicting_own_amounts_is_flagged() -> None:
    c = compare([growth("000", "24배 이상", 24.0, "at_least", "at least 24x")])
    flagged = [t for t in c.topics if t.kind == "self_inconsistency"]
    assert len(flagged) == 1
    t = flagged[0]
    assert t.status == "disagree"
    assert t.reason == "US$6 billion → US$143 billion is 23.8x (an increase of 22.8x), not at least 24x (24배 이상)"
    assert [m.surface for m in t.mentions] == ["60억 달러", "1430억 달러", "24배 이상"]
    assert t.subject == "inference AI chip market"
    assert c.topics[0] is t  # disagreements come first


@pytest.mark.parametrize(
    ("surface", "value", "qualifier"),
    [("24배", 24.0, None), ("약 24배", 24.0, "approx"), ("23배 이상", 23.0, "at_least")],
)
def test_multiples_that_fit_the_amounts_are_not_flagged(surface: str, value: float, qualifier: str | None) -> None:
    c = compare([growth("000", surface, value, qualifier, surface)])
    assert [t for t in c.topics if t.kind == "self_inconsistency"] == []


def test_percentage_change_checked_against_adjacent_amounts() -> None:
    s = "매출은 100억 원에서 150억 원으로 30% 증가했다."
    bad = make(
        "a",
        [s],
        [
            fig(0, "100억 원", "money", 10e9, "KRW"),
            fig(0, "150억 원", "money", 15e9, "KRW"),
            fig(0, "30%", "percent", 30.0, "%"),
        ],
    )
    assert [t.kind for t in compare([bad]).topics] == ["self_inconsistency"]
    good = make(
        "a",
        [s.replace("30%", "50%")],
        [
            fig(0, "100억 원", "money", 10e9, "KRW"),
            fig(0, "150억 원", "money", 15e9, "KRW"),
            fig(0, "50%", "percent", 50.0, "%"),
        ],
    )
    assert compare([good]).topics == ()


def test_percentage_without_change_word_or_with_ambiguous_amounts_is_not_checked() -> None:
    s = "네이버(6.13%)와 카카오(7.27%)가 올랐고 100억 원, 150억 원, 200억 원이 오갔다."
    a = make(
        "a",
        [s],
        [
            fig(0, "6.13%", "percent", 6.13, "%"),
            fig(0, "100억 원", "money", 10e9, "KRW"),
            fig(0, "150억 원", "money", 15e9, "KRW"),
            fig(0, "200억 원", "money", 20e9, "KRW"),
        ],
    )
    assert compare([a]).topics == ()


def test_order_is_disagree_then_agree_then_single() -> None:
    c = compare(
        [
            cost_usd("a"),  # single
            nvidia_fall("a", "17%", 17.0, "2025-01-27"),
            nvidia_fall("b", "17%", 17.0, "2025-01-27"),  # agree
            chips("a", True),
            chips("b", False),  # disagree
        ]
    )
    assert [t.status for t in c.topics] == ["disagree", "agree", "single"]


def test_topic_ids_are_unique_and_stable() -> None:
    arts = [nvidia_fall("a", "17%", 17.0, "2025-01-27"), cost_usd("b"), chips("c", True)]
    first = [t.id for t in compare(arts).topics]
    assert len(set(first)) == len(first)
    assert first == [t.id for t in compare(arts).topics]


# --------------------------------------------------------------------------- intervals


def test_stated_step_reads_scale_words_and_decimals() -> None:
    assert stated_step("17%") == 1
    assert stated_step("16.97%") == pytest.approx(0.01)
    assert stated_step("560만 달러") == 1e4
    assert stated_step("5,890억~6,000억 달러") == 1e8
    assert stated_step("1조 2,000억 원") == 1e8
    assert stated_step("US$5.6 million") == pytest.approx(1e5)


def test_qualifier_bounds_are_exact() -> None:
    iv = figure_interval(
        make("a", ["24배 이상"], [fig(0, "24배 이상", "multiple", 24.0, "x", qualifier="at_least")]).figures[0]
    )
    assert iv is not None and iv.lo == 24.0 and math.isinf(iv.hi)


# --------------------------------------------------------------------------- scale


def synthetic_corpus(n: int) -> list[Briefing]:
    """``n`` articles on a few dozen subjects, each with a figure fact and a claim."""
    out = []
    for i in range(n):
        subject = f"Company {i % 50}"
        pct = 10 + (i % 7)
        b = make(
            f"{i:05d}_s",
            [f"{subject} 주가가 {pct}% 하락했다.", "딥시크는 엔비디아의 GPU 없이도 모델을 구현했다."],
            [fig(0, f"{pct}%", "percent", float(pct), "%")],
            [
                fact(0, subject, "share_price", "fall", "2025-01-27" if i % 3 else None),
                claim(1, "built_without_nvidia_chips", i % 5 != 0),
            ],
        )
        out.append(b)
    return out


def test_a_thousand_articles_give_one_topic_per_subject_and_event() -> None:
    c = compare(synthetic_corpus(1000))
    figures = figure_topics(c)
    assert len(figures) == 50  # undated statements joined their subject's one dated event
    assert sum(len(t.mentions) for t in figures) == 1000
    assert all(t.status == "disagree" for t in figures)  # 7 different percentages per subject
    assert [t.kind for t in c.topics].count("claim") == 1


# --------------------------------------------------------------------------- the seeds, end to end


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    import briefings

    articles, _ = briefings.load_paths()
    return compare(list(briefings.brief_many(articles)))


def _topic(c: Comparison, kind: str, **where: object) -> Topic:
    found = [t for t in c.topics if t.kind == kind and all(getattr(t, k) == v for k, v in where.items())]
    assert len(found) == 1, [t.label_en for t in found]
    return found[0]


def _sources(t: Topic) -> set[str]:
    return {m.article[:3] for m in t.mentions}


def test_seed_nvidia_fall_agrees_across_001_002_003(seeds: Comparison) -> None:
    t = _topic(seeds, "figure", subject="NVIDIA", measure="share_price", date="2025-01-27")
    assert t.status == "agree" and _sources(t) == {"001", "002", "003"}
    assert t.reason == "All 3 sources say 17%"


def test_seed_market_value_usd_range_agrees_with_krw(seeds: Comparison) -> None:
    t = _topic(seeds, "figure", subject="NVIDIA", measure="market_value")
    assert t.status == "agree" and _sources(t) == {"001", "003"}
    assert "003 says ₩846 trillion ≈ US$" in t.reason and "/US$" in t.reason


def test_seed_development_cost_agrees_across_001_002_004(seeds: Comparison) -> None:
    t = _topic(seeds, "figure", subject="DeepSeek", measure="development_cost")
    assert t.status == "agree" and _sources(t) == {"001", "002", "004"}


def test_seed_chip_question_is_a_disagreement_with_sides(seeds: Comparison) -> None:
    t = _topic(seeds, "claim", id="claim-built-without-nvidia-chips-deepseek")
    assert t.status == "disagree"
    sides = {s.label_en: {a[:3] for a in s.articles} for s in t.sides}
    assert sides == {"used or holds NVIDIA GPUs": {"001"}, "without NVIDIA's high-end chips": {"002", "003", "004"}}


def test_seed_r1_versus_o1_is_a_disagreement_with_sides(seeds: Comparison) -> None:
    t = _topic(seeds, "claim", id="claim-r1-vs-o1-deepseek-r1")
    assert t.status == "disagree"
    sides = {s.label_en: {a[:3] for a in s.articles} for s in t.sides}
    assert sides["surpasses"] == {"000"} and {"002", "003"} <= sides["matches"]


def test_seed_r1_release_date_is_single(seeds: Comparison) -> None:
    t = _topic(seeds, "claim", id="claim-r1-release-date-deepseek-r1")
    assert t.status == "single" and t.reason == "Only 003 says 20 January 2025"


def test_seed_growth_multiple_of_000_is_self_inconsistent(seeds: Comparison) -> None:
    t = _topic(seeds, "self_inconsistency")
    assert _sources(t) == {"000"} and t.status == "disagree"
    assert "23.8x" in t.reason and "24배 이상" in t.reason


def test_seed_disagreements_come_first(seeds: Comparison) -> None:
    statuses = [t.status for t in seeds.topics]
    assert statuses == sorted(statuses, key=["disagree", "agree", "single"].index)


# --------------------------------------------------------------------------- odd input


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_values_make_no_topic_and_no_crash(value: float) -> None:
    a = nvidia_fall("a", "17%", value, "2025-01-27")
    b = nvidia_fall("b", "17%", 17.0, "2025-01-27")
    t = only_topic(compare([a, b]))
    assert t.status == "single" and [m.article for m in t.mentions] == ["b"]


def test_zero_amount_pair_gives_no_rate_and_no_division_by_zero() -> None:
    s = "개발 비용이 0 달러(약 80억 원)였다."
    a = make(
        "a",
        [s],
        [fig(0, "0 달러", "money", 0.0, "USD"), fig(0, "80억 원", "money", 8e9, "KRW")],
        [fact(0, "DeepSeek", "development_cost", "cost"), fact(1, "DeepSeek", "development_cost", "cost")],
    )
    c = compare([a, cost_less_than_krw()])
    assert c.notes == ()
    assert only_topic(c).status in {"agree", "disagree"}


def test_fact_pointing_past_the_figures_is_ignored() -> None:
    a = make(
        "a", ["엔비디아 주가가 17% 하락했다."], [], [fact(5, "NVIDIA", "share_price", "fall", "2025-01-27", sentence=0)]
    )
    assert compare([a]).topics == ()


def test_empty_input() -> None:
    c = compare([])
    assert c.topics == () and c.articles == ()


def test_labels_do_not_repeat_a_word_the_subject_ends_with() -> None:
    a = make(
        "a",
        ["시장 규모는 60억 달러다."],
        [fig(0, "60억 달러", "money", 6e9, "USD", "US$6 billion")],
        [fact(0, "inference AI chip market", "market_size", "reach")],
    )
    t = only_topic(compare([a]))
    assert (t.label_ko, t.label_en) == ("추론용 AI 반도체 시장 규모", "Inference AI chip market size")


def test_every_claim_mention_says_its_side() -> None:
    t = compare([chips("002", True), chips("004", True)]).topics[0]
    assert {m.side for m in t.mentions} == {"without NVIDIA's high-end chips"}


def test_reasons_stay_short_with_many_sources() -> None:
    arts = [nvidia_fall(f"{i:03d}", "17%", 17.0, "2025-01-27") for i in range(40)]
    arts += [nvidia_fall(f"{i:03d}", "16.97%", 16.97, "2025-01-27") for i in range(40, 50)]
    t = only_topic(compare(arts))
    assert t.status == "agree"
    assert t.reason == "All 50 sources agree: 17% (40 sources), 16.97% (10 sources)"
    arts.append(nvidia_fall("999", "3%", 3.0, "2025-01-27"))
    t = only_topic(compare(arts))
    assert t.reason == "999 says 3%; 000, 001, 002 and 47 others say 17% / 16.97%: differ"


def test_one_source_giving_two_values_for_one_event_is_pointed_out() -> None:
    a = make(
        "a",
        ["주가가 17% 하락했다.", "주가가 12% 하락했다."],
        [fig(0, "17%", "percent", 17.0, "%"), fig(1, "12%", "percent", 12.0, "%")],
        [
            fact(0, "NVIDIA", "share_price", "fall", "2025-01-27"),
            fact(1, "NVIDIA", "share_price", "fall", "2025-01-27"),
        ],
    )
    t = only_topic(compare([a]))
    assert t.status == "single" and "differ within that one source" in t.reason


def test_previous_sentence_amounts_count_only_after_an_anaphor() -> None:
    s1 = "A사 매출은 100억 원, B사 매출은 150억 원이었다."
    figs = [fig(0, "100억 원", "money", 10e9, "KRW"), fig(0, "150억 원", "money", 15e9, "KRW")]
    unrelated = make("a", [s1, "주가는 30% 상승했다."], [*figs, fig(1, "30%", "percent", 30.0, "%")])
    assert compare([unrelated]).topics == ()
    related = make("a", [s1, "이는 30% 증가한 것이다."], [*figs, fig(1, "30%", "percent", 30.0, "%")])
    assert [t.kind for t in compare([related]).topics] == ["self_inconsistency"]


def test_amounts_on_different_subjects_are_not_checked_against_a_multiple() -> None:
    s = "A사는 60억 달러, B사는 1430억 달러로 24배 이상 차이가 난다."
    a = make(
        "a",
        [s],
        [
            fig(0, "60억 달러", "money", 6e9, "USD"),
            fig(0, "1430억 달러", "money", 143e9, "USD"),
            fig(0, "24배 이상", "multiple", 24.0, "x", qualifier="at_least"),
        ],
        [fact(0, "A", "market_value"), fact(1, "B", "market_value")],
    )
    assert [t for t in compare([a]).topics if t.kind == "self_inconsistency"] == []


def test_two_agreeing_sources_are_both_sources() -> None:
    t = only_topic(compare([nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "17%", 17.0, "2025-01-27")]))
    assert t.reason == "Both sources say 17%"
    assert compare([chips("002", True), chips("004", True)]).topics[0].reason == (
        "Both sources say DeepSeek built its models without NVIDIA's high-end chips"
    )


def test_gpu_counts_are_labelled_as_what_the_subject_used_or_holds() -> None:
    used = make(
        "a",
        ["GPU 2048개를 사용했다."],
        [fig(0, "2048개", "count", 2048.0, "count")],
        [fact(0, "DeepSeek", "gpu_count", "use")],
    )
    held = make(
        "b",
        ["GPU 5만 개를 보유했다."],
        [fig(0, "5만 개", "count", 5e4, "count")],
        [fact(0, "DeepSeek", "gpu_count", "hold")],
    )
    labels = sorted((t.label_en, t.label_ko) for t in compare([used, held]).topics)
    assert labels == [("GPUs DeepSeek holds", "딥시크 GPU 보유"), ("GPUs DeepSeek used", "딥시크 GPU 사용")]


def test_names_that_open_in_lower_case_are_not_capitalised() -> None:
    a = make("a", ["o1 점유율은 3%다."], [fig(0, "3%", "percent", 3.0, "%")], [fact(0, "o1", "index_level")])
    assert only_topic(compare([a])).label_en.startswith("o1 ")
