"""Metadata: only what the article states, and the metadata lines leave the body."""

from __future__ import annotations

import pytest

from briefings.ingest.metadata import extract_metadata, find_outlet, outlets, parse_date

PARA = "반도체 업계가 새로운 경쟁 국면에 들어섰다고 전문가들은 분석했다."
PARA2 = "삼성전자는 이날 고대역폭 메모리 양산 계획을 발표했다."


def meta(*lines: str, **hints: str):  # type: ignore[no-untyped-def]
    return extract_metadata(list(lines), **hints)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("입력 : 2024.11.03 08:10:00", "2024-11-03"),
        ("입력 2024-11-03 08:10", "2024-11-03"),
        ("기사입력 2024.11.03. 오전 8:10", "2024-11-03"),
        ("등록 2024/11/03 14:00", "2024-11-03"),
        ("입력 2024년 11월 3일 오후 2:00", "2024-11-03"),
        ("Published 2024-11-03T09:00:00+09:00", "2024-11-03"),
        ("송고시간 2024-11-03 10:00", "2024-11-03"),
    ],
)
def test_labelled_dates(line: str, iso: str) -> None:
    m = meta("제목 줄", line, PARA)
    assert m.date == iso
    assert m.lines == ("제목 줄", PARA)  # the date line left the body; the headline stays


def test_published_beats_modified() -> None:
    assert meta("제목", "수정 2024.11.05 09:00", "입력 2024.11.03 08:00", PARA).date == "2024-11-03"
    assert meta("제목", "입력 2024.11.03 08:00 수정 2024.11.05 09:00", PARA).date == "2024-11-03"
    assert meta("제목", "수정 2024.11.05 09:00", PARA).date == "2024-11-05"


def test_blog_header_date_line() -> None:
    m = meta("2024. 3. 5. 21:07ㆍ나의 투자 일기", PARA, PARA2)
    assert m.date == "2024-03-05"
    assert m.lines == (PARA, PARA2)


def test_date_prefix_before_body_text_keeps_the_text() -> None:
    m = meta("2024-03-05 " + PARA, PARA2)
    assert m.date == "2024-03-05"
    assert PARA in m.lines


def test_iso_date_alone_on_a_header_line() -> None:
    assert meta("제목", "2024-03-05", PARA).date == "2024-03-05"


def test_body_dates_are_not_publication_dates() -> None:
    m = meta("제목", "2025년 1월 27일 미국 증시에서 엔비디아 주가가 17% 폭락했다.", PARA)
    assert m.date is None
    assert meta("제목", PARA, "지난 2024.11.03 발표에서 회사는 계획을 밝혔다.").date is None


def test_invalid_dates_are_not_invented() -> None:
    assert meta("제목", "입력 2024.13.45 08:00", PARA).date is None
    assert parse_date("2024.02.30") is None
    assert parse_date("2024. 2. 29.") == "2024-02-29"


def test_html_date_hint_is_used_only_when_iso() -> None:
    assert meta("제목", PARA, date_hint="2024-03-05").date == "2024-03-05"
    assert meta("제목", PARA, date_hint="yesterday").date is None


@pytest.mark.parametrize(
    ("line", "outlet", "outlet_en", "byline", "rest"),
    [
        ("(서울=연합뉴스) 홍길동 기자 = " + PARA, "연합뉴스", "Yonhap", "홍길동", PARA),
        ("(베이징=연합뉴스) 이영희 특파원 = " + PARA, "연합뉴스", "Yonhap", "이영희", PARA),
        ("[서울=뉴시스]박철수 기자 = " + PARA, "뉴시스", "Newsis", "박철수", PARA),
        ("(서울=뉴스1) 김민수 기자 = " + PARA, "뉴스1", "News1", "김민수", PARA),
        ("(세종=동네일보) 최지훈 기자 = " + PARA, "동네일보", None, "최지훈", PARA),
    ],
)
def test_dateline(line: str, outlet: str, outlet_en: str | None, byline: str, rest: str) -> None:
    m = meta("제목", line, PARA2)
    assert (m.outlet, m.outlet_en, m.byline) == (outlet, outlet_en, byline)
    assert m.lines == ("제목", rest, PARA2)


def test_photo_credit_is_not_a_dateline() -> None:
    m = meta("제목", "(AP=연합뉴스)", PARA)
    assert m.outlet is None and m.byline is None


def test_lone_reporter_name_above_the_dateline_goes() -> None:
    m = meta("제목", "홍길동", "", "(서울=연합뉴스) 홍길동 기자 = " + PARA)
    assert m.lines == ("제목", "", PARA)


def test_byline_line_without_dateline() -> None:
    m = meta("제목", "홍길동 기자 hong@hankyung.com", PARA)
    assert m.byline == "홍길동" and m.lines == ("제목", PARA)


