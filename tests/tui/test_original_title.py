"""The headline is kept as the text's first line (its figures are the article's): shown once, highlighted."""

from __future__ import annotations

from conftest import TEXT_A, FakeCorpus, build_app, wait_for_workers

from briefings import Article
from tui.widgets.original_view import OriginalView

TITLE = "엔비디아 17% 폭락"


def screen_lines(app: object) -> list[str]:
    original = app.reader.query_one(OriginalView)  # type: ignore[attr-defined]
    return ["".join(seg.text for seg in original.render_line(y)) for y in range(original.size.height)]


async def test_headline_in_the_text_is_shown_once_with_its_figures(corpus: FakeCorpus) -> None:
    corpus.articles = [Article(id="a1", path="/corpus/a1.txt", title=TITLE, text=TITLE + "\n" + TEXT_A, digest="t1")]
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        lines = screen_lines(app)
        assert sum(TITLE in line for line in lines) == 1, lines
        original = app.reader.query_one(OriginalView)
        title_row = next(y for y in range(original.size.height) if TITLE in screen_lines(app)[y])
        figure = [seg for seg in original.render_line(title_row) if seg.text == "17%"]
        assert figure and figure[0].style is not None and figure[0].style.underline  # highlighted in the title
        assert any("엔비디아 주가가" in line for line in lines)  # the body follows


async def test_a_title_that_is_not_the_first_line_is_shown_above_the_whole_text(corpus: FakeCorpus) -> None:
    corpus.articles = [Article(id="a1", path="/corpus/a1.txt", title="다른 제목", text=TEXT_A, digest="t2")]
    app = build_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_workers(app, pilot)
        lines = screen_lines(app)
        assert sum("다른 제목" in line for line in lines) == 1
        assert any(line.strip().startswith("엔비디아 주가가 27일") for line in lines)
