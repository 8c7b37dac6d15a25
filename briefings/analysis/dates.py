"""Dates in Korean news text, absolute and relative, resolved to ISO strings.

Absolute: "2025년 1월 27일" -> 2025-01-27, "2025년 1월" -> 2025-01, "2024년 말" -> 2024,
"2030년까지" -> 2030 (qualifier "by"), "2024년 4분기" -> 2024-Q4, "2006~2008년" -> 2006-2008.
Fiscal years: "2026회계연도" -> 2026, "2026 회계연도 (제)1분기", "FY2026 1분기" and a bare "1분기" after a
fiscal year in its sentence -> 2026-Q1 with ``fiscal`` set: the quarter of that fiscal year, never
shifted to a calendar quarter by a guessed offset.  "1·4분기" is the old notation for the first quarter.
Relative forms are resolved against the article's date ("지난달 20일" in an article dated
2025-02-01 -> 2025-01-20; a bare "25일" -> the 25th of the article's month, or of the month before
when that lies within a week of the article's date), the month last named ("같은 달 27일",
"3월 13일과 19일") or the story day ("다음 날", "이튿날", "전날", "하루 전"): the last day named that
is no point of comparison ("… 이후", "… 대비") and lies near the article's date, else, for the
backward words, the article's date.  A month takes the year named before it in its own sentence
(never one from another sentence, nor that of a point of comparison) or, as the second of a pair
("지난해 10월과 11월"), the first one's year.  Ranges are one date with a ``high`` end: "15∼17일",
"2~4월", "10·11월", "3ㆍ4분기 연속".

A date is never guessed.  When the text does not say which year or month a date falls in, the
date keeps only what it says, as an ISO 8601 truncated form: "--10" (October, year unknown),
"--10-05", "---05" (the 5th, month unknown), "--Q4" (a fourth quarter).  ``is_partial`` tells them
apart; no stage may use a partial date as an event's date.

Deliberately not dates: "N년 만에"/"하루 만에" (durations), "19세기", clock times, "4분기 연속"
(a count of quarters), decades ("2030년대"), model years ("2002년형", "1969년산"), magazine issues.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.analysis.figure_lexicon import date_words, particle_starts

NEAR_PREVIOUS_MONTH = 7  # a bare "28일" in an article of the 2nd is the 28th of last month
NEAR_NEXT_MONTHS = 2  # a bare "12월" in an article of November is the coming December: last year's would be "지난해 12월"
STORY_WINDOW = 31  # a named day this close to the article's date can be the story's day ("전날" counts from it)


@dataclass(frozen=True)
class DateHit:
    """A resolved date at ``text[start:end]``; ``value`` is 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', 'YYYY-Qn'
    or a partial date ("--10", "--10-05", "---05", "--Q4"); ``high`` ends a range."""

    start: int
    end: int
    value: str
    qualifier: str | None = None
    high: str | None = None
    fiscal: bool = False  # a fiscal year or a quarter of one: "2026-Q1" is Q1 of fiscal 2026, not Jan-Mar 2026


def is_partial(value: str) -> bool:
    """A date whose year (and maybe month) the text does not give: "--10", "---05", "--Q4"."""
    return value.startswith("--")


def _alternation(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SEP = r"[·ㆍ,~∼〜～\-]"
_RANGE = r"[~∼〜～\-]"


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern[str]:
    w = date_words()
    year_parts = _alternation(w["year_part"]) + "|초반|후반"
    month_parts = _alternation(w["month_part"])

    def md(tag: str) -> str:
        return (
            rf"(?:(?P<m{tag}>[0-9]{{1,2}})(?:{_SEP} ?(?P<mh{tag}>[0-9]{{1,2}}))?월"
            rf"(?: ?(?P<d{tag}>[0-9]{{1,2}})(?:{_RANGE}(?P<dh{tag}>[0-9]{{1,2}}))?일)?"
            rf"(?: ?(?P<mpart{tag}>{month_parts}))?)"
        )

    def quarter(tag: str) -> str:
        # "3ㆍ4분기 (연속)" is a range of quarters; "4분기 연속" four quarters in a row, not a date
        return rf"(?:(?P<q{tag}>[1-4])(?:{_SEP} ?(?P<qh{tag}>[1-4])분기|/4분기|분기(?! ?연속|별|째)))"

    tail = r"(?: ?(?P<tail>까지|께|경))?"
    return re.compile(
        r"(?:(?<![0-9A-Za-z.,])|(?=[가-힣]))(?:"
        # 2026회계연도 1분기 / 2026 회계연도 / 2026년 회계연도 / FY2026 / 회계연도 2026년 (+ 제1분기, 의 1분기)
        r"(?:FY ?(?P<fyl>(?:19|20)[0-9]{2})|(?P<fy>(?:19|20)[0-9]{2})년? ?회계연도"
        r"|회계연도 (?P<fyk>(?:19|20)[0-9]{2})년)"
        r"(?:(?:의)? ?제? ?" + quarter("f") + r")?"
        # 2006~2008년: a range of years
        r"|(?P<yl>(?:19|20)[0-9]{2}) ?" + _RANGE + r" ?(?P<yh>(?:19|20)[0-9]{2})년(?![대형식산])"
        # 2025년 1월 27일 / 2024년 4분기 / 2024년 말 / 2030년까지
        r"|(?P<y>(?:19|20)[0-9]{2})년(?![대형식산])(?: ?"
        + quarter("")
        + r"| ?"
        + md("")
        + r"| ?(?P<ypart>"
        + year_parts
        + r"))?"
        # 지난해 12월 / 지난해 4분기 / 올해 말 / 올 3월
        r"|(?P<yrel>"
        + _alternation(w["year_rel"])
        + r"|올(?= [0-9]))(?: ?"
        + quarter("1")
        + r"| ?"
        + md("1")
        + r"| ?(?P<ypart2>"
        + year_parts
        + r"))"
        # 지난달 20일 / 같은 달 27일 / 다음 달 말
        r"|(?P<mrel>" + _alternation(w["month_rel"]) + r") ?(?:(?P<d2>[0-9]{1,2})일|(?P<mpart2>" + month_parts + r"))"
        # 다음 날 / 이튿날 / 전날
        r"|(?P<drel>" + _alternation(w["day_rel"]) + r")"
        # 지난 27일 / 오는 3일 / 지난 15∼17일
        # (a word of its own: "…오는" of a name ending in 오 before 는 is no "오는")
        r"|(?<![가-힣])(?P<dir>지난|오는) (?P<dd>[0-9]{1,2})(?:" + _RANGE + r"(?P<ddh>[0-9]{1,2}))?일"
        # 1월 27일 (year from the text or the article)
        r"|(?:(?<![가-힣])(?P<dir2>지난|오는) )?" + md("3") + ""
        # 4분기 (year from the article); 1Q, 4Q24 (the financial pages' quarters)
        r"|" + quarter("3") + ""
        r"|(?P<qq>[1-4])Q(?P<qy>[0-9]{2})?(?![A-Za-z0-9])"
        # 27일, 27일(현지시간), 15∼17일 (month from the article)
        r"|(?P<bd>[0-9]{1,2})(?:" + _RANGE + r"(?P<bdh>[0-9]{1,2}))?일"
        r")" + tail
    )


@lru_cache(maxsize=1)
def _date_starts() -> re.Pattern[str]:
    """Where a date can start: a digit or "F" (FY) not glued to a number or word before it, or one of the
    words that open the other forms (a relative year, month or day, 지난/오는, 올, 회계연도).

    Every match of ``date_pattern`` starts where this one does (each of its forms opens with one of these),
    so trying it only there finds the same dates.  The date pattern opens with a lookbehind, so the regex
    engine cannot skip ahead by itself and would try all of it at every character.
    """
    w = date_words()
    words = {*w["year_rel"], *w["month_rel"], *w["day_rel"], "올", "지난", "오는", "회계연도"}
    # the lookbehind reads the character before the digit: the date pattern's (?<![0-9A-Za-z.,])
    return re.compile(r"[0-9F](?<![0-9A-Za-z.,].)|" + "|".join(sorted(words, key=len, reverse=True)))


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``date_pattern().finditer(text)``, the same matches, trying the pattern only where a date can start."""
    pattern, starts = date_pattern(), _date_starts()
    pos = 0
    while (start := starts.search(text, pos)) is not None:
        m = pattern.match(text, start.start())  # its lookbehind still reads the text before ``pos``
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()  # a date is never empty


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
    last_end: int = -1  # where the last full date (with a day) ended, for "3월 13일과 19일"
    last_full: dt.date | None = None  # ... and that date
    year_end: int = -1  # where the year of ``year`` was last named
    sentence_start: int = 0  # where the sentence of the date being resolved starts
    fiscal_year: int | None = None  # the fiscal year last named ("2026 회계연도") and where it ended
    fiscal_end: int = -1
    pair_end: int = -1  # where the last month (or month-day) ended, its year (None: unknown) and month,
    pair_year: int | None = None  # for the second of a pair: "지난해 10월과 11월"
    pair_month: int = 0
    pair_day: int = 0  # ... and its day (0: a month only)
    text: str = ""
    references: list[tuple[int, int]] = field(default_factory=list)  # dates that are points of comparison
    named_days: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> the year it was named with


