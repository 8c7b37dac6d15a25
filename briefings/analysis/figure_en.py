"""One key figure said in English: "US$5.6 million", "about ₩8 billion", "US$589-600 billion",
"at least 24x", "2,048 GPUs", "27 January 2025", "late 2024", "by 2030", "234.64 points",
"0.25 percentage points", "the 2,500 level", "4 years and 5 months", "Q4 2024".

Numbers keep every significant digit of the source (846조6875억원 -> "₩846.6875 trillion"); large
amounts use million/billion/trillion, smaller ones thousands separators.
"""

from __future__ import annotations

import re
from decimal import Decimal

from briefings.analysis.figure_lexicon import (
    counter_glosses,
    date_words,
    duration_words,
    qualifier_cues,
    quantity_units,
)
from briefings.model import Figure

CURRENCY_PREFIX: dict[str, str] = {
    "USD": "US$", "KRW": "₩", "CNY": "CN¥", "JPY": "¥", "EUR": "€", "INR": "₹", "GBP": "£",
    "HKD": "HK$", "TWD": "NT$", "SGD": "S$", "AUD": "A$", "CAD": "C$",
}  # fmt: skip
QUALIFIER_EN: dict[str, str] = {
    "approx": "about",
    "at_least": "at least",
    "at_most": "at most",
    "more_than": "more than",
    "less_than": "less than",
    "by": "by",
}
DATE_QUALIFIER_EN: dict[str, str] = {"approx": "around", "by": "by"}
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def date_parts() -> tuple[dict[str, str], dict[str, str]]:
    """(year parts, month parts): Korean word -> English pattern with {} for the date."""
    words = date_words()
    return words.get("year_part", {}), words.get("month_part", {})


def to_decimal(value: float | str | Decimal) -> Decimal:
    """The shortest decimal that round-trips ``value`` (so 8.466875e14 stays 846687500000000)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def plain_number(d: Decimal) -> str:
    """2048 -> "2,048"; 19341.83 -> "19,341.83"; 5.60 -> "5.6"."""
    s = format(d, ",f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _scale_of(d: Decimal) -> tuple[Decimal, str]:
    for size, word in SCALES:
        if abs(d) >= size:
            return size, word
    return Decimal(1), ""


def english_number(d: Decimal) -> str:
    """5600000 -> "5.6 million"; 846687500000000 -> "846.6875 trillion"; 50000 -> "50,000"."""
    size, word = _scale_of(d)
    if not word:
        return plain_number(d)
    return f"{plain_number(d / size)} {word}"


def english_range(low: Decimal, high: Decimal) -> tuple[str, str]:
    """(numbers, scale word) for a range said once: (589e9, 600e9) -> ("589-600", "billion")."""
    size, word = _scale_of(high)
    if word and abs(low) * 1000 < size:
        return f"{english_number(low)} to {english_number(high)}", ""
    return f"{plain_number(low / size)}-{plain_number(high / size)}", word


_WRITTEN = re.compile(r"[0-9][0-9,]*(?:\.([0-9]+))?")


def _as_written(value: Decimal, surface: str) -> str:
    """A plain number with the decimal places its source writes ("3.00%" -> "3.00", "0.50배" -> "0.50"): a rate
    said "3%" for "3.00%" is less precise than its source.  Only when the surface holds that one number."""
    said = plain_number(value)
    numbers = _WRITTEN.findall(surface)
    if len(numbers) != 1 or not numbers[0]:
        return said
    places = len(numbers[0])
    if "." in said and len(said.split(".")[1]) >= places:
        return said
    try:
        exact = value.quantize(Decimal(1).scaleb(-places))
    except ArithmeticError:
        return said
    return format(exact, ",f") if exact == value else said


def _amount(fig: Figure, prefix: str = "", suffix: str = "", plain: bool = False) -> str:
    """The amount in English; ``plain`` never uses million/billion (percentages, multiples, points)."""
    value = to_decimal(fig.value)
    if plain:
        if fig.high is not None and not isinstance(fig.high, str):
            return f"{prefix}{plain_number(value)}-{plain_number(to_decimal(fig.high))}{suffix}"
        return f"{prefix}{_as_written(value, fig.surface)}{suffix}"
    if fig.high is not None and not isinstance(fig.high, str):
        numbers, word = english_range(value, to_decimal(fig.high))
        if " to " in numbers:
            low_s, high_s = numbers.split(" to ")
            return f"{prefix}{low_s}{suffix} to {prefix}{high_s}{suffix}"
        return f"{prefix}{numbers}{' ' + word if word else ''}{suffix}"
    full = _FULL_DIGITS.get(fig.unit) if fig.kind == "money" else None
    if full is not None and full[0] <= abs(value) < full[1]:
        return f"{prefix}{plain_number(value)}{suffix}"  # a won price in full: "₩1,049,000"
    if fig.kind == "count" and abs(value) < Decimal(10) ** 12 and _scaled_decimals(value) > _MAX_SCALED_DECIMALS:
        return f"{prefix}{plain_number(value)}{suffix}"  # "3,209,009 shares", not "3.209009 million shares"
    return f"{prefix}{english_number(value)}{suffix}"


_MAX_SCALED_DECIMALS = 3  # past "4.141 million", a count reads better in full digits


def _scaled_decimals(d: Decimal) -> int:
    """How many decimals ``d`` needs once said in millions/billions (3209009 -> 6: "3.209009")."""
    size, word = _scale_of(d)
    if not word:
        return 0
    exponent = (d / size).normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


_FULL_DIGITS = {"KRW": (Decimal(10) ** 6, Decimal(10) ** 8)}  # ₩1,049,000, not "₩1.049 million" (below 1억)


def is_bracket(fig: Figure) -> bool:
    """Whether a figure is a bracket ("153엔대", "3%대", "1400원대"): from N up to the next step, not "at least N";
    a bracket narrowed to a part of it ("2% 초반대", "2%대 중반") is one too."""
    return (
        fig.qualifier == "at_least"
        and fig.kind in ("money", "percent", "quantity")
        and (fig.surface.rstrip().endswith("대") or _bracket_part(fig) is not None)
    )


def _bracket_part(fig: Figure) -> str | None:
    """The part of its bracket a figure names ("2% 초반대": "low"), from the bracket rows of qualifiers.tsv that
    give an English word; None for a whole bracket ("2%대") or no bracket."""
    for cue in qualifier_cues():
        if cue.qualifier == "bracket" and cue.en and re.search(f"(?:{cue.pattern.pattern})$", fig.surface.rstrip()):
            return cue.en
    return None


def _with_qualifier(text: str, qualifier: str | None, fig: Figure | None = None) -> str:
    if fig is not None and is_bracket(fig):
        part = _bracket_part(fig)
        return f"in the {part} {text} range" if part else f"in the {text} range"
    if qualifier and qualifier in QUALIFIER_EN:
        return f"{_qualifier_word(qualifier, fig)} {text}"
    return text


def _qualifier_word(qualifier: str, fig: Figure | None) -> str:
    """The English of a qualifier: the word's own ("최대 N": "up to N") when qualifiers.tsv gives one."""
    if fig is not None:
        cues = [c for c in qualifier_cues() if c.qualifier == qualifier]
        before = next((c for c in cues if c.position == "before" and c.pattern.match(fig.surface)), None)
        if before is not None:
            return before.en or QUALIFIER_EN[qualifier]  # the word before the number speaks first ("약 4배 가까이")
        for cue in cues:
            if cue.en and cue.position == "after" and re.search(f"(?:{cue.pattern.pattern})$", fig.surface):
                return cue.en  # "5% 가까이": nearly 5%, not "about"
    return QUALIFIER_EN[qualifier]


