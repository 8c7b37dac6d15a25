"""Data the comparison reads: entities, topic labels and claim questions.

Everything here is loaded once from ``briefings/data`` (``entities.tsv``,
``compare_labels.tsv``, ``claims.json``) and cached; nothing is hard-coded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

_HANGUL = re.compile("[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Entity:
    """A named thing the comparison knows about (a company, a GPU, a model, a market)."""

    name: str
    cls: str
    maker: str
    ko: str
    aliases: tuple[str, ...]
    note: str
    listed: str = ""  # the stock market a company or an index trades on ("Korean stock market")


@dataclass(frozen=True)
class ChangeLabel:
    ko: str
    en: str
    direction: str
    label_en: str = ""  # an English topic-label pattern ("{measure} {subject} used"), else "<subject> <measure> <en>"


def read_data(name: str) -> str:
    """The text of a data file shipped in ``briefings/data``."""
    return resources.files("briefings.data").joinpath(name).read_text(encoding="utf-8")


def tsv_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without comments and blank lines."""
    rows = []
    for line in read_data(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


BASE_WINDOW = 48  # characters before a change where what it is measured against ("전년 동기 대비") is read
_ASIDE = re.compile(r"\([^()]{0,40}\)")


@lru_cache(maxsize=1)
def comparison_bases() -> tuple[tuple[str, str], ...]:
    """(Korean cue, English phrase) of what a change is measured against (data/english_bases.tsv,
    "전년 동기 대비" -> "year on year"; "-" for a gap to an estimate), longest cue first."""
    rows = [(r[0], r[1]) for r in tsv_rows("english_bases.tsv") if len(r) >= 2 and r[0] != "cue"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _bases_reversed() -> tuple[re.Pattern[str], dict[str, str]]:
    """The base cues reversed, as one alternation longest first, with each reversed cue's English (its first row)."""
    english: dict[str, str] = {}
    for cue, en in comparison_bases():
        english.setdefault(cue[::-1], en)
    return re.compile("|".join(re.escape(c) for c in english) or r"(?!x)x"), english


def nearest_base(window: str) -> tuple[int, str] | None:
    """(end, English) of the comparison base cue that ends nearest the end of ``window``, the longest cue when
    several end there ("전년 동기 대비" over "동기 대비"); None when none is written. One search of the reversed
    window: its first match is the cue ending last, and the alternation (longest first) gives the longest."""
    pattern, english = _bases_reversed()
    m = pattern.search(window[::-1])
    return None if m is None else (len(window) - m.start(), english[m.group()])


def base_before(text: str, sentence_start: int, start: int, asides: bool = True) -> str | None:
    """The English phrase of the comparison base written nearest before ``start`` in its sentence, an aside in
    parentheses left out unless ``asides`` is False ("직전 분기(10조원) 대비 18.6%": from the previous quarter);
    None when none is."""
    window = text[max(sentence_start, start - BASE_WINDOW) : start]
    window = _ASIDE.sub("", window) if asides else window
    best = nearest_base(window)
    return best[1] if best else None


@lru_cache(maxsize=1)
def entities() -> tuple[Entity, ...]:
    out = []
    for row in tsv_rows("entities.tsv"):
        row = row + [""] * (7 - len(row))
        name, cls, maker, ko, aliases, note, listed = row[:7]
        out.append(Entity(name, cls, maker, ko or name, tuple(a for a in aliases.split("|") if a), note, listed))
    return tuple(out)


@lru_cache(maxsize=1)
def entity_by_name() -> dict[str, Entity]:
    return {e.name: e for e in entities()}


def entities_of_class(cls: str) -> tuple[Entity, ...]:
    return tuple(e for e in entities() if e.cls == cls)


def listed_market(subject: str) -> str | None:
    """The stock market ``subject`` (a company or an index) trades on, per ``entities.tsv``; None if unknown."""
    e = entity_by_name().get(subject)
    return e.listed if e is not None and e.listed else None


@lru_cache(maxsize=1)
def stock_market_words() -> dict[str, str]:
    """Words naming a stock market in a market-day statement -> its name ("코스피" -> "Korean stock market")."""
    words: dict[str, str] = {}
    for e in entities():
        market = e.name if e.cls == "stock_market" else e.listed if e.cls == "stock_index" else ""
        for alias in e.aliases if market else ():
            words.setdefault(alias, market)
    return words


@lru_cache(maxsize=1024)
def subject_ko(subject: str) -> str:
    """The Korean label of a canonical subject name: ``entities.tsv``, else the facts glossary, else the name."""
    e = entity_by_name().get(subject)
    if e is not None:
        return e.ko
    from briefings.lexicon import glossary

    hangul = [g.ko for g in glossary() if g.en == subject and _HANGUL.search(g.ko)]
    return hangul[0] if hangul else subject


@lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, tuple[str, str]], dict[str, ChangeLabel]]:
    measures: dict[str, tuple[str, str]] = {}
    changes: dict[str, ChangeLabel] = {}
    for row in tsv_rows("compare_labels.tsv"):
        row = row + [""] * (6 - len(row))
        kind, key, ko, en, direction, label_en = row[:6]
        if kind == "measure":
            measures[key] = (ko, en)
        elif kind == "change":
            changes[key] = ChangeLabel(ko, en, direction or key, label_en)
    return measures, changes


