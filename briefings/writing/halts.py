"""Trading halts said as a wire says them: a circuit breaker or a sidecar set off on the markets its clause
names ("유가증권시장에 '서킷브레이커'가 발동", "코스닥 시장에도 … 서킷브레이커가 발동됐다", "코스피와 코스닥 두
시장에 모두 …"): "Circuit breakers halted trading on both the KOSPI and the KOSDAQ". One line per kind of halt,
its markets gathered over the article in the order they are named; a halt with no market named, or one that is
not said to have happened (a record of earlier ones, a rule, a halt lifted), says nothing. Cue words are data
(``data/english_halts.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from briefings.facts.attribution import EntityMention
from briefings.lexicon import _rows
from briefings.writing.frame import own_clause

_NOUN_TO_TRIGGER = 40  # characters between a halt noun and its trigger ("사이드카)도 2020년 3월 23일 이후 … 동시 발동")
_MARKET_TO_NOUN = 24  # characters between the last market's particle and the halt noun ("에 모두 '")
_CLAUSE_BACK = 60  # characters before the halt noun where the clause naming its markets is read
_MARKET_TYPES = frozenset({"index", "market"})
_MARKET_WORD = re.compile(r"\s*(?:(?:두|양|두 개)\s*)?(?:시장|증시)?")  # "코스닥 시장에도", "두 시장에"


@dataclass(frozen=True)
class Halt:
    """A halt line: what it says, where it stands, the markets it names."""

    text: str
    sentence: int
    position: int
    markets: tuple[str, ...]


@cache
def _table() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("english_halts.tsv"):
        if len(r) >= 3 and r[0] != "kind":
            out.setdefault(r[0], []).append((r[1].replace("<sp>", " "), r[2]))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


def _words(kind: str) -> tuple[str, ...]:
    return tuple(c for c, _ in _table().get(kind, ()))


def _happened(text: str, at: int, hi: int) -> bool:
    """Whether a halt noun at ``at`` is set off in its clause ("…가 발동됐다", "발동, 거래가"): its trigger within
    reach, in the same clause, followed by a form that says it happened."""
    for trigger in _words("trigger"):
        k = text.find(trigger, at, min(hi, at + _NOUN_TO_TRIGGER))
        if k < 0:
            continue
        between, _ = own_clause(text[at:k], "")
        if len(between) != k - at:
            return False  # a clause ends between the noun and the trigger
        rest = text[k + len(trigger) : hi]
        return any(rest.startswith(w) for w in _words("done"))
    return False


_YEAR = re.compile(r"(?:19|20)\d{2}\s*년")
_SINCE_REACH = 20  # characters after a year where its word of "since" stands ("2020년 3월 23일 이후")


def _earlier(clause: str) -> bool:
    """Whether a halt's clause puts it at an earlier time ("당시에도", "2020년 3월 코스피에 … 발동됐다")."""
    if any(w in clause for w in _words("past")):
        return True
    since = _words("since")
    return any(not any(w in clause[m.end() : m.end() + _SINCE_REACH] for w in since) for m in _YEAR.finditer(clause))


def _markets(text: str, lo: int, at: int, found: Sequence[EntityMention]) -> list[EntityMention]:
    """The markets a halt noun at ``at`` is on: the last market named before it in its clause with its place
    particle right after it (through "시장"/"두 시장"), and the markets joined to it ("코스피와 코스닥"). Else []."""
    ends = _words("market_end")
    joins = _words("market_join")
    named = [m for m in found if lo <= m.start and m.end <= at and m.entity.type in _MARKET_TYPES]
    if not named:
        return []
    last = named[-1]
    k = _MARKET_WORD.match(text, last.end).end()  # type: ignore[union-attr]
    end = next((w for w in ends if text.startswith(w, k)), None)
    if end is None or at - (k + len(end)) > _MARKET_TO_NOUN:
        return []
    chain = [last]
    for m in reversed(named[:-1]):
        gap = text[m.end : chain[0].start].strip()
        if gap not in joins:
            break
        chain.insert(0, m)
    return chain


def _joined(names: Sequence[str]) -> str:
    if len(names) == 2:
        return f"both {names[0]} and {names[1]}"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def halt_lines(
    text: str,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[Sequence[EntityMention]],
    name: Callable[[str], str],
) -> list[Halt]:
    """One line per kind of halt the article says happened, on the markets named for it (``name`` says a market's
    English name as a line does: "the KOSPI")."""
    gathered: dict[str, tuple[int, int, list[str]]] = {}  # English -> (sentence, position, markets)
    for si, (lo, hi) in enumerate(sentences):
        found = mentions[si] if si < len(mentions) else ()
        for noun, en in _table().get("halt", ()):
            at = text.find(noun, lo, hi)
            if at < 0 or not _happened(text, at + len(noun), hi):
                continue
            _, head = own_clause("", text[max(lo, at - _CLAUSE_BACK) : at])
            if _earlier(head + text[at : min(hi, at + _NOUN_TO_TRIGGER)]):
                break
            markets = _markets(text, at - len(head), at, found)
            if not markets:
                continue
            names = [m.entity.en for m in markets]
            sentence, position, said = gathered.setdefault(en, (si, at, []))
            said += [n for n in dict.fromkeys(names) if n not in said]
            break
    out: list[Halt] = []
    for en, (si, at, names) in gathered.items():
        one, several = (en.split("|") + [en])[:2]
        template = one if len(names) == 1 else several
        out.append(Halt(template.format(markets=_joined([name(n) for n in names])), si, at, tuple(names)))
    return out