_DATE_TAIL = re.compile(r" ?(?:까지|께|경)$")


def _date_part(surface: str, parts: dict[str, str]) -> str | None:
    """The English pattern of the part word a date surface ends with ("2024년 말" -> "late {}")."""
    core = _DATE_TAIL.sub("", surface)
    for word in sorted(parts, key=len, reverse=True):
        if core.endswith(word):
            return parts[word]
    return None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal(n: int) -> str:
    """ "35th", "1st", "12th"."""
    return _ordinal(n)


def _bare_date_en(value: str, surface: str) -> str:
    """A date without its qualifier: "27 January 2025", "Q4 2024", "October", "the 5th"."""
    year_parts, month_parts = date_parts()
    if value.startswith("---"):  # a day of an unknown month
        return f"the {_ordinal(int(value[3:]))}"
    if value.startswith("--"):  # a month, month-day or quarter of an unknown year
        rest = value[2:]
        if rest.startswith("Q"):
            return rest
        month_day = rest.split("-")
        month = MONTHS[int(month_day[0]) - 1]
        if len(month_day) == 2:
            return f"{int(month_day[1])} {month}"
        pattern = _date_part(surface, month_parts)
        return pattern.format(month) if pattern else month
    parts = value.split("-")
    if len(parts) == 2 and parts[1].startswith("Q"):
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        text = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        pattern = _date_part(surface, month_parts)
        return pattern.format(text) if pattern else text
    pattern = _date_part(surface, year_parts)
    return pattern.format(parts[0]) if pattern else parts[0]


def _fiscal_en(value: str, high: str | None) -> str:
    """A fiscal year or quarters of one: '2026' -> "fiscal 2026", '2026-Q1' -> "Q1 of fiscal 2026"."""
    year, _, quarter = value.partition("-")
    if not quarter:
        return f"fiscal {year}"
    high_q = high.partition("-")[2] if high else ""
    return f"{quarter}{'-' + high_q if high_q else ''} of fiscal {year}"


def date_en(value: str, surface: str = "", qualifier: str | None = None, fiscal: bool = False) -> str:
    """'2025-01-27' -> "27 January 2025"; '2024' with surface "2024년 말" -> "late 2024";
    '2024-Q4' -> "Q4 2024"; partial dates: '--10' -> "October", '---05' -> "the 5th";
    a fiscal year's '2026-Q1' -> "Q1 of fiscal 2026" (the company's quarter, not January-March)."""
    text = _fiscal_en(value, None) if fiscal and not is_partial_date(value) else _bare_date_en(value, surface)
    if qualifier in DATE_QUALIFIER_EN:
        text = f"{DATE_QUALIFIER_EN[qualifier]} {text}"
    return text


