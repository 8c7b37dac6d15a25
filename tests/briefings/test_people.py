"""People in the English briefing (briefings/analysis/names.py): a Korean person's name said "Kim Jae-hyeon"
(surname as the wires spell it, the given name in Revised Romanization), read only beside a title and confirmed by
the article; a nominee named in the decision's line, a named speaker on the lines of their words. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from briefings.analysis.names import people, person_en, romanize_given
from briefings.analysis.nlp import analyse
from briefings.model import Fact
from tests.briefings.test_english import _end_to_end, everything, said
from tests.briefings.test_events_decisions import decisions_of


@pytest.mark.parametrize(
    ("given", "en"),
    [("재현", "Jae-hyeon"), ("영수", "Yeong-su"), ("복연", "Bok-yeon"), ("빛나", "Bit-na"), ("은경", "Eun-gyeong"),
     ("석", "Seok"), ("한솔", "Han-sol"), ("지훈", "Ji-hun")],
)  # fmt: skip
def test_a_given_name_is_romanised_syllable_by_syllable(given: str, en: str) -> None:
    assert romanize_given(given) == en  # no sound change between syllables: 복연 Bok-yeon, not Bong-nyeon


def test_a_full_name_takes_the_wires_surname_and_a_known_person_keeps_his_english() -> None:
    assert person_en("박성훈") == "Park Seong-hun"
    assert person_en("이수진") == "Lee Su-jin"
    assert person_en("남궁민수") == "Namgung Min-su"  # a two-syllable surname
    assert person_en("이창용") == "Rhee Chang-yong"  # the gazetteer's spelling, not "Lee Chang-yong"
    assert person_en("삼성전자") is None  # a company the gazetteer names
    assert person_en("가나다") is None  # 가 is no surname
    assert romanize_given("AB") is None


def _named(text: str) -> list[tuple[str, str]]:
    return list(dict.fromkeys((p.ko, p.en) for p in people(text, analyse(text), 0, len(text))))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("박성훈 사장은 투자를 늘리겠다고 말했다. 박 사장은 웃었다.", [("박성훈", "Park Seong-hun")]),
        ("정민호 삼성전자 대표는 밝혔다. 정 대표는 덧붙였다.", [("정민호", "Jung Min-ho")]),  # an organisation between
        ("삼성전자 대표 정민호는 밝혔다. 정 대표는 웃었다.", [("정민호", "Jung Min-ho")]),  # title, then name
        ("이사회는 윤서진(52) 전무를 선임했다. 윤서진 전무는 1995년 입사했다.", [("윤서진", "Yoon Seo-jin")]),
        ("이창용 한국은행 총재는 밝혔다.", [("이창용", "Rhee Chang-yong")]),  # known: no confirmation needed
    ],
)
def test_a_name_beside_a_title_is_a_person(text: str, named: list[tuple[str, str]]) -> None:
    assert _named(text) == named


@pytest.mark.parametrize(
    "text",
    [
        "이마트 대표는 이날 기자간담회에서 밝혔다.",  # a company named like a person, never called "이 대표"
        "이사회 의장은 말했다. 이 의장은 말했다.",  # a common noun (Kiwi: NNG) though "이 의장" follows
        "강남구 구청장은 말했다. 강 구청장은 웃었다.",  # a place
        "송파구 청장은 말했다. 송 청장은 웃었다.",
        "조선업 사장이 말했다. 조 사장은 웃었다.",
        "박성훈 사장은 투자를 늘리겠다고 말했다.",  # a person the article does not confirm (no "박 사장")
        "김재현은 투자를 늘리겠다고 말했다. 김 사장은 웃었다.",  # no title beside the name
        "정부 관계자는 말했다.",
    ],
)
def test_no_person_where_a_name_is_unsure(text: str) -> None:
    assert _named(text) == []
    # twin: a name with its title, confirmed by surname and title later, is a person
    assert _named("박성훈 사장은 투자를 늘리겠다고 말했다. 박 사장은 웃었다.") == [("박성훈", "Park Seong-hun")]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "한미약품 이사회는 4일 김재현 신약개발본부장(부사장)을 신임 대표이사 후보로 결정했다. "
            "김 부사장은 1998년 입사했다.",
            " named Kim Jae-hyeon as its new CEO nominee on 4 March 2026",
        ),
        (
            "한미약품 이사회는 5일 윤서진 전무를 신임 대표이사로 선임했다. 윤 전무는 연구소장을 지냈다.",
            " named Yoon Seo-jin as its new CEO on 5 March 2026",
        ),
    ],
)
def test_a_nominee_named_before_the_post_is_said_by_name(text: str, detail: str) -> None:
    (event,) = decisions_of(text)
    assert event.detail == detail


def test_a_nominee_not_surely_named_is_said_without_a_name() -> None:
    (event,) = decisions_of("한미약품은 박모 사장을 신임 대표이사 후보로 추천했다.")  # 박모: an anonymised name
    assert event.detail == " named a new CEO nominee"
    # a name the article does not confirm, and a name that is the object of another verb
    (event,) = decisions_of("한미약품 이사회는 5일 윤서진 전무를 신임 대표이사로 선임했다.")
    assert event.detail == " named a new CEO on 5 March 2026"
    (event,) = decisions_of(
        "한미약품 이사회는 윤서진 전무를 만난 뒤 연구소장을 신임 대표이사로 선임했다. 윤 전무는 웃었다."
    )
    assert "Yoon" not in (event.detail or "")


def test_a_named_speakers_quoted_figure_is_said_as_theirs() -> None:
    facts = [Fact(sentence=1, subject="South Korea", measure="exports", role="threshold", direction="up", figure=0)]
    figs = [(1, "7000억달러", "money", 7e11, "US$700 billion", "USD")]
    quote = '"올해 수출은 7000억달러를 넘었다"고 말했다.'
    by_name = ["박성훈 산업연구원 원장은 기자간담회를 열었다.", f"박성훈 원장은 {quote}"]
    assert any(", Park Seong-hun said" in t for t in everything(*said(by_name, figs, facts)))
    by_surname = ["박성훈 산업연구원 원장은 기자간담회를 열었다.", f"박 원장은 {quote}"]
    assert any(", Park Seong-hun said" in t for t in everything(*said(by_surname, figs, facts)))
    # no person named before: the figure stays in the key-figure table
    unnamed = ["산업연구원은 기자간담회를 열었다.", f"박 원장은 {quote}"]
    assert not any("said" in t for t in everything(*said(unnamed, figs, facts)))
    reported = "박성훈 삼성전자 사장은 삼성전자가 미국에 50억 달러를 투자하기로 했다고 23일 밝혔다. 박 사장은 웃었다."
    lines = _end_to_end(reported)
    assert any("US$5 billion" in x and x.rstrip(".").endswith(", Park Seong-hun said") for x in lines), lines
    reported_by_surname = (
        "박성훈 삼성전자 사장은 23일 기자들과 만났다. 박 사장은 삼성전자가 미국에 50억 달러를 투자하기로 했다고 밝혔다."
    )
    lines = _end_to_end(reported_by_surname)
    assert any("US$5 billion" in x and x.rstrip(".").endswith(", Park Seong-hun said") for x in lines), lines


def test_an_unsure_speaker_is_not_named() -> None:
    # the company's own statement, and a name the article never confirms
    own = "삼성전자는 미국에 50억 달러를 투자하기로 했다고 23일 밝혔다."
    assert not any("said" in x for x in _end_to_end(own)), _end_to_end(own)
    lone = "박성훈 삼성전자 사장은 삼성전자가 미국에 50억 달러를 투자하기로 했다고 23일 밝혔다."
    assert not any("Park" in x for x in _end_to_end(lone)), _end_to_end(lone)
    # two people of one surname: "박 사장" is not sure
    two = (
        "박성훈 삼성전자 사장과 박민아 한빛화학 사장이 23일 만났다. "
        "박 사장은 삼성전자가 미국에 50억 달러를 투자하기로 했다고 밝혔다."
    )
    assert not any("Park" in x for x in _end_to_end(two)), _end_to_end(two)
    # twin: the lone name confirmed by a later "박 사장" is named as the speaker
    lines = _end_to_end(lone + " 박 사장은 웃었다.")
    assert any("US$5 billion" in x and x.rstrip(".").endswith(", Park Seong-hun said") for x in lines), lines
