"""Article metadata from the article's own lines: title, date, outlet, byline.

Only what the article states is taken; anything unknown stays None and a date
is never guessed.  The metadata lines themselves ("입력 : 2025.02.01 08:10:00",
a lone reporter-name line, a blog header "2025. 1. 28. 22:39ㆍ<blog name>",
the "(서울=연합뉴스) 김태균 기자 = " dateline prefix, a repeated title) are
taken out of the body; the body sentences are kept.

Decision: the title stays in the body once, where the article has it.  A
headline is part of what the article says - its figures ("시총 846조원 증발")
are key figures, and every figure is a span of the body - so the headline line
stays (the body's first line when the article starts with it) and only its
copies below it go.  A title from the page's metadata (``title_hint``) keeps
its first copy in the body.  When no line looks like a headline, the title is
the first sentence (shortened) and the body is left whole.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from briefings.ingest.furniture import is_caption

__all__ = ["Metadata", "Outlet", "extract_metadata", "find_outlet", "outlets", "parse_date"]

HEADER_LINES = 8  # metadata and the title sit in the first few non-empty lines
TITLE_WINDOW = 3  # the title is one of the first three non-empty lines
MAX_TITLE = 150
FALLBACK_TITLE = 80

_DATE = (
    r"(?P<y>(?:19|20)\d{2})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})"
    r"(?:\s*일|\.(?!\d))?"
)
_TIME = (
    r"(?:\s*[(\[]?[월화수목금토일][)\]]?)?"
    r"(?:\s*(?:T|오전|오후|AM|PM|am|pm)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+\-]\d{2}:?\d{2})?"
    r"(?:\s*(?:AM|PM|am|pm))?)?"
)
DATE_RE = re.compile(_DATE)
_DATE_TIME = re.compile(_DATE + _TIME)


@lru_cache(maxsize=1)
def date_words() -> dict[str, tuple[str, ...]]:
    """kind -> words (``briefings/data/date_lines.tsv``): date labels, archive-photo, related-link and credit words."""
    text = resources.files("briefings.data").joinpath("date_lines.tsv").read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for raw in text.splitlines():
        if raw.strip() and not raw.startswith("#") and "\t" in raw:
            kind, word = raw.split("\t", 1)
            table.setdefault(kind.strip(), []).append(word.strip())
    return {k: tuple(v) for k, v in table.items()}


def _alternation(words: Sequence[str]) -> str:
    """A regex alternation of ``words``, longest first; a space matches any run of spaces or none."""
    parts = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(piece) for piece in w.split()) for w in parts)


_PUBLISHED = _alternation(date_words()["published"])
_MODIFIED = _alternation(date_words()["modified"])
_LABELLED = re.compile(
    rf"(?P<label>{_PUBLISHED}|{_MODIFIED})\s*(?:일|일시|시간)?\s*[:：]?\s*{_DATE}{_TIME}",
    re.IGNORECASE,
)
_MODIFIED_LABEL = re.compile(rf"^(?:{_MODIFIED})$", re.IGNORECASE)
_META_LINE_REST = re.compile(r"[\s|/·ㆍ:,\-()\[\]]*")

_DATELINE = re.compile(
    r"^[(\[]\s*(?P<place>[^=()\[\]]{1,12}?)\s*=\s*(?P<outlet>[^=()\[\]]{1,20}?)\s*[)\]]\s*"
    r"(?P<who>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)?\s*"
    r"(?P<role>선임기자|객원기자|기자|특파원|통신원|논설위원)?\s*(?P<eq>=)?\s*"
)
_BYLINE_LINE = re.compile(
    r"^(?P<who>[가-힣]{2,4})\s*(?:선임기자|객원기자|기자|특파원|통신원)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"
)
_ROLE = r"(?:선임기자|객원기자|수습기자|전문기자|기자|특파원|통신원|논설위원|에디터)"
# "[이슈밸리=김하늘 기자]", "[SRT(에스알 타임스) 최유진 기자]", "[헤럴드경제=정민수 기자] …"
_BRACKET_BYLINE = re.compile(
    r"^[\[(]\s*(?P<outlet>[^=\[\]()]{1,20}?)(?:\s*\((?P<alias>[^()]{1,15})\))?\s*(?:=\s*|\s+)"
    r"(?P<who>[가-힣]{2,4})\s*(?P<role>" + _ROLE + r")\s*[\])]\s*(?:=\s*)?"
)
# "[비즈니스포스트] …", "[더페어] 한지수 기자 = …"
_BRACKET_OUTLET = re.compile(
    r"^\[\s*(?P<outlet>[^\[\]=()]{2,15}?)\s*\]\s*(?:(?P<who>[가-힣]{2,4})\s*(?P<role>" + _ROLE + r")\s*=\s*)?"
)
# "투데이코리아=진민석 기자 | …", "조선비즈 = 이윤정 기자" (alone on its line)
_OUTLET_EQ_BYLINE = re.compile(
    r"^(?P<outlet>[가-힣A-Za-z0-9]{2,15})\s*=\s*(?P<who>[가-힣]{2,4})\s*(?P<role>" + _ROLE + r")\s*(?:[|=]\s*|$)"
)
_BYLINE_ANYWHERE = re.compile(r"(?<![가-힣])(?P<who>[가-힣]{2,4})\s*" + _ROLE + r"(?![가-힣])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_BYLINE_REST = 12  # letters left on a dateline once its date, byline, e-mail and outlet are gone
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[①-⑳]|\(\d{1,2}\)|[-*•·ㆍ▶■□◆◇○●]|[IVX]{1,4}\.)\s*")
_EMAIL_DOMAIN = re.compile(r"@([\w-]+(?:\.[\w-]+)+)")
_LETTER = re.compile(r"[가-힣A-Za-z]")
_SEPARATOR = re.compile(r"^\s*[ㆍ·•|/\-–—]")
_FIRST_SENTENCE = re.compile(r"^.+?[.!?](?=\s|$)")


@dataclass(frozen=True)
class Outlet:
    ko: str
    en: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Metadata:
    title: str
    date: str | None
    outlet: str | None
    outlet_en: str | None
    byline: str | None
    lines: tuple[str, ...]  # the body: input lines minus the metadata lines, datelines stripped


@lru_cache(maxsize=1)
def byline_words() -> dict[str, tuple[str, ...]]:
    """kind -> words (``briefings/data/bylines.tsv``): rubric tags, outlet-name suffixes, roles."""
    text = resources.files("briefings.data").joinpath("bylines.tsv").read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for raw in text.splitlines():
        if raw.strip() and not raw.startswith("#") and "\t" in raw:
            kind, word = raw.split("\t", 1)
            table.setdefault(kind.strip(), []).append(word.strip())
    return {k: tuple(v) for k, v in table.items()}


def _outlet_like(name: str) -> bool:
    """A known outlet, or a name shaped like one ("비즈니스포스트", "투데이신문"), never a rubric."""
    name = name.strip()
    if not name or name in byline_words().get("tag", ()):
        return False
    return find_outlet(name) is not None or name.endswith(byline_words().get("suffix", ()))


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    """The outlets table (``briefings/data/outlets.tsv``)."""
    text = resources.files("briefings.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    rows: list[Outlet] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        aliases = tuple(a.strip() for a in cols[2].split(",") if a.strip()) if len(cols) > 2 else ()
        rows.append(Outlet(cols[0].strip(), cols[1].strip(), aliases))
    return tuple(rows)


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def find_outlet(name: str) -> Outlet | None:
    """The outlet called ``name`` (Korean or English name, alias or web domain), else None."""
    key = _key(name)
    if not key:
        return None
    by_key, domains = _outlet_keys()
    found = by_key.get(key)
    if found is not None:
        return found
    # a sub-domain such as www.yna.co.kr or news.mt.co.kr
    for outlet, keys in domains:
        for alias in keys:
            if key.endswith("." + alias):
                return outlet
    return None


@lru_cache(maxsize=1)
def _outlet_keys() -> tuple[dict[str, Outlet], tuple[tuple[Outlet, tuple[str, ...]], ...]]:
    """The outlets table read once for ``find_outlet``: every name, English name and alias as a key -> the first
    outlet (in table order) that has it; and each outlet with the keys of its web-domain aliases."""
    by_key: dict[str, Outlet] = {}
    for outlet in outlets():
        for k in (_key(outlet.ko), _key(outlet.en), *(_key(a) for a in outlet.aliases)):
            by_key.setdefault(k, outlet)
    domains = tuple((o, tuple(_key(a) for a in o.aliases if "." in a)) for o in outlets())
    return by_key, domains


def parse_date(text: str) -> str | None:
    """The first valid date written in ``text`` as ``YYYY-MM-DD``, else None."""
    for m in DATE_RE.finditer(text):
        iso = _iso(m)
        if iso:
            return iso
    return None


def _iso(m: re.Match[str]) -> str | None:
    try:
        return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().casefold()


def _headline_like(line: str) -> bool:
    line = line.strip()
    if not (2 <= len(line) <= MAX_TITLE) or not _LETTER.search(line):
        return False
    if _NUMBERED.match(line) or line.endswith((":", "：")) or line.startswith(("▲", "△", "▶", "►", "→")):
        return False
    if is_caption(line):
        return False
    if _DATE_TIME.fullmatch(line) or "://" in line or "@" in line:
        return False
    # a headline may end in "!" or "?" ("시장을 흔들다!", "판도 바꿀까?") but not in a period,
    # and holds no second sentence after a period
    if re.search(r"(?<!\.)\.[\"'”’)\]]*$", line) or re.search(r"(?<![.\d])\.\s+\S", line):
        return False
    return True


@dataclass
class _State:
    lines: list[str]
    drop: set[int]
    filled: list[int]
    byline: str | None = None  # a reporter named on a dateline line
    signoffs: tuple[str, ...] = ()  # removed sign-off lines ("이민호 기자 lee@example.com 2025-03-14 09:12:30")

    def header(self, n: int = HEADER_LINES) -> list[int]:
        return [i for i in self.filled if i not in self.drop][:n]


_COPYRIGHT = re.compile(r"ⓒ|©|copyright|무단\s*전재|재배포", re.IGNORECASE)


def _byline_date(line: str) -> tuple[str, str | None] | None:
    """(date, reporter) of a dateline such as "2025-01-28 김민수 기자", "투데이신문 2025-01-29 13:24:59",
    "박서연 기자 | 2025.03.14 05:47", "이민호 기자 lee@example.com 2025-03-14 09:12:30" or "2025.02.03 08:00".

    The line holds a valid date and, besides it, only a byline, an e-mail, an outlet's name and
    separators; an impossible date (2025-02-30) is not one.
    """
    if len(line) > 120:
        return None
    m = _DATE_TIME.search(line)
    if m is None or not _iso(m):
        return None
    if _DATE_TIME.search(line, m.end()) is not None and "년" in m.group(0):
        return None
    rest = line[: m.start()] + " " + line[m.end() :]
    rest = _EMAIL.sub(" ", rest)
    who = _BYLINE_ANYWHERE.search(rest)
    if who is not None:
        rest = rest[: who.start()] + " " + rest[who.end() :]
    rest = re.sub(rf"(?:{_PUBLISHED}|{_MODIFIED})\s*(?:일|일시|시간)?\s*[:：]?", " ", rest, flags=re.IGNORECASE)
    if _COPYRIGHT.search(line):  # "ⓒ 파이낸셜뉴스, 무단전재 및 재배포 금지 2026.11.20": a copyright line's words
        for word in sorted(byline_words().get("boilerplate", ()), key=len, reverse=True):
            rest = rest.replace(word, " ")
    words = [w for w in re.split(r"[\s|/·ㆍ:,\-()\[\]<>]+", rest) if w]
    letters = sum(len(w) for w in words if not _outlet_like(w))
    if letters > MAX_BYLINE_REST or (words and not who and not all(_outlet_like(w) for w in words) and letters > 0):
        return None
    iso = _iso(m)
    assert iso is not None
    return iso, who["who"] if who else None


@dataclass(frozen=True)
class _CaptionPatterns:
    date: re.Pattern[str]
    text_end: re.Pattern[str]
    start: re.Pattern[str]
    credit_group: re.Pattern[str]
    slash_outlet: re.Pattern[str]
    lead_day: re.Pattern[str]


@lru_cache(maxsize=1)
def _caption_patterns() -> _CaptionPatterns:
    """Compiled on first use: only an article no header line dates reads its captions (and the reader's first
    screen, which reads one article before its first frame, does not pay for them otherwise)."""
    return _CaptionPatterns(
        date=re.compile(
            r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?[.\-/]\s?(?P<m>\d{1,2})\s?[.\-/]\s?(?P<d>\d{1,2})(?![\d])\.?"
        ),
        text_end=re.compile(r"[가-힣A-Za-z)\]\"'”’]\s*\.\s*$"),  # "… 설명하고 있다." before the date
        start=re.compile(r"^\s*(?:[(\[【]\s*[^=()\[\]【】]{1,12}=[^=()\[\]【】]{1,20}[)\]】]|[▲△])"),
        credit_group=re.compile(r"[(\[][^()\[\]]{0,40}(?:=|제공|촬영)[^()\[\]]{0,40}[)\]]"),  # "(사진=○○ 제공)"
        slash_outlet=re.compile(r"/\s*[가-힣A-Za-z0-9]{1,15}"),  # "2026.11.24/뉴스1"
        lead_day=re.compile(r"(?<![\d.,])(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일(?!\s*[간째])"),
    )


MAX_CAPTION_LINE = 400
MAX_CAPTION_REST = 120  # characters after a caption's date: its credits
CAPTION_SPREAD = 3  # days: caption dates further apart than this date no article
LEAD_LINES = 3  # the body's first lines, whose "N일" a caption's date must fit
LEAD_BEFORE = 7  # days: an event of the lead may precede the article's date by this much ...
LEAD_AFTER = 1  # ... or follow it ("내일"/"오는 N일" aside, a day at most: a morning paper's date)


def _caption_credit_only(rest: str) -> bool:
    """After a caption's date, only its credits: e-mails, "(사진=○○ 제공)", "/outlet", a reporter, outlet names."""
    if len(rest) > MAX_CAPTION_REST:
        return False
    rest = _EMAIL.sub(" ", rest)
    rest = _caption_patterns().credit_group.sub(" ", rest)
    rest = _caption_patterns().slash_outlet.sub(" ", rest)
    rest = _BYLINE_ANYWHERE.sub(" ", rest)
    for word in sorted(date_words().get("credit", ()), key=len, reverse=True):
        rest = rest.replace(word, " ")
    words = [w for w in re.split(r"[\s|/·ㆍ:,.\-()\[\]<>]+", rest) if w]
    return all(_outlet_like(w) for w in words)


