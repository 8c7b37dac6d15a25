"""The article's date from its photo captions and footers, when no header line dates it.

A caption of Korean news ends in the photo's date and credit ("… 설명하고 있다. 2026.11.05. (사진=○○ 제공)",
"… 있다. 2026.11.24/뉴스1"); a copyright footer may end in the publication time. Such a date is read only
when nothing else dates the article, never from an archive photo or a link to another article, and not at all
when two captions disagree by more than a few days or when the lead's "N일" cannot be of that date.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.ingest.metadata import CAPTION_SPREAD, extract_metadata, parse_date

QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TITLE = "수출 호조에 성장률 반등"
OTHER = "전문가들은 하반기에도 회복 흐름이 이어질 것으로 내다봤다."


def lead(day: int) -> str:
    return f"[세종=가나통신] 김하늘 기자 = 통계청이 {day}일 발표한 자료에 따르면 수출이 석 달째 늘었다."


def caption(d: dt.date, credit: str = " (사진=통계청 제공) *재판매 및 DB 금지") -> str:
    return f"[세종=가나통신] {d.day}일 오전 정부세종청사에서 관계자가 통계를 설명하고 있다. {d:%Y.%m.%d}.{credit}"


def date_of(*lines: str) -> str | None:
    return extract_metadata(list(lines)).date


DAY = dt.date(2026, 3, 12)


def test_a_photo_caption_dates_an_undated_article() -> None:
    assert date_of(TITLE, lead(12), OTHER, caption(DAY)) == "2026-03-12"


def test_caption_forms_with_a_slash_outlet_an_e_mail_or_a_reporter() -> None:
    news = "(서울=나다뉴스) 박민수 기자 = 12일 서울 여의도 증권가에서 시민들이 시세판을 보고 있다. 2026.3.12/나다뉴스"
    assert date_of(TITLE, lead(12), OTHER, news) == "2026-03-12"
    mail = "[서울=가나통신] 12일 서울 시내 한 마트에서 소비자가 물건을 고르고 있다. 2026.03.12. photo@example.com"
    assert date_of(TITLE, lead(12), OTHER, mail) == "2026-03-12"
    signed = caption(DAY, credit="/나다뉴스 ⓒ 나다뉴스 박민수 기자")
    assert date_of(TITLE, lead(12), OTHER, signed) == "2026-03-12"


def test_a_copyright_footer_with_a_c_in_brackets_gives_the_date() -> None:
    footer = "(C) 나다뉴스, 무단전재 및 재배포 금지 | 2026.03.12 11:02"
    assert date_of(TITLE, lead(12), OTHER, footer) == "2026-03-12"


def test_a_header_date_beats_a_caption_date() -> None:
    assert date_of(TITLE, "입력 2026.03.13 06:00", lead(12), OTHER, caption(DAY)) == "2026-03-13"
    assert date_of(TITLE, "승인 2026.03.13 06:00", lead(12), OTHER, caption(DAY)) == "2026-03-13"


def test_an_archive_photo_does_not_date_the_article() -> None:
    old = "[세종=가나통신] 정부세종청사 전경. 2024.05.02. (사진=가나통신 자료사진)"
    assert date_of(TITLE, lead(12), OTHER, old) is None


def test_a_related_article_link_does_not_date_the_article() -> None:
    link = "[관련기사] 수출 석 달째 증가…반도체가 이끌어 2026.03.12."
    assert date_of(TITLE, lead(12), OTHER, link) is None
    arrow = "▶ 수출 석 달째 증가했다. 2026.03.12."  # a link marked with an arrow, not a photo's caption
    assert date_of(TITLE, OTHER, arrow) is None
    box = ["관련 기사", caption(DAY)]  # a box of links under its heading: every line is another article's
    assert date_of(TITLE, lead(12), OTHER, "", *box) is None


def test_captions_that_disagree_date_nothing() -> None:
    later = DAY + dt.timedelta(days=CAPTION_SPREAD + 1)
    assert date_of(TITLE, OTHER, caption(DAY), OTHER, caption(later)) is None


def test_captions_a_day_apart_give_the_later_day() -> None:
    assert date_of(TITLE, lead(12), OTHER, caption(DAY - dt.timedelta(days=1)), caption(DAY)) == "2026-03-12"


def test_a_caption_whose_date_the_lead_cannot_be_of_dates_nothing() -> None:
    # the lead's "25일" is no day of the week before 12 March: the photo is of another day
    assert date_of(TITLE, lead(25), OTHER, caption(DAY)) is None


def test_a_body_sentence_ending_in_a_date_is_no_caption() -> None:
    body = "정부는 이 계획을 2026.03.12. 확정했다고 밝혔다."
    assert date_of(TITLE, lead(12), body) is None
    plain = "관계자가 통계를 설명하고 있다. 2026.03.12."  # no dateline, no credit: not shaped like a caption
    assert date_of(TITLE, lead(12), OTHER, plain) is None


def test_an_impossible_caption_date_is_not_clamped() -> None:
    bad = "[세종=가나통신] 관계자가 통계를 설명하고 있다. 2026.02.30. (사진=통계청 제공)"
    assert date_of(TITLE, OTHER, bad) is None


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@QUICK
@given(dates)
def test_property_a_caption_gives_its_own_date(d: dt.date) -> None:
    assert date_of(TITLE, lead(d.day), OTHER, caption(d)) == d.isoformat()


@QUICK
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2088, 12, 31)), st.integers(CAPTION_SPREAD + 1, 4000))
def test_property_disagreeing_captions_abstain(d: dt.date, gap: int) -> None:
    assert date_of(TITLE, OTHER, caption(d), OTHER, caption(d + dt.timedelta(days=gap))) is None


@QUICK
@given(dates, dates)
def test_property_a_related_link_never_changes_the_date(d: dt.date, other: dt.date) -> None:
    base = [TITLE, lead(d.day), OTHER, caption(d)]
    link = f"[관련기사] 지난 발표 다시 보기 {other:%Y.%m.%d}."
    assert date_of(*base, link) == date_of(*base) == d.isoformat()


@QUICK
@given(dates, dates)
def test_property_a_header_date_always_wins(head: dt.date, photo: dt.date) -> None:
    assert date_of(TITLE, f"입력 {head:%Y-%m-%d} 10:31", OTHER, caption(photo)) == head.isoformat()


@QUICK
@given(st.integers(min_value=1900, max_value=2099), st.integers(0, 13), st.integers(0, 32), st.sampled_from(".-/"))
def test_property_parse_date_is_the_calendar(y: int, m: int, d: int, sep: str) -> None:
    try:
        want: str | None = dt.date(y, m, d).isoformat()
    except ValueError:
        want = None
    assert parse_date(f"게재 {y}{sep}{m:02d}{sep}{d:02d}") == want


texts = st.lists(
    st.one_of(
        st.text(alphabet="가나다라 0123456789.=[]()/:년월일사진제공기자입력관련", max_size=60),
        st.builds(caption, dates),
    ),
    max_size=8,
)


@QUICK
@given(texts)
def test_property_a_found_date_is_written_in_the_text(lines: list[str]) -> None:
    found = date_of(*lines)
    if found is not None:
        y, m, d = (int(x) for x in found.split("-"))
        written = re.compile(rf"{y}\s*(?:[.\-/]|년)\s*0?{m}\s*(?:[.\-/]|월)\s*0?{d}(?!\d)")
        assert any(written.search(line) for line in lines)