def is_partial_date(value: str) -> bool:
    return value.startswith("--")


def date_range_en(
    value: str, high: str | None, surface: str = "", qualifier: str | None = None, fiscal: bool = False
) -> str:
    """A date or a range of dates: "15-17 October 2024", "February-April 2025", "Q3-Q4 2024"."""
    if high is None:
        return date_en(value, surface, qualifier, fiscal)
    if fiscal and "Q" in value and not is_partial_date(value):
        text = _fiscal_en(value, high)
        return f"{DATE_QUALIFIER_EN[qualifier]} {text}" if qualifier in DATE_QUALIFIER_EN else text
    low_en, high_en = _bare_date_en(value, ""), _bare_date_en(high, "")
    low_words, high_words = low_en.split(" "), high_en.split(" ")
    shared = 0  # the words both ends share at their end ("October 2024")
    while shared < min(len(low_words), len(high_words)) - 1 and low_words[-1 - shared] == high_words[-1 - shared]:
        shared += 1
    head = " ".join(low_words[: len(low_words) - shared])
    text = f"{head}-{high_en}" if not value.startswith("---") else f"the {_ordinal(int(value[3:]))}-{high_en[4:]}"
    if qualifier in DATE_QUALIFIER_EN:
        text = f"{DATE_QUALIFIER_EN[qualifier]} {text}"
    return text


def quantity_en(fig: Figure) -> str:
    """Points, percentage points and durations, without the qualifier: "234.64 points", "the 2,500 level"."""
    amount = _amount(fig)
    single = fig.high is None and abs(to_decimal(fig.value)) == 1
    if fig.unit == "pt" and fig.surface.endswith("선"):
        return f"the {amount} level"  # "2,500선": a round threshold of an index
    if fig.unit == "duration":
        time_word = next((w for w in duration_words() if w.word == fig.counter), None)
        if time_word is not None:
            return f"{amount} {time_word.singular if single else time_word.plural}"
    singular, plural = quantity_units().get(fig.unit, ("", ""))
    gloss = singular if single else plural
    return f"{amount} {gloss}" if gloss else amount


def figure_en(fig: Figure, noun: tuple[str, str] | str | None = None) -> str:
    """The figure in English.

    ``noun`` names what a count counts, as (plural, singular) or a plural ("GPUs"); without it the
    counter word's own gloss is used (명 -> "people", 개 -> "units").
    """
    if fig.kind == "date":
        high = fig.high if isinstance(fig.high, str) else None
        fiscal = "회계연도" in fig.surface or "FY" in fig.surface
        return date_range_en(str(fig.value), high, fig.surface, fig.qualifier, fiscal)
    if fig.kind == "money":
        return _with_qualifier(_amount(fig, prefix=CURRENCY_PREFIX.get(fig.unit, fig.unit + " ")), fig.qualifier, fig)
    if fig.kind == "percent":
        return _with_qualifier(_amount(fig, suffix="%", plain=True), fig.qualifier, fig)
    if fig.kind == "multiple":
        return _with_qualifier(_amount(fig, suffix="x", plain=True), fig.qualifier, fig)
    if fig.kind == "quantity":
        if fig.unit == "pt" and is_bracket(fig):
            return _with_qualifier(_amount(fig), fig.qualifier, fig)  # "600대": "in the 600 range", not "600 points"
        return _with_qualifier(quantity_en(fig), fig.qualifier, fig)
    if fig.kind == "count":
        amount = _amount(fig)
        single = fig.high is None and to_decimal(fig.value) == 1
        own = counter_glosses().get(fig.counter or "", ("", ""))[0]
        if own.startswith("#"):
            noun = None  # a rank or a streak says its own English ("2nd place"), whatever it ranks
        if isinstance(noun, tuple):
            word = noun[1] if single else noun[0]
        elif noun:
            word = noun[:-1] if single and noun.endswith("s") else noun
        else:
            plural, singular = counter_glosses().get(fig.counter or "", ("", ""))
            word = (singular if single else plural) or f"({fig.counter})"
        if word.startswith("#ordinal") and fig.high is None and to_decimal(fig.value) == int(fig.value):
            return _with_qualifier(f"{_ordinal(int(fig.value))}{word[len('#ordinal') :]}", fig.qualifier, fig)
        if word.startswith("#in_a_row"):
            return _with_qualifier(f"{amount} in a row", fig.qualifier, fig)
        if word == "#":  # a rate counted in 명 (data/counter_contexts.tsv): the bare number as written, "0.80"
            return _with_qualifier(_amount(fig, plain=abs(to_decimal(fig.value)) < 1000), fig.qualifier, fig)
        if word.startswith("#"):
            return _with_qualifier(amount, fig.qualifier, fig)
        return _with_qualifier(f"{amount} {word}", fig.qualifier, fig)
    return _with_qualifier(_amount(fig), fig.qualifier, fig)
