"""A fixed corpus and fake core for the reader's tests (deterministic: no Kiwi, no cache).

The fake core keeps to the real API's shapes (``load(paths, max_bytes=)``,
``brief_many(articles, progress=None, cache=None)``, ``compare(briefings)``) and
builds real ``briefings`` model objects, so the app under test is the real
app; only the analysis is canned.  Two articles are hostile (markup in the
title and text), one fails to brief, one file is skipped at ingest.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from briefings import (
    Analysis,
    Article,
    Briefing,
    BriefLine,
    Comparison,
    Figure,
    IngestError,
    Mention,
    Sentence,
    Topic,
)
from tui.app import BriefApp, make_app

HOSTILE_TITLE = "[@click=app.quit]x[/]"

TEXT_A = (
    "엔비디아 주가가 27일 하루에만 17% 폭락했다. 시가총액 5890억 달러가 증발했다. "
    "딥시크는 개발비로 560만 달러를 썼다고 밝혔다. 전문가들은 신중한 입장이다."
)
TEXT_B = (
    "[bold red]경고[/bold red] 딥시크는 [/단독] 구형 GPU 2048개로 모델을 만들었다. "
    "엔비디아 주가는 17% 내렸다. 나스닥은 3% 하락했다."
)
TEXT_C = "이 기사는 분석 중에 오류가 난다. 그래도 원문은 보인다."

# surface -> (kind, value, unit, English)
FIGURES: dict[str, list[tuple[str, str, float, str, str]]] = {
    "a1": [
        ("17%", "percent", 17.0, "%", "17%"),
        ("5890억 달러", "money", 589_000_000_000.0, "USD", "US$589 billion"),
        ("560만 달러", "money", 5_600_000.0, "USD", "US$5.6 million"),
    ],
    "b2": [
        ("2048개", "count", 2048.0, "count", "2,048"),
        ("17%", "percent", 17.0, "%", "17%"),
        ("3%", "percent", 3.0, "%", "3%"),
    ],
}


def corpus_articles() -> list[Article]:
    return [
        Article(id="a1", path="/corpus/a1.txt", title="엔비디아 17% 폭락", text=TEXT_A,
                date="2025-01-28", outlet="연합뉴스", outlet_en="Yonhap", digest="a1-v1"),
        Article(id="b2", path="/corpus/b2.txt", title=HOSTILE_TITLE, text=TEXT_B,
                date=None, outlet="[bold]Outlet[/]", digest="b2-v1"),
        Article(id="c3", path="/corpus/c3.txt", title="실패하는 기사", text=TEXT_C, digest="c3-v1"),
    ]


def corpus_errors() -> list[IngestError]:
    return [IngestError(path="/corpus/[red]binary[x].bin", error="binary file (not text)")]


def split_sentences(text: str) -> tuple[Sentence, ...]:
    sentences = []
    start = 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        sentences.append(Sentence(start, end))
        start = end + 1 if end < len(text) else end
    return tuple(sentences)


def fake_briefing(article: Article) -> Briefing:
    sentences = split_sentences(article.text)
    figures: list[Figure] = []
    for surface, kind, value, unit, en in FIGURES.get(article.id, []):
        start = article.text.find(surface)
        assert start >= 0, surface
        sentence = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
        figures.append(Figure(surface=surface, start=start, end=start + len(surface), sentence=sentence,
                              kind=kind, value=value, unit=unit, en=en,
                              counter="개" if kind == "count" else None))
    lines = tuple(
        BriefLine(text=f"Line {i + 1} [b]{article.id}[/b] says {f.en}.", sentences=(f.sentence,), figures=(i,))
        for i, f in enumerate(figures)
    )
    return Briefing(
        article=article,
        analysis=Analysis(sentences=sentences, tokens=tuple(() for _ in sentences)),
        figures=tuple(figures),
        facts=(),
        summary_ko=tuple(range(min(2, len(sentences)))),
        headline_en=f"Headline of {article.id}: [i]markup stays literal[/i]",
        summary_en=lines,
    )


def fake_brief_many(articles: Iterable[Article], progress: Any = None, cache: Any = None) -> Iterator[Briefing]:
    for article in articles:
        if article.id == "c3":
            raise RuntimeError("analysis blew up [bold]here[/]")
        yield fake_briefing(article)


def fake_compare(briefings: Sequence[Briefing]) -> Comparison:
    by_id = {b.article.id: b for b in briefings}
    topics: list[Topic] = []
    if "a1" in by_id and "b2" in by_id:
        a, b = by_id["a1"], by_id["b2"]
        topics.append(Topic(
            id="nvidia-fall", label_ko="엔비디아 주가 하락", label_en="NVIDIA share-price fall",
            status="agree", reason="both say 17%",
            mentions=(
                Mention(article="a1", path=a.article.path, sentence=0, text=a.sentence_text(0),
                        surface="17%", value=17.0, unit="%", figure=0),
                Mention(article="b2", path=b.article.path, sentence=1, text=b.sentence_text(1),
                        surface="17%", value=17.0, unit="%", figure=1),
            ),
        ))
    if "a1" in by_id:
        a = by_id["a1"]
        topics.append(Topic(
            id="cost", label_ko="개발비", label_en="DeepSeek development cost", status="single",
            reason="one source", mentions=(
                Mention(article="a1", path=a.article.path, sentence=2, text=a.sentence_text(2),
                        surface="560만 달러", value=5_600_000.0, unit="USD", figure=2),
            ),
        ))
    return Comparison(articles=tuple(b.article for b in briefings), topics=tuple(topics))


@dataclass
class FakeCorpus:
    """A loader whose answer a test can change between loads (for `R`)."""

    articles: list[Article] = field(default_factory=corpus_articles)
    errors: list[IngestError] = field(default_factory=corpus_errors)
    loads: int = 0

    def load(self, paths: Sequence[str], max_bytes: int = 5_000_000) -> tuple[list[Article], list[IngestError]]:
        self.loads += 1
        return list(self.articles), list(self.errors)


@pytest.fixture
def corpus() -> FakeCorpus:
    return FakeCorpus()


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch a real clipboard: the system one 'fails', so OSC 52 (app.clipboard) is used."""
    monkeypatch.setattr("tui.clipboard.copy_to_system_clipboard", lambda text: False)


