"""Statistics releases said fully and truly (briefings/writing/releases.py): the whole's growth or level with its
change, its run and revision, and its parts in list clauses (rates, levels, contributions), dated by the release's
period; a part whose figure cannot be read as its own, or a breakdown item whose subject would be lost, not said."""

from __future__ import annotations

from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.facts.attribution import analysis_mentions, extract_facts
from briefings.facts.events import extract_events
from briefings.model import Article, BriefLine
from briefings.writing.english import brief_english
from briefings.writing.releases import breakdown_lost
from briefings.writing.wording import has_hangul


def _brief(text: str, title: str, date: str = "2027-04-24") -> tuple[str, list[BriefLine], list[str]]:
    full = title + "\n\n" + text
    analysis = analyse(full)
    figures = extract_figures(full, analysis.sentences, date)
    article = Article(id="r", path="r.txt", title=title, text=full, date=date)
    facts = extract_facts(article, analysis, figures)
    events = extract_events(article, analysis, figures)
    result = brief_english(article, analysis, figures, facts, (), events, analysis_mentions(full, analysis))
    headline = result.headline.text if result.headline else ""
    ens = [f.en for f in figures]
    return headline, list(result.lines), ens


def _texts(headline: str, lines: list[BriefLine]) -> list[str]:
    return [headline] + [x.text for x in lines]


_GDP = (
    "우리 경제가 올해 1분기 0.3% 성장했다. "
    "한국은행이 24일 내놓은 '2027년 1분기 실질 국내총생산(속보)'에 따르면 1분기 실질 GDP는 전기 대비 0.3% 증가했다. "
    "전년 동기 대비로는 1.2% 성장했다. "
    "지난해 4분기 성장률은 당초 속보치 0.5%에서 0.4%로 0.1%포인트 하향 수정됐다. "
    "항목별로 보면 민간소비는 내구재 판매 부진 속에 0.6% 줄었고, 정부소비는 0.8% 늘었다. "
    "수출이 2.4%, 수입이 1.5% 증가했다. "
    "성장 기여도는 순수출 0.4%포인트, 정부소비 0.1%포인트였고 민간소비는 -0.3%포인트였다. "
)


def test_a_gdp_release_says_its_growth_as_a_verb_with_the_year_on_year_rate() -> None:
    headline, lines, _ = _brief(_GDP, "1분기 GDP 0.3% 성장…소비 부진")
    assert headline == (
        "South Korea's economy grew 0.3% from the previous quarter in Q1 2027 and 1.2% from a year earlier,"
        " the advance estimate showed"
    ), headline
    assert not any(has_hangul(x) for x in _texts(headline, lines))


def test_the_parts_of_a_gdp_release_each_take_their_own_figure() -> None:
    headline, lines, _ = _brief(_GDP, "1분기 GDP 0.3% 성장…소비 부진")
    said = _texts(headline, lines)
    assert any(x.startswith("Private consumption fell 0.6% and government consumption rose 0.8%") for x in said), said
    assert any(x.startswith("Exports rose 2.4% and imports 1.5%") for x in said), said
    assert any(
        x.startswith("Net exports added 0.4 percentage points to growth and government consumption 0.1 percentage")
        and "while private consumption subtracted 0.3 percentage points from growth" in x
        for x in said
    ), said


def test_an_earlier_quarter_revised_is_said_with_its_direction_and_both_rates() -> None:
    headline, lines, _ = _brief(_GDP, "1분기 GDP 0.3% 성장…소비 부진")
    said = _texts(headline, lines)
    assert "South Korea's growth for Q4 2026 was revised down to 0.4% from 0.5% in the advance estimate." in said, said


def test_every_number_of_a_release_line_is_a_cited_figure() -> None:
    headline, lines, ens = _brief(_GDP, "1분기 GDP 0.3% 성장…소비 부진")
    for line in lines:
        assert line.figures, line
        cited = " ".join(ens[k] for k in line.figures)
        for number in __import__("re").findall(r"[0-9][0-9.,]*[0-9]|[0-9]", line.text):
            assert number in cited, (number, line)


