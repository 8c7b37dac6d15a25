"""The public JSON documents match their JSON Schemas, and the schemas catch wrong kinds and units."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from briefings import brief_many, compare, load_paths
from briefings.model import IngestError
from briefings.output.export import briefings_to_json, comparison_to_json, json_schema


@pytest.fixture(scope="module")
def brief_doc() -> dict[str, Any]:
    articles, errors = load_paths([])
    briefings = list(brief_many(articles))
    doc: dict[str, Any] = json.loads(briefings_to_json(briefings, [*errors, IngestError("x.bin", "binary file")]))
    doc["_compare"] = json.loads(comparison_to_json(compare(briefings)))
    return doc


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json_schema(name)  # type: ignore[arg-type]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_seed_briefings_match_the_schema(brief_doc: dict[str, Any]) -> None:
    doc = {k: v for k, v in brief_doc.items() if k != "_compare"}
    validator("brief").validate(doc)
    assert len(doc["articles"]) == 5
    assert doc["errors"] == [{"path": "x.bin", "error": "binary file"}]


def test_seed_comparison_matches_the_schema(brief_doc: dict[str, Any]) -> None:
    doc = brief_doc["_compare"]
    validator("compare").validate(doc)
    assert [a["id"] for a in doc["articles"]] == [a["id"] for a in brief_doc["articles"]]


def test_every_figure_span_is_exact(brief_doc: dict[str, Any]) -> None:
    for art in brief_doc["articles"]:
        for f in art["figures"]:
            assert art["text"][f["start"] : f["end"]] == f["surface"]
            assert 0 <= f["sentence"] < len(art["sentences"])


FIGURE = {"surface": "560만 달러", "start": 0, "end": 7, "sentence": 0, "kind": "money", "value": 5.6e6,
          "high": None, "unit": "USD", "qualifier": None, "en": "US$5.6 million"}


def brief_with(figure: dict[str, Any]) -> dict[str, Any]:
    return {"version": 1, "errors": [], "articles": [{
        "id": "a", "path": "a.txt", "title": "t", "date": "2025-02-01", "outlet": None, "text": "560만 달러",
        "sentences": ["560만 달러"], "figures": [figure], "summary": {"ko": [], "en": []}, "headline_en": ""}]}


def test_schema_accepts_a_good_figure() -> None:
    validator("brief").validate(brief_with(FIGURE))
    date = {**FIGURE, "kind": "date", "value": "2025-01", "unit": "date", "en": "January 2025"}
    validator("brief").validate(brief_with(date))


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "date", "unit": "date", "value": "2024-Q4", "en": "Q4 2024"},
        {"kind": "date", "unit": "date", "value": "---05", "en": "the 5th"},
        {"kind": "date", "unit": "date", "value": "--10", "high": "--11", "en": "October-November"},
        {"kind": "date", "unit": "date", "value": "2024-10-15", "high": "2024-10-17", "en": "15-17 October 2024"},
        {"kind": "quantity", "unit": "pt", "value": 234.64, "en": "234.64 points"},
        {"kind": "quantity", "unit": "pp", "value": 0.25, "en": "0.25 percentage points"},
        {"kind": "quantity", "unit": "duration", "value": 53, "counter": "개월", "en": "4 years and 5 months"},
    ],
)
def test_schema_accepts_quarters_partial_dates_points_and_durations(change: dict[str, Any]) -> None:
    validator("brief").validate(brief_with({**FIGURE, **change}))


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "amount"},  # not a kind
        {"unit": "dollars"},  # not an ISO code
        {"unit": "%"},  # money in percent
        {"kind": "percent", "unit": "USD"},
        {"kind": "date", "unit": "date", "value": "27 Jan 2025"},  # dates are ISO
        {"kind": "date", "unit": "date", "value": "2025-13"},
        {"kind": "date", "unit": "date", "value": "2025-Q5"},
        {"kind": "date", "unit": "date", "value": "--13"},
        {"kind": "quantity", "unit": "points"},
        {"kind": "count", "unit": "x"},
        {"value": "5.6e6"},  # amounts are numbers
        {"qualifier": "roughly"},
        {"start": -1},
    ],
)
def test_schema_rejects_a_bad_figure(change: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator("brief").validate(brief_with({**FIGURE, **change}))


def test_schema_requires_the_public_fields(brief_doc: dict[str, Any]) -> None:
    for key in ("title", "figures", "summary", "headline_en"):
        doc = {k: v for k, v in copy.deepcopy(brief_doc).items() if k != "_compare"}
        del doc["articles"][0][key]
        with pytest.raises(jsonschema.ValidationError):
            validator("brief").validate(doc)


def test_compare_schema_rejects_unknown_status() -> None:
    doc: dict[str, Any] = {"version": 1, "articles": [{"id": "a", "path": "a.txt", "title": "t"}], "topics": [{
        "id": "t1", "label": {"ko": "주가", "en": "share price"}, "status": "maybe", "reason": "r",
        "mentions": [{"article": "a", "path": "a.txt", "surface": "17%", "value": 17, "unit": "%", "text": "s"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        validator("compare").validate(doc)
    doc["topics"][0]["status"] = "agree"
    validator("compare").validate(doc)


def test_every_article_has_one_fact_per_figure(brief_doc: dict[str, Any]) -> None:
    for art in brief_doc["articles"]:
        assert [f["figure"] for f in art["facts"]] == list(range(len(art["figures"])))
        for fact, figure in zip(art["facts"], art["figures"], strict=True):
            if figure["kind"] == "date":
                assert (fact["role"], fact["measure"], fact["event_date"]) == ("date", "date", figure["value"])
            if fact["equivalent_of"] is not None:
                assert fact["role"] == "conversion" and fact["equivalent_of"] != fact["figure"]
    assert any(f["subject"] for art in brief_doc["articles"] for f in art["facts"])


FACT = {"figure": 0, "subject": "NVIDIA", "subject_ko": "엔비디아", "measure": "share_price", "role": "change",
        "direction": "down", "event_date": "2025-01-27", "time_of_day": "close", "equivalent_of": None, "source": None}


def test_schema_accepts_a_good_fact() -> None:
    quarter = {**FACT, "event_date": "2025-Q1", "measure": "revenue", "role": "estimate", "source": "LSEG"}
    for fact in (FACT, quarter, {**FACT, "subject": None, "subject_ko": None, "role": None, "measure": None}):
        doc = brief_with(FIGURE)
        doc["articles"][0]["facts"] = [fact]
        validator("brief").validate(doc)


@pytest.mark.parametrize(
    "change",
    [
        {"role": "guess"},
        {"measure": "price"},
        {"direction": "sideways"},
        {"event_date": "27 Jan 2025"},
        {"event_date": "2025-Q5"},
        {"time_of_day": "noon"},
        {"figure": -1},
        {"subject": ""},
    ],
)
def test_schema_rejects_a_bad_fact(change: dict[str, Any]) -> None:
    doc = brief_with(FIGURE)
    doc["articles"][0]["facts"] = [{**FACT, **change}]
    with pytest.raises(jsonschema.ValidationError):
        validator("brief").validate(doc)
    del doc["articles"][0]["facts"][0]["source"]
    with pytest.raises(jsonschema.ValidationError):
        validator("brief").validate(doc)


def test_a_partial_date_figure_has_no_event_date() -> None:
    from briefings.model import Analysis, Article, Briefing, Figure, Sentence
    from briefings.output.export import briefing_facts

    text = "5일 코스피가 내렸다."
    fig = Figure(surface="5일", start=0, end=2, sentence=0, kind="date", value="---05", unit="date", en="the 5th")
    b = Briefing(
        article=Article(id="a", path="a.txt", title="", text=text),
        analysis=Analysis((Sentence(0, len(text)),)),
        figures=(fig,),
        facts=(),
        summary_ko=(),
        headline_en="",
        summary_en=(),
    )
    assert briefing_facts(b) == [
        {"figure": 0, "subject": None, "subject_ko": None, "measure": "date", "role": "date", "direction": None,
         "event_date": None, "time_of_day": None, "equivalent_of": None, "source": None}
    ]
