"""Deals, investments and launches said with their arguments (facts/events.py stake_deals, deal_closings;
writing/english.py _deal_items and the event lead)."""

from __future__ import annotations

from briefings.model import Article
from briefings.pipeline import brief


def english(text: str, title: str = "", date: str | None = "2026-05-12") -> tuple[str, list[str]]:
    body = (title + "\n\n" if title else "") + text
    b = brief(Article(id="d", path="d.txt", title=title, text=body, date=date))
    return b.headline_en or "", [line.text for line in b.summary_en]


def test_a_stake_purchase_is_said_with_its_stake_target_and_price() -> None:
    head, lines = english(
        "삼성전자는 12일 독일 오디오업체 클랑베르크(Klangberg Audio) 지분 60%를 9억 달러(약 1조2500억원)에 "
        "인수하는 계약을 체결했다고 밝혔다. 거래는 각국 당국의 승인을 거쳐 2027년 1분기 마무리될 예정이다."
    )
    said = [head, *lines]
    assert "Samsung Electronics agreed to buy 60% of Klangberg Audio for US$900 million (about ₩1.25 trillion)" in said
    assert "The deal is expected to close in Q1 2027, subject to regulatory approval." in lines


def test_a_target_without_a_latin_name_is_said_by_its_country() -> None:
    head, _ = english("SK하이닉스는 미국 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하기로 결의했다.")
    assert head == "SK hynix will buy 35% of a US company for US$400 million"


def test_a_stake_deal_under_talks_is_not_said() -> None:
    head, lines = english(
        "SK하이닉스는 미국 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하는 방안을 검토하고 있다."
    )
    assert not any("will buy" in x or "agreed to buy" in x for x in [head, *lines])


def test_a_target_nobody_names_is_not_said() -> None:
    head, lines = english("SK하이닉스는 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하기로 결의했다.")
    assert not any("35% of" in x for x in [head, *lines])


def test_this_company_after_an_unknown_target_is_not_the_buyer() -> None:
    _, lines = english(
        "삼성전자는 독일 오디오업체 클랑베르크(Klangberg Audio) 지분 60%를 9억 달러에 인수했다. "
        "클랑베르크의 기업가치는 약 15억 달러로 평가됐다. 이 회사의 지난해 매출은 5억2000만 달러였다."
    )
    assert not any("Samsung Electronics posted revenue" in x for x in lines)


def test_a_launch_is_said_with_what_is_launched_and_leads_over_the_share_move() -> None:
    head, lines = english(
        "카카오는 12일 온라인 간담회를 열고 생성형 AI 챗봇 서비스 'Kanana Chat'을 공개했다. "
        "이날 카카오 주가는 전 거래일 대비 4.2% 오른 5만1200원에 마감했다.",
        title="카카오, 생성형 AI 챗봇 공개…주가 4%대 상승",
    )
    assert head.startswith("Kakao unveiled Kanana Chat, a generative AI chatbot service, on 12 May 2026")


def test_a_launch_of_words_not_known_is_not_said() -> None:
    head, lines = english("카카오는 12일 반려동물 돌봄 구독 상품을 출시했다.")
    assert not any("launched" in x for x in [head, *lines])


def test_an_investment_is_said_with_what_it_builds_and_where() -> None:
    head, _ = english("현대차는 12일 충남 아산에 2조원을 투자해 전기차 전용 공장을 건설한다고 밝혔다.")
    assert head == "Hyundai Motor pledged to invest ₩2 trillion on 12 May 2026 to build a dedicated EV plant in Asan"


def test_an_investment_in_a_known_field() -> None:
    head, _ = english("삼성전자는 올해부터 클라우드 인프라에 5조원을 투자한다.")
    assert head == "Samsung Electronics will invest ₩5 trillion in cloud infrastructure"


def test_a_plant_build_joins_its_investment_and_its_schedule_and_jobs_are_lines() -> None:
    head, lines = english(
        "삼성전자가 미국 텍사스주에 첨단 패키징 공장을 짓는다. "
        "삼성전자는 12일 텍사스주 테일러 법인에 2030년까지 40억 달러를 투자한다고 밝혔다. "
        "새 공장은 2027년 6월 착공해 2029년 상반기 가동하는 것이 목표다. "
        "신규 고용 인원은 약 1500명으로 예상된다."
    )
    assert head == "Samsung Electronics will invest US$4 billion by 2030 to build an advanced packaging plant in Texas"
    assert (
        "Construction is due to start in June 2027, and the plant is due to start operating in the first half of 2029."
        in lines
    )
    assert "Samsung Electronics' investment is expected to create about 1,500 jobs." in lines