def test_a_part_narrowed_by_another_word_or_whose_figure_is_another_topics_is_not_said() -> None:
    text = (
        "한국은행은 24일 1분기 실질 국내총생산(GDP) 성장률이 전기 대비 0.3%로 집계됐다고 밝혔다. "
        "반도체 수출이 5.2% 증가했다. "
        "민간소비는 재화 소비가 1.1% 늘며 증가했다. "
    )
    headline, lines, _ = _brief(text, "1분기 성장률 0.3%")
    said = _texts(headline, lines)
    assert not any("5.2%" in x and x.startswith("Exports") for x in said), said  # chip exports, not exports
    assert not any("1.1%" in x and "consumption" in x for x in said), said  # goods consumption's figure


def test_reserves_level_with_the_next_sentence_s_change_and_the_title_s_run() -> None:
    text = (
        "우리나라의 외환보유액이 석 달 연속 줄었다. "
        "한국은행은 3월 말 외환보유액이 4102억3000만 달러로 집계됐다고 3일 밝혔다. "
        "한 달 전인 2월 말(4120억1000만 달러)보다 17억8000만 달러 감소했다. "
        "자산별로 보면 유가증권이 3650억2000만 달러로 한 달 새 20억1000만 달러 줄었다. "
        "예치금은 230억5000만 달러로 4억3000만 달러 늘었다. "
    )
    headline, lines, _ = _brief(text, "외환보유액 3개월 연속 감소…3월말 4102억 달러", "2027-04-03")
    assert headline == (
        "South Korea's foreign-exchange reserves fell US$1.78 billion to US$410.23 billion at end-March 2027,"
        " the third straight monthly fall"
    ), headline
    said = [x.text for x in lines]
    assert "Securities holdings in the reserves fell US$2.01 billion to US$365.02 billion in March 2027." in said
    assert "Deposits in the reserves rose US$430 million to US$23.05 billion in March 2027." in said
    assert not any("US$410 billion" in x for x in said), said  # the title's rounded level is no second line


def test_the_reserves_rank_is_said_with_its_own_month_end() -> None:
    text = (
        "한국은행은 3월 말 외환보유액이 4102억3000만 달러로 집계됐다고 3일 밝혔다. "
        "2월 말 기준 한국의 외환보유액 규모는 세계 10위였다. "
    )
    headline, lines, _ = _brief(text, "외환보유액 4102억 달러", "2027-04-03")
    said = _texts(headline, lines)
    assert "South Korea's foreign-exchange reserves ranked 10th in the world at end-February 2027." in said, said


def test_a_weekly_survey_s_average_with_its_unit_and_run_and_a_brand_s_price_left_out() -> None:
    text = (
        "전국 주유소 휘발유 가격이 3주 연속 올랐다. "
        "16일 한국석유공사 유가정보서비스 오피넷에 따르면 4월 둘째 주(8~12일) 전국 주유소의 휘발유 평균 판매가격은 "
        "전주보다 ℓ당 7.2원 오른 1,702.5원을 기록했다. "
        "경유 평균 판매가격은 5.1원 상승한 ℓ당 1,560.8원이었다. "
        "상표별로는 자영주유소 휘발유가 ℓ당 1,690.2원으로 가장 쌌고, GS칼텍스 주유소가 1,711.4원으로 가장 비쌌다. "
    )
    headline, lines, _ = _brief(text, "휘발윳값 3주 연속 상승", "2027-04-16")
    assert headline == (
        "The national average gasoline price rose ₩7.2 to ₩1,702.5 a litre in the second week of April 2027,"
        " the third straight weekly rise"
    ), headline
    said = _texts(headline, lines)
    assert any(x.startswith("The average diesel price rose ₩5.1 to ₩1,560.8 a litre") for x in said), said
    assert not any("1,711.4" in x for x in said), said  # a brand's price said as gasoline's: not said


