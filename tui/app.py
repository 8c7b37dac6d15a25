"""BriefApp: composes the reader, binds the app-wide keys, runs the core in workers, routes results.

``make_app`` builds the app (tests inject a corpus and a cache directory);
``run_app`` runs it and returns the exit code.  Start-up does the least the
first screen needs: the reader is the app's default screen, the first article
is read synchronously (one file, no Kiwi) so its text is on the very first
frame, and only after that frame does a worker read the whole corpus and
another import the analysis (and Kiwi).  ``deepseek-brief`` also pauses
Python's garbage collector until that frame (see ``run_app``).
"""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import constants, events, work
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from .commands import BriefCommands
from .messages import (
    AnalysisFinished,
    AnalysisProgress,
    BriefingFailed,
    BriefingReady,
    ComparisonFailed,
    ComparisonReady,
    CopyFinished,
    CorpusFailed,
    CorpusLoaded,
    SearchFinished,
)
from .state import CorpusState
from .text import one_line

if TYPE_CHECKING:
    from briefings import Article, Briefing, Cache, Comparison

    from .screens.reader import ReaderScreen

BriefFunction = Callable[..., Iterator["Briefing"]]
LoadFunction = Callable[..., tuple[list["Article"], list[Any]]]
CompareFunction = Callable[[Sequence["Briefing"]], "Comparison"]

FIRST_CHUNKS = (1, 4, 16)  # small batches first so the first briefings show early
CHUNK = 64
ANSI_THEME = "ansi-dark"  # Textual's theme in the terminal's own 16 colours
LIMITED_COLOR_SYSTEMS = frozenset({"standard", "windows"})  # Rich's names for 16 and 8 colours


def _describe(exc: BaseException) -> str:
    message = one_line(str(exc))
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


