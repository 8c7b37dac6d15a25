"""Files in, :class:`Article` or :class:`IngestError` out.

``read_article`` decides what a path is before reading it: only a regular file
is opened (read-only, non-blocking, never written); FIFOs, devices, sockets
and folders are reported, and so are broken symbolic links, permission errors,
empty, whitespace-only, binary and undecodable files.  A file over the size
cap is cut at a line (or character) boundary with a warning.

Decoding order: byte-order mark (UTF-32 before UTF-16, UTF-8-SIG) -> BOM-less
UTF-16/32 recognised by its NUL pattern (both byte orders tried, the text
decides) -> strict UTF-8 -> the charset an HTML page declares -> strict CP949
(a superset of EUC-KR) -> charset-normalizer (a guess, named in
``Article.warnings``).  Valid UTF-8 beats a declaration; a declaration that is
no text encoding (base64, zlib, rot13 ...), unknown, or does not fit the bytes
is ignored, and the article's warnings say so.  Stray NUL bytes in an
otherwise text file are removed with a warning.  A file that starts as HTML is
read as HTML whatever its name; one without a single Hangul character is no
Korean article ("no Korean text").  ``load_paths`` never lets one file's
failure stop the others.

Then: :func:`briefings.sanitize.sanitize`, HTML body extraction (trafilatura,
with a plain-text fallback), page furniture removal
(:mod:`briefings.ingest.furniture`) and metadata (:mod:`briefings.ingest.metadata`).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from briefings.ingest.extractor import (
    HTML_EXTRACTED,
    HTML_EXTRACTOR_FAILED,
    HTML_EXTRACTOR_MISSING,
    HTML_NO_BODY,
    extractor_problem,
    load_extractor,
)
from briefings.ingest.furniture import find_furniture
from briefings.ingest.metadata import extract_metadata, parse_date
from briefings.ingest.sanitize import safe_name, safe_path, sanitize, strip_escape_sequences
from briefings.model import Article, IngestError

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "article_files",
    "decode_bytes",
    "load_paths",
    "read_article",
    "seed_dir",
    "source_changed",
    "text_encoding",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 5_000_000
MAX_TITLE = 200
_READ_CHUNK = 1 << 20
_MAX_STRAY_NULS = 0.10  # more NUL bytes than this share (and not UTF-16/32): binary
_MAX_BAD_CHARS = 0.02  # more control/unassigned characters than this share: not text
_MAX_REPLACED = 0.01  # UTF-8 with at most this share of bad bytes is read with U+FFFD


def seed_dir() -> Path:
    """The bundled seed articles: ``briefings/seeds`` when installed, ``<repo>/seeds`` in a checkout."""
    here = Path(__file__).resolve().parents[1]  # the briefings package
    for cand in (here / "seeds", here.parent / "seeds"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("bundled seeds not found")


# --------------------------------------------------------------------------- files


def _mb(n: int) -> str:
    """A size cap for people: "5 MB", "250 KB", "100 bytes"."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} KB"
    return "1 byte" if n == 1 else f"{n:,} bytes"


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _os_reason(exc: OSError, path: str | os.PathLike[str]) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link" if os.path.lexists(path) else "no such file"
    if isinstance(exc, IsADirectoryError):
        return "not a regular file (a folder)"
    if isinstance(exc, NotADirectoryError):
        return "no such file (a parent is not a folder)"
    reason = (exc.strerror or type(exc).__name__).lower()
    return sanitize(reason).replace("\n", " ")


def _stat_reason(path: str | os.PathLike[str]) -> tuple[os.stat_result | None, str | None]:
    try:
        st = os.stat(path)
    except OSError as exc:
        return None, _os_reason(exc, path)
    except ValueError:  # embedded NUL in the name
        return None, "invalid file name"
    if not stat.S_ISREG(st.st_mode):
        return st, f"not a regular file ({_kind_of(st.st_mode)})"
    return st, None