def _caption_date(line: str) -> str | None:
    """The date of a photo caption "[서울=○○] 5일 … 설명하고 있다. 2026.11.05. (사진=○○ 제공)": a dotted date
    after the caption's text, followed only by its credits; never an archive photo's ("자료사진")."""
    line = line.strip()
    pat = _caption_patterns()
    if len(line) > MAX_CAPTION_LINE or "=" not in line and not pat.start.match(line):
        return None
    if any(w.casefold() in line.casefold() for w in date_words().get("file_photo", ())):
        return None
    found = list(pat.date.finditer(line))
    if not found:
        return None
    m = found[-1]
    before, rest = line[: m.start()], line[m.end() :]
    if not pat.text_end.search(before) or not pat.start.match(line) and not rest.strip():
        return None
    if not _caption_credit_only(rest):
        return None
    return _iso(m)


def _related(line: str) -> bool:
    return any(w in line for w in date_words().get("related", ()))


def _lead_fits(st: _State, iso: str) -> bool:
    """The body's first lines name no day ("24일"), or one that fits the date: an event of the days before it."""
    date = _dt.date.fromisoformat(iso)
    days = [date + _dt.timedelta(days=k) for k in range(-LEAD_BEFORE, LEAD_AFTER + 1)]
    mentions = []
    lead = [i for i in st.header(HEADER_LINES)[1:] if _caption_date(st.lines[i]) is None][:LEAD_LINES]
    day = _caption_patterns().lead_day
    for i in lead:  # after the title line; a caption is not the lead
        mentions += [(int(m["m"]) if m["m"] else None, int(m["d"])) for m in day.finditer(st.lines[i])]
    if not mentions:
        return True
    return any(d.day == day and (month is None or d.month == month) for month, day in mentions for d in days)


