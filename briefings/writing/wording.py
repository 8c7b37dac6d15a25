"""English wording: the template tables of the briefing, and small helpers for comparison labels.

The briefing's sentence templates (``data/english.tsv``), measure nouns (``data/english_measures.tsv``),
comparison bases (``data/english_bases.tsv``) are read here once; ``fill`` puts values into a template
and refuses (None) when a placeholder the template needs is unknown, so a line is never half-said.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from briefings.analysis.figure_en import MONTHS
from briefings.lexicon import _rows
from briefings.writing.nouns import PREFIX as NOUN_PREFIX
from briefings.writing.nouns import measures as noun_measures

NOUN_ROWS = "noun"  # english.tsv rows that say a figure with its noun (writing/nouns.py)

HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
# placeholders that may be empty
OPTIONAL = frozenset(
    {"buyback_said", "buyback_span", "date", "base", "stake_in", "shares_of", "tender_for", "place", "venue"}
)


@dataclass(frozen=True)
class Template:
    """A row of ``english.tsv``."""

    measure: str
    role: str
    direction: str
    time: str
    text: str
    fields: frozenset[str]
    cues: tuple[str, ...] = ()  # Korean words one of which must follow the figure for the row to apply


@cache
def templates() -> tuple[Template, ...]:
    out = []
    for r in _rows("english.tsv"):
        if len(r) < 5:
            continue
        fields = frozenset(f for _, f, _, _ in string.Formatter().parse(r[4]) if f)
        cues = tuple(c for c in (r[5].split("|") if len(r) > 5 else ()) if c and c != "-")
        out.append(Template(r[0], r[1], r[2], r[3], r[4], fields, cues))
    return tuple(out)


@cache
def _by_measure_role() -> dict[tuple[str, str], tuple[Template, ...]]:
    table: dict[tuple[str, str], list[Template]] = {}
    for t in templates():
        table.setdefault((t.measure, t.role), []).append(t)
    return {k: tuple(v) for k, v in table.items()}


def candidates(measure: str, role: str, direction: str | None, time: str | None) -> list[Template]:
    """The rows that can say a (measure, role, direction, time of day), the measure's own rows first."""
    out: list[Template] = []
    generic = NOUN_ROWS if measure.startswith(NOUN_PREFIX) else "*"  # a noun of english_nouns.tsv: its own rows
    for key in ((measure, role), (generic, role)):
        if key[0] == "*" and measure_noun(measure) is None and not role.startswith("group:"):
            continue  # the generic rows need the measure's English noun
        for t in _by_measure_role().get(key, ()):
            if t.direction not in ("*", direction or ""):
                continue
            if t.time not in ("*", time or ""):
                continue
            out.append(t)
    return out


_RIGHT_AFTER = re.compile(r"\s*(?:수준\s*)?")  # what may stand between a figure and a cue written right after it


def _cue_stands(cue: str, values: Mapping[str, str | None]) -> bool:
    """Whether a row's cue stands by the figure: anywhere in ``_near``, or for "+까지" right after the figure
    (``_after``), so that "3.4%까지" of a later figure is no cue of the one before it, or for "^한때" right
    before it (``_before``)."""
    if cue.startswith("+"):
        after = values.get("_after") or ""
        m = _RIGHT_AFTER.match(after)
        return after.startswith(cue[1:], m.end() if m else 0)
    if cue.startswith("^"):  # "^한때": the word right before the figure ("장중 한때 6.3%"), not one of a figure before
        if values.get("_qualifier"):
            return False  # "한때 3% 넘게": "as much as more than 3%" is no English
        return (values.get("_before") or "").rstrip().endswith(cue[1:])
    return cue in (values.get("_near") or "")


def fill(template: Template, values: Mapping[str, str | None]) -> str | None:
    """The template with ``values``; None when a needed placeholder is unknown, or when the row has cues and
    none stands in ``values["_near"]`` (the Korean around the figure)."""
    if template.cues and not any(_cue_stands(cue, values) for cue in template.cues):
        return None
    filled: dict[str, str] = {}
    for name in template.fields:
        value = values.get(name)
        if value is None:
            if name not in OPTIONAL:
                return None
            value = ""
        filled[name] = value
    text = template.text.format(**filled)
    return text[:1].upper() + text[1:]


@cache
def _measures() -> dict[str, tuple[str | None, float, frozenset[str], frozenset[str], frozenset[str]]]:
    out: dict[str, tuple[str | None, float, frozenset[str], frozenset[str], frozenset[str]]] = {}
    for r in _rows("english_measures.tsv"):
        if len(r) >= 5:
            level = frozenset(u.strip() for u in r[3].split(",") if u.strip())
            change = frozenset(u.strip() for u in r[4].split(",") if u.strip())
            subjects = frozenset(u.strip() for u in (r[5] if len(r) > 5 else "*").split("|") if u.strip())
            out[r[0]] = (None if r[1] == "-" else r[1], float(r[2]), level, change, subjects)
    out.update(noun_measures())  # data/english_nouns.tsv: figures said with their clause's noun (writing/nouns.py)
    return out


@cache
def measure_groups() -> dict[str, str]:
    """Measure -> its group ("revenue" -> "results"): levels of one group may be said in one line."""
    return {r[0]: r[6] for r in _rows("english_measures.tsv") if len(r) > 6 and r[6] not in ("", "-")}


