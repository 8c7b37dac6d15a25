"""People named in Korean news, and their names in English.

- ``romanize_given("재현")`` -> "Jae-hyeon": the Revised Romanization of a given name, syllable by syllable with no
  sound change between syllables (the rule for personal names), joined by a hyphen (``data/name_romanization.tsv``).
- ``person_en("김재현")`` -> "Kim Jae-hyeon": a person the gazetteer names keeps its English ("이창용" -> "Rhee
  Chang-yong"); else a surname of ``data/surnames.tsv`` (the wires' spelling: 이 Lee, 박 Park) and a two-syllable
  given name; anything else is None.
- ``people(text, analysis, lo, hi)``: the persons named in ``text[lo:hi]`` beside a title (``data/person_titles.tsv``):
  "김영수 사장", "이창용 한국은행 총재", "한국은행 총재 이창용". A word is a name only when it is no gazetteer name of
  another kind, Kiwi does not read it as a common noun, it has no place or body ending (``data/person_stops.tsv``), and
  the article confirms it: the gazetteer names the person, or the article calls them by surname and a title
  elsewhere ("김 부사장은") or writes the full name again. Unsure: no name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefings.lexicon import _rows, entity_by_ko
from briefings.model import Analysis, Token

_BASE = 0xAC00
_LAST = 0xD7A3
_WORD_START = re.compile(r"(?<![가-힣A-Za-z0-9])[가-힣]{3}")
_AFTER_NAME = re.compile(r"(?:\([^()]{0,20}\))?(?:은|는|이|가|을|를|의|에게|과|와|,|\s|$)")
_WORD = re.compile(r"\S+")
_TITLE_GAP = 2  # words (an organisation: "한국은행", "삼성전자 DS부문") that may stand between a name and its title


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the text: the name's span, its Korean and English, the title written beside it."""

    start: int
    end: int
    ko: str
    en: str
    title: str


@cache
def _letters() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"initial": {}, "vowel": {}, "final": {}}
    for row in _rows("name_romanization.tsv"):
        if len(row) >= 3 and row[0] in out:
            out[row[0]][row[1]] = "" if row[2] == "-" else row[2]
    return out


