"""Round 11: events whose point is a decision or a result, not a level: a buyback decided through a trust
agreement with its period, a housing presale's applicants and competition ratio. Sentences written for the tests."""

from __future__ import annotations

from tests.briefings.test_english import _end_to_end


def test_a_trust_buyback_decided_by_the_board_is_said_with_its_period() -> None:
    one = (
        "삼성전자는 이사회에서 3000억원 규모의 자기주식 취득을 위한 신탁계약 체결을 결의했다고 5일 공시했다. "
        "계약 기간은 8월 7일부터 11월 6일까지이며 신탁 기관은 NH투자증권이다."
    )
    joined = " | ".join(_end_to_end(one))
    said = "plans to buy back ₩300 billion of its shares through a trust agreement from 7 August to 6 November"
    assert said in joined, joined
    assert "Samsung Electronics said on 5 August 2026 it plans" in joined, joined  # the day of the disclosure
    # another phrasing: the decision said with 하기로 했다, no period written
    two = "SK하이닉스는 1조원 규모의 자사주 매입을 위해 증권사와 신탁계약을 체결하기로 했다."
    joined = " | ".join(_end_to_end(two))
    assert "buy back ₩1 trillion of its shares through a trust agreement" in joined, joined
    assert " from " not in joined and " said on " not in joined, joined


def test_a_trust_buyback_still_under_review_is_no_plan_through_a_trust() -> None:
    for text in (
        "삼성전자는 3000억원 규모의 자기주식 취득을 위한 신탁계약 체결을 검토하고 있다.",
        "삼성전자는 3000억원 규모의 자기주식 취득을 위한 신탁계약 체결 여부를 이사회에서 논의한다.",
    ):
        joined = " | ".join(_end_to_end(text))
        assert "trust agreement" not in joined, (text, joined)
    # twin: the same agreement resolved (결의했다) is the plan
    lines = _end_to_end("삼성전자는 3000억원 규모의 자기주식 취득을 위한 신탁계약 체결을 결의했다.", "2026-08-05")
    said = "Samsung Electronics plans to buy back ₩300 billion of its shares through a trust agreement"
    assert said in lines, lines


def test_a_presale_result_is_said_with_its_applicants_units_and_ratio() -> None:
    one = (
        "경기 성남시 분당구에 들어서는 '가나 파크' 단지가 1순위 청약에서 흥행했다. "
        "3일 진행된 1순위 청약에서 250가구 모집에 3만1250명이 접수해 평균 125대 1의 경쟁률을 기록했다."
    )
    joined = " | ".join(_end_to_end(one))
    assert (
        "An apartment presale in Gyeonggi drew 31,250 first-priority applicants for 250 units on 3 August 2026, "
        "an average competition ratio of 125 to 1" in joined
    ), joined
    two = (
        "부산 해운대구에서 분양하는 아파트의 특별공급 결과가 나왔다. "
        "특별공급 120가구 모집에 2400명이 신청해 20대 1의 경쟁률을 보였다."
    )
    joined = " | ".join(_end_to_end(two))
    said = "An apartment presale in Busan drew 2,400 special-supply applicants for 120 units, a competition ratio of"
    said += " 20 to 1"
    assert said in joined, joined


def test_a_presale_with_no_place_or_a_rounded_count_is_no_line() -> None:
    for text in (
        # no place written before a site word: who is unknown
        "1순위 청약에서 250가구 모집에 3만1250명이 접수해 평균 125대 1의 경쟁률을 기록했다.",
        # a rounded, qualified count of applicants
        "서울 송파구에 들어서는 단지의 1순위 청약에서 250가구 모집에 3만명 넘게 접수해 평균 120대 1의 경쟁률을"
        " 기록했다.",
        # an IPO's subscription: shares, not homes
        "서울 영등포구에 들어서는 본사를 둔 가나전자의 청약에는 15만명이 몰려 845.3대 1의 경쟁률을 기록했다.",
    ):
        joined = " | ".join(_end_to_end(text))
        assert "presale" not in joined, (text, joined)
    # twin: the place written before the site word and an exact count of applicants: the presale is said
    twin = (
        "경기 성남시 분당구에 들어서는 '가나 파크' 단지가 1순위 청약에서 흥행했다. "
        "3일 진행된 1순위 청약에서 250가구 모집에 3만1250명이 접수해 평균 125대 1의 경쟁률을 기록했다."
    )
    joined = " | ".join(_end_to_end(twin))
    assert "An apartment presale in Gyeonggi drew 31,250 first-priority applicants for 250 units" in joined, joined
