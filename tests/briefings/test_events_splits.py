"""Board decisions to split a business off (briefings/facts/splits.py): the company, the unit in words of the data,
the kind of split; the meeting's and the split's dates when they are date figures; no event for a plan, a bare
split word, an unknown unit or no company."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events
from briefings.model import Article, Event
from tests.stages import events_english


def _article(text: str, title: str = "") -> Article:
    return Article(id="p", path="p.txt", title=title, text=text, date="2026-03-05")


def splits_of(text: str) -> list[Event]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2026-03-05")
    return [e for e in extract_events(_article(text), analysis, figures) if e.kind == "split"]


def english_of(text: str, title: str) -> list[str]:
    return events_english(text, title, "2026-03-05", "p")


def test_a_split_off_decided_by_the_board_leads_over_the_share_move() -> None:
    text = (
        "SK이노베이션은 4일 이사회를 열고 배터리 사업부를 물적분할해 신설법인을 세우기로 의결했다. "
        "SK이노베이션 주가는 이날 3.1% 내린 15만원에 마감했다."
    )
    lines = english_of(text, title="SK이노베이션, 배터리 사업 물적분할")
    assert lines[0] == (
        "SK Innovation's board on 4 March 2026 approved splitting off its battery business into a new wholly owned"
        " company"
    )


def test_a_spin_off_with_its_effective_day() -> None:
    (event,) = splits_of("LG화학 이사회는 석유화학 사업부문을 인적분할하기로 결의했으며 분할기일은 오는 4월 1일이다.")
    assert event.who == ("LG Chem",)
    assert event.detail == " a spin-off of its petrochemical business into a new company, effective 1 April 2026"
    assert len(event.amount) == 1


@pytest.mark.parametrize(
    "text",
    [
        "LG화학은 이사회를 열고 배터리 사업부 물적분할을 추진하기로 결의했다.",  # a plan
        "LG화학은 이사회를 열고 배터리 사업부를 분할하기로 결의했다.",  # which kind of split is not said
        "LG화학은 이사회를 열고 첨단 사업부를 물적분할하기로 결의했다.",  # a unit the data does not know
        "회사는 이사회를 열고 배터리 사업부를 물적분할하기로 결의했다.",  # no company named
        "LG화학은 배터리 사업부를 물적분할하기로 결의했다.",  # no board
    ],
)
def test_no_split_without_its_arguments(text: str) -> None:
    assert splits_of(text) == []
