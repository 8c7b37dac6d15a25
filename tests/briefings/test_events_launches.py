"""Launches said with the product's name, what it is, where, and its terms (facts/launch.py; writing/english.py
_launch_term_items), and the IPO size said as what the company will raise (_ipo_to_raise)."""

from __future__ import annotations

from briefings.facts.launch import read_launch
from briefings.model import Article
from briefings.pipeline import brief


def english(text: str, title: str = "", date: str | None = "2026-05-12") -> tuple[str, list[str]]:
    body = (title + "\n\n" if title else "") + text
    b = brief(Article(id="l", path="l.txt", title=title, text=body, date=date))
    return b.headline_en or "", [line.text for line in b.summary_en]


def test_a_hangul_model_name_is_said_through_data_with_its_kind_and_place() -> None:
    head, _ = english("기아가 준중형 전기 SUV '쏘렌토 5'를 12일 국내에 정식 출시했다.")
    assert head == "Kia launched the Sorento 5, a compact electric SUV, in South Korea on 12 May 2026"


def test_a_latin_model_name_is_said_as_written() -> None:
    head, _ = english("삼성전자가 폴더블폰 'Z7'을 12일 공개했다.")
    assert head == "Samsung Electronics unveiled the Z7, a foldable phone, on 12 May 2026"


def test_a_hangul_name_not_in_the_data_is_not_guessed() -> None:
    head, lines = english("기아가 중형 세단 '바람'을 12일 출시했다.")
    said = [head, *lines]
    assert "Kia launched a midsize sedan on 12 May 2026" in said
    assert not any("Baram" in x or "'" in x for x in said)


def test_a_vague_unnamed_launch_is_not_said() -> None:
    head, lines = english("기아가 12일 신차를 출시했다.")
    assert not any("launched" in x for x in [head, *lines])


def test_a_launch_to_come_is_not_said_as_done() -> None:
    head, lines = english("기아가 다음 달 준중형 전기 SUV '쏘렌토 5'를 국내에 출시한다.")
    assert not any("launched" in x for x in [head, *lines])


def test_an_unknown_word_between_the_object_and_the_trigger_is_no_launch() -> None:
    assert read_launch("기아가 중형 세단 '쏘렌토 5'를 가까스로 출시했다.", 0, 25) is None


def test_a_launch_is_said_with_its_trims_pre_orders_and_sales_target() -> None:
    head, lines = english(
        "기아가 준중형 전기 SUV '쏘렌토 5'를 12일 국내에 공식 출시했다. "
        "쏘렌토 5의 판매 가격은 기본 트림 4200만원, 최상위 트림 5100만원부터다. "
        "배터리 용량은 80kWh로 한 번 충전에 500km를 달린다. "
        "지난달 시작한 사전계약에는 3주 만에 2만4000대가 몰렸다. "
        "기아는 쏘렌토 5의 내년 국내 판매 목표를 3만대로 잡았다. "
        "이날 기아 주가는 전 거래일보다 2.1% 오른 11만원에 거래를 마쳤다.",
        title="기아, 전기 SUV '쏘렌토 5' 출시",
    )
    assert head.startswith("Kia launched the Sorento 5, a compact electric SUV, in South Korea")
    assert "The Sorento 5 is priced from ₩42,000,000 to ₩51,000,000, depending on trim." in lines
    assert "The Sorento 5 drew 24,000 pre-orders in three weeks." in lines
    assert "Kia aims to sell 30,000 units of the Sorento 5 in South Korea next year." in lines
    assert any(x.startswith("Kia shares rose 2.1%") for x in lines)  # the share move is a line, not the lead
    assert not any("kWh" in x or "km" in x for x in [head, *lines])  # specs are no lines


def test_a_single_starting_price_and_a_band_that_is_no_price() -> None:
    _, lines = english(
        "기아가 중형 세단 '쏘렌토 5'를 12일 출시했다. 쏘렌토 5의 판매 가격은 3500만원부터다. "
        "보조금을 받으면 실구매가는 3000만원대까지 낮아진다."
    )
    assert "The Sorento 5 starts at ₩35,000,000." in lines
    assert not any("30,000,000" in x for x in lines)


def test_a_sales_target_of_another_product_is_not_said() -> None:
    _, lines = english("기아가 중형 세단 '쏘렌토 5'를 12일 출시했다. 기아는 카니발의 내년 판매 목표를 5만대로 잡았다.")
    assert not any("aims to sell" in x for x in lines)


