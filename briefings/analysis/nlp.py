"""Korean analysis with one shared Kiwi instance (kiwipiepy).

The text is cut into pieces before Kiwi sees it: first at newlines (a line
without final punctuation, such as a heading or "① ...", would otherwise merge
with the next line), then very long lines at sentence-like boundaries (Kiwi's
cost grows faster than linearly with the length of one string).  All pieces of
all texts go to Kiwi as one iterable, which Kiwi analyses on its worker
threads; sentences and tokens come back with spans in the article's own
coordinates.

Kiwi cuts after a closing quotation mark whose opening mark it did not see
(a quotation that began on an earlier line, or in backticks), leaving
fragments such as "라고 말했다." or "고 주장했다.".  Such a piece is joined
back to the sentence before it (``_continues``): a Korean sentence never
starts with a particle or an ending, and a quotative or connective ending
("…다.”라고", "…다.”고", "…다.”며", "`…`는") belongs to the quotation it
follows.  A piece without any letter or digit (the "." after "…”(김 교수)")
is joined back too.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

from briefings.lexicon import glossary
from briefings.model import Analysis, Sentence, Token

MAX_PIECE = 2000  # characters; longer lines are cut near a sentence end
_lock = threading.Lock()
_kiwi: Any = None
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。？！…])[\"'”’)\]]*\s+")
_CLOSING_QUOTES = frozenset("”\"’'`」』》〉>")  # quotation marks, and the brackets of titles ("<기생충>은")
# Kiwi tags a sentence never starts with: particles (J*), endings (E*), suffixes (XS*), the copula
_CONTINUATION_TAGS = ("J", "E", "XS", "VCP")
_WORD = re.compile(r"[^\W_]")


@cache
def _quote_link() -> re.Pattern[str]:
    """The first word of a piece that continues a quotation (data: quote_links.txt)."""
    text = files("briefings.data").joinpath("quote_links.txt").read_text("utf-8")
    words = sorted({w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}, key=len)
    alternatives = "|".join(map(re.escape, reversed(words)))
    return re.compile(rf"(?:{alternatives})(?![\uac00-\ud7a3])")


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class AnalyserUnavailable(RuntimeError):
    """The Korean analyser (kiwipiepy and its model) cannot be loaded: an installation fault, the
    same for every article, never a fault of the one being analysed."""


def _build_kiwi() -> Any:
    try:
        from kiwipiepy import Kiwi
    except Exception as exc:  # ImportError, or a broken native module or model package
        raise AnalyserUnavailable(
            f"the Korean analyser cannot be loaded ({type(exc).__name__}: {exc}): an installation fault; "
            "reinstall with 'pip install --force-reinstall deepseek-brief' and check 'deepseek-brief --version'"
        ) from exc

    # The typo and multi-word dictionaries cost ~240 MB and add nothing for news
    # text; the multi-word names we need (people, companies) come from the glossary.
    kiwi = Kiwi(num_workers=_workers(), load_typo_dict=False, load_multi_dict=False)
    for entity in glossary():
        if entity.user_word:
            kiwi.add_user_word(entity.ko, "NNP", user_value={"en": entity.en, "type": entity.type})
    kiwi.tokenize("딥시크")  # build the model now, after every dictionary change
    return kiwi


def get_kiwi() -> Any:
    """The one shared Kiwi, loaded on first use with the domain user dictionary."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                _kiwi = _build_kiwi()
    return _kiwi