@pytest.fixture(autouse=True)
def private_export_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never export into the real ~/.local/share: 'e' writes under the test's own XDG_DATA_HOME."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path / "xdg-data" / "deepseek-brief" / "exports"


def build_app(corpus: FakeCorpus, **kwargs: Any) -> BriefApp:
    return make_app([], use_cache=False, load=kwargs.pop("load", corpus.load),
                    brief_many=kwargs.pop("brief_many", fake_brief_many),
                    compare=kwargs.pop("compare", fake_compare), **kwargs)


@pytest.fixture
def app(corpus: FakeCorpus) -> BriefApp:
    return build_app(corpus)


async def wait_for_workers(app: BriefApp, pilot: Pilot[Any], timeout: float = 10.0) -> None:
    """Wait until every worker (and the work it starts) is done and its messages are handled."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        try:
            await asyncio.wait_for(app.workers.wait_for_complete(), max(0.1, deadline - loop.time()))
        except Exception:  # noqa: BLE001 - a failed worker is complete too
            pass
        await pilot.pause()
        state = app.state
        settled = state.loaded and state.finished and (
            state.comparison is not None or state.comparison_error is not None or not state.briefings
        )
        if settled and not any(w.is_running for w in app.workers):
            await pilot.pause()
            return
        await asyncio.sleep(0.01)
    raise AssertionError("workers did not finish")


def notifications(app: BriefApp) -> list[str]:
    """The messages of the notifications on show (plain strings as given to notify)."""
    return [n.message for n in app._notifications]


def pane_lines(widget: Any) -> list[str]:
    """What a line-API widget shows on screen right now, line by line."""
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def pane_text(widget: Any) -> str:
    return "\n".join(pane_lines(widget))
