"""Events without figures: a trigger of data/events.tsv with its actor and object checked on Kiwi's tokens."""

from __future__ import annotations

import pytest

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.events import extract_events, lexicon
from briefings.model import Article, Event
from briefings.writing.english import brief_english


def events_of(text: str, date: str | None = "2025-01-28") -> tuple[Event, ...]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, date)
    return extract_events(Article(id="e", path="e.txt", title="", text=text, date=date), analysis, figures)


def english_of(text: str, title: str = "") -> list[str]:
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2025-01-28")
    article = Article(id="e", path="e.txt", title=title, text=text, date="2025-01-28")
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, (), (), events)
    return ([result.headline.text] if result.headline else []) + [line.text for line in result.lines]


def test_a_ban_names_who_bans_and_what() -> None:
    (event,) = events_of("미국 정부가 정부 기기에서 딥시크 사용을 금지했다.")
    assert (event.kind, event.what) == ("ban", "DeepSeek")
    assert event.who in (("US",), ("US government",))  # "미국 정부" is a gazetteer name of its own


def test_a_probe_by_two_companies_acting_together() -> None:
    (event,) = events_of("오픈AI와 마이크로소프트가 딥시크의 데이터 무단 사용 여부를 조사하고 있다.")
    assert (event.kind, event.who, event.what) == ("probe", ("OpenAI", "Microsoft"), "DeepSeek")
    assert english_of("오픈AI와 마이크로소프트가 딥시크의 데이터 무단 사용 여부를 조사하고 있다.") == [
        "OpenAI and Microsoft are investigating DeepSeek"
    ]


def test_a_view_through_a_title_noun() -> None:
    (event,) = events_of("젠슨 황 CEO는 시장이 과잉 반응했다고 말했다.")
    assert (event.kind, event.who) == ("view", ("Jensen Huang",))
    assert english_of("젠슨 황 CEO는 시장이 과잉 반응했다고 말했다.") == [
        "Jensen Huang said the market had overreacted"
    ]


def test_a_release_with_its_date() -> None:
    lines = english_of("딥시크는 지난 20일 R1을 공개했다.")
    assert lines == ["DeepSeek released R1 on 20 January 2025"]


@pytest.mark.parametrize(
    "text",
    [
        "중국은 딥시크 사용을 금지하지 않았다.",  # denied
        "미국 정부는 딥시크 사용을 금지할 계획이다.",  # deferred
        "딥시크 사용을 금지했다.",  # no actor
        "미국 정부가 사용을 금지했다.",  # no object
        "한국 증시도 반도체 종목이 대거 급락하면서 하락세로 마감했다.",  # the stocks fell, not the market
        "앞서 한국은행은 금리를 동결했다.",  # an undated background event
    ],
)
def test_abstains_when_an_argument_is_missing_or_the_trigger_is_denied(text: str) -> None:
    assert events_of(text) == ()


def test_a_move_with_its_figure_is_left_to_the_figure() -> None:
    assert [e for e in events_of("코스피가 3% 급락했다.") if e.kind == "market_move"] == []


def test_the_last_cue_of_a_sentence_decides_a_move() -> None:
    moves = [e for e in events_of("네이버는 장 초반 급등했지만 약세로 돌아섰다.") if e.kind == "market_move"]
    assert [e.action for e in moves] == ["slide"]


def test_a_trade_deal_is_said_once_whoever_announces_it() -> None:
    text = (
        "바이든 미국 대통령은 일본과의 무역 합의 체결을 발표했다.\n"
        "바이든 대통령은 일본과 무역 협정에 합의했다고 거듭 말했다."
    )
    deals = [e for e in events_of(text) if e.kind == "deal"]
    assert [e.what for e in deals] == ["Japan"]


def test_every_event_row_has_an_english_template_without_hangul() -> None:
    for row in lexicon().rows:
        # strike votes, board splits, decisions, corporate actions and acts (rulings, approvals, rule-making) are read
        # by their own modules (facts/strikes.py, facts/splits.py, facts/decisions.py, facts/corporate.py,
        # facts/acts.py): a row gives only their English
        own = ("labour", "split", "decision", "corporate", "ruling", "approval", "rulemaking")
        module_read = row.kind in own and not row.triggers and not row.who
        assert row.template and (module_read or (row.triggers and row.who)), row
        assert not any("\uac00" <= ch <= "\ud7a3" for ch in row.template), row


