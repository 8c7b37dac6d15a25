"""The frame that makes a line true and complete (round 10): a result set against the consensus in the sentence
after it, said in the result's own line; sentences written for these tests."""

from __future__ import annotations

from tests.briefings.test_english import _end_to_end


def test_an_estimate_in_the_next_sentence_is_set_against_the_result_before_it() -> None:
    text = (
        "퀄컴은 5일(현지시간) 4분기 매출이 110억 달러로 전년 동기 대비 12% 늘었다고 발표했다. "
        "블룸버그가 집계한 시장 예상치 105억 달러를 웃돌았다."
    )
    lines = _end_to_end(text)
    joined = " | ".join(lines)
    assert "revenue rose 12% year on year to US$11 billion" in joined, lines
    assert ", beating the market consensus" in joined or ", beating the Bloomberg consensus of" in joined, lines
    assert sum("consensus" in x for x in lines) == 1, lines  # one line for the result and its yardstick


def test_a_written_gap_must_match_the_two_amounts_or_nothing_is_said() -> None:
    good = (
        "오뚜기는 14일 3분기 영업이익이 1200억원으로 지난해 같은 기간보다 20% 늘었다고 공시했다. "
        "증권가 컨센서스(1000억원)를 20% 웃돈 수치다."
    )
    lines = _end_to_end(good)
    assert any(x.endswith("20% above the market consensus") or x.endswith("20% above the market consensus.")
               for x in lines), lines  # fmt: skip
    # the gap the sentence writes is not the one the amounts make: the estimate is of something else
    bad = good.replace("(1000억원)를 20%", "(1000억원)를 5%")
    assert not any("consensus" in x for x in _end_to_end(bad)), _end_to_end(bad)
    # "웃돈" while the result is below the estimate: not this result's yardstick
    below = good.replace("1200억원으로", "900억원으로")
    assert not any("consensus" in x for x in _end_to_end(below))


def test_two_results_before_a_subjectless_estimate_abstain_unless_one_fits() -> None:
    text = (
        "오뚜기는 14일 3분기 매출이 9000억원, 영업이익이 1200억원을 기록했다고 공시했다. "
        "시장 예상치 1150억원을 웃돌았다."
    )
    joined = " | ".join(_end_to_end(text))
    # the revenue is eight times the estimate: only the operating profit is within reach of it, and a line that
    # states both results does not take the clause (it would read as both beating it)
    assert "Ottogi's operating profit beat the market consensus." in joined, joined
    assert "revenue beat" not in joined and "₩120 billion in Q3 2026, beating" not in joined, joined


def test_a_moves_verb_is_never_borrowed_from_the_next_clause() -> None:
    from briefings.model import Figure
    from briefings.writing.english import _verb

    def verb(text: str, surface: str, direction: str) -> str | None:
        at = text.index(surface)
        fig = Figure(surface, at, at + len(surface), 0, "percent", 3.1, "%", "3.1%")
        return _verb(text, fig, len(text), direction)

    assert verb("9월 수입물가 3.1%↑…유가 급등 영향", "3.1%", "up") == "rose"
    assert verb("수입물가는 3.1%로 집계되며 원자재 가격은 급등했다", "3.1%", "up") == "rose"
    assert verb("수입물가는 3.1% 급등했다", "3.1%", "up") == "jumped"  # its own verb still counts
    assert verb("주가는 3.1% 폭락했다", "3.1%", "down") == "plunged"


def test_a_close_at_the_daily_limit_says_the_limit() -> None:
    lines = _end_to_end("에이비엘바이오 주가는 6일 코스닥시장에서 가격제한폭(30%)까지 오른 5만2000원에 거래를 마쳤다.")
    # the limit said once, by the close line's own template or by the clause after it
    assert any(
        "₩52,000" in x
        and (x.rstrip(".").endswith("up 30%, the daily limit") or "rose by the daily limit of 30%" in x)
        and x.count("daily limit") == 1
        for x in lines
    ), lines
    lines = _end_to_end("에이비엘바이오 주가는 6일 하한가인 3만6400원에 거래를 마쳤다.")
    assert any("₩36,400" in x and "down by the daily limit" in x for x in lines), lines
    # a limit touched earlier in the session and left is not the close's
    lines = _end_to_end("에이비엘바이오 주가는 6일 장중 상한가를 기록했다가 상승 폭을 줄여 5만원에 거래를 마쳤다.")
    assert not any("limit" in x for x in lines), lines
    # no limit word at all: nothing added
    lines = _end_to_end("에이비엘바이오 주가는 6일 5만2000원에 거래를 마쳤다.")
    assert not any("limit" in x for x in lines), lines
    # the move said with its own figure: the line takes the limit as a closing remark
    lines = _end_to_end("에이비엘바이오 주가는 6일 전 거래일보다 30% 오른 5만2000원으로 상한가를 기록했다.")
    assert any(x.rstrip(".").endswith("rose 30% to ₩52,000, the daily limit") for x in lines), lines


