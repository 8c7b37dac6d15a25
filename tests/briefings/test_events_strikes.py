"""Strike votes (briefings/facts/strikes.py): the union named through its company, the approval share said only
with its base, the turnout only after its word; no event for a vote to come, another motion or a strike withdrawn."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event
from tests.stages import events_english


def _article(text: str, title: str = "") -> Article:
    return Article(id="s", path="s.txt", title=title, text=text, date="2026-03-05")


def votes_of(text: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-05")
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == "labour"]


def english_of(text: str, title: str) -> list[str]:
    return events_english(text, title, "2026-03-05", "s")


def test_a_strike_vote_with_its_share_of_all_members_leads_over_the_share_move() -> None:
    text = (
        "현대차 노조는 4일 조합원을 대상으로 쟁의행위 찬반투표를 진행한 결과 재적 조합원 대비 61.4%의 찬성으로 "
        "파업을 가결했다. 현대차 주가는 이날 2.1% 내린 21만원에 마감했다."
    )
    lines = english_of(text, title="현대차 노조, 파업 가결")
    assert lines[0] == "Hyundai Motor's union voted to strike on 4 March 2026, with 61.4% of all members in favour"


def test_the_share_of_those_voting_and_the_turnout() -> None:
    (vote,) = votes_of("삼성전자 노동조합은 파업 찬반투표에서 투표율 88.5%, 투표자 대비 77.2%의 찬성으로 가결됐다.")
    assert vote.who == ("Samsung Electronics",)
    assert vote.detail == ", with 77.2% of those voting in favour, on a turnout of 88.5%"
    assert len(vote.amount) == 2


def test_a_share_with_no_base_is_not_said() -> None:
    (vote,) = votes_of("현대차 노조는 쟁의행위 찬반투표에서 70.3%의 찬성으로 파업을 가결했다.")
    assert vote.detail == "" and vote.amount == ()


@pytest.mark.parametrize(
    "text",
    [
        "현대차 노조는 파업 찬반투표가 가결되면 다음 주부터 파업에 들어간다.",  # a vote to come
        "현대차 노조는 파업 찬반투표 이후 잠정합의안을 가결했다.",  # another motion carried
        "현대차 노조는 파업을 철회하고 합의안을 가결했다.",  # the strike withdrawn
        "노조는 쟁의행위 찬반투표에서 파업을 가결했다.",  # no company named
        "현대차는 이사회에서 파업 대응 안건을 가결했다.",  # no union
    ],
)
def test_no_strike_vote_without_its_arguments(text: str) -> None:
    assert votes_of(text) == []