def _cut_long(line: str, offset: int) -> Iterator[tuple[int, str]]:
    """Cut one long line into pieces of at most about MAX_PIECE characters."""
    start = 0
    n = len(line)
    while n - start > MAX_PIECE:
        window_end = start + MAX_PIECE
        cut = -1
        for m in _SENTENCE_END.finditer(line, start + MAX_PIECE // 4, window_end):
            cut = m.end()
        if cut <= start:
            space = line.rfind(" ", start + MAX_PIECE // 4, window_end)
            cut = space + 1 if space > start else window_end
        yield offset + start, line[start:cut]
        start = cut
    if start < n:
        yield offset + start, line[start:]


def pieces(text: str) -> list[tuple[int, str]]:
    """The (offset, piece) pairs Kiwi analyses for ``text``: stripped lines, long ones cut."""
    out: list[tuple[int, str]] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        offset = m.start() + (len(line) - len(line.lstrip()))
        if len(stripped) <= MAX_PIECE:
            out.append((offset, stripped))
        else:
            out.extend(_cut_long(stripped, offset))
    return out


def _sentences_of(result: Any, offset: int, piece: str) -> Iterator[tuple[Sentence, tuple[Token, ...]]]:
    for sent in result:
        start, end = sent.start, sent.end
        while start < end and piece[start].isspace():
            start += 1
        while end > start and piece[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        tokens = tuple(_kept(t, offset) for t in (sent.tokens or ()))
        yield Sentence(offset + start, offset + end), tokens


_TAG_BASES: dict[str, str] = {}  # Kiwi tag -> the tag kept (its part before "-": "VV-R" -> "VV"), interned
_new = object.__new__
_set_form, _set_tag = Token.form.__set__, Token.tag.__set__  # type: ignore[attr-defined]
_set_start, _set_end = Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]


def _kept(t: Any, offset: int) -> Token:
    """The ``Token`` kept of a Kiwi token: its form and tag interned, its span moved by ``offset``.

    Every token of every article is built here on the main thread, so the frozen dataclass's ``__init__``
    (one ``object.__setattr__`` call per field) is skipped: the four slots are set directly, which gives the
    same object (``Token`` has exactly these four fields and no ``__post_init__``; tests/briefings/
    test_perf_caches.py checks it)."""
    tag = t.tag
    kept = _TAG_BASES.get(tag)
    if kept is None:
        kept = _TAG_BASES[tag] = sys.intern(tag.split("-", 1)[0])
    start = offset + t.start
    token = _new(Token)
    _set_form(token, sys.intern(t.form))
    _set_tag(token, kept)
    _set_start(token, start)
    _set_end(token, start + t.len)
    return token


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3131" <= ch <= "\u318e"


def starts_as_continuation(body: str, tokens: Sequence[Token]) -> bool:
    """Does this piece read as the rest of a sentence rather than a sentence of its own?

    Only punctuation; a first morpheme that is a particle, an ending, a suffix or the copula
    (a Korean sentence never starts with one); or a quotative or connective word of
    ``quote_links.txt`` ("라고 말했다.", "고 주장했다.", "며 …"), which Kiwi, reading the piece
    alone, may take for a word ("고" as a determiner, "라" as a noun).
    """
    if not _WORD.search(body):
        return True
    first = next((t for t in tokens if t.end > t.start), None)
    if first is not None and first.tag.startswith(_CONTINUATION_TAGS):
        return True
    return bool(_quote_link().match(body))


def _continues(text: str, prev: Sentence, sentence: Sentence, tokens: tuple[Token, ...]) -> bool:
    """Is ``sentence`` the tail of ``prev`` that Kiwi cut off (see the module docstring)?"""
    gap = text[prev.end : sentence.start]
    if "\n" in gap:
        return False  # never across lines
    body = text[sentence.start : sentence.end]
    if not _WORD.search(body):
        return True  # only punctuation: ".", ")."
    if text[prev.end - 1] not in _CLOSING_QUOTES or prev.end - prev.start < 2 or text[prev.end - 2].isspace():
        return False  # no quotation mark closes there (a mark after a space opens one: "…있다. ’친 …")
    if starts_as_continuation(body, tokens):
        return True  # "…다.”라고 말했다." / "…다.” 고 주장했다." / "…다.”며 …"
    return not gap and _is_hangul(body[0])  # "`…`는 이론을 발표했다.": attached to the quotation


def _assemble(text: str, parts: list[list[tuple[Sentence, tuple[Token, ...]]]]) -> Analysis:
    sentences: list[Sentence] = []
    tokens: list[tuple[Token, ...]] = []
    for part in parts:
        for sentence, toks in part:
            if sentences and _continues(text, sentences[-1], sentence, toks):
                sentences[-1] = Sentence(sentences[-1].start, sentence.end)
                tokens[-1] = tokens[-1] + toks
                continue
            sentences.append(sentence)
            tokens.append(toks)
    return Analysis(sentences=tuple(sentences), tokens=tuple(tokens))


def analyse(text: str) -> Analysis:
    """Sentences (spans of ``text``) and their Kiwi tokens."""
    return next(analyse_many([text]))


def analyse_many(texts: Iterable[str]) -> Iterator[Analysis]:
    """Analyse many texts lazily, in input order, feeding Kiwi one stream of pieces.

    Kiwi reads ahead in the piece stream and works on several pieces at once;
    the results come back in order, so each text's analysis is complete as soon
    as its last piece is back.
    """
    kiwi = get_kiwi()
    # For each text (in order): its pieces, still to be matched with results.
    pending: deque[tuple[str, list[tuple[int, str]]]] = deque()

    def stream() -> Iterator[str]:
        for text in texts:
            ps = pieces(text)
            pending.append((text, ps))
            for _, piece in ps:
                yield piece

    results = kiwi.split_into_sents(stream(), return_tokens=True, return_sub_sents=False)
    parts: list[list[tuple[Sentence, tuple[Token, ...]]]] = []
    for result in results:
        # Texts without pieces that precede this result are complete (and empty).
        while pending and not pending[0][1]:
            pending.popleft()
            yield Analysis(sentences=(), tokens=())
        text, current = pending[0]
        offset, piece = current[len(parts)]
        parts.append(list(_sentences_of(result, offset, piece)))
        if len(parts) == len(current):
            pending.popleft()
            yield _assemble(text, parts)
            parts = []
    while pending:
        pending.popleft()
        yield Analysis(sentences=(), tokens=())


_FINAL = re.compile(r"(?:[.!?。？！…:;]|[다요죠음함임됨까])[\"'”’」』)\]]*$")


def is_heading(text: str, sentence: Sentence, max_len: int = 80) -> bool:
    """A short line of its own that does not end like a sentence (a title or section head)."""
    body = text[sentence.start : sentence.end]
    if len(body) > max_len or _FINAL.search(body):
        return False
    # Alone on its line: only blanks before it and after it up to the line ends.  Scanned one
    # character at a time, so a sentence inside a huge one-line text costs nothing more.
    i = sentence.start - 1
    while i >= 0 and text[i] != "\n":
        if not text[i].isspace():
            return False
        i -= 1
    j = sentence.end
    while j < len(text) and text[j] != "\n":
        if not text[j].isspace():
            return False
        j += 1
    return True
