"""Corporate actions and legal events (briefings/facts/corporate.py): a share issue, a stock split, a bond offering's
orders, a trading halt, a criminal complaint, an award of damages, stocks joining an index; each line says its
figures and cites them, and no line is said when an argument is missing or the action is only under review."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event
from briefings.writing.english import brief_english

_DATE = "2026-03-05"


def _article(text: str, title: str = "") -> Article:
    return Article(id="p", path="p.txt", title=title, text=text, date=_DATE)


def corporate_of(text: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DATE)
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == "corporate"]


def english_of(text: str, title: str = "") -> list[tuple[str, list[str]]]:
    """Every English line (the headline first) with the surfaces of the figures it cites."""
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DATE)
    article = _article(text, title)
    result = brief_english(article, analysis, figures, (), (), extract_events(article, analysis, figures))
    lines = ([result.headline] if result.headline else []) + list(result.lines)
    return [(line.text, [figures[i].surface for i in line.figures]) for line in lines]


def said(text: str, title: str = "") -> list[str]:
    return [line for line, _ in english_of(text, title)]


def test_a_rights_offering_with_its_new_shares_and_issue_price() -> None:
    text = (
        "에코프로비엠이 5000억원 규모의 주주배정 유상증자를 결정했다. "
        "에코프로비엠은 이사회를 열고 보통주 400만주를 새로 발행하기로 의결했다. "
        "예정 발행가는 12만5000원으로, 기준주가에 할인율 15%를 적용했다."
    )
    lines = english_of(text, title="에코프로비엠, 5000억원 유상증자")
    line, cited = next((t, c) for t, c in lines if "rights offering" in t)
    assert line.startswith(
        "EcoPro BM decided on a ₩500 billion rights offering, issuing 4 million new shares at an expected price of "
        "₩125,000 each, set at a 15% discount"
    )
    assert set(cited) >= {"5000억원", "400만주", "12만5000원", "15%"}


def test_the_largest_shareholder_takes_up_its_allotment() -> None:
    text = (
        "에코프로비엠이 3000억원 규모의 주주배정 유상증자를 결정했다. "
        "최대주주인 에코프로(지분 45.6%)는 배정 물량의 100%를 청약할 계획이다."
    )
    assert "EcoPro, the largest shareholder, said it would subscribe for 100% of its allotted shares." in said(text)


def test_an_issue_told_as_background_is_no_news() -> None:
    assert corporate_of("에코프로비엠은 앞서 3000억원 규모의 유상증자를 결정한 바 있다.") == []
    # twin: the same issue decided, told as the news
    (event,) = corporate_of("에코프로비엠은 3000억원 규모의 유상증자를 결정했다.")
    assert event.action == "share_issue" and event.who == ("EcoPro BM",)
    assert event.detail == " decided on a ₩300 billion new share sale"


def test_a_stock_split_approved_by_the_board() -> None:
    text = (
        "SK하이닉스는 4일 이사회를 열고 보통주 1주를 10주로 나누는 액면분할을 결의했다고 공시했다. "
        "주당 액면가는 5000원에서 500원으로 낮아진다."
    )
    lines = english_of(text)
    line, cited = next((t, c) for t, c in lines if "stock split" in t)
    assert line.startswith(
        "SK hynix's board approved a 10-for-1 stock split on 4 March 2026, cutting the par value from ₩5,000 to ₩500"
    )
    assert set(cited) == {"1주", "10주", "4일", "5000원", "500원"}  # both numbers of "10-for-1" trace to their spans


def test_a_split_ratio_is_shares_not_weeks() -> None:
    text = "SK하이닉스는 보통주 1주를 5주로 나누는 액면분할을 결의했다."
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, _DATE)
    assert [(f.surface, f.en) for f in figures] == [("1주", "1 share"), ("5주", "5 shares")]


def test_a_bond_offering_draws_orders_and_is_no_ipo() -> None:
    text = (
        "LG화학은 지난 3일 3000억원 규모의 회사채 발행을 위한 수요예측을 진행한 결과 1조5000억원의 매수 주문을 받았다. "
        "경쟁률은 5배다. 회사는 발행액을 최대 6000억원까지 늘리는 방안을 검토 중이다."
    )
    lines = said(text)
    assert any(
        line.startswith("LG Chem drew ₩1.5 trillion of orders, 5 times the amount offered, for a ₩300 billion bond "
                        "offering in book-building on 3 March 2026, and is considering raising the offering to up to "
                        "₩600 billion")
        for line in lines
    ), lines  # fmt: skip
    assert not any("IPO" in line for line in lines)


def test_a_trading_halt_and_a_complaint_against_a_former_executive() -> None:
    text = (
        "카카오는 전 재무담당 임원 B씨를 업무상 횡령 혐의로 수원지방검찰청에 고소했다고 4일 공시했다. "
        "횡령 금액은 95억원이다. "
        "한국거래소는 이날 카카오 주권의 매매거래를 정지했다."
    )
    lines = said(text)
    assert any(
        line.startswith("Kakao filed a criminal complaint against a former finance executive over alleged embezzlement "
                        "of ₩9.5 billion, it said in a filing on 4 March 2026")
        for line in lines
    )  # fmt: skip
    assert any(line.startswith("The Korea Exchange suspended trading in Kakao shares") for line in lines)


def test_a_jury_awards_damages_and_the_company_will_appeal() -> None:
    text = (
        "삼성전자가 미국 특허침해 소송에서 3억달러(약 4200억원)를 배상하라는 배심원 평결을 받았다. "
        "삼성전자는 항소할 방침이다."
    )
    lines = english_of(text)
    line, cited = next((t, c) for t, c in lines if "jury" in t)
    assert line.startswith(
        "A US jury ordered Samsung Electronics to pay US$300 million (about ₩420 billion) in damages in a patent "
        "infringement suit; Samsung Electronics said it would appeal"
    )
    assert set(cited) >= {"3억달러", "약 4200억원"}


def test_stocks_join_an_index_from_the_day_it_applies() -> None:
    text = (
        "한국거래소는 2일 코스피200 정기변경 결과를 발표했다. "
        "코스피200에는 에이피알, 산일전기 등 5개 종목이 편입되고 같은 수의 종목이 빠진다. "
        "변경 내용은 6월 13일부터 적용된다."
    )
    assert any(
        line.startswith("The Korea Exchange said on 2 March 2026 that APR and Sanil Electric are among 5 stocks that "
                        "will join the KOSPI 200 on 13 June")
        for line in said(text)
    )  # fmt: skip


def test_stocks_joining_an_index_without_the_announcement_say_no_day() -> None:
    text = "코스피200에는 에이피알, 산일전기 등 5개 종목이 편입된다. 변경 내용은 6월 13일부터 적용된다."
    lines = said(text)
    assert any(line.startswith("APR and Sanil Electric are among 5 stocks to join the KOSPI 200") for line in lines)
    assert not any("13 June" in line for line in lines)


_ISSUE = ("에코프로비엠은 5000억원 규모의 유상증자를 결정했다.", "share_issue", " decided on a ₩500 billion new share sale")
_SPLIT = ("SK하이닉스는 액면분할을 결의했다.", "stock_split", " decided on a stock split")


@pytest.mark.parametrize(
    ("text", "twin", "action", "detail"),
    [  # beside each sentence that says no event, a close one (twin) with every argument that says it
        ("에코프로비엠은 5000억원 규모의 유상증자를 검토하고 있다.", *_ISSUE),  # under review: no decision
        ("5000억원 규모의 유상증자를 결정했다.", *_ISSUE),  # no company
        ("SK하이닉스는 액면분할을 추진하기로 결의했다.", *_SPLIT),  # a plan to pursue, not the split decided
        ("SK하이닉스는 액면분할 가능성을 검토하고 있다.", *_SPLIT),
        (  # against whom?
            "카카오는 횡령 혐의로 고소했다고 밝혔다.",
            "카카오는 전 임원을 횡령 혐의로 고소했다고 밝혔다.",
            "criminal_complaint",
            " filed a criminal complaint against a former executive over alleged embezzlement",
        ),
        (
            "삼성전자가 3억달러를 배상하라는 평결을 받을 가능성이 있다.",
            "삼성전자가 3억달러를 배상하라는 평결을 받았다.",
            "damages_verdict",
            "A jury ordered Samsung Electronics to pay US$300 million in damages",
        ),
        (  # no orders
            "LG화학은 회사채 수요예측을 진행할 예정이다.",
            "LG화학은 3000억원 규모의 회사채 발행을 위한 수요예측에서 1조5000억원의 매수 주문을 받았다.",
            "bond_orders",
            " drew ₩1.5 trillion of orders for a ₩300 billion bond offering",
        ),
    ],
)
def test_no_event_without_its_arguments(text: str, twin: str, action: str, detail: str) -> None:
    assert corporate_of(text) == []
    (event,) = corporate_of(twin)
    assert event.action == action and event.detail == detail
