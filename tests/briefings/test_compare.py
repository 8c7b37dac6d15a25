"""compare(): topics, verdicts and reasons on small hand-built article sets."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from compare_builder import claim, fact, fig, make

from briefings.comparison.intervals import figure_interval, stated_step
from briefings.comparison.topics import compare
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
    time_of_day: str | None = "close",
    role: str | None = "change",
) -> Briefing:
    text = sentence or f"엔비디아 주가가 {surface} 하락했다."
    facts = [fact(0, subject, measure, change, date, role=role, time_of_day=time_of_day)]
    return make(article_id, [text], [fig(0, surface, "percent", value, "%")], facts)


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
    assert t.label_en == "NVIDIA share-price fall at the close on 27 January 2025"
    assert t.label_ko == "엔비디아 주가 종가 기준 하락 (2025-01-27)"
    assert (t.subject, t.measure, t.role, t.date, t.time_of_day, t.direction) == (
        "NVIDIA",
        "share_price",
        "change",
        "2025-01-27",
        "close",
        "down",
    )
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
        [fact(0, "NVIDIA", "share_price", "fall", "2025-01-27", role="change", time_of_day="close")],
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


def test_an_undated_share_price_move_is_a_related_figure_not_a_verdict() -> None:
    # 29 January's 5% fall must never be set against 27 January's 17% because one source gives no date.
    c = compare(
        [
            nvidia_fall("001", "17%", 17.0, "2025-01-27"),
            nvidia_fall("002", "5%", 5.0, None),
            nvidia_fall("003", "17%", 17.0, "2025-01-27"),
        ]
    )
    t = only_topic(c)
    assert t.status == "agree" and {m.article for m in t.mentions} == {"001", "003"}
    (related,) = c.related
    assert related.status == "related" and [m.article for m in related.mentions] == ["002"]
    assert "no event date" in related.reason


def test_different_moments_of_one_day_are_different_topics() -> None:
    c = compare(
        [
            nvidia_fall("a", "17%", 17.0, "2025-01-27", time_of_day="close"),
            nvidia_fall("b", "10%", 10.0, "2025-01-27", time_of_day="intraday"),
            nvidia_fall("c", "12%", 12.0, "2025-01-27", time_of_day="intraday"),
        ]
    )
    topics = figure_topics(c)
    assert sorted(str(t.time_of_day) for t in topics) == ["close", "intraday", "intraday"]
    assert {t.status for t in topics} == {"single"}  # intraday moves are several moments: no disagreement


def test_a_move_of_unknown_moment_agrees_but_never_disagrees() -> None:
    same = [nvidia_fall(x, "17%", 17.0, "2025-01-27", time_of_day=None) for x in ("a", "b")]
    assert only_topic(compare(same)).status == "agree"
    apart = [
        nvidia_fall("a", "5%", 5.0, "2025-05-28", time_of_day=None),
        nvidia_fall("b", "4%", 4.0, "2025-05-28", time_of_day=None),
    ]
    assert {t.status for t in figure_topics(compare(apart))} == {"single"}


def test_a_signed_percentage_is_a_direction_not_another_value() -> None:
    a = make(
        "a",
        ["엔비디아 주가는 -9.86%를 기록했다."],
        [fig(0, "-9.86%", "percent", -9.86, "%")],
        [fact(0, "NVIDIA", "share_price", None, "2025-01-27", role="change", time_of_day="close")],
    )
    b = nvidia_fall("b", "9.86%", 9.86, "2025-01-27")
    t = only_topic(compare([a, b]))
    assert t.status == "agree" and t.direction == "down"


def test_a_figure_without_a_role_is_related_only() -> None:
    c = compare([nvidia_fall(x, "17%", 17.0, "2025-01-27", role=None) for x in ("a", "b")])
    assert figure_topics(c) == [] and [t.status for t in c.related] == ["related"]
    assert "no role" in c.related[0].reason


# --------------------------------------------------------------------------- ranges, qualifiers, currencies


def market_value_usd(article_id: str = "001") -> Briefing:
    s = "엔비디아의 경우 하루 만에 시가총액이 5,890억~6,000억 달러 나 감소했다."
    return make(
        article_id,
        [s],
        [fig(0, "5,890억~6,000억 달러", "money", 589e9, "USD", "US$589-600 billion", high=600e9)],
        [fact(0, "NVIDIA", "market_value", "fall", "2025-01-27", role="change", direction="down")],
        date="2025-02-10",
    )


def market_value_krw(article_id: str = "003", value: float = 846e12, surface: str = "846조원") -> Briefing:
    s = f"엔비디아는 같은 달 27일 하루에만 주가가 17% 폭락하며 시가총액 {surface}이 증발했다."
    return make(
        article_id,
        [s],
        [fig(0, surface, "money", value, "KRW", f"₩{value / 1e12:g} trillion")],
        [fact(0, "NVIDIA", "market_value", "lose", "2025-01-27", role="change", direction="down")],
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
        [
            fact(0, "DeepSeek", "development_cost", "cost", role="level"),
            fact(1, "DeepSeek", "development_cost", "cost", role="level"),
        ],
    )


def cost_less_than_krw(
    article_id: str = "004", surface: str = "100억 원도 채 들지 않은", value: float = 10e9
) -> Briefing:
    s = f"하지만 딥시크는 {surface} 비용으로 비슷한 성능을 보여주었습니다."
    return make(
        article_id,
        [s],
        [fig(0, surface, "money", value, "KRW", f"less than ₩{value / 1e9:g} billion", qualifier="less_than")],
        [fact(0, "DeepSeek", "development_cost", "cost", role="level")],
    )


def cost_usd(article_id: str = "001", surface: str = "560만 달러", value: float = 5.6e6) -> Briefing:
    s = f"겨우 {surface} 라는 저렴한 개발 비용이었다."
    return make(
        article_id,
        [s],
        [fig(0, surface, "money", value, "USD", f"US${value / 1e6:g} million")],
        [fact(0, "DeepSeek", "development_cost", "cost", role="level")],
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
            fact(0, "inference AI chip market", "market_size", "reach", role="level"),
            fact(2, "inference AI chip market", "market_size", "reach", "2030", role="estimate"),
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
    revenue = [
        fact(0, "A Corp", "revenue", date="2023", role="level"),
        fact(1, "A Corp", "revenue", date="2024", role="level"),
    ]
    bad = make(
        "a",
        [s],
        [
            fig(0, "100억 원", "money", 10e9, "KRW"),
            fig(0, "150억 원", "money", 15e9, "KRW"),
            fig(0, "30%", "percent", 30.0, "%"),
        ],
        revenue,
    )
    assert [t.kind for t in compare([bad]).topics if t.kind == "self_inconsistency"] == ["self_inconsistency"]
    good = make(
        "a",
        [s.replace("30%", "50%")],
        [
            fig(0, "100억 원", "money", 10e9, "KRW"),
            fig(0, "150억 원", "money", 15e9, "KRW"),
            fig(0, "50%", "percent", 50.0, "%"),
        ],
        revenue,
    )
    assert [t for t in compare([good]).topics if t.kind == "self_inconsistency"] == []


def test_a_growth_rate_is_not_checked_across_measures_or_without_facts() -> None:
    # "₩97.1 trillion → ₩47.2 trillion is 51.4%, not 101.2%" compared revenue with operating profit.
    s = "매출은 97조1000억 원, 영업이익은 47조2000억 원으로 101.2% 증가했다."
    figs = [
        fig(0, "97조1000억 원", "money", 97.1e12, "KRW"),
        fig(0, "47조2000억 원", "money", 47.2e12, "KRW"),
        fig(0, "101.2%", "percent", 101.2, "%"),
    ]
    mixed = make(
        "a",
        [s],
        figs,
        [fact(0, "B Corp", "revenue", role="level"), fact(1, "B Corp", "operating_profit", role="level")],
    )
    assert [t for t in compare([mixed]).topics if t.kind == "self_inconsistency"] == []
    assert [t for t in compare([make("a", [s], figs)]).topics if t.kind == "self_inconsistency"] == []


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
    assert stated_step("1조 2,000억 원") == 1e11  # 1.2조, rounded: the zeros after 조 are not digits written
    assert stated_step("1조 2,345억 원") == 1e8
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
                fact(0, subject, "share_price", "fall", "2025-01-27", role="change", time_of_day="close"),
                claim(1, "built_without_nvidia_chips", i % 5 != 0),
            ],
        )
        out.append(b)
    return out


def test_a_thousand_articles_give_one_topic_per_subject_and_event() -> None:
    c = compare(synthetic_corpus(1000))
    figures = figure_topics(c)
    assert len(figures) == 50  # one topic per subject and event
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


def test_seed_nvidia_fall_agrees_across_the_sources_that_date_it(seeds: Comparison) -> None:
    # 001 and 003 date the 17% fall (27 January); 002 says only "딥시크의 발표 이후": no verdict for it.
    t = _topic(seeds, "figure", subject="NVIDIA", measure="share_price", date="2025-01-27")
    assert t.status == "agree" and {"001", "003"} <= _sources(t)
    assert t.reason.endswith("say 17%")
    undated = [m for r in seeds.related for m in r.mentions if m.article.startswith("002") and m.surface == "17%"]
    assert undated or "002" in _sources(t)


def test_seed_market_value_usd_range_and_krw_are_compared_only_on_one_key(seeds: Comparison) -> None:
    # 001's "하루 만에 시가총액이 5,890억~6,000억 달러 나 감소" and 003's "27일 … 시가총액 846조원이 증발":
    # one fact when the facts give both one key (then they agree, ₩846 trillion ≈ US$591 billion);
    # never a disagreement; whatever is not compared is still shown (a row, the market day, related).
    def says(a: str) -> bool:
        return any(
            m.article.startswith(a) and m.surface in ("5,890억~6,000억 달러", "846조원")
            for t in (*seeds.topics, *seeds.related)
            for m in t.mentions
        )

    topics = [t for t in seeds.topics if t.kind == "figure" and t.subject == "NVIDIA" and t.measure == "market_value"]
    assert all(t.status != "disagree" for t in topics)
    both = [t for t in topics if _sources(t) == {"001", "003"}]
    if both:
        assert both[0].status == "agree" and "003 says ₩846 trillion ≈ US$" in both[0].reason
    assert says("001") and says("003")


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
        [
            fact(0, "DeepSeek", "development_cost", "cost", role="level"),
            fact(1, "DeepSeek", "development_cost", "cost", role="level"),
        ],
    )
    c = compare([a, cost_less_than_krw()])
    assert c.notes == ()
    assert figure_topics(c) and {t.status for t in figure_topics(c)} <= {"agree", "disagree", "single"}


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
        [fact(0, "inference AI chip market", "market_size", "reach", role="level")],
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
    arts.append(nvidia_fall("999", "12%", 12.0, "2025-01-27"))
    t = only_topic(compare(arts))
    assert t.reason == "999 says 12%; 000, 001, 002 and 47 others say 17% / 16.97%: differ"


def test_one_source_giving_two_values_for_one_event_is_pointed_out() -> None:
    a = make(
        "a",
        ["주가가 17% 하락했다.", "주가가 12% 하락했다."],
        [fig(0, "17%", "percent", 17.0, "%"), fig(1, "12%", "percent", 12.0, "%")],
        [
            fact(0, "NVIDIA", "share_price", "fall", "2025-01-27", role="change", time_of_day="close"),
            fact(1, "NVIDIA", "share_price", "fall", "2025-01-27", role="change", time_of_day="close"),
        ],
    )
    t = only_topic(compare([a]))
    assert t.status == "single" and "differ within that one source" in t.reason


def test_previous_sentence_amounts_count_only_after_an_anaphor() -> None:
    s1 = "A사 매출은 100억 원, B사 매출은 150억 원이었다."
    figs = [fig(0, "100억 원", "money", 10e9, "KRW"), fig(0, "150억 원", "money", 15e9, "KRW")]
    revenue = [
        fact(0, "A Corp", "revenue", date="2023", role="level"),
        fact(1, "A Corp", "revenue", date="2024", role="level"),
    ]
    unrelated = make("a", [s1, "주가는 30% 상승했다."], [*figs, fig(1, "30%", "percent", 30.0, "%")], revenue)
    assert [t for t in compare([unrelated]).topics if t.kind == "self_inconsistency"] == []
    related = make("a", [s1, "이는 30% 증가한 것이다."], [*figs, fig(1, "30%", "percent", 30.0, "%")], revenue)
    assert [t.kind for t in compare([related]).topics if t.kind == "self_inconsistency"] == ["self_inconsistency"]


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
        [fact(0, "DeepSeek", "gpu_count", "use", role="level")],
    )
    held = make(
        "b",
        ["GPU 5만 개를 보유했다."],
        [fig(0, "5만 개", "count", 5e4, "count")],
        [fact(0, "DeepSeek", "gpu_count", "hold", role="level")],
    )
    labels = sorted((t.label_en, t.label_ko) for t in compare([used, held]).topics)
    assert labels == [("GPUs DeepSeek holds", "딥시크 GPU 보유"), ("GPUs DeepSeek used", "딥시크 GPU 사용")]


def test_names_that_open_in_lower_case_are_not_capitalised() -> None:
    a = make(
        "a",
        ["o1 점유율은 3%다."],
        [fig(0, "3%", "percent", 3.0, "%")],
        [fact(0, "o1", "index_level", date="2025-01-27", role="level", time_of_day="close")],
    )
    assert only_topic(compare([a])).label_en.startswith("o1 ")


# --------------------------------------------------------------------------- complete keys, several values, near misses


def zinc(article_id: str, before: str, before_value: float, after: str = "3조2245억원") -> Briefing:
    s = f"공개매수 규모는 {before}에서 {after}으로 늘었다."
    return make(
        article_id,
        [s],
        [
            fig(0, before, "money", before_value, "KRW"),
            fig(0, after, "money", 3.2245e12, "KRW"),
        ],
        [
            fact(0, "Korea Zinc", "deal_value", role="level", date="2024-10-11"),
            fact(1, "Korea Zinc", "deal_value", role="level", date="2024-10-11"),
        ],
    )


def test_a_key_with_two_values_per_source_gives_one_topic_per_value_and_finds_the_near_miss() -> None:
    c = compare(
        [
            zinc("a", "2조6635억원", 2.6635e12),
            zinc("b", "2조 6634억 원", 2.6634e12),
            zinc("e", "2조6635억원", 2.6635e12),
        ]
    )
    topics = figure_topics(c)
    assert sorted(t.status for t in topics) == ["agree", "disagree"]
    near = next(t for t in topics if t.status == "disagree")
    assert [(s.label_ko, s.articles) for s in near.sides] == [("2조 6634억 원", ("b",)), ("2조6635억원", ("a", "e"))]
    same = next(t for t in topics if t.status == "agree")
    assert {m.surface for m in same.mentions} == {"3조2245억원"} and "one of several values" in same.reason


def test_values_far_apart_in_a_many_valued_key_are_no_disagreement() -> None:
    # Before and after (15.5% -> 17.5% in one source, 18% -> 20% in another): four values, no dispute.
    def stake(article_id: str, a: str, va: float, b: str, vb: float) -> Briefing:
        return make(
            article_id,
            [f"지분율은 {a}에서 {b}로 오른다."],
            [fig(0, a, "percent", va, "%"), fig(0, b, "percent", vb, "%")],
            [fact(0, "Korea Zinc", "stake", role="level"), fact(1, "Korea Zinc", "stake", role="level")],
        )

    c = compare([stake("a", "15.5%", 15.5, "17.5%", 17.5), stake("b", "18.3%", 18.3, "20.1%", 20.1)])
    assert "disagree" not in {t.status for t in figure_topics(c)}


def multiple(article_id: str, surface: str, value: float) -> Briefing:
    return make(
        article_id,
        [f"청약 경쟁률은 {surface}로 집계됐다."],
        [fig(0, surface, "multiple", value, "x", f"{value:g}x")],
        [fact(0, "Hyundai Motor India", "subscription_rate", role="level")],
    )


def test_undated_figures_of_the_storys_one_event_are_compared() -> None:
    t = only_topic(compare([multiple("b", "2.37배", 2.37), multiple("d", "2.39배", 2.39)]))
    assert t.status == "disagree" and t.date is None
    assert t.reason == "b says 2.37x; d says 2.39x: differ"


def test_thresholds_never_disagree() -> None:
    def crossed(article_id: str, surface: str, value: float) -> Briefing:
        return make(
            article_id,
            [f"코스피는 장중 {surface}이 무너졌다."],
            [fig(0, surface, "quantity", value, "pt")],
            [fact(0, "KOSPI", "index_level", role="threshold", date="2024-08-05", time_of_day="intraday")],
        )

    c = compare([crossed("a", "2500선", 2500.0), crossed("b", "2400선", 2400.0), crossed("c", "2500선", 2500.0)])
    assert sorted(t.status for t in figure_topics(c)) == ["agree", "single"]


def test_estimates_of_unknown_sources_do_not_disagree_but_one_sources_do() -> None:
    def estimate(article_id: str, surface: str, value: float, source: str | None) -> Briefing:
        return make(
            article_id,
            [f"영업이익 전망치는 {surface}이다."],
            [fig(0, surface, "money", value, "KRW")],
            [fact(0, "Samsung Electronics", "operating_profit", role="estimate", date="2024-Q4", source=source)],
        )

    loose = [estimate("a", "8조원", 8e12, None), estimate("b", "10조원", 10e12, None)]
    assert {t.status for t in figure_topics(compare(loose))} == {"single"}
    same = [estimate("a", "8조원", 8e12, "FnGuide"), estimate("b", "10조원", 10e12, "FnGuide")]
    assert only_topic(compare(same)).status == "disagree"
    assert only_topic(compare(same)).label_en == "Samsung Electronics operating profit estimate by FnGuide in Q4 2024"


def test_different_quarters_of_one_companys_results_are_different_events() -> None:
    def profit(article_id: str, surface: str, value: float, period: str) -> Briefing:
        return make(
            article_id,
            [f"영업이익은 {surface}이다."],
            [fig(0, surface, "money", value, "KRW")],
            [fact(0, "SK hynix", "operating_profit", role="level", date=period)],
        )

    c = compare([profit("a", "23조원", 23e12, "2024"), profit("b", "47조원", 47e12, "2025")])
    assert sorted(str(t.date) for t in figure_topics(c)) == ["2024", "2025"]
    assert {t.status for t in figure_topics(c)} == {"single"}


def test_a_decade_figure_is_the_run_it_names() -> None:
    def estimate(article_id: str, surface: str, value: float, qualifier: str | None = None) -> Briefing:
        return make(
            article_id,
            [f"영업이익은 {surface}을 기록했다."],
            [fig(0, surface, "money", value, "KRW", qualifier=qualifier)],
            [fact(0, "Samsung Electronics", "operating_profit", role="level", date="2024-Q4")],
        )

    assert (
        only_topic(compare([estimate("a", "7조원대", 7e12, "approx"), estimate("b", "7조9705억원", 7.9705e12)])).status
        == "agree"
    )
    assert (
        only_topic(compare([estimate("a", "7조원대", 7e12, "approx"), estimate("b", "8조1000억원", 8.1e12)])).status
        == "disagree"
    )


# --------------------------------------------------------------------------- conversions


def revenue_pair(article_id: str, usd: str, usd_value: float, krw: str, krw_value: float) -> Briefing:
    s = f"1분기 매출은 {usd}({krw})를 기록했다."
    return make(
        article_id,
        [s],
        [
            fig(0, usd, "money", usd_value, "USD", f"US${usd_value / 1e9:g} billion"),
            fig(0, krw, "money", krw_value, "KRW", f"₩{krw_value / 1e12:g} trillion"),
        ],
        [
            fact(0, "NVIDIA", "revenue", role="level", date="2026-Q1"),
            fact(1, "NVIDIA", "revenue", role="conversion", date="2026-Q1", equivalent_of=0),
        ],
    )


def test_same_dollars_different_won_is_said_with_each_outlets_rate_and_is_no_disagreement() -> None:
    c = compare(
        [
            revenue_pair("a", "441억 달러", 44.1e9, "60조6000억원", 60.6e12),
            revenue_pair("b", "441억달러", 44.1e9, "61조300억원", 61.03e12),
        ]
    )
    t = only_topic(c)
    assert t.status == "agree" and t.reason == "Both sources say US$44.1 billion"
    assert not [x for x in c.topics if x.status == "disagree"]
    (conv,) = [r for r in c.related if r.kind == "conversion"]
    assert "different rates" in conv.reason
    assert conv.rates == ("a: ₩1,374/USD", "b: ₩1,384/USD")
    assert {m.surface for m in conv.mentions} == {"60조6000억원", "61조300억원"}


def test_conversions_that_agree_are_one_topic() -> None:
    c = compare(
        [
            revenue_pair("a", "441억 달러", 44.1e9, "약 61조원", 61e12),
            revenue_pair("b", "441억달러", 44.1e9, "61조원", 61e12),
        ]
    )
    (conv,) = [t for t in c.topics if t.kind == "conversion"]
    assert conv.status == "agree" and conv.role == "conversion"
    assert conv.label_en == "NVIDIA revenue in Q1 2026 in won"


# --------------------------------------------------------------------------- errors inside one article


def test_a_conversion_in_the_same_currency_is_a_unit_error_named_by_its_rate() -> None:
    s = "시가총액 5890억 달러(약 846조6875억 달러)가 사라졌다."
    a = make(
        "a",
        [s],
        [fig(0, "5890억 달러", "money", 589e9, "USD"), fig(0, "846조6875억 달러", "money", 846.6875e12, "USD")],
        date="2025-01-28",
    )
    (t,) = [t for t in compare([a]).topics if t.kind == "unit_mismatch"]
    assert t.status == "disagree" and "is in KRW, not USD" in t.reason
    assert [m.surface for m in t.mentions] == ["5890억 달러", "846조6875억 달러"]


def test_a_conversion_ten_times_off_the_days_rate_is_a_scale_slip() -> None:
    s = "학습 비용은 5576만 달러(약 80억 원)였다."
    a = make(
        "a",
        [s],
        [fig(0, "5576만 달러", "money", 55.76e6, "USD"), fig(0, "약 80억 원", "money", 8e9, "KRW", qualifier="approx")],
        date="2025-01-28",
    )
    (t,) = [t for t in compare([a]).topics if t.kind == "scale_slip"]
    assert "10 times less than the rate of the day" in t.reason
    good = make(
        "b",
        ["학습 비용은 557.6만 달러(약 80억 원)였다."],
        [fig(0, "557.6만 달러", "money", 5.576e6, "USD"), fig(0, "약 80억 원", "money", 8e9, "KRW")],
        date="2025-01-28",
    )
    assert [t for t in compare([good]).topics if t.kind == "scale_slip"] == []


def bitcoin(article_id: str, surface: str, value: float) -> Briefing:
    return make(
        article_id,
        ["비트코인은 10만 달러를 돌파했다.", f"비트코인은 장중 {surface}에 거래됐다."],
        [fig(0, "10만 달러", "money", 1e5, "USD"), fig(1, surface, "money", value, "USD")],
        [
            fact(0, "Bitcoin", "crypto_price", role="threshold", date="2024-12-05", time_of_day="intraday"),
            fact(1, "Bitcoin", "crypto_price", role="level", date="2024-12-05", time_of_day="intraday"),
        ],
    )


def test_a_figure_ten_times_off_the_other_outlets_is_flagged_as_a_copying_slip_and_gets_no_verdict() -> None:
    c = compare(
        [
            bitcoin("a", "1만1553달러", 11553.0),
            bitcoin("b", "10만3328달러", 103328.0),
            bitcoin("d", "10만4088달러", 104088.0),
        ]
    )
    (slip,) = [t for t in c.topics if t.kind == "scale_slip"]
    assert slip.mentions[0].article == "a" and slip.mentions[0].surface == "1만1553달러"
    assert "copying slip" in slip.reason and "10 times less" in slip.reason
    assert all(m.surface != "1만1553달러" for t in figure_topics(c) for m in t.mentions)
    assert any(m.surface == "1만1553달러" for t in c.related for m in t.mentions)


def test_a_round_figure_or_a_lone_other_outlet_is_no_slip() -> None:
    two = compare([bitcoin("a", "1만1553달러", 11553.0), bitcoin("b", "10만3328달러", 103328.0)])
    assert [t for t in two.topics if t.kind == "scale_slip"] == []  # one other outlet against one: who is wrong?
    # A round figure counts only as an exact power of ten off: 1만 against 10만3328 and 10만4088 is 10.4x.
    levels = [
        bitcoin(*x) for x in (("a", "1만 달러", 1e4), ("b", "10만3328달러", 103328.0), ("d", "10만4088달러", 104088.0))
    ]
    levels = [replace(b, facts=b.facts[1:]) for b in levels]  # no "10만 달러 돌파" thresholds
    assert [t for t in compare(levels).topics if t.kind == "scale_slip"] == []
    exact = [replace(b, facts=b.facts[1:]) for b in (bitcoin("a", "1만 달러", 1e4), bitcoin("b", "10만 달러", 1e5))]
    exact.append(replace(bitcoin("d", "10만 달러", 1e5), facts=bitcoin("d", "10만 달러", 1e5).facts[1:]))
    assert [t.mentions[0].article for t in compare(exact).topics if t.kind == "scale_slip"] == ["a"]


# --------------------------------------------------------------------------- stories


def results(article_id: str, company: str, year: str, surface: str, value: float, date: str) -> Briefing:
    return make(
        article_id,
        [f"{company}의 {year}년 영업이익은 {surface}이다.", f"{year}년 실적이 발표됐다."],
        [fig(0, surface, "money", value, "KRW"), fig(1, f"{year}년", "date", year, "date")],
        [fact(0, company, "operating_profit", role="level", date=year)],
        date=date,
    )


def test_a_folder_of_two_stories_is_grouped_and_nothing_crosses_them() -> None:
    arts = [
        results("h1", "SK hynix", "2024", "23조4673억원", 23.4673e12, "2025-01-23"),
        bitcoin("c1", "10만3328달러", 103328.0),
        results("h2", "SK hynix", "2024", "23조4673억원", 23.4673e12, "2025-01-23"),
        bitcoin("c2", "10만3328달러", 103328.0),
    ]
    c = compare(arts)
    assert sorted(s.articles for s in c.stories) == [("c1", "c2"), ("h1", "h2")]
    story = {a: s.id for s in c.stories for a in s.articles}
    for t in [*c.topics, *c.related]:
        assert t.story is not None and {story[m.article] for m in t.mentions} == {t.story}
    hynix = next(s for s in c.stories if "h1" in s.articles)
    assert hynix.subjects[0] == "SK hynix" and hynix.label_en.startswith("SK hynix")


def test_one_story_is_one_story() -> None:
    c = compare([nvidia_fall(x, "17%", 17.0, "2025-01-27") for x in ("a", "b", "c")])
    assert [s.articles for s in c.stories] == [("a", "b", "c")]


def test_articles_weeks_apart_are_different_stories_even_on_the_same_company() -> None:
    a = results("a", "SK hynix", "2024", "23조4673억원", 23.4673e12, "2025-01-23")
    b = results("b", "SK hynix", "2024", "23조4673억원", 23.4673e12, "2025-04-24")
    assert len(compare([a, b]).stories) == 2


def test_text_and_markdown_say_each_topics_story_and_show_related_figures_without_verdict() -> None:
    from briefings.output.export import comparison_to_markdown, comparison_to_text

    arts = [
        results("h1", "SK hynix", "2024", "23조4673억원", 23.4673e12, "2025-01-23"),
        bitcoin("c1", "10만3328달러", 103328.0),
        results("h2", "SK hynix", "2024", "23조4673억원", 23.4673e12, "2025-01-23"),
        bitcoin("c2", "10만3328달러", 103328.0),
        nvidia_fall("n1", "17%", 17.0, None),  # no date: related figures only
    ]
    c = compare(arts)
    text, md = comparison_to_text(c), comparison_to_markdown(c)
    assert len(c.stories) >= 2
    assert "Related figures (no verdict)" in text and "[NO VERDICT]" in text
    assert "## Related figures (no verdict)" in md
    hynix = next(t for t in c.topics if t.subject == "SK hynix")
    story = next(s for s in c.stories if s.id == hynix.story)
    header = f"== Story {story.id}: {story.label_en} =="
    assert f"## Story {story.id}: {story.label_en}" in md
    section = text[text.index(header) + len(header) :]
    section = section[: section.index("== Story")] if "== Story" in section else section
    assert "SK hynix operating profit in 2024" in section and "Bitcoin" not in section


def test_a_loss_ten_times_too_small_against_the_other_outlets_is_flagged() -> None:
    def loss(article_id: str, surface: str, value: float, high: float | None = None) -> Briefing:
        return make(
            article_id,
            [f"엔비디아 시가총액이 {surface} 증발했다."],
            [fig(0, surface, "money", value, "USD", high=high)],
            [fact(0, "NVIDIA", "market_value", role="change", direction="down", date="2025-01-27")],
        )

    c = compare(
        [
            loss("a", "5890억 달러", 589e9),
            loss("b", "5,890억~6,000억 달러", 589e9, 600e9),
            loss("c", "600억 달러", 60e9),
            loss("d", "5,890억 달러", 589e9),
        ]
    )
    (slip,) = [t for t in c.topics if t.kind == "scale_slip"]
    assert slip.mentions[0].article == "c" and "10 times less" in slip.reason
    assert [t.status for t in figure_topics(c)] == ["agree"]  # a, b and d; c is left out of the verdict


def test_won_amounts_of_a_dollar_fact_that_differ_a_little_are_rates_not_a_disagreement() -> None:
    # ₩846.7, ₩847 and ₩864 trillion for the same US$589 billion: outlets used different rates.
    def krw(article_id: str, surface: str, value: float) -> Briefing:
        return make(
            article_id,
            [f"엔비디아 시가총액 {surface}이 증발했다."],
            [fig(0, surface, "money", value, "KRW")],
            [fact(0, "NVIDIA", "market_value", role="change", direction="down", date="2025-01-27")],
        )

    arts = [krw("a", "846조7000억원", 846.7e12), krw("b", "847조원", 847e12), krw("c", "864조원", 864e12)]
    arts += [market_value_usd("d"), market_value_usd("e")]  # the dollar amount is the story's usual currency
    c = compare(arts)
    assert "disagree" not in {t.status for t in figure_topics(c)}
    far = compare([*arts[:2], krw("c", "600조원", 600e12), *arts[3:]])
    assert "disagree" in {t.status for t in figure_topics(far)}  # 29% off: no rate explains that


def test_a_crossed_threshold_names_the_levels_beyond_it() -> None:
    def below(article_id: str) -> Briefing:
        return make(
            article_id,
            ["엔비디아 시가총액은 3조 달러 아래로 떨어졌다."],
            [fig(0, "3조 달러", "money", 3e12, "USD", "US$3 trillion")],
            [
                fact(
                    0,
                    "NVIDIA",
                    "market_value",
                    role="threshold",
                    direction="down",
                    date="2025-01-27",
                    time_of_day="close",
                )
            ],
        )

    level = make(
        "c",
        ["엔비디아 시가총액은 2조9000억 달러로 마감했다."],
        [fig(0, "2조9000억 달러", "money", 2.9e12, "USD", "US$2.9 trillion")],
        [fact(0, "NVIDIA", "market_value", role="level", date="2025-01-27", time_of_day="close")],
    )
    c = compare([below("a"), below("b"), level])
    t = next(t for t in figure_topics(c) if t.role == "threshold")
    assert t.status == "agree" and t.reason.endswith("levels beyond it, as crossing it implies: c US$2.9 trillion")


def test_values_too_far_apart_to_be_one_fact_get_no_verdict() -> None:
    # 29 January's 5% taken for 27 January's 17% by a wrong date: two facts, not a dispute.
    c = compare([nvidia_fall("a", "17%", 17.0, "2025-01-27"), nvidia_fall("b", "5%", 5.0, "2025-01-27")])
    assert sorted(t.status for t in figure_topics(c)) == ["single", "single"]


def test_a_growth_rate_of_another_measure_than_its_amounts_is_not_checked() -> None:
    s = "매출은 100억 원에서 150억 원으로 늘었고 영업이익은 30% 증가했다."
    a = make(
        "a",
        [s],
        [
            fig(0, "100억 원", "money", 10e9, "KRW"),
            fig(0, "150억 원", "money", 15e9, "KRW"),
            fig(0, "30%", "percent", 30.0, "%"),
        ],
        [
            fact(0, "A Corp", "revenue", date="2023", role="level"),
            fact(1, "A Corp", "revenue", date="2024", role="level"),
            fact(2, "A Corp", "operating_profit", date="2024", role="change", direction="up"),
        ],
    )
    assert [t for t in compare([a]).topics if t.kind == "self_inconsistency"] == []


def test_a_conversion_no_other_source_gives_is_a_related_figure() -> None:
    c = compare([revenue_pair("a", "441억 달러", 44.1e9, "60조6000억원", 60.6e12)])
    assert [t.status for t in figure_topics(c)] == ["single"]
    (rel,) = c.related
    assert rel.mentions[0].surface == "60조6000억원" and "a conversion" in rel.reason


def test_undated_figures_of_a_fact_the_story_dates_elsewhere_never_disagree() -> None:
    def price(article_id: str, surface: str, value: float, date: str | None) -> Briefing:
        return make(
            article_id,
            [f"공개매수가는 {surface}이다."],
            [fig(0, surface, "money", value, "KRW")],
            [fact(0, "Korea Zinc", "tender_price", role="level", date=date)],
        )

    c = compare(
        [price("a", "83만원", 83e4, "2024-10-04"), price("b", "83만원", 83e4, None), price("c", "89만원", 89e4, None)]
    )
    assert "disagree" not in {t.status for t in figure_topics(c)}
    undated = compare([price("b", "83만원", 83e4, None), price("c", "89만원", 89e4, None)])
    assert only_topic(undated).status == "disagree"  # the story never dates it: one event


def test_a_precise_cap_is_a_figure_but_a_round_bound_is_an_interval() -> None:
    def shares(article_id: str, surface: str, value: float, qualifier: str | None = None) -> Briefing:
        return make(
            article_id,
            [f"매수 물량은 {surface}이다."],
            [fig(0, surface, "count", value, "count", qualifier=qualifier)],
            [fact(0, "Korea Zinc", "volume", role="level", date="2024-10-11")],
        )

    cap = compare([shares("a", "최대 414만657주", 4140657.0, "at_most"), shares("b", "362만3075주", 3623075.0)])
    assert {t.status for t in figure_topics(cap)} == {"single"}  # neither agree nor contradict
    over = compare([shares("a", "최대 414만657주", 4140657.0, "at_most"), shares("b", "512만3075주", 5123075.0)])
    assert only_topic(over).status == "disagree"  # more than the cap
    loose = compare([shares("a", "400만주 미만", 4e6, "less_than"), shares("b", "362만3075주", 3623075.0)])
    assert only_topic(loose).status == "agree"


def test_a_bare_amount_that_took_its_currency_from_the_context_is_no_unit_error() -> None:
    s = "시가총액 약 1조 달러(약 1439조)가 증발했다."
    a = make(
        "a",
        [s],
        [fig(0, "1조 달러", "money", 1e12, "USD"), fig(0, "1439조", "money", 1439e12, "USD")],
        date="2025-01-28",
    )
    assert [t for t in compare([a]).topics if t.kind == "unit_mismatch"] == []


def test_related_figures_list_a_repeated_figure_once() -> None:
    """A paragraph repeated thousands of times (a flood) lists its figure once, not thousands of rows."""
    import tempfile
    from pathlib import Path

    from briefings import brief_many, load_paths

    folder = Path(tempfile.mkdtemp())
    (folder / "a.txt").write_text("반복 기사\n" + "딥시크는 560만 달러로 모델을 훈련했다고 밝혔다. " * 300 + "\n", "utf-8")
    articles, _ = load_paths([folder])
    comparison = compare(list(brief_many(articles)))
    for topic in comparison.related:
        keys = [(m.article, m.surface, m.value, m.text) for m in topic.mentions]
        assert len(keys) == len(set(keys)) and len(keys) <= 20, topic.label_en


def _profit_rise(article: str, sentence: str, surface: str, value: float) -> Briefing:
    return make(
        article,
        ["SK하이닉스 3분기 실적", sentence],
        [fig(1, surface, "percent", value, "%")],
        [fact(0, "SK hynix", "operating_profit", "rise", "2026-Q3", role="change", direction="up")],
    )


def test_changes_against_different_bases_are_different_facts() -> None:
    cmp = compare(
        [
            _profit_rise("a", "영업이익은 직전 분기(10조원) 대비 18.6% 늘었다.", "18.6%", 18.6),
            _profit_rise("b", "영업이익은 전년 동기 대비 35.4% 늘었다.", "35.4%", 35.4),
            _profit_rise("c", "영업이익은 지난해 같은 기간보다 35.4% 증가했다.", "35.4%", 35.4),
        ]
    )
    statuses = {t.status for t in cmp.topics if t.kind == "figure"}
    assert "disagree" not in statuses
    assert any(t.status == "agree" and {m.article for m in t.mentions} == {"b", "c"} for t in cmp.topics)


def test_a_change_whose_base_is_unread_never_disagrees() -> None:
    cmp = compare(
        [
            _profit_rise("a", "영업이익은 18.6% 늘었다.", "18.6%", 18.6),
            _profit_rise("b", "영업이익은 전년 동기 대비 35.4% 늘었다.", "35.4%", 35.4),
        ]
    )
    assert all(t.status != "disagree" for t in cmp.topics)


def test_a_korean_amount_with_trailing_zeros_is_rounded_to_its_last_digit() -> None:
    assert stated_step("10조1000억원") == 1e11  # 10.1조: agrees with 10조1270억
    assert stated_step("2조6635억원") == 1e8
    assert stated_step("3000억원") == 1e8  # one group alone: as written


def test_an_undated_figure_is_no_copying_slip() -> None:
    # "1~10월 누적 반도체 수출은 1410억 달러" beside the month's 158억 달러: without a date on the fact, the two
    # may be the month and the year to date, so the tenfold gap is no slip (nor a verdict)
    def chips(article_id: str, surface: str, value: float, date: str | None) -> Briefing:
        return make(
            article_id,
            [f"반도체 수출은 {surface}로 집계됐다."],
            [fig(0, surface, "money", value, "USD")],
            [fact(0, "semiconductor", "exports", role="level", date=date)],
        )

    briefs = [chips("a", "1410억 달러", 1.41e11, None), chips("b", "158억 달러", 1.58e10, None)]
    briefs += [chips("d", "158억 달러", 1.58e10, "2026-10"), chips("e", "157억 달러", 1.57e10, "2026-10")]
    assert [t for t in compare(briefs).topics if t.kind == "scale_slip"] == []


def test_every_measure_has_a_korean_topic_label() -> None:
    from briefings.comparison.topics import _measure_words
    from briefings.lexicon import measure_by_key

    for key in measure_by_key():
        ko, en = _measure_words(key)
        assert ko and ko != key and "_" not in en, key  # "대한민국 trade_surplus" is no Korean label


def test_a_subject_that_names_its_measure_is_not_followed_by_it_again() -> None:
    from briefings.comparison.topics import _without_repeat

    assert _without_repeat("반도체 수출액", "수출") == ""  # "반도체 수출액 (2026-10)", not "반도체 수출액 수출"
    assert _without_repeat("반도체", "수출") == "수출"
    assert _without_repeat("반도체 시장", "시장 규모") == "규모"
