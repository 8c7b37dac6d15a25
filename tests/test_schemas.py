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


def test_every_english_line_names_the_figures_it_states(brief_doc: dict[str, Any]) -> None:
    """summary.en_figures (one list per English line) and headline_figures point at real figures that hold its digits."""
    digits = __import__("re").compile(r"(?<![A-Za-z0-9-])[0-9](?:[0-9,.]*[0-9])?")  # not in names (H800, GPT-4)
    for art in brief_doc["articles"]:
        summary = art["summary"]
        assert len(summary["en_figures"]) == len(summary["en"]), art["id"]
        stated = [*zip(summary["en"], summary["en_figures"], strict=True), (art["headline_en"], art["headline_figures"])]
        for text, cited in stated:
            assert all(0 <= i < len(art["figures"]) for i in cited), (art["id"], text)
            forms = [art["figures"][i]["en"] for i in cited]
            for d in digits.findall(text):
                assert any(d in form for form in forms), (art["id"], text, d)


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


@pytest.mark.parametrize(
    "change",
    [
        {"headline_figures": [-1]},
        {"summary": {"ko": [], "en": ["x"], "en_figures": [["0"]]}},
        {"events": [{"kind": "rumour", "action": "a", "sentence": 0, "who": ["X"], "what": None, "date": None,
                     "hedged": False}]},
        {"events": [{"kind": "ban", "action": "ban", "sentence": 0, "who": [], "what": "Y", "date": None,
                     "hedged": False}]},
        {"events": [{"kind": "deal", "action": "contract", "sentence": 0, "who": ["X"], "what": None, "date": None,
                     "hedged": False, "amount": [-1]}]},
    ],
)
def test_schema_rejects_bad_english_references(change: dict[str, Any]) -> None:
    doc = brief_with(FIGURE)
    doc["articles"][0].update(change)
    with pytest.raises(jsonschema.ValidationError):
        validator("brief").validate(doc)


def test_schema_accepts_an_event() -> None:
    doc = brief_with(FIGURE)
    doc["articles"][0]["events"] = [{"kind": "ban", "action": "ban", "sentence": 0, "who": ["Australia"],
                                     "what": "DeepSeek", "date": None, "hedged": False}]
    doc["articles"][0]["headline_figures"] = [0]
    validator("brief").validate(doc)


def test_schema_accepts_a_contract_and_a_raid_on_two_companies() -> None:
    doc = brief_with(FIGURE)
    doc["articles"][0]["events"] = [
        {"kind": "deal", "action": "contract", "sentence": 0, "who": ["SK hynix"], "what": None, "also": [],
         "detail": "an HBM3E supply", "whom": "a US client", "amount": [0], "date": None, "hedged": False},
        {"kind": "probe", "action": "raid", "sentence": 0, "who": ["prosecutors"], "what": "Naver",
         "also": ["Kakao"], "detail": None, "whom": None, "amount": [], "date": None, "hedged": False},
    ]
    validator("brief").validate(doc)


def _two_story_comparison() -> dict[str, Any]:
    """A hand-built folder of two stories with a conversion at different rates and a copying slip."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "briefings"))
    from compare_builder import fact, fig, make

    def bitcoin(article_id: str, surface: str, value: float) -> Any:
        return make(
            article_id,
            ["비트코인은 10만 달러를 돌파했다.", f"비트코인은 장중 {surface}에 거래됐다."],
            [fig(0, "10만 달러", "money", 1e5, "USD"), fig(1, surface, "money", value, "USD")],
            [
                fact(0, "Bitcoin", "crypto_price", role="threshold", date="2024-12-05", time_of_day="intraday"),
                fact(1, "Bitcoin", "crypto_price", role="level", date="2024-12-05", time_of_day="intraday"),
            ],
            date="2024-12-05",
        )

    def revenue(article_id: str, krw: str, krw_value: float) -> Any:
        return make(
            article_id,
            [f"1분기 매출은 441억 달러({krw})를 기록했다.", "주가는 5% 올랐다."],
            [
                fig(0, "441억 달러", "money", 44.1e9, "USD"),
                fig(0, krw, "money", krw_value, "KRW"),
                fig(1, "5%", "percent", 5.0, "%"),
            ],
            [
                fact(0, "NVIDIA", "revenue", role="level", date="2026-Q1"),
                fact(1, "NVIDIA", "revenue", role="conversion", date="2026-Q1", equivalent_of=0),
                fact(2, "NVIDIA", "share_price", role="change"),  # no date: a related figure
            ],
            date="2025-05-29",
        )

    arts = [
        bitcoin("c1", "1만1553달러", 11553.0),
        revenue("n1", "60조6000억원", 60.6e12),
        bitcoin("c2", "10만3328달러", 103328.0),
        revenue("n2", "61조300억원", 61.03e12),
        bitcoin("c3", "10만4088달러", 104088.0),
    ]
    doc: dict[str, Any] = json.loads(comparison_to_json(compare(arts)))
    return doc


def test_a_comparison_of_two_stories_matches_the_schema_and_says_each_topics_story() -> None:
    doc = _two_story_comparison()
    validator("compare").validate(doc)
    stories = {s["id"]: set(s["articles"]) for s in doc["stories"]}
    assert sorted(map(sorted, stories.values())) == [["c1", "c2", "c3"], ["n1", "n2"]]
    for item in [*doc["topics"], *doc["related"], *doc["article_errors"]]:
        assert {m["article"] for m in item["mentions"]} <= stories[item["story"]]
    revenue = next(t for t in doc["topics"] if t["key"]["measure"] == "revenue")
    assert revenue["key"] == {
        "subject": "NVIDIA",
        "measure": "revenue",
        "role": "level",
        "event_date": "2026-Q1",
        "time_of_day": None,
        "direction": None,
    }
    conversion = next(r for r in doc["related"] if r["kind"] == "conversion")
    assert conversion["status"] == "related" and len(conversion["rates"]) == 2
    assert any(r["reason"].startswith("No verdict: no event date") for r in doc["related"])
    (slip,) = doc["article_errors"]
    assert (slip["kind"], slip["article"], slip["mentions"][0]["surface"]) == ("scale_slip", "c1", "1만1553달러")


def test_compare_schema_rejects_a_related_figure_with_a_verdict() -> None:
    doc = _two_story_comparison()
    doc["related"][0]["status"] = "agree"
    with pytest.raises(jsonschema.ValidationError):
        validator("compare").validate(doc)


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
