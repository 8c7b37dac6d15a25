"""A contract's size as a share of the company's revenue, said in English: "계약 금액은 지난해 매출액의 13.3%에
해당한다" after the company's contract is "The contract is worth 13.3% of Hanwha Ocean's revenue last year".

Korean disclosure news gives a supply or order contract's weight against the company's annual revenue in a clause
of its own: the contract named as its topic ("계약 금액은", "수주 규모는", or "이는" right after the sentence stating
the amount), the revenue's period ("지난해", "최근", "2025년"), "매출(액)" with an optional consolidated word and the
revenue in parentheses, "의"/"대비", and the percentage as the clause's predicate ("에 해당한다", "수준이다"). The
line is said only when the briefing states that company's contract with its amount ("won a contract worth …") at or
before the sentence, the percentage's fact (if any) is of that company, and every word of the pattern is read:
anything else stays in the key-figure table (data/contract_shares.tsv). A share written before the amount it
qualifies ("매출액의 9.2%에 해당하는 2100억원 규모의 공급계약") is of the contract of its own sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from briefings.lexicon import _rows
from briefings.model import Analysis, Fact, Figure
from briefings.writing.wording import possessive

_YEAR = "{year}"


@dataclass(frozen=True)
class ShareLine:
    """One line: its text, sentence, cited figures (the percentage, the revenue in parentheses if any), its
    subject and what it states."""

    text: str
    sentence: int
    figures: tuple[int, ...]
    subject: str
    position: int
    share: float
    revenue: int | None


@dataclass(frozen=True)
class _Data:
    topics: tuple[str, ...]
    periods: tuple[tuple[str, str], ...]
    ends: tuple[str, ...]
    revenue: re.Pattern[str]


@cache
def _data() -> _Data:
    topics: list[str] = []
    periods: list[tuple[str, str]] = []
    ends: list[str] = []
    for r in _rows("contract_shares.tsv"):
        if len(r) < 2 or not r[1]:
            continue
        if r[0] == "topic":
            topics.append(r[1])
        elif r[0] == "period" and len(r) > 2 and r[2]:
            periods.append((r[1], r[2]))
        elif r[0] == "end":
            ends.append(r[1])
    # "지난해 연결 매출액(16조5922억원)의 ", "최근 매출액 대비 ", "2025년 연결 기준 매출의 "
    revenue = re.compile(
        r"(?P<period>\S+(?:\s사업연도)?)\s*(?:연결\s*(?:기준\s*)?)?매출\s*액?\s*"
        r"(?:(?P<aside>\([^()]{1,24}\))|(?P<bare>[0-9][0-9,.조억만천\s]*원))?\s*(?:의|대비)\s*(?:약\s*)?$"
    )
    return _Data(tuple(topics), tuple(periods), tuple(ends), revenue)


def _period_en(word: str) -> str | None:
    for cue, en in _data().periods:
        if _YEAR in cue:
            m = re.fullmatch(re.escape(cue).replace(re.escape(_YEAR), r"((?:19|20)\d{2})"), word)
            if m:
                return en.replace(_YEAR, m.group(1))
        elif word == cue:
            return en
    return None


def contract_share_lines(
    text: str,
    analysis: Analysis,
    figures: Sequence[Figure],
    facts: Sequence[Fact],
    contracts: Sequence[tuple[int, str]] = (),
) -> list[ShareLine]:
    """The lines saying a contract's share of its company's revenue (see the module's docstring); ``contracts``
    are (sentence, company) of the contracts the briefing states with their amount (a contract or order, never an
    IPO or an acquisition); ``facts`` give the share's own subject."""
    data = _data()
    deals = list(contracts)
    if not deals:
        return []
    by_figure = {f.figure: f for f in facts if f.figure is not None}
    out: list[ShareLine] = []
    for k, fig in enumerate(figures):
        if fig.unit != "%" or fig.high is not None or not (0 <= fig.sentence < len(analysis.sentences)):
            continue
        sent = analysis.sentences[fig.sentence]
        head, tail = text[sent.start : fig.start], text[fig.end : sent.end]
        topic = next((t for t in data.topics if head.lstrip().startswith(t)), None)
        m = data.revenue.search(head)
        if topic is None:  # "매출액의 9.2%에 해당하는 2100억원 규모의 공급계약": the share qualifies the amount after it
            sized = _QUALIFIES.match(tail)
            after = sized is not None and any(g.start == fig.end + sized.end() and g.kind == "money" for g in figures)
            if m is None or not after or not any(d == fig.sentence for d, _ in deals):
                continue
            deals_here = [(d, who) for d, who in deals if d == fig.sentence]
            line = _line(fig, k, m, sent.start, figures, deals_here, by_figure, period_of=_period_en)
            if line is not None:
                out.append(line)
            continue
        opened = len(head) - len(head.lstrip()) + len(topic)  # where the topic ends
        if m is None or m.start() < opened:
            continue
        # between the topic and the revenue: a few words, or the contract's amount ("12억 달러(약 1조원)로, ")
        gap = "".join(
            c for at, c in enumerate(head[opened : m.start()], sent.start + opened)
            if not any(g.start <= at < g.end for g in figures)
        )  # fmt: skip
        if not _only_words(_PARENS.sub("", gap)):
            continue
        period = _period_en(m.group("period"))
        if period is None or not any(tail.lstrip().startswith(e) for e in data.ends):
            continue
        if topic == "이는":  # "이는" points to the sentence right before: a contract, or its amount's own topic
            before = analysis.sentences[fig.sentence - 1] if fig.sentence > 0 else None
            told = before is not None and (
                any(d == fig.sentence - 1 for d, _ in deals)
                or any(text[before.start : before.end].lstrip().startswith(t) for t in data.topics if t != topic)
            )
            if not told:
                continue
        line = _line(fig, k, m, sent.start, figures, [(d, w) for d, w in deals if d <= fig.sentence], by_figure,
                     period_of=lambda _: period)  # fmt: skip
        if line is not None:
            out.append(line)
    return out


_QUALIFIES = re.compile(r"\s*(?:에\s*해당하는|수준인|규모인)\s*")  # "9.2%에 해당하는 2100억원"


def _line(
    fig: Figure,
    k: int,
    m: re.Match[str],
    offset: int,
    figures: Sequence[Figure],
    deals: Sequence[tuple[int, str]],
    by_figure: dict[int, Fact],
    period_of: Callable[[str], str | None],
) -> ShareLine | None:
    """The line of the share ``fig`` (index ``k``) whose revenue words ``m`` matched (``offset``: where the text
    ``m`` searched starts), when the contracts ``deals`` are one company's and the share's own fact is not another's."""
    period = period_of(m.group("period"))
    subjects = {who for _, who in deals}
    if period is None or len(subjects) != 1:
        return None  # no contract stated, or two companies' contracts: whose revenue is unsure
    subject = next(iter(subjects))
    own = by_figure.get(k)
    if own is not None and own.subject not in (None, subject):
        return None
    revenue = None
    group = "aside" if m.group("aside") else "bare" if m.group("bare") else None
    if group is not None:
        lo, hi = m.start(group) + offset, m.end(group) + offset
        inside = [j for j, g in enumerate(figures) if g.kind == "money" and lo <= g.start and g.end <= hi]
        revenue = inside[0] if len(inside) == 1 else None
    of = f" of {figures[revenue].en}" if revenue is not None else ""
    return ShareLine(
        text=f"The contract is worth {fig.en} of {possessive(subject)} revenue{of} {period}.",
        sentence=fig.sentence,
        figures=tuple(sorted({k} | ({revenue} if revenue is not None else set()))),
        subject=subject,
        position=fig.start,
        share=float(fig.value) if isinstance(fig.value, int | float) else 0.0,
        revenue=revenue,
    )


_PARENS = re.compile(r"\([^()]*\)")
_WORDS = re.compile(r"^[\s가-힣A-Za-z,]*$")


def _only_words(gap: str) -> bool:
    """Between the topic and the revenue's period only a few plain words may stand ("이 회사의", "삼성SDI의")."""
    return len(gap) <= 16 and _WORDS.match(gap) is not None
