"""Figures of kinds the core has no measure for, said with their clause's noun (briefings/writing/nouns.py)."""

from __future__ import annotations

import re

from briefings.analysis.nlp import analyse
from briefings.facts.attribution import extract_facts
from briefings.model import Article
from briefings.writing import nouns
from briefings.writing.english import brief_english
from briefings.writing.wording import has_hangul, sayable

_TYPES = {"company", "bank", "org", "country", "exchange", "market", "index", "person", "commodity", "none", "wide"}  # "wide": a market-wide count


def end_to_end(text: str, date: str = "2026-11-04") -> tuple[list[str], list[str]]:
    """(English lines with the headline first, the facts' measures) of a text run through the pipeline's stages."""
    from briefings.analysis.figures import extract_figures
    from briefings.facts.attribution import analysis_mentions
    from briefings.facts.events import extract_events

    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="n", path="n.txt", title="", text=text, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    lines = [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]
    return lines, [f.measure or "" for f in facts]


def test_the_lexicon_is_broad_english_and_typed() -> None:
    rows = nouns.nouns()
    assert len(rows) >= 250
    for n in rows:
        assert n.en and not has_hangul(n.en), n
        assert n.owners <= _TYPES, n
        assert sayable(n.key), n  # every noun is a measure of the writing stage
    assert len({n.en for n in rows}) >= 200  # many nouns, not spellings of a few


def test_a_breakdown_says_each_item_with_its_own_noun() -> None:
    lines, measures = end_to_end(
        "한국은행은 4일 10월 말 외환보유액이 4120억달러로 전월 말보다 18억달러 증가했다고 밝혔다. "
        "자산별로 보면 국채 등 유가증권은 3650억달러로 14억달러 늘었고, 예치금은 230억달러로 6억달러 줄었다."
    )
    # the reserves' parts, read by the release reader (briefings/writing/releases.py), say whose they are
    securities = "Securities holdings in the reserves rose US$1.4 billion to US$365 billion"
    assert any(x.startswith(securities) for x in lines), lines
    assert any("eposits fell US$600 million to US$23 billion" in x for x in lines), lines
    assert not any(m.startswith(nouns.PREFIX) for m in measures)  # the public vocabulary keeps "other"


def test_the_home_economy_owns_a_domestic_statistic() -> None:
    lines, _ = end_to_end("통계청은 30일 국내 산업생산이 전월 대비 1.4% 감소했다고 밝혔다.")
    assert any(x.startswith("South Korea's industrial output fell 1.4% from the previous month") for x in lines), lines


def test_a_quantity_said_by_its_growth_needs_a_base_or_its_level() -> None:
    said, _ = end_to_end("통계청에 따르면 소매판매는 전월 대비 0.9% 늘었다.")
    assert any(x.startswith("Retail sales rose 0.9% from the previous month") for x in said), said
    bare, _ = end_to_end("통계청에 따르면 소매판매는 0.9% 늘었다.")
    assert not any("0.9%" in x for x in bare), bare  # a move with no base: against what?


def test_a_noun_of_a_company_takes_its_genitive_owner() -> None:
    lines, _ = end_to_end("삼성중공업의 수주잔고는 420억달러로 지난해 말보다 25억달러 늘었다.")
    assert any(
        x.startswith("Samsung Heavy Industries' order backlog rose US$2.5 billion from the end of last year to US$42")
        for x in lines
    ), lines


def test_a_noun_that_needs_an_owner_is_not_said_without_one() -> None:
    lines, _ = end_to_end("부채비율은 180%로 전년 말 대비 15%포인트 낮아졌다.")
    assert not any("180%" in x or "debt ratio" in x for x in lines), lines
    unknown, _ = end_to_end("가나다라테크의 수주잔고는 420억달러로 지난해 말보다 25억달러 늘었다.")
    assert not any("backlog" in x for x in unknown), unknown  # an owner the gazetteer does not know