@cache
def _min_amounts() -> dict[str, float]:
    return {r[0]: float(r[7]) for r in _rows("english_measures.tsv") if len(r) > 7 and r[7] not in ("", "-")}


def amount_fits(measure: str, role: str, kind: str, value: float | str) -> bool:
    """Whether a money level is large enough for its measure (a revenue of US$0.96 is a per-share figure)."""
    floor = _min_amounts().get(measure)
    if floor is None or role == "change" or kind != "money" or not isinstance(value, float | int):
        return True
    return abs(value) >= floor


def subject_fits(measure: str, subject_type: str | None) -> bool:
    """Whether a subject of this gazetteer type can have the measure (an exchange rate is no bank's)."""
    entry = _measures().get(measure)
    if entry is None or subject_type is None or "*" in entry[4]:
        return entry is not None
    return subject_type in entry[4]


_CURRENCY = re.compile("^[A-Z]{3}$")


def fits(measure: str, role: str, kind: str, unit: str) -> bool:
    """Whether a figure of this kind and unit can be the measure's level (or change) at all.

    A rate of "0.25%" is no change of a base rate, a "29.2%" no level of operating profit:
    such a fact is wrong somewhere before us, and is not said.
    """
    entry = _measures().get(measure)
    if entry is None:
        return False
    allowed = entry[3] if role == "change" else entry[2]
    if kind == "money" or _CURRENCY.match(unit):
        return "money" in allowed
    return unit in allowed or kind in allowed


def may_lack_subject(measure: str | None) -> bool:
    """Whether a figure of this measure may be said with no subject ("Economic growth is forecast at 1.5%"):
    english_measures.tsv lists "none" among its subject types."""
    entry = _measures().get(measure or "")
    return entry is not None and "none" in entry[4]


def sayable(measure: str | None) -> bool:
    """Whether the English briefing says facts of this measure at all."""
    return measure is not None and measure in _measures()


def measure_noun(measure: str) -> str | None:
    entry = _measures().get(measure)
    return entry[0] if entry else None


def measure_weight(measure: str | None) -> float:
    entry = _measures().get(measure or "")
    return entry[1] if entry else 0.5


@cache
def _names() -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    names: dict[str, str] = {}
    suffixes: list[str] = []
    prefixes: list[str] = []
    for r in _rows("english_names.tsv"):
        if len(r) < 3:
            continue
        if r[0] == "name":
            names[r[1]] = r[2]
        elif r[0] == "suffix":
            suffixes.append(r[1])
        elif r[0] == "prefix":
            prefixes.append(r[1])
    return names, tuple(suffixes), tuple(prefixes)


_ACRONYM = re.compile("^[A-Z]{2,6}$")


@cache
def _currencies() -> dict[str, str]:
    return {r[1]: r[2] for r in _rows("english_names.tsv") if len(r) >= 3 and r[0] == "currency"}


@cache
def counterpart_marks() -> tuple[str, ...]:
    """Words right before a name that make it the other party ("대(對)중국 수출"), longest first."""
    marks = [r[1] for r in _rows("english_names.tsv") if len(r) >= 2 and r[0] == "counterpart"]
    return tuple(sorted(marks, key=len, reverse=True))


def fx_currency(pair: str) -> str | None:
    """The currency an exchange rate "A/B" is quoted in (A's): "won/dollar" -> "KRW"; None if unknown."""
    base = pair.split("/", 1)[0].strip().lower() if "/" in pair else ""
    return _currencies().get(base)


_FIRMS = frozenset({"company", "bank"})  # gazetteer types of firms


def name_phrase(name: str, takes_the: bool = False, kind: str | None = None) -> str:
    """A name as said inside a line: "the Bank of Korea", "the won-dollar exchange rate", "the IMF", "NVIDIA".

    ``kind`` is the gazetteer type: an exchange rate ("won/dollar", type fx) is "the won-dollar exchange
    rate", an organisation known by its initials ("IMF", "SEC") takes "the".
    """
    names, suffixes, prefixes = _names()
    if name in names:
        return names[name]
    if kind == "fx" and "/" in name:
        return "the " + name.replace("/", "-") + " exchange rate"
    if kind == "org" and _ACRONYM.match(name):
        return "the " + name
    words = name.split()
    if name.lower().startswith("the "):
        return "the " + name[4:]
    plural = (
        len(words) > 1
        and words[0] in prefixes
        and " of " not in name
        and re.fullmatch(r"[A-Za-z]+[^s]s", words[-1]) is not None
    )
    if plural and words[-1] not in suffixes:
        return name  # "US spot Bitcoin ETFs", "US investors": a plural takes no "the" for its prefix
    company = kind in _FIRMS  # "KB Kookmin Bank", "Deutsche Bank": a firm's name takes no "the"
    if takes_the or (len(words) > 1 and ((words[-1] in suffixes and not company) or words[0] in prefixes)):
        return "the " + name
    return name


def has_hangul(text: str) -> bool:
    return HANGUL.search(text) is not None


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def date_en(iso: str) -> str:
    """ "2025-01-27" -> "27 January 2025"; "2025-01" -> "January 2025"; others unchanged."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso
    month = MONTHS[int(m.group(2)) - 1]
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
