"""Runs kept in the line of the figure whose clause states them (round 15, issue #11).

Sentences written for these tests in the style of Korean trade releases: an item's move with the run of months
it extends in the same clause ("… 줄며 N개월 연속 감소했다"), a balance with its run of surpluses, and the twins a
run must not be said on (another subject's run, a run of the other way, a run modifying another noun, "N개월 만에").
"""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article, BriefLine, Figure
from briefings.writing.english import brief_english
from briefings.writing.records import clause_run, ordinal


def _lines(text: str, date: str = "2026-12-02") -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    article = Article(id="s", path="s.txt", title="", text=text, date=date)
    facts = tuple(extract_facts(article, analysis, figures))
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(text, analysis))
    return [x.text for x in ([result.headline] if result.headline else [])] + [x.text for x in result.lines]


_LEAD = "산업통상자원부가 1일 발표한 '11월 수출입 동향'에 따르면 지난달 자동차 수출액은 70억 달러로 1년 전보다 12.5% 증가했다. "


def test_an_items_run_in_its_own_clause_is_said() -> None:
    text = _LEAD + "반면 선박 수출은 9억2000만 달러로 21.4% 줄며 7개월 연속 감소했다."
    said = [x for x in _lines(text) if "21.4%" in x]
    assert said and said[0].rstrip(".").endswith(", the seventh straight monthly fall")


def test_a_run_of_the_other_way_is_not_said() -> None:
    text = _LEAD + "반면 선박 수출은 9억2000만 달러로 21.4% 줄었지만 7개월 연속 증가세는 이어갔다."
    assert not any("straight" in x for x in _lines(text))


def test_another_subjects_run_is_not_said() -> None:
    text = _LEAD + "선박 수출은 9억2000만 달러로 21.4% 줄었고 철강은 7개월 연속 감소했다."
    assert not any("straight" in x for x in _lines(text))


def test_a_run_since_is_no_run() -> None:
    text = _LEAD + "반면 선박 수출은 9억2000만 달러로 21.4% 줄며 7개월 만에 감소했다."
    assert not any("straight" in x for x in _lines(text))


def test_a_balances_run_of_surpluses_is_said() -> None:
    text = _LEAD + "무역수지는 41억 달러 흑자로 9개월 연속 흑자를 이어갔다."
    said = [x for x in _lines(text) if "US$4.1 billion" in x]
    assert said and said[0].rstrip(".").endswith(", the ninth straight monthly surplus")


def test_a_run_of_deficits_is_not_said_of_a_surplus() -> None:
    text = _LEAD + "무역수지는 41억 달러 흑자로 9개월 연속 적자에서 벗어났다."
    assert not any("straight" in x for x in _lines(text))


def _fig(surface: str, start: int, unit: str, value: float, counter: str | None = None, kind: str = "quantity"):
    return Figure(
        surface=surface, start=start, end=start + len(surface), sentence=0, kind=kind, value=value, unit=unit,
        en=surface, counter=counter,
    )  # fmt: skip


def test_a_run_modifying_another_noun_is_not_the_figures() -> None:
    text = "수출은 5% 늘어 8개월 연속 증가한 반도체를 앞섰다."
    figures = [_fig("5%", 4, "%", 5.0), _fig("8개월", 10, "duration", 8.0, "개월")]
    line = BriefLine(text="Exports rose 5%.", sentences=(0,), figures=(0,))
    assert clause_run(line, {0: "up"}, text, [(0, len(text))], figures) is line
    text2 = "수출은 5% 늘어 8개월 연속 증가했다."
    figures2 = [_fig("5%", 4, "%", 5.0), _fig("8개월", 10, "duration", 8.0, "개월")]
    placed = clause_run(line, {0: "up"}, text2, [(0, len(text2))], figures2)
    assert placed.text == "Exports rose 5%, the eighth straight monthly rise." and placed.figures == (0, 1)


def test_a_run_is_not_said_after_a_speaker() -> None:
    text = "수출은 5% 늘어 8개월 연속 증가했다."
    figures = [_fig("5%", 4, "%", 5.0), _fig("8개월", 10, "duration", 8.0, "개월")]
    line = BriefLine(text="Exports rose 5%, the ministry said.", sentences=(0,), figures=(0,))
    assert clause_run(line, {0: "up"}, text, [(0, len(text))], figures) is line


def test_ordinals() -> None:
    assert [ordinal(n) for n in (2, 9, 11, 18, 21, 22, 103)] == ["second", "ninth", "11th", "18th", "21st", "22nd", "103rd"]


# --------------------------------------------------------------------------- a record of one month of the year

_SALES = "기아는 11월 국내외에서 모두 31만2400대를 판매했다고 1일 밝혔다. "


def test_a_record_for_one_month_of_the_year_is_said_with_its_month() -> None:
    text = "현대차는 11월 38만1200대를 판매했다고 1일 밝혔다. 기아는 29만6500대로 6.2% 늘어 11월 기준 역대 최대 판매를 기록했다."
    said = [x for x in _lines(text) if "296,500" in x]
    assert said and said[0].rstrip(".").endswith(", a record for any November")
    assert not any("a record 296,500" in x for x in _lines(text))


def test_a_record_to_date_is_no_months_record() -> None:
    text = _SALES + "1~11월 누적 판매는 296만5000대로 6.2% 늘어 11월 기준 역대 최대를 기록했다."
    assert not any("for any November" in x or "record" in x for x in _lines(text))


def test_a_record_as_of_a_month_this_year_is_no_months_record() -> None:
    text = _SALES + "올해 판매는 296만5000대로 6.2% 늘어 올해 11월 기준 역대 최대를 기록했다."
    assert not any("for any November" in x for x in _lines(text))


def test_a_high_for_one_month_is_the_highest() -> None:
    text = (
        "국가데이터처가 12일 발표한 10월 고용동향에 따르면 15~64세 고용률은 69.8%로 1년 전보다 0.3%포인트 올라 "
        "10월 기준 역대 최고치를 나타냈다."
    )
    said = [x for x in _lines(text) if "69.8%" in x]
    assert said and said[0].rstrip(".").endswith(", the highest for any October")