class BriefApp(App[int]):
    """deepseek-brief's reader."""

    TITLE = "deepseek-brief"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {BriefCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        # one ctrl+c quits too (Textual only says to press ctrl+q), wherever the focus is
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("v", "toggle_view", "Compare"),
        Binding("R", "reload", "Reload"),
    ]

    def __init__(
        self,
        paths: Sequence[str] = (),
        *,
        use_cache: bool = True,
        max_bytes: int = 5_000_000,
        cache_dir: str | Path | None = None,
        load: LoadFunction | None = None,
        brief_many: BriefFunction | None = None,
        compare: CompareFunction | None = None,
        export_dir: str | Path | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        self.export_dir = export_dir  # None: briefings.default_export_dir()
        self.use_cache = use_cache
        self.max_bytes = max_bytes
        self.cache_dir = cache_dir
        self._load = load
        self._brief_many = brief_many
        self._compare = compare
        self.state = CorpusState()
        self._cache: Cache | None = None
        self._cache_made = False
        self._priority: list[str] = []
        self._priority_lock = threading.Lock()
        self._reload_before: dict[str, tuple[str, str]] | None = None
        self._stale_reported: set[str] = set()
        self._extractor_reported = False
        self._analyser_reported = False
        self._keep_path: str | None = None
        self.gc_paused = False  # see run_app
        self.quitting = False  # the app is ending (q, ctrl+c): no key or click is handled any more

    # --- start-up -------------------------------------------------------------

    def on_load(self) -> None:
        """Before any worker starts: they run in daemon threads, so quitting never waits for the core."""
        from .threads import AbandoningExecutor

        asyncio.get_running_loop().set_default_executor(AbandoningExecutor())

    def get_default_screen(self) -> Screen[Any]:
        """The reader is the app's first screen (composed with the app, not pushed after it)."""
        from .screens.reader import ReaderScreen

        return ReaderScreen(width=self.size.width)

    def on_mount(self) -> None:
        if self.limited_colors:
            self.theme = ANSI_THEME

    def first_frame_shown(self) -> None:
        """The first screen is on the terminal: start the work it did not wait for."""
        if self.gc_paused:
            self.gc_paused = False
            gc.freeze()  # what start-up built lives as long as the app: never scan it again
            gc.enable()
        self.load_corpus()

    def read_first_article(self) -> Article | None:
        """The article the list will open first, read now (one small file, no Kiwi) for the first screen.

        Only with the real core: an injected loader (tests) has no such shortcut.
        None when the first files are not articles; the load worker then says why.
        """
        if self._load is not None:
            return None
        try:
            from briefings import first_article

            return first_article(self.paths, max_bytes=self.max_bytes)
        except Exception:  # noqa: BLE001 - the load worker reads the corpus again and reports errors
            return None

    @property
    def limited_colors(self) -> bool:
        """True on a terminal with only 16 (or 8) colours, where the reader switches to ANSI colours.

        Rich detects the colour system from ``COLORTERM`` and ``TERM`` (``TEXTUAL_COLOR_SYSTEM``
        overrides it).  A headless app (tests, screenshots) has no terminal to detect, so it
        only counts there when the colour system was forced.  NO_COLOR wins over both.
        """
        if self.no_color:
            return False
        if self.is_headless and constants.COLOR_SYSTEM in (None, "auto"):
            return False
        return self.console.color_system in LIMITED_COLOR_SYSTEMS

    @property
    def reader(self) -> ReaderScreen:
        from .screens.reader import ReaderScreen

        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        raise LookupError("no reader screen")

    def _read_corpus(self, paths: list[str], max_bytes: int) -> tuple[list[Article], list[Any]]:
        if self._load is not None:
            return self._load(paths, max_bytes=max_bytes)
        from briefings import load_paths

        articles, errors = load_paths(paths, max_bytes=max_bytes)
        return articles, list(errors)

    def load_corpus(self) -> None:
        """Start (or restart) reading the corpus; briefings follow in another worker."""
        self.state.generation += 1
        self._load_worker(self.state.generation, self.paths, self.max_bytes)

    @work(thread=True, exit_on_error=False, group="load", exclusive=True)
    def _load_worker(self, generation: int, paths: list[str], max_bytes: int) -> None:
        try:
            articles, errors = self._read_corpus(paths, max_bytes)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            self.post_message(CorpusFailed(generation, _describe(exc)))
            return
        self.post_message(CorpusLoaded(generation, list(articles), list(errors)))

    def on_corpus_failed(self, message: CorpusFailed) -> None:
        if message.generation != self.state.generation:
            return
        self.state.set_corpus([], [])
        self.reader.corpus_loaded()
        self.notify("Could not read the articles: " + message.error, markup=False, severity="error", timeout=15)

    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        if message.generation != self.state.generation:
            return
        state = self.state
        before = self._reload_before
        kept: dict[str, Briefing] = {}
        if before is not None:
            old_briefings = state.briefings
            for article in message.articles:
                unchanged = before.get(article.path) == (article.id, article.digest or article.text)
                if unchanged and article.id in old_briefings:
                    kept[article.id] = old_briefings[article.id]
        state.set_corpus(message.articles, message.errors)
        self._stale_reported.clear()
        state.briefings = kept
        state.failures = {}
        state.comparison = None
        state.comparison_error = None
        state.done = len(kept)
        self.reader.corpus_loaded(self._keep_path)
        if before is not None:
            self._report_reload(before, message.articles)
            self._reload_before = None
        elif message.errors:
            count = len(message.errors)
            first = one_line(Path(message.errors[0].path).name) + ": " + one_line(message.errors[0].error)
            more = f" and {count - 1} more" if count > 1 else ""
            self.notify(f"Skipped {count} file{'s' if count > 1 else ''} ({first}{more}); see the end of the list.",
                        markup=False, severity="warning", timeout=8)
        if not message.articles and not message.errors:
            self.notify("No articles found.", markup=False, severity="warning")
        self._report_missing_extractor(message.articles)
        todo = [a for a in message.articles if a.id not in kept]
        if todo:
            self.reader.set_progress(len(kept), len(message.articles))
            # after the list and the first article are painted: loading Kiwi competes for the GIL
            self.call_after_refresh(self._analyse_worker, message.generation, todo, len(message.articles), len(kept))
        else:
            self.reader.set_progress(len(kept), len(message.articles))
            self.post_message(AnalysisFinished(message.generation))

    def _report_missing_analyser(self, exc: Exception) -> None:
        """Once per session, from a worker: the Korean analyser cannot load (every article fails alike)."""
        from briefings import AnalyserUnavailable

        if isinstance(exc, AnalyserUnavailable) and not self._analyser_reported:
            self._analyser_reported = True
            self.call_from_thread(self.notify, f"ERROR: {exc}", markup=False, severity="error", timeout=20)

    def _report_missing_extractor(self, articles: list[Article]) -> None:
        """Once per session: HTML pages were read as plain text because the extractor cannot load."""
        if self._extractor_reported:
            return
        from briefings import HTML_EXTRACTOR_MISSING, missing_extractor_message

        if any(w.startswith(HTML_EXTRACTOR_MISSING) for a in articles for w in a.warnings):
            self._extractor_reported = True
            self.notify(missing_extractor_message(), markup=False, severity="error", timeout=20)

    # --- analysis -------------------------------------------------------------

    def _get_cache(self) -> Cache | None:
        if not self.use_cache:
            return None
        if not self._cache_made:
            self._cache_made = True
            try:
                from briefings import Cache

                def warn(text: str) -> None:
                    self.notify(text, markup=False, severity="warning", timeout=8)

                self._cache = Cache(self.cache_dir, warn=warn)
            except Exception as exc:  # noqa: BLE001
                self.notify("Running without a cache: " + _describe(exc), markup=False, severity="warning")
                self._cache = None
        return self._cache

    def prioritize(self, article_id: str) -> None:
        """Brief this article next (the user is looking at it)."""
        with self._priority_lock:
            if article_id in self._priority:
                self._priority.remove(article_id)
            self._priority.append(article_id)

    def _next_chunk(self, pending: dict[str, Article], size: int) -> list[Article]:
        with self._priority_lock:
            wanted = [pid for pid in reversed(self._priority) if pid in pending]
            self._priority = wanted[1:5][::-1]  # the latest first; a few earlier wishes kept
        if wanted:
            return [pending[wanted[0]]]
        return list(islice(pending.values(), size))

    @work(thread=True, exit_on_error=False, group="analysis", exclusive=True)
    def _analyse_worker(self, generation: int, articles: list[Article], total: int, done: int) -> None:
        worker = get_current_worker()
        if self._brief_many is not None:
            brief_many: BriefFunction = self._brief_many
        else:
            from briefings import brief_many as core_brief_many

            brief_many = core_brief_many
        cache = self._get_cache()
        pending = {a.id: a for a in articles}
        sizes = iter(FIRST_CHUNKS)
        while pending and not worker.is_cancelled:
            chunk = self._next_chunk(pending, next(sizes, CHUNK))
            for article in chunk:
                del pending[article.id]
            finished: set[str] = set()
            try:
                for briefing in brief_many(chunk, cache=cache):
                    if worker.is_cancelled:
                        return
                    finished.add(briefing.article.id)
                    done += 1
                    self.post_message(BriefingReady(generation, briefing.article.id, briefing))
                    self.post_message(AnalysisProgress(generation, done, total))
            except Exception:  # noqa: BLE001 - retry one by one to pin the error on its article
                for article in chunk:
                    if article.id in finished or worker.is_cancelled:
                        continue
                    try:
                        briefing = next(iter(brief_many([article], cache=cache)))
                        self.post_message(BriefingReady(generation, article.id, briefing))
                    except Exception as exc:  # noqa: BLE001
                        self.post_message(BriefingFailed(generation, article.id, _describe(exc)))
                        self._report_missing_analyser(exc)
                    done += 1
                    self.post_message(AnalysisProgress(generation, done, total))
        if not worker.is_cancelled:
            self.post_message(AnalysisFinished(generation))

    def on_briefing_ready(self, message: BriefingReady) -> None:
        if message.generation != self.state.generation:
            return
        self.state.briefings[message.article_id] = message.briefing
        self.state.failures.pop(message.article_id, None)
        self.reader.article_updated(message.article_id)

    def on_briefing_failed(self, message: BriefingFailed) -> None:
        if message.generation != self.state.generation:
            return
        self.state.failures[message.article_id] = message.error
        self.reader.article_updated(message.article_id)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry file names and article text: never read as markup, whatever a caller passes."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def check_source(self, article: Article) -> None:
        """Tell the user (once) when the file behind ``article`` changed or vanished since loading."""
        if article.digest and article.path not in self._stale_reported:
            self._check_source_worker(article, self.state.generation)

    @work(thread=True, exit_on_error=False, group="check", exclusive=True)
    def _check_source_worker(self, article: Article, generation: int) -> None:
        from briefings import source_changed

        problem = source_changed(article, max_bytes=self.max_bytes)
        if problem:
            self.call_from_thread(self._report_stale, article.path, problem, generation)

    def _report_stale(self, path: str, problem: str, generation: int) -> None:
        if generation != self.state.generation or path in self._stale_reported:
            return
        self._stale_reported.add(path)
        self.notify(f"{one_line(Path(path).name)}: {one_line(problem)}; press R to reload.", markup=False,
                    severity="warning", timeout=10)

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        if message.generation == self.state.generation:
            self.state.done = message.done
            self.reader.set_progress(message.done, message.total)

    def on_analysis_finished(self, message: AnalysisFinished) -> None:
        if message.generation != self.state.generation:
            return
        state = self.state
        self.reader.set_progress(len(state.articles), len(state.articles))
        if state.failures:
            count = len(state.failures)
            self.notify(f"{count} article{'s' if count > 1 else ''} could not be briefed; the reason is on each.",
                        markup=False, severity="error", timeout=8)
        self._refresh_comparison_screen()
        if state.briefings:
            self._compare_worker(state.generation, state.ordered_briefings())

    # --- comparison ------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="compare", exclusive=True)
    def _compare_worker(self, generation: int, briefings: list[Briefing]) -> None:
        try:
            if self._compare is not None:
                comparison = self._compare(briefings)
            else:
                from briefings import compare

                comparison = compare(briefings)
        except Exception as exc:  # noqa: BLE001
            self.post_message(ComparisonFailed(generation, _describe(exc)))
            return
        self.post_message(ComparisonReady(generation, comparison))

    def on_comparison_ready(self, message: ComparisonReady) -> None:
        if message.generation == self.state.generation:
            self.state.comparison = message.comparison
            self._refresh_comparison_screen()

    def on_comparison_failed(self, message: ComparisonFailed) -> None:
        if message.generation == self.state.generation:
            self.state.comparison_error = message.error
            self.notify("Comparison failed: " + message.error, markup=False, severity="error")
            self._refresh_comparison_screen()

    def _refresh_comparison_screen(self) -> None:
        from .screens.comparison import ComparisonScreen

        if isinstance(self.screen, ComparisonScreen):
            self.screen.refresh_comparison()

    def open_in_reader(self, article_id: str, sentence: int, figure: int | None) -> None:
        """From the comparison: back to the reader, at that article's sentence."""
        from .screens.comparison import ComparisonScreen

        if isinstance(self.screen, ComparisonScreen):
            self.pop_screen()
        self.reader.open_at(article_id, sentence, figure)

    # --- workers that fail -----------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker died of an exception we did not expect: say so, and never leave work hanging."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        reason = _describe(error) if error else "unknown error"
        self.notify(f"Internal error ({event.worker.group or 'worker'}): {reason}", markup=False,
                    severity="error", timeout=15)
        if event.worker.group == "analysis":
            state = self.state
            for article in state.articles:
                if article.id not in state.briefings and article.id not in state.failures:
                    state.failures[article.id] = reason
                    self.reader.article_updated(article.id)
            self.post_message(AnalysisFinished(state.generation))

    # --- keys ---------------------------------------------------------------------

    def exit(self, result: int | None = None, return_code: int = 0, message: Any = None) -> None:
        """Quit at once; the keys typed after q (`q v` in one burst) are dropped, not run on a closing app."""
        self.quitting = True
        super().exit(result, return_code, message)

    async def on_event(self, event: events.Event) -> None:
        if self.quitting and isinstance(event, events.InputEvent):
            return  # a screen pushed now would be mounted while the app closes (NoMatches at exit)
        await super().on_event(event)

    def action_command_palette(self) -> None:
        """ctrl+p: Textual's palette, made safe for keys that reach it after it closed (see palette.py)."""
        from textual.command import CommandPalette

        from .screens.palette import BriefCommandPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(BriefCommandPalette(id="--command-palette"))

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_view(self) -> None:
        from .screens.comparison import ComparisonScreen
        from .screens.reader import ReaderScreen

        if isinstance(self.screen, ComparisonScreen):
            self.pop_screen()
        elif isinstance(self.screen, ReaderScreen):
            if not self.is_screen_installed("comparison"):
                self.install_screen(ComparisonScreen(), "comparison")
            self.push_screen("comparison")

    def action_reload(self) -> None:
        from .screens.reader import ReaderScreen

        if not isinstance(self.screen, ReaderScreen):
            self.pop_screen() if self.screen.id == "comparison" else None
        self._reload_before = {a.path: (a.id, a.digest or a.text) for a in self.state.articles}
        article = self.reader.current_article()
        self._keep_path = article.path if article is not None else None
        self.notify("Reloading the articles…", markup=False, timeout=2)
        self.load_corpus()

    def _report_reload(self, before: dict[str, tuple[str, str]], articles: list[Article]) -> None:
        now = {a.path: (a.id, a.digest or a.text) for a in articles}
        removed = [p for p in before if p not in now]
        added = [p for p in now if p not in before]
        changed = [p for p in now if p in before and before[p] != now[p]]
        parts = [f"{len(articles)} article{'s' if len(articles) != 1 else ''}"]
        for label, paths in (("changed", changed), ("removed", removed), ("new", added)):
            if paths:
                names = ", ".join(one_line(Path(p).name) for p in paths[:3]) + (" …" if len(paths) > 3 else "")
                parts.append(f"{len(paths)} {label} ({names})")
        if not (changed or removed or added):
            parts.append("nothing changed")
        if self.state.errors:
            parts.append(f"{len(self.state.errors)} skipped")
        self.notify("Reloaded: " + "; ".join(parts), markup=False,
                    severity="warning" if (changed or removed) else "information", timeout=8)

    # --- clipboard and export ----------------------------------------------------------

    def copy_text(self, text: str) -> None:
        """Copy to the system clipboard if it verifiably works, else the terminal's (OSC 52)."""
        self._copy_worker(text)

    @work(thread=True, exit_on_error=False, group="copy")
    def _copy_worker(self, text: str) -> None:
        from .clipboard import copy_to_system_clipboard

        self.post_message(CopyFinished(text, copy_to_system_clipboard(text)))

    def on_copy_finished(self, message: CopyFinished) -> None:
        from .clipboard import SYSTEM, TERMINAL, copied_message

        way = SYSTEM
        if not message.ok:
            way = TERMINAL
            try:
                self.copy_to_clipboard(message.text)
            except Exception as exc:  # noqa: BLE001 - a copy never crashes
                self.notify("Could not copy: " + _describe(exc), markup=False, severity="error")
                return
        self.notify(copied_message(message.text, way), markup=False)

    def copy_briefing(self, briefing: Briefing, language: str) -> None:
        try:
            from briefings import briefing_to_markdown

            text = briefing_to_markdown(briefing, language)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001
            self.notify("Could not format the briefing: " + _describe(exc), markup=False, severity="error")
            return
        self.copy_text(text)

    def copy_comparison(self, grouped: bool) -> None:
        from .screens.comparison import grouped_figure_topics

        try:
            from briefings import Comparison, comparison_to_markdown

            comparison = self.state.comparison
            if grouped or comparison is None:
                briefings = self.state.ordered_briefings()
                comparison = Comparison(
                    articles=tuple(b.article for b in briefings),
                    topics=tuple(grouped_figure_topics(briefings)),
                    notes=("Figures grouped by kind and unit; no verdicts.",),
                )
            text = comparison_to_markdown(comparison)
        except Exception as exc:  # noqa: BLE001
            self.notify("Could not format the comparison: " + _describe(exc), markup=False, severity="error")
            return
        self.copy_text(text)

    def export_briefing(self, briefing: Briefing, language: str) -> None:
        """Write the briefing as a new Markdown file in the export folder (never replacing a file)."""
        try:
            from briefings import ExportError, briefing_to_markdown, default_export_dir, export_filename, write_new
        except Exception as exc:  # noqa: BLE001
            self.notify("Export is not available: " + _describe(exc), markup=False, severity="error")
            return
        try:
            folder = Path(self.export_dir) if self.export_dir is not None else default_export_dir()
            path = write_new(folder, export_filename(briefing),
                             briefing_to_markdown(briefing, language))  # type: ignore[arg-type]
        except ExportError as exc:
            self.notify("Export failed: " + one_line(str(exc)), markup=False, severity="error", timeout=10)
            return
        except Exception as exc:  # noqa: BLE001
            self.notify("Export failed: " + _describe(exc), markup=False, severity="error", timeout=10)
            return
        self.notify(f"Exported to {one_line(str(path))}", markup=False, timeout=8)

    # --- search ------------------------------------------------------------------------

    def start_search(self, query: str) -> None:
        self._search_worker(query, self.state.articles)

    @work(thread=True, exit_on_error=False, group="search", exclusive=True)
    def _search_worker(self, query: str, articles: list[Article]) -> None:
        needle = query.casefold()
        matches: list[tuple[int, int, int]] = []
        worker = get_current_worker()
        for row, article in enumerate(articles):
            if worker.is_cancelled:
                return
            if needle in article.title.casefold():
                matches.append((row, -1, -1))
            text = article.text
            folded = text.casefold()
            same = len(folded) == len(text)
            start = folded.find(needle)
            while start >= 0:
                if same:
                    matches.append((row, start, start + len(query)))
                else:
                    matches.append((row, -1, -1))
                    break
                start = folded.find(needle, start + max(1, len(needle)))
        self.post_message(SearchFinished(query, matches, articles))

    def on_search_finished(self, message: SearchFinished) -> None:
        if message.articles is not self.state.articles:
            return  # the corpus was reloaded meanwhile (which searches again): these rows are another list's
        self.reader.show_matches(message.query, message.matches)


def make_app(
    paths: Sequence[str] = (),
    *,
    use_cache: bool = True,
    max_bytes: int = 5_000_000,
    cache_dir: str | Path | None = None,
    load: LoadFunction | None = None,
    brief_many: BriefFunction | None = None,
    compare: CompareFunction | None = None,
    export_dir: str | Path | None = None,
) -> BriefApp:
    """Build the reader; tests inject a corpus loader, a briefer and a cache directory."""
    return BriefApp(
        paths,
        use_cache=use_cache,
        max_bytes=max_bytes,
        cache_dir=cache_dir,
        load=load,
        brief_many=brief_many,
        compare=compare,
        export_dir=export_dir,
    )


def run_app(
    paths: Sequence[str] = (),
    *,
    use_cache: bool = True,
    max_bytes: int = 5_000_000,
    gc_paused: bool = False,
    export_dir: str | Path | None = None,
) -> int:
    """Run the reader on ``paths`` (the bundled seeds when empty); returns the exit code.

    ``gc_paused``: the caller disabled Python's garbage collector for the start-up;
    the app freezes what start-up built and enables it again after the first frame.
    """
    app = make_app(paths, use_cache=use_cache, max_bytes=max_bytes, export_dir=export_dir)
    app.gc_paused = gc_paused
    try:
        result = app.run()
    finally:
        if gc_paused:
            gc.enable()
    if isinstance(result, int):
        return result
    return app.return_code or 0
