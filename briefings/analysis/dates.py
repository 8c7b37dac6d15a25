"""Dates in Korean news text, absolute and relative, resolved to ISO strings.

Absolute: "2025년 1월 27일" -> 2025-01-27, "2025년 1월" -> 2025-01, "2024년 말" -> 2024,
"2030년까지" -> 2030 (qualifier "by").  Relative forms are resolved against the article's date
("지난달 20일" in an article dated 2025-02-01 -> 2025-01-20), the month last named ("같은 달 27일")
or the day last resolved ("다음 날", "이튿날").  A relative date with nothing to resolve it
against is not reported: a date is never guessed.

Deliberately not dates: "N년 만에"/"하루 만에" (durations), "19세기", clock times, a bare "27일"
without "지난"/"오는" (it is too often a duration), and a month-day without a year that would lie
after the article's date (it could be this year or last year).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from briefings.analysis.figure_lexicon import date_words, particle_starts


@dataclass(frozen=True)
class DateHit:
    """A resolved date at ``text[start:end]``; ``value`` is 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'."""

    start: int
    end: int
    value: str
    qualifier: str | None = None


def _alternation(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern[str]:
    w = date_words()
    year_parts = _alternation(w["year_part"]) + "|초반|후반"
    month_parts = _alternation(w["month_part"])

    def md(tag: str) -> str:
        return rf"(?:(?P<m{tag}>[0-9]{{1,2}})월(?: ?(?P<d{tag}>[0-9]{{1,2}})일)?(?: ?(?P<mpart{tag}>{month_parts}))?)"

    tail = r"(?: ?(?P<tail>까지|께|경))?"
    return re.compile(
        r"(?<![0-9A-Za-z.,])(?:"
        # 2025년 1월 27일 / 2024년 말 / 2030년까지
        r"(?P<y>(?:19|20)[0-9]{2})년(?: ?" + md("") + r"| ?(?P<ypart>" + year_parts + r"))?"
        # 지난해 12월 / 올해 말 / 올 3월
        r"|(?P<yrel>"
        + _alternation(w["year_rel"])
        + r"|올(?= [0-9]))(?: ?"
        + md("1")
        + r"| ?(?P<ypart2>"
        + year_parts
        + r"))"
        # 지난달 20일 / 같은 달 27일 / 다음 달 말
        r"|(?P<mrel>" + _alternation(w["month_rel"]) + r") ?(?:(?P<d2>[0-9]{1,2})일|(?P<mpart2>" + month_parts + r"))"
        # 다음 날 / 이튿날 / 전날
        r"|(?P<drel>" + _alternation(w["day_rel"]) + r")"
        # 지난 27일 / 오는 3일 / 27일(현지시간)
        r"|(?P<dir>지난|오는) (?P<dd>[0-9]{1,2})일"
        r"|(?P<dl>[0-9]{1,2})일(?=\(현지 ?시간\))"
        # 1월 27일 (year from the text or the article)
        r"|(?:(?P<dir2>지난|오는) )?" + md("3") + r")" + tail
    )


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _ends_cleanly(text: str, end: int) -> bool:
    """A date word like 말/봄 must not be the start of a longer word ("2024년 말레이시아")."""
    nxt = text[end : end + 1]
    return not ("가" <= nxt <= "힣") or nxt in particle_starts()


@dataclass
class _Context:
    """What later relative dates resolve against."""

    ref: dt.date | None
    year: int | None = None
    month: tuple[int, int] | None = None
    day: dt.date | None = None


def _lookup(table: dict[str, str], surface: str) -> str | None:
    """The value of the first regex key of ``table`` that matches all of ``surface``."""
    return next((v for k, v in table.items() if re.fullmatch(k, surface)), None)


def _resolve(m: re.Match[str], ctx: _Context) -> str | None:
    g = m.groupdict()
    g["m"], g["d"] = g["m"] or g["m1"], g["d"] or g["d1"]
    g["m2"], g["d4"] = g["m3"], g["d3"]
    words = date_words()
    if g["y"] or g["yrel"]:
        if g["y"]:
            year = int(g["y"])
        else:
            rel = "0" if g["yrel"] == "올" else _lookup(words["year_rel"], g["yrel"])
            if rel is None:
                return None
            if rel == "same":
                if ctx.year is None:
                    return None
                year = ctx.year
            else:
                if ctx.ref is None:
                    return None
                year = ctx.ref.year + int(rel)
        ctx.year = year
        if g["m"]:
            month = int(g["m"])
            if not 1 <= month <= 12:
                return None
            ctx.month = (year, month)
            if g["d"]:
                day = _valid(year, month, int(g["d"]))
                if day is None:
                    return None
                ctx.day = day
                return day.isoformat()
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}"
    if g["mrel"]:
        rel = _lookup(words["month_rel"], g["mrel"])
        if rel is None:
            return None
        if rel == "same":
            if ctx.month is None:
                return None
            year, month = ctx.month
        else:
            if ctx.ref is None:
                return None
            year, month = _shift_month(ctx.ref.year, ctx.ref.month, int(rel))
        ctx.month = (year, month)
        ctx.year = year
        if g["d2"]:
            day = _valid(year, month, int(g["d2"]))
            if day is None:
                return None
            ctx.day = day
            return day.isoformat()
        return f"{year:04d}-{month:02d}"
    if g["drel"]:
        rel = _lookup(words["day_rel"], g["drel"])
        if rel is None or ctx.day is None:
            return None
        ctx.day = ctx.day + dt.timedelta(days=int(rel))
        ctx.month = (ctx.day.year, ctx.day.month)
        ctx.year = ctx.day.year
        return ctx.day.isoformat()
    if g["dd"] or g["dl"]:
        if ctx.ref is None:
            return None
        n = int(g["dd"] or g["dl"])
        if g["dl"]:  # "27일(현지시간)": the latest such day on or before the article's date
            year, month = (
                (ctx.ref.year, ctx.ref.month) if n <= ctx.ref.day else _shift_month(ctx.ref.year, ctx.ref.month, -1)
            )
        elif g["dir"] == "지난":
            year, month = (
                (ctx.ref.year, ctx.ref.month) if n < ctx.ref.day else _shift_month(ctx.ref.year, ctx.ref.month, -1)
            )
        else:
            year, month = (
                (ctx.ref.year, ctx.ref.month) if n > ctx.ref.day else _shift_month(ctx.ref.year, ctx.ref.month, 1)
            )
        day = _valid(year, month, n)
        if day is None:
            return None
        ctx.day, ctx.month, ctx.year = day, (year, month), year
        return day.isoformat()
    if g["m2"]:
        month = int(g["m2"])
        if not 1 <= month <= 12:
            return None
        if ctx.year is not None:
            year = ctx.year
        elif ctx.ref is not None:
            year = ctx.ref.year
            after = (month, int(g["d4"] or 0)) > (ctx.ref.month, ctx.ref.day if g["d4"] else 0)
            if g["dir2"] == "지난" and after:
                year -= 1
            elif g["dir2"] == "오는" and not after:
                year += 1
            elif g["dir2"] is None and after:
                return None  # this year or last year? not guessed
        else:
            return None
        ctx.month = (year, month)
        if g["d4"]:
            day = _valid(year, month, int(g["d4"]))
            if day is None:
                return None
            ctx.day = day
            return day.isoformat()
        return f"{year:04d}-{month:02d}"
    return None


