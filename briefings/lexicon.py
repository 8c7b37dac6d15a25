"""The domain lexicons kept as data under ``briefings/data``.

- ``glossary.tsv``: Korean entity names -> canonical English names and a type.
- ``measures.tsv``: the fixed vocabulary of measures (share_price, market_value, ...)
  with Korean cues and English labels.
- ``changes.tsv``: verbs of change (fall, rise, reach, lose, ...) with Korean cues.

Each file is read once (``functools.cache``) through ``importlib.resources``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Entity:
    """A glossary row: a source-text name, its English name and its type."""

    ko: str
    en: str
    type: str
    owner: str | None = None  # for products: the company that stands as subject

    @property
    def user_word(self) -> bool:
        """Whether Kiwi should know this name as one proper noun.

        Hangul names without a space, and the names of people and companies
        written with one ("젠슨 황"); not phrases such as "한국 증시".
        """
        if not _HANGUL.search(self.ko):
            return False
        return " " not in self.ko or self.type in {"person", "company"}


@dataclass(frozen=True)
class Measure:
    """A measure key, its English label, the figure kinds it fits and its cues."""

    key: str
    en: str
    kinds: frozenset[str]
    dated: str  # "event" or "clause"
    main: bool  # the article's main entity may stand in for a missing subject
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Change:
    """A verb of change: its key, English verb forms and Korean cues."""

    key: str
    en_past: str
    en_present: str
    cues: tuple[str, ...]


_HEADER_CELL = re.compile(r"[a-z_]+")  # a column name of a data file's header row


def _rows(name: str) -> list[list[str]]:
    text = files("briefings.data").joinpath(name).read_text("utf-8")
    rows: list[list[str]] = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            header_seen = True
            if all(_HEADER_CELL.fullmatch(c) for c in cells if c):
                continue  # the column names ("kind  ko  en"); a file with none starts with its first row
        rows.append(cells)
    return rows


@cache
def kind_table(name: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> (Korean, English) rows of a data file of kind<TAB>Korean<TAB>English rows (English "-" when absent)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in _rows(name):
        if len(r) >= 2 and r[0] != "kind":
            out.setdefault(r[0], []).append((r[1], r[2] if len(r) > 2 else "-"))
    return {k: tuple(v) for k, v in out.items()}


def _cues(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in cell.split(",") if c.strip())


@cache
def glossary() -> tuple[Entity, ...]:
    """Every glossary row, longest Korean name first."""
    entities = [
        Entity(ko=r[0], en=r[1], type=r[2], owner=r[3] if len(r) > 3 and r[3] else None)
        for r in _rows("glossary.tsv")
        if len(r) >= 3
    ]
    return tuple(sorted(entities, key=lambda e: -len(e.ko)))


@cache
def english_names() -> dict[str, Entity]:
    """Canonical English name -> its first glossary row."""
    out: dict[str, Entity] = {}
    for e in glossary():
        out.setdefault(e.en, e)
    return out


def trie_regex(words: set[str]) -> str:
    """A regex matching any of ``words``, the longest at each place, built as a trie.

    The same matches as ``"|".join(longest first)``, but a scan tries one branch per character
    instead of every word (the gazetteer has hundreds of names).
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        chars = sorted(ch for ch in node if ch)
        if not chars:
            return ""
        if len(chars) > 2 * _TRIE_GROUP:
            body = _grouped_branches(chars, [build(node[ch]) for ch in chars])
        else:
            branches = [re.escape(ch) + build(node[ch]) for ch in chars]
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


_TRIE_GROUP = 16  # a trie node with more branches than twice this tests their first characters in groups


def _grouped_branches(chars: list[str], rests: list[str]) -> str:
    """The branches ``char + rest`` of a wide trie node, tested a group of first characters at a time.

    The regex engine tries the branches of an alternation one after another, and a gazetteer's root has
    hundreds (one per first character).  Here each group is a character class, which the engine tests at
    once, and only inside the group whose class holds the character does it look back at which one it is:
    ``[가나다](?:(?<=가)…|(?<=나)…|(?<=다)…)``.  The first characters differ, so the same branch matches.
    """
    groups = []
    for i in range(0, len(chars), _TRIE_GROUP):
        group = range(i, min(i + _TRIE_GROUP, len(chars)))
        heads = "".join(re.escape(chars[k]) for k in group)
        branches = "|".join(f"(?<={re.escape(chars[k])}){rests[k]}" for k in group)
        groups.append(f"[{heads}](?:{branches})")
    return "(?:" + "|".join(groups) + ")"


@cache
def entity_pattern() -> re.Pattern[str]:
    """One regex matching any glossary name, the longest at each place."""
    return re.compile(trie_regex({e.ko for e in glossary()}))


@cache
def entity_by_ko() -> dict[str, Entity]:
    return {e.ko: e for e in glossary()}


@cache
def measures() -> tuple[Measure, ...]:
    return tuple(
        Measure(
            key=r[0],
            en=r[1],
            kinds=frozenset(_cues(r[2])),
            dated=r[3],
            main=r[4] == "yes",
            cues=_cues(r[5]),
        )
        for r in _rows("measures.tsv")
        if len(r) >= 6
    )


@cache
def measure_by_key() -> dict[str, Measure]:
    return {m.key: m for m in measures()}


@cache
def changes() -> tuple[Change, ...]:
    return tuple(
        Change(key=r[0], en_past=r[1], en_present=r[2], cues=_cues(r[3])) for r in _rows("changes.tsv") if len(r) >= 4
    )


MEASURE_KEYS: tuple[str, ...] = (
    "share_price",
    "market_value",
    "development_cost",
    "training_cost",
    "gpu_count",
    "market_size",
    "index_level",
    "investment",
    "revenue",
    "operating_profit",
    "net_profit",
    "profit_margin",
    "total_spending",
    "exchange_rate",
    "exports",
    "imports",
    "trade_surplus",
    "trade_deficit",
    "net_buying",
    "net_selling",
    "trading_value",
    "interest_rate",
    "personal_wealth",
    "price_target",
    "ranking",
    "tender_price",
    "stake",
    "shares_sought",
    "purchases",
    "gdp_growth",
    "inflation",
    "fine",
    "buyback",
    "treasury_shares",
    "dividend",
    "deal_value",
    "ipo_price",
    "subscription_rate",
    "tariff_rate",
    "volume",
    "crypto_price",
    "employment",
    "employment_rate",
    "unemployment",
    "unemployment_rate",
    "duration",
    "other",
)
CHANGE_KEYS: tuple[str, ...] = ("fall", "rise", "reach", "lose", "cost", "hold", "use", "grow", "invest", "value")


@cache
def hedges() -> tuple[str, ...]:
    """Cues that make a statement a report or suspicion (Fact.hedged)."""
    text = files("briefings.data").joinpath("hedges.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def english_templates() -> dict[tuple[str, str], str]:
    """(measure, change) -> English sentence template; change "*" matches any."""
    return {(r[0], r[1]): r[2] for r in _rows("english.tsv") if len(r) >= 3}


@cache
def stop_lemmas() -> frozenset[str]:
    """Lemmas the summary's similarity graph ignores."""
    text = files("briefings.data").joinpath("stop_lemmas.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def meta_patterns() -> tuple[re.Pattern[str], ...]:
    """Sentences about the post rather than the story (the summary ranks them down)."""
    text = files("briefings.data").joinpath("summary_meta.txt").read_text("utf-8")
    return tuple(re.compile(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))
