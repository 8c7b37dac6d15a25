"""The headline states the title's lead: a side figure (a peer's, another subject's) never takes its place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefings.ingest.files import read_article
from briefings.model import Event, Fact
from briefings.pipeline import brief
from briefings.writing.english import brief_english
from tests.briefings.test_english import build, said

# --------------------------------------------------------------------------- the title's figure unstated

_STORES = [
    "한빛백화점의 11월 매출이 명품과 외국인 관광객 덕에 크게 늘었다.",
    "업계에서는 연말 성수기 효과가 이어질 것으로 본다.",
    "같은 기간 미래백화점의 매출은 5.4% 늘었다.",
]


def _stores(title: str, who: str = "Mirae Department Store", ko: str = "미래백화점") -> tuple[str, list[str]]:
    figs = [(2, "5.4%", "percent", 5.4, "5.4%")]
    facts = [Fact(2, subject=who, subject_ko=ko, measure="revenue", role="change", direction="up", figure=0)]
    return said(_STORES, figs, facts, title)


def test_a_peers_figure_never_leads_when_no_line_states_the_titles_figure() -> None:
    h, lines = _stores("한빛백화점 11월 매출 7.2%↑…명품이 끌었다")
    assert h == ""  # the peer's revenue is no headline of the title's company's story
    assert lines == ["Mirae Department Store's revenue rose 5.4%."]  # it is still a line


def test_the_titles_subject_or_a_title_without_figure_lets_the_figure_lead() -> None:
    # the title names the line's subject: it is the story's own figure
    h, _ = _stores("미래백화점 11월 매출 7.2%↑…명품이 끌었다")
    assert h == "Mirae Department Store's revenue rose 5.4%"
    # a title without a figure gives no figure to miss: the line leads as before
    h, _ = _stores("한빛백화점, 명품·외국인 관광객이 끌었다")
    assert h == "Mirae Department Store's revenue rose 5.4%"
    # a line states the title's figure: it leads, the peer is a line
    figs = [(0, "7.2%", "percent", 7.2, "7.2%"), (2, "5.4%", "percent", 5.4, "5.4%")]
    sentences = ["한빛백화점의 11월 매출이 7.2% 늘었다.", *_STORES[1:]]
    facts = [
        Fact(0, subject="Hanbit Department Store", measure="revenue", role="change", direction="up", figure=0),
        Fact(2, subject="Mirae Department Store", measure="revenue", role="change", direction="up", figure=1),
    ]
    h, lines = said(sentences, figs, facts, "한빛백화점 11월 매출 7.2%↑…명품이 끌었다")
    assert h == "Hanbit Department Store's revenue rose 7.2%"
    assert lines == ["Mirae Department Store's revenue rose 5.4%."]


def test_a_budget_of_another_subject_is_no_headline_of_a_price_survey() -> None:
    sentences = [
        "올해 4인 가족 김장 비용은 전통시장 기준으로 지난해보다 크게 올랐다.",
        "배추 작황이 나빠진 탓이다.",
        "정부는 할인 행사에 예산 300억원을 투입한다.",
    ]
    figs = [(2, "300억원", "money", 3e10, "₩30 billion")]
    facts = [Fact(2, subject=None, measure="investment", role="level", figure=0)]  # the home government
    h, lines = said(sentences, figs, facts, "4인 가족 김장비용 32만원…작년보다 7% 올라")
    assert h == ""
    assert len(lines) == 1 and "₩30 billion" in lines[0]


# --------------------------------------------------------------------------- a title's rounding of the body's figure


def _jump(precise: str, value: float) -> tuple[str, list[str]]:
    title = "국제유가 5% 넘게 급등"
    sentences = [title, f"서부텍사스산원유(WTI)는 전날보다 {precise} 오른 배럴당 78.42달러에 마감했다."]
    figs = [
        (0, "5% 넘게", "percent", 5.0, "more than 5%"),
        (1, precise, "percent", value, precise),
        (1, "78.42달러", "money", 78.42, "US$78.42", "USD"),
    ]
    facts = [
        Fact(0, subject="crude oil", subject_ko="국제유가", measure="commodity_price", role="change", direction="up",
             figure=0),
        Fact(1, subject="WTI", measure="commodity_price", role="change", direction="up", time_of_day="close",
             figure=1),
        Fact(1, subject="WTI", measure="commodity_price", role="level", time_of_day="close", figure=2),
    ]
    article, analysis, figures = build(sentences, figs, title)
    figures = (replace(figures[0], qualifier="more_than"), *figures[1:])
    result = brief_english(article, analysis, figures, facts, ())
    return (result.headline.text if result.headline else ""), [x.text for x in result.lines]


def test_a_titles_more_than_names_the_bodys_precise_figure_of_its_bracket() -> None:
    h, lines = _jump("5.6%", 5.6)
    assert h.startswith("WTI rose 5.6%")
    assert not any("more than 5%" in line for line in lines)  # the title's rounded move is not said again
    # 6.2% is not "5% 넘게": the title's own statement leads
    h, lines = _jump("6.2%", 6.2)
    assert h.startswith("Crude oil") and "more than 5%" in h


# --------------------------------------------------------------------------- one count, two names


def test_a_precise_count_of_one_measure_under_another_name_is_said_once(tmp_path: Path) -> None:
    body = (
        "통계청이 발표한 11월 고용동향에 따르면 15세 이상 취업자는 2905만3000명으로 1년 전보다 23만1000명 늘었다.\n\n"
        "고용률은 63.2%로 0.3%포인트 올랐다.\n\n"
        "취업자 수가 23만1000명 증가한 것은 보건업 덕분이다.\n\n"
        "60세 이상 취업자는 33만5000명 늘었다."
    )
    path = tmp_path / "jobs.txt"
    path.write_text(f"11월 취업자 23만1000명↑…고용률 63.2%\n\n2026-12-10 최기자\n\n{body}\n", encoding="utf-8")
    b = brief(read_article(path))
    assert "rose by 231,000" in b.headline_en
    lines = [line.text for line in b.summary_en]
    assert not any("231,000" in line for line in lines)  # "the number of employed persons" is the same count
    assert any("335,000" in line for line in lines)  # the over-60s' count is a fact of its own


# --------------------------------------------------------------------------- the title's first point is an event


def test_an_event_of_the_titles_first_point_leads_over_its_second_point_move() -> None:
    sentences = [
        "한빛바이오가 해외 제약사와 항암 신약 공급 계약을 체결했다.",
        "한빛바이오 주가는 이날 14.2% 내린 3만원에 마감했다.",
    ]
    start = sentences[0].index("계약을 체결")
    deal = Event("deal", "contract", 0, start, start + 6, ("Hanbit Bio",), None, "company", detail="a supply")
    figs = [(1, "14.2%", "percent", 14.2, "14.2%"), (1, "3만원", "money", 30000.0, "₩30,000")]
    who = "Hanbit Bio"
    facts = [
        Fact(1, subject=who, measure="share_price", role="change", direction="down", time_of_day="close", figure=0),
        Fact(1, subject=who, measure="share_price", role="level", time_of_day="close", figure=1),
    ]
    h, lines = said(sentences, figs, facts, "한빛바이오, 2조원 공급 계약을 체결…주가 14% 급락", [deal])
    # the deal leads, told with the share move the title's second point gives
    assert h == "Hanbit Bio signed a supply contract, and its shares fell 14.2% to close at ₩30,000"
    assert not any("14.2%" in line for line in lines)
    # the title's first point is the move: the move leads
    h, _ = said(sentences, figs, facts, "한빛바이오 주가 14% 급락…공급 계약을 체결", [deal])
    assert h.startswith("Hanbit Bio shares fell 14.2%")
