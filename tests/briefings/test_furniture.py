"""Page furniture goes, body sentences stay (patterns are data: briefings/data/furniture*.tsv)."""

from __future__ import annotations

import pytest

from briefings.ingest.furniture import KINDS, find_furniture, is_sentence, load_rules, remove_furniture

BODY = [
    "반도체 업계가 새로운 경쟁 국면에 들어섰다.",
    "",
    "삼성전자는 이날 고대역폭 메모리 양산 계획을 발표했다.",
    "",
    '업계 관계자는 "수요가 꾸준히 늘고 있다"고 설명했다.',
    "",
    "전문가들은 내년 시장 규모가 두 배로 커질 것으로 내다봤다.",
]


def test_rules_load_from_data() -> None:
    rules = load_rules()
    assert {r.kind for r in rules} == set(KINDS)
    assert len(rules) >= 20


def test_is_sentence() -> None:
    assert is_sentence("엔비디아 주가가 폭락했다.")
    assert is_sentence("많이 조회된 뉴스입니다.")
    assert not is_sentence("관련 기사")
    assert not is_sentence("Leave a Comment")
    assert is_sentence("The company said its shares would recover next quarter.")


@pytest.mark.parametrize(
    "trailer",
    [
        ["경제 많이 본 뉴스", "", "금리 동결 배경은", "환율 급등 원인"],
        ["IT 주요 뉴스", "스마트폰 판매 감소", "09.12 08:00 더보기 >"],
        [
            "'경제 이야기' 카테고리의 다른 글",
            "첫째 글 제목 (3) | 2024.12.01 |",
            "---|---|",
            "둘째 글 (0) | 2024.11.30 |",
        ],
        ["Related Posts", "Another story about chips", "Yet another story"],
        ["Leave a Reply"],
        ["관련기사", "▶ 반도체 수출 역대 최대"],
        ["[관련기사]", "▶ 메모리 가격 반등…D램 3% 상승", "▶ 배터리주 약세…한 종목 -5%"],
        ["【관련 뉴스】", "▶ 환율 1400원 돌파"],
    ],
)
def test_trailers_at_the_end_are_removed(trailer: list[str]) -> None:
    assert remove_furniture([*BODY, "", *trailer]) == [*BODY, ""]


def test_trailer_heading_early_in_the_article_is_kept() -> None:
    lines = ["많이 본 뉴스", *BODY, "", *BODY]
    assert remove_furniture(lines) == lines


def test_a_related_articles_label_goes_but_not_what_follows() -> None:
    lines = ["관련 기사", *BODY, "", *BODY]
    assert remove_furniture(lines) == lines[1:]


def test_trailer_followed_by_a_paragraph_is_kept() -> None:
    paragraph = "이 문단은 충분히 긴 본문 문단으로, " * 10 + "계속 이어진다."
    lines = [*BODY, "", "관련 뉴스", paragraph]
    assert remove_furniture(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Comment",
        "댓글 3개",
        "공유하기 | URL 복사 | 스크랩",
        "#반도체 #인공지능 #주가",
        "<저작권자(c) 한국경제, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "Copyright © 2025 Example News. All rights reserved.",
        "ⓒ 전자신문",
        "kim@example.co.kr(끝)",
        "홍길동 기자 hong@news.example.com",
        "(끝)",
        "[사진=연합뉴스]",
        "/사진=게티이미지뱅크",
        "[삼성전자 제공]",
        "연합뉴스 자료사진",
        "Getty Images",
        "Some post title (12) | 2024.03.05 |",
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    assert remove_furniture([BODY[0], line, BODY[2]]) == [BODY[0], BODY[2]]


def test_caption_above_a_credit_goes_with_it() -> None:
    lines = [BODY[0], "", "기자회견 하는 최고경영자", "(로이터=연합뉴스)", "", BODY[2]]
    found = find_furniture(lines)
    assert found.kinds == {2: "caption", 3: "credit"}
    assert remove_furniture(lines) == [BODY[0], "", "", BODY[2]]


def test_sentence_above_a_credit_is_kept() -> None:
    lines = ["최고경영자가 기자회견에서 발언하고 있다.", "(로이터=연합뉴스)", BODY[2]]
    assert remove_furniture(lines) == [lines[0], lines[2]]


@pytest.mark.parametrize(
    "sentence",
    [
        "회사는 저작권 침해 소송을 제기했다고 밝혔다.",
        "관련 뉴스가 나오자 주가는 10% 올랐다.",
        "문의는 help@example.com 으로 하면 된다고 회사는 설명했다.",
        "이 회사는 '더보기' 버튼을 없앴다고 발표했다.",
        "(서울=연합뉴스) 홍길동 기자 = 반도체 수출이 늘었다.",
    ],
)
def test_body_sentences_that_mention_furniture_words_are_kept(sentence: str) -> None:
    lines = [*BODY, "", sentence]
    assert remove_furniture(lines) == lines


def test_removed_lines_by_kind() -> None:
    lines = [BODY[0], "kim@yna.co.kr(끝)", "ⓒ 연합뉴스", "[사진=뉴스1]"]
    found = find_furniture(lines)
    assert found.removed(lines, "signoff", "copyright") == ["kim@yna.co.kr(끝)", "ⓒ 연합뉴스"]


@pytest.mark.parametrize(
    "line",
    [
        "• 동두천 15.1℃흐림",
        "서울 -2.3℃ 맑음",
        "코스피 2,521.90 ▲12.34 (+0.49%)",
        "코스피 2,521.90 ▲12.34 +0.49% 코스닥 720.15 ▼3.20 -0.44%",
        "3줄요약",
        "관련기사",
        "[관련기사] 반도체 수출 석 달째 증가 >",
        "![[출처=뉴스원]](https://cdn.example.co.kr/news/photo/1.jpg)",
        "[![다른 기사 제목](https://img.example.com/t.png)](https://www.example.com/a/1)",
        "![]() |",
        "|",
        "전화(02-123-4567)",
    ],
)
def test_widgets_and_image_links_are_furniture(line: str) -> None:
    assert remove_furniture([line, *BODY, *BODY]) == [*BODY, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "코스피가 2,500선을 내줬다.",
        "코스피 지수는 2,441.55에 마감",
        "환율 1470원 돌파",
        "반도체 수출 3개월째 증가…관련 업계 기대",
    ],
)
def test_headlines_with_figures_are_not_widgets(line: str) -> None:
    assert remove_furniture([line, *BODY]) == [line, *BODY]


def test_a_caption_shown_twice_goes_and_a_caption_shown_once_stays() -> None:
    caption = "시민들이 서울역 대합실에서 뉴스를 보고 있다. 연합뉴스"
    assert remove_furniture([*BODY, caption, "", caption, *BODY]) == [*BODY, "", *BODY]
    assert remove_furniture([*BODY, caption + " " + caption, *BODY]) == [*BODY, *BODY]
    assert remove_furniture([*BODY, caption, *BODY]) == [*BODY, caption, *BODY]
