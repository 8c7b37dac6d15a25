"""Subjects in list and parallel clauses, read at the facts stage (sentences written for these tests in the general
style of Korean price-survey and results reporting): each clause takes its own topic as subject; a topic the
gazetteer does not know leaves its figures without a subject, never with the clause before's; a market qualifier
or a brand before a commodity's name makes another series than the name alone."""

from __future__ import annotations

from pathlib import Path

from briefings.model import Briefing, Fact
from tests.stages import brief_lines, brief_report, fact_at


def _brief(tmp_path: Path, title: str, body: str, day: str = "2026-05-20") -> Briefing:
    return brief_report(tmp_path, title, body, day, "박기자")


def _fact(b: Briefing, surface: str) -> Fact:
    return fact_at(b, surface, exact=False)


_lines = brief_lines


_FUEL = (
    "휘발유 값 4주째 내림세",
    "이번 주 전국 주유소 휘발유 평균 판매가격은 지난주보다 ℓ당 9.4원 내린 1712.6원을 기록했다.\n\n"
    "국제 휘발유 가격은 배럴당 1.7달러 내린 78.3달러, 경유는 2.2달러 하락한 88.9달러였다.\n\n"
    "업체별로는 자영 휘발유가 ℓ당 1690.1원으로 가장 쌌고, 대형정유사 주유소가 1730.8원으로 가장 비쌌다.",
)


def test_a_clause_with_its_own_unknown_topic_does_not_take_the_clause_before_s_subject(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_FUEL)
    for surface in ("2.2달러", "88.9달러", "1730.8원"):
        assert _fact(b, surface).subject is None, surface
    assert not any("US$88.9" in line or "₩1,730.8" in line for line in _lines(b))
    # twins in the same article: the clause of the survey's commodity keeps it, the qualified series is said
    assert _fact(b, "1712.6원").subject == "gasoline"
    assert "The international gasoline price fell US$1.7 to US$78.3 a barrel" in _lines(b)


def test_a_market_qualifier_before_a_commodity_is_another_series_than_the_commodity(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_FUEL)
    # never the commodity (gasoline): the JSON names the series the English line says (writing/nouns.py)
    assert _fact(b, "78.3달러").subject == "international gasoline price"
    assert _fact(b, "1.7달러").subject == "international gasoline price"
    said = [line for line in _lines(b) if "US$78.3" in line]
    assert all("international" in line for line in said)  # said only with its qualifier (the noun lexicon's)


def test_a_brand_before_a_commodity_in_a_ranking_clause_is_not_the_commodity_itself(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_FUEL)
    assert _fact(b, "1690.1원").subject is None
    assert not any("₩1,690.1" in line for line in _lines(b))
    # twin in the same article: the commodity with no brand before it keeps its subject
    assert _fact(b, "1712.6원").subject == "gasoline"


def test_the_survey_s_own_commodity_keeps_its_subject_after_scope_words(tmp_path: Path) -> None:
    b = _brief(tmp_path, *_FUEL)
    level = _fact(b, "1712.6원")
    assert level.subject == "gasoline"


def test_a_measure_as_the_second_clause_s_topic_keeps_the_company_as_subject(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        "삼성전자 3분기 실적 발표",
        "삼성전자는 3분기 매출이 82조원으로 집계됐고, 영업이익은 11조원으로 전년 동기보다 25% 늘었다.",
    )
    assert _fact(b, "11조원").subject == "Samsung Electronics"
    assert _fact(b, "82조원").subject == "Samsung Electronics"


def test_an_unlisted_company_with_a_head_noun_as_second_topic_takes_no_subject_from_the_first(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        "카카오 주가 하락",
        "카카오 주가는 3.1% 내린 4만2000원에 마감했고, 한빛물산 주가는 1.2% 오른 8500원을 기록했다.",
    )
    assert _fact(b, "4만2000원").subject == "Kakao"
    assert _fact(b, "8500원").subject != "Kakao"
    assert _fact(b, "1.2%").subject != "Kakao"
