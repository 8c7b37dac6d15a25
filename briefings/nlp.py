"""PLACEHOLDER (being replaced): Korean analysis with one shared Kiwi instance."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from .model import Analysis, Sentence, Token

_lock = threading.Lock()
_kiwi: Any = None


def get_kiwi() -> Any:
    global _kiwi
    with _lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi

            _kiwi = Kiwi()
        return _kiwi


def analyse(text: str) -> Analysis:
    sents = get_kiwi().split_into_sents(text, return_tokens=True)
    return Analysis(
        sentences=tuple(Sentence(s.start, s.end) for s in sents),
        tokens=tuple(tuple(Token(t.form, t.tag, t.start, t.start + t.len) for t in s.tokens) for s in sents),
    )


def analyse_many(texts: Iterable[str]) -> Iterator[Analysis]:
    for text in texts:
        yield analyse(text)