def _captions_date(st: _State) -> str | None:
    """The date the article's photo captions agree on (within a few days: the latest), else None.

    Lines of a box of links to other articles ("[관련기사] …" and the lines under its heading) are
    never read: their dates are those articles'.
    """
    found: list[str] = []
    in_related = False
    for i, raw in enumerate(st.lines):
        line = raw.strip()
        if not line:
            in_related = False
            continue
        if _related(line):
            in_related = in_related or len(line) <= 30
            continue
        if in_related or i in st.drop:
            continue
        iso = _caption_date(line)
        if iso:
            found.append(iso)
    if not found:
        return None
    dates = sorted(_dt.date.fromisoformat(d) for d in found)
    if (dates[-1] - dates[0]).days > CAPTION_SPREAD:
        return None
    latest = dates[-1].isoformat()
    return latest if _lead_fits(st, latest) else None


def _find_date(st: _State, date_hint: str | None) -> str | None:
    published: str | None = None
    modified: str | None = None
    scan = st.filled[:12] + st.filled[-5:]
    for i in dict.fromkeys(scan):
        line = st.lines[i]
        if len(line) > 120:
            continue
        found = list(_LABELLED.finditer(line))
        if not found:
            continue
        for m in found:
            iso = _iso(m)
            if not iso:
                continue
            if _MODIFIED_LABEL.match(re.sub(r"\s+", " ", m["label"]).strip()):
                modified = modified or iso
            else:
                published = published or iso
        rest = _LABELLED.sub("", line)
        if found[0].start() == 0 or len(_META_LINE_REST.sub("", rest)) <= 20:
            st.drop.add(i)
    for i in dict.fromkeys(scan):
        if i in st.drop:
            continue
        found_line = _byline_date(st.lines[i])
        if found_line is None:
            continue
        iso, who = found_line
        published = published or iso
        st.byline = st.byline or who
        st.drop.add(i)
    header_date: str | None = None
    for i in st.header(TITLE_WINDOW):
        line = st.lines[i].strip()
        dm = _DATE_TIME.match(line)
        if not dm or not _iso(dm):
            continue
        rest = line[dm.end() :].strip()
        if "년" in dm.group(0) and rest and not _SEPARATOR.match(rest):
            break  # "2025년 1월 27일 미국 증시는 ..." is an event date in a sentence, not a dateline
        header_date = _iso(dm)
        if not rest or _SEPARATOR.match(rest) or len(rest) <= 20:
            # a blog header "2025. 1. 28. 22:39ㆍ<blog name>": all of it is furniture
            st.drop.add(i)
        else:
            st.lines[i] = rest
        break
    hint = date_hint if date_hint and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_hint) else None
    signed_line = next((found for found in map(_byline_date, st.signoffs) if found is not None), None)
    signed = signed_line[0] if signed_line else None
    st.byline = st.byline or (signed_line[1] if signed_line else None)
    return published or header_date or hint or signed or modified or _captions_date(st)