def test_outlet_from_a_removed_signoff_or_copyright_line() -> None:
    assert meta("제목", PARA, extra_lines=["hong@hankyung.com"]).outlet_en == "Korea Economic Daily"
    assert meta("제목", PARA, extra_lines=["ⓒ 전자신문 무단전재 금지"]).outlet == "전자신문"
    assert meta("제목", PARA).outlet is None


def test_outlets_table() -> None:
    table = {o.ko: o.en for o in outlets()}
    for ko, en in [
        ("연합뉴스", "Yonhap"),
        ("조선일보", "Chosun Ilbo"),
        ("중앙일보", "JoongAng Ilbo"),
        ("동아일보", "Dong-A Ilbo"),
        ("한겨레", "Hankyoreh"),
        ("매일경제", "Maeil Business"),
        ("한국경제", "Korea Economic Daily"),
        ("뉴시스", "Newsis"),
        ("뉴스1", "News1"),
        ("머니투데이", "Money Today"),
        ("이데일리", "Edaily"),
        ("전자신문", "Electronic Times"),
        ("블로터", "Bloter"),
        ("지디넷코리아", "ZDNet Korea"),
        ("KBS", "KBS"),
        ("YTN", "YTN"),
    ]:
        assert table[ko] == en
    assert find_outlet("ZDNet Korea").ko == "지디넷코리아"  # type: ignore[union-attr]
    assert find_outlet("www.yna.co.kr").en == "Yonhap"  # type: ignore[union-attr]
    assert find_outlet("나무신문") is None


def test_title_stays_once_in_the_body() -> None:
    m = meta("딥러닝 칩 전쟁 본격화", "", " ", "딥러닝 칩 전쟁 본격화", "", PARA)
    assert m.title == "딥러닝 칩 전쟁 본격화"
    assert [s for s in m.lines if s.strip()] == ["딥러닝 칩 전쟁 본격화", PARA]


def test_figures_in_the_headline_stay_in_the_body() -> None:
    m = meta("삼성전자 시총 46조원 증발", PARA)
    assert m.title == "삼성전자 시총 46조원 증발" and m.lines == ("삼성전자 시총 46조원 증발", PARA)


def test_headline_may_end_with_exclamation_or_question() -> None:
    assert meta("시장을 흔들다!", PARA).title == "시장을 흔들다!"
    assert meta("판도 바꿀까? 저비용 AI의 등장", PARA).title == "판도 바꿀까? 저비용 AI의 등장"


def test_heading_below_a_lead_paragraph_is_the_title_but_stays_in_place() -> None:
    lead = PARA + " " + PARA2
    m = meta(lead, "칩 전쟁의 서막", PARA)
    assert m.title == "칩 전쟁의 서막"
    assert m.lines == (lead, "칩 전쟁의 서막", PARA)


def test_no_headline_means_the_first_sentence() -> None:
    m = meta(PARA + " " + PARA2, "1. 배경", "① 첫째", PARA)
    assert m.title == PARA
    assert m.lines[0] == PARA + " " + PARA2


def test_html_title_hint_drops_its_site_suffix_and_keeps_one_copy_in_the_body() -> None:
    m = meta("딥시크 충격", "딥시크 충격", PARA, title_hint="딥시크 충격 - 연합뉴스")
    assert m.title == "딥시크 충격" and m.lines == ("딥시크 충격", PARA)


def test_a_lone_title_line_is_kept_as_body() -> None:
    m = meta("딥러닝 칩 전쟁 본격화")
    assert m.title == "딥러닝 칩 전쟁 본격화" and m.lines == ("딥러닝 칩 전쟁 본격화",)


@pytest.mark.parametrize(
    ("line", "iso", "byline"),
    [
        ("2025-01-28 김민수 기자", "2025-01-28", "김민수"),
        ("투데이신문 2025-01-29 13:24:59", "2025-01-29", None),
        ("2025.02.03 08:00", "2025-02-03", None),
        ("입력 2025.02.25 09:12", "2025-02-25", None),
        ("기사입력 2024-10-11 10:02", "2024-10-11", None),
        ("이민호 기자 | 2024.10.25 05:47", "2024-10-25", "이민호"),
        ("박지성 기자 park@example.co.kr 2025-07-31 08:20:55", "2025-07-31", "박지성"),
    ],
)
def test_dateline_and_byline_forms_give_the_date(line: str, iso: str, byline: str | None) -> None:
    m = meta("반도체 수출 3개월째 증가", line, PARA, PARA2)
    assert m.date == iso
    assert m.byline == byline
    assert line not in m.lines


def test_a_signoff_with_a_date_gives_the_date() -> None:
    m = meta("제목", PARA, extra_lines=["박지성 기자 park@example.co.kr 2025-07-31 08:20:55"])
    assert (m.date, m.byline) == ("2025-07-31", "박지성")


def test_impossible_dateline_dates_are_rejected_not_clamped() -> None:
    assert meta("제목", "2025-02-30 김민수 기자", PARA).date is None
    assert meta("제목", "입력 2025.02.30 09:12", PARA).date is None


