"""The key-figure table shows the normalized value exactly, with its unit, range and qualifier."""

from __future__ import annotations

from typing import Any

from briefings import Figure
from tests.tui.conftest import wait_for_workers
from tui.widgets.figure_table import column_widths, figure_header_text, figure_row_cells, figure_row_text, format_value


def figure(**kw: object) -> Figure:
    base: dict[str, object] = dict(surface="560만 달러", start=0, end=7, sentence=0, kind="money",
                                   value=5_600_000.0, unit="USD", en="US$5.6 million")
    base.update(kw)
    return Figure(**base)  # type: ignore[arg-type]


def test_values_are_not_rounded() -> None:
    assert format_value(figure()) == "5,600,000 USD"
    assert format_value(figure(value=0.1234, unit="%", kind="percent")) == "0.1234%"
    assert format_value(figure(value=589e9, high=600e9)) == "589,000,000,000–600,000,000,000 USD"
    assert format_value(figure(value=24.0, unit="x", kind="multiple", qualifier="at_least")) == "≥ 24x"
    assert format_value(figure(value=2048.0, unit="count", kind="count", counter="개")) == "2,048 개"
    assert format_value(figure(value="2025-01-27", unit="date", kind="date")) == "2025-01-27"


def test_partial_dates_and_durations_read_as_values() -> None:
    """A day or month whose year the text does not give shows its unknown parts, never '---25'."""
    assert format_value(figure(value="---25", unit="date", kind="date")) == "????-??-25"
    assert format_value(figure(value="--10", high="--11", unit="date", kind="date")) == "????-10–????-11"
    assert format_value(figure(value="--Q4", unit="date", kind="date")) == "????-Q4"
    assert format_value(figure(value=53.0, unit="duration", kind="quantity", counter="개월")) == "53 개월"


def test_columns_fit_header_and_cells() -> None:
    rows = [figure_row_cells(figure()), figure_row_cells(figure(surface="17%", en="17%", value=17.0, unit="%"))]
    widths = column_widths(rows, 80)
    assert figure_header_text(widths).plain.startswith("원문 Korean │ English")
    assert figure_row_text(rows[0], widths).plain == "560만 달러  │ US$5.6 million │ 5,600,000 USD"


def test_a_claim_cell_says_the_side_not_the_sentence() -> None:
    from briefings import Mention
    from tui.widgets.comparison_table import mention_cell

    said = Mention(article="a", path="a.txt", sentence=1, text="딥시크는 엔비디아 GPU 없이 개발했다.",
                   polarity=True, side="without NVIDIA's high-end chips")
    hedged = Mention(article="a", path="a.txt", sentence=2, text="H100을 썼을 가능성도 있다.",
                     polarity=False, side="used or holds NVIDIA GPUs", hedged=True)
    assert mention_cell([said, said]) == "without NVIDIA's high-end chips"
    assert mention_cell([hedged]) == "used or holds NVIDIA GPUs (hedged)"


async def test_briefing_panel_highlights_figures_in_both_languages(app: Any) -> None:
    from tui.widgets.briefing_panel import BriefingPanel

    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        panel = app.reader.query_one(BriefingPanel)
        marked: dict[str, set[str]] = {}
        for block in panel._blocks:
            for span in block.spans:
                style = span.style if not isinstance(span.style, str) else None
                if style is not None and style.underline:
                    marked.setdefault(block.plain[:2], set()).add(block.plain[span.start : span.end])
        assert "17%" in marked.get("• ", set())  # the Korean summary sentence and the English line
        english = [b for b in panel._blocks if b.plain.startswith("• Line")]
        assert any("US$589 billion" in {b.plain[s.start : s.end] for s in b.spans} for b in english)