_LONE_LABEL = re.compile(rf"^(?:{_PUBLISHED}|{_MODIFIED})\s*(?:일|일시|시간)?\s*[:：]?$", re.IGNORECASE)


def _drop_header_labels(st: _State) -> Outlet | None:
    """Header lines that are only a date label whose date the page lost ("입력", "업데이트") or only
    an outlet's name ("중앙일보"): metadata, not body.  Returns the outlet so named."""
    named: Outlet | None = None
    for i in st.header(HEADER_LINES):
        line = st.lines[i].strip()
        if _LONE_LABEL.match(line):
            st.drop.add(i)
            continue
        outlet = find_outlet(line) if len(line) <= 20 else None
        if outlet is not None:
            st.drop.add(i)
            named = named or outlet
    return named


def _find_dateline(st: _State) -> tuple[str | None, str | None]:
    """(outlet name, byline) from a dateline "(서울=연합뉴스) 김태균 기자 = ..." or a byline line."""
    for i in st.header(10):
        line = st.lines[i]
        m = _DATELINE.match(line)
        if not m or not (m["role"] or m["eq"]):
            continue
        rest = line[m.end() :].strip()
        if not rest:
            continue
        st.lines[i] = rest
        outlet_name = m["outlet"].strip()
        byline = m["who"].strip() if m["who"] else None
        # the lone reporter-name line above the dateline ("김태균", "김태균 기자")
        if byline:
            for j in st.header(10):
                if j >= i:
                    break
                bm = _BYLINE_LINE.match(st.lines[j].strip())
                if _norm(st.lines[j]) == _norm(byline) or (bm and bm["who"] == byline):
                    st.drop.add(j)
        return outlet_name, byline
    for i in st.header(10):
        line = st.lines[i]
        for pattern in (_BRACKET_BYLINE, _OUTLET_EQ_BYLINE, _BRACKET_OUTLET):
            m = pattern.match(line)
            if m is None:
                continue
            name = m["outlet"].strip()
            alias = m.groupdict().get("alias")
            if pattern is _BRACKET_OUTLET and not m["who"] and not _outlet_like(name):
                continue  # "[속보] …": a rubric
            if name in byline_words().get("tag", ()):
                continue
            rest = line[m.end() :].strip()
            if rest:
                st.lines[i] = rest
            else:
                st.drop.add(i)
            if alias and re.search(r"[가-힣]", alias) and find_outlet(name) is None:
                name = alias.strip()  # "SRT(에스알 타임스)": the Korean name
            spaced = pattern is _BRACKET_BYLINE and "=" not in line[: m.end()]
            if spaced and not (_outlet_like(name) or _outlet_like(alias or "")):
                return None, m["who"]  # "[뭄바이 박제완 기자]": a place and a reporter
            return name, m["who"] if m["who"] else None
    for i in st.header(10):
        bm = _BYLINE_LINE.match(st.lines[i].strip())
        if bm:
            st.drop.add(i)
            return None, bm["who"]
    return None, None


