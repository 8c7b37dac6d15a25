"""A per-article cache of analysis results, so unchanged articles never load Kiwi.

Where: ``$XDG_CACHE_HOME/deepseek-brief`` (default ``~/.cache/deepseek-brief``),
one sub-directory per *core fingerprint*, one file per article.

Key: the entry's file name is the sha256 of the core fingerprint, the source
file's bytes (``Article.digest``) and every article field the analysis reads
(cleaned text, title, date, outlet, byline).  The fingerprint hashes
``CACHE_FORMAT``, the Python and kiwipiepy versions, the source of every
analysis module in ``briefings/`` and every data file under
``briefings/data/``: any change to the code or the lexicons invalidates the
cache automatically (bump ``CACHE_FORMAT`` only when the entry layout itself
changes).  Entries of older fingerprints are never read; ``deepseek-brief cache
clear`` removes them.

Entry: a header (magic, format byte, payload length, CRC-32) and a zlib
(level 1) compressed pickle of the derived parts of the ``Briefing`` (sentence
spans, figures, facts, summaries); neither the article (it comes from ingest)
nor the Kiwi tokens (``Analysis.tokens`` is empty outside the pipeline) are
stored.  Pickle is read with an unpickler that can only build the core's own
model classes, so a foreign file cannot run code; anything corrupt, truncated
or of another format is a miss and is rebuilt.  An entry is 1-2 KiB and loads
in about 0.4 ms, against 30-55 ms of analysis per article plus Kiwi's 1-2 s
start (measured on the seeds and 300-10,000-article corpora, 2 busy cores).

Faults: writes go to a temp file beside the entry and are renamed into place.
If the directory cannot be created or written, the cache turns itself off for
the rest of the run and says so once (the ``warn`` callback, by default one
line on stderr); reads still go on (a read-only cache still helps), and a
missing or unreadable directory is a plain miss.
"""

from __future__ import annotations

import dataclasses
import errno
import gc
import hashlib
import io
import os
import pickle
import stat
import struct
import sys
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefings import model
from briefings.model import Article, Briefing
from briefings.output.atomic import describe_os_error, replace_atomically

CACHE_FORMAT = 3  # 2: no tokens (Analysis.tokens is empty outside the pipeline); 3: + events, headline refs
# Bounds on what an entry of one article may be: a file at most 1 MiB + 16 bytes per character of
# its text, decompressing to at most 1 MiB + 100 bytes per character.  Measured: 0.3-0.5 bytes per
# character pickled for the seeds, 17.6 for a flood of figures (4,500 in 27 kB), 1.5 compressed.
_MAX_ENTRY_BASE = 1 << 20
_FILE_PER_BYTE = 16
_PAYLOAD_PER_BYTE = 100
APP_NAME = "deepseek-brief"

_MAGIC = b"DSBRIEF\x00"
_HEADER = struct.Struct(">8sBII")  # magic, format, payload length, crc32
_SUFFIX = ".dsbc"
# Modules whose source does not change what an entry holds.
# Modules (relative to the package) whose code does not change what an entry holds.
_NOT_ANALYSIS = {"__init__.py", "output", "comparison"}
# The only globals an entry may name: the model's own (frozen, plain-data) dataclasses.
_ALLOWED_CLASSES = {
    name: obj
    for name, obj in vars(model).items()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == model.__name__
}

Warn = Callable[[str], None]

_fingerprint: str | None = None
_fingerprint_lock = threading.Lock()


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/deepseek-brief``, or ``~/.cache/deepseek-brief`` when unset or not absolute."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / APP_NAME


def _kiwi_version() -> str:
    try:
        from importlib.metadata import version

        return version("kiwipiepy")
    except Exception:  # noqa: BLE001 - any metadata failure just means "unknown"
        return "unknown"