def _read_bytes(path: str | os.PathLike[str], max_bytes: int) -> tuple[bytes, bool] | str:
    """The first ``max_bytes`` of a regular file and whether there was more; or a reason."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return _os_reason(exc, path)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped after the first look
            return f"not a regular file ({_kind_of(st.st_mode)})"
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(_READ_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except BlockingIOError:
        return "not readable without waiting"
    except OSError as exc:
        return _os_reason(exc, path)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    return data[:max_bytes], len(data) > max_bytes


# ------------------------------------------------------------------------ decoding

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)


# Codecs that ``codecs.lookup`` knows and calls text encodings, but in which no file is written.
_NOT_CHARSETS = frozenset(("undefined", "idna", "punycode"))


def text_encoding(name: str) -> str:
    """The codec name of the text encoding called ``name``.

    Raises LookupError ("unknown encoding: 'klingon-8'") for a name Python does
    not know and ValueError ("not a text encoding: 'base64'") for a codec that
    does not turn bytes into text: base64, hex, zlib, bz2, uu, quopri, rot13
    (``CodecInfo._is_text_encoding`` is false) and undefined, idna, punycode.
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        raise LookupError(f"unknown encoding: {sanitize(name)!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("-", "_") in _NOT_CHARSETS:
        raise ValueError(f"not a text encoding: {sanitize(name)!r}")
    return info.name


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _strict(data: bytes, encoding: str, truncated: bool) -> str | None:
    """Decode strictly; a cut-off last character of a truncated file is dropped."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        return decoder.decode(data, final=not truncated)
    except (UnicodeError, LookupError, ValueError, TypeError):  # a codec that refuses the bytes: not this one
        return None


def _lenient(data: bytes, encoding: str, truncated: bool) -> tuple[str, int]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(data, final=not truncated)
    return text, text.count("\ufffd")


def _bad_share(text: str) -> float:
    """Share of characters that no text file holds (controls, unassigned, private use)."""
    if not text:
        return 0.0
    sample = strip_escape_sequences(text[:20_000])  # coloured terminal output is still text
    if not sample:
        return 0.0
    return _bad_count(sample) / len(sample)


_BAD_CATEGORIES = frozenset(("Cc", "Cn", "Co", "Cs"))
_CHUNK = 1024


def _bad_count(sample: str) -> int:
    """How many characters of ``sample`` are controls (but whitespace), unassigned, private use or surrogates.

    Every such character is non-printable, so only the chunks that
    ``str.isprintable`` rejects are looked at character by character (a plain
    article: none, at C speed).
    """
    flat = sample
    if not flat.isprintable():
        for ch in "\t\n\r\f\v":
            flat = flat.replace(ch, " ")
    bad = 0
    for i in range(0, len(flat), _CHUNK):
        chunk = flat[i : i + _CHUNK]
        if not chunk.isprintable():
            bad += sum(1 for ch in chunk if not ch.isprintable() and unicodedata.category(ch) in _BAD_CATEGORIES)
    return bad


def _looks_like_text(text: str) -> bool:
    return _bad_share(text) <= _MAX_BAD_CHARS


def _wide_candidates(data: bytes) -> list[str]:
    """UTF-32/UTF-16 codecs the NUL bytes of ``data`` point to, the likelier first."""
    sample = data[:8192]
    found: list[str] = []
    quads = len(sample) // 4
    if quads >= 2:
        cols = [sample[k : quads * 4 : 4].count(0) / quads for k in range(4)]
        if cols[2] >= 0.95 and cols[3] >= 0.95 and cols[0] < 0.5:
            found.append("utf-32-le")
        if cols[0] >= 0.95 and cols[1] >= 0.95 and cols[3] < 0.5:
            found.append("utf-32-be")
    pairs = len(sample) // 2
    if pairs >= 1:
        even = sample[0 : pairs * 2 : 2].count(0) / pairs
        odd = sample[1 : pairs * 2 : 2].count(0) / pairs
        # ASCII (spaces, digits, line ends) in UTF-16-LE puts NULs at odd offsets; a Hangul syllable
        # such as 가 (U+AC00) puts one at an even offset: both byte orders are tried and the text decides
        if max(even, odd) >= 0.05:
            found += ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    return found


# Characters of Korean news text: ASCII, Hangul, CJK and general punctuation, full-width forms.
_LIKELY = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u1100-\u11ff\u2000-\u206f\u3000-\u318f\uac00-\ud7a3\uff00-\uffef]")


def _likely_share(text: str) -> float:
    sample = text[:20_000]
    return len(_LIKELY.findall(sample)) / len(sample) if sample else 0.0


def _wide_unicode(data: bytes, truncated: bool = False) -> str | None:
    """UTF-32/UTF-16 without a BOM: the codec its NUL pattern points to whose text reads best, or None."""
    decoded = _read_wide(data, truncated)
    return decoded.encoding if decoded is not None else None


def _read_wide(data: bytes, truncated: bool) -> Decoded | None:
    best: tuple[float, Decoded] | None = None
    for codec in _wide_candidates(data):
        cut = truncated or len(data) % (4 if "32" in codec else 2) != 0
        text, bad = _lenient(data, codec, cut)
        if bad > max(1, _MAX_REPLACED * len(text)) or not _looks_like_text(text):
            continue
        score = _likely_share(text)
        if score < 0.9 or (best is not None and score <= best[0]):
            continue
        warnings = [f"no byte-order mark: read as {codec.upper()}"]
        if bad:
            warnings.append(f"{bad} undecodable byte sequence(s) replaced by U+FFFD")
        best = (score, Decoded(text, codec, tuple(warnings)))
    return best[1] if best is not None else None


def _declared_charset(data: bytes) -> tuple[str | None, str | None]:
    """The text encoding an HTML page declares, or (None, why the declaration is ignored)."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None, None
    name = m.group(1).decode("ascii", "replace")
    try:
        codec = text_encoding(name)
    except LookupError:
        return None, f"declared charset {name!r} ignored: unknown encoding"
    except ValueError:
        return None, f"declared charset {name!r} ignored: not a text encoding"
    # a page that really is UTF-16/32 has a BOM or NUL bytes; a <meta> saying so in ASCII is wrong
    if "16" in codec or "32" in codec:
        return None, f"declared charset {name!r} ignored: the page is not {codec.upper()}"
    return codec, None


# A page declaring EUC-KR is often really CP949 (its superset): reading it as CP949 is no override.
_SUPERSETS = {"euc_kr": "cp949", "ks_c_5601_1987": "cp949"}


def _decode_chain(data: bytes, truncated: bool, declared: str | None) -> Decoded | str:
    """Strict UTF-8 -> declared charset -> strict CP949 -> charset-normalizer -> lenient UTF-8.

    Valid UTF-8 beats a declaration: bytes outside ASCII that form valid UTF-8
    are practically never text in another encoding, while pages saved or
    converted as UTF-8 often keep their old ``<meta charset>``.
    """
    decoded = _decode_candidates(data, truncated, declared)
    if isinstance(decoded, str) or declared is None or decoded.encoding in (declared, _SUPERSETS.get(declared)):
        return decoded
    if any(w.startswith("declared charset") for w in decoded.warnings):
        return decoded
    if decoded.encoding == "utf-8" and data.isascii():
        return decoded  # ASCII reads the same in every declared charset: nothing was overridden
    if decoded.encoding == "utf-8":
        warning = f"declared charset {declared} ignored: the page is valid UTF-8"
    else:
        warning = f"declared charset {declared} ignored: the bytes are not valid {declared}"
    return replace(decoded, warnings=(warning, *decoded.warnings))


_KOREAN_CODECS = frozenset(("cp949", "euc_kr", "johab", "iso2022_kr", "utf-8"))
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _korean_share(text: str) -> float:
    """Share of the non-ASCII characters (in the first 20,000) that are Hangul; 0 when all is ASCII."""
    sample = text[:20_000]
    other = len(_NON_ASCII.findall(sample))
    return len(_HANGUL.findall(sample)) / other if other else 0.0


def _decode_candidates(data: bytes, truncated: bool, declared: str | None) -> Decoded | str:
    for enc in dict.fromkeys(("utf-8", declared, "cp949")):
        if enc is None:
            continue
        text = _strict(data, enc, truncated)
        if text is not None:
            if not _looks_like_text(text):
                if enc == declared:
                    continue  # the declaration is wrong (a UTF-8 page declaring Latin-1 is caught above)
                return "binary file (control characters, not text)"
            if enc == declared and enc not in _KOREAN_CODECS and _korean_share(text) < 0.5:
                korean = _strict(data, "cp949", truncated)
                if korean is not None and _korean_share(korean) >= 0.8 and _looks_like_text(korean):
                    # an EUC-KR/CP949 page declaring a Western charset
                    return Decoded(korean, "cp949", (f"declared charset {declared} ignored: the page is Korean CP949",))
            return Decoded(text, "utf-8" if enc == "utf_8" else enc)
    guess = _charset_normalizer(data)
    if guess is not None:
        enc, text = guess
        if _looks_like_text(text):
            return Decoded(text, enc, (f"encoding guessed: {enc} (not UTF-8 or CP949/EUC-KR)",))
    text, bad = _lenient(data, "utf-8", truncated)
    if bad <= max(1, _MAX_REPLACED * len(text)) and _looks_like_text(text):
        return Decoded(text, "utf-8", (f"{bad} undecodable byte sequence(s) replaced by U+FFFD",))
    if guess is not None:
        return "binary file (not text)"
    return "undecodable (not UTF-8, CP949/EUC-KR or an encoding charset-normalizer recognises)"


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # a detector failure is "no guess", never a crash
        return None
    if best is None or best.encoding is None:
        return None
    return best.encoding, str(best)


def decode_bytes(
    data: bytes, *, truncated: bool = False, encoding: str | None = None, html: bool = False
) -> Decoded | str:
    """Decode a file's bytes; return :class:`Decoded` or a one-line reason it is not text.

    ``encoding`` forces a codec (bad bytes become U+FFFD, with a warning).
    ``truncated`` says the bytes are the first part of a longer file: a
    character cut in two at the end is dropped instead of failing.
    """
    if encoding:
        try:
            codec = text_encoding(encoding)
        except LookupError:
            return f"unknown encoding {sanitize(encoding)!r}"
        except ValueError as exc:
            return str(exc)
        if codec in ("utf-16", "utf-32"):  # the byte order from the BOM, else from the NUL pattern
            codec = _byte_order(data, codec)
        try:
            text, bad = _lenient(data, codec, truncated)
        except (UnicodeError, ValueError, TypeError) as exc:  # a codec that refuses these bytes outright
            return f"cannot be read as {codec} ({type(exc).__name__})"
        warnings = (f"{bad} undecodable byte sequence(s) replaced by U+FFFD",) if bad else ()
        return Decoded(text, codec, warnings)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            strict = _strict(body, codec, truncated)
            if strict is not None:
                return Decoded(strict, name)
            text, bad = _lenient(body, codec, truncated)
            return Decoded(text, name, (f"{bad} undecodable byte sequence(s) replaced by U+FFFD",))
    if b"\x00" in data:
        wide = _read_wide(data, truncated)
        if wide is not None:
            return wide
        nuls = data.count(0)
        if nuls > _MAX_STRAY_NULS * len(data):
            return "binary file (NUL bytes, not text)"
        result = _decode_chain(data.replace(b"\x00", b""), truncated, None)
        if isinstance(result, str):
            return "binary file (NUL bytes, not text)"
        return Decoded(result.text, result.encoding, (*result.warnings, f"{nuls} NUL byte(s) removed"))
    declared, ignored = _declared_charset(data) if html else (None, None)
    result = _decode_chain(data, truncated, declared)
    if ignored and not isinstance(result, str):
        return replace(result, warnings=(ignored, *result.warnings))
    return result


def _byte_order(data: bytes, codec: str) -> str:
    """``utf-16``/``utf-32`` with a BOM stays as it is (the codec reads the BOM); without one: -le or -be."""
    if codec == "utf-16":
        boms = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    else:
        boms = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    if data.startswith(boms):
        return codec
    wide = _wide_unicode(data) if b"\x00" in data else None
    return wide if wide is not None and wide.startswith(codec) else f"{codec}-le"


# ---------------------------------------------------------------------------- HTML


@dataclass(frozen=True)
class _Page:
    text: str
    title: str | None = None
    date: str | None = None
    site: str | None = None
    author: str | None = None
    how: str | None = None  # for HTML: which way the page was read (a warning of the article)


def _fallback_page(html: str) -> _Page:
    from briefings.ingest.html_text import TextParser  # only for HTML pages: html.parser costs the reader's start

    parser = TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but never let a page crash ingest
        return _Page(re.sub(r"<[^>]*>", " ", html))
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(parser.parts))
    return _Page(text, parser.title)


