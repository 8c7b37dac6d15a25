"""Market-day topics: how a stock market moved on a day, with its listed shares that day."""

from __future__ import annotations

import pytest
from compare_builder import claim, fact, fig, make

from briefings.comparison import market_day
from briefings.comparison.topics import compare
from briefings.model import Briefing, Comparison, Topic

KR = "Korean stock market"


def market(article_id: str, direction: str, date: str | None = "2025-01-31", sentence: str = "") -> Briefing:
    """An article saying the Korean market fell ("down") or rose ("up") on ``date``."""
    word = "하락세로" if direction == "down" else "상승세로"
    text = sentence or f"한국 증시는 {word} 마감했다."
    return make(article_id, [text], [], [claim(0, "market_day", None, KR, date=date, stance=direction, cue=word)])


def company(
    article_id: str, subject: str, sentence: str, surface: str, date: str = "2025-01-31", change: str = "rise"
) -> Briefing:
    value = float(surface.rstrip("%"))
    return make(
        article_id,
        [sentence],
        [fig(0, surface, "percent", value, "%")],
        [fact(0, subject, "share_price", change, date, role="change", time_of_day="close")],
    )


def market_topics(c: Comparison) -> list[Topic]:
    return [t for t in c.topics if t.kind == "market_day"]


def only_market(c: Comparison) -> Topic:
    found = market_topics(c)
    assert len(found) == 1, [t.label_en for t in found]
    return found[0]


# --------------------------------------------------------------------------- verdicts


def test_one_source_saying_the_market_fell_is_single_and_labelled() -> None:
    t = only_market(compare([market("003", "down")]))
    assert t.status == "single"
    assert (t.label_en, t.label_ko) == ("Korean stock market on 31 January 2025", "한국 증시 (2025-01-31)")
    assert t.reason == "Only 003 says the Korean stock market fell"
    assert t.mentions[0].text == "한국 증시는 하락세로 마감했다." and t.mentions[0].side == "fell"


def test_fell_versus_rose_on_the_same_day_disagrees_with_sides() -> None:
    t = only_market(compare([market("003", "down"), market("005", "up"), market("006", "down")]))
    assert t.status == "disagree"
    assert [(s.label_en, s.label_ko, s.articles) for s in t.sides] == [
        ("fell", "하락", ("003", "006")),
        ("rose", "상승", ("005",)),
    ]
    assert t.reason == "003 and 006 say the Korean stock market fell; 005 says it rose: differ"


def test_both_fell_agrees() -> None:
    t = only_market(compare([market("003", "down"), market("005", "down")]))
    assert t.status == "agree"
    assert t.reason == "Both sources say the Korean stock market fell"


def test_different_days_are_separate_topics() -> None:
    c = compare([market("003", "down", "2025-01-31"), market("005", "up", "2025-02-03")])
    assert sorted((t.date, t.status) for t in market_topics(c)) == [("2025-01-31", "single"), ("2025-02-03", "single")]


def test_undated_statement_joins_the_one_day_its_market_went_that_way() -> None:
    c = compare([market("003", "down"), market("005", "down", None, "국내 증시가 하락세로 마감했다.")])
    t = only_market(c)
    assert t.status == "agree"
    assert "no date stated" in (t.mentions[1].note or "")


def test_undated_statement_is_left_out_when_the_day_is_ambiguous() -> None:
    c = compare([market("003", "down", "2025-01-31"), market("004", "down", "2025-02-03"), market("005", "down", None)])
    assert {m.article for t in market_topics(c) for m in t.mentions} == {"003", "004"}


def test_market_statements_never_become_claim_topics() -> None:
    assert [t.kind for t in compare([market("003", "down")]).topics] == ["market_day"]


# --------------------------------------------------------------------------- listed companies


NAVER = "네이버[035420](6.13%) 등이 대표 사례다."


def test_single_source_korean_share_moves_that_day_fold_into_the_market_row() -> None:
    c = compare([market("003", "down"), company("003", "Naver", NAVER, "6.13%")])
    assert [t.kind for t in c.topics] == ["market_day"]
    t = c.topics[0]
    assert t.reason == "Only 003 says the Korean stock market fell; listed shares that day: Naver up 6.13%"
    assert [(m.surface, m.note) for m in t.mentions] == [(None, "하락세로"), ("6.13%", "Naver up")]


def test_a_us_company_on_that_day_is_not_in_the_korean_market_topic() -> None:
    c = compare([market("003", "down"), company("003", "NVIDIA", "엔비디아 주가가 3% 올랐다.", "3%")])
    assert {m.surface for m in only_market(c).mentions} == {None}
    assert [t.subject for t in c.topics if t.kind == "figure"] == ["NVIDIA"]


