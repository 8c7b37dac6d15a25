"""Round 15: a figure that says by how much the next one differs from a base ("전 거래일보다 1000억원 많은 5000억원")
is a difference, never the level, and no line or headline says it as the amount. Sentences written for the tests."""

from __future__ import annotations

from tests.briefings.test_english import _end_to_end


def test_a_difference_before_the_level_is_no_amount_net_bought() -> None:
    lines = _end_to_end("외국인은 전 거래일보다 1000억원 많은 5000억원을 순매수했다.")
    joined = " | ".join(lines)
    assert "net bought ₩500 billion" in joined, joined
    assert "₩100 billion" not in joined, joined
    lines = _end_to_end("기관은 전날보다 300억원 적은 800억원을 순매도했다.")
    joined = " | ".join(lines)
    assert "net sold ₩80 billion" in joined, joined
    assert "₩30 billion" not in joined, joined


def test_a_plain_net_buy_still_says_its_amount() -> None:
    # twin: the same figure with no difference word is the amount bought
    joined = " | ".join(_end_to_end("외국인은 1000억원을 순매수했고 기관은 5000억원을 순매도했다."))
    assert "Foreign investors net bought ₩100 billion" in joined, joined
    assert "net sold ₩500 billion" in joined, joined