@lru_cache(maxsize=1)
def _outlets_longest_first() -> tuple[Outlet, ...]:
    return tuple(sorted(outlets(), key=lambda o: -len(o.ko)))


@lru_cache(maxsize=256)
def _outlet_word(ko: str) -> re.Pattern[str]:
    """An outlet's Korean name as a word of its own (not inside a longer word), compiled once."""
    return re.compile(rf"(?<![가-힣A-Za-z0-9]){re.escape(ko)}(?![가-힣A-Za-z0-9])")


def _outlet_named_in(lines: Sequence[str]) -> Outlet | None:
    """A known outlet written as a word of its own in metadata lines ("2025.10.29 17:42 | 이데일리 박서연 기자",
    "머니투데이 세종" of "[머니투데이 세종=정혜윤 기자]"), else one whose domain a reporter's e-mail carries."""
    for line in lines:
        for outlet in _outlets_longest_first():  # 연합뉴스TV before 연합뉴스
            if outlet.ko in line and _outlet_word(outlet.ko).search(line):  # compiled only for a name in the line
                return outlet
    for line in lines:
        for dom in _EMAIL_DOMAIN.findall(line):
            found = find_outlet(dom)
            if found:
                return found
    return None


def _signature_emails(st: _State) -> list[str]:
    """The last lines of the body that are only a reporter's e-mail ("psy@example.co.kr")."""
    tail = [st.lines[i].strip() for i in st.filled if i not in st.drop][-3:]
    return [line for line in tail if _EMAIL.fullmatch(line)]


