"""The comparison view at 18+ sources: outlet headers, fixed topic/status columns, story filter, related rows."""

from __future__ import annotations

from collections.abc import Sequence

from briefings import Article, Briefing, Comparison, Mention, Story, Topic
from tests.tui.conftest import FakeCorpus, build_app, wait_for_workers
from tui.screens.comparison import ComparisonScreen
from tui.widgets.comparison_table import ComparisonTable, source_names

WIDE = (160, 40)


def many_articles(n: int = 20) -> list[Article]:
    out = []
    for i in range(n):
        outlet = None if i % 5 == 4 else ("연합뉴스" if i in (0, 1) else f"매체{i}")
        out.append(
            Article(
                id=f"{i:03d}_{'abcdef'[i % 6] * 8}",
                path=f"/corpus/{i:03d}.txt",
                title=f"엔비디아 주가 하락./사진 {i}",  # a first line: never a column header
                text=f"엔비디아 주가가 17% 하락했다. 비트코인은 10만 달러를 넘었다. 기사 {i}.",
                date="2025-01-28",
                outlet=outlet,
                digest=f"d{i}",
            )
        )
    return out


def mention(b: Briefing, sentence: int, surface: str) -> Mention:
    return Mention(
        article=b.article.id, path=b.article.path, sentence=sentence, text=b.sentence_text(sentence), surface=surface
    )


def two_story_compare(briefings: Sequence[Briefing]) -> Comparison:
    first, second = list(briefings[:12]), list(briefings[12:])
    stories = (
        Story("s1", "NVIDIA (2025-01-27)", "엔비디아 (2025-01-27)", tuple(b.article.id for b in first), ("NVIDIA",)),
        Story("s2", "Bitcoin (2024-12-05)", "비트코인 (2024-12-05)", tuple(b.article.id for b in second), ("Bitcoin",)),
    )
    long_label = "NVIDIA share-price fall at the close on 27 January 2025, as reported by every outlet of the story"
    topics = (
        Topic("nvidia", "엔비디아 주가 종가 기준 하락 (2025-01-27)", long_label, "agree", "All 12 sources say 17%",
              tuple(mention(b, 0, "17%") for b in first), "NVIDIA", "share_price", "2025-01-27", story="s1",
              role="change", time_of_day="close", direction="down"),
        Topic("bitcoin", "비트코인 가격 기준선", "Bitcoin price threshold", "agree", "All 8 sources say US$100,000",
              tuple(mention(b, 1, "10만 달러") for b in second), "Bitcoin", "crypto_price", story="s2",
              role="threshold"),
    )
    related = (
        Topic("related-x", "수치 (관련 수치)", "Figures (related figures)", "related", "No verdict: no subject",
              (mention(first[0], 2, "기사 0"),), kind="related", story="s1"),
    )
    return Comparison(articles=tuple(b.article for b in briefings), topics=topics, stories=stories, related=related)


def app_with_many():  # type: ignore[no-untyped-def]
    return build_app(FakeCorpus(articles=many_articles(), errors=[]), compare=two_story_compare)


def headers(table: ComparisonTable) -> list[str]:
    return [c.label.plain for c in table.columns.values()]


def test_headers_are_outlets_or_short_ids_never_first_lines() -> None:
    names = source_names(many_articles(), 14)
    assert names[0] == "연합뉴스 000" and names[1] == "연합뉴스 001"  # one outlet twice: ids added
    assert names[2] == "매체2" and names[4] == "004"  # no outlet: the short id
    assert not any("사진" in n for n in names)


async def test_eighteen_sources_keep_topic_and_status_fixed_while_scrolling_sideways() -> None:
    app = app_with_many()
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        table = app.screen.query_one(ComparisonTable)
        assert table.fixed_columns == 2
        assert headers(table)[:2] == ["Topic", "Status"] and len(headers(table)) == 22
        assert not any("사진" in h for h in headers(table))
        assert table.row_count == 3  # two topics, one row of related figures; one row each
        labels = [table.get_row_at(r)[1].plain for r in range(3)]
        assert labels == ["✓ agree", "✓ agree", "– related"]
        for _ in range(21):
            await pilot.press("l")
        await pilot.pause()
        assert table.cursor_coordinate.column == 21
        assert table.scroll_x > 0  # scrolled sideways ...
        header, first_row = (table.render_line(y).text for y in (0, 1))
        assert header.lstrip().startswith("Topic") and "Status" in header  # ... the fixed columns stay
        assert first_row.lstrip().startswith("NVIDIA share-price") and "✓ agree" in first_row
        assert "매체2" not in header  # the first sources have scrolled out of view
        detail = app.screen.query_one("#comparison-detail").render().plain  # type: ignore[attr-defined]
        assert "as reported by every outlet of the story" in detail  # the full label is reachable


async def test_s_filters_the_view_by_story() -> None:
    app = app_with_many()
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ComparisonScreen)
        table = screen.query_one(ComparisonTable)
        title = screen.query_one("#comparison-title")
        assert "2 stories" in title.render().plain  # type: ignore[attr-defined]
        await pilot.press("s")
        await pilot.pause()
        assert screen.story_filter == "s1"
        assert [table.get_row_at(r)[0].plain for r in range(table.row_count)][1] == "Figures (related figures)"
        assert len(headers(table)) == 2 + 12
        assert "story s1: NVIDIA" in title.render().plain  # type: ignore[attr-defined]
        await pilot.press("s")
        await pilot.pause()
        assert screen.story_filter == "s2" and table.row_count == 1 and len(headers(table)) == 2 + 8
        await pilot.press("s")
        await pilot.pause()
        assert screen.story_filter is None and table.row_count == 3


async def test_s_with_one_story_says_so() -> None:
    app = build_app(FakeCorpus())
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_workers(app, pilot)
        await pilot.press("v", "s")
        await pilot.pause()
        assert any("one story" in n.message for n in app._notifications)
