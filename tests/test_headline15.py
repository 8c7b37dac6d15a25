"""The headline states the lead fact the title and the first body sentences give (round 15): a body price said by a
noun the title names as a word of its own, per another quantity than the title's, is of the title's subject (it
leads although the title states it converted); a noun the title does not name stays a side fact, and the briefing
has no headline. A title's collective owner or growth word is read with the body's figure that states the title's
number and has no owner or measure of its own."""

from __future__ import annotations

from pathlib import Path

from briefings.ingest.files import read_article
from briefings.pipeline import brief


def _brief(tmp_path: Path, title: str, *body: str) -> tuple[str, list[str]]:
    path = tmp_path / "a.txt"
    path.write_text(f"{title}\n\n2026-12-02 10:15 최기자\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    b = brief(read_article(path))
    return b.headline_en or "", [line.text for line in b.summary_en]


# --------------------------------------------------------------------------- a title's noun, the body's figure


def test_a_body_figure_of_the_noun_the_title_names_leads(tmp_path: Path) -> None:
    h, _ = _brief(
        tmp_path,
        "쌀값 80㎏ 24만원 넘어…1년 새 18% 올라",
        "쌀값이 오름세를 이어갔다.",
        "농산물유통공사가 1일 발표한 조사에 따르면 지난달 28일 기준 쌀값은 20㎏당 6만1200원으로 열흘 전보다 1.2% 올랐다.",
        "정부는 비축미 방출을 검토하고 있다.",
    )
    assert "1.2%" in h and "₩61,200" in h and h.startswith("Rice prices rose")


def test_a_body_price_per_the_titles_own_quantity_is_compared_by_its_number(tmp_path: Path) -> None:
    h, _ = _brief(
        tmp_path,
        "쌀값 20㎏ 7만원 넘어…1년 새 18% 올라",
        "쌀값이 오름세를 이어갔다.",
        "농산물유통공사가 1일 발표한 조사에 따르면 지난달 28일 기준 쌀값은 20㎏당 6만1200원으로 열흘 전보다 1.2% 올랐다.",
        "정부는 비축미 방출을 검토하고 있다.",
    )
    assert h == ""  # per the title's own 20 kg, ₩61,200 is no "7만원 넘어": the title's fact is not stated


def test_a_body_figure_of_a_noun_the_title_does_not_name_is_no_headline(tmp_path: Path) -> None:
    h, _ = _brief(
        tmp_path,
        "배추 10㎏ 5천원 넘어…1년 새 18% 올라",
        "김장철을 앞두고 채소 가격이 오름세를 이어갔다.",
        "농산물유통공사가 1일 발표한 조사에 따르면 지난달 28일 기준 쌀값은 20㎏당 6만1200원으로 열흘 전보다 1.2% 올랐다.",
        "정부는 비축물량 방출을 검토하고 있다.",
    )
    assert h == ""  # the title's figures are of cabbages; the rice price is a side fact


def test_a_noun_inside_another_word_of_the_title_names_nothing(tmp_path: Path) -> None:
    from briefings.writing.english import _title_names_noun
    from briefings.writing.nouns import nouns

    key = next(n.key for n in nouns() if n.ko == "쌀값")
    assert _title_names_noun(key, "산지 쌀값 80㎏ 26만원 첫 돌파")
    assert _title_names_noun(key, "쌀값이 또 올랐다")
    assert not _title_names_noun(key, "햅쌀값 첫 돌파")  # another word that ends in the noun
    assert not _title_names_noun(None, "쌀값 첫 돌파")


# --------------------------------------------------------------------------- a title's numbers


def test_a_space_parts_a_model_number_from_the_titles_figure() -> None:
    from briefings.writing.english import _number_words, _title_amounts

    assert _title_amounts("서버용 GDDR7 9% 올라") == []  # "7 9%" is no 79; a lone 9% is found by its sign
    assert _number_words("서버용 GDDR7 9% 올라") == {"7", "9"}
    assert _number_words("가계빚 12조 4500억원 늘어") == {"12조4500억"}  # a scale word's space joins
    assert _number_words("환율 1, 390원 돌파") == {"1390"}  # a thousands comma written with a space
    assert _number_words("코스피 2, 3위 종목") == {"2", "3"}  # a list of two numbers stays two


# --------------------------------------------------------------------------- a title's owner, the body's figure

_CARS = (
    "국내 완성차 5개사의 10월 판매량이 작년보다 소폭 늘었다.",
    "한빛차·누리차·가람모터스 등 5개사는 10월 국내외에서 모두 65만3120대를 판매했다고 1일 밝혔다.",
    "업계에서는 연말까지 수출 호조가 이어질 것으로 본다.",
)


def test_the_titles_collective_owner_is_said_with_the_bodys_figure(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, "완성차 5사 10월 판매 65만대…수출이 끌었다", *_CARS)
    assert h == "South Korea's five carmakers sold 653,120 units in October 2026"


def test_a_body_figure_the_titles_number_does_not_round_to_lends_no_owner(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, "완성차 5사 10월 판매 70만대…수출이 끌었다", *_CARS)
    assert h == ""  # 653,120 units is no "70만대": the title's fact is not the body's


def test_a_title_with_no_collective_owner_lends_none(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, "10월 판매 65만대…수출이 끌었다", *_CARS)
    assert h == ""


def test_a_title_number_in_another_unit_lends_no_owner(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, "완성차 5사 10월 판매 65만명…수출이 끌었다", *_CARS)
    assert h == ""  # 65만명 counts people, the body's 65만3120대 vehicles


# --------------------------------------------------------------------------- a title's measure word, the body's figure

_OUTLOOK = (
    "정부가 내년 우리 경제가 2.3% 성장할 것으로 전망했다.",
    "올해(1.9%)보다 성장세가 다소 확대될 것이란 판단이다.",
    "기획재정부는 21일 이런 내용을 담은 경제정책방향을 발표했다.",
)


def test_a_titles_growth_word_gives_the_bodys_figure_its_measure(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, '정부 "내년 성장률 2.3%"…설비투자 세액공제 확대', *_OUTLOOK)
    assert h.startswith("The government forecasts economic growth of 2.3%")  # no "raised … from 1.9%"
    assert "1.9%" not in h


def test_a_companys_growth_word_gives_no_economys_measure(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, '매출 성장률 2.3%…설비투자 세액공제 확대', *_OUTLOOK)
    assert "economic growth" not in h


def test_a_growth_word_with_another_number_gives_no_measure(tmp_path: Path) -> None:
    h, _ = _brief(tmp_path, '정부 "내년 성장률 2.0%"…설비투자 세액공제 확대', *_OUTLOOK)
    assert h == ""  # 2.3% is no "2.0%": the title's figure is not the body's