def _date_written_in(date: object, html: str) -> str | None:
    """The extractor's date, only when the page itself writes that very day.

    htmldate repairs what it cannot read ("2025-02-30T99:99:99" becomes
    2025-02-01: the day of a bad date is set to 1): a date is never guessed.
    """
    if not isinstance(date, str):
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date.strip())
    if not m:
        return None
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    sep = r"\s*(?:[-./]|년|월)\s*"
    written = re.compile(
        rf"(?<![0-9]){y}{sep}0?{mo}{sep}0?{d}(?![0-9])|(?<![0-9]){y}{mo:02d}{d:02d}(?![0-9])"
    )
    return date.strip() if written.search(html) else None


def extract_html(html: str) -> _Page:
    """Article body and metadata of an HTML page: trafilatura, else plain text.

    ``_Page.how`` says which way the page was read, for the article's warnings.
    """
    fallback = _fallback_page(html)
    trafilatura = load_extractor()
    if trafilatura is None:
        return replace(fallback, how=f"{HTML_EXTRACTOR_MISSING} ({extractor_problem()})")
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a page the extractor cannot parse falls back to its plain text
        return replace(fallback, how=f"{HTML_EXTRACTOR_FAILED} ({type(exc).__name__})")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not str(text).strip():
        return replace(fallback, how=HTML_NO_BODY)
    return _Page(
        text=str(text),
        title=getattr(doc, "title", None) or fallback.title,
        date=_date_written_in(getattr(doc, "date", None), html),
        site=getattr(doc, "sitename", None),
        author=getattr(doc, "author", None),
        how=HTML_EXTRACTED,
    )


