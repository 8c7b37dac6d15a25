"""The threads the reader's workers run in: daemon threads that quitting never waits for.

Textual runs ``@work(thread=True)`` workers in the event loop's default executor,
and ``asyncio.run`` joins that executor's threads when the app ends.  A thread
cannot be stopped from outside, and the core does not look at cancellation in the
middle of one article (a long Kiwi call, a flood of figures), so `q` would blank
the screen and then wait, with a core still spinning, until that article was done.

``AbandoningExecutor`` runs each job in its own daemon thread and never joins them:
when the reader ends, work still running is abandoned with the process.  Nothing is
lost by that: results only ever go to the screen, and the cache writes each entry
atomically (a temp file renamed into place), so an abandoned write leaves at most a
temp file (``cache clear`` removes those), never a partial entry.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class AbandoningExecutor(ThreadPoolExecutor):
    """One daemon thread per job; ``shutdown`` stops new jobs and does not wait for running ones.

    A ``ThreadPoolExecutor`` only because asyncio accepts nothing else as the default
    executor; none of the pool's own threads is ever started.
    """

    def __init__(self, name: str = "deepseek-brief-worker") -> None:
        super().__init__(max_workers=1, thread_name_prefix=name)
        self._name = name
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new futures after shutdown")
            thread = threading.Thread(target=_run, args=(future, fn, args, kwargs),
                                      name=f"{self._name}-{next(self._numbers)}", daemon=True)
            thread.start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """No new jobs; running ones are left to end with the process (``wait`` is not honoured on purpose)."""
        with self._lock:
            self._closed = True


def _run(future: Future[T], fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - handed to whoever awaits the future, as executors do
        future.set_exception(exc)
    else:
        future.set_result(result)