_UNREAD_YEAR = re.compile(r"(?<![0-9])[0-9][0-9,]* ?년 ?$")


def _after_unread_year(text: str, m: re.Match[str]) -> bool:
    """A month-day right after a year the pattern does not read ("99999년 1월 1일", "1899년 1월 1일")
    is that year's, never the article's: it is no date."""
    return m.group("y") is None and bool(_UNREAD_YEAR.search(text, max(0, m.start() - 24), m.start()))


def parse_article_date(article_date: str | None) -> dt.date | None:
    if not article_date:
        return None
    try:
        return dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return None


def find_dates(text: str, article_date: str | None, blocked: Callable[[int], bool] | None = None) -> Iterator[DateHit]:
    """Every date in ``text``, in order, resolved; a match starting where ``blocked(pos)`` is skipped."""
    ctx = _Context(ref=parse_article_date(article_date))
    for m in date_pattern().finditer(text):
        if blocked is not None and blocked(m.start()):
            continue
        end = m.end()
        tail = m.group("tail")
        if tail and not _ends_cleanly(text, end):
            end = m.start("tail")  # "2025년 경제": 경 starts a word; the date ends before it
            end -= text[end - 1 : end] == " "
            tail = None
        part_end = max(
            (m.end(k) for k in ("ypart", "ypart2", "mpart", "mpart1", "mpart2", "mpart3") if m.group(k)), default=-1
        )
        if part_end >= 0 and not tail and not _ends_cleanly(text, part_end):
            continue  # "2024년 말레이시아": not a date part; skip rather than guess
        value = None if _after_unread_year(text, m) else _resolve(m, ctx)
        if value is None:
            # nothing to resolve against: later "같은 달"/"다음 날" must not borrow an older date
            ctx.month, ctx.day = None, None
            continue
        qualifier = {"까지": "by", "께": "approx", "경": "approx"}.get(tail or "")
        yield DateHit(start=m.start(), end=end, value=value, qualifier=qualifier)