def test_jobs_are_not_said_without_a_plant() -> None:
    _, lines = english("지난달 제조업 신규 고용 인원은 약 1500명 줄었다.")
    assert not any("jobs" in x for x in lines)


def test_the_bare_government_of_a_home_article_is_the_south_korean_government() -> None:
    head, _ = english(
        "정부가 반도체 생산설비 확충에 2030년까지 3조원을 투입한다. "
        "산업통상자원부는 12일 이 같은 내용의 계획을 발표했다."
    )
    assert head == "The South Korean government will invest ₩3 trillion by 2030 to expand chip production facilities"


def test_the_bare_government_beside_a_foreign_country_is_not_named() -> None:
    head, lines = english("일본 기업들이 몰리는 가운데 정부가 반도체 생산설비 확충에 2030년까지 3조원을 투입한다.")
    assert not any("South Korean government" in x for x in [head, *lines])


def test_a_tender_offer_is_said_with_its_premium_period_and_shares_sought() -> None:
    head, lines = english(
        "SK하이닉스가 코스닥 상장 자회사 LS머트리얼즈 공개매수에 나선다. "
        "공개매수 가격은 주당 2만1000원으로 11일 종가(1만7500원)보다 20% 높다. "
        "SK하이닉스는 11일 LS머트리얼즈 보통주 최대 1200만주(지분 30.5%)를 공개매수한다고 공시했다. "
        "공개매수 기간은 13일부터 다음 달 1일까지 20일간이다."
    )
    assert head.startswith("SK hynix offered ₩21,000 a share in its tender offer")
    assert "The offer price is 20% above LS Materials' closing price on 11 May 2026." in lines
    assert "SK hynix seeks up to 12 million shares (30.5%) of LS Materials in the offer." in lines
    assert "The offer runs from 13 May to 1 June 2026 (20 days)." in lines


def test_a_purchase_done_keeps_its_date_and_one_to_come_does_not() -> None:
    _, lines = english(
        "삼성전자는 3분기 매출 80조원을 기록했다. 삼성전자는 2024년 3월 독일 오디오업체 클랑베르크(Klangberg Audio) "
        "지분 60%를 인수해 자회사로 편입했다."
    )
    assert "Samsung Electronics bought 60% of Klangberg Audio in March 2024." in lines
    head, _ = english("SK하이닉스는 12일 미국 반도체설계업체 뉴로칩스 지분 35%를 4억 달러에 인수하기로 결의했다.")
    assert head == "SK hynix will buy 35% of a US company for US$400 million"


def test_an_undated_raid_takes_the_day_of_the_sentence_that_tells_it_again() -> None:
    head, _ = english(
        "공정거래위원회가 구글과 애플에 대한 현장조사에 착수했다. "
        "앱 결제 수수료를 부당하게 올렸는지 살펴보려는 것이다. "
        "12일 업계에 따르면 공정위는 이날 오전 두 회사 본사에 조사관을 보냈다."
    )
    assert head == "The Korea Fair Trade Commission raided Google and Apple on 12 May 2026"


def test_a_dated_sentence_about_someone_else_does_not_date_the_raid() -> None:
    head, _ = english(
        "공정거래위원회가 구글과 애플에 대한 현장조사에 착수했다. 12일 업계에 따르면 소비자단체는 이날 성명을 냈다."
    )
    assert head == "The Korea Fair Trade Commission raided Google and Apple"


def test_a_whole_company_bought_at_a_price() -> None:
    head, _ = english("삼성전자는 12일 독일 오디오업체 클랑베르크(Klangberg Audio)를 9억 달러에 인수하기로 합의했다.")
    assert head == "Samsung Electronics agreed to buy Klangberg Audio for US$900 million"


def test_a_plant_bought_at_a_price_is_no_company_deal() -> None:
    head, lines = english("삼성전자는 12일 미국 공장을 9억 달러에 인수하기로 합의했다.")
    assert not any("company" in x for x in [head, *lines])