def _outlet_from_lines(lines: Sequence[str]) -> Outlet | None:
    for line in lines:
        # the name the line writes ("차은지 한경닷컴 기자 cha@hankyung.com") before its e-mail's domain
        for outlet in sorted(outlets(), key=lambda o: -len(o.ko)):  # 연합뉴스TV before 연합뉴스
            if outlet.ko in line:
                return outlet
        for dom in _EMAIL_DOMAIN.findall(line):
            found = find_outlet(dom)
            if found:
                return found
    return None


_FOOTER_BYLINE = re.compile(r"^(?P<outlet>[가-힣A-Za-z0-9]{2,15})\s+(?P<who>[가-힣]{2,4})\s*" + _ROLE + r"$")


def _footer_byline(st: _State) -> tuple[str | None, str | None]:
    """A last line "파이낸셜투데이 조송원 기자": the outlet and the reporter; the line is metadata."""
    for i in [i for i in st.filled if i not in st.drop][-3:]:
        m = _FOOTER_BYLINE.match(st.lines[i].strip())
        if m and _outlet_like(m["outlet"]):
            st.drop.add(i)
            return m["outlet"], m["who"]
    return None, None


def _strip_site(title: str, site: str | None) -> str:
    """ "Title - Site" / "Title | Site" -> "Title" when the suffix names the site or an outlet."""
    m = re.match(r"^(?P<t>.+?)\s+[-|:·–—]\s+(?P<s>[^-|:·–—]{1,30})$", title)
    if m and ((site and _key(m["s"]) == _key(site)) or find_outlet(m["s"])):
        return m["t"].strip()
    return title


