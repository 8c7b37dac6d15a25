"""The frame that makes an English line true: a payout's period, a forecast's range and forecaster, a running
total's period, a quarter named only as "the quarter", a price's venue, one Korean sentence said as one line,
and no line repeating the headline's move.  Articles are written here (news style, our own wording)."""

from __future__ import annotations

import re

from pathlib import Path

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.ingest.files import read_article
from briefings.model import Fact, Figure
from briefings.pipeline import brief
from briefings.writing.english import _Item, _restating_headline, _Stmt
from briefings.writing.frame import cumulative, payout_context, same_stem, venue


def _english(tmp_path: Path, text: str) -> tuple[str, list[str]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    b = brief(read_article(str(path)))
    return b.headline_en, [line.text for line in b.summary_en]


def _figures(text: str) -> list[Figure]:
    return list(extract_figures(text, analyse(text).sentences, "2026-07-24"))


# --------------------------------------------------------------------------- the pieces


def test_a_bare_payout_reads_its_period_from_another_statement_of_the_same_amount() -> None:
    text = "주당 800원 배당 결정\n하나금융은 이사회에서 주당 800원의 분기배당을 결의했다.\n"
    figures = _figures(text)
    title = next(f for f in figures if f.sentence == 0 and f.kind == "money")
    assert "분기배당" in payout_context(text, title, figures)
    # another amount, or the same amount that is no payout, says nothing of it
    other = "주당 800원 배당 결정\n하나금융 주가는 800원 올랐다.\n"
    figures = _figures(other)
    title = next(f for f in figures if f.sentence == 0 and f.kind == "money")
    assert payout_context(other, title, figures) == ""


def test_a_venue_is_read_before_the_price_in_its_sentence_only() -> None:
    text = "국내 거래소에서는 700만원 선을 넘었다. 해외에서는 5000달러였다."
    won, dollars = (f for f in _figures(text) if f.kind == "money")
    assert venue(text, won, 0) == " on South Korean exchanges"
    assert venue(text, dollars, text.index("해외")) == ""  # the next sentence's price is not the won one's venue


def test_a_running_total_is_told_by_its_words_before_the_figure() -> None:
    text = "누적 순이익이 1조5000억원을 넘었다."
    (fig,) = (f for f in _figures(text) if f.kind == "money")
    assert cumulative(text, fig, 0)
    plain = "순이익이 1조5000억원을 넘었다."
    (fig,) = (f for f in _figures(plain) if f.kind == "money")
    assert not cumulative(plain, fig, 0)


def test_one_korean_name_beginning_another_is_one_subject() -> None:
    assert same_stem("소비자물가", "소비자물가지수")
    assert same_stem("수출", "수출 액")
    assert not same_stem("수출", "수입")
    assert not same_stem("물", "물가")  # one letter is too little to say two names are one
    assert not same_stem(None, "물가")


@pytest.mark.parametrize(
    ("surface", "english"),
    [("2% 초반대", "in the low 2% range"), ("1%대 후반", "in the high 1% range"), ("3%대 중반", "in the mid 3% range")],
)
def test_a_bracket_narrowed_to_a_part_says_the_part(surface: str, english: str) -> None:
    text = f"성장률이 {surface}로 내려올 것으로 보인다."
    (fig,) = (f for f in _figures(text) if f.kind == "percent")
    assert fig.surface == surface and fig.en == english


def test_a_whole_bracket_is_still_the_bracket() -> None:
    text = "성장률이 2%대에 머물 것으로 보인다."
    (fig,) = (f for f in _figures(text) if f.kind == "percent")
    assert fig.en == "in the 2% range"


# --------------------------------------------------------------------------- whole briefings


def test_a_title_s_bare_dividend_is_said_with_the_body_s_period(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "하나금융, 2분기 순이익 1조1000억원…주당 800원 배당\n\n"
        "하나금융지주는 24일 2분기 순이익이 1조1000억원으로 집계됐다고 밝혔다.\n\n"
        "하나금융은 이사회에서 주당 800원의 분기배당을 결의했다.\n",
    )
    said = [x for x in [head, *lines] if "dividend" in x]
    assert said and all("quarterly dividend of ₩800 per share" in x for x in said), (head, lines)


def test_a_forecast_of_a_range_keeps_the_range_and_its_forecaster(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "물가 둔화 전망\n\n기획재정부는 3일 물가 동향을 발표했다.\n\n"
        "정부는 다음 달 물가 상승률이 1% 후반대로 낮아질 것으로 보고 있다.\n",
    )
    said = [x for x in [head, *lines] if "inflation" in x.lower()]
    assert said and all("The government expects inflation to ease into the high 1% range" in x for x in said), said
    assert not any("forecast at 1%" in x or "of 1%" in x for x in said)


def test_a_running_total_s_first_crossing_is_the_total_s_not_a_day_s(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "우리금융, 상반기 순이익 사상 최대\n\n"
        "우리금융지주는 25일 2분기 순이익이 9000억원으로 집계됐다고 공시했다.\n\n"
        "1~6월 누적 순이익은 1조8000억원으로 작년 같은 기간보다 8% 늘었다. 누적 순이익이 1조5000억원을 넘은 것은 "
        "처음이다.\n",
    )
    said = [x for x in [head, *lines] if "₩1.5 trillion" in x]
    assert len(said) == 1, (head, lines)
    assert "in January-June, topping ₩1.5 trillion" in said[0]
    assert " on 25 " not in said[0]  # the day of the filing is not the day the total passed the mark
    assert not any("₩900 billion" in x and "₩1.5 trillion" in x for x in [head, *lines])  # never the quarter's


def test_a_lone_crossing_of_a_running_total_is_left_to_the_table(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "우리금융 실적\n\n우리금융지주는 25일 2분기 순이익이 9000억원으로 집계됐다고 공시했다.\n\n"
        "누적 순이익이 1조5000억원을 넘은 것은 처음이다.\n",
    )
    assert not any("₩1.5 trillion" in x for x in [head, *lines]), (head, lines)


def test_a_quarter_named_only_as_the_quarter_is_said(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "애플 실적\n\n애플은 회계연도 4분기(7~9월) 실적을 발표했다. 애플의 분기 매출은 950억달러로 집계됐다.\n",
    )
    said = [x for x in [head, *lines] if "US$95 billion" in x]
    assert said and all("for the quarter" in x for x in said), (head, lines)


def test_a_won_price_of_a_coin_keeps_its_venue(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "이더리움 급등\n\n이더리움 가격이 개당 5000달러를 넘어섰다. 국내 거래소에서는 700만원 선을 돌파했다.\n",
    )
    won = [x for x in [head, *lines] if "₩7,000,000" in x]
    assert won and all("on South Korean exchanges" in x for x in won), (head, lines)
    assert not any("US$5,000" in x and "exchanges" in x for x in [head, *lines])


def test_an_intraday_move_and_the_close_of_one_sentence_are_one_line(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "기아 주가 반등\n\n20일 유가증권시장에서 기아 주가는 "
        "장중 한때 7% 넘게 올랐다가 3.5% 오른 11만8000원에 거래를 마쳤다.\n",
    )
    said = [x for x in [head, *lines] if "Kia" in x]
    assert len(said) == 1, (head, lines)
    assert "during the session before closing up 3.5% at ₩118,000" in said[0]


def test_a_move_that_turned_says_the_close_with_its_own_verb(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "현대차 주가 하락\n\n20일 유가증권시장에서 현대차 주가는 "
        "장 초반 2% 넘게 올랐지만 1.8% 내린 21만원에 장을 마쳤다.\n",
    )
    said = [x for x in [head, *lines] if "Hyundai Motor" in x]
    assert len(said) == 1, (head, lines)
    assert "during the session, then fell 1.8% to close at ₩210,000" in said[0]


def test_a_close_against_another_base_stays_its_own_line(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "새내기주 약세\n\n입력 2026-03-05 16:00\n\n상장 첫날인 5일 케이뱅크 주가는 장중 한때 8500원까지 밀렸다가 "
        "공모가 대비 7% 내린 8800원에 마감했다.\n",
    )
    said = [x for x in [head, *lines] if "K Bank" in x]
    assert any("from the IPO price to close at ₩8,800" in x for x in said), (head, lines)
    assert not any("before closing" in x for x in said), (head, lines)


def _move_item(subject: str, subject_ko: str, value: float, date: str, sentence: int) -> _Item:
    fig = Figure(f"{value}%", 0, 4, sentence, "percent", value, "%", f"{value}%")
    fact = Fact(sentence, subject=subject, subject_ko=subject_ko, measure="index_level", role="change",
                direction="up", date=date, figure=sentence)  # fmt: skip
    stmt = _Stmt(fact, sentence, fig, "change", "up")
    return _Item(f"{subject} rose {value}%.", sentence, (sentence,), (subject,), 1.0, (subject,), 0, stmts=(stmt,))


def test_a_line_repeating_the_headline_s_move_under_a_longer_name_is_not_said() -> None:
    headline = _move_item("consumer prices", "소비자물가", 1.9, "2026-11", 0)
    same = _move_item("the consumer price index", "소비자물가지수", 1.9, "2026-11", 2)
    other_month = _move_item("the consumer price index", "소비자물가지수", 1.9, "2026-10", 3)
    other_thing = _move_item("import prices", "수입물가", 1.9, "2026-11", 4)
    kept = _restating_headline([same, other_month, other_thing], headline)
    assert kept == [other_month, other_thing]


def test_one_sentence_s_moves_against_two_bases_are_one_line(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "네이버 3분기 실적\n\n입력 2026-11-07 09:00\n\n"
        "네이버는 7일 3분기 영업이익이 5200억원으로 작년 같은 기간보다 12% 늘었다고 공시했다. "
        "매출은 3조1000억원으로 작년 같은 기간보다 10%, 직전 분기보다 4% 증가했다.\n",
    )
    said = [x for x in [head, *lines] if "revenue" in x]
    assert said == ["Naver's revenue rose 10% year on year and 4% from the previous quarter to ₩3.1 trillion."]
    assert head.endswith("in Q3 2026"), head  # the quarter is said once, by the headline


def test_a_second_base_joins_only_a_move_that_says_its_own() -> None:
    from briefings.writing.english import _with_second_base

    host = "X's revenue rose 6% year on year to ₩2 trillion in Q3 2026."
    assert _with_second_base(host, "X's revenue rose 2% from the previous quarter in Q3 2026.") == (
        "X's revenue rose 6% year on year and 2% from the previous quarter to ₩2 trillion in Q3 2026."
    )
    # no base on the host's move, another period, or another way: two lines
    assert (
        _with_second_base("X's revenue rose 6% to ₩2 trillion.", "X's revenue rose 2% from the previous quarter.")
        is None
    )
    assert _with_second_base(host, "X's revenue rose 2% from the previous quarter in Q2 2026.") is None
    assert _with_second_base(host, "X's revenue fell 2% from the previous quarter in Q3 2026.") is None


@pytest.mark.parametrize(
    ("close", "said_close"),
    [
        ("상승 폭을 줄여 2.5% 오른 채 마감했다", "before closing up 2.5%"),
        ("하락 반전해 1.5% 내린 채 마감했다", ", then closed 1.5% lower"),
    ],
)
def test_a_close_without_its_level_joins_the_session_s_move(tmp_path: Path, close: str, said_close: str) -> None:
    head, lines = _english(
        tmp_path,
        f"기아 주가 출렁\n\n입력 2026-05-20 16:00\n\n20일 유가증권시장에서 기아 주가는 장중 9%까지 뛰었다가 {close}.\n",
    )
    said = [x for x in [head, *lines] if "Kia" in x]
    assert len(said) == 1 and said_close in said[0], (head, lines)


def test_a_result_two_sentences_after_its_quarter_keeps_the_quarter_and_an_adjusted_eps_says_so(
    tmp_path: Path,
) -> None:
    head, lines = _english(
        tmp_path,
        "테슬라 실적 발표\n\n입력 2026-10-23 07:00\n\n"
        "테슬라는 22일 3분기 영업이익이 27억달러로 작년 같은 기간보다 20% 늘었다고 발표했다. "
        "주당순이익(EPS·조정 기준)은 0.72달러로 집계됐다. 매출은 251억달러로 8% 증가했다.\n",
    )
    revenue = [x for x in [head, *lines] if "US$25.1 billion" in x]
    # the quarter is said once, by the headline; the revenue line says no other period
    assert head.endswith("in Q3 2026"), head
    assert revenue and not any(re.search(r"\bQ[1-4]|year\b", x) for x in revenue), (head, lines)
    eps = [x for x in [head, *lines] if "US$0.72" in x]
    assert eps and all("adjusted earnings per share" in x for x in eps), (head, lines)


def test_an_authority_s_act_is_not_its_forecast() -> None:
    from briefings.facts.attribution import extract_facts
    from briefings.model import Article

    for text, source in [
        ("정부는 내년 물가 상승률이 2% 초반대로 내려올 것으로 보고 있다.", "the government"),
        ("정부는 청년 고용 대책으로 내년 예산에 1조원을 반영했다.", None),
    ]:
        analysis = analyse(text)
        figures = extract_figures(text, analysis.sentences, "2026-07-24")
        facts = extract_facts(Article(id="a", path="a.txt", title="", text=text, date="2026-07-24"), analysis, figures)
        amounts = [f for f in facts if f.figure is not None and figures[f.figure].kind in ("money", "percent")]
        assert amounts and all(f.source == source for f in amounts), facts


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("신한지주는 24일 이사회를 열고 3분기 주당 배당금을 570원으로 결정했다.", "set a quarterly dividend of ₩570"),
        ("신한지주는 24일 이사회를 열고 주당 570원의 현금배당을 결정했다.", "set a dividend of ₩570"),
    ],
)
def test_a_quarter_s_dividend_per_share_is_quarterly_and_a_bare_one_stays_bare(
    tmp_path: Path, sentence: str, said: str
) -> None:
    head, lines = _english(tmp_path, f"배당 결정\n\n입력 2026-10-24 10:00\n\n{sentence}\n")
    assert any(said in x for x in [head, *lines]), (head, lines)


def test_a_result_s_crossing_dated_by_the_filing_day_is_not_said(tmp_path: Path) -> None:
    head, lines = _english(
        tmp_path,
        "현대차 실적\n\n입력 2026-10-22 10:00\n\n현대차는 22일 영업이익이 처음으로 4조원을 넘었다고 공시했다.\n",
    )
    assert not any("₩4 trillion" in x for x in [head, *lines]), (head, lines)  # no "… on 22 October 2026"