def _lookup(table: dict[str, str], surface: str) -> str | None:
    """The value of the first regex key of ``table`` that matches all of ``surface``."""
    return next((v for k, v in table.items() if re.fullmatch(k, surface)), None)


_Value = tuple[str, str | None]  # (value, high)


def _months(year: int | None, m: str, mh: str | None) -> _Value | None:
    month, high = int(m), int(mh) if mh else None
    if not 1 <= month <= 12 or (high is not None and not month < high <= 12):
        return None
    if year is None:
        return f"--{month:02d}", None if high is None else f"--{high:02d}"
    return f"{year:04d}-{month:02d}", None if high is None else f"{year:04d}-{high:02d}"


def _quarters(year: int | None, q: str, qh: str | None) -> _Value | None:
    if qh and not int(q) < int(qh):
        return None
    prefix = "-" if year is None else f"{year:04d}"
    return f"{prefix}-Q{q}", f"{prefix}-Q{qh}" if qh else None


def _days(ctx: _Context, year: int | None, month: int | None, d: str, dh: str | None) -> _Value | None:
    """A day (range) in a known or unknown month; a known one becomes the context's day."""
    day, high = int(d), int(dh) if dh else None
    if not 1 <= day <= 31 or (high is not None and not day < high <= 31):
        return None
    if year is None or month is None:
        if month is None:
            return f"---{day:02d}", None if high is None else f"---{high:02d}"
        if day > calendar.monthrange(2024, month)[1]:  # a leap year admits 29 February
            return None
        return f"--{month:02d}-{day:02d}", None if high is None else f"--{month:02d}-{high:02d}"
    first = _valid(year, month, day)
    last = _valid(year, month, high) if high is not None else None
    if first is None or (high is not None and last is None):
        return None
    ctx.day, ctx.month, ctx.year = last or first, (year, month), year
    return first.isoformat(), None if last is None else last.isoformat()