def test_an_event_in_the_title_heads_the_briefing() -> None:
    text = "미국, 딥시크 금지\n미국 정부가 정부 기기에서 딥시크 사용을 금지했다.\n엔비디아와 브로드컴은 급등했다."
    lines = english_of(text, title="미국, 딥시크 금지")
    assert lines[0] in ("The US banned DeepSeek", "The US government banned DeepSeek")
    assert "NVIDIA and Broadcom shares jumped." in lines


def test_a_flood_of_names_and_triggers_is_linear() -> None:
    """One sentence of thousands of names and triggers: each trigger looks only at its own neighbourhood."""
    import time

    small, big = "네이버가 급등했고 카카오가 급락했고 " * 300, "네이버가 급등했고 카카오가 급락했고 " * 1200
    timings = []
    for text in (small, big):
        analysis = analyse(text)
        figures = extract_figures(text, analysis.sentences, None)
        article = Article(id="f", path="f.txt", title="", text=text)
        start = time.perf_counter()
        events = extract_events(article, analysis, figures)
        timings.append(time.perf_counter() - start)
        assert {e.who for e in events} <= {("Naver",), ("Kakao",)}
    assert timings[1] < 10 * max(timings[0], 0.05)  # 4x the input: linear is ~4x, quadratic ~16x


def test_a_growth_forecast_revision_with_its_economy_figures_and_year() -> None:
    """ "한은은 2026년 한국의 경제성장률 전망치를 2.3%에서 1.8%로 내렸다": who cut which forecast to what."""
    text = "한은은 2026년 한국의 경제성장률 전망치를 2.3%에서 1.8%로 내렸다."
    (event,) = [e for e in events_of(text) if e.kind == "forecast"]
    assert (event.action, event.who) == ("growth_forecast_cut", ("Bank of Korea",))
    assert english_of(text) == ["The Bank of Korea cut its 2026 growth forecast for South Korea to 1.8%"]


def test_a_growth_forecast_of_no_named_economy_names_none() -> None:
    """Whose growth "1.5%" is the sentence does not write: the forecaster's economy is not guessed."""
    assert english_of("한국은행은 올해 경제 성장률 전망치를 1.9%에서 1.5%로 낮췄다.") == [
        "The Bank of Korea cut its growth forecast to 1.5%"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "성장률 둔화 우려로 한국은행은 기준금리를 낮췄다.",  # the rate, not the forecast, was cut
        "시장은 한국은행이 경제성장률 전망치를 낮출 것으로 예상했다.",  # expected, not done
        "한은은 2026년 한국의 경제성장률 전망치를 1.8%에서 2.3%로 내렸다.",  # figures contradict the verb
    ],
)
def test_no_growth_forecast_revision_without_its_object_act_or_agreeing_figures(text: str) -> None:
    assert not any("growth forecast" in line for line in english_of(text)), english_of(text)


def test_a_raid_on_two_companies_names_both() -> None:
    text = "금융감독원이 지난 14일 네이버와 쿠팡에 대한 현장조사에 나섰다."
    (event,) = events_of(text)
    assert (event.kind, event.action, event.what, event.also) == ("probe", "raid", "Naver", ("Coupang",))
    assert english_of(text)[0] == "The Financial Supervisory Service raided Naver and Coupang on 14 January 2025"


def test_two_probed_companies_joined_by_mit() -> None:
    (event,) = events_of("검찰은 네이버 및 카카오를 압수수색했다.")
    assert (event.what, event.also) == ("Naver", ("Kakao",))


def test_an_object_of_another_type_is_not_joined() -> None:
    # 미국 (a country) joined to 엔비디아 is no object of a probe of companies and products
    (event,) = events_of("공정위는 미국과 엔비디아에 대한 조사에 착수했다.")
    assert (event.what, event.also) == ("NVIDIA", ())


def test_a_production_cut_decided_by_a_group_of_producers() -> None:
    text = "OPEC+는 지난 3일 회의에서 하루 50만배럴을 감산하기로 합의했다."
    (event,) = events_of(text)
    assert (event.kind, event.action, event.who) == ("production", "output_cut", ("OPEC+",))
    assert english_of(text)[0].startswith("OPEC+ decided on 3 January 2025 to cut production by 500,000 barrels a day")