def _find_title(st: _State, title_hint: str | None, site: str | None) -> str:
    head = st.header(TITLE_WINDOW + 3)
    if title_hint and title_hint.strip():
        title = _strip_site(re.sub(r"\s+", " ", title_hint).strip(), site)
        copies = [i for i in head if _norm(st.lines[i]) in (_norm(title), _norm(title_hint))]
        st.drop.update(copies[1:])  # the first copy is the article's own headline line
        return title
    chosen: int | None = None
    for i in head[:TITLE_WINDOW]:
        if _headline_like(st.lines[i]):
            chosen = i
            break
    if chosen is None:
        if not head:
            return ""
        # the first line that is neither a bullet of a box nor a photo caption, and holds a letter
        # (a line of markup or symbols such as "<!--" or "|" is no title)
        plain = [i for i in head if not (_NUMBERED.match(st.lines[i].strip()) or is_caption(st.lines[i]))]
        plain = [i for i in plain if not st.lines[i].lstrip().startswith(("▲", "△", "▶", "►", "→"))]
        plain = [i for i in plain if _LETTER.search(st.lines[i])]
        first = st.lines[(plain or head)[0]].strip()
        m = _FIRST_SENTENCE.match(first)
        title = m.group(0) if m else first
        if len(title) > FALLBACK_TITLE:
            title = title[: FALLBACK_TITLE - 1].rstrip() + "…"
        return title
    title = st.lines[chosen].strip()
    for i in head:
        if i > chosen and _norm(st.lines[i]) == _norm(title):
            st.drop.add(i)  # the headline repeated below itself
    return title


def extract_metadata(
    lines: Sequence[str],
    *,
    title_hint: str | None = None,
    date_hint: str | None = None,
    site_hint: str | None = None,
    author_hint: str | None = None,
    extra_lines: Sequence[str] = (),
) -> Metadata:
    """Find title, date, outlet and byline in sanitized ``lines``; return them and the body lines.

    ``*_hint`` come from an HTML page's own metadata; ``extra_lines`` are removed
    furniture (sign-offs, copyright lines) that may still name the outlet.
    """
    st = _State(list(lines), set(), [i for i, s in enumerate(lines) if s.strip()], signoffs=tuple(extra_lines))
    date = _find_date(st, date_hint)
    date_lines = [st.lines[i] for i in sorted(st.drop)]  # the datelines just read, with their names
    outlet_name, byline = _find_dateline(st)
    footer_outlet, footer_byline = _footer_byline(st)
    outlet_name = outlet_name or footer_outlet
    byline = byline or footer_byline or next((m["who"] for m in map(_BYLINE_ANYWHERE.search, date_lines) if m), None)
    header_outlet = _drop_header_labels(st)
    outlet = (find_outlet(outlet_name) or _outlet_named_in([outlet_name])) if outlet_name else None
    if outlet_name is None:
        outlet = (
            (find_outlet(site_hint) if site_hint else None)
            or header_outlet
            or _outlet_from_lines(extra_lines)
            or _outlet_named_in(date_lines + _signature_emails(st))
        )
    name_ko = outlet.ko if outlet else (outlet_name or (site_hint.strip() if site_hint else None) or None)
    title = _find_title(st, title_hint, name_ko)
    body = tuple(s for i, s in enumerate(st.lines) if i not in st.drop)
    return Metadata(
        title=title,
        date=date,
        outlet=name_ko,
        outlet_en=outlet.en if outlet else None,
        byline=byline or st.byline or (author_hint.strip() if author_hint and author_hint.strip() else None),
        lines=body,
    )