_RANGE_LINK = re.compile(r"\s*(?:부터|에서)?\s*(?:~|∼|-|–)?\s*")


def _ends_a_period(ctx: _Context, start: int) -> bool:
    """Whether a month-day at ``start`` ends a period from the month-day read just before it, with only a range word
    between ("2월 26일부터 3월 18일까지", "12월 20일~1월 5일")."""
    if ctx.pair_end < 0 or ctx.pair_end > start or not ctx.pair_day:
        return False
    between = ctx.text[ctx.pair_end : start]
    return bool(between.strip()) and _RANGE_LINK.fullmatch(between) is not None


def _fiscal_year(g: dict[str, str | None]) -> int | None:
    fy = g["fy"] or g["fyl"] or g["fyk"]
    return int(fy) if fy else None


def _year_of(g: dict[str, str | None], ctx: _Context) -> tuple[bool, int | None]:
    """(matched a year form, the year or None when the text does not fix it)."""
    words = date_words()
    fiscal = _fiscal_year(g)
    if fiscal is not None:
        return True, fiscal
    if g["y"]:
        return True, int(g["y"])
    if g["yrel"]:
        rel = "0" if g["yrel"] == "올" else _lookup(words["year_rel"], g["yrel"] or "")
        if rel is None:
            return True, None
        if rel == "same":
            return True, ctx.year
        return True, None if ctx.ref is None else ctx.ref.year + int(rel)
    return False, None


