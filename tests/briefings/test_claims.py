"""extract_claims(): qualitative statements from seed-like Korean sentences (no Kiwi needed)."""

from __future__ import annotations

from briefings.facts.claims import extract_claims
from briefings.model import Analysis, Article, Fact, Sentence


def claims_of(*sentences: str, date: str | None = "2025-02-01") -> tuple[Fact, ...]:
    text = "\n".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append(Sentence(pos, pos + len(s)))
        pos += len(s) + 1
    article = Article(id="t", path="t.txt", title=sentences[0], text=text, date=date)
    return extract_claims(article, Analysis(tuple(spans), tuple(() for _ in spans)))


def chip(*sentences: str) -> list[tuple[int, bool | None, bool]]:
    return [
        (f.sentence, f.polarity, f.hedged) for f in claims_of(*sentences) if f.claim == "built_without_nvidia_chips"
    ]


# --------------------------------------------------------------------------- without NVIDIA chips


def test_without_cues_assert_the_claim() -> None:
    assert chip("이러한 성과는 엔비디아(NVIDIA)와 같은 고가의 반도체를 사용하지 않고도 딥시크가 이룬 것이다.") == [
        (0, True, False)
    ]
    assert chip(
        "하지만 딥시크는 싼 비용으로 성능을 보여주었습니다.",
        "더 놀라운 점은 엔비디아의 고성능 GPU 없이도 이 모델을 구현했다는 점입니다.",
    ) == [(1, True, False)]
    assert chip(
        "중국이 선보인 생성 AI '딥시크'가 세계 AI 산업을 흔들고 있다.",
        "최신 AI 반도체 없이 매우 싼 값에 '챗GPT' 등 최정상 AI에 맞먹는 모델을 만들었다.",
    ) == [(1, True, False)]
    assert chip("(2) 딥시크가 엔비디아 반도체를 사용하지 않은 이유는 무엇인가요?") == [(0, True, False)]


def test_nvidia_gpu_entities_with_use_cues_deny_the_claim() -> None:
    facts = [
        f
        for f in claims_of(
            "중국 스타트업 딥시크(DeepSeek)가 'R1'이라는 모델을 공개했다.",
            "더욱 놀라운 것은 겨우 560만 달러 라는 저렴한 개발 비용과 구형 GPU(H800) 2048개만으로 "
            "이루어낸 성과라는 점입니다.",
        )
        if f.claim == "built_without_nvidia_chips"
    ]
    assert [(f.sentence, f.polarity, f.hedged) for f in facts] == [(1, False, False)]
    assert facts[0].cue is not None and "H800" in facts[0].cue and "NVIDIA" in facts[0].cue
    assert chip("CNBC 인터뷰를 통해 딥시크가 고성능 GPU(H100) 5만 개를 보유하고 있다는 사실이 밝혀졌다.") == [
        (0, False, False)
    ]


def test_hedged_use_is_marked_hedged() -> None:
    s = (
        "딥시크 역시 학습 과정에서 엔비디아의 GPU를 사용했을 뿐만 아니라, 미국의 수출 규제를 우회하여 "
        "고성능 GPU(H100/H200)를 도입했을 가능성까지 제기되고 있습니다."
    )
    assert chip(s) == [(0, False, True)]


def test_cheap_old_chips_and_other_actors_are_not_claims() -> None:
    assert chip("딥시크는 대신 저가의 구형 반도체를 활용하여 AI를 구축했습니다.") == []
    assert chip("고가의 엔비디아 반도체의 공급이 어려워 딥시크는 저가의 구형 반도체를 사용해 개발했습니다.") == []
    assert chip("딥시크는 충격이었다.", "미국의 빅테크 기업들은 막대한 자본과 고성능 GPU를 사용해왔습니다.") == []
    assert chip("엔비디아 GPU는 고성능 컴퓨팅 분야의 필수적인 제품이다.") == []  # no DeepSeek, no cue


def test_subject_is_not_carried_over_two_sentences() -> None:
    assert chip("딥시크가 화제다.", "시장이 흔들렸다.", "엔비디아의 고성능 GPU 없이도 가능했다.") == []


