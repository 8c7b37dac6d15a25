"""The ``deepseek-brief`` command: the reader, ``brief``, ``compare`` and ``cache``.

Parsing: the first argument picks the mode.  If it is exactly ``brief``,
``compare`` or ``cache`` that subcommand's parser reads the rest; otherwise
every argument belongs to the reader (``deepseek-brief [PATH...]``).  So an
article file that happens to be named ``brief`` is opened as ``./brief`` (or
after ``--``: ``deepseek-brief -- brief``).

Nothing heavy is imported before it is needed: ``--help`` imports neither the
core nor Textual; ``brief``, ``compare`` and ``cache`` import the core (and
Rich for a progress bar on a terminal), never Textual; only the reader imports
``tui.app``.
"""

from __future__ import annotations

import argparse
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from briefings import Article, Briefing, Cache, IngestError

PROG = "deepseek-brief"
COMMANDS = ("brief", "compare", "cache")
DEFAULT_MAX_BYTES = 5_000_000
PROGRESS_MIN_ARTICLES = 4

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2

_EXIT_CODES = """\
exit status:
  0  every input was briefed
  1  some inputs were skipped (each is named on stderr and in the JSON "errors"),
     or the output could not be written (the -o file, a full or closed stdout)
  2  usage error (unknown option, bad value, an -o file that is one of the inputs)"""

_MAIN_DESCRIPTION = """\
A keyboard-driven terminal reader for Korean news coverage of one story told by
several outlets. For every article: a Korean summary and an English briefing
beside the original, with key figures (money, percentages, counts, multiples,
dates) highlighted, and a cross-source comparison of what the outlets agree on,
dispute, or report alone. Works offline.

Without a command, opens the reader on the given files and folders (.txt, .md,
.html, .htm, searched recursively), or on the five bundled articles."""

_MAIN_EPILOG = f"""\
commands:
  {PROG} brief [PATH...]     briefings on stdout (text, Markdown or JSON)
  {PROG} compare [PATH...]   cross-source comparison on stdout
  {PROG} cache info|clear    show or empty the analysis cache
  Run '{PROG} COMMAND --help' for a command's options.

examples:
  {PROG}                              read the five bundled articles
  {PROG} ~/news/deepseek/             read every article in a folder
  {PROG} brief --format json > out.json
  {PROG} brief a.txt b.html --lang en --format md -o brief.md
  {PROG} compare ~/news/deepseek/ --format md
  {PROG} ./brief                      open a file literally named 'brief'

{_EXIT_CODES}

environment:
  XDG_CACHE_HOME   the cache lives in $XDG_CACHE_HOME/{PROG} (default ~/.cache/{PROG})
  XDG_DATA_HOME    the reader's 'e' exports go to $XDG_DATA_HOME/{PROG}/exports
                   (default ~/.local/share/{PROG}/exports; --output-dir DIR overrides)
  NO_COLOR         the reader uses no color"""

_BRIEF_EPILOG = f"""\
examples:
  {PROG} brief                               the bundled articles, as text
  {PROG} brief ~/news --format json > b.json  every article in a folder, as JSON
  {PROG} brief a.txt --lang en                English briefing and figures only
  {PROG} brief a.txt --format md -o a.md      Markdown, written atomically to a.md

The JSON document ({{"version": 1, "articles": [...], "errors": [...]}}) is described
in the README and by briefings/schemas/brief.schema.json.

{_EXIT_CODES}"""

_COMPARE_EPILOG = f"""\
examples:
  {PROG} compare                             compare the bundled articles
  {PROG} compare ~/news/deepseek --format json > topics.json

Each topic is marked AGREE, DISAGREE or SINGLE SOURCE with a one-line reason, and
lists each source's figure or statement with the sentence it comes from. The JSON
document is described by briefings/schemas/compare.schema.json.

{_EXIT_CODES}"""