def _bare_day_month(ctx: _Context, day: int, start: int) -> tuple[int, int] | None:
    """The month of a bare "N일": the month of a full date just before it ("3월 13일과 19일"),
    else the article's month, or the month before when that day lies just before the article's."""
    if ctx.last_full is not None and 0 <= start - ctx.last_end <= 3:
        return ctx.last_full.year, ctx.last_full.month
    if ctx.ref is None:
        return None
    if day <= ctx.ref.day:
        return ctx.ref.year, ctx.ref.month
    year, month = _shift_month(ctx.ref.year, ctx.ref.month, -1)
    earlier = _valid(year, month, day)
    if earlier is not None and (ctx.ref - earlier).days <= NEAR_PREVIOUS_MONTH:
        return year, month
    return None


@lru_cache(maxsize=1)
def _year_word() -> re.Pattern[str]:
    """A year said by itself, with or without a month after it: "2020년", "지난해에도", "작년"."""
    rel = _alternation(date_words()["year_rel"])
    return re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})년(?![대형식산])|(?P<rel>" + rel + r")")


def _sentence_year(ctx: _Context, pos: int, references: bool = True) -> tuple[bool, int | None]:
    """The year named last before ``pos`` in its sentence ("지난해에도 10월과 11월" -> last year):
    (a year word was found, its year or None when the article's date is unknown).  Without
    ``references`` the year of a point of comparison does not count: "2020년 3월 이후 최대 낙폭을
    기록한 1월 27일" is not January 2020."""
    found = None
    for hit in _year_word().finditer(ctx.text, ctx.sentence_start, pos):
        if references or not any(a <= hit.start() < b for a, b in ctx.references):
            found = hit
    if found is None:
        return False, None
    if found.group("y"):
        return True, int(found.group("y"))
    rel = _lookup(date_words()["year_rel"], found.group("rel"))
    if rel is None:
        return True, None
    if rel == "same":
        return True, ctx.year if ctx.year_end >= ctx.sentence_start else None
    return True, None if ctx.ref is None else ctx.ref.year + int(rel)


def _is_pair(ctx: _Context, start: int) -> bool:
    """The date is the second of a pair joined to the month just before: "10월과 11월", "10월, 11월"."""
    return ctx.pair_end >= 0 and _PAIR_JOIN.fullmatch(ctx.text, ctx.pair_end, start) is not None


_PAIR_JOIN = re.compile(r" ?(?:과|와|및|,|·|ㆍ|이나|또는|그리고) ?")


def _dot_quarter(m: re.Match[str], text: str) -> bool:
    """ "1·4분기", "3ㆍ4분기": the old notation for the first, third quarter (N/4), unless the quarters run
    in a row ("3ㆍ4분기 연속")."""
    return bool(re.search(r"[0-9][·ㆍ] ?4분기$", m.group(0).rstrip())) and not re.match(r" ?연속", text[m.end() :])