# A document that starts as HTML (after an optional BOM, XML prolog and comments) is HTML whatever its name.
_HTML_START = r"^(?:\ufeff)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,500}?-->\s*){0,5}(?:<!doctype\s+html|<html[\s>])"
_HTML_SNIFF = re.compile(_HTML_START, re.I | re.S)
_HTML_SNIFF_BYTES = re.compile(rb"^(?:\xef\xbb\xbf)?" + _HTML_START.removeprefix(r"^(?:\ufeff)?").encode(), re.I | re.S)
_HEAD_SNIFF = re.compile(r"^\s*<head[\s>]", re.I)


def _is_html(path: Path, text: str) -> bool:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or _HTML_SNIFF.match(text[:2048]):
        return True
    return suffix not in (".txt", ".md") and bool(_HEAD_SNIFF.match(text[:1024]))


def _close_open_comment(html: str) -> tuple[str, bool]:
    """An unclosed ``<!--`` (and every later one) ends at its next ``>``, so no markup is read as text.

    A browser would hide the rest of the page; the article is kept instead.
    """
    last = html.rfind("-->")
    pos = 0
    while True:
        i = html.find("<!--", pos)
        if i < 0:
            return html, False
        if last >= i + 2:  # closed ("<!-->" included): skip the comment
            pos = html.find("-->", i + 2) + 3
            continue
        return html[:i] + _OPEN_COMMENT.sub(" ", html[i:]), True