def test_a_purchase_reported_on_a_day_is_not_dated_by_the_report() -> None:
    head, _ = english("카카오는 12일 미국 게임업체 지분 40%를 2억 달러에 인수했다고 공시했다.")
    assert head == "Kakao bought 40% of a US company for US$200 million"


def test_launches_of_products_said_from_their_words() -> None:
    assert (
        english("LG전자가 12일 프리미엄 OLED TV를 출시했다.")[0]
        == "LG Electronics launched a premium OLED TV on 12 May 2026"
    )
    assert (
        english("현대차는 12일 신형 하이브리드 SUV를 선보였다.")[0]
        == "Hyundai Motor unveiled a new hybrid SUV on 12 May 2026"
    )
    assert english("카카오는 12일 자체 개발한 거대언어모델(LLM)을 공개했다.")[0].startswith(
        "Kakao unveiled a large language model"
    )


def test_a_launched_product_keeps_its_price() -> None:
    head, lines = english("LG전자가 12일 프리미엄 OLED TV를 출시했다. 국내 출고가는 350만원이다.")
    assert head == "LG Electronics launched a premium OLED TV on 12 May 2026"
    assert "The TV is priced at ₩3,500,000." in lines


def test_a_price_without_a_launch_is_no_launch_price() -> None:
    _, lines = english("LG전자 주가가 3% 올랐다. 국내 출고가는 350만원이다.")
    assert not any("priced at" in x for x in lines)


def test_a_glossed_company_bought_without_a_price() -> None:
    assert (
        english("네이버는 12일 미국 패션 플랫폼 포시마크(Poshmark)를 인수했다고 밝혔다.")[0] == "Naver bought Poshmark"
    )
    head, lines = english("네이버는 미국 포시마크(Poshmark)를 인수하는 방안을 검토 중이다.")
    assert not any("Poshmark" in x for x in [head, *lines])


def test_a_later_dated_sentence_of_another_day_does_not_date_the_raid() -> None:
    head, _ = english(
        "공정거래위원회가 구글과 애플에 대한 현장조사에 착수했다. "
        "12일 업계에 따르면 공정위는 다음 달 제재 수위를 정한다."
    )
    assert head == "The Korea Fair Trade Commission raided Google and Apple"


def test_a_named_seller_is_a_line_and_an_unnamed_one_is_not() -> None:
    text = (
        "삼성전자는 독일 오디오업체 클랑베르크(Klangberg Audio) 지분 60%를 9억 달러에 인수하기로 했다. 매도자는 {}이다."
    )
    _, lines = english(text.format("MBK파트너스"))
    assert "The seller is MBK Partners." in lines
    _, lines = english(text.format("독일 사모펀드 그린하펜캐피탈"))
    assert not any("seller" in x for x in lines)


def test_the_target_valuation_is_a_line_but_the_buyers_own_is_not() -> None:
    deal = "삼성전자는 독일 오디오업체 클랑베르크(Klangberg Audio) 지분 60%를 9억 달러에 인수하기로 했다. "
    _, lines = english(deal + "클랑베르크의 기업가치는 부채를 포함해 16억 달러로 평가됐다.")
    assert "The deal values Klangberg Audio at US$1.6 billion, including debt." in lines
    _, lines = english(deal + "삼성전자의 기업가치는 4000억 달러로 평가됐다.")
    assert not any("values" in x for x in lines)


def test_a_launch_headline_takes_the_close_the_title_names() -> None:
    head, lines = english(
        "카카오는 12일 온라인 간담회를 열고 생성형 AI 챗봇 서비스 'Kanana Chat'을 공개했다. "
        "이날 카카오 주가는 전 거래일 대비 4.2% 오른 5만1200원에 마감했다.",
        title="카카오, 생성형 AI 챗봇 공개…주가 4%대 상승",
    )
    assert head == (
        "Kakao unveiled Kanana Chat, a generative AI chatbot service, on 12 May 2026, and its shares rose 4.2% "
        "to close at ₩51,200"
    )
    assert not any("4.2%" in x for x in lines)


def test_a_schedule_names_what_is_built() -> None:
    _, lines = english(
        "네이버는 12일 세종에 5000억원을 투자해 데이터센터를 건설한다고 밝혔다. 새 센터는 2027년 하반기 가동이 목표다."
    )
    assert "The data centre is due to start operating in the second half of 2027." in lines
