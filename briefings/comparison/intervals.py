"""Figures as intervals: what range of true values a stated figure allows.

A figure's interval comes from what the text says, not from a guess:

* stated precision: "17%" means 16.5-17.5, "16.97%" means 16.965-16.975,
  "560만 달러" means US$5,595,000-5,605,000 (half a step of the last digit
  written, times its scale word 만/억/조/million/...);
* ranges: "5,890억~6,000억 달러" is US$589-600 billion (plus precision);
* "N대" ("7조원대", "10%대"): from N up to the next step of its last written digit;
* qualifiers: "about" widens by ``APPROX_RELATIVE``; "less than"/"at most"
  is 0 up to the value, "more than"/"at least" the value up to infinity
  (bounds are exact: "24배 이상" does not admit 23.8).

Two statements agree when their intervals overlap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefings.model import Figure

APPROX_RELATIVE = 0.05  # "약", "about": ±5 %
CONVERSION_RELATIVE = 0.02  # a converted amount: ±2 % for rate drift and rounding of the rate

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Scale words after a written number, longest first.
_SCALES: tuple[tuple[str, float], ...] = (
    ("천억", 1e11),
    ("백억", 1e10),
    ("십억", 1e9),
    ("천만", 1e7),
    ("백만", 1e6),
    ("십만", 1e5),
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
    ("조", 1e12),
    ("억", 1e8),
    ("만", 1e4),
    ("천", 1e3),
    ("백", 1e2),
)
_LOWER = {"less_than", "at_most"}
_UPPER = {"more_than", "at_least"}


@dataclass(frozen=True)
class Interval:
    """Closed interval of values a statement allows; ``lo``/``hi`` may be 0/inf."""

    lo: float
    hi: float

    def scaled(self, factor: float) -> Interval:
        return Interval(self.lo * factor, self.hi * factor)

    def widened(self, relative: float) -> Interval:
        return Interval(self.lo * (1 - relative), self.hi * (1 + relative))


def stated_step(surface: str) -> float:
    """The size of the last written digit's step in a figure's surface (1 for "17%", 1e8 for "80억")."""
    matches = list(_NUMBER.finditer(surface))
    if not matches:
        return 0.0
    last = matches[-1]
    digits = last.group().replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    rest = surface[last.end() :].lstrip()
    scale = 1.0
    for word, mult in _SCALES:
        if rest.startswith(word) or rest.lower().startswith(word):
            scale = mult
            break
    between = surface[matches[-2].end() : last.start()] if len(matches) > 1 else ""
    larger = any(word in between for word, mult in _SCALES if mult > scale and not word.isascii())
    if scale > 1.0 and decimals == 0 and larger:
        # "10조1000억": a group of 만/억 written with trailing zeros after a larger unit is rounded to its last
        # non-zero digit (10.1조), as "17%" is to the unit; "2조6635억" keeps every digit
        zeros = len(digits) - len(digits.rstrip("0"))
        if 0 < zeros < len(digits):
            return float(10.0**zeros * scale)
    return float(10.0 ** (-decimals) * scale)


def decade_step(surface: str) -> float | None:
    """For "N대" ("7조원대", "10%대", "1480원대", "2,400대": the N-something's), the size of the run it names:
    a unit of the last non-zero written digit (1조, 10%, 10원, 100); None for other surfaces."""
    text = surface.rstrip()
    if not text.endswith("대"):
        return None
    matches = list(_NUMBER.finditer(text))
    if not matches:
        return None
    last = matches[-1]
    digits = last.group().replace(",", "")
    if "." in digits:
        whole, frac = digits.split(".")
        step = 10.0 ** (-len(frac.rstrip("0"))) if frac.rstrip("0") else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    rest = text[last.end() :].lstrip()
    for word, mult in _SCALES:
        if rest.startswith(word) or rest.lower().startswith(word):
            return step * mult
    return step


def figure_interval(figure: Figure) -> Interval | None:
    """The values a numeric figure allows, in its own unit; None for dates and non-numbers."""
    if figure.kind == "date" or not isinstance(figure.value, (int, float)):
        return None
    value = float(figure.value)
    high = float(figure.high) if isinstance(figure.high, (int, float)) else value
    if not (math.isfinite(value) and math.isfinite(high)) or high < value:
        return None
    half = stated_step(figure.surface) / 2 * 0.999  # 17% and 18% must not touch at 17.5
    q = figure.qualifier
    decade = decade_step(figure.surface) if q not in _LOWER else None
    if decade is not None and high == value:
        return Interval(value, value + decade * 0.999)  # "7조원대": 7 up to 8 trillion
    if q in _LOWER:
        return Interval(0.0, high)
    if q in _UPPER:
        return Interval(value, math.inf)
    iv = Interval(value - half, high + half)
    if q == "approx":
        iv = Interval(min(iv.lo, value * (1 - APPROX_RELATIVE)), max(iv.hi, high * (1 + APPROX_RELATIVE)))
    return iv


def common(intervals: list[Interval]) -> Interval | None:
    """The values every interval allows, or None when they do not all overlap."""
    if not intervals:
        return None
    lo = max(i.lo for i in intervals)
    hi = min(i.hi for i in intervals)
    eps = 1e-9 * max(1.0, abs(lo))
    return Interval(lo, hi) if lo <= hi + eps else None


def overlap(a: Interval, b: Interval) -> bool:
    return common([a, b]) is not None


_SYMBOL = {"USD": "US$", "KRW": "₩", "EUR": "€", "JPY": "¥", "CNY": "CN¥", "GBP": "£"}
_WORDS: tuple[tuple[float, str], ...] = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def significant(x: float, digits: int = 3) -> str:
    """``x`` to ``digits`` significant digits, without trailing zeros, with thousands separators."""
    if x == 0 or not math.isfinite(x):
        return str(x) if x else "0"
    rounded = round(x, -int(math.floor(math.log10(abs(x)))) + digits - 1)
    text = f"{rounded:,.6f}".rstrip("0").rstrip(".")
    return text


def money(value: float, currency: str) -> str:
    """An amount said in English: "US$592 billion", "₩8 billion", "₩1,429"."""
    symbol = _SYMBOL.get(currency, currency + " ")
    for size, word in _WORDS:
        if abs(value) >= size:
            return f"{symbol}{significant(value / size)} {word}"
    return f"{symbol}{significant(value, 4)}"


def rate_text(per_usd: float, currency: str) -> str:
    """A rate said in English: "₩1,436/US$"."""
    symbol = _SYMBOL.get(currency, currency + " ")
    return f"{symbol}{significant(per_usd, 4)}/US$"


def amount(value: float, unit: str) -> str:
    """Any amount said in English for reasons (money, %, x, counts)."""
    if unit == "%":
        return f"{significant(value)}%"
    if unit == "x":
        return f"{significant(value)}x"
    if len(unit) == 3 and unit.isupper():
        return money(value, unit)
    return significant(value, 4)


def significant_digits(x: float) -> int:
    """Significant digits as written: 7 -> 1, 7.16 -> 3, 2663500000000 -> 5."""
    text = f"{x:.6g}".replace(".", "").replace("-", "")
    if "e" in text:
        text = text.split("e")[0]
    return len(text.strip("0")) or 1