def test_a_region_s_price_is_said_with_its_region_and_its_rank() -> None:
    text = (
        "16일 한국석유공사 유가정보서비스 오피넷에 따르면 4월 둘째 주(8~12일) 전국 주유소의 휘발유 평균 판매가격은 "
        "전주보다 ℓ당 7.2원 오른 1,702.5원을 기록했다. "
        "지역별로는 부산의 휘발유 평균 가격이 전주 대비 6.1원 오른 1,690.3원으로 가장 낮았다. "
    )
    headline, lines, _ = _brief(text, "휘발윳값 상승", "2027-04-16")
    said = _texts(headline, lines)
    assert "The average gasoline price in Busan rose ₩6.1 to ₩1,690.3, the lowest of any region." in said, said


_GDP_FORECASTS = (
    "올해 2분기 우리 경제가 전 분기보다 0.5% 성장하며 시장 예상을 웃돌았다. "
    "한국은행은 24일 2분기 실질 국내총생산(GDP) 성장률(속보치)이 전기 대비 0.5%로 집계됐다고 밝혔다. "
    "금융정보업체가 집계한 시장 예상치(0.3%)를 0.2%포인트 웃도는 수치다. "
    "한은은 지난 5월 올해 연간 성장률을 1.4%로 전망했다. "
    '한 민간 연구소 관계자는 "올해 성장률이 1.2%에 그칠 수 있다"고 말했다. '
)


def test_growth_set_against_the_forecast_it_beat_and_an_institution_s_outlook() -> None:
    headline, lines, _ = _brief(_GDP_FORECASTS, "2분기 0.5% 성장…예상 웃돌아", "2027-07-24")
    assert headline == (
        "South Korea's economy grew 0.5% from the previous quarter in Q2 2027, beating the market forecast of 0.3%,"
        " the advance estimate showed"
    ), headline
    said = [x.text for x in lines]
    assert "In May 2027, the Bank of Korea forecast South Korea's growth at 1.4% for this year." in said, said
    assert not any("1.2%" in x for x in said), said  # a speaker's words in quotes are not the release's outlook


def test_a_forecast_the_verb_contradicts_is_not_said_as_beaten() -> None:
    text = "올해 2분기 우리 경제가 전 분기보다 0.2% 성장했다. 시장 예상치(0.3%)를 0.1%포인트 웃도는 수치다. "
    headline, lines, _ = _brief(text, "2분기 0.2% 성장", "2027-07-24")
    assert "beating" not in headline and not any("beating" in x.text for x in lines), (headline, lines)


def test_a_breakdown_line_is_lost_only_when_its_figure_s_clause_does_not_name_its_subject() -> None:
    text = (
        "상표별로는 알뜰 휘발유가 ℓ당 1,600원으로 가장 쌌고, 정유사 주유소가 1,650원으로 가장 비쌌다. "
        "휘발유 가격은 지난주 1,650원을 기록했다."
    )
    analysis = analyse(text)
    figures = extract_figures(text, analysis.sentences, "2027-04-16")
    cheap = next(f for f in figures if f.surface.startswith("1,600"))
    dear = next(f for f in figures if f.surface.startswith("1,650") and f.sentence == 0)
    later = next(f for f in figures if f.surface.startswith("1,650") and f.sentence == 1)
    assert not breakdown_lost(text, analysis, 0, cheap, "휘발유")  # its own clause names the fuel
    assert breakdown_lost(text, analysis, 0, dear, "휘발유")  # the brand's price given to the fuel
    assert not breakdown_lost(text, analysis, 0, dear, None)  # no surface to check: kept
    assert not breakdown_lost(text, analysis, 1, later, "휘발유")  # no breakdown frame


def test_another_country_s_growth_is_not_the_home_economy_s() -> None:
    text = (
        "한국은행은 24일 미국 경제가 1분기 전기 대비 0.7% 성장했다고 밝혔다. "
        "우리 경제는 같은 기간 전기 대비 0.3% 성장했다. "
    )
    headline, lines, _ = _brief(text, "미국 경제 0.7% 성장")
    said = _texts(headline, lines)
    assert not any("South Korea" in x and "0.7%" in x for x in said), said
