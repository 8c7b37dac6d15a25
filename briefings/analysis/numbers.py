"""Korean numerals in mixed digit/scale form: "560만", "846조6875억", "1만9341.83", "5,890억", "1천500억".

Values are computed with :class:`decimal.Decimal`, so no digit of the source is lost before the
final conversion to ``float``.  Only Arabic digits (0-9) start a numeral: vague words such as
"수십억" or native numerals ("두 배") are not numbers here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SMALL_SCALES: dict[str, int] = {"천": 1000, "백": 100, "십": 10}
BIG_SCALES: dict[str, int] = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}

# "5,890" (valid thousands groups only), "19341.83", "17".  At most 18 digits before the point.
_DIGITS = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,18})(?:\.[0-9]{1,12})?(?![0-9])")

MAX_VALUE = Decimal(10) ** 24
# A float holds 15 significant digits exactly: a numeral with more would be shown changed, so it is no number.
MAX_SIGNIFICANT = 15


@dataclass(frozen=True)
class Numeral:
    """A numeral found at ``text[start:end]``.

    ``scaled`` says whether a Korean scale word (만/억/조/경) took part; ``last_scale`` is the
    multiplier of the last scale word (1 when none), used to complete ranges like "5~6억".
    """

    start: int
    end: int
    value: Decimal
    scaled: bool
    last_scale: int


def _read_digits(text: str, pos: int) -> tuple[Decimal, int] | None:
    m = _DIGITS.match(text, pos)
    if m is None:
        return None
    try:
        return Decimal(m.group().replace(",", "")), m.end()
    except InvalidOperation:  # pragma: no cover - the regex only admits valid literals
        return None


def _read_group(text: str, pos: int) -> tuple[Decimal, int, bool] | None:
    """A group below 만: digits, optionally with 천/백/십 ("1천500", "3천", "2백50").

    Returns (value, end, ends_with_decimal_digits).
    """
    total = Decimal(0)
    last_small = 10**9
    got = False
    while True:
        read = _read_digits(text, pos)
        if read is None:
            break
        value, end = read
        got = True
        small = SMALL_SCALES.get(text[end : end + 1])
        if small is not None and small < last_small and value == value.to_integral_value() and value < 10:
            total += value * small
            last_small = small
            pos = end + 1
            continue
        total += value
        pos = end
        break
    if not got:
        return None
    return total, pos, True


def scan_numeral(text: str, start: int) -> Numeral | None:
    """Read the numeral that begins at ``text[start]`` (a digit), or None.

    Groups are joined by descending scale words, with an optional single space between groups
    ("1조 2345억").  A scale word directly after the digits belongs to the number ("5만 개");
    anything else ends it ("2048개만으로": 만 follows 개, so it is a particle).
    """
    if not (0 <= start < len(text)) or not text[start].isdigit() or not ("0" <= text[start] <= "9"):
        return None
    total = Decimal(0)
    pos = start
    end = start
    last_big = 10**30
    last_scale = 1
    scaled = False
    joined_by_space = False
    while True:
        group = _read_group(text, pos)
        if group is None:
            break
        value, gend, _ = group
        big = BIG_SCALES.get(text[gend : gend + 1])
        if scaled and (value >= last_big or (big is not None and big >= last_big)):
            if joined_by_space:
                break  # "1만 20000원": the numeral is "1만"; the rest is another number
            return None  # "1만20000" is not a numeral
        if big is not None:
            total += value * big
            last_big = big
            last_scale = big
            scaled = True
            end = gend + 1
            # another group may follow, touching or after one space: "846조6875억", "1조 2345억"
            joined_by_space = text[end : end + 1] == " "
            nxt = end + 1 if joined_by_space else end
            if nxt < len(text) and "0" <= text[nxt] <= "9":
                pos = nxt
                continue
            break
        total += value
        end = gend
        break
    if end == start or total > MAX_VALUE or _significant_digits(total) > MAX_SIGNIFICANT:
        return None
    return Numeral(start=start, end=end, value=total, scaled=scaled, last_scale=last_scale)


def _significant_digits(value: Decimal) -> int:
    return len(value.normalize().as_tuple().digits) if value else 0


def parse_korean_number_decimal(s: str) -> Decimal:
    """Parse a whole string as a Korean mixed numeral; raise ValueError if it is not one."""
    text = s.strip()
    numeral = scan_numeral(text, 0)
    if numeral is None or numeral.end != len(text):
        raise ValueError(f"not a Korean numeral: {s!r}")
    return numeral.value


def parse_korean_number(s: str) -> float:
    """Parse "560만" -> 5600000.0, "846조6875억" -> 846687500000000.0, "1만9341.83" -> 19341.83.

    Commas in thousands groups ("5,890억") and one space between groups ("1조 2345억") are
    accepted.  Raises ValueError for anything else (including vague words such as "수십억").
    """
    return float(parse_korean_number_decimal(s))