# --------------------------------------------------------------------------- R1 versus o1


def stances(*sentences: str) -> list[str | None]:
    return [f.stance for f in claims_of(*sentences) if f.claim == "r1_vs_o1"]


def test_surpasses_versus_matches() -> None:
    assert stances(
        "딥시크가 선보인 R1은 기존 오픈AI(OpenAI)의 추론 모델 O1을 넘어서는 탁월한 사고 능력을 보유하고 있다."
    ) == ["surpasses"]
    assert stances("챗GPT의 최고급 추론 모델인 'o1'에 맞먹을 정도의 실력을 지닌 딥시크가 오픈소스로 풀렸다.") == [
        "matches"
    ]
    assert stances(
        '전문가들은 딥시크의 R1이 미국의 최고 수준 AI 모델인 "GPT-4"와 거의 동등한 성능을 나타낸다고 평가한다.'
    ) == ["matches"]


def test_stance_needs_a_comparator_and_no_negation() -> None:
    assert stances("딥시크 R1은 기존 거대 기업들의 모델과 견줄 만했다.") == []
    assert stances("딥시크 R1은 o1을 넘어서지 못했다.") == []


def test_stance_polarity_follows_the_first_stance_in_the_data() -> None:
    (f,) = [f for f in claims_of("R1은 o1을 능가한다.") if f.claim == "r1_vs_o1"]
    assert f.polarity is True and f.subject == "DeepSeek R1" and f.cue == "o1을 능가"


def test_hedges_mark_claims() -> None:
    (f,) = [f for f in claims_of("R1이 o1을 넘어설 수도 있다는 주장이 나왔다.") if f.claim == "r1_vs_o1"]
    assert f.hedged


# --------------------------------------------------------------------------- release date


def test_release_date_resolved_against_the_article_date() -> None:
    (f,) = [
        f
        for f in claims_of("지난달 20일 세상에 모습을 드러낸 추론 AI 모델 '딥시크 R1'은 돌풍을 일으켰다.")
        if f.claim == "r1_release_date"
    ]
    assert f.date == "2025-01-20" and f.subject == "DeepSeek R1"


def test_release_without_a_date_before_the_cue_is_no_claim() -> None:
    assert [f for f in claims_of("딥시크가 공개한 R1의 AI 모델은 비용이 낮다.") if f.claim == "r1_release_date"] == []


# --------------------------------------------------------------------------- market-day statements


def market_days(*sentences: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(f.subject, f.stance, f.date) for f in claims_of(*sentences) if f.claim == "market_day"]


def test_market_day_takes_the_last_direction_and_the_day_before_it() -> None:
    s = (
        "한국 증시도 설 연휴가 끝난 직후인 지난 달 31일 한발 늦은 딥시크 충격에 SK하이닉스[000660] 등 "
        "반도체 종목이 대거 급락하면서 하락세로 마감했다."
    )
    (f,) = [f for f in claims_of(s) if f.claim == "market_day"]
    assert (f.subject, f.stance, f.date) == ("Korean stock market", "down", "2025-01-31")
    assert f.cue == "한국 증시 … 하락세로 마감했다"
    assert market_days("국내 증시는 반도체주가 급락했지만 상승세로 마감했다.") == [("Korean stock market", "up", None)]


def test_market_day_index_words_stand_for_their_market() -> None:
    assert market_days("코스피는 2025년 1월 31일 1% 넘게 떨어졌다.") == [("Korean stock market", "down", "2025-01-31")]
    assert market_days("뉴욕 증시가 크게 휘청였다.") == [("US stock market", "down", None)]


def test_market_day_needs_the_market_as_subject_and_a_direction() -> None:
    assert market_days("미국 증시 역사상 최대 일일 하락액을 기록했다.") == []
    assert market_days("국내 증시에서 엔비디아 관련주가 급락했다.") == []
    assert market_days("한국 증시는 31일 문을 열었다.") == []
    assert market_days("이런 기대감은 지난달 31일 증시에서도 나타났다.") == []