def test_while_is_no_condition() -> None:
    # "하면서" (while) holds "하면" (if): the cut is still decided
    (event,) = events_of("OPEC+가 감산을 결정하면서 유가가 뛰었다.")
    assert event.action == "output_cut"
    assert not events_of("OPEC+가 감산을 결정하면 유가가 뛸 것이다.")


def test_a_production_cut_planned_is_no_event() -> None:
    assert not events_of("삼성전자는 메모리 감산을 검토하고 있다.")


def test_a_tender_offer_to_delist_says_so_once() -> None:
    text = (
        "한화는 상장 자회사 한화투자증권의 상장폐지를 위해 공개매수를 실시한다. "
        "한화는 한화투자증권 보통주를 공개매수한다고 밝혔다."
    )
    events = events_of(text)
    assert [(e.action, e.who, e.what) for e in events] == [
        ("tender_offer_delist", ("Hanwha",), "Hanwha Investment & Securities")
    ]
    assert "Hanwha launched a tender offer for Hanwha Investment & Securities to delist it" in english_of(text)


def test_a_plain_tender_offer_has_no_purpose() -> None:
    (event,) = events_of("한화솔루션은 한화오션 주식을 공개매수한다.")
    assert event.action == "tender_offer"


def test_a_contract_says_what_is_contracted_its_value_and_the_party() -> None:
    text = "LG에너지솔루션은 유럽 완성차 업체와 3조원 규모의 배터리 공급 계약을 체결했다."
    (event,) = events_of(text)
    assert (event.kind, event.action, event.detail, event.whom) == (
        "deal",
        "contract",
        "a battery supply",
        "a European carmaker",
    )
    assert english_of(text)[0] == (
        "LG Energy Solution signed a battery supply contract worth ₩3 trillion with a European carmaker"
    )


def test_a_contract_with_a_named_party_and_a_converted_value() -> None:
    text = "SK하이닉스는 엔비디아와 20억 달러(약 2조8000억원) 규모의 HBM3E 공급 계약을 맺었다."
    (event,) = events_of(text)
    assert (event.what, event.detail, event.whom, len(event.amount)) == ("NVIDIA", "an HBM3E supply", None, 2)
    assert english_of(text)[0] == (
        "SK hynix signed an HBM3E supply contract worth US$2 billion (about ₩2.8 trillion) with NVIDIA"
    )


def test_a_licensing_deal_said_by_a_verbal_modifier_with_its_total_value() -> None:
    # "기술수출하는 계약": the verbal noun is what is contracted; "총 N달러 규모로" is its value
    text = "대웅제약은 일본 제약사에 위암 신약 후보물질을 총 3억달러 규모로 기술수출하는 계약을 맺었다."
    (event,) = [e for e in events_of(text) if e.action == "contract"]
    assert (event.detail, event.whom, len(event.amount)) == ("a licensing", None, 1)
    assert english_of(text)[0] == "Daewoong Pharmaceutical signed a licensing contract worth US$300 million"


def test_a_licensing_deal_names_the_company_it_is_licensed_to() -> None:
    text = "유한양행은 화이자에 폐암 신약 후보물질을 총 7억달러 규모로 기술수출하는 계약을 체결했다."
    (event,) = [e for e in events_of(text) if e.action == "contract"]
    assert (event.detail, event.whom) == ("a licensing", "Pfizer")
    assert english_of(text)[0] == "Yuhan signed a licensing contract worth US$700 million with Pfizer"
    # a described party with 에 is not said (only a name is)
    text = "유한양행은 미국 제약사에 폐암 신약 후보물질을 총 7억달러 규모로 기술수출하는 계약을 체결했다."
    (event,) = [e for e in events_of(text) if e.action == "contract"]
    assert event.whom is None


def test_a_supply_deal_said_by_a_past_modifier() -> None:
    text = "삼성SDI는 미국 완성차 업체와 2조원 규모의 배터리를 공급한 계약을 체결했다."
    events = [e for e in events_of(text) if e.action == "contract"]
    assert [(e.detail, len(e.amount)) for e in events] == [("a supply", 0)]