class _VersionAction(argparse.Action):
    """``--version``, importing the core only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kw: Any) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kw)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any, **__: Any) -> None:
        from briefings import __version__, dependency_versions, installation_problems

        lines = [f"{PROG} {__version__}", f"  python {sys.version.split()[0]}"]
        lines += [f"  {name} {version or 'NOT INSTALLED'}" for name, version in dependency_versions()]
        problems = installation_problems()
        lines += [f"  PROBLEM: {p}" for p in problems]
        written = _write_stdout("\n".join(lines) + "\n")
        parser.exit(1 if problems or not written else 0)


def _positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def _encoding(text: str) -> str:
    """A text encoding's codec name; "base64", "rot13", "zlib" ... are codecs but not encodings."""
    from briefings import text_encoding

    try:
        return text_encoding(text)
    except (LookupError, ValueError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_encoding_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoding", type=_encoding, metavar="NAME",
                   help="read every file with this encoding (e.g. cp949) instead of detecting it")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files or folders (default: the five bundled articles)")
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor write the analysis cache")
    p.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"files larger than N bytes are truncated with a warning (default {DEFAULT_MAX_BYTES:,})")


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write to FILE (atomically; '-' is stdout) instead of stdout; never one of the inputs")
    p.add_argument("--allow-output-inside-inputs", action="store_true",
                   help="let -o write a new file inside an input folder (it may be read as an article next time)")


def _wrap(text: str) -> str:
    import textwrap

    return textwrap.fill(text, width=80)


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


class _Parser(argparse.ArgumentParser):
    """argparse quotes offending arguments verbatim; a file name from a glob may hold escapes."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {_safe(message)}\n")

    def _print_message(self, message: str, file: Any = None) -> None:
        """``--help`` into a full disk or a closed stdout is said, not lost (argparse ignores it)."""
        if message and (file is None or file is sys.stdout):
            _write_stdout(message)
        else:
            super()._print_message(message, file)

    def exit(self, status: int = 0, message: str | None = None) -> Any:
        if status == EXIT_OK and _Streams.stdout_failed is not None:
            status = EXIT_SKIPPED
        super().exit(status, message)


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Options and paths in any order; after ``--`` every argument is a path (``-- --help.txt``).

    ``parse_intermixed_args`` mishandles ``--`` in some Python versions (3.11 says "unrecognized
    arguments"), so the paths after it are split off here and added after the ones before it.
    """
    argv = list(argv)
    rest: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, rest = argv[:at], argv[at + 1 :]
    args = parser.parse_intermixed_args(argv)
    args.paths = list(args.paths) + rest
    return args


def build_reader_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        usage=(f"{PROG} [-h] [--version] [--no-cache] [--max-bytes N] [--output-dir DIR] [PATH ...]\n"
               f"       {PROG} {{brief,compare,cache}} ..."),
        description=_MAIN_DESCRIPTION,
        epilog=_MAIN_EPILOG,
        formatter_class=_formatter,
    )
    p.add_argument("--version", action=_VersionAction, help="print the version and exit")
    _add_input_options(p)
    p.add_argument("--output-dir", metavar="DIR",
                   help="where 'e' exports briefings (default $XDG_DATA_HOME/deepseek-brief/exports, "
                        "i.e. ~/.local/share/deepseek-brief/exports); a name in use gets -2, -3 ...")
    return p


def build_brief_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} brief",
        description=_wrap("Brief articles: title, outlet and date, an English headline, a Korean summary, an "
                          "English briefing whose lines name the sentences they rest on, and every key figure "
                          "with its exact Korean surface, English form and normalized value."),
        epilog=_BRIEF_EPILOG,
        formatter_class=_formatter,
    )
    _add_input_options(p)
    p.add_argument("-f", "--format", choices=("text", "md", "json"), default="text",
                   help="output format (default text)")
    _add_encoding_option(p)
    p.add_argument("--lang", choices=("ko", "en", "both"), default="both",
                   help="which summaries text and md show (default both; JSON always has both)")
    _add_output_options(p)
    return p


def build_compare_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} compare",
        description=_wrap("Compare what several articles say: topics (same subject, measure and date) marked "
                          "as agree, disagree or single source, with the reason and each source's figure or "
                          "statement."),
        epilog=_COMPARE_EPILOG,
        formatter_class=_formatter,
    )
    _add_input_options(p)
    _add_encoding_option(p)
    p.add_argument("-f", "--format", choices=("text", "md", "json"), default="text",
                   help="output format (default text)")
    _add_output_options(p)
    return p


def build_cache_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} cache",
        description=_wrap(f"The analysis cache keeps each article's analysis, keyed by the file's bytes and the "
                          f"core's version, so unchanged articles open without loading the Korean analyser. It "
                          f"lives in $XDG_CACHE_HOME/{PROG} (default ~/.cache/{PROG}). Every command takes "
                          f"--no-cache."),
        formatter_class=_formatter,
    )
    sub = p.add_subparsers(dest="action", metavar="{info,clear}", required=True)
    sub.add_parser("info", help="where the cache is, how many entries and bytes")
    sub.add_parser("clear", help="remove every entry")
    return p


