"""One event, many wordings (events6): Korean news tells a strike vote, a board's split-off, a contract or an
order won with many verbs and nouns, in the lead or in a disclosure sentence, with its arguments spread over two
sentences. Each reader fires on the wordings of its event and abstains when an argument is missing."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event


def _article(text: str) -> Article:
    return Article(id="w", path="w.txt", title="", text=text, date="2026-03-05")


def events_of(text: str, kind: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-05")
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == kind]


# --- strike votes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "현대차 노조가 쟁의행위 찬반투표를 가결했다.",
        "현대차 노동조합은 파업 찬반 투표를 가결했다고 밝혔다.",
        "현대차 노조는 임단협 결렬에 따라 총파업을 결의했다.",
        "현대차 노조가 쟁의행위를 결의했다.",
    ],
)
def test_a_strike_vote_carried_in_several_wordings(text: str) -> None:
    (vote,) = events_of(text, "labour")
    assert vote.who == ("Hyundai Motor",)


@pytest.mark.parametrize(
    "text",
    [
        "현대차 노조가 잠정합의안 찬반투표를 가결했다.",  # a settlement ratified: no strike
        "현대차 노조는 총파업 결의대회를 열었다.",  # a rally, no motion carried
        "노조가 쟁의행위 찬반투표를 가결했다.",  # no company named
    ],
)
def test_no_strike_vote(text: str) -> None:
    assert events_of(text, "labour") == []


def test_the_shares_of_a_vote_told_in_the_sentences_after_it() -> None:
    text = (
        "현대차 노조가 쟁의행위 찬반투표를 가결했다. 파업이 현실화하면 5년 만이다. "
        "노조는 전날 조합원 4만명을 대상으로 투표를 진행했고 투표율은 90.5%였다. "
        "재적 조합원 대비 찬성률은 70.2%, 투표자 대비로는 77.6%다."
    )
    (vote,) = events_of(text, "labour")
    assert vote.detail == ", with 70.2% of all members in favour, on a turnout of 90.5%"
    assert len(vote.amount) == 2


def test_shares_far_from_the_vote_are_not_read() -> None:
    text = (
        "현대차 노조가 쟁의행위 찬반투표를 가결했다. 파업이 현실화하면 5년 만이다. 사측은 유감을 표했다. "
        "업계는 생산 차질을 우려했다. 재적 조합원 대비 찬성률은 70.2%였다."
    )
    (vote,) = events_of(text, "labour")
    assert vote.detail == "" and vote.amount == ()
