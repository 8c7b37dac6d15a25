"""Subjects, sources and moves of list and breakdown sentences, read at the facts stage (sentences written for these
tests in the general style of Korean market, results and statistics reporting): a "각각" list pairs each figure with
its own move word or abstains; an estimate the industry makes of a company is the industry's, not the company's."""

from __future__ import annotations

from pathlib import Path

from briefings.ingest.files import read_article
from briefings.model import Briefing, Fact
from briefings.pipeline import brief


def _brief(tmp_path: Path, title: str, body: str, day: str = "2026-05-20") -> Briefing:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n\n{day} 박기자\n\n{body}\n", encoding="utf-8")
    return brief(read_article(path))


def _fact(b: Briefing, surface: str) -> Fact:
    found = [f for f in b.facts if f.figure is not None and b.figures[f.figure].surface.startswith(surface)]
    assert found, surface
    return found[-1]


def _lines(b: Briefing) -> list[str]:
    return [b.headline_en or "", *(line.text for line in b.summary_en)]


_MARKET = "코스피 소폭 상승 마감"


def test_each_list_pairs_every_figure_with_its_own_move_word(tmp_path: Path) -> None:
    b = _brief(tmp_path, _MARKET, "이날 코스피는 전 거래일보다 0.4% 오른 2712.35에 장을 마쳤다. "
               "시가총액 상위 종목 가운데 삼성전자(1.35%)와 SK하이닉스(0.41%)는 각각 상승폭과 하락폭을 기록했다.")
    up, down = _fact(b, "1.35%"), _fact(b, "0.41%")
    assert (up.subject, up.direction) == ("Samsung Electronics", "up")
    assert (down.subject, down.direction) == ("SK hynix", "down")
    text = " ".join(_lines(b))
    assert "Samsung Electronics shares fell" not in text and "SK hynix shares rose" not in text


def test_each_list_that_does_not_pair_one_to_one_states_no_move(tmp_path: Path) -> None:
    b = _brief(tmp_path, _MARKET, "이날 코스피는 전 거래일보다 0.4% 오른 2712.35에 장을 마쳤다. "
               "현대차(2.1%)와 기아(0.7%), 네이버(0.2%)는 각각 상승, 하락했다.")
    for surface in ("2.1%", "0.7%", "0.2%"):
        assert _fact(b, surface).direction is None, surface
    text = " ".join(_lines(b))
    assert "0.2%" not in text and "0.7%" not in text and "2.1%" not in text


def test_an_estimate_the_industry_makes_of_a_company_is_the_industry_s(tmp_path: Path) -> None:
    b = _brief(tmp_path, "반도체 투자 확대 전망", "업계는 SK하이닉스가 내년 신규 라인에 20조원을 투자할 것으로 추정했다.")
    f = _fact(b, "20조원")
    assert f.source == "industry"
    assert f.subject == "SK hynix"
    assert not any(line.startswith("SK hynix expects") for line in _lines(b))


def test_a_company_s_own_forecast_stays_its_own(tmp_path: Path) -> None:
    b = _brief(tmp_path, "반도체 투자 확대", "SK하이닉스는 내년 신규 라인에 20조원을 투자할 것으로 전망했다.")
    assert _fact(b, "20조원").source == "SK hynix"