@pytest.mark.parametrize(
    ("line", "outlet", "byline", "rest"),
    [
        ("[이슈밸리=김하늘 기자] " + PARA, "이슈밸리", "김하늘", PARA),
        ("[헤럴드경제=정민수 기자] " + PARA, "헤럴드경제", "정민수", PARA),
        ("[SRT(에스알 타임스) 최유진 기자] " + PARA, "에스알 타임스", "최유진", PARA),
        ("[비즈니스포스트] " + PARA, "비즈니스포스트", None, PARA),
        ("[더페어] 한지수 기자 = " + PARA, "더페어", "한지수", PARA),
        ("투데이코리아=진민석 기자 | " + PARA, "투데이코리아", "진민석", PARA),
    ],
)
def test_bracket_datelines(line: str, outlet: str, byline: str | None, rest: str) -> None:
    m = meta("제목", line, PARA2)
    assert (m.outlet, m.byline) == (outlet, byline)
    assert m.lines == ("제목", rest, PARA2)


def test_a_rubric_or_a_place_is_not_an_outlet() -> None:
    m = meta("[속보] 비트코인 10만 달러 돌파", PARA)
    assert m.outlet is None and m.title == "[속보] 비트코인 10만 달러 돌파"
    m = meta("제목", "[뭄바이 박제완 기자] " + PARA)
    assert (m.outlet, m.byline) == (None, "박제완")


@pytest.mark.parametrize(
    "first",
    [
        "▲ 이창용 총재가 의사봉을 두드리고 있다. 사진=연합뉴스",
        "서울 외환시장 전광판에 환율이 표시돼 있다. 연합뉴스",
        "• 실시간 주요 뉴스 한 줄",
    ],
)
def test_a_caption_or_a_bullet_is_never_the_title(first: str) -> None:
    m = meta(first, PARA, PARA2)
    assert m.title != first.strip()
    assert m.title == PARA


def test_lone_labels_and_a_lone_outlet_name_are_metadata() -> None:
    m = meta("코스피 2% 급락", "중앙일보", "입력", "업데이트", PARA)
    assert m.lines == ("코스피 2% 급락", PARA)
    assert (m.outlet, m.outlet_en) == ("중앙일보", "JoongAng Ilbo")


def test_a_footer_byline_names_the_outlet_and_the_reporter() -> None:
    m = meta("제목", PARA, PARA2, "파이낸셜투데이 조송원 기자")
    assert (m.outlet, m.outlet_en, m.byline) == ("파이낸셜투데이", "Financial Today", "조송원")
    assert m.lines == ("제목", PARA, PARA2)


def test_the_outlet_a_signoff_names_beats_its_e_mail_domain() -> None:
    assert meta("제목", PARA, extra_lines=["차은지 한경닷컴 기자 cha@hankyung.com"]).outlet == "한경닷컴"


@pytest.mark.parametrize(
    ("header", "outlet", "byline"),
    [
        (["조선비즈 = 박하늘 기자", "입력 2026.03.02 09:15"], "Chosun Biz", "박하늘"),
        (["2026.03.02 09:15 | 이데일리 김도윤 기자"], "Edaily", "김도윤"),
        (["[머니투데이 세종=최은비 기자] 2026.03.02 09:15"], "Money Today", "최은비"),
        (["입력 2026.03.02 09:15 | 조선비즈 한지성 기자"], "Chosun Biz", "한지성"),
    ],
)
def test_outlet_named_on_a_dateline_of_many_shapes(header: list[str], outlet: str, byline: str) -> None:
    m = meta("삼성전자, 새 공장 착공", *header, PARA, PARA2)
    assert (m.outlet_en, m.byline, m.date) == (outlet, byline, "2026-03-02")
    assert [line for line in m.lines if line.strip()] == ["삼성전자, 새 공장 착공", PARA, PARA2]


def test_outlet_from_a_signature_e_mail_but_not_from_the_body() -> None:
    signed = meta("제목 줄", "입력 2026.03.02 09:15", PARA, "dykim@edaily.co.kr")
    assert signed.outlet_en == "Edaily"
    quoted = meta("제목 줄", "입력 2026.03.02 09:15", PARA, "연합뉴스 보도에 따르면 수출이 늘었다.", "kim@example.com")
    assert quoted.outlet is None  # an outlet the body cites is not the article's outlet


def test_the_date_of_a_copyright_line_at_the_end() -> None:
    m = meta("제목 줄", PARA, PARA2, "ⓒ 한빛경제, 무단전재 및 재배포 금지 2026.03.02 09:15")
    assert m.date == "2026-03-02"
    assert [line for line in m.lines if line.strip()] == ["제목 줄", PARA, PARA2]
    # a body line with a date and few words is no copyright line: it stays in the body
    body = "이용자 수 집계 2026.03.02"
    kept = meta("제목 줄", PARA, body, PARA2)
    assert body in kept.lines
