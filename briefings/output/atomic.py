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


def current_umask() -> int:
    """The process's umask, read without changing it (``os.umask`` would, for a moment, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _keep_owner(fd: int, owner: tuple[int, int]) -> None:
    """Give the new file the old one's owner and group where allowed (root), else at least the group."""
    uid, gid = owner
    for want in ((uid, gid), (-1, gid)):
        try:
            os.fchown(fd, *want)
            return
        except OSError:
            continue


def replace_atomically(path: Path, data: bytes, *, durable: bool = True, prefix: str = ".",
                       mode: int | None = None, owner: tuple[int, int] | None = None) -> None:
    """Put ``data`` at ``path`` in one step: a temp file in the same folder, then ``os.replace``.

    ``durable`` fsyncs before the rename and gives the file the usual permissions
    (0o666 less the umask, where mkstemp would give 0o600), or ``mode`` when given
    (the mode of the file being replaced); ``owner`` (uid, gid) is kept when the
    process may. Raises ``OSError``; on any failure the temp file is removed and
    ``path`` is left as it was.
    """
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
        try:
            if owner is not None:
                _keep_owner(fd, owner)
            if mode is not None:
                os.fchmod(fd, mode & 0o777)
            elif durable:
                os.fchmod(fd, 0o666 & ~current_umask())
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


def write_through(path: Path, data: bytes) -> None:
    """Write ``data`` into an existing character device or FIFO (``/dev/null``, a pipe), never replacing it.

    Opened without creating or truncating, so the node stays what it was. Raises ``OSError``.
    """
    fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