def _resolve(m: re.Match[str], ctx: _Context) -> _Value | None:
    g = m.groupdict()
    words = date_words()
    if _dot_quarter(m, ctx.text):
        g = {**g, "qhf": None, "qh": None, "qh1": None, "qh3": None}
    if g["yl"]:
        low, high_y = int(g["yl"]), int(g["yh"] or 0)
        if not low < high_y:
            return None
        ctx.year, ctx.year_end = None, m.end()  # "2006~2008년 … 3월": which year's March? not guessed
        return f"{low:04d}", f"{high_y:04d}"
    is_year, year = _year_of(g, ctx)
    if is_year:
        fiscal = _fiscal_year(g)
        if fiscal is None:  # a fiscal year (2026회계연도) does not date later months of the calendar
            ctx.year, ctx.year_end = year, m.end()
        else:
            ctx.fiscal_year, ctx.fiscal_end = fiscal, m.end()
        q = g["qf"] or g["q"] or g["q1"]
        if q:
            return _quarters(year, q, g["qhf"] or g["qh"] or g["qh1"])
        mo = g["m"] or g["m1"]
        if mo:
            months = _months(year, mo, g["mh"] or g["mh1"])
            if months is None:
                return None
            day = g["d"] or g["d1"]
            if day and not (g["mh"] or g["mh1"]):
                if year is not None and day.isdigit():
                    ctx.named_days[(int(mo), int(day))] = year  # "내년 2월 26일": a bare "2월 26일" later is that day
                return _days(ctx, year, int(mo), day, g["dh"] or g["dh1"])
            if year is not None:
                ctx.month = (year, int(mo))
            return months
        if year is None:
            return None  # "지난해" alone is a period, and without the article's date an unknown one
        return f"{year:04d}", None
    if g["mrel"]:
        rel = _lookup(words["month_rel"], g["mrel"])
        if rel is None:
            return None
        month: tuple[int, int] | None
        if rel == "same":
            month = ctx.month
        else:
            month = None if ctx.ref is None else _shift_month(ctx.ref.year, ctx.ref.month, int(rel))
        if g["d2"]:
            if month is None:
                return _days(ctx, None, None, g["d2"], None)
            return _days(ctx, month[0], month[1], g["d2"], None)
        if month is None:
            return None
        ctx.month, ctx.year = month, month[0]
        return f"{month[0]:04d}-{month[1]:02d}", None
    if g["drel"]:
        rel = _lookup(words["day_rel"], g["drel"])
        if rel is None:
            return None
        base = ctx.day
        if base is None and ctx.ref is not None and int(rel) <= 0:
            base = ctx.ref  # "전날", "하루 전" with no story day named: the day before the article's
        if base is None:
            return None  # "다음 날" after no day of the story: the day after what? not guessed
        ctx.day = base + dt.timedelta(days=int(rel))
        ctx.month = (ctx.day.year, ctx.day.month)
        ctx.year = ctx.day.year
        return ctx.day.isoformat(), None
    if g["dd"]:
        n = int(g["dd"])
        if ctx.ref is None:
            return _days(ctx, None, None, g["dd"], g["ddh"])
        if g["dir"] == "지난":
            ref_month = (ctx.ref.year, ctx.ref.month)
            y, mo_ = ref_month if n < ctx.ref.day else _shift_month(ctx.ref.year, ctx.ref.month, -1)
        else:
            y, mo_ = (ctx.ref.year, ctx.ref.month) if n > ctx.ref.day else _shift_month(ctx.ref.year, ctx.ref.month, 1)
        return _days(ctx, y, mo_, g["dd"], g["ddh"])
    if g["m3"]:
        month_n = int(g["m3"])
        if not 1 <= month_n <= 12:
            return None
        day_s, day_h, month_h = g["d3"], g["dh3"], g["mh3"]
        named, named_year = _sentence_year(ctx, m.start(), references=False)
        y3: int | None
        if g["dir2"] is None and _is_pair(ctx, m.start()):
            # "지난해 10월과 11월": the second month is the first one's year; "12월과 1월": not guessed
            y3 = ctx.pair_year if month_n > ctx.pair_month else None
        elif g["dir2"] is None and day_s and day_s.isdigit() and _ends_a_period(ctx, m.start()):
            # "2월 26일부터 3월 18일까지", "지난해 12월 20일~1월 5일": a period's end is on or after its start, in the
            # start's year or the next; when the start's year is unknown, so is the end's
            later = (month_n, int(day_s)) < (ctx.pair_month, ctx.pair_day)
            y3 = None if ctx.pair_year is None else ctx.pair_year + (1 if later else 0)
        elif g["dir2"] is None and named:
            y3 = named_year  # "2025년 1월 27일 … 1월 28일", "지난해에도 10월": the year named in the sentence
        elif g["dir2"] is None and day_s and day_s.isdigit() and (month_n, int(day_s)) in ctx.named_days:
            # "주총은 내년 2월 26일 … 청구 기간은 2월 26일부터": the same day, named with its year before
            y3 = ctx.named_days[(month_n, int(day_s))]
        elif ctx.ref is not None:
            y3 = ctx.ref.year
            after = (month_n, int(day_s or 0)) > (ctx.ref.month, ctx.ref.day if day_s else 0)
            if g["dir2"] == "지난" and after:
                y3 -= 1
            elif g["dir2"] == "오는" and not after:
                y3 += 1
            elif g["dir2"] is None and after and month_n - ctx.ref.month > NEAR_NEXT_MONTHS:
                y3 = None  # "12월" in a January article: this year or last year? not guessed
        else:
            y3 = None
        if day_s and not month_h:
            return _days(ctx, y3, month_n, day_s, day_h)
        months = _months(y3, g["m3"], month_h)
        if months is not None and y3 is not None:
            ctx.month = (y3, month_n)
        return months
    if g["qq"]:
        if g["qy"]:
            return _quarters(2000 + int(g["qy"]), g["qq"], None)  # "4Q24": Q4 2024
        g = {**g, "q3": g["qq"], "qh3": None}
    if g["q3"]:
        named, named_year = _sentence_year(ctx, m.start())
        if ctx.fiscal_year is not None and ctx.fiscal_end >= ctx.sentence_start:
            fiscal_last = ctx.fiscal_end >= (ctx.year_end if named else -1)
            if fiscal_last:  # "2026 회계연도 매출 … 1분기에는": that fiscal year's quarter, never a calendar guess
                return _quarters(ctx.fiscal_year, g["q3"], g["qh3"])
        if named:
            return _quarters(named_year, g["q3"], g["qh3"])  # "2024년 연간과 4분기"; "지난해 4분기"
        if ctx.ref is None:
            return _quarters(None, g["q3"], g["qh3"])
        last_q = int(g["qh3"] or g["q3"])
        current_q = (ctx.ref.month - 1) // 3 + 1
        if last_q == current_q % 4 + 1 and _forecast_after(ctx.text, m.end()):
            # "4분기 매출 전망치를 …로 제시" in August: the coming quarter's forecast (next year's after a Q4)
            return _quarters(ctx.ref.year + (1 if current_q == 4 else 0), g["q3"], g["qh3"])
        return _quarters(ctx.ref.year if last_q <= current_q else ctx.ref.year - 1, g["q3"], g["qh3"])
    if g["bd"]:
        where = _bare_day_month(ctx, int(g["bd"]), m.start())
        if where is None:
            return _days(ctx, None, None, g["bd"], g["bdh"])
        return _days(ctx, where[0], where[1], g["bd"], g["bdh"])
    return None