@lru_cache(maxsize=1)
def growth_cues() -> tuple[str, ...]:
    """Words that, right after a percentage, make it a change between two amounts."""
    return tuple(row[1] for row in tsv_rows("compare_labels.tsv") if row[0] == "growth_cue")


@lru_cache(maxsize=1)
def anaphora() -> tuple[str, ...]:
    """Sentence openings that continue the previous sentence ("이는", "이러한")."""
    return tuple(row[1] for row in tsv_rows("compare_labels.tsv") if row[0] == "anaphora")


def measure_label(measure: str) -> tuple[str, str]:
    """(Korean, English) label of a measure key."""
    return _labels()[0].get(measure, (measure, measure.replace("_", " ")))


def change_label(change: str | None) -> ChangeLabel | None:
    if change is None:
        return None
    return _labels()[1].get(change, ChangeLabel(change, change, change))


def change_direction(change: str | None) -> str | None:
    """The direction a change key belongs to ("fall" and "lose" are both "down")."""
    label = change_label(change)
    return label.direction if label else None


@lru_cache(maxsize=1)
def claim_spec() -> dict[str, Any]:
    """The parsed ``claims.json``."""
    data: dict[str, Any] = json.loads(read_data("claims.json"))
    return data


def question(claim: str) -> dict[str, Any] | None:
    for q in claim_spec()["questions"]:
        if q["id"] == claim:
            return dict(q)
    return None


@dataclass(frozen=True)
class FactCues:
    """The cue words of ``fact_cues.tsv``, by kind: how the facts stage reads Korean structure."""

    by_kind: dict[str, tuple[tuple[str, str], ...]]
    words_by_kind: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def words(self, kind: str) -> tuple[str, ...]:
        """The cues of one kind, longest first."""
        return self.words_by_kind.get(kind, ())

    def pairs(self, kind: str) -> tuple[tuple[str, str], ...]:
        """(cue, value) of one kind, longest cue first."""
        return self.by_kind.get(kind, ())


@lru_cache(maxsize=1)
def fact_cues() -> FactCues:
    """``fact_cues.tsv`` loaded once: cause words, times of day, thresholds, reference and date links."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for row in tsv_rows("fact_cues.tsv"):
        row = row + [""] * (3 - len(row))
        kind, cue, value = row[0].strip(), row[1].strip(), row[2].strip()
        if kind and cue:
            grouped.setdefault(kind, []).append((cue, value))
    by_kind = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in grouped.items()}
    return FactCues(by_kind, {k: tuple(cue for cue, _ in v) for k, v in by_kind.items()})
