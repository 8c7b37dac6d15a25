"""ComparisonTable: topics as rows, sources as columns, each cell a source's figure or statement.

Status is shown twice over: by colour and by a glyph and word (✓ agree,
✗ disagree, · single, – related, ≈ grouped), so it survives NO_COLOR and 16 colours.
Every cell is a ``rich.text.Text`` (DataTable parses plain strings as markup).

Column headers are the outlets (``Article.outlet_en`` or ``outlet``), else the article's short id,
never a first line of the text; two articles of one outlet get their short ids added.  The topic
and status columns stay fixed while the sources scroll sideways, so 18 or more sources stay
readable; the full label of a topic is in the detail line under the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ..messages import CellChosen
from ..text import one_line
from .component_style import foreground_style

if TYPE_CHECKING:
    from briefings import Article, Mention, Topic

STATUS_LABELS = {
    "agree": "✓ agree",
    "disagree": "✗ disagree",
    "single": "· single",
    "grouped": "≈ grouped",
    "related": "– related",
}
CELL_WIDTH = 24  # the narrowest a source column gets (with a few sources)
NARROW_CELL_WIDTH = 14  # ... and with many: the table scrolls sideways under the fixed columns
MANY_SOURCES = 6
MAX_CELL_WIDTH = 48
TOPIC_WIDTH = 30
STATUS_WIDTH = 11


def cell_width(sources: int) -> int:
    return CELL_WIDTH if sources <= MANY_SOURCES else NARROW_CELL_WIDTH


def topic_column_width(total: int, sources: int) -> int:
    """The topic column: wider when the sources leave room."""
    spare = total - STATUS_WIDTH - sources * (cell_width(sources) + 2) - 6
    return max(TOPIC_WIDTH, min(48, spare))


def source_column_width(total: int, sources: int) -> int:
    """Source columns share what the topic and status columns leave, within sensible bounds."""
    if sources <= 0:
        return CELL_WIDTH
    room = total - topic_column_width(total, sources) - STATUS_WIDTH - 2 * (sources + 2)
    return max(cell_width(sources), min(MAX_CELL_WIDTH, room // sources))


def short_id(article_id: str) -> str:
    """ "001" for "001_c6739ddf1ef4380d"; the id itself when it has no such prefix."""
    return one_line(article_id.split("_", 1)[0] or article_id)


def source_name(article: Article, width: int = CELL_WIDTH) -> str:
    """A column header: the outlet, else the article's short id (never the text's first line), shortened."""
    name = one_line(article.outlet_en or article.outlet or "") or short_id(article.id)
    return name if len(name) <= width else name[: width - 1] + "…"


def source_names(sources: Sequence[Article], width: int = CELL_WIDTH) -> list[str]:
    """Column headers for ``sources``: outlets, with the short id added where two articles share one."""
    outlets = [one_line(a.outlet_en or a.outlet or "") for a in sources]
    names = []
    for article, outlet in zip(sources, outlets, strict=True):
        sid = short_id(article.id)
        if not outlet:
            name = sid
        elif outlets.count(outlet) > 1:
            room = max(1, width - len(sid) - 1)
            name = (outlet if len(outlet) <= room else outlet[: room - 1] + "…") + " " + sid
        else:
            name = outlet
        names.append(name if len(name) <= width else name[: width - 1] + "…")
    return names


def mention_cell(mentions: Sequence[Mention]) -> str:
    """What a cell says: the figures' Korean surfaces, else the side a statement takes, else its start."""
    parts: list[str] = []
    for mention in mentions:
        if mention.surface:
            part = one_line(mention.surface)
        elif mention.side:  # a claim: "without NVIDIA's high-end chips", "matches", "fell"
            part = one_line(mention.side) + (" (hedged)" if mention.hedged else "")
        else:
            part = one_line(mention.text)
            if mention.polarity is False:
                part = "not: " + part
        if part not in parts:  # one source saying the same thing twice is one cell entry
            parts.append(part)
    return "; ".join(parts)


class ComparisonTable(DataTable[Text]):
    """The comparison grid; enter opens the cell's sentence in the reader."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("h", "cursor_left", "Left", show=False),
        Binding("l", "cursor_right", "Right", show=False),
        Binding("enter", "open_cell", "Open in reader"),
    ]

    DEFAULT_CSS = """
    ComparisonTable > .comparison--related { color: $text-muted; text-style: italic; }
    """

    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES | {
        "comparison--agree",
        "comparison--disagree",
        "comparison--single",
        "comparison--grouped",
        "comparison--related",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="cell", zebra_stripes=True, fixed_columns=2)
        self.topics: list[Topic] = []
        self.sources: list[Article] = []

    def show(self, topics: Sequence[Topic], sources: Sequence[Article]) -> None:
        """Fill the grid (plain Text cells only)."""
        self.topics = list(topics)
        self.sources = list(sources)
        self.clear(columns=True)
        total = self.size.width or self.app.size.width
        self.add_column(Text("Topic"), width=topic_column_width(total, len(self.sources)), key="topic")
        self.add_column(Text("Status"), width=STATUS_WIDTH, key="status")
        width = source_column_width(total, len(self.sources))
        for index, name in enumerate(source_names(self.sources, width)):
            self.add_column(Text(name), width=width, key=f"s{index}")
        by_id = {a.id: i for i, a in enumerate(self.sources)}
        for t, topic in enumerate(self.topics):
            status = Text(STATUS_LABELS.get(topic.status, one_line(topic.status)))
            status.stylize(foreground_style(self, f"comparison--{topic.status}"))
            label = one_line(topic.label_en or topic.label_ko)
            cells: list[list[Mention]] = [[] for _ in self.sources]
            for mention in topic.mentions:
                if mention.article in by_id:
                    cells[by_id[mention.article]].append(mention)
            row: list[Text] = [Text(label, overflow="ellipsis", no_wrap=True), status]
            for mentions in cells:
                cell = Text(mention_cell(mentions) or "—")
                if mentions:
                    cell.stylize(foreground_style(self, f"comparison--{topic.status}"))
                row.append(cell)
            self.add_row(*row, key=f"t{t}")

    def cell_mentions(self) -> list[Mention]:
        """The mentions under the cursor (empty on the topic/status columns)."""
        row, column = self.cursor_coordinate.row, self.cursor_coordinate.column
        if not (0 <= row < len(self.topics)) or column < 2:
            return []
        source = column - 2
        if source >= len(self.sources):
            return []
        article_id = self.sources[source].id
        return [m for m in self.topics[row].mentions if m.article == article_id]

    def current_topic(self) -> Topic | None:
        row = self.cursor_coordinate.row
        return self.topics[row] if 0 <= row < len(self.topics) else None

    def action_open_cell(self) -> None:
        mentions = self.cell_mentions()
        if not mentions:
            topic = self.current_topic()
            mentions = list(topic.mentions[:1]) if topic is not None else []
        if mentions:
            m = mentions[0]
            self.post_message(CellChosen(m.article, m.sentence, m.figure))