def test_a_circuit_breaker_is_said_on_the_markets_it_halted() -> None:
    one = "코스피가 8% 넘게 급락하면서 이날 오후 1시께 유가증권시장에 서킷브레이커가 발동됐다."
    lines = _end_to_end(one)
    # the halt is said after the move of its market, as its cause, not on its own
    assert lines[0].endswith("more than 8%, as a circuit breaker halted trading"), lines
    assert not any("triggered a circuit breaker" in x for x in lines), lines  # a market does not trigger it
    both = "코스피와 코스닥 두 시장에 모두 서킷브레이커가 발동됐다."
    assert "Circuit breakers halted trading on both the KOSPI and the KOSDAQ" in " | ".join(_end_to_end(both))
    # gathered over the article: the KOSDAQ's, a sentence later, joins the KOSPI's
    two = one + " 코스닥 시장에도 이날 오후 2시께 서킷브레이커가 발동됐다."
    joined = " | ".join(_end_to_end(two))
    assert "as circuit breakers halted trading on both the KOSPI and the KOSDAQ" in joined, joined
    assert joined.count("halted trading") == 1, joined


def test_a_halt_of_another_time_or_a_rule_is_no_line() -> None:
    for text in (
        "당시에도 코스피·코스닥 시장에 서킷브레이커가 동시 발동됐다.",
        "2008년 10월에도 유가증권시장에 서킷브레이커가 발동됐다.",
        "지수가 8% 이상 하락하면 유가증권시장에 서킷브레이커가 발동될 수 있다.",
        "유가증권시장에 서킷브레이커 발동은 이번이 여섯 번째다.",
        "서킷브레이커가 발동됐다.",  # no market named
    ):
        assert not any("halted trading" in x for x in _end_to_end(text)), (text, _end_to_end(text))
    # "since" a year is no earlier halt
    since = "이날 유가증권시장에 사이드카가 2020년 3월 이후 4년 만에 발동됐다."
    assert any("A sidecar suspended program trading on the KOSPI" in x for x in _end_to_end(since)), _end_to_end(since)


def test_a_rating_change_keeps_the_outlook_stated_beside_it() -> None:
    text = (
        "무디스는 5일 SK온의 신용등급을 'Baa2'에서 'Baa3'로 하향 조정했다고 밝혔다. 등급 전망은 '안정적'으로 제시했다."
    )
    lines = _end_to_end(text)
    assert any("credit rating on" in x and x.rstrip(".").endswith(", with a stable outlook") for x in lines), lines
    # the next sentence is another rater's: not this action's outlook
    other = text.replace("등급 전망은 '안정적'으로 제시했다.", "S&P도 등급 전망은 '부정적'으로 유지했다.")
    assert not any("outlook" in x for x in _end_to_end(other)), _end_to_end(other)
    # an outlook revised from one word to another is no outlook stated with the change
    revised = text.replace("등급 전망은 '안정적'으로 제시했다.", "등급 전망을 '안정적'에서 '부정적'으로 바꿨다.")
    assert not any("with a" in x for x in _end_to_end(revised)), _end_to_end(revised)


def test_results_their_own_sentence_calls_preliminary_are_said_so() -> None:
    text = "네이버는 7일 3분기 영업이익이 5200억원으로 전년 동기보다 10% 늘었다고 잠정 공시했다."
    lines = _end_to_end(text)
    assert any("Naver's preliminary operating profit rose 10%" in x for x in lines), lines
    final = text.replace("잠정 공시했다", "공시했다")
    assert not any("preliminary" in x for x in _end_to_end(final)), _end_to_end(final)


def test_a_persons_reported_statement_is_said_as_theirs() -> None:
    text = "트럼프 미국 대통령은 일본이 미국에 5500억 달러를 투자하기로 했다고 23일(현지시간) 밝혔다."
    lines = _end_to_end(text)
    assert any("US$550 billion" in x and x.rstrip(".").endswith(", Donald Trump said") for x in lines), lines
    # a company's own announcement is no one's claim
    own = "도요타는 미국에 100억 달러를 투자하기로 했다고 23일 밝혔다."
    assert not any("said" in x for x in _end_to_end(own)), _end_to_end(own)
    # the outlet's own statement of the fact: no attribution
    plain = "일본은 미국에 5500억 달러를 투자하기로 했다. 트럼프 미국 대통령은 이를 환영했다."
    assert not any("Trump said" in x for x in _end_to_end(plain)), _end_to_end(plain)