_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = "-ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _syllable(ch: str) -> str | None:
    code = ord(ch)
    if not _BASE <= code <= _LAST:
        return None
    k = code - _BASE
    letters = _letters()
    parts = (
        letters["initial"].get(_INITIALS[k // 588]),
        letters["vowel"].get(_VOWELS[(k % 588) // 28]),
        letters["final"].get(_FINALS[k % 28]),
    )
    if any(p is None for p in parts):
        return None
    return "".join(p for p in parts if p)


def romanize_given(given: str) -> str | None:
    """ "재현" -> "Jae-hyeon"; None for anything not all Hangul syllables."""
    said = [_syllable(ch) for ch in given]
    if not said or any(s is None for s in said):
        return None
    joined = "-".join(s for s in said if s)
    return joined[:1].upper() + joined[1:]


@cache
def surnames() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("surnames.tsv") if len(r) >= 2}


def split_name(ko: str) -> tuple[str, str] | None:
    """(surname, given name) of a three- or four-syllable Korean name, else None; a two-syllable surname first."""
    names = surnames()
    if len(ko) == 4 and ko[:2] in names:
        return ko[:2], ko[2:]
    if len(ko) == 3 and ko[:1] in names:
        return ko[:1], ko[1:]
    return None


def person_en(ko: str) -> str | None:
    """The English of a Korean person's name: the gazetteer's, else "Surname Given-name", else None."""
    known = entity_by_ko().get(ko)
    if known is not None:
        return known.en if known.type == "person" else None
    parts = split_name(ko)
    if parts is None:
        return None
    given = romanize_given(parts[1])
    return None if given is None else f"{surnames()[parts[0]]} {given}"


@cache
def titles() -> tuple[str, ...]:
    return tuple(sorted((r[0] for r in _rows("person_titles.tsv") if r), key=len, reverse=True))


@cache
def _stop_endings() -> tuple[str, ...]:
    return tuple(r[1] for r in _rows("person_stops.tsv") if len(r) >= 2 and r[0] == "ending")


def _title_of(word: str) -> str | None:
    """The title a word is or ends with ("신약개발본부장(부사장)은" -> "본부장"), particles and asides set aside."""
    core = re.sub(r"\([^()]*\)", "", word)
    core = re.sub(r"(?:은|는|이|가|을|를|의|에게|과|와|으로|로|,)$", "", core)
    for t in titles():
        if core.endswith(t):
            return t
    return None


def _common_noun(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether Kiwi reads the word at [start, end) as a common noun or another word of its own (not a name)."""
    for t in tokens:
        if t.start == start and t.end >= end:
            return t.tag != "NNP"
        if t.start == start:
            return t.tag != "NNP"  # the name split in pieces ("김/재/현"): a name when its surname is a proper noun
    return False


def _confirmed(text: str, ko: str, at: int) -> bool:
    """Whether the article calls the person by surname and a title ("김 부사장은") or writes the name again."""
    if text.find(ko, at + len(ko)) >= 0 or text.rfind(ko, 0, at) >= 0:
        return True
    parts = split_name(ko)
    if parts is None:
        return False
    for m in re.finditer(rf"(?<![가-힣]){re.escape(parts[0])} (\S+)", text):
        if _title_of(m.group(1)) is not None:
            return True
    return False


def _tokens_of(analysis: Analysis, at: int) -> tuple[Token, ...]:
    for s, toks in zip(analysis.sentences, analysis.tokens, strict=False):
        if s.start <= at < s.end:
            return toks
    return ()


def people(text: str, analysis: Analysis, lo: int, hi: int) -> list[Person]:
    """The persons named beside a title in ``text[lo:hi]``, in order."""
    out: list[Person] = []
    by_ko = entity_by_ko()
    for m in _WORD_START.finditer(text, lo, hi):
        at = m.start()
        for size in (4, 3):  # a two-syllable surname's name first ("남궁민수"), then "김재현(은)"
            ko = text[at : at + size]
            end = at + size
            if len(ko) < size or split_name(ko) is None or end > hi or not _AFTER_NAME.match(text, end):
                continue
            known = by_ko.get(ko)
            if known is not None and known.type != "person":
                break
            title = _title_near(text, at, end, hi)
            en = person_en(ko)
            if title is None or en is None:
                continue
            if known is None and (
                ko.endswith(_stop_endings())
                or _common_noun(_tokens_of(analysis, at), at, end)
                or not _confirmed(text, ko, at)
            ):
                continue
            out.append(Person(at, end, ko, en, title))
            break
    return out


def _title_near(text: str, start: int, end: int, hi: int) -> str | None:
    """The title right after the name (up to two words between: "이창용 한국은행 총재") or right before it
    ("한국은행 총재 이창용은")."""
    before = text[max(0, start - 12) : start].split()
    if before and _title_of(before[-1]) == before[-1]:
        return before[-1]
    if text.startswith("(", end):  # "김재현(52) 부사장": an age or an aside before the title
        close = text.find(")", end)
        end = close + 1 if 0 < close - end <= 20 else end
    if end < hi and not text[end].isspace():
        return None  # "김재현은 …": no title beside it after (nor before)
    after = [w for w in _WORD.finditer(text, end, hi)][: _TITLE_GAP + 1]
    for w in after:
        title = _title_of(w.group())
        if title is not None:
            return title
        if re.search(r"(?:은|는|이|가|을|를|에게|,)$", w.group()):
            break  # the clause goes on: no title of this name
    return None


_REFERENCE = re.compile(r"([가-힣]{1,2}) (\S+)")  # "김 부사장은", "백 대표는": a person called by surname and title


def referred(text: str, analysis: Analysis, at: int) -> str | None:
    """Who "김 부사장은" at ``at`` is: the one person of that surname named beside a title before it, else None."""
    m = _REFERENCE.match(text, at)
    if m is None or m.group(1) not in surnames() or _title_of(m.group(2)) is None:
        return None
    named = {p.en for p in people(text, analysis, 0, at) if split_name(p.ko) and split_name(p.ko)[0] == m.group(1)}
    return named.pop() if len(named) == 1 else None


def first_person(text: str, analysis: Analysis, lo: int, hi: int) -> Person | None:
    """The first person named in ``text[lo:hi]``: by name beside a title, or by surname and title ("김 부사장은")
    when the article named them before."""
    named = people(text, analysis, lo, hi)
    for m in _REFERENCE.finditer(text, lo, hi):
        if named and named[0].start < m.start():
            break
        if m.start() > lo and not text[m.start() - 1].isspace():
            continue
        who = referred(text, analysis, m.start())
        if who is not None:
            return Person(m.start(), m.start() + len(m.group(1)), m.group(1), who, _title_of(m.group(2)) or "")
    return named[0] if named else None