# --------------------------------------------------------------------------- output helpers


# C0 and C1 controls, DEL, lone surrogates (undecodable file names), bidi and zero-width controls.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _safe(text: str) -> str:
    """A file name or message for the terminal: control characters shown as escapes, never sent."""

    def show(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(show, text)


class _Streams:
    """What is known about stdout: closed when the program started (``>&-``), or failed since."""

    stdout_closed = False
    stdout_failed: str | None = None


def _guard_std_streams() -> None:
    """Give a closed fd 0, 1 or 2 (``>&-``, ``2>&-``) /dev/null, so that no file opened later takes its
    number (a briefing written into the cache file, diagnostics into the JSON), and remember a closed
    stdout so that writing to it is reported, not silently lost."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        try:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
        except OSError:
            pass
        if fd == 1:
            _Streams.stdout_closed = True
    if sys.stdout is None:  # Python sets it to None when fd 1 was closed at start
        _Streams.stdout_closed = True
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:  # else print(file=sys.stderr) would write to stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _say(message: str) -> None:
    """One line on stderr, prefixed with the program name (never anywhere else, even if stderr is closed)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        print(f"{PROG}: {_safe(message)}", file=stream, flush=True)
    except (OSError, ValueError):
        pass


def _stdout_failure(reason: str) -> None:
    """Say once why stdout cannot take the output (the exit status is then 1)."""
    if _Streams.stdout_failed is None:
        _Streams.stdout_failed = reason
        _say(f"cannot write to standard output: {reason}")


def _stdout_usable() -> bool:
    """False (said once) when stdout was closed at start: fail before doing the work."""
    if _Streams.stdout_closed:
        _stdout_failure("it is closed")
        return False
    return _Streams.stdout_failed is None


def _write_stdout(text: str) -> bool:
    """Write to stdout; a closed pipe (``| head``) ends quietly; a full disk or closed stdout is said once.

    Returns False when the text could not be written (not for a closed pipe, which means "enough").
    """
    if not _stdout_usable():
        return False
    stream: TextIO = sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()
    except (OSError, ValueError) as exc:
        _stdout_failure(_describe_write_error(exc))
        _silence_stdout()
        return False
    return True


def _describe_write_error(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        from briefings.output.atomic import describe_os_error

        return describe_os_error(exc)
    return "it is closed"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _prepare_stdout() -> None:
    """Never crash on a terminal that cannot show Korean: replace what it cannot encode."""
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc and enc not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def _emit(text: str, output: Path | None) -> bool:
    """Send the document to stdout or to a file; False if the file could not be written."""
    if output is None or str(output) == "-":
        return _write_stdout(text)
    from briefings import ExportError, write_atomic

    try:
        write_atomic(output, text)
    except ExportError as exc:
        _say(str(exc))
        return False
    return True


# --------------------------------------------------------------------------- where -o may write


class _OutputRefused(Exception):
    """``-o`` names an input, or a new file inside an input folder: nothing is written."""


def _path_key(path: str) -> str:
    """A resolved path as a file system may compare it: NFC and NFD, upper and lower case alike."""
    return unicodedata.normalize("NFC", os.path.realpath(path)).casefold()


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _written_through(path: str) -> bool:
    """An existing character device or FIFO (``/dev/null``): written into, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _check_output(output: Path | None, inputs: Sequence[str], allow_inside: bool) -> None:
    """Raise ``_OutputRefused`` when writing ``output`` could destroy or add to what is being read.

    An input is matched after resolving links and ``./`` and ignoring case and
    Unicode normal form (as macOS and Windows file systems do), and by device
    and inode (hard links, case-insensitive mounts).
    """
    if output is None or str(output) == "-":
        return
    out = os.fspath(output)
    if _written_through(out):
        return
    out_key = _path_key(out)
    out_id = _identity(out)
    parent_ids = {i for d in Path(os.path.realpath(out)).parents if (i := _identity(str(d))) is not None}
    for p in inputs:
        if not p or not os.path.lexists(p):
            continue
        in_key, in_id = _path_key(p), _identity(p)
        if out_key == in_key or (out_id is not None and out_id == in_id):
            raise _OutputRefused(f"refusing to write to {out}: it is one of the inputs ({p}); choose another -o file")
        if not allow_inside and os.path.isdir(p):
            inside = out_key.startswith(in_key.rstrip(os.sep) + os.sep) or (in_id is not None and in_id in parent_ids)
            if inside:
                raise _OutputRefused(f"refusing to write to {out}: it is inside the input folder {p} "
                                     "(pass --allow-output-inside-inputs to write there anyway)")


def _input_roots(paths: Sequence[str]) -> list[str]:
    """What a run reads: the paths given, or the bundled seeds folder."""
    if paths:
        return list(paths)
    from briefings import seed_dir

    try:
        return [str(seed_dir())]
    except OSError:
        return []


# --------------------------------------------------------------------------- loading and briefing


def _load(paths: Sequence[str], max_bytes: int, encoding: str | None = None
          ) -> tuple[list[Article], list[IngestError]]:
    """Ingest the inputs; paths that do not exist and ingest crashes become error entries."""
    from briefings import IngestError, load_paths

    errors: list[IngestError] = []
    existing: list[str] = []
    for p in paths:
        if os.path.lexists(p):
            existing.append(p)
        else:
            errors.append(IngestError(p, "no such file or directory"))
    if paths and not existing:
        return [], errors

    def load(items: Sequence[str]) -> tuple[list[Article], list[IngestError]]:
        arts, errs = load_paths(items, max_bytes=max_bytes, encoding=encoding)
        return list(arts), list(errs)

    try:
        articles, more = load(existing)
        return articles, errors + more
    except Exception:  # noqa: BLE001 - isolate the input that broke ingest, brief the rest
        pass
    articles = []
    for p in existing or [""]:
        try:
            arts, errs = load([p] if p else [])
        except Exception as exc:  # noqa: BLE001
            reason = f"cannot be read as an article ({type(exc).__name__})"
            errors.append(IngestError(p or "(bundled articles)", reason))
            continue
        articles += arts
        errors += errs
    return articles, errors


def _open_cache(no_cache: bool) -> Cache | None:
    if no_cache:
        return None
    from briefings import Cache

    return Cache(warn=_say)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr when it is a terminal and the work is long enough; else nothing."""
    if total < PROGRESS_MIN_ARTICLES or not _isatty(sys.stderr):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=sys.stderr, highlight=False, markup=False)
    with Progress(TextColumn("briefing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, redirect_stdout=False, redirect_stderr=True) as bar:
        task = bar.add_task("briefing", total=total)

        def update(done: int, _total: int) -> None:
            bar.update(task, completed=done)

        yield update


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _say_article_warnings(articles: Sequence[Article]) -> None:
    """Each article's warnings on stderr; a missing HTML extractor once, loudly, for all of them."""
    from briefings import HTML_EXTRACTED, HTML_EXTRACTOR_MISSING, missing_extractor_message

    said_missing = False
    for a in articles:
        for w in a.warnings:
            if w == HTML_EXTRACTED:
                continue  # the normal way an HTML page is read: in the JSON warnings only
            if w.startswith(HTML_EXTRACTOR_MISSING):
                if not said_missing:
                    _say("ERROR: " + missing_extractor_message())
                    said_missing = True
                continue
            _say(f"{display_path(a.path, a.source)}: {w}")


def _brief_inputs(args: argparse.Namespace) -> tuple[list[Briefing], list[IngestError]]:
    errors: list[IngestError] = []
    briefings = list(_brief_stream(args, errors))
    return briefings, errors


def display_path(path: str, source: str = "") -> str:
    """A path for a message: see ``briefings.output.export.display_path`` (NFD twins, controls)."""
    from briefings.output.export import display_path as shown

    return shown(path, source)


def _brief_stream(args: argparse.Namespace, errors: list[IngestError]) -> Iterator[Briefing]:
    """Load the inputs and yield each briefing as soon as it is ready.

    ``errors`` receives the ingest errors at once and the analysis failures as
    they happen (so it is complete only when the iterator is exhausted).
    """
    articles, load_errors = _load(args.paths, args.max_bytes, getattr(args, "encoding", None))
    # A folder's files and the links in it are known only now: -o must be none of them either.
    _check_output(getattr(args, "output", None), [a.source or a.path for a in articles]
                  + [e.path for e in load_errors], allow_inside=True)
    errors += load_errors
    for e in load_errors:
        _say(f"skipped {display_path(e.path, e.source)}: {e.error}")
    _say_article_warnings(articles)
    cache = _open_cache(args.no_cache)
    with _progress(len(articles)) as progress:
        yield from _brief_each(articles, errors, progress, cache)
    if not articles and not errors:
        _say("no articles found (looked for .txt, .md, .html and .htm files)")


def _brief_each(articles: Sequence[Article], errors: list[IngestError],
                progress: Callable[[int, int], None] | None, cache: Cache | None) -> Iterator[Briefing]:
    """Brief every article; one that makes the analysis fail is named, skipped, and the rest go on."""
    from briefings import AnalyserUnavailable, IngestError, brief_many

    total = len(articles)
    remaining = list(articles)
    while remaining:
        offset = total - len(remaining)

        def report(done: int, _total: int, offset: int = offset) -> None:
            if progress is not None:
                progress(offset + done, total)

        done = 0
        try:
            for b in brief_many(remaining, progress=report, cache=cache):
                done += 1
                yield b
            break
        except AnalyserUnavailable as exc:  # the same for every article left: say it once, loudly
            _say(f"ERROR: {exc}")
            errors += [IngestError(a.path, "not analysed: the Korean analyser cannot be loaded", a.source)
                       for a in remaining[done:]]
            _say(f"{len(remaining) - done} article(s) not analysed")
            break
        except Exception as exc:  # noqa: BLE001 - a bug on one article must not lose the others
            bad = remaining[done]
            error = IngestError(bad.path, f"analysis failed ({type(exc).__name__}: {exc})")
            errors.append(error)
            _say(f"skipped {display_path(error.path, error.source)}: {error.error}")
            remaining = remaining[done + 1 :]


def _stream_json_to_stdout(args: argparse.Namespace) -> int:
    """``brief --format json`` on stdout, one article at a time.

    The bytes are exactly ``briefings_to_json(briefings, errors)``, but no more
    than one briefing and its JSON are held at once: with 10,000 articles the
    whole list and the whole document would cost hundreds of MB.
    """
    from briefings.output.export import FORMAT_VERSION, briefing_to_dict, error_to_dict
    from briefings.output.export import json_dumps as dumps

    if not _stdout_usable():
        return EXIT_SKIPPED
    errors: list[IngestError] = []
    count = 0
    out = _StdoutWriter()
    out.write('{\n  "version": ' + dumps(FORMAT_VERSION) + ',\n  "articles": [')
    for b in _brief_stream(args, errors):
        # A JSON string never holds a raw newline, so re-indenting line by line is exact.
        out.write(("\n" if count == 0 else ",\n") + "    " + dumps(briefing_to_dict(b)).replace("\n", "\n    "))
        count += 1
        if out.broken:
            return EXIT_OK
        if out.failed:
            return EXIT_SKIPPED
    out.write("\n  ]" if count else "]")
    out.write(',\n  "errors": ' + dumps([error_to_dict(e) for e in errors]).replace("\n", "\n  ") + "\n}\n")
    out.flush()
    if out.failed:
        return EXIT_SKIPPED
    return EXIT_SKIPPED if errors or not count else EXIT_OK


class _StdoutWriter:
    """Buffered writes to stdout; a closed pipe (``| head``) ends quietly and is remembered."""

    def __init__(self, limit: int = 1 << 16) -> None:
        self.broken = False
        self.failed = False
        self._parts: list[str] = []
        self._size = 0
        self._limit = limit

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self._limit:
            self.flush()

    def flush(self) -> None:
        if self.broken or self.failed:
            return
        text, self._parts, self._size = "".join(self._parts), [], 0
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            self.broken = True
            _silence_stdout()
        except (OSError, ValueError) as exc:  # a full disk: said once, the run stops, exit 1
            self.failed = True
            _stdout_failure(_describe_write_error(exc))
            _silence_stdout()


def _exit_code(briefings: Sequence[Briefing], errors: Sequence[IngestError]) -> int:
    return EXIT_SKIPPED if errors or not briefings else EXIT_OK


# --------------------------------------------------------------------------- commands


def _refused(args: argparse.Namespace) -> bool:
    """Check ``-o`` against the inputs before any work; True (and one message) when it is refused.

    Also True when the output is stdout and stdout was closed (``>&-``): no work for nothing."""
    if (args.output is None or str(args.output) == "-") and not _stdout_usable():
        return True
    try:
        _check_output(args.output, _input_roots(args.paths), args.allow_output_inside_inputs)
    except _OutputRefused as exc:
        _say(str(exc))
        return True
    return False


def _checked_inputs(args: argparse.Namespace) -> tuple[list[Briefing], list[IngestError]] | int:
    """The briefed inputs and their errors, or the exit code when the output is refused before any work."""
    if _refused(args):
        return EXIT_SKIPPED if _Streams.stdout_failed else EXIT_USAGE
    try:
        return _brief_inputs(args)
    except _OutputRefused as exc:
        _say(str(exc))
        return EXIT_USAGE


def run_brief(argv: Sequence[str]) -> int:
    args = _parse(build_brief_parser(), argv)
    if args.format == "json" and (args.output is None or str(args.output) == "-"):
        return _stream_json_to_stdout(args)
    from briefings import briefings_to_json, briefings_to_markdown, briefings_to_text

    inputs = _checked_inputs(args)
    if isinstance(inputs, int):
        return inputs
    briefings, errors = inputs
    if args.format == "json":
        text = briefings_to_json(briefings, errors)
    elif args.format == "md":
        text = briefings_to_markdown(briefings, args.lang)
    else:
        text = briefings_to_text(briefings, args.lang)
    if not _emit(text, args.output):
        return EXIT_SKIPPED
    return _exit_code(briefings, errors)


def run_compare(argv: Sequence[str]) -> int:
    args = _parse(build_compare_parser(), argv)
    from briefings import compare, comparison_to_json, comparison_to_markdown, comparison_to_text

    inputs = _checked_inputs(args)
    if isinstance(inputs, int):
        return inputs
    briefings, errors = inputs
    comparison = compare(briefings)
    if args.format == "json":
        text = comparison_to_json(comparison, errors)
    elif args.format == "md":
        text = comparison_to_markdown(comparison)
    else:
        text = comparison_to_text(comparison)
    if not _emit(text, args.output):
        return EXIT_SKIPPED
    return _exit_code(briefings, errors)


def _human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"


def run_cache(argv: Sequence[str]) -> int:
    args = build_cache_parser().parse_args(argv)
    from briefings import Cache

    cache = Cache(warn=_say)
    if args.action == "clear":
        removed = cache.clear()
        if cache.clear_failures:
            reasons = sorted(set(cache.clear_failures))
            left = len(cache.clear_failures)
            _say(f"cache clear failed: {left} file{'' if left == 1 else 's'} could not be removed from {cache.root} "
                 f"({'; '.join(reasons)}); removed {removed}")
            return EXIT_SKIPPED
        text = f"removed {removed} cache entr{'y' if removed == 1 else 'ies'} from {_safe(str(cache.root))}\n"
        return EXIT_OK if _write_stdout(text) else EXIT_SKIPPED
    info = cache.info()
    stale = info["entries"] - info["current_entries"]
    lines = [
        f"cache directory: {_safe(info['dir'])}",
        f"entries: {info['entries']} ({_human_bytes(info['bytes'])})",
        f"  for this version: {info['current_entries']} ({_human_bytes(info['current_bytes'])})",
    ]
    if stale:
        lines.append(f"  from other versions: {stale} (never read; '{PROG} cache clear' removes them)")
    return EXIT_OK if _write_stdout("\n".join(lines) + "\n") else EXIT_SKIPPED


def run_reader(argv: Sequence[str]) -> int:
    args = _parse(build_reader_parser(), argv)
    if not (_isatty(sys.stdin) and _isatty(sys.stdout)):
        _say(f"the reader needs a terminal; for output to a file or pipe use '{PROG} brief' or '{PROG} compare'")
        return EXIT_USAGE
    import gc

    gc.disable()  # no collection pauses while the first screen is built; the reader resumes them after it
    try:
        from tui.app import run_app

        return int(run_app(list(args.paths), use_cache=not args.no_cache, max_bytes=args.max_bytes, gc_paused=True,
                           export_dir=os.path.abspath(args.output_dir) if args.output_dir else None))
    finally:
        gc.enable()  # whatever happened before the first frame


_RUNNERS: dict[str, Callable[[Sequence[str]], int]] = {
    "brief": run_brief,
    "compare": run_compare,
    "cache": run_cache,
}


def main(argv: Sequence[str] | None = None) -> int:
    """The ``deepseek-brief`` entry point; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    _Streams.stdout_closed, _Streams.stdout_failed = False, None
    _guard_std_streams()
    _prepare_stdout()
    try:
        if args and args[0] in _RUNNERS:
            return _RUNNERS[args[0]](args[1:])
        return run_reader(args)
    except SystemExit as exc:  # argparse: --help, --version (0) and usage errors (2)
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
