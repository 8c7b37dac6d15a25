"""benchmarks/evaluate.py: its judgement of values, and a run on one corpus article when the corpus is here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import evaluate  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({"value": 17}, {"value": 16.97}, True),  # rounding
        ({"value": 16.86}, {"value": 16.97}, False),
        ({"value": 2663400000000}, {"value": 2663500000000}, False),  # 2조6634억 vs 2조6635억
        ({"value": -9.86}, {"value": 9.86}, True),  # a sign is a direction, not a value
        ({"value": 2.37}, {"value": 2.39}, False),
        ({"value": 589e9, "qualifier": "approx"}, {"value": 600e9}, True),
        ({"value": "2025-01-27"}, {"value": "2025-01-28"}, False),
        ({"value": 8, "qualifier": "more_than"}, {"value": 8.65}, True),  # a bound is an interval
        ({"value": 8, "qualifier": "more_than"}, {"value": 7.8}, False),
        ({"value": 7e12, "surface": "7조원대", "qualifier": "approx"}, {"value": 7.9705e12}, True),  # 7 to 8 trillion
        ({"value": 7e12, "surface": "7조원대", "qualifier": "approx"}, {"value": 8.1e12}, False),
        ({"value": 3.3e9, "unit": "USD"}, {"value": 4.5e12, "unit": "KRW"}, None),  # no rate in the gold: unjudged
    ],
)
def test_values_agree(a: dict[str, object], b: dict[str, object], same: bool) -> None:
    assert evaluate.values_agree(a, b) is same


@pytest.mark.skipif(not (CORPUS / "S01-a.txt").is_file(), reason="the development corpus is not beside the repository")
def test_a_run_on_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (CORPUS / "S01-a.txt").read_text("utf-8")
    pos = text.index("%")
    start = pos
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
        start -= 1
    surface = text[start : pos + 1]
    anchor = text[max(0, start - 6) : pos + 4]
    gold = {"story": "S01", "articles": [{"file": "S01-a.txt", "date": None, "outlet": None, "lead_en": "",
            "figures": [{"anchor": anchor, "surface": surface, "kind": "percent", "value": float(surface[:-1]),
                         "unit": "%", "subject": None, "measure": None, "role": None}]}]}
    (tmp_path / "S01.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert evaluate.main([str(CORPUS), str(tmp_path)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("all "))
    assert row.split()[3] == "1.000"  # the one gold figure is found


def test_no_gold_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main([str(tmp_path), str(tmp_path)]) == 2
    assert "evaluate:" in capsys.readouterr().err


def test_a_python_without_the_analyser_gets_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefings.analysis import nlp

    (tmp_path / "S01.json").write_text(json.dumps({"story": "S01", "articles": [
        {"file": "a.txt", "date": None, "outlet": None, "lead_en": "", "figures": []}]}), "utf-8")
    (tmp_path / "a.txt").write_text("제목\n엔비디아 주가가 3% 내렸다.\n", "utf-8")
    monkeypatch.setattr(nlp, "_kiwi", None)
    monkeypatch.setitem(sys.modules, "kiwipiepy", None)
    assert evaluate.main([str(tmp_path), str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("evaluate: the Korean analyser cannot be loaded") and "Traceback" not in err


def test_misses_list_a_short_briefing_with_its_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--misses names each article with 3+ attributable gold figures but fewer than 3 English lines."""
    text = (
        "엔비디아 주가 급락\n"
        "엔비디아 주가가 3% 내렸다. 엔비디아 주가는 이날 3% 하락했다. 엔비디아 주가가 3% 떨어졌다.\n"
    )
    (tmp_path / "a.txt").write_text(text, "utf-8")
    figure = {"surface": "3%", "kind": "percent", "value": 3.0, "unit": "%", "subject": "NVIDIA",
              "measure": "share_price", "role": "change", "direction": "down"}  # fmt: skip
    anchors = ["주가가 3% 내렸다", "이날 3% 하락했다", "주가가 3% 떨어졌다"]
    gold = {"story": "S01", "articles": [{"file": "a.txt", "date": None, "outlet": None, "lead_en": "",
            "figures": [{**figure, "anchor": a} for a in anchors]}]}  # fmt: skip
    (tmp_path / "S01.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert evaluate.main([str(tmp_path), str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "a.txt: short English briefing: 0 lines (+1 headline) for 3 attributable figures" in out
    assert "articles with 3+ attributable figures but < 3 lines: 1 of 1" in out


@pytest.mark.parametrize(
    ("line", "name", "named"),
    [
        ("Apartment prices rose 0.41% in Songpa-gu in the week.", "Songpa-gu apartments", True),
        ("The 3-year Korea Treasury bond yield fell 4.1bp.", "Korea 3-year treasury bond", True),
        ("Memory chip exports rose 12%.", "memory chips", True),
        ("Apartment prices rose 0.41% in Gangnam-gu.", "Songpa-gu apartments", False),  # another district
        ("Greater Seoul apartment prices rose 0.1%.", "capital-area apartments", False),  # another name
    ],
)
def test_a_line_names_a_subject_of_several_words_in_any_order(line: str, name: str, named: bool) -> None:
    assert evaluate._mentions(line, name) is named