def core_fingerprint() -> str:
    """A hash of everything an entry's content depends on (computed once per process)."""
    global _fingerprint
    with _fingerprint_lock:
        if _fingerprint is None:
            h = hashlib.sha256()
            h.update(f"format={CACHE_FORMAT};python={sys.version_info[:2]};kiwi={_kiwi_version()}".encode())
            package = Path(__file__).resolve().parents[1]
            files = sorted(
                p
                for p in package.rglob("*.py")
                if "__pycache__" not in p.parts and p.relative_to(package).parts[0] not in _NOT_ANALYSIS
            )
            data = package / "data"
            if data.is_dir():
                files += [p for p in data.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
            for path in sorted(files):
                h.update(str(path.relative_to(package)).encode("utf-8", "surrogateescape") + b"\0")
                try:
                    h.update(path.read_bytes())
                except OSError:
                    h.update(b"<unreadable>")
                h.update(b"\0")
            _fingerprint = h.hexdigest()
        return _fingerprint


def article_key(article: Article) -> str:
    """The entry name for an article: its bytes' digest and the fields the analysis reads."""
    h = hashlib.sha256()
    for part in (
        core_fingerprint(),
        article.digest,
        article.title,
        article.date or "",
        article.outlet or "",
        article.outlet_en or "",
        article.byline or "",
        article.text,
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class _ModelUnpickler(pickle.Unpickler):
    """Builds only the core's model classes; any other global makes the entry invalid."""

    def find_class(self, module: str, name: str) -> Any:
        if module == model.__name__ and name in _ALLOWED_CLASSES:
            return _ALLOWED_CLASSES[name]
        raise pickle.UnpicklingError(f"foreign class {module}.{name}")


def _encode(b: Briefing) -> bytes:
    payload = zlib.compress(
        pickle.dumps(
            (
                b.analysis, b.figures, b.facts, b.summary_ko, b.headline_en, b.summary_en,
                b.events, b.headline_figures, b.headline_sentences,
            ),
            protocol=5,
        ),
        1,
    )
    return _HEADER.pack(_MAGIC, CACHE_FORMAT, len(payload), zlib.crc32(payload)) + payload


def _unpickle(data: bytes) -> Any:
    """Unpickle with the cycle collector paused: an entry is thousands of small acyclic objects,
    and with many briefings alive each collection pass would scan them all (3x slower)."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _ModelUnpickler(io.BytesIO(data)).load()
    finally:
        if paused:
            gc.enable()


def _read_entry(path: Path, limit: int) -> bytes | str | None:
    """An entry's bytes; None when there is none; a reason when what is there is odd.

    Opened with ``O_NOFOLLOW | O_NONBLOCK``: a link (to ``/dev/zero``, say) is
    refused and a FIFO cannot block; then only a regular file of at most
    ``limit`` bytes is read, and never more than that.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            return None  # an unreadable cache is a plain miss (writes then say why, once)
        return "a symbolic link" if exc.errno == errno.ELOOP else describe_os_error(exc)
    except ValueError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return "not a regular file"
        if st.st_size > limit:
            return f"{st.st_size:,} bytes, more than any entry for this article"
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            return "grew while being read"
        return b"".join(chunks)
    except OSError as exc:
        return describe_os_error(exc)
    finally:
        os.close(fd)


def _inflate(payload: bytes, limit: int) -> bytes | None:
    """``zlib.decompress`` that stops at ``limit`` bytes (None: it would be bigger)."""
    inflater = zlib.decompressobj()
    out = inflater.decompress(payload, limit)
    if inflater.unconsumed_tail or not inflater.eof:
        return None
    return out


def _decode(data: bytes, article: Article, limit: int = 1 << 62) -> Briefing | str | None:
    """The briefing in an entry; None when the entry is damaged; a reason when it is a decompression bomb."""
    if len(data) < _HEADER.size:
        return None
    magic, fmt, length, crc = _HEADER.unpack_from(data)
    payload = data[_HEADER.size :]
    if magic != _MAGIC or fmt != CACHE_FORMAT or length != len(payload) or zlib.crc32(payload) != crc:
        return None
    try:
        raw = _inflate(payload, limit)
    except zlib.error:
        return None
    if raw is None:
        return f"decompresses to more than {limit:,} bytes"
    try:
        parts = _unpickle(raw)
        analysis, figures, facts, summary_ko, headline_en, summary_en, events, headline_figures, headline_sentences = (
            parts
        )
        if isinstance(analysis, model.Analysis) and analysis.tokens:
            analysis = model.Analysis(analysis.sentences)
        briefing = Briefing(
            article, analysis, figures, facts, summary_ko, headline_en, summary_en,
            tuple(events), tuple(headline_figures), tuple(headline_sentences),
        )
    except Exception:  # noqa: BLE001 - a bad entry is a miss, whatever broke
        return None
    if not _plausible(briefing):
        return None
    return briefing


def _plausible(b: Briefing) -> bool:
    """Cheap shape checks: right types, every span inside this article's text."""
    n = len(b.article.text)
    if not isinstance(b.analysis, model.Analysis) or not isinstance(b.headline_en, str):
        return False
    sentences = b.analysis.sentences
    if not all(isinstance(s, model.Sentence) and 0 <= s.start <= s.end <= n for s in sentences):
        return False
    if not all(
        isinstance(f, model.Figure) and 0 <= f.start < f.end <= n and b.article.text[f.start : f.end] == f.surface
        for f in b.figures
    ):
        return False
    if not all(isinstance(i, int) and 0 <= i < len(sentences) for i in b.summary_ko):
        return False
    if not all(isinstance(i, int) and 0 <= i < len(b.figures) for i in b.headline_figures):
        return False
    if not all(isinstance(e, model.Event) for e in b.events):
        return False
    return all(
        isinstance(line, model.BriefLine) and all(isinstance(i, int) and 0 <= i < len(b.figures) for i in line.figures)
        for line in b.summary_en
    )


def _stderr_warn(message: str) -> None:
    if sys.stderr is None:  # closed stderr: print(file=None) would write to stdout
        return
    try:
        print(f"{APP_NAME}: {message}", file=sys.stderr)
    except (OSError, ValueError):
        pass


class Cache:
    """Analysis results per article on disk; every failure degrades to recomputing.

    ``get(article)`` returns the cached ``Briefing`` (with this very article in
    it) or None; ``put(briefing)`` stores one.  Safe to share between threads.
    """

    def __init__(self, dir: Path | str | None = None, warn: Warn | None = None) -> None:
        self.root = Path(dir) if dir is not None else default_cache_dir()
        self._warn: Warn = warn if warn is not None else _stderr_warn
        self._lock = threading.Lock()
        self._ready = False
        self.disabled_reason: str | None = None
        self.hits = 0
        self.misses = 0
        self.odd_entries = 0  # entries ignored as not regular, too big or a decompression bomb
        self._odd_said = False
        self.clear_failures: list[str] = []  # why entries could not be removed, by the last clear()

    @property
    def dir(self) -> Path:
        """The directory holding the entries of this core version."""
        return self.root / core_fingerprint()[:16]

    @property
    def enabled(self) -> bool:
        return self.disabled_reason is None

    def _path(self, article: Article) -> Path:
        return self.dir / (article_key(article) + _SUFFIX)

    def get(self, article: Article) -> Briefing | None:
        """The cached briefing of ``article``, or None (missing, corrupt, other version).

        Reads go on after writes failed: a read-only cache still saves work.
        Nothing found is trusted: the entry is opened without following a link
        and without blocking (a FIFO), must be a regular file of a plausible
        size, and may decompress to a bounded size only (a zlib bomb); anything
        odd is a miss, said once per run.
        """
        path = self._path(article)
        limit = _MAX_ENTRY_BASE + _FILE_PER_BYTE * len(article.text)
        got = _read_entry(path, limit)
        if isinstance(got, str):
            self._odd(path, got)
            got = None
        briefing = None
        if got is not None:
            decoded = _decode(got, article, _MAX_ENTRY_BASE + _PAYLOAD_PER_BYTE * len(article.text))
            if isinstance(decoded, str):
                self._odd(path, decoded)
            else:
                briefing = decoded
        if briefing is None:
            self.misses += 1
        else:
            self.hits += 1
        return briefing

    def _odd(self, path: Path, reason: str) -> None:
        """An entry that is not what this cache writes: a miss, and one warning per run."""
        with self._lock:
            self.odd_entries += 1
            if self._odd_said:
                return
            self._odd_said = True
        self._warn(f"ignoring an odd cache entry ({reason}): {path}; the article is analysed again "
                   "(further odd entries are not reported)")

    def put(self, briefing: Briefing) -> bool:
        """Store a briefing atomically; False (and one warning per run) when the cache cannot be written."""
        if self.disabled_reason is not None:
            return False
        target = self._path(briefing.article)
        data = _encode(briefing)
        try:
            if not self._ready:
                self.dir.mkdir(parents=True, exist_ok=True)
                if not stat.S_ISDIR(os.lstat(self.dir).st_mode):  # a link named like a version: never write through
                    self._disable_because(f"{self.dir} is a link, not a directory")
                    return False
                self._ready = True
            replace_atomically(target, data, durable=False)
            return True
        except OSError as exc:
            self._disable(exc)
            return False

    def _disable(self, exc: OSError) -> None:
        self._disable_because(f"cannot write to {self.root}: {describe_os_error(exc)}")

    def _disable_because(self, reason: str) -> None:
        with self._lock:
            if self.disabled_reason is not None:
                return
            self.disabled_reason = reason
        self._warn(f"cache disabled, running without it ({self.disabled_reason})")

    def _scan(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """Every version directory and our files in it: ``[(dir name, [(file name, size)])]``.

        Only what this cache creates counts: a version directory must be a real
        directory (a link, even one named like a version, is never entered), and
        a file must be a regular file (never a link) owned by this user and named
        ``*.dsbc`` or ``*.tmp``.  Raises ``OSError`` when the root cannot be read.
        """
        found: list[tuple[str, list[tuple[str, int]]]] = []
        try:
            names = sorted(os.listdir(self.root))
        except (FileNotFoundError, NotADirectoryError):
            return found
        for name in names:
            if not _is_version_dir(name):
                continue
            try:
                with _open_dir(self.root / name) as fd:
                    found.append((name, _own_files(fd)))
            except OSError:
                continue
        return found

    def info(self) -> dict[str, Any]:
        """``{"dir", "entries", "bytes", "current_entries", "current_bytes", "enabled"}``."""
        entries = current = size = current_size = 0
        here = self.dir.name
        try:
            scanned = self._scan()
        except OSError:
            scanned = []
        for d, files in scanned:
            for name, n in files:
                if not name.endswith(_SUFFIX):
                    continue
                entries += 1
                size += n
                if d == here:
                    current += 1
                    current_size += n
        return {
            "dir": str(self.root),
            "entries": entries,
            "bytes": size,
            "current_entries": current,
            "current_bytes": current_size,
            "enabled": self.enabled,
        }

    def clear(self) -> int:
        """Remove every entry (all versions); returns how many entries were removed.

        Files are removed by name inside the opened version directory (never
        through a link, even if one is swapped in meanwhile).  ``clear_failures``
        lists why files could not be removed (empty when all went).
        """
        removed = 0
        self.clear_failures = []
        try:
            scanned = self._scan()
        except OSError as exc:
            self.clear_failures.append(f"cannot read {self.root}: {describe_os_error(exc)}")
            return 0
        for d, files in scanned:
            try:
                with _open_dir(self.root / d) as fd:
                    for name, _size in files:
                        try:
                            os.unlink(name, dir_fd=fd)
                        except FileNotFoundError:
                            continue
                        except OSError as exc:
                            self.clear_failures.append(describe_os_error(exc))
                            continue
                        if name.endswith(_SUFFIX):
                            removed += 1
            except OSError as exc:
                self.clear_failures.append(describe_os_error(exc))
                continue
            try:
                os.rmdir(self.root / d)
            except OSError:
                pass  # not empty (a file that is not ours) or not removable: leave it
        self._ready = False
        return removed


class _open_dir:  # noqa: N801 - used like open()
    """A directory opened without following a link (``O_NOFOLLOW | O_DIRECTORY``), as a context manager."""

    def __init__(self, path: Path) -> None:
        flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        self.fd = os.open(path, flags)

    def __enter__(self) -> int:
        return self.fd

    def __exit__(self, *_: object) -> None:
        os.close(self.fd)


def _own_files(dir_fd: int) -> list[tuple[str, int]]:
    """Regular ``*.dsbc`` / ``*.tmp`` files of this user in an opened directory: ``[(name, size)]``."""
    me = os.geteuid() if hasattr(os, "geteuid") else None
    out: list[tuple[str, int]] = []
    for name in sorted(os.listdir(dir_fd)):
        if not name.endswith((_SUFFIX, ".tmp")):
            continue
        try:
            st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and (me is None or st.st_uid == me):
            out.append((name, st.st_size))
    return out


def _is_version_dir(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)
