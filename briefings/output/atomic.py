"""Writing a file all at once (temp file beside it, then rename), and saying why a write failed.

Shared by the exports (which must never leave a partial file) and the cache
(whose entries must never be read half-written).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "disk full",
    errno.EDQUOT: "disk quota exceeded",
    errno.ENOENT: "directory does not exist",
    errno.ENOTDIR: "a parent is not a directory",
    errno.EISDIR: "is a directory",
    errno.EROFS: "read-only file system",
    errno.ENAMETOOLONG: "file name too long",
}


def describe_os_error(exc: OSError) -> str:
    """A failed write's reason in a few lower-case words ("disk full")."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def replace_atomically(path: Path, data: bytes, *, durable: bool = True, prefix: str = ".") -> None:
    """Put ``data`` at ``path`` in one step: a temp file in the same folder, then ``os.replace``.

    ``durable`` fsyncs before the rename and gives the file the usual permissions
    (0o666 less the umask, where mkstemp would give 0o600). Raises ``OSError``; on
    any failure the temp file is removed and ``path`` is left as it was.
    """
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
        try:
            if durable:
                os.fchmod(fd, 0o666 & ~_umask())
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
