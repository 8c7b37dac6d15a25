"""On the five bundled seeds: every key figure of issue #2 is found, and no non-figure is."""

from __future__ import annotations

from functools import lru_cache

import pytest

from briefings import Article, load_paths
from briefings.analysis.figures import extract_figures
from briefings.analysis.nlp import analyse
from briefings.model import Figure

# The seeds' own dates (003 from its Yonhap byline, 004 from its blog header); given here so this
# test checks the figure parser, not ingest's date reading.
ARTICLE_DATES = {"000": None, "001": None, "002": None, "003": "2025-02-01", "004": "2025-01-28"}

Row = tuple[str, str, object, object, str, "str | None"]


@lru_cache(maxsize=1)
def seeds() -> dict[str, Article]:
    articles, errors = load_paths([])
    assert not errors
    return {a.path.rsplit("/", 1)[-1][:3]: a for a in articles}


def seed_figures(key: str) -> tuple[Figure, ...]:
    article = seeds()[key]
    found = extract_figures(article.text, analyse(article.text).sentences, ARTICLE_DATES[key])
    for fig in found:
        assert article.text[fig.start : fig.end] == fig.surface
    return found


def rows(found: tuple[Figure, ...]) -> list[Row]:
    return [(f.surface, f.kind, f.value, f.high, f.unit, f.qualifier) for f in found]


def test_seed_000_market_forecast() -> None:
    assert rows(seed_figures("000")) == [
        ("60억 달러", "money", 6e9, None, "USD", None),
        ("2030년까지", "date", "2030", None, "date", "by"),
        ("1430억 달러", "money", 1.43e11, None, "USD", None),
        ("24배 이상", "multiple", 24.0, None, "x", "at_least"),
    ]


def test_seed_001_costs_gpus_and_the_crash() -> None:
    found = seed_figures("001")
    assert rows(found) == [
        ("2024년 말", "date", "2024", None, "date", None),
        ("560만 달러", "money", 5.6e6, None, "USD", None),
        ("2048개", "count", 2048.0, None, "count", None),
        ("5만 개", "count", 50000.0, None, "count", None),
        ("560만 달러", "money", 5.6e6, None, "USD", None),
        ("2025년 1월 27일", "date", "2025-01-27", None, "date", None),
        ("17%", "percent", 17.0, None, "%", None),
        ("3%", "percent", 3.0, None, "%", None),
        ("1조 달러 이상", "money", 1e12, None, "USD", "at_least"),
        ("5,890억~6,000억 달러", "money", 5.89e11, 6e11, "USD", None),
        ("다음 날", "date", "2025-01-28", None, "date", None),
        ("9%", "percent", 9.0, None, "%", None),
        ("2024년 가을", "date", "2024", None, "date", None),
    ]
    en = {f.surface: f.en for f in found}
    assert en["2048개"] == "2,048 GPUs"
    assert en["5만 개"] == "50,000 GPUs"
    assert en["5,890억~6,000억 달러"] == "US$589-600 billion"
    assert en["1조 달러 이상"] == "at least US$1 trillion"
    assert en["2024년 말"] == "late 2024"
    assert en["2024년 가을"] == "autumn 2024"


def test_seed_002_cost_in_two_currencies_and_no_faq_numbers() -> None:
    found = seed_figures("002")
    assert rows(found) == [
        ("약 560만 달러", "money", 5.6e6, None, "USD", "approx"),
        ("약 80억 원", "money", 8e9, None, "KRW", "approx"),
        ("17%", "percent", 17.0, None, "%", None),
    ]
    assert [f.en for f in found] == ["about US$5.6 million", "about ₩8 billion", "17%"]


def test_seed_003_relative_dates_and_no_stock_codes() -> None:
    found = seed_figures("003")
    assert rows(found) == [
        ("지난달 20일", "date", "2025-01-20", None, "date", None),
        ("같은 달 27일", "date", "2025-01-27", None, "date", None),
        ("17%", "percent", 17.0, None, "%", None),
        ("846조원", "money", 8.46e14, None, "KRW", None),
        ("지난 달 31일", "date", "2025-01-31", None, "date", None),
        ("지난달 31일", "date", "2025-01-31", None, "date", None),
        ("6.13%", "percent", 6.13, None, "%", None),
        ("7.27%", "percent", 7.27, None, "%", None),
        ("11.24%", "percent", 11.24, None, "%", None),
        ("4.25%", "percent", 4.25, None, "%", None),
    ]
    assert {f.surface: f.en for f in found}["846조원"] == "₩846 trillion"


def test_seed_003_without_its_date_keeps_only_what_needs_no_guess() -> None:
    article = seeds()["003"]
    found = extract_figures(article.text, analyse(article.text).sentences, None)
    # without the article's date a date keeps only what the text says ("---20": the 20th)
    assert all(f.kind != "date" or str(f.value).startswith("--") for f in found)
    assert len([f for f in found if f.kind != "date"]) == 6


def test_seed_004_less_than_and_vague_amounts() -> None:
    found = seed_figures("004")
    money = [r for r in rows(found) if r[1] == "money"]
    assert money == [("100억 원도 채 들지 않은", "money", 1e10, None, "KRW", "less_than")]
    surfaces = [f.surface for f in found]
    assert not any("1000" in s or "수십" in s for s in surfaces)  # "(예: 1000)", "수십조 원"


@pytest.mark.parametrize("key", sorted(ARTICLE_DATES))
def test_seed_figures_lie_in_their_sentences(key: str) -> None:
    article = seeds()[key]
    sentences = analyse(article.text).sentences
    starts = [s.start for s in sentences] + [len(article.text)]
    for fig in extract_figures(article.text, sentences, ARTICLE_DATES[key]):
        assert starts[fig.sentence] <= fig.start < starts[fig.sentence + 1]
