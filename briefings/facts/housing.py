"""A weekly housing price survey (한국부동산원 주간 아파트 가격 동향, data/housing.tsv): which place and which price
(sale or jeonse) each weekly change is of ("서울 아파트 매매가격은 전주 대비 0.12% 올라": Seoul apartment prices;
"송파구가 0.31% 올라": Songpa-gu's), and the run of weeks a change extends ("35주 연속 상승")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefings.lexicon import _rows, trie_regex


@dataclass(frozen=True)
class HousingData:
    survey_words: tuple[str, ...]
    prices: dict[str, str]  # Korean price word -> sale | jeonse
    kinds: dict[str, str]  # sale | jeonse -> English noun phrase
    places: dict[str, str]  # Korean place -> English
    place_re: re.Pattern[str]
    price_re: re.Pattern[str]
    gap_re: re.Pattern[str]
    streak_words: tuple[tuple[str, str], ...]  # (Korean word, up | down)
    span_words: tuple[str, ...]


_WORD_START = frozenset(" \t\n(\"'‘“·,")
# what may stand between a place and its figure: an administrative suffix, 평균, the apartment and price words, a
# particle, a week-on-week base, an opening parenthesis ("강남구(0.25%)")
_GAP = (
    r"^(?:시|도|특별시|지역|권)?(?:\s*평균)?(?:\s*아파트)?\s*(?P<price>{prices})?\s*(?:은|는|이|가|도|의|에서는|에서도|에서|만)?"
    r"\s*(?:\(|(?:전주|지난주|직전 주|한\s?주\s?전|일주일\s?전)\s*(?:대비|보다|에 비해|比))?\s*$"
)


@cache
def housing_data() -> HousingData:
    survey: list[str] = []
    prices: dict[str, str] = {}
    kinds: dict[str, str] = {}
    places: dict[str, str] = {}
    streak: list[tuple[str, str]] = []
    spans: list[str] = []
    for r in _rows("housing.tsv"):
        if r[0] == "survey" and len(r) >= 2:
            survey.append(r[1])
        elif r[0] == "price" and len(r) >= 3:
            prices[r[1]] = r[2]
        elif r[0] == "kind" and len(r) >= 3:
            kinds[r[1]] = r[2]
        elif r[0] == "place" and len(r) >= 3:
            places[r[1]] = r[2]
        elif r[0] == "streak" and len(r) >= 3:
            streak.append((r[2], r[1]))
        elif r[0] == "span" and len(r) >= 2:
            spans.append(r[1])
    price_pattern = trie_regex(set(prices))
    return HousingData(
        tuple(survey),
        prices,
        kinds,
        places,
        re.compile(trie_regex(set(places))),
        re.compile(price_pattern),
        re.compile(_GAP.replace("{prices}", price_pattern)),
        tuple(streak),
        tuple(spans),
    )


def is_survey(text: str) -> bool:
    """Whether an article reads as a weekly housing price survey: a survey word and a price word."""
    data = housing_data()
    return any(w in text for w in data.survey_words) and any(m.group() for m in data.price_re.finditer(text))


def subject_of(place: str, kind: str) -> str:
    return f"{housing_data().places[place]} {housing_data().kinds[kind]}"


@cache
def subjects() -> frozenset[str]:
    """Every subject a survey's change can have ("Seoul apartment prices")."""
    data = housing_data()
    return frozenset(f"{p} {k}" for p in data.places.values() for k in data.kinds.values())


def is_housing_subject(subject: str | None) -> bool:
    return subject is not None and subject in subjects()


# right after a change, the run of weeks it extends: "올라 35주 연속 상승했다", "35주째 오름세"
_STREAK = re.compile(r"^\s*(?:[가-힣]{1,4}\s+)?(?P<n>[0-9]{1,3})주\s*(?:연속|째)\s*(?:[가-힣]{1,3}\s+)?")


def streak(after: str, direction: str | None) -> tuple[int, int] | None:
    """(offset in ``after`` of the "N주" figure, N) of the run of weekly moves a change extends, written right after
    it in the same direction ("0.12% 올라 35주 연속 상승"); None when none is, or its direction is another."""
    m = _STREAK.match(after)
    if m is None or direction is None:
        return None
    rest = after[m.end() :]
    said = next((d for w, d in housing_data().streak_words if rest.startswith(w)), None)
    if said != direction:
        return None
    return m.start("n"), int(m.group("n"))


def reading(head: str, running: str | None) -> tuple[str, str, str] | None:
    """(place, price kind, English subject) of a change whose sentence reads ``head`` up to the figure: the place
    named right before the figure, the price word between them, else the nearest one before in the sentence, else
    ``running`` (the price the survey last spoke of); None when the place or the price cannot be read."""
    data = housing_data()
    found = [m for m in data.place_re.finditer(head) if m.group()]
    if not found:
        return None
    m = found[-1]
    if m.start() > 0 and head[m.start() - 1] not in _WORD_START:
        return None  # part of another word
    gap = data.gap_re.match(head[m.end() :])
    if gap is None or any(w in head[: m.start()] for w in data.span_words):
        return None  # other words between, or a longer span than the week named before ("올해 들어")
    kind: str | None = data.prices[gap.group("price")] if gap.group("price") else None
    if kind is None:
        before = [p for p in data.price_re.finditer(head[: m.start()]) if p.group()]
        kind = data.prices[before[-1].group()] if before else running
    if kind is None or kind not in data.kinds:
        return None
    return m.group(), kind, subject_of(m.group(), kind)


@cache
def aside_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words of rising, words of falling) that give the direction of places listed with bracketed figures."""
    rows = _rows("housing.tsv")
    return (
        tuple(r[2] for r in rows if r[0] == "aside" and len(r) >= 3 and r[1] == "up"),
        tuple(r[2] for r in rows if r[0] == "aside" and len(r) >= 3 and r[1] == "down"),
    )


def place_before(head: str) -> tuple[str, str] | None:
    """(Korean place, English subject of its sale prices) of a place ending ``head`` as a whole word, or None."""
    data = housing_data()
    found = [m for m in data.place_re.finditer(head) if m.group() and m.end() == len(head)]
    if not found:
        return None
    m = found[-1]
    if m.start() > 0 and head[m.start() - 1] not in _WORD_START:
        return None
    return m.group(), subject_of(m.group(), "sale")


def names_jeonse(text: str) -> bool:
    """Whether ``text`` names a jeonse price ("전셋값", "전세가격")."""
    data = housing_data()
    return any(m.group() and data.prices.get(m.group()) == "jeonse" for m in data.price_re.finditer(text))
