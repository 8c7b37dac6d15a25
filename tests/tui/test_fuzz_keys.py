"""Seeded random-key fuzzing of the reader: bursts of keys with no pause, across every screen, with resizes.

Each session starts the real app on the small fake corpus (no Kiwi, no cache) and
sends ``BURSTS`` bursts of ``KEYS_PER_BURST`` keys, each burst queued at once as a
terminal delivers fast typing, with a terminal resize before each.  The first
burst starts while the corpus is still being read and briefed.  The keys reach
the reader, the original, the briefing, the comparison view, help, search and the
command palette.  When the keys quit (`q`, or "Quit" in the palette), the keys after
it must do nothing, and the next bursts go to a new app.

A failure names the seed and every burst of its session, so it can be replayed:
rerun the test with that seed (``-k "session[SEED]"``), or set
``DEEPSEEK_BRIEF_FUZZ_SEEDS=SEED`` (comma-separated; ``100-199`` for a range) to run
other seeds than the default ones.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandPalette
from textual.screen import Screen

from briefings import Article, Briefing, IngestError
from tests.tui import conftest
from tests.tui.conftest import FakeCorpus, build_app, fake_brief_many
from tests.tui.test_crashes import send_burst, wait_for_exit
from tui.app import BriefApp
from tui.screens.comparison import ComparisonScreen
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen

BURSTS = 5
KEYS_PER_BURST = 40
DEFAULT_SEEDS = range(6)  # 6 sessions x 5 bursts = 30 bursts of 40 keys

# (key, weight): the keys of every screen, and typing for the search box and the palette
KEYS: list[tuple[str, int]] = [
    ("j", 6), ("k", 5), ("down", 3), ("up", 3), ("h", 2), ("l", 3),
    ("pagedown", 2), ("pageup", 2), ("home", 1), ("end", 1), ("g", 1), ("G", 1),
    ("tab", 5), ("shift+tab", 3), ("right_square_bracket", 5), ("left_square_bracket", 4),
    ("enter", 5), ("escape", 5), ("space", 1), ("backspace", 1),
    ("c", 2), ("y", 2), ("e", 1), ("n", 2), ("N", 1), ("R", 1),
    ("slash", 3), ("question_mark", 2), ("v", 6), ("ctrl+p", 2),
    ("a", 1), ("1", 1), ("%", 1), ("엔", 1), ("q", 1),
]
REACHED: dict[int, set[str]] = {}  # seed -> the screens its session showed
SCREENS = ("reader", "comparison", "help", "search", "palette")
SIZES = [(160, 48), (80, 24), (120, 40), (119, 30), (200, 60), (60, 20), (40, 12), (100, 8)]


def seeds() -> list[int]:
    spec = os.environ.get("DEEPSEEK_BRIEF_FUZZ_SEEDS", "").strip()
    if not spec:
        return list(DEFAULT_SEEDS)
    chosen: list[int] = []
    for part in spec.split(","):
        low, _, high = part.strip().partition("-")
        chosen.extend(range(int(low), int(high or low) + 1))
    return chosen


class ChangingCorpus(FakeCorpus):
    """The fake corpus plus articles with one and with no key figures (stale figure indices show there).

    Every reload (`R`) finds the files changed: one article fewer or more, in another order.
    """

    def load(self, paths: Sequence[str], max_bytes: int = 5_000_000) -> tuple[list[Article], list[IngestError]]:
        articles, errors = super().load(paths, max_bytes)
        turn = self.loads - 1
        articles = articles[turn % len(articles):] + articles[:turn % len(articles)]
        if turn % 2:
            articles = articles[:-1]
        return articles, errors


def fuzz_corpus() -> FakeCorpus:
    extra = [
        Article(id="d4", path="/corpus/d4.txt", title="코스피 1% 상승", text="코스피가 1% 올랐다. 외국인이 샀다.",
                digest="d4-v1"),
        Article(id="e5", path="/corpus/e5.txt", title="숫자 없는 기사", text="시장은 조용했다. 거래가 적었다.",
                digest="e5-v1"),
    ]
    articles = conftest.corpus_articles()
    return ChangingCorpus(articles=[articles[0], extra[0], articles[1], extra[1], articles[2]])


def slow_brief_many(articles: Iterable[Article], progress: Any = None, cache: Any = None) -> Iterator[Briefing]:
    """The fake core, a little slow, so briefings keep arriving during the first burst."""
    for briefing in fake_brief_many(articles, progress, cache):
        time.sleep(0.01)
        yield briefing


def screen_kind(screen: Screen[Any]) -> str:
    if isinstance(screen, CommandPalette):
        return "palette"
    return {ReaderScreen: "reader", ComparisonScreen: "comparison", HelpScreen: "help",
            SearchScreen: "search"}.get(type(screen), type(screen).__name__)


def describe(seed: int, bursts: list[tuple[tuple[int, int], list[str]]], quits: set[int]) -> str:
    lines = [f"fuzz session seed={seed}: replay with DEEPSEEK_BRIEF_FUZZ_SEEDS={seed}; bursts sent:"]
    for number, (size, keys) in enumerate(bursts, 1):
        lines.append(f"  burst {number} at {size[0]}x{size[1]}: {' '.join(keys)}")
        if number in quits:
            lines.append("  (the app quit; a new one started)")
    return "\n".join(lines)


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Exports (`e`) and any user directory land in the test's own folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setitem(conftest.FIGURES, "d4", [("1%", "percent", 1.0, "%", "1%")])
    monkeypatch.setitem(conftest.FIGURES, "e5", [])


async def settle(app: BriefApp, rounds: int = 8) -> None:
    """Let the burst's keys, the messages they post and the workers they start be handled.

    When the keys quit the app, wait for its message loop to end: leaving run_test
    earlier would close the screens under messages still queued (not what a real exit does).
    """
    for _ in range(rounds):
        await asyncio.sleep(0.01)
        if app._exception is not None:
            return
        if app._exit:
            await wait_for_exit(app)
            return


@pytest.mark.parametrize("seed", seeds(), ids=lambda s: f"session[{s}]")
async def test_random_key_bursts_never_crash_the_reader(seed: int, isolated: None) -> None:
    rng = random.Random(seed)
    keys, weights = zip(*KEYS, strict=True)
    sent: list[tuple[tuple[int, int], list[str]]] = []
    quits: set[int] = set()
    reached: set[str] = {"reader"}
    failure: BaseException | None = None
    while len(sent) < BURSTS and failure is None:
        # after a quit (q, or the palette's "Quit") the next bursts go to a new app
        app = build_app(fuzz_corpus(), brief_many=slow_brief_many)
        try:
            async with app.run_test(size=SIZES[0]) as pilot:
                app.screen_change_signal.subscribe(app, lambda screen: reached.add(screen_kind(screen)))
                first = True
                while len(sent) < BURSTS:
                    size = SIZES[0] if first else rng.choice(SIZES)
                    burst = rng.choices(keys, weights, k=KEYS_PER_BURST)
                    sent.append((size, burst))
                    if not first:
                        await pilot.resize_terminal(*size)
                    first = False
                    send_burst(app, burst)
                    await settle(app)
                    if app._exception is not None:
                        break
                    if app._exit:
                        quits.add(len(sent))
                        break
                # end as a real exit does: the loop ends, then the screens close (run_test alone
                # would close them under the messages still queued)
                app.exit()
                await wait_for_exit(app)
        except BaseException as exc:  # noqa: BLE001 - reported with the keys that caused it
            failure = exc
        failure = app._exception or failure
    if failure is not None:
        where = "".join(traceback.format_exception(failure)[-12:])
        cause = getattr(failure, "error", None)
        if isinstance(cause, BaseException):
            where += "".join(traceback.format_exception(cause)[-8:])
        pytest.fail(f"{describe(seed, sent, quits)}\ncrashed: {type(failure).__name__}: {failure}\n{where}")
    REACHED[seed] = reached
    print(f"seed {seed}: {len(sent)} bursts, {len(quits)} quits, screens: {sorted(reached)}")


def test_the_sessions_reached_every_screen() -> None:
    """Together the default sessions' keys reach every screen (a fuzz that stays on one screen finds little)."""
    if not all(seed in REACHED for seed in DEFAULT_SEEDS):
        pytest.skip("runs after all the default fuzz sessions")
    union = set().union(*(REACHED[seed] for seed in DEFAULT_SEEDS))
    assert union == set(SCREENS), {seed: sorted(REACHED[seed]) for seed in DEFAULT_SEEDS}