def test_a_verbal_modifier_not_known_as_a_contract_object_says_no_contract() -> None:
    # 양도 (transfer) is no object row: nothing is said in part
    events = events_of("셀트리온은 미국 기업에 특허를 양도하는 계약을 체결했다.")
    assert not [e for e in events if e.action == "contract"]
    # an adverbial size before a plain noun object is no value read
    assert not [
        e for e in events_of("LG화학은 유럽 기업과 1조원 규모로 배터리 공급 계약을 체결했다.") if e.action == "contract"
    ]
    # twins: a known verbal object (공급하는) and the size in the genitive (규모의) are said
    (event,) = [e for e in events_of("셀트리온은 미국 기업에 의약품을 공급하는 계약을 체결했다.") if e.action == "contract"]
    assert event.detail == "a supply"
    text = "LG화학은 유럽 기업과 1조원 규모의 배터리 공급 계약을 체결했다."
    assert english_of(text)[0] == "LG Chem signed a battery supply contract worth ₩1 trillion with a European company"


def test_an_order_won_says_the_ships_their_price_and_the_shipowner() -> None:
    text = "삼성중공업은 그리스 선사로부터 컨테이너선 6척을 2조원에 수주했다."
    (event,) = [e for e in events_of(text) if e.action == "order"]
    assert (event.detail, len(event.amount)) == ("a container ship", 1)
    assert english_of(text)[0].startswith("Samsung Heavy Industries won a container ship order worth ₩2 trillion")


def test_an_order_with_its_value_as_a_size_before_the_ships() -> None:
    text = "HD현대미포는 1조5000억원(약 11억달러) 규모의 LPG운반선 8척을 수주했다."
    (event,) = [e for e in events_of(text) if e.action == "order"]
    assert (event.detail, len(event.amount)) == ("an LPG carrier", 2)


def test_an_order_of_an_unknown_object_is_said_as_an_order() -> None:
    text = "HD현대중공업은 선주로부터 대형 설비 2기를 4000억원에 수주했다."
    (event,) = [e for e in events_of(text) if e.action == "order"]
    # 설비 is no object row: the order is said without its object; the count is not read as ships
    # and an unknown word between the party and the count leaves the party unsaid
    assert (event.detail, event.whom) == ("an", None)
    assert english_of(text)[0].startswith("HD Hyundai Heavy Industries won an order worth ₩400 billion")


def test_a_shipowner_marked_from_is_said_as_the_party() -> None:
    text = "한화오션은 해외 선주로부터 유조선 2척을 3000억원에 수주했다."
    (event,) = [e for e in events_of(text) if e.action == "order"]
    assert (event.detail, event.whom) == ("a tanker", "an overseas shipowner")
    assert english_of(text)[0].startswith(
        "Hanwha Ocean won a tanker order worth ₩300 billion from an overseas shipowner"
    )
    # a time word the party rows do not hold ("올해 초") stands before it: the party is not said
    (event,) = [
        e
        for e in events_of("한화오션은 올해 초 해외 선주로부터 유조선 2척을 3000억원에 수주했다.")
        if e.action == "order"
    ]
    assert event.whom is None


def test_a_running_total_of_orders_is_no_order_event() -> None:
    for text in (
        "삼성중공업은 올해 누적 30척을 수주했다.",
        "한화오션은 올해 들어 LNG운반선 12척을 수주했다.",
        "HD한국조선해양은 총 10척을 수주했다.",
        "한화오션이 유조선 3척을 수주했다면 목표를 넘었을 것이다.",  # a condition, not an order won
        "삼성중공업은 내년에도 LNG운반선을 수주할 계획이다.",  # a plan
    ):
        assert not [e for e in events_of(text) if e.action == "order"], text
    # twin: one order of ships at a price is the event
    text = "한화오션은 그리스 선사로부터 LNG운반선 12척을 3조원에 수주했다."
    (event,) = [e for e in events_of(text) if e.action == "order"]
    assert (event.detail, len(event.amount)) == ("an LNG carrier", 1)
    assert english_of(text)[0].startswith("Hanwha Ocean won an LNG carrier order worth ₩3 trillion")


