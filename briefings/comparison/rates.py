"""Exchange rates for comparing amounts in different currencies.

Two sources, in order of preference:

1. the corpus itself: an article that pairs two amounts, one in US dollars,
   as "560만 달러(약 80억 원)" implies ₩80억 / US$560만 ≈ ₩1,429/US$;
2. the dated table ``briefings/data/rates.tsv`` (latest row on or before the
   date asked for; the earliest row for older dates).

Every rate says where it came from, so a conversion can be shown to the reader.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefings.comparison.intervals import rate_text
from briefings.facts.knowledge import tsv_rows
from briefings.model import Briefing, Figure

# Text allowed between two paired amounts: "560만 달러(약 80억 원)", "US$5.6 million (₩8 billion)".
_PAIR_OPEN = ("(", "（", "[")
_PAIR_FILLERS = ("약", "대략", "about", "approx.", "~", "≈", "한화", "원화")


@dataclass(frozen=True)
class Rate:
    """Units of ``currency`` for one US dollar, and where that figure comes from."""

    currency: str
    per_usd: float
    source: str  # "table 2025-01-24 (…)" or "paired in 002: 560만 달러(약 80억 원)"
    date: str | None = None
    article: str | None = None  # the article that paired the amounts, for corpus rates

    def text(self) -> str:
        return rate_text(self.per_usd, self.currency)


@lru_cache(maxsize=1)
def rate_table() -> dict[str, tuple[tuple[str, ...], tuple[float, ...], tuple[str, ...]]]:
    """Per currency: sorted dates, rates, sources from ``rates.tsv``."""
    rows: dict[str, list[tuple[str, float, str]]] = {}
    for row in tsv_rows("rates.tsv"):
        date, currency, per_usd, source = (row + [""] * 4)[:4]
        rows.setdefault(currency, []).append((date, float(per_usd), source))
    table = {}
    for currency, items in rows.items():
        items.sort()
        table[currency] = (tuple(i[0] for i in items), tuple(i[1] for i in items), tuple(i[2] for i in items))
    return table


def table_rate(currency: str, date: str | None) -> Rate | None:
    """The table's rate for ``currency`` on ``date`` (latest on or before it), or None if unknown."""
    if currency == "USD":
        return Rate("USD", 1.0, "identity")
    entry = rate_table().get(currency)
    if entry is None:
        return None
    dates, values, sources = entry
    if date is None:
        i = len(dates) - 1
    else:
        i = bisect.bisect_right(dates, date) - 1
        if i < 0:
            i = 0
    return Rate(currency, values[i], f"table rate of {dates[i]} ({sources[i]})", date=dates[i])


def is_pair_gap(gap: str) -> bool:
    """Whether the text between two amounts makes the second an equivalent of the first ("(약 ")."""
    g = gap.strip()
    if not g or g[0] not in _PAIR_OPEN:
        return False
    g = g[1:].strip()
    stripped = True
    while g and stripped:  # "(한화 약 ", "(약 "
        stripped = False
        for filler in _PAIR_FILLERS:
            if g.startswith(filler):
                g = g[len(filler) :].strip()
                stripped = True
    return g == ""


def paired_rates(text: str, figures: Sequence[Figure], article: str, date: str | None) -> list[Rate]:
    """Rates implied where the text gives one amount in two currencies, one of them US dollars."""
    money = [
        f
        for f in figures
        if f.kind == "money" and isinstance(f.value, (int, float)) and math.isfinite(f.value) and f.value > 0
    ]
    out = []
    for a, b in zip(money, money[1:], strict=False):
        if a.unit == b.unit or "USD" not in (a.unit, b.unit) or a.high is not None or b.high is not None:
            continue
        if not is_pair_gap(text[a.end : b.start]):
            continue
        usd, other = (a, b) if a.unit == "USD" else (b, a)
        per_usd = float(other.value) / float(usd.value)
        surface = text[a.start : b.end + (1 if text[b.end : b.end + 1] in ")）]" else 0)]
        out.append(Rate(other.unit, per_usd, f"paired in {article}: {surface}", date=date, article=article))
    return out


class RateBook:
    """Rates for one comparison: the corpus's paired amounts, indexed, over the dated table."""

    def __init__(self, briefings: Sequence[Briefing]) -> None:
        self.by_article: dict[tuple[str, str], Rate] = {}
        self.first: dict[str, Rate] = {}
        dated: dict[str, list[tuple[int, Rate]]] = {}
        for b in briefings:
            for rate in paired_rates(b.article.text, b.figures, b.article.id, b.article.date):
                self.by_article.setdefault((rate.currency, b.article.id), rate)
                self.first.setdefault(rate.currency, rate)
                if rate.date:
                    dated.setdefault(rate.currency, []).append((_days(rate.date), rate))
        self.dated = {c: sorted(items, key=lambda t: t[0]) for c, items in dated.items()}
        self.dated_keys = {c: [d for d, _ in items] for c, items in self.dated.items()}

    def rates(self) -> list[Rate]:
        """One corpus rate per (currency, article), in discovery order."""
        return list(self.by_article.values())

    def choose(self, currency: str, date: str | None, article: str) -> Rate | None:
        """Same article's pair, else the pair dated nearest ``date`` (else the first), else the table."""
        if currency == "USD":
            return Rate("USD", 1.0, "identity")
        own = self.by_article.get((currency, article))
        if own is not None:
            return own
        if currency in self.first:
            items = self.dated.get(currency)
            if date and items:
                keys = self.dated_keys[currency]
                day = _days(date)
                i = bisect.bisect_left(keys, day)
                near = [items[j] for j in (i - 1, i) if 0 <= j < len(items)]
                return min(near, key=lambda t: abs(t[0] - day))[1]
            return self.first[currency]
        return table_rate(currency, date)


def _days(iso: str | None) -> int:
    """A rough day number for an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), for nearest-date choices."""
    if not iso:
        return 0
    parts = [int(p) for p in iso.split("-")[:3] if p.isdigit()]
    y, m, d = (parts + [1, 1])[:3] if len(parts) < 3 else parts
    return y * 372 + m * 31 + d