def test_this_company_is_the_articles_company_when_no_other_is_named() -> None:
    lines, _ = end_to_end(
        "한화오션은 4일 3분기 영업이익이 2100억원으로 집계됐다고 공시했다. 한화오션 매출은 3조원이었다. "
        "한화오션 주가는 이날 2% 오른 8만원에 마감했다. 이 회사의 부채비율은 160%였다."
    )
    assert any(x.startswith("Hanwha Ocean's debt ratio was 160%") for x in lines), lines


def test_a_word_narrowing_the_noun_that_we_cannot_say_stops_the_line() -> None:
    lines, _ = end_to_end("삼성중공업의 북미 수주잔고는 62억달러로 지난해 말보다 5억달러 늘었다.")
    assert not any("backlog" in x for x in lines), lines  # the North American backlog is not the backlog


def test_a_noun_the_lexicon_does_not_list_is_not_said() -> None:
    lines, _ = end_to_end("통계청에 따르면 객단가는 5만2000원으로 전월 대비 3% 늘었다.")
    assert not any("52,000" in x for x in lines), lines


def test_a_share_of_a_noun_is_no_level_of_it() -> None:
    lines, _ = end_to_end("삼성중공업의 수주잔고는 지난해 매출의 48% 수준이다.")
    assert not any("48%" in x for x in lines), lines


def test_a_rank_is_not_said_as_a_level() -> None:
    lines, _ = end_to_end("지역별로는 부산의 휘발유 가격이 ℓ당 1710원으로 가장 비쌌다.")
    assert not any("1,710" in x for x in lines), lines


def test_a_price_per_unit_is_said_with_its_unit_and_its_qualifiers() -> None:
    lines, _ = end_to_end(
        "한국석유공사에 따르면 전국 주유소 휘발유 평균 판매가격은 전주보다 ℓ당 9.5원 내린 1620.4원을 기록했다."
    )
    want = "The national average retail gasoline price fell ₩9.5 week on week to ₩1,620.4 a litre"
    assert any(x.startswith(want) for x in lines), lines
    assert not any(re.match(r"Gasoline (fell|traded)", x) for x in lines), lines  # never the bare commodity


def test_two_nouns_in_one_clause_abstain() -> None:
    text = "순차입금과 자기자본이 각각 1조원으로 늘었다."
    from briefings.analysis.figures import extract_figures

    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-11-04")
    money = next(f for f in figures if f.kind == "money")
    s = analysis.sentences[money.sentence]
    assert nouns.find(text, money, s.start, s.end) is None


def test_in_a_companys_story_an_economy_wide_noun_needs_its_owner() -> None:
    lines, _ = end_to_end(
        "현대차는 4일 3분기 영업이익이 3조원으로 집계됐다고 공시했다. 현대차 매출은 40조원이었다. "
        "현대차 주가는 이날 2% 오른 25만원에 마감했다. 설비투자는 전년 대비 12% 늘었다."
    )
    assert not any(x.startswith("Equipment investment") for x in lines), lines


def test_a_balance_is_said_with_its_sign_or_not_at_all() -> None:
    lines, _ = end_to_end(
        "한국은행이 6일 발표한 국제수지 잠정통계에 따르면 서비스수지는 14억달러 적자였다. "
        "본원소득수지는 21억달러 흑자로 집계됐다. 재정수지는 흑자로 돌아선 5조원이었다."
    )
    assert any(x.startswith("The services balance posted a deficit of US$1.4 billion") for x in lines), lines
    assert any(x.startswith("The primary income balance posted a surplus of US$2.1 billion") for x in lines), lines
    assert not any("US$1.4 billion" in x and "deficit" not in x for x in lines), lines
    assert not any("₩5 trillion" in x for x in lines), lines  # a sign not written with the level: unread
    assert not any("international" in x for x in lines), lines  # "국제수지" is a noun, no qualifier