_OPEN_COMMENT = re.compile(r"<!--(?:[^>]*>)?")  # with no '>' after it, only the "<!--" itself goes


# --------------------------------------------------------------------------- text


_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


def _lines(text: str, markdown: bool) -> list[str]:
    lines = [s.strip() for s in text.split("\n")]
    if markdown:
        lines = [m.group(1) if (m := _MD_HEADING.match(s)) else s for s in lines]
    return lines


def _front_matter(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Split a Markdown file's YAML front matter (``---`` ... ``---``) into simple ``key: value`` pairs."""
    if not lines or lines[0] != "---":
        return lines, {}
    for end in range(1, min(len(lines), 60)):
        if lines[end] in ("---", "..."):
            fields: dict[str, str] = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and key.strip():
                    fields[key.strip().lower()] = value.strip().strip("\"'")
            return lines[end + 1 :], fields
    return lines, {}


def _join(lines: Iterable[str]) -> str:
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _cut_at_line(text: str) -> str:
    """A truncated text ends at its last full line, if that keeps most of it."""
    cut = text.rfind("\n")
    return text[:cut] if cut >= len(text) // 2 else text


def read_article(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    article_id: str | None = None,
) -> Article | IngestError:
    """Read one file as an article, or say in one line why it cannot be read."""
    got = _read_article(path, max_bytes=max_bytes, encoding=encoding, article_id=article_id)
    if isinstance(got, IngestError) and not got.source:
        return replace(got, source=os.fsdecode(path))
    return got


def _read_article(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    article_id: str | None = None,
) -> Article | IngestError:
    shown = safe_path(path)
    _, reason = _stat_reason(path)
    if reason:
        return IngestError(shown, reason)
    got = _read_bytes(path, max(1, max_bytes))
    if isinstance(got, str):
        return IngestError(shown, got)
    data, truncated = got
    if not data:
        return IngestError(shown, "empty file")
    p = Path(os.fsdecode(path))
    html_by_name = p.suffix.lower() in HTML_SUFFIXES or bool(_HTML_SNIFF_BYTES.match(data[:2048]))
    decoded = decode_bytes(data, truncated=truncated, encoding=encoding, html=html_by_name)
    if isinstance(decoded, str):
        return IngestError(shown, decoded)
    warnings = list(decoded.warnings)
    raw = decoded.text
    if truncated:
        raw = _cut_at_line(raw)
        warnings.append(f"larger than {_mb(max_bytes)}: truncated to the first {_mb(max_bytes)}")
    if not raw.strip():
        if truncated:  # the cap cut the file before its first character that is not whitespace
            cap = _mb(max_bytes)
            return IngestError(shown, f"truncated to nothing: larger than {cap}, and no text fits in the first {cap}")
        return IngestError(shown, "only whitespace")
    text = sanitize(raw)
    if not text.strip():
        return IngestError(shown, "no readable text (only control or invisible characters)")
    page = _Page(text)
    is_html = _is_html(p, text)
    if is_html:
        text, repaired = _close_open_comment(text)
        if repaired:
            warnings.append("an HTML comment (<!--) is never closed: read as ending at its next '>'")
        page = extract_html(text)
        if page.how:
            warnings.append(page.how)
    markdown = p.suffix.lower() == ".md" and not is_html
    lines = _lines(sanitize(page.text), markdown=markdown)
    if markdown:
        lines, fields = _front_matter(lines)
        page = _Page(page.text, fields.get("title") or None, parse_date(fields.get("date", "")), page.site)
    furniture = find_furniture(lines)
    kept = [s for i, s in enumerate(lines) if i not in furniture.kinds]
    meta = extract_metadata(
        kept,
        title_hint=sanitize(page.title) if page.title else None,
        date_hint=page.date,
        site_hint=sanitize(page.site) if page.site else None,
        author_hint=sanitize(page.author) if page.author else None,
        extra_lines=furniture.removed(lines, "signoff", "copyright"),
    )
    body = _join(meta.lines)
    if not body:
        return IngestError(shown, "no article text (only page furniture or metadata)")
    if not _HANGUL.search(body) and not _HANGUL.search(meta.title):
        return IngestError(shown, "no Korean text")  # an English README in a folder of articles
    stem = sanitize(p.stem).replace("\n", " ").strip() or "article"
    title = re.sub(r"\s+", " ", meta.title).strip() or safe_name(p)
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    return Article(
        id=article_id or stem,
        path=shown,
        title=title,
        text=body,
        date=meta.date,
        outlet=meta.outlet,
        outlet_en=meta.outlet_en,
        byline=meta.byline,
        encoding=decoded.encoding,
        warnings=tuple(warnings),
        digest=hashlib.sha256(data).hexdigest(),
        source=os.fsdecode(path),
    )


# ------------------------------------------------------------------------- folders


def _sort_key(path: Path) -> tuple[str, ...]:
    return path.parts


def article_files(folder: Path, errors: list[IngestError] | None = None) -> Iterator[Path]:
    """Files named like articles under ``folder``, recursively, sorted.

    Links to folders are not followed (no loops).  A FIFO, socket or device
    named like an article is listed (and later reported, never opened); a
    folder named like one is walked into.  Sub-folders that cannot be listed
    are added to ``errors``.
    """
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        if errors is not None:
            where = exc.filename if exc.filename is not None else folder
            errors.append(IngestError(safe_path(where), _os_reason(exc, where)))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        dirs.sort()
        for name in files:
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                found.append(Path(root) / name)
    yield from sorted(found, key=_sort_key)


def _unique_id(stem: str, used: set[str]) -> str:
    if stem not in used:
        return stem
    n = 2
    while f"{stem}-{n}" in used:
        n += 1
    return f"{stem}-{n}"


def load_paths(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> tuple[list[Article], list[IngestError]]:
    """Read files and folders (recursively: .txt, .md, .html, .htm); none given means the seeds.

    Returns the articles and the errors, each in a deterministic order: inputs
    in the order given, each folder's files sorted.  A file reached twice is
    read once; article ids are unique (file stem, then ``stem-2`` ...).
    """
    inputs = [Path(os.fsdecode(p)) for p in paths] or [seed_dir()]
    articles: list[Article] = []
    errors: list[IngestError] = []
    seen: set[str] = set()
    used_ids: set[str] = set()

    def visit(file: Path) -> None:
        key = os.path.realpath(file)
        if key in seen:
            return
        seen.add(key)
        stem = sanitize(file.stem).replace("\n", " ").strip() or "article"
        art_id = _unique_id(stem, used_ids)
        try:
            result = read_article(file, max_bytes=max_bytes, encoding=encoding, article_id=art_id)
        except Exception as exc:  # a bug met on one file is that file's error; the others are still read
            result = IngestError(safe_path(file), f"cannot be read as an article ({type(exc).__name__})")
        if isinstance(result, IngestError):
            errors.append(result)
        else:
            used_ids.add(art_id)
            articles.append(result)

    for item in inputs:
        try:
            is_dir = item.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            for f in list(article_files(item, errors)):
                visit(f)
        else:
            visit(item)
    return articles, errors


def source_changed(article: Article, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """None when ``article``'s file still holds what was read; else why not (one line)."""
    where = article.source or article.path
    _, reason = _stat_reason(where)
    if reason:
        return "file no longer exists" if reason == "no such file" else reason
    got = _read_bytes(where, max(1, max_bytes))
    if isinstance(got, str):
        return got
    if hashlib.sha256(got[0]).hexdigest() != article.digest:
        return "file changed since it was read"
    return None


def first_article(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    max_bytes: int | None = None,
    tries: int = 3,
) -> Article | None:
    """The article ``load_paths(paths)`` would list first, read on its own (for a fast first screen).

    Tries at most ``tries`` files (the first ones that ``load_paths`` would read);
    None when none of them is an article.  Reading the whole corpus is still
    ``load_paths``'s job: this only lets a reader show the first text early.
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    inputs = [Path(os.fsdecode(p)) for p in paths] or [seed_dir()]
    left = tries
    for item in inputs:
        try:
            is_dir = item.is_dir()
        except OSError:
            is_dir = False
        for file in article_files(item) if is_dir else (item,):
            if left <= 0:
                return None
            left -= 1
            articles, _ = load_paths([file], max_bytes=limit)
            if articles:
                return articles[0]
    return None
