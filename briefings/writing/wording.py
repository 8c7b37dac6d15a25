"""Small English wording helpers for comparison labels and reasons."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_en(iso: str) -> str:
    """ "2025-01-27" -> "27 January 2025"; "2025-01" -> "January 2025"; others unchanged."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso
    month = _MONTHS[int(m.group(2)) - 1]
    if m.group(3):
        return f"{int(m.group(3))} {month} {m.group(1)}"
    return f"{month} {m.group(1)}"


def short_ids(article_ids: Iterable[str]) -> dict[str, str]:
    """Short names for reasons: "001" for "001_c6739ddf1ef4380d" when the prefixes are unique."""
    ids = list(dict.fromkeys(article_ids))
    prefixes = {a: a.split("_", 1)[0] for a in ids}
    if len(set(prefixes.values())) == len(ids):
        return prefixes
    return {a: a for a in ids}


def source_list(article_ids: Sequence[str], ids: dict[str, str]) -> str:
    """ "001", "001 and 003", "001, 002 and 004"; past six sources, "001, 002, 003 and 997 others"."""
    names = [ids.get(a, a) for a in article_ids]
    if len(names) > 6:
        return ", ".join(names[:3]) + f" and {len(names) - 3} others"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def all_sources(count: int) -> str:
    """ "Both sources" for two, else "All 3 sources"."""
    return "Both sources" if count == 2 else f"All {count} sources"


def capitalized(label: str) -> str:
    """A label's first letter in upper case when it opens with a plain lower-case word ("inference AI chip …").

    Names such as "o1" or "iPhone" are left alone.
    """
    first = label.split(" ", 1)[0]
    return label[:1].upper() + label[1:] if first.isalpha() and first.islower() else label