def test_a_contract_whose_object_holds_an_unknown_word_is_not_said_as_a_contract_event() -> None:
    # 차세대 (next-generation) is no word of events_terms.tsv: the object would be said in part
    assert not [
        e for e in events_of("SK하이닉스는 엔비디아와 차세대 HBM 공급 계약을 체결했다.") if e.action == "contract"
    ]
    # twin: with every word of the object known, the contract is said
    text = "SK하이닉스는 엔비디아와 HBM 공급 계약을 체결했다."
    (event,) = [e for e in events_of(text) if e.action == "contract"]
    assert (event.detail, event.whom) == ("an HBM supply", "NVIDIA")
    assert english_of(text)[0] == "SK hynix signed an HBM supply contract with NVIDIA"


def test_a_described_party_with_an_unknown_word_is_left_out() -> None:
    (event,) = events_of("셀트리온은 미국 소재 제약사와 위탁생산 계약을 맺었다.")
    assert (event.detail, event.whom) == ("a manufacturing", None)


def test_a_contract_reported_on_a_day_is_not_dated_by_the_report() -> None:
    text = "현대차는 20일 컨퍼런스콜에서 중국 고객사와 배터리 구매 계약을 체결했다고 밝혔다."
    (event,) = events_of(text)
    assert event.date is None and event.whom == "a Chinese client"
    signed = "Hyundai Motor signed a battery purchase contract with a Chinese client"
    assert (
        english_of("현대차는 지난 20일 중국 고객사와 배터리 구매 계약을 체결했다.")[0] == signed + " on 20 January 2025"
    )


def test_a_cut_says_its_size_and_the_day_it_was_agreed_not_the_start_of_its_span() -> None:
    text = "OPEC+는 지난 3일 회의에서 오는 3월부터 연말까지 하루 50만배럴을 추가 감산하기로 합의했다."
    assert english_of(text)[0] == (
        "OPEC+ decided on 3 January 2025 to cut production by a further 500,000 barrels a day from March 2025"
    )


def test_the_sized_mention_of_a_cut_replaces_the_bare_one() -> None:
    text = "OPEC+가 감산을 결정하면서 유가가 뛰었다. OPEC+는 하루 30만배럴을 감산하기로 합의했다."
    (event,) = events_of(text)
    assert (event.sentence, event.detail) == (1, " by 300,000 barrels a day")


def test_a_size_with_an_unknown_word_before_the_trigger_is_not_said() -> None:
    (event,) = events_of("OPEC+는 하루 30만배럴을 단계적 감산하기로 합의했다.")
    assert (event.detail, event.amount) == (None, ())


def test_a_fine_names_the_regulator_the_company_and_the_sum() -> None:
    text = "공정위는 지난 3일 구글에 과징금 2200억원을 부과했다."
    (event,) = events_of(text)
    assert (event.action, event.who, event.what) == ("fine", ("Korea Fair Trade Commission",), "Google")
    assert english_of(text)[0] == "The Korea Fair Trade Commission fined Google ₩220 billion on 3 January 2025"


def test_a_fine_with_a_converted_sum_and_one_without_a_sum() -> None:
    assert english_of("유럽연합 집행위원회는 메타에 벌금 12억 유로(약 1조7000억원)를 부과했다.")[0] == (
        "The European Commission fined Meta €1.2 billion (about ₩1.7 trillion)"
    )
    assert (
        english_of("금융위원회는 카카오페이에 과태료를 부과했다.")[0]
        == "The Financial Services Commission fined Kakao Pay"
    )


def test_a_fine_only_planned_is_no_event() -> None:
    assert not events_of("공정위는 위법 사실이 확인되면 쿠팡에 과징금을 부과할 방침이다.")


def test_tariffs_on_a_country_marked_with_e() -> None:
    (event,) = events_of("미국은 중국에 관세를 부과했다.")
    assert (event.action, event.who, event.what) == ("tariffs", ("US",), "China")


def test_a_probe_says_what_it_is_about_when_the_words_are_known() -> None:
    assert english_of("검찰은 담합 혐의로 CJ제일제당을 압수수색했다.") == [
        "Prosecutors raided CJ CheilJedang over suspected collusion"
    ]
    assert english_of("공정위는 쿠팡의 하도급법 위반 여부를 조사하고 있다.") == [
        "The Korea Fair Trade Commission is investigating Coupang over suspected violations of the subcontracting law"
    ]
    assert english_of("검찰은 새로운 혐의로 네이버를 압수수색했다.") == ["Prosecutors raided Naver"]  # 새로운: unknown


