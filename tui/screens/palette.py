"""BriefCommandPalette: Textual's command palette, safe for keys typed faster than it opens and closes.

Keys typed quickly are all queued before the first is handled, so two of them
can reach the palette in states Textual's palette does not expect:

- a second enter (or a click) selects again after the first selection closed the
  palette: it would dismiss a second time, popping the screen below (the reader),
  and run the command twice;
- a character typed just before the palette closed changes its input after it
  closed: the palette would search again, in a worker that looks up a list of
  commands already removed (NoMatches, ending the app);
- escape (or a second ctrl+p) just after the palette opened closes it before the
  search its mount started has run: that worker would then look up the removed list
  (NoMatches, ending the app), so a search of a palette whose list is gone does nothing;
- page down / page up before the list of commands has been laid out: the option
  list has no lines yet and looks up a line that is not there (KeyError).
"""

from __future__ import annotations

from textual import on, work
from textual.command import CommandList, CommandPalette
from textual.message import Message
from textual.widgets import Button, Input, OptionList

PAGE_ACTIONS = frozenset({"page_down", "page_up"})
# Textual's search itself, without its @work wrapper (None if a release stops exposing it: the guard then goes)
_TEXTUAL_GATHER = getattr(CommandPalette._gather_commands, "__wrapped__", None)
_GATHER_GROUP = getattr(CommandPalette, "_GATHER_COMMANDS_GROUP", "--textual-command-palette-gather-commands")


class BriefCommandPalette(CommandPalette):
    """The command palette the reader opens with ctrl+p."""

    @on(Input.Changed)
    @on(Input.Submitted)
    @on(Button.Pressed)
    @on(OptionList.OptionSelected)
    def _ignore_once_closed(self, event: Message) -> None:
        """Typing or a selection that arrives after the palette closed does nothing."""
        if not self.is_active:
            event.stop()
            event.prevent_default()  # the palette's own handlers would search or dismiss again

    if _TEXTUAL_GATHER is not None:

        @work(exclusive=True, group=_GATHER_GROUP)  # the group Textual's palette cancels
        async def _gather_commands(self, search_value: str) -> None:
            """Textual's search, unless the palette closed before it ran (its list of commands is then gone)."""
            if not self.is_active or not self.query(CommandList):
                return
            await _TEXTUAL_GATHER(self, search_value)

    def _action_command_list(self, action: str) -> None:
        if action in PAGE_ACTIONS and not self._command_list_laid_out():
            return  # no lines yet: there is no page to move by
        super()._action_command_list(action)

    def _command_list_laid_out(self) -> bool:
        commands = self.query_one(CommandList)
        if not commands.option_count or not commands.scrollable_content_region:
            return False
        highlighted = commands.highlighted or 0
        return highlighted in commands._index_to_line  # noqa: SLF001 - what page moves look up
