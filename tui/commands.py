"""Command palette (ctrl+p): the reader's key bindings as named commands.

The commands are read from the same ``BINDINGS`` the footer and help screen
use, and run the same actions, so keys and palette never drift apart.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .keys import KeyHelp, reader_key_sections

# Movement keys are not worth a palette entry.
SKIPPED_ACTIONS = {"cursor_down", "cursor_up", "cursor_first", "cursor_last", "page_down", "page_up",
                   "scroll_down", "scroll_up", "cursor_left", "cursor_right", "close", "command_palette",
                   "open_cell", "choose", "show_source"}


class BriefCommands(Provider):
    """The reader's actions by name."""

    def _commands(self) -> list[KeyHelp]:
        screen_id = self.screen.id or ""
        seen: set[str] = set()
        commands: list[KeyHelp] = []
        for _title, lines in reader_key_sections():
            for line in lines:
                if line.action in SKIPPED_ACTIONS or line.action in seen:
                    continue
                if line.target in ("app",) or line.target == screen_id:
                    seen.add(line.action)
                    commands.append(line)
        return commands

    async def _run(self, line: KeyHelp) -> None:
        namespace = self.app if line.target == "app" else self.screen
        await self.app.run_action(line.action, namespace)

    async def discover(self) -> Hits:
        for line in self._commands():
            yield DiscoveryHit(line.description, partial(self._run, line), help=f"key: {line.keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for line in self._commands():
            score = matcher.match(line.description)
            if score > 0:
                run = partial(self._run, line)
                yield Hit(score, matcher.highlight(line.description), run, help=f"key: {line.keys}")