_FORECAST_REACH = 80  # characters after a bare quarter where its sentence's forecast word may stand


def _forecast_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence after a bare quarter forecasts it (date_words.tsv, forecast)."""
    rest = re.split(r"(?<=다)\.|\n", text[end : end + _FORECAST_REACH], maxsplit=1)[0]
    return any(w in rest for w in date_words().get("forecast", {}))


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


_SENTENCE_END = re.compile(r"(?:[.!?](?=\s)|(?<=[가-힣])\.(?=[가-힣])|\n)")  # "…만이다.한은은" too


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last ". " or line break before it)."""
    window = text[max(0, pos - 400) : pos]
    ends = [e.end() for e in _SENTENCE_END.finditer(window)]
    return max(0, pos - 400) + ends[-1] if ends else max(0, pos - 400)


@lru_cache(maxsize=2)
def _reference_cue(comparison_only: bool = False) -> re.Pattern[str]:
    words = date_words().get("reference", {})
    cues = _alternation({k: v for k, v in words.items() if v == "compare" or not comparison_only})
    # within the clause: no sentence end, though a decimal point may pass ("의 24.4% 급등에 이어")
    # a parenthesis counts as one step: "2013년 5월 8일(1,112.4원·장중 기준) 이후"
    return re.compile(r"(?:\([^()\n]{0,60}\)|[^.\n]|(?<=[0-9])\.(?=[0-9])){0,24}?(?:" + cues + r")")


def _is_reference(text: str, end: int, comparison_only: bool = False) -> bool:
    """The date is a point of comparison: "2008년 11월 24일(1513원) 이후", "2011년 8월 8일의 6.2%에 이어"
    (or, unless ``comparison_only``, a start or a past moment: "… 부터", "… 당시")."""
    return _reference_cue(comparison_only).match(text, end) is not None