def test_a_korean_company_on_another_day_keeps_its_own_row() -> None:
    c = compare([market("003", "down"), company("003", "Naver", NAVER, "6.13%", date="2025-02-03")])
    assert sorted((t.kind, t.date) for t in c.topics) == [("figure", "2025-02-03"), ("market_day", "2025-01-31")]


def test_a_listed_company_figure_that_is_not_a_market_move_keeps_its_own_row() -> None:
    invest = make(
        "003",
        ["네이버는 31일 1조 원을 투자하기로 했다."],
        [fig(0, "1조 원", "money", 1e12, "KRW")],
        [fact(0, "Naver", "investment", "invest", "2025-01-31", role="level")],
    )
    c = compare([market("003", "down"), invest])
    assert sorted(t.kind for t in c.topics) == ["figure", "market_day"]


def test_a_korean_company_without_a_market_statement_keeps_its_own_topic() -> None:
    c = compare([company("003", "Naver", NAVER, "6.13%")])
    assert market_topics(c) == []
    (t,) = c.topics
    assert (t.kind, t.status, t.label_en) == (
        "figure",
        "single",
        "Naver share-price rise at the close on 31 January 2025",
    )


def test_a_company_figure_several_sources_give_keeps_its_own_row() -> None:
    c = compare(
        [
            market("003", "down"),
            company("003", "Naver", NAVER, "6.13%"),
            company("005", "Naver", "네이버 주가가 6.13% 올랐다.", "6.13%"),
        ]
    )
    assert sorted(t.kind for t in c.topics) == ["figure", "market_day"]
    assert "listed shares" not in only_market(c).reason


def test_a_stock_code_after_the_name_marks_a_krx_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A company with no ``listed`` entry joins the Korean market when a six-digit code follows its name."""
    monkeypatch.setattr(market_day, "_names", lambda subject: ("푸로보틱스",) if subject == "Foo Robotics" else ())
    foo = company("003", "Foo Robotics", "푸로보틱스[123456](4.2%) 등이 올랐다.", "4.2%")
    assert only_market(compare([market("003", "down"), foo])).reason.endswith("that day: Foo Robotics up 4.2%")
    no_code = company("003", "Foo Robotics", "푸로보틱스(4.2%) 등이 올랐다.", "4.2%")
    assert "listed shares" not in only_market(compare([market("003", "down"), no_code])).reason


def test_an_index_figure_is_a_market_statement() -> None:
    kospi = make(
        "005",
        ["코스피가 2% 올랐다."],
        [fig(0, "2%", "percent", 2.0, "%")],
        [fact(0, "KOSPI", "index_level", "rise", "2025-01-31", role="change", time_of_day="close")],
    )
    t = only_market(compare([market("003", "down"), kospi]))
    assert t.status == "disagree"
    assert t.reason == "003 says the Korean stock market fell; 005 says it rose: differ (005: the KOSPI rose 2%)"
    assert [t.kind for t in compare([market("003", "down"), kospi]).topics] == ["market_day"]


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    import briefings

    articles, _ = briefings.load_paths()
    return compare(list(briefings.brief_many(articles)))


def test_seed_korean_market_on_31_january(seeds: Comparison) -> None:
    (t,) = [t for t in market_topics(seeds) if t.subject == KR]
    assert (t.date, t.status, t.label_en) == ("2025-01-31", "single", "Korean stock market on 31 January 2025")
    assert t.label_ko == "한국 증시 (2025-01-31)"
    assert t.reason.startswith("Only 003 says the Korean stock market fell")
    statement = t.mentions[0]
    assert statement.article.startswith("003") and "SK하이닉스[000660]" in statement.text and statement.side == "fell"
    # The listed shares' moves ("네이버[035420](6.13%) … 등이 대표 사례다") fold into the row when their facts date
    # them that day; otherwise they keep single-source rows: never a verdict, never another market's row.
    folded = [m.surface for m in t.mentions[1:]]
    assert folded in ([], ["6.13%", "7.27%", "11.24%", "4.25%"])
    for x in seeds.topics:
        if x.subject in {"Naver", "Kakao", "ESTsoft", "Douzone Bizon"}:
            assert x.status == "single" and not folded


def test_seed_us_market_on_27_january_keeps_nvidia_rows(seeds: Comparison) -> None:
    (t,) = [t for t in market_topics(seeds) if t.subject == "US stock market"]
    assert (t.date, t.status) == ("2025-01-27", "agree")
    assert {m.article[:3] for m in t.mentions} >= {"001"}
    nvidia = [x.status for x in seeds.topics if x.subject == "NVIDIA" and x.date == "2025-01-27"]
    assert "agree" in nvidia and "disagree" not in nvidia