def test_jobs_a_company_estimates_are_said_as_its_estimate() -> None:
    text = (
        "삼성SDI는 20일 천안에 2조원을 투자해 배터리 공장을 짓는다고 밝혔다. "
        "회사는 이번 투자로 약 900명의 직접 고용이 생길 것으로 예상했다."
    )
    joined = " | ".join(_end_to_end(text))
    assert "Samsung SDI expects its investment to create about 900 direct jobs" in joined, joined
    # the outlet's own count: no estimator is said
    plain = text.replace("회사는 이번 투자로 약 900명의 직접 고용이 생길 것으로 예상했다.", "신규 고용은 약 900명이다.")
    assert "expects its investment" not in " | ".join(_end_to_end(plain))


def test_a_move_against_a_bare_earlier_quarter_is_from_the_previous_quarter() -> None:
    text = (
        "아시아나항공은 3분기 영업이익이 2000억원으로 집계됐다고 밝혔다. "
        "영업이익률은 9.5%로 2분기보다 1.2%포인트 높아졌다."
    )
    joined = " | ".join(_end_to_end(text))
    assert "rose 1.2 percentage points from the previous quarter to 9.5%" in joined, joined
    # a quarter that is not the one before the results' is no previous quarter: the base is not said
    other = text.replace("2분기보다", "1분기보다")
    assert "previous quarter" not in " | ".join(_end_to_end(other)), _end_to_end(other)


def test_a_kept_target_says_the_opinion_kept_with_it() -> None:
    text = (
        "오리온 주가가 3분기 실적 발표 뒤 강세를 보였다. "
        "대신증권은 오리온의 목표주가를 15만원에서 18만원으로 높였다. "
        "반면 메리츠증권은 투자의견 '중립'과 목표주가 14만원을 그대로 유지했다."
    )
    lines = _end_to_end(text)
    assert "Meritz Securities kept its price target for Orion at ₩140,000, and its rating at neutral." in lines, lines
    unknown = text.replace("'중립'", "'관망'")  # an opinion word not known: the target alone
    assert "Meritz Securities kept its price target for Orion at ₩140,000." in _end_to_end(unknown)


def test_the_one_broker_against_the_others_weighs_more() -> None:
    from briefings.writing.english import _dissents, _Item

    def item(text: str) -> _Item:
        return _Item(text=text, sentence=0, figures=(), key=(text,), weight=1.0, subjects=(), position=0)

    raised = [item(f"Broker {k} raised its price target for Orion from ₩1 to ₩2.") for k in range(3)]
    kept = item("Broker K kept its price target for Orion at ₩1.")
    assert _dissents([*raised, kept]) == [0.0, 0.0, 0.0, 1.0]
    # one each way is no dissent; another company's target is counted apart
    assert _dissents([raised[0], kept]) == [0.0, 0.0]
    other = item("Broker Z cut its price target for Lotte from ₩2 to ₩1.")
    assert _dissents([*raised, other]) == [0.0, 0.0, 0.0, 0.0]


def test_a_whole_markets_figureless_move_gives_way_to_its_index_figures() -> None:
    text = "코스피는 전 거래일보다 3.5% 하락한 2400.12에 마감했다. 국내 증시가 폭락하면서 투자자들의 불안이 커졌다."
    lines = _end_to_end(text)
    assert lines == ["The KOSPI fell 3.5% to close at 2,400.12"], lines
    # alone, the market's move is still said
    alone = "국내 증시가 폭락하면서 투자자들의 불안이 커졌다."
    assert any("plunged" in x for x in _end_to_end(alone)), _end_to_end(alone)


def test_results_beating_market_expectations_with_no_figure_in_several_wordings() -> None:
    for text, said in (
        ("오리온이 시장 예상을 웃도는 3분기 실적을 발표했다.", "Orion's results beat market expectations"),
        ("오리온이 시장 기대를 넘어선 3분기 실적을 내놨다.", "Orion's results beat market expectations"),
        (
            "오리온이 올해 3분기 시장 예상치를 밑도는 실적을 내놨다.",
            "Orion's results fell short of market expectations",
        ),
    ):
        assert any(x.rstrip(".") == said for x in _end_to_end(text)), (text, _end_to_end(text))
    # expectations of something else: no beat
    assert not any("expectations" in x for x in _end_to_end("오리온은 시장 기대를 모은 신제품을 내놨다."))


def test_guidance_set_against_the_consensus_in_the_next_sentence_is_said_after_it() -> None:
    text = (
        "인텔은 6일(현지시간) 4분기 매출 전망치를 140억 달러로 제시했다. "
        "이는 블룸버그가 집계한 시장 예상치인 135억 달러보다 높은 수준이다."
    )
    lines = _end_to_end(text, "2026-11-06")
    assert any(
        x.startswith("Intel guided Q4 2026 revenue to US$14 billion, above the") and "consensus" in x for x in lines
    ), lines
    below = text.replace("보다 높은", "에 미치지 못하는")  # the words say below, the amounts above: nothing said
    said = _end_to_end(below, "2026-11-06")
    assert not any(", above the" in x or ", below the" in x for x in said), said