_PART_GROUPS = ("ypart", "ypart2", "mpart", "mpart1", "mpart2", "mpart3")


def find_dates(text: str, article_date: str | None, blocked: Callable[[int], bool] | None = None) -> Iterator[DateHit]:
    """Every date in ``text``, in order, resolved; a match starting where ``blocked(pos)`` is skipped."""
    ctx = _Context(ref=parse_article_date(article_date), text=text)
    for m in _date_matches(text):
        if blocked is not None and blocked(m.start()):
            continue
        end = m.end()
        tail = m.group("tail")
        if tail and not _ends_cleanly(text, end):
            end = m.start("tail")  # "2025년 경제": 경 starts a word; the date ends before it
            end -= text[end - 1 : end] == " "
            tail = None
        part_end = max((m.end(k) for k in _PART_GROUPS if m.group(k)), default=-1)
        if part_end >= 0 and not tail and not _ends_cleanly(text, part_end):
            continue  # "2024년 말레이시아": not a date part; skip rather than guess
        if m.group("bd") and not tail and not _ends_cleanly(text, end):
            continue  # "5일본": not a day
        if m.group("drel") and not m.group("drel").endswith("날") and _after_bare_noun(text, m.start()):
            continue  # "발표 하루 전": the day before that event, whose date may be another
        ctx.sentence_start = _sentence_start(text, m.start())
        before_day = ctx.day
        resolved = None if _after_unread_year(text, m) else _resolve(m, ctx)
        if resolved is None or is_partial(resolved[0]):
            # nothing to resolve against: later "같은 달"/"다음 날" must not borrow an older date
            ctx.month, ctx.day = None, None
            if resolved is None:
                continue
        value, high = resolved
        if len(value) == 10 and (high is None or len(high) == 10):
            ctx.last_end, ctx.last_full = end, dt.date.fromisoformat(high or value)
            if not _is_story_day(ctx, ctx.last_full, text, end):
                ctx.day = before_day  # "2009년 3월 16일 이후": a reference point does not date "전날"
        if _is_reference(text, end, comparison_only=True):
            ctx.references.append((m.start(), end))
        _remember_month(ctx, value, high, end)
        qualifier = {"까지": "by", "께": "approx", "경": "approx"}.get(tail or "")
        fiscal = _fiscal_year(m.groupdict()) is not None or (
            "Q" in value and ctx.fiscal_end >= ctx.sentence_start and ctx.fiscal_year == _year_int(value)
        )
        yield DateHit(start=m.start(), end=end, value=value, qualifier=qualifier, high=high, fiscal=fiscal)


def _after_bare_noun(text: str, start: int) -> bool:
    """A Hangul word with no particle or ending right before ``start`` ("발표 하루 전")."""
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] == " " and "가" <= before[0] <= "힣" and before[0] not in particle_starts()


def _year_int(value: str) -> int | None:
    return int(value[:4]) if value[:4].isdigit() else None


def _is_story_day(ctx: _Context, day: dt.date, text: str, end: int) -> bool:
    """A named day "전날"/"다음 날" may count from: not a point of comparison ("… 이후", "… 대비"),
    and, when the article's date is known, near it (a day years back is background, not the story's)."""
    if _is_reference(text, end):
        return False
    return ctx.ref is None or abs((ctx.ref - day).days) <= STORY_WINDOW


def _remember_month(ctx: _Context, value: str, high: str | None, end: int) -> None:
    """The year and month of a month (or month-day) just read, for the second of a pair."""
    last = high or value
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?", last):
        ctx.pair_end, ctx.pair_year, ctx.pair_month = end, int(last[:4]), int(last[5:7])
        ctx.pair_day = int(last[8:10]) if len(last) == 10 else 0
    elif re.fullmatch(r"--[0-9]{2}(?:-[0-9]{2})?", last):
        ctx.pair_end, ctx.pair_year, ctx.pair_month = end, None, int(last[2:4])
        ctx.pair_day = int(last[5:7]) if len(last) == 7 else 0
    else:
        ctx.pair_end = -1