def test_an_offering_before_its_listing_is_what_the_company_will_raise() -> None:
    _, lines = english(
        "무신사는 수요예측 결과 공모가를 주당 2만원으로 확정했다고 12일 공시했다. "
        "공모가 기준 공모 규모는 1200억원이다. 이 회사는 오는 25일 코스닥에 상장할 예정이다."
    )
    assert any(x.endswith("will raise ₩120 billion in its IPO.") for x in lines)
    assert not any("is worth" in x for x in lines)


def test_the_price_of_a_named_launch_is_said_by_its_name_not_its_place() -> None:
    _, lines = english("기아가 '쏘렌토 5'를 12일 국내에 출시했다. 출고가는 3500만원이다.")
    assert lines == ["The Sorento 5 is priced at ₩35,000,000."]


def test_a_sales_start_takes_its_object_with_the_genitive() -> None:
    head, _ = english("현대차는 12일 '아이오닉 3'의 판매를 시작했다.")
    assert head == "Hyundai Motor began selling the Ioniq 3 on 12 May 2026"
    head, lines = english("현대차는 '아이오닉 3'의 판매를 시작한다.")  # to come: not said
    assert not any("selling" in x for x in [head, *lines])


def test_an_unquoted_name_with_its_series_word() -> None:
    head, _ = english("삼성전자가 갤럭시 S26 시리즈를 12일 공개했다.")
    assert head == "Samsung Electronics unveiled the Galaxy S26 series on 12 May 2026"


def test_a_kind_with_a_noun_is_said_but_only_adjectives_before_a_vague_head_is_not() -> None:
    head, _ = english("딥시크가 12일 AI 모델을 공개했다.")
    assert head == "DeepSeek unveiled an AI model on 12 May 2026"
    head, lines = english("기아가 12일 신형 모델을 공개했다.")
    assert not any("unveiled" in x for x in [head, *lines])


def test_terms_of_another_product_or_of_the_past_are_not_the_launchs() -> None:
    _, lines = english(
        "기아가 준중형 전기 SUV '쏘렌토 5'를 12일 출시했다. 지난해 나온 'EV3'는 사전계약 1만대를 기록했다."
    )
    assert not any("pre-orders" in x for x in lines)
    _, lines = english("기아가 준중형 전기 SUV '쏘렌토 5'를 12일 출시했다. 사전계약 대수는 1만대를 넘었다.")
    assert "The Sorento 5 drew more than 10,000 pre-orders." in lines


def test_a_price_compared_with_another_is_no_price() -> None:
    _, lines = english(
        "기아가 준중형 전기 SUV '쏘렌토 5'를 12일 출시했다. 쏘렌토 5의 가격은 전작보다 10만원 오른 4500만원이다."
    )
    assert not any("priced" in x or "starts at" in x for x in lines)


def test_a_first_is_its_own_unless_it_is_a_brands() -> None:
    head, _ = english("현대차가 12일 첫 전기 세단을 공개했다.")
    assert head == "Hyundai Motor unveiled its first electric sedan on 12 May 2026"
    head, lines = english("현대차는 12일 제네시스 브랜드의 첫 전기 세단을 공개했다.")
    assert not any("first" in x for x in [head, *lines])


def test_a_sales_start_and_a_launch_abroad_are_lines_and_a_past_start_is_not() -> None:
    _, lines = english(
        "기아가 준중형 전기 SUV '쏘렌토 5'를 12일 출시했다. 쏘렌토 5는 다음 달 1일부터 출고된다. "
        "미국 출시는 내년 하반기로 잡혀 있다."
    )
    assert "Deliveries of the Sorento 5 start on 1 June 2026." in lines
    assert "Kia plans to launch the Sorento 5 in the US in the second half of 2027." in lines
    _, lines = english("기아가 준중형 전기 SUV '쏘렌토 5'를 12일 공개했다. 지난 1일부터 판매됐다.")
    assert not any("on sale" in x for x in lines)


def test_a_launch_abroad_somewhere_unknown_is_not_said() -> None:
    _, lines = english("기아가 준중형 전기 SUV '쏘렌토 5'를 12일 출시했다. 현지 출시는 내년 하반기로 잡혀 있다.")
    assert not any("plans to launch" in x for x in lines)


def test_a_launch_abroad_says_its_place() -> None:
    head, _ = english("삼성전자는 12일 폴더블폰 'Z7'을 미국에서 공개했다.")
    assert head == "Samsung Electronics unveiled the Z7, a foldable phone, in the US on 12 May 2026"