def test_a_probe_of_a_suspicion_is_not_hedged_but_a_reported_raid_is() -> None:
    (event,) = events_of("금감원은 시세조종 의혹과 관련해 카카오에 대한 현장조사에 나섰다.")
    assert not event.hedged
    assert english_of("검찰이 횡령 의혹을 받는 카카오를 압수수색한 것으로 알려졌다.") == [
        "Reportedly, prosecutors raided Kakao over suspected embezzlement"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "엔비디아가 인텔 인수를 추진하고 있다.",  # pursued
        "엔비디아는 인텔 인수 협상을 벌이고 있다.",  # in talks
        "엔비디아는 인텔 인수를 제안했다.",  # proposed
        "엔비디아가 인텔 인수를 위한 실사에 착수했다.",  # for a purchase
        "엔비디아의 인텔 인수가 무산됐다.",  # fell through
        "미국 정부는 딥시크 사용 금지를 추진하고 있다.",
        "미국은 화웨이에 대한 제재를 해제했다.",  # lifted
        "의원들은 틱톡 금지를 요구했다.",  # demanded
    ],
)
def test_an_event_pursued_proposed_failed_or_lifted_is_none(text: str) -> None:
    assert not events_of(text)


def test_a_halt_lifted_was_triggered() -> None:
    (event,) = events_of("코스닥 지수는 서킷브레이커 발동이 해제된 후 반등했다.")
    assert event.action == "circuit_breaker"


def test_a_stake_bought_is_not_the_company_bought() -> None:
    # the stake's size is said: the buyer is the subject nearest the stake when the figure's fact names none
    assert english_of("엔비디아는 인텔의 지분 4%를 인수했다.") == ["NVIDIA bought 4% of Intel"]
    assert not events_of("엔비디아는 인텔의 낸드 사업부를 인수했다.")  # a unit of it: not said


def test_a_purchase_with_its_price() -> None:
    assert english_of("엔비디아가 인텔을 80억 달러에 인수했다.") == ["NVIDIA agreed to buy Intel for US$8 billion"]


@pytest.mark.parametrize(
    "text",
    [
        "한국은행은 기준금리 인하 가능성을 시사했다.",  # a noun the trigger modifies
        "한은은 금리 인하 사이클을 이어갈 것으로 보인다.",
        "연준은 금리 인상 대신 동결을 택했다.",  # the hike is no event (the hold is)
        "테슬라 주가가 급등락을 반복했다.",  # the trigger ends inside a longer noun
        "삼성전자는 인텔과 합병설을 부인했다.",
        "한은은 기준금리를 인하할 여력이 있다고 밝혔다.",  # a future form
        "엔비디아는 인텔을 인수하려고 한다.",  # a purpose form
    ],
)
def test_a_trigger_said_as_a_modifier_or_an_intent_is_no_event(text: str) -> None:
    assert not [e for e in events_of(text) if e.action in {"rate_cut", "rate_hike", "surge", "merger", "acquisition"}]


def test_a_noun_trigger_may_be_followed_by_in_progress_or_a_measure() -> None:
    assert english_of("공정위는 쿠팡을 조사 중이다.") == ["The Korea Fair Trade Commission is investigating Coupang"]
    assert english_of("미국 정부는 딥시크 금지 조치를 내렸다.")[0].endswith("banned DeepSeek")


def test_a_move_turned_by_a_but_clause_is_no_event() -> None:
    assert not events_of("테슬라 주가는 장 초반 급등했으나 하락 마감했다.")
    assert not events_of("코스닥은 오전 중 강세를 보였지만 오후 들어 밀렸다.")
    (event,) = events_of("테슬라 주가는 급등하며 사상 최고가를 새로 썼다.")
    assert event.action == "surge"


def test_a_size_word_of_a_party_goes_first_in_english() -> None:
    (event,) = events_of("SK하이닉스는 미국 대형 기술기업과 HBM 공급 계약을 맺었다.")
    assert event.whom == "a large US tech company"


def test_a_contract_value_written_right_before_its_object() -> None:
    # 냉동운반선 is no word of events_terms.tsv: the object would be said in part, so no contract is said
    text = "한화오션은 유럽 선사와 2조원 LNG 냉동운반선 공급 계약을 체결했다."
    assert not [e for e in events_of(text) if e.action == "contract"]
    # "LNG 운반선": a two-word row
    (event,) = events_of("한화오션은 유럽 선사와 2조원 LNG 운반선 공급 계약을 체결했다.")
    assert (event.detail, event.whom) == ("an LNG carrier supply", "a European shipping line")
    (event,) = events_of("LG에너지솔루션은 일본 완성차 업체와 5조원 배터리 공급계약을 체결했다.")
    assert (event.detail, event.whom, len(event.amount)) == ("a battery supply", "a Japanese carmaker", 1)


