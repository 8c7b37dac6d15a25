"""Figure-rich articles said in more English lines (round 15).

Sentences written for these tests in the style of Korean market and company reports; each rule has a positive twin
(the line is written) and a negative twin (the reading that would be false is not).
"""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article
from briefings.writing.english import brief_english


def _run(text: str, date: str = "2026-12-02"):  # noqa: ANN202 - a test helper
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="s", path="s.txt", title="", text=text, date=date)
    facts = tuple(extract_facts(article, analysis, figures))
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    lines = [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]
    return figures, facts, lines


def _measure(text: str, surface: str) -> str | None:
    figures, facts, _ = _run(text)
    return next(f.measure for f in facts if f.figure is not None and figures[f.figure].surface == surface)


# --------------------------------------------------------------------------- a market named as where shares trade


def test_a_company_after_a_market_named_as_its_place_moves_its_share_price() -> None:
    text = "이날 코스닥시장에서 알테오젠은 전 거래일 대비 12.5% 오른 45만원에 장을 마쳤다."
    assert _measure(text, "12.5%") == "share_price"
    assert _measure(text, "45만원") == "share_price"
    _, _, lines = _run(text)
    assert any(x.startswith("Alteogen shares rose 12.5% ") and "₩450,000" in x for x in lines), lines
    text = "코스닥시장에서 원익IPS는 장중 7% 넘게 빠졌다."
    assert _measure(text, "7% 넘게") == "share_price"


def test_an_index_named_after_the_company_keeps_its_own_reading() -> None:
    text = "에이피알은 최근 한 달 동안 18.6% 상승해 같은 기간 코스피 상승률(4.1%)을 크게 웃돌았다."
    assert _measure(text, "4.1%") != "share_price"
    _, _, lines = _run(text)
    assert not any("APR shares" in x and "4.1%" in x for x in lines), lines
    text = "코스닥시장에서 외국인은 3200억원을 순매도했고 알테오젠 주가는 2% 내렸다."
    assert _measure(text, "3200억원") != "share_price"


# --------------------------------------------------------------------------- a balance's sign written as its topic


def test_a_balance_with_its_sign_as_the_topic_posts_that_sign() -> None:
    _, _, lines = _run("한국은행에 따르면 10월 여행수지 적자는 9억8000만달러로 전월보다 늘었다.")
    assert any(x.startswith("The travel account posted a deficit of US$980 million") for x in lines), lines
    _, _, lines = _run("한국은행에 따르면 10월 경상수지 흑자가 98억7000만달러로 집계됐다.")
    assert any(x.startswith("The current account posted a surplus of US$9.87 billion") for x in lines), lines


def test_an_undated_balance_or_one_timed_by_another_clause_is_not_said() -> None:
    _, _, lines = _run("내년 예산안에 따르면 관리재정수지 적자는 109조원으로 GDP 대비 4.0%에 이른다.")
    assert not any("₩109 trillion" in x for x in lines), lines
    _, _, lines = _run("10월 초 연휴에 해외 출국자가 늘면서 여행수지 적자가 9억8000만달러로 불어났다.")
    assert not any("early October" in x for x in lines), lines
    _, _, lines = _run("한국은행에 따르면 10월 여행수지 적자 규모는 9억8000만달러였다.")
    assert not any("surplus" in x for x in lines), lines


# --------------------------------------------------------------------------- a share after the topic's own phrase


def test_a_share_after_the_topics_own_amount_or_verb_is_the_topics() -> None:
    _, _, lines = _run("카운터포인트에 따르면 애플은 5610만대를 출하해 점유율 18%로 2위에 올랐다.")
    assert any(x.startswith("Apple's market share was 18%") for x in lines), lines
    _, _, lines = _run("운용사별로는 미래에셋자산운용이 순자산 102조1800억원으로 점유율 33.9%를 기록했다.")
    assert any(x.startswith("Mirae Asset Global Investments' market share was 33.9%") for x in lines), lines


def test_a_share_after_a_postposition_or_a_narrowing_word_is_not_said() -> None:
    _, _, lines = _run("카운터포인트에 따르면 애플은 미국 통신사를 통해 점유율 18%를 확보했다.")
    assert not any("18%" in x for x in lines), lines
    _, _, lines = _run("카운터포인트에 따르면 애플은 5610만대를 출하해 북미 점유율 18%로 2위에 올랐다.")
    assert not any("18%" in x for x in lines), lines


# --------------------------------------------------------------------------- a company's debts; amounts acted on


def test_a_companys_debts_are_said_as_its_level() -> None:
    _, _, lines = _run("회생계획안에 따르면 홈플러스의 채무는 약 2조9000억원이다.")
    assert any(x.startswith("Homeplus' debts were about ₩2.9 trillion") for x in lines), lines


def test_an_amount_acted_on_is_not_the_nouns_level() -> None:
    for text in (
        "홈플러스는 채무 2조9000억원을 10년에 걸쳐 갚는다.",
        "홈플러스는 채무를 포함해 약 3조원을 갚아야 한다.",
        "현대차는 차입금 1조원을 상환했다.",
    ):
        _, _, lines = _run(text)
        assert not any("debts were" in x or "borrowings were" in x for x in lines), (text, lines)
    _, _, lines = _run("현대차는 차입금 1조원을 기록했다.")
    assert any(x.startswith("Hyundai Motor's borrowings were ₩1 trillion") for x in lines), lines


# --------------------------------------------------------------------------- a move from the previous session


def test_a_companys_move_from_the_previous_session_is_its_share_price() -> None:
    text = "이날 오전 10시 현재 알테오젠은 전 거래일보다 5만원(12.5%) 오른 45만원에 거래되고 있다."
    assert _measure(text, "12.5%") == "share_price"
    _, _, lines = _run(text)
    assert any(x.startswith("Alteogen shares rose ₩50,000 (12.5%) to ₩450,000") for x in lines), lines


def test_a_session_base_before_another_noun_or_an_investor_is_no_share_price() -> None:
    assert _measure("알테오젠은 전 거래일 대비 거래대금이 30% 늘었다.", "30%") != "share_price"
    assert _measure("외국인은 전 거래일보다 1000억원 많은 5000억원을 순매수했다.", "5000억원") != "share_price"
