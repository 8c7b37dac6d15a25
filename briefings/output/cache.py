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
import gc
import hashlib
import io
import os
import pickle
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


def _decode(data: bytes, article: Article) -> Briefing | None:
    if len(data) < _HEADER.size:
        return None
    magic, fmt, length, crc = _HEADER.unpack_from(data)
    payload = data[_HEADER.size :]
    if magic != _MAGIC or fmt != CACHE_FORMAT or length != len(payload) or zlib.crc32(payload) != crc:
        return None
    try:
        parts = _unpickle(zlib.decompress(payload))
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
        """
        try:
            data = self._path(article).read_bytes()
        except (OSError, ValueError):
            self.misses += 1
            return None
        briefing = _decode(data, article)
        if briefing is None:
            self.misses += 1
        else:
            self.hits += 1
        return briefing

    def put(self, briefing: Briefing) -> bool:
        """Store a briefing atomically; False (and one warning per run) when the cache cannot be written."""
        if self.disabled_reason is not None:
            return False
        target = self._path(briefing.article)
        data = _encode(briefing)
        try:
            if not self._ready:
                self.dir.mkdir(parents=True, exist_ok=True)
                self._ready = True
            replace_atomically(target, data, durable=False)
            return True
        except OSError as exc:
            self._disable(exc)
            return False

    def _disable(self, exc: OSError) -> None:
        with self._lock:
            if self.disabled_reason is not None:
                return
            self.disabled_reason = f"cannot write to {self.root}: {describe_os_error(exc)}"
        self._warn(f"cache disabled, running without it ({self.disabled_reason})")

    def _entry_files(self) -> list[Path]:
        """Our entry and temp files in every version directory (never anything else)."""
        found: list[Path] = []
        try:
            versions = [d for d in self.root.iterdir() if d.is_dir() and _is_version_dir(d.name)]
        except OSError:
            return found
        for d in versions:
            try:
                found += [p for p in d.iterdir() if p.suffix in (_SUFFIX, ".tmp") and p.is_file()]
            except OSError:
                continue
        return found

    def info(self) -> dict[str, Any]:
        """``{"dir", "entries", "bytes", "current_entries", "current_bytes", "enabled"}``."""
        entries = current = size = current_size = 0
        here = self.dir
        for p in self._entry_files():
            if p.suffix != _SUFFIX:
                continue
            try:
                n = p.stat().st_size
            except OSError:
                continue
            entries += 1
            size += n
            if p.parent == here:
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
        """Remove every entry (all versions); returns how many entries were removed."""
        removed = 0
        dirs: set[Path] = set()
        for p in self._entry_files():
            try:
                p.unlink()
            except OSError:
                continue
            dirs.add(p.parent)
            if p.suffix == _SUFFIX:
                removed += 1
        for d in dirs:
            try:
                d.rmdir()
            except OSError:
                pass
        self._ready = False
        return removed


def _is_version_dir(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)