def test_a_fine_on_two_companies_says_the_total_as_a_total() -> None:
    assert english_of("금융위원회는 지난 5일 카카오페이와 네이버에 과태료 총 32억원을 부과했다.")[0] == (
        "The Financial Services Commission fined Kakao Pay and Naver a total of ₩3.2 billion on 5 January 2025"
    )
    assert english_of("공정위는 두 회사의 담합 행위에 대해 구글과 메타에 모두 150억원의 과징금을 매겼다.")[0] == (
        "The Korea Fair Trade Commission fined Google and Meta a total of ₩15 billion"
    )
    # no word of sum before the figure: the plain sum
    assert english_of("공정위는 구글과 메타에 과징금 150억원을 부과했다.")[0] == (
        "The Korea Fair Trade Commission fined Google and Meta ₩15 billion"
    )


def test_a_fined_company_named_before_its_bracketed_brand() -> None:
    (event,) = events_of("공정위는 우아한형제들(배민)과 쿠팡에 과징금 90억원을 부과했다.")
    assert (event.what, event.also) == ("Woowa Brothers", ("Coupang",))


def test_a_fine_on_parties_no_name_gives_is_said_with_its_total_only() -> None:
    text = "공정거래위원회가 입찰을 담합한 건설사들에 과징금 총 312억원을 부과했다."
    said = english_of(text)
    assert said[0].startswith("The Korea Fair Trade Commission imposed a total of ₩31.2 billion in fines"), said
    # parties described with their count are said so (rules_probes.fined_party)
    said = english_of("공정거래위원회가 입찰을 담합한 건설사 6곳에 과징금 총 312억원을 부과했다.")
    assert said[0] == "The Korea Fair Trade Commission fined six builders a total of ₩31.2 billion for collusion"
    # no sum, no line: "imposed in fines" says nothing
    assert not any("in fines" in t for t in english_of("공정거래위원회가 입찰을 담합한 건설사들에 과징금을 부과했다."))


def test_an_unnamed_fine_beside_the_same_fine_with_its_parties_is_not_kept() -> None:
    text = (
        "공정거래위원회가 배달앱 두 곳에 과징금 총 120억원을 부과했다. "
        "공정위는 쿠팡이츠와 요기요에 과징금 총 120억원을 부과했다."
    )
    fines = [e for e in events_of(text) if e.action == "fine"]
    assert [e.what for e in fines] == ["Coupang Eats"]


def test_the_quarter_of_the_results_is_not_the_date_of_the_rally_after_them() -> None:
    from tests.briefings.test_english import _end_to_end

    assert _end_to_end("오리온 주가가 3분기 실적 발표 뒤 강세를 보였다.") == ["Orion shares rallied"]
    assert _end_to_end("오리온 주가가 3분기 들어 강세를 보였다.") == ["Orion shares rallied in Q3 2026"]


def test_a_fines_total_says_what_it_is_for_when_one_charge_is_named() -> None:
    from tests.briefings.test_english import _end_to_end

    fined = _end_to_end("공정거래위원회는 입찰 담합을 적발해 건설사 5곳에 과징금 총 120억원을 부과했다.", "2026-11-20")
    assert fined == ["The Korea Fair Trade Commission imposed a total of ₩12 billion in fines for bid-rigging"], fined
    two = _end_to_end(
        "공정거래위원회는 허위 광고와 입찰 담합을 적발해 업체 5곳에 과징금 총 120억원을 부과했다.", "2026-11-20"
    )
    assert two == ["The Korea Fair Trade Commission imposed a total of ₩12 billion in fines"], two  # which is whose?
    # told by rules_probes (the date before what it is about, as the alleged sum follows it)
    probe = _end_to_end("공정위는 20일 쿠팡을 담합 혐의로 현장조사했다.", "2026-11-20")
    assert probe == ["The Korea Fair Trade Commission raided Coupang on 20 November 2026 over suspected collusion"]
