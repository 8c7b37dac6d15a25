"""ComparisonScreen: every source side by side by topic, with agree/disagree/single verdicts.

Until the core's comparison finds topics, the figures of all sources are
grouped by kind and unit ("≈ grouped") so the view is never empty; those
groups carry no verdict.  After the topics come the related figures (facts
whose key is incomplete: "– related", no verdict).  When the folder holds
several stories, ``s`` cycles a story filter (all stories, then each one):
the rows and the source columns are that story's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from ..messages import CellChosen
from ..text import one_line
from ..widgets.comparison_table import STATUS_LABELS, ComparisonTable, source_names

if TYPE_CHECKING:
    from briefings import Article, Briefing, Comparison, Story, Topic

    from ..app import BriefApp

KIND_LABELS = {
    "money": "Amounts of money",
    "percent": "Percentages",
    "count": "Counts",
    "multiple": "Multiples",
    "date": "Dates",
    "quantity": "Quantities",
}


def sentence_or_surface(briefing: Briefing, sentence: int, surface: str) -> str:
    if 0 <= sentence < len(briefing.analysis.sentences):
        return briefing.sentence_text(sentence)
    return surface


def grouped_figure_topics(briefings: Sequence[Briefing]) -> list[Topic]:
    """Stand-in topics: every figure of every source, grouped by kind and unit (no verdict)."""
    from briefings import Mention, Topic

    groups: dict[tuple[str, str], list[Mention]] = {}
    for briefing in briefings:
        for index, figure in enumerate(briefing.figures):
            groups.setdefault((figure.kind, figure.unit), []).append(
                Mention(
                    article=briefing.article.id,
                    path=briefing.article.path,
                    sentence=figure.sentence,
                    text=sentence_or_surface(briefing, figure.sentence, figure.surface),
                    surface=figure.surface,
                    value=figure.value,
                    high=figure.high,
                    unit=figure.unit,
                    qualifier=figure.qualifier,
                    figure=index,
                )
            )
    topics = []
    for (kind, unit), mentions in sorted(groups.items()):
        sources = {m.article for m in mentions}
        label = KIND_LABELS.get(kind, kind) + (f" ({unit})" if unit and unit not in ("count", "date", "%", "x") else "")
        topics.append(
            Topic(
                id=f"group:{kind}:{unit}",
                label_ko=label,
                label_en=label,
                status="single" if len(sources) == 1 else "grouped",
                reason="figures grouped by kind and unit; no verdict",
                mentions=tuple(mentions),
            )
        )
    return topics


class ComparisonScreen(Screen[None]):
    """Sources side by side."""

    BINDINGS = [
        Binding("c", "copy_comparison", "Copy comparison"),
        Binding("y", "copy_cell", "Copy cell"),
        Binding("s", "next_story", "Story filter"),
    ]

    def __init__(self) -> None:
        super().__init__(id="comparison")
        self.grouped = False
        self.story_filter: str | None = None  # a Story.id, or None for every story

    @property
    def brief_app(self) -> BriefApp:
        return cast("BriefApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static("", id="comparison-title", markup=False)
        yield ComparisonTable(id="comparison-table")
        yield Static("", id="comparison-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_comparison()

    def on_screen_resume(self) -> None:
        self.refresh_comparison()
        self.query_one(ComparisonTable).focus()

    def stories(self) -> list[Story]:
        comparison = self.brief_app.state.comparison
        return list(comparison.stories) if comparison is not None and len(comparison.stories) > 1 else []

    def refresh_comparison(self) -> None:
        """Show the comparison the app has (or the stand-in groups, or what is still missing)."""
        state = self.brief_app.state
        title = self.query_one("#comparison-title", Static)
        table = self.query_one(ComparisonTable)
        comparison: Comparison | None = state.comparison
        briefings = state.ordered_briefings()
        sources: list[Article] = [b.article for b in briefings]
        stories = self.stories()
        if self.story_filter not in {s.id for s in stories}:
            self.story_filter = None
        if comparison is not None and (comparison.topics or comparison.related):
            self.grouped = False
            topics = [*comparison.topics, *comparison.related]
            sources = list(comparison.articles)
            heading = f"Comparison: {len(comparison.topics)} topics across {len(comparison.articles)} sources"
            if comparison.related:
                heading += f", {len(comparison.related)} groups of related figures (no verdict)"
            if stories:
                heading += f", {len(stories)} stories"
            story = next((s for s in stories if s.id == self.story_filter), None)
            if story is not None:
                members = set(story.articles)
                topics = [t for t in topics if t.story == story.id]
                sources = [a for a in sources if a.id in members]
                heading += f"  |  story {story.id}: {one_line(story.label_en)} (s: next story)"
            elif stories:
                heading += "  |  all stories (s: one story)"
        else:
            self.grouped = True
            topics = grouped_figure_topics(briefings)
            heading = f"Key figures across {len(sources)} sources, grouped by kind (no comparison topics yet)"
        if not state.finished:
            heading += f"  (analysing {len(state.briefings) + len(state.failures)}/{len(state.articles)}…)"
        elif state.comparison is None and state.comparison_error is None and len(state.articles) > 0:
            heading += "  (comparing…)"
        if state.comparison_error:
            heading += "  comparison failed: " + one_line(state.comparison_error)
        title.update(Text(heading))
        keep = table.cursor_coordinate
        table.show(topics, sources)
        if table.row_count:
            table.move_cursor(row=min(keep.row, table.row_count - 1), column=keep.column, animate=False)
        self._show_detail()

    def _show_detail(self) -> None:
        table = self.query_one(ComparisonTable)
        detail = self.query_one("#comparison-detail", Static)
        topic = table.current_topic()
        if topic is None:
            detail.update(Text("No figures to compare yet."))
            return
        text = Text()
        text.append(one_line(topic.label_en), style="bold")
        if topic.label_ko and topic.label_ko != topic.label_en:
            text.append(" / " + one_line(topic.label_ko))
        text.append("  " + STATUS_LABELS.get(topic.status, one_line(topic.status)))
        story = next((s for s in self.stories() if s.id == topic.story), None)
        if story is not None:
            text.append(f"  [story {story.id}: {one_line(story.label_en)}]")
        if topic.reason:
            text.append("\n" + one_line(topic.reason))
        mentions = table.cell_mentions() or list(topic.mentions)
        names = dict(zip((a.id for a in table.sources), source_names(table.sources, 30), strict=True))
        for mention in mentions[:4]:
            text.append("\n" + names.get(mention.article, "?") + ": ", style="bold")
            text.append(one_line(mention.text))
            if mention.note:
                text.append("  (" + one_line(mention.note) + ")")
        if len(mentions) > 4:
            text.append(f"\n… and {len(mentions) - 4} more")
        detail.update(text)

    def action_next_story(self) -> None:
        """Cycle the story filter: every story, then each story in turn."""
        stories = self.stories()
        if not stories:
            self.app.notify("This folder holds one story.", markup=False)
            return
        ids = [None, *(s.id for s in stories)]
        at = ids.index(self.story_filter) if self.story_filter in ids else 0
        self.story_filter = ids[(at + 1) % len(ids)]
        self.refresh_comparison()

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        self._show_detail()

    def on_cell_chosen(self, message: CellChosen) -> None:
        message.stop()
        self.brief_app.open_in_reader(message.article_id, message.sentence, message.figure)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that reach the view before it is composed (`v y` in one burst) have no table to act on yet."""
        return self.is_mounted

    def action_copy_comparison(self) -> None:
        self.brief_app.copy_comparison(self.grouped)

    def action_copy_cell(self) -> None:
        table = self.query_one(ComparisonTable)
        mentions = table.cell_mentions()
        if not mentions:
            self.app.notify("Move to a source's cell to copy it.", markup=False, severity="warning")
            return
        self.brief_app.copy_text("\n".join(one_line(m.text) for m in mentions))
