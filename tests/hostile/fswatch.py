"""Watch a folder with Linux inotify (ctypes, no dependency): who opened or wrote what in it.

Used to prove that the product never opens the FIFO (an ``IN_OPEN`` event
naming it) and never writes into the article folder (modify, create, delete,
move, attribute change).  Events are read after the run, non-blocking.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import struct
import sys
from pathlib import Path

IN_ACCESS = 0x001
IN_MODIFY = 0x002
IN_ATTRIB = 0x004
IN_CLOSE_WRITE = 0x008
IN_OPEN = 0x020
IN_MOVED_FROM = 0x040
IN_MOVED_TO = 0x080
IN_CREATE = 0x100
IN_DELETE = 0x200
IN_ISDIR = 0x40000000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC

WRITES = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
NAMES = {
    IN_ACCESS: "access", IN_MODIFY: "modify", IN_ATTRIB: "attrib", IN_CLOSE_WRITE: "close_write",
    IN_OPEN: "open", IN_MOVED_FROM: "moved_from", IN_MOVED_TO: "moved_to", IN_CREATE: "create",
    IN_DELETE: "delete",
}


def available() -> bool:
    return sys.platform.startswith("linux") and ctypes.util.find_library("c") is not None


class FolderWatch:
    """inotify on one folder (its direct entries): opens and writes, with the entry's name."""

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._libc = libc
        self.fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        mask = IN_OPEN | WRITES
        wd = libc.inotify_add_watch(self.fd, os.fsencode(folder), mask)
        if wd < 0:
            os.close(self.fd)
            raise OSError(ctypes.get_errno(), "inotify_add_watch failed")

    def events(self) -> list[tuple[str, bytes]]:
        """Every event so far, as (kind, entry name); an event on the folder itself has name b''."""
        out: list[tuple[str, bytes]] = []
        while True:
            try:
                buf = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            except OSError as exc:
                if exc.errno == errno.EAGAIN:
                    break
                raise
            i = 0
            while i + 16 <= len(buf):
                _wd, mask, _cookie, length = struct.unpack_from("iIII", buf, i)
                name = buf[i + 16 : i + 16 + length].rstrip(b"\0")
                i += 16 + length
                for bit, kind in NAMES.items():
                    if mask & bit:
                        out.append((kind + ("(dir)" if mask & IN_ISDIR else ""), name))
        return out

    def close(self) -> None:
        os.close(self.fd)
